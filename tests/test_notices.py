"""Standard notices ([notices]): free language help with the region's phone line; on a translated page one
block, in its language, saying which English version it was translated from, who reviewed the translation
(or that nobody has yet) and what to do if the two differ, apart from the English clinical review."""

from __future__ import annotations

import re
import shutil

import pytest
import tinyhtml5

from tests.conftest import CONFIG
from tests.test_build import Page, pdf_text
from tests.test_regions import with_readers

HELP = "Help in your language is free. To get an interpreter or a translated document at no cost, ask your care team."
KOREAN_HELP = "언어 지원은 무료입니다. 통역이나 번역된 문서가 필요하면 의료진에게 말씀하세요. 비용은 들지 않습니다."
KOREAN_HELP_LINE = "언어 지원은 무료입니다. 통역이나 번역된 문서가 필요하면 1-800-555-0100번으로 전화하세요."
# The demo leaflet is version 2.1 of 1 October 2026; the tests' reviewer signs off on 21 September 2026.
KOREAN_FROM = "이 안내문은 2026년 10월 1일에 나온 영어판 2.1 버전을 번역한 것입니다."
KOREAN_REVIEWED = "이 번역은 2026년 9월 21일에 Test Reviewer (tests only) 님이 검토했습니다."
KOREAN_NOT_REVIEWED = "이 번역은 아직 검토를 거치지 않았습니다."
KOREAN_IF_THEY_DIFFER = "번역과 영어판의 내용이 다르면 의료진에게 문의해 주십시오."
KOREAN_TRANSLATION = f"{KOREAN_FROM} {KOREAN_REVIEWED} {KOREAN_IF_THEY_DIFFER}"


def page(project, locale: str) -> Page:
    return Page(project.path(f"build/{locale}/demo.html").read_text(encoding="utf-8"))


def translation_notices(project, locale: str = "ko_KR", folder: str = "build") -> list[str]:
    """The text of every translation notice block on the page."""
    html = project.path(f"{folder}/{locale}/demo.html").read_text(encoding="utf-8")
    return [Page(block).text for block in re.findall(r'<p class="translation-notice">.*?</p>', html, re.DOTALL)]


def test_every_page_says_in_its_language_that_language_help_is_free_and_translations_say_what_they_translate(
    translated,
):
    code, out, err = translated.run("build", "--only", "html")
    assert code == 0, err
    korean, english = page(translated, "ko_KR"), page(translated, "en")
    assert KOREAN_HELP in korean.text and HELP not in korean.text and not korean.marked
    assert translation_notices(translated) == [KOREAN_TRANSLATION]  # one block, said once
    assert korean.text.count("영어판 2.1 버전") == 1 and "바탕으로" not in korean.text
    # The English clinical review stays apart, labelled as the English version's.
    assert "영어판 의학 감수 Dr. Mina Cho, PharmD 영어판 감수일 2026년 10월 1일" in korean.text
    assert HELP in english.text and translation_notices(translated, "en") == []
    assert "Translated from" not in english.text


def test_a_draft_whose_translation_nobody_reviewed_says_so_in_the_same_block(translated_unreviewed):
    assert translated_unreviewed.run("build", "--only", "html", "--locale", "ko_KR")[0] == 0
    assert translation_notices(translated_unreviewed) == [
        f"{KOREAN_FROM} {KOREAN_NOT_REVIEWED} {KOREAN_IF_THEY_DIFFER}"
    ]


def test_the_released_page_says_who_reviewed_the_translation(translated):
    code, _, err = translated.run("build", "--release", "--only", "html", "--locale", "ko_KR")
    assert code == 0, err
    assert translation_notices(translated, folder="dist") == [KOREAN_TRANSLATION]


def test_the_language_help_notice_gives_the_regions_language_line(translated):
    config = with_readers(CONFIG, "US", "US").replace(
        'page_size = "Letter"\n', 'page_size = "Letter"\nlanguage_line = "1-800-555-0100"\n', 1
    )
    translated.path("leaflets.toml").write_text(config, encoding="utf-8")
    code, out, err = translated.run("build", "--only", "html")
    assert code == 0, err
    # As a reader sees it: Page.text puts a space after each element, and the number is one, a
    # no-wrap span that keeps it on one line (1-800-555-0100번으로, with no space).
    assert KOREAN_HELP_LINE in visible_text(page(translated, "ko_KR"))
    assert "call 1-800-555-0100." in visible_text(page(translated, "en"))


def visible_text(page: Page) -> str:
    return " ".join("".join(page.texts).split())


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")
def test_the_notices_are_in_the_pdf(translated):
    assert translated.run("build", "--leaflet", "demo", "--locale", "ko_KR", "--only", "pdf")[0] == 0
    text = " ".join(pdf_text(translated.path("build/ko_KR/demo.pdf")).split())
    assert "언어 지원은 무료입니다." in text and KOREAN_TRANSLATION in text
    assert text.count("영어판 2.1 버전을 번역한 것입니다.") == 1 and "바탕으로" not in text


def test_a_project_may_turn_each_notice_off(translated):
    translated.path("leaflets.toml").write_text(
        CONFIG + "\n[notices]\nlanguage_assistance = false\ntranslation = false\n", encoding="utf-8"
    )
    assert translated.run("build", "--only", "html")[0] == 0
    korean = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert "언어 지원" not in korean and 'class="language-assistance"' not in korean
    # Which English it translates and who reviewed it is the translation's record, not a notice to turn off.
    assert translation_notices(translated) == [f"{KOREAN_FROM} {KOREAN_REVIEWED}"]
    assert 'class="notices"' not in translated.path("build/en/demo.html").read_text(encoding="utf-8")
    translated.path("leaflets.toml").write_text(CONFIG + "\n[notices]\nlanguage_assistance = false\n", encoding="utf-8")
    assert translated.run("build", "--only", "html")[0] == 0
    assert translation_notices(translated) == [KOREAN_TRANSLATION] and "언어 지원" not in page(translated, "ko_KR").text


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


def review_box(path) -> dict[str, str]:
    """The page's review box (``<dl class="review">``), each label with its value, as a screen reader pairs them."""
    body = tinyhtml5.parse(path.read_text(encoding="utf-8")).find("{*}body")
    box = next(e for e in body.iter() if e.tag.endswith("}dl") and "review" in (e.get("class") or "").split())
    said = [(e.tag.split("}")[1], " ".join("".join(e.itertext()).split())) for e in box]
    assert [tag for tag, _ in said] == ["dt", "dd"] * (len(said) // 2), said
    return {label: value for (_, label), (_, value) in zip(said[::2], said[1::2], strict=True)}


def test_the_english_page_names_its_version_and_a_translation_names_it_once_in_its_notice(translated):
    """A clinician comparing a printed English page with the current one tells them apart by version."""
    assert translated.run("build", "--leaflet", "demo")[0] == 0
    english = translated.path("build/en/demo.html")
    assert review_box(english) == {
        "Medically reviewed by": "Dr. Mina Cho, PharmD",
        "Review date": "October 1, 2026",
        "Version": "2.1",
    }
    printed = [" ".join(line.split()) for line in pdf_text(translated.path("build/en/demo.pdf")).splitlines()]
    assert "Version 2.1" in printed, printed
    # The translation says it in its notice, once, and its review box (the English version's) not again.
    korean = translated.path("build/ko_KR/demo.html")
    assert review_box(korean) == {"영어판 의학 감수": "Dr. Mina Cho, PharmD", "영어판 감수일": "2026년 10월 1일"}
    assert translation_notices(translated) == [KOREAN_TRANSLATION]
    text = " ".join(pdf_text(translated.path("build/ko_KR/demo.pdf")).split())
    assert text.count("2.1") == 1 and KOREAN_FROM in text


def test_a_leaflet_without_a_version_shows_none(translated):
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace('version: "2.1"\n', ""), encoding="utf-8")
    assert translated.run("build", "--leaflet", "demo", "--only", "html")[0] == 0
    assert review_box(translated.path("build/en/demo.html")) == {
        "Medically reviewed by": "Dr. Mina Cho, PharmD",
        "Review date": "October 1, 2026",
    }
