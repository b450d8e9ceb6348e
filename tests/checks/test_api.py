"""The public API: reports, project runs and output formats."""

from __future__ import annotations

import contextvars
import json

from pipeline.checks import CHECK_IDS, CatalogReport, check_catalog, check_project, format_json, format_text, runner
from pipeline.findings import WARNING
from pipeline.model import Rendition
from pipeline.translations import table_from_catalog
from tests.checks.helpers import Entry, header, msgid_line


def write_mixed_catalog(catalogs):
    return catalogs.write(
        Entry("Headache", "두통"),
        Entry("He got IVIG at 400 mg/kg/day for 5 days.", "IVIG를 40 mg/kg/일 용량으로 5일 동안 맞았습니다."),
        Entry("Fever", "열", ("fuzzy",)),
        Entry("Chills"),
        Entry("Tell your care team right away.", "바로 의료진에게 알리세요.<script>alert(1)</script>"),
    )


def test_a_report_counts_entries_and_findings(catalogs):
    path = write_mixed_catalog(catalogs)
    path.write_text(path.read_text(encoding="utf-8") + '\n#~ msgid "Old"\n#~ msgstr ""\n', encoding="utf-8")
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    assert isinstance(report, CatalogReport)
    assert (report.locale, report.domain, report.file) == ("ko_KR", "ivig-ten", "locales/ko_KR/LC_MESSAGES/ivig-ten.po")
    # the header and the obsolete entry are not messages; the fuzzy one is not translated
    assert (report.entries, report.translated, report.fuzzy, report.untranslated) == (5, 3, 1, 1)
    assert report.percent_translated == 60.0
    assert (report.errors, report.warnings) == (2, 2)
    assert report.failed_msgids == frozenset(
        {"He got IVIG at 400 mg/kg/day for 5 days.", "Tell your care team right away."}
    )
    assert not report.parse_failed
    assert [f.line for f in report.findings] == sorted(f.line for f in report.findings)
    assert report.findings[0].line == msgid_line(path, "He got IVIG at 400 mg/kg/day for 5 days.")


def test_check_project_covers_every_existing_catalog_in_a_stable_order(catalogs):
    for locale in ("ko_KR", "es"):
        for domain in ("ivig-ten", "common", "ivig-dermatology"):
            catalogs.write(
                Entry("Headache", "두통" if locale == "ko_KR" else "Dolor de cabeza"), locale=locale, domain=domain
            )
    catalogs.write(Entry("Headache", "두통"), domain="stray")  # not a domain of this project
    reports = check_project(catalogs.project)
    assert [(r.locale, r.domain) for r in reports] == [
        ("es", "common"),
        ("es", "ivig-dermatology"),
        ("es", "ivig-ten"),
        ("ko_KR", "common"),
        ("ko_KR", "ivig-dermatology"),
        ("ko_KR", "ivig-ten"),
    ]
    assert [(r.locale, r.domain) for r in check_project(catalogs.project, ["ko_KR"], ["ivig-ten", "common"])] == [
        ("ko_KR", "common"),
        ("ko_KR", "ivig-ten"),
    ]
    assert check_project(catalogs.project, ["ar"]) == []  # configured, but no catalogs yet


def test_format_text_is_compiler_style_then_a_summary_table(catalogs):
    path = write_mixed_catalog(catalogs)
    text = format_text([check_catalog(catalogs.project, "ko_KR", "ivig-ten")])
    line = msgid_line(path, "He got IVIG at 400 mg/kg/day for 5 days.")
    assert (
        f"locales/ko_KR/LC_MESSAGES/ivig-ten.po:{line}: error[numbers]: 400 in the source is missing from the translation "
        "(the translation has 40)" in text.splitlines()
    )
    table = text.split("\n\n")[1].splitlines()
    assert table[0].split() == [
        "domain",
        "locale",
        "entries",
        "translated",
        "fuzzy",
        "untranslated",
        "errors",
        "warnings",
    ]
    assert table[1].split() == ["ivig-ten", "ko_KR", "5", "60.0%", "1", "1", "2", "2"]
    assert text.rstrip().endswith("2 errors, 2 warnings in 1 catalog")


def test_format_text_marks_an_unreadable_catalog(catalogs):
    catalogs.write_text(header() + '\nmsgid "Headache\nmsgstr ""\n', gettext_valid=False)
    text = format_text([check_catalog(catalogs.project, "ko_KR", "ivig-ten")])
    assert "error[syntax]" in text and "unreadable" in text


def test_format_json_is_one_array_of_findings_in_readable_korean(catalogs):
    write_mixed_catalog(catalogs)
    output = format_json([check_catalog(catalogs.project, "ko_KR", "ivig-ten")])
    findings = json.loads(output)
    assert isinstance(findings, list) and len(findings) == 4
    assert {"severity", "check", "locale", "domain", "file", "line", "msgid", "message"} <= set(findings[0])
    assert "\\u" not in output and "\n  " in output  # ensure_ascii=False, indent 2
    assert json.loads(format_json([])) == []


def test_the_same_entry_in_two_leaflets_is_reported_in_each_at_its_own_line(catalogs):
    """check_project checks an entry content once per run (a shared sentence, a cloned leaflet):
    each catalog still gets the finding, with its own file, line and domain."""
    wrong = Entry("He got IVIG at 400 mg/kg/day for 5 days.", "IVIG를 40 mg/kg/일 용량으로 5일 동안 맞았습니다.")
    first = catalogs.write(wrong, domain="ivig-ten")
    second = catalogs.write(Entry("Headache", "두통"), Entry("Fever", "열"), wrong, domain="ivig-dermatology")
    alone = [check_catalog(catalogs.project, "ko_KR", domain) for domain in ("ivig-dermatology", "ivig-ten")]
    together = [r for r in check_project(catalogs.project) if r.domain != "common"]
    assert [r.findings for r in together] == [r.findings for r in alone]  # as each catalog checked by itself
    placed = {(f.file, f.line, f.domain) for r in together for f in r.findings if f.msgid == wrong.msgid}
    assert placed == {
        ("locales/ko_KR/LC_MESSAGES/ivig-dermatology.po", msgid_line(second, wrong.msgid), "ivig-dermatology"),
        ("locales/ko_KR/LC_MESSAGES/ivig-ten.po", msgid_line(first, wrong.msgid), "ivig-ten"),
    }
    assert msgid_line(first, wrong.msgid) != msgid_line(second, wrong.msgid)


def test_a_check_that_raises_becomes_a_finding_not_a_crash(catalogs, monkeypatch):
    def broken_check(ctx):
        raise ValueError("boom")

    monkeypatch.setattr(runner, "CONTENT_CHECKS", (("numbers", broken_check), *runner.CONTENT_CHECKS[1:]))
    catalogs.write(Entry("Headache", "두통"))
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    assert [(f.check, f.severity, f.msgid) for f in report.findings] == [("numbers", "error", "Headache")]
    assert "internal error in the numbers check (ValueError: boom)" in report.findings[0].message


def test_a_completeness_check_that_raises_is_named_in_its_finding(catalogs, monkeypatch):
    def broken_check(ctx):
        raise ValueError("boom")

    monkeypatch.setattr(runner, "COMPLETENESS_CHECKS", (("fuzzy", broken_check), *runner.COMPLETENESS_CHECKS[1:]))
    catalogs.write(Entry("Headache", "두통"))
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    assert [(f.check, f.severity, f.msgid) for f in report.findings] == [("fuzzy", "error", "Headache")]
    assert "internal error in the fuzzy check (ValueError: boom)" in report.findings[0].message


def test_the_report_carries_the_catalog_the_page_is_made_from(catalogs):
    """status and build make a page's translations from the report's catalog (the file is read once):
    a clean entry shows its translation, one that failed a check shows the English, marked."""
    write_mixed_catalog(catalogs)
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    table = table_from_catalog("ko_KR", report.catalog, report.failed_msgids)
    assert table.resolve("Headache") == Rendition("두통", True)
    assert table.resolve("Tell your care team right away.") == Rendition(
        "Tell your care team right away.", False, "check failed"
    )


def test_every_check_survives_hostile_input(catalogs):
    nasty = [
        "",
        " ",
        "\\",
        "%",
        "%(",
        "{",
        "}",
        "**",
        "[x](",
        "<",
        "1,",
        "١٬",
        "½",
        "만",
        "\u200b",
        "𝟙𝟚",
        "a\n\n\n",
        "|",
    ]
    entries = [Entry(f"Source {index} {text}", f"번역 {index} {text}") for index, text in enumerate(nasty)]
    catalogs.write(*entries, gettext_valid=None)
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    assert not [f for f in report.findings if "internal error" in f.message]


def test_check_ids_are_the_documented_ones():
    assert CHECK_IDS == (
        "syntax",
        "header",
        "duplicates",
        "template",
        "fuzzy",
        "untranslated",
        "fuzzy-cleared",
        "untranslated-text",
        "numbers",
        "dates",
        "number-words",
        "limits",
        "dose-times",
        "negation",
        "comparison",
        "urgency",
        "as-needed",
        "list-items",
        "people",
        "opposites",
        "units",
        "phone",
        "emergency",
        "email",
        "urls",
        "markup",
        "invisible",
        "placeholders",
        "glossary",
        "whitespace",
        "length",
    )


def _count_content_checks(monkeypatch) -> list[str]:
    """Replace the content checks by one that notes each msgid it is run on and warns."""
    seen: list[str] = []

    def counting(ctx):
        seen.append(ctx.msgid)
        yield ctx.finding("numbers", WARNING, "seen")

    monkeypatch.setattr(runner, "CONTENT_CHECKS", (("numbers", counting),))
    return seen


def test_an_entry_content_is_checked_once_per_run_and_reported_in_each_catalog(catalogs, monkeypatch):
    """The same English and translation in two leaflets (a shared heading) is checked once by
    check_project, and each catalog gets the finding at its own file, line and domain; a
    catalog checked by itself remembers nothing."""
    seen = _count_content_checks(monkeypatch)
    first = catalogs.write(Entry("Headache", "두통"), domain="ivig-ten")
    second = catalogs.write(Entry("Fever", "열"), Entry("Headache", "두통"), domain="ivig-dermatology")
    reports = check_project(catalogs.project, ["ko_KR"])
    assert seen == ["Fever", "Headache"]
    assert sorted((f.file, f.line, f.domain) for r in reports for f in r.findings if f.msgid == "Headache") == [
        ("locales/ko_KR/LC_MESSAGES/ivig-dermatology.po", msgid_line(second, "Headache"), "ivig-dermatology"),
        ("locales/ko_KR/LC_MESSAGES/ivig-ten.po", msgid_line(first, "Headache"), "ivig-ten"),
    ]
    seen.clear()
    check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    assert seen == ["Headache", "Headache"]


def test_a_run_remembers_a_bounded_number_of_entry_contents(catalogs, monkeypatch):
    """Past the limit an entry content is checked again rather than kept: the memory a run
    takes is bounded, the findings are the same."""
    seen = _count_content_checks(monkeypatch)
    monkeypatch.setattr(runner, "_SAME_CONTENT_LIMIT", 1)
    for domain in ("ivig-dermatology", "ivig-ten"):
        catalogs.write(Entry("Fever", "열"), Entry("Headache", "두통"), domain=domain)
    reports = check_project(catalogs.project, ["ko_KR"])
    assert seen == ["Fever", "Headache", "Headache"]  # the first content kept, the second not
    assert [len(r.findings) for r in reports] == [2, 2]


def test_a_build_worker_checks_an_entry_content_once_for_the_rest_of_its_life(catalogs, monkeypatch):
    seen = _count_content_checks(monkeypatch)
    for domain in ("ivig-dermatology", "ivig-ten"):
        catalogs.write(Entry("Headache", "두통"), domain=domain)

    def worker():  # a build worker's process, here a context of its own
        runner.check_same_content_once_in_this_process()
        return [check_catalog(catalogs.project, "ko_KR", domain) for domain in ("ivig-dermatology", "ivig-ten")]

    reports = contextvars.copy_context().run(worker)
    assert seen == ["Headache"]
    assert [[f.domain for f in r.findings] for r in reports] == [["ivig-dermatology"], ["ivig-ten"]]


def test_check_project_checks_each_catalog_with_the_check_it_is_given(catalogs):
    """``check`` passes its cached check; every catalog goes through it."""
    catalogs.write(Entry("Headache", "두통"))
    asked = []

    def check(project, locale, domain):
        asked.append((locale, domain))
        return check_catalog(project, locale, domain)

    assert [r.domain for r in check_project(catalogs.project, check=check)] == ["ivig-ten"]
    assert asked == [("ko_KR", "ivig-ten")]


def test_a_catalog_of_a_locale_leaflets_toml_does_not_list_is_checked_without_a_region(catalogs):
    """``check --locale fr`` before fr is configured: its catalogs are checked (no readers'
    region, so no emergency number to compare), not a traceback."""
    catalogs.write(Entry("Call 911 right away.", "Appelez le 911 tout de suite."), locale="fr")
    [report] = check_project(catalogs.project, ["fr"])
    assert (report.locale, report.domain, report.entries, report.translated) == ("fr", "ivig-ten", 1, 1)
    assert not [f for f in report.findings if "internal error" in f.message], report.findings


def test_a_catalog_wide_check_that_raises_is_named_in_its_finding(catalogs, monkeypatch):
    """The header and duplicates checks, like the others: a bug is an error naming the check, at the header."""

    def broken_check(ctx):
        raise ValueError("boom")

    monkeypatch.setattr(runner, "check_header", broken_check)
    monkeypatch.setattr(runner, "check_duplicates", broken_check)
    path = catalogs.write(Entry("Headache", "두통"))
    report = check_catalog(catalogs.project, "ko_KR", "ivig-ten")
    assert sorted((f.check, f.severity, f.line, f.message) for f in report.findings) == [
        (
            check,
            "error",
            msgid_line(path, ""),
            f"internal error in the {check} check (ValueError: boom); please report it",
        )
        for check in ("duplicates", "header")
    ]
