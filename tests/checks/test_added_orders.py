"""[negation]: a translation does not order a medicine stopped where its source gives no such order.

"Tell your doctor if you take warfarin." as "Informe a su médico si toma warfarina y suspéndala unos
días" (red team 31, w047) and "Arrêtez la warfarine et prévenez votre médecin" (w111) passed every
check: the patient stops a blood thinner nobody said to stop.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

WARFARIN = "Tell your doctor if you take warfarin."


@pytest.mark.parametrize(
    "locale, translation, order",
    [
        ("es", "Informe a su médico si toma warfarina y suspéndala unos días.", "suspéndala"),
        ("fr", "Arrêtez la warfarine et prévenez votre médecin.", "Arrêtez"),
        ("de", "Setzen Sie Warfarin ab und informieren Sie Ihren Arzt.", "Setzen Sie Warfarin ab"),
        ("pt_BR", "Informe o seu médico se toma varfarina e suspenda-a.", "suspenda-a"),
        ("ko_KR", "와파린을 복용 중이면 중단하십시오.", "중단하십시오"),
        ("zh_TW", "如果您正在服用華法林，請停用並告知醫師。", "停用"),
        ("ar", "توقف عن تناول الوارفارين وأخبر طبيبك.", "توقف عن تناول"),
    ],
)
def test_an_order_to_stop_the_source_does_not_give_is_an_error(catalogs, locale, translation, order):
    finding = only(catalogs.findings(WARFARIN, translation, locale=locale, check="negation"))
    assert finding.severity == "error"
    assert finding.message.startswith(
        f"the translation orders a stop ('{order}') but the source says nothing of stopping"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the source's order to stop, said in other words
        (
            "fr",
            "Stop taking warfarin 5 days before the procedure.",
            "Arrêtez la warfarine 5 jours avant l'intervention.",
        ),
        (
            "es",
            "Stop taking warfarin 5 days before the procedure.",
            "Suspenda la warfarina 5 días antes del procedimiento.",
        ),
        ("ko_KR", "Stop using the cream if the rash gets worse.", "발진이 심해지면 크림 사용을 중단하십시오."),
        # a "do not take" said as a stop, and a break said as a stop
        (
            "es",
            "Do not take aspirin for 7 days before the operation.",
            "Suspenda la aspirina 7 días antes de la operación.",
        ),
        (
            "zh_TW",
            "Take the tablets once a day on days 1 to 14, then have a 7-day break.",
            "第1至14天每天服藥一次，然後停藥7天。",
        ),
        (
            "de",
            "Take it for 21 days, then 7 days off.",
            "Nehmen Sie es 21 Tage lang ein und setzen Sie es dann 7 Tage ab.",
        ),
        # a stop that is no order: said with a "not", or of a time
        ("fr", "Keep taking it.", "N'arrêtez pas de le prendre."),
        ("zh_TW", "Your symptoms may come back later.", "停藥後症狀可能復發。"),
        ("ko_KR", "Keep taking it every day.", "갑자기 중단하지 마십시오."),
        # no stop at all
        ("es", WARFARIN, "Informe a su médico si toma warfarina."),
        ("ar", WARFARIN, "أخبر طبيبك إذا كنت تتناول الوارفارين."),
    ],
)
def test_an_order_to_stop_the_source_gives_or_no_order_passes(catalogs, locale, source, translation):
    assert [
        f
        for f in catalogs.findings(source, translation, locale=locale, check="negation")
        if "orders a stop" in f.message
    ] == []
