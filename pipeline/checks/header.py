"""[header] The catalog header: charset, language and plural rule.

A wrong ``Plural-Forms`` makes gettext pick the wrong msgstr[n] at run time
without any error, and a wrong ``Language`` makes tools (msgfmt, Weblate,
Babel) apply another language's rules; both are errors.  The plural rule is
compared with CLDR through Babel, by *meaning*: the header's C expression and
Babel's are evaluated for n = 0..1000, so ``plural=0`` and ``plural=(0)``, or
two spellings of the Arabic rule, are the same rule.
"""

from __future__ import annotations

import codecs
import gettext
import re
from collections.abc import Iterator

from babel import UnknownLocaleError
from babel.messages.plurals import get_plural

from pipeline.checks.context import HeaderContext
from pipeline.findings import ERROR, Finding

CHECK = "header"

_PLURAL_FORMS_RE = re.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*$", re.DOTALL)
_SAMPLE = range(0, 1001)


def check_header(ctx: HeaderContext) -> Iterator[Finding]:
    yield from _check_charset(ctx)
    yield from _check_language(ctx)
    yield from _check_plural_forms(ctx)


def _check_charset(ctx: HeaderContext) -> Iterator[Finding]:
    content_type = ctx.metadata.get("Content-Type", "")
    match = re.search(r"charset\s*=\s*([^\s;]+)", content_type)
    if not match:
        yield ctx.finding(CHECK, ERROR, "the header declares no charset; add Content-Type: text/plain; charset=UTF-8")
        return
    charset = match.group(1)
    try:
        is_utf8 = codecs.lookup(charset).name == "utf-8"
    except LookupError:
        is_utf8 = False
    if not is_utf8:
        yield ctx.finding(CHECK, ERROR, f"the charset is {charset}, not UTF-8")


def _same_locale(a: str, b: str) -> bool:
    return a.replace("-", "_").lower() == b.replace("-", "_").lower()


def _check_language(ctx: HeaderContext) -> Iterator[Finding]:
    language = ctx.metadata.get("Language", "").strip()
    if not language:
        yield ctx.finding(CHECK, ERROR, f"the header has no Language; expected {ctx.locale}")
    elif not _same_locale(language, ctx.locale):
        message = f"the Language header is {language}, but the catalog is in the {ctx.locale} directory"
        yield ctx.finding(CHECK, ERROR, message)


def _check_plural_forms(ctx: HeaderContext) -> Iterator[Finding]:
    try:
        expected = get_plural(ctx.locale)
    except (ValueError, UnknownLocaleError):
        return  # no CLDR data to compare with
    wanted = f"nplurals={expected.num_plurals}; plural={expected.plural_expr};"
    header = ctx.metadata.get("Plural-Forms", "").strip()
    if not header:
        yield ctx.finding(CHECK, ERROR, f"the header has no Plural-Forms; CLDR says {wanted}")
        return
    match = _PLURAL_FORMS_RE.match(header)
    if not match:
        yield ctx.finding(CHECK, ERROR, f"Plural-Forms {header!r} cannot be read; CLDR says {wanted}")
        return
    count, expression = int(match.group(1)), match.group(2)
    if count != expected.num_plurals or not _same_plural_rule(expression, expected.plural_expr):
        yield ctx.finding(CHECK, ERROR, f"Plural-Forms is {header!r}, but CLDR says {wanted}")


def _same_plural_rule(expression: str, expected: str) -> bool:
    if _normalise(expression) == _normalise(expected):
        return True
    try:
        ours, theirs = gettext.c2py(expression), gettext.c2py(expected)
        return all(ours(n) == theirs(n) for n in _SAMPLE)
    except (ValueError, SyntaxError, RecursionError, ZeroDivisionError, OverflowError):
        return False


def _normalise(expression: str) -> str:
    expression = re.sub(r"\s+", "", expression).rstrip(";")
    while expression.startswith("(") and expression.endswith(")") and _balanced(expression[1:-1]):
        expression = expression[1:-1]
    return expression


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0
