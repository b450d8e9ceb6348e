"""The meaning checks on leaflet text they were not tuned on: paracetamol, warfarin, insulin,
methotrexate, inhalers, antibiotics and wound care, in the four languages, as medical translators
write them.  Each faithful translation here was a false alarm, and each wrong one in the second
list a miss, before the fix it pins down (2026-12-03)."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

MEANING = ("negation", "limits", "comparison", "units", "numbers")

PARACETAMOL = "Do not take more than 4 g of paracetamol in 24 hours."
PUFFS = "Do not use more than 8 puffs in 24 hours."
WOUND = "Keep the wound dry for at least 48 hours after your operation."
HYPO = "If your blood sugar is below 4 mmol/L, eat or drink something sugary straight away."
CHILDREN = "Children under 12 years old must not take this medicine."
NOT_TO_CHILDREN = "Do not give this medicine to children under 12 years."
OLDER = "Do not give it to people over 65 years."
FEVER = "Call us if your temperature is higher than 38 °C."
INR_HIGHER = "Drinking alcohol can make your INR higher."
WARFARIN = "Your INR should be checked at least once a week when you start warfarin."
CAPSULES = "Take one capsule 3 times a day for 7 days."
LIQUID = "Take 10 mL of the liquid twice a day."
SWIMMING = "Do not have a bath or go swimming for 2 weeks."
INSULIN = "Inject your insulin 15 minutes before you eat."
DOUBLE = "Never take a double dose to make up for a forgotten one."


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # "Do not take more than 4 g" is a limit, which a translation says as "at most 4 g" ([limits]
        # judges it), not a denial a translation must keep
        ("ko_KR", PARACETAMOL, "파라세타몰은 24시간에 최대 4 g까지만 드세요."),
        ("ko_KR", PUFFS, "24시간 동안 8번까지만 흡입하세요."),
        ("es", PARACETAMOL, "La dosis máxima de paracetamol es de 4 g cada 24 horas."),
        ("zh_TW", PARACETAMOL, "每 24 小時最多服用 4 g 乙醯胺酚。"),
        ("zh_TW", PUFFS, "24 小時內最多只能使用 8 次。"),
        # "keep it dry" is "do not let water touch it"
        ("ko_KR", WOUND, "수술 후 최소 48시간 동안은 상처에 물이 닿지 않게 하세요."),
        ("es", WOUND, "Tras la intervención, la herida no debe mojarse durante 48 horas como mínimo."),
        ("zh_TW", WOUND, "術後至少 48 小時內傷口不要碰水。"),
        # a "not" that is part of a limit (不到 4: under 4; لا تقل عن: no less than) adds no denial
        ("zh_TW", HYPO, "血糖不到 4 mmol/L 時，馬上補充含糖食物或飲料。"),
        ("ar", "Leave at least 4 hours between doses.", "يجب أن تفصل بين كل جرعة والتي تليها مدة لا تقل عن 4 ساعات."),
        ("ar", WOUND, "يجب ألا يتعرض الجرح للماء لمدة لا تقل عن 48 ساعة بعد الجراحة."),
        # the verbs that forbid: 禁用 (must not be used), إياك أن (never)
        ("zh_TW", CHILDREN, "12 歲以下兒童禁用此藥。"),
        ("ar", DOUBLE, "إياك أن تأخذ جرعة مضاعفة لتعويض الجرعة المنسية."),
        # the plain ways to say "under 12", "over 38 °C", "the maximum dose"
        ("ko_KR", CHILDREN, "만 12세가 안 된 어린이에게는 이 약을 주지 마세요."),
        ("es", CHILDREN, "Los niños menores de 12 años no deben tomar este medicamento."),
        ("es", CHILDREN, "Este medicamento no es apto para menores de 12 años."),
        ("ar", CHILDREN, "يجب ألا يتناول الأطفال دون 12 عاما هذا الدواء."),
        ("ar", CHILDREN, "هذا الدواء غير مناسب للأطفال الذين تقل أعمارهم عن 12 سنة."),
        ("ar", FEVER, "اتصل بنا إذا تجاوزت حرارتك 38 °C."),
        # a limit that says its own "not" (未滿: not yet full) is not turned around by another one
        ("zh_TW", NOT_TO_CHILDREN, "請勿給未滿 12 歲的兒童使用本藥。"),
        # a limit that says who ("people over 65", "menores de 12 años") is not turned around by the
        # "not" of the verb before it
        ("ko_KR", OLDER, "65세 이상인 분에게는 주지 마세요."),
        ("es", OLDER, "No se lo dé a personas mayores de 65 años."),
        ("es", HYPO, "Si el azúcar en sangre baja de 4 mmol/L, coma o beba algo dulce de inmediato."),
        ("ar", HYPO, "عندما ينخفض السكر في الدم إلى ما دون 4 ملمول/لتر، تناول فورا طعاما أو شرابا يحتوي على السكر."),
        # ... while "do not give children more than 5 mL" is still at most 5 mL
        ("ko_KR", "Do not give children more than 5 mL.", "어린이에게 5 mL 넘게 주지 마세요."),
        ("ar", "Do not give children more than 5 mL.", "لا تعط الأطفال أكثر من 5 مل."),
        # a quarter of an hour is 15 minutes
        ("es", INSULIN, "Póngase la insulina un cuarto de hora antes de las comidas."),
        ("ar", INSULIN, "يُحقن الإنسولين قبل تناول الطعام بربع ساعة."),
        # "once a week" as 주 1회, "3 times a day" as 一天吃三次, 2 weeks as 兩個星期
        ("ko_KR", WARFARIN, "와파린 복용 초기에는 최소 주 1회 INR을 확인합니다."),
        ("zh_TW", CAPSULES, "一天吃三次，一次一顆，共吃 7 天。"),
        ("zh_TW", LIQUID, "藥水一次 10 mL，一天吃兩次。"),
        ("zh_TW", SWIMMING, "兩個星期內請避免泡澡和游泳。"),
    ],
)
def test_faithful_translations_pass(catalogs, locale, source, translation):
    assert [f for f in catalogs.findings(source, translation, locale=locale) if f.check in MEANING] == []


@pytest.mark.parametrize(
    "locale, source, translation, check",
    [
        # "go up" as "go down" in the forms of the future (내려갈, 올라갈)
        ("ko_KR", INR_HIGHER, "술을 마시면 INR이 내려갈 수 있습니다.", "comparison"),
        ("ko_KR", "The pain should get less each day.", "통증은 날마다 조금씩 올라갈 것입니다.", "comparison"),
        # "the day after" as 전날 (the day before)
        (
            "ko_KR",
            "Take 5 mg of folic acid once a week, the day after your methotrexate.",
            "엽산 5 mg을 일주일에 한 번, 메토트렉세이트를 먹기 전날 드세요.",
            "comparison",
        ),
    ],
)
def test_wrong_translations_are_found(catalogs, locale, source, translation, check):
    assert only(catalogs.findings(source, translation, locale=locale), check).severity == "warning"


@pytest.mark.parametrize(
    "locale, translation",
    [
        # the "not" dropped, where the only negation left is part of a limit (未滿, دون: under): the
        # prohibition is gone
        ("zh_TW", "未滿 12 歲的兒童應服用本藥。"),
        ("ar", "يجب أن يتناول الأطفال دون 12 عاما هذا الدواء."),
    ],
)
def test_a_prohibition_dropped_beside_a_limit_is_found(catalogs, locale, translation):
    finding = only(catalogs.findings(CHILDREN, translation, locale=locale), "negation")
    assert finding.severity == "error" and "that prohibition is missing" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # still found once the "not" of a limit is no denial: the limit turned around ...
        ("es", PARACETAMOL, "Tome más de 4 g de paracetamol en 24 horas."),
        ("ko_KR", PUFFS, "24시간 동안 8회 이상 흡입하세요."),
        ("zh_TW", PUFFS, "24 小時內至少吸 8 下。"),
        ("ar", CHILDREN, "يجب ألا يتناول الأطفال فوق 12 عاما هذا الدواء."),
        ("ko_KR", "Do not give children more than 5 mL.", "어린이에게 5 mL 이상 주세요."),
        # ... and the new words turn it around too
        ("es", CHILDREN, "Los niños mayores de 12 años no deben tomar este medicamento."),
        ("ar", FEVER, "اتصل بنا إذا كانت درجة حرارتك أقل من 38 °C."),
    ],
)
def test_a_limit_turned_around_is_still_found(catalogs, locale, source, translation):
    assert only(catalogs.findings(source, translation, locale=locale), "limits")
