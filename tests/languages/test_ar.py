"""Arabic (pipeline/languages/ar.py)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from pipeline.languages import language_for
from pipeline.languages.scripts import ARABIC
from tests.languages.helpers import amounts, markers, values


def test_arabic_is_its_script():
    assert language_for("ar").script is ARABIC and "م" in ARABIC and "a" not in ARABIC


@pytest.mark.parametrize(
    ("text", "value"), [("٣ أيام", 3), ("١٢٫٥", Fraction(25, 2)), ("مليون", 1_000_000), ("2 مليون", 2_000_000)]
)
def test_arabic_numbers(text, value):
    assert Fraction(value) in values(text, "ar")


@pytest.mark.parametrize(
    ("text", "amount"), [("1 إلى 3 أسابيع", (1, "week")), ("48 ساعة", (48, "hour")), ("400 ملغ", (400, "mg"))]
)
def test_arabic_quantities(text, amount):
    assert (Fraction(amount[0]), amount[1]) in amounts(text, "ar")


def test_per_day():
    assert markers("400 ملغ يوميًا", "ar") == ["day"]
