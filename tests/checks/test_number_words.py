"""[number-words] and the words [numbers] reads: numbers written in words, both languages."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

ONE_IN_TEN = "About one in ten people get it."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", ONE_IN_TEN, "열 명 중 한 명꼴로 생깁니다."),
        ("ko_KR", ONE_IN_TEN, "10명 중 1명꼴로 생깁니다."),
        ("ko_KR", ONE_IN_TEN, "십 명 중 일 명꼴로 생깁니다."),
        ("ko_KR", "Take two tablets twice a day.", "하루에 두 번, 두 알씩 드세요."),
        ("ko_KR", "Take two tablets twice a day.", "하루 2회, 2알씩 드세요."),
        ("ko_KR", "It affects about a million people.", "약 백만 명이 겪습니다."),
        ("ko_KR", "It affects about a million people.", "약 100만 명이 겪습니다."),
        ("ko_KR", "A thousand people took part.", "천 명이 참여했습니다."),
        ("ko_KR", "A thousand people took part.", "1천 명이 참여했습니다."),
        ("ko_KR", "Take half a tablet.", "반 알을 드세요."),
        ("ko_KR", "Wait half an hour.", "30분 기다리세요."),
        ("ko_KR", "A dozen people came.", "열두 명이 왔습니다."),
        ("ko_KR", "It lasts three days.", "사흘 동안 갑니다."),
        ("ko_KR", "It lasts three days.", "삼 일 동안 갑니다."),
        ("ko_KR", "IVIG is made from one type of antibody.", "IVIG는 항체의 한 종류로 만듭니다."),
        ("ko_KR", "Sudden weakness on one side of the body", "몸 한쪽에 갑자기 힘이 빠짐"),
        ("ko_KR", "TEN is one of the most severe forms.", "TEN은 가장 심한 형태 중 하나입니다."),
        ("ko_KR", "No one knows why.", "아무도 이유를 모릅니다."),
        ("ko_KR", "TEN is rare.", "TEN은 드뭅니다."),  # TEN is a name, not 10
        ("ko_KR", "Once you start, keep going.", "일단 시작하면 계속하세요."),
        ("es", ONE_IN_TEN, "Alrededor de una de cada diez personas."),
        ("zh_TW", ONE_IN_TEN, "大約每十人中有一人。"),
        ("zh_TW", "It affects about a million people.", "約有一百萬人。"),
        ("ar", ONE_IN_TEN, "يصاب به شخص واحد تقريبًا من كل عشرة أشخاص."),
        ("ar", "Take it once a day.", "تناوله مرة واحدة في اليوم."),
        ("ar", "Take it once a day.", "تناوله مرة في اليوم."),
        ("ar", "Take two tablets twice a day.", "تناول قرصين مرتين في اليوم."),
        ("ar", "Take it three times a day.", "تناوله ثلاث مرات يوميًا."),
        ("ar", "It lasts three days.", "يستمر ثلاثة أيام."),
        ("ar", "Take half a tablet.", "تناول نصف قرص."),
        # one said by the singular noun alone, two by the dual
        ("ar", "Take one tablet.", "تناول قرصًا."),
        ("ar", ONE_IN_TEN, "يصاب به شخص من كل عشرة أشخاص تقريبًا."),
        ("ar", "There are two types.", "هناك نوعان."),
        ("ar", "It can last two years.", "قد يستمر سنتين."),
        ("ar", "Two patients had it.", "أصيب به مريضان."),
        ("ar", "Take one tablet once a day.", "تناول قرصًا مرة يوميًا."),
        ("ar", "People with it are twice as likely to get sick.", "احتمال إصابتهم بالمرض ضعف غيرهم."),
        ("ar", "People with it are twice as likely to get sick.", "المصابون به أكثر عرضة للمرض بمرتين."),
        (
            "es",
            "People with it are twice as likely to get sick.",
            "Quienes lo tienen tienen el doble de probabilidades de enfermar.",
        ),
    ],
)
def test_numbers_in_words_match_by_value(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="number-words") == []


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        ("ko_KR", ONE_IN_TEN, "백 명 중 한 명꼴로 생깁니다.", "'ten' (10)"),
        ("ko_KR", ONE_IN_TEN, "천 명 중 한 명꼴로 생깁니다.", "'ten' (10)"),
        ("ko_KR", "Take two tablets twice a day.", "하루에 세 번, 두 알씩 드세요.", "(2)"),
        ("ko_KR", "It affects about a million people.", "약 십만 명이 겪습니다.", "'a million' (1,000,000)"),
        ("ko_KR", "A dozen people came.", "열 명이 왔습니다.", "'A dozen' (12)"),
        ("es", ONE_IN_TEN, "Alrededor de una de cada cien personas.", "'ten' (10)"),
        ("zh_TW", ONE_IN_TEN, "大約每一百人中有一人。", "'ten' (10)"),
        ("ar", "Take it once a day.", "تناوله مرتين في اليوم.", "'once' (1)"),  # twice a day
        ("ar", "Take it twice a day.", "تناوله مرة واحدة في اليوم.", "'twice' (2)"),
        ("ar", "It lasts three days.", "يستمر يومين.", "'three' (3)"),  # two days, the dual
        ("ar", ONE_IN_TEN, "يصاب به شخص واحد من كل مئة شخص.", "'ten' (10)"),
    ],
)
def test_a_number_in_words_changed_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale), "number-words")
    assert finding.severity == "error" and said in finding.message


def test_a_number_said_fewer_times_is_counted_and_each_value_told_once(catalogs):
    """ "two tablets, two times a day" needs two 2s: one is gone; "three" too, after the second "two"."""
    findings = catalogs.findings(
        "Take two tablets, two times a day, for three days.", "하루 두 번 알약을 드세요.", check="number-words"
    )
    assert sorted((f.severity, f.message) for f in findings) == [
        ("error", "'three' (3) in the source is missing from the translation"),
        ("error", "'two' (2) is said 2 times in the source and 1 in the translation"),
    ]


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Take it for 3 days.", "تناوله لمدة ثلاثة أيام."),
        ("Take it for 1 day.", "تناوله لمدة يوم واحد."),
        ("Wait 24 hours.", "انتظر أربعًا وعشرين ساعة."),
        ("Wait 24 hours.", "انتظر أربع وعشرين ساعة."),
        ("Take it for 2 weeks.", "تناوله لمدة أسبوعين."),
        ("Take 2 tablets a day.", "تناول قرصين يوميًا."),
        ("It lasts 13 days.", "يستمر ثلاثة عشر يومًا."),
        # the dual of every dose form the module knows, and with a clitic or the article
        ("Take 2 puffs.", "خذ بختين."),
        ("Use 2 suppositories.", "استخدم تحميلتين."),
        ("Take it for 2 months.", "تناوله لشهرين."),
        ("Take it for 2 weeks.", "تناوله خلال الأسبوعين."),
        ("About 2 million people have it.", "يصاب به نحو مليونين من الناس."),
    ],
)
def test_arabic_words_for_the_source_digits_pass(catalogs, source, translation):
    """Arabic says 3 days, 1 day, 24 hours in words (and one or two with the noun alone)."""
    assert catalogs.findings(source, translation, locale="ar") == []


LAST_3_MONTHS = "Pregnancy: do not take this medicine in the last 3 months of pregnancy."
FIRST_3_DAYS = "Take 2 tablets a day for the first 3 days."
FIRST_24_HOURS = "For the first 24 hours, drink plenty of water."


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        (LAST_3_MONTHS, "الحمل: لا تتناول هذا الدواء خلال الأشهر الثلاثة الأخيرة من الحمل."),
        (FIRST_3_DAYS, "تناول قرصين يوميًا خلال الأيام الثلاثة الأولى."),
        (FIRST_3_DAYS, "تناول قرصين يوميًا للأيام الثلاثة الأولى."),
        (FIRST_3_DAYS, "تناول قرصين يوميًا خلال الأيام الثلاث الأولى."),
        ("Take 2 tablets a day for 3 hours.", "تناول قرصين يوميًا خلال الساعات الثلاث."),
        (
            "Tell your doctor if you have taken another medicine in the last 14 days.",
            "أخبر طبيبك إذا تناولت دواءً آخر خلال الأيام الأربعة عشر الأخيرة.",
        ),
        # a ten after its period, as three to nineteen are: the first 30 minutes, the first 20 days
        (
            "For the first 30 minutes, the infusion rate is 0.5 mL/kg/hour.",
            "خلال الدقائق الثلاثين الأولى، يكون معدل التسريب 0.5 مل/كغ/ساعة.",
        ),
        ("Take 2 tablets a day for the first 20 days.", "تناول قرصين يوميًا خلال الأيام العشرين الأولى."),
        ("Take 2 tablets a day for the first 30 days.", "تناول قرصين يوميًا خلال الأيام الثلاثون الأولى."),
        # ones, و, tens after the period, each with the article: read by their structure
        (FIRST_24_HOURS, "خلال الساعات الأربع والعشرين الأولى، اشرب الكثير من الماء."),
        (FIRST_24_HOURS, "خلال الساعات الأربعة والعشرين الأولى، اشرب الكثير من الماء."),
        (FIRST_24_HOURS, "خلال الساعات الأربعِ والعشرينَ الأولى، اشرب الكثير من الماء."),
        ("For the first 48 hours, drink plenty of water.", "خلال الساعات الثماني والأربعين الأولى، اشرب الماء."),
        ("Take it for the last 25 days.", "تناوله خلال الأيام الخمسة والعشرين الأخيرة."),
        ("Take it for the last 21 days.", "تناوله خلال الأيام الواحد والعشرين الأخيرة."),
        ("Take it on day 24.", "تناوله في اليوم الرابع والعشرين."),  # the ordinal, as before
        # as before: the number before its noun, and an ordinal read as a day's number
        (FIRST_3_DAYS, "تناول قرصين يوميًا خلال أول 3 أيام."),
        ("Take the tablet on day 3.", "تناول القرص في اليوم الثالث."),
    ],
)
def test_an_arabic_number_word_after_its_period_passes(catalogs, source, translation):
    """الأشهر الثلاثة الأخيرة: the definite number word after a definite plural is its number."""
    assert catalogs.findings(source, translation, locale="ar") == []


@pytest.mark.parametrize(
    ("source", "translation", "check", "message"),
    [
        (
            LAST_3_MONTHS,
            "الحمل: لا تتناول هذا الدواء خلال الأشهر الأربعة الأخيرة من الحمل.",
            "numbers",
            "3 in the source is missing from the translation",
        ),
        (
            FIRST_3_DAYS,
            "تناول قرصين يوميًا خلال الأيام الخمسة الأولى.",
            "numbers",
            "3 in the source is missing from the translation",
        ),
        (
            LAST_3_MONTHS,
            "الحمل: لا تتناول هذا الدواء خلال الأسابيع الثلاثة الأخيرة من الحمل.",
            "units",
            "3 months in the source is أسابيع الثلاثة in the translation",
        ),
        (
            "For the first 30 minutes, the infusion rate is 0.5 mL/kg/hour.",
            "خلال الساعات الثلاثين الأولى، يكون معدل التسريب 0.5 مل/كغ/ساعة.",
            "units",
            "30 minutes in the source is ساعات الثلاثين in the translation",
        ),
        (
            FIRST_24_HOURS,
            "خلال الدقائق الأربع والعشرين الأولى، اشرب الكثير من الماء.",
            "units",
            "24 hours in the source is دقائق الأربع والعشرين in the translation",
        ),
        (
            FIRST_24_HOURS,
            "خلال الساعات الخمس والعشرين الأولى، اشرب الكثير من الماء.",
            "numbers",
            "24 in the source is missing from the translation",
        ),
        (
            FIRST_24_HOURS,
            "خلال الساعات الأربع والثلاثين الأولى، اشرب الكثير من الماء.",
            "numbers",
            "24 in the source is missing from the translation",
        ),
        # the third month (an ordinal) is no 3 months
        (
            LAST_3_MONTHS,
            "الحمل: لا تتناول هذا الدواء خلال الشهر الثالث من الحمل.",
            "units",
            "3 months in the source has no unit in the translation (expected months)",
        ),
    ],
)
def test_another_arabic_number_or_period_after_its_noun_is_an_error(catalogs, source, translation, check, message):
    assert only(catalogs.findings(source, translation, locale="ar"), check).message == message


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Durante las primeras veinticuatro horas, beba mucha agua."),
        ("fr", "Pendant les vingt-quatre premières heures, buvez beaucoup d'eau."),
        ("de", "Trinken Sie in den ersten vierundzwanzig Stunden viel Wasser."),
        ("pt", "Durante as primeiras vinte e quatro horas, beba muita água."),
        ("zh_TW", "在最初的二十四小時內，請多喝水。"),
        ("ko_KR", "처음 스물네 시간 동안 물을 많이 드세요."),
    ],
)
def test_the_first_24_hours_in_words_passes(catalogs, locale, translation):
    assert catalogs.findings(FIRST_24_HOURS, translation, locale=locale) == []


@pytest.mark.parametrize(
    "source, translation",
    [
        ("About 1 in 100 people get it.", "백 명 중 한 명꼴로 생깁니다."),
        ("About 1 in 1,000 people get it.", "천 명 중 한 명꼴로 생깁니다."),
        ("1.9 in every 1 million adults", "성인 백만 명당 1.9명"),
        ("It lasts 3 days.", "삼 일 동안 갑니다."),
    ],
)
def test_numbers_reads_korean_words_for_digits(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="numbers") == []


def test_numbers_still_catches_a_changed_proportion_in_words(catalogs):
    assert only(catalogs.findings("About 1 in 10 people get it.", "백 명 중 한 명꼴로 생깁니다."), "numbers")
    assert only(catalogs.findings("1.9 in every 1 million adults", "성인 십만 명당 1.9명."), "numbers")


def test_a_sino_korean_number_before_a_unit_is_a_quantity(catalogs):
    assert catalogs.findings("Take it 3 times a day for 2 weeks.", "이 주 동안 하루 세 번 드세요.") == []
    assert catalogs.findings("It lasts 3 days.", "삼 일 동안 갑니다.") == []


# --- a number changed: in digits in every language, in words in a language without data ------
# Digits are the same in every language, so a translation that writes 16 where the source says 6
# weeks, or "six weeks", is an error whether or not pipeline/languages/ can read the language's words.

SIX_WEEKS = "Take it for 6 weeks."
SIX_WEEKS_IN_WORDS = "Take it for six weeks."
FOR_WEEKS = {
    "ko_KR": ("{}주 동안 드세요.", "여섯"),
    "es": ("Tómelo durante {} semanas.", "seis"),
    "zh_TW": ("請服用 {} 週。", "六"),
    "ar": ("تناوله لمدة {} أسابيع.", "ستة"),
    "vi": ("Dùng thuốc trong {} tuần.", "sáu"),
}


@pytest.mark.parametrize("locale", FOR_WEEKS)
def test_six_weeks_in_digits_or_words_passes_in_every_language(catalogs, locale):
    sentence, six = FOR_WEEKS[locale]
    # Vietnamese has no unit words in pipeline/languages/: its "tuần" is a [units] warning to read.
    unread = [("units", "warning")] if locale == "vi" else []
    for source in (SIX_WEEKS, SIX_WEEKS_IN_WORDS):
        findings = catalogs.findings(source, sentence.format(6), locale=locale)
        assert [(f.check, f.severity) for f in findings] == unread
    assert catalogs.findings(SIX_WEEKS_IN_WORDS, sentence.format(six), locale=locale) == []


@pytest.mark.parametrize("locale", FOR_WEEKS)
def test_six_weeks_in_digits_as_16_is_one_numbers_error_in_every_language(catalogs, locale):
    finding = only(catalogs.findings(SIX_WEEKS, FOR_WEEKS[locale][0].format(16), locale=locale))
    assert (finding.check, finding.severity, finding.message) == (
        "numbers",
        "error",
        "6 in the source is missing from the translation (the translation has 16)",
    )


@pytest.mark.parametrize("locale", FOR_WEEKS)
def test_six_weeks_in_words_as_16_is_one_number_words_error_in_every_language(catalogs, locale):
    finding = only(catalogs.findings(SIX_WEEKS_IN_WORDS, FOR_WEEKS[locale][0].format(16), locale=locale))
    assert (finding.check, finding.severity) == ("number-words", "error")
    hint = " (the translation has 16)" if locale == "vi" else ""  # with data, the words are read instead
    assert finding.message == f"'six' (6) in the source is missing from the translation{hint}"


@pytest.mark.parametrize(
    "source, translation, message",
    [
        (
            ONE_IN_TEN,
            "Khoảng 1 trong 100 người bị.",
            "'ten' (10) in the source is missing from the translation (the translation has 100)",
        ),
        (
            "Take one tablet.",
            "Uống 2 viên.",
            "'one' (1) in the source is missing from the translation (the translation has 2)",
        ),
        (
            "Take it twice a day.",
            "Uống 3 lần mỗi ngày.",
            "'twice' (2) in the source is missing from the translation (the translation has 3)",
        ),
        (
            "Take two tablets twice a day.",
            "Uống 2 viên, 3 lần mỗi ngày.",
            "'two' (2) is said 2 times in the source and 1 in the translation (the translation has 3)",
        ),
    ],
)
def test_a_number_in_words_changed_to_other_digits_in_a_language_without_data_is_an_error(
    catalogs, source, translation, message
):
    finding = only([f for f in catalogs.findings(source, translation, locale="vi") if f.severity == "error"])
    assert (finding.check, finding.message) == ("number-words", message)


@pytest.mark.parametrize(
    "source, translation",
    [
        (ONE_IN_TEN, "Khoảng 1 trong 10 người bị."),
        (ONE_IN_TEN, "Khoảng một trong mười người bị."),  # words: not read, as the language's note says
        ("Take one tablet.", "Uống một viên."),
        ("Take two tablets twice a day.", "Uống 2 viên, 2 lần mỗi ngày."),
        ("Wait half an hour.", "Chờ 30 phút."),
        ("Wait half an hour.", "Chờ nửa giờ."),
        ("Take it once a day, every 24 hours.", "Uống 1 lần mỗi ngày, cách nhau 24 giờ."),
        ("Get your second dose in 2 weeks.", "Tiêm liều thứ 2 sau 2 tuần."),
    ],
)
def test_a_number_in_words_kept_or_unread_in_a_language_without_data_passes(catalogs, source, translation):
    findings = catalogs.findings(source, translation, locale="vi")
    # "once a day": whether "mỗi ngày" says per day is [units]' warning to read, the period unread
    assert [(f.check, f.severity) for f in findings if f.check != "units" or f.severity == "error"] == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Warten Sie einundzwanzig Tage."),
        ("de", "Warten Sie 21 Tage."),
        ("es", "Espere veintiún días."),
        ("es", "Espere 21 días."),
        ("ko_KR", "21일 동안 기다리세요."),
        ("zh_TW", "等待二十一天。"),
    ],
)
def test_twenty_one_is_one_number(catalogs, locale, translation):
    """Not 20 and 1: "twenty-one days" said as 21 in the translation's words or digits passes."""
    assert catalogs.findings("Wait twenty-one days.", translation, locale=locale, check="number-words") == []


@pytest.mark.parametrize(
    "locale, translation",
    [("de", "Warten Sie zwanzig Tage."), ("es", "Espere 31 días."), ("ko_KR", "1일 동안 기다리세요.")],
)
def test_twenty_one_changed_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings("Wait twenty-one days.", translation, locale=locale), "number-words")
    assert finding.severity == "error" and "'twenty-one' (21)" in finding.message


@pytest.mark.parametrize(
    "source",
    ["For SJS and TEN, take two tablets.", "For TEN: take TWO tablets, then two more.", "Take two tablets (SJS/TEN)."],
)
def test_a_count_word_beside_a_name_in_capitals_is_read(catalogs, source):
    """TEN (toxic epidermal necrolysis) is a name, no 10; the "two" beside it is still a count."""
    finding = only(catalogs.findings(source, "SJS와 TEN에는 알약을 드세요.", locale="ko_KR"), "number-words")
    assert finding.severity == "error" and "'two' (2)" in finding.message


@pytest.mark.parametrize(
    "source, translation, message",
    [
        # شهر ونصف (a month and a half) was read inside أشهر ونصف (three and a half months): 1.5 passed
        ("Treatment lasts 1.5 months.", "يستمر العلاج ثلاثة أشهر ونصف.", "1.5 in the source is missing"),
        # مليون inside مليونير (a millionaire) was a million
        ("About 1 million people.", "نحو مليونير واحد.", "1 million in the source is missing"),
    ],
)
def test_an_arabic_number_word_inside_a_longer_word_is_none(catalogs, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale="ar"), "numbers")
    assert finding.severity == "error" and message in finding.message


# --- "one ... and one" said with "another" or "each" ---------------------------------------------
# "Take one dose in the morning and one in the evening." as `Tome una dosis por la mañana y otra por
# la noche.`, `uma dose de manhã e outra à noite`, 早晚各服用一次 (each once) or 아침과 저녁에 한 번씩
# was an error: 'one' (1) said 2 times in the source and 1 in the translation.
MORNING_AND_EVENING = "Take one dose in the morning and one in the evening."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", MORNING_AND_EVENING, "Tome una dosis por la mañana y otra por la noche."),
        (
            "es",
            "Take one tablet in the morning and one in the evening.",
            "Tome un comprimido por la mañana y otro por la noche.",
        ),
        ("pt_BR", MORNING_AND_EVENING, "Tome uma dose de manhã e outra à noite."),
        ("zh_TW", MORNING_AND_EVENING, "早晚各服用一次。"),
        ("zh_TW", "Take one tablet in the morning and one in the evening.", "早上和晚上各服用一錠。"),
        ("ko_KR", MORNING_AND_EVENING, "아침과 저녁에 한 번씩 복용하십시오."),
        (
            "ko_KR",
            "Take one tablet in the morning, one at noon and one in the evening.",
            "아침, 점심, 저녁에 한 알씩 복용하십시오.",
        ),
        # read before, and still
        ("fr", MORNING_AND_EVENING, "Prenez une dose le matin et une autre le soir."),
        ("de", MORNING_AND_EVENING, "Nehmen Sie eine Dosis morgens und eine abends ein."),
        ("de", MORNING_AND_EVENING, "Nehmen Sie eine Dosis am Morgen und eine weitere am Abend ein."),
        ("es", MORNING_AND_EVENING, "Tome una dosis por la mañana y una por la noche."),
    ],
)
def test_one_and_another_or_one_each_says_one_twice(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Tome una dosis por la mañana."),
        ("pt_BR", "Tome uma dose de manhã."),
        ("zh_TW", "早上服用一次。"),
        ("fr", "Prenez une dose le matin."),
        ("ko_KR", "아침에 한 번 복용하십시오."),
        ("ko_KR", "아침에 한 번씩 복용하십시오."),  # 씩 at one time of day: once
    ],
)
def test_the_evening_dose_dropped_is_still_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(MORNING_AND_EVENING, translation, locale=locale, check="number-words"))
    assert finding.message == "'one' (1) is said 2 times in the source and 1 in the translation"


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Tome dos dosis por la mañana y otra por la noche."),
        ("zh_TW", "早晚各服用兩次。"),
        ("ko_KR", "아침과 저녁에 두 번씩 복용하십시오."),
    ],
)
def test_another_count_beside_another_or_each_is_still_an_error(catalogs, locale, translation):
    assert [
        f.check for f in catalogs.findings(MORNING_AND_EVENING, translation, locale=locale) if f.severity == "error"
    ]


def test_a_dose_bound_to_another_time_beside_another_is_an_error(catalogs):
    finding = only(
        catalogs.findings(
            "Take 1 tablet in the morning and 2 in the evening.",
            "Tome 2 comprimidos por la mañana y otro por la noche.",
            locale="es",
        )
    )
    assert finding.check == "dose-times" and finding.severity == "error"


# --- "one tablet once a day" said "one tablet a day" -----------------------------------------------
# A single tablet a day is taken at once: "Take one tablet once a day." as `Prenez un comprimé par
# jour.`, `täglich eine Tablette` or 매일 한 정씩 was an error ('one' (1) said 2 times in the source
# and 1 in the translation).
ONE_TABLET_ONCE_A_DAY = "Take one tablet once a day."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("fr", ONE_TABLET_ONCE_A_DAY, "Prenez un comprimé par jour."),
        ("es", ONE_TABLET_ONCE_A_DAY, "Tome un comprimido al día."),
        ("pt_BR", ONE_TABLET_ONCE_A_DAY, "Tome um comprimido por dia."),
        ("de", ONE_TABLET_ONCE_A_DAY, "Nehmen Sie täglich eine Tablette ein."),
        ("de", "Take one capsule once a day.", "Nehmen Sie täglich 1 Kapsel ein."),
        ("ko_KR", ONE_TABLET_ONCE_A_DAY, "매일 한 정씩 복용하세요."),
        ("ko_KR", ONE_TABLET_ONCE_A_DAY, "하루에 한 정을 복용하세요."),
        ("zh_TW", ONE_TABLET_ONCE_A_DAY, "每天服用一錠。"),
        ("ar", ONE_TABLET_ONCE_A_DAY, "تناول قرصًا يوميًا."),  # the tablet's one by the noun alone
        ("ar", ONE_TABLET_ONCE_A_DAY, "تناول قرصًا واحدًا يوميًا."),
        ("ar", ONE_TABLET_ONCE_A_DAY, "تناول قرصًا مرة واحدة يوميًا."),
        ("de", "Take 1 tablet once daily.", "Nehmen Sie täglich 1 Tablette ein."),
        ("fr", "Take 1 tablet once daily.", "Prenez 1 comprimé par jour."),
        ("ko_KR", "Take 1 tablet once daily.", "하루 1정 복용하세요."),
        ("fr", "Take one drop once a day.", "Mettez une goutte par jour."),
        ("fr", "Take one tablet once a day for 2 days.", "Prenez un comprimé par jour pendant 2 jours."),
        ("es", "Take one tablet once a day for one week.", "Tome un comprimido al día durante una semana."),
        # read before, and still
        ("fr", ONE_TABLET_ONCE_A_DAY, "Prenez un comprimé une fois par jour."),
        ("de", ONE_TABLET_ONCE_A_DAY, "Nehmen Sie einmal täglich eine Tablette ein."),
    ],
)
def test_once_goes_without_saying_for_one_dose_a_day(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        # more than one: "all at once" is lost
        ("es", "Take 2 capsules once daily.", "Tome 2 cápsulas al día.", "'once' (1) in the source is missing"),
        ("es", "Take 5 ml once a day.", "Tome 5 ml al día.", "'once' (1) in the source is missing"),
        # another count of times
        ("fr", ONE_TABLET_ONCE_A_DAY, "Prenez un comprimé deux fois par jour.", "said 2 times in the source and 1"),
        ("de", ONE_TABLET_ONCE_A_DAY, "Nehmen Sie zweimal täglich eine Tablette ein.", "said 2 times"),
        ("ko_KR", ONE_TABLET_ONCE_A_DAY, "하루 두 번 한 정씩 복용하세요.", "said 2 times"),
        (
            "fr",
            "Take one tablet once a day for 2 days.",
            "Prenez un comprimé deux fois par jour pendant 2 jours.",
            "said 2 times",
        ),
        # another period
        ("fr", ONE_TABLET_ONCE_A_DAY, "Prenez un comprimé par semaine.", "said 2 times"),
        ("zh_TW", ONE_TABLET_ONCE_A_DAY, "每週服用一錠。", "said 2 times"),
        # the tablet dropped, the once kept
        ("fr", ONE_TABLET_ONCE_A_DAY, "Prenez une fois par jour.", "said 2 times"),
        ("ko_KR", ONE_TABLET_ONCE_A_DAY, "하루에 한 번 복용하세요.", "said 2 times"),
        ("zh_TW", ONE_TABLET_ONCE_A_DAY, "每天服用一次。", "said 2 times"),
        ("ar", ONE_TABLET_ONCE_A_DAY, "تناول قرصًا مرتين يوميًا.", "'once' (1) in the source is missing"),
        ("ar", "Take one tablet twice a day.", "تناول قرصًا يوميًا.", "'twice' (2) in the source is missing"),
        ("ar", ONE_TABLET_ONCE_A_DAY, "تناول 20 قرصًا يوميًا.", "'once' (1) in the source is missing"),
        ("ar", ONE_TABLET_ONCE_A_DAY, "تناول قرصًا أسبوعيًا.", "'once' (1) in the source is missing"),  # weekly
        # two tablets
        ("fr", ONE_TABLET_ONCE_A_DAY, "Prenez deux comprimés par jour.", "'one' (1) in the source is missing"),
    ],
)
def test_once_left_unsaid_is_still_an_error_unless_one_dose_a_day(catalogs, locale, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale=locale, check="number-words"))
    assert finding.severity == "error" and message in finding.message


# --- "twice a day" said by the times of day it names, a number for each ---------------------------
# 아침저녁으로 (in the mornings and evenings) with 한 정씩 (one tablet each) says twice a day:
# "Take one tablet twice a day, morning and evening." as 아침저녁으로 한 정씩 복용하세요 was an error
# (*'twice' (2) in the source is missing from the translation*, and [units]' *says nothing per day*).
ONE_TABLET_TWICE_A_DAY = "Take one tablet twice a day, morning and evening."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", ONE_TABLET_TWICE_A_DAY, "아침저녁으로 한 정씩 복용하세요."),
        ("ko_KR", "Take one tablet twice a day.", "아침저녁으로 한 정씩 복용하세요."),
        ("ko_KR", ONE_TABLET_TWICE_A_DAY, "매일 아침과 저녁에 한 정씩 복용하세요."),
        ("zh_TW", ONE_TABLET_TWICE_A_DAY, "每天早晚各服用一錠。"),
        # read before, and still
        ("ko_KR", ONE_TABLET_TWICE_A_DAY, "하루 두 번 아침저녁으로 한 정씩 복용하세요."),
        ("ko_KR", "Take one dose in the morning and one in the evening.", "아침과 저녁에 한 번씩 복용하십시오."),
        (
            "ko_KR",
            "Take one tablet once a day, in the morning or in the evening.",
            "매일 아침이나 저녁에 한 정씩 복용하세요.",
        ),
    ],
)
def test_twice_a_day_said_by_two_times_of_day_each_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        ("ko_KR", ONE_TABLET_TWICE_A_DAY, "아침에 한 정씩 복용하세요.", "'twice' (2) in the source is missing"),
        (
            "ko_KR",
            ONE_TABLET_TWICE_A_DAY,
            "아침이나 저녁에 한 정씩 복용하세요.",
            "'twice' (2) in the source is missing",
        ),
        (
            "ko_KR",
            "Take one tablet three times a day.",
            "아침저녁으로 한 정씩 복용하세요.",
            "'three' (3) in the source",
        ),
        ("zh_TW", "Take one tablet three times a day.", "每天早晚各服用一錠。", "'three' (3) in the source"),
        ("ko_KR", "Take two tablets in the morning.", "아침저녁으로 한 정씩 복용하세요.", "'two' (2) in the source"),
        # a tablet each morning and evening for one a day: the dose doubled
        ("ko_KR", ONE_TABLET_ONCE_A_DAY, "아침저녁으로 한 정씩 복용하세요.", "each of 2 times of day"),
        ("ko_KR", ONE_TABLET_ONCE_A_DAY, "매일 아침과 저녁에 한 정씩 복용하세요.", "each of 2 times of day"),
        ("zh_TW", ONE_TABLET_ONCE_A_DAY, "每天早晚各服用一錠。", "each of 2 times of day"),
        # the times of day named beside a count of times the source never says: three times a day
        (
            "ko_KR",
            ONE_TABLET_TWICE_A_DAY,
            "아침과 저녁에 하루 세 번, 한 번에 한 정씩 복용하세요.",
            "'twice' (2) in the source is missing",
        ),
        ("zh_TW", ONE_TABLET_TWICE_A_DAY, "每日三次，早晚各服用一錠。", "'twice' (2) in the source is missing"),
    ],
)
def test_another_count_of_times_of_day_each_is_an_error(catalogs, locale, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale=locale, check="number-words"))
    assert finding.severity == "error" and message in finding.message


def test_twice_a_day_said_morning_and_evening_for_once_a_week_is_a_units_error(catalogs):
    finding = only(
        catalogs.findings("Take one tablet twice a week.", "아침저녁으로 한 정씩 복용하세요.", locale="ko_KR")
    )
    assert finding.check == "units" and "says per day (아침저녁으로) and nothing per week" in finding.message


# --- one and another, each before a time of day, say the number for each -------------------------
# "un comprimido por la mañana y otro por la noche" (b3c5943: "y otro" says one again) is a tablet
# each morning and evening: twice a day, as 아침저녁으로 한 정씩 is.  For "one tablet once a day",
# or a source that says no count of times and names no time of day, it doubles the dose, and
# passed: the "y otro" made up the source's two ones (one, once).
ONE_TABLET_A_DAY = "Take one tablet a day."


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        (
            "es",
            ONE_TABLET_ONCE_A_DAY,
            "Tome un comprimido por la mañana y otro por la noche, cada día.",
            "'once' (1) in the source: the translation says a number for each of 2 times of day",
        ),
        (
            "pt_BR",
            ONE_TABLET_ONCE_A_DAY,
            "Tome um comprimido de manhã e outro à noite, todos os dias.",
            "'once' (1) in the source: the translation says a number for each of 2 times of day",
        ),
        (
            "es",
            ONE_TABLET_ONCE_A_DAY,
            "Tome un comprimido por la mañana y otro comprimido por la noche, cada día.",
            "each of 2 times of day",
        ),
        (
            "es",
            ONE_TABLET_A_DAY,
            "Tome un comprimido por la mañana y otro por la noche.",
            "the source names no time of day and says no count of times: the translation says a number for "
            "each of 2 times of day",
        ),
        ("es", ONE_TABLET_A_DAY, "Tome un comprimido por la mañana y otro por la noche, cada día.", "each of 2"),
        ("pt_BR", ONE_TABLET_A_DAY, "Tome um comprimido de manhã e outro à noite, todos os dias.", "each of 2"),
        ("es", "Take one tablet.", "Tome un comprimido por la mañana y otro por la noche.", "each of 2"),
        ("ko_KR", ONE_TABLET_A_DAY, "매일 아침과 저녁에 한 정씩 복용하세요.", "names no time of day"),
    ],
)
def test_one_and_another_at_two_times_of_day_for_one_a_day_is_an_error(catalogs, locale, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale=locale, check="number-words"))
    assert finding.severity == "error" and message in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # twice a day said by one and another at two times of day: was *'twice' (2) ... missing*
        ("es", "Take one tablet twice a day.", "Tome un comprimido por la mañana y otro por la noche, cada día."),
        ("pt_BR", "Take one tablet twice a day.", "Tome um comprimido de manhã e outro à noite, todos os dias."),
    ],
)
def test_one_and_another_at_two_times_of_day_says_twice(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # passed before, and still: the source says one twice, or twice, or names the times of day
        (
            "es",
            "Take one dose in the morning and one in the evening.",
            "Tome una dosis por la mañana y otra por la noche.",
        ),
        ("pt_BR", "Take one dose in the morning and one in the evening.", "Tome uma dose de manhã e outra à noite."),
        (
            "es",
            "Take one tablet twice a day, one in the morning and one in the evening.",
            "Tome un comprimido dos veces al día, uno por la mañana y otro por la noche.",
        ),
        (
            "pt_BR",
            "Take one tablet twice a day, one in the morning and one in the evening.",
            "Tome um comprimido duas vezes ao dia, um de manhã e outro à noite.",
        ),
        (
            "es",
            "Take one tablet in the morning and one at bedtime.",
            "Tome un comprimido por la mañana y otro antes de acostarse.",
        ),
        ("es", ONE_TABLET_ONCE_A_DAY, "Tome un comprimido una vez al día, por la mañana o por la noche."),
        # another medicine, not another tablet
        (
            "es",
            "Take one tablet once a day in the morning, and another medicine at night.",
            "Tome un comprimido una vez al día por la mañana y otro medicamento por la noche.",
        ),
        # one drop in each eye (各): no times of day, with or without a count of times
        ("zh_TW", "Put one drop in each eye.", "兩眼各滴一滴。"),
        ("zh_TW", "Put one drop in each eye once a day.", "每天一次，兩眼各滴一滴。"),
        ("zh_TW", "Put one drop in each eye twice a day.", "每天兩次，兩眼各滴一滴。"),
    ],
)
def test_one_and_another_where_the_source_says_so_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="number-words") == []


# --- German je / jeweils: a number for each time of day ----------------------------------------------
# "Take one tablet in the morning, one at lunchtime and one in the evening." as `Nehmen Sie morgens,
# mittags und abends je eine Tablette ein.` was an error ('one' (1) said 3 times in the source and 1):
# je (each) before the count says it for each time of day named, as 各 and 씩 do.
THREE_TIMES_OF_DAY = "Take one tablet in the morning, one at lunchtime and one in the evening."


@pytest.mark.parametrize(
    "source, translation",
    [
        (THREE_TIMES_OF_DAY, "Nehmen Sie morgens, mittags und abends je eine Tablette ein."),
        (THREE_TIMES_OF_DAY, "Nehmen Sie morgens, mittags und abends jeweils eine Tablette ein."),
        (THREE_TIMES_OF_DAY, "Nehmen Sie morgens, mittags und abends je 1 Tablette ein."),
        (MORNING_AND_EVENING, "Nehmen Sie morgens und abends je eine Dosis ein."),
        # read before, and still: je of a strength, no time of day counted twice
        ("Take two tablets three times a day.", "Nehmen Sie dreimal täglich je 2 Tabletten ein."),
        (
            "Take 2 tablets of 500 mg in the morning and in the evening.",
            "Nehmen Sie morgens und abends 2 Tabletten zu je 500 mg ein.",
        ),
    ],
)
def test_german_je_says_the_number_for_each_time_of_day(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="de", check="number-words") == []


@pytest.mark.parametrize(
    "source, translation, message",
    [
        # a time of day dropped, or no je: the count falls short
        (
            THREE_TIMES_OF_DAY,
            "Nehmen Sie morgens und abends je eine Tablette ein.",
            "'one' (1) is said 3 times in the source and 2 in the translation",
        ),
        (
            THREE_TIMES_OF_DAY,
            "Nehmen Sie morgens, mittags und abends eine Tablette ein.",
            "'one' (1) is said 3 times in the source and 1 in the translation",
        ),
        # once a day said for each of two times of day: the dose doubled
        (
            ONE_TABLET_ONCE_A_DAY,
            "Nehmen Sie morgens und abends je eine Tablette ein.",
            "'once' (1) in the source: the translation says a number for each of 2 times of day (2 times)",
        ),
        (
            "Take one tablet a day.",
            "Nehmen Sie morgens und abends jeweils eine Tablette ein.",
            "the source names no time of day and says no count of times: the translation says a number "
            "for each of 2 times of day (2 times)",
        ),
    ],
)
def test_german_je_with_another_count_of_times_is_an_error(catalogs, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale="de", check="number-words"))
    assert finding.message == message


HALF_A_TABLET_ONCE = "Take half a tablet once a day."
HALF_A_TABLET_CHILDREN = "Children 6-12 years: half a tablet twice daily."
HALF_A_TABLET_BY_WEIGHT = "Children weighing 20 to 30 kg: half a tablet up to 3 times a day."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # one and a half tablets (一錠半, una tableta y media ...): its half is no half a tablet
        ("zh_TW", HALF_A_TABLET_ONCE, "每日一次，每次一錠半。"),
        ("es", "Take half a tablet.", "Tome una tableta y media."),
        ("es", "Take half a tablet.", "Tome 1 1/2 comprimidos."),
        ("fr", "Take half a tablet.", "Prenez un comprimé et demi."),
        ("pt_BR", "Take half a tablet.", "Tome um comprimido e meio."),
        # one tablet, beside a 12 (years) or a 30 (kg) that is no half a day or an hour
        ("ar", HALF_A_TABLET_CHILDREN, "الأطفال من 6 إلى 12 سنة: قرص واحد مرتين يومياً."),
        ("es", HALF_A_TABLET_CHILDREN, "Niños de 6 a 12 años: un comprimido dos veces al día."),
        (
            "de",
            HALF_A_TABLET_BY_WEIGHT,
            "Kinder mit 20 bis 30 kg Körpergewicht: bis zu dreimal täglich eine Tablette.",
        ),
        # one tablet beside the source's own 12 hours, which is no half a day
        ("es", "Take half a tablet every 12 hours.", "Tome un comprimido cada 12 horas."),
        ("de", "Take half a tablet every 12 hours.", "Nehmen Sie alle 12 Stunden eine Tablette."),
    ],
)
def test_half_a_tablet_said_as_another_amount_is_an_error(catalogs, locale, source, translation):
    """ "Half a tablet" as one and a half tablets triples the dose, as one tablet doubles it."""
    finding = only(catalogs.findings(source, translation, locale=locale, check="number-words"))
    assert finding.message == "'half' (1/2) in the source is missing from the translation"


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("zh_TW", HALF_A_TABLET_ONCE, "每日一次，每次半錠。"),
        ("zh_TW", HALF_A_TABLET_ONCE, "每日一次，每次半顆。"),
        ("zh_TW", "Take half a tablet.", "服用二分之一錠。"),
        ("ar", HALF_A_TABLET_CHILDREN, "الأطفال من 6 إلى 12 سنة: نصف قرص مرتين يومياً."),
        (
            "de",
            HALF_A_TABLET_BY_WEIGHT,
            "Kinder mit 20 bis 30 kg Körpergewicht: bis zu dreimal täglich eine halbe Tablette.",
        ),
        ("de", HALF_A_TABLET_BY_WEIGHT, "Kinder mit 20 bis 30 kg Körpergewicht: bis zu dreimal täglich 1/2 Tablette."),
        ("es", "Take half a tablet.", "Tome ½ comprimido."),
        ("pt_BR", "Take half a tablet.", "Tome ½ comprimido."),
        ("fr", "Take half a tablet.", "Prenez un demi-comprimé."),
        ("fr", "Take half a tablet.", "Prenez 0,5 comprimé."),
        ("ko_KR", "Take half a tablet.", "2분의 1정을 복용하십시오."),
        # one and a half is one and a half
        ("es", "Take one and a half tablets.", "Tome una tableta y media."),
        ("zh_TW", "Take one and a half tablets.", "服用一錠半。"),
        # a half of an hour or of a percent, in that unit's number
        ("es", "Wait half an hour.", "Espere 30 minutos."),
        ("es", "Wait half an hour.", "Espere media hora."),
        ("es", "About half of patients have this.", "Alrededor del 50 % de los pacientes lo presentan."),
        ("es", "About half of patients have this.", "Alrededor de la mitad de los pacientes lo presentan."),
        ("es", "Wait half a day.", "Espere 12 horas."),
        ("es", "Take half a tablet every 12 hours.", "Tome medio comprimido cada 12 horas."),
        # a half-life is no half: semivida, Halbwertszeit say none
        ("es", "The half-life is about 8 hours.", "La semivida es de unas 8 horas."),
        ("es", "The half-life is about 12 hours.", "La semivida es de unas 12 horas."),
        ("de", "The half-life is about 12 hours.", "Die Halbwertszeit beträgt etwa 12 Stunden."),
    ],
)
def test_a_half_said_as_a_half_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="number-words") == []


CUT_IN_HALF = "Cut the tablet in half."
CUT_AND_TAKE_ONE_HALF = "Cut the tablet in half and take one half."
FOLD_IN_HALF = "Fold the used patch in half with the sticky sides together."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # how a tablet is cut names no amount to take: en deux, in zwei Hälften, 반으로, إلى نصفين
        ("ko_KR", CUT_IN_HALF, "정제를 반으로 자르십시오."),
        ("de", CUT_IN_HALF, "Teilen Sie die Tablette in zwei Hälften."),
        ("fr", CUT_IN_HALF, "Coupez le comprimé en deux."),
        ("ar", CUT_IN_HALF, "اقسم القرص إلى نصفين."),
        ("pt_BR", CUT_IN_HALF, "Corte o comprimido ao meio."),
        ("zh_TW", CUT_IN_HALF, "將藥片一分為二。"),
        ("es", "The tablet can be split in two.", "El comprimido se puede partir en dos."),
        # ... and "one half" is a half, its "one" the half's article
        ("fr", CUT_AND_TAKE_ONE_HALF, "Coupez le comprimé en deux et prenez une moitié."),
        ("de", CUT_AND_TAKE_ONE_HALF, "Teilen Sie die Tablette in zwei Hälften und nehmen Sie eine Hälfte."),
        ("ko_KR", CUT_AND_TAKE_ONE_HALF, "정제를 반으로 잘라 반 정을 복용하십시오."),
        ("ar", CUT_AND_TAKE_ONE_HALF, "اقسم القرص إلى نصفين وتناول نصفاً واحداً."),
        # neighbours that passed before
        ("es", CUT_IN_HALF, "Corte el comprimido por la mitad."),
        ("zh_TW", CUT_IN_HALF, "將藥片對半切開。"),
        ("es", CUT_AND_TAKE_ONE_HALF, "Corte el comprimido por la mitad y tome una mitad."),
        ("pt_BR", CUT_AND_TAKE_ONE_HALF, "Corte o comprimido ao meio e tome uma metade."),
        ("zh_TW", CUT_AND_TAKE_ONE_HALF, "將藥片對半切開，服用半錠。"),
        ("es", "Your doctor may cut your dose in half.", "Su médico puede reducir la dosis a la mitad."),
        # a patch folded in half before it is thrown away: 對折, 반으로 접어, zur Hälfte zusammenfalten
        ("zh_TW", FOLD_IN_HALF, "使用過的貼片請將黏貼面對折黏合後再丟棄。"),
        ("ko_KR", FOLD_IN_HALF, "사용한 패치는 끈적한 면끼리 붙도록 반으로 접어서 버리십시오."),
        ("de", FOLD_IN_HALF, "Falten Sie das gebrauchte Pflaster mit den Klebeflächen nach innen zur Hälfte zusammen."),
        ("fr", FOLD_IN_HALF, "Pliez le patch usagé en deux, faces collantes l'une contre l'autre."),
    ],
)
def test_a_tablet_cut_in_half_asks_for_no_half(catalogs, locale, source, translation):
    """ "In half" says how to cut a tablet, not an amount: a half is asked for by "take one half"."""
    assert catalogs.findings(source, translation, locale=locale, check="number-words") == []


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        # the cut's half (mitad, 半) or two (deux) is no half taken, nor another number of the source
        (
            "es",
            CUT_AND_TAKE_ONE_HALF,
            "Corte el comprimido por la mitad y tome el comprimido entero.",
            "'one half' (1/2)",
        ),
        ("fr", CUT_AND_TAKE_ONE_HALF, "Coupez le comprimé en deux et prenez le comprimé entier.", "'one half' (1/2)"),
        # ... the cut said first in its sentence, capitalised
        (
            "es",
            CUT_AND_TAKE_ONE_HALF,
            "Por la mitad: así se corta el comprimido, y luego tome el comprimido entero.",
            "'one half' (1/2)",
        ),
        ("pt_BR", CUT_AND_TAKE_ONE_HALF, "Corte o comprimido ao meio e tome o comprimido inteiro.", "'one half' (1/2)"),
        ("zh_TW", CUT_AND_TAKE_ONE_HALF, "將藥片對半切開，服用一錠。", "'one half' (1/2)"),
        ("zh_TW", "Fold the used patch in half and take half a tablet.", "將貼片對折，並服用一錠。", "'half' (1/2)"),
        (
            "ko_KR",
            "Fold the used patch in half and take half a tablet.",
            "패치를 반으로 접고 한 정을 복용하십시오.",
            "'half' (1/2)",
        ),
        ("ko_KR", CUT_AND_TAKE_ONE_HALF, "정제를 반으로 잘라 한 정을 복용하십시오.", "'one half' (1/2)"),
        ("es", "Take one half tablet twice a day.", "Tome un comprimido dos veces al día.", "'one half' (1/2)"),
        ("es", "Take half a tablet.", "Tome un comprimido.", "'half' (1/2)"),
        # "in two" of a time or a count of doses is no cut
        ("es", "Take a break in two weeks.", "Tome un descanso en una semana.", "'two' (2)"),
        (
            "es",
            "Take the daily dose divided in two doses.",
            "Tome la dosis diaria dividida en tres tomas.",
            "'two' (2)",
        ),
        # a dose cut in half is half the dose
        ("es", "Your doctor may cut your dose in half.", "Su médico puede reducir la dosis.", "'half' (1/2)"),
        (
            "es",
            "Take two tablets. The tablet can be cut in half.",
            "Tome un comprimido. El comprimido se puede partir por la mitad.",
            "'two' (2)",
        ),
        (
            "fr",
            "Take two tablets. The tablet can be cut in half.",
            "Prenez un comprimé. Le comprimé peut être coupé en deux.",
            "'two' (2)",
        ),
    ],
)
def test_a_half_to_take_beside_a_cut_is_still_demanded(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale, check="number-words"))
    assert finding.message == f"{said} in the source is missing from the translation"


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("de", "Take three quarters of a tablet.", "Nehmen Sie ¾ Tablette ein."),
        ("de", "Take three quarters of a tablet.", "Nehmen Sie 0,75 Tabletten ein."),
        ("pt_BR", "Take three quarters of a tablet.", "Tome ¾ de comprimido."),
        ("ko_KR", "Take three quarters of a tablet.", "¾정을 복용하세요."),
        ("zh_TW", "Take three quarters of a tablet.", "服用 ¾ 錠。"),
        ("ar", "Take three quarters of a tablet.", "تناول ¾ قرص."),
        ("es", "Take two thirds of a tablet.", "Tome ⅔ de comprimido."),
        ("fr", "Take two thirds of a tablet.", "Prenez ⅔ de comprimé."),
        ("es", "Take two thirds of a tablet.", "Tome 2/3 de comprimido."),
    ],
)
def test_a_part_in_words_said_as_a_fraction_keeps_its_numerator(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="number-words") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("de", "Take three quarters of a tablet.", "Nehmen Sie ¼ Tablette ein."),
        ("pt_BR", "Take three quarters of a tablet.", "Tome ¼ de comprimido."),
        ("es", "Take two thirds of a tablet.", "Tome ⅓ de comprimido."),
    ],
)
def test_a_part_in_words_said_as_another_fraction_is_an_error(catalogs, locale, source, translation):
    assert "is missing" in only(catalogs.findings(source, translation, locale=locale), "number-words").message


TWICE_A_DAY = "Take twice a day."
TWICE_A_DAY_UNCOUNTED = [
    ("fr", "Take twice a day, 12 hours apart.", "Prendre matin et soir, à 12 heures d'intervalle."),
    ("pt_BR", "Take twice a day, 12 hours apart.", "Tome de 12 em 12 horas."),
    ("fr", TWICE_A_DAY, "Prendre matin et soir."),
    ("fr", TWICE_A_DAY, "Prendre toutes les 12 heures."),
    ("de", TWICE_A_DAY, "Morgens und abends einnehmen."),
    ("de", TWICE_A_DAY, "Alle 12 Stunden einnehmen."),
    ("es", TWICE_A_DAY, "Tomar por la mañana y por la noche."),
    ("es", TWICE_A_DAY, "Tomar cada 12 horas."),
    ("pt_BR", TWICE_A_DAY, "Tomar de manhã e à noite."),
    ("ko_KR", TWICE_A_DAY, "아침저녁으로 복용하세요."),
    ("ko_KR", TWICE_A_DAY, "12시간마다 복용하세요."),
    ("zh_TW", TWICE_A_DAY, "早晚服用。"),
    ("zh_TW", TWICE_A_DAY, "每12小時服用。"),
    ("ar", TWICE_A_DAY, "تناوله صباحًا ومساءً."),
    ("ar", TWICE_A_DAY, "تناوله كل 12 ساعة."),
    ("es", TWICE_A_DAY, "Tomar mañana y noche."),  # no "por la": mañana y noche is morning and night
]


@pytest.mark.parametrize("locale, source, translation", TWICE_A_DAY_UNCOUNTED)
def test_twice_a_day_said_by_morning_and_evening_or_every_12_hours_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("fr", TWICE_A_DAY, "Prendre le matin."),
        ("fr", TWICE_A_DAY, "Prendre le matin ou le soir."),  # once, one or the other
        ("fr", TWICE_A_DAY, "Prendre matin, midi et soir."),  # three times
        ("fr", TWICE_A_DAY, "Prendre 3 fois par jour."),
        ("fr", TWICE_A_DAY, "Prendre matin et soir, trois fois par jour."),
        ("pt_BR", TWICE_A_DAY, "Tome de 8 em 8 horas."),  # three times a day
        ("fr", "Take three times a day.", "Prendre toutes les 12 heures."),
        ("fr", "Take once a day.", "Prendre matin et soir."),
        ("es", "Take once a day.", "Tomar mañana y noche."),
        # a count a day of its own: once, at one of the two times
        ("fr", TWICE_A_DAY, "Prendre une fois par jour, matin et soir."),
        (
            "es",
            "Take one tablet twice a day, in the morning and in the evening.",
            "Tome un comprimido una vez al día, por la mañana y por la noche.",
        ),
    ],
)
def test_another_count_of_times_by_times_of_day_or_hours_is_still_an_error(catalogs, locale, source, translation):
    only(catalogs.findings(source, translation, locale=locale, check="number-words"))


ONE_IN_TEN = "One in ten people get a headache."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        (
            "es",
            "Common (may affect up to one in ten people)",
            "Frecuente (puede afectar hasta al 10 % de las personas)",
        ),
        ("es", ONE_IN_TEN, "El 10 % de las personas tiene dolor de cabeza."),
        ("es", ONE_IN_TEN, "Una de cada diez personas tiene dolor de cabeza."),
        ("fr", ONE_IN_TEN, "10 % des personnes ont mal à la tête."),
        ("de", ONE_IN_TEN, "10 % der Menschen haben Kopfschmerzen."),
        ("pt_BR", ONE_IN_TEN, "10% das pessoas têm dor de cabeça."),
        ("ko_KR", ONE_IN_TEN, "10%의 사람에게 두통이 생깁니다."),
        ("zh_TW", ONE_IN_TEN, "10% 的人會頭痛。"),
        ("ar", ONE_IN_TEN, "يعاني 10% من الأشخاص من الصداع."),
        ("pt_BR", "Between one in a hundred and one in ten patients", "Entre 1% e 10% dos pacientes"),
    ],
)
def test_a_proportion_in_words_said_as_its_percentage_passes(catalogs, locale, source, translation):
    # as "1 in 10" as 10 % does ([numbers]): the percentage says both its numbers
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation, missing",
    [
        ("es", ONE_IN_TEN, "El 1 % de las personas tiene dolor de cabeza.", "'ten' (10)"),
        ("pt_BR", "Between one in a hundred and one in ten patients", "Entre 10% e 100% dos pacientes", "'one' (1)"),
        # the one of "one tablet" is its own: no percentage says it
        (
            "pt_BR",
            "Take one tablet. It may affect one in ten people.",
            "Tome o comprimido. Pode afetar 10%.",
            "'one' (1)",
        ),
    ],
)
def test_a_proportion_in_words_said_as_another_percentage_is_an_error(catalogs, locale, source, translation, missing):
    finding = only(catalogs.findings(source, translation, locale=locale, check="number-words"))
    assert finding.message == f"{missing} in the source is missing from the translation"


# "one in every thousand" is "one in a thousand": its "every" says no other proportion.
@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", "One in every thousand people", "El 0,1 % de las personas"),
        ("fr", "One in every thousand people", "0,1 % des personnes"),
        ("es", "One in every ten people", "El 10 % de las personas"),
        ("de", "One in every hundred people", "1 % der Menschen"),
        ("es", "one out of every thousand people", "El 0,1 % de las personas"),
        ("es", "Two in every hundred people", "El 2 % de las personas"),
        ("es", "One in every thousand people", "Una de cada mil personas"),
    ],
)
def test_a_proportion_with_every_said_as_its_percentage_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", "One in every thousand people", "El 1 % de las personas"),
        ("es", "One in every ten people", "El 1 % de las personas"),
        ("es", "Two in every hundred people", "El 1 % de las personas"),
    ],
)
def test_a_proportion_with_every_said_as_another_percentage_is_an_error(catalogs, locale, source, translation):
    assert any(finding.severity == "error" for finding in catalogs.findings(source, translation, locale=locale))


# A dose once a week or a month is that period's one occasion whatever its count: the period said
# as a rate (weekly, a la semana) says its once, as "un comprimé par jour" does for one tablet a day.
@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ar", "Take 2 tablets once a week.", "تناول قرصين أسبوعيًا."),
        ("es", "Take 2 tablets once a week.", "Tome 2 comprimidos semanalmente."),
        ("es", "Take 2 tablets once a week.", "Tome 2 comprimidos a la semana."),
        ("de", "Take 2 tablets once a week.", "Nehmen Sie wöchentlich 2 Tabletten ein."),
        ("fr", "Take 1 tablet once a month.", "Prenez 1 comprimé par mois."),
    ],
)
def test_once_goes_without_saying_for_a_dose_a_week(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="number-words") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # two tablets a day may be one in the morning and one at night: the once must be said
        ("es", "Take 2 tablets once a day.", "Tome 2 comprimidos al día."),
        # another period, or another count of times
        ("es", "Take 2 tablets once a week.", "Tome 2 comprimidos al día."),
        ("ar", "Take 2 tablets once a week.", "تناول قرصين يوميًا."),
        ("es", "Take 2 tablets once a week.", "Tome 2 comprimidos dos veces por semana."),
    ],
)
def test_once_of_a_dose_said_per_another_period_or_count_is_still_an_error(catalogs, locale, source, translation):
    assert [f.severity for f in catalogs.findings(source, translation, locale=locale, check="number-words")] == [
        "error"
    ]


@pytest.mark.parametrize(
    "source, translation, said",
    [
        # "for one month after the last dose" left out: the one of a counted noun is said by the noun, not unsaid
        (
            "Use effective contraception during treatment and for one month after the last dose.",
            "استخدمي وسيلة منع حمل فعالة أثناء العلاج.",
            "'one' (1) in the source is missing",
        ),
        ("Keep using it for one week after the rash has gone.", "استمر في استخدامه بعد زوال الطفح.", "'one' (1)"),
        # once made three times in words: the واحدة of بخة واحدة is the spray's one, no "once"
        (
            "Use one spray in each nostril once a day.",
            "استخدم بخة واحدة في كل فتحة أنف ثلاث مرات يوميًا.",
            "'one' (1) is said 2 times",
        ),
        ("Take one tablet once a day.", "تناول قرصًا واحدًا ثلاث مرات يوميًا.", "'one' (1) is said 2 times"),
    ],
)
def test_arabic_one_of_a_counted_noun_is_still_asked_for(catalogs, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale="ar"), "number-words")
    assert finding.severity == "error" and said in finding.message


@pytest.mark.parametrize(
    "source, translation",
    [
        (
            "Use effective contraception during treatment and for one month after the last dose.",
            "استخدمي وسيلة منع حمل فعالة أثناء العلاج ولمدة شهر بعد آخر جرعة.",
        ),
        (
            "Use effective contraception during treatment and for one month after the last dose.",
            "استخدمي وسيلة منع حمل فعالة أثناء العلاج ولمدة شهر واحد بعد آخر جرعة.",
        ),
        ("Use one spray in each nostril once a day.", "استخدم بخة واحدة في كل فتحة أنف مرة واحدة يوميًا."),
        ("Use one spray in each nostril once a day.", "استخدم بخة واحدة في كل فتحة أنف مرة يوميًا."),
        ("Use one spray in each nostril once a day.", "استخدم بخة في كل فتحة أنف مرة يوميًا."),
        ("Take one tablet once a day.", "تناول قرصًا يوميًا."),
        ("Take one tablet once a day.", "تناول قرصًا واحدًا مرة واحدة يوميًا."),
        ("Wait one hour before eating.", "انتظر ساعة قبل الأكل."),
        # the following week, month: one of it, as أسبوع alone is
        (
            "Do not expose yourself to the sun during treatment and for one week after stopping.",
            "لا تعرض نفسك للشمس أثناء العلاج وخلال الأسبوع التالي لإيقافه.",
        ),
        (
            "Use effective contraception during treatment and for one month after the last dose.",
            "استخدمي وسيلة منع حمل فعالة أثناء العلاج وخلال الشهر الذي يلي آخر جرعة.",
        ),
        # a form of medicine with its article or one the module does not list asks for no word of one
        ("Dissolve one tablet in water.", "أذب القرص في الماء."),
        ("Take one injection.", "خذ حقنة."),
        ("Use one puff when needed.", "استخدم نفخة عند الحاجة."),
    ],
)
def test_arabic_one_said_by_the_noun_alone_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="ar", check="number-words") == []


# --- one period, or twice, said by an idiom: the article or "another" of the period is its one ----
ONE_WEEK_AFTER_STOPPING = "Do not expose yourself to the sun during treatment and for one week after stopping."
ONE_WEEK_THEN_ONE_WEEK = "Take 20 mg a day for one week, then 10 mg a day for one week, then stop."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        (
            "es",
            "Discard any remaining solution 1 month after opening.",
            "Deseche la solución sobrante al mes de abrir el frasco.",
        ),
        ("es", "Discard any remaining solution one month after opening.", "Deseche la solución al mes de abrirla."),
        ("es", "Discard the drops 1 week after opening.", "Deseche las gotas a la semana de abrir el frasco."),
        (
            "es",
            ONE_WEEK_THEN_ONE_WEEK,
            "Tome 20 mg al día durante una semana, luego 10 mg al día durante otra semana y después deje de tomarlo.",
        ),
        (
            "pt_BR",
            ONE_WEEK_THEN_ONE_WEEK,
            "Tome 20 mg por dia durante uma semana, depois 10 mg por dia durante outra semana e então pare.",
        ),
        (
            "fr",
            ONE_WEEK_AFTER_STOPPING,
            "Ne vous exposez pas au soleil pendant le traitement et durant la semaine qui suit son arrêt.",
        ),
        ("fr", ONE_WEEK_AFTER_STOPPING, "Ne vous exposez pas au soleil pendant le traitement et la semaine suivante."),
        (
            "es",
            ONE_WEEK_AFTER_STOPPING,
            "No se exponga al sol durante el tratamiento y la semana siguiente a su suspensión.",
        ),
        (
            "pt_BR",
            ONE_WEEK_AFTER_STOPPING,
            "Não se exponha ao sol durante o tratamento e na semana seguinte à sua interrupção.",
        ),
        (
            "de",
            ONE_WEEK_AFTER_STOPPING,
            "Setzen Sie sich während der Behandlung und in der folgenden Woche nach dem Absetzen nicht der Sonne aus.",
        ),
        (
            "de",
            "If you have forgotten a dose, do not take twice the amount next time.",
            "Wenn Sie eine Einnahme vergessen haben, nehmen Sie beim nächsten Mal nicht die doppelte Menge ein.",
        ),
        ("de", "Do not take twice the dose.", "Nehmen Sie nicht die doppelte Dosis ein."),
        (
            "de",
            "Do not take a double dose to make up for a forgotten dose.",
            "Nehmen Sie nicht die doppelte Dosis ein, um eine vergessene Dosis nachzuholen.",
        ),
        # the week after
        (
            "de",
            ONE_WEEK_AFTER_STOPPING,
            "Setzen Sie sich während der Behandlung und in der Woche nach dem Absetzen nicht der Sonne aus.",
        ),
        (
            "fr",
            ONE_WEEK_AFTER_STOPPING,
            "Ne vous exposez pas au soleil pendant le traitement et la semaine après l'arrêt.",
        ),
        (
            "es",
            ONE_WEEK_AFTER_STOPPING,
            "No se exponga al sol durante el tratamiento ni la semana después de suspenderlo.",
        ),
        (
            "pt_BR",
            ONE_WEEK_AFTER_STOPPING,
            "Não se exponha ao sol durante o tratamento e na semana após a interrupção.",
        ),
        # "al mes" alone is a rate, its "otra vez" again: nothing to read
        ("es", "Use it twice a month.", "Úselo dos veces al mes."),
        ("es", "Take it once a month.", "Tómelo una vez al mes."),
    ],
)
def test_one_period_or_twice_said_by_an_idiom_passes(catalogs, locale, source, translation):
    assert [f for f in catalogs.findings(source, translation, locale=locale) if f.severity == "error"] == []


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        # the idiom says one: a source's two is still missing
        ("es", "Take 10 mg a day for two weeks.", "Tome 10 mg al día durante otra semana.", "'two' (2)"),
        ("pt_BR", "Take 10 mg a day for two weeks.", "Tome 10 mg por dia durante outra semana.", "'two' (2)"),
        (
            "fr",
            "Avoid the sun for two weeks after stopping.",
            "Évitez le soleil la semaine qui suit l'arrêt.",
            "'two' (2)",
        ),
        ("es", "Avoid the sun for two weeks after stopping.", "Evite el sol la semana siguiente.", "'two' (2)"),
        (
            "de",
            "Avoid the sun for two weeks after stopping.",
            "Meiden Sie die Sonne in der folgenden Woche.",
            "'two' (2)",
        ),
        ("de", "Do not take three times the amount.", "Nehmen Sie nicht die doppelte Menge ein.", "'three' (3)"),
        (
            "de",
            "Avoid the sun for two weeks after stopping.",
            "Meiden Sie die Sonne in der Woche nach dem Absetzen.",
            "'two' (2)",
        ),
    ],
)
def test_a_number_changed_beside_an_idiom_of_one_is_still_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale), "number-words")
    assert finding.severity == "error" and said in finding.message


def test_a_digit_changed_beside_al_mes_de_is_still_an_error(catalogs):
    """ "3 months after opening" as `al mes de abrir` (a month): the 3 is missing ([numbers])."""
    findings = catalogs.findings(
        "Discard any remaining solution 3 months after opening.", "Deseche la solución al mes de abrirla.", locale="es"
    )
    assert any(f.check == "numbers" and f.severity == "error" and "3" in f.message for f in findings)


# --- times of day the source names by the clock ----------------------------------------------------
# "Take one tablet at 8 am and one at 8 pm." as 上午8點及晚上8點各服用1錠 was an error (*the source names
# no time of day and says no count of times: the translation says a number for each of 2 times of
# day*): the source's two clock times are two times of day too.
@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("zh_TW", "Take one tablet at 8 am and one at 8 pm.", "上午8點及晚上8點各服用1錠。"),
        ("zh_TW", "Take one tablet at 7 am, one at 1 pm and one at 7 pm.", "上午7點、下午1點及晚上7點各服用1錠。"),
    ],
)
def test_a_number_for_each_of_the_sources_clock_times_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="number-words") == []


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        # more times of day than the source's clock times
        (
            "zh_TW",
            "Take one tablet at 8 am and one at 8 pm.",
            "上午8點、中午12點及晚上8點各服用1錠。",
            "the source names 2 times of day by the clock and says no count of times: the translation says a "
            "number for each of 3 times of day (3 times)",
        ),
        (
            "ko_KR",
            "Take one tablet at 8 am.",
            "아침과 저녁에 1정씩 복용하십시오.",
            "the source names 1 time of day by the clock and says no count of times: the translation says a "
            "number for each of 2 times of day (2 times)",
        ),
    ],
)
def test_more_times_of_day_than_the_sources_clock_times_is_an_error(catalogs, locale, source, translation, said):
    findings = catalogs.findings(source, translation, locale=locale, check="number-words")
    assert [(f.severity, f.message) for f in findings] == [("error", said)]


# "half an hour", "an hour and a half", "a quarter of an hour" are lengths of time (30, 90, 15
# minutes): their half is the length's, asked for as that length in any unit, not as a half on its
# own.  "an hour and a half" as `1시간 30분` was a false error (*'half' (1/2) ... missing*), as
# `30분` passed; "a quarter of an hour" was read nowhere.
HOUR_AND_A_HALF = "Take it an hour and a half before meals."


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", HOUR_AND_A_HALF, "식사 1시간 30분 전에 복용하십시오."),
        ("ko_KR", HOUR_AND_A_HALF, "식사 90분 전에 복용하십시오."),
        ("ko_KR", HOUR_AND_A_HALF, "식사 한 시간 반 전에 복용하십시오."),
        ("de", HOUR_AND_A_HALF, "Nehmen Sie es anderthalb Stunden vor dem Essen ein."),
        ("de", HOUR_AND_A_HALF, "Nehmen Sie es eineinhalb Stunden vor dem Essen ein."),
        ("fr", HOUR_AND_A_HALF, "Prenez-le une heure et demie avant les repas."),
        ("es", HOUR_AND_A_HALF, "Tómelo una hora y media antes de las comidas."),
        ("pt_BR", HOUR_AND_A_HALF, "Tome uma hora e meia antes das refeições."),
        ("zh_TW", HOUR_AND_A_HALF, "飯前一個半小時服用。"),
        ("ar", HOUR_AND_A_HALF, "تناوله قبل الوجبات بساعة ونصف."),
        ("ko_KR", "Take it half an hour before meals.", "식사 30분 전에 복용하십시오."),
        ("ko_KR", "Take it half an hour before meals.", "식사 반 시간 전에 복용하십시오."),
        ("de", "Half an hour before meals.", "Eine halbe Stunde vor dem Essen."),
        ("es", "Take it a half hour before meals.", "Tómelo media hora antes de las comidas."),
        ("ko_KR", "Take it a quarter of an hour before meals.", "식사 15분 전에 복용하십시오."),
        ("fr", "Take it a quarter of an hour before meals.", "Prenez-le un quart d'heure avant les repas."),
        ("ar", "Take it a quarter of an hour before meals.", "تناوله قبل الوجبات بربع ساعة."),
        ("zh_TW", "Take it a quarter of an hour before meals.", "飯前十五分鐘服用。"),
        # a half of a dose beside it is still a half of its own
        ("ko_KR", "Take half a tablet half an hour before meals.", "식사 30분 전에 반 정을 복용하십시오."),
    ],
)
def test_a_length_said_in_words_kept_in_any_unit_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


@pytest.mark.parametrize(
    ("locale", "source", "translation", "length"),
    [
        ("ko_KR", HOUR_AND_A_HALF, "식사 1시간 전에 복용하십시오.", "'an hour and a half' (90 minutes)"),
        ("ko_KR", HOUR_AND_A_HALF, "식사 30분 전에 복용하십시오.", "'an hour and a half' (90 minutes)"),
        (
            "de",
            HOUR_AND_A_HALF,
            "Nehmen Sie es eine halbe Stunde vor dem Essen ein.",
            "'an hour and a half' (90 minutes)",
        ),
        (
            "de",
            "Take it half an hour before meals.",
            "Nehmen Sie es eine Stunde vor dem Essen ein.",
            "'half an hour' (30 minutes)",
        ),
        (
            "de",
            "Take it half an hour before meals.",
            "Nehmen Sie es 20 Minuten vor dem Essen ein.",
            "'half an hour' (30 minutes)",
        ),
        (
            "ko_KR",
            "Take it a quarter of an hour before meals.",
            "식사 30분 전에 복용하십시오.",
            "'quarter of an hour' (15 minutes)",
        ),
    ],
)
def test_a_length_said_in_words_changed_is_an_error(catalogs, locale, source, translation, length):
    finding = only(catalogs.findings(source, translation, locale=locale), "number-words")
    assert (finding.severity, finding.message) == ("error", f"{length} in the source is missing from the translation")


def test_a_half_tablet_beside_half_an_hour_is_still_asked_for(catalogs):
    # its 30분 is the half hour's: no half a tablet
    translation = "식사 30분 전에 1정을 복용하십시오."
    findings = catalogs.findings("Take half a tablet half an hour before meals.", translation, locale="ko_KR")
    finding = only(findings, "number-words")
    assert finding.message == "'half' (1/2) in the source is missing from the translation"


TWICE_THE_AMOUNT = "Do not take twice the amount next time."


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "No tome una dosis doble la próxima vez."),
        ("fr", "Ne prenez pas une dose double la prochaine fois."),
        ("pt_BR", "Não tome uma dose dobrada na próxima vez."),
        ("de", "Nehmen Sie beim nächsten Mal nicht die zweifache Menge ein."),
        ("zh_TW", "下次請勿服用雙倍劑量。"),
        ("zh_TW", "下次請勿服用加倍的劑量。"),
        ("ar", "لا تتناول جرعة مضاعفة في المرة القادمة."),
    ],
)
def test_twice_an_amount_said_as_a_double_amount_passes(catalogs, locale, translation):
    # a double dose is twice the amount: its double is the 2
    assert not catalogs.findings(TWICE_THE_AMOUNT, translation, locale=locale)


@pytest.mark.parametrize(
    "locale, source, translation, message",
    [
        # twice a day is a rate: a double dose once a day is twice the dose, taken once
        ("es", "Take it twice a day.", "Tome una dosis doble al día.", "'twice' (2) in the source is missing"),
        (
            "de",
            "Take it twice a day.",
            "Nehmen Sie täglich eine doppelte Dosis ein.",
            "'twice' (2) in the source is missing",
        ),
        ("zh_TW", "Take it twice a day.", "每天服用雙倍劑量。", "'twice' (2) in the source is missing"),
        ("es", TWICE_THE_AMOUNT, "No tome la dosis la próxima vez.", "'twice' (2) in the source is missing"),
        ("ar", TWICE_THE_AMOUNT, "لا تتناول جرعة في المرة القادمة.", "'twice' (2) in the source is missing"),
        # the double says the amount's twice, not the rate's too
        (
            "fr",
            "Take twice the dose twice a day.",
            "Prenez une dose double une fois par jour.",
            "'twice' (2) is said 2 times in the source and 1",
        ),
    ],
)
def test_a_double_amount_for_a_twice_of_a_rate_is_still_an_error(catalogs, locale, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale=locale), "number-words")
    assert (finding.severity, finding.message.startswith(message)) == ("error", True), finding.message


def test_a_double_amount_with_the_rates_twice_said_passes(catalogs):
    translation = "Prenez une dose double deux fois par jour."
    assert not catalogs.findings("Take twice the dose twice a day.", translation, locale="fr")


DIGITS_AND_A_HALF_HOURS = "Take it 1 and a half hours before meals."
DIGITS_HOUR_AND_A_HALF = "Take it 1 hour and a half before meals."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", DIGITS_AND_A_HALF_HOURS, "식사 1시간 30분 전에 복용하십시오."),
        ("ko_KR", DIGITS_HOUR_AND_A_HALF, "식사 1시간 30분 전에 복용하십시오."),
        ("ko_KR", DIGITS_HOUR_AND_A_HALF, "식사 90분 전에 복용하십시오."),
        ("ko_KR", "Take it 2 and a half hours before meals.", "식사 2시간 30분 전에 복용하십시오."),
        ("de", DIGITS_AND_A_HALF_HOURS, "Nehmen Sie es 1,5 Stunden vor dem Essen ein."),
        ("es", DIGITS_HOUR_AND_A_HALF, "Tómelo 1 hora y media antes de las comidas."),
        ("es", "Take it 2 and a half hours before meals.", "Tómelo 2 horas y media antes de las comidas."),
        ("fr", DIGITS_AND_A_HALF_HOURS, "Prenez-le 1 heure et demie avant les repas."),
        ("zh_TW", DIGITS_AND_A_HALF_HOURS, "飯前1個半小時服用。"),
    ],
)
def test_digits_and_a_half_of_a_length_kept_passes(catalogs, locale, source, translation):
    # "1 and a half hours", "1 hour and a half": one length, 90 minutes; its half is the length's
    assert not catalogs.findings(source, translation, locale=locale)


@pytest.mark.parametrize(
    "locale, source, translation, length",
    [
        ("ko_KR", DIGITS_AND_A_HALF_HOURS, "식사 1시간 전에 복용하십시오.", "'1 and a half hours' (3/2 hours)"),
        ("ko_KR", DIGITS_HOUR_AND_A_HALF, "식사 1시간 전에 복용하십시오.", "'1 hour and a half' (90 minutes)"),
        ("ko_KR", DIGITS_HOUR_AND_A_HALF, "식사 30분 전에 복용하십시오.", "'1 hour and a half' (90 minutes)"),
        (
            "ko_KR",
            "Take it 2 and a half hours before meals.",
            "식사 1시간 30분 전에 복용하십시오.",
            "'2 and a half hours' (5/2 hours)",
        ),
    ],
)
def test_digits_and_a_half_of_a_length_changed_is_an_error(catalogs, locale, source, translation, length):
    finding = only(catalogs.findings(source, translation, locale=locale), "number-words")
    assert (finding.severity, finding.message) == ("error", f"{length} in the source is missing from the translation")


def test_a_half_tablet_beside_digits_and_a_half_hours_is_still_asked_for(catalogs):
    translation = "식사 1시간 30분 전에 1정을 복용하십시오."
    findings = catalogs.findings("Take half a tablet 1 hour and a half before meals.", translation, locale="ko_KR")
    finding = only(findings, "number-words")
    assert finding.message == "'half' (1/2) in the source is missing from the translation"


TWICE_IN_ONE_WEEK = "Call your doctor if it happens twice in one week."


@pytest.mark.parametrize(
    "locale, translation",
    [
        # the week said as a rate, as "twice a week" is: no number one of its own
        ("ko_KR", "일주일에 두 번 그런 일이 있으면 의사에게 연락하십시오."),
        ("ko_KR", "한 주에 두 번 그런 일이 있으면 의사에게 연락하십시오."),
        ("es", "Llame a su médico si ocurre dos veces en una semana."),
        ("zh_TW", "如果一週內發生兩次，請聯絡醫師。"),
    ],
)
def test_the_one_week_of_a_rate_said_as_a_rate_passes(catalogs, locale, translation):
    assert catalogs.findings(TWICE_IN_ONE_WEEK, translation, locale=locale, check="number-words") == []


@pytest.mark.parametrize(
    "source, translation",
    [
        # two weeks is no week said as a rate: its one is missing
        (TWICE_IN_ONE_WEEK, "2주에 두 번 그런 일이 있으면 의사에게 연락하십시오."),
        # one week of a length is no rate: 일주일에 is no reading of it
        ("Take it for one week, twice in the first days.", "처음 며칠은 하루에 두 번, 2주 동안 복용하십시오."),
    ],
)
def test_the_one_week_of_a_rate_said_as_another_length_is_an_error(catalogs, source, translation):
    finding = only(catalogs.findings(source, translation, locale="ko_KR", check="number-words"))
    assert finding.message == "'one' (1) in the source is missing from the translation"


# Korean 1회 before a dose (1회 5 mg) says "each time", no count of one: "once a day" said `1일
# 2회, 1회 5 mg` (twice a day, 5 mg each time) doubles the day's dose.
@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "1일 2회, 1회 5 mg을 복용하세요."),
        ("ko_KR", "하루 2회, 1회 5 mg씩 복용하세요."),
        ("zh_TW", "每日2次，每次5毫克。"),
    ],
)
def test_once_a_day_said_twice_beside_a_dose_each_time_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings("Take 5 mg once a day.", translation, locale=locale), check="number-words")
    assert (finding.severity, finding.message) == ("error", "'once' (1) in the source is missing from the translation")


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", "Take 5 mg once a day.", "1일 1회, 1회 5 mg을 복용하세요."),
        ("ko_KR", "Take 5 mg once a day.", "하루 한 번, 1회 5 mg을 복용하세요."),
        ("ko_KR", "Take 5 mg once a day.", "1회 5 mg을 매일 1회 복용하세요."),
        ("zh_TW", "Take 5 mg once a day.", "每日1次，每次5毫克。"),
        ("ko_KR", "Take 5 mg twice a day.", "1일 2회, 1회 5 mg을 복용하세요."),
        # a 1회 that no dose follows is a count: "once"
        ("ko_KR", "Use it once.", "1회 사용하세요."),
    ],
)
def test_once_kept_beside_a_dose_each_time_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="number-words") == []


@pytest.mark.parametrize(
    "translation",
    ["Etwa jeder vierte Patient leidet unter Müdigkeit.", "Bei etwa jedem vierten Patienten tritt Müdigkeit auf."],
)
def test_one_in_four_in_words_said_as_every_fourth_passes(catalogs, translation):
    source = "About one in four patients experiences tiredness."
    assert catalogs.findings(source, translation, locale="de", check="number-words") == []


def test_one_in_four_in_words_said_as_every_fifth_is_an_error(catalogs):
    source = "About one in four patients experiences tiredness."
    translation = "Etwa jeder fünfte Patient leidet unter Müdigkeit."
    findings = catalogs.findings(source, translation, locale="de", check="number-words")
    assert "'four' (4) in the source is missing from the translation" in [f.message for f in findings]


_NEXT_ONE = "If more than 12 hours have passed, skip the missed dose and take the next one at the usual time."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        (
            "es",
            _NEXT_ONE,
            "Si han pasado más de 12 horas, omita la dosis olvidada y tome la siguiente a la hora habitual.",
        ),
        (
            "fr",
            _NEXT_ONE,
            "Si plus de 12 heures se sont écoulées, sautez la dose oubliée et prenez la suivante à l'heure habituelle.",
        ),
        ("zh_TW", _NEXT_ONE, "如果已超過12小時，請跳過漏服的劑量，並在平常的時間服用下一劑。"),
        ("es", "If you lose a patch, put on a new one.", "Si pierde un parche, póngase otro nuevo."),
        (
            "ko_KR",
            "You need three doses: the first now, then one 1 month and one 6 months after the first.",
            "모두 세 번 맞아야 하며, 오늘 첫 접종을 하고 첫 접종 1개월 후와 6개월 후에 한 번씩 더 맞습니다.",
        ),
    ],
)
def test_one_standing_for_a_noun_said_before_is_no_count(catalogs, locale, source, translation):
    """ "the next one" (red32 c070), "one 1 month … after the first" (c039): a pronoun for the dose,
    said with no 1 by `la siguiente`, `下一劑`; it was *'one' (1) in the source is missing*."""
    assert catalogs.findings(source, translation, locale=locale, check="number-words") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", "Take one 500 mg tablet.", "Tome comprimidos de 500 mg."),
        ("de", "Give one 5 mL dose.", "Geben Sie Dosen von 5 ml."),
    ],
)
def test_one_before_its_noun_is_still_a_count(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale, check="number-words"))
    assert finding.severity == "error" and "'one' (1)" in finding.message


EVERY_THREE_MONTHS = "Have a blood test every three months."


@pytest.mark.parametrize(
    "locale, translation, said",
    [
        ("es", "Hágase un análisis de sangre cada cuatro meses.", "4"),
        ("ko_KR", "4개월마다 혈액 검사를 받으세요.", "4"),
        ("ko_KR", "넉 달마다 혈액 검사를 받으세요.", "4"),
        ("zh_TW", "每四個月驗一次血。", "4"),
        ("fr", "Faites une prise de sang tous les six mois.", "6"),
    ],
)
def test_a_number_in_words_after_every_said_as_another_is_an_error(catalogs, locale, translation, said):
    """ "every three months" was read by nothing: the English numbers in words left out every number
    after "every" (as they leave out "every one"), and [units] reads an interval's number from them.
    So `cada cuatro meses` and `4개월마다` passed."""
    finding = only(catalogs.findings(EVERY_THREE_MONTHS, translation, locale=locale, check="number-words"))
    assert finding.severity == "error"
    assert finding.message.startswith("'three' (3) in the source is missing from the translation")


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", EVERY_THREE_MONTHS, "Hágase un análisis de sangre cada tres meses."),
        ("ko_KR", EVERY_THREE_MONTHS, "석 달마다 혈액 검사를 받으세요."),
        ("ko_KR", EVERY_THREE_MONTHS, "3개월마다 혈액 검사를 받으세요."),
        ("zh_TW", EVERY_THREE_MONTHS, "每三個月驗一次血。"),
        ("ar", EVERY_THREE_MONTHS, "أجرِ فحص دم كل ثلاثة أشهر."),
        ("fr", EVERY_THREE_MONTHS, "Faites une prise de sang tous les trois mois."),
        ("pt", EVERY_THREE_MONTHS, "Faça análises ao sangue de três em três meses."),
        ("de", EVERY_THREE_MONTHS, "Lassen Sie alle drei Monate Ihr Blut untersuchen."),
        # two of a period said as one word: the Arabic dual, Korean 이틀
        ("ar", "Change the patch every two days.", "غيّر اللصقة كل يومين."),
        ("ko_KR", "Change the patch every two days.", "이틀마다 패치를 바꾸세요."),
        # "the two" names what was said before, and "every one" is no count, as before
        ("es", "Wait 5 minutes between the two different eye drops.", "Espere 5 minutos entre un colirio y otro."),
        ("es", "Check every one of the tablets.", "Revise cada comprimido."),
    ],
)
def test_a_number_in_words_after_every_said_alike_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="number-words") == []
