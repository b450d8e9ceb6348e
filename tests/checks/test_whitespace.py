"""[whitespace]: leading and trailing white space of the translation."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

LONG = "Tell your care team right away if you notice any of these signs."


def test_lost_trailing_space_is_a_warning(catalogs):
    finding = only(catalogs.findings("Version: ", "버전:", check="whitespace", domain="common"))
    assert (finding.severity, finding.msgid) == ("warning", "Version: ")
    assert finding.message == "the source ends with a space, the translation with no white space"


def test_kept_white_space_passes(catalogs):
    assert catalogs.findings("Version: ", "버전: ", check="whitespace", domain="common") == []
    assert catalogs.findings(LONG, "다음과 같은 증상이 있으면 바로 의료진에게 알리세요.", check="whitespace") == []


def test_a_lost_final_line_break_is_an_error_because_msgfmt_rejects_it(catalogs):
    finding = only(catalogs.findings("Version\n", "버전", check="whitespace", domain="common", gettext_valid=False))
    assert finding.severity == "error"
    assert finding.message == (
        "the source ends with a line break, the translation with no white space: the last "
        "character must be a line break in both or in neither (msgfmt rejects the catalog)"
    )


def test_a_line_break_after_a_space_is_not_a_line_break_first_for_msgfmt(catalogs):
    finding = only(catalogs.findings(" \nVersion", "\n버전", check="whitespace", gettext_valid=False))
    assert finding.severity == "error"
    assert finding.message.startswith(
        "the source starts with the white space ' \\n', the translation with a line break: the first"
    )


@pytest.mark.parametrize(
    "blank", [" ", "\t", "\u00a0", "\u3000", "\u200b", " \u200b ", "\u3164", "\ufe0f", "\u2800", "\u115f\u1160"]
)
def test_a_translation_of_white_space_only_is_an_error(catalogs, blank):
    # gettext counts it as translated: the page would show an empty passage, the sentence gone.
    finding = only(catalogs.findings(LONG, blank, check="whitespace"))
    assert (finding.check, finding.severity) == ("whitespace", "error")
    assert finding.message.startswith("the translation is ") and "and nothing else: the page would show an" in (
        finding.message
    )


def test_an_invisible_letter_is_named_by_its_code_not_shown_as_a_blank(catalogs):
    # U+3164 HANGUL FILLER looks like a space on a Korean keyboard's output, and is a letter.
    finding = only(catalogs.findings(LONG, "\u3164", check="whitespace"))
    assert finding.message.startswith("the translation is the invisible character U+3164 HANGUL FILLER and nothing")


def test_a_source_of_white_space_only_may_be_translated_so(catalogs):
    assert catalogs.findings(" ", " ", check="whitespace", domain="common") == []
