"""Project settings read from ``leaflets.toml``: one frozen object, no globals.

The file is validated as a whole when it is loaded, against ``SCHEMA``: every
table and key, its type and its allowed values. A typo (``pagesize``,
``line_brake``) is an error with a "did you mean" suggestion, not a setting
silently left at its default; every message names the line. To add a setting,
add its ``Key`` to ``SCHEMA`` and read it in ``parse_project``.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from babel import Locale

from pipeline import css, locale_codes, variants
from pipeline.declared_languages import (
    DECLARED_KEYS,
    DeclaredLanguage,
    cldr_lacks,
    declared_language,
    missing,
    plural_forms_problem,
    script_problem,
)
from pipeline.emergency_numbers import unconfirmed_number_problem
from pipeline.errors import ConfigError, ConfigErrors
from pipeline.languages import LANGUAGES, language_for
from pipeline.languages.scripts import script_direction
from pipeline.plurals import PluralRule
from pipeline.regions import REQUIRED_KEYS as REGION_REQUIRED_KEYS
from pipeline.regions import Region, emergency_problem, language_line_problem, region_code_problem
from pipeline.safe_paths import input_problem
from pipeline.toml_lines import KeyLines, key_lines

CONFIG_NAME = "leaflets.toml"
COMMON_DOMAIN = "common"
LINE_BREAKS = ("normal", "keep-all")  # keep-all: lines break only between words (Korean)
REQUIRED, OPTIONAL = "required", "optional"  # [locales.*] sign_off: is a translation review needed for a release?
SIGN_OFF = (REQUIRED, OPTIONAL)
DEFAULT_MAX_LEAFLET_KB = 512
# [locales.*] text_scale: the page's text sizes times this, for a script whose letters are small
# for their size. Naskh Arabic's letters stand 0.34 to 0.41 of the em above the line (Noto Naskh
# Arabic: س م ن ه), a Latin font's lowercase 0.54 to 0.56 (Noto Sans, DejaVu Sans): at the English's
# 12 pt an Arabic page reads as if set at 8 or 9. 1.2 brings it to about 0.85 of the Latin; matching
# it fully (1.4) would set a heading of a few words on three lines.
DEFAULT_TEXT_SCALES = {"Arab": 1.2}
TEXT_SCALE_RANGE = (0.8, 1.5)
CATALOG_SIZE_FACTOR = 4


@dataclass(frozen=True)
class LocaleSettings:
    code: str  # gettext/POSIX form, e.g. "ko_KR"
    page_size: str  # a CSS @page size, in one spelling: "A4", "letter landscape"
    font_family: tuple[str, ...]
    line_break: str = "normal"  # "keep-all": break lines only between words (Korean)
    region: Region | None = None  # where its readers are (pipeline/regions.py)
    # Also a 16 pt PDF (<id>.large.pdf) whenever PDFs are built, as `build --large-print` does.
    large_print: bool = False
    # "required": a release needs a translation review recorded by `leaflets review` (pipeline/review.py);
    # "optional": for a project that does not review (its pages say the translation is not reviewed).
    sign_off: str = REQUIRED
    # Another configured locale has the same language (es and es_MX): name the territory too.
    shares_language: bool = False
    # What CLDR would give, for a language it has no data for (hmn); None for every other.
    declared: DeclaredLanguage | None = None
    # The leaflets.toml text_scale; None: its script's (DEFAULT_TEXT_SCALES), see text_size_scale.
    text_scale: float | None = None

    @property
    def pdf_variants(self) -> tuple[str, ...]:
        """The other PDFs (pipeline/variants.py) this locale always gets beside its usual one."""
        return (variants.LARGE_PRINT,) if self.large_print else ()

    @property
    def babel(self) -> Locale:
        """The CLDR locale its dates, numbers and country names are written as: its own,
        or for a declared language the one it is ``formats_like``."""
        if self.declared is not None:
            return Locale.parse(self.declared.formats_like)
        locale = locale_codes.read(self.code)
        if locale is None:  # config validation refuses such a code; a direct caller gets Babel's error
            return Locale.parse(self.code)
        return locale

    @property
    def language(self) -> str:
        """Its ISO 639 language as written: ``ko`` for ko_KR, ``hmn``, ``tl`` (which CLDR files under fil)."""
        return locale_codes.language_of(self.code)

    @property
    def script(self) -> str | None:
        """The ISO 15924 code of its script: declared, or CLDR's (Hang for ko_KR)."""
        return self.declared.script if self.declared else locale_codes.script_of(self.babel)

    @property
    def text_size_scale(self) -> float:
        """What its pages' text sizes are multiplied by: its text_scale, or its script's default (1.2
        for Arabic), or 1."""
        if self.text_scale is not None:
            return self.text_scale
        return DEFAULT_TEXT_SCALES.get(self.script or "", 1.0)

    @property
    def plural_rule(self) -> PluralRule | None:
        """The declared Plural-Forms of a language CLDR lacks; None where gettext and CLDR know them."""
        return self.declared.plural_rule if self.declared else None

    @property
    def bcp47(self) -> str:
        """The HTML ``lang`` value: ``ko_KR`` -> ``ko-KR``, ``sr@latin`` -> ``sr-Latn``."""
        if "@" not in self.code:
            return self.code.replace("_", "-")
        locale = self.babel
        return "-".join(part for part in (locale.language, locale.script, locale.territory) if part)

    @property
    def direction(self) -> str:
        if self.declared:
            return script_direction(self.declared.script)
        return locale_codes.direction(self.babel)

    @property
    def native_name(self) -> str:
        """The language named in itself (한국어, English, Hmoob), without the region unless
        another configured locale speaks the same language (Español, Español (México))."""
        if self.declared:
            return self.declared.name
        locale = self.babel
        if locale.language != self.language:  # tl, tw: CLDR names Tagalog in the data of fil
            # (Twi is named in English only: the same word)
            name = locale.languages.get(self.language) or Locale("en").languages.get(self.language) or self.code
        else:
            named = locale if self.shares_language else Locale(locale.language, script=locale.script)
            name = named.get_display_name(locale)
        return name[:1].upper() + name[1:] if name else self.code


@dataclass(frozen=True)
class Notices:
    """Standard notices on every page ([notices] in leaflets.toml; all on by default)."""

    language_assistance: bool = True  # free language help, with the region's language_line
    translation: bool = True  # "this is a translation of the English version of DATE ..."


@dataclass(frozen=True)
class Project:
    root: Path
    name: str
    source_locale: str
    copyright_holder: str
    bugs_address: str
    locales: tuple[LocaleSettings, ...]
    do_not_translate: tuple[str, ...] = field(default=())
    max_leaflet_kb: int = DEFAULT_MAX_LEAFLET_KB
    notices: Notices = field(default_factory=Notices)
    # Where each setting is written in leaflets.toml, for messages about it.
    config_lines: KeyLines = field(default_factory=KeyLines, compare=False, repr=False)

    @property
    def source_dir(self) -> Path:
        return self.root / "source"

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    @property
    def dist_dir(self) -> Path:
        return self.root / "dist"

    @property
    def target_locales(self) -> tuple[LocaleSettings, ...]:
        """Every configured locale except the source language."""
        return tuple(loc for loc in self.locales if loc.code != self.source_locale)

    def declared_plural_rule(self, code: str) -> PluralRule | None:
        """The Plural-Forms leaflets.toml declares for ``code``, a language CLDR lacks; else None."""
        return next((loc.plural_rule for loc in self.locales if loc.code == code), None)

    def english_name(self, code: str) -> str:
        """Korean (South Korea), Hmong, Tagalog: the locale named in English, for catalog headers and notes."""
        locale = locale_codes.read(code)
        language = locale_codes.language_of(code)
        if locale is not None and locale.language == language:
            return locale.english_name or code
        return Locale("en").languages.get(language) or code  # hmn; tl, which CLDR files under fil

    def locale(self, code: str) -> LocaleSettings:
        for loc in self.locales:
            if loc.code == code:
                return loc
        known = ", ".join(loc.code for loc in self.locales)
        raise ConfigError(f"locale {code!r} is not configured (configured: {known})", CONFIG_NAME)

    @property
    def max_catalog_kb(self) -> int:
        """A catalog holds a leaflet's text twice (English and translation) and its comments."""
        return CATALOG_SIZE_FACTOR * self.max_leaflet_kb

    def catalog_problem(self, path: Path) -> str | None:
        """Why a catalog (or template) under locales/ must not be read: a link out, not a file, too big."""
        return input_problem(
            path,
            self.locales_dir,
            self.root,
            self.max_catalog_kb,
            f"{CATALOG_SIZE_FACTOR} times max_leaflet_kb in {CONFIG_NAME}",
        )

    def setting(self, *path: str) -> str:
        """``leaflets.toml:LINE`` of a setting, for messages that blame it."""
        line = self.config_lines.line_of(*path)
        return f"{CONFIG_NAME}:{line}" if line else CONFIG_NAME

    def pot_path(self, domain: str) -> Path:
        return self.locales_dir / f"{domain}.pot"

    def po_path(self, locale: str, domain: str) -> Path:
        return self.locales_dir / locale / "LC_MESSAGES" / f"{domain}.po"

    def relative(self, path: Path) -> str:
        """A path as users see it in messages: relative to the project root.

        Lexical, not resolved: a symbolic link is named where it is, never by
        the (possibly absolute) place it points to.
        """
        path = path if path.is_absolute() else Path.cwd() / path
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            pass
        # The root resolved only when the path is not under it as written: resolving is a system
        # call per part of the path, and a check names a file a few times per catalog.
        try:
            return path.relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.name


# -- the schema ----------------------------------------------------------------

Check = Callable[[Any], str | None]  # an error message, or None when the value is right


@dataclass(frozen=True)
class Key:
    """One setting: what it must be, said the way the message will say it."""

    expected: str  # "text", "a list of text"
    check: Check


@dataclass(frozen=True)
class Table:
    keys: Mapping[str, Key]
    per_name: bool = False  # [locales.<code>]: one table per name, each with ``keys``
    check_name: Check | None = None  # for per_name tables: is <name> allowed?
    required: tuple[str, ...] = ()  # keys each table must have


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return "must be text in quotes"
    if not value.strip() or any(ord(ch) < 32 for ch in value):
        return "must be non-empty text on one line"
    return None


def _text_list(value: Any) -> str | None:
    if not isinstance(value, list):
        return 'must be a list of text, e.g. ["IVIG", "IgG"]'
    for index, item in enumerate(value):
        problem = _text(item)
        if problem:
            return f"item {index + 1} ({item!r}) {problem}"
    return None


def _font_family(value: Any) -> str | None:
    if isinstance(value, str):
        value = [value]
    problem = _text_list(value)
    if problem:
        return f'must be a list of font family names, first choice first, e.g. ["Noto Sans CJK KR"]; {problem}'
    if not value:
        return "must name at least one font family"
    return None


def _choice(*allowed: str) -> Check:
    def check(value: Any) -> str | None:
        if value in allowed:
            return None
        hint = _did_you_mean(str(value), allowed)
        return f"is {' or '.join(repr(a) for a in allowed)}, not {value!r}{hint}"

    return check


def _page_size(value: Any) -> str | None:
    if not isinstance(value, str):
        return 'must be text in quotes, e.g. "A4" or "letter"'
    try:
        css.page_size(value)
    except css.PageSizeError as exc:
        return str(exc) + (f"; did you mean {exc.suggestion!r}?" if exc.suggestion else "")
    return None


def _locale_code(value: Any) -> str | None:
    if not isinstance(value, str):
        return 'must be a locale code in quotes, e.g. "en"'
    try:
        locale_codes.parse(value)
    except locale_codes.LocaleCodeError as exc:
        return str(exc)
    return None


def _locale_name(value: Any) -> str | None:
    """A [locales.<code>] name: a code CLDR knows, or one it lacks whose table declares the rest."""
    problem = _locale_code(value)
    return None if problem is None or cldr_lacks(value) else problem


def _region_code(value: Any) -> str | None:
    if not isinstance(value, str):
        return 'must be a region code in quotes, e.g. "US"'
    return None  # whether [regions.<value>] is declared: _undeclared_regions


def _text_scale(value: Any) -> str | None:
    low, high = TEXT_SCALE_RANGE
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        return f"must be a number from {low} to {high} (1.2: text 20% larger), not {value!r}"
    return None


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"is true or false (no quotes), not {value!r}"


def _positive_int(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        return f"must be a whole number above 0, not {value!r}"
    return None


SCHEMA: dict[str, Table] = {
    "project": Table(
        {
            "name": Key("text", _text),
            "source_locale": Key("a locale code", _locale_code),
            "copyright_holder": Key("text", _text),
            "bugs_address": Key("text", _text),
            "max_leaflet_kb": Key("a whole number", _positive_int),
        }
    ),
    "locales": Table(
        {
            "page_size": Key("a CSS page size", _page_size),
            "font_family": Key("a list of font families", _font_family),
            "line_break": Key("normal or keep-all", _choice(*LINE_BREAKS)),
            "region": Key("a region code", _region_code),
            "large_print": Key("true or false", _boolean),
            "sign_off": Key("required or optional", _choice(*SIGN_OFF)),
            "text_scale": Key("a number", _text_scale),
            # Only for a language CLDR has no data for (DECLARED_KEYS).
            "name": Key("text", _text),
            "plural_forms": Key("a Plural-Forms rule", plural_forms_problem),
            "script": Key("an ISO 15924 script code", script_problem),
            "formats_like": Key("a locale code", _locale_code),
        },
        per_name=True,
        check_name=_locale_name,
    ),
    # Where readers are (pipeline/regions.py): [regions.US], [regions.KR].
    "regions": Table(
        {
            "emergency": Key("the number to dial", emergency_problem),
            # The publisher's word for a number pipeline/emergency_numbers.py does not list.
            "emergency_confirmed": Key("the number to dial", emergency_problem),
            "page_size": Key("a CSS page size", _page_size),
            "language_line": Key("a phone number", language_line_problem),
        },
        per_name=True,
        check_name=region_code_problem,
        required=REGION_REQUIRED_KEYS,
    ),
    "glossary": Table(
        {
            "do_not_translate": Key("a list of text", _text_list),
        }
    ),
    # Standard notices on every page (templates/notices.html).
    "notices": Table(
        {
            "language_assistance": Key("true or false", _boolean),
            "translation": Key("true or false", _boolean),
        }
    ),
}


def validate(data: Mapping[str, Any], lines: KeyLines, schema: Mapping[str, Table] = SCHEMA) -> list[ConfigError]:
    """Every problem of the parsed file, each with its line; empty when it is right."""
    problems: list[ConfigError] = []

    def problem(message: str, *path: str) -> None:
        problems.append(ConfigError(message, CONFIG_NAME, lines.line_of(*path)))

    for name, value in data.items():
        table = schema.get(name)
        if table is None:
            problem(
                f"unknown table [{name}]{_did_you_mean(name, schema)}; known tables: "
                f"{', '.join(f'[{known}]' for known in schema)}",
                name,
            )
            continue
        if not isinstance(value, dict):
            problem(f"{name} must be a table ([{name}])", name)
            continue
        if not table.per_name:
            problems.extend(_validate_keys(value, table, (name,), lines))
            continue
        for entry, settings in value.items():
            where = (name, entry)
            if table.check_name and (message := table.check_name(entry)):
                problem(f"[{name}.{entry}]: {message}", *where)
            if not isinstance(settings, dict):
                problem(f"{name}.{entry} must be a table ([{name}.{entry}])", *where)
                continue
            problems.extend(_validate_keys(settings, table, where, lines))
    for path, line in lines.duplicates:
        problems.append(ConfigError(f"{'.'.join(path)} is defined twice", CONFIG_NAME, line))
    return sorted(problems, key=lambda error: error.line or 0)


def _validate_keys(
    values: Mapping[str, Any], table: Table, where: tuple[str, ...], lines: KeyLines
) -> list[ConfigError]:
    problems = []
    header = ".".join(where)
    for key in table.required:
        if key not in values:
            problems.append(
                ConfigError(f"[{header}] needs {key} ({table.keys[key].expected})", CONFIG_NAME, lines.line_of(*where))
            )
    for key, value in values.items():
        line = lines.line_of(*where, key)
        spec = table.keys.get(key)
        if spec is None:
            problems.append(
                ConfigError(
                    f"unknown setting {key!r} in [{header}]{_did_you_mean(key, table.keys)}; "
                    f"known: {', '.join(table.keys)}",
                    CONFIG_NAME,
                    line,
                )
            )
        elif message := spec.check(value):
            problems.append(ConfigError(f"[{header}] {key} {message}", CONFIG_NAME, line))
    return problems


def _undeclared_regions(locales: Mapping[str, Any], regions: Mapping[str, Any], lines: KeyLines) -> list[ConfigError]:
    problems = []
    for code, settings in locales.items():
        name = settings.get("region") if isinstance(settings, dict) else None
        if isinstance(name, str) and name not in regions:
            declared = ", ".join(sorted(regions)) or "none"
            hint = _did_you_mean(name, regions) or _did_you_mean(name.upper(), regions)
            problems.append(
                ConfigError(
                    f"[locales.{code}] region {name!r} has no [regions.{name}] table (declared: {declared}){hint}",
                    CONFIG_NAME,
                    lines.line_of("locales", code, "region"),
                )
            )
    return problems


def _unconfirmed_emergency_numbers(regions: Mapping[str, Any], lines: KeyLines) -> list[ConfigError]:
    """A region's emergency number that pipeline/emergency_numbers.py does not list for it, and that
    the publisher has not confirmed: every page in every language would send patients to it."""
    problems = []
    for code, settings in regions.items():
        if not isinstance(settings, dict) or region_code_problem(code):
            continue  # validate() names what is wrong with the table itself
        number, confirmed = settings.get("emergency"), settings.get("emergency_confirmed")
        if not isinstance(number, str) or emergency_problem(number):
            continue
        if confirmed is not None and (not isinstance(confirmed, str) or emergency_problem(confirmed)):
            continue
        if message := unconfirmed_number_problem(code, number, confirmed):
            key = "emergency" if confirmed is None else "emergency_confirmed"
            problems.append(
                ConfigError(f"[regions.{code}] {message}", CONFIG_NAME, lines.line_of("regions", code, key))
            )
    return problems


def _unreviewed_without_checks(locales: Mapping[str, Any], source_locale: Any, lines: KeyLines) -> list[ConfigError]:
    """``sign_off = "optional"`` lets a page out with no second translator, standing on the checks
    that read a translation's meaning ([negation], [limits], [comparison], the periods of [units]);
    a language with no data in pipeline/languages/ has none of them, so "do not take" said as
    "take" would reach patients with nothing to stop it."""
    problems = []
    for code, settings in locales.items():
        if code == source_locale or not isinstance(settings, dict) or settings.get("sign_off") != OPTIONAL:
            continue
        language = language_for(code)
        if language.code in LANGUAGES:
            continue
        name = language.english_name or code
        problems.append(
            ConfigError(
                f'[locales.{code}] sign_off = "optional" releases pages no second translator has read, '
                f"relying on [negation], [limits], [comparison] and the periods of [units] instead, and none of "
                f'them reads {name} (no data in pipeline/languages/): a dropped "not" would reach patients; '
                f"delete the line, so its pages are released once reviewed (docs/reviewer.md)",
                CONFIG_NAME,
                lines.line_of("locales", code, "sign_off"),
            )
        )
    return problems


def _declarations(locales: Mapping[str, Any], lines: KeyLines) -> list[ConfigError]:
    """A language CLDR lacks must declare what CLDR would give, all of it; one CLDR knows must
    declare none of it (pipeline/declared_languages.py)."""
    problems = []
    for code, settings in locales.items():
        if not isinstance(settings, dict) or not isinstance(code, str):
            continue
        lacks = cldr_lacks(code)
        if lacks:
            undeclared = missing(settings)
            if undeclared:
                problems.append(
                    ConfigError(
                        f"[locales.{code}]: {lacks}; declare {undeclared}",
                        CONFIG_NAME,
                        lines.line_of("locales", code),
                    )
                )
        elif locale_codes.read(code) is not None:
            for key in DECLARED_KEYS:
                if key in settings:
                    problems.append(
                        ConfigError(
                            f"[locales.{code}] {key}: CLDR has the data of {code}, which its pages use; delete {key}",
                            CONFIG_NAME,
                            lines.line_of("locales", code, key),
                        )
                    )
    return problems


def _declared_names_taken(locales: Sequence[LocaleSettings], lines: KeyLines) -> list[ConfigError]:
    """A declared name another locale already has: every language switcher and the index would
    list two languages by one name (two variants of Hmong both "Hmoob"). CLDR names its own
    apart (Español, Español (México)); a declared name is the project's to tell apart."""

    def name_line(locale: LocaleSettings) -> int:
        return lines.line_of("locales", locale.code, "name") or 0

    def later(locale: LocaleSettings, other: LocaleSettings) -> bool:
        return (name_line(locale), locale.code) > (name_line(other), other.code)

    problems = []
    for locale in locales:
        if locale.declared is None:
            continue
        name = locale.native_name.casefold()  # Hmoob and HMOOB are one name to a reader
        others = [other for other in locales if other is not locale and other.native_name.casefold() == name]
        # Of two declared names, the later in the file is the one to change (init's, say).
        if any(other.declared is None or later(locale, other) for other in others):
            problems.append(
                ConfigError(
                    f"[locales.{locale.code}] name {locale.native_name!r} is also the name of "
                    + ", ".join(other.code for other in others)
                    + ": readers choosing a language could not tell them apart; name the territory too,"
                    f" e.g. {locale.native_name + ' (…)'!r}",
                    CONFIG_NAME,
                    name_line(locale) or None,
                )
            )
    return problems


def _did_you_mean(word: str, known) -> str:
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6) or difflib.get_close_matches(
        word.lower().replace("-", "_"), list(known), n=1, cutoff=0.6
    )
    return f" (did you mean {close[0]!r}?)" if close else ""


# -- loading -------------------------------------------------------------------


def find_root(start: Path | None = None) -> Path:
    """The nearest directory at or above ``start`` that holds leaflets.toml."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / CONFIG_NAME).is_file():
            return candidate
    raise ConfigError(f"no {CONFIG_NAME} found here or in any parent directory; run leaflets in the project")


_TOML_POSITION = re.compile(r"\s*\(at line (?P<line>\d+), column (?P<column>\d+)\)$")


def read_config(data: bytes) -> tuple[dict, KeyLines]:
    """The parsed file and where its keys are; ConfigError naming the line otherwise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8", CONFIG_NAME, line
        ) from None
    text = text.removeprefix("\ufeff")  # a byte order mark some editors write
    lines = key_lines(text)
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        position = _TOML_POSITION.search(message)
        at: int | None = int(position["line"]) if position else None
        message = _TOML_POSITION.sub(f" (column {position['column']})" if position else "", message)
        if at is None and lines.duplicates:
            path, at = lines.duplicates[0]
            message = f"{'.'.join(path)} is defined twice"
        raise ConfigError(f"not valid TOML: {message}", CONFIG_NAME, at) from None
    return parsed, lines


def load_project(root: Path | None = None) -> Project:
    root = find_root(root)
    try:
        data = (root / CONFIG_NAME).read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read it: {exc.strerror}", CONFIG_NAME) from None
    return project_from(root, data)


def project_from(root: Path, data: bytes) -> Project:
    """The project a leaflets.toml of these bytes describes; ConfigError(s) naming each line wrong."""
    parsed, lines = read_config(data)
    return parse_project(root, parsed, lines)


def parse_project(root: Path, data: dict, lines: KeyLines | None = None) -> Project:
    lines = lines or KeyLines()
    problems = validate(data, lines)
    project = data.get("project", {})
    source_locale = project.get("source_locale", "en")
    locales_table = data.get("locales", {})
    regions_table = data.get("regions", {})
    if isinstance(source_locale, str) and isinstance(locales_table, dict) and source_locale not in locales_table:
        problems.append(
            ConfigError(
                f"source_locale {source_locale!r} needs a [locales.{source_locale}] table",
                CONFIG_NAME,
                lines.line_of("project", "source_locale"),
            )
        )
    if isinstance(locales_table, dict) and isinstance(regions_table, dict):
        problems += _undeclared_regions(locales_table, regions_table, lines)
    if isinstance(regions_table, dict):
        problems += _unconfirmed_emergency_numbers(regions_table, lines)
    if isinstance(locales_table, dict):
        problems += _declarations(locales_table, lines)
        problems += _unreviewed_without_checks(locales_table, source_locale, lines)
    if problems:
        raise ConfigErrors(sorted(problems, key=lambda error: error.line or 0))
    regions = {
        code: Region(code, settings["emergency"], settings["page_size"], settings.get("language_line", ""))
        for code, settings in regions_table.items()
    }
    locales = []
    for code, settings in locales_table.items():
        fonts = settings.get("font_family", ["sans-serif"])
        region = regions.get(settings["region"]) if "region" in settings else None
        locales.append(
            LocaleSettings(
                code=code,
                # The locale's own page_size wins; otherwise its readers' region decides.
                page_size=settings.get("page_size") or (region.page_size if region else "A4"),
                font_family=tuple([fonts] if isinstance(fonts, str) else fonts),
                line_break=settings.get("line_break", "normal"),
                region=region,
                large_print=settings.get("large_print", False),
                sign_off=settings.get("sign_off", REQUIRED),
                declared=declared_language(settings, f"{CONFIG_NAME} plural_forms"),
                text_scale=float(settings["text_scale"]) if "text_scale" in settings else None,
            )
        )
    # The source language first, then the others in a stable order.
    locales.sort(key=lambda loc: (loc.code != source_locale, loc.code))
    languages = Counter((loc.language, loc.script) for loc in locales)
    locales = [replace(loc, shares_language=languages[loc.language, loc.script] > 1) for loc in locales]
    same_name = _declared_names_taken(locales, lines)
    if same_name:
        raise ConfigErrors(same_name)
    glossary = data.get("glossary", {})
    notices = data.get("notices", {})
    return Project(
        root=root,
        name=project.get("name", root.name),
        source_locale=source_locale,
        copyright_holder=project.get("copyright_holder", ""),
        bugs_address=project.get("bugs_address", ""),
        locales=tuple(locales),
        do_not_translate=tuple(glossary.get("do_not_translate", ())),
        max_leaflet_kb=project.get("max_leaflet_kb", DEFAULT_MAX_LEAFLET_KB),
        notices=Notices(**notices),
        config_lines=lines,
    )
