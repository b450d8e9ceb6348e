"""[opposites] (empty_stomach.py): "on an empty stomach" said beside a time before a meal is kept."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

EMPTY_BEFORE_BREAKFAST = "Take the tablet on an empty stomach, 30 minutes before breakfast."
EMPTY_BEFORE_MEALS = "Take it on an empty stomach, at least 1 hour before meals."


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", EMPTY_BEFORE_BREAKFAST, "Tome el comprimido 30 minutos antes del desayuno."),
        ("fr", EMPTY_BEFORE_BREAKFAST, "Prenez le comprimé 30 minutes avant le petit-déjeuner."),
        ("de", EMPTY_BEFORE_BREAKFAST, "Nehmen Sie die Tablette 30 Minuten vor dem Frühstück ein."),
        ("pt_BR", EMPTY_BEFORE_MEALS, "Tome-o pelo menos 1 hora antes das refeições."),
        ("ko_KR", EMPTY_BEFORE_BREAKFAST, "아침 식사 30분 전에 정제를 복용하세요."),
        ("zh_TW", EMPTY_BEFORE_MEALS, "請在飯前至少1小時服用。"),
        ("ar", EMPTY_BEFORE_BREAKFAST, "تناول القرص قبل الإفطار بـ 30 دقيقة."),
    ],
)  # fmt: skip
def test_the_empty_stomach_left_out_beside_its_time_is_a_warning(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "warning"
    assert "(on an empty stomach) beside" in finding.message
    assert "check that the empty stomach was not left out" in finding.message


def test_the_message_names_the_empty_stomach_and_the_time(catalogs):
    translation = "Tome el comprimido 30 minutos antes del desayuno."
    finding = only(catalogs.findings(EMPTY_BEFORE_BREAKFAST, translation, check="opposites", locale="es"))
    assert finding.message == (
        "the source says 'empty stomach' (on an empty stomach) beside 'before breakfast' but the translation "
        "says only the time: check that the empty stomach was not left out ('Take the tablet on an empty "
        "stomach, 30 minutes before brea…')"
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the empty stomach kept, however said
        ("es", EMPTY_BEFORE_BREAKFAST, "Tome el comprimido en ayunas, 30 minutos antes del desayuno."),
        ("fr", EMPTY_BEFORE_BREAKFAST, "Prenez le comprimé à jeun, 30 minutes avant le petit-déjeuner."),
        ("pt_BR", EMPTY_BEFORE_MEALS, "Tome-o em jejum, pelo menos 1 hora antes das refeições."),
        ("ko_KR", EMPTY_BEFORE_BREAKFAST, "공복에, 아침 식사 30분 전에 정제를 복용하세요."),
        ("zh_TW", EMPTY_BEFORE_MEALS, "請空腹服用，至少在飯前1小時。"),
        ("ar", EMPTY_BEFORE_BREAKFAST, "تناول القرص على معدة فارغة قبل الإفطار بـ 30 دقيقة."),
        ("de", EMPTY_BEFORE_BREAKFAST, "Nehmen Sie die Tablette nüchtern mindestens 30 Minuten vor dem Frühstück ein."),
        # the empty stomach alone may be said as a time before a meal
        ("es", "Take the tablet on an empty stomach.", "Tome el comprimido 1 hora antes de las comidas."),
        ("de", "Take it on an empty stomach.", "Nehmen Sie es eine Stunde vor dem Essen ein."),
    ],
)  # fmt: skip
def test_the_empty_stomach_kept_or_alone_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []
