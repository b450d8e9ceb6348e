"""Every PDF is tagged PDF/UA-1, read back as assistive technology reads it (pikepdf, pypdf, poppler, pdfua).

What no tool here checks is listed in docs/pdf-accessibility.md (checked by hand).
"""

import itertools
import re
import shutil

import pikepdf
import polib
import pytest
from pdfua import validate

from tests.conftest import KOREAN
from tests.pdf_structure import marked_text, poppler_structure_text, structure

pytestmark = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils is installed by make test")

DISCLAIMER = (
    "This leaflet gives general information. It is not medical advice and it does not replace a visit to a "
    "doctor. Every person is different: talk with your doctor, nurse or pharmacist about your own health "
    "before you start, stop or change any treatment."
)


def korean_pdf(project):
    assert project.run("build", "--only", "pdf", "--locale", "ko_KR")[0] == 0
    return project.path("build/ko_KR/demo.pdf")


def test_korean_pdf_declares_pdf_ua_its_language_and_title(translated):
    pdf = pikepdf.open(korean_pdf(translated))
    assert pdf.Root.MarkInfo.Marked is True and "/StructTreeRoot" in pdf.Root
    assert pdf.Root.Lang == "ko-KR"
    assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
    assert "/Outlines" in pdf.Root and pdf.Root.PageMode == "/UseOutlines"  # the bookmarks panel opens with it
    assert pdf.docinfo.Title == "피부 반응에 쓰는 IVIG"
    xmp = pdf.open_metadata()
    assert xmp["pdfuaid:part"] == "1"
    assert xmp["dc:title"] == "피부 반응에 쓰는 IVIG"
    assert set(xmp["dc:language"]) == {"ko-KR"}


def test_pdfua_machine_checks_find_nothing(translated):
    report = validate(str(korean_pdf(translated)))
    assert not report.findings, [(f.rule_id, f.message) for f in report.findings]
    # pdfua 0.1.3 cannot read a /K array of MCIDs (a bug of its own); headings are checked below instead.
    skipped = {o.rule_id for o in report.outcomes if o.skipped_reason}
    assert skipped <= {"UA-14-001"}, skipped


def test_korean_words_keep_their_spaces_in_the_structure_text(translated):
    disclaimer = polib.pofile(str(translated.po("common"))).find(DISCLAIMER).msgstr
    pdf = korean_pdf(translated)
    assert disclaimer in poppler_structure_text(pdf)  # pdfinfo -struct-text, across its line breaks
    paragraphs = [p.text for p in structure(pdf).find("P")]
    assert disclaimer in paragraphs
    headings = [h.text for h in structure(pdf).walk() if re.fullmatch(r"H\d", h.kind)]
    assert headings[0] == "피부 반응에 쓰는 IVIG" and all(h.strip() for h in headings)


def test_every_language_keeps_its_spaces_at_line_ends(translated):
    assert translated.run("build", "--only", "pdf", "--locale", "en")[0] == 0
    pdf = translated.path("build/en/demo.pdf")
    assert DISCLAIMER in poppler_structure_text(pdf)
    assert DISCLAIMER in [p.text for p in structure(pdf).find("P")]


def test_one_element_per_html_element_in_reading_order(translated):
    tree = structure(korean_pdf(translated))
    assert len(tree.find("Document")) == 1 and len(tree.find("H1")) == 1
    assert not tree.find("NonStruct")
    # No element without content: the page's header, which on paper holds only a draft's notes, is left out without them.
    assert not [node.kind for node in tree.walk() if node.kind != "Artifact" and not node.text.strip()]
    items = tree.find("LI")
    assert all([p.kind for p in item.parts if hasattr(p, "kind")] in (["Lbl", "LBody"], ["LBody"]) for item in items)
    bullets = [i for i in items if i.find("LBody")[0].text == "두통"]
    assert bullets and bullets[0].find("Lbl")[0].text.strip() == "•"


def test_passages_in_another_language_declare_it(translated):
    translated.translate("demo", {"Fever": ""})  # a draft shows it in English, marked
    tree = structure(korean_pdf(translated))
    english = {node.text.strip(): node.lang for node in tree.walk() if node.kind in ("LBody", "P", "LI")}
    assert english["[EN] Fever"] == "en"
    assert english["두통"] == "ko-KR"
    # (A draft's notes are a Sect too, with no heading: they come before the title.)
    references = next(n for n in tree.find("Sect") if [h.text for h in n.find("H2")[:1]] == ["참고 문헌"])
    assert references.find("L")[0].dictionary.Lang == "en"  # English references, declared once
    assert all(item.lang == "en" for item in references.find("LBody"))


def test_links_are_link_elements_with_a_description(translated):
    pdf_path = korean_pdf(translated)
    pdf = pikepdf.open(pdf_path)
    tree = structure(pdf_path)
    links = tree.find("Link")
    annotations = [a for page in pdf.pages for a in page.get("/Annots", []) if a.Subtype == "/Link"]
    assert annotations and len(annotations) == sum(
        1
        for link in links
        for kid in link.dictionary.K
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR"
    )
    assert {str(a.Contents) for a in annotations} >= {"연구", "https://doi.org/10.1001/archderm.139.1.26"}
    parent_tree = pdf.Root.StructTreeRoot.ParentTree.Nums
    parents = {int(parent_tree[i]): parent_tree[i + 1] for i in range(0, len(parent_tree), 2)}
    assert all(parents[int(a.StructParent)].S == "/Link" for a in annotations)


def test_running_footers_are_artifacts_not_content(translated):
    pdf = korean_pdf(translated)
    content = [text for page in marked_text(pdf) for text in page.values()]
    assert content and not any("쪽 중" in text for text in content)  # the page counter is no tagged content
    text = poppler_structure_text(pdf)
    assert "쪽 중" not in text
    assert text.count("이 안내문은 정보 제공용입니다") == 1  # the short disclaimer once, in the text, not per page


def long_table_leaflet(project, rows: int = 45) -> None:
    source = project.path("source/demo.md")
    table = "\n| Diagnosis | Skin affected |\n|---|---|\n" + "".join(
        f"| Case {n} | {n}% of the body |\n" for n in range(rows)
    )
    source.write_text(source.read_text() + table, encoding="utf-8")
    project.run("extract")


def test_a_table_across_pages_is_one_table_with_its_headers(project):
    long_table_leaflet(project)
    assert project.run("build", "--only", "pdf", "--locale", "en")[0] == 0
    pdf_path = project.path("build/en/demo.pdf")
    tree = structure(pdf_path)
    tables = tree.find("Table")
    assert len(tables) == 2  # the short table and the long one, which spans pages
    long = tables[1]
    assert len(long.find("TR")) == 46 and len(long.find("TH")) == 2  # the repeated header is not read again
    pdf = pikepdf.open(pdf_path)
    ids = pdf.Root.StructTreeRoot.IDTree.Names
    known = {str(ids[i]) for i in range(0, len(ids), 2)}
    for header in long.find("TH"):
        assert header.dictionary.A.Scope == "/Column" and str(header.dictionary.ID) in known
    cells = long.find("TD")
    assert len(cells) == 90
    assert all(
        {str(h) for h in cell.dictionary.A.Headers} <= known and len(cell.dictionary.A.Headers) == 1 for cell in cells
    )
    pages = {kid.Pg.objgen for td in cells for kid in [td.dictionary]}
    assert len(pages) > 1  # it did cross a page


def test_a_link_is_one_tab_stop_per_line_it_takes(translated):
    """Each no-wrap piece of an address (https://, doi.org/, ...) had an annotation of its own over the
    link's: a keyboard user tabbed through one reference address six times."""
    pdf = pikepdf.open(korean_pdf(translated))
    nested = []
    for number, page in enumerate(pdf.pages, start=1):
        annotations = [(str(a.A.URI), [float(n) for n in a.Rect]) for a in page.obj.get("/Annots", []) if "/A" in a]
        assert annotations or number > 1
        for (uri, outer), (other, inner) in itertools.permutations(annotations, 2):
            inside = outer[0] <= inner[0] + 0.5 and inner[2] <= outer[2] + 0.5 and outer[1] <= inner[1] + 0.5
            if uri == other and inside and inner[3] <= outer[3] + 0.5:
                nested.append((number, uri))
    assert nested == []


def test_an_english_title_on_a_translated_draft_is_marked_english_in_the_html_and_the_pdf(translated):
    """A fuzzy title put the English in <title> under <html lang="ko-KR">: a screen reader said
    "IVIG for skin reactions" with Korean sounds. The title and summary a draft shows in English are
    declared English where they stand alone: the <h1>, the description, and in the PDF the XMP's
    description beside the document's /Lang. <title> (which can hold no span) begins with the
    page's "Draft" (초안), which matters more, so it stays in the page's language."""
    title, summary = "IVIG for *skin* reactions", "What IVIG is and how it is given."
    catalog = polib.pofile(str(translated.po("demo")))
    for msgid in (title, summary):
        catalog.find(msgid).flags.append("fuzzy")  # the English changed: the translation is not trusted
    catalog.save()
    assert translated.run("build", "--locale", "ko_KR")[0] == 0
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert re.search(r'<html lang="ko-KR"', html)
    assert re.search(r"<title>초안 – IVIG for skin reactions</title>", html), html[:800]
    assert re.search(r'<meta name="description" content="What IVIG is and how it is given." lang="en">', html)
    h1 = re.search(r"<h1\b[^>]*>", html).group()
    assert 'lang="en"' in h1

    pdf = pikepdf.open(translated.path("build/ko_KR/demo.pdf"))
    assert pdf.Root.Lang == "ko-KR"  # the document is Korean ...
    assert pdf.docinfo.Title == "초안 – IVIG for skin reactions"
    xmp = str(pdf.open_metadata())
    # ... and its description is said to be English (XMP's language alternative; the Info dictionary cannot say it).
    assert re.search(r'<rdf:li xml:lang="en">What IVIG is and how it is given.</rdf:li>', xmp), xmp
    assert not re.search(r'<rdf:li xml:lang="en">[^<]*IVIG for skin', xmp)  # a title of two languages: none
    assert [h.lang for h in structure(translated.path("build/ko_KR/demo.pdf")).find("H1")] == ["en"]

    # Translated and trusted again, title and description are the page's language throughout.
    translated.translate("demo", {title: KOREAN[title], summary: KOREAN[summary]})
    assert translated.run("build", "--locale", "ko_KR")[0] == 0
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert re.search(r"<title>(?:초안 – )?피부 반응에 쓰는 IVIG</title>", html)
    xmp = str(pikepdf.open(translated.path("build/ko_KR/demo.pdf")).open_metadata())
    assert 'xml:lang="en"' not in xmp
