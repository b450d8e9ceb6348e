"""Chinese (pipeline/languages/zh.py), Traditional and Simplified alike."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from pipeline.languages import language_for
from pipeline.languages.language import AT_LEAST, AT_MOST, EVENING, MORNING, NIGHT, DayTimePhrase
from pipeline.languages.scripts import HAN
from pipeline.languages.zh import chinese_value
from tests.languages.helpers import amounts, markers, values, ways


def test_han_is_its_script():
    assert language_for("zh_TW").script is HAN and "週" in HAN and "가" not in HAN


@pytest.mark.parametrize(("text", "value"), [("100 萬", 1_000_000), ("100万", 1_000_000), ("3 億", 300_000_000)])
def test_chinese_numbers(text, value):
    assert Fraction(value) in values(text, "zh_TW")


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1 至 3 週", (1, "week")), ("1到3周", (1, "week")), ("24 小時", (24, "hour")), ("400 毫克", (400, "mg"))],
)
def test_chinese_quantities(text, amount):
    assert (Fraction(amount[0]), amount[1]) in amounts(text, "zh_TW")


def test_per_day():
    assert markers("每天 400 毫克", "zh_TW") == ["day"]
    assert markers("日劑量 400 毫克", "zh_TW") == ["day"]  # a daily dose


def test_per_kg_before_the_dose():
    assert markers("每公斤 1 公克", "zh_TW") == ["kg"]
    assert markers("每公斤體重 1 公克", "zh_TW") == ["kg"]


def test_negations_and_words_that_only_look_negative():
    zh = language_for("zh_TW")
    assert zh.search("negation", "請勿服用") and zh.search("negation", "沒有發燒")
    assert zh.strong_negation_re and not zh.strong_negation_re.search("不同的藥物，非常重要")


@pytest.mark.parametrize("word", ["分別", "區別", "差別", "特別", "個別", "告別", "識別", "類別", "級別", "性別"])
def test_bie_inside_a_word_is_no_negation(word):
    """分別 (respectively), 特別 (especially): their 別 says no "do not" (red32 c136 warned)."""
    zh = language_for("zh_TW")
    assert not zh.search("negation", f"三劑{word}在第0、1、6個月接種")


@pytest.mark.parametrize("text", ["別吃東西", "請別開車", "别忘了服藥"])
def test_bie_before_a_verb_is_a_negation(text):
    zh = language_for("zh_TW")
    assert zh.search("negation", text) and zh.strong_negation_re and zh.strong_negation_re.search(text)


@pytest.mark.parametrize("text", ["第0、1、6個月", "0、1及6個月", "0、1和6個月", "第0、1與6個月"])
def test_a_list_of_numbers_shares_the_unit_at_its_end(text):
    assert {(Fraction(0), "month"), (Fraction(1), "month"), (Fraction(6), "month")} <= amounts(text, "zh_TW")


def test_limits_and_numerals():
    zh = language_for("zh_TW")
    assert zh.limits_before["最多"] == AT_MOST and zh.limits_after["以上"] == AT_LEAST
    assert chinese_value("一百萬") == 1_000_000 and chinese_value("兩") == 2
    assert [value for *_, value in zh.number_spans("三天，半小時")] == [3, Fraction(1, 2)]


# -- directions ([comparison]) --


@pytest.mark.parametrize(
    "text, said",
    [
        ("比較容易發生血栓。風險是否比較高？", {"more/less": "more"}),
        ("风险会增加，血压升高。", {"more/less": "more"}),
        ("減輕發炎。尿量比平常少很多。", {"more/less": "less"}),
        ("更少發生，更低的風險", {"more/less": "less"}),  # 更 before "few" says fewer
        ("在治療前告訴醫療團隊。在使用任何新藥之前", {"before/after": "before"}),
        ("每次輸注期間和之後。輸注後的幾天內", {"before/after": "after"}),
        # not directions: mL, now, go to, outcome, sequela, last, change, at least, a limit next to a number
        ("10 毫升，目前前往，後果和後遺症，最後更換藥物，至少，高於 38 °C", {}),
    ],
)
def test_directions(text, said):
    assert ways(text, "zh_TW") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("一兩滴", {1, 2}),  # 1 or 2 drops
        ("兩三天", {2, 3}),
        ("三四十人", {30, 40}),
        ("一片半", {Fraction(3, 2)}),  # 1.5 tablets
        ("三個半小時", {Fraction(7, 2)}),
        ("三點半", {3, 30}),  # half past three
    ],
)
def test_approximations_halves_and_half_past(text, said):
    assert said <= values(text, "zh_TW")


def test_a_half_alone_is_no_one_and_a_half():
    assert Fraction(3, 2) not in values("一半的人", "zh_TW")
    assert (Fraction(7, 2), "hour") in amounts("三個半小時", "zh_TW")


@pytest.mark.parametrize(
    ("text", "forbids"),
    [
        ("禁止停藥。", True),
        ("嚴禁自行停藥。", True),
        ("避免突然停藥。", True),
        ("請停藥。", False),
        ("如果停藥，請告訴醫師。", False),
    ],
)
def test_a_prohibition_of_stopping_is_read(text, forbids):
    """A word that forbids without a "not", said of stopping, says to keep on ([comparison])."""
    regex = language_for("zh_TW").pattern("prohibits")
    assert regex is not None
    assert bool(regex.search(text)) is forbids


def test_each_before_a_number():
    # 早晚各服用一次: once in the morning and once in the evening ([number-words] counts it twice)
    each = language_for("zh_TW").each_before
    for said in ("早晚各", "早晚各服用", "早上和晚上各服"):
        assert re.search(f"(?:{each})$", said), said
    for said in ("早上服用", "各位，", "各種藥物，服用"):
        assert not re.search(f"(?:{each})$", said), said


def test_the_morning_and_the_evening_in_one_word():
    # 早晚各服用一次 says two times of day; 兩眼各滴一滴 (each eye) says none ([number-words])
    assert language_for("zh_TW").mornings_and_evenings == ("早晚",)


def test_day_time_phrases_give_each_time_named_with_its_kinds():
    # 早晚 is one phrase naming two times; 晚上 one time, the evening or the night
    zh = language_for("zh_TW")
    assert zh.day_time_phrases("早晚各服用一次") == [
        DayTimePhrase("早晚", (frozenset({MORNING}), frozenset({EVENING})))
    ]
    assert zh.day_time_phrases("早上1錠，晚上2錠") == [
        DayTimePhrase("早上", (frozenset({MORNING}),)),
        DayTimePhrase("晚上", (frozenset({EVENING, NIGHT}),)),
    ]


@pytest.mark.parametrize(
    ("text", "during"),
    [("服用本藥期間", True), ("服藥時", True), ("使用時", True), ("服用2小時後", False), ("何時服藥", False)],
)
def test_the_words_of_a_while_are_read_and_not_the_hour_of_a_length(text, during):
    assert (language_for("zh_TW").search("during_words", text) is not None) is during


def test_a_fast_is_a_negation_and_holding_still_is_none():
    zh = language_for("zh_TW")
    assert zh.search("negation", "手術前8小時禁食") and zh.search("negation", "禁食禁水")
    assert not zh.search("negation", "按住不動") and not zh.search("negation", "保持固定不動")
    assert zh.search("negation", "不動聲色") and zh.search("negation", "請不要動")
