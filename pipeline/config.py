"""Project settings read from ``leaflets.toml``: one frozen object, no globals."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale, UnknownLocaleError

from pipeline.errors import ConfigError
from pipeline.regions import Region, parse_regions, region_for

CONFIG_NAME = "leaflets.toml"
COMMON_DOMAIN = "common"


@dataclass(frozen=True)
class LocaleSettings:
    code: str  # gettext/POSIX form, e.g. "ko_KR"
    page_size: str
    font_family: tuple[str, ...]
    line_break: str = "normal"  # "keep-all": break lines only between words (Korean)
    region: Region | None = None  # where its readers are (pipeline/regions.py)

    @property
    def babel(self) -> Locale:
        return Locale.parse(self.code)

    @property
    def bcp47(self) -> str:
        """The HTML ``lang`` value: ``ko_KR`` -> ``ko-KR``."""
        return self.code.replace("_", "-")

    @property
    def direction(self) -> str:
        return "rtl" if self.babel.character_order == "right-to-left" else "ltr"

    @property
    def native_name(self) -> str:
        """The language named in itself (한국어, English), without the region."""
        locale = self.babel
        name = Locale(locale.language, script=locale.script).get_display_name(locale)
        return name[:1].upper() + name[1:] if name else self.code


@dataclass(frozen=True)
class Project:
    root: Path
    name: str
    source_locale: str
    copyright_holder: str
    bugs_address: str
    locales: tuple[LocaleSettings, ...]
    do_not_translate: tuple[str, ...] = field(default=())

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

    def locale(self, code: str) -> LocaleSettings:
        for loc in self.locales:
            if loc.code == code:
                return loc
        known = ", ".join(loc.code for loc in self.locales)
        raise ConfigError(f"locale {code!r} is not configured (configured: {known})", CONFIG_NAME)

    def pot_path(self, domain: str) -> Path:
        return self.locales_dir / f"{domain}.pot"

    def po_path(self, locale: str, domain: str) -> Path:
        return self.locales_dir / locale / "LC_MESSAGES" / f"{domain}.po"

    def relative(self, path: Path) -> str:
        """A path as users see it in messages: relative to the project root."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)


def find_root(start: Path | None = None) -> Path:
    """The nearest directory at or above ``start`` that holds leaflets.toml."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / CONFIG_NAME).is_file():
            return candidate
    raise ConfigError(f"no {CONFIG_NAME} found in {here} or any parent directory")


def load_project(root: Path | None = None) -> Project:
    root = find_root(root)
    path = root / CONFIG_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(exc), CONFIG_NAME, getattr(exc, "lineno", None)) from None
    return parse_project(root, data)


def parse_project(root: Path, data: dict) -> Project:
    project = data.get("project", {})
    source_locale = project.get("source_locale", "en")
    regions = parse_regions(data.get("regions", {}))
    locales = []
    for code, settings in data.get("locales", {}).items():
        try:
            Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            raise ConfigError(f"[locales.{code}] is not a locale Babel knows", CONFIG_NAME) from None
        fonts = settings.get("font_family", ["sans-serif"])
        if isinstance(fonts, str):
            fonts = [fonts]
        line_break = settings.get("line_break", "normal")
        if line_break not in ("normal", "keep-all"):
            raise ConfigError(f"[locales.{code}] line_break is 'normal' or 'keep-all', not {line_break!r}", CONFIG_NAME)
        region = region_for(code, settings.get("region"), regions)
        # The locale's own page_size wins; otherwise its readers' region decides.
        page_size = settings.get("page_size") or (region.page_size if region else "A4")
        locales.append(LocaleSettings(code, page_size, tuple(fonts), line_break, region))
    if not any(loc.code == source_locale for loc in locales):
        raise ConfigError(f"source_locale {source_locale!r} needs a [locales.{source_locale}] table", CONFIG_NAME)
    # The source language first, then the others in a stable order.
    locales.sort(key=lambda loc: (loc.code != source_locale, loc.code))
    glossary = data.get("glossary", {})
    return Project(
        root=root,
        name=project.get("name", root.name),
        source_locale=source_locale,
        copyright_holder=project.get("copyright_holder", ""),
        bugs_address=project.get("bugs_address", ""),
        locales=tuple(locales),
        do_not_translate=tuple(glossary.get("do_not_translate", ())),
    )
