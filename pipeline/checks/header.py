"""[header] The catalog header: charset, language and plural rule, and what a merge leaves.

A wrong ``Language`` makes tools (msgfmt, Weblate, Babel) apply another
language's rules: an error.  ``Plural-Forms`` is judged as gettext users know
it (pipeline.plurals): any rule known to be right for the language passes,
whatever its spelling or source (GNU gettext, CLDR now, an earlier Babel);
one that gettext cannot use, that disagrees with the number of forms the
catalog's plural entries have, or that has as many forms as a known rule but
picks another form than every such rule for some n while the catalog has
plural entries ("1 tablets") is an error; any other is a warning, never a
reason to refuse a prose leaflet.

``msgcat`` of two catalogs whose headers differ writes both into one header,
each field twice and msgcat's marker lines between, and marks it fuzzy:
tools then read different values of one field (the first, the last). A
field given twice, or a marker line, is an error; a fuzzy header (a merge,
or ``msginit`` asking for its fields to be filled in) a warning.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from pipeline import review
from pipeline.checks.context import HeaderContext
from pipeline.checks.duplicates import CONFLICT_MARKER
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.plurals import (
    PluralFormsError,
    PluralRule,
    WrongForm,
    describe_known,
    forms_mismatch,
    known_rules,
    matching_rule,
    parse_plural_forms,
    preferred_rule,
    wrong_form,
)

CHECK = "header"
# How [header] begins its error on a translation review it cannot read.
REVIEW_UNREADABLE = "the translation review in the header cannot be read"


def unreadable_review(finding: Finding) -> bool:
    """[header]'s error on a translation review it cannot read: a release says it once, as its refusal
    of the review (pipeline/release.py), and ``leaflets review``, which writes the review's fields
    anew, is not refused for it."""
    return finding.check == CHECK and finding.message.startswith(REVIEW_UNREADABLE)


def check_header(ctx: HeaderContext) -> Iterator[Finding]:
    yield from _check_merged(ctx)
    yield from _check_charset(ctx)
    yield from _check_language(ctx)
    yield from _check_plural_forms(ctx)
    yield from _check_review(ctx)


def _check_merged(ctx: HeaderContext) -> Iterator[Finding]:
    marker = CONFLICT_MARKER.search(ctx.text)
    if marker:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the header holds msgcat's marker lines ({marker.group()!r}): two catalogs' headers were merged "
            "into one; keep one value of each field and delete the marker lines",
            ctx.text_line(marker.start()),
        )
    values: dict[str, list[str]] = {}
    for name, value in ctx.fields:
        values.setdefault(name.lower(), []).append(value)
    for name, found in values.items():
        if len(found) > 1:
            where = [index for index, (field, _) in enumerate(ctx.fields) if field.lower() == name]
            # At the second: the first is the one it seems to repeat, and tools disagree on which they read.
            line = ctx.field_lines[where[1]] if where[1] < len(ctx.field_lines) else None
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the header gives {ctx.fields[where[0]][0]} {len(found)} times ({', '.join(map(repr, found))}): "
                "tools read different ones; keep one",
                line,
            )
    if ctx.fuzzy:
        yield ctx.finding(
            CHECK,
            WARNING,
            "the header is marked fuzzy (msgcat marks a merged header so, msginit a new one): "
            "check its fields, then delete the fuzzy flag",
        )


def _check_charset(ctx: HeaderContext) -> Iterator[Finding]:
    content_type = ctx.metadata.get("Content-Type", "")
    line = ctx.field_line("Content-Type")
    match = re.search(r"charset\s*=\s*([^\s;]+)", content_type)
    if not match:
        message = "the header declares no charset; add Content-Type: text/plain; charset=UTF-8"
        yield ctx.finding(CHECK, ERROR, message, line)
        return
    charset = match.group(1)
    try:
        is_utf8 = codecs.lookup(charset).name == "utf-8"
    except LookupError:
        is_utf8 = False
    if not is_utf8:
        yield ctx.finding(
            CHECK, ERROR, f"the charset is {charset}, not UTF-8; `leaflets update` rewrites it in UTF-8", line
        )


def _same_locale(a: str, b: str) -> bool:
    return a.replace("-", "_").lower() == b.replace("-", "_").lower()


def _check_language(ctx: HeaderContext) -> Iterator[Finding]:
    language = ctx.metadata.get("Language", "").strip()
    line = ctx.field_line("Language")  # None when it is missing: the header's own line
    if not language:
        yield ctx.finding(CHECK, ERROR, f"the header has no Language; expected {ctx.locale}", line)
    elif not _same_locale(language, ctx.locale):
        message = (
            f"the Language header is {language}, but the catalog is in the {ctx.locale} directory; "
            f"`leaflets update` writes {ctx.locale}"
        )
        yield ctx.finding(CHECK, ERROR, message, line)


def _check_plural_forms(ctx: HeaderContext) -> Iterator[Finding]:
    """Right when it is *a* valid rule for the language (pipeline.plurals); an
    error only when gettext cannot use it or the plural entries disagree with it."""
    header = ctx.metadata.get("Plural-Forms", "").strip()
    header_line = ctx.field_line("Plural-Forms")
    suggestion = preferred_rule(ctx.locale, ctx.declared_rule)
    wanted = f"; write {suggestion.header!r} ({suggestion.source})" if suggestion else ""
    if not header:
        if ctx.plural_entries:
            yield ctx.finding(CHECK, ERROR, f"the catalog has plural entries but no Plural-Forms header{wanted}")
        else:
            yield ctx.finding(CHECK, WARNING, f"the header has no Plural-Forms{wanted}; `leaflets update` adds it")
        return
    try:
        rule = parse_plural_forms(header)
    except PluralFormsError as exc:
        yield ctx.finding(CHECK, ERROR, f"Plural-Forms cannot be used: {exc}{wanted}", header_line)
        return
    known = known_rules(ctx.locale, ctx.declared_rule)
    unknown = bool(known) and not matching_rule(rule, ctx.locale, ctx.declared_rule)
    for line, forms in ctx.plural_entries:
        if forms == rule.nplurals:
            continue
        # Entries with as many forms as the language has, under a header that is not its rule:
        # the header is wrong, and "delete the rest" would throw away forms the language needs.
        if unknown and any(k.nplurals == forms for k in known):
            message = (
                f"this plural entry has {forms} msgstr[] form{'s' if forms != 1 else ''}, as {ctx.locale} has, "
                f"but Plural-Forms says nplurals={rule.nplurals}, which is not a rule known for {ctx.locale}: "
                "correct the header (`leaflets update` restores it) and keep every form"
            )
        else:
            message = f"this plural entry has {forms_mismatch(forms, rule.nplurals)}"
        yield ctx.finding(CHECK, ERROR, message, line=line)
    if not unknown:
        return
    wrong = wrong_form(rule, ctx.locale, ctx.declared_rule) if ctx.plural_entries else None
    if wrong is not None:
        yield ctx.finding(CHECK, ERROR, _wrong_form_message(header, ctx.locale, wrong, suggestion), header_line)
        return
    if ctx.plural_entries and all(rule.nplurals < rule_known.nplurals for rule_known in known):
        # Entries cut down to its forms pass the count above, yet show one form where the language
        # says another: "1 partes" under nplurals=1 for Spanish, or "2 parte".
        yield ctx.finding(
            CHECK,
            ERROR,
            f"Plural-Forms {header!r} has fewer forms than {ctx.locale} has "
            f"({describe_known(ctx.locale, ctx.declared_rule)}): plural messages show one form for "
            f"numbers that need another{wanted}, and give each plural entry all its forms",
            header_line,
        )
        return
    yield ctx.finding(
        CHECK,
        WARNING,
        f"Plural-Forms {header!r} is not a rule known for {ctx.locale} "
        f"({describe_known(ctx.locale, ctx.declared_rule)}); `leaflets update` can replace it",
        header_line,
    )


def _wrong_form_message(header: str, locale: str, wrong: WrongForm, preferred: PluralRule | None) -> str:
    """A rule that shows plural entries' forms for the wrong numbers ("1 tablets", "take 2 tablet"):
    the first n, what it picks and what the language's rule of as many forms picks, which is the one
    to write (the entries keep their forms). ``leaflets update`` writes only the preferred rule, and
    keeps the forms: if they were written for the wrong rule, they must be reordered too."""
    update = " (`leaflets update` does)" if preferred is not None and preferred.means_the_same_as(wrong.known) else ""
    return (
        f"Plural-Forms {header!r} shows plural messages in the wrong form: for n = {wrong.n} it picks "
        f"msgstr[{wrong.picks}], where the rule of {locale} ({wrong.known.source}: {wrong.known.header}) "
        f"picks msgstr[{wrong.known_picks}]; write {wrong.known.header!r}{update} and check "
        "that each plural entry's msgstr[n] is the form that rule picks"
    )


def _check_review(ctx: HeaderContext) -> Iterator[Finding]:
    """A translation review (``X-Translation-*``, pipeline/review.py) that cannot be read: edited by hand
    to a day to come or a mistyped year, a name no page can show, a field missing. Every page would
    tell patients that day and name; a release refuses the page, and here the translator sees why,
    on the field's line."""
    values = {name: ctx.metadata.get(name) for name in review.FIELDS}
    problem = review.signoff_problem(values)
    if not problem:
        return
    names = [name for name, _ in ctx.fields]
    culprit = next((name for name in review.FIELDS if name in problem and name in names), None)
    if culprit is None and problem.startswith("the reviewer's name") and review.REVIEWER in names:
        culprit = review.REVIEWER  # review.name_problem's, of X-Translation-Reviewer
    line = ctx.field_line(culprit) if culprit else None
    yield ctx.finding(
        CHECK,
        ERROR,
        f"{REVIEW_UNREADABLE} ({problem}): a release refuses every page "
        f'of this catalog; once a second translator has reviewed it: leaflets review {ctx.locale} {ctx.domain} --by "NAME"',
        line,
    )
