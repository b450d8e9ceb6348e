"""Print layout, measured page by page on the rendered PDFs (not on the CSS).

Tables: never split after their header row or first row, the header repeated
on every page, rows whole. Headings: at least two lines of what follows on
their page. Paragraphs: at least two lines on each side of a page break; no
page that holds only the disclaimer or a lone line. Body text at 12 pt or
more, lines 1.5 apart, ragged right. And Chromium printing the HTML uses the
locale's paper, like the PDF.
"""

from __future__ import annotations

import itertools
import re
import statistics
import subprocess

import pikepdf
from pypdf import PdfReader

from tests.rendered import FOOTER_MARGIN_PT, html_blocks, pdf_pages, text_runs
from tests.shipped import check_pages

FILLER = (
    "Your care team checks your skin, eyes and mouth every day and changes the dressings when they need it. "
    "They also watch your temperature, your blood pressure and how much you drink."
)


def shipped_pdfs(shipped_outputs):
    pdfs = shipped_outputs.pdfs()
    assert len(pdfs) >= 15
    return pdfs


def body_pages(pdf):
    """Each page's lines without the running footer, list markers left off."""
    return [[_unmarked(line) for line in page] for page in pdf_pages(pdf, body_only=True)]


def _unmarked(line: str) -> str:
    for marker in ("• ", "[EN] "):
        line = line.removeprefix(marker)
    head, _, rest = line.partition(". ")
    return rest if head.isdigit() and rest else line


def in_block(lines: list[str], blocks: list[str], cjk: bool) -> str | None:
    """The block of text these consecutive lines all come from, if one does."""
    joined = ("" if cjk else " ").join(lines)
    return next((block for block in blocks if joined in block), None)


def split_paragraphs(pages: list[list[str]], blocks: list[str], cjk: bool):
    """For each page break inside a block: (page number, lines before, lines after)."""
    for number, (page, following) in enumerate(itertools.pairwise(pages), start=1):
        if not page or not following or not in_block([page[-1], following[0]], blocks, cjk):
            continue
        before = max(n for n in range(1, len(page) + 1) if in_block([*page[-n:], following[0]], blocks, cjk))
        after = max(n for n in range(1, len(following) + 1) if in_block([page[-1], *following[:n]], blocks, cjk))
        yield number, before, after


def test_paragraphs_keep_two_lines_on_each_side_of_a_page_break(shipped_outputs):
    for pdf in shipped_pdfs(shipped_outputs):
        blocks = html_blocks(pdf.with_suffix(".html").read_text(encoding="utf-8"))
        pages = body_pages(pdf)
        for number, before, after in split_paragraphs(pages, blocks, cjk="zh_TW" in str(pdf)):
            assert before >= 2 and after >= 2, (pdf, number, before, after)


def test_headings_keep_two_lines_of_what_follows(shipped_outputs):
    for pdf in shipped_pdfs(shipped_outputs):
        html = pdf.with_suffix(".html").read_text(encoding="utf-8")
        headings = {text for text in html_blocks_of(html, "h2", "h3")}
        for number, page in enumerate(body_pages(pdf), start=1):
            for index, line in enumerate(page):
                if line in headings:
                    assert len(page) - index - 1 >= 2, (pdf, number, line, page[index:])


def test_no_page_holds_only_the_disclaimer_or_a_lone_line(shipped_outputs):
    for pdf in shipped_pdfs(shipped_outputs):
        html = pdf.with_suffix(".html").read_text(encoding="utf-8")
        disclaimer = " ".join(html_blocks_of(html, "footer"))
        for number, page in enumerate(body_pages(pdf), start=1):
            own = [line for line in page if line not in disclaimer]
            assert len(own) >= 2, (pdf, number, page)


def test_body_text_is_12_pt_with_lines_one_and_a_half_apart(shipped_outputs):
    for pdf in shipped_pdfs(shipped_outputs):
        body = " ".join(html_blocks_of(pdf.with_suffix(".html").read_text(encoding="utf-8"), "div"))
        sizes, pitches = [], []
        foot = float(PdfReader(pdf).pages[0].mediabox.height) - FOOTER_MARGIN_PT  # the running footer is below
        for page in text_runs(pdf):
            lines = [run for run in page if len(run.text.strip()) >= 8 and run.text.strip() in body and run.y < foot]
            sizes += [run.size for run in lines]
            # Consecutive lines of one paragraph (a gap between paragraphs is wider).
            pitches += [
                (b.y - a.y) / a.size
                for a, b in itertools.pairwise(lines)
                if a.size == b.size and 0 < b.y - a.y < 2 * a.size
            ]
        assert sizes and min(sizes) >= 12, (pdf, min(sizes))
        assert 1.4 <= statistics.median(pitches) <= 1.6, (pdf, statistics.median(pitches))


def test_body_text_is_ragged_right(shipped_outputs):
    """Justified text would end most full lines at the margin; ragged lines end where their words do."""
    for pdf in shipped_pdfs(shipped_outputs):
        rtl = pdf.parent.name == "ar"  # lines end at the left
        ends = [-start if rtl else end for start, end in line_extents(pdf)]
        flush = sum(1 for end in ends if max(ends) - end < 1)
        assert flush / len(ends) < 0.3, (pdf, flush, len(ends))


def line_extents(pdf) -> list[tuple[float, float]]:
    """Where each line of four words or more starts and ends, in points (poppler's layout)."""
    import xml.etree.ElementTree as ET

    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    namespace = {"x": "http://www.w3.org/1999/xhtml"}
    return [
        (float(line.get("xMin")), float(line.get("xMax")))
        for line in ET.fromstring(xhtml).iterfind(".//x:line", namespace)
        if len(line.findall("x:word", namespace)) >= 4
    ]


def html_blocks_of(html: str, *tags: str) -> list[str]:
    """The text blocks inside every element named in ``tags``."""
    import re

    pattern = "|".join(tags)
    return [
        text
        for match in re.finditer(rf"<({pattern})\b[^>]*>.*?</\1>", html, re.DOTALL)
        for text in html_blocks(match.group())
    ]


def tables_leaflet(project, tables: int = 14) -> None:
    """Tables of 5 rows after paragraphs of growing length: some of them meet the foot of a page.

    Cells carry marks to find them by: H3a (header of table 3), R3x2 (its row 2), E3x2 (the end of row 2's
    second cell, three lines below its start).
    """
    parts = []
    for n in range(tables):
        parts.append(" ".join([FILLER] * (n % 5 + 1)))
        rows = "".join(f"| R{n}x{r} | {FILLER[:150]} E{n}x{r} |\n" for r in range(5))
        parts.append(f"| H{n}a | H{n}b |\n|---|---|\n{rows}")
    source = project.path("source/demo.md")
    source.write_text(source.read_text() + "\n## Tables\n\n" + "\n\n".join(parts) + "\n", encoding="utf-8")
    project.run("extract")


def test_tables_keep_header_and_two_rows_together_and_rows_whole(project):
    tables_leaflet(project)
    assert project.run("build", "--only", "pdf", "--locale", "en")[0] == 0
    pages = [" ".join(page) for page in body_pages(project.path("build/en/demo.pdf"))]
    splits = 0
    for n in range(14):
        holding = [page for page in pages if f"R{n}x" in page]
        for page in holding:
            rows = re.findall(rf"\bR{n}x(\d)\b", page)
            # The header first on every page the table reaches, and two rows or more there.
            assert f"H{n}a" in page and page.index(f"H{n}a") < page.index(f"R{n}x"), (n, page)
            assert len(rows) >= 2, (n, rows)
            # Rows whole: a row's first cell and the end of its second on one page.
            assert all(f"E{n}x{row}" in page for row in rows), (n, rows, page)
        splits += len(holding) > 1
    assert splits  # some table did cross a page


def test_chromium_prints_the_html_on_the_locales_paper(translated, tmp_path):
    """The page's own print stylesheet names the paper: A4 for the test's Korean, Letter for its English."""
    assert translated.run("build", "--only", "html")[0] == 0
    report = check_pages(
        [f"{code}={translated.path(f'build/{code}/demo.html')}" for code in ("ko_KR", "en")], "print", tmp_path
    )
    sizes = {}
    for printed in report:
        with pikepdf.open(printed["pdf"]) as pdf:
            box = pdf.pages[0].mediabox
            sizes[printed["name"]] = (round(float(box[2])), round(float(box[3])))
    assert sizes == {"ko_KR": (595, 842), "en": (612, 792)}
