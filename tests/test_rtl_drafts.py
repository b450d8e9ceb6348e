"""A right-to-left draft whose ``common`` catalog is not translated yet reads right.

Persian (fa_IR) just added, its leaflet translated and its page text not yet, and
Arabic with its notices not translated: the English of the templates (the draft
banner, the short disclaimer, the translation notice, the disclaimer, the PDF's
footer) must read as English, left to right, sentence after sentence, and a date
in an English sentence must be an English date. Read back as a reader's tools do:
the HTML parsed, the PDF through poppler (pdftotext).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import polib
import pytest

from tests.conftest import Project

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

# Persian written for these tests (not checked by a native speaker): the demo leaflet but "Fever".
PERSIAN = {
    "IVIG for *skin* reactions": "IVIG برای واکنش‌های *پوستی*",
    "What IVIG is and how it is given.": "IVIG چیست و چگونه تجویز می‌شود.",
    "How IVIG is given": "IVIG چگونه تجویز می‌شود",
    "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26).": (
        "شما به مدت 3 روز **1 g/kg/day** دریافت می‌کنید. [مطالعه](https://doi.org/10.1001/archderm.139.1.26) را ببینید."
    ),
    "Headache": "سردرد",
    "Diagnosis": "تشخیص",
    "Skin affected": "پوست درگیر",
    "TEN": "TEN",
    "More than 30%": "بیش از 30%",
    "Call 911 in an emergency.": "در مواقع اضطراری با 911 تماس بگیرید.",
}
# The shipped Arabic page text but its notices, as when they are added to a translated catalog.
ARABIC_NOTICES_NOT_YET = (
    "Draft",
    "%(count)s passage on this page is not translated yet.",
    "This leaflet is for information only.",
    "Translated from the English version",
    "This translation has not been reviewed yet.",
    "If this translation and the English version differ",
    "Help in your language is free.",
    "Medical disclaimer",
    "This leaflet gives general information.",
    "If you think you have a medical emergency",
)
SHORT_DISCLAIMER = "This leaflet is for information only. It does not replace advice from your doctor or care team."
# The demo leaflet's English was reviewed on 1 October 2026 (tests/conftest.py): said in English in English.
NOTICE = (
    "Translated from the English version 2.1 of October 1, 2026. This translation has not been reviewed yet. "
    "If this translation and the English version differ, ask your care team."
)
BANNERS = {
    "fa_IR": "Draft 1 passage on this page is not translated yet. It is shown in English and marked.",
    "ar": "Draft 9 passages on this page are not translated yet. They are shown in English and marked.",
}
# What poppler adds around right-to-left and left-to-right runs, and the footer's direction marks.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class Elements(HTMLParser):
    """Every element of a page's body: its attributes, its text, and the direction and language it is in."""

    def __init__(self, html: str):
        super().__init__()
        self.found: list[dict] = []
        self._open: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        outer = self._open[-1] if self._open else {"dir": "ltr", "lang": ""}
        element = {
            "tag": tag,
            "attrs": attrs,
            "dir": attrs.get("dir", outer["dir"]),
            "lang": attrs.get("lang", outer["lang"]),
            "text": "",
        }
        if tag not in ("meta", "link", "br", "wbr"):
            self._open.append(element)
            self.found.append(element)

    def handle_endtag(self, tag):
        while self._open and self._open.pop()["tag"] != tag:
            pass

    def handle_data(self, data):
        for element in self._open:
            element["text"] += data

    def one(self, tag: str = "", **attributes: str) -> dict:
        """The one element with this tag and these attributes (class: one of its classes), its text's
        white space folded."""
        [element] = [
            e
            for e in self.found
            if (not tag or e["tag"] == tag)
            and all(
                value in (e["attrs"].get(name) or "").split() if name == "class" else e["attrs"].get(name) == value
                for name, value in attributes.items()
            )
        ]
        return {**element, "text": " ".join(element["text"].split())}


def declare(project: Project, locale: str) -> None:
    config = project.path("leaflets.toml")
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "[glossary]",
            f'[locales.{locale}]\npage_size = "A4"\nfont_family = ["Noto Naskh Arabic", "Noto Sans"]\n\n[glossary]',
        ),
        encoding="utf-8",
    )
    assert project.run("update")[0] == 0


@pytest.fixture(params=["fa_IR", "ar"])
def rtl_draft(request, project: Project) -> tuple[Project, str]:
    """A right-to-left draft of the demo leaflet whose page text's notices are shown in English."""
    locale = request.param
    declare(project, locale)
    if locale == "fa_IR":  # just added: the leaflet translated, common not yet
        project.translate("demo", PERSIAN, locale=locale)
    else:  # shipped Arabic page text but its notices; the leaflet's title not translated either
        project.translate("demo", {"Headache": "صداع", "How IVIG is given": "كيف يعطى IVIG"}, locale=locale)
        project.translate_common_from_repo(locale)
        common = polib.pofile(str(project.po("common", locale)))
        for entry in common:
            if entry.msgid.startswith(ARABIC_NOTICES_NOT_YET):
                entry.msgstr, entry.msgstr_plural = "", dict.fromkeys(entry.msgstr_plural, "")
        common.save()
    code, _, err = project.run("build", "--locale", locale)
    assert code == 0, err
    return project, locale


def test_english_notices_of_a_right_to_left_draft_are_left_to_right_paragraphs(rtl_draft):
    project, locale = rtl_draft
    page = Elements(project.path(f"build/{locale}/demo.html").read_text(encoding="utf-8"))
    # Each block that holds only English is an English paragraph, laid out left to right: its
    # sentences in order, its full stops at their ends, not English pieces of a right-to-left line.
    for block in (
        page.one(id="untranslated-note"),
        page.one(**{"class": "short-disclaimer"}),
        page.one(**{"class": "translation-notice"}),
        page.one(**{"class": "language-assistance"}),
        page.one(**{"class": "disclaimer"}),
    ):
        assert (block["dir"], block["lang"]) == ("ltr", "en"), block
    assert page.one(id="untranslated-note")["text"] == BANNERS[locale]
    assert page.one(**{"class": "short-disclaimer"})["text"] == SHORT_DISCLAIMER
    # The date in the English notice is in English; beside its label, in the label's language: English
    # beside "Date of the English review" (Persian's page text is not translated yet), Arabic beside Arabic.
    assert page.one(**{"class": "translation-notice"})["text"] == NOTICE
    assert page.one(tag="time")["text"] == {"fa_IR": "October 1, 2026", "ar": "1 أكتوبر 2026"}[locale]


def test_english_notices_of_a_right_to_left_draft_read_in_order_in_the_pdf(rtl_draft):
    project, locale = rtl_draft
    lines = pdf_lines(project.path(f"build/{locale}/demo.pdf"))
    text = " ".join(" ".join(lines).split())
    assert BANNERS[locale] in text and SHORT_DISCLAIMER in text
    assert NOTICE in text  # sentence after sentence, the date inside the sentence
    # The footer of every page: the short disclaimer with its full stop at its end, not at the
    # start of the line (a right-to-left box lays out English punctuation on the wrong side).
    footer = [line for line in lines if "care team" in line or "information only" in line]
    assert footer and not [line for line in footer if line.startswith(".")], footer
    assert sum(line.endswith("care team.") for line in footer) >= 2  # on the page and in a footer


def pdf_lines(path) -> list[str]:
    """The PDF's lines as poppler reads them in order, each stripped, without direction marks."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in _BIDI_CONTROLS.sub("", out).splitlines() if line.strip()]


def test_a_date_in_an_english_sentence_is_english_and_a_persian_name_in_it_is_kept_whole(project):
    declare(project, "fa_IR")
    project.translate("demo", {**PERSIAN, "Fever": "تب"}, locale="fa_IR")
    assert project.run("review", "--by", "سارا احمدی", "fa_IR", "demo")[0] == 0
    assert project.run("build", "--locale", "fa_IR", "--only", "html")[0] == 0
    page = Elements(project.path("build/fa_IR/demo.html").read_text(encoding="utf-8"))
    # The tests' reviews are dated 21 September 2026 (SOURCE_DATE_EPOCH, tests/conftest.py).
    assert (
        "Translation reviewed by سارا احمدی on September 21, 2026."
        in page.one(**{"class": "translation-notice"})["text"]
    )


def test_a_fully_translated_arabic_page_keeps_its_own_dates_and_direction(project):
    declare(project, "ar")
    project.translate_common_from_repo("ar")
    assert project.run("build", "--locale", "ar", "--only", "html")[0] == 0
    page = Elements(project.path("build/ar/demo.html").read_text(encoding="utf-8"))
    notice = page.one(**{"class": "translation-notice"})
    assert (notice["dir"], notice["lang"]) == ("rtl", "ar")
    assert "1 أكتوبر 2026" in notice["text"] and "October" not in notice["text"]


def test_an_english_title_ending_in_a_question_mark_keeps_it_at_its_end_in_the_pdf_footer(project):
    # A title in English, on a right-to-left page, its own line of the footer: its last mark stays last.
    project.path("source/question.md").write_text(
        '---\nid: question\ntitle: "Is IVIG safe?"\nsummary: "What to ask first."\n'
        'reviewed_by: "Dr. Mina Cho, PharmD"\nreviewed_on: 2026-10-01\nreferences:\n  - "Prins, C. (2003)."\n'
        "---\n\nAsk your doctor.\n",
        encoding="utf-8",
    )
    assert project.run("extract")[0] == 0
    declare(project, "ar")
    code, _, err = project.run("build", "--locale", "ar", "--leaflet", "question", "--only", "pdf")
    assert code == 0, err
    titles = [line for line in pdf_lines(project.path("build/ar/question.pdf")) if "Is IVIG safe" in line]
    assert len(titles) >= 2 and all(line.endswith("Is IVIG safe?") for line in titles), titles
