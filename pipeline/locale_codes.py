"""Locale codes as gettext tools write them, and what a new locale defaults to.

A locale is named the way GNU gettext, Poedit and Weblate name catalog
directories and the ``Language`` header: ``ll`` or ``ll_CC``, a script only
when it is not the usual one for the language (``sr@latin``, ``zh_Hant``).
Babel reads more spellings (``zh-TW``, ``ko_kr``, ``zh_Hant_TW``); each has
exactly one gettext form, which is the only one the project accepts, so a
directory, a ``[locales.*]`` table and a catalog header never disagree.

CLDR names some languages by another code: ``iw`` is Hebrew, which gettext
writes ``he`` (suggested as written, with no territory added), while ``tl``
(Tagalog) and ``tw`` (Twi) are ISO 639-1 codes in use that CLDR files under
``fil`` and ``ak`` (Akan): they are accepted as written, with that data. A well-formed code CLDR has no data
for (``hmn``, ``kar``) is :class:`NotInCldr`: the project declares what
CLDR would give (pipeline/config.py, ``[locales.hmn]``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from babel import Locale, UnknownLocaleError
from babel.core import get_global, parse_locale

# Scripts gettext spells as an @modifier (glibc's locale names).
_SCRIPT_MODIFIERS = {"Latn": "latin", "Cyrl": "cyrillic", "Deva": "devanagari", "Arab": "arabic"}
# CLDR supplementalData paperSize: the territories that use US Letter; A4 elsewhere.
_LETTER_TERRITORIES = frozenset({"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"})


# ISO 639-1 codes in use (not withdrawn, as iw and in are) that CLDR files under another
# language: Tagalog under Filipino, Twi under Akan.
_CODES_OF_THEIR_OWN = frozenset({"tl", "tw"})

# A gettext locale name without Babel: ISO 639 language, then an optional territory (hmn, hmn_US, kar_MM).
_WELL_FORMED = re.compile(r"(?P<language>[a-z]{2,3})(?:_(?:[A-Z]{2}|[0-9]{3}))?")


class LocaleCodeError(ValueError):
    """A locale code that Babel does not know, or one written another way than gettext's."""

    def __init__(self, message: str, suggestion: str | None = None):
        super().__init__(message)
        self.suggestion = suggestion


class NotInCldr(LocaleCodeError):
    """A well-formed code of a language CLDR (Babel) has no data for: hmn, prs, kar."""


def parse(code: str) -> Locale:
    """The Babel locale of a gettext code; any other spelling is refused with its gettext form."""
    alias = _alias(code)
    own_code = language_of(code) in _CODES_OF_THEIR_OWN
    if alias is not None and "_" not in alias and len(alias) == 2 and not own_code:  # iw, in, eng: he, id, en
        written = "_".join([alias, *_subtags(code)])
        name = Locale("en").languages.get(alias, alias)
        raise LocaleCodeError(
            f"{code!r} is {name}, which gettext tools write {written!r}; did you mean {written}?", written
        )
    locale = read(code)
    if locale is None:
        if not well_formed(code):
            named = _language_named(code)
            said = f"; {Locale('en').languages[named]} is written {named}" if named else ""
            raise LocaleCodeError(f"{code!r} is not a locale code{said} ({_WRITTEN_LIKE})", named)
        region = next(iter(_subtags(code)), None)
        if region is not None and region not in Locale("en").territories:  # a closed list, unlike languages
            raise LocaleCodeError(
                f"{code!r} names no region CLDR knows: {region} (a region is written like KR, US or 419)"
            )
        raise NotInCldr(
            f"CLDR (Babel {_babel_version()}) has no data for {code!r}"
            + (f" (it files it under {alias})" if alias else "")
        )
    if alias is not None:  # tl, tw: a code of its own, which CLDR files under fil, ak
        return locale
    canonical = gettext_code(locale)
    if canonical != code:
        raise LocaleCodeError(
            f"{code!r} is written {canonical!r} by gettext tools; did you mean {canonical}?", canonical
        )
    return locale


_WRITTEN_LIKE = "a locale code is written like ko_KR, es or hmn"


def _language_named(name: str) -> str | None:
    """The code of the language whose English name is ``name`` ("korean": ko), when CLDR has its data."""
    from babel import localedata

    wanted = name.strip().casefold()
    for code, english in Locale("en").languages.items():
        if english.casefold() == wanted and "_" not in code and localedata.exists(code):
            return code
    return None


def gettext_code(locale: Locale) -> str:
    """``zh_Hant_TW`` -> ``zh_TW``, ``sr_Latn`` -> ``sr@latin``, ``ko_KR`` -> ``ko_KR``."""
    code = locale.language + (f"_{locale.territory}" if locale.territory else "")
    script = locale.script
    if script and script != likely_script(locale.language, locale.territory):
        if script in _SCRIPT_MODIFIERS:
            code += f"@{_SCRIPT_MODIFIERS[script]}"
        else:
            code = f"{locale.language}_{script}" + (f"_{locale.territory}" if locale.territory else "")
    if locale.variant:
        code += f"@{locale.variant.lower()}"
    return code


def likely_script(language: str, territory: str | None = None) -> str | None:
    """The script a language is written in (in a territory), from CLDR's likely subtags."""
    subtags = get_global("likely_subtags")
    for key in ([f"{language}_{territory}"] if territory else []) + [language]:
        if key in subtags:
            _, _, script, *_ = parse_locale(subtags[key])
            if script:
                return script
    return None


def script_of(locale: Locale) -> str | None:
    return locale.script or likely_script(locale.language, locale.territory)


def territory_of(locale: Locale | None, code: str = "") -> str | None:
    """The territory written (en_US, kar_MM), else the likely one of the language (CLDR)."""
    if locale is not None and locale.territory:
        return locale.territory
    if _subtags(code):
        return _subtags(code)[0]
    likely = get_global("likely_subtags").get(locale.language if locale is not None else language_of(code))
    return parse_locale(likely)[1] if likely else None


def default_page_size(locale: Locale | None, code: str = "") -> str:
    """US Letter where CLDR says paper is Letter, A4 everywhere else."""
    return "Letter" if territory_of(locale, code) in _LETTER_TERRITORIES else "A4"


def well_formed(code: str) -> bool:
    """Whether ``code`` is written as gettext names a locale, whether or not CLDR knows it: hmn, kar_MM."""
    return _WELL_FORMED.fullmatch(code) is not None


def language_of(code: str) -> str:
    """The ISO 639 language a gettext code is written with: ``tl`` for tl (which Babel reads as fil)."""
    return re.split(r"[_@-]", code, maxsplit=1)[0].lower()


def _subtags(code: str) -> list[str]:
    """What ``code`` writes after its language, modifier left out: ``["MM"]`` for kar_MM@x, ``[]`` for hmn."""
    return code.partition("@")[0].split("_")[1:]


def _alias(code: str) -> str | None:
    """What CLDR writes the language of ``code`` as, when it writes it another way (iw -> he, tl -> fil)."""
    return get_global("language_aliases").get(language_of(code))


def read(code: str) -> Locale | None:
    """Babel's reading of ``code`` in any common spelling (``zh-TW``, ``sr@latin``), or None.

    A language CLDR files under another code keeps the territory written, none added:
    ``tl`` is fil (not fil_PH), ``tl_US`` fil_US."""
    alias = _alias(code)
    if alias is not None and well_formed(code) and "_" not in alias:
        try:
            return Locale(alias, next(iter(_subtags(code)), None))
        except (ValueError, TypeError, UnknownLocaleError):
            return None
    code, _, modifier = code.partition("@")
    script = {name: script for script, name in _SCRIPT_MODIFIERS.items()}.get(modifier.lower())
    for separator in ("_", "-"):
        try:
            locale = Locale.parse(code, sep=separator)
        except (ValueError, TypeError, UnknownLocaleError):
            continue
        if not modifier:
            return locale
        try:
            return Locale(
                locale.language, locale.territory, script or locale.script, None if script else modifier.upper()
            )
        except (ValueError, TypeError, UnknownLocaleError):
            return None
    return None


def did_you_mean(code: str, known: Iterable[str]) -> str:
    """ "; did you mean ko_KR?" for ko-KR, ko_kr or ko when ``known`` holds ko_KR: the gettext spelling
    of ``code`` when known, else the known locales of its language; "" when there is none."""
    known = set(known)
    try:
        parse(code)
    except LocaleCodeError as exc:
        if exc.suggestion in known:
            return f"; did you mean {exc.suggestion}?"
    same = same_language(code, known)
    return f"; did you mean {' or '.join(same)}?" if same else ""


def same_language(code: str, known: Iterable[str]) -> list[str]:
    """Those of ``known`` in the language of ``code`` (ko_KR for ko, hmn for hmn_US), sorted; none
    if code is no locale."""
    asked = _language(code)
    if asked is None:
        return []
    return sorted(other for other in known if _language(other) == asked)


def _language(code: str) -> str | None:
    """The language of a locale: CLDR's (fil for tl), else as written in a code CLDR lacks (hmn_US: hmn)."""
    locale = read(code)
    if locale is not None:
        return locale.language
    return language_of(code) if well_formed(code) else None


def _babel_version() -> str:
    import babel

    return babel.__version__


def direction(locale: Locale) -> str:
    """How the locale's text runs, from CLDR: "rtl" (العربية) or "ltr"."""
    return "rtl" if locale.character_order == "right-to-left" else "ltr"
