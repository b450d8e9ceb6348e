"""[phone], [email], [urls]: contact details reach the same place."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only


def test_a_mistyped_phone_number_is_an_error(catalogs):
    source = "Call the SJS Foundation at (877) 778-0318."
    finding = only(catalogs.findings(source, "SJS 재단 (877) 778-0381번으로 전화하세요.", check="phone"))
    assert (finding.severity, finding.msgid) == ("error", source)
    assert (
        finding.message
        == "phone number (877) 778-0318 is missing from the translation (the translation has (877) 778-0381)"
    )


def test_dropping_the_country_code_is_an_error(catalogs):
    finding = only(
        catalogs.findings(
            "From abroad, call +1 877 778 0318.", "해외에서는 877-778-0318번으로 전화하세요.", check="phone"
        )
    )
    assert (
        finding.message
        == "phone number +1 877 778 0318 is missing from the translation (the translation has 877-778-0318)"
    )


def test_a_localised_emergency_number_is_an_error(catalogs):
    # A leaflet for Korean speakers in the US: 119 would not reach anyone.
    finding = only(catalogs.findings("Call 911 in an emergency.", "응급 상황에서는 119에 전화하세요.", check="phone"))
    assert (finding.severity, finding.message) == (
        "error",
        "emergency number 911 is missing from the translation (the translation has 119)",
    )


@pytest.mark.parametrize(
    "source, translation, message",
    [
        # nothing left to compare with: no digit at all in the translation
        (
            "Call 877-778-0318 for help.",
            "도움이 필요하면 전화하세요.",
            "phone number 877-778-0318 is missing from the translation",
        ),
        (
            "Call 911 in an emergency.",
            "응급 상황에서는 전화하세요.",
            "emergency number 911 is missing from the translation",
        ),
    ],
)
def test_a_number_dropped_with_every_digit_is_an_error(catalogs, source, translation, message):
    finding = only(catalogs.findings(source, translation, check="phone"))
    assert (finding.severity, finding.message) == ("error", message)


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Call (877) 778-0318.", "(877) 778-0318번으로 전화하세요."),
        ("Call (877) 778-0318.", "877-778-0318번으로 전화하세요."),
        ("Call (877) 778-0318.", "+1 877.778.0318번으로 전화하세요."),  # adding the country code is fine
        ("Call 911 in an emergency.", "응급 상황에서는 911에 전화하세요."),
        # the international form drops the trunk 0: +82 2-555-0100 is 02-555-0100 dialled from abroad
        ("Call 02-555-0100.", "+82 2-555-0100번으로 전화하세요."),
        ("Call 02-555-0100.", "＋82 2-555-0100번으로 전화하세요."),  # a full-width plus
        ("Call 010-1234-5678.", "+82-10-1234-5678번으로 전화하세요."),
        ("Call 010-1234-5678.", "010-1234-5678번으로 전화하세요."),
    ],
)
def test_the_same_phone_digits_pass(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="phone") == []


@pytest.mark.parametrize(
    "translation",
    [
        "請撥 +886 2 2345 6789。",
        # the trunk 0 kept in brackets, as many write it: three digits of country code before the whole number
        "請撥 +886 (0)2 2345 6789。",
    ],
)
def test_the_same_taiwanese_number_in_its_international_form_passes(catalogs, translation):
    assert catalogs.findings("Call (02) 2345-6789.", translation, check="phone", locale="zh_TW") == []


@pytest.mark.parametrize(
    "source, translation, missing, written",
    [
        # a digit changed after the trunk 0 is dropped, or the 0 dropped without a country code
        ("Call 010-1234-5678.", "+82 10-1234-5679번으로 전화하세요.", "010-1234-5678", "+82 10-1234-5679"),
        ("Call 02-555-0100.", "2-555-0100번으로 전화하세요.", "02-555-0100", None),
        # a longer prefix than any country code
        ("Call 877-778-0318.", "+8821 877-778-0318번으로 전화하세요.", "877-778-0318", "+8821 877-778-0318"),
        ("Call 02-555-0100.", "+8821 2-555-0100번으로 전화하세요.", "02-555-0100", "+8821 2-555-0100"),
    ],
)
def test_a_number_changed_on_the_way_to_its_international_form_is_an_error(
    catalogs, source, translation, missing, written
):
    finding = only(catalogs.findings(source, translation, check="phone"))
    hint = f" (the translation has {written})" if written else ""
    assert finding.message == f"phone number {missing} is missing from the translation{hint}"


def test_a_changed_email_address_is_an_error(catalogs):
    source = "Write to info@leaflets.example.org."
    finding = only(catalogs.findings(source, "info@leaflet.example.org로 편지를 보내세요.", check="email"))
    assert (finding.severity, finding.msgid) == ("error", source)
    assert finding.message == (
        "e-mail address info@leaflets.example.org is missing from the translation "
        "(the translation has info@leaflet.example.org)"
    )


@pytest.mark.parametrize(
    "check, locale, source, translation, message",
    [
        # left out, with nothing in its place
        (
            "email",
            "ko_KR",
            "Write to info@leaflets.example.org.",
            "편지를 보내세요.",
            "e-mail address info@leaflets.example.org is missing from the translation",
        ),
        (
            "urls",
            "ko_KR",
            "Read more at https://www.nhs.uk/conditions/.",
            "자세한 내용을 읽어 보세요.",
            "URL https://www.nhs.uk/conditions/ is missing from the translation",
        ),
        # changed beside one the translation keeps where only its bare domain is found (ivig.it para)
        (
            "urls",
            "es",
            "Visit www.sjsupport.org or ivig.it.",
            "Visite ivig.it para más información, o www.sjsupport.net.",
            "URL www.sjsupport.org is missing from the translation (the translation has www.sjsupport.net)",
        ),
    ],
)
def test_an_address_left_out_or_changed_is_an_error(catalogs, check, locale, source, translation, message):
    assert only(catalogs.findings(source, translation, check=check, locale=locale)).message == message


def test_an_unchanged_email_address_passes(catalogs):
    assert (
        catalogs.findings(
            "Write to info@leaflets.example.org.", "info@leaflets.example.org로 편지를 보내세요.", check="email"
        )
        == []
    )


def test_a_changed_url_is_an_error(catalogs):
    source = "Read more at https://www.nhs.uk/conditions/stevens-johnson-syndrome/."
    finding = only(
        catalogs.findings(source, "자세한 내용은 https://www.nhs.uk/conditions/에서 읽어 보세요.", check="urls")
    )
    assert finding.severity == "error"
    assert finding.message.startswith("URL https://www.nhs.uk/conditions/stevens-johnson-syndrome/ is missing")


def test_an_identical_url_followed_by_a_korean_particle_passes(catalogs):
    source = "Read more at https://www.nhs.uk/conditions/stevens-johnson-syndrome/."
    translation = "자세한 내용은 https://www.nhs.uk/conditions/stevens-johnson-syndrome/에서 읽어 보세요."
    assert catalogs.findings(source, translation, check="urls") == []


def test_urls_must_be_identical_strings_but_for_the_case_of_their_host(catalogs):
    """A host (and an e-mail address's domain) is read in any case: DNS ignores it. A path may not."""
    finding = only(catalogs.findings("See http://example.org/a.", "http://example.org/A를 보세요.", check="urls"))
    assert finding.message == (
        "URL http://example.org/a is missing from the translation (the translation has http://example.org/A)"
    )
    assert catalogs.findings("See http://example.org/a.", "http://EXAMPLE.org/a를 보세요.", check="urls") == []
    assert catalogs.findings("See ClinicalTrials.gov.", "clinicaltrials.gov를 보세요.", check="urls") == []
    assert catalogs.findings("Write to help@IVIG.org.", "help@ivig.org로 메일을 보내세요.", check="email") == []
    finding = only(catalogs.findings("Write to Help@ivig.org.", "help@ivig.org로 메일을 보내세요.", check="email"))
    assert finding.message.startswith("e-mail address Help@ivig.org is missing from the translation")


@pytest.mark.parametrize("scheme", ["https://", ""])  # without its scheme, the @ makes no e-mail address of it
def test_an_address_with_an_at_in_its_path_is_read_as_a_url(catalogs, scheme):
    """Its host is read in any case, its path (after the @ too) as written."""
    source = f"Read {scheme}medium.com/@sjsfoundation/Living-With-SJS."
    kept = f"{scheme}Medium.com/@sjsfoundation/Living-With-SJS를 읽어 보세요."
    assert catalogs.findings(source, kept, check="urls") == []
    changed = f"{scheme}medium.com/@sjsfoundation/living-with-sjs를 읽어 보세요."
    assert only(catalogs.findings(source, changed, check="urls")).message == (
        f"URL {scheme}medium.com/@sjsfoundation/Living-With-SJS is missing from the translation "
        f"(the translation has {scheme}medium.com/@sjsfoundation/living-with-sjs)"
    )


# --- additions: a translation must not send a patient anywhere the source does not ---


def test_an_added_phone_number_is_an_error(catalogs):
    finding = only(
        catalogs.findings("Call (877) 778-0318.", "(877) 778-0318 또는 (800) 555-0199로 전화하세요.", check="phone")
    )
    assert finding.message == "phone number (800) 555-0199 in the translation is not in the source"
    finding = only(catalogs.findings("Tell your doctor.", "의사에게 알리세요. (800) 555-0199", check="phone"))
    assert finding.message == "phone number (800) 555-0199 in the translation is not in the source"
    # a local number after the source's own
    finding = only(catalogs.findings("Call 555-0100.", "555-0100번 또는 555-0199번으로 전화하세요.", check="phone"))
    assert finding.message == "phone number 555-0199 in the translation is not in the source"


@pytest.mark.parametrize(
    "locale, translation, number",
    [
        # Korea's and Taiwan's own formats: a trunk 0, then groups joined by hyphens
        ("ko_KR", "의사에게 알리세요. 궁금하면 010-1234-5678로 연락하세요.", "010-1234-5678"),
        ("ko_KR", "의사에게 알리세요. 02-555-0100번으로 전화하세요.", "02-555-0100"),
        ("zh_TW", "請告訴您的醫師。有問題請撥 (02) 2345-6789。", "(02) 2345-6789"),
        ("zh_TW", "請告訴您的醫師。有問題請撥 0912-345-678。", "0912-345-678"),
        ("ar", "أخبر طبيبك. للاستفسار اتصل بالرقم ٠١٠-١٢٣٤-٥٦٧٨.", "٠١٠-١٢٣٤-٥٦٧٨"),  # as written
        # a direction mark before it (which moves every place): in ASCII digits
        ("ar", "أخبر طبيبك. للاستفسار اتصل بالرقم \u200f٠١٠-١٢٣٤-٥٦٧٨.", "010-1234-5678"),
        # run together: a North American number, a national one with its trunk 0
        ("ko_KR", "의사에게 알리세요. 궁금하면 8005550199로 전화하세요.", "8005550199"),
        ("es", "Informe a su médico. Si tiene dudas, llame al 18005550199.", "18005550199"),
        ("ko_KR", "의사에게 알리세요. 궁금하면 01012345678로 연락하세요.", "01012345678"),
    ],
)
def test_an_added_phone_number_in_a_national_format_is_an_error(catalogs, locale, translation, number):
    finding = only(catalogs.findings("Tell your doctor.", translation, check="phone", locale=locale))
    assert finding.message == f"phone number {number} in the translation is not in the source"


def test_a_changed_phone_number_in_a_national_format_is_an_error(catalogs):
    finding = only(catalogs.findings("Call 02-555-0100.", "02-555-0160번으로 전화하세요.", check="phone"))
    assert (
        finding.message == "phone number 02-555-0100 is missing from the translation (the translation has 02-555-0160)"
    )


def test_an_added_emergency_number_is_an_error(catalogs):
    finding = only(
        catalogs.findings(
            "Call 911 in an emergency.", "응급 상황에서는 911에 전화하세요. 응급 시 119에 전화하세요.", check="phone"
        )
    )
    assert finding.message == "emergency number 119 in the translation is not in the source"
    finding = only(
        catalogs.findings("Get help right away in an emergency.", "응급 시 119에 전화하세요.", check="phone")
    )
    assert (finding.severity, finding.message) == (
        "error",
        "emergency number 119 in the translation is not in the source",
    )
    # said in English in a Korean translation, as in the text it was copied from
    finding = only(
        catalogs.findings("Call 911 in an emergency.", "응급 시 911에 전화하세요. Abroad, call 999.", check="phone")
    )
    assert finding.message == "emergency number 999 in the translation is not in the source"


def test_an_added_email_address_is_an_error(catalogs):
    source = "Write to info@leaflets.example.org."
    finding = only(
        catalogs.findings(source, "info@leaflets.example.org 또는 phish@evil.example로 보내세요.", check="email")
    )
    assert finding.message == "e-mail address phish@evil.example in the translation is not in the source"


@pytest.mark.parametrize(
    "translation",
    [
        "의사에게 알리세요. https://evil.example/x",
        "[https://evil.example/x](https://evil.example/x) 의사에게 알리세요.",  # in a link text
        "<https://evil.example/x> 의사에게 알리세요.",  # an autolink (told here, not also by [markup])
    ],
)
def test_an_added_url_is_an_error(catalogs, translation):
    finding = only(catalogs.findings("Tell your doctor.", translation, check="urls"))
    assert finding.message == "URL https://evil.example/x in the translation is not in the source"


@pytest.mark.parametrize(
    "locale, translation, address",
    [
        ("ko_KR", "의사에게 알리세요(evil.example/ivig).", "evil.example/ivig"),
        ("es", "Informe a su médico. Más información en ayuda-ivig.example.org/es.", "ayuda-ivig.example.org/es"),
        ("zh_TW", "請告訴您的醫師。詳情請見 evil.example/ivig。", "evil.example/ivig"),
    ],
)
def test_an_added_address_without_its_scheme_is_an_error(catalogs, locale, translation, address):
    """A reader types "evil.example/ivig" as it is: an address, though it has no https:// or www."""
    finding = only(catalogs.findings("Tell your doctor.", translation, check="urls", locale=locale))
    assert finding.message == f"URL {address} in the translation is not in the source"


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Give 400 mg/kg (0.4 g/kg) a day, e.g. by vein.", "예를 들어 정맥으로 하루 400 mg/kg(0.4 g/kg)을 줍니다."),
        ("About 1,000,000,000 cells.", "약 1000000000개의 세포."),  # ten digits, but no phone number
        ("See nhs.uk/conditions/ten for more.", "자세한 내용은 nhs.uk/conditions/ten을 보세요."),
    ],
)
def test_quantities_and_an_address_kept_are_no_contact_added(catalogs, source, translation):
    assert catalogs.findings(source, translation) == []


def test_an_added_url_in_the_text_of_a_kept_link_is_an_error(catalogs):
    source = "See [our site](https://www.sjsupport.org)."
    finding = only(
        catalogs.findings(source, "[https://evil.example/x](https://www.sjsupport.org)를 보세요.", check="urls")
    )
    assert finding.message == "URL https://evil.example/x in the translation is not in the source"


def test_spelling_out_a_link_of_the_source_without_its_last_letter_is_an_error(catalogs):
    # Only a trailing / may go (https://www.sjsupport.org/ = sjsupport.org): .../3500X is another page than .../3500.
    source = "Report it on [form 3500X](https://example.org/forms/3500X)."
    translation = "[양식 3500X](https://example.org/forms/3500X)(example.org/forms/3500)로 신고하세요."
    finding = only(catalogs.findings(source, translation, check="urls"))
    assert finding.message == "URL example.org/forms/3500 in the translation is not in the source"


@pytest.mark.parametrize(
    "source, translation",
    [
        # spelling out where a link of the source goes
        (
            "Visit [the SJS Foundation](https://www.sjsupport.org/).",
            "[SJS 재단](https://www.sjsupport.org/)(www.sjsupport.org)을 방문하세요.",
        ),
        (  # the first of two links
            "Visit [the SJS Foundation](https://www.sjsupport.org/) or [the NHS](https://www.nhs.uk/).",
            "[SJS 재단](https://www.sjsupport.org/)(www.sjsupport.org) 또는 [NHS](https://www.nhs.uk/)를 방문하세요.",
        ),
        (
            "[Email us](mailto:info@leaflets.example.org) with questions.",
            "궁금한 점은 [이메일(info@leaflets.example.org)](mailto:info@leaflets.example.org)로 보내 주세요.",
        ),
        # a short number of the source the translation says to call
        (
            "Call the clinic at (877) 778-0318, extension 204.",
            "(877) 778-0318로 전화하신 뒤 내선 204번으로 연락하세요.",
        ),
        ("Call or text 988 any time.", "언제든지 988에 전화하거나 문자를 보내세요."),
        ("Call 911 or go to the nearest emergency room.", "911에 전화하거나 가장 가까운 응급실로 가세요."),
        # a number the source joins with dashes, run together: its first three digits are no number to call
        ("Call 877–778–0318.", "8777780318로 전화하세요."),
        ("Call 877‑778‑0318.", "877-778-0318로 전화하세요."),
    ],
)
def test_contacts_of_the_source_written_another_way_pass(catalogs, source, translation):
    assert catalogs.findings(source, translation) == []


@pytest.mark.parametrize(
    "locale, source, translation, added",
    [
        # after a range, which is no phone number, the next group still may be one
        ("ko_KR", "Take 0.5 to 1 g a day.", "하루 500-1000 mg을 드세요. 궁금하면 555-0199로 전화하세요.", "555-0199"),
        ("es", "Levels of 200 to 2,000.", "Niveles de 200-2000. Si tiene dudas, llame al 555-1234.", "555-1234"),
        # the source gives one of its numbers, not both: no range of the source
        ("es", "Take less than 200 mg a day.", "Tome menos de 200 mg al día. Dudas: 200-1234.", "200-1234"),
    ],
)
def test_a_local_number_beside_the_sources_numbers_is_still_an_added_phone_number(
    catalogs, locale, source, translation, added
):
    finding = only(catalogs.findings(source, translation, check="phone", locale=locale))
    assert finding.message == f"phone number {added} in the translation is not in the source"


# --- contacts in unusual forms: what a reader would still type, and what only looks like one ---

_WHAT = {"email": "e-mail address", "phone": "phone number", "urls": "URL"}


@pytest.mark.parametrize(
    "check, locale, translation, added",
    [
        # compatibility forms (a full-width ＠, letters, digits, brackets) are read as what they spell
        ("email", "ko_KR", "의사에게 알리세요. 문의: help＠evil.example", "help＠evil.example"),
        (
            "email",
            "zh_TW",
            "請告訴您的醫師。來信請寄 ｈｅｌｐ＠ｅｖｉｌ．ｅｘａｍｐｌｅ。",
            "ｈｅｌｐ＠ｅｖｉｌ．ｅｘａｍｐｌｅ",
        ),
        ("email", "ko_KR", "의사에게 알리세요. 문의: help﹫evil.example", "help﹫evil.example"),  # small commercial at
        ("phone", "zh_TW", "請告訴您的醫師。有問題請撥（８００）５５５－０１９９。", "（８００）５５５－０１９９"),
        # a bare domain: no scheme, no www., no path
        ("urls", "ko_KR", "의사에게 알리세요. 자세한 내용은 call-us.com에서 확인하세요.", "call-us.com"),
        ("urls", "ko_KR", "의사에게 알리세요(ivig-help.kr).", "ivig-help.kr"),
        ("urls", "es", "Informe a su médico. Más información en ayuda-ivig.es.", "ayuda-ivig.es"),
        ("urls", "es", "Informe a su médico o visite SJSupport.org, por favor.", "SJSupport.org"),
        ("urls", "zh_TW", "請告訴您的醫師。詳情請見example.org。", "example.org"),
        ("urls", "zh_TW", "請告訴您的醫師。詳情請見 ivig.org.tw。", "ivig.org.tw"),
        ("urls", "ar", "أخبر طبيبك. لمزيد من المعلومات: ivig-help.kr", "ivig-help.kr"),
        # a seven-digit local number, which a range looks like
        ("phone", "ko_KR", "의사에게 알리세요. 궁금하면 555-0199로 전화하세요.", "555-0199"),
        # a counter after it (번, as 500번 is 500 times) does not make 0199 a quantity
        ("phone", "ko_KR", "의사에게 알리세요. 궁금하면 555 0199번으로 전화하세요.", "555 0199"),
        ("phone", "es", "Informe a su médico o llame al 555-1234 para más ayuda.", "555-1234"),
        # said to call, a counter after it is no quantity's
        ("phone", "ko_KR", "의사에게 알리세요. 궁금하면 555-1234번으로 전화하세요.", "555-1234"),
        ("phone", "zh_TW", "請告訴您的醫師，或撥 555-0199。", "555-0199"),
        ("phone", "ar", "أخبر طبيبك أو اتصل بالرقم 555-0199.", "555-0199"),
        # 번 names a number as well as counting: 555-1234번 is no count of anything the source says
        ("phone", "ko_KR", "의사에게 알리세요. 상담: 555-1234번", "555-1234"),
        ("phone", "ko_KR", "의사에게 알리세요. 궁금하면 555-1234번.", "555-1234"),
        # joined by a dash of another kind: a figure dash, a non-breaking hyphen, an en dash
        ("phone", "ko_KR", "의사에게 알리세요. 궁금하면 555‒1234.", "555‒1234"),
        ("phone", "ko_KR", "의사에게 알리세요. 궁금하면 555‑0199.", "555‑0199"),
        ("phone", "es", "Informe a su médico. Ayuda: 555–0199.", "555–0199"),
        ("phone", "ko_KR", "의사에게 알리세요. 궁금하면 555–0199로 전화하세요.", "555–0199"),
        ("phone", "ko_KR", "의사에게 알리세요. 궁금하면 555–1234번으로 전화하세요.", "555–1234"),
        ("phone", "es", "Informe a su médico o llame al 555–1234.", "555–1234"),
        ("phone", "es", "Llame al 555–1234 o informe a su médico.", "555–1234"),  # the words to call first
        ("phone", "ar", "أخبر طبيبك أو اتصل بالرقم ٥٥٥–٠١٩٩.", "٥٥٥–٠١٩٩"),
        ("phone", "zh_TW", "請告訴您的醫師，或撥 555—1234。", "555—1234"),
        # and a whole number so joined, which no range is
        ("phone", "es", "Informe a su médico o llame al (800) 555–0199.", "(800) 555–0199"),
        ("phone", "es", "Informe a su médico: 800–555–0199.", "800–555–0199"),
        ("phone", "ko_KR", "의사에게 알리세요. 문의: 02–555–0100", "02–555–0100"),
        # a bare domain whose top-level domain is also a word, a file extension or a unit
        ("urls", "ko_KR", "의사에게 알리세요. 자세한 내용은 ivig.it에서 확인하세요.", "ivig.it"),
        ("urls", "es", "Informe a su médico. Más información en ayuda.de.", "ayuda.de"),
        ("urls", "es", "Informe a su médico (ayuda-ivig.de).", "ayuda-ivig.de"),
        ("urls", "zh_TW", "請告訴您的醫師。詳情請見 ivig.md。", "ivig.md"),
        ("urls", "ar", "أخبر طبيبك. لمزيد من المعلومات: ivig.mg", "ivig.mg"),
        # in capitals, and of one letter
        ("urls", "es", "Informe a su médico. Más información en CALL-US.COM.", "CALL-US.COM"),
        ("urls", "ko_KR", "의사에게 알리세요. 자세한 내용은 IVIG-HELP.KR에서 확인하세요.", "IVIG-HELP.KR"),
        ("urls", "zh_TW", "請告訴您的醫師。詳情請見 IVIG.ORG.TW。", "IVIG.ORG.TW"),
        ("urls", "ko_KR", "의사에게 알리세요. 자세한 내용은 x.com에서 확인하세요.", "x.com"),
        ("urls", "es", "Informe a su médico o visite X.COM, por favor.", "X.COM"),
    ],
)
def test_an_added_contact_in_an_unusual_form_is_an_error(catalogs, check, locale, translation, added):
    finding = only(catalogs.findings("Tell your doctor.", translation, check=check, locale=locale))
    assert finding.message == f"{_WHAT[check]} {added} in the translation is not in the source"


@pytest.mark.parametrize(
    "check, source, translation, message",
    [
        # copied or typed as written, info＠… is no address a mail program sends to
        (
            "email",
            "Write to info@leaflets.example.org.",
            "info＠leaflets.example.org로 편지를 보내세요.",
            "e-mail address info@leaflets.example.org is missing from the translation "
            "(the translation has info＠leaflets.example.org)",
        ),
        # nor is a ligature a PDF's text gives when copied (ﬁ for fi), in any case
        (
            "email",
            "Write to help@firstaid.example.org.",
            "help@ﬁrstaid.example.org로 편지를 보내세요.",
            "e-mail address help@firstaid.example.org is missing from the translation "
            "(the translation has help@ﬁrstaid.example.org)",
        ),
        (
            "urls",
            "Visit sjsupport.org.",
            "sjsupport.net을 방문하세요.",
            "URL sjsupport.org is missing from the translation (the translation has sjsupport.net)",
        ),
    ],
)
def test_a_contact_of_the_source_changed_in_an_unusual_form_is_an_error(catalogs, check, source, translation, message):
    assert only(catalogs.findings(source, translation, check=check)).message == message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # full-width brackets and commas around the source's own address
        ("zh_TW", "See https://www.nhs.uk/conditions/ten.", "請參閱（https://www.nhs.uk/conditions/ten）。"),
        (
            "zh_TW",
            "Write to info@leaflets.example.org, or call (877) 778-0318.",
            "請寫信至 info@leaflets.example.org，或撥打（877）778-0318。",
        ),
        ("zh_TW", "Give 400 mg/kg a day for 5 days.", "每天給予 ４００ mg/kg，共 ５ 天。"),
        # abbreviations with full stops are no domains
        ("es", "Take it in the evening, e.g. at 8 p.m.", "Tómelo por la noche, p. ej. a las 8 p.m."),
        ("es", "Take it in the evening, e.g. at 8 p.m.", "Tómelo por la noche, p.ej. a las 8 p.m."),
        ("es", "Take it in the evening, e.g. at 8 p.m.", "Tómelo por la noche, v.gr. a las 8 p. m."),
        ("es", "Most patients in the U.S. recover.", "La mayoría de los pacientes en EE.UU. se recuperan."),
        ("es", "Most patients in the U.S. recover.", "La mayoría de los pacientes en los EE. UU. se recuperan."),
        ("ko_KR", "Take it in the evening, e.g. at 8 p.m.", "저녁에, 예를 들어 오후 8시(8 p.m.)에 드세요."),
        (
            "ko_KR",
            "Ask your doctor, i.e. the one who treats you.",
            "의사, 즉 치료하는 의사(i.e. 담당의)에게 물어보세요.",
        ),
        # a file name the source has, and a sentence run on after its full stop
        ("ko_KR", "Download leaflet.pdf to print it.", "인쇄하려면 leaflet.pdf를 내려받으세요."),
        ("es", "Take one tablet. It helps.", "Tome una tableta.Es útil."),
        ("es", "Take one tablet. It helps.", "Tome una dosis.Ayuda."),
        ("es", "Take one tablet. Do not stop.", "Tome una tableta.No la deje."),
        ("es", "Take one tablet. Do not stop.", "Tome una tableta.no la deje."),  # "no" is Norway's too
        ("es", "It is in the leaflet.", "Está en el folleto.de la clínica."),  # and "de" Germany's
        # the source's domain kept, with a particle or in another case of sentence
        ("ko_KR", "Visit sjsupport.org for help.", "도움이 필요하면 sjsupport.org를 방문하세요."),
        ("zh_TW", "Visit sjsupport.org for help.", "如需協助，請造訪 sjsupport.org。"),
        # spelling out where a link of the source goes, without its www.
        (
            "ko_KR",
            "Visit [the SJS Foundation](https://www.sjsupport.org/).",
            "[SJS 재단](https://www.sjsupport.org/)(sjsupport.org)을 방문하세요.",
        ),
        # a reference: a journal's abbreviated name, volume and pages
        (
            "ko_KR",
            "Source: N Engl J Med.2019;380:1508-15.",
            "출처: N Engl J Med.2019;380:1508-15.",
        ),
        # ranges and quantities: a unit, counter, dose form or percent sign after them
        ("es", "Take 0.5 to 1 g a day.", "Tome 500-1000 mg al día."),
        ("es", "Take 0.5 to 1 g a day.", "Tome 500-1000mg al día."),
        ("ko_KR", "Take 0.5 to 1 g a day.", "하루 500-1000 mg을 드세요."),
        ("ko_KR", "Between a few hundred and a few thousand people.", "200-2000명 사이입니다."),
        ("es", "Up to ten times higher.", "Hasta 200-1000% más alto."),
        ("es", "Take up to five hundred drops.", "Tome hasta 200-1000 gotas."),
        ("es", "Wait a few days.", "Espere 200 1000 horas."),
        # the source says both numbers: its range, written with a hyphen or a space
        ("es", "Levels of 200 to 2,000.", "Niveles de 200-2000."),
        ("es", "Levels of 200–2000.", "Niveles de 200-2000."),
        ("es", "Levels of 200-2000.", "Niveles de 200 2000."),
        ("es", "Levels of 100 to 2,000.", "Niveles de 100-2000."),
        ("zh_TW", "Between 200 and 2000 people.", "200-2000人之間。"),
        ("ar", "Between 200 and 2,000 patients.", "بين 200-2000 مريض."),
        ("ko_KR", "From 500 to 1000.", "500-1000까지."),
        # four digits on each side, a date, pages of a reference, a phone number of the source
        ("es", "Levels of 1000–2000.", "Niveles de 1000-2000."),
        ("es", "In 1990-2000 it rose.", "En 1990-2000 aumentó."),
        ("ko_KR", "Updated 2026-12-03.", "2026-12-03 갱신."),
        ("ko_KR", "N Engl J Med. 2019;380:1508-1515.", "N Engl J Med. 2019;380:1508-1515."),
        ("ko_KR", "Br J Dermatol. 2019;180:987-1001.", "Br J Dermatol. 2019;180:987-1001."),
        ("ko_KR", "Call (877) 778-0318.", "(877) 778-0318번으로 전화하세요."),
        ("ko_KR", "Call 555-0199.", "555-0199로 전화하세요."),
        # a number just before the source's phone number is not the number to call
        ("ko_KR", "Call the front desk at 02-555-0100.", "1층 안내 데스크 101번 02-555-0100으로 전화하세요."),
        # ranges as they are typeset (en dash), said in words, with a unit, or of a few days
        ("es", "Levels vary widely.", "Los niveles varían entre 200–2000."),
        ("ko_KR", "Levels vary widely.", "수치는 300–1200 사이로 다양합니다."),
        ("ko_KR", "Between two hundred and two thousand times.", "200-2000번 사이입니다."),
        ("es", "Take 555 to 600 mg.", "Tome 555–600 mg."),
        ("ko_KR", "Take 1.5 to 2 g/kg.", "1.5–2 g/kg을 드세요."),
        ("ko_KR", "It lasts 5 to 7 days.", "5-7일 동안 계속됩니다."),
        ("zh_TW", "It lasts 5 to 7 days.", "持續 5–7 天。"),
        ("ar", "It lasts 5 to 7 days.", "يستمر من 5–7 أيام."),
        # abbreviations, units and sentences run on, in capitals too
        ("es", "Take 2 mcg/kg a day.", "Tome 2 mcg.kg⁻¹ al día."),
        ("es", "Take 2 mg/kg a day.", "Tome 2 mg.kg-1 al día."),
        ("es", "The leaflet is about the U.S.", "El folleto trata de EE.UU. y de las FF.CC."),
        ("es", "No. 5 is the last one.", "El No.5 es el último.Es útil."),
        ("es", "Ask the doctor. Then take it.", "Pregunte al médico.Luego tómelo."),
        ("es", "Ask the doctor. Then take it.", "Pregunte al médico.luego tómelo.se lo explicarán."),
        ("es", "Take one tablet. Do not stop.", "Tome una tableta.no la deje."),
        ("ko_KR", "Smith et al. found it.", "Smith et.al.의 연구에서 밝혀졌습니다."),
        ("es", "Give it by vein (i.v.) or under the skin (s.c.).", "Adminístrelo i.v. o s.c., p.ej. a las 8 a.m."),
        ("ko_KR", "Ask Dr. Kim, M.D., Ph.D.", "김 박사(Dr.Kim, M.D., Ph.D.)에게 물어보세요."),
        ("ko_KR", "Ask the doctor. Then take it.", "의사에게 물어보세요(ask the doctor.Then take it)."),
        ("ko_KR", "Save it as leaflet.md or notes.txt.", "leaflet.md 또는 notes.txt로 저장하세요."),
        ("ko_KR", "DO NOT STOP. TAKE IT.", "중단하지 마세요(DO NOT STOP.TAKE IT)."),
        # the source's bare domain, which a word follows on one side only
        ("es", "Visit ivig.it.", "Visite ivig.it para más información."),
        ("ko_KR", "Visit ivig.it for help.", "도움이 필요하면 ivig.it에서 확인하세요."),
        ("es", "See nhs.uk.", "Consulte NHS.UK."),
    ],
)
def test_what_only_looks_like_an_added_contact_passes(catalogs, locale, source, translation):
    assert [
        finding for finding in catalogs.findings(source, translation, locale=locale) if finding.check in _WHAT
    ] == []
