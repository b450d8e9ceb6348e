"""``leaflets doctor`` and ``check`` when the English word list is missing.

[untranslated-text] tells English words from names by Debian's wamerican
(/usr/share/dict/american-english).  Without it the check still runs, weaker;
that must never be silent: doctor names what is missing, what it costs and
the package, and check (and build, whose gate checks) say once that they run
degraded.  The lookup is pointed at a folder that does not exist.
"""

from __future__ import annotations

import html
import json

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
    "vi: no Vietnamese data in pipeline/languages/: [negation], [limits], [comparison], [urgency], [as-needed], "
    "[dose-times] and [opposites] do not check its translations, [number-words] reads only its digits, [units] does not "
    "read its unit words and [length] has no measure of how long its translations run, only of how many sentences they "
    "keep, so a "
    'dropped "not", a limit turned around ("no more than" as "at least"), "more likely" said as "less likely", '
    'a "right away" left out, a dose moved to another time of day ("1 in the morning, 2 at night" as "2 in '
    'the morning, 1 at night"), a course said as an interval ("for 5 days" as "every 5 days"), "with food" said '
    'as "on an empty stomach" or a number in words changed into other words passes unseen, a sentence fewer '
    "than the English is a "
    "warning to read (left out, or two merged into one?) and an error only where no merge explains it, and "
    'whether a dose keeps its period ("once a week", "/day"), a unit written in words ("every 6 hours", '
    '"400 mg" as a word after 400) or a large number in words ("1 million") is a warning to read, never '
    "checked; a reviewer reads those passages against the English with care"
)


def test_a_language_that_writes_no_full_stops_is_said_to_be_unmeasured_by_its_sentences(project):
    """Thai ends a sentence with a space: [length] cannot count its sentences, and says so."""
    assert project.run("init", "th")[0] == 0
    _, _, err = project.run("check")
    (note,) = [line for line in err.splitlines() if "pipeline/languages/" in line]
    assert "[length] has no measure of how long its translations run nor of their sentences (Thai writes no " in note
    assert "or a sentence left out passes unseen" in note


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


# How often a dose is given, in a language with no words for periods: never an error the
# translator cannot fix (a correct "mỗi ngày"), never a pass in silence ("once a day" for "once a
# week", the methotrexate overdose), but a warning on the passage's line for the reviewer to read.
WEEKLY = """\
---
id: weekly
title: "Methotrexate"
summary: "Once a week."
reviewed_by: "Dr. Mina Cho, PharmD"
reviewed_on: 2026-10-01
references:
  - "NHS. Methotrexate. https://www.nhs.uk/medicines/methotrexate/"
---

Take 15 mg once a week.
"""


def _unit_findings(project, domain: str) -> list[str]:
    _, out, _ = project.run("check", "--locale", "vi", "--leaflet", domain)
    return [line.split(": ", 1)[1] for line in out.splitlines() if "[units]" in line]


def period_warning(what: str, unit: str) -> str:
    return (
        f"warning[units]: {what} (per {unit}) in the source: whether the translation says it per {unit} is not "
        "checked (pipeline/languages/ has no Vietnamese words for periods); read it against the English"
    )


@pytest.mark.parametrize(
    "translation",
    ["Uống 15 mg mỗi tuần một lần.", "Uống 15 mg mỗi ngày một lần."],  # once a week (right), once a day (wrong)
)
def test_a_rate_in_words_is_a_warning_in_a_language_without_period_words(project, translation):
    assert project.run("init", "vi")[0] == 0
    project.path("source/weekly.md").write_text(WEEKLY, encoding="utf-8")
    assert project.run("extract")[0] == 0 and project.run("update")[0] == 0
    project.translate("weekly", {"Take 15 mg once a week.": translation}, "vi")
    assert _unit_findings(project, "weekly") == [period_warning("'15 mg once a week'", "week")]


# "for 3 days" as "trong 3 ngày": a unit word no module reads, a warning to read too.
THREE_DAYS = (
    "warning[units]: 3 days in the source is 3 ngày in the translation, which is not checked "
    "(pipeline/languages/ has no Vietnamese unit words); read it against the English: it must say days"
)


@pytest.mark.parametrize(
    "translation, findings",
    [
        ("Bạn được truyền **1 g/kg mỗi ngày** trong 3 ngày.", [period_warning("1 g/kg/day", "day"), THREE_DAYS]),
        ("Bạn được truyền **1 g/kg/ngày** trong 3 ngày.", [period_warning("1 g/kg/day", "day"), THREE_DAYS]),
        ("Bạn được truyền **1 g/kg mỗi tuần** trong 3 ngày.", [period_warning("1 g/kg/day", "day"), THREE_DAYS]),
        ("Bạn được truyền **1 g/kg/day** trong 3 ngày.", [THREE_DAYS]),  # the English kept: no period to read
    ],
)
def test_a_period_in_a_unit_is_a_warning_not_an_error_in_a_language_without_period_words(
    project, translation, findings
):
    assert project.run("init", "vi")[0] == 0
    source = "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."
    see = " Xem [nghiên cứu](https://doi.org/10.1001/archderm.139.1.26)."
    project.translate("demo", {source: translation + see}, "vi")
    assert _unit_findings(project, "demo") == findings


VIETNAMESE = {
    "IVIG for *skin* reactions": "IVIG cho các phản ứng *da*",
    "What IVIG is and how it is given.": "IVIG là gì và được truyền như thế nào.",
    "How IVIG is given": "Cách truyền IVIG",
    "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26).": (
        "Bạn được truyền **1 g/kg/day** trong 3 ngày. Xem [nghiên cứu](https://doi.org/10.1001/archderm.139.1.26)."
    ),
    "Headache": "Đau đầu",
    "Fever": "Sốt",
    "Diagnosis": "Chẩn đoán",
    "Skin affected": "Vùng da bị ảnh hưởng",
    "TEN": "TEN",
    "More than 30%": "Trên 30%",
    "Call 911 in an emergency.": "Gọi 911 khi cấp cứu.",
}


def test_status_and_review_tell_the_reviewer_what_is_not_checked_in_a_language_without_data(project):
    """The note asks a reviewer to read with care: the reviewer's own commands say it too, status
    (text, JSON, build/status.html) and the sign-off itself."""
    assert project.run("init", "vi")[0] == 0
    _, out, _ = project.run("status")
    assert "note: " + VIETNAMESE_NOTE in out.splitlines()
    _, out, _ = project.run("status", "--format", "json")
    assert VIETNAMESE_NOTE in json.loads(out)["notes"]
    assert VIETNAMESE_NOTE in html.unescape(project.path("build/status.html").read_text(encoding="utf-8"))
    project.translate("demo", VIETNAMESE, "vi")
    code, _, err = project.run("review", "vi", "demo", "--by", "Lan Tran")
    assert code == 0, err
    assert "note: locales/vi/LC_MESSAGES/demo.po: " + VIETNAMESE_NOTE.removeprefix("vi: ") in err.splitlines()
    code, _, err = project.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")
    assert "pipeline/languages/" not in err  # Korean has its data
    _, out, _ = project.run("status", "--locale", "ko_KR")  # a new user's status of one language named another's
    assert "pipeline/languages/" not in out
    _, out, _ = project.run("status", "--locale", "vi")
    assert "note: " + VIETNAMESE_NOTE in out.splitlines()
