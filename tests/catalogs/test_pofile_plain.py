"""The one-pass reader of plain catalogs (pofile._read_plain) gives what the line parser gives,
or declines: never another catalog, another line, or a catalog the line parser rejects."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.catalogs import read_po, write_po
from pipeline.catalogs.catalog import Catalog, Message
from pipeline.catalogs.pofile import _declared_encoding, _new_message, _Parser, _read_plain
from pipeline.errors import CatalogError

REPO = Path(__file__).resolve().parents[2]
CATALOGS = sorted(
    [
        *REPO.glob("locales/*.pot"),
        *REPO.glob("locales/*/LC_MESSAGES/*.po"),
        *(REPO / "tests/data/gettext").glob("*.po*"),
    ]
)


def lines_of(catalog: Catalog) -> list[int]:
    """Every entry's line, and the line of each line of the header's text (a header field's):
    ``Message`` and ``Catalog`` equality leave them out."""
    header = [catalog.header.line] if catalog.header else []
    return header + [message.line for message in catalog.messages] + list(catalog.header_lines)


def assert_reads_alike(text: str) -> None:
    """_read_plain declines ``text`` or reads it as the line parser does, lines included."""
    plain = _read_plain(text)
    try:
        parsed = _Parser("x.po").parse(text)
    except CatalogError:
        assert plain is None, "the one-pass reader accepted what the line parser rejects"
        return
    if plain is not None:
        assert plain == parsed
        assert lines_of(plain) == lines_of(parsed)


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_catalog_of_the_repository_and_of_gnu_reads_alike(path):
    data = path.read_bytes()
    assert_reads_alike(data.decode(_declared_encoding(data), errors="replace").removeprefix("\ufeff"))


def test_what_extract_and_update_write_is_read_in_one_pass():
    """The shipped leaflets' catalogs and templates have the plain shape (so ``check`` reads them
    fast), and so does a catalog written with a context, escapes, flags and comments of each kind."""
    shipped = [p for p in CATALOGS if p.is_relative_to(REPO / "locales")]
    not_plain = [p.name for p in shipped if _read_plain(p.read_text(encoding="utf-8")) is None]
    assert set(not_plain) <= {"common.po", "common.pot"}  # plurals: the line parser reads those
    written = write_po(
        Catalog(
            Message("", "Content-Type: text/plain; charset=UTF-8\n"),
            (
                Message(
                    'Say "no"\tthen\\stop\nnext line',
                    "아니요\n다음",
                    msgctxt="button",
                    flags=("fuzzy", "no-python-format"),
                    translator_comments=("checked", ""),
                    extracted_comments=("paragraph",),
                    references=("source/a.md:3", "source/a.md:9"),
                ),
            ),
            (),
        )
    )
    text = written.decode("utf-8")
    assert _read_plain(text) is not None
    assert_reads_alike(text)
    assert read_po(written) == _Parser("x.po").parse(text)


@pytest.mark.parametrize(
    "text",
    [
        '# a note\u2028msgid "x"\nmsgid "a"\nmsgstr "b"\n',  # a U+2028 does not end a comment line
        '# note\\\nmsgid "a"\nmsgstr "b"\n',  # a comment ending in a backslash swallows the msgid
        'msgid "a"\r\nmsgstr "b"\r\n',
        '  msgid "a"\n  msgstr "b"\n',
        'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n',  # defined twice
        'msgid ""\nmsgstr "h"\n\nmsgid ""\nmsgstr "i"\n',  # two headers
        'msgid "a\\q"\nmsgstr "b"\n',  # an escape msgfmt rejects
        'msgid "a\\x41\\101\\n"\nmsgstr "b\\""\n',
        'msgid "a"\nmsgstr "b"\n\n#~ msgid "old"\n#~ msgstr "alt"\n',
        '#, fuzzy\n#| msgid "was"\nmsgid "a"\nmsgstr "b"\n',
        'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[1] "bs"\n',
        'msgid "a"\nmsgstr "b"   \n',
        'msgid "a"\n\nmsgstr "b"\n',
        'msgid "a"\nmsgstr "b"\n#. next, no blank line\nmsgid "c"\nmsgstr "d"',
        '\n\n#.   spaced  \n#:a.md:1   b.md:2\n#,fuzzy,, c-format \nmsgctxt "k"\n"2"\nmsgid "a"\n"b"\nmsgstr ""\n"c"\n\n\n',
        'msgid "unterminated\nmsgstr "b"\n',
        'msgid "a"\nmsgstr "b"\n"continued"\n"again"\n',
        "",
    ],
)
def test_unusual_shapes_read_alike_or_are_left_to_the_line_parser(text):
    assert_reads_alike(text)


LINES = st.sampled_from(
    [
        "",
        "#",
        "# translator note ",
        "#. extracted",
        "#.",
        "#.  two spaces",
        "#.\tafter a tab",
        "#:",
        "#,",
        "#: source/a.md:3 source/b.md:4",
        "#, fuzzy, python-format",
        "#,fuzzy",
        '#| msgid "before"',
        '#~ msgid "gone"',
        '#~ msgstr "weg"',
        "# ends in a backslash\\",
        "# a\u2028b",
        'msgctxt "menu"',
        'msgid ""',
        'msgid "a"',
        'msgid "b\\n"',
        'msgid "c\\x41"',
        'msgid "d\\q"',
        'msgid"e"',
        'msgid_plural "as"',
        'msgstr ""',
        'msgstr "x"',
        'msgstr "y\\""',
        'msgstr[0] "z"',
        'msgstr[1] "zs"',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"more"',
        '"open',
        '  msgid "f"',
        'msgstr "w"\r',
        'msgstr "v" ',
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=24), st.booleans())
def test_any_catalog_reads_alike(lines, final_newline):
    assert_reads_alike("\n".join(lines) + ("\n" if final_newline else ""))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(["#. x", "# y", "#: s.md:1", "#, fuzzy"]), max_size=3),
            st.one_of(st.none(), st.text(max_size=8)),
            st.text(max_size=20),
            st.text(max_size=20),
        ),
        max_size=6,
    ),
    st.integers(min_value=0, max_value=3),
)
def test_plain_entries_of_any_text_read_alike(entries, blank_lines):
    """Entries in the plain shape, of any characters (escaped as GNU writes them)."""

    def quoted(text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + escaped + '"'

    blocks = []
    for comments, context, msgid, msgstr in entries:
        keywords = ([f"msgctxt {quoted(context)}"] if context is not None else []) + [
            f"msgid {quoted(msgid)}",
            f"msgstr {quoted(msgstr)}",
        ]
        blocks.append("\n".join([*comments, *keywords]))
    assert_reads_alike(("\n" * (blank_lines + 1)).join(blocks) + "\n")


def test_a_message_made_without_its_init_is_the_message_its_init_makes():
    """_read_plain makes its messages without Message's __init__ (its defaults updated with what
    the entry says): that holds while Message derives no field, has no __post_init__ and every
    default is a plain value, not a factory."""
    assert not hasattr(Message, "__post_init__")
    assert all(f.default_factory is dataclasses.MISSING for f in dataclasses.fields(Message))
    fields = {"msgid": "a", "msgstr": "b", "msgctxt": "k", "flags": ("fuzzy",), "references": ("a.md:1",), "line": 7}
    made = _new_message(dict(fields))
    expected = Message(**fields)
    assert made == expected
    assert repr(made) == repr(expected)
    assert hash(made) == hash(expected)
    assert made.line == 7
    assert vars(made) == vars(expected)
