"""[dates]: a date of the source keeps its day, month and year, and its weekday, in the translation.

Each faithful translation says the source's date as its readers write one (a month's name in the
locale's CLDR data, a numbered month, digits day first or year first); each wrong one gives another.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

ON_3_MARCH = "Your appointment is on 3 March 2025."
MARCH_3 = "Your appointment is on March 3, 2025."
ON_12_MAY = "Your next visit is on 12 May."
MONDAY = "Your appointment is on Monday 3 March 2025."
ISO = "Your next visit is on 2025-03-03."
IN_MARCH = "Come back for a blood test in March 2025."
FROM_3_TO_5 = "Your treatment runs from 3 to 5 March 2025."

# (locale, source, translation): the source's date in the reader's form
FAITHFUL = [
    ("es", ON_3_MARCH, "Su cita es el 3 de marzo de 2025."),
    ("es", MARCH_3, "Su cita es el 3 de marzo de 2025."),
    ("es", ON_3_MARCH, "Su cita es el 3/3/2025."),
    ("es", ON_12_MAY, "Su próxima visita es el 12 de mayo."),
    ("es", IN_MARCH, "Vuelva para un análisis de sangre en marzo de 2025."),
    ("ko_KR", ON_3_MARCH, "예약일은 2025년 3월 3일입니다."),
    ("ko_KR", ISO, "다음 방문일은 2025. 3. 3.입니다."),
    ("ko_KR", IN_MARCH, "2025년 3월에 혈액 검사를 받으러 오세요."),
    ("zh_TW", ON_3_MARCH, "您的預約日期為2025年3月3日。"),
    ("zh_TW", ON_12_MAY, "您下次回診是5月12日。"),
    ("zh_TW", MARCH_3, "您的預約日期為2025/3/3。"),
    ("ar", ON_3_MARCH, "موعدك في ٣ مارس ٢٠٢٥."),
    ("ar", ON_3_MARCH, "موعدك في 3 آذار/مارس 2025."),
    ("ar", ON_12_MAY, "زيارتك القادمة في 12 أيار."),
    ("fr", MONDAY, "Votre rendez-vous est le lundi 3 mars 2025."),
    ("fr", ON_3_MARCH, "Votre rendez-vous est le 03/03/2025."),
    ("fr", ON_12_MAY, "Votre prochaine visite est le 12 mai."),
    ("de", ON_3_MARCH, "Ihr Termin ist am 3. März 2025."),
    ("de", ON_3_MARCH, "Ihr Termin ist am 3.3.2025."),
    ("de", ISO, "Ihr nächster Besuch ist am 3. März 2025."),
    ("pt_BR", MONDAY, "Sua consulta é na segunda-feira, 3 de março de 2025."),
    ("pt_PT", ON_12_MAY, "A sua próxima visita é a 12 de maio."),
    # Chinese numerals, a German date with no year, a two-digit year, an ordinal day, a year said apart
    ("zh_TW", ON_3_MARCH, "您的預約日期為二〇二五年三月三日。"),
    ("zh_TW", "Your appointment is on 23 March.", "您的預約在三月二十三日。"),
    ("de", ON_12_MAY, "Ihr nächster Besuch ist am 12.05."),
    ("fr", ON_3_MARCH, "Votre rendez-vous est le 03/03/25."),
    ("es", "Your appointment is on 1 March 2025.", "Su cita es el 1.º de marzo de 2025."),
    ("ar", ON_3_MARCH, "موعدك في 3 مارس من عام 2025."),
    # a range of days, said with the month once; a weekday abbreviated (not read) or spelled otherwise
    ("zh_TW", FROM_3_TO_5, "您的治療時間為2025年3月3日至5日。"),
    ("ko_KR", FROM_3_TO_5, "치료 기간은 2025년 3월 3일~5일입니다."),
    ("es", FROM_3_TO_5, "Su tratamiento es del 3 al 5 de marzo de 2025."),
    ("ko_KR", MONDAY, "예약일은 2025년 3월 3일(월)입니다."),
    ("zh_TW", MONDAY, "您的預約日期為2025年3月3日（週一）。"),
    ("de", MONDAY, "Ihr Termin ist am Montag, dem 3. März 2025."),
    ("ar", MONDAY, "موعدك يوم الاثنين 3 مارس 2025."),
    # the date's numbers in another form are [dates]'s, not numbers [numbers] misses or reads as others
    ("de", ISO, "Ihr nächster Besuch ist am 03.03.2025."),
    ("es", ISO, "Su próxima visita es el 03-03-2025."),
    ("pt_PT", "Your next visit is on 2025-03-14.", "A sua próxima consulta é a 14.03.2025."),
    ("es", ON_3_MARCH, "Su cita es el 03-03-2025."),
    ("fr", ON_3_MARCH, "Votre rendez-vous est le 03.03.2025."),
]

# (locale, source, translation, what the message says of it)
WRONG = [
    ("es", ON_3_MARCH, "Su cita es el 3 de mayo de 2025.", "3 de mayo de 2025 in the translation: another month"),
    ("es", ON_3_MARCH, "Su cita es el 4 de marzo de 2025.", "4 de marzo de 2025 in the translation: another day"),
    ("es", IN_MARCH, "Vuelva para un análisis de sangre en abril de 2025.", "abril de 2025 in the translation: another month"),
    ("ko_KR", ON_3_MARCH, "예약일은 2025년 5월 3일입니다.", "2025년 5월 3일 in the translation: another month"),
    ("zh_TW", ON_3_MARCH, "您的預約日期為2026年3月3日。", "2026年3月3日 in the translation: another year"),
    ("ar", ON_12_MAY, "زيارتك القادمة في 12 آذار.", "12 آذار in the translation: another month"),
    ("fr", ON_12_MAY, "Votre prochaine visite est le 12 juin.", "12 juin in the translation: another month"),
    ("de", ON_3_MARCH, "Ihr Termin ist am 3.5.2025.", "3.5.2025 in the translation: another month"),
    ("pt_BR", MARCH_3, "Sua consulta é em 3 de abril de 2025.", "3 de abril de 2025 in the translation: another month"),
    ("zh_TW", "Your appointment is on 23 March.", "您的預約在四月二十三日。", "四月二十三日 in the translation: another month"),
    ("de", ON_12_MAY, "Ihr nächster Besuch ist am 12.06.", "12.06. in the translation: another month"),
    ("es", ON_3_MARCH, "Su cita es el 3 de marzo.", "3 de marzo in the translation: no year"),
    ("de", ON_3_MARCH, "Ihr Termin ist im März 2025.", "März 2025 in the translation: no day"),
    ("ko_KR", ON_3_MARCH, "진료 예약은 2025년 3월입니다.", "2025년 3월 in the translation: no day"),
    ("zh_TW", FROM_3_TO_5, "您的治療時間為2025年3月4日至5日。", "2025年3月4日 in the translation: another day"),
    ("de", "Your next visit is on 2025-03-14.", "Am 15.03.2025.", "15.03.2025 in the translation: another day"),
    ("es", ISO, "Su próxima visita es el 03-04-2025.", "03-04-2025 in the translation: another month"),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "source", "translation"), FAITHFUL)
def test_the_date_said_in_the_readers_form_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(("locale", "source", "translation", "said"), WRONG)
def test_another_day_month_or_year_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale))  # not [numbers] as well
    assert (finding.check, finding.severity) == ("dates", "error")
    assert finding.message.endswith(said)


def test_a_date_in_digits_day_first_says_the_date(catalogs):
    assert catalogs.findings(ISO, "Ihr nächster Besuch ist am 03.03.2025.", locale="de", check="dates") == []


def test_a_number_given_beside_a_date_is_still_counted(catalogs):
    findings = catalogs.findings("Take 3 tablets on 3 May.", "Tome comprimidos el 4 de mayo.", locale="es")
    assert sorted(finding.check for finding in findings) == ["dates", "numbers"]


def test_a_date_left_out_is_an_error(catalogs):
    finding = only(catalogs.findings(ON_3_MARCH, "Su cita es pronto.", locale="es", check="dates"))
    assert finding.severity == "error"
    assert finding.message == "the source gives the date 3 March 2025; the translation gives none"


def test_another_weekday_is_an_error(catalogs):
    finding = only(catalogs.findings(MONDAY, "Votre rendez-vous est le mardi 3 mars 2025.", locale="fr"))
    assert (finding.check, finding.severity) == ("dates", "error")
    assert finding.message.endswith("is said on another weekday in the translation (mardi)")


def test_a_slash_date_read_both_ways_by_readers_in_the_us_is_a_warning(german):
    source = "Your appointment is on 3 May 2025."
    finding = only(german.findings(source, "Ihr Termin ist am 03/05/2025.", locale="de", domain="home-care"))
    assert (finding.check, finding.severity) == ("dates", "warning")
    assert "may take for 3 May 2025 or for 5 March 2025" in finding.message
    # read one way only: no month 13, or the day and the month the same
    assert german.findings(source.replace("3 May", "13 May"), "am 13/05/2025.", locale="de", domain="home-care") == []
    assert german.findings(source.replace("3 May", "3 March"), "am 03/03/2025.", locale="de", domain="home-care") == []


@pytest.mark.parametrize(
    "source",
    [
        "You may take 2 tablets.",  # "may" is a verb
        "Do not give it to babies under 3 months.",
        "Take 1 tablet twice a day for 5 days.",
    ],
)
def test_no_date_in_the_source_asks_for_none(catalogs, source):
    assert catalogs.findings(source, "Tome 1 comprimido.", locale="es", check="dates") == []


# A weekday with no date (dates.py's _weekdays_changed): "on Wednesdays" said `le lundi` passed.
WEDNESDAYS = "Appointments are on Wednesdays from 14:00 to 17:00."
MONDAY_AND_THURSDAY = "Take it every Monday and Thursday."
MONDAY_TO_FRIDAY = "The clinic is open Monday to Friday."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("fr", WEDNESDAYS, "Les rendez-vous ont lieu le lundi de 14 h à 17 h.", "'Wednesdays' said as 'lundi'"),
        ("es", WEDNESDAYS, "Las citas son los martes de 14:00 a 17:00.", "'Wednesdays' said as 'martes'"),
        ("ko_KR", MONDAY_AND_THURSDAY, "매주 월요일과 금요일에 복용하세요.", "'Thursday' said as '금요일'"),
        ("zh_TW", MONDAY_TO_FRIDAY, "門診時間為週一至週六。", "'Friday' said as '週六'"),
        ("ar", MONDAY_TO_FRIDAY, "العيادة مفتوحة من الاثنين إلى الخميس.", "'Friday' said as 'الخميس'"),
        ("de", "Take it on Wednesdays.", "Nehmen Sie es dienstags ein.", "'Wednesdays' said as 'dienstags'"),
    ],
)
def test_a_weekday_with_no_date_said_as_another_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale), "dates")
    assert finding.severity == "error"
    assert f"{said}, another day of the week" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("fr", WEDNESDAYS, "Les rendez-vous ont lieu les mercredis de 14 h à 17 h."),
        ("ko_KR", MONDAY_AND_THURSDAY, "매주 월요일과 목요일마다 복용하세요."),
        ("zh_TW", MONDAY_TO_FRIDAY, "門診時間為星期一至星期五。"),
        ("zh_TW", MONDAY_TO_FRIDAY, "門診時間為禮拜一到禮拜五。"),
        ("ar", MONDAY_AND_THURSDAY, "تناوله كل يوم اثنين وخميس، أي يومي الاثنين والخميس."),
        ("pt_BR", MONDAY_AND_THURSDAY, "Tome-o todas as segundas e quintas-feiras."),
        ("de", "Take it on Wednesdays.", "Nehmen Sie es mittwochs ein."),
        # a day left out alone is not judged: the week still says the others
        ("es", MONDAY_AND_THURSDAY, "Tómelo todos los lunes."),
    ],
)
def test_a_weekday_with_no_date_said_as_it_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="dates") == []
