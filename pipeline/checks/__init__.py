"""Translation checks for leaflet catalogs: is a .po file safe to publish?

Usage::

    from pipeline.checks import check_project, format_text
    reports = check_project(load_project())
    print(format_text(reports))

Each family of checks is a small module; each check is a pure function of one
:class:`~pipeline.checks.context.EntryContext` returning findings, and never
raises.  Check ids (stable, used in output and in docs/checks.md):

    syntax, header, duplicates, untranslated, fuzzy, untranslated-text, numbers, dates,
    number-words, limits, negation, comparison, list-items, people, opposites, units, phone, emergency, email, urls, markup,
    placeholders, glossary, whitespace, length

(and ``readability``, about the English source rather than a catalog:
pipeline/readability/)
"""

from pipeline.checks.report import CatalogReport, format_json, format_text
from pipeline.checks.runner import (
    CHECK_IDS,
    check_catalog,
    check_parsed,
    check_project,
    degraded_checks,
    language_data_note,
    project_domains,
    unchecked_languages,
)

__all__ = [
    "CHECK_IDS",
    "CatalogReport",
    "check_catalog",
    "check_parsed",
    "check_project",
    "degraded_checks",
    "format_json",
    "format_text",
    "language_data_note",
    "project_domains",
    "unchecked_languages",
]
