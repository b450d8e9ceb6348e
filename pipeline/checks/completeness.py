"""[untranslated] and [fuzzy]: messages that are not ready for readers yet.

These are warnings here because the release gate elsewhere decides what they
mean (a fuzzy message is never published).  An entry that gets one of them
gets nothing else: checking the content of a draft only repeats the news.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.findings import WARNING, Finding


def check_fuzzy(ctx: EntryContext) -> Iterator[Finding]:
    if ctx.fuzzy:
        yield ctx.finding("fuzzy", WARNING, "the translation is marked fuzzy and needs review before release")


def check_untranslated(ctx: EntryContext) -> Iterator[Finding]:
    if not ctx.fuzzy and not ctx.translated:
        yield ctx.finding("untranslated", WARNING, _not_translated(ctx.empty_forms))


def _not_translated(empty_forms: tuple[int, ...]) -> str:
    if not empty_forms:
        return "the message is not translated"
    forms = [f"msgstr[{index}]" for index in empty_forms]
    named = forms[0] if len(forms) == 1 else f"{', '.join(forms[:-1])} and {forms[-1]}"
    verb = "is" if len(forms) == 1 else "are"
    return (
        f"the message is not translated: {named} {verb} empty; each plural form is shown for its own "
        "numbers, so the page shows the English until every one is filled in"
    )
