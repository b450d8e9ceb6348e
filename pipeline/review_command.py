"""``leaflets review LOCALE LEAFLET --by NAME``: record a translation review in the catalog.

A sign-off says that a second translator read this translation against this
English and approved it. So it is recorded only for a catalog a release could
publish: up to date with the English, every passage translated, nothing fuzzy,
no check error. What is recorded is pipeline/review.py's.
"""

from __future__ import annotations

from pipeline import catalogs, review, review_history
from pipeline.catalogs.commands import write_catalog
from pipeline.checks import check_parsed
from pipeline.config import COMMON_DOMAIN, Project
from pipeline.errors import CatalogError, UsageError
from pipeline.model import Leaflet
from pipeline.outcome import Outcome
from pipeline.release import REVERSAL_CHECKS
from pipeline.source import read_leaflet


def record_review(project: Project, locale: str, domain: str, reviewer: str) -> Outcome:
    outcome = Outcome()
    problem = review.name_problem(reviewer)
    if problem:
        raise UsageError(f"--by: {problem}")
    if locale == project.source_locale:
        raise UsageError(f"{locale!r} is the source language: there is no translation to review")
    project.locale(locale)  # refuses a locale leaflets.toml does not declare
    leaflet = _leaflet(project, domain)
    msgids = (
        list(dict.fromkeys(u.msgid for u in leaflet.units))
        if leaflet
        else [m.msgid for m in catalogs.common_template(project, catalogs.build_time()).messages]
    )
    path = project.po_path(locale, domain)
    file = project.relative(path)
    if not path.is_file():
        raise CatalogError("no catalog to review (run `leaflets update`)", file)
    unsafe = project.catalog_problem(path)
    if unsafe:
        raise CatalogError(f"the catalog {unsafe}", file, 1)
    catalog = catalogs.read_po(path.read_bytes(), file)
    report = check_parsed(project, locale, domain, file, catalog)
    entries = {m.msgid: m for m in catalog.messages}
    missing = [m for m in msgids if m not in entries]
    fuzzy = [entries[m] for m in msgids if m in entries and entries[m].fuzzy]
    empty = [entries[m] for m in msgids if m in entries and not entries[m].fuzzy and not entries[m].translated]
    errors = [f for f in report.findings if f.is_error]
    # What changed in the English since the last review, with the English reviewed when git has it.
    changes = (
        review_history.changes_since_review(project, leaflet, review.catalog_review(catalog))[1] if leaflet else ()
    )
    how = {
        change.now: f'; since the review, {review.DIFF_LEGEND}: "{change.diff}"' for change in changes if change.diff
    }
    if missing:
        outcome.problems.append(
            f"{file}: {len(missing)} passage(s) of the English are not in the catalog yet "
            f'(run `leaflets update`), e.g. "{review.shorten(missing[0])}"'
        )
    outcome.problems += [f'{file}:{m.line}: fuzzy: "{review.shorten(m.msgid)}"{how.get(m.msgid, "")}' for m in fuzzy]
    outcome.problems += [
        f'{file}:{m.line}: not translated: "{review.shorten(m.msgid)}"{how.get(m.msgid, "")}' for m in empty
    ]
    outcome.problems += [finding.format() for finding in errors]
    if outcome.problems:
        outcome.problems.append(
            f"{file}: not signed off: a review is recorded only for a complete translation "
            "with no fuzzy entry and no check error"
        )
        return outcome
    on = catalogs.build_time().date()
    if write_catalog(review.record(catalog, reviewer, on, msgids), path):
        outcome.changed.append(file)
    else:
        outcome.unchanged.append(file)
    outcome.notes.append(
        f"{file}: translation reviewed by {' '.join(reviewer.split())} on {on.isoformat()}, "
        f"against {len(dict.fromkeys(msgids))} English passages"
    )
    outcome.notes += [f"{file}: signed off the English changed since the last review: {c.describe()}" for c in changes]
    outcome.notes += _warnings_signed_off(report.findings, file, locale, domain)
    return outcome


def _warnings_signed_off(findings, file: str, locale: str, domain: str) -> list[str]:
    """The warnings the reviewer has just signed off, so a sign-off is never given over them
    unseen: each one that may mean the translation says the opposite of the English, and how
    many others there are."""
    warnings = [f for f in findings if not f.is_error]
    reversals = [f for f in warnings if f.check in REVERSAL_CHECKS]
    notes = [f"{file}: signed off over a warning that it may say the opposite: {f.format()}" for f in reversals]
    others = len(warnings) - len(reversals)
    if others:
        notes.append(
            f"{file}: signed off over {others} other check warning{'s' if others != 1 else ''} "
            f"(leaflets check --locale {locale} --leaflet {domain})"
        )
    return notes


def _leaflet(project: Project, domain: str) -> Leaflet | None:
    """The leaflet as it is now; None for the page text (``common``)."""
    if domain == COMMON_DOMAIN:
        return None
    path = project.source_dir / f"{domain}.md"
    if not path.is_file():
        raise UsageError(f"no such leaflet {domain!r}", f"{project.relative(project.source_dir)}/{domain}.md")
    return read_leaflet(path, project.relative(path), project)  # a broken leaflet: its error, file and line
