"""[limits]: at least / no more than / within keep their direction."""

from __future__ import annotations

import pytest

from pipeline.checks.limits import source_limits
from pipeline.languages import language_for
from pipeline.languages.language import AT_LEAST, AT_MOST
from tests.checks.helpers import only

NO_MORE = "Take no more than 2 g a day."
WITHIN = "Start it within 24 hours."


@pytest.mark.parametrize(
    "locale, source, flipped",
    [
        ("ko_KR", NO_MORE, "하루에 2 g 이상 드세요."),
        ("ko_KR", NO_MORE, "하루에 최소 2 g 드세요."),
        ("ko_KR", WITHIN, "24시간 후에 시작하세요."),
        ("ko_KR", WITHIN, "24시간이 넘은 뒤에 시작하세요."),
        ("ko_KR", WITHIN, "하루 이상 지난 뒤에 시작하세요."),  # 24 hours as 하루: the whole translation's words
        ("ko_KR", "Less than 10%", "10% 초과"),
        ("ko_KR", "More than 30%", "30% 이하"),
        ("ko_KR", "Less often, a total of up to 2 g/kg is given.", "드물게는 모두 합해 2 g/kg 이상을 주입합니다."),
        ("ko_KR", "Wait at least 2 hours.", "두 시간 이내로 기다리세요."),
        ("es", NO_MORE, "Tome al menos 2 g al día."),
        ("es", "Less than 10%", "Más del 10%"),
        ("zh_TW", NO_MORE, "每天超過 2 g。"),
        ("zh_TW", WITHIN, "在 24 小時後開始。"),
        ("ar", NO_MORE, "تناول ما لا يقل عن 2 g يوميا."),
        ("ar", "Less than 10%", "أكثر من 10%"),
        # the plainer words a translator may reach for
        ("es", "Less than 10%", "Mínimo el 10%"),
        ("es", "More than 30%", "Como mucho el 30%"),
        ("es", "More than 30%", "Máximo el 30%"),
        ("es", WITHIN, "Empiece a partir de las 24 horas."),
        ("ko_KR", "More than 30%", "30% 아래"),
        ("zh_TW", WITHIN, "滿 24 小時再開始。"),
        ("zh_TW", "More than 30%", "不滿 30%"),
        ("ar", "Less than 10%", "أعلى من 10%"),
        ("ar", "More than 30%", "أدنى من 30%"),
        ("ar", "More than 30%", "تحت 30%"),
        ("ar", WITHIN, "ابدأ عقب 24 ساعة."),
    ],
)
def test_a_limit_turned_around_a_dose_or_time_is_an_error(catalogs, locale, source, flipped):
    finding = only(catalogs.findings(source, flipped, locale=locale), "limits")
    assert finding.severity == "error" and "turned around" in finding.message


def test_a_limit_turned_around_says_which_direction_each_side_says(catalogs):
    finding = only(catalogs.findings(NO_MORE, "Tome al menos 2 g al día.", locale="es", check="limits"))
    assert finding.message == (
        "'no more than 2 g' is turned around in the translation: it says at least 2, the source at most"
    )


def test_a_language_without_limit_words_is_not_checked(catalogs):
    """Vietnamese has no limit words in pipeline/languages/: its "không quá" (no more than) cannot
    be read, and no limit of the source is reported as dropped."""
    assert catalogs.findings(NO_MORE, "Dùng không quá 2 g mỗi ngày.", locale="vi", check="limits") == []


def test_each_limit_of_an_entry_is_read_its_own_way(catalogs):
    # one that says who beside one that does not: the other's "no" is still read
    source = "Children under 12: do not take more than 2 g."
    assert catalogs.findings(source, "Niños menores de 12 años: no tome más de 2 g.", locale="es", check="limits") == []
    # one written in another unit (24 hours as 하루) beside one of the other direction is left out;
    # the next is still checked
    source = "Start it within 24 hours and take at least 2 g."
    finding = only(catalogs.findings(source, "하루 안에 시작하고 2 g 이하로 드세요.", check="limits"))
    assert finding.severity == "error" and finding.message.startswith("'at least 2 g' is turned around")


def test_a_limit_turned_around_a_bare_count_is_a_warning_and_one_dropped_is_a_warning(catalogs):
    source = "Tell your doctor if you have more than 3 attacks."
    assert (
        only(catalogs.findings(source, "발작이 3 이하이면 의사에게 알리십시오.", check="limits")).severity == "warning"
    )
    dropped = only(catalogs.findings(NO_MORE, "하루에 2 g 드세요.", check="limits"))
    assert dropped.severity == "warning" and "does not say at most 2" in dropped.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", NO_MORE, "하루에 2 g 이하로 드세요."),
        ("ko_KR", NO_MORE, "하루에 2 g 미만으로 드세요."),  # strict for non-strict: the same direction
        ("ko_KR", NO_MORE, "하루에 최대 2 g까지 드세요."),
        ("ko_KR", NO_MORE, "하루에 2 g을 넘지 않게 드세요."),
        # the "not" of a limit phrase (no more than, 넘지 않) denies no other limit in its clause
        ("ko_KR", "Take no more than 2 tablets within 24 hours.", "24시간 이내 2정 넘지 않게 드세요."),
        ("ko_KR", "Take no more than 2 tablets within 24 hours.", "24시간 이내에 최대 2정 드세요."),
        # a limit said after its number says no who: the translation's "no" before it is read
        ("es", "Take 2 g or less.", "No tome más de 2 g."),
        ("ko_KR", WITHIN, "24시간 이내에 시작하세요."),
        ("ko_KR", WITHIN, "하루 안에 시작하세요."),  # another unit: judged by the whole translation
        (
            "ko_KR",
            "If IVIG is used, it should be started within 24 hours after TEN is diagnosed.",
            "IVIG를 쓴다면 TEN으로 진단받은 뒤 24시간 이내에 시작하는 것이 좋습니다.",
        ),
        ("ko_KR", "Wait at least 2 hours.", "적어도 두 시간은 기다리세요."),
        ("ko_KR", "It is given over 2 to 5 days.", "2~5일에 걸쳐 줍니다."),  # across, not more than
        ("ko_KR", "Up to 1 in 10 people get a headache.", "최대 10명 중 1명이 두통을 겪습니다."),
        ("ko_KR", "A dose of 2 g/kg or more", "2 g/kg 이상의 용량"),
        ("es", NO_MORE, "Tome como máximo 2 g al día."),
        ("es", NO_MORE, "No tome más de 2 g al día."),
        ("es", WITHIN, "Empiece dentro de las 24 horas."),
        ("zh_TW", NO_MORE, "每天不超過 2 g。"),
        ("zh_TW", WITHIN, "請在 24 小時內開始。"),
        ("zh_TW", "Less than 10%", "少於 10%"),
        ("ar", NO_MORE, "تناول ما لا يزيد عن 2 g يوميا."),
        ("ar", "Less often, a total of up to 2 g/kg is given.", "وفي حالات أقل، تعطى جرعة كاملة تصل إلى 2 g/kg."),
        ("ar", WITHIN, "ابدأ خلال 24 ساعة."),
    ],
)
def test_the_same_direction_in_the_languages_words_is_no_finding(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


FEVER = "Call if your temperature is 38 °C or higher."
LOW_SUGAR = "Call if your blood sugar is 4 mmol/L or lower."


@pytest.mark.parametrize(
    "locale, source, translation, errors",
    [
        ("ko_KR", FEVER, "체온이 38 °C 이상이면 연락하세요.", 0),
        ("ko_KR", FEVER, "체온이 38 °C 이하이면 연락하세요.", 1),
        ("zh_TW", FEVER, "如果體溫達到 38 °C 或以上，請打電話。", 0),
        ("zh_TW", FEVER, "如果體溫在 38 °C 以下，請打電話。", 1),
        ("es", FEVER, "Llame si su temperatura es de 38 °C o superior.", 0),
        ("es", FEVER, "Llame si su temperatura es de 38 °C o menos.", 1),
        ("ar", FEVER, "اتصل إذا كانت حرارتك 38 °C أو أعلى.", 0),
        ("ar", FEVER, "اتصل إذا كانت حرارتك 38 °C أو أقل.", 1),
        ("fr", FEVER, "Appelez si votre température est de 38 °C ou supérieure.", 0),
        ("pt_BR", FEVER, "Ligue se a sua temperatura for de 38 °C ou superior.", 0),
        ("ko_KR", LOW_SUGAR, "혈당이 4 mmol/L 이하이면 연락하세요.", 0),
        ("ko_KR", LOW_SUGAR, "혈당이 4 mmol/L 이상이면 연락하세요.", 1),
        ("es", LOW_SUGAR, "Llame si su azúcar en sangre es de 4 mmol/L o inferior.", 0),
        ("es", LOW_SUGAR, "Llame si su azúcar en sangre es de 4 mmol/L o superior.", 1),
        ("ar", LOW_SUGAR, "اتصل إذا كان سكر الدم 4 mmol/L أو أدنى.", 0),
        ("pt_BR", LOW_SUGAR, "Ligue se o açúcar no sangue for de 4 mmol/L ou inferior.", 0),
        # Spanish supera, excede (is above) and their article: "supera los 38 °C"
        ("es", FEVER, "Llame si su temperatura supera los 38 °C.", 0),
        ("es", FEVER, "Llame si su temperatura excede los 38 °C.", 0),
        ("es", LOW_SUGAR, "Llame si su azúcar en sangre supera los 4 mmol/L.", 1),
        ("es", "Do not take more than 4 g a day.", "No supere los 4 g al día.", 0),
        ("es", "Do not take more than 4 g a day.", "Supere los 4 g al día.", 1),
    ],
)
def test_or_higher_and_or_lower_after_a_threshold_keep_their_direction(catalogs, locale, source, translation, errors):
    # "38 °C or higher" was no limit at all: 38 °C 이하 (or lower) for a fever passed.
    findings = catalogs.findings(source, translation, locale=locale, check="limits")
    assert [f.severity for f in findings] == ["error"] * errors


def test_the_source_limits_are_the_phrases_tied_to_a_number():
    english = language_for("en")
    found = source_limits("Take no more than 2 g/kg, at least 4 hours apart; 3 days or more.", english)
    assert [(limit.direction, int(limit.value), limit.quantity) for limit in found] == [
        (AT_MOST, 2, True),
        (AT_LEAST, 4, True),
        (AT_LEAST, 3, True),
    ]
    assert found[0].text == "no more than 2 g/kg"
    assert source_limits("It is given over 3 days, more or less.", english) == []
    assert source_limits("TEN starts 1 to 3 weeks after a new medicine.", english) == []


def test_over_with_a_dose_is_a_limit_whatever_time_follows_it():
    english = language_for("en")
    # "day" after the dose is its rate ("a day"), not a time the dose is spread across.
    [limit] = source_limits("Do not take over 4 g a day.", english)
    assert (limit.direction, int(limit.value), limit.text) == (AT_MOST, 4, "over 4 g")
    [limit] = source_limits("Adults may take over 2 tablets a day.", english)
    assert (limit.direction, int(limit.value), limit.quantity) == (AT_LEAST, 2, True)
    # "Over" with a time is still across it, a word or a range between.
    assert source_limits("It is given over 2 full hours.", english) == []
    assert source_limits("It is given over 3 to 5 days, once a day.", english) == []


@pytest.mark.parametrize(
    "locale, translation, errors",
    [
        ("es", "No tome más de 4 g al día.", 0),
        ("es", "Tome al menos 4 g al día.", 1),
        ("de", "Nehmen Sie nicht mehr als 4 g pro Tag.", 0),
        ("de", "Nehmen Sie mindestens 4 g pro Tag.", 1),
        ("ko_KR", "하루에 4 g을 넘게 드시지 마세요.", 0),
        ("ko_KR", "하루에 4 g 이상 드세요.", 1),
        ("zh_TW", "每天不要服用超過 4 g。", 0),
        ("zh_TW", "每天請服用至少 4 g。", 1),
    ],
)
def test_a_dose_over_a_day_turned_around_is_an_error(catalogs, locale, translation, errors):
    findings = catalogs.findings("Do not take over 4 g a day.", translation, locale=locale, check="limits")
    assert [f.severity for f in findings] == ["error"] * errors


AT_MOST_AFTER = "Take 4 g at most."
A_DAY_AT_MOST = "Take 4 g a day at most."
NO_MORE_4 = "Take no more than 4 g a day."


@pytest.mark.parametrize(
    "locale, source, translation, errors",
    [
        # The source says its limit after the quantity, or after the quantity's rate: turned around, an error.
        ("ko_KR", AT_MOST_AFTER, "4 g 이상 드세요.", 1),
        ("ko_KR", "Take 4 g at the most.", "4 g 이상 드세요.", 1),
        ("ko_KR", "Take 4 g maximum.", "4 g 이상 드세요.", 1),
        ("es", "Take 4 g max.", "Tome 4 g como mínimo.", 1),
        ("es", A_DAY_AT_MOST, "Tome 4 g al día como mínimo.", 1),
        ("ko_KR", "Take 4 g per day at most.", "하루에 4 g 이상 드세요.", 1),
        ("zh_TW", "Take 4 g daily at the very most.", "每天至少4克。", 1),
        ("es", "Wait 2 hours at least.", "Espere 2 horas como máximo.", 1),
        ("ko_KR", "Wait 2 hours minimum.", "2시간 이내로 기다리세요.", 1),
        ("ar", "Wait 2 hours at the very least.", "انتظر ساعتين على الأكثر.", 1),
        # ... and said the same way, before the number or after it (or its rate), no finding.
        ("ko_KR", AT_MOST_AFTER, "최대 4 g 드세요.", 0),
        ("ko_KR", AT_MOST_AFTER, "4 g까지 드세요.", 0),
        ("es", AT_MOST_AFTER, "Tome como máximo 4 g.", 0),
        ("es", AT_MOST_AFTER, "Tome 4 g como máximo.", 0),
        ("zh_TW", AT_MOST_AFTER, "每次最多4克。", 0),
        ("zh_TW", AT_MOST_AFTER, "每次4克以內。", 0),
        ("es", A_DAY_AT_MOST, "Tome 4 g al día como máximo.", 0),
        ("es", A_DAY_AT_MOST, "Tome no más de 4 g al día.", 0),
        ("ko_KR", A_DAY_AT_MOST, "하루에 4 g 이내로 드세요.", 0),
        ("zh_TW", A_DAY_AT_MOST, "每天不超過4克。", 0),
        ("ar", A_DAY_AT_MOST, "تناول 4 غرامات يوميًا كحد أقصى.", 0),
        ("es", "Wait 2 hours at least.", "Espere 2 horas por lo menos.", 0),
    ],
)
def test_a_limit_said_after_the_quantity_or_its_rate_keeps_its_direction(catalogs, locale, source, translation, errors):
    # "Take 4 g at most." said as 4 g 이상 (at least) passed: English had no limit words after a number.
    findings = catalogs.findings(source, translation, locale=locale, check="limits")
    assert [f.severity for f in findings] == ["error"] * errors


@pytest.mark.parametrize(
    "locale, turned, kept",
    [
        ("es", "Tome 4 g al día al menos.", "Tome 4 g al día a lo sumo."),
        ("es", "Tome 4 g al día como poco.", "Tome 4 g al día como mucho."),
        ("es", "Tome 4 g al día mínimo.", "Tome 4 g al día máximo."),
        ("zh_TW", "每天4克或更多。", "每天4克為上限。"),
        ("zh_TW", "每天4克以上。", "每天4克或更少。"),
        ("ar", "تناول 4 غرامات يوميًا فأكثر.", "تناول 4 غرامات يوميًا فأقل."),
        ("ar", "تناول 4 غرامات يوميًا بحد أدنى.", "تناول 4 غرامات يوميًا بحد أقصى."),
        ("fr", "Prenez 4 g par jour au moins.", "Prenez 4 g par jour au plus."),
        ("fr", "Prenez 4 g par jour et plus.", "Prenez 4 g par jour et moins."),
        ("pt_BR", "Tome 4 g por dia pelo menos.", "Tome 4 g por dia no máximo."),
        ("pt_BR", "Tome 4 g por dia ou acima.", "Tome 4 g por dia ou abaixo."),
        ("de", "Nehmen Sie 4 g pro Tag und höher.", "Nehmen Sie 4 g pro Tag und weniger."),
    ],
)
def test_the_languages_limit_words_after_a_number_are_read(catalogs, locale, turned, kept):
    """Each language's words for a limit said after the number (and its rate): the opposite one is an
    error, not only a limit dropped (a warning), and its own passes."""
    turned_around = catalogs.findings(NO_MORE_4, turned, locale=locale, check="limits")
    assert [f.severity for f in turned_around] == ["error"], turned_around
    assert catalogs.findings(NO_MORE_4, kept, locale=locale, check="limits") == []


def test_a_limit_said_after_a_number_is_not_taken_from_the_next_number_or_rate():
    english = language_for("en")

    def read(text):
        return [(limit.direction, int(limit.value), limit.text) for limit in source_limits(text, english)]

    assert read("Take 4 g at most.") == [(AT_MOST, 4, "4 g at most")]
    assert read("Take 4 g a day at most, with food.") == [(AT_MOST, 4, "4 g a day at most")]
    assert read("Use 10%daily at most.") == [(AT_MOST, 10, "10%daily at most")]  # the rate glued to the %
    assert read("Use 10%or more.") == [(AT_LEAST, 10, "10%or more")]  # the phrase glued to the %
    assert read("Wait 2 hours at least before the next dose.") == [(AT_LEAST, 2, "2 hours at least")]
    # Another number or a rate after the phrase in its clause: it limits that one, not the 4 g.
    assert read("Take 4 g at most 3 times a day.") == [(AT_MOST, 3, "at most 3 times")]
    assert read("Take 2 tablets at least every 6 hours.") == []
    assert read("Take 4 g at least daily.") == []
    # Only a phrase said either side: "or higher" is always its number's.
    assert read("Call if it is 38 °C or higher for 2 days.") == [(AT_LEAST, 38, "38 °C or higher")]


def test_a_phrase_said_either_side_glued_to_the_next_number_is_that_ones():
    """A source in a script whose limit phrases have no word guards (source_locale = "ar"): على الأكثر
    written with no space before the 3 limits the 3, as with a space, not the 4 g before it."""
    arabic = language_for("ar")

    def read(text):
        return [(limit.direction, int(limit.value)) for limit in source_limits(text, arabic)]

    assert read("تناول 4 g على الأكثر 3 مرات.") == read("تناول 4 g على الأكثر3 مرات.") == [(AT_MOST, 3)]


@pytest.mark.parametrize(
    "source, locale, translation, severity, says",
    [
        # a phrase before the previous number is that one's: the 2 g's limit is dropped, not turned around
        (
            "Take at least 1 g and no more than 2 g.",
            "es",
            "Tome al menos 1 o 2 g.",
            "warning",
            "does not say at most 2",
        ),
        # a phrase after a number with numbers on both sides is still its own
        (
            "Take no more than 2 g, 3 times a day, for 5 days.",
            "ko_KR",
            "하루 3번, 2 g 이상을 5일 동안 드세요.",
            "error",
            "turned",
        ),
        # the same number said twice: what is said next to either counts
        (
            "Take no more than 2 g. 2 g is one tablet.",
            "ko_KR",
            "2 g 이상 드세요. 2 g은 한 알입니다.",
            "error",
            "turned",
        ),
        # a phrase right after the number, no space between (Chinese)
        ("People 65 or older may need a lower dose.", "zh_TW", "65以下的人可能需要較低的劑量。", "error", "turned"),
        # _NEAR, 16 characters: a phrase before the number ending 16 characters from it is near; one
        # after it starting 15 characters past it is near, one starting 16 past it is not
        ("Take no more than 2 g a day.", "es", "Tome más de (total diario) 2 g.", "error", "turned"),
        ("Take no more than 2 sachets a day.", "es", "Tome 2 sobres al día como mínimo.", "warning", "turned"),
        (
            "Take no more than 2 sachets a day.",
            "es",
            "Tome 2 sobres al día, como mínimo.",
            "warning",
            "does not say at most 2",
        ),
    ],
)
def test_the_directions_said_next_to_a_number_are_its_own(catalogs, source, locale, translation, severity, says):
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == severity and says in finding.message


def test_a_translations_phrase_said_either_side_right_before_the_next_number_is_that_ones(catalogs):
    """ "como mínimo 4 horas" limits the 4 hours: the 2 g before it lost its limit (a warning), it was
    not turned around (an error)."""
    findings = catalogs.findings(
        "Take at most 2 g, at least 4 hours apart.",
        "Tome 2 g, como mínimo 4 horas entre dosis.",
        locale="es",
        check="limits",
    )
    assert [(f.severity, "does not say at most 2" in f.message) for f in findings] == [("warning", True)]


@pytest.mark.parametrize(
    "source, translation, errors",
    [
        ("Take a maximum of 4 g a day.", "Tome un máximo de 4 g al día.", 0),
        ("Take a maximum of 4 g a day.", "Tome un mínimo de 4 g al día.", 1),
        ("Take it for at least 5 days.", "Tómelo durante un mínimo de 5 días.", 0),
        ("Take it for at least 5 days.", "Tómelo durante un máximo de 5 días.", 1),
        ("Take no more than 1 tablet a day.", "Tome un máximo de un comprimido al día.", 0),
        ("Take no more than 1 tablet a day.", "Tome un mínimo de un comprimido al día.", 1),
    ],
)
def test_the_article_of_a_limit_phrase_is_not_a_number(catalogs, source, translation, errors):
    # The "un" of "un mínimo de" would otherwise end the phrase's reach before the 4.
    findings = catalogs.findings(source, translation, locale="es", check="limits")
    assert [f.severity for f in findings] == ["error"] * errors


@pytest.mark.parametrize(
    "locale, source, translation, errors",
    [
        ("ko_KR", "Do not take more than 2 g.", "2 g 이상 드시지 마세요.", 0),
        ("ko_KR", "Do not take more than 2 g.", "2 g 이하로 드세요.", 0),
        ("ko_KR", "Do not take more than 2 g.", "2 g 이상 드세요.", 1),
        ("ko_KR", NO_MORE, "하루에 2 g 이상 드시면 안 됩니다.", 0),
        ("es", "Do not take more than 2 g.", "No tome más de 2 g.", 0),
        ("es", "Do not take more than 2 g.", "Tome más de 2 g.", 1),
        ("zh_TW", "Do not take more than 2 g.", "不要服用超過 2 g。", 0),
        ("zh_TW", "Do not take more than 2 g.", "請服用超過 2 g。", 1),
        ("ar", "Do not take more than 2 g.", "لا تتناول أكثر من 2 g.", 0),
        ("ar", "Do not take more than 2 g.", "تناول أكثر من 2 g.", 1),
        # Korean: the verb right after the limit is read, not one further on (술은 마시지 마세요:
        # do not drink alcohol), nor the one after a condition's -면 (넘으면 사용하지 마세요)
        ("ko_KR", "Take at least 2 g.", "2 g 이상 드시고 술은 마시지 마세요.", 0),
        ("ko_KR", "If your temperature is over 38 °C, do not use it.", "체온이 38 °C를 넘으면 사용하지 마세요.", 0),
        ("ko_KR", "If your temperature is over 38 °C, do not use it.", "체온이 38 °C 미만이면 사용하지 마세요.", 1),
        # a -면 later in the words read ends them: 사용금지 prohibits the use, not the limit; a third word
        # 안 is another verb's (안 내리면: if it does not go down), not 넘으면's prohibition
        (
            "ko_KR",
            "If your temperature is 38 °C or higher, do not use it.",
            "체온이 38 °C 이상으로 오르면 사용금지.",
            0,
        ),
        (
            "ko_KR",
            "If your temperature is over 38 °C, do not use it, and call your doctor if it does not go down.",
            "체온이 38 °C를 넘으면 사용하지 말고 안 내리면 의사에게 연락하세요.",
            0,
        ),
        # a -면 that is the limit's own verb denied (드시지 않으면: if you do not take) still denies it
        ("ko_KR", "If you take less than 2 g, it does not work.", "2 g 이상 드시지 않으면 효과가 없습니다.", 0),
        ("ko_KR", "If you take less than 2 g, it does not work.", "2 g 이상 드시면 효과가 없습니다.", 1),
    ],
)
def test_a_negation_in_the_clause_turns_a_limit_around_in_both_languages(catalogs, locale, source, translation, errors):
    findings = catalogs.findings(source, translation, locale=locale, check="limits")
    assert [f.severity for f in findings] == ["error"] * errors


def test_a_limit_on_an_age_turned_around_is_found_next_to_its_counter(catalogs):
    finding = only(
        catalogs.findings("Children under 12 may get it.", "12세 이상 어린이가 맞을 수 있습니다.", check="limits")
    )
    assert "turned around" in finding.message


@pytest.mark.parametrize(
    "locale, translation, errors",
    [
        ("ko_KR", "하루에 4 g을 넘지 마세요.", 0),
        ("ko_KR", "하루에 4 g을 초과하지 마세요.", 0),
        ("ko_KR", "하루에 4 g 이하로 드세요.", 0),
        ("ko_KR", "하루에 4 g 이상 드세요.", 1),
        ("es", "No exceda 4 g al día.", 0),
        ("es", "No supere los 4 g al día.", 0),
        ("es", "Supere los 4 g al día.", 1),
        ("zh_TW", "每天不要超過 4 g。", 0),
        ("ar", "لا تتجاوز 4 g يوميا.", 0),
    ],
)
def test_do_not_exceed(catalogs, locale, translation, errors):
    findings = catalogs.findings("Do not exceed 4 g a day.", translation, locale=locale, check="limits")
    assert [f.severity for f in findings] == ["error"] * errors


@pytest.mark.parametrize(
    "source, flipped",
    [
        ("Do not take more than 4 doses in 24 hours.", "24시간 동안 4회 이상 드세요."),
        ("Children under 2 years old should not get it.", "2세 이상 어린이는 맞으면 안 됩니다."),
        ("If your fever is higher than 38 °C, call your doctor.", "열이 38 °C보다 낮으면 의사에게 연락하세요."),
        ("Aged over 65: take 1 tablet.", "65세 미만: 1정을 드세요."),  # "Aged" opening the text
    ],
)
def test_counts_of_doses_ages_and_temperatures_are_quantities_too(catalogs, source, flipped):
    assert only(catalogs.findings(source, flipped, check="limits")).severity == "error"


@pytest.mark.parametrize(
    "locale, translation, errors",
    [
        # The limit opens its clause and the verb after it is denied: it is denied too.
        ("de", "Mehr als 4 g pro Tag dürfen nicht eingenommen werden.", 0),
        ("es", "Más de 4 g al día no se deben tomar.", 0),
        # in a second sentence: its own clause is read, not the text's first
        ("es", "Tómelo con comida. Más de 4 g al día no se deben tomar.", 0),
        ("es", "No lo tome en ayunas. Más de 4 g al día son necesarios.", 1),
        ("de", "Nehmen Sie nicht mehr als 4 g pro Tag ein.", 0),
        # No negation: turned around, as before.
        ("de", "Nehmen Sie mehr als 4 g pro Tag ein.", 1),
        ("de", "Mehr als 4 g pro Tag sind nötig.", 1),
        ("es", "Más de 4 g al día son necesarios.", 1),
        # A negation of another clause, or before the limit's verb, denies it not.
        ("de", "Nehmen Sie mehr als 4 g pro Tag ein, wenn die Schmerzen nicht nachlassen.", 1),
        ("es", "Tome más de 4 g al día si el dolor no cede.", 1),
        ("es", "Durante el tratamiento con este medicamento, tome más de 4 g al día si el dolor no cede.", 1),
        ("de", "Mehr als 4 g pro Tag sind nötig, wenn die Schmerzen nicht nachlassen.", 1),
        # Korean puts each verb after what it says: a later 마세요 is the alcohol's, not the limit's.
        ("ko_KR", "최소 4 g을 드시고 술은 마시지 마세요.", 1),
        ("ko_KR", "최대 4 g을 드시고 술은 마시지 마세요.", 0),
    ],
)
def test_a_negation_after_a_limit_that_opens_its_clause_denies_it(catalogs, locale, translation, errors):
    findings = catalogs.findings("Do not take more than 4 g a day.", translation, locale=locale, check="limits")
    assert [f.severity for f in findings] == ["error"] * errors


def test_a_limit_opening_its_clause_before_a_denied_verb_still_says_its_own_direction(catalogs):
    """A limit said of who: "More than 30% of patients do not respond" is about those who do not, and
    a translation saying it in that order keeps at least 30%."""
    source = "More than 30% of patients do not respond."
    for locale, translation in (
        ("de", "Mehr als 30 % der Patienten sprechen nicht an."),
        ("es", "Más del 30% de los pacientes no responden."),
        ("de", "Bei mehr als 30 % der Patienten tritt keine Besserung ein."),
    ):
        assert catalogs.findings(source, translation, locale=locale, check="limits") == []


DO_NOT_GIVE = "Do not give more than 4 g a day."


@pytest.mark.parametrize(
    "locale, translation, errors",
    [
        # The dose opens the clause, its limit after it and the "not" later: the limit is denied.
        ("de", "Dosen über 4 g pro Tag dürfen nicht gegeben werden.", 0),
        ("de", "Dosen von mehr als 4 g pro Tag dürfen nicht gegeben werden.", 0),
        ("fr", "Les doses de plus de 4 g par jour ne doivent pas être données.", 0),
        ("fr", "Des doses supérieures à 4 g par jour ne doivent pas être administrées.", 0),
        ("es", "Las dosis de más de 4 g al día no se deben administrar.", 0),
        ("es", "Dosis superiores a 4 g al día no deben administrarse.", 0),
        ("pt_BR", "Doses de mais de 4 g por dia não devem ser administradas.", 0),
        ("pt_BR", "Doses superiores a 4 g por dia não devem ser administradas.", 0),
        # The "not" dropped: turned around, as before.
        ("de", "Dosen über 4 g pro Tag dürfen gegeben werden.", 1),
        ("fr", "Les doses de plus de 4 g par jour doivent être données.", 1),
        ("es", "Las dosis de más de 4 g al día se deben administrar.", 1),
        ("pt_BR", "Doses de mais de 4 g por dia devem ser administradas.", 1),
        ("es", "Dosis superiores a 4 g al día se deben administrar.", 1),
        # A verb before the dose: the "not" after the limit is another verb's.
        ("de", "Geben Sie Dosen über 4 g pro Tag nur Erwachsenen und Kindern nicht.", 1),
        ("fr", "Donnez des doses de plus de 4 g par jour si la douleur ne passe pas.", 1),
        ("es", "Tome dosis de más de 4 g al día si el dolor no cede.", 1),
        ("pt_BR", "Dê doses de mais de 4 g por dia se a dor não passar.", 1),
    ],
)
def test_a_negation_after_a_dose_and_its_limit_that_open_the_clause_denies_the_limit(
    catalogs, locale, translation, errors
):
    findings = catalogs.findings(DO_NOT_GIVE, translation, locale=locale, check="limits")
    assert [f.severity for f in findings] == ["error"] * errors


GIVE_NO_MORE = "Give no more than 4 g a day."
GIVE_AT_LEAST = "Give at least 2 g."


@pytest.mark.parametrize(
    "source, locale, translation",
    [
        # doses under 4 g must not be given: at least 4 g
        (GIVE_NO_MORE, "ko_KR", "하루 4 g 미만은 투여하면 안 됩니다."),
        (GIVE_NO_MORE, "ko_KR", "하루 4 g 미만의 용량은 투여하면 안 됩니다."),
        (GIVE_NO_MORE, "ko_KR", "하루 4 g 미만의 용량을 투여해서는 안 됩니다."),
        (GIVE_NO_MORE, "es", "Dosis inferiores a 4 g al día no deben administrarse."),
        (GIVE_NO_MORE, "fr", "Des doses inférieures à 4 g par jour ne doivent pas être données."),
        (GIVE_NO_MORE, "de", "Dosen unter 4 g pro Tag dürfen nicht gegeben werden."),
        (GIVE_NO_MORE, "de", "Weniger als 4 g pro Tag dürfen nicht gegeben werden."),
        (GIVE_NO_MORE, "pt_BR", "Doses inferiores a 4 g por dia não devem ser administradas."),
        (GIVE_NO_MORE, "zh_TW", "每日少於4公克的劑量不得給予。"),
        (GIVE_NO_MORE, "ar", "الجرعات الأقل من 4 غ يوميًا لا يجوز إعطاؤها."),
        # said before the dose, the prohibition was read already
        (GIVE_NO_MORE, "zh_TW", "不得給予每日少於4公克的劑量。"),
        (GIVE_NO_MORE, "ar", "لا يجوز إعطاء جرعات أقل من 4 غ يوميًا."),
    ],
)
def test_a_limit_a_translation_prohibits_after_it_is_turned_around_as_the_source_is(
    catalogs, source, locale, translation
):
    """ "Doses under 4 g must not be given" says at least 4 g, as "Doses of more than 4 g must not be
    given" says at most 4 g in English: the wrong limit is an error, not read both ways."""
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at least 4, the source at most" in finding.message


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "2 g 초과는 투여하면 안 됩니다."),
        ("ko_KR", "2 g을 초과하는 용량을 투여해서는 안 됩니다."),
        ("es", "Dosis superiores a 2 g no deben administrarse."),
        ("fr", "Des doses supérieures à 2 g ne doivent pas être données."),
    ],
)
def test_more_than_a_dose_prohibited_for_at_least_it_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(GIVE_AT_LEAST, translation, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at most 2, the source at least" in finding.message


@pytest.mark.parametrize(
    "source, locale, translation",
    [
        (GIVE_NO_MORE, "ko_KR", "하루 4 g을 초과하여 투여하면 안 됩니다."),
        (GIVE_NO_MORE, "ko_KR", "하루 4 g 초과는 투여하면 안 됩니다."),
        (GIVE_NO_MORE, "ko_KR", "하루 4 g을 초과하는 용량을 투여해서는 안 됩니다."),
        (GIVE_NO_MORE, "ko_KR", "하루 4 g 이하로 투여하십시오."),
        (GIVE_NO_MORE, "es", "No se deben administrar más de 4 g al día."),
        (GIVE_NO_MORE, "es", "Dosis superiores a 4 g al día no deben administrarse."),
        (GIVE_NO_MORE, "fr", "Des doses supérieures à 4 g par jour ne doivent pas être données."),
        (GIVE_NO_MORE, "de", "Dosen über 4 g pro Tag dürfen nicht gegeben werden."),
        (GIVE_NO_MORE, "pt_BR", "Doses superiores a 4 g por dia não devem ser administradas."),
        (GIVE_NO_MORE, "zh_TW", "每日超過4公克的劑量不得給予。"),
        (GIVE_NO_MORE, "zh_TW", "不得給予每日超過4公克的劑量。"),
        (GIVE_NO_MORE, "ar", "الجرعات الأكثر من 4 غ يوميًا لا يجوز إعطاؤها."),
        (GIVE_NO_MORE, "ar", "لا يجوز إعطاء جرعات أكثر من 4 غ يوميًا."),
        (GIVE_AT_LEAST, "ko_KR", "2 g 미만은 투여하면 안 됩니다."),
        (GIVE_AT_LEAST, "es", "Dosis inferiores a 2 g no deben administrarse."),
        # who the limit is for: the prohibition is of giving them the medicine, under 12 as said
        (
            "Children under 12 years must not be given this medicine.",
            "ko_KR",
            "12세 미만 어린이에게는 투여하면 안 됩니다.",
        ),
        ("Children under 12 years must not be given this medicine.", "ko_KR", "12세 미만은 투여하면 안 됩니다."),
        # an age has no unit of a dose or a time: a limit of one is who, as said, whatever follows it
        ("Under 12 years: do not give.", "ko_KR", "12세 미만은 투여하면 안 됩니다."),
        ("Under 12 years: do not give.", "de", "Unter 12 Jahren darf es nicht gegeben werden."),
        ("Under 12 years: do not give.", "zh_TW", "未滿12歲者不得使用。"),
        # the prohibition of another verb, after a condition the limit is in
        ("If you took more than 4 g, do not drive.", "ko_KR", "4 g 이상을 드셨으면 운전하면 안 됩니다."),
        ("If you took more than 4 g, do not drive.", "ko_KR", "4 g 이상을 드신 경우에는 운전하면 안 됩니다."),
    ],
)
def test_a_limit_a_translation_prohibits_said_right_passes(catalogs, source, locale, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


def test_who_a_prohibited_limit_is_for_is_never_turned(catalogs):
    """ "12세 이상은 투여하면 안 됩니다" says those 12 and over, whatever the prohibition: for "Children
    under 12 years must not be given this medicine" it is turned around."""
    source = "Children under 12 years must not be given this medicine."
    finding = only(catalogs.findings(source, "12세 이상은 투여하면 안 됩니다.", locale="ko_KR", check="limits"))
    assert finding.severity == "error" and "it says at least 12, the source at most" in finding.message


def test_a_limit_that_says_who_at_the_head_of_its_clause_is_still_read_as_who(catalogs):
    """ "de plus de", "menores de" say who as well as how much: at the head of a clause with a "not"
    after it they are read both ways only after a dose ("Les doses de plus de 4 g ... ne doivent
    pas"), never alone ("Menores de 12 años no deben tomarlo" is about children under 12)."""
    findings = catalogs.findings(
        "Children over 12 years must not take it.", "Menores de 12 años no deben tomarlo.", locale="es", check="limits"
    )
    assert [f.severity for f in findings] == ["error"]


PROHIBITED_DOSE = "Doses of more than 4 g a day must not be given."


@pytest.mark.parametrize(
    "source, locale, translation",
    [
        # "Doses of more than 4 g must not be given" is "do not give more than 4 g": at most 4 g
        (PROHIBITED_DOSE, "ko_KR", "하루 4 g을 넘게 주면 안 됩니다."),
        (PROHIBITED_DOSE, "es", "No se deben dar más de 4 g al día."),
        (PROHIBITED_DOSE, "es", "Las dosis de más de 4 g al día no se deben dar."),
        (PROHIBITED_DOSE, "zh_TW", "每天不可給超過4克。"),
        # the dose the limit is said of is the object of the prohibition: read as the limit's
        (PROHIBITED_DOSE, "ko_KR", "하루 4 g을 초과하는 용량을 투여해서는 안 됩니다."),
        ("More than 4 g a day should not be taken.", "es", "No tome más de 4 g al día."),
        ("More than 2 tablets a day must not be taken.", "es", "No tome más de 2 comprimidos al día."),
        ("A daily dose above 4 g is not recommended.", "ko_KR", "하루 4 g 넘게 드시면 안 됩니다."),
    ],
)
def test_a_limit_prohibited_after_it_says_at_most_and_its_faithful_translations_pass(
    catalogs, source, locale, translation
):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "source, locale, translation",
    [
        (PROHIBITED_DOSE, "es", "Dé más de 4 g al día."),
        (PROHIBITED_DOSE, "ko_KR", "하루 4 g 이상 주세요."),
        (PROHIBITED_DOSE, "zh_TW", "每天至少給4克。"),
        ("More than 4 g a day should not be taken.", "ko_KR", "하루 최소 4 g 드세요."),
    ],
)
def test_a_limit_prohibited_after_it_said_as_at_least_is_an_error(catalogs, source, locale, translation):
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at least 4, the source at most" in finding.message


def test_a_plain_not_after_a_limit_denies_its_clause_not_the_limit():
    english = language_for("en")
    assert [(limit.direction, limit.value) for limit in source_limits(PROHIBITED_DOSE, english)] == [(AT_MOST, 4)]
    # the patients' answer is denied, not the 30 %; a verb before the limit is no dose subject
    for source in ("More than 30% of patients do not respond.", "More than 2 tablets a day do not help more."):
        assert [limit.direction for limit in source_limits(source, english)] == [AT_LEAST]
    # the prohibition is of what the clause's subject is given, not of the 4 g they took
    took = "Patients who took more than 4 g must not be given it again."
    assert [limit.direction for limit in source_limits(took, english)] == [AT_LEAST]
    # a source in a language with no words for a prohibition (source_locale = "es") reads each limit as said
    [limit] = source_limits("Tome más de 4 g al día.", language_for("es"))
    assert (limit.direction, limit.prohibited) == (AT_LEAST, False)
    # and a dose in its own unit words is a quantity (a turned limit an error)
    [limit] = source_limits("Tome más de 4 gramos al día.", language_for("es"))
    assert (limit.direction, limit.quantity) == (AT_LEAST, True)
    # a verb-final source (source_locale = "ko"): a "not" before a joint (않고) is no condition the limit is in
    [limit] = source_limits("술을 마시지 않고 2 g 이상 드세요.", language_for("ko"))
    assert (limit.direction, limit.conditional) == (AT_LEAST, False)


@pytest.mark.parametrize(
    "source, locale, kept, turned",
    [
        (
            "Use it in children 2 years and older.",
            "ko_KR",
            "2세 이상 어린이에게 사용하세요.",
            "2세 미만 어린이에게 사용하세요.",
        ),
        (
            "Adults and children aged 12 years and older: take 2 tablets.",
            "es",
            "Adultos y niños mayores de 12 años: tome 2 comprimidos.",
            "Adultos y niños menores de 12 años: tome 2 comprimidos.",
        ),
        (
            "Adults and children 12 years or older: 2 tablets.",
            "zh_TW",
            "成人及12歲以上兒童：2錠。",
            "成人及未滿12歲兒童：2錠。",
        ),
        (
            "Children 6 years and younger should not take it.",
            "ko_KR",
            "6세 이하 어린이는 복용하면 안 됩니다.",
            "6세 이상 어린이는 복용하면 안 됩니다.",
        ),
        (
            "Children 6 years or younger should not take it.",
            "es",
            "Los niños de 6 años o menos no deben tomarlo.",
            "Los niños de 6 años o más no deben tomarlo.",
        ),
        # no "years": "aged" / "age" / "or older" still make it an age, so turned around is an error
        ("Children aged 12 and over: 2 tablets.", "ko_KR", "12세 이상 어린이: 2정.", "12세 이하 어린이: 2정."),
        ("People age 65 or older: 1 g.", "ko_KR", "65세 이상: 1 g.", "65세 미만: 1 g."),
        # who an age says, a "not" on either side denies not: it is the verb's
        (
            "Do not give it to children 6 years and younger.",
            "ko_KR",
            "6세 이하 어린이는 이 약을 먹으면 안 됩니다.",
            "6세 이상 어린이는 이 약을 먹으면 안 됩니다.",
        ),
        (
            "Do not give it to children 6 years and younger.",
            "es",
            "No lo dé a niños de 6 años o menos.",
            "No lo dé a niños de 6 años o más.",
        ),
        (
            "Do not give it to children 6 years and younger.",
            "ko_KR",
            "6세 이하 어린이에게 주지 마세요.",
            "6세 이상 어린이에게 주지 마세요.",
        ),
    ],
)
def test_an_age_said_after_its_number_keeps_its_direction(catalogs, source, locale, kept, turned):
    # "children 2 years and older" as 2세 미만 (under 2) passed: "and older" was no limit.
    assert catalogs.findings(source, kept, locale=locale, check="limits") == []
    finding = only(catalogs.findings(source, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "turned around" in finding.message


@pytest.mark.parametrize(
    "source, locale, kept, turned",
    [
        (
            NO_MORE_4,
            "fr",
            "Prenez une dose inférieure ou égale à 4 g par jour.",
            "Prenez une dose supérieure ou égale à 4 g par jour.",
        ),
        (
            FEVER,
            "fr",
            "Appelez si votre température est supérieure ou égale à 38 °C.",
            "Appelez si votre température est inférieure ou égale à 38 °C.",
        ),
        (
            "Use it for at least 3 days.",
            "de",
            "Wenden Sie es mindestens 3 Tage an.",
            "Wenden Sie es nicht länger als 3 Tage an.",
        ),
        (NO_MORE_4, "de", "Nehmen Sie nicht mehr als 4 g pro Tag.", "Nehmen Sie nicht weniger als 4 g pro Tag."),
        (NO_MORE_4, "pt_BR", "Tome não mais do que 4 g por dia.", "Tome não menos do que 4 g por dia."),
        (
            "Start it within one hour.",
            "fr",
            "Commencez dans un délai d'une heure.",
            "Commencez au moins une heure après.",
        ),
    ],
)
def test_a_long_limit_phrase_is_near_its_number(catalogs, source, locale, kept, turned):
    # A phrase of 16 characters or more started too far from its number to be "near": turned
    # around, it was only a "does not say" warning.
    assert catalogs.findings(source, kept, locale=locale, check="limits") == []
    finding = only(catalogs.findings(source, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "turned around" in finding.message


TWELVE_AND_OVER = "Adults and children 12 years and over: 2 tablets."


@pytest.mark.parametrize(
    "locale, kept, turned",
    [
        (
            "es",
            "Adultos y niños de 12 años en adelante: 2 comprimidos.",
            "Adultos y niños de 12 años y menores: 2 comprimidos.",
        ),
        (
            "es",
            "Adultos y niños de 12 años y más: 2 comprimidos.",
            "Adultos y niños de 12 años y menos: 2 comprimidos.",
        ),
        (
            "es",
            "Adultos y niños de 12 años o mayores: 2 comprimidos.",
            "Adultos y niños de 12 años o menores: 2 comprimidos.",
        ),
        (
            "es",
            "Adultos y niños de 12 años y mayores: 2 comprimidos.",
            "Adultos y niños de 12 años o menos: 2 comprimidos.",
        ),
        (
            "pt_BR",
            "Adultos e crianças de 12 anos em diante: 2 comprimidos.",
            "Adultos e crianças de 12 anos ou menos: 2 comprimidos.",
        ),
        (
            "pt_BR",
            "Adultos e crianças de 12 anos ou mais velhas: 2 comprimidos.",
            "Adultos e crianças de 12 anos ou mais novas: 2 comprimidos.",
        ),
        (
            "fr",
            "Adultes et enfants de 12 ans et plus : 2 comprimés.",
            "Adultes et enfants de 12 ans et moins : 2 comprimés.",
        ),
        ("ar", "البالغون والأطفال بعمر 12 عامًا فأكثر: قرصان.", "البالغون والأطفال بعمر 12 عامًا فأقل: قرصان."),
    ],
)
def test_the_languages_words_for_and_over_are_read(catalogs, locale, kept, turned):
    # "12 años en adelante" (the usual Spanish) was "does not say at least 12", and "12 anos ou mais
    # novas" (or younger) was read as "ou mais" (or more).
    assert catalogs.findings(TWELVE_AND_OVER, kept, locale=locale, check="limits") == []
    finding = only(catalogs.findings(TWELVE_AND_OVER, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "turned around" in finding.message


@pytest.mark.parametrize(
    "source, locale, translation",
    [
        ("Your dose may be split over 2 infusions.", "es", "Su dosis puede dividirse en 2 perfusiones."),
        ("Your dose may be split over 2 infusions.", "ko_KR", "용량은 2회 주입으로 나누어 줄 수 있습니다."),
        ("Your dose may be given over 2 to 5 infusions.", "es", "Su dosis puede administrarse en 2 a 5 perfusiones."),
        ("The total dose is given over 2 doses.", "zh_TW", "總劑量分2劑給予。"),
        ("The dose is split equally over 2 infusions.", "es", "La dosis se divide por igual en 2 perfusiones."),
        ("The dose is given to you over 2 to 5 infusions.", "es", "La dosis se le administra en 2 a 5 perfusiones."),
        # a rate said before the dose is not the dose's ("over 2 infusions a day" would be a limit)
        ("Each day, the dose is split over 2 infusions.", "es", "Cada día, la dosis se divide en 2 perfusiones."),
    ],
)
def test_over_that_spreads_a_dose_across_doses_is_no_limit(catalogs, source, locale, translation):
    # "split over 2 infusions" was read as "more than 2 infusions": a warning on every translation.
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "source, locale, kept, turned",
    [
        # a count with its rate, or a count of tablets, is still a limit after "given"
        (
            "Children should not be given over 4 doses a day.",
            "es",
            "No se deben dar a los niños más de 4 dosis al día.",
            "Se deben dar a los niños al menos 4 dosis al día.",
        ),
        (
            "Children given over 2 tablets may get sick.",
            "es",
            "Los niños que reciben más de 2 comprimidos pueden enfermar.",
            "Los niños que reciben menos de 2 comprimidos pueden enfermar.",
        ),
        # a count of the doses a dose is split into, with no verb that spreads it: more than
        (
            "You may need over 2 infusions.",
            "es",
            "Puede necesitar más de 2 perfusiones.",
            "Puede necesitar menos de 2 perfusiones.",
        ),
        # "lasts over" / "for over" a time: more than, not across
        (
            "If your fever lasts over 3 days, call your doctor.",
            "ko_KR",
            "열이 3일 넘게 지속되면 의사에게 연락하세요.",
            "열이 3일 이내로 지속되면 의사에게 연락하세요.",
        ),
        (
            "If your fever lasts over 3 days, call your doctor.",
            "es",
            "Si la fiebre dura más de 3 días, llame a su médico.",
            "Si la fiebre dura menos de 3 días, llame a su médico.",
        ),
        (
            "Do not take it for over 10 days.",
            "es",
            "No lo tome durante más de 10 días.",
            "Tómelo durante más de 10 días.",
        ),
    ],
)
def test_over_that_says_more_than_stays_a_limit(catalogs, source, locale, kept, turned):
    assert catalogs.findings(source, kept, locale=locale, check="limits") == []
    finding = only(catalogs.findings(source, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "turned around" in finding.message


@pytest.mark.parametrize(
    "source, kept, turned",
    [
        # a time in the next clause: "over 70" is no span of 2 days
        (
            "Tell your doctor if you are over 70, then wait 2 days.",
            "Dígaselo a su médico si tiene más de 70 años y luego espere 2 días.",
            "Dígaselo a su médico si tiene menos de 70 años y luego espere 2 días.",
        ),
        # doses in the next clause: "over 65" is not split into them
        (
            "It is given to you if you are over 65, in 2 doses.",
            "Se le administra si tiene más de 65 años, en 2 dosis.",
            "Se le administra si tiene menos de 65 años, en 2 dosis.",
        ),
    ],
)
def test_over_with_a_time_or_doses_only_in_the_next_clause_stays_a_limit(catalogs, source, kept, turned):
    assert catalogs.findings(source, kept, locale="es", check="limits") == []
    finding = only(catalogs.findings(source, turned, locale="es", check="limits"))
    assert "'over" in finding.message and "turned around" in finding.message


@pytest.mark.parametrize(
    "source, locale, translation",
    [
        ("Your Dose Is Split Over 2 Infusions", "es", "Su dosis se divide en 2 perfusiones"),
        ("Your Dose Is Given Over 2 Sessions", "es", "Su dosis se administra en 2 sesiones"),
        ("It Is Given Over 2 To 5 Days", "ko_KR", "2~5일에 걸쳐 줍니다"),
    ],
)
def test_a_title_case_heading_reads_over_as_a_sentence_does(catalogs, source, locale, translation):
    """ "Split Over 2 Infusions", "Over 2 To 5 Days" spread a dose across, as in lower case."""
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "source, locale, translation",
    [
        (
            "Start with 2 tablets and lower the dose if you get side effects.",
            "es",
            "Empiece con 2 comprimidos y reduzca la dosis si tiene efectos secundarios.",
        ),
        (
            "Start with 2 tablets and lower the dose if you get side effects.",
            "ko_KR",
            "2정으로 시작하고 부작용이 생기면 용량을 줄이세요.",
        ),
        (
            "Take 20 mg and lower doses only if your doctor says so.",
            "es",
            "Tome 20 mg, y dosis más bajas solo si su médico lo indica.",
        ),
        ("Walk for 30 minutes and lower your stress.", "ko_KR", "30분 동안 걷고 스트레스를 줄이세요."),
        (
            "Start at 2 tablets and higher doses may follow.",
            "es",
            "Empiece con 2 comprimidos; pueden seguir dosis más altas.",
        ),
        ("Take 2 tablets and up to 4 a day.", "es", "Tome 2 comprimidos y hasta 4 al día."),
    ],
)
def test_and_lower_or_higher_as_a_verb_or_adjective_is_no_limit(catalogs, source, locale, translation):
    # "2 tablets and lower the dose" was read as "2 tablets or less": a warning on each correct translation.
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "source, locale, turned",
    [
        (
            "Call if your temperature is 38 °C and higher for 2 days.",
            "ko_KR",
            "체온이 2일 동안 38 °C 이하이면 연락하세요.",
        ),
        ("Adults 18 and up: 2 tablets.", "ko_KR", "18세 미만 성인: 2정."),
        ("Adults 18 and up may take 2 tablets.", "es", "Los adultos de 18 años o menos pueden tomar 2 comprimidos."),
    ],
)
def test_and_higher_or_and_up_ending_the_limit_stays_a_limit(catalogs, source, locale, turned):
    assert only(catalogs.findings(source, turned, locale=locale, check="limits")).severity == "error"


@pytest.mark.parametrize(
    "locale, translation",
    [
        # the "no" of a prohibition said far from its limit, as the language puts its verb: a person reads it
        ("ar", "يجب عدم إعطاء جرعات تزيد على 4 غرامات يوميًا."),
        # and a limit turned around beside a "not" of its own
        ("es", "No dé menos de 4 g al día."),
    ],
)
def test_a_prohibited_limit_said_the_other_way_with_a_negation_is_a_warning(catalogs, locale, translation):
    finding = only(catalogs.findings(PROHIBITED_DOSE, translation, locale=locale, check="limits"))
    assert finding.severity == "warning" and "(a limit the source prohibits after it)" in finding.message


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "No se deben administrar dosis de más de 4 g al día."),
        ("pt_BR", "Não devem ser administradas doses acima de 4 g por dia."),
    ],
)
def test_a_prohibited_limit_said_with_a_not_six_words_before_passes(catalogs, locale, translation):
    """A "not" up to six words before its limit denies it (the verb and its object between): these
    were a warning, their "no" past the 32 letters a "not" was looked for in."""
    assert catalogs.findings(PROHIBITED_DOSE, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "No se debe administrar este medicamento a niños menores de 12 años."),
        ("ko_KR", "12세 미만 어린이에게는 이 약을 투여해서는 안 됩니다."),
        ("zh_TW", "12歲以下兒童不可使用本藥。"),
        ("ar", "يجب عدم إعطاء هذا الدواء للأطفال دون سن 12 عامًا."),
    ],
)
def test_a_prohibition_after_who_a_limit_is_for_does_not_turn_it(catalogs, locale, translation):
    """ "Children under 12 must not be given it": the children are under 12, whatever is prohibited."""
    source = "Children under 12 years must not be given this medicine."
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []
    assert [limit.direction for limit in source_limits(source, language_for("en"))] == [AT_MOST]


def test_a_limit_whose_clause_prohibits_something_else_turned_around_is_an_error(catalogs):
    """ "Patients who took more than 4 g must not be given it again": the prohibition is of what
    they are given, not of the 4 g they took, so a translation saying less than 4 g is no
    prohibition said the other way (a warning) but a limit turned around."""
    source = "Patients who took more than 4 g must not be given it again."
    translation = "Los pacientes que tomaron menos de 4 g no deben recibirlo de nuevo."
    finding = only(catalogs.findings(source, translation, locale="es", check="limits"))
    assert finding.severity == "error" and "is turned around" in finding.message


def test_who_a_limit_said_before_its_number_is_for_no_not_denies(catalogs):
    """ "Do not give it to children under 12": the "not" is the giving's, in the translation too,
    even where its words for "under" are no words for who (menos de, not menores de)."""
    source = "Do not give it to children under 12."
    assert catalogs.findings(source, "No lo dé a niños de menos de 12 años.", locale="es", check="limits") == []
    finding = only(catalogs.findings(source, "No lo dé a niños de más de 12 años.", locale="es", check="limits"))
    assert "'children under 12' is turned around" in finding.message


def test_a_negation_of_another_sentence_does_not_soften_a_prohibited_limit_turned_around(catalogs):
    source = PROHIBITED_DOSE + " Do not take it with alcohol."
    translation = "Se deben administrar dosis de más de 4 g al día. No lo tome con alcohol."
    finding = only(catalogs.findings(source, translation, locale="es", check="limits"))
    assert finding.severity == "error" and "is turned around" in finding.message


@pytest.mark.parametrize(
    "source, translation",
    [
        # the number's sentence is the last, with no full stop after it
        (PROHIBITED_DOSE, "No se deben administrar dosis de más de 4 g al día"),
        # the number's sentence comes after another: its own "no" is still found
        (
            "Take it with food. " + PROHIBITED_DOSE,
            "Tómelo con comida. No se deben administrar dosis de más de 4 g al día.",
        ),
    ],
)
def test_the_negation_of_a_prohibited_limits_own_sentence_is_found_wherever_the_sentence_stands(
    catalogs, source, translation
):
    # its "no" denies the limit (six words before it): no error, the same at most
    assert catalogs.findings(source, translation, locale="es", check="limits") == []


@pytest.mark.parametrize(
    "source, locale, translation, errors",
    [
        # the "not" is the main verb's; the limit stands in the condition
        (
            "Do not use it if your temperature is over 38 °C.",
            "es",
            "No lo use si su temperatura es superior a 38 °C.",
            0,
        ),
        (
            "Do not use it if your temperature is over 38 °C.",
            "es",
            "No lo use si su temperatura es inferior a 38 °C.",
            1,
        ),
        ("Do not use it if your temperature is over 38 °C.", "ko_KR", "체온이 38 °C를 넘으면 사용하지 마세요.", 0),
        (
            "Do not give it if your child weighs less than 10 kg.",
            "es",
            "No se lo dé si su hijo pesa menos de 10 kg.",
            0,
        ),
        ("Do not give it if your child weighs less than 10 kg.", "es", "No se lo dé si su hijo pesa más de 10 kg.", 1),
        (
            "Do not give it if your child weighs less than 10 kg.",
            "ko_KR",
            "아이의 체중이 10 kg 미만이면 주지 마세요.",
            0,
        ),
        # a prohibition is still the limit's own
        ("Do not take more than 4 g a day.", "ko_KR", "하루 4 g을 넘게 드시면 안 됩니다.", 0),
    ],
)
def test_a_not_before_a_condition_does_not_turn_the_limit_inside_it(catalogs, source, locale, translation, errors):
    findings = catalogs.findings(source, translation, locale=locale, check="limits")
    assert [f.severity for f in findings] == ["error"] * errors


@pytest.mark.parametrize(
    "source, locale, translation",
    [
        # an adverb beside the prohibition's "not"
        (
            "Doses of more than 4 g a day are not usually recommended.",
            "es",
            "Por lo general, no se recomiendan más de 4 g al día.",
        ),
        (
            "Doses of more than 4 g a day should generally not be given.",
            "es",
            "Por lo general, no se deben dar más de 4 g al día.",
        ),
        ("Doses of more than 4 g a day are usually not recommended.", "zh_TW", "通常不建議每天超過4克。"),
        # a count of people, not a dose: the prohibition is of the full dose
        (
            "More than 1 in 10 people cannot be given the full dose.",
            "es",
            "A más de 1 de cada 10 personas no se les puede dar la dosis completa.",
        ),
    ],
)
def test_a_prohibition_with_an_adverb_or_of_no_dose_is_read_so(catalogs, source, locale, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "source, locale, translation, errors",
    [
        # a condition in words the language module does not list: the "not" before it is the
        # verb's, and the limit is read as it is said
        ("Do not give it if your child weighs less than 10 kg.", "pt_BR", "Não use se pesar menos de 10 kg.", 0),
        ("Do not give it if your child weighs less than 10 kg.", "pt_BR", "Não use se pesar mais de 10 kg.", 1),
        ("Do not use it if your temperature is over 38 °C.", "zh_TW", "請勿在高於 38 °C 時使用。", 0),
        ("Do not use it if your temperature is over 38 °C.", "zh_TW", "請勿在低於 38 °C 時使用。", 1),
        # the "no" of "no more than" is no "not" before the condition
        (
            "Take no more than 2 g if your temperature is over 38 °C.",
            "es",
            "Tome no más de 2 g si su temperatura no es inferior a 38 °C.",
            0,
        ),
        # a limit said after its number in the condition, too
        ("Do not use it if your temperature is 38 °C or higher.", "zh_TW", "請勿在 38 °C 以上時使用。", 0),
        ("Do not use it if your temperature is 38 °C or higher.", "zh_TW", "請勿在 38 °C 以下時使用。", 1),
        # the "not" opening the sentence (Never) is before the condition too
        ("Never use it if your temperature is over 38 °C.", "zh_TW", "請勿在高於 38 °C 時使用。", 0),
        # a "not" inside the condition (after its "if") is the condition's own: it turns its limit
        (
            "Call your doctor if your temperature does not go below 38 °C.",
            "es",
            "Llame a su médico si su temperatura no es inferior a 38 °C.",
            0,
        ),
        ("Do not use it if your temperature is over 38 °C.", "ko_KR", "38 °C 초과 시 사용하지 마세요.", 0),
        ("Do not use it if your temperature is over 38 °C.", "ko_KR", "38 °C 미만 시 사용하지 마세요.", 1),
        ("Do not use it if your temperature is over 38 °C.", "de", "Nicht bei Fieber über 38 °C anwenden.", 0),
        ("Do not use it if your temperature is over 38 °C.", "de", "Nicht bei Fieber unter 38 °C anwenden.", 1),
        ("Do not use it if your temperature is over 38 °C.", "es", "No lo use en caso de fiebre superior a 38 °C.", 0),
        ("Do not use it if your temperature is over 38 °C.", "es", "No lo use en caso de fiebre inferior a 38 °C.", 1),
        # 當 in a word is no "when"; 절대로 before 안 됩니다 keeps the prohibition
        ("Do not take more than 4 g a day.", "zh_TW", "每天不應當服用超過 4 g。", 0),
        ("Do not take more than 4 g a day.", "ko_KR", "하루 4 g을 넘으면 절대로 안 됩니다.", 0),
    ],
)
def test_a_limit_in_a_condition_is_read_as_the_translation_says_it(catalogs, source, locale, translation, errors):
    findings = catalogs.findings(source, translation, locale=locale, check="limits")
    assert [f.severity for f in findings] == ["error"] * errors


WEIGHT = "Do not give it to patients who weigh less than 40 kg."


@pytest.mark.parametrize(
    "source, locale, translation",
    [
        (WEIGHT, "ko_KR", "체중 40 kg 미만은 복용하면 안 됩니다."),
        (WEIGHT, "ko_KR", "체중이 40 kg 미만인 환자에게 투여하지 마세요."),
        (WEIGHT, "es", "No lo administre a pacientes de menos de 40 kg."),
        (WEIGHT, "fr", "Ne le donnez pas aux patients pesant moins de 40 kg."),
        (WEIGHT, "pt_BR", "Não administre a pacientes com peso inferior a 40 kg."),
        (WEIGHT, "de", "Geben Sie es nicht Patienten mit einem Gewicht von weniger als 40 kg."),
        (WEIGHT, "zh_TW", "體重少於40公斤的患者不得服用。"),
        (WEIGHT, "ar", "لا تعطه للمرضى الذين وزنهم أقل من 40 كغ."),
        ("Do not use it in children weighing 88 lb or less.", "es", "No lo use en niños que pesen 88 lb o menos."),
    ],
)
def test_a_body_weight_says_who_and_no_not_or_prohibition_turns_it(catalogs, source, locale, translation):
    """A body weight (a bare kg or lb, or after 체중, peso, poids, Gewicht, 體重, وزن) is who the
    limit is for, as an age is: "체중 40 kg 미만은 복용하면 안 됩니다" is about those under 40 kg,
    not "at least 40 kg" as "4 g 미만은 투여하면 안 됩니다" says of a dose."""
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "체중 40 kg 이상은 복용하면 안 됩니다."),
        ("es", "No lo administre a pacientes de más de 40 kg."),
        ("zh_TW", "體重超過40公斤的患者不得服用。"),
        ("ar", "لا تعطه للمرضى الذين وزنهم أكثر من 40 كغ."),
    ],
)
def test_a_body_weight_turned_around_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(WEIGHT, translation, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at least 40, the source at most" in finding.message


def test_a_dose_per_kg_of_body_weight_is_still_a_dose(catalogs):
    """체중 kg당 before a dose says per kg: the 20 mg after it is a dose, turned by the 마세요."""
    source = "Do not give more than 20 mg per kg."
    assert (
        catalogs.findings(source, "체중 kg당 20 mg을 초과하여 투여하지 마세요.", locale="ko_KR", check="limits") == []
    )
    assert [limit.who for limit in source_limits(WEIGHT, language_for("en"))] == [True]
    assert [limit.who for limit in source_limits(source, language_for("en"))] == [False]


@pytest.mark.parametrize(
    "source",
    ["Do not give it to patients whose weight is less than 40.", "Do not give it if you weigh under 40 stone."],
)
def test_a_limit_after_a_word_for_body_weight_says_who_without_a_unit(source):
    """No kg to tell it: "weight is less than" says the weight, and the "not" is the giving's."""
    [limit] = source_limits(source, language_for("en"))
    assert (limit.direction, limit.who) == (AT_MOST, True)


FORBIDDEN_DOSE = "Do not take more than 4 g in 24 hours."


@pytest.mark.parametrize(
    "locale, kept, turned",
    [
        ("ko_KR", "24시간 동안 4 g 초과 복용은 금지됩니다.", "24시간 동안 4 g 미만 복용은 금지됩니다."),
        ("ko_KR", "4 g 초과 투여는 금지됩니다.", "4 g 미만 복용은 금지됩니다."),
        ("ar", "يُمنع تناول أكثر من 4 غ خلال 24 ساعة.", "يُمنع تناول أقل من 4 غ خلال 24 ساعة."),
        ("es", "Está prohibido tomar más de 4 g en 24 horas.", "Está prohibido tomar menos de 4 g en 24 horas."),
        ("pt_BR", "É proibido tomar mais de 4 g em 24 horas.", "É proibido tomar menos de 4 g em 24 horas."),
        (
            "fr",
            "Il est interdit de prendre plus de 4 g en 24 heures.",
            "Il est interdit de prendre moins de 4 g en 24 heures.",
        ),
        ("zh_TW", "禁止在24小時內服用超過4公克。", "禁止在24小時內服用少於4公克。"),
    ],
)
def test_a_limit_on_the_taking_a_translation_forbids_is_turned_around(catalogs, locale, kept, turned):
    """ "4 g 초과 복용은 금지됩니다", "يُمنع تناول أكثر من 4 غ" (taking more than 4 g is forbidden) say
    at most 4 g, as "Do not take more than 4 g" does; the same with "less than" says at least 4 g."""
    assert catalogs.findings(FORBIDDEN_DOSE, kept, locale=locale, check="limits") == []
    finding = only(catalogs.findings(FORBIDDEN_DOSE, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at least 4, the source at most" in finding.message


def test_a_forbidden_taking_in_the_source_denies_its_limit_and_avoid_alone_does_not(catalogs):
    """Only the taking right before the limit: "Avoid alcohol for at least 24 hours" (and its `Evite`,
    `يُمنع تناول الكحول`) keeps at least 24 hours."""
    english = language_for("en")
    [limit] = source_limits("It is forbidden to take more than 4 g a day.", english)
    assert limit.direction == AT_MOST
    source = "Avoid alcohol for at least 24 hours."
    assert [limit.direction for limit in source_limits(source, english)] == [AT_LEAST]
    for locale, translation in [
        ("es", "Evite el alcohol durante al menos 24 horas."),
        ("ar", "يُمنع تناول الكحول لمدة 24 ساعة على الأقل."),
    ]:
        assert catalogs.findings(source, translation, locale=locale, check="limits") == []


def test_the_word_after_a_limits_number_is_read_whole(catalogs):
    """The words after "over 70" were read from a window of 24 characters cut mid-word: "home" was
    "h", hours, so "over 70 … at home" was a time span and no age limit, and its reversal passed;
    "infusions" cut short was no count of doses, so "over 2 to 5 … infusions" warned."""
    at_home = "Tell your doctor if you are over 70 and you are living at home."
    finding = only(
        catalogs.findings(at_home, "Informe a su médico si tiene menos de 70 años y vive en casa.", locale="es"),
        "limits",
    )
    assert "'over 70' is turned around in the translation: it says at most 70" in finding.message
    assert catalogs.findings(at_home, "Informe a su médico si tiene más de 70 años y vive en casa.", locale="es") == []
    spread = "It is given over 2 to 5 very short infusions."
    assert catalogs.findings(spread, "Se administra en 2 a 5 infusiones muy cortas.", locale="es", check="limits") == []


NO_DRIVING = "Do not drive for at least 24 hours."
NO_DOSE_GAP = "Do not take another dose for at least 4 hours."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the wait said as a wait, or as a "not" for at least that long
        ("ko_KR", NO_DRIVING, "최소 24시간 동안 운전하지 마세요."),
        ("es", NO_DOSE_GAP, "Espere al menos 4 horas antes de tomar otra dosis."),
        ("fr", NO_DOSE_GAP, "Attendez au moins 4 heures avant de prendre une autre dose."),
        ("de", NO_DRIVING, "Fahren Sie mindestens 24 Stunden lang nicht Auto."),
        # the "not" repeated: clean before as well, and must stay so
        ("es", NO_DRIVING, "No conduzca durante al menos 24 horas."),
        ("fr", NO_DRIVING, "Ne conduisez pas pendant au moins 24 heures."),
        ("pt_BR", NO_DRIVING, "Não dirija durante pelo menos 24 horas."),
        ("ar", NO_DRIVING, "لا تقد السيارة لمدة 24 ساعة على الأقل."),
        ("zh_TW", NO_DRIVING, "至少24小時內不要開車。"),
        ("ko_KR", NO_DRIVING, "24시간 이상 운전하지 마세요."),
        # not within the time: the same wait
        ("zh_TW", NO_DRIVING, "24小時內不要開車。"),
        ("zh_TW", NO_DRIVING, "24小時內請勿開車。"),
        ("de", NO_DRIVING, "Fahren Sie 24 Stunden lang nicht Auto."),
        ("ko_KR", NO_DRIVING, "24시간 이내에 운전하지 마세요."),
        ("de", NO_DRIVING, "Fahren Sie innerhalb von 24 Stunden nicht Auto."),
        ("ar", NO_DRIVING, "لا تقد السيارة خلال 24 ساعة."),
        ("es", NO_DOSE_GAP, "No tome otra dosis en menos de 4 horas."),
        ("es", "Do not drive for 24 hours at least.", "Espere al menos 24 horas antes de conducir."),
    ],
)
def test_a_least_time_a_not_abstains_for_is_kept_however_the_translation_says_the_wait(
    catalogs, locale, source, translation
):
    """ "Do not drive for at least 24 hours" is at least 24 hours without driving: the "not" is the
    driving's, not the limit's.  Read as "at most", the waits said plainly were errors."""
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, source, turned",
    [
        ("es", NO_DRIVING, "Conduzca como máximo 24 horas."),
        ("es", "Do not drive for 24 hours at least.", "Conduzca como máximo 24 horas."),
        ("fr", NO_DRIVING, "Conduisez au plus 24 heures."),
        ("de", NO_DRIVING, "Fahren Sie höchstens 24 Stunden lang Auto."),
        ("zh_TW", NO_DRIVING, "最多24小時開車。"),
        ("ar", NO_DRIVING, "قد السيارة لمدة 24 ساعة على الأكثر."),
        # the "not" of another sentence, or of another verb, is not this wait's
        ("es", f"{NO_DRIVING} Do not drink alcohol.", "Conduzca como máximo 24 horas. No beba alcohol."),
        ("es", NO_DRIVING, "Conduzca como máximo 24 horas y no beba alcohol."),
        ("de", NO_DRIVING, "Fahren Sie höchstens 24 Stunden und trinken Sie nicht."),
        ("zh_TW", NO_DRIVING, "最多開車24小時，不要喝酒。"),
    ],
)
def test_a_least_time_a_not_abstains_for_is_turned_when_the_translation_drops_the_wait(
    catalogs, locale, source, turned
):
    """Driving at most 24 hours for not driving at least 24: passed while the source was read "at most"."""
    finding = only(catalogs.findings(source, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at most 24, the source at least" in finding.message


@pytest.mark.parametrize(
    "locale, translation",
    [
        # a word that asks between the time and its "not"
        ("de", "Fahren Sie innerhalb von 24 Stunden bitte nicht Auto."),
        ("de", "Fahren Sie 24 Stunden lang bitte nicht Auto."),
        # the time opens the sentence, its "not" after the comma
        ("es", "Dentro de 24 horas, por favor, no conduzca."),
        ("es", "Dentro de las 24 horas siguientes, no conduzca."),
        ("fr", "Dans les 24 heures, ne conduisez pas."),
        ("fr", "Dans les 24 heures, veuillez ne pas conduire."),
        ("pt_BR", "Dentro de 24 horas, não dirija."),
        ("zh_TW", "24小時內，請勿開車。"),
        ("ar", "خلال 24 ساعة، لا تقد السيارة."),
        # a time's "in" with its particle: the verb after it is denied, not a noun
        ("ko_KR", "24시간 이내에는 운전하지 마세요."),
        ("ko_KR", "24시간 이내에는 절대 운전하지 마세요."),
    ],
)
def test_not_within_a_time_is_the_same_wait_said_politely_or_fronted(catalogs, locale, translation):
    """ "Do not drive for at least 24 hours" as "within 24 hours please do not drive" was an error
    (the "bitte" stood between the time and its "nicht"), and so was the time said first with a
    comma, or Korean 이내에는 (its 는 read as a noun's)."""
    assert catalogs.findings(NO_DRIVING, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, turned",
    [
        ("es", "Conduzca como máximo 24 horas, no beba alcohol."),
        ("es", "Conduzca como máximo 24 horas, por favor, no beba alcohol."),
        ("es", "Durante un máximo de 24 horas, no conduzca."),
        ("fr", "Conduisez au plus 24 heures, ne buvez pas."),
        ("de", "Fahren Sie höchstens 24 Stunden Auto und trinken Sie bitte nicht."),
        ("zh_TW", "最多開車24小時，不要喝酒。"),
        ("ko_KR", "24시간 이내에는 운전하세요."),
        ("ko_KR", "24시간 이내에는 운전해도 됩니다."),
    ],
)
def test_a_not_of_another_verb_or_none_after_a_time_still_turns_the_wait(catalogs, locale, turned):
    """A "not" after a comma is the time's only where the time opens the sentence: a verb before it
    (Conduzca, 開車) makes the "not" after the comma another verb's."""
    finding = only(catalogs.findings(NO_DRIVING, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at most 24, the source at least" in finding.message


@pytest.mark.parametrize(
    "locale, source, turned",
    [
        ("es", NO_DRIVING, "No conduzca durante más de 24 horas."),
        ("es", NO_DRIVING, "No conduzca más de 24 horas."),
        ("es", NO_DRIVING, "No conduzca durante un período superior a 24 horas."),
        ("es", NO_DOSE_GAP, "No tome otra dosis durante más de 4 horas."),
        ("de", NO_DRIVING, "Fahren Sie nicht für mehr als 24 Stunden Auto."),
        ("fr", NO_DRIVING, "Ne conduisez pas pendant plus de 24 heures."),
        ("pt_BR", NO_DRIVING, "Não dirija por mais de 24 horas."),
        ("zh_TW", NO_DRIVING, "不要開車超過24小時。"),
        ("ko_KR", NO_DRIVING, "24시간 넘게 운전하지 마세요."),
        ("ko_KR", NO_DRIVING, "24시간 초과 운전하지 마세요."),
        ("ar", NO_DRIVING, "لا تقد السيارة لأكثر من 24 ساعة."),
        ("ar", NO_DRIVING, "لا تقد السيارة لمدة تزيد عن 24 ساعة."),
    ],
)
def test_a_more_than_a_not_denies_turns_a_least_time_to_abstain_around(catalogs, locale, source, turned):
    """ "Do not drive for more than 24 hours" for "Do not drive for at least 24 hours": a wait made a
    limit on driving.  A "more than" under the "not" limits the verb; it passed, read as said (more
    than 24 hours) as an "al menos" under the "not" may be."""
    finding = only(catalogs.findings(source, turned, locale=locale, check="limits"))
    assert (
        finding.severity == "error"
        and "it says at most" in finding.message
        and "the source at least" in finding.message
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        # a "more than" the wait says, with no "not" on it
        ("es", "Espere más de 24 horas antes de conducir."),
        ("fr", "Attendez plus de 24 heures avant de conduire."),
        ("pt_BR", "Espere mais de 24 horas antes de dirigir."),
        ("zh_TW", "請等待超過24小時再開車。"),
        ("ar", "انتظر أكثر من 24 ساعة قبل القيادة."),
        ("de", "Fahren Sie über 24 Stunden lang nicht Auto."),
        # a "not" before a moment the "more than" says: the driving's, the wait kept
        ("es", "No conduzca antes de que pasen más de 24 horas."),
        ("es", "No conduzca hasta que hayan pasado más de 24 horas."),
        ("fr", "Ne conduisez pas avant que plus de 24 heures se soient écoulées."),
        ("pt_BR", "Não dirija antes de passarem mais de 24 horas."),
        ("pt_BR", "Não dirija até que se passem mais de 24 horas."),
        ("ar", "لا تقد السيارة قبل مرور أكثر من 24 ساعة."),
        ("ko_KR", "24시간이 넘게 지나기 전에는 운전하지 마세요."),
        # an "or more" after the number reads either way
        ("ko_KR", "24시간 이상 운전하지 마세요."),
        ("zh_TW", "24小時以上不要開車。"),
    ],
)
def test_a_more_than_of_the_wait_itself_keeps_a_least_time_to_abstain(catalogs, locale, translation):
    assert catalogs.findings(NO_DRIVING, translation, locale=locale, check="limits") == []


NO_DRIVING_AFTER = "Do not drive for at least 24 hours after the procedure."


@pytest.mark.parametrize(
    "locale, source, turned",
    [
        # a "more than" said as a duration: the moment after it (después, após, après) is where the
        # time counts from, not a moment the "more than" reaches
        ("es", NO_DRIVING_AFTER, "No conduzca durante más de 24 horas después del procedimiento."),
        ("pt_BR", NO_DRIVING_AFTER, "Não dirija por mais de 24 horas após o procedimento."),
        ("fr", NO_DRIVING_AFTER, "Ne conduisez pas pendant plus de 24 heures après l'intervention."),
        # a most with a "not" after its time: the driving denied for at most 24 hours, no wait
        ("de", NO_DRIVING_AFTER, "Fahren Sie nach dem Eingriff höchstens 24 Stunden lang nicht Auto."),
        ("de", NO_DRIVING, "Fahren Sie höchstens 24 Stunden lang nicht Auto."),
        ("zh_TW", NO_DRIVING_AFTER, "手術後最多24小時內請勿開車。"),
        ("zh_TW", NO_DRIVING, "最多24小時內請勿開車。"),
        ("zh_TW", NO_DRIVING, "最多24小時請勿開車。"),
        # a most under a "not" before it: not made a wait as "en menos de 4 horas" is
        ("ar", NO_DRIVING_AFTER, "لا تقد السيارة لمدة 24 ساعة على الأكثر بعد الإجراء."),
        ("ar", NO_DRIVING, "لا تقد السيارة لمدة 24 ساعة على الأكثر."),
        ("es", NO_DRIVING_AFTER, "No conduzca durante como máximo 24 horas después del procedimiento."),
    ],
)
def test_a_least_time_to_abstain_said_as_a_most_is_turned_whatever_follows_it(catalogs, locale, source, turned):
    """ "at least 24 hours" as "more than" or "at most" passed where a phrase followed the time ("después
    del procedimiento": a moment in the clause) or a "not" followed a most (read as "not within")."""
    finding = only(catalogs.findings(source, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at most 24, the source at least" in finding.message


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "No conduzca durante al menos 24 horas después del procedimiento."),
        ("pt_BR", "Não dirija por pelo menos 24 horas após o procedimento."),
        ("fr", "Ne conduisez pas pendant au moins 24 heures après l'intervention."),
        ("de", "Fahren Sie nach dem Eingriff mindestens 24 Stunden lang nicht Auto."),
        ("zh_TW", "手術後至少24小時內請勿開車。"),
        ("zh_TW", "手術後24小時內請勿開車。"),
        ("ar", "لا تقد السيارة لمدة 24 ساعة على الأقل بعد الإجراء."),
        ("ar", "لا تقد السيارة خلال 24 ساعة بعد الإجراء."),
        ("ko_KR", "시술 후 최소 24시간 동안 운전하지 마십시오."),
        ("de", "Fahren Sie nach dem Eingriff innerhalb von 24 Stunden nicht Auto."),
        ("es", "No conduzca hasta que hayan pasado más de 24 horas después del procedimiento."),
    ],
)
def test_a_least_time_to_abstain_with_a_moment_after_it_stays_clean(catalogs, locale, translation):
    assert catalogs.findings(NO_DRIVING_AFTER, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "source, direction",
    [
        (NO_DRIVING, AT_LEAST),
        ("Do not drive for a minimum of 24 hours.", AT_LEAST),
        ("Do not drive for 24 hours at least.", AT_LEAST),  # said after the time
        ("Do not use it for 3 days or more.", AT_MOST),  # "or more" limits the use
        ("Do not use it for more than 3 days.", AT_MOST),  # limits the use
        ("Do not use it for over 3 days.", AT_MOST),
        ("Do not take at least 4 g.", AT_MOST),  # a dose, not a time
        ("Wait for at least 4 hours.", AT_LEAST),
    ],
)
def test_only_a_least_time_said_for_a_not_keeps_its_direction(source, direction):
    """ "for at least" a time: the "not" is the verb's.  Not "for more than" a time (the use limited),
    nor "at least" a dose."""
    [limit] = source_limits(source, language_for("en"))
    assert limit.direction == direction


@pytest.mark.parametrize(
    "locale, source, translation, says",
    [
        ("es", "Do not take more than 2 g.", "Tome al menos 2 g.", "it says at least 2, the source at most"),
        (
            "es",
            "Do not use it for more than 3 days.",
            "Úselo al menos 3 días.",
            "it says at least 3, the source at most",
        ),
    ],
)
def test_a_limit_a_not_denies_is_still_turned_around(catalogs, locale, source, translation, says):
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == "error" and says in finding.message


@pytest.mark.parametrize(
    "kept",
    [
        "2 g 이상 드시는 것을 권장하지 않습니다.",  # taking 2 g or more is not recommended
        "2 g 이상 복용하는 것은 권장되지 않습니다.",
        "2 g 이상 드시는 것은 안 됩니다.",
        "2 g 이상은 권장하지 않습니다.",
        "2 g 초과 복용은 권장되지 않습니다.",
    ],
)
def test_a_korean_limit_whose_taking_is_not_recommended_is_at_most(catalogs, kept):
    """The verb made a noun by 것 (드시는 것을) was read as a noun with its particle, and the
    negation one word further was out of reach; 권장하지 않습니다 after 이상은 was no prohibition."""
    assert catalogs.findings("Do not take more than 2 g.", kept, check="limits") == []


@pytest.mark.parametrize(
    "source, translation, says",
    [
        (
            "Do not take more than 2 g.",
            "2 g 미만 드시는 것을 권장하지 않습니다.",
            "it says at least 2, the source at most",
        ),
        ("Do not take more than 2 g.", "2 g 미만은 권장하지 않습니다.", "it says at least 2, the source at most"),
        ("Do not take more than 2 g.", "2 g 이상 드시는 것을 권장합니다.", "it says at least 2, the source at most"),
        ("Take at least 2 g.", "2 g 이상 드시는 것을 권장하지 않습니다.", "it says at most 2, the source at least"),
    ],
)
def test_a_korean_limit_not_recommended_the_other_way_is_turned_around(catalogs, source, translation, says):
    finding = only(catalogs.findings(source, translation, check="limits"))
    assert finding.severity == "error" and says in finding.message


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Take at least 2 g.", "2 g 이상 드시는 것을 권장합니다."),
        ("Do not give it to children under 12.", "12세 미만 어린이에게 주는 것은 권장하지 않습니다."),
        ("Patients taking 2 g or more should not drive.", "2 g 이상 드시는 분은 운전하지 마세요."),
    ],
)
def test_a_korean_noun_after_a_limit_still_takes_the_negation(catalogs, source, translation):
    """드시는 분은 (those who take): a noun, whose driving the 마세요 denies, not the limit."""
    assert catalogs.findings(source, translation, check="limits") == []


NOSEBLEED = "Tell your doctor straight away if you have a nosebleed that lasts longer than 10 minutes."


@pytest.mark.parametrize(
    "locale, kept",
    [
        ("ko_KR", "코피가 10분 넘게 멈추지 않으면 바로 의사에게 알리세요."),  # if it does not stop
        ("ko_KR", "코피가 10분 이상 멈추지 않는 경우 즉시 의사에게 알리십시오."),
        ("ko_KR", "10분 넘게 코피가 안 멈추면 바로 의사에게 알리세요."),
        ("ko_KR", "10분 넘게 그치지 않는 코피가 나면 즉시 의사에게 알리세요."),  # a nosebleed that does not stop
        ("ko_KR", "코피가 10분이 넘도록 멈추지 않으면 바로 의사에게 알리세요."),  # until past 10 minutes
        ("ko_KR", "코피가 10분이 지나도록 멈추지 않으면 바로 의사에게 알리세요."),
        ("zh_TW", "如果流鼻血超過10分鐘仍未停止，請立即告訴醫師。"),
    ],
)
def test_a_korean_not_of_a_condition_after_a_limit_does_not_turn_it(catalogs, locale, kept):
    """멈추지 않으면 (if it does not stop), 않는 경우, 그치지 않는 코피: a "not" that sets a condition
    or describes, after a time, says how long it lasts, so "10분 넘게" stays more than 10 minutes;
    it was read as the 마세요 of "2 g 이상 드시지 마세요" and the limit turned to at most."""
    assert catalogs.findings(NOSEBLEED, kept, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "translation",
    [
        "하루 2 g 이상 드시지 마세요.",
        "하루 2 g 넘게 드시지 않도록 하세요.",
        "하루 2 g 넘게 드시면 안 됩니다.",
        "하루 2 g 넘게 드시지 않으면 효과가 없습니다.",  # a dose's: unless you take more than 2 g
    ],
)
def test_a_korean_prohibition_or_a_not_of_a_dose_after_a_limit_still_turns_it(catalogs, translation):
    finding = only(catalogs.findings("Take more than 2 g a day.", translation, check="limits"))
    assert finding.severity == "error" and "it says at most 2, the source at least" in finding.message


def test_a_korean_prohibition_after_a_limit_of_a_time_still_turns_it(catalogs):
    finding = only(catalogs.findings("Use it for more than 3 days.", "3일 넘게 사용하지 마세요.", check="limits"))
    assert finding.severity == "error" and "it says at most 3, the source at least" in finding.message


REMEMBER_WITHIN = "If you forget to take a dose and remember within 12 hours, take it as soon as you remember."


@pytest.mark.parametrize(
    "locale, kept",
    [
        ("es", "Si olvida tomar una dosis y se acuerda antes de que pasen 12 horas, tómela en cuanto se acuerde."),
        ("es", "Si olvida tomar una dosis y se acuerda en el espacio de 12 horas, tómela en cuanto se acuerde."),
        (
            "pt_BR",
            "Se se esquecer de tomar uma dose e se lembrar antes de passarem 12 horas, tome-a assim que se lembrar.",
        ),
        ("pt_BR", "Se se esquecer de tomar uma dose e se lembrar no espaço de 12 horas, tome-a assim que se lembrar."),
        ("fr", "Si vous oubliez une dose et vous en souvenez en l'espace de 12 heures, prenez-la dès que possible."),
        ("fr", "Si vous oubliez une dose et vous en souvenez avant que 12 heures ne se soient écoulées, prenez-la."),
        ("de", "Wenn Sie eine Dosis vergessen und sich erinnern, bevor 12 Stunden vergangen sind, nehmen Sie sie ein."),
        ("ar", "إذا نسيت تناول جرعة وتذكرتها قبل مرور 12 ساعة، فتناولها حالما تتذكر."),
        ("ko_KR", "복용을 잊었다가 12시간이 지나기 전에 생각나면 생각나는 즉시 드세요."),
    ],
)
def test_before_a_time_passes_is_within_it(catalogs, locale, kept):
    """ "antes de que pasen 12 horas" (before 12 hours pass, red32 c069), "no espaço de 2 dias" (in
    the space of, c262): within, at most 12 hours; they warned *the translation does not say at most*."""
    assert catalogs.findings(REMEMBER_WITHIN, kept, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Si se acuerda antes de que pasen 12 horas, omita la dosis."),
        ("pt_BR", "Se se lembrar no espaço de 12 horas, salte a dose."),
        ("ko_KR", "12시간이 지나기 전에 생각나면 그 용량은 건너뛰세요."),
    ],
)
def test_before_a_time_passes_for_after_it_is_turned_around(catalogs, locale, translation):
    source = "If you remember after more than 12 hours, skip the dose."
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == "error"


VOMIT_WITHIN_30 = "If you vomit within 30 minutes of taking the tablet, take another one."


@pytest.mark.parametrize(
    "locale, kept",
    [
        ("fr", "Si vous vomissez dans la demi-heure qui suit la prise du comprimé, reprenez-en un."),
        ("es", "Si vomita en la media hora siguiente a tomar el comprimido, tome otro."),
        ("pt_BR", "Se vomitar na meia hora seguinte à toma do comprimido, tome outro."),
        # read before, and still
        ("de", "Wenn Sie innerhalb einer halben Stunde nach der Einnahme erbrechen, nehmen Sie eine weitere Tablette."),
        ("zh_TW", "如果服藥後半小時內嘔吐，請再服用一錠。"),
        ("ko_KR", "정제를 복용하고 반 시간 안에 토하면 한 정을 더 드세요."),
        ("ar", "إذا تقيأت خلال نصف ساعة من تناول القرص، فتناول قرصًا آخر."),
    ],
)
def test_in_the_half_hour_is_within_30_minutes(catalogs, locale, kept):
    """ "dans la demi-heure qui suit" (red32 c193), "en la media hora siguiente", "na meia hora": within
    30 minutes, its number a word joined to its time; they warned *does not say at most 30*."""
    assert catalogs.findings(VOMIT_WITHIN_30, kept, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("fr", "Si vous vomissez dans la demi-heure qui suit la prise du comprimé, ne prenez pas d'autre comprimé."),
        ("es", "Si vomita en la media hora siguiente a tomar el comprimido, no tome otro."),
    ],
)
def test_in_the_half_hour_for_more_than_30_minutes_is_turned_around(catalogs, locale, translation):
    source = "If you vomit more than 30 minutes after taking the tablet, do not take another one."
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at most 30, the source at least" in finding.message


NO_MORE_4_A_DAY = "Do not take more than 4 g a day."


@pytest.mark.parametrize(
    "kept",
    [
        "Es ist verboten, mehr als 4 g pro Tag einzunehmen.",
        "Es ist nicht erlaubt, mehr als 4 g pro Tag einzunehmen.",
        "Es ist untersagt, mehr als 4 g pro Tag einzunehmen.",
        "Nehmen Sie nicht mehr als 4 g pro Tag ein.",
    ],
)
def test_a_german_prohibition_before_its_comma_denies_the_limit(catalogs, kept):
    """ "Es ist verboten, mehr als 4 g … einzunehmen" (taking more than 4 g is forbidden): the
    prohibition stands before the comma of its zu-infinitive, which ended the clause read."""
    assert catalogs.findings(NO_MORE_4_A_DAY, kept, locale="de", check="limits") == []


@pytest.mark.parametrize(
    "source, turned, says",
    [
        (NO_MORE_4_A_DAY, "Es ist verboten, weniger als 4 g pro Tag einzunehmen.", "at least 4, the source at most"),
        (NO_MORE_4_A_DAY, "Nehmen Sie mehr als 4 g pro Tag ein.", "at least 4, the source at most"),
        (
            "Take at least 4 g a day.",
            "Es ist verboten, mehr als 4 g pro Tag einzunehmen.",
            "at most 4, the source at least",
        ),
    ],
)
def test_a_german_prohibition_of_the_other_limit_is_turned_around(catalogs, source, turned, says):
    finding = only(catalogs.findings(source, turned, locale="de", check="limits"))
    assert finding.severity == "error" and says in finding.message


@pytest.mark.parametrize(
    "source, turned",
    [
        ("Give 10 mg / kg at most.", "최소 10 mg/kg을 투여하세요."),  # a spaced slash
        ("Give 10 mg / kg a day at most.", "하루 최소 10 mg/kg을 투여하세요."),
        ("Take no more than\t2 g a day.", "하루 최소 2 g을 드세요."),  # a tab
        ("Take 2 g\tat most.", "최소 2 g을 드세요."),
        ("Take 2 g a day\tat most.", "하루 최소 2 g을 드세요."),
        ("Take no more than\u00a02 g a day.", "하루 최소 2 g을 드세요."),  # a no-break space (read before too)
    ],
)
def test_a_limit_across_a_spaced_slash_or_a_tab_is_still_read(catalogs, source, turned):
    """Found by mutation testing: "10 mg / kg at most" read the unit as "mg" and the "at most" after
    " / kg" as no one's; only a space was blank between a phrase and its number or unit."""
    finding = only(catalogs.findings(source, turned, check="limits"))
    assert finding.severity == "error" and "it says at least" in finding.message


@pytest.mark.parametrize(
    "source, kept",
    [
        ("Give 10 mg / kg at most.", "최대 10 mg/kg을 투여하세요."),
        ("Give 10 mg / kg at most.", "10 mg / kg 이하로 투여하세요."),
        ("Take no more than\t2 g a day.", "하루 2 g 이하로 드세요."),
    ],
)
def test_a_limit_across_a_spaced_slash_or_a_tab_kept_passes(catalogs, source, kept):
    assert catalogs.findings(source, kept, check="limits") == []


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Take 2 doses over 4 visits.", "Tome 2 dosis en 4 visitas."),
        ("Take two doses over four visits.", "Tome dos dosis en cuatro visitas."),
        ("You will get 6 infusions over 3 sessions.", "Recibirá 6 infusiones en 3 sesiones."),
        ("Take 10 tablets over 5 days.", "Tome 10 comprimidos en 5 días."),  # a time: across before too
        ("You will get 3 injections over 6 weeks.", "Recibirá 3 inyecciones en 6 semanas."),
    ],
)
def test_a_count_of_doses_over_what_it_is_spread_across_is_no_limit(catalogs, source, translation):
    """ "2 doses over 4 visits" spreads the doses across the visits: "over 4" warned that the
    translation does not say at least 4."""
    assert catalogs.findings(source, translation, locale="es", check="limits") == []


@pytest.mark.parametrize(
    "source, direction, value",
    [
        ("Take 2 tablets over 12 years.", AT_LEAST, 12),  # an age
        ("Take 2 doses over 65.", AT_LEAST, 65),  # nothing spread across
        ("Give 1 dose over 65 kg.", AT_LEAST, 65),  # a body weight
        ("Take 2 tablets, over 4 times.", AT_LEAST, 4),
        ("Give 2 tablets to people over 65.", AT_LEAST, 65),
    ],
)
def test_over_after_a_count_of_doses_is_still_a_limit_of_an_age_a_weight_or_a_count(source, direction, value):
    [limit] = source_limits(source, language_for("en"))
    assert (limit.direction, limit.value) == (direction, value)


@pytest.mark.parametrize(
    "locale, turned",
    [
        ("es", "Tome 4 g como máximo"),
        ("ar", "تناول 4 غ على الأكثر"),
    ],
)
def test_a_phrase_said_either_side_that_ends_the_translation_is_its_numbers(catalogs, locale, turned):
    """With no next number, a phrase said either side after the last one is that one's: without a
    final full stop, `Tome 4 g como máximo` for "Take 4 g at least." only warned (no direction)."""
    finding = only(catalogs.findings("Take 4 g at least.", turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at most 4, the source at least" in finding.message


@pytest.mark.parametrize(
    "locale, kept",
    [
        ("es", "Tome 4 g como mínimo"),
        ("ar", "تناول 4 غ على الأقل"),
    ],
)
def test_a_phrase_said_either_side_that_ends_the_translation_kept_passes(catalogs, locale, kept):
    assert catalogs.findings("Take 4 g at least.", kept, locale=locale, check="limits") == []


def test_an_age_said_in_months_is_read_as_said_where_no_number_of_the_source_is_found(catalogs):
    """ "under 2 years" as 24개월 미만: no 2 to find the limit by, so the whole translation decides, and
    a who is read as written (the 마세요 is the giving's), never as a dose's limit denied."""
    source = "Do not give to children under 2 years."
    assert catalogs.findings(source, "24개월 미만 어린이에게 주지 마세요.", check="limits") == []
    finding = only(catalogs.findings(source, "24개월 이상 어린이에게 주지 마세요.", check="limits"))
    assert finding.severity == "error" and "turned around" in finding.message


LEAST_AND_MOST = "Take at least 2 and at most 4 tablets."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", LEAST_AND_MOST, "Tome entre 2 y 4 comprimidos."),
        ("fr", LEAST_AND_MOST, "Prenez entre 2 et 4 comprimés."),
        ("de", LEAST_AND_MOST, "Nehmen Sie zwischen 2 und 4 Tabletten."),
        ("pt_BR", LEAST_AND_MOST, "Tome entre 2 e 4 comprimidos."),
        ("es", "Wait at least 4 hours and at most 6 hours.", "Espere entre 4 y 6 horas."),
        ("es", "Take at least 2 g and no more than 4 g a day.", "Tome entre 2 g y 4 g al día."),
    ],
)
def test_a_least_and_a_most_said_as_one_range_say_both(catalogs, locale, source, translation):
    """ "At least 2 and at most 4" as "between 2 and 4" warned twice that neither limit was said."""
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "translation, warned",
    [
        ("Tome entre 4 y 2 comprimidos.", 2),  # the ends the wrong way round
        ("Tome 2 comprimidos y 4 cápsulas.", 2),  # two counts, no range
        ("Tome entre 2 y 6 comprimidos.", 1),  # the most not its end
    ],
)
def test_a_range_says_a_least_and_a_most_only_with_both_ends_in_order(catalogs, translation, warned):
    findings = catalogs.findings(LEAST_AND_MOST, translation, locale="es", check="limits")
    assert len(findings) == warned and all("the translation does not say" in f.message for f in findings)


@pytest.mark.parametrize(
    "locale, swapped",
    [
        ("es", "Tome al menos 4 y como máximo 2 comprimidos."),
        ("de", "Nehmen Sie mindestens 4 und höchstens 2 Tabletten."),
        ("fr", "Prenez au moins 4 et au plus 2 comprimés."),
        ("pt_BR", "Tome pelo menos 4 e no máximo 2 comprimidos."),
        ("zh_TW", "至少服用4錠，最多2錠。"),
        ("ko_KR", "4정 이상 2정 이하로 복용하세요."),
        ("ar", "تناول 4 أقراص على الأقل و2 على الأكثر."),
    ],
)
def test_a_least_and_a_most_swapped_are_turned_around(catalogs, locale, swapped):
    """Which number is the least and which the most, swapped: the most of 4 said as a least is an error."""
    findings = catalogs.findings(LEAST_AND_MOST, swapped, locale=locale, check="limits")
    assert any(f.severity == "error" and "'at most 4 tablets' is turned around" in f.message for f in findings)


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Fahren Sie innerhalb von 24 Stunden nicht Auto."),
        ("fr", "Dans les 24 heures, veuillez ne pas conduire."),
        ("zh_TW", "24小時內，請勿開車。"),
    ],
)
def test_not_within_a_time_said_with_the_not_after_it_passes(catalogs, locale, translation):
    """ "Do not drive within 24 hours": the "not" is the driving's, as in the translation's "within
    24 hours, do not drive" (it was read as "at most 24 hours", turned around)."""
    assert catalogs.findings("Do not drive within 24 hours.", translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Fahren Sie innerhalb von 24 Stunden Auto."),
        ("fr", "Conduisez dans les 24 heures."),
        ("es", "Conduzca como máximo 24 horas y no beba alcohol."),
    ],
)
def test_within_a_time_without_its_not_is_still_turned_around(catalogs, locale, translation):
    finding = only(catalogs.findings("Do not drive within 24 hours.", translation, locale=locale, check="limits"))
    assert finding.severity == "error" and "turned around" in finding.message


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("fr", "Enfants de plus de 2 ans et de moins de 6 ans : 1/2 sachet."),
        ("de", "Kinder über 2 Jahre und unter 6 Jahren: 1/2 Beutel."),
        ("pt_BR", "Crianças com mais de 2 anos e menos de 6 anos: 1/2 sachê."),
        ("es", "Niños mayores de 2 años y menores de 6 años: 1/2 sobre."),
    ],
)
def test_a_range_of_ages_said_with_two_limits_passes(catalogs, locale, translation):
    """ "over 2 years and under 6 years": the "and under" is the 6's, not "2 years and under"."""
    source = "Children over 2 years and under 6 years: 1/2 sachet."
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


def test_a_range_of_ages_turned_around_is_still_an_error(catalogs):
    source = "Children over 2 years and under 6 years: 1/2 sachet."
    translation = "Niños menores de 2 años y mayores de 6 años: 1/2 sobre."
    assert any(f.severity == "error" for f in catalogs.findings(source, translation, locale="es", check="limits"))


# --- a gap kept apart said as within ------------------------------------------------------------
# "Take the tablets 2 hours apart from antacids." as `제산제와 2시간 이내에 정제를 복용하세요.` (within 2
# hours: the two taken together) passed: "apart" was no limit. It says at least 2 hours between, which
# a translation may say with no limit word (2시간 간격을 두고, "con 2 horas de diferencia", "im Abstand
# von 2 Stunden"): only a most said of the time turns it around.

APART = "Take the tablets 2 hours apart from antacids."


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "제산제와 2시간 이내에 정제를 복용하세요."),
        ("ko_KR", "제산제와 2시간 안에 정제를 복용하세요."),
        ("es", "Tome los comprimidos dentro de las 2 horas siguientes a los antiácidos."),
        ("fr", "Prenez les comprimés dans les 2 heures qui suivent les antiacides."),
        ("de", "Nehmen Sie die Tabletten innerhalb von 2 Stunden nach den Antazida ein."),
        ("zh_TW", "請在服用制酸劑後2小時內服用。"),
        ("ar", "تناول الأقراص خلال ساعتين من مضادات الحموضة."),
        ("pt_BR", "Tome os comprimidos em até 2 horas após os antiácidos."),
        ("de", "Nehmen Sie die Tabletten bis 2 Stunden nach den Antazida ein."),
    ],
)
def test_a_gap_said_as_within_is_turned_around(catalogs, locale, translation):
    finding = only(catalogs.findings(APART, translation, locale=locale))
    assert finding.severity == "error"
    assert (
        finding.message == "'2 hours apart' is turned around in the translation: it says at most 2, the source at least"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", APART, "제산제와 2시간 간격을 두고 복용하세요."),
        ("ko_KR", APART, "제산제 복용 전후 2시간은 피해서 복용하세요."),
        ("ko_KR", APART, "제산제와 최소 2시간 간격을 두고 복용하세요."),
        ("es", APART, "Tome los comprimidos con 2 horas de diferencia de los antiácidos."),
        ("fr", APART, "Prenez les comprimés à 2 heures d'intervalle des antiacides."),
        ("de", APART, "Nehmen Sie die Tabletten im Abstand von 2 Stunden zu Antazida ein."),
        ("zh_TW", APART, "請與制酸劑間隔2小時服用。"),
        ("ar", APART, "تناول الأقراص بفاصل ساعتين عن مضادات الحموضة."),
        ("pt_BR", APART, "Tome os comprimidos com 2 horas de intervalo dos antiácidos."),
        # a "not" before a limit of the gap reads as before, the "apart" no limit of its own
        ("ko_KR", "Do not take the tablets less than 2 hours apart.", "정제를 2시간 미만 간격으로 복용하지 마세요."),
        ("ko_KR", "Take doses at least 4 hours apart.", "최소 4시간 간격으로 복용하세요."),
        # a gap of a range: German bis joins its ends ("bis 4" alone is up to 4)
        ("de", "Use twice a week, 3 or 4 days apart.", "Zweimal pro Woche anwenden, im Abstand von 3 bis 4 Tagen."),
        ("de", "Use twice a week, 3 to 4 days apart.", "Zweimal pro Woche, mit 3 bis 4 Tagen Abstand."),
        ("fr", "Use twice a week, 3 or 4 days apart.", "Deux fois par semaine, à 3 à 4 jours d'intervalle."),
        ("ko_KR", "Use twice a week, 3 or 4 days apart.", "일주일에 두 번, 3~4일 간격으로 사용하십시오."),
    ],
)
def test_a_gap_said_as_a_gap_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


def test_a_least_gap_said_without_its_least_is_still_a_warning(catalogs):
    finding = only(
        catalogs.findings("Take doses at least 4 hours apart.", "4시간 간격으로 복용하세요.", locale="ko_KR")
    )
    assert finding.message == "'at least 4 hours': the translation does not say at least 4"


def test_apart_makes_a_time_a_least_gap_only_without_another_limit():
    english = language_for("en")
    (gap,) = source_limits(APART, english)
    assert (gap.direction, gap.value, gap.text, gap.gap) == (AT_LEAST, 2, "2 hours apart", True)
    (least,) = source_limits("Do not take the tablets less than 2 hours apart.", english)
    assert (least.direction, least.gap) == (AT_LEAST, False)
    assert source_limits("Keep the two pens apart.", english) == []


# --- a most said as the time's or the dose's own (Arabic أقصاها) ----------------------------------
# "Do not drive for at least 24 hours after the procedure." as `لا تقد السيارة لمدة أقصاها 24 ساعة بعد
# الإجراء.` (for a period of at most 24 hours) passed: أقصاها (its most) was no limit word.

NOT_DRIVING = "Do not drive for at least 24 hours after the procedure."


@pytest.mark.parametrize(
    "source, translation, message",
    [
        (
            NOT_DRIVING,
            "لا تقد السيارة لمدة أقصاها 24 ساعة بعد الإجراء.",
            "'at least 24 hours' is turned around in the translation: it says at most 24, the source at least",
        ),
        (
            "Use it for at least 7 days.",
            "استخدمه لمدة أقصاها 7 أيام.",
            "'at least 7 days' is turned around in the translation: it says at most 7, the source at least",
        ),
        (
            "Take at least 4 g a day.",
            "تناول جرعة أقصاها 4 غرامات يوميًا.",
            "'at least 4 g' is turned around in the translation: it says at most 4, the source at least",
        ),
    ],
)
def test_an_arabic_most_of_its_own_for_a_least_is_turned_around(catalogs, source, translation, message):
    finding = only(catalogs.findings(source, translation, locale="ar"))
    assert finding.severity == "error" and finding.message == message


@pytest.mark.parametrize(
    "source, translation",
    [
        (NOT_DRIVING, "لا تقد السيارة لمدة 24 ساعة على الأقل بعد الإجراء."),
        (NOT_DRIVING, "لا تقد السيارة لمدة لا تقل عن 24 ساعة بعد الإجراء."),
        (NOT_DRIVING, "لا تقد السيارة لمدة أدناها 24 ساعة بعد الإجراء."),
        ("Use it for up to 7 days.", "استخدمه لمدة أقصاها 7 أيام."),
        ("Use it for at least 7 days.", "استخدمه لمدة أدناها 7 أيام."),
        ("Take no more than 4 g a day.", "تناول جرعة أقصاها 4 غرامات يوميًا."),
        ("Take no more than 4 g a day.", "لا تتناول أكثر من 4 غرامات يوميًا."),
    ],
)
def test_an_arabic_most_or_least_of_its_own_for_the_same_limit_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="ar", check="limits") == []


# --- a limit after a verb of avoiding ----------------------------------------------------------
# "Do not drive for at least 24 hours." as `Evite conducir dentro de las 24 horas posteriores.` or
# `Évitez de conduire dans les 24 heures qui suivent.` (avoid driving within the next 24 hours, a
# correct translation) was an error, as was `Evite tomar más de 4 g al día.` for "Do not take more
# than 4 g a day.": the avoiding denies the limit after its verb as a prohibition does.


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", "Do not drive for at least 24 hours.", "Evite conducir dentro de las 24 horas posteriores."),
        ("fr", "Do not drive for at least 24 hours.", "Évitez de conduire dans les 24 heures qui suivent."),
        ("es", "Do not take more than 4 g a day.", "Evite tomar más de 4 g al día."),
        ("fr", "Do not take more than 4 g a day.", "Évitez de prendre plus de 4 g par jour."),
        ("es", "Do not drive for at least 24 hours.", "Evite conducir durante al menos 24 horas."),
        ("es", "Avoid alcohol for at least 24 hours.", "Evite el alcohol durante al menos 24 horas."),
        # German says its verb last, the avoiding before the comma of its zu-infinitive
        ("de", "Do not drive for at least 24 hours.", "Vermeiden Sie es, innerhalb von 24 Stunden Auto zu fahren."),
        ("de", "Do not drive for at least 24 hours.", "Bitte vermeiden Sie, innerhalb von 24 Stunden Auto zu fahren."),
        ("de", "Do not take more than 4 g a day.", "Vermeiden Sie es, mehr als 4 g am Tag einzunehmen."),
        (
            "de",
            "Do not drive within 24 hours of the procedure.",
            "Vermeiden Sie es, innerhalb von 24 Stunden nach dem Eingriff Auto zu fahren.",
        ),
        # read before, and still
        ("de", "Do not drive for at least 24 hours.", "Vermeiden Sie es, mindestens 24 Stunden lang Auto zu fahren."),
        ("de", "Avoid alcohol for at least 24 hours.", "Vermeiden Sie Alkohol für mindestens 24 Stunden."),
    ],
)
def test_a_limit_avoided_for_the_same_limit_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", "Take at least 4 g a day.", "Evite tomar más de 4 g al día."),
        ("fr", "Take at least 4 g a day.", "Évitez de prendre plus de 4 g par jour."),
        ("es", "Do not take more than 4 g a day.", "Evite tomar menos de 4 g al día."),
        ("es", "Do not drive for at least 24 hours.", "Conduzca dentro de las 24 horas posteriores."),
        ("fr", "Do not drive for at least 24 hours.", "Conduisez dans les 24 heures qui suivent."),
        ("de", "Take at least 4 g a day.", "Vermeiden Sie es, mehr als 4 g am Tag einzunehmen."),
        ("de", "Drive within 24 hours.", "Vermeiden Sie es, innerhalb von 24 Stunden Auto zu fahren."),
        ("de", "Do not drive for at least 24 hours.", "Vermeiden Sie es, höchstens 24 Stunden lang Auto zu fahren."),
        ("de", "Do not drive for at least 24 hours.", "Fahren Sie innerhalb von 24 Stunden Auto."),
    ],
)
def test_a_limit_avoided_or_allowed_the_other_way_is_still_turned_around(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == "error" and "turned around" in finding.message


# --- Spanish "en las 2 horas": within -----------------------------------------------------------
# `Tome los comprimidos en las 2 horas siguientes a los antiácidos.` for "2 hours apart from
# antacids" passed (and `en las 24 horas siguientes` for "within 24 hours" warned that at most was
# dropped): "en las" / "en los" before a number is within, as "dans les" is.


@pytest.mark.parametrize(
    "source, translation",
    [
        (
            "Do not drive or use machines within 24 hours of taking this medicine.",
            "No conduzca ni utilice máquinas en las 24 horas siguientes a la toma de este medicamento.",
        ),
        ("The effect begins within 30 minutes.", "El efecto comienza en los 30 minutos siguientes."),
        (
            "Do not take antacids within 2 hours of taking this medicine.",
            "No tome antiácidos en las 2 horas anteriores o posteriores a la toma de este medicamento.",
        ),
        ("Do not drive for at least 24 hours.", "Evite conducir en las 24 horas posteriores, como mínimo."),
        (
            "Take the tablets 2 hours apart from antacids.",
            "Tome los comprimidos con 2 horas de diferencia de los antiácidos.",
        ),
    ],
)
def test_spanish_within_said_en_las_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="es", check="limits") == []


@pytest.mark.parametrize(
    "source, translation",
    [
        (
            "Take the tablets 2 hours apart from antacids.",
            "Tome los comprimidos en las 2 horas siguientes a los antiácidos.",
        ),
        ("Do not drive for at least 24 hours.", "Conduzca en las 24 horas siguientes."),
    ],
)
def test_spanish_en_las_for_a_least_is_turned_around(catalogs, source, translation):
    finding = only(catalogs.findings(source, translation, locale="es", check="limits"))
    assert finding.severity == "error" and "turned around" in finding.message


EXCEED_A_MAXIMUM = "Do not exceed a maximum of 4 g a day."


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "하루 최대 4 g을 초과하지 마세요."),
        ("de", "Überschreiten Sie nicht die Tageshöchstdosis von 4 g."),
        ("es", "No supere un máximo de 4 g al día."),
        ("es", "No supere nunca la dosis máxima de 4 g al día."),
        ("fr", "Ne dépassez pas 4 g par jour au maximum."),
        ("fr", "Ne dépassez jamais la dose maximale de 4 g par jour."),
        ("pt_BR", "Não ultrapasse o máximo de 4 g por dia."),
        ("pt_BR", "Nunca ultrapasse a dose máxima de 4 g por dia."),
        ("zh_TW", "每天最多不可超過4克。"),
        ("ar", "لا تتجاوز 4 غرامات يوميًا كحد أقصى."),
        ("ar", "لا تتجاوز الحد الأقصى البالغ 4 غرامات يوميًا."),
    ],
)
def test_a_maximum_that_the_not_of_an_exceeding_is_said_of_passes(catalogs, locale, translation):
    """ "Do not exceed a maximum of 4 g": the "not" is the exceeding's, and the maximum, what it
    exceeds, says at most as written (its "not" read as the maximum's, it was at least 4 g, an
    error beside each of these); the "no" of "No supere … la dosis máxima" is the supere's too."""
    assert catalogs.findings(EXCEED_A_MAXIMUM, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "하루 최소 4 g을 드세요."),
        ("ko_KR", "하루 4 g 이상 드세요."),
        ("de", "Nehmen Sie mindestens 4 g pro Tag."),
        ("es", "Tome al menos 4 g al día."),
        ("es", "No tome menos de 4 g al día."),
        ("fr", "Prenez au moins 4 g par jour."),
        ("pt_BR", "Não tome menos de 4 g por dia."),
        ("zh_TW", "每天至少服用4克。"),
        ("ar", "تناول 4 غرامات يوميًا على الأقل."),
    ],
)
def test_a_maximum_said_as_a_least_is_still_turned_around(catalogs, locale, translation):
    finding = only(catalogs.findings(EXCEED_A_MAXIMUM, translation, locale=locale, check="limits"))
    assert finding.severity == "error" and "'a maximum of 4 g' is turned around" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("de", "Do not exceed 4 g.", "Nehmen Sie mindestens 4 g."),
        ("ko_KR", "Do not exceed 4 g.", "최소 4 g"),
        ("ko_KR", "The maximum dose is 4 g.", "최소 용량은 4 g"),
        # a negation between the two phrases, none before the first: the second's (at most, twice)
        ("es", "Take at least 4 g a day.", "Tome como máximo y nunca más de 4 g al día."),
        # a phrase said after its number (內, the 24 hours') is no verb the next one is the object of
        ("zh_TW", "Do not take more than 8 tablets in 24 hours.", "24小時內請勿服用少於8錠。"),
    ],
)
def test_an_exceeding_or_a_maximum_turned_around_is_still_an_error(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == "error" and "turned around" in finding.message


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("zh_TW", "24小時內不可服用超過4錠。"),
        ("zh_TW", "24小時內請勿服用超過4錠。"),
        ("zh_TW", "請勿在24小時內服用超過4錠。"),
        ("es", "No tome más de 4 comprimidos en 24 horas."),
    ],
)
def test_a_limit_denied_after_a_phrase_of_another_number_passes(catalogs, locale, translation):
    """內 is the 24 hours' limit, not a verb whose object 超過 is: the 不可 before 超過 still denies it."""
    source = "Do not take more than 4 tablets in 24 hours."
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


def test_the_source_reads_a_maximum_an_exceeding_is_said_of_as_at_most():
    (limit,) = source_limits(EXCEED_A_MAXIMUM, language_for("en"))
    assert (limit.direction, limit.value) == (AT_MOST, 4)


UPRIGHT = "Take with a full glass of water and stay upright for at least 30 minutes."
WAIT_FOR_ANOTHER = "Wait at least 4 hours before taking another dose."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the verb it abstains from, denied for at least that long: were errors (read "at most 30")
        ("es", UPRIGHT, "Tómelo con un vaso lleno de agua y no se acueste durante al menos 30 minutos."),
        ("fr", UPRIGHT, "Prenez-le avec un grand verre d'eau et ne vous allongez pas pendant au moins 30 minutes."),
        ("pt_BR", UPRIGHT, "Tome com um copo cheio de água e não se deite por pelo menos 30 minutos."),
        ("ar", UPRIGHT, "تناوله مع كوب ممتلئ من الماء ولا تستلقِ لمدة 30 دقيقة على الأقل."),
        # not within the time after a wait: the same wait
        ("zh_TW", WAIT_FOR_ANOTHER, "服藥後4小時內請勿再次服用。"),
    ],
)
def test_a_least_time_with_no_not_said_with_the_verbs_not_keeps_its_direction(catalogs, locale, source, translation):
    """ "Stay upright for at least 30 minutes" said "do not lie down for at least 30 minutes", "Wait at
    least 4 hours" said "do not take another within 4 hours": the "not" is the verb's, and with none in
    the source to be read the same way, the least was turned to a most.  [negation] still warns."""
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", UPRIGHT, "물 한 컵 가득과 함께 복용하고 최소 30분 동안 눕지 마십시오."),
        (
            "de",
            UPRIGHT,
            "Nehmen Sie es mit einem vollen Glas Wasser ein und legen Sie sich mindestens 30 Minuten lang nicht hin.",
        ),
        ("zh_TW", UPRIGHT, "請以一整杯水服用，服藥後至少30分鐘內不可躺下。"),
        ("es", UPRIGHT, "Tómelo con un vaso lleno de agua y permanezca erguido durante al menos 30 minutos."),
        ("es", WAIT_FOR_ANOTHER, "No tome otra dosis hasta que hayan pasado al menos 4 horas."),
        ("es", WAIT_FOR_ANOTHER, "No tome otra dosis en menos de 4 horas."),
        ("fr", WAIT_FOR_ANOTHER, "Ne prenez pas d'autre dose avant un délai d'au moins 4 heures."),
        ("ar", WAIT_FOR_ANOTHER, "لا تتناول جرعة أخرى قبل مرور 4 ساعات على الأقل."),
        ("es", WAIT_FOR_ANOTHER, "Espere al menos 4 horas antes de tomar otra dosis."),
    ],
)
def test_a_least_time_with_no_not_said_plainly_or_as_a_wait_stays_clean(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, source, turned",
    [
        ("es", UPRIGHT, "Tómelo con un vaso lleno de agua y acuéstese durante como máximo 30 minutos."),
        ("pt_BR", UPRIGHT, "Tome com um copo cheio de água e fique em pé por no máximo 30 minutos."),
        ("ar", UPRIGHT, "تناوله مع كوب ممتلئ من الماء وابقَ منتصبًا لمدة 30 دقيقة على الأكثر."),
        # a "more than" under the "not" limits the verb, as for a source's own "not"
        ("es", UPRIGHT, "Tómelo con un vaso lleno de agua y no se acueste durante más de 30 minutos."),
        ("fr", UPRIGHT, "Prenez-le avec un grand verre d'eau et ne vous allongez pas pendant plus de 30 minutes."),
        ("es", WAIT_FOR_ANOTHER, "Espere como máximo 4 horas antes de tomar otra dosis."),
        ("es", WAIT_FOR_ANOTHER, "Espere menos de 4 horas antes de tomar otra dosis."),
        ("fr", WAIT_FOR_ANOTHER, "Attendez au plus 4 heures avant de prendre une autre dose."),
        ("zh_TW", WAIT_FOR_ANOTHER, "最多等待4小時再服用下一劑。"),
    ],
)
def test_a_least_time_with_no_not_said_as_a_most_is_still_turned_around(catalogs, locale, source, turned):
    finding = only(catalogs.findings(source, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "the source at least" in finding.message


@pytest.mark.parametrize("source", [UPRIGHT, WAIT_FOR_ANOTHER, "Wait for 4 hours at least.", NO_DRIVING])
def test_a_least_time_said_as_a_duration_or_a_wait_reads_either_way(source):
    [limit] = source_limits(source, language_for("en"))
    assert limit.direction == AT_LEAST and limit.abstained


PERSIST = "If symptoms persist for more than 5 days, see a doctor."
ONCE_OPENED = "Once opened, use within 1 month."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # "even after 5 days pass, if symptoms go on": more than 5 days
        ("ko_KR", PERSIST, "5일이 지나도 증상이 계속되면 의사의 진료를 받으십시오."),
        # "in the time limit of a month": within
        ("es", ONCE_OPENED, "Una vez abierto, utilizar en el plazo de un mes."),
        ("es", ONCE_OPENED, "Una vez abierto, utilizar dentro del plazo de un mes."),
        ("es", "Once opened, use within 28 days.", "Una vez abierto, utilizar dentro de un plazo de 28 días."),
        ("pt_BR", ONCE_OPENED, "Depois de aberto, utilizar dentro do prazo de um mês."),
        # the neighbours read already
        ("ko_KR", PERSIST, "5일이 지난 후에도 증상이 계속되면 의사의 진료를 받으십시오."),
        ("pt_BR", ONCE_OPENED, "Depois de aberto, utilizar no prazo de um mês."),
        ("fr", ONCE_OPENED, "Après ouverture, utiliser dans un délai d'un mois."),
        ("de", ONCE_OPENED, "Nach dem Öffnen innerhalb von einem Monat verwenden."),
    ],
)
def test_an_idiomatic_limit_of_a_time_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, source, turned",
    [
        ("ko_KR", ONCE_OPENED, "개봉 후 1개월이 지나도 사용하십시오."),
        ("ko_KR", PERSIST, "5일 이내에 증상이 계속되면 의사의 진료를 받으십시오."),
        ("es", PERSIST, "Si los síntomas persisten en el plazo de 5 días, consulte a un médico."),
        ("es", ONCE_OPENED, "Una vez abierto, utilizar después de un mes."),
    ],
)
def test_an_idiomatic_limit_of_a_time_said_for_the_other_is_turned_around(catalogs, locale, source, turned):
    finding = only(catalogs.findings(source, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "turned around" in finding.message


# --- Permission to take more, added where the source sets a most ------------------------------
PARACETAMOL = "Adults: 500 mg to 1 g every 4 to 6 hours. Maximum 4 g in 24 hours."
NO_MORE_THAN = "Take no more than 4 g in 24 hours."


@pytest.mark.parametrize(
    "locale, source, translation, allowed",
    [
        (
            "ko_KR",
            PARACETAMOL,
            "성인: 4~6시간마다 500 mg~1 g. 24시간 동안 최대 4 g. 필요하면 더 복용해도 됩니다.",
            "더 복용해도 됩니다",
        ),
        (
            "es",
            PARACETAMOL,
            "Adultos: 500 mg a 1 g cada 4 a 6 horas. Máximo 4 g en 24 horas. Si lo necesita, puede tomar más.",
            "puede tomar más",
        ),
        ("es", NO_MORE_THAN, "No tome más de 4 g en 24 horas; puede tomar más si el dolor sigue.", "puede tomar más"),
        (
            "fr",
            NO_MORE_THAN,
            "Ne prenez pas plus de 4 g en 24 heures. Si besoin, vous pouvez en prendre plus.",
            "vous pouvez en prendre plus",
        ),
        (
            "de",
            NO_MORE_THAN,
            "Nehmen Sie nicht mehr als 4 g in 24 Stunden ein. Bei Bedarf können Sie mehr nehmen.",
            "können Sie mehr nehmen",
        ),
        ("zh_TW", NO_MORE_THAN, "24小時內不超過4公克。需要時可以多吃。", "可以多吃"),
        (
            "ar",
            NO_MORE_THAN,
            "لا تتناول أكثر من 4 غ خلال 24 ساعة. يمكنك تناول المزيد عند الحاجة.",
            "يمكنك تناول المزيد",
        ),
        ("pt_BR", NO_MORE_THAN, "Não tome mais de 4 g em 24 horas. Se precisar, pode tomar mais.", "pode tomar mais"),
    ],
)
def test_a_permission_to_take_more_added_to_a_most_is_a_warning(catalogs, locale, source, translation, allowed):
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == "warning"
    assert f"the translation allows more ('{allowed}'), which the source does not say" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", PARACETAMOL, "성인: 4~6시간마다 500 mg~1 g. 24시간 동안 최대 4 g. 더 복용하면 안 됩니다."),
        ("es", NO_MORE_THAN, "No puede tomar más de 4 g en 24 horas."),
        ("es", PARACETAMOL, "Adultos: 500 mg a 1 g cada 4 a 6 horas. Máximo 4 g en 24 horas. No puede tomar más."),
        ("fr", NO_MORE_THAN, "Ne prenez pas plus de 4 g en 24 heures. Vous ne pouvez pas en prendre plus."),
        ("de", NO_MORE_THAN, "Nehmen Sie nicht mehr als 4 g in 24 Stunden ein. Sie können nicht mehr nehmen."),
        ("zh_TW", NO_MORE_THAN, "24小時內不超過4公克。不可多服。"),
        ("ar", NO_MORE_THAN, "لا تتناول أكثر من 4 غ خلال 24 ساعة. لا يمكنك تناول المزيد."),
        ("pt_BR", NO_MORE_THAN, "Não tome mais de 4 g em 24 horas. Não pode tomar mais."),
        # the source allows more itself
        (
            "ko_KR",
            "Maximum 4 g in 24 hours. Your doctor may increase the dose if needed.",
            "24시간 동안 최대 4 g. 필요하면 의사가 용량을 늘릴 수 있으며, 더 복용해도 됩니다.",
        ),
        (
            "pt_BR",
            "Maximum 4 g a day. The dose may be increased by your doctor.",
            "No máximo 4 g por dia. Se o médico indicar, pode tomar mais.",
        ),
        # a least, or who a limit is for: more is no limit passed
        ("es", "Take at least 2 tablets a day.", "Tome al menos 2 comprimidos al día; puede tomar más si lo necesita."),
        (
            "es",
            "Do not give to children under 12. Adults may take more.",
            "No lo dé a menores de 12 años. Los adultos pueden tomar más.",
        ),
    ],
)
def test_more_denied_or_allowed_by_the_source_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, translation, allowed",
    [
        (
            "es",
            "No tome más de 4 g en 24 horas. Si lo necesita, puede tomar una dosis adicional.",
            "puede tomar una dosis adicional",
        ),
        ("es", "No tome más de 4 g en 24 horas. Puede aumentar la dosis si el dolor sigue.", "Puede aumentar la dosis"),
        ("pt_BR", "Não tome mais de 4 g em 24 horas. Você pode aumentar a dose.", "pode aumentar a dose"),
        (
            "fr",
            "Ne prenez pas plus de 4 g en 24 heures. Si besoin, vous pouvez dépasser cette dose.",
            "vous pouvez dépasser cette dose",
        ),
        (
            "de",
            "Nehmen Sie nicht mehr als 4 g in 24 Stunden ein. Bei Bedarf können Sie die Dosis erhöhen.",
            "können Sie die Dosis erhöhen",
        ),
        ("ko_KR", "24시간 동안 4 g을 넘지 마세요. 필요하면 초과해도 됩니다.", "초과해도 됩니다"),
        ("zh_TW", "24小時內不超過4公克。必要時可以增加劑量。", "可以增加劑量"),
        ("ar", "لا تتناول أكثر من 4 غ خلال 24 ساعة. يمكنك زيادة الجرعة عند الحاجة.", "يمكنك زيادة الجرعة"),
    ],
)
def test_a_dose_added_or_raised_past_a_most_is_a_warning(catalogs, locale, translation, allowed):
    finding = only(catalogs.findings(NO_MORE_THAN, translation, locale=locale, check="limits"))
    assert finding.severity == "warning" and f"the translation allows more ('{allowed}')" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", NO_MORE_THAN, "No tome más de 4 g en 24 horas. No puede aumentar la dosis."),
        ("zh_TW", NO_MORE_THAN, "24小時內最多4公克，不可超過。"),
        ("ar", NO_MORE_THAN, "لا تتناول أكثر من 4 غ خلال 24 ساعة. لا يمكنك زيادة الجرعة."),
        # the source adds the dose itself, or says the dose may be raised, or "may increase" of a risk
        (
            "es",
            "If you vomit within 30 minutes, take another dose. Do not take more than 4 doses a day.",
            "Si vomita en 30 minutos, puede tomar una dosis adicional. No tome más de 4 dosis al día.",
        ),
        (
            "de",
            "No more than 4 g a day. Your doctor may increase this dose.",
            "Höchstens 4 g pro Tag. Ihr Arzt kann die Dosis erhöhen.",
        ),
        (
            "es",
            "Take it within 24 hours. This medicine may increase the risk of bleeding.",
            "Tómelo en las 24 horas. Este medicamento puede aumentar el riesgo de sangrado.",
        ),
    ],
)
def test_a_dose_added_or_raised_that_the_source_says_or_denied_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


# An age said by whom a limit is for ("children under 12", "people over 65") is a quantity, "years"
# said or not: turned around, an error in every language, as "Children under 12 years" is.
@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("zh_TW", "Children under 12 should not use this medicine.", "12歲以上兒童不應使用本藥。"),
        ("ko_KR", "Children under 12 should not use this medicine.", "12세 이상 어린이는 이 약을 사용하지 마십시오."),
        ("es", "Do not give to children under 12.", "No administrar a niños mayores de 12 años."),
        (
            "fr",
            "Children under 12 should not use this medicine.",
            "Les enfants de plus de 12 ans ne doivent pas utiliser ce médicament.",
        ),
        ("de", "Do not give to children under 12.", "Nicht an Kinder über 12 Jahren geben."),
        ("ko_KR", "Children under 12 may get it.", "12 이상 어린이가 맞을 수 있습니다."),
    ],
)
def test_an_age_said_by_whom_a_limit_is_for_turned_around_is_an_error(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == "error"
    assert "is turned around in the translation: it says at least 12" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("zh_TW", "Children under 12 should not use this medicine.", "未滿12歲兒童不應使用本藥。"),
        ("zh_TW", "Children under 12 should not use this medicine.", "12歲以下兒童不應使用本藥。"),
        ("ko_KR", "Children under 12 should not use this medicine.", "12세 미만 어린이는 이 약을 사용하지 마십시오."),
        ("es", "Do not give to children under 12.", "No administrar a niños menores de 12 años."),
        ("de", "Do not give to children under 12.", "Nicht an Kinder unter 12 Jahren geben."),
    ],
)
def test_an_age_said_by_whom_a_limit_is_for_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


# "over" said by a past or honorific form of 넘다 ("65세를 넘었거나": are over 65, 넘으셨으면, 3일을
# 넘겼으면) was read as no direction: the correct translation was warned that it does not say at least.
@pytest.mark.parametrize(
    ("source", "translation"),
    [
        (
            "If you are over 65 or have kidney problems, your doctor may give you a lower dose.",
            "65세를 넘었거나 신장에 문제가 있으면 의사가 용량을 줄일 수 있습니다.",
        ),
        (
            "If you are over 65 or have kidney problems, your doctor may give you a lower dose.",
            "65세가 넘으셨거나 신장에 문제가 있으면 의사가 용량을 줄일 수 있습니다.",
        ),
        ("If the fever lasts more than 3 days, see a doctor.", "열이 3일을 넘겼으면 의사와 상담하세요."),
    ],
)
def test_over_said_by_a_past_or_honorific_form_of_exceeding_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="ko_KR", check="limits") == []


def test_a_past_form_of_exceeding_for_within_is_turned_around(catalogs):
    finding = only(catalogs.findings("Use within 7 days of opening.", "개봉 후 7일을 넘겼으면 사용하세요."), "limits")
    assert finding.severity == "error" and "it says at least 7, the source at most" in finding.message


# "within" said by a bare "en"/"em" before a time ("no mejora en siete días", "desaparecen en 2
# días") was warned of a dropped limit; "en" before anything else ("en 2 tomas", "en ayunas") is no limit.
@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        (
            "es",
            "Stop treatment and see your doctor if the rash does not improve within 7 days.",
            "Si la erupción no mejora en siete días, interrumpa el tratamiento y acuda a su médico.",
        ),
        ("es", "Most side effects go away within 2 days.", "La mayoría de los efectos desaparecen en 2 días."),
        ("pt_BR", "Most side effects go away within 2 days.", "A maioria dos efeitos desaparece em 2 dias."),
        ("fr", "Most side effects go away within 2 days.", "La plupart des effets disparaissent en 2 jours."),
    ],
)
def test_within_said_by_in_before_a_time_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # "more than 3 days" said "in 3 days": at most
        (
            "es",
            "If your symptoms last more than 3 days, talk to your doctor.",
            "Si sus síntomas duran en 3 días, consulte a su médico.",
        ),
        ("pt_BR", "Wait at least 2 hours.", "Espere em 2 horas."),
    ],
)
def test_in_before_a_time_for_a_least_is_turned_around(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "limits")
    assert finding.severity == "error" and "it says at most" in finding.message


# "de 8 en 8 horas" (every 8 hours): an "en" after a number is no "within".
@pytest.mark.parametrize(
    ("locale", "translation"), [("es", "Tome una dosis de 8 en 8 horas."), ("pt_BR", "Tome uma dose de 8 em 8 horas.")]
)
def test_in_between_a_number_and_a_time_is_no_within(catalogs, locale, translation):
    assert catalogs.findings("Take one dose 8 hours apart.", translation, locale=locale, check="limits") == []


# "en" before no time is no limit: a least dropped beside it is a warning, not turned around.
@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("es", "Tome en la cena 2 comprimidos."),
        ("pt_BR", "Tome em jejum 2 comprimidos."),
        ("fr", "Prenez en mangeant 2 comprimés."),
    ],
)
def test_in_before_no_time_is_no_limit(catalogs, locale, translation):
    finding = only(catalogs.findings("Take at least 2 tablets.", translation, locale=locale), "limits")
    assert finding.severity == "warning" and "does not say at least 2" in finding.message


FOR_MORE_THAN = "Do not use the nasal spray for more than 5 days."
DOSES_WITHIN = "Do not take more than 4 doses within 24 hours."


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "No utilice el aerosol nasal durante más de 5 días."),
        ("pt_BR", "Não utilize o spray nasal durante mais de 5 dias."),
        ("fr", "N'utilisez pas le spray nasal pendant plus de 5 jours."),
        ("de", "Verwenden Sie das Nasenspray nicht länger als 5 Tage."),
    ],
)
def test_a_not_before_its_verb_and_object_denies_a_more_than_further_on(catalogs, locale, translation):
    """ "No utilice el aerosol nasal durante más de 5 días" was read "at least 5 days": its "no"
    stood 36 letters before "más de", past the 32 a "not" was looked for in."""
    assert catalogs.findings(FOR_MORE_THAN, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, turned",
    [
        ("es", "Utilice el aerosol nasal durante más de 5 días."),
        ("es", "Utilice el aerosol nasal durante al menos 5 días."),
        ("fr", "Utilisez le spray nasal pendant plus de 5 jours."),
    ],
)
def test_a_more_than_with_no_not_is_still_turned_around(catalogs, locale, turned):
    finding = only(catalogs.findings(FOR_MORE_THAN, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at least 5, the source at most" in finding.message


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "No se debe utilizar el aerosol nasal durante más de 5 días."),
        ("es", "No se debe utilizar el aerosol nasal descongestionante durante más de 5 días."),
        ("pt_BR", "Não se deve utilizar o spray nasal descongestionante durante mais de 5 dias."),
        ("fr", "Il ne faut pas utiliser le spray nasal décongestionnant pendant plus de 5 jours."),
    ],
)
def test_a_not_further_back_in_its_clause_with_no_number_between_denies_the_limit(catalogs, locale, translation):
    """ "No se debe utilizar el aerosol nasal durante más de 5 días": the "no" eight words before
    "más de" was read as no "not" of it (six words its reach), "at least 5 days", an error."""
    assert catalogs.findings(FOR_MORE_THAN, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("pt_BR", "Não tome antiácidos nas 2 horas antes ou depois de tomar este medicamento."),
        ("es", "No tome antiácidos en las 2 horas antes o después de tomar este medicamento."),
    ],
)
def test_a_far_not_with_a_number_between_is_that_numbers(catalogs, locale, translation):
    """The "not" is the two hours', not the after's: read as the after's, "within 2 hours" lost its least."""
    assert catalogs.findings("Do not take antacids within 2 hours of this medicine.", translation, locale=locale) == []


@pytest.mark.parametrize(
    "turned",
    [
        "Se debe utilizar el aerosol nasal descongestionante durante más de 5 días.",
        "No se preocupe, se debe utilizar el aerosol nasal durante más de 5 días.",
    ],
)
def test_a_more_than_with_no_not_in_its_clause_is_still_turned_around(catalogs, turned):
    finding = only(catalogs.findings(FOR_MORE_THAN, turned, locale="es", check="limits"))
    assert finding.severity == "error" and "it says at least 5, the source at most" in finding.message


def test_within_after_a_denied_limit_is_the_span_of_that_limit():
    """ "Do not take more than 4 doses within 24 hours": the "not" is the more-than's, and the
    within says the span the doses are counted in, at most 24 hours (it was read as a "not
    within", at least 24 hours, as in "Do not drive within 24 hours")."""
    limits = source_limits(DOSES_WITHIN, language_for("en"))
    assert [(limit.direction, limit.value, limit.not_within) for limit in limits] == [
        (AT_MOST, 4, False),
        (AT_MOST, 24, False),
    ]
    either = source_limits("Do not take more than 2 tablets or more than 8 tablets in 24 hours.", language_for("en"))
    assert [limit.direction for limit in either] == [AT_MOST, AT_MOST]
    who = source_limits("Do not give it to children under 12 for more than 3 days.", language_for("en"))
    assert [limit.direction for limit in who] == [AT_MOST, AT_MOST]  # the "not" is the giving's and the days'
    alone = source_limits("Do not drive within 24 hours.", language_for("en"))
    assert [(limit.direction, limit.not_within) for limit in alone] == [(AT_LEAST, True)]


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Nehmen Sie innerhalb von 24 Stunden nicht mehr als 4 Einzeldosen ein."),
        ("de", "Nehmen Sie nicht mehr als 4 Einzeldosen innerhalb von 24 Stunden ein."),
        ("es", "No tome más de 4 dosis en 24 horas."),
        ("es", "No tome más de 4 dosis dentro de un período de 24 horas."),
        ("fr", "Ne prenez pas plus de 4 doses en 24 heures."),
        ("pt_BR", "Não tome mais de 4 doses em 24 horas."),
        ("zh_TW", "24小時內不可服用超過4劑。"),
        ("ko_KR", "24시간 이내에 4회를 초과하여 복용하지 마십시오."),
        ("ar", "لا تتناول أكثر من 4 جرعات خلال 24 ساعة."),
    ],
)
def test_doses_counted_within_a_time_keep_both_limits(catalogs, locale, translation):
    assert catalogs.findings(DOSES_WITHIN, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, turned",
    [
        ("de", "Nehmen Sie innerhalb von 24 Stunden mehr als 4 Einzeldosen ein."),
        ("es", "Tome más de 4 dosis en 24 horas."),
        ("de", "Nehmen Sie nicht mehr als 4 Einzeldosen nach mehr als 24 Stunden ein."),
    ],
)
def test_doses_counted_within_a_time_turned_around_are_still_found(catalogs, locale, turned):
    finding = only(catalogs.findings(DOSES_WITHIN, turned, locale=locale, check="limits"))
    assert finding.severity == "error"


@pytest.mark.parametrize(
    "translation",
    [
        "이 약 복용 전후 4시간 이내에는 철분제나 칼슘제를 복용하지 마십시오.",
        "이 약 복용 전후 4시간 이내에 철분제를 복용하지 마세요.",
    ],
)
def test_a_korean_not_after_a_time_and_its_object_is_the_same_wait(catalogs, translation):
    """ "Do not take iron or calcium supplements within 4 hours" (its "not" six words before the
    within: at least 4 hours apart): the Korean verb ends the clause, its object between the time
    and its "not"."""
    source = "Do not take iron or calcium supplements within 4 hours of this medicine."
    assert catalogs.findings(source, translation, locale="ko_KR", check="limits") == []


@pytest.mark.parametrize(
    "translation",
    [
        "이 약 복용 전후 4시간 이내에 철분제나 칼슘제를 복용하십시오.",
        "이 약 복용 전후 4시간 이내에 철분제를 복용하고 술은 마시지 마세요.",
    ],
)
def test_a_korean_time_with_no_not_of_its_verb_is_still_turned_around(catalogs, translation):
    source = "Do not take iron or calcium supplements within 4 hours of this medicine."
    finding = only(catalogs.findings(source, translation, locale="ko_KR", check="limits"))
    assert finding.severity == "error" and "it says at most 4, the source at least" in finding.message


def test_a_korean_more_than_a_time_denied_is_still_turned_around(catalogs):
    """ "24시간 넘게 운전하지 마세요" (do not drive more than 24 hours: drive at most 24) for "Do not
    drive for at least 24 hours": its "not" after a more-than is no wait, as one after 이내에는 is."""
    finding = only(catalogs.findings(NO_DRIVING, "24시간 넘게 운전하지 마세요.", locale="ko_KR", check="limits"))
    assert finding.severity == "error" and "it says at most 24, the source at least" in finding.message


# "第一次輸注後，您最多需要留院觀察1小時" (at most 1 hour) for "for at least 1 hour after the first
# infusion" passed: the 一 of 第一次 (the first) took the 後 after it for its at least.  A rank is
# no limit's number.
AFTER_THE_FIRST = "You will stay in hospital for at least 1 hour after the first infusion."


@pytest.mark.parametrize(
    ("locale", "turned"),
    [
        ("zh_TW", "第一次輸注後，您最多需要留院觀察1小時。"),
        ("zh_TW", "第1次輸注後，您最多需要留院觀察1小時。"),
        ("ko_KR", "첫 번째 주입 후에는 최대 1시간 동안 병원에 머물러야 합니다."),
    ],
)
def test_a_rank_beside_a_limit_turned_around_leaves_it_an_error(catalogs, locale, turned):
    finding = only(catalogs.findings(AFTER_THE_FIRST, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at most 1, the source at least" in finding.message


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("zh_TW", "第一次輸注後，您需要留院觀察至少1小時。"),
        ("zh_TW", "第一次輸注後，您至少需要留院觀察1小時。"),
        ("ko_KR", "첫 번째 주입 후에는 최소 1시간 동안 병원에 머물러야 합니다."),
        ("es", "Después de la primera perfusión, permanecerá en el hospital al menos 1 hora."),
        ("ar", "ستبقى في المستشفى لمدة ساعة واحدة على الأقل بعد التسريب الأول."),
    ],
)
def test_a_rank_beside_a_limit_kept_passes(catalogs, locale, translation):
    assert catalogs.findings(AFTER_THE_FIRST, translation, locale=locale, check="limits") == []


# "no more than twice a day" said "por lo menos dos veces al día" (at least twice) only warned, as
# a bare count does: how often a dose is taken is a quantity, as "2 times a day" is.
TWICE_AT_MOST = "Apply the cream no more than twice a day."


@pytest.mark.parametrize(
    ("locale", "turned"),
    [
        ("es", "Aplique la crema por lo menos dos veces al día."),
        ("fr", "Appliquez la crème au moins deux fois par jour."),
        ("pt", "Aplique o creme pelo menos duas vezes por dia."),
        ("de", "Tragen Sie die Creme mindestens zweimal täglich auf."),
        ("ko_KR", "크림을 하루에 최소 두 번 바르세요."),
        ("zh_TW", "每天至少塗抹兩次。"),
    ],
)
def test_how_often_turned_around_is_an_error(catalogs, locale, turned):
    finding = only(catalogs.findings(TWICE_AT_MOST, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at least 2, the source at most" in finding.message


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("es", "Aplique la crema como máximo dos veces al día."),
        ("es", "No aplique la crema más de dos veces al día."),
        ("fr", "N'appliquez pas la crème plus de deux fois par jour."),
        ("pt", "Aplique o creme no máximo duas vezes por dia."),
        ("de", "Tragen Sie die Creme höchstens zweimal täglich auf."),
        ("ko_KR", "크림은 하루에 두 번 이하로 바르세요."),
        ("zh_TW", "每天最多塗抹兩次。"),
        ("ar", "ضع الكريم مرتين في اليوم على الأكثر."),
    ],
)
def test_how_often_kept_passes(catalogs, locale, translation):
    assert catalogs.findings(TWICE_AT_MOST, translation, locale=locale, check="limits") == []


# "Erwachsene bis 65 Jahre" (adults up to 65) for "Adults aged 65 and over" only warned that the
# at least was not said: "bis" before a number is "up to", as "bis zu" is, and as "hasta", "até",
# "jusqu'à", "حتى" are already read.
AGED_65_AND_OVER = "Adults aged 65 and over may need a lower dose."


@pytest.mark.parametrize(
    ("locale", "turned"),
    [
        ("de", "Erwachsene bis 65 Jahre benötigen möglicherweise eine niedrigere Dosis."),
        ("de", "Erwachsene bis zu 65 Jahren benötigen möglicherweise eine niedrigere Dosis."),
        ("es", "Los adultos de hasta 65 años pueden necesitar una dosis más baja."),
    ],
)
def test_an_age_said_up_to_for_and_over_is_an_error(catalogs, locale, turned):
    finding = only(catalogs.findings(AGED_65_AND_OVER, turned, locale=locale, check="limits"))
    assert finding.severity == "error" and "it says at most 65, the source at least" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("de", AGED_65_AND_OVER, "Erwachsene ab 65 Jahren benötigen möglicherweise eine niedrigere Dosis."),
        ("de", "Children under 12 years should not take it.", "Kinder bis 12 Jahre dürfen es nicht einnehmen."),
        ("de", "Take no more than 4 g a day.", "Nehmen Sie bis 4 g am Tag ein."),
        # a range says its last number's most; its first is the least's
        ("de", "Take at least 2 and no more than 4 tablets.", "Nehmen Sie zwei bis vier Tabletten ein."),
        ("de", "Children over 6 and under 12: 1 tablet.", "Kinder von 6 bis 12 Jahren: 1 Tablette."),
        # not until 24 hours after it: a wait, its "nicht" past the "danach"
        ("de", "Do not drive for at least 24 hours.", "Fahren Sie bis 24 Stunden danach nicht Auto."),
        ("es", "Do not drive for at least 24 hours.", "No conduzca hasta 24 horas después."),
    ],
)
def test_up_to_said_of_a_most_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="limits") == []


# "الأطفال الذين يقل وزنهم عن 10 كغ" (children whose weight is less than 10 kg) for "Children
# weighing less than 10 kg" warned that no at most was said: يقل … عن with the weight between is
# less than, as يقل عمره عن (whose age is under) is.
UNDER_10_KG = "Children weighing less than 10 kg should not have this medicine."


@pytest.mark.parametrize(
    "translation",
    [
        "لا ينبغي إعطاء هذا الدواء للأطفال الذين يقل وزنهم عن 10 كغ.",
        "لا يُعطى هذا الدواء للطفل الذي يقل وزنه عن 10 كغ.",
        "لا ينبغي إعطاء هذا الدواء للأطفال الذين تقل أوزانهم عن 10 كغ.",
        "لا ينبغي إعطاء هذا الدواء للأطفال الذين لا يزيد وزنهم عن 10 كغ.",
    ],
)
def test_an_arabic_weight_said_less_than_with_the_weight_between_passes(catalogs, translation):
    assert catalogs.findings(UNDER_10_KG, translation, locale="ar", check="limits") == []


@pytest.mark.parametrize(
    "turned",
    [
        "لا ينبغي إعطاء هذا الدواء للأطفال الذين يزيد وزنهم عن 10 كغ.",
        "لا ينبغي إعطاء هذا الدواء للأطفال الذين لا يقل وزنهم عن 10 كغ.",
    ],
)
def test_an_arabic_weight_said_more_than_is_turned_around(catalogs, turned):
    finding = only(catalogs.findings(UNDER_10_KG, turned, locale="ar", check="limits"))
    assert finding.severity == "error" and "it says at least 10, the source at most" in finding.message


# "nas 24 horas seguintes à perfusão" (in the 24 hours following it) for "within 24 hours after the
# infusion" warned that no at most was said: "nas", "nos" before a time are "within", as "em" is
# and as Spanish "en las" is.
WITHIN_AFTER = "You will have a blood test within 24 hours after the infusion."


@pytest.mark.parametrize(
    "translation",
    [
        "Fará uma análise ao sangue nas 24 horas seguintes à perfusão.",
        "Fará uma análise ao sangue nas 24 horas após a perfusão.",
        "Fará uma análise ao sangue dentro de 24 horas após a perfusão.",
    ],
)
def test_portuguese_in_the_following_hours_is_within(catalogs, translation):
    assert catalogs.findings(WITHIN_AFTER, translation, locale="pt", check="limits") == []


def test_portuguese_in_the_hours_after_a_least_is_turned_around(catalogs):
    source = "Do not drive for at least 24 hours after the infusion."
    turned = "Conduza apenas nas 24 horas seguintes à perfusão."
    finding = only(catalogs.findings(source, turned, locale="pt", check="limits"))
    assert "it says at most 24, the source at least" in finding.message


# A least of a whole count, one apart (count_bounds.py): "more than twice" is "three times or more"
# (세 번 이상, red30 c059), and "more than 4 doses" said `4회 이상` takes in the 4th dose (red31 w010).
MORE_THAN_TWICE = "Call your doctor if you vomit more than twice in one day."
MORE_THAN_TWO_TIMES = "Call your doctor if you vomit more than 2 times in one day."
MORE_THAN_FOUR_DOSES = "Do not give more than 4 doses in 24 hours."
AT_LEAST_THREE_TIMES = "Use it at least 3 times a day."
MORE_THAN_ONE_KIND = "If you use more than one kind of eye drop, wait 5 minutes between them."
COUNTED = ("numbers", "number-words", "limits")


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", MORE_THAN_TWICE, "하루에 세 번 이상 구토하면 의사에게 연락하십시오."),
        ("ko_KR", MORE_THAN_TWO_TIMES, "하루에 3회 이상 구토하면 의사에게 연락하십시오."),
        ("es", MORE_THAN_TWICE, "Llame a su médico si vomita tres veces o más en un día."),
        ("es", MORE_THAN_TWO_TIMES, "Llame a su médico si vomita al menos 3 veces en un día."),
        ("zh_TW", MORE_THAN_TWICE, "如果一天內嘔吐三次以上，請聯絡醫師。"),
        ("fr", MORE_THAN_TWICE, "Appelez votre médecin si vous vomissez trois fois ou plus en une journée."),
        ("de", MORE_THAN_TWICE, "Rufen Sie Ihren Arzt an, wenn Sie an einem Tag dreimal oder öfter erbrechen."),
        ("de", MORE_THAN_TWO_TIMES, "Rufen Sie Ihren Arzt an, wenn Sie an einem Tag mindestens 3 Mal erbrechen."),
        ("pt", MORE_THAN_TWICE, "Ligue para o seu médico se vomitar três vezes ou mais num dia."),
        ("ar", MORE_THAN_TWICE, "اتصل بطبيبك إذا تقيأت ثلاث مرات أو أكثر في يوم واحد."),
        ("zh_TW", MORE_THAN_ONE_KIND, "如需使用兩種以上的眼藥水，每種之間請間隔5分鐘。"),
        ("ko_KR", MORE_THAN_ONE_KIND, "두 가지 이상의 안약을 사용하는 경우 5분 간격을 두십시오."),
        ("es", MORE_THAN_ONE_KIND, "Si usa dos o más tipos de colirio, espere 5 minutos entre ellos."),
        # under its "not": not 5 or more is at most 4
        ("ko_KR", MORE_THAN_FOUR_DOSES, "24시간 동안 5회 이상 투여하지 마세요."),
        ("ar", MORE_THAN_FOUR_DOSES, "لا تعطِ 5 جرعات أو أكثر خلال 24 ساعة."),
        ("es", AT_LEAST_THREE_TIMES, "Úselo más de 2 veces al día."),
        # the same number, the same least
        ("es", MORE_THAN_TWICE, "Llame a su médico si vomita más de dos veces en un día."),
        ("zh_TW", MORE_THAN_TWICE, "如果一天內嘔吐超過兩次，請聯絡醫師。"),
        ("ko_KR", MORE_THAN_FOUR_DOSES, "24시간 동안 4회를 초과하여 투여하지 마세요."),
        ("de", MORE_THAN_FOUR_DOSES, "Geben Sie innerhalb von 24 Stunden nicht mehr als 4 Dosen."),
        ("ko_KR", AT_LEAST_THREE_TIMES, "하루에 3회 이상 사용하세요."),
        ("de", AT_LEAST_THREE_TIMES, "Wenden Sie es mindestens dreimal täglich an."),
        # a round figure, no count a patient keeps: its "more than" and "or more" say the same
        ("ko_KR", "Over 100 million doses have been given.", "지금까지 1억 회 이상 투여되었습니다."),
    ],
)
def test_a_least_of_a_whole_count_may_be_said_by_the_next_number(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale)
    assert [f for f in findings if f.check in COUNTED] == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", MORE_THAN_TWICE, "하루에 두 번 이상 구토하면 의사에게 연락하십시오."),
        ("es", MORE_THAN_TWICE, "Llame a su médico si vomita dos veces o más en un día."),
        ("zh_TW", MORE_THAN_TWICE, "如果一天內嘔吐兩次以上，請聯絡醫師。"),
        ("de", MORE_THAN_TWICE, "Rufen Sie Ihren Arzt an, wenn Sie an einem Tag zweimal oder öfter erbrechen."),
        ("ko_KR", MORE_THAN_FOUR_DOSES, "24시간 동안 4회 이상 투여하지 마세요."),
        ("es", MORE_THAN_FOUR_DOSES, "No administre 4 dosis o más en 24 horas."),
        ("zh_TW", MORE_THAN_FOUR_DOSES, "24小時內不可給予4次以上。"),
        ("fr", MORE_THAN_FOUR_DOSES, "Ne donnez pas 4 doses ou plus en 24 heures."),
        ("pt", MORE_THAN_FOUR_DOSES, "Não dê 4 doses ou mais em 24 horas."),
        ("ar", MORE_THAN_FOUR_DOSES, "لا تعطِ 4 جرعات أو أكثر خلال 24 ساعة."),
        ("zh_TW", MORE_THAN_ONE_KIND, "如需使用一種以上的眼藥水，每種之間請間隔5分鐘。"),
        ("es", AT_LEAST_THREE_TIMES, "Úselo más de 3 veces al día."),
    ],
)
def test_a_least_of_a_whole_count_that_takes_in_or_leaves_out_its_number_is_an_error(
    catalogs, locale, source, translation
):
    finding = only(catalogs.findings(source, translation, locale=locale, check="limits"))
    assert finding.severity == "error"


def test_a_count_taken_in_says_what_the_source_leaves_out(catalogs):
    finding = only(catalogs.findings(MORE_THAN_FOUR_DOSES, "24시간 동안 4회 이상 투여하지 마세요.", check="limits"))
    assert finding.message == (
        "'more than 4 doses' leaves 4 out; the translation's '이상' takes 4 in (more than 4 is 5 or more)"
    )


def test_a_measure_has_no_next_number(catalogs):
    source = "Call your doctor if your temperature is more than 38 °C."
    finding = only(catalogs.findings(source, "체온이 39 °C 이상이면 의사에게 연락하십시오.", check="numbers"))
    assert finding.severity == "error" and "38" in finding.message


# A least said of both sides of "before or after" (red30 w054): `hasta 2 horas después` says at
# most on the after side, though `como mínimo` keeps the before side.
BOTH_SIDES = "Take the tablets at least 2 hours before or after antacids."


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Tome los comprimidos como mínimo 2 horas antes o hasta 2 horas después de los antiácidos."),
        ("fr", "Prenez les comprimés au moins 2 heures avant ou jusqu'à 2 heures après les antiacides."),
        ("de", "Nehmen Sie die Tabletten mindestens 2 Stunden vor oder bis zu 2 Stunden nach Antazida ein."),
        ("pt", "Tome os comprimidos pelo menos 2 horas antes ou até 2 horas depois dos antiácidos."),
        ("ko_KR", "제산제 복용 최소 2시간 전 또는 복용 후 최대 2시간 이내에 복용하십시오."),
        ("zh_TW", "請在服用制酸劑至少2小時前或最多2小時後服用本藥。"),
        ("zh_TW", "請在服用制酸劑前至少2小時或服用後2小時以內服用本藥。"),
        ("ar", "تناول الأقراص قبل ساعتين على الأقل من مضادات الحموضة أو خلال ساعتين بعدها."),
    ],
)
def test_a_least_of_both_sides_said_at_most_on_one_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(BOTH_SIDES, translation, locale=locale, check="limits"))
    assert finding.severity == "error"
    assert finding.message == (
        "'at least 2 hours' is said of both sides (before or after) in the source: the translation says "
        "at most 2 on one of them"
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Tome los comprimidos al menos 2 horas antes o después de los antiácidos."),
        ("es", "Tome los comprimidos al menos 2 horas antes o al menos 2 horas después de los antiácidos."),
        ("de", "Nehmen Sie die Tabletten mindestens 2 Stunden vor oder nach Antazida ein."),
        ("fr", "Prenez les comprimés au moins 2 heures avant ou 2 heures après les antiacides."),
        ("pt", "Tome os comprimidos pelo menos 2 horas antes ou pelo menos 2 horas depois dos antiácidos."),
        ("ko_KR", "제산제와는 최소 2시간 전후로 간격을 두고 복용하십시오."),
        ("ko_KR", "제산제 복용 최소 2시간 전이나 최소 2시간 후에 복용하십시오."),
        ("zh_TW", "本藥與制酸劑至少間隔2小時服用。"),
        ("ar", "تناول الأقراص قبل ساعتين على الأقل من مضادات الحموضة أو بعدها بساعتين على الأقل."),
    ],
)
def test_a_least_of_both_sides_kept_on_each_passes(catalogs, locale, translation):
    assert catalogs.findings(BOTH_SIDES, translation, locale=locale, check="limits") == []


@pytest.mark.parametrize(
    "locale, translation, said",
    [
        (
            "de",
            "Wenn Sie eine Einnahme vergessen haben und es Ihnen erst nach 12 Stunden einfällt, holen Sie sie sofort nach.",
            "at least 12",
        ),
        (
            "pt_PT",
            "Se se esquecer de uma dose e só se lembrar passadas 12 horas, tome-a logo que possível.",
            "at least 12",
        ),
        ("es", "Si olvida una dosis y se acuerda después de 12 horas, tómela en cuanto se acuerde.", "at least 12"),
        (
            "fr",
            "Si vous oubliez une dose et vous en souvenez au bout de 12 heures, prenez-la dès que possible.",
            "at least 12",
        ),
        ("ar", "إذا نسيت جرعة وتذكرتها بعد مرور 12 ساعة، فتناولها فورًا.", "at least 12"),
    ],
)
def test_within_a_time_said_after_it_has_passed_is_turned_around(catalogs, locale, translation, said):
    """ "within 12 hours" said "erst nach 12 Stunden" (red32 w123), "passadas 12 horas" (w139): the
    dose taken late, when the source says to skip it; they warned *does not say at most 12*."""
    finding = only(catalogs.findings(REMEMBER_WITHIN, translation, locale=locale, check="limits"))
    assert finding.severity == "error"
    assert f"it says {said}" in finding.message


DRIVE = "Do not drive within 24 hours of the procedure."


@pytest.mark.parametrize(
    "locale, translation",
    [
        # the "not" before a time said as passed denies the driving, not the limit: drive once it has passed
        ("es", "No conduzca hasta después de 24 horas."),
        ("pt_PT", "Não conduza antes de passadas 24 horas."),
        ("de", "Fahren Sie nicht früher als nach 24 Stunden."),
        ("ar", "لا تقد السيارة إلا بعد مرور 24 ساعة."),
        ("fr", "Ne reprenez le volant qu'après 24 heures."),
        ("de", "Fahren Sie erst nach 24 Stunden wieder Auto."),
    ],
)
def test_a_time_said_as_passed_is_never_turned_by_a_not(catalogs, locale, translation):
    assert catalogs.findings(DRIVE, translation, locale=locale, check="limits") == []
