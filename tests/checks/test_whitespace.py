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


def test_white_space_the_translation_adds_at_an_end_is_a_warning(catalogs):
    # The source has none at either end: what the translation has is still compared.
    finding = only(catalogs.findings(LONG, "다음과 같은 증상이 있으면 바로 의료진에게 알리세요. ", check="whitespace"))
    assert (finding.severity, finding.message) == (
        "warning",
        "the source ends with no white space, the translation with a space",
    )


def test_a_line_break_only_the_msgid_ends_with_is_an_error_because_msgfmt_rejects_it(catalogs):
    # Korean's one form shows the msgid_plural, and the translation and the msgid_plural end alike,
    # but msgfmt compares the msgid too.
    findings = catalogs.findings(
        "One dose\n", "두 번 투여", msgid_plural="Two doses", check="whitespace", gettext_valid=False
    )
    assert [(f.severity, f.message) for f in findings] == [
        (
            "error",
            "msgstr[0]: the source ends with no white space, the translation with no white space: the last "
            "character must be a line break in both or in neither (msgfmt rejects the catalog)",
        )
    ]


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


# Line breaks inside a translation, counted as pofilter's `newlines` test counts them (adopter
# review 3, defect 6): Enter pressed in a one-line msgstr, and text typed after it.
CELL = "A disease that causes a skin rash and weak muscles."
CELL_ES = "Una enfermedad que causa sarpullido en la piel y debilidad en los músculos."


def test_a_table_row_typed_after_a_line_break_the_english_lacks_is_an_error(catalogs):
    finding = only(catalogs.findings(CELL, f"{CELL_ES}\n| Nota | Evite el sol |", locale="es"))
    assert (finding.check, finding.severity) == ("whitespace", "error")
    assert finding.message == (
        "the translation has a line break the source does not have, and a line starts with a table row's |: "
        'the page shows "| Nota | Evite el sol |" as typed, text the English does not have'
    )


@pytest.mark.parametrize(
    ("added", "syntax"),
    [("2. Evite el sol", "a numbered list item's mark"), ("#Evite el sol", "a heading's #")],
)
def test_other_block_syntax_a_paragraph_shows_as_typed_is_an_error(catalogs, added, syntax):
    finding = only(catalogs.findings(CELL, f"{CELL_ES}\n{added}", locale="es"))
    assert finding.severity == "error" and f"a line starts with {syntax}: the page shows" in finding.message


def test_text_typed_after_a_line_break_the_english_lacks_is_a_warning_to_read(catalogs):
    finding = only(catalogs.findings(CELL, f"{CELL_ES}\nEvite el sol.", locale="es"))
    assert (finding.check, finding.severity) == ("whitespace", "warning")
    assert finding.message == (
        'the translation has a line break the source does not have, before "Evite el sol.", which the page '
        "shows run on after a space: read it against the English (text added?)"
    )
    hard = only(catalogs.findings(CELL, f"{CELL_ES}\\\nEvite el sol.", locale="es"))
    assert hard.severity == "warning" and "which the page shows on a line of its own" in hard.message
    windows = only(catalogs.findings(CELL, "Una enfermedad que causa\r\nsarpullido y debilidad.", locale="es"))
    assert windows.severity == "warning"


def test_a_line_break_of_the_english_the_translation_drops_is_a_warning(catalogs):
    address = "Skin Clinic\\\n100 Main Street"  # a hard break, as `extract` writes one
    finding = only(catalogs.findings(address, "피부과 100 Main Street", check="whitespace"))
    assert finding.severity == "warning"
    assert finding.message == (
        "the source breaks the line once, the translation nowhere: the page runs on a line the English breaks"
    )


@pytest.mark.parametrize(
    "translation",
    [
        "피부과\\\n100 Main Street",  # the English's hard break, kept
        "피부과  \n100 Main Street",  # kept, spelt with two spaces
    ],
)
def test_the_line_breaks_of_the_english_kept_pass(catalogs, translation):
    assert catalogs.findings("Skin Clinic\\\n100 Main Street", translation, check="whitespace") == []


@pytest.mark.parametrize("block", ["- Evite el sol", "# Evite el sol", "> Evite el sol", "\n- Evite el sol"])
def test_a_block_a_line_break_starts_is_reported_once_by_markup(catalogs, block):
    findings = catalogs.findings(CELL, f"{CELL_ES}\n{block}", locale="es")
    assert [(f.check, f.severity) for f in findings] == [("markup", "error")], findings
