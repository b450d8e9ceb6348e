"""Source and translation read sentence by sentence, and the words found in them quoted for a message.

Many checks compare a source sentence with its translation rather than the
whole entry (a "not" moved to another sentence is found): they share one
sentence splitter and one pairing, cached per entry.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Where a sentence ends, in the scripts of the languages with negation words.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)|(?<=[。！？؟])\s*(?=\S)")
# "1.9", "Dr. Cho", "U.S. law", "e.g. this" do not end sentences.
_NOT_AN_END = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|vs|etc|e\.g|i\.e|U\.S|No)\.|\d\.)$", re.IGNORECASE)


# What every sentence end follows: a text with none of these is one sentence (headings, most short passages).
_END_MARK = re.compile(r"[.!?。！？؟]")


def sentences(text: str) -> list[str]:
    if not _END_MARK.search(text):
        return [text.strip()] if text.strip() else []
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        # _NOT_AN_END's match is at most four characters ("e.g.") ending where the sentence would,
        # with one before it for its \b: read in the last eight, not the whole text since ``start``.
        if _NOT_AN_END.search(text[max(start, match.start() - 8) : match.start()]):
            continue
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


@lru_cache(maxsize=1024)  # read by [negation], [comparison] and six more checks for the same entry
def sentence_pairs(source: str, translation: str) -> tuple[tuple[str, str], ...]:
    """Source and translation sentence by sentence when they have as many sentences (a "not"
    moved to another sentence is found), else the two whole texts as one pair."""
    source_sentences = sentences(source)
    if len(source_sentences) > 1:  # else (most passages) one pair, however many the translation has
        translation_sentences = sentences(translation)
        if len(source_sentences) == len(translation_sentences):
            return tuple(zip(source_sentences, translation_sentences, strict=True))
    return ((source, translation),)


def quoted(words: list[str]) -> str:
    return ", ".join(f"'{word}'" for word in dict.fromkeys(word.lower() for word in words))
