"""At re-review, what changed in the English since the review is shown, not only named: the English
reviewed is found again in git (pipeline/review_history.py) and set against the English now, word by
word, in `leaflets status` (text, JSON, build/status.html), the release's refusal and `leaflets review`."""

import json
import os
import re
import subprocess

import polib
import pytest

from pipeline import word_diff
from pipeline.review_history import NO_CHANGES, uncommitted_changes, working_changes
from tests.signoff import raise_version
from tests.test_build import Page

PARAGRAPH = "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."
# The dose and the link change; the link is past the first 60 characters a passage is named by.
CHANGED = "You get **1 g/kg/day** for 5 days. See the [study](https://doi.org/10.1001/archderm.139.1.27)."
DIFF = (
    "You get **1 g/kg/day** for [-3-]{+5+} days. See the "
    "[-[study](https://doi.org/10.1001/archderm.139.1.26).-]{+[study](https://doi.org/10.1001/archderm.139.1.27).+}"
)
KOREAN_CHANGED = "**1 g/kg/day**를 5일 동안 맞습니다. [연구](https://doi.org/10.1001/archderm.139.1.27)를 참고하세요."


def git(project, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=project.root, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repository(translated, monkeypatch):
    """The translated demo project in a git repository of its own, its English committed
    (no user or system git configuration: a signing or hook setting there is not this test's)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for variable in ("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"):
        monkeypatch.setenv(variable, "Test Writer")
    for variable in ("GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"):
        monkeypatch.setenv(variable, "writer@leaflets.invalid")
    git(translated, "init", "-q")
    commit(translated, "the English as first written")
    return translated


def commit(project, message: str) -> str:
    git(project, "add", "source", "locales", "templates", "leaflets.toml")
    git(project, "commit", "-q", "-m", message)
    return git(project, "rev-parse", "HEAD")


def change_english(project, old: str, new: str) -> None:
    """The writer changes the English, and gives the new text a new version (pipeline/text_version.py)."""
    source = project.path("source/demo.md")
    source.write_text(raise_version(source.read_text(encoding="utf-8").replace(old, new)), encoding="utf-8")
    assert project.run("extract")[0] == 0 and project.run("update")[0] == 0


def correct(project, msgid: str, translation: str) -> None:
    """The translator corrects a fuzzy entry and clears its mark; Poedit drops "#| msgid" with it."""
    project.translate("demo", {msgid: translation})
    catalog = polib.pofile(str(project.po("demo")))
    catalog.find(msgid).previous_msgid = None
    catalog.save()


def ko_demo(out: str) -> dict:
    return next(p for p in json.loads(out)["pairs"] if (p["locale"], p["leaflet"]) == ("ko_KR", "demo"))


def reviewed_then_changed(project) -> str:
    """The reviewer signs the Korean off at a commit; the writer then changes the dose and the link;
    the translator corrects the translation and clears fuzzy (the "#|" old English goes with it).
    Returns the commit whose English was reviewed."""
    change_english(project, "- Fever", "- A fever")  # an English the first commit does not have
    correct(project, "A fever", "발열")
    reviewed = commit(project, "Fever reworded")
    project.review_all()
    change_english(project, PARAGRAPH, CHANGED)
    entry = polib.pofile(str(project.po("demo"))).find(CHANGED)
    assert "fuzzy" in entry.flags and entry.previous_msgid == PARAGRAPH
    correct(project, CHANGED, KOREAN_CHANGED)
    assert polib.pofile(str(project.po("demo"))).find(CHANGED).previous_msgid is None
    commit(project, "a dose and a reference changed")
    return reviewed


def test_status_shows_the_english_reviewed_against_the_english_now_word_by_word(repository):
    reviewed = reviewed_then_changed(repository)
    line = next(
        n for n, text in enumerate(repository.path("source/demo.md").read_text().splitlines(), 1) if "5 days" in text
    )
    code, out, _ = repository.run("status")
    assert code == 0
    # The text: the changed words, old and new, the link past the 60th character included.
    assert f'note: English changed since the translation review: source/demo.md:{line}: "{DIFF}"' in out, out
    assert word_diff_legend() in out
    # JSON: a stable field with both Englishes in full, and the commit the reviewed one was found in.
    pair = ko_demo(repository.run("status", "--format", "json")[1])
    assert pair["english_changes"] == [
        {"where": f"source/demo.md:{line}", "reviewed": PARAGRAPH, "now": CHANGED, "diff": DIFF, "new": False}
    ]
    assert pair["reviewed_english_commit"] == reviewed
    # build/status.html: the reviewed English beside the English now, removed and added marked.
    html = repository.path("build/status.html").read_text(encoding="utf-8")
    section = re.search(r'<section class="english-changes".*?</section>', html, re.DOTALL).group()
    assert "ko_KR · demo" in Page(section).text
    cells = re.findall(r"<tr><td>(.*?)</td>\s*<td>(.*?)</td><td>(.*?)</td>", section, re.DOTALL)
    assert [where for where, _, _ in cells] == [f"source/demo.md:{line}"]
    before, now = cells[0][1:]
    assert re.findall(r"<del>(.*?)</del>", before) == ["3 ", "[study](https://doi.org/10.1001/archderm.139.1.26)."]
    assert re.findall(r"<ins>(.*?)</ins>", now) == ["5 ", "[study](https://doi.org/10.1001/archderm.139.1.27)."]


def word_diff_legend() -> str:
    return "[-...-] is the English as reviewed, {+...+} the English now"


def test_the_release_refusal_and_review_show_what_changed(repository):
    reviewed_then_changed(repository)
    code, _, err = repository.run("build", "--release", "--only", "html")
    assert code == 1
    refusal = next(line for line in err.splitlines() if "is stale" in line)
    assert f'"{DIFF}"' in refusal and word_diff_legend() in refusal
    # Signing off again says what was signed off.
    code, out, err = repository.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")
    assert code == 0, err
    assert "signed off the English changed since the last review: source/demo.md:" in err + out
    assert f'"{DIFF}"' in err + out


def test_review_refusing_a_fuzzy_passage_shows_its_english_as_reviewed_against_now(repository):
    repository.review_all()
    change_english(repository, PARAGRAPH, CHANGED)
    commit(repository, "a dose and a reference changed")
    code, _, err = repository.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")
    assert code == 1
    fuzzy = next(line for line in err.splitlines() if ": fuzzy: " in line)
    assert f'"{DIFF}"' in fuzzy, err


def test_the_newest_commit_with_the_english_reviewed_is_found_not_merely_the_last_one(repository):
    """Reviewed at the first commit; two more commits of other English since: the diff is against
    the English the review recorded (its hash), not the English of the commit before."""
    first = git(repository, "rev-parse", "HEAD")
    repository.review_all()
    change_english(repository, "- Fever", "- A fever")
    correct(repository, "A fever", "발열")
    commit(repository, "Fever reworded")
    change_english(repository, PARAGRAPH, CHANGED)
    correct(repository, CHANGED, KOREAN_CHANGED)
    commit(repository, "a dose and a reference changed")
    pair = ko_demo(repository.run("status", "--format", "json")[1])
    assert pair["reviewed_english_commit"] == first
    changes = {c["now"]: c for c in pair["english_changes"]}
    assert changes["A fever"]["diff"] == "[-Fever-]{+A fever+}"
    assert changes[CHANGED]["reviewed"] == PARAGRAPH


def test_without_git_status_names_the_passage_and_says_why_it_cannot_show_more(translated):
    translated.review_all()
    change_english(translated, PARAGRAPH, CHANGED)
    correct(translated, CHANGED, KOREAN_CHANGED)
    code, out, _ = translated.run("status")
    assert code == 0
    assert re.search(r'English changed since the translation review: source/demo\.md:\d+: "You get \*\*1', out)
    assert "what changed in the English cannot be shown: " in out and "not in a git repository" in out
    pair = ko_demo(translated.run("status", "--format", "json")[1])
    assert [c["reviewed"] for c in pair["english_changes"]] == [None]
    assert pair["reviewed_english_commit"] == ""


def test_a_shallow_clone_without_the_english_reviewed_says_so(repository, tmp_path):
    change_english(repository, PARAGRAPH, CHANGED)
    correct(repository, CHANGED, KOREAN_CHANGED)
    commit(repository, "a dose and a reference changed")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repository.root}", str(clone)], check=True)
    repository.root = clone
    code, out, _ = repository.run("status")
    assert code == 0
    assert "shallow clone" in out and "git fetch --unshallow" in out
    assert "{+" not in out


def test_the_plain_word_diff_marks_whole_words_and_leaves_out_far_context():
    assert word_diff.plain("Call 1-800-555-0100 now.", "Call 1-800-555-0199 now.") == (
        "Call [-1-800-555-0100-]{+1-800-555-0199+} now."
    )
    before = "one two three four five six seven eight nine ten 65 eleven twelve thirteen fourteen 15 16 17 18"
    now = before.replace("65", "60")
    assert word_diff.plain(before, now) == "… seven eight nine ten [-65-]{+60+} eleven twelve thirteen fourteen …"
    assert word_diff.plain("a b", "a b c") == "a b {+c+}"


def test_the_digest_of_uncommitted_changes_is_of_the_files_not_of_how_git_shows_them(repository):
    """A release's record of its uncommitted changes (pipeline/checkout_order.py) must not differ for
    the same tree: a new file staged or not, or a user's diff settings, change nothing; its bytes,
    its mode, or another file's deletion do."""
    root = repository.root
    (root / "notes.txt").write_text("the corrected number is 1577-0199\n", encoding="utf-8")
    untracked = uncommitted_changes(root)
    git(repository, "add", "notes.txt")
    assert uncommitted_changes(root) == untracked  # staged: the same change
    git(repository, "config", "diff.suppressBlankEmpty", "true")
    git(repository, "config", "diff.noprefix", "true")
    assert uncommitted_changes(root) == untracked
    (root / "notes.txt").write_text("the corrected number is 1577-0200\n", encoding="utf-8")
    assert uncommitted_changes(root) != untracked
    (root / "notes.txt").write_text("the corrected number is 1577-0199\n", encoding="utf-8")
    os.chmod(root / "notes.txt", 0o755)
    assert uncommitted_changes(root) != untracked
    os.chmod(root / "notes.txt", 0o644)
    assert uncommitted_changes(root) == untracked
    (root / "leaflets.toml").unlink()
    assert uncommitted_changes(root) != untracked


def test_each_path_of_the_uncommitted_changes_is_named_with_what_it_holds(repository):
    """What a refused release names (pipeline/checkout_order.py): each changed path, with a digest
    of its state that changes with it and with nothing else; a name in no encoding, escaped."""
    root = repository.root
    assert working_changes(root) == NO_CHANGES  # a clean tree: the digest of nothing
    (root / "notes.txt").write_text("the corrected number is 1577-0199\n", encoding="utf-8")
    first = working_changes(root)
    assert list(first.paths) == ["notes.txt"] and first.digest == uncommitted_changes(root)
    (root / "leaflets.toml").unlink()
    second = working_changes(root)
    assert sorted(second.paths) == ["leaflets.toml", "notes.txt"]
    assert second.paths["notes.txt"] == first.paths["notes.txt"]  # unchanged: the same
    (root / "notes.txt").write_text("the corrected number is 1577-0200\n", encoding="utf-8")
    assert working_changes(root).paths["notes.txt"] != first.paths["notes.txt"]
    (root / os.fsdecode(b"caf\xe9.txt")).write_text("Latin-1 name", encoding="utf-8")
    assert "caf\\xe9.txt" in working_changes(root).paths
