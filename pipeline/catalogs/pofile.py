"""Reading and writing PO and POT files: the one parser and the one writer.

``read_po(data, file)`` turns a file's bytes into a :class:`Catalog`, or
raises one :class:`~pipeline.errors.CatalogError` naming the file and line of
the first problem; ``write_po(catalog)`` turns a catalog back into bytes.
Every command reads and writes catalogs through these two functions, so a
file is parsed once, by one grammar, and a catalog written and read again is
the same catalog.

Why not Babel's ``read_po``/``write_po`` or polib, which the project used
before (one file was parsed up to four times by three parsers)?  Each loses
or corrupts something a translator wrote; the upstream reports:

* Babel wraps comments at 76 columns even with ``width=0``
  (sphinx-doc/sphinx#6639, python-babel/babel#865), and splits a long
  ``#| msgid`` without quoting its pieces, which corrupts the file.  Here
  nothing is wrapped except after an embedded ``\\n`` (GNU's rule), so a
  changed sentence is a one-line diff.
* Babel's ``read_po`` does not parse ``#|`` previous strings
  (python-babel/babel#206): it reads them as a translator comment ``| msgid``
  and the previous msgid of a fuzzy entry is lost on the next update.  Here
  ``#|`` and ``#~|`` are fields of the message.
* Babel writes an obsolete entry without its flags and previous strings
  (python-babel/babel#566, #743), so a fuzzy translation that became
  obsolete and was revived came back as reviewed.  Here an obsolete entry
  keeps translator comments, flags and ``#~|``, as msgmerge writes it.
* Babel drops ``msgstr[n]`` beyond ``nplurals`` when reading, or refuses the
  whole file without saying which entry (python-babel/babel#1323), and pads
  or cuts to ``nplurals`` when writing.  Here every form is kept; the
  [header] check reports the mismatch at the entry's line.
* Babel's ``Catalog`` writes only the header fields it knows
  (python-babel/babel#772): ``X-Generator``, a reviewer's sign-off are lost.
  Here the header is kept line for line.
* Babel's ``Message`` guesses ``python-format`` from the msgid on every read
  ("10% of" reads as the directive ``% o``: python-babel/babel#34, #35),
  undoing the extractor's ``no-python-format``.  Here flags are what the
  file says.
* Both accept a string that does not end with a quote and lose its last
  character (``"unterminated`` reads as ``unterminate``; polib
  izimobil/polib#161, after the 1.2.0 we use; Babel, the open
  python-babel/babel#1151), and neither rejects an unknown escape or a
  message defined twice, which ``msgfmt`` rejects.  Here each of those is an
  error with its line, so a catalog that reads here also compiles.

The grammar is GNU gettext's (``info gettext "PO Files"``): comments ``#``
(translator), ``#.`` (extracted), ``#:`` (references), ``#,`` (flags), ``#|``
(previous msgctxt/msgid/msgid_plural); keywords ``msgctxt``, ``msgid``,
``msgid_plural``, ``msgstr``, ``msgstr[n]``, each followed by one or more
C strings; ``#~`` before any of those for an obsolete entry.
"""

from __future__ import annotations

import codecs
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, field, replace
from pathlib import Path

from pipeline.catalogs.catalog import HEADER_ID, Catalog, Message
from pipeline.errors import CatalogError

# -- reading -------------------------------------------------------------------

BYTE_ORDER_MARK = "\ufeff"
# Read past by the parser, but msgfmt's syntax error at line 1: a release refuses it, compile does not compile it.
BYTE_ORDER_MARK_FOUND = (
    "the file starts with a byte order mark (U+FEFF), which msgfmt rejects as a syntax error; "
    "save it without a byte order mark; `leaflets update` removes it"
)
# A Windows editor's "Unicode" is UTF-16: every byte of it reads as the wrong character in UTF-8.
SAVED_AS_UTF16 = (
    'the file is saved as UTF-16 (what some Windows editors call "Unicode"), which gettext cannot read; '
    "save it as UTF-8 (Save As, encoding UTF-8)"
)
_CHARSET_RE = re.compile(rb"charset=([\w\-:.]+)")
_KEYWORD_RE = re.compile(r'(msgctxt|msgid_plural|msgid|msgstr\[(\d+)\]|msgstr)(?=[\s"]|$)\s*(.*)$')
# One or more strings on a line, joined as gettext joins them ('msgstr "a " "b"' is "a b").
_STRING_RE = re.compile(r'(?:"(?:[^"\\]|\\.)*"\s*)+$')
_STRING_PART = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPE_RE = re.compile(r"\\(x[0-9A-Fa-f]+|[0-7]{1,3}|.)")
_SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "\\": "\\",
    '"': '"',
    "'": "'",
    "?": "?",
}

# Which keyword may follow which: msgctxt? msgid (msgid_plural msgstr[n]+ | msgstr).
_MAY_FOLLOW = {
    "start": {"msgctxt", "msgid"},
    "msgctxt": {"msgid"},
    "msgid": {"msgid_plural", "msgstr"},
    "msgid_plural": {"msgstr[n]"},
    "msgstr": {"msgctxt", "msgid"},
    "msgstr[n]": {"msgstr[n]", "msgctxt", "msgid"},
}
_NEEDS_MSGSTR = ("msgctxt", "msgid", "msgid_plural")
_COMPLETE = ("msgstr", "msgstr[n]")


def read_po(data: bytes, file: str = "<catalog>") -> Catalog:
    """The catalog ``data`` holds; CatalogError(message, file, line) for the first problem.

    A byte order mark (Windows editors write one) is read past, and noted in
    ``Catalog.byte_order_mark``: msgfmt rejects it, so [syntax] reports it, and
    ``update`` writes the catalog back without it."""
    if _is_utf16(data):
        raise CatalogError(SAVED_AS_UTF16, file, 1)
    encoding = _declared_encoding(data)
    if encoding != "utf-8" and not data.isascii() and _is_utf8(data):
        # Read as the header says, every accented letter and every Korean one would be two or three
        # others (día as dÃ­a): the checks would report them all, and a draft would show them.
        declared = _CHARSET_RE.search(data)  # there is one: the encoding is not the default
        assert declared is not None
        line = data.count(b"\n", 0, declared.start()) + 1
        raise CatalogError(
            f"the header declares charset {declared.group(1).decode('ascii')}, but the file is saved as UTF-8; "
            "change the header to charset=UTF-8",
            file,
            line,
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"the file is not valid {encoding} (byte {data[exc.start]:#04x}); save it as UTF-8"
        raise CatalogError(message, file, line) from None
    text_after_mark = text.removeprefix(BYTE_ORDER_MARK)
    catalog = _read_plain(text_after_mark)
    if catalog is None:
        catalog = _Parser(file).parse(text_after_mark)
    return replace(catalog, byte_order_mark=True) if text.startswith(BYTE_ORDER_MARK) else catalog


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_utf16(data: bytes) -> bool:
    """Saved as UTF-16 (Windows editors call it "Unicode"): its byte order mark, or, without one, the
    zero byte every ASCII character of a catalog's keywords and header then has (half its bytes).
    One stray NUL is not that: [invisible] names it at its line."""
    start = data[:200]
    return data.startswith((b"\xff\xfe", b"\xfe\xff")) or start.count(b"\x00") * 3 > len(start)


def _declared_encoding(raw: bytes) -> str:
    """The charset the header declares, if Python knows it; UTF-8 otherwise.

    An unusable charset is reported by the header check, not here.
    """
    match = _CHARSET_RE.search(raw)
    if match:
        try:
            return codecs.lookup(match.group(1).decode("ascii", "replace")).name
        except LookupError:
            pass
    return "utf-8"


@dataclass
class _Entry:
    """An entry being read: its comments, then its keywords' strings."""

    translator: list[str] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    previous: dict[str, list[str]] = field(default_factory=dict)
    previous_field: str | None = None
    strings: dict[str, list[str]] = field(default_factory=dict)  # "msgid", "msgstr[0]", ...
    string_lines: dict[str, list[int]] = field(default_factory=dict)  # the line of each of those strings
    current: str | None = None  # the keyword a string line continues
    state: str = "start"
    obsolete: bool | None = None
    msgid_line: int = 0
    first_line: int = 0  # of the first keyword (msgctxt or msgid)

    @property
    def has_comments(self) -> bool:
        return bool(self.translator or self.extracted or self.references or self.flags or self.previous)

    def message(self) -> Message:
        joined = {name: "".join(parts) for name, parts in self.strings.items()}
        plural = [joined[f"msgstr[{index}]"] for index in range(len(joined)) if f"msgstr[{index}]" in joined]
        previous = {name: "".join(parts) for name, parts in self.previous.items()}
        return Message(
            msgid=joined.get("msgid", ""),
            msgstr=joined.get("msgstr", ""),
            msgid_plural=joined.get("msgid_plural"),
            msgstr_plural=tuple(plural),
            msgctxt=joined.get("msgctxt"),
            flags=tuple(dict.fromkeys(self.flags)),
            translator_comments=tuple(self.translator),
            extracted_comments=tuple(self.extracted),
            references=tuple(self.references),
            previous_msgctxt=previous.get("msgctxt"),
            previous_msgid=previous.get("msgid"),
            previous_msgid_plural=previous.get("msgid_plural"),
            obsolete=bool(self.obsolete),
            line=self.msgid_line,
        )


class _Parser:
    def __init__(self, file: str):
        self.file = file
        self.header: Message | None = None
        self.messages: list[Message] = []
        self.obsolete: list[Message] = []
        self.seen: dict[tuple[str | None, str], int] = {}  # live keys -> msgid line
        self.lines: list[str] = []
        self.entry = _Entry()
        self.header_lines: tuple[int, ...] = ()

    def error(self, line: int, message: str) -> CatalogError:
        return CatalogError(message, self.file, line)

    def parse(self, text: str) -> Catalog:
        # Only "\n" ends a line: a U+2028 or form feed inside a string is text.
        self.lines = [line.removesuffix("\r") for line in text.split("\n")]
        for number, line in enumerate(self.lines, start=1):
            self.line(number, line.strip())
        entry = self.entry
        if entry.state in _NEEDS_MSGSTR:
            raise self.error(entry.msgid_line or entry.first_line, "missing msgstr at the end of the file")
        if entry.state in _COMPLETE:
            self.finish()
        return Catalog(self.header, tuple(self.messages), tuple(self.obsolete), header_lines=self.header_lines)

    def line(self, number: int, stripped: str) -> None:
        if not stripped:
            return
        if stripped.startswith("#~"):
            rest = stripped[2:]
            if rest.startswith("|"):
                self.comment(number, "#|" + rest[1:])
            elif rest.strip():
                self.keyword_or_string(number, rest.strip(), obsolete=True)
            return
        if stripped.startswith("#"):
            self.comment(number, stripped)
            return
        self.keyword_or_string(number, stripped, obsolete=False)

    # -- comments --

    def comment(self, number: int, stripped: str) -> None:
        entry = self.entry
        if entry.state in _COMPLETE:
            self.finish()
            entry = self.entry
        elif entry.state in _NEEDS_MSGSTR:
            raise self.error(number, f"missing msgstr for the message at line {entry.first_line}")
        if stripped.endswith("\\") and self.following(number).startswith(("msg", '"')):
            # GNU gettext joins a line ending in a backslash with the next one,
            # so the msgid that follows would vanish into the comment.
            raise self.error(number, "a comment ends with a backslash, which joins the next line to it")
        if stripped[1:2] == "|":
            self.previous(number, stripped[2:].strip())
        else:
            _note_comment(stripped, entry.translator, entry.extracted, entry.references, entry.flags)

    def following(self, number: int) -> str:
        """The line after line ``number``, without its indentation ("" after the last)."""
        return self.lines[number].lstrip() if number < len(self.lines) else ""

    def previous(self, number: int, rest: str) -> None:
        """A "#| msgid ..." line, or a string continuing one."""
        entry = self.entry
        if rest.startswith('"'):
            if entry.previous_field is None:
                raise self.error(number, 'a "#|" string continuation without a keyword before it')
            entry.previous[entry.previous_field].append(self.string(number, rest))
            return
        match = re.match(r"(msgctxt|msgid_plural|msgid)(?=[\s\"]|$)\s*(.*)$", rest)
        if not match:
            keyword = rest.split()[0] if rest.split() else rest
            raise self.error(
                number, f'unknown keyword {keyword} in a "#|" line (previous msgctxt, msgid or msgid_plural)'
            )
        entry.previous_field = match.group(1)
        entry.previous[match.group(1)] = [self.string(number, match.group(2))]

    # -- keywords and strings --

    def keyword_or_string(self, number: int, stripped: str, obsolete: bool) -> None:
        keyword = _KEYWORD_RE.match(stripped)
        if keyword is None:
            if stripped.startswith('"'):
                self.continuation(number, stripped, obsolete)
                return
            if re.match(r'domain\s+"', stripped):
                raise self.error(
                    number,
                    "a domain directive: this project keeps one domain per file "
                    "(locales/<locale>/LC_MESSAGES/<domain>.po); split the catalog",
                )
            raise self.error(number, f"unexpected text: {stripped[:40]!r}")
        name, index, rest = keyword.group(1), keyword.group(2), keyword.group(3)
        kind = "msgstr[n]" if index is not None else name
        entry = self.entry
        if entry.state in _COMPLETE and kind in ("msgctxt", "msgid"):
            self.finish()
            entry = self.entry
        if entry.obsolete is not None and entry.obsolete != obsolete:
            raise self.error(number, "inconsistent use of #~: a message is partly obsolete")
        self.check_order(entry, kind, number)
        if kind == "msgstr[n]":
            expected = sum(1 for key in entry.strings if key.startswith("msgstr["))
            if int(index) != expected:
                raise self.error(
                    number,
                    f"msgstr[{index}] where msgstr[{expected}] was expected "
                    "(plural forms are numbered from 0, in order)",
                )
            name = f"msgstr[{int(index)}]"
        entry.obsolete = obsolete
        if kind in ("msgctxt", "msgid") and not entry.first_line:
            entry.first_line = number
        if kind == "msgid":
            entry.msgid_line = number
        entry.strings[name] = [self.string(number, rest)]
        entry.string_lines[name] = [number]
        entry.current, entry.state = name, kind

    def continuation(self, number: int, stripped: str, obsolete: bool) -> None:
        entry = self.entry
        if entry.current is None:
            raise self.error(number, "a string continuation line without a keyword before it")
        if entry.obsolete != obsolete:
            raise self.error(number, "inconsistent use of #~: a message is partly obsolete")
        entry.strings[entry.current].append(self.string(number, stripped))
        entry.string_lines[entry.current].append(number)

    def check_order(self, entry: _Entry, kind: str, number: int) -> None:
        if kind in _MAY_FOLLOW[entry.state]:
            return
        if entry.state in _NEEDS_MSGSTR:
            if kind == "msgstr" and entry.state == "msgid_plural":
                raise self.error(number, "a plural message needs msgstr[0], msgstr[1] ... instead of msgstr")
            if kind == "msgstr[n]" and entry.state == "msgid":
                raise self.error(number, "msgstr[...] without a msgid_plural before it")
            raise self.error(number, f"missing msgstr for the message at line {entry.first_line}")
        raise self.error(number, f"{kind.replace('[n]', '[...]')} without a msgid before it")

    def string(self, number: int, literal: str) -> str:
        if not _STRING_RE.match(literal):
            raise self.error(number, "unterminated string or unescaped double quote")
        try:
            return "".join(_unescaped(part) for part in _STRING_PART.findall(literal))
        except ValueError as invalid:
            raise self.error(number, f"invalid escape sequence \\{invalid}") from None

    # -- the end of an entry --

    def finish(self) -> None:
        entry = self.entry
        message = entry.message()
        self.entry = _Entry()
        if message.obsolete:
            self.obsolete.append(message)
            return
        if message.key in self.seen or (message.msgid == HEADER_ID and message.msgctxt is None and self.header):
            first = self.seen.get(message.key) or (self.header.line if self.header else 0)
            raise self.error(message.line, f"duplicate message definition (first defined at line {first})")
        if message.msgid == HEADER_ID and message.msgctxt is None:
            self.header = message
            self.header_lines = _line_starts(entry.strings.get("msgstr", []), entry.string_lines.get("msgstr", []))
        else:
            self.seen[message.key] = message.line
            self.messages.append(message)


_FLAG_SEPARATORS = re.compile(r"[\s,]+")


def _note_comment(
    stripped: str, translator: list[str], extracted: list[str], references: list[str], flags: list[str]
) -> None:
    """A translator, extracted, references or flags comment line (stripped) added to its list."""
    kind = stripped[1:2]
    if kind == ".":
        extracted.append(_comment_text(stripped[2:]))
    elif kind == ":":
        references += stripped[2:].split()
    elif kind == ",":
        # Separated by commas or white space, as GNU gettext reads them: "#, fuzzy python-format" is fuzzy.
        flags += [flag for flag in _FLAG_SEPARATORS.split(stripped[2:]) if flag]
    else:
        translator.append(_comment_text(stripped[1:]))


# -- the plain shape, read in one pass --------------------------------------------
#
# Nearly every catalog ``extract`` and ``update`` write, and Poedit or Weblate save, has one shape:
# entries of comments, an optional msgctxt, a msgid and a msgstr (their strings wrapped or not),
# separated by blank lines. Read an entry at a time with one pattern, such a file parses in less than
# half the time it takes line by line (``check`` reads every catalog and template). Anything else
# (obsolete or previous entries, plurals, CR line ends, indentation, a comment ending in a
# backslash, an escape or a duplicate the grammar rejects) is left to the line parser, whose
# result and errors are the definition: :func:`_read_plain` gives the same catalog or None.

_PLAIN_STRING = r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
_PLAIN_ENTRY = re.compile(
    r"((?:#[^\n]*\n)*)"  # comments
    rf"(?:msgctxt ({_PLAIN_STRING}(?:\n{_PLAIN_STRING})*)\n)?"
    rf"msgid ({_PLAIN_STRING}(?:\n{_PLAIN_STRING})*)\n"
    rf"msgstr ({_PLAIN_STRING}(?:\n{_PLAIN_STRING})*)"
    r"(?:\n+|\Z)"
)
_PLAIN_STRINGS = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"')


def _read_plain(text: str) -> Catalog | None:
    """The catalog ``text`` holds, if it has the plain shape and the line parser would accept it; else None."""
    position = len(text) - len(text.lstrip("\n"))
    line = position + 1  # of the entry at ``position``
    header: Message | None = None
    header_lines: tuple[int, ...] = ()
    messages: list[Message] = []
    seen: set[tuple[str | None, str]] = set()
    while position < len(text):
        match = _PLAIN_ENTRY.match(text, position)
        if match is None:
            return None
        comments, context, msgid, msgstr = match.groups()
        fields = _plain_comments(comments)
        if fields is None:
            return None
        msgid_line = line + comments.count("\n") + (context.count("\n") + 1 if context is not None else 0)
        try:
            fields["msgid"] = _plain_text(msgid)
            fields["msgstr"] = _plain_text(msgstr)
            fields["msgctxt"] = None if context is None else _plain_text(context)
        except ValueError:
            return None
        fields["line"] = msgid_line
        message = _new_message(fields)
        key = (message.msgctxt, message.msgid)  # message.key, without the property's call
        if key in seen or (message.msgid == HEADER_ID and message.msgctxt is None and header):
            return None
        if message.msgid == HEADER_ID and message.msgctxt is None:
            header = message
            strings = [_unescaped(literal) for literal in _PLAIN_STRINGS.findall(msgstr)]
            first = msgid_line + msgid.count("\n") + 1  # each string on a line of its own
            header_lines = _line_starts(strings, range(first, first + len(strings)))
        else:
            seen.add(key)
            messages.append(message)
        line += text.count("\n", position, match.end())
        position = match.end()
    return Catalog(header, tuple(messages), (), header_lines=header_lines)


def _plain_comments(comments: str) -> dict[str, object] | None:
    """The comment fields of a :class:`Message` that an entry's comment lines (as _PLAIN_ENTRY matched
    them, each ending in a newline) give, as :func:`_note_comment` reads them, in a new dict (the
    entry's other fields are added to it); None for a line the line parser reads otherwise (obsolete,
    previous) or rejects (a backslash at its end). Its loop written out here, not a call of
    _note_comment a line: a cold check read 50,000 comment lines."""
    if not comments:
        return {"flags": (), "translator_comments": (), "extracted_comments": (), "references": ()}
    translator: list[str] = []
    extracted: list[str] = []
    references: list[str] = []
    flags: list[str] = []
    for comment in comments.split("\n")[:-1]:  # not splitlines(): a U+2028 is text, as to the line parser
        stripped = comment.strip()
        kind = stripped[1:2]
        if kind in ("~", "|") or stripped.endswith("\\"):
            return None
        if kind == ".":
            extracted.append(stripped[3:] if stripped.startswith(" ", 2) else stripped[2:])  # _comment_text
        elif kind == ":":
            references += stripped[2:].split()
        elif kind == ",":
            # Separated by commas or white space, as GNU gettext reads them: "#, fuzzy python-format" is fuzzy.
            flags += [flag for flag in _FLAG_SEPARATORS.split(stripped[2:]) if flag]
        else:
            translator.append(_comment_text(stripped[1:]))
    return {
        "flags": tuple(dict.fromkeys(flags)),
        "translator_comments": tuple(translator),
        "extracted_comments": tuple(extracted),
        "references": tuple(references),
    }


# Every field of a Message at its default; a field with no default (msgid) is always given.
_MESSAGE_DEFAULTS = {
    name: value.default for name, value in Message.__dataclass_fields__.items() if value.default is not MISSING
}


def _new_message(fields: dict[str, object]) -> Message:
    """``Message(**fields)`` without the frozen dataclass's __init__, which sets its fourteen fields
    one ``object.__setattr__`` at a time (1.8 us a message, a fifth of reading a plain catalog; a
    call with ``**fields`` costs 1 us more): Message derives no field and has no __post_init__
    (tests/catalogs/test_pofile_plain.py holds it to that), so its fields' defaults updated with
    ``fields`` are the same value."""
    message = object.__new__(Message)
    values = message.__dict__
    values.update(_MESSAGE_DEFAULTS)
    values.update(fields)
    return message


def _line_starts(strings: Sequence[str], lines: Sequence[int]) -> tuple[int, ...]:
    """The file line on which each line of the text ``strings`` join into begins, given the line each
    string is on: a header field's ("Name: value\\n" is one string a line as tools write it, but a
    field may go on over several strings, or share one with the next)."""
    starts: list[int] = []
    begins = True  # the text's next character begins a line of it
    for string, line in zip(strings, lines, strict=True):
        if not string:
            continue
        if begins:
            starts.append(line)
        starts += [line] * string.count("\n", 0, len(string) - 1)
        begins = string.endswith("\n")
    if begins:
        starts.append(lines[-1] if lines else 0)
    return tuple(starts)


def _plain_text(strings: str) -> str:
    """The text of a keyword's strings (one per line, as _PLAIN_ENTRY matched them), joined."""
    if "\n" not in strings:
        text = strings[1:-1]
        return text if "\\" not in text else _unescaped(text)  # most strings: nothing to unescape
    return "".join(_unescaped(literal) for literal in _PLAIN_STRINGS.findall(strings))


def _unescaped(text: str) -> str:
    """A string's text with its escapes read; ValueError(the escape) for one the grammar rejects."""
    if "\\" not in text:  # most strings: nothing to unescape
        return text
    return _ESCAPE_RE.sub(lambda escape: _escaped_character(escape.group(1)), text)


def _escaped_character(escape: str) -> str:
    if escape in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[escape]
    if escape[0] == "x" and len(escape) > 1:
        return _character(int(escape[1:], 16), escape)
    if escape[0] in "01234567":
        return _character(int(escape, 8), escape)
    raise ValueError(escape)


def _character(code: int, escape: str) -> str:
    # A surrogate (\xd800) or a number past the last code point is no character: UTF-8 cannot
    # write it, and the review digest, the .mo file and the page would each fail on it later.
    if code > sys.maxunicode or unicodedata.category(chr(code)) == "Cs":
        raise ValueError(escape)
    return chr(code)


def _comment_text(text: str) -> str:
    """A comment's text: what follows its marker, without the one space that separates them."""
    return text[1:] if text.startswith(" ") else text


# -- writing -------------------------------------------------------------------

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
}
_TO_ESCAPE = re.compile("[" + re.escape("".join(_ESCAPES)) + "]")


def write_po(catalog: Catalog) -> bytes:
    """The file for ``catalog``: header, live messages, obsolete messages, each
    followed by a blank line, nothing wrapped; CatalogError if its charset
    cannot encode it."""
    entries = [catalog.header] if catalog.header is not None else []
    text = "".join(_entry(message) + "\n" for message in [*entries, *catalog.messages, *catalog.obsolete])
    try:
        return text.encode(codecs.lookup(catalog.charset).name)
    except LookupError:
        raise CatalogError(f"the header declares charset {catalog.charset}, which Python does not know") from None
    except UnicodeEncodeError as exc:
        raise CatalogError(
            f"the text has {exc.object[exc.start]!r}, which charset {catalog.charset} cannot encode; use UTF-8"
        ) from None


def _entry(message: Message) -> str:
    """One entry, in GNU's order: comments, references, flags, previous strings, keywords.

    An obsolete entry keeps its translator comments, flags and previous strings
    (as msgmerge writes them) before its ``#~`` lines.
    """
    lines = [f"# {comment}" if comment else "#" for comment in message.translator_comments]
    lines += [f"#. {comment}" if comment else "#." for comment in message.extracted_comments]
    if message.references:
        lines.append("#: " + " ".join(message.references))
    if message.flags:
        lines.append("#, " + ", ".join(message.flags))
    previous = "#~| " if message.obsolete else "#| "
    for keyword, value in (
        ("msgctxt", message.previous_msgctxt),
        ("msgid", message.previous_msgid),
        ("msgid_plural", message.previous_msgid_plural),
    ):
        if value is not None:
            lines += _keyword(previous, keyword, value)
    prefix = "#~ " if message.obsolete else ""
    if message.msgctxt is not None:
        lines += _keyword(prefix, "msgctxt", message.msgctxt)
    lines += _keyword(prefix, "msgid", message.msgid)
    if message.msgid_plural is not None:
        lines += _keyword(prefix, "msgid_plural", message.msgid_plural)
        for index, form in enumerate(message.msgstr_plural):
            lines += _keyword(prefix, f"msgstr[{index}]", form)
    else:
        lines += _keyword(prefix, "msgstr", message.msgstr)
    return "".join(line + "\n" for line in lines)


def _keyword(prefix: str, keyword: str, value: str) -> list[str]:
    """``msgid "text"``, or, for text with an embedded newline, ``msgid ""`` and one
    line per piece, each ending after its ``\\n`` (GNU's and Babel's layout)."""
    pieces = value.split("\n")
    pieces = [piece + "\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    if len(pieces) <= 1:
        return [f"{prefix}{keyword} {_quote(value)}"]
    return [f'{prefix}{keyword} ""'] + [f"{prefix}{_quote(piece)}" for piece in pieces]


def _quote(text: str) -> str:
    return '"' + _TO_ESCAPE.sub(lambda match: _ESCAPES[match.group()], text) + '"'


def read_file(path: Path, file: str) -> Catalog:
    """The catalog in ``path`` (``file`` names it in messages: relative to the project)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read the catalog: {exc.strerror or exc}", file, 1) from None
    return read_po(data, file)
