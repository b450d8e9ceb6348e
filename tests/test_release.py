"""What dist/ holds is always true: the release manifest, withdrawal of stale
translations, and a release that is swapped in whole or not at all."""

import hashlib
import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from pipeline import files, relink
from tests.conftest import KOREAN
from tests.faults import FULL_DISK, NO_PERMISSION, READ_ONLY, RELEASE_OPERATIONS, os_error
from tests.signoff import as_a_writer_edits, review_page_text
from tests.test_build import Page
from tests.test_relink import LanguageLinks

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

DOSE = "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest(project) -> dict:
    return json.loads(project.path("dist/manifest.json").read_text(encoding="utf-8"))


def pair(data: dict, locale: str, leaflet: str = "demo") -> dict:
    return next(p for p in data["pairs"] if (p["locale"], p["leaflet"]) == (locale, leaflet))


def links(project, page: str) -> set[str]:
    return {a["href"] for a, _ in Page(project.path(page).read_text(encoding="utf-8")).links}


def snapshot(project, folder: str = "dist") -> dict:
    root = project.path(folder)
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


class _Addresses(HTMLParser):
    def __init__(self, html: str):
        super().__init__()
        self.addresses: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.addresses += [f"<{tag} {name}={value}>" for name, value in attrs if name in ("href", "src") and value]


def unresolved(folder: Path) -> list[str]:
    """Every relative address (href, src) of every page in ``folder``, its archive included,
    that leads to no file there."""
    missing = []
    for page in sorted(folder.rglob("*.html")):
        for address in _Addresses(page.read_text(encoding="utf-8")).addresses:
            value = address.partition("=")[2].removesuffix(">")
            target = urlsplit(value)
            if not target.scheme and target.path and not (page.parent / unquote(target.path)).is_file():
                missing.append(f"{page.relative_to(folder).as_posix()}: {address}")
    return missing


def as_archived(published: dict[str, bytes]) -> dict[str, bytes]:
    """Pages as the archive keeps them: a PDF byte for byte, a page's language links made inert."""
    return {name: relink.inert(data) if name.endswith("html") else data for name, data in published.items()}


def change_english_dose(project) -> None:
    """Case 1 of issue 7: the English dose changes after the Korean was published."""
    edit_english(project, "1 g/kg/day", "2 g/kg/day")


def edit_english(project, old: str, new: str) -> None:
    """The writer changes the English (a new text gets a new version), has the clinician's review of
    it recorded, and updates the catalogs (the Korean passage turns fuzzy)."""
    source = project.path("source/demo.md")
    before = source.read_text(encoding="utf-8")
    source.write_text(as_a_writer_edits(before, before.replace(old, new)), encoding="utf-8")
    project.review_english()
    assert project.run("extract")[0] == 0 and project.run("update")[0] == 0


def test_the_manifest_says_what_every_published_page_was_made_from(translated):
    code, _, err = translated.run("build", "--release")
    assert code == 0, err
    korean = pair(manifest(translated), "ko_KR")
    for fmt in ("html", "pdf"):
        page = korean["files"][fmt]
        assert page["sha256"] == sha256(translated.path(f"dist/ko_KR/demo.{fmt}"))
        assert page["inputs"]["source"] == sha256(translated.path("source/demo.md"))
        assert page["version"] == "2.1"  # the English version it was translated from
        assert page["inputs"]["catalog"] == sha256(translated.po("demo"))
        assert page["inputs"]["common"] == sha256(translated.po("common"))
        assert page["checks"] == {"errors": 0, "warnings": 0}
        assert page["built"] == "2026-09-21T14:13:20Z"  # SOURCE_DATE_EPOCH of the test project
    assert korean["files"]["html"]["inputs"]["links"] == "en ko_KR"
    assert manifest(translated)["withdrawn"] == []


def test_a_translation_of_an_older_english_is_withdrawn_and_linked_nowhere(translated):
    assert translated.run("build", "--release")[0] == 0
    published = {fmt: translated.path(f"dist/ko_KR/demo.{fmt}").read_bytes() for fmt in ("html", "pdf")}
    change_english_dose(translated)

    code, _, err = translated.run("build", "--release")

    assert code == 1
    assert "refused ko_KR/demo" in err
    assert (
        "withdrew ko_KR/demo: its English source changed since it was translated, and the new translation "
        "may not be released; dist/ko_KR/demo.html, dist/ko_KR/demo.pdf moved to "
        "dist/archive/ko_KR/demo/2.1/"
    ) in err
    assert not translated.path("dist/ko_KR/demo.html").exists() and not translated.path("dist/ko_KR/demo.pdf").exists()
    # moved, not deleted: the PDF byte for byte, the page with the same text but no address to follow
    assert translated.path("dist/archive/ko_KR/demo/2.1/demo.pdf").read_bytes() == published["pdf"]
    archived = Page(translated.path("dist/archive/ko_KR/demo/2.1/demo.html").read_text(encoding="utf-8"))
    assert archived.text == Page(published["html"].decode("utf-8")).text and "English" in archived.text
    assert unresolved(translated.path("dist")) == []
    english = Page(translated.path("dist/en/demo.html").read_text(encoding="utf-8"))
    assert "2 g/kg/day" in english.text
    assert not [a for a, _ in english.links if a.get("hreflang") == "ko-KR"]
    assert links(translated, "dist/index.html") == {"en/demo.html", "en/demo.pdf"}
    data = manifest(translated)
    assert not pair(data, "ko_KR")["files"]
    [withdrawn] = data["withdrawn"]
    assert withdrawn["files"] == ["archive/ko_KR/demo/2.1/demo.html", "archive/ko_KR/demo/2.1/demo.pdf"]
    assert withdrawn["version"] == "2.1" and withdrawn["source"] == published_source(withdrawn, data)


def published_source(withdrawn: dict, data: dict) -> str:
    """The English digest the withdrawn page was made from: not the English published now."""
    now = pair(data, "en")["files"]["html"]["inputs"]["source"]
    assert withdrawn["source"] != now
    return withdrawn["source"]


def test_the_english_changing_before_update_ran_withdraws_too(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("1 g/kg/day", "2 g/kg/day"), encoding="utf-8")
    code, _, err = translated.run("build", "--release", "--only", "html")  # no extract, no update
    assert code == 1 and "missing from the catalog" in err and "withdrew ko_KR/demo" in err
    assert "ko_KR/demo.html" not in links(translated, "dist/index.html")


def test_an_english_pdf_a_release_did_not_remake_is_withdrawn_as_an_english_page(translated):
    """A release --only html after the English changed withdraws the English PDF, which still
    gave the old dose; the English page was never translated, and the report must not say so."""
    assert translated.run("build", "--release")[0] == 0
    change_english_dose(translated)
    code, _, err = translated.run("build", "--release", "--only", "html", "--locale", "en")
    assert code == 0, err
    assert (
        "withdrew en/demo: its English source changed since the page was made; only html was rebuilt; "
        "dist/en/demo.pdf moved to dist/archive/en/demo/2.1/"
    ) in err
    assert "withdrew en/demo: its English source changed since it was translated" not in err
    assert not translated.path("dist/en/demo.pdf").exists()
    assert "2 g/kg/day" in Page(translated.path("dist/en/demo.html").read_text(encoding="utf-8")).text


NOTE = "<!-- i18n: Keep the dose exactly as written. -->"


def release_beside_the_korean(project, how: str) -> tuple[int, str]:
    """A release that judges the published Korean page against the English now, without making
    it again: its locale not selected, or its pair refused (a translator's unfinished edit)."""
    if how == "refused":
        project.translate("demo", {"Fever": ""})
    selected = ("--locale", "en") if how == "not selected" else ()
    code, _, err = project.run("build", "--release", "--only", "html", *selected)
    return code, err


@pytest.mark.parametrize("how", ["not selected", "refused"])
def test_a_note_to_translators_edited_alone_keeps_the_reviewed_translation_published(translated, how):
    """Only the note changed, which no page shows: the Korean page still translates every word
    the English page shows. It was withdrawn because the release compared the whole source file."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    published = translated.path("dist/ko_KR/demo.html").read_bytes()
    edit_english(translated, NOTE, "<!-- i18n: Keep the dose and its unit exactly as written. -->")

    code, err = release_beside_the_korean(translated, how)

    assert code == (1 if how == "refused" else 0), err
    assert "withdrew" not in err
    assert translated.path("dist/ko_KR/demo.html").read_bytes() == published
    assert "ko_KR/demo.html" in links(translated, "dist/index.html")
    assert not translated.path("dist/archive").exists()
    data = manifest(translated)
    assert data["withdrawn"] == []
    korean, english = pair(data, "ko_KR")["files"]["html"], pair(data, "en")["files"]["html"]
    assert korean["inputs"]["source"] != english["inputs"]["source"]  # the file changed,
    assert korean["inputs"]["english shown"] == english["inputs"]["english shown"]  # not what the pages show


@pytest.mark.parametrize(
    "old, new",
    [
        ("for 3 days", "for 5 days"),  # a sentence
        ("Archives of Dermatology, 139(1)", "Arch Dermatol, 139(1)"),  # a reference
        ('reviewed_by: "Dr. Mina Cho, PharmD"', 'reviewed_by: "Dr. Ana Ruiz, PharmD"'),  # the reviewer
        ("reviewed_on: 2026-10-01", "reviewed_on: 2026-11-01"),  # the review date (an earlier one is refused)
        ("- Headache\n- Fever", "1. Headache\n1. Fever"),  # a list made a numbered one
    ],
)
def test_an_edit_of_the_english_a_patient_sees_still_withdraws_the_translation(translated, old, new):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    edit_english(translated, old, new)

    code, err = release_beside_the_korean(translated, "not selected")

    assert code == 0, err
    assert (
        "withdrew ko_KR/demo: its English source changed since it was translated; dist/ko_KR/demo.html moved to "
        "dist/archive/ko_KR/demo/2.1/"
    ) in err
    assert not translated.path("dist/ko_KR/demo.html").exists()
    assert translated.path("dist/archive/ko_KR/demo/2.1/demo.html").exists()
    assert "ko_KR/demo.html" not in links(translated, "dist/index.html")


def test_a_manifest_that_does_not_record_the_english_shown_is_judged_by_the_source_file(translated):
    """A dist/manifest.json written by an earlier leaflets records only the source file's digest:
    a note edited alone withdraws the Korean page as it did then, never keeps an unknown one."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    written = translated.path("dist/manifest.json")
    written.write_text(written.read_text(encoding="utf-8").replace('"english shown"', '"(unknown)"'), encoding="utf-8")
    edit_english(translated, NOTE, "<!-- i18n: Keep the dose and its unit exactly as written. -->")

    code, err = release_beside_the_korean(translated, "not selected")

    assert code == 0, err
    assert "withdrew ko_KR/demo: its English source changed since it was translated;" in err
    assert not translated.path("dist/ko_KR/demo.html").exists()


def assert_korean_withdrawn(project, err: str, why: str) -> None:
    """The refused Korean page (html only) is withdrawn for ``why``, and nothing in dist/ links it."""
    assert "refused ko_KR/demo" in err
    assert f"withdrew ko_KR/demo: {why}; dist/ko_KR/demo.html moved to dist/archive/ko_KR/demo/2.1/" in err
    assert not project.path("dist/ko_KR/demo.html").exists()
    assert "ko_KR/demo.html" not in links(project, "dist/index.html")
    assert unresolved(project.path("dist")) == []


def test_a_changed_english_disclaimer_withdraws_the_translations_of_the_old_one(translated):
    """The English page text changes (the disclaimer now names a warning sign) and the Korean
    common catalog lacks it: the Korean page with the old disclaimer is withdrawn, not kept."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    template = translated.path("templates/leaflet.html")
    old = "If you think you have a medical emergency, call"
    new = "If you think you have a medical emergency, or your breathing gets worse, call"
    template.write_text(template.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert review_page_text(translated.root, on="2026-11-02")  # a clinician reviewed the new disclaimer

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1 and "the medical disclaimer is not translated" in err
    why = "the English of its page text or medical disclaimer (templates/) changed since it was translated"
    assert_korean_withdrawn(translated, err, f"{why}, and the new translation may not be released")
    assert "breathing gets worse" in Page(translated.path("dist/en/demo.html").read_text(encoding="utf-8")).text


def test_a_corrected_translation_released_in_one_format_withdraws_the_others_of_the_old_text(translated):
    """A reviewer's correction released --only html left the PDF, large-print and bilingual PDFs of
    the superseded translation in dist/, linked, under a review that no longer covered their text."""
    assert translated.run("build", "--release", "--bilingual", "--large-print")[0] == 0
    translated.translate("demo", {"Fever": "열이 남"})
    translated.review_all()

    code, _, err = translated.run("build", "--release", "--only", "html", "--locale", "ko_KR")

    assert code == 0, err
    why = "it shows the text as it was before the pages released now (its catalog changed since it was made)"
    assert f"withdrew ko_KR/demo: {why}; only html was rebuilt;" in err
    for fmt in ("pdf", "large.pdf", "bilingual.pdf"):
        assert not translated.path(f"dist/ko_KR/demo.{fmt}").exists(), fmt
        assert f"ko_KR/demo.{fmt}" not in links(translated, "dist/index.html")
    assert "열이 남" in Page(translated.path("dist/ko_KR/demo.html").read_text(encoding="utf-8")).text
    assert translated.path("dist/en/demo.large.pdf").exists()  # the English is as it was: kept
    assert unresolved(translated.path("dist")) == []


def test_a_corrected_translation_released_only_pdf_publishes_its_page_too(translated):
    """`--only pdf` after a reviewed correction withdrew the page of the older text (right), then
    published the corrected PDF with nothing linking it: the index and every language switcher
    reach a PDF only beside its page. The page is made again from the same translation, and said."""
    assert translated.run("build", "--release")[0] == 0
    translated.translate("demo", {"Fever": "열이 남"})
    translated.review_all()

    code, _, err = translated.run("build", "--release", "--only", "pdf", "--locale", "ko_KR", "--leaflet", "demo")

    assert code == 0, err
    assert "withdrew" not in err
    assert (
        "note: also made dist/ko_KR/demo.html again: it showed the text as it was before dist/ko_KR/demo.pdf was made"
    ) in err
    assert "열이 남" in Page(translated.path("dist/ko_KR/demo.html").read_text(encoding="utf-8")).text
    assert {"ko_KR/demo.html", "ko_KR/demo.pdf"} <= links(translated, "dist/index.html")
    assert "../ko_KR/demo.html" in links(translated, "dist/en/demo.html")
    assert unresolved(translated.path("dist")) == []
    assert set(pair(manifest(translated), "ko_KR")["files"]) >= {"html", "pdf"}


@pytest.mark.parametrize("dist", ["empty", "page changed by hand"])
def test_a_release_only_pdf_publishes_no_pdf_without_its_page(translated, dist):
    """A first release --only pdf published PDFs alone, and one after dist/ko_KR/demo.html was changed by
    hand withdrew the page and published the PDF alone: reached from nothing, in either case."""
    if dist != "empty":
        assert translated.run("build", "--release")[0] == 0
        page = translated.path("dist/ko_KR/demo.html")
        page.write_text(page.read_text(encoding="utf-8").replace("<title>", "<title>EDITED "), encoding="utf-8")

    code, _, err = translated.run("build", "--release", "--only", "pdf")

    assert code == 0, err
    for locale in ("en", "ko_KR"):
        assert {f"{locale}/demo.html", f"{locale}/demo.pdf"} <= links(translated, "dist/index.html")
    assert unresolved(translated.path("dist")) == []
    if dist == "empty":
        assert (
            "note: also made dist/ko_KR/demo.html: there was none, and without it dist/ko_KR/demo.pdf would be "
            "linked from nothing but the index"
        ) in err
    else:
        assert "note: also made dist/ko_KR/demo.html again: it was changed outside leaflets" in err
        assert "EDITED" not in translated.path("dist/ko_KR/demo.html").read_text(encoding="utf-8")
        assert "dist/ko_KR/demo.html: made again in place of a file dist/manifest.json does not describe" in err


def edit_catalog_for_translators_only(project) -> None:
    """The translator adds a comment, their editor wraps an entry again and stamps the header:
    nothing a page shows changed, and the translation review still covers every word."""
    po = project.po("demo")
    text = po.read_text(encoding="utf-8")
    for old, new in [
        (
            '#. list item\n#: source/demo.md:19\nmsgid "Fever"',
            '# checked with the ward pharmacist\n#. list item\n#: source/demo.md:19\nmsgid "Fever"',
        ),
        (
            'msgstr "**1 g/kg/day**를 3일 동안 맞습니다. [연구]',
            'msgstr ""\n"**1 g/kg/day**를 3일 동안 맞습니다. "\n"[연구]',
        ),
        ("Last-Translator: FULL NAME <EMAIL@ADDRESS>", "Last-Translator: Ji-woo Park <jiwoo@leaflets.invalid>"),
        ("PO-Revision-Date: 2026-09-21 14:13+0000", "PO-Revision-Date: 2026-09-22 09:30+0000"),
    ]:
        assert old in text, old
        text = text.replace(old, new)
    po.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("recorded", ["translation shown", "not translation shown"])
def test_a_catalog_edited_for_translators_only_keeps_the_formats_a_release_did_not_remake(translated, recorded):
    """`--only html` after the translator commented an entry: the Korean PDF, whose words are the
    page's, was withdrawn as showing "the text as it was before" (the catalog's bytes changed). A
    record that does not say what its catalogs gave it (an earlier leaflets' manifest) is still
    judged by their bytes."""
    assert translated.run("build", "--release")[0] == 0
    pdf = translated.path("dist/ko_KR/demo.pdf").read_bytes()
    if recorded != "translation shown":
        written = translated.path("dist/manifest.json")
        text = written.read_text(encoding="utf-8").replace('"translation shown"', '"(unknown)"')
        written.write_text(text, encoding="utf-8")
    edit_catalog_for_translators_only(translated)

    code, _, err = translated.run("build", "--release", "--only", "html", "--locale", "ko_KR")

    assert code == 0, err
    if recorded == "translation shown":
        assert "withdrew" not in err and not translated.path("dist/archive").exists()
        assert translated.path("dist/ko_KR/demo.pdf").read_bytes() == pdf
        assert "ko_KR/demo.pdf" in links(translated, "dist/index.html")
        files = pair(manifest(translated), "ko_KR")["files"]
        assert files["pdf"]["sha256"] == sha256(translated.path("dist/ko_KR/demo.pdf"))
        assert files["html"]["inputs"]["catalog"] == sha256(translated.po("demo")) != files["pdf"]["inputs"]["catalog"]
        assert files["html"]["inputs"]["translation shown"] == files["pdf"]["inputs"]["translation shown"]
    else:
        why = "it shows the text as it was before the pages released now (its catalog changed since it was made)"
        assert f"withdrew ko_KR/demo: {why}; only html was rebuilt; dist/ko_KR/demo.pdf moved to" in err
        assert not translated.path("dist/ko_KR/demo.pdf").exists()


def test_a_changed_disclaimer_withdraws_the_english_variants_a_release_did_not_remake(translated):
    assert translated.run("build", "--release", "--large-print")[0] == 0
    template = translated.path("templates/leaflet.html")
    old = "If you think you have a medical emergency, call"
    new = "If you think you have a medical emergency, or your breathing gets worse, call"
    template.write_text(template.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert review_page_text(translated.root, on="2026-11-02")  # a clinician reviewed the new disclaimer

    code, _, err = translated.run("build", "--release", "--locale", "en")

    assert code == 0, err
    assert "withdrew en/demo: it shows the text as it was before the pages released now (the English of its page" in err
    assert not translated.path("dist/en/demo.large.pdf").exists()
    assert translated.path("dist/en/demo.pdf").exists()


def test_a_refused_translation_of_the_current_english_stays_published(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    page = translated.path("dist/ko_KR/demo.html").read_bytes()
    translated.translate("demo", {"Fever": ""})  # the translator's new edit is incomplete
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "refused ko_KR/demo" in err and "withdrew" not in err
    assert translated.path("dist/ko_KR/demo.html").read_bytes() == page
    assert "ko_KR/demo.html" in links(translated, "dist/index.html")


def test_a_typo_in_a_source_keeps_its_previous_release_published_and_linked(translated):
    """Case 6 of issue 7: the leaflet stayed in dist/ but vanished from the index."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    before = snapshot(translated)
    source = translated.path("source/demo.md")
    source.write_text(
        source.read_text(encoding="utf-8").replace('summary: "What', 'summary: "What" is'), encoding="utf-8"
    )
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1
    assert "source/demo.md:4: " in err  # the problem, with file and line
    assert "note: demo: not rebuilt, source/demo.md cannot be read; what dist/ held for it stays as it was" in err
    assert snapshot(translated) == before
    assert {"en/demo.html", "ko_KR/demo.html"} <= links(translated, "dist/index.html")


def test_a_removed_leaflet_is_withdrawn_to_the_archive(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    other = translated.path("source/demo.md").read_text().replace("id: demo", "id: other")
    translated.path("source/other.md").write_text(other, encoding="utf-8")
    translated.path("source/demo.md").unlink()
    _, _, err = translated.run("build", "--release", "--only", "html")
    assert "withdrew en/demo: source/demo.md was removed; dist/en/demo.html moved to dist/archive/en/demo/2.1/" in err
    assert "withdrew ko_KR/demo: source/demo.md was removed" in err
    assert translated.path("dist/archive/ko_KR/demo/2.1/demo.html").exists()
    assert "en/demo.html" not in links(translated, "dist/index.html")
    assert "en/other.html" in links(translated, "dist/index.html")


def test_no_page_in_dist_or_its_archive_links_a_page_that_is_not_there(translated):
    """Korean is no longer a language of the project, and a new leaflet is released alone: the
    Korean page is withdrawn, and the English page, kept as it is (not selected), linked it."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    english = translated.path("dist/en/demo.html").read_bytes()
    other = translated.path("source/demo.md").read_text(encoding="utf-8").replace("id: demo", "id: other")
    translated.path("source/other.md").write_text(other, encoding="utf-8")
    config = translated.path("leaflets.toml")
    text = config.read_text(encoding="utf-8")
    config.write_text(text[: text.index("[locales.ko_KR]")] + text[text.index("[glossary]") :], encoding="utf-8")

    code, _, err = translated.run("build", "--release", "--only", "html", "--leaflet", "other")

    assert code == 0 and "withdrew ko_KR/demo: ko_KR is no longer a configured locale" in err
    assert unresolved(translated.path("dist")) == []
    assert "note: dist/en/demo.html: kept as published, but for its links to ko_KR, no longer published" in err
    # the English page as published, less its switcher entry and alternate for the Korean page
    kept = translated.path("dist/en/demo.html").read_bytes()
    assert kept.splitlines() == [line for line in english.splitlines() if b'href="../ko_KR/demo.html"' not in line]
    assert "한국어" not in Page(kept.decode("utf-8")).text
    record = pair(manifest(translated), "en")["files"]["html"]
    assert record["sha256"] == sha256(translated.path("dist/en/demo.html")) and record["inputs"]["links"] == "en"
    # the archived Korean page still names the English it offered, as text
    archived = Page(translated.path("dist/archive/ko_KR/demo/2.1/demo.html").read_text(encoding="utf-8"))
    assert "English" in archived.text and not [a for a, _ in archived.links if a.get("hreflang")]
    code, _, err = translated.run("build", "--release", "--only", "html", "--leaflet", "other")
    # The kept page is the one the manifest records: the only note is that Korean's catalogs are now ignored.
    assert code == 0 and [line for line in err.splitlines() if line.startswith("note:")] == [
        "note: locales/ko_KR: ko_KR is not declared in leaflets.toml; its catalogs are ignored "
        "(leaflets init ko_KR declares it)"
    ]


def test_a_leaflet_a_release_did_not_select_keeps_its_pages_as_they_agree_until_it_is_released(translated):
    """Its English changed (a dose): a release of another leaflet publishes none of the new English,
    so its English and Korean pages stay as the last release of it published them, both; the
    next release that selects it withdraws the Korean, which no longer translates it."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    published = {page: translated.path(f"dist/{page}").read_bytes() for page in ("en/demo.html", "ko_KR/demo.html")}
    other = translated.path("source/demo.md").read_text(encoding="utf-8").replace("id: demo", "id: other")
    translated.path("source/other.md").write_text(other, encoding="utf-8")
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("1 g/kg/day", "2 g/kg/day"), encoding="utf-8")

    _, _, err = translated.run("build", "--release", "--only", "html", "--leaflet", "other")

    assert "demo" not in "".join(line for line in err.splitlines() if line.startswith("withdrew"))
    assert {page: translated.path(f"dist/{page}").read_bytes() for page in published} == published
    assert unresolved(translated.path("dist")) == []
    _, _, err = translated.run("build", "--release", "--only", "html")
    assert "withdrew ko_KR/demo: " in err and not translated.path("dist/ko_KR/demo.html").exists()


SPANISH = {
    "IVIG for *skin* reactions": "IVIG para reacciones de la *piel*",
    "What IVIG is and how it is given.": "Qué es la IVIG y cómo se administra.",
    "How IVIG is given": "Cómo se administra la IVIG",
    DOSE: "Recibe **1 g/kg/day** durante 3 días. Vea el [estudio](https://doi.org/10.1001/archderm.139.1.26).",
    "Headache": "Dolor de cabeza",
    "Fever": "Fiebre",
    "Diagnosis": "Diagnóstico",
    "Skin affected": "Piel afectada",
    "TEN": "TEN",
    "More than 30%": "Más del 30%",
    "Call 911 in an emergency.": "Llame al 911 en una emergencia.",
}


def publish_spanish(project, dose: str = "1 g") -> None:
    """Spanish becomes a language of the project, its translation complete and reviewed."""
    assert project.run("init", "es")[0] == 0
    project.translate("demo", {en.replace("1 g", dose): es.replace("1 g", dose) for en, es in SPANISH.items()}, "es")
    project.translate_common_from_repo("es")
    project.review_all()


def test_a_kept_page_links_a_language_published_beside_it_since(translated):
    """The Korean page is kept (the translator's new edit is refused) as Spanish is first published:
    it links the Spanish page as a page rendered now does, the rest of it as published."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    korean = translated.path("dist/ko_KR/demo.html").read_bytes()
    translated.translate("demo", {"Fever": ""})
    publish_spanish(translated)

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1 and "refused ko_KR/demo" in err and "withdrew" not in err
    kept = translated.path("dist/ko_KR/demo.html").read_bytes()
    page = LanguageLinks(kept.decode("utf-8"))
    assert page.names == ["English", "Español", "한국어"]  # in the order of a page rendered now
    assert page.entry("Español") == {"href": "../es/demo.html", "hreflang": "es", "lang": "es"}
    assert page.alternates == [("en", "../en/demo.html"), ("es", "../es/demo.html")]
    assert translated.path("dist/ko_KR/../es/demo.html").is_file() and unresolved(translated.path("dist")) == []
    # its new lines are the ones the English page, rendered now, writes for the Spanish page; the rest as it was
    spanish = [line for line in kept.splitlines() if b'href="../es/demo.html"' in line]
    english = translated.path("dist/en/demo.html").read_bytes()
    assert spanish == [line for line in english.splitlines() if b'href="../es/demo.html"' in line] and len(spanish) == 2
    assert [line for line in kept.splitlines() if line not in spanish] == korean.splitlines()
    assert "note: dist/ko_KR/demo.html: kept as published, but with links to es, published since" in err
    record = pair(manifest(translated), "ko_KR")["files"]["html"]
    assert record["sha256"] == sha256(translated.path("dist/ko_KR/demo.html"))
    assert record["inputs"]["links"] == "en es ko_KR"
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "kept as published" not in err  # the kept page is the one the manifest records
    assert translated.path("dist/ko_KR/demo.html").read_bytes() == kept


def test_a_page_withdrawn_as_a_language_is_first_published_does_not_link_it(translated):
    """The archive holds what patients could read: the Korean page withdrawn in the release that first
    publishes the Spanish page offers the English it offered, as text, and nothing of the Spanish."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    change_english_dose(translated)
    publish_spanish(translated, dose="2 g")

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1 and "withdrew ko_KR/demo" in err and "refused es/demo" not in err
    assert LanguageLinks(translated.path("dist/en/demo.html").read_text(encoding="utf-8")).names == [
        "English",
        "Español",
    ]
    archived = LanguageLinks(translated.path("dist/archive/ko_KR/demo/2.1/demo.html").read_text(encoding="utf-8"))
    assert archived.names == ["English", "한국어"] and archived.alternates == []
    assert "href" not in archived.entry("English")


def test_pages_nothing_records_are_withdrawn_and_other_files_kept(translated):
    """A dist/ made before dist/manifest.json existed, or a page copied in by hand."""
    translated.path("dist/ko_KR").mkdir(parents=True)
    translated.path("dist/ko_KR/stray.html").write_text("<p>an old page</p>", encoding="utf-8")
    translated.path("dist/robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    translated.path("dist/.htaccess").write_text("Options -Indexes\n", encoding="utf-8")  # the web server's
    translated.path("dist/.well-known").mkdir()
    translated.path("dist/.well-known/security.txt").write_text("Contact: x\n", encoding="utf-8")
    translated.run("build", "--release", "--only", "html")
    assert not translated.path("dist/ko_KR/stray.html").exists()
    assert translated.path("dist/archive/ko_KR/stray/unknown/stray.html").exists()
    assert translated.path("dist/robots.txt").read_text() == "User-agent: *\n"
    assert translated.path("dist/.htaccess").read_text() == "Options -Indexes\n"
    assert translated.path("dist/.well-known/security.txt").read_text() == "Contact: x\n"


def assert_every_page_kept_or_archived(project, before: dict[str, bytes]) -> None:
    """Every page ``before`` held is still in dist/ as it was, or in dist/archive/ as patients read it."""
    archived = {path.read_bytes() for path in project.path("dist/archive").rglob("*") if path.is_file()}
    for name, data in before.items():
        if name.endswith((".html", ".pdf")) and name != "index.html":
            kept = project.path(f"dist/{name}").is_file() and project.path(f"dist/{name}").read_bytes() == data
            assert kept or as_archived({name: data})[name] in archived, f"dist/{name} was lost"


def test_a_release_without_its_manifest_archives_every_page_before_it_takes_its_place(translated, tmp_path):
    """dist/manifest.json moved away (as a message once advised) or deleted: the next release
    wrote its English page over the one patients had read, and no archive kept the old one."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    before = snapshot(translated)
    edit_english(translated, "for 3 days", "for 5 days")
    translated.path("dist/manifest.json").rename(tmp_path / "manifest.json")

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert_every_page_kept_or_archived(translated, before)
    assert code == 1 and "refused ko_KR/demo" in err  # the Korean is fuzzy now
    assert "for 5 days" in Page(translated.path("dist/en/demo.html").read_text(encoding="utf-8")).text
    assert (
        "withdrew en/demo: nothing records which English it was made from; dist/en/demo.html moved to "
        "dist/archive/en/demo/unknown/"
    ) in err
    assert translated.path("dist/archive/en/demo/unknown/demo.html").read_bytes() == relink.inert(
        before["en/demo.html"]
    )
    assert translated.path("dist/archive/ko_KR/demo/unknown/demo.html").exists()
    assert (
        "note: dist/en/demo.html: made again in place of a file dist/manifest.json does not describe, which is "
        "kept in dist/archive/en/demo/unknown/; dist/manifest.json was missing: if it was moved away, keep it "
        "with your records, as it says why each page archived before this release was withdrawn"
    ) in err
    withdrawn = {tuple(w["files"]): w["reason"] for w in manifest(translated)["withdrawn"]}
    assert withdrawn[("archive/en/demo/unknown/demo.html",)] == "nothing records which English it was made from"
    assert unresolved(translated.path("dist")) == []


def test_a_release_without_its_manifest_archives_only_the_files_its_pages_do_not_come_out_as(translated, tmp_path):
    """dist/manifest.json moved away, and the English page edited by hand: every page was archived
    before being made again, those that came out byte for byte as dist/ held them too, each a
    "withdrew" line for a page still published as it was."""
    assert translated.run("build", "--release")[0] == 0
    page = translated.path("dist/en/demo.html")
    edited = page.read_bytes().replace(b'"nowrap">3 days', b'"nowrap">4 days')
    assert edited != page.read_bytes()
    page.write_bytes(edited)
    before = snapshot(translated)
    translated.path("dist/manifest.json").rename(tmp_path / "manifest.json")

    code, _, err = translated.run("build", "--release")

    assert code == 0, err
    assert_every_page_kept_or_archived(translated, before)
    withdrew = [line for line in err.splitlines() if line.startswith("withdrew")]
    assert withdrew == [
        "withdrew en/demo: nothing records which English it was made from; dist/en/demo.html moved to "
        "dist/archive/en/demo/unknown/"
    ]
    archived = sorted(
        p.relative_to(translated.path("dist")).as_posix() for p in translated.path("dist/archive").rglob("*")
    )
    assert archived == ["archive/en", "archive/en/demo", "archive/en/demo/unknown", "archive/en/demo/unknown/demo.html"]
    for name in ("en/demo.pdf", "ko_KR/demo.html", "ko_KR/demo.pdf"):  # made again as they were: kept, vouched for
        assert translated.path(f"dist/{name}").read_bytes() == before[name], name
        assert f"dist/{name}: made again in place of" not in err
    assert "for 3 days" in Page(page.read_text(encoding="utf-8")).text
    [withdrawn] = manifest(translated)["withdrawn"]
    assert withdrawn["files"] == ["archive/en/demo/unknown/demo.html"]
    files = pair(manifest(translated), "ko_KR")["files"]
    assert {fmt: f["sha256"] for fmt, f in files.items()} == {
        fmt: sha256(translated.path(f"dist/ko_KR/demo.{fmt}")) for fmt in ("html", "pdf")
    }
    assert unresolved(translated.path("dist")) == []


def test_a_page_changed_outside_leaflets_is_archived_before_a_release_makes_it_again(translated):
    """Its record says what it was made from, its bytes are not that: it was overwritten unarchived."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    page = translated.path("dist/en/demo.html")
    edited = page.read_bytes().replace(b'"nowrap">3 days', b'"nowrap">4 days')
    assert edited != page.read_bytes()
    page.write_bytes(edited)
    before = snapshot(translated)

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert_every_page_kept_or_archived(translated, before)
    assert code == 0, err
    assert "for 3 days" in Page(page.read_text(encoding="utf-8")).text
    assert (
        "withdrew en/demo: it was changed or removed outside leaflets; dist/en/demo.html moved to "
        "dist/archive/en/demo/2.1/"
    ) in err
    assert translated.path("dist/archive/en/demo/2.1/demo.html").read_bytes() == relink.inert(edited)
    assert "note: dist/en/demo.html: made again in place of a file dist/manifest.json does not describe" in err
    assert "was missing" not in err
    assert translated.path("dist/ko_KR/demo.html").read_bytes() == before["ko_KR/demo.html"]


def test_a_page_changed_outside_leaflets_is_not_kept_by_a_release_of_another_language(translated):
    """A release of the English alone keeps the Korean page as published: only while it is the very
    file its record describes. Edited by hand (a symptom), it is not what was reviewed: it is withdrawn."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    page = translated.path("dist/ko_KR/demo.html")
    edited = page.read_bytes().replace("두통".encode(), "복통".encode())
    assert edited != page.read_bytes()
    page.write_bytes(edited)

    code, _, err = translated.run("build", "--release", "--only", "html", "--locale", "en")

    assert code == 0, err
    assert "withdrew ko_KR/demo: it was changed or removed outside leaflets" in err
    assert not page.exists()
    archived = [p.read_bytes() for p in translated.path("dist/archive/ko_KR").rglob("demo.html")]
    assert archived == [relink.inert(edited)]
    assert not any("ko_KR" in href for href in links(translated, "dist/en/demo.html"))


def test_a_translation_that_could_not_be_rebuilt_stays_only_while_it_translates_the_english(translated, monkeypatch):
    """A release falls back to the published page when its render fails: while that page still
    translates the English published now (a corrected translation), never once the English changed."""
    from tests.test_incremental import failing_korean_renders  # test_incremental imports this module

    assert translated.run("build", "--release", "--only", "html")[0] == 0
    published = translated.path("dist/ko_KR/demo.html").read_bytes()
    failing_korean_renders(monkeypatch)
    translated.translate("demo", {"Fever": "고열"})
    translated.review_all()
    code, _, err = translated.run("build", "--release", "--only", "html", "--jobs", "1")
    assert code == 1 and "could not build ko_KR: RuntimeError: out of memory" in err
    assert translated.path("dist/ko_KR/demo.html").read_bytes() == published  # still the English's translation

    change_english_dose(translated)
    translated.translate("demo", {DOSE.replace("1 g", "2 g"): KOREAN[DOSE].replace("1 g", "2 g")})
    translated.review_all()
    code, _, err = translated.run("build", "--release", "--only", "html", "--jobs", "1")
    assert code == 1 and "withdrew ko_KR/demo: it could not be rebuilt (RuntimeError: out of memory)" in err
    assert not translated.path("dist/ko_KR/demo.html").exists()  # it gave the old dose
    assert "2 g/kg/day" in Page(translated.path("dist/en/demo.html").read_text(encoding="utf-8")).text
    assert not any("ko_KR" in href for href in links(translated, "dist/en/demo.html"))


# What a page prints of the English changes and its version does not: a new text gets a new version
# (pipeline/text_version.py), a clinical review of the same text recorded again, on another day or by
# another clinician, does not. Beside a release of the English alone, each withdraws the Korean page.
NEW_REVIEW_DAY = ("reviewed_on: 2026-10-01", "reviewed_on: 2026-10-02")
NEW_CLINICIAN = ('reviewed_by: "Dr. Mina Cho, PharmD"', 'reviewed_by: "Dr. Ana Ruiz, PharmD"')


def test_a_second_withdrawal_of_the_same_version_does_not_overwrite_the_first(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    edit_english(translated, *NEW_REVIEW_DAY)
    assert "moved to dist/archive/ko_KR/demo/2.1/" in release_beside_the_korean(translated, "not selected")[1]
    assert translated.run("build", "--release", "--only", "html")[0] == 0  # published again, same version
    edit_english(translated, *NEW_CLINICIAN)
    release_beside_the_korean(translated, "not selected")
    archived = sorted(
        p.relative_to(translated.path("dist/archive")).as_posix()
        for p in translated.path("dist/archive").rglob("*.html")
    )
    korean = [name for name in archived if name.startswith("ko_KR/")]
    assert len(korean) == 2 and "ko_KR/demo/2.1/demo.html" in korean
    assert any(name.startswith("ko_KR/demo/2.1-") for name in korean)  # 2.1 and its source digest
    assert len(manifest(translated)["withdrawn"]) == 2
    # the English pages each new English replaced, kept the same way (still published: not withdrawn)
    assert len([name for name in archived if name.startswith("en/demo/2.1")]) == 2
    assert len(manifest(translated)["replaced"]) == 2


def test_every_withdrawal_has_a_folder_of_its_own_which_the_report_and_manifest_name(translated):
    """Withdrawn (html, pdf), published again with its large-print and bilingual PDFs, withdrawn
    again: the second withdrawal's PDFs went into the first one's folder, beside pages of
    another English, while the report named it for all four."""
    assert translated.run("build", "--release")[0] == 0
    first = {fmt: translated.path(f"dist/ko_KR/demo.{fmt}").read_bytes() for fmt in ("html", "pdf")}
    edit_english(translated, *NEW_REVIEW_DAY)
    assert "moved to dist/archive/ko_KR/demo/2.1/" in translated.run("build", "--release", "--locale", "en")[2]
    assert translated.run("build", "--release", "--bilingual", "--large-print")[0] == 0
    formats = ("bilingual.pdf", "html", "large.pdf", "pdf")
    second = {fmt: translated.path(f"dist/ko_KR/demo.{fmt}").read_bytes() for fmt in formats}
    edit_english(translated, *NEW_CLINICIAN)

    code, _, err = translated.run("build", "--release", "--bilingual", "--large-print", "--locale", "en")

    assert code == 0, err
    [line] = [line for line in err.splitlines() if line.startswith("withdrew ko_KR/demo:")]
    moved = ", ".join(f"dist/ko_KR/demo.{fmt}" for fmt in formats)
    folder = line.rpartition(f"{moved} moved to dist/")[2].removesuffix("/")
    assert folder.startswith("archive/ko_KR/demo/2.1-"), line  # 2.1/ holds the first withdrawal
    archived = {p.name: p.read_bytes() for p in translated.path(f"dist/{folder}").iterdir()}
    assert archived == as_archived({f"demo.{fmt}": data for fmt, data in second.items()})
    earlier = {p.name: p.read_bytes() for p in translated.path("dist/archive/ko_KR/demo/2.1").iterdir()}
    assert earlier == as_archived({f"demo.{fmt}": data for fmt, data in first.items()})
    first_record, second_record = manifest(translated)["withdrawn"]
    assert first_record["files"] == [f"archive/ko_KR/demo/2.1/demo.{fmt}" for fmt in ("html", "pdf")]
    assert sorted(second_record["files"]) == [f"{folder}/demo.{fmt}" for fmt in formats]
    assert second_record["source"].startswith(folder.rpartition("2.1-")[2])  # the English it translated


def test_a_withdrawal_never_joins_a_folder_that_holds_an_earlier_one(translated):
    """The large-print and bilingual PDFs alone are withdrawn to 2.1/ (a release that rebuilt
    only the usual pages, of the English with its review recorded again); then the html and pdf,
    of that English, whose names 2.1/ does not hold: they go to a folder of their own, not beside pages of another English."""
    assert translated.run("build", "--release", "--bilingual", "--large-print")[0] == 0
    variants = {fmt: translated.path(f"dist/ko_KR/demo.{fmt}").read_bytes() for fmt in ("bilingual.pdf", "large.pdf")}
    edit_english(translated, *NEW_REVIEW_DAY)
    code, _, err = translated.run("build", "--release")
    assert code == 0 and "only html/pdf was rebuilt" in err
    assert "moved to dist/archive/ko_KR/demo/2.1/" in err
    pages = {fmt: translated.path(f"dist/ko_KR/demo.{fmt}").read_bytes() for fmt in ("html", "pdf")}
    edit_english(translated, *NEW_CLINICIAN)

    _, _, err = translated.run("build", "--release", "--locale", "en")

    [line] = [line for line in err.splitlines() if line.startswith("withdrew ko_KR/demo:")]
    folder = line.rpartition("dist/ko_KR/demo.html, dist/ko_KR/demo.pdf moved to dist/")[2].removesuffix("/")
    assert folder.startswith("archive/ko_KR/demo/2.1-"), line
    archived = {p.name: p.read_bytes() for p in translated.path(f"dist/{folder}").iterdir()}
    assert archived == as_archived({f"demo.{fmt}": data for fmt, data in pages.items()})
    earlier = {p.name: p.read_bytes() for p in translated.path("dist/archive/ko_KR/demo/2.1").iterdir()}
    assert earlier == {f"demo.{fmt}": data for fmt, data in variants.items()}


def test_the_deploy_command_the_readme_shows_leaves_the_archive_off_the_server(translated, tmp_path):
    """dist/archive/ keeps withdrawn pages as they were published (the old dose, no mark): the copy
    the README shows must not put them on the web server, and must take off one an earlier copy left."""
    if not shutil.which("rsync"):
        pytest.skip("rsync is not installed (Debian: apt-get install rsync, or `make test` as root)")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    [command] = [line for line in readme.splitlines() if line.startswith("rsync ") and "dist/" in line]
    server = tmp_path / "server"
    (server / "archive").mkdir(parents=True)
    (server / "archive" / "left-by-an-earlier-copy.html").write_text("old", encoding="utf-8")
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    change_english_dose(translated)
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and translated.path("dist/archive/ko_KR/demo/2.1/demo.html").exists()
    assert 'copy dist/ to the web server without it (README, "Deploying a release")' in err

    deploy = command.replace("www.example.org:leaflets/", f"{server}/")
    subprocess.run(deploy, shell=True, cwd=translated.root, check=True)

    served = sorted(p.relative_to(server).as_posix() for p in server.rglob("*") if p.is_file())
    assert served == ["en/demo.html", "index.html", "manifest.json"]


# -- a release is swapped in whole, or not at all ---------------------------------


def prepare_second_release(project) -> dict:
    """A published release, then a change that makes the next one render, withdraw (the archived
    page is written: its links made inert), carry a file over (a hard link) and swap."""
    assert project.run("build", "--release", "--only", "html")[0] == 0
    project.path("dist/robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    before = snapshot(project)
    change_english_dose(project)
    return before


def restore(project, files: dict, folder: str = "dist") -> None:
    """The folder as ``snapshot`` took it, and nothing else."""
    shutil.rmtree(project.path(folder))
    for name, data in files.items():
        project.path(f"{folder}/{name}").parent.mkdir(parents=True, exist_ok=True)
        project.path(f"{folder}/{name}").write_bytes(data)


def test_a_dist_that_is_a_symbolic_link_is_refused_not_swapped_away(translated, tmp_path):
    """dist -> a web server's folder: swapping dist/ would move the link aside and leave the site
    with the previous release, the Korean page of the old dose included, for good."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    site = tmp_path / "www"
    translated.path("dist").rename(site)
    translated.path("dist").symlink_to(site)
    published = snapshot(translated)
    change_english_dose(translated)

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1 and "Traceback" not in err
    assert f"leaflets: dist: is a symbolic link (to {site}); a release replaces dist/ whole" in err
    assert translated.path("dist").is_symlink() and snapshot(translated) == published
    assert not list(translated.root.glob(".dist.new-*"))


def test_a_folder_where_a_page_goes_is_named_and_the_release_before_kept_whole(translated):
    """Someone replaced a published page by a folder holding a file (a sync tool, by hand): the
    release cannot both write the page and keep the file, and says why, not only "File exists"."""
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    page = translated.path("dist/ko_KR/demo.html")
    page.unlink()
    page.mkdir()
    (page / "notes.txt").write_text("kept by hand", encoding="utf-8")
    published = snapshot(translated)

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1 and "Traceback" not in err
    assert (
        "leaflets: dist/ko_KR/demo.html/notes.txt: cannot write: File exists (a file and a folder of one name on "
        "its path: move what is in the way out of dist/); dist/ still holds the previous release, whole"
    ) in err
    assert snapshot(translated) == published


def test_a_leftover_that_is_a_symbolic_link_is_removed_not_followed(translated, tmp_path):
    """What an earlier leaflets left after swapping away a dist/ that was a link: the link goes,
    the folder it leads to stays as it is."""
    site = tmp_path / "www"
    site.mkdir()
    (site / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    translated.path(".dist.new-k9x2").symlink_to(site)

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 0, err
    assert "note: removed .dist.new-k9x2, left by a build that was stopped" in err
    assert not translated.path(".dist.new-k9x2").is_symlink()
    assert (site / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\n"


def test_a_write_failure_at_any_point_leaves_the_previous_release_whole(translated, faults):
    before = prepare_second_release(translated)
    faults.count()
    assert translated.run("build", "--release", "--only", "html")[0] == 1
    operations = len(faults.calls)
    assert operations >= 5 and set(faults.calls) == set(RELEASE_OPERATIONS)
    restore(translated, before)
    for n in range(1, operations + 1):
        code = (FULL_DISK, NO_PERMISSION, READ_ONLY)[n % 3]
        faults.fail_at(n, os_error(code, "somewhere"))
        status, out, err = translated.run("build", "--release", "--only", "html")
        assert status == 1, (n, faults.calls[n - 1])
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("leaflets: dist") and "Traceback" not in err, err
        assert "cannot write" in lines[0] and "still holds the previous release" in lines[0]
        assert snapshot(translated) == before, (n, faults.calls[n - 1])
        assert not list(translated.root.glob(".dist.new-*"))


def test_a_release_killed_at_any_point_is_cleaned_up_by_the_next(translated, faults):
    before = prepare_second_release(translated)
    faults.count()
    translated.run("build", "--release", "--only", "html")
    operations = len(faults.calls)
    restore(translated, before)
    for n in range(1, operations):  # the last operation is the swap: after it, the new release is out
        faults.kill_at(n)
        status, _, err = translated.run("build", "--release", "--only", "html")
        assert status == 130 and "Traceback" not in err
        assert snapshot(translated) == before, (n, faults.calls[n - 1])
    faults.count()
    _, _, err = translated.run("build", "--release", "--only", "html")
    assert "left by a build that was stopped" in err
    assert not list(translated.root.glob(".dist.*-*"))
    assert not translated.path("dist/ko_KR/demo.html").exists()
    assert "2 g/kg/day" in translated.path("dist/en/demo.html").read_text(encoding="utf-8")


def test_a_release_killed_between_two_renames_gets_the_previous_release_back(translated, faults, monkeypatch):
    """Without renameat2 the swap is two renames, and a kill between them leaves no
    dist/ but the previous release aside (.dist.new-*.old). The next build puts it back
    before anything else, so even a next release that fails leaves it published."""
    before = prepare_second_release(translated)
    monkeypatch.setattr(files, "_exchange_in_one_step", lambda new, current: False)
    real_rename, renames = os.rename, []

    def rename_then_die(source, target):
        renames.append(Path(target).name)
        if len(renames) > 1:  # the process is gone: not even the undo runs
            raise KeyboardInterrupt
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", rename_then_die)
    monkeypatch.setattr(files, "remove_tree", lambda path: None)
    status, _, err = translated.run("build", "--release", "--only", "html")
    assert status == 130 and "Traceback" not in err
    assert not translated.path("dist").exists() and list(translated.root.glob(".dist.new-*.old"))
    monkeypatch.setattr(os, "rename", real_rename)

    faults.fail_at(1, os_error(FULL_DISK, "somewhere"))
    status, _, err = translated.run("build", "--release", "--only", "html")
    assert status == 1 and "still holds the previous release" in err
    assert snapshot(translated) == before
    faults.count()
    _, _, err = translated.run("build", "--release", "--only", "html")  # refuses the stale Korean, publishes the rest
    assert "put the previous release back" not in err  # done by the failed run already
    assert not list(translated.root.glob(".dist.*-*"))
    assert "2 g/kg/day" in translated.path("dist/en/demo.html").read_text(encoding="utf-8")


def test_the_next_release_says_it_put_the_previous_release_back(translated, monkeypatch):
    prepare_second_release(translated)
    translated.path("dist").rename(translated.path(".dist.new-killed.old"))
    translated.path(".dist.new-killed").mkdir()  # the new release, complete or not: not published
    _, _, err = translated.run("build", "--release", "--only", "html")
    assert "note: put the previous release back in dist/ from .dist.new-killed.old" in err
    assert "removed .dist.new-killed, left by a build that was stopped" in err
    assert not list(translated.root.glob(".dist.*-*"))


def test_a_previous_release_that_cannot_be_put_back_is_named_not_lost(translated, monkeypatch):
    prepare_second_release(translated)
    translated.path("dist").rename(translated.path(".dist.new-killed.old"))
    translated.path(".dist.new-killed").mkdir()

    def cannot(new, current):
        raise os_error(NO_PERMISSION, str(current))

    monkeypatch.setattr(files, "recover_exchange", cannot)
    status, _, err = translated.run("build", "--release", "--only", "html")
    assert status == 1 and "Traceback" not in err
    assert "cannot put the previous release back from .dist.new-killed.old" in err
    assert translated.path(".dist.new-killed.old/en/demo.html").is_file()  # not removed as a leftover
