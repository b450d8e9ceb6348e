"""A translation edited since its review: `status` shows what changed in it word by word,
``[-as reviewed-]{+now+}``, as it shows a changed English, with the translation reviewed
found in git (the catalog as committed when the review was recorded)."""

from __future__ import annotations

import json

from pipeline.review import TRANSLATION_DIFF_LEGEND
from tests.test_review_history import commit, repository  # noqa: F401  (a fixture: the demo project, committed to git)

REVIEWED = "응급 상황에서는 911에 전화하세요."
EDITED = "응급 상황에서는 병원에 전화하세요."


def _notes(project) -> list[str]:
    code, out, _ = project.run("status", "--format", "json")
    pair = next(p for p in json.loads(out)["pairs"] if (p["locale"], p["leaflet"]) == ("ko_KR", "demo"))
    return [note for note in pair["notes"] if note.startswith("translation changed since the review")]


def test_status_shows_the_translation_as_reviewed_and_as_now_word_by_word(repository):  # noqa: F811
    repository.translate("demo", {"Call 911 in an emergency.": EDITED})
    [note] = _notes(repository)
    assert f': "응급 상황에서는 [-911에-]{{+병원에+}} 전화하세요." ({TRANSLATION_DIFF_LEGEND})' in note, note
    assert note.startswith("translation changed since the review: source/demo.md:")
    code, out, _ = repository.run("status", "--locale", "ko_KR")
    assert "[-911에-]{+병원에+}" in out
    assert "[-911에-]{+병원에+}" in repository.path("build/status.html").read_text(encoding="utf-8")


def test_without_the_reviewed_catalog_in_git_the_passage_is_named_as_before(translated):
    translated.translate("demo", {"Call 911 in an emergency.": EDITED})
    [note] = _notes(translated)
    assert note.endswith(': "Call 911 in an emergency."') and "[-" not in note, note
