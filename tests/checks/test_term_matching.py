"""One term matcher: the [glossary] check and update's ``#.`` notes agree on where a term occurs.

A translator is shown "Glossary: antibody = 항체" on exactly the entries where
the check then looks for 항체, and on no other: same word boundaries, letter
case, plurals, white space, addresses and Markdown, for the msgid and the
msgid_plural alike.  The translation side (Korean particles and endings) is
tested in test_approved_terms.py.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from babel.messages.plurals import get_plural
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.catalogs.catalog import Catalog, Message
from pipeline.checks.context import EntryContext
from pipeline.checks.glossary import check_approved_terms, check_glossary
from pipeline.checks.inline import inline_view
from pipeline.languages import language_for
from pipeline.terminology import approved_terms, blank_terms, find_terms, parse_glossary, with_glossary_notes
from tests.checks.test_approved_terms import GLOSSARY

TERMS = parse_glossary(GLOSSARY + "Sjögren syndrome\t쇼그렌 증후군\nIVIG\t정맥 면역글로불린\n", "g.tsv").terms
DO_NOT_TRANSLATE = ("IVIG", "SJS", "TEN", "SJS/TEN", "IL-2", "TNF-α", "lamotrigine")
NOTE = re.compile(r"^Glossary: (.+?) = ")
WARNED = re.compile(r"glossary term '(.+?)' is not translated")
MISSING = re.compile(r"do-not-translate term (.+) is missing")


@pytest.fixture(autouse=True)
def glossary(project):
    for locale in ("ko_KR", "es"):  # the same table: only which terms are looked for matters here
        path = project.locales_dir / locale / "glossary.tsv"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(GLOSSARY + "Sjögren syndrome\t쇼그렌 증후군\nIVIG\t정맥 면역글로불린\n", encoding="utf-8")


def noted(msgid: str, msgid_plural: str | None = None) -> set[str]:
    """The terms update writes a ``#.`` note for (update's own path)."""
    catalog = Catalog(messages=(Message(msgid, msgid_plural=msgid_plural),))
    (message,) = with_glossary_notes(catalog, approved_terms(TERMS, DO_NOT_TRANSLATE)).messages
    return {NOTE.match(note)[1] for note in message.extracted_comments if NOTE.match(note)}


def warned(catalogs, msgid: str, msgid_plural: str | None = None, locale: str = "ko_KR") -> set[str]:
    """The terms the check looks for, through the whole check of a catalog (a translation
    with none of them: each term the check sees in the source is a warning)."""
    forms = get_plural(locale).num_plurals  # the header's Plural-Forms (tests/checks/helpers.py)
    msgstr = ["번역"] * forms if msgid_plural else "번역"
    findings = catalogs.findings(msgid, msgstr, check="glossary", msgid_plural=msgid_plural, locale=locale)
    return {WARNED.search(f.message)[1] for f in findings if WARNED.search(f.message)}


CASES = [
    # word boundaries: not inside a longer word; a Korean particle or punctuation ends a word
    ("Antibodyless tests, thrombocytopenias", {"thrombocytopenia"}),
    ("An antibody/antigen test", {"antibody"}),
    # a lower-case term at the start of a sentence; a term with capitals only as written
    ("Antibodies protect you. Kawasaki disease is rare.", {"antibody", "Kawasaki disease"}),
    ("kawasaki disease is rare", set()),
    # plurals: a singular term finds its plural, a plural term not the singular (a verb here)
    ("Platelets help the blood clot.", set()),
    ("Blood clots are rare.", {"blood clots"}),
    # any white space between words, and a longer term hides the shorter inside it
    ("IVIG treats immune\nthrombocytopenia.", {"immune thrombocytopenia"}),
    # addresses are not text; code spans and link targets are not prose
    ("See https://example.org/antibody for details.", set()),
    ("Run `antibody` and read [the guide](https://example.org/blood-clots).", set()),
    ("Read [about antibodies](https://example.org/x).", {"antibody"}),
    # a typographic apostrophe, and text not composed (NFD)
    ("The antibody’s job", {"antibody"}),
    (unicodedata.normalize("NFD", "Sjögren syndrome"), {"Sjögren syndrome"}),
    # a do-not-translate term in the glossary too: checked as written, no note
    ("IVIG is given by drip.", set()),
]


@pytest.mark.parametrize(("msgid", "terms"), CASES)
def test_the_check_and_the_notes_see_the_same_terms(catalogs, msgid, terms):
    assert noted(msgid) == terms
    assert warned(catalogs, msgid) == terms


@pytest.mark.parametrize("locale", ["ko_KR", "es"])
def test_a_plural_entry_is_noted_and_checked_for_the_terms_of_both_its_texts(catalogs, locale):
    msgid, plural = "One antibody test", "%(num)s tests for blood clots"
    assert noted(msgid, plural) == {"antibody", "blood clots"}
    # Korean's one form stands for both texts; Spanish's first form for the msgid, the others the plural
    assert warned(catalogs, msgid, plural, locale=locale) == {"antibody", "blood clots"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("SJS/TEN overlap differs from TEN.", ["SJS/TEN", "TEN"]),  # the longer term hides the TEN inside it
        ("It often lasts ten days.", []),
        ("IL-23 and IL-2 levels", ["IL-2"]),
        ("IVIG는 IVIGs", ["IVIG", "IVIG"]),
        ("TNF-α blockers; Lamotrigine", ["TNF-α", "lamotrigine"]),
        ("https://example.org/IVIG", []),
    ],
)
def test_do_not_translate_terms_are_found_by_the_same_matcher(text, found):
    assert [occurrence.term for occurrence in find_terms(text, DO_NOT_TRANSLATE)[1]] == found
    # [untranslated-text] sets aside exactly those occurrences
    blanked = blank_terms(text, DO_NOT_TRANSLATE)
    assert len(blanked) == len(text) and [o.term for o in find_terms(blanked, DO_NOT_TRANSLATE)[1]] == []


def test_the_do_not_translate_rule_accepts_the_term_as_the_source_or_the_config_writes_it(catalogs):
    assert catalogs.findings("SJS/TEN overlap", "SJS/TEN 중첩", check="glossary") == []
    assert (
        catalogs.findings("Lamotrigine can cause it.", "lamotrigine은 원인이 될 수 있습니다.", check="glossary") == []
    )
    (finding,) = catalogs.findings("IVIG treats TEN.", "IVIG는 독성 표피 괴사를 치료합니다.", check="glossary")
    assert finding.message == "do-not-translate term TEN is missing from the translation"


# Random English made of terms, their variants and near-misses: the notes and the check agree.
_PIECES = st.sampled_from(
    [
        "antibody",
        "Antibodies",
        "antibodys",
        "blood clot",
        "blood clots",
        "Blood\nclots",
        "immune thrombocytopenia",
        "thrombocytopenia",
        "Thrombocytopenias",
        "Kawasaki disease",
        "kawasaki disease",
        "open sores",
        "aseptic",
        "meningitis",
        "aseptic meningitis",
        "https://example.org/antibody",
        "`blood clots`",
        "**open sores**",
        "IVIG",
        "Sjögren syndrome",
        "often",
        "the",
        "and",
        "x",
        "2",
        "(antibody)",
        "antibody’s",
    ]
)
_GLUE = st.sampled_from([" ", " ", "\n", "-", "/", ", ", "", "는 "])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.tuples(_PIECES, _GLUE), min_size=1, max_size=8), plural=st.booleans())
def test_for_any_english_the_notes_name_exactly_the_terms_the_check_looks_for(pieces, plural):
    text = "".join(piece + glue for piece, glue in pieces).strip() or "x"
    msgid, msgid_plural = ("One test", text) if plural else (text, None)
    context = EntryContext(
        file="x.po",
        line=1,
        locale="ko_KR",
        domain="x",
        msgid=msgid,
        source=msgid_plural or msgid,
        translation="번역",
        language=language_for("ko_KR"),
        source_language=language_for("en"),
        glossary=DO_NOT_TRANSLATE,
        terms=TERMS,
        plural_form=0 if plural else None,
    )
    checked = {WARNED.search(f.message)[1] for f in check_approved_terms(context)}
    assert checked == noted(msgid, msgid_plural)
    # and a do-not-translate term the check misses is one the matcher finds
    missing = {MISSING.search(f.message)[1] for f in check_glossary(context)}
    assert missing == {
        occurrence.term
        for text in (msgid, msgid_plural)
        if text
        for occurrence in find_terms(inline_view(text).prose, DO_NOT_TRANSLATE)[1]
    }
