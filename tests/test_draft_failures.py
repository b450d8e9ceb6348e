"""A draft pair that fails (its catalog or its English source cannot be read, its render fails): build/ keeps none of its
pages that no longer show what they are made from, and the build says which it removed and why.
Judged by the files in build/, its manifest and index, and what the command prints."""

import hashlib
import json
import re
import shutil

import pytest

from tests.test_build import Page
from tests.test_incremental import add_second_leaflet, failing_korean_renders
from tests.test_release import restore, snapshot, unresolved

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

BROKEN_ENTRY = 'msgid "Fever"\nmsgstr "unterminated\n'
SYNTAX_ERROR = "locales/ko_KR/LC_MESSAGES/demo.po:2: error[syntax]: unterminated string or unescaped double quote"
REMOVED = (
    "removed build/ko_KR/demo.html, build/ko_KR/demo.pdf: they showed locales/ko_KR/LC_MESSAGES/demo.po "
    "before its error; fix it and build again\n"
)


def recorded(project, locale: str = "ko_KR", leaflet: str = "demo") -> dict:
    """The files build/manifest.json records for a pair, by format."""
    data = json.loads(project.path("build/manifest.json").read_text(encoding="utf-8"))
    return next((p["files"] for p in data["pairs"] if (p["locale"], p["leaflet"]) == (locale, leaflet)), {})


def indexed(project) -> set[str]:
    return {a["href"] for a, _ in Page(project.path("build/index.html").read_text(encoding="utf-8")).links}


def test_a_broken_catalog_removes_its_pages_says_so_once_and_the_others_still_build(translated):
    assert translated.run("build")[0] == 0
    catalog = translated.po("demo").read_bytes()
    translated.po("demo").write_text(BROKEN_ENTRY, encoding="utf-8")
    code, out, err = translated.run("build", "--only", "html")  # the PDF shows the old catalog too
    assert code == 1 and "Traceback" not in err
    assert (out + err).count(SYNTAX_ERROR) == 1, out + err  # said once, with the build's problems
    assert "read locales/ko_KR/LC_MESSAGES/demo.po" not in out
    assert REMOVED in err
    assert (
        not translated.path("build/ko_KR/demo.html").exists() and not translated.path("build/ko_KR/demo.pdf").exists()
    )
    assert not list(translated.path("build").rglob("*.tmp"))
    assert "built en/demo" in out and translated.path("build/en/demo.html").is_file()
    assert recorded(translated) == {} and "ko_KR/demo.html" not in indexed(translated)
    assert "failed 1" in out

    code, out, err = translated.run("build", "--only", "html")  # nothing left to remove: nothing said
    assert code == 1 and "removed " not in err and err.count(SYNTAX_ERROR) == 1

    translated.po("demo").write_bytes(catalog)
    code, out, _ = translated.run("build")
    assert code == 0 and "built ko_KR/demo (html, pdf): new" in out
    assert "발열" in Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")).text
    assert set(recorded(translated)) == {"html", "pdf"}


def test_a_broken_common_catalog_removes_every_page_of_its_language(translated):
    add_second_leaflet(translated)
    assert translated.run("build", "--only", "html")[0] == 0
    translated.po("common").write_text(BROKEN_ENTRY, encoding="utf-8")
    code, _, err = translated.run("build", "--only", "html")
    assert code == 1
    for leaflet in ("demo", "other"):
        assert f"removed build/ko_KR/{leaflet}.html: it showed locales/ko_KR/LC_MESSAGES/common.po before" in err
        assert not translated.path(f"build/ko_KR/{leaflet}.html").exists()
        assert translated.path(f"build/en/{leaflet}.html").is_file()


def test_pages_of_pairs_not_selected_are_never_removed(translated):
    add_second_leaflet(translated)
    assert translated.run("build", "--only", "html")[0] == 0
    kept = {name: translated.path(f"build/ko_KR/{name}.html").read_bytes() for name in ("demo", "other")}
    translated.po("demo").write_text(BROKEN_ENTRY, encoding="utf-8")
    for selection in (("--locale", "en"), ("--leaflet", "other")):
        code, _, err = translated.run("build", "--only", "html", *selection)
        assert code == 0 and "removed " not in err, (selection, err)
        assert {name: translated.path(f"build/ko_KR/{name}.html").read_bytes() for name in kept} == kept
    code, _, err = translated.run("build", "--only", "html", "--leaflet", "demo", "--locale", "ko_KR")
    assert code == 1 and "removed build/ko_KR/demo.html: it showed" in err
    assert translated.path("build/ko_KR/other.html").read_bytes() == kept["other"]


def test_a_page_not_selected_never_links_a_page_its_build_removed(translated):
    """`build --locale ko_KR` that removes the Korean page leaves the English page (not selected,
    not rendered) without a link to it, and links it again once the Korean is built again: as
    a full build would have rendered it."""
    assert translated.run("build", "--only", "html")[0] == 0
    english = translated.path("build/en/demo.html")
    assert english.read_text(encoding="utf-8").count('href="../ko_KR/demo.html"') == 2  # switcher, alternate
    catalog = translated.po("demo").read_bytes()
    translated.po("demo").write_text(BROKEN_ENTRY, encoding="utf-8")

    code, out, err = translated.run("build", "--only", "html", "--locale", "ko_KR")
    assert code == 1 and "removed build/ko_KR/demo.html" in err
    assert unresolved(translated.path("build")) == [] and 'href="../ko_KR/' not in english.read_text(encoding="utf-8")
    assert "build/en/demo.html: kept as built, but for its links to ko_KR, no longer built" in out + err
    code, out, _ = translated.run("build", "--only", "html", "--locale", "en")  # the record says what it holds
    assert code == 0 and "up to date 1" in out and "built en/demo" not in out

    translated.po("demo").write_bytes(catalog)
    code, out, err = translated.run("build", "--only", "html", "--locale", "ko_KR")
    assert code == 0 and "build/en/demo.html: kept as built, but with links to ko_KR, built since" in out + err
    relinked = english.read_bytes()
    assert relinked.count(b'href="../ko_KR/demo.html"') == 2 and unresolved(translated.path("build")) == []
    assert translated.run("build", "--only", "html", "--locale", "en", "--force")[0] == 0
    assert english.read_bytes() == relinked  # as a render writes it


def test_a_page_no_manifest_records_is_removed_with_its_failed_pair(translated):
    """An earlier leaflets left a failed pair's pages in build/, unrecorded: nothing says what they show."""
    translated.po("demo").write_text(BROKEN_ENTRY, encoding="utf-8")
    assert translated.run("build", "--only", "html")[0] == 1
    translated.path("build/ko_KR").mkdir(exist_ok=True)
    translated.path("build/ko_KR/demo.html").write_text("<p>an old page</p>", encoding="utf-8")
    code, _, err = translated.run("build", "--only", "html")
    assert code == 1 and "removed build/ko_KR/demo.html: it showed locales/ko_KR/LC_MESSAGES/demo.po before" in err
    assert not translated.path("build/ko_KR/demo.html").exists()


def test_a_page_that_could_not_be_rendered_again_is_removed_unless_it_is_still_true(translated, monkeypatch):
    assert translated.run("build", "--jobs", "1")[0] == 0
    page = translated.path("build/ko_KR/demo.html").read_bytes()
    failing_korean_renders(monkeypatch)
    # --force: the page the folder holds is what its inputs make now; it stays, linked.
    code, _, err = translated.run("build", "--only", "html", "--force", "--jobs", "1")
    assert code == 1 and "could not build ko_KR: RuntimeError: out of memory" in err and "removed " not in err
    assert translated.path("build/ko_KR/demo.html").read_bytes() == page and "ko_KR/demo.html" in indexed(translated)

    translated.translate("demo", {"Fever": "고열"})  # the pages show the old translation now
    code, out, err = translated.run("build", "--only", "html", "--jobs", "1")
    assert code == 1 and "failed 1" in out
    assert (
        "removed build/ko_KR/demo.html, build/ko_KR/demo.pdf: they no longer showed what they are made from "
        "and could not be made again (RuntimeError: out of memory); build again once that is fixed\n"
    ) in err
    assert (
        not translated.path("build/ko_KR/demo.html").exists() and not translated.path("build/ko_KR/demo.pdf").exists()
    )
    assert recorded(translated) == {} and "ko_KR/demo.html" not in indexed(translated)
    monkeypatch.undo()
    code, out, _ = translated.run("build", "--only", "html", "--jobs", "1")
    assert code == 0 and "built ko_KR/demo (html): new" in out


def test_a_build_killed_while_removing_leaves_whole_pages_and_no_stale_record(translated, faults):
    """At any point a build that removes pages is killed, each page is the whole old file or
    gone, the manifest records no page as made from the broken catalog, and the next build
    ends where an unbroken run would."""
    assert translated.run("build")[0] == 0
    before = snapshot(translated, "build")
    translated.po("demo").write_text(BROKEN_ENTRY, encoding="utf-8")
    broken = hashlib.sha256(translated.po("demo").read_bytes()).hexdigest()
    faults.count()
    assert translated.run("build", "--only", "html")[0] == 1
    operations = len(faults.calls)
    assert faults.calls[:2] == ["remove_file", "remove_file"], faults.calls  # first: before anything renders
    for n in range(1, operations + 1):
        restore(translated, before, "build")
        faults.kill_at(n)
        assert translated.run("build", "--only", "html")[0] == 130
        for name in ("ko_KR/demo.html", "ko_KR/demo.pdf"):
            path = translated.path(f"build/{name}")
            assert not path.exists() or path.read_bytes() == before[name], (n, name)
        assert all(f["inputs"]["catalog"] != broken for f in recorded(translated).values()), n
        faults.count()
        assert translated.run("build", "--only", "html")[0] == 1
        assert (
            not translated.path("build/ko_KR/demo.html").exists()
            and not translated.path("build/ko_KR/demo.pdf").exists()
        )
        assert recorded(translated) == {}, n


def test_a_common_catalog_broken_for_a_language_not_built_is_said_for_the_index(translated):
    """The Korean pages are kept (their language was not selected), and the index lists them
    under a heading its common catalog cannot translate: said once, in a note."""
    assert translated.run("build", "--only", "html")[0] == 0
    translated.po("common").write_text(BROKEN_ENTRY.replace("demo", "common"), encoding="utf-8")
    code, out, err = translated.run("build", "--only", "html", "--locale", "en")
    assert code == 0, err
    message = "locales/ko_KR/LC_MESSAGES/common.po:2: error[syntax]: unterminated string"
    assert f"note: build/index.html: its ko_KR section is in English: {message}" in err
    assert (out + err).count(message) == 1
    assert translated.path("build/ko_KR/demo.html").is_file() and "ko_KR/demo.html" in indexed(translated)


def test_status_names_the_error_of_the_pair_a_build_removed(translated):
    translated.po("demo").write_text(BROKEN_ENTRY, encoding="utf-8")
    assert translated.run("build", "--only", "html")[0] == 1
    code, out, _ = translated.run("status", "--locale", "ko_KR")
    assert f"ko_KR/demo:\n  - {SYNTAX_ERROR}" in out
    assert SYNTAX_ERROR in translated.path("build/status.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("break_it", "error"),
    [
        (lambda text: text.encode("utf-8") + b"\xff\n", r"source/demo\.md:\d+: not UTF-8 \(byte 0xff\)"),
        (
            lambda text: text.replace('version: "2.1"', 'version: "2.1').encode("utf-8"),
            r"source/demo\.md:\d+: malformed front matter",
        ),
    ],
    ids=["not UTF-8", "front matter"],
)
def test_a_leaflet_whose_english_cannot_be_read_removes_its_pages_and_the_others_still_build(
    translated, break_it, error
):
    """Its pages showed the English before the edit that broke it: kept, they looked current to the
    writer previewing the edit and to a translator, as a broken catalog's pages would."""
    add_second_leaflet(translated)
    assert translated.run("build")[0] == 0
    source = translated.path("source/demo.md")
    good = source.read_bytes()
    source.write_bytes(break_it(good.decode("utf-8")))

    code, out, err = translated.run("build", "--only", "html")

    assert code == 1 and "Traceback" not in err and re.search(error, err), err
    for locale in ("en", "ko_KR"):
        assert (
            f"removed build/{locale}/demo.html, build/{locale}/demo.pdf: they showed source/demo.md before its "
            "error; fix it and build again\n"
        ) in err
        assert not translated.path(f"build/{locale}/demo.html").exists()
        assert not translated.path(f"build/{locale}/demo.pdf").exists()
        assert translated.path(f"build/{locale}/other.html").is_file() and f"{locale}/other.html" in indexed(translated)
    assert not [href for href in indexed(translated) if "demo." in href]
    assert "stays as it was" not in err and recorded(translated, "en") == {}
    code, out, err = translated.run("build", "--only", "html")  # nothing left to remove: nothing said
    assert code == 1 and "removed " not in err

    source.write_bytes(good)
    code, out, err = translated.run("build", "--only", "html")
    assert code == 0, err
    assert "발열" in Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")).text


def test_a_leaflet_whose_english_cannot_be_read_keeps_its_pages_of_a_language_not_selected(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    source = translated.path("source/demo.md")
    source.write_bytes(source.read_bytes() + b"\xff\n")
    code, _, err = translated.run("build", "--only", "html", "--locale", "ko_KR")
    assert code == 1 and "removed build/ko_KR/demo.html: it showed source/demo.md before its error" in err
    assert "removed build/en/" not in err and translated.path("build/en/demo.html").exists()  # not selected
