"""[as-needed]: a dose the source says to take only when needed stays one in the translation.

"Use 2 puffs every 6 hours if needed." as `Use 2 jatos a cada 6 horas.` passed: the "if needed"
dropped turns a dose for when a symptom comes into a regular one.
"""

from __future__ import annotations

import pytest

from pipeline.languages import language_for
from tests.checks.helpers import only

PUFFS = "Use 2 puffs every 6 hours if needed."
TABLETS = "Take 1 or 2 tablets every 4 to 6 hours as needed."
FOR_PAIN = "Take 1 tablet for pain, if needed."
WHEN_YOU_NEED_IT = "Use it only when you need it."

# (locale, source, a faithful translation, one that drops the need)
CASES = [
    ("pt_BR", PUFFS, "Use 2 jatos a cada 6 horas, se necessário.", "Use 2 jatos a cada 6 horas."),
    ("pt_BR", TABLETS, "Tome 1 ou 2 comprimidos a cada 4 a 6 horas, quando necessário.",
     "Tome 1 ou 2 comprimidos a cada 4 a 6 horas."),
    ("es", PUFFS, "Use 2 inhalaciones cada 6 horas si es necesario.", "Use 2 inhalaciones cada 6 horas."),
    ("es", TABLETS, "Tome 1 o 2 comprimidos cada 4 a 6 horas según sea necesario.",
     "Tome 1 o 2 comprimidos cada 4 a 6 horas."),
    ("fr", PUFFS, "Utilisez 2 bouffées toutes les 6 heures si besoin.", "Utilisez 2 bouffées toutes les 6 heures."),
    ("fr", TABLETS, "Prenez 1 à 2 comprimés toutes les 4 à 6 heures en cas de besoin.",
     "Prenez 1 à 2 comprimés toutes les 4 à 6 heures."),
    ("de", PUFFS, "Wenden Sie bei Bedarf alle 6 Stunden 2 Hübe an.", "Wenden Sie alle 6 Stunden 2 Hübe an."),
    ("de", TABLETS, "Nehmen Sie falls nötig alle 4 bis 6 Stunden 1 bis 2 Tabletten ein.",
     "Nehmen Sie alle 4 bis 6 Stunden 1 bis 2 Tabletten ein."),
    ("ko_KR", PUFFS, "필요 시 6시간마다 2회 흡입하십시오.", "6시간마다 2회 흡입하십시오."),
    ("ko_KR", TABLETS, "필요할 때 4~6시간마다 1~2정을 복용하세요.", "4~6시간마다 1~2정을 복용하세요."),
    ("zh_TW", PUFFS, "必要時每6小時吸入2下。", "每6小時吸入2下。"),
    ("zh_TW", TABLETS, "需要時每4至6小時服用1至2錠。", "每4至6小時服用1至2錠。"),
    ("ar", PUFFS, "استخدم بختين كل 6 ساعات عند الحاجة.", "استخدم بختين كل 6 ساعات."),
    ("ar", TABLETS, "تناول قرصًا أو قرصين كل 4 إلى 6 ساعات إذا لزم الأمر.", "تناول قرصًا أو قرصين كل 4 إلى 6 ساعات."),
]  # fmt: skip


# The need dropped, the dose said on a fixed schedule (every 6 hours, 4 times a day): an error.
@pytest.mark.parametrize(("locale", "source", "faithful", "dropped"), CASES)
def test_the_need_dropped_from_a_schedule_is_an_error(catalogs, locale, source, faithful, dropped):
    finding = only(catalogs.findings(source, dropped, locale=locale, check="as-needed"))
    assert finding.severity == "error"
    assert "the source says 'if needed'" in finding.message or "the source says 'as needed'" in finding.message
    assert "says a fixed schedule" in finding.message


SYRUP = "Children aged 6 to 12 years: 10 mL every 6 hours as needed."
INHALER = "Use the inhaler only when you need it, up to 4 times a day."


@pytest.mark.parametrize(
    ("locale", "source", "dropped"),
    [
        ("zh_TW", SYRUP, "6至12歲兒童：每6小時服用10 mL。"),
        ("ko_KR", SYRUP, "6~12세 어린이: 6시간마다 10 mL."),
        ("es", INHALER, "Utilice el inhalador 4 veces al día."),
        ("de", INHALER, "Wenden Sie den Inhalator viermal täglich an."),
        ("fr", INHALER, "Utilisez l'inhalateur 4 fois par jour."),
        ("pt_BR", INHALER, "Use o inalador 4 vezes ao dia."),
        ("ar", INHALER, "استخدم جهاز الاستنشاق 4 مرات يوميًا."),
        ("ko_KR", INHALER, "흡입기를 하루 네 번 사용하십시오."),
        ("zh_TW", INHALER, "每日使用吸入器4次。"),
    ],
)
def test_a_fixed_schedule_said_for_an_as_needed_dose_is_an_error(catalogs, locale, source, dropped):
    finding = only(catalogs.findings(source, dropped, locale=locale, check="as-needed"))
    assert finding.severity == "error"


# The need dropped with no schedule said, or with a most (up to 4 times a day): still a warning.
@pytest.mark.parametrize(
    ("locale", "source", "dropped"),
    [
        ("es", INHALER, "Utilice el inhalador hasta 4 veces al día."),
        ("de", INHALER, "Wenden Sie den Inhalator höchstens viermal täglich an."),
        ("fr", INHALER, "Utilisez l'inhalateur jusqu'à 4 fois par jour."),
        ("ko_KR", INHALER, "흡입기는 하루 최대 4번까지 사용하십시오."),
        ("zh_TW", INHALER, "吸入器每日最多使用4次。"),
        ("ar", INHALER, "استخدم جهاز الاستنشاق بحد أقصى 4 مرات يوميًا."),
        ("pt_BR", INHALER, "Use o inalador até 4 vezes ao dia."),
        ("es", "Take 1 tablet, if needed.", "Tome 1 comprimido."),
        ("de", "Take 1 tablet, if needed.", "Nehmen Sie 1 Tablette ein."),
    ],
)
def test_the_need_dropped_with_no_schedule_is_a_warning(catalogs, locale, source, dropped):
    finding = only(catalogs.findings(source, dropped, locale=locale, check="as-needed"))
    assert finding.severity == "warning"


@pytest.mark.parametrize(("locale", "source", "faithful", "dropped"), CASES)
def test_the_need_kept_passes(catalogs, locale, source, faithful, dropped):
    assert catalogs.findings(source, faithful, locale=locale, check="as-needed") == []


# The need said by when the dose is taken (for pain: en cas de douleur, bei Schmerzen, 통증이 있을 때,
# 疼痛時), or "only when you need it" in the language's words.
@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("fr", FOR_PAIN, "Prenez 1 comprimé en cas de douleur."),
        ("fr", FOR_PAIN, "Prenez 1 comprimé pour la douleur."),
        ("es", FOR_PAIN, "Tome 1 comprimido si tiene dolor."),
        ("pt_BR", FOR_PAIN, "Tome 1 comprimido para dor."),
        ("de", FOR_PAIN, "Nehmen Sie bei Schmerzen 1 Tablette ein."),
        ("ko_KR", FOR_PAIN, "통증이 있을 때 1정을 복용하십시오."),
        ("zh_TW", FOR_PAIN, "疼痛時服用1錠。"),
        ("ar", FOR_PAIN, "تناول قرصًا واحدًا عند الشعور بالألم."),
        ("es", WHEN_YOU_NEED_IT, "Úselo solo cuando lo necesite."),
        ("de", WHEN_YOU_NEED_IT, "Wenden Sie es nur an, wenn Sie es brauchen."),
        ("pt_BR", WHEN_YOU_NEED_IT, "Use-o apenas quando precisar."),
        ("ko_KR", WHEN_YOU_NEED_IT, "필요할 때만 사용하십시오."),
        ("zh_TW", WHEN_YOU_NEED_IT, "僅在需要時使用。"),
        ("ar", WHEN_YOU_NEED_IT, "استخدمه فقط عند الحاجة."),
        # the need kept beside a schedule
        ("es", INHALER, "Utilice el inhalador solo cuando lo necesite, hasta un máximo de 4 veces al día."),
        ("zh_TW", SYRUP, "6至12歲兒童：需要時每6小時服用10 mL。"),
        ("ko_KR", SYRUP, "6~12세 어린이: 필요할 때 6시간마다 10 mL."),
        ("de", INHALER, "Wenden Sie den Inhalator nur bei Bedarf an, höchstens viermal täglich."),
        ("fr", INHALER, "Utilisez l'inhalateur seulement si besoin, jusqu'à 4 fois par jour."),
        ("ar", INHALER, "استخدم جهاز الاستنشاق عند الحاجة فقط، حتى 4 مرات يوميًا."),
        (
            "fr",
            "If necessary, your doctor may increase the dose.",
            "Si nécessaire, votre médecin peut augmenter la dose.",
        ),
        ("de", "If necessary, your doctor may increase the dose.", "Gegebenenfalls kann Ihr Arzt die Dosis erhöhen."),
        # a need of no dose: the source says none
        ("pt_BR", "Use 2 puffs every 6 hours.", "Use 2 jatos a cada 6 horas."),
        ("fr", "If you need to stop, ask your doctor.", "Demandez à votre médecin avant d'arrêter."),
    ],
)
def test_the_need_said_by_when_or_in_other_words_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="as-needed") == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (PUFFS, ["if needed"]),
        (TABLETS, ["as needed"]),
        ("Repeat the dose after 4 hours if required.", ["if required"]),
        ("Take it when necessary.", ["when necessary"]),
        ("Use it whenever it is needed.", ["whenever it is needed"]),
        ("Use it when you need it.", ["when you need it"]),
        ("Paracetamol 500 mg PRN", ["PRN"]),
        ("If you need to stop, ask your doctor.", []),
        ("Take it as directed.", []),
        ("You need a blood test.", []),
    ],
)
def test_english_as_needed_words_are_read(text, said):
    english = language_for("en")
    assert english.as_needed_said(text) == said
    assert not said or english.may_say_as_needed(text), "no hint: the check would not read it"
