"""One reader, one writer: every catalog in the repository and GNU gettext's own
test catalogs read and write back without losing anything."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.catalogs import read_po, write_po
from pipeline.catalogs.catalog import Catalog, Message
from pipeline.errors import CatalogError

REPO = Path(__file__).resolve().parents[2]
GNU_CATALOGS = sorted((REPO / "tests/data/gettext").glob("*.po*"))
MSGCAT = shutil.which("msgcat")
SHIPPED = sorted([*REPO.glob("locales/*.pot"), *REPO.glob("locales/*/LC_MESSAGES/*.po")])


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_catalog_in_the_repository_is_written_back_byte_identical(path):
    data = path.read_bytes()
    assert write_po(read_po(data, path.name)) == data


def test_the_gnu_corpus_is_there():
    assert len(GNU_CATALOGS) > 80


def msgcat(path: Path) -> subprocess.CompletedProcess:
    """GNU's reading of a catalog, written out unwrapped: two files that print
    the same are the same catalog to gettext."""
    return subprocess.run([MSGCAT, "--no-wrap", "-o", "-", str(path)], capture_output=True)


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext is installed by make test")
@pytest.mark.parametrize("path", GNU_CATALOGS, ids=lambda p: p.name)
def test_gnu_gettexts_test_catalogs_read_and_write_back_as_gnu_reads_them(path, tmp_path):
    data = path.read_bytes()
    gnu = msgcat(path)
    if data.lstrip().startswith(b"domain") or b'\ndomain "' in data or b"\ndomain\t" in data:
        # Several domains in one file: valid for gettext, refused here by name.
        with pytest.raises(CatalogError, match="domain directive"):
            read_po(data, path.name)
        return
    if gnu.returncode != 0:
        # What gettext rejects is rejected here too, or is a template-only
        # placeholder charset the [header] check reports.
        try:
            catalog = read_po(data, path.name)
        except CatalogError:
            return
        assert "charset=CHARSET" in catalog.header_value("Content-Type"), gnu.stderr.decode()
        return
    catalog = read_po(data, path.name)
    written = write_po(catalog)
    assert read_po(written, path.name) == catalog
    ours = tmp_path / f"ours{path.suffix}"
    ours.write_bytes(written)
    assert msgcat(ours).stdout == gnu.stdout


def test_what_is_read_is_what_is_written_whatever_the_flags_order_or_header():
    text = (
        '# Translator\'s note\n#, fuzzy\nmsgid ""\nmsgstr ""\n'
        '"Language: ko_KR\\n"\n"X-Generator: Poedit 3.4\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        "#  indented translator comment\n#. note for translators\n#: a.md:3 b.md:10\n#, c-format, fuzzy\n"
        '#| msgctxt "old"\n#| msgid "Old \\"text\\""\nmsgctxt "ctx"\nmsgid "Text"\nmsgstr "글"\n\n'
        '#, fuzzy\n#~| msgid "Older"\n#~ msgid "Gone"\n#~ msgstr "사라짐"\n\n'
    )
    catalog = read_po(text.encode("utf-8"))
    message = catalog.get("Text", "ctx")
    assert message.flags == ("c-format", "fuzzy")
    assert message.translator_comments == (" indented translator comment",)
    assert (message.previous_msgctxt, message.previous_msgid) == ("old", 'Old "text"')
    assert message.references == ("a.md:3", "b.md:10") and message.line == 16
    assert catalog.obsolete[0].fuzzy and catalog.obsolete[0].previous_msgid == "Older"
    assert catalog.headers == (
        ("Language", "ko_KR"),
        ("X-Generator", "Poedit 3.4"),
        ("Content-Type", "text/plain; charset=UTF-8"),
    )
    assert write_po(catalog).decode("utf-8") == text


FLAG_LINES = ["#, fuzzy python-format", "#, no-wrap fuzzy", "#,\tfuzzy", "#, c-format,, fuzzy", "#, fuzzy,"]


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext is installed by make test")
@pytest.mark.parametrize("flag_line", FLAG_LINES)
def test_flags_are_separated_by_commas_or_white_space_as_gnu_reads_them(flag_line, tmp_path):
    """Read as one flag, "fuzzy python-format" was no fuzzy mark: the entry was shown, compiled and released."""
    path = tmp_path / "ko.po"
    path.write_text(
        f'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n{flag_line}\nmsgid "A"\nmsgstr "가"\n',
        encoding="utf-8",
    )
    fuzzy_for_gnu = subprocess.run(
        ["msgattrib", "--only-fuzzy", "--no-wrap", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert 'msgid "A"' in fuzzy_for_gnu
    message = read_po(path.read_bytes()).messages[0]
    assert message.fuzzy and "fuzzy" in message.flags and all(" " not in flag for flag in message.flags)


def test_wrapped_strings_and_previous_strings_are_joined_and_written_unwrapped():
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy\n#| msgid ""\n#| "First line\\n"\n#| "second line"\n'
        'msgid ""\n"A long sentence "\n"wrapped by msgcat."\nmsgstr "긴 문장."\n'
    )
    message = read_po(text.encode()).messages[0]
    assert message.msgid == "A long sentence wrapped by msgcat."
    assert message.previous_msgid == "First line\nsecond line"
    written = write_po(read_po(text.encode())).decode()
    assert 'msgid "A long sentence wrapped by msgcat."\n' in written
    assert '#| msgid ""\n#| "First line\\n"\n#| "second line"\n' in written


def test_only_a_newline_ends_a_line_and_escapes_are_gnus():
    # U+2028 and a form feed inside a string are text, not line ends (str.splitlines would split).
    catalog = Catalog(None, (Message("a\u2028b\x0c", msgstr='\\ "\t\a\x0b\r'),))
    assert read_po(write_po(catalog)) == catalog
    assert read_po(b'msgid "\\101\\x42\\?"\nmsgstr ""\n').messages[0].msgid == "AB?"


def test_a_utf8_bom_and_crlf_line_ends_are_read_and_the_bom_noted_but_never_written():
    data = '\ufeffmsgid ""\r\nmsgstr ""\r\n"Content-Type: text/plain; charset=UTF-8\\n"\r\n\r\nmsgid "a"\r\nmsgstr "가"\r\n'
    catalog = read_po(data.encode("utf-8"))
    assert catalog.get("a").msgstr == "가"
    assert catalog.byte_order_mark  # msgfmt rejects it: [syntax] reports it
    assert not write_po(catalog).startswith("\ufeff".encode()) and not read_po(write_po(catalog)).byte_order_mark


def test_a_catalog_in_another_charset_is_read_and_written_in_it():
    text = (
        'msgid ""\nmsgstr ""\n"Language: ko_KR\\n"\n"Content-Type: text/plain; charset=EUC-KR\\n"\n\n'
        'msgid "Fever"\nmsgstr "발열"\n\n'
    )
    data = text.encode("euc-kr")
    catalog = read_po(data)
    assert catalog.get("Fever").msgstr == "발열"
    assert write_po(catalog) == data


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('msgid "a"\n#~ msgstr "b"\n', 2, "inconsistent use of #~"),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr[1] "b"\n', 3, "msgstr[1] where msgstr[0] was expected"),
        ('msgid "a"\nmsgstr[0] "b"\n', 2, "msgstr[...] without a msgid_plural"),
        ('msgid "a"\n# comment\nmsgstr "b"\n', 2, "missing msgstr for the message at line 1"),
        ('domain "x"\nmsgid "a"\nmsgstr "b"\n', 1, "domain directive"),
        ('msgid ""\nmsgstr ""\n\nmsgid ""\nmsgstr ""\n', 4, "duplicate message definition (first defined at line 1)"),
    ],
)
def test_what_msgfmt_rejects_is_an_error_with_its_line(body, line, message):
    with pytest.raises(CatalogError, match=re.escape(message)) as raised:
        read_po(body.encode(), "x.po")
    assert (raised.value.file, raised.value.line) == ("x.po", line)


def test_nothing_is_wrapped_however_long():
    long = "word " * 60
    written = write_po(
        Catalog(
            None,
            (Message(long, msgstr=long, references=tuple(f"a.md:{n}" for n in range(40)), extracted_comments=(long,)),),
        )
    )
    assert written.decode().count("\n") == 5  # note, references, msgid, msgstr, blank line


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])  # CR LF: read by the line parser, not the one-pass reader
def test_each_header_field_is_read_with_the_line_it_begins_on(line_end):
    """What [header] and compile name a field's finding at: the string line its "Name:" begins on,
    whether a field goes on over two strings or two fields share one."""
    text = line_end.join(
        [
            "# a comment",
            'msgid ""',
            'msgstr ""',
            '"Language: ko_KR\\n"',
            '"Plural-Forms: nplurals=1; "',
            '"plural=0;\\nMIME-Version: 1.0\\n"',
            '"Content-Type: text/plain; charset=UTF-8\\n"',
            "",
            'msgid "a"',
            'msgstr "b"',
            "",
        ]
    )
    catalog = read_po(text.encode())
    assert dict(zip((name for name, _ in catalog.headers), catalog.header_field_lines, strict=True)) == {
        "Language": 4,
        "Plural-Forms": 5,
        "MIME-Version": 6,
        "Content-Type": 7,
    }
    assert catalog.header_field_line("content-type") == 7 and catalog.header_field_line("X-Missing") is None
    # Rewritten in memory, the header's fields are no longer where the file had them: its entry's line.
    assert catalog.with_header("Language", "ko").header_field_lines == (2, 2, 2, 2)
