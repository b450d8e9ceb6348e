"""A draft's page text (the ``common`` domain: the disclaimer, the review labels, the notices) shown in
English for want of a translation is marked as an untranslated passage is: outlined on screen, "[EN]"
before it on paper and in the PDF, as the draft's banner promises ("shown in English and marked"). A date
beside an English label is an English date. A page whose text is all translated carries no mark.
Read back as a reader's tools do: the HTML parsed, the PDF through poppler (pdftotext)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import tinyhtml5
from pdfua import validate

from tests.conftest import KOREAN
from tests.pdf_structure import structure

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

MARKED = "untranslated"  # data-page-text's value on English page text (pipeline/fallbacks.py)


def marked(element, parents: dict) -> bool:
    """The element, or one around it, carries the mark."""
    while element is not None:
        if element.get("data-page-text") == MARKED:
            return True
        element = parents.get(element)
    return False


def page(path):
    body = tinyhtml5.parse(path.read_text(encoding="utf-8")).find("{*}body")
    parents = {child: parent for parent in body.iter() for child in parent}
    return body, parents


def words(element) -> str:
    return " ".join("".join(element.itertext()).split())


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_english_page_text_of_a_new_languages_draft_is_marked_on_screen_and_in_the_pdf(project):
    """The leaflet in Korean, its page text not translated yet (a language just added) but "Draft"."""
    project.translate("demo", KOREAN)
    project.translate("common", {"Draft": "초안"})  # a banner's English sentence beside Korean: marked alone
    code, _, err = project.run("build", "--locale", "ko_KR")
    assert code == 0, err
    body, parents = page(project.path("build/ko_KR/demo.html"))
    english = [e for e in body.iter() if e.text and e.text.strip() and e.get("lang") == "en"]
    # every English sentence of the templates, each marked (itself or the element holding nothing else)
    said = {" ".join(e.text.split()) for e in english}
    assert {"Medical review of the English version", "Medical disclaimer", "References"} <= said
    banner = body.find(".//{*}div[@id='not-reviewed-note']/{*}p")
    assert banner.find("{*}strong").text == "초안" and not marked(banner.find("{*}strong"), parents)
    assert [e.text for e in english if not marked(e, parents)] == []
    disclaimer = body.find(".//{*}p[@class='short-disclaimer']")
    assert marked(disclaimer, parents) and marked(body.find(".//{*}footer"), parents)
    # The leaflet's own Korean is not marked.
    heading = next(e for e in body.iter() if words(e) == "IVIG 투여 방법")
    assert not marked(heading, parents)
    # On paper and in the PDF, as an untranslated passage: "[EN]" before it.
    text = pdf_text(project.path("build/ko_KR/demo.pdf"))
    assert "[EN] This leaflet is for information only." in text
    assert "[EN] Medical review of the English version" in text
    assert "[EN] Medical disclaimer" in text
    assert "[EN] IVIG 투여 방법" not in text


def test_a_date_beside_an_english_label_is_english_and_beside_a_translated_one_in_the_pages_language(project):
    project.translate("demo", KOREAN)
    assert project.run("build", "--locale", "ko_KR", "--only", "html")[0] == 0
    body, parents = page(project.path("build/ko_KR/demo.html"))
    time = body.find(".//{*}time")
    # "Date of the English review" is not translated yet: its date is English, declared and marked so.
    assert words(time) == "October 1, 2026" and time.find("{*}span").get("lang") == "en" and marked(time, parents)

    project.translate_common_from_repo()
    assert project.run("build", "--locale", "ko_KR", "--only", "html")[0] == 0
    body, parents = page(project.path("build/ko_KR/demo.html"))
    time = body.find(".//{*}time")
    assert words(time) == "2026년 10월 1일" and not marked(time, parents)


def test_a_page_whose_text_is_all_translated_carries_no_mark(translated):
    assert translated.run("build", "--release")[0] == 0
    for path in ("dist/ko_KR/demo.html", "dist/en/demo.html"):
        html = translated.path(path).read_text(encoding="utf-8")
        assert "data-page-text" not in html, path
    assert "[EN]" not in pdf_text(translated.path("dist/ko_KR/demo.pdf"))


def test_a_draft_with_marked_page_text_is_still_tagged_pdf_ua(project):
    """The marks ("[EN]" before whole blocks: the disclaimer, the notices) keep the PDF's structure valid."""
    project.translate("demo", KOREAN)
    assert project.run("build", "--locale", "ko_KR", "--only", "pdf")[0] == 0
    report = validate(str(project.path("build/ko_KR/demo.pdf")))
    assert not report.findings, [(f.rule_id, f.message) for f in report.findings]


def pdf_lines(path) -> list[str]:
    """The PDF's lines as poppler lays them out (-layout), each with its spaces collapsed."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(line.split()) for line in out.splitlines() if line.strip()]


def test_the_mark_before_a_block_of_blocks_starts_its_first_line_on_paper_and_in_the_tags(project):
    """The footer (a heading, then paragraphs) and the notices (two paragraphs) are English as a whole:
    their "[EN]" starts the first line of their first block, as before a paragraph, never a line of its own
    (on paper a reader took the lone mark for a stray, and the English below it for the page's text)."""
    project.translate("demo", KOREAN)
    assert project.run("build", "--locale", "ko_KR", "--only", "pdf")[0] == 0
    pdf = project.path("build/ko_KR/demo.pdf")
    lines = pdf_lines(pdf)
    assert "[EN]" not in lines, lines
    assert "[EN] Medical disclaimer" in lines  # the footer's heading
    assert any(line.startswith("[EN] Translated from the English version 2.1 of October 1, 2026.") for line in lines)
    # A paragraph, as before.
    assert any(line.startswith("[EN] This leaflet is for information only.") for line in lines)
    # Once per block of blocks, not once per block in it.
    assert not any(line.startswith("[EN] If you think you have a medical emergency") for line in lines)
    assert not any(line.startswith("[EN] Help in your language is free") for line in lines)
    # A screen reader reads the mark with the English it marks, in the heading and the paragraph.
    tree = structure(pdf)
    assert "[EN] Medical disclaimer" in [node.text.strip() for node in tree.find("H2")]
    said = [node.text.strip() for node in tree.find("P")]
    assert any(text.startswith("[EN] Translated from the English version 2.1") for text in said), said
    blocks = ("P", "Div", "Sect", "H2")
    alone = [node.kind for node in tree.walk() if node.kind in blocks and node.text.strip() == "[EN]"]
    assert not alone, alone
