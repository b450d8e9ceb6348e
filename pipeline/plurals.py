"""Plural rules: which ``Plural-Forms`` headers are right for a language.

A catalog's rule is right when it is *a* valid rule for its language, as
gettext users know them: the CLDR rule of the installed Babel, the rule GNU
gettext's ``msginit`` and Poedit write (Spanish ``nplurals=2; plural=(n !=
1);``), or the rule an earlier Babel wrote. Babel 2.19 gave Spanish, French,
Italian and Portuguese a third CLDR form and respelled others; catalogs made
before it are no less correct for that.

Rules are compared by meaning (evaluated for many ``n``), never by spelling.
New catalogs get GNU gettext's rule where it has one, so that ``init`` writes
the same header on every machine whatever Babel is installed.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.messages.plurals import get_plural

GNU = "GNU gettext"
OLD_BABEL = "Babel 2.18 and earlier"

_HEADER = re.compile(r"^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*$", re.DOTALL)
# Every n up to 1000 and the large round numbers CLDR's "many" forms are about.
_SAMPLE = (*range(0, 1001), 10_000, 100_000, 1_000_000, 2_000_000, 10_000_000, 1_000_001)
_SOURCES = {"gnu": GNU, "babel-2.18": OLD_BABEL}


@dataclass(frozen=True)
class PluralRule:
    nplurals: int
    expression: str
    source: str = ""  # where the rule comes from, for messages

    @property
    def header(self) -> str:
        """As it stands in a catalog: ``nplurals=2; plural=(n != 1);``."""
        return f"nplurals={self.nplurals}; plural={self.expression};"

    def function(self) -> Callable[[int], int]:
        """n -> the index of the msgstr[] form; raises ValueError if the expression is not C."""
        return _compile(self.expression)

    def means_the_same_as(self, other: PluralRule) -> bool:
        if self.nplurals != other.nplurals:
            return False
        try:
            ours, theirs = self.function(), other.function()
            return all(ours(n) == theirs(n) for n in _SAMPLE)
        except (ValueError, ArithmeticError, RecursionError):
            return False


class PluralFormsError(ValueError):
    """A ``Plural-Forms`` value that gettext cannot use."""


@lru_cache(maxsize=256)  # every catalog of a locale states the same rule; judging it runs it a thousand times
def parse_plural_forms(value: str) -> PluralRule:
    """The rule a header value states; PluralFormsError says why it is unusable.

    Unusable is what ``msgfmt -c`` rejects: no ``nplurals``/``plural``, an
    expression that is not C, or one that picks a form beyond ``nplurals``.
    """
    match = _HEADER.match(value)
    if not match:
        raise PluralFormsError(f"{value!r} is not of the form 'nplurals=N; plural=EXPRESSION;'")
    rule = PluralRule(int(match.group(1)), match.group(2).strip())
    if rule.nplurals < 1:
        raise PluralFormsError(f"nplurals must be at least 1, not {rule.nplurals}")
    try:
        function = rule.function()
        largest = max(function(n) for n in _SAMPLE)
    except (ValueError, ArithmeticError, RecursionError):
        raise PluralFormsError(f"the plural expression {rule.expression!r} is not a valid C expression") from None
    if largest >= rule.nplurals:
        raise PluralFormsError(f"nplurals is {rule.nplurals} but the expression can choose form {largest}")
    return rule


def forms_mismatch(forms: int, nplurals: int) -> str:
    """What is wrong with a plural entry of ``forms`` msgstr[n] under ``nplurals``, and the fix."""
    said = f"{forms} msgstr[] form{'s' if forms != 1 else ''} but Plural-Forms says nplurals={nplurals}"
    if forms > nplurals:
        keep = "msgstr[0]" if nplurals == 1 else f"msgstr[0] to msgstr[{nplurals - 1}]"
        return f"{said}: keep {keep} and delete the rest"
    add = f"msgstr[{forms}]" if forms == nplurals - 1 else f"msgstr[{forms}] to msgstr[{nplurals - 1}]"
    return f"{said}: add {add}, one translation for each plural form"


def cldr_rule(locale: str) -> PluralRule | None:
    """The rule the installed Babel derives from CLDR, or None for a locale it does not know."""
    try:
        plural = get_plural(Locale.parse(locale))
    except (ValueError, UnknownLocaleError):
        return None
    return PluralRule(plural.num_plurals, plural.plural_expr, f"CLDR (Babel {_babel_version()})")


@lru_cache(maxsize=256)
def known_rules(locale: str, declared: PluralRule | None = None) -> tuple[PluralRule, ...]:
    """Every rule known to be right for ``locale``: the one leaflets.toml declares for a language
    CLDR lacks (first), GNU gettext's, CLDR's now, earlier Babel's."""
    rules = [rule for key in _lookup_keys(locale) for rule in _table().get(key, ())]
    if declared is not None:
        rules.insert(0, declared)
    current = cldr_rule(locale)
    if current:
        rules.insert(1 if rules and (rules[0].source == GNU or declared) else 0, current)
    distinct: list[PluralRule] = []
    for rule in rules:
        if not any(rule.means_the_same_as(seen) for seen in distinct):
            distinct.append(rule)
    return tuple(distinct)


def preferred_rule(locale: str, declared: PluralRule | None = None) -> PluralRule | None:
    """The rule a new catalog gets: the declared one of a language CLDR lacks, GNU gettext's
    where it has one (stable), else CLDR's."""
    if declared is not None:
        return declared
    for key in _lookup_keys(locale):
        for rule in _table().get(key, ()):
            if rule.source == GNU:
                return rule
    return cldr_rule(locale)


@lru_cache(maxsize=256)
def matching_rule(rule: PluralRule, locale: str, declared: PluralRule | None = None) -> PluralRule | None:
    """The known rule ``rule`` means, or None when it is none of them."""
    return next((known for known in known_rules(locale, declared) if rule.means_the_same_as(known)), None)


@dataclass(frozen=True)
class WrongForm:
    """The first ``n`` for which a rule picks another ``msgstr[]`` than a known rule does."""

    n: int
    picks: int  # the index the catalog's rule picks for n
    known: PluralRule
    known_picks: int  # the index the known rule picks for n


def wrong_form(rule: PluralRule, locale: str, declared: PluralRule | None = None) -> WrongForm | None:
    """Where a rule with as many forms as a rule known for ``locale`` shows another form than every
    such rule does, or None: it picks, for every ``n``, the form one of them picks, or no known rule
    has its number of forms (the plural entries' count is judged then: forms_mismatch).

    A catalog's ``msgstr[i]`` are written in the language's order, as every tool shows them
    (``msgstr[0]`` the form of 1, the msgid's): under a rule with the right number of forms but
    another mapping (Spanish ``plural=(n == 1)``, swapped) pages show "1 tablets" and "take 2
    tablet". The difference named is against the first such known rule (GNU gettext's first).
    """
    found: list[WrongForm] = []
    ours = rule.function()
    for known in known_rules(locale, declared):
        if known.nplurals != rule.nplurals:
            continue
        try:
            theirs = known.function()
            first = next((WrongForm(n, ours(n), known, theirs(n)) for n in _SAMPLE if ours(n) != theirs(n)), None)
        except (ValueError, ArithmeticError, RecursionError):
            continue  # no rule of the table or of CLDR fails; one that did could not be compared
        if first is None:
            return None
        found.append(first)
    return found[0] if found else None


def describe_known(locale: str, declared: PluralRule | None = None) -> str:
    return "; ".join(f"{rule.source}: {rule.header}" for rule in known_rules(locale, declared))


def _lookup_keys(locale: str) -> tuple[str, ...]:
    """``pt_BR`` is looked up as itself, then as ``pt``."""
    code = locale.replace("-", "_")
    language = code.split("_")[0]
    return (code, language) if code != language else (code,)


@cache
def _table() -> dict[str, tuple[PluralRule, ...]]:
    rows: dict[str, list[PluralRule]] = {}
    text = resources.files("pipeline").joinpath("data/plural_forms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, nplurals, expression, source = line.split("\t")
        rows.setdefault(language, []).append(PluralRule(int(nplurals), expression, _SOURCES[source]))
    # GNU gettext's rule first: it is the one new catalogs get.
    return {key: tuple(sorted(value, key=lambda rule: rule.source != GNU)) for key, value in rows.items()}


@cache
def _compile(expression: str) -> Callable[[int], int]:
    return gettext.c2py(expression)


def _babel_version() -> str:
    import babel

    return babel.__version__
