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
