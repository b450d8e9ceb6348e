"""[dose-times]: a schedule's doses stay in their order.

"3 tablets a day for 3 days, then 2, then 1, then stop" said "1, then 2, then 3" kept every number
and passed every check (a red-team, in five languages): a steroid taper becomes an escalation that
stops at its highest dose.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

TAPER = "Take 3 tablets a day for 3 days, then 2 tablets a day for 3 days, then 1 tablet a day for 3 days, then stop."
WEEKS = "Week 1: take 40 mg a day. Week 2: take 30 mg a day. Week 3: take 20 mg a day."
BUILD_UP = "Take 1 tablet on day 1, then 2 tablets on day 2, then 3 tablets from day 3."

REVERSED = [
    ("ko_KR", TAPER, "3일 동안 하루 1정, 그다음 3일 동안 하루 2정, 그다음 3일 동안 하루 3정을 복용한 후 중단하십시오."),
    (
        "es",
        TAPER,
        "Tome 1 comprimido al día durante 3 días, luego 2 comprimidos al día durante 3 días, "
        "luego 3 comprimidos al día durante 3 días y después deje de tomarlo.",
    ),
    (
        "pt_BR",
        TAPER,
        "Tome 1 comprimido por dia durante 3 dias, depois 2 comprimidos por dia durante 3 dias, "
        "depois 3 comprimidos por dia durante 3 dias e então pare.",
    ),
    ("zh_TW", TAPER, "每天1錠，服用3天；接著每天2錠，服用3天；再每天3錠，服用3天，然後停藥。"),
    ("ko_KR", WEEKS, "1주차: 하루 20 mg 복용. 2주차: 하루 30 mg 복용. 3주차: 하루 40 mg 복용."),
    (
        "fr",
        WEEKS,
        "Semaine 1 : prenez 20 mg par jour. Semaine 2 : prenez 30 mg par jour. Semaine 3 : prenez 40 mg par jour.",
    ),
    ("de", BUILD_UP, "Nehmen Sie am 1. Tag 3 Tabletten, dann am 2. Tag 2 Tabletten und ab dem 3. Tag 1 Tablette."),
]
KEPT = [
    ("ko_KR", TAPER, "3일 동안 하루 3정, 그다음 3일 동안 하루 2정, 그다음 3일 동안 하루 1정을 복용한 후 중단하십시오."),
    (
        "es",
        TAPER,
        "Tome 3 comprimidos al día durante 3 días, luego 2 comprimidos al día durante 3 días, "
        "luego 1 comprimido al día durante 3 días y después deje de tomarlo.",
    ),
    ("zh_TW", TAPER, "每天3錠，服用3天；接著每天2錠，服用3天；再每天1錠，服用3天，然後停藥。"),
    ("ko_KR", WEEKS, "1주차: 하루 40 mg 복용. 2주차: 하루 30 mg 복용. 3주차: 하루 20 mg 복용."),
    ("de", BUILD_UP, "Nehmen Sie am 1. Tag 1 Tablette, dann am 2. Tag 2 Tabletten und ab dem 3. Tag 3 Tabletten."),
    # Told from the last step to the first, each with its own week: every dose is still at its week.
    ("ko_KR", WEEKS, "3주차: 하루 20 mg 복용. 2주차: 하루 30 mg 복용. 1주차: 하루 40 mg 복용."),
    # 1 g is 1000 mg: the same dose written in another unit keeps its place.
    (
        "es",
        "Take 1 g on day 1, then 500 mg on day 2, then 250 mg on day 3.",
        "Tome 1000 mg el día 1, luego 500 mg el día 2 y luego 250 mg el día 3.",
    ),
]
NOT_A_SCHEDULE = [
    # No word of steps in the source: three strengths listed, in whatever order the translation likes.
    ("ko_KR", "The tablets come in 10 mg, 20 mg and 40 mg.", "정제는 40 mg, 20 mg, 10 mg의 세 가지 용량이 있습니다."),
    # Two steps say too little to know the order was meant.
    ("es", "Take 2 tablets, then 1 tablet.", "Tome 1 comprimido y luego 2 comprimidos."),
    # Not one way: 1, 3, 2 is no taper.
    (
        "es",
        "Take 1 tablet, then 3 tablets, then 2 tablets.",
        "Tome 2 comprimidos, luego 3 comprimidos y luego 1 comprimido.",
    ),
]


@pytest.mark.parametrize("locale, source, translation", REVERSED)
def test_a_schedule_said_in_the_opposite_order_is_an_error(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "dose-times")
    assert finding.severity == "error"
    assert "the doses of the source's schedule (" in finding.message
    assert "are in the opposite order in the translation" in finding.message


def test_the_message_names_the_doses_as_each_side_writes_them(catalogs):
    locale, source, translation = REVERSED[0]
    finding = only(catalogs.findings(source, translation, locale=locale), "dose-times")
    assert finding.message == (
        "the doses of the source's schedule (3 tablets, 2 tablets, 1 tablet) are in the opposite order in "
        "the translation (1정, 2정, 3정): a dose that goes down goes up"
    )


@pytest.mark.parametrize("locale, source, translation", KEPT + NOT_A_SCHEDULE)
def test_a_schedule_in_its_order_or_no_schedule_passes(catalogs, locale, source, translation):
    assert not catalogs.findings(source, translation, locale=locale, check="dose-times")


# A step moved, not the whole schedule turned round: the dose goes back up in week 3.
THREE_WEEKS = "Week 1: 40 mg daily; week 2: 30 mg daily; week 3: 20 mg daily."
KEPT_TWICE = "Week 1: 40 mg daily; week 2: 40 mg daily; week 3: 20 mg daily."
MOVED = [
    ("ko_KR", THREE_WEEKS, "1주차: 1일 40 mg, 2주차: 1일 20 mg, 3주차: 1일 30 mg."),
    ("es", THREE_WEEKS, "Semana 1: 40 mg al día; semana 2: 20 mg al día; semana 3: 30 mg al día."),
    ("fr", THREE_WEEKS, "Semaine 1 : 40 mg par jour ; semaine 2 : 20 mg par jour ; semaine 3 : 30 mg par jour."),
    ("pt_BR", THREE_WEEKS, "Semana 1: 40 mg por dia; semana 2: 20 mg por dia; semana 3: 30 mg por dia."),
    ("de", THREE_WEEKS, "Woche 1: täglich 40 mg; Woche 2: täglich 20 mg; Woche 3: täglich 30 mg."),
    ("zh_TW", THREE_WEEKS, "第1週：每日40 mg；第2週：每日20 mg；第3週：每日30 mg。"),
    ("ar", THREE_WEEKS, "الأسبوع 1: 40 ملغ يومياً؛ الأسبوع 2: 20 ملغ يومياً؛ الأسبوع 3: 30 ملغ يومياً."),
    # Told in another order, but the week numbers do not go with their doses.
    ("ko_KR", THREE_WEEKS, "3주차: 1일 30 mg, 2주차: 1일 20 mg, 1주차: 1일 40 mg."),
    # Counted doses, and a dose kept for two steps moved to the end.
    (
        "es",
        TAPER,
        "Tome 3 comprimidos al día durante 3 días, luego 1 comprimido al día durante 3 días, "
        "luego 2 comprimidos al día durante 3 días y después deje de tomarlo.",
    ),
    ("fr", KEPT_TWICE, "Semaine 1 : 40 mg par jour ; semaine 2 : 20 mg par jour ; semaine 3 : 40 mg par jour."),
    # Lengths of time that count up (1, 2, 3 days) are no step numbers: a step moved with its length
    # is still taken later.
    (
        "es",
        "Take 3 tablets a day for 1 day, then 2 tablets a day for 2 days, then 1 tablet a day for 3 days.",
        "Tome 3 comprimidos al día durante 1 día, luego 1 comprimido al día durante 3 días "
        "y luego 2 comprimidos al día durante 2 días.",
    ),
]
# The same schedule in another word order, or told out of order with each step's own week.
TOLD_OTHERWISE = [
    ("ko_KR", THREE_WEEKS, "1주차에는 하루 40 mg, 2주차에는 하루 30 mg, 3주차에는 하루 20 mg을 복용하십시오."),
    ("ko_KR", THREE_WEEKS, "3주차: 1일 20 mg, 1주차: 1일 40 mg, 2주차: 1일 30 mg."),
    ("es", THREE_WEEKS, "Tome 40 mg al día en la semana 1, 30 mg al día en la semana 2 y 20 mg al día en la semana 3."),
    ("fr", THREE_WEEKS, "Semaine 2 : 30 mg par jour ; semaine 1 : 40 mg par jour ; semaine 3 : 20 mg par jour."),
    ("pt_BR", THREE_WEEKS, "Tome 40 mg por dia na semana 1, 30 mg por dia na semana 2 e 20 mg por dia na semana 3."),
    ("de", THREE_WEEKS, "Täglich 40 mg in Woche 1, täglich 30 mg in Woche 2 und täglich 20 mg in Woche 3."),
    ("zh_TW", THREE_WEEKS, "每日40 mg，第1週；每日30 mg，第2週；每日20 mg，第3週。"),
    ("ar", THREE_WEEKS, "40 ملغ يومياً في الأسبوع 1، و30 ملغ يومياً في الأسبوع 2، و20 ملغ يومياً في الأسبوع 3."),
    # A dose kept for two steps, in its order.
    ("ko_KR", KEPT_TWICE, "1주차: 1일 40 mg, 2주차: 1일 40 mg, 3주차: 1일 20 mg."),
    ("es", KEPT_TWICE, "Semana 1: 40 mg al día; semana 2: 40 mg al día; semana 3: 20 mg al día."),
    ("fr", KEPT_TWICE, "Semaine 1 : 40 mg par jour ; semaine 2 : 40 mg par jour ; semaine 3 : 20 mg par jour."),
    ("pt_BR", KEPT_TWICE, "Semana 1: 40 mg por dia; semana 2: 40 mg por dia; semana 3: 20 mg por dia."),
    ("de", KEPT_TWICE, "Woche 1: täglich 40 mg; Woche 2: täglich 40 mg; Woche 3: täglich 20 mg."),
    ("zh_TW", KEPT_TWICE, "第1週：每日40 mg；第2週：每日40 mg；第3週：每日20 mg。"),
    ("ar", KEPT_TWICE, "الأسبوع 1: 40 ملغ يومياً؛ الأسبوع 2: 40 ملغ يومياً؛ الأسبوع 3: 20 ملغ يومياً."),
    # A limit after the steps is no step: said first, it moves no dose.
    (
        "fr",
        "Take 1 tablet, then 1 tablet after 2 hours if needed. Do not take more than 3 tablets a day.",
        "Ne prenez pas plus de 3 comprimés par jour : prenez 1 comprimé, puis 1 comprimé 2 heures plus tard si besoin.",
    ),
]


@pytest.mark.parametrize("locale, source, translation", MOVED)
def test_a_schedule_with_a_step_moved_is_an_error(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "dose-times")
    assert finding.severity == "error"
    assert "the doses of the source's schedule (" in finding.message


def test_the_message_names_the_step_moved(catalogs):
    locale, source, translation = MOVED[0]
    finding = only(catalogs.findings(source, translation, locale=locale), "dose-times")
    assert finding.message == (
        "the doses of the source's schedule (40 mg, 30 mg, 20 mg) are in another order in the translation "
        "(40 mg, 20 mg, 30 mg): step 2 of the schedule is 20 mg where the source says 30 mg"
    )


@pytest.mark.parametrize("locale, source, translation", TOLD_OTHERWISE)
def test_a_schedule_told_otherwise_with_each_dose_at_its_step_passes(catalogs, locale, source, translation):
    assert not catalogs.findings(source, translation, locale=locale, check="dose-times")
