"""Portuguese (pipeline/languages/pt.py), of Brazil and of Portugal: each field read where it
should be, and not where it should not."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from pipeline.languages import language_for
from pipeline.languages.language import AT_LEAST, AT_MOST
from tests.languages.helpers import amounts, markers, values, ways

PT = language_for("pt_BR")


@pytest.mark.parametrize("locale", ["pt", "pt_BR", "pt_PT"])
def test_brazil_and_portugal_read_the_same_words(locale):
    language = language_for(locale)
    assert (language.code, language.decimal_symbol) == ("pt", ",")
    assert language.negations("Não tome este medicamento.") == ["Não"]


def test_numbers_are_written_the_portuguese_way():
    assert {Fraction(1, 2), Fraction(5000), Fraction(2_000_000)} <= values("0,5 g, 5 mil, 2 milhões", "pt_BR")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("de 3 a 5 dias", (3, "day")),
        ("entre 1 e 3 semanas", (1, "week")),
        ("24 horas", (24, "hour")),
        ("30 minutos", (30, "minute")),
        ("6 meses", (6, "month")),
        ("1 mês", (1, "month")),
        ("10 por cento", (10, "percent")),
        ("4 gramas", (4, "g")),
        ("500 mililitros", (500, "ml")),
    ],
)
def test_unit_words(text, amount):
    assert (Fraction(amount[0]), amount[1]) in amounts(text, "pt_BR")


def test_per_words():
    assert markers("400 mg por dia", "pt_BR") == ["day"]
    assert markers("uma vez por semana", "pt_PT") == ["week"]
    assert markers("1 g por quilo de peso", "pt_BR") == ["kg"]
    assert markers("no dia seguinte", "pt_BR") == []  # the next day


# -- negation ([negation]) --


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Não tome este medicamento.", ["Não"]),
        ("Nunca o misture com álcool.", ["Nunca"]),
        ("Nenhum efeito é esperado.", ["Nenhum"]),
        ("Não tome nem dê a ninguém.", ["Não", "nem", "ninguém"]),
    ],
)
def test_negations(text, said):
    assert PT.negations(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "Não só a febre, mas também a dor.",  # not only
        "não apenas em crianças",
        "anti-inflamatórios não esteroides (AINEs)",
        "anti-inflamatórios não esteroidais",
        "um anti-inflamatório não-esteroide",
        "Não tome mais de 4 g por dia.",  # no more than: a limit, which [limits] reads
        "Tome com ou sem alimentos, quer queira ou não.",
    ],
)
def test_what_only_looks_like_a_plain_negation(text):
    assert PT.strong_negation_re and not PT.strong_negation_re.search(PT.without_not_negations(text))


def test_without_and_avoid_deny_but_are_not_judged_as_an_added_not():
    for text in ("Tome sem alimentos.", "Evite o álcool.", "É impossível."):
        assert PT.negations(text)
        assert PT.strong_negation_re and not PT.strong_negation_re.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Não pare de tomar este medicamento.",
        "Nunca deixe de tomar o remédio.",
        "Não se esqueça da dose.",
        "Não pule nenhuma dose.",  # Brazil
        "Não salte doses.",  # Portugal
        "Não interrompa o tratamento.",
    ],
)
def test_a_not_of_stopping_says_to_keep_on(text):
    assert PT.search("negated_stop", text)


def test_a_not_of_leaving_is_no_not_of_stopping():
    assert PT.pattern("negated_stop") and not PT.search("negated_stop", "Não deixe o medicamento ao sol.")


def test_one_not_for_two_verbs():
    assert PT.pattern("one_negation_for_two") and PT.pattern("one_negation_for_two").search(
        "Não interrompa nem pule uma dose"
    )


# -- limits ([limits]) --


def test_limit_phrases():
    assert PT.limits_before["no máximo"] == AT_MOST and PT.limits_before["pelo menos"] == AT_LEAST
    assert PT.limits_before["não mais de"] == AT_MOST and PT.limits_before["mais de"] == AT_LEAST
    assert PT.limits_after["ou mais"] == AT_LEAST and PT.limits_after["ou menos"] == AT_MOST
    assert {"menores de", "maiores de"} <= PT.group_limits


# -- directions ([comparison]) --


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Os coágulos são mais prováveis em pessoas idosas.", {"more/less": "more"}),
        ("O risco aumenta. O risco é maior.", {"more/less": "more"}),
        ("Reduz a inflamação e são menos prováveis.", {"more/less": "less"}),
        ("Um risco mais baixo", {"more/less": "less"}),  # mais before "low" says lower
        ("Antes do tratamento, avise a equipe.", {"before/after": "before"}),
        ("Durante cada infusão e depois. Nos dias seguintes à infusão.", {"before/after": "after"}),
        # not directions: at least, more or less, as soon as possible, never again, for more
        # information, a limit next to a number; unless is a condition's only (its menos no less)
        ("Pelo menos 2 horas, a menos que, mais ou menos, o mais rápido possível.", {"unless/even if": "unless"}),
        ("Mesmo que se sinta melhor. Tome o mesmo que ontem.", {"unless/even if": "even if"}),
        ("Nunca mais o tome. Para mais informações, leia o guia.", {}),
        ("Pessoas com mais de 65 anos, menos de 10% da pele.", {}),
    ],
)
def test_directions(text, said):
    assert ways(text, "pt_BR") == said


# -- numbers in words ([number-words], [numbers], [limits]) --


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dez dias", 10),
        ("dezesseis semanas", 16),  # Brazil
        ("dezasseis semanas", 16),  # Portugal
        ("dezenove", 19),
        ("dezanove", 19),
        ("vinte e um dias", 21),
        ("vinte e quatro horas", 24),
        ("sessenta e cinco anos", 65),
        ("noventa minutos", 90),
        ("cento e vinte", 120),
        ("duzentos e cinquenta", 250),
        ("dois mil e quinhentos", 2500),
        ("zero", 0),
        ("a metade", Fraction(1, 2)),
        ("o dobro", 2),
    ],
)
def test_number_words(text, value):
    assert [number for *_, number in PT.number_spans(text)] == [value]


def test_numbers_side_by_side_are_not_one_number():
    assert [number for *_, number in PT.number_spans("dois ou três dias")] == [2, 3]
    assert [number for *_, number in PT.number_spans("um e dois")] == [1, 2]


@pytest.mark.parametrize("text", ["ao meio-dia", "à meia-noite", "por meio de injeção", "no meio ambiente"])
def test_noon_midnight_and_means_are_no_half(text):
    assert PT.number_spans(text) == []


def test_and_a_half():
    assert Fraction(3, 2) in [value for *_, value in PT.number_spans("um comprimido e meio")]
    assert Fraction(5, 2) in [value for *_, value in PT.number_spans("duas horas e meia")]
    assert (Fraction(30), "minute") in amounts("meia hora", "pt_BR")


@pytest.mark.parametrize(("text", "value"), [("o terceiro dia", 3), ("a segunda dose", 2), ("a primeira semana", 1)])
def test_ordinals_are_values_a_translation_says(text, value):
    assert Fraction(value) in values(text, "pt_BR")


# -- calls ([emergency], [phone]) --


@pytest.mark.parametrize("text", ["Ligue para o 192.", "ligue 192", "Disque 190", "Ligue imediatamente para o 112"])
def test_call_words(text):
    before = text[: re.search(r"\d", text).start()].rstrip().lower()  # type: ignore[union-attr]
    assert any(before.endswith(word) for word in PT.call_before)


def test_emergency_words():
    assert {"emergência", "samu", "inem"} <= set(PT.emergency_words)


@pytest.mark.parametrize(
    ("text", "forbids"),
    [
        ("É proibido parar de tomá-lo.", True),
        ("Evite parar de tomá-lo.", True),
        ("É desaconselhado interromper.", True),
        ("É aconselhado parar de tomá-lo.", False),
        ("Pare de tomá-lo.", False),
    ],
)
def test_a_prohibition_of_stopping_is_read(text, forbids):
    """A word that forbids without a "not", said of stopping, says to keep on ([comparison])."""
    regex = PT.pattern("prohibits")
    assert regex is not None
    assert bool(regex.search(text)) is forbids


def test_se_is_a_condition_where_its_clause_starts():
    joints = PT.pattern("clause_joints")
    assert joints is not None
    assert joints.search("Se não melhorar pare de tomá-lo") and joints.search(" se não melhorar")
    assert not joints.search("Não se esqueça de tomá-lo")  # the pronoun


@pytest.mark.parametrize(
    "text, word, value",
    [
        ("um quarto de comprimido", "quarto", Fraction(1, 4)),
        ("três quartos da dose", "quartos", Fraction(3, 4)),
        ("um terço do comprimido", "terço", Fraction(1, 3)),
        ("dois terços de", "terços", Fraction(2, 3)),
    ],
)
def test_a_quarter_or_a_third_is_its_value(text, word, value):
    spans = {text[start:end]: found for start, end, found in PT.number_spans(text) if found < 1}
    assert spans == {word: value}


@pytest.mark.parametrize(
    "text",
    [
        "um quarto de hora",
        "o quarto dia",
        "em um quarto escuro",
    ],
)
def test_a_quarter_of_an_hour_an_ordinal_or_a_room_is_no_part(text):
    assert [found for *_, found in PT.number_spans(text) if found < 1] == []


@pytest.mark.parametrize(
    "text, another",
    [
        ("uma dose de manhã e outra à noite", True),
        ("um comprimido e outro", True),
        ("outra vez", False),
        ("e outra vez", False),
        ("uma ou outra", False),
        ("e outros dois", False),
    ],
)
def test_and_another_is_one(text, another):
    # "one in the morning and another in the evening" says one twice
    ones = [text[start:end] for start, end, value in PT.number_spans(text) if value == 1]
    assert any(word.lower().startswith(("otr", "outr")) for word in ones) is another


def test_an_hour_and_a_half_without_its_one_is_90_minutes():
    """`hora e meia` (an hour and a half, read as its "one" before it is)."""
    assert (Fraction(90), "minute") in amounts("dura hora e meia", "pt_BR")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tome um dos dois.", True),
        ("Tome o comprimido ou o xarope.", True),
        ("Tome 2 comprimidos de uma vez e também 1 comprimido por dia.", False),  # "at once" keeps no choice
    ],
)
def test_the_choice_is_kept_by_one_of_not_by_at_once(text, kept):
    assert (language_for("pt").search("choice", text) is not None) is kept


@pytest.mark.parametrize("text", ["Na ausência de melhora", "Na falta de melhora"])
def test_the_lack_of_an_improvement_is_a_negation(text):
    assert language_for("pt_BR").search("negation", text)
