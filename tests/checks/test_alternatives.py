"""[negation] (alternatives.py): one of two things to take or use is not said as both."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

CREAM_OR_OINTMENT = "Use either the cream or the ointment on the rash."
NOT_BOTH = "You can take either the tablets or the syrup, but not both."
WITH_FOOD_OR_NOT = "You can take it either with food or on an empty stomach."
WHO_ANSWERS = "Either your doctor or your pharmacist can answer your questions."


@pytest.mark.parametrize(
    "locale, source, both, said",
    [
        ("ko_KR", CREAM_OR_OINTMENT, "발진 부위에 크림과 연고를 둘 다 바르세요.", "둘 다"),
        ("ko_KR", CREAM_OR_OINTMENT, "발진 부위에 크림과 연고를 함께 바르세요.", "를 함께"),
        ("ko_KR", NOT_BOTH, "정제와 시럽을 동시에 복용할 수 있습니다.", "동시에"),
        ("es", NOT_BOTH, "Puede tomar los comprimidos y el jarabe a la vez.", "a la vez"),
        ("es", CREAM_OR_OINTMENT, "Aplique en la erupción la crema y la pomada juntas.", "juntas"),
        ("fr", CREAM_OR_OINTMENT, "Appliquez à la fois la crème et la pommade sur l'éruption.", "à la fois"),
        ("de", NOT_BOTH, "Sie können die Tabletten und den Sirup zusammen einnehmen.", "zusammen"),
        ("pt", CREAM_OR_OINTMENT, "Aplique o creme e a pomada ao mesmo tempo na erupção.", "ao mesmo tempo"),
        ("zh_TW", NOT_BOTH, "您可以同時服用錠劑和糖漿。", "同時"),
        ("ar", NOT_BOTH, "يمكنك تناول الأقراص والشراب معًا.", "معًا"),
    ],
)
def test_one_of_two_said_as_both_is_an_error(catalogs, locale, source, both, said):
    findings = catalogs.findings(source, both, locale=locale, check="negation")
    finding = only([finding for finding in findings if finding.severity == "error"])
    assert finding.message.startswith(
        f"the source says 'either … or' (one of the two) but the translation says '{said}' (both or together)"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the choice kept
        ("ko_KR", CREAM_OR_OINTMENT, "발진 부위에 크림이나 연고 중 하나를 바르세요."),
        ("fr", CREAM_OR_OINTMENT, "Appliquez soit la crème, soit la pommade sur l'éruption."),
        ("de", CREAM_OR_OINTMENT, "Tragen Sie entweder die Creme oder die Salbe auf den Ausschlag auf."),
        ("zh_TW", CREAM_OR_OINTMENT, "請在皮疹處塗抹乳膏或軟膏其中一種。"),
        # "not both" said with its negation
        ("ko_KR", NOT_BOTH, "정제나 시럽 중 하나를 복용할 수 있지만, 둘 다 복용하지는 마세요."),
        ("es", NOT_BOTH, "Puede tomar los comprimidos o el jarabe, pero no ambos."),
        ("fr", NOT_BOTH, "Vous pouvez prendre les comprimés ou le sirop, mais pas les deux."),
        ("de", NOT_BOTH, "Sie können die Tabletten oder den Sirup einnehmen, aber nicht beides."),
        ("pt", NOT_BOTH, "Pode tomar os comprimidos ou o xarope, mas não ambos."),
        ("zh_TW", NOT_BOTH, "您可以服用錠劑或糖漿，但不可兩者併用。"),
        ("ar", NOT_BOTH, "يمكنك تناول الأقراص أو الشراب، ولكن ليس كليهما."),
        # "with" and "both cases" are no "both"
        ("ko_KR", WITH_FOOD_OR_NOT, "이 약은 식사와 함께 복용해도 되고 공복에 복용해도 됩니다."),
        ("es", WITH_FOOD_OR_NOT, "Puede tomarlo junto con las comidas o en ayunas."),
        ("es", WITH_FOOD_OR_NOT, "Puede tomarlo con las comidas o en ayunas: en ambos casos funciona igual."),
        ("pt", WITH_FOOD_OR_NOT, "Pode tomá-lo com as refeições ou em jejum: em ambos os casos funciona."),
        ("de", WITH_FOOD_OR_NOT, "Sie können es zu einer Mahlzeit oder nüchtern einnehmen, es wirkt in beiden Fällen."),
        ("de", WITH_FOOD_OR_NOT, "Sie können es zusammen mit einer Mahlzeit oder auf nüchternen Magen einnehmen."),
        ("zh_TW", WITH_FOOD_OR_NOT, "本藥可與食物一起服用，也可空腹服用。"),
        # a choice of who, not of what to take: both may
        ("de", WHO_ANSWERS, "Sowohl Ihr Arzt als auch Ihr Apotheker kann Ihre Fragen beantworten."),
        ("es", WHO_ANSWERS, "Tanto su médico como su farmacéutico pueden responder a sus preguntas."),
        # the source allows both itself
        ("es", "Use either the cream or the ointment, or both.", "Use la crema, la pomada o ambas a la vez."),
    ],
)
def test_the_choice_said_otherwise_passes(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale, check="negation")
    assert not [finding for finding in findings if finding.severity == "error"], findings


EITHER_NOT_BOTH = "Take either the tablet or the syrup, not both."
MORNING_OR_EVENING = "Take either the morning dose or the evening dose, not both."


@pytest.mark.parametrize(
    "locale, source, both",
    [
        ("es", EITHER_NOT_BOTH, "Tome el comprimido y el jarabe."),
        ("pt", EITHER_NOT_BOTH, "Tome o comprimido e o xarope."),
        ("fr", EITHER_NOT_BOTH, "Prenez le comprimé et le sirop."),
        ("ar", EITHER_NOT_BOTH, "تناول القرص والشراب."),
        ("ko_KR", MORNING_OR_EVENING, "아침 용량과 저녁 용량을 모두 복용하세요."),
        ("zh_TW", MORNING_OR_EVENING, "早上和晚上的劑量都要服用。"),
        ("de", "Take either the tablets or the syrup, but never both.", "Nehmen Sie die Tabletten und den Saft ein."),
    ],
)
def test_not_both_said_with_no_choice_is_an_error(catalogs, locale, source, both):
    findings = catalogs.findings(source, both, locale=locale, check="negation")
    finding = only([finding for finding in findings if finding.severity == "error"])
    assert finding.message.startswith(
        "the source says 'either … or', not both, but the translation says neither 'or' nor 'only' nor a negation"
    )


def test_never_both_is_no_both_of_the_source(catalogs):
    """ "but never both" forbids both as "but not both" does: "sowohl … als auch" is both."""
    source = "Take either the tablets or the syrup, but never both."
    translation = "Nehmen Sie sowohl die Tabletten als auch den Saft ein."
    findings = catalogs.findings(source, translation, locale="de", check="negation")
    assert any("'sowohl' (both or together)" in finding.message for finding in findings)


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", EITHER_NOT_BOTH, "Tome solo uno: el comprimido o el jarabe."),
        ("pt", EITHER_NOT_BOTH, "Tome apenas um deles: o comprimido ou o xarope."),
        ("fr", EITHER_NOT_BOTH, "Prenez soit le comprimé, soit le sirop."),
        ("ar", EITHER_NOT_BOTH, "تناول إما القرص أو الشراب."),
        ("de", EITHER_NOT_BOTH, "Nehmen Sie nur eines davon ein: die Tablette oder den Sirup."),
        ("ko_KR", MORNING_OR_EVENING, "아침 용량이나 저녁 용량 중 하나만 복용하세요."),
        ("zh_TW", MORNING_OR_EVENING, "早上或晚上的劑量擇一服用。"),
        ("zh_TW", MORNING_OR_EVENING, "只服用早上的劑量或晚上的劑量其中一次。"),
        # the source allows both: "also" is right
        ("zh_TW", WITH_FOOD_OR_NOT, "本藥可隨餐服用，也可空腹服用。"),
        ("ko_KR", WITH_FOOD_OR_NOT, "이 약은 식사와 함께 복용해도 되고 공복에 복용해도 됩니다."),
    ],
)
def test_not_both_said_with_its_choice_passes(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale, check="negation")
    assert not [finding for finding in findings if finding.severity == "error"], findings
