"""A throwaway project built from the repository's own templates and config."""

from __future__ import annotations

import io
import os
import shutil
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path

import polib
import pytest

from pipeline.cli import main
from tests.faults import faults  # noqa: F401 (a fixture: a write failure injected at any point)

# Built once per run and shared: the repository's own leaflets as `make` builds them, seen in Chromium.
from tests.shipped import browser_report, shipped_outputs  # noqa: F401  (fixtures)
from tests.signoff import TEST_REVIEWER, clinically_reviewed, review_all, review_english

REPO = Path(__file__).resolve().parent.parent

# Its clinical review is bound to its English (reviewed_text, line 7), as a release needs.
LEAFLET = clinically_reviewed(
    textwrap.dedent("""\
    ---
    id: demo
    title: "IVIG for *skin* reactions"
    summary: "What IVIG is and how it is given."
    reviewed_by: "Dr. Mina Cho, PharmD"
    reviewed_on: 2026-10-01
    version: "2.1"
    references:
      - "Prins, C. (2003). Treatment of TEN. Archives of Dermatology, 139(1), 26. https://doi.org/10.1001/archderm.139.1.26"
    ---

    ## How IVIG is given

    <!-- i18n: Keep the dose exactly as written. -->
    You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26).

    - Headache
    - Fever

    | Diagnosis | Skin affected |
    |---|---|
    | TEN | More than 30% |

    > Call 911 in an emergency.
    """)
)

# The tests' own configuration: what the project itself declares may grow.
CONFIG = textwrap.dedent("""\
    [project]
    name = "leaflets"
    source_locale = "en"
    copyright_holder = "Leaflets project"
    bugs_address = "translations@leaflets.invalid"

    [locales.en]
    page_size = "Letter"
    font_family = ["DejaVu Sans", "Noto Sans CJK KR"]

    [locales.ko_KR]
    page_size = "A4"
    font_family = ["Noto Sans CJK KR"]
    line_break = "keep-all"

    [glossary]
    do_not_translate = ["IVIG", "SJS", "TEN", "SJS/TEN"]
    """)

KOREAN = {
    "IVIG for *skin* reactions": "*피부* 반응에 쓰는 IVIG",
    "What IVIG is and how it is given.": "IVIG가 무엇인지, 어떻게 투여하는지 알려 드립니다.",
    "How IVIG is given": "IVIG 투여 방법",
    "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26).": (
        "**1 g/kg/day**를 3일 동안 맞습니다. [연구](https://doi.org/10.1001/archderm.139.1.26)를 참고하세요."
    ),
    "Headache": "두통",
    "Fever": "발열",
    "Diagnosis": "진단",
    "Skin affected": "영향을 받은 피부",
    "TEN": "TEN",
    "More than 30%": "30% 초과",
    "Call 911 in an emergency.": "응급 상황에서는 911에 전화하세요.",
}


def translate_catalog(path: Path, translations: Mapping[str, str | dict[int, str]]) -> None:
    """Fill msgstrs as a translator would in a text editor (and clear their fuzzy marks and ``#|``); a plural
    entry's translation is its forms by index, or one text for a language of one form."""
    catalog = polib.pofile(str(path))
    for entry in catalog:
        if entry.msgid in translations:
            if entry.msgid_plural:
                forms = translations[entry.msgid]
                entry.msgstr_plural = dict(forms) if isinstance(forms, dict) else {0: forms}
            else:
                entry.msgstr = translations[entry.msgid]
            if "fuzzy" in entry.flags:  # and the "#|" lines with it, as docs/translator.md says (Poedit does)
                entry.flags.remove("fuzzy")
                entry.previous_msgctxt = entry.previous_msgid = entry.previous_msgid_plural = None
    catalog.save()


class Project:
    """A project directory plus helpers to run the CLI in it."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch):
        self.root = root
        self._monkeypatch = monkeypatch

    def run(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        self._monkeypatch.chdir(self.root)
        code = main(list(argv), stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    def path(self, relative: str) -> Path:
        return self.root / relative

    def po(self, domain: str, locale: str = "ko_KR") -> Path:
        return self.root / "locales" / locale / "LC_MESSAGES" / f"{domain}.po"

    def translate(self, domain: str, translations: dict[str, str], locale: str = "ko_KR") -> None:
        translate_catalog(self.po(domain, locale), translations)

    def review_all(self, by: str = TEST_REVIEWER) -> list[tuple[str, str]]:
        """Record a translation review of every complete catalog, as `leaflets review` does (tests/signoff.py)."""
        return review_all(self.root, by)

    def review_english(self) -> list[tuple[str, str]]:
        """Record the clinical review of every leaflet's English again, as it is now (tests/signoff.py)."""
        return review_english(self.root)

    def translate_common_from_repo(self, locale: str = "ko_KR") -> None:
        shipped = polib.pofile(str(REPO / "locales" / locale / "LC_MESSAGES" / "common.po"))
        translations: dict[str, str | dict[int, str]] = {
            e.msgid: (dict(e.msgstr_plural) if e.msgid_plural else e.msgstr)
            for e in shipped
            if e.translated() and not e.obsolete
        }
        self.translate("common", translations, locale)


@pytest.fixture(autouse=True)
def every_call_seen_by_mutmut() -> None:
    """In mutmut's stats run (every selected test in one process, `make mutate`), a result an
    earlier test left in an lru_cache hides the function's call from a later test asking the
    same, so mutmut never runs that test against the function's mutants: empty the caches."""
    if os.environ.get("MUTANT_UNDER_TEST") != "stats":
        return
    for name, module in list(sys.modules.items()):
        if name == "pipeline" or name.startswith("pipeline."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    root = tmp_path / "project"
    root.mkdir()
    (root / "leaflets.toml").write_text(CONFIG, encoding="utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "source").mkdir()
    (root / "source" / "demo.md").write_text(LEAFLET, encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    proj = Project(root, monkeypatch)
    assert proj.run("extract")[0] == 0
    assert proj.run("update")[0] == 0
    return proj


@pytest.fixture
def translated_unreviewed(project: Project) -> Project:
    """The demo project with its leaflet and the common domain fully in Korean, not yet reviewed."""
    project.translate("demo", KOREAN)
    project.translate_common_from_repo()
    return project


@pytest.fixture
def translated(translated_unreviewed: Project) -> Project:
    """The demo project fully in Korean and its translation reviewed, as a release needs (tests/signoff.py)."""
    translated_unreviewed.review_all()
    return translated_unreviewed
