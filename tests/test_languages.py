"""Spanish, Traditional Chinese and Arabic as their readers get them: the released pages and PDFs.

One release build of the shipped repository; every assertion reads what it
wrote back as a reader's tools do: the HTML parsed, the PDFs through poppler
(pdftotext, pdffonts).
"""

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from babel import Locale

from pipeline.markdown import inline_plain_text
from tests.conftest import REPO, Project
from tests.pdf_structure import structure
from tests.test_build import pdf_fonts
from tests.test_shipped import release
from tests.test_variants import text_sizes

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

NEW = {"es": ("es", "ltr"), "zh_TW": ("zh-TW", "ltr"), "ar": ("ar", "rtl")}
ALL = ("en", "ko_KR", "es", "zh_TW", "ar")
DISCLAIMER = (
    "This leaflet gives general information. It is not medical advice and it does not replace a visit to "
    "a doctor. Every person is different: talk with your doctor, nurse or pharmacist about your own health "
    "before you start, stop or change any treatment."
)
SHORT_DISCLAIMER = "This leaflet is for information only. It does not replace advice from your doctor or care team."
# What poppler adds around right-to-left and left-to-right runs (embeddings, isolates).
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ARABIC_WORD = re.compile("[\u0620-\u064a\u0671-\u06d3]+")  # letters, not its punctuation or digits


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("shipped") / "repo"
    for name in ("source", "locales", "templates"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(REPO / "leaflets.toml", root / "leaflets.toml")
    with pytest.MonkeyPatch.context() as monkeypatch:
        project = Project(root, monkeypatch)
        project.review_all()  # a (test) reviewer signs off, as a release needs (tests/signoff.py)
        release(project)
    return root / "dist"


def translation(locale: str, domain: str, msgid: str) -> str:
    entry = polib.pofile(str(REPO / "locales" / locale / "LC_MESSAGES" / f"{domain}.po")).find(msgid)
    assert entry is not None and entry.msgstr and "fuzzy" not in entry.flags, msgid
    return entry.msgstr


class Reading(HTMLParser):
    """A page's text as read, each piece with the direction and language of the element it is in."""

    def __init__(self, html: str):
        super().__init__()
        self.root: dict = {}
        self.pieces: list[tuple[str, str, str]] = []  # (text, dir, lang)
        self.switcher: list[dict] = []  # attributes of each language-switcher entry, with its "name"
        self._stack: list[tuple[str, str, str]] = []
        self._entry: dict | None = None
        self._skip = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.root = attrs
        if tag in ("style", "title", "script"):
            self._skip += 1
        outer_dir, outer_lang = self._stack[-1][1:] if self._stack else ("ltr", "")
        if tag in ("a", "span") and "lang" in attrs and self._in("nav"):
            self._entry = {**attrs, "name": ""}
        if tag not in ("meta", "link", "br"):
            self._stack.append((tag, attrs.get("dir", outer_dir), attrs.get("lang", outer_lang)))

    def handle_endtag(self, tag):
        if tag in ("style", "title", "script"):
            self._skip -= 1
        if self._entry is not None and tag in ("a", "span"):
            self.switcher.append(self._entry)
            self._entry = None
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self._skip:
            return
        if self._entry is not None:
            self._entry["name"] += data
        _, direction, lang = self._stack[-1] if self._stack else ("", "ltr", "")
        self.pieces.append((data, direction, lang))

    def _in(self, tag: str) -> bool:
        return any(name == tag for name, _, _ in self._stack)

    @property
    def text(self) -> str:
        return " ".join("".join(text for text, _, _ in self.pieces).split())


def page(dist: Path, locale: str, leaflet: str = "ivig-ten") -> Reading:
    return Reading((dist / locale / f"{leaflet}.html").read_text(encoding="utf-8"))


def pdf_text(path: Path, *options: str) -> str:
    out = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return _BIDI_CONTROLS.sub("", out)


def flat(text: str) -> str:
    return "".join(text.split())


TITLES = {
    "ivig-ten": "IVIG for toxic epidermal necrolysis (TEN)",
    "ivig-dermatology": "IVIG for autoimmune skin diseases",
}


@pytest.mark.parametrize("leaflet", TITLES)
@pytest.mark.parametrize("locale", NEW)
def test_each_new_page_says_its_language_and_direction_and_is_all_translated(dist, locale, leaflet):
    reading = page(dist, locale, leaflet)
    lang, direction = NEW[locale]
    assert (reading.root["lang"], reading.root["dir"]) == (lang, direction)
    title = inline_plain_text(translation(locale, leaflet, TITLES[leaflet]))
    assert title in reading.text
    assert translation(locale, "common", DISCLAIMER) in reading.text
    assert 'class="untranslated' not in (dist / locale / f"{leaflet}.html").read_text(encoding="utf-8")


def native_name(code: str) -> str:
    """The language in its own name, as the installed CLDR data spells it, without the region."""
    locale = Locale.parse(code)
    name = Locale(locale.language, script=locale.script).get_display_name(locale)
    return name[:1].upper() + name[1:]


def test_switchers_name_every_published_language_in_itself_and_in_its_direction(dist):
    names = {native_name(locale): locale for locale in ALL}
    assert len(names) == len(ALL)
    for locale in ALL:
        reading = page(dist, locale)
        entries = {entry["name"].strip(): entry for entry in reading.switcher}
        assert set(entries) == set(names), f"{locale}: {sorted(entries)}"
        for name, entry in entries.items():
            other = names[name]
            assert entry["lang"] == other.replace("_", "-")
            # A name written in the other direction says so (العربية on an English page, English on the Arabic one).
            expected = NEW.get(other, ("", "ltr"))[1]
            assert entry.get("dir", reading.root["dir"]) == expected, (locale, name, entry)
    assert names["العربية"] == "ar" and names["Español"] == "es"
    # ivig-dermatology is translated into every language too: its switcher offers them all.
    dermatology = {entry["name"].strip() for entry in page(dist, "en", "ivig-dermatology").switcher}
    assert dermatology == set(names)


@pytest.mark.parametrize("locale", ["es", "zh_TW"])
def test_pdf_text_holds_the_translated_disclaimer(dist, locale):
    text = flat(pdf_text(dist / locale / "ivig-ten.pdf"))
    assert flat(translation(locale, "common", DISCLAIMER)) in text
    assert flat(translation(locale, "common", SHORT_DISCLAIMER)) in text  # the footer of every page
    us = Locale.parse(locale).territories["US"]
    emergency = translation(locale, "common", "%(number)s (emergency number, %(country)s)")
    assert flat(emergency.replace("%(number)s", "911").replace("%(country)s", us)) in text


def arabic_words(text: str) -> list[str]:
    return _ARABIC_WORD.findall(text)


def contains_in_order(words: list[str], wanted: list[str]) -> bool:
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


# Passages on pages where Arabic is the main text, with lam-alef (لا, الأ) and other joined letters:
# pdftotext gives their words back as written.
ARABIC_PASSAGES = [
    "What is toxic epidermal necrolysis?",
    (
        "Losing so much skin can cause major fluid loss and infections. In the worst cases, organs can stop working, "
        "and TEN can lead to death."
    ),
    "A painful red or purple rash that spreads fast",
    "Side effects and serious risks",
    "Breakdown of red blood cells (hemolysis)",
    "Too much fluid in the body (fluid overload), which can strain the heart and lungs",
]


def test_arabic_pdf_gives_the_words_back_in_reading_order(dist):
    words = arabic_words(pdf_text(dist / "ar" / "ivig-ten.pdf"))
    for msgid in ARABIC_PASSAGES:
        wanted = arabic_words(translation("ar", "ivig-ten", msgid))
        assert len(wanted) >= 3 and contains_in_order(words, wanted), msgid
    # The footer's disclaimer, on every page.
    footer = arabic_words(translation("ar", "common", SHORT_DISCLAIMER))
    assert sum(words[i : i + len(footer)] == footer for i in range(len(words))) >= 5
    # Not tested: the long disclaimer. It shares the last page with the English references, and
    # pdftotext reads a whole page in its majority's direction, so there it gives each phrase's words
    # in order but the phrases of a line in reverse (README, "Right-to-left pages").


def test_arabic_pdf_tags_read_in_reading_order_with_their_spaces(dist):
    """A screen reader reads the tags' text: every Arabic line first word to last, words apart across line
    ends. (WeasyPrint writes an Arabic line's glyphs as drawn, left to right: read from the content, each
    word came out backwards, مسودة as ةدوسم, and lines ran into each other.)"""
    tree = structure(dist / "ar" / "ivig-ten.pdf")
    title = translation("ar", "ivig-ten", "IVIG for toxic epidermal necrolysis (TEN)")
    assert [h.text for h in tree.find("H1")] == [title]  # on two lines, the ( TEN ) on the second
    paragraphs = [p.text.strip() for p in tree.find("P")]
    assert translation("ar", "common", DISCLAIMER) in paragraphs  # three lines
    assert translation("ar", "common", SHORT_DISCLAIMER) in paragraphs
    losing = "Losing so much skin can cause major fluid loss and infections. In the worst cases, organs can "
    assert translation("ar", "ivig-ten", losing + "stop working, and TEN can lead to death.") in paragraphs
    items = [item.text for item in tree.find("LBody")]
    assert translation("ar", "ivig-ten", "A painful red or purple rash that spreads fast") in items
    # Left-to-right text keeps its content as written: no ActualText there.
    references = next(n for n in tree.find("Sect") if n.find("H2")[0].text == translation("ar", "common", "References"))
    assert not any(node.actual_text for node in references.find("LBody")[0].walk())


@pytest.mark.parametrize("leaflet, year", [("ivig-ten", "2003"), ("ivig-dermatology", "2025")])
def test_a_link_note_is_read_apart_from_the_number_the_link_ends_with(dist, leaflet, year):
    """On paper a link is followed by the number of its address. A link ending in a number, "عام 2003" (a study
    of 2003), then its note 1 must read "2003 1": not the year 20031 (the tags, as a screen reader reads them)
    or 12003 (pdftotext, copied text)."""
    pdf = dist / "ar" / f"{leaflet}.pdf"
    linked = [p.text for p in structure(pdf).find("P") if p.find("Link") and year in p.find("Link")[0].text]
    assert len(linked) == 1 and re.search(rf"(?<!\d){year} 1(?!\d)", linked[0]), linked
    text = " ".join(pdf_text(pdf).split())
    assert year in text and f"1{year}" not in text and f"{year}1" not in text


def test_arabic_pdf_is_laid_out_right_to_left_with_doses_read_left_to_right(dist):
    boxes = pdf_words(dist / "ar" / "ivig-ten.pdf", page=1)
    title = [box for box in boxes if box.line == boxes[0].line]
    # The title's first word is at the right end of its line.
    first = translation("ar", "ivig-ten", "IVIG for toxic epidermal necrolysis (TEN)").split()[0]
    assert max(title, key=lambda box: box.x).text[::-1] == first
    # The footer: title and disclaimer at the right, the page counter at the left.
    counter = next(box for box in boxes if box.text[::-1] == "الصفحة")
    disclaimer = next(box for box in boxes if box.text[::-1] == "للمعلومات")
    assert counter.x < 200 and disclaimer.x > 400
    # "0.4 g/kg a day": the dose reads left to right, "0.4" then "g/kg", not "g/kg 0.4".
    for page_number in range(1, 7):
        boxes = pdf_words(dist / "ar" / "ivig-ten.pdf", page=page_number)
        for index, box in enumerate(boxes):
            if box.text == "0.4" and boxes[index + 1].text == "g/kg":
                assert boxes[index + 1].x > box.x and boxes[index + 1].line == box.line
                return
    pytest.fail("no 0.4 g/kg in the Arabic PDF")


class WordBox:
    def __init__(self, text: str, x: float, line: int):
        self.text, self.x, self.line = text, x, line


def pdf_words(path: Path, page: int) -> list[WordBox]:
    """Words of one page as drawn, left to right on each line (pdftotext -bbox)."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = [
        (float(x), float(y), text)
        for x, y, text in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', xml)
    ]
    lines: dict[int, list] = {}
    for x, y, text in words:
        lines.setdefault(round(y / 4), []).append((x, text))
    return [WordBox(text, x, line) for line in sorted(lines) for x, text in sorted(lines[line])]


def test_dois_on_arabic_pages_are_isolated_left_to_right_and_read_back_unreversed(dist):
    reading = page(dist, "ar")
    source = (REPO / "source" / "ivig-ten.md").read_text(encoding="utf-8")
    dois = re.findall(r"https://doi\.org/[^\s\")]+[^\s\").,]", source)
    assert len(set(dois)) >= 5
    # An address is shown in pieces a line may break after (each ending in "/"), all left to right.
    ltr = "".join(text for text, direction, _ in reading.pieces if direction == "ltr")
    rtl = " ".join(text for text, direction, _ in reading.pieces if direction != "ltr")
    assert "doi.org" not in rtl
    for doi in set(dois):
        assert doi in ltr, doi
    text = pdf_text(dist / "ar" / "ivig-ten.pdf")
    for doi in set(dois):
        assert doi in flat(text), doi
    # Brackets not mirrored (read across line ends: where a line breaks is the layout's business).
    assert "/https://" not in text and "(2003)" in text and "139(1), 26." in " ".join(text.split())
    # References end with their own full stop, not one jumped to the start of the line. (Only there:
    # an Arabic line ending in "IVIG." reads ".IVIG" back, right to left, as it should.)
    references = text[text.rindex("المراجع") :]
    assert "Prins" in references and not re.search(r"^\s*\.\s*[A-Z]", references, re.MULTILINE)


def test_doses_and_terms_on_arabic_pages_are_isolated_left_to_right(dist):
    reading = page(dist, "ar")
    # Left-to-right text of the Arabic page, a break wherever it stops (a dose may hold no-wrap spans).
    ltr = "".join(text if (direction, lang) == ("ltr", "ar") else "\x00" for text, direction, lang in reading.pieces)
    for run in ("400 mg/kg (0.4 g/kg)", "2 g/kg", "SJS/TEN", "Dr. Mina Cho, PharmD"):
        assert run in ltr.split("\x00"), run
    # No Latin letter of the Arabic text is left to the bidirectional algorithm.
    bare = [text for text, direction, _ in reading.pieces if direction == "rtl" and re.search("[A-Za-z]", text)]
    assert not bare, bare


@pytest.mark.parametrize(
    "locale, fonts",
    [
        ("ar", {"Noto-Naskh-Arabic", "Noto-Naskh-Arabic-Bold", "Noto-Sans", "DejaVu-Sans"}),
        ("zh_TW", {"Noto-Sans-CJK-TC", "Noto-Sans-CJK-TC-Bold"}),
        ("es", {"DejaVu-Sans", "DejaVu-Sans-Bold"}),
    ],
)
def test_pdfs_embed_the_fonts_of_their_script(dist, locale, fonts):
    rows = [line.split() for line in pdf_fonts(dist / locale / "ivig-ten.pdf").splitlines()[2:]]
    embedded = {row[0].split("+", 1)[1] for row in rows if row[-5] == "yes"}
    assert len(embedded) == len(rows)  # every font embedded
    assert fonts <= embedded, embedded
    assert not {name for name in embedded if "CJK" in name} - fonts  # no stray fallback font


def test_arabic_text_is_set_larger_than_the_english_for_its_small_letters(dist):
    """Naskh letters stand about two thirds as tall as Latin lowercase at one size: Arabic pages
    are set 1.2 times the English's (config DEFAULT_TEXT_SCALES), on paper and on screen."""
    arabic, english = text_sizes(dist / "ar" / "ivig-ten.pdf"), text_sizes(dist / "en" / "ivig-ten.pdf")
    assert english.most_common(1)[0][0] == 12.0, english
    assert arabic.most_common(1)[0][0] == 14.4, arabic  # the body
    assert min(arabic) == 9.0 and min(english) == 7.5  # the footer's disclaimer too
    styles = " ".join(re.findall(r"<style>(.*?)</style>", (dist / "ar" / "ivig-ten.html").read_text("utf-8"), re.S))
    assert "html { font-size: 120%; }" in styles and "html { font-size: 14.4pt; }" in styles
    assert "html { font-size: 120%" not in (dist / "ko_KR" / "ivig-ten.html").read_text("utf-8")


def test_an_arabic_draft_shows_english_passages_left_to_right_and_marked(project):
    """A draft falls back to English: on an Arabic page that English is lang="en" dir="ltr", in print too."""
    config = project.path("leaflets.toml")
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "[glossary]",
            '[locales.ar]\npage_size = "A4"\nfont_family = ["Noto Naskh Arabic", "Noto Sans"]\n\n[glossary]',
        ),
        encoding="utf-8",
    )
    assert project.run("update")[0] == 0
    project.translate("demo", {"Headache": "صداع", "How IVIG is given": "كيف يعطى IVIG"}, locale="ar")
    common = polib.pofile(str(project.po("common", "ar")))
    for entry in common:
        shipped = polib.pofile(str(REPO / "locales/ar/LC_MESSAGES/common.po")).find(entry.msgid)
        entry.msgstr, entry.msgstr_plural = shipped.msgstr, dict(shipped.msgstr_plural)
    common.save()
    code, _, err = project.run("build", "--locale", "ar")
    assert code == 0, err
    html = project.path("build/ar/demo.html").read_text(encoding="utf-8")
    reading = Reading(html)
    assert (reading.root["lang"], reading.root["dir"]) == ("ar", "rtl")
    assert ("Fever", "ltr", "en") in reading.pieces  # an untranslated list item, marked and left to right
    # told to screen readers first, in Arabic and right to left (hidden on paper: "[EN]" marks it)
    told = '<span class="untranslated-mark" lang="ar" dir="rtl">(غير مترجم) </span>'
    assert re.search(rf'<li class="untranslated" lang="en" dir="ltr"[^>]*>{re.escape(told)}Fever', html)
    assert ("(غير مترجم) ", "rtl", "ar") in reading.pieces
    assert re.search(r'<h1 class="untranslated" lang="en" dir="ltr"', html)  # the title, not translated
    assert ("صداع", "rtl", "ar") in reading.pieces
    text = pdf_text(project.path("build/ar/demo.pdf"))
    assert "[EN] Fever" in text and "IVIG for skin reactions" in text
    assert "Archives of Dermatology, 139(1), 26." in text  # the reference, brackets and full stop in place
