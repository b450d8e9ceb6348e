"""[units] rule 10: "every 4 hours" stays an interval, "for 5 days" a duration.

A 5-day course said "cada 5 días" (5일마다, 每5天) is one dose every five days;
one tablet every 4 hours said "durante 4 horas" (4시간 동안, 連續4小時) is one
tablet over four hours.  Every number and unit is kept, and `check` said
nothing.  Patients take these as written.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

FOR_5_DAYS = "Take it for 5 days."
EVERY_4_HOURS = "Take 1 tablet every 4 hours."


@pytest.mark.parametrize(
    "locale, translation, said",
    [
        ("es", "Tómelo cada 5 días.", "cada 5 días"),
        ("ko_KR", "5일마다 복용하세요.", "5일마다"),
        ("zh_TW", "每5天服用一次。", "每5天"),
        ("ar", "تناوله كل 5 أيام.", "كل 5 أيام"),
        ("fr", "Prenez-le tous les 5 jours.", "tous les 5 jours"),
        ("pt", "Tome-o a cada 5 dias.", "cada 5 dias"),
        ("de", "Nehmen Sie es alle 5 Tage ein.", "alle 5 Tage"),
    ],
)
def test_a_duration_said_as_an_interval_is_an_error(catalogs, locale, translation, said):
    finding = only(catalogs.findings(FOR_5_DAYS, translation, locale=locale))
    assert (finding.check, finding.severity) == ("units", "error")
    assert finding.message == (
        f"'for 5 days' in the source is '{said}' in the translation: "
        "every 5 days (an interval), not for 5 days (a duration)"
    )


@pytest.mark.parametrize(
    "locale, translation, said",
    [
        ("es", "Tome 1 comprimido durante 4 horas.", "durante 4 horas"),
        ("ko_KR", "4시간 동안 1정을 복용하세요.", "4시간 동안"),
        ("ko_KR", "4시간 연속으로 1정을 복용하세요.", "4시간 연속"),
        ("zh_TW", "連續4小時服用1錠。", "連續4小時"),
        ("zh_TW", "持續 4 小時服用 1 錠。", "持續 4 小時"),
        ("ar", "تناول قرصًا واحدًا لمدة 4 ساعات.", "لمدة 4 ساعات"),
        ("fr", "Prenez 1 comprimé pendant 4 heures.", "pendant 4 heures"),
        ("pt", "Tome 1 comprimido durante 4 horas.", "durante 4 horas"),
        ("es", "Tome 1 comprimido por un período de 4 horas.", "por un período de 4 horas"),
        ("de", "Nehmen Sie 4 Stunden lang 1 Tablette ein.", "4 Stunden lang"),
        ("de", "Nehmen Sie 1 Tablette für 4 Stunden ein.", "für 4 Stunden"),
        # "por" before a number of hours is "for"; 내내 is throughout.
        ("es", "Tome 1 comprimido por 4 horas.", "por 4 horas"),
        ("pt", "Tome 1 comprimido por 4 horas.", "por 4 horas"),
        ("ko_KR", "4시간 내내 1정을 드세요.", "4시간 내내"),
    ],
)
def test_an_interval_said_as_a_duration_is_an_error(catalogs, locale, translation, said):
    finding = only(catalogs.findings(EVERY_4_HOURS, translation, locale=locale))
    assert (finding.check, finding.severity) == ("units", "error")
    assert finding.message == (
        f"'every 4 hours' in the source is '{said}' in the translation: "
        "for 4 hours (a duration), not every 4 hours (an interval)"
    )


@pytest.mark.parametrize(
    "locale, translation, said",
    [
        ("es", "Tome 1 comprimido durante 4 a 6 horas.", "durante 4 a 6 horas"),
        ("ko_KR", "4~6시간 동안 1정을 복용하세요.", "4~6시간 동안"),
        ("es", "Tome 1 comprimido por 4 a 6 horas.", "por 4 a 6 horas"),
    ],
)
def test_a_range_said_the_other_way_is_one_error(catalogs, locale, translation, said):
    finding = only(catalogs.findings("Take 1 tablet every 4 to 6 hours.", translation, locale=locale))
    assert finding.message == (
        f"'every 4 to 6 hours' in the source is '{said}' in the translation: "
        "for 4 to 6 hours (a duration), not every 4 to 6 hours (an interval)"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # Intervals kept.
        ("ko_KR", EVERY_4_HOURS, "4시간마다 1정을 복용하세요."),
        ("ko_KR", EVERY_4_HOURS, "4시간 간격으로 1정을 복용하세요."),
        ("zh_TW", EVERY_4_HOURS, "每4小時服用1錠。"),
        ("zh_TW", EVERY_4_HOURS, "每隔 4 小時服用 1 錠。"),
        ("es", EVERY_4_HOURS, "Tome 1 comprimido cada 4 horas."),
        ("fr", EVERY_4_HOURS, "Prenez 1 comprimé toutes les 4 heures."),
        ("ar", EVERY_4_HOURS, "تناول قرصًا واحدًا كل 4 ساعات."),
        ("pt", EVERY_4_HOURS, "Tome 1 comprimido de 4 em 4 horas."),
        ("de", EVERY_4_HOURS, "Nehmen Sie alle 4 Stunden 1 Tablette ein."),
        ("ko_KR", "Take 1 tablet every 4 to 6 hours.", "4~6시간마다 1정을 복용하세요."),
        # Durations kept.
        ("ko_KR", FOR_5_DAYS, "5일 동안 복용하세요."),
        ("ko_KR", FOR_5_DAYS, "5일간 복용하세요."),
        ("zh_TW", FOR_5_DAYS, "連續5天服用。"),
        ("zh_TW", FOR_5_DAYS, "持續5天服用。"),
        ("es", FOR_5_DAYS, "Tómelo durante 5 días."),
        ("fr", FOR_5_DAYS, "Prenez-le pendant 5 jours."),
        ("ar", FOR_5_DAYS, "تناوله لمدة 5 أيام."),
        ("de", FOR_5_DAYS, "Nehmen Sie es 5 Tage lang ein."),
        # The period said with neither word: many correct translations drop the "for".
        ("es", FOR_5_DAYS, "Tómelo 5 días."),
        ("es", EVERY_4_HOURS, "Tome 1 comprimido 4 horas."),
        # The window of a limit: "por 24 horas" there is per 24 hours.
        ("es", "Take no more than 1 tablet every 24 hours.", "No tome más de 1 comprimido por 24 horas."),
        ("pt", "Take no more than 1 tablet every 24 hours.", "Não tome mais de 1 comprimido por 24 horas."),
        # Neither in the source: a length of time, "within", "after".
        ("es", "The infusion takes 4 hours.", "La perfusión dura 4 horas."),
        ("es", "The infusion takes 4 hours.", "La perfusión se da cada 4 horas."),
        ("ko_KR", "Take it within 2 hours.", "2시간마다 복용하세요."),
        ("es", "Take it after 2 hours.", "Tómelo durante 2 horas."),
        # Said both ways on one side: not judged.
        ("es", "Take 1 tablet every 4 hours for 4 hours.", "Tome 1 comprimido durante 4 horas."),
        ("es", "Take 1 tablet every 4 hours for 4 hours.", "Tome 1 comprimido cada 4 horas."),
        (
            "es",
            EVERY_4_HOURS,
            "Tome 1 comprimido durante 4 horas, es decir, cada 4 horas.",
        ),
    ],
)
def test_an_interval_or_a_duration_kept_or_not_said_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # The wait between doses: 간격 (a spacing) and cada say it as well as a "for" does.
        ("ko_KR", "Wait for 4 hours between doses.", "복용 사이에 4시간 간격을 두세요."),
        ("ko_KR", "Wait for at least 4 hours between doses.", "최소 4시간 간격을 두고 복용하세요."),
        ("ko_KR", "Do not take another dose for at least 4 hours.", "다음 복용까지 최소 4시간 간격을 두고 기다리세요."),
        ("es", "Wait for at least 4 hours between doses.", "Tómelo como mínimo cada 4 horas."),
    ],
)
def test_a_wait_between_doses_said_as_a_spacing_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []


def test_a_for_of_another_sentence_than_the_wait_is_still_judged(catalogs):
    findings = catalogs.findings(
        "Take it for 5 days. Wait 2 hours between doses.",
        "Tómelo cada 5 días. Espere 2 horas entre dosis.",
        locale="es",
        check="units",
    )
    assert [f.message for f in findings] == [
        "'for 5 days' in the source is 'cada 5 días' in the translation: "
        "every 5 days (an interval), not for 5 days (a duration)"
    ]


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # The window a limit counts in: "every 24 hours" there is "in any 24 hours".
        ("es", "Do not take more than 4 doses every 24 hours.", "No tome más de 4 dosis durante 24 horas."),
        ("fr", "Do not take more than 4 doses every 24 hours.", "Ne prenez pas plus de 4 doses pendant 24 heures."),
        ("ko_KR", "Do not take more than 4 doses every 24 hours.", "24시간 동안 4회를 초과하여 복용하지 마세요."),
        ("ko_KR", "Do not take more than 8 tablets every 24 hours.", "24시간 동안 8정을 초과하지 마세요."),
        ("pt", "Take up to 2 tablets every 4 hours.", "Tome até 2 comprimidos durante 4 horas."),
        ("es", "Take no more than 0.5 g every 24 hours.", "No tome más de 0,5 g durante 24 horas."),
        # The limit said in the translation only: its window too.
        ("ko_KR", "The limit is 4 doses every 24 hours.", "24시간 동안 4회를 초과하여 복용하지 마세요."),
        ("fr", "The limit is 4 doses every 24 hours.", "Ne prenez pas plus de 4 doses pendant 24 heures."),
    ],
)
def test_the_window_of_a_limit_is_not_judged(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []


@pytest.mark.parametrize(
    "source, translation, message",
    [
        # A limit of the time itself makes no window.
        (
            "Take it for up to 3 days.",
            "Tómelo cada 3 días como máximo.",
            "'for up to 3 days' in the source is 'cada 3 días' in the translation: "
            "every 3 days (an interval), not for 3 days (a duration)",
        ),
        (
            "Take 1 tablet every 4 hours for up to 3 days.",
            "Tome 1 comprimido durante 4 horas hasta 3 días.",
            "'every 4 hours' in the source is 'durante 4 horas' in the translation: "
            "for 4 hours (a duration), not every 4 hours (an interval)",
        ),
        # A limit of another clause makes none in this one.
        (
            "Take 1 tablet every 4 hours, up to 4 times a day.",
            "Tome 1 comprimido durante 4 horas, como máximo 4 veces al día.",
            "'every 4 hours' in the source is 'durante 4 horas' in the translation: "
            "for 4 hours (a duration), not every 4 hours (an interval)",
        ),
    ],
)
def test_a_limit_of_the_time_itself_or_of_another_clause_is_still_judged(catalogs, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale="es", check="units"))
    assert finding.message == message


def test_fuer_alle_is_no_interval(catalogs):
    assert catalogs.findings(FOR_5_DAYS, "Nehmen Sie es für alle 5 Tage ein.", locale="de", check="units") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # "por" before a number of hours or days is "for": a duration kept.
        ("es", FOR_5_DAYS, "Tómelo por 5 días."),
        ("ko_KR", "Take it for 4 hours.", "4시간 내내 복용하세요."),
        # "por" in its other senses, next to an interval kept.
        ("es", EVERY_4_HOURS, "Tome 1 comprimido por vía oral cada 4 horas."),
        ("es", EVERY_4_HOURS, "Tome 1 comprimido cada 4 horas, 2 veces por día como máximo."),
        ("es", "Give 10 mg per kg every 8 hours.", "Administre 10 mg por kg cada 8 horas."),
        # "por" after a count of times or doses, or after an amount: per, a rate, as "every" is.
        ("es", "Take it 2 times every 24 hours.", "Tómelo 2 veces por 24 horas."),
        ("es", "Take it once every 24 hours.", "Tómelo 1 vez por 24 horas."),
        ("es", "Take 2 doses every 24 hours.", "Tome 2 dosis por 24 horas."),
        ("es", "Give 4 g every 24 hours.", "Administre 4 g por 24 horas."),
        ("es", "Give 500 mg every 12 hours.", "Administre 500 mg por 12 horas."),
        # and in Portuguese
        ("pt", FOR_5_DAYS, "Tome-o por 5 dias."),
        ("pt", EVERY_4_HOURS, "Tome 1 comprimido por via oral a cada 4 horas."),
        ("pt", "Take it 2 times every 24 hours.", "Tome-o 2 vezes por 24 horas."),
        ("pt", "Take 2 doses every 24 hours.", "Tome 2 doses por 24 horas."),
        ("pt", "Give 500 mg every 12 hours.", "Administre 500 mg por 12 horas."),
    ],
)
def test_por_and_naenae_said_as_the_source_says_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []


def test_an_interval_said_por_days_is_an_error(catalogs):
    finding = only(catalogs.findings("Take it every 5 days.", "Tómelo por 5 días.", locale="es", check="units"))
    assert finding.message == (
        "'every 5 days' in the source is 'por 5 días' in the translation: "
        "for 5 days (a duration), not every 5 days (an interval)"
    )


# Two weeks said as fifteen days, as French, Spanish and Portuguese say a fortnight (a language's
# ``customary_periods``): the same period, every number kept. Only fifteen, only for two weeks,
# and only where the language says so (German `alle 15 Tage` is not 14-tägig).
@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", "You will have an injection every 2 weeks.", "Recibirá una inyección cada 15 días."),
        ("es", "You will have an injection every 2 weeks.", "Recibirá una inyección cada quince días."),
        ("es", "Take it for two weeks.", "Tómelo durante quince días."),
        ("fr", "Take one capsule a day for two weeks.", "Prenez une gélule par jour pendant quinze jours."),
        ("fr", "Take one capsule a day for 2 weeks.", "Prenez une gélule par jour pendant 15 jours."),
        ("fr", "Take two tablets a day for two weeks.", "Prenez deux comprimés par jour pendant quinze jours."),
        ("pt_BR", "You will have an injection every 2 weeks.", "Você receberá uma injeção a cada 15 dias."),
        ("pt_BR", "Take it for two weeks.", "Tome durante quinze dias."),
    ],
)
def test_two_weeks_said_as_fifteen_days_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", "You will have an injection every 2 weeks.", "Recibirá una inyección cada 14 días."),
        ("es", "You will have an injection every 2 weeks.", "Recibirá una inyección cada 2 semanas."),
        ("es", "You will have an injection every 15 days.", "Recibirá una inyección cada 15 días."),
        ("fr", "Take one capsule a day for two weeks.", "Prenez une gélule par jour pendant 14 jours."),
        ("fr", "Take one capsule a day for two weeks.", "Prenez une gélule par jour pendant quatorze jours."),
        ("fr", "Take one capsule a day for fifteen days.", "Prenez une gélule par jour pendant quinze jours."),
    ],
)
def test_two_weeks_said_as_fourteen_days_or_two_weeks_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation, check, message",
    [
        (
            "es",
            "You will have an injection every 3 weeks.",
            "Recibirá una inyección cada 15 días.",
            "numbers",
            "3 in the source is missing from the translation (the translation has 15)",
        ),
        (
            "es",
            "You will have an injection every 2 weeks.",
            "Recibirá una inyección cada 16 días.",
            "numbers",
            "2 in the source is missing from the translation (the translation has 16)",
        ),
        (
            "fr",
            "Take one capsule a day for three weeks.",
            "Prenez une gélule par jour pendant quinze jours.",
            "number-words",
            "'three' (3) in the source is missing from the translation",
        ),
        (
            "fr",
            "Take two tablets a day for two weeks.",
            "Prenez un comprimé par jour pendant quinze jours.",  # one tablet: the fifteen days are the weeks' two
            "number-words",
            "'two' (2) is said 2 times in the source and 1 in the translation",
        ),
        (
            "de",
            "You will have an injection every 2 weeks.",
            "Sie erhalten alle 15 Tage eine Spritze.",
            "numbers",
            "2 in the source is missing from the translation (the translation has 15)",
        ),
        (
            "es",
            "You will have an injection every 2 weeks.",
            "Recibirá una inyección durante 15 días.",
            "units",
            "'every 2 weeks' in the source is 'durante 15 días' in the translation: for 2 weeks (a duration), "
            "not every 2 weeks (an interval)",
        ),
        (
            "es",
            "Take it for 2 weeks.",
            "Tómelo cada 15 días.",
            "units",
            "'for 2 weeks' in the source is 'cada 15 días' in the translation: every 2 weeks (an interval), "
            "not for 2 weeks (a duration)",
        ),
    ],
)
def test_fifteen_days_for_another_period_or_reading_is_still_an_error(
    catalogs, locale, source, translation, check, message
):
    finding = only(catalogs.findings(source, translation, locale=locale))
    assert (finding.check, finding.severity, finding.message) == (check, "error", message)


@pytest.mark.parametrize(
    ("locale", "translation", "said"),
    [
        (
            "fr",
            "Prenez 2 comprimés pendant les 4 premières heures et les 3 premiers jours.",
            "pendant les 4 premières heures",
        ),
        (
            "es",
            "Tome 2 comprimidos durante las 4 primeras horas y los 3 primeros días.",
            "durante las 4 primeras horas",
        ),
        (
            "pt_BR",
            "Tome 2 comprimidos durante as 4 primeiras horas e os 3 primeiros dias.",
            "durante as 4 primeiras horas",
        ),
    ],
)
def test_an_interval_said_as_the_first_hours_is_an_error(catalogs, locale, translation, said):
    """'pendant les 4 premières heures' (for the first 4 hours) is a duration, as 'for the first' is."""
    source = "Take 2 tablets every 4 hours for the first 3 days."
    finding = only(catalogs.findings(source, translation, locale=locale, check="units"))
    assert finding.message == (
        f"'every 4 hours' in the source is '{said}' in the translation: for 4 hours (a duration), "
        "not every 4 hours (an interval)"
    )


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("fr", "Prenez 2 comprimés toutes les 4 heures pendant les 3 premiers jours."),
        ("es", "Tome 2 comprimidos cada 4 horas durante los 3 primeros días."),
        ("pt_BR", "Tome 2 comprimidos a cada 4 horas durante os 3 primeiros dias."),
    ],
)
def test_an_interval_kept_beside_the_first_days_passes(catalogs, locale, translation):
    assert catalogs.findings("Take 2 tablets every 4 hours for the first 3 days.", translation, locale=locale) == []
