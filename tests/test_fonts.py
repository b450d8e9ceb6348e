"""No tofu: a PDF is rendered only in fonts that are installed and show every character of its page.

Regression tests for issue 7, case 2 (an all-tofu Korean PDF released with
exit 0; a misspelled font_family silently replaced) and issue 8, deliverable
6 (`leaflets doctor`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from babel import Locale

from pipeline import fonts
from pipeline.build.assess import where_written
from pipeline.build.read import CatalogFile
from pipeline.config import LocaleSettings
from pipeline.model import SUMMARY, TITLE, Leaflet, Unit
from pipeline.translations import TranslationTable
from tests.conftest import REPO
from tests.test_build import pdf_fonts

needs_fontconfig = pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig is installed by make test")
DEJAVU_ONLY = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def set_font_family(project, locale: str, families: str) -> None:
    config = project.path("leaflets.toml")
    text = config.read_text(encoding="utf-8")
    header = f"[locales.{locale}]\n"
    start = text.index(header)
    line_start = text.index("font_family", start)
    line_end = text.index("\n", line_start)
    config.write_text(text[:line_start] + f"font_family = {families}" + text[line_end:], encoding="utf-8")


# -- pure ------------------------------------------------------------------------


def test_only_characters_that_need_a_glyph_count():
    assert fonts.shown("가 A\u00a0\u200b\u00ad\ufe0f\n\t-") == frozenset("가A-")


def test_uncovered_characters_are_described_by_script_largest_first():
    covered = frozenset(map(ord, "ABC"))
    gaps = fonts.uncovered("ABC가나다D\u0301", covered)
    assert gaps == sorted("가나다D\u0301")
    assert fonts.describe_characters(gaps) == "3 Hangul (가 나 다), 1 Inherited (U+0301), 1 Latin (D)"


@pytest.mark.parametrize(
    "char, package",
    [
        ("가", "fonts-noto-cjk"),
        ("中", "fonts-noto-cjk"),
        ("あ", "fonts-noto-cjk"),
        ("A", "fonts-dejavu-core"),
        ("ع", "fonts-noto-core"),
        ("،", "fonts-noto-core"),
        ("א", "fonts-noto-core"),
        ("😀", "fonts-noto-color-emoji"),
    ],
)
def test_each_script_names_the_debian_package_that_has_a_font_for_it(char, package):
    assert fonts.debian_package(char) == package


@pytest.mark.parametrize(
    "code, script, stack",
    [
        ("zh_TW", "Hant", ("Noto Sans CJK TC",)),
        ("zh_HK", "Hant", ("Noto Sans CJK HK",)),
        ("zh_CN", "Hans", ("Noto Sans CJK SC",)),
        ("ko_KR", "Kore", ("Noto Sans CJK KR",)),
        ("ja", "Jpan", ("Noto Sans CJK JP",)),
        ("ar", "Arab", ("Noto Naskh Arabic", "Noto Sans")),
        ("fa", "Arab", ("Noto Naskh Arabic", "Noto Sans")),
        ("es", "Latn", ("DejaVu Sans",)),
    ],
)
def test_a_new_locale_gets_the_font_of_its_script(code, script, stack):
    assert fonts.default_font_family(Locale.parse(code), script) == stack


def leaflet(**overrides) -> Leaflet:
    fields = dict(
        id="demo",
        path="source/demo.md",
        title=Unit("A *title*", 2, TITLE),
        summary=Unit("Summary", 3, SUMMARY),
        reviewed_by="Dr. Ünal",
        reviewed_on=date(2026, 10, 1),
        references=("Prins (2003) https://doi.org/10.1/x",),
        body="",
        body_line=10,
        body_units=(Unit("See [the study](https://example.org/안내).", 11, "paragraph"),),
    )
    return Leaflet(**{**fields, **overrides})


def test_a_page_shows_translations_fallbacks_dates_references_and_printed_addresses():
    korean = LocaleSettings("ko_KR", "A4", ("Noto Sans CJK KR",))
    table = TranslationTable("ko_KR", strings={"A *title*": "제목"})
    common = TranslationTable("ko_KR", strings={"Page %(page)s of %(pages)s": "%(page)s쪽"})
    chars = fonts.page_characters(leaflet(), korean, table, common, ["Page %(page)s of %(pages)s", "Draft"])
    assert set("제목") <= chars and "*" not in chars  # the translation, as rendered
    assert set("Summary") <= chars and "S" in chars  # an untranslated passage falls back to English
    assert "안" in chars  # the address print.css writes after a web link
    assert "Ü" in chars and "년" in chars  # the reviewer, and the date as CLDR writes it in Korean
    assert "쪽" in chars and set("Draft") <= chars  # template text, translated or not
    assert "%" not in chars  # a placeholder is replaced, never shown


# -- fontconfig ----------------------------------------------------------------


@needs_fontconfig
def test_the_configured_fonts_resolve_to_installed_faces():
    korean = LocaleSettings("ko_KR", "A4", ("Noto Sans CJK KR",))
    resolved = fonts.Fontconfig().locale_fonts(korean)
    assert [face.family for face in resolved.faces] == ["Noto Sans CJK KR"] and not resolved.missing
    assert ord("가") in resolved.covered and ord("A") in resolved.covered


@needs_fontconfig
def test_the_all_tofu_korean_pdf_is_refused_when_fontconfig_has_no_cjk_font(translated, tmp_path):
    """Case 2: with no CJK font, the Korean PDF was released as empty boxes, exit 0."""
    dejavu = Path(
        subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True).stdout
    ).parent
    config = tmp_path / "fonts.conf"
    config.write_text(DEJAVU_ONLY.format(fonts=dejavu, cache=tmp_path / "cache"), encoding="utf-8")
    environment = {**os.environ, "FONTCONFIG_FILE": str(config), "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--release", "--locale", "ko_KR"],
        cwd=translated.root,
        capture_output=True,
        text=True,
        env=environment,
    )
    assert result.returncode == 1, result.stderr
    assert "refused ko_KR/demo:" in result.stderr
    assert "font 'Noto Sans CJK KR' of ko_KR is not installed" in result.stderr
    assert "Hangul (" in result.stderr and "fonts-noto-cjk" in result.stderr
    assert "Traceback" not in result.stderr
    assert not translated.path("dist/ko_KR/demo.pdf").exists()
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "doctor"],
        cwd=translated.root,
        capture_output=True,
        text=True,
        env=environment,
    )
    assert result.returncode == 1
    assert "ko_KR: PDFs set in none of its font_family (not installed)" in result.stdout
    assert "install the Debian package fonts-noto-cjk" in result.stdout


@needs_fontconfig
def test_a_misspelled_font_family_is_refused_with_the_name_it_probably_meant(translated):
    set_font_family(translated, "ko_KR", '["Noto Sans CJK KRR"]')
    code, _, err = translated.run("build", "--release", "--only", "pdf", "--locale", "ko_KR")
    assert code == 1 and "refused ko_KR/demo:" in err
    line = next(
        n for n, text in enumerate(translated.path("leaflets.toml").read_text().splitlines(), 1) if "KRR" in text
    )
    assert (
        f"leaflets.toml:{line}: font 'Noto Sans CJK KRR' of ko_KR is not installed; fontconfig would set the PDF in "
        in err
        and "did you mean 'Noto Sans CJK KR'?" in err
    )
    assert not translated.path("dist/ko_KR/demo.pdf").exists()


@needs_fontconfig
def test_a_draft_with_a_missing_font_is_rendered_and_the_build_names_the_problem(translated):
    set_font_family(translated, "ko_KR", '["Noto Sans CJK KRR"]')
    code, out, err = translated.run("build", "--only", "pdf", "--locale", "ko_KR")
    assert code == 1
    assert "source/demo.md: ko_KR PDF: leaflets.toml:" in err and "'Noto Sans CJK KRR'" in err
    assert "built ko_KR/demo" in out and translated.path("build/ko_KR/demo.pdf").exists()


@needs_fontconfig
def test_a_refusal_names_the_font_familys_line_after_leaflets_toml_is_edited_above_it(translated):
    set_font_family(translated, "ko_KR", '["Noto Sans CJK KRR"]')
    config = translated.path("leaflets.toml")

    def cited() -> str:
        line = next(n for n, text in enumerate(config.read_text().splitlines(), 1) if "KRR" in text)
        return f"leaflets.toml:{line}: font 'Noto Sans CJK KRR' of ko_KR is not installed"

    code, out, err = translated.run("build", "--only", "pdf", "--locale", "ko_KR")
    assert code == 1 and cited() in err and "built ko_KR/demo" in out
    config.write_text("# Our leaflets\n\n" + config.read_text(), encoding="utf-8")  # the line moves down by two
    code, out, err = translated.run("build", "--only", "pdf", "--locale", "ko_KR")
    assert code == 1 and cited() in err  # the assessment was made again, not read back with the old line
    assert "built 0," in out  # the page does not show where a setting is written: nothing is rendered again
    code, _, err = translated.run("build", "--release", "--only", "pdf", "--locale", "ko_KR")
    assert code == 1 and "refused ko_KR/demo:" in err and cited() in err


@needs_fontconfig
@pytest.mark.parametrize(
    "formats",
    [("--only", "pdf"), ("--only", "html", "--large-print"), ("--only", "html", "--bilingual")],
    ids=["pdf", "large print alone", "bilingual alone"],
)
def test_a_translation_with_characters_its_font_lacks_is_refused_naming_them(translated, formats):
    translated.translate("demo", {"Fever": "발열 (حمى)"})
    translated.review_all()  # reviewed as it is: only the font refuses it
    code, _, err = translated.run("build", "--release", *formats, "--locale", "ko_KR")
    assert code == 1 and "refused ko_KR/demo:" in err
    assert "Noto Sans CJK KR cannot show 3 characters of the ko_KR PDF, 3 Arabic (ح م ى)" in err
    # named, as a draft names it, at the catalog entry that holds them: not in leaflets.toml
    [reason] = [text for text in err.splitlines() if "cannot show" in text]
    entry = f"locales/ko_KR/LC_MESSAGES/demo.po:{_entry_line(translated.po('demo'), 'Fever')}"
    assert reason.startswith(f"  - {entry}: ko_KR PDF: leaflets.toml:"), reason
    if (
        shutil.which("fc-list")
        and "Noto Naskh Arabic" in subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    ):
        assert "add 'Noto Naskh Arabic' (installed) to font_family" in err


@needs_fontconfig
def test_a_font_stack_that_covers_the_page_releases_with_its_fonts_embedded(translated):
    set_font_family(translated, "ko_KR", '["Noto Sans CJK KR", "DejaVu Sans"]')
    code, _, err = translated.run("build", "--release", "--only", "pdf", "--locale", "ko_KR")
    assert code == 0, err
    assert "Noto-Sans-CJK-KR" in pdf_fonts(translated.path("dist/ko_KR/demo.pdf"))


@needs_fontconfig
def test_html_alone_is_set_in_the_readers_fonts_and_not_checked(translated):
    set_font_family(translated, "ko_KR", '["Noto Sans CJK KRR"]')
    code, _, err = translated.run("build", "--release", "--only", "html", "--locale", "ko_KR")
    assert code == 0, err


@needs_fontconfig
def test_doctor_says_per_locale_which_fonts_set_its_pdfs_and_that_they_cover_it(translated):
    code, out, _ = translated.run("doctor")
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0].startswith("en: PDFs set in DejaVu Sans (DejaVuSans.ttf), Noto Sans CJK KR (")
    assert lines[2].startswith("ko_KR: PDFs set in Noto Sans CJK KR (")
    assert lines[3].startswith("  ok: covers all ") and lines[3].endswith(" characters of its catalogs and templates")
    translated.translate("demo", {"Fever": "발열 (حمى)"})
    code, out, _ = translated.run("doctor")
    assert code == 1 and "  problem: leaflets.toml:" in out and "3 Arabic (ح م ى)" in out


def test_without_fontconfig_the_pdf_fonts_cannot_be_checked_and_a_release_is_refused(translated, monkeypatch):
    monkeypatch.setattr(fonts.shutil, "which", lambda name: None)
    fonts._locale_fonts.cache_clear()
    try:
        code, _, err = translated.run("build", "--release", "--only", "pdf", "--locale", "ko_KR")
    finally:
        fonts._locale_fonts.cache_clear()
    assert code == 1 and "fontconfig's fc-list and fc-match are not installed (Debian package fontconfig)" in err


@needs_fontconfig
def test_a_character_only_the_regular_face_has_is_not_covered_since_headings_are_bold():
    from fontTools.ttLib import TTFont

    english = LocaleSettings("en", "letter", ("DejaVu Sans",))
    resolved = fonts.Fontconfig().locale_fonts(english)
    regular = set(TTFont(resolved.faces[0].file).getBestCmap())
    only_regular = sorted(regular - resolved.covered)
    assert only_regular and ord("A") in resolved.covered  # e.g. U+1D5A0, mathematical sans-serif A


def _entry_line(po: Path, msgid: str) -> int:
    return next(
        n for n, text in enumerate(po.read_text(encoding="utf-8").splitlines(), 1) if text == f'msgid "{msgid}"'
    )


@needs_fontconfig
def test_a_draft_names_the_catalog_entry_whose_characters_its_font_lacks_and_counts_the_problem(translated):
    translated.translate("demo", {"Headache": "두통", "Fever": "발열 ⚕𓀀"})
    code, out, err = translated.run("build", "--only", "pdf", "--locale", "ko_KR")
    line = _entry_line(translated.po("demo"), "Fever")
    [problem] = [text for text in err.splitlines() if "cannot show" in text]
    assert (
        problem.startswith(f"locales/ko_KR/LC_MESSAGES/demo.po:{line}: ko_KR PDF: leaflets.toml:")
        and "Noto Sans CJK KR cannot show 2 characters of the ko_KR PDF" in problem
    )
    # the page was built, and the last line says why the command exits 1
    assert code == 1 and "built ko_KR/demo" in out
    assert (
        out.rstrip()
        .splitlines()[-1]
        .startswith("built 1, up to date 0, refused 0, withdrawn 0, failed 0, problems 1 in ")
    )
    code, out, err = translated.run("build", "--only", "pdf", "--locale", "ko_KR")  # recorded, not assessed again
    assert code == 1 and f"locales/ko_KR/LC_MESSAGES/demo.po:{line}: ko_KR PDF:" in err and ", problems 1 in " in out


CATALOG = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

msgid "A *title*"
msgstr "제목 ⚕"

msgid "%(count)s day"
msgid_plural "%(count)s days"
msgstr[0] "%(count)s일 𓀀"
"""


@pytest.mark.parametrize(
    "characters, translated, where",
    [
        ("⚕", True, "locales/ko_KR/LC_MESSAGES/demo.po:6"),  # a translation: its entry
        ("𓀀", True, "locales/ko_KR/LC_MESSAGES/demo.po:9"),  # a plural form: its entry
        ("⚕", False, ""),  # a translation the page does not show (fuzzy): not where the page has it
        ("안", True, "source/demo.md:11"),  # in the English passage
    ],
)
def test_characters_a_font_lacks_are_named_where_they_are_written(characters, translated, where):
    file = CatalogFile("locales/ko_KR/LC_MESSAGES/demo.po", CATALOG.encode("utf-8"), "digest")
    shown = {"A *title*": "제목 ⚕"} if translated else {}
    table = TranslationTable("ko_KR", strings=shown, plurals={"%(count)s day": ("%(count)s일 𓀀",)})
    assert where_written(characters, [(file, table)], leaflet()) == where
