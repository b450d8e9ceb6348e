"""Scripts from Unicode's Script property: the one definition of each."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

import pipeline.languages.scripts
from pipeline.languages.scripts import (
    HANGUL,
    Script,
    _in_class,
    block,
    block_class,
    char_class,
    hangul_final,
    hangul_jamo,
    is_hangul_syllable,
    is_pictograph,
    is_variation_selector,
    jongseong,
    ranges,
    script_of,
    with_hangul_final,
)


def test_hangul_ranges_come_from_unicode():
    hangul = ranges("Hang")
    assert (0xAC00, 0xD7A3) in hangul  # syllables
    assert any(low <= 0x1100 <= high for low, high in hangul)  # jamo
    assert any(low <= 0x3131 <= high for low, high in hangul)  # compatibility jamo


def test_a_character_class_matches_exactly_the_script():
    hangul = re.compile(f"[{char_class('Hang')}]")
    assert hangul.fullmatch("가") and hangul.fullmatch("ㄱ") and hangul.fullmatch("힣")
    assert not hangul.search("a1。漢")


@pytest.mark.parametrize("code", ["Hang", "Latn", "Arab", "Zyyy", "Zinh", "Hani"])
def test_a_character_class_holds_every_range_of_the_script_and_nothing_beside_it(code):
    pattern = re.compile(f"[{char_class(code)}]")
    inside = {point for low, high in ranges(code) for point in (low, (low + high) // 2, high)}
    beside = {point for low, high in ranges(code) for point in (low - 1, high + 1)} - inside
    assert all(pattern.fullmatch(chr(point)) for point in inside)
    assert not any(
        pattern.fullmatch(chr(point)) for point in beside if 0 <= point <= 0x10FFFF and script_of(chr(point)) != code
    )
    # The characters a class writes with a backslash (Common has them all) are themselves in it.
    assert all(pattern.fullmatch(char) for char in "\\]^-[") == (code == "Zyyy")


@pytest.mark.parametrize("char", list("\\]^-["))
def test_a_character_that_means_something_in_a_class_stands_for_itself(char):
    for body in (f"{_in_class(ord(char))}x", f"x{_in_class(ord(char))}", f"a-c{_in_class(ord(char))}"):
        pattern = re.compile(f"[{body}]")
        assert pattern.fullmatch(char) and not pattern.fullmatch("y"), body


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


def test_hangul_syllables_are_built_from_their_jamo():
    assert hangul_jamo("헐") == "\u1112\u1165\u11af" and hangul_final("헐") == jongseong("RIEUL")
    assert hangul_final("허") == "" and hangul_jamo("ㄱ") == "" and hangul_jamo("a") == ""
    assert with_hangul_final("헐", jongseong("NIEUN")) == "헌" and with_hangul_final("헐", jongseong("PIEUP")) == "헙"
    assert with_hangul_final("헐", "") == "허"
    assert is_hangul_syllable("가") and is_hangul_syllable("힣") and not is_hangul_syllable("ᄀ")


def test_blocks_variation_selectors_and_pictographs_from_unicode():
    assert block("㎎") == block("㍺") == "CJK Compatibility"
    tags = re.compile(f"[{block_class('Tags')}]")
    assert tags.fullmatch("\U000e0000") and tags.fullmatch("\U000e007f") and not tags.search("\U000e0080a")
    assert is_variation_selector("\ufe0f") and is_variation_selector("\U000e0100") and not is_variation_selector("a")
    assert is_pictograph("😀") and is_pictograph("🀄") and not is_pictograph("★") and not is_pictograph("가")


# A code point range written by hand: "가-힣" or "\u0600-\u06ff" in a string,
# a code point as a hex number (0xAC00), or a comparison "\u3380" <= char.
# Ranges come from scripts.py.
_END = r"(?:\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|[^\x00-\x7f])"
_HAND_WRITTEN_RANGE = re.compile(rf"{_END}-{_END}")
_CODE_POINT = re.compile(r"0x[0-9a-fA-F]{4,6}")
_COMPARED = re.compile(rf"[\"']{_END}[\"']\s*[<>]=?|[<>]=?\s*[\"']{_END}[\"']")


def hand_written_ranges(path: Path) -> list[str]:
    found = []
    for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if token.type == tokenize.STRING or token.type == getattr(tokenize, "FSTRING_MIDDLE", None):
            found += [f"{path}:{token.start[0]}: {m.group()}" for m in _HAND_WRITTEN_RANGE.finditer(token.string)]
        elif token.type == tokenize.NUMBER and _CODE_POINT.fullmatch(token.string):
            found.append(f"{path}:{token.start[0]}: {token.string}")
    found += [
        f"{path}:{number}: {m.group()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for m in _COMPARED.finditer(line)
    ]
    return found


def test_no_module_writes_unicode_ranges_of_its_own():
    scripts = Path(pipeline.languages.scripts.__file__)
    modules = [path for path in sorted(scripts.parents[1].rglob("*.py")) if path != scripts]
    assert len(modules) > 50
    assert [found for path in modules for found in hand_written_ranges(path)] == []
