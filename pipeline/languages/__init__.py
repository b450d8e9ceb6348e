"""What the pipeline knows about particular languages: one module each, data only.

The checks are written once, for every language; what differs between
languages (script, how numbers and units are written, which words mean
"day", "not" or "at most") is data here, all of a language in one module:

- ``language.py``: the :class:`Language` record, every field documented;
- ``en.py``, ``ko.py``, ``es.py``, ``ar.py``, ``zh.py``, ``de.py``, ``fr.py``,
  ``pt.py``: one ``LANGUAGE`` each (tested by ``tests/languages/test_<code>.py``);
- ``scripts.py``: writing systems, from Unicode's Script property (the one
  definition of Hangul, Han, Arabic ... for the whole pipeline);
- ``symbols.py``: unit symbols every language writes alike.

Korean is the first target language and has the fullest data; Spanish,
German, French, Portuguese (pt_BR and pt_PT alike), Arabic and Chinese have
enough for the generic rules not to be noisy (bench/meaning_noise.py measures it).  The
meaning checks ([negation], [limits], [comparison], [urgency], [number-words],
[emergency]) read a language's negation, limit, direction, urgency and number words
from the same record, and say
nothing for a language without them (rather than guess).  A
language without a module still gets every language-independent rule, and
its script from CLDR (``el`` is written in Greek).  To add one: a module with ``LANGUAGE``, listed in
``_MODULES`` below, and its test file.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from dataclasses import replace
from functools import cache

from babel import Locale, UnknownLocaleError, localedata
from babel.numbers import get_decimal_symbol, get_group_symbol

from pipeline.languages import en
from pipeline.languages.language import ABBREVIATIONS_WRITTEN_ALIKE, Language
from pipeline.languages.scripts import Script
from pipeline.locale_codes import likely_script

__all__ = ["ENGLISH", "LANGUAGES", "Language", "language_for", "readers_separators"]

_MODULES = ("en", "ko", "es", "ar", "zh", "de", "fr", "pt")  # each module's name is its language's code


class _Languages(Mapping[str, Language]):
    """The language of each module, by its code; a module is imported when its language is
    first asked for: checking Korean catalogs compiles none of German's patterns (a fiftieth of
    a second for the eight modules, in every command)."""

    def __getitem__(self, code: str) -> Language:
        if code not in _MODULES:
            raise KeyError(code)
        return _language(code)

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)

    def __contains__(self, code: object) -> bool:
        return code in _MODULES


@cache
def _language(code: str) -> Language:
    language = importlib.import_module(f"pipeline.languages.{code}").LANGUAGE
    assert language.code == code, f"pipeline/languages/{code}.py holds the language {language.code!r}"
    return language


LANGUAGES: Mapping[str, Language] = _Languages()  # read-only: language data is shared by every check
ENGLISH = en.LANGUAGE  # the source language of every leaflet


@cache
def language_for(locale_code: str, script: str | None = None, formats_like: str | None = None) -> Language:
    """The data for a gettext locale code (``ko_KR`` -> Korean), never failing.

    Number separators come from CLDR for the exact locale, so a later
    ``es_ES`` reads ``1.000,5`` correctly without any data here. A language
    CLDR lacks (hmn, kar) has the ``script`` and ``formats_like`` leaflets.toml
    declares for it.
    """
    try:
        locale = Locale.parse(locale_code)
    except (ValueError, TypeError, UnknownLocaleError):
        return _declared(locale_code, script, formats_like)
    base = LANGUAGES.get(locale.language) or Language(
        code=locale.language,
        english_name=locale.get_display_name("en") or locale.language,
        script=_written_in(locale),
        abbreviations=ABBREVIATIONS_WRITTEN_ALIKE,
    )
    return replace(
        base,
        decimal_symbol=get_decimal_symbol(locale),
        group_symbol=get_group_symbol(locale),
    )


@cache
def readers_separators(language: Language, locale_code: str, region: str) -> tuple[str, str]:
    """The decimal and group marks ``language``'s readers in ``region`` write (CLDR): those of the
    language as written in the readers' region when the locale code names no territory of its own
    and CLDR has that variant (``es`` for readers in the US is es_US: 1,000.5, as in Mexico; es
    alone is Spain's 1.000,5), else the language's own (``pt_BR`` keeps Brazil's; ``de`` for
    readers in the US is German's, CLDR having no German of the US)."""
    own = (language.decimal_symbol, language.group_symbol)
    try:
        locale = Locale.parse(locale_code)
    except (ValueError, TypeError, UnknownLocaleError):
        return own  # a language CLDR lacks: its formats_like
    if locale.territory or not region:
        return own
    regional = "_".join(part for part in (locale.language, locale.script, region) if part)
    if not localedata.exists(regional):
        return own
    return get_decimal_symbol(regional), get_group_symbol(regional)


def _declared(locale_code: str, script: str | None, formats_like: str | None) -> Language:
    language = Language(
        code=locale_code,
        script=Script(script) if script and script != "Latn" else None,
        abbreviations=ABBREVIATIONS_WRITTEN_ALIKE,
    )
    if formats_like is None:
        return language
    formats = Locale.parse(formats_like)
    return replace(language, decimal_symbol=get_decimal_symbol(formats), group_symbol=get_group_symbol(formats))


def _written_in(locale: Locale) -> Script | None:
    """The script of a language without a module, from CLDR (Greek, Telugu, Thai ...);
    None for Latin, which English shares (only the identical-text rules apply)."""
    code = locale.script or likely_script(locale.language, locale.territory)
    return Script(code) if code and code != "Latn" else None
