"""[numbers]: an exact count of the source said as an approximation around it ("2 drops" as 한두 방울,
1 or 2 drops) changes the dose; a source that approximates itself may be approximated."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

TWO_DROPS = "Use 2 drops in each eye."


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        ("ko_KR", TWO_DROPS, "각 눈에 한두 방울 넣으세요.", "2 … 한두 방울 (1 or 2)"),
        ("ko_KR", TWO_DROPS, "각 눈에 1~2방울 넣으세요.", "2 … 1~2방울 (1 or 2)"),
        ("ko_KR", TWO_DROPS, "각 눈에 1방울 또는 2방울 넣으세요.", "2 … 1방울 또는 2방울 (1 or 2)"),
        ("ko_KR", "Use two drops in each eye.", "각 눈에 한두 방울 넣으세요.", "2 … 한두 방울 (1 or 2)"),
        ("ko_KR", "Take it 3 times a day.", "하루 두세 번 드세요.", "3 … 두세 (2 or 3)"),
        ("ko_KR", "It lasts 2 weeks.", "1~2주 동안 지속됩니다.", "2 … 1~2 (1 or 2)"),
        # the source's number first, or not whole; an approximation after one of other numbers
        ("ko_KR", "Wait 2 hours.", "2~3시간 기다리세요.", "2 … 2~3 (2 or 3)"),
        ("ko_KR", "Use 1.5 mL.", "1.5~2 mL를 사용하세요.", "1.5 … 1.5~2 (1.5 or 2)"),
        ("ko_KR", TWO_DROPS, "3~4일 동안 각 눈에 1~2방울 넣으세요.", "2 … 1~2방울 (1 or 2)"),
        ("zh_TW", TWO_DROPS, "每隻眼睛點一兩滴。", "2 … 一兩滴 (1 or 2)"),
        ("zh_TW", TWO_DROPS, "每隻眼睛點 1 至 2 滴。", "2 … 1 至 2 滴 (1 or 2)"),
        ("zh_TW", TWO_DROPS, "每隻眼睛點一滴或兩滴。", "2 … 一滴或兩滴 (1 or 2)"),
        ("es", TWO_DROPS, "Use una o dos gotas en cada ojo.", "2 … una o dos gotas (1 or 2)"),
        ("es", TWO_DROPS, "Use 1-2 gotas en cada ojo.", "2 … 1-2 gotas (1 or 2)"),
        ("es", TWO_DROPS, "Use de 1 a 2 gotas en cada ojo.", "2 … 1 a 2 gotas (1 or 2)"),
        ("ar", TWO_DROPS, "ضع 1-2 قطرة في كل عين.", "2 … 1-2 قطرة (1 or 2)"),
        ("ar", TWO_DROPS, "ضع قطرة واحدة أو قطرتين في كل عين.", "2 … واحدة أو قطرتين (1 or 2)"),
    ],
)
def test_an_exact_count_said_as_an_approximation_is_an_error(catalogs, locale, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale=locale), "numbers")
    assert finding.severity == "error"
    assert finding.message == message.replace(
        "…", "in the source is an exact count; the translation makes it an approximation:"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the source approximates itself
        ("ko_KR", "Use 1 or 2 drops in each eye.", "각 눈에 한두 방울 넣으세요."),
        ("ko_KR", "Use one or two drops in each eye.", "각 눈에 한두 방울 넣으세요."),
        ("ko_KR", "Use 1 to 2 drops in each eye.", "각 눈에 한두 방울 넣으세요."),
        ("ko_KR", "Use 1-2 drops in each eye.", "각 눈에 1~2방울 넣으세요."),
        ("ko_KR", "Use a few drops 2 times a day.", "하루 2번 한두 방울 넣으세요."),
        ("ko_KR", "Take it 2 or 3 times a day.", "하루 두세 번 드세요."),
        ("ko_KR", "It lasts about 2 weeks.", "1~2주 정도 지속됩니다."),
        ("zh_TW", "Use 1 or 2 drops in each eye.", "每隻眼睛點一兩滴。"),
        ("zh_TW", "Use one or two drops in each eye.", "每隻眼睛點一兩滴。"),
        ("zh_TW", "It lasts between 2 and 3 days.", "持續兩三天。"),
        ("es", "Use 1 or 2 drops in each eye.", "Use una o dos gotas en cada ojo."),
        ("es", "Use one or two drops in each eye.", "Use 1-2 gotas en cada ojo."),
        ("ar", "Use 1 or 2 drops in each eye.", "ضع 1-2 قطرة في كل عين."),
        ("ar", "Use one or two drops in each eye.", "ضع قطرة واحدة أو قطرتين في كل عين."),
        # exact counts said exactly, and two counts side by side
        ("ko_KR", TWO_DROPS, "각 눈에 두 방울 넣으세요."),
        ("zh_TW", TWO_DROPS, "每隻眼睛點兩滴。"),
        ("es", TWO_DROPS, "Use dos gotas en cada ojo."),
        ("ar", TWO_DROPS, "ضع قطرتين في كل عين."),
        ("es", "Take 2 tablets and 3 capsules.", "Tome 2 tabletas y 3 cápsulas."),
        ("ko_KR", "Take 1 tablet, then 2 tablets.", "1알을 드시고, 그다음 2알을 드세요."),
        ("es", "Take 2 tablets at 8 am.", "Tome 2 tabletas a las 8 de la mañana."),
        ("ko_KR", "It affects 1 in 2 people.", "2명 중 1명에게 생깁니다."),
        # a hyphen joins two numbers only right between them: COVID-19 is a name
        ("zh_TW", "You need 2 doses of the COVID-19 vaccine.", "您需要接種 2 劑COVID-19疫苗。"),
    ],
)
def test_an_approximation_the_source_gives_or_an_exact_count_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="numbers") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("de", "It lasts a day or two.", "Es dauert ein oder zwei Tage."),
        ("de", "It lasts a day or two.", "Es dauert ein bis zwei Tage."),
        ("de", "It lasts a week or two.", "Es dauert 1–2 Wochen."),
        ("es", "It lasts a day or two.", "Dura uno o dos días."),
        ("es", "It lasts a week or two.", "Dura una o dos semanas."),
        ("ko_KR", "Use a drop or two in each eye.", "각 눈에 한두 방울 넣으세요."),
        ("ko_KR", "It lasts a day or two.", "하루이틀 갑니다."),
        ("zh_TW", "It lasts a day or two.", "持續一兩天。"),
    ],
)
def test_a_day_or_two_is_one_or_two(catalogs, locale, source, translation):
    """ "A day or two" is 1 or 2 days, as "ein oder zwei Tage" and "uno o dos días" say."""
    assert [f for f in catalogs.findings(source, translation, locale=locale) if f.severity == "error"] == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Es dauert drei Tage."),
        ("es", "Dura 3 días."),
        ("es", "Dura dos o tres días."),
        ("de", "Es dauert zwei Tage."),  # the 1 dropped, as "2 Tage" for "1 or 2 days"
    ],
)
def test_a_day_or_two_said_as_another_number_is_an_error(catalogs, locale, translation):
    findings = catalogs.findings("It lasts a day or two.", translation, locale=locale)
    assert "error" in [f.severity for f in findings if f.check in ("numbers", "number-words")]


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Rest for a day or two.", "하루이틀 쉬세요."),
        ("Rest for 1 or 2 days.", "하루이틀 쉬세요."),
        ("Rest for 1 to 2 days.", "하루이틀 쉬세요."),
        ("Rest for 2 or 3 days.", "이틀사흘 쉬세요."),
        ("Rest for 2 to 3 days.", "이삼일 쉬세요."),
        ("Rest for 2-3 days.", "이삼 일 쉬세요."),
        ("Rest for 3 to 4 weeks.", "삼사 주 쉬세요."),
        ("Take 1 or 2 tablets.", "한두 알 드세요."),
        ("Take 2 or 3 tablets.", "두세 알 드세요."),
        # Two days run into one word (not 사흘나흘): 사나흘, 3 or 4 days; 대엿새, 5 or 6.
        ("Rest for 3 or 4 days.", "사나흘 동안 쉬세요."),
        ("Rest for 3 to 4 days.", "사나흘 쉬세요."),
        ("Rest for 5 or 6 days.", "대엿새 동안 쉬세요."),
    ],
)
def test_korean_ranges_run_together_say_the_sources_range(catalogs, source, translation):
    """하루이틀 (a day or two), 이삼일 (2 or 3 days), 한두, 두세: the two numbers of the range, each."""
    assert [f for f in catalogs.findings(source, translation) if f.severity == "error"] == []


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Rest for 2 to 3 days.", "하루이틀 쉬세요."),  # 1 or 2 days for 2 to 3
        ("Rest for 1 or 2 days.", "이틀사흘 쉬세요."),
        ("Rest for 1 to 2 days.", "이삼일 쉬세요."),
        ("Rest for 3 to 4 days.", "이삼일 쉬세요."),
        ("Rest for 2 days.", "하루이틀 쉬세요."),  # an exact count said as an approximation
        ("Rest for 3 days.", "이삼일 쉬세요."),
        ("Rest for 3 days.", "사나흘 쉬세요."),
        ("Rest for 2 or 3 days.", "사나흘 쉬세요."),
        ("Rest for 2 to 3 days.", "이삼 주 쉬세요."),  # weeks for days
        ("Take 1 or 2 tablets.", "두세 알 드세요."),
    ],
)
def test_a_korean_range_run_together_that_changes_the_range_is_an_error(catalogs, source, translation):
    assert "error" in [f.severity for f in catalogs.findings(source, translation)]


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Rest for a day or two.", "하루 이틀 쉬세요."),
        ("Rest for 1 or 2 days.", "하루 이틀 쉬세요."),
        ("Rest for 1-2 days.", "하루 이틀 동안 쉬세요."),
        ("Rest for 2 to 3 days.", "이틀 사흘 쉬세요."),
        ("Rest for 3 or 4 days.", "사흘 나흘 쉬세요."),
        ("Take 1 or 2 tablets.", "한 두 알 드세요."),
        ("Take it 2 or 3 times a day.", "하루 두 세 번 드세요."),
        # a day and two days apart, not one or the other: exact counts, as the source's
        ("Take it once a day for 2 days.", "하루 한 번, 이틀 동안 드세요."),
        ("Take 1 tablet, then 2 tablets.", "한 알, 그다음 두 알 드세요."),
    ],
)
def test_korean_ranges_written_with_a_space_say_the_sources_range(catalogs, source, translation):
    """하루 이틀, as Korean usually spells 하루이틀 (a day or two), and 한 두, 두 세 for 한두, 두세."""
    assert [f for f in catalogs.findings(source, translation) if f.severity == "error"] == []


@pytest.mark.parametrize(
    "source, translation, approximation",
    [
        ("Rest for 2 days.", "하루 이틀 쉬세요.", "2 … 하루 이틀 (1 or 2)"),
        ("Rest for 1 day.", "하루 이틀 쉬세요.", "1 … 하루 이틀 (1 or 2)"),
        ("Rest for 2 days.", "이틀 사흘 쉬세요.", "2 … 이틀 사흘 (2 or 3)"),
        ("Use 2 drops in each eye.", "각 눈에 한 두 방울 넣으세요.", "2 … 한 두 방울 (1 or 2)"),
        ("Take it 3 times a day.", "하루 두 세 번 드세요.", "3 … 두 세 번 (2 or 3)"),
        ("Rest for 3 to 4 days.", "하루 이틀 쉬세요.", None),  # 1 or 2 days for 3 to 4
        ("Rest for 1 to 2 days.", "이틀 사흘 쉬세요.", None),
    ],
)
def test_a_korean_range_written_with_a_space_that_changes_the_count_is_an_error(
    catalogs, source, translation, approximation
):
    errors = [f for f in catalogs.findings(source, translation) if f.severity == "error"]
    assert errors
    if approximation:  # the same finding as for the range run together (하루이틀)
        assert [f.message for f in errors] == [
            approximation.replace("…", "in the source is an exact count; the translation makes it an approximation:")
        ]


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Tome de 2 a 4 comprimidos."),
        ("ko_KR", "2~4정을 드세요."),
        ("zh_TW", "服用2到4錠。"),
        ("de", "Nehmen Sie 2 bis 4 Tabletten ein."),
        ("ar", "تناول من 2 إلى 4 أقراص."),
    ],
)
def test_a_least_and_a_most_said_as_a_range_is_no_approximation(catalogs, locale, translation):
    """ "at least 2 and at most 4" allows every count between: the range says the same."""
    source = "Take at least 2 and at most 4 tablets."
    assert catalogs.findings(source, translation, locale=locale, check="numbers") == []


def test_a_range_wider_than_the_least_and_the_most_is_still_found(catalogs):
    findings = catalogs.findings(
        "Take at least 2 and at most 4 tablets.", "Tome de 1 a 4 comprimidos.", check="numbers"
    )
    assert [f.message for f in findings] == ["2 in the source is missing from the translation (the translation has 1)"]
    exact = catalogs.findings("Take 4 tablets.", "Tome de 2 a 4 comprimidos.", check="numbers", locale="es")
    assert exact and "exact count" in exact[0].message


# A number ended by a word for "after" (4週後: after 4 weeks) and a clause after it is no first end of
# a range: "The dose may be increased to 20 mg after 4 weeks." as 4週後可將劑量增加至20毫克 (至: "to"
# the 20 mg) was an error (*20 in the source is an exact count; the translation makes it an
# approximation: 4週後可將劑量增加至20 (4 or 20)*).
@pytest.mark.parametrize(
    "source, translation",
    [
        ("The dose may be increased to 20 mg after 4 weeks.", "4週後可將劑量增加至20毫克。"),
        ("After 1 week, reduce the dose to 5 mg.", "1週後將劑量減至5毫克。"),
        ("After 2 weeks, increase the dose to 10 mg.", "兩週後將劑量增加到10毫克。"),
    ],
)
def test_a_moment_and_the_clause_after_it_is_no_range(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="zh_TW") == []


@pytest.mark.parametrize(
    "source, translation, said",
    [
        ("After 1 week, reduce the dose to 5 mg.", "1週後將劑量減至1至5毫克。", "1至5 (1 or 5)"),
        ("After 2 weeks, take 2 drops.", "2週後，滴1或2滴。", "1或2滴 (1 or 2)"),
        ("After 2 weeks, take 2 drops.", "1週後或2週後，滴2滴。", "1週後或2 (1 or 2)"),  # after 1 or 2 weeks
        ("Take 2 drops.", "滴1滴或2滴。", "1滴或2滴 (1 or 2)"),
    ],
)
def test_a_range_beside_a_moment_is_still_an_approximation(catalogs, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale="zh_TW"), "numbers")
    assert finding.severity == "error" and finding.message.endswith(said)


# A count and then an hour on the clock, French saying "at" with its word for "to": "Take 1 tablet
# at 2 p.m." as `Prenez 1 comprimé à 14 h` was an error (*1 in the source is an exact count; the
# translation makes it an approximation: 1 comprimé à 14 (1 or 14)*), as was every French dose at a
# clock time.
@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("fr", "Take 1 tablet at 2 p.m.", "Prenez 1 comprimé à 14 h."),
        ("fr", "Take 2 capsules at 8 a.m. and 2 capsules at 8 p.m.", "Prenez 2 gélules à 8 h et 2 gélules à 20 h."),
        ("fr", "Take 1 tablet at 10 p.m.", "Prenez 1 comprimé à 22 heures."),
        ("fr", "Take 1 sachet at 9 a.m.", "Prenez 1 sachet à 9 h 00."),
        ("fr", "Take 1 tablet at 8 a.m., with breakfast.", "Prenez 1 comprimé à 8 h, au petit-déjeuner."),
        ("fr", "Take 1 capsule at 9 p.m.", "Prenez 1 gélule à 21 h."),
        ("fr", "Take 1 tablet at 2 p.m.", "Prenez 1 comprimé à 14:00."),
        ("fr", "Take 1 tablet at 2:30 p.m.", "Prenez 1 comprimé à 14 h 30."),
        ("de", "Take 1 tablet before 2 p.m.", "Nehmen Sie 1 Tablette bis 14 Uhr ein."),  # by 14:00
        ("es", "Take 1 tablet at 2 p.m.", "Tome 1 comprimido a las 14 h."),
        ("pt_BR", "Take 1 tablet at 2 p.m.", "Tome 1 comprimido às 14h."),
    ],
)
def test_a_count_at_an_hour_on_the_clock_is_no_range(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="numbers") == []


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        # the numbers on either side of the "to" alone, or each on the clock: a range still
        ("fr", "Take 2 tablets.", "Prenez 1 à 2 comprimés.", "2 … 1 à 2 comprimés (1 or 2)"),
        ("fr", "Take 2 tablets at 8 a.m.", "Prenez de 1 à 2 comprimés à 8 h.", "2 … 1 à 2 comprimés (1 or 2)"),
        ("fr", "Wait 8 hours.", "Attendez 8 à 10 heures.", "8 … 8 à 10 (8 or 10)"),  # 8 to 10 hours
        ("fr", "Wait 8 hours.", "Attendez 8 h à 10 h.", "8 … 8 h à 10 (8 or 10)"),
        ("de", "Take 2 tablets.", "Nehmen Sie 1 bis 2 Tabletten ein.", "2 … 1 bis 2 Tabletten (1 or 2)"),
        ("es", "Take 2 tablets at 8 a.m.", "Tome de 1 a 2 comprimidos a las 8:00.", "2 … 1 a 2 comprimidos (1 or 2)"),
    ],
)
def test_a_range_beside_an_hour_on_the_clock_is_still_an_approximation(catalogs, locale, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale=locale), "numbers")
    assert finding.severity == "error"
    assert finding.message == message.replace(
        "…", "in the source is an exact count; the translation makes it an approximation:"
    )


@pytest.mark.parametrize(
    "source, translation, message",
    [
        (
            "Take 1 tablet at 2 p.m.",
            "Prenez 1 comprimé à 2 h.",
            "2 p.m. in the source is 2 h in the translation, which is 2 in the morning on a 24-hour clock (2 p.m. is 14 h)",
        ),
        ("Take 1 tablet at 2 p.m.", "Prenez 2 comprimés à 14 h.", "1 in the source is missing from the translation"),
        ("Take 1 tablet.", "Prenez 1 à 2 comprimés.", "dose 2 comprimés in the translation is not in the source"),
    ],
)
def test_a_french_dose_at_an_hour_that_changes_the_dose_or_the_hour_is_still_an_error(
    catalogs, source, translation, message
):
    finding = only(catalogs.findings(source, translation, locale="fr"), "numbers")
    assert finding.severity == "error" and finding.message.startswith(message)


# --- Chinese 、 between two numbers one apart is "or" -------------------------------------------
# "Take it three times a day." as `每天服用三、四次。` (three or four times) passed where `三到四次` was
# an error: the list mark 、 joined nothing. Between two numbers in words one apart, alone, it says
# one or the other; a list of digits (步驟1、2), of more (一、二、三) or of ordinals (第一、二天) is none.


@pytest.mark.parametrize(
    "source, translation, message",
    [
        ("Take it three times a day.", "每天服用三、四次。", "3 … 三、四 (3 or 4)"),
        ("Take 2 tablets.", "服用一、兩錠。", "2 … 一、兩錠 (1 or 2)"),
        ("Take it three times a day.", "每天服用三到四次。", "3 … 三到四 (3 or 4)"),
    ],
)
def test_two_chinese_numbers_listed_one_apart_are_an_approximation(catalogs, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale="zh_TW", check="numbers"))
    assert finding.severity == "error"
    assert finding.message == message.replace(
        "…", "in the source is an exact count; the translation makes it an approximation:"
    )


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Take it three or four times a day.", "每天服用三、四次。"),
        ("Take 1 or 2 tablets.", "服用一、兩錠。"),
        ("Take it three times a day.", "每天服用三次。"),
        ("Take it on days 1, 2 and 3.", "請在第1、2、3天服用。"),
        ("Take it on days 1 and 2.", "請在第一、二天服用。"),
        ("Take 1 tablet on day 1 and 2 tablets on day 2.", "第1天服用1錠、第2天服用2錠。"),
        ("Take 2 tablets 3 times a day.", "每天3次、每次2錠。"),
        ("See steps 1 and 2.", "請參閱步驟1、2。"),
        ("Do steps one, two and three.", "請執行步驟一、二、三。"),
    ],
)
def test_chinese_numbers_listed_as_a_list_or_as_the_source_says_pass(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="zh_TW", check="numbers") == []


# A count in words and then an hour on the clock in digits: "Take one capsule at 8 am and one at 8
# pm." as `Prenez une gélule à 8 h et une à 20 h.` was an error (*1 in the source is an exact count;
# the translation makes it an approximation: une à 20 (1 or 20)*): a range writes both of its
# numbers alike (`1 à 2 h`, `une à deux heures`), so `une à 20 h` is one at 8 p.m.
@pytest.mark.parametrize(
    "source, translation",
    [
        ("Take one capsule at 8 am and one at 8 pm.", "Prenez une gélule à 8 h et une à 20 h."),
        ("Take one capsule at 8 am and one at 8 pm.", "Prenez une gélule à 8 h et une à 20 heures."),
        ("Take one capsule at 8 am and one at 10 pm.", "Prenez une gélule à 8 h et une à 22:00."),
    ],
)
def test_one_in_words_at_an_hour_on_the_clock_is_no_range(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="fr", check="numbers") == []


@pytest.mark.parametrize(
    "source, translation, message",
    [
        # both in words, or both in digits: a range still
        (
            "Take one capsule at 8 am.",
            "Prenez une à deux gélules à 8 h.",
            "dose deux gélules in the translation is not in the source",
        ),
        ("Wait 8 hours.", "Attendez 8 à 10 h.", "8 … 8 à 10 (8 or 10)"),
        # the hour moved to the morning is still that error, and no range besides
        (
            "Take one capsule at 8 am and one at 8 pm.",
            "Prenez une gélule à 8 h et une à 10 h.",
            "8 pm in the source is 8 h in the translation, which is 8 in the morning on a 24-hour clock (8 pm is 20 h)",
        ),
    ],
)
def test_a_range_or_a_moved_hour_beside_one_in_words_is_still_an_error(catalogs, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale="fr"), "numbers")
    assert finding.severity == "error"
    assert finding.message == message.replace(
        "…", "in the source is an exact count; the translation makes it an approximation:"
    )


ONE_OR_BOTH_EYES = "Put 1 drop in one or both eyes twice a day."


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Geben Sie zweimal täglich 1 Tropfen in ein oder beide Augen."),
        ("ko_KR", "하루 두 번 한쪽 또는 양쪽 눈에 1방울을 넣으십시오."),
        ("zh_TW", "每天兩次，在單眼或雙眼滴1滴。"),
        ("es", "Aplique 1 gota en un ojo o ambos dos veces al día."),
        ("fr", "Mettez 1 goutte dans un œil ou les deux deux fois par jour."),
        ("pt_BR", "Pingue 1 gota em um ou ambos os olhos duas vezes ao dia."),
    ],
)
def test_one_or_both_sides_as_the_source_says_passes(catalogs, locale, translation):
    # a choice of sides, no count of one or two drops or times
    assert not catalogs.findings(ONE_OR_BOTH_EYES, translation, locale=locale)


@pytest.mark.parametrize(
    "locale, source, translation, check, message",
    [
        # the source names one eye, or both: one or both in the translation changes the sides
        (
            "de",
            "Put 1 drop in both eyes twice a day.",
            "Geben Sie zweimal täglich 1 Tropfen in ein oder beide Augen.",
            "numbers",
            "2 in the source is an exact count; the translation makes it an approximation: ein oder beide (1 or 2)",
        ),
        (
            "ko_KR",
            "Put 1 drop in one eye twice a day.",
            "하루 두 번 한쪽 또는 양쪽 눈에 1방울을 넣으십시오.",
            "numbers",
            "2 in the source is an exact count; the translation makes it an approximation: 한쪽 또는 양쪽 (1 or 2)",
        ),
        (
            "zh_TW",
            "Put 1 drop in one eye twice a day.",
            "每天兩次，在單眼或雙眼滴1滴。",
            "number-words",
            "'one' (1) is said 2 times in the source and 1 in the translation",
        ),
        # the one of the sides is no one drop: a drop count changed is still missing
        (
            "ko_KR",
            "Put one drop in one or both eyes.",
            "한쪽 또는 양쪽 눈에 두 방울을 넣으십시오.",
            "number-words",
            "'one' (1) in the source is missing from the translation",
        ),
        (
            "zh_TW",
            "Put one drop in one or both eyes.",
            "在單眼或雙眼滴兩滴。",
            "number-words",
            "'one' (1) in the source is missing from the translation",
        ),
    ],
)
def test_one_or_both_sides_the_source_does_not_say_is_still_an_error(
    catalogs, locale, source, translation, check, message
):
    finding = only(catalogs.findings(source, translation, locale=locale), check)
    assert (finding.severity, finding.message) == ("error", message)
