"""bench/recall.py's rate mutations say what they claim: the recall it reports for "a day" said
per another period (or none), and the false alarms on a rate said with another word, are only
true if each mutant is that edit and nothing else."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("recall", Path(__file__).resolve().parent.parent / "bench" / "recall.py")
recall = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(recall)


@pytest.mark.parametrize(
    "locale, source, translation, swapped, dropped, reworded",
    [
        (
            "ko_KR",
            "Take it once a day.",
            "하루에 한 번 드세요.",
            "일주일에 한 번 드세요.",
            "한 번 드세요.",
            "매일 한 번 드세요.",
        ),
        ("ko_KR", "Take it once a day.", "1일 1회 드세요.", "1주일 1회 드세요.", "1회 드세요.", "매일 1회 드세요."),
        ("es", "Take 1 g a day.", "Tome 1 g al día.", "Tome 1 g a la semana.", "Tome 1 g.", "Tome 1 g por día."),
        ("zh_TW", "Take 1 g a day.", "每天 1 g。", "每週 1 g。", "1 g。", "每日 1 g。"),
        ("ar", "Take 1 g a week.", "تناول 1 g أسبوعيا.", "تناول 1 g يوميًا.", "تناول 1 g.", "تناول 1 g أسبوعيًا."),
    ],
)
def test_a_rate_is_said_per_another_period_per_none_or_in_other_words(
    locale, source, translation, swapped, dropped, reworded
):
    assert recall.swap_rate(source, translation, locale) == [swapped]
    assert recall.drop_rate(source, translation, locale) == [dropped]
    assert recall.benign_rate(source, translation, locale) == [reworded]


def test_no_rate_is_mutated_where_the_source_says_none():
    """하루 동안 (for one day) in a translation of a source with no rate is no rate to break."""
    for mutate in (recall.swap_rate, recall.drop_rate, recall.benign_rate):
        assert mutate("The rash lasts 1 day.", "발진은 하루에 사라집니다.", "ko_KR") == []


@pytest.mark.parametrize(
    "locale, source, translation, turned",
    [
        (
            "ko_KR",
            "Tell your care team before treatment.",
            "치료 전에 의료진에게 알리세요.",
            "치료 후에 의료진에게 알리세요.",
        ),
        ("ko_KR", "Am I at higher risk?", "저는 위험이 더 큰가요?", "저는 위험이 덜 큰가요?"),
        # "personas mayores" (older people) says no direction and stays
        (
            "es",
            "Clots are more likely in older people.",
            "Los coágulos son más probables en las personas mayores.",
            "Los coágulos son menos probables en las personas mayores.",
        ),
        ("zh_TW", "Am I at higher risk?", "我的風險是否比較高？", "我的風險是否比較低？"),
        (
            "ar",
            "They check on you during and after each infusion.",
            "يتابعون حالتك أثناء كل تسريب وبعده.",
            "يتابعون حالتك أثناء كل تسريب وقبله.",
        ),
    ],
)
def test_a_direction_is_turned_to_the_other_way_and_nothing_else(locale, source, translation, turned):
    assert recall.turn_direction(source, translation, locale) == [turned]


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Tell your nurse.", "간호사에게 알리세요."),  # the source says no direction
        ("His platelets dropped, then went back up.", "혈소판 수가 줄었다가 다시 늘었습니다."),  # both ways
        ("Tell your nurse before treatment.", "먼저 간호사에게 알리세요."),  # 먼저 (first): the bench has no opposite
    ],
)
def test_no_direction_is_turned_where_the_source_says_none_or_both_or_the_bench_has_no_opposite(source, translation):
    assert recall.turn_direction(source, translation, "ko_KR") == []
