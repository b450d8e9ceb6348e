"""The document model: what a leaflet is, independent of files and formats.

Everything here is frozen and does no I/O; stages build new values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Why a passage is shown in the source language (Rendition.reason): a draft marks each so.
UNTRANSLATED = "untranslated"
FUZZY = "fuzzy"
CHECK_FAILED = "check failed"  # its translation fails an error-level check: held back, never shown

# Kinds of translation unit, in the words a translator would use.
TITLE = "title"
SUMMARY = "summary"
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list item"
TABLE_CELL = "table cell"
QUOTE = "block quote"


@dataclass(frozen=True)
class Unit:
    """One translatable block: its inline Markdown and where it was written."""

    msgid: str  # inline Markdown as written, runs of white space folded to one space
    line: int  # 1-based line in the source file
    kind: str
    notes: tuple[str, ...] = ()  # from <!-- i18n: ... --> comments, for translators


@dataclass(frozen=True)
class Leaflet:
    id: str
    path: str  # relative to the project root, e.g. source/ivig-ten.md
    title: Unit
    summary: Unit
    reviewed_by: str
    reviewed_on: date
    references: tuple[str, ...]
    body: str  # the Markdown after the front matter
    body_line: int  # the file line on which ``body`` starts
    body_units: tuple[Unit, ...]
    version: str | None = None
    # The digest of the English the clinical review covers (pipeline/clinical_review.py), as
    # `leaflets review en ID` recorded it; None when no review is bound to any text.
    reviewed_text: str | None = None
    reviewed_on_line: int = 0  # where the clinical review is claimed: its problems are told there
    version_line: int = 0  # where ``version`` is written; 0 when it is not
    reviewed_by_line: int = 0  # where the reviewer is named: a name that is none is told there

    @property
    def units(self) -> tuple[Unit, ...]:
        """Every translatable unit, in reading order."""
        return (self.title, self.summary, *self.body_units)


@dataclass(frozen=True)
class Rendition:
    """The text to show for one unit in one language, and whether it is a real translation."""

    text: str
    translated: bool
    reason: str = ""  # why not: UNTRANSLATED, FUZZY or CHECK_FAILED


@dataclass(frozen=True)
class Progress:
    """How much of a leaflet (or a template domain) a locale has translated."""

    total: int
    missing: tuple[str, ...] = field(default=())  # msgids shown in the source language
