"""update's merge, as msgmerge does it: nothing a translator wrote is lost."""

from __future__ import annotations

from pipeline.catalogs import read_po, write_po
from pipeline.catalogs.merge import merge

HEADER = (
    'msgid ""\nmsgstr ""\n"Language: ko_KR\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
)
TEMPLATE_HEADER = (
    '#, fuzzy\nmsgid ""\nmsgstr ""\n"POT-Creation-Date: 2027-01-01 00:00+0000\\n"\n'
    '"Content-Type: text/plain; charset=utf-8\\n"\n\n'
)


def catalog(body: str, header: str = HEADER):
    return read_po((header + body).encode("utf-8"))


def template(body: str):
    return catalog(body, TEMPLATE_HEADER)


PLURAL = '#, python-format\nmsgid "%(count)s day"\nmsgid_plural "%(count)s days"\n'


def test_an_unchanged_message_keeps_its_translation_and_comments_and_takes_the_new_references():
    old = catalog('# checked by JH\n#: a.md:3\nmsgid "Fever"\nmsgstr "발열"\n')
    new = merge(old, template('#. list item\n#: a.md:9\nmsgid "Fever"\nmsgstr ""\n'), "ko_KR").catalog
    fever = new.get("Fever")
    assert (fever.msgstr, fever.translator_comments, fever.references, fever.extracted_comments) == (
        "발열",
        ("checked by JH",),
        ("a.md:9",),
        ("list item",),
    )
    assert not fever.fuzzy and new.header_value("POT-Creation-Date") == "2027-01-01 00:00+0000"


def test_a_changed_message_comes_back_fuzzy_with_the_previous_text():
    old = catalog('msgid "Call 911 in an emergency."\nmsgstr "응급 상황에서는 911에 전화하세요."\n')
    new = merge(old, template('msgid "Call 911 at once in an emergency."\nmsgstr ""\n'), "ko_KR").catalog
    changed = new.get("Call 911 at once in an emergency.")
    assert changed.fuzzy and changed.msgstr == "응급 상황에서는 911에 전화하세요."
    assert changed.previous_msgid == "Call 911 in an emergency."
    assert new.obsolete == ()  # its translation moved; nothing to keep


def test_a_removed_message_becomes_obsolete_with_its_flags_but_not_its_references():
    old = catalog('#: a.md:3\n#, fuzzy\nmsgid "Headache"\nmsgstr "두통"\n')
    new = merge(old, template('msgid "Zzz"\nmsgstr ""\n'), "ko_KR").catalog
    (gone,) = new.obsolete
    assert (gone.msgid, gone.msgstr, gone.fuzzy, gone.references) == ("Headache", "두통", True, ())
    assert '#, fuzzy\n#~ msgid "Headache"\n#~ msgstr "두통"\n' in write_po(new).decode()


def test_a_removed_message_nobody_translated_or_commented_on_is_dropped_as_msgmerge_does():
    old = catalog('#: a.md:3\nmsgid "Headache"\nmsgstr ""\n\n#~ msgid "Chills"\n#~ msgstr ""\n')
    new = merge(old, template('msgid "Zzz"\nmsgstr ""\n'), "ko_KR").catalog
    assert new.obsolete == ()
    assert "#~" not in write_po(new).decode()


def test_a_fuzzy_translation_that_was_obsolete_comes_back_fuzzy():
    # Babel wrote obsolete entries without their flags: revived, a draft read as reviewed.
    old = catalog('#, fuzzy\n#~ msgid "Headache"\n#~ msgstr "두통?"\n')
    revived = merge(old, template('msgid "Headache"\nmsgstr ""\n'), "ko_KR").catalog.get("Headache")
    assert revived.msgstr == "두통?" and revived.fuzzy


def test_an_obsolete_plural_message_is_revived_when_its_text_returns():
    # Issue 7, case 5: the live entry stayed empty, the #~ copy kept the translation.
    old = catalog(f'#~ {PLURAL.splitlines()[1]}\n#~ {PLURAL.splitlines()[2]}\n#~ msgstr[0] "%(count)s일"\n')
    new = merge(old, template(PLURAL + 'msgstr[0] ""\nmsgstr[1] ""\n'), "ko_KR").catalog
    assert new.get("%(count)s day").msgstr_plural == ("%(count)s일",)
    assert new.obsolete == ()


def test_an_obsolete_duplicate_of_a_live_message_gives_back_its_translation():
    # What the earlier update left: an empty live entry and its translated #~ copy (msgfmt rejects it).
    old = catalog(
        PLURAL + 'msgstr[0] ""\n\n' + '#~ msgid "%(count)s day"\n#~ msgid_plural "%(count)s days"\n'
        '#~ msgstr[0] "%(count)s일"\n'
    )
    merged = merge(old, template(PLURAL + 'msgstr[0] ""\nmsgstr[1] ""\n'), "ko_KR")
    assert merged.catalog.get("%(count)s day").msgstr_plural == ("%(count)s일",)
    assert merged.catalog.obsolete == ()
    assert [note.line for note in merged.notes] == [12]  # the #~ msgid line


def test_a_differing_obsolete_duplicate_is_dropped_naming_its_translation():
    old = catalog('msgid "Fever"\nmsgstr "발열"\n\n#~ msgid "Fever"\n#~ msgstr "열"\n')
    merged = merge(old, template('msgid "Fever"\nmsgstr ""\n'), "ko_KR")
    assert merged.catalog.get("Fever").msgstr == "발열" and merged.catalog.obsolete == ()
    (note,) = merged.notes
    assert "'열'" in note.text and not note.problem


def test_more_plural_forms_than_nplurals_are_kept_and_reported():
    old = catalog(PLURAL + 'msgstr[0] "하루"\nmsgstr[1] "여러 날"\n')
    merged = merge(old, template(PLURAL + 'msgstr[0] ""\nmsgstr[1] ""\n'), "ko_KR")
    assert merged.catalog.get("%(count)s day").msgstr_plural == ("하루", "여러 날")
    (note,) = merged.notes
    assert note.problem and note.line == 8 and "2 msgstr[] forms but Plural-Forms says nplurals=1" in note.text


def test_format_flags_come_from_the_template():
    old = catalog('#, python-format\nmsgid "Up to 10% of patients"\nmsgstr "최대 10%"\n')
    merged = merge(old, template('#, no-python-format\nmsgid "Up to 10% of patients"\nmsgstr ""\n'), "ko_KR")
    assert merged.catalog.get("Up to 10% of patients").flags == ("no-python-format",)


def test_a_new_plural_message_gets_as_many_forms_as_the_language_has():
    new = merge(catalog(""), template(PLURAL + 'msgstr[0] ""\nmsgstr[1] ""\n'), "ko_KR").catalog
    assert new.get("%(count)s day").msgstr_plural == ("",)


def test_a_plural_entry_missing_forms_gets_them_empty_and_fuzzy_as_msgmerge_gives_them():
    """Arabic has six forms; an entry with five stayed five after update, and check named only the header."""
    arabic = HEADER.replace("Language: ko_KR", "Language: ar").replace(
        "nplurals=1; plural=0;",
        "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    )
    forms = "".join(f'msgstr[{n}] "{n} يوم"\n' for n in range(5))
    merged = merge(catalog(PLURAL + forms, arabic), template(PLURAL + 'msgstr[0] ""\nmsgstr[1] ""\n'), "ar").catalog
    entry = merged.get("%(count)s day")
    assert entry.msgstr_plural == (*(f"{n} يوم" for n in range(5)), "")
    assert entry.fuzzy


def test_two_passages_changed_together_each_take_their_own_old_translation():
    """Both doses of a list changed: the first new item scored a hair closer to the second old one, so
    both took it (and its #| msgid), and the first item's own translation went obsolete."""
    old = catalog(
        'msgid "1 g/kg a day for 3 days (3 g/kg in total)"\nmsgstr "하루 1 g/kg씩 3일(총 3 g/kg)"\n\n'
        'msgid "0.4 g/kg a day for 5 days (2 g/kg in total)"\nmsgstr "하루 0.4 g/kg씩 5일(총 2 g/kg)"\n'
    )
    new = template(
        'msgid "0.75 g/kg a day for 4 days (3 g/kg in total)"\nmsgstr ""\n\n'
        'msgid "0.5 g/kg a day for 4 days (2 g/kg in total)"\nmsgstr ""\n'
    )
    merged = merge(old, new, "ko_KR").catalog
    first, second = (
        merged.get("0.75 g/kg a day for 4 days (3 g/kg in total)"),
        merged.get("0.5 g/kg a day for 4 days (2 g/kg in total)"),
    )
    assert (first.previous_msgid, first.msgstr) == (
        "1 g/kg a day for 3 days (3 g/kg in total)",
        "하루 1 g/kg씩 3일(총 3 g/kg)",
    )
    assert second.previous_msgid == "0.4 g/kg a day for 5 days (2 g/kg in total)"
    assert first.fuzzy and second.fuzzy and merged.obsolete == ()


def test_two_new_passages_like_one_old_both_get_its_translation_as_msgmerge_gives_it():
    old = catalog('msgid "Take 2 tablets with water."\nmsgstr "물과 함께 2정을 드세요."\n')
    new = template('msgid "Take 2 tablets with food."\nmsgstr ""\n\nmsgid "Take 2 tablets with milk."\nmsgstr ""\n')
    merged = merge(old, new, "ko_KR").catalog
    assert [(m.msgstr, m.fuzzy, m.previous_msgid) for m in merged.messages] == [
        ("물과 함께 2정을 드세요.", True, "Take 2 tablets with water.")
    ] * 2
