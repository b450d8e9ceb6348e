"""The first characters of a pattern, read from the pattern ([opposites] leads its one pattern
of every term with them): a character missed is a word never found."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from pipeline.languages import LANGUAGES
from pipeline.languages.first_characters import first_characters, lead, lookahead


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"\bwith\s+food\b", "wW"),
        (r"\bempty\s+stomach\b|\bby\s+mouth\b", "eEbB"),
        (r"(?:a\s+)?meal", "aAmM"),  # an optional word: its first letter or the next one's
        (r"(?<!vaginal\s)\bsuppositor(?:y|ies)\b", "sS"),  # a lookbehind matches nothing
        (r"(?:(?<=\ban\s)|(?<=\bby\s))(?-i:IV)\b", "Ii"),  # nor a group of lookbehinds
        (r"[ab]c|d{2,}", "aAbBdD"),
        (r"빈속|공복(?:에|으로)?", "빈공"),
        (r"(?:오른|왼)(?=\s?(?:눈|쪽))", "오왼"),
    ],
)
def test_the_first_characters_are_those_a_match_can_start_with(pattern, first):
    assert first_characters(pattern) == frozenset(first)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bwith\s+food\b", None),  # every branch's first characters told: their lookahead
        (r"\bmore\b|(?<=[\d%])\s+or\s+more\b", r"(?:\b(?=[Mm])|(?<=[\d%]))"),
        (r"more\b|(?<=[\d%])\s+or\s+more\b", r"(?:(?=[Mm])|(?<=[\d%]))"),  # no \b: none before
        (r"(?<=x)\s+y|(?<=[ab])\s", r"(?:(?<=[AaBb])|(?<=[Xx]))"),
        (r"(?<=[^a])\s+y|z", ""),  # a negated class looked behind at: no lead
        (r"(?<=ab)\s+y|z", ""),  # more than one character looked behind at
        (r"\s+or\s+more", ""),
    ],
)
def test_a_branch_that_may_start_with_any_character_is_led_by_what_it_looks_behind_at(pattern, expected):
    assert lead(pattern) == (lookahead(pattern) if expected is None else expected)


@pytest.mark.parametrize(
    "text",
    [
        "Take 5% or more, 38 °C or higher, 2 tablets or fewer, 3 mg and over; at least 2, no more than 3.",
        "10℃ or lower 4µg or less 12 or more but not more than 4 hours, more or less, look after it",
        "% or more at the start 5 or more at the end 5 or",
    ],
)
def test_english_not_direction_led_finds_what_it_finds_alone(text):
    """English not_direction (a branch led by its lookbehind, ``(?<=[\\d%])``): led, it finds what the
    pattern compiled as written finds, in the texts, and in every piece of each (a lead that hides
    a match at a text's start or end would show there)."""
    from pipeline.languages import en

    led = LANGUAGES["en"].pattern("not_direction")
    assert led.pattern.startswith("(?:\\b(?=[")
    plain = re.compile(en.NOT_DIRECTION, led.flags)
    pieces = [text[start:end] for start in range(0, len(text), 3) for end in range(start, len(text) + 1, 7)]
    assert any(plain.search(piece) for piece in pieces)
    for piece in [text, *pieces]:
        assert [m.span() for m in led.finditer(piece)] == [m.span() for m in plain.finditer(piece)], piece


@pytest.mark.parametrize(
    "pattern",
    [
        r".+food",  # any character
        r"\w+ly",  # a category
        r"[^a]x",  # a negated class
        r"x?",  # a match that may be empty
        r"(?:a|)b?",
        r"[\u3131-\u9fff]",  # a range too wide to be a filter
    ],
)
def test_no_filter_is_made_where_any_character_may_start_a_match(pattern):
    assert first_characters(pattern) is None
    assert lookahead(pattern) == ""


@pytest.mark.parametrize("language", [language for language in LANGUAGES.values() if language.opposites])
def test_every_language_leads_its_opposites_with_their_first_characters_and_finds_the_same(language):
    """Each language's terms have a filter (the speed), and with it find what they find without it,
    on text made of every term's own first characters and words (a character missed is a word lost)."""
    terms = "|".join(f"(?:{pattern})" for pattern in language.opposites.values())
    assert lookahead(terms), f"{language.code}: no first characters read from its opposites"
    flags = re.IGNORECASE if language.ignore_case else 0
    plain = re.compile(terms, flags)
    sample = " ".join(
        [
            "Take it with food, on an empty stomach, by mouth or under the skin; store in the refrigerator.",
            "음식과 함께 공복에 빈속에 입으로 피하에 정맥에 오른쪽 눈 왼눈 냉장고 실온 냉동실 드물게 흔한",
            "con comida en ayunas por vía oral debajo de la piel en la nevera a temperatura ambiente raro frecuente",
            "與食物一起 空腹 口服 皮下 靜脈 左眼 右眼 冷藏 室溫 冷凍 罕見 常見",
            "مع الطعام على معدة فارغة عن طريق الفم تحت الجلد في الثلاجة في درجة حرارة الغرفة نادر شائع",
            "avec de la nourriture à jeun par voie orale sous la peau au réfrigérateur à température ambiante",
            "mit dem Essen auf nüchternen Magen über den Mund unter die Haut im Kühlschrank bei Raumtemperatur",
            "com alimentos em jejum por via oral sob a pele na geladeira em temperatura ambiente raro comum",
        ]
    )
    found = [m.span() for m in plain.finditer(sample)]
    assert len(found) >= 5, f"{language.code}: the sample names too few of its terms to compare"
    assert [m.span() for m in language.opposite_re.finditer(sample)] == found


def _check_test_strings() -> tuple[str, ...]:
    """Every string of the checks' tests: the English and translated sentences they read."""
    strings: set[str] = set()
    for path in sorted((Path(__file__).parent.parent / "checks").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
                strings.add(node.value)
    return tuple(sorted(strings))


# "(?=[first characters])(?:the pattern as written)", or with a branch led by its lookbehind
# "(?:\b(?=[first characters])|(?<=[looked behind at]))(?:the pattern as written)"
_CLASS = r"\[(?:\\.|[^\\\]])*\]"
_AHEAD, _BEHIND = rf"\(\?={_CLASS}\)", rf"\(\?<={_CLASS}\)"
_LEAD = re.compile(rf"(?:{_AHEAD}|\(\?:(?:(?:\\b)?{_AHEAD}|{_BEHIND})(?:\|{_BEHIND})*\))\(\?:(.*)\)\Z", re.DOTALL)


def _led_patterns(language) -> list[re.Pattern]:
    """The patterns a language compiles behind a lookahead of their first characters (``_led``)."""
    properties = ("strong_negation_re", "any_every_other_re")
    found = [getattr(language, name) for name in properties]
    found += [language.pattern(field) for field in ("negation", "not_negation", "denial", "not_direction")]
    found += [way for _, one, other in language._direction_res for way in (one, other)]
    found += [language.stop_way_re, language._any_direction_re, *(language._condition_res or ())]
    return [pattern for pattern in found if pattern is not None]


@pytest.mark.parametrize("language", list(LANGUAGES.values()), ids=lambda language: language.code)
def test_a_led_field_pattern_finds_what_the_pattern_alone_finds(language):
    """A language's field patterns are led by their first characters (the speed: most texts hold
    none of their words); with the lead each finds, on every string of the checks' tests, what the
    pattern compiled as written finds (a character missed is a word lost)."""
    texts = _check_test_strings()
    led = [(pattern, _LEAD.match(pattern.pattern)) for pattern in _led_patterns(language)]
    led = [(pattern, lead.group(1)) for pattern, lead in led if lead]
    assert led, f"{language.code}: no field pattern is led"
    for pattern, written in led:
        plain = re.compile(written, pattern.flags)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], (
                language.code,
                plain.pattern[:60],
                text,
            )


@pytest.mark.parametrize("name", ["_SINO_WORD", "_NATIVE_BEFORE_NOUN", "_SINO_PAIR_RE", "_APPROXIMATE_RE", "_WHOLE"])
def test_a_led_korean_numeral_pattern_finds_what_the_pattern_alone_finds(name):
    """Korean numerals are read with five of their patterns led by their first syllables (ko._led);
    led, each finds what the pattern compiled as written finds, on every string of the checks' tests
    and on each numeral word at the start, inside and at the end of a sentence."""
    from pipeline.languages import ko

    pattern = getattr(ko, name)
    lead = _LEAD.match(pattern.pattern)
    assert lead, f"{name} is not led"
    plain = re.compile(lead.group(1), pattern.flags)
    words = [*ko._NATIVE, *ko._WHOLE_WORDS, *ko._APPROXIMATE, *ko._SINO_IN_A_ROW, "백", "삼천", "이백오십", "일"]
    texts = [*_check_test_strings(), *(f"{word} 일 {word}, 약 {word} 번 복용 {word}" for word in words)]
    assert any(plain.search(text) for text in texts), f"{name}: no text to compare on"
    for text in texts:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)
