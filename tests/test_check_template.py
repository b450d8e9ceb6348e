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
