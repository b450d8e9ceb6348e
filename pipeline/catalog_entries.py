"""Read a PO file's entries for rendering, without judging them."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import CatalogError
from pipeline.po_reading import SyntaxProblem, read_catalog
from pipeline.translations import Entry


def read_entries(path: Path, relpath: str) -> tuple[list[Entry], str]:
    """The entries, and the ``Plural-Forms`` header that numbers their msgstr[] forms."""
    parsed = read_catalog(path)
    if isinstance(parsed, SyntaxProblem):
        raise CatalogError(f"cannot parse: {parsed.message}", relpath, parsed.line)
    return [
        Entry(
            msgid=e.msgid,
            msgstr=e.msgstr,
            fuzzy="fuzzy" in e.flags,
            msgid_plural=e.msgid_plural or "",
            msgstr_plural=tuple(e.msgstr_plural[i] for i in sorted(e.msgstr_plural)) if e.msgid_plural else (),
        )
        for e, _line in parsed.entries
    ], parsed.metadata.get("Plural-Forms", "")
