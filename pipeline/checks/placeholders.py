"""[placeholders] Template strings keep their placeholders, or rendering fails.

Applies to template strings: the ``common`` domain (Jinja2 templates, whose
``{{ page }}`` Babel extracts as ``%(page)s``) and any message flagged
python-format or python-brace-format.  Named placeholders (``%(page)s``,
``{name}``) may move, as word order requires, but must all be there;
positional ones (``%s``, ``%d``, ``{}``) are filled in order, so their
sequence must be the same.

Leaflet text that names a value of the readers' region (``{emergency}``,
pipeline/regions.py) is checked the same way.  Such a value must stay a
placeholder: a translation that writes ``119`` where the source says
``{emergency}`` (or a phone number where it says ``{language_line}``) would
send readers in another region to the wrong number, so that is an error, as
is a placeholder a translation adds to leaflet text that has none (the page
could not fill it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.checks import patterns
from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, Finding
from pipeline.regions import placeholders as region_placeholders

# Numbers that are an emergency number somewhere (112 in Europe, 119 in Korea,
# 911 in North America, 999 in the UK, 000 in Australia ...): written out in
# place of {emergency}, they are right for one region's readers at most.
EMERGENCY_NUMBERS = frozenset(
    "000 100 101 102 103 108 110 111 112 113 114 115 117 118 119 120 122 123 125 911 995 997 999".split())
_SHORT_NUMBER = re.compile(r"(?<![\d.,])\d{3}(?![\d.,])")
_NAMED_PERCENT = re.compile(r"%\((\w+)\)")

CHECK = "placeholders"


def check_placeholders(ctx: EntryContext) -> Iterator[Finding]:
    if ctx.is_template:
        yield from _template_placeholders(ctx)
    else:
        # Leaflet prose without placeholders: a "{name}" in the translation cannot be filled.
        yield from _compare_named(ctx, [], [f"{{{name}}}" for name in region_placeholders(ctx.translation)])
    yield from _literal_region_values(ctx)


def _template_placeholders(ctx: EntryContext) -> Iterator[Finding]:
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


def _region_names(text: str) -> set[str]:
    """Region values a message names, as "{emergency}" (leaflets) or "%(emergency)s" (templates)."""
    return set(region_placeholders(text)) | set(_NAMED_PERCENT.findall(text))


def _literal_region_values(ctx: EntryContext) -> Iterator[Finding]:
    names = _region_names(ctx.source)
    if not names:
        return
    source = patterns.blank_out(ctx.source, placeholders=True)
    translation = patterns.blank_out(ctx.translation, placeholders=True, phones=False)
    if "emergency" in names:
        for number in dict.fromkeys(_SHORT_NUMBER.findall(translation)):
            if number in EMERGENCY_NUMBERS and number not in _SHORT_NUMBER.findall(source):
                yield ctx.finding(CHECK, ERROR, f"the translation writes the number {number} where the source "
                                  "has {emergency}: keep the placeholder, which each region's page fills "
                                  "with its own emergency number")
    if "language_line" in names:
        source_phones = {re.sub(r"\D", "", phone) for phone in patterns.phone_numbers(source)}
        for phone in patterns.phone_numbers(translation):
            if re.sub(r"\D", "", phone) not in source_phones:
                yield ctx.finding(CHECK, ERROR, f"the translation writes the phone number {phone} where the "
                                  "source has {language_line}: keep the placeholder, which each region's page "
                                  "fills with its own language-help line")
