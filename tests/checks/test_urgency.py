"""[urgency]: a sentence that says to act right away keeps a word of hurry in the translation.

The faithful translations are the shipped catalogs' (locales/*/LC_MESSAGES/) or a
translator's wording of the same; the wrong ones drop the hurry, or put it off.
"""

from __future__ import annotations

import pytest

from pipeline.languages import language_for
from tests.checks.helpers import Entry, msgid_line, only

CHEST_PAIN = "Call your doctor right away if you have chest pain."
EMERGENCY_ROOM = "Go to the emergency room right away."
TELL_NURSE = "Tell your nurse or doctor right away if you have:"
CALL_EMERGENCY = "**Call {emergency} right away** if you have:"
BREATHING = "Tell your care team right away if you have trouble breathing."
STOP_NOW = "Stop the infusion immediately and call your nurse."

# (locale, source, a faithful translation, one that drops or delays the hurry)
CASES = [
    ("es", CHEST_PAIN, "Llame a su médico de inmediato si tiene dolor en el pecho.",
     "Llame a su médico si tiene dolor en el pecho."),
    ("es", EMERGENCY_ROOM, "Acuda a urgencias de inmediato.", "Acuda a urgencias."),
    ("es", TELL_NURSE, "Avise de inmediato al personal de enfermería o a su médico si tiene:",
     "Avise al personal de enfermería o a su médico si tiene:"),
    ("ko_KR", EMERGENCY_ROOM, "바로 응급실에 가세요.", "응급실에 가 보세요."),
    ("ko_KR", EMERGENCY_ROOM, "지체 없이 응급실로 가세요.", "응급실에 가세요."),
    ("ko_KR", TELL_NURSE, "다음과 같은 증상이 있으면 바로 간호사나 의사에게 알리세요:",
     "다음과 같은 증상이 있으면 간호사나 의사에게 알리세요:"),
    ("zh_TW", TELL_NURSE, "如果出現以下情況，請立刻告訴護理師或醫師：", "如果出現以下情況，請告訴護理師或醫師："),
    ("zh_TW", BREATHING, "如果呼吸困難，請馬上告訴醫療團隊。", "如果呼吸困難，請告訴醫療團隊。"),
    ("ar", TELL_NURSE, "أخبر الممرض أو الطبيب فورا إذا ظهر لديك:", "أخبر الممرض أو الطبيب إذا ظهر لديك:"),
    ("ar", EMERGENCY_ROOM, "اذهب إلى قسم الطوارئ على الفور.", "اذهب إلى قسم الطوارئ."),
    ("fr", BREATHING, "Prévenez immédiatement votre équipe soignante si vous avez du mal à respirer.",
     "Prévenez votre équipe soignante si vous avez du mal à respirer."),
    ("fr", EMERGENCY_ROOM, "Allez tout de suite aux urgences.", "Allez aux urgences."),
    ("pt_BR", BREATHING, "Avise imediatamente a sua equipe de saúde se tiver dificuldade para respirar.",
     "Avise a sua equipe de saúde se tiver dificuldade para respirar."),
    ("pt_PT", EMERGENCY_ROOM, "Vá de imediato às urgências.", "Vá às urgências."),
    ("de", BREATHING, "Sagen Sie Ihrem Behandlungsteam sofort Bescheid, wenn Sie Atemnot haben.",
     "Sagen Sie Ihrem Behandlungsteam Bescheid, wenn Sie Atemnot haben."),
    ("de", STOP_NOW, "Brechen Sie die Infusion umgehend ab und rufen Sie Ihre Pflegekraft.",
     "Brechen Sie die Infusion ab und rufen Sie Ihre Pflegekraft."),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "source", "right", "wrong"), CASES)
def test_urgency_left_out_is_a_warning_at_the_entry_line(catalogs, locale, source, right, wrong):
    report = catalogs.check(Entry(source, wrong), locale=locale)
    finding = only(report.findings, "urgency")
    line = msgid_line(catalogs.path(locale), source)
    assert finding.format().startswith(f"locales/{locale}/LC_MESSAGES/ivig-ten.po:{line}: warning[urgency]: ")
    assert "but the translation says nothing urgent: check that it was not left out" in finding.message


@pytest.mark.parametrize(("locale", "source", "right", "wrong"), CASES)
def test_the_faithful_translation_passes(catalogs, locale, source, right, wrong):
    assert catalogs.findings(source, right, locale=locale, check="urgency") == []


def test_the_message_names_the_source_words_and_sentence(catalogs):
    finding = only(catalogs.findings(EMERGENCY_ROOM, "응급실에 가세요.", check="urgency"))
    assert finding.severity == "warning"
    assert finding.message == (
        "the source says 'right away' but the translation says nothing urgent: check that it was not left out "
        "('Go to the emergency room right away.')"
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the shipped translations of every source sentence that says "right away"
        ("ko_KR", CALL_EMERGENCY, "다음과 같은 증상이 있으면 **바로 {emergency}에 전화하세요**:"),
        ("es", CALL_EMERGENCY, "**Llame de inmediato al {emergency}** si tiene:"),
        ("zh_TW", CALL_EMERGENCY, "如果出現以下情況，**請立即撥打 {emergency}**："),
        ("ar", CALL_EMERGENCY, "**اتصل فورا بالرقم {emergency}** إذا ظهر لديك:"),
        ("ko_KR", TELL_NURSE, "다음과 같은 증상이 있으면 바로 간호사나 의사에게 알리세요:"),
        ("zh_TW", TELL_NURSE, "如果出現以下情況，請立刻告訴護理師或醫師："),
        # a word of hurry the translator chose, not the one for the source's
        ("ko_KR", STOP_NOW, "즉시 주입을 멈추고 간호사를 부르세요."),
        ("ko_KR", STOP_NOW, "곧바로 주입을 멈추고 간호사를 부르세요."),
        ("es", STOP_NOW, "Detenga la infusión enseguida y llame al personal de enfermería."),
        ("es", "Get medical help immediately.", "Busque atención médica inmediata."),
        ("zh_TW", STOP_NOW, "請馬上停止輸注並呼叫護理師。"),
        ("ar", STOP_NOW, "أوقف التسريب بسرعة واتصل بالممرض."),
        ("ar", "Get medical help immediately.", "اطلب رعاية طبية فورية."),
        ("fr", "Get medical help immediately.", "Consultez un médecin en urgence."),
        ("fr", "Call your doctor as soon as possible.", "Appelez votre médecin dès que possible."),
        ("pt_BR", "Call your doctor as soon as you can.", "Ligue para o seu médico o quanto antes."),
        ("de", "Call your doctor as soon as possible.", "Rufen Sie so schnell wie möglich Ihren Arzt an."),
        # no urgency in the source: "at once" of two doses (together), "urgent care" (a place), a dose
        # "immediately after" a meal (when), "as soon as" before a clause (a time), "now"
        ("ko_KR", "Do not take two doses at once.", "한 번에 두 번 복용하지 마세요."),
        ("es", "Do not take two doses at once.", "No tome dos dosis a la vez."),
        ("es", "Go to urgent care or call your doctor.", "Vaya a un centro de atención o llame a su médico."),
        ("ko_KR", "Take it immediately after a meal.", "식사 직후에 드세요."),
        ("ar", "Take it immediately after a meal.", "تناوله مباشرة بعد الأكل."),
        (
            "zh_TW",
            "Doctors stop every medicine that might be the cause as soon as they suspect TEN.",
            "醫師一懷疑是 TEN，就會停用所有可能是原因的藥物。",
        ),
        ("ko_KR", "The translation now:", "지금의 번역은 다음과 같습니다:"),
        # the common renderings of "as soon as possible" and "right away" (each was a warning)
        ("ar", "Take the missed dose as soon as possible.", "تناول الجرعة الفائتة في أقرب وقت ممكن."),
        ("ar", "Take the missed dose as soon as possible.", "تناول الجرعة الفائتة في أقرب وقت."),
        ("ar", "Take the missed dose as soon as possible.", "تناول الجرعة الفائتة بأسرع وقت ممكن."),
        ("ar", "Get medical help right away.", "اطلب الرعاية الطبية العاجلة."),
        ("ar", "Get medical help right away.", "اطلب الرعاية الطبية الفورية."),
        ("ar", "Call your doctor right away.", "توقف عن تناول الدواء واتصل بطبيبك مباشرة."),
        ("pt_BR", "Call your doctor as soon as possible.", "Ligue para o seu médico o mais breve possível."),
        ("de", "Call your doctor as soon as possible.", "Rufen Sie baldmöglichst Ihren Arzt an."),
        ("de", "Call your doctor right away.", "Rufen Sie schnell Ihren Arzt an."),
        ("es", "Call your doctor right away.", "Llame rápidamente a su médico."),
        ("zh_TW", "Stop the medicine right away.", "請即停藥。"),
        ("zh_TW", "Get medical help right away.", "當即就醫。"),
        # a symptom, not a hurry: "urgent need to pass urine" (urinary urgency)
        ("ko_KR", "Side effects include an urgent need to pass urine.", "부작용으로 절박뇨가 있을 수 있습니다."),
        ("zh_TW", "Side effects include an urgent need to pass urine.", "副作用包括尿急。"),
        (
            "es",
            "Side effects include an urgent need to pass urine.",
            "Los efectos secundarios incluyen una necesidad imperiosa de orinar.",
        ),
        # a denied urgency word is a statement, not an instruction
        ("es", "This medicine does not work straight away.", "Este medicamento no hace efecto enseguida."),
        ("es", "This medicine does not work straight away.", "Este medicamento tarda en hacer efecto."),
        ("ko_KR", "The rash may not appear right away.", "발진은 시간이 지나서 나타날 수 있습니다."),
    ],
)
def test_what_says_the_hurry_or_no_hurry_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="urgency") == []


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        # 緊急醫療狀況 is "a medical emergency", no hurry: the dropped 立即 is found
        ("zh_TW", "如果您認為自己有緊急醫療狀況，請撥打 %(emergency)s。"),
        # 긴급 상황 likewise
        ("ko_KR", "긴급 상황이라고 생각되면 %(emergency)s에 전화하세요."),
        # the emergency department and "in an emergency" say no hurry
        ("fr", "Si vous pensez avoir une urgence médicale, appelez le service d'urgence %(emergency)s."),
        ("es", "Si cree que tiene una emergencia médica, llame al servicio de urgencia %(emergency)s."),
    ],
)
def test_a_word_of_emergency_is_no_word_of_hurry(catalogs, locale, translation):
    source = "If you think you have a medical emergency, call %(emergency)s right away."
    finding = only(catalogs.findings(source, translation, locale=locale, domain="common", check="urgency"))
    assert "the source says 'right away'" in finding.message


def test_the_hurry_is_read_sentence_by_sentence(catalogs):
    """Moved to the sentence that asks no hurry, it is lost where the source says it."""
    source = "Stop the infusion. Call your nurse right away."
    finding = only(catalogs.findings(source, "바로 주입을 멈추세요. 간호사를 부르세요.", check="urgency"))
    assert "('Call your nurse right away.')" in finding.message
    assert catalogs.findings(source, "주입을 멈추세요. 바로 간호사를 부르세요.", check="urgency") == []


def test_a_language_without_urgency_words_is_not_judged(catalogs):
    assert language_for("vi").pattern("urgency") is None
    assert catalogs.findings(EMERGENCY_ROOM, "Hãy đến phòng cấp cứu.", locale="vi", check="urgency") == []


# -- the words ([urgency] reads them from pipeline/languages/) --


@pytest.mark.parametrize(
    "text",
    [
        "Call right away.",
        "Call Right Away.",
        "Go straight away.",
        "Stop it immediately.",
        "Immediately stop it.",
        "Stop at once.",
        "It is urgent.",
        "Call us urgently.",
        "Call without delay.",
        "Call without any delay.",
        "Call as soon as possible.",
        "Call as soon as you can.",
        # "now" after an instruction to act that opens its clause
        "Call your doctor now.",
        "Stop taking it now and call 911.",
        "If the rash spreads, go to the emergency room now.",
        "Please call your nurse now.",
        "Get medical help right now.",
        "Take it with food, then see a doctor now.",
    ],
)
def test_every_english_urgency_word_is_read(text):
    english = language_for("en")
    assert english.may_say_urgency(text), "no hint: the check would not read it"
    assert english.urgency_said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do not take two doses at once.",
        "Take all 3 tablets at once.",
        "Go to urgent care.",
        "Take it immediately after a meal.",
        "Take it immediately before bed.",
        "Doctors stop it as soon as they suspect TEN.",
        "The translation now:",
        "Right arm, straight line, no delay in the mail? The nurse will see you now.",
        "You may have an urgent need to pass urine.",
        "It can cause an urgent urge to urinate or to go to the toilet.",
        "Some people urgently need to empty their bladder.",
        "Urgent urination and urinary urgency are common.",
        "This medicine does not work straight away.",
        "It doesn't start working immediately.",
        "It does not take effect immediately.",
        "The rash may not appear right away.",
        "Symptoms may not improve immediately.",
        # "now" that says the time, not to act without waiting
        "You can now take the tablets with food.",
        "Now that you feel better, keep taking it.",
        "From now on, call your doctor if you have a fever.",
        "Call your doctor from now on if you have a fever.",
        "Now, call your doctor.",
        "Stop taking it for now.",
        "Do not stop taking it now.",
        "Your doctor may stop the medicine now.",
        "Tell your doctor now and then how you feel.",
        "Call your doctor now that the rash has gone.",
        "Up to now, call your nurse if needed.",
        "You should now see an improvement.",
    ],
)
def test_what_says_no_hurry_in_english(text):
    assert language_for("en").urgency_said(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the "not" denies another verb, or is in another clause, or is a hurry of its own
        "Do not wait, call your doctor right away.",
        "Don't hesitate to call right away.",
        "Do not delay: get help immediately.",
        "If the pain does not improve see a doctor right away.",
        "If it does not stop call your nurse right away.",
        "If the bleeding does not ease call your nurse right away.",
        "Do not drive and go to the emergency room right away.",
        "Do not take another dose but call us immediately.",
        "Do not drive yourself but have someone take you to hospital right away.",
        "Do not eat anything and come to the clinic immediately.",
        "If you are not better take the child to hospital right away.",
        "Do not hesitate to come back to the clinic immediately.",
        "Stop it if it does not help; call us right away.",
        # the symptom's words used for a hurry
        "There is an urgent need to call your doctor.",
    ],
)
def test_a_hurry_beside_a_not_or_a_need_is_still_read(text):
    assert language_for("en").urgency_said(text)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("ko_KR", "즉시"), ("ko_KR", "바로"), ("ko_KR", "곧바로"), ("ko_KR", "당장"), ("ko_KR", "지체 없이"),
        ("ko_KR", "지체하지 말고"), ("ko_KR", "서둘러"), ("ko_KR", "빨리"), ("ko_KR", "신속히"), ("ko_KR", "곧장"),
        ("zh_TW", "立即"), ("zh_TW", "立刻"), ("zh_TW", "馬上"), ("zh_TW", "盡快"), ("zh_TW", "儘快"),
        ("zh_TW", "即刻"), ("zh_TW", "趕快"), ("zh_TW", "趕緊"), ("zh_TW", "儘速"), ("zh_TW", "盡速"),
        ("zh_TW", "緊急就醫"),
        ("es", "de inmediato"), ("es", "inmediatamente"), ("es", "enseguida"), ("es", "en seguida"),
        ("es", "cuanto antes"), ("es", "lo antes posible"), ("es", "sin demora"), ("es", "urgente"),
        ("es", "urgentemente"), ("es", "de urgencia"), ("es", "Llame ya"),
        ("ar", "فورا"), ("ar", "فورًا"), ("ar", "فوراً"), ("ar", "على الفور"), ("ar", "حالا"), ("ar", "حالًا"),
        ("ar", "دون تأخير"), ("ar", "بدون تأخير"), ("ar", "بسرعة"), ("ar", "في أسرع وقت"), ("ar", "عاجل"),
        ("fr", "immédiatement"), ("fr", "tout de suite"), ("fr", "sans attendre"), ("fr", "sans délai"),
        ("fr", "au plus vite"), ("fr", "dès que possible"), ("fr", "d'urgence"), ("fr", "aussitôt"),
        ("fr", "rapidement"),
        ("pt_BR", "imediatamente"), ("pt_BR", "de imediato"), ("pt_BR", "já"), ("pt_BR", "sem demora"),
        ("pt_BR", "o mais rápido possível"), ("pt_BR", "o quanto antes"), ("pt_BR", "urgente"),
        ("de", "sofort"), ("de", "umgehend"), ("de", "unverzüglich"), ("de", "gleich"),
        ("de", "so schnell wie möglich"), ("de", "dringend"), ("de", "ohne Verzögerung"),
        ("ar", "في أقرب وقت ممكن"), ("ar", "في اقرب وقت"), ("ar", "بأسرع وقت ممكن"), ("ar", "العاجلة"),
        ("ar", "الفورية"), ("ar", "وبسرعة"), ("ar", "مباشرة"), ("ar", "مباشرةً"), ("ar", "وفورا"),
        ("pt_BR", "o mais breve possível"), ("de", "baldmöglichst"), ("de", "schnell"), ("de", "schnellstens"),
        ("es", "rápidamente"), ("es", "con rapidez"),
        ("zh_TW", "請即停藥"), ("zh_TW", "请即停药"), ("zh_TW", "當即就醫"), ("zh_TW", "即致電醫師"),
        ("zh_TW", "應即時就醫"),
        # "now", for "Call your doctor now"
        ("es", "ahora"), ("es", "ahora mismo"), ("ko_KR", "지금"), ("zh_TW", "現在"), ("ar", "الآن"), ("ar", "والآن"),
        ("fr", "maintenant"), ("pt_BR", "agora"), ("de", "jetzt"),
    ],
)  # fmt: skip
def test_every_listed_word_of_hurry_is_read(locale, text):
    assert language_for(locale).urgency_said(text)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("ko_KR", "응급실에 가세요."),
        ("ko_KR", "긴급 상황"),
        ("zh_TW", "緊急醫療狀況"),
        ("zh_TW", "撥打緊急電話"),
        ("es", "Acuda a urgencias."),
        ("es", "la sala de urgencia"),
        ("fr", "Allez aux urgences."),
        ("fr", "le service d'urgence"),
        ("fr", "en cas d'urgence"),
        ("ar", "الحالات"),  # "cases": حالا inside a word
        ("ar", "قسم الطوارئ"),
        ("pt_BR", "pronto-socorro"),
        ("de", "die gleiche Dosis"),
        ("de", "Notaufnahme"),
        ("ar", "تناوله مباشرة بعد الأكل"),  # immediately after a meal: a time
        ("ar", "مباشرة قبل النوم"),
        ("ar", "التأثير المباشر"),  # the direct effect
        ("pt_BR", "o mais breve período"),  # the shortest
        ("de", "schneller"),
        ("zh_TW", "即使停藥"),  # even if
        ("zh_TW", "服用後即可"),  # then may
        ("zh_TW", "症狀應即可改善"),
        ("zh_TW", "當即將用完藥物時"),  # when it is about to run out
        ("zh_TW", "亦即每日一次"),  # that is
        ("zh_TW", "即將到期"),  # about to
    ],
)
def test_a_word_of_emergency_or_a_word_holding_one_of_hurry_is_none(locale, text):
    assert language_for(locale).urgency_said(text) == []


CALL_NOW = "Call your doctor now."


@pytest.mark.parametrize(
    ("locale", "right", "wrong", "severity"),
    [
        ("es", "Llame a su médico ahora.", "Llame a su médico la próxima semana.", "error"),
        ("es", "Llame a su médico de inmediato.", "Llame a su médico.", "warning"),
        ("ko_KR", "지금 의사에게 전화하세요.", "다음 주에 의사에게 전화하세요.", "error"),
        ("zh_TW", "現在就打電話給您的醫師。", "下週打電話給您的醫師。", "error"),
        ("ar", "اتصل بطبيبك الآن.", "اتصل بطبيبك الأسبوع المقبل.", "error"),
        ("fr", "Appelez votre médecin maintenant.", "Appelez votre médecin la semaine prochaine.", "error"),
        ("pt_BR", "Ligue para o seu médico agora.", "Ligue para o seu médico na próxima semana.", "error"),
        ("de", "Rufen Sie jetzt Ihren Arzt an.", "Rufen Sie nächste Woche Ihren Arzt an.", "error"),
    ],
)
def test_now_after_an_instruction_to_act_is_a_hurry(catalogs, locale, right, wrong, severity):
    """ "Call your doctor now" as "next week" puts the call off, as "right away" as "next week" does."""
    finding = only(catalogs.findings(CALL_NOW, wrong, locale=locale), "urgency")
    assert finding.severity == severity
    assert "the source says 'call your doctor now'" in finding.message.lower()
    assert catalogs.findings(CALL_NOW, right, locale=locale, check="urgency") == []


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("You can now take the tablets with food.", "Puede tomar los comprimidos con alimentos."),
        ("From now on, call your doctor if you have a fever.", "Llame a su médico si tiene fiebre."),
        ("Stop taking it for now.", "Deje de tomarlo por el momento."),
    ],
)
def test_a_now_of_the_time_left_out_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="es", check="urgency") == []


# -- a hurry put off: the translation says to act later (an error) --

SWELLING = "Seek medical help immediately if your lips, face or tongue swell."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "put_off"),
    [
        ("ko_KR", SWELLING, "입술, 얼굴 또는 혀가 부으면 다음 진료 때 의사에게 말하세요.", "다음 진료"),
        ("ko_KR", CHEST_PAIN, "가슴 통증이 있으면 나중에 의사에게 전화하세요.", "나중에"),
        ("ko_KR", BREATHING, "숨쉬기가 힘들면 편할 때 의료진에게 알리세요.", "편할 때"),
        ("es", SWELLING, "Si se le hinchan los labios, la cara o la lengua, dígaselo a su médico en su próxima cita.",
         "próxima cita"),
        ("es", CHEST_PAIN, "Llame a su médico más tarde si tiene dolor en el pecho.", "más tarde"),
        ("fr", SWELLING, "Si vos lèvres, votre visage ou votre langue gonflent, parlez-en lors de votre prochaine "
         "visite.", "prochaine visite"),
        ("fr", BREATHING, "Prévenez votre équipe soignante dans les prochains jours si vous avez du mal à respirer.",
         "prochains jours"),
        ("de", SWELLING, "Wenn Lippen, Gesicht oder Zunge anschwellen, sprechen Sie beim nächsten Arzttermin "
         "darüber.", "nächsten Arzttermin"),
        ("de", CHEST_PAIN, "Rufen Sie später Ihren Arzt an, wenn Sie Schmerzen in der Brust haben.", "später"),
        ("pt_BR", SWELLING, "Se os lábios, o rosto ou a língua incharem, informe o médico na sua próxima consulta.",
         "próxima consulta"),
        ("pt_PT", EMERGENCY_ROOM, "Vá às urgências na próxima semana.", "próxima semana"),
        ("zh_TW", SWELLING, "如果嘴唇、臉部或舌頭腫脹，請在下次回診時告訴醫師。", "下次回診"),
        ("zh_TW", BREATHING, "如果呼吸困難，請稍後告訴醫療團隊。", "稍後"),
        ("ar", SWELLING, "إذا تورمت شفتاك أو وجهك أو لسانك، أخبر طبيبك في موعدك القادم.", "موعدك القادم"),
        ("ar", CHEST_PAIN, "اتصل بطبيبك لاحقًا إذا شعرت بألم في الصدر.", "لاحقًا"),
        ("ko_KR", EMERGENCY_ROOM, "다음 진료 때 응급실에 가세요.", "다음 진료"),
        # a call for emergency help, with no word of hurry, put off
        ("ko_KR", "In an emergency, call 911.", "응급 상황에서는 나중에 911에 전화하세요.", "나중에"),
        ("es", "If you have chest pain, call {emergency}.", "Si tiene dolor en el pecho, llame al {emergency} más tarde.",
         "más tarde"),
        ("zh_TW", "If you faint, go to the emergency room.", "如果昏倒，請在下週前往急診室。", "下週"),
        ("ar", "Call an ambulance if you faint.", "اتصل بالإسعاف في وقت لاحق إذا أغمي عليك.", "في وقت لاحق"),
    ],
)  # fmt: skip
def test_a_hurry_put_off_to_a_later_time_is_an_error(catalogs, locale, source, translation, put_off):
    finding = only(catalogs.findings(source, translation, locale=locale, check="urgency"))
    assert finding.severity == "error"
    assert f"but the translation puts it off ('{put_off.lower()}') and says nothing urgent" in finding.message


def test_the_put_off_message_names_the_hurry_and_the_later_time(catalogs):
    finding = only(
        catalogs.findings(SWELLING, "입술, 얼굴 또는 혀가 부으면 다음 진료 때 의사에게 말하세요.", check="urgency")
    )
    assert finding.message == (
        "the source says 'immediately' but the translation puts it off ('다음 진료') and says nothing urgent: a "
        "patient who reads it waits ('Seek medical help immediately if your lips, face or tongue…')"
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the hurry kept beside a later time: a dose remembered later is taken at once
        ("ko_KR", "If you miss a dose, take it as soon as possible.", "나중에 생각나면 가능한 한 빨리 복용하세요."),
        ("es", "If you miss a dose, take it as soon as possible.",
         "Si olvida una dosis y se acuerda más tarde, tómela lo antes posible."),
        ("zh_TW", SWELLING, "如果嘴唇、臉部或舌頭腫脹，請立即就醫，並在下次回診時告訴醫師。"),
        ("de", SWELLING, "Wenn Lippen, Gesicht oder Zunge anschwellen, holen Sie sofort ärztliche Hilfe."),
        # the source puts something off itself: the later time is its own
        ("ko_KR", "Call right away if you have a fever; tell your doctor at your next visit if you have a cough.",
         "열이 나면 다음 진료 때 말하고 기침이 있으면 의사에게 알리세요."),
        ("ko_KR", "Call your doctor right away if you get a fever within a few days.",
         "며칠 안에 열이 나면 의사에게 전화하세요."),
        # a later time that is no time to act: remembered, appearing, days later, no later than
        ("fr", "If you miss a dose, take it as soon as possible.",
         "Si vous oubliez une dose et que vous vous en souvenez plus tard, prenez-la."),
        ("pt_BR", "If you miss a dose, take it as soon as possible.", "Se esquecer uma dose e se lembrar mais tarde, tome-a."),
        ("ar", "If you miss a dose, take it as soon as possible.", "إذا نسيت جرعة وتذكرتها لاحقًا، فتناولها."),
        ("zh_TW", "If you miss a dose, take it as soon as possible.", "如果忘記服藥，稍後想起時請服用。"),
        ("ko_KR", "Tell your doctor right away about a rash.", "나중에 나타나는 발진도 의사에게 알리세요."),
        ("de", "Tell your doctor right away about a rash.", "Informieren Sie Ihren Arzt über einen Ausschlag, "
         "der zwei Tage später auftritt."),
    ],
)  # fmt: skip
def test_a_later_time_that_puts_no_hurry_off_is_no_error(catalogs, locale, source, translation):
    assert all(f.severity == "warning" for f in catalogs.findings(source, translation, locale=locale, check="urgency"))


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "In an emergency, call 911.", "응급 상황에서는 911에 전화하세요."),
        ("es", "Call an ambulance if you faint.", "Llame a una ambulancia si se desmaya."),
        ("fr", "If you faint, go to the emergency room.", "Si vous vous évanouissez, allez aux urgences."),
        ("zh_TW", "In an emergency, call {emergency}.", "緊急情況請撥打 {emergency}。"),
    ],
)
def test_a_call_for_emergency_help_asks_no_word_of_hurry(catalogs, locale, source, translation):
    """Only its putting off is read: "call 911" is urgent in itself, said with a hurry or without."""
    assert catalogs.findings(source, translation, locale=locale, check="urgency") == []


CALL_NOW = "Call your doctor now if the swelling spreads."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "soon"),
    [
        ("fr", "**In case of difficulty breathing, call 15 or 112 immediately.**",
         "**En cas de difficulté à respirer, appelez le 15 ou le 112 dès que possible.**", "dès que possible"),
        ("fr", EMERGENCY_ROOM, "Allez aux urgences le plus tôt possible.", "le plus tôt possible"),
        ("es", CHEST_PAIN, "Llame a su médico lo antes posible si tiene dolor en el pecho.", "lo antes posible"),
        ("es", STOP_NOW, "Detenga la infusión cuanto antes y llame a su enfermera.", "cuanto antes"),
        ("ko_KR", EMERGENCY_ROOM, "가능한 한 빨리 응급실에 가세요.", "가능한 한 빨리"),
        ("ko_KR", TELL_NURSE, "다음과 같은 증상이 있으면 되도록 빨리 간호사나 의사에게 알리세요:", "되도록 빨리"),
        ("zh_TW", STOP_NOW, "請盡快停止輸注並聯絡護理師。", "盡快"),
        ("zh_TW", BREATHING, "如果呼吸困難，請儘快告訴醫療團隊。", "儘快"),
        ("de", STOP_NOW, "Brechen Sie die Infusion so bald wie möglich ab und rufen Sie Ihre Pflegekraft.",
         "so bald wie möglich"),
        ("de", CALL_NOW, "Rufen Sie baldmöglichst Ihren Arzt an, wenn sich die Schwellung ausbreitet.", "baldmöglichst"),
        ("pt_BR", BREATHING, "Avise a sua equipe de saúde o mais rápido possível se tiver dificuldade para respirar.",
         "o mais rápido possível"),
        ("pt_PT", EMERGENCY_ROOM, "Vá às urgências assim que possível.", "assim que possível"),
        ("ar", EMERGENCY_ROOM, "اذهب إلى قسم الطوارئ في أقرب وقت ممكن.", "في أقرب وقت ممكن"),
        ("ar", TELL_NURSE, "أخبر الممرض أو الطبيب بأسرع وقت إذا ظهر لديك:", "بأسرع وقت"),
    ],
)  # fmt: skip
def test_a_hurry_said_as_soon_as_possible_is_an_error(catalogs, locale, source, translation, soon):
    finding = only(catalogs.findings(source, translation, locale=locale, check="urgency"))
    assert finding.severity == "error"
    assert f"but the translation says only '{soon}' (as soon as possible): a patient who reads it may wait" in (
        finding.message
    )


def test_the_as_soon_as_possible_message_names_both_words(catalogs):
    finding = only(catalogs.findings(STOP_NOW, "Arrêtez la perfusion dès que possible et appelez votre infirmière.",
                                     locale="fr", check="urgency"))  # fmt: skip
    assert finding.message == (
        "the source says 'immediately' (now) but the translation says only 'dès que possible' (as soon as "
        "possible): a patient who reads it may wait ('Stop the infusion immediately and call your nurse.')"
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the source itself says soon, or hurries with no word of now
        ("es", "If you miss a dose, take it as soon as possible.", "Si olvida una dosis, tómela lo antes posible."),
        ("ko_KR", "If you miss a dose, take it as soon as possible.", "복용을 잊은 경우 가능한 한 빨리 복용하세요."),
        ("zh_TW", "Seek medical help urgently if you faint.", "如果昏倒，請盡快就醫。"),
        ("de", "Contact your doctor without delay.", "Wenden Sie sich schnellstmöglich an Ihren Arzt."),
        # a word of now beside the soon one
        ("fr", EMERGENCY_ROOM, "Allez immédiatement aux urgences, dès que possible."),
        ("ko_KR", EMERGENCY_ROOM, "최대한 빨리, 즉시 응급실에 가세요."),
        ("pt_BR", STOP_NOW, "Interrompa imediatamente a infusão e ligue o mais rápido possível para a enfermeira."),
        # "immediately after a meal" says when, no hurry
        ("fr", "Take the tablet immediately after a meal.", "Prenez le comprimé dès que possible après un repas."),
        # a hurry said with a word of now passes, however said
        ("zh_TW", STOP_NOW, "請立即停止輸注並聯絡護理師。"),
        ("ar", EMERGENCY_ROOM, "توجّه فورًا إلى قسم الطوارئ."),
        ("de", CALL_NOW, "Rufen Sie sofort Ihren Arzt an, wenn sich die Schwellung ausbreitet."),
        ("es", CALL_NOW, "Llame ahora mismo a su médico si la hinchazón se extiende."),
    ],
)  # fmt: skip
def test_soon_for_soon_or_now_beside_soon_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="urgency") == []
