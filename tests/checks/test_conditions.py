"""[negation] (conditions.py): an "unless" of the source is not said as a plain "if"."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

UNLESS_TOLD = "Do not stop taking this medicine unless your doctor tells you to."
MISSED_UNLESS_NEXT = "If you miss a dose, take it as soon as you remember, unless it is almost time for your next dose."
UNDER_12 = "Children under 12 years should not take this medicine unless a doctor advises it."
FLUIDS = "Drink plenty of fluids before the infusion, unless you have been told to limit them."


@pytest.mark.parametrize(
    "locale, source, turned, said",
    [
        ("ko_KR", UNLESS_TOLD, "의사가 지시하면 이 약의 복용을 중단하지 마세요.", "면"),
        ("ko_KR", UNLESS_TOLD, "의사가 지시할 때 이 약을 끊지 마세요.", "때"),
        ("ko_KR", UNDER_12, "12세 미만 어린이는 의사가 권하는 경우 이 약을 복용하면 안 됩니다.", "경우"),
        ("es", UNLESS_TOLD, "No interrumpa el tratamiento si se lo indica su médico.", "si"),
        (
            "es",
            UNDER_12,
            "Los niños menores de 12 años no deben tomar este medicamento cuando un médico lo aconseje.",
            "cuando",
        ),
        # the source's own "if" kept, its "unless" said as a second one
        (
            "es",
            MISSED_UNLESS_NEXT,
            "Si olvida una dosis, tómela en cuanto se acuerde, si ya es casi la hora de la siguiente.",
            "Si",
        ),
        ("zh_TW", UNLESS_TOLD, "如果醫師指示，請勿停藥。", "如果"),
        # the enumeration comma 、 ends the condition: its 勿 is past the clause (alternatives.py reads on)
        ("zh_TW", UNLESS_TOLD, "如果醫師指示、請勿停藥。", "如果"),
        ("ar", UNLESS_TOLD, "لا تتوقف عن تناول هذا الدواء إذا طلب منك طبيبك ذلك.", "إذا"),
        ("ar", FLUIDS, "اشرب الكثير من السوائل قبل التسريب إذا طُلب منك الحد منها.", "إذا"),
        ("fr", UNLESS_TOLD, "N'arrêtez pas de prendre ce médicament si votre médecin vous le demande.", "si"),
        ("de", UNLESS_TOLD, "Brechen Sie die Einnahme nicht ab, wenn Ihr Arzt es Ihnen sagt.", "wenn"),
        ("de", UNDER_12, "Kinder unter 12 Jahren sollten es nicht einnehmen, falls ein Arzt es empfiehlt.", "falls"),
        ("pt", UNLESS_TOLD, "Não pare de tomar este medicamento se o seu médico lhe disser para o fazer.", "se"),
    ],
)
def test_unless_said_as_a_plain_if_is_an_error(catalogs, locale, source, turned, said):
    finding = only(catalogs.findings(source, turned, locale=locale, check="negation"))
    assert finding.severity == "error"
    assert finding.message.startswith(f"the source says 'unless' but the translation says '{said}' (if), with no 'not'")


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # its words of "unless"
        ("ko_KR", UNLESS_TOLD, "의사의 지시가 없는 한 이 약의 복용을 중단하지 마세요."),
        ("es", UNLESS_TOLD, "No interrumpa el tratamiento a menos que se lo indique su médico."),
        (
            "es",
            MISSED_UNLESS_NEXT,
            "Si olvida una dosis, tómela en cuanto se acuerde, salvo si ya es casi la hora de la siguiente.",
        ),
        ("fr", UNLESS_TOLD, "N'arrêtez pas de prendre ce médicament sauf si votre médecin vous le demande."),
        ("fr", UNDER_12, "Les enfants de moins de 12 ans ne doivent pas prendre ce médicament, sauf avis médical."),
        ("de", UNLESS_TOLD, "Brechen Sie die Einnahme nicht ab, es sei denn, Ihr Arzt rät Ihnen dazu."),
        ("pt", UNLESS_TOLD, "Não pare de tomar este medicamento, a não ser que o seu médico lhe diga para o fazer."),
        ("zh_TW", UNLESS_TOLD, "除非醫師指示，否則請勿停藥。"),
        ("ar", UNLESS_TOLD, "لا تتوقف عن تناول هذا الدواء ما لم يطلب منك طبيبك ذلك."),
        ("ar", MISSED_UNLESS_NEXT, "إذا نسيت جرعة، تناولها فور تذكرها، إلا إذا كان موعد الجرعة التالية قريبًا."),
        # an "if" whose condition says "not"
        ("ko_KR", UNLESS_TOLD, "의사가 지시하지 않으면 이 약을 끊지 마세요."),
        (
            "ko_KR",
            MISSED_UNLESS_NEXT,
            "다음 복용 시간이 거의 다 된 경우가 아니라면, 잊은 약은 생각나는 즉시 복용하세요.",
        ),
        ("ko_KR", FLUIDS, "수분 섭취를 제한하라는 지시를 받지 않았다면 주입 전에 물을 충분히 마시세요."),
        ("es", UNLESS_TOLD, "No deje de tomar este medicamento si su médico no se lo indica."),
        ("fr", UNLESS_TOLD, "Si votre médecin ne vous le demande pas, n'arrêtez pas ce médicament."),
        ("de", UNLESS_TOLD, "Wenn Ihr Arzt nichts anderes sagt, nehmen Sie das Arzneimittel weiter ein."),
        ("pt", UNLESS_TOLD, "Não pare de tomar este medicamento se o seu médico não lhe disser para o fazer."),
        ("zh_TW", UNLESS_TOLD, "如果醫師沒有指示，請勿停藥。"),
        ("ar", UNLESS_TOLD, "لا تتوقف عن تناول هذا الدواء إذا لم يطلب منك طبيبك ذلك."),
        # ... beside a plain "if" of the translator's own (when better)
        ("es", UNLESS_TOLD, "Si se siente mejor, no deje de tomarlo si su médico no se lo indica."),
        ("de", UNLESS_TOLD, "Wenn es Ihnen besser geht, setzen Sie es nicht ab, wenn Ihr Arzt nichts anderes sagt."),
        # a "without", beside such an "if" too
        ("ko_KR", UNLESS_TOLD, "의사의 지시 없이 이 약의 복용을 중단하지 마세요."),
        ("es", UNLESS_TOLD, "No deje de tomar este medicamento sin que su médico se lo indique."),
        ("de", UNLESS_TOLD, "Setzen Sie das Arzneimittel nicht ohne Rücksprache mit Ihrem Arzt ab."),
        ("pt", UNLESS_TOLD, "Não pare de tomar este medicamento sem indicação do seu médico."),
        ("es", UNLESS_TOLD, "Si se siente mejor, no deje de tomarlo sin que su médico se lo indique."),
        ("de", UNLESS_TOLD, "Wenn Sie sich besser fühlen, setzen Sie es nicht ohne Rücksprache mit Ihrem Arzt ab."),
        ("zh_TW", UNLESS_TOLD, "未經醫師指示，請勿停藥。"),
        ("ar", UNLESS_TOLD, "لا تتوقف عن تناول هذا الدواء دون استشارة طبيبك."),
        # an "only"
        ("ko_KR", UNDER_12, "12세 미만 어린이는 의사가 권한 경우에만 이 약을 복용할 수 있습니다."),
        ("fr", UNLESS_TOLD, "N'arrêtez ce médicament que si votre médecin vous le demande."),
        ("de", UNLESS_TOLD, "Setzen Sie das Arzneimittel nur ab, wenn Ihr Arzt es Ihnen sagt."),
        ("pt", UNLESS_TOLD, "Só pare de tomar este medicamento se o seu médico lhe disser."),
        ("ar", UNLESS_TOLD, "لا تتوقف عن تناول هذا الدواء إلا بأمر من طبيبك."),
        # no condition at all: until the doctor says otherwise; the source's own "if" alone
        ("es", UNLESS_TOLD, "Continúe tomando este medicamento hasta que su médico le indique lo contrario."),
        ("ko_KR", UNLESS_TOLD, "의사가 중단하라고 할 때까지 이 약을 계속 복용하세요."),
        ("es", MISSED_UNLESS_NEXT, "Si olvida una dosis, tómela en cuanto se acuerde."),
    ],
)
def test_unless_said_otherwise_passes(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale, check="negation")
    assert not [finding for finding in findings if finding.severity == "error"], findings


def test_even_if_is_left_to_comparison(catalogs):
    findings = catalogs.findings(
        UNLESS_TOLD, "Aunque su médico se lo indique, no interrumpa el tratamiento.", locale="es"
    )
    assert [finding.check for finding in findings] == ["comparison"]


EXTRA_DOSE = "Take the extra dose only if your pain is severe."
PRESCRIBED = "Use this medicine only if your doctor has prescribed it for you."


@pytest.mark.parametrize(
    "locale, weakened",
    [
        ("ko_KR", "통증이 있을 때 추가 용량을 복용하세요."),
        ("es", "Tome la dosis adicional si tiene dolor."),
        ("fr", "Prenez la dose supplémentaire si vous avez mal."),
        ("de", "Nehmen Sie die zusätzliche Dosis bei Schmerzen ein."),
        ("pt", "Tome a dose extra se tiver dor."),
        ("zh_TW", "疼痛時服用額外劑量。"),
        ("ar", "تناول الجرعة الإضافية إذا شعرت بالألم."),
    ],
)
def test_only_if_said_with_no_only_is_a_warning(catalogs, locale, weakened):
    finding = only(catalogs.findings(EXTRA_DOSE, weakened, locale=locale, check="negation"))
    assert finding.severity == "warning"
    assert finding.message.startswith(
        "the source says 'only if' but the translation says no 'only', 'unless' nor 'not'"
    )


SECOND_DOSE = "Give a second dose only if the fever has not come down after 6 hours."


@pytest.mark.parametrize(
    "locale, source, dropped",
    [
        ("pt", SECOND_DOSE, "Dê uma segunda dose passadas 6 horas, para baixar a febre."),
        ("es", SECOND_DOSE, "Administre una segunda dosis a las 6 horas para bajar la fiebre."),
        ("fr", EXTRA_DOSE, "Prenez la dose supplémentaire pour la douleur."),
        ("de", SECOND_DOSE, "Geben Sie nach 6 Stunden eine zweite Dosis gegen das Fieber."),
        ("ko_KR", SECOND_DOSE, "6시간 후에 해열을 위해 두 번째 용량을 투여하세요."),
        ("zh_TW", EXTRA_DOSE, "請服用額外劑量以緩解疼痛。"),
        ("ar", SECOND_DOSE, "أعطِ جرعة ثانية بعد 6 ساعات لخفض الحرارة."),
    ],
)
def test_only_if_said_with_no_condition_at_all_is_an_error(catalogs, locale, source, dropped):
    finding = only(_only_if_findings(catalogs.findings(source, dropped, locale=locale, check="negation")))
    assert finding.severity == "error"
    assert finding.message.startswith("the source says 'only if' but the translation says no condition at all")


@pytest.mark.parametrize(
    "locale, source, weakened",
    [
        # a condition with no word of "if": still only a warning
        ("pt", SECOND_DOSE, "Persistindo a febre após 6 horas, dê uma segunda dose."),
        ("es", SECOND_DOSE, "De persistir la fiebre a las 6 horas, administre una segunda dosis."),
        ("de", SECOND_DOSE, "Ist das Fieber nach 6 Stunden noch hoch, geben Sie eine zweite Dosis."),
        ("fr", SECOND_DOSE, "Dès que la fièvre remonte après 6 heures, donnez une deuxième dose."),
        ("ko_KR", EXTRA_DOSE, "통증 시 추가 용량을 복용하세요."),
        ("zh_TW", SECOND_DOSE, "一旦6小時後仍發燒，給予第二劑。"),
        ("ar", EXTRA_DOSE, "تناول الجرعة الإضافية عند الشعور بالألم."),
    ],
)
def test_only_if_said_with_a_condition_of_no_if_stays_a_warning(catalogs, locale, source, weakened):
    findings = catalogs.findings(source, weakened, locale=locale, check="negation")
    assert only(_only_if_findings(findings)).severity == "warning"


def _only_if_findings(findings):
    """Those of an "only if" dropped: a "has not come down" said "persists" is [negation]'s warning too."""
    return [finding for finding in findings if finding.message.startswith("the source says 'only if'")]


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", EXTRA_DOSE, "통증이 심한 경우에만 추가 용량을 복용하세요."),
        ("ko_KR", EXTRA_DOSE, "통증이 심할 때에 한하여 추가 용량을 복용하세요."),
        ("es", EXTRA_DOSE, "Tome la dosis adicional solo si el dolor es intenso."),
        ("es", EXTRA_DOSE, "No tome la dosis adicional a menos que el dolor sea intenso."),
        ("fr", EXTRA_DOSE, "Ne prenez la dose supplémentaire que si la douleur est forte."),
        ("de", EXTRA_DOSE, "Nehmen Sie die zusätzliche Dosis nur bei starken Schmerzen ein."),
        ("de", EXTRA_DOSE, "Nehmen Sie die zusätzliche Dosis erst ein, wenn die Schmerzen stark sind."),
        ("pt", EXTRA_DOSE, "Tome a dose extra somente quando a dor for intensa."),
        ("zh_TW", EXTRA_DOSE, "僅在疼痛劇烈時才服用額外劑量。"),
        ("ar", EXTRA_DOSE, "تناول الجرعة الإضافية فقط إذا كان الألم شديدًا."),
        # said as "not if not", and as "not … unless"
        ("es", EXTRA_DOSE, "Si el dolor no es intenso, no tome la dosis adicional."),
        ("fr", EXTRA_DOSE, "Prenez la dose supplémentaire, sauf si la douleur est légère."),
        # "only if" said as "not … unless": a "not" and an "unless"
        ("ar", PRESCRIBED, "لا تستخدم هذا الدواء إلا إذا وصفه لك طبيبك."),
        ("zh_TW", PRESCRIBED, "除非醫師為您開立處方，否則請勿使用本藥。"),
    ],
)
def test_only_if_said_otherwise_passes(catalogs, locale, source, translation):
    assert not catalogs.findings(source, translation, locale=locale, check="negation")


# An "only" that opens the instruction, its "if" a few words on, and an "only if" beside a "not" of the
# source's own (red team 31, w056 and w040): the translation's "not" is the source's, and says no "only".
ONLY_TAKE = "**Only take this medicine if your doctor has prescribed it for you.**"
RESTART = "Do not restart metformin until 48 hours after the scan, and only if your kidney test is normal."


@pytest.mark.parametrize(
    "locale, source, weakened",
    [
        ("es", ONLY_TAKE, "**Tome este medicamento si se lo ha recetado su médico.**"),
        (
            "de",
            "Only use the spray when you have chest pain.",
            "Verwenden Sie das Spray, wenn Sie Schmerzen in der Brust haben.",
        ),
        ("ko_KR", ONLY_TAKE, "**의사가 처방한 경우 이 약을 복용하십시오.**"),
    ],
)
def test_an_only_opening_the_instruction_said_with_no_only_is_a_warning(catalogs, locale, source, weakened):
    finding = only(catalogs.findings(source, weakened, locale=locale, check="negation"))
    assert finding.severity == "warning"
    assert "but the translation says no 'only', 'unless' nor 'not'" in finding.message


@pytest.mark.parametrize(
    "locale, dropped",
    [
        ("es", "No vuelva a tomar metformina hasta que hayan pasado 48 horas desde la exploración."),
        ("fr", "Ne reprenez pas la metformine avant 48 heures après l'examen."),
        ("pt", "Não volte a tomar metformina antes de 48 horas após o exame."),
    ],
)
def test_only_if_dropped_beside_the_sources_own_not_is_an_error(catalogs, locale, dropped):
    finding = only(_only_if_findings(catalogs.findings(RESTART, dropped, locale=locale, check="negation")))
    assert finding.severity == "error"
    assert finding.message.startswith("the source says 'only if' but the translation says no condition at all")


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", ONLY_TAKE, "**Tome este medicamento solo si se lo ha recetado su médico.**"),
        ("fr", ONLY_TAKE, "**Ne prenez ce médicament que s'il vous a été prescrit par votre médecin.**"),
        ("de", ONLY_TAKE, "**Nehmen Sie dieses Arzneimittel nur ein, wenn Ihr Arzt es Ihnen verschrieben hat.**"),
        ("pt", ONLY_TAKE, "**Tome este medicamento apenas se o seu médico o tiver receitado.**"),
        ("ko_KR", ONLY_TAKE, "**의사가 처방한 경우에만 이 약을 복용하십시오.**"),
        ("zh_TW", ONLY_TAKE, "**只有在醫師為您開立處方時才可服用本藥。**"),
        ("ar", ONLY_TAKE, "**لا تتناول هذا الدواء إلا إذا وصفه لك طبيبك.**"),
        (
            "es",
            RESTART,
            "No vuelva a tomar metformina hasta que hayan pasado 48 horas desde la exploración, y solo si su "
            "análisis renal es normal.",
        ),
        (
            "fr",
            RESTART,
            "Ne reprenez pas la metformine avant 48 heures après l'examen, et seulement si votre bilan rénal est normal.",
        ),
        ("ko_KR", RESTART, "검사 후 48시간이 지나고 신장 검사 결과가 정상인 경우에만 메트포르민을 다시 복용하십시오."),
    ],
)
def test_an_only_opening_the_instruction_or_beside_a_not_said_as_the_source_says_passes(
    catalogs, locale, source, translation
):
    assert not catalogs.findings(source, translation, locale=locale, check="negation")


# An "unless" that excepts a case from a positive instruction, said as "only if": the exception became the only case.
UNLESS_NEXT = "Take it as soon as you remember, unless it is almost time for your next dose."


@pytest.mark.parametrize(
    "locale, source, turned, said",
    [
        (
            "pt",
            UNLESS_NEXT,
            "Tome-a assim que se lembrar, apenas se estiver quase na hora da próxima dose.",
            "apenas se",
        ),
        (
            "es",
            UNLESS_NEXT,
            "Tómela en cuanto se acuerde, solo si ya es casi la hora de la siguiente dosis.",
            "solo si",
        ),
        (
            "fr",
            UNLESS_NEXT,
            "Prenez-la dès que vous y pensez, seulement s'il est presque l'heure de la dose suivante.",
            "seulement s'",
        ),
        (
            "de",
            UNLESS_NEXT,
            "Nehmen Sie sie ein, sobald Sie daran denken, nur wenn es fast Zeit für die nächste Dosis ist.",
            "nur wenn",
        ),
        ("zh_TW", UNLESS_NEXT, "只有在快到下次服藥時間時，才在想起時立即服用。", "只有 … 才"),
        ("ko_KR", UNLESS_NEXT, "다음 복용 시간이 거의 된 경우에만 생각나는 즉시 복용하세요.", "경우에만"),
        ("ar", UNLESS_NEXT, "تناولها فور تذكرها، فقط إذا كان موعد الجرعة التالية قد اقترب.", "فقط إذا"),
        (
            "pt",
            MISSED_UNLESS_NEXT,
            "Se se esquecer de uma dose, tome-a assim que se lembrar, só se estiver quase na hora da próxima.",
            "só se",
        ),
    ],
)
def test_unless_of_a_positive_instruction_said_as_only_if_is_an_error(catalogs, locale, source, turned, said):
    finding = only(catalogs.findings(source, turned, locale=locale, check="negation"))
    assert finding.severity == "error"
    assert f"but the translation says {said!r} (only if)" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", UNLESS_NEXT, "Tómela en cuanto se acuerde, salvo que ya sea casi la hora de la siguiente dosis."),
        ("fr", UNLESS_NEXT, "Prenez-la dès que vous y pensez, sauf s'il est presque l'heure de la dose suivante."),
        ("pt", UNLESS_NEXT, "Tome-a assim que se lembrar, a menos que esteja quase na hora da próxima dose."),
        ("zh_TW", UNLESS_NEXT, "想起時立即服用，除非已接近下次服藥時間。"),
        ("ar", UNLESS_NEXT, "تناولها فور تذكرها، ما لم يكن موعد الجرعة التالية قد اقترب."),
        # "only if not": the same exception
        ("es", UNLESS_NEXT, "Tómela en cuanto se acuerde, solo si no es casi la hora de la siguiente dosis."),
        ("de", UNLESS_NEXT, "Nehmen Sie sie nur ein, wenn es nicht fast Zeit für die nächste Dosis ist."),
        ("ko_KR", UNLESS_NEXT, "다음 복용 시간이 가깝지 않은 경우에만 생각나는 즉시 복용하세요."),
        # "do not … unless" said as "only if" is right
        (
            "es",
            "Do not take this medicine unless your doctor has told you to.",
            "Tome este medicamento solo si su médico se lo ha indicado.",
        ),
        ("zh_TW", "Do not take this medicine unless your doctor has told you to.", "只有在醫師指示時才可服用本藥。"),
        # "keep taking it unless" said as "stop only if"
        (
            "es",
            "Keep taking it unless your doctor tells you to stop.",
            "Deje de tomarlo solo si su médico se lo indica.",
        ),
        # an "only" of the dose, not of the condition
        (
            "es",
            "Take 2 tablets a day unless your doctor tells you otherwise.",
            "Tome solo 2 comprimidos al día si su médico no le indica lo contrario.",
        ),
    ],
)
def test_unless_of_a_positive_instruction_said_otherwise_passes(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale, check="negation")
    assert not [finding for finding in findings if finding.severity == "error"], findings


# "Take it …, unless X" said as "…; but if X, do not take it": the "not" after the "if" says the exception.
@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("zh_TW", UNLESS_NEXT, "想起時請立即服用；但若已接近下次服藥時間，就不要服用。"),
        ("zh_TW", MISSED_UNLESS_NEXT, "如果忘記服藥，請在想起時立即服用；但若已接近下次服藥時間，就不要服用。"),
        ("ko_KR", UNLESS_NEXT, "생각나는 즉시 복용하세요, 하지만 다음 복용 시간이 거의 되었다면 복용하지 마세요."),
        (
            "ko_KR",
            MISSED_UNLESS_NEXT,
            "복용을 잊은 경우 생각나는 즉시 복용하세요. 하지만 다음 복용 시간이 거의 되었다면 복용하지 마세요.",
        ),
        (
            "es",
            UNLESS_NEXT,
            "Tómela en cuanto se acuerde, pero si ya es casi la hora de la siguiente dosis, no la tome.",
        ),
        (
            "es",
            MISSED_UNLESS_NEXT,
            "Si olvida una dosis, tómela en cuanto se acuerde, pero si ya es casi la hora de la siguiente, no la tome.",
        ),
        (
            "fr",
            UNLESS_NEXT,
            "Prenez-la dès que vous y pensez, mais s'il est presque l'heure de la dose suivante, ne la prenez pas.",
        ),
        (
            "de",
            UNLESS_NEXT,
            "Nehmen Sie sie ein, sobald Sie daran denken; wenn es fast Zeit für die nächste Dosis ist, nehmen Sie sie nicht.",
        ),
        (
            "de",
            MISSED_UNLESS_NEXT,
            "Wenn Sie eine Dosis vergessen haben, nehmen Sie sie ein, sobald Sie daran denken, aber wenn es fast Zeit für "
            "die nächste ist, nehmen Sie sie nicht.",
        ),
        ("pt", UNLESS_NEXT, "Tome-a assim que se lembrar, mas se estiver quase na hora da próxima dose, não a tome."),
        ("ar", UNLESS_NEXT, "تناولها فور تذكرها، لكن إذا كان موعد الجرعة التالية قد اقترب، فلا تتناولها."),
        ("es", FLUIDS, "Beba mucho líquido antes de la perfusión, pero si le han dicho que lo limite, no lo haga."),
        # "but if X, skip it": a word of skipping is the "not" of the dose
        (
            "ko_KR",
            MISSED_UNLESS_NEXT,
            "복용을 잊은 경우 생각나는 즉시 복용하십시오. 단, 다음 복용 시간이 거의 되었다면 잊은 분량은 건너뛰십시오.",
        ),
        ("ko_KR", UNLESS_NEXT, "생각나는 즉시 복용하세요. 다만 다음 복용 시간이 가까우면 잊은 분량은 거르세요."),
    ],
)
def test_unless_said_as_but_if_not_passes(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale, check="negation")
    assert not [finding for finding in findings if finding.severity == "error"], findings


@pytest.mark.parametrize(
    "locale, source, turned",
    [
        # the same "if" with no "not" after it: take it in the very case the source excepts
        ("pt", UNLESS_NEXT, "Tome-a assim que se lembrar, se estiver quase na hora da próxima dose."),
        ("zh_TW", UNLESS_NEXT, "想起時請立即服用，如果已接近下次服藥時間。"),
        ("ar", UNLESS_NEXT, "تناولها فور تذكرها إذا كان موعد الجرعة التالية قد اقترب."),
        (
            "de",
            UNLESS_NEXT,
            "Nehmen Sie sie ein, sobald Sie daran denken, wenn es fast Zeit für die nächste Dosis ist.",
        ),
        ("fr", UNLESS_NEXT, "Prenez-la dès que vous y pensez, s'il est presque l'heure de la dose suivante."),
        ("ko_KR", MISSED_UNLESS_NEXT, "복용을 잊은 경우, 다음 복용 시간이 거의 되었으면 생각나는 즉시 복용하세요."),
        (
            "ko_KR",
            MISSED_UNLESS_NEXT,
            "복용을 잊은 경우 생각나는 즉시 복용하십시오. 단, 다음 복용 시간이 거의 되었다면 바로 복용하십시오.",
        ),
        # a "not" after the "if" where the source's own instruction says "not" is the source's
        ("es", UNLESS_TOLD, "Si su médico se lo indica, no deje de tomar este medicamento."),
    ],
)
def test_unless_said_as_if_with_no_not_after_it_stays_an_error(catalogs, locale, source, turned):
    findings = catalogs.findings(source, turned, locale=locale, check="negation")
    assert any(finding.severity == "error" and "'unless'" in finding.message for finding in findings), findings


ALWAYS_CALL = "Always call 112 after using the auto-injector."


@pytest.mark.parametrize(
    "locale, translation, added",
    [
        # red team 32, w132: "always" become "if the symptoms persist"
        (
            "de",
            "Rufen Sie nach der Anwendung des Autoinjektors den Notruf 112 an, wenn die Beschwerden anhalten.",
            "wenn",
        ),
        ("fr", "Appelez le 112 après avoir utilisé l'auto-injecteur si les symptômes persistent.", "si"),
        ("es", "Llame al 112 después de usar el autoinyector si los síntomas continúan.", "si"),
        ("pt", "Ligue para o 112 depois de usar o autoinjetor, caso os sintomas persistam.", "caso"),
        ("zh_TW", "使用自動注射器後，如果症狀持續，請撥打112。", "如果"),
        ("ko_KR", "자동주사기를 사용한 후 증상이 계속되면 112에 전화하세요.", "면"),
        ("ar", "اتصل بالرقم 112 بعد استخدام الحاقن الآلي إذا استمرت الأعراض.", "إذا"),
    ],
)
def test_a_condition_added_where_the_source_says_always_is_an_error(catalogs, locale, translation, added):
    finding = only(
        f
        for f in catalogs.findings(ALWAYS_CALL, translation, locale=locale, check="negation")
        if "whatever happens" in f.message
    )
    assert finding.severity == "error"
    assert finding.message.startswith(
        f"the source says 'always', whatever happens, but the translation says {added!r} (if) and no word of always"
    )


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the "always" kept beside a condition, or said with none
        ("de", ALWAYS_CALL, "Rufen Sie nach der Anwendung des Autoinjektors immer den Notruf 112 an."),
        ("ko_KR", ALWAYS_CALL, "자동주사기를 사용했다면 반드시 112에 전화하세요."),
        ("es", ALWAYS_CALL, "Llame siempre al 112 si ha usado el autoinyector."),
        ("zh_TW", ALWAYS_CALL, "使用自動注射器後，務必撥打112。"),
        # "even if" said as "even if" (auch wenn, même si, حتى لو: their "if" no condition)
        (
            "de",
            "Take the antibiotic until the pack is finished, even if you feel better.",
            "Nehmen Sie das Antibiotikum bis zum Ende der Packung ein, auch wenn es Ihnen schon besser geht.",
        ),
        (
            "fr",
            "Finish the whole course, even if you feel better.",
            "Suivez le traitement jusqu'au bout, même si vous vous sentez mieux.",
        ),
        (
            "ar",
            "Call 997 for an ambulance, even if the symptoms improve.",
            "اتصل بالرقم 997 لطلب الإسعاف، حتى لو تحسنت الأعراض.",
        ),
        # the source's own condition
        ("pt", "Always tell your doctor if you are pregnant.", "Informe o seu médico se estiver grávida."),
    ],
)
def test_always_kept_or_a_condition_of_the_source_passes(catalogs, locale, source, translation):
    assert [
        f
        for f in catalogs.findings(source, translation, locale=locale, check="negation")
        if "whatever happens" in f.message
    ] == []


@pytest.mark.parametrize(
    "locale, source, translation, added",
    [
        # red team 32, w018 and w020: "even if" said "if not"
        (
            "ko_KR",
            "Always call an ambulance after using adrenaline, even if you feel better.",
            "아드레날린을 사용한 뒤에도 증상이 좋아지지 않으면 구급차를 부르세요.",
            "면",
        ),
        (
            "ko_KR",
            "Men taking this medicine should use a condom, even if their partner uses contraception.",
            "이 약을 복용하는 남성은 상대방이 피임을 하고 있지 않으면 콘돔을 사용해야 합니다.",
            "면",
        ),
        (
            "de",
            "Call 112 even if the symptoms go away.",
            "Rufen Sie den Notruf 112 an, wenn die Beschwerden nicht verschwinden.",
            "wenn",
        ),
        (
            "es",
            "Keep using the cream even if the rash gets better.",
            "Siga usando la crema si la erupción no mejora.",
            "si",
        ),
    ],
)
def test_even_if_said_as_a_plain_if_is_an_error(catalogs, locale, source, translation, added):
    finding = only(
        f
        for f in catalogs.findings(source, translation, locale=locale, check="negation")
        if "whatever happens" in f.message
    )
    assert finding.severity == "error"
    assert f"the translation says {added!r} (if)" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        (
            "ko_KR",
            "Men taking this medicine should use a condom, even if their partner uses contraception.",
            "이 약을 복용하는 남성은 상대방이 피임을 하고 있더라도 콘돔을 사용해야 합니다.",
        ),
        ("zh_TW", "Call 119 even if the symptoms go away.", "即使症狀消失，也請撥打119。"),
        (
            "es",
            "Even if you feel well, do not stop the treatment.",
            "No interrumpa el tratamiento aunque se encuentre bien.",
        ),
    ],
)
def test_even_if_said_as_even_if_passes(catalogs, locale, source, translation):
    assert [
        f
        for f in catalogs.findings(source, translation, locale=locale, check="negation")
        if "whatever happens" in f.message
    ] == []
