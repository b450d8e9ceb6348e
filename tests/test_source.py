"""Reading leaflets: front matter, and one unit per block with its inline Markdown."""

import textwrap

import pytest

from pipeline.errors import SourceError
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, SUMMARY, TABLE_CELL, TITLE
from pipeline.source import parse_leaflet

FRONT = textwrap.dedent("""\
    ---
    id: demo
    title: "A *title*"
    summary: "A summary."
    reviewed_by: "Dr. A"
    reviewed_on: 2026-10-01
    references:
      - "Ref one. https://doi.org/10.1/x"
    ---
    """)


def leaflet(body: str):
    return parse_leaflet(FRONT + textwrap.dedent(body), "source/demo.md", "demo")


def test_every_block_kind_is_one_unit_with_inline_markup_kept():
    doc = leaflet("""\

        ## Dose *and* timing

        Take **1 g/kg/day**, see the
          [study](https://doi.org/10.1/x).

        - item with `code`
        - second *item*

        1. ordered one

        > quoted **warning**

        | Head A | Head B |
        |---|---|
        | cell [l](https://a.example/1) | 10% |
        """)
    found = [(u.kind, u.msgid, u.line) for u in doc.units]
    assert found == [
        (TITLE, "A *title*", 3),
        (SUMMARY, "A summary.", 4),
        (HEADING, "Dose *and* timing", 11),
        (PARAGRAPH, "Take **1 g/kg/day**, see the [study](https://doi.org/10.1/x).", 13),
        (LIST_ITEM, "item with `code`", 16),
        (LIST_ITEM, "second *item*", 17),
        (LIST_ITEM, "ordered one", 19),
        (QUOTE, "quoted **warning**", 21),
        (TABLE_CELL, "Head A", 23),
        (TABLE_CELL, "Head B", 23),
        (TABLE_CELL, "cell [l](https://a.example/1)", 25),
        (TABLE_CELL, "10%", 25),
    ]


def test_i18n_comment_becomes_a_note_on_the_next_block_only():
    doc = leaflet("""\

        <!-- i18n: keep the dose -->
        Take 2 g/kg.

        Next paragraph.

        <!-- i18n: a list note -->
        - one
        - two

        After.

        <!-- i18n: a note on code, which is not translated -->
            dose = 2

        Last.
        """)
    notes = {u.msgid: u.notes for u in doc.body_units}
    assert notes == {
        "Take 2 g/kg.": ("keep the dose",),
        "Next paragraph.": (),
        "one": ("a list note",),
        "two": ("a list note",),
        "After.": (),
        "Last.": (),
    }


@pytest.mark.parametrize(
    "broken, line, words",
    [
        (FRONT.replace('reviewed_by: "Dr. A"\n', ""), 8, "reviewed_by"),
        (FRONT.replace("reviewed_on: 2026-10-01", "reviewed_on: next week"), 6, "ISO date"),
        (FRONT.replace('summary: "A summary."', "summary: [unclosed"), 5, "malformed front matter"),
        (FRONT.replace("id: demo", "id: other"), 2, "does not match the file name"),
        (FRONT.replace("---\n", "", 1), 1, "front matter"),
        (FRONT + "\n<div>raw</div>\n", 11, "raw HTML"),
        (FRONT + "\n<!-- i18n keep the dose -->\nTake 2 g/kg.\n", 11, "translator note"),
        (FRONT + "\n# A second title\n", 11, "start sections at '##'"),
        (FRONT.replace('summary: "A summary."', 'summary: "A summary.'), 5, "left open?"),
        (FRONT + "\n## Section\n\n#### Too deep\n", 13, "heading jumps from h2 to h4"),
        (FRONT + "\n- one\n-\n- three\n", 12, "empty list item"),
        (FRONT, 10, "no text after its front matter"),
        (FRONT.replace('references:\n  - "Ref one. https://doi.org/10.1/x"', "references: []"), 7, "at least one"),
    ],
)
def test_malformed_input_is_an_error_naming_file_and_line(broken, line, words):
    with pytest.raises(SourceError) as caught:
        parse_leaflet(broken, "source/demo.md", "demo")
    assert caught.value.file == "source/demo.md"
    assert caught.value.line == line
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"source/demo.md:{line}: ")
