"""Spanish (pipeline/languages/es.py)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from pipeline.languages import language_for
from pipeline.languages.language import AT_LEAST, AT_MOST
from tests.languages.helpers import amounts, markers, values, ways


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 millón", 1_000_000), ("2 millones", 2_000_000), ("5 mil", 5000), ("0,5", Fraction(1, 2)), ("1.000", 1000)],
)
def test_spanish_numbers(text, value):
    assert Fraction(value) in values(text, "es")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("de 3 a 5 días", (3, "day")),
        ("entre 1 y 3 semanas", (1, "week")),
        ("24 horas", (24, "hour")),
        ("30 minutos", (30, "minute")),
        ("10 por ciento", (10, "percent")),
    ],
)
def test_spanish_quantities(text, amount):
    assert (Fraction(amount[0]), amount[1]) in amounts(text, "es")


def test_a_range_word_stands_between_spaces():
    assert (Fraction(3), "day") not in amounts("3a 5 días", "es")


def test_per_day():
    assert markers("400 mg al día", "es") == ["day"]
    assert markers("vuelva al día siguiente", "es") == []  # the next day


def test_per_kg_after_the_dose():
    assert markers("1 gramo por kilogramo", "es") == ["kg"]
    assert markers("1 g por kilo de peso", "es") == ["kg"]


def test_negations_of_the_meaning_checks():
    es = language_for("es")
    assert es.negations("No tome más de 2 g. Nunca lo mezcle.") == ["No", "Nunca"]
    assert es.strong_negation_re and not es.strong_negation_re.search("antiinflamatorios no esteroideos")


def test_limits_and_numbers_in_words():
    es = language_for("es")
    assert es.limits_before["no más de"] == AT_MOST and es.limits_after["o más"] == AT_LEAST
    assert [value for *_, value in es.number_spans("diez días y la mitad")] == [10, Fraction(1, 2)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("veinticuatro horas", 24),
        ("veintiún días", 21),
        ("dieciséis semanas", 16),
        ("quince días", 15),
        ("treinta y cinco años", 35),
        ("noventa minutos", 90),
        ("sesenta y cinco años", 65),
    ],
)
def test_spanish_number_words_past_twelve(text, value):
    assert [number for *_, number in language_for("es").number_spans(text)] == [value]


# -- directions ([comparison]) --


@pytest.mark.parametrize(
    "text, said",
    [
        ("Son más probables en las personas mayores.", {"more/less": "more"}),
        ("El riesgo aumenta. Tengo un riesgo mayor.", {"more/less": "more"}),
        ("Reduce la inflamación y son menos probables.", {"more/less": "less"}),
        ("Un riesgo más bajo", {"more/less": "less"}),  # más before "low" says lower
        ("Antes del tratamiento, avísele.", {"before/after": "before"}),
        ("Durante cada infusión y después. En los días siguientes a una infusión.", {"before/after": "after"}),
        # not directions: at least, as soon as possible, a limit next to a number, "under"
        ("Al menos 2 horas, lo antes posible, cuanto antes, desde luego.", {}),
        ("Personas de más de 65 años, menos del 10% de la piel.", {}),
        ("Bajo supervisión médica", {}),
    ],
)
def test_directions(text, said):
    assert ways(text, "es") == said


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_thousands_grouped_by_a_space_are_one_number(space):
    assert {Fraction(150_000), Fraction(1_500_000)} <= values(f"150{space}000 y 1{space}500{space}000", "es")
    assert Fraction(1500, 1) + Fraction(1, 2) in values(f"1{space}500,5", "es")


def test_a_space_between_short_numbers_groups_nothing():
    assert values("los días 1 2 y 3, a las 8 30", "es") == {1, 2, 3, 8, 30}


@pytest.mark.parametrize(
    ("text", "value"), [("el tercer día", 3), ("la segunda dosis", 2), ("la primera semana", 1), ("el décimo día", 10)]
)
def test_ordinals_are_values_a_translation_says(text, value):
    assert Fraction(value) in values(text, "es")
    assert language_for("es").number_spans(text) == []  # and no count: la segunda dosis is one dose


@pytest.mark.parametrize(
    ("text", "forbids"),
    [
        ("Está prohibido dejar de tomarlo.", True),
        ("Evite dejar de tomarlo.", True),
        ("Se prohíbe suspenderlo.", True),
        ("Le han aconsejado dejar de tomarlo.", False),
        ("Deje de tomarlo.", False),
    ],
)
def test_a_prohibition_of_stopping_is_read(text, forbids):
    """A word that forbids without a "not", said of stopping, says to keep on ([comparison])."""
    regex = language_for("es").pattern("prohibits")
    assert regex is not None
    assert bool(regex.search(text)) is forbids


@pytest.mark.parametrize(
    "text, word, value",
    [
        ("un cuarto de comprimido", "cuarto", Fraction(1, 4)),
        ("tres cuartos de la dosis", "cuartos", Fraction(3, 4)),
        ("un tercio del comprimido", "tercio", Fraction(1, 3)),
        ("dos tercios de", "tercios", Fraction(2, 3)),
    ],
)
def test_a_quarter_or_a_third_is_its_value(text, word, value):
    spans = {text[start:end]: found for start, end, found in language_for("es").number_spans(text) if found < 1}
    assert spans == {word: value}


@pytest.mark.parametrize(
    "text",
    [
        "un cuarto de hora",
        "un cuarto de baño",
        "el cuarto día",
        "en un cuarto oscuro",
    ],
)
def test_a_quarter_of_an_hour_an_ordinal_or_a_room_is_no_part(text):
    assert [found for *_, found in language_for("es").number_spans(text) if found < 1] == []


@pytest.mark.parametrize(
    "text, another",
    [
        ("una dosis por la mañana y otra por la noche", True),
        ("un comprimido y otro", True),
        ("otra vez", False),
        ("y otra vez", False),
        ("una u otra", False),
        ("y otros dos", False),
    ],
)
def test_and_another_is_one(text, another):
    # "one in the morning and another in the evening" says one twice
    ones = [text[start:end] for start, end, value in language_for("es").number_spans(text) if value == 1]
    assert any(word.lower().startswith(("otr", "outr")) for word in ones) is another


def test_an_hour_and_a_half_without_its_one_is_90_minutes():
    """`hora y media` (an hour and a half, read as its "one" before it is)."""
    assert (Fraction(90), "minute") in amounts("dura hora y media", "es")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tome una de las dos.", True),
        ("Tome el comprimido o el jarabe.", True),
        ("Tome 2 comprimidos de una vez y, además, 1 comprimido al día.", False),  # "at once" keeps no choice
    ],
)
def test_the_choice_is_kept_by_one_of_not_by_at_once(text, kept):
    assert (language_for("es").search("choice", text) is not None) is kept


def test_words_that_add_one_thing_to_another_are_not_a_bare_also():
    spanish = language_for("es")
    assert spanish.search("in_addition", "y, además, 1 comprimido").group() == "además"
    assert spanish.search("in_addition", "también puede tomar 1 comprimido") is None


@pytest.mark.parametrize(
    ("text", "always"),
    [("Llame siempre al 112.", True), ("en cualquier caso", True), ("siempre que los síntomas persistan", False)],
)
def test_always_is_not_the_condition_of_siempre_que(text, always):
    assert (language_for("es").search("unconditional", text) is not None) is always


@pytest.mark.parametrize("text", ["En ausencia de mejoría", "A falta de mejoría"])
def test_the_lack_of_an_improvement_is_a_negation(text):
    assert language_for("es").search("negation", text)


def test_one_day_yes_and_the_next_too_is_every_day():
    assert "day" in markers("Tómelo un día sí y otro también.", "es")
