"""A fuzzy mark cleared by a tool (``msgattrib --clear-fuzzy``, a bulk "mark as translated") leaves the
``#|`` English the translation was made for: [fuzzy-cleared] is an error on that entry's line, so the
release refuses the pair whether its language needs a sign-off or not, a draft holds the passage back,
``update`` keeps the ``#|`` lines until a translator deletes them, and ``review`` says when it signs off
a translation that did not change when its English did."""

from __future__ import annotations

import re
import shutil
import subprocess

import polib
import pytest

from tests.test_held_back import build as build_draft
from tests.test_review import optional  # noqa: F401  (a fixture: sign_off = "optional" for ko_KR)
from tests.test_review_history import change_english, commit, correct, repository  # noqa: F401

gettext = pytest.mark.skipif(not shutil.which("msgattrib"), reason="GNU gettext is installed by make test")

PO = "locales/ko_KR/LC_MESSAGES/demo.po"
ERROR = (
    "the fuzzy mark was removed but the entry still records the English it was translated from (`#|`): "
    "check the translation against the new English, then delete the `#|` lines (`msgattrib --clear-previous`)"
)


def msgattrib(project, option: str) -> None:
    """The real GNU tool, run on the Korean catalog in place."""
    po = str(project.po("demo"))
    subprocess.run(["msgattrib", option, po, "-o", po], check=True, capture_output=True)


def fever_changed(project) -> None:
    """The writer changes "Fever" (and has the new English reviewed); ``update`` marks the Korean
    fuzzy with "#| Fever"."""
    change_english(project, "- Fever", "- High fever")
    project.review_english()
    entry = polib.pofile(str(project.po("demo"))).find("High fever")
    assert entry.fuzzy and entry.previous_msgid == "Fever" and entry.msgstr == "발열"


def msgid_line(project, msgid: str) -> int:
    lines = project.po("demo").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line == f'msgid "{msgid}"')


def release(project) -> tuple[int, str]:
    code, _out, err = project.run("build", "--release", "--only", "html", "--leaflet", "demo", "--locale", "ko_KR")
    return code, err


@gettext
def test_msgattrib_clear_fuzzy_is_an_error_on_the_entrys_line_until_the_previous_english_is_deleted(translated):
    fever_changed(translated)
    msgattrib(translated, "--clear-fuzzy")
    text = translated.po("demo").read_text(encoding="utf-8")
    assert '#| msgid "Fever"' in text and "#, fuzzy" not in text  # what the tool leaves
    line = msgid_line(translated, "High fever")

    code, out, _ = translated.run("check", "--locale", "ko_KR", "--leaflet", "demo")
    assert code == 1
    [finding] = [row for row in out.splitlines() if "[fuzzy-cleared]" in row]
    assert (
        finding == f'{PO}:{line}: error[fuzzy-cleared]: {ERROR}; the English then and now: "[-Fever-]{{+High fever+}}"'
    )

    # update keeps the "#|" (msgmerge would drop it, and the translation would pass as checked).
    assert translated.run("update")[0] == 0
    assert '#| msgid "Fever"' in translated.po("demo").read_text(encoding="utf-8")
    assert translated.run("check", "--locale", "ko_KR", "--leaflet", "demo")[0] == 1

    # The translator reads it against the new English, then deletes the "#|" lines as the message says.
    msgattrib(translated, "--clear-previous")
    code, out, _ = translated.run("check", "--locale", "ko_KR", "--leaflet", "demo")
    assert code == 0 and "fuzzy-cleared" not in out, out


@gettext
def test_the_release_refuses_the_pair_when_its_language_needs_no_sign_off(optional):  # noqa: F811
    fever_changed(optional)
    msgattrib(optional, "--clear-fuzzy")
    code, err = release(optional)
    assert code == 1 and "refused ko_KR/demo" in err, err
    assert re.search(rf"{PO}: 1 check error, first line \d+: fuzzy-cleared: the fuzzy mark was removed", err), err
    assert not optional.path("dist/ko_KR/demo.html").exists()
    # The same catalog with the "#|" lines deleted is released: nothing else held it back.
    msgattrib(optional, "--clear-previous")
    code, err = release(optional)
    assert code == 0, err
    assert "발열" in optional.path("dist/ko_KR/demo.html").read_text(encoding="utf-8")


@gettext
def test_the_release_refuses_it_and_review_will_not_sign_it_off_when_a_sign_off_is_required(translated):
    fever_changed(translated)
    msgattrib(translated, "--clear-fuzzy")
    code, out, err = translated.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")
    assert code == 1 and "error[fuzzy-cleared]" in out + err and "not signed off" in out + err, out + err
    code, err = release(translated)
    assert code == 1 and re.search(rf"{PO}: 1 check error, first line \d+: fuzzy-cleared: ", err), err
    assert not translated.path("dist/ko_KR/demo.html").exists()


@gettext
def test_a_draft_holds_the_passage_back_and_names_the_check(translated):
    fever_changed(translated)
    msgattrib(translated, "--clear-fuzzy")
    code, err, page, html = build_draft(translated)
    assert code == 0
    assert [line for line in err if "error[fuzzy-cleared]" in line], err
    assert "발열" not in html
    [held] = page.all("li", data_reason="check failed")
    assert "High fever" in held[1]
    [(_, listed)] = [(a, text) for a, text in page.all("ul", lang="en") if "[fuzzy-cleared]" in text]
    assert f"{PO}:{msgid_line(translated, 'High fever')}" in listed


def test_update_and_a_translators_own_edit_leave_nothing_to_report(translated):
    """The repo's own extract/update, then a translator who edits and clears the mark with its "#|"
    (as Poedit does, and docs/translator.md says): no finding; nor on the fuzzy entry before."""
    fever_changed(translated)
    assert "fuzzy-cleared" not in translated.run("check", "--locale", "ko_KR")[1]
    correct(translated, "High fever", "열이 나고 오한이 듦")
    assert translated.run("update")[0] == 0
    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 0 and "fuzzy-cleared" not in out, out


def test_a_previous_msgid_that_repeats_the_english_is_no_finding(translated):
    """Only the context changed (pology's unfuzzy-context-only): the English is the one translated."""
    catalog = polib.pofile(str(translated.po("demo")))
    catalog.find("Headache").previous_msgid = "Headache"
    catalog.save()
    code, out, _ = translated.run("check", "--locale", "ko_KR", "--leaflet", "demo")
    assert code == 0 and "fuzzy-cleared" not in out, out


SECOND = """\
---
id: second
title: "A second leaflet"
summary: "What IVIG is and how it is given."
reviewed_by: "Dr. Mina Cho, PharmD"
reviewed_on: 2026-10-01
references:
  - "Prins, C. (2003). Treatment of TEN. Archives of Dermatology, 139(1), 26."
---

## How IVIG is given to you

Call 911 in an emergency!
"""


@gettext
def test_translation_memory_suggestions_cleared_by_a_tool(translated):
    """A suggestion for other English keeps its "#|": an error. One for the same English has only the
    memory's note, which a translator who edited in Poedit keeps too: a warning."""
    translated.path("source/second.md").write_text(SECOND, encoding="utf-8")
    assert translated.run("extract")[0] == 0 and translated.run("update")[0] == 0
    po = str(translated.po("second"))
    subprocess.run(["msgattrib", "--clear-fuzzy", po, "-o", po], check=True, capture_output=True)
    lines = translated.po("second").read_text(encoding="utf-8").splitlines()
    near = lines.index('msgid "Call 911 in an emergency!"') + 1
    same = lines.index('msgid "What IVIG is and how it is given."') + 1
    code, out, _ = translated.run("check", "--locale", "ko_KR", "--leaflet", "second")
    assert code == 1
    second = "locales/ko_KR/LC_MESSAGES/second.po"
    found = [row for row in out.splitlines() if "[fuzzy-cleared]" in row]
    assert [row.split(": ")[:2] for row in found] == [
        [f"{second}:{same}", "warning[fuzzy-cleared]"],
        [f"{second}:{near}", "error[fuzzy-cleared]"],
    ], found
    assert re.search(r"still carries `# Translation memory: demo\.po:\d+, same English`", found[0]), found[0]
    assert ERROR in found[1]


def clear_fuzzy_as_poedit(project, msgid: str) -> None:
    """Poedit's *Needs work* switched off without an edit: the mark goes, and its "#|" with it."""
    catalog = polib.pofile(str(project.po("demo")))
    entry = catalog.find(msgid)
    entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    catalog.save()


def test_review_says_when_it_signs_off_a_translation_that_did_not_change_when_its_english_did(repository):  # noqa: F811
    change_english(repository, "- Fever", "- A fever")
    change_english(repository, "- Headache", "- A headache")
    repository.review_english()
    clear_fuzzy_as_poedit(repository, "A fever")  # nobody read it: still the translation of "Fever"
    correct(repository, "A headache", "머리가 아픔")  # read and corrected
    commit(repository, "Fever and Headache reworded")
    where = f'source/demo.md:{source_line(repository, "- A fever")}: "[-Fever-]{{+A fever+}}"'
    # status says so before the review, of that passage only (the corrected one changed)
    status = repository.run("status", "--locale", "ko_KR", "--leaflet", "demo")[1]
    kept = [line.strip() for line in status.splitlines() if "did not change when its English did" in line]
    assert kept == [
        f"note: the translation did not change when its English did: {where}; it is the translation "
        "reviewed against the English before"
    ], status
    code, out, err = repository.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")
    assert code == 0, err
    kept = [line for line in (out + err).splitlines() if "did not change when its English did" in line]
    assert kept == [
        f"note: {PO}:{msgid_line(repository, 'A fever')}: the translation of this passage did not change when "
        'its English did: "발열" is the translation reviewed against the English before (source/demo.md:'
        f'{source_line(repository, "- A fever")}: "[-Fever-]{{+A fever+}}"); you signed it off for the English now'
    ], out + err


def source_line(project, text: str) -> int:
    lines = project.path("source/demo.md").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line == text)
