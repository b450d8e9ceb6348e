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
        ("ko_KR", CALL, "발진이나 얼굴 부기가 있으면 911에 전화하세요.", 3),
        ("es", CALL, "Llame al 911 si tiene erupción o hinchazón de la cara.", 3),
        ("zh_TW", CALL, "如果出現皮疹、臉部腫脹，請撥打911。", 3),
    ],
)
def test_an_item_left_out_is_a_warning(catalogs, locale, source, translation, items):
    finding = only(catalogs.findings(source, translation, locale=locale), "list-items")
    assert finding.severity == "warning"
    assert f"the source lists {items} items" in finding.message
    assert "check that none was left out" in finding.message


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


# British style, one comma before the "or" or "and"
HEART = "Tell your doctor if you have asthma, heart problems or high blood pressure."
PLANNING = "Do not take this medicine if you are pregnant, breastfeeding or planning to become pregnant."
JAUNDICE = "See a doctor if you notice dark urine, pale stools and yellow skin."


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("fr", HEART, "Prévenez votre médecin si vous avez de l'asthme ou de l'hypertension."),
        ("es", HEART, "Informe a su médico si tiene asma o presión arterial alta."),
        ("pt", HEART, "Informe o seu médico se tiver asma ou hipertensão."),
        # a compound said with a hyphen is two items, not three
        ("de", HEART, "Informieren Sie Ihren Arzt, wenn Sie an Asthma- oder Herzproblemen leiden."),
        (
            "de",
            "Tell your doctor if you have liver disease, kidney disease or gout.",
            "Informieren Sie Ihren Arzt, wenn Sie eine Leber- oder Nierenerkrankung haben.",
        ),
        (
            "pt",
            "Tell your doctor if you have glaucoma, epilepsy or an enlarged prostate.",
            "Informe o seu médico se tiver epilepsia.",
        ),
        ("ko_KR", PLANNING, "임신 중이거나 모유 수유 중이라면 이 약을 복용하지 마세요."),
        ("ar", PLANNING, "لا تتناولي هذا الدواء إذا كنتِ حاملاً أو تخططين للحمل."),
        ("zh_TW", JAUNDICE, "如果發現尿液顏色變深或皮膚變黃，請就醫。"),
    ],
)
def test_an_item_left_out_of_a_series_with_one_comma_is_a_warning(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "list-items")
    assert "the source lists 3 items" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        (
            "fr",
            HEART,
            "Prévenez votre médecin si vous avez de l'asthme, des problèmes cardiaques ou de l'hypertension.",
        ),
        ("es", HEART, "Informe a su médico si padece asma, problemas de corazón o hipertensión."),
        ("pt", HEART, "Informe o seu médico se tiver asma, problemas cardíacos ou pressão alta."),
        ("de", HEART, "Informieren Sie Ihren Arzt, wenn Sie an Asthma, Herz- oder Bluthochdruckproblemen leiden."),
        ("ko_KR", HEART, "천식, 심장 질환 또는 고혈압이 있으면 의사에게 알리세요."),
        ("ko_KR", HEART, "천식이나 심장 질환, 고혈압이 있으면 의사에게 알리세요."),
        ("zh_TW", HEART, "如果您有氣喘、心臟病或高血壓，請告訴醫師。"),
        ("ar", HEART, "أخبر طبيبك إذا كنت تعاني من الربو أو مشاكل القلب أو ارتفاع ضغط الدم."),
        ("ko_KR", PLANNING, "임신 중이거나, 수유 중이거나, 임신을 계획하고 있다면 이 약을 복용하지 마세요."),
        (
            "es",
            PLANNING,
            "No tome este medicamento si está embarazada, en período de lactancia o planea quedarse embarazada.",
        ),
        # a list's commas count though the condition's comma is left out
        (
            "ko_KR",
            "If you are allergic to penicillin, cephalosporins or latex, do not use this medicine.",
            "페니실린, 세팔로스포린 또는 라텍스에 알레르기가 있으면 이 약을 사용하지 마세요.",
        ),
        # 물론 ... 도, "as well as": both said
        (
            "ko_KR",
            "Do not have live vaccines during treatment or for 6 months afterwards.",
            "치료 중에는 물론 치료 후 6개월 동안에도 생백신을 접종하지 마세요.",
        ),
        # a clause and two orders, no list
        ("ko_KR", "If you feel dizzy, sit down and rest.", "어지러우면 앉아서 쉬세요."),
        ("zh_TW", "If you feel dizzy, lie down and call your doctor.", "如果感到頭暈，請躺下並聯絡醫師。"),
        (
            "es",
            "If you miss a dose, take it as soon as you remember.",
            "Si olvida una dosis, tómela en cuanto se acuerde.",
        ),
        # an aside, a name, and two adjectives of one noun: no list
        (
            "ko_KR",
            "2 nerve diseases that cause weak muscles, called CIDP and MMN.",
            "근육을 약하게 하는 2가지 신경 질환(CIDP, MMN).",
        ),
        (
            "ko_KR",
            "In the United States, the Food and Drug Administration approves each medicine.",
            "미국에서는 식품의약국(FDA)이 각 약을 승인합니다.",
        ),
        (
            "ar",
            "A rare disease that causes firm, yellowish patches or lumps on the skin.",
            "مرض نادر يسبب بقعًا صفراء صلبة أو كتلًا على الجلد.",
        ),
    ],
)
def test_a_series_with_one_comma_said_whole_or_no_list_passes(catalogs, locale, source, translation):
    assert not catalogs.findings(source, translation, locale=locale, check="list-items")
