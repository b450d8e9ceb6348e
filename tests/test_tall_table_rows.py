"""A table row taller than a page: the print style keeps a row on one page (``tr { break-inside:
avoid }``), which a row that cannot fit must not turn into text cut off at the page's foot."""

from __future__ import annotations

import shutil

import pytest

from tests.rendered import pdf_pages

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

# About three pages of one cell, each sentence numbered so that a lost line is named.
TALL_CELL = " ".join(f"Step {n}: check the drip rate." for n in range(1, 400))


def test_a_table_row_taller_than_a_page_is_printed_whole_across_pages(project):
    source = project.path("source/demo.md")
    source.write_text(
        source.read_text(encoding="utf-8").replace(
            "| TEN | More than 30% |", f"| TEN | More than 30% |\n| Long | {TALL_CELL} |\n| After | Last row |"
        ),
        encoding="utf-8",
    )
    assert project.run("extract")[0] == 0
    code, _, err = project.run("build", "--locale", "en")
    assert code == 0, err

    pages = pdf_pages(project.path("build/en/demo.pdf"), body_only=True)
    assert len(pages) >= 3
    running_head = set.intersection(*map(set, pages))  # on every page ("Draft"): not the row's text
    text = " ".join(line for page in pages for line in page if line not in running_head)
    steps = [n for n in range(1, 400) if f"Step {n}: check the drip rate." in text]
    assert steps == list(range(1, 400))  # every line of the row, none past a page's foot
    assert text.index("Step 399:") < text.index("Last row")  # and the row after it, in order
