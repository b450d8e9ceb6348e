"""Line breaking that WeasyPrint does not do itself.

Korean is written with spaces between words, and readers expect lines to
break only there (CSS ``word-break: keep-all``). Browsers do that; WeasyPrint
70 ignores ``keep-all`` and breaks between any two syllables. For the PDF,
each word with Hangul is wrapped in a span that does not break inside.
"""

from __future__ import annotations

import re

KEEP_ALL = "keep-all"
NORMAL = "normal"
KEEP_ALL_CLASS = "keep-all-word"

_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3"
_WORD = re.compile(rf"[^\s<>]*[{_HANGUL}][^\s<>]*")
# The head (styles, title) is left alone; in the body, split markup from text.
_PARTS = re.compile(r"(<head\b.*?</head>|<[^>]*>)", re.DOTALL | re.IGNORECASE)


def keep_words_together(html: str) -> str:
    """``html`` with every Hangul word in a no-break span; markup untouched.

    Only for HTML this project generates: every ``<`` in text is escaped.
    """
    parts = _PARTS.split(html)
    return "".join(part if index % 2 else _WORD.sub(_wrap, part) for index, part in enumerate(parts))


# A longer "word" is an address or a long compound: better broken inside than
# running off the page or out of a table cell.
MAX_KEPT_LENGTH = 12


def _wrap(match: re.Match) -> str:
    word = match.group()
    if len(word) > MAX_KEPT_LENGTH or "://" in word or "@" in word:
        return word
    return f'<span class="{KEEP_ALL_CLASS}">{word}</span>'
