"""``leaflets doctor``: can this machine render every locale's PDFs without tofu,
and check translations at full strength?

For each locale: the font that will set its PDFs (as fontconfig resolves
``font_family``), whether those fonts cover every character of its pages
(catalogs as they are now, the English a draft falls back to, the
templates' text), and what to install when they do not.  For the source
language: the word list [untranslated-text] tells its words from names by
(``/usr/share/dict``), what the check misses without it, and the package.
For a language the checks have no data for (a new one, added by ``init``), a
note of the checks that cannot read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline import catalogs, fonts
from pipeline.checks import language_data_note
from pipeline.config import COMMON_DOMAIN, LocaleSettings, Project
from pipeline.jobs import load_catalog
from pipeline.languages import Language, language_for
from pipeline.languages.words import missing_word_list, ordinary_words, word_list_path
from pipeline.source import load_leaflets


@dataclass(frozen=True)
class LocaleReport:
    locale: LocaleSettings
    fonts: fonts.LocaleFonts
    characters: int  # how many distinct characters its pages show
    problems: tuple[str, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())  # not problems: what the checks cannot do in its language

    def lines(self) -> list[str]:
        faces = ", ".join(face.describe() for face in self.fonts.faces) or "none of its font_family (not installed)"
        return _report_lines(
            f"{self.locale.code}: PDFs set in {faces}",
            self.problems,
            lambda: f"covers all {self.characters:,} characters of its catalogs and templates",
        ) + [f"  note: {note}" for note in self.notes]


@dataclass(frozen=True)
class WordListReport:
    """The source language's word list, which [untranslated-text] needs at full strength."""

    locale: str
    language: Language
    problems: tuple[str, ...] = field(default=())

    def lines(self) -> list[str]:
        path = word_list_path(self.language)
        return _report_lines(
            f"{self.locale}: [untranslated-text] tells {self.language.english_name} words from names by {path}",
            self.problems,
            lambda: f"{len(ordinary_words(self.language.word_list)):,} words",  # read only when it is there
        )


def _report_lines(heading: str, problems: tuple[str, ...], ok: Callable[[], str]) -> list[str]:
    """A report's heading, then each of its problems, or the one line saying all is well."""
    return [heading, *([f"  problem: {problem}" for problem in problems] or [f"  ok: {ok()}"])]


def word_list_report(project: Project) -> WordListReport | None:
    """None when the source language reads no word list (only English has one today)."""
    language = language_for(project.source_locale)
    if not language.word_list:
        return None
    missing = missing_word_list(language)
    problems = (f"{missing.what}: {missing.consequence}; {missing.remedy}",) if missing else ()
    return WordListReport(project.source_locale, language, problems)


def doctor(project: Project) -> list[LocaleReport | WordListReport]:
    leaflets, _ = load_leaflets(project)  # a leaflet that does not load is for extract and build to report
    common_msgids = tuple(message.msgid for message in catalogs.common_template(project, catalogs.build_time()))
    fontconfig = fonts.Fontconfig()
    reports: list[LocaleReport | WordListReport] = []
    for loc in project.locales:
        common = load_catalog(project, loc.code, COMMON_DOMAIN).table
        characters: set[str] = set()
        for leaflet in leaflets:
            table = load_catalog(project, loc.code, leaflet.id).table
            characters |= fonts.page_characters(leaflet, loc, table, common, common_msgids)
        resolved = fontconfig.locale_fonts(loc)
        note = language_data_note(project, loc.code) if loc.code != project.source_locale else ""
        reports.append(
            LocaleReport(
                loc,
                resolved,
                len(characters),
                tuple(fonts.problems(project, loc, resolved, characters, fontconfig)),
                (note,) if note else (),
            )
        )
    words = word_list_report(project)
    if words is not None:
        reports.append(words)
    return reports
