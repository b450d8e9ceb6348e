"""Numbers to reach help that the contact checks missed or told twice (review of 2026-12-03,
leftovers): a second number to call ("Call 999 or 112"), an extension, a menu choice or a
text-message short code a translation adds, Spanish and French phone numbers written in spaced
groups, and a changed local number reported by [numbers] and [phone] both.  Each sentence has a
faithful translation, which must pass, and a subtly wrong one, which must be exactly one error,
by the check that names it, with a message that says what changed."""

from __future__ import annotations

import pytest

from tests.checks.test_new_contacts import CONTACT

TWO_TO_CALL = "Call 999 or 112 if someone collapses."
APPOINTMENT = "To change your appointment, call 617-555-0142."
LANGUAGE_HELP = "For free help in your language, call {language_line}."
CRISIS = "If you are thinking about suicide, call 988."
MADRID = "Call the Madrid clinic on 91 234 56 78."
PARIS = "From France, call 01 23 45 67 89."
OR_NUMBER = "Call the clinic at (617) 555-0142 or 555-0143 after 5 p.m."

MISSING_112 = "emergency number 112 is missing from the translation"
ADDED_EXTENSION = "extension 4521 in the translation is not in the source"
ADDED_CHOICE = "menu choice 2 in the translation is not in the source"
ADDED_SHORT_CODE = "short code 741741 in the translation is not in the source"
MISSING_MADRID = "phone number 91 234 56 78 is missing from the translation"
MISSING_PARIS = "phone number 01 23 45 67 89 is missing from the translation"
MISSING_LOCAL = "phone number 555-0143 is missing from the translation (the translation has 555-0134)"

# source: (locale, faithful translation, subtly wrong translation, (check, message) of its one error)
TRANSLATIONS = {
    TWO_TO_CALL: [
        (
            "ko_KR",
            "누군가 쓰러지면 999나 112에 전화하세요.",
            "누군가 쓰러지면 999나 121에 전화하세요.",
            ("phone", f"{MISSING_112} (the translation has 121)"),
        ),
        (
            "es",
            "Si alguien se desmaya, llame al 999 o al 112.",
            "Si alguien se desmaya, llame al 999 o al 122.",
            ("phone", f"{MISSING_112} (the translation has 122)"),
        ),
        ("zh_TW", "如果有人昏倒，請撥打 999 或 112。", "如果有人昏倒，請撥打 999。", ("phone", MISSING_112)),
        (
            "ar",
            "إذا فقد أحد وعيه، اتصل بالرقم 999 أو 112.",
            "إذا فقد أحد وعيه، اتصل بالرقم 999 أو 911.",
            ("phone", f"{MISSING_112} (the translation has 911)"),
        ),
    ],
    APPOINTMENT: [
        (
            "ko_KR",
            "예약을 변경하려면 617-555-0142번으로 전화하세요.",
            "예약을 변경하려면 617-555-0142(내선 4521)번으로 전화하세요.",
            ("phone", ADDED_EXTENSION),
        ),
        (
            "es",
            "Para cambiar su cita, llame al 617-555-0142.",
            "Para cambiar su cita, llame al 617-555-0142, extensión 4521.",
            ("phone", ADDED_EXTENSION),
        ),
        (
            "zh_TW",
            "如需更改預約，請撥打 617-555-0142。",
            "如需更改預約，請撥打 617-555-0142 轉分機 4521。",
            ("phone", ADDED_EXTENSION),
        ),
        (
            "ar",
            "لتغيير موعدك، اتصل بالرقم 617-555-0142.",
            "لتغيير موعدك، اتصل بالرقم 617-555-0142 على التحويلة 4521.",
            ("phone", ADDED_EXTENSION),
        ),
    ],
    LANGUAGE_HELP: [
        (
            "ko_KR",
            "모국어로 무료 도움을 받으려면 {language_line}번으로 전화하세요.",
            "모국어로 무료 도움을 받으려면 {language_line}번으로 전화한 후 2번을 누르세요.",
            ("phone", ADDED_CHOICE),
        ),
        (
            "es",
            "Para recibir ayuda gratuita en su idioma, llame al {language_line}.",
            "Para recibir ayuda gratuita en su idioma, llame al {language_line} y pulse 2.",
            ("phone", ADDED_CHOICE),
        ),
        (
            "zh_TW",
            "如需以您的語言提供的免費協助，請撥打 {language_line}。",
            "如需以您的語言提供的免費協助，請撥打 {language_line} 後按 2。",
            ("phone", ADDED_CHOICE),
        ),
        (
            "ar",
            "للحصول على مساعدة مجانية بلغتك، اتصل بالرقم {language_line}.",
            "للحصول على مساعدة مجانية بلغتك، اتصل بالرقم {language_line} ثم اضغط 2 للغة العربية.",
            ("phone", ADDED_CHOICE),
        ),
    ],
    CRISIS: [
        (
            "ko_KR",
            "자살에 대한 생각이 든다면 988로 전화하세요.",
            "자살에 대한 생각이 든다면 988로 전화하거나 741741로 문자를 보내세요.",
            ("phone", ADDED_SHORT_CODE),
        ),
        (
            "es",
            "Si tiene pensamientos suicidas, llame al 988.",
            "Si tiene pensamientos suicidas, llame al 988 o envíe un mensaje de texto al 741741.",
            ("phone", ADDED_SHORT_CODE),
        ),
        (
            "zh_TW",
            "如果您有自殺的念頭，請撥打 988。",
            "如果您有自殺的念頭，請撥打 988 或傳簡訊至 741741。",
            ("phone", ADDED_SHORT_CODE),
        ),
        (
            "ar",
            "إذا راودتك أفكار انتحارية، فاتصل بالرقم 988.",
            "إذا راودتك أفكار انتحارية، فاتصل بالرقم 988 أو أرسل رسالة نصية إلى 741741.",
            ("phone", ADDED_SHORT_CODE),
        ),
    ],
    MADRID: [
        (
            "ko_KR",
            "마드리드 진료소 91 234 56 78번으로 전화하세요.",
            "마드리드 진료소 91 234 56 87번으로 전화하세요.",
            ("phone", f"{MISSING_MADRID} (the translation has 91 234 56 87)"),
        ),
        # the same number in groups of three, and with Spain's country code
        (
            "es",
            "Llame a la clínica de Madrid al 912 345 678.",
            "Llame a la clínica de Madrid al 912 345 687.",
            ("phone", f"{MISSING_MADRID} (the translation has 912 345 687)"),
        ),
        (
            "zh_TW",
            "請撥打馬德里診所電話 +34 91 234 56 78。",
            "請撥打馬德里診所電話 91 234 65 78。",
            ("phone", f"{MISSING_MADRID} (the translation has 91 234 65 78)"),
        ),
        (
            "ar",
            "اتصل بعيادة مدريد على الرقم 91 234 56 78.",
            "اتصل بعيادة مدريد على الرقم 91 234 56 78 أو 91 234 56 79.",
            ("phone", "phone number 91 234 56 79 in the translation is not in the source"),
        ),
    ],
    PARIS: [
        (
            "ko_KR",
            "프랑스에서는 01 23 45 67 89번으로 전화하세요.",
            "프랑스에서는 01 23 45 76 89번으로 전화하세요.",
            ("phone", f"{MISSING_PARIS} (the translation has 01 23 45 76 89)"),
        ),
        (
            "es",
            "Desde Francia, llame al 01.23.45.67.89.",
            "Desde Francia, llame al 01 23 45 67 98.",
            ("phone", f"{MISSING_PARIS} (the translation has 01 23 45 67 98)"),
        ),
        # France's country code added, its trunk 0 left out as a caller from abroad does
        (
            "zh_TW",
            "在法國請撥打 +33 1 23 45 67 89。",
            "在法國請撥打 +33 1 23 45 67 98。",
            ("phone", f"{MISSING_PARIS} (the translation has +33 1 23 45 67 98)"),
        ),
        (
            "ar",
            "من فرنسا، اتصل بالرقم 01 23 45 67 89.",
            "من فرنسا، اتصل بالرقم 01 23 45 67 8.",
            ("phone", MISSING_PARIS),
        ),
    ],
    OR_NUMBER: [
        (
            "ko_KR",
            "오후 5시 이후에는 진료소 (617) 555-0142 또는 555-0143번으로 전화하세요.",
            "오후 5시 이후에는 진료소 (617) 555-0142 또는 555-0134번으로 전화하세요.",
            ("phone", MISSING_LOCAL),
        ),
        (
            "es",
            "Después de las 5 p. m., llame a la clínica al (617) 555-0142 o al 555-0143.",
            "Después de las 5 p. m., llame a la clínica al (617) 555-0142 o al 555-0134.",
            ("phone", MISSING_LOCAL),
        ),
        (
            "zh_TW",
            "下午 5 點以後請撥打診所電話 (617) 555-0142 或 555-0143。",
            "下午 5 點以後請撥打診所電話 (617) 555-0142 或 555-0134。",
            ("phone", MISSING_LOCAL),
        ),
        (
            "ar",
            "اتصل بالعيادة بعد الساعة 5 مساء على الرقم (617) 555-0142 أو 555-0143.",
            "اتصل بالعيادة بعد الساعة 5 مساء على الرقم (617) 555-0142 أو 555-0134.",
            ("phone", MISSING_LOCAL),
        ),
    ],
}

FAITHFUL = [(locale, source, faithful) for source, rows in TRANSLATIONS.items() for locale, faithful, _, _ in rows]
WRONG = [(locale, source, wrong, error) for source, rows in TRANSLATIONS.items() for locale, _, wrong, error in rows]


def _contact_findings(catalogs, source, translation, locale):
    return [
        (f.check, f.severity, f.message)
        for f in catalogs.findings(source, translation, locale=locale)
        if f.check in CONTACT
    ]


@pytest.mark.parametrize("locale, source, translation", FAITHFUL)
def test_faithful_translations_pass(catalogs, locale, source, translation):
    assert _contact_findings(catalogs, source, translation, locale) == []


@pytest.mark.parametrize("locale, source, translation, error", WRONG)
def test_a_wrong_number_to_reach_help_is_one_error(catalogs, locale, source, translation, error):
    check, message = error
    assert _contact_findings(catalogs, source, translation, locale) == [(check, "error", message)]


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the source's own extension, menu choice and short code, kept
        ("es", "To change your appointment, call 617-555-0142 ext. 4521.", "Llame al 617-555-0142, extensión 4521."),
        ("zh_TW", "Call {language_line} and press 2 for Chinese.", "請撥打 {language_line}，中文服務請按 2。"),
        (
            "ko_KR",
            "Call {language_line} and press 2 for Korean.",
            "{language_line}번으로 전화한 후 한국어는 2번을 누르세요.",
        ),
        ("ar", "Text HOME to 741741.", "أرسل كلمة HOME في رسالة نصية إلى 741741."),
        # counts and quantities next to words of a menu or a message are no menu choice or short code
        ("zh_TW", "Take 2 tablets, 2 times a day, as your doctor tells you.", "請按醫囑服用 2 片，一天 2 次。"),
        ("zh_TW", "Press the button 2 times.", "按 2 次按鈕。"),
        (
            "es",
            "About 150,000 people get a text message each year.",
            "Unas 150000 personas reciben un mensaje cada año.",
        ),
        # numbers in spaced groups that are no phone number: doses, counts, times, dates
        ("es", "About 700,000,000 doses are given each year.", "Cada año se administran unos 700 000 000 dosis."),
        ("es", "Take 2 or 3 tablets 2 or 3 times a day.", "Tome 2 o 3 comprimidos 2 o 3 veces al día."),
        ("es", "Take 10 mg, then 20 mg.", "Tome 10 mg, luego 20 mg."),
        (
            "es",
            "Take it at 08:00, 14:00 and 20:00 from 1 March.",
            "Tómelo a las 08:00, 14:00 y 20:00 desde el 1 de marzo.",
        ),
        ("es", "About 912,000 people were treated.", "Unas 912 000 personas recibieron tratamiento."),
    ],
)
def test_numbers_that_reach_the_same_help_or_none_pass(catalogs, locale, source, translation):
    assert _contact_findings(catalogs, source, translation, locale) == []


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        (
            "ko_KR",
            "To change your appointment, call 617-555-0142 ext. 4521.",
            "예약을 변경하려면 617-555-0142(내선 4512)번으로 전화하세요.",
            "4521 in the source is missing from the translation (the translation has 4512)",
        ),
        (
            "es",
            "Text HOME to 741741 to talk to a crisis counsellor.",
            "Envíe HOME por SMS al 741714 para hablar con un consejero.",
            "741741 in the source is missing from the translation (the translation has 741714)",
        ),
        (
            "zh_TW",
            "Call {language_line} and press 2 for Chinese.",
            "請撥打 {language_line}，中文服務請按 3。",
            "2 in the source is missing from the translation (the translation has 3)",
        ),
        (
            "ar",
            "Call {language_line} and press 2 for Arabic.",
            "اتصل بالرقم {language_line} ثم اضغط 3 للغة العربية.",
            "2 in the source is missing from the translation (the translation has 3)",
        ),
    ],
)
def test_a_changed_extension_menu_choice_or_short_code_is_one_error(catalogs, locale, source, translation, message):
    # [numbers] names the source's number and the translation's in its place; [phone] does not
    # also call the translation's an addition.
    assert _contact_findings(catalogs, source, translation, locale) == [("numbers", "error", message)]
