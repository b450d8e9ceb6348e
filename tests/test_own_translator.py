"""A translation reviewed by its own translator (the catalog's Last-Translator) is published, since a
reviewer who mends a typo in Poedit becomes its Last-Translator, but it never goes unseen: status
(text, JSON, build/status.html) warns on its row, and every release that publishes it says so. The
names are compared as people write them: case, spacing, word order and the e-mail part aside."""

from __future__ import annotations

import json
import re

import polib
import pytest

from pipeline.review import same_person
from tests.test_build import Page

OWN = "reviewed by its own translator"


@pytest.mark.parametrize(
    ("reviewer", "translator"),
    [
        ("Wang Mei", "Wang Mei <mei@example.org>"),
        ("wang mei", "Mei Wang <mei@example.org>"),
        ("Kim  Min-ji", "KIM Minji"),
        ("王 美", "王美 <mei@example.org>"),
        ("Ｗａｎｇ Mei", "Wang Mei"),  # full-width letters, as some input methods type them
    ],
)
def test_one_person_written_two_ways_is_one_person(reviewer, translator):
    assert same_person(reviewer, translator)


@pytest.mark.parametrize(
    ("reviewer", "translator"),
    [
        ("Ji-woo Park", "Min-seo Kim <ms@example.org>"),
        ("Ana", "Ana Maria"),
        ("NAME", "FULL NAME <EMAIL@ADDRESS>"),
        ("Mei Wang", "<mei@example.org>"),
    ],
)
def test_two_people_or_no_one_are_not_one_person(reviewer, translator):
    assert not same_person(reviewer, translator)


def _translator(project, name: str, domain: str = "demo") -> None:
    po = polib.pofile(str(project.po(domain)))
    po.metadata["Last-Translator"] = name
    po.save()


def _pair(project) -> dict:
    code, out, _ = project.run("status", "--format", "json")
    return next(p for p in json.loads(out)["pairs"] if (p["locale"], p["leaflet"]) == ("ko_KR", "demo"))


def test_a_self_review_is_released_with_a_warning_in_status_and_a_note_every_release(translated_unreviewed):
    project = translated_unreviewed
    _translator(project, "Mei Wang <mei@example.org>")
    assert project.run("review", "ko_KR", "common", "--by", "Ji-woo Park")[0] == 0
    code, _, err = project.run("review", "ko_KR", "demo", "--by", "wang mei")
    assert code == 0 and "the catalog's Last-Translator is 'Mei Wang <mei@example.org>'" in err, err
    assert "until then `status` warns on it, and every release that publishes it says so" in err
    # status: a warning on the row, in the table's review column and under the row; not a refusal.
    warning = (
        "locales/ko_KR/LC_MESSAGES/demo.po: reviewed by its own translator (wang mei, the catalog's "
        "Last-Translator 'Mei Wang <mei@example.org>'): a second linguist should review it (docs/reviewer.md)"
    )
    pair = _pair(project)
    assert pair["review_warnings"] == [warning] and pair["releasable"], pair
    assert pair["review"].endswith("(own translator)")
    code, out, _ = project.run("status", "--locale", "ko_KR")
    assert code == 0 and f"ko_KR/demo:\n  warning: {warning}\n" in out, out
    row = re.search(
        r'<tr id="ko_KR-demo">.*?</tr>', project.path("build/status.html").read_text(encoding="utf-8"), re.S
    )
    assert row and f"Warning: {warning}" in Page(row.group()).text
    # The page text's catalog, reviewed by someone else, is not warned about.
    common = next(
        p
        for p in json.loads(project.run("status", "--format", "json")[1])["pairs"]
        if p["leaflet"] == "common" and p["locale"] == "ko_KR"
    )
    assert common["review_warnings"] == []
    # A release publishes it, and says so; and again at the next release, with nothing rebuilt.
    for _ in range(2):
        code, _, err = project.run("build", "--release", "--only", "html")
        assert code == 0, err
        assert f"note: {warning}; ko_KR/demo is published all the same" in err, err
        assert OWN not in err.replace(f"{warning}; ko_KR/demo", "", 1)  # once, of that catalog only
    assert project.path("dist/ko_KR/demo.html").exists()
    # Once its Last-Translator is someone else, nothing is said.
    _translator(project, "Ji-woo Park <jw@example.org>")
    assert _pair(project)["review_warnings"] == []
    code, _, err = project.run("build", "--release", "--only", "html")
    assert code == 0 and OWN not in err, err
