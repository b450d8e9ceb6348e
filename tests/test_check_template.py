"""`check` compares each catalog with its template (locales/<id>.pot), as the release does.

Review of the translator workflow, 3: a deleted entry and an edited English msgid passed
`check` with 0 errors, while the draft showed the passage in English and the release left
the page out. Each case is made as a translator makes it, in the file, and judged by what
`check`, `update` and a release then say.
"""

from __future__ import annotations

import json
import re

import polib

DEMO = "locales/ko_KR/LC_MESSAGES/demo.po"


def line_of(project, path: str, text: str) -> int:
    lines = project.path(path).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if line == text)


def edit(project, old: str, new: str) -> None:
    po = project.path(DEMO)
    text = po.read_text(encoding="utf-8")
    assert old in text
    po.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_entry_deleted_from_the_catalog_is_an_error_naming_the_passage_and_the_fix(translated):
    translated.run("update")  # one line per message, as the pipeline writes it
    before = line_of(translated, DEMO, 'msgid "Headache"')
    edit(translated, '#: source/demo.md:19\nmsgid "Fever"\nmsgstr "발열"\n\n', "")
    pot_line = line_of(translated, "locales/demo.pot", 'msgid "Fever"')
    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 1
    assert (
        f'{DEMO}:{before}: error[template]: the passage "Fever" (locales/demo.pot:{pot_line}) is missing from '
        "this catalog, so the page shows it in English and a release leaves the page out; "
        "`leaflets update` adds it back"
    ) in out
    assert re.search(r"^demo +ko_KR .* 1 +0$", out, re.MULTILINE), out
    # The release refuses the page once, for the passage missing, not a second time for the finding.
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "1 passage missing from the catalog (run `leaflets extract`, then `leaflets update`)" in err
    assert "check error" not in err
    assert translated.run("update", "--locale", "ko_KR")[0] == 0
    assert "error[template]" not in translated.run("check", "--locale", "ko_KR")[1]


def test_an_edited_english_msgid_is_named_at_its_line_and_update_puts_the_english_back(translated):
    translated.run("update")
    edit(translated, 'msgid "Headache"\nmsgstr "두통"', 'msgid "Headaches"\nmsgstr "두통들"')
    line = line_of(translated, DEMO, 'msgid "Headaches"')
    pot_line = line_of(translated, "locales/demo.pot", 'msgid "Headache"')
    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 1
    assert (
        f"{DEMO}:{line}: error[template]: this msgid is not in the template; the nearest is "
        f'locales/demo.pot:{pot_line} "Headache": the English was edited here, or has changed since the '
        "last `leaflets update`. Edit only msgstr; `leaflets update` puts the template's English back and "
        "keeps the translation, marked fuzzy"
    ) in out
    assert out.count("error[template]") == 1  # the passage it replaced is not reported again
    assert translated.run("update", "--locale", "ko_KR")[0] == 0
    headache = polib.pofile(str(translated.path(DEMO))).find("Headache")
    assert headache.msgstr == "두통들" and headache.fuzzy and headache.previous_msgid == "Headaches"


def test_a_context_added_to_an_entry_is_named_as_the_context_not_the_english(translated):
    """A translator's msgctxt over an unchanged msgid was "the English was edited here"."""
    translated.run("update")
    edit(translated, 'msgid "Headache"\nmsgstr "두통"', 'msgctxt "symptom"\nmsgid "Headache"\nmsgstr "두통"')
    line = line_of(translated, DEMO, 'msgid "Headache"')
    pot_line = line_of(translated, "locales/demo.pot", 'msgid "Headache"')
    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 1
    assert (
        f"{DEMO}:{line}: error[template]: this entry's msgctxt is 'symptom', the template's "
        f"(locales/demo.pot:{pot_line}) is none: the context was edited here. Edit only msgstr; "
        "`leaflets update` puts the template's back and keeps the translation, marked fuzzy"
    ) in out


def test_a_link_edited_in_the_msgid_only_is_blamed_on_the_msgid(translated):
    translated.run("update")
    old = 'https://doi.org/10.1001/archderm.139.1.26)."\nmsgstr'
    edit(translated, old, old.replace("139.1.26", "139.1.62"))
    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 1
    assert re.search(
        r"demo\.po:\d+: error\[template\]: this msgid is not in the template; the nearest is "
        r'locales/demo\.pot:\d+ "You get \*\*1 g/kg/day\*\* for 3 days\.',
        out,
    ), out


def test_a_msgid_the_template_no_longer_has_is_a_warning(translated):
    translated.run("update")
    po = translated.path(DEMO)
    po.write_text(
        po.read_text(encoding="utf-8") + '\nmsgid "Wash your hands before the infusion."\nmsgstr "손을 씻으세요."\n',
        encoding="utf-8",
    )
    line = line_of(translated, DEMO, 'msgid "Wash your hands before the infusion."')
    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 0
    assert (
        f"{DEMO}:{line}: warning[template]: this msgid is not in the template locales/demo.pot: its passage "
        "was removed from the English, or the English was edited here; `leaflets update` keeps the entry as "
        "obsolete (#~), which no page shows"
    ) in out
    code, out, _ = translated.run("check", "--locale", "ko_KR", "--format", "json")
    (finding,) = [f for f in json.loads(out) if f["check"] == "template"]
    assert list(finding) == ["file", "line", "severity", "check", "locale", "domain", "msgid", "message"]
    assert (finding["file"], finding["line"], finding["severity"]) == (DEMO, line, "warning")


def test_english_edited_without_extract_is_named_by_check_and_update_until_extract_runs(translated):
    """Review of the writer workflow: a passage edited in the English with no `leaflets extract`
    left every catalog passing `check` (0 errors, 100%) while the release refused every page
    for it, and `status` said to run `leaflets update`, which changed nothing."""
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("- Fever\n", "- Fever or chills\n"), "utf-8")
    line = line_of(translated, "source/demo.md", "- Fever or chills")
    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 1
    assert (
        f'source/demo.md:{line}: error[template]: the passage "Fever or chills" is not in the template '
        "locales/demo.pot: the English changed after the last `leaflets extract`, so no catalog has it, every "
        "translated page shows it in English and a release leaves those pages out; run `leaflets extract`, "
        "then `leaflets update`"
    ) in out
    code, _, err = translated.run("update")
    assert code == 0
    assert (
        f'note: locales/demo.pot lacks 1 passage(s) of source/demo.md (source/demo.md:{line}: "Fever or chills"): '
        "the English changed after the last `leaflets extract`; run `leaflets extract`, then `leaflets update`"
    ) in err
    code, _, err = translated.run("build", "--release", "--only", "html", "--locale", "ko_KR")
    assert code == 1 and "1 passage missing from the catalog (run `leaflets extract`, then `leaflets update`)" in err
    assert translated.run("extract")[0] == 0
    code, _, err = translated.run("update")
    assert code == 0 and "lacks" not in err
    assert "is not in the template" not in translated.run("check", "--locale", "ko_KR")[1]


def test_the_writers_check_of_the_english_names_a_template_behind_it(translated):
    assert translated.run("check", "--locale", "en", "--leaflet", "demo")[0] == 0  # remembered as covered
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("- Fever\n", "- Fever or chills\n"), "utf-8")
    code, out, _ = translated.run("check", "--locale", "en", "--leaflet", "demo")
    assert code == 1
    line = line_of(translated, "source/demo.md", "- Fever or chills")
    assert f'source/demo.md:{line}: error[template]: the passage "Fever or chills" is not in the template' in out


def test_a_template_remembered_as_covering_the_english_is_judged_again_once_it_changes(translated):
    assert translated.run("build", "--only", "html", "--locale", "en")[0] == 0  # remembers it as covering
    assert translated.run("check", "--locale", "en", "--leaflet", "demo")[0] == 0
    # An older template put back (a checkout, a merge): the English is as it was, the template is not.
    pot = translated.path("locales/demo.pot")
    pot.write_text(pot.read_text(encoding="utf-8").replace('msgid "Fever"\nmsgstr ""\n', ""), "utf-8")
    code, out, _ = translated.run("check", "--locale", "en", "--leaflet", "demo")
    assert code == 1 and 'error[template]: the passage "Fever" is not in the template locales/demo.pot' in out
    pot.unlink()
    code, out, _ = translated.run("check", "--locale", "en", "--leaflet", "demo")
    assert code == 1 and "there is no template locales/demo.pot for this leaflet yet" in out


def test_a_leaflet_never_extracted_is_named_by_update(project):
    project.path("source/new.md").write_text(
        project.path("source/demo.md").read_text(encoding="utf-8").replace("id: demo", "id: new"), "utf-8"
    )
    code, _, err = project.run("update")
    assert code == 0
    assert (
        "note: source/new.md has no template locales/new.pot yet: run `leaflets extract`, then `leaflets update`"
    ) in err
    code, out, _ = project.run("check", "--locale", "en")
    assert code == 1
    assert (
        "source/new.md:1: error[template]: there is no template locales/new.pot for this leaflet yet, so no "
        "language has a catalog of it and a release publishes none of its translations; run `leaflets extract`, "
        "then `leaflets update`"
    ) in out
    code, out, _ = project.run("status", "--leaflet", "new", "--locale", "ko_KR")
    assert "locales/ko_KR/LC_MESSAGES/new.po does not exist (run `leaflets extract`, then `leaflets update`)" in out


def test_an_english_source_that_cannot_be_read_fails_check_at_its_line(translated):
    """Review as a new user: raw HTML in the English (or a quote left open in its front matter)
    made extract and build fail, while `check`, the CI gate, said 0 errors and exited 0."""
    assert translated.run("check")[0] == 0  # what check remembers cannot hide the source's error
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("- Fever\n", "- <b>Fever</b>\n"), "utf-8")
    line = line_of(translated, "source/demo.md", "- <b>Fever</b>")
    error = (
        f"source/demo.md:{line}: error[source]: raw HTML '<b>' is not allowed in a leaflet; write it in "
        "Markdown; no page of this leaflet can be built, in any language, until this is fixed"
    )
    for asked in ((), ("--locale", "ko_KR"), ("--locale", "en", "--leaflet", "demo")):
        code, out, _ = translated.run("check", *asked)
        assert code == 1 and error in out, (asked, out)
    code, out, _ = translated.run("check", "--format", "json")
    (finding,) = [f for f in json.loads(out) if f["check"] == "source"]
    assert (finding["file"], finding["line"], finding["severity"], finding["domain"]) == (
        "source/demo.md",
        line,
        "error",
        "demo",
    )
    code, _, err = translated.run("update")
    assert code == 0 and f"note: {error.replace('error[source]: ', '')}" in err
    assert translated.run("extract")[0] == 1  # what check said, extract refuses
