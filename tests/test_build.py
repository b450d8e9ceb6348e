"""Draft and release builds, judged by what a reader gets: parsed HTML and PDF text."""

import re
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser

import polib
import pytest
from babel import Locale
from babel.dates import format_date

from pipeline.line_breaking import WORD_JOINER
from tests.conftest import KOREAN

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")


def native_name(language: str) -> str:
    """The language named in itself as the installed CLDR data spells it (한국어, English)."""
    name = Locale.parse(language).get_display_name(language)
    return name[:1].upper() + name[1:]


class Page(HTMLParser):
    """The parts of a page a reader and a screen reader rely on."""

    def __init__(self, html: str):
        super().__init__()
        self.root_attrs: dict = {}
        self.marked: list[str] = []  # text of elements marked untranslated
        # Per element marked untranslated, what a screen reader reads in it, in order, with the
        # language it reads it in (its nearest lang): the "(not translated)" told, then the English.
        self.passages: list[list[tuple[str, str]]] = []
        self.links: list[tuple[dict, str]] = []
        self.texts: list[str] = []
        self.tags: list[str] = []
        self._stack: list[tuple[str, bool]] = []
        self._langs: list[str | None] = []
        self._link: dict | None = None
        self._link_text = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.root_attrs = attrs
        if tag == "a":
            self._link, self._link_text = attrs, ""
        if tag not in ("meta", "link", "br"):
            marked = "untranslated" in (attrs.get("class") or "").split()
            if marked and not any(outer for _, outer in self._stack):
                self.passages.append([])
            self._stack.append((tag, marked))
            self._langs.append(attrs.get("lang"))

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            self.links.append((self._link, self._link_text.strip()))
            self._link = None
        if self._stack:
            self._stack.pop()
            self._langs.pop()

    def handle_data(self, data):
        data = data.replace(WORD_JOINER, "")  # invisible: it only keeps a Korean word on one line
        if self._stack and self._stack[-1][0] in ("style", "script", "title"):
            return
        self.texts.append(data)
        if self._link is not None:
            self._link_text += data
        if any(marked for _, marked in self._stack) and data.strip():
            lang = next((lang for lang in reversed(self._langs) if lang), self.root_attrs.get("lang", ""))
            self.passages[-1].append((lang, data.strip()))
            if lang != self.root_attrs.get("lang"):  # the page's own language: what is said of the passage
                self.marked.append(data.strip())

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_fonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout


def test_draft_build_writes_every_leaflet_in_every_locale(project):
    code, _out, err = project.run("build")
    assert code == 0, err
    for name in (
        "build/en/demo.html",
        "build/en/demo.pdf",
        "build/ko_KR/demo.html",
        "build/ko_KR/demo.pdf",
        "build/index.html",
    ):
        assert project.path(name).stat().st_size > 0, name


def test_korean_page_is_korean_with_a_working_language_switcher(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    page = Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8"))
    assert page.root_attrs == {"lang": "ko-KR", "dir": "ltr"}
    assert not page.marked
    assert "피부 반응에 쓰는 IVIG" in page.text
    # The review date, formatted for Korean as the installed CLDR data says ("2026년 10월 1일").
    assert format_date(date(2026, 10, 1), "long", locale="ko_KR") in page.text
    assert "Dr. Mina Cho, PharmD" in page.text
    assert "2.1" in page.text  # the English version the translation is based on
    switcher = {text: attrs for attrs, text in page.links if attrs.get("hreflang")}
    assert switcher == {native_name("en"): {"href": "../en/demo.html", "hreflang": "en", "lang": "en"}}
    assert native_name("ko") in page.text and "ko_KRKorean" not in page.text
    assert {"nav", "main", "article", "footer", "table", "blockquote"} <= set(page.tags)
    assert ({"href": "https://doi.org/10.1001/archderm.139.1.26"}, "연구") in page.links


def test_two_locales_of_one_language_are_told_apart_in_the_switcher(translated):
    """Korean for readers in the US and in Korea (ko_KR, ko): each named with its
    territory when there is one, as CLDR names it, so a reader can pick theirs."""
    assert translated.run("init", "ko", "--force")[0] == 0
    translated.translate("demo", {"Fever": "열"}, locale="ko")
    assert translated.run("build", "--only", "html")[0] == 0
    names = {}
    for code in ("ko", "ko_KR"):
        page = Page(translated.path(f"build/{code}/demo.html").read_text(encoding="utf-8"))
        names[code] = {text: attrs["hreflang"] for attrs, text in page.links if attrs.get("hreflang")}
    korea = Locale.parse("ko_KR").get_display_name("ko_KR")  # 한국어 (대한민국)
    assert names["ko"] == {native_name("en"): "en", korea: "ko-KR"}
    assert names["ko_KR"] == {native_name("en"): "en", native_name("ko"): "ko"}


def test_draft_marks_untranslated_and_fuzzy_passages_and_counts_them_in_korean(translated):
    po = translated.po("demo")
    translated.translate("demo", {"Fever": ""})
    text = po.read_text(encoding="utf-8").replace('msgid "Headache"', '#, fuzzy\nmsgid "Headache"')
    po.write_text(text, encoding="utf-8")
    assert translated.run("build", "--only", "html")[0] == 0
    page = Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8"))
    assert page.marked == ["Headache", "Fever"]  # in English, marked; never the fuzzy Korean
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert html.count('aria-describedby="untranslated-note"') == 2 and 'id="untranslated-note"' in html
    assert "두통" not in page.text
    assert re.search(r"초안 [^.]*(?<!\d)2(?!\d)", page.text)  # the banner, in Korean, counting both


def test_a_screen_reader_in_browse_mode_is_told_in_the_page_language_that_a_passage_is_not_translated(translated):
    # NVDA's browse mode reads no aria-describedby of a paragraph or heading: text in the passage it reads.
    translated.translate("demo", {"Fever": "", "IVIG for *skin* reactions": ""})
    assert translated.run("build", "--only", "html")[0] == 0
    page = Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8"))
    told = ("ko-KR", "(번역되지 않음)")  # from the common catalog, said as Korean
    assert page.passages == [[told, ("en", "IVIG for"), ("en", "skin"), ("en", "reactions")], [told, ("en", "Fever")]]
    # The words are for screen readers: hidden on screen and on paper, where the outline and [EN] mark the passage.
    css = translated.path("templates/leaflet.css").read_text(encoding="utf-8")
    assert re.search(r"\.untranslated-mark \{[^}]*clip-path: inset\(50%\)", css)
    assert re.search(r"@media print \{.*\.untranslated-mark \{ display: none; \}", css, re.DOTALL)


def test_a_passage_not_translated_is_told_in_english_when_the_common_catalog_lacks_the_words(translated):
    translated.translate("demo", {"Fever": ""})
    translated.translate("common", {"(not translated)": ""})
    assert translated.run("build", "--only", "html")[0] == 0
    page = Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8"))
    assert page.passages == [[("en", "(not translated)"), ("en", "Fever")]]


def test_translation_cannot_inject_markup_or_fetch_anything(translated):
    translated.translate(
        "demo",
        {
            "Headache": "<script>alert(1)</script>두통",
            "Fever": "<img src=x onerror=alert(1)>발열 ![추적](https://evil.example/p.png)",
        },
    )
    translated.run("build", "--only", "html")
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    page = Page(html)
    assert "script" not in page.tags and "img" not in page.tags
    assert "onerror" not in html.replace("&lt;img src=x onerror", "")


def test_korean_pdf_has_korean_text_disclaimer_footer_and_embedded_fonts(translated):
    assert translated.run("build", "--only", "pdf", "--locale", "ko_KR")[0] == 0
    pdf = translated.path("build/ko_KR/demo.pdf")
    text = pdf_text(pdf)
    assert "피부 반응에 쓰는 IVIG" in text  # title
    assert "3일 동안 맞습니다" in text  # body
    flat = "".join(text.split())
    disclaimer = (
        polib.pofile(str(translated.po("common")))
        .find("If you think you have a medical emergency, call your local emergency number right away.")
        .msgstr
    )
    assert disclaimer and "".join(disclaimer.split()) in flat  # the disclaimer, in Korean
    assert "1/1" in text.replace(" ", "") or "1쪽" in text  # translated page counter in the footer
    assert "1. https://doi.org/10.1001/archderm.139.1.26" in text  # a link's address, printed for paper
    fonts = [line.split() for line in pdf_fonts(pdf).splitlines()[2:]]
    assert fonts and all(row[-5] == "yes" for row in fonts), pdf_fonts(pdf)  # every font embedded
    assert any("CJK" in row[0] for row in fonts)


def test_pdf_metadata_names_title_language_and_author(translated):
    from pypdf import PdfReader

    translated.run("build", "--only", "pdf", "--locale", "ko_KR")
    reader = PdfReader(translated.path("build/ko_KR/demo.pdf"))
    assert reader.metadata.title == "피부 반응에 쓰는 IVIG"
    assert reader.metadata.author == "Leaflets project"
    assert reader.trailer["/Root"]["/Lang"] == "ko-KR"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    translated.run("build", "--only", "pdf", "--locale", "en")
    box = PdfReader(translated.path("build/en/demo.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter


def test_release_writes_only_complete_pairs_and_names_every_refusal(project):
    project.translate("demo", {k: v for k, v in KOREAN.items() if k != "Fever"})
    code, _out, err = project.run("build", "--release")
    assert code == 1
    assert project.path("dist/en/demo.html").exists() and project.path("dist/en/demo.pdf").exists()
    assert not project.path("dist/ko_KR/demo.html").exists()
    assert "refused ko_KR/demo" in err
    assert "demo.po: 1 passage untranslated" in err
    assert "the medical disclaimer is not translated" in err
    # The English page must not link to a Korean page that was not released.
    english = Page(project.path("dist/en/demo.html").read_text(encoding="utf-8"))
    assert not [a for a, _ in english.links if a.get("hreflang") == "ko-KR"]


def test_release_refusal_leaves_what_dist_already_held_untouched(translated):
    assert translated.run("build", "--release")[0] == 0
    released = {p: translated.path(p).read_bytes() for p in ("dist/ko_KR/demo.html", "dist/ko_KR/demo.pdf")}
    translated.translate("demo", {"Fever": ""})
    code, _, err = translated.run("build", "--release")
    assert code == 1 and "refused ko_KR/demo" in err
    assert {p: translated.path(p).read_bytes() for p in released} == released


def test_release_of_a_complete_translation_has_no_draft_marks(translated):
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 0, err
    page = Page(translated.path("dist/ko_KR/demo.html").read_text(encoding="utf-8"))
    assert not page.marked and "초안" not in page.text


def test_index_lists_leaflets_per_language(translated):
    translated.run("build", "--only", "html")
    hrefs = {a["href"] for a, _ in Page(translated.path("build/index.html").read_text()).links}
    assert "ko_KR/demo.html" in hrefs and "ko_KR/demo.pdf" not in hrefs  # no PDF built yet
    translated.run("build")
    page = Page(translated.path("build/index.html").read_text(encoding="utf-8"))
    hrefs = {a["href"] for a, _ in page.links}
    assert {"en/demo.html", "ko_KR/demo.html", "ko_KR/demo.pdf"} <= hrefs
    assert native_name("ko") in page.text and "피부 반응에 쓰는 IVIG" in page.text


def test_a_build_only_html_removes_the_pdf_it_leaves_showing_an_old_translation(translated):
    """The PDF beside a page made again --only html (as leaflets serve makes it) kept the text before
    a correction, still linked from the index: a reviewer printing it read the old translation."""
    assert translated.run("build", "--locale", "ko_KR")[0] == 0
    pdf, index = translated.path("build/ko_KR/demo.pdf"), translated.path("build/index.html")

    def linked() -> set[str]:
        return {a["href"] for a, _ in Page(index.read_text(encoding="utf-8")).links}

    assert translated.run("build", "--only", "html")[0] == 0  # nothing changed: it shows what the page shows
    assert "발열" in pdf_text(pdf) and "ko_KR/demo.pdf" in linked()
    translated.translate("demo", {"Fever": "고열"})  # a reviewer's correction
    code, out, err = translated.run("build", "--only", "html")
    assert code == 0, err
    assert "고열" in Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")).text
    assert not pdf.exists() and "ko_KR/demo.pdf" not in linked()
    assert (
        "removed build/ko_KR/demo.pdf: it showed the text as it was before build/ko_KR/demo.html was made again, "
        "and this build did not make it (--only html); to make it again: leaflets build --locale ko_KR "
        "--leaflet demo --only pdf"
    ) in err
    code, out, err = translated.run("build", "--only", "html")
    assert code == 0 and "removed" not in out + err  # said once: nothing is left to remove
    code, out, err = translated.run("build", "--locale", "ko_KR", "--leaflet", "demo", "--only", "pdf")
    assert code == 0, err
    assert "고열" in pdf_text(pdf) and "ko_KR/demo.pdf" in linked()


def test_a_build_only_pdf_makes_again_the_page_it_leaves_showing_an_old_translation(translated):
    """The page beside a PDF made --only pdf kept the text before a correction, both linked from the
    index: a reviewer comparing them read two translations. Removing it would drop the leaflet from
    the language switchers and the index; it is made again, and said."""
    assert translated.run("build")[0] == 0
    page, pdf = translated.path("build/ko_KR/demo.html"), translated.path("build/ko_KR/demo.pdf")
    po = translated.po("demo")  # a translator's note: the catalog changed, not what the page shows
    po.write_text(po.read_text(encoding="utf-8").replace("\n\n#", "\n\n# checked\n#", 1), encoding="utf-8")
    before = (page.read_bytes(), page.stat().st_mtime_ns)
    code, out, err = translated.run("build", "--locale", "ko_KR", "--only", "pdf")
    assert code == 0 and "also made" not in err, err
    assert (page.read_bytes(), page.stat().st_mtime_ns) == before  # not touched
    translated.translate("demo", {"Fever": "고열"})  # a reviewer's correction
    code, out, err = translated.run("build", "--locale", "ko_KR", "--leaflet", "demo", "--only", "pdf")
    assert code == 0, err
    assert "고열" in pdf_text(pdf)
    assert "고열" in Page(page.read_text(encoding="utf-8")).text and "발열" not in page.read_text(encoding="utf-8")
    index = Page(translated.path("build/index.html").read_text(encoding="utf-8"))
    assert {"ko_KR/demo.html", "ko_KR/demo.pdf"} <= {a["href"] for a, _ in index.links}
    assert "ko-KR" in {
        a.get("hreflang") for a, _ in Page(translated.path("build/en/demo.html").read_text(encoding="utf-8")).links
    }
    assert (
        "note: also made build/ko_KR/demo.html again: it showed the text as it was before build/ko_KR/demo.pdf was made"
    ) in err
    code, out, err = translated.run("build", "--locale", "ko_KR", "--only", "pdf")
    assert code == 0 and "also made" not in err  # said once: the page shows what the PDF shows


@pytest.mark.parametrize("by_hand", ["changed", "deleted"])
def test_a_build_only_pdf_makes_again_a_page_changed_or_deleted_by_hand(translated, by_hand):
    """build/ko_KR/demo.html changed (or deleted) by hand, then --only pdf for that very pair: the page
    was removed (or dropped) as 'changed outside leaflets, and this build did not select it', though
    it was selected, and the PDF made beside it was linked from nothing. It is made again, and said."""
    assert translated.run("build")[0] == 0
    page = translated.path("build/ko_KR/demo.html")
    if by_hand == "changed":
        page.write_text(page.read_text(encoding="utf-8").replace("<title>", "<title>EDITED "), encoding="utf-8")
    else:
        page.unlink()

    code, out, err = translated.run("build", "--locale", "ko_KR", "--leaflet", "demo", "--only", "pdf")

    assert code == 0, err
    assert "did not select" not in err and "removed" not in err
    what = (
        "it was changed outside leaflets (it is not the page build/manifest.json records)"
        if by_hand == "changed"
        else "it was deleted outside leaflets"
    )
    assert (
        f"note: also made build/ko_KR/demo.html again: {what}, and without it build/ko_KR/demo.pdf would be "
        "linked from nothing but the index"
    ) in err
    assert "EDITED" not in page.read_text(encoding="utf-8")
    index = Page(translated.path("build/index.html").read_text(encoding="utf-8"))
    assert {"ko_KR/demo.html", "ko_KR/demo.pdf"} <= {a["href"] for a, _ in index.links}
    code, out, err = translated.run("build", "--locale", "ko_KR", "--leaflet", "demo", "--only", "pdf")
    assert code == 0 and "also made" not in err  # said once


def test_a_pdf_changed_by_hand_beside_a_build_only_html_is_said_as_not_made_not_as_not_selected(translated):
    """The other way round: build/ko_KR/demo.pdf changed by hand, then --only html for that very pair
    removed it saying 'this build did not select it', though it had; it says what happened and how to
    make it again."""
    assert translated.run("build")[0] == 0
    pdf = translated.path("build/ko_KR/demo.pdf")
    pdf.write_bytes(pdf.read_bytes() + b"\n% edited\n")

    code, out, err = translated.run("build", "--locale", "ko_KR", "--leaflet", "demo", "--only", "html")

    assert code == 0, err
    assert (
        "removed build/ko_KR/demo.pdf: it was changed outside leaflets (it is not what build/manifest.json "
        "records), and this build did not make it (--only html); to make it again: leaflets build --locale "
        "ko_KR --leaflet demo --only pdf"
    ) in err
    assert not pdf.exists() and "did not select" not in err


def test_bad_usage_exits_2_and_unknown_locale_is_a_clear_error(project):
    assert project.run("build", "--bogus")[0] == 2
    code, _, err = project.run("build", "--locale", "xx_YY")
    assert code == 2 and "not configured" in err


def test_building_one_leaflet_keeps_the_others_in_the_index(translated):
    other = translated.path("source/demo.md").read_text().replace("id: demo", "id: other")
    translated.path("source/other.md").write_text(other, encoding="utf-8")
    translated.run("extract")
    translated.run("update")
    assert translated.run("build", "--only", "html")[0] == 0
    code, out, _ = translated.run("build", "--only", "html", "--leaflet", "demo", "--locale", "ko_KR", "--force")
    assert code == 0 and "up to date ko_KR/demo (html came out the same): --force" in out and "other" not in out
    hrefs = {a["href"] for a, _ in Page(translated.path("build/index.html").read_text()).links}
    assert {"en/other.html", "ko_KR/other.html", "ko_KR/demo.html"} <= hrefs
    index = translated.path("build/index.html").read_bytes()
    code, _, err = translated.run("build", "--leaflet", "missing")
    assert code == 2 and "source/missing.md: no such leaflet 'missing'" in err
    assert translated.path("build/index.html").read_bytes() == index
    code, _, err = translated.run("check", "--leaflet", "missing")
    assert code == 2 and "no such leaflet" in err


DOSE = "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."


def test_a_translation_with_a_check_error_is_never_shown_and_never_released(translated):
    changed_dose = KOREAN[DOSE].replace("1 g/kg/day", "10 g/kg/day")
    translated.translate("demo", {DOSE: changed_dose})
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1
    assert "refused ko_KR/demo" in err and "numbers" in err
    assert not translated.path("dist/ko_KR/demo.html").exists()

    assert translated.run("build", "--only", "html")[0] == 0
    page = Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8"))
    assert "10 g/kg/day" not in page.text
    assert "You get" in page.marked and "1 g/kg/day" in page.marked


def test_template_text_from_a_translator_is_escaped_even_if_no_check_stopped_it(translated):
    from pipeline.config import load_project
    from pipeline.jobs import CatalogJob, read_catalog
    from pipeline.render_html import Renderer
    from pipeline.source import load_leaflets
    from pipeline.translations import TranslationTable

    project = load_project(translated.root)
    leaflet = load_leaflets(project)[0][0]
    locale = project.locale("ko_KR")
    hostile = TranslationTable(
        "ko_KR",
        strings={
            "References": "<script>alert(1)</script>참고 문헌",
            "Other languages": '"><img src=x onerror=alert(1)>',
            "Page %(page)s of %(pages)s": '"; } body { display: none } @page { content: "',
        },
    )
    table = read_catalog(CatalogJob(project, "ko_KR", "demo", "demo.po", translated.po("demo").read_bytes())).table
    page = Renderer(project).leaflet(leaflet, locale, table, hostile, [], draft=False)
    parsed = Page(page.html)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert "<script>alert(1)</script>참고 문헌" in parsed.text
    # The hostile page label stays inside one CSS string: no rule of its own.
    assert "body {" not in page.print_css and "display: none" not in page.print_css


def test_after_a_refused_release_switchers_and_index_agree_on_what_is_published(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    translated.translate("demo", {"Fever": ""})
    assert translated.run("build", "--release", "--only", "html")[0] == 1
    # The earlier Korean release stays published, so both still point to it.
    english = Page(translated.path("dist/en/demo.html").read_text(encoding="utf-8"))
    assert ("../ko_KR/demo.html", "ko-KR") in {(a["href"], a.get("hreflang")) for a, _ in english.links}
    index = {a["href"] for a, _ in Page(translated.path("dist/index.html").read_text()).links}
    assert "ko_KR/demo.html" in index


def test_a_draft_that_can_no_longer_be_built_is_not_linked(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    translated.po("demo").write_text('msgid "Fever"\nmsgstr "unterminated\n', encoding="utf-8")
    assert translated.run("build", "--only", "html")[0] == 1
    english = Page(translated.path("build/en/demo.html").read_text(encoding="utf-8"))
    assert not [a for a, _ in english.links if a.get("hreflang") == "ko-KR"]
    assert "ko_KR/demo.html" not in {a["href"] for a, _ in Page(translated.path("build/index.html").read_text()).links}


def test_hard_line_breaks_survive_translation(translated):
    source = translated.path("source/demo.md")
    source.write_text(source.read_text() + "\nCall the clinic:  \nMonday to Friday\\\n8 am to 5 pm\n", encoding="utf-8")
    translated.review_english()
    translated.run("extract")
    translated.run("update")
    msgid = "Call the clinic:\\\nMonday to Friday\\\n8 am to 5 pm"
    translated.translate("demo", {msgid: "병원에 전화하세요:\\\n월요일부터 금요일까지\\\n오전 8시부터 오후 5시까지"})
    code, out, _ = translated.run("check", "--leaflet", "demo")
    assert code == 0, out
    result = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(translated.po("demo"))], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    translated.run("build", "--only", "html", "--locale", "ko_KR")
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert "병원에 전화하세요:<br />\n월요일부터 금요일까지<br />\n오전 8시부터 오후 5시까지" in html


def test_a_worker_lays_out_every_page_with_the_templates_it_compiled_for_the_first(translated):
    """A job reaches a worker process as a copy: the copy of the locale's page text must find
    the Jinja environment (the templates compiled) that the first page made, not make another."""
    import pickle

    from pipeline import jobs
    from pipeline.config import load_project
    from pipeline.jobs import CatalogJob, RenderJob, read_catalog, render_pair
    from pipeline.render_html import read_templates
    from pipeline.source import load_leaflets

    project = load_project(translated.root)
    leaflet = load_leaflets(project)[0][0]

    def table(domain: str):
        return read_catalog(CatalogJob(project, "ko_KR", domain, f"{domain}.po", translated.po(domain).read_bytes()))

    job = RenderJob(
        project,
        tuple(sorted(read_templates(project.templates_dir).items())),
        leaflet,
        project.locale("ko_KR"),
        table("demo").table,
        table("common").table,
        tuple(project.locales),
        draft=True,
        formats=("html",),
    )
    pages = [render_pair(pickle.loads(pickle.dumps(job))).files["html"] for _ in range(3)]
    assert pages[0] == pages[1] == pages[2]
    (renderer,) = jobs._renderers.values()
    assert len(renderer._environments) == 2  # one for the HTML templates, one for the print CSS


def test_a_printed_page_gives_the_number_and_address_of_tel_and_mailto_links(project):
    """On paper "call the clinic" reaches no one: a tel: or mailto: link carries a note number as a
    web link does, and the list after the text gives its phone number or e-mail address."""
    source = project.path("source/demo.md")
    links = "[Call the clinic](tel:+1-800-555-0199) or [e-mail the nurse](mailto:nurse@example.org?subject=IVIG)."
    source.write_text(source.read_text() + f"\n{links}\n", encoding="utf-8")
    assert project.run("extract")[0] == 0
    assert project.run("build", "--only", "pdf", "--locale", "en")[0] == 0
    text = " ".join(pdf_text(project.path("build/en/demo.pdf")).split())
    assert "Call the clinic 2 or e-mail the nurse 3." in text
    listed = text[text.index("Addresses of the links") :]
    assert "2. +1-800-555-0199 3. nurse@example.org " in listed  # no tel:, mailto: nor ?subject=
