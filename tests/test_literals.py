"""Words looked for as plain text before their regex runs (pipeline/literals.py): the test may
only save the regex's work, never miss what the regex finds, however the text writes the word."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.checks import quantities
from pipeline.languages import LANGUAGES, en
from pipeline.languages.symbols import UNIT_SYMBOLS
from pipeline.literals import ASCII_FOLD, literal_pattern, literal_words, longest_first, lowered, may_hold


def spellings(word: str) -> list[str]:
    """``word`` as a text may write it and a case-insensitive regex still finds it."""
    odd = word.replace("i", "\u0131").replace("s", "\u017f").replace("k", "\u212a").replace("I", "\u0130")
    return [word, word.upper(), word.title(), word.swapcase(), odd, odd.upper()]


def test_latin_1_letters_have_no_other_case_than_lowering_gives():
    # literal_words trusts lower() for them: every character re.IGNORECASE matches with one
    # lowers to the same letter.
    latin_1 = "[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]"
    partners = [chr(c) for c in range(0x100, 0x110000) if re.match(latin_1, chr(c), re.IGNORECASE)]
    assert partners
    for partner in partners:
        twins = [chr(c) for c in range(0xC0, 0x100) if re.match(re.escape(chr(c)), partner, re.IGNORECASE)]
        assert {lowered(partner)} == {lowered(twin) for twin in twins}


def test_the_ascii_fold_is_the_odd_cases_of_ascii_letters():
    partners = {chr(c) for c in range(0x80, 0x110000) if re.match("[a-z]", chr(c), re.IGNORECASE)}
    assert partners == {chr(code) for code in ASCII_FOLD}


@pytest.mark.parametrize("text", ["Take it daily.", "İKİ GÜN", "ıbuprofen", "ſix", "4 \u212a", "매일 1정", "Straße İ"])
def test_a_text_is_lowered_as_folding_then_lowering_it_lowers_it(text):
    """Only a text with one of ASCII_FOLD's characters is translated (the speed): every text is
    lowered as the translate and lower() of every text would lower it."""
    assert lowered(text) == text.translate(ASCII_FOLD).lower()


def test_words_with_letters_lowering_cannot_stand_for_are_always_searched():
    assert literal_words(["μg"]) is None and literal_words(["\u00b5g"]) is None  # µ and μ: the regex decides
    assert may_hold("anything", None)
    assert literal_words(["Daily", "매일", "al día"]) == ("daily", "매일", "al día")
    daily = literal_pattern(["Daily", "매일"])
    assert may_hold(lowered("Take it DAILY"), daily) and not may_hold(lowered("weekly"), daily)
    assert literal_pattern(["μg"]) is None and not may_hold("anything", literal_pattern([]))


@pytest.mark.parametrize("language", sorted(LANGUAGES.values(), key=lambda language: language.code))
def test_every_per_word_and_suffix_is_found_however_it_is_spelled(language):
    languages = (language,)
    kinds = quantities._marker_kind_res(languages)
    words = [*language.per_suffixes, *(word for ws in language.per_words.values() for word in ws)]
    for word in words:
        for written in spellings(word):
            text = f"2 g {written} x"
            expected = (
                "/" in text,
                bool(kinds.suffix_re and kinds.suffix_re.search(text)),
                bool(kinds.word_re and kinds.word_re.search(text)),
            )
            assert quantities._marker_kinds(text, languages) == expected, written


NUMBER_TEXTS = [
    "Take one tablet, then two more.",
    "About a dozen people, or hundreds, or two hundred.",
    "It happens to one in ten thousand people, millions worldwide.",
    "Twice a day; once a week; half a tablet; one and a half tablets.",
    "Someone has done it often.",  # number words inside other words
    "TEN and SJS/TEN are diseases.",  # capitals: names, not numbers
    "Take twenty-one doses, a hundredfold less.",
    "A dozen people, a million people.",  # a scale after "a": no count word
]


NUMBER_WORDS = (*en.CARDINALS, *en.SCALES, "twice", "once", "half")


@pytest.mark.parametrize(
    "text", [*NUMBER_TEXTS, *(spelled for word in NUMBER_WORDS for spelled in spellings(f"take {word} a day"))]
)
def test_english_number_words_are_read_as_without_the_shortcut(text, monkeypatch):
    found = list(en.numerals(text))
    monkeypatch.setattr(en, "_may_say_a_number", lambda text: True)
    assert found == list(en.numerals(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("take \u017fix tablets", 6),  # ſ: the long s a case-insensitive regex reads as s
        ("take n\u0131ne tablets", 9),  # ı: the dotless i
        ("\u017fix hundred people", 600),
        ("tw\u0131ce a day", 2),
    ],
)
def test_english_number_words_in_odd_letters_are_read_not_a_crash(text, value):
    assert [span[2] for span in en.numerals(text)] == [value]


def test_ordinals_and_spanish_numbers_in_odd_letters_are_read_not_a_crash():
    assert [span[2] for span in en.ordinals("the \u017fecond dose")] == [2]
    assert [span[2] for span in LANGUAGES["es"].numerals("tome do\u017f comprimidos")] == [2]


def test_rates_and_limits_in_odd_letters_are_read_not_a_crash():
    from pipeline.checks import limits

    english = LANGUAGES["en"]
    assert [marker.unit for marker in quantities.per_markers("1 g/kg da\u0131ly", (english,))] == ["kg", "day"]
    assert [limit.direction for limit in limits.source_limits("Take at lea\u017ft 2 tablets", english)] == ["at least"]


def test_a_language_whose_words_hold_odd_letters_is_read_not_a_crash():
    # Turkish and Azerbaijani write the dotless ı in unit, rate and limit words: each table is
    # keyed as what the regex finds is looked up (lowered), or "kılogram" found is a KeyError.
    from dataclasses import replace
    from types import MappingProxyType

    from pipeline.checks import limits

    spanish = LANGUAGES["es"]
    dotless = replace(
        spanish,
        code="tr",
        unit_words=MappingProxyType({**spanish.unit_words, "kılogram": "kg"}),
        per_words=MappingProxyType({**spanish.per_words, "day": ("başına gün",)}),
        limits_before=MappingProxyType({**spanish.limits_before, "en azından": "at least"}),
    )
    for written in ("kılogram", "KILOGRAM", "kilogram"):
        assert [q.unit for q in quantities.quantities(f"2 {written}", (dotless,))][:1] == ["kg"], written
    for written in ("başına gün", "BAŞINA GÜN", "başina gün"):
        markers = quantities.per_markers(f"2 g {written}", (dotless,))
        assert [m.unit for m in markers] == ["day"], written
    for written in ("en azından", "EN AZINDAN"):
        assert [limit.direction for limit in limits.source_limits(f"{written} 2 g", dotless)] == ["at least"], written


def _word_lists(language) -> dict[str, list[str]]:
    """The word lists the checks write with :func:`longest_first` (and :func:`literal_pattern`)."""
    return {
        "limits_before": list(language.limits_before),
        "limits_after": list(language.limits_after),
        "limits_before_a_time": list(language.limits_before_a_time),
        "body_weight_words": list(language.body_weight_words),
        "units": [*UNIT_SYMBOLS, *language.unit_words],
        "counted_nouns": list(language.counted_nouns),
        "scale_words": list(language.scale_words),
        "small_scale_words": list(language.small_scale_words),
        "native_tens": list(language.native_tens),
        "native_units": list(language.native_units),
        "per_words": list(quantities._per_words_of((language,))),
        "per_suffixes": list(language.per_suffixes),
    }


def _texts_for(words: list[str]) -> list[str]:
    """Every string of the checks' tests, and each word at the start, inside and at the end of a
    text, in other cases, cut short and run into the next word: where two words share a beginning."""
    from tests.languages.test_first_characters import _check_test_strings

    made = []
    for i, word in enumerate(words):
        other = words[(i + 1) % len(words)]
        for spelled in (word, word.upper(), word.title(), word.swapcase()):
            made += [f"{spelled} 4 g {spelled}", f"x {spelled}{other} {spelled[:-1]}.", f"{spelled[:-1]}-{spelled}s"]
    return [*_check_test_strings(), *made]


@pytest.mark.parametrize("language", list(LANGUAGES.values()), ids=lambda language: language.code)
def test_the_trie_of_a_languages_words_finds_what_their_longest_first_alternation_finds(language):
    """Each word list the checks search as a trie finds, on every string of the checks' tests and
    on texts made of its own words, the spans the alternation of its words longest first finds,
    with and without IGNORECASE, alone and with what the checks write after it (a word end, a
    plural ending a shorter word may still need)."""
    for name, words in _word_lists(language).items():
        if not words:
            continue
        plain = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        trie = longest_first(words)
        texts = _texts_for(words)
        for after in ("", r"(?![\w])", r"(?:e?s)?\b", r"\s*\d"):
            for flags in (0, re.IGNORECASE):
                old, new = re.compile(f"(?:{plain}){after}", flags), re.compile(f"(?:{trie}){after}", flags)
                for text in texts:
                    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (
                        language.code,
                        name,
                        after,
                        text,
                    )


@pytest.mark.parametrize("seed", range(4))
def test_the_trie_of_random_words_finds_what_their_longest_first_alternation_finds(seed):
    """Words of a few letters (a and A, k and the Kelvin sign, which IGNORECASE matches alike; a
    period and a space, escaped), searched on random texts of the same letters, and with a group
    after them that makes a longer word give way to a shorter one."""
    chance = random.Random(seed)
    letters = "aAbB.K\u212a \u0130i"
    for _ in range(400):
        words = [
            "".join(chance.choice(letters) for _ in range(chance.randint(0, 4))) for _ in range(chance.randint(1, 9))
        ]
        plain = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        trie = longest_first(words)
        for after in ("", "(?P<next>b)", r"\b", "$", r"(?!\.)"):
            for flags in (0, re.IGNORECASE):
                old, new = re.compile(f"(?:{plain}){after}", flags), re.compile(f"(?:{trie}){after}", flags)
                for _ in range(6):
                    text = "".join(chance.choice(letters) for _ in range(chance.randint(0, 14)))
                    found = [(m.span(), m.groups()) for m in old.finditer(text)]
                    assert [(m.span(), m.groups()) for m in new.finditer(text)] == found, (words, trie, text, flags)


@pytest.mark.parametrize(
    ("words", "pattern"),
    [
        (["max", "maximum", "maximum daily"], r"max(?:imum(?:\ daily)?)?"),
        (["day", "days", "daily"], "da(?:ily|ys?)"),
        (["a", "A"], "a|A"),  # alike under IGNORECASE: written as the alternation
        ([], ""),
    ],
)
def test_shared_beginnings_are_written_once(words, pattern):
    assert longest_first(words) == pattern
