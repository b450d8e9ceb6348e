"""[list-items]: an item the source lists is not dropped from the translation."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

DIABETES = "Tell your doctor if you have diabetes or kidney disease."
PREGNANT = "If you are pregnant or breastfeeding, ask your doctor before using this medicine."
CALL = "Call 911 if you have a rash, swelling of the face, or difficulty breathing."
# Clauses and an aside between commas, no list (the shipped English)
WORST = "In the worst cases, organs can stop working, and TEN can lead to death."
REACTION = "A severe reaction, usually to a medicine, that causes blisters and peeling skin."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "items"),
    [
        ("es", DIABETES, "Informe a su médico si tiene diabetes.", 2),
        ("fr", DIABETES, "Prévenez votre médecin si vous êtes diabétique.", 2),
        ("pt", DIABETES, "Informe o seu médico se tiver diabetes.", 2),
        ("de", DIABETES, "Informieren Sie Ihren Arzt, wenn Sie Diabetes haben.", 2),
        ("ko_KR", DIABETES, "당뇨병이 있으면 의사에게 알리세요.", 2),
        ("zh_TW", PREGNANT, "懷孕期間，使用本藥前請先詢問醫師。", 2),
        ("ar", PREGNANT, "إذا كنتِ مرضعة، فاستشيري طبيبك قبل استخدام هذا الدواء.", 2),
    ],
)
def test_an_item_left_out_is_a_warning(catalogs, locale, source, translation, items):
    finding = only(catalogs.findings(source, translation, locale=locale), "list-items")
    assert finding.severity == "warning"
    assert f"the source lists {items} items" in finding.message
    assert "check that none was left out" in finding.message


# A sign left out of a sentence that says to get help now (call 911, go to hospital, right away): a
# patient with that sign waits.
@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", CALL, "발진이나 얼굴 부기가 있으면 911에 전화하세요."),
        ("es", CALL, "Llame al 911 si tiene erupción o hinchazón de la cara."),
        ("zh_TW", CALL, "如果出現皮疹、臉部腫脹，請撥打911。"),
        (
            "ar",
            "Tell your doctor straight away if you notice dark urine, pale stools or yellowing of the skin.",
            "أخبر طبيبك فوراً إذا لاحظت أن لون بولك أصبح داكناً، أو أن جلدك أصبح مصفراً.",
        ),
        (
            "pt",
            "Call 911 if you have trouble breathing, chest pain or a fast heartbeat.",
            "Ligue para o 911 se tiver dificuldade em respirar ou dor no peito.",
        ),
    ],
)
def test_an_emergency_sign_left_out_is_an_error(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "list-items")
    assert finding.severity == "error"
    assert "signs to get help now for" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", CALL, "발진, 얼굴 부기 또는 호흡 곤란이 있으면 911에 전화하세요."),
        ("es", CALL, "Llame al 911 si tiene erupción, hinchazón de la cara o dificultad para respirar."),
        ("zh_TW", CALL, "如果出現皮疹、臉部腫脹或呼吸困難，請撥打911。"),
        ("fr", CALL, "Appelez le 911 en cas d'éruption cutanée, de gonflement du visage ou de difficultés à respirer."),
        ("ar", CALL, "اتصل بالرقم 911 إذا ظهر لديك طفح جلدي أو تورم في الوجه أو صعوبة في التنفس."),
    ],
)
def test_every_emergency_sign_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="list-items") == []


SWELLING = "Go to hospital if you have swelling of the face, lips or tongue, or trouble breathing."


# A list inside a list: "face, lips or tongue" is three items of the series' first, four in all.
@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "얼굴이나 입술이 붓거나 숨쉬기가 힘들면 병원에 가십시오."),
        ("es", "Acuda al hospital si tiene hinchazón de la cara o los labios, o dificultad para respirar."),
        ("de", "Gehen Sie ins Krankenhaus, wenn Gesicht oder Lippen anschwellen oder Sie schwer atmen."),
        ("zh_TW", "如果臉部或嘴唇腫脹，或呼吸困難，請前往醫院。"),
        ("ar", "اذهب إلى المستشفى إذا حدث تورم في الوجه أو الشفتين أو صعوبة في التنفس."),
    ],
)
def test_an_item_left_out_of_a_list_inside_a_list_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(SWELLING, translation, locale=locale), "list-items")
    assert finding.severity == "error"  # "Go to hospital": its items are signs of an emergency
    assert "the source lists 4 items" in finding.message


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "얼굴, 입술 또는 혀가 붓거나 숨쉬기가 힘들면 병원에 가십시오."),
        ("es", "Acuda al hospital si tiene hinchazón de la cara, los labios o la lengua, o dificultad para respirar."),
        (
            "fr",
            "Allez à l'hôpital si votre visage, vos lèvres ou votre langue gonflent, ou si vous avez du mal à respirer.",
        ),
        ("de", "Gehen Sie ins Krankenhaus, wenn Gesicht, Lippen oder Zunge anschwellen oder Sie schwer atmen."),
        ("zh_TW", "如果臉部、嘴唇或舌頭腫脹，或呼吸困難，請前往醫院。"),
        ("ar", "اذهب إلى المستشفى إذا حدث تورم في الوجه أو الشفتين أو اللسان، أو صعوبة في التنفس."),
        ("pt", "Vá ao hospital se tiver inchaço da face, dos lábios ou da língua, ou dificuldade em respirar."),
    ],
)
def test_every_item_of_a_list_inside_a_list_said_passes(catalogs, locale, translation):
    assert catalogs.findings(SWELLING, translation, locale=locale, check="list-items") == []


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", DIABETES, "Informe a su médico si tiene diabetes o una enfermedad renal."),
        ("fr", DIABETES, "Prévenez votre médecin si vous êtes diabétique ou avez une maladie rénale."),
        ("pt", DIABETES, "Informe o seu médico se tiver diabetes ou doença renal."),
        ("de", DIABETES, "Informieren Sie Ihren Arzt, wenn Sie Diabetes oder eine Nierenerkrankung haben."),
        ("ko_KR", DIABETES, "당뇨병이나 신장 질환이 있으면 의사에게 알리세요."),
        ("ko_KR", DIABETES, "당뇨병 또는 콩팥병이 있으면 의사에게 말씀하세요."),
        ("ko_KR", DIABETES, "당뇨병, 신장 질환이 있는 경우 의사에게 알리십시오."),
        ("zh_TW", DIABETES, "如果您有糖尿病或腎臟病，請告訴醫師。"),
        ("ar", DIABETES, "أخبر طبيبك إذا كنت مصابًا بالسكري أو بمرض في الكلى."),
        ("ar", DIABETES, "أخبر طبيبك إذا كنت مصابًا بالسكري ومرض الكلى."),
        ("zh_TW", PREGNANT, "懷孕或哺乳期間，使用本藥前請先詢問醫師。"),
        ("zh_TW", PREGNANT, "孕婦及哺乳婦女使用本藥前請先詢問醫師。"),
        ("ko_KR", PREGNANT, "임신 중이거나 수유 중이라면 이 약을 사용하기 전에 의사와 상의하세요."),
        ("ar", PREGNANT, "إذا كنتِ حاملاً أو مرضعة، فاستشيري طبيبك قبل استخدام هذا الدواء."),
        ("es", PREGNANT, "Si está embarazada o en período de lactancia, consulte a su médico antes de usarlo."),
        # two sentences for one, the items kept
        ("fr", PREGNANT, "Vous êtes enceinte ? Vous allaitez ? Demandez l'avis de votre médecin avant de l'utiliser."),
        ("ko_KR", CALL, "발진, 얼굴 부기 또는 호흡 곤란이 있으면 911에 전화하세요."),
        ("ko_KR", CALL, "발진이 생기거나, 얼굴이 붓거나, 숨쉬기 힘들면 911에 전화하세요."),
        ("es", CALL, "Llame al 911 si tiene erupción, hinchazón de la cara o dificultad para respirar."),
        ("de", CALL, "Rufen Sie 911 an bei Ausschlag, Schwellung des Gesichts oder Atemnot."),
        ("zh_TW", CALL, "如果出現皮疹、臉部腫脹或呼吸困難，請撥打911。"),
        ("pt", CALL, "Ligue para o 911 se tiver erupção na pele, inchaço do rosto ou dificuldade em respirar."),
        # what only looks like a list
        ("ko_KR", "Take one or two tablets.", "1~2정을 복용하세요."),
        (
            "ko_KR",
            "If your temperature is 38 °C or higher, call your doctor.",
            "체온이 38 °C 이상이면 의사에게 연락하세요.",
        ),
        (
            "ko_KR",
            "You may feel tired for a day or two after the infusion.",
            "주입 후 하루이틀 정도 피곤할 수 있습니다.",
        ),
        ("es", "Take it with or without food.", "Tómelo con independencia de las comidas."),
        ("ko_KR", "Is it safe to drive or not?", "운전해도 안전한가요?"),
        ("ko_KR", "Store it between 2 and 8 °C.", "2~8 °C에서 보관하세요."),
        ("ko_KR", "The immune system attacks the skin and causes blisters.", "면역계가 피부를 공격해 물집이 생깁니다."),
        ("ko_KR", WORST, "가장 심한 경우 장기가 제 기능을 못해 사망에 이를 수 있습니다."),
        ("ko_KR", REACTION, "주로 약 때문에 생기는 심한 반응으로, 물집이 생기고 피부가 벗겨집니다."),
    ],
)
def test_every_item_said_or_no_list_passes(catalogs, locale, source, translation):
    assert not catalogs.findings(source, translation, locale=locale, check="list-items")


FEVER = "Call your doctor if you have a high fever, a stiff neck or confusion."
HEART = "Call 911 if you have trouble breathing, chest pain or a fast heartbeat."
FEVER_FIRST = "If you have a high fever, a stiff neck or confusion, call 911."


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", FEVER, "Llame a su médico si tiene fiebre alta o rigidez de cuello."),
        ("fr", FEVER, "Appelez votre médecin si vous avez une forte fièvre ou une raideur de la nuque."),
        ("ko_KR", HEART, "호흡 곤란이나 흉통이 있으면 911에 전화하세요."),
        ("pt", HEART, "Ligue para o 911 se tiver dificuldade em respirar ou dor no peito."),
        ("es", FEVER_FIRST, "Si tiene fiebre alta o rigidez de cuello, llame al 911."),
    ],
)
def test_an_item_left_out_of_a_series_with_one_comma_is_a_warning(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "list-items")
    assert "the source lists 3 items" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", FEVER, "Llame a su médico si tiene fiebre alta, rigidez de cuello o confusión."),
        ("ko_KR", HEART, "숨쉬기 힘들거나 가슴 통증이 있거나 심장이 빨리 뛰면 911에 전화하세요."),
        ("zh_TW", HEART, "如果出現呼吸困難、胸痛或心跳加快，請撥打911。"),
        ("ar", HEART, "اتصل بالرقم 911 إذا كنت تعاني من صعوبة في التنفس أو ألم في الصدر أو تسارع في ضربات القلب."),
        # the list's own comma, with the condition's comma left out of the translation
        (
            "ko_KR",
            "If you are allergic to penicillin, cephalosporins or latex, do not use this medicine.",
            "페니실린, 세팔로스포린 또는 라텍스에 알레르기가 있으면 이 약을 사용하지 마세요.",
        ),
        # not a list: a comma after a time, a sentence's opening phrase, or before an order
        ("ko_KR", "Take one tablet twice a day, morning and evening.", "아침저녁으로 한 정씩 복용하십시오."),
        ("zh_TW", "Take one tablet twice a day, morning and evening.", "每天兩次，早晚各服一錠。"),
        ("ko_KR", "Take it once a day, morning or evening.", "아침이나 저녁에 하루 한 번 복용하세요."),
        (
            "ko_KR",
            "For more information, visit the SJS Foundation or call (877) 772-5757.",
            "자세한 내용은 SJS 재단 웹사이트를 방문하거나 (877) 772-5757로 전화하세요.",
        ),
        (
            "de",
            "If you feel dizzy, sit down or lie down.",
            "Wenn Ihnen schwindlig ist, setzen oder legen Sie sich hin.",
        ),
        ("es", "Lumps may be firm, yellowish patches or bumps.", "Pueden ser placas o bultos firmes y amarillentos."),
    ],
)
def test_a_series_with_one_comma_kept_or_no_list_passes(catalogs, locale, source, translation):
    assert not catalogs.findings(source, translation, locale=locale, check="list-items")


URINE = (
    "Stop taking the medicine and see a doctor if you notice dark urine, pale stools or yellowing of the skin or eyes."
)


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the "and" of the two orders and the "or" of "skin or eyes" are not the list's
        (
            "es",
            URINE,
            "Deje de tomar el medicamento y consulte a un médico si observa orina oscura o coloración amarilla"
            " de la piel o los ojos.",
        ),
        (
            "fr",
            URINE,
            "Arrêtez le médicament et consultez un médecin si vos urines sont foncées ou si votre peau ou vos"
            " yeux jaunissent.",
        ),
        (
            "pt",
            URINE,
            "Pare de tomar o medicamento e consulte um médico se notar urina escura ou amarelecimento da pele ou"
            " dos olhos.",
        ),
        # one boundary written twice, a comma and "or": two items, said as two clauses
        (
            "ar",
            "Tell your doctor straight away if you notice dark urine, pale stools or yellowing of the skin.",
            "أخبر طبيبك فوراً إذا لاحظت أن لون بولك أصبح داكناً، أو أن جلدك أصبح مصفراً.",
        ),
    ],
)
def test_an_item_left_out_beside_other_joins_is_a_warning(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "list-items")
    assert "the source lists 3 items" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        (
            "es",
            URINE,
            "Deje de tomar el medicamento y consulte a un médico si observa orina oscura, heces pálidas o"
            " coloración amarilla de la piel o los ojos.",
        ),
        (
            "de",
            URINE,
            "Beenden Sie die Einnahme und suchen Sie einen Arzt auf, wenn Sie dunklen Urin, hellen Stuhl oder"
            " eine Gelbfärbung von Haut oder Augen bemerken.",
        ),
        (
            "pt",
            URINE,
            "Pare o medicamento. Consulte um médico se notar urina escura, fezes claras ou pele ou olhos amarelados.",
        ),
        (
            "ko_KR",
            URINE,
            "소변 색이 진하거나, 대변 색이 옅거나, 피부나 눈이 노래지면 복용을 중단하고 의사와 상의하세요.",
        ),
        ("zh_TW", URINE, "如果發現尿液顏色變深、糞便顏色變淡或皮膚或眼睛發黃，請停藥並就醫。"),
        (
            "ar",
            "Tell your doctor straight away if you notice dark urine, pale stools or yellowing of the skin.",
            "أخبر طبيبك فوراً إذا لاحظت أن لون بولك أصبح داكناً، أو أن برازك أصبح فاتحاً، أو أن جلدك أصبح مصفراً.",
        ),
        # a condition said again for each item: its commas are the list's
        (
            "fr",
            "Stop using the cream and see your doctor if you get blisters, peeling skin or a fever.",
            "Arrêtez d'utiliser la crème et consultez votre médecin si vous avez des cloques, si votre peau pèle"
            " ou si vous avez de la fièvre.",
        ),
        # an "or" after a comma outside the list, said with the comma alone (the shipped Korean)
        (
            "ko_KR",
            "They are also more likely in people who have heart disease, kidney disease, or diabetes, who take"
            " estrogen, or who do not drink enough fluids.",
            "심장병, 신장병 또는 당뇨병이 있는 사람, 에스트로겐이 든 약을 쓰는 사람, 물을 충분히 마시지 않는"
            " 사람에게도 더 잘 생깁니다.",
        ),
        # what only looks like items, outside the list
        (
            "ko_KR",
            "Take one or two tablets if you have a headache, a toothache or a fever.",
            "두통, 치통 또는 열이 있으면 1~2정을 복용하세요.",
        ),
    ],
)
def test_every_item_kept_beside_other_joins_passes(catalogs, locale, source, translation):
    assert not catalogs.findings(source, translation, locale=locale, check="list-items")


SORE_THROAT = "Tell your doctor if you have a fever and a sore throat."


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ar", "أخبر طبيبك إذا أصبت بالحمى."),
        ("es", "Avise a su médico si tiene fiebre."),
        ("fr", "Prévenez votre médecin si vous avez mal à la gorge."),
        ("de", "Informieren Sie Ihren Arzt, wenn Sie Fieber haben."),
        ("ko_KR", "열이 나면 의사에게 알리세요."),
        ("pt", "Informe o seu médico se tiver dor de garganta."),
    ],
)
def test_an_item_left_out_of_a_condition_pair_is_a_warning(catalogs, locale, translation):
    finding = only(catalogs.findings(SORE_THROAT, translation, locale=locale), "list-items")
    assert finding.severity == "warning"
    assert "the source lists 2 items ('a fever and a sore throat')" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ar", SORE_THROAT, "أخبر طبيبك إذا أصبت بالحمى والتهاب الحلق."),
        ("es", SORE_THROAT, "Avise a su médico si tiene fiebre y dolor de garganta."),
        ("fr", SORE_THROAT, "Prévenez votre médecin si vous avez de la fièvre et mal à la gorge."),
        ("de", SORE_THROAT, "Informieren Sie Ihren Arzt, wenn Sie Fieber und Halsschmerzen haben."),
        ("pt", SORE_THROAT, "Informe o seu médico se tiver febre e dor de garganta."),
        ("ko_KR", SORE_THROAT, "열이 나고 목이 아프면 의사에게 알리세요."),
        ("ko_KR", SORE_THROAT, "열과 인후통이 있으면 의사에게 알리세요."),
        ("zh_TW", SORE_THROAT, "如果發燒並且喉嚨痛，請告訴醫師。"),
        ("zh_TW", SORE_THROAT, "如果出現發燒、喉嚨痛，請告訴醫師。"),
        # Chinese says two symptoms side by side with no join: its pairs are not counted
        ("zh_TW", "If you have a fever and a cough, call your doctor.", "如有發燒咳嗽，請聯絡醫師。"),
        # "and" outside a condition joins clauses: not read as items
        ("ko_KR", "Your body attacks the skin and causes blisters.", "몸이 피부를 공격해 물집이 생깁니다."),
        ("es", "If you have one and a half tablets left, take them.", "Si le queda una tableta y media, tómela."),
    ],
)
def test_a_condition_pair_kept_or_no_pair_passes(catalogs, locale, source, translation):
    assert not catalogs.findings(source, translation, locale=locale, check="list-items")
