"""[units] rule 12: a list of treatment days stays a list, a range a range.

"On days 1 and 15 of each cycle" said "de J1 à J15" (1일째부터 15일째까지, 第1天至第15天) is
fifteen days of treatment for two, and "days 1 to 5" said "los días 1 y 5" two for five.  Every
number is kept, and `check` said nothing.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

DAYS_1_AND_15 = "You will have the injection on days 1 and 15 of each cycle."
DAYS_1_TO_5 = "Take the tablets on days 1 to 5 of each cycle."


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("fr", "Vous recevrez l'injection de J1 à J15 de chaque cycle."),
        ("fr", "Vous recevrez l'injection du jour 1 au jour 15 de chaque cycle."),
        ("ko_KR", "각 주기의 1일째부터 15일째까지 주사를 맞게 됩니다."),
        ("ko_KR", "각 주기의 1~15일에 주사를 맞게 됩니다."),
        ("zh_TW", "您將於每個療程的第 1 天至第 15 天接受注射。"),
        ("zh_TW", "您將於每個療程的第1到15天接受注射。"),
        ("ar", "ستتلقى الحقنة من اليوم الأول حتى اليوم الخامس عشر من كل دورة."),
        ("de", "Sie erhalten die Injektion vom 1. bis 15. Tag jedes Zyklus."),
        ("de", "Sie erhalten die Injektion an Tag 1–15 jedes Zyklus."),
        ("es", "Recibirá la inyección del día 1 al 15 de cada ciclo."),
        ("pt", "Irá receber a injeção do dia 1 ao 15 de cada ciclo."),
    ],
)
def test_a_list_of_days_said_as_a_range_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(DAYS_1_AND_15, translation, locale=locale), check="units")
    assert (finding.check, finding.severity) == ("units", "error")
    assert finding.message.startswith(
        "'days 1 and 15' in the source names days 1 and 15; the translation says every day from day 1 to day 15"
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Sie erhalten die Injektion an Tag 1 und Tag 15 jedes Zyklus."),
        ("de", "Sie erhalten die Injektion an den Tagen 1 und 15 jedes Zyklus."),
        ("de", "Sie erhalten die Injektion am 1. und 15. Tag jedes Zyklus."),
        ("fr", "Vous recevrez l'injection à J1 et à J15 de chaque cycle."),
        ("fr", "Vous recevrez l'injection les jours 1 et 15 de chaque cycle."),
        ("ko_KR", "각 주기의 1일과 15일에 주사를 맞게 됩니다."),
        ("ko_KR", "각 주기의 1일째와 15일째에 주사를 맞게 됩니다."),
        ("zh_TW", "您將於每個療程的第1天和第15天接受注射。"),
        ("zh_TW", "您將於每個療程的第1及第15天接受注射。"),
        ("ar", "ستتلقى الحقنة في اليوم الأول واليوم الخامس عشر من كل دورة."),
        ("ar", "ستتلقى الحقنة في اليومين ١ و١٥ من كل دورة."),
        ("es", "Recibirá la inyección los días 1 y 15 de cada ciclo."),
        ("pt", "Irá receber a injeção nos dias 1 e 15 de cada ciclo."),
    ],
)
def test_a_list_of_days_kept_passes(catalogs, locale, translation):
    assert catalogs.findings(DAYS_1_AND_15, translation, locale=locale) == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Aplique el gel del día 1 al 15."),
        ("zh_TW", "請於第1天至第15天塗抹凝膠。"),
    ],
)
def test_a_list_of_three_days_said_as_a_range_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings("Apply the gel on days 1, 8 and 15.", translation, locale=locale), check="units")
    assert finding.message.startswith("'days 1, 8 and 15' in the source names days 1, 8 and 15;")


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Tome los comprimidos los días 1 y 5 de cada ciclo."),
        ("de", "Nehmen Sie die Tabletten an Tag 1 und Tag 5 jedes Zyklus ein."),
        ("fr", "Prenez les comprimés à J1 et J5 de chaque cycle."),
        ("ko_KR", "각 주기의 1일과 5일에 정제를 복용하세요."),
        ("zh_TW", "請於每個療程的第1天和第5天服用藥錠。"),
        ("pt", "Tome os comprimidos nos dias 1 e 5 de cada ciclo."),
    ],
)
def test_a_range_of_days_said_as_a_list_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(DAYS_1_TO_5, translation, locale=locale), check="units")
    assert (finding.check, finding.severity) == ("units", "error")
    assert finding.message.startswith(
        "'days 1 to 5' in the source is every day from day 1 to day 5; the translation names only days 1 and 5"
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("es", "Tome los comprimidos del día 1 al 5 de cada ciclo."),
        ("es", "Tome los comprimidos entre los días 1 y 5 de cada ciclo."),
        ("de", "Nehmen Sie die Tabletten von Tag 1 bis Tag 5 jedes Zyklus ein."),
        ("fr", "Prenez les comprimés du jour 1 au jour 5 de chaque cycle."),
        ("fr", "Prenez les comprimés entre J1 et J5 de chaque cycle."),
        ("ko_KR", "각 주기의 1일부터 5일까지 정제를 복용하세요."),
        ("zh_TW", "請於每個療程的第1天到第5天服用藥錠。"),
        ("pt", "Tome os comprimidos entre os dias 1 e 5 de cada ciclo."),
        ("ar", "تناول الأقراص من اليوم 1 إلى اليوم 5 من كل دورة."),
        # between days 1 and 5: a range said with "and"
        ("ko_KR", "각 주기의 1일과 5일 사이에 정제를 복용하세요."),
        ("zh_TW", "請於每個療程的第1天和第5天之間服用藥錠。"),
        ("de", "Nehmen Sie die Tabletten zwischen Tag 1 und Tag 5 jedes Zyklus ein."),
    ],
)
def test_a_range_of_days_kept_passes(catalogs, locale, translation):
    assert catalogs.findings(DAYS_1_TO_5, translation, locale=locale) == []
