"""Korean (pipeline/languages/ko.py): how its numbers, units and calls are read."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from pipeline.checks.quantities import per_markers
from pipeline.languages import language_for
from pipeline.languages.ko import sino_value
from pipeline.languages.language import AT_LEAST, AT_MOST
from pipeline.languages.scripts import HANGUL
from tests.languages.helpers import amounts, markers, values, ways

KO = language_for("ko_KR")


def test_hangul_is_its_script():
    assert KO.script is HANGUL and "가" in KO.script and "a" not in KO.script


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1만 2천 명", 12000),
        ("3천만", 30_000_000),
        ("1억 2,000만", 120_000_000),
        ("100만 명", 1_000_000),
        ("두 번", 2),
        ("열두 살", 12),
        ("세 시간", 3),
        ("이틀", 2),
        ("보름", 15),
        ("절반", Fraction(1, 2)),
    ],
)
def test_numbers_written_the_korean_way(text, value):
    assert Fraction(value) in values(text, "ko_KR")


@pytest.mark.parametrize("text", ["반드시 드세요", "한국에서", "세포", "두드러기"])
def test_words_that_only_look_like_numbers(text):
    assert values(text, "ko_KR") == set()


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("24시간", (24, "hour")),
        ("3일", (3, "day")),
        ("2주", (2, "week")),
        ("6개월", (6, "month")),
        ("이틀", (2, "day")),
        ("반 시간", (Fraction(1, 2), "hour")),
        ("세 시간", (3, "hour")),
        ("3에서 5일", (3, "day")),
        ("3부터 5일까지", (3, "day")),
        ("100명 중 5명", (5, "percent")),
        ("10명 가운데 약 3명", (30, "percent")),
        ("1시간 30분", (90, "minute")),
    ],
)
def test_korean_quantities(text, amount):
    assert (Fraction(amount[0]), amount[1]) in amounts(text, "ko_KR")


@pytest.mark.parametrize("text", ["주사를 맞으세요", "10분의 1", "프로그램"])
def test_unit_words_inside_other_words_are_not_units(text):
    assert amounts(text, "ko_KR") == set()


def test_per_kg_with_the_word_for_body_weight_and_per_day_words():
    assert markers("체중 1 kg당 400 mg을 하루에 드세요", "ko_KR") == ["kg", "day"]
    # a day's dose (1일 투여량) says per day; one day's time (하루 동안) does not
    assert markers("1일 투여량 400 mg", "ko_KR") == ["day"]
    assert markers("하루 최대 용량", "ko_KR") == ["day"]
    assert markers("하루 동안 투여량을 지키세요", "ko_KR") == []
    # one of a unit and 에 before a quantity: per that unit (not 2 kg에, nor 1 mL에 with no quantity after it)
    assert markers("체중 1 kg에 2 mL, 1 mL에 5 mg", "ko_KR") == ["kg", "ml"]
    assert markers("체중 2 kg에 2 mL, 1 mL에 녹여, 물 1 mL에 2 mL", "ko_KR") == []
    # 하루 before a per kg is a day's rate
    assert markers("하루 체중 kg당 0.4 g", "ko_KR") == ["day", "kg"]
    text = "몸무게 1 kg당 400 mg"
    (marker,) = per_markers(text, (KO, language_for("en")))
    assert text[marker.start : marker.end] == "몸무게 1 kg당"


@pytest.mark.parametrize(
    ("text", "number"), [("119에 전화하세요", "119"), ("바로 911로 연락하세요", "911"), ("112번에 신고하세요", "112")]
)
def test_a_number_to_call_is_found_with_the_verb_after_it(text, number):
    match = re.search(KO.call_number_pattern, text)
    assert match and match.group(1) == number


@pytest.mark.parametrize("text", ["119개의 전화", "1190에 전화", "119명에게 전화"])
def test_other_numbers_near_a_verb_are_not_numbers_to_call(text):
    assert re.search(KO.call_number_pattern, text) is None


# -- meaning: negation, limits, numbers in words ([negation], [limits], [number-words]) --


def test_sino_korean_values_and_words_that_are_not_numbers():
    assert [sino_value(word) for word in ("십", "백", "삼천", "이백오십", "백만", "십이만", "천만", "억")] == [
        10,
        100,
        3000,
        250,
        1_000_000,
        120_000,
        10_000_000,
        100_000_000,
    ]
    words = "백신 천식 만성 백혈구 십이지장 이 약 사용 일부 오늘 구토 만약"
    assert KO.number_spans(words) == []


def test_a_counter_after_digits_is_not_a_native_numeral():
    assert [value for *_, value in KO.number_spans("12세 미만 어린이")] == []
    assert [value for *_, value in KO.number_spans("세 가지")] == [3]
    assert [value for *_, value in KO.number_spans("백 명 중 한 명")] == [100, 1]


@pytest.mark.parametrize(
    "text", ["드시지 마세요", "복용하지 않습니다", "안 됩니다", "운전은 금지입니다", "알 수 없습니다"]
)
def test_negations(text):
    assert KO.search("negation", text)


@pytest.mark.parametrize("text", ["감염이 생기지 않는지 지켜봅니다", "3일 동안", "병원 안에서", "흉터를 없애는 치료"])
def test_words_that_only_look_negative(text):
    assert KO.strong_negation_re and not KO.strong_negation_re.search(text)


def test_limits_are_said_after_the_number():
    assert KO.limits_after["이하"] == AT_MOST and KO.limits_after["이상"] == AT_LEAST
    assert KO.limits_before["최대"] == AT_MOST and KO.verb_final


# -- directions ([comparison]) --


@pytest.mark.parametrize(
    "text, said",
    [
        ("혈전은 나이가 많은 사람에게 더 잘 생깁니다.", {"more/less": "more"}),
        ("위험이 높아집니다. 수치가 늘어납니다. 증가합니다.", {"more/less": "more"}),
        ("부작용이 덜 생깁니다.", {"more/less": "less"}),
        ("위험이 더 낮습니다.", {"more/less": "less"}),  # 더 before "low" says lower
        ("염증을 줄입니다. 소변량이 크게 줄거나", {"more/less": "less"}),
        ("치료 전에 알리세요. 시작하기 전에", {"before/after": "before"}),
        ("주입한 뒤에 살핍니다. 16주 후에", {"before/after": "after"}),
        # not directions: today, needle, will give, daytime, phone, safety, syndrome, sequela, eases, active
        ("오늘 바늘로 도와 줄 수 있습니다. 낮에 전화하세요.", {}),
        ("안전하게 증후군과 후유증을 살핍니다. 통증을 덜어 주며 더 적극적으로", {"more/less": "more"}),
        ("적어도 일주일", {}),
        ("전 세계에서 치료 전 과정을 살핍니다.", {}),  # 전 (whole) before a noun
    ],
)
def test_directions(text, said):
    assert ways(text, "ko_KR") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("한두 방울", {1, 2}),  # 1 or 2 drops
        ("두세 알", {2, 3}),
        ("서너 번", {3, 4}),
        ("한 알 반", {Fraction(3, 2)}),  # 1.5 tablets
        ("2시간 반", {Fraction(5, 2)}),
        ("3시 반에", {3, 30}),  # half past three
        ("석 달 반", {Fraction(7, 2)}),  # 3.5 months
    ],
)
def test_approximations_halves_and_half_past(text, said):
    assert said <= values(text, "ko_KR")


@pytest.mark.parametrize(
    ("text", "amounts_said"),
    [
        ("하루이틀 쉬세요", {(1, "day"), (2, "day")}),  # a day or two
        ("이틀사흘 걸립니다", {(2, "day"), (3, "day")}),
        ("이삼일 쉬세요", {(2, "day"), (3, "day")}),  # 2 or 3 days
        ("이삼 일 동안", {(2, "day"), (3, "day")}),
        ("삼사 주 뒤에", {(3, "week"), (4, "week")}),
        ("일이 개월", {(1, "month"), (2, "month")}),
    ],
)
def test_days_and_sino_korean_digits_run_together_are_one_or_the_other(text, amounts_said):
    """하루이틀 and 이삼일 say "a day or two", "2 or 3 days": each number with its unit."""
    assert {(Fraction(value), unit) for value, unit in amounts_said} <= amounts(text, "ko_KR")


@pytest.mark.parametrize("text", ["일이 일어나면 연락하세요", "일이 주어지면", "이사 간 뒤", "오늘 이삼십 분"])
def test_digits_in_a_row_that_are_words_are_not_numbers(text):
    """일이 일어나면 (if something happens), 일이 주어지면 (when work is given), 이사 (moving house)."""
    assert not values(text, "ko_KR") & {Fraction(1), Fraction(2), Fraction(4)}


@pytest.mark.parametrize("text", ["적어 두세요", "반대로 하세요", "한 알 반드시"])
def test_words_that_only_look_like_an_approximation_or_a_half(text):
    assert not values(text, "ko_KR") & {Fraction(3, 2), Fraction(2), Fraction(3)}


@pytest.mark.parametrize(
    ("text", "forbids"),
    [
        ("복용 중단을 금합니다.", True),
        ("중단은 금지되어 있습니다.", True),
        ("중단을 삼가세요.", True),
        ("금요일에 중단하세요.", False),
        ("금식 후 복용을 중단하세요.", False),
    ],
)
def test_a_prohibition_of_stopping_is_read(text, forbids):
    """A word that forbids without a "not", said of stopping, says to keep on ([comparison])."""
    regex = KO.pattern("prohibits")
    assert regex is not None
    assert bool(regex.search(text)) is forbids


def test_each_after_a_number():
    # 한 번씩, 1정씩: once, one tablet, each time ([number-words] counts it for each time of day named)
    each = language_for("ko_KR").each_after
    for after in ("씩 복용", "정씩", "알씩"):
        assert re.match(each, after), after
    for after in (" 복용하십시오. 씩", "정을 드세요"):
        assert not re.match(each, after), after


@pytest.mark.parametrize(
    ("text", "after", "excluded"),
    [
        ("공복이 아니라 음식과 함께", "공복", True),
        ("음식과 함께가 아니라 공복에", "음식과 함께", True),
        ("냉장고가 아니라 실온에", "냉장", True),
        ("공복 상태가 아니라 식사와 함께", "공복", True),
        ("아침뿐만 아니라 저녁에도", "아침", False),  # not only ... but also
        ("아침만이 아니라 저녁에도", "아침", False),
        ("공복에 복용하지 말고", "공복", False),
    ],
)
def test_a_term_the_not_after_it_excludes(text, after, excluded):
    assert (KO.pattern("not_after_excluded").match(text, len(after)) is not None) is excluded


@pytest.mark.parametrize(
    ("text", "during"),
    [
        ("복용하는 동안", True),
        ("치료 중에는", True),
        ("복용중", True),
        ("복용하면서", True),
        ("복용을 중단", False),
        ("중이염", False),
    ],
)
def test_the_words_of_a_while_are_read_and_not_stopping(text, during):
    assert (KO.search("during_words", text) is not None) is during


@pytest.mark.parametrize(
    ("text", "kind"),
    [("자정 이후", "midnight"), ("수술 전날", "procedure"), ("이 약을 복용하기 전", "taking"), ("치료 기간", "taking")],
)
def test_the_events_a_way_is_said_of_are_read_by_kind(text, kind):
    event = KO.search("events", text)
    assert event is not None and event.lastgroup == kind


@pytest.mark.parametrize(
    ("text", "said"),
    [("석 달마다", {3}), ("넉 달 동안", {4}), ("석 장", {3}), ("쌀 넉 되", {4}), ("석 자", {3}), ("석달", {3})],
)
def test_three_and_four_before_a_month_or_a_measure(text, said):
    """석 and 넉, the forms of 세 and 네 before 달, 되, 자 and 장 (석 달 = 3 months)."""
    assert said <= values(text, "ko_KR")


@pytest.mark.parametrize("text", ["넉넉한 양", "좌석 장치", "석사 학위"])
def test_three_and_four_are_no_numbers_before_other_words(text):
    assert not {3, 4} & values(text, "ko_KR")


@pytest.mark.parametrize("text", ["0, 1, 6개월에", "0, 1 및 6개월에", "0, 1과 6개월에"])
def test_a_list_of_numbers_shares_the_unit_at_its_end(text):
    assert {(Fraction(1), "month"), (Fraction(6), "month")} <= amounts(text, "ko_KR")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("멈추지 않으면", True),  # if it does not stop
        ("멈추지 않는 경우", True),
        ("그치지 않는 코피", True),  # a nosebleed that does not stop
        ("안 멈추면", True),
        ("누르지 않으면 안 됩니다", True),  # must: a double "not"
        ("드시지 마세요", False),  # a prohibition
        ("드시지 않도록 하세요", False),
        ("드시지 않는 것이 좋습니다", False),  # a recommendation
        ("드시면 안 됩니다", False),
    ],
)
def test_a_not_of_a_condition_or_a_description(text, said):
    """``conditional_negation``: the "not" that sets a condition or describes, which after a limit of
    a time says how long it lasts ([limits]), not a prohibition."""
    assert bool(language_for("ko_KR").search("conditional_negation", text)) is said


@pytest.mark.parametrize(
    ("text", "always"),
    [("반드시 112에 전화하세요.", True), ("늘 가지고 다니세요.", True), ("용량이 늘어나면", False)],
)
def test_always_is_not_the_neul_of_increasing(text, always):
    assert (language_for("ko").search("unconditional", text) is not None) is always


def test_a_fast_is_a_negation():
    assert language_for("ko_KR").search("negation", "수술 전 8시간 동안 금식하세요")


def test_taking_a_dose_now_is_read():
    korean = language_for("ko")
    assert korean.search("taken_now", "생각난 즉시 복용하세요").group() == "즉시"
    assert korean.search("taken_now", "잊은 용량은 건너뛰십시오") is None
