"""Translation memory: update offers what another leaflet of the locale already says, as a fuzzy suggestion."""

from __future__ import annotations

import re
import textwrap
from difflib import SequenceMatcher

import polib

from pipeline.catalogs.catalog import Catalog, Message
from pipeline.catalogs.memory import MEMORY_CUTOFF, TranslationMemory
from pipeline.catalogs.merge import merge
from pipeline.catalogs.pofile import read_file
from tests.checks.helpers import msgfmt_verdict
from tests.shipped import REPO

SECOND = textwrap.dedent("""\
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

    Headache

    Call 911 in an emergency!

    Fever and chills are common.
    """)


def _add_second_leaflet(project):
    project.path("source/second.md").write_text(SECOND, encoding="utf-8")
    code, out, err = project.run("extract")
    assert code == 0, err
    return project.run("update")


def test_update_fills_new_entries_from_another_leaflet_as_fuzzy_suggestions_naming_their_origin(translated):
    code, out, err = _add_second_leaflet(translated)
    assert code == 0, err
    assert "locales/ko_KR/LC_MESSAGES/second.po: 3 entries filled from translation memory" in err
    catalog = polib.pofile(str(translated.po("second")))
    same = catalog.find("What IVIG is and how it is given.")
    assert same.msgstr == "IVIG가 무엇인지, 어떻게 투여하는지 알려 드립니다."
    assert same.fuzzy and same.previous_msgid is None
    assert re.fullmatch(r"Translation memory: demo\.po:\d+, same English", same.tcomment)
    near = catalog.find("Call 911 in an emergency!")  # one character from "Call 911 in an emergency."
    assert near.msgstr == "응급 상황에서는 911에 전화하세요." and near.fuzzy
    assert near.previous_msgid == "Call 911 in an emergency."  # Poedit shows what differs
    assert re.fullmatch(r"Translation memory: demo\.po:\d+, English 9\d% alike", near.tcomment)
    assert catalog.find("Headache").msgstr == "두통"
    # not alike enough (0.83 and less): left for the translator
    assert catalog.find("How IVIG is given to you").msgstr == ""
    assert catalog.find("Fever and chills are common.").msgstr == ""
    assert catalog.find("A second leaflet").msgstr == ""
    # gettext accepts the file; compiled, the suggestions are left out as every fuzzy entry is
    assert msgfmt_verdict(translated.po("second"))[0]
    assert translated.run("compile")[0] == 0
    compiled = polib.mofile(str(translated.po("second").with_suffix(".mo")))
    assert not [entry for entry in compiled if entry.msgid and entry.msgstr]


def test_a_suggestion_is_never_released_and_the_draft_shows_english(translated):
    _add_second_leaflet(translated)
    translated.run("compile")
    code, out, err = translated.run("build", "--release", "--leaflet", "second", "--locale", "ko_KR")
    assert code != 0 and "refused ko_KR/second" in err
    assert not translated.path("dist/ko_KR/second.html").exists()
    translated.run("build", "--leaflet", "second", "--locale", "ko_KR", "--only", "html")
    page = translated.path("build/ko_KR/second.html").read_text(encoding="utf-8")
    assert "두통" not in page and "Headache" in page


def test_suggestions_do_not_churn_and_their_note_goes_once_a_translator_accepts_them(translated):
    _add_second_leaflet(translated)
    before = translated.po("second").read_bytes()
    assert translated.run("update")[0] == 0
    assert translated.po("second").read_bytes() == before
    translated.translate("second", {"Headache": "두통"})  # the translator checks it and clears the fuzzy mark
    assert translated.run("update")[0] == 0
    headache = polib.pofile(str(translated.po("second"))).find("Headache")
    assert (headache.msgstr, headache.fuzzy, headache.tcomment) == ("두통", False, "")
    assert "# Translation memory: demo.po:" in translated.po("second").read_text(encoding="utf-8")  # the others


def test_a_catalogs_own_previous_translation_wins_over_a_poorer_memory_match():
    own = Message("Call 911 in an emergency now.", "지금 응급 상황이면 911에 전화하세요.")
    catalog = Catalog(Message(""), (own,))
    template = Catalog(Message(""), (Message("Call 911 in an emergency now!"),))
    memory = TranslationMemory.from_catalogs(
        [
            (
                "other.po",
                Catalog(
                    Message(""), (Message("Call 911 in an emergency.", "응급 상황에서는 911에 전화하세요.", line=7),)
                ),
            )
        ]
    )
    merged = merge(catalog, template, "ko_KR", memory).catalog.messages[0]
    assert merged.msgstr == own.msgstr and merged.previous_msgid == own.msgid and merged.fuzzy


def test_memory_remembers_finished_singular_translations_only_and_prefers_the_closest():
    catalog = Catalog(
        Message(""),
        (
            Message("Drink plenty of water before IVIG.", "IVIG 전에 물을 충분히 드세요.", line=3),
            Message("Drink plenty of water before IVIG!", "물!", flags=("fuzzy",), line=5),
            Message("Drink plenty of water after IVIG.", "", line=9),
            Message("Drink plenty of fluids before IVIG.", "IVIG 전에 수분을 충분히 드세요.", line=11),
        ),
    )
    memory = TranslationMemory.from_catalogs([("a.po", catalog)])
    assert [entry.origin for entry in memory.entries] == ["a.po:3", "a.po:11"]
    suggestion = memory.suggest("Drink plenty of water before IVIG!")
    assert suggestion.entry.origin == "a.po:3" and MEMORY_CUTOFF <= suggestion.ratio < 1
    assert memory.suggest("Drink plenty of water before IVIG.").identical
    assert memory.suggest("Eat well.") is None
    assert memory.without("a.po").suggest("Drink plenty of water before IVIG.") is None


def _scan(memory, msgid):
    """The memory's suggestion as a plain scan of every entry in order chooses it (the
    indexed suggest() must choose the same entry with the same ratio)."""
    best = None
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(msgid)
    for entry in memory.entries:
        if entry.msgid == msgid:
            return entry, 1.0
        matcher.set_seq1(entry.msgid)
        if matcher.real_quick_ratio() < MEMORY_CUTOFF or matcher.quick_ratio() < MEMORY_CUTOFF:
            continue  # neither can be below ratio()
        ratio = matcher.ratio()
        if ratio >= MEMORY_CUTOFF and (best is None or ratio > best[1]):
            best = entry, min(ratio, 0.999)
    return best


def test_the_indexed_memory_suggests_what_a_scan_of_every_entry_suggests():
    catalogs = [(po.name, read_file(po, po.name)) for po in sorted(REPO.glob("locales/*/LC_MESSAGES/*.po"))]
    # The same English in several catalogs and locales: ties, and a catalog left out.
    memory = TranslationMemory.from_catalogs(catalogs).without("common.po")
    english = sorted({message.msgid for _, catalog in catalogs for message in catalog.messages if message.msgid})
    asked = [variant for msgid in english for variant in (msgid, msgid[:-1] + "!", msgid.replace(" ", "  ", 1))]
    suggested = 0
    for msgid in asked:
        suggestion = memory.suggest(msgid)
        assert (None if suggestion is None else (suggestion.entry, suggestion.ratio)) == _scan(memory, msgid), msgid
        suggested += suggestion is not None and not suggestion.identical
    assert suggested > len(english)  # the near matches were really compared, not only the same English
    assert memory.without("ivig-ten.po").suggest(english[0]) == _scan(memory.without("ivig-ten.po"), english[0])
