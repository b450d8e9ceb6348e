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
