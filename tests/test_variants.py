"""build --bilingual and --large-print: more PDFs of each page, read back as readers and screen readers get them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from html import unescape

import pikepdf
import polib
import pytest
from pdfua import validate
from pypdf import PdfReader

from pipeline.markdown import inline_plain_text
from tests.conftest import KOREAN
from tests.pdf_structure import structure
from tests.test_build import pdf_text

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")


def words(path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(word, x, y, height, right end) of every word on ``page``, as poppler reads them."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', xml)
    return [(word, float(x0), float(y0), float(y1) - float(y0), float(x1)) for x0, y0, x1, y1, word in found]


def test_bilingual_pdf_sets_each_passage_beside_its_translation(translated):
    code, out, err = translated.run("build", "--only", "pdf", "--bilingual")
    assert code == 0, err
    path = translated.path("build/ko_KR/demo.bilingual.pdf")
    assert path.is_file() and translated.path("build/ko_KR/demo.pdf").is_file()
    assert not translated.path("build/en/demo.bilingual.pdf").exists()  # English has nothing to set beside it
    placed = {word: (x, y) for word, x, y, *_ in words(path)}
    for english, korean in (("Headache", "두통"), ("Fever", "발열"), ("Diagnosis", "진단")):
        (ex, ey), (kx, ky) = placed[english], placed[korean]
        assert ex < kx and abs(ey - ky) < 3, (english, placed[english], korean, placed[korean])
    text = " ".join(pdf_text(path).split())
    assert "IVIG 투여 방법" in text and "How IVIG is given" in text
    assert "1 g/kg/day" in text and "**" not in text


def test_bilingual_pdf_is_tagged_with_each_columns_language(translated):
    assert translated.run("build", "--only", "pdf", "--bilingual", "--locale", "ko_KR")[0] == 0
    path = translated.path("build/ko_KR/demo.bilingual.pdf")
    pdf = pikepdf.open(path)
    assert pdf.Root.Lang == "ko-KR" and pdf.open_metadata()["pdfuaid:part"] == "1"
    report = validate(str(path))
    assert not report.findings, [(f.rule_id, f.message) for f in report.findings]
    tree = structure(path)
    rows = [[cell for cell in row.parts if getattr(cell, "kind", "") in ("TD", "TH")] for row in tree.find("TR")]
    pairs = {
        cells[0].text.strip(): (cells[0].lang, cells[1].text.strip(), cells[1].lang)
        for cells in rows
        if len(cells) == 2
    }
    assert pairs["English"] == ("en", "한국어", "ko-KR")
    assert pairs["How IVIG is given"] == ("en", "IVIG 투여 방법", "ko-KR")
    assert pairs["Call 911 in an emergency."] == ("en", "응급 상황에서는 911에 전화하세요.", "ko-KR")


def test_bilingual_pdf_keeps_korean_words_whole(translated):
    """keep-all: every Korean word printed is a whole word of the page's text (none cut at a line end)."""
    assert translated.run("build", "--only", "pdf", "--bilingual", "--locale", "ko_KR")[0] == 0
    page_text = [*KOREAN.values(), *(entry.msgstr for entry in polib.pofile(str(translated.po("common")))), "한국어"]
    # A link is printed with its note number a space after it: "[연구](…)를" as "연구 1를".
    printed_text = [re.sub(r"\[([^]]*)\]\([^)]*\)", r"\g<1> 1", text) for text in page_text]
    korean_words = {word.strip(".,:()") for text in printed_text for word in inline_plain_text(text).split()}
    path = translated.path("build/ko_KR/demo.bilingual.pdf")
    printed = [
        word
        for page in (1, 2)
        for word in _joined(_words_or_none(path, page))
        if re.search("[가-힣]", word) and not re.search(r"\d", word)
    ]  # not the review date
    assert "두통" in printed and not [w for w in printed if w.strip(".,:()") not in korean_words]


def _joined(found):
    """Words poppler split where a link or style starts ("연구" "를"), joined back."""
    out, last = [], None
    for word, x, y, _, right in found:
        if last and abs(last[1] - y) < 1 and -0.5 <= x - last[0] < 0.5:
            out[-1] += word
        else:
            out.append(word)
        last = (right, y)
    return out


def test_a_draft_bilingual_pdf_marks_an_untranslated_passage(translated):
    translated.translate("demo", {"Fever": ""})
    assert translated.run("build", "--only", "pdf", "--bilingual", "--locale", "ko_KR")[0] == 0
    text = pdf_text(translated.path("build/ko_KR/demo.bilingual.pdf"))
    assert re.search(r"Fever\s+•\s+\[EN\] Fever", text), text


def test_large_print_has_16_pt_body_text_and_the_same_content(translated):
    code, out, err = translated.run("build", "--only", "pdf", "--large-print", "--locale", "ko_KR")
    assert code == 0, err
    normal, large = translated.path("build/ko_KR/demo.pdf"), translated.path("build/ko_KR/demo.large.pdf")
    sizes = text_sizes(large)
    assert sizes.most_common(1)[0][0] == 16.0, sizes  # the body: most of the text
    assert min(sizes) >= 11, sizes  # nothing smaller than the page footer
    assert text_sizes(normal).most_common(1)[0][0] < 16
    assert " ".join(pdf_text(normal).split()).replace(" ", "").count("두통") == " ".join(
        pdf_text(large).split()
    ).replace(" ", "").count("두통")
    assert pikepdf.open(large).Root.Lang == "ko-KR"


def with_large_print(project, locale: str = "ko_KR") -> None:
    """``large_print = true`` in the locale's table of leaflets.toml, as a project would write it."""
    config = project.path("leaflets.toml")
    header = f"[locales.{locale}]\n"
    config.write_text(
        config.read_text(encoding="utf-8").replace(header, header + "large_print = true\n"), encoding="utf-8"
    )


def test_a_locale_with_the_large_print_preset_gets_16_pt_pdfs_without_the_flag(translated):
    with_large_print(translated)
    assert translated.run("build", "--only", "html")[0] == 0
    assert not translated.path("build/ko_KR/demo.large.pdf").exists()  # no PDFs asked for, none made
    code, out, err = translated.run("build", "--only", "pdf")
    assert code == 0, err
    large = translated.path("build/ko_KR/demo.large.pdf")
    sizes = text_sizes(large)
    assert sizes.most_common(1)[0][0] == 16.0 and min(sizes) >= 11, sizes
    assert text_sizes(translated.path("build/ko_KR/demo.pdf")).most_common(1)[0][0] < 16
    assert not translated.path("build/en/demo.large.pdf").exists()  # only the locale that asks for it
    assert "두통" in pdf_text(large)


def test_the_large_print_preset_reaches_a_release_and_renders_only_the_new_pdf(translated):
    translated.run("compile")
    code, out, err = translated.run("build", "--release", "--locale", "ko_KR")
    assert code == 0, err
    assert not translated.path("dist/ko_KR/demo.large.pdf").exists()
    with_large_print(translated)
    code, out, err = translated.run("build", "--release", "--locale", "ko_KR")
    assert code == 0, err
    assert "built ko_KR/demo (large.pdf)" in out + err  # the HTML and the usual PDF did not change
    assert "en/demo" not in out + err
    assert text_sizes(translated.path("dist/ko_KR/demo.large.pdf")).most_common(1)[0][0] == 16.0
    assert not translated.path("dist/en/demo.large.pdf").exists()


def text_sizes(path) -> Counter:
    """Characters shown at each font size (points, as the text matrix scales it)."""
    sizes: Counter = Counter()

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes[round(size * tm[3] * cm[3], 1)] += len(text.strip())

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def _words_or_none(path, page):
    try:
        return words(path, page)
    except subprocess.CalledProcessError:  # fewer pages
        return []


def test_variants_follow_the_release_gate(translated):
    translated.run("compile")
    code, out, err = translated.run("build", "--release", "--bilingual", "--large-print", "--locale", "ko_KR")
    assert code == 0, err
    assert translated.path("dist/ko_KR/demo.bilingual.pdf").is_file()
    assert translated.path("dist/ko_KR/demo.large.pdf").is_file()
    translated.translate("demo", {"Fever": ""})
    translated.run("compile")
    before = translated.path("dist/ko_KR/demo.bilingual.pdf").read_bytes()
    code, out, err = translated.run("build", "--release", "--bilingual", "--locale", "ko_KR")
    assert code != 0 and "refused ko_KR/demo" in err
    assert translated.path("dist/ko_KR/demo.bilingual.pdf").read_bytes() == before


def test_help_names_the_variant_files(project, capsys):
    code, _, _ = project.run("build", "--help")
    out = " ".join(capsys.readouterr().out.split())  # argparse prints help to sys.stdout
    assert code == 0 and "<id>.bilingual.pdf" in out and "<id>.large.pdf" in out and "16 pt" in out


LONG_WORD = "독성표피괴사용해증과스티븐스존슨증후군중첩형을포함하는중증피부이상반응의총칭으로쓰이는의학용어"
LONG_ADDRESS = (
    "https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/125046s0267lbl.pdf"
    "#page=1&zoom=auto&search=thrombosisrenaldysfunctionacuterenalfailurewarning"
)


def test_every_word_stays_inside_the_margins_and_reaches_the_paper(translated):
    """A word wider than a line (a translator's long compound, a web address with a long last part)
    ran off the right edge of the paper, its end lost; the large-print margins were not applied, so its
    footer's last line came within 3 mm of the edge; the bilingual table was wider than the text area."""
    source = translated.path("source/demo.md")
    source.write_text(
        source.read_text(encoding="utf-8") + f"\nRead the [FDA label]({LONG_ADDRESS}) before your first dose.\n",
        encoding="utf-8",
    )
    translated.review_english()
    assert translated.run("extract")[0] == 0 and translated.run("update")[0] == 0
    translated.translate(
        "demo",
        {
            f"Read the [FDA label]({LONG_ADDRESS}) before your first dose.": (
                f"첫 투여 전에 {LONG_WORD}를 다룬 [FDA 설명서]({LONG_ADDRESS})를 읽으세요."
            )
        },
    )
    code, _, err = translated.run("build", "--only", "pdf", "--large-print", "--bilingual", "--locale", "ko_KR")
    assert code == 0, err
    for name in ("demo.pdf", "demo.large.pdf", "demo.bilingual.pdf"):
        pdf = translated.path(f"build/ko_KR/{name}")
        with pikepdf.open(pdf) as opened:
            width, height = (float(n) for n in opened.pages[0].mediabox[2:])
        # Inside what a desktop printer prints (10 mm from each edge; the layouts' margins are 14-24 mm:
        # WeasyPrint may set a line's last word a few points past its measure); the bilingual table
        # inside the page's 16 mm side margins, which its two columns and their padding overran.
        margin = 10 / 25.4 * 72
        side = 16 / 25.4 * 72 - 0.5 if "bilingual" in name else margin
        found = []
        for page in range(1, len(PdfReader(pdf).pages) + 1):
            for word, x, y, word_height, right in words(pdf, page):
                assert side <= x and right <= width - side, (name, page, word, x, right)
                assert y + word_height <= height - margin, (name, page, word)
                found.append((x, unescape(word)))  # pdftotext -bbox writes XML: &amp;
        # Its pieces, line by line (a page's footer and the bilingual table's English column between them).
        pieces = [word for _, word in found if len(word) > 2 and word in f"첫 투여 전에 {LONG_WORD}를"]
        assert LONG_WORD in "".join(pieces), name
        assert LONG_ADDRESS in "".join(word for _, word in found), name


def test_a_bilingual_heading_is_never_alone_at_the_foot_of_a_page(tmp_path):
    """The shipped Korean ivig-ten: "How TEN is treated / TEN은 어떻게 치료하나요?" ended page 3, its
    passages on page 4 (break-after on a heading's own row; a table row knows no h2's rules)."""
    from tests.conftest import REPO
    from tests.rendered import pdf_pages
    from tests.test_print_layout import html_blocks_of

    for name in ("source", "locales", "templates"):
        shutil.copytree(REPO / name, tmp_path / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(REPO / "leaflets.toml", tmp_path / "leaflets.toml")
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--bilingual", "--locale", "ko_KR", "--leaflet", "ivig-ten"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    headings = set(html_blocks_of((tmp_path / "build/ko_KR/ivig-ten.html").read_text(encoding="utf-8"), "h2", "h3"))
    pages = pdf_pages(tmp_path / "build/ko_KR/ivig-ten.bilingual.pdf", body_only=True)
    assert len(pages) > 3
    for number, page in enumerate(pages[:-1], start=1):
        assert not any(heading in page[-1] for heading in headings), (number, page[-3:])


def test_a_draft_removes_the_variant_pdfs_a_build_without_their_flags_left_showing_an_old_translation(translated):
    code, out, err = translated.run("build", "--locale", "ko_KR", "--large-print", "--bilingual")
    assert code == 0, err
    large, bilingual = translated.path("build/ko_KR/demo.large.pdf"), translated.path("build/ko_KR/demo.bilingual.pdf")
    index = translated.path("build/index.html")
    assert translated.run("build")[0] == 0  # nothing changed: they still show what the page shows, and stay
    assert "발열" in pdf_text(large) and "발열" in pdf_text(bilingual)
    links = index.read_text(encoding="utf-8")
    assert "demo.large.pdf" in links and "demo.bilingual.pdf" in links
    translated.translate("demo", {"Fever": "고열"})  # a reviewer's correction
    code, out, err = translated.run("build")
    assert code == 0, err
    assert "고열" in pdf_text(translated.path("build/ko_KR/demo.pdf"))
    assert not large.exists() and not bilingual.exists()  # not left giving 발열 beside the corrected page
    links = index.read_text(encoding="utf-8")
    assert "demo.large.pdf" not in links and "demo.bilingual.pdf" not in links
    assert (
        "removed build/ko_KR/demo.bilingual.pdf, build/ko_KR/demo.large.pdf: they showed the text as it was before "
        "build/ko_KR/demo.html, build/ko_KR/demo.pdf were made again, and this build did not make them "
        "(no --bilingual --large-print); to make them again: leaflets build --locale ko_KR --leaflet demo "
        "--only pdf --bilingual --large-print"
    ) in err
    code, out, err = translated.run("build", "--locale", "ko_KR", "--leaflet", "demo", "--only", "pdf", "--bilingual")
    assert code == 0, err
    assert "고열" in pdf_text(bilingual) and "demo.bilingual.pdf" in index.read_text(encoding="utf-8")


def test_a_draft_removes_an_english_large_print_pdf_once_its_english_changed(translated):
    assert translated.run("build", "--locale", "en", "--large-print")[0] == 0
    large = translated.path("build/en/demo.large.pdf")
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("Headache", "Bad headache"), encoding="utf-8")
    code, out, err = translated.run("build", "--locale", "en")
    assert code == 0, err
    assert "Bad headache" in pdf_text(translated.path("build/en/demo.pdf"))
    assert not large.exists()
    assert "demo.large.pdf" not in translated.path("build/index.html").read_text(encoding="utf-8")
    assert "removed build/en/demo.large.pdf: it showed the text as it was before" in err


def test_a_draft_only_pdf_with_a_variant_makes_again_the_page_its_pdfs_no_longer_agree_with(translated):
    """The English changed, then only the PDFs were asked for: the page beside them kept the old
    English, linked from the index beside them; it is made again, and the line names every PDF."""
    assert translated.run("build", "--locale", "en")[0] == 0
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("Headache", "Bad headache"), encoding="utf-8")
    code, out, err = translated.run("build", "--locale", "en", "--only", "pdf", "--large-print")
    assert code == 0, err
    for pdf in ("demo.pdf", "demo.large.pdf"):
        assert "Bad headache" in pdf_text(translated.path(f"build/en/{pdf}")), pdf
    assert "Bad headache" in translated.path("build/en/demo.html").read_text(encoding="utf-8")
    assert (
        "note: also made build/en/demo.html again: it showed the text as it was before build/en/demo.pdf, "
        "build/en/demo.large.pdf were made"
    ) in err
    index = translated.path("build/index.html").read_text(encoding="utf-8")
    assert all(f"en/demo.{fmt}" in index for fmt in ("html", "pdf", "large.pdf"))
