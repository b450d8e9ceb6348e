"""[length] reads the word before a full stop backwards (length.word_before): it must find
what the regex it replaces finds, searched from the start of the text."""

from __future__ import annotations

import re

import pytest

from pipeline.checks.length import word_before

_REGEX = re.compile(r"([^\W\d_](?:[^\W\d_]|\.)*)$")
TEXTS = [
    "Ask Dr. Cho.",
    "See e.g. the list.",
    "J. Smith wrote it.",
    "Dr\n. Cho",
    "..a.b. c",
    "2.5 mg.",
    "x_y. z",
    "백 명. 다음",
    "IVIG.\n",
    "",
    "...",
    "a\n\n.",
    "TNF-α.",
    "Ⅻ.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_word_as_the_regex(text: str) -> None:
    for end in range(len(text) + 1):
        found = _REGEX.search(text, 0, end)
        assert word_before(text, end) == (found.group() if found else ""), (text, end)
