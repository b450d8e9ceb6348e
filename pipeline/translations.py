"""Translation tables: which text to show for each message in one language.

A translation is used only when it is complete, not fuzzy and passed every
error-level check; anything else shows the source text, marked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace

from pipeline.catalogs.catalog import Catalog, Message
from pipeline.findings import Finding
from pipeline.fingerprint import digest_of
from pipeline.model import CHECK_FAILED, FUZZY, UNTRANSLATED, Progress, Rendition
from pipeline.plurals import PluralFormsError, PluralRule, parse_plural_forms, preferred_rule
from pipeline.review import CatalogReview, catalog_review, judge

# The reasons a passage is not shown translated are the model's; said here too, where tables give them.
__all__ = [
    "CHECK_FAILED",
    "FUZZY",
    "UNTRANSLATED",
    "TranslationTable",
    "page_shown_digest",
    "shown_digest",
    "source_table",
    "table_from_catalog",
    "table_from_entries",
]


@dataclass(frozen=True)
class TranslationTable:
    """The usable translations of one domain in one locale."""

    locale: str
    strings: Mapping[str, str] = field(default_factory=dict)
    plurals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)  # msgid -> why it is not usable
    is_source: bool = False
    # The catalog's own Plural-Forms: its msgstr[n] are numbered by it, not by
    # whatever rule the installed Babel's CLDR data gives today.
    plural_rule: PluralRule | None = None
    # The catalog's translation review (pipeline/review.py): its sign-off, and its translations' digests now.
    review: CatalogReview | None = None
    # msgid -> the errors that hold its translation back (reason CHECK_FAILED): a draft names them.
    failures: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)

    def resolve(self, msgid: str) -> Rendition:
        if self.is_source:
            return Rendition(msgid, True)
        if msgid in self.strings:
            return Rendition(self.strings[msgid], True)
        return Rendition(msgid, False, self.reasons.get(msgid, UNTRANSLATED))

    def gettext(self, msgid: str) -> str:
        return self.resolve(msgid).text

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        forms = self.plurals.get(singular)
        if self.is_source or not forms:
            return singular if count == 1 else plural
        rule = self.plural_rule or preferred_rule(self.locale)
        index = rule.function()(count) if rule else 0
        return forms[min(index, len(forms) - 1)]

    def progress(self, msgids: Iterable[str]) -> Progress:
        msgids = list(dict.fromkeys(msgids))
        if self.is_source:
            return Progress(len(msgids))
        return Progress(len(msgids), tuple(m for m in msgids if m not in self.strings and m not in self.plurals))


def shown_digest(table: TranslationTable, msgids: Iterable[str]) -> str:
    """The digest of what ``table`` gives a page that shows ``msgids``: each one's text (its
    translation, or the English and why), its plural forms and the rule (Plural-Forms) that picks
    among them, the errors that hold a translation back, and the translation review the page
    names (and, on a draft, what changed since). Not what a catalog holds for translators and
    their tools only: comments, line wrapping, entries no page uses, header fields no page reads
    (Last-Translator, PO-Revision-Date). A release keeps a page beside pages rendered now only
    while its catalogs give it the same text (pipeline/plan.py)."""
    msgids = list(dict.fromkeys(msgids))
    previous = table.review.previous if table.review else {}
    return digest_of(
        {
            "locale": table.locale,
            "source": table.is_source,
            "plural rule": table.plural_rule.header if table.plural_rule else None,
            "passages": [
                {
                    "msgid": msgid,
                    "shown": asdict(table.resolve(msgid)),
                    "plurals": list(table.plurals.get(msgid, ())),
                    "held back by": [repr(finding) for finding in table.failures.get(msgid, ())],
                    "English before": previous.get(msgid),  # a fuzzy entry's #| msgid: a draft shows it
                }
                for msgid in msgids
            ],
            "review": asdict(judge(table.review, msgids)),
        }
    )


def source_table(locale: str) -> TranslationTable:
    """The source language: every message is its own translation."""
    return TranslationTable(locale, is_source=True)


def page_shown_digest(
    table: TranslationTable, msgids: Iterable[str], common: TranslationTable, common_msgids: Iterable[str]
) -> str:
    """What a translated page's catalogs give it (a page's TRANSLATION_SHOWN): its passages, from
    its leaflet's catalog, and its page text and disclaimer, from common's."""
    return digest_of([shown_digest(table, msgids), shown_digest(common, common_msgids)])


def table_from_catalog(
    locale: str, catalog: Catalog, failed: frozenset[str] = frozenset(), findings: Iterable[Finding] = ()
) -> TranslationTable:
    """The usable translations of a catalog: not fuzzy, every form filled in, no check error.
    ``findings``: the catalog's check findings, of which the errors of each message held back
    are kept with the table (a draft says why it shows that passage in English)."""
    table = table_from_entries(locale, catalog.messages, failed, catalog.header_value("Plural-Forms") or "")
    failures: dict[str, tuple[Finding, ...]] = {}
    for finding in findings:
        if finding.is_error and table.reasons.get(finding.msgid) == CHECK_FAILED:
            failures[finding.msgid] = (*failures.get(finding.msgid, ()), finding)
    return replace(table, review=catalog_review(catalog), failures=failures)


def table_from_entries(
    locale: str, entries: Iterable[Message], failed: frozenset[str] = frozenset(), plural_forms: str = ""
) -> TranslationTable:
    strings: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    reasons: dict[str, str] = {}
    for entry in entries:
        if not entry.msgid:
            continue
        if entry.fuzzy:
            reasons[entry.msgid] = FUZZY
        elif entry.msgid in failed:
            reasons[entry.msgid] = CHECK_FAILED
        elif entry.msgid_plural:
            if entry.msgstr_plural and all(entry.msgstr_plural):
                plurals[entry.msgid] = entry.msgstr_plural
            else:
                reasons[entry.msgid] = UNTRANSLATED
        elif entry.msgstr:
            strings[entry.msgid] = entry.msgstr
        else:
            reasons[entry.msgid] = UNTRANSLATED
    return TranslationTable(locale, strings, plurals, reasons, plural_rule=_plural_rule(plural_forms))


def _plural_rule(plural_forms: str) -> PluralRule | None:
    """None (the language's preferred rule) when the header is missing or unusable;
    the header check reports that as an error, so such a catalog never releases."""
    try:
        return parse_plural_forms(plural_forms) if plural_forms else None
    except PluralFormsError:
        return None
