"""A language's ordinary words, from the system's word list (not from our leaflets).

[untranslated-text] must tell English left in a translation ("Kidney
Problems") from names kept on purpose ("American Academy of Dermatology",
"Dr. Mina Cho"), for any text, not only the words of the leaflets shipped
today.  The judge is a general dictionary: the word list of the Debian
package a language names (``wamerican`` for English, ~100,000 words, from
SCOWL), installed by ``scripts/system-deps`` into the standard place every
Unix uses, ``/usr/share/dict``.  Only its lower-case entries are ordinary
words: "kidney" is one, "American" and "Johnson" are names.

Without the word list the check still runs, on the language's short list of
common words only, and is weaker: :func:`missing_word_list` says so, and
``leaflets doctor`` and ``leaflets check`` report it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.languages.language import Language

DICTIONARY_DIR = Path("/usr/share/dict")


def word_list_path(language: Language) -> Path:
    """Where the language's word list is installed: ``/usr/share/dict/american-english``."""
    return DICTIONARY_DIR / language.word_list


def ordinary_words(word_list: str) -> frozenset[str]:
    """The lower-case words of ``/usr/share/dict/<word_list>``; empty when it is not installed."""
    if not word_list:
        return frozenset()
    return _read(DICTIONARY_DIR / word_list)


@cache
def _read(path: Path) -> frozenset[str]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return frozenset()
    # _is_ordinary, as C filters: a tenth of the time of a call per word (before the workers fork).
    return frozenset(filter(str.islower, filter(str.isalpha, text.split())))


def _is_ordinary(word: str) -> bool:
    """A lower-case entry of the list is an ordinary word; "American" and "Johnson's" are not."""
    return word.isalpha() and word.islower()


@dataclass(frozen=True)
class MissingWordList:
    """A language's word list that is not installed (or holds no words), and what that costs."""

    language: Language
    path: Path

    @property
    def what(self) -> str:
        package = f" (Debian package {self.language.word_list_package})" if self.language.word_list_package else ""
        return f"the {self.language.english_name} word list {self.path} is missing or empty{package}"

    @property
    def consequence(self) -> str:
        return (
            f"[untranslated-text] then knows only {len(self.language.common_words)} common "
            f"{self.language.english_name} words, so {self.language.english_name} left in a translation in "
            'Title Case ("Kidney Problems") can pass as a name'
        )

    @property
    def remedy(self) -> str:
        if self.language.word_list_package:
            return f"install it: sudo apt-get install {self.language.word_list_package} (or run scripts/system-deps)"
        return f"install a word list at {self.path}"


def missing_word_list(language: Language) -> MissingWordList | None:
    """The language's word list when the checks need it and cannot read it; None when all is well."""
    if not language.word_list or _has_ordinary_words(DICTIONARY_DIR / language.word_list):
        return None
    return MissingWordList(language, word_list_path(language))


@cache
def _has_ordinary_words(path: Path) -> bool:
    """Whether :func:`_read` would find a word in ``path``, known from its first lines: every
    ``build`` and ``check`` asks, and most of them check no entry that reads the whole list."""
    try:
        with path.open(encoding="utf-8", errors="replace") as lines:
            return any(_is_ordinary(word) for line in lines for word in line.split())
    except OSError:
        return False
