"""Which fonts a PDF is set in, named for its manifest record (manifest.UsedFont).

The fonts a PDF embeds are what it shows, whatever ``leaflets.toml`` names: a character no font of
its ``font_family`` has is set in a fallback. WeasyPrint names each embedded font by the Pango
description it asked for, subset-tagged (``DSVEWC+Noto-Sans-CJK-KR-Bold``), not by its file; the
file is the face fontconfig gives for that family and style (as it gave Pango), and its version is
what its name table states. Read from the PDF's bytes, so a PDF kept from an earlier build is named
as it is, and rendering is untouched (the pages stay byte for byte what they were).

Two halves: pure functions (the names a PDF embeds, a name as a family and a style) and a thin
adapter over fontconfig (pipeline.fonts) and fontTools (a face's name table).
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont, TTLibError

from pipeline import fonts
from pipeline.manifest import UsedFont

# -- pure ------------------------------------------------------------------------

# A font dictionary's name, subset tag and all: /BaseFont /DSVEWC+Noto-Sans-CJK-KR-Bold
_FONT_NAME = re.compile(rb"/(?:BaseFont|FontName)\s*/(?:[A-Z]{6}\+)?([^\s/<>\[\]()%]+)")
# The object streams WeasyPrint packs its dictionaries into (PDF 1.5), their bodies deflated: from
# the stream's type to where its data begins. Found by its type, a literal that only a PDF's own
# structure spells: looked for from every "<<", as a dictionary begins, the search went through the
# embedded fonts' binary data (10 ms a Korean PDF, in the build's own process, a page at a time).
_OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm(?:(?!>>).)*?>>\s*stream\r?\n", re.S)

# Pango's words for a weight and a slant, on fontconfig's scale (fonts.closest_face).
_WEIGHTS = {
    "Thin": 0,
    "Ultra-Light": 40,
    "Light": 50,
    "Semi-Light": 55,
    "Book": 75,
    "Medium": 100,
    "Semi-Bold": 180,
    "Bold": 200,
    "Ultra-Bold": 205,
    "Heavy": 210,
    "Ultra-Heavy": 215,
}
_SLANTS = {"Italic": 100, "Oblique": 110}
REGULAR = "Regular"


def embedded_names(pdf: bytes) -> list[str]:
    """The fonts a PDF embeds, by name without the subset tag, sorted: ``Noto-Sans-CJK-KR-Bold``."""
    bodies = [pdf]
    for match in _OBJECT_STREAM.finditer(pdf):
        try:
            bodies.append(zlib.decompressobj().decompress(pdf[match.end() :]))
        except zlib.error:  # not deflated: its dictionaries are not searched
            continue
    return sorted({name.decode("latin-1") for body in bodies for name in _FONT_NAME.findall(body)})


def split_name(name: str, families: tuple[str, ...]) -> tuple[str, str]:
    """``Noto-Sans-CJK-KR-Bold`` as a family of ``families`` and a style (``Noto Sans CJK KR``,
    ``Bold``); the longest family that begins it. A name no family begins: itself, spaced, and ""."""
    spelled = {family.replace(" ", "-"): family for family in families}
    for hyphenated in sorted(spelled, key=len, reverse=True):
        if name == hyphenated or name.startswith(hyphenated + "-"):
            return spelled[hyphenated], name[len(hyphenated) + 1 :] or REGULAR
    return name.replace("-", " "), ""


def weight_and_slant(style: str) -> tuple[int, int]:
    """``Semi-Bold-Italic`` as (180, 100); a word Pango does not write for either is left out."""
    weight, slant = _WEIGHTS["Book"] + 5, 0  # 80: regular
    for word in sorted(_WEIGHTS, key=len, reverse=True):  # Semi-Bold, not the Bold in it
        if re.search(rf"(^|-){re.escape(word)}($|-)", style):
            weight = _WEIGHTS[word]
            break
    for word, value in _SLANTS.items():
        if re.search(rf"(^|-){word}($|-)", style):
            slant = value
    return weight, slant


# -- adapter ---------------------------------------------------------------------


def used_fonts(pdf: bytes) -> tuple[UsedFont, ...]:
    """The fonts a PDF is set in, each with its file and version as fontconfig finds it now."""
    names = embedded_names(pdf)
    if not names:
        return ()
    families = fonts.installed_families()
    return tuple(dict.fromkeys(_named(*split_name(name, families)) for name in names))


def _named(family: str, style: str) -> UsedFont:
    if not style:  # no installed family has the name: not there to read
        return UsedFont(family, style)
    face = fonts.closest_face(family, *weight_and_slant(style))
    if face is None:
        return UsedFont(family, style)
    return UsedFont(family, style, Path(face.file).name, _version(face.file, face.index))


@lru_cache(maxsize=64)
def _version(file: str, index: int) -> str:
    """The version its name table states (name ID 5); "" when it cannot be read."""
    try:
        with TTFont(file, fontNumber=index, lazy=True) as font:
            return str(font["name"].getDebugName(5) or "")
    except (OSError, TTLibError, AssertionError, KeyError):
        return ""
