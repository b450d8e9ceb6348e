"""The result of checking one catalog, and how to print many of them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pipeline.catalogs.catalog import Catalog
from pipeline.findings import ERROR, WARNING, Finding


@dataclass(frozen=True)
class CatalogReport:
    locale: str
    domain: str
    file: str  # relative to the project root
    findings: tuple[Finding, ...]  # sorted by line
    entries: int = 0  # live messages; header and obsolete (#~) entries are not counted
    translated: int = 0  # filled in and not fuzzy
    fuzzy: int = 0  # marked fuzzy, filled in or not
    untranslated: int = 0  # empty and not fuzzy
    parse_failed: bool = False
    # The catalog as read (None when it could not be), so a build reads each file once.
    catalog: Catalog | None = field(default=None, compare=False, repr=False)

    @property
    def percent_translated(self) -> float:
        """Share of messages a reader would see translated; an unreadable catalog has none."""
        if self.parse_failed:
            return 0.0
        if not self.entries:
            return 100.0
        return 100.0 * self.translated / self.entries

    @property
    def errors(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == WARNING)

    @property
    def failed_msgids(self) -> frozenset[str]:
        """Messages with at least one error (catalog-wide findings have no msgid and are not included)."""
        return frozenset(f.msgid for f in self.findings if f.severity == ERROR and f.msgid)


_COLUMNS = ("domain", "locale", "entries", "translated", "fuzzy", "untranslated", "errors", "warnings")


def format_text(
    reports: Iterable[CatalogReport],
    source_findings: Sequence[Finding] = (),
    english_checked: bool = False,
    missing: Sequence[Finding] = (),
) -> str:
    """Compiler-style findings (the English source's first, then each catalog asked about that
    does not exist: ``missing``), then a summary table per leaflet (domain) and locale (none when
    no catalog was checked: ``check --locale en``)."""
    reports = list(reports)
    lines = [finding.format() for finding in (*source_findings, *missing)]
    lines += [finding.format() for report in reports for finding in report.findings]
    if lines:
        lines.append("")
    rows = [_COLUMNS] if reports else []
    for report in sorted(reports, key=lambda r: (r.domain, r.locale)):
        translated = "unreadable" if report.parse_failed else f"{report.percent_translated:.1f}%"
        rows.append(
            (
                report.domain,
                report.locale,
                str(report.entries),
                translated,
                str(report.fuzzy),
                str(report.untranslated),
                str(report.errors),
                str(report.warnings),
            )
        )
    widths = [max((len(row[column]) for row in rows), default=0) for column in range(len(_COLUMNS))]
    for row in rows:
        cells = [
            cell.ljust(width) if column < 2 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=False))
        ]
        lines.append("  ".join(cells).rstrip())
    loose = (*source_findings, *missing)  # the findings no report holds
    errors = sum(report.errors for report in reports) + sum(f.is_error for f in loose)
    warnings = sum(report.warnings for report in reports) + sum(not f.is_error for f in loose)
    english = f"the English source ({_plural(len(source_findings), 'finding')})" if source_findings else ""
    if not reports and (english_checked or source_findings):
        checked = english or "the English source"
    else:
        checked = _plural(len(reports), "catalog") + (f" and {english}" if english else "")
    if rows:
        lines.append("")
    gone = f"; {_plural(len(missing), 'catalog')} missing" if missing else ""
    lines.append(f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')} in {checked}{gone}")
    return "\n".join(lines) + "\n"


def format_json(
    reports: Iterable[CatalogReport], source_findings: Sequence[Finding] = (), missing: Sequence[Finding] = ()
) -> str:
    """One JSON array of every finding (the English source's first, then the missing catalogs'),
    for CI annotations and dashboards. Its shape is a contract (docs/checks.md): a bare array of
    objects with the fields of :class:`Finding`, nothing else."""
    findings = [finding.to_dict() for finding in (*source_findings, *missing)]
    findings += [finding.to_dict() for report in reports for finding in report.findings]
    return json.dumps(findings, ensure_ascii=False, indent=2)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
