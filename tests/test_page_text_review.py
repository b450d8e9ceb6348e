"""The clinical review of the English page text and medical disclaimer (pipeline/page_text_review.py):
a release publishes nothing while the templates give other text than the text reviewed."""

from __future__ import annotations

import json
import re

import pytest

from pipeline import page_text_review
from pipeline.config import load_project
from tests.conftest import REPO
from tests.signoff import review_page_text
from tests.test_build import Page
from tests.test_release import links, snapshot

REVIEW_FILE = "templates/clinical_review.toml"
# The disclaimer of a region with no emergency number (the test project's English names none).
DISCLAIMER = "If you think you have a medical emergency, call your local emergency number right away."
NEW_ADVICE = "If you have chest pain or trouble breathing, call your local emergency number right away."
CLINICIAN = "Dr. Mina Cho, PharmD"


def edit_template(project, old: str, new: str) -> None:
    template = project.path("templates/leaflet.html")
    text = template.read_text(encoding="utf-8")
    assert old in text, old
    template.write_text(text.replace(old, new), encoding="utf-8")


def page_text(project, page: str) -> str:
    return Page(project.path(page).read_text(encoding="utf-8")).text


def test_the_shipped_page_text_is_the_text_its_clinical_review_covers():
    verdict = page_text_review.assess(load_project(REPO))
    assert verdict.reviewed, verdict.message
    assert verdict.recorded is not None and verdict.recorded.reviewed_by == CLINICIAN


def test_a_changed_disclaimer_is_not_released_and_dist_stays_as_it_was(translated):
    assert translated.run("build", "--release")[0] == 0
    before = snapshot(translated)
    edit_template(translated, DISCLAIMER, NEW_ADVICE)

    code, _, err = translated.run("build", "--release")

    assert code == 1
    assert f"{REVIEW_FILE}:10: the English page text or medical disclaimer (templates/) is not the text" in err
    assert 'leaflets review en common --by "NAME"' in err
    assert "dist/ is left exactly as the last release made it" in err
    assert snapshot(translated) == before  # byte for byte, the manifest included
    assert "chest pain" not in page_text(translated, "dist/en/demo.html")


def test_once_reviewed_the_new_disclaimer_is_released_in_english(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    edit_template(translated, DISCLAIMER, NEW_ADVICE)
    code, out, err = translated.run("review", "en", "common", "--by", CLINICIAN, "--on", "2026-11-02")
    assert code == 0 and out == f"wrote {REVIEW_FILE}\n", err
    assert f"note: {REVIEW_FILE}: clinical review by {CLINICIAN} on 2026-11-02 recorded" in err

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1 and "refused ko_KR/demo" in err  # the Korean common catalog lacks the new disclaimer
    assert "clinical_review.toml" not in err
    assert "If you have chest pain or trouble breathing, call" in page_text(translated, "dist/en/demo.html")
    assert not translated.path("dist/ko_KR/demo.html").exists()
    assert "en/demo.html" in links(translated, "dist/index.html")


def test_a_template_changed_only_in_its_comments_and_markup_needs_no_review(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    edit_template(
        translated,
        "{# i18n: disclaimer (short form), repeated in the footer of every printed page; keep it short. #}",
        "{# i18n: disclaimer (short form), in the footer of every printed page: keep it under 100 characters. #}",
    )
    edit_template(translated, '<p class="short-disclaimer">', '<p class="short-disclaimer" id="disclaimer">')

    assert translated.run("check", "--locale", "en")[0] == 0
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 0, err
    assert "clinical_review.toml" not in err


def test_check_and_status_name_the_review_file(translated):
    edit_template(translated, DISCLAIMER, NEW_ADVICE)

    code, out, _ = translated.run("check", "--locale", "en")
    assert code == 1
    assert re.search(rf"^{REVIEW_FILE}:10: error\[clinical-review\]: the English page text", out, re.M), out
    assert translated.run("check", "--locale", "ko_KR")[1].count("clinical-review") == 0

    _, out, _ = translated.run("status", "--format", "json")
    rows = json.loads(out)["pairs"]
    assert rows and not any(row["releasable"] for row in rows)
    assert all(row["reasons"][0].startswith(f"{REVIEW_FILE}:10: ") for row in rows)
    _, out, _ = translated.run("status")
    assert "0 of 2 leaflet pages would be released" in out


def test_a_draft_marks_every_page_until_the_review_is_recorded(translated):
    edit_template(translated, DISCLAIMER, NEW_ADVICE)
    assert translated.run("build", "--only", "html")[0] == 0
    for locale in ("en", "ko_KR"):
        html = translated.path(f"build/{locale}/demo.html").read_text(encoding="utf-8")
        banner = re.search(r'<div class="draft-banner clinical-review"[^>]*>.*?</div>', html, re.DOTALL)
        assert banner, locale
        text = Page(banner.group()).text
        assert "Not for patients: the page text or medical disclaimer" in text
        assert 'leaflets review en common --by "NAME"' in text and REVIEW_FILE in text

    assert review_page_text(translated.root, on="2026-11-02")
    assert translated.run("build", "--only", "html")[0] == 0
    for locale in ("en", "ko_KR"):
        html = translated.path(f"build/{locale}/demo.html").read_text(encoding="utf-8")
        assert "clinical-review" not in html, locale


def test_no_review_recorded_is_no_release(translated):
    translated.path(REVIEW_FILE).unlink()
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and f"{REVIEW_FILE} does not exist" in err
    assert not translated.path("dist/en/demo.html").exists()


def test_a_review_edited_by_hand_no_longer_covers_the_page_text(translated):
    review = translated.path(REVIEW_FILE)
    review.write_text(review.read_text(encoding="utf-8").replace("2026-10-15", "2026-11-30"), encoding="utf-8")
    code, out, _ = translated.run("check", "--locale", "en")
    assert code == 1 and "or the review was edited by hand" in out


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--by", "   "], "--by: the reviewer's name is empty"),
        (["--by", CLINICIAN, "--on", "2099-01-01"], "2099-01-01 is a day that has not come yet"),
        (["--by", CLINICIAN, "--on", "1999-01-01"], "a mistyped year?"),
        # The page text changed since the review of 2026-10-15: this review cannot be earlier.
        (["--by", CLINICIAN, "--on", "2026-10-01"], "a day before the clinical review recorded before this one"),
    ],
)
def test_a_review_no_one_can_have_made_is_refused(translated, argv, said):
    edit_template(translated, DISCLAIMER, NEW_ADVICE)
    before = translated.path(REVIEW_FILE).read_bytes()
    code, _, err = translated.run("review", "en", "common", *argv)
    assert code == 2 and said in err, err
    assert translated.path(REVIEW_FILE).read_bytes() == before


def test_a_review_file_that_cannot_be_read_is_named_with_its_line(translated):
    review = translated.path(REVIEW_FILE)
    review.write_text(review.read_text(encoding="utf-8").replace("reviewed_on = ", "reviewed_on = ="), encoding="utf-8")
    code, out, err = translated.run("check", "--locale", "en")
    assert code == 1 and re.search(rf"^{REVIEW_FILE}:9: error\[clinical-review\]: .* is not valid TOML", out, re.M)
    assert "Traceback" not in err


def test_a_release_does_not_put_back_a_disclaimer_with_an_older_review(translated):
    """A release from an older checkout or another branch has the templates and their review as they
    were before a reviewed correction of the disclaimer: that older page text is reviewed, so only
    dist/manifest.json can say it is superseded. Nothing is published, and status says so."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    older = {name: translated.path(name).read_bytes() for name in ("templates/leaflet.html", REVIEW_FILE)}
    edit_template(translated, DISCLAIMER, NEW_ADVICE)
    assert translated.run("review", "en", "common", "--by", CLINICIAN, "--on", "2026-11-02")[0] == 0
    translated.run("build", "--release", "--only", "html")
    assert "chest pain" in page_text(translated, "dist/en/demo.html")
    before = snapshot(translated)

    for name, data in older.items():  # as the checkout before the correction has them
        translated.path(name).write_bytes(data)
    code, out, _ = translated.run("status", "--format", "json")
    code, _, err = translated.run("build", "--release", "--only", "html")

    said = (
        f"{REVIEW_FILE}:10: the clinical review of this page text and medical disclaimer ({CLINICIAN} on "
        f"2026-10-15) is older than that of the page text dist/ publishes ({CLINICIAN} on 2026-11-02)"
    )
    assert code == 1 and said in err and 'leaflets review en common --by "NAME"' in err
    assert "dist/ is left exactly as the last release made it" in err
    assert snapshot(translated) == before
    english = next(row for row in json.loads(out)["pairs"] if row["locale"] == "en")
    assert not english["releasable"] and english["reasons"][0].startswith(said)

    # Reviewed again: a clinician's decision to put it back, which a release publishes.
    assert translated.run("review", "en", "common", "--by", CLINICIAN, "--on", "2026-11-03")[0] == 0
    translated.run("build", "--release", "--only", "html")
    assert "chest pain" not in page_text(translated, "dist/en/demo.html")


def test_a_release_of_one_leaflet_leaves_no_page_giving_the_superseded_disclaimer(translated):
    """A reviewed correction of the disclaimer, then a release of another leaflet (--leaflet): the
    pages of the leaflet not selected would be kept as published, giving the old disclaimer. They
    are released too (a note says why): the English made again, the Korean, whose common catalog
    lacks the new disclaimer, withdrawn."""
    other = translated.path("source/demo.md").read_text(encoding="utf-8").replace("id: demo", "id: other")
    translated.path("source/other.md").write_text(other, encoding="utf-8")
    translated.run("build", "--release", "--only", "html")  # ko_KR/other has no catalog: refused
    assert DISCLAIMER in page_text(translated, "dist/en/demo.html")
    assert translated.path("dist/ko_KR/demo.html").exists()
    edit_template(translated, DISCLAIMER, NEW_ADVICE)
    assert translated.run("review", "en", "common", "--by", CLINICIAN, "--on", "2026-11-02")[0] == 0

    _, _, err = translated.run("build", "--release", "--only", "html", "--leaflet", "other")

    assert "note: demo: released too, though --leaflet did not select it: its pages in dist/ show the page text" in err
    assert "withdrew ko_KR/demo: the English of its page text or medical disclaimer (templates/) changed" in err
    published = sorted(path for path in translated.path("dist").glob("*/*.html") if path.parent.name != "archive")
    assert [path.relative_to(translated.path("dist")).as_posix() for path in published] == [
        "en/demo.html",
        "en/other.html",
    ]
    for path in published:
        assert NEW_ADVICE in page_text(translated, f"dist/{path.relative_to(translated.path('dist')).as_posix()}")
    pages = [
        f for p in json.loads(translated.path("dist/manifest.json").read_bytes())["pairs"] for f in p["files"].values()
    ]
    assert len({page["inputs"]["template messages"] for page in pages}) == 1  # every page of one page text


def test_a_leaflet_that_cannot_be_made_again_keeps_no_translation_with_the_superseded_disclaimer(translated):
    """Its source cannot be read (a typo) as the reviewed correction of the disclaimer is released:
    its pages cannot be made again. The translation, kept as published, would give the old
    disclaimer in translation and is withdrawn; the English page stays as the clinician reviewed it
    (as it does while its English awaits review: tests/test_clinical_review.py)."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    edit_template(translated, DISCLAIMER, NEW_ADVICE)
    assert translated.run("review", "en", "common", "--by", CLINICIAN, "--on", "2026-11-02")[0] == 0
    source = translated.path("source/demo.md")
    source.write_text(
        source.read_text(encoding="utf-8").replace('summary: "What', 'summary: "What" is'), encoding="utf-8"
    )

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1 and "source/demo.md:4: " in err
    assert "withdrew ko_KR/demo: the English of its page text or medical disclaimer (templates/) changed" in err
    assert "withdrew en/demo" not in err
    assert translated.path("dist/en/demo.html").exists() and not translated.path("dist/ko_KR/demo.html").exists()
    assert "ko_KR/demo.html" not in links(translated, "dist/index.html")
