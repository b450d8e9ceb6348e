"""Writing CSS values from text that may come from a translator.

Anything interpolated into CSS is a string literal whose every character
outside letters, digits and spaces is a hex escape, so no translation can end
the string, add a rule or close the ``<style>`` element.
"""

from __future__ import annotations

import difflib
import re

# CSS Paged Media 3, <page-size>: the ISO A, B and C series, JIS B, and the US sizes.
PAGE_SIZE_KEYWORDS = {
    **{f"{series}{n}": f"{series.upper()}{n}" for series in ("a", "b", "c") for n in range(11)},
    **{f"jis-b{n}": f"JIS-B{n}" for n in range(11)},
    "letter": "letter",
    "legal": "legal",
    "ledger": "ledger",
}
ORIENTATIONS = ("portrait", "landscape")
# Absolute lengths only: @page has no font or viewport to be relative to.
_LENGTH = re.compile(r"^(?P<number>\d+(?:\.\d+)?|\.\d+)(?P<unit>mm|cm|q|in|pt|pc|px)$", re.IGNORECASE)
PAGE_MARK = "\x01page\x01"
PAGES_MARK = "\x01pages\x01"


class CssSafe(str):
    """CSS text that was built by this module and may be written as is."""


def css_string(text: str) -> CssSafe:
    escaped = "".join(ch if ch.isalnum() or ch == " " else f"\\{ord(ch):x} " for ch in text)
    return CssSafe(f'"{escaped}"')


class PageSizeError(ValueError):
    """A page size CSS does not allow; ``suggestion`` is the closest valid spelling, if any."""

    def __init__(self, message: str, suggestion: str | None = None):
        super().__init__(message)
        self.suggestion = suggestion


def page_size(value: str) -> CssSafe:
    """A value for ``@page { size: ... }`` as CSS allows it, in one spelling.

    ``A4``, ``letter landscape``, ``landscape A5``, ``210mm 297mm``, ``6in``
    (a square page). ``auto`` and an orientation alone are refused: the page
    size would be whatever the renderer or the browser chooses.
    """
    parsed = _page_size(value.split())
    if parsed:
        return CssSafe(parsed)
    known = [*PAGE_SIZE_KEYWORDS.values(), *ORIENTATIONS]
    nearest = [
        PAGE_SIZE_KEYWORDS.get(token.lower())
        or next(iter(difflib.get_close_matches(token.lower(), [k.lower() for k in known], n=1, cutoff=0.7)), None)
        for token in value.split()
    ]
    found = [token for token in nearest if token]
    suggestion = _page_size(found) if found and len(found) == len(nearest) else None
    raise PageSizeError(
        f"{value!r} is not a page size CSS allows: a size keyword (A4, A5, letter, legal, ...), "
        "optionally with portrait or landscape, or one or two lengths such as 210mm 297mm",
        suggestion,
    )


def _page_size(tokens: list[str]) -> str | None:
    if not 1 <= len(tokens) <= 2:
        return None
    lengths = [match for token in tokens if (match := _LENGTH.match(token))]
    if len(lengths) == len(tokens):
        if any(float(match["number"]) == 0 for match in lengths):
            return None
        return " ".join(f"{match['number']}{match['unit'].lower()}" for match in lengths)
    sizes = [PAGE_SIZE_KEYWORDS[token.lower()] for token in tokens if token.lower() in PAGE_SIZE_KEYWORDS]
    turns = [token.lower() for token in tokens if token.lower() in ORIENTATIONS]
    if len(sizes) == 1 and len(sizes) + len(turns) == len(tokens):
        return " ".join(sizes + turns)
    return None


def font_stack(families: tuple[str, ...]) -> CssSafe:
    """Each family once, in first-seen order (the index page joins every locale's stack)."""
    return CssSafe(", ".join([*(css_string(f) for f in dict.fromkeys(families)), "sans-serif"]))


def page_counter_content(label: str) -> CssSafe:
    """``content`` for a page label in which the page marks stand for counters.

    ``label`` is a translation of "Page %(page)s of %(pages)s" formatted with
    PAGE_MARK and PAGES_MARK, so the translator decides the order.
    """
    parts = re.split(f"({re.escape(PAGE_MARK)}|{re.escape(PAGES_MARK)})", label)
    counters = {PAGE_MARK: "counter(page)", PAGES_MARK: "counter(pages)"}
    return CssSafe(" ".join(counters.get(part) or css_string(part) for part in parts if part))


def scaled(size: float, unit: str, scale: float) -> CssSafe:
    """A font size times a locale's text scale (config ``text_scale``): ``scaled(12, "pt", 1.2)`` is
    ``14.4pt``. Only numbers and a unit this module names reach the CSS."""
    if unit not in ("pt", "%", "em", "rem"):
        raise ValueError(f"not a font-size unit: {unit!r}")
    return CssSafe(f"{round(float(size) * float(scale), 2):g}{unit}")


def finalize(value: object) -> str:
    """Jinja ``finalize`` for CSS templates: quote everything not built here."""
    if isinstance(value, CssSafe):
        return value
    return css_string(str(value))
