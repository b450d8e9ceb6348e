"""The release gate: which leaflet-locale pairs may reach patients.

Pure: it reads reports and tables and says why a pair is refused.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from pipeline import review
from pipeline.checks.header import unreadable_review
from pipeline.checks.template import CHECK as TEMPLATE_CHECK
from pipeline.findings import Finding
from pipeline.translations import CHECK_FAILED, FUZZY, UNTRANSLATED, TranslationTable

NOT_IN_CATALOG = "not in the catalog"
# What brings the English's passages into a catalog. ``update`` alone merges the template as it
# is: after the English changed, the template must be extracted again first (extract writes
# nothing when its messages are the same, so the advice is right either way).
BRING_IN_THE_ENGLISH = "run `leaflets extract`, then `leaflets update`"
_SAYING = {
    UNTRANSLATED: "untranslated",
    FUZZY: "fuzzy (to be reviewed)",
    NOT_IN_CATALOG: f"missing from the catalog ({BRING_IN_THE_ENGLISH})",
}


@dataclass(frozen=True)
class GateJudgement:
    """What the gate says of one pair."""

    reasons: list[str]  # every reason the pair may not be released; empty: release it
    # The translation reviews it judged, the leaflet's catalog's and the page text's (for what a
    # page is released under); None where it judged none: the source language, no catalog.
    reviews: tuple[review.ReviewState, review.ReviewState] | None = None


def gate(
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
    review_required: bool = True,
    english_changes: Sequence[review.EnglishChange] = (),
) -> GateJudgement:
    """Every reason the pair may not be released (empty means release it), and the reviews judged.

    With ``review_required`` (the locale's ``sign_off``, required unless
    leaflets.toml says otherwise) the leaflet's catalog and the page text's
    each need a translation review whose hashes match them now. ``english_changes``: the
    leaflet's passages whose English changed since its review, with the English reviewed
    (pipeline/review_history.py), shown in the refusal."""
    if table.is_source:
        return GateJudgement([])
    if not catalog_exists:
        return GateJudgement([f"{catalog_file} does not exist ({BRING_IN_THE_ENGLISH})"])
    reviews = (review.judge(table.review, msgids), review.judge(common_table.review, common_msgids))
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
    if review_required:
        reasons += _review_reasons(catalog_file, table.locale, reviews[0], english_changes)
        reasons += _review_reasons(common_file, common_table.locale, reviews[1])
    else:  # no one has to read it against the English: what may say its opposite is not published unread
        if not reviews[0].valid:
            reasons += _unread_reversals(catalog_file, table.locale, findings)
        if not reviews[1].valid:
            reasons += _unread_reversals(common_file, common_table.locale, common_findings)
    return GateJudgement(reasons, reviews)


def awaiting_review(
    table: TranslationTable, msgids: Iterable[str], common_table: TranslationTable, common_msgids: Iterable[str]
) -> bool:
    """Whether a translated page lacks a translation review that covers it as it is now, of its
    leaflet's catalog or of the page text's: what a release refuses it for where its language's
    sign_off is required (:func:`gate`), and what a draft of it says in a banner, so that a page
    no second translator has checked is never taken for the released one."""
    return not (review.judge(table.review, msgids).valid and review.judge(common_table.review, common_msgids).valid)


# The warnings where a translation that reads well may say the opposite of the English (a "not"
# dropped or added, "no more than" turned around, "more likely" as "less likely"): warnings
# because some right translations look like that, so a person decides. With sign_off required the second translator does
# (``leaflets review`` lists them); with it optional, a release refuses them until someone has. [units] warns
# only where it cannot read how often a dose is given (a language with no words for periods:
# "once a day" for "once a week" would pass) or a unit symbol written in words (۴۰۰ میلی‌گرم for
# 400 mg, where ۴۰۰ گرم would pass), and [numbers] only where it cannot read a large number in
# words ("1 million" as 1 triệu, where 1 nghìn, a thousand, would pass): a person must read those too.
# [urgency]: "right away" left out of "go to the emergency room right away" delays care as surely.
# [opposites] warns where a "not" stands by an instruction turned around ("Do not take it on an empty
# stomach" is rightly "Tómelo con comida"): a "with food" said "on an empty stomach" as surely.
REVERSAL_CHECKS = frozenset(
    {"negation", "limits", "comparison", "units", "numbers", "urgency", "opposites", "as-needed"}
)


def _unread_reversals(file: str, locale: str, findings: Iterable[Finding]) -> list[str]:
    found = sorted(f for f in findings if not f.is_error and f.check in REVERSAL_CHECKS)
    if not found:
        return []
    first = found[0]
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    command = f'leaflets review {locale} {PurePosixPath(file).stem} --by "NAME"'
    return [
        f"{file}: {len(found)} warning{'s' if len(found) != 1 else ''} that the translation may not say "
        "what the English says (a denial, limit, comparison, unit, amount, urgency, instruction or dose taken only "
        "when needed), and no second translator "
        f"has read it (sign_off is optional), first line {first.line}: {first.check}: {first.message}{more}; "
        f"correct the translation, or once a second translator has read it against the English: {command}"
    ]


def review_reasons(
    file: str, table: TranslationTable, msgids: Iterable[str], english_changes: Sequence[review.EnglishChange] = ()
) -> list[str]:
    """Why the catalog's translation review does not cover it as it is now, naming what changed
    and, where the English reviewed is known, showing how."""
    return _review_reasons(file, table.locale, review.judge(table.review, msgids), english_changes)


def _review_reasons(
    file: str, locale: str, state: review.ReviewState, english_changes: Sequence[review.EnglishChange] = ()
) -> list[str]:
    if state.valid:
        return []
    command = f'leaflets review {locale} {PurePosixPath(file).stem} --by "NAME"'
    if state.problem:
        return [f"{file}: {state.problem}: {command}"]
    if state.signoff is None:
        return [f"{file}: no translation review recorded; once a second translator has reviewed it: {command}"]
    signoff = state.signoff
    changed = []
    if state.english_changed:
        changed.append(f"the English of {_named(state.english_changed)}")
    if state.translation_changed:
        changed.append(f"the translation of {_named(state.translation_changed)}")
    what = [f"{' and '.join(changed)} changed"] if changed else []
    if state.removed:
        what.append("1 passage was removed" if state.removed == 1 else f"{state.removed} passages were removed")
    if state.reordered:
        what.append("passages were put in another order")
    shown = [change for change in english_changes if change.diff]
    how = ""
    if shown:
        more = f"; and {len(shown) - _SHOWN} more" if len(shown) > _SHOWN else ""
        diffs = "; ".join(f'"{change.diff}"' for change in shown[:_SHOWN])
        how = f" (in the English, {review.DIFF_LEGEND}: {diffs}{more})"
    return [
        (
            f"{file}: the translation review by {signoff.reviewer} on {signoff.reviewed_on.isoformat()} is stale: "
            f"{', '.join(what) or 'passages changed'} since{how}; review them, then: {command}"
        )
    ]


_SHOWN = 5  # passages named, or shown, in one reason; the rest are counted


def _named(msgids: tuple[str, ...], limit: int = _SHOWN) -> str:
    count = f"{len(msgids)} passage{'s' if len(msgids) != 1 else ''}"
    shown = "; ".join(f'"{review.shorten(m)}"' for m in msgids[:limit])
    more = f"; and {len(msgids) - limit} more" if len(msgids) > limit else ""
    return f"{count} ({shown}{more})"


def _missing(file: str, msgids: Iterable[str], table: TranslationTable, noun: str) -> list[str]:
    """Counts of passages not translated, by reason; check failures are told by _errors."""
    why = Counter(table.reasons.get(m, NOT_IN_CATALOG) for m in table.progress(msgids).missing)
    why.pop(CHECK_FAILED, None)
    return [
        f"{file}: {count} {noun}{'s' if count != 1 else ''} {_SAYING[reason]}" for reason, count in sorted(why.items())
    ]


def _errors(file: str, findings: Iterable[Finding]) -> list[str]:
    # A passage the catalog lacks is told by _missing, measured against the English itself;
    # [template] says the same to the translator, and is not told twice; nor is a review that cannot be read.
    errors = sorted(f for f in findings if f.is_error and f.check != TEMPLATE_CHECK and not unreadable_review(f))
    if not errors:
        return []
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return [
        f"{file}: {len(errors)} check error{'s' if len(errors) != 1 else ''}, first "
        f"line {first.line}: {first.check}: {first.message}{more}"
    ]
