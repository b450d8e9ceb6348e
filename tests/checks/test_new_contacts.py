"""The contact checks ([phone], [email], [urls], [placeholders], [emergency], and [markup] for link
targets) on leaflet text they were not tuned on: NHS 111 and 999, US 911 and 988, poison control,
extensions, international and UK numbers, text-message short codes, addresses with a path, a query
or a fragment, bare domains, mailto links and plus-addressing, in the four languages.  Each
sentence has a faithful translation, which must pass, and a subtly wrong one (a digit changed,
transposed or dropped; a number added; an address changed; an emergency number swapped for a
local one; a link's target changed while its text is kept), which must be an error (2026-12-03)."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

# What a reader uses to reach help, and the digits and links that carry it.
CONTACT = ("phone", "email", "urls", "placeholders", "emergency", "markup", "numbers")

NHS_111 = "If you feel unwell and it is not an emergency, call 111 or go to 111.nhs.uk."
CHEST_PAIN = "Call 999 if you have chest pain or find it hard to breathe."
CRISIS = "In an emergency, call 911. If you are thinking about suicide, call or text 988."
POISON = "If a child swallows this medicine, call Poison Control at 1-800-222-1222 right away."
EXTENSION = "To change your appointment, call 617-555-0142 ext. 4521."
ABROAD = "From outside the UK, call +44 20 7946 0958."
OR_NUMBER = "Call the clinic at (617) 555-0142 or 555-0143 after 5 p.m."
SHORT_CODE = "Text HOME to 741741 to talk to a trained crisis counsellor."
NHS_PAGE = "Read about side effects at https://www.nhs.uk/medicines/ibuprofen-for-adults/side-effects-of-ibuprofen/."
BOOKING = "Book your blood test online at https://booking.example.org/clinic?service=inr&site=2."
FRAGMENT = "The dose table is at https://example.org/leaflets/warfarin#dose-table."
BARE = "To find a pharmacy that is open late, go to nhs.uk."
DOMAIN_PATH = "You can chat with a counsellor online at 988lifeline.org/chat."
MAILTO = "Questions about your medicine? Email [our pharmacy team](mailto:pharmacy@stmarys.example.org)."
PLUS = "Send your blood sugar readings to diabetes+readings@clinic.example.org every Monday."
EMAIL = "If you have questions, email the anticoagulation clinic at anticoag.clinic@nhs.net."
LINK = "Read the [NHS guide to warfarin](https://www.nhs.uk/medicines/warfarin/) before your first dose."
AUTOLINK = "The full patient leaflet is at <https://www.medicines.org.uk/emc/product/5432/pil>."
SWELLING = "If your lips, tongue or throat start to swell, call {emergency} straight away."
LANGUAGE_LINE = "For free help in your language, call {language_line} and say which language you speak."
CLINIC = "For questions about your dose, call the clinic at 212-555-0142. In an emergency, call {emergency}."
VANITY = "Call 1-800-QUIT-NOW (1-800-784-8669) for free help to stop smoking."
DOTS = "Call our nurse line at 617.555.0199, Monday to Friday, 9 a.m. to 5 p.m."
FREEPHONE = "The helpline, 0800 123 4567, is free to call from a mobile or a landline."
ANY_PHONE = "From any phone, you can call 999 or 112 in an emergency."

# source: (locale, faithful translation, subtly wrong translation, the check that must find it)
TRANSLATIONS = {
    NHS_111: [
        (
            "ko_KR",
            "몸이 좋지 않지만 응급 상황이 아니라면 111에 전화하거나 111.nhs.uk에 접속하세요.",
            "몸이 좋지 않지만 응급 상황이 아니라면 119에 전화하거나 111.nhs.uk에 접속하세요.",
            "phone",
        ),
        (
            "es",
            "Si se encuentra mal y no es una emergencia, llame al 111 o entre en 111.nhs.uk.",
            "Si se encuentra mal y no es una emergencia, llame al 111 o entre en 111.nhs.es.",
            "urls",
        ),
        (
            "zh_TW",
            "如果身體不適但並非緊急情況，請撥打 111 或上 111.nhs.uk 網站。",
            "如果身體不適但並非緊急情況，請撥打 110 或上 111.nhs.uk 網站。",
            "phone",
        ),
        (
            "ar",
            "إذا شعرت بتوعك ولم تكن الحالة طارئة، فاتصل بالرقم 111 أو ادخل إلى الموقع 111.nhs.uk.",
            "إذا شعرت بتوعك ولم تكن الحالة طارئة، فاتصل بالرقم 111 أو ادخل إلى الموقع 111.nhs.uk/ar.",
            "urls",
        ),
    ],
    CHEST_PAIN: [
        (
            "ko_KR",
            "가슴이 아프거나 숨쉬기가 힘들면 999에 전화하세요.",
            "가슴이 아프거나 숨쉬기가 힘들면 119에 전화하세요.",
            "phone",
        ),
        (
            "es",
            "Llame al 999 si siente dolor en el pecho o le cuesta respirar.",
            "Llame al 112 si siente dolor en el pecho o le cuesta respirar.",
            "phone",
        ),
        ("zh_TW", "如果胸口痛或呼吸困難，請撥打 999。", "如果胸口痛或呼吸困難，請撥打 119。", "phone"),
        # Arabic-Indic digits
        (
            "ar",
            "اتصل بالرقم ٩٩٩ إذا شعرت بألم في الصدر أو بصعوبة في التنفس.",
            "اتصل بالرقم ٩٩٧ إذا شعرت بألم في الصدر أو بصعوبة في التنفس.",
            "phone",
        ),
    ],
    CRISIS: [
        (
            "ko_KR",
            "응급 상황에서는 911에 전화하세요. 자살에 대한 생각이 든다면 988로 전화하거나 문자를 보내세요.",
            "응급 상황에서는 911에 전화하세요. 자살에 대한 생각이 든다면 898로 전화하거나 문자를 보내세요.",
            "phone",
        ),
        (
            "es",
            "En caso de emergencia, llame al 911. Si tiene pensamientos suicidas, llame o envíe un mensaje de "
            "texto al 988.",
            "En caso de emergencia, llame al 911. Si tiene pensamientos suicidas, llame o envíe un mensaje de "
            "texto al 998.",
            "phone",
        ),
        (
            "zh_TW",
            "緊急時請撥打 911。如果您有自殺的念頭，請撥打或傳簡訊至 988。",
            "緊急時請撥打 119。如果您有自殺的念頭，請撥打或傳簡訊至 988。",
            "phone",
        ),
        (
            "ar",
            "في حالات الطوارئ اتصل بالرقم 911. وإذا راودتك أفكار انتحارية، فاتصل بالرقم 988 أو أرسل إليه رسالة نصية.",
            "في حالات الطوارئ اتصل بالرقم 911. وإذا راودتك أفكار انتحارية، فاتصل بالرقم 98 أو أرسل إليه رسالة نصية.",
            "phone",
        ),
    ],
    POISON: [
        (
            "ko_KR",
            "아이가 이 약을 삼켰다면 즉시 독극물 관리 센터(Poison Control, 1-800-222-1222)에 전화하세요.",
            "아이가 이 약을 삼켰다면 즉시 독극물 관리 센터(Poison Control, 1-800-222-1122)에 전화하세요.",
            "phone",
        ),
        (
            "es",
            "Si un niño se traga este medicamento, llame de inmediato al Centro de Toxicología (Poison Control) "
            "al 1-800-222-1222.",
            "Si un niño se traga este medicamento, llame de inmediato al Centro de Toxicología (Poison Control) "
            "al 1-800-222-122.",
            "phone",
        ),
        # the country code added
        (
            "zh_TW",
            "如果孩子誤食本藥，請立即撥打毒物控制中心電話 +1 800 222 1222。",
            "如果孩子誤食本藥，請立即撥打毒物控制中心電話 1-800-222-2122。",
            "phone",
        ),
        (
            "ar",
            "إذا ابتلع طفل هذا الدواء، فاتصل فورا بمركز السموم على الرقم ١-٨٠٠-٢٢٢-١٢٢٢.",
            "إذا ابتلع طفل هذا الدواء، فاتصل فورا بمركز السموم على الرقم 1-800-222-1212.",
            "phone",
        ),
    ],
    EXTENSION: [
        (
            "ko_KR",
            "예약을 변경하려면 617-555-0142(내선 4521)번으로 전화하세요.",
            "예약을 변경하려면 617-555-0142(내선 4512)번으로 전화하세요.",
            "numbers",
        ),
        (
            "es",
            "Para cambiar su cita, llame al 617-555-0142, extensión 4521.",
            "Para cambiar su cita, llame al 617-555-0142, extensión 4251.",
            "numbers",
        ),
        (
            "zh_TW",
            "如需更改預約，請撥打 617-555-0142 轉分機 4521。",
            "如需更改預約，請撥打 617-555-0124 轉分機 4521。",
            "phone",
        ),
        (
            "ar",
            "لتغيير موعدك، اتصل بالرقم 617-555-0142 على التحويلة 4521.",
            "لتغيير موعدك، اتصل بالرقم 617-555-0142 على التحويلة 452.",
            "numbers",
        ),
    ],
    ABROAD: [
        (
            "ko_KR",
            "영국 밖에서는 +44 20 7946 0958번으로 전화하세요.",
            "영국 밖에서는 +44 20 7946 0985번으로 전화하세요.",
            "phone",
        ),
        # the country code dropped: from abroad, 020 reaches no one
        (
            "es",
            "Desde fuera del Reino Unido, llame al +44 20 7946 0958.",
            "Desde fuera del Reino Unido, llame al 020-7946-0958.",
            "phone",
        ),
        # the trunk 0 in brackets, as British numbers are often written for callers from abroad
        ("zh_TW", "在英國境外請撥打 +44 (0)20 7946 0958。", "在英國境外請撥打 +44 20 7946 0598。", "phone"),
        (
            "ar",
            "من خارج المملكة المتحدة، اتصل بالرقم +44 20 7946 0958.",
            "من خارج المملكة المتحدة، اتصل بالرقم +44 20 7964 0958.",
            "phone",
        ),
    ],
    OR_NUMBER: [
        (
            "ko_KR",
            "오후 5시 이후에는 진료소 (617) 555-0142 또는 555-0143번으로 전화하세요.",
            "오후 5시 이후에는 진료소 (617) 555-0142 또는 555-0134번으로 전화하세요.",
            "phone",
        ),
        (
            "es",
            "Después de las 5 p. m., llame a la clínica al (617) 555-0142 o al 555-0143.",
            "Después de las 5 p. m., llame a la clínica al (617) 555-0142 o al 555-0145.",
            "phone",
        ),
        (
            "zh_TW",
            "下午 5 點以後請撥打診所電話 (617) 555-0142 或 555-0143。",
            "下午 5 點以後請撥打診所電話 (617) 555-0412 或 555-0143。",
            "phone",
        ),
        (
            "ar",
            "اتصل بالعيادة بعد الساعة 5 مساء على الرقم (617) 555-0142 أو 555-0143.",
            "اتصل بالعيادة بعد الساعة 5 مساء على الرقم (671) 555-0142 أو 555-0143.",
            "phone",
        ),
    ],
    SHORT_CODE: [
        (
            "ko_KR",
            "훈련받은 위기 상담사와 이야기하려면 741741로 HOME이라고 문자를 보내세요.",
            "훈련받은 위기 상담사와 이야기하려면 741714로 HOME이라고 문자를 보내세요.",
            "numbers",
        ),
        (
            "es",
            "Envíe la palabra HOME por SMS al 741741 para hablar con un consejero especializado en crisis.",
            "Envíe la palabra HOME por SMS al 74174 para hablar con un consejero especializado en crisis.",
            "numbers",
        ),
        (
            "zh_TW",
            "傳送簡訊 HOME 至 741741，即可與受過訓練的危機輔導員對話。",
            "傳送簡訊 HOME 至 741147，即可與受過訓練的危機輔導員對話。",
            "numbers",
        ),
        (
            "ar",
            "أرسل كلمة HOME في رسالة نصية إلى 741741 للتحدث إلى مرشد مدرب على التعامل مع الأزمات.",
            "أرسل كلمة HOME في رسالة نصية إلى 714741 للتحدث إلى مرشد مدرب على التعامل مع الأزمات.",
            "numbers",
        ),
    ],
    NHS_PAGE: [
        (
            "ko_KR",
            "부작용에 대해서는 https://www.nhs.uk/medicines/ibuprofen-for-adults/side-effects-of-ibuprofen/에서 "
            "읽어 보세요.",
            "부작용에 대해서는 https://www.nhs.uk/medicines/ibuprofen-for-children/side-effects-of-ibuprofen/에서 "
            "읽어 보세요.",
            "urls",
        ),
        (
            "es",
            "Lea sobre los efectos secundarios en "
            "https://www.nhs.uk/medicines/ibuprofen-for-adults/side-effects-of-ibuprofen/.",
            "Lea sobre los efectos secundarios en https://www.nhs.uk/medicines/ibuprofen-for-adults/.",
            "urls",
        ),
        (
            "zh_TW",
            "副作用說明請見 https://www.nhs.uk/medicines/ibuprofen-for-adults/side-effects-of-ibuprofen/。",
            "副作用說明請見 https://www.nhs.uk/medicines/ibuprofen-for-adult/side-effects-of-ibuprofen/。",
            "urls",
        ),
        (
            "ar",
            "اقرأ عن الآثار الجانبية على https://www.nhs.uk/medicines/ibuprofen-for-adults/side-effects-of-ibuprofen/.",
            "اقرأ عن الآثار الجانبية على https://www.nhs.net/medicines/ibuprofen-for-adults/side-effects-of-ibuprofen/.",
            "urls",
        ),
    ],
    BOOKING: [
        (
            "ko_KR",
            "혈액 검사는 https://booking.example.org/clinic?service=inr&site=2에서 온라인으로 예약하세요.",
            "혈액 검사는 https://booking.example.org/clinic?service=inr&site=3에서 온라인으로 예약하세요.",
            "urls",
        ),
        (
            "es",
            "Pida cita para el análisis de sangre en línea en https://booking.example.org/clinic?service=inr&site=2.",
            "Pida cita para el análisis de sangre en línea en https://booking.example.org/clinic?service=inr&site=12.",
            "urls",
        ),
        (
            "zh_TW",
            "請上 https://booking.example.org/clinic?service=inr&site=2 線上預約抽血檢查。",
            "請上 https://booking.example.org/clinic?service=inr 線上預約抽血檢查。",
            "urls",
        ),
        (
            "ar",
            "احجز موعد فحص الدم عبر الإنترنت على https://booking.example.org/clinic?service=inr&site=2.",
            "احجز موعد فحص الدم عبر الإنترنت على https://booking.example.org/clinic?service=ecg&site=2.",
            "urls",
        ),
    ],
    FRAGMENT: [
        (
            "ko_KR",
            "용량표는 https://example.org/leaflets/warfarin#dose-table에 있습니다.",
            "용량표는 https://example.org/leaflets/warfarin#dose-chart에 있습니다.",
            "urls",
        ),
        (
            "es",
            "La tabla de dosis está en https://example.org/leaflets/warfarin#dose-table.",
            "La tabla de dosis está en https://example.org/leaflets/warfarin.",
            "urls",
        ),
        (
            "zh_TW",
            "劑量表請見 https://example.org/leaflets/warfarin#dose-table。",
            "劑量表請見 https://example.org/leaflets/heparin#dose-table。",
            "urls",
        ),
        (
            "ar",
            "جدول الجرعات موجود على https://example.org/leaflets/warfarin#dose-table.",
            "جدول الجرعات موجود على https://example.org/leaflet/warfarin#dose-table.",
            "urls",
        ),
    ],
    BARE: [
        (
            "ko_KR",
            "늦게까지 문을 여는 약국을 찾으려면 nhs.uk에 접속하세요.",
            "늦게까지 문을 여는 약국을 찾으려면 nhs.kr에 접속하세요.",
            "urls",
        ),
        (
            "es",
            "Para encontrar una farmacia que abra hasta tarde, visite nhs.uk.",
            "Para encontrar una farmacia que abra hasta tarde, visite nhs.com.",
            "urls",
        ),
        ("zh_TW", "要找營業到很晚的藥局，請上 nhs.uk 網站。", "要找營業到很晚的藥局，請上 nhs.tw 網站。", "urls"),
        (
            "ar",
            "للعثور على صيدلية تفتح حتى وقت متأخر، ادخل إلى nhs.uk.",
            "للعثور على صيدلية تفتح حتى وقت متأخر، ادخل إلى nhs.org.",
            "urls",
        ),
    ],
    DOMAIN_PATH: [
        (
            "ko_KR",
            "988lifeline.org/chat에서 온라인으로 상담사와 채팅할 수 있습니다.",
            "988lifeline.org/chat-ko에서 온라인으로 상담사와 채팅할 수 있습니다.",
            "urls",
        ),
        (
            "es",
            "Puede chatear en línea con un consejero en 988lifeline.org/chat.",
            "Puede chatear en línea con un consejero en 988lifeline.org/es/chat.",
            "urls",
        ),
        (
            "zh_TW",
            "您可以在 988lifeline.org/chat 線上與輔導員聊天。",
            "您可以在 989lifeline.org/chat 線上與輔導員聊天。",
            "urls",
        ),
        (
            "ar",
            "يمكنك الدردشة مع مرشد عبر الإنترنت على 988lifeline.org/chat.",
            "يمكنك الدردشة مع مرشد عبر الإنترنت على 988lifeline.com/chat.",
            "urls",
        ),
    ],
    # the link's text kept, its target changed
    MAILTO: [
        (
            "ko_KR",
            "약에 대해 궁금한 점이 있으면 [약국 팀](mailto:pharmacy@stmarys.example.org)에 이메일을 보내세요.",
            "약에 대해 궁금한 점이 있으면 [약국 팀](mailto:pharmacy@stmary.example.org)에 이메일을 보내세요.",
            "markup",
        ),
        # the name before the @ translated
        (
            "es",
            "¿Tiene preguntas sobre su medicamento? Escriba a [nuestro equipo de farmacia]"
            "(mailto:pharmacy@stmarys.example.org).",
            "¿Tiene preguntas sobre su medicamento? Escriba a [nuestro equipo de farmacia]"
            "(mailto:farmacia@stmarys.example.org).",
            "markup",
        ),
        (
            "zh_TW",
            "對藥物有疑問嗎？請寄電子郵件給[我們的藥劑團隊](mailto:pharmacy@stmarys.example.org)。",
            "對藥物有疑問嗎？請寄電子郵件給[我們的藥劑團隊](mailto:pharmacy@stmarys.example.com)。",
            "markup",
        ),
        (
            "ar",
            "هل لديك أسئلة عن دوائك؟ راسل [فريق الصيدلية](mailto:pharmacy@stmarys.example.org).",
            "هل لديك أسئلة عن دوائك؟ راسل [فريق الصيدلية](mailto:pharmacy@st-marys.example.org).",
            "markup",
        ),
    ],
    PLUS: [
        (
            "ko_KR",
            "매주 월요일에 혈당 수치를 diabetes+readings@clinic.example.org로 보내세요.",
            "매주 월요일에 혈당 수치를 diabetes@clinic.example.org로 보내세요.",
            "email",
        ),
        # the tag after the + translated
        (
            "es",
            "Envíe sus lecturas de glucosa a diabetes+readings@clinic.example.org todos los lunes.",
            "Envíe sus lecturas de glucosa a diabetes+lecturas@clinic.example.org todos los lunes.",
            "email",
        ),
        (
            "zh_TW",
            "請於每週一將血糖數值寄到 diabetes+readings@clinic.example.org。",
            "請於每週一將血糖數值寄到 diabetes+reading@clinic.example.org。",
            "email",
        ),
        (
            "ar",
            "أرسل قراءات سكر الدم إلى diabetes+readings@clinic.example.org كل يوم اثنين.",
            "أرسل قراءات سكر الدم إلى diabetes-readings@clinic.example.org كل يوم اثنين.",
            "email",
        ),
    ],
    EMAIL: [
        (
            "ko_KR",
            "궁금한 점이 있으면 항응고 클리닉(anticoag.clinic@nhs.net)으로 이메일을 보내세요.",
            "궁금한 점이 있으면 항응고 클리닉(anticoag.clinic@nhs.uk)으로 이메일을 보내세요.",
            "email",
        ),
        (
            "es",
            "Si tiene preguntas, escriba a la clínica de anticoagulación a anticoag.clinic@nhs.net.",
            "Si tiene preguntas, escriba a la clínica de anticoagulación a anticoag_clinic@nhs.net.",
            "email",
        ),
        (
            "zh_TW",
            "如有疑問，請寄電子郵件至抗凝血門診：anticoag.clinic@nhs.net。",
            "如有疑問，請寄電子郵件至抗凝血門診：anticoagclinic@nhs.net。",
            "email",
        ),
        (
            "ar",
            "إذا كانت لديك أسئلة، فراسل عيادة مضادات التخثر على anticoag.clinic@nhs.net.",
            "إذا كانت لديك أسئلة، فراسل عيادة مضادات التخثر على anticoag.clinic@nhs.ne.",
            "email",
        ),
    ],
    # the link's text kept, its target changed
    LINK: [
        (
            "ko_KR",
            "첫 복용 전에 [와파린에 관한 NHS 안내](https://www.nhs.uk/medicines/warfarin/)를 읽어 보세요.",
            "첫 복용 전에 [와파린에 관한 NHS 안내](https://www.nhs.uk/medicines/heparin/)를 읽어 보세요.",
            "markup",
        ),
        # the path translated
        (
            "es",
            "Antes de la primera dosis, lea la [guía del NHS sobre la warfarina](https://www.nhs.uk/medicines/warfarin/).",
            "Antes de la primera dosis, lea la [guía del NHS sobre la warfarina](https://www.nhs.uk/medicines/warfarina/).",
            "markup",
        ),
        (
            "zh_TW",
            "第一次服藥前，請閱讀 [NHS 的華法林用藥指南](https://www.nhs.uk/medicines/warfarin/)。",
            "第一次服藥前，請閱讀 [NHS 的華法林用藥指南](https://www.nhs.uk/conditions/warfarin/)。",
            "markup",
        ),
        (
            "ar",
            "اقرأ [دليل NHS عن الوارفارين](https://www.nhs.uk/medicines/warfarin/) قبل تناول الجرعة الأولى.",
            "اقرأ [دليل NHS عن الوارفارين](https://www.nhs.uk/medicines/warfarin/side-effects/) قبل تناول الجرعة الأولى.",
            "markup",
        ),
    ],
    AUTOLINK: [
        (
            "ko_KR",
            "환자용 설명서 전문은 <https://www.medicines.org.uk/emc/product/5432/pil>에 있습니다.",
            "환자용 설명서 전문은 <https://www.medicines.org.uk/emc/product/5423/pil>에 있습니다.",
            "urls",
        ),
        (
            "es",
            "El prospecto completo está en <https://www.medicines.org.uk/emc/product/5432/pil>.",
            "El prospecto completo está en <https://www.medicines.org.uk/emc/product/5432/smpc>.",
            "urls",
        ),
        (
            "zh_TW",
            "完整的病人用藥說明書請見 <https://www.medicines.org.uk/emc/product/5432/pil>。",
            "完整的病人用藥說明書請見 <https://www.medicines.org.uk/emc/product/543/pil>。",
            "urls",
        ),
        (
            "ar",
            "النشرة الكاملة للمريض موجودة على <https://www.medicines.org.uk/emc/product/5432/pil>.",
            "النشرة الكاملة للمريض موجودة على <https://www.medicine.org.uk/emc/product/5432/pil>.",
            "urls",
        ),
    ],
    SWELLING: [
        (
            "ko_KR",
            "입술, 혀 또는 목이 붓기 시작하면 즉시 {emergency}에 전화하세요.",
            "입술, 혀 또는 목이 붓기 시작하면 즉시 119에 전화하세요.",
            "placeholders",
        ),
        (
            "es",
            "Si se le empiezan a hinchar los labios, la lengua o la garganta, llame al {emergency} de inmediato.",
            "Si se le empiezan a hinchar los labios, la lengua o la garganta, llame al 112 de inmediato.",
            "placeholders",
        ),
        # a local number written beside the placeholder
        (
            "zh_TW",
            "如果嘴唇、舌頭或喉嚨開始腫起來，請立即撥打 {emergency}。",
            "如果嘴唇、舌頭或喉嚨開始腫起來，請立即撥打 {emergency}（台灣為 119）。",
            "placeholders",
        ),
        (
            "ar",
            "إذا بدأت شفتاك أو لسانك أو حلقك بالتورم، فاتصل فورا بالرقم {emergency}.",
            "إذا بدأت شفتاك أو لسانك أو حلقك بالتورم، فاتصل فورا بالرقم 997.",
            "placeholders",
        ),
    ],
    LANGUAGE_LINE: [
        (
            "ko_KR",
            "모국어로 무료 도움을 받으려면 {language_line}번으로 전화해서 사용하는 언어를 말씀하세요.",
            "모국어로 무료 도움을 받으려면 1-800-555-0100번으로 전화해서 사용하는 언어를 말씀하세요.",
            "placeholders",
        ),
        # a phone number added beside the placeholder
        (
            "es",
            "Para recibir ayuda gratuita en su idioma, llame al {language_line} y diga qué idioma habla.",
            "Para recibir ayuda gratuita en su idioma, llame al {language_line} o al 1-800-555-0199 y diga qué "
            "idioma habla.",
            "placeholders",
        ),
        (
            "zh_TW",
            "如需以您的語言提供的免費協助，請撥打 {language_line}，並說出您使用的語言。",
            "如需以您的語言提供的免費協助，請撥打 {language_line} 或 02-2345-6789，並說出您使用的語言。",
            "placeholders",
        ),
        (
            "ar",
            "للحصول على مساعدة مجانية بلغتك، اتصل بالرقم {language_line} واذكر اللغة التي تتحدثها.",
            "للحصول على مساعدة مجانية بلغتك، اتصل بالرقم 1-800-555-0100 واذكر اللغة التي تتحدثها.",
            "placeholders",
        ),
    ],
    CLINIC: [
        (
            "ko_KR",
            "용량에 대해 궁금한 점은 진료소 212-555-0142번으로 전화하세요. 응급 상황에서는 {emergency}에 전화하세요.",
            "용량에 대해 궁금한 점은 진료소 212-555-0124번으로 전화하세요. 응급 상황에서는 {emergency}에 전화하세요.",
            "phone",
        ),
        # a Madrid number added, whose middle group is 112
        (
            "es",
            "Si tiene preguntas sobre su dosis, llame a la clínica al 212-555-0142. En caso de emergencia, llame "
            "al {emergency}.",
            "Si tiene preguntas sobre su dosis, llame a la clínica al 212-555-0142 o, desde España, al "
            "+34 91 112 34 56. En caso de emergencia, llame al {emergency}.",
            "phone",
        ),
        (
            "zh_TW",
            "對劑量有疑問，請撥打診所電話 212-555-0142。緊急時請撥打 {emergency}。",
            "對劑量有疑問，請撥打診所電話 212-555-014。緊急時請撥打 {emergency}。",
            "phone",
        ),
        (
            "ar",
            "إذا كانت لديك أسئلة عن جرعتك، فاتصل بالعيادة على الرقم 212-555-0142. وفي حالات الطوارئ، اتصل بالرقم "
            "{emergency}.",
            "إذا كانت لديك أسئلة عن جرعتك، فاتصل بالعيادة على الرقم 212-555-0142. وفي حالات الطوارئ، اتصل بالرقم 997.",
            "placeholders",
        ),
    ],
    VANITY: [
        (
            "ko_KR",
            "금연을 위한 무료 도움이 필요하면 1-800-QUIT-NOW(1-800-784-8669)로 전화하세요.",
            "금연을 위한 무료 도움이 필요하면 1-800-QUIT-NOW(1-800-784-8696)로 전화하세요.",
            "phone",
        ),
        (
            "es",
            "Para recibir ayuda gratuita para dejar de fumar, llame al 1-800-QUIT-NOW (1-800-784-8669).",
            "Para recibir ayuda gratuita para dejar de fumar, llame al 1-800-QUIT-NOW (1-800-748-8669).",
            "phone",
        ),
        (
            "zh_TW",
            "如需免費戒菸協助，請撥打 1-800-QUIT-NOW（1-800-784-8669）。",
            "如需免費戒菸協助，請撥打 1-800-QUIT-NOW（1-800-784-8699）。",
            "phone",
        ),
        (
            "ar",
            "للحصول على مساعدة مجانية للإقلاع عن التدخين، اتصل بالرقم 1-800-QUIT-NOW (1-800-784-8669).",
            "للحصول على مساعدة مجانية للإقلاع عن التدخين، اتصل بالرقم 1-800-QUIT-NOW (1-800-784-869).",
            "phone",
        ),
    ],
    DOTS: [
        (
            "ko_KR",
            "간호사 상담 전화 617.555.0199번으로 월요일부터 금요일, 오전 9시부터 오후 5시까지 전화하세요.",
            "간호사 상담 전화 617.555.0919번으로 월요일부터 금요일, 오전 9시부터 오후 5시까지 전화하세요.",
            "phone",
        ),
        (
            "es",
            "Llame a nuestra línea de enfermería al (617) 555-0199, de lunes a viernes, de 9 a. m. a 5 p. m.",
            "Llame a nuestra línea de enfermería al (617) 555-1099, de lunes a viernes, de 9 a. m. a 5 p. m.",
            "phone",
        ),
        (
            "zh_TW",
            "護理諮詢專線 617.555.0199，服務時間為週一至週五上午 9 點到下午 5 點。",
            "護理諮詢專線 671.555.0199，服務時間為週一至週五上午 9 點到下午 5 點。",
            "phone",
        ),
        (
            "ar",
            "اتصل بخط التمريض على الرقم 617.555.0199 من الاثنين إلى الجمعة، من 9 صباحا إلى 5 مساء.",
            "اتصل بخط التمريض على الرقم 617.555.199 من الاثنين إلى الجمعة، من 9 صباحا إلى 5 مساء.",
            "phone",
        ),
    ],
    FREEPHONE: [
        (
            "ko_KR",
            "상담 전화 0800 123 4567은 휴대전화나 유선 전화에서 무료로 걸 수 있습니다.",
            "상담 전화 0800 123 4576은 휴대전화나 유선 전화에서 무료로 걸 수 있습니다.",
            "phone",
        ),
        (
            "es",
            "La línea de ayuda, 0800 123 4567, es gratuita desde un móvil o un fijo.",
            "La línea de ayuda, 0800 132 4567, es gratuita desde un móvil o un fijo.",
            "phone",
        ),
        (
            "zh_TW",
            "諮詢專線 0800 123 4567 可用手機或市話免費撥打。",
            "諮詢專線 0800 123 456 可用手機或市話免費撥打。",
            "phone",
        ),
        (
            "ar",
            "خط المساعدة 0800 123 4567 مجاني من الهاتف المحمول أو الأرضي.",
            "خط المساعدة 0808 123 4567 مجاني من الهاتف المحمول أو الأرضي.",
            "phone",
        ),
    ],
    ANY_PHONE: [
        (
            "ko_KR",
            "응급 상황에서는 어느 전화로든 999나 112에 전화할 수 있습니다.",
            "응급 상황에서는 어느 전화로든 999나 119에 전화할 수 있습니다.",
            "phone",
        ),
        (
            "es",
            "En caso de emergencia, puede llamar al 999 o al 112 desde cualquier teléfono.",
            "En caso de emergencia, puede llamar al 999 o al 911 desde cualquier teléfono.",
            "phone",
        ),
        (
            "zh_TW",
            "緊急時，用任何電話都可以撥打 999 或 112。",
            "緊急時，用任何電話都可以撥打 999 或 110。",
            "phone",
        ),
        (
            "ar",
            "في حالات الطوارئ يمكنك الاتصال بالرقم 999 أو 112 من أي هاتف.",
            "في حالات الطوارئ يمكنك الاتصال بالرقم 999 أو 122 من أي هاتف.",
            "phone",
        ),
    ],
}

FAITHFUL = [(locale, source, faithful) for source, rows in TRANSLATIONS.items() for locale, faithful, _, _ in rows]
WRONG = [(locale, source, wrong, check) for source, rows in TRANSLATIONS.items() for locale, _, wrong, check in rows]


@pytest.mark.parametrize("locale, source, translation", FAITHFUL)
def test_faithful_translations_pass(catalogs, locale, source, translation):
    assert [f for f in catalogs.findings(source, translation, locale=locale) if f.check in CONTACT] == []


@pytest.mark.parametrize("locale, source, translation, check", WRONG)
def test_wrong_contact_details_are_errors(catalogs, locale, source, translation, check):
    found = catalogs.findings(source, translation, locale=locale, check=check)
    assert [f.severity for f in found][:1] == ["error"], found


@pytest.mark.parametrize(
    "locale, source, translation, check",
    [
        # an emergency number swapped for a local one, after the language's words for "call": [phone]
        # says which number the translation has instead, and [emergency] does not say it again
        ("es", CHEST_PAIN, "Llame al 112 si siente dolor en el pecho o le cuesta respirar.", "phone"),
        ("zh_TW", CHEST_PAIN, "如果胸口痛或呼吸困難，請撥打 119。", "phone"),
        ("ar", CHEST_PAIN, "اتصل بالرقم ٩٩٧ إذا شعرت بألم في الصدر أو بصعوبة في التنفس.", "phone"),
        # the 112 of an added phone number is no emergency number written for {emergency}
        (
            "es",
            CLINIC,
            "Si tiene preguntas sobre su dosis, llame a la clínica al 212-555-0142 o, desde España, al "
            "+34 91 112 34 56. En caso de emergencia, llame al {emergency}.",
            "phone",
        ),
        # a number beside a kept placeholder: [placeholders] says to keep the placeholder alone
        ("zh_TW", SWELLING, "如果嘴唇、舌頭或喉嚨開始腫起來，請立即撥打 {emergency}（台灣為 119）。", "placeholders"),
        (
            "es",
            LANGUAGE_LINE,
            "Para recibir ayuda gratuita en su idioma, llame al {language_line} o al 1-800-555-0199 y diga qué "
            "idioma habla.",
            "placeholders",
        ),
    ],
)
def test_one_wrong_contact_is_one_error(catalogs, locale, source, translation, check):
    found = [f for f in catalogs.findings(source, translation, locale=locale) if f.check in CONTACT]
    assert [(f.check, f.severity) for f in found] == [(check, "error")], found


NURSE = "Call 020 7946 0958 to talk to a nurse."


@pytest.mark.parametrize(
    "source, translation",
    [
        # a British number in groups of digits and spaces is a phone number, compared by its digits
        (FREEPHONE, "La línea de ayuda, 0800-123-4567, es gratuita desde un móvil o un fijo."),
        (NURSE, "Llame al 020-7946-0958 para hablar con una enfermera."),
        (NURSE, "Llame al +44 20 7946 0958 para hablar con una enfermera."),
    ],
)
def test_a_british_number_written_another_way_passes(catalogs, source, translation):
    assert [f for f in catalogs.findings(source, translation, locale="es") if f.check in CONTACT] == []


def test_a_british_number_added_is_an_error(catalogs):
    translation = "Llame al 020 7946 0958 o al 020 7946 0000 para hablar con una enfermera."
    finding = only(catalogs.findings(NURSE, translation, locale="es"), "phone")
    assert finding.message == "phone number 020 7946 0000 in the translation is not in the source"


@pytest.mark.parametrize("locale, source, translation", [row[:3] for row in WRONG if row[1] == AUTOLINK])
def test_a_changed_autolink_is_one_urls_error_naming_what_the_translation_has(catalogs, locale, source, translation):
    """An autolink's address is the text the reader sees and where it goes: [urls] says both in one
    finding, and [markup] does not repeat it as a target missing and another added (2026-12-03)."""
    wrong = translation[translation.index("<") + 1 : translation.index(">")]
    found = [(f.check, f.severity, f.message) for f in catalogs.findings(source, translation, locale=locale)]
    assert found == [
        (
            "urls",
            "error",
            "URL https://www.medicines.org.uk/emc/product/5432/pil is missing from the translation "
            f"(the translation has {wrong})",
        )
    ]
