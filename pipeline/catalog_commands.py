"""``extract``, ``update``, ``init`` and ``compile``: catalogs on disk.

Each returns the messages to show; a broken leaflet or catalog is reported
and skipped, never allowed to stop the others.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from babel import Locale

from pipeline import catalogs, fonts, locale_codes
from pipeline.config import COMMON_DOMAIN, CONFIG_NAME, LocaleSettings, Project
from pipeline.errors import ConfigError, LeafletError, UnsafePathError
from pipeline.outcome import Outcome
from pipeline.source import load_leaflets


def extract(project: Project) -> Outcome:
    """Write ``locales/<domain>.pot`` for every leaflet and for the templates."""
    outcome = Outcome()
    leaflets, problems = load_leaflets(project)
    outcome.problems = [str(problem) for problem in problems]
    created = catalogs.build_time()
    templates = [catalogs.common_template(project, created)]
    templates += [catalogs.leaflet_template(project, leaflet, created) for leaflet in leaflets]
    for template in templates:
        path = project.pot_path(template.domain)
        try:
            _refuse_unsafe(project, path)
        except LeafletError as exc:
            outcome.problems.append(str(exc))
            continue
        _record(outcome, project.relative(path), catalogs.write_template(template, path))
    sources = {path.stem for path in project.source_dir.glob("*.md")}
    for pot in sorted(project.locales_dir.glob("*.pot")):
        if pot.stem != COMMON_DOMAIN and pot.stem not in sources:
            outcome.notes.append(f"{project.relative(pot)}: source/{pot.stem}.md is gone; its template and "
                                 "catalogs are kept until you delete them")
    return outcome


def update(project: Project, locales: tuple[str, ...] = ()) -> Outcome:
    """Merge every POT into every target locale's catalog, creating missing ones."""
    outcome = Outcome()
    codes = locales or tuple(loc.code for loc in project.target_locales)
    for code in codes:
        project.locale(code)  # refuse a locale the project does not declare
        for pot in sorted(project.locales_dir.glob("*.pot")):
            _update_one(project, code, pot.stem, outcome)
    declared = {loc.code for loc in project.locales}
    for folder in sorted(p for p in project.locales_dir.iterdir() if p.is_dir() and p.name not in declared):
        outcome.notes.append(f"{project.relative(folder)}: {folder.name} is not declared in {CONFIG_NAME}; "
                             f"its catalogs are ignored (leaflets init {folder.name} declares it)")
    return outcome


def init(project: Project, locale: str) -> Outcome:
    """Create catalogs for a new locale, declaring it in leaflets.toml if needed with
    settings for its script and its readers: the font, the page size, the line breaking."""
    outcome = Outcome()
    try:
        babel = locale_codes.parse(locale)
    except locale_codes.LocaleCodeError as exc:
        raise ConfigError(str(exc)) from None
    if locale == project.source_locale:
        raise ConfigError(f"{locale!r} is the source language: its pages are built from source/ and it has no "
                          "catalogs to translate")
    if locale not in {loc.code for loc in project.locales}:
        settings = new_locale_settings(project, babel)
        with (project.root / CONFIG_NAME).open("a", encoding="utf-8") as config:
            config.write(f"\n[locales.{_toml_key(locale)}]\n" + "".join(f"{key} = {value}\n"
                                                                       for key, value in settings.items()))
        readers = "its readers' region" if "region" in settings else "its page size"
        outcome.changed.append(f"{CONFIG_NAME} (declared [locales.{locale}]; check {readers} and fonts)")
        outcome.notes += _font_notes(locale, settings["font_family"])
    for pot in sorted(project.locales_dir.glob("*.pot")):
        if project.po_path(locale, pot.stem).exists():
            outcome.unchanged.append(project.relative(project.po_path(locale, pot.stem)))
            continue
        _update_one(project, locale, pot.stem, outcome)
    return outcome


def new_locale_settings(project: Project, babel: Locale) -> dict[str, str]:
    """A new locale's [locales.*] settings, as TOML values: its readers where the source
    language's readers are (or the paper of its own territory), the font of its script."""
    settings = {}
    region = project.locale(project.source_locale).region
    if region:
        settings["region"] = json.dumps(region.code)
    else:
        settings["page_size"] = json.dumps(locale_codes.default_page_size(babel))
    family = fonts.default_font_family(babel, locale_codes.script_of(babel))
    settings["font_family"] = json.dumps(list(family), ensure_ascii=False)
    if babel.language == "ko":
        settings["line_break"] = json.dumps("keep-all")  # Korean breaks lines between words only
    return settings


def _font_notes(locale: str, font_family: str) -> list[str]:
    notes = []
    for family in json.loads(font_family):
        resolved = fonts.Fontconfig().locale_fonts(LocaleSettings(locale, "A4", (family,)))
        if resolved.missing:
            package = fonts.family_package(family)
            notes.append(f"font {family!r} for {locale} is not installed"
                         + (f"; install the Debian package {package}" if package else "")
                         + " (leaflets doctor checks every locale's fonts)")
    return notes


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def compile_catalogs(project: Project) -> Outcome:
    """Write an MO file beside every PO file (fuzzy entries left out)."""
    outcome = Outcome()
    for loc in project.target_locales:
        for po in sorted((project.locales_dir / loc.code / "LC_MESSAGES").glob("*.po")):
            try:
                _refuse_unsafe(project, po, po.with_suffix(".mo"))
                catalog = catalogs.read_catalog(po, project.relative(po), loc.code)
            except LeafletError as exc:
                outcome.problems.append(str(exc))
                continue
            mo = po.with_suffix(".mo")
            _record(outcome, project.relative(mo), catalogs.compile_catalog(catalog, mo))
    return outcome


def _update_one(project: Project, locale: str, domain: str, outcome: Outcome) -> None:
    pot, po = project.pot_path(domain), project.po_path(locale, domain)
    try:
        _refuse_unsafe(project, pot, po)
        template = catalogs.read_catalog(pot, project.relative(pot))
        extras = catalogs.Extras({}, ())
        if po.exists():
            existing = catalogs.read_catalog(po, project.relative(po), locale)
            extras = catalogs.read_extras(po)
            catalog = catalogs.merge(existing, template, extras.previous_msgids)
            repaired = catalogs.repair_plural_rule(catalog, extras.plural_forms, locale)
            if repaired:
                outcome.notes.append(f"{project.relative(po)}: {repaired}")
        else:
            catalog = catalogs.new_translation(project, template, domain, locale, catalogs.build_time())
    except LeafletError as exc:
        outcome.problems.append(str(exc))
        return
    except (UnicodeError, LookupError, ValueError, OSError) as exc:  # e.g. a charset Python cannot read
        outcome.problems.append(f"{project.relative(po)}: cannot update: {exc}")
        return
    _record(outcome, project.relative(po), catalogs.write_catalog(catalog, po, extras.headers))


def _refuse_unsafe(project: Project, *paths: Path) -> None:
    """A catalog read or written through a link leading out of locales/ is refused."""
    for path in paths:
        problem = (path.exists() or path.is_symlink()) and project.catalog_problem(path)
        if problem:
            raise UnsafePathError(problem, project.relative(path))


def _record(outcome: Outcome, name: str, changed: bool) -> None:
    (outcome.changed if changed else outcome.unchanged).append(name)
