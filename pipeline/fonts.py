"""No tofu: the fonts a locale's PDFs are set in cover every character they show.

WeasyPrint asks fontconfig for each ``font_family`` of a locale; a family
that is not installed is silently replaced, and a character no font covers
prints as an empty box ("tofu"). Before a PDF is rendered, this module says
which font will set the page, whether it is the one ``leaflets.toml`` names,
and which characters of the page it cannot show, with the Debian package
that would.

Two halves: pure functions (which characters a page shows, which of them a
set of character maps covers, how to say so) and a thin adapter over
fontconfig's command-line tools (``fc-list``, ``fc-match``, the same
configuration WeasyPrint's Pango reads, ``FONTCONFIG_FILE`` included) and
fontTools (a face's character map).

A character counts as covered when a family's regular and bold faces both
have it (DejaVu Sans Bold lacks 140 characters of DejaVu Sans); italics are
not checked. The HTML pages are set in the reader's own browser fonts and
are not checked here.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from fontTools import unicodedata as script_data
from fontTools.ttLib import TTFont, TTLibError

from pipeline.config import LocaleSettings, Project
from pipeline.languages.scripts import is_pictograph, is_variation_selector
from pipeline.markdown import render_inline_tokens, shown_link
from pipeline.model import Leaflet
from pipeline.translations import TranslationTable

# -- pure: what a page shows ---------------------------------------------------

# What print.css and the templates add to every page: the page counter's
# digits, the [EN] mark of an untranslated passage, a printed link's brackets.
PAGE_FURNITURE = "0123456789[EN] ()"
_PLACEHOLDER = re.compile(r"%\([^)]*\)[a-z]|%%|\{[a-z_]+\}")
_NO_GLYPH_CATEGORIES = ("Cc", "Cf", "Zs", "Zl", "Zp")


def shown(characters: Iterable[str]) -> frozenset[str]:
    """The characters that need a glyph: not spaces, controls, format marks or variation selectors."""
    return frozenset(
        ch
        for ch in set(characters)  # a page's text is thousands of characters, a few hundred distinct
        if unicodedata.category(ch) not in _NO_GLYPH_CATEGORIES and not is_variation_selector(ch)
    )


def _without_placeholders(text: str) -> str:
    return _PLACEHOLDER.sub(lambda match: "%" if match.group() == "%%" else "", text)


def markdown_characters(text: str) -> str:
    """What the page shows of one passage of inline Markdown: its text, and the
    addresses print.css writes after web links."""
    parts = []
    for token in render_inline_tokens(text):
        if token.type in ("text", "code_inline", "text_special"):
            parts.append(token.content)
        elif token.type == "link_open":
            parts.append(shown_link(str(token.attrs.get("href", ""))))
    return "".join(parts)


def page_characters(
    leaflet: Leaflet,
    locale: LocaleSettings,
    table: TranslationTable,
    common: TranslationTable,
    common_msgids: Iterable[str],
) -> frozenset[str]:
    """Every character a leaflet's page in ``locale`` shows, as its tables are now:
    translations, the English a draft falls back to, the templates' text, the
    front matter, the date as CLDR writes it for the locale, the region's values."""
    texts = [markdown_characters(table.resolve(unit.msgid).text) for unit in leaflet.units]
    for msgid in common_msgids:
        texts.append(_without_placeholders(common.resolve(msgid).text))
        texts.extend(_without_placeholders(form) for form in common.plurals.get(msgid, ()))
    texts += [leaflet.reviewed_by, leaflet.version or "", *leaflet.references, PAGE_FURNITURE]
    babel = locale.babel
    texts.append(format_date(leaflet.reviewed_on, "long", locale=babel))
    region = locale.region
    if region is not None:
        texts += [region.emergency, region.language_line, region.name_in(babel)]
    return shown("".join(texts))


# -- pure: coverage and how to say it -------------------------------------------


@dataclass(frozen=True)
class Face:
    """One installed font file (a face of a family), as fontconfig lists it."""

    family: str
    file: str
    index: int = 0

    def describe(self) -> str:
        name = Path(self.file).name
        return f"{self.family} ({name}{f' #{self.index}' if self.index else ''})"


@dataclass(frozen=True)
class MissingFamily:
    family: str
    substitute: str  # what fontconfig sets instead
    suggestion: str | None = None  # an installed family with a close name
    package: str | None = None  # the Debian package that provides it


@dataclass(frozen=True)
class LocaleFonts:
    """What a locale's ``font_family`` resolves to on this machine."""

    locale: str
    faces: tuple[Face, ...]
    missing: tuple[MissingFamily, ...] = ()
    covered: frozenset[int] = field(default=frozenset(), repr=False)
    problem: str = ""  # fontconfig itself is unusable


def uncovered(characters: Iterable[str], covered: frozenset[int]) -> list[str]:
    return sorted(ch for ch in shown(characters) if ord(ch) not in covered)


def script_of(char: str) -> str:
    """The Unicode script of a character; a shared one (the Arabic comma) by the script of a font
    that would have it, so the message and the package name a script people know."""
    script = script_data.script(char)
    if script in ("Zyyy", "Zinh"):
        known = [
            s
            for s in sorted(script_data.script_extension(char))
            if s in _SCRIPT_PACKAGES or s in _SCRIPT_FAMILIES or s in _CJK_FAMILIES
        ]
        known = [s for s in known if s not in ("Zyyy", "Zinh")]
        if any(s in _SCRIPT_PACKAGES and _SCRIPT_PACKAGES[s] == "fonts-noto-cjk" for s in known):
            return "Hani"  # CJK punctuation: the ideographic comma, the prolonged sound mark
        if len(known) == 1 or (known and script == "Zyyy"):
            return known[0]
    return script


# The Debian package with a font for each script (bookworm). fonts-noto-core
# covers most scripts of the world; CJK is packaged on its own.
_SCRIPT_PACKAGES = {
    **{script: "fonts-noto-cjk" for script in ("Hang", "Hani", "Hira", "Kana", "Bopo", "Jpan", "Kore", "Hans", "Hant")},
    **{script: "fonts-dejavu-core" for script in ("Latn", "Grek", "Cyrl", "Zyyy", "Zinh")},
}


def debian_package(char: str) -> str:
    if is_pictograph(char):
        return "fonts-noto-color-emoji"
    return _SCRIPT_PACKAGES.get(script_of(char), "fonts-noto-core")


_FAMILY_PACKAGES = (
    ("Noto Sans CJK", "fonts-noto-cjk"),
    ("Noto Serif CJK", "fonts-noto-cjk"),
    ("Noto Sans Mono CJK", "fonts-noto-cjk"),
    ("DejaVu", "fonts-dejavu-core"),
    ("Noto Color Emoji", "fonts-noto-color-emoji"),
    ("Noto ", "fonts-noto-core"),
    ("Liberation", "fonts-liberation2"),
)


# The font stack a new locale gets, by its script (``leaflets init``); each
# first family is in the Debian package _SCRIPT_PACKAGES names for the script.
# CJK fonts include Latin for English fallbacks; the others add DejaVu Sans,
# but for the Arabic script (_SECOND_FAMILIES).
_CJK_FAMILIES = {
    "Kore": "Noto Sans CJK KR",
    "Jpan": "Noto Sans CJK JP",
    "Hans": "Noto Sans CJK SC",
    "Hant": "Noto Sans CJK TC",
}
_SCRIPT_FAMILIES = {
    # Not Noto Sans Arabic: it draws lam-alef (لا) as one glyph, which WeasyPrint gives one Unicode
    # value, so the PDF's text (a screen reader, search, copy) garbles every word that has one
    # (README, "Right-to-left pages").
    "Arab": "Noto Naskh Arabic",
    "Hebr": "Noto Sans Hebrew",
    "Thai": "Noto Sans Thai",
    "Deva": "Noto Sans Devanagari",
    "Beng": "Noto Sans Bengali",
    "Taml": "Noto Sans Tamil",
    "Ethi": "Noto Sans Ethiopic",
    "Armn": "Noto Sans Armenian",
    "Geor": "Noto Sans Georgian",
    "Khmr": "Noto Sans Khmer",
    "Mymr": "Noto Sans Myanmar",
    "Sinh": "Noto Sans Sinhala",
    "Guru": "Noto Sans Gurmukhi",
    "Gujr": "Noto Sans Gujarati",
    "Telu": "Noto Sans Telugu",
    "Knda": "Noto Sans Kannada",
    "Mlym": "Noto Sans Malayalam",
    "Orya": "Noto Sans Oriya",
    "Laoo": "Noto Sans Lao",
    "Tibt": "Noto Serif Tibetan",  # fonts-noto-core has no sans Tibetan
    "Thaa": "Noto Sans Thaana",
    "Syrc": "Noto Sans Syriac",
    "Cher": "Noto Sans Cherokee",
    "Cans": "Noto Sans Canadian Aboriginal",
    "Tfng": "Noto Sans Tifinagh",
    "Mong": "Noto Sans Mongolian",
    "Yiii": "Noto Sans Yi",
    "Vaii": "Noto Sans Vai",
    "Nkoo": "Noto Sans NKo",
    "Adlm": "Noto Sans Adlam",
    "Olck": "Noto Sans Ol Chiki",
}
# The marks between Arabic words (brackets, %) from Noto Sans, not from DejaVu Sans, which sets the
# English and doses of the shipped pages (the source language's font): WeasyPrint gives each glyph
# of a font one Unicode value, so a bracket both draw, mirrored in one, reads back turned round.
_SECOND_FAMILIES = {"Arab": "Noto Sans"}


def default_font_family(locale: Locale, script: str | None) -> tuple[str, ...]:
    """The font stack for a new locale: Noto Sans CJK TC for zh_TW (HK for zh_HK), an Arabic font for ar and fa."""
    if script == "Hant" and locale.territory in ("HK", "MO"):
        return ("Noto Sans CJK HK",)
    if script in _CJK_FAMILIES:
        return (_CJK_FAMILIES[script],)
    if script in _SCRIPT_FAMILIES:
        return (_SCRIPT_FAMILIES[script], _SECOND_FAMILIES.get(script, "DejaVu Sans"))
    return ("DejaVu Sans",)


def family_package(family: str) -> str | None:
    """The Debian package that installs a family this project is likely to name."""
    return next((package for prefix, package in _FAMILY_PACKAGES if family.startswith(prefix)), None)


def describe_characters(chars: list[str], limit: int = 8) -> str:
    """``1,230 Hangul (가 각 간 …), 4 Latin (A B C D)``, largest script first; invisible ones as U+XXXX."""
    groups: dict[str, list[str]] = {}
    for ch in chars:
        groups.setdefault(script_data.script_name(script_of(ch)), []).append(ch)
    described = []
    for name, group in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        sample = " ".join(
            ch if ch.isprintable() and not unicodedata.combining(ch) else f"U+{ord(ch):04X}" for ch in group[:limit]
        )
        described.append(f"{len(group):,} {name} ({sample}{' …' if len(group) > limit else ''})")
    return ", ".join(described)


def problems(
    project: Project,
    locale: LocaleSettings,
    fonts: LocaleFonts,
    characters: Iterable[str],
    fontconfig: Fontconfig | None = None,
) -> list[str]:
    """Why ``locale``'s PDFs would not show ``characters`` in the fonts it names; empty when they would."""
    where = project.setting("locales", locale.code, "font_family")
    if fonts.problem:
        return [f"{where}: {fonts.problem}"]
    found = []
    for missing in fonts.missing:
        remedy = (
            f"did you mean {missing.suggestion!r}?"
            if missing.suggestion
            else f"install the Debian package {missing.package}"
            if missing.package
            else "install it or name an installed font (fc-list : family)"
        )
        found.append(
            f"{where}: font {missing.family!r} of {locale.code} is not installed; fontconfig would "
            f"set the PDF in {missing.substitute!r} instead; {remedy}"
        )
    gaps = uncovered(characters, fonts.covered)
    if gaps:
        lacking = (
            f"{', '.join(face.family for face in fonts.faces)} cannot show"
            if fonts.faces
            else "no font of its font_family is installed to show"
        )
        found.append(
            f"{where}: {lacking} {len(gaps):,} characters of the {locale.code} PDF, "
            f"{describe_characters(gaps)}; they would print as empty boxes or in a font nobody chose; "
            f"{_remedy(gaps, fontconfig or Fontconfig(), _preferred(locale))}"
        )
    return found


def _remedy(gaps: list[str], fontconfig: Fontconfig, preferred: tuple[str, ...]) -> str:
    """For each Debian package the characters need: an installed family that covers them, or the package."""
    by_package: dict[str, list[str]] = {}
    for ch in gaps:
        by_package.setdefault(debian_package(ch), []).append(ch)
    add, install = [], []
    for package, chars in sorted(by_package.items(), key=lambda item: -len(item[1])):
        script = Counter(script_of(ch) for ch in chars).most_common(1)[0][0]
        own = (_CJK_FAMILIES.get(script), _SCRIPT_FAMILIES.get(script))
        covering = fontconfig.covering(chars, (*(family for family in own if family), *preferred))
        if covering:
            add.append(covering[0])
        else:
            install.append(package)
    steps = []
    if add:
        steps.append(f"add {', '.join(repr(family) for family in dict.fromkeys(add))} (installed) to font_family")
    if install:
        steps.append(
            f"install the Debian package{'s' if len(install) > 1 else ''} {', '.join(install)} and add "
            "its font to font_family"
        )
    return "to show them, " + " and ".join(steps)


def _preferred(locale: LocaleSettings) -> tuple[str, ...]:
    """What ``init`` would give the locale, then DejaVu Sans for Latin."""
    return (*default_font_family(locale.babel, locale.script), "DejaVu Sans")


# -- adapter: fontconfig and fontTools -------------------------------------------

_REGULAR = (80, 0, 100)  # fontconfig's weight, slant and width of a regular face
_BOLD = (200, 0, 100)


class Fontconfig:
    """The fonts WeasyPrint would find, asked of fontconfig's own tools."""

    def locale_fonts(self, locale: LocaleSettings) -> LocaleFonts:
        return _locale_fonts(locale.code, locale.font_family, _configuration())

    def covering(self, chars: list[str], preferred: tuple[str, ...] = (), limit: int = 200) -> list[str]:
        """Installed families that cover every one of ``chars`` (the first ``limit``): ``preferred``
        first, then plain sans-serif text faces, then the rest."""
        charset = " ".join(f"{ord(ch):x}" for ch in chars[:limit])
        listed = _run("fc-list", f":charset={charset}", "family")
        families = {line.split(",")[0].strip() for line in listed.splitlines() if line.strip()}
        special = ("Mono", "Math", "Serif", "Condensed", "Emoji", "Symbol")
        rank = {family: index for index, family in reversed(list(enumerate(preferred)))}
        return sorted(
            families,
            key=lambda family: (
                rank.get(family, len(preferred)),
                " Sans" not in family,
                any(word in family for word in special),
                family,
            ),
        )


def installed_families() -> tuple[str, ...]:
    """Every family fontconfig lists, sorted."""
    return _installed_families(_configuration())


def closest_face(family: str, weight: int, slant: int) -> Face | None:
    """The installed face of ``family`` fontconfig's tools give for a weight and slant (its scale:
    80 regular, 200 bold; 0 upright, 100 italic), as they would WeasyPrint's Pango; None: not installed."""
    return _closest_face(family, (weight, slant, 100), _configuration())


def _configuration() -> tuple[str, str]:
    """What fontconfig reads: answers are remembered per configuration, as a build runs under one."""
    return os.environ.get("FONTCONFIG_FILE", ""), os.environ.get("FONTCONFIG_PATH", "")


@cache
def _locale_fonts(code: str, families: tuple[str, ...], configuration: tuple[str, str]) -> LocaleFonts:
    if not shutil.which("fc-list") or not shutil.which("fc-match"):
        return LocaleFonts(
            code,
            (),
            problem="fontconfig's fc-list and fc-match are not installed (Debian package "
            "fontconfig): the fonts of the PDFs cannot be checked",
        )
    faces, missing, covered = [], [], set[int]()
    for family in families:
        regular = _closest_face(family, _REGULAR, configuration)
        if regular is None:
            missing.append(
                MissingFamily(
                    family,
                    _substitute(family, configuration),
                    _close_family(family, configuration),
                    family_package(family),
                )
            )
            continue
        faces.append(regular)
        # Headings and **strong** text are set in the bold face (Pango emboldens the
        # regular one when there is none): a character counts when both have it.
        bold = _closest_face(family, _BOLD, configuration) or regular
        covered |= _cmap(regular.file, regular.index) & _cmap(bold.file, bold.index)
    return LocaleFonts(code, tuple(faces), tuple(missing), frozenset(covered))


@cache
def _closest_face(family: str, style: tuple[int, int, int], configuration: tuple[str, str]) -> Face | None:
    """The installed face of ``family`` nearest to ``style`` (weight, slant, width), or None."""
    listed = _run(
        "fc-list",
        "-f",
        "%{family[0]}\t%{weight}\t%{slant}\t%{width}\t%{file}\t%{index}\n",
        f":family={_escape(family)}",
    )
    faces = []
    for line in listed.splitlines():
        parts = line.split("\t")
        if len(parts) != 6:
            continue
        name, weight, slant, width, file, index = parts
        try:
            found = (float(weight), float(slant), float(width))
        except ValueError:
            continue
        distance = sum(abs(a - b) for a, b in zip(found, style, strict=True))
        faces.append((distance, file, Face(name, file, int(index or 0))))
    return min(faces, key=lambda item: item[:2])[2] if faces else None


@cache
def _substitute(family: str, configuration: tuple[str, str]) -> str:
    return _run("fc-match", "-f", "%{family[0]}", _escape(family)).strip() or "no font"


@cache
def _installed_families(configuration: tuple[str, str]) -> tuple[str, ...]:
    listed = _run("fc-list", ":", "family")
    return tuple(sorted({name.strip() for line in listed.splitlines() for name in line.split(",") if name.strip()}))


def _close_family(family: str, configuration: tuple[str, str]) -> str | None:
    installed = _installed_families(configuration)
    by_lower = {name.lower(): name for name in installed}
    close = difflib.get_close_matches(family.lower(), list(by_lower), n=1, cutoff=0.8)
    return by_lower[close[0]] if close else None


@lru_cache(maxsize=64)
def _cmap(file: str, index: int) -> frozenset[int]:
    try:
        with TTFont(file, fontNumber=index, lazy=True) as font:
            return frozenset(font.getBestCmap() or {})
    except (OSError, TTLibError, AssertionError, KeyError):  # an unreadable font covers nothing
        return frozenset()


def _escape(family: str) -> str:
    """A family name as a fontconfig pattern reads it (``-``, ``:`` and ``,`` are syntax)."""
    return re.sub(r"([\\\-:,])", r"\\\1", family)


def _run(*command: str) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""
