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
