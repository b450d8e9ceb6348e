"""[untranslated] and [fuzzy]: messages that are not ready for readers yet; [fuzzy-cleared]: one
whose fuzzy mark a tool removed while the catalog still says what it was for.

[untranslated] and [fuzzy] are warnings here because the release gate elsewhere
decides what they mean (a fuzzy message is never published).  An entry that gets
one of them gets nothing else: checking the content of a draft only repeats the
news.  [fuzzy-cleared] is an error (the release refuses the pair) on an entry that
is otherwise checked as any translation is.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline import word_diff
from pipeline.catalogs.catalog import Message
from pipeline.catalogs.memory import is_memory_comment
from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, WARNING, Finding


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


# [fuzzy-cleared]: an entry no longer fuzzy that still says what its fuzzy mark was about. A translator
# who edits clears both (Poedit drops "#|" with the mark; the docs say to delete the lines by hand);
# ``msgattrib --clear-fuzzy`` (and any tool that does as it does) or a "#, fuzzy" line deleted alone clear
# the mark only. Fuzzy is what keeps an unchecked translation off a page (with sign_off = "optional",
# all that does), so a translation still made for other English must not pass as checked.
# ``leaflets update`` keeps such "#|" lines (pipeline/catalogs/merge.py), so this stays until someone
# has read the translation.


def check_fuzzy_cleared(ctx: EntryContext, entry: Message) -> Iterator[Finding]:
    """``entry`` (the message ``ctx`` is of), not fuzzy and translated: its ``#|`` English,
    when other than its English, is an error; the translation memory's note, a warning."""
    if ctx.fuzzy or not ctx.translated:
        return
    if entry.previous_english_differs:
        if entry.previous_msgid is not None and entry.previous_msgid != entry.msgid:
            before, now = entry.previous_msgid, entry.msgid
        else:  # only the plural's English changed
            before, now = entry.previous_msgid_plural or "", entry.msgid_plural or ""
        yield ctx.finding(
            "fuzzy-cleared",
            ERROR,
            "the fuzzy mark was removed but the entry still records the English it was translated from (`#|`): "
            "check the translation against the new English, then delete the `#|` lines "
            f'(`msgattrib --clear-previous`); the English then and now: "{word_diff.plain(before, now)}"',
        )
        return
    note = next((comment for comment in entry.translator_comments if is_memory_comment(comment)), None)
    if note is not None:
        # A warning, not an error: Poedit keeps a translator comment when the translator edits the
        # entry properly, so the note does not show that nobody read the suggestion; update removes it.
        yield ctx.finding(
            "fuzzy-cleared",
            WARNING,
            f"the fuzzy mark was removed but the entry still carries `# {note}`: the translation was "
            "suggested from another leaflet; if nobody has read it against this English, do so, then "
            "delete the comment (`leaflets update` removes it too)",
        )
