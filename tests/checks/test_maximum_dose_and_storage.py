"""The set phrases of a maximum dose and a storage temperature, as medicine labels in each language
word them ("Die Tagesdosis darf 4 g nicht überschreiten", "À conserver à une température ne
dépassant pas 25 °C", 最大劑量為 4 g): correct, so clean; the same phrase said of the other
direction is a limit turned around."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

AT_MOST_A_DAY = "Do not take more than 3 g a day."
AT_LEAST_A_DAY = "Take at least 3 g a day."
STORE_BELOW = "Store below 25 °C."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # a denied "exceed" in the participle of storage texts, and its plain neighbours
        ("fr", STORE_BELOW, "À conserver à une température ne dépassant pas 25 °C."),
        ("fr", STORE_BELOW, "Conserver à une température n'excédant pas 25 °C."),
        ("fr", STORE_BELOW, "Ne pas conserver au-dessus de 25 °C."),
        ("es", STORE_BELOW, "No conservar a temperatura superior a 25 °C."),
        ("es", STORE_BELOW, "Consérvese a una temperatura que no supere los 25 °C."),
        ("pt_BR", STORE_BELOW, "Não conservar acima de 25 °C."),
        ("pt_BR", STORE_BELOW, "Conservar a temperatura não superior a 25 °C."),
        ("de", STORE_BELOW, "Nicht über 25 °C lagern."),
        ("ko_KR", STORE_BELOW, "25 °C를 넘지 않는 곳에 보관하세요."),
        ("zh_TW", STORE_BELOW, "請勿存放於25 °C以上。"),
        ("ar", STORE_BELOW, "لا تحفظه فوق 25 °م."),
        # a daily dose said in one word
        ("de", AT_MOST_A_DAY, "Die Tagesdosis darf 3 g nicht überschreiten."),
        ("de", "The usual dose is 2 g a day.", "Die übliche Tagesdosis beträgt 2 g."),
        ("fr", AT_MOST_A_DAY, "La dose journalière ne doit pas dépasser 3 g."),
        # the maximum said by its noun
        ("de", AT_MOST_A_DAY, "Die maximale Tagesdosis beträgt 3 g."),
        ("de", AT_MOST_A_DAY, "Die Höchstdosis beträgt 3 g pro Tag."),
        ("de", AT_MOST_A_DAY, "Die Tageshöchstdosis von 3 g darf nicht überschritten werden."),
        ("zh_TW", AT_MOST_A_DAY, "每天最大劑量為3 g。"),
        ("zh_TW", AT_MOST_A_DAY, "每日最高劑量為3 g。"),
        ("zh_TW", AT_MOST_A_DAY, "每日最大劑量不可超過3 g。"),
        ("ar", AT_MOST_A_DAY, "الجرعة القصوى 3 غ في اليوم."),
        ("ar", AT_MOST_A_DAY, "الحد الأقصى للجرعة 3 غ في اليوم."),
        ("ar", AT_MOST_A_DAY, "يجب ألا تتجاوز الجرعة القصوى 3 غ في اليوم."),
    ],
)
def test_the_set_phrases_of_a_maximum_dose_and_a_storage_temperature_pass(catalogs, locale, source, translation):
    findings = [f for f in catalogs.findings(source, translation, locale=locale) if f.check != "length"]
    assert findings == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("fr", "Store above 25 °C.", "À conserver à une température ne dépassant pas 25 °C."),
        ("fr", STORE_BELOW, "Ne pas conserver en dessous de 25 °C."),
        ("es", STORE_BELOW, "No conservar por debajo de 25 °C."),
        ("de", STORE_BELOW, "Nicht unter 25 °C lagern."),
        ("ko_KR", STORE_BELOW, "25 °C 이하에서 보관하지 마세요."),
        ("de", AT_LEAST_A_DAY, "Die Höchstdosis beträgt 3 g pro Tag."),
        ("de", AT_MOST_A_DAY, "Die Mindestdosis beträgt 3 g pro Tag."),
        ("zh_TW", AT_LEAST_A_DAY, "每日最大劑量為3 g。"),
        ("ar", AT_LEAST_A_DAY, "الجرعة القصوى 3 غ في اليوم."),
    ],
)
def test_the_same_phrases_said_of_the_other_direction_are_a_limit_turned_around(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "limits")
    assert finding.severity == "error" and "turned around" in finding.message


def test_a_daily_dose_left_out_of_a_german_compound_is_still_missed_per_day(catalogs):
    """Only the compounds of a day's dose say "a day": "Die übliche Dosis beträgt 2 g" says nothing per day."""
    finding = only(
        catalogs.findings("The usual dose is 2 g a day.", "Die übliche Dosis beträgt 2 g.", locale="de"), "units"
    )
    assert "says nothing per day" in finding.message


def test_a_not_added_beside_who_a_limit_is_for_is_still_a_warning(catalogs):
    """ "under 12" says who, not a limit a translation may deny: an added "no" is still read."""
    findings = catalogs.findings(
        "Children under 12: ask your doctor.", "Niños menores de 12 años: no pregunte a su médico.", locale="es"
    )
    assert only(findings, "negation").severity == "warning"


# --- "The maximum dose is 3 tablets": the maximum said by its dose -------------------------------
# The source's maximum was read only right before its number ("a maximum of 3 tablets"), so "The
# maximum dose is 3 tablets a day." set no limit, and `La dosis mínima es de tres comprimidos al
# día.` (the minimum) passed, in every language.

MAXIMUM_DOSE = "The maximum dose is 3 tablets a day."
MINIMUM_DOSE = "The minimum dose is 3 tablets a day."
MAXIMUM_DAILY = "The maximum daily dose is 4 g."
MINIMUM_DAILY = "The minimum daily dose is 4 g."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", MAXIMUM_DOSE, "La dosis mínima es de tres comprimidos al día."),
        ("ko_KR", MAXIMUM_DOSE, "최소 용량은 하루 3정입니다."),
        ("pt_BR", MAXIMUM_DAILY, "A dose mínima diária é de 4 g."),
        ("fr", MAXIMUM_DOSE, "La dose minimale est de 3 comprimés par jour."),
        ("de", MAXIMUM_DOSE, "Die Mindestdosis beträgt 3 Tabletten pro Tag."),
        ("zh_TW", MAXIMUM_DOSE, "最低劑量為每天3錠。"),
        ("ar", MAXIMUM_DOSE, "الجرعة الدنيا هي 3 أقراص يوميًا."),
        ("ar", MAXIMUM_DAILY, "الجرعة اليومية الدنيا هي 4 غ."),
        ("es", MINIMUM_DOSE, "La dosis máxima es de tres comprimidos al día."),
        ("ko_KR", MINIMUM_DOSE, "최대 용량은 하루 3정입니다."),
        ("pt_BR", MINIMUM_DAILY, "A dose máxima diária é de 4 g."),
        ("fr", MINIMUM_DOSE, "La dose maximale est de 3 comprimés par jour."),
        ("de", MINIMUM_DOSE, "Die Höchstdosis beträgt 3 Tabletten pro Tag."),
        ("zh_TW", MINIMUM_DOSE, "最高劑量為每天3錠。"),
        ("ar", MINIMUM_DOSE, "الجرعة القصوى هي 3 أقراص يوميًا."),
    ],
)
def test_a_maximum_dose_said_as_the_minimum_is_a_limit_turned_around(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "limits")
    assert finding.severity == "error" and "turned around" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", MAXIMUM_DOSE, "La dosis máxima es de tres comprimidos al día."),
        ("ko_KR", MAXIMUM_DOSE, "최대 용량은 하루 3정입니다."),
        ("ko_KR", MAXIMUM_DOSE, "1일 최대 3정"),
        ("es", MAXIMUM_DOSE, "No tome más de 3 comprimidos al día."),
        ("pt_BR", MAXIMUM_DAILY, "A dose máxima diária é de 4 g."),
        ("pt_BR", MAXIMUM_DAILY, "Não tome mais de 4 g por dia."),
        ("fr", MAXIMUM_DAILY, "La dose quotidienne maximale est de 4 g."),
        ("de", MAXIMUM_DAILY, "Die maximale Tagesdosis beträgt 4 g."),
        ("zh_TW", MAXIMUM_DAILY, "每日最大劑量為4 g。"),
        ("ar", MAXIMUM_DAILY, "الجرعة اليومية القصوى هي 4 غ."),
        ("ar", MAXIMUM_DAILY, "الحد الأقصى للجرعة اليومية هو 4 غ."),
        ("es", MINIMUM_DOSE, "La dosis mínima es de tres comprimidos al día."),
        ("ko_KR", MINIMUM_DOSE, "최소 용량은 하루 3정입니다."),
        ("zh_TW", MINIMUM_DOSE, "最低劑量為每天3錠。"),
        ("ar", MINIMUM_DAILY, "الجرعة اليومية الدنيا هي 4 غ."),
        ("ar", MINIMUM_DAILY, "الحد الأدنى للجرعة اليومية هو 4 غ."),
        # the "not" is the exceeding's, not the maximum's: read as no limit, as before
        ("ko_KR", "Do not exceed the maximum daily dose of 4 g.", "1일 최대 용량 4 g을 초과하지 마세요."),
        ("de", "Do not exceed the maximum daily dose of 4 g.", "Überschreiten Sie nicht die Tageshöchstdosis von 4 g."),
        ("es", "The maximum daily dose is 4 g, do not exceed it.", "La dosis máxima diaria es de 4 g; no la supere."),
    ],
)
def test_a_maximum_dose_said_as_the_maximum_passes(catalogs, locale, source, translation):
    findings = [f for f in catalogs.findings(source, translation, locale=locale) if f.check == "limits"]
    assert findings == []


# --- "Maximum daily dose: 6 tablets": the maximum said as a label ---------------------------------
# Its colon kept the maximum from its number, so the source set no limit, and `Dosis mínima diaria:
# seis comprimidos.` (the minimum: a patient may take more) passed, in every language.

MAXIMUM_LABEL = "Maximum daily dose: 6 tablets."
MINIMUM_LABEL = "Minimum dose: 2 tablets."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", MAXIMUM_LABEL, "Dosis mínima diaria: seis comprimidos."),
        ("ko_KR", MAXIMUM_LABEL, "1일 최소 용량: 6정."),
        ("zh_TW", MAXIMUM_LABEL, "每日最低劑量：6錠。"),
        ("de", MAXIMUM_LABEL, "Mindestdosis pro Tag: 6 Tabletten."),
        ("de", MAXIMUM_LABEL, "Minimale Tagesdosis: 6 Tabletten."),
        ("de", MAXIMUM_LABEL, "Mindesttagesdosis: 6 Tabletten."),
        ("fr", MAXIMUM_LABEL, "Dose minimale quotidienne : 6 comprimés."),
        ("ar", MAXIMUM_LABEL, "الجرعة اليومية الدنيا: 6 أقراص."),
        ("pt_BR", MAXIMUM_LABEL, "Dose diária mínima: 6 comprimidos."),
        ("es", "Maximum dose: 4 g in 24 hours.", "Dosis mínima: 4 g en 24 horas."),
        ("es", "Maximum dose per day: 6 tablets.", "Dosis mínima por día: 6 comprimidos."),
        ("es", "Maximum: 6 tablets a day.", "Mínimo: 6 comprimidos al día."),
        ("fr", "Maximum: 6 tablets a day.", "Minimum : 6 comprimés par jour."),
        ("es", "Daily maximum: 6 tablets.", "Mínimo diario: 6 comprimidos."),
        ("ko_KR", "Max daily dose: 6 tablets.", "1일 최소 용량: 6정."),
        ("es", MINIMUM_LABEL, "Dosis máxima: 2 comprimidos."),
    ],
)
def test_a_maximum_label_said_as_the_minimum_is_a_limit_turned_around(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "limits")
    assert finding.severity == "error"
    assert "turned around" in finding.message and ("says at least" in finding.message or source == MINIMUM_LABEL)


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", MAXIMUM_LABEL, "Dosis máxima diaria: seis comprimidos."),
        ("es", MAXIMUM_LABEL, "Como máximo, seis comprimidos al día."),
        ("ko_KR", MAXIMUM_LABEL, "1일 최대 용량: 6정."),
        ("ko_KR", MAXIMUM_LABEL, "하루 최대 6정까지 복용하세요."),
        ("zh_TW", MAXIMUM_LABEL, "每日最大劑量：6錠。"),
        ("zh_TW", MAXIMUM_LABEL, "每日不超過6錠。"),
        ("de", MAXIMUM_LABEL, "Tageshöchstdosis: 6 Tabletten."),
        ("de", MAXIMUM_LABEL, "Höchstens 6 Tabletten pro Tag."),
        ("fr", MAXIMUM_LABEL, "Dose maximale quotidienne : 6 comprimés."),
        ("ar", MAXIMUM_LABEL, "الجرعة اليومية القصوى: 6 أقراص."),
        ("ar", MAXIMUM_LABEL, "لا تتجاوز 6 أقراص يوميًا."),
        ("pt_BR", MAXIMUM_LABEL, "Dose diária máxima: 6 comprimidos."),
        ("pt_BR", MAXIMUM_LABEL, "No máximo 6 comprimidos por dia."),
        ("es", MINIMUM_LABEL, "Dosis mínima: 2 comprimidos."),
        ("es", "Maximum dose per day: 6 tablets.", "Dosis máxima por día: 6 comprimidos."),
        ("es", "Maximum: 6 tablets a day.", "Máximo: 6 comprimidos al día."),
        ("ko_KR", "Maximum: 6 tablets a day.", "최대: 하루 6정."),
        ("zh_TW", "Maximum: 6 tablets a day.", "最多：每日6錠。"),
        ("de", "Maximum: 6 tablets a day.", "Maximal 6 Tabletten pro Tag."),
        ("fr", "Daily maximum: 6 tablets.", "Au maximum 6 comprimés par jour."),
        ("ar", "Daily maximum: 6 tablets.", "6 أقراص يوميًا كحد أقصى."),
        ("pt_BR", "Maximum: 6 tablets a day.", "Máximo: 6 comprimidos por dia."),
        ("zh_TW", "Maximum dose in 24 hours: 4 g.", "24小時內最多4公克。"),
        # the "not" is the exceeding's, not the maximum's
        ("es", "Do not exceed the maximum daily dose: 6 tablets.", "No supere la dosis máxima diaria: 6 comprimidos."),
    ],
)
def test_a_maximum_label_said_as_the_maximum_passes(catalogs, locale, source, translation):
    assert [f for f in catalogs.findings(source, translation, locale=locale) if f.check == "limits"] == []


# --- A label whose limit word is far from its colon ------------------------------------------------
# "Dosis mínima en 24 horas: 4 g." (another number between), "الحد الأدنى للجرعة اليومية: 6 أقراص."
# (the word more than 16 characters away) only warned, and "The maximum daily dose for adults: 6
# tablets." (who between) set no limit, so 'Dosis mínima diaria para adultos' passed.  A label's
# limit word is its colon's number's, wherever it stands in the label, unless a number of its own
# follows it ("Niños mayores de 12 años: 2 comprimidos": the 12's).
FOR_ADULTS = "The maximum daily dose for adults: 6 tablets."
IN_24_HOURS = "Maximum dose in 24 hours: 4 g."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", IN_24_HOURS, "Dosis mínima en 24 horas: 4 g."),
        ("pt_BR", IN_24_HOURS, "Dose mínima em 24 horas: 4 g."),
        ("de", IN_24_HOURS, "Mindestdosis in 24 Stunden: 4 g."),
        ("ar", MAXIMUM_LABEL, "الحد الأدنى للجرعة اليومية: 6 أقراص."),
        ("es", FOR_ADULTS, "Dosis mínima diaria para adultos: 6 comprimidos."),
        ("fr", FOR_ADULTS, "Dose quotidienne minimale chez l'adulte : 6 comprimés."),
        ("ko_KR", FOR_ADULTS, "성인 1일 최소 용량: 6정."),
        ("zh_TW", FOR_ADULTS, "成人每日最低劑量：6錠。"),
    ],
)
def test_a_label_far_from_its_colon_said_as_the_minimum_is_a_limit_turned_around(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "limits")
    assert finding.severity == "error" and "it says at least" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", IN_24_HOURS, "Dosis máxima en 24 horas: 4 g."),
        ("ar", MAXIMUM_LABEL, "الحد الأقصى للجرعة اليومية: 6 أقراص."),
        ("es", FOR_ADULTS, "Dosis máxima diaria para adultos: 6 comprimidos."),
        ("ko_KR", FOR_ADULTS, "성인 1일 최대 용량: 6정."),
        ("zh_TW", FOR_ADULTS, "成人每日最高劑量：6錠。"),
        # the label's limit is its own number's, not the colon's
        (
            "es",
            "Adults and children over 12: 2 tablets every 4 hours.",
            "Adultos y niños mayores de 12 años: 2 comprimidos cada 4 horas.",
        ),
        ("es", "Children over 12 years: at most 2 tablets.", "Niños mayores de 12 años: 2 comprimidos como máximo."),
    ],
)
def test_a_label_far_from_its_colon_said_as_the_maximum_passes(catalogs, locale, source, translation):
    assert [f for f in catalogs.findings(source, translation, locale=locale) if f.check == "limits"] == []
