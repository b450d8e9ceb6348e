"""Read a PO file's entries for rendering (polib), without judging them."""

from __future__ import annotations

from pathlib import Path

import polib

from pipeline.errors import CatalogError
from pipeline.po_syntax import syntax_errors
from pipeline.translate import Entry


def read_entries(path: Path, relpath: str) -> list[Entry]:
    problems = syntax_errors(path.read_text(encoding="utf-8", errors="replace"))
    if problems:
        line, problem = problems[0]
        raise CatalogError(f"cannot parse: {problem}", relpath, line)
    try:
        catalog = polib.pofile(str(path), encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise CatalogError(f"cannot parse: {exc}", relpath) from None
    return [
        Entry(
            msgid=e.msgid,
            msgstr=e.msgstr,
            fuzzy="fuzzy" in e.flags,
            msgid_plural=e.msgid_plural or "",
            msgstr_plural=tuple(e.msgstr_plural[i] for i in sorted(e.msgstr_plural)) if e.msgid_plural else (),
        )
        for e in catalog
        if not e.obsolete
    ]
