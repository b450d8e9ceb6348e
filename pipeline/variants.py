"""Other layouts of a leaflet's PDF, each written beside the usual one.

``build --bilingual``   ``<id>.bilingual.pdf``: the English and the translation side
                        by side, passage by passage (translated locales only)
``build --large-print`` ``<id>.large.pdf``: the same page with 16 pt body text

Each is the leaflet's own page (same content, checks, gate, tagging and line
breaking) with its body laid out another way and a stylesheet of its own
(``templates/bilingual.css``, ``templates/large-print.css``) added after
``print.css``.
"""

from __future__ import annotations

BILINGUAL = "bilingual"
LARGE_PRINT = "large-print"
VARIANTS = (BILINGUAL, LARGE_PRINT)

STYLESHEETS = {BILINGUAL: "bilingual.css", LARGE_PRINT: "large-print.css"}
SUFFIXES = {BILINGUAL: ".bilingual.pdf", LARGE_PRINT: ".large.pdf"}


def applies(variant: str, locale: str, source_locale: str) -> bool:
    """A bilingual page needs a translation: the source language has none."""
    return variant != BILINGUAL or locale != source_locale


def file_name(leaflet_id: str, variant: str) -> str:
    return f"{leaflet_id}{SUFFIXES[variant]}"


# As the build's plan names them: the part of the file name after the leaflet's id.
FORMAT_OF = {BILINGUAL: "bilingual.pdf", LARGE_PRINT: "large.pdf"}
VARIANT_OF = {fmt: variant for variant, fmt in FORMAT_OF.items()}
FORMATS = tuple(FORMAT_OF.values())


def formats(names) -> tuple[str, ...]:
    """The plan's formats for variant names (``--bilingual`` -> ``bilingual.pdf``)."""
    return tuple(FORMAT_OF[name] for name in dict.fromkeys(names))


def applies_to_format(fmt: str, locale: str, source_locale: str) -> bool:
    return fmt not in VARIANT_OF or applies(VARIANT_OF[fmt], locale, source_locale)
