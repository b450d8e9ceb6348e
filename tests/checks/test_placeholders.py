"""[placeholders]: template strings keep their placeholders."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only


def test_a_missing_named_placeholder_is_an_error(catalogs):
    findings = catalogs.findings(
        "Page %(page)s of %(pages)s", "%(pages)s쪽 중 %(pages)s쪽", check="placeholders",
        domain="common", flags=["python-format"], gettext_valid=False,  # msgfmt rejects it too
    )
    assert [(f.severity, f.msgid, f.domain, f.message) for f in findings] == [
        ("error", "Page %(page)s of %(pages)s", "common", "placeholder %(page)s is missing from the translation"),
        ("error", "Page %(page)s of %(pages)s", "common", "placeholder %(pages)s in the translation is not in the source"),
    ]


def test_a_translated_placeholder_name_is_an_error_even_without_a_format_flag(catalogs):
    # msgfmt checks only messages flagged python-format; every template string is checked here.
    findings = catalogs.findings(
        "Last updated: %(date)s", "최종 수정일: %(날짜)s", check="placeholders", domain="common", gettext_valid=True
    )
    assert [f.message for f in findings] == ["placeholder %(date)s is missing from the translation"]


def test_reordered_positional_placeholders_are_an_error(catalogs):
    finding = only(
        catalogs.findings("%s of %d pages", "%d쪽 중 %s", check="placeholders", domain="common",
                          flags=["python-format"], gettext_valid=False)
    )
    assert finding.message == "positional placeholders are filled in order: the source has %s %d, the translation %d %s"


def test_a_missing_brace_placeholder_is_an_error(catalogs):
    finding = only(
        catalogs.findings("Printed on {date}", "인쇄일", check="placeholders", domain="common",
                          flags=["python-brace-format"], gettext_valid=False)
    )
    assert finding.message == "placeholder {date} is missing from the translation"


@pytest.mark.parametrize(
    "source, translation, flags",
    [
        ("Page %(page)s of %(pages)s", "%(pages)s쪽 중 %(page)s쪽", ["python-format"]),  # reordered: fine
        ("This translation is based on the English version of %(date)s.", "이 번역은 %(date)s 자 영어판을 바탕으로 합니다.", ["python-format"]),
        ("Printed on {date}", "{date} 인쇄", ["python-brace-format"]),
        ("100%% free", "100%% 무료", ["python-format"]),
    ],
)
def test_kept_placeholders_pass(catalogs, source, translation, flags):
    assert catalogs.findings(source, translation, check="placeholders", domain="common", flags=flags) == []


def test_percent_signs_in_leaflet_prose_are_not_placeholders(catalogs):
    # Babel flags "10% of" as python-format ("% o"); for us it is prose.
    assert catalogs.findings("Up to 10% of patients", "환자의 최대 10%", check="placeholders") == []
    assert catalogs.findings("Up to 10% of patients", "환자의 최대 10%", check="placeholders", domain="common") == []
