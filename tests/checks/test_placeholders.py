"""[placeholders]: template strings keep their placeholders."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

LANGUAGE_LINE = "For free help in your language, call {language_line}."


def test_a_missing_named_placeholder_is_an_error(catalogs):
    findings = catalogs.findings(
        "Page %(page)s of %(pages)s",
        "%(pages)s쪽 중 %(pages)s쪽",
        check="placeholders",
        domain="common",
        flags=["python-format"],
        gettext_valid=False,  # msgfmt rejects it too
    )
    assert [(f.severity, f.msgid, f.domain, f.message) for f in findings] == [
        ("error", "Page %(page)s of %(pages)s", "common", "placeholder %(page)s is missing from the translation"),
        (
            "error",
            "Page %(page)s of %(pages)s",
            "common",
            "placeholder %(pages)s in the translation is not in the source",
        ),
    ]


def test_a_translated_placeholder_name_is_an_error_even_without_a_format_flag(catalogs):
    # msgfmt checks only messages flagged python-format; every template string is checked here.
    findings = catalogs.findings(
        "Last updated: %(date)s", "최종 수정일: %(날짜)s", check="placeholders", domain="common", gettext_valid=True
    )
    assert [f.message for f in findings] == ["placeholder %(date)s is missing from the translation"]


def test_reordered_positional_placeholders_are_an_error(catalogs):
    finding = only(
        catalogs.findings(
            "%s of %d pages",
            "%d쪽 중 %s",
            check="placeholders",
            domain="common",
            flags=["python-format"],
            gettext_valid=False,
        )
    )
    assert (finding.severity, finding.message) == (
        "error",
        "positional placeholders are filled in order: the source has %s %d, the translation %d %s",
    )


@pytest.mark.parametrize(
    "source, translation, flags, message",
    [
        # positional: one left out
        ("Page %d of %d", "%d쪽", ["python-format"], "placeholder %d is missing from the translation"),
        # named: one added where the source has none
        (
            "Back to top",
            "%(page)s 맨 위로",
            ["python-format"],
            "placeholder %(page)s in the translation is not in the source",
        ),
    ],
)
def test_a_template_placeholder_left_out_or_added_is_an_error(catalogs, source, translation, flags, message):
    finding = only(
        catalogs.findings(source, translation, check="placeholders", domain="common", flags=flags, gettext_valid=None)
    )
    assert (finding.severity, finding.message) == ("error", message)


def test_a_missing_brace_placeholder_is_an_error(catalogs):
    finding = only(
        catalogs.findings(
            "Printed on {date}",
            "인쇄일",
            check="placeholders",
            domain="common",
            flags=["python-brace-format"],
            gettext_valid=False,
        )
    )
    assert finding.message == "placeholder {date} is missing from the translation"


@pytest.mark.parametrize(
    "source, translation, flags",
    [
        ("Page %(page)s of %(pages)s", "%(pages)s쪽 중 %(page)s쪽", ["python-format"]),  # reordered: fine
        (
            "This translation is based on the English version of %(date)s.",
            "이 번역은 %(date)s 자 영어판을 바탕으로 합니다.",
            ["python-format"],
        ),
        ("Printed on {date}", "{date} 인쇄", ["python-brace-format"]),
        ("100%% free", "100%% 무료", ["python-format"]),
        # numbered and underscored names say which value they take: they may move too
        ("{0} of {1}", "{1}개 중 {0}개", ["python-brace-format"]),
        ("{_done} of {_total}", "{_total}개 중 {_done}개", ["python-brace-format"]),
    ],
)
def test_kept_placeholders_pass(catalogs, source, translation, flags):
    assert catalogs.findings(source, translation, check="placeholders", domain="common", flags=flags) == []


def test_a_percent_sign_in_a_brace_format_message_of_a_leaflet_passes(catalogs):
    # Filled in with str.format only: a % is text (in the common domain Jinja2 would format it with % too).
    assert (
        catalogs.findings(
            "{count} tablets", "{count}정 (100% 확인)", check="placeholders", flags=["python-brace-format"]
        )
        == []
    )


def test_percent_signs_in_leaflet_prose_are_not_placeholders(catalogs):
    # Babel flags "10% of" as python-format ("% o"); for us it is prose.
    assert catalogs.findings("Up to 10% of patients", "환자의 최대 10%", check="placeholders") == []
    assert catalogs.findings("Up to 10% of patients", "환자의 최대 10%", check="placeholders", domain="common") == []


# Leaflet text naming a value of the readers' region (pipeline/regions.py).
EMERGENCY = "If you are at home, call {emergency} right away."


def test_a_region_placeholder_in_leaflet_text_is_checked_like_any_placeholder(catalogs):
    assert catalogs.findings(EMERGENCY, "집에 있다면 바로 {emergency}에 전화하세요.") == []
    renamed = catalogs.findings(EMERGENCY, "집에 있다면 바로 {emergancy}에 전화하세요.", check="placeholders")
    assert sorted((f.severity, f.domain, f.message) for f in renamed) == [
        ("error", "ivig-ten", "placeholder {emergancy} in the translation is not in the source"),
        ("error", "ivig-ten", "placeholder {emergency} is missing from the translation"),
    ]
    dropped = only(catalogs.findings(EMERGENCY, "집에 있다면 바로 응급 전화번호로 전화하세요.", check="placeholders"))
    assert dropped.message == "placeholder {emergency} is missing from the translation"


def replaced(placeholder: str, number: str, this_locale: str = "") -> str:
    """What a translator reads when a number was written in place of the emergency placeholder
    (``this_locale``: the region's number, when the locale names a region)."""
    return (
        f"placeholder {placeholder} was replaced by the literal number {number}: keep {placeholder} as in the "
        f"source; the page fills in the emergency number configured for each locale{this_locale}"
    )


@pytest.mark.parametrize(
    "locale, translation, number",
    [
        ("ko_KR", "집에 있다면 바로 911에 전화하세요.", "911"),
        ("ko_KR", "집에 있다면 바로 119에 전화하세요.", "119"),
        ("es", "Si está en casa, llame de inmediato al 112.", "112"),
        ("zh_TW", "如果您在家，請立即撥打 110。", "110"),
    ],
)
def test_a_number_written_in_place_of_the_emergency_placeholder_is_one_error(catalogs, locale, translation, number):
    # One mistake, one error from all the checks: not also [phone]'s or [emergency]'s "number not in
    # the source", nor "placeholder {emergency} is missing".
    findings = catalogs.findings(EMERGENCY, translation, locale=locale)
    assert [(f.severity, f.check, f.message) for f in findings] == [
        ("error", "placeholders", replaced("{emergency}", number))
    ]


def test_two_numbers_written_in_place_of_the_emergency_placeholder_are_named_in_one_error(catalogs):
    finding = only(catalogs.findings(EMERGENCY, "집에 있다면 바로 119나 112에 전화하세요.", check="placeholders"))
    assert finding.message == replaced("{emergency}", "119, 112").replace("literal number ", "literal numbers ")


def test_the_error_names_the_number_the_page_fills_in_for_the_locale(korea):
    """Korean for readers in Korea: the page shows 119, and the error says so."""
    finding = only(korea.findings(EMERGENCY, "집에 있다면 바로 911에 전화하세요."))
    assert finding.message == replaced("{emergency}", "911", " (119 for this locale's readers)")


def test_a_number_written_beside_the_kept_emergency_placeholder_is_an_error(catalogs):
    """One mistake, told once: by [placeholders], whose message says to keep the placeholder alone,
    not also by [emergency]."""
    findings = catalogs.findings(EMERGENCY, "집에 있다면 바로 {emergency}(한국에서는 112)에 전화하세요.")
    assert [(f.severity, f.check, f.message) for f in findings] == [
        (
            "error",
            "placeholders",
            "the translation writes the number 112 where the source has {emergency}: keep the "
            "placeholder, which each region's page fills with its own emergency number",
        ),
    ]


def test_the_disclaimer_keeps_its_emergency_placeholder_too(catalogs):
    source = "If you think you have a medical emergency, call %(emergency)s right away."
    assert (
        catalogs.findings(
            source,
            "응급 상황이라고 생각되면 바로 %(emergency)s에 전화하세요.",
            domain="common",
            flags=["python-format"],
            check="placeholders",
        )
        == []
    )
    findings = catalogs.findings(
        source,
        "응급 상황이라고 생각되면 바로 911에 전화하세요.",
        domain="common",
        flags=["python-format"],
        check="placeholders",
        gettext_valid=False,
    )
    assert [f.message for f in findings] == [replaced("%(emergency)s", "911")]


def test_a_placeholder_added_to_leaflet_text_without_one_is_an_error(catalogs):
    finding = only(catalogs.findings("Call your doctor.", "{emergency}에 전화하세요.", check="placeholders"))
    assert finding.message == "placeholder {emergency} in the translation is not in the source"


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "모국어로 무료 도움을 받으려면 1-800-555-0100에 전화하세요."),
        ("es", "Para recibir ayuda gratuita en su idioma, llame al 1-800-555-0100."),
    ],
)
def test_a_phone_number_written_for_the_language_line_is_one_error(catalogs, locale, translation):
    source = LANGUAGE_LINE
    assert catalogs.findings(source, "모국어로 무료 도움을 받으려면 {language_line}에 전화하세요.") == []
    # One mistake, one error from all the checks: not also [phone]'s "not in the source", nor
    # "placeholder {language_line} is missing".
    findings = catalogs.findings(source, translation, locale=locale)
    assert [(f.severity, f.check, f.message) for f in findings] == [
        (
            "error",
            "placeholders",
            "placeholder {language_line} was replaced by the literal phone number 1-800-555-0100: keep "
            "{language_line} as in the source; the page fills in the language-help line configured for each locale",
        )
    ]


def test_the_error_names_the_language_line_the_page_fills_in_for_the_locale(korea):
    """Korean for readers in Korea: the page shows Korea's language-help line, and the error says so."""
    finding = only(korea.findings(LANGUAGE_LINE, "모국어로 무료 도움을 받으려면 1-800-555-0100에 전화하세요."))
    assert finding.message == (
        "placeholder {language_line} was replaced by the literal phone number 1-800-555-0100: keep "
        "{language_line} as in the source; the page fills in the language-help line configured for each locale "
        "(02-555-0100 for this locale's readers)"
    )


def test_a_phone_number_beside_the_kept_language_line_is_still_an_error(catalogs):
    """Told once, by [placeholders], not also by [phone]."""
    source = LANGUAGE_LINE
    translation = "모국어로 무료 도움을 받으려면 {language_line} 또는 1-800-555-0100에 전화하세요."
    assert sorted((f.check, f.message) for f in catalogs.findings(source, translation)) == [
        (
            "placeholders",
            "the translation writes the phone number 1-800-555-0100 where the source has {language_line}: keep the "
            "placeholder, which each region's page fills with its own language-help line",
        ),
    ]


def test_numbers_that_are_in_the_source_are_not_literal_emergency_numbers(catalogs):
    source = "Within 112 hours, call {emergency}."
    assert catalogs.findings(source, "112시간 안에 {emergency}에 전화하세요.", check="placeholders") == []


def test_an_emergency_number_the_source_says_to_call_is_not_written_for_the_placeholder(catalogs):
    source = "In the US, call 911; elsewhere, call {emergency}."
    translation = "미국에서는 911에, 그 밖의 곳에서는 {emergency}에 전화하세요."
    assert catalogs.findings(source, translation, check="placeholders") == []


def test_digits_in_a_placeholders_name_are_no_number_written_out(catalogs):
    source = "In an emergency, call %(emergency)s (ward %(ward_112)s)."
    kept = "응급 시 %(emergency)s에 전화하세요 (병동 %(ward_112)s)."
    assert catalogs.findings(source, kept, check="placeholders", domain="common") == []
    replaced = "응급 시 112에 전화하세요 (병동 %(ward_112)s)."
    assert only(catalogs.findings(source, replaced, check="placeholders", domain="common")).message == (
        "placeholder %(emergency)s was replaced by the literal number 112: keep %(emergency)s as in the source; "
        "the page fills in the emergency number configured for each locale"
    )


def test_an_emergency_number_after_call_in_english_is_written_out_too(catalogs):
    finding = only(
        catalogs.findings("Call {emergency}.", "{emergency}에 전화하세요 (abroad: call 112).", check="placeholders")
    )
    assert finding.message == (
        "the translation writes the number 112 where the source has {emergency}: keep the placeholder, "
        "which each region's page fills with its own emergency number"
    )


@pytest.mark.parametrize(
    "translation",
    [
        "모국어 도움: {language_line}. 병원: 02-555-0100.",
        "모국어 도움: {language_line}. 병원: (02) 555-0100.",  # the source's number written another way
    ],
)
def test_the_sources_own_phone_number_beside_the_language_line_passes(catalogs, translation):
    source = "Help in your language: {language_line}. The clinic: 02-555-0100."
    assert catalogs.findings(source, translation, check="placeholders") == []


# The translation is formatted as the page formats it: Jinja2's newstyle gettext
# does ``translation % values`` for every template string, placeholders or not.
@pytest.mark.parametrize(
    ("source", "translation", "flags", "message"),
    [
        # Issue 7, case 3: this broke every Korean page, and the build blamed a leaflet.
        (
            "This translation is based on the English version of %(date)s.",
            "100% 이 번역은 %(date)s 영어판을 바탕으로 합니다.",
            ["python-format"],
            "'% 이' at character 4 is not a placeholder, and the page cannot show this translation "
            "(Jinja2 fills it in with %); write a percent sign as %%",
        ),
        # a count filled in as a number: the stray % is found all the same
        (
            "%(count)d pages",
            "%(count)d쪽 100%",
            ["python-format"],
            "'%' at character 15 is not a placeholder, and the page cannot show this translation "
            "(Jinja2 fills it in with %); write a percent sign as %%",
        ),
        # No placeholder, no format flag, so msgfmt says nothing: the page still fails.
        (
            "Draft",
            "초안 100%",
            [],
            "'%' at character 7 is not a placeholder, and the page cannot show this translation "
            "(Jinja2 fills it in with %); write a percent sign as %%",
        ),
        (
            "Review date: %(date)s",
            "검토일: %(date)d",
            ["python-format"],
            "placeholder %(date)d in the translation is %(date)s in the source: the value is formatted "
            "differently (msgfmt rejects the catalog)",
        ),
        (
            "Printed on {date}",
            "{date 인쇄",
            ["python-brace-format"],
            "the translation is not a valid {} format string (expected '}' before end of string); "
            "write a literal brace as {{ or }}",
        ),
    ],
)
def test_a_translation_the_page_cannot_format_is_an_error(catalogs, source, translation, flags, message):
    findings = catalogs.findings(
        source, translation, check="placeholders", domain="common", flags=flags, gettext_valid=None
    )
    assert [
        (f.severity, f.message)
        for f in findings
        if not f.message.endswith(("from the translation", "not in the source"))
    ] == [("error", message)]


@pytest.mark.parametrize(
    ("source", "translation", "messages"),
    [
        (
            "%(count)s passages changed on %(date)s",
            "%(date)s에 %(count)d곳이 %(extra)s 바뀌었습니다",
            [
                "placeholder %(count)d in the translation is %(count)s in the source: the value is formatted "
                "differently (msgfmt rejects the catalog)",
                "placeholder %(extra)s in the translation is not in the source",  # another mistake: still told
            ],
        ),
        (  # two reformatted: one error naming both
            "%(count)s of %(total)s",
            "%(total)d개 중 %(count)d개",
            [
                "placeholder %(total)d in the translation is %(total)s in the source; placeholder %(count)d in "
                "the translation is %(count)s in the source: the value is formatted differently (msgfmt rejects "
                "the catalog)"
            ],
        ),
    ],
)
def test_a_placeholder_written_with_another_conversion_is_one_error_not_three(catalogs, source, translation, messages):
    """%(count)d for %(count)s is one mistake: it was also told as %(count)s missing and
    %(count)d added, three errors a translator had to read as one."""
    findings = catalogs.findings(
        source, translation, check="placeholders", domain="common", flags=["python-format"], gettext_valid=False
    )
    assert [f.message for f in findings] == messages


@pytest.mark.parametrize(
    ("source", "translation", "message"),
    [
        (
            "Draft",
            "초안 100%",
            "'%' at character 7 is not a placeholder, and the page cannot show this translation "
            "(Jinja2 fills it in with %); write a percent sign as %%",
        ),
        ("Last updated: %(date)s", "최종 수정일: %(날짜)s", "placeholder %(date)s is missing from the translation"),
    ],
)
def test_a_no_python_format_flag_written_into_the_template_catalog_exempts_nothing(
    catalogs, source, translation, message
):
    # Jinja2's newstyle gettext %-formats every template translation: the flag
    # only stops msgfmt from looking (the catalog compiles), the page still fails.
    findings = catalogs.findings(
        source, translation, check="placeholders", domain="common", flags=["no-python-format"], gettext_valid=True
    )
    assert ("error", message) in [(f.severity, f.message) for f in findings]


def test_msgfmt_rejects_the_stray_percent_too(catalogs):
    catalogs.findings(
        "This translation is based on the English version of %(date)s.",
        "100% 이 번역은 %(date)s 영어판을 바탕으로 합니다.",
        domain="common",
        flags=["python-format"],
        gettext_valid=False,
    )


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Up to 10% of patients", "환자의 최대 10% 정도"),
        ("Score: 1 (mild) to 3 (severe)", "점수: 1(가벼움)~3(심함}"),  # a brace typed for a bracket
    ],
)
def test_a_percent_sign_or_a_brace_in_leaflet_prose_is_never_formatted(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="placeholders") == []


def test_a_format_flag_of_another_language_is_an_error(catalogs):
    findings = catalogs.findings("Page %s", "%d쪽", check="placeholders", flags=["c-format"], gettext_valid=False)
    assert [f.message for f in findings] == [
        "the entry is flagged c-format, so msgfmt checks it as that kind of format string, but leaflets fill "
        "translations in only with Python's % (python-format) or str.format (python-brace-format): remove the flag"
    ]


def test_negated_and_possible_format_flags_are_not_checked(catalogs):
    for flag in ("no-c-format", "possible-c-format", "no-python-format"):
        assert catalogs.findings("Page %s", "%s쪽", check="placeholders", flags=[flag]) == []
