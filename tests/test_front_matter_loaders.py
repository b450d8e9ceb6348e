"""Front matter read by libyaml (PyYAML's C parser) is read exactly as PyYAML's own parser reads it.

pipeline/source.py gives libyaml only front matter of the plain shape leaflets have, and
lets PyYAML's parser read anything else and report every error. These tests compare the two
ways on the shipped leaflets, on front matter where the parsers are known to differ, and on
random front matter made of lines of the plain shape and lines just outside it.
"""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline import source
from pipeline.errors import SourceError
from tests.conftest import LEAFLET

REPO = Path(__file__).resolve().parent.parent
SHIPPED = sorted((REPO / "source").glob("*.md"))
FRONT = LEAFLET[: LEAFLET.index("---\n", 4) + 4]  # the test leaflet's front matter, both fences


def front_text(leaflet: str) -> str:
    """What is between the fences."""
    lines = leaflet.splitlines(keepends=True)
    return "".join(lines[1 : lines.index("---\n", 1)])


def read(leaflet: str, *, libyaml: bool) -> object:
    """The leaflet parse_leaflet makes of ``leaflet``, or the error it reports, with or without libyaml."""
    loader = source._CFrontMatterLoader if libyaml else None
    with mock.patch.object(source, "_CFrontMatterLoader", loader):
        try:
            return source.parse_leaflet(leaflet, "source/demo.md", "demo")
        except SourceError as exc:
            return str(exc)


def read_front_matter(text: str, *, libyaml: bool) -> str:
    """repr of the data and key lines _parse_front_matter makes of ``text``, or of its error."""
    loader = source._CFrontMatterLoader if libyaml else None
    with mock.patch.object(source, "_CFrontMatterLoader", loader):
        try:
            return repr(source._parse_front_matter(text, "source/demo.md"))
        except SourceError as exc:
            return str(exc)


pytestmark = pytest.mark.skipif(source._CFrontMatterLoader is None, reason="PyYAML was built without libyaml")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.stem)
def test_every_shipped_leaflet_is_read_by_libyaml_and_read_the_same(path):
    text = path.read_text(encoding="utf-8")
    assert source._PLAIN_SHAPE.fullmatch(front_text(text)), "libyaml does not read this front matter"
    assert source._load_plain_front_matter(front_text(text)) is not None
    with_libyaml = source.parse_leaflet(text, f"source/{path.name}", path.stem)
    with mock.patch.object(source, "_CFrontMatterLoader", None):
        assert source.parse_leaflet(text, f"source/{path.name}", path.stem) == with_libyaml


def test_the_test_leaflet_is_read_by_libyaml():
    assert source._load_plain_front_matter(front_text(LEAFLET)) is not None


# Front matter the two parsers read differently, or that libyaml refuses in other words.
DIFFERENT = [
    FRONT.replace("id: demo", "id: demo\t"),  # libyaml takes a tab after a plain value; PyYAML refuses it
    FRONT.replace('version: "2.1"', 'version: "2.1"\t'),
    FRONT.replace('version: "2.1"', "version: ~]~\t"),
    FRONT.replace('version: "2.1"', 'version: "\ufeff2.1"'),  # libyaml drops a byte order mark; PyYAML keeps it
    FRONT.replace('version: "2.1"', "version: |#"),  # libyaml takes a comment without a space; PyYAML refuses it
    FRONT.replace('version: "2.1"', 'version: "2.1"\n  - "x"'),  # both refuse it, in other words
    FRONT.replace("id: demo", '  - "x"\nid: demo'),
    FRONT.replace("id: demo", "id: " + "[" * 1001),  # libyaml stops at 1,000 levels of nesting
]


@pytest.mark.parametrize("front", DIFFERENT)
def test_front_matter_the_parsers_differ_on_is_reported_as_pyyaml_reads_it(front):
    assert read(front + "Text.\n", libyaml=True) == read(front + "Text.\n", libyaml=False)


def test_an_error_libyaml_words_otherwise_is_pyyaml_s_message_on_its_line():
    broken = FRONT.replace('version: "2.1"', 'version: "2.1"\n  - "x"') + "Text.\n"
    assert source._PLAIN_SHAPE.fullmatch(front_text(broken))  # libyaml is tried first, and refuses it
    assert read(broken, libyaml=True) == (
        "source/demo.md:9: malformed front matter: expected <block end>, but found '<block sequence start>' "
        "(is a quote or bracket on this or the line above left open?)"
    )


# Random front matter: lines of the plain shape, and lines just outside it.
KEYS = st.sampled_from(["id", "title", "version", "references", "yes", "on", "null", "y", "_", "x1_", "1", "k" * 70])
VALUES = st.sampled_from(
    [
        '"a b, c."',
        '"é – 가 😀"',
        '""',
        '"a\\"b"',
        '"a\\tb"',
        '"\ttab"',
        '"\ufeffbom"',
        '"x\u2028y"',
        "demo",
        "1.10",
        "2026-10-15",
        "2026-13-45",
        "0x1F",
        "0777",
        "1e5",
        "yes",
        "No",
        "null",
        "a.b-c_d",
        "-1",
        ".inf",
        "~",
        "'single'",
        "[a, b]",
        "{a: b}",
        "|",
        "|#",
        "> x",
        "&a x",
        "*a",
        "!!str x",
        "!!int x",
        "x # note",
        "x\t",
        "x\ty",
        "a" * 1100,
        '"' + "b" * 1100 + '"',
    ]
)
LINES = st.one_of(
    st.tuples(KEYS, st.sampled_from([":", ": ", ":  ", ":\t"]), VALUES).map("".join),
    st.tuples(KEYS, st.just(":")).map("".join),
    st.tuples(st.sampled_from(["  - ", "- ", " - ", "    - ", "  -\t", "\t- "]), VALUES).map("".join),
    st.sampled_from(["", " ", "# a note", "---", "...", "\t", "   x", "\ufeff", "<<: *a"]),
)
ENDINGS = st.sampled_from(["\n"] * 8 + ["\r\n", "\r", "\u2028", "\x85"])


@settings(max_examples=400, derandomize=True, database=None, deadline=None)
@given(st.lists(st.tuples(LINES, ENDINGS).map("".join), max_size=8))
@example(["id: demo\t\n"])
@example(['title: "\ufeffA"\n'])
@example(["title: |#\n"])
def test_libyaml_reads_front_matter_as_pyyaml_does(lines):
    text = "".join(lines)
    assert read_front_matter(text, libyaml=True) == read_front_matter(text, libyaml=False)
