"""[placeholders] Template strings keep their placeholders, or rendering fails.

Applies to template strings: the ``common`` domain (Jinja2 templates, whose
``{{ page }}`` Babel extracts as ``%(page)s``) and any message flagged
python-format or python-brace-format.  Named placeholders (``%(page)s``,
``{name}``) may move, as word order requires, but must all be there;
positional ones (``%s``, ``%d``, ``{}``) are filled in order, so their
sequence must be the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pipeline.checks import patterns
from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, Finding

CHECK = "placeholders"


def check_placeholders(ctx: EntryContext) -> Iterator[Finding]:
    if not ctx.is_template:
        return
    for find in (patterns.percent_placeholders, patterns.brace_placeholders):
        source, translation = find(ctx.source), find(ctx.translation)
        if not source and not translation:
            continue
        yield from _compare_named(ctx, [p for p in source if _is_named(p)], [p for p in translation if _is_named(p)])
        positional_source = [p for p in source if not _is_named(p)]
        positional_translation = [p for p in translation if not _is_named(p)]
        if positional_source != positional_translation:
            yield from _compare_named(ctx, positional_source, positional_translation)
            if Counter(positional_source) == Counter(positional_translation):
                yield ctx.finding(
                    CHECK,
                    ERROR,
                    f"positional placeholders are filled in order: the source has {' '.join(positional_source)}, "
                    f"the translation {' '.join(positional_translation)}",
                )


def _is_named(placeholder: str) -> bool:
    """%(page)s, {name} and {0} say which argument they take; %s and {} take the next one."""
    if placeholder.startswith("{"):
        return placeholder[1:2].isalnum() or placeholder[1:2] == "_"
    return placeholder.startswith("%(")


def _compare_named(ctx: EntryContext, source: list[str], translation: list[str]) -> Iterator[Finding]:
    wanted, have = Counter(source), Counter(translation)
    for placeholder in sorted((wanted - have).elements()):
        yield ctx.finding(CHECK, ERROR, f"placeholder {placeholder} is missing from the translation")
    for placeholder in sorted((have - wanted).elements()):
        yield ctx.finding(CHECK, ERROR, f"placeholder {placeholder} in the translation is not in the source")
