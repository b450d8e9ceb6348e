"""How often a dose is given: "a day" is a rate, not a count of one day.

A new-user review changed the shipped Korean "once a day" to "twice a day"
(and a dose given a day to one given a week or an hour) and `check` said
0 errors.  Two rules close it:

- [number-words]: a word for one period said as a rate (하루에, 하루 두 번,
  일주일에, 一天兩次) is the translation of "a day", not the number 1;
  하루 동안 (for one day) and 하루 전 (a day before) still count one day;
- [units]: a rate of the source ("1 g/kg a day", "once a day") keeps its
  period in the translation: dropped, or said per week or per hour instead,
  it is an error naming both.

A reviewer then swapped the daily and the total dose of the shipped Korean
(하루에 2 g/kg … 모두 합해 400 mg/kg: five times the dose each day) and
`check` said 0 errors, because "per day" could stand anywhere in the dose's
sentence.  [units] rule 5: the rate is said of the quantity the source says
it of.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

# The shipped leaflet's sentences (source/ivig-ten.md) the reviewer edited.
ONCE_A_DAY = "Most often, the whole dose is 2 to 3 g/kg. It is split into infusions given once a day for 3 to 5 days."
ONCE_A_DAY_KO = "전체 용량은 2~3 g/kg인 경우가 가장 많습니다. 이 용량을 나누어 {} 3~5일 동안 주입합니다."
ONE_G_A_DAY = "1 g/kg a day for 3 days (3 g/kg in total)"
ONE_G_A_DAY_KO = "{}1 g/kg(체중 1 kg당 1 g)씩 3일 동안(모두 합해 3 g/kg)"
CASE = "He then got IVIG at 400 mg/kg (0.4 g/kg) a day for 5 days, 2 g/kg in total, and his skin got better."
CASE_KO = (
    "그 뒤 이 환자는 IVIG를 {} 400 mg/kg(0.4 g/kg), 즉 체중 1 kg당 400 mg씩 5일 동안, "
    "모두 합해 2 g/kg을 맞았고, 피부가 좋아졌습니다."
)


def units_error(catalogs, locale: str, source: str, translation: str) -> str:
    """The message of the translation's one finding, which must be a [units] error."""
    finding = only(catalogs.findings(source, translation, locale=locale), None)
    assert (finding.check, finding.severity) == ("units", "error")
    return finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("하루에 두 번씩")),
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("하루에 세 번씩")),
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("하루 두 번")),
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("1일 2회")),
        ("ko_KR", "Take 1 tablet a day.", "하루에 두 알 드세요."),
        ("zh_TW", ONCE_A_DAY, "最常見的總劑量是 2 至 3 g/kg，分成幾次輸注，一天兩次，連續 3 至 5 天。"),
        (
            "es",
            ONCE_A_DAY,
            "La dosis total es de 2 a 3 g/kg. Se divide en infusiones que se dan dos veces al día durante 3 a 5 días.",
        ),
    ],
)
def test_once_a_day_said_more_often_is_an_error(catalogs, locale, source, translation):
    """하루 (a day) in 하루에 두 번 is no "once": the translation says 2 and never 1."""
    finding = only(catalogs.findings(source, translation, locale=locale), None)
    assert finding.check in ("number-words", "numbers") and finding.severity == "error"
    assert "(1) in the source is missing" in finding.message or "1 in the source is missing" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation, says",
    [
        # once a day -> once a week, once every two days
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("일주일에 한 번씩"), "says per week (일주일에) and nothing per day"),
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("이틀에 한 번씩"), "says nothing per day"),
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("한 달에 한 번씩"), "says per month (한 달에) and nothing per day"),
        # a dose a day -> a week, nothing, an hour
        ("ko_KR", ONE_G_A_DAY, ONE_G_A_DAY_KO.format("일주일에 "), "says per week (일주일에) and nothing per day"),
        ("ko_KR", ONE_G_A_DAY, ONE_G_A_DAY_KO.format(""), "says nothing per day"),
        ("ko_KR", CASE, CASE_KO.format("한 시간에"), "says per hour (한 시간에) and nothing per day"),
        ("ko_KR", CASE, CASE_KO.format(""), "says nothing per day"),
        ("ko_KR", CASE, CASE_KO.format("하루 동안"), "says nothing per day"),  # for one day: a count, no rate
        ("ko_KR", "Take 2 tablets a week.", "하루에 두 알씩 드세요.", "says per day (하루에) and nothing per week"),
        ("ko_KR", "Take it 3 times a week.", "하루에 세 번 드세요.", "says per day (하루에) and nothing per week"),
        (
            "zh_TW",
            ONCE_A_DAY,
            "最常見的總劑量是 2 至 3 g/kg，分成幾次輸注，每週一次，連續 3 至 5 天。",
            "per week (每週)",
        ),
        ("zh_TW", ONE_G_A_DAY, "每週 1 g/kg，連續 3 天（總共 3 g/kg）", "says per week (每週) and nothing per day"),
        ("zh_TW", ONE_G_A_DAY, "1 g/kg，連續 3 天（總共 3 g/kg）", "says nothing per day"),
        (
            "es",
            ONCE_A_DAY,
            "La dosis total es de 2 a 3 g/kg. Se divide en infusiones que se dan una vez a la semana durante 3 a 5 días.",
            "per week (a la semana)",
        ),
        ("es", ONE_G_A_DAY, "1 g/kg por semana durante 3 días (3 g/kg en total)", "per week (por semana)"),
        ("es", ONE_G_A_DAY, "1 g/kg durante 3 días (3 g/kg en total)", "says nothing per day"),
        ("ar", ONE_G_A_DAY, "1 g/kg أسبوعيا لمدة 3 أيام (3 g/kg في المجموع)", "per week (أسبوعيا)"),
        ("ar", ONE_G_A_DAY, "1 g/kg لمدة 3 أيام (3 g/kg في المجموع)", "says nothing per day"),
    ],
)
def test_a_rate_dropped_or_said_per_another_period_is_an_error(catalogs, locale, source, translation, says):
    message = units_error(catalogs, locale, source, translation)
    assert "(per day) in the source" in message or "(per week) in the source" in message
    assert says in message


def test_the_message_names_the_source_words_and_what_the_translation_says(catalogs):
    finding = only(catalogs.findings(ONE_G_A_DAY, ONE_G_A_DAY_KO.format("일주일에 ")), "units")
    assert finding.message == (
        "'1 g/kg a day' (per day) in the source: the translation says per week (일주일에) and nothing per day"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("하루에 한 번씩")),
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("하루 한 번")),
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("1일 1회")),
        ("ko_KR", ONCE_A_DAY, ONCE_A_DAY_KO.format("매일 한 번씩")),
        ("ko_KR", ONE_G_A_DAY, ONE_G_A_DAY_KO.format("하루에 ")),
        ("ko_KR", ONE_G_A_DAY, ONE_G_A_DAY_KO.format("매일 ")),
        ("ko_KR", ONE_G_A_DAY, "1 g/kg/일(체중 1 kg당 1 g)씩 3일 동안(모두 합해 3 g/kg)"),
        ("ko_KR", ONE_G_A_DAY, "1일 1 g/kg씩 3일 동안(모두 합해 3 g/kg)"),
        ("ko_KR", CASE, CASE_KO.format("하루에")),
        ("ko_KR", CASE, CASE_KO.format("날마다")),
        ("ko_KR", "Take 2 tablets twice a day.", "하루 2회, 2알씩 드세요."),
        ("ko_KR", "Take it once a week.", "일주일에 한 번 드세요."),
        ("ko_KR", "Take it once a week.", "매주 한 번 드세요."),
        ("ko_KR", "Take it once a month.", "한 달에 한 번 드세요."),
        ("ko_KR", "Infuse 100 mL an hour.", "한 시간에 100 mL씩 주입합니다."),
        ("ko_KR", "Infuse 100 mL an hour.", "시간당 100 mL씩 주입합니다."),
        ("ko_KR", "Drink at least 2 L of water a day.", "하루에 물을 2 L 이상 마시세요."),
        ("ko_KR", "Check your skin every day.", "매일 피부를 확인하세요."),
        # one day as a count: no rate in the source, 하루 still says 1
        ("ko_KR", "Stop it 1 day before surgery.", "수술 하루 전에 끊으세요."),
        ("ko_KR", "The rash lasts 1 day.", "발진은 하루 동안 지속됩니다."),
        ("ko_KR", "Wait 1 hour 30 minutes.", "1시간 30분 기다리세요."),
        ("ko_KR", "It is given over 1 hour.", "1시간에 걸쳐 투여합니다."),
        ("ko_KR", "Take it 3 times a week.", "일주일에 세 번 드세요."),
        ("ko_KR", "Take no more than 4 g a day.", "하루 최대 4 g까지만 드세요."),
        ("ko_KR", "It takes 30 minutes to an hour.", "30분에서 1시간 정도 걸립니다."),  # a duration, no rate
        # half of a period: a length of time, no "an hour" said per hour
        ("ko_KR", "Wait half an hour.", "30분 기다리세요."),
        ("ko_KR", "Wait half an hour.", "반 시간 기다리세요."),
        ("es", "Wait half an hour.", "Espere media hora."),
        ("ar", "Wait half an hour.", "انتظر نصف ساعة."),
        ("ar", "It can last half a day.", "قد يستمر نصف يوم."),
        # the hour of a length said in words is no per word: "an hour and a half" is 90 minutes
        ("ko_KR", "Wait an hour and a half.", "1시간 30분 기다리세요."),
        ("es", "Wait an hour and a half.", "Espere una hora y media."),
        ("de", "Wait a quarter of an hour.", "Warten Sie eine Viertelstunde."),
        ("ko_KR", "Infusions are given 2 to 3 times a week.", "주입은 일주일에 2~3회 합니다."),
        ("zh_TW", "Take no more than 4 g a day.", "一天最多 4 g。"),
        ("zh_TW", ONCE_A_DAY, "最常見的總劑量是 2 至 3 g/kg，分成幾次輸注，每天一次，連續 3 至 5 天。"),
        ("zh_TW", ONE_G_A_DAY, "每天 1 g/kg，連續 3 天（總共 3 g/kg）"),
        ("zh_TW", "Take it once a week.", "一週一次。"),
        ("es", ONE_G_A_DAY, "1 g/kg al día durante 3 días (3 g/kg en total)"),
        ("zh_TW", ONCE_A_DAY, "最常見的總劑量是 2 至 3 g/kg，分成幾次輸注，一天一次，連續 3 至 5 天。"),
        ("zh_TW", CASE, "之後他每天接受 400 mg/kg（0.4 g/kg）的 IVIG，連續 5 天，總共 2 g/kg，皮膚情況就好轉了。"),
        (
            "es",
            ONCE_A_DAY,
            "Casi siempre, la dosis total es de 2 a 3 g/kg. "
            "Se divide en infusiones que se dan una vez al día durante 3 a 5 días.",
        ),
        ("es", ONE_G_A_DAY, "1 g/kg por día durante 3 días (3 g/kg en total)"),
        ("es", ONE_G_A_DAY, "1 g/kg diarios durante 3 días (3 g/kg en total)"),
        ("ar", ONE_G_A_DAY, "1 g/kg يوميا لمدة 3 أيام (3 g/kg في المجموع)"),
        (
            "ar",
            ONCE_A_DAY,
            "في أغلب الأحيان تكون الجرعة الكاملة من 2 إلى 3 g/kg. "
            "وتقسم على عدة جلسات تسريب، مرة واحدة في اليوم لمدة 3 إلى 5 أيام.",
        ),
    ],
)
def test_a_rate_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


_PER_KG_PER_HOUR = "The infusion rate is 2 mL per kg per hour."


# "per day" is "a day": "Take 400 mg per day" as 하루 400 mg을 드세요 was an error (*says per day
# only of a dose …, not how often*: "per day" was read into the quantity, so the rate had no
# dose and its 400 was taken for a count of times), while "400 mg a day" passed.
@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", "Take 400 mg per day.", "하루 400 mg을 드세요."),
        ("es", "Take 400 mg per day.", "Tome 400 mg por día."),
        ("zh_TW", "Drink 2 litres per day.", "每天喝2公升。"),
        ("ko_KR", "Give 100 mL per hour.", "시간당 100 mL을 투여합니다."),
        ("es", "Give 100 mL per hour.", "Administre 100 mL por hora."),
        ("ko_KR", "Give 400 mg/kg per day.", "하루 400 mg/kg을 투여합니다."),
        ("ko_KR", "Give 400 mg per kg per day.", "하루에 체중 1 kg당 400 mg을 투여합니다."),
        ("ko_KR", "Give 400 mg for each day of treatment.", "치료 기간 동안 하루 400 mg을 투여합니다."),
        ("ko_KR", "Give 0.5 mL per hour per kg.", "시간당 체중 1 kg당 0.5 mL을 투여합니다."),
        ("es", "Give 0.5 mL per hour per kg.", "Administre 0,5 mL por kg por hora."),
        # per kg and hour (day): how Spanish, German and Portuguese say the second per
        ("es", _PER_KG_PER_HOUR, "La velocidad de perfusión es de 2 ml por kg y hora."),
        ("de", _PER_KG_PER_HOUR, "Die Infusionsrate beträgt 2 ml pro kg und Stunde."),
        ("pt_BR", _PER_KG_PER_HOUR, "A velocidade de infusão é de 2 ml por kg e hora."),
        ("pt_BR", _PER_KG_PER_HOUR, "A velocidade de infusão é de 2 ml por kg e por hora."),
        ("fr", _PER_KG_PER_HOUR, "Le débit de perfusion est de 2 ml par kg et par heure."),
        ("es", "Give 20 mg/kg per day.", "Administre 20 mg por kg y día."),
        ("pt_BR", "Give 20 mg/kg per day.", "Administre 20 mg por kg e dia."),
    ],
)
def test_a_rate_said_with_per_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        (
            "ko_KR",
            "Take 400 mg per day.",
            "일주일에 400 mg을 드세요.",
            "'400 mg per day' (per day) in the source: the translation says per week (일주일에) and nothing per day",
        ),
        (
            "es",
            "Take 400 mg per day.",
            "Tome 400 mg.",
            "'400 mg per day' (per day) in the source: the translation says nothing per day",
        ),
        (
            "zh_TW",
            "Drink 2 litres per day.",
            "每週喝2公升。",
            "'2 litres per day' (per day) in the source: the translation says per week (每週) and nothing per day",
        ),
        (
            "ko_KR",
            "Give 100 mL per hour.",
            "하루에 100 mL을 투여합니다.",
            "'100 mL per hour' (per hour) in the source: the translation says per day (하루에) and nothing per hour",
        ),
        (
            "ko_KR",
            "Give 400 mg per kg per day.",
            "하루 400 mg을 투여합니다.",
            "400 mg per kg per day in the source is 400 mg in the translation: it does not say per kg",
        ),
        (
            "ko_KR",
            "Give 400 mg for each day of treatment.",
            "치료 기간 동안 400 mg을 투여합니다.",
            "'400 mg for each day' (per day) in the source: the translation says nothing per day",
        ),
        (
            "ko_KR",
            "Give 0.5 mL per hour per kg.",  # a per word between the per parts
            "시간당 0.5 mL을 투여합니다.",
            "0.5 mL per hour per kg in the source is 0.5 mL in the translation: it does not say per kg",
        ),
        (
            "ko_KR",
            "Give 0.5 mL per hour per kg.",
            "체중 1 kg당 0.5 mL을 투여합니다.",
            "'0.5 mL per hour' (per hour) in the source: the translation says nothing per hour",
        ),
        (
            "es",
            _PER_KG_PER_HOUR,
            "La velocidad de perfusión es de 2 ml por kg y día.",
            "'2 mL per kg per hour' (per hour) in the source: the translation says per day (y día) and nothing per hour",
        ),
        (
            "de",
            _PER_KG_PER_HOUR,
            "Die Infusionsrate beträgt 2 ml pro kg und Tag.",
            "'2 mL per kg per hour' (per hour) in the source: the translation says per day (und Tag) and nothing "
            "per hour",
        ),
        (
            "ko_KR",
            "Give 400 mg/kg per day for 5 days, 2 g/kg in total.",
            "하루에 2 g/kg, 즉 5일 동안, 모두 합해 400 mg/kg을 투여합니다.",
            "the translation gives 2 g/kg per day (하루에 2 g/kg) where the source gives '400 mg/kg per day': "
            "2 g/kg is not per day in the source",
        ),
    ],
)
def test_a_rate_said_with_per_dropped_or_changed_is_an_error(catalogs, locale, source, translation, message):
    assert units_error(catalogs, locale, source, translation) == message


# Per minute has its words as per hour does: 輸注速度請勿超過每分鐘每公斤0.8 mL (per minute per kg,
# said before the dose) for "0.8 mL/kg/min" was an error "does not say per minute", and a
# "0.5 mL per minute" said of no minute (0.5 mL을 투여합니다) passed once read as a rate.
@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("zh_TW", "Do not infuse over 0.8 mL/kg/min.", "輸注速度請勿超過每分鐘每公斤0.8 mL。"),
        ("zh_TW", "Infuse at 0.01 mL/kg/min.", "以每公斤每分鐘 0.01 mL 輸注。"),
        ("ko_KR", "Give 0.5 mL per minute.", "분당 0.5 mL을 투여합니다."),
        ("ko_KR", "Give 0.5 mL per minute.", "매분 0.5 mL을 투여합니다."),
        ("ko_KR", "Your heart may beat more than 100 times a minute.", "심장이 1분에 100번 넘게 뛸 수 있습니다."),
        ("zh_TW", "Give 0.5 mL per minute.", "每分鐘給予 0.5 mL。"),
        ("es", "Give 0.5 mL per minute.", "Administre 0,5 mL por minuto."),
        ("pt", "Give 0.5 mL per minute.", "Administre 0,5 mL por minuto."),
        ("fr", "Give 0.5 mL per minute.", "Administrez 0,5 mL par minute."),
        ("de", "Give 0.5 mL per minute.", "Geben Sie 0,5 mL pro Minute."),
        ("ar", "Give 0.5 mL per minute.", "أعط 0.5 mL في الدقيقة."),
    ],
)
def test_a_rate_per_minute_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation, says",
    [
        (
            "zh_TW",
            "Infuse at 0.8 mL per minute.",
            "以每小時0.8 mL輸注。",
            "says per hour (每小時) and nothing per minute",
        ),
        ("ko_KR", "Give 0.5 mL per minute.", "0.5 mL을 투여합니다.", "says nothing per minute"),
        ("ko_KR", "Give 0.5 mL per minute.", "매분기 0.5 mL을 투여합니다.", "says nothing per minute"),  # every quarter
        (
            "ko_KR",
            "Give 0.5 mL per minute.",
            "시간당 0.5 mL을 투여합니다.",
            "says per hour (시간당) and nothing per minute",
        ),
        ("es", "Give 0.5 mL per minute.", "Administre 0,5 mL.", "says nothing per minute"),
        ("pt", "Give 0.5 mL per minute.", "Administre 0,5 mL.", "says nothing per minute"),
        ("fr", "Give 0.5 mL per minute.", "Administrez 0,5 mL.", "says nothing per minute"),
        ("de", "Give 0.5 mL per minute.", "Geben Sie 0,5 mL.", "says nothing per minute"),
        ("ar", "Give 0.5 mL per minute.", "أعط 0.5 mL.", "says nothing per minute"),
        ("zh_TW", "Give 0.5 mL per minute.", "給予 0.5 mL。", "says nothing per minute"),
        ("zh_TW", "Give 0.5 mL a minute.", "每小時給予 0.5 mL。", "says per hour (每小時) and nothing per minute"),
    ],
)
def test_a_rate_per_minute_dropped_or_changed_is_an_error(catalogs, locale, source, translation, says):
    assert says in units_error(catalogs, locale, source, translation)


def test_a_per_minute_per_kg_said_per_hour_in_chinese_is_an_error(catalogs):
    findings = catalogs.findings(
        "Do not infuse over 0.8 mL/kg/min.", "輸注速度請勿超過每小時每公斤0.8 mL。", locale="zh_TW"
    )
    assert [(f.check, f.severity, f.message) for f in findings] == [
        ("units", "error", "0.8 mL/kg/min in the source is 0.8 mL in the translation: it does not say per minute"),
        ("units", "error", "the translation says per hour (每小時); the source says how often only per minute"),
    ]


# --- which quantity the rate is said of (rule 5) -------------------------------------

CASE_SWAPPED_KO = (
    "그 뒤 이 환자는 IVIG를 하루에 2 g/kg, 즉 5일 동안, 모두 합해 400 mg/kg(0.4 g/kg), 즉 체중 1 kg당 400 mg을 "
    "맞았고, 피부가 좋아졌습니다."
)
OVER_4_HOURS = "Give 400 mg/kg a day, infused over 4 hours."
AN_HOUR = "Infuse 100 mL an hour for 4 hours (400 mL in total)."
POINT_4_A_DAY = "0.4 g/kg a day for 5 days (2 g/kg in total)"  # source/ivig-ten.md, as ONE_G_A_DAY
PER_DAY_UNIT = "1 g/kg/day for 3 days (3 g/kg in total)"  # a rate written only in the unit
PER_DAY_UNIT_TOTAL = "Give 400 mg/kg/day for 5 days (2 g/kg in total)."


def test_the_daily_and_the_total_dose_swapped_is_an_error(catalogs):
    """The reviewer's edit of the shipped leaflet: 2 g/kg a day is five times the dose."""
    assert units_error(catalogs, "ko_KR", CASE, CASE_SWAPPED_KO) == (
        "the translation gives 2 g/kg per day (하루에 2 g/kg) where the source gives "
        "'400 mg/kg (0.4 g/kg) a day': 2 g/kg is not per day in the source"
    )


@pytest.mark.parametrize(
    "locale, source, translation, gives",
    [
        (
            "es",
            CASE,
            "Luego recibió IVIG a 2 g/kg al día durante 5 días, 400 mg/kg (0,4 g/kg) en total, y su piel mejoró.",
            "2 g/kg per day (2 g/kg al día)",
        ),
        (
            "zh_TW",
            CASE,
            "之後他接受 IVIG，每天 2 g/kg（2000 mg/kg），連續 5 天，總共 400 mg/kg（0.4 g/kg），皮膚情況就好轉了。",
            "2 g/kg per day (每天 2 g/kg（2000 mg/kg）)",
        ),
        (
            "ar",
            CASE,
            "ثم تلقى IVIG بجرعة 2 g/kg (2000 mg/kg) يوميا لمدة 5 أيام، أي 400 mg/kg (0.4 g/kg) في المجموع، فتحسن جلده.",
            "2 g/kg per day (2 g/kg (2000 mg/kg) يوميا)",  # the rate word with all of what it is said of
        ),
        # the total first, the daily dose after it
        (
            "ko_KR",
            CASE,
            CASE_KO.replace(
                "{} 400 mg/kg(0.4 g/kg), 즉 체중 1 kg당 400 mg씩 5일 동안, 모두 합해 2 g/kg을",
                "모두 합해 400 mg/kg(0.4 g/kg), 즉 하루에 2 g/kg씩 5일 동안",
            ),
            "2 g/kg per day (하루에 2 g/kg)",
        ),
        # 체중 1 kg당 between the rate word and the dose it is said of
        (
            "ko_KR",
            CASE,
            CASE_KO.replace(
                "{} 400 mg/kg(0.4 g/kg), 즉 체중 1 kg당 400 mg씩 5일 동안, 모두 합해 2 g/kg을",
                "하루에 체중 1 kg당 2 g씩 5일 동안, 모두 합해 400 mg/kg(0.4 g/kg)을",
            ),
            "2 g/kg per day (하루에 체중 1 kg당 2 g)",
        ),
        # the rate after the wrong dose, or written into it
        ("ko_KR", ONE_G_A_DAY, "3 g/kg을 하루에 3일 동안(모두 합해 1 g/kg)", "3 g/kg per day (3 g/kg을 하루에)"),
        ("ko_KR", ONE_G_A_DAY, "1 g/kg씩 3일 동안(모두 합해 3 g/kg/일)", "3 g/kg per day (3 g/kg/일)"),
        # moved from the dose to a duration
        ("ko_KR", OVER_4_HOURS, "400 mg/kg을 투여하며, 하루에 4시간씩 주입합니다.", "4 hours per day (하루에 4시간)"),
        ("es", OVER_4_HOURS, "Se dan 400 mg/kg, en infusión de 4 horas al día.", "4 hours per day (4 horas al día)"),
        # per hour: the total made the rate
        ("ko_KR", AN_HOUR, "시간당 400 mL씩 4시간 동안(총 100 mL) 주입합니다.", "400 mL per hour (시간당 400 mL)"),
        # a verb between the rate word and the dose it is said of (Chinese, Korean, Spanish word order)
        (
            "zh_TW",
            CASE,
            "之後他每天接受 2 g/kg 的 IVIG，共 400 mg/kg（0.4 g/kg），連續 5 天，皮膚情況就好轉了。",
            "2 g/kg per day (每天接受 2 g/kg)",
        ),
        ("zh_TW", POINT_4_A_DAY, "每天注射 2 g/kg，連續 5 天（總共 0.4 g/kg）", "2 g/kg per day (每天注射 2 g/kg)"),
        ("zh_TW", POINT_4_A_DAY, "總共 0.4 g/kg，每天給予 2 g/kg，連續 5 天", "2 g/kg per day (每天給予 2 g/kg)"),
        (
            "ko_KR",
            POINT_4_A_DAY,
            "하루에 투여받는 양은 2 g/kg이며 5일 동안(모두 합해 0.4 g/kg)",
            "2 g/kg per day (하루에 투여받는 양은 2 g/kg)",
        ),
        (
            "ko_KR",
            POINT_4_A_DAY,
            "하루에 투여받는 2 g/kg씩 5일 동안(모두 합해 0.4 g/kg)",
            "2 g/kg per day (하루에 투여받는 2 g/kg)",
        ),
        (
            "es",
            POINT_4_A_DAY,
            "Cada día se administran 2 g/kg durante 5 días (0,4 g/kg en total)",
            "2 g/kg per day (Cada día se administran 2 g/kg)",
        ),
        (
            "es",
            POINT_4_A_DAY,
            "Una dosis diaria de 2 g/kg durante 5 días (0,4 g/kg en total)",
            "2 g/kg per day (diaria de 2 g/kg)",
        ),
        (
            "es",
            POINT_4_A_DAY,
            "0,4 g/kg en total, administrados como 2 g/kg diarios durante 5 días",
            "2 g/kg per day (2 g/kg diarios)",
        ),
        (
            "ar",
            POINT_4_A_DAY,
            "يوميا تعطى 2 g/kg لمدة 5 أيام (0.4 g/kg في المجموع)",
            "2 g/kg per day (يوميا تعطى 2 g/kg)",
        ),
        # a rate written only in the unit (one finding: not also rule 2's "does not say per day")
        ("ko_KR", PER_DAY_UNIT, "하루에 3 g/kg씩 3일 동안(모두 합해 1 g/kg)", "3 g/kg per day (하루에 3 g/kg)"),
        ("ko_KR", PER_DAY_UNIT, "3 g/kg/일씩 3일 동안(모두 합해 1 g/kg)", "3 g/kg per day (3 g/kg/일)"),
        ("zh_TW", PER_DAY_UNIT, "每天 3 g/kg，連續 3 天（總共 1 g/kg）", "3 g/kg per day (每天 3 g/kg)"),
        ("es", PER_DAY_UNIT, "3 g/kg al día durante 3 días (1 g/kg en total)", "3 g/kg per day (3 g/kg al día)"),
        ("ar", PER_DAY_UNIT, "3 g/kg يوميا لمدة 3 أيام (1 g/kg في المجموع)", "3 g/kg per day (3 g/kg يوميا)"),
        # between the total and the dose, the rate word goes with the amount "each" (씩) day
        (
            "ko_KR",
            PER_DAY_UNIT_TOTAL,
            "총 400 mg/kg을 하루 2 g/kg씩 5일 동안 나누어 줍니다.",
            "2 g/kg per day (하루 2 g/kg)",
        ),
        (
            "ko_KR",
            CASE,
            "그 뒤 이 환자는 IVIG를 모두 합해 400 mg/kg(0.4 g/kg)을 하루에 2 g/kg씩 5일 동안 나누어 맞았고, "
            "피부가 좋아졌습니다.",
            "2 g/kg per day (하루에 2 g/kg)",
        ),
    ],
)
def test_a_rate_said_of_another_quantity_of_the_source_is_an_error(catalogs, locale, source, translation, gives):
    message = units_error(catalogs, locale, source, translation)
    assert message.startswith(f"the translation gives {gives} where the source gives '")


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the rate before the dose, after it (on its particle), as 매일 or 1일, the total first
        (
            "ko_KR",
            CASE,
            CASE_KO.replace("{} 400 mg/kg(0.4 g/kg), 즉 체중 1 kg당 400 mg씩", "하루 400 mg/kg(0.4 g/kg)씩"),
        ),
        (
            "ko_KR",
            CASE,
            "그 뒤 이 환자는 IVIG 400 mg/kg(0.4 g/kg)을 하루에 5일 동안, 모두 합해 2 g/kg을 맞았고, 피부가 좋아졌습니다.",
        ),
        (
            "ko_KR",
            CASE,
            "그 뒤 이 환자는 5일 동안 매일 IVIG 400 mg/kg(0.4 g/kg)씩, 모두 합해 2 g/kg을 맞았고, 피부가 좋아졌습니다.",
        ),
        (
            "ko_KR",
            CASE,
            "그 뒤 이 환자는 IVIG를 1일 400 mg/kg(0.4 g/kg)씩 5일간 총 2 g/kg 맞았고, 피부가 좋아졌습니다.",
        ),
        (
            "ko_KR",
            CASE,
            "그 뒤 이 환자는 IVIG를 모두 합해 2 g/kg, 즉 하루에 400 mg/kg(0.4 g/kg)씩 5일 동안 맞았고, 피부가 좋아졌습니다.",
        ),
        # the total right before 하루에 and the daily dose right after it: read either way, not judged
        (
            "ko_KR",
            CASE,
            "그 뒤 이 환자는 IVIG를 모두 합해 2 g/kg을 하루에 400 mg/kg(0.4 g/kg)씩 5일 동안 나누어 맞았고, "
            "피부가 좋아졌습니다.",
        ),
        ("ko_KR", "Give 2 g/kg in total, at most 400 mg/kg a day.", "총 2 g/kg을 하루 최대 400 mg/kg씩 나누어 줍니다."),
        # a duration of a day or more is never what a rate word is said of: 5일간 매일 is every day for 5 days
        (
            "ko_KR",
            CASE,
            "그 뒤 이 환자는 IVIG 400 mg/kg(0.4 g/kg)씩 5일간 매일, 모두 합해 2 g/kg을 맞았고, 피부가 좋아졌습니다.",
        ),
        # 매일 is said of what follows it closely: not of 2 g/kg three words on
        (
            "ko_KR",
            CASE,
            "그 뒤 이 환자는 IVIG를 400 mg/kg(0.4 g/kg)씩, 5일 동안 매일 맞아 모두 합해 2 g/kg을 맞았고, "
            "피부가 좋아졌습니다.",
        ),
        # the dose keeps its rate; a rate given to another quantity as well is not judged (no guess)
        ("ko_KR", "Take 400 mg a day and drink 2 L of water.", "하루에 400 mg을 드시고, 매일 2 L의 물을 마시세요."),
        (
            "ko_KR",
            "Take 400 mg/kg a day for 5 days, 2 g/kg in total, and drink 2 L of water.",
            "모두 2 g/kg을 하루 400 mg/kg씩 5일 동안 맞고, 매일 2 L의 물을 마시세요.",  # 하루: of either dose
        ),
        # "in a day" is no rate the source says of 2 g: which quantity it gives per day is not known
        (
            "ko_KR",
            "Take 500 mg a day. Never take more than 2 g in a day.",
            "500 mg씩, 매일 드세요. 하루에 2 g보다 많이 드시지 마세요.",
        ),
        ("ko_KR", OVER_4_HOURS, "400 mg/kg을 매일 4시간에 걸쳐 주입합니다."),
        ("ko_KR", OVER_4_HOURS, "4시간에 걸쳐 하루 400 mg/kg을 주입합니다."),
        ("ko_KR", AN_HOUR, "총 400 mL를 한 시간에 100 mL씩 4시간 동안 주입합니다."),
        # a rate word after a range or a list is said of each of its quantities
        ("ko_KR", "Give 400 mg/kg to 1 g/kg a day (2 g/kg in total).", "하루에 400 mg/kg~1 g/kg을 줍니다(총 2 g/kg)."),
        (
            "ko_KR",
            "Give 400 mg/kg to 1 g/kg a day (2 g/kg in total).",
            "하루에 400 mg/kg에서 많게는 1 g/kg까지 줍니다(총 2 g/kg).",
        ),
        ("ko_KR", "Give 1 g/kg or 2 g/kg a day.", "하루에 1 g/kg 또는 2 g/kg을 줍니다."),
        (
            "ko_KR",
            "Take 400 mg every 4 to 6 hours (no more than 2,400 mg a day).",
            "400 mg을 4~6시간마다 복용하되, 하루에 2,400 mg을 넘기지 마세요.",
        ),
        (
            "es",
            CASE,
            "Luego recibió 2 g/kg de IVIG en total: 400 mg/kg (0,4 g/kg) diarios durante 5 días, y su piel mejoró.",
        ),
        (
            "es",
            CASE,
            "Luego recibió IVIG durante 5 días, 400 mg/kg (0,4 g/kg) por día, 2 g/kg en total, y su piel mejoró.",
        ),
        ("zh_TW", CASE, "之後他總共接受 2 g/kg 的 IVIG，每天 400 mg/kg（0.4 g/kg），連續 5 天，皮膚情況就好轉了。"),
        ("ar", CASE, "ثم تلقى IVIG بجرعة 400 mg/kg (0.4 g/kg) في اليوم لمدة 5 أيام، أي 2 g/kg في المجموع، فتحسن جلده."),
        # a verb between the rate word and its dose
        ("zh_TW", POINT_4_A_DAY, "每天 0.4 g/kg，連續 5 天，總共 2 g/kg"),
        ("zh_TW", POINT_4_A_DAY, "每天接受 0.4 g/kg，連續 5 天，總共 2 g/kg"),
        ("zh_TW", POINT_4_A_DAY, "每天給予 0.4 g/kg，連續 5 天（總共 2 g/kg）"),
        ("zh_TW", POINT_4_A_DAY, "總共 2 g/kg，每天注射 0.4 g/kg，連續 5 天"),
        ("zh_TW", POINT_4_A_DAY, "總共 2 g/kg，分 5 天給予，每天 0.4 g/kg"),
        ("zh_TW", CASE, "之後他每天都接受 400 mg/kg（0.4 g/kg）的 IVIG，連續 5 天，總共 2 g/kg，皮膚情況就好轉了。"),
        ("zh_TW", CASE, "之後他連續 5 天每天接受 IVIG 400 mg/kg（0.4 g/kg），總共 2 g/kg，皮膚情況就好轉了。"),
        ("ko_KR", POINT_4_A_DAY, "하루에 투여받는 양은 0.4 g/kg이며 5일 동안(모두 합해 2 g/kg)"),
        ("ko_KR", POINT_4_A_DAY, "모두 합해 2 g/kg을, 하루에 0.4 g/kg씩 5일 동안 투여받습니다"),
        ("es", POINT_4_A_DAY, "Cada día se administran 0,4 g/kg durante 5 días (2 g/kg en total)"),
        ("es", POINT_4_A_DAY, "Al día se administran 0,4 g/kg durante 5 días (2 g/kg en total)"),
        ("es", POINT_4_A_DAY, "Una dosis diaria de 0,4 g/kg durante 5 días (2 g/kg en total)"),
        ("es", POINT_4_A_DAY, "2 g/kg en total, administrados como 0,4 g/kg diarios durante 5 días"),
        # a total between the rate word and a dose: the dose is the whole course, not the rate's
        (
            "ko_KR",
            CASE,
            "그 뒤 이 환자는 5일 동안 IVIG를 매일 맞아 총 2 g/kg을, 한 번에 400 mg/kg(0.4 g/kg)씩 맞았고, 피부가 좋아졌습니다.",
        ),
        ("zh_TW", CASE, "之後他連續 5 天每天輸注總共 2 g/kg 的 IVIG，每次 400 mg/kg（0.4 g/kg），皮膚情況就好轉了。"),
        (
            "ar",
            CASE,
            "ثم تلقى IVIG يوميا بإجمالي 2 g/kg لمدة 5 أيام، بجرعة 400 mg/kg (0.4 g/kg) في كل مرة، فتحسن جلده.",
        ),
        # a count between the rate word and a dose: the rate is said of the count (in two a day), not of the dose
        ("zh_TW", "Give 1 g/kg a day, split into 2 infusions of 500 mg/kg.", "每天分兩次輸注 500 mg/kg，共 1 g/kg。"),
        # a rate written only in the unit
        ("ko_KR", PER_DAY_UNIT, "1 g/kg/일씩 3일 동안(모두 합해 3 g/kg)"),
        ("ko_KR", PER_DAY_UNIT, "하루에 1 g/kg씩 3일 동안(모두 합해 3 g/kg)"),
        ("zh_TW", PER_DAY_UNIT, "每天 1 g/kg，連續 3 天（總共 3 g/kg）"),
        ("es", PER_DAY_UNIT, "1 g/kg al día durante 3 días (3 g/kg en total)"),
        ("ar", PER_DAY_UNIT, "1 g/kg يوميا لمدة 3 أيام (3 g/kg في المجموع)"),
        ("ko_KR", PER_DAY_UNIT_TOTAL, "총 2 g/kg을 하루 400 mg/kg씩 5일 동안 나누어 줍니다."),
        ("ko_KR", PER_DAY_UNIT_TOTAL, "400 mg/kg/일을 5일 동안 줍니다(총 2 g/kg)."),
        # the source says "per day" in another way too: which of its doses are daily is not known
        (
            "ko_KR",
            "Give 400 mg/kg/day. Never give more than 2 g/kg in a day.",
            "하루에 400 mg/kg을 주세요. 하루에 2 g/kg 넘게 주지 마세요.",
        ),
    ],
)
def test_a_rate_said_of_its_own_quantity_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


# --- a count's period given to the whole dose (rule 5) ---------------------------------
# "once a day" is said of no dose: the whole dose said per day is the whole course each day.


@pytest.mark.parametrize(
    "locale, translation, gives",
    [
        # the period moved from the count to the whole dose
        (
            "ko_KR",
            "전체 용량은 하루 2~3 g/kg인 경우가 가장 많습니다. 이 용량을 나누어 한 번씩 3~5일 동안 주입합니다.",
            "2 to 3 g/kg per day (하루 2~3 g/kg)",
        ),
        (
            "es",
            "Casi siempre, la dosis es de 2 a 3 g/kg al día. Se divide en infusiones que se dan una vez durante 3 a 5 días.",
            "2 to 3 g/kg per day (2 a 3 g/kg al día)",
        ),
        # said of the whole dose as well as of the count
        (
            "ko_KR",
            "전체 용량은 하루에 2~3 g/kg인 경우가 가장 많습니다. 이 용량을 나누어 하루에 한 번씩 3~5일 동안 주입합니다.",
            "2 to 3 g/kg per day (하루에 2~3 g/kg)",
        ),
        (
            "ko_KR",
            "하루 용량은 2~3 g/kg인 경우가 가장 많습니다. 이 용량을 하루에 한 번씩 3~5일 동안 주입합니다.",
            "2 to 3 g/kg per day (하루 용량은 2~3 g/kg)",
        ),
        (
            "zh_TW",
            "最常見的劑量是每天 2 至 3 g/kg，每天一次，連續 3 至 5 天。",
            "2 to 3 g/kg per day (每天 2 至 3 g/kg)",
        ),
        (
            "es",
            "Casi siempre, la dosis diaria es de 2 a 3 g/kg. Se da una vez al día durante 3 a 5 días.",
            "2 to 3 g/kg per day (diaria es de 2 a 3 g/kg)",
        ),
        (
            "ar",
            "في أغلب الأحيان تكون الجرعة اليومية من 2 إلى 3 g/kg. "
            "وتقسم على عدة جلسات تسريب، مرة واحدة في اليوم لمدة 3 إلى 5 أيام.",
            "2 to 3 g/kg per day (اليومية من 2 إلى 3 g/kg)",
        ),
        (
            "ar",
            "في أغلب الأحيان تكون الجرعة الكاملة من 2 إلى 3 g/kg يوميا. "
            "وتقسم على عدة جلسات تسريب، مرة واحدة لمدة 3 إلى 5 أيام.",
            "2 to 3 g/kg per day (2 إلى 3 g/kg يوميا)",
        ),
    ],
)
def test_the_whole_dose_said_per_day_is_an_error(catalogs, locale, translation, gives):
    """2 to 3 g/kg a day for 3 to 5 days is 3 to 5 times the whole dose."""
    assert units_error(catalogs, locale, ONCE_A_DAY, translation) == (
        f"the translation gives {gives} where the source gives 'once a day': "
        "2 to 3 g/kg is the whole dose in the source, not per day"
    )


TOTAL_ONCE_A_DAY = "Give 2 g/kg in total, split into infusions given once a day for 5 days."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the count keeps its period, said right after the whole dose
        ("ko_KR", TOTAL_ONCE_A_DAY, "모두 2 g/kg을 하루 한 번씩 5일 동안 나누어 줍니다."),
        ("ko_KR", TOTAL_ONCE_A_DAY, "모두 2 g/kg을 하루에 한 번씩 5일 동안 나누어 줍니다."),
        ("ko_KR", ONCE_A_DAY, "전체 용량 2~3 g/kg을 하루 1회씩 3~5일 동안 나누어 주입합니다."),
        ("zh_TW", TOTAL_ONCE_A_DAY, "總共 2 g/kg 每天一次，連續 5 天。"),
        ("zh_TW", ONCE_A_DAY, "總劑量通常是 2 至 3 g/kg，每天輸注一次，連續 3 至 5 天。"),
        ("es", TOTAL_ONCE_A_DAY, "Se dan 2 g/kg en total, en infusiones una vez al día durante 5 días."),
        ("ar", TOTAL_ONCE_A_DAY, "تعطى 2 g/kg في المجموع، مقسمة على جلسات تسريب مرة واحدة في اليوم لمدة 5 أيام."),
        # a dose the source does not call the whole: once a day, it is the day's dose
        ("ko_KR", "Take 400 mg. Take it once a day.", "하루 400 mg을 드세요. 하루에 한 번 드세요."),
        ("ko_KR", "Take 500 mg. Take it twice a day.", "하루에 500 mg을 두 번 드세요."),
        ("es", "Take 400 mg. Take it once a day.", "Tome 400 mg al día. Tómelo una vez al día."),
    ],
)
def test_a_count_kept_with_its_period_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


TWICE_A_DAY = "Take 500 mg. Take it twice a day."


@pytest.mark.parametrize(
    "locale, source, translation, taken",
    [
        ("ko_KR", TWICE_A_DAY, "하루 500 mg을 드세요. 두 번 드세요.", "하루 500 mg"),
        ("es", TWICE_A_DAY, "Tome 500 mg al día. Tómelo dos veces.", "500 mg al día"),
        ("ar", TWICE_A_DAY, "تناول 500 ملغ يوميا. تناوله مرتين.", "500 ملغ يوميا"),
        ("zh_TW", TWICE_A_DAY, "每天 500 mg。服用兩次。", "每天 500 mg"),  # 。 ends a sentence, no space after it
        ("ko_KR", "Take 200 mg. Take it 3 times a week.", "일주일에 200 mg을 드세요. 세 번 드세요.", "일주일에 200 mg"),
    ],
)
def test_a_count_whose_period_went_to_the_dose_is_an_error(catalogs, locale, source, translation, taken):
    """500 mg a day, taken twice, is half of 500 mg twice a day."""
    period = "day" if "day" in source else "week"
    rate = source.split("Take it ")[1].rstrip(".")
    assert units_error(catalogs, locale, source, translation) == (
        f"'{rate}' (per {period}) in the source: the translation says per {period} only of a dose ({taken}), "
        "not how often"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", TWICE_A_DAY, "하루에 500 mg을 두 번 드세요."),  # the count in the rate word's sentence
        ("ko_KR", TWICE_A_DAY, "500 mg을 드세요. 하루에 두 번 드세요."),
        ("ko_KR", TWICE_A_DAY, "한 번에 500 mg씩, 하루 두 번 드세요."),
        ("es", TWICE_A_DAY, "Tome 500 mg. Tómelo dos veces al día."),
        ("ar", TWICE_A_DAY, "تناول 500 ملغ. تناوله مرتين يوميا."),
        ("zh_TW", TWICE_A_DAY, "每次 500 mg，每天兩次。"),
        # once a day, the dose is the day's dose
        ("ko_KR", "Take 400 mg. Take it once a day.", "하루 400 mg을 드세요. 한 번 드세요."),
    ],
)
def test_a_count_that_keeps_its_period_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


# --- "a daily dose of": a faithful rendering of "a day" (rule 4) -----------------------

A_DAY_FOR_5_DAYS = "Give 400 mg/kg a day for 5 days."


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "1일 투여량 400 mg/kg을 5일 동안 줍니다."),
        ("ko_KR", "1일 투여량은 400 mg/kg이며 5일 동안 줍니다."),
        ("ko_KR", "하루 투여량 400 mg/kg을 5일 동안 줍니다."),
        ("ko_KR", "1일 용량 400 mg/kg을 5일 동안 줍니다."),
        ("ko_KR", "일일 투여량 400 mg/kg을 5일 동안 줍니다."),
        ("ar", "جرعة يومية 400 ملغ/كغ لمدة 5 أيام."),
        ("ar", "الجرعة اليومية 400 mg/kg لمدة 5 أيام."),
        ("ar", "تعطى جرعة يومية قدرها 400 mg/kg لمدة 5 أيام."),
        ("es", "Dé una dosis diaria de 400 mg/kg durante 5 días."),
        ("es", "Dé dosis diarias de 400 mg/kg durante 5 días."),
        ("zh_TW", "每日劑量 400 mg/kg，連續 5 天。"),
        ("zh_TW", "每日劑量為 400 mg/kg，連續 5 天。"),
        ("zh_TW", "日劑量 400 mg/kg，連續 5 天。"),
        ("zh_TW", "日剂量为 400 mg/kg，连续 5 天。"),
    ],
)
def test_a_daily_dose_passes(catalogs, locale, translation):
    assert catalogs.findings(A_DAY_FOR_5_DAYS, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, translation, says",
    [
        ("ko_KR", "일주일 투여량 400 mg/kg을 5일 동안 줍니다.", "says per week (일주일) and nothing per day"),
        ("ko_KR", "주간 투여량 400 mg/kg을 5일 동안 줍니다.", "says nothing per day"),
        ("ko_KR", "투여량 400 mg/kg을 5일 동안 줍니다.", "says nothing per day"),
        ("ar", "جرعة أسبوعية 400 ملغ/كغ لمدة 5 أيام.", "says per week (أسبوعية) and nothing per day"),
        ("ar", "الجرعة الأسبوعية 400 mg/kg لمدة 5 أيام.", "says per week (الأسبوعية) and nothing per day"),
        ("ar", "جرعة 400 ملغ/كغ لمدة 5 أيام.", "says nothing per day"),
        ("es", "Dé una dosis semanal de 400 mg/kg durante 5 días.", "says per week (semanal) and nothing per day"),
        ("es", "Dé una dosis de 400 mg/kg durante 5 días.", "says nothing per day"),
        # "al día siguiente" is the next day, no rate
        ("es", "Dé una dosis de 400 mg/kg durante 5 días y vuelva al día siguiente.", "says nothing per day"),
        ("zh_TW", "每週劑量 400 mg/kg，連續 5 天。", "says per week (每週) and nothing per day"),
        ("zh_TW", "劑量 400 mg/kg，連續 5 天。", "says nothing per day"),
    ],
)
def test_a_weekly_dose_or_a_dose_of_no_period_is_an_error(catalogs, locale, translation, says):
    assert units_error(catalogs, locale, A_DAY_FOR_5_DAYS, translation) == (
        f"'400 mg/kg a day' (per day) in the source: the translation {says}"
    )


METHOTREXATE = "Take methotrexate once a week, on the same day each week."


@pytest.mark.parametrize(
    "locale, translation, says",
    [
        # once a *day*, the week kept in "each week": rule 4 has its week, the dose is daily
        ("ko_KR", "메토트렉세이트는 하루에 한 번, 매주 같은 요일에 드세요.", "per day (하루에)"),
        ("es", "Tome el metotrexato una vez al día, el mismo día cada semana.", "per day (al día)"),
        ("zh_TW", "每天服用一次甲氨蝶呤，每週固定在同一天。", "per day (每天)"),
        ("ar", "تناول الميثوتريكسات مرة واحدة يوميا، في اليوم نفسه من كل أسبوع.", "per day (يوميا)"),
        ("ko_KR", "매일 한 알씩 일주일에 한 번 드세요.", "per day (매일)"),
    ],
)
def test_a_period_the_source_never_says_is_an_error(catalogs, locale, translation, says):
    finding = only(catalogs.findings(METHOTREXATE, translation, locale=locale), "units")
    assert finding.severity == "error"
    assert finding.message == f"the translation says {says}; the source says how often only per week"


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", METHOTREXATE, "메토트렉세이트는 일주일에 한 번, 매주 같은 요일에 드세요."),
        ("ko_KR", METHOTREXATE, "메토트렉세이트는 주 1회, 매주 같은 요일에 복용하세요."),
        ("es", METHOTREXATE, "Tome el metotrexato una vez a la semana, siempre el mismo día."),
        ("zh_TW", METHOTREXATE, "甲氨蝶呤每週服用一次，每週固定在同一天。"),
        ("ar", METHOTREXATE, "تناول الميثوتريكسات مرة واحدة في الأسبوع، في اليوم نفسه من كل أسبوع."),
        # a period the source says elsewhere in the passage, or in a quantity's unit
        ("ko_KR", "Take it once a week. Check your skin every day.", "일주일에 한 번 드세요. 매일 피부를 살펴보세요."),
        ("ko_KR", "Take 2 g/kg/day once a week.", "일주일에 한 번, 하루 2 g/kg씩 드세요."),
        # the source says no rate: the translation's "daily" is no added frequency to judge here
        ("ko_KR", "Check your skin.", "매일 피부를 살펴보세요."),
    ],
)
def test_a_period_the_source_says_passes(catalogs, locale, source, translation):
    assert [f for f in catalogs.findings(source, translation, locale=locale) if f.check == "units"] == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", "Come back on day 21.", "21일에 다시 오세요."),
        ("ko_KR", "Take 2 tablets on day 11 and 21.", "11일과 21일에 두 알씩 드세요."),
    ],
)
def test_a_day_of_the_month_is_no_rate(catalogs, locale, source, translation):
    """The 1일에 in 21일에 (on day 21) is no "1일에" (a day, a rate): the 21 is read, and kept."""
    assert catalogs.findings(source, translation, locale=locale) == []


# --- a length of time that fills its period: "all the time", no rate -------------------

OPEN_ALL_DAY = "The helpline is open 24 hours a day."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", OPEN_ALL_DAY, "상담 전화는 24시간 운영합니다."),
        ("ko_KR", OPEN_ALL_DAY, "상담 전화는 하루 24시간 운영합니다."),  # 24 hours a day, word for word
        (
            "ko_KR",
            "Take 1 tablet once a week. The helpline is open 24 hours a day.",
            "일주일에 한 번 1정을 복용하세요. 상담 전화는 하루 24시간 운영합니다.",
        ),
        ("es", OPEN_ALL_DAY, "La línea de ayuda atiende las 24 horas del día."),
        ("zh_TW", OPEN_ALL_DAY, "諮詢專線24小時服務。"),
        ("ar", OPEN_ALL_DAY, "خط المساعدة مفتوح 24 ساعة."),
        ("ar", OPEN_ALL_DAY, "خط المساعدة مفتوح 24 ساعة في اليوم."),
        # beside a dose's rate, kept
        (
            "es",
            "Take 1 tablet a day. The helpline is open 24 hours a day.",
            "Tome 1 comprimido al día. La línea de ayuda atiende las 24 horas del día.",
        ),
    ],
)
def test_a_length_of_time_that_fills_its_period_is_no_rate_to_keep(catalogs, locale, source, translation):
    """ "24 hours a day" says the helpline never closes (availability, as "24/7" does): 24시간,
    las 24 horas del día, 24小時 say it without a word for "a day", and are no lost per-day rate."""
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        # said per another period: the helpline is open a day a week
        (
            "es",
            OPEN_ALL_DAY,
            "La línea de ayuda atiende 24 horas a la semana.",
            "'24 hours a day' (per day) in the source: the translation says per week (a la semana) and nothing per day",
        ),
        (
            "ko_KR",
            OPEN_ALL_DAY,
            "상담 전화는 일주일에 24시간 운영합니다.",
            "'24 hours a day' (per day) in the source: the translation says per week (일주일에) and nothing per day",
        ),
        # a length shorter than its period is a rate: 12 hours a day is not 12 hours once
        (
            "es",
            "Wear the patch 12 hours a day.",
            "Use el parche 12 horas.",
            "'12 hours a day' (per day) in the source: the translation says nothing per day",
        ),
        # a whole week is not excused: 7 días says "for 7 days"
        (
            "es",
            "Take it 7 days a week.",
            "Tómelo 7 días.",
            "'7 days a week' (per week) in the source: the translation says nothing per week",
        ),
        # a dose's rate beside it still counts
        (
            "es",
            "Take 1 tablet a day. The helpline is open 24 hours a day.",
            "Tome 1 comprimido. La línea de ayuda atiende las 24 horas del día.",
            "'1 tablet a day' (per day) in the source: the translation says nothing per day",
        ),
        (
            "es",
            "Take 1 tablet a day.",
            "Tome 1 comprimido.",
            "'1 tablet a day' (per day) in the source: the translation says nothing per day",
        ),
    ],
)
def test_a_rate_beside_or_instead_of_a_whole_period_is_still_judged(catalogs, locale, source, translation, message):
    assert units_error(catalogs, locale, source, translation) == message


@pytest.mark.parametrize(
    "locale, translation",
    [
        # all day, every day, said as one stretch of 24 hours
        ("es", "Use el oxígeno durante 24 horas."),
        ("ko_KR", "산소를 24시간 동안 사용하세요."),
        ("zh_TW", "持續使用氧氣24小時。"),
        ("ar", "استخدم الأكسجين لمدة 24 ساعة."),
    ],
)
def test_24_hours_a_day_said_as_a_duration_once_is_an_error(catalogs, locale, translation):
    assert units_error(catalogs, locale, "Use oxygen 24 hours a day.", translation) == (
        "'24 hours a day' (per day) in the source: the translation says nothing per day"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # a duration beside another length is not the 24 hours'; 내내 and طوال say all along
        ("es", "Use oxygen 24 hours a day for 7 days.", "Use el oxígeno las 24 horas del día durante 7 días."),
        ("ko_KR", "Use oxygen 24 hours a day.", "산소를 24시간 내내 사용하세요."),
        ("ar", "Use oxygen 24 hours a day.", "استخدم الأكسجين طوال 24 ساعة."),
    ],
)
def test_24_hours_a_day_said_all_day_beside_another_duration_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []


# --- per minute and per hour in the languages' words, and a moment that is no rate ---------------


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", "Give 2 mL per minute.", "1분에 2 mL를 투여합니다."),
        ("ko_KR", "Give 2 mL per minute.", "분당 2 mL를 투여합니다."),
        ("ko_KR", "Give 2 mL per minute.", "1분마다 2 mL를 투여합니다."),
        ("fr", "Give 2 mL per minute.", "Donnez 2 mL à la minute."),
        ("fr", "Give 2 mL per minute.", "Donnez 2 mL par minute."),
        ("fr", "Give 2 mL per hour.", "Donnez 2 mL à l'heure."),
        ("fr", "Give 2 mL per hour.", "Donnez 2 mL à l’heure."),
        ("de", "Give 2 mL per minute.", "Geben Sie minütlich 2 mL."),
        ("de", "Give 2 mL per minute.", "Geben Sie 2 mL pro Minute."),
        ("de", "Give 2 mL per minute.", "Geben Sie 2 mL je Minute."),
        ("de", "Give 2 mL per hour.", "Geben Sie stündlich 2 mL."),
        ("es", "Give 2 mL per minute.", "Administre 2 mL por minuto."),
        # "per kg per day" said as a day, then per kg (체중 kg당, 체중 1 kg에), then the dose
        ("ko_KR", "Give 0.4 g per kg per day.", "하루 체중 kg당 0.4 g을 투여합니다."),
        ("ko_KR", "Give 0.4 g per kg per day.", "하루 체중 1 kg에 0.4 g을 투여합니다."),
    ],
)
def test_per_minute_and_per_hour_in_words_pass(catalogs, locale, source, translation):
    """ "2 mL à la minute" (French), "minütlich" (German) were "says nothing per minute", and
    하루 체중 kg당 0.4 g "nothing per day": false errors that kept a correct page from release."""
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        (
            "fr",
            "Give 2 mL per minute.",
            "Donnez 2 mL à l'heure.",
            "'2 mL per minute' (per minute) in the source: the translation says per hour (à l'heure) "
            "and nothing per minute",
        ),
        (
            "de",
            "Give 2 mL per minute.",
            "Geben Sie stündlich 2 mL.",
            "'2 mL per minute' (per minute) in the source: the translation says per hour (stündlich) "
            "and nothing per minute",
        ),
        (
            "de",
            "Give 2 mL per hour.",
            "Geben Sie minütlich 2 mL.",
            "'2 mL per hour' (per hour) in the source: the translation says per minute (minütlich) "
            "and nothing per hour",
        ),
        (
            "fr",
            "Give 2 mL per hour.",
            "Donnez 2 mL à la minute.",
            "'2 mL per hour' (per hour) in the source: the translation says per minute (à la minute) "
            "and nothing per hour",
        ),
        (
            "es",
            "Give 2 mL per minute.",
            "Administre 2 mL por hora.",
            "'2 mL per minute' (per minute) in the source: the translation says per hour (por hora) "
            "and nothing per minute",
        ),
        (
            "ko_KR",
            "Give 2 mL per minute.",
            "시간당 2 mL를 투여합니다.",
            "'2 mL per minute' (per minute) in the source: the translation says per hour (시간당) and nothing per minute",
        ),
        (
            "ko_KR",
            "Give 0.4 g per kg per week.",
            "하루 체중 kg당 0.4 g을 투여합니다.",
            "'0.4 g per kg per week' (per week) in the source: the translation says per day (하루) and nothing per week",
        ),
        # a number in the clause: "a minute after 30 minutes" is still a rate
        (
            "fr",
            "Give 2 mL a minute after 30 minutes.",
            "Donnez 2 mL par heure après 30 minutes.",
            "'2 mL a minute' (per minute) in the source: the translation says per hour (par heure) "
            "and nothing per minute",
        ),
        # "an hour after eating" is no rate of the source's: a per hour of the translation is added
        (
            "fr",
            "Give 2 mL once a day, an hour after eating.",
            "Donnez 2 mL une fois par jour, par heure après le repas.",
            "the translation says per hour (par heure); the source says how often only per day",
        ),
        (
            "de",
            "Give 2 mL once a day, a minute after eating.",
            "Geben Sie 2 mL einmal täglich, minütlich nach dem Essen.",
            "the translation says per minute (minütlich); the source says how often only per day",
        ),
    ],
)
def test_per_minute_or_per_hour_changed_is_an_error(catalogs, locale, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale=locale, check="units"))
    assert (finding.severity, finding.message) == ("error", message)


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("fr", "Take 2 tablets a minute after eating.", "Prenez 2 comprimés une minute après le repas."),
        ("de", "Take 2 tablets a minute after eating.", "Nehmen Sie 2 Tabletten eine Minute nach dem Essen."),
        ("es", "Take 2 tablets a minute after eating.", "Tome 2 comprimidos un minuto después de comer."),
        ("ko_KR", "Take 2 tablets a minute after eating.", "식사 1분 후에 2정을 복용하십시오."),
        ("fr", "Take 2 tablets an hour after eating.", "Prenez 2 comprimés une heure après le repas."),
        ("de", "Take 2 tablets an hour before eating.", "Nehmen Sie 2 Tabletten eine Stunde vor dem Essen."),
        ("fr", "Take it a minute after eating.", "Prenez-le une minute après le repas."),
        ("fr", "Take 2 tablets a few minutes after eating.", "Prenez 2 comprimés quelques minutes après le repas."),
        # French "à l'heure" of no amount, or of a time of day: no per hour
        ("fr", "Take 1 tablet once a day at bedtime.", "Prenez 1 comprimé une fois par jour à l'heure du coucher."),
        ("fr", "Take 1 tablet once a day. Arrive on time.", "Prenez 1 comprimé une fois par jour. Soyez à l'heure."),
    ],
)
def test_a_moment_is_no_rate(catalogs, locale, source, translation):
    """ "2 tablets a minute after eating" was read as 2 tablets per minute, and its translations
    as "nothing per minute"; "à l'heure du coucher" (at bedtime) is no per hour."""
    assert catalogs.findings(source, translation, locale=locale) == []


# 一天 before two counts said one or the other is "a day" as before one: "Take three or four times a
# day." as 一天服用三、四次 or 一天三到四次 was an error (*'four times a day' (per day) in the source:
# the translation says nothing per day*), though 每天服用三、四次 passed.
@pytest.mark.parametrize(
    "source, translation",
    [
        ("Take three or four times a day.", "一天服用三、四次。"),
        ("Take three or four times a day.", "一天三到四次。"),
        ("Take 3 to 4 times a day.", "一天三至四次。"),
        ("Take 3 to 4 times a day.", "一天3、4次。"),
        # read before, and still
        ("Take three or four times a day.", "每天服用三、四次。"),
        ("Take 3 to 4 times a day.", "一天3至4次。"),
    ],
)
def test_a_day_before_two_counts_in_chinese_is_a_rate(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="zh_TW") == []


@pytest.mark.parametrize(
    "source, translation, check, message",
    [
        ("Take three or four times a day.", "一週服用三、四次。", "units", "says per week (一週)"),
        ("Take 3 to 4 times a day.", "一週三至四次。", "units", "says per week (一週)"),
        (
            "Take three or four times a day.",
            "一天服用兩、三次。",
            "number-words",
            "'four' (4) in the source is missing",
        ),
        ("Take 3 to 4 times a day.", "一天二至三次。", "numbers", "4 in the source is missing"),
        ("Take three times a day.", "一天服用三到四次。", "numbers", "makes it an approximation"),
    ],
)
def test_two_counts_a_day_changed_in_chinese_are_still_errors(catalogs, source, translation, check, message):
    finding = only(catalogs.findings(source, translation, locale="zh_TW"), check)
    assert finding.severity == "error" and message in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("fr", "Take twice a day, 12 hours apart.", "Prendre matin et soir, à 12 heures d'intervalle."),
        ("pt_BR", "Take twice a day, 12 hours apart.", "Tome de 12 em 12 horas."),
        ("de", "Take twice a day.", "Morgens und abends einnehmen."),
        ("es", "Take twice a day.", "Tomar cada 12 horas."),
        ("ko_KR", "Take twice a day.", "아침저녁으로 복용하세요."),
        ("zh_TW", "Take twice a day.", "每12小時服用。"),
        ("ar", "Take twice a day.", "تناوله صباحًا ومساءً."),
        ("zh_TW", "Take 1 tablet twice a day.", "早晚各服用1錠。"),
    ],
)
def test_twice_a_day_said_by_times_of_day_or_hours_between_doses_says_per_day(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("fr", "Take twice a day.", "Prendre le matin."),
        ("fr", "Take twice a day.", "Prendre matin, midi et soir."),
        ("pt_BR", "Take twice a day.", "Tome de 8 em 8 horas."),
        ("fr", "Take three times a day.", "Prendre toutes les 12 heures."),
    ],
)
def test_another_count_by_times_of_day_or_hours_still_says_nothing_per_day(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale, check="units"))
    assert finding.message.endswith("the translation says nothing per day")


# --- a dose the source gives per day, said per dose ---------------------------------------------------
# 'The usual dose is 20 mg once daily. The maximum dose is 40 mg per day.' as `통상 용량은 1일 1회 20
# mg이며, 최대 용량은 1회 40 mg입니다.` was clean: its 1일 said per day, of the 20 mg. 1회 40 mg is 40 mg
# each time: given twice a day, twice the maximum.

_MAXIMUM = "The usual dose is 20 mg once daily. The maximum dose is 40 mg per day."


@pytest.mark.parametrize(
    "locale, source, translation, per_dose",
    [
        ("ko_KR", _MAXIMUM, "통상 용량은 1일 1회 20 mg이며, 최대 용량은 1회 40 mg입니다.", "1회 40 mg"),
        ("ko_KR", _MAXIMUM, "통상 용량은 1일 1회 20 mg이며, 최대 용량은 1회 최대 40 mg입니다.", "1회 최대 40 mg"),
        ("zh_TW", _MAXIMUM, "常用劑量為每日一次 20 mg，最大劑量為每次 40 mg。", "每次 40 mg"),
        (
            "es",
            _MAXIMUM,
            "La dosis habitual es de 20 mg una vez al día; la dosis máxima por toma es de 40 mg.",
            "por toma es de 40 mg",
        ),
        (
            "fr",
            _MAXIMUM,
            "La dose habituelle est de 20 mg une fois par jour, et la dose maximale de 40 mg par prise.",
            "40 mg par prise",
        ),
        (
            "pt_BR",
            _MAXIMUM,
            "A dose habitual é de 20 mg uma vez ao dia, e a dose máxima é de 40 mg por dose.",
            "40 mg por dose",
        ),
        (
            "de",
            _MAXIMUM,
            "Die übliche Dosis beträgt 20 mg einmal täglich, die Höchstdosis 40 mg pro Einnahme.",
            "40 mg pro Einnahme",
        ),
        (
            "ar",
            _MAXIMUM,
            "الجرعة المعتادة 20 ملغ مرة واحدة يوميًا، والجرعة القصوى 40 ملغ للجرعة الواحدة.",
            "40 ملغ للجرعة الواحدة",
        ),
        (
            "de",
            "Take 40 mg/day.",
            "Nehmen Sie 40 mg als Einzeldosis ein, täglich.",
            "40 mg als Einzeldosis",
        ),
    ],
)
def test_a_dose_per_day_said_per_dose_is_an_error(catalogs, locale, source, translation, per_dose):
    finding = only(catalogs.findings(source, translation, locale=locale, check="units"))
    rate = "'40 mg/day'" if source.startswith("Take") else "'40 mg per day'"
    dose = "40 ملغ" if locale == "ar" else "40 mg"
    assert (finding.severity, finding.message) == (
        "error",
        f"{rate} (per day) in the source: the translation says {dose} per dose ({per_dose}), not per day",
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", _MAXIMUM, "통상 용량은 1일 1회 20 mg이며, 1일 최대 40 mg입니다."),
        ("ko_KR", _MAXIMUM, "통상 용량은 1일 1회 20 mg이며, 최대 용량은 1일 40 mg입니다."),
        ("zh_TW", _MAXIMUM, "常用劑量為每日一次 20 mg，每日最大劑量為 40 mg。"),
        ("fr", _MAXIMUM, "La dose habituelle est de 20 mg une fois par jour. La dose maximale est de 40 mg par jour."),
        ("de", _MAXIMUM, "Die übliche Dosis beträgt 20 mg einmal täglich. Die Höchstdosis beträgt 40 mg pro Tag."),
        ("ar", _MAXIMUM, "الجرعة المعتادة 20 ملغ مرة واحدة يوميًا، والجرعة القصوى 40 ملغ يوميًا."),
        # a dose the source gives with a count is each dose's
        ("ko_KR", "Take 20 mg once daily.", "1일 1회 20 mg을 복용하십시오."),
        ("ko_KR", "Take 20 mg once daily.", "1회 20 mg을 1일 1회 복용하십시오."),
        ("fr", "Take 500 mg twice a day.", "Prenez 500 mg par prise, deux fois par jour."),
        ("es", "Take 20 mg twice a day (40 mg a day).", "Tome 20 mg por toma, dos veces al día (40 mg al día)."),
        # the source says per dose itself
        ("ko_KR", "The maximum dose is 40 mg per dose.", "최대 용량은 1회 40 mg입니다."),
        ("ko_KR", "Take 40 mg a day as a single dose.", "1일 1회 40 mg을 투여하십시오."),
        # the day's dose at once: per day said of it too
        ("de", "Take 40 mg/day.", "Nehmen Sie täglich 40 mg als Einzeldosis ein."),
    ],
)
def test_a_dose_per_day_kept_per_day_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        # the word for day gone from the dose's sentence: rule 4's or rule 2's finding as before, not also this one
        (
            "es",
            _MAXIMUM,
            "La dosis habitual es de 20 mg una vez al día. La dosis máxima es de 40 mg por dosis.",
            "'40 mg per day' (per day) in the source: the translation says nothing per day",
        ),
        (
            "de",
            "Take 40 mg/day.",
            "Nehmen Sie 40 mg als Einzeldosis ein.",
            "40 mg/day in the source is 40 mg in the translation: it does not say per day",
        ),
    ],
)
def test_a_dose_per_day_said_per_dose_where_the_day_is_gone_is_one_finding(
    catalogs, locale, source, translation, message
):
    finding = only(catalogs.findings(source, translation, locale=locale, check="units"))
    assert finding.message == message


# --- per day and per dose said before the dose, or after its per kg (red team 26, M1 and F4) -----------
# "The total daily dose of 40 mg/kg should be divided into 2 doses." as `1회 용량 40 mg/kg을 하루 2회
# 투여하십시오.` passed: the source's "daily" stands before its dose, and was read of no dose; a
# per-dose word after a per kg (20 mg pro kg Körpergewicht pro Einzelgabe) was not read as said of
# the dose; and a dose per dose said per day (15 mg/kg par jour) was not judged at all. Each gives a
# child two to four times the dose, or a fraction of it.

_DAILY_40 = "The total daily dose of 40 mg/kg should be divided into 2 doses."
_DAILY_30 = "The daily dose of 30 mg/kg is divided into 3 doses."
_PER_DAY_20 = "Children receive 20 mg/kg per day, divided into 2 doses."
_PER_DOSE_15 = "The usual dose is 15 mg/kg per dose, up to 4 times a day."
_MAXIMUM_DAILY = "The maximum daily dose is 40 mg."


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        (
            "ko_KR",
            _DAILY_40,
            "1회 용량 40 mg/kg을 하루 2회 투여하십시오.",
            "'daily dose of 40 mg/kg' (per day) in the source: the translation says 40 mg/kg per dose "
            "(1회 용량 40 mg/kg), not per day",
        ),
        (
            "zh_TW",
            _DAILY_30,
            "每次劑量每公斤30毫克，一天3次。",
            "'daily dose of 30 mg/kg' (per day) in the source: the translation says 30毫克 per dose "
            "(每次劑量每公斤30毫克), not per day",
        ),
        (
            "de",
            _PER_DAY_20,
            "Kinder erhalten 20 mg pro kg Körpergewicht pro Einzelgabe, zweimal täglich.",
            "'20 mg/kg per day' (per day) in the source: the translation says 20 mg per dose "
            "(20 mg pro kg Körpergewicht pro Einzelgabe), not per day",
        ),
        (
            "es",
            "Children receive 20 mg/kg per day, divided into 2 doses.",
            "Los niños reciben 20 mg por kg de peso por toma, dos veces al día.",
            "'20 mg/kg per day' (per day) in the source: the translation says 20 mg per dose "
            "(20 mg por kg de peso por toma), not per day",
        ),
        # the day gone altogether: rule 4's finding
        ("fr", _MAXIMUM_DAILY, "La dose maximale est de 40 mg par prise.", None),
        ("es", _MAXIMUM_DAILY, "La dosis máxima es de 40 mg por toma.", None),
        ("ko_KR", _MAXIMUM_DAILY, "최대 용량은 1회 40 mg입니다.", None),
        ("pt_BR", _MAXIMUM_DAILY, "A dose máxima é de 40 mg por tomada.", None),
        ("ar", _MAXIMUM_DAILY, "الجرعة القصوى هي 40 ملغ لكل جرعة.", None),
    ],
)
def test_a_daily_dose_said_before_its_number_said_per_dose_is_an_error(catalogs, locale, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale=locale, check="units"))
    expected = message or "'daily dose is 40 mg' (per day) in the source: the translation says nothing per day"
    assert (finding.severity, finding.message) == ("error", expected)


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("fr", "La posologie habituelle est de 15 mg/kg par jour, jusqu'à 4 fois par jour."),
        ("fr", "La posologie habituelle est de 15 mg/kg/jour, jusqu'à 4 fois par jour."),
        ("de", "Die übliche Dosis beträgt 15 mg/kg täglich, bis zu 4-mal täglich."),
        ("ko_KR", "통상 용량은 하루 15 mg/kg이며, 하루 최대 4회까지 투여합니다."),
        ("zh_TW", "常用劑量為每天每公斤15毫克，一天最多4次。"),
        ("ar", "الجرعة المعتادة هي 15 ملغ/كغ يوميًا، حتى 4 مرات في اليوم."),
        ("pt_BR", "A dose habitual é de 15 mg/kg por dia, até 4 vezes ao dia."),
        ("es", "La dosis habitual es de 15 mg/kg al día, hasta 4 veces al día."),
    ],
)
def test_a_dose_per_dose_said_per_day_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(_PER_DOSE_15, translation, locale=locale, check="units"))
    assert finding.severity == "error"
    assert finding.message.startswith("15 mg/kg per dose in the source: the translation says it per day (")
    assert finding.message.endswith("), not per dose")


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the day's dose kept the day's, before or after its number
        ("ko_KR", _DAILY_40, "1일 총 용량 40 mg/kg을 2회로 나누어 투여하십시오."),
        ("ko_KR", _DAILY_40, "하루 총 40 mg/kg을 2회로 나누어 투여하십시오."),
        ("zh_TW", _DAILY_30, "每日劑量每公斤30毫克，分3次服用。"),
        (
            "fr",
            "The daily dose of 50 mg/kg is given in two divided doses.",
            "La dose quotidienne de 50 mg/kg est répartie en deux prises.",
        ),
        ("es", _DAILY_40, "La dosis diaria total de 40 mg/kg debe dividirse en 2 tomas."),
        ("es", _PER_DAY_20, "Los niños reciben 20 mg/kg/día, repartidos en 2 tomas."),
        ("es", _PER_DAY_20, "Los niños reciben 20 mg/kg al día, en 2 tomas."),
        ("de", _PER_DAY_20, "Kinder erhalten 20 mg pro kg Körpergewicht und Tag, verteilt auf 2 Einzelgaben."),
        ("de", _PER_DAY_20, "Kinder erhalten 20 mg/kg KG und Tag, verteilt auf 2 Einzelgaben."),
        ("de", _PER_DAY_20, "Kinder erhalten täglich 20 mg/kg, verteilt auf 2 Einzelgaben."),
        ("es", _MAXIMUM_DAILY, "La dosis máxima diaria es de 40 mg."),
        ("fr", _MAXIMUM_DAILY, "La dose maximale par jour est de 40 mg."),
        ("de", _MAXIMUM_DAILY, "Die maximale Tagesdosis beträgt 40 mg."),
        ("ko_KR", _MAXIMUM_DAILY, "1일 최대 용량은 40 mg입니다."),
        ("ko_KR", "The minimum daily dose is 4 g.", "1일 최소 용량은 4 g입니다."),
        ("zh_TW", _MAXIMUM_DAILY, "每日最大劑量為40毫克。"),
        ("ar", _MAXIMUM_DAILY, "الجرعة القصوى اليومية هي 40 ملغ."),
        ("pt_BR", _MAXIMUM_DAILY, "A dose máxima diária é de 40 mg."),
        ("de", "Maximum dose per day: 4 g.", "Tageshöchstdosis: 4 g."),
        # the dose per dose kept per dose, the day's total given beside it
        ("es", _PER_DOSE_15, "La dosis habitual es de 15 mg/kg por dosis, hasta 4 veces al día."),
        ("fr", _PER_DOSE_15, "La posologie habituelle est de 15 mg/kg par prise, jusqu'à 4 fois par jour."),
        (
            "es",
            "Give 20 mg/kg per dose (40 mg/kg a day).",
            "Administre 40 mg/kg al día, es decir 20 mg/kg en cada toma.",
        ),
        # a dose per dose given once a day is the day's dose
        ("fr", "Give 15 mg/kg per dose once a day.", "Donnez 15 mg/kg par jour, en une prise."),
        # a limit said before the count of the day (一天不可超過8下: no more than 8 a day)
        ("zh_TW", "Inhale 2 puffs as needed, no more than 8 puffs a day.", "需要時吸入2下，一天不可超過8下。"),
        ("zh_TW", "Inhale 2 puffs as needed, no more than 8 puffs a day.", "需要時吸入2下，一天最多8噴。"),
    ],
)
def test_a_dose_per_day_or_per_dose_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []


# --- per day and per dose after the dose's per kg of body weight (red team 31, w087) ---------------------
# "Give 15 mg per kg of body weight per dose." as `أعطِ 15 ملغ لكل كيلوغرام من وزن الجسم يوميًا` (per day)
# passed: a per word after the dose's per kg and its words ("of body weight", "de peso corporal") was
# read of no dose, in the source ("60 mg per kg of body weight per day" was no rate) and in the
# translation.  The child is given the day's dose each time, or a part of it each day.

_PER_DOSE_BY_WEIGHT = "Give 15 mg per kg of body weight per dose."
_PER_DAY_BY_WEIGHT = "Give 60 mg per kg of body weight per day, divided into 3 doses."


@pytest.mark.parametrize(
    "locale, translation, per_day",
    [
        ("ar", "أعطِ 15 ملغ لكل كيلوغرام من وزن الجسم يوميًا.", "15 ملغ لكل كيلوغرام من وزن الجسم يوميًا"),
        ("es", "Administre 15 mg por kg de peso corporal al día.", "15 mg por kg de peso corporal al día"),
        ("fr", "Donnez 15 mg par kg de poids corporel par jour.", "15 mg par kg de poids corporel par jour"),
        ("de", "Geben Sie 15 mg pro kg Körpergewicht pro Tag.", "15 mg pro kg Körpergewicht pro Tag"),
        ("pt_BR", "Administre 15 mg por kg de peso corporal por dia.", "15 mg por kg de peso corporal por dia"),
        ("ko_KR", "하루에 체중 1 kg당 15 mg을 투여하십시오.", "하루에 체중 1 kg당 15 mg"),
    ],
)
def test_a_dose_per_kg_of_body_weight_per_dose_said_per_day_is_an_error(catalogs, locale, translation, per_day):
    finding = only(catalogs.findings(_PER_DOSE_BY_WEIGHT, translation, locale=locale, check="units"))
    assert (finding.severity, finding.message) == (
        "error",
        f"15 mg per kg per dose in the source: the translation says it per day ({per_day}), not per dose",
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Administre 60 mg por kg de peso corporal por dosis, repartidos en 3 dosis."),
        ("ko_KR", "1회 체중 1 kg당 60 mg을 3회로 나누어 투여하십시오."),
        ("ar", "أعطِ 60 ملغ لكل كيلوغرام من وزن الجسم في كل جرعة، مقسمة على 3 جرعات."),
        ("fr", "Donnez 60 mg par kg de poids corporel par prise, en 3 prises."),
    ],
)
def test_a_dose_per_kg_of_body_weight_per_day_said_per_dose_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(_PER_DAY_BY_WEIGHT, translation, locale=locale, check="units"))
    assert (finding.severity, finding.message) == (
        "error",
        "'60 mg per kg of body weight per day' (per day) in the source: the translation says nothing per day",
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ar", _PER_DOSE_BY_WEIGHT, "أعطِ 15 ملغ لكل كيلوغرام من وزن الجسم في كل جرعة."),
        ("ar", _PER_DOSE_BY_WEIGHT, "أعطِ الطفل 15 ملغ لكل كيلوغرام من وزنه في الجرعة الواحدة."),
        ("es", _PER_DOSE_BY_WEIGHT, "Administre 15 mg por kg de peso corporal por dosis."),
        ("fr", _PER_DOSE_BY_WEIGHT, "Donnez 15 mg par kg de poids corporel par prise."),
        ("fr", _PER_DOSE_BY_WEIGHT, "Donnez 15 mg par kilo de poids à chaque prise."),
        ("de", _PER_DOSE_BY_WEIGHT, "Geben Sie 15 mg pro kg Körpergewicht pro Dosis."),
        ("de", _PER_DOSE_BY_WEIGHT, "Geben Sie je Einzeldosis 15 mg pro kg Körpergewicht."),
        ("pt_BR", _PER_DOSE_BY_WEIGHT, "Administre 15 mg por kg de peso corporal por dose."),
        ("ko_KR", _PER_DOSE_BY_WEIGHT, "1회 체중 1 kg당 15 mg을 투여하십시오."),
        ("ko_KR", _PER_DOSE_BY_WEIGHT, "1회 15 mg/kg을 투여하십시오."),
        ("zh_TW", _PER_DOSE_BY_WEIGHT, "每次每公斤體重給予15毫克。"),
        ("zh_TW", _PER_DOSE_BY_WEIGHT, "每次每公斤15毫克。"),
        (
            "fr",
            "Give 15 mg per kg of body weight per dose, up to 4 times a day.",
            "Donnez 15 mg par kg de poids corporel par prise, jusqu'à 4 fois par jour.",
        ),
        ("es", _PER_DAY_BY_WEIGHT, "Administre 60 mg por kg de peso corporal al día, repartidos en 3 dosis."),
        ("ko_KR", _PER_DAY_BY_WEIGHT, "하루에 체중 1 kg당 60 mg을 3회로 나누어 투여하십시오."),
        ("zh_TW", _PER_DAY_BY_WEIGHT, "每天每公斤體重60毫克，分3次給予。"),
        ("ar", _PER_DAY_BY_WEIGHT, "أعطِ 60 ملغ لكل كيلوغرام من وزن الجسم يوميًا، مقسمة على 3 جرعات."),
        ("fr", _PER_DAY_BY_WEIGHT, "Donnez 60 mg par kg de poids corporel par jour, répartis en 3 prises."),
        ("de", _PER_DAY_BY_WEIGHT, "Geben Sie 60 mg pro kg Körpergewicht pro Tag, aufgeteilt auf 3 Einzeldosen."),
        ("de", _PER_DAY_BY_WEIGHT, "Geben Sie täglich 60 mg/kg Körpergewicht, aufgeteilt auf 3 Einzeldosen."),
        ("pt_BR", _PER_DAY_BY_WEIGHT, "Administre 60 mg por kg de peso corporal por dia, divididos em 3 doses."),
        ("ko_KR", _PER_DAY_BY_WEIGHT, "체중 kg당 하루 60 mg을 3회로 나누어 투여하십시오."),
        (
            "es",
            "The usual dose is 10 mg per kg of body weight every 8 hours.",
            "La dosis habitual es de 10 mg por kg de peso corporal cada 8 horas.",
        ),
        (
            "es",
            "The dose is 20 mg per kg of body weight once a day.",
            "La dosis es de 20 mg por kg de peso corporal una vez al día.",
        ),
    ],
)
def test_a_dose_per_kg_of_body_weight_per_dose_or_per_day_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []


@pytest.mark.parametrize(
    "translation, check",
    [
        ("需要時吸入2下，一天不可超過6下。", "numbers"),
        ("需要時吸入2下，每次不可超過8下。", "units"),
        ("需要時吸入2下，一週不可超過8下。", "units"),
    ],
)
def test_a_limit_a_day_changed_in_chinese_is_still_an_error(catalogs, translation, check):
    findings = catalogs.findings(
        "Inhale 2 puffs as needed, no more than 8 puffs a day.", translation, locale="zh_TW", check=check
    )
    assert [f.severity for f in findings] == ["error"]


# --- a whole dose the source gives with no period, said per day (rule 5) ---------------------
# "The total dose is 2 g/kg, divided over 5 days" given 2 g/kg a day is five times the dose.

WHOLE_OVER_DAYS = "The total dose is 2 g/kg, divided over 5 days."
WHOLE_GIVEN_OVER_DAYS = "The total dose of 2 g/kg is given over 5 days."


@pytest.mark.parametrize(
    "locale, source, translation, gives",
    [
        ("ko_KR", WHOLE_OVER_DAYS, "하루 2 g/kg씩 5일에 걸쳐 투여합니다.", "2 g/kg per day (하루 2 g/kg)"),
        ("es", WHOLE_OVER_DAYS, "La dosis es de 2 g/kg al día durante 5 días.", "2 g/kg per day (2 g/kg al día)"),
        ("zh_TW", WHOLE_OVER_DAYS, "每天給予2 g/kg，連續5天。", "2 g/kg per day (每天給予2 g/kg)"),
        ("ar", WHOLE_OVER_DAYS, "تبلغ الجرعة 2 غ/كغ يوميًا لمدة 5 أيام.", "2 g/kg per day (2 غ/كغ يوميًا)"),
        ("de", WHOLE_OVER_DAYS, "Es werden täglich 2 g/kg über 5 Tage gegeben.", "2 g/kg per day (täglich 2 g/kg)"),
        # the whole dose said by "in all" or spread over days with no word for "total"
        ("fr", "Give 2 g/kg in all, spread over 2 days.", "Donner 2 g/kg par jour pendant 2 jours.", "per day"),
        ("ko_KR", "Give 2 g/kg, divided over 5 days.", "5일 동안 매일 2 g/kg을 투여합니다.", "per day (매일 2 g/kg)"),
        ("pt_BR", "The whole course is 2 g/kg over 5 days.", "Administrar 2 g/kg por dia durante 5 dias.", "per day"),
        # the per word a verb away from the whole dose, no other quantity near
        ("fr", WHOLE_GIVEN_OVER_DAYS, "Une dose de 2 g/kg est administrée chaque jour pendant 5 jours.", "per day"),
        ("fr", WHOLE_GIVEN_OVER_DAYS, "Une dose de 2 g/kg est administrée par jour pendant 5 jours.", "per day"),
        ("pt_BR", WHOLE_GIVEN_OVER_DAYS, "A dose de 2 g/kg é administrada por dia durante 5 dias.", "per day"),
        ("de", WHOLE_GIVEN_OVER_DAYS, "2 g/kg werden täglich über 5 Tage gegeben.", "per day"),
    ],
)
def test_a_whole_dose_said_per_day_is_an_error(catalogs, locale, source, translation, gives):
    finding = only(catalogs.findings(source, translation, locale=locale, check="units"))
    assert finding.severity == "error"
    assert gives in finding.message and "the source gives 2 g/kg as the whole dose, not per day" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", WHOLE_OVER_DAYS, "총 2 g/kg을 5일에 나누어 투여합니다."),
        ("ko_KR", WHOLE_OVER_DAYS, "총 용량은 2 g/kg이며, 5일에 나누어 투여합니다."),
        ("es", WHOLE_OVER_DAYS, "2 g/kg en total, repartidos en 5 días."),
        ("zh_TW", WHOLE_OVER_DAYS, "總劑量2 g/kg，分5天給予。"),
        ("de", WHOLE_OVER_DAYS, "2 g/kg insgesamt, verteilt auf 5 Tage."),
        ("ar", WHOLE_OVER_DAYS, "الجرعة الكلية 2 غ/كغ مقسمة على 5 أيام."),
        ("fr", WHOLE_OVER_DAYS, "La dose totale de 2 g/kg est répartie sur 5 jours."),
        ("pt_BR", WHOLE_OVER_DAYS, "A dose total é de 2 g/kg, repartida ao longo de 5 dias."),
        # a per-day word far from the whole dose, said of its parts
        ("ko_KR", WHOLE_OVER_DAYS, "총 2 g/kg을 5일간 매일 나누어 투여합니다."),
        ("es", WHOLE_OVER_DAYS, "Se administran 2 g/kg en total, una parte cada día durante 5 días."),
        ("zh_TW", WHOLE_OVER_DAYS, "總劑量2 g/kg，分5天每天給予一部分。"),
        ("fr", WHOLE_GIVEN_OVER_DAYS, "La dose totale de 2 g/kg est administrée sur 5 jours."),
        ("fr", WHOLE_GIVEN_OVER_DAYS, "Les 2 g/kg sont administrés en tout sur 5 jours, une partie chaque jour."),
        ("de", WHOLE_GIVEN_OVER_DAYS, "Die Gesamtdosis von 2 g/kg wird über 5 Tage verteilt gegeben."),
        ("ko_KR", WHOLE_GIVEN_OVER_DAYS, "총 2 g/kg을 5일에 걸쳐 투여합니다."),
        ("es", WHOLE_GIVEN_OVER_DAYS, "La dosis total de 2 g/kg se administra a lo largo de 5 días."),
        # the source gives a daily dose itself: rules 4 and 5 judge it
        (
            "ko_KR",
            "The total daily dose is 2 g/kg, divided over 2 infusions.",
            "하루 총 2 g/kg을 2회에 나누어 투여합니다.",
        ),
        (
            "ko_KR",
            "The total dose is 2 g/kg, given as 400 mg/kg a day for 5 days.",
            "총 2 g/kg을 하루 400 mg/kg씩 5일간 투여합니다.",
        ),
    ],
)
def test_a_whole_dose_kept_whole_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []


# A count of a dose form the source calls the whole course: "10 tablets taken over 5 days" said
# `10 comprimidos al día` is ten a day, fifty in all.
WHOLE_COUNT = "The total dose is 10 tablets taken over 5 days."


@pytest.mark.parametrize(
    "locale, translation, tie",
    [
        ("es", "La dosis es de 10 comprimidos al día durante 5 días.", "10 comprimidos al día"),
        ("ko_KR", "하루에 10정씩 5일 동안 복용합니다.", "하루에 10정"),
        ("zh_TW", "每天服用10錠，連續5天。", "每天服用10錠"),
        ("fr", "La dose est de 10 comprimés par jour pendant 5 jours.", "10 comprimés par jour"),
        ("de", "Die Dosis beträgt 10 Tabletten pro Tag über 5 Tage.", "10 Tabletten pro Tag"),
        ("pt_BR", "A dose é de 10 comprimidos por dia durante 5 dias.", "10 comprimidos por dia"),
        ("ar", "الجرعة 10 أقراص يوميًا لمدة 5 أيام.", "10 أقراص يوميًا"),
    ],
)
def test_a_whole_count_said_per_day_is_an_error(catalogs, locale, translation, tie):
    finding = only(catalogs.findings(WHOLE_COUNT, translation, locale=locale, check="units"))
    assert (finding.severity, finding.message) == (
        "error",
        f"the translation gives 10 tablets per day ({tie}); the source gives 10 tablets as the whole dose, not per day",
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "La dosis total es de 10 comprimidos repartidos en 5 días."),
        ("ko_KR", "5일 동안 매일 나누어 총 10정을 복용합니다."),
        ("ko_KR", "총 10정을 5일에 걸쳐 복용합니다."),
        ("zh_TW", "總劑量為10錠，分5天服用。"),
        ("de", "Die Gesamtdosis beträgt 10 Tabletten, verteilt auf 5 Tage."),
        ("fr", "La dose totale est de 10 comprimés répartis sur 5 jours."),
        ("ar", "الجرعة الإجمالية 10 أقراص تؤخذ على مدى 5 أيام."),
        ("pt_BR", "A dose total é de 10 comprimidos tomados ao longo de 5 dias."),
    ],
)
def test_a_whole_count_kept_whole_passes(catalogs, locale, translation):
    assert catalogs.findings(WHOLE_COUNT, translation, locale=locale, check="units") == []


# A total said beside a per word where the source says a period of its own (red30 w077): "three
# times a day" is the times', and `每日共21錠` makes the 21 tablets a day's.
TOTAL_WITH_A_PERIOD = "Take 1 tablet three times a day, for a total of 21 tablets."


@pytest.mark.parametrize(
    "locale, translation, tie",
    [
        ("zh_TW", "每日三次，每次一錠，每日共21錠。", "每日共21錠"),
        ("zh_TW", "每日三次，每次一錠，每日總共21錠。", "每日總共21錠"),
        ("ko_KR", "1정씩 하루 세 번, 하루 총 21정을 복용하세요.", "하루 총 21정"),
        ("es", "Tome 1 comprimido tres veces al día, 21 comprimidos al día en total.", "21 comprimidos al día"),
        ("fr", "Prenez 1 comprimé trois fois par jour, soit 21 comprimés par jour au total.", "21 comprimés par jour"),
        ("de", "Nehmen Sie dreimal täglich 1 Tablette ein, 21 Tabletten pro Tag insgesamt.", "21 Tabletten pro Tag"),
        ("pt_BR", "Tome 1 comprimido três vezes por dia, 21 comprimidos por dia no total.", "21 comprimidos por dia"),
        ("ar", "تناول قرصًا واحدًا ثلاث مرات يوميًا، أي 21 قرصًا يوميًا.", "21 قرصًا يوميًا"),
    ],
)
def test_a_total_said_per_day_is_an_error_beside_a_period_of_the_source(catalogs, locale, translation, tie):
    finding = only(catalogs.findings(TOTAL_WITH_A_PERIOD, translation, locale=locale, check="units"))
    assert (finding.severity, finding.message) == (
        "error",
        f"the translation gives 21 tablets per day ({tie}); the source gives 21 tablets as the whole dose, not per day",
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("zh_TW", "每日三次，每次一錠，共21錠。"),
        ("zh_TW", "每日三次，每次一錠，總共21錠。"),
        ("ko_KR", "1정씩 하루 세 번, 총 21정을 복용하세요."),
        ("ko_KR", "총 21정을 하루 세 번 나누어 드세요."),
        ("es", "Tome 1 comprimido tres veces al día, 21 comprimidos en total."),
        ("fr", "Prenez 1 comprimé trois fois par jour, soit 21 comprimés au total."),
        ("de", "Nehmen Sie dreimal täglich 1 Tablette ein, insgesamt 21 Tabletten."),
        ("pt_BR", "Tome 1 comprimido três vezes por dia, num total de 21 comprimidos."),
        ("ar", "تناول قرصًا واحدًا ثلاث مرات يوميًا، بإجمالي 21 قرصًا."),
    ],
)
def test_a_total_kept_whole_beside_a_period_of_the_source_passes(catalogs, locale, translation):
    assert catalogs.findings(TOTAL_WITH_A_PERIOD, translation, locale=locale, check="units") == []


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        ("fr", "Take 2 tablets per dose.", "Prenez 2 comprimés par jour.", "per day (par jour)"),
        ("de", "Take 2 tablets per dose.", "Nehmen Sie 2 Tabletten pro Tag ein.", "per day (pro Tag)"),
        ("pt_BR", "Take 2 tablets per dose.", "Tome 2 comprimidos por dia.", "per day (por dia)"),
        ("es", "Take 2 tablets at a time.", "Tome 2 comprimidos al día.", "per day (al día)"),
        ("ko_KR", "Take 2 tablets at a time.", "하루에 2정을 드세요.", "per day (하루에)"),
        ("zh_TW", "Take 2 tablets at a time.", "每天服用2錠。", "per day (每天)"),
        ("ar", "Take 2 tablets at a time.", "تناول قرصين في اليوم.", "per day (في اليوم)"),
    ],
)
def test_a_count_per_dose_said_per_day_is_an_error(catalogs, locale, source, translation, said):
    """Two tablets each time said two a day: the day's count, a part of it each time."""
    finding = only(catalogs.findings(source, translation, locale=locale, check="units"))
    assert finding.severity == "error"
    assert finding.message.endswith(f"in the source: the translation says {said}, not per dose")


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", "Take 2 tablets at a time.", "Tome 2 comprimidos cada vez."),
        ("ko_KR", "Take 2 tablets at a time.", "한 번에 2정을 드세요."),
        ("zh_TW", "Take 2 tablets at a time.", "每次服用2錠。"),
        ("fr", "Take 2 tablets per dose.", "Prenez 2 comprimés par prise."),
        ("de", "Take 2 tablets per dose.", "Nehmen Sie 2 Tabletten pro Einnahme ein."),
        ("ar", "Take 2 tablets at a time.", "تناول قرصين في المرة الواحدة."),
        # the source's own period: the day's count is said of it, not of the dose
        ("es", "Take 2 tablets at a time, up to 3 times a day.", "Tome 2 comprimidos cada vez, hasta 3 veces al día."),
        ("es", "Take 2 tablets at a time, up to 3 times a day.", "Tome 2 comprimidos, hasta 3 veces al día."),
    ],
)
def test_a_count_per_dose_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []
