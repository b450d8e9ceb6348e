"""Korean lines break only between words, measured on what was rendered.

Every Korean PDF of a draft and a release build is read back line by line
(pdftotext), and every Korean page as Chromium lays it out at 1280 and 390 px
(tests/browser/check_pages.mjs): no word cut at a line end, however long,
in quotes or brackets or with a particle after ``)`` or a quote, and no
number parted from its unit (``2 g/kg``).
"""

from __future__ import annotations

from tests.rendered import broken_words, html_blocks, pdf_pages, words

KOREAN = "ko_KR"


def korean_pdfs(shipped_outputs):
    pdfs = shipped_outputs.pdfs(KOREAN)
    assert len(pdfs) >= 4  # every leaflet, draft and release
    return pdfs


def test_no_word_is_cut_in_any_korean_pdf(shipped_outputs):
    for pdf in korean_pdfs(shipped_outputs):
        known = words(html_blocks(pdf.with_suffix(".html").read_text(encoding="utf-8")))
        lines = [line for page in pdf_pages(pdf, body_only=True) for line in page]
        assert len(lines) > 100
        assert not broken_words(lines, known), (pdf.name, broken_words(lines, known))


def test_the_measure_finds_a_cut_word():
    known = words(['"가짜"는 의학 정보를 믿지 마세요', "표피괴사용해증(TEN)의 IVIG 치료", "하루에 2 g/kg을 맞습니다"])
    assert broken_words(['"가짜"는 의학 정보를', "믿지 마세요"], known) == []
    assert broken_words(['"가', '짜"는 의학'], known)
    assert broken_words(["표피괴사용해증(TEN)", "의 IVIG 치료"], known)
    assert broken_words(["하루에 2", "g/kg을 맞습니다"], known)


def test_no_word_is_cut_in_chromium(browser_report):
    pages = [r for r in browser_report if f"/{KOREAN}/" in f"/{r['name']}"]
    assert len(pages) >= 8  # two leaflets, draft and release, two widths
    for page in pages:
        known = words(page["blocks"])
        assert len(page["lines"]) > 100
        problems = broken_words(page["lines"], known)
        assert not problems, (page["name"], page["width"], problems)
