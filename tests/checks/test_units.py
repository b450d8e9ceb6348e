"""[units]: a quantity keeps its value and its unit."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only


def test_a_dose_in_the_wrong_unit_is_an_error(catalogs):
    source = "The usual dose is 1 g/kg/day."
    finding = only(catalogs.findings(source, "일반적인 용량은 1 mg/kg/일입니다.", check="units"))
    assert (finding.severity, finding.msgid) == ("error", source)
    assert finding.message == "1 g/kg/day in the source is 1 mg/kg/일 in the translation"


def test_a_dose_that_loses_its_per_kg_is_an_error(catalogs):
    finding = only(catalogs.findings("Up to 2 g/kg as a single dose", "최대 2 g을 한 번에 맞습니다", check="units"))
    assert finding.message == "2 g/kg in the source: the translation does not say per kg"


def test_a_percentage_that_loses_its_sign_is_an_error(catalogs):
    finding = only(catalogs.findings("Less than 10% of the skin", "피부의 10군데 미만", check="units"))
    assert finding.message == "10% in the source has no unit in the translation (expected %)"


def test_hours_that_became_days_is_an_error(catalogs):
    finding = only(catalogs.findings("Start within 24 hours.", "24일 이내에 시작하세요.", check="units"))
    assert finding.message == "24 hours in the source is 24일 in the translation"


@pytest.mark.parametrize(
    "source, translation",
    [
        ("The usual dose is 1 g/kg/day.", "일반적인 용량은 1 g/kg/day입니다."),
        ("The usual dose is 1 g/kg/day.", "일반적인 용량은 1g/kg/day입니다."),
        ("The usual dose is 1 g/kg/day.", "일반적인 용량은 1 g/kg/일입니다."),
        ("The usual dose is 1 g/kg/day.", "일반적인 용량은 하루에 체중 1 kg당 1 g입니다."),
        ("Less than 10%", "10 % 미만"),
        ("Less than 10%", "10퍼센트 미만"),
        ("Start within 24 hours.", "24시간 이내에 시작하세요."),
        ("Start within 24 h.", "24시간 이내에 시작하세요."),
        ("It takes 30 minutes.", "30분이 걸립니다."),
        ("Treatment lasts 5 days.", "치료는 5일 동안 진행됩니다."),
        ("Check again after 2 weeks.", "2주 뒤에 다시 확인하세요."),
        ("Check again after 1 week.", "일주일 뒤에 다시 확인하세요."),
        ("It takes 2 hours.", "두 시간이 걸립니다."),
        ("Take 500 mg.", "500㎎을 복용하세요."),  # Korean compatibility unit symbol
        ("Drink 250 mL of water.", "물 250 ml를 마시세요."),
        ("Use it for 6 months.", "6개월 동안 사용하세요."),
    ],
)
def test_the_same_quantity_in_korean_units_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="units") == []


def test_a_missing_number_is_reported_by_numbers_only(catalogs):
    findings = catalogs.findings("Give 400 mg/kg/day.", "40 mg/kg/일을 투여합니다.")
    assert [f.check for f in findings] == ["numbers"]
