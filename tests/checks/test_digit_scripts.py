"""[numbers]: digits the translation's readers do not read as the value the checks read."""

from __future__ import annotations

import pytest

from pipeline.checks.digit_scripts import misread_numbers
from pipeline.languages import language_for


def test_a_digit_of_another_script_is_an_error_though_its_value_is_the_sources(catalogs):
    # A Bengali four is 4 to every check and reads 8 to a reader of Korean: "800 mg/kg (0.8 g/kg)".
    findings = catalogs.findings(
        "He got IVIG at 400 mg/kg (0.4 g/kg) a day.", "이 환자는 IVIG를 하루에 ৪00 mg/kg(0.৪ g/kg) 맞았습니다."
    )
    assert [(f.severity, f.check, f.message) for f in findings] == [
        (
            "error",
            "numbers",
            "৪00 in the translation is written in Bengali digits, which readers of Korean do not read: the checks "
            "read 400, a reader may take a digit for another one or for a letter; write 400 (and 1 more so "
            "written: 0.৪)",
        )
    ]


def test_numbers_so_written_are_one_finding_however_many(catalogs):
    translation = "4 g을 드세요. " + " ".join(f"১{n}" for n in range(1000))
    source = "Take 4 g. " + "Read this leaflet again. " * 40  # long enough for [length] to pass it
    (finding,) = [f for f in catalogs.findings(source, translation, check="numbers") if "digits" in f.message]
    assert finding.message.startswith("১0 in the translation is written in Bengali digits")
    assert finding.message.endswith("write 10 (and 999 more so written: ১1, ১2, ১3, …)")


@pytest.mark.parametrize(
    "locale, source, translation, written",
    [
        ("ko_KR", "Take 4 g.", "४ g을 드세요.", "४"),  # Devanagari
        ("ko_KR", "Take 4 g.", "๔ g을 드세요.", "๔"),  # Thai
        ("ko_KR", "Take 400 mg.", "4٠0 mg을 드세요.", "4٠0"),  # an Arabic-Indic zero: 4·0 to the reader
        ("es", "Take 4 g.", "Tome ৪ g.", "৪"),
        ("zh_TW", "Take 4 g.", "服用 ৪ 克。", "৪"),
        ("ar", "Take 4 g.", "تناول ৪ غ.", "৪"),
        # a phone number, an emergency number: the reader dials what the digit looks like
        ("ko_KR", "Call (877) 778-0318.", "(877) 778-03১৪로 전화하세요.", "03১৪"),
        ("ko_KR", "Call 911.", "৯11에 전화하세요.", "৯11"),
    ],
)
def test_digits_the_readers_do_not_read_are_an_error(catalogs, locale, source, translation, written):
    errors = [f for f in catalogs.findings(source, translation, locale=locale) if f.severity == "error"]
    assert [f.message.split(" in the translation ")[0] for f in errors if "digits" in f.message] == [written]
    assert all(f.check == "numbers" for f in errors if "digits" in f.message)


@pytest.mark.parametrize(
    "translation, message",
    [
        (
            "تناول 4٠0 ملغ.",
            "4٠0 in the translation mixes 0-9 and Arabic digits in one number: the checks read 400, a reader may "
            "not (٠ beside 0-9 looks like a decimal point); write 400 or ٤٠٠",
        ),
        (
            "تناول ٤00 ملغ.",
            "٤00 in the translation mixes Arabic and 0-9 digits in one number: the checks read 400, a reader may "
            "not; write 400 or ٤٠٠",
        ),
    ],
)
def test_one_number_in_two_systems_of_digits_is_an_error(catalogs, translation, message):
    assert [f.message for f in catalogs.findings("Take 400 mg.", translation, locale="ar", check="numbers")] == [
        message
    ]


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ar", "Take 4 g.", "تناول ٤ غ."),  # Arabic-Indic digits: Arabic's own
        ("ar", "Take 4 g.", "تناول ۴ غ."),  # Extended Arabic-Indic, as Persian and Urdu write them
        ("ar", "Take 0.5 mg.", "تناول ٠٫٥ ملغ."),  # with Arabic's decimal separator
        ("ar", "Take 4 g.", "تناول 4 غ."),
        ("ar", "Call (877) 778-0318.", "اتصل بالرقم (٨٧٧) ٧٧٨-٠٣١٨."),
        ("ko_KR", "Take 1,000 mg.", "１，０００ mg을 복용하세요."),  # full-width: 0-9 as CJK text sets them
        ("ko_KR", "Take 4 g.", "𝟒 g을 드세요."),  # a mathematical digit looks like 4
    ],
)
def test_digits_of_the_languages_own_script_or_like_0_to_9_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="numbers") == []


@pytest.mark.parametrize("locale, text", [("hi", "४ ग्राम"), ("fa", "۴ گرم"), ("th", "๔ กรัม"), ("bn", "৪ গ্রাম")])
def test_a_language_reads_the_digits_of_its_own_script(locale, text):
    assert list(misread_numbers(text, language_for(locale))) == []
    assert [n.written for n in misread_numbers(text, language_for("ko_KR"))] == [text.split()[0]]
