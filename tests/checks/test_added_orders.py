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


SECOND_PEN = "If you do not feel better after 5 to 15 minutes, use a second auto-injector."


@pytest.mark.parametrize(
    "locale, translation, forbidding",
    [
        # red team 32, w017: the source's "not" kept in the condition, another added to the order
        ("ko_KR", "5~15분이 지나도 나아지지 않으면 두 번째 자동주사기는 사용하지 마세요.", "마세요"),
        ("es", "Si no se siente mejor al cabo de 5 a 15 minutos, no use un segundo autoinyector.", "no"),
        (
            "fr",
            "Si vous ne vous sentez pas mieux après 5 à 15 minutes, n'utilisez pas de second stylo.",
            "n'utilisez pas",
        ),
        (
            "de",
            "Wenn Sie sich nach 5 bis 15 Minuten nicht besser fühlen, verwenden Sie keinen zweiten Autoinjektor.",
            "keinen",
        ),
        ("pt_BR", "Se não se sentir melhor após 5 a 15 minutos, não use um segundo autoinjetor.", "não"),
        ("zh_TW", "如果5至15分鐘後仍未好轉，請不要使用第二支自動注射器。", "不"),
        ("ar", "إذا لم تشعر بتحسن بعد 5 إلى 15 دقيقة، فلا تستخدم حاقنًا آليًا ثانيًا.", "فلا"),
    ],
)
def test_a_prohibition_where_the_source_orders_is_an_error(catalogs, locale, translation, forbidding):
    finding = only(
        f for f in catalogs.findings(SECOND_PEN, translation, locale=locale, check="negation") if "forbids" in f.message
    )
    assert finding.severity == "error"
    assert finding.message.startswith(
        "the source's only 'not' ('not') is in its condition, but the translation forbids"
    )
    assert f"forbids ({forbidding!r})" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the order kept, its condition's "not" where the source has it
        ("ko_KR", SECOND_PEN, "5~15분이 지나도 나아지지 않으면 두 번째 자동주사기를 사용하세요."),
        ("es", SECOND_PEN, "Si no se siente mejor al cabo de 5 a 15 minutos, use un segundo autoinyector."),
        (
            "de",
            SECOND_PEN,
            "Verwenden Sie einen zweiten Autoinjektor, wenn Sie sich nach 5 bis 15 Minuten nicht besser fühlen.",
        ),
        ("zh_TW", SECOND_PEN, "如果5至15分鐘後仍未好轉，請使用第二支自動注射器。"),
        ("ar", SECOND_PEN, "إذا لم تشعر بتحسن بعد 5 إلى 15 دقيقة، استخدم حاقنًا آليًا ثانيًا."),
        # a second "not" in the condition itself ("no desaparecen" for "get worse")
        (
            "es",
            "If you do not feel better or your symptoms get worse, call your doctor.",
            "Si no se siente mejor o si los síntomas no desaparecen, llame a su médico.",
        ),
        # a stop said as "do not go on", and a source that forbids itself
        (
            "es",
            "If your rash does not go away, stop using the cream.",
            "Si la erupción no desaparece, no siga usando la crema.",
        ),
        (
            "fr",
            "If you cannot swallow the tablet, avoid crushing it.",
            "Si vous ne pouvez pas avaler le comprimé, ne l'écrasez pas.",
        ),
    ],
)
def test_an_order_kept_after_a_negated_condition_passes(catalogs, locale, source, translation):
    assert [
        f
        for f in catalogs.findings(source, translation, locale=locale, check="negation")
        if "is in its condition" in f.message
    ] == []


VOMITED = "If you vomit within 1 hour of taking the tablet, take another one."


@pytest.mark.parametrize(
    "locale, translation",
    [
        # red team 32, w067: "take another one" said "no need to take another"
        ("zh_TW", "服藥後1小時內若嘔吐，不需要再補服。"),
        ("ko_KR", "복용 후 1시간 이내에 구토하면 한 알 더 복용하지 않아도 됩니다."),
        ("es", "Si vomita en la hora siguiente a la toma, no es necesario tomar otro comprimido."),
        ("fr", "Si vous vomissez dans l'heure qui suit la prise, il n'est pas nécessaire de reprendre un comprimé."),
        ("pt", "Se vomitar na hora seguinte à toma, não é necessário tomar outro comprimido."),
        ("de", "Wenn Sie innerhalb von 1 Stunde erbrechen, müssen Sie keine weitere Tablette einnehmen."),
        ("ar", "إذا تقيأت خلال ساعة من تناول القرص، فلا داعي لتناول قرص آخر."),
    ],
)
def test_a_need_not_where_the_source_orders_is_an_error(catalogs, locale, translation):
    finding = only(
        f for f in catalogs.findings(VOMITED, translation, locale=locale, check="negation") if "need not" in f.message
    )
    assert finding.severity == "error"
    assert finding.message.startswith(
        "the source orders it with no 'not', but the translation says it need not be done"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("zh_TW", VOMITED, "服藥後1小時內若嘔吐，請再服用一錠。"),
        ("es", VOMITED, "Si vomita en la hora siguiente a la toma, tome otro comprimido."),
        # the source allows, or says "not" itself
        (
            "es",
            "If your symptoms go away, you may stop using the cream.",
            "Si los síntomas desaparecen, no es necesario seguir usando la crema.",
        ),
        ("zh_TW", "If you do not have a spoon, you do not need to measure it.", "如果沒有湯匙，不需要量取。"),
    ],
)
def test_an_order_kept_or_a_need_not_of_the_source_passes(catalogs, locale, source, translation):
    assert [
        f
        for f in catalogs.findings(source, translation, locale=locale, check="negation")
        if "need not be done (" in f.message and "orders it with no" in f.message
    ] == []
