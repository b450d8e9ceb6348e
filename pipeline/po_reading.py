"""Reading a .po file strictly: entries with their line numbers, or one syntax problem.

Used by everything that reads a translator's catalog (check, update, build).

polib does the parsing.  It reports some syntax errors with a line number in
its message; it silently accepts others that GNU msgfmt rejects (an
unterminated string, an unknown escape, a msgid without a msgstr, a message
defined twice).  A small scan of our own catches those, and runs first
because it can name the problem, so a catalog that passes here also
compiles.  Whatever goes wrong, the caller gets *one* problem with a line,
never an exception.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

import polib


@dataclass(frozen=True)
class SyntaxProblem:
    line: int
    message: str


@dataclass(frozen=True)
class ParsedCatalog:
    metadata: dict[str, str]
    header_line: int
    entries: tuple[tuple[polib.POEntry, int], ...]  # live (non-obsolete) entries, with msgid line


_CHARSET_RE = re.compile(rb"charset=([\w\-:.]+)")
_POLIB_LINE_RE = re.compile(r"\(line (\d+)\)(?::\s*(.*))?")


def read_catalog(path: Path) -> ParsedCatalog | SyntaxProblem:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return SyntaxProblem(1, f"cannot read the catalog: {exc.strerror or exc}")
    return parse_catalog(raw)


def parse_catalog(raw: bytes) -> ParsedCatalog | SyntaxProblem:
    """The catalog in ``raw``, the bytes of a .po file (a build hashes and parses the same bytes)."""
    encoding = _declared_encoding(raw)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return SyntaxProblem(line, f"the file is not valid {encoding} (byte {raw[exc.start]:#04x})")
    text = text.removeprefix("\ufeff")

    # Our scan first: it names the problem ("missing msgstr") where polib
    # only says "syntax error"; polib then catches whatever the scan does not.
    problem = scan_syntax(text)
    if problem:
        return problem
    catalog = _parse_with_polib(text)
    if isinstance(catalog, SyntaxProblem):
        return catalog
    lines = text.splitlines()
    entries = []
    seen: dict[tuple[str | None, str], int] = {}
    for entry in catalog:
        if entry.obsolete:
            continue
        line = _msgid_line(lines, entry.linenum)
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            return SyntaxProblem(line, f"duplicate message definition (first defined at line {seen[key]})")
        seen[key] = line
        entries.append((entry, line))
    return ParsedCatalog(dict(catalog.metadata), _header_line(lines), tuple(entries))


def _declared_encoding(raw: bytes) -> str:
    """The charset the header declares, if Python knows it; UTF-8 otherwise.

    An unusable charset is reported by the header check, not here.
    """
    match = _CHARSET_RE.search(raw)
    if match:
        name = match.group(1).decode("ascii", "replace")
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass
    return "utf-8"


def _parse_with_polib(text: str) -> polib.POFile | SyntaxProblem:
    try:
        return polib.pofile(text)
    except Exception as exc:  # polib raises IOError, but be robust to any parser bug
        match = _POLIB_LINE_RE.search(str(exc))
        if match:
            reason = match.group(2) or "the line does not fit the PO syntax"
            return SyntaxProblem(int(match.group(1)), f"syntax error: {reason}")
        return SyntaxProblem(1, f"syntax error: {exc}")


def _msgid_line(lines: list[str], entry_start: int) -> int:
    """The 1-based line of an entry's msgid (polib gives the entry's first comment line)."""
    for index in range(max(entry_start - 1, 0), len(lines)):
        stripped = lines[index].lstrip()
        if stripped.startswith("msgid") and not stripped.startswith("msgid_plural"):
            return index + 1
    return max(entry_start, 1)


def _header_line(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        if re.match(r'\s*msgid\s+""\s*$', line):
            return index + 1
        if line.lstrip().startswith("msgid"):
            break  # the first message is not the header
    return 1


# --- the scan for what polib lets through -------------------------------------

_KEYWORD_RE = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr\[\d+\]|msgstr)\s*(.*)$")
_STRING_RE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*$')
_ESCAPE_RE = re.compile(r"\\(.)")
_VALID_ESCAPES = set("ntrabfv\\\"'?x01234567")


def scan_syntax(text: str) -> SyntaxProblem | None:
    """The first structural problem msgfmt would reject, or None.

    Tracks, for live and obsolete (#~) entries separately, which keyword may
    come next: msgctxt -> msgid -> msgid_plural? -> msgstr / msgstr[n].
    """
    states = {False: "start", True: "start"}  # keyed by "is obsolete"
    last_line = {False: 0, True: 0}
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        obsolete = stripped.startswith("#~")
        if obsolete:
            stripped = stripped[2:].strip()
            if not stripped or stripped.startswith("|"):
                continue
        elif stripped.startswith("#"):
            following = lines[number].lstrip() if number < len(lines) else ""
            if line.endswith("\\") and following.startswith(("msg", '"')):
                # GNU gettext joins a line ending in a backslash with the next
                # one, so the msgid that follows would vanish into the comment.
                return SyntaxProblem(number, "a comment ends with a backslash, which joins the next line to it")
            continue
        state = states[obsolete]
        keyword = _KEYWORD_RE.match(stripped)
        if keyword:
            name, rest = keyword.group(1), keyword.group(2)
            kind = "msgstr[n]" if name.startswith("msgstr[") else name
            problem = _check_string(rest, number) or _check_order(state, kind, number, last_line[obsolete])
            if problem:
                return problem
            states[obsolete] = kind
            if kind in ("msgctxt", "msgid"):
                last_line[obsolete] = number
        elif stripped.startswith('"'):
            if state == "start":
                return SyntaxProblem(number, "a string continuation line without a keyword before it")
            problem = _check_string(stripped, number)
            if problem:
                return problem
        else:
            return SyntaxProblem(number, f"unexpected text: {stripped[:40]!r}")
    for obsolete, state in states.items():
        if state in _NEEDS_MSGSTR:
            return SyntaxProblem(last_line[obsolete], "missing msgstr at the end of the file")
    return None


# Which keyword may follow which: a message is msgctxt? msgid (msgid_plural msgstr[n]+ | msgstr).
_MAY_FOLLOW = {
    "start": {"msgctxt", "msgid"},
    "msgctxt": {"msgid"},
    "msgid": {"msgid_plural", "msgstr"},
    "msgid_plural": {"msgstr[n]"},
    "msgstr": {"msgctxt", "msgid"},
    "msgstr[n]": {"msgstr[n]", "msgctxt", "msgid"},
}
_NEEDS_MSGSTR = ("msgctxt", "msgid", "msgid_plural")


def _check_order(state: str, kind: str, line: int, message_line: int) -> SyntaxProblem | None:
    if kind in _MAY_FOLLOW[state]:
        return None
    if state in _NEEDS_MSGSTR:
        if kind == "msgstr" and state == "msgid_plural":
            return SyntaxProblem(line, "a plural message needs msgstr[0], msgstr[1] ... instead of msgstr")
        return SyntaxProblem(line, f"missing msgstr for the message at line {message_line}")
    return SyntaxProblem(line, f"{kind.replace('[n]', '[...]')} without a msgid before it")


def _check_string(literal: str, line: int) -> SyntaxProblem | None:
    match = _STRING_RE.match(literal)
    if not match:
        return SyntaxProblem(line, "unterminated string or unescaped double quote")
    for escape in _ESCAPE_RE.finditer(match.group(1)):
        if escape.group(1) not in _VALID_ESCAPES:
            return SyntaxProblem(line, f"invalid escape sequence \\{escape.group(1)}")
    return None
