"""A draft's marks as assistive technology meets them (WCAG 2.2 AA; PDF/UA-1, the Matterhorn Protocol).

The "Draft" at the head of every page of a draft's PDF is a pagination artifact, as running heads
must be, so no screen reader says it: the draft is said in what they do read, first. The page's
title (the PDF's too, which its window shows) begins with "Draft" in the page's language; the
banners open the page, each a note, their words a paragraph beginning "Draft", in a region
named "Draft" (a PDF's ``Sect``) before the title, in the page's language, the English they list
declared English. Printed from a browser, a draft says "Draft" at every page's head too. The marks'
colours keep WCAG's contrast on screen and on paper.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pikepdf
import pytest
import tinycss2
import tinyhtml5
from pdfua import validate

from tests.conftest import REPO
from tests.pdf_structure import Node, artifact_text, structure
from tests.shipped import check_pages
from tests.test_clinical_review import CHANGED_DOSE, edit
from tests.test_clinical_review import DOSE as CLINICAL_DOSE
from tests.test_held_back import DOSE, WRONG

pytestmark = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils is installed by make test")

TITLE = "피부 반응에 쓰는 IVIG"
DRAFT = "초안"  # the shipped common.po's "Draft"
BANNERS = ("not-reviewed-note", "untranslated-note", "held-back-note")


def every_banner(project) -> tuple[Path, Path]:
    """A reviewed Korean translation, then a passage emptied and a dose changed: a draft with every banner
    (not reviewed again, not translated, held back) and the list of passages changed since the review."""
    project.translate("demo", {DOSE: WRONG, "Fever": ""})
    assert project.run("build", "--locale", "ko_KR")[0] == 0
    return project.path("build/ko_KR/demo.html"), project.path("build/ko_KR/demo.pdf")


def tag(element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def words(element) -> str:
    return " ".join("".join(element.itertext()).replace("\u2060", "").split())


def test_a_draft_unfit_for_patients_says_draft_first_in_its_title_on_screen_and_in_its_pdf(translated):
    assert translated.run("build", "--locale", "ko_KR")[0] == 0
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert f"<title>{TITLE}</title>" in html  # signed off and complete: the title as released

    html_path, pdf_path = every_banner(translated)
    assert f"<title>{DRAFT} – {TITLE}</title>" in html_path.read_text(encoding="utf-8")
    pdf = pikepdf.open(pdf_path)
    # The title a PDF reader shows and says (DisplayDocTitle), in both places PDF/UA reads it.
    assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.docinfo.Title) == f"{DRAFT} – {TITLE}"
    assert pdf.open_metadata()["dc:title"] == f"{DRAFT} – {TITLE}"


def test_a_drafts_banners_are_notes_in_a_region_named_draft_before_the_title(translated):
    html_path, _ = every_banner(translated)
    body = tinyhtml5.parse(html_path.read_text(encoding="utf-8")).find("{*}body")
    notes = body.find(".//{*}section[@id='draft-notes']")
    assert notes is not None and notes.get("aria-label") == DRAFT and notes.get("tabindex") == "-1"
    assert "lang" not in notes.attrib  # the page's language, which <html lang> declares
    banners = [element for element in notes if tag(element) == "div"]
    assert [banner.get("id") for banner in banners] == list(BANNERS)
    for banner in banners:
        # A note whose words are a paragraph that begins "Draft" (a PDF's P, not text loose in a Div).
        assert banner.get("role") == "note" and "lang" not in banner.attrib
        first = banner[0]
        assert tag(first) == "p" and words(first).startswith(f"{DRAFT} "), words(banner)
        assert (banner.text or "").strip() == "" and all((kid.tail or "").strip() == "" for kid in banner)
    # What the held-back banner lists is English, declared so; so are the passages the review's list names
    # as the page shows them (their translations changed, one held back and one emptied: shown in English).
    [listed] = banners[2].findall("{*}ul")
    assert listed.get("lang") == "en" and words(listed)
    changed = body.find(".//{*}div[@class='draft-banner review-changes']").findall(".//{*}li")
    assert len(changed) == 2 and all(item.get("lang") == "en" and words(item) for item in changed)
    # Before the page's one h1, and no heading among them: the outline starts at the title, no level skipped.
    headings = [int(tag(e)[1]) for e in body.iter() if re.fullmatch(r"h[1-6]", tag(e))]
    assert headings[0] == 1 and headings.count(1) == 1 and not notes.findall(".//{*}h1")
    order = list(body.iter())
    assert order.index(notes) < order.index(body.find(".//{*}h1"))


def test_a_drafts_pdf_says_draft_first_in_its_tags_and_at_every_page_head_as_an_artifact(translated):
    _, pdf = every_banner(translated)
    pages = artifact_text(pdf)
    assert len(pages) > 1
    # Every page's head says it, as a pagination artifact (Matterhorn 18: running heads are artifacts) ...
    assert all(("/Header", DRAFT) in artifacts for artifacts in pages), pages
    tree = structure(pdf)
    [document] = tree.find("Document")
    # ... so what a screen reader reads says it first: the region of notes, then the title.
    content = [part for part in document.walk() if part.kind in ("Sect", "H1") and part.text.strip()]
    notes, title = content[0], next(part for part in content if part.kind == "H1")
    assert notes.kind == "Sect" and notes.text.strip().startswith(DRAFT)
    assert [n.kind for n in document.walk()].index("Sect") < [n.kind for n in document.walk()].index("H1")
    assert title.text == TITLE
    banners = [part for part in notes.parts if isinstance(part, Node)]
    assert len(banners) == len(BANNERS)
    for banner in banners:
        # Each banner's words a paragraph in the page's language, none loose in its Div.
        assert banner.kind == "Div" and not "".join(p for p in banner.parts if isinstance(p, str)).strip()
        paragraph = banner.parts[0]
        assert paragraph.kind == "P" and paragraph.text.strip().startswith(DRAFT) and paragraph.lang == "ko-KR"
        assert "/Lang" not in paragraph.dictionary  # the document's, which it inherits
    # "Draft" is read once per banner, not once per page.
    tagged = " ".join(node.text for node in tree.find("P"))
    assert tagged.count(DRAFT) == len(BANNERS)
    # The English the banners list, and the passages held back in English, are declared English.
    assert [node.lang for node in banners[2].find("LBody")] == ["en"]
    english = {node.text.strip(): node.lang for node in tree.walk() if node.kind in ("P", "LBody")}
    assert english["[EN] Fever"] == "en" and english["[EN] You get 1 g/kg/day for 3 days. See the study 1."] == "en"
    report = validate(str(pdf))
    assert not report.findings, [(f.rule_id, f.message) for f in report.findings]


def test_a_draft_with_every_banner_passes_axe_at_desktop_and_phone_widths(translated, tmp_path):
    """The browser test's shipped drafts are signed off (tests/shipped.py): none shows a banner."""
    draft, _ = every_banner(translated)
    report = check_pages([f"draft={draft}"], "1280,390", tmp_path)
    assert len(report) == 2
    violations = {r["width"]: [(v["id"], v["impact"], v["nodes"]) for v in r["violations"]] for r in report}
    assert not any(violations.values()), violations


TOP_MARGIN_PT = 18 / 25.4 * 72  # the page's top margin (templates/base.html, print.css), where the head is


def page_heads(pdf: Path) -> list[str]:
    """The text in each page's top margin, as poppler reads it."""
    with pikepdf.open(pdf) as document:
        widths = [float(page.mediabox[2]) for page in document.pages]
    heads = []
    for number, width in enumerate(widths, start=1):
        crop = ["-x", "0", "-y", "0", "-W", str(int(width) + 1), "-H", str(int(TOP_MARGIN_PT))]
        command = ["pdftotext", "-enc", "UTF-8", "-f", str(number), "-l", str(number), *crop, str(pdf), "-"]
        heads.append(" ".join(subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()))
    return heads


def test_a_draft_printed_from_a_browser_says_draft_at_the_head_of_every_page(translated, tmp_path):
    """Staff print drafts from the browser too: page 2 printed alone looked like the released leaflet."""
    assert translated.run("build", "--only", "html", "--locale", "ko_KR")[0] == 0
    released = tmp_path / "released.html"
    shutil.copy(translated.path("build/ko_KR/demo.html"), released)
    draft, _ = every_banner(translated)
    report = check_pages([f"draft={draft}", f"released={released}"], "print", tmp_path / "printed")
    heads = {printed["name"]: page_heads(Path(printed["pdf"])) for printed in report}
    assert len(heads["draft"]) > 1 and heads["draft"] == [DRAFT] * len(heads["draft"]), heads
    assert len(heads["released"]) > 1 and not any(heads["released"]), heads
    # Said as the PDF says it: the same red, bold.
    style = draft.read_text(encoding="utf-8").split("<style>", 1)[1].split("</style>", 1)[0]
    browser = stylesheet_rules(style)[("print", "@page @top-center")]
    pdf = stylesheet_rules((REPO / "templates" / "print.css").read_text(encoding="utf-8"))[("", "@page @top-center")]
    assert browser == {"content": f'"{DRAFT}"', "color": pdf["color"], "font-weight": pdf["font-weight"]}


def test_the_clinical_review_banner_is_a_note_whose_words_are_a_paragraph_too(translated):
    """The English changed after its clinical review: the English page's one banner (the font banner's
    markup is the same; tests/test_index_and_drafts.py builds it where fontconfig is)."""
    edit(translated, CLINICAL_DOSE, CHANGED_DOSE)
    assert translated.run("build", "--locale", "en")[0] == 0
    body = tinyhtml5.parse(translated.path("build/en/demo.html").read_text(encoding="utf-8")).find("{*}body")
    [banner] = body.findall(".//{*}section[@id='draft-notes']/{*}div")
    assert banner.get("id") == "clinical-review-note" and banner.get("role") == "note"
    assert tag(banner[0]) == "p" and words(banner[0]).startswith("Draft ") and len(banner) == 1
    [notes] = [n for n in structure(translated.path("build/en/demo.pdf")).find("Sect") if not n.find("H2")]
    [div] = [part for part in notes.parts if isinstance(part, Node)]
    [paragraph] = [part for part in div.parts if isinstance(part, Node)]
    assert paragraph.kind == "P" and paragraph.text.startswith("Draft ")


# Contrast, computed from the stylesheets.


def stylesheet_rules(text: str) -> dict[tuple[str, str], dict[str, str]]:
    """(media, selector) -> declarations of a stylesheet (or its template, the Jinja left out); ``@page``
    and its margin boxes as the selectors ``@page`` and ``@page @top-center``."""
    text = re.sub(r"\{#.*?#\}|\{%.*?%\}", "", text, flags=re.DOTALL)
    text = re.sub(r"\{\{.*?\}\}", '"x"', text, flags=re.DOTALL)
    rules: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)

    def read(nodes, media: str, within: str = "") -> None:
        for node in nodes:
            if node.type == "qualified-rule":
                selector = " ".join(tinycss2.serialize(node.prelude).split())
                for declaration in tinycss2.parse_blocks_contents(node.content, skip_whitespace=True):
                    if declaration.type == "declaration":
                        rules[media, selector][declaration.lower_name] = tinycss2.serialize(declaration.value).strip()
            elif node.type == "at-rule" and node.content is not None:
                if node.lower_at_keyword == "media":
                    read(tinycss2.parse_rule_list(node.content), tinycss2.serialize(node.prelude).strip())
                else:
                    name = f"{within} @{node.lower_at_keyword}".strip()
                    contents = tinycss2.parse_blocks_contents(node.content, skip_whitespace=True)
                    for declaration in contents:
                        if declaration.type == "declaration":
                            rules[media, name][declaration.lower_name] = tinycss2.serialize(declaration.value).strip()
                    read([n for n in contents if n.type == "at-rule"], media, name)

    read(tinycss2.parse_stylesheet(text, skip_whitespace=True, skip_comments=True), "")
    return rules


def colour(rules, media: str, selector: str, prop: str) -> str:
    value = rules[media, selector][prop]
    found = re.search(r"#[0-9a-fA-F]{6}\b", value)
    assert found, f"{selector} {{ {prop}: {value} }}"
    return found.group().lower()


def contrast(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two sRGB colours written #rrggbb."""

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


PAPER = "#ffffff"
TEXT, NON_TEXT = 4.5, 3.0  # WCAG 1.4.3 (none of the marks is large text) and 1.4.11


def test_the_draft_marks_keep_wcag_contrast_on_screen_and_on_paper():
    screen = stylesheet_rules((REPO / "templates" / "leaflet.css").read_text(encoding="utf-8"))
    paper = stylesheet_rules((REPO / "templates" / "print.css").read_text(encoding="utf-8"))
    # English page text of a draft (the disclaimer, the notices), marked as a passage is.
    page_text = stylesheet_rules((REPO / "templates" / "untranslated_page_text.css").read_text(encoding="utf-8"))
    body_text = colour(screen, "", "html", "color")
    link = colour(screen, "", "a", "color")
    untranslated = colour(screen, "", ".untranslated", "background")
    held_back = colour(screen, "", '.untranslated[data-reason="check failed"]', "background")
    banner_backgrounds = {
        "banner": colour(screen, "", ".draft-banner", "background"),
        "held-back banner": colour(screen, "", ".draft-banner.held-back", "background"),
        "not-reviewed banner": colour(screen, "", ".draft-banner.not-reviewed", "background"),
    }
    texts = {
        # The running "Draft" (10 pt bold: not large text) on the paper.
        "running Draft": (colour(paper, "", "@page @top-center", "color"), PAPER),
        # "[EN]" before a passage on paper, on the passage's tint (it prints: WeasyPrint draws backgrounds).
        "[EN] untranslated": (colour(screen, "print", ".untranslated::before", "color"), untranslated),
        "[EN] held back": (colour(screen, "print", ".untranslated::before", "color"), held_back),
        "[EN] page text": (
            colour(page_text, "print", '[data-page-text="untranslated"]::before', "color"),
            colour(page_text, "", '[data-page-text="untranslated"]', "background"),
        ),
        "index progress": (colour(screen, "", ".progress", "color"), PAPER),
        **{f"text on {name}": (body_text, background) for name, background in banner_backgrounds.items()},
        **{f"link on {name}": (link, background) for name, background in banner_backgrounds.items()},
        "link in a held-back passage": (link, held_back),
    }
    low = {name: round(contrast(*pair), 2) for name, pair in texts.items() if contrast(*pair) < TEXT}
    assert not low, low
    edges = {
        "banner border": (colour(screen, "", ".draft-banner", "border"), banner_backgrounds["banner"]),
        "held-back banner border": (
            colour(screen, "", ".draft-banner.held-back", "border-color"),
            banner_backgrounds["held-back banner"],
        ),
        "not-reviewed banner border": (
            colour(screen, "", ".draft-banner.not-reviewed", "border-color"),
            banner_backgrounds["not-reviewed banner"],
        ),
        "untranslated outline": (colour(screen, "", ".untranslated", "outline"), PAPER),
        "held-back outline": (colour(screen, "", '.untranslated[data-reason="check failed"]', "outline-color"), PAPER),
        "print bar": (colour(screen, "print", ".untranslated", "border-inline-start"), untranslated),
    }
    low = {name: round(contrast(*pair), 2) for name, pair in edges.items() if contrast(*pair) < NON_TEXT}
    assert not low, low


def test_contrast_is_computed_as_wcag_says():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54  # the lightest grey that passes on white
    assert contrast("#b91c1c", PAPER) > TEXT > contrast("#f87171", PAPER)
