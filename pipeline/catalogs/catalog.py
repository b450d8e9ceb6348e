"""The catalog model: what a PO or POT file says, frozen, with no I/O.

A :class:`Catalog` is a header and its messages, live and obsolete (``#~``),
in file order; a :class:`Message` is one entry with everything a PO file can
say about it.  Reading and writing live in :mod:`pipeline.catalogs.pofile`,
operations that make a new catalog (merging a template) in
:mod:`pipeline.catalogs.merge`.  As in Babel's ``babel.messages.catalog``,
the model knows nothing of files; unlike Babel's, it keeps every header
(``X-Generator``, a reviewer's sign-off) and never guesses flags, so what is
read is what is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

FUZZY = "fuzzy"
# The header entry, whose msgstr holds "Name: value" lines.
HEADER_ID = ""


@dataclass(frozen=True)
class Message:
    """One catalog entry.

    A plural message has ``msgid_plural`` and one ``msgstr_plural`` form per
    ``msgstr[n]`` line, numbered by the catalog's ``Plural-Forms``; a singular
    one has ``msgstr``.  ``line`` is the line of the ``msgid`` keyword in the
    file it was read from (0 for a message made in memory).
    """

    msgid: str
    msgstr: str = ""
    msgid_plural: str | None = None
    msgstr_plural: tuple[str, ...] = ()
    msgctxt: str | None = None
    flags: tuple[str, ...] = ()  # "#, fuzzy, python-format", in file order
    translator_comments: tuple[str, ...] = ()  # "# ..."
    extracted_comments: tuple[str, ...] = ()  # "#. ..." (from the source: notes for translators)
    references: tuple[str, ...] = ()  # "#: source/ivig-ten.md:12", one item per reference
    previous_msgctxt: str | None = None  # "#| msgctxt": the source text a fuzzy translation was made for
    previous_msgid: str | None = None  # "#| msgid"
    previous_msgid_plural: str | None = None  # "#| msgid_plural"
    obsolete: bool = False  # "#~": no longer in the template, kept for its translation
    line: int = field(default=0, compare=False)

    @property
    def key(self) -> tuple[str | None, str]:
        """What identifies a message in a catalog: its context and singular msgid."""
        return (self.msgctxt, self.msgid)

    @property
    def is_plural(self) -> bool:
        return self.msgid_plural is not None

    @property
    def forms(self) -> tuple[str, ...]:
        """Every translated form: the msgstr, or each msgstr[n]."""
        return self.msgstr_plural if self.is_plural else (self.msgstr,)

    @property
    def fuzzy(self) -> bool:
        return FUZZY in self.flags

    @property
    def translated(self) -> bool:
        """Every form filled in and not fuzzy: ready for readers (as polib and msgfmt count it)."""
        return not self.fuzzy and bool(self.forms) and all(self.forms)

    @property
    def has_translation(self) -> bool:
        """At least one form filled in, fuzzy or not."""
        return any(self.forms)

    @property
    def previous_english_differs(self) -> bool:
        """Whether its ``#| msgid`` or ``#| msgid_plural`` names English other than its own: the
        English its translation was made for, when a tool cleared the fuzzy mark and left them. A
        ``#|`` that repeats the English (only the msgctxt changed) says the English did not change."""
        if self.previous_msgid is not None and self.previous_msgid != self.msgid:
            return True
        return self.previous_msgid_plural is not None and self.previous_msgid_plural != self.msgid_plural

    def with_flags(self, flags: Iterable[str]) -> Message:
        return replace(self, flags=tuple(dict.fromkeys(flags)))


_HEADER_LINE = re.compile(r"^([^:\n]+):[ \t]*(.*)$")


@dataclass(frozen=True)
class Catalog:
    """A PO or POT file: its header entry, then its messages and obsolete messages in file order."""

    header: Message | None = None  # the entry with an empty msgid (comments, flags, "Name: value" lines)
    messages: tuple[Message, ...] = ()
    obsolete: tuple[Message, ...] = ()
    # The file began with a UTF-8 byte order mark: read past here, but msgfmt calls it a syntax
    # error at line 1, so the checks report it and the writer never writes one.
    byte_order_mark: bool = field(default=False, compare=False)
    # The line of the file on which each line of the header's msgstr begins (a field's
    # "Name: value\n"), as read: findings about a field name its line. () when not read from a file.
    header_lines: tuple[int, ...] = field(default=(), compare=False)

    def __iter__(self) -> Iterator[Message]:
        """The live messages, header not included."""
        return iter(self.messages)

    def __len__(self) -> int:
        return len(self.messages)

    def get(self, msgid: str, msgctxt: str | None = None) -> Message | None:
        return next((m for m in self.messages if m.key == (msgctxt, msgid)), None)

    # -- the header ----------------------------------------------------------

    @property
    def headers(self) -> tuple[tuple[str, str], ...]:
        """The header's ``Name: value`` lines, in order, as written."""
        return tuple((name, value) for _, name, value in self._header_fields())

    @property
    def header_field_lines(self) -> tuple[int, ...]:
        """The file line of each of :attr:`headers`, where its ``"Name: value\\n"`` begins; the header
        entry's line (its msgid's) where the file's lines are not known."""
        if self.header is None:
            return ()
        known = len(self.header_lines) == self.header.msgstr.count("\n") + 1
        return tuple(self.header_lines[index] if known else self.header.line for index, _, _ in self._header_fields())

    def header_field_line(self, name: str) -> int | None:
        """The file line of the header field ``name`` (the first, as :meth:`header_value` reads it), or None."""
        wanted = name.lower()
        return next(
            (
                line
                for (key, _), line in zip(self.headers, self.header_field_lines, strict=True)
                if key.lower() == wanted
            ),
            None,
        )

    def _header_fields(self) -> Iterator[tuple[int, str, str]]:
        """(index of its line in the header's msgstr, name, value) of each ``Name: value`` line."""
        if self.header is None:
            return
        for index, line in enumerate(self.header.msgstr.split("\n")):
            match = _HEADER_LINE.match(line)
            if match:
                yield index, match.group(1).strip(), match.group(2).strip()

    def header_value(self, name: str) -> str | None:
        """The value of a header field (names compare case-insensitively, as in e-mail headers)."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    @property
    def charset(self) -> str:
        """The charset ``Content-Type`` declares (the text of the file is in it); UTF-8 when none."""
        match = re.search(r"charset\s*=\s*([^\s;]+)", self.header_value("Content-Type") or "")
        return match.group(1) if match and match.group(1).upper() != "CHARSET" else "utf-8"

    def with_header(self, name: str, value: str, after: tuple[str, ...] = ()) -> Catalog:
        """The catalog with ``name`` set to ``value``: replaced where it stands, or added
        after the first present field of ``after`` (else at the end)."""
        header = self.header or Message(HEADER_ID)
        lines = header.msgstr.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        new = f"{name}: {value}"
        names = [_field_name(line) for line in lines]
        if name.lower() in names:
            lines[names.index(name.lower())] = new
        else:
            anchors = [names.index(a.lower()) for a in after if a.lower() in names]
            lines.insert(anchors[0] + 1 if anchors else len(lines), new)
        return replace(self, header=replace(header, msgstr="".join(f"{line}\n" for line in lines)), header_lines=())

    def with_header_order(self, names: tuple[str, ...]) -> Catalog:
        """The header with the fields of ``names`` first, in that order, then every
        other line in its own order: a file whose tool reordered the header comes
        back to one order, losing nothing."""
        if self.header is None:
            return self
        lines = self.header.msgstr.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        rank = {name.lower(): index for index, name in enumerate(names)}
        ordered = sorted(lines, key=lambda line: rank.get(_field_name(line), len(rank)))
        return replace(
            self, header=replace(self.header, msgstr="".join(f"{line}\n" for line in ordered)), header_lines=()
        )

    # -- operations that make a new catalog ----------------------------------

    def replace_messages(self, messages: Iterable[Message], obsolete: Iterable[Message] | None = None) -> Catalog:
        return replace(self, messages=tuple(messages), obsolete=self.obsolete if obsolete is None else tuple(obsolete))

    def sorted_by_reference(self) -> Catalog:
        """Live messages in order of their first reference (reading order of the
        source), as Babel's ``sort_by_file``; messages without one first, ties in
        their current order.  Obsolete messages keep their order."""
        return replace(self, messages=tuple(sorted(self.messages, key=reference_order)))


def _field_name(line: str) -> str:
    match = _HEADER_LINE.match(line)
    return match.group(1).strip().lower() if match else ""


def reference_order(message: Message) -> tuple[tuple[str, int], ...]:
    """``source/a.md:12 source/a.md:30`` -> (("source/a.md", 12), ("source/a.md", 30))."""
    return tuple(_split_reference(reference) for reference in message.references)


def _split_reference(reference: str) -> tuple[str, int]:
    path, _, line = reference.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (reference, -1)
