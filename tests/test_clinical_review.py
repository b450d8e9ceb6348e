"""The clinical review of the English is bound to the English it reviewed (pipeline/clinical_review.py):
a dose changed after the review is an error in check, refuses every page of the leaflet in a
release, and marks every draft page, until `leaflets review en ID --by NAME` records a new review."""

import json
import re
from datetime import date, timedelta

import pytest

from pipeline import clinical_review
from pipeline.source import parse_leaflet
from tests.conftest import LEAFLET
from tests.signoff import review_page_text
from tests.test_build import Page
from tests.test_release import links
from tests.test_review_history import commit, repository  # noqa: F401  (a fixture: the demo project, committed to git)

DOSE, CHANGED_DOSE = "You get **1 g/kg/day** for 3 days.", "You get **2 g/kg/day** for 3 days."
CLINICIAN = "Dr. Mina Cho, PharmD"
REVIEWED_ON_LINE = 6  # conftest.LEAFLET's reviewed_on


def edit(project, old: str, new: str) -> bytes:
    """The writer edits the English in their editor, and nothing else; returns the file as it is now."""
    source = project.path("source/demo.md")
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new), encoding="utf-8")
    return source.read_bytes()


def clinical_errors(project) -> list[dict]:
    code, out, _ = project.run("check", "--format", "json")
    findings = json.loads(out)
    assert (code == 1) == any(f["severity"] == "error" for f in findings)
    return [f for f in findings if f["check"] == clinical_review.CHECK]


def test_the_shipped_leaflets_and_the_test_leaflet_have_a_clinical_review_bound_to_their_english():
    from tests.conftest import REPO

    for path in [*sorted((REPO / "source").glob("*.md"))]:
        leaflet = parse_leaflet(path.read_text(encoding="utf-8"), f"source/{path.name}")
        assert clinical_review.state(leaflet) == clinical_review.REVIEWED, path
    assert clinical_review.state(parse_leaflet(LEAFLET, "source/demo.md")) == clinical_review.REVIEWED


def test_a_dose_changed_after_the_review_is_a_check_error_on_the_reviewed_on_line(project):
    assert clinical_errors(project) == []
    edit(project, DOSE, CHANGED_DOSE)
    [error] = clinical_errors(project)
    assert (error["file"], error["line"], error["severity"]) == ("source/demo.md", REVIEWED_ON_LINE, "error")
    assert error["message"].startswith("the English changed since the clinical review of 2026-10-01")
    assert 'leaflets review en demo --by "NAME"' in error["message"]
    # Not in git: what changed cannot be shown, and check says why.
    assert "not in a git repository" in error["message"]
    _, out, _ = project.run("check")
    assert f"source/demo.md:{REVIEWED_ON_LINE}: error[clinical-review]: " in out


def test_with_git_the_error_shows_the_dose_as_reviewed_against_the_dose_now(repository):  # noqa: F811  (the fixture)
    edit(repository, DOSE, CHANGED_DOSE)
    [error] = clinical_errors(repository)
    assert re.search(r'source/demo\.md:16: "You get \[-\*\*1-\]\{\+\*\*2\+\} g/kg/day', error["message"]), error
    assert "[-...-] is the English as reviewed" in error["message"]


def test_a_deleted_passage_and_a_reviewed_on_moved_by_hand_are_named(repository):  # noqa: F811  (the fixture)
    edit(repository, "- Fever\n", "")
    [error] = clinical_errors(repository)
    assert 'removed since the review: "Fever"' in error["message"]
    edit(repository, "reviewed_on: 2026-10-01", "reviewed_on: 2026-10-20")
    edit(repository, "- Headache\n", "- Headache\n- Fever\n")  # the text is as reviewed again
    [error] = clinical_errors(repository)
    assert error["message"].startswith("reviewed_by or reviewed_on was edited by hand since the clinical review")
    assert "reviewed_on was 2026-10-01, is now 2026-10-20" in error["message"]


def test_a_review_with_no_digest_is_bound_to_no_text_and_is_an_error(project):
    edit(project, re.search(r"reviewed_text: .*\n", LEAFLET).group(), "")
    [error] = clinical_errors(project)
    assert error["line"] == REVIEWED_ON_LINE and "reviewed_text is missing" in error["message"]
    assert f'leaflets review en demo --by "{CLINICIAN}" --on 2026-10-01' in error["message"]


def test_a_release_refuses_every_page_of_the_leaflet_and_keeps_only_pages_of_the_english_reviewed(repository):  # noqa: F811  (the fixture)
    assert repository.run("build", "--release", "--only", "html")[0] == 0
    published = {page: repository.path(f"dist/{page}").read_bytes() for page in ("en/demo.html", "ko_KR/demo.html")}
    edit(repository, DOSE, CHANGED_DOSE)
    code, _, err = repository.run("build", "--release", "--only", "html")
    assert code == 1
    for locale in ("en", "ko_KR"):
        refusal = err.split(f"refused {locale}/demo:\n", 1)[1].split("\n")[0]
        assert refusal.startswith(
            f"  - source/demo.md:{REVIEWED_ON_LINE}: the English changed since the clinical review"
        )
    # The diff is given once, under the English; each translation names it, its own reasons in view.
    assert err.count("the clinical review of 2026-10-01: 1 change") == 1
    assert "the clinical review of 2026-10-01 (in full under en/demo above)" in err.split("refused ko_KR/demo:\n")[1]
    # What dist/ holds was made from the English the clinician reviewed: it stays, as it was.
    assert {page: repository.path(f"dist/{page}").read_bytes() for page in published} == published
    assert "withdrew" not in err and "2 g/kg/day" not in published["en/demo.html"].decode()


NOTE = "<!-- i18n: Keep the dose exactly as written. -->"


@pytest.mark.parametrize("recorded", ["english shown", "not english shown"])
def test_pages_that_show_the_english_reviewed_stay_though_a_note_was_edited_since(repository, recorded):  # noqa: F811  (the fixture)
    """The writer edits only a note to translators (committed), then a dose: the pages published
    show every word the clinician reviewed, but the version of the file git finds reviewed is the
    one with the new note, and the release compared whole files: it withdrew them. A record that
    does not say what its page shows (an earlier leaflets' manifest) is still judged by its file."""
    assert repository.run("build", "--release", "--only", "html")[0] == 0
    published = {page: repository.path(f"dist/{page}").read_bytes() for page in ("en/demo.html", "ko_KR/demo.html")}
    if recorded != "english shown":
        written = repository.path("dist/manifest.json")
        written.write_text(written.read_text(encoding="utf-8").replace('"english shown"', '"(unknown)"'), "utf-8")
    edit(repository, NOTE, "<!-- i18n: Keep the dose and its unit exactly as written. -->")
    commit(repository, "a note to translators")
    edit(repository, DOSE, CHANGED_DOSE)

    code, _, err = repository.run("build", "--release", "--only", "html")

    assert code == 1 and "refused en/demo" in err and "refused ko_KR/demo" in err
    if recorded == "english shown":
        assert "withdrew" not in err
        assert {page: repository.path(f"dist/{page}").read_bytes() for page in published} == published
        assert {"en/demo.html", "ko_KR/demo.html"} <= links(repository, "dist/index.html")
        assert not repository.path("dist/archive").exists()
    else:
        why = "it was not made from the English its clinical review covers"
        for locale in ("en", "ko_KR"):
            assert f"withdrew {locale}/demo: {why}; dist/{locale}/demo.html moved to" in err
            assert not repository.path(f"dist/{locale}/demo.html").exists()


def test_a_translation_kept_while_the_english_awaits_review_goes_once_the_disclaimer_changed(repository):  # noqa: F811  (the fixture)
    """Kept as the clinician reviewed the English, a translation still gave the medical disclaimer
    as it was before it changed, while the other leaflets' translations were withdrawn for it."""
    assert repository.run("build", "--release", "--only", "html")[0] == 0
    template = repository.path("templates/leaflet.html")
    old = "If you think you have a medical emergency, call"
    new = "If you think you have a medical emergency, or your breathing gets worse, call"
    template.write_text(template.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert review_page_text(repository.root, on="2026-11-02")  # a clinician reviewed the new disclaimer
    edit(repository, DOSE, CHANGED_DOSE)
    code, _, err = repository.run("build", "--release", "--only", "html")
    assert code == 1
    why = "the English of its page text or medical disclaimer (templates/) changed since it was translated"
    assert f"withdrew ko_KR/demo: {why}; dist/ko_KR/demo.html moved to" in err
    assert not repository.path("dist/ko_KR/demo.html").exists()
    assert repository.path("dist/en/demo.html").exists()  # the English as reviewed: its own disclaimer is English


def test_a_release_withdraws_a_page_whose_english_no_clinical_review_covers(project):
    assert project.run("build", "--release", "--only", "html", "--locale", "en")[0] == 0
    assert project.path("dist/en/demo.html").is_file()
    # The digest is deleted by hand (or the page was published before reviews were bound to text).
    edit(project, re.search(r"reviewed_text: .*\n", LEAFLET).group(), "")
    code, _, err = project.run("build", "--release", "--only", "html", "--locale", "en")
    assert code == 1 and "reviewed_text is missing" in err.split("refused en/demo:\n", 1)[1]
    assert "withdrew en/demo: it was not made from the English its clinical review covers" in err
    assert not project.path("dist/en/demo.html").exists()


def test_a_draft_marks_every_page_and_status_names_it(translated):
    edit(translated, DOSE, CHANGED_DOSE)
    assert translated.run("build", "--only", "html")[0] == 0
    for locale in ("en", "ko_KR"):
        html = translated.path(f"build/{locale}/demo.html").read_text(encoding="utf-8")
        banner = re.search(r'<div class="draft-banner clinical-review"[^>]*>.*?</div>', html, re.DOTALL)
        assert banner, locale
        text = Page(banner.group()).text
        assert "Not for patients" in text and 'leaflets review en demo --by "NAME"' in text
        # The skip link lands on it, and the review line points at it.
        assert 'href="#draft-notes"' in html and 'aria-describedby="clinical-review-note"' in html
    _, out, _ = translated.run("status", "--format", "json")
    rows = [p for p in json.loads(out)["pairs"] if p["leaflet"] == "demo"]
    assert {row["locale"]: row["releasable"] for row in rows} == {"en": False, "ko_KR": False}
    assert all(row["clinical_review"] == clinical_review.STALE for row in rows)
    assert all(any("the English changed since the clinical review" in r for r in row["reasons"]) for row in rows)
    assert {row["locale"]: row["errors"] for row in rows}["en"] == 1  # as check counts it
    _, out, _ = translated.run("status")
    assert re.search(r"^demo +en .*clinical review stale \(English changed since 2026-10-01\) +no$", out, re.M), out


def test_review_en_records_the_review_and_leaves_every_other_byte_as_it_was(translated):
    edited = edit(translated, DOSE, CHANGED_DOSE)
    code, out, err = translated.run("review", "en", "demo", "--by", CLINICIAN, "--on", "2026-11-02")
    assert code == 0 and out == "wrote source/demo.md\n", err
    # Review of the writer workflow: the note said "(… passages, 1 references)".
    assert re.search(r"recorded for this English \(\d+ passages, 1 reference\)\n", err), err
    after = translated.path("source/demo.md").read_bytes()
    changed = [
        (before, now) for before, now in zip(edited.splitlines(), after.splitlines(), strict=True) if before != now
    ]
    assert [now.split(b":")[0] for _, now in changed] == [b"reviewed_on", b"reviewed_text"]
    assert changed[0][1] == b"reviewed_on: 2026-11-02"
    assert clinical_errors(translated) == []
    assert translated.run("build", "--release", "--only", "html", "--locale", "en")[0] == 0
    assert "2 g/kg/day" in translated.path("dist/en/demo.html").read_text(encoding="utf-8")
    # The same review again writes nothing.
    assert translated.run("review", "en", "demo", "--by", CLINICIAN, "--on", "2026-11-02")[1] == (
        "1 file(s) already up to date\n"
    )


def test_review_en_says_when_translators_do_not_have_the_english_reviewed_yet(project):
    edit(project, DOSE, CHANGED_DOSE)
    code, _, err = project.run("review", "en", "demo", "--by", CLINICIAN)
    assert code == 0
    note = err.split("note: locales/demo.pot: ", 1)[1]
    assert note.startswith(
        "1 passage(s) of this English are not in the template yet, so no translator has them, "
        'e.g. "You get **2 g/kg/day** for 3 days.'
    )
    assert note.endswith(": run `leaflets extract`, then `leaflets update`\n")
    # What the release says of each translated page until then gives the same advice.
    _, _, err = project.run("build", "--release", "--only", "html", "--locale", "ko_KR")
    assert "1 passage missing from the catalog (run `leaflets extract`, then `leaflets update`)" in err
    assert project.run("extract")[0] == 0
    _, _, err = project.run("review", "en", "demo", "--by", CLINICIAN)
    assert "not in the template" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("review", "en", "dmeo", "--by", CLINICIAN), "no such leaflet 'dmeo'; did you mean 'demo'?"),
        (("review", "en", "demo", "--by", CLINICIAN, "--on", "2026-02-30"), "--on: reviewed_on '2026-02-30' is not"),
        (("review", "en", "demo", "--by", CLINICIAN, "--on", "next week"), "--on: reviewed_on must be an ISO date"),
        (("review", "en", "demo", "--by", "  "), "--by: the reviewer's name is empty"),
        (("review", "ko_KR", "demo", "--by", CLINICIAN, "--on", "2026-10-01"), "--on is for the clinical review"),
    ],
)
def test_the_command_refuses_what_it_cannot_record_with_a_clear_message(project, argv, message):
    before = project.path("source/demo.md").read_bytes()
    code, out, err = project.run(*argv)
    assert code == 2 and message in err and "Traceback" not in err + out, err
    assert project.path("source/demo.md").read_bytes() == before


def test_a_review_date_still_to_come_is_refused(project):
    future = (date.today() + timedelta(days=3)).isoformat()
    code, _, err = project.run("review", "en", "demo", "--by", CLINICIAN, "--on", future)
    assert code == 2 and f"--on: reviewed_on {future} is a day that has not come yet" in err


def test_the_digest_covers_passages_references_and_the_claim():
    leaflet = parse_leaflet(LEAFLET, "source/demo.md")
    digest = clinical_review.text_digest(leaflet)
    for old, new in [
        ("1 g/kg/day", "2 g/kg/day"),
        ("IVIG for *skin* reactions", "IVIG for skin reactions"),
        ("139(1), 26.", "139(1), 27."),
        ('reviewed_by: "Dr. Mina Cho, PharmD"', 'reviewed_by: "Dr. Someone Else"'),
    ]:
        assert clinical_review.text_digest(parse_leaflet(LEAFLET.replace(old, new), "source/demo.md")) != digest, old
    # Not what no page shows: a note for translators.
    notes = LEAFLET.replace("Keep the dose exactly as written.", "Keep the dose.")
    assert clinical_review.text_digest(parse_leaflet(notes, "source/demo.md")) == digest


def test_a_new_leaflet_without_the_reviewers_lines_is_told_what_to_write_before_the_review(project):
    # A writer drafting a leaflet no clinician has reviewed yet leaves reviewed_by and reviewed_on out,
    # then runs the command that records the review: it rewrites those lines, it does not add them.
    source = project.path("source/demo.md")
    text = source.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines(keepends=True) if not line.startswith("reviewed_")]
    source.write_text("".join(kept), encoding="utf-8")
    closing = kept.index("---\n", 1) + 1

    code, _, err = project.run("review", "en", "demo", "--by", CLINICIAN)

    assert code == 1
    assert err == (
        f"leaflets: source/demo.md:{closing}: front matter lacks required key(s): reviewed_by, reviewed_on; "
        "before the clinical review, write the clinician who will review it and today's date "
        '(reviewed_by: "NAME", reviewed_on: YYYY-MM-DD): until `leaflets review en demo --by "NAME"` records '
        "the review, every page of it is marked and no release publishes it\n"
    )
