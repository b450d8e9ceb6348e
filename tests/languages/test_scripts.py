"""Scripts from Unicode's Script property: the one definition of each."""

from __future__ import annotations

import re

import pytest

from pipeline.languages.scripts import HANGUL, Script, char_class, ranges, script_of


def test_hangul_ranges_come_from_unicode():
    hangul = ranges("Hang")
    assert (0xAC00, 0xD7A3) in hangul  # syllables
    assert any(low <= 0x1100 <= high for low, high in hangul)  # jamo
    assert any(low <= 0x3131 <= high for low, high in hangul)  # compatibility jamo


def test_a_character_class_matches_exactly_the_script():
    hangul = re.compile(f"[{char_class('Hang')}]")
    assert hangul.fullmatch("가") and hangul.fullmatch("ㄱ") and hangul.fullmatch("힣")
    assert not hangul.search("a1。漢")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("가", "Hang"),
        ("漢", "Hani"),
        ("α", "Grek"),
        ("తె", "Telu"),
        ("ગુ", "Gujr"),
        ("م", "Arab"),
        ("a", "Latn"),
        ("1", "Zyyy"),
    ],
)
def test_every_script_is_known(text, code):
    assert script_of(text[0]) == code


def test_a_script_knows_its_letters_and_name():
    assert "한" in HANGUL and "A" not in HANGUL and HANGUL.name == "Hangul"
    assert Script("Telu").name == "Telugu"


def test_a_mixed_writing_system_holds_each_of_its_scripts():
    japanese = Script("Jpan")
    assert all(char in japanese for char in "漢ひカ") and "가" not in japanese and japanese.weight == 2.0
