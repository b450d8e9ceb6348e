"""[length]: a translation too long to be one, which would stall the PDF build, is an error on its line."""

from __future__ import annotations

import polib
import pytest

from pipeline.checks import check_catalog
from pipeline.checks.too_long import length_limit, run_limit
from pipeline.line_breaking import longest_unbreakable_run
from tests.checks.helpers import Entry, msgid_line, only
from tests.conftest import REPO

SOURCE = "In the United States, about 1.9 in every 1 million adults get TEN each year."
KOREAN = "미국에서는 해마다 성인 100만 명당 약 1.9명에게 TEN이 생깁니다."


@pytest.mark.parametrize(
    ("translation", "message"),
    [
        # The red team's paste: "[" glued to the last Korean word, far past ten times the source.
        (
            KOREAN + "[" * 10_000,
            "the translation is 10,040 characters long, more than 10 times its source's 76 and 200 more: "
            "no translation is that long (a paste gone wrong?)",
        ),
        # Ordinary words, each of which could break a line: too long all the same.
        (KOREAN + " 그리고" * 300, "the translation is 1,240 characters long, more than 10 times its source's 76"),
        # Short enough, but a run no line can break: a Korean word is kept whole ...
        (
            KOREAN + "[" * 300,
            "the translation has 305 characters in a row with nowhere a line may break (no space), "
            "more than the 200 allowed: no word is that long",
        ),
        (KOREAN + " " + "가" * 201, "the translation has 201 characters in a row"),
        # ... and so is any other word, past its last "/" ...
        (KOREAN + " https://example.org/" + "a" * 250, "the translation has 250 characters in a row"),
        (KOREAN + " " + "[" * 300, "the translation has 300 characters in a row"),
    ],
)
def test_a_translation_too_long_to_be_one_is_an_error_on_its_line(catalogs, translation, message):
    path = catalogs.write(Entry(SOURCE, translation))
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    finding = only(report.findings)  # its other checks are not run: one error, not a flood
    assert (finding.file, finding.line) == ("locales/ko_KR/LC_MESSAGES/ivig-ten.po", msgid_line(path, SOURCE))
    assert (finding.severity, finding.check) == ("error", "length")
    assert finding.message.startswith(message), finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # Chinese and Japanese break between any two characters: 600 without a space are lines, not a word.
        ("zh_TW", SOURCE * 3, "美國每年每一百萬名成人中約有一點九人得到毒性表皮溶解症" * 21),
        # A long address the English has too, with the Korean particle after it.
        (
            "ko_KR",
            f"See https://example.org/{'a' * 250} for more.",
            f"자세한 내용은 https://example.org/{'a' * 250}에서 보세요.",
        ),
        # Ten times the source and 200 more is still allowed: "TEN" explained at length.
        ("ko_KR", "TEN", "독성 표피괴사용해증(TEN): " + "약 때문에 생기는 심각한 피부 반응 " * 10),
    ],
)
def test_long_real_translations_are_no_error(catalogs, locale, source, translation):
    found = catalogs.findings(source, translation, check="length", locale=locale)
    assert [f for f in found if f.is_error] == []  # a long one may be "suspiciously long", a warning


def test_where_a_line_may_break_is_read_as_the_pdf_reads_it():
    assert longest_unbreakable_run("표피괴사용해증(TEN)의 치료") == len(
        "표피괴사용해증(TEN)의"
    )  # a Korean word is kept
    assert longest_unbreakable_run("https://doi.org/10.1155/2020/6274053)에서는") == len("6274053)에서는")
    assert longest_unbreakable_run("SJS/TEN " + "漢" * 500) == len("SJS/")  # ideographs break anywhere
    assert longest_unbreakable_run("2\u00a0g/kg을") == len("2\u00a0g/kg을")  # a no-break space joins


def test_every_shipped_translation_is_far_inside_both_limits():
    """The limits hold a wide margin: the longest shipped translation uses 16% of its length limit
    (Spanish, 2.2 times its source), the longest run 12% of its (a Korean word glued to an address)."""
    used = []
    for path in sorted(REPO.glob("locales/*/LC_MESSAGES/*.po")):
        for entry in polib.pofile(str(path)):
            forms = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
            source = entry.msgid_plural or entry.msgid
            used += [
                (len(form) / length_limit(source), longest_unbreakable_run(form) / run_limit(source))
                for form in forms
                if form
            ]
    assert len(used) > 500
    assert max(length for length, _ in used) < 0.25 and max(run for _, run in used) < 0.25
