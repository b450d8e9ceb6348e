"""Two versions of an English passage compared word by word: what was removed, what was added.

One comparison for every place that shows a change of the English: the
draft page's table of fuzzy entries (``#| msgid`` beside the English now,
as HTML with ``<del>``/``<ins>``, :func:`pipeline.render_html.english_change`)
and what changed since a translation review (``leaflets status``, the
release's refusal, ``leaflets review``), as plain text in the notation of
``git diff --word-diff=plain``: ``[-65-]{+60+}``. A word is a run of
non-space characters, so a dose, a phone number or a link that changed is
shown whole, old and new.

Pure: strings in, strings (or pieces) out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORD = re.compile(r"\S+\s*")
CONTEXT = 4  # unchanged words kept on each side of a change in the plain form; the rest is "…"
_WORTH_LEAVING_OUT = 2  # fewer unchanged words than this are shown rather than replaced by "…"


@dataclass(frozen=True)
class Piece:
    """A run of the two texts: the same in both (``equal``), or changed."""

    equal: bool
    before: str  # its words in the earlier text, with their trailing spaces
    now: str  # its words in the text now


def pieces(before: str, now: str) -> list[Piece]:
    """The two texts as runs of words, each the same in both or changed."""
    old_words, new_words = _WORD.findall(before), _WORD.findall(now)
    # Words are compared without the spaces after them: the last word of a text has none.
    matcher = SequenceMatcher(None, [w.rstrip() for w in old_words], [w.rstrip() for w in new_words], autojunk=False)
    return [
        Piece(op == "equal", "".join(old_words[i1:i2]), "".join(new_words[j1:j2]))
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def plain(before: str, now: str, context: int = CONTEXT) -> str:
    """The text now with what changed marked, ``[-removed-]{+added+}``, on one line;
    unchanged words further than ``context`` from a change are left out (``…``)."""
    runs = pieces(before, now)
    out: list[str] = []
    for index, piece in enumerate(runs):
        if piece.equal:
            words = piece.now.split()
            first, last = index == 0, index == len(runs) - 1
            keep_head = 0 if first else context
            keep_tail = 0 if last else context
            if len(words) > keep_head + keep_tail + _WORTH_LEAVING_OUT:
                kept = words[:keep_head] + ["…"] + (words[len(words) - keep_tail :] if keep_tail else [])
                words = kept
            out.append(" ".join(words))
        else:
            removed, added = " ".join(piece.before.split()), " ".join(piece.now.split())
            out.append((f"[-{removed}-]" if removed else "") + (f"{{+{added}+}}" if added else ""))
    return " ".join(part for part in out if part)
