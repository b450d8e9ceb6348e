"""[emergency]: the number to call is the source's and the readers' region's."""

from __future__ import annotations

import pytest

from pipeline.checks.context import EntryContext
from pipeline.checks.emergency import check_emergency
from pipeline.languages import language_for
from tests.checks.helpers import only

CALL = "If this happens, call {emergency} right away."


def context(source, translation, locale="ko_KR", region="US", emergency="911"):
    return EntryContext(
        file="x.po",
        line=1,
        locale=locale,
        domain="d",
        msgid=source,
        source=source,
        translation=translation,
        language=language_for(locale),
        source_language=language_for("en"),
        is_template=True,
        region=region,
        emergency=emergency,
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "이런 일이 생기면 바로 {emergency}(한국에서는 119)에 전화하세요."),
        ("es", "Si esto ocurre, llame de inmediato al {emergency} (en España, 112)."),
        ("zh_TW", "如果發生這種情況，請立即撥打 {emergency}（台灣為 119）。"),
        ("ar", "إذا حدث ذلك، اتصل فورا بالرقم {emergency} (أو 999)."),
    ],
)
def test_another_emergency_number_beside_the_placeholder_is_left_to_placeholders(catalogs, locale, translation):
    """One mistake, told once: [placeholders] says to keep {emergency} alone."""
    assert list(check_emergency(context(CALL, translation, locale))) == []
    finding = only(catalogs.findings(CALL, translation, locale=locale))
    assert (finding.check, finding.severity) == ("placeholders", "error")


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Si tiene dudas, llame al 112."),
        ("zh_TW", "如有疑問，請撥打 110。"),
        ("ar", "إذا كانت لديك أسئلة، اتصل بالرقم 999."),
    ],
)
def test_an_emergency_number_to_call_that_the_source_lacks_is_an_error(locale, translation):
    assert only(check_emergency(context("If you have questions, ask your nurse.", translation, locale)))


@pytest.mark.parametrize(
    "locale, translation",
    [
        # a number written beside the language's word for an emergency, with no "call"
        ("ko_KR", "다음과 같은 증상이 있으면 바로 간호사나 의사에게 알리세요(응급 시 119)."),
        ("ko_KR", "다음과 같은 증상이 있으면 바로 간호사나 의사에게 알리세요. 응급 번호: 119"),
        ("es", "Avise de inmediato a su médico si tiene estos síntomas (emergencias: 112)."),
        ("zh_TW", "如果出現以下情況，請立刻告訴醫師（緊急電話 119）。"),
        ("ar", "أخبر الطبيب فورا إذا ظهرت لديك هذه العلامات (الطوارئ: 997)."),
    ],
)
def test_an_emergency_number_beside_a_word_for_emergency_is_an_error(locale, translation):
    finding = only(
        check_emergency(context("Tell your doctor right away if you have these signs.", translation, locale))
    )
    assert "emergency number" in finding.message and "is not the source's" in finding.message


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "응급 상황이라고 생각되면 지금 계신 곳의 응급 전화번호(119)로 바로 전화하세요."),
        ("es", "Si cree que tiene una emergencia médica, llame de inmediato al número de emergencias local. (112)"),
        ("zh_TW", "如果您認為自己有緊急醫療狀況，請立即撥打當地的緊急電話號碼（119）。"),
        ("ar", "إذا كنت تعتقد أن لديك حالة طبية طارئة، فاتصل فورا برقم الطوارئ المحلي (997)."),
    ],
)
def test_a_number_added_to_a_source_about_an_emergency_is_an_error(locale, translation):
    source = "If you think you have a medical emergency, call your local emergency number right away."
    assert "is not the source's" in only(check_emergency(context(source, translation, locale))).message


@pytest.mark.parametrize("translation", ["바로 911에 전화하세요.", "바로 응급 번호로 전화하세요."])
def test_a_literal_number_in_the_source_is_wrong_for_readers_in_another_region(translation):
    """Whatever the translation says, even with no number at all: the source must write {emergency}."""
    finding = only(check_emergency(context("Call 911 right away.", translation, region="KR", emergency="119")))
    assert (finding.severity, finding.message) == (
        "error",
        "the source says to call 911, but this locale's readers are in KR (emergency number 119): "
        "write {emergency} in the source, which each page fills with its readers' number",
    )
    assert list(check_emergency(context("Call 911 right away.", "바로 911에 전화하세요."))) == []


def test_the_readers_own_number_may_be_given_where_the_source_says_local():
    source = "If you think you have a medical emergency, call your local emergency number right away."
    translation = "응급 상황이라고 생각되면 바로 응급 전화번호(119)로 전화하세요."
    assert list(check_emergency(context(source, translation, region="KR", emergency="119"))) == []


def test_each_number_is_judged_after_one_that_is_right():
    source = "If you think you have a medical emergency, call your local emergency number right away."
    translation = "Si cree que tiene una emergencia médica, llame al número de emergencias local (911) o al 112."
    finding = only(check_emergency(context(source, translation, "es")))
    assert (finding.severity, finding.message) == (
        "error",
        "emergency number 112 in the translation is not the source's (the readers' number is 911: keep {emergency})",
    )


def test_a_number_added_where_the_source_says_to_call_one_is_an_error():
    """The source's "call 911" makes the text about an emergency: an added 112 is another number to call."""
    finding = only(check_emergency(context("Call 911 right away.", "바로 911에 전화하세요. 112도 됩니다.")))
    assert finding.message.startswith("emergency number 112 in the translation is not the source's")


@pytest.mark.parametrize(
    "source, translation",
    [
        (CALL, "이런 일이 생기면 바로 {emergency}에 전화하세요."),
        (CALL, "이런 일이 생기면 바로 {emergency}(미국 응급 전화번호)에 전화하세요."),
        ("Take 100 mg every 12 hours.", "12시간마다 100 mg을 드세요."),
        ("Call {emergency} if your temperature is over 102 °F.", "체온이 102 °F를 넘으면 {emergency}에 전화하세요."),
        ("About 112 patients took part.", "환자 112명이 참여했습니다."),
        # a count near a word for an emergency, that the source has
        ("In an emergency room study, 112 patients took part.", "응급실 연구에 환자 112명이 참여했습니다."),
    ],
)
def test_numbers_that_are_right_get_no_finding(source, translation):
    assert list(check_emergency(context(source, translation))) == []


@pytest.mark.parametrize(
    "locale, translation, check",
    [
        ("es", "Si tiene dudas, llame al 112.", "emergency"),
        ("ko_KR", "궁금한 점이 있으면 112에 전화하세요.", "phone"),  # [phone] reads a Korean "call"
    ],
)
def test_through_check_an_added_number_is_reported_once(catalogs, locale, translation, check):
    findings = catalogs.findings("If you have questions, ask your nurse.", translation, locale=locale)
    assert [f.check for f in findings] == [check]


def test_check_knows_each_locales_region(korea):
    """Korean for readers in Korea (119): a source that says "call 911" cannot be translated right."""
    finding = only(korea.findings("Call 911 right away.", "바로 911에 전화하세요."), "emergency")
    assert "KR (emergency number 119)" in finding.message
    assert korea.findings(CALL, "이런 일이 생기면 바로 {emergency}에 전화하세요.", check="emergency") == []


# Two-digit emergency numbers (France: 15 medical help, 17 police, 18 fire), in a language with a
# module (French) and in two without one, whose words for "call" nothing here knows (Dutch, Italian).
@pytest.mark.parametrize(
    "locale, source, translation, missing",
    [
        # dropped, where the same value stays as an age or a count: told by [phone], not [numbers]
        (
            "nl",
            "Call 15 if a child under 15 has a fever.",
            "Bel de huisarts als een kind jonger dan 15 koorts heeft.",
            "15",
        ),
        (
            "fr",
            "Call 15 if a child under 15 has a fever.",
            "Appelez le médecin si un enfant de moins de 15 ans a de la fièvre.",
            "15",
        ),
        ("it", "Call 15 if you took more than 15 tablets.", "Chiami il medico se ha preso più di 15 compresse.", "15"),
        # dropped or changed
        ("nl", "In France, call 15 for an ambulance.", "Bel in Frankrijk een ambulance.", "15"),
        ("it", "In France, call 15 for an ambulance.", "In Francia chiami il 17 per un'ambulanza.", "15"),
        ("nl", "Call 15 or 18.", "Bel 15 of 17.", "18"),
    ],
)
def test_a_two_digit_number_to_call_dropped_or_changed_is_an_error(catalogs, locale, source, translation, missing):
    messages = [(f.check, f.severity, f.message) for f in catalogs.findings(source, translation, locale=locale)]
    assert ("phone", "error", f"emergency number {missing} is missing from the translation") in messages


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("nl", "Call 15 if a child under 15 has a fever.", "Bel 15 als een kind jonger dan 15 koorts heeft."),
        (
            "fr",
            "Call 15 if a child under 15 has a fever.",
            "Appelez le 15 si un enfant de moins de quinze ans a de la fièvre.",
        ),
        ("nl", "In France, call 15 or 18.", "Bel in Frankrijk 15 of 18."),
        # two digits after "call" that are no number to call, and ordinary doses and ages
        ("nl", "Call 15 minutes before you come.", "Bel 15 minuten voordat u komt."),
        ("nl", "Call 15 to 20 minutes before you come.", "Bel 15 tot 20 minuten voordat u komt."),
        ("nl", "Children aged 15 and older can take 15 ml.", "Kinderen van 15 jaar en ouder kunnen 15 ml nemen."),
        ("it", "Take 18 mg; call your doctor if it does not help.", "Prenda 18 mg; chiami il medico se non aiuta."),
        ("fr", "Adults over 18 can take 17 mg.", "Les adultes de plus de 18 ans peuvent prendre 17 mg."),
    ],
)
def test_two_digit_numbers_kept_or_that_are_no_number_to_call_pass(catalogs, locale, source, translation):
    assert [f for f in catalogs.findings(source, translation, locale=locale) if f.severity == "error"] == []


def test_a_two_digit_number_in_the_source_is_wrong_for_readers_in_another_region(korea):
    """ "Call 15" in the English is France's number: Korean readers in Korea call 119."""
    finding = only(korea.findings("In France, call 15 right away.", "프랑스에서는 바로 15에 전화하세요."), "emergency")
    assert finding.message.startswith("the source says to call 15, but this locale's readers are in KR")


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Call 15 minutes before you come.", "오시기 15분 전에 전화하세요."),
        ("Call 15 to 20 minutes before you come.", "오시기 15~20분 전에 전화하세요."),
        ("Call 18 or more days before your visit.", "방문 18일 이상 전에 전화하세요."),
    ],
)
def test_two_digits_after_call_that_are_a_time_are_no_number_to_call(korea, source, translation):
    assert korea.findings(source, translation, check="emergency") == []
