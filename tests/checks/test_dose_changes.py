"""[units] rule 13: a dose changed by an amount is not changed to it.

"Reduce your dose by 5 mg every week" said "reduce it to 5 mg" (auf 5 mg, 5 mg으로, 減至5毫克)
is another dose from the first week on, and "reduce it to 5 mg" said "by 5 mg" likewise.  Every
number and unit is kept, and `check` said nothing.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

BY_5_MG = "Reduce your dose by 5 mg every week."
TO_5_MG = "Reduce your dose to 5 mg."


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Verringern Sie Ihre Dosis jede Woche auf 5 mg."),
        ("es", "Reduzca su dosis a 5 mg cada semana."),
        ("fr", "Réduisez votre dose à 5 mg chaque semaine."),
        ("pt_BR", "Reduza a sua dose para 5 mg todas as semanas."),
        ("ar", "خفّض جرعتك إلى 5 ملغ كل أسبوع."),
        ("ko_KR", "매주 용량을 5 mg으로 줄이세요."),
        ("zh_TW", "每週將劑量減至5毫克。"),
        ("zh_TW", "每週將劑量降到5毫克。"),
    ],
)
def test_a_change_by_an_amount_said_to_it_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(BY_5_MG, translation, locale=locale), check="units")
    assert (finding.severity, finding.message) == (
        "error",
        "'by 5 mg' in the source: the translation changes the dose to 5 mg, not by it",
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Verringern Sie Ihre Dosis um 5 mg."),
        ("es", "Reduzca su dosis en 5 mg."),
        ("fr", "Diminuez votre dose de 5 mg."),
        ("pt_BR", "Reduza a sua dose em 5 mg."),
        ("ar", "خفّض جرعتك بمقدار 5 ملغ."),
        ("ko_KR", "용량을 5 mg만큼 줄이세요."),
        ("zh_TW", "將劑量減少5毫克。"),
    ],
)
def test_a_change_to_an_amount_said_by_it_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(TO_5_MG, translation, locale=locale), check="units")
    assert (finding.severity, finding.message) == (
        "error",
        "'to 5 mg' in the source: the translation changes the dose by 5 mg, not to it",
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Verringern Sie Ihre Dosis jede Woche um 5 mg."),
        ("es", "Reduzca su dosis en 5 mg cada semana."),
        ("es", "Baje la dosis de 5 mg en 5 mg cada semana."),
        ("fr", "Diminuez votre dose de 5 mg chaque semaine."),
        ("fr", "Baissez la dose de 5 mg à la fois, chaque semaine."),
        ("pt_BR", "Reduza a sua dose em 5 mg todas as semanas."),
        ("ar", "خفّض جرعتك بمقدار 5 ملغ كل أسبوع."),
        ("ko_KR", "매주 용량을 5 mg씩 줄이세요."),
        ("ko_KR", "매주 용량을 5 mg만큼 줄이세요."),
        ("zh_TW", "每週每次減5毫克。"),
        ("zh_TW", "每週將劑量減少5毫克。"),
    ],
)
def test_a_change_by_an_amount_kept_passes(catalogs, locale, translation):
    assert catalogs.findings(BY_5_MG, translation, locale=locale, check="units") == []


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Verringern Sie Ihre Dosis auf 5 mg."),
        ("es", "Reduzca su dosis hasta 5 mg."),
        ("fr", "Réduisez votre dose à une dose de 5 mg."),
        ("fr", "Diminuez votre dose jusqu'à 5 mg."),
        ("pt_BR", "Reduza a sua dose para 5 mg."),
        ("ar", "خفّض جرعتك إلى 5 ملغ."),
        ("ko_KR", "용량을 5 mg으로 줄이세요."),
        ("zh_TW", "將劑量減至5毫克。"),
    ],
)
def test_a_change_to_an_amount_kept_passes(catalogs, locale, translation):
    assert catalogs.findings(TO_5_MG, translation, locale=locale, check="units") == []


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the "to" of a range is no change to its end; Korean 씩 (each time) no change by it
        (
            "ko_KR",
            "Take 250 to 500 mg every 8 hours; your doctor may lower it later.",
            "8시간마다 250~500 mg씩 복용하십시오. 나중에 의사가 용량을 줄일 수 있습니다.",
        ),
        (
            "es",
            "Take 250 to 500 mg every 8 hours; your doctor may lower it later.",
            "Tome de 250 a 500 mg cada 8 horas; su médico puede reducirla más adelante.",
        ),
    ],
)
def test_a_range_or_a_dose_each_time_is_no_change(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="units") == []
