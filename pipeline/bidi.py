"""Left-to-right text inside right-to-left pages (Arabic).

An Arabic leaflet keeps some text left to right: terms kept as written (IVIG,
SJS/TEN, Fas), doses (``400 mg/kg (0.4 g/kg)``), the reviewer's name. Left to
the Unicode bidirectional algorithm inside an Arabic sentence, a dose falls
apart: a number after Arabic letters becomes an Arabic number, so ``2 g/kg``
shows as ``g/kg 2``, in browsers and in print alike. Each such run is put in
``<span dir="ltr">``: browsers make it a left-to-right isolate (HTML gives
``[dir]`` ``unicode-bidi: isolate``), and WeasyPrint, which has no bidi
reordering across boxes (its issue #106), shapes it as a box of its own, left
to right, and places it as one piece in the right-to-left line.

A run is text without right-to-left letters that holds at least one
left-to-right letter, from its first letter or digit to its last, with the
brackets it opens or closes. Digits and signs alone (``10%``, ``1.9``, ``24``)
are left to the bidirectional algorithm: Arabic text with European digits
writes them so, and readers expect ``10%`` as Arabic text shows it.

Elements that already say ``dir="ltr"`` (references, passages shown in
English) are left as they are; so is everything outside ``<body>``.

Text that is no element's, the PDF's running footer (a CSS ``content``
string), holds its direction with marks instead: :func:`held_on_every_line`.
"""

from __future__ import annotations

import re
import unicodedata

LTR_SPAN = '<span dir="ltr">'
_DIRECTION_MARKS = {"ltr": "\u200e", "rtl": "\u200f"}  # LRM, RLM

# Markup and text of generated HTML: every "<" in text is escaped.
_MARKUP = re.compile(r"(<!--.*?-->|<head\b.*?</head>|<[^>]*>)", re.DOTALL | re.IGNORECASE)
# A start or end tag: "/", its name, its attributes, "/" of a self-closing tag.
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*?)(/?)>", re.DOTALL)
_DIR = re.compile(r"""\bdir\s*=\s*["']?(ltr|rtl)\b""", re.IGNORECASE)
VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta source track wbr".split())
# One character of text, an entity counting as one.
_ATOM = re.compile(r"&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]\w*);|.", re.DOTALL)
_OPENERS, _CLOSERS = "([{", ")]}"
_SPACES = (" ", "\u00a0", "&nbsp;")


def isolate_ltr_runs(html: str, direction: str = "ltr") -> str:
    """``html`` with every left-to-right run of right-to-left text in ``<span dir="ltr">``.

    ``direction`` is the direction outside the first element (a page's
    ``<html dir>`` sets its own). Only for HTML this project generates.
    """
    out = []
    stack: list[tuple[str, str]] = [("", direction)]
    for index, part in enumerate(_MARKUP.split(html)):
        if index % 2:
            out.append(part)
            _follow(part, stack)
        elif part and stack[-1][1] == "rtl":
            out.append(_isolate(part))
        else:
            out.append(part)
    return "".join(out)


def held_on_every_line(text: str, direction: str) -> str:
    """``text`` with a mark of ``direction`` (U+200E LRM for "ltr") on each side of every word.

    For a CSS ``content`` string in a box of the other direction: English in the
    footer of a right-to-left page. WeasyPrint applies the bidirectional algorithm
    to each line of a box on its own, so an isolate (LRI ... PDI) holds on its
    first line only, and an English line that ends in a full stop shows it at
    its start. With a mark each side of every word, every line starts and ends
    left to right wherever it breaks. The marks are invisible.
    """
    mark = _DIRECTION_MARKS[direction]
    return mark + re.sub(r"(\s+)", rf"{mark}\1{mark}", text) + mark


def _follow(markup: str, stack: list[tuple[str, str]]) -> None:
    """Keep ``stack`` (open elements and their direction) in step with one piece of markup."""
    tag = TAG.fullmatch(markup)
    if tag is None:
        return  # a comment, a doctype, the head
    closing, name, attributes, self_closing = tag.groups()
    name = name.lower()
    if closing:
        for depth in range(len(stack) - 1, 0, -1):
            if stack[depth][0] == name:
                del stack[depth:]
                break
    elif not self_closing and name not in VOID_ELEMENTS:
        declared = _DIR.search(attributes)
        stack.append((name, declared.group(1).lower() if declared else stack[-1][1]))


def _isolate(text: str) -> str:
    atoms = _ATOM.findall(text)
    kinds = [_kind(atom) for atom in atoms]
    out, start = [], 0
    for first, last in _runs(atoms, kinds):
        out += [*atoms[start:first], LTR_SPAN, *atoms[first:last], "</span>"]
        start = last
    return "".join(out + atoms[start:])


def _runs(atoms: list[str], kinds: list[str]) -> list[tuple[int, int]]:
    """[first, last) of each left-to-right run, in order."""
    runs = []
    index = 0
    while index < len(atoms):
        if kinds[index] == "R":
            index += 1
            continue
        end = index
        while end < len(atoms) and kinds[end] != "R":
            end += 1
        letters = [i for i in range(index, end) if kinds[i] == "L"]
        if letters:
            first = _number_before(atoms, kinds, letters[0], index)
            last = _number_after(atoms, kinds, letters[-1] + 1, end)
            runs.append(_with_brackets(atoms, first, last, index, end))
        index = end
    return runs


def _number_before(atoms: list[str], kinds: list[str], first: int, low: int) -> int:
    """Start a run at the number its first word belongs to: "400 mg", "0.4 g"."""
    at = first - 1 if first - 1 > low and atoms[first - 1] in _SPACES and kinds[first - 2] == "D" else first
    while at > low and (kinds[at - 1] == "D" or (atoms[at - 1] in ".," and at - 1 > low and kinds[at - 2] == "D")):
        at -= 1
    return at


def _number_after(atoms: list[str], kinds: list[str], last: int, high: int) -> int:
    """End a run after a number joined to its last word: "IL-2", "v2.0"."""
    while last < high and (
        kinds[last] == "D" or (atoms[last] in "-./:" and last + 1 < high and kinds[last + 1] == "D")
    ):
        last += 1
    return last


def _with_brackets(atoms: list[str], first: int, last: int, low: int, high: int) -> tuple[int, int]:
    """Widen [first, last) by the brackets that close or open inside it, within [low, high)."""
    depth = 0
    unopened = 0
    for atom in atoms[first:last]:
        if atom in _OPENERS:
            depth += 1
        elif atom in _CLOSERS:
            if depth:
                depth -= 1
            else:
                unopened += 1
    while depth and last < high and atoms[last] in _CLOSERS:
        depth, last = depth - 1, last + 1
    while unopened and first > low and atoms[first - 1] in _OPENERS:
        unopened, first = unopened - 1, first - 1
    return first, last


def _kind(atom: str) -> str:
    """ "L" a left-to-right letter, "R" a right-to-left one, "D" a digit, "N" anything else."""
    if len(atom) > 1:
        return "N"  # an entity: &quot; &amp; ...
    bidi = unicodedata.bidirectional(atom)
    if bidi == "L":
        return "L"
    if bidi in ("R", "AL"):
        return "R"
    return "D" if bidi in ("EN", "AN") else "N"
