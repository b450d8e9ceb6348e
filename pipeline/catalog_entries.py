"""A parsed PO file's entries as rendering needs them, without judging them."""

from __future__ import annotations

from pipeline.po_reading import ParsedCatalog
from pipeline.translations import Entry


def entries_of(parsed: ParsedCatalog) -> tuple[list[Entry], str]:
    """The entries, and the ``Plural-Forms`` header that numbers their msgstr[] forms."""
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
