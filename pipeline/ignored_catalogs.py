"""Catalogs saved where no command reads them.

Every command reads ``locales/<locale>/LC_MESSAGES/<domain>.po`` for the locales
leaflets.toml declares and the domains that exist (``common`` and one per
``source/<id>.md``), so a translation saved by Poedit or Weblate anywhere else
would vanish unseen: under ``locales/ko/`` when the project translates ``ko_KR``,
beside ``LC_MESSAGES`` instead of in it, straight in ``locales/``, or under a
leaflet id spelt wrong. ``update``, ``compile``, ``check``, ``status`` and
``build`` each say so, in the words of :func:`ignored_catalog_notes`.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from pipeline import locale_codes
from pipeline.catalogs.pofile import read_file
from pipeline.checks.runner import project_domains
from pipeline.config import CONFIG_NAME, Project
from pipeline.errors import LeafletError

LAID_OUT = "locales/<locale>/LC_MESSAGES/<leaflet id>.po"


def ignored_catalog_notes(project: Project) -> list[str]:
    """A note for each catalog (``.po`` file) under locales/ that no command reads, saying why
    and where it belongs: those of an undeclared locale (one note a folder), those outside
    ``LC_MESSAGES``, and those of a leaflet that does not exist."""
    if not project.locales_dir.is_dir():
        return []
    return [
        *_undeclared_locale_notes(project),
        *_misplaced_notes(project),
        *_unknown_leaflet_notes(project),
    ]


def _undeclared_locale_notes(project: Project) -> list[str]:
    """One note for each folder of locales/ named as a locale that leaflets.toml does not
    declare and that holds catalogs (``.po`` files), with the declared locale it may have
    been meant for. A hidden folder, an empty one, or one no locale is named like
    (``backup/``, ``ko_KR.old/``) is someone's own and is passed over."""
    declared = {loc.code for loc in project.locales}
    targets = declared - {project.source_locale}  # the source language has no catalogs to be meant for
    notes = []
    for folder in sorted(project.locales_dir.iterdir()):
        name = folder.name
        # A dot: a hidden folder (.git) or a copy (ko_KR.old), which Babel would read as ko_KR.
        if name in declared or "." in name or (locale_codes.read(name) is None and not locale_codes.well_formed(name)):
            continue
        if not folder.is_dir() or not any(folder.rglob("*.po")):
            continue
        notes.append(
            f"{project.relative(folder)}: {name} is not declared in {CONFIG_NAME}; its catalogs are ignored"
            + _declared_by_init(name, targets)
            + locale_codes.did_you_mean(name, targets)
        )
    return notes


def _declared_by_init(name: str, targets: set[str]) -> str:
    """How to declare the folder's locale, when ``init`` would take its name as it is written
    (with --force beside a declared locale of its language, which init otherwise refuses)."""
    try:
        locale_codes.parse(name)
    except locale_codes.NotInCldr:  # hmn: init needs what CLDR would give
        return f" (leaflets init {name} --name … --plural-forms … --script … --formats-like … declares it)"
    except locale_codes.LocaleCodeError:
        return ""  # ko-KR: init asks for the gettext spelling, and did_you_mean names it when declared
    force = " --force" if locale_codes.same_language(name, targets) else ""
    return f" (leaflets init {name}{force} declares it)"


def _misplaced_notes(project: Project) -> list[str]:
    """A catalog straight in locales/, or in a declared locale's folder but not in its
    ``LC_MESSAGES`` (a hidden folder's excepted: a tool's own)."""
    declared = {loc.code for loc in project.locales}
    found = list(project.locales_dir.glob("*.po"))
    for code in sorted(declared):
        folder = project.locales_dir / code
        found += [
            path
            for path in _catalogs_under(folder)
            if path.parent != folder / "LC_MESSAGES" and not _hidden(path.relative_to(folder))
        ]
    return [
        f"{project.relative(path)}: a catalog outside a locale's LC_MESSAGES folder is ignored; "
        f"catalogs are read from {LAID_OUT}"
        for path in sorted(found)
    ]


def _unknown_leaflet_notes(project: Project) -> list[str]:
    """A catalog in a declared locale's ``LC_MESSAGES`` named for no leaflet: a leaflet id
    spelt wrong, or a leaflet whose English was removed."""
    domains = project_domains(project)
    leaflets = domains[1:]  # after common
    notes = []
    for settings in project.target_locales:
        folder = project.locales_dir / settings.code / "LC_MESSAGES"
        for path in sorted(folder.glob("*.po")) if folder.is_dir() else []:
            if path.stem in domains or path.name.startswith("."):  # an editor's lock (.#x.po), macOS's ._x.po
                continue
            close = difflib.get_close_matches(path.stem, leaflets, n=1)
            renamed = _renamed_leaflet(project, settings.code, path, leaflets)
            notes.append(
                f"{project.relative(path)}: there is no leaflet {path.stem!r} "
                f"({project.relative(project.source_dir)}/{path.stem}.md), so this catalog is ignored"
                + (_move_to(project, path, renamed) if renamed else f"; did you mean {close[0]}.po?" if close else "")
            )
    return notes


def renamed_catalog(project: Project, locale: str, leaflet: str) -> Path | None:
    """The catalog of ``locale`` that was ``leaflet``'s under an earlier id (``git mv`` of the
    English and a new ``id:``), when ``leaflet`` has none yet; None otherwise."""
    folder = project.locales_dir / locale / "LC_MESSAGES"
    if project.po_path(locale, leaflet).exists() or not folder.is_dir():
        return None
    domains = project_domains(project)
    for path in sorted(folder.glob("*.po")):
        if path.stem not in domains and not path.name.startswith(".") and _passages_found(project, path, leaflet):
            return path
    return None


def _renamed_leaflet(project: Project, locale: str, orphan: Path, leaflets: list[str]) -> str | None:
    """The leaflet, without a catalog of its own in ``locale``, whose English has most of the
    passages ``orphan`` translates: the one it was made for under another id."""
    for leaflet in leaflets:
        if not project.po_path(locale, leaflet).exists() and _passages_found(project, orphan, leaflet):
            return leaflet
    return None


def _passages_found(project: Project, catalog: Path, leaflet: str) -> bool:
    """Whether half or more of the passages ``catalog`` has are, word for word, in ``leaflet``'s
    English. The English, not its template: after a rename, ``extract`` has not run yet."""
    try:
        english = " ".join((project.source_dir / f"{leaflet}.md").read_text(encoding="utf-8").split())
        passages = [" ".join(message.msgid.split()) for message in read_file(catalog, project.relative(catalog))]
    except (OSError, UnicodeDecodeError, LeafletError):
        return False  # an unreadable catalog is reported by the commands that read it
    return bool(passages) and 2 * sum(passage in english for passage in passages) >= len(passages)


def _move_to(project: Project, orphan: Path, leaflet: str) -> str:
    target = project.relative(orphan.with_name(f"{leaflet}.po"))
    return (
        f"; it translates the English of {leaflet!r}, renamed? To keep its translations and their "
        f"review: git mv {project.relative(orphan)} {target}, then leaflets update"
    )


def _catalogs_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.po")) if folder.is_dir() else []


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)
