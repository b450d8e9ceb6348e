"""The index in every language, and what a draft says about itself (issue 8 item 5, issue 7 item 3).

Read as a reader's browser reads them: parsed HTML, and the PDF's text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from tests.conftest import REPO, Project
from tests.pdf_structure import structure

KOREAN_TITLE = "피부 반응에 쓰는 IVIG"


class Elements(HTMLParser):
    """Every element's tag, attributes and text (its own and its children's)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict, list[str]]] = []
        self._open: list[list[str]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "br", "wbr", "input", "img"):
            self.found.append((tag, dict(attrs), []))
            return
        self._open.append([])
        self.found.append((tag, dict(attrs), self._open[-1]))

    def handle_endtag(self, tag):
        if self._open:
            self._open.pop()

    def handle_data(self, data):
        for text in self._open:
            text.append(data)

    def all(self, tag: str, **attrs: str) -> list[tuple[dict, str]]:
        return [
            (a, " ".join("".join(t).replace("\u2060", "").split()))
            for name, a, t in self.found
            if name == tag and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]


def index(project) -> Elements:
    return Elements(project.path("build/index.html").read_text(encoding="utf-8"))


def test_each_language_section_of_the_index_is_in_that_language(translated):
    assert translated.run("build")[0] == 0
    page = index(translated)
    [(_, heading)] = page.all("h2", id="lang-ko_KR")
    assert heading == "한국어 · 환자 안내문"
    links = page.all("a", href="ko_KR/demo.pdf")
    # Named by title and format; it shows "PDF", which its name holds (WCAG 2.5.3).
    assert [(a["aria-label"], text) for a, text in links] == [(f"{KOREAN_TITLE}, PDF", "PDF")]
    assert [text for _, text in page.all("a", href="ko_KR/demo.html")] == [KOREAN_TITLE]
    assert "(PDF)" not in translated.path("build/index.html").read_text(encoding="utf-8")


LARGE_PRINT_LINK = ("큰 글씨 PDF", f"{KOREAN_TITLE}, 큰 글씨 PDF")
BILINGUAL_LINK = ("영어 원문과 나란히 보는 PDF", f"{KOREAN_TITLE}, 영어 원문과 나란히 보는 PDF")


def other_pdf_links(page: Elements) -> dict[str, tuple[str, str]]:
    """Every link of the index to a large print or bilingual PDF: href -> (what it shows, its accessible name)."""
    return {
        a["href"]: (text, a.get("aria-label", ""))
        for a, text in page.all("a")
        if a.get("href", "").endswith((".large.pdf", ".bilingual.pdf"))
    }


def test_the_index_links_the_large_print_and_bilingual_pdfs_a_build_made(translated):
    code, _, err = translated.run("build", "--large-print", "--bilingual")
    assert code == 0, err
    links = other_pdf_links(index(translated))
    assert links == {
        "ko_KR/demo.large.pdf": LARGE_PRINT_LINK,  # in the section's language, named with the title
        "ko_KR/demo.bilingual.pdf": BILINGUAL_LINK,
        "en/demo.large.pdf": ("Large print PDF", "IVIG for skin reactions, large print PDF"),
    }  # no bilingual English page: English has nothing to set beside it
    for href, (shows, name) in links.items():
        assert translated.path(f"build/{href}").is_file(), href
        assert shows.lower() in name.lower()  # the name holds what the link shows (WCAG 2.5.3)


def test_the_index_links_no_other_pdf_that_was_not_built(translated):
    code, _, err = translated.run("build")
    assert code == 0, err
    assert other_pdf_links(index(translated)) == {}
    assert index(translated).all("a", href="ko_KR/demo.pdf")  # the usual PDF is linked as before
    code, _, err = translated.run("build", "--only", "pdf", "--large-print", "--locale", "ko_KR")
    assert code == 0, err
    assert other_pdf_links(index(translated)) == {"ko_KR/demo.large.pdf": LARGE_PRINT_LINK}
    translated.path("build/ko_KR/demo.large.pdf").unlink()  # a file gone: its link goes with it
    assert translated.run("build", "--only", "html")[0] == 0
    assert other_pdf_links(index(translated)) == {}


def test_a_release_index_links_the_large_print_pdf_of_a_locale_that_always_gets_it(translated):
    from tests.test_variants import with_large_print

    with_large_print(translated)
    code, out, err = translated.run("build", "--release")
    assert code == 0, out + err
    page = Elements(translated.path("dist/index.html").read_text(encoding="utf-8"))
    assert other_pdf_links(page) == {"ko_KR/demo.large.pdf": LARGE_PRINT_LINK}
    assert translated.path("dist/ko_KR/demo.large.pdf").is_file()


def test_a_draft_index_says_how_much_is_translated_in_the_sections_language(translated):
    translated.translate("demo", {"Headache": "", "Fever": ""})
    assert translated.run("build", "--only", "html")[0] == 0
    progress = [text for _, text in index(translated).all("span", **{"class": "progress"})]
    assert progress == ["81% 번역됨"]  # 9 of 11 passages, in Korean, with its label


def test_an_untranslated_title_in_the_index_is_declared_english(project):
    assert project.run("build", "--only", "html")[0] == 0  # nothing translated: the draft shows English
    [(attributes, text)] = index(project).all("a", href="ko_KR/demo.html")
    assert text == "IVIG for skin reactions" and attributes["lang"] == "en"


def test_the_arabic_draft_index_declares_its_english_titles_left_to_right(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    for name in ("source", "locales", "templates"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(REPO / "leaflets.toml", root / "leaflets.toml")
    shipped = Project(root, monkeypatch)
    shipped.translate("ivig-dermatology", {"IVIG for autoimmune skin diseases": ""}, locale="ar")  # title not yet
    assert shipped.run("build", "--only", "html", "--locale", "ar")[0] == 0
    page = index(shipped)
    [(attributes, text)] = page.all("a", href="ar/ivig-dermatology.html")  # the draft shows its English title
    assert text == "IVIG for autoimmune skin diseases"
    assert (attributes.get("lang"), attributes.get("dir")) == ("en", "ltr")
    [(attributes, _)] = page.all("a", href="ar/ivig-ten.html")
    assert "lang" not in attributes


def test_template_text_shown_in_english_is_declared_english(translated):
    translated.translate("common", {"References": "", "Other languages": ""})
    assert translated.run("build", "--only", "html", "--locale", "ko_KR")[0] == 0
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    # declared English, and marked as an untranslated passage is (on the heading that holds nothing else)
    assert '<h2 id="references-heading" data-page-text="untranslated"><span lang="en">References</span></h2>' in html
    assert 'aria-label="Other languages"' in html  # in an attribute, no element can say it
    assert "\ue000" not in html and "\ue001" not in html


def skip_link_target(html: str) -> str:
    return re.search(r'<a class="skip-link" href="#([^"]+)"', html).group(1)


def test_the_skip_link_lands_on_the_draft_banner_when_there_is_one(translated):
    translated.translate("demo", {"Fever": ""})
    assert translated.run("build", "--only", "html", "--locale", "ko_KR", "--locale", "en")[0] == 0
    draft = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    target = skip_link_target(draft)
    page = Elements(draft)
    [(attributes, text)] = page.all("section", id=target)
    assert attributes["tabindex"] == "-1" and "1곳" in text  # focusable, and it holds the banner
    assert attributes["aria-label"] == "초안"  # a region named "Draft", said where the link lands
    complete = translated.path("build/en/demo.html").read_text(encoding="utf-8")
    assert skip_link_target(complete) == "content"


needs_fontconfig = pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig is installed by make all")


@needs_fontconfig
def test_a_draft_whose_font_lacks_characters_says_so_on_the_page_and_in_the_pdf(translated):
    translated.translate("demo", {"Fever": "발열 (حمى)"})  # Arabic letters: Noto Sans CJK KR has none
    code, _, err = translated.run("build", "--locale", "ko_KR")
    assert code == 1 and "cannot show 3 characters" in err  # the build still fails, naming them
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    [(_, banner)] = Elements(html).all("div", id="font-gaps-note")
    assert (
        banner
        == "초안 이 페이지의 글꼴로는 다음 글자를 표시할 수 없습니다: حمى. PDF에서는 빈 상자로 인쇄될 수 있습니다."
    )
    assert skip_link_target(html) == "draft-notes"
    text = subprocess.run(
        ["pdftotext", str(translated.path("build/ko_KR/demo.pdf")), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "이 페이지의 글꼴로는 다음 글자를 표시할 수 없습니다" in " ".join(text.split())


def test_a_draft_whose_fonts_cover_it_has_no_font_banner(translated):
    assert translated.run("build", "--locale", "ko_KR")[0] == 0
    assert 'id="font-gaps-note"' not in translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")


def test_a_table_caption_is_written_before_the_table_and_translated_with_it(translated):
    source = translated.path("source/demo.md")
    source.write_text(
        source.read_text().replace("| Diagnosis |", "Table: Skin affected by diagnosis\n\n| Diagnosis |"),
        encoding="utf-8",
    )
    assert translated.run("extract")[0] == 0 and translated.run("update")[0] == 0
    translated.translate("demo", {"Table: Skin affected by diagnosis": "표: 진단별로 영향을 받은 피부"})
    assert translated.run("build", "--locale", "ko_KR")[0] == 0
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert "<table>\n<caption>표: 진단별로 영향을 받은 피부</caption>" in html
    assert "<p>표:" not in html
    table = structure(translated.path("build/ko_KR/demo.pdf")).find("Table")[0]
    assert [caption.text for caption in table.find("Caption")] == ["표: 진단별로 영향을 받은 피부"]


def test_the_index_font_stack_names_each_family_once(translated):
    """The index joins every locale's fonts; two Latin locales must not repeat theirs."""
    assert translated.run("init", "es")[0] == 0
    assert translated.run("build", "--only", "html")[0] == 0
    html = translated.path("build/index.html").read_text(encoding="utf-8")
    [stack] = re.findall(r"--font-stack: ([^;]*);", html)
    families = [family.strip() for family in stack.split(",")]
    assert len(families) == len(set(families)) and families[-1] == "sans-serif", families
