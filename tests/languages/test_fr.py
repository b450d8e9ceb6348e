"""French (pipeline/languages/fr.py): each field read where it should be, and not where it should not."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from pipeline.languages import language_for
from pipeline.languages.language import AT_LEAST, AT_MOST
from tests.languages.helpers import amounts, markers, values, ways

FR = language_for("fr")


def test_numbers_are_written_the_french_way():
    assert (FR.decimal_symbol, FR.code, FR.english_name) == (",", "fr", "French")
    assert {Fraction(1, 2), Fraction(1_000_000), Fraction(2_000_000)} <= values("0,5 g, 1 million, 2 millions", "fr")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("de 3 à 5 jours", (3, "day")),
        ("entre 1 et 3 semaines", (1, "week")),
        ("24 heures", (24, "hour")),
        ("30 minutes", (30, "minute")),
        ("6 mois", (6, "month")),
        ("10 pour cent", (10, "percent")),
        ("4 grammes", (4, "g")),
        ("500 millilitres", (500, "ml")),
    ],
)
def test_unit_words(text, amount):
    assert (Fraction(amount[0]), amount[1]) in amounts(text, "fr")


def test_per_words():
    assert markers("400 mg par jour", "fr") == ["day"]
    assert markers("une fois par semaine", "fr") == ["week"]
    assert markers("1 g par kilo de poids", "fr") == ["kg"]
    assert markers("Le jour de la perfusion", "fr") == []  # a day, no rate
    # per hour and per minute right after an amount; not on time, nor a time of day
    assert markers("2 mL à l'heure, 1 mL à l’heure, 3 mL à la minute", "fr") == ["hour", "hour", "minute"]
    assert markers("Soyez à l'heure.", "fr") == []
    assert markers("2 comprimés à l'heure du coucher", "fr") == []
    assert markers("2 mL à la minute près", "fr") == []


# -- negation ([negation]) --


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Ne prenez pas ce médicament.", ["Ne prenez pas"]),
        ("N'arrêtez jamais la perfusion vous-même.", ["N'arrêtez jamais"]),
        ("Ne le donnez plus à votre enfant.", ["Ne le donnez plus"]),
        ("Ne pas écraser les comprimés.", ["Ne pas"]),
        ("Il n’y a aucun risque.", ["n’y a aucun"]),
        ("Ce médicament ne peut être pris à jeun.", ["ne peut"]),  # written French drops the "pas"
        ("Pas d'alcool pendant le traitement.", ["Pas"]),
        ("Aucun effet n'est attendu.", ["Aucun"]),
    ],
)
def test_negations(text, said):
    assert FR.negations(text) == said
    assert FR.strong_negation_re and FR.strong_negation_re.search(FR.without_not_negations(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ne prenez que 2 comprimés par jour.",  # ne ... que: only
        "les anti-inflammatoires non stéroïdiens (AINS)",
        "un anti-inflammatoire non-stéroïdien",
        "non seulement la fièvre mais aussi la douleur",  # not only
        "avant qu'il ne soit trop tard",  # the "ne" of avant que, no denial
        "Avancez pas à pas.",  # step by step
        "un pas, le pas suivant",  # a step
        "si jamais vous oubliez",  # if ever
        "Ne prenez pas plus de 4 g par jour.",  # no more than: a limit, which [limits] reads
        "Une personne sur dix",
    ],
)
def test_what_only_looks_like_a_negation(text):
    assert FR.negations(text) == []


def test_without_and_avoid_deny_but_are_not_judged_as_an_added_not():
    """'Sans', 'évitez' and 'impossible' may render a "not" of the source ("without", "do not",
    "cannot"), but are also said where the English has none ("avoid"): not counted as added."""
    for text in ("Prenez-le sans nourriture.", "Évitez l'alcool.", "C'est impossible."):
        assert FR.negations(text)
        assert FR.strong_negation_re and not FR.strong_negation_re.search(text)


def test_a_not_of_stopping_says_to_keep_on():
    regex = FR.pattern("negated_stop")
    assert regex is not None
    for text in ("N'arrêtez pas de prendre ce médicament.", "N'oubliez pas votre dose.", "Ne sautez jamais de dose."):
        match = regex.search(text)
        assert match and not FR.search("negation", regex.sub(lambda m: " " * len(m.group()), text))  # type: ignore[union-attr]
    assert not regex.search("Ne laissez pas le médicament au soleil.")  # leave, not stop


def test_one_not_for_two_verbs():
    assert FR.pattern("one_negation_for_two") and FR.pattern("one_negation_for_two").search(
        "N'arrêtez pas ni ne sautez de dose"
    )


# -- limits ([limits]) --


def test_limit_phrases():
    assert FR.limits_before["pas plus de"] == AT_MOST and FR.limits_before["au moins"] == AT_LEAST
    assert FR.limits_before["ne dépassez pas"] == AT_MOST and FR.limits_before["dépassez"] == AT_LEAST
    assert FR.limits_after["ou plus"] == AT_LEAST and FR.limits_after["ou moins"] == AT_MOST
    assert {"de moins de", "de plus de"} <= FR.group_limits  # enfants de moins de 12 ans: who, not how much


# -- directions ([comparison]) --


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Les caillots sont plus probables chez les personnes âgées.", {"more/less": "more"}),
        ("Le risque augmente.", {"more/less": "more"}),
        ("Les effets sont moins fréquents. La dose est réduite.", {"more/less": "less"}),
        ("Un risque plus faible", {"more/less": "less"}),  # plus before "low" says lower
        ("Avant la perfusion, prévenez l'infirmière.", {"before/after": "before"}),
        ("Après la perfusion et plus tard dans la journée.", {"before/after": "after"}),
        # not directions: at least, more or less, no longer (a negation), for more information, the
        # forearm, the afternoon, "according to", superlatives, a limit; unless is a condition's only
        ("Au moins 2 heures, à moins que, plus ou moins, au plus tard.", {"unless/even if": "unless"}),
        ("Même si vous vous sentez mieux.", {"unless/even if": "even if"}),
        ("Ne le prenez plus. Pour en savoir plus, lisez le guide.", {}),
        ("Sur l'avant-bras, l'après-midi, d'après votre médecin.", {}),
        ("Les effets les plus fréquents.", {}),
        ("Personnes de plus de 65 ans, moins de 10 % de la peau.", {}),
    ],
)
def test_directions(text, said):
    assert ways(text, "fr") == said


# -- numbers in words ([number-words], [numbers], [limits]) --


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("un comprimé", 1),
        ("dix jours", 10),
        ("dix-sept ans", 17),
        ("vingt et un jours", 21),
        ("vingt-quatre heures", 24),
        ("trente-et-un jours", 31),
        ("soixante-cinq ans", 65),
        ("soixante-dix ans", 70),
        ("soixante-dix-sept ans", 77),
        ("quatre-vingts ans", 80),
        ("quatre-vingt-dix minutes", 90),
        ("quatre-vingt-dix-neuf", 99),
        ("nonante minutes", 90),  # Belgium, Switzerland
        ("deux cent cinquante", 250),
        ("mille cinq cents", 1500),
        ("zéro", 0),
        ("la moitié", Fraction(1, 2)),
        ("le double", 2),
        ("la douzaine", 12),
    ],
)
def test_number_words(text, value):
    assert [number for *_, number in FR.number_spans(text)] == [value]


def test_numbers_side_by_side_are_not_one_number():
    assert [number for *_, number in FR.number_spans("deux ou trois jours")] == [2, 3]
    assert [number for *_, number in FR.number_spans("deux trois jours")] == [2, 3]
    assert [number for *_, number in FR.number_spans("une double dose")] == [1]  # no count of two


def test_and_a_half():
    assert Fraction(3, 2) in [value for *_, value in FR.number_spans("un comprimé et demi")]
    assert Fraction(5, 2) in [value for *_, value in FR.number_spans("deux heures et demie")]
    assert (Fraction(30), "minute") in amounts("une demi-heure", "fr")


def test_a_number_after_d_apostrophe_is_right_after_its_limit():
    """ "plus d'un fichier" is "more than one": the limit phrase ends where the number starts."""
    [(start, _, value)] = FR.number_spans("plus d'un fichier")
    assert value == 1 and "plus d'un fichier"[:start] == "plus d"


@pytest.mark.parametrize(("text", "value"), [("le troisième jour", 3), ("la deuxième dose", 2), ("la première", 1)])
def test_ordinals_are_values_a_translation_says(text, value):
    assert Fraction(value) in values(text, "fr")


# -- calls ([emergency], [phone]) --


@pytest.mark.parametrize("text", ["Appelez le 15.", "appelez immédiatement le 112", "Composez le 18"])
def test_call_words(text):
    before = text[: re.search(r"\d", text).start()].rstrip().lower()  # type: ignore[union-attr]
    assert any(before.endswith(word) for word in FR.call_before)


def test_emergency_words():
    assert {"urgence", "samu"} <= set(FR.emergency_words)


@pytest.mark.parametrize(
    ("text", "forbids"),
    [
        ("Il est déconseillé d'arrêter.", True),
        ("Évitez d'arrêter le traitement.", True),
        ("Il est interdit d'interrompre.", True),
        ("Il est conseillé d'arrêter.", False),
        ("Arrêtez de le prendre.", False),
    ],
)
def test_a_prohibition_of_stopping_is_read(text, forbids):
    """A word that forbids without a "not", said of stopping, says to keep on ([comparison])."""
    regex = FR.pattern("prohibits")
    assert regex is not None
    assert bool(regex.search(text)) is forbids


@pytest.mark.parametrize(
    "text, word, value",
    [
        ("un quart de comprimé", "quart", Fraction(1, 4)),
        ("trois quarts de la dose", "quarts", Fraction(3, 4)),
        ("un tiers d'un comprimé", "tiers", Fraction(1, 3)),
        ("deux tiers des patients", "tiers", Fraction(2, 3)),
    ],
)
def test_a_quarter_or_a_third_is_its_value(text, word, value):
    spans = {text[start:end]: found for start, end, found in FR.number_spans(text) if found < 1}
    assert spans == {word: value}


@pytest.mark.parametrize(
    "text",
    [
        "un quart d'heure",
        "à un tiers.",
        "le troisième jour",
    ],
)
def test_a_quarter_of_an_hour_an_ordinal_or_a_room_is_no_part(text):
    assert [found for *_, found in FR.number_spans(text) if found < 1] == []


@pytest.mark.parametrize("text", ["En l'absence d'amélioration"])
def test_the_lack_of_an_improvement_is_a_negation(text):
    assert language_for("fr").search("negation", text)
