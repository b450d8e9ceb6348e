"""[comparison]: a comparison or a time the source says one way is not said the other way.

The translations are the shipped catalogs' (locales/*/LC_MESSAGES/), turned around
by hand where a test needs a reversal, or a translator's rephrasing of them.
"""

from __future__ import annotations

import pytest

from pipeline.languages import language_for
from pipeline.languages.language import BEFORE_AFTER, STOP_CONTINUE
from tests.checks.helpers import only

MORE_LIKELY = (
    "Blood clots and kidney problems are more likely in people who are older than 65 or who have had a blood clot "
    "before."
)
HIGHER_RISK = "Am I at higher risk of blood clots or kidney problems?"
LOWERS = "It lowers inflammation (redness, swelling, and damage caused by the immune system)."
BEFORE_TREATMENT = "Tell your care team before treatment if any of these apply to you."
AFTER_EACH = "Your care team will check on you during and after each infusion."
RAISE_THE_DOSE = "Raise the dose step by step."
LOWER_THE_DOSE = "Lower the dose step by step."


@pytest.mark.parametrize(
    "locale, source, turned, said",
    [
        # more likely as less likely
        (
            "ko_KR",
            MORE_LIKELY,
            "혈전과 신장 문제는 65세가 넘은 사람이나 전에 혈전이 생긴 적이 있는 사람에게 덜 생깁니다.",
            "'덜'",
        ),
        (
            "es",
            MORE_LIKELY,
            "Los coágulos de sangre y los problemas de los riñones son menos probables en las personas de más de 65 "
            "años o que ya han tenido un coágulo de sangre.",
            "'menos'",
        ),
        ("zh_TW", MORE_LIKELY, "年齡超過 65 歲或以前得過血栓的人，比較少發生血栓和腎臟問題。", "'較少'"),
        (
            "ar",
            MORE_LIKELY,
            "تقل احتمالية الإصابة بالجلطات الدموية ومشاكل الكلى لدى من تجاوزت أعمارهم 65 عاما، ومن أصيبوا بجلطة دموية "
            "من قبل.",
            "'تقل'",
        ),
        # higher risk as lower risk
        ("ko_KR", HIGHER_RISK, "저는 혈전이나 신장 문제가 생길 위험이 더 낮은가요?", "'더 낮'"),
        ("es", HIGHER_RISK, "¿Tengo un riesgo menor de coágulos de sangre o de problemas de los riñones?", "'menor'"),
        ("zh_TW", HIGHER_RISK, "我發生血栓或腎臟問題的風險是否比較低？", "'較低'"),
        ("ar", HIGHER_RISK, "هل أنا أقل عرضة للإصابة بالجلطات الدموية أو مشاكل الكلى؟", "'أقل'"),
        # lowers as raises
        ("ko_KR", LOWERS, "염증(면역계 때문에 생기는 붉어짐, 부기, 손상)을 늘립니다.", "'늘립'"),
        (
            "es",
            LOWERS,
            "Aumenta la inflamación (el enrojecimiento, la hinchazón y el daño que causa el sistema inmunitario).",
            "'aumenta'",
        ),
        ("zh_TW", LOWERS, "增加發炎（由免疫系統造成的發紅、腫脹和損傷）。", "'增'"),
        ("ar", LOWERS, "يزيد الالتهاب (الاحمرار والتورم والتلف الذي يسببه الجهاز المناعي).", "'يزيد'"),
        # after as before
        ("ko_KR", AFTER_EACH, "의료진은 매번 주입하는 동안과 주입하기 전에 환자분의 상태를 살핍니다.", "'전에'"),
        ("es", AFTER_EACH, "Su equipo médico revisará cómo está usted durante cada infusión y antes.", "'antes'"),
        ("zh_TW", AFTER_EACH, "每次輸注期間和之前，醫療團隊都會留意您的狀況。", "'前'"),
        ("ar", AFTER_EACH, "سيتابع فريقك الطبي حالتك أثناء كل تسريب وقبله.", "'وقبله'"),
        # a dose raised as lowered, and lowered as raised, in the imperative
        ("es", RAISE_THE_DOSE, "Reduzca la dosis poco a poco.", "'reduzca'"),
        ("zh_TW", RAISE_THE_DOSE, "逐步調低劑量。", "'調低'"),
        ("ar", RAISE_THE_DOSE, "قلل الجرعة تدريجيا.", "'قلل'"),
        ("ar", RAISE_THE_DOSE, "خفف الجرعة تدريجيا.", "'خفف'"),
        ("zh_TW", LOWER_THE_DOSE, "逐步調高劑量。", "'調高'"),
        ("zh_TW", LOWER_THE_DOSE, "逐步加量。", "'加量'"),
        ("ar", LOWER_THE_DOSE, "زد الجرعة تدريجيا.", "'زد'"),
    ],
)
def test_a_direction_turned_around_is_a_warning(catalogs, locale, source, turned, said):
    finding = only(catalogs.findings(source, turned, locale=locale), "comparison")
    assert finding.severity == "warning"
    assert f"but the translation says only {said}" in finding.message


def test_the_message_names_the_source_words_and_the_kind_of_comparison(catalogs):
    finding = only(
        catalogs.findings(HIGHER_RISK, "저는 혈전이나 신장 문제가 생길 위험이 더 낮은가요?", check="comparison")
    )
    assert finding.message == (
        "the source says 'higher' (more/less) but the translation says only '더 낮': check that it does not say the "
        "opposite ('Am I at higher risk of blood clots or kidney problems?')"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the shipped translations
        (
            "ko_KR",
            MORE_LIKELY,
            "혈전과 신장 문제는 65세가 넘은 사람이나 전에 혈전이 생긴 적이 있는 사람에게 더 잘 생깁니다.",
        ),
        ("ko_KR", HIGHER_RISK, "저는 혈전이나 신장 문제가 생길 위험이 더 큰가요?"),
        ("ko_KR", LOWERS, "염증(면역계 때문에 생기는 붉어짐, 부기, 손상)을 줄입니다."),
        ("ko_KR", "Much less urine than usual, or dark urine", "소변량이 평소보다 크게 줄거나 소변 색이 진해짐"),
        (
            "ko_KR",
            "Less often, a total of up to 2 g/kg is given as a single dose instead.",
            "드물게는 대신 모두 합해 최대 2 g/kg을 한 번에 주입하기도 합니다.",
        ),
        ("ko_KR", AFTER_EACH, "의료진은 매번 주입하는 동안과 주입한 뒤에 환자분의 상태를 살핍니다."),
        (
            "es",
            MORE_LIKELY,
            "Los coágulos de sangre y los problemas de los riñones son más probables en las personas de "
            "más de 65 años o que ya han tenido un coágulo de sangre.",
        ),
        (
            "es",
            "These problems can also start in the days after an infusion, when you may be at home.",
            "Estos problemas también pueden empezar en los días siguientes a una infusión, cuando tal vez ya esté en casa.",
        ),
        ("zh_TW", MORE_LIKELY, "年齡超過 65 歲或以前得過血栓的人，比較容易發生血栓和腎臟問題。"),
        ("zh_TW", "Much less urine than usual, or dark urine", "尿量比平常少很多，或尿液顏色很深"),
        (
            "ar",
            MORE_LIKELY,
            "تزيد احتمالية الإصابة بالجلطات الدموية ومشاكل الكلى لدى من تزيد أعمارهم على 65 عاما، ومن "
            "أصيبوا بجلطة دموية من قبل.",
        ),
        (
            "ar",
            "These problems can also start in the days after an infusion, when you may be at home.",
            "وقد تبدأ هذه المشاكل أيضا في الأيام التي تلي التسريب، وقد تكون حينها في المنزل.",
        ),
        (
            "ar",
            'It blocks Fc receptors, "on switches" that call more immune cells to the skin.',
            "يسد مستقبلات Fc، وهي «مفاتيح تشغيل» تستدعي مزيدا من الخلايا المناعية إلى الجلد.",
        ),
        # "less likely" as "not as likely", "more" as "not less": a negation on one side only
        (
            "ko_KR",
            "Side effects are less likely when it is given slowly.",
            "천천히 주입하면 부작용이 잘 생기지 않습니다.",
        ),
        (
            "es",
            "Side effects are less likely when it is given slowly.",
            "Los efectos secundarios no son tan probables si se administra despacio.",
        ),
        ("zh_TW", "Side effects are less likely when it is given slowly.", "慢慢輸注時，比較不容易出現副作用。"),
        ("ar", "Side effects are less likely when it is given slowly.", "لا تكثر الآثار الجانبية عند إعطائه ببطء."),
        # "do not take it before meals" as "take it only after meals"
        ("ko_KR", "Do not take it before meals.", "식사를 마친 후에 드세요."),
        ("es", "Do not take it before meals.", "Tómelo solo después de comer."),
        ("zh_TW", "Do not take it before meals.", "請在飯後服用。"),
        ("ar", "Do not take it before meals.", "تناوله بعد الأكل فقط."),
        # the same way, in other words
        ("ko_KR", "Your risk is higher if you have diabetes.", "당뇨병이 있으면 위험이 높아집니다."),
        ("ko_KR", "Your risk is higher if you have diabetes.", "당뇨병이 있으면 위험이 커집니다."),
        ("es", "Your risk is higher if you have diabetes.", "Si tiene diabetes, el riesgo aumenta."),
        ("zh_TW", "Your risk is higher if you have diabetes.", "如果您有糖尿病，風險會增加。"),
        ("ar", "Your risk is higher if you have diabetes.", "يرتفع خطر الإصابة إذا كنت مصابا بالسكري."),
        ("ko_KR", "Before you start IVIG, tell your doctor.", "IVIG를 시작하기 전에 의사에게 알리세요."),
        ("ko_KR", "Before you start IVIG, tell your doctor.", "먼저 의사에게 알리고 IVIG를 시작하세요."),
        ("zh_TW", "Before you start IVIG, tell your doctor.", "開始使用 IVIG 前，請先告訴醫師。"),
        ("ar", "Before you start IVIG, tell your doctor.", "أخبر طبيبك مسبقا قبل أن تبدأ IVIG."),
        ("es", "Take it before meals.", "Tómelo con el estómago vacío, antes de comer."),
        # no word of either way: nothing to compare
        ("ko_KR", "Tell your nurse after the infusion.", "주입이 끝나면 간호사에게 알리세요."),
        ("es", "It lowers the fever.", "Ayuda a bajar la fiebre."),
        # the source's way kept, beside words of the other way the translator adds
        (
            "ko_KR",
            "His platelets went back up after treatment ended.",
            "치료가 끝난 뒤 줄었던 혈소판 수가 다시 늘었습니다.",
        ),
        (
            "es",
            "His platelets went back up after treatment ended.",
            "Las plaquetas, que habían bajado, volvieron a subir tras el tratamiento.",
        ),
        # said both ways in the source
        (
            "ko_KR",
            "The more fluid you drink, the less likely kidney problems are.",
            "물을 많이 마실수록 신장 문제가 덜 생깁니다.",
        ),
        (
            "ko_KR",
            "His platelets dropped, but they went back up after treatment ended.",
            "혈소판 수가 줄었지만, 치료가 끝난 뒤에는 다시 늘어났습니다.",
        ),
        # a direction word that says none: at least, as soon as possible, the commonest
        ("es", "Take it 2 hours before meals.", "Tómelo al menos 2 horas antes de comer."),
        (
            "es",
            "It should be started as early as possible, before the skin gets worse.",
            "Se debe empezar lo antes posible, antes de que la piel empeore.",
        ),
        ("ar", "Take it at least 2 hours after meals.", "تناوله بعد الأكل بساعتين على الأقل."),
        (
            "ko_KR",
            "Tell your doctor before you start, at least a week ahead.",
            "시작하기 전에, 적어도 일주일 전에 의사에게 알리세요.",
        ),
        # 전 (whole) before a noun is no "before"
        (
            "ko_KR",
            "After 1990, doctors studied it around the world.",
            "1990년 이후 전 세계 의사들이 이를 연구했습니다.",
        ),
        ("ko_KR", "After 1990, doctors studied it around the world.", "1990년부터 전 세계 의사들이 이를 연구했습니다."),
        # the dose raised or lowered in the imperative, as said
        ("es", LOWER_THE_DOSE, "Reduzca la dosis poco a poco."),
        ("zh_TW", RAISE_THE_DOSE, "逐步調高劑量。"),
        ("zh_TW", RAISE_THE_DOSE, "逐步加量。"),
        ("zh_TW", LOWER_THE_DOSE, "逐步調低劑量。"),
        ("ar", RAISE_THE_DOSE, "زد الجرعة تدريجيا."),
        ("ar", LOWER_THE_DOSE, "قلل الجرعة تدريجيا."),
        ("ar", LOWER_THE_DOSE, "خفف الجرعة تدريجيا."),
    ],
)
def test_faithful_translations_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # a limit next to a number, which [limits] judges
        ("es", "Take no more than 2 g a day.", "Tome 2 g al día o menos."),
        ("es", "Less than 10% of the skin", "Piel: no más del 10%"),
        ("ar", "More than 30% of the skin", "أكثر من 30% من الجلد"),
        # a direction word in a phrase that says none: at least, the commonest
        ("es", "Higher doses need at least 8 hours.", "Las dosis altas necesitan al menos 8 horas."),
        ("ar", "Higher doses need at least 8 hours.", "تحتاج الجرعات العالية إلى 8 ساعات على الأقل."),
    ],
)
def test_a_limit_or_an_idiom_is_no_direction(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


def test_sentences_are_compared_one_by_one_when_their_number_matches(catalogs):
    source = "Take it before meals. Risks are higher at home."
    # each way in the other sentence: two reversals
    assert len(catalogs.findings(source, "식사 후에 드세요. 집에서는 위험이 더 낮습니다.", check="comparison")) == 2
    assert catalogs.findings(source, "식사 전에 드세요. 집에서는 위험이 더 높습니다.", check="comparison") == []


STOP_FIRST = (
    "**The most important first step is to stop the medicine that caused TEN.** Doctors stop every medicine "
    "that might be the cause as soon as they suspect TEN."
)
KEEP_TAKING = "Keep taking it until your doctor tells you."


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        # The shipped translations, with "stop" made "keep on" by hand.
        (
            "ko_KR",
            STOP_FIRST,
            "**가장 중요한 첫 단계는 TEN을 일으킨 약을 계속 드시는 것입니다.** 의사는 TEN이 의심되면 바로, "
            "원인일 수 있는 약을 모두 계속 줍니다.",
            "'계속', '계속'",
        ),
        (
            "es",
            STOP_FIRST,
            "**El primer paso, y el más importante, es seguir con el medicamento que causó la TEN.** En cuanto "
            "sospechan que hay TEN, los médicos continúan todos los medicamentos que podrían ser la causa.",
            "'seguir con', 'continúan'",
        ),
        # ... and "keep on" made "stop".
        ("ko_KR", KEEP_TAKING, "의사가 말할 때까지 복용을 중단하세요.", "'중단'"),
        ("es", KEEP_TAKING, "Deje de tomarlo hasta que su médico le diga.", "'deje de'"),
    ],
)
def test_stop_said_as_keep_on_and_the_reverse_is_a_warning(catalogs, locale, source, translation, said):
    findings = catalogs.findings(source, translation, locale=locale, check="comparison")
    # One a sentence: the shipped passage says "stop" in both of its sentences.
    assert len(findings) == len(said.split(", ")) and {f.severity for f in findings} == {"warning"}
    assert all("(stop/keep on) but the translation says only" in f.message for f in findings)
    assert sorted(f.message.split("says only ")[1].split(":")[0] for f in findings) == sorted(said.split(", "))


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", "Stop taking it if the rash keeps spreading.", "발진이 계속 퍼지면 복용을 중단하세요."),
        ("ko_KR", KEEP_TAKING, "의사가 말할 때까지 계속 드세요."),
        ("es", "Stop the medicine and call your doctor.", "Suspenda el medicamento y llame a su médico."),
        (
            "es",
            "Stop the medicine only if your doctor tells you to.",
            "Deje el medicamento solo si se lo indica su médico.",
        ),
        ("es", "Stop the treatment and call your doctor.", "Deje el tratamiento y llame a su médico."),
        ("es", "Press firmly to stop the bleeding.", "Presione con firmeza para detener el sangrado."),
        ("es", "Stop the infusion. The list of signs follows.", "Detenga la infusión. A continuación, los signos."),
        ("zh_TW", "Stop the medicine and call your doctor.", "請停藥並打電話給醫師。"),
        ("ar", KEEP_TAKING, "استمر في تناوله حتى يخبرك طبيبك."),
        # A "not" on one side only is a rephrasing [negation] reads: not judged here.
        ("ko_KR", "Do not stop taking it.", "계속 드세요."),
    ],
)
def test_stop_and_keep_on_said_the_same_way_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


WITHOUT_TALKING = "Do not stop taking it without talking to your doctor."


@pytest.mark.parametrize(
    "locale, translation, said",
    [
        # "Do not stop ... without talking" said as "stop ... without talking": a "without" on both
        # sides, so [negation] finds a "not" said; only reading "do not stop" as "keep on" finds it.
        ("es", "Deje de tomarlo sin hablar con su médico.", "'deje de'"),
        ("ko_KR", "의사와 상의하지 않고 약을 끊으세요.", "'끊'"),
        ("zh_TW", "未經醫師同意停藥。", "'停藥'"),
        ("ar", "توقف عن تناوله دون التحدث مع طبيبك.", "'توقف'"),
        ("fr", "Arrêtez de le prendre sans en parler à votre médecin.", "'arrêtez'"),
        ("pt_BR", "Pare de tomá-lo sem falar com seu médico.", "'pare'"),
    ],
)
def test_not_stopping_said_as_stopping_is_a_warning(catalogs, locale, translation, said):
    findings = catalogs.findings(WITHOUT_TALKING, translation, locale=locale, check="comparison")
    assert [(f.severity, f.message.split("says only ")[1].split(":")[0]) for f in findings] == [("warning", said)]
    assert findings[0].message.startswith("the source says 'do not stop' (stop/keep on)")
    assert findings[0].message.endswith(f"({WITHOUT_TALKING!r})")


def test_stopping_said_as_not_stopping_is_a_warning(catalogs):
    # "Stop taking it if you get a rash" as "even if you get a rash, do not stop"
    findings = catalogs.findings(
        "Stop taking it if you get a rash.", "발진이 생겨도 약을 끊지 마세요.", check="comparison"
    )
    assert [f.severity for f in findings] == ["warning"] and "'끊지 마세요'" in findings[0].message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", WITHOUT_TALKING, "No deje de tomarlo sin hablar con su médico."),
        ("es", WITHOUT_TALKING, "No debe dejar de tomarlo sin hablar con su médico."),
        ("es", WITHOUT_TALKING, "No debería suspenderlo sin hablar con su médico."),
        ("ko_KR", WITHOUT_TALKING, "의사와 상의 없이 약을 끊지 마세요."),
        ("ko_KR", WITHOUT_TALKING, "의사와 상의하지 않고 약을 중단하면 안 됩니다."),
        ("ko_KR", WITHOUT_TALKING, "의사와 상의하지 않고 약을 중단해서는 안 됩니다."),
        ("ko_KR", WITHOUT_TALKING, "의사와 이야기하지 않은 채로 약을 그만 먹지 마세요."),
        ("zh_TW", WITHOUT_TALKING, "未經醫師同意，請勿停藥。"),
        ("zh_TW", WITHOUT_TALKING, "未經醫師同意，不可自行停藥。"),
        ("ar", WITHOUT_TALKING, "لا تتوقف عن تناوله دون التحدث مع طبيبك."),
        ("ar", WITHOUT_TALKING, "يجب ألا تتوقف عن تناوله دون التحدث مع طبيبك."),
        ("fr", WITHOUT_TALKING, "Vous ne devez pas arrêter de le prendre sans en parler à votre médecin."),
        ("pt_BR", WITHOUT_TALKING, "Não deve parar de tomá-lo sem falar com seu médico."),
        # a "not" of stopping is kept on, whatever the source's words
        ("ko_KR", KEEP_TAKING, "의사가 말할 때까지 끊지 마세요."),
        ("es", KEEP_TAKING, "No deje de tomarlo hasta que su médico le diga."),
        # "if it does not stop" is read alike on both sides
        ("ko_KR", "If the bleeding does not stop, call 119.", "피가 멈추지 않으면 119에 전화하세요."),
        ("es", "If the bleeding does not stop, call 119.", "Si el sangrado no se detiene, llame al 119."),
        # "must stop" said with two negations is stopping, not keeping on
        ("ko_KR", "You must stop taking it.", "복용을 중단하지 않으면 안 됩니다."),
        ("es", "Don't stop taking it, and don't drink alcohol.", "No se detenga el tratamiento y no beba alcohol."),
    ],
)
def test_not_stopping_said_as_not_stopping_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


RASH_STOP = "If you get a rash, stop taking the medicine and call your doctor."


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        (
            "ko_KR",
            "If your urine is dark, stop the medicine and call your doctor.",
            "소변 색이 진하면 약을 계속 복용하면서 의사에게 연락하세요.",
            "'계속'",
        ),
        ("ko_KR", RASH_STOP, "발진이 생기면 복용을 계속하고 의사에게 연락하세요.", "'계속'"),
        ("zh_TW", RASH_STOP, "如果出現皮疹，請繼續服藥並聯絡醫師。", "'繼續'"),
        ("zh_TW", "Stop the medicine and call your doctor.", "請繼續服藥並打電話給醫師。", "'繼續'"),
        ("es", RASH_STOP, "Si aparece una erupción, continúe con el tratamiento y llame a su médico.", "'continúe'"),
        ("es", "Stop taking it.", "Siga tomándolo.", "'siga tomándolo'"),
        ("es", "Stop using it if your skin gets red.", "Siga usándolo si su piel se enrojece.", "'siga usándolo'"),
        ("es", "Avoid sunlight and stop taking it.", "Protéjase del sol y continúe tomándolo.", "'continúe'"),
        (
            "fr",
            RASH_STOP,
            "En cas d'éruption, continuez à prendre le médicament et appelez votre médecin.",
            "'continuez'",
        ),
        (
            "fr",
            "Avoid sunlight and stop taking it.",
            "Protégez-vous du soleil et continuez à le prendre.",
            "'continuez'",
        ),
        (
            "de",
            RASH_STOP,
            "Wenn Sie einen Ausschlag bekommen, setzen Sie die Behandlung fort und rufen Sie Ihren Arzt an.",
            "'setzen sie die behandlung fort'",
        ),
        (
            "de",
            "Stop taking it and talk to your doctor.",
            "Nehmen Sie es weiter ein und sprechen Sie mit Ihrem Arzt.",
            "'nehmen sie es weiter ein'",
        ),
        (
            "pt_BR",
            RASH_STOP,
            "Se tiver uma erupção, continue a tomar o medicamento e contacte o seu médico.",
            "'continue'",
        ),
        ("ar", RASH_STOP, "إذا ظهر طفح جلدي، استمر في تناول الدواء واتصل بطبيبك.", "'استمر'"),
        ("ar", "Stop taking the medicine and call your doctor.", "داوم على تناول الدواء واتصل بطبيبك.", "'داوم'"),
    ],
)
def test_an_order_to_stop_said_as_keep_taking_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale, check="comparison"))
    assert finding.severity == "error"
    assert f"an order to stop, but the translation says only {said}" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # keep on said of no taking: a condition (if it goes on), the stopping left out
        (
            "ko_KR",
            "Stop using the cream and call your doctor if the rash gets worse.",
            "발진이 계속되면 의사에게 연락하세요.",
        ),
        (
            "es",
            "Stop using the cream and call your doctor if the rash gets worse.",
            "Si la erupción continúa, llame a su médico.",
        ),
        ("ar", "Stop using the cream and call your doctor if the rash gets worse.", "إذا استمر الطفح، اتصل بطبيبك."),
        # keep taking with a "not" the source lacks: "do not keep taking it" may be its stop
        (
            "ko_KR",
            "If you get a rash, stop taking the medicine and do not drive.",
            "발진이 생기면 약을 계속 복용하지 말고 운전하지 마세요.",
        ),
        # no order to stop: "the first step is to stop the medicine"
        (
            "ko_KR",
            STOP_FIRST,
            "**가장 중요한 첫 단계는 TEN을 일으킨 약을 계속 드시는 것입니다.** 의사는 TEN이 의심되면 바로, "
            "원인일 수 있는 약을 모두 계속 줍니다.",
        ),
    ],
)
def test_keep_on_said_of_no_taking_or_with_a_not_stays_a_warning(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale, check="comparison")
    assert findings and {finding.severity for finding in findings} == {"warning"}


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "발진이 생기면 약을 계속 복용하지 마시고 의사에게 연락하세요."),
        ("ko_KR", "발진이 계속되면 약 복용을 중단하고 의사에게 연락하세요."),
        ("zh_TW", "如果出現皮疹，請勿繼續服藥並聯絡醫師。"),
        ("es", "Si la erupción continúa, deje de tomar el medicamento y llame a su médico."),
        ("fr", "En cas d'éruption, ne continuez pas à prendre le médicament et appelez votre médecin."),
        (
            "de",
            "Wenn Sie einen Ausschlag bekommen, nehmen Sie das Arzneimittel nicht weiter ein und rufen Sie Ihren Arzt an.",
        ),
        ("pt_BR", "Se tiver uma erupção, pare de tomar o medicamento e contacte o seu médico."),
        ("ar", "إذا ظهر طفح جلدي، توقف عن تناول الدواء واتصل بطبيبك."),
    ],
)
def test_an_order_to_stop_said_as_stop_or_as_not_keeping_on_passes(catalogs, locale, translation):
    assert catalogs.findings(RASH_STOP, translation, locale=locale, check="comparison") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # detenidamente (carefully), the dose form suspensión / suspensão, تتوقف … على (depends on)
        (
            "es",
            "Continue taking it and read the leaflet carefully.",
            "Siga tomándolo y lea detenidamente el prospecto.",
        ),
        ("es", "Keep giving the oral suspension.", "Siga administrando la suspensión oral."),
        # "deje el medicamento" where it is left, no stopping
        (
            "es",
            "Keep taking it. Store it out of the reach of children.",
            "Siga tomándolo. No deje el medicamento al alcance de los niños.",
        ),
        (
            "es",
            "Keep taking the tablets; leave them in the box.",
            "Siga tomando los comprimidos; deje los comprimidos en la caja.",
        ),
        ("es", "Keep giving it until the bottle is empty.", "Siga dándoselo hasta que se acabe el frasco."),
        (
            "pt_BR",
            "Keep giving the oral suspension until the course is finished.",
            "Dê a suspensão oral até o fim do tratamento.",
        ),
        ("ar", "How long you continue treatment depends on how you respond.", "تتوقف مدة العلاج على استجابتك."),
    ],
)
def test_words_that_only_look_like_stopping_are_no_direction(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


@pytest.mark.parametrize(
    "locale, translation",
    [("ko_KR", "체중이 5% 이상 줄면 의사에게 알리세요."), ("zh_TW", "如果體重減輕5%或以上，請告訴醫師。")],
)
def test_a_limit_after_a_number_is_no_direction(catalogs, locale, translation):
    """The "more" of "5% or more" is a limit [limits] judges; the "lose" it limits is said 줄면, 減輕."""
    source = "Tell your doctor if you lose 5% or more of your weight."
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []
    # a direction beside it is still read
    turned = "2정 이상 드시면 위험이 더 낮아집니다."
    assert only(catalogs.findings("Take 2 tablets or more and your risk is higher.", turned, check="comparison"))


@pytest.mark.parametrize(
    "locale, translation",
    [
        # the "not" of stopping further off than negated_stop reads: before the verb, or after it in Korean
        ("zh_TW", "請勿在未諮詢醫師的情況下自行停止服藥。"),
        ("zh_TW", "不建議未經醫師同意停藥。"),
        ("ar", "يجب عدم التوقف عن تناوله دون استشارة طبيبك."),
        ("ar", "لا تقم بإيقاف الدواء دون استشارة طبيبك."),
        ("es", "No se recomienda dejar de tomarlo sin hablar con su médico."),
        ("pt_BR", "Não é recomendado parar de tomá-lo sem falar com seu médico."),
        ("ko_KR", "의사와 상의 없이 중단하는 것은 권장되지 않습니다."),
        ("ko_KR", "의사와 상의하지 않고 약을 그만 드시면 안 됩니다."),
    ],
)
def test_not_stopping_said_with_its_negation_further_off_passes(catalogs, locale, translation):
    assert catalogs.findings(WITHOUT_TALKING, translation, locale=locale, check="comparison") == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        # a "without" denies no stopping: these say "stop"
        ("ko_KR", "의사와 상의 없이 복용을 중단하세요."),
        ("zh_TW", "未與醫師討論就停藥。"),
        # تتوقف عن … على الفور: stop, immediately (not تتوقف … على, depends on)
        ("ar", "يجب أن تتوقف عن تناوله على الفور دون استشارة طبيبك."),
    ],
)
def test_stopping_beside_a_without_is_still_a_reversal(catalogs, locale, translation):
    assert (
        only(catalogs.findings(WITHOUT_TALKING, translation, locale=locale, check="comparison")).severity == "warning"
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        # 未 with another verb is a "without" too; the 마세요 of a later verb denies no stopping
        ("zh_TW", "請在未諮詢醫師的情況下停止服藥。"),
        ("ko_KR", "복용을 중단하고 의사에게 알리지 마세요."),
    ],
)
def test_a_not_of_another_clause_or_a_without_leaves_the_stopping_a_reversal(catalogs, locale, translation):
    assert (
        only(catalogs.findings(WITHOUT_TALKING, translation, locale=locale, check="comparison")).severity == "warning"
    )


NOT_BETTER = "If you do not get better, do not stop taking it without talking to your doctor."


@pytest.mark.parametrize(
    "locale, translation",
    [
        # the condition's "not" (its verb's: mejora, allez, 好轉, تتحسن) with no comma before the
        # stopping denies no stopping: these say "stop"
        ("es", "Si no mejora deje de tomarlo sin hablar con su médico."),
        ("fr", "Si vous n'allez pas mieux arrêtez de le prendre sans parler à votre médecin."),
        ("pt_BR", "Se não melhorar pare de tomá-lo sem falar com o seu médico."),
        ("zh_TW", "如果不見好轉就停藥。"),
        ("ar", "إذا لم تتحسن توقف عن تناوله دون التحدث إلى طبيبك."),
        ("ko_KR", "만약 좋아지지 않으면 복용을 중단하세요."),
        ("de", "Wenn es Ihnen nicht besser geht hören Sie mit der Einnahme auf, ohne mit Ihrem Arzt zu sprechen."),
    ],
)
def test_a_conditions_own_not_leaves_the_stopping_after_it_a_reversal(catalogs, locale, translation):
    finding = only(catalogs.findings(NOT_BETTER, translation, locale=locale, check="comparison"))
    assert finding.severity == "warning" and finding.message.startswith("the source says 'do not stop'")


@pytest.mark.parametrize(
    "locale, translation",
    [
        # the condition closed by its comma, or after the "not" of stopping: keep on
        ("es", "Si no mejora, no deje de tomarlo sin hablar con su médico."),
        ("es", "No deje de tomarlo sin hablar con su médico si no mejora."),
        ("fr", "Si vous n'allez pas mieux, n'arrêtez pas de le prendre sans parler à votre médecin."),
        ("pt_BR", "Se não melhorar, não pare de tomá-lo sem falar com o seu médico."),
        ("zh_TW", "如果不見好轉，請勿在未諮詢醫師的情況下停藥。"),
        ("ar", "إذا لم تتحسن، لا تتوقف عن تناوله دون التحدث إلى طبيبك."),
        ("de", "Wenn es Ihnen nicht besser geht, setzen Sie es nicht ohne Rücksprache mit Ihrem Arzt ab."),
    ],
)
def test_a_condition_before_its_comma_leaves_the_not_of_stopping_kept_on(catalogs, locale, translation):
    assert catalogs.findings(NOT_BETTER, translation, locale=locale, check="comparison") == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        # forbidden, advised against, avoid: "do not stop" said without a "not"
        ("ar", "يُمنع التوقف عن تناوله دون استشارة الطبيب."),
        ("fr", "Il est déconseillé d'arrêter de le prendre sans parler à votre médecin."),
        ("fr", "Il ne faut pas arrêter de le prendre sans parler à votre médecin."),
        ("fr", "Évitez d'arrêter de le prendre sans parler à votre médecin."),
        ("es", "Está prohibido dejar de tomarlo sin hablar con su médico."),
        ("es", "Evite dejar de tomarlo sin hablar con su médico."),
        ("pt_BR", "É proibido parar de tomá-lo sem falar com seu médico."),
        ("ko_KR", "의사와 상의 없이 복용 중단을 금합니다."),
        ("zh_TW", "未諮詢醫師前切勿停藥。"),
        ("zh_TW", "未諮詢醫師前不可停藥。"),
        ("zh_TW", "未諮詢醫師前禁止停藥。"),
    ],
)
def test_a_prohibition_of_stopping_is_keeping_on(catalogs, locale, translation):
    assert catalogs.findings(WITHOUT_TALKING, translation, locale=locale, check="comparison") == []


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        # advised to stop is stopping
        ("fr", WITHOUT_TALKING, "Il est conseillé d'arrêter de le prendre sans parler à votre médecin.", "'arrêter'"),
        # a prohibition of stopping for "stop": keep on, the opposite
        ("ar", "Stop taking it and talk to your doctor.", "يُمنع التوقف عن تناوله وتحدث إلى الطبيب.", "'يُمنع التوقف'"),
        (
            "fr",
            "Stop taking it and talk to your doctor.",
            "Il est déconseillé d'arrêter de le prendre et parlez à votre médecin.",
            "'déconseillé d'arrêter'",
        ),
        (
            "es",
            "Stop taking it and talk to your doctor.",
            "Evite dejar de tomarlo y hable con su médico.",
            "'evite dejar de'",
        ),
        ("ko_KR", "Stop taking it and talk to your doctor.", "복용 중단을 금하고 의사와 상의하세요.", "'중단을 금하'"),
        ("zh_TW", "Stop taking it and talk to your doctor.", "禁止停藥，並諮詢醫師。", "'禁止停藥'"),
    ],
)
def test_stopping_advised_or_a_prohibition_of_stopping_for_stop_is_a_warning(
    catalogs, locale, source, translation, said
):
    finding = only(catalogs.findings(source, translation, locale=locale, check="comparison"))
    assert finding.severity == "warning" and finding.message.split("says only ")[1].split(":")[0] == said


def test_a_prohibition_of_another_verb_forbids_no_stopping(catalogs):
    # avoid the sun, and stop taking it
    translation = "Evite el sol y deje de tomarlo y hable con su médico."
    assert catalogs.findings("Stop taking it and talk to your doctor.", translation, locale="es") == []


AVOID_STOPPING = "Avoid stopping this medicine suddenly."


@pytest.mark.parametrize(
    "locale, translation",
    [
        # the source's avoid forbids the stopping, as the translation's does: keep on both sides
        ("zh_TW", "避免突然停藥。"),
        ("ko_KR", "이 약을 갑자기 중단하는 것을 피하세요."),
        ("pt_BR", "Evite parar este medicamento de repente."),
        ("fr", "Évitez d'arrêter brusquement ce médicament."),
        ("es", "Evite suspenderlo bruscamente."),
        ("ar", "تجنب التوقف عن تناول هذا الدواء فجأة."),
        # or with a plain "not" of stopping
        ("es", "No suspenda este medicamento bruscamente."),
        ("fr", "N'arrêtez pas brusquement ce médicament."),
        ("ko_KR", "이 약을 갑자기 중단하지 마세요."),
        ("zh_TW", "請勿突然停藥。"),
    ],
)
def test_an_english_prohibition_of_stopping_said_as_one_passes(catalogs, locale, translation):
    assert catalogs.findings(AVOID_STOPPING, translation, locale=locale, check="comparison") == []


@pytest.mark.parametrize(
    "source, locale, translation, said",
    [
        # avoid stopping said as stop
        (AVOID_STOPPING, "es", "Suspenda este medicamento bruscamente.", "'avoid stopping'"),
        (AVOID_STOPPING, "ko_KR", "이 약을 갑자기 중단하세요.", "'avoid stopping'"),
        ("You are advised against stopping it.", "fr", "Arrêtez de le prendre.", "'advised against stopping'"),
        # avoid the sunlight, and stop: the "and" between makes the stopping said, however near (said
        # as keep taking: an error, test_an_order_to_stop_said_as_keep_taking_is_an_error)
        ("Avoid the sun and stop taking it.", "es", "Protéjase del sol y continúe.", "'stop'"),
    ],
)
def test_an_english_prohibition_of_stopping_turned_around_is_a_warning(catalogs, source, locale, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale, check="comparison"))
    assert finding.severity == "warning" and finding.message.startswith(f"the source says {said} (stop/keep on)")


def test_avoiding_something_else_and_stopping_said_as_one_passes(catalogs):
    translation = "Protéjase del sol y deje de tomarlo."
    assert catalogs.findings("Avoid sunlight and stop taking it.", translation, locale="es", check="comparison") == []


@pytest.mark.parametrize(
    "source, translation",
    [
        (WITHOUT_TALKING, "Hören Sie mit der Einnahme auf, ohne mit Ihrem Arzt zu sprechen."),
        (WITHOUT_TALKING, "Setzen Sie das Arzneimittel ohne Rücksprache mit Ihrem Arzt ab."),
        (WITHOUT_TALKING, "Beenden Sie die Einnahme ohne Rücksprache mit Ihrem Arzt."),
        (KEEP_TAKING, "Hören Sie mit der Einnahme auf, bis Ihr Arzt es Ihnen sagt."),
    ],
)
def test_german_stop_and_keep_on_turned_around_is_a_warning(catalogs, source, translation):
    finding = only(catalogs.findings(source, translation, locale="de", check="comparison"))
    assert finding.severity == "warning" and "(stop/keep on) but the translation says only" in finding.message


@pytest.mark.parametrize(
    "source, translation",
    [
        (WITHOUT_TALKING, "Setzen Sie das Arzneimittel nicht ohne Rücksprache mit Ihrem Arzt ab."),
        (WITHOUT_TALKING, "Brechen Sie die Behandlung nicht ohne Rücksprache mit Ihrem Arzt ab."),
        (WITHOUT_TALKING, "Hören Sie nicht mit der Einnahme auf, ohne mit Ihrem Arzt zu sprechen."),
        (WITHOUT_TALKING, "Die Einnahme darf nicht ohne Rücksprache mit dem Arzt beendet werden."),
        ("Stop taking it and talk to your doctor.", "Setzen Sie es ab und sprechen Sie mit Ihrem Arzt."),
        ("Stop taking it and talk to your doctor.", "Brechen Sie die Einnahme ab und sprechen Sie mit Ihrem Arzt."),
        (KEEP_TAKING, "Nehmen Sie es weiter ein, bis Ihr Arzt es Ihnen sagt."),
        (KEEP_TAKING, "Nehmen Sie es weiterhin, bis Ihr Arzt es Ihnen sagt."),
    ],
)
def test_german_stop_and_keep_on_said_the_same_way_pass(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="de", check="comparison") == []


BEFORE_MEALS = "Take it before meals."
AFTER_MEALS = "Take it after meals."


@pytest.mark.parametrize(
    "locale, source, turned, said",
    [
        # Korean says before / after a meal in one word each (식전, 식후), with no 전 or 후 of its own
        ("ko_KR", BEFORE_MEALS, "식후에 드세요.", "'식후에'"),
        ("ko_KR", AFTER_MEALS, "식전에 드세요.", "'식전에'"),
        ("ko_KR", BEFORE_MEALS, "식후 30분에 드세요.", "'식후'"),
        ("ko_KR", "Take it before each meal.", "매식후 30분에 드세요.", "'식후'"),
        # ... and in words of their own, read already
        ("ko_KR", BEFORE_MEALS, "식사 후에 드세요.", "'후에'"),
        ("ko_KR", AFTER_MEALS, "밥 먹기 전에 드세요.", "'전에'"),
        ("zh_TW", BEFORE_MEALS, "請於飯後服用。", "'後'"),
        ("zh_TW", AFTER_MEALS, "請於餐前服用。", "'前'"),
        ("ar", BEFORE_MEALS, "تناوله بعد الأكل.", "'بعد'"),
        ("ar", AFTER_MEALS, "تناوله قبل الأكل.", "'قبل'"),
        ("es", BEFORE_MEALS, "Tómelo después de las comidas.", "'después'"),
        ("de", BEFORE_MEALS, "Nehmen Sie es nach den Mahlzeiten ein.", "'nach'"),
        ("fr", AFTER_MEALS, "Prenez-le avant les repas.", "'avant'"),
        ("pt_BR", BEFORE_MEALS, "Tome após as refeições.", "'após'"),
    ],
)
def test_before_and_after_a_meal_turned_around_is_a_warning(catalogs, locale, source, turned, said):
    finding = only(catalogs.findings(source, turned, locale=locale), "comparison")
    assert finding.severity == "warning"
    assert f"but the translation says only {said}" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", BEFORE_MEALS, "식전에 드세요."),
        ("ko_KR", AFTER_MEALS, "식후에 드세요."),
        ("ko_KR", AFTER_MEALS, "식후에는 드세요."),
        ("ko_KR", "Take it after each meal.", "매식후 30분에 드세요."),
        ("ko_KR", "Take it 30 minutes before meals.", "식사 30분 전에 드세요."),
        ("ko_KR", "Take it before or after meals.", "식전·식후 어느 때나 드세요."),
        # 식전 inside another word is no meal: 지식전달 (passing on knowledge)
        ("ko_KR", AFTER_MEALS, "지식전달을 위해 드세요."),
        ("zh_TW", BEFORE_MEALS, "請於飯前服用。"),
        ("zh_TW", AFTER_MEALS, "請於餐後服用。"),
        ("ar", BEFORE_MEALS, "تناوله قبل الأكل."),
    ],
)
def test_before_and_after_a_meal_said_the_same_way_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


# A time said both ways ("1 hour before or 2 hours after a meal") was not judged: `식후 1시간 또는 식후
# 2시간` (after, twice; before never) passed. One way said more often than the source says it, and
# the other never, is a before turned into an after.
BEFORE_OR_AFTER = "Take the medicine 1 hour before or 2 hours after a meal."


@pytest.mark.parametrize(
    ("locale", "translation", "said"),
    [
        ("ko_KR", "식후 1시간 또는 식후 2시간에 복용하십시오.", "'식후'"),
        ("ar", "تناول الدواء بعد الوجبة بساعة أو بعدها بساعتين.", "'بعد', 'بعدها'"),
        ("es", "Tome el medicamento 1 hora después o 2 horas después de una comida.", "'después'"),
        ("zh_TW", "飯後1小時或飯後2小時服用。", "'後'"),
        ("fr", "Prenez le médicament 1 heure après ou 2 heures après un repas.", "'après'"),
    ],
)
def test_a_time_said_both_ways_said_one_way_twice_is_a_warning(catalogs, locale, translation, said):
    finding = only(catalogs.findings(BEFORE_OR_AFTER, translation, check="comparison", locale=locale))
    assert finding.severity == "warning"
    assert f"the source says 'before' and 'after' (before/after) but the translation says only {said}, 2 times" in (
        finding.message
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", BEFORE_OR_AFTER, "식전 1시간 또는 식후 2시간에 복용하십시오."),
        ("ko_KR", BEFORE_OR_AFTER, "식사 1시간 전 또는 식사 2시간 후에 복용하십시오."),
        ("ar", BEFORE_OR_AFTER, "تناول الدواء قبل الوجبة بساعة أو بعدها بساعتين."),
        ("es", BEFORE_OR_AFTER, "Tome el medicamento 1 hora antes o 2 horas después de una comida."),
        ("zh_TW", BEFORE_OR_AFTER, "飯前1小時或飯後2小時服用。"),
        ("fr", BEFORE_OR_AFTER, "Prenez le médicament 1 heure avant ou 2 heures après un repas."),
        ("de", BEFORE_OR_AFTER, "Nehmen Sie das Arzneimittel 1 Stunde vor oder 2 Stunden nach einer Mahlzeit ein."),
        ("pt_BR", BEFORE_OR_AFTER, "Tome o medicamento 1 hora antes ou 2 horas após uma refeição."),
        # the after said no more often than the source says it: the before left to other words
        ("ko_KR", BEFORE_OR_AFTER, "공복에, 즉 식사 2시간 후에 복용하십시오."),
        ("ar", "Check your blood sugar before and after exercise.", "افحص سكر الدم قبل التمرين وبعده."),
        ("ko_KR", "Check your blood sugar before and after exercise.", "운동 전과 운동 후에 혈당을 확인하세요."),
        ("es", "Take it before or after meals.", "Tómelo antes o después de las comidas."),
        # the before is the order of the steps, said by a second after
        ("ko_KR", "Wait at least 2 hours after eating before you take it.", "식사 후 최소 2시간이 지난 뒤에 드세요."),
    ],
)
def test_a_time_said_both_ways_kept_both_ways_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="comparison", locale=locale) == []


# 피하 (皮下, under the skin) was read as 피하다 (avoid), a "not" the source lacks: the pair was
# taken for a rephrasing, and an after for a before went unread.  Its 30 minutes bound to the after
# on both sides, it is an error (below: "30 minutes before breakfast" said "30 minutes after").
INSULIN_BEFORE_BREAKFAST = "Inject 10 units of insulin under the skin 30 minutes before breakfast."


@pytest.mark.parametrize(
    ("locale", "turned", "said"),
    [
        ("ko_KR", "아침 식사 30분 후에 인슐린 10단위를 피하에 주사하십시오.", "'30분 후에'"),
        ("ko_KR", "아침 식사 30분 후 인슐린 10단위를 피하 주사하십시오.", "'30분 후'"),
        ("ko_KR", "아침 식사 30분 후에 인슐린 10단위를 피하로 투여하십시오.", "'30분 후에'"),
        (
            "es",
            "Inyecte 10 unidades de insulina debajo de la piel 30 minutos después del desayuno.",
            "'30 minutos después'",
        ),
        ("fr", "Injectez 10 unités d'insuline sous la peau 30 minutes après le petit-déjeuner.", "'30 minutes après'"),
        ("zh_TW", "早餐後30分鐘在皮下注射10單位胰島素。", "'後30分鐘'"),
        ("de", "Spritzen Sie 10 Einheiten Insulin 30 Minuten nach dem Frühstück unter die Haut.", "'30 Minuten nach'"),
        (
            "pt_BR",
            "Injete 10 unidades de insulina sob a pele 30 minutos depois do café da manhã.",
            "'30 minutos depois'",
        ),
        ("ar", "احقن 10 وحدات من الأنسولين تحت الجلد بعد الإفطار بـ 30 دقيقة.", "'بعد الإفطار بـ 30 دقيقة'"),
    ],
)
def test_under_the_skin_leaves_a_before_said_as_after_an_error(catalogs, locale, turned, said):
    finding = only(catalogs.findings(INSULIN_BEFORE_BREAKFAST, turned, locale=locale), "comparison")
    assert finding.severity == "error"
    assert f"'30 minutes before' in the source is {said} in the translation" in finding.message


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "아침 식사 30분 전에 인슐린 10단위를 피하에 주사하십시오."),
        ("ko_KR", "아침 식사 30분 전 인슐린 10단위를 피하 주사하십시오."),
        ("es", "Inyecte 10 unidades de insulina debajo de la piel 30 minutos antes del desayuno."),
        ("fr", "Injectez 10 unités d'insuline sous la peau 30 minutes avant le petit-déjeuner."),
        ("zh_TW", "早餐前30分鐘在皮下注射10單位胰島素。"),
        ("de", "Spritzen Sie 10 Einheiten Insulin 30 Minuten vor dem Frühstück unter die Haut."),
        ("pt_BR", "Injete 10 unidades de insulina sob a pele 30 minutos antes do café da manhã."),
        ("ar", "احقن 10 وحدات من الأنسولين تحت الجلد قبل الإفطار بـ 30 دقيقة."),
    ],
)
def test_under_the_skin_before_breakfast_said_the_same_way_passes(catalogs, locale, translation):
    assert catalogs.findings(INSULIN_BEFORE_BREAKFAST, translation, locale=locale) == []


# A condition kept or ignored: "Do not stop taking it unless your doctor tells you to" said "even
# if your doctor tells you to" tells the patient to ignore the doctor, and passed in every language.
UNLESS_TOLD = "Do not stop taking it unless your doctor tells you to."
EVEN_IF_BETTER = "Keep taking it even if you feel better."
UNLESS_PRESCRIBED = "Do not use it in children unless a doctor prescribes it."
UNLESS_SAFE = "Do not have live vaccines unless your doctor says it is safe."
UNLESS_NEXT_DOSE = "Take it as soon as you remember, unless it is almost time for your next dose."


@pytest.mark.parametrize(
    "locale, source, turned, said",
    [
        ("ko_KR", UNLESS_TOLD, "의사의 지시가 있어도 복용을 중단하지 마세요.", "'있어도'"),
        ("ko_KR", UNLESS_TOLD, "의사가 중단하라고 하더라도 복용을 중단하지 마세요.", "'하더라도'"),
        ("ko_KR", UNLESS_TOLD, "의사가 말해도 복용을 중단하지 마세요.", "'말해도'"),
        ("es", UNLESS_TOLD, "No deje de tomarlo aunque su médico se lo indique.", "'aunque'"),
        ("es", UNLESS_TOLD, "No deje de tomarlo incluso si su médico se lo indica.", "'incluso si'"),
        ("fr", UNLESS_TOLD, "N'arrêtez pas de le prendre même si votre médecin vous le dit.", "'même si'"),
        ("de", UNLESS_TOLD, "Setzen Sie es nicht ab, auch wenn Ihr Arzt es Ihnen sagt.", "'auch wenn'"),
        ("de", UNLESS_TOLD, "Setzen Sie es nicht ab, selbst wenn Ihr Arzt es Ihnen sagt.", "'selbst wenn'"),
        ("pt_BR", UNLESS_TOLD, "Não pare de tomá-lo mesmo que o seu médico lhe diga.", "'mesmo que'"),
        ("pt_BR", UNLESS_TOLD, "Não pare de tomá-lo mesmo se o seu médico lhe disser.", "'mesmo se'"),
        ("zh_TW", UNLESS_TOLD, "即使醫師指示，也不要停止服用。", "'即使'"),
        ("zh_TW", UNLESS_TOLD, "就算醫師要求，也不要停藥。", "'就算'"),
        ("ar", UNLESS_TOLD, "لا تتوقف عن تناوله حتى لو طلب منك طبيبك ذلك.", "'حتى لو'"),
        ("ar", UNLESS_TOLD, "لا تتوقف عن تناوله حتى إذا طلب منك طبيبك ذلك.", "'حتى إذا'"),
        ("ko_KR", UNLESS_PRESCRIBED, "의사가 처방하더라도 어린이에게 사용하지 마세요.", "'처방하더라도'"),
        ("es", UNLESS_PRESCRIBED, "No lo use en niños aunque lo prescriba un médico.", "'aunque'"),
        ("ar", UNLESS_PRESCRIBED, "لا تستخدمه للأطفال حتى لو وصفه الطبيب.", "'حتى لو'"),
        ("es", UNLESS_SAFE, "No se ponga vacunas vivas, incluso si su médico dice que es seguro.", "'incluso si'"),
        (
            "fr",
            UNLESS_SAFE,
            "Ne recevez pas de vaccins vivants, même si votre médecin dit qu'ils sont sûrs.",
            "'même si'",
        ),
        (
            "de",
            UNLESS_SAFE,
            "Lassen Sie sich keine Lebendimpfstoffe geben, selbst wenn Ihr Arzt es für sicher hält.",
            "'selbst wenn'",
        ),
        ("zh_TW", UNLESS_SAFE, "哪怕醫師說安全，也不要接種活疫苗。", "'哪怕'"),
        ("ko_KR", UNLESS_NEXT_DOSE, "다음 복용 시간이 거의 되었더라도 생각나는 즉시 복용하세요.", "'되었더라도'"),
        (
            "pt_BR",
            UNLESS_NEXT_DOSE,
            "Tome-o assim que se lembrar, mesmo que esteja quase na hora da próxima dose.",
            "'mesmo que'",
        ),
        ("ar", UNLESS_NEXT_DOSE, "تناوله فور تذكره، حتى لو كان موعد الجرعة التالية قد اقترب.", "'حتى لو'"),
        # and the other way: "even if you feel better" said "unless you feel better" (stop when better)
        ("ko_KR", EVEN_IF_BETTER, "좋아지지 않는 한 계속 복용하세요.", "'않는 한'"),
        ("es", EVEN_IF_BETTER, "Siga tomándolo a menos que se sienta mejor.", "'a menos que'"),
        ("fr", EVEN_IF_BETTER, "Continuez à le prendre sauf si vous vous sentez mieux.", "'sauf si'"),
        ("de", EVEN_IF_BETTER, "Nehmen Sie es weiter ein, es sei denn, Sie fühlen sich besser.", "'es sei denn'"),
        # Portuguese hides "a menos" from more/less (not_direction): the condition is read before
        ("pt_BR", EVEN_IF_BETTER, "Continue tomando a menos que se sinta melhor.", "'a menos que'"),
        ("zh_TW", EVEN_IF_BETTER, "除非感覺好轉，否則繼續服用。", "'除非'"),
        # the إلا of إلا إذا is the condition's, no "not" the source lacks
        ("ar", EVEN_IF_BETTER, "استمر في تناوله إلا إذا شعرت بتحسن.", "'إلا إذا'"),
        # or said "only if": the case the source says makes no difference is the only one
        ("es", EVEN_IF_BETTER, "Siga tomándolo solo si se siente mejor.", "'solo'"),
        ("fr", EVEN_IF_BETTER, "Continuez à le prendre seulement si vous vous sentez mieux.", "'seulement'"),
        ("de", EVEN_IF_BETTER, "Nehmen Sie es nur weiter ein, wenn Sie sich besser fühlen.", "'nur'"),
        ("pt_BR", EVEN_IF_BETTER, "Continue a tomá-lo apenas se se sentir melhor.", "'apenas'"),
        ("zh_TW", EVEN_IF_BETTER, "只有在感覺好轉時才繼續服用。", "'只有'"),
        ("ko_KR", EVEN_IF_BETTER, "좋아졌을 때만 계속 복용하세요.", "'만'"),
        ("ar", EVEN_IF_BETTER, "استمر في تناوله فقط إذا شعرت بتحسن.", "'فقط'"),
    ],
)
def test_a_condition_kept_said_as_one_ignored_is_an_error(catalogs, locale, source, turned, said):
    finding = only(catalogs.findings(source, turned, locale=locale), "comparison")
    assert finding.severity == "error"
    assert f"but the translation says only {said}" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # a "without" or an "only" may say the exception, the "even if" another condition
        ("es", UNLESS_TOLD, "No deje de tomarlo sin consultar a su médico, aunque se sienta mejor."),
        ("fr", UNLESS_TOLD, "N'arrêtez pas de le prendre sans l'avis de votre médecin, même si vous allez mieux."),
        ("de", UNLESS_TOLD, "Setzen Sie es nur ab, wenn Ihr Arzt es sagt, auch wenn Sie sich besser fühlen."),
        ("ko_KR", UNLESS_TOLD, "좋아지더라도 의사의 지시 없이 복용을 중단하지 마세요."),
        ("zh_TW", UNLESS_TOLD, "即使感覺好轉，未經醫師指示也不要停藥。"),
    ],
)
def test_a_condition_ignored_beside_a_without_or_an_only_is_no_error(catalogs, locale, source, translation):
    assert [f for f in catalogs.findings(source, translation, locale=locale) if f.severity == "error"] == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", UNLESS_TOLD, "의사가 지시하지 않는 한 복용을 중단하지 마세요."),
        ("ko_KR", UNLESS_TOLD, "의사의 지시 없이 복용을 중단하지 마세요."),
        ("ko_KR", UNLESS_TOLD, "의사의 지시가 없는 한 복용을 중단하지 마세요."),
        ("ko_KR", UNLESS_TOLD, "의사가 중단하라고 지시하지 않으면 복용을 중단하지 마세요."),
        ("es", UNLESS_TOLD, "No deje de tomarlo a menos que su médico se lo indique."),
        ("fr", UNLESS_TOLD, "N'arrêtez pas de le prendre, sauf avis contraire de votre médecin."),
        ("fr", UNLESS_TOLD, "N'arrêtez pas de le prendre sauf si votre médecin vous le demande."),
        ("de", UNLESS_TOLD, "Setzen Sie es nicht ab, es sei denn, Ihr Arzt sagt es Ihnen."),
        ("pt_BR", UNLESS_TOLD, "Não pare de tomá-lo a menos que o seu médico lhe diga."),
        ("zh_TW", UNLESS_TOLD, "除非醫師指示，否則不要停止服用。"),
        ("ar", UNLESS_TOLD, "لا تتوقف عن تناوله إلا إذا طلب منك طبيبك ذلك."),
        ("ko_KR", EVEN_IF_BETTER, "좋아지더라도 계속 복용하세요."),
        ("ko_KR", EVEN_IF_BETTER, "증상이 나아져도 계속 드세요."),
        ("es", EVEN_IF_BETTER, "Siga tomándolo aunque se sienta mejor."),
        ("fr", EVEN_IF_BETTER, "Continuez à le prendre même si vous vous sentez mieux."),
        ("de", EVEN_IF_BETTER, "Nehmen Sie es weiter ein, auch wenn Sie sich besser fühlen."),
        ("pt_BR", EVEN_IF_BETTER, "Continue tomando mesmo que se sinta melhor."),
        ("zh_TW", EVEN_IF_BETTER, "即使感覺好轉，也要繼續服用。"),
        ("ar", EVEN_IF_BETTER, "استمر في تناوله حتى لو شعرت بتحسن."),
        ("ko_KR", UNLESS_PRESCRIBED, "의사가 처방한 경우를 제외하고는 어린이에게 사용하지 마세요."),
        ("fr", UNLESS_PRESCRIBED, "Ne l'utilisez pas chez l'enfant sauf sur prescription médicale."),
        ("de", UNLESS_PRESCRIBED, "Wenden Sie es bei Kindern nicht an, außer wenn ein Arzt es verordnet."),
        ("pt_BR", UNLESS_PRESCRIBED, "Não o use em crianças, salvo prescrição médica."),
        ("ar", UNLESS_PRESCRIBED, "لا تستخدمه للأطفال ما لم يصفه الطبيب."),
        # said both ways in the source: not judged
        (
            "ko_KR",
            "Do not stop taking it, even if you feel better, unless your doctor tells you to.",
            "좋아지더라도 의사의 지시가 없는 한 복용을 중단하지 마세요.",
        ),
        # a permission's -아도 (you may take it) and a limit's (적어도, 늦어도) are no "even if" (빼고는,
        # except, is no word of either way: these were read as a condition ignored)
        (
            "ko_KR",
            "You can take it with food unless you have a stomach ulcer.",
            "위궤양 환자를 빼고는 음식과 함께 복용해도 됩니다.",
        ),
        (
            "ko_KR",
            "Take it within 24 hours at the latest unless your doctor tells you otherwise.",
            "의사가 달리 지시한 경우를 빼고는 늦어도 24시간 이내에 복용하세요.",
        ),
        (
            "ko_KR",
            "Take at least 2 tablets unless your doctor tells you otherwise.",
            "의사가 달리 지시한 경우를 빼고는 적어도 2정을 복용하세요.",
        ),
        # o mesmo que: the same as, no "even if"
        (
            "pt_BR",
            "Take the same dose as before, unless told otherwise.",
            "Tome o mesmo que antes, exceto com outra orientação médica.",
        ),
    ],
)
def test_a_condition_kept_or_ignored_said_the_same_way_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


@pytest.mark.parametrize(
    "locale, source, turned, said",
    [
        # a condition's own "not" (않는 한, إلا إذا) no longer keeps the rest of the sentence unread
        (
            "ko_KR",
            "Drink more fluids unless your doctor tells you not to.",
            "의사가 말리지 않는 한 수분을 덜 드세요.",
            "'덜'",
        ),
        (
            "ar",
            "Take it before meals unless your doctor tells you otherwise.",
            "تناوله بعد الوجبات إلا إذا أخبرك طبيبك بخلاف ذلك.",
            "'بعد'",
        ),
    ],
)
def test_a_reversal_beside_a_condition_said_with_a_not_is_a_warning(catalogs, locale, source, turned, said):
    finding = only(catalogs.findings(source, turned, locale=locale), "comparison")
    assert f"but the translation says only {said}" in finding.message


# An instruction to stop left out: "Stop using the medicine and contact your doctor if the rash gets
# worse." as `발진이 악화되면 의사에게 연락하세요.` (call your doctor, and go on using it) passed.
STOP_IF_WORSE = "Stop using the medicine and contact your doctor if the rash gets worse."
STOP_AND_CALL = "Stop taking it and call your doctor right away."
STOP_AND_DO_NOT_DRIVE = "Stop taking it and do not drive."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", STOP_IF_WORSE, "발진이 악화되면 의사에게 연락하세요."),
        ("es", STOP_IF_WORSE, "Si la erupción empeora, consulte a su médico."),
        ("fr", STOP_IF_WORSE, "Si l'éruption s'aggrave, contactez votre médecin."),
        ("de", STOP_IF_WORSE, "Wenn sich der Ausschlag verschlimmert, wenden Sie sich an Ihren Arzt."),
        ("pt_BR", STOP_IF_WORSE, "Se a erupção piorar, procure o seu médico."),
        ("zh_TW", STOP_IF_WORSE, "如果皮疹惡化，請聯絡醫師。"),
        ("ar", STOP_IF_WORSE, "إذا ساء الطفح الجلدي، اتصل بطبيبك."),
        ("ko_KR", STOP_AND_CALL, "즉시 의사에게 연락하세요."),
        ("ko_KR", "If you get a rash, stop taking the medicine.", "발진이 생기면 의사에게 알리세요."),
        ("es", "Discontinue treatment if your symptoms get worse.", "Consulte a su médico si los síntomas empeoran."),
        # a "not" of another verb, as the source's, says no stopping
        ("ko_KR", STOP_AND_DO_NOT_DRIVE, "운전하지 마세요."),
        ("ar", STOP_AND_DO_NOT_DRIVE, "لا تقد السيارة."),
    ],
)
def test_an_instruction_to_stop_left_out_is_a_warning(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "comparison")
    assert finding.severity == "warning"
    assert "(stop/keep on) but the translation says no stopping" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", STOP_IF_WORSE, "발진이 악화되면 약 사용을 중단하고 의사에게 연락하세요."),
        ("ko_KR", STOP_IF_WORSE, "발진이 악화되면 약을 더 이상 사용하지 말고 의사에게 연락하세요."),
        ("es", STOP_IF_WORSE, "Si la erupción empeora, deje de usar el medicamento y consulte a su médico."),
        ("es", STOP_IF_WORSE, "Si la erupción empeora, no use más el medicamento y consulte a su médico."),
        ("fr", STOP_IF_WORSE, "Si l'éruption s'aggrave, n'utilisez plus le médicament et contactez votre médecin."),
        (
            "de",
            STOP_IF_WORSE,
            "Wenn sich der Ausschlag verschlimmert, setzen Sie das Arzneimittel ab und wenden Sie sich an Ihren Arzt.",
        ),
        ("pt_BR", STOP_IF_WORSE, "Se a erupção piorar, pare de usar o medicamento e procure o seu médico."),
        ("zh_TW", STOP_IF_WORSE, "如果皮疹惡化，請停用此藥並聯絡醫師。"),
        ("zh_TW", STOP_IF_WORSE, "如果皮疹惡化，請勿再使用此藥並聯絡醫師。"),
        ("ar", STOP_IF_WORSE, "إذا ساء الطفح الجلدي، لا تستخدم الدواء بعد الآن واتصل بطبيبك."),
        ("ko_KR", STOP_AND_CALL, "더는 복용하지 말고 즉시 의사에게 연락하세요."),
        ("de", STOP_AND_CALL, "Hören Sie auf, es einzunehmen, und rufen Sie sofort Ihren Arzt an."),
        ("de", STOP_AND_CALL, "Nehmen Sie es nicht mehr ein und rufen Sie sofort Ihren Arzt an."),
        # 停服 (stop taking) and abandone (give up the treatment) are words of stopping
        ("zh_TW", "If you get a rash, stop taking the medicine.", "如果出現皮疹，請停服此藥。"),
        (
            "es",
            "Discontinue treatment if your symptoms get worse.",
            "Abandone el tratamiento si los síntomas empeoran.",
        ),
        # a "not" more than the source's says the stopping (no more taking, and no driving)
        ("ko_KR", STOP_AND_DO_NOT_DRIVE, "더 이상 복용하지 말고 운전하지 마세요."),
        ("es", STOP_AND_DO_NOT_DRIVE, "No lo tome más y no conduzca."),
        # no instruction to stop: a pause, a condition
        (
            "es",
            "Take one tablet a day for 21 days, then stop for 7 days.",
            "Tome un comprimido al día durante 21 días y después descanse 7 días.",
        ),
        (
            "ko_KR",
            "Take one tablet a day for 21 days, then stop for 7 days.",
            "21일 동안 하루 한 정씩 복용한 후 7일간 휴약하세요.",
        ),
        ("es", "If you stop taking it, your symptoms may come back.", "Los síntomas pueden volver."),
    ],
)
def test_an_instruction_to_stop_said_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


EVEN_IF_BETTER = "Take for 5 days, even if you feel better."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("zh_TW", EVEN_IF_BETTER, "請服用5天，症狀改善後即可停藥。"),
        ("es", EVEN_IF_BETTER, "Tómelo durante 5 días; puede dejar de tomarlo cuando se sienta mejor."),
        ("fr", EVEN_IF_BETTER, "Prenez-le pendant 5 jours; arrêtez dès que vous vous sentez mieux."),
        ("de", EVEN_IF_BETTER, "Nehmen Sie es 5 Tage lang ein; sobald es Ihnen besser geht, absetzen."),
        ("ko_KR", EVEN_IF_BETTER, "5일 동안 복용하고 좋아지면 중단하십시오."),
        ("pt_BR", EVEN_IF_BETTER, "Tome por 5 dias; pode parar quando se sentir melhor."),
        ("ar", EVEN_IF_BETTER, "تناوله لمدة 5 أيام، وتوقف عن تناوله عندما تشعر بتحسن."),
        (
            "es",
            "Finish the course, even when your symptoms go away.",
            "Termine el tratamiento; puede suspenderlo cuando desaparezcan los síntomas.",
        ),
    ],
)
def test_keeping_on_even_if_better_said_as_stop_once_better_is_turned_around(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale, check="comparison"))
    assert "but the translation says only" in finding.message and "(stop/keep on)" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("zh_TW", EVEN_IF_BETTER, "請連續服用5天，即使症狀改善也不可自行停藥。"),
        ("zh_TW", EVEN_IF_BETTER, "請連續服用5天，即使症狀改善也要繼續服用。"),
        # the condition said, and the stopping is the course's end: stop only after the 5 days
        ("zh_TW", EVEN_IF_BETTER, "即使症狀改善，也請服滿5天後再停藥。"),
        ("es", EVEN_IF_BETTER, "Tómelo durante 5 días, aunque se sienta mejor."),
        ("es", EVEN_IF_BETTER, "Tómelo durante 5 días y no deje de tomarlo aunque se sienta mejor."),
        ("fr", EVEN_IF_BETTER, "Prenez-le pendant 5 jours, sans l'arrêter même si vous vous sentez mieux."),
        ("de", EVEN_IF_BETTER, "Nehmen Sie es 5 Tage lang ein, auch wenn es Ihnen besser geht."),
        ("ko_KR", EVEN_IF_BETTER, "좋아지더라도 중단하지 말고 5일 동안 복용하십시오."),
        ("pt_BR", EVEN_IF_BETTER, "Tome por 5 dias, mesmo que se sinta melhor."),
        ("ar", EVEN_IF_BETTER, "تناوله لمدة 5 أيام ولا تتوقف عن تناوله حتى لو شعرت بتحسن."),
        # no getting better: no keeping on read
        ("es", "Take it even if you miss a meal.", "Tómelo aunque se salte una comida."),
    ],
)
def test_keeping_on_even_if_better_said_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


@pytest.mark.parametrize(
    "source, translation",
    [
        # French "even if" in its forms before a vowel and with lorsque: the condition said
        (EVEN_IF_BETTER, "Prenez-le pendant 5 jours, même lorsque vous vous sentez mieux, puis arrêtez."),
        (EVEN_IF_BETTER, "Prenez-le pendant 5 jours, même lorsqu'il va mieux, puis arrêtez."),
        ("Keep taking it even if you feel better.", "Continuez à le prendre même s'il va mieux."),
        (
            "Do not stop taking it unless your doctor tells you to.",
            "N'arrêtez pas de le prendre, sauf si votre médecin vous le demande.",
        ),
    ],
)
def test_french_even_if_in_its_every_form_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="fr", check="comparison") == []


@pytest.mark.parametrize(
    "translation",
    [
        "N'arrêtez pas de le prendre, même lorsque votre médecin vous le demande.",
        "N'arrêtez pas de le prendre, même s'il vous le demande.",
    ],
)
def test_french_even_if_in_its_every_form_for_unless_is_turned_around(catalogs, translation):
    source = "Do not stop taking it unless your doctor tells you to."
    finding = only(catalogs.findings(source, translation, locale="fr", check="comparison"))
    assert "the source says 'unless' (unless/even if)" in finding.message


def test_chinese_not_stopping_for_a_reason_for_stop_is_turned_around(catalogs):
    source, translation = "Stop taking it if you get a rash.", "出現皮疹時，不要因症狀輕微而停藥。"
    finding = only(catalogs.findings(source, translation, locale="zh_TW", check="comparison"))
    assert "the source says 'stop' (stop/keep on)" in finding.message


# A length of time bound to its before or after ("30 minutes before breakfast") and said bound to the
# other way (`아침 식사 30분 후`) only warned, as a word of after alone does; two times whose ways
# changed places ("2 hours before or 4 hours after antacids" as `4 heures avant ou 2 heures après`)
# passed, both ways and both numbers kept.  Each is the patient taking it at the wrong time: an error.
ANTACIDS = "Take this medicine 2 hours before or 4 hours after antacids."
BEFORE_OR_AFTER_AT_LEAST = "Take it at least 1 hour before or 2 hours after a meal."


@pytest.mark.parametrize(
    ("locale", "source", "turned", "said"),
    [
        (
            "ko_KR",
            "Take the tablet 30 minutes before breakfast.",
            "아침 식사 30분 후에 1정을 복용하십시오.",
            "'30분 후에'",
        ),
        (
            "es",
            "Inject 12 units under the skin of your abdomen 15 minutes before dinner.",
            "Inyecte 12 unidades por vía subcutánea en el abdomen 15 minutos después de la cena.",
            "'15 minutos después'",
        ),
        ("zh_TW", "Take 30 minutes before breakfast.", "早餐後30分鐘服用。", "'後30分鐘'"),
        ("zh_TW", "Take 30 minutes before breakfast.", "早餐後至少30分鐘服用。", "'後至少30分鐘'"),
        (
            "ar",
            "Take it 30 minutes before breakfast.",
            "تناوله بعد الإفطار بثلاثين دقيقة.",
            "'بعد الإفطار بثلاثين دقيقة'",
        ),
    ],
)
def test_a_time_bound_to_the_other_way_is_an_error(catalogs, locale, source, turned, said):
    finding = only(catalogs.findings(source, turned, locale=locale), "comparison")
    assert finding.severity == "error"
    assert f"in the source is {said} in the translation (before/after): the before became an after" in (finding.message)


@pytest.mark.parametrize(
    ("locale", "source", "turned"),
    [
        ("ko_KR", ANTACIDS, "이 약은 제산제 복용 2시간 후 또는 복용 4시간 전에 드십시오."),
        ("fr", ANTACIDS, "Prenez ce médicament au moins 4 heures avant ou 2 heures après un antiacide."),
        ("ar", ANTACIDS, "تناول هذا الدواء بعد مضادات الحموضة بساعتين أو قبلها بأربع ساعات."),
        ("zh_TW", ANTACIDS, "請在服用制酸劑後2小時或前4小時服用本藥。"),
        ("es", BEFORE_OR_AFTER_AT_LEAST, "Tómelo al menos 1 hora después o 2 horas antes de una comida."),
        (
            "de",
            BEFORE_OR_AFTER_AT_LEAST,
            "Nehmen Sie es mindestens 1 Stunde nach oder 2 Stunden vor einer Mahlzeit ein.",
        ),
        ("pt_BR", BEFORE_OR_AFTER_AT_LEAST, "Tome pelo menos 1 hora depois ou 2 horas antes de uma refeição."),
        ("ko_KR", BEFORE_OR_AFTER_AT_LEAST, "식사 최소 1시간 후 또는 식사 2시간 전에 복용하십시오."),
        ("zh_TW", BEFORE_OR_AFTER_AT_LEAST, "請於飯後至少1小時或飯前2小時服用。"),
    ],
)
def test_two_times_whose_ways_changed_places_are_an_error(catalogs, locale, source, turned):
    finding = only(catalogs.findings(source, turned, locale=locale), "comparison")
    assert finding.severity == "error"
    assert "before and after changed places" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Take the tablet 30 minutes before breakfast.", "아침 식사 30분 전에 1정을 복용하십시오."),
        ("es", "Take the tablet 30 minutes before breakfast.", "Tome el comprimido (desayuno: 30 minutos antes)."),
        ("zh_TW", "Take 30 minutes before breakfast.", "早餐前30分鐘服用。"),
        ("ar", "Take it 30 minutes before breakfast.", "تناوله قبل الإفطار بثلاثين دقيقة."),
        # the same times, said in the other order, each with its own way
        ("fr", ANTACIDS, "Prenez ce médicament 4 heures après ou 2 heures avant un antiacide."),
        ("fr", ANTACIDS, "Prenez ce médicament 2 heures avant ou 4 heures après un antiacide."),
        ("ko_KR", ANTACIDS, "이 약은 제산제 복용 2시간 전 또는 복용 4시간 후에 드십시오."),
        ("ar", ANTACIDS, "تناول هذا الدواء قبل مضادات الحموضة بساعتين أو بعدها بأربع ساعات."),
        ("ar", ANTACIDS, "تناول هذا الدواء ساعتين قبل مضادات الحموضة أو 4 ساعات بعدها."),
        ("zh_TW", ANTACIDS, "請在服用制酸劑前2小時或後4小時服用本藥。"),
        (
            "es",
            BEFORE_OR_AFTER_AT_LEAST,
            "Tómelo con el estómago vacío, al menos 1 hora antes o 2 horas después de una comida.",
        ),
        (
            "de",
            BEFORE_OR_AFTER_AT_LEAST,
            "Nehmen Sie es mindestens 1 Stunde vor oder 2 Stunden nach einer Mahlzeit ein.",
        ),
        (
            "de",
            BEFORE_OR_AFTER_AT_LEAST,
            "Nehmen Sie es mindestens 2 Stunden nach oder 1 Stunde vor einer Mahlzeit ein.",
        ),
        ("pt_BR", BEFORE_OR_AFTER_AT_LEAST, "Tome pelo menos 1 hora antes ou 2 horas depois de uma refeição."),
        ("ko_KR", BEFORE_OR_AFTER_AT_LEAST, "식사 최소 1시간 전 또는 식사 2시간 후에 복용하십시오."),
        ("zh_TW", BEFORE_OR_AFTER_AT_LEAST, "請於飯前至少1小時或飯後2小時服用。"),
        ("ar", BEFORE_OR_AFTER_AT_LEAST, "تناوله قبل الوجبة بساعة على الأقل أو بعدها بساعتين."),
    ],
)
def test_a_time_bound_to_the_same_way_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # a wait: its before orders two steps, which the translation says from the other one (the
        # next dose after 4 hours); a time from now (nach 4 Stunden) binds no way
        ("ko_KR", "Wait at least 4 hours before taking another dose.", "최소 4시간 후에 다음 용량을 복용하십시오."),
        ("zh_TW", "Wait at least 4 hours before taking another dose.", "至少4小時後才能服用下一劑。"),
        (
            "de",
            "Wait at least 4 hours before taking another dose.",
            "Nehmen Sie frühestens nach 4 Stunden eine weitere Dosis ein.",
        ),
        ("es", "Take it 30 minutes before breakfast.", "Tómelo y desayune después de 30 minutos."),
        # said from the taking itself (eat 30 minutes after taking it): a time counted from the dose
        ("es", "Take it 30 minutes before a meal.", "Coma 30 minutos después de tomarlo."),
        ("fr", "Take it 30 minutes before a meal.", "Mangez 30 minutes après l’avoir pris."),
        ("de", "Take it 30 minutes before a meal.", "Essen Sie 30 Minuten nach der Einnahme."),
        ("pt_BR", "Take it 30 minutes before a meal.", "Coma 30 minutos depois de tomá-lo."),
        ("ar", "Take it 30 minutes before a meal.", "تناول الطعام بعد تناوله بثلاثين دقيقة."),
        ("zh_TW", "Take it 30 minutes before a meal.", "服藥後30分鐘再用餐。"),
        ("ko_KR", "Take it 30 minutes before a meal.", "복용 후 30분이 지나면 식사하십시오."),
    ],
)
def test_a_time_not_bound_on_both_sides_stays_a_warning(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "comparison")
    assert finding.severity == "warning"
    assert "but the translation says only" in finding.message


BEFORE_A_MEAL = "Take it 30 minutes before a meal."
BEFORE_ANTACIDS = "Take this medicine 2 hours before antacids."


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the time between the taking and its after: counted from this medicine's taking (eat 30
        # minutes after taking it), the taking opening its clause or after a topic (이 약은, 식사는)
        ("ko_KR", BEFORE_A_MEAL, "복용 30분 후에 식사하십시오."),
        ("ko_KR", BEFORE_A_MEAL, "이 약은 복용 30분 후에 식사하십시오."),
        ("ko_KR", BEFORE_A_MEAL, "식사는 복용 30분 후에 하십시오."),
        ("ko_KR", BEFORE_A_MEAL, "복용하고 30분 후에 식사하십시오."),
        ("ko_KR", BEFORE_A_MEAL, "약을 복용하고 30분 후에 식사하십시오."),
        ("ko_KR", BEFORE_A_MEAL, "복용한 지 30분 후에 식사하십시오."),
        ("ko_KR", BEFORE_ANTACIDS, "이 약 복용 2시간 후에 제산제를 드십시오."),
        ("zh_TW", BEFORE_A_MEAL, "服藥30分鐘後再進食。"),
        ("ar", BEFORE_A_MEAL, "تناول الطعام بعد 30 دقيقة من تناوله."),
        # es/fr/pt/de: this medicine's taking by its pronoun or its name
        ("es", BEFORE_A_MEAL, "Coma 30 minutos después de tomarlo."),
        ("es", BEFORE_A_MEAL, "Coma 30 minutos después de tomar este medicamento."),
        ("es", BEFORE_A_MEAL, "Coma 30 minutos después de la toma de este medicamento."),
        ("fr", BEFORE_A_MEAL, "Mangez 30 minutes après l'avoir pris."),
        ("fr", BEFORE_A_MEAL, "Mangez 30 minutes après avoir pris ce médicament."),
        ("fr", BEFORE_A_MEAL, "Mangez 30 minutes après la prise."),
        ("pt_BR", BEFORE_A_MEAL, "Coma 30 minutos depois de tomá-lo."),
        ("pt_BR", BEFORE_A_MEAL, "Coma 30 minutos depois de tomar este medicamento."),
        ("de", BEFORE_A_MEAL, "Essen Sie 30 Minuten nach der Einnahme."),
        ("de", BEFORE_A_MEAL, "Essen Sie 30 Minuten nach der Einnahme dieses Arzneimittels."),
        ("de", BEFORE_A_MEAL, "Essen Sie 30 Minuten, nachdem Sie es eingenommen haben."),
        # the medicine or its dose named with any determiner: still this medicine's taking
        ("es", BEFORE_A_MEAL, "Coma 30 minutos después de tomar el medicamento."),
        ("es", BEFORE_A_MEAL, "Coma 30 minutos después de tomar su medicamento."),
        ("es", BEFORE_A_MEAL, "Coma 30 minutos después de tomar la dosis."),
        ("pt_BR", BEFORE_A_MEAL, "Coma 30 minutos depois de tomar o medicamento."),
        ("pt_BR", BEFORE_A_MEAL, "Coma 30 minutos após tomar o remédio."),
        ("fr", BEFORE_A_MEAL, "Mangez 30 minutes après avoir pris le médicament."),
        ("fr", BEFORE_A_MEAL, "Mangez 30 minutes après avoir pris votre médicament."),
        ("de", BEFORE_A_MEAL, "Essen Sie 30 Minuten nach der Einnahme des Arzneimittels."),
        ("de", BEFORE_A_MEAL, "Essen Sie 30 Minuten nach der Einnahme der Tabletten."),
    ],
)
def test_a_time_counted_from_taking_this_medicine_stays_a_warning(catalogs, locale, source, translation):
    """ "복용 30분 후에 식사하십시오" (eat 30 minutes after taking it) was an error: its 30분 후 was
    read as bound to the taking's after, as 제산제 복용 2시간 후 (after taking the antacid) is."""
    finding = only(catalogs.findings(source, translation, locale=locale), "comparison")
    assert finding.severity == "warning"
    assert "but the translation says only" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "turned"),
    [
        # counted from another medicine's taking (제산제 복용, 服用制酸劑, تناول مضادات الحموضة), or
        # its object named (제산제를 복용): the time is the antacid's, turned
        ("ko_KR", BEFORE_ANTACIDS, "제산제 복용 2시간 후에 이 약을 드십시오."),
        ("ko_KR", BEFORE_ANTACIDS, "이 약은 제산제를 복용 2시간 후에 드십시오."),
        ("zh_TW", BEFORE_ANTACIDS, "服用制酸劑2小時後再服用本藥。"),
        ("ar", BEFORE_ANTACIDS, "تناول هذا الدواء بعد ساعتين من تناول مضادات الحموضة."),
        # not from the taking at all: after the meal
        ("ko_KR", BEFORE_A_MEAL, "식사 30분 후에 복용하십시오."),
        # taking food (تناول الطعام) is eating, not the taking of this medicine: after the meal
        ("ar", BEFORE_A_MEAL, "تناوله بعد تناول الطعام بثلاثين دقيقة."),
        # es/fr/pt/de: the antacid's taking named (tomar antiácidos, avoir pris des antiacides,
        # la Einnahme von Antazida), not this medicine's (tomarlo, l'avoir pris)
        ("es", BEFORE_ANTACIDS, "Tome este medicamento 2 horas después de tomar antiácidos."),
        ("es", BEFORE_ANTACIDS, "Tome este medicamento 2 horas después de la toma de antiácidos."),
        ("fr", BEFORE_ANTACIDS, "Prenez ce médicament 2 heures après avoir pris des antiacides."),
        ("fr", BEFORE_ANTACIDS, "Prenez ce médicament 2 heures après la prise d'un antiacide."),
        ("pt_BR", BEFORE_ANTACIDS, "Tome este medicamento 2 horas depois de tomar antiácidos."),
        ("pt_BR", BEFORE_ANTACIDS, "Tome este medicamento 2 horas após tomar antiácidos."),
        ("de", BEFORE_ANTACIDS, "Nehmen Sie dieses Arzneimittel 2 Stunden nach der Einnahme von Antazida ein."),
        ("de", BEFORE_ANTACIDS, "Nehmen Sie dieses Arzneimittel 2 Stunden nachdem Sie Antazida eingenommen haben ein."),
    ],
)
def test_a_time_counted_from_taking_another_medicine_turned_is_still_an_error(catalogs, locale, source, turned):
    finding = only(catalogs.findings(source, turned, locale=locale), "comparison")
    assert finding.severity == "error"
    assert "the before became an after" in finding.message


AFTER_A_MEAL = "Take it 30 minutes after a meal."


@pytest.mark.parametrize(
    ("locale", "source", "turned"),
    [
        # eat 30 minutes before taking it: take it 30 minutes after the meal, the before turned
        ("ko_KR", BEFORE_A_MEAL, "복용 30분 전에 식사하십시오."),
        ("ko_KR", BEFORE_A_MEAL, "식사는 복용 30분 전에 하십시오."),
        ("ko_KR", "Take it 30 minutes before breakfast.", "아침 식사는 복용 30분 전에 하십시오."),
        ("es", BEFORE_A_MEAL, "Coma 30 minutos antes de tomarlo."),
        ("fr", BEFORE_A_MEAL, "Mangez 30 minutes avant de le prendre."),
        ("de", BEFORE_A_MEAL, "Essen Sie 30 Minuten vor der Einnahme."),
        ("de", "Take it 30 minutes before breakfast.", "Frühstücken Sie 30 Minuten vor der Einnahme."),
        ("pt_BR", BEFORE_A_MEAL, "Coma 30 minutos antes de tomá-lo."),
        ("ar", BEFORE_A_MEAL, "تناول الطعام قبل 30 دقيقة من تناوله."),
        ("ar", BEFORE_A_MEAL, "تناول الطعام قبل تناوله بثلاثين دقيقة."),
        # and the other way: eat 30 minutes after taking it for "30 minutes after a meal"
        ("ko_KR", AFTER_A_MEAL, "복용 30분 후에 식사하십시오."),
        ("es", AFTER_A_MEAL, "Coma 30 minutos después de tomarlo."),
        # Chinese: the time between the taking and its "and then" (再), this medicine named (本藥)
        ("zh_TW", BEFORE_A_MEAL, "服藥前30分鐘再用餐。"),
        ("zh_TW", BEFORE_A_MEAL, "服用本藥前30分鐘再進食。"),
    ],
)
def test_a_meal_counted_from_the_taking_the_other_way_is_an_error(catalogs, locale, source, turned):
    """`복용 30분 전에 식사하십시오` (eat 30 minutes before taking it: take it 30 minutes after the
    meal) passed: a time counted from the taking was bound to no way.  Where its clause eats, its
    way is the meal's, turned."""
    finding = only(catalogs.findings(source, turned, locale=locale), "comparison")
    assert finding.severity == "error"
    assert "said from the taking, its way turned" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # eat 30 minutes after taking it: take it 30 minutes before the meal, at most the warning
        ("ko_KR", "Take it 30 minutes before breakfast.", "아침 식사는 복용 30분 후에 하십시오."),
        ("de", "Take it 30 minutes before breakfast.", "Frühstücken Sie 30 Minuten nach der Einnahme."),
        ("fr", "Take it 30 minutes before breakfast.", "Prenez votre petit-déjeuner 30 minutes après la prise."),
        ("zh_TW", "Take it 1 hour before a meal.", "服藥1小時後再用餐。"),
        ("zh_TW", BEFORE_A_MEAL, "服用本藥後30分鐘再進食。"),
        ("ar", "Take it 1 hour before a meal.", "تناول الوجبة بعد ساعة من تناوله."),
        ("ko_KR", AFTER_A_MEAL, "복용 30분 전에 식사하십시오."),
        ("es", AFTER_A_MEAL, "Coma 30 minutos antes de tomarlo."),
    ],
)
def test_a_meal_counted_from_the_taking_the_same_way_stays_a_warning(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "comparison")
    assert finding.severity == "warning"
    assert "but the translation says only" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the clause's other event is the next dose, not the meal the sentence names ("y" ends it)
        (
            "es",
            "Take it with a meal and take the next dose 4 hours after.",
            "Tómelo con una comida y tome la siguiente dosis 4 horas después de tomarlo.",
        ),
        ("es", "Take the next dose 4 hours after the first.", "Tome la siguiente dosis 4 horas después de tomarlo."),
        # a source that counts the meal from the taking too: both sides turned alike
        ("es", "Eat 30 minutes after taking it.", "Coma 30 minutos después de tomarlo."),
        ("es", "Do not eat for 2 hours after taking it.", "No coma durante 2 horas después de tomarlo."),
        ("ko_KR", "Do not eat for 2 hours after taking it.", "복용 후 2시간 동안 식사하지 마십시오."),
        # "before taking food" is before eating, not a time from the taking
        ("ko_KR", "Take it 30 minutes before taking food.", "식사 30분 전에 복용하십시오."),
    ],
)
def test_a_time_from_the_taking_with_no_meal_of_its_own_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


# "half an hour before a meal" was read as no length of time (English said it in words), and an
# Arabic بساعة (by an hour: the bare noun is one) neither: their before said as an after only warned
# or passed.  Now read as 30 minutes and 1 hour, bound as "30 minutes before" is.
HALF_AN_HOUR = "Take the tablets half an hour before a meal."


@pytest.mark.parametrize(
    ("locale", "source", "turned", "said"),
    [
        ("de", HALF_AN_HOUR, "Nehmen Sie die Tabletten eine halbe Stunde nach dem Essen ein.", "'halbe Stunde nach'"),
        ("fr", HALF_AN_HOUR, "Prenez les comprimés une demi-heure après le repas.", "'demi-heure après'"),
        ("es", HALF_AN_HOUR, "Tome los comprimidos media hora después de la comida.", "'media hora después'"),
        ("pt_BR", HALF_AN_HOUR, "Tome os comprimidos meia hora depois da refeição.", "'meia hora depois'"),
        ("ko_KR", HALF_AN_HOUR, "식후 30분에 정제를 복용하십시오.", "'식후 30분'"),
        ("zh_TW", HALF_AN_HOUR, "飯後半小時服用。", "'後半小時'"),
        ("ar", HALF_AN_HOUR, "تناول الأقراص بعد الوجبة بنصف ساعة.", "'بعد الوجبة بنصف ساعة'"),
        (
            "de",
            "Take it an hour and a half before meals.",
            "Nehmen Sie es anderthalb Stunden nach dem Essen ein.",
            "'anderthalb Stunden nach'",
        ),
        (
            "fr",
            "Take it a quarter of an hour before meals.",
            "Prenez-le un quart d'heure après les repas.",
            "'quart d'heure après'",
        ),
        ("ar", "Take it 1 hour before breakfast.", "تناوله بعد الإفطار بساعة.", "'بعد الإفطار بساعة'"),
        ("ar", "Stop taking it 1 day before the surgery.", "توقف عن تناوله بعد الجراحة بيوم.", "'بعد الجراحة بيوم'"),
        (
            "ar",
            "Stop taking it 1 week before the surgery.",
            "توقف عن تناوله بعد الجراحة بأسبوع.",
            "'بعد الجراحة بأسبوع'",
        ),
    ],
)
def test_a_length_said_in_words_bound_to_the_other_way_is_an_error(catalogs, locale, source, turned, said):
    finding = only(catalogs.findings(source, turned, locale=locale), "comparison")
    assert finding.severity == "error"
    assert f"in the source is {said} in the translation (before/after): the before became an after" in finding.message


def test_an_arabic_hour_said_by_its_bare_noun_whose_way_changed_places_is_an_error(catalogs):
    turned = "تناوله بعد الوجبة بساعة على الأقل أو قبلها بساعتين."
    finding = only(catalogs.findings(BEFORE_OR_AFTER_AT_LEAST, turned, locale="ar"), "comparison")
    assert finding.severity == "error"
    assert "before and after changed places" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("de", HALF_AN_HOUR, "Nehmen Sie die Tabletten eine halbe Stunde vor dem Essen ein."),
        ("de", HALF_AN_HOUR, "Nehmen Sie die Tabletten 30 Minuten vor dem Essen ein."),
        ("fr", HALF_AN_HOUR, "Prenez les comprimés une demi-heure avant le repas."),
        ("es", HALF_AN_HOUR, "Tome los comprimidos media hora antes de la comida."),
        ("pt_BR", HALF_AN_HOUR, "Tome os comprimidos meia hora antes da refeição."),
        ("ko_KR", HALF_AN_HOUR, "식사 30분 전에 정제를 복용하십시오."),
        ("ko_KR", HALF_AN_HOUR, "식전 30분에 정제를 복용하십시오."),
        ("ko_KR", HALF_AN_HOUR, "식사 반 시간 전에 정제를 복용하십시오."),
        ("zh_TW", HALF_AN_HOUR, "飯前半小時服用。"),
        ("ar", HALF_AN_HOUR, "تناول الأقراص قبل الوجبة بنصف ساعة."),
        ("ko_KR", "Take it 30 minutes before meals.", "식사 반 시간 전에 복용하십시오."),
        ("ar", "Take it 1 hour before breakfast.", "تناوله قبل الإفطار بساعة."),
        ("ar", "Take it one hour before breakfast.", "تناوله قبل الإفطار بساعة واحدة."),
        ("ar", "Stop taking it 1 day before the surgery.", "توقف عن تناوله قبل الجراحة بيوم."),
        ("ar", "Take it 1 month after the first dose.", "تناوله بعد الجرعة الأولى بشهر."),
        ("ar", "Take it 1 hour before or 2 hours after meals.", "تناوله قبل الوجبات بساعة أو بعدها بساعتين."),
    ],
)
def test_a_length_said_in_words_bound_to_the_same_way_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, text",
    [
        ("en", "Take this medicine 2 hours before or 4 hours after antacids."),
        ("en", "Take the tablet 30 minutes before breakfast."),
        ("en", "Take it after a meal, unless your doctor tells you otherwise."),
        ("en", "Do not take more than 4 tablets a day."),
        ("en", "You are more likely to feel dizzy."),
        ("en", "Stop taking it and see a doctor."),
        ("ko_KR", "아침 식사 30분 후에 1정을 복용하십시오."),
        ("zh_TW", "早餐後30分鐘服用。"),
        ("ar", "تناول هذا الدواء بعد مضادات الحموضة بساعتين أو قبلها بأربع ساعات."),
        ("es", "Tome este medicamento 15 minutos después de la cena."),
    ],
)
def test_the_gate_of_a_time_turned_reads_before_and_after_as_direction_spans_does(locale, text):
    """[comparison] reads a time bound to its before or after only where the sentence's
    directions_said names a before or an after: that gate says so exactly where direction_spans,
    which the reading starts from, finds one (it hides no time bound to one)."""
    language = language_for(locale)
    said = any(language.directions_said(text).get(BEFORE_AFTER, ((), ())))
    assert said == any(language.direction_spans(text, BEFORE_AFTER))


@pytest.mark.parametrize(
    "text, stops",
    [
        ("Deje el medicamento solo si se lo indica su médico.", True),
        ("Deje el tratamiento y llame a su médico.", True),
        ("Si le sale una erupción, deje los comprimidos.", True),
        # where a medicine is left, not stopped
        ("No deje el medicamento al alcance de los niños.", False),
        ("Deje los comprimidos en su envase.", False),
        ("Deje el medicamento fuera de la nevera 30 minutos.", False),
    ],
)
def test_spanish_deje_el_medicamento_stops_it_but_not_where_it_is_left(text, stops):
    stopping, _ = language_for("es").directions_said(text)[STOP_CONTINUE]
    assert bool(stopping) == stops


# "within 24 hours after the infusion" said `dans les 24 heures précédant la perfusion` (the 24 hours
# before it) passed: précédant, like the "que preceden", "que antecedem" of Spanish and Portuguese,
# was no word of before.  Bound to its length of time as "avant" is, the after became a before.
AFTER_THE_INFUSION = "You will have a blood test within 24 hours after the infusion."


@pytest.mark.parametrize(
    ("locale", "turned", "said"),
    [
        ("fr", "Une prise de sang sera faite dans les 24 heures précédant la perfusion.", "'24 heures précédant'"),
        (
            "fr",
            "Une prise de sang sera faite dans les 24 heures qui précèdent la perfusion.",
            "'24 heures qui précèdent'",
        ),
        (
            "es",
            "Se le hará un análisis de sangre en las 24 horas que preceden a la perfusión.",
            "'24 horas que preceden'",
        ),
        ("pt", "Fará uma análise ao sangue nas 24 horas que antecedem a perfusão.", "'24 horas que antecedem'"),
        ("pt", "Fará uma análise ao sangue nas 24 horas que precedem a perfusão.", "'24 horas que precedem'"),
    ],
)
def test_a_time_said_as_preceding_for_an_after_is_an_error(catalogs, locale, turned, said):
    finding = only(catalogs.findings(AFTER_THE_INFUSION, turned, locale=locale), "comparison")
    assert finding.severity == "error"
    assert f"in the source is {said} in the translation (before/after): the after became a before" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("fr", AFTER_THE_INFUSION, "Une prise de sang sera faite dans les 24 heures qui suivent la perfusion."),
        ("fr", AFTER_THE_INFUSION, "Une prise de sang sera faite dans les 24 heures suivant la perfusion."),
        ("es", AFTER_THE_INFUSION, "Se le hará un análisis de sangre en las 24 horas siguientes a la perfusión."),
        ("es", AFTER_THE_INFUSION, "Se le hará un análisis de sangre en las 24 horas que siguen a la perfusión."),
        ("pt", AFTER_THE_INFUSION, "Fará uma análise ao sangue nas 24 horas seguintes à perfusão."),
        ("pt", AFTER_THE_INFUSION, "Fará uma análise ao sangue nas 24 horas que se seguem à perfusão."),
        ("de", AFTER_THE_INFUSION, "Innerhalb von 24 Stunden nach der Infusion wird Ihnen Blut abgenommen."),
        ("ar", AFTER_THE_INFUSION, "سيتم إجراء فحص دم خلال 24 ساعة بعد التسريب."),
        ("zh_TW", AFTER_THE_INFUSION, "輸注後24小時內會為您抽血檢查。"),
        ("ko_KR", AFTER_THE_INFUSION, "주입 후 24시간 이내에 혈액 검사를 받게 됩니다."),
        # the source's own before, said as preceding
        (
            "fr",
            "You will have a blood test within 24 hours before the infusion.",
            "Une prise de sang sera faite dans les 24 heures précédant la perfusion.",
        ),
        (
            "es",
            "You will have a blood test within 24 hours before the infusion.",
            "Se le hará un análisis de sangre en las 24 horas que preceden a la perfusión.",
        ),
    ],
)
def test_a_time_said_as_following_for_an_after_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


def test_chinese_so_that_is_no_only(catalogs):
    """Found by review: 才 of 才能 (so that … can) read as "only", an "even if" said as "only" error."""
    assert language_for("zh_TW").search("only_if", "這樣才能治好感染") is None
    assert not catalogs.findings(
        "Keep taking it even if you feel better.",
        "即使感覺好轉也要繼續服用，這樣才能治好感染。",
        locale="zh_TW",
        check="comparison",
    )


# "Unless it is almost time for the next one" said "unless there is a long time to go" turns the
# rule of a missed dose around: the patient skips the dose they should take.
ALMOST_TIME = "If you miss a dose, take it as soon as you remember, unless it is almost time for the next one."


@pytest.mark.parametrize(
    "locale, translation, far",
    [
        (
            "es",
            "Si olvida una dosis, tómela en cuanto se acuerde, salvo que falte mucho para la siguiente.",
            "falte mucho",
        ),
        (
            "ko_KR",
            "복용을 잊은 경우, 다음 복용 시간까지 한참 남은 경우가 아니라면 생각나는 즉시 복용하세요.",
            "한참 남",
        ),
        ("zh_TW", "如果忘記服藥，請在想起時立即補服；但若距離下一次服藥時間還很久，就不要補服。", "還很久"),
        (
            "fr",
            "Si vous oubliez une dose, prenez-la dès que possible, sauf s'il reste longtemps avant la suivante.",
            "longtemps",
        ),
        (
            "de",
            "Wenn Sie eine Dosis vergessen, nehmen Sie sie sofort ein, es sei denn, es dauert noch lange bis zur nächsten.",
            "noch lange",
        ),
        (
            "pt_BR",
            "Caso se esqueça de uma dose, tome-a assim que se lembrar, a menos que falte muito para a seguinte.",
            "falte muito",
        ),
        ("ar", "إذا نسيت جرعة، تناولها حالما تتذكر، إلا إذا كان أمامك وقت طويل قبل الجرعة التالية.", "وقت طويل"),
    ],
)
def test_almost_time_for_the_next_dose_said_a_long_time_away_is_an_error(catalogs, locale, translation, far):
    finding = only(catalogs.findings(ALMOST_TIME, translation, locale=locale), check="comparison")
    assert (finding.severity, finding.message) == (
        "error",
        f"the source says the next dose is near ('almost time for'), but the translation says it is a long time "
        f"away ('{far}')",
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Si olvida una dosis, tómela en cuanto se acuerde, salvo que falte poco para la siguiente."),
        ("es", "Si olvida una dosis, tómela en cuanto se acuerde, salvo que ya casi sea la hora de la siguiente."),
        ("ko_KR", "복용을 잊은 경우, 다음 복용 시간이 거의 다 된 때가 아니라면 생각나는 즉시 복용하세요."),
        ("ko_KR", "복용을 잊은 경우, 다음 복용 시간이 임박한 경우가 아니라면 생각나는 즉시 복용하십시오."),
        ("zh_TW", "如果忘記服藥，請在想起時立即補服；但若已接近下一次服藥時間，就不要補服。"),
        ("zh_TW", "如果忘記服藥，請在想起時立即補服，除非快到下一次服藥的時間。"),
        (
            "fr",
            "Si vous oubliez une dose, prenez-la dès que vous vous en apercevez, sauf s'il est bientôt l'heure de la suivante.",
        ),
        (
            "de",
            "Wenn Sie eine Dosis vergessen, nehmen Sie sie sofort ein, es sei denn, es ist fast Zeit für die nächste.",
        ),
        (
            "pt_BR",
            "Caso se esqueça de uma dose, tome-a assim que se lembrar, a menos que esteja quase na hora da dose seguinte.",
        ),
        ("ar", "إذا نسيت جرعة، تناولها حالما تتذكر، إلا إذا اقترب موعد الجرعة التالية."),
    ],
)
def test_almost_time_for_the_next_dose_kept_passes(catalogs, locale, translation):
    assert catalogs.findings(ALMOST_TIME, translation, locale=locale, check="comparison") == []


def test_a_long_time_to_the_next_dose_said_near_is_an_error(catalogs):
    source = "If it is a long time until your next dose, take the missed dose now."
    translation = "Si falta poco para la siguiente dosis, tome ahora la dosis olvidada."
    finding = only(catalogs.findings(source, translation, locale="es"), check="comparison")
    assert (finding.severity, finding.message) == (
        "error",
        "the source says the next dose is a long time away ('a long time until'), but the translation says it is "
        "near ('falta poco')",
    )


# "Keep using it even if the skin looks better" said "until the skin looks better" (حتى alone is
# "until"; حتى لو, حتى وإن are "even if") stops the treatment in the very case the source says it goes on.
EVEN_IF_BETTER = "Keep using the ointment even if the skin looks better."


@pytest.mark.parametrize(
    "locale, translation, until",
    [
        ("ar", "استمر في استخدام المرهم حتى يبدو الجلد أفضل.", "حتى"),
        ("es", "Siga usando la pomada hasta que la piel tenga mejor aspecto.", "hasta que"),
        ("ko_KR", "피부가 좋아 보일 때까지 연고를 계속 사용하세요.", "때까지"),
        ("zh_TW", "持續使用藥膏，直到皮膚看起來好轉。", "直到"),
        ("de", "Wenden Sie die Salbe weiter an, bis die Haut besser aussieht.", "bis die"),
        ("fr", "Continuez à utiliser la pommade jusqu'à ce que la peau aille mieux.", "jusqu'à ce qu"),
        ("pt_BR", "Continue a usar a pomada até que a pele pareça melhor.", "até que"),
    ],
)
def test_even_if_said_until_is_an_error(catalogs, locale, translation, until):
    finding = only(catalogs.findings(EVEN_IF_BETTER, translation, locale=locale), check="comparison")
    assert finding.severity == "error"
    assert (
        f"the source says 'even if' (unless/even if), a condition ignored, but the translation says only '{until}'"
        in (finding.message)
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ar", "استمر في استخدام المرهم حتى لو بدا الجلد أفضل."),
        ("ar", "استمر في استخدام المرهم حتى وإن بدا الجلد أفضل."),
        ("ar", "استمر في استخدام المرهم حتى مع تحسن مظهر الجلد."),
        ("es", "Siga usando la pomada aunque la piel tenga mejor aspecto."),
        ("ko_KR", "피부가 좋아 보이더라도 연고를 계속 사용하세요."),
        ("zh_TW", "即使皮膚看起來好轉，也要繼續使用藥膏。"),
        ("de", "Wenden Sie die Salbe weiter an, auch wenn die Haut besser aussieht."),
        ("fr", "Continuez à utiliser la pommade même si la peau a meilleur aspect."),
        ("pt_BR", "Continue a usar a pomada mesmo que a pele pareça melhor."),
    ],
)
def test_even_if_kept_passes(catalogs, locale, translation):
    assert catalogs.findings(EVEN_IF_BETTER, translation, locale=locale, check="comparison") == []


# An event or a time of day bound to another way (event_times.py): "after midnight" said `자정 이전`
# passed, the source saying "before" too ("before your operation"); "while you are taking" said
# "before taking" passed, "while" being no direction.
AFTER_MIDNIGHT = "Do not eat anything after midnight before your operation."
WHILE_TAKING = "Do not drink grapefruit juice while you are taking this medicine."
STOP_BEFORE_SURGERY = "Stop taking the blood thinner before your surgery."


@pytest.mark.parametrize(
    ("locale", "source", "turned", "said"),
    [
        ("ko_KR", AFTER_MIDNIGHT, "수술 전날 자정 이전에는 아무것도 드시지 마세요.", "'자정 이전' (before)"),
        ("zh_TW", AFTER_MIDNIGHT, "手術前一晚午夜前請勿進食。", "'午夜前' (before)"),
        ("fr", AFTER_MIDNIGHT, "Ne mangez rien avant minuit la veille de votre opération.", "'avant minuit' (before)"),
        ("ar", AFTER_MIDNIGHT, "لا تأكل شيئًا قبل منتصف الليل في الليلة السابقة للعملية.", "'قبل منتصف الليل' (before)"),
        ("ko_KR", WHILE_TAKING, "이 약을 복용하기 전에는 자몽 주스를 마시지 마세요.", "'복용하기 전에는' (before)"),
        ("es", WHILE_TAKING, "No beba zumo de pomelo antes de tomar este medicamento.", "'antes de tomar' (before)"),
        ("zh_TW", WHILE_TAKING, "服用本藥後請勿飲用葡萄柚汁。", "'服用本藥後' (after)"),
        ("de", WHILE_TAKING, "Trinken Sie nach der Einnahme keinen Grapefruitsaft.", "'nach der Einnahme' (after)"),
        (
            "pt_BR",
            STOP_BEFORE_SURGERY,
            "Pare de tomar o anticoagulante depois da cirurgia.",
            "'depois da cirurgia' (after)",
        ),
        # before treatment said after it, once a warning
        (
            "ko_KR",
            BEFORE_TREATMENT,
            "이 가운데 해당하는 것이 있으면 치료 후에 의료진에게 알리세요.",
            "'치료 후에' (after)",
        ),
        (
            "es",
            BEFORE_TREATMENT,
            "Después del tratamiento, avísele a su equipo médico si alguna de estas situaciones es su caso.",
            "'Después del tratamiento' (after)",
        ),
        ("zh_TW", BEFORE_TREATMENT, "如果以上任何一項符合您的情況，請在治療後告訴醫療團隊。", "'治療後' (after)"),
        ("ar", BEFORE_TREATMENT, "أخبر فريقك الطبي بعد العلاج إذا كان أي من ذلك ينطبق عليك.", "'بعد العلاج' (after)"),
    ],
)
def test_an_event_or_a_time_of_day_bound_to_another_way_is_an_error(catalogs, locale, source, turned, said):
    finding = only(catalogs.findings(source, turned, locale=locale), "comparison")
    assert finding.severity == "error"
    assert f"but the translation says {said}: the patient acts at another time" in finding.message


def test_the_message_names_the_event_and_both_ways(catalogs):
    finding = only(
        catalogs.findings(AFTER_MIDNIGHT, "수술 전날 자정 이전에는 아무것도 드시지 마세요.", check="comparison")
    )
    assert finding.message == (
        "the source says 'after midnight' (after midnight), but the translation says '자정 이전' (before): the "
        "patient acts at another time than the source says ('Do not eat anything after midnight before your "
        "operation.')"
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", AFTER_MIDNIGHT, "수술 전날 자정 이후에는 아무것도 드시지 마세요."),
        ("zh_TW", AFTER_MIDNIGHT, "手術前一晚午夜過後請勿進食。"),
        # bound to no way: from midnight, the eve of the operation
        ("es", AFTER_MIDNIGHT, "No coma nada a partir de la medianoche de la víspera de la cirugía."),
        ("de", AFTER_MIDNIGHT, "Bitte essen Sie ab Mitternacht vor Ihrer Operation nichts mehr."),
        ("pt_BR", AFTER_MIDNIGHT, "Não coma nada a partir da meia-noite anterior à cirurgia."),
        ("ar", AFTER_MIDNIGHT, "لا تتناول أي طعام بعد منتصف الليل في الليلة السابقة للعملية."),
        # a "not" said as an "only": eat only before midnight
        ("ko_KR", "Do not eat anything after midnight.", "자정 이전까지만 식사하실 수 있습니다."),
        ("ko_KR", WHILE_TAKING, "이 약을 복용하는 동안에는 자몽 주스를 마시지 마세요."),
        ("ko_KR", WHILE_TAKING, "이 약을 복용 중에는 자몽 주스를 드시지 마세요."),
        ("zh_TW", WHILE_TAKING, "服用本藥期間請勿飲用葡萄柚汁。"),
        ("zh_TW", WHILE_TAKING, "服藥時請勿飲用葡萄柚汁。"),
        ("es", WHILE_TAKING, "No tome bebidas de pomelo mientras esté en tratamiento con este medicamento."),
        ("fr", WHILE_TAKING, "Ne buvez pas de jus de pamplemousse pendant le traitement."),
        ("fr", WHILE_TAKING, "Ne buvez pas de jus de pamplemousse lors de la prise de ce médicament."),
        ("de", WHILE_TAKING, "Trinken Sie während der Einnahme keinen Grapefruitsaft."),
        ("pt_BR", WHILE_TAKING, "Não beba sumo de toranja enquanto estiver a tomar este medicamento."),
        ("ar", WHILE_TAKING, "تجنّب عصير الجريب فروت طوال فترة تناولك لهذا الدواء."),
        ("ar", WHILE_TAKING, "لا تشرب عصير الجريب فروت أثناء تناول هذا الدواء."),
        # while and after: the while kept, an after added of the end of the treatment
        (
            "ko_KR",
            "Do not have live vaccines during treatment or for 6 months afterwards.",
            "치료 기간 및 치료 종료 후 6개월 동안 생백신을 맞지 마세요.",
        ),
        # "within 3 days of the surgery": no while
        (
            "ar",
            "Call your doctor if you have a fever within 3 days after surgery.",
            "اتصل بطبيبك إذا أصبت بالحمى خلال 3 أيام من الجراحة.",
        ),
        ("fr", "Shower the day after surgery.", "Prenez une douche le lendemain de l'opération."),
        ("es", STOP_BEFORE_SURGERY, "Deje de tomar el anticoagulante antes de la cirugía."),
        ("de", STOP_BEFORE_SURGERY, "Setzen Sie den Blutverdünner vor der Operation ab."),
    ],
)
def test_an_event_or_a_time_of_day_bound_to_its_way_or_to_none_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="comparison") == []


# An "until" of a time said "from" (until_from.py): drinking allowed only in the last 2 hours.
UNTIL_2_HOURS = "You may drink clear fluids until 2 hours before your procedure."


@pytest.mark.parametrize(
    ("locale", "turned", "said"),
    [
        ("ko_KR", "시술 2시간 전부터 맑은 음료를 드셔도 됩니다.", "부터"),
        ("es", "Puede tomar líquidos claros a partir de 2 horas antes del procedimiento.", "a partir de"),
        ("fr", "Vous pouvez boire des liquides clairs à partir de 2 heures avant l'intervention.", "à partir d"),
        ("de", "Sie dürfen ab 2 Stunden vor dem Eingriff klare Flüssigkeiten trinken.", "ab"),
        ("pt_BR", "Pode beber líquidos claros a partir de 2 horas antes do procedimento.", "a partir d"),
        ("zh_TW", "從處置前兩小時起可以喝清流質飲料。", "從"),
        ("ar", "يمكنك شرب السوائل الصافية ابتداءً من ساعتين قبل الإجراء.", "ابتداءً من"),
    ],
)
def test_an_until_of_a_time_said_from_is_an_error(catalogs, locale, turned, said):
    finding = only(catalogs.findings(UNTIL_2_HOURS, turned, locale=locale), "comparison")
    assert finding.severity == "error"
    assert finding.message.startswith(
        f"the source says 'until 2 hours' (until: the instruction holds up to that time), but the translation says "
        f"'{said}' (from) and no until"
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", UNTIL_2_HOURS, "시술 2시간 전까지는 맑은 음료를 드셔도 됩니다."),
        ("es", UNTIL_2_HOURS, "Puede tomar líquidos claros hasta 2 horas antes del procedimiento."),
        ("fr", UNTIL_2_HOURS, "Vous pouvez boire des liquides clairs jusqu'à 2 heures avant l'intervention."),
        ("de", UNTIL_2_HOURS, "Klare Flüssigkeiten dürfen Sie bis 2 Stunden vor dem Eingriff trinken."),
        ("pt_BR", UNTIL_2_HOURS, "Pode beber líquidos claros até 2 horas antes do procedimento."),
        ("zh_TW", UNTIL_2_HOURS, "您可以喝清流質飲料，直到處置前兩小時為止。"),
        ("ar", UNTIL_2_HOURS, "يمكنك شرب السوائل الصافية حتى قبل الإجراء بساعتين."),
        # from and until both: a range
        ("es", "You may eat from 8:00 until midnight.", "Puede comer desde las 8:00 hasta la medianoche."),
        # a "not" of the until: "drive only from 24 hours after"
        (
            "fr",
            "Do not drive until 24 hours after the procedure.",
            "Ne conduisez qu'à partir de 24 heures après l'intervention.",
        ),
        # keep taking until, said as stop from
        ("ko_KR", "Keep taking it until 5 days before your operation.", "수술 5일 전부터 복용을 중단하세요."),
        # an until of no time
        ("es", "You may drive until you feel drowsy.", "Puede conducir a partir de ahora si no tiene sueño."),
    ],
)
def test_an_until_said_as_until_or_a_not_or_a_stop_from_passes(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale, check="comparison")
    assert not [finding for finding in findings if "(until:" in finding.message]
