"""[header]: charset, Language and Plural-Forms."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from babel.messages.plurals import get_plural

from pipeline.checks import check_catalog
from tests.checks.helpers import GNU_PLURAL_FORMS, Entry, cldr_plural_forms, field_line, header, msgid_line, only

ENTRY = Entry("Headache", "두통")


def header_findings(catalogs, locale="ko_KR", **fields):
    report = catalogs.check(ENTRY, locale=locale, gettext_valid=None, **fields)
    return [f for f in report.findings if f.check == "header"]


def test_a_correct_header_passes(catalogs):
    assert catalogs.check(ENTRY).findings == ()


def test_a_non_utf8_charset_is_an_error(catalogs):
    # A real EUC-KR catalog: it parses (and compiles), but the pipeline wants UTF-8.
    path = catalogs.write(ENTRY, Content_Type="text/plain; charset=EUC-KR", gettext_valid=None)
    path.write_bytes(path.read_text(encoding="utf-8").encode("euc-kr"))
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    finding = only(report.findings)
    line = field_line(path, "Content-Type")
    assert (finding.check, finding.severity, finding.msgid, finding.line) == ("header", "error", "", line)
    assert finding.message == "the charset is EUC-KR, not UTF-8; `leaflets update` rewrites it in UTF-8"
    assert report.translated == 1  # the Korean text itself was read correctly


def test_utf8_bytes_under_a_euc_kr_header_are_a_syntax_error(catalogs):
    catalogs.write(ENTRY, Content_Type="text/plain; charset=EUC-KR", gettext_valid=False)
    finding = only(check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings)
    assert finding.check == "syntax"
    assert finding.message == (
        "the header declares charset EUC-KR, but the file is saved as UTF-8; change the header to charset=UTF-8"
    )


def test_a_placeholder_charset_is_an_error(catalogs):
    finding = only(header_findings(catalogs, Content_Type="text/plain; charset=CHARSET"))
    assert finding.message == "the charset is CHARSET, not UTF-8; `leaflets update` rewrites it in UTF-8"


def test_a_language_of_another_directory_is_an_error(catalogs):
    finding = only(header_findings(catalogs, Language="ja_JP"))
    assert finding.message == (
        "the Language header is ja_JP, but the catalog is in the ko_KR directory; `leaflets update` writes ko_KR"
    )


def test_a_missing_language_is_an_error(catalogs):
    finding = only(header_findings(catalogs, Language=None))
    assert finding.message == "the header has no Language; expected ko_KR"


def test_language_spelled_as_bcp47_passes(catalogs):
    assert header_findings(catalogs, Language="ko-KR") == []


# -- Plural-Forms: any rule right for the language passes; an error only where gettext cannot use it


@pytest.mark.parametrize("locale", ["ko_KR", "es", "ar"])
def test_the_installed_babels_cldr_rule_passes(catalogs, locale):
    assert header_findings(catalogs, locale=locale, Plural_Forms=cldr_plural_forms(locale)) == []


@pytest.mark.parametrize("locale", sorted(GNU_PLURAL_FORMS))
def test_the_gnu_gettext_rule_passes(catalogs, locale):
    assert header_findings(catalogs, locale=locale, Plural_Forms=GNU_PLURAL_FORMS[locale]) == []


def test_the_rule_babel_wrote_before_2_19_passes(catalogs):
    # Pinned on purpose: catalogs made by Babel 2.12-2.18 carry this Arabic rule.
    old_arabic = "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=0 && n%100<=2 ? 4 : 5);"
    assert header_findings(catalogs, locale="ar", Plural_Forms=old_arabic) == []


@pytest.mark.parametrize(
    "plural_forms", ["nplurals=1; plural=0;", "nplurals=1; plural=(0)", "nplurals = 1; plural = 0 ;"]
)
def test_equivalent_spellings_of_the_plural_rule_pass(catalogs, plural_forms):
    assert header_findings(catalogs, Plural_Forms=plural_forms) == []


def test_plural_rules_are_compared_by_meaning(catalogs):
    assert header_findings(catalogs, locale="es", Plural_Forms="nplurals=2; plural=n>1 || n==0;") == []


def test_an_unknown_but_usable_rule_is_only_a_warning(catalogs):
    finding = only(header_findings(catalogs, Plural_Forms="nplurals=2; plural=(n != 1);"))
    assert finding.severity == "warning"
    assert finding.message.startswith("Plural-Forms 'nplurals=2; plural=(n != 1);' is not a rule known for ko_KR")
    assert "`leaflets update` can replace it" in finding.message


# A Spanish message of two forms, msgstr[0] for 1 as every tool and translator writes it.
SPANISH_DAYS = Entry("{{ count }} day", ["{{ count }} día", "{{ count }} días"], msgid_plural="{{ count }} days")


def plural_entry(nplurals: int) -> Entry:
    forms = [f"{{{{ count }}}} form {index}" for index in range(nplurals)]
    return Entry("{{ count }} day", forms, msgid_plural="{{ count }} days")


@pytest.mark.parametrize(
    "plural_forms, n, picks, known_picks",
    [
        ("nplurals=2; plural=(n == 1);", 0, 0, 1),  # swapped: "1 días", "2 día"
        ("nplurals=2; plural=n>1;", 0, 0, 1),  # French's rule: "0 día"
    ],
)
def test_a_rule_with_the_languages_forms_in_another_order_is_an_error_with_plural_entries(
    catalogs, plural_forms, n, picks, known_picks
):
    """Right nplurals, wrong mapping: every plural message shows the form written for other numbers
    (a patient reads "1 tablets" or "take 2 tablet"), and the pages look right to a reviewer who
    reads them for one n."""
    report = catalogs.check(SPANISH_DAYS, locale="es", Language="es", Plural_Forms=plural_forms)
    finding = only(report.findings, "header")
    assert (finding.severity, finding.line) == ("error", field_line(catalogs.path("es"), "Plural-Forms"))
    assert finding.message == (
        f"Plural-Forms {plural_forms!r} shows plural messages in the wrong form: for n = {n} it picks "
        f"msgstr[{picks}], where the rule of es (GNU gettext: nplurals=2; plural=(n != 1);) picks "
        f"msgstr[{known_picks}]; write 'nplurals=2; plural=(n != 1);' (`leaflets update` does) and check "
        "that each plural entry's msgstr[n] is the form that rule picks"
    )


def test_the_first_n_shown_in_the_wrong_form_is_named_however_large(catalogs):
    """Russian's rule with 21 read like 11 (n%100 != 11 left out): the first wrong n is 11."""
    russian = "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"
    wrong = "nplurals=3; plural=(n%10==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
    report = catalogs.check(plural_entry(3), locale="ru", Language="ru", Plural_Forms=wrong)
    finding = only(report.findings, "header")
    assert finding.severity == "error"
    assert f"for n = 11 it picks msgstr[0], where the rule of ru (GNU gettext: nplurals=3; plural={russian};)" in (
        finding.message
    )
    assert "picks msgstr[2];" in finding.message


@pytest.mark.parametrize("plural_forms", ["nplurals=2; plural=(n == 1);", "nplurals=2; plural=n>1;"])
def test_a_rule_in_another_order_is_only_a_warning_without_plural_entries(catalogs, plural_forms):
    """No page shows a plural form of this catalog: nothing a patient reads differs."""
    finding = only(header_findings(catalogs, locale="es", Language="es", Plural_Forms=plural_forms))
    assert finding.severity == "warning"
    assert finding.message.startswith(f"Plural-Forms {plural_forms!r} is not a rule known for es")


def test_a_rule_with_more_forms_than_the_language_has_is_only_a_warning(catalogs):
    """English's rule in a Korean catalog, both forms written: no Korean rule has two forms to show
    them in another order, each is shown for the numbers the header gives it."""
    entry = Entry("{{ count }} day", ["하루", "{{ count }}일"], msgid_plural="{{ count }} days")
    report = catalogs.check(entry, Plural_Forms="nplurals=2; plural=(n != 1);")
    finding = only(report.findings, "header")
    assert finding.severity == "warning" and "is not a rule known for ko_KR" in finding.message


@pytest.mark.skipif(get_plural("es").num_plurals != 3, reason="Babel 2.19's CLDR gives Spanish three forms")
def test_a_rule_with_cldrs_number_of_forms_in_gnus_order_is_an_error(catalogs):
    """Three forms, as CLDR gives Spanish, but GNU's mapping: msgstr[1], CLDR's form for a million
    ("1 millón de días"), is shown for 0 and 2 and every n but 1; msgstr[2] never."""
    report = catalogs.check(plural_entry(3), locale="es", Language="es", Plural_Forms="nplurals=3; plural=(n != 1);")
    finding = only(report.findings, "header")
    assert finding.severity == "error"
    assert "for n = 0 it picks msgstr[1], where the rule of es (CLDR (Babel" in finding.message
    assert finding.message.split(") picks ")[1].startswith(f"msgstr[2]; write {cldr_plural_forms('es')!r} and check")


@pytest.mark.parametrize(
    "locale, plural_forms",
    [
        ("es", GNU_PLURAL_FORMS["es"]),
        ("es", cldr_plural_forms("es")),  # three forms since Babel 2.19
        ("es", "nplurals=2; plural=n>1 || n==0;"),  # GNU's, spelled otherwise
        ("ko_KR", GNU_PLURAL_FORMS["ko_KR"]),
        ("ar", cldr_plural_forms("ar")),
        # Babel 2.12-2.18's Arabic rule, pinned on purpose
        (
            "ar",
            "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=0 && n%100<=2 ? 4 : 5);",
        ),
    ],
)
def test_every_known_rule_passes_with_plural_entries(catalogs, locale, plural_forms):
    nplurals = int(plural_forms.split(";")[0].split("=")[1])
    report = catalogs.check(plural_entry(nplurals), locale=locale, Language=locale, Plural_Forms=plural_forms)
    assert [f for f in report.findings if f.check == "header"] == []


def test_a_rule_that_is_not_c_is_an_error(catalogs):
    finding = only(header_findings(catalogs, Plural_Forms="nplurals=2; plural=n >> ;"))
    assert (finding.severity, finding.line) == ("error", field_line(catalogs.path(), "Plural-Forms"))
    assert "not a valid C expression" in finding.message


def test_a_rule_choosing_a_form_beyond_nplurals_is_an_error(catalogs):
    report = catalogs.check(ENTRY, Plural_Forms="nplurals=1; plural=(n != 1);", gettext_valid=False)
    finding = only(report.findings, "header")
    assert finding.severity == "error"
    assert finding.message.startswith("Plural-Forms cannot be used: nplurals is 1 but the expression can choose form 1")


def test_a_plural_entry_with_more_forms_than_nplurals_is_an_error_at_its_line(catalogs):
    entry = Entry("{{ count }} day", ["{{ count }}일", "{{ count }}일"], msgid_plural="{{ count }} days")
    path = catalogs.write(entry, gettext_valid=False)
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    finding = only(report.findings, "header")
    assert finding.severity == "error"
    assert finding.line == msgid_line(path, "{{ count }} day")
    assert finding.message == (
        "this plural entry has 2 msgstr[] forms but Plural-Forms says nplurals=1: keep msgstr[0] and delete the rest"
    )


def test_entries_with_the_languages_forms_under_a_wrong_header_are_told_to_correct_the_header(catalogs):
    """An Arabic (or Russian) catalog whose header an editor rewrote as nplurals=2 was told, at each
    plural entry, "keep msgstr[0] to msgstr[1] and delete the rest": following it deletes forms of every
    plural message that the language needs. The header is what is wrong (its own warning says so)."""
    forms = ["لم تترجم فقرة واحدة."] + [f"لم تترجم %(count)s فقرة ({n})." for n in range(1, 6)]
    entry = Entry("%(count)s passage", forms, ("python-format",), msgid_plural="%(count)s passages")
    catalogs.write(entry, locale="ar", Language="ar", Plural_Forms="nplurals=2; plural=(n != 1);", gettext_valid=False)
    findings = [f for f in check_catalog(catalogs.project, "ar", "ivig-ten").findings if f.check == "header"]
    at_entry = [f for f in findings if f.line != field_line(catalogs.path("ar"), "Plural-Forms")]
    assert [f.severity for f in at_entry] == ["error"]
    assert at_entry[0].message == (
        "this plural entry has 6 msgstr[] forms, as ar has, but Plural-Forms says nplurals=2, which is not a "
        "rule known for ar: correct the header (`leaflets update` restores it) and keep every form"
    )
    assert "delete" not in at_entry[0].message


def test_a_plural_entry_with_fewer_forms_than_nplurals_says_which_to_add(catalogs):
    """Review of the translator workflow: "has 1 msgstr[] forms but Plural-Forms says nplurals=2" said
    what was wrong, not what to write."""
    entry = Entry("{{ count }} day", ["{{ count }} día"], msgid_plural="{{ count }} days")
    catalogs.write(entry, locale="es", Language="es", Plural_Forms="nplurals=2; plural=(n != 1);", gettext_valid=False)
    finding = only(check_catalog(catalogs.project, "es", "ivig-ten").findings, "header")
    assert finding.message == (
        "this plural entry has 1 msgstr[] form but Plural-Forms says nplurals=2: add msgstr[1], "
        "one translation for each plural form"
    )


def test_a_missing_plural_forms_is_a_warning_without_plural_entries(catalogs):
    finding = only(header_findings(catalogs, Plural_Forms=None))
    assert finding.severity == "warning"
    assert finding.message == (
        "the header has no Plural-Forms; write 'nplurals=1; plural=0;' (GNU gettext); `leaflets update` adds it"
    )


def test_a_missing_plural_forms_is_an_error_with_plural_entries(catalogs):
    entry = Entry("{{ count }} day", ["{{ count }}일"], msgid_plural="{{ count }} days")
    report = catalogs.check(entry, Plural_Forms=None, gettext_valid=None)
    finding = only(report.findings, "header")
    assert finding.severity == "error"
    assert finding.message.startswith("the catalog has plural entries but no Plural-Forms header")


def test_a_header_finding_names_its_fields_line_below_the_translators_comments(catalogs):
    comments = "# Korean translation of the IVIG leaflet.\n# Copyright (C) 2026 Leaflets project\n#\n"
    path = catalogs.write_text(comments + header(Language="ja_JP") + "\n" + ENTRY.render(), gettext_valid=None)
    finding = only(check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings)
    assert finding.check == "header"
    assert finding.line == field_line(path, "Language") == 12


# Each finding about a field names the line of its "Name: value\n" (where a translator edits it), not
# the header's msgid "" a dozen lines above; a finding about a field the header lacks names the header.
@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("Language", "ja_JP", "the Language header is ja_JP, but the catalog is in the ko_KR directory"),
        ("Language", "", "the header has no Language; expected ko_KR"),
        ("Plural-Forms", "nplurals=1; plural=(n;", "Plural-Forms cannot be used:"),
        ("Plural-Forms", "nplurals=2; plural=(n != 1);", "Plural-Forms 'nplurals=2; plural=(n != 1);' is not a rule"),
        ("Content-Type", "text/plain; charset=latin-9x", "the charset is latin-9x, not UTF-8"),
        ("Content-Type", "text/plain", "the header declares no charset"),
    ],
)
def test_a_header_finding_names_the_line_of_its_field(catalogs, field, value, says):
    path = catalogs.write(ENTRY, gettext_valid=None, **{field.replace("-", "_"): value})
    finding = only(check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings, "header")
    assert finding.message.startswith(says)
    assert finding.line == field_line(path, field) != msgid_line(path, "")


def test_a_field_written_over_two_strings_or_sharing_one_is_named_where_it_begins(catalogs):
    """Tools write one field a string line, but a hand-edited header may split a field over two strings
    or put two fields in one: the finding names the line its "Name:" begins on."""
    text = (
        'msgid ""\n'
        'msgstr "Project-Id-Version: leaflets 0.1\\nLanguage: ja_"\n'  # 2: Language begins here
        '"JP\\n"\n'
        '"MIME-Version: 1.0\\nContent-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=1;"\n'  # 5: Plural-Forms begins here
        '" plural=(n;\\n"\n'
        "\n" + ENTRY.render()
    )
    catalogs.write_text(text, gettext_valid=False)
    findings = check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings
    assert [(f.line, f.message[:22]) for f in findings] == [
        (2, "the Language header is"),
        (5, "Plural-Forms cannot be"),
    ]


def test_a_catalog_without_a_header_is_reported_at_its_first_line(catalogs):
    catalogs.write_text(ENTRY.render(), gettext_valid=None)
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    assert report.findings and {(f.check, f.line) for f in report.findings} == {("header", 1)}


def test_a_header_finding_names_its_catalogs_file_locale_and_domain(catalogs):
    """What check's text and JSON reports print for a header problem: where, and which catalog."""
    path = catalogs.write(ENTRY, domain="ivig-dermatology", Language="ja_JP")
    finding = only(check_catalog(catalogs.project, "ko_KR", "ivig-dermatology").findings, "header")
    assert (finding.file, finding.line, finding.locale, finding.domain) == (
        "locales/ko_KR/LC_MESSAGES/ivig-dermatology.po",
        field_line(path, "Language"),
        "ko_KR",
        "ivig-dermatology",
    )


def test_a_header_problem_of_the_common_catalog_is_reported_with_the_glossarys(catalogs):
    """The common catalog also carries the locale's glossary problems: they come besides its own."""
    glossary = catalogs.project.locales_dir / "ko_KR" / "glossary.tsv"
    glossary.parent.mkdir(parents=True, exist_ok=True)
    glossary.write_text("English term\tapproved translation\nlonely term\n", encoding="utf-8")
    catalogs.write(ENTRY, domain="common", Language="ja_JP")
    report = check_catalog(catalogs.project, "ko_KR", "common")
    assert sorted((f.file, f.check) for f in report.findings) == [
        ("locales/ko_KR/LC_MESSAGES/common.po", "header"),
        ("locales/ko_KR/glossary.tsv", "glossary"),
    ]


# -- what msgcat leaves of two catalogs merged (real msgcat, as a translator merging two files runs it)


def msgcat_merged(catalogs, tmp_path, first: str, second: str, translator: str = "B <b@example.org>"):
    """The ko_KR catalog as ``msgcat a.po b.po`` writes it: a.po translating Headache as ``first``,
    b.po as ``second`` and naming another Last-Translator."""
    path = catalogs.write(Entry("Headache", first))
    a, b = tmp_path / "a.po", tmp_path / "b.po"
    a.write_bytes(path.read_bytes())
    catalogs.write(Entry("Headache", second), Last_Translator=translator)
    b.write_bytes(path.read_bytes())
    subprocess.run(["msgcat", "--no-wrap", "-o", str(path), str(a), str(b)], check=True)
    return path


@pytest.mark.skipif(shutil.which("msgcat") is None, reason="GNU gettext is installed by make test")
def test_a_header_msgcat_merged_is_an_error_until_one_value_of_each_field_is_kept(catalogs, tmp_path):
    path = msgcat_merged(catalogs, tmp_path, "두통", "두통")
    findings = [f for f in check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings if f.check == "header"]
    errors = {f.message.split(" (")[0]: f.line for f in findings if f.severity == "error"}
    # Each at its line: the first marker line, the second Last-Translator (the first is the one it repeats).
    lines = path.read_text(encoding="utf-8").splitlines()
    marker = next(n for n, line in enumerate(lines, 1) if line.startswith('"#-#-#-#-#'))
    translators = [n for n, line in enumerate(lines, 1) if line.startswith('"Last-Translator:')]
    assert errors["the header holds msgcat's marker lines"] == marker, errors
    assert errors["the header gives Last-Translator 2 times"] == translators[1], errors
    assert [f.message for f in findings if f.severity == "warning"] == [
        "the header is marked fuzzy (msgcat marks a merged header so, msginit a new one): "
        "check its fields, then delete the fuzzy flag"
    ]


@pytest.mark.skipif(shutil.which("msgcat") is None, reason="GNU gettext is installed by make test")
def test_two_translations_msgcat_merged_are_an_error_once_the_fuzzy_mark_is_cleared(catalogs, tmp_path):
    path = msgcat_merged(catalogs, tmp_path, "두통", "머리 아픔")
    subprocess.run(["msgattrib", "--clear-fuzzy", "--no-wrap", "-o", str(path), str(path)], check=True)
    finding = only(f for f in check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings if f.msgid == "Headache")
    assert (finding.check, finding.severity) == ("duplicates", "error")
    assert finding.message.startswith(
        "the translation holds 2 versions of itself under msgcat's marker lines ('#-#-#-#-#  a.po"
    )
