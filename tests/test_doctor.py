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


# A language the checks have no module for (pipeline/languages/): Vietnamese, added by `leaflets init vi`.
VIETNAMESE_NOTE = (
    "vi: no Vietnamese data in pipeline/languages/: [negation], [limits], [comparison] and [number-words] do "
    'not check its translations and [units] does not read its unit words, so a dropped "not", a limit turned '
    'around ("no more than" as "at least"), "more likely" said as "less likely" or a number in words changed '
    "passes unseen; a reviewer reads those passages against the English with care"
)


def test_doctor_and_check_say_what_is_not_checked_in_a_language_without_data(project):
    assert project.run("init", "vi")[0] == 0
    code, out, _ = project.run("doctor")
    assert code == 0  # a note, not a problem
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("vi: PDFs set in "))
    assert lines[at + 1].startswith("  ok: ")
    assert lines[at + 2] == "  note: " + VIETNAMESE_NOTE.removeprefix("vi: ")
    assert sum(line.startswith("  note: ") for line in lines) == 1  # Korean and English have their data
    _, _, err = project.run("check")
    assert [line for line in err.splitlines() if "pipeline/languages/" in line] == ["note: " + VIETNAMESE_NOTE]
    _, _, err = project.run("check", "--locale", "ko_KR")
    assert "pipeline/languages/" not in err
