"""``leaflets doctor`` and ``check`` when the English word list is missing.

[untranslated-text] tells English words from names by Debian's wamerican
(/usr/share/dict/american-english).  Without it the check still runs, weaker;
that must never be silent: doctor names what is missing, what it costs and
the package, and check (and build, whose gate checks) say once that they run
degraded.  The lookup is pointed at a folder that does not exist.
"""

from __future__ import annotations

import pytest

from pipeline.languages import language_for, words


@pytest.fixture
def no_word_list(tmp_path, monkeypatch):
    monkeypatch.setattr(words, "DICTIONARY_DIR", tmp_path / "no-dict")
    return tmp_path / "no-dict" / "american-english"


def test_doctor_says_the_word_list_is_there(project):
    _, out, _ = project.run("doctor")
    lines = out.splitlines()
    at = lines.index("en: [untranslated-text] tells English words from names by /usr/share/dict/american-english")
    assert lines[at + 1].startswith("  ok: ") and lines[at + 1].endswith(" words")


def test_doctor_names_a_missing_word_list_what_it_costs_and_the_package(project, no_word_list):
    code, out, _ = project.run("doctor")
    assert code == 1
    lines = out.splitlines()
    at = lines.index(f"en: [untranslated-text] tells English words from names by {no_word_list}")
    problem = lines[at + 1]
    assert problem.startswith(
        f"  problem: the English word list {no_word_list} is missing or empty (Debian package wamerican): "
    )
    assert 'Title Case ("Kidney Problems") can pass as a name' in problem
    assert problem.endswith("install it: sudo apt-get install wamerican (or run scripts/system-deps)")


def test_check_says_once_that_it_runs_degraded(project, no_word_list):
    _, _, err = project.run("check")
    notes = [line for line in err.splitlines() if "runs degraded" in line]
    assert notes == [
        f"note: [untranslated-text] runs degraded: the English word list {no_word_list} is missing or "
        "empty (Debian package wamerican): [untranslated-text] then knows only "
        f"{len(language_for('en').common_words)} common English words, so English "
        'left in a translation in Title Case ("Kidney Problems") can pass as a name; install it: '
        "sudo apt-get install wamerican (or run scripts/system-deps) (see leaflets doctor)"
    ]
    _, _, err = project.run("build", "--only", "html")
    assert sum("runs degraded" in line for line in err.splitlines()) == 1


def test_with_the_word_list_check_says_nothing_of_it(project):
    _, _, err = project.run("check")
    assert "degraded" not in err
