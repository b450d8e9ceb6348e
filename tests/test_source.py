"""Reading leaflets: front matter, and one unit per block with its inline Markdown."""

import textwrap

import pytest

from pipeline.errors import SourceError
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, SUMMARY, TABLE_CELL, TITLE
from pipeline.source import parse_leaflet, shown_digest

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

        <!-- i18n: a note on a rule, which has no text -->
        ---

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
        # a comment inside a block's text would reach translators and the page; on its own line it is a note
        (FRONT + "\nTake 2 g/kg <!-- check with pharmacy --> a day.\n", 11, "an HTML comment inside a passage"),
        (FRONT + "\nTake 2 g/kg\na day. <!-- i18n: keep the dose -->\n", 12, "<!-- i18n: note -->"),
        (FRONT + "\n## Dose <!-- draft -->\n", 11, "write it on a line of its own"),
        (FRONT + "\n| Dose | When |\n|---|---|\n| 2 g <!-- x --> | daily |\n", 13, "an HTML comment inside a passage"),
        (FRONT + "\n- one\n- two <!--\n  note -->\n", 12, "an HTML comment inside a passage"),
        # text after a comment on its line would vanish from the page and the catalogs
        (FRONT + "\n<!-- note --> Take 2 g/kg.\n", 11, "text on the same line as an HTML comment"),
        (FRONT + "\n<!-- a -->\n<!-- b --> Take it.\n", 12, "text on the same line as an HTML comment"),
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


@pytest.mark.parametrize(
    "broken, message",
    [
        (
            FRONT.replace('title: "A *title*"', "title: After IVIG: what next"),
            "source/demo.md:3: malformed front matter: mapping values are not allowed here; text with a colon "
            'in it must be in quotes: title: "After IVIG: what next"',
        ),
        (
            FRONT.replace('  - "Ref one.', '\t- "Ref one.'),
            "source/demo.md:8: malformed front matter: found character '\\t' that cannot start any token; "
            "indent with spaces, not tabs",
        ),
    ],
)
def test_a_yaml_mistake_a_writer_makes_says_how_to_write_it(broken, message):
    """Review of the writer workflow: a title with a colon left out of quotes, or a tab, was only
    PyYAML's words ("mapping values are not allowed here"), with no hint of the fix."""
    with pytest.raises(SourceError) as caught:
        parse_leaflet(broken, "source/demo.md", "demo")
    assert str(caught.value) == message


# What the writer reads when the source is refused: the whole message, its file and line.
LINK_SCHEMES = "links may use https:, http:, mailto:, tel:"
COMMENT_LINE = (
    "text on the same line as an HTML comment is dropped from the page and from the catalogs; "
    "put the comment on a line of its own"
)


INDENTED = (
    "this line is indented by four spaces (or a tab) or more, so it is a code block: no translator sees it and "
    "every translated page would show it in English; remove the indentation (a leaflet has no code; a paragraph "
    "under a list item is indented as far as the item's text)"
)
FENCE = (
    "'{}' starts a code block: no translator sees it and every translated page would show it in English; "
    "delete the {} lines (a leaflet has no code)"
)
NO_TABLE = (
    "{} makes no table here: the page would show the pipes as text; a table starts with a header row, "
    "| Heading | Heading |, then |---|---|, and every row has as many cells as the header"
)


@pytest.mark.parametrize(
    "body, line, message",
    [
        ("\n<div>raw</div>\n", 11, "raw HTML is not allowed in a leaflet; write it in Markdown"),
        (
            "\n<!-- i18n keep the dose -->\nTake 2 g/kg.\n",
            11,
            "a translator note is written <!-- i18n: note -->; this one would be lost",
        ),
        ("\n# A second title\n", 11, "the title comes from the front matter; start sections at '##'"),
        # text between two comments on one line: dropped with them unless refused
        ("\n<!-- a remark --> Take it with water. <!-- another -->\n", 11, COMMENT_LINE),
        # a comment over two lines with text after it: the line the text is on
        ("\n<!-- a remark\n--> Take 2 g/kg every four weeks, with water, after a meal.\n", 12, COMMENT_LINE),
        (
            "\n<!-- a remark never closed\n\nTake 2 g/kg.\n",
            11,
            "this HTML comment is never closed with '-->': everything after it would be dropped from the page "
            "and from the catalogs",
        ),
        ("\nTake it with <b>water</b>.\n", 11, "raw HTML '<b>' is not allowed in a leaflet; write it in Markdown"),
        # the first HTML of the passage, on its own line, though the same tag comes again below
        (
            "\nTake it\nwith <b>water</b>\nor <b>milk</b>.\n",
            12,
            "raw HTML '<b>' is not allowed in a leaflet; write it in Markdown",
        ),
        (
            "\nFirst line,\nthen a <!-- remark --> inside the passage.\n",
            12,  # the comment's own line
            "an HTML comment inside a passage would reach translators and show on the page as text; "
            "write it on a line of its own before the block (a note for translators is <!-- i18n: note -->)",
        ),
        (
            "\n![a rash](rash.png)\n",
            11,
            "images are not supported in a leaflet (![a rash](…)); the page would show a stray '!' and a link. "
            "Describe the picture in words",
        ),
        (
            "\nSee [this](file:///etc/passwd).\n",
            11,
            f"link address 'file:///etc/passwd' is refused: a file: address; {LINK_SCHEMES}",
        ),
        (
            "\nSee [this](other.html).\n",
            11,
            "link address 'other.html' is refused: not a full address (a leaflet is also a PDF: write https://…); "
            + LINK_SCHEMES,
        ),
        (
            "\nSee [the study][r].\n\n[r]: https://doi.org/10.1/x\n",
            11,
            "a reference link ([text][label] or [label]) is not kept: each passage is translated and shown on its "
            "own; write the address in the link, [text](https://…)",
        ),
        # Other flavours' Markdown, which CommonMark leaves as text: the page would show the marks.
        (
            "\nTake ~~10 mg~~ 5 mg each day.\n",
            11,
            "'~~10 mg~~' (strikethrough) is not supported: the page would show the tildes and the struck text as "
            "written; delete what is not meant",
        ),
        (
            "\nFirst.\nTake it daily.[^1]\n\n[^1]: A footnote.\n",
            12,
            "'[^1]' (a footnote) is not supported: the page would show it as written; say it in the text, or "
            "list the source under references:",
        ),
        (
            "\n- one\n- [x] done\n",
            12,
            "'[x]' (a task list) is not supported: the page would show the brackets; write the item without them",
        ),
        (
            "\n|---|---|\n| a | b |\n",
            11,
            "'|---|---|' makes no table here: the page would show the pipes as text; a table starts with a header "
            "row, | Heading | Heading |, then |---|---|, and every row has as many cells as the header",
        ),
        (
            "\n| a | b |\n|---|---|---|\n",
            12,
            "'|---|---|---|' makes no table here: the page would show the pipes as text; a table starts with a "
            "header row, | Heading | Heading |, then |---|---|, and every row has as many cells as the header",
        ),
        # a header with no |---| row, a |---| row of fewer cells, a row cut off by a blank line, in a quote:
        # no table, one paragraph of pipes
        ("\n| Strength | Tablets |\n| 500 mg | 2 |\n", 11, NO_TABLE.format("'| Strength | Tablets |'")),
        ("\n| Strength | Tablets |\n|---|\n| 500 mg | 2 |\n", 11, NO_TABLE.format("'| Strength | Tablets |'")),
        ("\n| Age | Strength | Tablets |\n|---|---|\n", 12, NO_TABLE.format("'|---|---|'")),
        ("\n| Strength | Tablets |\n|---|---|\n| 500 mg | 2 |\n\n| 1 g | 4 |\n", 15, NO_TABLE.format("'| 1 g | 4 |'")),
        ("\n> Doses:\n> | Strength | Tablets |\n", 12, NO_TABLE.format("'| Strength | Tablets |'")),
        # GFM makes as many cells of a row as its header has, and drops the others' words
        (
            "\n| Strength | Tablets |\n|---|---|\n| 500 mg | 2 |\n| 1 g | 4 | Never more than 8 a day |\n",
            14,
            "this table row has 3 cells and its header row 2: 'Never more than 8 a day' would be left off the page "
            "and out of the catalogs; give the header row a heading and the |---| row a --- for each column, or "
            "write the words in the row's 2 cells",
        ),
        (
            "\n> | Strength | Tablets |\n> |---|---|\n> | 500 mg | 2 | daily | with food |\n",
            13,
            "this table row has 4 cells and its header row 2: 'daily | with food' would be left off the page and "
            "out of the catalogs; give the header row a heading and the |---| row a --- for each column, or write "
            "the words in the row's 2 cells",
        ),
        # A code block reaches no catalog and is shown as written, in English, on every translated page.
        ("\nTake it at night.\n\n    Do not drive after taking it.\n", 13, INDENTED),
        ("\nTake it at night.\n\n\tDo not drive after taking it.\n", 13, INDENTED),
        ("\n- Take it at night.\n\n      Do not drive after taking it.\n", 13, INDENTED),  # 4 past the text
        ("\n> Take it at night.\n>\n>     Do not drive after taking it.\n", 13, INDENTED),
        ("\nTake it at night.\n\n```\nDo not drive after taking it.\n```\n", 13, FENCE.format("```", "```")),
        ("\n- Take it at night.\n\n  ~~~~\n  Do not drive.\n  ~~~~\n", 13, FENCE.format("~~~~", "~~~~")),
        # The title is the page's h1: a first section at ### skips h2.
        ("\n### Too deep\n", 11, "heading jumps from h1 to h3; use ##"),
        ("\n## Section\n\n#### Too deep\n", 13, "heading jumps from h2 to h4; use ###"),
        ("\n- one\n-\n- three\n", 12, "empty list item"),
        (
            "\nFirst.\n\n## \nText under nothing.\n",
            13,
            "empty heading: a screen reader announces a heading with nothing in it; write its words after the "
            "'##' or delete the line",
        ),
        (
            "\nWe can help: [call](tel:call-us).\n",
            11,
            "link address 'tel:call-us' is refused: a tel: link must be a phone number: digits, an optional "
            "leading +, and spaces, hyphens, dots or brackets",
        ),
        (
            "\nOr [mail](mailto:nobody).\n",
            11,
            "link address 'mailto:nobody' is refused: a mailto: link must be an e-mail address, name@example.org",
        ),
        (
            "\nFirst line,\nsee [x](https://exa mple.org) for more.\n",
            12,
            "'[x](https://exa mple.org)' is not a link: the page would show it as it is written; an address has "
            "no spaces (write %20) and its brackets must be closed, [text](https://…)",
        ),
    ],
)
def test_a_refused_source_tells_the_writer_what_to_write_instead(body, line, message):
    with pytest.raises(SourceError) as caught:
        parse_leaflet(FRONT + body, "source/demo.md", "demo")
    assert (caught.value.file, caught.value.line, caught.value.message) == ("source/demo.md", line, message)


@pytest.mark.parametrize(
    "body, line",
    [
        # a refused link on the first line of a passage of three
        ("\nSee [this](file:///etc/passwd)\nand then\nmore text.\n", 11),
        # written with an entity, so not found as typed: the passage's first line
        ("\nSee [this](java&#x73;cript:alert(1))\nand more text.\n", 11),
        # its address repeated as text on a later line: the link's own line
        ("\nDo not open\n[this](file:///x): the address\nfile:///x is on your computer.\n", 12),
    ],
)
def test_a_refused_link_is_named_on_its_own_line(body, line):
    with pytest.raises(SourceError) as caught:
        parse_leaflet(FRONT + body, "source/demo.md", "demo")
    assert caught.value.line == line


@pytest.mark.parametrize(
    "body",
    [
        "\nTake 1~2 tablets, ~ once a day.\n",  # tildes that strike nothing through
        "\nWrite `~~x~~` or `[^1]` as code.\n",
        "\n[x] marks the box on the form.\n",  # brackets outside a list item
        "\n| a | b |\n|---|---|\n| c | d |\n",
        # a pipe that does not both start and end a line is text, as is an escaped or a lone one
        "\nTake 1 | 2 tablets.\n",
        "\nScore: 3 | 5 |\n",
        "\n| is the pipe key.\n",
        "\n\\| 500 mg | 2 \\|\n",
        "\n`| a | b |` is code.\n",
        "\nA line\n|\nwith a pipe.\n",
    ],
)
def test_what_only_looks_like_other_markdown_is_kept(body):
    assert parse_leaflet(FRONT + body, "source/demo.md", "demo").body_units


def test_table_rows_that_lose_no_words_are_kept():
    """A row of fewer cells than the header is filled with empty ones; a last cell left empty,
    an escaped pipe, and the next table's wider header lose nothing."""
    doc = leaflet("""\

        | Strength | Tablets |
        |---|---|
        | 250 mg |
        | 500 mg | 2 | |
        | 1 g \\| 2 g | 4 |

        | Age | Strength | Tablets |
        |---|---|---|
        | 12 | 500 mg | 2 |
        """)
    assert [u.msgid for u in doc.body_units] == [
        *("Strength", "Tablets", "250 mg", "500 mg", "2", "1 g | 2 g", "4"),
        *("Age", "Strength", "Tablets", "12", "500 mg", "2"),
    ]


def test_a_table_right_under_a_paragraph_line_is_still_a_table():
    """The source parser's table rule keeps each row's cells (to refuse a row that would lose some):
    it is still in markdown-it's chains, so a table interrupts a paragraph as it did."""
    doc = leaflet("""\

        Doses for adults:
        | Strength | Tablets |
        |---|---|
        | 500 mg | 2 |
        """)
    assert [(u.kind, u.msgid) for u in doc.body_units] == [
        (PARAGRAPH, "Doses for adults:"),
        *((TABLE_CELL, cell) for cell in ("Strength", "Tablets", "500 mg", "2")),
    ]


def test_paragraphs_indented_under_list_items_are_translated():
    """Not code: a paragraph indented as far as its item's text (up to three spaces more), a nested
    list, a line indented in the middle of a paragraph, and `code` inside a sentence."""
    doc = leaflet("""\

        - Take it at night.

          Do not drive after taking it.
        - Drink water.

            Drink two glasses a day.
            - Water or juice.

        1. Rest.

           Lie down if you feel dizzy.

        10. Eat.

            Eat something light.

        Take it with
            a glass of water, not `grapefruit juice`.
        """)
    assert [(u.kind, u.msgid) for u in doc.body_units] == [
        (LIST_ITEM, "Take it at night."),
        (LIST_ITEM, "Do not drive after taking it."),
        (LIST_ITEM, "Drink water."),
        (LIST_ITEM, "Drink two glasses a day."),
        (LIST_ITEM, "Water or juice."),
        (LIST_ITEM, "Rest."),
        (LIST_ITEM, "Lie down if you feel dizzy."),
        (LIST_ITEM, "Eat."),
        (LIST_ITEM, "Eat something light."),
        (PARAGRAPH, "Take it with a glass of water, not `grapefruit juice`."),
    ]


def test_an_html_comment_on_a_line_of_its_own_is_dropped():
    doc = leaflet("""\

        <!-- reviewed with the pharmacy, 2026 -->
        Take 2 g/kg.
        """)
    assert [(u.msgid, u.notes) for u in doc.body_units] == [("Take 2 g/kg.", ())]


def test_a_note_ending_a_quote_is_for_the_next_passage_only():
    doc = leaflet("""\

        > Call 911 in an emergency.
        >
        > <!-- i18n: keep the bold words bold -->

        After **the infusion**, rest.

        Last.
        """)
    notes = {u.msgid: u.notes for u in doc.body_units}
    assert notes == {
        "Call 911 in an emergency.": (),
        "After **the infusion**, rest.": ("keep the bold words bold",),
        "Last.": (),
    }


def test_a_note_above_a_list_item_is_for_that_item_only():
    doc = leaflet("""\

        - Fever

          <!-- i18n: "chills" means shaking with cold -->
        - Chills
        - Rash
        """)
    notes = {u.msgid: u.notes for u in doc.body_units}
    assert notes == {"Fever": (), "Chills": ('"chills" means shaking with cold',), "Rash": ()}


@pytest.mark.parametrize(
    "body",
    [
        "Call [911](tel:911), [+1 (800) 555-0100](tel:+1-(800)-555.0100) or [ext](tel:+1-800-555-0100;ext=12).",
        "Write to [us](mailto:help@example.org) or [both](mailto:a@example.org,b@example.org?subject=IVIG).",
        "Brackets that are not a link: \\[1\\](a), `[x](y z)` and [a] (b).",
        "A link in brackets ([study](https://doi.org/10.1/x)) and one ending in a quote [x](https://example.org/'t').",
    ],
)
def test_links_and_brackets_a_page_shows_as_written_are_accepted(body):
    assert leaflet("\n" + body + "\n").body_units


# The front matter as a writer mistypes it: the message, and the line it names.
@pytest.mark.parametrize(
    "front, line, message",
    [
        (
            FRONT.replace("summary:", "sumary:"),
            4,
            "unknown front matter key 'sumary'; did you mean 'summary'?",
        ),
        (
            FRONT.replace('summary: "A summary."', 'summary: "A summary."\npages: 2'),
            5,
            "unknown front matter key 'pages'; the keys are id, title, summary, reviewed_by, reviewed_on, "
            "references, version, reviewed_text",
        ),
        (
            FRONT.replace("reviewed_on: 2026-10-01\n", 'reviewed_on: 2026-10-01\nreviewed_by: "Dr. B"\n'),
            7,
            "reviewed_by is given twice, on line 5 and here; keep one",
        ),
    ],
)
def test_a_mistyped_front_matter_key_is_named_on_its_line(front, line, message):
    with pytest.raises(SourceError) as caught:
        parse_leaflet(front + "\nText.\n", "source/demo.md", "demo")
    assert (caught.value.file, caught.value.line, caught.value.message) == ("source/demo.md", line, message)


def test_extract_names_a_misspelt_key_and_a_key_given_twice(project):
    leaflet_file = project.path("source/demo.md")
    written = leaflet_file.read_text(encoding="utf-8")
    leaflet_file.write_text(written.replace("summary:", "sumary:"), encoding="utf-8")
    code, _, err = project.run("extract")
    assert (code, err) == (1, "source/demo.md:4: unknown front matter key 'sumary'; did you mean 'summary'?\n")
    twice = written.replace("version:", 'reviewed_by: "Dr. B"\nversion:')
    leaflet_file.write_text(twice, encoding="utf-8")
    code, _, err = project.run("extract")
    assert (code, err) == (1, "source/demo.md:8: reviewed_by is given twice, on line 5 and here; keep one\n")


# -- parsed once per command ----------------------------------------------------------


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The sources parsed (their Markdown), by file."""
    from pipeline import source

    calls: list[str] = []
    original = source.parse_leaflet

    def parse(text, relpath, expected_id=None, latest=None):
        calls.append(relpath)
        return original(text, relpath, expected_id, latest)

    monkeypatch.setattr(source, "parse_leaflet", parse)
    return calls


def test_a_build_and_the_status_page_written_after_it_parse_a_source_once(translated, parses):
    code, out, _ = translated.run("build", "--only", "html", "--jobs", "1")
    assert code == 0 and "wrote build/status.html" in out  # the status page reads every leaflet too
    assert parses == ["source/demo.md"]


def test_bytes_parsed_once_within_a_command_and_again_outside_or_on_another_day(monkeypatch, parses):
    from pipeline import source

    data = (FRONT + "\nSome text.\n").encode()
    outside = [source.parse_source(data, "", "source/demo.md", "demo") for _ in range(2)]
    assert len(parses) == 2 and outside[0] == outside[1]  # `serve` lives for days: nothing kept between commands
    with source.each_source_parsed_once():
        first = source.parse_source(data, "", "source/demo.md", "demo")
        assert source.parse_source(data, "", "source/demo.md", "demo") is first and len(parses) == 3
        assert source.parse_source(data + b"More.\n", "", "source/demo.md", "demo") != first and len(parses) == 4
        # A review dated tomorrow is refused until it is today: the day is part of what is parsed.
        monkeypatch.setattr(source, "latest_date", lambda now=None: first.reviewed_on)
        source.parse_source(data, "", "source/demo.md", "demo")
        assert len(parses) == 5


def test_sources_sharing_a_body_have_it_parsed_once_and_each_keeps_its_own_file_and_lines(monkeypatch):
    from pipeline import source

    bodies: list[str] = []
    original = source.segment

    def segment(body, first_line, path):
        bodies.append(path)
        return original(body, first_line, path)

    monkeypatch.setattr(source, "segment", segment)

    def text(leaflet_id: str, body: str, extra_front: str = "") -> bytes:
        return (FRONT.replace("id: demo", f"id: {leaflet_id}{extra_front}") + body).encode()

    body = "\n## Dose\n\nTake **one** tablet.\n"
    broken = "\n## Dose\n\n#### Too deep\n"
    with source.each_source_parsed_once():
        one = source.parse_source(text("one", body), "", "source/one.md", "one")
        two = source.parse_source(text("two", body), "", "source/two.md", "two")
        assert bodies == ["source/one.md"]  # the clone's body was not parsed again
        assert (one.id, one.path, two.id, two.path) == ("one", "source/one.md", "two", "source/two.md")
        assert one.body_units == two.body_units and [u.line for u in two.body_units] == [11, 13]
        # The same body further down its file: its units' lines are its own.
        three = source.parse_source(text("three", body, "\nversion: '2'"), "", "source/three.md", "three")
        assert [u.line for u in three.body_units] == [12, 14] and three.body_units[0].msgid == "Dose"
        # A body that cannot be read is refused in each file that holds it, naming that file.
        for name in ("four", "five"):
            with pytest.raises(SourceError) as caught:
                source.parse_source(text(name, broken), "", f"source/{name}.md", name)
            assert (caught.value.file, caught.value.line) == (f"source/{name}.md", 13)


def test_a_link_title_is_refused_on_its_line():
    body = '\nFirst line,\nsee the [study](https://doi.org/10.1/x "a tooltip").\n'
    with pytest.raises(SourceError) as caught:
        parse_leaflet(FRONT + body, "source/demo.md", "demo")
    assert (caught.value.line, caught.value.message) == (
        12,
        "the link title 'a tooltip' is refused: a title is a tooltip, on no printed page and read by few "
        "screen readers; put its words in the text, [text](https://…)",
    )


SHOWN = """\

    ## Dose

    <!-- i18n: Keep the dose exactly as written. -->
    Take **1 g/kg/day**
    for 3 days.

    - Headache
    - Fever
    """


@pytest.mark.parametrize(
    "old, new",
    [
        ("Keep the dose exactly as written.", "Keep the dose and its unit as written."),  # a note to translators
        ("<!-- i18n: Keep the dose exactly as written. -->\n", ""),  # the note deleted
        ("## Dose\n", "## Dose\n\n<!-- TODO: ask pharmacy -->\n"),  # a comment added
        ("**1 g/kg/day**\n", "**1 g/kg/day** "),  # a line break inside a paragraph
        ("- Headache\n- Fever", "* Headache\n* Fever"),  # another spelling of the same list
    ],
)
def test_what_no_page_shows_leaves_the_english_shown_as_it_was(old, new):
    assert old in textwrap.dedent(SHOWN)
    edited = leaflet(textwrap.dedent(SHOWN).replace(old, new))
    assert shown_digest(edited) == shown_digest(leaflet(SHOWN))


@pytest.mark.parametrize(
    "old, new",
    [
        ("for 3 days", "for 5 days"),  # a word of a passage
        ("## Dose", "## Dose and timing"),  # a heading
        ("- Headache\n- Fever", "1. Headache\n1. Fever"),  # a list made a numbered one
        ("- Headache\n- Fever", "- Fever\n- Headache"),  # passages in another order
        ('title: "A *title*"', 'title: "A new *title*"'),
        ('summary: "A summary."', 'summary: "Another summary."'),
        ('reviewed_by: "Dr. A"', 'reviewed_by: "Dr. B"'),
        ("reviewed_on: 2026-10-01", "reviewed_on: 2026-09-01"),
        ("Ref one.", "Ref two."),
        ("references:", 'version: "2.2"\nreferences:'),
    ],
)
def test_what_a_page_shows_changes_the_english_shown(old, new):
    text = FRONT + textwrap.dedent(SHOWN)
    assert old in text
    edited = parse_leaflet(text.replace(old, new), "source/demo.md", "demo")
    assert shown_digest(edited) != shown_digest(leaflet(SHOWN))
