"""NO NOISE: correct, natural translations get no finding at all.

Each pair is something a careful Korean medical translator would write; many
exercise a rule's escape hatch (counters, 만/억, native numerals, glosses in
parentheses, names left as they are).  A finding here is a bug in a check.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import Entry

KOREAN_LEAFLET = [
    ("What is SJS/TEN?", "SJS/TEN이란 무엇인가요?"),
    (
        "Stevens-Johnson syndrome (SJS) and toxic epidermal necrolysis (TEN) are rare, serious reactions"
        " that cause the skin to blister and peel.",
        "스티븐스-존슨 증후군(SJS)과 독성 표피 괴사 용해(TEN)는 피부에 물집이 생기고 벗겨지는 드물지만 심각한 반응입니다.",
    ),
    ("**Call 911** right away if you have trouble breathing.", "숨쉬기가 어려우면 **즉시 911에 전화하세요**."),
    ("IVIG is given through a vein over 3 to 5 days.", "IVIG는 3~5일에 걸쳐 정맥으로 투여합니다."),
    ("Treatment lasts 3 to 5 days.", "치료는 3일에서 5일 동안 진행됩니다."),
    (
        "The usual dose is 1 g/kg/day for 3 days (a total of 3 g/kg).",
        "일반적인 용량은 1 g/kg/일이며 3일 동안 투여합니다(총 3 g/kg).",
    ),
    ("The usual dose is 1 g/kg/day.", "일반적인 용량은 하루에 체중 1kg당 1g입니다."),
    ("Up to 10% of patients get a headache within 24 hours.", "환자의 최대 10%가 24시간 이내에 두통을 겪습니다."),
    ("About 30% of people with TEN die.", "TEN 환자의 약 30퍼센트가 사망합니다."),
    (
        "For more information, visit [the SJS Foundation](https://www.sjsupport.org) or call (877) 778-0318.",
        "자세한 내용은 [SJS 재단](https://www.sjsupport.org)을 방문하거나 (877) 778-0318로 전화하세요.",
    ),
    ("You can also call +1 877 778 0318.", "+1 877-778-0318번으로 전화하셔도 됩니다."),
    ("Email questions to info@leaflets.example.org.", "궁금한 점은 info@leaflets.example.org로 이메일을 보내 주세요."),
    (
        "Read the full guidance at https://www.nhs.uk/conditions/stevens-johnson-syndrome/.",
        "전체 안내문은 https://www.nhs.uk/conditions/stevens-johnson-syndrome/에서 읽을 수 있습니다.",
    ),
    ("IVIG", "IVIG"),
    ("SJS/TEN", "SJS/TEN"),
    ("10%", "10%"),
    ("Dr. Mina Cho, PharmD", "Dr. Mina Cho, PharmD"),
    ("American Academy of Dermatology", "American Academy of Dermatology"),
    ("Reviewed by Dr. Mina Cho, PharmD", "검토: 조미나 약학박사"),
    ("Side effects", "부작용"),
    ("Take *lamotrigine* only as your doctor tells you.", "*lamotrigine*은 반드시 의사의 지시대로만 복용하세요."),
    ("About 1 in 1 million people get TEN each year.", "TEN은 매년 100만 명 중 약 1명에게 발생합니다."),
    ("One in 10,000 people", "1만 명 중 1명"),
    ("In 2019, 12,000 patients were treated.", "2019년에는 1만 2천 명의 환자가 치료를 받았습니다."),
    ("Over 100 million doses have been given.", "지금까지 1억 회 이상 투여되었습니다."),
    ("Take 2 tablets every 8 hours.", "8시간마다 두 알씩 복용하세요."),
    ("Keep the medicine below 25°C.", "약은 25°C 이하에서 보관하세요."),
    ("Appointments start at 8:30 am.", "진료는 오전 8시 30분에 시작합니다."),
    ("The clinic closes at 8:00 pm.", "병원은 오후 8시에 문을 닫습니다."),
    ("Take 1/2 tablet twice a day.", "하루 두 번 반 알씩 복용하세요."),
    ("Symptoms usually improve within 2 days.", "증상은 보통 이틀 이내에 좋아집니다."),
    ("Your care team is available 24/7.", "진료팀은 24시간 연중무휴로 도움을 드립니다."),
    ("IgG levels are checked after 1 week.", "일주일 후에 IgG 수치를 확인합니다."),
    ("IgG levels are checked again after 2 weeks.", "2주 후에 IgG 수치를 다시 확인합니다."),
    (
        "Stop taking the medicine and call your doctor if a rash appears.",
        "발진이 생기면 약 복용을 중단하고 의사에게 연락하세요.",
    ),
    ("Possible side effects of IVIG", "IVIG의 가능한 부작용"),
    ("Infusions take 4–6 hours.", "주입에는 4~6시간이 걸립니다."),
    ("Drink at least 2 L of water a day.", "하루에 물을 2 L 이상 마시세요."),
    ("Proteins such as TNF-α and IL-2 are involved.", "TNF-α와 IL-2 같은 단백질이 관여합니다."),
    ("The infusion rate starts at 0.5 mL/kg/hour.", "주입 속도는 0.5 mL/kg/시간으로 시작합니다."),
    (
        "Smith J, et al. IVIG for toxic epidermal necrolysis. Br J Dermatol. 2019;180:1234–40.",
        "Smith J, et al. IVIG for toxic epidermal necrolysis. Br J Dermatol. 2019;180:1234–40.",
    ),
    (
        "[Download the PDF](https://leaflets.example.org/ivig-ten.pdf)",
        "[PDF 다운로드](https://leaflets.example.org/ivig-ten.pdf)",
    ),
    ("Run `leaflets check` before you publish.", "게시하기 전에 `leaflets check`를 실행하세요."),
    (
        "Toxic epidermal necrolysis (TEN) is life-threatening.",
        "독성 표피 괴사 용해(toxic epidermal necrolysis, TEN)는 생명을 위협할 수 있습니다.",
    ),
    ("TNF-α inhibitors", "TNF-α 억제제(tumor necrosis factor alpha inhibitors)"),
    ("**Important:** do not stop treatment early.", "**중요:** 치료를 임의로 일찍 중단하지 마세요."),
    ("Children under 12 years should not take this medicine.", "12세 미만 어린이는 이 약을 복용하면 안 됩니다."),
    ("Take 500 mg twice daily.", "500㎎을 하루 두 번 복용하세요."),
    ("Take 1,500 mg once a day.", "하루 한 번 1500 mg을 복용하세요."),
    ("Headache", "두통"),
    ("Common (more than 1 in 10)", "흔함(10명 중 1명 이상)"),
    ("Fever above 38.5 °C", "38.5°C 이상의 발열"),
    ("Your 1st dose is given in hospital.", "첫 번째 투여는 병원에서 받습니다."),
    ("Step 2: check your skin every day", "2단계: 매일 피부를 확인하세요"),
    ("See section 4.2.", "4.2절을 참고하세요."),
    ("References", "참고 문헌"),
    ("The infusion takes about 30 min.", "주입에는 약 30분이 걸립니다."),
    ("Use sunscreen with SPF 50 for 6 months.", "6개월 동안 SPF 50 자외선 차단제를 사용하세요."),
    ("Clinic hours: Monday to Friday, 9:00–17:00", "진료 시간: 월요일~금요일, 오전 9시~오후 5시"),
    # per kg / per hour said the Korean way, amounts in other units, N in 100
    ("The usual dose is 400 mg/kg/day for 5 days.", "일반적인 용량은 400 mg/kg/일이며 5일 동안 투여합니다."),
    ("The usual dose is 400 mg/kg/day.", "보통 체중 1kg당 하루 400mg을 투여합니다."),
    ("A total of 2 g/kg is given over 2 to 5 days.", "총 2 g/kg을 2~5일에 걸쳐 나누어 맞습니다."),
    (
        "Infuse at 0.5 mL/kg/h for the first 30 minutes.",
        "처음 30분 동안은 시간당 체중 1 kg당 0.5 mL의 속도로 주입합니다.",
    ),
    ("Take 2 tablets (500 mg each).", "한 번에 두 알(한 알에 500 mg)을 복용하세요."),
    (
        "Take 400 mg every 4 to 6 hours (no more than 2,400 mg a day).",
        "4~6시간마다 400 mg을 복용하세요(하루 2,400 mg 이하).",
    ),
    ("Your IgG level should be above 600 mg/dL.", "IgG 수치는 600 mg/dL 이상이어야 합니다."),
    ("About 5% of patients get a rash.", "환자 100명 중 약 5명에게 발진이 생깁니다."),
    ("Between 10% and 30% of the skin", "피부의 10~30%"),
    ("Check your temperature every 30 minutes.", "반 시간마다 체온을 재세요."),
    ("Symptoms usually start within 48 hours.", "증상은 보통 이틀 안에 시작됩니다."),
    ("Wait 90 minutes after the infusion.", "주입이 끝나고 1시간 30분 동안 기다리세요."),
    # a rate said of its dose wherever Korean puts it: before it, after it, as 매일, after the total
    (
        "He got 400 mg/kg a day for 5 days, 2 g/kg in total.",
        "하루 400 mg/kg씩 5일 동안, 모두 합해 2 g/kg을 맞았습니다.",
    ),
    (
        "Give 0.4 g/kg a day for 5 days, 2 g/kg in total.",
        "0.4 g/kg을 하루에 투여하며, 5일 동안 모두 합해 2 g/kg을 투여합니다.",
    ),
    ("Take 1 g a day for 3 days (3 g in total).", "3일 동안 매일 1 g씩 드세요(모두 3 g)."),
    (
        "A total of 2 g/kg is given as 1 g/kg a day for 2 days.",
        "모두 합해 2 g/kg을, 하루에 1 g/kg씩 이틀 동안 나누어 맞습니다.",
    ),
    # contacts, links and kept English
    ("Call 911 or go to the nearest emergency room.", "911에 전화하거나 가장 가까운 응급실로 가세요."),
    ("Call or text 988 any time.", "언제든지 988에 전화하거나 문자를 보내세요."),
    (
        "Read the [patient guide](https://example.org/guide) before your first infusion.",
        "첫 주입 전에 [환자 안내서](https://example.org/guide)를 읽어 보세요.",
    ),
    (
        "See the NHS page at https://www.nhs.uk/conditions/.",
        "NHS 안내 페이지(https://www.nhs.uk/conditions/)를 참고하세요.",
    ),
    ("Graft-versus-host disease (GVHD)", "이식편대숙주병(graft-versus-host disease, GVHD)"),
    ("Informed consent", "사전 동의(事前同意)"),
    ('Ask your doctor: "Is IVIG right for me?"', '의사에게 "IVIG가 저에게 맞는 치료인가요?"라고 물어보세요.'),
    ("The book *Living with Lupus* has more tips.", "*Living with Lupus*라는 책에 더 많은 도움말이 있습니다."),
]

COMMON_TEMPLATES = [
    Entry("Page %(page)s of %(pages)s", "%(pages)s쪽 중 %(page)s쪽", ("python-format",)),
    Entry("Last updated: %(date)s", "최종 수정일: %(date)s", ("python-format",)),
    Entry(
        "This leaflet does not replace advice from your doctor or pharmacist.",
        "이 안내문은 의사나 약사의 조언을 대신하지 않습니다.",
    ),
    Entry("%(count)d day", ["%(count)d일"], ("python-format",), msgid_plural="%(count)d days"),
    Entry("Printed on {date}", "{date} 인쇄", ("python-brace-format",)),
]


def test_a_correct_korean_leaflet_has_no_findings(catalogs):
    report = catalogs.check(*(Entry(source, translation) for source, translation in KOREAN_LEAFLET))
    assert report.findings == ()
    assert report.translated == report.entries == len(KOREAN_LEAFLET)


def test_correct_korean_template_strings_have_no_findings(catalogs):
    report = catalogs.check(*COMMON_TEMPLATES, domain="common")
    assert report.findings == ()


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Take 0.5 mg every 8 hours for 1,000 days.", "Tome 0,5 mg cada 8 horas durante 1.000 días."),
        ("Call 911 if you have trouble breathing.", "Llame al 911 si tiene dificultad para respirar."),
        ("IVIG", "IVIG"),
        # Ranges joined by a word: the unit after the second number is the first one's too.
        (
            "TEN often starts 1 to 3 weeks after a new medicine.",
            "La TEN suele comenzar de 1 a 3 semanas después de un medicamento nuevo.",
        ),
        (
            "The whole dose is 2 to 3 g/kg, given over 3 to 5 days.",
            "La dosis total es de 2 a 3 g/kg, que se da durante 3 a 5 días.",
        ),
        ("About 1.9 in every 1 million adults", "Unos 1.9 de cada 1 millón de adultos"),
        (
            "He got 2 g/kg in total: 400 mg/kg a day for 5 days.",
            "Recibió 2 g/kg en total: 400 mg/kg al día durante 5 días.",
        ),
    ],
)
def test_correct_spanish_has_no_findings(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="es") == []


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Take 400 mg every 8 hours.", "تناول ٤٠٠ ملغ كل ٨ ساعات."),
        ("IVIG is given through a vein.", "يُعطى IVIG عن طريق الوريد."),
        (
            "TEN often starts 1 to 3 weeks after a new medicine.",
            "غالبا ما يبدأ TEN بعد 1 إلى 3 أسابيع من بدء دواء جديد.",
        ),
        ("The whole dose is 2 to 3 g/kg.", "تكون الجرعة الكاملة من 2 إلى 3 g/kg."),
        ("A case report describes how 1 patient was treated.", "يصف تقرير الحالة كيف عولج مريض واحد."),
        ("About 1.9 in every 1 million adults", "نحو 1.9 من كل مليون شخص بالغ"),
        ("He got 400 mg/kg a day for 5 days.", "تلقى 400 mg/kg يوميا لمدة 5 أيام."),
        ("He got 2 g/kg in total: 400 mg/kg a day for 5 days.", "تلقى 2 g/kg في المجموع: 400 mg/kg يوميا لمدة 5 أيام."),
    ],
)
def test_correct_arabic_has_no_findings(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="ar") == []


@pytest.mark.parametrize(
    "source, translation",
    [
        ("TEN often starts 1 to 3 weeks after a new medicine.", "TEN 通常在開始使用新藥後 1 至 3 週出現。"),
        ("The whole dose is 2 to 3 g/kg, given for 3 to 5 days.", "總劑量是 2 至 3 g/kg，連續 3 到 5 天。"),
        ("About 1.9 in every 1 million adults get TEN.", "每 100 萬名成人中，約有 1.9 人發生 TEN。"),
        ("Start within 24 hours.", "請在 24 小時內開始。"),
        ("He got 400 mg/kg (0.4 g/kg) a day for 5 days.", "他每天接受 400 mg/kg（0.4 g/kg），連續 5 天。"),
        ("He got 2 g/kg in total: 400 mg/kg a day for 5 days.", "他總共接受 2 g/kg：每天 400 mg/kg，連續 5 天。"),
        (
            "IVIG stands for intravenous immunoglobulin.",
            "IVIG 是「靜脈注射免疫球蛋白」（intravenous immunoglobulin）的縮寫。",
        ),
    ],
)
def test_correct_traditional_chinese_has_no_findings(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="zh_TW") == []
