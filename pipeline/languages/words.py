"""A language's ordinary words, from the system's word list (not from our leaflets).

[untranslated-text] must tell English left in a translation ("Kidney
Problems") from names kept on purpose ("American Academy of Dermatology",
"Dr. Mina Cho"), for any text, not only the words of the leaflets shipped
today.  The judge is a general dictionary: the word list of the Debian
package a language names (``wamerican`` for English, ~100,000 words, from
SCOWL), installed by ``scripts/system-deps`` into the standard place every
Unix uses, ``/usr/share/dict``.  Only its lower-case entries are ordinary
words: "kidney" is one, "American" and "Johnson" are names.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DICTIONARY_DIR = Path("/usr/share/dict")


@cache
def ordinary_words(word_list: str) -> frozenset[str]:
    """The lower-case words of ``/usr/share/dict/<word_list>``; empty when it is not installed."""
    if not word_list:
        return frozenset()
    try:
        text = (DICTIONARY_DIR / word_list).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return frozenset()
    return frozenset(word for word in text.split() if word.isalpha() and word.islower())
