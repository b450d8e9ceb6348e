"""A translation too long to be one never reaches a page: the draft's HTML and PDF are built, showing
the English passage, and the build names the entry (``file:line: error[length]``).

WeasyPrint lays out the rest of a run no line can break again for each line it makes of it: a
pasted run of "[" (or a 1 MB msgstr) held every build for minutes (pipeline/checks/too_long.py).
"""

from __future__ import annotations

import re

import polib
import pytest

from tests.test_build import Page, pdf_text
from tests.test_held_back import DOSE, HELD_BACK_TOLD, RIGHT


def msgid_line(path, msgid: str) -> int:
    """The line of the entry's ``msgid`` keyword, which findings name (polib's linenum is its comments')."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = polib.pofile(str(path)).find(msgid).linenum
    return next(number for number in range(start, len(lines) + 1) if lines[number - 1].startswith("msgid "))


FINDING = re.compile(r"locales/ko_KR/LC_MESSAGES/demo\.po:(\d+): error\[length\]: the translation (.*)")


@pytest.mark.parametrize(
    ("translation", "told"),
    [
        (RIGHT + "[" * 3000, "is 3,"),  # glued to the last Korean word, far longer than the source
        (RIGHT + " " + "[" * 400, "has 400 characters in a row with nowhere a line may break"),
        (RIGHT + " 그리고" * 400, "is 1,"),  # ordinary words, but ten times the source and more
    ],
)
def test_a_draft_shows_the_english_of_a_translation_too_long_to_be_one(translated, translation, told):
    translated.translate("demo", {DOSE: translation})
    code, _out, err = translated.run("build", "--locale", "ko_KR", "--leaflet", "demo")
    assert code == 0, err

    [found] = [FINDING.fullmatch(line) for line in err.splitlines() if FINDING.fullmatch(line)]
    assert int(found.group(1)) == msgid_line(translated.po("demo"), DOSE) and found.group(2).startswith(told), err

    page = Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8"))
    held = [passage for passage in page.passages if passage[0] == HELD_BACK_TOLD]
    assert len(held) == 1 and ("en", "3 days") in held[0] and ("en", "You get") in held[0], held
    assert "[[[" not in page.text and "그리고 그리고" not in page.text
    printed = pdf_text(translated.path("build/ko_KR/demo.pdf"))
    assert "for 3 days" in printed and "[[[" not in printed and "그리고 그리고" not in printed
