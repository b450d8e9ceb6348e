"""Every language module: found by its locale, its data well-formed."""

from __future__ import annotations

import re

import pytest

from pipeline.languages import LANGUAGES, Language, language_for
from pipeline.languages.language import ABBREVIATIONS_WRITTEN_ALIKE
from pipeline.languages.symbols import UNIT_SYMBOLS

# The canonical units the checks convert between ([units]).
CANONICAL_UNITS = set(UNIT_SYMBOLS.values()) | {"day", "week", "month", "year"}


@pytest.mark.parametrize(
    ("locale", "code", "name"),
    [
        ("en", "en", "English"),
        ("en_US", "en", "English"),
        ("ko_KR", "ko", "Korean"),
        ("es", "es", "Spanish"),
        ("es_MX", "es", "Spanish"),
        ("ar", "ar", "Arabic"),
        ("zh_TW", "zh", "Chinese"),
        ("zh_CN", "zh", "Chinese"),
        ("fr", "fr", "French"),
        ("fr_CA", "fr", "French"),
        ("pt_BR", "pt", "Portuguese"),
        ("pt_PT", "pt", "Portuguese"),
    ],
)
def test_a_locale_finds_its_language(locale, code, name):
    language = language_for(locale)
    assert (language.code, language.english_name) == (code, name)


def test_number_separators_come_from_cldr_for_the_exact_locale():
    assert (language_for("es").decimal_symbol, language_for("es").group_symbol) == (",", ".")
    assert (language_for("en").decimal_symbol, language_for("ko_KR").decimal_symbol) == (".", ".")


def test_a_language_without_a_module_still_gets_a_language():
    assert language_for("it").english_name == "Italian"
    # read with the abbreviations many languages write alike ([length]: "Dr. Cho" is one sentence)
    assert language_for("not a locale") == Language(code="not a locale", abbreviations=ABBREVIATIONS_WRITTEN_ALIKE)


def test_a_language_without_meaning_words_is_not_judged_by_the_meaning_checks():
    italian = language_for("it")
    assert italian.pattern("negation") is None and italian.strong_negation_re is None
    assert not (italian.limits_before or italian.limits_after or italian.call_before or italian.call_after)
    assert italian.number_spans("due volte al giorno") == []


@pytest.mark.parametrize("language", LANGUAGES.values(), ids=lambda language: language.code)
def test_every_unit_word_names_a_unit_the_checks_convert(language):
    assert set(language.unit_words.values()) <= CANONICAL_UNITS
    assert {canonical for canonical in language.per_words} <= CANONICAL_UNITS
    assert set(language.period_words.values()) <= CANONICAL_UNITS
    assert all(
        unit is None or unit in CANONICAL_UNITS for readings in language.number_words.values() for _, unit in readings
    )


@pytest.mark.parametrize("language", LANGUAGES.values(), ids=lambda language: language.code)
def test_every_pattern_compiles_and_every_word_is_written_as_typed(language):
    if language.call_number_pattern:
        assert re.compile(language.call_number_pattern).groups >= 1
    if language.rate_after:
        assert language.period_words and re.compile(language.rate_after).groups == 0
    words = [
        *language.unit_words,
        *language.scale_words,
        *language.number_words,
        *language.range_words,
        *language.counters,
        *(word for words in language.per_words.values() for word in words),
        *language.period_words,
        *language.times_words,
    ]
    assert all(word == word.strip() and word for word in words)
    # an exclusion of a word that is no per word would never apply
    per_words = {word for words in language.per_words.values() for word in words}
    assert set(language.per_word_exclusions) <= per_words
    assert set(language.per_words_after_amount) <= per_words
    # a number name is a counter that also names a number: one that is no counter would never apply
    assert set(language.number_names) <= set(language.counters)


def test_the_language_data_cannot_be_changed():
    with pytest.raises(TypeError):
        LANGUAGES["ko"].unit_words["일"] = "week"  # type: ignore[index]


@pytest.mark.parametrize(
    ("locale", "script"),
    [("el", "Greek"), ("te", "Telugu"), ("ru", "Cyrillic"), ("th", "Thai"), ("ja", "Japanese"), ("fr", None)],
)
def test_a_language_without_a_module_is_written_in_its_cldr_script(locale, script):
    written = language_for(locale).script
    assert (written.name if written else None) == script


@pytest.mark.parametrize("language", LANGUAGES.values(), ids=lambda language: language.code)
def test_every_limit_that_says_who_is_a_limit_phrase(language):
    """``group_limits`` only keeps a limit phrase from being turned around: one that is no limit
    phrase would never be read."""
    phrases = {phrase.lower() for phrase in (*language.limits_before, *language.limits_after)}
    assert language.group_limits <= phrases
