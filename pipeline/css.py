"""Writing CSS values from text that may come from a translator.

Anything interpolated into CSS is a string literal whose every character
outside letters, digits and spaces is a hex escape, so no translation can end
the string, add a rule or close the ``<style>`` element.
"""

from __future__ import annotations

import re

_KEYWORD = re.compile(r"^[A-Za-z][A-Za-z0-9-]*$")
PAGE_MARK = "\x01page\x01"
PAGES_MARK = "\x01pages\x01"


class CssSafe(str):
    """CSS text that was built by this module and may be written as is."""


def css_string(text: str) -> CssSafe:
    escaped = "".join(ch if ch.isalnum() or ch == " " else f"\\{ord(ch):x} " for ch in text)
    return CssSafe(f'"{escaped}"')


def css_keyword(value: str) -> CssSafe:
    if not _KEYWORD.match(value):
        raise ValueError(f"not a CSS keyword: {value!r}")
    return CssSafe(value)


def font_stack(families: tuple[str, ...]) -> CssSafe:
    return CssSafe(", ".join([*(css_string(f) for f in families), "sans-serif"]))


def page_counter_content(label: str) -> CssSafe:
    """``content`` for a page label in which the page marks stand for counters.

    ``label`` is a translation of "Page %(page)s of %(pages)s" formatted with
    PAGE_MARK and PAGES_MARK, so the translator decides the order.
    """
    parts = re.split(f"({re.escape(PAGE_MARK)}|{re.escape(PAGES_MARK)})", label)
    counters = {PAGE_MARK: "counter(page)", PAGES_MARK: "counter(pages)"}
    return CssSafe(" ".join(counters.get(part) or css_string(part) for part in parts if part))


def finalize(value: object) -> str:
    """Jinja ``finalize`` for CSS templates: quote everything not built here."""
    if isinstance(value, CssSafe):
        return value
    return css_string(str(value))
