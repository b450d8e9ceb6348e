"""[untranslated] and [fuzzy]: drafts get one warning and no content checks."""

from __future__ import annotations

from tests.checks.helpers import GNU_PLURAL_FORMS, Entry, only


def test_an_empty_translation_is_one_untranslated_warning(catalogs):
    report = catalogs.check(Entry("He got IVIG at 400 mg/kg/day for 5 days."))
    finding = only(report.findings)
    assert (finding.check, finding.severity) == ("untranslated", "warning")
    assert finding.message == "the message is not translated"
    assert (report.translated, report.untranslated, report.fuzzy) == (0, 1, 0)


def test_a_fuzzy_translation_is_one_fuzzy_warning_even_if_wrong(catalogs):
    # The dose is wrong, but a fuzzy entry is never published: only say it needs review.
    report = catalogs.check(
        Entry("He got IVIG at 400 mg/kg/day for 5 days.", "IVIG를 40 mg/kg/일로 5일 동안 맞았습니다.", ("fuzzy",))
    )
    finding = only(report.findings)
    assert (finding.check, finding.severity) == ("fuzzy", "warning")
    assert finding.message == "the translation is marked fuzzy and needs review before release"
    assert (report.translated, report.untranslated, report.fuzzy) == (0, 0, 1)


def test_a_plural_entry_with_an_empty_form_is_untranslated(catalogs):
    report = catalogs.check(
        Entry(
            "%(count)s passage is not translated.",
            ["%(count)s pasaje no está traducido.", ""],
            ("python-format",),
            msgid_plural="%(count)s passages are not translated.",
        ),
        locale="es",
        domain="common",
        gettext_valid=False,  # msgfmt -c even calls the empty form a format error
        Plural_Forms=GNU_PLURAL_FORMS["es"],
    )
    finding = only(report.findings)
    assert finding.check == "untranslated"
    # The translator filled one form in: the warning says which are missing, not just "not translated".
    assert finding.message == (
        "the message is not translated: msgstr[1] is empty; each plural form is shown for its own numbers, "
        "so the page shows the English until every one is filled in"
    )


def test_a_plural_entry_with_several_empty_forms_names_each(catalogs):
    """Arabic has six plural forms; a translator who wrote the first two learns which four are missing."""
    report = catalogs.check(
        Entry(
            "%(count)s passage is not translated.",
            ["لم تترجم فقرة واحدة.", "لم تترجم %(count)s فقرة.", "", "", "", ""],
            ("python-format",),
            msgid_plural="%(count)s passages are not translated.",
        ),
        locale="ar",
        domain="common",
        gettext_valid=False,
    )
    assert only(report.findings).message.startswith(
        "the message is not translated: msgstr[2], msgstr[3], msgstr[4] and msgstr[5] are empty;"
    )


def test_a_complete_translation_has_no_completeness_warning(catalogs):
    report = catalogs.check(Entry("Headache", "두통"), Entry("Fever", "열"))
    assert report.findings == ()
    assert (report.entries, report.translated) == (2, 2)
