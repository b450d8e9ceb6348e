"""A changed English text gets a new version (pipeline/text_version.py): every translated page
names the English version it translates, and two different texts published as "version 2.1" cannot
be told apart on a printout or named in a recall notice. `review en` refuses to sign such a text off; `check`,
`status` and a release tell the writer before the clinician is asked."""

import json
import re

import pytest

from pipeline import text_version
from tests.signoff import raise_version
from tests.test_clinical_review import CHANGED_DOSE, CLINICIAN, DOSE, NOTE, REVIEWED_ON_LINE, edit
from tests.test_review_history import commit, repository  # noqa: F401  (a fixture: the demo, in git)

VERSION_LINE = 8  # conftest.LEAFLET's version: "2.1", below reviewed_text
KEPT = (
    'version: "2.1" is the version of the English the clinical review of 2026-10-01 covered, and this English '
    "differs from it: two different texts would both be published as version 2.1 "
    "(every translated page names the English version it translates)"
)


def sign_off(project, on: str = "2026-11-02"):
    return project.run("review", "en", "demo", "--by", CLINICIAN, "--on", on)


def test_review_en_refuses_a_changed_dose_under_the_version_reviewed_on_its_version_line(repository):  # noqa: F811
    edited = edit(repository, DOSE, CHANGED_DOSE)
    code, out, err = sign_off(repository)
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.startswith(
        f"leaflets: source/demo.md:{VERSION_LINE}: the clinical review is not recorded: {KEPT}; "
        'raise version: (e.g. "2.1" → "2.2"), then record the review again; changed since that review (git '
    ), err
    # What changed is shown, as for a stale review: the dose as reviewed against the dose now.
    assert re.search(r'source/demo\.md:16: "You get \[-\*\*1-\]\{\+\*\*2\+\} g/kg/day', err), err
    assert repository.path("source/demo.md").read_bytes() == edited  # nothing recorded, front matter as it was
    # The writer raises the version: the review is recorded.
    edit(repository, 'version: "2.1"', 'version: "2.2"')
    code, _, err = sign_off(repository)
    assert code == 0, err
    assert 'version: "2.2"' in repository.path("source/demo.md").read_text(encoding="utf-8")


def test_a_changed_reference_counts_as_a_changed_text(repository):  # noqa: F811
    edit(repository, "139(1), 26.", "139(1), 27.")
    code, _, err = sign_off(repository)
    assert code == 1 and f"source/demo.md:{VERSION_LINE}: the clinical review is not recorded: {KEPT}" in err
    assert 'reference added: "Prins, C. (2003)' in err


def test_version_dropped_from_a_changed_text_is_refused_on_the_reviewed_on_line(repository):  # noqa: F811
    edit(repository, DOSE, CHANGED_DOSE)
    edited = edit(repository, 'version: "2.1"\n', "")
    code, _, err = sign_off(repository)
    assert code == 1
    assert err.startswith(
        f"leaflets: source/demo.md:{REVIEWED_ON_LINE}: the clinical review is not recorded: version: is missing, "
        'but the English the clinical review of 2026-10-01 covered was version "2.1"'
    ), err
    assert 'add version: (e.g. "2.1" → "2.2")' in err
    assert repository.path("source/demo.md").read_bytes() == edited


@pytest.mark.parametrize("kind", ["a note to translators", "the review's day"])
def test_what_no_page_shows_and_the_claim_are_not_a_new_text(repository, kind):  # noqa: F811
    if kind == "a note to translators":
        edit(repository, NOTE, "<!-- i18n: Keep the dose and its unit exactly as written. -->")
    code, _, err = sign_off(repository, "2026-10-01" if kind == "a note to translators" else "2026-10-02")
    assert code == 0, err
    assert "version" not in err


def test_a_leaflet_that_never_had_a_version_may_go_on_without_one_and_is_told_so(repository):  # noqa: F811
    edit(repository, 'version: "2.1"\n', "")
    assert sign_off(repository, "2026-10-01")[0] == 0  # the same text, the review bound to it again
    commit(repository, "no version")
    edit(repository, DOSE, CHANGED_DOSE)
    code, _, err = sign_off(repository)
    assert code == 0, err
    assert (
        "note: source/demo.md: this English has no version:, so its pages carry none and only the review's date "
        'tells two printouts of different texts apart; add one (e.g. version: "1.0") to name it'
    ) in err


def test_without_git_the_sign_off_says_the_version_could_not_be_checked(project):
    edit(project, DOSE, CHANGED_DOSE)
    code, _, err = sign_off(project)
    assert code == 0, err
    assert (
        f"note: source/demo.md:{VERSION_LINE}: could not check that version: was raised since the clinical review "
        "recorded before: the project is not in a git repository (or git is not installed); if this English "
        "differs from the English it covered, give it a new version"
    ) in err


def test_check_warns_on_the_version_line_before_the_clinician_is_asked(repository):  # noqa: F811
    edit(repository, DOSE, CHANGED_DOSE)
    code, out, _ = repository.run("check", "--locale", "en", "--format", "json")
    assert code == 1  # the stale clinical review is the error; the version a warning beside it
    [warning] = [f for f in json.loads(out) if f["check"] == text_version.CHECK]
    assert (warning["file"], warning["line"], warning["severity"]) == ("source/demo.md", VERSION_LINE, "warning")
    assert warning["message"] == f'raise version: (e.g. "2.1" → "2.2") before the clinical review: {KEPT}'
    _, out, _ = repository.run("check", "--locale", "en")
    assert f"source/demo.md:{VERSION_LINE}: warning[version]: raise version: " in out
    # Raised: nothing to warn of; the clinical review is still to be recorded.
    edit(repository, 'version: "2.1"', 'version: "2.2"')
    _, out, _ = repository.run("check", "--locale", "en", "--format", "json")
    findings = json.loads(out)
    assert not [f for f in findings if f["check"] == text_version.CHECK]
    assert "clinical-review" in [f["check"] for f in findings if f["severity"] == "error"]


def test_status_and_a_release_name_the_version_line_with_the_stale_review(repository):  # noqa: F811
    assert repository.run("build", "--release", "--only", "html")[0] == 0
    edit(repository, DOSE, CHANGED_DOSE)
    reason = f'source/demo.md:{VERSION_LINE}: raise version: (e.g. "2.1" → "2.2") before the clinical review: {KEPT}'
    _, out, _ = repository.run("status", "--format", "json")
    english = next(p for p in json.loads(out)["pairs"] if (p["locale"], p["leaflet"]) == ("en", "demo"))
    assert reason in english["reasons"] and english["warnings"] == 1
    code, _, err = repository.run("build", "--release", "--only", "html")
    assert code == 1
    refused = err.split("refused en/demo:\n", 1)[1]
    assert f"  - {reason}\n" in refused, err


def test_a_changed_text_with_a_new_version_is_told_nothing_of_versions(repository):  # noqa: F811
    source = repository.path("source/demo.md")
    source.write_text(raise_version(source.read_text(encoding="utf-8").replace(DOSE, CHANGED_DOSE)), "utf-8")
    _, out, _ = repository.run("status", "--format", "json")
    english = next(p for p in json.loads(out)["pairs"] if (p["locale"], p["leaflet"]) == ("en", "demo"))
    assert not [r for r in english["reasons"] if "version" in r] and english["warnings"] == 0


@pytest.mark.parametrize(
    ("version", "after"),
    [
        ("2.1", "2.2"),
        ("1.9", "1.10"),
        ("3", "4"),
        ("v2", "v3"),
        ("2026-09", "2026-10"),
        ("2.0-beta", "2.1-beta"),
        ("draft", ""),
    ],
)
def test_the_next_version_raises_the_last_number(version, after):
    assert text_version.next_version(version) == after


def test_a_release_refuses_a_text_published_under_a_version_dist_showed_with_another_text(repository):  # noqa: F811
    """Defence in depth: the writer raised the version for the review, then set it back by hand
    (the review's digest does not cover the version): the release finds in dist/manifest.json
    that version 2.1 was published with another English, and publishes no page of it."""
    assert repository.run("build", "--release", "--only", "html")[0] == 0
    published = repository.path("dist/en/demo.html").read_bytes()
    edit(repository, DOSE, CHANGED_DOSE)
    edit(repository, 'version: "2.1"', 'version: "2.2"')
    assert sign_off(repository)[0] == 0
    edit(repository, 'version: "2.2"', 'version: "2.1"')
    # The second time, the pages of version 2.1 are in the archive: they were published all the same.
    for force, where in (((), "dist/en/demo.html"), (("--force",), "dist/archive/en/demo/2.1/demo.html")):
        code, _, err = repository.run("build", "--release", "--only", "html", *force)
        assert code == 1 and "Traceback" not in err
        assert (
            f'refused en/demo:\n  - source/demo.md:{VERSION_LINE}: version "2.1" was published with another English '
            f"({where} and 1 more): two different texts would both be published as version 2.1; "
            'raise version: (e.g. "2.1" → "2.2")\n'
        ) in err, err
        assert not repository.path("dist/en/demo.html").exists()  # withdrawn: its English is not the English now
    # Raised again, and committed (dist/ was released with the uncommitted changes before it, which a
    # release of the same commit must have: pipeline/checkout_order.py): published as version 2.2.
    edit(repository, 'version: "2.1"', 'version: "2.2"')
    commit(repository, "version 2.2")
    repository.run("build", "--release", "--only", "html", "--locale", "en")
    page = repository.path("dist/en/demo.html").read_text(encoding="utf-8")
    assert "2 g/kg/day" in page and published != page.encode()
    manifest = json.loads(repository.path("dist/manifest.json").read_text(encoding="utf-8"))
    [english] = [p for p in manifest["pairs"] if (p["locale"], p["leaflet"]) == ("en", "demo")]
    assert english["files"]["html"]["version"] == "2.2"
