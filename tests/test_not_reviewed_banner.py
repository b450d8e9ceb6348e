"""A draft of a translation no second translator has signed off, in a language whose sign_off is
required, says at its top, in its own language, that it must not be given to patients: complete
and passing every check, it would otherwise look like the released page once printed or mailed.
A page whose translation is signed off, or whose language does not require it, has no such banner."""

from __future__ import annotations

import re

from tests.test_build import pdf_text
from tests.test_index_and_drafts import Elements
from tests.test_review import optional  # noqa: F401  (a fixture: sign_off = "optional" for ko_KR)
from tests.test_shipped import unreviewed_copy  # noqa: F401  (a fixture: the shipped repository, as it is)

# The shipped common.po's words, after the banner's "Draft" (초안).
KOREAN_BANNER = (
    "초안 이 번역본은 아직 다른 번역가가 영어 원문과 대조하여 확인하지 않았습니다. 이 페이지를 환자에게 주지 마십시오."
)
ARABIC_BANNER = (
    "مسودة لم يراجع مترجم آخر بعد هذه النسخة من الترجمة بمقارنتها بالنص الإنجليزي. لا تعطوا هذه الصفحة للمرضى."
)


def build(project, locale: str = "ko_KR", leaflet: str = "demo") -> tuple[Elements, str]:
    """A draft's HTML page and its PDF's text, built."""
    code, _out, err = project.run("build", "--locale", locale, "--leaflet", leaflet)
    assert code == 0, err
    html = project.path(f"build/{locale}/{leaflet}.html").read_text(encoding="utf-8")
    return Elements(html), pdf_text(project.path(f"build/{locale}/{leaflet}.pdf"))


def unspaced(text: str) -> str:
    """Text as words, whatever lines the PDF broke it into (Korean keeps words whole, Arabic may not),
    without the embeddings poppler puts around each right-to-left line."""
    return "".join(re.sub("[\u202a-\u202e\u2066-\u2069]", "", text).split())


def test_an_unreviewed_complete_draft_says_in_its_language_not_to_give_it_to_patients(translated_unreviewed):
    page, pdf = build(translated_unreviewed)

    [(attrs, text)] = page.all("div", id="not-reviewed-note")
    assert attrs["role"] == "note" and text == KOREAN_BANNER
    assert "lang" not in attrs  # said in the page's language, which <html lang> declares
    [(root, _)] = page.all("html")
    assert root["lang"] == "ko-KR"
    # It is the only draft note (complete, no check failing), and the skip link lands on it.
    [(_, notes)] = page.all("section", id="draft-notes")
    assert notes == KOREAN_BANNER
    assert page.all("a", **{"class": "skip-link"})[0][0]["href"] == "#draft-notes"
    assert unspaced(KOREAN_BANNER) in unspaced(pdf)


def test_a_signed_off_draft_has_no_such_banner_and_a_stale_sign_off_brings_it_back(translated):
    page, pdf = build(translated)
    assert not page.all("div", id="not-reviewed-note") and not page.all("section", id="draft-notes")
    assert page.all("a", **{"class": "skip-link"})[0][0]["href"] == "#content"
    assert "환자에게 주지 마십시오" not in unspaced(pdf)

    # The translation changed after the review: this version is not the one signed off.
    translated.translate("demo", {"Fever": "열"})
    page, pdf = build(translated)
    [(_, text)] = page.all("div", id="not-reviewed-note")
    assert text == KOREAN_BANNER and unspaced(KOREAN_BANNER) in unspaced(pdf)


def test_an_unreviewed_page_text_brings_the_banner_as_a_release_refuses_it(translated):
    """The page text (common.po: the disclaimer among it) is reviewed apart from the leaflet: a release
    refuses the page until both are signed off, and the draft says so until then."""
    common = translated.po("common")
    text = common.read_text(encoding="utf-8")
    common.write_text(text.replace("X-Translation-Reviewer", "X-Old-Reviewer"), encoding="utf-8")
    page, _ = build(translated)
    [(_, text)] = page.all("div", id="not-reviewed-note")
    assert text == KOREAN_BANNER


def test_a_language_whose_sign_off_is_optional_has_no_such_banner(optional):  # noqa: F811
    page, pdf = build(optional)
    assert not page.all("div", id="not-reviewed-note")
    assert "환자에게 주지 마십시오" not in unspaced(pdf)


def test_the_english_page_has_no_such_banner(translated_unreviewed):
    page, _ = build(translated_unreviewed, "en")
    assert not page.all("div", id="not-reviewed-note")


def test_a_shipped_arabic_draft_says_it_right_to_left_in_arabic(unreviewed_copy):  # noqa: F811
    for step in ("extract", "update", "compile"):
        assert unreviewed_copy.run(step)[0] == 0
    page, pdf = build(unreviewed_copy, "ar", "ivig-ten")
    [(root, _)] = page.all("html")
    assert root["lang"] == "ar" and root["dir"] == "rtl"
    [(attrs, text)] = page.all("div", id="not-reviewed-note")
    assert attrs["role"] == "note" and "lang" not in attrs and "dir" not in attrs and text == ARABIC_BANNER
    assert unspaced("لا تعطوا هذه الصفحة للمرضى") in unspaced(pdf)


def page_heads(path) -> list[str]:
    """The first line of text of each page of a PDF, as poppler reads it."""
    pages = pdf_text(path).split("\f")[:-1]  # pdftotext ends every page with a form feed
    return [next((line.strip() for line in page.splitlines() if line.strip()), "") for page in pages]


def test_every_page_of_a_draft_unfit_for_patients_says_draft_at_its_head(unreviewed_copy):  # noqa: F811
    """A banner opens page 1 only: page 2 printed or copied alone looked like the released leaflet."""
    code, _out, err = unreviewed_copy.run(
        "build", "--leaflet", "ivig-dermatology", "--locale", "ko_KR", "--locale", "es"
    )
    assert code == 0, err
    for locale, draft in (("ko_KR", "초안"), ("es", "Borrador")):
        heads = page_heads(unreviewed_copy.path(f"build/{locale}/ivig-dermatology.pdf"))
        assert len(heads) > 2 and heads == [draft] * len(heads), (locale, heads)


def test_a_signed_off_draft_has_no_draft_at_the_head_of_its_pages(translated):
    assert translated.run("build", "--leaflet", "demo")[0] == 0
    assert "초안" not in page_heads(translated.path("build/ko_KR/demo.pdf"))
    assert "Draft" not in page_heads(translated.path("build/en/demo.pdf"))
