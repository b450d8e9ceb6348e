"""[invisible]: characters no one sees that make the page show something other than what was checked.

Review as a new user: "약 1.9명" with a RIGHT-TO-LEFT OVERRIDE before the number passed
`check` and printed "약 9.1명" in the PDF.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

SOURCE = "About 1.9 in every 1 million adults get TEN each year."
KOREAN = "매년 성인 100만 명당 약 1.9명에게 TEN이 생깁니다."


@pytest.mark.parametrize(
    "hidden, named",
    [
        ("\u202e1.9\u202c", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\u202b1.9\u202c", "U+202B RIGHT-TO-LEFT EMBEDDING"),
        ("\u20671.9\u2069", "U+2067 RIGHT-TO-LEFT ISOLATE"),
        ("1.9\u2069", "U+2069 POP DIRECTIONAL ISOLATE"),
    ],
)
def test_a_character_that_reorders_the_text_is_an_error(catalogs, hidden, named):
    finding = only(catalogs.findings(SOURCE, KOREAN.replace("1.9", hidden), check="invisible"))
    assert finding.severity == "error"
    assert finding.message.startswith(
        f"the invisible character {named} reorders the text after it, so the page shows it in another order "
        "than it is checked in: "
    )
    assert "<U+" in finding.message and "delete it" in finding.message


def test_the_override_of_the_review_is_named_where_it_is(catalogs):
    finding = only(catalogs.findings(SOURCE, KOREAN.replace("1.9", "\u202e1.9\u202c"), check="invisible"))
    assert '"인 100만 명당 약 <U+202E>1.9<U+202C>명에게 TEN이"' in finding.message


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ar", "نحو 1\u200f.9 من كل مليون شخص بالغ"),
        ("ar", "نحو 1.\u200f9 من كل مليون شخص بالغ"),
        ("ko_KR", "약 1\u200e9명"),
    ],
)
def test_a_direction_mark_inside_a_number_is_an_error_in_any_language(catalogs, locale, translation):
    finding = only(
        catalogs.findings("About 1.9 in every 1 million adults", translation, check="invisible", locale=locale)
    )
    assert finding.severity == "error" and "splits a number" in finding.message


def test_a_tag_character_is_an_error(catalogs):
    finding = only(catalogs.findings(SOURCE, KOREAN + "\U000e0049\U000e0047\U000e004e", check="invisible"))
    assert finding.severity == "error" and "U+E0049 TAG LATIN CAPITAL LETTER I hides text" in finding.message


def test_a_direction_mark_between_arabic_words_passes(catalogs):
    arabic = "تلقى 400 mg/kg\u200f يوميا لمدة 5 أيام."
    assert catalogs.findings("He got 400 mg/kg a day for 5 days.", arabic, locale="ar") == []


def test_a_direction_mark_in_korean_text_is_a_warning(catalogs):
    finding = only(catalogs.findings(SOURCE, KOREAN.replace("TEN이", "TEN\u200e이"), check="invisible"))
    assert finding.severity == "warning"
    assert "U+200E LEFT-TO-RIGHT MARK has no use in text written only left to right" in finding.message


def test_a_run_of_variation_selectors_is_hidden_data_and_an_error(catalogs):
    finding = only(catalogs.findings("SJS", "SJS\U000e0100\U000e0101\U000e0102", check="invisible", locale="es"))
    assert finding.severity == "error" and "two variation selectors in a row" in finding.message


def test_one_variation_selector_after_a_han_character_or_an_emoji_passes(catalogs):
    assert catalogs.findings("Kudzu", "葛\U000e0100", check="invisible", locale="zh_TW") == []
    assert catalogs.findings("Call us", "전화 주세요 \u260e\ufe0f", check="invisible") == []


@pytest.mark.parametrize("mark", ["\u200f", "\u061c"])
def test_a_right_to_left_mark_in_a_left_to_right_language_is_a_warning_too(catalogs, mark):
    """The mark is no right-to-left letter of the text: it once counted as one and hid itself."""
    finding = only(catalogs.findings("SJS", f"SJS{mark}", check="invisible", locale="es"))
    assert finding.severity == "warning"


def test_a_direction_mark_on_a_right_to_left_page_passes_even_around_latin_text(catalogs):
    assert catalogs.findings("SJS", "\u200eSJS\u200e", check="invisible", locale="ar") == []


def test_a_direction_mark_between_a_number_and_its_unit_leaves_the_unit_read(catalogs):
    source = "0.4 g/kg a day for 5 days (2 g/kg in total)"
    arabic = "0.4 g/kg يوميا لمدة 5\u200f أيام (2 g/kg في المجموع)"
    assert catalogs.findings(source, arabic, locale="ar") == []


@pytest.mark.parametrize(
    "control, said",
    [
        ("\x00", "(NUL) cuts the text short"),
        ("\x1b", "(ESC) is a command to a terminal"),
        ("\x07", "is a control character no page shows"),
        ("\x7f", "is a control character no page shows"),
        ("\x9b", "is a control character no page shows"),
    ],
)
def test_a_control_character_is_an_error_named_by_its_code_never_written_raw(catalogs, control, said):
    """Review as an adversarial translator: "\\0", "\\a" or "\\x1b[2J" in a msgstr passed `check`
    (and msgfmt -c); a NUL cuts the string short in the .mo, and an ESC quoted by a finding
    cleared the terminal of whoever ran `check`."""
    finding = only(catalogs.findings(SOURCE, KOREAN.replace("약", f"약{control}[2J"), check="invisible"))
    assert finding.severity == "error" and said in finding.message
    assert f"<U+{ord(control):04X}>[2J" in finding.message
    assert control not in finding.format()


def test_a_control_character_in_a_translation_of_plain_ascii_is_an_error_too(catalogs):
    finding = only(catalogs.findings("Call 911.", "Llame al 911.\x07", check="invisible", locale="es"))
    assert finding.severity == "error" and "U+0007" in finding.message


def test_no_finding_ever_writes_a_control_character_it_quotes():
    from pipeline.findings import Finding

    quoted = Finding("x.po", 3, "error", "units", "ko_KR", "", "msgid", 'the translation says "5\x1b[2J mg"')
    assert quoted.format() == 'x.po:3: error[units]: the translation says "5<U+001B>[2J mg"'


def test_the_first_search_of_reordering_finds_every_character_its_three_searches_start_at():
    """reordering() searches for the characters of all three at once first and stops when there
    is none: a gate that missed one would pass a hidden reordering unseen."""
    from pipeline import invisible

    every = "".join(map(chr, range(0x110000)))
    searches = (invisible._HIDDEN, invisible._SELECTOR, invisible._ANY_MARK)
    started_at = {char for search in searches for found in search.findall(every) for char in found}
    assert set(invisible._MAY_REORDER.findall(every)) == started_at
