"""Chinese (pipeline/languages/zh.py), Traditional and Simplified alike."""

from __future__ import annotations

from fractions import Fraction

import pytest

from pipeline.languages import language_for
from pipeline.languages.scripts import HAN
from tests.languages.helpers import amounts, markers, values


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
