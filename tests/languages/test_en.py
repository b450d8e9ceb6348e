"""English (pipeline/languages/en.py), the source language: numbers as words, and sentence text."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from pipeline.languages import language_for
from pipeline.languages.en import DOSE_NOUNS
from tests.languages.helpers import amounts, markers, mentions, ways

EN = language_for("en")


def test_latin_script_is_judged_by_the_identical_text_rules_only():
    assert EN.script is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("1 million people", ["1 million"]),
        ("2,000 patients", ["2,000"]),
        ("24/7", ["24/7"]),
        ("8:00 pm", ["8:00"]),
        ("1/2 tablet", ["1/2"]),
    ],
)
def test_what_a_source_says_a_translation_must_keep(text, said):
    assert mentions(text, "en") == said


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3 to 5 days", (3, "day")),
        ("10 and 20 mg", (10, "mg")),
        ("2 hours 30 minutes", (150, "minute")),
        ("1 g/kg/day", (1, "g")),
    ],
)
def test_english_quantities(text, amount):
    assert (Fraction(amount[0]), amount[1]) in amounts(text, "en")


def test_per_words():
    assert markers("take it daily, 400 mg per kg", "en") == ["day", "kg"]
    # a moment before or after something, not a rate; a rate when a number follows in its clause
    assert markers("2 tablets a minute after eating, 1 an hour before bed", "en") == []
    assert markers("2 mL a minute after 30 minutes", "en") == ["minute"]
    assert markers("2 tablets a day after meals", "en") == ["day"]  # a daily dose


def test_cardinal_words_and_function_words():
    assert EN.cardinal_words["twice"] == 2 and EN.cardinal_words["half"] == Fraction(1, 2)
    # Function words say "sentence", so no medical term may be among them.
    assert {"the", "of", "with", "read"} <= EN.function_words
    assert not {"fever", "rash", "kidney", "problems", "ivig"} & EN.function_words


# -- meaning: negation, limits, numbers in words ([negation], [limits], [number-words]) --


def test_one_list_of_number_words_serves_counts_and_digits():
    # [number-words] reads a count with the same words, and values, that [units]
    # lets a translation write as digits ("twenty minutes" as "20분").
    assert [value for *_, value in EN.number_spans("twenty minutes, fifteen tablets, a dozen")] == [20, 15, 12]
    for word, value in [("twenty", 20), ("fifteen", 15), ("dozen", 12), ("one", 1), ("twice", 2)]:
        assert EN.cardinal_words[word] == value


def test_counts_in_words_and_words_that_are_not_counts():
    assert [value for *_, value in EN.number_spans("one in ten, a dozen, half a tablet, twice a day")] == [
        1,
        10,
        12,
        Fraction(1, 2),
        2,
    ]
    assert [v for *_, v in EN.number_spans("TEN, ONE and one of them; no one; one day")] == []


@pytest.mark.parametrize(
    "text",
    [
        "take the next one at the usual time",
        "put on a new one",
        "take another one",
        "the other one",
        "the first one",
        "then one 1 month and one 6 months after the first",
    ],
)
def test_one_standing_for_a_noun_is_no_count(text):
    """ "the next one", "one 1 month after": a pronoun for a dose said before, which a translation
    says with no 1 (`tome la siguiente`, red32 c070; `1개월 후와 6개월 후에`, c039)."""
    assert 1 not in [v for *_, v in EN.number_spans(text)]


@pytest.mark.parametrize(
    "text", ["take one tablet", "take only one tablet", "give one 500 mg tablet", "at least one dose"]
)
def test_one_before_its_noun_is_a_count(text):
    assert 1 in [v for *_, v in EN.number_spans(text)]


def test_parts_of_a_whole_are_given_but_not_counted():
    # "a quarter of a tablet" gives 1/4 (a translation's "eine Viertel Tablette" adds no dose), but
    # numerals() does not read it: a translation may say a quarter as 25%.
    text = "a quarter of a tablet, three quarters, one third, two-thirds"
    assert EN.parts_in_words is not None
    assert [value for *_, value in EN.parts_in_words(text)] == [
        Fraction(1, 4),
        Fraction(3, 4),
        Fraction(1, 3),
        Fraction(2, 3),
    ]
    assert Fraction(1, 4) not in {value for *_, value in EN.number_spans(text)}


def test_negations_and_what_only_looks_like_one():
    assert EN.negations("Do not take it. You can't drive.") == ["not", "can't"]
    # the typographic apostrophe of a source written with smart quotes
    assert EN.negations("Don’t stop the infusion. You can’t drive, and it won’t help.") == ["Don’t", "can’t", "won’t"]
    assert EN.negations("Don’t take more than 4 g.") == []  # a limit, as "Don't take more than 4 g" is
    assert EN.negations("Take no more than 2 g, not only at night, whether or not you eat.") == []
    assert EN.search("negative_meaning", "The cause is unknown.")


def test_a_double_dose_and_the_time_between_doses_say_two_doses():
    # [numbers] takes them for a count of 2 the source gives: "dos dosis juntas", 兩劑之間
    assert EN.says_two_doses("Do not take a double dose.")
    assert EN.says_two_doses("Leave 4 weeks between your infusions.")
    assert EN.says_two_doses("You need both doses of a two-dose course.")
    assert not EN.says_two_doses("Take one dose. Double-check the label.")
    # "double" said of a dose, and only then
    assert EN.says_two_doses("Do not double the dose. Do not double up. Never take a doubled dose.")
    assert EN.says_two_doses("The dose may be doubled.")
    assert not EN.says_two_doses("Call us if you have double vision.")
    assert not EN.says_two_doses("A double-blind study found the risk doubled.")


# -- directions ([comparison]) --


@pytest.mark.parametrize(
    "text, said",
    [
        ("Blood clots are more likely in older people.", {"more/less": "more"}),
        ("Less often, it is given as a single dose.", {"more/less": "less"}),
        ("It lowers inflammation and the risk goes down.", {"more/less": "less"}),
        ("His platelets dropped, but they went back up.", {"more/less": "both"}),
        ("Tell your doctor before you start.", {"before/after": "before"}),
        ("It can start days or weeks later.", {"before/after": "after"}),
        # no direction: a limit next to a number ([limits]), an idiom, a noun, an adjective
        ("Take no more than 2 g a day, at least 2 hours apart.", {}),
        ("More than 30% of the skin", {}),
        ("For more information, see the guide.", {}),
        ("The care team looks after the skin.", {}),
        ("Use the eye drops. Hives are raised bumps.", {}),
    ],
)
def test_directions(text, said):
    assert ways(text, "en") == said


def test_counted_nouns_name_periods_and_forms_of_medicine_not_units():
    counted = language_for("en").counted_nouns
    assert (counted["hour"], counted["week"], counted["tablet"], counted["drop"]) == ("hour", "week", "dose", "dose")
    assert "mg" not in counted and "gram" not in counted


def test_dose_forms_and_counted_nouns_read_one_list_of_dose_nouns():
    english = language_for("en")
    forms = re.compile("|".join(english.dose_forms))
    doses = {noun for noun, kind in english.counted_nouns.items() if kind == "dose"}
    assert doses == {"dose", *DOSE_NOUNS}
    for noun, plural in DOSE_NOUNS.items():
        assert forms.fullmatch(noun) and forms.fullmatch(plural) and forms.fullmatch(plural.capitalize())
    assert {"caplet", "spray", "lozenge", "pessary", "injection", "puff"} <= doses
    assert "medicine" not in doses  # two medicines are not two doses of one


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("twenty-one days", [21]),
        ("Ninety-nine out of a hundred", [99, 100]),
        ("sixty tablets, seventy, eighty", [60, 70, 80]),
        ("one hundred and twelve patients", [112]),
        ("two hundred fifty people", [250]),
        ("a thousand and one nights", [1001]),
        # a hundred, then "one in ten": two counts, not 101
        ("one in a hundred and one in ten", [1, 100, 1, 10]),
        ("between a hundred and two hundred people", [100, 200]),
        ("a dozen and twenty", [12, 20]),
    ],
)
def test_a_compound_number_in_words_is_one_number(text, values):
    assert [value for *_, value in EN.number_spans(text)] == values


def said(text: str) -> list[tuple[str, int]]:
    return [(text[start:end], value) for start, end, value in EN.number_spans(text)]


def test_a_day_or_two_is_the_range_one_or_two():
    assert said("It lasts a day or two, or an hour or two.") == [("a day", 1), ("two", 2), ("an hour", 1), ("two", 2)]
    assert said("one day or two") == [("one day", 1), ("two", 2)]
    # a day is no number elsewhere, nor before a "two" that counts another noun, nor "a dozen or two"
    assert said("Take it once a day or two hours after food.") == [("once", 1), ("two", 2)]
    assert said("a day or three, a dozen or two") == [("three", 3), ("a dozen", 12), ("two", 2)]


@pytest.mark.parametrize(
    "text, forbids",
    [
        ("Avoid stopping this medicine suddenly.", True),
        ("Stopping it is prohibited.", True),
        ("You are advised against stopping it.", True),
        ("Refrain from stopping it.", True),
        ("You are advised to stop taking it.", False),
        ("Stop taking it.", False),
    ],
)
def test_a_prohibition_of_stopping_is_read(text, forbids):
    """A word that forbids without a "not", said of stopping, says to keep on ([comparison])."""
    regex = EN.pattern("prohibits")
    assert regex is not None
    assert bool(regex.search(text)) is forbids


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("after midnight", "midnight"),
        ("before your operation", "procedure"),
        ("while you are taking this medicine", "taking"),
        ("during treatment", "taking"),
        ("before taking food", None),
    ],
)
def test_the_events_a_way_is_said_of_are_read_by_kind_and_not_taking_food(text, kind):
    event = EN.search("events", text)
    assert (event.lastgroup if event is not None else None) == kind
