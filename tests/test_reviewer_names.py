"""A reviewer's name is a person's: every page tells patients who reviewed it. The placeholder the
commands print (`leaflets review es ivig-ten --by "NAME"`), pasted as printed, and a "name" with no
letter or of one character are refused on the command line, and where a review written by hand (or
by an earlier leaflets) is read: check names its line, and a release refuses it."""

from __future__ import annotations

import json

import pytest

from pipeline import clinical_review, page_text_review
from pipeline.review import name_problem
from pipeline.source import parse_leaflet
from tests.test_build import Page

PLACEHOLDERS = ["NAME", "FULL NAME", "YOUR NAME", "REVIEWER", "FIRST LAST", '"NAME"', "name"]
NOT_NAMES = [*PLACEHOLDERS, "x", "12", ". -"]
REAL_NAMES = ["김민지", "王美", "Dr. Mina Cho, PharmD", "Siobhán O'Brien-Lee", "سارا احمدی", "Dr. A"]
REVIEW_FILE = "templates/clinical_review.toml"


@pytest.mark.parametrize("name", REAL_NAMES)
def test_real_names_in_any_script_are_names(name):
    assert name_problem(name) is None


@pytest.mark.parametrize("name", NOT_NAMES)
@pytest.mark.parametrize(
    ("argv", "file"),
    [
        (("review", "ko_KR", "demo"), "locales/ko_KR/LC_MESSAGES/demo.po"),
        (("review", "ko_KR", "common"), "locales/ko_KR/LC_MESSAGES/common.po"),
        (("review", "en", "demo"), "source/demo.md"),
        (("review", "en", "common"), REVIEW_FILE),
    ],
)
def test_a_placeholder_or_a_name_of_no_one_is_refused_with_a_hint_and_nothing_is_written(
    translated_unreviewed, name, argv, file
):
    before = translated_unreviewed.path(file).read_bytes()
    code, out, err = translated_unreviewed.run(*argv, "--by", name)
    assert code == 2 and out == "", err
    [line] = err.splitlines()
    assert line.startswith("leaflets: --by: the reviewer's name ") and ("names no one" in line or "placeholder" in line)
    assert 'give the name of the person who reviewed it, as every page will show it, e.g. --by "' in line
    assert translated_unreviewed.path(file).read_bytes() == before


def test_a_real_name_in_another_script_is_recorded_and_shown(translated_unreviewed):
    code, _, err = translated_unreviewed.run("review", "ko_KR", "demo", "--by", "김민지")
    assert code == 0, err
    assert "X-Translation-Reviewer: 김민지\\n" in translated_unreviewed.po("demo").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["NAME", "x"])
def test_a_withdrawal_by_a_placeholder_is_refused(translated, name):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    code, _, err = translated.run("withdraw", "ko_KR", "demo", "--reason", "mistranslated", "--by", name)
    assert code == 2 and "--by: the name of who decided " in err and "give your own name" in err, err
    assert not translated.path("withdrawals.toml").exists()


def test_a_translation_review_header_naming_the_placeholder_is_an_error_on_its_line_and_refused(translated):
    po = translated.po("demo")
    text = po.read_text(encoding="utf-8")
    field = '"X-Translation-Reviewer: Test Reviewer (tests only)\\n"'
    assert field in text
    po.write_text(text.replace(field, '"X-Translation-Reviewer: NAME\\n"'), encoding="utf-8")
    line = po.read_text(encoding="utf-8").splitlines().index('"X-Translation-Reviewer: NAME\\n"') + 1
    code, out, _ = translated.run("check", "--locale", "ko_KR", "--format", "json")
    [error] = [f for f in json.loads(out) if f["check"] == "header"]
    assert code == 1 and error["line"] == line and error["severity"] == "error"
    assert "'NAME' is a placeholder, not a person's name" in error["message"]
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "cannot be read (the reviewer's name 'NAME' is a placeholder" in err
    assert not translated.path("dist/ko_KR/demo.html").exists()


def _recorded_by(text: str, name: str) -> str:
    """The leaflet with its clinical review recorded by ``name``, digest and all, as an earlier
    leaflets recorded `leaflets review en demo --by "NAME"`."""
    text = text.replace('reviewed_by: "Dr. Mina Cho, PharmD"', f'reviewed_by: "{name}"')
    leaflet = parse_leaflet(text, "source/demo.md")
    digest = clinical_review.quoted(clinical_review.text_digest(leaflet))
    return clinical_review.rewrite_front_matter(text, {clinical_review.KEY: digest}, after="reviewed_on")


def test_a_clinical_review_recorded_by_the_placeholder_is_an_error_on_its_line_and_no_page_is_released(translated):
    source = translated.path("source/demo.md")
    source.write_text(_recorded_by(source.read_text(encoding="utf-8"), "NAME"), encoding="utf-8")
    by_line = source.read_text(encoding="utf-8").splitlines().index('reviewed_by: "NAME"') + 1
    code, out, _ = translated.run("check", "--locale", "en", "--format", "json")
    [error] = [f for f in json.loads(out) if f["check"] == clinical_review.CHECK]
    assert code == 1 and (error["file"], error["line"]) == ("source/demo.md", by_line)
    assert error["message"].startswith("reviewed_by 'NAME' is a placeholder, not a person's name: no clinician")
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and f"source/demo.md:{by_line}: reviewed_by 'NAME' is a placeholder" in err
    assert not translated.path("dist/en/demo.html").exists() and not translated.path("dist/ko_KR/demo.html").exists()
    # A draft says so above everything else.
    assert translated.run("build", "--only", "html")[0] == 0
    draft = Page(translated.path("build/en/demo.html").read_text(encoding="utf-8")).text
    assert f"reviewed_by 'NAME' is a placeholder, not a person's name (source/demo.md:{by_line})" in draft
    # Recorded again with the clinician's own name, it holds.
    code, _, err = translated.run("review", "en", "demo", "--by", "Dr. Mina Cho, PharmD", "--on", "2026-10-01")
    assert code == 0, err
    assert "reviewed_text added" not in err  # the line was there already


def test_a_page_text_review_recorded_by_the_placeholder_is_an_error_on_its_line_and_refused(translated):
    path = translated.path(REVIEW_FILE)
    recorded = page_text_review.parse(path.read_text(encoding="utf-8"), REVIEW_FILE)
    assert isinstance(recorded, page_text_review.Recorded)
    from pipeline.cache import page_text_messages
    from pipeline.config import load_project

    messages = page_text_messages(load_project(translated.root))
    digest = page_text_review.text_digest(messages, "NAME", recorded.reviewed_on)
    path.write_text(page_text_review.render("NAME", recorded.reviewed_on, digest), encoding="utf-8")
    by_line = path.read_text(encoding="utf-8").splitlines().index('reviewed_by = "NAME"') + 1
    code, out, _ = translated.run("check", "--locale", "en", "--format", "json")
    [error] = [f for f in json.loads(out) if f["file"] == REVIEW_FILE]
    assert code == 1 and error["line"] == by_line and error["severity"] == "error"
    assert "reviewed_by 'NAME' is a placeholder, not a person's name" in error["message"]
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "reviewed_by 'NAME' is a placeholder" in err
    assert not translated.path("dist/en/demo.html").exists()
