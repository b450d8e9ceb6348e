"""What a printed or displayed page shows, line by line, for tests that measure layout.

PDFs are read as a reader sees them: poppler's text per page (pdftotext) for
lines, pypdf's text runs for font sizes and baselines. HTML is read as text
with every block element a break, so a word is what stands between spaces.
"""

from __future__ import annotations

import itertools
import re
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from pypdf import PdfReader

HANGUL = re.compile("[\uac00-\ud7a3]")
# Joiners and breaks that only guide line breaking.
_INVISIBLE = dict.fromkeys(map(ord, "\u2060\u200b\u00ad"))
_BLOCK_TAG = re.compile(
    r"</?(?:p|li|ul|ol|h\d|td|th|tr|caption|dt|dd|dl|div|section|header|footer|main|article|"
    r"blockquote|nav|br|table|thead|tbody)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]+>")
_HEAD = re.compile(r"<head\b.*?</head>", re.DOTALL | re.IGNORECASE)
UNIT = r"(?:mcg|mg|g|kg|mL|L|IU|mmol|kcal|cm|mm|day|days|hours?|weeks?|g/kg(?:/day)?|mg/kg)"
NUMBER_AT_END = re.compile(r"\d(?:[.,]\d+)?$")
UNIT_AT_START = re.compile(rf"^{UNIT}(?:/|\b)")


def html_blocks(html: str) -> list[str]:
    """The text of every block of ``html``, whitespace collapsed, in order."""
    text = _TAG.sub("", _BLOCK_TAG.sub("\n\n", _HEAD.sub("", html)))
    return [" ".join(unescape(block).translate(_INVISIBLE).split()) for block in text.split("\n\n") if block.strip()]


def words(texts: list[str]) -> set[str]:
    return {word for text in texts for word in text.split()}


# The page's bottom margin (templates/print.css), where the running footer is.
FOOTER_MARGIN_PT = 24 / 25.4 * 72


def pdf_pages(pdf: Path, body_only: bool = False) -> list[list[str]]:
    """Each page's lines as poppler reads them (blank lines dropped); ``body_only``: without the running footer."""
    crop = []
    if body_only:
        box = PdfReader(pdf).pages[0].mediabox
        crop = ["-x", "0", "-y", "0", "-W", str(int(box.width) + 1), "-H", str(int(box.height - FOOTER_MARGIN_PT))]
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *crop, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [
        [" ".join(line.translate(_INVISIBLE).split()) for line in page.splitlines() if line.strip()]
        for page in text.split("\f")[:-1]
    ]


def broken_words(lines: list[str], known: set[str]) -> list[str]:
    """Korean words a line break cut in two, and numbers parted from their units.

    ``known`` holds every word of the text; a piece of a cut word is not one
    of them, and two pieces joined again are.
    """
    problems = []
    lines = [line.removeprefix("•").strip() for line in lines]  # list bullets
    for line in lines:
        problems += [f"{word!r} in {line!r}" for word in line.split() if HANGUL.search(word) and word not in known]
    for before, after in itertools.pairwise(lines):
        if not before.split() or not after.split():
            continue
        last, first = before.split()[-1], after.split()[0]
        if HANGUL.search(last + first) and last + first in known:
            problems.append(f"{last!r} / {first!r}")
        if NUMBER_AT_END.search(last) and UNIT_AT_START.search(first):
            problems.append(f"number and unit parted: {before[-20:]!r} / {after[:20]!r}")
    return problems


@dataclass(frozen=True)
class Run:
    """One piece of text drawn on a page: its size in points and where its baseline starts (points from the top)."""

    text: str
    size: float
    x: float
    y: float


def text_runs(pdf: Path) -> list[list[Run]]:
    pages = []
    for page in PdfReader(pdf).pages:
        runs: list[Run] = []

        def visit(text, cm, tm, _font, size, runs=runs):
            if text.strip():
                scale = abs(cm[3]) or 1
                runs.append(Run(text, round(size * abs(tm[3]) * scale, 2), tm[4] * abs(cm[0]), tm[5] * scale))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages
