"""[numbers] reads the source's ordinals in words ("the second dose") as it reads "the 2nd dose"."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

SECOND_DOSE = "You will get the second dose 4 weeks later."
THIRD_DAY = "The rash is worst on the third day."


@pytest.mark.parametrize(
    "locale, source, translation, missing",
    [
        ("ko_KR", SECOND_DOSE, "4주 후에 세 번째 투여를 받습니다.", "'second' (2)"),
        ("ko_KR", SECOND_DOSE, "4주 후에 셋째 투여를 받습니다.", "'second' (2)"),
        ("ko_KR", THIRD_DAY, "발진은 넷째 날에 가장 심합니다.", "'third' (3)"),
        ("zh_TW", SECOND_DOSE, "4週後您會接受第三劑。", "'second' (2)"),
        ("zh_TW", THIRD_DAY, "皮疹在第四天最嚴重。", "'third' (3)"),
        ("ar", SECOND_DOSE, "ستحصل على الجرعة الثالثة بعد 4 أسابيع.", "'second' (2)"),
        ("ar", THIRD_DAY, "يكون الطفح في أسوأ حالاته في اليوم الرابع.", "'third' (3)"),
        ("es", SECOND_DOSE, "Recibirá la tercera dosis 4 semanas después.", "'second' (2)"),
        ("es", THIRD_DAY, "La erupción empeora el cuarto día.", "'third' (3)"),
        # after a possessive, in a list of ordinals, twenty-first and the tens
        ("es", "Your second infusion takes 4 hours.", "Su tercera infusión dura 4 horas.", "'second' (2)"),
        ("ko_KR", "It peaks on the second or third day.", "둘째 날이나 넷째 날에 가장 심합니다.", "'third' (3)"),
        ("zh_TW", "Come back on the twenty-first day.", "請在第二十二天回診。", "'twenty-first' (21)"),
        ("es", "Come back on the twentieth day.", "Vuelva el décimo día.", "'twentieth' (20)"),
        # in a title's capitals (a word all in capitals is a name: THIRD is none)
        ("es", "Before Your Second Infusion", "Antes de su tercera infusión", "'Second' (2)"),
        ("zh_TW", "On The Twenty-First Day", "在第二十二天", "'Twenty-First' (21)"),
    ],
)
def test_a_changed_ordinal_in_words_is_an_error(catalogs, locale, source, translation, missing):
    finding = only(catalogs.findings(source, translation, locale=locale), "numbers")
    assert finding.severity == "error"
    assert finding.message == f"{missing} in the source is missing from the translation"


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", SECOND_DOSE, "4주 후에 두 번째 투여를 받습니다."),
        ("ko_KR", SECOND_DOSE, "4주 후에 2차 투여를 받습니다."),
        ("ko_KR", SECOND_DOSE, "4주 후에 둘째 투여를 받습니다."),
        ("ko_KR", THIRD_DAY, "발진은 셋째 날에 가장 심합니다."),
        ("ko_KR", THIRD_DAY, "발진은 3일째에 가장 심합니다."),
        ("zh_TW", SECOND_DOSE, "4週後您會接受第二劑。"),
        ("zh_TW", SECOND_DOSE, "4週後接種第 2 劑。"),
        ("zh_TW", THIRD_DAY, "皮疹在第三天最嚴重。"),
        ("ar", SECOND_DOSE, "ستحصل على الجرعة الثانية بعد 4 أسابيع."),
        ("ar", SECOND_DOSE, "ستحصل على ثاني جرعة بعد 4 أسابيع."),  # the ordinal before its noun
        ("ar", THIRD_DAY, "يكون الطفح في أسوأ حالاته في اليوم الثالث."),
        ("es", SECOND_DOSE, "Recibirá la segunda dosis 4 semanas después."),
        ("es", THIRD_DAY, "La erupción empeora el tercer día."),
        ("es", "Your second infusion takes 4 hours.", "Su segunda infusión dura 4 horas."),
        ("ko_KR", "It peaks on the second or third day.", "둘째 날이나 셋째 날에 가장 심합니다."),
        ("zh_TW", "Come back on the twenty-first day.", "請在第二十一天回診。"),
        ("es", "Come back on the twentieth day.", "Vuelva el vigésimo día."),
        # "first" is not read: a translation says it as 처음, 먼저, 首次, 最先, en primer lugar
        ("ko_KR", "IVIG is the first treatment doctors use.", "IVIG는 의사가 가장 먼저 쓰는 치료입니다."),
        ("ko_KR", "Tell your nurse when you first feel ill.", "처음 몸이 안 좋을 때 간호사에게 말하세요."),
        ("zh_TW", "Your first dose is given in hospital.", "首次給藥在醫院進行。"),
        ("zh_TW", "IVIG is the first treatment doctors use.", "IVIG 是醫師最先採用的治療。"),
        ("es", "First, wash your hands.", "Primero, lávese las manos."),
        ("ar", "At first you may feel tired.", "قد تشعر بالتعب في البداية."),
        # "second" as a unit of time, another, or an opinion; a fraction; "every second day"
        ("ko_KR", "Hold it for a second.", "잠시 누르고 계세요."),
        ("es", "Press for ten seconds.", "Presione durante diez segundos."),
        ("zh_TW", "Do not take a second dose.", "請勿再服用一劑。"),
        ("ar", "Do not take a second dose.", "لا تتناول ثاني جرعة."),  # an ordinal counts no dose
        ("es", "You can ask for a second opinion.", "Puede pedir la opinión de otro médico."),
        ("ko_KR", "Ask the second opinion clinic.", "다른 병원의 의견을 물어보세요."),
        ("ar", "Take a third of a tablet.", "تناول ثلث قرص."),
        ("ko_KR", "Take it every second day.", "이틀에 한 번 드세요."),
        ("ko_KR", "Avoid it in the third trimester.", "임신 후기에는 피하세요."),
        ("es", "It is sometimes called the fifth disease.", "A veces se llama eritema infeccioso."),
        ("es", "It is worse in the second half of the day.", "Empeora por la tarde."),
        # a hyphenated compound is a term: second-line, third-party, second-degree
        ("zh_TW", "IVIG is a second-line treatment.", "IVIG 是後線治療。"),
        ("ko_KR", "Do not use a third-party app.", "외부 앱을 쓰지 마세요."),
    ],
)
def test_an_ordinal_in_words_said_faithfully_or_not_an_ordinal_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="numbers") == []
