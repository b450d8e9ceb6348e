"""[syntax]: a catalog that does not parse is one error with a line, never a traceback."""

from __future__ import annotations

import subprocess

import polib
import pytest

from pipeline.catalogs.pofile import read_file
from pipeline.checks import check_catalog, check_project
from tests.checks.helpers import MSGFMT, header, msgfmt_verdict, only

GOOD_ENTRY = 'msgid "Headache"\nmsgstr "두통"\n'

BROKEN = [
    # (what is wrong, text after the header, line of the problem counted from the first msgid, message)
    ("unescaped quote", 'msgid "Call "911" now"\nmsgstr "911"\n', 0, "unterminated string or unescaped double quote"),
    ("unterminated string", 'msgid "Headache\nmsgstr "두통"\n', 0, "unterminated string or unescaped double quote"),
    ("invalid escape", 'msgid "Headache"\nmsgstr "두\\q통"\n', 1, "invalid escape sequence \\q"),
    (
        "msgid without msgstr",
        'msgid "Headache"\n\nmsgid "Fever"\nmsgstr "열"\n',
        2,
        "missing msgstr for the message at line {first}",
    ),
    ("stray text", 'msgid "Headache"\nmsgstr "두통"\nthis is not PO\n', 2, "unexpected text: 'this is not PO'"),
    (
        "duplicate",
        'msgid "Fever"\nmsgstr "열"\n\nmsgid "Fever"\nmsgstr "발열"\n',
        3,
        "duplicate message definition (first defined at line {first})",
    ),
    (
        "comment continued",
        '#: source/ivig-ten.md:54\\\nmsgid "Fever"\nmsgstr "열"\n',
        -1,
        "a comment ends with a backslash, which joins the next line to it",
    ),
    (
        "bad previous msgid",
        '#| msgtxt "Old"\nmsgid "Fever"\nmsgstr "열"\n',
        -1,
        'unknown keyword msgtxt in a "#|" line (previous msgctxt, msgid or msgid_plural)',
    ),
]


@pytest.mark.parametrize("what, body, offset, message", BROKEN, ids=[case[0] for case in BROKEN])
def test_a_broken_catalog_is_one_syntax_error_with_its_line(catalogs, what, body, offset, message):
    text = header() + "\n" + body
    first = len(header().splitlines()) + 2 + (1 if body.startswith("#") else 0)
    catalogs.write_text(text, gettext_valid=False)  # msgfmt rejects each of them too
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    finding = only(report.findings)
    assert (finding.check, finding.severity, finding.msgid) == ("syntax", "error", "")
    assert finding.file == "locales/ko_KR/LC_MESSAGES/ivig-ten.po"
    assert finding.line == first + offset
    assert finding.message == message.format(first=first)
    assert report.parse_failed and report.entries == 0 and report.percent_translated == 0.0


def test_bytes_that_are_not_the_declared_charset_are_a_syntax_error(catalogs):
    path = catalogs.path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((header() + "\n" + GOOD_ENTRY).encode("utf-8") + b'\nmsgid "Fever"\nmsgstr "\xff\xfe"\n')
    finding = only(check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings)
    assert finding.check == "syntax"
    assert finding.line == len(header().splitlines()) + 6
    assert finding.message == "the file is not valid utf-8 (byte 0xff); save it as UTF-8"


@pytest.mark.parametrize("charset", ["ISO-8859-1", "cp1252", "EUC-KR"])
def test_a_utf8_file_whose_header_says_another_charset_is_one_error_on_that_line(catalogs, charset):
    # Read as the header says, "día" was "dÃ­a": a dozen unit, number and template errors hid the
    # cause, and a draft page showed the garbled text.
    text = header().replace("charset=UTF-8", f"charset={charset}") + "\n" + GOOD_ENTRY
    catalogs.write_text(text, gettext_valid=None)
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    finding = only(report.findings)
    assert (finding.check, report.parse_failed) == ("syntax", True)
    assert finding.line == next(n for n, line in enumerate(text.splitlines(), 1) if "charset=" in line)
    assert finding.message == (
        f"the header declares charset {charset}, but the file is saved as UTF-8; change the header to charset=UTF-8"
    )


def test_an_ascii_file_may_declare_another_charset(catalogs):
    catalogs.write_text(header().replace("charset=UTF-8", "charset=ISO-8859-1") + '\nmsgid "Fever"\nmsgstr "Fiebre"\n')
    assert [f.check for f in check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings] == ["header"]


def test_a_missing_file_is_a_syntax_error_not_an_exception(catalogs, tmp_path):
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten", tmp_path / "nope.po")
    assert only(report.findings).check == "syntax"
    assert report.parse_failed


def test_other_catalogs_are_still_checked(catalogs):
    catalogs.write_text(header() + '\nmsgid "Headache\nmsgstr "두통"\n', domain="ivig-ten", gettext_valid=False)
    catalogs.write_text(header() + '\nmsgid "Fever"\nmsgstr ""\n', domain="ivig-dermatology")
    reports = check_project(catalogs.project)
    assert [(r.domain, r.parse_failed, [f.check for f in r.findings]) for r in reports] == [
        ("ivig-dermatology", False, ["untranslated"]),
        ("ivig-ten", True, ["syntax"]),
    ]


def test_a_well_formed_catalog_with_obsolete_entries_and_plurals_parses(catalogs):
    text = header() + (
        "\n# translator comment\n#. extracted comment\n#: source/ivig-ten.md:3\n#, fuzzy\n"
        '#| msgid "Old headache"\nmsgid "Headache"\nmsgstr ""\n"두통"\n'
        '\nmsgctxt "table"\nmsgid "TEN"\nmsgstr "TEN"\n'
        '\nmsgid "%(count)s day"\nmsgid_plural "%(count)s days"\nmsgstr[0] "%(count)s일"\n'
        '\n#~ msgid "Gone"\n#~ msgstr "사라짐"\n'
    )
    catalogs.write_text(text)  # msgfmt accepts it
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    assert not report.parse_failed
    assert (report.entries, report.translated, report.fuzzy) == (3, 2, 1)
    assert [f.check for f in report.findings] == ["fuzzy"]


@pytest.mark.skipif(MSGFMT is None, reason="GNU msgfmt is not installed")
def test_msgfmt_accepts_the_catalogs_we_consider_valid(catalogs):
    """The helper runs msgfmt on every test catalog; this one states it explicitly."""
    from tests.checks.helpers import Entry
    from tests.checks.test_no_noise import KOREAN_LEAFLET

    path = catalogs.write(*(Entry(source, translation) for source, translation in KOREAN_LEAFLET), gettext_valid=None)
    accepted, stderr = msgfmt_verdict(path)
    assert accepted, stderr
    assert check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings == ()


def test_a_catalog_that_links_out_of_locales_is_one_syntax_error_and_is_not_read(catalogs, tmp_path):
    """A leaflet's catalog that is a symbolic link to a file elsewhere (a valid catalog, even):
    refused at its own name and line 1 before anything is read, as the build refuses it."""
    outside = tmp_path.parent / f"{tmp_path.name}-outside.po"
    outside.write_text(header() + "\n" + GOOD_ENTRY, encoding="utf-8")
    linked = catalogs.path(domain="ivig-dermatology")
    linked.parent.mkdir(parents=True, exist_ok=True)
    linked.symlink_to(outside)
    report = check_catalog(catalogs.project, "ko_KR", "ivig-dermatology")
    file = "locales/ko_KR/LC_MESSAGES/ivig-dermatology.po"
    assert (report.locale, report.domain, report.file, report.parse_failed) == ("ko_KR", "ivig-dermatology", file, True)
    assert [(f.file, f.line, f.severity, f.check, f.locale, f.domain, f.message) for f in report.findings] == [
        (
            file,
            1,
            "error",
            "syntax",
            "ko_KR",
            "ivig-dermatology",
            "the catalog is a symbolic link to a file outside locales/; inputs are read only from inside it",
        )
    ]


def test_check_catalog_checks_the_file_it_is_given(catalogs):
    """A catalog about to replace the one in place (say, a translator's upload) is checked where it is."""
    catalogs.write_text(header() + "\n" + GOOD_ENTRY)
    upload = catalogs.write_text(
        header() + '\nmsgid "Headache"\nmsgstr "두통"\n\nmsgid "Fever"\nmsgstr ""\n', domain="upload"
    )
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten", upload)
    assert (report.file, report.entries, report.untranslated) == ("locales/ko_KR/LC_MESSAGES/upload.po", 2, 1)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_catalog_saved_as_utf16_is_named_so_with_what_to_do(catalogs, encoding):
    """Review of the translator workflow: a catalog saved as "Unicode" by a Windows editor was
    "not valid utf-8 (byte 0xff)" on line 1, or (without a byte order mark) at some byte of line 20."""
    path = catalogs.path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((header() + "\n" + GOOD_ENTRY).encode(encoding))
    finding = only(check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings)
    assert (finding.check, finding.severity, finding.line) == ("syntax", "error", 1)
    assert finding.message == (
        'the file is saved as UTF-16 (what some Windows editors call "Unicode"), which gettext cannot read; '
        "save it as UTF-8 (Save As, encoding UTF-8)"
    )


def test_one_stray_nul_is_not_taken_for_utf16(catalogs):
    """A NUL in a comment near the top was 'saved as UTF-16' (the file is UTF-8, and reads well)."""
    catalogs.write_text("# a comment\x00 the editor left\n" + header() + "\n" + GOOD_ENTRY)  # msgfmt reads it
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    assert not [f for f in report.findings if f.check == "syntax"], report.findings


@pytest.mark.parametrize("escape", ["\\xd800", "\\xDFFF", "\\x110000"])
def test_an_escape_that_is_no_character_is_a_syntax_error_on_its_line(catalogs, escape):
    # msgfmt writes such an escape as a byte; read as a code point it is a lone surrogate or none at
    # all, which passed check and then stopped build, status and compile as "a bug in leaflets".
    text = header() + "\n" + GOOD_ENTRY + f'\nmsgid "Fever"\nmsgstr "열{escape}"\n'
    catalogs.write_text(text, gettext_valid=None)
    finding = only(check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings)
    assert (finding.check, finding.severity) == ("syntax", "error")
    assert finding.line == len(text.splitlines())
    assert finding.message == f"invalid escape sequence {escape}"


def test_strings_side_by_side_on_one_line_are_joined_as_msgfmt_joins_them(catalogs, tmp_path):
    # Valid PO: msgfmt joins them. It was "unterminated string or unescaped double quote", which
    # made the catalog unreadable, withdrew its draft page and refused its release.
    text = header() + "\n" + GOOD_ENTRY + '\nmsgid "Fever"\nmsgstr "고" "열 \\"심함\\""  \n'
    path = catalogs.write_text(text)  # msgfmt accepts it
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    assert not report.parse_failed and [f.check for f in report.findings if f.check == "syntax"] == []
    mo = tmp_path / "joined.mo"
    subprocess.run([MSGFMT, "-o", str(mo), str(path)], check=True)
    assert polib.mofile(str(mo)).find("Fever").msgstr == '고열 "심함"'
    assert read_file(path, "ivig-ten.po").messages[-1].msgstr == '고열 "심함"'
