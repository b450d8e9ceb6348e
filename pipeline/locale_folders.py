"""Catalogs saved under a locale folder that leaflets.toml does not declare.

Every command reads only the declared locales' folders, so a translation saved by
Poedit or Weblate under ``locales/ko/`` when the project translates ``ko_KR`` would
vanish unseen: ``update``, ``compile``, ``check``, ``status`` and ``build`` each say so,
in the words of :func:`undeclared_locale_notes`.
"""

from __future__ import annotations

from pipeline import locale_codes
from pipeline.config import CONFIG_NAME, Project


def undeclared_locale_notes(project: Project) -> list[str]:
    """One note for each folder of locales/ named as a locale that leaflets.toml does not
    declare and that holds catalogs (``.po`` files), with the declared locale it may have
    been meant for. A hidden folder, an empty one, or one no locale is named like
    (``backup/``, ``ko_KR.old/``) is someone's own and is passed over."""
    if not project.locales_dir.is_dir():
        return []
    declared = {loc.code for loc in project.locales}
    targets = declared - {project.source_locale}  # the source language has no catalogs to be meant for
    notes = []
    for folder in sorted(project.locales_dir.iterdir()):
        name = folder.name
        # A dot: a hidden folder (.git) or a copy (ko_KR.old), which Babel would read as ko_KR.
        if name in declared or "." in name or locale_codes.read(name) is None:
            continue
        if not folder.is_dir() or not any(folder.rglob("*.po")):
            continue
        notes.append(
            f"{project.relative(folder)}: {name} is not declared in {CONFIG_NAME}; its catalogs are ignored"
            + _declared_by_init(name)
            + locale_codes.did_you_mean(name, targets)
        )
    return notes


def _declared_by_init(name: str) -> str:
    """How to declare the folder's locale, when ``init`` would take its name as it is written."""
    try:
        locale_codes.parse(name)
    except locale_codes.LocaleCodeError:
        return ""  # ko-KR: init asks for the gettext spelling, and did_you_mean names it when declared
    return f" (leaflets init {name} declares it)"
