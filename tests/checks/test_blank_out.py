"""What every check must not read as prose or numbers is blanked, each kind on its own
(blank_out skips a recogniser when what it needs, "@", "://", "10.", a digit, is absent)."""

from __future__ import annotations

import pytest

from pipeline.checks.patterns import blank_out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Write to help@example.org today", "Write to                  today"),
        ("See https://example.org/a now", "See                       now"),
        ("See www.example.org now", "See                 now"),
        ("Read doi:10.1056/NEJMoa2019 now", "Read                        now"),
        ("Call 1-800-555-0199 now", "Call                now"),
        ("Call +82 2 1234 5678 now", "Call                 now"),
        ("call 911 now", "call     now"),
        ("Plain words only", "Plain words only"),
    ],
)
def test_each_kind_is_blanked(text: str, kept: str) -> None:
    assert blank_out(text) == kept


def test_placeholders_only_when_asked() -> None:
    assert blank_out("Page %(page)s of {total}") == "Page %(page)s of {total}"
    assert blank_out("Page %(page)s of {total}", placeholders=True) == "Page " + " " * 8 + " of " + " " * 7


def test_phone_numbers_only_when_asked() -> None:
    assert blank_out("Call 1-800-555-0199 or 911", phones=False) == "Call 1-800-555-0199 or 911"


@pytest.mark.parametrize(
    "text",
    [
        "Call 911 at {emergency} or 1-800-555-0199",
        "Page %(page)s, call 911",
        "Ｐａｇｅ ％(page)s of ｛total｝, call 911",
    ],
)
def test_each_way_of_asking_gets_its_own_answer(text: str) -> None:
    # blank_out remembers its answers (several checks ask about each text): asked one way, then
    # the other, each answer is what that way alone gives.
    answers = {
        (placeholders, phones): blank_out(text, placeholders=placeholders, phones=phones)
        for placeholders in (False, True)
        for phones in (False, True)
    }
    assert len(set(answers.values())) == 4
    assert answers == {
        (placeholders, phones): blank_out(text, placeholders=placeholders, phones=phones)
        for placeholders in (True, False)
        for phones in (True, False)
    }
