"""[negation] (softened.py): a prohibition of the source is not softened into a limit, a wish or a ban on excess."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

NO_ALCOHOL = "Do not drink alcohol while taking this medicine."
AVOID_ALCOHOL = "Avoid alcohol while taking this medicine."


@pytest.mark.parametrize(
    "locale, softened, said",
    [
        # "drink less": some alcohol allowed
        ("es", "Reduzca el consumo de alcohol mientras toma este medicamento.", "Reduzca"),
        ("fr", "Limitez votre consommation d'alcool pendant ce traitement.", "Limitez"),
        ("de", "Reduzieren Sie Ihren Alkoholkonsum während der Einnahme.", "Reduzieren"),
        ("pt", "Beba menos álcool enquanto estiver a tomar este medicamento.", "menos"),
        ("zh_TW", "服用本藥期間請減少飲酒。", "減少"),
        ("ko_KR", "이 약을 복용하는 동안 음주를 줄이십시오.", "줄이"),
        ("ar", "قلّل من شرب الكحول أثناء تناول هذا الدواء.", "قلّل"),
        # "if possible": the ban left to the patient
        ("de", "Trinken Sie während der Einnahme möglichst keinen Alkohol.", "möglichst"),
        ("ko_KR", "이 약을 복용하는 동안 가능하면 술을 마시지 마십시오.", "가능하면"),
        ("zh_TW", "服用本藥期間盡量不要飲酒。", "盡量"),
        ("es", "En lo posible, no beba alcohol mientras toma este medicamento.", "En lo posible"),
        ("fr", "Si possible, ne buvez pas d'alcool pendant ce traitement.", "Si possible"),
        ("pt", "Se possível, não beba álcool enquanto toma este medicamento.", "Se possível"),
        ("ar", "لا تشرب الكحول قدر الإمكان أثناء تناول هذا الدواء.", "قدر الإمكان"),
    ],
)
def test_a_prohibition_softened_is_an_error(catalogs, locale, softened, said):
    findings = catalogs.findings(NO_ALCOHOL, softened, locale=locale, check="negation")
    finding = only([finding for finding in findings if "the source forbids it" in finding.message])
    assert finding.severity == "error"
    assert f"but the translation says {said!r}" in finding.message


# "Do not drink alcohol" as "do not drink too much": only excess forbidden, some allowed (an error;
# a warning where the source says "avoid", below).
@pytest.mark.parametrize(
    "locale, translation, said",
    [
        ("ar", "لا تُكثر من شرب الكحول أثناء تناول هذا الدواء.", "تُكثر"),
        ("ar", "لا تفرط في شرب الكحول أثناء تناول هذا الدواء.", "تفرط"),
        ("ar", "لا تشرب الكحول بكثرة أثناء تناول هذا الدواء.", "بكثرة"),
        ("ko_KR", "이 약을 복용하는 동안 과음하지 마십시오.", "과음"),
        ("ko_KR", "이 약을 복용하는 동안 술을 너무 많이 마시지 마십시오.", "너무 많이"),
        ("zh_TW", "服用本藥期間請勿過量飲酒。", "過量"),
        ("zh_TW", "服用本藥期間請勿喝太多酒。", "太多"),
        ("es", "No beba alcohol en exceso mientras toma este medicamento.", "en exceso"),
        ("fr", "Ne buvez pas trop d'alcool pendant ce traitement.", "trop"),
        ("de", "Trinken Sie während der Einnahme nicht zu viel Alkohol.", "zu viel"),
        ("pt", "Não beba álcool em excesso enquanto toma este medicamento.", "em excesso"),
    ],
)
def test_do_not_said_as_not_too_much_is_an_error(catalogs, locale, translation, said):
    findings = catalogs.findings(NO_ALCOHOL, translation, locale=locale, check="negation")
    finding = only([finding for finding in findings if "the source forbids it" in finding.message])
    assert finding.severity == "error"
    assert f"but the translation says {said!r} (too much): it forbids only excess" in finding.message


@pytest.mark.parametrize(
    "locale, translation, said",
    [
        # "avoid alcohol" as "avoid heavy drinking": only excess forbidden
        ("ko_KR", "이 약을 복용하는 동안 과음을 피하십시오.", "과음"),
        ("zh_TW", "服用本藥期間請避免過量飲酒。", "過量"),
        ("es", "Evite el consumo excesivo de alcohol mientras toma este medicamento.", "excesivo"),
        ("fr", "Évitez l'excès d'alcool pendant ce traitement.", "excès"),
        ("de", "Vermeiden Sie übermäßigen Alkoholkonsum während der Einnahme.", "übermäßigen"),
        ("pt", "Evite o consumo excessivo de álcool enquanto toma este medicamento.", "excessivo"),
        ("ar", "تجنب الإفراط في شرب الكحول أثناء تناول هذا الدواء.", "الإفراط"),
        # "avoid" said as "limit": softer still, but "avoid" is soft itself
        ("es", "Limite el consumo de alcohol mientras toma este medicamento.", "Limite"),
    ],
)
def test_avoid_said_as_avoid_excess_or_as_a_limit_is_a_warning(catalogs, locale, translation, said):
    findings = catalogs.findings(AVOID_ALCOHOL, translation, locale=locale, check="negation")
    finding = only([finding for finding in findings if "the source forbids it" in finding.message])
    assert finding.severity == "warning"
    assert f"but the translation says {said!r}" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", NO_ALCOHOL, "No beba alcohol mientras toma este medicamento."),
        ("de", NO_ALCOHOL, "Trinken Sie während der Einnahme keinen Alkohol."),
        ("zh_TW", NO_ALCOHOL, "服用本藥期間請勿飲酒。"),
        ("ko_KR", NO_ALCOHOL, "이 약을 복용하는 동안 술을 마시지 마십시오."),
        ("es", AVOID_ALCOHOL, "Evite el alcohol mientras toma este medicamento."),
        ("fr", AVOID_ALCOHOL, "Évitez l'alcool pendant ce traitement."),
        ("ar", AVOID_ALCOHOL, "تجنب الكحول أثناء تناول هذا الدواء."),
        # the source says the softening itself
        ("es", "Drink less alcohol while taking this medicine.", "Beba menos alcohol mientras toma este medicamento."),
        ("de", "Try not to drink alcohol if possible.", "Trinken Sie möglichst keinen Alkohol."),
        ("ko_KR", "Do not drink too much alcohol.", "과음하지 마십시오."),
        ("ar", "Do not drink too much alcohol.", "لا تُكثر من شرب الكحول."),
        ("ko_KR", "Do not drink too much water.", "물을 너무 많이 마시지 마십시오."),
        ("ar", NO_ALCOHOL, "لا تشرب الكحول أثناء تناول هذا الدواء."),
        ("ar", "Do not take more than 4 g a day.", "لا تتناول أكثر من 4 غرامات في اليوم."),
        ("pt", "Avoid heavy drinking.", "Evite o consumo excessivo de álcool."),
        # "menos" of "a menos que", "al menos" is no "less"
        (
            "es",
            "Do not stop taking it unless your doctor tells you to.",
            "No deje de tomarlo a menos que su médico se lo indique.",
        ),
        ("pt", "Do not take it for at least 2 hours.", "Não o tome durante pelo menos 2 horas."),
        # "under 2 years" is an age, no "less"
        (
            "fr",
            "Children under 2 years must not use this medicine.",
            "Ne pas utiliser chez l'enfant de moins de 2 ans.",
        ),
        ("es", "Children under 2 years must not use this medicine.", "No usar en niños de menos de dos años."),
        ("ko_KR", "Do not stop taking it even if you feel much better.", "많이 좋아져도 복용을 중단하지 마세요."),
    ],
)
def test_a_prohibition_kept_passes(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale, check="negation")
    assert not [finding for finding in findings if "the source forbids it" in finding.message], findings


# English if_possible said a bare "try": a source that named any try ("try a cool cloth", "do not try
# to") was taken for a soft one of its own, and its prohibition was not read.
@pytest.mark.parametrize(
    "source, translation, errors",
    [
        (
            "Do not scratch the rash: try a cool, damp cloth instead.",
            "En lo posible, no se rasque la erupción: pruebe un paño húmedo y fresco.",
            1,
        ),
        ("Do not try to treat the rash yourself.", "En lo posible, no intente tratar la erupción usted mismo.", 1),
        # "try to", "try not to": the source's own "if possible"
        ("Try not to scratch the rash.", "En lo posible, no se rasque la erupción.", 0),
        ("Try to avoid alcohol.", "En lo posible, evite el alcohol.", 0),
    ],
)
def test_only_a_try_to_softens_an_english_source(catalogs, source, translation, errors):
    findings = catalogs.findings(source, translation, locale="es", check="negation")
    softened = [finding for finding in findings if "the source forbids it" in finding.message]
    assert [finding.severity for finding in softened] == ["error"] * errors, findings


CONTRACEPTION = "Women of childbearing age must use reliable contraception during treatment."
STAY = "You must stay in hospital for 24 hours after the infusion."


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        ("de", CONTRACEPTION, "Frauen im gebärfähigen Alter sollten während der Behandlung nach Möglichkeit "
         "zuverlässig verhüten.", "nach Möglichkeit"),
        ("de", STAY, "Bleiben Sie nach der Infusion möglichst 24 Stunden im Krankenhaus.", "möglichst"),
        ("es", STAY, "En lo posible, debe quedarse en el hospital 24 horas después de la infusión.", "En lo posible"),
        ("fr", CONTRACEPTION, "Les femmes en âge de procréer doivent si possible utiliser une contraception "
         "efficace pendant le traitement.", "si possible"),
        ("pt_BR", STAY, "Se possível, permaneça no hospital por 24 horas após a infusão.", "Se possível"),
        ("ko_KR", STAY, "주입 후 가능하면 24시간 동안 병원에 머물러야 합니다.", "가능하면"),
        ("zh_TW", CONTRACEPTION, "育齡婦女在治療期間應盡量採取可靠的避孕措施。", "盡量"),
        ("ar", CONTRACEPTION, "يجب على النساء في سن الإنجاب استخدام وسيلة منع حمل موثوقة أثناء العلاج قدر الإمكان.",
         "قدر الإمكان"),
    ],
)  # fmt: skip
def test_an_order_said_if_possible_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale, check="negation"))
    assert finding.severity == "error"
    assert f"but the translation says {said!r} (if possible): it leaves the order to the patient" in finding.message


def test_the_order_softened_message_names_both_words(catalogs):
    translation = "Bleiben Sie nach der Infusion möglichst 24 Stunden im Krankenhaus."
    finding = only(catalogs.findings(STAY, translation, locale="de", check="negation"))
    assert finding.message == (
        "the source says it must be done ('must') but the translation says 'möglichst' (if possible): it leaves "
        "the order to the patient ('You must stay in hospital for 24 hours after the infusion.')"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the order kept, however said
        ("de", CONTRACEPTION, "Frauen im gebärfähigen Alter müssen während der Behandlung zuverlässig verhüten."),
        ("zh_TW", CONTRACEPTION, "育齡婦女在治療期間必須採取可靠的避孕措施。"),
        ("ko_KR", STAY, "주입 후 24시간 동안 병원에 머물러야 합니다."),
        # the source leaves it to the patient itself
        ("es", "You must drink water, if possible 2 litres a day.", "Debe beber agua, si es posible 2 litros al día."),
        # "as much as possible" of an amount strengthens the order
        ("zh_TW", "You must drink plenty of water.", "請盡量多喝水。"),
        ("de", "You need to drink plenty of fluids.", "Sie müssen möglichst viel trinken."),
        ("ko_KR", "You must drink plenty of water.", "물을 가능한 한 많이 마셔야 합니다."),
        # "as soon as possible" is no "if possible" ([urgency] reads it)
        ("ko_KR", "You must see a doctor as soon as possible.", "가능한 한 빨리 의사의 진료를 받아야 합니다."),
        ("fr", "You must see a doctor as soon as possible.", "Vous devez consulter un médecin dès que possible."),
        # no order: "may need to"
        ("pt_BR", "You may need to stay in hospital.", "Se possível, talvez precise ficar no hospital."),
    ],
)  # fmt: skip
def test_an_order_kept_or_left_open_by_the_source_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="negation") == []
