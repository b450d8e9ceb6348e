"""What a release does to what dist/ published before: it is not made from a checkout older than the
one dist/ was released from unless told to (--allow-older-checkout), it never quietly puts back an
English whose clinical review is older (an old checkout, another branch) unless told to (--roll-back),
nor a translation whose review is older, it keeps in the archive every page it replaces with other words,
and its manifest tells the pages live again from those still withdrawn."""

import json
import shutil
import subprocess
from dataclasses import replace

import pytest

from pipeline import checkout_order
from pipeline.manifest import Checks, EnglishReview, Manifest, OutputFile, PairRecord
from pipeline.review_history import WorkingChanges
from pipeline.review_order import OLDER, SAME_DAY, Reviewed, compare
from tests.conftest import CONFIG, KOREAN
from tests.signoff import as_a_writer_edits
from tests.test_build import Page
from tests.test_regions import with_readers
from tests.test_release import DOSE, change_english_dose, manifest, pair, snapshot
from tests.test_review import optional  # noqa: F401 (a fixture)
from tests.test_review_history import commit, git, repository  # noqa: F401 (a fixture)
from tests.test_withdraw import DAY, EPOCH, day_of, korean_row, korean_text, released

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

NEWER = "2026-10-05"  # a clinical review after the demo leaflet's (2026-10-01)


def reviewed(project, on: str = NEWER) -> None:
    """The clinician reviews the English as it is now, on ``on``."""
    code, _, err = project.run("review", "en", "demo", "--by", "Dr. Mina Cho, PharmD", "--on", on)
    assert code == 0, err


def edit(project, old: str, new: str, on: str = NEWER) -> None:
    source = project.path("source/demo.md")
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(as_a_writer_edits(text, text.replace(old, new)), encoding="utf-8")  # a new version
    reviewed(project, on)
    assert project.run("extract")[0] == 0 and project.run("update")[0] == 0


def new_dose(project) -> None:
    """2 g instead of 1 g, reviewed on NEWER, and its Korean translated and reviewed."""
    edit(project, "1 g/kg/day", "2 g/kg/day")
    project.translate("demo", {DOSE.replace("1 g", "2 g"): KOREAN[DOSE].replace("1 g", "2 g")})
    project.review_all()


def pages(project) -> dict[str, bytes]:
    """The pages dist/ publishes (not its manifest, which records the refusals too)."""
    return {path: data for path, data in snapshot(project).items() if path != "manifest.json"}


def text(project, page: str) -> str:
    """The page's markup without the word joiners a Korean page keeps ``g/kg`` together with."""
    return project.path(page).read_text(encoding="utf-8").replace("\u2060", "")


def test_a_release_from_an_older_checkout_keeps_the_later_reviewed_english_published(repository):  # noqa: F811
    first = git(repository, "rev-parse", "HEAD")
    assert repository.run("build", "--release", "--only", "html")[0] == 0
    new_dose(repository)
    second = commit(repository, "the new dose")
    assert repository.run("build", "--release", "--only", "html")[0] == 0
    english = pair(manifest(repository), "en")["files"]["html"]
    assert english["english_review"]["reviewed_on"] == NEWER
    assert english["english_review"]["reviewed_by"] == "Dr. Mina Cho, PharmD"
    assert english["version"] == "2.2" and english["commit"] == second  # committed: no dirty mark
    published = pages(repository)
    git(repository, "checkout", "-q", first)
    # An older checkout publishes nothing at all (test_a_release_from_an_older_checkout_publishes_nothing);
    # told it is meant, the review of each English is still compared with the one published.
    older = ("build", "--release", "--only", "html", "--allow-older-checkout")

    code, _, err = repository.run(*older)

    assert code == 1
    assert "refused en/demo:" in err and "refused ko_KR/demo:" in err
    assert f"(Dr. Mina Cho, PharmD on 2026-10-01, version 2.1, commit {first[:12]}) is older than" in err
    assert f"(Dr. Mina Cho, PharmD on {NEWER}, version 2.2, commit {second[:12]})" in err
    assert 'leaflets build --release --roll-back demo --reason "WHY"' in err
    assert pages(repository) == published  # the 2 g pages, English and Korean, nothing archived
    assert "2 g/kg/day" in text(repository, "dist/en/demo.html")
    assert "2 g/kg/day" in text(repository, "dist/ko_KR/demo.html")

    code, _, err = repository.run(*older, "--roll-back", "demo", "--reason", "pharmacy recalled the 2 g dose")

    assert code == 0, err
    assert "1 g/kg/day" in text(repository, "dist/en/demo.html")
    data = manifest(repository)
    assert pair(data, "en")["files"]["html"]["english_review"]["reviewed_on"] == "2026-10-01"
    replaced = {record["locale"]: record for record in data["replaced"]}
    assert set(replaced) == {"en", "ko_KR"}
    reason = replaced["en"]["reason"]
    assert reason.startswith("rolled back on purpose (--roll-back demo: pharmacy recalled the 2 g dose)")
    assert f"on 2026-10-01, version 2.1, commit {first[:12]}" in reason and f"commit {second[:12]}" in reason
    for locale, record in replaced.items():  # the 2 g pages patients were shown, kept
        [archived] = record["files"]
        assert archived.startswith(f"archive/{locale}/demo/2.2")
        assert repository.path(f"dist/{archived}").read_bytes() != b""
        assert "2 g/kg/day" in text(repository, f"dist/{archived}")
    assert data["withdrawn"] == []  # replaced, not taken from patients


def test_a_same_day_review_of_another_branchs_text_is_refused_a_correction_on_the_same_line_is_not(repository):  # noqa: F811
    trunk = git(repository, "rev-parse", "--abbrev-ref", "HEAD")
    git(repository, "checkout", "-q", "-b", "other")
    edit(repository, "for 3 days", "for 4 days")
    commit(repository, "another text, reviewed on NEWER")
    git(repository, "checkout", "-q", trunk)
    edit(repository, "1 g/kg/day", "2 g/kg/day")
    commit(repository, "the new dose, reviewed on NEWER too")
    assert repository.run("build", "--release", "--only", "html", "--locale", "en")[0] == 0
    published = pages(repository)
    git(repository, "checkout", "-q", "other")

    # Another branch, which does not include the release: refused for that alone, unless meant;
    # meant, the English reviews are still compared.
    code, _, err = repository.run("build", "--release", "--only", "html", "--locale", "en")
    assert code == 1 and "does not include it: a branch forked before it" in err
    code, _, err = repository.run("build", "--release", "--only", "html", "--locale", "en", "--allow-older-checkout")

    assert code == 1
    assert f"on {NEWER}, version 2.2, commit" in err
    assert "was made the same day as that of the English dist/ publishes, of another text" in err
    assert pages(repository) == published and "2 g/kg/day" in text(repository, "dist/en/demo.html")

    git(repository, "checkout", "-q", trunk)
    edit(repository, "- Headache", "- Headaches")  # a correction, reviewed again the same day
    commit(repository, "a correction")
    code, _, err = repository.run("build", "--release", "--only", "html", "--locale", "en")
    assert code == 0, err
    assert "Headaches" in text(repository, "dist/en/demo.html")


def test_an_english_with_an_older_review_is_refused_without_git_too(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    edit(translated, "for 3 days", "for 4 days", on="2026-10-02")
    assert translated.run("build", "--release", "--only", "html", "--locale", "en")[0] == 0
    edit(translated, "reviewed_on: 2026-10-02", "reviewed_on: 2026-10-01", on="2026-10-01")

    code, _, err = translated.run("build", "--release", "--only", "html", "--locale", "en")

    assert code == 1
    assert "(Dr. Mina Cho, PharmD on 2026-10-01, version 2.2) is older than that of the English" in err
    assert "4 days" in text(translated, "dist/en/demo.html")


def test_status_says_a_release_would_refuse_an_english_with_an_older_review_than_dist_publishes(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    edit(translated, "for 3 days", "for 4 days", on="2026-10-02")
    assert translated.run("build", "--release", "--only", "html", "--locale", "en")[0] == 0
    code, out, _ = translated.run("status", "--leaflet", "demo")
    assert code == 0 and "is older than that of the English dist/ publishes" not in out
    edit(translated, "reviewed_on: 2026-10-02", "reviewed_on: 2026-10-01", on="2026-10-01")

    code, out, err = translated.run("status", "--leaflet", "demo")

    assert code == 0, err
    said = "(Dr. Mina Cho, PharmD on 2026-10-01, version 2.2) is older than that of the English dist/ publishes"
    assert f"en/demo:\n  - source/demo.md:6: the clinical review of this English {said}" in out
    assert 'leaflets build --release --roll-back demo --reason "WHY"' in out
    assert "0 of 2 leaflet pages would be released" in out
    code, out, err = translated.run("status", "--leaflet", "demo", "--format", "json")
    assert code == 0, err
    for row in json.loads(out)["pairs"]:
        if row["leaflet"] == "demo":
            assert not row["releasable"] and said in row["reasons"][0], row
    # and a release does refuse it
    assert translated.run("build", "--release", "--only", "html", "--locale", "en")[0] == 1


@pytest.mark.parametrize(
    "argv, said",
    [
        (("--roll-back", "demo", "--reason", "why"), "--roll-back goes with --release"),
        (("--release", "--roll-back", "demo"), '--roll-back needs --reason "WHY"'),
        (("--release", "--reason", "why"), "--reason goes with --roll-back ID"),
        (("--release", "--roll-back", "nothing", "--reason", "why"), "no such leaflet 'nothing'"),
    ],
)
def test_a_roll_back_is_a_release_of_a_leaflet_with_a_reason(project, argv, said):
    code, _, err = project.run("build", *argv)
    assert code == 2 and said in err and "Traceback" not in err


REVIEW = EnglishReview("Dr. A", "2026-10-05", "sha256:published")


@pytest.mark.parametrize(
    "on, text, in_history, expected",
    [
        ("2026-10-04", "sha256:other", True, OLDER),  # an older checkout, or an older review
        ("2026-10-06", "sha256:other", False, ""),  # a later review
        ("2026-10-05", "sha256:published", False, ""),  # the review published
        ("2026-10-05", "sha256:other", False, SAME_DAY),  # another branch's text, reviewed that day
        ("2026-10-05", "sha256:other", True, ""),  # a correction of the text published, reviewed that day
        ("2026-10-05", "sha256:other", None, ""),  # no git: no branch to mix up
    ],
)
def test_which_english_a_release_may_put_in_place_of_the_one_published(on, text, in_history, expected):
    now = Reviewed(EnglishReview("Dr. B", on, text), "2.0", "")
    asked = []

    def history(reviewed_text):
        asked.append(reviewed_text)
        return in_history

    assert compare(now, Reviewed(REVIEW, "2.0", "abc"), history) == expected
    assert asked in ([], ["sha256:published"])


def test_a_page_a_release_replaces_with_other_words_is_archived_not_withdrawn(translated):
    assert translated.run("build", "--release")[0] == 0
    before = {fmt: translated.path(f"dist/ko_KR/demo.{fmt}").read_bytes() for fmt in ("html", "pdf")}
    english = {fmt: translated.path(f"dist/en/demo.{fmt}").read_bytes() for fmt in ("html", "pdf")}
    translated.translate("demo", {"Fever": "열"})  # a translator's correction, reviewed
    translated.review_all()

    code, _, err = translated.run("build", "--release")

    assert code == 0, err
    assert (
        "archived ko_KR/demo: dist/ko_KR/demo.html, dist/ko_KR/demo.pdf as published before this release replaced them"
        in err
    )
    data = manifest(translated)
    [record] = data["replaced"]
    assert (record["locale"], record["version"]) == ("ko_KR", "2.1") and "catalog" in record["reason"]
    assert record["files"] == ["archive/ko_KR/demo/2.1/demo.html", "archive/ko_KR/demo/2.1/demo.pdf"]
    assert translated.path("dist/archive/ko_KR/demo/2.1/demo.pdf").read_bytes() == before["pdf"]
    assert "발열" in text(translated, "dist/archive/ko_KR/demo/2.1/demo.html")
    assert "열" in text(translated, "dist/ko_KR/demo.html")
    assert data["withdrawn"] == []  # still published
    assert not translated.path("dist/archive/en").exists()  # the English was not replaced
    assert {fmt: translated.path(f"dist/en/demo.{fmt}").read_bytes() for fmt in ("html", "pdf")} == english

    code, _, err = translated.run("build", "--release", "--force")  # made again, byte for byte

    assert code == 0 and "archived" not in err
    assert len(manifest(translated)["replaced"]) == 1


def test_a_page_made_again_for_its_language_links_alone_is_not_archived(translated):
    """Its words are the same: the manifest records what it links."""
    assert translated.run("build", "--release", "--locale", "en")[0] == 0
    code, _, err = translated.run("build", "--release")  # the Korean published: the English page links it now
    assert code == 0, err
    assert "ko_KR/demo.html" in text(translated, "dist/en/demo.html")
    assert manifest(translated)["replaced"] == [] and not translated.path("dist/archive").exists()


def still_withdrawn(data: dict) -> set[str]:
    """The pages a deploy script takes down: each withdrawn page not marked republished since."""
    return {page for w in data["withdrawn"] for page in pages_of(w) if page not in w.get("republished", {})}


def pages_of(withdrawn: dict) -> list[str]:
    return [f"{withdrawn['locale']}/{file.rpartition('/')[2]}" for file in withdrawn["files"]]


def test_a_page_published_again_is_marked_republished_in_the_withdrawal_record(translated):
    assert translated.run("build", "--release")[0] == 0
    change_english_dose(translated)
    assert translated.run("build", "--release")[0] == 1  # the Korean withdrawn
    assert still_withdrawn(manifest(translated)) == {"ko_KR/demo.html", "ko_KR/demo.pdf"}
    translated.translate("demo", {DOSE.replace("1 g", "2 g"): KOREAN[DOSE].replace("1 g", "2 g")})
    translated.review_all()

    assert translated.run("build", "--release")[0] == 0

    data = manifest(translated)
    [withdrawn] = data["withdrawn"]
    when = pair(data, "ko_KR")["files"]["html"]["built"]
    assert withdrawn["republished"] == {"ko_KR/demo.html": when, "ko_KR/demo.pdf": when}
    assert still_withdrawn(data) == set()

    # a manifest an earlier leaflets wrote has no mark: the next release adds it
    recorded = json.loads(translated.path("dist/manifest.json").read_text(encoding="utf-8"))
    del recorded["withdrawn"][0]["republished"], recorded["replaced"]
    translated.path("dist/manifest.json").write_text(json.dumps(recorded), encoding="utf-8")
    assert translated.run("build", "--release")[0] == 0
    assert still_withdrawn(manifest(translated)) == set()


def test_the_commit_a_release_records_is_marked_dirty_by_changes_not_committed_but_not_by_its_own_folders(
    repository,  # noqa: F811
):
    from pipeline.review_history import head_commit

    head = git(repository, "rev-parse", "HEAD")
    for written in ("dist/en/demo.html", "build/en/demo.html", ".dist.new-x/en/demo.html"):
        repository.path(written).parent.mkdir(parents=True, exist_ok=True)
        repository.path(written).write_text("a page", encoding="utf-8")
    assert head_commit(repository.root, ("dist", "build", ".dist.*")) == head
    repository.path("source/notes.txt").write_text("not added", encoding="utf-8")
    assert head_commit(repository.root, ("dist", "build", ".dist.*")) == f"{head}-dirty"
    assert head_commit(repository.path("source").parent.parent) == ""  # no repository there


def test_a_translation_reviewed_before_the_one_published_does_not_replace_it(translated, monkeypatch):
    """A release from an older checkout or another branch has the catalog as it was before a reviewed
    correction: complete, reviewed, translating the same English. It must not put the superseded
    translation back; the page dist/ publishes stays, and status says so beforehand."""
    assert translated.run("build", "--release")[0] == 0
    older = translated.po("demo").read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 2 * DAY))
    translated.translate("demo", {"Fever": "열이 남"})  # the correction, reviewed two days later
    assert translated.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")[0] == 0
    assert translated.run("build", "--release")[0] == 0
    assert "열이 남" in korean_text(translated)

    translated.po("demo").write_bytes(older)  # as the checkout before the correction has it
    row = korean_row(translated)
    code, _, err = translated.run("build", "--release")

    said = (
        f"locales/ko_KR/LC_MESSAGES/demo.po: its translation review of {day_of(EPOCH)} is older than the review "
        f"(Ji-woo Park on {day_of(EPOCH + 2 * DAY)}) of the translation dist/ko_KR/demo.html publishes"
    )
    assert not row["releasable"] and row["reasons"][0].startswith(said)
    assert code == 1 and f"refused ko_KR/demo:\n  - {said}" in err
    assert 'leaflets review ko_KR demo --by "NAME"' in err and "archived ko_KR/demo" not in err
    assert "열이 남" in korean_text(translated)
    pdf = subprocess.run(["pdftotext", translated.path("dist/ko_KR/demo.pdf"), "-"], capture_output=True, text=True)
    assert "열이 남" in pdf.stdout

    # Reviewed again (today): a decision to put it back, which a release publishes.
    assert translated.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")[0] == 0
    assert released(translated)
    assert "열이 남" not in korean_text(translated) and "발열" in korean_text(translated)


def test_an_older_translation_is_refused_under_optional_sign_off_as_status_refuses_it(optional, monkeypatch):  # noqa: F811
    """Review finding: a language whose sign-off is optional may release with a catalog unreviewed;
    the release then compared no review at all, while status compared each catalog's, and the
    superseded translation was published, exit 0."""
    optional.review_all()
    assert optional.run("build", "--release", "--only", "html")[0] == 0
    older = optional.po("demo").read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 2 * DAY))
    optional.translate("demo", {"Fever": "열이 남"})
    optional.review_all()
    assert optional.run("build", "--release", "--only", "html")[0] == 0 and "열이 남" in korean_text(optional)

    optional.po("demo").write_bytes(older)  # reviewed the day before the correction
    common = optional.po("common")  # and common edited since its review: unreviewed, as optional allows
    text = common.read_text(encoding="utf-8")
    last = text.rindex('msgstr "') + len('msgstr "')
    common.write_text(text[:last] + "X" + text[last:], encoding="utf-8")
    row = korean_row(optional)
    code, _, err = optional.run("build", "--release", "--only", "html")

    assert not row["releasable"] and "is older than the review" in row["reasons"][0]
    assert code == 1 and "is older than the review" in err
    assert "열이 남" in korean_text(optional)


def test_a_reviewer_list_edited_by_hand_in_the_manifest_is_no_traceback(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    translated.translate("demo", {"Fever": "열이 남"})
    translated.review_all()
    path = translated.path("dist/manifest.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data["pairs"]:
        for output in record["files"].values():
            output["reviewed_by"] = [5]
    path.write_text(json.dumps(data), encoding="utf-8")
    status = translated.run("status")
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert "Traceback" not in status[2] + err and "this is a bug" not in status[2] + err
    assert code == 0, err


def language_line(project, number: str) -> None:
    """Readers in the US, and the US's language-help line in leaflets.toml: no review covers it."""
    config = with_readers(CONFIG, "US", "US").replace(
        'page_size = "Letter"\n', f'page_size = "Letter"\nlanguage_line = "{number}"\n', 1
    )
    project.path("leaflets.toml").write_text(config, encoding="utf-8")


def shown(project, page: str) -> str:
    """The page's text as a reader sees it (the number is a no-wrap span of its own)."""
    return " ".join("".join(Page(project.path(page).read_text(encoding="utf-8")).texts).split())


def test_a_release_from_an_older_checkout_publishes_nothing(repository):  # noqa: F811
    """A corrected language-help line has no review a release could compare: a release from the
    checkout before the correction would put the wrong number back, every gate passed. dist/ says
    which commit it was released from, and a release from an ancestor of it publishes nothing."""
    trunk = git(repository, "rev-parse", "--abbrev-ref", "HEAD")
    language_line(repository, "1-800-555-0100")
    first = commit(repository, "the language-help line")
    assert repository.run("build", "--release", "--only", "html")[0] == 0
    language_line(repository, "1-800-555-0199")  # corrected
    second = commit(repository, "the right language-help line")
    code, _, err = repository.run("build", "--release", "--only", "html")
    assert code == 0, err
    assert "call 1-800-555-0199." in shown(repository, "dist/en/demo.html")
    assert manifest(repository)["commit"] == second
    published = snapshot(repository)
    git(repository, "checkout", "-q", first)

    said = (
        f"dist/manifest.json: dist/ was released from commit {second[:12]}, and this checkout "
        f"(commit {first[:12]}) is older, an ancestor of it"
    )
    row = korean_row(repository)
    assert not row["releasable"] and row["reasons"][0].startswith(said)
    code, _, err = repository.run("build", "--release", "--only", "html")

    assert code == 1 and said in err and "leaflets build --release --allow-older-checkout" in err
    assert snapshot(repository) == published  # byte for byte, its manifest too
    assert "call 1-800-555-0199." in shown(repository, "dist/en/demo.html")
    assert "1-800-555-0100" not in shown(repository, "dist/ko_KR/demo.html")

    # Told it is meant: released, and dist/ says so.
    code, _, err = repository.run("build", "--release", "--only", "html", "--allow-older-checkout")
    assert code == 0, err
    assert "call 1-800-555-0100." in shown(repository, "dist/en/demo.html")
    assert manifest(repository)["commit"] == first

    git(repository, "checkout", "-q", trunk)  # a later commit than dist/'s: released as ever
    code, _, err = repository.run("build", "--release", "--only", "html")
    assert code == 0, err
    assert "call 1-800-555-0199." in shown(repository, "dist/en/demo.html")
    assert manifest(repository)["commit"] == second


def released_with_a_correction_not_committed(repository) -> tuple[str, dict[str, bytes]]:  # noqa: F811
    """The wrong language-help line committed; its correction released before it was committed: the
    commit, and dist/ as that release made it."""
    language_line(repository, "1-800-555-0100")
    first = commit(repository, "the language-help line")
    language_line(repository, "1-800-555-0199")  # corrected, not committed
    code, _, err = repository.run("build", "--release", "--only", "html")
    assert code == 0, err
    assert "call 1-800-555-0199." in shown(repository, "dist/en/demo.html")
    # said at once, not first when a later release is refused
    said = f"dist/manifest.json: released from commit {first[:12]} with uncommitted changes (leaflets.toml): commit"
    assert said in err, err
    recorded = manifest(repository)
    assert recorded["commit"] == f"{first}-dirty" and recorded["uncommitted"].startswith("sha256:")
    assert list(recorded["uncommitted_paths"]) == ["leaflets.toml"]  # the paths, for a refusal to name
    return first, snapshot(repository)


def refused_without_the_changes(
    repository,  # noqa: F811
    first: str,
    published: dict[str, bytes],
    has: str,
    apart: str | None,
) -> None:
    """status says beforehand that a release publishes nothing, and the release publishes nothing;
    both name the paths the changes differ in (``apart``; None: dist/manifest.json names none)."""
    said = (
        f"dist/manifest.json: dist/ was released from commit {first[:12]} with uncommitted changes, and this "
        f"checkout (commit {first[:12]}) has {has}"
    )
    row = korean_row(repository)
    assert not row["releasable"] and row["reasons"][0].startswith(said), row["reasons"]
    differ = f"; they differ in {apart}; releasing it would" if apart is not None else "; they differ in"
    assert (differ in row["reasons"][0]) == (apart is not None), row["reasons"]

    code, _, err = repository.run("build", "--release", "--only", "html")

    assert code == 1 and said in err, err
    assert (differ in err) == (apart is not None), err
    assert "Commit the changes dist/ was released with" in err
    assert "leaflets build --release --allow-older-checkout" in err
    assert snapshot(repository) == published  # byte for byte, its manifest too
    assert "call 1-800-555-0199." in shown(repository, "dist/en/demo.html")


def test_a_release_of_the_same_commit_without_the_uncommitted_changes_dist_was_released_with_is_refused(
    repository,  # noqa: F811
):
    """A correction released before it was committed is in no commit: git stash, and a release of the
    same commit would take it back, the commit dist/ names being this one."""
    first, published = released_with_a_correction_not_committed(repository)
    git(repository, "stash", "-q")
    assert "1-800-555-0100" in repository.path("leaflets.toml").read_text(encoding="utf-8")

    refused_without_the_changes(
        repository, first, published, "none of them: a clean working tree", "leaflets.toml (not changed here)"
    )

    git(repository, "stash", "pop", "-q")  # committed now: a later commit, released as ever
    second = commit(repository, "the right language-help line")
    code, _, err = repository.run("build", "--release", "--only", "html", "--force")
    assert code == 0, err
    assert "call 1-800-555-0199." in shown(repository, "dist/en/demo.html")
    assert manifest(repository)["commit"] == second and "uncommitted" not in manifest(repository)


def test_a_release_of_the_same_commit_with_other_uncommitted_changes_is_refused_with_the_same_ones_published(
    repository,  # noqa: F811
):
    first, published = released_with_a_correction_not_committed(repository)
    toml = repository.path("leaflets.toml").read_text(encoding="utf-8")
    language_line(repository, "1-800-555-0188")  # other changes, not committed either

    other = "other uncommitted changes than those"
    refused_without_the_changes(repository, first, published, other, "leaflets.toml (changed otherwise here)")

    repository.path("notes.txt").write_text("a file not added is a change too", encoding="utf-8")
    repository.path("leaflets.toml").write_text(toml, encoding="utf-8")
    refused_without_the_changes(repository, first, published, other, "notes.txt (changed here only)")

    repository.path("notes.txt").unlink()  # the very changes dist/ was released with, staged or not
    git(repository, "add", "leaflets.toml")
    row = korean_row(repository)
    assert row["releasable"], row["reasons"]
    code, _, err = repository.run("build", "--release", "--only", "html", "--force")
    assert code == 0, err
    assert "call 1-800-555-0199." in shown(repository, "dist/en/demo.html")
    assert manifest(repository)["commit"] == f"{first}-dirty"


def test_a_release_without_the_uncommitted_changes_dist_was_released_with_is_published_when_meant(repository):  # noqa: F811
    first, published = released_with_a_correction_not_committed(repository)
    git(repository, "checkout", "-q", "--", ".")
    refused_without_the_changes(repository, first, published, "none of them", "leaflets.toml (not changed here)")

    code, _, err = repository.run("build", "--release", "--only", "html", "--allow-older-checkout")

    assert code == 0, err
    assert "call 1-800-555-0100." in shown(repository, "dist/en/demo.html")  # the rollback, on purpose
    assert manifest(repository)["commit"] == first and "uncommitted" not in manifest(repository)


def test_a_manifest_without_the_digest_of_the_uncommitted_changes_is_released_as_before(repository):  # noqa: F811
    """An earlier leaflets recorded a release from a tree with uncommitted changes as the commit and
    "-dirty" alone: what the changes were is unknown, and not a refusal on its own."""
    first, published = released_with_a_correction_not_committed(repository)
    git(repository, "stash", "-q")
    refused_without_the_changes(repository, first, published, "none of them", "leaflets.toml (not changed here)")
    recorded = json.loads(repository.path("dist/manifest.json").read_text(encoding="utf-8"))
    del recorded["uncommitted_paths"]  # as the leaflets of 2026-12-05 wrote it: refused, no path named
    repository.path("dist/manifest.json").write_text(json.dumps(recorded), encoding="utf-8")
    refused_without_the_changes(repository, first, snapshot(repository), "none of them", None)
    del recorded["uncommitted"]
    repository.path("dist/manifest.json").write_text(json.dumps(recorded), encoding="utf-8")

    assert korean_row(repository)["releasable"]
    code, _, err = repository.run("build", "--release", "--only", "html")

    assert code == 0, err
    assert "call 1-800-555-0100." in shown(repository, "dist/en/demo.html")  # the limit the docstring names
    assert manifest(repository)["commit"] == first


def test_allow_older_checkout_goes_with_a_release(project):
    code, _, err = project.run("build", "--allow-older-checkout")
    assert code == 2 and "--allow-older-checkout goes with --release" in err


def released_from(*commits: str, manifest_commit: str = "") -> Manifest:
    files = {
        f"page{n}": OutputFile(f"en/page{n}.html", "html", "", 0, {}, None, "", 100, Checks(), "", commit=commit)
        for n, commit in enumerate(commits)
    }
    return Manifest(release=True, pairs={("en", "page"): PairRecord("en", "page", files=files)}, commit=manifest_commit)


HISTORY = {("a", "b"), ("a", "c"), ("b", "c")}  # a, then b, then c; d on another branch


@pytest.mark.parametrize(
    ("head", "published", "refused"),
    [
        ("a", released_from(manifest_commit="b"), True),  # an older checkout
        ("a-dirty", released_from(manifest_commit="b-dirty"), True),  # uncommitted changes on either side
        ("b", released_from(manifest_commit="b"), False),  # a release made again
        ("b-dirty", released_from(manifest_commit="b"), False),
        ("c", released_from(manifest_commit="b"), False),  # a later commit
        ("d", released_from(manifest_commit="b"), True),  # a branch that does not include it
        ("e", released_from(manifest_commit="b"), True),  # a commit git does not know: a shallow clone
        ("", released_from(manifest_commit="b"), False),  # not in git
        ("a", released_from(), False),  # nothing released yet
        ("b", released_from("a", "c", manifest_commit="b"), False),  # the manifest's own commit says
        ("a", released_from("a", "b"), True),  # an earlier leaflets': every page's commit says
    ],
)
def test_which_checkout_a_release_may_be_made_from(head, published, refused):
    def includes(commit: str, head: str) -> bool | None:
        if commit == "e" or head == "e":
            return None
        return commit == head or (commit, head) in HISTORY

    said = checkout_order.refusal(head, published, includes, "dist")
    assert bool(said) == refused


@pytest.mark.parametrize(
    ("head", "recorded", "changes", "refused"),
    [
        ("b", ("b-dirty", "sha256:d"), "", True),  # the changes dist/ was released with dropped
        ("b-dirty", ("b-dirty", "sha256:d"), "sha256:e", True),  # other changes
        ("b-dirty", ("b-dirty", "sha256:d"), "", True),  # changes git could not list
        ("b-dirty", ("b-dirty", "sha256:d"), "sha256:d", False),  # the same changes
        ("c", ("b-dirty", "sha256:d"), "", False),  # a later commit: presumably they were committed
        ("b", ("b-dirty", ""), "", False),  # an earlier leaflets': the changes unknown
        ("b-dirty", ("b", ""), "sha256:e", False),  # released committed: judged by the commit alone
    ],
)
def test_which_changes_a_release_of_the_commit_dist_was_released_from_may_be_made_with(
    head, recorded, changes, refused
):
    published = replace(released_from(manifest_commit=recorded[0]), uncommitted=recorded[1])

    def includes(commit: str, head: str) -> bool | None:
        return commit == head or (commit, head) in HISTORY

    said = checkout_order.refusal(head, published, includes, "dist", lambda: WorkingChanges(changes))
    assert bool(said) == refused


@pytest.mark.parametrize(
    ("released", "here", "apart"),
    [
        ({"a.toml": "1"}, {}, "a.toml (not changed here)"),  # the changes dropped (git stash)
        ({"a.toml": "1"}, {"a.toml": "2"}, "a.toml (changed otherwise here)"),
        ({"a.toml": "1"}, {"a.toml": "1", "b.txt": "3"}, "b.txt (changed here only)"),
        (
            {"b": "1", "a": "1", "c": "1"},
            {"c": "2", "a": "1", "d": "1"},
            "b (not changed here), c (changed otherwise here), d (changed here only)",  # in the order of the paths
        ),
        (
            {f"page{n:02}.md": "1" for n in range(11)},
            {},
            ", ".join(f"page{n:02}.md (not changed here)" for n in range(8)) + " and 3 more paths",
        ),
        ({}, {"a.toml": "2"}, None),  # a manifest of an earlier leaflets names no path
    ],
)
def test_a_refused_release_names_the_paths_its_uncommitted_changes_differ_in(released, here, apart):
    published = replace(released_from(manifest_commit="b-dirty"), uncommitted="sha256:d", uncommitted_paths=released)

    said = checkout_order.refusal(
        "b-dirty", published, lambda commit, head: True, "dist", lambda: WorkingChanges("sha256:e", here)
    )

    assert said, "other changes than those dist/ was released with: refused"
    if apart is None:
        assert "they differ in" not in said[0]
    else:
        assert f"; they differ in {apart}; releasing it would" in said[0]


def test_changes_git_could_not_list_name_no_path():
    published = replace(released_from(manifest_commit="b-dirty"), uncommitted="sha256:d", uncommitted_paths={"a": "1"})

    said = checkout_order.refusal("b-dirty", published, lambda commit, head: True, "dist", WorkingChanges)

    assert "has uncommitted changes git could not list" in said[0] and "they differ in" not in said[0]
