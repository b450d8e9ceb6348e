"""Which text a page shows for each message: the translation tables and the release gate's words.

Called directly, without a build in front: a fuzzy, failed, partly translated
or missing entry must never be shown as a translation, whatever the other
layers do (bench/results/mutation.md lists what these tests kill).
"""

from __future__ import annotations

from pipeline.catalogs.catalog import Message
from pipeline.catalogs.pofile import read_po
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.markdown import inline_plain_text
from pipeline.model import Progress, Rendition
from pipeline.release import gate
from pipeline.translations import (
    CHECK_FAILED,
    FUZZY,
    UNTRANSLATED,
    TranslationTable,
    shown_digest,
    source_table,
    table_from_catalog,
    table_from_entries,
)

TWO_FORMS = "nplurals=2; plural=(n != 1);"
ENTRIES = [
    Message("", "Content-Type: text/plain; charset=UTF-8\n"),  # the header: never a message
    Message("Fever", "발열"),
    Message("Rash", "발진", flags=("fuzzy",)),
    Message("Itch", "", flags=("fuzzy",)),
    Message("Take 2 tablets", "3정을 드세요"),  # failed a check
    Message("Headache", ""),
    Message("%(n)s day", msgid_plural="%(n)s days", msgstr_plural=("하루", "여러 날")),
    Message("%(n)s week", msgid_plural="%(n)s weeks", msgstr_plural=("한 주", "")),
    Message("%(n)s hour", msgid_plural="%(n)s hours", msgstr_plural=("한 시간", "여러 시간"), flags=("fuzzy",)),
]


def table() -> TranslationTable:
    return table_from_entries("ko_KR", ENTRIES, frozenset({"Take 2 tablets"}), TWO_FORMS)


def test_only_complete_reviewed_passing_translations_are_usable():
    result = table()
    assert result.locale == "ko_KR" and not result.is_source
    assert dict(result.strings) == {"Fever": "발열"}
    assert dict(result.plurals) == {"%(n)s day": ("하루", "여러 날")}
    assert dict(result.reasons) == {
        "Rash": FUZZY,
        "Itch": FUZZY,
        "Take 2 tablets": CHECK_FAILED,
        "Headache": UNTRANSLATED,
        "%(n)s week": UNTRANSLATED,
        "%(n)s hour": FUZZY,
    }


def test_a_message_not_usable_shows_the_source_text_and_says_why():
    result = table()
    assert result.resolve("Fever") == Rendition("발열", True)
    assert result.resolve("Rash") == Rendition("Rash", False, FUZZY)
    assert result.resolve("Take 2 tablets") == Rendition("Take 2 tablets", False, CHECK_FAILED)
    assert result.resolve("Not in the catalog") == Rendition("Not in the catalog", False, UNTRANSLATED)
    assert result.gettext("Rash") == "Rash" and result.gettext("Fever") == "발열"


def test_the_source_language_shows_every_message_as_written():
    source = source_table("en")
    assert (source.locale, source.is_source) == ("en", True)
    assert source.resolve("Fever") == Rendition("Fever", True)
    assert source.progress(["a", "b", "a"]) == Progress(2)
    assert [source.ngettext("%(n)s day", "%(n)s days", n) for n in (0, 1, 2)] == [
        "%(n)s days",
        "%(n)s day",
        "%(n)s days",
    ]


def test_progress_counts_each_message_once_and_plural_messages_as_translated():
    assert table().progress(["Fever", "Rash", "Fever", "%(n)s day", "%(n)s week"]) == Progress(
        4, ("Rash", "%(n)s week")
    )


def test_plural_forms_follow_the_catalogs_rule_and_fall_back_to_english_when_missing():
    result = table()
    assert [result.ngettext("%(n)s day", "%(n)s days", n) for n in (0, 1, 2)] == ["여러 날", "하루", "여러 날"]
    # Fuzzy or partly translated plurals show the English, by count.
    assert [result.ngettext("%(n)s hour", "%(n)s hours", n) for n in (1, 2)] == ["%(n)s hour", "%(n)s hours"]
    assert [result.ngettext("%(n)s week", "%(n)s weeks", n) for n in (1, 2)] == ["%(n)s week", "%(n)s weeks"]


def test_a_rule_naming_more_forms_than_written_shows_the_last_one():
    three = "nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);"
    entry = Message("%(n)s day", msgid_plural="%(n)s days", msgstr_plural=("하루", "이틀"))
    result = table_from_entries("ko_KR", [entry], plural_forms=three)
    assert [result.ngettext("%(n)s day", "%(n)s days", n) for n in (1, 2, 5)] == ["하루", "이틀", "이틀"]


def test_without_a_usable_rule_the_languages_own_rule_is_used():
    entry = Message("%(n)s day", msgid_plural="%(n)s days", msgstr_plural=("un día", "varios días"))
    for header in ("", "nplurals=banana"):
        result = table_from_entries("es", [entry], plural_forms=header)
        assert [result.ngettext("%(n)s day", "%(n)s days", n) for n in (1, 2)] == ["un día", "varios días"]
    unknown = table_from_entries("xx", [entry])  # no rule at all: the first form
    assert unknown.ngettext("%(n)s day", "%(n)s days", 5) == "un día"


def test_a_catalog_read_from_bytes_keeps_its_own_plural_rule_and_its_failures():
    catalog = read_po(
        b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        b'"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        b'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "ONE"\nmsgstr[1] "MANY"\n\n'
        b'#, fuzzy\nmsgid "Rash"\nmsgstr "RASH"\n\nmsgid "Fever"\nmsgstr "FEVER"\n\nmsgid "Cough"\nmsgstr "COUGH"\n',
        "locales/ko_KR/LC_MESSAGES/demo.po",
    )
    result = table_from_catalog("ko_KR", catalog, frozenset({"Cough"}))
    assert result.locale == "ko_KR"
    assert [result.ngettext("%(n)s day", "%(n)s days", n) for n in (1, 2)] == ["ONE", "MANY"]  # Korean's CLDR: 1 form
    assert dict(result.strings) == {"Fever": "FEVER"}
    assert dict(result.reasons) == {"Rash": FUZZY, "Cough": CHECK_FAILED}


CATALOG = (
    b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    b'"Last-Translator: A <a@example.invalid>\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
    b'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "ONE"\nmsgstr[1] "MANY"\n\n'
    b'msgid "Fever"\nmsgstr "FEVER"\n\nmsgid "Take it with food."\nmsgstr "TAKE IT WITH FOOD."\n\n'
    b'msgid "Unused"\nmsgstr "UNUSED"\n'
)
SHOWN = ["%(n)s day", "Fever", "Take it with food."]


def _shown(data: bytes) -> str:
    return shown_digest(table_from_catalog("ko_KR", read_po(data, LEAFLET_PO)), SHOWN)


def test_what_a_catalog_gives_a_page_ignores_what_only_translators_read():
    """A translator's comment, the entries wrapped again, a header field no page reads, an entry no
    page uses: the page's words are the same, and a release keeps the pages made from them."""
    for old, new in [
        (b'msgid "Fever"', b'# checked with the ward pharmacist\n#, python-format\nmsgid "Fever"'),
        (b'msgstr "TAKE IT WITH FOOD."', b'msgstr ""\n"TAKE IT "\n"WITH FOOD."'),
        (b"Last-Translator: A <a@example.invalid>", b"Last-Translator: B <b@example.invalid>"),
        (b'msgstr "UNUSED"', b'msgstr "NOT USED"'),
    ]:
        assert old in CATALOG
        assert _shown(CATALOG.replace(old, new)) == _shown(CATALOG), new


def test_what_a_catalog_gives_a_page_changes_with_every_word_and_form_it_shows():
    for old, new in [
        (b'msgstr "FEVER"', b'msgstr "HIGH FEVER"'),
        (b'msgid "Fever"', b'#, fuzzy\nmsgid "Fever"'),
        (b'msgstr[1] "MANY"', b'msgstr[1] "SEVERAL"'),
        (b"plural=(n != 1);", b"plural=(n > 1);"),  # which form 0 days takes
    ]:
        assert old in CATALOG
        assert _shown(CATALOG.replace(old, new)) != _shown(CATALOG), new
    catalog = table_from_catalog("ko_KR", read_po(CATALOG, LEAFLET_PO))
    assert shown_digest(table_from_catalog("ko_KR", read_po(CATALOG, LEAFLET_PO), frozenset({"Fever"})), SHOWN) != (
        shown_digest(catalog, SHOWN)
    )  # held back by a check: the page shows the English


# -- the release gate's words ---------------------------------------------------------------------

LEAFLET_PO, COMMON_PO = "locales/ko_KR/LC_MESSAGES/demo.po", "locales/ko_KR/LC_MESSAGES/common.po"


def _finding(line: int, severity: str = ERROR) -> Finding:
    # a warning of a check whose warnings hold no page back ([length]; not release.py's REVERSAL_CHECKS)
    check = "numbers" if severity == ERROR else "length"
    return Finding(LEAFLET_PO, line, severity, check, "ko_KR", "demo", "m", f"problem {line}")


def _gate(table: TranslationTable, msgids, findings=()) -> list[str]:
    common = TranslationTable("ko_KR", {"Disclaimer": "면책"})
    return gate(
        catalog_file=LEAFLET_PO,
        catalog_exists=True,
        msgids=msgids,
        table=table,
        findings=findings,
        common_file=COMMON_PO,
        common_msgids=["Disclaimer"],
        common_table=common,
        common_findings=[],
        disclaimer_msgids=["Disclaimer"],
        review_required=False,
    ).reasons  # the translation review's words: tests/test_review.py


def test_the_gate_counts_what_is_missing_by_reason_in_words():
    assert _gate(table(), ["Fever", "Rash", "Itch", "Headache", "Gone"]) == [
        f"{LEAFLET_PO}: 2 passages fuzzy (to be reviewed)",
        f"{LEAFLET_PO}: 1 passage missing from the catalog (run `leaflets extract`, then `leaflets update`)",
        f"{LEAFLET_PO}: 1 passage untranslated",
    ]


def test_a_failed_check_is_told_once_by_its_finding_not_also_as_missing():
    assert _gate(table(), ["Fever", "Take 2 tablets"], [_finding(7)]) == [
        f"{LEAFLET_PO}: 1 check error, first line 7: numbers: problem 7"
    ]
    assert _gate(table(), ["Fever"], [_finding(9), _finding(7), _finding(3, WARNING)]) == [
        f"{LEAFLET_PO}: 2 check errors, first line 7: numbers: problem 7 (and 1 more)"
    ]
    assert _gate(table(), ["Fever"], [_finding(9), _finding(7), _finding(8)]) == [
        f"{LEAFLET_PO}: 3 check errors, first line 7: numbers: problem 7 (and 2 more)"
    ]


def test_the_source_language_is_always_released():
    assert _gate(source_table("en"), ["Anything"], [_finding(1)]) == []


# -- plain text of a passage ----------------------------------------------------------------------


def test_plain_text_keeps_the_words_and_drops_the_markup():
    assert inline_plain_text("IVIG for *skin* reactions") == "IVIG for skin reactions"
    assert inline_plain_text("Take `2 g`\\\nthen [rest](https://example.org)  now") == "Take 2 g then rest now"
    assert inline_plain_text("a\nb") == "a b"
    assert inline_plain_text("<b>x</b>") == "<b>x</b>"  # shown as typed, never as markup
