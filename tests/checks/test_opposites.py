"""[opposites]: a word of an instruction is not swapped for its opposite.

With food said as on an empty stomach, the left eye as the right, under the skin as into a vein,
in the refrigerator as at room temperature, the morning as the evening: the wrong translations
below passed every check before [opposites]; the faithful ones are a translator's wording.
"""

from __future__ import annotations

import pytest

from pipeline.languages import language_for
from pipeline.languages.language import INTO_AN_ORGAN
from tests.checks.helpers import Entry, msgid_line, only

EMPTY_STOMACH_BY_THE_CLOCK = "Take it on an empty stomach, 1 hour before or 2 hours after a meal."
VAGINAL_PESSARY = "Insert one pessary high into the vagina at night for 3 nights."

# (locale, source, a translation that names another term of the class than the source)
SWAPPED = [
    ('es', 'Take it with food.', 'Tómelo en ayunas.'),
    ('ko_KR', 'Take it with food.', '공복에 드세요.'),
    ('zh_TW', 'Take it with food.', '請空腹服用。'),
    ('de', 'Take it with food.', 'Nehmen Sie es auf nüchternen Magen ein.'),
    ('es', 'Take it on an empty stomach.', 'Tómelo con comida.'),
    ('es', 'Use it in the left eye only.', 'Úselo solo en el ojo derecho.'),
    ('ko_KR', 'Use it in the left eye only.', '오른쪽 눈에만 사용하세요.'),
    ('es', 'Inject it under the skin.', 'Inyéctelo en la vena.'),
    ('ko_KR', 'Inject it under the skin.', '정맥에 주사하세요.'),
    ('es', 'The tablets are taken by mouth.', 'Los comprimidos se administran por vía rectal.'),
    ('es', 'Take it in the morning.', 'Tómelo por la noche.'),
    ('ko_KR', 'Take it in the morning.', '저녁에 드세요.'),
    ('es', 'Store in the refrigerator (2 °C to 8 °C).', 'Conservar a temperatura ambiente (2 °C a 8 °C).'),
    ('es', 'Keep the pens in the refrigerator until you use them.', 'Guarde las plumas a temperatura ambiente hasta usarlas.'),
    ('es', 'Take it in the morning or in the evening.', 'Tómelo al mediodía.'),
    ('fr', 'Take it with food.', 'Prenez-le à jeun.'),
    ('pt_BR', 'Take it with food.', 'Tome-o em jejum.'),
    ('ar', 'Take it with food.', 'تناوله على معدة فارغة.'),
    ('fr', 'Use it in the left eye only.', "Utilisez-le uniquement dans l'œil droit."),
    ('de', 'Use it in the left eye only.', 'Wenden Sie es nur am rechten Auge an.'),
    ('zh_TW', 'Use it in the left eye only.', '只用於右眼。'),
    ('ar', 'Use it in the left eye only.', 'استخدمه في العين اليمنى فقط.'),
    ('pt_BR', 'Use it in the left eye only.', 'Use-o apenas no olho direito.'),
    ('zh_TW', 'Inject it under the skin.', '請靜脈注射。'),
    ('de', 'Inject it under the skin.', 'Spritzen Sie es in eine Vene.'),
    ('fr', 'Inject it under the skin.', 'Injectez-le dans une veine.'),
    ('pt_BR', 'Inject it under the skin.', 'Injete-o na veia.'),
    ('ar', 'Inject it under the skin.', 'احقنه في الوريد.'),
    ('zh_TW', 'Store in the refrigerator (2 °C to 8 °C).', '請於室溫保存（2 °C至8 °C）。'),
    ('ko_KR', 'Store in the refrigerator (2 °C to 8 °C).', '실온 보관하세요(2 °C~8 °C).'),
    ('de', 'Take it in the morning.', 'Nehmen Sie es abends ein.'),
]  # fmt: skip

# (locale, source, a faithful translation)
FAITHFUL = [
    ('es', 'Take it with food.', 'Tómelo con alimentos.'),
    ('es', 'Take it with food.', 'Tómelo con las comidas.'),
    ('es', 'Take it with food.', 'Tómelo durante las comidas.'),
    ('ko_KR', 'Take it with food.', '음식과 함께 드세요.'),
    ('ko_KR', 'Take it with food.', '식사와 함께 복용하세요.'),
    ('ko_KR', 'Take it with food.', '식후에 드세요.'),
    ('zh_TW', 'Take it with food.', '請隨餐服用。'),
    ('zh_TW', 'Take it with food.', '請與食物一起服用。'),
    ('ar', 'Take it with food.', 'تناوله مع الطعام.'),
    ('fr', 'Take it with food.', "Prenez-le au cours d'un repas."),
    ('fr', 'Take it with food.', 'Prenez-le pendant les repas.'),
    ('pt_BR', 'Take it with food.', 'Tome-o com alimentos.'),
    ('de', 'Take it with food.', 'Nehmen Sie es zu einer Mahlzeit ein.'),
    ('de', 'Take it with food.', 'Nehmen Sie es mit dem Essen ein.'),
    ('es', 'Take it on an empty stomach.', 'Tómelo en ayunas.'),
    ('es', 'Take it on an empty stomach.', 'Tómelo con el estómago vacío.'),
    ('ko_KR', 'Take it on an empty stomach.', '공복에 드세요.'),
    ('zh_TW', 'Take it on an empty stomach.', '請空腹服用。'),
    ('ar', 'Take it on an empty stomach.', 'تناوله على معدة فارغة.'),
    ('fr', 'Take it on an empty stomach.', 'Prenez-le à jeun.'),
    ('pt_BR', 'Take it on an empty stomach.', 'Tome-o em jejum.'),
    ('de', 'Take it on an empty stomach.', 'Nehmen Sie es auf nüchternen Magen ein.'),
    ('de', 'Take it on an empty stomach.', 'Nehmen Sie es ein, ohne etwas zu essen.'),
    ('es', EMPTY_STOMACH_BY_THE_CLOCK, 'Tómelo en ayunas, 1 hora antes o 2 horas después de una comida.'),
    ('ko_KR', EMPTY_STOMACH_BY_THE_CLOCK, '식사 1시간 전 또는 식후 2시간에 공복 상태로 드세요.'),
    ('es', 'Use it in the left eye only.', 'Úselo solo en el ojo izquierdo.'),
    ('ko_KR', 'Use it in the left eye only.', '왼쪽 눈에만 사용하세요.'),
    ('zh_TW', 'Use it in the left eye only.', '只用於左眼。'),
    ('ar', 'Use it in the left eye only.', 'استخدمه في العين اليسرى فقط.'),
    ('fr', 'Use it in the left eye only.', "Utilisez-le uniquement dans l'œil gauche."),
    ('pt_BR', 'Use it in the left eye only.', 'Use-o apenas no olho esquerdo.'),
    ('de', 'Use it in the left eye only.', 'Wenden Sie es nur am linken Auge an.'),
    ('es', 'Put 1 drop in the left or right eye.', 'Ponga 1 gota en el ojo izquierdo o derecho.'),
    ('zh_TW', 'Wait about 10 minutes.', '請等待約10分鐘左右。'),
    ('es', 'Any medicine left over should be thrown away. Call right away.',
     'Deseche el medicamento sobrante. Llame de inmediato.'),
    ('es', 'You have the right to an interpreter.', 'Tiene derecho a un intérprete.'),
    ('es', 'Inject it under the skin.', 'Inyéctelo debajo de la piel.'),
    ('es', 'Inject it under the skin.', 'Adminístrelo por vía subcutánea.'),
    ('ko_KR', 'Inject it under the skin.', '피하에 주사하세요.'),
    ('zh_TW', 'Inject it under the skin.', '請皮下注射。'),
    ('ar', 'Inject it under the skin.', 'احقنه تحت الجلد.'),
    ('fr', 'Inject it under the skin.', 'Injectez-le sous la peau.'),
    ('pt_BR', 'Inject it under the skin.', 'Injete-o sob a pele.'),
    ('de', 'Inject it under the skin.', 'Spritzen Sie es unter die Haut.'),
    ('es', 'The tablets are taken by mouth.', 'Los comprimidos se toman por vía oral.'),
    ('ko_KR', 'The tablets are taken by mouth.', '정제는 입으로 복용합니다.'),
    ('zh_TW', 'The tablets are taken by mouth.', '錠劑為口服。'),
    ('es', 'Take it in the morning.', 'Tómelo por la mañana.'),
    ('ko_KR', 'Take it in the morning.', '아침에 드세요.'),
    ('zh_TW', 'Take it in the morning.', '請在早上服用。'),
    ('de', 'Take it in the morning.', 'Nehmen Sie es morgens ein.'),
    ('fr', 'Take it in the morning.', 'Prenez-le le matin.'),
    ('es', 'Take it at night.', 'Tómelo por la noche.'),
    ('de', 'Take it at night.', 'Nehmen Sie es abends ein.'),
    ('ko_KR', 'Take it at bedtime.', '자기 전에 드세요.'),
    ('fr', 'Take it at bedtime.', 'Prenez-le le soir.'),
    ('es', 'Take it in the morning or in the evening.', 'Tómelo por la mañana o por la noche.'),
    ('es', 'Store in the refrigerator (2 °C to 8 °C).', 'Conservar en la nevera (2 °C a 8 °C).'),
    ('ko_KR', 'Store in the refrigerator (2 °C to 8 °C).', '냉장 보관하세요(2 °C~8 °C).'),
    ('zh_TW', 'Store in the refrigerator (2 °C to 8 °C).', '請冷藏保存（2 °C至8 °C）。'),
    ('ar', 'Store in the refrigerator (2 °C to 8 °C).', 'يحفظ في الثلاجة (2 °C إلى 8 °C).'),
    ('fr', 'Store in the refrigerator (2 °C to 8 °C).', 'À conserver au réfrigérateur (2 °C à 8 °C).'),
    ('pt_BR', 'Store in the refrigerator (2 °C to 8 °C).', 'Conservar na geladeira (2 °C a 8 °C).'),
    ('de', 'Store in the refrigerator (2 °C to 8 °C).', 'Im Kühlschrank lagern (2 °C bis 8 °C).'),
    ('es', 'Store in the refrigerator. Do not freeze.', 'Conservar en nevera. No congelar.'),
    ('es', 'Store in the refrigerator; do not freeze.', 'Conservar en nevera; no congelar.'),
    ('es', 'Store at room temperature.', 'Conservar a temperatura ambiente.'),
    ('ko_KR', 'Store at room temperature.', '실온에서 보관하세요.'),
    ('es', 'Rinse your mouth after using the inhaler.', 'Enjuáguese la boca después de usar el inhalador.'),
]  # fmt: skip


# A route swapped for another said by a route's own words is an error ("en la vena", "na veia"); said
# by words that name a part of the body as often (정맥 혈전, 深層靜脈栓塞, "un caillot dans une veine",
# جلطة في الوريد) a warning: a person reads it.
@pytest.mark.parametrize(("locale", "source", "translation"), SWAPPED)
def test_a_term_swapped_for_its_opposite_is_an_error_at_the_entry_line(catalogs, locale, source, translation):
    report = catalogs.check(Entry(source, translation), locale=locale)
    finding = only(report.findings, "opposites")
    line = msgid_line(catalogs.path(locale), source)
    # a vein said beside an injection (정맥에 주사하세요, 請靜脈注射, "Injectez-le dans une veine", احقنه في
    # الوريد) is where it goes, as "intravenously" is: an error too
    assert finding.format().startswith(f"locales/{locale}/LC_MESSAGES/ivig-ten.po:{line}: error[opposites]: ")
    assert "check that the instruction was not turned into its opposite" in finding.message


@pytest.mark.parametrize(("locale", "source", "translation"), FAITHFUL)
def test_the_faithful_translation_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="opposites") == []


def test_the_message_names_the_source_words_and_the_translation_words(catalogs):
    finding = only(catalogs.findings("Take it with food.", "Tómelo en ayunas.", locale="es", check="opposites"))
    assert finding.message == (
        "the source says 'with food' (food) but the translation says 'en ayunas' (on an empty stomach) instead: "
        "patients do what the translation says; check that the instruction was not turned into its opposite"
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # a term named on both sides: the translation says the source's too
        ("es", "Take it with food, not on an empty stomach.", "Tómelo con comida, no en ayunas."),
        ("ko_KR", EMPTY_STOMACH_BY_THE_CLOCK,
         "식사 1시간 전 또는 식사 2시간 후, 공복에 드세요. 음식과 함께 먹지 마세요."),
        ("es", "Take 1 tablet in the morning and 1 at night.", "Tome 1 comprimido por la mañana y 1 por la noche."),
        # two terms named by the source: the translation names either, or both
        ("es", "Take it in the morning or in the evening.", "Tómelo por la noche."),
        ("es", "Put 1 drop in the left or right eye.", "Ponga 1 gota en el ojo derecho."),
        ("es", "Put 1 drop in the left or right eye.", "Ponga 1 gota en el ojo izquierdo y espere."),
        ("ko_KR", "Put 1 drop in the right or left ear.", "왼쪽 귀에 1방울 넣으세요."),
        ("es", "You can take it with or without food.", "Puede tomarlo con o sin alimentos."),
        # the class said in other words: nothing named, nothing to compare
        ("es", "Put 1 drop in the left or right eye.", "Ponga 1 gota en el ojo."),
        ("es", "Take it with food.", "Tómelo después de comer algo."),
        # the evening, the night and bedtime answer each other
        ("ko_KR", "Take it at bedtime.", "저녁에 드세요."),
        ("es", "Take it in the evening.", "Tómelo antes de acostarse."),
        # taken out of the refrigerator to warm: not where it is kept
        ("es", "Take the pen out of the refrigerator 30 minutes before injecting.",
         "Deje que la pluma alcance la temperatura ambiente 30 minutos antes de inyectar."),
        ("ko_KR", "Remove it from the fridge 30 minutes before use.", "사용 30분 전에 실온에 두세요."),
        # words that name no term: what is left over, a right, about (左右)
        ("es", "Throw away any medicine that is left over in the syringe.",
         "Deseche el medicamento sobrante en la jeringa derecha."),
        ("zh_TW", "Inject it into the left arm over about 10 minutes.", "請在約10分鐘左右注射到左臂。"),
    ],
)  # fmt: skip
def test_a_term_of_the_source_kept_or_none_named_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="opposites") == []


def test_a_source_that_names_two_terms_is_held_to_the_translation_naming_no_third(catalogs):
    source = "Take it in the morning or in the evening."
    finding = only(catalogs.findings(source, "Tómelo al mediodía.", locale="es", check="opposites"))
    assert finding.severity == "error" and "the source says 'morning' or 'evening' (time)" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # right translations: the "not" turns the instruction the other way round in other words
        ("es", "Do not take it on an empty stomach.", "Tómelo con comida."),
        ("es", "Do not store it in the refrigerator.", "Consérvelo a temperatura ambiente."),
        ("ko_KR", "Do not take it at night.", "아침에 드세요."),
        # ... or a "not" of the translation's own
        ("es", "Take it in the morning.", "No lo tome por la noche."),
    ],
)
def test_a_sentence_with_a_negation_is_a_warning(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale, check="opposites"))
    assert finding.severity == "warning"


def test_terms_are_compared_sentence_by_sentence(catalogs):
    """A "not" in the other sentence does not soften a swap; a term moved to the other sentence is
    not where the source says it."""
    source = "Take it with food. Do not take it at night."
    finding = only(
        catalogs.findings(source, "Tómelo en ayunas. No lo tome por la noche.", locale="es", check="opposites")
    )
    assert finding.severity == "error" and "'en ayunas'" in finding.message
    assert (
        catalogs.findings(source, "Tómelo con comida. No lo tome por la noche.", locale="es", check="opposites") == []
    )


def test_a_language_without_opposites_is_not_judged(catalogs):
    assert not language_for("vi").opposites
    assert catalogs.findings("Take it with food.", "Uống lúc đói.", locale="vi", check="opposites") == []


@pytest.mark.parametrize(
    "text",
    [
        "Take it with food.",
        "Take it with a meal.",
        "Take it with meals.",
        "Take it on an empty stomach.",
        "Use it in the left eye.",
        "Use it in the Right Ear.",
        "Take it by mouth.",
        "Take it orally.",
        "Inject it under the skin.",
        "It is a subcutaneous injection.",
        "Inject it into a muscle.",
        "It is given intramuscularly.",
        "It is given into a vein.",
        "Intravenous immunoglobulin",
        "Use it rectally.",
        "Store in the fridge.",
        "Refrigerate it.",
        "Store at room temperature.",
        "Do not freeze.",
        "Keep it in the freezer.",
    ],
)
def test_every_english_term_is_read(text):
    from pipeline.checks.opposites import terms_named

    english = language_for("en")
    assert english.may_name_opposites(text), "no hint: the check would not read it"
    assert terms_named(text, english)


@pytest.mark.parametrize(
    "text",
    [
        "Any medicine left over.",
        "Call right away.",
        "You have the right to an interpreter.",
        "It is right for you.",
        "A fasting blood test.",
        "Your skin may itch.",
    ],
)
def test_what_names_no_term_is_not_read_as_one(text):
    from pipeline.checks.opposites import terms_named

    assert terms_named(text, language_for("en")) == {}


@pytest.mark.parametrize(
    "text", ["Take it out of the refrigerator.", "Remove the pen from your fridge.", "Leave it outside the fridge."]
)
def test_out_of_the_refrigerator_names_room_temperature_not_the_refrigerator(text):
    from pipeline.checks.opposites import terms_named

    assert list(terms_named(text, language_for("en"))["storage"]) == ["storage:at room temperature"]


def test_the_left_or_right_eye_names_both_sides():
    from pipeline.checks.opposites import terms_named
    from pipeline.languages.language import LEFT, RIGHT

    named = terms_named("Put 1 drop in the left or right eye.", language_for("en"))
    assert set(named["side"]) == {LEFT, RIGHT}


# Each language's words for each term of ``opposites``, in the order the language lists them.
TERM_WORDS = {
    "en": ["with food", "on an empty stomach", "left eye", "right eye", "both eyes", "by mouth", "under the skin",
           "into a muscle", "into a vein", "rectally", "in the refrigerator", "at room temperature", "in the freezer"],
    "es": ["con alimentos", "en ayunas", "ojo izquierdo", "ojo derecho", "ambos ojos", "por vía oral", "bajo la piel",
           "en el músculo", "en una vena", "por vía rectal", "en la nevera", "a temperatura ambiente", "no congelar"],
    "ko": ["음식과 함께", "공복에", "왼쪽 눈", "오른쪽 눈", "양쪽 눈", "경구 투여", "피하 주사", "근육 내 주사", "정맥 주사",
           "항문으로", "냉장 보관", "실온 보관", "냉동하지 마세요"],
    "zh": ["隨餐服用", "空腹服用", "左眼", "右眼", "雙眼", "口服", "皮下注射", "肌肉注射", "靜脈注射", "直腸給藥", "冷藏",
           "室溫保存", "請勿冷凍"],
    "ar": ["مع الطعام", "على معدة فارغة", "العين اليسرى", "العين اليمنى", "كلتا العينين", "عن طريق الفم", "تحت الجلد", "في العضل",
           "في الوريد", "عن طريق الشرج", "في الثلاجة", "في درجة حرارة الغرفة", "لا تجمده"],
    "fr": ["pendant les repas", "à jeun", "œil gauche", "œil droit", "les deux yeux", "par voie orale", "sous la peau",
           "dans le muscle", "dans une veine", "par voie rectale", "au réfrigérateur", "à température ambiante",
           "ne pas congeler"],
    "pt": ["com alimentos", "em jejum", "olho esquerdo", "olho direito", "ambos os olhos", "por via oral", "sob a pele",
           "no músculo", "na veia", "por via retal", "na geladeira", "em temperatura ambiente", "não congelar"],
    "de": ["zu einer Mahlzeit", "nüchtern einnehmen", "linkes Auge", "rechtes Auge", "beide Augen", "durch den Mund",
           "unter die Haut", "in den Muskel", "in eine Vene", "rektal", "im Kühlschrank", "bei Raumtemperatur",
           "nicht einfrieren"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("code", "index"), [(code, index) for code, words in TERM_WORDS.items() for index in range(len(words))]
)
def test_each_language_names_each_term_with_its_words(code, index):
    from pipeline.checks.opposites import terms_named

    language = language_for(code)
    term = list(language.opposites)[index]
    named = terms_named(TERM_WORDS[code][index], language)
    # a side is said with its part of the body ("left eye"): the eye is a term of its own class, and
    # the route drops into it take
    said = {found for kind, terms in named.items() if kind != "organ" for found in terms}
    assert said - {INTO_AN_ORGAN} == {term}


# A refrigerator a translation names as where something is taken out of, or kept out of, is no
# place of storage: "Let it reach room temperature" is rightly "take it out of the refrigerator".
@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", "Let it reach room temperature before injecting.", "Sáquela de la nevera 30 minutos antes de inyectar."),
        (
            "pt_BR",
            "Let it reach room temperature before injecting.",
            "Retire-a da geladeira 30 minutos antes de injetar.",
        ),
        (
            "fr",
            "Let it reach room temperature before injecting.",
            "Sortez-le du réfrigérateur 30 minutes avant l'injection.",
        ),
        (
            "de",
            "Let it reach room temperature before injecting.",
            "Nehmen Sie ihn 30 Minuten vor der Injektion aus dem Kühlschrank.",
        ),
        ("ko_KR", "Let it reach room temperature before injecting.", "주사하기 30분 전에 냉장고에서 꺼내 두세요."),
        ("zh_TW", "Let it reach room temperature before injecting.", "注射前30分鐘從冰箱取出。"),
        ("ar", "Let it reach room temperature before injecting.", "أخرجه من الثلاجة قبل الحقن بـ 30 دقيقة."),
        ("es", "Store at room temperature.", "Consérvelo fuera de la nevera."),
        ("ko_KR", "Store at room temperature.", "냉장고 밖에 보관하세요."),
    ],
)
def test_a_refrigerator_taken_out_of_is_no_place_of_storage(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    ("locale", "translation"),
    [("es", "Consérvelo en la nevera."), ("es", "Consérvelo dentro de la nevera."), ("ko_KR", "냉장고에 보관하세요.")],
)
def test_a_refrigerator_kept_in_for_room_temperature_is_still_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings("Store at room temperature.", translation, check="opposites", locale=locale))
    assert finding.severity == "error"


# Found by a red-team review of 447 correct translations: each was an [opposites] error.
@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # a fasting blood test is no empty stomach
        (
            "es",
            "Take it with a meal; it also lowers your fasting blood sugar.",
            "Tómelo junto con alguna comida; también reduce la glucemia en ayunas.",
        ),
        (
            "fr",
            "Take it with a meal; it also lowers your fasting blood sugar.",
            "Prenez-le au cours d'un repas ; il réduit aussi la glycémie à jeun.",
        ),
        (
            "pt_BR",
            "Take it with a meal; it also lowers your fasting blood sugar.",
            "Tome com uma refeição; ele também reduz a glicemia em jejum.",
        ),
        (
            "ko_KR",
            "Take it with a meal; it lowers your fasting blood sugar.",
            "식사와 함께 복용하며, 공복 혈당을 낮춥니다.",
        ),
        ("zh_TW", "Take it with food; it may raise your fasting blood sugar.", "請隨餐服用；本藥可能使空腹血糖升高。"),
        (
            "de",
            "Take it with a meal; your fasting blood sugar may go down.",
            "Nehmen Sie es mit einer Mahlzeit ein; Ihr Blutzucker im nüchternen Zustand kann sinken.",
        ),
        # out of the refrigerator, in the source or the translation, is room temperature
        (
            "es",
            "Leave the vial outside the refrigerator for 30 minutes before use.",
            "Deje el vial a temperatura ambiente durante 30 minutos antes de usarlo.",
        ),
        (
            "ko_KR",
            "Leave the vial outside the refrigerator for 30 minutes before use.",
            "사용하기 30분 전에 바이알을 실온에 두세요.",
        ),
        (
            "zh_TW",
            "Take the pen out of the refrigerator and let it warm up before injecting.",
            "請將注射筆從冷藏中取出，回溫後再注射。",
        ),
        (
            "es",
            "It can be kept without refrigeration for up to 30 days.",
            "Puede conservarse sin refrigerar hasta 30 días.",
        ),
        (
            "ko_KR",
            "Once removed from refrigeration, use within 30 days.",
            "냉장 보관에서 꺼낸 후 30일 이내에 사용하십시오.",
        ),
        # 피하다 is to avoid; 식사 중간 is between meals; مصباح is a lamp; الإفطار is also the iftar, at sunset
        ("ko_KR", "Take them by mouth, and keep out of strong sunlight.", "복용 중에는 강한 햇빛을 피하십시오."),
        (
            "ko_KR",
            "Take it on an empty stomach, for example between meals.",
            "빈속에, 예를 들어 식사 중간에 복용하십시오.",
        ),
        (
            "ar",
            "Take your evening dose and use a lamp if you get up in the dark.",
            "تناول جرعتك المسائية واستخدم مصباحًا إذا استيقظت في الظلام.",
        ),
        (
            "ar",
            "During Ramadan, take your evening dose when you break your fast at sunset.",
            "في رمضان، تناول جرعتك المسائية عند الإفطار وقت غروب الشمس.",
        ),
    ],
)
def test_what_the_red_team_found_read_as_a_swap_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


def test_a_vein_a_side_effect_is_in_is_a_warning_a_person_reads_not_an_error(catalogs):
    source = "Take the tablets by mouth; rarely, they can cause a blood clot in a vein."
    # (said with "Trague", swallow, the route is named by mouth and it passes)
    translation = "Tome los comprimidos; en raras ocasiones pueden causar un coágulo de sangre en una vena."
    assert only(catalogs.findings(source, translation, check="opposites", locale="es")).severity == "warning"


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", "Store in the refrigerator.", "Consérvelo fuera de la nevera."),
        ("fr", "Store in the refrigerator.", "À conserver hors du réfrigérateur."),
        ("ko_KR", "Store in the refrigerator.", "냉장고 밖에 보관하십시오."),
        ("es", "Put the pen back in the refrigerator.", "Saque la pluma de la nevera."),
    ],
)
def test_out_of_the_refrigerator_for_in_it_is_an_error(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error" and "at room temperature" in finding.message


# The afternoon is a time of day of its own: the morning said as the afternoon, or the afternoon as
# the morning, is a dose taken hours off.  Tonight is the evening or the night.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("es", "Take it in the afternoon.", "Tómelo por la mañana.", "'la mañana' (in the morning)"),
        ("es", "Take it in the morning.", "Tómelo por la tarde.", "'la tarde' (in the afternoon or in the evening or at night)"),
        ("pt_BR", "Take it in the morning.", "Tome-o à tarde.", "'à tarde' (in the afternoon or in the evening or at night)"),
        ("fr", "Take it in the morning.", "Prenez-le l'après-midi.", "'après-midi' (in the afternoon)"),
        ("fr", "Take it in the afternoon.", "Prenez-le le matin.", "'matin' (in the morning)"),
        ("de", "Take it in the morning.", "Nehmen Sie es nachmittags ein.", "'nachmittags' (in the afternoon)"),
        ("de", "Take it in the afternoon.", "Nehmen Sie es morgens ein.", "'morgens' (in the morning)"),
        ("zh_TW", "Take it in the morning.", "請在下午服用。", "'下午' (in the afternoon)"),
        ("zh_TW", "Take it in the afternoon.", "請在早上服用。", "'早上' (in the morning)"),
        ("zh_TW", "Take it in the morning.", "今晚服用。", "'今晚' (in the evening or at night)"),
        ("zh_TW", "Take it tonight.", "早上服用。", "'早上' (in the morning)"),
        ("es", "Take it tonight.", "Tómelo por la mañana.", "'la mañana' (in the morning)"),
        ("ko_KR", "Take it in the morning.", "오후에 드세요.", "'오후' (in the afternoon or in the evening or at night)"),
        ("ko_KR", "Take it in the afternoon.", "오전에 드세요.", "'오전' (in the morning)"),
        ("ar", "Take it in the morning.", "تناوله بعد الظهر.", "'بعد الظهر' (in the afternoon)"),
        ("ar", "Take it in the afternoon.", "تناوله في الصباح.", "'الصباح' (in the morning)"),
        ("ar", "Take it at midday.", "تناوله بعد ظهر اليوم.", "'بعد ظهر' (in the afternoon)"),
    ],
)  # fmt: skip
def test_the_afternoon_and_tonight_swapped_are_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


# Spanish and Portuguese "tarde" is the afternoon or the evening: it answers either.
@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", "Take it after lunch, in the early afternoon.", "Tómelo después del almuerzo, a primera hora de la tarde."),
        ("es", "Take it in the early afternoon.", "Tómelo a primera hora de la tarde."),
        ("es", "Take it in the afternoon.", "Tómelo por la tarde."),
        ("es", "Take it in the evening.", "Tómelo por la tarde."),
        ("es", "It can be taken in the morning or in the afternoon.", "Puede tomarse por la mañana o por la tarde."),
        ("pt_BR", "Take it after lunch, in the early afternoon.", "Tome-o depois do almoço, no início da tarde."),
        ("pt_BR", "Take it in the afternoon.", "Tome-o à tarde."),
        ("pt_BR", "Take it in the evening.", "Tome-o à tarde."),
        ("ko_KR", "Take it in the afternoon.", "오후에 드세요."),
        ("ko_KR", "Take it in the evening.", "오후에 드세요."),
        ("ko_KR", "Take it at 8 in the evening.", "오후 8시에 드세요."),
        ("ko_KR", "Take it in the late afternoon.", "늦은 오후에 드세요."),
        ("zh_TW", "Take it this afternoon.", "今天下午服用。"),
        ("zh_TW", "Take it tonight.", "今天晚上服用。"),
        ("zh_TW", "Take it tonight.", "今晚服用。"),
        ("es", "Take it tonight before bed.", "Tómelo esta noche antes de acostarse."),
        ("de", "Take it in the afternoon.", "Nehmen Sie es am Nachmittag ein."),
        ("fr", "Take it in the afternoon.", "Prenez-le dans l'après-midi."),
        ("ar", "Take it in the afternoon.", "تناوله بعد الظهر."),
        ("ar", "Take it in the afternoon.", "تناوله بعد الظهيرة."),
        ("ar", "Take it at noon.", "تناوله بعد ظهور الأعراض."),
    ],
)  # fmt: skip
def test_the_afternoon_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# Words a red-team review found unread: Korean 오른눈 / 왼눈 (right / left eye, one word) and 빈속 (an
# empty stomach), German Eisfach (the freezer compartment), English IV, suppository and "keep it
# chilled".
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said", "severity"),
    [
        ("ko_KR", "Use it in the left eye only.", "오른눈에만 사용하세요.", "'오른눈' (right)", "error"),
        ("ko_KR", "Use it in the right eye only.", "왼눈에만 사용하세요.", "'왼눈' (left)", "error"),
        ("ko_KR", "Put it in the right ear.", "왼 귀에 넣으세요.", "'왼 귀' (left)", "error"),
        ("ko_KR", "Take it with food.", "빈속에 드세요.", "'빈속' (on an empty stomach)", "error"),
        ("de", "Store in the refrigerator.", "Im Eisfach aufbewahren.", "'Eisfach' (in the freezer)", "error"),
        ("es", "Keep it chilled.", "Consérvelo a temperatura ambiente.", "'temperatura ambiente' (at room temperature)", "error"),
        ("es", "It is given as an IV infusion.", "Se administra por vía oral.", "'por vía oral' (by mouth)", "error"),
        ("es", "It is given by IV.", "Se administra bajo la piel.", "'bajo la piel' (under the skin)", "error"),
        # by mouth said outright of a dose no one swallows, its route named by its dose form: an error
        ("es", "Use the suppository.", "Tome el comprimido por vía oral.", "'por vía oral' (by mouth)", "error"),
        ("es", "Take it by mouth.", "Introduzca el supositorio.", "'supositorio' (rectal)", "warning"),
        ("fr", "Take it by mouth.", "Utilisez le suppositoire.", "'suppositoire' (rectal)", "warning"),
        ("pt_BR", "Take it by mouth.", "Use o supositório.", "'supositório' (rectal)", "warning"),
        ("de", "Take it by mouth.", "Verwenden Sie das Zäpfchen.", "'Zäpfchen' (rectal)", "warning"),
        ("zh_TW", "Take it by mouth.", "使用栓劑。", "'栓劑' (rectal)", "warning"),
        ("ko_KR", "Take it by mouth.", "좌약을 사용하세요.", "'좌약' (rectal)", "warning"),
        ("ar", "Take it by mouth.", "استخدم التحميلة.", "'التحميلة' (rectal)", "warning"),
    ],
)  # fmt: skip
def test_words_the_red_team_found_unread_are_read(catalogs, locale, source, translation, said, severity):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == severity
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Use it in the right eye only.", "오른눈에만 사용하세요."),
        ("ko_KR", "Use it in the right eye.", "오른 눈에 사용하세요."),
        ("ko_KR", "Take it on an empty stomach.", "빈속에 드세요."),
        ("ko_KR", "Do not take it on an empty stomach; take it with food.", "빈속에 드시지 말고 음식과 함께 드세요."),
        ("de", "Store in the freezer compartment.", "Im Eisfach aufbewahren."),
        ("es", "Keep it chilled.", "Consérvelo en la nevera."),
        ("es", "Keep it chilled, not frozen.", "Consérvelo refrigerado, no congelado."),
        ("es", "It is given as an IV infusion.", "Se administra como infusión intravenosa."),
        ("es", "It is given as an IV infusion.", "Se administra en perfusión por vena."),
        ("es", "Use the suppository.", "Introduzca el supositorio."),
        ("es", "Do not swallow the suppository.", "No se trague el supositorio."),
        ("zh_TW", "Use the suppository.", "使用肛門栓劑。"),
        ("de", "Use the suppository.", "Verwenden Sie das Zäpfchen."),
        ("fr", "Use the suppository.", "Utilisez le suppositoire."),
        ("ko_KR", "Use the suppository.", "좌약을 사용하세요."),
        ("ar", "Use the suppository.", "استخدم التحميلة."),
        # a vaginal suppository is no rectal route
        ("es", "Take it by mouth, not as a vaginal suppository.", "Tómelo por vía oral, no como supositorio vaginal."),
        ("zh_TW", "Take it by mouth.", "口服，不是陰道栓劑。"),
    ],
)  # fmt: skip
def test_words_the_red_team_found_unread_said_as_one_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    "text",
    [
        "Type IV collagen.",
        "Stage IV cancer.",
        "IVIG is an antibody.",
        "You may feel chilled.",
    ],
)
def test_a_roman_four_a_chill_or_a_vaginal_suppository_names_no_term(text):
    from pipeline.checks.opposites import terms_named

    assert terms_named(text, language_for("en")) == {}


@pytest.mark.parametrize("text", ["It is given as an IV infusion.", "Use the suppository.", "Keep it chilled."])
def test_iv_suppository_and_chilled_are_read(text):
    from pipeline.checks.opposites import terms_named

    english = language_for("en")
    assert english.may_name_opposites(text), "no hint: the check would not read it"
    assert terms_named(text, english)


# 왼, 오른 only before a part of the body: 오른 alone is also "risen" (혈압이 오른 경우).
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("오른눈에 넣으세요", ["side:right"]),
        ("왼 귀에 넣으세요", ["side:left"]),
        ("혈압이 오른 경우", []),
        ("혈압이 오른 편입니다", []),  # on the high side
    ],
)
def test_korean_sides_are_read_before_a_part_of_the_body(text, sides):
    from pipeline.checks.opposites import terms_named

    assert list(terms_named(text, language_for("ko")).get("side", {})) == sides


# How often a side effect happens: rare (uncommon) said as common (frequent), or the reverse, tells a
# patient what to expect wrongly.  A warning, never an error: a person reads it.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("es", "Serious side effects are rare.", "Los efectos secundarios graves son frecuentes.", "'frecuentes' (common)"),
        ("ko_KR", "Serious side effects are rare.", "심각한 부작용은 흔합니다.", "'흔합' (common)"),
        ("zh_TW", "Serious side effects are rare.", "嚴重的副作用很常見。", "'常見' (common)"),
        ("ar", "Serious side effects are rare.", "الآثار الجانبية الخطيرة شائعة.", "'شائع' (common)"),
        ("fr", "Serious side effects are rare.", "Les effets indésirables graves sont fréquents.", "'fréquents' (common)"),
        ("de", "Serious side effects are rare.", "Schwere Nebenwirkungen sind häufig.", "'häufig' (common)"),
        ("pt_BR", "Serious side effects are rare.", "Os efeitos colaterais graves são comuns.", "'comuns' (common)"),
        ("es", "Uncommon side effects include rash.", "Los efectos frecuentes incluyen erupción.", "'frecuentes' (common)"),
        ("es", "Common side effects include headache.", "Los efectos raros incluyen dolor de cabeza.", "'raros' (rare)"),
        ("ko_KR", "Common side effects include headache.", "드문 부작용으로는 두통이 있습니다.", "'드문' (rare)"),
        ("es", "Side effects are more common in older people.", "Son más raros en los mayores.", "'raros' (rare)"),
    ],
)  # fmt: skip
def test_a_side_effect_rare_said_as_common_is_a_warning(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "warning"
    assert f"(frequency) but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", "Serious side effects are rare.", "Los efectos secundarios graves son raros."),
        ("ko_KR", "Serious side effects are rare.", "심각한 부작용은 드뭅니다."),
        ("ko_KR", "Serious side effects are rare.", "심각한 부작용은 흔하지 않습니다."),
        ("zh_TW", "Serious side effects are rare.", "嚴重的副作用很罕見。"),
        ("zh_TW", "Serious side effects are rare.", "嚴重的副作用並不常見。"),
        ("ar", "Serious side effects are rare.", "الآثار الجانبية الخطيرة غير شائعة."),
        ("fr", "Serious side effects are rare.", "Les effets indésirables graves sont peu fréquents."),
        ("de", "Serious side effects are rare.", "Schwere Nebenwirkungen sind selten."),
        ("pt_BR", "Serious side effects are rare.", "Os efeitos colaterais graves são incomuns."),
        # "uncommon" holds "common", and "poco frecuentes", 흔하지 않은, 不常見, غير الشائعة say it
        ("es", "Uncommon side effects include rash.", "Los efectos secundarios poco frecuentes incluyen erupción."),
        ("es", "Uncommon side effects include rash.", "Los efectos secundarios poco comunes incluyen sarpullido."),
        ("ko_KR", "Uncommon side effects include rash.", "흔하지 않은 부작용으로는 발진이 있습니다."),
        ("zh_TW", "Uncommon side effects include rash.", "不常見的副作用包括皮疹。"),
        ("ar", "Uncommon side effects include rash.", "تشمل الآثار الجانبية غير الشائعة الطفح الجلدي."),
        ("de", "Uncommon side effects include rash.", "Gelegentliche Nebenwirkungen sind Hautausschlag."),
        ("es", "Common side effects include headache.", "Entre los efectos secundarios más comunes está el dolor de cabeza."),
        ("ko_KR", "Common side effects include headache.", "흔히 나타나는 부작용은 두통입니다."),
        # "less common" is rarer: its comparison is [comparison]'s
        ("es", "Side effects are less common in children.", "Los efectos secundarios son menos frecuentes en los niños."),
        ("de", "Side effects are less common in children.", "Nebenwirkungen sind bei Kindern weniger häufig."),
        ("fr", "Side effects are less common in children.", "Les effets indésirables sont moins fréquents chez l'enfant."),
        ("ko_KR", "Side effects are less common in children.", "어린이에게서는 부작용이 덜 흔합니다."),
        ("es", "Rarely, it can cause a blood clot.", "En raras ocasiones, puede causar un coágulo."),
        ("es", "Rarely, it can cause a blood clot.", "Con poca frecuencia, puede causar un coágulo."),
        # 흔들다 (to shake) is no "common"
        ("ko_KR", "Shake it well; side effects are rare.", "잘 흔들어 주세요. 부작용은 드뭅니다."),
        # a word put between 흔하지 and its 않 leaves no "common"
        ("ko_KR", "Serious side effects are uncommon.", "심각한 부작용은 흔하지 일부 않습니다."),
    ],
)  # fmt: skip
def test_a_side_effects_frequency_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Uncommon side effects", ["frequency:rare"]),
        ("Common side effects", ["frequency:common"]),
        ("It is not common.", ["frequency:rare"]),
        ("They are less common in children.", ["frequency:rare"]),
        ("Serious side effects are rare.", ["frequency:rare"]),
    ],
)
def test_english_frequency_words_are_read(text, terms):
    from pipeline.checks.opposites import terms_named

    english = language_for("en")
    assert english.may_name_opposites(text), "no hint: the check would not read it"
    assert list(terms_named(text, english)["frequency"]) == terms


# "Not common" said with the language's "not" is rare, as "not common" is in English: a correct
# translation of "uncommon" warned (a red-team review), and a "common" said as "not common" warns.
@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("de", "These side effects are uncommon.", "Diese Nebenwirkungen sind nicht häufig."),
        ("de", "These side effects are uncommon.", "Diese Nebenwirkungen sind nicht sehr häufig."),
        ("pt_BR", "These side effects are uncommon.", "Estes efeitos não são comuns."),
        ("pt_BR", "These side effects are uncommon.", "Estes efeitos não são frequentes."),
        ("es", "These side effects are uncommon.", "Estos efectos no son frecuentes."),
        ("es", "These side effects are uncommon.", "Estos efectos no son comunes."),
        ("es", "These side effects are uncommon.", "Estos efectos no son muy frecuentes."),
        ("fr", "These side effects are uncommon.", "Ces effets ne sont pas fréquents."),
        ("fr", "These side effects are uncommon.", "Ces effets ne sont pas très fréquents."),
        ("ar", "These side effects are uncommon.", "هذه الآثار الجانبية ليست شائعة."),
        ("zh_TW", "These side effects are uncommon.", "這些副作用不太常見。"),
        # read before, and still
        ("fr", "These side effects are uncommon.", "Ces effets ne sont pas courants."),
        ("ko_KR", "These side effects are uncommon.", "이러한 부작용은 흔하지 않습니다."),
        ("zh_TW", "These side effects are uncommon.", "這些副作用不常見。"),
        ("ar", "These side effects are uncommon.", "هذه الآثار الجانبية غير شائعة."),
        ("de", "These side effects are uncommon.", "Diese Nebenwirkungen treten nicht oft auf."),
        ("es", "It is not common.", "No es común."),
        # "common" is still common, a "not" of another word beside it
        ("de", "Common side effects include headache.", "Häufige Nebenwirkungen sind Kopfschmerzen."),
        ("es", "Common side effects are not serious.", "Los efectos frecuentes no son graves."),
        ("pt_BR", "Common side effects are not serious.", "Os efeitos comuns não são graves."),
        ("fr", "Common side effects are not serious.", "Les effets fréquents ne sont pas graves."),
        ("ar", "Common side effects are not serious.", "الآثار الجانبية الشائعة ليست خطيرة."),
        # "not as common" is a comparison, common in English and here alike
        ("es", "They are not as common in children.", "No son tan frecuentes en los niños."),
        ("de", "They are not as common in children.", "Bei Kindern sind sie nicht so häufig."),
    ],
)  # fmt: skip
def test_a_frequency_said_with_not_is_rare(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("de", "These side effects are common.", "Diese Nebenwirkungen sind nicht häufig.", "'nicht häufig' (rare)"),
        ("de", "These side effects are common.", "Diese Nebenwirkungen treten nicht oft auf.", "'nicht oft' (rare)"),
        ("pt_BR", "These side effects are common.", "Estes efeitos não são comuns.", "'não são comuns' (rare)"),
        ("es", "These side effects are common.", "Estos efectos no son frecuentes.", "'no son frecuentes' (rare)"),
        ("fr", "These side effects are common.", "Ces effets ne sont pas fréquents.", "'pas fréquents' (rare)"),
        ("ar", "These side effects are common.", "هذه الآثار الجانبية ليست شائعة.", "'ليست شائع' (rare)"),
        ("zh_TW", "These side effects are common.", "這些副作用不太常見。", "'不太常見' (rare)"),
        # the misses around them are still caught
        ("de", "Serious side effects are rare.", "Schwere Nebenwirkungen sind häufig.", "'häufig' (common)"),
        ("es", "These side effects are uncommon.", "Estos efectos son frecuentes.", "'frecuentes' (common)"),
    ],
)  # fmt: skip
def test_common_said_as_not_common_is_a_warning(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "warning"
    assert f"(frequency) but the translation says {said} instead" in finding.message


# German "nicht häufiger" is "not more often" (a limit), not "not common": read as before.
def test_german_not_more_often_is_no_rare():
    from pipeline.checks.opposites import terms_named

    named = terms_named("Nehmen Sie es nicht häufiger als zweimal täglich ein.", language_for("de"))
    assert list(named.get("frequency", {})) == ["frequency:common"]


# Chinese 傍晚 is the late afternoon or dusk: it answers the afternoon or the evening, as Spanish
# "la tarde" does (a false error in a red-team review), and no other time of day.
@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("Take it in the late afternoon.", "傍晚服用。"),
        ("Take it in the afternoon.", "請在傍晚服用。"),
        ("Take it in the evening.", "傍晚服用。"),
    ],
)
def test_chinese_dusk_answers_the_afternoon_or_the_evening(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale="zh_TW") == []


@pytest.mark.parametrize(
    ("source", "translation", "said"),
    [
        ("Take it in the morning.", "傍晚服用。", "'傍晚' (in the afternoon or in the evening or at night)"),
        ("Take it at midday.", "傍晚服用。", "'傍晚' (in the afternoon or in the evening or at night)"),
        ("Take it in the late afternoon.", "早上服用。", "'早上' (in the morning)"),
        ("Take it in the afternoon.", "晚上服用。", "'晚上' (in the evening or at night)"),
    ],
)
def test_chinese_dusk_for_the_morning_is_still_an_error(catalogs, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale="zh_TW"))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


# Korean 드묾 (rare, the noun form of a frequency table: "드묾: 1,000명 중 1명") and German Vormittag
# (the late morning) were unread, so "Common" as 드묾 and "in the afternoon" as "am Vormittag" passed.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said", "severity"),
    [
        ("ko_KR", "Common: 1 in 10 people.", "드묾: 10명 중 1명.", "'드묾' (rare)", "warning"),
        ("ko_KR", "Common: 1 in 10 people.", "매우 드묾: 10명 중 1명.", "'드묾' (rare)", "warning"),
        ("de", "Take it in the afternoon.", "Nehmen Sie es am Vormittag ein.", "'Vormittag' (in the morning)", "error"),
        ("de", "Take it in the evening.", "Nehmen Sie es am späten Vormittag ein.", "'Vormittag' (in the morning)", "error"),
        # read before, and still
        ("de", "Take it in the afternoon.", "Nehmen Sie es vormittags ein.", "'vormittags' (in the morning)", "error"),
        ("ko_KR", "Rare: 1 in 1,000 people.", "흔함: 1,000명 중 1명.", "'흔함' (common)", "warning"),
    ],
)  # fmt: skip
def test_korean_rare_as_a_noun_and_german_vormittag_are_read(catalogs, locale, source, translation, said, severity):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == severity
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Rare: 1 in 1,000 people.", "드묾: 1,000명 중 1명."),
        ("ko_KR", "Very rare: 1 in 10,000 people.", "매우 드묾: 10,000명 중 1명."),
        ("ko_KR", "Uncommon: 1 in 100 people.", "흔하지 않음: 100명 중 1명."),
        ("de", "Take it in the morning.", "Nehmen Sie es am Vormittag ein."),
        ("de", "Take it in the late morning.", "Nehmen Sie es am späten Vormittag ein."),
    ],
)  # fmt: skip
def test_korean_rare_as_a_noun_and_german_vormittag_said_as_one_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# "X, not Y": the term right after a "not" is the one excluded, so a translation that keeps both
# terms and swaps which one the "not" excludes swapped the instruction (a warning: it says "not").
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("de", "Take it in the afternoon, not in the morning.", "Nehmen Sie es morgens ein, nicht nachmittags.", "'morgens'"),
        ("de", "Take it in the morning, not in the afternoon.", "Nehmen Sie es nachmittags ein, nicht morgens.", "'nachmittags'"),
        ("es", "Take it with food, not on an empty stomach.", "Tómelo en ayunas, no con comida.", "'en ayunas'"),
        ("fr", "Take it in the evening, not in the morning.", "Prenez-le le matin, pas le soir.", "'matin'"),
        ("zh_TW", "Take it in the afternoon, not in the morning.", "早上服用，不要下午服用。", "'早上'"),
        ("es", "Keep it in the refrigerator, not in the freezer.", "Guárdelo en el congelador, no en la nevera.", "'congelador'"),
        ("de", "Keep it in the refrigerator, not in the freezer.", "Im Eisfach aufbewahren, nicht im Kühlschrank.", "'Eisfach'"),
        ("ar", "Take it in the morning, not in the evening.", "تناوله في المساء، وليس في الصباح.", "'مساء'"),
        # the freezer the source says not to use is no place to keep it
        ("de", "Store in a refrigerator (2 °C to 8 °C). Do not freeze.", "Im Eisfach lagern (2 °C bis 8 °C).", "'Eisfach'"),
        # Korean says the "not" after what it excludes (X이 아니라 Y: not X but Y)
        ("ko_KR", "Take it with food, not on an empty stomach.", "음식과 함께가 아니라 공복에 복용하세요.", "'공복'"),
        ("ko_KR", "Take it in the afternoon, not in the morning.", "오후가 아니라 아침에 복용하세요.", "'아침'"),
        ("ko_KR", "Store it in the refrigerator, not at room temperature.", "냉장고가 아니라 실온에 보관하세요.", "'실온'"),
    ],
)  # fmt: skip
def test_a_contrast_swapped_is_a_warning(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "warning"
    assert f"but the translation says {said} (" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("de", "Take it in the afternoon, not in the morning.", "Nehmen Sie es nachmittags ein, nicht morgens."),
        ("es", "Take it with food, not on an empty stomach.", "Tómelo con comida, no en ayunas."),
        ("fr", "Take it in the evening, not in the morning.", "Prenez-le le soir, pas le matin."),
        ("zh_TW", "Take it in the afternoon, not in the morning.", "下午服用，不要早上服用。"),
        ("ar", "Take it in the morning, not in the evening.", "تناوله في الصباح، وليس في المساء."),
        # Korean says the "not" after what it excludes: the term before 아니라 is the one excluded
        ("ko_KR", "Take it in the afternoon, not in the morning.", "아침이 아니라 오후에 드세요."),
        ("ko_KR", "Take it with food, not on an empty stomach.", "공복이 아니라 음식과 함께 복용하세요."),
        ("ko_KR", "Take it with food, not on an empty stomach.", "공복 상태가 아니라 식사와 함께 복용하세요."),
        ("ko_KR", "Take it with food, not on an empty stomach.", "공복에 복용하지 말고 음식과 함께 복용하세요."),
        ("ko_KR", "Store it in the refrigerator, not at room temperature.", "실온이 아니라 냉장고에 보관하세요."),
        # not only ... but also: nothing excluded
        ("ko_KR", "Take it in the morning and also in the evening.", "아침뿐만 아니라 저녁에도 복용하세요."),
        ("ko_KR", "Take it in the morning and also in the evening.", "아침만이 아니라 저녁에도 복용하세요."),
        # the "not" of the instruction, a verb between: its term is read as before
        ("de", "Do not take it in the morning; take it in the evening.", "Nehmen Sie es nicht morgens, sondern abends ein."),
        ("es", "Do not take it on an empty stomach.", "No lo tome en ayunas."),
        ("es", "Take it with or without food.", "Tómelo con o sin comida."),
        ("pt_BR", "Take it not only in the morning but also at night.", "Tome-o não só de manhã, mas também à noite."),
    ],
)  # fmt: skip
def test_a_contrast_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# After a meal (식후, 飯後, después de comer, nach dem Essen) for "on an empty stomach" passed: the
# words were not read, as "2 hours after a meal" is on an empty stomach.  Said with no time beside
# it, it is now a warning (a person decides); for "with food" it is how Korean and Chinese say it.
@pytest.mark.parametrize(
    ("locale", "translation", "said"),
    [
        ("ko_KR", "식후에 복용하십시오.", "식후"),
        ("ko_KR", "식사 후에 복용하십시오.", "식사 후"),
        ("zh_TW", "飯後服用。", "飯後"),
        ("es", "Tómelo después de comer.", "después de comer"),
        ("es", "Tómelo después de una comida.", "después de una comida"),
        ("fr", "Prenez-le après le repas.", "après le repas"),
        ("pt_BR", "Tome-o após as refeições.", "após as refeições"),
        ("de", "Nehmen Sie es nach dem Essen ein.", "nach dem Essen"),
        ("ar", "تناوله بعد الأكل.", "بعد الأكل"),
    ],
)
def test_after_a_meal_for_an_empty_stomach_is_a_warning(catalogs, locale, translation, said):
    finding = only(catalogs.findings("Take it on an empty stomach.", translation, check="opposites", locale=locale))
    assert finding.severity == "warning"
    assert f"the translation says {said!r} (after a meal)" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # a time beside it: a wait after the meal, on an empty stomach
        ("es", "Take it on an empty stomach.", "Tómelo 2 horas después de comer."),
        ("es", "Take it on an empty stomach.", "Tómelo dos horas después de las comidas."),
        ("fr", "Take it on an empty stomach.", "Prenez-le deux heures après le repas."),
        ("de", "Take it on an empty stomach.", "Nehmen Sie es eine Stunde nach dem Essen ein."),
        ("pt_BR", "Take it on an empty stomach.", "Tome-o 2 horas após as refeições."),
        ("zh_TW", "Take it on an empty stomach.", "飯後2小時服用。"),
        ("ko_KR", "Take it on an empty stomach.", "식후 두 시간에 복용하십시오."),
        ("ko_KR", "Take it on an empty stomach.", "식사 2시간 후에 복용하십시오."),
        ("es", EMPTY_STOMACH_BY_THE_CLOCK, "Tómelo en ayunas, 1 hora antes o 2 horas después de comer."),
        # the empty stomach said too; a blood sugar after meals
        ("ko_KR", "Take it on an empty stomach.", "빈속에 복용하십시오."),
        (
            "ko_KR",
            "Check your blood sugar on an empty stomach and after meals.",
            "공복 혈당과 식후 혈당을 확인하십시오.",
        ),
        # after a meal is how "with food" is said
        ("ko_KR", "Take it with food.", "식후에 복용하십시오."),
        ("zh_TW", "Take it with food.", "飯後服用。"),
        ("es", "Take it with food.", "Tómelo después de comer."),
    ],
)
def test_after_a_meal_with_a_wait_or_for_with_food_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    ("locale", "translation"),
    [("ko_KR", "빈속에 복용하십시오."), ("es", "Tómelo en ayunas."), ("zh_TW", "空腹服用。")],
)
def test_an_empty_stomach_for_with_food_is_still_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings("Take it with food.", translation, check="opposites", locale=locale))
    assert finding.severity == "error"


# On waking is the morning: "Take half a tablet once a day at bedtime." as `Tome medio comprimido
# una vez al día al levantarse.` (on getting up) passed, in every language, as did "Take it on
# waking." as `Tómelo por la noche.`
BEDTIME_DOSE = "Take half a tablet once a day at bedtime."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("es", BEDTIME_DOSE, "Tome medio comprimido una vez al día al levantarse.", "al levantarse"),
        ("es", BEDTIME_DOSE, "Tome medio comprimido una vez al día al despertarse.", "al despertarse"),
        ("fr", BEDTIME_DOSE, "Prenez un demi-comprimé une fois par jour au réveil.", "au réveil"),
        ("de", BEDTIME_DOSE, "Nehmen Sie einmal täglich beim Aufstehen eine halbe Tablette ein.", "beim Aufstehen"),
        ("pt_BR", BEDTIME_DOSE, "Tome meio comprimido uma vez ao dia ao acordar.", "ao acordar"),
        ("ko_KR", BEDTIME_DOSE, "하루 한 번 기상 후 반 알을 복용하십시오.", "기상 후"),
        ("zh_TW", BEDTIME_DOSE, "每天一次，起床後服用半錠。", "起床"),
        ("ar", BEDTIME_DOSE, "تناول نصف قرص مرة واحدة يوميًا عند الاستيقاظ.", "عند الاستيقاظ"),
        ("es", "Take it on waking.", "Tómelo por la noche.", "la noche"),
        ("fr", "Take it when you wake up.", "Prenez-le au coucher.", "au coucher"),
    ],
)
def test_waking_for_bedtime_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error" and f"the translation says {said!r}" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", BEDTIME_DOSE, "Tome medio comprimido una vez al día al acostarse."),
        ("ko_KR", BEDTIME_DOSE, "하루 한 번 취침 전 반 알을 복용하십시오."),
        ("es", "Take it in the morning.", "Tómelo al levantarse."),
        ("fr", "Take it in the morning.", "Prenez-le au réveil."),
        ("de", "Take it in the morning.", "Nehmen Sie es morgens nach dem Aufstehen ein."),
        ("pt_BR", "Take it in the morning.", "Tome-o ao acordar."),
        ("ko_KR", "Take it in the morning.", "기상 후 복용하세요."),
        ("zh_TW", "Take it in the morning.", "起床後服用。"),
        ("ar", "Take it in the morning.", "تناوله عند الاستيقاظ."),
        ("es", "Take it on waking.", "Tómelo al despertarse."),
        ("es", "Take it on waking.", "Tómelo por la mañana."),
        ("de", "Take it as soon as you wake up.", "Nehmen Sie es direkt nach dem Aufwachen ein."),
        # getting up from a chair, beside a dose at night: the night is kept
        (
            "es",
            "Take 1 tablet at night and be careful when you stand up.",
            "Tome 1 comprimido por la noche y tenga cuidado al levantarse.",
        ),
        (
            "de",
            "Take 1 tablet in the evening. Stand up slowly.",
            "Nehmen Sie abends 1 Tablette ein. Seien Sie beim Aufstehen vorsichtig.",
        ),
    ],
)
def test_waking_said_for_the_morning_passes(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale)
    assert [f for f in findings if f.check in ("opposites", "dose-times")] == []


SUPPOSITORY_AT_NIGHT = "Insert one suppository into the rectum at night."
UNDER_THE_TONGUE = "Place the tablet under your tongue and let it dissolve."
UNDER_THE_TONGUE_NOT_SWALLOWED = "Place the tablet under your tongue and let it dissolve. Do not swallow it."
SWALLOWED_BY_A_CHILD = "If a child swallows a suppository, call a doctor."
BY_MOUTH_ONCE_A_DAY = "Take the tablet by mouth once a day."


# A route of use changed, found by a red-team: a swallow (Schlucken Sie, ابلع, Avalez, 삼키세요) is by
# mouth, and a dose form (좌약, 栓劑, supositório) stands for its route only where no other route a dose
# form is given by is named beside it: "Swallow one suppository" is by mouth.  Under the tongue,
# vaginal use and external use are routes of their own.  An error where both name their route by a
# route's own words (SAID_OUTRIGHT_FOR_ANOTHER_ROUTE: "por via oral" for "into the rectum"), a warning
# where either says it by a verb or a dose form (Schlucken Sie, 삼키세요, 좌약): a person reads it.
SAID_OUTRIGHT_FOR_ANOTHER_ROUTE = frozenset({
    "Tome um supositório por via oral à noite.",
    "밤에 좌약 1개를 입으로 복용하세요.",
    "夜間口服一顆栓劑。",
    "하루 한 번 정제를 질에 넣으세요.",
    "Introduzca el comprimido por vía vaginal una vez al día.",
    "每日一次將錠劑放入陰道。",
    "내복용입니다.",
    "僅供口服。",
    "Solo para uso oral.",
    "Par voie orale uniquement.",
    "외용으로만 사용하세요.",
    "僅供外用。",
})  # fmt: skip
# ... and a swallow said outright (Schlucken Sie, 삼키세요, 吞服, ابلع, Avaler) of a dose no one swallows
# (a suppository, a vaginal tablet, a tablet under the tongue), whatever words the source says it by.
SWALLOWED_IN_PLACE_OF_A_ROUTE = frozenset({
    "ابلع تحميلة واحدة ليلًا.",
    "Schlucken Sie abends ein Zäpfchen.",
    "Avalez un suppositoire le soir au coucher.",
    "Engula um supositório à noite.",
    "Trague un supositorio por la noche.",
    "밤에 좌약 1개를 삼키세요.",
    "夜間吞服一顆栓劑。",
    "Le suppositoire doit être avalé.",
    "정제를 물과 함께 삼키세요.",
    "請用水吞服錠劑。",
    "Schlucken Sie die Tablette mit Wasser.",
    "ابلع القرص مع الماء.",
    "밤에 질정 1개를 삼키세요.",
    "Avaler le comprimé avec un verre d'eau.",
    "Avaler un suppositoire le soir.",
    "Tragar el comprimido con agua.",
    "Por la noche, tragar un supositorio.",
    "Engolir o comprimido com água.",
    "Engolir um supositório à noite.",
})  # fmt: skip


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ar", SUPPOSITORY_AT_NIGHT, "ابلع تحميلة واحدة ليلًا.", "'ابلع' (by mouth)"),
        ("de", SUPPOSITORY_AT_NIGHT, "Schlucken Sie abends ein Zäpfchen.", "'Schlucken' (by mouth)"),
        ("fr", SUPPOSITORY_AT_NIGHT, "Avalez un suppositoire le soir au coucher.", "'Avalez' (by mouth)"),
        ("pt_BR", SUPPOSITORY_AT_NIGHT, "Tome um supositório por via oral à noite.", "'por via oral' (by mouth)"),
        ("pt_BR", SUPPOSITORY_AT_NIGHT, "Engula um supositório à noite.", "'Engula' (by mouth)"),
        ("es", SUPPOSITORY_AT_NIGHT, "Trague un supositorio por la noche.", "'Trague' (by mouth)"),
        ("ko_KR", "Use one suppository rectally at night.", "밤에 좌약 1개를 입으로 복용하세요.", "'입으로' (by mouth)"),
        ("ko_KR", SUPPOSITORY_AT_NIGHT, "밤에 좌약 1개를 삼키세요.", "'삼키세요' (by mouth)"),
        ("zh_TW", "Use one suppository rectally at night.", "夜間口服一顆栓劑。", "'口服' (by mouth)"),
        ("zh_TW", SUPPOSITORY_AT_NIGHT, "夜間吞服一顆栓劑。", "'吞服' (by mouth)"),
        ("fr", "The suppository is for rectal use only.", "Le suppositoire doit être avalé.", "'doit être avalé' (by mouth)"),
        ("ko_KR", UNDER_THE_TONGUE, "정제를 물과 함께 삼키세요.", "'삼키세요' (by mouth)"),
        ("zh_TW", UNDER_THE_TONGUE, "請用水吞服錠劑。", "'吞服' (by mouth)"),
        ("de", UNDER_THE_TONGUE, "Schlucken Sie die Tablette mit Wasser.", "'Schlucken' (by mouth)"),
        ("ar", UNDER_THE_TONGUE, "ابلع القرص مع الماء.", "'ابلع' (by mouth)"),
        ("ko_KR", "Swallow the tablet whole with water.", "정제를 혀 밑에 넣고 녹이세요.", "'혀 밑' (under the tongue)"),
        ("ko_KR", BY_MOUTH_ONCE_A_DAY, "하루 한 번 정제를 질에 넣으세요.", "'질에 넣' (vaginal)"),
        ("es", BY_MOUTH_ONCE_A_DAY, "Introduzca el comprimido por vía vaginal una vez al día.", "'por vía vaginal' (vaginal)"),
        ("zh_TW", BY_MOUTH_ONCE_A_DAY, "每日一次將錠劑放入陰道。", "'放入陰道' (vaginal)"),
        ("ko_KR", "Insert one vaginal tablet at night.", "밤에 질정 1개를 삼키세요.", "'삼키세요' (by mouth)"),
        ("ko_KR", "For external use only.", "내복용입니다.", "'내복용' (by mouth)"),
        ("zh_TW", "For external use only.", "僅供口服。", "'口服' (by mouth)"),
        ("es", "For external use only.", "Solo para uso oral.", "'uso oral' (by mouth)"),
        ("fr", "For external use only.", "Par voie orale uniquement.", "'Par voie orale' (by mouth)"),
        ("ko_KR", "Take it by mouth.", "외용으로만 사용하세요.", "'외용' (for external use)"),
        ("zh_TW", "Take it by mouth.", "僅供外用。", "'外用' (for external use)"),
    ],
)  # fmt: skip
def test_a_route_of_use_changed_is_flagged(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    outright = translation in SAID_OUTRIGHT_FOR_ANOTHER_ROUTE | SWALLOWED_IN_PLACE_OF_A_ROUTE
    assert finding.severity == ("error" if outright else "warning")
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # a dose form alone says its route
        ("ko_KR", SUPPOSITORY_AT_NIGHT, "밤에 좌약 1개를 항문에 넣으세요."),
        ("fr", SUPPOSITORY_AT_NIGHT, "Utilisez un suppositoire le soir."),
        ("de", SUPPOSITORY_AT_NIGHT, "Führen Sie abends ein Zäpfchen in den After ein."),
        ("pt_BR", SUPPOSITORY_AT_NIGHT, "Introduza um supositório no reto à noite."),
        ("zh_TW", SUPPOSITORY_AT_NIGHT, "夜間將一顆栓劑塞入肛門。"),
        ("ar", SUPPOSITORY_AT_NIGHT, "أدخل تحميلة واحدة في المستقيم ليلًا."),
        # ... and a muscle or a vein beside it is a side effect, no route of a suppository
        ("ar", "Use the suppository rectally; it may cause muscle pain.", "استخدم التحميلة؛ قد تسبب ألمًا عضليًا."),
        # under the tongue, with "do not swallow"
        ("ko_KR", UNDER_THE_TONGUE_NOT_SWALLOWED, "정제를 혀 밑에 넣고 녹이세요. 삼키지 마세요."),
        ("ko_KR", "Let it dissolve under your tongue; do not swallow it.", "혀 밑에서 녹이되 삼키지 마세요."),
        ("zh_TW", UNDER_THE_TONGUE_NOT_SWALLOWED, "將錠劑放在舌下溶解。不要吞下。"),
        ("fr", UNDER_THE_TONGUE_NOT_SWALLOWED, "Placez le comprimé sous la langue et laissez-le fondre. Ne l'avalez pas."),
        (
            "de",
            UNDER_THE_TONGUE_NOT_SWALLOWED,
            "Legen Sie sie unter die Zunge und lassen Sie sie zergehen. Schlucken Sie sie nicht.",
        ),
        (
            "de",
            "Place it under your tongue; do not chew or swallow it.",
            "Legen Sie sie unter die Zunge; nicht zerkauen oder schlucken.",
        ),
        ("es", UNDER_THE_TONGUE_NOT_SWALLOWED, "Coloque el comprimido debajo de la lengua y deje que se disuelva. No lo trague."),
        ("pt_BR", UNDER_THE_TONGUE_NOT_SWALLOWED, "Coloque o comprimido embaixo da língua e deixe dissolver. Não engula."),
        ("ar", UNDER_THE_TONGUE_NOT_SWALLOWED, "ضع القرص تحت اللسان واتركه يذوب. لا تبلعه."),
        ("ar", "Place the tablet under your tongue.", "ضع القرص تحت لسانك."),
        # a swallow said with a "not" is no route
        ("ko_KR", "Do not swallow the suppository.", "좌약을 삼키지 마세요."),
        ("zh_TW", "Do not swallow the suppository.", "請勿吞服栓劑。"),
        ("fr", "Do not swallow the suppository.", "N'avalez pas le suppositoire."),
        ("de", "Do not swallow the suppository.", "Schlucken Sie das Zäpfchen nicht."),
        ("pt_BR", "Do not swallow the suppository.", "Não engula o supositório."),
        ("ar", "Do not swallow the suppository.", "لا تبلع التحميلة."),
        ("ko_KR", "Insert the suppository into the rectum; do not swallow it.", "좌약을 항문에 넣고 삼키지 마세요."),
        # ... nor one a child did by mistake
        ("ko_KR", SWALLOWED_BY_A_CHILD, "어린이가 좌약을 삼킨 경우 의사에게 연락하세요."),
        ("zh_TW", SWALLOWED_BY_A_CHILD, "如果兒童誤吞栓劑，請聯絡醫師。"),
        ("de", SWALLOWED_BY_A_CHILD, "Wenn ein Kind ein Zäpfchen verschluckt, rufen Sie einen Arzt."),
        ("fr", SWALLOWED_BY_A_CHILD, "Si un enfant avale un suppositoire, appelez un médecin."),
        # for external use, do not swallow
        ("ko_KR", "For external use only, do not swallow.", "외용으로만 사용하고 삼키지 마세요."),
        ("zh_TW", "For external use only, do not swallow.", "僅供外用，請勿吞服。"),
        ("fr", "For external use only, do not swallow.", "Usage externe uniquement, ne pas avaler."),
        ("de", "For external use only, do not swallow.", "Nur zur äußerlichen Anwendung, nicht schlucken."),
        ("es", "For external use only, do not swallow.", "Solo para uso externo, no tragar."),
        ("pt_BR", "For external use only, do not swallow.", "Somente para uso externo, não engolir."),
        ("ar", "For external use only, do not swallow.", "للاستعمال الخارجي فقط، لا تبلعه."),
        # eye drops, an oral suspension, a mouthwash
        ("ko_KR", "For external use only. Put one drop in each eye.", "외용으로만 사용하세요. 양쪽 눈에 한 방울씩 넣으세요."),
        ("ko_KR", "Shake the oral suspension well.", "경구 현탁액을 잘 흔드세요."),
        ("zh_TW", "Shake the oral suspension well.", "口服懸浮液使用前請充分搖勻。"),
        ("ko_KR", "Mouthwash: do not swallow.", "가글액: 삼키지 마세요."),
        ("es", "Rinse your mouth with the mouthwash; do not swallow it.", "Enjuáguese la boca con el enjuague; no lo trague."),
        # a vaginal tablet
        ("ko_KR", "Insert one vaginal tablet.", "질정 1개를 질 안에 넣으세요."),
        ("ko_KR", "Insert one vaginal tablet into the vagina.", "질정 1개를 질 안에 넣으세요."),
        ("es", "Insert one vaginal tablet at night.", "Introduzca un comprimido vaginal por la noche."),
        ("de", "Insert one vaginal tablet at night.", "Führen Sie abends eine Vaginaltablette in die Scheide ein."),
        ("zh_TW", "Insert one vaginal tablet at night.", "夜間將一顆陰道錠放入陰道。"),
        ("ar", "Insert one vaginal tablet at night.", "أدخل قرصًا مهبليًا واحدًا في المهبل ليلًا."),
        # a swallow is by mouth
        ("ko_KR", BY_MOUTH_ONCE_A_DAY, "하루 한 번 정제를 삼키세요."),
        (
            "fr",
            "Take the tablets by mouth; they may cause muscle pain.",
            "Avalez les comprimés ; ils peuvent provoquer une douleur dans le muscle.",
        ),
        ("zh_TW", "Take the tablets by mouth; tell your doctor about varicose veins.", "請吞服錠劑；若有靜脈曲張，請告訴醫師。"),
        (
            "es",
            "Take the tablets by mouth; rarely, they can cause a clot in a vein.",
            "Trague los comprimidos; rara vez causan un coágulo en una vena.",
        ),
    ],
)  # fmt: skip
def test_a_route_of_use_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    ("locale", "text", "routes"),
    [
        ("ko", "좌약을 사용하세요.", ["route:rectal"]),
        ("ko", "좌약을 삼키세요.", ["route:by mouth"]),
        ("ko", "좌약을 삼키지 마세요.", ["route:rectal"]),
        ("en", "A vaginal suppository.", ["route:vaginal"]),  # no rectal one
        ("ko", "질정 1개를 삼키세요.", ["route:by mouth"]),
        ("ko", "정제를 삼키기 어려우면", []),  # trouble swallowing: no instruction
        ("ko", "삶의 질에 영향을 줄 수 있습니다.", []),  # 질: the quality of life
        ("ko", "설명을 개설하는 경우", []),
        ("en", "You may have trouble swallowing.", []),
        ("en", "If the tablet is hard to swallow, ask your pharmacist.", []),
        ("en", "Tell your doctor about vaginal bleeding.", []),
        ("en", "Swelling of the face, lips, tongue, or throat", []),
        ("de", "Schmerzen beim Schlucken", []),
        ("zh", "嚴重的陰道出血", []),
    ],
)  # fmt: skip
def test_routes_are_read_only_where_said(locale, text, routes):
    from pipeline.checks.opposites import terms_named

    assert list(terms_named(text, language_for(locale)).get("route", {})) == routes


# --- a teaspoon is not a tablespoon -------------------------------------------------------------
# "Take 1 teaspoon (5 mL) three times a day." as `Prenez une cuillère à soupe (5 ml) trois fois par
# jour.` or `Nehmen Sie dreimal täglich einen Esslöffel (5 ml) ein.` passed: every number is there,
# but a patient measures with the spoon named, and a tablespoon is 15 mL. The two spoons are two
# terms of one class, as the left eye and the right are; a mL beside them changes nothing.

TEASPOON = "Take 1 teaspoon (5 mL) three times a day."
TABLESPOON = "Take 1 tablespoon (15 mL) three times a day."


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        ("fr", TEASPOON, "Prenez une cuillère à soupe (5 ml) trois fois par jour.", "'cuillère à soupe' (tablespoon)"),
        ("de", TEASPOON, "Nehmen Sie dreimal täglich einen Esslöffel (5 ml) ein.", "'Esslöffel' (tablespoon)"),
        ("es", TEASPOON, "Tome una cucharada (5 ml) tres veces al día.", "'cucharada' (tablespoon)"),
        ("pt_BR", TEASPOON, "Tome uma colher de sopa (5 ml) três vezes ao dia.", "'colher de sopa' (tablespoon)"),
        ("ko_KR", TEASPOON, "하루 세 번 1큰술(5mL)씩 복용하세요.", "'큰술' (tablespoon)"),
        ("ko_KR", TEASPOON, "하루 세 번 테이블스푼 1개(5mL)를 복용하세요.", "'테이블스푼' (tablespoon)"),
        ("zh_TW", TEASPOON, "每天三次，每次一湯匙（5 毫升）。", "'湯匙' (tablespoon)"),
        ("zh_TW", TEASPOON, "每天三次，每次一大匙（5 毫升）。", "'大匙' (tablespoon)"),
        ("ar", TEASPOON, "تناول ملعقة كبيرة واحدة (5 مل) ثلاث مرات يوميًا.", "'ملعقة كبيرة' (tablespoon)"),
        ("fr", "Take 1/2 teaspoon.", "Prenez une demi-cuillère à soupe.", "'demi-cuillère à soupe' (tablespoon)"),
        ("fr", TABLESPOON, "Prenez une cuillère à café (15 ml) trois fois par jour.", "'cuillère à café' (teaspoon)"),
        ("de", TABLESPOON, "Nehmen Sie dreimal täglich einen Teelöffel (15 ml) ein.", "'Teelöffel' (teaspoon)"),
        ("es", TABLESPOON, "Tome una cucharadita (15 ml) tres veces al día.", "'cucharadita' (teaspoon)"),
        ("pt_BR", TABLESPOON, "Tome uma colher de chá (15 ml) três vezes ao dia.", "'colher de chá' (teaspoon)"),
        ("ko_KR", TABLESPOON, "하루 세 번 1찻숟가락(15mL)씩 복용하세요.", "'찻숟가락' (teaspoon)"),
        ("zh_TW", TABLESPOON, "每天三次，每次一茶匙（15 毫升）。", "'茶匙' (teaspoon)"),
        ("ar", TABLESPOON, "تناول ملعقة صغيرة واحدة (15 مل) ثلاث مرات يوميًا.", "'ملعقة صغيرة' (teaspoon)"),
    ],
)
def test_a_teaspoon_said_as_a_tablespoon_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale))
    assert finding.check == "opposites" and finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("fr", TEASPOON, "Prenez une cuillère à café (5 ml) trois fois par jour."),
        ("fr", TEASPOON, "Prenez une petite cuillère (5 ml) trois fois par jour."),
        ("fr", TEASPOON, "Prenez une cuillerée à café (5 ml) trois fois par jour."),
        ("fr", "Take 1/2 teaspoon.", "Prenez une demi-cuillère à café."),
        ("de", TEASPOON, "Nehmen Sie dreimal täglich einen Teelöffel (5 ml) ein."),
        ("de", TEASPOON, "Nehmen Sie dreimal täglich einen Messlöffel (5 ml) ein."),
        ("de", "Take 1/2 teaspoon.", "Nehmen Sie einen halben Teelöffel ein."),
        ("es", TEASPOON, "Tome una cucharadita (5 ml) tres veces al día."),
        ("es", "Give 1 1/2 teaspoons (7.5 mL).", "Administre una cucharadita y media (7,5 ml)."),
        ("pt_BR", TEASPOON, "Tome uma colher de chá (5 ml) três vezes ao dia."),
        ("pt_BR", TEASPOON, "Tome uma colher (de chá) de 5 ml três vezes ao dia."),
        ("ko_KR", TEASPOON, "하루 세 번 1찻숟가락(5mL)씩 복용하세요."),
        ("ko_KR", TEASPOON, "하루 세 번 1티스푼(5 mL)씩 드세요."),
        ("ko_KR", TEASPOON, "하루 세 번 5mL(작은술 1개)씩 복용하세요."),
        ("zh_TW", TEASPOON, "每天三次，每次一茶匙（5 毫升）。"),
        ("zh_TW", TEASPOON, "每天三次，每次一小匙（5 毫升）。"),
        ("ar", TEASPOON, "تناول ملعقة صغيرة واحدة (5 مل) ثلاث مرات يوميًا."),
        ("ar", TEASPOON, "تناول ملعقة شاي واحدة (5 مل) ثلاث مرات يوميًا."),
        ("fr", TABLESPOON, "Prenez une cuillère à soupe (15 ml) trois fois par jour."),
        ("de", TABLESPOON, "Nehmen Sie dreimal täglich einen Esslöffel (15 ml) ein."),
        ("es", TABLESPOON, "Tome una cucharada (15 ml) tres veces al día."),
        ("ko_KR", TABLESPOON, "하루 세 번 1큰술(15mL)씩 복용하세요."),
        ("zh_TW", TABLESPOON, "每天三次，每次一湯匙（15 毫升）。"),
        ("ar", TABLESPOON, "تناول ملعقة كبيرة واحدة (15 مل) ثلاث مرات يوميًا."),
        # a spoon named neither way, or the kitchen one named to be avoided
        ("ko_KR", "Use the measuring spoon provided to give 2.5 mL.", "동봉된 계량 스푼으로 2.5 mL를 투여하세요."),
        ("fr", "Take 5 mL (1 teaspoon).", "Prenez 5 ml (1 cuillère-mesure)."),
        (
            "fr",
            "Use the measuring spoon, not a kitchen teaspoon.",
            "Utilisez la cuillère-mesure, pas une cuillère de cuisine.",
        ),
    ],
)
def test_the_spoon_the_source_names_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale) == []


# --- between meals; a time of day of two said as a third -----------------------------------------
# "Take the medicine between meals." as `식후에 복용하세요.` (after a meal) passed: "between meals" named
# no term. It is when the stomach is empty (식간, entre las comidas, zwischen den Mahlzeiten, 兩餐之間,
# بين الوجبات), so with food for it is an error, and after a meal a warning, as for "on an empty
# stomach". "Take the tablets in the morning and at lunchtime." as `morgens und abends` passed: a
# translation that kept one of the source's terms said nothing of a third.

BETWEEN_MEALS = "Take the medicine between meals."
MORNING_AND_LUNCH = "Take the tablets in the morning and at lunchtime."


@pytest.mark.parametrize(
    "locale, source, translation, severity, said, instead",
    [
        ("ko_KR", BETWEEN_MEALS, "식후에 복용하세요.", "warning", "'between meals' (food)", "'식후' (after a meal)"),
        ("zh_TW", BETWEEN_MEALS, "請飯後服用。", "warning", "'between meals' (food)", "'飯後' (after a meal)"),
        (
            "ko_KR",
            BETWEEN_MEALS,
            "식사와 함께 복용하세요.",
            "error",
            "'between meals' (food)",
            "'식사와 함께' (with food)",
        ),
        (
            "es",
            BETWEEN_MEALS,
            "Tome el medicamento con las comidas.",
            "error",
            "'between meals' (food)",
            "'con las comidas' (with food)",
        ),
        (
            "fr",
            BETWEEN_MEALS,
            "Prenez le médicament pendant les repas.",
            "error",
            "'between meals' (food)",
            "'pendant les repas' (with food)",
        ),
        (
            "de",
            BETWEEN_MEALS,
            "Nehmen Sie das Arzneimittel zu den Mahlzeiten ein.",
            "error",
            "'between meals' (food)",
            "'zu den Mahlzeiten' (with food)",
        ),
        ("zh_TW", BETWEEN_MEALS, "請隨餐服用。", "error", "'between meals' (food)", "'隨餐' (with food)"),
        ("ar", BETWEEN_MEALS, "تناول الدواء مع الطعام.", "error", "'between meals' (food)", "'مع الطعام' (with food)"),
        (
            "de",
            MORNING_AND_LUNCH,
            "Nehmen Sie die Tabletten morgens und abends ein.",
            "error",
            "'lunchtime' (time)",
            "'abends' (in the evening or at night)",
        ),
        (
            "es",
            MORNING_AND_LUNCH,
            "Tome los comprimidos por la mañana y por la noche.",
            "error",
            "'lunchtime' (time)",
            "'la noche' (in the evening or at night)",
        ),
        (
            "ko_KR",
            MORNING_AND_LUNCH,
            "아침과 저녁에 정제를 복용하세요.",
            "error",
            "'lunchtime' (time)",
            "'저녁' (in the evening or at night)",
        ),
        (
            "fr",
            "Take it in the morning and at noon.",
            "Prenez-le le matin et le soir.",
            "error",
            "'noon' (time)",
            "'soir' (in the evening or at night)",
        ),
        (
            "zh_TW",
            "Take it in the morning and at noon.",
            "請於早上和晚上服用。",
            "error",
            "'noon' (time)",
            "'晚上' (in the evening or at night)",
        ),
        (
            "de",
            "Take it in the morning and in the evening.",
            "Nehmen Sie es morgens und nachmittags ein.",
            "error",
            "'evening' (time)",
            "'nachmittags' (in the afternoon)",
        ),
        (
            "es",
            "Take it in the morning or in the evening.",
            "Tómelo por la mañana o al mediodía.",
            "error",
            "'evening' (time)",
            "'mediodía' (at midday)",
        ),
    ],
)
def test_between_meals_or_a_time_of_day_of_two_said_otherwise_is_caught(
    catalogs, locale, source, translation, severity, said, instead
):
    finding = only(catalogs.findings(source, translation, locale=locale))
    assert finding.check == "opposites" and finding.severity == severity
    assert f"the source says {said} but the translation says {instead} instead" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("ko_KR", BETWEEN_MEALS, "식간에 복용하세요."),
        ("ko_KR", BETWEEN_MEALS, "식사 사이에 복용하세요."),
        ("ko_KR", BETWEEN_MEALS, "공복에 복용하세요."),
        ("ko_KR", "Take it on an empty stomach.", "식간에 복용하세요."),
        ("es", BETWEEN_MEALS, "Tome el medicamento entre las comidas."),
        ("fr", BETWEEN_MEALS, "Prenez le médicament entre les repas."),
        ("de", BETWEEN_MEALS, "Nehmen Sie das Arzneimittel zwischen den Mahlzeiten ein."),
        ("pt_BR", BETWEEN_MEALS, "Tome o medicamento entre as refeições."),
        ("zh_TW", BETWEEN_MEALS, "請於兩餐之間服用。"),
        ("ar", BETWEEN_MEALS, "تناول الدواء بين الوجبات."),
        ("de", MORNING_AND_LUNCH, "Nehmen Sie die Tabletten morgens und mittags ein."),
        ("de", MORNING_AND_LUNCH, "Nehmen Sie die Tabletten morgens und zum Mittagessen ein."),
        ("es", MORNING_AND_LUNCH, "Tome los comprimidos por la mañana y al mediodía."),
        ("ko_KR", MORNING_AND_LUNCH, "아침과 점심에 정제를 복용하세요."),
        ("fr", "Take it in the morning and at noon.", "Prenez-le le matin et à midi."),
        ("ar", "Take it in the morning and at noon.", "تناوله في الصباح وعند الظهر."),
        ("zh_TW", "Take it in the morning and in the evening.", "早晚各服用一次。"),
        ("ko_KR", "Take it in the morning and in the evening.", "아침저녁으로 복용하세요."),
        ("es", "Take it at breakfast and at bedtime.", "Tómelo con el desayuno y al acostarse."),
        # one of two the source allows; a word that says two (tarde) answers either and names no third
        ("es", "Take it in the morning or in the evening.", "Tómelo por la mañana."),
        ("es", "Take it in the morning and in the evening.", "Tómelo por la mañana y por la tarde."),
        ("pt_BR", "Take it after lunch, in the early afternoon.", "Tome depois de comer, no início da tarde."),
        ("es", "Take it with food or on an empty stomach.", "Tómelo con comida o en ayunas."),
        ("es", "Use it in the left and right eye.", "Úselo en el ojo izquierdo."),
    ],
)
def test_between_meals_and_times_of_day_said_as_the_source_says_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="opposites") == []


# Both eyes said as one: "Use 1 drop in both eyes at bedtime." as `취침 전에 오른쪽 눈에 1방울
# 점안하십시오.` (the right eye only) passed in every language: both sides are a term of the side
# class, and the left and the right named together say it.
BOTH_EYES = "Use 1 drop in both eyes at bedtime."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", BOTH_EYES, "취침 전에 오른쪽 눈에 1방울 점안하십시오.", "'오른쪽' (right)"),
        ("es", BOTH_EYES, "Aplique 1 gota en el ojo derecho antes de acostarse.", "'derecho' (right)"),
        ("pt_BR", BOTH_EYES, "Aplique 1 gota no olho esquerdo ao deitar.", "'esquerdo' (left)"),
        ("zh_TW", BOTH_EYES, "睡前左眼點1滴。", "'左' (left)"),
        ("de", BOTH_EYES, "Tragen Sie vor dem Schlafengehen 1 Tropfen in das linke Auge ein.", "'linke' (left)"),
        ("fr", BOTH_EYES, "Mettez 1 goutte dans l'œil droit au coucher.", "'droit' (right)"),
        ("ar", BOTH_EYES, "ضع قطرة واحدة في العين اليمنى عند النوم.", "'اليمنى' (right)"),
        ("es", "Use it in the left eye only.", "Úselo en ambos ojos.", "'ambos ojos' (both)"),
        ("ko_KR", "Put 2 drops in the right ear.", "양쪽 귀에 2방울 넣으십시오.", "'양쪽' (both)"),
    ],
)  # fmt: skip
def test_both_sides_said_as_one_side_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", BOTH_EYES, "취침 전에 양쪽 눈에 1방울 점안하십시오."),
        ("ko_KR", BOTH_EYES, "취침 전에 양 눈에 1방울씩 점안하십시오."),
        ("es", BOTH_EYES, "Aplique 1 gota en ambos ojos antes de acostarse."),
        ("es", BOTH_EYES, "Aplique 1 gota en los dos ojos antes de acostarse."),
        ("es", BOTH_EYES, "Aplique 1 gota en cada ojo antes de acostarse."),
        ("de", BOTH_EYES, "Tropfen Sie vor dem Schlafengehen 1 Tropfen in beide Augen."),
        ("zh_TW", BOTH_EYES, "睡前雙眼各點1滴。"),
        ("zh_TW", BOTH_EYES, "睡前兩眼各點1滴。"),
        ("zh_TW", BOTH_EYES, "睡前左右眼各點1滴。"),
        ("ar", BOTH_EYES, "ضع قطرة واحدة في كلتا العينين عند النوم."),
        ("fr", BOTH_EYES, "Mettez 1 goutte dans les deux yeux au coucher."),
        ("fr", BOTH_EYES, "Mettez 1 goutte dans chaque œil au coucher."),
        ("pt_BR", BOTH_EYES, "Aplique 1 gota em ambos os olhos ao deitar."),
        ("pt_BR", BOTH_EYES, "Aplique 1 gota nos dois olhos ao deitar."),
        # the left and the right named together are both sides, either way round
        ("es", BOTH_EYES, "Aplique 1 gota en el ojo derecho y en el izquierdo antes de acostarse."),
        ("ko_KR", "Put 1 drop in the left eye and 1 drop in the right eye.", "양쪽 눈에 1방울씩 넣으십시오."),
        ("es", "Put 1 drop in each eye once a day.", "Ponga una gota en cada ojo una vez al día."),
    ],
)  # fmt: skip
def test_both_sides_said_as_both_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize("text", ["Tell your doctor about both side effects.", "Note each side effect."])
def test_a_side_effect_is_no_side(text):
    from pipeline.checks.opposites import terms_named

    assert terms_named(text, language_for("en")) == {}


# Noon said as midnight: "Take it at noon." as `자정에 복용하십시오.` or `請於午夜12點服用。` passed:
# midnight was no time of day.  It is the night.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", "Take it at noon.", "자정에 복용하십시오.", "'자정'"),
        ("zh_TW", "Take it at noon.", "請於午夜12點服用。", "'午夜'"),
        ("es", "Take it at noon.", "Tómelo a medianoche.", "'medianoche'"),
        ("fr", "Take it at noon.", "Prenez-le à minuit.", "'minuit'"),
        ("pt_BR", "Take it at noon.", "Tome-o à meia-noite.", "'meia-noite'"),
        ("de", "Take it at noon.", "Nehmen Sie es um Mitternacht ein.", "'Mitternacht'"),
        ("ko_KR", "Take it at midnight.", "정오에 복용하십시오.", "'정오'"),
    ],
)  # fmt: skip
def test_noon_said_as_midnight_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error" and f"the translation says {said}" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Take it at noon.", "정오에 복용하십시오."),
        ("ko_KR", "Take it at noon.", "낮 12시에 복용하십시오."),
        ("zh_TW", "Take it at noon.", "請於中午12點服用。"),
        ("es", "Take it at noon.", "Tómelo al mediodía."),
        ("fr", "Take it at noon.", "Prenez-le à midi."),
        ("pt_BR", "Take it at noon.", "Tome-o ao meio-dia."),
        ("ko_KR", "Take it at midnight.", "자정에 복용하십시오."),
        ("ko_KR", "Take it at midnight.", "밤 12시에 복용하십시오."),
        ("zh_TW", "Take it at midnight.", "請於午夜服用。"),
        ("es", "Take it at night.", "Tómelo a medianoche."),
        ("de", "Take it at bedtime.", "Nehmen Sie es vor dem Schlafengehen um Mitternacht ein."),
    ],
)  # fmt: skip
def test_midnight_said_as_midnight_or_the_night_passes(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale)
    assert [f for f in findings if f.check in ("opposites", "dose-times", "number-words")] == []


# Where drops go: "Put 1 drop in the affected eye 3 times a day." as `1일 3회, 아픈 귀에 1방울씩
# 넣으십시오.` (the ear) passed in every language.  The eye, the ear and the nose are a class.
EYE_DROP = "Put 1 drop in the affected eye 3 times a day."
EAR_DROPS = "Lie on your side and put 4 drops into the ear. Stay lying down for 5 minutes."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", EYE_DROP, "1일 3회, 아픈 귀에 1방울씩 넣으십시오.", "'귀에' (the ear)"),
        ("es", EYE_DROP, "Aplique una gota en el oído afectado tres veces al día.", "'oído' (the ear)"),
        ("de", EYE_DROP, "Tropfen Sie dreimal täglich 1 Tropfen in das betroffene Ohr.", "'Ohr' (the ear)"),
        ("zh_TW", EYE_DROP, "每日3次，每次1滴，點於患耳。", "'耳' (the ear)"),
        ("ar", EYE_DROP, "ضع قطرة واحدة في الأذن المصابة ٣ مرات يوميًا.", "'الأذن' (the ear)"),
        ("fr", EYE_DROP, "Mettez une goutte dans l'oreille atteinte trois fois par jour.", "'oreille' (the ear)"),
        ("pt_BR", EYE_DROP, "Aplique uma gota no nariz três vezes ao dia.", "'nariz' (the nose)"),
        ("ko_KR", EAR_DROPS, "옆으로 누워 눈에 4방울을 넣으십시오. 5분 동안 누운 상태를 유지하십시오.", "'눈에' (the eye)"),
    ],
)  # fmt: skip
def test_the_eye_said_as_the_ear_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error" and f"the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", EYE_DROP, "1일 3회, 아픈 눈에 1방울씩 넣으십시오."),
        ("ko_KR", EYE_DROP, "1일 3회 1방울씩 점안하십시오."),
        ("ko_KR", "Use the eye drops 3 times a day.", "안약을 1일 3회 사용하십시오."),
        ("es", EYE_DROP, "Aplique una gota en el ojo afectado tres veces al día."),
        ("de", EYE_DROP, "Tropfen Sie dreimal täglich 1 Tropfen in das betroffene Auge."),
        ("zh_TW", EYE_DROP, "每日3次，每次1滴，點於患眼。"),
        ("zh_TW", EYE_DROP, "每日3次，每次1滴，點眼。"),
        ("ar", EYE_DROP, "ضع قطرة واحدة في العين المصابة ٣ مرات يوميًا."),
        ("fr", EYE_DROP, "Mettez une goutte dans l'œil atteint trois fois par jour."),
        ("pt_BR", EYE_DROP, "Aplique uma gota no olho afetado três vezes ao dia."),
        ("ko_KR", EAR_DROPS, "옆으로 누워 귀에 4방울을 넣으십시오. 5분 동안 누운 상태를 유지하십시오."),
        ("es", EAR_DROPS, "Acuéstese de lado y ponga 4 gotas en el oído. Permanezca acostado durante 5 minutos."),
        ("de", EAR_DROPS,
         "Legen Sie sich auf die Seite und geben Sie 4 Tropfen ins Ohr. Bleiben Sie 5 Minuten liegen."),
        ("zh_TW", EAR_DROPS, "側躺，點耳4滴。保持躺姿5分鐘。"),
        ("ar", EAR_DROPS, "استلقِ على جانبك وضع 4 قطرات في الأذن. ابقَ مستلقيًا لمدة 5 دقائق."),
        ("fr", EAR_DROPS,
         "Allongez-vous sur le côté et mettez 4 gouttes dans l'oreille. Restez allongé pendant 5 minutes."),
        ("pt_BR", EAR_DROPS, "Deite-se de lado e coloque 4 gotas no ouvido. Permaneça deitado por 5 minutos."),
        # an ear, nose and throat doctor; noticed (눈에 띄는) and a moment (Augenblick) are no eye
        ("ko_KR", "See an ear, nose and throat doctor.", "이비인후과 의사의 진찰을 받으십시오."),
        ("zh_TW", "See an ear, nose and throat doctor.", "請看耳鼻喉科醫師。"),
        ("ko_KR", "Spray once into each nostril.", "각 콧구멍에 1회 분사하십시오."),
        ("ko_KR", "Put 2 drops in the ear if you notice pain.", "통증이 눈에 띄면 귀에 2방울 넣으십시오."),
        ("de", "Put 2 drops in the ear and wait a moment.", "Geben Sie 2 Tropfen ins Ohr und warten Sie einen Augenblick."),
    ],
)  # fmt: skip
def test_the_eye_ear_or_nose_said_as_itself_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [("ko", "한눈에 보기"), ("ko", "눈에 띄는 변화"), ("ko", "귀하의 의사"), ("ko", "피부에 점이 생기면"), ("ko", "알코올"),
     ("de", "im Augenblick"),
     ("ar", "في وقت معين"), ("en", "Clear it every year.")],
)  # fmt: skip
def test_what_names_no_eye_ear_or_nose_is_not_read_as_one(code, text):
    from pipeline.checks.opposites import terms_named

    assert "organ" not in terms_named(text, language_for(code))


# Upright said as lying down: "Take with a full glass of water and stay upright for at least 30
# minutes." as `… 적어도 30분 동안은 누워 계십시오.` (lie down) passed in every language.  Upright and
# lying down are a class, read only in a sentence with no "not": "do not lie down" is how most say
# "stay upright".
UPRIGHT_DOSE = "Take with a full glass of water and stay upright for at least 30 minutes."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", UPRIGHT_DOSE, "물 한 컵을 가득 채워 함께 복용하고, 복용 후 적어도 30분 동안은 누워 계십시오.", "'누워'"),
        ("fr", UPRIGHT_DOSE, "Prenez avec un grand verre d'eau et allongez-vous pendant au moins 30 minutes.",
         "'allongez-vous'"),
        ("de", UPRIGHT_DOSE, "Mit einem vollen Glas Wasser einnehmen und legen Sie sich mindestens 30 Minuten lang hin.",
         "'legen Sie sich'"),
        ("zh_TW", UPRIGHT_DOSE, "請以一整杯水服用，服藥後請躺下至少30分鐘。", "'躺'"),
        ("ar", UPRIGHT_DOSE, "تناوله مع كوب ممتلئ من الماء واستلقِ لمدة 30 دقيقة على الأقل.", "'استلق'"),
        ("es", UPRIGHT_DOSE, "Tómelo con un vaso lleno de agua y acuéstese durante al menos 30 minutos.", "'acuéstese'"),
        ("pt_BR", UPRIGHT_DOSE, "Tome com um copo cheio de água e deite-se por pelo menos 30 minutos.", "'deite-se'"),
        ("ko_KR", "Lie down if you feel dizzy.", "어지러우면 똑바로 서 계십시오.", "'똑바로 서'"),
    ],
)  # fmt: skip
def test_upright_said_as_lying_down_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error" and f"the translation says {said}" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # do not lie down: a "not" of its own, wherever it stands
        ("ko_KR", UPRIGHT_DOSE, "물 한 컵을 가득 채워 함께 복용하고, 복용 후 적어도 30분 동안은 눕지 마십시오."),
        ("es", UPRIGHT_DOSE, "Tómelo con un vaso lleno de agua y no se acueste durante al menos 30 minutos."),
        ("es", UPRIGHT_DOSE, "Tómelo con un vaso lleno de agua y evite acostarse durante al menos 30 minutos."),
        ("fr", UPRIGHT_DOSE, "Prenez avec un grand verre d'eau et ne vous allongez pas pendant au moins 30 minutes."),
        ("de", UPRIGHT_DOSE,
         "Nehmen Sie es mit einem vollen Glas Wasser ein und legen Sie sich mindestens 30 Minuten lang nicht hin."),
        ("de", UPRIGHT_DOSE, "Mit einem vollen Glas Wasser einnehmen und sich mindestens 30 Minuten lang nicht hinlegen."),
        ("zh_TW", UPRIGHT_DOSE, "請以一整杯水服用，服藥後至少30分鐘內不可躺下。"),
        ("zh_TW", UPRIGHT_DOSE, "請以一整杯水服用，服藥後請勿立即躺下，至少保持直立30分鐘。"),
        ("ar", UPRIGHT_DOSE, "تناوله مع كوب ممتلئ من الماء ولا تستلقِ لمدة 30 دقيقة على الأقل."),
        ("pt_BR", UPRIGHT_DOSE, "Tome com um copo cheio de água e não se deite por pelo menos 30 minutos."),
        # upright said so
        ("ko_KR", UPRIGHT_DOSE, "물 한 컵과 함께 복용하고, 적어도 30분 동안 똑바로 앉거나 서 있으십시오."),
        ("es", UPRIGHT_DOSE, "Tómelo con un vaso lleno de agua y permanezca erguido durante al menos 30 minutos."),
        ("fr", UPRIGHT_DOSE, "Prenez avec un grand verre d'eau et restez en position verticale pendant au moins 30 minutes."),
        ("de", UPRIGHT_DOSE, "Nehmen Sie es mit einem vollen Glas Wasser ein und bleiben Sie mindestens 30 Minuten aufrecht."),
        ("zh_TW", UPRIGHT_DOSE, "請以一整杯水服用，服藥後至少30分鐘保持直立。"),
        ("ar", UPRIGHT_DOSE, "تناوله مع كوب ممتلئ من الماء وابقَ في وضع مستقيم لمدة 30 دقيقة على الأقل."),
        ("pt_BR", UPRIGHT_DOSE, "Tome com um copo cheio de água e permaneça em pé ou sentado por pelo menos 30 minutos."),
        # avoid lying down is upright; at bedtime is no posture
        ("ko_KR", "Avoid lying down for 30 minutes.", "30분 동안 똑바로 앉아 계십시오."),
        ("es", "Stay upright for 30 minutes. Take it at bedtime.", "Permanezca erguido 30 minutos. Tómelo al acostarse."),
        ("ko_KR", "Lie down if you feel dizzy.", "어지러우면 누우십시오."),
    ],
)  # fmt: skip
def test_upright_said_as_do_not_lie_down_or_as_upright_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# The child-safety line turned around: "Keep out of the sight and reach of children." as `어린이의 손이
# 닿는 곳에 보관하십시오.` (within reach) passed.  Out of reach and within reach are a class, read only
# in a sentence with no "not" (닿지 않는 곳, "Ne pas laisser à la portée"), and a warning: "within
# reach" is also said inside an "outside" (닿는 범위 밖, 可取得範圍之外) a word list cannot all know.
CHILD_SAFETY = "Keep out of the sight and reach of children."


@pytest.mark.parametrize(
    ("locale", "translation", "said"),
    [
        ("ko_KR", "어린이의 손이 닿는 곳에 보관하십시오.", "'닿는'"),
        ("es", "Manténgase al alcance de los niños.", "'al alcance'"),
        ("fr", "Tenir à la portée des enfants.", "'à la portée'"),
        ("de", "Für Kinder zugänglich aufbewahren.", "'zugänglich'"),
        ("zh_TW", "請放置於兒童可以拿到的地方。", "'可以拿到'"),
        ("ar", "يحفظ في متناول الأطفال.", "'في متناول'"),
        ("pt_BR", "Manter ao alcance das crianças.", "'ao alcance'"),
    ],
)  # fmt: skip
def test_out_of_reach_said_as_within_reach_is_a_warning(catalogs, locale, translation, said):
    finding = only(catalogs.findings(CHILD_SAFETY, translation, check="opposites", locale=locale))
    assert finding.severity == "warning" and f"the translation says {said} (within reach)" in finding.message


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "어린이의 손이 닿지 않는 곳에 보관하십시오."),
        ("ko_KR", "어린이의 눈에 띄지 않고 손이 닿지 않는 곳에 보관하세요."),
        ("es", "Manténgase fuera de la vista y del alcance de los niños."),
        ("fr", "Tenir hors de la vue et de la portée des enfants."),
        ("de", "Für Kinder unzugänglich aufbewahren."),
        ("de", "Außerhalb der Reichweite von Kindern aufbewahren."),
        ("zh_TW", "請放置於兒童無法取得之處。"),
        ("zh_TW", "請放在兒童看不到也拿不到的地方。"),
        ("ar", "يحفظ بعيدًا عن متناول الأطفال."),
        ("pt_BR", "Manter fora do alcance das crianças."),
        # within reach with a "not" of its own, or inside an "outside"
        ("fr", "Ne pas laisser à la portée des enfants."),
        ("es", "No deje este medicamento al alcance de los niños."),
        ("ko_KR", "어린이의 손이 닿는 범위 밖에 보관하십시오."),
        ("zh_TW", "請存放於兒童可取得範圍之外。"),
    ],
)  # fmt: skip
def test_out_of_reach_said_so_passes(catalogs, locale, translation):
    assert catalogs.findings(CHILD_SAFETY, translation, check="opposites", locale=locale) == []


LAST_3_MONTHS = "Pregnancy: do not take this medicine in the last 3 months of pregnancy."
FIRST_3_DAYS = "Take 2 tablets a day for the first 3 days."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", LAST_3_MONTHS, "임신: 임신 첫 3개월 동안에는 이 약을 복용하지 마십시오.", "'첫 3개월' (the first)"),
        (
            "es",
            LAST_3_MONTHS,
            "Embarazo: no tome este medicamento durante los primeros 3 meses del embarazo.",
            "'primeros 3 meses' (the first)",
        ),
        (
            "de",
            LAST_3_MONTHS,
            "Schwangerschaft: Nehmen Sie dieses Arzneimittel in den ersten 3 Monaten der Schwangerschaft nicht ein.",
            "'ersten 3 Monaten' (the first)",
        ),
        (
            "pt_BR",
            LAST_3_MONTHS,
            "Gravidez: não tome este medicamento nos primeiros 3 meses de gravidez.",
            "'primeiros 3 meses' (the first)",
        ),
        (
            "fr",
            FIRST_3_DAYS,
            "Prenez 2 comprimés par jour pendant les trois derniers jours.",
            "'derniers jours' (the last)",
        ),
        ("es", FIRST_3_DAYS, "Tome 2 comprimidos al día durante los últimos 3 días.", "'últimos 3 días' (the last)"),
        ("ko_KR", FIRST_3_DAYS, "마지막 3일 동안 하루 2정을 복용하십시오.", "'마지막 3일' (the last)"),
        (
            "es",
            "Take 1 tablet a day for the first week, then 2 tablets a day.",
            "Tome 1 comprimido al día durante la última semana y después 2 comprimidos al día.",
            "'última semana' (the last)",
        ),
        (
            "ar",
            LAST_3_MONTHS,
            "الحمل: لا تتناول هذا الدواء خلال الأشهر الثلاثة الأولى من الحمل.",
            "'الأشهر الثلاثة الأولى' (the first)",
        ),
        ("ar", FIRST_3_DAYS, "تناول قرصين يوميًا خلال الأيام الثلاثة الأخيرة.", "'الأيام الثلاثة الأخيرة' (the last)"),
        (
            "ar",
            "Take 1 tablet a day for the first week, then 2 tablets a day.",
            "تناول قرصًا واحدًا يوميًا خلال الأسبوع الأخير، ثم قرصين يوميًا.",
            "'الأسبوع الأخير' (the last)",
        ),
        ("zh_TW", LAST_3_MONTHS, "懷孕：在懷孕的前3個月請勿服用本藥。", "'前3個月' (the first)"),
        ("zh_TW", FIRST_3_DAYS, "在最後三天每天服用2錠。", "'最後三天' (the last)"),
        (
            "zh_TW",
            "Take 1 tablet a day for the first week, then 2 tablets a day.",
            "最後一週每天1錠，之後每天2錠。",
            "'最後一週' (the last)",
        ),
    ],
)
def test_the_first_days_said_as_the_last_is_an_error(catalogs, locale, source, translation, said):
    """A ban or a dose moved to the other end of a time, with a "not" too: not taking it in the last 3
    months is no licence for months 4 to 6."""
    finding = only(catalogs.findings(source, translation, locale=locale), "opposites")
    assert finding.severity == "error"
    assert f"(period) but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("fr", LAST_3_MONTHS, "Grossesse : ne prenez pas ce médicament pendant les 3 derniers mois de la grossesse."),
        (
            "de",
            LAST_3_MONTHS,
            "Schwangerschaft: Nehmen Sie dieses Arzneimittel in den letzten 3 Monaten der Schwangerschaft nicht ein.",
        ),
        ("ko_KR", LAST_3_MONTHS, "임신: 임신 말기(마지막 3개월)에는 이 약을 복용하지 마십시오."),
        ("ko_KR", FIRST_3_DAYS, "처음 3일 동안은 하루에 2정을 복용하십시오."),
        ("ko_KR", FIRST_3_DAYS, "첫 3일간 하루 2정씩 복용하세요."),
        ("de", FIRST_3_DAYS, "Nehmen Sie an den ersten 3 Tagen täglich 2 Tabletten ein."),
        # the first and the last dose are no part of a time
        (
            "fr",
            "Take the first dose 2 days after the last dose.",
            "Prenez la première dose 2 jours après la dernière dose.",
        ),
        (
            "es",
            "Take the first dose 2 days after the last dose.",
            "Tome la primera dosis 2 días después de la última dosis.",
        ),
        ("ko_KR", "Take the first dose 2 days after the last dose.", "마지막 투여 2일 후에 첫 투여를 하십시오."),
        ("es", "Side effects usually last 2 days.", "Los efectos secundarios suelen durar 2 días."),
        (
            "es",
            "Tell your doctor if you have taken another medicine in the last 14 days.",
            "Informe a su médico si ha tomado otro medicamento en los últimos 14 días.",
        ),
        (
            "fr",
            "Tell your doctor if you have taken another medicine in the last 14 days.",
            "Informez votre médecin si vous avez pris un autre médicament au cours des 14 derniers jours.",
        ),
        (
            "fr",
            "For the first 3 days take 2 tablets; for the last 2 days take 1 tablet.",
            "Pendant les 3 premiers jours, prenez 2 comprimés ; pendant les 2 derniers jours, prenez 1 comprimé.",
        ),
        (
            "pt_BR",
            "Take 1 tablet a day for the first week, then 2 tablets a day.",
            "Tome 1 comprimido por dia durante a primeira semana e depois 2 comprimidos por dia.",
        ),
        (
            "ko_KR",
            "Take 1 tablet a day for the first week, then 2 tablets a day.",
            "첫 주사 후 하루 1정, 그 후에는 하루 2정을 복용하십시오.",
        ),
        ("ar", LAST_3_MONTHS, "الحمل: لا تتناول هذا الدواء خلال الأشهر الثلاثة الأخيرة من الحمل."),
        ("ar", LAST_3_MONTHS, "الحمل: لا تتناول هذا الدواء خلال آخر 3 أشهر من الحمل."),
        ("ar", "Take the first dose 2 days after the last dose.", "تناول الجرعة الأولى بعد يومين من الجرعة الأخيرة."),
        ("ar", "Take another tablet 3 days later.", "تناول قرصًا آخر بعد 3 أيام."),
        ("zh_TW", LAST_3_MONTHS, "懷孕：懷孕最後3個月請勿服用本藥。"),
        ("zh_TW", LAST_3_MONTHS, "懷孕：懷孕後期（最後3個月）請勿服用本藥。"),
        ("zh_TW", FIRST_3_DAYS, "前3天每天服用2錠。"),
        ("zh_TW", "It is common to feel tired during the first weeks.", "在最初幾週感到疲倦是很常見的。"),
        # 3 days before surgery (前 after what it is before), the last dose
        (
            "zh_TW",
            "Stop taking it 3 days before surgery and in the last 3 days of your cycle.",
            "手術前3天以及週期的最後3天請停止服用。",
        ),
        ("zh_TW", "Take the first dose 2 days after the last dose.", "最後一劑後2天服用第一劑。"),
    ],
)
def test_the_same_end_of_a_time_or_a_first_dose_passes(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale)
    assert [f for f in findings if f.check == "opposites"] == []


INTO_THE_ARM_MUSCLE = "Inject 0.5 mL into the upper arm muscle."
UNDER_THE_SKIN_OF_THE_ARM = "Inject 0.5 mL under the skin of the upper arm."


# Into a muscle said as the muscle of a body part ("into the upper arm muscle") is a route, in the
# source and in a translation ("위팔 근육에 0.5 mL를 주사하십시오", "in den Oberarmmuskel").
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", INTO_THE_ARM_MUSCLE, "위팔 피하에 0.5 mL를 주사하십시오.", "'피하' (under the skin)"),
        ("es", INTO_THE_ARM_MUSCLE, "Inyecte 0,5 ml bajo la piel del abdomen.", "'bajo la piel' (under the skin)"),
        ("zh_TW", INTO_THE_ARM_MUSCLE, "於腹部皮下注射0.5毫升。", "'皮下注射' (under the skin)"),
        ("de", "Inject it into your thigh muscle.", "Spritzen Sie es unter die Haut.", "'unter die Haut' (under the skin)"),
        ("ko_KR", UNDER_THE_SKIN_OF_THE_ARM, "위팔 근육에 0.5 mL를 주사하십시오.", "'근육에' (into a muscle)"),
        ("zh_TW", UNDER_THE_SKIN_OF_THE_ARM, "注射於上臂肌肉0.5毫升。", "'注射於上臂肌肉' (into a muscle)"),
        ("zh_TW", UNDER_THE_SKIN_OF_THE_ARM, "將0.5毫升注射到上臂肌肉中。", "'注射到上臂肌肉' (into a muscle)"),
        ("ar", UNDER_THE_SKIN_OF_THE_ARM, "احقن 0.5 مل في عضلة الذراع.", "'في عضلة' (into a muscle)"),
        ("de", UNDER_THE_SKIN_OF_THE_ARM, "Spritzen Sie 0,5 ml in den Oberarmmuskel.", "'in den Oberarmmuskel' (into a muscle)"),
    ],
)  # fmt: skip
def test_the_muscle_of_a_body_part_is_a_route(catalogs, locale, source, translation, said):
    # 'bajo la piel del abdomen', '於腹部': the site changed is a finding of its own
    findings = catalogs.findings(source, translation, check="opposites", locale=locale)
    finding = only([finding for finding in findings if "(route)" in finding.message])
    # 皮下 alone is a bruise under the skin as often (皮下瘀血): a person reads it
    assert finding.severity == ("warning" if said == "'皮下' (under the skin)" else "error")
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", INTO_THE_ARM_MUSCLE, "위팔 근육에 0.5 mL를 주사하십시오."),
        ("es", INTO_THE_ARM_MUSCLE, "Inyecte 0,5 ml en el músculo del brazo."),
        ("zh_TW", INTO_THE_ARM_MUSCLE, "注射於上臂肌肉0.5毫升。"),
        ("ar", INTO_THE_ARM_MUSCLE, "احقن 0.5 مل في عضلة الذراع."),
        ("fr", INTO_THE_ARM_MUSCLE, "Injectez 0,5 ml dans le muscle du bras."),
        ("de", INTO_THE_ARM_MUSCLE, "Spritzen Sie 0,5 ml in den Oberarmmuskel."),
        ("pt_BR", INTO_THE_ARM_MUSCLE, "Injete 0,5 ml no músculo do braço."),
        # the muscle of a body part read in a translation answers into a muscle, not a pill by mouth beside it
        (
            "zh_TW",
            "Inject into the muscle of the buttock; it may make oral contraceptives less effective.",
            "注射到臀部肌肉中可能降低口服避孕藥的效果。",
        ),
        # a muscle as a side effect is no route
        ("ko_KR", "Inject it under the skin. It may cause muscle pain.", "피하에 주사하세요. 근육통이 생길 수 있습니다."),
        (
            "ko_KR",
            "Tell your doctor if you have muscle pain after the injection.",
            "주사 후 근육에 통증이 있으면 의사에게 알리십시오.",
        ),
        (
            "es",
            "Inject it under the skin; tell your doctor about muscle weakness.",
            "Inyéctelo bajo la piel; informe a su médico si tiene debilidad muscular.",
        ),
    ],
)  # fmt: skip
def test_the_muscle_of_a_body_part_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("Inject it into your thigh muscle.", ["route:into a muscle"]),
        ("Inject 0.5 mL into the deltoid muscle.", ["route:into a muscle"]),
        ("You may have upper arm muscle pain.", []),
        ("Thigh muscle weakness is a side effect.", []),
    ],
)
def test_the_muscle_of_a_body_part_is_read_only_as_injected_into(text, routes):
    from pipeline.checks.opposites import terms_named

    assert list(terms_named(text, language_for("en")).get("route", {})) == routes


# On the skin as an instruction of use ("Use this medicine only on the skin.", "Apply the cream to the
# skin.", "topically") is the external route, so by mouth said for it is a route changed.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", "Use this medicine only on the skin.", "이 약은 입으로 복용하십시오.", "'입으로' (by mouth)"),
        ("es", "Apply the cream to the skin.", "Tome la crema por vía oral.", "'por vía oral' (by mouth)"),
        ("ko_KR", "Use the cream topically.", "크림을 경구 복용하세요.", "'경구' (by mouth)"),
        ("zh_TW", "Apply a thin layer to the affected skin twice a day.", "每日口服兩次。", "'口服' (by mouth)"),
        ("de", "Rub it gently into your skin.", "Schlucken Sie es.", "'Schlucken' (by mouth)"),
    ],
)  # fmt: skip
def test_a_medicine_put_on_the_skin_said_as_by_mouth_is_flagged(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    # a swallow (Schlucken) and 경구 (also of 경구 피임약, the pill) say it less surely: a person reads it
    assert finding.severity == ("warning" if said in {"'경구' (by mouth)", "'Schlucken' (by mouth)"} else "error")
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Use this medicine only on the skin.", "이 약은 피부에만 사용하십시오."),
        ("es", "Apply the cream to the skin.", "Aplique la crema sobre la piel."),
        ("zh_TW", "Apply a thin layer to the affected skin twice a day.", "每日兩次在患處皮膚塗抹薄薄一層。"),
        ("ko_KR", "Use the cream topically.", "크림을 외용으로 사용하세요."),
        # the skin named otherwise beside a route: a rash, under the skin, cleaning it before an injection
        (
            "ko_KR",
            "Take the tablets by mouth; if you use them and get a rash on the skin, stop.",
            "정제를 입으로 복용하고, 복용 중 피부에 발진이 생기면 중단하세요.",
        ),
        (
            "es",
            "Use an alcohol swab to clean the skin, then inject it into a vein.",
            "Limpie la piel con una torunda con alcohol y luego inyéctelo en una vena.",
        ),
        ("zh_TW", "Inject it under the skin. Skin reactions may happen.", "請皮下注射。可能出現皮膚反應。"),
        (
            "fr",
            "Take it by mouth. The rash may spread to the skin of the face.",
            "Prenez-le par voie orale. L'éruption peut s'étendre à la peau du visage.",
        ),
    ],
)  # fmt: skip
def test_a_medicine_put_on_the_skin_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("Use this medicine only on the skin.", ["route:for external use"]),
        ("For use on the skin only.", ["route:for external use"]),
        ("Apply a thin layer to the affected skin once a day.", ["route:for external use"]),
        ("Rub it gently into your skin.", ["route:for external use"]),
        ("Spread a thin layer over the affected skin.", ["route:for external use"]),
        ("Use the cream topically.", ["route:for external use"]),
        ("If you use this medicine and get a rash on the skin, call your doctor.", []),
        ("Use an alcohol swab to clean the skin.", []),
        ("The rash may spread to the skin of the face.", []),
        ("Use the pen to inject the medicine into the skin.", []),
        ("Skin reactions may happen.", []),
        ("You may get a skin rash.", []),
        ("IVIG can cause blisters on the skin.", []),
        ("Inject it under the skin.", ["route:under the skin"]),
    ],
)
def test_the_skin_is_a_route_only_where_a_medicine_is_put_on_it(text, routes):
    from pipeline.checks.opposites import terms_named

    assert list(terms_named(text, language_for("en")).get("route", {})) == routes


THIGH_OR_ABDOMEN = "Inject into the thigh or the abdomen."


# Where an injection goes: a source names the places a patient may inject, each an instruction, so a
# translation that names another (beside one of the source's or not) has added a place to inject.
# Read only beside an injection named, and a warning, as a route is.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", THIGH_OR_ABDOMEN, "팔 또는 복부에 주사하십시오.", "'팔' (the upper arm)"),
        ("de", INTO_THE_ARM_MUSCLE, "Spritzen Sie 0,5 ml in den Oberschenkelmuskel.", "'Oberschenkelmuskel' (the thigh)"),
        ("ar", INTO_THE_ARM_MUSCLE, "احقن 0.5 مل في عضلة الفخذ.", "'فخذ' (the thigh)"),
        ("es", "Inject into the thigh.", "Inyecte en el brazo.", "'brazo' (the upper arm)"),
        ("fr", "Inject it into the right thigh.", "Injectez-le dans le bras droit.", "'bras' (the upper arm)"),
        ("pt_BR", "Inject into the abdomen.", "Injete na coxa.", "'coxa' (the thigh)"),
        ("zh_TW", "Inject into the buttock.", "注射於上臂。", "'上臂' (the upper arm)"),
        ("ko_KR", "Inject into your left arm.", "왼쪽 허벅지에 주사하십시오.", "'허벅지' (the thigh)"),
    ],
)  # fmt: skip
def test_an_injection_site_changed_is_a_warning(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "warning"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the same sites, in another order or words
        ("ko_KR", THIGH_OR_ABDOMEN, "복부 또는 허벅지에 주사하십시오."),
        ("ko_KR", THIGH_OR_ABDOMEN, "배나 허벅지에 주사하십시오."),
        ("es", THIGH_OR_ABDOMEN, "Inyecte en el abdomen o en el muslo."),
        ("zh_TW", THIGH_OR_ABDOMEN, "注射於腹部或大腿。"),
        ("fr", THIGH_OR_ABDOMEN, "Injectez dans le ventre ou la cuisse."),
        ("pt_BR", THIGH_OR_ABDOMEN, "Injete no abdômen ou na coxa."),
        ("de", THIGH_OR_ABDOMEN, "Spritzen Sie in den Bauch oder den Oberschenkel."),
        ("ar", THIGH_OR_ABDOMEN, "احقن في البطن أو الفخذ."),
        ("de", INTO_THE_ARM_MUSCLE, "Spritzen Sie 0,5 ml in den Oberarmmuskel."),
        ("ar", INTO_THE_ARM_MUSCLE, "احقن 0.5 مل في عضلة الذراع."),
        ("ko_KR", "Inject into your left arm if you are right-handed.", "오른손잡이라면 왼팔에 주사하십시오."),
        ("ko_KR", "Inject the pen into your stomach, thigh or upper arm.", "펜을 배, 허벅지 또는 위팔에 주사하십시오."),
        ("fr", "Inject it into the right thigh.", "Injectez-le dans la cuisse droite."),
        # a body part that is no place to inject: a side effect, with no injection named
        ("ko_KR", "Take it with food; you may have pain in the thigh.", "음식과 함께 드세요; 팔에 통증이 있을 수 있습니다."),
        ("es", "Take it with food; you may have pain in the arm or thigh.", "Tómelo con comida; le puede doler el abdomen."),
        # 두 배 (twice) is no belly
        ("ko_KR", "Inject twice the dose into the thigh.", "두 배 용량을 허벅지에 주사하십시오."),
    ],
)  # fmt: skip
def test_an_injection_site_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    ("locale", "text", "sites"),
    [
        ("en", "Inject into the thigh or the abdomen.", ["site:the thigh", "site:the abdomen"]),
        ("en", "Inject 0.5 mL into the deltoid muscle.", ["site:the upper arm"]),
        ("en", "Take it with food; you may have pain in the arm.", []),
        ("en", "Take it on an empty stomach before the injection.", []),
        ("ko", "팔꿈치에 주사하지 마세요.", []),
        ("ko", "두 배나 많은 양을 주사하지 마세요.", []),  # twice as much
        ("zh", "注射後可能腹瀉。", []),
        ("de", "Nach der Injektion können Bauchschmerzen auftreten.", []),
        ("de", "Spritzen Sie eine natriumarme Lösung.", []),
    ],
)
def test_injection_sites_are_read_only_beside_an_injection(locale, text, sites):
    from pipeline.checks.opposites import terms_named

    assert list(terms_named(text, language_for(locale)).get("site", {})) == sites


@pytest.mark.parametrize(
    ("locale", "translation"),
    [("es", "Inyecte 0,5 ml bajo la piel del abdomen."), ("zh_TW", "於腹部皮下注射0.5毫升。")],
)
def test_the_route_and_the_site_changed_are_two_findings(catalogs, locale, translation):
    findings = catalogs.findings(INTO_THE_ARM_MUSCLE, translation, check="opposites", locale=locale)
    assert sorted((finding.message.split(" but ")[0], finding.severity) for finding in findings) == [
        # "bajo la piel" and 皮下注射 say their route outright (an error; 皮下 alone is a bruise under the
        # skin as often)
        ("the source says 'into the upper arm muscle' (route)", "error"),
        ("the source says 'upper arm' (site)", "warning"),
    ]


CHANGE_THE_SITE = "Change the injection site each time."


# Where each injection goes, one after another: a different site each time, or the same.  "The same
# site" in a sentence with a "not" is a different one.  A warning, as a site is.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        (
            "ko_KR",
            "Inject the pen into your stomach, thigh or upper arm. Change the injection site each time.",
            "펜을 배, 허벅지 또는 위팔에 주사하십시오. 매번 같은 부위에 주사하십시오.",
            "'같은 부위' (the same site)",
        ),
        ("es", CHANGE_THE_SITE, "Inyecte siempre en el mismo lugar.", "'mismo lugar' (the same site)"),
        ("zh_TW", "Rotate injection sites.", "每次注射於同一部位。", "'同一部位' (the same site)"),
        ("fr", CHANGE_THE_SITE, "Injectez toujours au même endroit.", "'même endroit' (the same site)"),
        ("pt_BR", CHANGE_THE_SITE, "Aplique sempre no mesmo local.", "'mesmo local' (the same site)"),
        ("de", CHANGE_THE_SITE, "Spritzen Sie immer an dieselbe Stelle.", "'dieselbe Stelle' (the same site)"),
        ("ar", CHANGE_THE_SITE, "احقن دائمًا في نفس المكان.", "'نفس المكان' (the same site)"),
        (
            "ko_KR",
            "Do not inject into the same site twice in a row.",
            "매번 같은 부위에 주사하십시오.",
            "'같은 부위' (the same site)",
        ),
    ],
)  # fmt: skip
def test_a_different_site_each_time_said_as_the_same_is_a_warning(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "warning"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        (
            "ko_KR",
            "Inject the pen into your stomach, thigh or upper arm. Change the injection site each time.",
            "펜을 배, 허벅지 또는 위팔에 주사하십시오. 주사할 때마다 주사 부위를 바꾸십시오.",
        ),
        ("ko_KR", CHANGE_THE_SITE, "매번 다른 부위에 주사하십시오."),
        ("es", CHANGE_THE_SITE, "Cambie el lugar de inyección cada vez."),
        ("zh_TW", "Rotate injection sites.", "請輪換注射部位。"),
        ("fr", CHANGE_THE_SITE, "Changez de site d'injection à chaque fois."),
        ("pt_BR", CHANGE_THE_SITE, "Mude o local da injeção a cada vez."),
        ("de", CHANGE_THE_SITE, "Wechseln Sie jedes Mal die Injektionsstelle."),
        ("ar", CHANGE_THE_SITE, "غيّر مكان الحقن في كل مرة."),
        # not the same site is a different one, on either side
        ("ko_KR", "Do not inject into the same site twice in a row.", "같은 부위에 연속으로 두 번 주사하지 마십시오."),
        ("ko_KR", CHANGE_THE_SITE, "같은 부위에 주사하지 마십시오."),
        ("de", "Do not inject into the same site.", "Spritzen Sie nicht an dieselbe Stelle."),
        ("de", "Use a different site each time.", "Verwenden Sie jedes Mal eine andere Stelle."),
        ("es", "Do not use the same spot each time.", "Use un lugar distinto cada vez."),
    ],
)  # fmt: skip
def test_a_different_site_each_time_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Rotate injection sites.", ["rotation:a different site each time"]),
        ("Do not inject into the same spot.", ["rotation:a different site each time"]),
        ("Inject into the same site.", ["rotation:the same site"]),
        ("New blisters, or skin peeling in new places", []),
        ("Switch to a different medicine.", []),
    ],
)
def test_a_different_site_is_read_only_where_said(text, terms):
    from pipeline.checks.opposites import terms_named

    assert list(terms_named(text, language_for("en")).get("rotation", {})) == terms


# --- Arabic read without its vowel marks -----------------------------------------------------------
# "Take 1 teaspoon (5 mL) three times a day." as `تناول ملعقةً كبيرةً (5 مل) ثلاث مرات يوميًا.` (a
# tablespoon, with tanween) passed: the Arabic words are written without short vowels, tanween and
# shadda, and none matched a text that has them. They are read as without; the message names the
# words as the translation writes them, to their last letter.


@pytest.mark.parametrize(
    "source, translation, said",
    [
        (TEASPOON, "تناول ملعقةً كبيرةً (5 مل) ثلاث مرات يوميًا.", "'ملعقةً كبيرة' (tablespoon)"),
        (TABLESPOON, "تناول ملعقةً صغيرةً (15 مل) ثلاث مرات يوميًا.", "'ملعقةً صغيرة' (teaspoon)"),
        ("Take it with food.", "تناوله على معدةٍ فارغةٍ.", "'معدةٍ فارغة' (on an empty stomach)"),
        ("Use it in the left eye only.", "استخدمه في العينِ اليُمنى فقط.", "'اليُمنى' (right)"),
        ("Store at room temperature.", "يُحفظ في الثّلاجة.", "'الثّلاجة' (in the refrigerator)"),
        ("Store in the refrigerator.", "يحفظ في المجمّد.", "'المجمّد' (in the freezer)"),
        # read before, and still: the lists write the tanween of these as either
        ("Take it in the morning.", "تناوله ليلًا.", "'ليلًا' (in the evening or at night)"),
    ],
)
def test_arabic_with_vowel_marks_is_read_as_without(catalogs, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale="ar", check="opposites"))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    "source, translation",
    [
        (TEASPOON, "تناول ملعقةً صغيرةً (5 مل) ثلاث مرات يوميًا."),
        (TABLESPOON, "تناول ملعقةً كبيرةً (15 مل) ثلاث مرات يوميًا."),
        ("Take it on an empty stomach.", "تناوله على معدةٍ فارغةٍ."),
        ("Take it with food.", "تناوله مع الطّعامِ."),
        ("Use it in the left eye only.", "استخدمه في العينِ اليُسرى فقط."),
        ("Store in a refrigerator.", "يُحفظ في الثّلاجة."),
        ("Take it in the morning.", "تناوله صباحًا."),
    ],
)
def test_arabic_with_vowel_marks_said_as_the_source_says_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, locale="ar", check="opposites") == []


# --- a dessert spoon is neither a teaspoon nor a tablespoon ------------------------------------------
# "Take 1 teaspoon three times a day." as `Tome 1 colher de sobremesa três vezes ao dia.` (a dessert
# spoon, 10 mL: twice the dose) passed: a third spoon of the class, which answers none of the others.
DESSERT_SPOON = "Take 1 dessert spoon three times a day."


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        (
            "pt_BR",
            "Take 1 teaspoon three times a day.",
            "Tome 1 colher de sobremesa três vezes ao dia.",
            "'colher de sobremesa'",
        ),
        ("pt_BR", TABLESPOON, "Tome 1 colher de sobremesa (15 ml) três vezes ao dia.", "'colher de sobremesa'"),
        ("fr", TEASPOON, "Prenez une cuillère à dessert (5 ml) trois fois par jour.", "'cuillère à dessert'"),
        ("de", TEASPOON, "Nehmen Sie dreimal täglich einen Dessertlöffel (5 ml) ein.", "'Dessertlöffel'"),
        ("es", TEASPOON, "Tome una cuchara de postre (5 ml) tres veces al día.", "'cuchara de postre'"),
        ("es", TABLESPOON, "Tome una cucharada de postre (15 ml) tres veces al día.", "'cucharada de postre'"),
        ("ko_KR", TEASPOON, "하루 세 번 디저트 스푼(5mL)으로 1개씩 복용하세요.", "'디저트 스푼'"),
        ("zh_TW", TEASPOON, "每天三次，每次一甜品匙（5 毫升）。", "'甜品匙'"),
        ("ar", TEASPOON, "تناول ملعقة حلويات واحدة (5 مل) ثلاث مرات يوميًا.", "'ملعقة حلويات'"),
    ],
)
def test_a_dessert_spoon_for_another_spoon_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale, check="opposites"))
    assert finding.severity == "error"
    assert f"but the translation says {said} (dessert spoon) instead" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        ("pt_BR", DESSERT_SPOON, "Tome 1 colher de chá três vezes ao dia.", "'colher de chá' (teaspoon)"),
        ("es", DESSERT_SPOON, "Tome una cucharada tres veces al día.", "'cucharada' (tablespoon)"),
    ],
)
def test_another_spoon_for_a_dessert_spoon_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale, check="opposites"))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("pt_BR", DESSERT_SPOON, "Tome 1 colher de sobremesa três vezes ao dia."),
        ("fr", DESSERT_SPOON, "Prenez une cuillère à dessert trois fois par jour."),
        ("de", "Take 1 dessertspoonful three times a day.", "Nehmen Sie dreimal täglich einen Dessertlöffel ein."),
        ("es", DESSERT_SPOON, "Tome una cucharada de postre tres veces al día."),
        ("ko_KR", DESSERT_SPOON, "하루 세 번 디저트 스푼 1개씩 복용하세요."),
        ("zh_TW", DESSERT_SPOON, "每天三次，每次一甜品匙。"),
        ("ar", DESSERT_SPOON, "تناول ملعقة حلويات واحدة ثلاث مرات يوميًا."),
        # read before, and still
        ("es", TABLESPOON, "Tome una cucharada (15 ml) tres veces al día."),
        ("pt_BR", TEASPOON, "Tome uma colher de chá (5 ml) três vezes ao dia."),
    ],
)
def test_a_dessert_spoon_where_the_source_says_so_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="opposites") == []


# --- during meals; away from meals ---------------------------------------------------------------
# "Take the tablets during meals." as `Prendre les comprimés en dehors des repas.` (away from meals:
# on an empty stomach) passed: "during meals" named no term, nor did "en dehors des repas". During a
# meal is with food; away from meals (fuera de las comidas, fora das refeições, außerhalb der
# Mahlzeiten, 非用餐時, بعيدًا عن الطعام) is when the stomach is empty, as between meals is.
DURING_MEALS = "Take the tablets during meals."


@pytest.mark.parametrize(
    "locale, source, translation, severity, said, instead",
    [
        (
            "fr",
            DURING_MEALS,
            "Prendre les comprimés en dehors des repas.",
            "error",
            "'during meals'",
            "'en dehors des repas'",
        ),
        (
            "fr",
            "Take the tablets with food.",
            "Prendre les comprimés à distance des repas.",
            "error",
            "'with food'",
            "'à distance des repas'",
        ),
        (
            "es",
            DURING_MEALS,
            "Tome los comprimidos fuera de las comidas.",
            "error",
            "'during meals'",
            "'fuera de las comidas'",
        ),
        (
            "es",
            "Take the tablets with food.",
            "Tome los comprimidos lejos de las comidas.",
            "error",
            "'with food'",
            "'lejos de las comidas'",
        ),
        (
            "pt_BR",
            DURING_MEALS,
            "Tome os comprimidos fora das refeições.",
            "error",
            "'during meals'",
            "'fora das refeições'",
        ),
        (
            "pt_BR",
            "Take the tablets with food.",
            "Tome os comprimidos longe das refeições.",
            "error",
            "'with food'",
            "'longe das refeições'",
        ),
        (
            "de",
            DURING_MEALS,
            "Nehmen Sie die Tabletten außerhalb der Mahlzeiten ein.",
            "error",
            "'during meals'",
            "'außerhalb der Mahlzeiten'",
        ),
        (
            "de",
            "Take the tablets with food.",
            "Nehmen Sie die Tabletten mit Abstand zu den Mahlzeiten ein.",
            "error",
            "'with food'",
            "'mit Abstand zu den Mahlzeiten'",
        ),
        ("ko_KR", DURING_MEALS, "정제를 공복에 복용하십시오.", "error", "'during meals'", "'공복'"),
        ("ar", DURING_MEALS, "تناول الأقراص بعيدًا عن الطعام.", "error", "'during meals'", "'بعيدًا عن الطعام'"),
        (
            "ar",
            "Take the tablets with food.",
            "تناول الأقراص بعيداً عن الوجبات.",
            "error",
            "'with food'",
            "'بعيداً عن الوجبات'",
        ),
        # the 非 of 非用餐時間 is the time's, no "not" of the sentence: an error, as 공복 is
        ("zh_TW", DURING_MEALS, "請於非用餐時間服用藥錠。", "error", "'during meals'", "'非用餐時'"),
        ("zh_TW", "Take the tablets with food.", "請於非用餐時間服用藥錠。", "error", "'with food'", "'非用餐時'"),
        # a "not" of the sentence beside it: a warning
        ("zh_TW", DURING_MEALS, "請於非用餐時間服用藥錠，不要空腹。", "warning", "'during meals'", "'非用餐時'"),
        (
            "fr",
            "Take the tablets away from meals.",
            "Prendre les comprimés pendant les repas.",
            "error",
            "'away from meals'",
            "'pendant les repas'",
        ),
    ],
)
def test_away_from_meals_for_with_food_is_swapped(catalogs, locale, source, translation, severity, said, instead):
    finding = only(catalogs.findings(source, translation, locale=locale, check="opposites"))
    assert finding.severity == severity
    assert f"the source says {said} (food) but the translation says {instead} (" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("fr", DURING_MEALS, "Prendre les comprimés pendant les repas."),
        ("fr", DURING_MEALS, "Prendre les comprimés au cours des repas."),
        ("fr", DURING_MEALS, "Prendre les comprimés avec de la nourriture."),
        ("fr", "Take the tablets between meals.", "Prendre les comprimés en dehors des repas."),
        ("fr", "Take the tablets on an empty stomach.", "Prendre les comprimés à distance des repas."),
        ("fr", "Take the tablets away from meals.", "Prendre les comprimés à jeun."),
        ("es", DURING_MEALS, "Tome los comprimidos durante las comidas."),
        ("es", "Take the tablets on an empty stomach.", "Tome los comprimidos lejos de las comidas."),
        ("pt_BR", DURING_MEALS, "Tome os comprimidos durante as refeições."),
        ("pt_BR", "Take the tablets on an empty stomach.", "Tome os comprimidos longe das refeições."),
        ("de", DURING_MEALS, "Nehmen Sie die Tabletten während der Mahlzeiten ein."),
        ("de", "Take the tablets on an empty stomach.", "Nehmen Sie die Tabletten außerhalb der Mahlzeiten ein."),
        ("ko_KR", DURING_MEALS, "정제를 식사 중에 복용하십시오."),
        ("ko_KR", DURING_MEALS, "정제를 식사와 함께 복용하십시오."),
        ("zh_TW", DURING_MEALS, "請於用餐時服用藥錠。"),
        ("zh_TW", "Take the tablets on an empty stomach.", "請於非用餐時間服用藥錠。"),
        ("ar", DURING_MEALS, "تناول الأقراص أثناء الوجبات."),
        ("ar", DURING_MEALS, "تناول الأقراص مع الطعام."),
        ("ar", "Take the tablets on an empty stomach.", "تناول الأقراص بعيدًا عن الطعام."),
        ("fr", "Do not take the tablets during meals.", "Ne prenez pas les comprimés pendant les repas."),
    ],
)
def test_during_or_away_from_meals_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="opposites") == []


# --- pregnancy said as breast-feeding ------------------------------------------------------------
# "Do not use during pregnancy." as `Während der Stillzeit nicht anwenden.` passed: neither was read.
# Whom a ban is for is a class of its own (mother): pregnancy | breast-feeding, a swap an error with
# a "not" too, as a "not" turns neither into the other.
NOT_IN_PREGNANCY = "Do not use during pregnancy."
NOT_WHILE_NURSING = "Do not use if you are breast-feeding."
NOT_IN_EITHER = "Do not use during pregnancy or breast-feeding."


@pytest.mark.parametrize(
    "locale, source, translation, said, instead",
    [
        (
            "de",
            NOT_IN_PREGNANCY,
            "Während der Stillzeit nicht anwenden.",
            "'pregnancy'",
            "'Stillzeit' (breast-feeding)",
        ),
        ("es", NOT_IN_PREGNANCY, "No lo use durante la lactancia.", "'pregnancy'", "'lactancia' (breast-feeding)"),
        (
            "fr",
            NOT_IN_PREGNANCY,
            "Ne pas utiliser pendant l'allaitement.",
            "'pregnancy'",
            "'allaitement' (breast-feeding)",
        ),
        ("pt_BR", NOT_IN_PREGNANCY, "Não use durante a amamentação.", "'pregnancy'", "'amamentação' (breast-feeding)"),
        ("ko_KR", NOT_IN_PREGNANCY, "수유 중에는 사용하지 마십시오.", "'pregnancy'", "'수유' (breast-feeding)"),
        ("zh_TW", NOT_IN_PREGNANCY, "哺乳期間請勿使用。", "'pregnancy'", "'哺乳' (breast-feeding)"),
        ("ar", NOT_IN_PREGNANCY, "لا تستخدميه أثناء الرضاعة.", "'pregnancy'", "'الرضاعة' (breast-feeding)"),
        (
            "de",
            NOT_WHILE_NURSING,
            "Nicht anwenden, wenn Sie schwanger sind.",
            "'breast-feeding'",
            "'schwanger' (pregnancy)",
        ),
        (
            "fr",
            NOT_WHILE_NURSING,
            "Ne pas utiliser si vous êtes enceinte.",
            "'breast-feeding'",
            "'enceinte' (pregnancy)",
        ),
        ("ar", NOT_WHILE_NURSING, "لا تستخدميه إذا كنتِ حاملًا.", "'breast-feeding'", "'حامل' (pregnancy)"),
    ],
)
def test_pregnancy_said_as_breast_feeding_is_an_error_with_a_not_too(
    catalogs, locale, source, translation, said, instead
):
    finding = only(catalogs.findings(source, translation, locale=locale, check="opposites"))
    assert finding.severity == "error"
    assert f"the source says {said} (mother) but the translation says {instead} instead" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("de", NOT_IN_PREGNANCY, "Während der Schwangerschaft nicht anwenden."),
        ("de", NOT_WHILE_NURSING, "Nicht anwenden, wenn Sie stillen."),
        ("de", NOT_IN_EITHER, "Während der Schwangerschaft und Stillzeit nicht anwenden."),
        ("es", NOT_IN_PREGNANCY, "No lo use durante el embarazo."),
        ("es", NOT_IN_EITHER, "No lo use durante el embarazo ni la lactancia."),
        ("fr", NOT_IN_PREGNANCY, "Ne pas utiliser pendant la grossesse."),
        (
            "fr",
            "Tell your doctor if you are pregnant or breast-feeding.",
            "Informez votre médecin si vous êtes enceinte ou si vous allaitez.",
        ),
        ("pt_BR", NOT_IN_PREGNANCY, "Não use durante a gravidez."),
        ("pt_BR", NOT_WHILE_NURSING, "Não use se estiver amamentando."),
        ("ko_KR", NOT_IN_PREGNANCY, "임신 중에는 사용하지 마십시오."),
        ("ko_KR", NOT_IN_EITHER, "임신 중이거나 수유 중에는 사용하지 마십시오."),
        ("zh_TW", NOT_IN_PREGNANCY, "懷孕期間請勿使用。"),
        ("zh_TW", NOT_WHILE_NURSING, "哺乳期間請勿使用。"),
        ("ar", NOT_IN_PREGNANCY, "لا تستخدميه أثناء الحمل."),
        ("ar", NOT_WHILE_NURSING, "لا تستخدميه إذا كنتِ مرضعًا."),
        ("ar", NOT_IN_EITHER, "لا تستخدميه أثناء الحمل أو الرضاعة."),
        # the months of a pregnancy, read by the period before: the translation names no third
        (
            "de",
            "Do not use in the last 3 months of pregnancy.",
            "In den letzten 3 Monaten der Schwangerschaft nicht anwenden.",
        ),
        ("ko_KR", "Do not use in the last 3 months of pregnancy.", "임신 마지막 3개월에는 사용하지 마십시오."),
        # a mammal, a nursing home, a campaign: no mother
        ("zh_TW", NOT_IN_PREGNANCY, "懷孕期間請勿使用，哺乳動物實驗顯示有害。"),
        ("fr", "Do not use in nursing homes without advice.", "Ne pas utiliser en maison de retraite sans avis."),
    ],
)
def test_pregnancy_or_breast_feeding_said_as_the_source_says_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="opposites") == []


@pytest.mark.parametrize(
    "code, text",
    [
        ("en", "Do not use in nursing homes."),
        ("zh", "哺乳動物"),  # a mammal
        ("ar", "تجنب حمل الأشياء الثقيلة"),  # to carry
        ("ar", "الحملة"),  # a campaign
        ("de", "um die Blutung zu stillen"),  # to stop a bleeding
    ],
)
def test_what_names_no_mother_is_not_read_as_one(code, text):
    from pipeline.checks.opposites import terms_named

    assert "mother" not in terms_named(text, language_for(code))


# "each eye", "both ears": a side of the body that names its part, which is where drops go
@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        ("es", "Put 2 drops in each eye four times a day.", "Aplique 2 gotas en cada oído cuatro veces al día.",
         "'oído' (the ear)"),
        ("ar", "Put one drop in each eye twice a day.", "ضع قطرة واحدة في كل أذن مرتين يومياً.", "'أذن' (the ear)"),
        ("fr", "Put 2 drops in both ears twice a day.", "Mettez 2 gouttes dans les deux yeux deux fois par jour.",
         "'yeux' (the eye)"),
        ("de", "Put one drop in each eye.", "Geben Sie einen Tropfen in jedes Ohr.", "'Ohr' (the ear)"),
        ("zh_TW", "Put 1 drop in each eye.", "每耳滴1滴。", "'耳' (the ear)"),
    ],
)  # fmt: skip
def test_the_organ_a_side_names_is_read(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, locale=locale, check="opposites"))
    assert finding.severity == "error"
    assert "(organ)" in finding.message
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("es", "Put 2 drops in each eye four times a day.", "Aplique 2 gotas en cada ojo cuatro veces al día."),
        ("ar", "Put one drop in each eye twice a day.", "ضع قطرة واحدة في كل عين مرتين يومياً."),
        ("ko_KR", "Put one drop in each eye twice a day.", "하루 2번 양쪽 눈에 각각 1방울씩 넣으세요."),
        ("de", "Put one drop in each eye.", "Geben Sie einen Tropfen in jedes Auge."),
        ("fr", "Put 2 drops in both ears twice a day.", "Mettez 2 gouttes dans les deux oreilles deux fois par jour."),
        ("zh_TW", "Put 1 drop in each eye.", "每眼滴1滴。"),
        ("es", "Put 1 drop in the eye.", "Aplique 1 gota en ambos ojos."),
        ("pt_BR", "Use 1 spray in each nostril.", "Use 1 jato em cada narina."),
    ],
)
def test_the_organ_a_side_names_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="opposites") == []


def test_the_eye_of_each_eye_is_read_with_its_side():
    from pipeline.checks.opposites import terms_named
    from pipeline.languages.language import BOTH_SIDES, EYE

    named = terms_named("Put 2 drops in each eye.", language_for("en"))
    assert named["side"] == {BOTH_SIDES: ["each eye"]}
    assert named["organ"] == {EYE: ["eye"]}


LET_IT_DISSOLVE = "Let the tablet dissolve under the tongue."


# A route said only by a verb of swallowing, found by a red-team: 복용하십시오 (take it, as 服用: by
# mouth) and the infinitive that opens an instruction ("Avaler le comprimé", "Tragar el comprimido",
# "Engolir o comprimido") are by mouth, as Avalez, Trague, Engula and 삼키세요 already were: an error
# for a dose no one swallows (SWALLOWED_IN_PLACE_OF_A_ROUTE), else a warning (복용하십시오, a take; a
# layer put on the skin).
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", SUPPOSITORY_AT_NIGHT, "밤에 좌약 1개를 복용하십시오.", "'복용하십시오' (by mouth)"),
        ("ko_KR", LET_IT_DISSOLVE, "정제 1개를 복용하세요.", "'복용하세요' (by mouth)"),
        ("ko_KR", SUPPOSITORY_AT_NIGHT, "밤에 좌약 1개를 복용합니다.", "'복용합니다' (by mouth)"),
        ("fr", LET_IT_DISSOLVE, "Avaler le comprimé avec un verre d'eau.", "'Avaler' (by mouth)"),
        ("fr", SUPPOSITORY_AT_NIGHT, "Avaler un suppositoire le soir.", "'Avaler' (by mouth)"),
        (
            "fr",
            "Apply a thin layer to the skin twice a day.",
            "Avaler une fine couche deux fois par jour.",
            "'Avaler' (by mouth)",
        ),
        ("es", LET_IT_DISSOLVE, "Tragar el comprimido con agua.", "'Tragar' (by mouth)"),
        ("es", SUPPOSITORY_AT_NIGHT, "Por la noche, tragar un supositorio.", "'tragar' (by mouth)"),
        ("pt_BR", LET_IT_DISSOLVE, "Engolir o comprimido com água.", "'Engolir' (by mouth)"),
        ("pt_BR", SUPPOSITORY_AT_NIGHT, "Engolir um supositório à noite.", "'Engolir' (by mouth)"),
    ],
)
def test_a_route_said_only_by_a_verb_of_swallowing_is_read_as_by_mouth(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == ("error" if translation in SWALLOWED_IN_PLACE_OF_A_ROUTE else "warning")
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the route said, the swallow beside it
        ("ko_KR", SUPPOSITORY_AT_NIGHT, "밤에 좌약 1개를 항문에 넣으십시오."),
        ("ko_KR", LET_IT_DISSOLVE, "정제를 혀 밑에 넣어 녹여 복용하십시오."),
        ("ko_KR", LET_IT_DISSOLVE, "설하정을 복용하십시오."),
        ("fr", LET_IT_DISSOLVE, "Laisser fondre le comprimé sous la langue."),
        ("fr", LET_IT_DISSOLVE, "Laisser fondre le comprimé sous la langue, puis avaler la salive."),
        # the source says to swallow
        ("ko_KR", BY_MOUTH_ONCE_A_DAY, "하루 한 번 정제를 복용하십시오."),
        ("ko_KR", BY_MOUTH_ONCE_A_DAY, "1일 1회 1정을 복용합니다."),
        ("fr", "Swallow the tablet with water.", "Avaler le comprimé avec un verre d'eau."),
        ("es", "Swallow the tablet with water.", "Tragar el comprimido con agua."),
        ("pt_BR", "Swallow the tablet with water.", "Engolir o comprimido com água."),
        # with a "not", or not an instruction: no route
        (
            "ko_KR",
            "Do not take this medicine by mouth; insert it into the rectum.",
            "이 약을 복용하지 마십시오. 항문에 넣으십시오.",
        ),
        (
            "fr",
            "Let the tablet dissolve under the tongue before swallowing.",
            "Laisser fondre le comprimé sous la langue avant d'avaler.",
        ),
        (
            "fr",
            "If you have difficulty swallowing, let it dissolve under the tongue.",
            "Si vous avez du mal à avaler, laissez-le fondre sous la langue.",
        ),
        (
            "es",
            "If swallowing is hard, insert the suppository into the rectum.",
            "Si le cuesta tragar, introduzca el supositorio en el recto.",
        ),
        (
            "pt_BR",
            "If swallowing is hard, insert the suppository into the rectum.",
            "Se tiver dificuldade para engolir, introduza o supositório no reto.",
        ),
        (
            "fr",
            UNDER_THE_TONGUE_NOT_SWALLOWED,
            "Placer le comprimé sous la langue et le laisser fondre. Ne pas avaler.",
        ),
    ],
)
def test_a_route_said_beside_a_verb_of_swallowing_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# Where drops or a spray go is their route too: said as swallowed, a red-team's miss; the eye said as
# the ear is the organ's error alone, not also the route's.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        # a "take", said of any medicine; a swallow said of no counted dose (a swallow of a counted
        # dose is an error: test_a_swallow_of_a_counted_dose_breathed_in_or_dropped_into_an_organ_is_an_error)
        ("ko_KR", "Put 2 drops in the affected ear.", "2방울을 복용하십시오.", "'복용하십시오' (by mouth)"),
        ("de", "Spray once into each nostril.", "Einmal schlucken.", "'schlucken' (by mouth)"),
        ("fr", "Put 1 drop in each eye.", "Avalez les gouttes.", "'Avalez' (by mouth)"),
    ],
)
def test_drops_into_an_organ_said_as_swallowed_is_a_warning(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "warning"
    assert f"(route) but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", "Put 1 drop in each eye.", "Aplique 1 gota en cada ojo."),
        ("ko_KR", "Put 2 drops in the affected ear.", "아픈 귀에 2방울을 넣으십시오."),
        # ear drops labelled for external use
        ("ko_KR", "Put 2 drops in the affected ear.", "외용제입니다. 2방울을 넣으십시오."),
        (
            "ko_KR",
            "For external use only. Put one drop in each eye.",
            "외용으로만 사용하세요. 양쪽 눈에 한 방울씩 넣으세요.",
        ),
        ("de", "Spray once into each nostril.", "Einmal in jedes Nasenloch sprühen."),
        # the eye as a side effect or a place to keep away from, beside a route of its own
        (
            "es",
            "Swallow the tablet whole. It may cause dry eyes.",
            "Trague el comprimido entero; puede causar ojos secos.",
        ),
        (
            "zh_TW",
            "Swallow the tablet. It may cause blurred vision or eye pain.",
            "吞服錠劑。可能引起視力模糊或眼睛疼痛。",
        ),
        (
            "es",
            "Insert the suppository into the rectum; avoid contact with the eyes.",
            "Introduzca el supositorio; evite el contacto con los ojos.",
        ),
        ("ko_KR", "Apply the cream to the skin, avoiding the eyes.", "눈 주위를 피해 바르십시오."),
        # a swallow with a "not", or by mistake
        ("es", "Do not swallow the eye drops.", "No trague el colirio."),
        (
            "ko_KR",
            "If a child swallows the eye drops, call a doctor.",
            "어린이가 안약을 삼킨 경우 의사에게 연락하십시오.",
        ),
    ],
)
def test_drops_into_an_organ_said_their_way_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


def test_the_eye_said_as_the_ear_is_the_organs_error_alone(catalogs):
    finding = only(
        catalogs.findings("Put 1 drop in the eye.", "Aplique 1 gota en el oído.", check="opposites", locale="es")
    )
    assert finding.severity == "error" and "(organ)" in finding.message


# A route swapped for another, each said by a route's own words, is an error in every language: the
# patient told "into the vagina" or "into a muscle" outright gives it there.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        (
            "ko_KR",
            "Insert one suppository into the rectum at night.",
            "밤에 좌약 1개를 질에 넣으십시오.",
            "'질에 넣' (vaginal)",
        ),
        (
            "es",
            "Inject 12 units under the skin before dinner.",
            "Inyecte 12 unidades por vía intramuscular antes de la cena.",
            "'intramuscular' (into a muscle)",
        ),
        (
            "pt_BR",
            "Inject 20 units under the skin before breakfast.",
            "Aplique 20 unidades na veia antes do café da manhã.",
            "'na veia' (into a vein)",
        ),
        (
            "fr",
            "Insert one suppository into the rectum at night.",
            "Introduisez un suppositoire dans le vagin le soir.",
            "'dans le vagin' (vaginal)",
        ),
        ("de", "Inject it into a muscle.", "Spritzen Sie es intravenös.", "'intravenös' (into a vein)"),
        ("zh_TW", "Dissolve the tablet under the tongue.", "將錠劑塗抹於皮膚，僅供外用。", "'外用' (for external use)"),
        ("ar", "Inject it under the skin.", "احقنه في العضل.", "'في العضل' (into a muscle)"),
    ],
)
def test_a_route_said_outright_for_another_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # said by a "take" (a person reads it): 복용하십시오, 드세요, unzerkaut einnehmen
        ("ko_KR", "Insert one suppository into the rectum at night.", "밤에 좌약 1개를 복용하십시오."),
        ("de", "Let the tablet dissolve under your tongue.", "Nehmen Sie die Tablette unzerkaut ein."),
        # ... with a "not"
        ("es", "Do not inject it into a vein.", "No lo inyecte por vía intramuscular."),
        # ... a vein, a muscle or the pill a side effect is said by (정맥 혈전, 皮下瘀血, 경구 피임약)
        (
            "ko_KR",
            "This medicine is injected under the skin and may raise the risk of a blood clot in a vein.",
            "이 약은 피부 밑에 주사하며 정맥 혈전의 위험을 높일 수 있습니다.",
        ),
        (
            "ko_KR",
            "This injection under the skin can make birth control pills less effective.",
            "피부 밑에 놓는 이 주사는 경구 피임약의 효과를 떨어뜨릴 수 있습니다.",
        ),
        (
            "zh_TW",
            "The medicine is given intravenously; tell the nurse if you see bruising.",
            "本藥以點滴方式給藥；若出現皮下瘀血，請告知護理師。",
        ),
        (
            "zh_TW",
            "Inject it under the skin of the belly; it may cause deep vein thrombosis.",
            "請注射於腹部皮膚下方；可能引起深層靜脈栓塞。",
        ),
        (
            "es",
            "Take the tablets by mouth; rarely, they can cause a blood clot in a vein.",
            "Tome los comprimidos; en raras ocasiones pueden causar un coágulo de sangre en una vena.",
        ),
        ("ar", "Take the tablets by mouth; they may cause muscle pain.", "تناول الأقراص؛ قد تسبب آلامًا عضلية."),
    ],
)
def test_a_route_said_by_a_verb_a_not_or_a_side_effect_is_at_most_a_warning(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, check="opposites", locale=locale)
    assert all(finding.severity == "warning" for finding in findings)


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # both routes named where the source names both, a route said twice
        ("es", "Inject it into a muscle or under the skin.", "Inyéctelo por vía intramuscular o subcutánea."),
        ("pt_BR", "Inject it under the skin, not into a vein.", "Injete sob a pele, não na veia."),
        ("ko_KR", "Insert one suppository into the rectum.", "좌약 1개를 항문 안으로, 직장 내에 넣으십시오."),
        ("de", "Inject it under the skin.", "Spritzen Sie es subkutan unter die Haut."),
        ("fr", "Inject it into a vein.", "Injectez-le par voie intraveineuse, dans la veine."),
    ],
)
def test_a_route_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# Korean 드세요, 드십시오 (take it: eat or drink it) and German "unzerkaut" (unchewed: swallowed whole)
# say by mouth, as a swallow does: a warning where the source names another route.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        (
            "ko_KR",
            "Insert one suppository into the rectum at night.",
            "밤에 좌약 1개를 드십시오.",
            "'드십시오' (by mouth)",
        ),
        ("ko_KR", "Let the tablet dissolve under the tongue.", "정제를 물과 함께 드세요.", "'드세요' (by mouth)"),
        (
            "de",
            "Let the tablet dissolve under the tongue.",
            "Die Tablette unzerkaut mit Wasser einnehmen.",
            "'unzerkaut' (by mouth)",
        ),
    ],
)
def test_korean_take_it_and_german_unchewed_are_by_mouth(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "warning"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Take it by mouth three times a day.", "하루 3번 드세요."),
        ("ko_KR", "Let the tablet dissolve under the tongue.", "정제를 혀 밑에서 녹여 드세요."),
        ("ko_KR", "Do not swallow the suppository.", "좌약을 드시지 마세요."),
        ("ko_KR", "Insert one suppository into the rectum at night.", "밤에 좌약 1개를 항문에 넣어 드리세요."),
        ("de", "Swallow the tablets whole with water.", "Die Tabletten unzerkaut mit Wasser schlucken."),
        ("de", "Take the tablet by mouth.", "Nehmen Sie die Tablette unzerkaut ein."),
    ],
)
def test_korean_take_it_and_german_unchewed_said_as_one_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# Breathed in is a route of its own ("Inhale the contents of one capsule"): said as swallowed or by
# mouth it is a warning, never an error, as the mouth an inhaled powder goes through is named as
# often ("Atmen Sie durch den Mund ein", 입으로 들이마시십시오).
INHALE_A_CAPSULE = "Inhale the contents of one capsule once a day."


@pytest.mark.parametrize(
    ("locale", "translation", "said"),
    [
        ("ko_KR", "하루 한 번 캡슐 1개의 내용물을 복용하십시오.", "'복용하십시오' (by mouth)"),
        ("es", "Tome el contenido de una cápsula por vía oral una vez al día.", "'por vía oral' (by mouth)"),
        ("de", "Nehmen Sie den Inhalt einer Kapsel einmal täglich durch den Mund ein.", "'durch den Mund' (by mouth)"),
        ("zh_TW", "每日口服一顆膠囊的內容物。", "'口服' (by mouth)"),
    ],
)
def test_inhaled_said_as_by_mouth_is_a_warning(catalogs, locale, translation, said):
    finding = only(catalogs.findings(INHALE_A_CAPSULE, translation, check="opposites", locale=locale))
    assert finding.severity == "warning"
    assert f"the source says 'Inhale' (route) but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", INHALE_A_CAPSULE, "하루 한 번 캡슐 1개의 내용물을 흡입하십시오."),
        ("zh_TW", INHALE_A_CAPSULE, "每日吸入一顆膠囊的內容物一次。"),
        ("es", INHALE_A_CAPSULE, "Inhale el contenido de una cápsula una vez al día."),
        ("pt_BR", INHALE_A_CAPSULE, "Inale o conteúdo de uma cápsula uma vez ao dia."),
        ("fr", INHALE_A_CAPSULE, "Inhalez le contenu d'une gélule une fois par jour."),
        ("de", INHALE_A_CAPSULE, "Inhalieren Sie den Inhalt einer Kapsel einmal täglich."),
        ("ar", INHALE_A_CAPSULE, "استنشق محتوى كبسولة واحدة مرة يوميًا."),
        # breathed in through the mouth: both named, or the breath said by its own verb
        ("ko_KR", "Inhale the powder through your mouth.", "입으로 가루를 들이마시십시오."),
        ("es", "Inhale the powder through your mouth.", "Inspire el polvo por la boca."),
        ("de", "Inhale through your mouth.", "Atmen Sie tief durch den Mund ein."),
        ("ar", "Inhale through your mouth.", "تنفس بعمق عن طريق الفم."),
        ("fr", "Inhale through your mouth.", "Respirez par la bouche."),
        # not an inhaled medicine: the inhaler, "inhaled steroids", the contents (Inhalt)
        ("de", "Take the contents of one capsule by mouth.", "Nehmen Sie den Inhalt einer Kapsel durch den Mund ein."),
        ("es", "Rinse your mouth after using the inhaler.", "Enjuáguese la boca después de usar el inhalador."),
        (
            "ko_KR",
            "Tell your doctor if you use inhaled steroids; take this by mouth.",
            "흡입 스테로이드를 사용하면 의사에게 알리십시오. 이 약은 입으로 복용하십시오.",
        ),
    ],
)
def test_inhaled_said_as_one_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# A swallow said outright (삼키세요, Avalez, Schlucken, Trague, Engula, 吞服, ابلع) of a dose the source
# gives by a route no dose is swallowed by (a suppository, a pessary, a tablet under the tongue) is an
# error: the patient swallows it.  However the source names its route: outright or by its dose form.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        (
            "ko_KR",
            "Insert one suppository into the rectum at bedtime.",
            "취침 전에 좌약 1개를 삼키십시오.",
            "'삼키십시오'",
        ),
        ("ko_KR", "Insert one suppository into the rectum at night.", "밤에 좌약 1개를 삼키세요.", "'삼키세요'"),
        (
            "de",
            "Insert one suppository into the back passage twice a day.",
            "Schlucken Sie zweimal täglich ein Zäpfchen.",
            "'Schlucken'",
        ),
        ("fr", "Let the tablet dissolve under your tongue.", "Avalez le comprimé avec un verre d'eau.", "'Avalez'"),
        ("fr", "Insert one suppository into the rectum at night.", "Avalez un suppositoire le soir.", "'Avalez'"),
        ("es", "Insert one vaginal tablet into the vagina at night.", "Trague un comprimido por la noche.", "'Trague'"),
        ("pt_BR", "Place the tablet under your tongue.", "Engula o comprimido com água.", "'Engula'"),
        ("zh_TW", "Insert one suppository into the rectum.", "吞服一顆栓劑。", "'吞服'"),
        ("ar", "Insert one suppository into the rectum at night.", "ابلع تحميلة واحدة ليلًا.", "'ابلع'"),
        ("de", "Use one suppository at night.", "Schlucken Sie abends ein Zäpfchen.", "'Schlucken'"),
    ],
)
def test_a_swallow_said_outright_for_a_dose_no_one_swallows_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} (by mouth) instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # a "take", said of any medicine: 복용하십시오, 드십시오, unzerkaut einnehmen
        ("ko_KR", "Insert one suppository into the rectum at bedtime.", "취침 전에 좌약 1개를 복용하십시오."),
        ("ko_KR", "Let the tablet dissolve under the tongue.", "정제를 물과 함께 드세요."),
        ("de", "Let the tablet dissolve under the tongue.", "Die Tablette unzerkaut mit Wasser einnehmen."),
        # a swallow in place of a route a dose is swallowed by as often: put on the skin; or breathed in,
        # said of no counted dose
        ("fr", "Apply the cream to the skin.", "Avalez la crème."),
        ("fr", "Inhale the contents of one capsule once a day.", "Avalez le contenu une fois par jour."),
    ],
)
def test_a_take_or_a_swallow_not_said_outright_for_a_dose_no_one_swallows_is_a_warning(
    catalogs, locale, source, translation
):
    findings = catalogs.findings(source, translation, check="opposites", locale=locale)
    assert findings and all(finding.severity == "warning" for finding in findings)


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Swallow the tablet whole.", "정제를 통째로 삼키십시오."),
        (
            "ko_KR",
            "Insert one suppository into the rectum. Do not swallow.",
            "좌약 1개를 항문에 넣으십시오. 삼키지 마십시오.",
        ),
        (
            "de",
            "If you swallow the suppository by mistake, call your doctor.",
            "Wenn Sie das Zäpfchen versehentlich schlucken, rufen Sie Ihren Arzt an.",
        ),
        (
            "fr",
            "If you swallow the suppository by mistake, call your doctor.",
            "Si vous avalez le suppositoire par erreur, appelez votre médecin.",
        ),
        (
            "fr",
            "Let the tablet dissolve under your tongue.",
            "Laissez fondre le comprimé dans la bouche sans l'avaler.",
        ),
        (
            "fr",
            "Let the tablet dissolve under your tongue; do not swallow it.",
            "Laissez fondre le comprimé sous la langue ; ne l'avalez pas.",
        ),
        # a swallow with a "not": no route
        (
            "de",
            "Let the tablet dissolve under your tongue.",
            "Lassen Sie die Tablette im Mund zergehen und schlucken Sie sie nicht.",
        ),
    ],
)
def test_a_swallow_said_as_the_source_says_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# A vein word bound to an injection (احقن … في الوريد, 정맥에 주사, 정맥 주사, 靜脈注射, "Injectez … dans une
# veine") says where the injection goes, as "intravenously" does: an error for "under the skin" or
# "into a muscle".  Alone (a clot in a vein, 정맥 혈전) it stays a warning a person reads.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        (
            "ar",
            "Inject 10 units under the skin before breakfast.",
            "احقن 10 وحدات في الوريد قبل الإفطار.",
            "'احقن 10 وحدات في الوريد'",
        ),
        ("ar", "Inject it under the skin.", "يعطى حقن وريدي.", "'حقن وريدي'"),
        ("ko_KR", "Inject under the skin.", "정맥에 주사하십시오.", "'정맥에'"),
        ("ko_KR", "Inject 10 units under the skin.", "10단위를 정맥 주사하십시오.", "'정맥 주사'"),
        ("ko_KR", "Inject 10 units under the skin.", "정맥 내로 10단위를 주사하십시오.", "'정맥 내로'"),
        ("zh_TW", "Inject under the skin.", "靜脈注射。", "'靜脈注射'"),
        ("zh_TW", "Inject 10 units into a muscle.", "每日一次，靜脈注射10單位。", "'靜脈注射'"),
        ("zh_TW", "Inject it under the skin.", "請注射到靜脈內。", "'注射到靜脈'"),
        (
            "fr",
            "Inject 10 units under the skin.",
            "Injectez 10 unités dans une veine.",
            "'Injectez 10 unités dans une veine'",
        ),
        (
            "es",
            "Inject 10 units under the skin.",
            "Inyecte 10 unidades en una vena.",
            "'Inyecte 10 unidades en una vena'",
        ),
        ("pt_BR", "Inject 0.5 mL into a muscle.", "Injete 0,5 mL em uma veia.", "'Injete 0,5 mL em uma veia'"),
        # an injection noun right before the vein
        ("ar", "Inject it under the skin.", "يعطى بالحقن في الوريد.", "'بالحقن في الوريد'"),
        ("fr", "Inject it under the skin.", "Faites une injection dans une veine.", "'injection dans une veine'"),
        ("es", "Inject it under the skin.", "Se administra mediante inyección en una vena.", "'inyección en una vena'"),
    ],
)
def test_a_vein_bound_to_an_injection_for_another_route_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} (into a vein) instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the injection before the vein, a clot in it
        (
            "ko_KR",
            "You may get a blood clot in a vein after the injection under the skin.",
            "주사 후 정맥 혈전이 생길 수 있습니다.",
        ),
        ("ar", "Inject it under the skin; a clot may form in a vein.", "احقنه؛ قد تتكون جلطة في الوريد."),
        (
            "fr",
            "Inject it under the skin; a clot may form in a vein.",
            "Injectez-le ; un caillot peut se former dans une veine.",
        ),
        (
            "es",
            "Inject it under the skin; a clot may form in a vein.",
            "Inyéctelo; puede formarse un coágulo en una vena.",
        ),
        ("zh_TW", "Inject it under the skin; it may cause deep vein thrombosis.", "請注射；可能引起深層靜脈栓塞。"),
        # an injection noun, then what it may cause in a vein
        ("ar", "Inject it under the skin.", "بعد الحقن قد تشعر بألم في الوريد."),
        ("fr", "Inject it under the skin.", "L'injection peut causer une douleur dans une veine."),
        ("es", "Inject it under the skin.", "La inyección puede causar dolor en una vena."),
        ("pt_BR", "Inject it under the skin.", "A injeção pode causar dor em uma veia."),
    ],
)
def test_a_vein_not_bound_to_an_injection_stays_a_warning(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, check="opposites", locale=locale)
    assert findings and all(finding.severity == "warning" for finding in findings)


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Inject it into a vein.", "정맥에 주사하십시오."),
        ("zh_TW", "Inject it into a vein.", "靜脈注射。"),
        ("ar", "Inject 10 units into a vein.", "احقن 10 وحدات في الوريد."),
        ("fr", "Inject 10 units into a vein.", "Injectez 10 unités dans une veine."),
        ("pt_BR", "Inject it under the skin, not into a vein.", "Injete sob a pele, não em uma veia."),
        # the vein of a clot beside an injection under the skin the translation names too
        (
            "ko_KR",
            "Inject it under the skin; it may cause a clot in a vein.",
            "피하에 주사하십시오. 정맥 혈전이 생길 수 있습니다.",
        ),
    ],
)
def test_a_vein_bound_to_an_injection_said_as_the_source_says_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# By mouth said outright (por vía oral, 口服, عن طريق الفم) of a dose no one swallows is an error as a
# swallow is, its route said by its dose form alone ("Use one suppository") too; 경구 (also of 경구
# 피임약, the pill) stays a warning.  And 皮下注射, an injection under the skin, says its route outright
# as 靜脈注射 does; 皮下 alone (皮下瘀血, a bruise) stays a warning.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("es", "Use one suppository.", "Tome un comprimido por vía oral.", "'por vía oral' (by mouth)"),
        ("zh_TW", "Use the suppository once a day.", "每日口服一次。", "'口服' (by mouth)"),
        (
            "ar",
            "Use the suppository once a day.",
            "تناول الدواء عن طريق الفم مرة واحدة يوميًا.",
            "'عن طريق الفم' (by mouth)",
        ),
        ("zh_TW", "Inject it into a muscle.", "請皮下注射。", "'皮下注射' (under the skin)"),
    ],
)
def test_by_mouth_or_under_the_skin_said_outright_for_a_dose_form_or_a_muscle_is_an_error(
    catalogs, locale, source, translation, said
):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Use one suppository at night.", "밤에 좌약 1개를 경구 복용하십시오."),
        ("zh_TW", "Inject it into a muscle; it may cause bruising.", "請注射；可能引起皮下瘀血。"),
    ],
)
def test_by_mouth_or_under_the_skin_said_loosely_stays_a_warning(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, check="opposites", locale=locale)
    assert findings and all(finding.severity == "warning" for finding in findings)


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        (
            "es",
            "Take one tablet by mouth or use one suppository.",
            "Tome un comprimido por vía oral o use un supositorio.",
        ),
        ("zh_TW", "Inject it under the skin.", "請皮下注射。"),
    ],
)
def test_by_mouth_or_under_the_skin_said_as_the_source_says_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# Each or both sides said as one, or the affected one as both (a red-team round on text nobody had
# seen): "in each nostril" as "en una fosa nasal" halves the dose, "the affected eye" as 雙眼 treats a
# healthy eye.  One side and the left or the right are of one kind; each and both of the other.
EACH_NOSTRIL = "Use one spray in each nostril once a day."
EACH_EYE = "Put 1 drop in each eye twice a day."
AFFECTED_EYE = "Put 1 drop in the affected eye 3 times a day."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", EACH_NOSTRIL, "하루 한 번, 한쪽 콧구멍에 1회 분무하십시오.", "'한쪽' (one)"),
        ("es", "Use two sprays in each nostril once a day, in the morning.",
         "Aplique dos pulverizaciones en una fosa nasal una vez al día, por la mañana.", "'una fosa nasal' (one)"),
        ("zh_TW", "Put one drop in the affected eye 4 times a day.", "一天4次，每次於雙眼點1滴。", "'雙眼' (both)"),
        ("es", EACH_EYE, "Aplique 1 gota en un ojo dos veces al día.", "'un ojo' (one)"),
        ("fr", EACH_EYE, "Mettez 1 goutte dans un seul œil deux fois par jour.", "'un seul œil' (one)"),
        ("pt_BR", EACH_EYE, "Pingue 1 gota em um olho duas vezes ao dia.", "'um olho' (one)"),
        ("de", EACH_EYE, "Geben Sie zweimal täglich 1 Tropfen in ein Auge.", "'ein Auge' (one)"),
        ("zh_TW", EACH_EYE, "每日2次，單眼點1滴。", "'單眼' (one)"),
        ("ar", EACH_EYE, "ضع قطرة واحدة في إحدى العينين مرتين يوميًا.", "'إحدى العينين' (one)"),
        ("ko_KR", EACH_EYE, "하루 2번 한쪽 눈에 1방울씩 넣으십시오.", "'한쪽' (one)"),
        ("es", AFFECTED_EYE, "Aplique 1 gota en ambos ojos 3 veces al día.", "'ambos ojos' (both)"),
        ("fr", AFFECTED_EYE, "Instillez 1 goutte dans les deux yeux 3 fois par jour.", "'les deux yeux' (both)"),
        ("pt_BR", AFFECTED_EYE, "Pingue 1 gota em ambos os olhos 3 vezes ao dia.", "'ambos os olhos' (both)"),
        ("de", AFFECTED_EYE, "Geben Sie dreimal täglich 1 Tropfen in beide Augen.", "'beide Augen' (both)"),
        ("ar", AFFECTED_EYE, "ضع قطرة واحدة في كلتا العينين 3 مرات يوميًا.", "'العينين' (both)"),
        ("ko_KR", AFFECTED_EYE, "1일 3회, 양쪽 눈에 1방울씩 점안하십시오.", "'양쪽' (both)"),
        ("ko_KR", "Put 1 drop in the right eye.", "양쪽 눈에 1방울 넣으십시오.", "'양쪽' (both)"),
        # the affected one, or one, said before or after its organ
        ("es", EACH_EYE, "Aplique 1 gota en el ojo afectado dos veces al día.", "'ojo afectado' (one)"),
        ("ar", EACH_EYE, "ضع قطرة واحدة في عين واحدة مرتين يوميًا.", "'عين واحدة' (one)"),
        # the affected eye said as the affected ear: the organ's swap, read past the side's words
        ("ko_KR", AFFECTED_EYE, "1일 3회, 아픈 귀에 1방울씩 넣으십시오.", "'귀에' (the ear)"),
        ("es", AFFECTED_EYE, "Aplique 1 gota en el oído afectado 3 veces al día.", "'oído' (the ear)"),
        ("zh_TW", AFFECTED_EYE, "每日3次，每次於患耳點1滴。", "'耳' (the ear)"),
    ],
)  # fmt: skip
def test_each_side_said_as_one_or_the_affected_one_as_both_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", EACH_NOSTRIL, "하루 한 번, 양쪽 콧구멍에 각각 1회씩 분무하십시오."),
        ("ar", EACH_NOSTRIL, "استخدم بخة واحدة في كل فتحة أنف مرة واحدة يوميًا."),
        ("zh_TW", "Spray once into each nostril daily.", "每日一次，每側鼻孔各噴一下。"),
        ("de", "Spray once into each nostril twice a day.", "Sprühen Sie zweimal täglich je einen Sprühstoß in jedes Nasenloch."),
        ("zh_TW", AFFECTED_EYE, "每日3次，每次1滴，點於患眼。"),
        ("ar", AFFECTED_EYE, "ضع قطرة واحدة في العين المصابة 3 مرات يوميًا."),
        ("ko_KR", AFFECTED_EYE, "1일 3회, 아픈 눈에 1방울씩 점안하십시오."),
        ("fr", AFFECTED_EYE, "Instillez 1 goutte dans l'œil atteint 3 fois par jour."),
        ("de", AFFECTED_EYE, "Tropfen Sie dreimal täglich 1 Tropfen in das betroffene Auge."),
        ("pt_BR", AFFECTED_EYE, "Pingue 1 gota no olho afetado três vezes ao dia."),
        ("es", AFFECTED_EYE, "Aplique una gota en el ojo afectado tres veces al día."),
        # the affected one may be the left or the right, and the left one side
        ("fr", AFFECTED_EYE, "Instillez 1 goutte dans l'œil gauche 3 fois par jour."),
        ("de", "Put 1 drop in the left eye.", "Geben Sie 1 Tropfen in das betroffene linke Auge."),
        ("ko_KR", "Put 1 drop in the left eye.", "아픈 왼쪽 눈에 1방울 넣으십시오."),
        # one or both, on both sides; the affected eye or eyes; an eye drop is no side
        ("es", "Put 1 drop in one or both eyes.", "Aplique 1 gota en un ojo o en ambos."),
        ("fr", "Put 1 drop in one or both eyes.", "Mettez 1 goutte dans un œil ou les deux."),
        ("pt_BR", "Put 1 drop in one or both eyes.", "Pingue 1 gota em um olho ou em ambos."),
        ("zh_TW", "Put 1 drop in one or both eyes.", "單眼或雙眼點1滴。"),
        ("es", "Put 1 drop in the affected eye(s).", "Aplique 1 gota en ambos ojos si los dos están afectados."),
        ("fr", "Put 1 drop in the affected eye or eyes.", "Mettez 1 goutte dans les deux yeux s'ils sont atteints."),
        ("es", "Put one eye drop in each eye.", "Aplique una gota en cada ojo."),
        # each eye said as one eye and then the other
        ("es", "Put 1 drop in each eye.", "Aplique 1 gota en un ojo y después otra en el otro ojo."),
        ("fr", "Put 1 drop in each eye.", "Mettez 1 goutte dans un œil, puis 1 goutte dans l'autre."),
        ("de", "Put 1 drop in each eye.", "Geben Sie 1 Tropfen in ein Auge und dann 1 Tropfen in das andere."),
        ("ko_KR", "Put 1 drop in each eye.", "한쪽 눈에 1방울 넣고, 다른 쪽 눈에도 1방울 넣으십시오."),
        ("pt_BR", "Put 1 drop in each eye.", "Pingue 1 gota em um olho e depois 1 gota no outro."),
        ("ar", "Put 1 drop in each eye.", "ضع قطرة واحدة في عين واحدة ثم قطرة في العين الأخرى."),
    ],
)  # fmt: skip
def test_a_side_said_as_one_of_its_kind_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# The anus or the rectum bound to putting a dose in (항문에 … 넣으십시오, 塞入肛門, أدخلي … في الشرج,
# "Insérez … dans l'anus", "Introduzca … en el ano", "Insira … no ânus") is a route said outright, as a
# vein bound to an injection is: said for "into the vagina" an error.  Alone (항문 가려움, an itch) it
# stays a warning, or is not read at all (fr, es, pt).
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", VAGINAL_PESSARY, "3일 동안 밤에 질정 1개를 항문에 넣으십시오.", "'항문에'"),
        ("ko_KR", VAGINAL_PESSARY, "3일 동안 밤에 질정 1개를 항문으로 삽입하십시오.", "'항문으로'"),
        ("ko_KR", VAGINAL_PESSARY, "3일 동안 밤에 질정 1개를 직장에 넣으십시오.", "'직장에'"),
        ("zh_TW", VAGINAL_PESSARY, "連續3晚，每晚將1顆陰道錠塞入肛門深處。", "'塞入肛門'"),
        ("zh_TW", VAGINAL_PESSARY, "連續3晚，每晚將1顆陰道錠放入直腸。", "'放入直腸'"),
        (
            "ar",
            VAGINAL_PESSARY,
            "أدخلي تحميلة مهبلية واحدة في الشرج ليلًا لمدة 3 ليالٍ.",
            "'أدخلي تحميلة مهبلية واحدة في الشرج'",
        ),
        (
            "ar",
            VAGINAL_PESSARY,
            "أدخلي تحميلة واحدة في فتحة الشرج ليلًا لمدة 3 ليالٍ.",
            "'أدخلي تحميلة واحدة في فتحة الشرج'",
        ),
        (
            "fr",
            VAGINAL_PESSARY,
            "Insérez un ovule dans l'anus le soir pendant 3 jours.",
            '"Insérez un ovule dans l\'anus"',
        ),
        (
            "es",
            VAGINAL_PESSARY,
            "Introduzca un óvulo en el ano por la noche durante 3 noches.",
            "'Introduzca un óvulo en el ano'",
        ),
        ("pt_BR", VAGINAL_PESSARY, "Insira um óvulo no ânus à noite durante 3 noites.", "'Insira um óvulo no ânus'"),
        # the infinitive of a label's instruction
        (
            "fr",
            VAGINAL_PESSARY,
            "Il faut introduire un ovule dans l'anus le soir pendant 3 jours.",
            '"introduire un ovule dans l\'anus"',
        ),
    ],
)
def test_the_anus_bound_to_putting_a_dose_in_for_the_vagina_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} (rectal) instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the anus of an itch, in a sentence of its own the source has not
        (
            "ko_KR",
            "Insert one pessary high into the vagina at night.",
            "밤에 질정 1개를 질 깊숙이 넣으십시오. 항문 주위가 가려울 수 있습니다.",
        ),
        # ... or before a comma, the insertion in the clause after it
        ("ko_KR", "Insert one pessary into the vagina.", "항문에 가려움이 있으면, 질정 1개를 넣으십시오."),
        ("zh_TW", "Insert one pessary into the vagina.", "將1顆陰道錠放好；可能出現肛門搔癢。"),
        ("ar", "Insert one pessary into the vagina.", "أدخلي تحميلة واحدة؛ قد تحدث حكة حول الشرج."),
    ],
)
def test_the_anus_not_bound_to_putting_a_dose_in_stays_a_warning(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, check="opposites", locale=locale)
    assert findings and all(finding.severity == "warning" for finding in findings)


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Insert one suppository into the rectum at bedtime.", "취침 전에 좌약 1개를 항문에 넣으십시오."),
        ("ko_KR", "Insert one suppository into the rectum at bedtime.", "취침 전 좌약 1개를 항문에 삽입하십시오."),
        ("zh_TW", "Insert one suppository into the rectum at night.", "每晚將1顆栓劑塞入肛門。"),
        ("ar", "Insert one suppository into the rectum at night.", "أدخل تحميلة واحدة في الشرج ليلًا."),
        ("fr", "Insert one suppository into the rectum at night.", "Introduisez un suppositoire dans l'anus le soir."),
        ("es", "Insert one suppository into the rectum at night.", "Introduzca un supositorio en el ano por la noche."),
        ("pt_BR", "Insert one suppository into the rectum at night.", "Insira um supositório no ânus à noite."),
        # the anus of an itch beside a pessary put into the vagina
        (
            "ko_KR",
            "Insert one pessary into the vagina. Anal itching may occur.",
            "질정 1개를 질 안에 넣으십시오. 항문 가려움이 생길 수 있습니다.",
        ),
        (
            "ko_KR",
            "Insert one pessary into the vagina. If you have itching in your anus, tell your doctor.",
            "질 안에 질정 1개를 넣으십시오. 항문에 가려움이 있으면 의사에게 알리십시오.",
        ),
        (
            "zh_TW",
            "Insert one pessary into the vagina. Anal itching may occur.",
            "將1顆陰道錠塞入陰道。可能出現肛門搔癢。",
        ),
        (
            "fr",
            "Insert one pessary into the vagina. Itching around the anus may occur.",
            "Insérez un ovule dans le vagin. Des démangeaisons autour de l'anus peuvent survenir.",
        ),
        (
            "es",
            "Insert one pessary into the vagina. Itching around the anus may occur.",
            "Introduzca un óvulo en la vagina. Puede aparecer picor alrededor del ano.",
        ),
        (
            "pt_BR",
            "Insert one pessary into the vagina. Itching around the anus may occur.",
            "Insira um óvulo na vagina. Pode ocorrer coceira ao redor do ânus.",
        ),
    ],
)
def test_the_anus_said_as_the_source_says_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# Korean 투여 (giving a medicine) binds a vein as 주사 (injecting) does: 정맥 (내) 투여, 정맥에 …
# 투여하십시오 say where the dose goes; 정맥 혈전, 정맥류, 투여를 중단 (stop giving it) do not.
@pytest.mark.parametrize(
    ("source", "translation", "said"),
    [
        ("Inject 10 units under the skin.", "10단위를 정맥 내 투여하십시오.", "'정맥 내 투여'"),
        ("Inject 10 units under the skin.", "10단위를 정맥 투여하십시오.", "'정맥 투여'"),
        ("Inject 10 units under the skin.", "10단위를 정맥에 투여하십시오.", "'정맥에'"),
        ("Inject 10 units under the skin.", "10단위를 정맥으로 투여합니다.", "'정맥으로'"),
        ("Inject it into a muscle.", "정맥 투여하십시오.", "'정맥 투여'"),
    ],
)
def test_a_korean_vein_bound_to_giving_a_dose_for_another_route_is_an_error(catalogs, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale="ko_KR"))
    assert finding.severity == "error"
    assert f"but the translation says {said} (into a vein) instead" in finding.message


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        (
            "Inject it under the skin. If a clot forms in a vein, stop it.",
            "피하에 주사하십시오. 정맥에 혈전이 생기면 투여를 중단하십시오.",
        ),
        ("Inject it under the skin.", "정맥에 혈전이 생기면 투여를 중단하십시오."),
        ("Inject it under the skin.", "정맥류가 있으면 투여 전에 의사에게 알리십시오."),
    ],
)
def test_a_korean_vein_of_a_side_effect_beside_giving_a_dose_stays_a_warning(catalogs, source, translation):
    findings = catalogs.findings(source, translation, check="opposites", locale="ko_KR")
    assert all(finding.severity == "warning" for finding in findings)


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("Inject 10 units under the skin.", "10단위를 피하 투여하십시오."),
        ("Give it into a vein.", "정맥 내 투여하십시오."),
        (
            "Inject it under the skin. It may cause a clot in a vein.",
            "피하에 주사하십시오. 정맥 혈전이 생길 수 있습니다.",
        ),
        (
            "Inject it under the skin. Tell your doctor if you have varicose veins.",
            "피하에 주사하십시오. 정맥류가 있으면 의사에게 알리십시오.",
        ),
        ("Inject it into a muscle.", "근육 내 투여하십시오."),
    ],
)
def test_a_korean_vein_bound_to_giving_a_dose_said_as_the_source_says_passes(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale="ko_KR") == []


# A swallow said outright (Avalez, Schlucken, Trague, Engula, 삼키십시오, 吞服, ابلع) of a counted dose the
# source gives breathed in or into the eye, the ear or the nose is an error, as of a suppository: the
# patient swallows the capsule or the drops.  Said of no counted dose ("wenn Sie schlucken", the drops
# that drain into the throat; "Si vous avalez les gouttes par erreur") it stays a warning.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("de", INHALE_A_CAPSULE, "Schlucken Sie einmal täglich eine Kapsel.", "'Schlucken'"),
        ("fr", INHALE_A_CAPSULE, "Avalez le contenu d'une gélule une fois par jour.", "'Avalez'"),
        ("fr", "Put 1 drop in each eye.", "Avalez 1 goutte.", "'Avalez'"),
        ("es", "Put 1 drop in each eye.", "Tragar 1 gota.", "'Tragar'"),
        ("es", "Put 1 drop in each eye twice a day.", "Trague 1 gota dos veces al día.", "'Trague'"),
        ("pt_BR", "Put 1 drop in each eye.", "Engula 1 gota.", "'Engula'"),
        ("zh_TW", "Put 1 drop in each eye.", "吞服1滴。", "'吞服'"),
        ("ar", "Put 1 drop in each eye.", "ابتلع قطرة واحدة.", "'ابتلع'"),
        ("ko_KR", "Put 1 drop in each eye twice a day.", "하루 2번 1방울을 삼키십시오.", "'삼키십시오'"),
        ("de", "Put 2 drops in each ear twice a day.", "Schlucken Sie zweimal täglich 2 Tropfen.", "'Schlucken'"),
        ("fr", "Spray once into each nostril.", "Avalez une pulvérisation.", "'Avalez'"),
    ],
)
def test_a_swallow_of_a_counted_dose_breathed_in_or_dropped_into_an_organ_is_an_error(
    catalogs, locale, source, translation, said
):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} (by mouth) instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        (
            "de",
            "If the eye drops are swallowed by mistake, contact your doctor.",
            "Wenn Sie die Tropfen versehentlich schlucken, wenden Sie sich an Ihren Arzt.",
        ),
        (
            "fr",
            "The eye drops may taste bitter when they drain into your throat.",
            "Les gouttes peuvent avoir un goût amer lorsque vous avalez.",
        ),
        (
            "de",
            "The eye drops may taste bitter when they drain into your throat.",
            "Die Tropfen können bitter schmecken, wenn Sie schlucken.",
        ),
        ("zh_TW", "If the eye drops are swallowed by mistake, contact your doctor.", "如果吞下滴劑，請聯絡醫師。"),
        # by mouth said outright of a dose breathed in: the mouth it goes through is named as often
        ("es", INHALE_A_CAPSULE, "Tome el contenido de una cápsula por vía oral una vez al día."),
    ],
)
def test_a_swallow_of_no_counted_dose_breathed_in_or_dropped_into_an_organ_stays_a_warning(
    catalogs, locale, source, translation
):
    findings = catalogs.findings(source, translation, check="opposites", locale=locale)
    assert findings and all(finding.severity == "warning" for finding in findings)


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        (
            "fr",
            "If you swallow the eye drops by mistake, contact your doctor.",
            "Si vous avalez les gouttes par erreur, contactez votre médecin.",
        ),
        (
            "de",
            "If you swallow the eye drops by mistake, contact your doctor.",
            "Wenn Sie die Tropfen versehentlich schlucken, wenden Sie sich an Ihren Arzt.",
        ),
        (
            "es",
            "The eye drops may taste bitter when they drain into your throat.",
            "Las gotas pueden tener un sabor amargo al tragar.",
        ),
        ("fr", "Put 1 drop in each eye.", "Mettez 1 goutte dans chaque œil."),
        ("de", INHALE_A_CAPSULE, "Inhalieren Sie einmal täglich den Inhalt einer Kapsel."),
        (
            "de",
            "Inhale the contents of one capsule once a day. Do not swallow the capsules.",
            "Inhalieren Sie einmal täglich den Inhalt einer Kapsel. Schlucken Sie die Kapseln nicht.",
        ),
    ],
)
def test_a_swallow_beside_drops_or_a_capsule_breathed_in_said_as_the_source_says_passes(
    catalogs, locale, source, translation
):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


SLOW_OR_STOP = "The infusion may be slowed down or stopped if you have a reaction."
NURSE_SLOWS = "The nurse will slow down or stop the infusion if you have a reaction."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        (
            "es",
            NURSE_SLOWS,
            "Si tiene una reacción, la enfermera acelerará la perfusión o la detendrá.",
            "'acelerará' (sped up)",
        ),
        ("ar", NURSE_SLOWS, "إذا ظهر لديك أي تفاعل، فقد تُسرّع الممرضة التسريب أو توقفه.", "'تُسرّع' (sped up)"),
        (
            "fr",
            SLOW_OR_STOP,
            "En cas de réaction, la perfusion peut être accélérée ou interrompue.",
            "'accélérée' (sped up)",
        ),
        (
            "de",
            SLOW_OR_STOP,
            "Bei einer Reaktion kann die Infusion beschleunigt oder abgebrochen werden.",
            "'beschleunigt' (sped up)",
        ),
        (
            "pt_BR",
            SLOW_OR_STOP,
            "Se tiver uma reação, a perfusão pode ser acelerada ou interrompida.",
            "'acelerada' (sped up)",
        ),
        ("zh_TW", SLOW_OR_STOP, "如果出現不良反應，會加快輸注速度或停止輸注。", "'加快' (sped up)"),
        ("ko_KR", SLOW_OR_STOP, "반응이 나타나면 주입 속도를 높이거나 주입을 중단합니다.", "'속도를 높' (sped up)"),
        (
            "es",
            "Inject it slowly over 3 to 5 minutes.",
            "Inyéctelo más rápido, en 3 a 5 minutos.",
            "'más rápido' (sped up)",
        ),
        # an infusion to be stopped said as slowed down: it goes on
        (
            "ko_KR",
            "The infusion should be stopped if you have trouble breathing.",
            "숨쉬기가 어려우면 주입 속도를 조금 늦추세요.",
            "'늦추' (slowed down)",
        ),
        (
            "es",
            "Stop the infusion if you have trouble breathing.",
            "Si le cuesta respirar, reduzca la velocidad de la perfusión.",
            "'reduzca la velocidad' (slowed down)",
        ),
        (
            "de",
            "Stop the infusion if you have trouble breathing.",
            "Verlangsamen Sie die Infusion, wenn Sie schlecht Luft bekommen.",
            "'Verlangsamen' (slowed down)",
        ),
    ],
)
def test_an_infusion_slowed_down_or_stopped_said_as_sped_up_or_slowed_is_an_error(
    catalogs, locale, source, translation, said
):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        (
            "es",
            NURSE_SLOWS,
            "Si tiene una reacción, la enfermera puede reducir la velocidad de la perfusión o detenerla.",
        ),
        ("es", NURSE_SLOWS, "Si tiene una reacción, la enfermera desacelerará la perfusión o la detendrá."),
        ("ar", NURSE_SLOWS, "إذا ظهر لديك أي تفاعل، فقد تُبطئ الممرضة التسريب أو توقفه."),
        ("ar", NURSE_SLOWS, "إذا ظهر لديك أي تفاعل، فقد تقوم الممرضة بإبطاء التسريب أو إيقافه."),
        ("fr", SLOW_OR_STOP, "En cas de réaction, la perfusion peut être ralentie ou interrompue."),
        ("de", SLOW_OR_STOP, "Bei einer Reaktion kann die Infusion verlangsamt oder abgebrochen werden."),
        ("pt_BR", SLOW_OR_STOP, "Se tiver uma reação, a perfusão pode ser abrandada ou interrompida."),
        ("zh_TW", SLOW_OR_STOP, "如果出現不良反應，會放慢輸注速度或停止輸注。"),
        ("zh_TW", SLOW_OR_STOP, "如果出現不良反應，會減慢或停止輸注。"),
        ("ko_KR", SLOW_OR_STOP, "반응이 나타나면 주입 속도를 늦추거나 주입을 중단합니다."),
        ("ko_KR", SLOW_OR_STOP, "반응이 나타나면 더 천천히 주입하거나 중단합니다."),
        (
            "ko_KR",
            "The infusion starts slowly, at 0.5 mL/kg/hour for the first 30 minutes.",
            "처음 30분 동안은 시간당 0.5 mL/kg의 느린 속도로 주입을 시작합니다.",
        ),
        (
            "ko_KR",
            "Stop the infusion immediately if you have trouble breathing.",
            "숨쉬기가 어려우면 즉시 주입을 중단하세요.",
        ),
        (
            "es",
            "The infusion starts slowly and is sped up after 30 minutes.",
            "La perfusión empieza despacio y se acelera después de 30 minutos.",
        ),
        # a stop said with the breathing slowed beside it
        ("ko_KR", "Stop the infusion and breathe slowly.", "주입을 중단하고 천천히 숨을 쉬세요."),
    ],
)
def test_an_infusion_slowed_down_or_stopped_said_as_the_source_says_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


CHILLS_SLOW = "If you have chills during the infusion, the rate will be slowed."
REACTION_STOP = "The infusion will be stopped if you have a reaction."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        # the rate named first, its change after it, as often in a passive
        (
            "fr",
            "If you have chills or a headache during the infusion, the rate will be slowed.",
            "En cas de frissons ou de maux de tête pendant la perfusion, le débit sera augmenté.",
            "'le débit sera augmenté' (sped up)",
        ),
        ("ar", REACTION_STOP, "ستُخفَّض سرعة التسريب إذا حدث لديك تفاعل.", "'ستُخفَّض سرع' (slowed down)"),
        (
            "es",
            CHILLS_SLOW,
            "Si tiene escalofríos durante la perfusión, la velocidad de la perfusión se aumentará.",
            "'velocidad de la perfusión se aumentará' (sped up)",
        ),
        (
            "de",
            CHILLS_SLOW,
            "Wenn Sie während der Infusion Schüttelfrost haben, wird die Infusionsgeschwindigkeit erhöht.",
            "'Infusionsgeschwindigkeit erhöht' (sped up)",
        ),
        (
            "de",
            REACTION_STOP,
            "Bei einer Reaktion wird die Geschwindigkeit der Infusion verringert.",
            "'Geschwindigkeit der Infusion verringert' (slowed down)",
        ),
        (
            "pt_BR",
            REACTION_STOP,
            "Se tiver uma reação, a velocidade da perfusão será reduzida.",
            "'velocidade da perfusão será reduzida' (slowed down)",
        ),
        ("ko_KR", CHILLS_SLOW, "주입 중 오한이 있으면 주입 속도가 빨라집니다.", "'속도가 빨라' (sped up)"),
        ("ko_KR", REACTION_STOP, "반응이 나타나면 주입 속도가 느려집니다.", "'속도가 느려' (slowed down)"),
        ("zh_TW", CHILLS_SLOW, "輸注期間若出現發冷，輸注速度會提高。", "'速度會提高' (sped up)"),
        ("zh_TW", REACTION_STOP, "如果出現不良反應，輸注速度會降低。", "'速度會降低' (slowed down)"),
        # a source that lowers or raises "the rate" slows the infusion down or speeds it up
        (
            "fr",
            "If you have a reaction, the nurse will lower the rate.",
            "En cas de réaction, l'infirmière augmentera le débit.",
            "'augmentera le débit' (sped up)",
        ),
        (
            "ko_KR",
            "If you tolerate it well, the infusion rate may be increased every 30 minutes.",
            "잘 견디면 30분마다 주입 속도를 늦출 수 있습니다.",
            "'늦출' (slowed down)",
        ),
    ],
)
def test_an_infusion_rate_changed_the_other_way_after_its_name_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("fr", CHILLS_SLOW, "En cas de frissons pendant la perfusion, le débit sera réduit."),
        ("ar", CHILLS_SLOW, "إذا أصبت بقشعريرة أثناء التسريب، ستُخفَّض سرعة التسريب."),
        ("ar", REACTION_STOP, "سيُوقَف التسريب إذا حدث لديك تفاعل."),
        ("es", CHILLS_SLOW, "Si tiene escalofríos durante la perfusión, la velocidad de la perfusión se reducirá."),
        (
            "de",
            CHILLS_SLOW,
            "Wenn Sie während der Infusion Schüttelfrost haben, wird die Infusionsgeschwindigkeit verringert.",
        ),
        ("pt_BR", CHILLS_SLOW, "Se tiver arrepios durante a perfusão, a velocidade da perfusão será reduzida."),
        ("ko_KR", CHILLS_SLOW, "주입 중 오한이 있으면 주입 속도를 줄입니다."),
        ("zh_TW", CHILLS_SLOW, "輸注期間若出現發冷，會將輸注速度調慢。"),
        # a raised rate said raised, in the rate's own words or with no word of the class
        (
            "es",
            "If you tolerate it well, the rate can be increased to 4 mL/kg/hour.",
            "Si la tolera bien, la velocidad puede aumentarse hasta 4 ml/kg/h.",
        ),
        (
            "de",
            "The infusion rate is increased every 30 minutes if you tolerate it well.",
            "Wenn Sie die Infusion gut vertragen, wird die Infusionsgeschwindigkeit alle 30 Minuten erhöht.",
        ),
        (
            "ko_KR",
            "If the infusion goes well, the rate may be increased to 4 mL/kg/hour.",
            "주입에 문제가 없으면 주입 속도를 시간당 4 mL/kg까지 올릴 수 있습니다.",
        ),
        (
            "zh_TW",
            "If you tolerate it well, the rate may be increased to 4 mL/kg/hour.",
            "若耐受良好，輸注速率可提高至每小時4 mL/kg。",
        ),
        # a heart rate is no infusion's
        (
            "fr",
            "If your heart rate is lowered, tell your doctor.",
            "Si votre fréquence cardiaque ralentit, prévenez votre médecin.",
        ),
    ],
)
def test_an_infusion_rate_changed_as_the_source_says_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


DARK_URINE = "If your urine is dark, tell your doctor."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ar", DARK_URINE, "إذا كان لون بولك فاتحًا، فأخبر طبيبك.", "'فاتح' (light or pale)"),
        ("ko_KR", DARK_URINE, "소변 색이 옅으면 의사에게 알리세요.", "'옅' (light or pale)"),
        ("zh_TW", DARK_URINE, "如果尿液顏色變淺，請告知醫師。", "'淺' (light or pale)"),
        ("es", DARK_URINE, "Si la orina es clara, avise a su médico.", "'clara' (light or pale)"),
        ("fr", DARK_URINE, "Si vos urines sont claires, prévenez votre médecin.", "'claires' (light or pale)"),
        ("de", DARK_URINE, "Wenn Ihr Urin hell ist, informieren Sie Ihren Arzt.", "'hell' (light or pale)"),
        ("pt_BR", DARK_URINE, "Se a sua urina estiver clara, informe o seu médico.", "'clara' (light or pale)"),
        (
            "es",
            "Tell your doctor if your stools are pale.",
            "Informe a su médico si sus heces son oscuras.",
            "'oscuras' (dark)",
        ),
    ],
)
def test_dark_urine_said_as_pale_and_the_reverse_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ar", DARK_URINE, "إذا كان لون بولك داكنًا، فأخبر طبيبك."),
        ("ar", DARK_URINE, "إذا كان البول غامق اللون، أخبر طبيبك."),
        (
            "ko_KR",
            "If your urine is dark or you pass less urine than usual, tell your doctor.",
            "소변 색이 진하거나 평소보다 소변량이 줄면 의사에게 알리세요.",
        ),
        ("ko_KR", DARK_URINE, "소변 색이 어두우면 의사에게 알리세요."),
        ("zh_TW", DARK_URINE, "如果尿液顏色變深，請告知醫師。"),
        (
            "es",
            "If your urine is dark, drink more water and tell your doctor.",
            "Si la orina es oscura, beba más agua y avise a su médico.",
        ),
        (
            "fr",
            "If your urine becomes dark, stop taking the medicine and call your doctor.",
            "Si vos urines deviennent foncées, arrêtez le traitement et appelez votre médecin.",
        ),
        (
            "de",
            "If your urine is dark, tell your doctor straight away.",
            "Wenn Ihr Urin dunkel ist, informieren Sie sofort Ihren Arzt.",
        ),
        ("pt_BR", DARK_URINE, "Se a sua urina estiver escura, informe o seu médico."),
        # both named: each says one
        (
            "es",
            "Tell your doctor if you have dark urine or pale stools.",
            "Informe a su médico si tiene orina oscura o heces pálidas.",
        ),
        (
            "de",
            "Tell your doctor if you have dark urine or pale stools.",
            "Informieren Sie Ihren Arzt bei dunklem Urin oder hellem Stuhl.",
        ),
        # said in other words: no colour named
        ("fr", DARK_URINE, "Si vos urines ont la couleur du thé, prévenez votre médecin."),
        # dark of no urine: a place to store it, light to keep it from
        ("es", "Store it in a dark place, away from light.", "Consérvelo en un lugar claro."),
    ],
)
def test_dark_or_pale_said_as_the_source_says_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# Both colours said, each of its own noun, and swapped between them: each noun's colour is read.
DARK_URINE_PALE_STOOLS = "- dark urine, pale stools or yellow skin"
DARK_OR_PALE = "Tell your doctor if you notice dark urine or pale stools."


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("zh_TW", DARK_URINE_PALE_STOOLS, "- 尿液顏色變淺、糞便顏色變深或皮膚變黃"),
        ("ko_KR", DARK_URINE_PALE_STOOLS, "- 옅은 색 소변, 짙은 색 대변 또는 피부가 노랗게 변함"),
        ("zh_TW", DARK_OR_PALE, "如果發現淺色尿液或深色糞便，請告知醫師。"),
        ("es", DARK_OR_PALE, "Informe a su médico si nota orina clara o heces oscuras."),
        ("fr", DARK_OR_PALE, "Prévenez votre médecin si vos urines sont claires ou vos selles foncées."),
        ("de", DARK_OR_PALE, "Informieren Sie Ihren Arzt, wenn Sie hellen Urin oder dunklen Stuhl bemerken."),
        ("pt_BR", DARK_OR_PALE, "Informe o seu médico se notar urina clara ou fezes escuras."),
        (
            "ar",
            "Tell your doctor straight away if you notice dark urine, pale stools or yellowing of the skin.",
            "أخبر طبيبك فوراً إذا لاحظت أن لون بولك أصبح فاتحاً، أو أن لون برازك أصبح داكناً، أو أن جلدك أصبح مصفراً.",
        ),
    ],
)
def test_dark_urine_and_pale_stools_said_the_other_way_round_is_an_error(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, check="opposites", locale=locale)
    messages = [finding.message for finding in findings]
    assert {finding.severity for finding in findings} == {"error"}
    assert any(message.startswith("the source says the urine is dark ('dark urine')") for message in messages)
    assert any("the source says the stools are pale ('pale stools')" in message for message in messages)


def test_a_colour_swapped_between_the_nouns_is_named_in_the_message(catalogs):
    translation = "- 尿液顏色變淺、糞便顏色變深或皮膚變黃"
    findings = catalogs.findings(DARK_URINE_PALE_STOOLS, translation, check="opposites", locale="zh_TW")
    assert {finding.message.partition(" instead")[0] for finding in findings} == {
        "the source says the urine is dark ('dark urine') but the translation says pale or light urine ('尿液顏色變淺')",
        "the source says the stools are pale ('pale stools') but the translation says dark stools ('糞便顏色變深')",
    }


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", DARK_URINE_PALE_STOOLS, "- 짙은 색 소변, 옅은 색 대변 또는 피부가 노랗게 변함"),
        ("zh_TW", DARK_URINE_PALE_STOOLS, "- 尿液顏色變深、糞便顏色變淺或皮膚變黃"),
        ("ko_KR", DARK_OR_PALE, "진한 소변이나 연한 색 대변이 보이면 의사에게 알리세요."),
        ("zh_TW", DARK_OR_PALE, "如果發現深色尿液或淺色糞便，請告知醫師。"),
        ("es", DARK_OR_PALE, "Informe a su médico si nota orina de color oscuro o heces de color claro."),
        ("fr", DARK_OR_PALE, "Prévenez votre médecin si vos urines sont foncées ou vos selles pâles."),
        ("pt_BR", DARK_OR_PALE, "Informe o seu médico se notar urina escura ou fezes claras."),
        # the nouns in the other order, the colour after each
        (
            "de",
            "Stop taking the tablets and see a doctor if your stools are pale or your urine is dark.",
            "Brechen Sie die Einnahme der Tabletten ab und suchen Sie einen Arzt auf, wenn Ihr Stuhl hell oder "
            "Ihr Urin dunkel ist.",
        ),
        (
            "ar",
            "Tell your doctor straight away if you notice dark urine, pale stools or yellowing of the skin.",
            "أخبر طبيبك فوراً إذا لاحظت أن لون بولك أصبح داكناً، أو أن لون برازك أصبح فاتحاً، أو أن جلدك أصبح مصفراً.",
        ),
        # one noun's colour said in other words: nothing to compare it with
        ("fr", DARK_OR_PALE, "Prévenez votre médecin si vos urines ont la couleur du thé ou si vos selles sont pâles."),
    ],
)
def test_dark_urine_and_pale_stools_kept_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


OLDER_ADULTS = "Adults aged 65 and over may need a lower dose."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", OLDER_ADULTS, "65세 이상 성인은 더 높은 용량이 필요할 수 있습니다.", "'높은 용량'"),
        ("zh_TW", OLDER_ADULTS, "65歲以上的成人可能需要較高的劑量。", "'較高的劑量'"),
        ("es", OLDER_ADULTS, "Los adultos de 65 años o más pueden necesitar una dosis mayor.", "'dosis mayor'"),
        (
            "fr",
            OLDER_ADULTS,
            "Les adultes de 65 ans et plus peuvent avoir besoin d'une dose plus élevée.",
            "'dose plus élevée'",
        ),
        ("de", OLDER_ADULTS, "Erwachsene ab 65 Jahren benötigen möglicherweise eine höhere Dosis.", "'höhere Dosis'"),
        (
            "pt_BR",
            OLDER_ADULTS,
            "Os adultos com 65 anos ou mais podem precisar de uma dose mais alta.",
            "'dose mais alta'",
        ),
        ("ar", OLDER_ADULTS, "قد يحتاج البالغون الذين تبلغ أعمارهم 65 عامًا فأكثر إلى جرعة أعلى.", "'جرعة أعلى'"),
        (
            "es",
            "Your doctor may increase the dose after 2 weeks.",
            "Su médico puede reducir la dosis después de 2 semanas.",
            "'reducir la dosis'",
        ),
    ],
)
def test_a_lower_dose_said_as_a_higher_one_and_the_reverse_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"(dose) but the translation says {said} (" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", OLDER_ADULTS, "65세 이상 성인은 더 낮은 용량이 필요할 수 있습니다."),
        ("ko_KR", OLDER_ADULTS, "65세 이상 성인은 용량을 줄여야 할 수 있습니다."),
        ("zh_TW", OLDER_ADULTS, "65歲以上的成人可能需要較低的劑量。"),
        ("zh_TW", OLDER_ADULTS, "65歲以上的成人可能需要減量。"),
        ("es", OLDER_ADULTS, "Los adultos de 65 años o más pueden necesitar una dosis menor."),
        (
            "es",
            "If you weigh less than 50 kg, you will receive a lower dose.",
            "Si pesa menos de 50 kg, recibirá una dosis más baja.",
        ),
        ("fr", OLDER_ADULTS, "Les adultes de 65 ans et plus peuvent avoir besoin d'une dose plus faible."),
        ("de", OLDER_ADULTS, "Erwachsene ab 65 Jahren benötigen möglicherweise eine niedrigere Dosis."),
        ("de", "Your doctor may reduce the dose.", "Ihr Arzt kann die Dosis verringern."),
        ("pt_BR", OLDER_ADULTS, "Os adultos com 65 anos ou mais podem precisar de uma dose mais baixa."),
        ("ar", OLDER_ADULTS, "قد يحتاج البالغون الذين تبلغ أعمارهم 65 عامًا فأكثر إلى جرعة أقل."),
        # both named: the source's too
        (
            "ko_KR",
            "Your doctor may start with a low dose and increase it slowly.",
            "의사는 저용량으로 시작하여 용량을 천천히 늘릴 수 있습니다.",
        ),
        # said in other words: no size named
        ("es", OLDER_ADULTS, "Es posible que los adultos de 65 años o más necesiten tomar menos."),
    ],
)
def test_a_lower_or_higher_dose_said_as_the_source_says_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# A place of storage forbidden in the source and another forbidden in its place: the freezer's
# "not" said of the refrigerator keeps a medicine that must stay cold out of it.
@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("es", "No refrigerar."),
        ("fr", "Ne pas mettre au réfrigérateur."),
        ("de", "Nicht im Kühlschrank lagern."),
        ("pt_BR", "Não refrigerar."),
        ("zh_TW", "請勿冷藏。"),
        ("ko_KR", "냉장 보관하지 마십시오."),
        ("ar", "لا تضعه في الثلاجة."),
    ],
)
def test_do_not_freeze_said_as_do_not_refrigerate_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings("Do not freeze.", translation, check="opposites", locale=locale))
    assert finding.severity == "error" and "the source says not 'freeze' (storage)" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", "Do not freeze.", "No congelar."),
        ("fr", "Do not freeze.", "Ne pas congeler."),
        ("de", "Do not freeze.", "Nicht einfrieren."),
        ("pt_BR", "Do not freeze.", "Não congelar."),
        ("zh_TW", "Do not freeze.", "請勿冷凍。"),
        ("ko_KR", "Do not freeze.", "냉동하지 마십시오."),
        ("ko_KR", "Do not freeze.", "얼리지 마십시오."),
        ("ar", "Do not freeze.", "لا تجمده."),
        # both bans said, and a ban beside the place it is kept
        ("de", "Do not refrigerate or freeze.", "Nicht im Kühlschrank lagern oder einfrieren."),
        ("es", "Store in the refrigerator. Do not freeze.", "Conservar en nevera, no congelar."),
    ],
)
def test_a_storage_ban_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# A medicine the source says to stop gradually (or not suddenly) that the translation says to stop
# at once (or not gradually): the patient stops it at once.
@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Do not stop taking this medicine suddenly.", "이 약의 복용을 서서히 중단하지 마세요."),
        ("de", "Do not stop taking it suddenly.", "Beenden Sie die Einnahme nicht schrittweise."),
        ("pt_BR", "Do not stop suddenly.", "Pare de repente."),
        ("es", "Your doctor will lower the dose gradually.", "Su médico reducirá la dosis de golpe."),
        ("fr", "Stop taking it gradually.", "Arrêtez de le prendre immédiatement."),
        ("zh_TW", "The dose will be lowered gradually.", "劑量將會立即降低。"),
        ("ko_KR", "The dose will be lowered gradually.", "용량을 즉시 줄일 것입니다."),
        ("ar", "Stop taking it gradually.", "توقف عن تناوله فجأة."),
    ],
)
def test_a_gradual_stop_said_as_a_sudden_one_is_an_error(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error" and "but the translation says" in finding.message


def test_the_message_names_how_each_text_says_to_stop(catalogs):
    source, translation = "Do not stop taking this medicine suddenly.", "이 약의 복용을 서서히 중단하지 마세요."
    finding = only(catalogs.findings(source, translation, check="opposites", locale="ko_KR"))
    assert finding.message.startswith(
        "the source says not to stop it 'suddenly' but the translation says not to stop it '서서히' (gradually) instead"
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Do not stop taking this medicine suddenly.", "이 약을 갑자기 중단하지 마십시오."),
        ("es", "Do not stop taking it suddenly.", "No deje de tomarlo de golpe."),
        ("fr", "Do not stop taking it suddenly.", "N'arrêtez pas brusquement le traitement."),
        ("de", "Do not stop taking it suddenly.", "Beenden Sie die Einnahme nicht plötzlich."),
        ("zh_TW", "Do not stop taking it suddenly.", "請勿突然停藥。"),
        ("pt_BR", "Do not stop suddenly.", "Não pare de repente."),
        ("ar", "Do not stop taking it suddenly.", "لا تتوقف عن تناوله فجأة."),
        # "not suddenly" said as "gradually", and "gradually" in other words
        ("ko_KR", "Do not stop taking this medicine suddenly.", "의사와 상의하여 서서히 줄이십시오."),
        ("es", "Do not stop taking it suddenly.", "Reduzca la dosis poco a poco."),
        ("de", "Your doctor will lower the dose gradually.", "Ihr Arzt wird die Dosis langsam verringern."),
        ("pt_BR", "Your doctor will reduce the dose gradually.", "O seu médico vai reduzir a dose aos poucos."),
        ("zh_TW", "Your doctor will lower the dose gradually.", "醫師會慢慢減少劑量。"),
        ("ar", "Your doctor will lower the dose gradually.", "سيخفض طبيبك الجرعة تدريجيًا."),
        ("fr", "Your doctor will reduce the dose gradually; do not stop on your own.",
         "Votre médecin réduira la dose progressivement ; n'arrêtez pas de vous-même."),
        # a stop at once the source asks for, and a sudden stop that is no instruction
        ("es", "Stop taking it immediately and call your doctor.", "Deje de tomarlo inmediatamente y llame a su médico."),
        ("ko_KR", "If you stop suddenly, you may feel dizzy.", "갑자기 중단하면 어지러울 수 있습니다."),
    ],
)  # fmt: skip
def test_a_gradual_stop_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# A course the source says to finish that the translation says to take until the patient feels
# better: the patient stops when the symptoms go.
@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "증상이 좋아질 때까지 정제를 계속 복용하세요."),
        ("es", "Siga tomando los comprimidos hasta que se sienta mejor."),
        ("fr", "Continuez à prendre les comprimés jusqu'à ce que vous vous sentiez mieux."),
        ("de", "Nehmen Sie die Tabletten weiter, bis Sie sich besser fühlen."),
        ("pt_BR", "Continue a tomar os comprimidos até se sentir melhor."),
        ("zh_TW", "請持續服藥直到症狀好轉。"),
        ("ar", "استمر في تناول الأقراص حتى تشعر بتحسن."),
    ],
)
def test_a_course_finished_said_as_until_better_is_an_error(catalogs, locale, translation):
    source = "Keep taking the tablets until the pack is finished."
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert finding.message.startswith("the source says to keep taking it 'until the pack is finished' but")


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "증상이 좋아지더라도 약을 다 드실 때까지 계속 복용하세요."),
        ("zh_TW", "即使感覺好轉，也請持續服藥，直到服完整盒藥。"),
        ("es", "Siga tomando los comprimidos hasta terminar el envase, aunque se sienta mejor."),
        ("fr", "Continuez à prendre les comprimés jusqu'à la fin de la boîte, même si vous vous sentez mieux."),
        ("de", "Nehmen Sie die Tabletten weiter, bis die Packung aufgebraucht ist, auch wenn Sie sich besser fühlen."),
        ("pt_BR", "Continue a tomar os comprimidos até acabar a embalagem, mesmo que se sinta melhor."),
        ("ar", "استمر في تناول الأقراص حتى تنتهي العبوة، حتى لو شعرت بتحسن."),
    ],
)
def test_a_course_finished_even_if_better_passes(catalogs, locale, translation):
    source = "Keep taking the tablets until the pack is finished, even if you feel better."
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


def test_until_better_in_the_source_is_no_course_to_finish(catalogs):
    source = "Take it until you feel better."
    assert catalogs.findings(source, "Tómelo hasta que se sienta mejor.", check="opposites", locale="es") == []


# A medicine the source says to shake gently (or not hard) that the translation says to shake hard.
@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "세게 흔들어 주십시오."),
        ("es", "Agitar enérgicamente."),
        ("fr", "Agitez vigoureusement."),
        ("de", "Kräftig schütteln."),
        ("zh_TW", "請用力搖晃。"),
        ("pt_BR", "Agite vigorosamente."),
        ("ar", "رجّه بقوة."),
    ],
)
def test_shaken_gently_said_as_shaken_hard_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings("Shake gently; do not shake hard.", translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert finding.message.startswith("the source says to shake it gently ('gently') but the translation says")


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", "Shake gently; do not shake hard.", "가볍게 흔들어 주십시오. 세게 흔들지 마십시오."),
        ("es", "Shake gently; do not shake hard.", "Agitar suavemente; no agitar con fuerza."),
        ("fr", "Shake gently; do not shake hard.", "Agitez doucement, sans secouer vigoureusement."),
        ("de", "Shake gently; do not shake hard.", "Vorsichtig schütteln, nicht kräftig schütteln."),
        ("zh_TW", "Shake gently; do not shake hard.", "請輕輕搖晃，切勿用力搖晃。"),
        ("pt_BR", "Shake gently; do not shake hard.", "Agite suavemente; não agite com força."),
        ("ar", "Shake gently; do not shake hard.", "رجّه برفق، ولا ترجّه بقوة."),
        # "not hard" said alone, and "shake well", which says neither
        ("es", "Do not shake hard.", "No agitar con fuerza."),
        ("es", "Shake well before use.", "Agitar enérgicamente antes de usar."),
    ],
)
def test_shaken_gently_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# A medicine the source says is stopped for a while that the translation says is stopped for good,
# or the other way round.
@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", "Your doctor may pause your treatment.", "Su médico puede suspender definitivamente su tratamiento."),
        ("ko_KR", "Your doctor may stop your treatment temporarily.", "의사가 치료를 영구적으로 중단할 수 있습니다."),
        ("zh_TW", "Your doctor may pause your treatment.", "醫師可能會永久停止您的治療。"),
        ("fr", "Your doctor may stop your treatment temporarily.",
         "Votre médecin peut arrêter définitivement votre traitement."),
        ("ar", "Your doctor may stop your treatment temporarily.", "قد يوقف طبيبك العلاج نهائيًا."),
        ("de", "Your doctor may stop your treatment permanently.",
         "Ihr Arzt kann die Behandlung vorübergehend unterbrechen."),
        ("pt_BR", "Your doctor may stop your treatment permanently.",
         "O seu médico pode interromper temporariamente o tratamento."),
    ],
)  # fmt: skip
def test_a_pause_said_as_a_stop_for_good_is_an_error(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error" and finding.message.startswith("the source says it is stopped for ")


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("es", "Your doctor may pause your treatment.", "Su médico puede interrumpir temporalmente su tratamiento."),
        ("ko_KR", "Your doctor may pause your treatment.", "의사가 치료를 일시 중단할 수 있습니다."),
        ("zh_TW", "Your doctor may pause your treatment.", "醫師可能會暫停您的治療。"),
        ("pt_BR", "Your doctor may stop your treatment temporarily.",
         "O seu médico pode interromper o tratamento por um tempo."),
        ("ar", "Your doctor may stop your treatment permanently.", "قد يوقف طبيبك العلاج بشكل دائم."),
        # both said, and how long a side effect lasts, which stops no dose
        ("de", "Your doctor may pause or permanently stop your treatment.",
         "Ihr Arzt kann die Behandlung unterbrechen oder endgültig beenden."),
        ("fr", "Hair loss is temporary.", "La perte de cheveux est définitive."),
    ],
)  # fmt: skip
def test_a_pause_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


SUGAR = "If your blood sugar is below 4 mmol/L, eat 15 g of fast-acting sugar."
HELPLINE = "Call the helpline on 808 123 456 (weekdays, 9:00–18:00)."
EVERY_DAY = "Take one tablet every day at the same time."


# A fast-acting sugar or medicine the translation says is slow- or long-acting, or the other way round.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("pt_PT", SUGAR, "Se a sua glicemia estiver abaixo de 4 mmol/l, coma 15 g de açúcar de absorção lenta.",
         "slow- or long-acting ('absorção lenta')"),
        ("es", SUGAR, "Si su glucemia es inferior a 4 mmol/l, coma 15 g de azúcar de absorción lenta.",
         "slow- or long-acting ('absorción lenta')"),
        ("fr", SUGAR, "Si votre glycémie est inférieure à 4 mmol/l, mangez 15 g de sucre lent.",
         "slow- or long-acting ('sucre lent')"),
        ("de", SUGAR, "Wenn Ihr Blutzucker unter 4 mmol/l liegt, essen Sie 15 g langsam wirkenden Zucker.",
         "slow- or long-acting ('langsam wirkenden')"),
        ("ko_KR", SUGAR, "혈당이 4 mmol/L 미만이면 천천히 흡수되는 당분 15 g을 드세요.",
         "slow- or long-acting ('천천히 흡수되는')"),
        ("zh_TW", SUGAR, "如果血糖低於 4 mmol/L，請吃 15 克緩慢吸收的糖。", "slow- or long-acting ('緩慢吸收')"),
        ("ar", SUGAR, "إذا كان سكر الدم أقل من 4 مليمول/لتر، تناول 15 غ من سكر بطيء الامتصاص.",
         "slow- or long-acting ('بطيء الامتصاص')"),
        ("es", "Inject the long-acting insulin at bedtime.", "Inyecte la insulina de acción rápida al acostarse.",
         "fast-acting ('acción rápida')"),
        ("zh_TW", "Inject the long-acting insulin at bedtime.", "睡前注射速效胰島素。", "fast-acting ('速效')"),
    ],
)  # fmt: skip
def test_fast_acting_said_as_slow_acting_and_the_reverse_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("pt_BR", SUGAR, "Se a sua glicemia estiver abaixo de 4 mmol/l, coma 15 g de açúcar de absorção rápida."),
        ("fr", SUGAR, "Si votre glycémie est inférieure à 4 mmol/l, mangez 15 g de sucre rapide."),
        ("ko_KR", SUGAR, "혈당이 4 mmol/L 미만이면 빨리 흡수되는 당분 15 g을 드세요."),
        ("zh_TW", SUGAR, "如果血糖低於 4 mmol/L，請吃 15 克快速吸收的糖。"),
        ("ar", SUGAR, "إذا كان سكر الدم أقل من 4 مليمول/لتر، تناول 15 غ من سكر سريع الامتصاص."),
        ("de", SUGAR, "Wenn Ihr Blutzucker unter 4 mmol/l liegt, essen Sie 15 g Traubenzucker."),
        # both ways said in the source: not read
        ("es", "Eat a fast-acting sugar, then a slow-acting snack.",
         "Coma un azúcar de absorción lenta y luego un tentempié de acción rápida."),
    ],
)  # fmt: skip
def test_fast_acting_kept_or_said_in_other_words_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


# Weekdays the translation says are every day, or the other way round.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("pt_PT", HELPLINE, "Ligue para a linha de apoio 808 123 456 (todos os dias, das 9h00 às 18h00).",
         "every day ('todos os dias')"),
        ("es", HELPLINE, "Llame a la línea de ayuda 808 123 456 (todos los días, de 9:00 a 18:00).",
         "every day ('todos los días')"),
        ("fr", HELPLINE, "Appelez la ligne d'assistance au 808 123 456 (tous les jours, de 9 h à 18 h).",
         "every day ('tous les jours')"),
        ("de", HELPLINE, "Rufen Sie die Hotline unter 808 123 456 an (täglich, 9:00–18:00 Uhr).",
         "every day ('täglich')"),
        ("ko_KR", HELPLINE, "상담 전화 808 123 456으로 전화하세요(매일 9:00–18:00).", "every day ('매일')"),
        ("zh_TW", HELPLINE, "請撥打諮詢專線 808 123 456（每天 9:00–18:00）。", "every day ('每天')"),
        ("ar", HELPLINE, "اتصل بخط المساعدة على 808 123 456 (كل يوم، 9:00–18:00).", "every day ('كل يوم')"),
        ("es", EVERY_DAY, "Tome un comprimido de lunes a viernes a la misma hora.",
         "weekdays only ('de lunes a viernes')"),
        ("ko_KR", EVERY_DAY, "평일에 같은 시간에 1정을 복용하세요.", "weekdays only ('평일')"),
    ],
)  # fmt: skip
def test_weekdays_said_as_every_day_and_the_reverse_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("pt_PT", HELPLINE, "Ligue para a linha de apoio 808 123 456 (dias úteis, das 9h00 às 18h00)."),
        ("es", HELPLINE, "Llame a la línea de ayuda 808 123 456 (de lunes a viernes, de 9:00 a 18:00)."),
        ("fr", HELPLINE, "Appelez la ligne d'assistance au 808 123 456 (du lundi au vendredi, de 9 h à 18 h)."),
        ("de", HELPLINE, "Rufen Sie die Hotline unter 808 123 456 an (werktags, 9:00–18:00 Uhr)."),
        ("ko_KR", HELPLINE, "상담 전화 808 123 456으로 전화하세요(평일 9:00–18:00)."),
        ("zh_TW", HELPLINE, "請撥打諮詢專線 808 123 456（週一至週五 9:00–18:00）。"),
        ("ar", HELPLINE, "اتصل بخط المساعدة على 808 123 456 (من الاثنين إلى الجمعة، 9:00–18:00)."),
        ("de", EVERY_DAY, "Nehmen Sie jeden Tag zur gleichen Zeit eine Tablette ein."),
        ("zh_TW", EVERY_DAY, "請每天在同一時間服用一錠。"),
        # "all the days of the week" is every day
        ("ar", EVERY_DAY, "تناول قرصًا واحدًا طوال أيام الأسبوع في الوقت نفسه."),
    ],
)  # fmt: skip
def test_weekdays_or_every_day_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


AUTO_INJECTOR = "Press the auto-injector firmly against the outer thigh and hold it there for 3 seconds."
INNER_ARM = "Apply the patch to the inner side of your upper arm."


# The outer side of a thigh or an arm said as the inner, and the other way round: the auto-injector
# pressed against the inner thigh, where the large vessels run.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", "Hold the auto-injector against the outer thigh for 3 seconds.",
         "자동주사기를 허벅지 안쪽에 대고 3초 동안 누르고 계세요.", "'허벅지 안쪽'"),
        ("ar", AUTO_INJECTOR, "اضغط الحاقن الذاتي بقوة على الجزء الداخلي من الفخذ وأبقه في مكانه لمدة 3 ثوانٍ.",
         "'الداخلي من الفخذ'"),
        ("zh_TW", AUTO_INJECTOR, "將自動注射器用力壓在大腿內側，並保持3秒鐘。", "'腿內側'"),
        ("es", AUTO_INJECTOR, "Presione el autoinyector con firmeza contra la cara interna del muslo durante 3 segundos.",
         "'cara interna del muslo'"),
        ("fr", AUTO_INJECTOR, "Appuyez fermement l'auto-injecteur sur la face interne de la cuisse pendant 3 secondes.",
         "'face interne de la cuisse'"),
        ("de", AUTO_INJECTOR, "Drücken Sie den Autoinjektor 3 Sekunden lang fest gegen die Innenseite des Oberschenkels.",
         "'Innenseite des Oberschenkels'"),
        ("pt_PT", AUTO_INJECTOR, "Pressione firmemente o autoinjetor contra a parte interna da coxa durante 3 segundos.",
         "'parte interna da coxa'"),
        ("ko_KR", INNER_ARM, "위팔 바깥쪽에 패치를 붙이세요.", "'위팔 바깥'"),
        ("de", INNER_ARM, "Kleben Sie das Pflaster auf die Außenseite Ihres Oberarms.", "'Außenseite Ihres Oberarms'"),
        ("es", INNER_ARM, "Aplique el parche en la parte externa del brazo.", "'parte externa del brazo'"),
    ],
)  # fmt: skip
def test_the_outer_side_of_a_limb_said_as_the_inner_and_the_reverse_is_an_error(
    catalogs, locale, source, translation, said
):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} (" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", AUTO_INJECTOR, "자동주사기를 허벅지 바깥쪽에 대고 3초 동안 꾹 누르고 계세요."),
        ("ko_KR", AUTO_INJECTOR, "자동주사기를 대퇴부 외측에 세게 대고 3초 동안 누르십시오."),
        ("ar", AUTO_INJECTOR, "اضغط الحاقن الذاتي بقوة على الجزء الخارجي من الفخذ وأبقه في مكانه لمدة 3 ثوانٍ."),
        ("zh_TW", AUTO_INJECTOR, "將自動注射器用力壓在大腿外側，並保持3秒鐘。"),
        ("es", AUTO_INJECTOR, "Presione con firmeza el autoinyector contra la parte externa del muslo durante 3 segundos."),
        ("fr", AUTO_INJECTOR, "Appuyez fermement l'auto-injecteur sur la face externe de la cuisse pendant 3 secondes."),
        ("de", AUTO_INJECTOR, "Drücken Sie den Autoinjektor fest gegen die Außenseite des Oberschenkels."),
        ("pt_PT", AUTO_INJECTOR, "Pressione o autoinjetor contra a parte exterior da coxa durante 3 segundos."),
        # the side said in other words, or left to the thigh: names neither
        ("de", AUTO_INJECTOR, "Drücken Sie den Autoinjektor 3 Sekunden lang fest gegen den Oberschenkel."),
        ("zh_TW", AUTO_INJECTOR, "將自動注射器用力壓在大腿上，並保持3秒鐘。"),
        # an outer carton, inside the mouth: no side of a limb
        ("ko_KR", "Keep the vial in the outer carton.", "바이알을 외부 포장 상자 안에 보관하세요."),
        ("es", "Do not use it inside the mouth.", "No lo use en la parte interna de la boca."),
    ],
)  # fmt: skip
def test_the_side_of_a_limb_kept_or_said_in_other_words_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


BACK_OF_THE_ARM = "Inject the insulin into the back of your upper arm."
FRONT_OF_THE_THIGH = "Inject into the front of your thigh."


# The front of a thigh or an arm said as the back, and the other way round.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("ko_KR", BACK_OF_THE_ARM, "인슐린을 위팔 앞쪽에 주사하십시오.", "'위팔 앞쪽'"),
        ("zh_TW", BACK_OF_THE_ARM, "請將胰島素注射於上臂前側。", "'臂前側'"),
        ("ar", BACK_OF_THE_ARM, "احقن الأنسولين في الجزء الأمامي من الذراع.", "'الأمامي من الذراع'"),
        ("es", FRONT_OF_THE_THIGH, "Inyecte en la parte posterior del muslo.", "'parte posterior del muslo'"),
        ("fr", FRONT_OF_THE_THIGH, "Injectez dans la face postérieure de la cuisse.", "'face postérieure de la cuisse'"),
        ("de", FRONT_OF_THE_THIGH, "Spritzen Sie in die Rückseite des Oberschenkels.", "'Rückseite des Oberschenkels'"),
        ("pt_PT", FRONT_OF_THE_THIGH, "Injete na parte de trás da coxa.", "'parte de trás da coxa'"),
    ],
)  # fmt: skip
def test_the_front_of_a_limb_said_as_the_back_and_the_reverse_is_an_error(catalogs, locale, source, translation, said):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} (" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("ko_KR", BACK_OF_THE_ARM, "인슐린을 위팔 뒤쪽에 주사하십시오."),
        ("zh_TW", BACK_OF_THE_ARM, "請將胰島素注射於上臂後側。"),
        ("ar", BACK_OF_THE_ARM, "احقن الأنسولين في الجزء الخلفي من الذراع."),
        ("es", FRONT_OF_THE_THIGH, "Inyecte en la parte delantera del muslo."),
        ("fr", FRONT_OF_THE_THIGH, "Injectez dans la face antérieure de la cuisse."),
        ("de", FRONT_OF_THE_THIGH, "Spritzen Sie in die Vorderseite des Oberschenkels."),
        ("pt_PT", FRONT_OF_THE_THIGH, "Injete na parte da frente da coxa."),
        # the face said in other words, or left to the limb: names neither
        ("de", BACK_OF_THE_ARM, "Spritzen Sie das Insulin in den Oberarm."),
    ],
)  # fmt: skip
def test_the_front_or_back_of_a_limb_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []


THROUGH_CLOTHING = "Inject into the outer thigh; you can inject through clothing."
REMOVE_CLOTHING = "Remove the clothing from the injection site before you inject."


# Through clothing said as clothing taken off first, and the other way round.
@pytest.mark.parametrize(
    ("locale", "source", "translation", "said"),
    [
        ("zh_TW", THROUGH_CLOTHING, "注射於大腿外側，注射前務必先脫去衣物。", "clothing taken off ('脫去衣')"),
        ("ko_KR", THROUGH_CLOTHING, "허벅지 바깥쪽에 주사하십시오. 주사하기 전에 옷을 벗으세요.",
         "clothing taken off ('옷을 벗')"),
        ("es", THROUGH_CLOTHING, "Inyecte en la parte externa del muslo; quítese la ropa antes de inyectar.",
         "clothing taken off ('quítese la ropa')"),
        ("pt_PT", THROUGH_CLOTHING, "Injete na parte exterior da coxa; tire a roupa antes de injetar.",
         "clothing taken off ('tire a roupa')"),
        ("fr", REMOVE_CLOTHING, "Injectez à travers les vêtements.", "through clothing ('à travers les vêtements')"),
        ("ar", REMOVE_CLOTHING, "يمكنك الحقن من خلال الملابس.", "through clothing ('خلال الملابس')"),
    ],
)  # fmt: skip
def test_through_clothing_said_as_clothing_taken_off_and_the_reverse_is_an_error(
    catalogs, locale, source, translation, said
):
    finding = only(catalogs.findings(source, translation, check="opposites", locale=locale))
    assert finding.severity == "error"
    assert f"but the translation says {said} instead" in finding.message


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("zh_TW", THROUGH_CLOTHING, "注射於大腿外側，可隔著衣物注射。"),
        ("ko_KR", "You can inject through clothing.", "옷 위로 주사해도 됩니다."),
        ("de", THROUGH_CLOTHING, "Spritzen Sie in die Außenseite des Oberschenkels; Sie können durch die Kleidung spritzen."),
        ("fr", THROUGH_CLOTHING, "Injectez dans la face externe de la cuisse, à travers les vêtements si nécessaire."),
        # a "not" on either side says the other way: not read
        ("zh_TW", THROUGH_CLOTHING, "注射於大腿外側，不必脫去衣物即可注射。"),
        ("es", THROUGH_CLOTHING, "Inyecte en la parte externa del muslo; puede hacerlo sin quitarse la ropa."),
        ("de", "Do not inject through clothing.", "Ziehen Sie vor der Injektion die Hose aus."),
        ("pt_PT", REMOVE_CLOTHING, "Tire a roupa do local da injeção antes de injetar."),
    ],
)  # fmt: skip
def test_through_clothing_or_clothing_taken_off_kept_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="opposites", locale=locale) == []
