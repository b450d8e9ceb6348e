"""The locale's glossary (locales/<locale>/glossary.tsv): finding terms, and update's notes."""

from __future__ import annotations

import re

import polib

from pipeline.catalogs.pofile import read_file
from pipeline.literals import ASCII_FOLD
from pipeline.terminology import find_terms, has_approved, parse_glossary, term_pattern, terms_in
from tests.checks.test_approved_terms import GLOSSARY


def test_terms_are_found_in_order_and_approved_forms_in_any_spacing():
    glossary = parse_glossary(GLOSSARY, "g.tsv")
    assert not glossary.problems
    found = terms_in("Kawasaki disease and immune thrombocytopenia, then aseptic meningitis", glossary.terms)
    assert [term.english for term in found] == ["Kawasaki disease", "immune thrombocytopenia", "aseptic meningitis"]
    assert has_approved(found[1], "면역혈소판 감소증") and not has_approved(found[1], "혈소판 감소증")


def test_update_writes_each_terms_note_on_the_entries_that_contain_it_and_nothing_else_changes(project):
    path = project.path("locales/ko_KR/glossary.tsv")
    path.write_text(GLOSSARY.replace("Kawasaki disease", "skin reactions"), encoding="utf-8")
    code, _out, err = project.run("update")
    assert code == 0, err
    catalog = read_file(project.po("demo"), "demo.po")
    notes = {m.msgid: [c for c in m.extracted_comments if c.startswith("Glossary:")] for m in catalog.messages}
    assert notes["IVIG for *skin* reactions"] == ["Glossary: skin reactions = 가와사키병"]
    assert notes["Headache"] == []
    # the source's notes come first and are kept
    dose = catalog.get("You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26).")
    assert dose.extracted_comments[-1] == "Keep the dose exactly as written."
    before = project.po("demo").read_bytes()
    assert project.run("update")[0] == 0
    assert project.po("demo").read_bytes() == before  # no churn
    # a translator's edit survives, and msgfmt accepts the notes
    project.translate("demo", {"Headache": "두통"})
    assert project.run("update")[0] == 0
    assert polib.pofile(str(project.po("demo"))).find("Headache").msgstr == "두통"
    # a term removed from the glossary loses its note on the next update
    path.write_text(GLOSSARY, encoding="utf-8")
    assert project.run("update")[0] == 0
    assert "Glossary:" not in project.po("demo").read_text(encoding="utf-8")


def _every_match(text: str, terms: list[str]) -> list[tuple[str, int, int]]:
    """Each term's regex over the text, longest term first, as find_terms() runs them
    but without its look-up of the text each match must contain."""
    searched, found = text, []
    for term in sorted(set(terms), key=lambda term: (-len(term), term)):
        for match in term_pattern(term).finditer(searched):
            found.append((term, match.start(), match.end()))
        searched = term_pattern(term).sub(lambda m: " " * len(m.group()), searched)
    return sorted(found, key=lambda occurrence: occurrence[1])


def test_a_term_is_found_wherever_its_regex_matches_whatever_letters_spell_it():
    # find_terms() runs a term's regex only on text that contains the term's first letters;
    # case-insensitive terms are looked for in the text lowered, with the letters outside
    # ASCII that re.IGNORECASE matches with ASCII ones folded first: exactly these.
    partners = {chr(c) for c in range(0x80, 0x110000) if re.match("[a-z]", chr(c), re.IGNORECASE)}
    assert partners == {chr(code) for code in ASCII_FOLD}
    terms = ["ibuprofen", "skin reactions", "antibody", "IVIG", "SJS/TEN", "TNF-α", "lamotrigine", "k"]
    terms += ["dose", "blood clot", "flu shot", "to do", "go go"]
    for text in (
        "Take IBUPROFEN or Ibuprofen, not ıbuprofen or İbuprofen; ſkin  reactions and Antibodies",
        "Lamotrıgine (lamotrigine) with IVIG, ivig, SJS/TEN and TNF-α; \u212a stands for k",
        "항체(antibodies)와 IVIG를 맞습니다. 피부 반응(skin\nreactions).",
        # a plural that a letter continues falls back to the singular, which the letter continues too;
        # a match with a letter before it gives way to one that starts inside it
        "dosesx doses dosex Doses dose; antibodyies antibodys xblood clot blood clots blood  clotsy",
        "xflu shot flu shots; xto do to do to dos to do to; xgo go go",
    ):
        _, found = find_terms(text, terms)
        assert [(o.term, o.start, o.end) for o in found] == _every_match(text, terms), text
        assert found  # each text has terms to find


def test_a_glossarys_terms_hash_as_their_tuple_and_travel_to_a_worker_without_their_hash():
    import pickle

    glossary = parse_glossary("english\tapproved\tnote\nantibody\t항체\t\nIVIG\tIVIG\t\n", "locales/ko_KR/glossary.tsv")
    terms = glossary.terms
    assert terms == tuple(terms) and hash(terms) == hash(tuple(terms)) == hash(terms)
    assert {tuple(terms): "found"}[terms] == "found"
    sent = pickle.loads(pickle.dumps(terms))
    assert sent == terms and "hash" not in sent.__dict__  # a worker hashes strings with its own seed
    assert hash(sent) == hash(tuple(terms))
