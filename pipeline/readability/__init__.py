"""Readability of the English leaflets: Flesch-Kincaid grade and SMOG.

``measure_leaflet(leaflet)`` (pure) gives one leaflet's numbers;
``project_readability(project)`` reads every leaflet under ``source/``.  The
``readability`` command prints them, ``check`` warns about a leaflet above
:data:`GRADE_LIMIT`, and the status page can show them (``to_dict()``).
"""

from pipeline.readability.dictionary import DictionaryMissing
from pipeline.readability.measure import (
    GRADE_LIMIT,
    Counts,
    LeafletReadability,
    Section,
    Sentence,
    measure_leaflet,
    split_sentences,
)
from pipeline.readability.project import project_readability, readability_findings
from pipeline.readability.report import format_json, format_text

__all__ = [
    "GRADE_LIMIT",
    "Counts",
    "DictionaryMissing",
    "LeafletReadability",
    "Section",
    "Sentence",
    "format_json",
    "format_text",
    "measure_leaflet",
    "project_readability",
    "readability_findings",
    "split_sentences",
]
