"""Control characters: text no page shows, and how a message writes them.

The C0 and C1 controls (U+0000-U+001F, U+007F-U+009F) but tab and the line
ends: a NUL ends a string in an MO file, an ESC starts a terminal's escape
sequence, and none of them is a letter a reader sees. The English refuses
them (pipeline/source.py), [invisible] refuses them in a translation, and a
message that quotes text writes each as its code, ``<U+001B>``: a
translator's text never reaches a terminal as a command to it.
"""

from __future__ import annotations

import re

CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_CONTROL = re.compile(f"[{CONTROLS}]")


def first_control(text: str) -> re.Match[str] | None:
    return _CONTROL.search(text)


def printable(text: str) -> str:
    """``text`` with each control character written as its code: ``"5<U+001B>[2J mg"``."""
    return _CONTROL.sub(lambda match: f"<U+{ord(match.group()):04X}>", text) if first_control(text) else text
