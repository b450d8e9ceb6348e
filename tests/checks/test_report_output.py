"""What `leaflets check` prints, byte for byte: the summary table and the JSON a CI reads.

The report of several catalogs is one table sorted by leaflet then locale, its
names left-aligned and its numbers right-aligned under their headings; the JSON
keeps Korean readable and is indented by two spaces.
"""

from __future__ import annotations

import json

from pipeline.checks import check_catalog, format_json, format_text
from pipeline.findings import ERROR, WARNING, Finding
from tests.checks.helpers import Entry, header, msgid_line

KOREAN_LINK = "https://example.org/안내"


def test_the_summary_table_is_sorted_by_leaflet_then_locale_and_aligned(catalogs):
    catalogs.write(Entry("Headache", "두통"), Entry("Fever"), domain="ivig-ten")
    catalogs.write(Entry("Headache", "Dolor de cabeza"), locale="es", domain="ivig-ten")
    catalogs.write(Entry("Headache", "두통"), domain="common")
    catalogs.write_text(header() + '\nmsgid "Fever\nmsgstr ""\n', domain="ivig-dermatology", gettext_valid=False)
    project = catalogs.project
    reports = [
        check_catalog(project, locale, domain)
        for locale, domain in [
            ("ko_KR", "ivig-ten"),
            ("es", "ivig-ten"),
            ("ko_KR", "ivig-dermatology"),
            ("ko_KR", "common"),
        ]
    ]
    text = format_text(reports)
    findings, table, total = text.split("\n\n")
    assert findings.splitlines() == [f.format() for f in reports[0].findings + reports[2].findings]
    assert table.splitlines() == [
        "domain            locale  entries  translated  fuzzy  untranslated  errors  warnings",
        "common            ko_KR         1      100.0%      0             0       0         0",
        "ivig-dermatology  ko_KR         0  unreadable      0             0       1         0",
        "ivig-ten          es            1      100.0%      0             0       0         0",
        "ivig-ten          ko_KR         2       50.0%      0             1       0         1",
    ]
    assert total == "1 error, 1 warning in 4 catalogs\n"


def test_a_clean_run_prints_only_the_table_and_the_total(catalogs):
    catalogs.write(Entry("Headache", "두통"))
    text = format_text([check_catalog(catalogs.project, "ko_KR", "ivig-ten")])
    assert text == (
        "domain    locale  entries  translated  fuzzy  untranslated  errors  warnings\n"
        "ivig-ten  ko_KR         1      100.0%      0             0       0         0\n"
        "\n"
        "0 errors, 0 warnings in 1 catalog\n"
    )


def test_the_json_report_keeps_korean_readable_and_is_indented_by_two(catalogs):
    source = f"See the [guide]({KOREAN_LINK})."
    path = catalogs.write(Entry(source, "[안내서](https://example.org/다른곳)를 보세요."))
    output = format_json([check_catalog(catalogs.project, "ko_KR", "ivig-ten")])
    line = msgid_line(path, source)
    assert output == json.dumps(json.loads(output), ensure_ascii=False, indent=2)
    location = {
        "file": "locales/ko_KR/LC_MESSAGES/ivig-ten.po",
        "line": line,
        "severity": "error",
        "check": "markup",
        "locale": "ko_KR",
        "domain": "ivig-ten",
        "msgid": source,
    }
    assert json.loads(output) == [
        {**location, "message": "link target https://example.org/다른곳 in the translation is not in the source"},
        {**location, "message": f"link target {KOREAN_LINK} is missing from the translation"},
    ]
    assert f'    "message": "link target {KOREAN_LINK} is missing from the translation"' in output.splitlines()


SOURCE_FINDINGS = [
    Finding("source/ivig-ten.md", 3, ERROR, "source", "en", "ivig-ten", "", "an image is not allowed"),
    Finding("source/ivig-ten.md", 9, WARNING, "readability", "en", "ivig-ten", "", "reads above grade 8"),
]


def test_the_english_sources_findings_come_first_and_count_in_the_total(catalogs):
    catalogs.write(Entry("Headache", "두통"), Entry("Fever"))
    reports = [check_catalog(catalogs.project, "ko_KR", "ivig-ten")]
    findings, _, total = format_text(reports, SOURCE_FINDINGS).split("\n\n")
    assert findings.splitlines() == [f.format() for f in SOURCE_FINDINGS + list(reports[0].findings)]
    assert total == "1 error, 2 warnings in 1 catalog and the English source (2 findings)\n"
    one = format_text(reports, SOURCE_FINDINGS[1:])
    assert one.endswith("0 errors, 2 warnings in 1 catalog and the English source (1 finding)\n")
    data = json.loads(format_json(reports, SOURCE_FINDINGS))
    assert [(d["file"], d["line"]) for d in data] == [
        (f.file, f.line) for f in SOURCE_FINDINGS + list(reports[0].findings)
    ]


def test_a_check_of_only_the_english_shows_no_empty_table_and_says_what_it_checked():
    assert format_text([], SOURCE_FINDINGS, english_checked=True) == (
        "\n".join(f.format() for f in SOURCE_FINDINGS) + "\n\n1 error, 1 warning in the English source (2 findings)\n"
    )
    assert format_text([], (), english_checked=True) == "0 errors, 0 warnings in the English source\n"
    assert format_text([], ()) == "0 errors, 0 warnings in 0 catalogs\n"  # neither was asked for
