"""``extract``, ``update``, ``init`` and ``compile``: catalogs on disk.

The only module here that reads or writes files.  Each command returns the
messages to show; a broken leaflet or catalog is reported with its file and
line and skipped, never allowed to stop the others.

Files translators touch are sacred: a file is rewritten only when its
content changes, and a header that only names a tool version
(``Generated-By``) never counts, so a new Babel leaves every catalog
byte-identical; a POT's ``POT-Creation-Date`` moves only when its messages
change (as Babel's ``Catalog.is_identical`` and Sphinx's gettext builder
decide "changed").  Entries are in reading order of the source (their first
``#:`` reference), obsolete ones last.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from babel import Locale

from pipeline import fonts, locale_codes
from pipeline.cache import Cache, english_behind_templates
from pipeline.catalogs.catalog import Catalog
from pipeline.catalogs.memory import TranslationMemory
from pipeline.catalogs.merge import merge, new_translation, stated_nplurals
from pipeline.catalogs.mofile import write_mo
from pipeline.catalogs.pofile import BYTE_ORDER_MARK_FOUND, read_file, write_po
from pipeline.catalogs.templates import (
    GENERATED_BY,
    build_time,
    common_template,
    generated_by,
    leaflet_template,
    translation_header,
)
from pipeline.check_command import check
from pipeline.checks.report import CatalogReport
from pipeline.checks.template import UNREADABLE, read_english
from pipeline.config import (
    COMMON_DOMAIN,
    CONFIG_NAME,
    SCHEMA,
    LocaleSettings,
    Project,
    project_from,
)
from pipeline.declared_languages import DECLARED_KEYS, cldr_lacks, missing
from pipeline.errors import ConfigError, ConfigErrors, LeafletError, UnsafePathError, UsageError
from pipeline.files import write_if_changed
from pipeline.findings import ERROR, Finding
from pipeline.ignored_catalogs import ignored_catalog_notes, renamed_catalog
from pipeline.outcome import Outcome
from pipeline.release import BRING_IN_THE_ENGLISH
from pipeline.review import shorten
from pipeline.source import ignored_source_notes, load_leaflets
from pipeline.terminology import Glossary, approved_terms, glossary_path, load_glossary, with_glossary_notes

# The standard header fields in the order Babel and msginit write them; tools
# that reorder them (polib) do not make a file differ from its canonical form.
HEADER_ORDER = (
    "Project-Id-Version",
    "Report-Msgid-Bugs-To",
    "POT-Creation-Date",
    "PO-Revision-Date",
    "Last-Translator",
    "Language",
    "Language-Team",
    "Plural-Forms",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    GENERATED_BY,
)
_CREATION_DATE_LINE = re.compile(rb'^"POT-Creation-Date: [^"]*"\n', re.MULTILINE)
# Headers that name only the tool that wrote the file: never a reason to rewrite it.
_TOOL_VERSION_LINE = re.compile(rb'^"Generated-By: [^"]*"\n', re.MULTILINE)


def extract(project: Project) -> Outcome:
    """Write ``locales/<domain>.pot`` for every leaflet and for the templates."""
    outcome = Outcome()
    leaflets, problems = load_leaflets(project)
    outcome.problems = [str(problem) for problem in problems]
    outcome.notes += ignored_source_notes(project)
    created = build_time()
    templates = {COMMON_DOMAIN: common_template(project, created)}
    templates.update({leaflet.id: leaflet_template(project, leaflet, created) for leaflet in leaflets})
    for domain, template in templates.items():
        path = project.pot_path(domain)
        try:
            _refuse_unsafe(project, path)
        except LeafletError as exc:
            outcome.problems.append(str(exc))
            continue
        outcome.written(project.relative(path), write_template(template, path))
    for pot in sorted(project.locales_dir.glob("*.pot")):
        if _english_gone(project, pot):
            outcome.notes.append(
                f"{project.relative(pot)}: source/{pot.stem}.md is gone; its template and "
                "catalogs are kept until you delete them"
            )
    return outcome


def update(project: Project, locales: tuple[str, ...] = (), domains: tuple[str, ...] | None = None) -> Outcome:
    """Merge every POT (of ``domains``, when given) into every target locale's catalog
    (of ``locales``, when given), creating missing ones."""
    outcome = Outcome()
    codes = locales or tuple(loc.code for loc in project.target_locales)
    for code in codes:
        project.locale(code)  # refuse a locale the project does not declare
        _refuse_source_language(project, code)
        memory = translation_memory(project, code)
        for pot in _templates(project, domains):
            if _english_gone(project, pot) and not project.po_path(code, pot.stem).exists():
                continue  # a catalog for a leaflet no more: extract says its template is kept
            if renamed := renamed_catalog(project, code, pot.stem):
                # A new catalog, all fuzzy from memory, would lose the old one's review.
                po = project.relative(project.po_path(code, pot.stem))
                outcome.notes.append(
                    f"{po}: not created, as {project.relative(renamed)} is its catalog under an old id"
                )
                continue
            _update_one(project, code, pot.stem, outcome, memory)
        outcome.notes += _glossary_problems(project, code)
    outcome.notes += _templates_behind(project, domains)
    outcome.notes += ignored_catalog_notes(project)
    return outcome


def _english_gone(project: Project, pot: Path) -> bool:
    return pot.stem != COMMON_DOMAIN and not (project.source_dir / f"{pot.stem}.md").exists()


def _templates(project: Project, domains: tuple[str, ...] | None) -> list[Path]:
    """The POT files of ``domains`` (every one when None), by name."""
    return [pot for pot in sorted(project.locales_dir.glob("*.pot")) if domains is None or pot.stem in domains]


def _templates_behind(project: Project, domains: tuple[str, ...] | None = None) -> list[str]:
    """A note for each leaflet (of ``domains``) whose English has passages its template lacks: ``update``
    merges the templates, so until ``extract`` has written them no catalog gets those passages."""
    by_leaflet: dict[str, list[Finding]] = {}
    for finding in english_behind_templates(project, Cache(project), read_english(project), remember=False):
        if domains is None or finding.domain in domains:
            by_leaflet.setdefault(finding.file, []).append(finding)
    notes = []
    for file, found in by_leaflet.items():
        first = found[0]
        template = project.relative(project.pot_path(first.domain))
        if first.check == UNREADABLE:
            notes.append(f"{first.file}:{first.line}: {first.message}")
        elif not first.msgid:  # there is no template at all
            notes.append(f"{file} has no template {template} yet: {BRING_IN_THE_ENGLISH}")
        else:
            notes.append(
                f"{template} lacks {len(found)} passage(s) of {file} "
                f'({first.file}:{first.line}: "{shorten(first.msgid)}"): {_EXTRACT_FIRST}'
            )
    return notes


_EXTRACT_FIRST = f"the English changed after the last `leaflets extract`; {BRING_IN_THE_ENGLISH}"


def init(project: Project, locale: str, declared: Mapping[str, str] | None = None, force: bool = False) -> Outcome:
    """Create catalogs for a new locale, declaring it in leaflets.toml if needed with
    settings for its script and its readers: the font, the page size, the line breaking.
    ``declared`` gives what CLDR would (DECLARED_KEYS) for a language it has no data for;
    a second locale of a language already declared (ko beside ko_KR) is refused unless ``force``."""
    outcome = Outcome()
    declared = {key: value for key, value in (declared or {}).items() if value is not None}
    try:
        babel: Locale | None = locale_codes.parse(locale)
    except locale_codes.NotInCldr:
        babel = None
    except locale_codes.LocaleCodeError as exc:  # the command line names no locale gettext writes so
        raise UsageError(str(exc)) from None
    _refuse_source_language(project, locale)
    configured = {loc.code for loc in project.locales}
    if locale in configured:
        outcome.notes.append(f"{locale} is already declared in {CONFIG_NAME}: only catalogs it lacks are created")
    else:
        outcome.notes += _same_language_notes(project, locale, configured - {project.source_locale}, force)
        settings = new_locale_settings(project, locale, babel, _declaration(locale, babel, declared))
        table = f"\n[locales.{_toml_key(locale)}]\n" + "".join(f"{key} = {value}\n" for key, value in settings.items())
        project = _declare(project, locale, table)  # the catalogs' header needs what it declares (plural_forms)
        readers = "its readers' region" if "region" in settings else "its page size"
        outcome.changed.append(f"{CONFIG_NAME} (declared [locales.{locale}]; check {readers} and fonts)")
        outcome.notes += _font_notes(locale, settings["font_family"])
    memory = translation_memory(project, locale)
    for pot in sorted(project.locales_dir.glob("*.pot")):
        if project.po_path(locale, pot.stem).exists():
            outcome.unchanged.append(project.relative(project.po_path(locale, pot.stem)))
            continue
        _update_one(project, locale, pot.stem, outcome, memory)
    outcome.notes += _glossary_problems(project, locale)
    return outcome


def _declare(project: Project, locale: str, table: str) -> Project:
    """The project with ``table`` added to the end of leaflets.toml, which is left as it was
    when the project would not load with it (a name another locale has)."""
    path = project.root / CONFIG_NAME
    written = path.read_bytes()
    try:
        declared = project_from(project.root, written + table.encode("utf-8"))
    except ConfigError as exc:
        problems = exc.errors if isinstance(exc, ConfigErrors) else [exc]
        raise UsageError(
            f"{CONFIG_NAME} left as it was: " + "; ".join(problem.message for problem in problems)
        ) from None
    with path.open("a", encoding="utf-8") as config:
        config.write(table)
    return declared


def _refuse_source_language(project: Project, locale: str) -> None:
    """The English is translated from, never into: catalogs of it would be ones nothing reads."""
    if locale == project.source_locale:
        raise UsageError(
            f"{locale!r} is the source language: its pages are built from source/ and it has no catalogs to translate"
        )


def _declaration(locale: str, babel: Locale | None, declared: Mapping[str, str]) -> dict[str, str]:
    """What ``init --name … --script …`` declares, checked as leaflets.toml checks it: all of
    DECLARED_KEYS for a language CLDR lacks (nothing guessed), none for one CLDR knows."""
    option = {key: "--" + key.replace("_", "-") for key in DECLARED_KEYS}
    if babel is not None:
        if declared:
            given = ", ".join(option[key] for key in declared)
            raise UsageError(
                f"CLDR has the data of {locale!r}, which its pages use: {given} is for a language it lacks"
            )
        return {}
    undeclared = missing(declared, spell=option.__getitem__)
    if undeclared:
        raise UsageError(f"{cldr_lacks(locale)}; say what it would give: {undeclared}")
    for key, value in declared.items():
        problem = SCHEMA["locales"].keys[key].check(value)
        if problem:
            raise UsageError(f"{option[key]} {problem}")
    return dict(declared)


def _same_language_notes(project: Project, locale: str, configured: set[str], force: bool) -> list[str]:
    """A second locale of a language already declared (ko beside ko_KR) is most often a slip, since
    every switcher and the index will list both: refused unless ``force``, and said when forced."""
    same = locale_codes.same_language(locale, configured)
    if not same:
        return []
    language = project.english_name(locale_codes.language_of(locale))  # Vietnamese, not "Vietnamese (Vietnam)"
    if not force:
        raise UsageError(
            f"{', '.join(same)} already translate{'s' if len(same) == 1 else ''} {language}: {locale} would be "
            "a second locale of it, which every language switcher and the index list apart; "
            f"to translate into {same[0]}, no init is needed (leaflets update --locale {same[0]}); "
            f"for {language} for other readers beside it: leaflets init {locale} --force"
        )
    return [
        f"{', '.join(same)} already translates {language}: {locale} is a second locale of it, which "
        f"every language switcher and the index list apart; if you meant {same[0]}, delete [locales.{locale}] "
        f"from {CONFIG_NAME} and its catalogs"
    ]


def new_locale_settings(
    project: Project, locale: str, babel: Locale | None, declared: Mapping[str, str]
) -> dict[str, str]:
    """A new locale's [locales.*] settings, as TOML values: what it declares (a language CLDR
    lacks), its readers where the source language's readers are (or the paper of its own
    territory), the font of its script."""
    settings = {key: json.dumps(value, ensure_ascii=False) for key, value in declared.items()}
    formats = babel or Locale.parse(declared["formats_like"])
    region = project.locale(project.source_locale).region
    if region:
        settings["region"] = json.dumps(region.code)
    else:
        settings["page_size"] = json.dumps(locale_codes.default_page_size(babel, locale))
    script = declared["script"] if babel is None else locale_codes.script_of(babel)
    family = fonts.default_font_family(formats, script)
    settings["font_family"] = json.dumps(list(family), ensure_ascii=False)
    if locale_codes.language_of(locale) == "ko":
        settings["line_break"] = json.dumps("keep-all")  # Korean breaks lines between words only
    return settings


def _font_notes(locale: str, font_family: str) -> list[str]:
    notes = []
    for family in json.loads(font_family):
        resolved = fonts.Fontconfig().locale_fonts(LocaleSettings(locale, "A4", (family,)))
        if resolved.missing:
            package = fonts.family_package(family)
            notes.append(
                f"font {family!r} for {locale} is not installed"
                + (f"; install the Debian package {package}" if package else "")
                + " (leaflets doctor checks every locale's fonts)"
            )
    return notes


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def compile_catalogs(
    project: Project, locales: tuple[str, ...] = (), domains: tuple[str, ...] | None = None
) -> Outcome:
    """Write an MO file beside every PO file (of ``locales`` and ``domains``, when given; fuzzy
    entries left out), refusing a catalog msgfmt would refuse for its plural forms."""
    outcome = Outcome()
    for code in locales:
        _refuse_source_language(project, code)
    # What check says of each catalog, as check and the build remember it (build/.cache/): read once.
    reports = {report.file: report for report in check(project, 1, locales or None, domains, sources=()).reports}
    for loc in project.target_locales:
        if locales and loc.code not in locales:
            continue
        for po in sorted((project.locales_dir / loc.code / "LC_MESSAGES").glob("*.po")):
            if domains is not None and po.stem not in domains:
                continue
            file, mo = project.relative(po), po.with_suffix(".mo")
            try:
                _refuse_unsafe(project, po, mo)
            except LeafletError as exc:  # a path compile may not write to: nothing there is touched
                outcome.problems.append(str(exc))
                continue
            data, problems = _compiled(po, file, loc)
            if data is not None and file in reports:
                data, problems, checked = _checked(reports[file], loc.code, po.stem, data)
                outcome.notes += checked
            if data is None:
                outcome.problems += problems
                if mo.is_file():
                    # Made from the catalog before its error: a program reading it would show
                    # translations the catalog no longer has (as build removes such pages).
                    mo.unlink()
                    outcome.notes.append(
                        f"removed {project.relative(mo)}: it was compiled from {file} before its error"
                    )
                continue
            outcome.written(project.relative(mo), write_if_changed(mo, data))
    outcome.notes += ignored_catalog_notes(project)
    return outcome


def _checked(report: CatalogReport, locale: str, domain: str, data: bytes) -> tuple[bytes | None, list[str], list[str]]:
    """The MO file of a catalog ``report`` says what the checks find in: None and why where a
    placeholder is broken (msgfmt -c refuses it too, and a program formatting the string would raise:
    ``%(titel)s``), with a note naming what else ``check`` finds (an MO is no published page, but
    says what it holds)."""
    errors = [finding for finding in report.findings if finding.severity == ERROR]
    broken = [finding for finding in errors if finding.check == "placeholders"]
    if broken:
        return None, [f"{f.file}:{f.line}: {f.message}; not compiled (msgfmt -c refuses it too)" for f in broken], []
    if not errors:
        return data, [], []
    checks = ", ".join(sorted({f"[{finding.check}]" for finding in errors}))
    return (
        data,
        [],
        [
            f"{report.file}: compiled with {len(errors)} error(s) of the checks ({checks}), as written: "
            f"leaflets check --locale {locale} --leaflet {domain} names them"
        ],
    )


def _compiled(po: Path, file: str, loc: LocaleSettings) -> tuple[bytes | None, list[str]]:
    """The MO file of one catalog, or None and why it is not made (what msgfmt would refuse too)."""
    try:
        catalog = read_file(po, file)
    except LeafletError as exc:
        return None, [str(exc)]
    try:
        data = write_mo(catalog)
    except LookupError:  # a charset Python does not know: named at its line, as check names it
        line = catalog.header_field_line("Content-Type")
        return None, [
            f"{file}:{line}: cannot compile: the header declares charset {catalog.charset}, which Python does not "
            "know; `leaflets update` rewrites it in UTF-8"
        ]
    if catalog.byte_order_mark:  # msgfmt refuses it: an MO made anyway is one msgfmt would not make
        return None, [f"{file}:1: {BYTE_ORDER_MARK_FOUND}; not compiled"]
    nplurals = stated_nplurals(catalog, loc.code, loc.plural_rule)
    wrong = [m for m in catalog.messages if m.is_plural and len(m.msgstr_plural) != nplurals]
    if wrong:
        return None, [
            f"{file}:{m.line}: this plural message has {len(m.msgstr_plural)} msgstr[] "
            f"forms but Plural-Forms says nplurals={nplurals}; not compiled"
            for m in wrong
        ]
    return data, []


def translation_memory(project: Project, locale: str) -> TranslationMemory:
    """Every finished translation of the locale's catalogs as they are before this update
    (so the order catalogs are updated in changes nothing); unreadable ones are skipped."""
    catalogs = []
    for po in sorted((project.locales_dir / locale / "LC_MESSAGES").glob("*.po")):
        file = project.relative(po)
        try:
            _refuse_unsafe(project, po)
            catalogs.append((po.name, read_file(po, file)))
        except (LeafletError, UnicodeError, LookupError, OSError):
            continue  # _update_one reports it
    return TranslationMemory.from_catalogs(catalogs)


def _update_one(
    project: Project, locale: str, domain: str, outcome: Outcome, memory: TranslationMemory | None = None
) -> None:
    pot, po = project.pot_path(domain), project.po_path(locale, domain)
    file = project.relative(po)
    memory = memory.without(po.name) if memory is not None else None
    try:
        _refuse_unsafe(project, pot, po)
        template = read_file(pot, project.relative(pot))
        if po.exists():
            old = read_file(po, file)
            if old.header is None:
                # Emptied (a save cut short) or its header deleted: merged as it is, it kept no header
                # fields but the plural forms, and check then refused it for its missing charset.
                old = replace(old, header=translation_header(project, template, domain, locale, build_time()))
                was = "was empty" if not old.messages and not old.obsolete else "had no header entry"
                outcome.notes.append(f"{file}: {was}; wrote the header a new catalog gets")
            merged = merge(old, template, locale, memory, project.declared_plural_rule(locale))
            if old.byte_order_mark:
                outcome.notes.append(f"{file}:1: removed the byte order mark at the start (msgfmt rejects it)")
        else:
            merged = new_translation(project, template, domain, locale, build_time(), memory)
        catalog = merged.catalog
        for note in merged.notes:
            where = f"{file}:{note.line}" if note.line else file
            (outcome.problems if note.problem else outcome.notes).append(f"{where}: {note.text}")
        # A do-not-translate term needs no note: it is checked as written.
        terms = approved_terms(_glossary(project, locale).terms, project.do_not_translate)
        catalog = with_glossary_notes(catalog, terms)
        written = write_catalog(catalog, po)
    except LeafletError as exc:
        outcome.problems.append(str(exc) if exc.file else f"{file}: cannot update: {exc.message}")
        return
    except (UnicodeError, LookupError, ValueError, OSError) as exc:  # e.g. a file that cannot be written
        outcome.problems.append(f"{file}: cannot update: {exc}")
        return
    outcome.written(file, written)


def _glossary(project: Project, locale: str) -> Glossary:
    path = glossary_path(project.locales_dir, locale)
    return load_glossary(path, project.relative(path))


def _glossary_problems(project: Project, locale: str) -> list[str]:
    glossary = _glossary(project, locale)
    return [f"{glossary.file}:{line}: {message}" for line, message in glossary.problems]


def write_template(catalog: Catalog, path: Path) -> bool:
    """Write a POT unless only its POT-Creation-Date or tool version would change."""
    data = write_po(catalog.sorted_by_reference())
    return _write_unless_same(path, data, (_CREATION_DATE_LINE, _TOOL_VERSION_LINE))


def write_catalog(catalog: Catalog, path: Path) -> bool:
    """Write a PO file, in reading order and naming the tool version, unless only
    that version would change."""
    if catalog.header is not None:
        catalog = catalog.with_header(GENERATED_BY, generated_by())
    data = write_po(catalog.with_header_order(HEADER_ORDER).sorted_by_reference())
    return _write_unless_same(path, data, (_TOOL_VERSION_LINE,))


def _write_unless_same(path: Path, new: bytes, ignored: tuple[re.Pattern[bytes], ...]) -> bool:
    """A file differing only in ``ignored`` header lines is the same file, and is left byte-identical."""
    if path.is_file() and not path.is_symlink():
        old = path.read_bytes()
        if _without(old, ignored) == _without(new, ignored):
            return False
    return write_if_changed(path, new)


def _without(data: bytes, patterns: tuple[re.Pattern[bytes], ...]) -> bytes:
    for pattern in patterns:
        data = pattern.sub(b"", data)
    return data


def _refuse_unsafe(project: Project, *paths: Path) -> None:
    """A catalog read or written through a link leading out of locales/ is refused."""
    for path in paths:
        problem = (path.exists() or path.is_symlink()) and project.catalog_problem(path)
        if problem:
            raise UnsafePathError(problem, project.relative(path))
