"""Each msgstr[n] is checked against the English it stands for, and findings name the form."""

from tests.checks.helpers import GNU_PLURAL_FORMS, Entry

SINGULAR, PLURAL = "Take 1 tablet at 8 am.", "Take %(n)s tablets at 8 am."


def test_with_two_forms_form_0_is_the_singular_and_form_1_the_plural(catalogs):
    entry = Entry(
        SINGULAR,
        ["Tome 1 tableta a las 8 am.", "Tome %(n)s tabletas a las 8 am."],
        flags=("python-format",),
        msgid_plural=PLURAL,
    )
    report = catalogs.check(entry, locale="es", Plural_Forms=GNU_PLURAL_FORMS["es"])
    assert [f.format() for f in report.findings if f.is_error] == []


def test_a_finding_in_a_plural_form_names_the_form(catalogs):
    entry = Entry(
        SINGULAR,
        ["Tome 1 tableta a las 8 am.", "Tome %(n)s tabletas a las 9 am."],
        flags=("python-format",),
        msgid_plural=PLURAL,
    )
    report = catalogs.check(entry, locale="es", Plural_Forms=GNU_PLURAL_FORMS["es"])
    errors = [f for f in report.findings if f.is_error]
    assert errors and all(f.message.startswith("msgstr[1]: ") for f in errors), [f.format() for f in errors]


def test_with_one_form_the_form_stands_for_the_plural(catalogs):
    entry = Entry(SINGULAR, ["오전 8시에 %(n)s정을 드세요."], flags=("python-format",), msgid_plural=PLURAL)
    report = catalogs.check(entry)
    assert [f.format() for f in report.findings if f.is_error] == []
