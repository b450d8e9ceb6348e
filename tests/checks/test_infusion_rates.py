"""[units] rule 14: an infusion's rate stays a rate, and its change a change.

"Restarted at half the rate" said "at half the dose" (절반의 용량으로, 一半的劑量) gives half the
medicine; "restarted at a slower rate" said "mit unveränderter Geschwindigkeit" goes on at the rate
that caused the reaction.  Every number and unit is kept, and `check` said nothing.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

HALF_THE_RATE = "When you feel better, the infusion may be restarted at half the rate."
HALF_THE_DOSE = "When you feel better, you may restart at half the dose."
SLOWER_RATE = "If you have a reaction, the infusion will be stopped and then restarted at a slower rate."
SAME_RATE = "If you feel well, the infusion will go on at the same rate."


@pytest.mark.parametrize(
    "locale, translation, dose",
    [
        ("ko_KR", "상태가 나아지면 절반의 용량으로 주입을 다시 시작할 수 있습니다.", "용량"),
        ("zh_TW", "症狀改善後，可以用原來一半的劑量重新開始輸注。", "劑量"),
        ("es", "Cuando se sienta mejor, la perfusión puede reanudarse con la mitad de la dosis.", "dosis"),
        ("fr", "Quand vous irez mieux, la perfusion pourra reprendre à la moitié de la dose.", "dose"),
        ("de", "Wenn es Ihnen besser geht, kann die Infusion mit der halben Dosis fortgesetzt werden.", "Dosis"),
        ("pt_BR", "Quando se sentir melhor, a infusão pode ser retomada com metade da dose.", "dose"),
        ("ar", "عندما تشعر بتحسن، يمكن استئناف التسريب بنصف الجرعة.", "جرع"),
    ],
)
def test_a_rate_said_as_a_dose_is_an_error(catalogs, locale, translation, dose):
    finding = only(catalogs.findings(HALF_THE_RATE, translation, locale=locale), check="units")
    assert (finding.severity, finding.message) == (
        "error",
        f"'at half the rate' in the source: the translation says a dose ({dose}), not the rate of the infusion",
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "상태가 나아지면 절반의 속도로 주입을 다시 시작할 수 있습니다."),
        ("ko_KR", "상태가 나아지면 더 천천히 다시 주입할 수 있습니다."),
        ("zh_TW", "症狀改善後，可以用原來一半的速度重新開始輸注。"),
        ("zh_TW", "症狀改善後，可以減慢速度重新開始輸注。"),
        ("es", "Cuando se sienta mejor, la perfusión puede reanudarse a la mitad de la velocidad."),
        ("es", "Cuando se sienta mejor, la perfusión puede reanudarse más despacio, a la mitad del ritmo."),
        ("fr", "Quand vous irez mieux, la perfusion pourra reprendre à la moitié du débit."),
        ("fr", "Quand vous irez mieux, la perfusion pourra reprendre plus lentement."),
        ("de", "Wenn es Ihnen besser geht, kann die Infusion mit halber Geschwindigkeit fortgesetzt werden."),
        ("de", "Wenn es Ihnen besser geht, kann die Infusion mit halber Rate fortgesetzt werden."),
        ("pt_BR", "Quando se sentir melhor, a infusão pode ser retomada a metade da velocidade."),
        ("ar", "عندما تشعر بتحسن، يمكن استئناف التسريب بنصف المعدل."),
        ("ar", "عندما تشعر بتحسن، يمكن استئناف التسريب بنصف السرعة."),
    ],
)
def test_a_rate_said_as_a_rate_or_more_slowly_passes(catalogs, locale, translation):
    assert catalogs.findings(HALF_THE_RATE, translation, locale=locale, check="units") == []


@pytest.mark.parametrize(
    "locale, translation, rate",
    [
        ("ko_KR", "상태가 나아지면 절반의 속도로 다시 시작할 수 있습니다.", "속도"),
        ("zh_TW", "症狀改善後，可以用一半的速度重新開始。", "速度"),
        ("es", "Cuando se sienta mejor, puede reanudarlo a la mitad de la velocidad.", "velocidad"),
        ("de", "Wenn es Ihnen besser geht, können Sie mit halber Geschwindigkeit wieder beginnen.", "Geschwindigkeit"),
        ("ar", "عندما تشعر بتحسن، يمكنك البدء من جديد بنصف المعدل.", "معدل"),
    ],
)
def test_a_dose_said_as_a_rate_is_an_error(catalogs, locale, translation, rate):
    finding = only(catalogs.findings(HALF_THE_DOSE, translation, locale=locale), check="units")
    assert (finding.severity, finding.message) == (
        "error",
        f"'half the dose' in the source: the translation says the rate of an infusion ({rate}), not a dose",
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "상태가 나아지면 절반 용량으로 다시 시작할 수 있습니다."),
        ("zh_TW", "症狀改善後，可以用一半的劑量重新開始。"),
        ("fr", "Quand vous irez mieux, vous pourrez reprendre à la moitié de la dose."),
        ("pt_BR", "Quando se sentir melhor, pode recomeçar com metade da dose."),
    ],
)
def test_a_dose_said_as_a_dose_passes(catalogs, locale, translation):
    assert catalogs.findings(HALF_THE_DOSE, translation, locale=locale, check="units") == []


def test_a_dose_named_alone_may_go_unsaid_beside_a_rate(catalogs):
    # "a single dose" said "한 번에" (at once): no dose word, and the rate word is the infusion's own
    source = "The whole dose is given as a single dose over 8 hours."
    translation = "전체 용량을 8시간에 걸쳐 한 번에 일정한 속도로 주입합니다."
    assert catalogs.findings(source, translation, locale="ko_KR", check="units") == []


@pytest.mark.parametrize(
    "locale, translation, same",
    [
        (
            "de",
            "Bei einer Reaktion wird die Infusion unterbrochen und anschließend mit unveränderter "
            "Geschwindigkeit fortgesetzt.",
            "unveränderter Geschwindigkeit",
        ),
        ("ko_KR", "반응이 나타나면 주입을 중단했다가 같은 속도로 다시 시작합니다.", "같은 속도"),
        ("zh_TW", "如果出現反應，會先停止輸注，然後以相同的速度重新開始。", "相同的速度"),
        (
            "es",
            "Si tiene una reacción, se detendrá la perfusión y se reanudará a la misma velocidad.",
            "misma velocidad",
        ),
        ("fr", "En cas de réaction, la perfusion sera arrêtée puis reprise au même débit.", "même débit"),
        (
            "pt_BR",
            "Se tiver uma reação, a infusão será interrompida e retomada na mesma velocidade.",
            "mesma velocidade",
        ),
        ("ar", "إذا حدث لديك رد فعل، سيتم إيقاف التسريب ثم استئنافه بنفس المعدل.", "بنفس المعدل"),
    ],
)
def test_a_slower_rate_said_as_the_same_is_an_error(catalogs, locale, translation, same):
    finding = only(catalogs.findings(SLOWER_RATE, translation, locale=locale), check="units")
    assert (finding.severity, finding.message) == (
        "error",
        f"'slower' (the rate changed) in the source: the translation says the same rate ({same})",
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("de", "Bei einer Reaktion wird die Infusion unterbrochen und dann langsamer fortgesetzt."),
        ("de", "Bei einer Reaktion wird die Infusion unterbrochen und langsamer als zuvor fortgesetzt."),
        ("ko_KR", "반응이 나타나면 주입을 중단했다가 더 느린 속도로 다시 시작합니다."),
        ("ko_KR", "반응이 나타나면 주입을 멈춘 뒤 같은 수액을 속도를 늦춰 다시 주입합니다."),
        ("zh_TW", "如果出現反應，會先停止輸注，然後減慢速度重新開始。"),
        ("es", "Si tiene una reacción, se detendrá la perfusión y se reanudará más lentamente, a menor velocidad."),
        ("fr", "En cas de réaction, la perfusion sera arrêtée puis reprise plus lentement."),
        (
            "pt_BR",
            "Se tiver uma reação, a infusão será interrompida e retomada a uma velocidade reduzida, desacelerada.",
        ),
        ("ar", "إذا حدث لديك رد فعل، سيتم إيقاف التسريب ثم استئنافه بمعدل أبطأ."),
    ],
)
def test_a_slower_rate_kept_passes(catalogs, locale, translation):
    assert catalogs.findings(SLOWER_RATE, translation, locale=locale, check="units") == []


@pytest.mark.parametrize(
    "locale, translation, changed",
    [
        ("ko_KR", "상태가 괜찮으면 더 느린 속도로 주입을 계속합니다.", "느린 속도"),
        ("es", "Si se encuentra bien, la perfusión continuará más rápido.", "más rápido"),
        ("de", "Wenn es Ihnen gut geht, wird die Infusion langsamer fortgesetzt.", "langsamer"),
    ],
)
def test_the_same_rate_said_slower_or_faster_is_an_error(catalogs, locale, translation, changed):
    finding = only(catalogs.findings(SAME_RATE, translation, locale=locale), check="units")
    assert (finding.severity, finding.message) == (
        "error",
        f"'same rate' in the source: the translation changes the rate ({changed})",
    )


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "상태가 괜찮으면 같은 속도로 주입을 계속합니다."),
        ("ko_KR", "상태가 괜찮으면 속도를 그대로 유지하며 주입을 계속합니다."),
        ("zh_TW", "如果您感覺良好，輸注會維持原速繼續進行。"),
        ("es", "Si se encuentra bien, la perfusión continuará a la misma velocidad."),
        ("fr", "Si vous allez bien, la perfusion continuera sans changer le débit."),
        ("de", "Wenn es Ihnen gut geht, läuft die Infusion mit gleicher Geschwindigkeit weiter."),
        ("pt_BR", "Se estiver bem, a infusão continua no mesmo ritmo."),
        ("ar", "إذا كنت بخير، يستمر التسريب بالمعدل نفسه."),
    ],
)
def test_the_same_rate_kept_passes(catalogs, locale, translation):
    assert catalogs.findings(SAME_RATE, translation, locale=locale, check="units") == []
