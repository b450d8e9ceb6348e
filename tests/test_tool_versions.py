"""Catalogs and plural rules mean the same on every machine, whatever Babel is installed.

Babel 2.19 gave Spanish a third CLDR plural form and respelled other rules;
every Babel release writes its own version into ``Generated-By``. Neither may
churn a translator's files, break a release, or change which form is shown.
"""

from __future__ import annotations

import subprocess

import babel.messages.catalog
import polib
import pytest
from babel.messages.plurals import get_plural

from pipeline.catalogs import Message as Entry
from pipeline.translations import table_from_entries

# GNU gettext's rules (gettext-tools/src/plural-table.c): what msginit and Poedit write.
GNU = {"es": "nplurals=2; plural=(n != 1);", "ko_KR": "nplurals=1; plural=0;"}


def snapshot(project):
    locales = project.path("locales")
    return {p.relative_to(locales).as_posix(): p.read_bytes() for p in sorted(locales.rglob("*.po*"))}


def test_another_babel_version_rewrites_no_catalog(project, monkeypatch):
    project.translate("demo", {"Headache": "두통"})
    assert project.run("init", "es")[0] == 0
    project.run("update")  # back to the wrapping policy after polib's save
    before = snapshot(project)
    monkeypatch.setattr(babel.messages.catalog, "VERSION", "99.0")
    for command in ("extract", "update"):
        code, out, err = project.run(command)
        assert code == 0, err
        assert "wrote" not in out
    assert snapshot(project) == before


def test_a_real_change_is_written_with_the_new_tool_version(project, monkeypatch):
    monkeypatch.setattr(babel.messages.catalog, "VERSION", "99.0")
    source = project.path("source/demo.md")
    source.write_text(source.read_text() + "\nA new paragraph.\n", encoding="utf-8")
    project.run("extract")
    project.run("update")
    assert b"Generated-By: Babel 99.0" in project.po("demo").read_bytes()


def test_init_writes_gnu_gettexts_rule_whatever_babel_says(project):
    assert project.run("init", "es")[0] == 0
    for domain in ("demo", "common"):
        assert polib.pofile(str(project.po(domain, "es"))).metadata["Plural-Forms"] == GNU["es"]


def test_init_of_a_language_gnu_gettext_has_no_rule_for_gets_cldrs(project):
    assert project.run("init", "ar")[0] == 0
    cldr = get_plural("ar")
    assert polib.pofile(str(project.po("demo", "ar"))).metadata["Plural-Forms"] == (
        f"nplurals={cldr.num_plurals}; plural={cldr.plural_expr};"
    )


# Pinned on purpose: the Arabic rule Babel 2.12 to 2.18 wrote into every catalog it made.
OLD_BABEL_ARABIC = (
    "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=0 && n%100<=2 ? 4 : 5);"
)


def cldr(locale: str) -> str:
    rule = get_plural(locale)
    return f"nplurals={rule.num_plurals}; plural={rule.plural_expr};"


@pytest.mark.parametrize(("locale", "made_by"), [("es", "gnu"), ("es", "cldr"), ("ar", "old babel"), ("ar", "cldr")])
def test_catalogs_made_by_poedit_or_another_babel_keep_their_rule_and_release(project, locale, made_by):
    """A catalog whose rule came from Poedit (GNU), the installed Babel (CLDR) or Babel 2.18."""
    assert project.run("init", locale)[0] == 0
    rule = {"gnu": GNU.get(locale), "cldr": cldr(locale), "old babel": OLD_BABEL_ARABIC}[made_by]
    nplurals = int(rule.split(";")[0].split("=")[1])
    for domain in ("demo", "common"):
        po = polib.pofile(str(project.po(domain, locale)))
        po.metadata["Plural-Forms"] = rule
        po.metadata["X-Generator"] = "Poedit 3.4"
        for entry in po:
            if entry.msgid_plural:
                entry.msgstr_plural = {i: f"{entry.msgid_plural} ({locale} {i})" for i in range(nplurals)}
            else:
                entry.msgstr = f"{entry.msgid} ({locale})"
        po.save()
    code, _, err = project.run("update")
    assert code == 0, err
    for domain in ("demo", "common"):
        assert polib.pofile(str(project.po(domain, locale))).metadata["Plural-Forms"] == rule
    code, out, _ = project.run("check", "--locale", locale)
    assert "[header]" not in out
    project.review_all()  # the translation review a release needs (tests/test_review.py)
    code, out, err = project.run("build", "--release", "--locale", locale, "--only", "html")
    # Refused for what the stand-in translations are (the English, with "(es)" after it: English left
    # in, [untranslated-text]), never for the rule the catalogs were made with.
    assert "header" not in err and "Plural" not in err, err


def test_update_replaces_an_unknown_rule_when_no_translation_is_lost(project):
    po = polib.pofile(str(project.po("common")))
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"  # English's, in a Korean catalog
    po.save()
    code, _, err = project.run("update")
    assert code == 0
    assert "Plural-Forms was 'nplurals=2; plural=(n != 1);'; wrote 'nplurals=1; plural=0;'" in err
    assert polib.pofile(str(project.po("common"))).metadata["Plural-Forms"] == GNU["ko_KR"]


def test_repairing_the_rule_leaves_correct_plural_translations_as_they_were(translated):
    """Review of the translator workflow, 1: the plural entries were judged by the broken
    rule before it was repaired, and came back fuzzy (page blocked, review stale)."""
    translated.run("update")  # one line per message, as the pipeline writes it
    po = translated.po("common")
    good = po.read_bytes()
    assert GNU["ko_KR"].encode() in good
    po.write_bytes(good.replace(GNU["ko_KR"].encode(), b"nplurals=2; plural=(n != 1);"))
    code, _, err = translated.run("update", "--locale", "ko_KR")
    assert (code, err.strip()) == (
        0,
        "note: locales/ko_KR/LC_MESSAGES/common.po: Plural-Forms was 'nplurals=2; plural=(n != 1);'; "
        "wrote 'nplurals=1; plural=0;' (GNU gettext)",
    )
    assert po.read_bytes() == good  # the header back, every entry as it was: nothing fuzzy
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 0 and "[fuzzy]" not in out


def test_update_keeps_an_unknown_rule_rather_than_drop_translated_forms(project):
    po = polib.pofile(str(project.po("common")))
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    plural = next(e for e in po if e.msgid_plural)
    plural.msgstr_plural = {0: "한 문단", 1: "여러 문단"}
    po.save()
    _code, _, err = project.run("update")
    assert "would drop translated forms of 1 message(s); fix it by hand" in err
    entry = next(e for e in polib.pofile(str(project.po("common"))) if e.msgid_plural)
    assert entry.msgstr_plural == {0: "한 문단", 1: "여러 문단"}


def test_the_form_shown_follows_the_catalogs_own_rule_not_cldrs():
    # Korean has one form in CLDR; a catalog stating two numbers its forms by its own rule.
    entry = Entry("{{ count }} day", "", msgid_plural="{{ count }} days", msgstr_plural=("하루", "여러 날"))
    table = table_from_entries("ko_KR", [entry], plural_forms="nplurals=2; plural=(n != 1);")
    assert [table.ngettext("{{ count }} day", "{{ count }} days", n) for n in (1, 2)] == ["하루", "여러 날"]


def test_spanish_plural_forms_are_chosen_by_count():
    entry = Entry("%(count)s passage", "", msgid_plural="%(count)s passages", msgstr_plural=("pasaje", "pasajes"))
    table = table_from_entries("es", [entry], plural_forms=GNU["es"])
    assert [table.ngettext("%(count)s passage", "%(count)s passages", n) for n in (0, 1, 2, 1_000_000)] == [
        "pasajes",
        "pasaje",
        "pasajes",
        "pasajes",
    ]
