"""[header]: charset, Language and Plural-Forms."""

from __future__ import annotations

import pytest

from pipeline.checks import check_catalog
from tests.checks.helpers import Entry, only

ENTRY = Entry("Headache", "두통")


def header_findings(catalogs, locale="ko_KR", **fields):
    report = catalogs.check(ENTRY, locale=locale, gettext_valid=None, **fields)
    return [f for f in report.findings if f.check == "header"]


def test_a_correct_header_passes(catalogs):
    assert catalogs.check(ENTRY).findings == ()


def test_a_non_utf8_charset_is_an_error(catalogs):
    # A real EUC-KR catalog: it parses (and compiles), but the pipeline wants UTF-8.
    path = catalogs.write(ENTRY, Content_Type="text/plain; charset=EUC-KR", gettext_valid=None)
    path.write_bytes(path.read_text(encoding="utf-8").encode("euc-kr"))
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    finding = only(report.findings)
    assert (finding.check, finding.severity, finding.msgid, finding.line) == ("header", "error", "", 1)
    assert finding.message == "the charset is EUC-KR, not UTF-8"
    assert report.translated == 1  # the Korean text itself was read correctly


def test_utf8_bytes_under_a_euc_kr_header_are_a_syntax_error(catalogs):
    catalogs.write(ENTRY, Content_Type="text/plain; charset=EUC-KR", gettext_valid=False)
    finding = only(check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings)
    assert finding.check == "syntax"
    assert finding.message.startswith("the file is not valid euc_kr")


def test_a_placeholder_charset_is_an_error(catalogs):
    finding = only(header_findings(catalogs, Content_Type="text/plain; charset=CHARSET"))
    assert finding.message == "the charset is CHARSET, not UTF-8"


def test_a_language_of_another_directory_is_an_error(catalogs):
    finding = only(header_findings(catalogs, Language="ja_JP"))
    assert finding.message == "the Language header is ja_JP, but the catalog is in the ko_KR directory"


def test_a_missing_language_is_an_error(catalogs):
    finding = only(header_findings(catalogs, Language=None))
    assert finding.message == "the header has no Language; expected ko_KR"


def test_language_spelled_as_bcp47_passes(catalogs):
    assert header_findings(catalogs, Language="ko-KR") == []


def test_english_plural_forms_in_a_korean_catalog_is_an_error(catalogs):
    finding = only(header_findings(catalogs, Plural_Forms="nplurals=2; plural=(n != 1);"))
    assert finding.message == "Plural-Forms is 'nplurals=2; plural=(n != 1);', but CLDR says nplurals=1; plural=0;"


@pytest.mark.parametrize("plural_forms", ["nplurals=1; plural=0;", "nplurals=1; plural=(0)", "nplurals = 1; plural = 0 ;"])
def test_equivalent_spellings_of_the_plural_rule_pass(catalogs, plural_forms):
    assert header_findings(catalogs, Plural_Forms=plural_forms) == []


def test_plural_rules_are_compared_by_meaning(catalogs):
    assert header_findings(catalogs, locale="es", Plural_Forms="nplurals=2; plural=n>1 || n==0;") == []
    finding = only(header_findings(catalogs, locale="es", Plural_Forms="nplurals=2; plural=(n > 1);"))
    assert finding.message.startswith("Plural-Forms is 'nplurals=2; plural=(n > 1);', but CLDR says")


def test_a_missing_plural_forms_is_an_error(catalogs):
    finding = only(header_findings(catalogs, Plural_Forms=None))
    assert finding.message == "the header has no Plural-Forms; CLDR says nplurals=1; plural=0;"
