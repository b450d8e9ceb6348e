"""Languages CLDR has no data for (hmn, prs, kar), and what a project declares for them instead.

Babel gives every other locale its name in itself, its plural rule, its script and the formats
of its dates and numbers. For a well-formed code CLDR lacks, the project says all four
(DECLARED_KEYS), in its ``[locales.<code>]`` table or through ``init --name --plural-forms
--script --formats-like``; nothing is guessed, and a language CLDR knows declares none of them,
since its data would then be overridden in one place only (README, "Languages CLDR lacks").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from pipeline import locale_codes
from pipeline.languages.scripts import is_script
from pipeline.plurals import PluralFormsError, PluralRule, parse_plural_forms

# What CLDR gives a locale, each with what to write for it.
DECLARED_KEYS = {
    "name": 'the language named in itself, as its readers write it, e.g. "Hmoob"',
    "plural_forms": 'its Plural-Forms rule, e.g. "nplurals=1; plural=0;"',
    "script": 'the ISO 15924 code of the script it is written in, e.g. "Latn", "Arab", "Mymr"',
    "formats_like": 'the locale whose dates, numbers and country names its pages use, e.g. "en"',
}


@dataclass(frozen=True)
class DeclaredLanguage:
    """A language CLDR has no data for, as the project declares it."""

    name: str  # in itself: "Hmoob", "دری"
    plural_rule: PluralRule
    script: str  # ISO 15924: "Latn", "Arab", "Mymr"
    formats_like: str  # a locale CLDR knows: dates, numbers, country names


def cldr_lacks(code: str) -> str | None:
    """Why CLDR cannot describe ``code`` ("CLDR (Babel 2.x) has no data for 'hmn'"), when it
    is a well-formed code CLDR has no data for; None for a code CLDR knows or no code at all."""
    try:
        locale_codes.parse(code)
    except locale_codes.NotInCldr as exc:
        return str(exc)
    except locale_codes.LocaleCodeError:
        return None
    return None


def missing(declared: Mapping[str, Any], spell: Callable[[str], str] = str) -> str | None:
    """What the language has not declared yet, each key as ``spell`` writes it with what to write
    for it ("plural_forms (…); script (…)"); None when all is declared."""
    keys = [key for key in DECLARED_KEYS if key not in declared]
    return "; ".join(f"{spell(key)} ({DECLARED_KEYS[key]})" for key in keys) or None


def plural_forms_problem(value: Any) -> str | None:
    if not isinstance(value, str):
        return 'must be text in quotes, e.g. "nplurals=2; plural=(n != 1);"'
    try:
        parse_plural_forms(value)
    except PluralFormsError as exc:
        return f"cannot be used: {exc}"
    return None


def script_problem(value: Any) -> str | None:
    if not isinstance(value, str) or not is_script(value):
        return f'is the ISO 15924 code of a Unicode script ("Latn", "Arab", "Mymr"), not {value!r}'
    return None


def declared_language(settings: Mapping[str, Any], source: str) -> DeclaredLanguage | None:
    """The language a valid ``[locales.<code>]`` table declares (all of DECLARED_KEYS or none:
    validation saw to it); its plural rule says it comes from ``source``."""
    if "plural_forms" not in settings:
        return None
    rule = replace(parse_plural_forms(settings["plural_forms"]), source=source)
    return DeclaredLanguage(settings["name"], rule, settings["script"], settings["formats_like"])
