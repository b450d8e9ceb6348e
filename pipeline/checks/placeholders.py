"""[placeholders] Template strings keep their placeholders, or rendering fails.

Applies to template strings: the ``common`` domain (Jinja2 templates, whose
``{{ page }}`` Babel extracts as ``%(page)s``) and any message flagged
python-format or python-brace-format.  Named placeholders (``%(page)s``,
``{name}``) may move, as word order requires, but must all be there;
positional ones (``%s``, ``%d``, ``{}``) are filled in order, so their
sequence must be the same.

A translation must also work as the code uses it.  Jinja2's newstyle
gettext formats every template translation with ``%`` and the template's
named values, so a stray ``%`` (``100% 이 번역은 %(date)s``) would stop every
page of the language from rendering; the translation is formatted here the
same way, with the source's names, and any failure is an error, as is a
placeholder whose conversion differs from the source's (``%(date)d`` for
``%(date)s``), which msgfmt rejects.  A message flagged python-brace-format
must be a valid ``str.format`` string.  Any other format flag (``c-format``)
makes msgfmt check the entry as a string of another language, which no code
here fills in: an error, so that ``check`` passes nothing msgfmt rejects.

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
import string
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.checks import patterns
from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, Finding
from pipeline.regions import placeholders as region_placeholders

# Numbers that are an emergency number somewhere (112 in Europe, 119 in Korea,
# 911 in North America, 999 in the UK, 000 in Australia, 15, 17 and 18 in France,
# 190, 192 and 193 in Brazil ...): written out in place of {emergency}, they are
# right for one region's readers at most.  CLDR has no emergency numbers; these are the national ones of
# Wikipedia's "List of emergency telephone numbers" (and 112, Council Decision
# 91/396/EEC; 911, 47 U.S.C. 251(e)(3)), police, fire and ambulance alike.
EMERGENCY_NUMBERS = frozenset(
    "000 100 101 102 103 108 110 111 112 113 114 115 117 118 119 120 122 123 125 190 192 193 911 995 997 999"
    " 15 17 18".split()
)
# Three digits that are not part of a longer number (1,112 or 112.5); "llame al 112." ends a sentence.
_SHORT_NUMBER = re.compile(r"(?<!\d)(?<!\d[.,])\d{3}(?![.,]?\d)")
_NAMED_PERCENT = re.compile(r"%\((\w+)\)")

CHECK = "placeholders"


def check_placeholders(ctx: EntryContext) -> Iterator[Finding]:
    if ctx.is_template:
        yield from _template_placeholders(ctx)
    else:
        # Leaflet prose without placeholders: a "{name}" in the translation cannot be filled.
        yield from _compare_named(ctx, [], [f"{{{name}}}" for name in region_placeholders(ctx.translation)])
    for problem in filter(None, [brace_format_problem(ctx.translation) if "{}" in ctx.formatted_with else None]):
        yield ctx.finding(CHECK, ERROR, problem)
    for flag in sorted(ctx.flags - _FORMATS_FILLED_IN):
        if flag.endswith("-format") and not flag.startswith(("no-", "possible-")):  # hints msgfmt ignores
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the entry is flagged {flag}, so msgfmt checks it as that kind of format "
                "string, but leaflets fill translations in only with Python's % "
                "(python-format) or str.format (python-brace-format): remove the flag",
            )
    yield from _literal_region_values(ctx)


_FORMATS_FILLED_IN = frozenset({"python-format", "python-brace-format"})


# A %-directive as Python reads it: %(name)flags width .precision length conversion.
_DIRECTIVE = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0 +\-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<conversion>.?)", re.DOTALL
)
_CONVERSIONS = frozenset("diouxXeEfFgGcrsa%")
_SAMPLE = {**dict.fromkeys("diouxXc", 1), **dict.fromkeys("eEfFgG", 1.5), **dict.fromkeys("sra", "x")}
_KINDS = {
    **dict.fromkeys("diouxX", "integer"),
    **dict.fromkeys("eEfFgG", "number"),
    **dict.fromkeys("sra", "text"),
    "c": "character",
}


def _named_directives(text: str) -> dict[str, str]:
    return {m.group("name"): m.group("conversion") for m in _DIRECTIVE.finditer(text) if m.group("name")}


_FORMATTED_DIFFERENTLY = ": the value is formatted differently (msgfmt rejects the catalog)"


def _reformatted(source: str, translation: str) -> dict[str, tuple[str, str]]:
    """The names the translation fills with a conversion of another kind (%(count)d for
    %(count)s): name -> (the source's conversion, the translation's)."""
    wanted = _named_directives(source)
    return {
        name: (wanted[name], conversion)
        for name, conversion in _named_directives(translation).items()
        if name in wanted and _KINDS.get(conversion) != _KINDS.get(wanted[name])
    }


def percent_format_problem(source: str, translation: str) -> str | None:
    """Why ``translation % values`` fails where ``source % values`` works, with the
    values the code passes (the source's names); None when it works."""
    wanted = _named_directives(source)
    values = {name: _SAMPLE.get(conversion, "x") for name, conversion in wanted.items()}
    try:
        source % values
    except (ValueError, TypeError, KeyError):
        return None  # the source is not filled with named values: nothing to compare with
    for match in _DIRECTIVE.finditer(translation):
        if match.group("conversion") not in _CONVERSIONS:
            return (
                f"'{match.group()}' at character {match.start() + 1} is not a placeholder, and the page "
                "cannot show this translation (Jinja2 fills it in with %); write a percent sign as %%"
            )
    reformatted = _reformatted(source, translation)
    if reformatted:
        return (
            "; ".join(
                f"placeholder %({name}){theirs} in the translation is %({name}){ours} in the source"
                for name, (ours, theirs) in reformatted.items()
            )
            + _FORMATTED_DIFFERENTLY
        )
    try:
        translation % values
    except KeyError:
        return None  # a name the source lacks: reported above as a placeholder not in the source
    except (ValueError, TypeError) as exc:
        return f"the page cannot show this translation: filling it in fails ({exc})"
    return None


def brace_format_problem(translation: str) -> str | None:
    """Why ``translation`` is not a ``str.format`` string; None when it is."""
    try:
        list(string.Formatter().parse(translation))
    except ValueError as exc:
        return f"the translation is not a valid {{}} format string ({exc}); write a literal brace as {{{{ or }}}}"
    return None


def _template_placeholders(ctx: EntryContext) -> Iterator[Finding]:
    problem = percent_format_problem(ctx.source, ctx.translation) if "%" in ctx.formatted_with else None
    reformatted: set[str | None] = set()
    # 119 written for {emergency} is one mistake, told once (_literal_region_values): not also as {emergency} missing.
    told_elsewhere = {value.placeholder for value in replaced_region_values(ctx.source, ctx.translation)}
    if problem:
        yield ctx.finding(CHECK, ERROR, problem)
        if problem.endswith(_FORMATTED_DIFFERENTLY):
            # %(count)d for %(count)s is one mistake, told once: not also as %(count)s missing and %(count)d added.
            reformatted = set(_reformatted(ctx.source, ctx.translation))
    for find in (patterns.percent_placeholders, patterns.brace_placeholders):
        source, translation = find(ctx.source), find(ctx.translation)
        if not source and not translation:
            continue
        yield from _compare_named(
            ctx,
            [p for p in source if _is_named(p) and _percent_name(p) not in reformatted and p not in told_elsewhere],
            [
                p
                for p in translation
                if _is_named(p) and _percent_name(p) not in reformatted and p not in told_elsewhere
            ],
        )
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


def _percent_name(placeholder: str) -> str | None:
    """count for %(count)s; None for any other placeholder."""
    named = _NAMED_PERCENT.match(placeholder)
    return named.group(1) if named else None


def _is_named(placeholder: str) -> bool:
    """%(page)s, {name} and {0} say which argument they take; %s and {} take the next one."""
    if placeholder.startswith("{"):
        return placeholder[1:2].isalnum() or placeholder[1:2] == "_"
    return placeholder.startswith("%(")


def _compare_named(ctx: EntryContext, source: list[str], translation: list[str]) -> Iterator[Finding]:
    if source == translation:
        return  # the same placeholders in the same order (none, in leaflet prose): no Counters to compare
    wanted, have = Counter(source), Counter(translation)
    for placeholder in sorted((wanted - have).elements()):
        yield ctx.finding(CHECK, ERROR, f"placeholder {placeholder} is missing from the translation")
    for placeholder in sorted((have - wanted).elements()):
        yield ctx.finding(CHECK, ERROR, f"placeholder {placeholder} in the translation is not in the source")


def _region_names(text: str) -> set[str]:
    """Region values a message names, as "{emergency}" (leaflets) or "%(emergency)s" (templates)."""
    return set(region_placeholders(text)) | set(_NAMED_PERCENT.findall(text))


@dataclass(frozen=True)
class Replaced:
    """A value of the readers' region that the translation writes out where the source names it:
    "119에 전화하세요" for "call {emergency}". One mistake, which [placeholders] reports; [phone]
    and [emergency] leave these literals to it."""

    placeholder: str  # as the source writes it: {emergency} (leaflets), %(emergency)s (templates)
    name: str  # emergency, language_line
    literals: tuple[str, ...]  # what the translation writes in its place: 911


@lru_cache(maxsize=256)  # asked for by [placeholders] twice, [phone] and [emergency], of the same entry
def replaced_region_values(source: str, translation: str) -> tuple[Replaced, ...]:
    """Each region placeholder the translation has fewer of than the source, with literal values
    of its kind (emergency numbers, phone numbers) that the source does not have."""
    if "emergency" not in source and "language_line" not in source:
        return ()  # most messages: nothing to look for
    replaced = []
    for name, kind in _REGION_VALUES.items():
        placeholder = _named_placeholder(source, name)
        if placeholder is None or translation.count(placeholder) >= source.count(placeholder):
            continue
        found = kind.written(source, translation)
        if found:
            replaced.append(Replaced(placeholder, name, tuple(found)))
    return tuple(replaced)


def region_literals(source: str, translation: str, name: str) -> set[str]:
    """What the translation writes in place of the region placeholder ``name``, or beside it, which
    [placeholders] reports ("119" for "{emergency}", "{emergency}(한국에서는 119)"): one mistake, told
    once, so [phone] and [emergency] leave these to it (none: an empty set)."""
    if name not in _region_names(source):
        return set()
    return set(_REGION_VALUES[name].written(source, translation))


def _named_placeholder(source: str, name: str) -> str | None:
    """How ``source`` names the region value ``name``: {emergency} (leaflets), %(emergency)s (templates)."""
    for placeholder in patterns.brace_placeholders(source) + patterns.percent_placeholders(source):
        if placeholder == f"{{{name}}}" or _percent_name(placeholder) == name:
            return placeholder
    return None


def _outside_placeholders(text: str) -> str:
    """``text`` with its placeholders (whose names may hold digits) and addresses blanked, and its
    numbers kept: phone numbers and "call 911" too, in the source as in the translation."""
    return patterns.blank_out(text, placeholders=True, phones=False)


def _literal_emergency_numbers(source: str, translation: str) -> list[str]:
    """Emergency numbers (of some region) the translation writes and the source does not; not a
    group of a phone number (+34 91 112 34 56), which [phone] reports whole."""
    in_source = _SHORT_NUMBER.findall(patterns.without_phone_numbers(_outside_placeholders(source)))
    written = _SHORT_NUMBER.findall(patterns.without_phone_numbers(_outside_placeholders(translation)))
    return [number for number in dict.fromkeys(written) if number in EMERGENCY_NUMBERS and number not in in_source]


def _literal_phone_numbers(source: str, translation: str) -> list[str]:
    """Phone numbers the translation writes and the source does not (compared by their digits)."""
    in_source = {_digits(phone) for phone in patterns.phone_numbers(_outside_placeholders(source))}
    written = patterns.phone_numbers(_outside_placeholders(translation))
    return [phone for phone in dict.fromkeys(written) if _digits(phone) not in in_source]


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


@dataclass(frozen=True)
class _RegionValue:
    literal: str  # what it is called written out: "phone number"
    value: str  # what the page writes for the placeholder: "language-help line"
    written: Callable[[str, str], list[str]]  # (source, translation) -> the literals the source lacks
    configured: Callable[[EntryContext], str]  # what the locale's page fills in ("": not configured)


_REGION_VALUES = {
    "emergency": _RegionValue("number", "emergency number", _literal_emergency_numbers, lambda ctx: ctx.emergency),
    "language_line": _RegionValue(
        "phone number", "language-help line", _literal_phone_numbers, lambda ctx: ctx.language_line
    ),
}


def _literal_region_values(ctx: EntryContext) -> Iterator[Finding]:
    names = _region_names(ctx.source)
    if not names:
        return
    replaced = replaced_region_values(ctx.source, ctx.translation)
    for value in replaced:
        kind = _REGION_VALUES[value.name]
        written = ", ".join(value.literals)
        written = f"{kind.literal} {written}" if len(value.literals) == 1 else f"{kind.literal}s {written}"
        configured = kind.configured(ctx)
        here = f" ({configured} for this locale's readers)" if configured else ""
        yield ctx.finding(
            CHECK,
            ERROR,
            f"placeholder {value.placeholder} was replaced by the literal {written}: keep {value.placeholder} as "
            f"in the source; the page fills in the {kind.value} configured for each locale{here}",
        )
    told = {value.name for value in replaced}
    for name, kind in _REGION_VALUES.items():
        if name not in names or name in told:
            continue
        for literal in kind.written(ctx.source, ctx.translation):
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the translation writes the {kind.literal} {literal} where the source has {{{name}}}: keep the "
                f"placeholder, which each region's page fills with its own {kind.value}",
            )
