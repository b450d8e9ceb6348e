"""[duplicates] What a merge of two catalogs leaves twice: an obsolete (``#~``) entry
that repeats a live or another obsolete one, and two translations in one msgstr.

GNU ``msgfmt`` rejects such a catalog ("duplicate message definition"), so
it is an error; ``leaflets update`` repairs it: an untranslated live entry
gets the obsolete copy's translation back, and the copy is dropped (its
translation named when it differed).  Earlier versions of ``update`` left
such copies behind for plural messages (issue 7, case 5).

``msgcat`` of two catalogs that translate a message differently writes both
translations into one msgstr, each under a marker line
``#-#-#-#-#  a.po (leaflets ivig-ten)  #-#-#-#-#``, and marks the entry
fuzzy. A translator who clears the mark without choosing would publish both
versions and the markers: an error, whatever the rest of the text says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks.context import EntryContext, HeaderContext
from pipeline.findings import ERROR, Finding

CHECK = "duplicates"

# msgcat's line before each catalog's version: "#-#-#-#-#  <file> (<Project-Id-Version>)  #-#-#-#-#".
CONFLICT_MARKER = re.compile(r"^#-#-#-#-#  .*  #-#-#-#-#$", re.MULTILINE)


def check_duplicates(ctx: HeaderContext) -> Iterator[Finding]:
    for line, first in ctx.duplicates:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"this obsolete (#~) entry repeats the message defined at line {first}, "
            "which msgfmt rejects; `leaflets update` merges them",
            line=line,
        )


def check_merged_translations(ctx: EntryContext) -> Iterator[Finding]:
    markers = CONFLICT_MARKER.findall(ctx.translation)
    if markers:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the translation holds {len(markers)} versions of itself under msgcat's marker lines "
            f"({markers[0]!r}): the page would show them all, markers included; keep one version "
            "and delete the rest and the marker lines",
        )
