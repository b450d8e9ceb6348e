"""[duplicates] An obsolete (``#~``) entry that repeats a live or another obsolete one.

GNU ``msgfmt`` rejects such a catalog ("duplicate message definition"), so
it is an error; ``leaflets update`` repairs it: an untranslated live entry
gets the obsolete copy's translation back, and the copy is dropped (its
translation named when it differed).  Earlier versions of ``update`` left
such copies behind for plural messages (issue 7, case 5).
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import HeaderContext
from pipeline.findings import ERROR, Finding

CHECK = "duplicates"


def check_duplicates(ctx: HeaderContext) -> Iterator[Finding]:
    for line, first in ctx.duplicates:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"this obsolete (#~) entry repeats the message defined at line {first}, "
            "which msgfmt rejects; `leaflets update` merges them",
            line=line,
        )
