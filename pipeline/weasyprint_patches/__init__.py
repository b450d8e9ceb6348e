"""Patches to WeasyPrint, applied once at import, for the version in requirements.lock only.

Each module fixes one thing WeasyPrint 70.0 gets wrong for patient leaflets
and says why; docs/weasyprint-patches.md describes them for upstreaming. They
replace internal functions, so a new WeasyPrint release must be read before
it is allowed: ``apply()`` refuses any other version with a message naming
this file, and ``make test-latest`` shows that failure first.
"""

from __future__ import annotations

from pipeline.weasyprint_patches.library_lookup import sonames_only

with sonames_only():  # a sixth of a one-page rebuild was spent searching for libraries
    import weasyprint

from pipeline.weasyprint_patches import keep_all, line_end_spaces, link_annotations, metadata, tags

PATCHED_VERSION = "70.0"
_applied = False


class UnsupportedWeasyPrint(RuntimeError):
    pass


def apply() -> None:
    global _applied
    if _applied:
        return
    if weasyprint.__version__ != PATCHED_VERSION:
        raise UnsupportedWeasyPrint(
            f"pipeline/weasyprint_patches/ is written for WeasyPrint {PATCHED_VERSION}, "
            f"found {weasyprint.__version__}: check each patch against the new release "
            "(docs/weasyprint-patches.md), then update PATCHED_VERSION"
        )
    for patch in (keep_all, line_end_spaces, link_annotations, tags, metadata):
        patch.apply()
    _applied = True
