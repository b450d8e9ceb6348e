"""German (pipeline/languages/de.py): each field's words, and what only looks like one."""

from __future__ import annotations

from fractions import Fraction

import pytest

from pipeline.languages import language_for
from pipeline.languages.language import AT_LEAST, AT_MOST
from tests.languages.helpers import amounts, markers, values, ways

DE = language_for("de")


def spelled(text: str) -> list[Fraction]:
    return [value for *_, value in DE.number_spans(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 Million", 1_000_000), ("2 Millionen", 2_000_000), ("1,5 Mio. Menschen", 1_500_000), ("0,5", Fraction(1, 2))],
)
def test_german_numbers(text, value):
    assert Fraction(value) in values(text, "de")


@pytest.mark.parametrize(("locale", "decimal"), [("de", ","), ("de_DE", ","), ("de_AT", ","), ("de_CH", ".")])
def test_every_german_locale_finds_german_with_its_own_decimal_mark(locale, decimal):
    german = language_for(locale)
    assert (german.code, german.english_name, german.decimal_symbol) == ("de", "German", decimal)
    assert german.negations("Nehmen Sie es nicht.") == ["nicht"]


def test_german_groups_thousands_with_a_point():
    assert (DE.decimal_symbol, DE.group_symbol) == (",", ".")
    assert Fraction(4000) in values("Nehmen Sie nie mehr als 4.000 mg.", "de")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3 bis 5 Tage", (3, "day")),
        ("zwischen 1 und 3 Wochen", (1, "week")),
        ("24 Stunden", (24, "hour")),
        ("30 Minuten", (30, "minute")),
        ("nach 6 Monaten", (6, "month")),
        ("10 Prozent", (10, "percent")),
        ("500 Milligramm", (500, "mg")),
        ("zwei Wochen", (2, "week")),
        ("eine halbe Stunde", (30, "minute")),
        ("eine Viertelstunde", (15, "minute")),
    ],
)
def test_german_quantities(text, amount):
    assert (Fraction(amount[0]), amount[1]) in amounts(text, "de")


def test_a_day_said_as_a_rate():
    assert markers("400 mg pro Tag", "de") == ["day"]
    assert markers("zweimal täglich", "de") == ["day"]
    assert markers("einmal wöchentlich", "de") == ["week"]
    assert markers("minütlich 2 mL, stündlich 1 mL", "de") == ["minute", "hour"]
    assert markers("1 g pro Kilogramm Körpergewicht", "de") == ["kg"]
    # on the day of the infusion, the day before: no rate
    assert markers("am Tag der Infusion und am Tag davor", "de") == []


# -- negation --


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Beenden Sie die Infusion nicht selbst.", ["nicht"]),
        ("Nehmen Sie keine Schmerzmittel. Trinken Sie nie Alkohol.", ["keine", "nie"]),
        ("Fahren Sie keinesfalls Auto.", ["keinesfalls"]),
        ("Weder Kinder noch Schwangere.", ["Weder"]),
        ("Nehmen Sie es nicht ohne Wasser.", ["nicht", "ohne"]),
    ],
)
def test_negations(text, said):
    assert DE.negations(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "Beenden Sie die Infusion selbst.",  # the adopter's translation that dropped it
        "Es hilft nicht nur bei Fieber.",  # not only
        "Nichtsteroidale Antirheumatika wie Ibuprofen",  # non-steroidal: one word
        "nicht-steroidale Antirheumatika, nicht steroidale Mittel",
        "bei einem Nicht-Hodgkin-Lymphom",  # a disease's name
        "Kein Wunder, dass Sie müde sind.",  # no wonder
        "Ob Sie essen oder nicht, nehmen Sie es.",  # whether or not
        "Nebenwirkungen sind nicht selten.",  # not rare: common
        "Nehmen Sie nicht mehr als 4 g ein.",  # a limit, which [limits] reads
        "Die Tagesdosis von 4 g darf nicht überschritten werden.",
        "Nehmen Sie nichtsdestotrotz Ihre Tabletten.",
    ],
)
def test_what_only_looks_like_a_negation(text):
    assert DE.negations(text) == []


def test_ohne_is_a_negation_a_translation_may_render_not_with_but_never_adds():
    assert DE.strong_negation_re is not None
    assert not DE.strong_negation_re.search("ohne Rezept; vermeiden Sie Sonne")


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("Beenden Sie die Einnahme nicht eigenmächtig.", True),
        ("Setzen Sie das Arzneimittel nicht ab.", True),
        ("Vergessen Sie nicht, es zu nehmen.", True),
        ("Lassen Sie keine Dosis aus.", True),
        ("Setzen Sie das Arzneimittel nicht ohne Rücksprache mit Ihrem Arzt ab.", True),
        ("Hören Sie nicht mit der Einnahme auf, ohne mit Ihrem Arzt zu sprechen.", True),
        ("Stoppen Sie die Infusion nicht selbst.", True),
        ("Sie dürfen die Behandlung nicht abbrechen.", True),
        ("Setzen Sie sich nicht ans Steuer.", False),  # do not drive
        ("Nehmen Sie es nicht mit Milch.", False),
    ],
)
def test_a_not_of_stopping_says_to_keep_on(text, stop):
    assert DE.pattern("negated_stop") is not None
    assert bool(DE.search("negated_stop", text)) is stop


def test_one_not_said_of_two_verbs_by_oder():
    assert DE.pattern("one_negation_for_two") is not None
    assert DE.pattern("one_negation_for_two").search("Setzen Sie es nicht ab oder lassen Sie eine Dosis aus.")
    assert not DE.pattern("one_negation_for_two").search("Nicht absetzen und keine Dosis auslassen.")


# -- limits --


@pytest.mark.parametrize(
    ("phrase", "direction"),
    [
        ("nicht mehr als", AT_MOST),
        ("höchstens", AT_MOST),
        ("maximal", AT_MOST),
        ("bis zu", AT_MOST),
        ("weniger als", AT_MOST),
        ("innerhalb von", AT_MOST),
        ("spätestens", AT_MOST),
        ("unter", AT_MOST),
        ("mindestens", AT_LEAST),
        ("wenigstens", AT_LEAST),
        ("nicht weniger als", AT_LEAST),
        ("mehr als", AT_LEAST),
        ("über", AT_LEAST),
        ("ab", AT_LEAST),
        ("Kindern unter", AT_MOST),
    ],
)
def test_limits_before_the_number(phrase, direction):
    assert DE.limits_before[phrase] == direction


def test_limits_after_the_number():
    assert DE.limits_after["oder mehr"] == AT_LEAST and DE.limits_after["oder weniger"] == AT_MOST
    assert DE.limits_after["und älter"] == AT_LEAST and DE.limits_after["nicht überschreiten"] == AT_MOST
    assert "kinder unter" in DE.group_limits and "mindestens" not in DE.group_limits


# -- numbers in words --


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("eine Tablette", 1),
        ("null", 0),
        ("sechzehn Wochen", 16),
        ("einundzwanzig Tage", 21),
        ("vierundzwanzig Stunden", 24),
        ("dreißig Minuten", 30),
        ("dreissig Minuten", 30),
        ("fünfundsechzig Jahre", 65),
        ("neunzig Minuten", 90),
        ("hundertzwei", 102),
        ("zweihundertfünfzig Milligramm", 250),
        ("eintausend", 1000),
        ("dreitausendfünfhundert", 3500),
        ("zweieinhalb Stunden", Fraction(5, 2)),
        ("eineinhalb Tabletten", Fraction(3, 2)),
        ("anderthalb Tabletten", Fraction(3, 2)),
        ("die Hälfte", Fraction(1, 2)),
        ("eine halbe", None),  # two numbers: eine (1) and halbe (1/2), below
        ("zweimal täglich", 2),
        ("zwei Mal am Tag", 2),
        ("dreimal", 3),
        ("einmal pro Woche", 1),
        ("doppelt so wahrscheinlich", 2),
        ("die beiden Tabletten", 2),
        ("Acht Tage", 8),
        ("nach acht Stunden", 8),
    ],
)
def test_german_number_words(text, value):
    if value is None:
        assert spelled(text) == [1, Fraction(1, 2)]
    else:
        assert spelled(text) == [Fraction(value)]


@pytest.mark.parametrize(
    "text",
    [
        "Nehmen Sie die Tablette mit Wasser ein.",  # ein: the particle of einnehmen
        "Nehmen Sie sie ein, wenn Sie Fieber haben.",
        "Geben Sie Acht beim Aufstehen.",  # attention
        "Lassen Sie das nicht außer Acht.",
        "Achten Sie auf Ihren Blutdruck.",
        "das Nullbyte, einmalig, zweifelsfrei, dreist, Elfenbein, Einheit",  # words that start like numbers
    ],
)
def test_what_only_looks_like_a_number_word(text):
    assert spelled(text) == []


@pytest.mark.parametrize(("text", "value"), [("am dritten Tag", 3), ("die zweite Dosis", 2), ("im zehnten Monat", 10)])
def test_ordinals_are_values_a_translation_says(text, value):
    assert Fraction(value) in values(text, "de")
    assert spelled(text) == []  # and no count: die zweite Dosis is one dose


# -- directions ([comparison]) --


@pytest.mark.parametrize(
    "text, said",
    [
        ("Blutgerinnsel sind bei älteren Menschen wahrscheinlicher.", {"more/less": "more"}),
        ("Das Risiko steigt. Es ist höher bei Diabetes.", {"more/less": "more"}),
        ("Kopfschmerzen treten häufiger auf.", {"more/less": "more"}),
        ("Es senkt das Fieber und ist weniger wahrscheinlich.", {"more/less": "less"}),
        ("Das Risiko ist geringer.", {"more/less": "less"}),
        ("Vor der Behandlung sagen Sie es uns.", {"before/after": "before"}),
        ("Nach der Infusion und später.", {"before/after": "after"}),
        # not directions: a plain adjective, at least, no longer, as needed, above all, a limit
        ("Ein niedriger Blutdruck ist ein häufiger Befund.", {}),
        ("Mindestens 2 Stunden, mehr oder weniger.", {}),
        ("Nehmen Sie es nicht mehr. Sie haben keine Schmerzen mehr.", {}),
        ("Nach Bedarf, vor allem je nach Gewicht, nach wie vor.", {}),
        ("Vor Licht schützen. Schützt vor Infektionen.", {}),
        ("Personen mit mehr als 65 Jahren, weniger als 10 % der Haut.", {}),
        # stop / keep on, the separable verbs with their particle at the clause's end
        ("Setzen Sie das Arzneimittel ab.", {"stop/keep on": "stop"}),
        ("Hören Sie mit der Einnahme auf, ohne mit Ihrem Arzt zu sprechen.", {"stop/keep on": "stop"}),
        ("Brechen Sie die Behandlung ab und rufen Sie an.", {"stop/keep on": "stop"}),
        ("Sie dürfen die Infusion stoppen oder unterbrechen.", {"stop/keep on": "stop"}),
        ("Nehmen Sie es weiter ein.", {"stop/keep on": "keep on"}),
        ("Wenden Sie die Creme weiterhin an.", {"stop/keep on": "keep on"}),
        ("Setzen Sie die Behandlung fort, bis Ihr Arzt es sagt.", {"stop/keep on": "keep on"}),
        # listen to, break open, sit down: no stopping
        ("Hören Sie auf Ihren Arzt. Brechen Sie die Kapsel nicht auf. Setzen Sie sich.", {}),
    ],
)
def test_directions(text, said):
    assert ways(text, "de") == said


def test_sentences_end_at_no_german_abbreviation():
    assert {"ggf", "bzw", "ca", "nr", "tel", "max"} <= DE.abbreviations
    assert not {"usw", "etc"} & DE.abbreviations  # they often end a sentence


@pytest.mark.parametrize(
    ("text", "forbids"),
    [
        ("Vermeiden Sie ein Absetzen.", True),
        ("Es ist verboten abzusetzen.", True),
        ("Setzen Sie es ab.", False),
        ("Ihr Arzt hat das Absetzen empfohlen.", False),
    ],
)
def test_a_prohibition_of_stopping_is_read(text, forbids):
    """A word that forbids without a "not", said of stopping, says to keep on ([comparison])."""
    regex = DE.pattern("prohibits")
    assert regex is not None
    assert bool(regex.search(text)) is forbids


@pytest.mark.parametrize(
    "text, word, value",
    [
        ("eine Viertel Tablette", "Viertel", Fraction(1, 4)),
        ("ein Viertel einer Tablette", "Viertel", Fraction(1, 4)),
        ("drei Viertel", "Viertel", Fraction(3, 4)),
        ("dreiviertel", "viertel", Fraction(3, 4)),
        ("zwei Drittel", "Drittel", Fraction(2, 3)),
    ],
)
def test_a_quarter_or_a_third_is_its_value(text, word, value):
    spans = {text[start:end]: found for start, end, found in DE.number_spans(text) if found < 1}
    assert spans == {word: value}


@pytest.mark.parametrize(
    "text",
    [
        "eine Viertelstunde",
        "eine viertel Stunde",
        "ein Vierteljahr",
    ],
)
def test_a_quarter_of_an_hour_an_ordinal_or_a_room_is_no_part(text):
    assert [found for *_, found in DE.number_spans(text) if found < 1] == []


@pytest.mark.parametrize(
    "text, value",
    [("zweijährige Kinder", 2), ("ein fünfjähriges Kind", 5), ("Einjährige", 1), ("sechsmonatige Säuglinge", 6)],
)
def test_an_age_as_one_adjective_is_its_number(text, value):
    assert Fraction(value) in [found for *_, found in DE.number_spans(text)]


@pytest.mark.parametrize("text", ["Minderjährige", "volljährig", "vierteljährlich", "langjährige"])
def test_an_adjective_of_years_without_a_number_is_none(text):
    assert [found for *_, found in DE.number_spans(text)] == []


@pytest.mark.parametrize("text", ["Bei fehlender Besserung", "Bei Ausbleiben der Wirkung"])
def test_the_lack_of_an_improvement_is_a_negation(text):
    assert language_for("de").search("negation", text)


def test_the_missed_dose_is_no_lack():
    assert not language_for("de").search("negation", "Nehmen Sie die fehlende Dosis ein")
