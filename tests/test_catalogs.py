"""Catalog commands keep translators' files calm and never lose a translation."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from tests.conftest import KOREAN

PO = "locales/ko_KR/LC_MESSAGES/demo.po"
POT = "locales/demo.pot"


def entries(path):
    return {e.msgid: e for e in polib.pofile(str(path))}


def test_extract_writes_one_entry_per_unit_with_references_and_notes(project):
    pot = entries(project.path(POT))
    dose = pot["You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."]
    assert dose.occurrences == [("source/demo.md", "16")]
    assert "Keep the dose exactly as written." in dose.comment
    assert pot["IVIG for *skin* reactions"].occurrences == [("source/demo.md", "3")]
    # Template text goes to the shared domain, found by Babel's Jinja2 extraction.
    common = entries(project.path("locales/common.pot"))
    assert "Page %(page)s of %(pages)s" in common
    assert any("disclaimer" in e.comment for e in common.values())


def test_a_repeated_unit_is_one_entry_with_every_reference(project):
    source = project.path("source/demo.md")
    source.write_text(source.read_text() + "\n- Fever\n", encoding="utf-8")
    project.run("extract")
    assert entries(project.path(POT))["Fever"].occurrences == [("source/demo.md", "19"), ("source/demo.md", "27")]


def test_extract_twice_leaves_every_pot_byte_identical_even_without_a_fixed_date(project, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    before = {p.name: p.read_bytes() for p in project.path("locales").glob("*.pot")}
    code, out, _ = project.run("extract")
    assert code == 0 and "wrote" not in out
    assert {p.name: p.read_bytes() for p in project.path("locales").glob("*.pot")} == before


def test_a_malformed_source_date_epoch_is_a_one_line_error(project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    code, _, err = project.run("extract")
    assert code == 1 and "SOURCE_DATE_EPOCH" in err and "Traceback" not in err


def test_pot_creation_date_moves_only_when_messages_change(project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    project.run("extract")
    assert "2026-09-21" in polib.pofile(str(project.path(POT))).metadata["POT-Creation-Date"]
    source = project.path("source/demo.md")
    source.write_text(source.read_text() + "\nA new paragraph.\n", encoding="utf-8")
    project.run("extract")
    assert "2027-01-15" in polib.pofile(str(project.path(POT))).metadata["POT-Creation-Date"]


def test_new_catalog_has_a_korean_header_from_cldr(project):
    metadata = polib.pofile(str(project.path(PO))).metadata
    assert metadata["Language"] == "ko_KR"
    assert metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert metadata["Content-Type"] == "text/plain; charset=utf-8"


def test_update_keeps_translations_fuzzies_changes_and_obsoletes_removals(project):
    project.translate("demo", KOREAN)
    source = project.path("source/demo.md")
    text = source.read_text().replace("Call 911 in an emergency.", "Call 911 at once in an emergency.")
    source.write_text(text.replace("- Headache\n", ""), encoding="utf-8")
    project.run("extract")
    project.run("update")
    po = polib.pofile(str(project.path(PO)))
    current = {e.msgid: e for e in po if not e.obsolete}
    changed = current["Call 911 at once in an emergency."]
    assert changed.fuzzy and changed.msgstr == KOREAN["Call 911 in an emergency."]
    assert changed.previous_msgid == "Call 911 in an emergency."
    assert current["Fever"].msgstr == "발열" and not current["Fever"].fuzzy
    obsolete = {e.msgid: e.msgstr for e in po if e.obsolete}
    assert obsolete == {"Headache": "두통"}

    # A second update keeps the "#| msgid" context; restoring the unit revives it.
    project.run("update")
    assert entries(project.path(PO))["Call 911 at once in an emergency."].previous_msgid == "Call 911 in an emergency."
    source.write_text(text, encoding="utf-8")
    project.run("extract")
    project.run("update")
    po = polib.pofile(str(project.path(PO)))
    assert {e.msgid: e.msgstr for e in po if not e.obsolete}["Headache"] == "두통"
    assert not [e for e in po if e.obsolete and e.msgid == "Headache"]


def test_update_leaves_no_empty_obsolete_entry_when_untranslated_english_changes(project):
    # A new language has nothing translated: an edit to the English must not leave
    # "#~ msgid <old English>" / "#~ msgstr \"\"" behind in its catalog (msgmerge drops them).
    source = project.path("source/demo.md")
    source.write_text(source.read_text().replace("- Headache\n", "- A bad headache\n"), encoding="utf-8")
    project.run("extract")
    code, out, err = project.run("update")
    assert code == 0, err
    text = project.path(PO).read_text(encoding="utf-8")
    assert "#~" not in text
    assert 'msgid "A bad headache"\nmsgstr ""\n' in text


def test_update_keeps_a_removed_untranslated_entry_a_translator_commented_on(project):
    catalog = project.path(PO)
    catalog.write_text(
        catalog.read_text(encoding="utf-8").replace('msgid "Headache"', '# ask the team which word\nmsgid "Headache"'),
        encoding="utf-8",
    )
    source = project.path("source/demo.md")
    source.write_text(source.read_text().replace("- Headache\n", ""), encoding="utf-8")
    project.run("extract")
    project.run("update")
    (gone,) = [e for e in polib.pofile(str(catalog)) if e.obsolete]
    assert (gone.msgid, gone.tcomment) == ("Headache", "ask the team which word")


def test_update_with_nothing_changed_rewrites_nothing(project):
    project.translate("demo", KOREAN)
    project.run("update")
    before = project.path(PO).read_bytes()
    code, out, _ = project.run("update")
    assert code == 0 and "wrote" not in out
    assert project.path(PO).read_bytes() == before


@pytest.mark.skipif(not shutil.which("msgcat"), reason="GNU gettext is installed by make test")
def test_catalog_rewrapped_by_msgcat_comes_back_to_the_policy_losing_nothing(project):
    project.translate("demo", KOREAN)
    project.run("update")
    canonical = project.path(PO).read_bytes()
    subprocess.run(["msgcat", "--width=40", "-o", str(project.path(PO)), str(project.path(PO))], check=True)
    assert project.path(PO).read_bytes() != canonical
    project.run("update")
    assert project.path(PO).read_bytes() == canonical


def test_fuzzy_entries_stay_byte_identical_through_updates_and_msgcat(project):
    project.translate("demo", KOREAN)
    source = project.path("source/demo.md")
    source.write_text(source.read_text().replace("- Fever", "- High fever"), encoding="utf-8")
    project.run("extract")
    project.run("update")
    canonical = project.path(PO).read_bytes()
    assert b'#| msgid "Fever"' in canonical
    project.run("update")
    assert project.path(PO).read_bytes() == canonical
    if shutil.which("msgcat"):
        subprocess.run(["msgcat", "-o", str(project.path(PO)), str(project.path(PO))], check=True)
        project.run("update")
        assert project.path(PO).read_bytes() == canonical
    assert b"# |" not in project.path(PO).read_bytes()


def test_headers_babel_does_not_know_survive_update(project):
    po = project.path(PO)
    text = po.read_text(encoding="utf-8").replace(
        '"Generated-By: ',
        '"X-Generator: Poedit 3.4\\n"\n"X-Reviewed-By: Dr. Kim \\"JH\\" <kim@example.org>\\n"\n"Generated-By: ',
    )
    po.write_text(text, encoding="utf-8")
    project.run("update")
    metadata = polib.pofile(str(po)).metadata
    assert metadata["X-Generator"] == "Poedit 3.4"
    assert metadata["X-Reviewed-By"] == 'Dr. Kim "JH" <kim@example.org>'
    canonical = po.read_bytes()
    project.run("update")
    assert po.read_bytes() == canonical
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_entries_are_in_reading_order(project):
    lines = [int(e.occurrences[0][1]) for e in polib.pofile(str(project.path(PO)))]
    assert lines == sorted(lines)


def test_msgfmt_accepts_every_catalog_the_pipeline_writes(project):
    project.translate("demo", KOREAN)
    project.translate_common_from_repo()
    source = project.path("source/demo.md")
    source.write_text(source.read_text().replace("Fever", "High fever"), encoding="utf-8")
    project.run("extract")
    project.run("update")  # leaves a fuzzy entry and an obsolete one
    assert project.run("init", "es")[0] == 0
    written = [*project.path("locales").glob("*.pot"), *project.path("locales").glob("*/LC_MESSAGES/*.po")]
    assert len(written) == 6
    for path in written:
        result = subprocess.run(
            ["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0, f"{path}: {result.stderr}"


def test_init_declares_the_locale_and_creates_its_catalogs(project):
    code, _out, _ = project.run("init", "es")
    assert code == 0
    assert "[locales.es]" in project.path("leaflets.toml").read_text()
    assert polib.pofile(str(project.po("demo", "es"))).metadata["Plural-Forms"].startswith("nplurals=")


def test_init_of_an_unknown_locale_is_a_clear_error_that_changes_nothing(project):
    config = project.path("leaflets.toml").read_text()
    code, _, err = project.run("init", "zz_ZZ")
    assert code == 2 and "Traceback" not in err  # a usage error
    assert "has no data for 'zz_ZZ'; say what it would give" in err
    assert project.path("leaflets.toml").read_text() == config
    assert project.run("build", "--only", "html")[0] == 0


def test_compile_writes_mo_files_without_fuzzy_entries(project):
    project.translate("demo", {"Headache": "두통", "Fever": "발열"})
    po = polib.pofile(str(project.po("demo")))
    po.find("Fever").flags.append("fuzzy")
    po.save()
    assert project.run("compile")[0] == 0
    mo = polib.mofile(str(project.po("demo").with_suffix(".mo")))
    assert {e.msgid: e.msgstr for e in mo if e.msgid} == {"Headache": "두통"}


def test_compile_refuses_a_broken_placeholder_as_msgfmt_c_does(project):
    """An MO with %(titel)s for %(title)s makes a program formatting the string raise KeyError: not
    written (and one compiled before removed), named by file and line, as msgfmt -c refuses it."""
    project.translate_common_from_repo()
    assert project.run("compile")[0] == 0
    po = project.po("common")
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('%(title)s, 큰 글씨 PDF"', '%(titel)s, 큰 글씨 PDF"'), encoding="utf-8")
    assert subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(po)], capture_output=True).returncode != 0
    code, _, err = project.run("compile")
    assert code == 1, err
    assert "common.po:" in err and "%(titel)s in the translation is not in the source; not compiled" in err
    assert not po.with_suffix(".mo").exists()


def test_compile_says_what_else_check_finds_in_what_it_compiles(project):
    """A changed dose is no broken MO: compiled as written, and said, not passed over in silence."""
    source = "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."
    project.translate(
        "demo",
        {
            source: "**1 mg/kg/day**를 3일 동안 맞습니다. [연구](https://doi.org/10.1001/archderm.139.1.26)를 참고하세요."
        },
    )
    code, _, err = project.run("compile")
    assert code == 0
    assert "demo.po: compiled with 1 error(s) of the checks ([units]), as written: leaflets check" in err


def mistyped_charset(project) -> tuple[Path, int]:
    """The Korean demo catalog with a charset no tool knows (`latin-9x`), and the line of its Content-Type."""
    project.translate("demo", {"Headache": "두통"})
    po = project.po("demo")
    po.write_bytes(re.sub(rb"charset=utf-8", b"charset=latin-9x", po.read_bytes(), flags=re.IGNORECASE))
    line = next(n for n, text in enumerate(po.read_text(encoding="utf-8").splitlines(), 1) if "charset=" in text)
    return po, line


def test_compile_names_the_line_of_a_charset_no_tool_knows(project):
    """check names the charset's line and says `leaflets update` rewrites it in UTF-8; compile said
    `cannot compile: unknown encoding: latin-9x`, naming no line."""
    po, line = mistyped_charset(project)
    checked = project.run("check", "--locale", "ko_KR", "--leaflet", "demo")[1]
    assert f"demo.po:{line}: error[header]: the charset is latin-9x, not UTF-8; `leaflets update` rewrites" in checked
    code, _, err = project.run("compile")
    assert code == 1
    assert (
        f"locales/ko_KR/LC_MESSAGES/demo.po:{line}: cannot compile: the header declares charset latin-9x, "
        "which Python does not know; `leaflets update` rewrites it in UTF-8"
    ) in err.splitlines()


def test_update_writes_utf8_for_a_charset_no_tool_knows(project):
    """check says `leaflets update` rewrites it in UTF-8, but update refused the catalog (`cannot update:
    unknown encoding: latin-9x`), though the file reads as UTF-8 (as check and build read it)."""
    po, _ = mistyped_charset(project)
    code, _, err = project.run("update", "--locale", "ko_KR")
    assert code == 0, err
    assert (
        "note: locales/ko_KR/LC_MESSAGES/demo.po: the catalog declared charset latin-9x, which Python does not "
        "know, and was read as UTF-8; wrote it in UTF-8, the one charset catalogs here may have"
    ) in err.splitlines()
    assert b"charset=utf-8" in po.read_bytes().lower() and "[header]" not in project.run("check")[1]


@pytest.mark.parametrize("emptied", [True, False])
def test_update_gives_an_emptied_or_headerless_catalog_the_header_of_a_new_one(project, emptied):
    """A save cut short leaves an empty file; a hand edit may delete the header entry. Merged as they
    were, they kept no header field but Plural-Forms, and check refused them for their charset."""
    project.translate("demo", {"Headache": "두통"})
    po = project.po("demo")
    text = po.read_text(encoding="utf-8")
    po.write_text("" if emptied else text[text.index("\n#. ", text.index('msgstr ""')) :], encoding="utf-8")
    code, _, err = project.run("update")
    assert code == 0
    said = "was empty" if emptied else "had no header entry"
    assert f"locales/ko_KR/LC_MESSAGES/demo.po: {said}; wrote the header a new catalog gets" in err
    header = polib.pofile(str(po)).metadata
    assert header["Content-Type"] == "text/plain; charset=utf-8" and header["Language"] == "ko_KR"
    assert project.run("check", "--leaflet", "demo")[0] == 0
    assert (polib.pofile(str(po)).find("Headache").msgstr == "두통") is not emptied  # kept unless emptied


def test_a_catalog_broken_since_its_last_compile_leaves_no_mo_behind(project):
    """The MO compiled before the error holds translations the catalog no longer has: removed, and said."""
    project.translate("demo", {"Headache": "두통"})
    assert project.run("compile")[0] == 0
    mo = project.po("demo").with_suffix(".mo")
    assert mo.is_file()
    with project.po("demo").open("a", encoding="utf-8") as po:
        po.write('msgstr "stray"\n')
    code, _, err = project.run("compile")
    assert code == 1
    assert "demo.po:" in err and "note: removed locales/ko_KR/LC_MESSAGES/demo.mo: it was compiled from" in err
    assert not mo.exists()
    assert project.po("common").with_suffix(".mo").is_file()  # the other catalogs are compiled still


def test_compile_refuses_a_catalog_msgfmt_refuses_for_its_byte_order_mark(project):
    """msgfmt stops at a byte order mark with a syntax error: no MO is made from such a catalog."""
    project.translate("demo", {"Headache": "두통"})
    po = project.po("demo")
    po.write_bytes(b"\xef\xbb\xbf" + po.read_bytes())
    assert subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(po)], capture_output=True).returncode != 0
    code, _, err = project.run("compile")
    assert code == 1
    assert "demo.po:1: the file starts with a byte order mark (U+FEFF)" in err and "not compiled" in err
    assert not po.with_suffix(".mo").exists()


def test_a_broken_catalog_is_reported_and_the_others_still_update(project):
    project.po("demo").write_text('msgid "x"\nmsgstr "unterminated\n', encoding="utf-8")
    code, out, err = project.run("update")
    assert code == 1
    assert "locales/ko_KR/LC_MESSAGES/demo.po" in err and "Traceback" not in err
    assert "common.po" in out or "up to date" in out


def test_a_catalog_python_cannot_decode_is_reported_and_the_others_still_update(project):
    """A charset Python does not know, over bytes that are not UTF-8 either (as which such a catalog is read)."""
    po = project.po("demo")
    data = po.read_bytes().replace(b"charset=utf-8", b"charset=x-unknown-charset")
    po.write_bytes(data.replace(b'msgstr ""\n\n', b'msgstr "caf\xe9"\n\n', 1))
    code, _, err = project.run("update")
    assert code == 1 and "locales/ko_KR/LC_MESSAGES/demo.po" in err and "Traceback" not in err
    assert "is not valid utf-8 (byte 0xe9)" in err


def test_a_broken_leaflet_is_reported_and_the_others_still_extract(project):
    project.path("source/broken.md").write_text("---\nid: broken\ntitle: [x\n---\n", encoding="utf-8")
    code, _, err = project.run("extract")
    assert code == 1
    assert err.startswith("source/broken.md:3: ")
    assert project.path(POT).exists()


def test_leaflet_prose_with_percent_signs_is_not_a_format_string(project):
    source = project.path("source/demo.md")
    source.write_text(source.read_text() + "\nUp to 10% of patients get a headache.\n", encoding="utf-8")
    project.run("extract")
    project.run("update")
    project.translate("demo", {"Up to 10% of patients get a headache.": "환자의 최대 10%가 두통을 겪습니다."})
    project.run("update")  # Babel re-guesses python-format on reading; it must not come back
    entry = entries(project.path(PO))["Up to 10% of patients get a headache."]
    assert "python-format" not in entry.flags and "no-python-format" in entry.flags
    result = subprocess.run(
        ["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(project.path(PO))], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_a_long_changed_sentence_keeps_a_valid_previous_msgid_through_updates(project):
    long_text = "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."
    project.translate("demo", KOREAN)
    source = project.path("source/demo.md")
    source.write_text(
        source.read_text().replace(
            "for 3 days.", "for 3 days, starting as early as possible after the diagnosis is made by your care team."
        ),
        encoding="utf-8",
    )
    project.run("extract")
    for _ in range(2):
        code, _, err = project.run("update")
        assert code == 0, err
        result = subprocess.run(
            ["msgfmt", "-c", "-o", "/dev/null", str(project.path(PO))], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    fuzzy = [e for e in polib.pofile(str(project.path(PO))) if e.fuzzy]
    assert [e.previous_msgid for e in fuzzy] == [long_text]
    assert fuzzy[0].msgstr == KOREAN[long_text]


PLURAL_MSGID = "%(count)s passage on this page is not translated yet. It is shown in English and marked."


def test_an_obsolete_plural_message_comes_back_with_its_translation(project):
    """Issue 7, case 5: the live entry stayed empty while "#~" kept the translation,
    and msgfmt then rejected the catalog (duplicate definition)."""
    project.translate_common_from_repo()
    template = project.path("templates/leaflet.html")
    original = template.read_text(encoding="utf-8")
    block = next(line for line in original.splitlines() if "{% pluralize %}" in line)
    template.write_text(original.replace(block, ""), encoding="utf-8")
    project.run("extract")
    project.run("update")
    assert [e.msgid for e in polib.pofile(str(project.po("common"))) if e.obsolete] == [PLURAL_MSGID]
    template.write_text(original, encoding="utf-8")
    project.run("extract")
    assert project.run("update")[0] == 0
    po = polib.pofile(str(project.po("common")))
    assert not [e for e in po if e.obsolete]
    assert po.find(PLURAL_MSGID).msgstr_plural[0].startswith("이 페이지에는")
    result = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(project.po("common"))], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_more_plural_forms_than_nplurals_are_named_with_file_and_line_and_never_released(translated):
    translated.run("update")  # unwrapped, as the pipeline writes it
    po = translated.po("common")
    text = po.read_text(encoding="utf-8")
    first_form = next(line for line in text.splitlines() if line.startswith("msgstr[0]"))
    po.write_text(text.replace(first_form, first_form + '\nmsgstr[1] "여러 곳"'), encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if row.startswith(f'msgid "{PLURAL_MSGID[:20]}'))
    where = f"locales/ko_KR/LC_MESSAGES/common.po:{line}:"
    code, _, err = translated.run("update")
    assert code == 1 and where in err and "nplurals=1" in err and "cannot parse" not in err
    assert 'msgstr[1] "여러 곳"' in po.read_text(encoding="utf-8")  # kept: a translator decides
    code, _, err = translated.run("compile")
    assert code == 1 and where in err and not po.with_suffix(".mo").exists()
    code, out, _ = translated.run("check")
    assert code == 1 and f"{where} error[header]" in out
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "refused ko_KR/demo" in err and "common.po" in err
    assert not translated.path("dist/ko_KR/demo.html").exists()


BOM = "\ufeff".encode()


def test_a_byte_order_mark_fails_check_as_msgfmt_does_and_update_removes_it(translated):
    """Translator workflow review, 2: the reader skipped a byte order mark (Notepad writes
    one), so `check` passed a catalog `msgfmt -c` rejects at line 1."""
    translated.run("update")  # one line per message, as the pipeline writes it
    po = translated.po("demo")
    clean = po.read_bytes()
    po.write_bytes(BOM + clean)
    msgfmt = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert msgfmt.returncode == 1 and ":1:" in msgfmt.stderr

    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 1
    assert (
        "locales/ko_KR/LC_MESSAGES/demo.po:1: error[syntax]: the file starts with a byte order mark (U+FEFF), "
        "which msgfmt rejects as a syntax error; save it without a byte order mark; `leaflets update` removes it"
    ) in out
    # The draft still shows the translation (nothing but the mark is wrong); the release refuses the page.
    assert translated.run("build", "--only", "html")[0] == 0
    assert "발열" in translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "refused ko_KR/demo" in err and "byte order mark" in err
    assert not translated.path("dist/ko_KR/demo.html").exists()

    code, _, err = translated.run("update", "--locale", "ko_KR")
    assert code == 0 and "locales/ko_KR/LC_MESSAGES/demo.po:1: removed the byte order mark" in err
    assert po.read_bytes() == clean  # the mark gone, nothing else touched
    assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)]).returncode == 0
    assert translated.run("check", "--locale", "ko_KR")[0] == 0


def _git(project, *argv: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@t.invalid", *argv],
        cwd=project.root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _dates(path) -> tuple[str, str]:
    metadata = polib.pofile(str(path)).metadata
    return metadata["POT-Creation-Date"], metadata["PO-Revision-Date"]


@pytest.mark.skipif(not shutil.which("git"), reason="git")
def test_update_twice_leaves_nothing_to_commit_and_the_header_dates_mean_what_gettext_says(project, monkeypatch):
    """A reviewer saw a PO-Revision-Date older than the POT-Creation-Date beside it. As msgmerge does:
    POT-Creation-Date is the template's, copied by `update`; PO-Revision-Date is the translator's last
    edit, which `update` never moves (it may well be older); a second `update` changes no byte."""
    project.translate("demo", KOREAN)  # saved as a tool saves it (polib: its own wrapping and order)
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "translated")
    created, revised = _dates(project.path(PO))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")  # the English changes later
    source = project.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("- Fever\n", "- High fever\n"), encoding="utf-8")
    assert project.run("extract")[0] == 0
    assert project.run("update")[0] == 0
    template_created = _dates(project.path(POT))[0]
    assert template_created != created and "2027-01-15" in template_created
    assert _dates(project.path(PO)) == (template_created, revised)  # the revision: the translator's, as it was
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "updated")
    code, out, err = project.run("update")
    assert (code, out) == (0, "2 file(s) already up to date\n"), err
    assert _git(project, "status", "--porcelain") == ""
    assert project.run("init", "es")[0] == 0  # a new catalog: revised when it was made, from this template
    assert _dates(project.po("demo", "es")) == (template_created, template_created)


def test_update_writes_the_folders_language_and_utf8_for_a_catalog_that_said_otherwise(translated):
    """Weblate may write ``Language: ko``; msgconv a Latin-1 or EUC-KR catalog. [header] refuses both,
    and the translator was told "do not edit the header by hand": update sets them, losing no text."""
    translated.run("update")
    po = translated.po("demo")
    good = po.read_bytes()
    text = good.decode("utf-8").replace("Language: ko_KR", "Language: ko")
    po.write_bytes(re.sub("charset=utf-8", "charset=EUC-KR", text, flags=re.IGNORECASE).encode("euc-kr"))
    assert "[header]" in translated.run("check", "--locale", "ko_KR")[1]
    code, _, err = translated.run("update", "--locale", "ko_KR")
    assert (code, err.splitlines()) == (
        0,
        [
            "note: locales/ko_KR/LC_MESSAGES/demo.po: Language was 'ko'; wrote ko_KR, the locale of the catalog's folder",
            "note: locales/ko_KR/LC_MESSAGES/demo.po: the catalog was in EUC-KR; wrote it in UTF-8, "
            "the one charset catalogs here may have",
        ],
    )
    assert po.read_bytes() == good
