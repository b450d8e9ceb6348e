"""Where lines may break: Korean words kept whole, numbers kept with their units.

Korean is written with spaces between words, and readers expect lines to
break only there. A Korean "word" here is everything between two spaces that
holds Hangul: ``표피괴사용해증(TEN)의``, ``"가짜"는``, ``IVIG를``, ``1 g/kg/day를``.

* In the PDF, CSS ``word-break: keep-all`` does it: WeasyPrint is patched to
  honour it with Pango's allow-breaks attribute over the ranges that
  ``kept_ranges`` gives (pipeline/weasyprint_patches/keep_all.py).
* Browsers honour ``keep-all`` between letters, but still break at
  punctuation inside a word (``(TEN)`` / ``의``, ``면역계`` / ``(세균…``,
  ``스티븐스-`` / ``존슨``). ``join_words_for_browsers`` puts an invisible
  WORD JOINER (U+2060) at those places in the HTML; the PDF does not need them
  and drops them (``strip_browser_hints``), so its text stays plain.
* A web address may break after a ``/`` only: its pieces are no-wrap spans
  with a ``<wbr>`` between them (browsers see no break opportunity after a
  ``/`` before a letter). WeasyPrint breaks there by itself, and would turn
  ``<wbr>`` into a ZERO WIDTH SPACE in the PDF's text, so the PDF drops it too.
* A number and its unit (``2 g/kg``, ``1 g/kg/day``) never part, in any
  language: ``keep_units_together`` holds them in a no-wrap span.  So is a
  phone number whole, with its ``+``, country code, brackets and every group
  (``+49 877 778 0318``, ``(877) 778-0318``): a patient reads it to dial it,
  and a line that ends in ``+`` or ``778-`` splits it in two.  Phone numbers
  are those [phone] compares (pipeline/checks/patterns.py), so what the checks
  read as one number is printed as one.
"""

from __future__ import annotations

import re
from html import unescape

from pipeline.checks import patterns
from pipeline.languages.scripts import char_class

KEEP_ALL = "keep-all"
NORMAL = "normal"
WORD_JOINER = "\u2060"
NO_WRAP_CLASS = "nowrap"

HANGUL = char_class("Hang")  # Unicode's Hangul script (pipeline/languages/scripts.py)
BREAKABLE_SPACES = " \t\n\r\f\u2028\u2029"  # NO-BREAK SPACE is none
# NO-BREAK SPACE joins, so "2\u00a0g/kg을" is one word.
_WORD = re.compile(rf"[^{BREAKABLE_SPACES}]+")
_HANGUL_LETTER = re.compile(rf"[{HANGUL}]")
_ADDRESS = re.compile(r"://|^www\.", re.IGNORECASE)
_ADDRESS_PIECE = re.compile(r"[^/]*(?:/+|$)")
# Letters and digits: between two of them, keep-all alone keeps the line whole.
_LETTER = re.compile(rf"[\w{HANGUL}]")
# Browsers never break before closing punctuation nor after an opening bracket.
_NEVER_BEFORE = set(".,!?:;)]}…/")
_NEVER_AFTER = set("([{")
_IN_NUMBERS = set(".,/:")
_CHARACTER = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|.", re.DOTALL)

_UNIT = (
    r"(?:mcg|µg|μg|mg|ng|g|kg|mL|ml|dL|L|IU|mmol|µmol|mol|mEq|kcal|cm|mm|m²|m2|"
    r"day|days|d|h|hr|min|dose|week|weeks)"
)
# Scripts written without a space before a particle or the next word: a unit
# may be followed by their letters (1 g/kg을, 2 g/kg的).  Any other letter goes
# on the word, so "5 días" and Vietnamese "10 người" hold no "5 d" or "10 ng".
_GLUED_SCRIPTS = "".join(char_class(code) for code in ("Hang", "Hani", "Hira", "Kana"))
# A number, its thousands grouped by a space too ("4 000", as French and the RAE write them,
# and as [numbers] asks a translation to write "4,000" where a comma is the decimal mark):
# a line must not end in "4" and the next begin "000 mg", with a unit or without one.
_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)*"
_NUMBER = rf"(?:{_GROUPED}|\d+(?:[.,]\d+)*)"
_NUMBER_UNIT = re.compile(
    rf"(?<![\w.,])(?:{_NUMBER}(?:\s*[-–~]\s*{_NUMBER})? {_UNIT}(?:/{_UNIT})*(?![^\W{_GLUED_SCRIPTS}]|/)"
    rf"|{_GROUPED}(?![\w.,]))"
)
# The head (title, styles) and the tags are left alone; only text changes.
_PARTS = re.compile(r"(<head\b.*?</head>|<[^>]*>)", re.DOTALL | re.IGNORECASE)


def kept_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` inside which no line may break.

    An address glued to a particle (``https://…/6274053)에서는``) keeps a
    break opportunity after each ``/``: its pieces are ranges of their own.
    """
    ranges = []
    # Word by word, then Hangul inside it: one pass over the text. A pattern for "a word with
    # Hangul in it" backtracks over every word without any, from each of its characters: a
    # translator's 10,000 "[" took a second per call, and WeasyPrint calls this for every line.
    for match in _WORD.finditer(text):
        if not _HANGUL_LETTER.search(match.group()):
            continue
        start = match.start()
        if _ADDRESS.search(match.group()):
            ranges += [
                (start + piece.start(), start + piece.end())
                for piece in _ADDRESS_PIECE.finditer(match.group())
                if piece.end() > piece.start()
            ]
        else:
            ranges.append(match.span())
    return ranges


# Characters a line may break before and after in any language (Unicode's line breaking, UAX #14):
# Chinese and Japanese ideographs and kana. Thai, Lao, Khmer and Myanmar write no spaces between
# words, and Pango breaks them where a dictionary finds a word: counted as breaking anywhere too,
# as no rule here knows their words (the length of a whole translation still bounds them).
_BREAKS_AROUND = re.compile(
    "[" + "".join(char_class(code) for code in ("Hani", "Hira", "Kana", "Thai", "Laoo", "Khmr", "Mymr")) + "]"
)
# A piece of a word up to and with a "/": a line may break after it ("SJS/TEN", an address).
_UP_TO_SLASH = re.compile(r"[^/]*/|[^/]+")


def longest_unbreakable_run(text: str) -> int:
    """The most characters of ``text`` in a row that no line of a PDF may break between, read as
    strictly as a ``keep-all`` language lays them out: a word with Korean in it is kept whole
    (:func:`kept_ranges`: an address in it breaks after each ``/``), any other word breaks after
    a ``/`` and around every ideograph or kana (and Thai, Lao ... letter). A run longer than a line is
    broken anywhere, and WeasyPrint lays out the rest of its text again for each line it makes
    of it: the time grows with the run's square (pipeline/checks/too_long.py)."""
    longest = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if _HANGUL_LETTER.search(word):
            lengths = [end - start for start, end in kept_ranges(word)]
        else:
            lengths = [len(piece) for part in _BREAKS_AROUND.split(word) for piece in _UP_TO_SLASH.findall(part)]
        longest = max(longest, max(lengths, default=0))
    return longest


def join_words_for_browsers(html: str) -> str:
    """``html`` with a WORD JOINER wherever a browser could break a Korean word.

    Words may cross tags (``<strong>표피괴사용해증(TEN)</strong>의``): the text
    is read as a reader sees it, tags left out and each character reference one
    character, and the joiners go back into the text parts. Only for HTML this
    project generates (every ``<`` in text is escaped).
    """
    parts = _PARTS.split(html)
    units = {index: _CHARACTER.findall(part) for index, part in enumerate(parts) if index % 2 == 0}
    flat = "".join(unescape(unit) for pieces in units.values() for unit in pieces)
    joins = {
        position
        for start, end in kept_ranges(flat)
        for position in range(start + 1, end)
        if _browser_may_break(flat[position - 1], flat[position])
    }
    if not joins:
        return html
    offset = 0
    for index, pieces in units.items():
        parts[index] = "".join(
            WORD_JOINER + unit if offset + n in joins and n else unit for n, unit in enumerate(pieces)
        )
        if offset + len(pieces) in joins:  # the word goes on after a tag
            parts[index] += WORD_JOINER
        offset += len(pieces)
    return "".join(parts)


def _browser_may_break(before: str, after: str) -> bool:
    """Whether a browser with ``keep-all`` might break between these two characters of a word."""
    if _LETTER.match(before) and _LETTER.match(after):
        return False  # keep-all holds letters together
    if after.isdigit() and before in _IN_NUMBERS:
        # Inside a number (Unicode's line breaking, LB25: 1.9, 1,000, 3/4): no browser breaks there,
        # and a joiner in "1.9명" is carried into what a reader copies or searches for.
        return False
    return after not in _NEVER_BEFORE and before not in _NEVER_AFTER


WBR = "<wbr>"


def strip_browser_hints(html: str) -> str:
    """``html`` without the break hints only browsers need (joiners, ``<wbr>``)."""
    return html.replace(WORD_JOINER, "").replace(WBR, "")


def keep_units_together(html: str) -> str:
    """Every phone number (``+49 877 778 0318``), every number with its unit (``2 g/kg``,
    ``3–5 days``), and every number grouped by a space (``4 000``), in a span that does not wrap."""
    parts = _PARTS.split(html)
    return "".join(part if index % 2 else _kept_together(part) for index, part in enumerate(parts))


def _kept_together(text: str) -> str:
    """A text part of the HTML with its phone numbers, and its numbers with their units, kept whole."""
    if not patterns.has_digit(text):
        return text
    # Digits of a web address are no phone number: its pieces break after a slash (render_html.py).
    phones = patterns.phone_spans(patterns.blank_out(text, phones=False))
    pieces, last = [], 0
    for start, end in phones:
        pieces += [_NUMBER_UNIT.sub(_no_wrap, text[last:start]), _no_wrap_span(text[start:end])]
        last = end
    pieces.append(_NUMBER_UNIT.sub(_no_wrap, text[last:]))
    return "".join(pieces)


def _no_wrap(match: re.Match) -> str:
    return _no_wrap_span(match.group())


def _no_wrap_span(text: str) -> str:
    return f'<span class="{NO_WRAP_CLASS}">{text}</span>'
