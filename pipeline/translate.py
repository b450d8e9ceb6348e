"""Which text to show for each message in one language.

A translation is used only when it is complete, not fuzzy and passed every
error-level check; anything else shows the source text, marked.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from babel.messages.plurals import get_plural

from pipeline.model import Progress, Rendition

UNTRANSLATED = "untranslated"
FUZZY = "fuzzy"
CHECK_FAILED = "check failed"


@dataclass(frozen=True)
class Entry:
    """What the pipeline needs of one catalog entry."""

    msgid: str
    msgstr: str
    fuzzy: bool = False
    msgid_plural: str = ""
    msgstr_plural: tuple[str, ...] = ()


@dataclass(frozen=True)
class TranslationTable:
    """The usable translations of one domain in one locale."""

    locale: str
    strings: Mapping[str, str] = field(default_factory=dict)
    plurals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)  # msgid -> why it is not usable
    is_source: bool = False

    def resolve(self, msgid: str) -> Rendition:
        if self.is_source:
            return Rendition(msgid, True)
        if msgid in self.strings:
            return Rendition(self.strings[msgid], True)
        return Rendition(msgid, False, self.reasons.get(msgid, UNTRANSLATED))

    def gettext(self, msgid: str) -> str:
        return self.resolve(msgid).text

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        forms = self.plurals.get(singular)
        if self.is_source or not forms:
            return singular if count == 1 else plural
        index = _plural_index(self.locale, count)
        return forms[min(index, len(forms) - 1)]

    def progress(self, msgids: Iterable[str]) -> Progress:
        msgids = list(dict.fromkeys(msgids))
        if self.is_source:
            return Progress(len(msgids))
        return Progress(len(msgids), tuple(m for m in msgids if m not in self.strings and m not in self.plurals))


def source_table(locale: str) -> TranslationTable:
    """The source language: every message is its own translation."""
    return TranslationTable(locale, is_source=True)


def table_from_entries(locale: str, entries: Iterable[Entry], failed: frozenset[str] = frozenset()) -> TranslationTable:
    strings: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    reasons: dict[str, str] = {}
    for entry in entries:
        if not entry.msgid:
            continue
        if entry.fuzzy:
            reasons[entry.msgid] = FUZZY
        elif entry.msgid in failed:
            reasons[entry.msgid] = CHECK_FAILED
        elif entry.msgid_plural:
            if entry.msgstr_plural and all(entry.msgstr_plural):
                plurals[entry.msgid] = entry.msgstr_plural
            else:
                reasons[entry.msgid] = UNTRANSLATED
        elif entry.msgstr:
            strings[entry.msgid] = entry.msgstr
        else:
            reasons[entry.msgid] = UNTRANSLATED
    return TranslationTable(locale, strings, plurals, reasons)


def _plural_index(locale: str, count: int) -> int:
    return gettext.c2py(get_plural(locale).plural_expr)(count)
