"""A draft never shows a translation that fails a check: it shows the English passage instead, and
says so, apart from the passages not translated yet: on the page (a banner naming each check and
its message, a screen reader's words in the passage), on stderr (``file:line: error[check]:
message``) and in ``leaflets serve``'s problem box (tests/test_serve.py)."""

from __future__ import annotations

import json
import re

from tests.test_build import Page
from tests.test_index_and_drafts import Elements
from tests.test_release import SPANISH, publish_spanish

DOSE = "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."
RIGHT = "**1 g/kg/day**를 3일 동안 맞습니다. [연구](https://doi.org/10.1001/archderm.139.1.26)를 참고하세요."
WRONG = RIGHT.replace("3일", "5일")  # a changed number of days: [numbers]
FINDING = re.compile(
    r"locales/ko_KR/LC_MESSAGES/demo\.po:\d+: error\[numbers\]: "
    r"3 in the source is missing from the translation \(the translation has 5\)"
)
HELD_BACK_TOLD = ("ko-KR", "(번역이 검사를 통과하지 못해 표시되지 않음)")  # shipped common.po, said in Korean
NOT_TRANSLATED_TOLD = ("ko-KR", "(번역되지 않음)")


def build(project) -> tuple[int, list[str], Elements, str]:
    code, _out, err = project.run("build", "--only", "html", "--locale", "ko_KR")
    html = project.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    return code, err.splitlines(), Elements(html), html


def test_a_draft_names_the_check_a_held_back_translation_fails_apart_from_what_is_not_translated(translated):
    translated.translate("demo", {DOSE: WRONG, "Fever": ""})
    code, err, page, html = build(translated)

    # The build succeeds (a draft renders everything) and says which check, where, as `check` does.
    assert code == 0
    assert [line for line in err if FINDING.fullmatch(line)], err
    assert any(line.startswith("note: held back 1 translation that fails a check (above)") for line in err), err

    # The page: the wrong dose is never shown; its English is, marked as held back, not as untranslated.
    assert "5일" not in Page(html).text and "3 days" in Page(html).text
    passages = Page(html).passages
    assert [passage[0] for passage in passages] == [HELD_BACK_TOLD, NOT_TRANSLATED_TOLD]
    assert ("en", "Fever") in passages[1]
    held = page.all("p", data_reason="check failed")
    assert len(held) == 1 and held[0][0]["aria-describedby"] == "held-back-note" and held[0][0]["lang"] == "en"
    assert page.all("li", data_reason="untranslated")[0][0]["aria-describedby"] == "untranslated-note"

    # Two banners, in Korean, each counting its own: 1 not translated yet, 1 held back, naming the check.
    [(_, untranslated)] = page.all("div", id="untranslated-note")
    assert "아직 번역되지 않은 부분이 1곳" in untranslated
    [(_, banner)] = page.all("div", id="held-back-note")
    assert banner.startswith("초안 이 페이지에는 번역이 검사를 통과하지 못한 부분이 1곳 있습니다.")
    # Which check, and where, declared English; not the message, which quotes the translation ("has 5").
    [(attrs, listed)] = [(a, text) for a, text in page.all("ul", lang="en") if "[numbers]" in text]
    [told] = [line for line in err if FINDING.fullmatch(line)]
    assert listed == "[numbers] " + told.split(": error")[0], listed  # the entry the build's line names
    assert page.all("a", **{"class": "skip-link"})[0][0]["href"] == "#draft-notes"


def test_a_held_back_translation_is_told_at_every_build_until_it_is_fixed(translated):
    translated.translate("demo", {DOSE: WRONG})
    assert build(translated)[0] == 0
    code, err, page, _ = build(translated)  # nothing changed: the page is up to date, and still told
    assert code == 0 and [line for line in err if FINDING.fullmatch(line)], err
    assert not page.all("div", id="untranslated-note")  # nothing is untranslated: no such banner

    # `leaflets status` counts the same error for the pair.
    _, out, _ = translated.run("status", "--locale", "ko_KR", "--leaflet", "demo", "--format", "json")
    [pair] = json.loads(out)["pairs"]
    assert pair["errors"] == 1

    translated.translate("demo", {DOSE: RIGHT})
    code, err, page, html = build(translated)
    assert code == 0 and not [line for line in err if "error[" in line or "held back" in line], err
    assert not page.all("div", id="held-back-note") and "3일" in Page(html).text
    assert Page(html).passages == []


def test_a_held_back_title_is_marked_and_described_as_held_back(translated):
    title = "IVIG for *skin* reactions"
    translated.translate("demo", {title: "*피부* 반응에 쓰는 [IVIG](https://evil.example/)"})  # a link added
    code, err, page, html = build(translated)
    assert code == 0 and any("error[" in line for line in err), err
    [(attrs, text)] = page.all("h1")
    assert attrs["data-reason"] == "check failed" and attrs["aria-describedby"] == "held-back-note"
    assert Page(html).passages[0][0] == HELD_BACK_TOLD and "반응에 쓰는" not in text
    assert "evil.example" not in html  # nor in the banner: it names the check, not what it found


def test_a_draft_names_the_catalog_errors_no_page_shows_every_build_until_they_are_fixed(translated):
    """A wrong Plural-Forms holds no passage back: the page looks right, a release refuses it, and
    the draft said nothing (a new user's German common.po with nplurals=3)."""
    common = translated.po("common")
    text = common.read_text(encoding="utf-8")
    wrong = re.sub(r'"Plural-Forms: [^"]*"', r'"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);\\n"', text)
    assert wrong != text
    common.write_text(wrong, encoding="utf-8")
    for _ in range(2):  # the second time nothing is rendered: still said
        code, err, _page, _html = build(translated)
        assert code == 0
        [note] = [line for line in err if line.startswith("note: the catalogs of ")]
        assert note.startswith("note: the catalogs of ko_KR/demo (") and "a release refuses that page" in note, note
        assert note.endswith("leaflets check --locale ko_KR --leaflet demo lists them"), note
    assert translated.run("build", "--release", "--only", "html", "--locale", "ko_KR")[0] == 1

    common.write_text(text, encoding="utf-8")
    code, err, _page, _html = build(translated)
    assert code == 0 and not [line for line in err if line.startswith("note: the catalogs of ")], err


def test_a_table_row_typed_into_a_cell_after_a_line_break_is_held_back_not_shown(translated):
    """A translator pressed Enter in a table cell's one-line msgstr and typed a row of their own
    (adopter review 3, defect 6): the page showed the pipes and an instruction the English does
    not give. Now [whitespace] errs and the draft shows the cell's English, marked as held back."""
    translated.translate("demo", {"More than 30%": "30% 초과\n| 참고 | 햇빛을 피하세요 |"})
    code, err, page, html = build(translated)
    assert code == 0
    told = r"locales/ko_KR/LC_MESSAGES/demo\.po:\d+: error\[whitespace\]: .* a table row's \|: .*"
    assert [line for line in err if re.fullmatch(told, line)], err
    cells = [text for _, text in page.all("td")]
    assert "| 참고" not in html and "햇빛을 피하세요" not in Page(html).text
    assert any(cell.endswith("More than 30%") for cell in cells), cells
    assert page.all("td", data_reason="check failed")

    # Only text after the break (a sentence added?): a warning to read; the page runs it on after a space.
    translated.translate("demo", {"More than 30%": "30% 초과\n햇빛을 피하세요."})
    code, out, _ = translated.run("check", "--locale", "ko_KR", "--leaflet", "demo")
    assert code == 0 and "warning[whitespace]: the translation has a line break the source does not have" in out
    code, _, page, _ = build(translated)
    assert code == 0 and "30% 초과 햇빛을 피하세요." in [text for _, text in page.all("td")]


def test_a_plural_rule_with_fewer_forms_than_the_language_is_an_error_and_refused_by_a_release(translated):
    """Spanish common.po cut down to one form (nplurals=1; plural=0; each plural entry's msgstr[1]
    deleted, so that every entry has the header's count): "1 partes" or "2 parte" on every page.
    The header is an error on its own, not the warning of a rule merely not known."""
    publish_spanish(translated)
    common = translated.po("common", "es")
    text = common.read_text(encoding="utf-8")
    one_form = text.replace("nplurals=2; plural=(n != 1);", "nplurals=1; plural=0;")
    one_form = re.sub(r"^msgstr\[1\] .*\n", "", one_form, flags=re.MULTILINE)
    assert one_form != text and "msgstr[1]" not in one_form
    common.write_text(one_form, encoding="utf-8")

    code, out, _ = translated.run("check", "--locale", "es", "--leaflet", "demo")
    [told] = [line for line in out.splitlines() if "error[header]" in line]
    assert told.startswith("locales/es/LC_MESSAGES/common.po:") and "has fewer forms than es has" in told, told
    assert code == 1 and "msgstr[] form" not in out  # the entries agree with the header: it is the header

    translated.review_all()
    code, _out, err = translated.run("build", "--release", "--only", "html", "--locale", "es")
    assert code == 1 and "refused es/demo" in err, err
    assert not translated.path("dist/es/demo.html").exists()


def test_a_plural_rule_that_shows_the_wrong_forms_is_named_by_the_draft_and_refused_by_a_release(translated):
    """Spanish common.po with its two forms swapped (plural=(n == 1)): a draft with one passage not
    translated tells patients "1 partes ... no están traducidas"; the draft names the header's error
    and a release refuses the page until the rule is right again."""
    publish_spanish(translated)
    common = translated.po("common", "es")
    text = common.read_text(encoding="utf-8")
    swapped = text.replace("nplurals=2; plural=(n != 1);", "nplurals=2; plural=(n == 1);")
    assert swapped != text
    common.write_text(swapped, encoding="utf-8")

    translated.translate("demo", {"Fever": ""}, "es")
    code, _out, err = translated.run("build", "--only", "html", "--locale", "es")
    assert code == 0
    page = Page(translated.path("build/es/demo.html").read_text(encoding="utf-8")).text
    assert "1 partes de esta página todavía no están traducidas" in page  # what the wrong rule shows
    assert "note: the catalogs of es/demo (1 error) fail checks" in err and "a release refuses that page" in err
    _, out, _ = translated.run("check", "--locale", "es", "--leaflet", "demo")  # what the note says lists them
    [told] = [line for line in out.splitlines() if "error[header]" in line]
    assert told.startswith("locales/es/LC_MESSAGES/common.po:") and "for n = 0 it picks msgstr[0]" in told, told

    translated.translate("demo", {"Fever": SPANISH["Fever"]}, "es")
    translated.review_all()
    code, _out, err = translated.run("build", "--release", "--only", "html", "--locale", "es")
    assert code == 1 and "refused es/demo" in err, err
    assert not translated.path("dist/es/demo.html").exists()

    common.write_text(text, encoding="utf-8")
    translated.review_all()
    assert translated.run("build", "--release", "--only", "html", "--locale", "es")[0] == 0
    assert translated.path("dist/es/demo.html").is_file()
