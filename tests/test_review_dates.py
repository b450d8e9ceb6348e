"""Every patient page prints the day of its reviews: a day no review can have taken place on is
refused, by `review` (a one-line usage error, exit 2, naming --on or the clock) and where the day is
read from a file (the leaflet's reviewed_on, a catalog header written by hand: file:line).

No day to come (one that has begun nowhere on Earth), no day before 2000-01-01 (a mistyped year), and
no day before the review a new one follows: a clinical review of an English that changed since the
review recorded before it, a translation review after the one in its catalog's header."""

from __future__ import annotations

import json

import pytest

from tests.test_review_history import change_english, repository  # noqa: F401  (a fixture: the demo, in git)

CLINICIAN = "Dr. Mina Cho, PharmD"  # the demo's reviewed_by; its reviewed_on is 2026-10-01
EARLY = "a day before 2000-01-01, earlier than any review of these leaflets (a mistyped year?)"


@pytest.mark.parametrize("day", ["1900-01-01", "0226-10-01", "1999-12-31"])
def test_review_en_refuses_a_day_before_2000(project, day):
    before = project.path("source/demo.md").read_bytes()
    code, out, err = project.run("review", "en", "demo", "--by", CLINICIAN, "--on", day)
    assert code == 2 and "Traceback" not in out + err
    assert err.splitlines() == [
        f"leaflets: --on: reviewed_on {day} is {EARLY}: write the day the clinical review took place "
        "(the page tells patients the leaflet was reviewed on that day)"
    ]
    assert project.path("source/demo.md").read_bytes() == before


def test_review_en_accepts_2000_01_01(project):
    code, _, err = project.run("review", "en", "demo", "--by", CLINICIAN, "--on", "2000-01-01")
    assert code == 0, err


def test_a_reviewed_on_written_before_2000_is_an_error_on_its_line(project):
    source = project.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("2026-10-01", "1926-10-01"), encoding="utf-8")
    for command in (("check",), ("build", "--only", "html")):
        code, out, err = project.run(*command)
        assert code == 1 and "Traceback" not in out + err
        said = "source/demo.md:6: " + ("error[source]: " if command == ("check",) else "")
        assert f"{said}reviewed_on 1926-10-01 is {EARLY}" in out + err, (command, out, err)


def test_a_clinical_review_of_a_changed_english_is_not_dated_before_the_review_it_follows(repository):  # noqa: F811
    change_english(repository, "for 3 days", "for 5 days")
    before = repository.path("source/demo.md").read_bytes()
    code, out, err = repository.run("review", "en", "demo", "--by", CLINICIAN, "--on", "2026-09-30")
    assert code == 2 and "Traceback" not in out + err and len(err.splitlines()) == 1
    assert err.startswith(
        f"leaflets: --on: 2026-09-30 is a day before the clinical review recorded before this one, by {CLINICIAN} "
        "on 2026-10-01 of an earlier English (git "
    )
    assert err.rstrip().endswith("this English was reviewed on that day or later")
    assert repository.path("source/demo.md").read_bytes() == before
    # That day itself, or later, is recorded.
    code, _, err = repository.run("review", "en", "demo", "--by", CLINICIAN, "--on", "2026-10-01")
    assert code == 0, err


def test_recording_the_review_of_the_same_english_again_may_correct_its_day(repository):  # noqa: F811
    code, _, err = repository.run("review", "en", "demo", "--by", CLINICIAN, "--on", "2026-09-30")
    assert code == 0, err
    assert "reviewed_on: 2026-09-30" in repository.path("source/demo.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("epoch", "said"),
    [
        ("0", f"SOURCE_DATE_EPOCH gives 1970-01-01, {EARLY}"),
        ("4102444800", "SOURCE_DATE_EPOCH gives 2100-01-01, a day that has not come yet"),
    ],
)
def test_a_translation_review_is_not_recorded_on_a_day_no_review_took_place(
    translated_unreviewed, monkeypatch, epoch, said
):
    po = translated_unreviewed.po("demo")
    before = po.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    code, out, err = translated_unreviewed.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")
    assert code == 2 and "Traceback" not in out + err
    assert err.splitlines() == [f"leaflets: {said}: a review is recorded on the day it takes place"]
    assert po.read_bytes() == before


def test_a_translation_review_is_not_dated_before_the_one_it_follows(translated, monkeypatch):
    """The fixture's reviewer signed off on 2026-09-21 (SOURCE_DATE_EPOCH 1790000000)."""
    po = translated.po("demo")
    before = po.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1788000000")  # 2026-08-29
    code, out, err = translated.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")
    assert code == 2 and "Traceback" not in out + err
    assert err.splitlines() == [
        "leaflets: SOURCE_DATE_EPOCH gives 2026-08-29, a day before the translation review it follows, by "
        "Test Reviewer (tests only) on 2026-09-21: a review is recorded on the day it takes place"
    ]
    assert po.read_bytes() == before


@pytest.mark.parametrize(
    ("day", "why"), [("2099-09-21", "a day that has not come yet"), ("1926-09-21", EARLY)], ids=["future", "1926"]
)
def test_a_review_day_written_into_a_catalog_header_by_hand_is_a_check_error_on_its_line(translated, day, why):
    po = translated.po("demo")
    text = po.read_text(encoding="utf-8")
    assert "X-Translation-Reviewed-On: 2026-09-21" in text
    po.write_text(text.replace("X-Translation-Reviewed-On: 2026-09-21", f"X-Translation-Reviewed-On: {day}"), "utf-8")
    line = 1 + po.read_text(encoding="utf-8").splitlines().index(f'"X-Translation-Reviewed-On: {day}\\n"')

    code, out, err = translated.run("check", "--locale", "ko_KR", "--leaflet", "demo", "--format", "json")
    assert code == 1, err
    [finding] = [f for f in json.loads(out) if f["check"] == "header"]
    assert (finding["file"], finding["line"], finding["severity"]) == (
        "locales/ko_KR/LC_MESSAGES/demo.po",
        line,
        "error",
    )
    assert finding["message"].startswith(
        f"the translation review in the header cannot be read (X-Translation-Reviewed-On {day} is {why})"
    )

    # The draft does not print that day: the translation is not reviewed, and says so.
    code, _, err = translated.run("build", "--only", "html", "--locale", "ko_KR")
    assert code == 0, err
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert day[:4] not in html and 'id="not-reviewed-note"' in html
    # A release refuses it, saying so once (as the review's refusal, not again as a check error).
    code, _, err = translated.run("build", "--release", "--only", "html", "--locale", "ko_KR")
    assert code == 1 and err.count(f"X-Translation-Reviewed-On {day} is {why}") == 1, err

    # Recording the review again writes the fields anew: the error is not a reason to refuse it.
    code, _, err = translated.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")
    assert code == 0, err
    code, out, _ = translated.run("check", "--locale", "ko_KR", "--leaflet", "demo", "--format", "json")
    assert code == 0 and not [f for f in json.loads(out) if f["check"] == "header"]
