"""Every check that reads a language's words, on German translations (pipeline/languages/de.py):
each defect found at its entry's line, and its faithful renderings passed."""

from __future__ import annotations

import pytest

from tests.checks.helpers import msgid_line, only


@pytest.mark.parametrize(
    ("source", "translation", "check", "message"),
    [
        (
            "Do not stop the infusion by yourself.",
            "Beenden Sie die Infusion selbst.",
            "negation",
            "the source says 'not' but the translation has no negation: check that it does not say the opposite "
            "('Do not stop the infusion by yourself.')",
        ),
        (
            "Do not stop taking it and do not skip a dose.",
            "Setzen Sie es nicht ab und lassen Sie eine Dosis aus.",
            "negation",
            "the source says 'not' 2 times but the translation has 1 negation ('nicht'): check that it does not say "
            "the opposite of one of them ('Do not stop taking it and do not skip a dose.')",
        ),
        (
            "Never take it again.",
            "Vergessen Sie nie, es zu nehmen.",
            "negation",
            "the source says 'never' but its only negation ('Vergessen Sie nie') is of stopping or forgetting, which "
            "says to keep on: check that it does not say the opposite ('Never take it again.')",
        ),
        (
            "Take no more than 4 g in 24 hours.",
            "Nehmen Sie mindestens 4 g in 24 Stunden ein.",
            "limits",
            "'no more than 4 g' is turned around in the translation: it says at least 4, the source at most",
        ),
        (
            "Wait at least 2 hours.",
            "Warten Sie höchstens 2 Stunden.",
            "limits",
            "'at least 2 hours' is turned around in the translation: it says at most 2, the source at least",
        ),
        (
            "Take it twice a day.",
            "Nehmen Sie es dreimal täglich ein.",
            "number-words",
            "'twice' (2) in the source is missing from the translation",
        ),
        (
            "About one in ten people get a headache.",
            "Etwa einer von hundert Menschen bekommt Kopfschmerzen.",
            "number-words",
            "'ten' (10) in the source is missing from the translation",
        ),
        (
            "Take it before meals.",
            "Nehmen Sie es nach den Mahlzeiten ein.",
            "comparison",
            "the source says 'before' (before/after) but the translation says only 'nach': check that it does not "
            "say the opposite ('Take it before meals.')",
        ),
        (
            "Take it at 8 pm.",
            "Nehmen Sie es um 8 Uhr morgens ein.",
            "numbers",
            "8 pm in the source is 8 Uhr morgens in the translation, in the other half of the day",
        ),
        (
            "Take the tablets with water.",
            "Nehmen Sie 8 Tabletten mit Wasser ein.",
            "numbers",
            "dose 8 Tabletten in the translation is not in the source",
        ),
        (
            "Take 2 drops.",
            "Nehmen Sie ein oder zwei Tropfen.",
            "numbers",
            "2 in the source is an exact count; the translation makes it an approximation: ein oder zwei Tropfen "
            "(1 or 2)",
        ),
        (
            "Take it once a week.",
            "Nehmen Sie es einmal täglich ein.",
            "units",
            "'once a week' (per week) in the source: the translation says per day (täglich) and nothing per week",
        ),
    ],
)
def test_a_german_translation_that_changes_the_meaning_is_told_at_its_line(
    catalogs, source, translation, check, message
):
    finding = only(catalogs.findings(source, translation, check=check, locale="de"))
    assert finding.message == message
    assert finding.line == msgid_line(catalogs.path("de"), source)


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("Do not stop the infusion by yourself.", "Beenden Sie die Infusion nicht selbst."),
        ("Do not stop taking it and do not skip a dose.", "Setzen Sie es nicht ab und lassen Sie keine Dosis aus."),
        ("Do not stop taking it or skip a dose.", "Setzen Sie es nicht ab oder lassen Sie eine Dosis aus."),
        ("It helps with fever and pain.", "Es hilft nicht nur bei Fieber, sondern auch bei Schmerzen."),
        ("Avoid NSAIDs such as ibuprofen.", "Vermeiden Sie nichtsteroidale Antirheumatika wie Ibuprofen."),
        ("Take no more than 4 g in 24 hours.", "Nehmen Sie höchstens 4 g in 24 Stunden ein."),
        ("Take no more than 4 g in 24 hours.", "Nehmen Sie nicht mehr als 4 g in 24 Stunden ein."),
        ("Take no more than 4 g in 24 hours.", "Nehmen Sie keinesfalls mehr als 4 g in 24 Stunden ein."),
        ("Do not exceed 4 g in 24 hours.", "In 24 Stunden dürfen 4 g nicht überschritten werden."),
        ("Do not give it to children under 12.", "Geben Sie es nicht Kindern unter 12 Jahren."),
        ("It is for people aged 65 or over.", "Es ist für Menschen ab 65 Jahren."),
        ("Take it twice a day for two days.", "Nehmen Sie es zwei Tage lang zweimal täglich ein."),
        ("About one in ten people get a headache.", "Etwa einer von zehn Menschen bekommt Kopfschmerzen."),
        ("Take half a tablet.", "Nehmen Sie eine halbe Tablette ein."),
        ("Take one and a half tablets.", "Nehmen Sie anderthalb Tabletten ein."),
        ("Wait twenty days, then forty more.", "Warten Sie zwanzig Tage, dann weitere vierzig."),
        ("Blood clots are more likely in older people.", "Blutgerinnsel sind bei älteren Menschen wahrscheinlicher."),
        ("Take it before meals.", "Nehmen Sie es vor den Mahlzeiten ein."),
        ("Take it at 8 pm.", "Nehmen Sie es um 8 Uhr abends ein."),
        ("Take it once a week.", "Nehmen Sie es einmal wöchentlich ein."),
        ("Take 400 mg a day.", "Nehmen Sie 400 mg pro Tag ein."),
    ],
)
def test_a_faithful_german_translation_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="de") == []
