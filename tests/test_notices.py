"""Standard notices ([notices]): free language help with the region's phone line, and which English
version a translation was made from, in the page's language."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import CONFIG
from tests.test_build import Page, pdf_text
from tests.test_regions import with_readers

HELP = "Help in your language is free. To get an interpreter or a translated document at no cost, ask your care team."
KOREAN_HELP = "언어 지원은 무료입니다. 통역이나 번역된 문서가 필요하면 의료진에게 말씀하세요. 비용은 들지 않습니다."
KOREAN_HELP_LINE = "언어 지원은 무료입니다. 통역이나 번역된 문서가 필요하면 1-800-555-0100번으로 전화하세요."
KOREAN_TRANSLATION = (
    "이 안내문은 2026년 10월 1일에 나온 영어판을 번역한 것입니다. 두 내용이 다르면 의료진에게 물어보세요."
)


def page(project, locale: str) -> Page:
    return Page(project.path(f"build/{locale}/demo.html").read_text(encoding="utf-8"))


def test_every_page_says_in_its_language_that_language_help_is_free_and_translations_say_what_they_translate(
    translated,
):
    code, out, err = translated.run("build", "--only", "html")
    assert code == 0, err
    korean, english = page(translated, "ko_KR"), page(translated, "en")
    assert KOREAN_HELP in korean.text and KOREAN_TRANSLATION in korean.text
    assert HELP not in korean.text and not korean.marked
    assert HELP in english.text and "This is a translation" not in english.text


def test_the_language_help_notice_gives_the_regions_language_line(translated):
    config = with_readers(CONFIG, "US", "US").replace(
        'page_size = "Letter"\n', 'page_size = "Letter"\nlanguage_line = "1-800-555-0100"\n', 1
    )
    translated.path("leaflets.toml").write_text(config, encoding="utf-8")
    code, out, err = translated.run("build", "--only", "html")
    assert code == 0, err
    assert KOREAN_HELP_LINE in page(translated, "ko_KR").text
    assert "call 1-800-555-0100." in page(translated, "en").text


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")
def test_the_notices_are_in_the_pdf(translated):
    assert translated.run("build", "--leaflet", "demo", "--locale", "ko_KR", "--only", "pdf")[0] == 0
    text = " ".join(pdf_text(translated.path("build/ko_KR/demo.pdf")).split())
    assert "언어 지원은 무료입니다." in text and "영어판을 번역한 것입니다." in text


def test_a_project_may_turn_each_notice_off(translated):
    translated.path("leaflets.toml").write_text(
        CONFIG + "\n[notices]\nlanguage_assistance = false\ntranslation = false\n", encoding="utf-8"
    )
    assert translated.run("build", "--only", "html")[0] == 0
    korean = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert 'class="notices"' not in korean and "언어 지원" not in korean and "영어판을 번역한" not in korean
    translated.path("leaflets.toml").write_text(CONFIG + "\n[notices]\nlanguage_assistance = false\n", encoding="utf-8")
    assert translated.run("build", "--only", "html")[0] == 0
    assert KOREAN_TRANSLATION in page(translated, "ko_KR").text and "언어 지원" not in page(translated, "ko_KR").text


def test_a_notice_setting_that_is_not_true_or_false_is_named_by_line(project):
    config = CONFIG + '\n[notices]\ntranslation = "yes"\n'
    project.path("leaflets.toml").write_text(config, encoding="utf-8")
    code, out, err = project.run("build")
    line = config.splitlines().index('translation = "yes"') + 1
    assert code != 0 and f"leaflets.toml:{line}: [notices] translation is true or false (no quotes), not 'yes'" in err


def test_a_release_needs_the_notices_translated(translated):
    translated.translate("common", {HELP: ""})
    translated.run("compile")
    code, out, err = translated.run("build", "--release", "--locale", "ko_KR")
    assert code != 0 and "refused ko_KR/demo" in err and "common.po: 1 template string untranslated" in err
