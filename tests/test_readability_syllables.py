"""Syllables counted from the dictionary's table (pipeline/readability/syllables.py): what textstat counts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pyphen
import pytest
import textstat
from pyphen import HyphDict

from pipeline.config import load_project
from pipeline.fingerprint import digest
from pipeline.readability import dictionary, measure, syllables
from pipeline.source import load_leaflets
from tests.conftest import REPO

# Where word splitting can go wrong: apostrophes that end a contraction or not, quotes, hyphens,
# slashes, numbers with points and commas, letters outside ASCII, underscores, empty text.
TRICKY = [
    "Don't stop; it's the doctor's call, and we've said you'll be fine if they're here.",
    "There're cases we could've seen, and it'd help.",  # kept apostrophes the dictionary counts
    "The patients' rights ('informed consent') and 'quoted' words, rock'n'roll, o'clock.",
    "‘Curly’ quotes, don’t, e-mail, follow-up, and/or 0.4 g/kg/day for 1,000 people.",
    "Naïve café résumé snake_case __init__ — x2 3rd 1.9%",
    "",
    " .?! - ' ",
]


def test_every_sentence_of_the_shipped_leaflets_counts_as_textstat_counts_it():
    leaflets, problems = load_leaflets(load_project(REPO))
    assert leaflets and not problems
    sentences = [
        sentence
        for leaflet in leaflets
        for unit in (leaflet.title, leaflet.summary, *leaflet.body_units)
        for sentence in (unit.msgid, *measure.split_sentences(measure.unit_text(unit, {})))
    ]
    assert len(sentences) > 300
    for sentence in sentences + TRICKY:
        assert syllables.word_count(sentence) == textstat.lexicon_count(sentence), sentence
        assert syllables.in_text(sentence) == textstat.syllable_count(sentence), sentence
        assert syllables.polysyllables(sentence) == textstat.polysyllabcount(sentence), sentence
        assert syllables.counts(sentence) == (
            textstat.lexicon_count(sentence),
            textstat.syllable_count(sentence),
            textstat.polysyllabcount(sentence),
        ), sentence
    # Words the dictionary lacks are hyphenated by pyphen, as textstat does.
    assert "immunoglobulins" not in syllables.table()
    assert syllables.in_text("Immunoglobulins, SJS/TEN!") == textstat.syllable_count("Immunoglobulins, SJS/TEN!")


def test_the_table_holds_the_first_pronunciation_nltk_reads_for_every_word():
    import nltk

    read = nltk.corpus.cmudict.dict()
    table = syllables.table()
    assert len(table) == len(read)
    assert all(table[word] == sum(p[-1].isdigit() for p in prons[0]) for word, prons in read.items())
    assert table["tomato"] == 3 and table["a"] == 1


def _use_only(prefix, monkeypatch):
    monkeypatch.setattr(dictionary, "folder", lambda _prefix=None: dictionary.data_dir(prefix) / dictionary.RESOURCE)
    syllables.table.cache_clear()
    syllables._word.cache_clear()
    monkeypatch.setattr(syllables, "_word", syllables._word)  # its cache is cleared again after the test


def test_a_table_made_from_another_dictionary_is_never_used(tmp_path, monkeypatch):
    folder = dictionary.data_dir(tmp_path) / dictionary.RESOURCE
    folder.mkdir(parents=True)
    words = folder / "cmudict"
    words.write_text("HELLO 1 HH AH0 L OW1\nWORLD 1 W ER1 L D\n", encoding="utf-8")
    assert syllables.write_table(words) == folder / syllables.TABLE_NAME
    try:
        _use_only(tmp_path, monkeypatch)
        assert syllables.in_text("Hello, world.") == 3
        # The dictionary is written again (a new cmudict package): its table is not, yet.
        words.write_text("HELLO 1 HH AH0 L OW1\nWORLD 1 W ER1 L D AH0\n", encoding="utf-8")
        _use_only(tmp_path, monkeypatch)
        assert syllables.read_table(folder / syllables.TABLE_NAME, words.read_bytes()) is None
        assert syllables.in_text("Hello, world.") == 4
        # Written again, the table is used: it says what the dictionary says.
        stored = {
            "format": syllables.FORMAT,
            "dictionary": digest(words.read_bytes()),
            "words_by_syllables": {"9": "hello world"},
        }
        (folder / syllables.TABLE_NAME).write_text(json.dumps(stored), encoding="utf-8")
        _use_only(tmp_path, monkeypatch)
        assert syllables.in_text("Hello, world.") == 18
    finally:
        syllables.table.cache_clear()
        syllables._word.cache_clear()


def test_make_all_writes_the_table_beside_the_dictionary(tmp_path):
    target = dictionary.install(tmp_path)
    table = syllables.read_table(target.parent / syllables.TABLE_NAME, target.read_bytes())
    assert table is not None and table == syllables.table_of(target.read_bytes())
    assert table["tomato"] == 3


def test_the_table_is_written_again_when_the_code_that_writes_it_changes():
    """An environment made before a change to the table's format (or before the table existed)
    must get the new one from `make`, not only when the lock changes and the venv is made again."""
    for written_by in ("dictionary.py", "syllables.py", "install_dictionary.py"):
        planned = subprocess.run(
            ["make", "-n", "-W", f"pipeline/readability/{written_by}", "check"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "-m pipeline.readability.install_dictionary" in planned, (written_by, planned)
        if (REPO / ".venv" / ".installed").is_file():  # an environment that is up to date with the lock
            assert "pip install" not in planned  # is not made again for it


@pytest.mark.parametrize(
    "stored",
    [
        {"format": 1, "syllables": {"hello": 9}},  # the format before: an object of words
        {"words_by_syllables": {"two": "hello"}},
        {"words_by_syllables": {"9": ["hello"]}},
        {"words_by_syllables": ["hello"]},
    ],
)
def test_a_table_not_in_this_format_is_never_used(tmp_path, stored):
    dictionary_bytes = b"HELLO 1 HH AH0 L OW1\n"
    table = tmp_path / syllables.TABLE_NAME
    table.write_text(json.dumps({"format": syllables.FORMAT, "dictionary": digest(dictionary_bytes), **stored}))
    assert syllables.read_table(table, dictionary_bytes) is None


def test_make_all_writes_the_hyphenation_patterns_as_pyphen_parses_them(tmp_path):
    target = dictionary.install(tmp_path)
    patterns_file = syllables._pyphen_patterns_file()
    written = syllables.read_patterns(target.parent / syllables.PATTERNS_NAME, patterns_file.read_bytes())
    parsed = HyphDict(patterns_file)
    assert written is not None
    assert (written.patterns, written.maxlen, written.cache) == (parsed.patterns, parsed.maxlen, {})


def test_words_the_dictionary_lacks_count_as_pyphen_parsing_its_own_file_counts_them(monkeypatch):
    """The patterns written by make all stand in for pyphen's own parse: every word of the
    shipped leaflets and a slice of the system's word list hyphenates the same."""
    patterns_file = syllables._pyphen_patterns_file()
    monkeypatch.delitem(pyphen.hdcache, patterns_file, raising=False)
    monkeypatch.setattr(HyphDict, "__init__", _never_parsed)
    syllables._hyphenation.cache_clear()
    try:
        ours = syllables._hyphenation()
    finally:
        syllables._hyphenation.cache_clear()
    monkeypatch.undo()
    theirs = pyphen.Pyphen(filename=patterns_file, cache=False)
    shipped = {
        word
        for source in (REPO / "source").glob("*.md")
        for word in syllables.words(source.read_text(encoding="utf-8"), lowercase=True)
    }
    listed = Path("/usr/share/dict/american-english").read_text(encoding="utf-8", errors="replace").split()[::7]
    words = sorted(shipped | set(listed))
    assert len(words) > 10_000
    assert [ours.positions(word) for word in words] == [theirs.positions(word) for word in words]


def _never_parsed(self, path):
    raise AssertionError(f"pyphen parsed {path}: the patterns make all wrote were not used")


@pytest.mark.parametrize(
    "stored",
    [
        {"patterns_of": "another file"},
        {"format": 0},
        {"patterns": {}},
        {"patterns": {"ab": [0, ["x"]]}},
        {"patterns": ["ab"]},
    ],
)
def test_hyphenation_patterns_not_of_this_file_or_format_are_never_used(tmp_path, stored):
    patterns_file = b"UTF-8\n1ab\n"
    path = tmp_path / syllables.PATTERNS_NAME
    written = {
        "format": syllables.PATTERNS_FORMAT,
        "patterns_of": digest(patterns_file),
        "patterns": {"ab": [0, [1]]},
    }
    path.write_text(json.dumps({**written, **stored}), encoding="utf-8")
    assert syllables.read_patterns(path, patterns_file) is None
    path.write_text(json.dumps(written), encoding="utf-8")
    assert syllables.read_patterns(path, patterns_file) is not None  # the same file as it should be
