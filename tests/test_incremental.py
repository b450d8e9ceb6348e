"""Incremental and parallel builds: what is rendered again, and why, judged by
the folder's files and its manifest."""

import dataclasses
import hashlib
import importlib
import json
import os
import shutil

import pytest

from pipeline.manifest import LAID_OUT, Checks, OutputFile
from pipeline.plan import same_page, stale
from tests.conftest import KOREAN
from tests.faults import FULL_DISK, os_error
from tests.test_build import Page, pdf_text
from tests.test_release import restore, snapshot

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")


def built(out: str) -> set[str]:
    """The pairs a build says it rendered ("[1/2] built ko_KR/demo (html): catalog changed")."""
    return {line.split("] built ")[1].split(" ")[0] for line in out.splitlines() if "] built " in line}


def stamps(project, folder: str = "build") -> dict:
    root = project.path(folder)
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*.*") if p.is_file()}


def pages(project, folder: str = "build") -> dict:
    """Every page of the folder (``ko_KR/demo.html``) with its inode and modification time:
    both stay the same while the file is left as it is (a hard link into a new release too)."""
    root = project.path(folder)
    return {
        p.relative_to(root).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in root.glob("*/*.*")
        if p.is_file() and not p.parent.name.startswith(".")
    }


def add_second_leaflet(project) -> None:
    other = project.path("source/demo.md").read_text(encoding="utf-8").replace("id: demo", "id: other")
    project.path("source/other.md").write_text(other, encoding="utf-8")
    assert project.run("extract")[0] == 0 and project.run("update")[0] == 0
    project.translate("other", KOREAN)


def test_a_build_with_nothing_changed_renders_and_writes_nothing(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    before = stamps(translated)
    code, out, _ = translated.run("build", "--only", "html")
    assert code == 0 and built(out) == set()
    assert "built 0, up to date 2, refused 0, withdrawn 0, failed 0" in out
    assert stamps(translated) == before  # not even the index or the manifest is rewritten


def test_a_build_with_nothing_changed_reads_no_catalog_for_its_index(translated):
    """The index shows each language's section in its language (its common catalog): a build
    that changed nothing read every such catalog to render the index again and found it the same."""
    for release in ([], ["--release"]):
        assert translated.run("build", "--only", "html", *release)[0] == 0
        code, out, _ = translated.run("build", "--only", "html", *release)
        assert code == 0 and "reading and checking catalogs" not in out, out


def test_the_index_follows_its_common_catalog_and_is_mended_when_edited_by_hand(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    index = translated.path("build/index.html")
    translated.translate("common", {"Patient leaflets": "환자 안내문 모음"})
    assert translated.run("build", "--only", "html")[0] == 0
    assert "환자 안내문 모음" in Page(index.read_text(encoding="utf-8")).text
    index.write_text(index.read_text(encoding="utf-8").replace("환자 안내문 모음", "edited"), encoding="utf-8")
    code, out, _ = translated.run("build", "--only", "html")
    assert code == 0 and built(out) == set()
    assert "환자 안내문 모음" in Page(index.read_text(encoding="utf-8")).text


def test_one_changed_catalog_renders_only_its_pair(translated):
    add_second_leaflet(translated)
    assert translated.run("build", "--only", "html")[0] == 0
    translated.translate("demo", {"Fever": "열"})
    code, out, _ = translated.run("build", "--only", "html")
    assert code == 0 and built(out) == {"ko_KR/demo"}
    assert "[1/1] built ko_KR/demo (html): catalog changed" in out
    assert "열" in Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")).text
    recorded = json.loads(translated.path("build/manifest.json").read_text())
    korean = next(p for p in recorded["pairs"] if (p["locale"], p["leaflet"]) == ("ko_KR", "demo"))
    assert (
        korean["files"]["html"]["inputs"]["catalog"]
        == __import__("hashlib").sha256(translated.po("demo").read_bytes()).hexdigest()
    )


def test_a_pair_that_becomes_publishable_renders_the_pages_that_link_it(translated):
    translated.translate("demo", {"Fever": ""})
    assert translated.run("build", "--release", "--only", "html")[0] == 1
    translated.translate("demo", {"Fever": KOREAN["Fever"]})
    code, out, _ = translated.run("build", "--release", "--only", "html")
    assert code == 0 and built(out) == {"ko_KR/demo", "en/demo"}
    assert "built en/demo (html): links changed" in out
    english = Page(translated.path("dist/en/demo.html").read_text(encoding="utf-8"))
    assert ("../ko_KR/demo.html", "ko-KR") in {(a["href"], a.get("hreflang")) for a, _ in english.links}


def test_a_template_or_style_change_renders_what_uses_it(translated):
    assert translated.run("build")[0] == 0
    print_css = translated.path("templates/print.css")
    print_css.write_text(print_css.read_text() + "\n/* wider margins one day */\n", encoding="utf-8")
    before = stamps(translated)
    _, out, _ = translated.run("build")  # rendered again: a comment changes no byte of the PDF
    assert "up to date ko_KR/demo (pdf came out the same): templates changed" in out and "(html" not in out
    assert "rendered the same 2" in out and stamps(translated)["ko_KR/demo.pdf"] == before["ko_KR/demo.pdf"]
    print_css.write_text(print_css.read_text() + "\nh1 { color: #123456; }\n", encoding="utf-8")
    _, out, _ = translated.run("build")
    assert "built ko_KR/demo (pdf): templates changed" in out and "(html" not in out
    index = translated.path("templates/index.html")
    index.write_text(index.read_text().replace("<main", '<main data-x="1"'), encoding="utf-8")
    _, out, _ = translated.run("build")
    assert built(out) == set() and 'data-x="1"' in translated.path("build/index.html").read_text()
    style = translated.path("templates/leaflet.css")
    style.write_text(style.read_text() + "\n.summary { font-weight: bold; }\n", encoding="utf-8")
    _, out, _ = translated.run("build", "--only", "html")
    assert built(out) == {"en/demo", "ko_KR/demo"} and "templates changed" in out


def test_a_glossary_change_checks_and_renders_that_locale_again(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    translated.path("locales/ko_KR/glossary.tsv").write_text(
        "English term\tapproved translation\tnote\nfever\t발열\n", encoding="utf-8"
    )
    _, out, _ = translated.run("build", "--only", "html")  # checked again; the page shows no glossary
    assert built(out) == set() and "up to date ko_KR/demo (html came out the same): glossary changed" in out


def test_the_status_page_is_written_again_only_when_what_it_shows_may_have_changed(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    status = translated.path("build/status.html")
    written = status.stat().st_mtime_ns
    _, out, _ = translated.run("build", "--only", "html")
    assert status.stat().st_mtime_ns == written and "wrote build/status.html" not in out
    translated.translate("demo", {"Fever": ""}, locale="ko_KR")  # not a page this build renders
    _, out, _ = translated.run("build", "--only", "html", "--locale", "en")
    assert "wrote build/status.html" in out and status.stat().st_mtime_ns != written


def test_force_renders_everything_and_a_file_changed_on_disk_is_rendered_again(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    before = pages(translated)
    _, out, _ = translated.run("build", "--only", "html", "--force")
    assert built(out) == set() and "up to date ko_KR/demo (html came out the same): --force" in out
    assert "built 0, up to date 2, rendered the same 2" in out and pages(translated) == before
    page = translated.path("build/ko_KR/demo.html")
    good = page.read_bytes()
    page.write_text("edited by hand", encoding="utf-8")
    _, out, _ = translated.run("build", "--only", "html")
    assert "built ko_KR/demo (html): the file in the folder was changed or removed" in out
    assert page.read_bytes() == good


def test_a_killed_build_never_leaves_a_stale_page_recorded_as_fresh(translated, faults):
    """The pages of a killed build are on disk, but its manifest is not: if the
    inputs then go back to what the old manifest recorded, the page on disk is
    still not what they make, and is rendered again."""
    assert translated.run("build", "--only", "html")[0] == 0
    good = translated.path("build/ko_KR/demo.html").read_bytes()
    catalog = translated.po("demo").read_bytes()
    translated.translate("demo", {"Fever": "열"})
    faults.count()
    translated.run("build", "--only", "html")
    # The page, the manifest, then build/status.html (the review state it shows changed too).
    writes = faults.targets.index(translated.path("build/manifest.json")) + 1
    translated.po("demo").write_bytes(catalog)
    translated.run("build", "--only", "html")
    translated.translate("demo", {"Fever": "열"})
    faults.fail_at(writes, os_error(FULL_DISK))  # the manifest, written after the pages, fails
    code, _, err = translated.run("build", "--only", "html")
    assert code == 1 and "build/manifest.json: cannot write: No space left on device" in err
    assert "열" in translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")

    translated.po("demo").write_bytes(catalog)  # back to what the manifest recorded
    faults.count()
    code, out, _ = translated.run("build", "--only", "html")
    assert code == 0 and "built ko_KR/demo (html): the file in the folder was changed or removed" in out
    assert translated.path("build/ko_KR/demo.html").read_bytes() == good


def test_leftover_temporary_files_are_removed_by_the_next_build(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    translated.path("build/ko_KR/.demo.html.x1y2z3.tmp").write_text("half a page")
    _, _, err = translated.run("build", "--only", "html")
    assert "note: removed build/ko_KR/.demo.html.x1y2z3.tmp, left by a build that was stopped" in err
    assert not list(translated.path("build").rglob("*.tmp"))


def test_pages_are_the_same_bytes_whatever_the_number_of_workers(translated, tmp_path):
    add_second_leaflet(translated)
    copy = tmp_path / "copy"
    shutil.copytree(translated.root, copy)
    assert translated.run("build", "--jobs", "1")[0] == 0
    from tests.conftest import Project

    other = Project(copy, translated._monkeypatch)
    code, out, err = other.run("build", "--jobs", "2")
    assert code == 0, err
    assert len(built(out)) == 4
    pages = sorted(
        p.relative_to(translated.path("build"))
        for p in translated.path("build").rglob("*.*")
        if p.is_file() and ".cache" not in p.relative_to(translated.path("build")).parts
    )
    assert [p.suffix for p in pages].count(".pdf") == 4
    for page in pages:
        if page.name != "manifest.json":
            assert (copy / "build" / page).read_bytes() == translated.path(f"build/{page}").read_bytes(), page


def test_workers_are_started_ahead_only_for_a_build_with_several_pairs_to_assess(translated, monkeypatch):
    from pipeline.executors import ProcessExecutor

    started: list[int] = []
    monkeypatch.setattr(ProcessExecutor, "start", lambda self: started.append(self.workers))
    assert translated.run("build", "--only", "html", "--jobs", "2")[0] == 0
    assert started == [2]  # en and ko_KR: two pairs to check and render
    started.clear()
    translated.translate("demo", {"Fever": KOREAN["Fever"] + "!"})
    code, out, _ = translated.run("build", "--only", "html", "--jobs", "2")
    # One translation edited: one pair, which runs in this process; starting the workers (and
    # loading WeasyPrint in them) would make the translator wait longer.
    assert code == 0 and built(out) == {"ko_KR/demo"} and started == []


def test_what_check_needs_is_remembered_while_the_workers_render(translated, monkeypatch):
    from pipeline.build import finish, read

    add_second_leaflet(translated)
    events: list[str] = []
    remember, finishing = read.Reader._remember, finish.finish
    monkeypatch.setattr(read.Reader, "_remember", lambda self, *a: (events.append("remembered"), remember(self, *a)))
    monkeypatch.setattr(finish, "finish", lambda *a: (events.append("finished"), finishing(*a)))
    assert translated.run("build", "--jobs", "2")[0] == 0
    # Both sources before the finish: this process would otherwise do it after the last page.
    assert events == ["remembered", "remembered", "finished"]
    code, out, _ = translated.run("check")
    assert code == 0 and "0 errors" in out


def test_bad_build_options_are_usage_errors(project):
    assert project.run("build", "--jobs", "0")[0] == 2
    assert project.run("build", "--executor", "dask")[0] == 2  # no --scheduler
    assert project.run("build", "--scheduler", "tcp://127.0.0.1:8786")[0] == 2  # not with the local executor


def test_a_page_edited_in_place_is_rendered_again_even_with_its_size_and_time_kept(translated):
    """A page is trusted without hashing only while it is the very file hashed before:
    an edit that keeps its size and puts its modification time back still changes
    its change time (build/.cache/verified-build.json)."""
    assert translated.run("build", "--only", "html")[0] == 0
    assert translated.run("build", "--only", "html")[0] == 0  # every page now known by its stat
    page = translated.path("build/ko_KR/demo.html")
    good, before = page.read_bytes(), page.stat()
    page.write_bytes(good.replace(b"\xeb\xb0\x9c\xec\x97\xb4", b"\xec\x97\xb4\xeb\xb0\x9c", 1))  # 발열 -> 열발
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert page.stat().st_size == before.st_size and page.read_bytes() != good
    code, out, _ = translated.run("build", "--only", "html")
    assert code == 0 and "built ko_KR/demo (html): the file in the folder was changed or removed" in out
    assert page.read_bytes() == good


def saved_while_building(monkeypatch, path, text: str) -> None:
    """The next build reads its inputs, and then a writer saves ``text`` to ``path``."""
    read = importlib.import_module("pipeline.build.read")  # where build() looks read_inputs up
    read_inputs = read.read_inputs

    def read_then_save(*args, **kwargs):
        inputs = read_inputs(*args, **kwargs)
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(read, "read_inputs", read_inputs)  # once
        return inputs

    monkeypatch.setattr(read, "read_inputs", read_then_save)


def test_a_source_saved_during_a_build_is_built_as_it_was_read_and_again_by_the_next_build(translated, monkeypatch):
    """The page and the manifest agree on one version of the source: the one the build hashed."""
    source = translated.path("source/demo.md")
    hashed = source.read_bytes()
    edited = hashed.decode("utf-8").replace("- Headache", "- Stiff neck")
    saved_while_building(monkeypatch, source, edited)
    code, out, err = translated.run("build", "--only", "html")
    assert code == 0, out + err
    assert source.read_text(encoding="utf-8") == edited  # saved before the page was made
    text = Page(translated.path("build/en/demo.html").read_text(encoding="utf-8")).text
    assert "Headache" in text and "Stiff neck" not in text
    assert file_record(translated, "build", "en", "html")["inputs"]["source"] == hashlib.sha256(hashed).hexdigest()

    code, out, _ = translated.run("build", "--only", "html")
    assert code == 0 and {"en/demo", "ko_KR/demo"} <= built(out)
    text = Page(translated.path("build/en/demo.html").read_text(encoding="utf-8")).text
    assert "Stiff neck" in text and "Headache" not in text
    assert file_record(translated, "build", "en", "html")["inputs"]["source"] == (
        hashlib.sha256(edited.encode("utf-8")).hexdigest()
    )


def comment_on_first_entry(po, note: str) -> None:
    """A translator's note above the first entry: the catalog's bytes change, its pages do not."""
    text = po.read_text(encoding="utf-8")
    assert "\n\n#" in text  # the first entry's comments, after the header entry
    po.write_text(text.replace("\n\n#", f"\n\n# {note}\n#", 1), encoding="utf-8")


def file_record(project, folder: str, locale: str, fmt: str) -> dict:
    recorded = json.loads(project.path(f"{folder}/manifest.json").read_text())
    pair = next(p for p in recorded["pairs"] if (p["locale"], p["leaflet"]) == (locale, "demo"))
    return pair["files"][fmt]


def test_a_comment_in_a_catalog_keeps_the_pdf_a_fresh_render_would_write(translated):
    """The PDF's page is the same, so WeasyPrint is not run: the file kept is the very
    bytes a --force build writes (in worker processes), and its record is made from the new catalog."""
    assert translated.run("build", "--jobs", "1")[0] == 0
    pdf = translated.path("build/ko_KR/demo.pdf")
    before, laid_out = pages(translated), file_record(translated, "build", "ko_KR", "pdf")["inputs"]["page laid out"]
    comment_on_first_entry(translated.po("demo"), "checked against the pharmacy's leaflet")

    code, out, _ = translated.run("build", "--jobs", "1")
    assert code == 0 and built(out) == set()
    assert (
        "[1/1] up to date ko_KR/demo (html came out the same; pdf kept, its page is the same): catalog changed" in out
    )
    assert "built 0, up to date 2, PDFs kept 1, rendered the same 1, refused 0, withdrawn 0, failed 0" in out
    assert pages(translated) == before  # neither the PDF nor the page is even rewritten
    record = file_record(translated, "build", "ko_KR", "pdf")
    assert record["inputs"]["catalog"] == hashlib.sha256(translated.po("demo").read_bytes()).hexdigest()
    assert (
        record["inputs"]["page laid out"] == laid_out
        and record["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    )
    _, out, _ = translated.run("build")
    assert built(out) == set() and "up to date 2" in out  # the record is true: nothing to do

    kept = pdf.read_bytes()
    code, out, _ = translated.run("build", "--force", "--jobs", "2")
    assert code == 0 and "up to date ko_KR/demo (html, pdf came out the same): --force" in out
    assert "PDFs kept" not in out and pdf.read_bytes() == kept

    comment_on_first_entry(translated.po("demo"), "a second note")
    code, out, _ = translated.run("build", "--only", "pdf")
    assert code == 0 and "[1/1] up to date ko_KR/demo (pdf kept, its page is the same): catalog changed" in out
    assert "built 0, up to date 2, PDFs kept 1" in out and pdf.read_bytes() == kept


def test_an_edit_that_changes_the_page_renders_the_pdf_again(translated):
    """A translation edited, a passage now fuzzy (shown in English), a template: each changes
    the page, and the PDF is rendered from it; a comment beside the edit changes nothing of that."""
    assert translated.run("build")[0] == 0
    comment_on_first_entry(translated.po("demo"), "first note")
    translated.translate("demo", {"Fever": "열"})
    code, out, _ = translated.run("build")
    assert code == 0 and "built ko_KR/demo (html, pdf): catalog changed" in out and "kept" not in out
    assert "열" in pdf_text(translated.path("build/ko_KR/demo.pdf"))

    po = translated.po("demo")
    po.write_text(po.read_text(encoding="utf-8").replace('msgid "Headache"', '#, fuzzy\nmsgid "Headache"'), "utf-8")
    code, out, _ = translated.run("build")
    assert "built ko_KR/demo (html, pdf): catalog changed" in out
    assert "Headache" in pdf_text(translated.path("build/ko_KR/demo.pdf"))  # in English, as the page shows it

    comment_on_first_entry(translated.po("common"), "a note on the page text")
    print_css = translated.path("templates/print.css")
    print_css.write_text(print_css.read_text() + "\nh1 { color: #123456; }\n", "utf-8")
    _, out, _ = translated.run("build")
    # Each file's own reason: the PDF's stylesheet changed, not the page's.
    assert "built ko_KR/demo (pdf; html came out the same): html: common changed; pdf: common, templates changed" in out
    assert "built en/demo (pdf): templates changed" in out and "kept" not in out


def test_a_pdf_is_kept_only_when_nothing_but_its_page_text_changed():
    """What may differ for a PDF to be kept when its page comes out the same: its text's inputs,
    never its stylesheets, fonts, code or libraries (the page would not show those)."""
    page = "a" * 64
    made_from = {"catalog": "old", "fonts": "f", LAID_OUT: page}
    record = OutputFile("ko_KR/demo.pdf", "pdf", "0" * 64, 1, made_from, "1", "title", 100, Checks(), built="")
    assert same_page(record, {"catalog": "new", "fonts": "f"}) == page
    assert same_page(record, {"catalog": "new", "source": "new", "fonts": "f"}) == page
    assert same_page(record, {"catalog": "new", "fonts": "other"}) == ""
    assert same_page(record, {"catalog": "new", "fonts": "f", "pdf libraries": "new"}) == ""
    assert same_page(dataclasses.replace(record, inputs={"catalog": "old", "fonts": "f"}), {"catalog": "new"}) == ""
    assert stale(record, {"catalog": "old", "fonts": "f"}, force=False) == ""  # its page is not an input asked for


def test_a_release_keeps_a_pdf_whose_page_is_the_same_and_a_kill_never_records_it_early(translated, faults):
    """dist/ holds the same file, recorded as made from the new catalog only once the new
    release is swapped in: killed at any point before, dist/ and its manifest are as they were."""
    assert translated.run("build", "--release")[0] == 0
    before = snapshot(translated)
    comment_on_first_entry(translated.po("demo"), "checked against the pharmacy's leaflet")
    new_catalog = hashlib.sha256(translated.po("demo").read_bytes()).hexdigest()
    faults.count()
    code, out, err = translated.run("build", "--release")
    assert code == 0, err
    assert "up to date ko_KR/demo (html came out the same; pdf kept, its page is the same): catalog changed" in out
    assert "PDFs kept 1, rendered the same 1" in out
    assert file_record(translated, "dist", "ko_KR", "pdf")["inputs"]["catalog"] == new_catalog
    assert translated.path("dist/ko_KR/demo.pdf").read_bytes() == before["ko_KR/demo.pdf"]
    operations = len(faults.calls)
    restore(translated, before)
    for n in range(1, operations):  # the last operation is the swap: after it, the new release is out
        faults.kill_at(n)
        assert translated.run("build", "--release")[0] == 130
        assert snapshot(translated) == before, (n, faults.calls[n - 1])
    faults.count()
    assert translated.run("build", "--release")[0] == 0
    assert file_record(translated, "dist", "ko_KR", "pdf")["inputs"]["catalog"] == new_catalog
    assert translated.path("dist/ko_KR/demo.pdf").read_bytes() == before["ko_KR/demo.pdf"]
    _, out, _ = translated.run("build", "--release")
    assert built(out) == set()


def recorded_files_are_on_disk(project, folder: str = "build") -> list[str]:
    """Each file the folder's manifest records with a digest that is not that file's (none, when true)."""
    recorded = json.loads(project.path(f"{folder}/manifest.json").read_text())
    wrong = []
    for pair in recorded["pairs"]:
        for record in pair["files"].values():
            on_disk = project.path(f"{folder}/{record['path']}")
            if not on_disk.is_file() or hashlib.sha256(on_disk.read_bytes()).hexdigest() != record["sha256"]:
                wrong.append(record["path"])
    return wrong


def test_a_draft_build_killed_while_keeping_a_pdf_never_leaves_a_record_untrue(translated, faults):
    """build/ has no swap as dist/ has: pages are written one by one, the manifest last. Killed at
    any point of a build that keeps a PDF, every file the manifest records is the file on disk, and
    the next build keeps the PDF and records it as made from the new catalog."""
    assert translated.run("build")[0] == 0
    before = snapshot(translated, "build")
    comment_on_first_entry(translated.po("demo"), "checked against the pharmacy's leaflet")
    new_catalog = hashlib.sha256(translated.po("demo").read_bytes()).hexdigest()
    faults.count()
    assert translated.run("build")[0] == 0
    operations = len(faults.calls)
    # Only the manifest: the page came out the same, and is left as it is.
    assert faults.targets == [translated.path("build/manifest.json")], faults.targets
    for n in range(1, operations + 1):
        restore(translated, before, "build")
        faults.kill_at(n)
        assert translated.run("build")[0] == 130
        assert recorded_files_are_on_disk(translated) == [], (n, faults.calls[n - 1])
    faults.count()
    code, out, _ = translated.run("build")
    assert code == 0 and recorded_files_are_on_disk(translated) == []
    assert file_record(translated, "build", "ko_KR", "pdf")["inputs"]["catalog"] == new_catalog
    assert translated.path("build/ko_KR/demo.pdf").read_bytes() == before["ko_KR/demo.pdf"]
    assert built(translated.run("build")[1]) == set()


@pytest.mark.parametrize("folder", ["build", "dist"])
def test_a_page_rendered_again_that_comes_out_the_same_is_left_as_it_is(translated, folder):
    """A translator's comment changes the catalog, not the page: rendered again, the page is the
    very file the folder holds (its inode and modification time; in dist/ a hard link into the
    new release), recorded as made from the new catalog. An edit that changes it writes it."""
    options = ("--only", "html", *(("--release",) if folder == "dist" else ()))
    assert translated.run("build", *options)[0] == 0
    page = translated.path(f"{folder}/ko_KR/demo.html")
    before, good = pages(translated, folder), page.read_bytes()
    comment_on_first_entry(translated.po("demo"), "checked against the pharmacy's leaflet")

    code, out, _ = translated.run("build", *options)
    assert code == 0 and "[1/1] up to date ko_KR/demo (html came out the same): catalog changed" in out
    assert "built 0, up to date 2, rendered the same 1," in out
    assert pages(translated, folder) == before and page.read_bytes() == good
    assert "발열" in Page(page.read_text(encoding="utf-8")).text
    record = file_record(translated, folder, "ko_KR", "html")
    assert record["inputs"]["catalog"] == hashlib.sha256(translated.po("demo").read_bytes()).hexdigest()
    assert record["sha256"] == hashlib.sha256(good).hexdigest()
    assert built(translated.run("build", *options)[1]) == set()  # the record is true: nothing to do

    translated.translate("demo", {"Fever": "열"})
    translated.review_all()
    code, out, _ = translated.run("build", *options)
    assert code == 0 and "[1/1] built ko_KR/demo (html): catalog changed" in out
    assert pages(translated, folder)["ko_KR/demo.html"] != before["ko_KR/demo.html"]
    assert pages(translated, folder)["en/demo.html"] == before["en/demo.html"]
    assert "열" in Page(page.read_text(encoding="utf-8")).text


def failing_korean_renders(monkeypatch) -> None:
    """Every Korean page's render fails from now on, as a worker out of memory would (run with --jobs 1)."""
    render_module = importlib.import_module("pipeline.build.render")  # where render() looks render_pair up
    render_pair = render_module.render_pair

    def failing_for_korean(job):
        if job.locale.code == "ko_KR":
            raise RuntimeError("out of memory")
        return render_pair(job)

    monkeypatch.setattr(render_module, "render_pair", failing_for_korean)


def test_a_page_rendered_twice_in_one_release_is_the_last_render_even_if_it_comes_out_as_before(
    translated, monkeypatch
):
    """The Korean page becomes publishable, so the English page is rendered with a link to it;
    the Korean render fails, so the English page is rendered again without the link: byte for
    byte the page dist/ holds, but the new release already holds the first render. It must be
    replaced, never linked over or left linking the page that failed."""
    translated.translate("demo", {"Fever": ""})
    assert translated.run("build", "--release", "--only", "html")[0] == 1
    published = translated.path("dist/en/demo.html").read_bytes()
    translated.translate("demo", {"Fever": KOREAN["Fever"]})
    translated.review_all()
    failing_korean_renders(monkeypatch)
    code, out, err = translated.run("build", "--release", "--only", "html", "--jobs", "1")
    assert code == 1 and "could not build ko_KR: RuntimeError: out of memory" in err
    assert "built en/demo (html): links changed" in out  # the first render, with the link
    assert "up to date en/demo (html came out the same): the pages it links changed" not in out
    assert translated.path("dist/en/demo.html").read_bytes() == published
    assert not translated.path("dist/ko_KR/demo.html").exists()
    assert recorded_files_are_on_disk(translated, "dist") == []
