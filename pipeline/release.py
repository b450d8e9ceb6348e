"""The release gate: which leaflet-locale pairs may reach patients.

Pure: it reads reports and tables and says why a pair is refused.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pipeline.findings import Finding
from pipeline.translations import CHECK_FAILED, FUZZY, UNTRANSLATED, TranslationTable

NOT_IN_CATALOG = "not in the catalog"
_SAYING = {
    UNTRANSLATED: "untranslated",
    FUZZY: "fuzzy (to be reviewed)",
    NOT_IN_CATALOG: "missing from the catalog (run `leaflets update`)",
}


def refusal_reasons(
    *,
    catalog_file: str,
    catalog_exists: bool,
    msgids: Iterable[str],
    table: TranslationTable,
    findings: Iterable[Finding],
    common_file: str,
    common_msgids: Iterable[str],
    common_table: TranslationTable,
    common_findings: Iterable[Finding],
    disclaimer_msgids: Iterable[str],
) -> list[str]:
    """Every reason the pair may not be released; empty means release it."""
    if table.is_source:
        return []
    if not catalog_exists:
        return [f"{catalog_file} does not exist (run `leaflets update`)"]
    reasons = _missing(catalog_file, msgids, table, "passage")
    reasons += _errors(catalog_file, findings)
    missing_disclaimer = [m for m in dict.fromkeys(disclaimer_msgids) if m not in common_table.strings]
    if missing_disclaimer:
        reasons.append(
            f"{common_file}: the medical disclaimer is not translated ({len(missing_disclaimer)} of its passages)"
        )
    other_common = [m for m in common_msgids if m not in set(disclaimer_msgids)]
    reasons += _missing(common_file, other_common, common_table, "template string")
    reasons += _errors(common_file, common_findings)
    return reasons


def _missing(file: str, msgids: Iterable[str], table: TranslationTable, noun: str) -> list[str]:
    """Counts of passages not translated, by reason; check failures are told by _errors."""
    why = Counter(table.reasons.get(m, NOT_IN_CATALOG) for m in table.progress(msgids).missing)
    why.pop(CHECK_FAILED, None)
    return [
        f"{file}: {count} {noun}{'s' if count != 1 else ''} {_SAYING[reason]}" for reason, count in sorted(why.items())
    ]


def _errors(file: str, findings: Iterable[Finding]) -> list[str]:
    errors = sorted(f for f in findings if f.is_error)
    if not errors:
        return []
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return [
        f"{file}: {len(errors)} check error{'s' if len(errors) != 1 else ''}, first "
        f"line {first.line}: {first.check}: {first.message}{more}"
    ]
