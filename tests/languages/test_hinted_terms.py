"""Reading a text only for the terms whose hints it holds (pipeline/languages/hinted_terms.py).

English [opposites] looks for a term only in a text that holds one of the term's hints.  That
changes no finding as long as every phrase a term matches holds one of its hints: proved here on
every string of the checks' tests and on samples of each way a term is said, and the terms so read
are compared with what the one alternation of all of them finds.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

from pipeline.languages import language_for
from pipeline.languages.hinted_terms import folded, hint_index, hinted_terms, holds_a_hint, leftmost_first
from pipeline.languages.language import INJECTED

EN = language_for("en")
_CHECK_TESTS = Path(__file__).parent.parent / "checks"

# Each way of saying each term, beside the tests' strings: the spaces a pattern allows between its
# words (a line break, a tab), capitals, and the places a hint must still be found.
SAMPLES = [
    "Take it with food, with a meal, with meals or with a snack.",
    "Take it on an empty\nstomach or between\tmeals.",
    "Put it in the left eye, the right ear, the left or right nostril, both\nof your eyes, each side.",
    "Put it in one nostril, the affected eye, a single\near; not one eye drop, nor the affected eye(s).",
    "Put it in one eye, then in the other\neye.",
    "Take it by mouth; take it orally.  Inject it under the\nskin, subcutaneously.",
    "Inject it into the upper arm muscle, into the thigh muscle, intramuscularly.",
    "Give it into a vein, intravenously, as an IV, by IV) or via IV, an IV\ninfusion, IV drip.",
    "Use it rectally, as a rectal dose, into the rectum or into the back\npassage.",
    "Store it in the refrigerator, the fridge; refrigerate it; keep it chilled; refrigeration.",
    "Store it at room\ntemperature.  Keep it in the freezer; do not freeze; freezing; frozen.",
    "It is rare, rarely, uncommon, infrequent, less common, not very frequent; common, frequently.",
    "Swallow it whole.  Put it under your tongue; sublingually.",
    "Use it vaginally, into the vagina, for vaginal use: a vaginal tablet, a vaginal pessary.",
    "For external use; use it externally, topically; apply the cream to the skin; rub it into your skin.",
    "Inhale the contents of one capsule; for inhalation only; given by inhalation.",
    "A suppository, two suppositories.  A teaspoon, 2 tsp, a tablespoonful, 1 tbsp, a dessertspoon, a dessert spoon.",
    "Stay upright; sit or stand; sitting\nor standing.  Do not lie down, lying flat, lay on your side.",
    "Keep it out of the sight and reach of children, within easy reach, in reach.",
    "Eye drops, your eyes, the eyedrop; the ears; the nose, the nostrils, nasally.",
    "The first 3 days, your first week, the first trimester; the last few months, the final\nweeks, the third trimester.",
    "Change the injection site, rotate your spots, a different place, another area; the same site each time.",
    "Inject it; injections; injected; injecting.",
    "Slow it down, slow the infusion, slowed, slower, slowly; speed it up, sped up, faster, quicker, more rapidly.",
    "Stop the infusion; the drip\nmay be stopped.  Dark urine, your pee is darker; pale stools, light-coloured\nurine.",
    "A lower dose, a smaller daily\ndose, a low-dose tablet; reduce the dose; the dose may be lowered.",
    "A higher starting dose, a larger dose; increase your dose; the dose was\nraised.",
    "The outer thigh, the outer side of your\nupper arm, the outside of the thigh, the lateral thigh; the inner\narm,"
    " the inside of your arm, the medial side of a leg.",
    "The front of\nyour thigh, the anterior thigh, the front part of the arm; the back of your upper arm, the rear of the"
    " leg, the posterior\nthigh.",
    # letters a case-insensitive pattern reads as i and s, which lower() leaves apart
    "Use it in the rıght eye; apply it to the ſkin; İnject it.",
    "TAKE IT WITH FOOD IN THE LEFT EYE, UNDER THE SKIN, AT ROOM TEMPERATURE.",
]


@cache
def _test_strings() -> tuple[str, ...]:
    """Every string of the checks' tests: the English and translated sentences they read."""
    strings: set[str] = set()
    for path in sorted(_CHECK_TESTS.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
                strings.add(node.value)
    return tuple(sorted(strings))


def _texts() -> tuple[str, ...]:
    return (*SAMPLES, *_test_strings())


def _hinted_term_patterns() -> dict[str, re.Pattern]:
    """Each term of English ``opposites``, and an injection (the places of one are read only beside it)."""
    patterns = {**EN.opposites, INJECTED: EN.injection_sites[INJECTED]}
    return {term: re.compile(pattern, re.IGNORECASE) for term, pattern in patterns.items()}


def _holds_a_hint_of(term: str, phrase: str) -> bool:
    return any(hint in (folded(phrase) if hint.islower() else phrase) for hint in EN.opposite_hints[term])


def test_every_english_term_and_an_injection_have_hints():
    assert set(EN.opposite_hints) == {*EN.opposites, INJECTED}
    assert all(EN.opposite_hints.values())


def test_every_phrase_a_term_matches_holds_one_of_its_hints():
    unproved = set(EN.opposite_hints)
    for term, pattern in _hinted_term_patterns().items():
        for text in _texts():
            for match in pattern.finditer(text):
                assert _holds_a_hint_of(term, match.group()), (term, match.group(), text)
                unproved.discard(term)
    assert not unproved, f"no sample says these terms: {sorted(unproved)}"


def test_only_the_hinted_terms_are_read_and_they_are_read_as_one_alternation_reads_all():
    for text in _texts():
        every = [(EN.opposite_terms[m.lastgroup or ""], m.span()) for m in EN.opposite_re.finditer(text)]
        hinted = EN.hinted_opposites(text)
        assert [(term, m.span()) for term, m in EN.opposites_named(text, hinted)] == every, text
        assert EN.may_name_opposites(text) == bool(hinted)


def test_a_text_with_no_hint_is_not_read():
    text = "Take 2 tablets a day as prescribed."
    assert not EN.may_name_opposites(text)
    assert EN.hinted_opposites(text) == frozenset()
    assert list(EN.opposites_named(text, frozenset())) == []


def test_a_language_without_hints_reads_every_term_in_its_one_alternation():
    korean = language_for("ko_KR")
    assert not korean.opposite_hints
    text = "음식과 함께 드세요. 왼쪽 눈에 넣으세요."
    hinted = korean.hinted_opposites(text)
    assert korean.may_name_opposites(text)
    named = [(term, m.span()) for term, m in korean.opposites_named(text, hinted)]
    assert named == [(korean.opposite_terms[m.lastgroup or ""], m.span()) for m in korean.opposite_re.finditer(text)]
    assert named


def test_a_capital_hint_is_looked_for_as_written():
    index = hint_index({"route:into a vein": ("vein", "IV")})
    assert hinted_terms("as an IV infusion", index) == {"route:into a vein"}
    assert hinted_terms("Give it into a VEIN.", index) == {"route:into a vein"}
    assert hinted_terms("Give it to a child with ivy rash.", index) == frozenset()
    assert not holds_a_hint("Give it to a child with ivy rash.", index)


def test_letters_read_as_ascii_by_a_case_insensitive_pattern_are_folded_so():
    assert re.search("right skin inject", "rıght ſkin İnject", re.IGNORECASE)
    assert folded("rıght ſkin İnject") == "right skin inject"
    assert folded("Room TEMPERATURE") == "room temperature"


@pytest.mark.parametrize(
    ("patterns", "text"),
    [
        (["ab", "abc", "bc"], "abcbc abc"),  # two at one place: the first listed; then on from its end
        (["abc", "ab", "bc"], "abcbc abc"),
        (["b", "ab"], "ab ab b"),  # the leftmost, whatever its order
        (["cat", "a"], "a cat a"),
        (["x+", "xy"], "xxxy xy"),
        (r"(?<=a)b|\bc".split("|"), "ab cb acb"),  # lookbehind and word boundary read before a search's start
        (["nothing"], "text"),
    ],
)
def test_leftmost_first_finds_what_one_alternation_finds(patterns, text):
    compiled = [(str(index), re.compile(pattern)) for index, pattern in enumerate(patterns)]
    alternation = re.compile("|".join(f"(?P<p{index}>{pattern})" for index, pattern in enumerate(patterns)))
    expected = [(m.lastgroup[1:], m.span()) for m in alternation.finditer(text) if m.lastgroup]
    assert [(name, m.span()) for name, m in leftmost_first(text, compiled)] == expected
