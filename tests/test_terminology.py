"""The locale's glossary (locales/<locale>/glossary.tsv): finding terms, and update's notes."""

from __future__ import annotations

import polib

from pipeline.catalogs.pofile import read_file
from pipeline.terminology import has_approved, parse_glossary, terms_in
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
