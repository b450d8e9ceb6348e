"""[length]: a translation far shorter or longer than its source."""

from __future__ import annotations

import pytest

from pipeline.checks.length import clauses, sentence_count, sentences, written_ratio
from pipeline.languages import language_for
from tests.checks.helpers import only

LONG = "Tell your care team right away if you notice any of these signs."


def test_a_truncated_translation_is_a_warning(catalogs):
    finding = only(catalogs.findings(LONG, "알리세요.", check="length"))
    assert finding.severity == "warning"
    assert finding.message == "the translation is suspiciously short (8% of the source length)"


def test_a_translation_with_extra_text_is_a_warning(catalogs):
    translation = "다음과 같은 증상이 있으면 바로 의료진에게 알리세요. " * 8
    finding = only(catalogs.findings(LONG, translation.strip(), check="length"))
    assert finding.message.startswith("the translation is suspiciously long")


def test_korean_is_shorter_than_english_without_a_warning(catalogs):
    # 28 Korean characters for 65 English ones: a ratio of 0.43 is normal.
    assert catalogs.findings(LONG, "다음과 같은 증상이 있으면 바로 의료진에게 알리세요.", check="length") == []
    assert catalogs.findings("Headache", "두통", check="length") == []  # too short to judge


TWO_SENTENCES = "IVIG is made from the plasma of many donors. Each batch is tested for viruses before it is used."


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "IVIG는 많은 기증자의 혈장으로 만듭니다."),
        ("es", "La IVIG se hace con el plasma de muchos donantes."),
        ("zh_TW", "IVIG 由許多捐血者的血漿製成。"),
        ("ar", "يصنع IVIG من بلازما العديد من المتبرعين."),
    ],
)
def test_a_dropped_sentence_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(TWO_SENTENCES, translation, check="length", locale=locale))
    assert finding.severity == "error"
    assert finding.message.startswith("the source has 2 sentences, the translation 1, and its own words are ")
    assert finding.message.endswith("a sentence is missing")


# Real translations from the shipped catalogs with one sentence removed, each
# of which the check passed while it compared whole lengths with a bound under
# the shortest translation of any message (bench/results/recall.md before and
# after).  They lose a sentence of a third to a quarter of the text: only the
# translator's own words, without the "IVIG", "TEN" and numbers both texts
# share, are short enough to tell.
DROPPED_SENTENCES = [
    (
        "ko_KR",
        "Losing so much skin can cause major fluid loss and infections. In the worst cases, organs can stop "
        "working, and TEN can lead to death.",
        "가장 심한 경우에는 장기가 제 기능을 하지 못하게 되고, TEN으로 목숨을 잃을 수도 있습니다.",
    ),
    (
        "ko_KR",
        "In the United States, IVIG is not approved for TEN, so its use for TEN is off-label. Doctors may still "
        "offer it when they believe it can help.",
        "미국에서 IVIG는 TEN 치료제로 허가받지 않았으므로, TEN에 IVIG를 쓰는 것은 허가 외 사용입니다.",
    ),
    (
        "es",
        "After 16 weeks, about 8 in 10 people who got IVIG had improved, compared with about 4 in 10 people who "
        "got the placebo. The skin rash also got better more often with IVIG.",
        "Después de 16 semanas, habían mejorado unas 8 de cada 10 personas que recibieron IVIG, en comparación "
        "con unas 4 de cada 10 personas que recibieron el placebo.",
    ),
    (
        "es",
        "Tell your nurse if you have any of these. Slowing the infusion often helps.",
        "Avísele al personal de enfermería si tiene alguno de estos síntomas.",
    ),
    (
        "ar",
        "TEN often starts 1 to 3 weeks after a person begins a new medicine. Signs to look for include:",
        "غالبا ما يبدأ TEN بعد 1 إلى 3 أسابيع من بدء تناول دواء جديد.",
    ),
    (
        "ar",
        "Each IVIG product has its own list of approved uses. In the United States, these uses include:",
        "لكل منتج من منتجات IVIG قائمة خاصة به بالاستخدامات المعتمدة.",
    ),
    (
        "zh_TW",
        "TEN can also harm the mucous membranes. These are the moist linings inside the mouth, eyes, nose, "
        "throat, and genitals (private parts).",
        "黏膜是覆蓋在口腔、眼睛、鼻子、喉嚨和生殖器（私密部位）內側的一層濕潤組織。",
    ),
]


@pytest.mark.parametrize(("locale", "source", "translation"), DROPPED_SENTENCES)
def test_a_dropped_sentence_of_a_real_translation_is_an_error(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, check="length", locale=locale))
    assert finding.severity == "error"
    assert finding.message.endswith("a sentence is missing")


# Shorter than most real translations (under the lower quartile) but not than
# all of them: what tells the drop from a terse merge is the "TEN" or "IVIG"
# that left with the dropped sentence.
DROPPED_WITH_A_TERM = [
    (
        "ko_KR",
        "TEN is a delayed allergic-type reaction. The immune system (the body's defense against germs) "
        "overreacts to the medicine days or weeks later.",
        "약을 쓰고 며칠 또는 몇 주가 지난 뒤에 면역계(병원체로부터 몸을 지키는 방어 체계)가 그 약에 지나치게 반응하는 것입니다.",
        "TEN",
    ),
    (
        "es",
        "Scleromyxedema is a special case. IVIG is off-label for it, but experts still see IVIG as the usual "
        "first choice.",
        "Para esta enfermedad, la IVIG se usa fuera de indicación, pero los expertos la siguen considerando la "
        "primera opción habitual.",
        "IVIG",
    ),
    (
        "ar",
        'Some people got IVIG, and others got a placebo. A placebo is a "dummy" treatment that looks the same '
        "but has no medicine in it.",
        "والدواء الوهمي علاج «صوري» يبدو مثل العلاج الحقيقي تماما، لكنه لا يحتوي على أي دواء.",
        "IVIG",
    ),
    (
        "zh_TW",
        "After 16 weeks, about 8 in 10 people who got IVIG had improved, compared with about 4 in 10 people who "
        "got the placebo. The skin rash also got better more often with IVIG.",
        "16 週後，接受 IVIG 的人約每 10 人中有 8 人病情改善；相較之下，接受安慰劑的人約每 10 人中有 4 人改善。",
        "IVIG",
    ),
]


@pytest.mark.parametrize(("locale", "source", "translation", "term"), DROPPED_WITH_A_TERM)
def test_a_dropped_sentence_that_named_a_kept_term_is_an_error(catalogs, locale, source, translation, term):
    finding = only(catalogs.findings(source, translation, check="length", locale=locale))
    assert finding.severity == "error"
    assert f"names {term} fewer times" in finding.message


def test_a_merge_as_short_that_keeps_every_term_passes(catalogs):
    # The same length as the Korean drop above, but a merge: TEN is still named.
    source = DROPPED_WITH_A_TERM[0][1]
    merged = (
        "TEN은 늦게 나타나는 알레르기 비슷한 반응으로, "
        "약을 쓰고 며칠이나 몇 주 뒤 면역계(몸의 방어 체계)가 그 약에 지나치게 반응합니다."
    )
    assert written_ratio(source, merged) < language_for("ko_KR").dropped_term_ratio
    assert catalogs.findings(source, merged, check="length", locale="ko_KR") == []


def test_a_merge_that_names_a_term_once_is_not_short_enough_to_be_a_drop(catalogs):
    # "TEN ... TEN" as "TEN ... 이 병": a pronoun in a merge of normal length passes.
    source = "TEN is rare, so it is hard to study. No randomized trials of IVIG for TEN have been done."
    merged = "TEN은 드문 병이어서 연구하기가 어렵고, 이 병에 대해 IVIG의 무작위 배정 임상시험은 아직 한 번도 진행되지 않았습니다."
    assert catalogs.findings(source, merged, check="length", locale="ko_KR") == []


def test_what_both_texts_share_is_not_the_translators_length():
    # A link's address, "IVIG" and "2025" are as long in any language: left out of both.
    source = "IVIG is used more. See the [2025 review](https://doi.org/10.23736/S2784-8671.24.07955-6)."
    translation = "IVIG를 더 많이 씁니다. [2025년 검토](https://doi.org/10.23736/S2784-8671.24.07955-6)를 보세요."
    assert written_ratio(source, translation) == len("를더많이씁니다.[년검토]()를보세요.") / len(
        "isusedmore.Seethe[review]()."
    )


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "IVIG는 많은 기증자의 혈장으로 만들며, 쓰기 전에 한 병씩 바이러스 검사를 합니다."),
        ("ko_KR", "IVIG는 많은 기증자의 혈장으로 만듭니다. 쓰기 전에 한 병씩 바이러스 검사를 합니다."),
        (
            "es",
            "La IVIG se hace con el plasma de muchos donantes, y cada lote se analiza para detectar virus antes de usarlo.",
        ),
        ("zh_TW", "IVIG 由許多捐血者的血漿製成，每批在使用前都會檢驗病毒。"),
        ("ar", "يصنع IVIG من بلازما العديد من المتبرعين، وتفحص كل دفعة بحثا عن الفيروسات قبل استخدامها."),
    ],
)
def test_sentences_merged_into_one_pass(catalogs, locale, translation):
    assert catalogs.findings(TWO_SENTENCES, translation, check="length", locale=locale) == []


def test_two_short_english_sentences_as_one_korean_sentence_pass(catalogs):
    # What bench/recall.py's benign_merge does to every shipped translation, and
    # translators do: "Take it. It helps." as "도움이 되니 드세요."
    source = "Drink plenty of water. It helps your kidneys."
    assert catalogs.findings(source, "신장에 도움이 되니 물을 충분히 드세요.", check="length", locale="ko_KR") == []


EVERY_MORNING_DO_NOT_STOP = "Take one tablet every morning. Do not stop taking it."


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "매일 아침 한 알씩 계속 복용하세요."),
        ("es", "Siga tomando un comprimido cada mañana."),
        ("zh_TW", "每天早上繼續服用一錠。"),
        ("ar", "استمر في تناول قرص واحد كل صباح."),
        ("fr", "Continuez à prendre un comprimé chaque matin."),
        ("pt", "Continue a tomar um comprimido todas as manhãs."),
    ],
)
def test_do_not_stop_merged_as_keep_taking_is_no_sentence_dropped(catalogs, locale, translation):
    assert catalogs.findings(EVERY_MORNING_DO_NOT_STOP, translation, locale=locale, check="length") == []


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # no "keep taking": the "do not stop" is gone
        ("ko_KR", EVERY_MORNING_DO_NOT_STOP, "매일 아침 한 알씩 복용하세요."),
        ("zh_TW", EVERY_MORNING_DO_NOT_STOP, "每天早上服用一錠。"),
        ("es", EVERY_MORNING_DO_NOT_STOP, "Tome un comprimido cada mañana."),
        # "keep taking" says the "do not stop", not the sentence dropped beside it
        (
            "ko_KR",
            "Take one tablet every morning. Keep it in the fridge. Do not stop taking it.",
            "매일 아침 한 알씩 계속 복용하세요.",
        ),
        # nor a "do not stop" that says more than that
        (
            "ko_KR",
            "Take one tablet every morning. Do not stop taking it without asking your doctor first because your "
            "symptoms may return.",
            "매일 아침 한 알씩 계속 복용하세요.",
        ),
    ],
)
def test_a_sentence_dropped_beside_keep_taking_is_still_an_error(catalogs, locale, source, translation):
    finding = only(catalogs.findings(source, translation, locale=locale), "length")
    assert finding.severity == "error" and "a sentence is missing" in finding.message


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Reviewed by Dr. Mina Cho, PharmD", 1),
        ("Ask J. Smith, e.g. by phone.", 1),
        ("Take 2.5 mg. Then rest.", 2),
        ("發燒。出疹。", 2),
        ("See www.example.org for more", 1),
        ("هل هو معتمد؟ نعم.", 2),
        ('He said "stop." Then', 2),
        ("**Never take more.** Taking too much harms you.", 2),  # a warning in bold
        ("Take *one* tablet. _Not two._", 2),
        ("**Never take more.**", 1),
    ],
)
def test_sentences_are_counted_as_readers_see_them(text, count):
    assert sentence_count(text, language_for("en")) == count


BOLD_WARNING = "**Never take more than 4,000 mg in 24 hours.** Taking too much can damage your liver."


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("ko_KR", "**24시간 동안 4000 mg보다 많이 먹지 마세요.**"),
        ("es", "**Nunca tome más de 4000 mg en 24 horas.**"),
        ("ar", "**لا تتناول أكثر من 4000 ملغ في 24 ساعة.**"),
    ],
)
def test_the_sentence_after_a_warning_in_bold_dropped_is_an_error(catalogs, locale, translation):
    """The bold's closing ** hid the end of its sentence: the source was one sentence, so a
    translation without "Taking too much can damage your liver." lost none."""
    finding = only(catalogs.findings(BOLD_WARNING, translation, check="length", locale=locale))
    assert finding.severity == "error"
    assert finding.message.startswith("the source has 2 sentences, the translation 1")


@pytest.mark.parametrize("translation", ["**", '"**"', "* *"])
def test_a_translation_of_only_markdown_and_quotes_has_lost_the_one_sentence(catalogs, translation):
    # No other check says so: the page would show the asterisks where a whole sentence should be.
    finding = only(catalogs.findings(LONG, translation, check="length"))
    assert finding.severity == "error"
    assert finding.message.startswith("the source has 1 sentences, the translation 0")


# A part after ";" left out while the sentence stays one: nothing counted it, and only a
# translation as short as 10% of its source drew the "suspiciously short" warning.
PUFFS = "Use 2 puffs in the morning and 2 at night; rinse your mouth afterwards."
PATCH = "Apply one patch every 72 hours; remove the old patch before applying a new one."
STORE = "Store below 25 °C in the original package; keep the bottle tightly closed and out of the sight of children."
GEL = "Apply the gel to clean, dry skin; wash your hands well after each use."
WATER = "Take it with a full glass of water; stay upright for 30 minutes afterwards."


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        ("zh_TW", PUFFS, "早晚各吸2下。"),
        ("zh_TW", "May cause drowsiness; do not drive or operate machinery.", "可能引起嗜睡。"),
        ("ko_KR", PUFFS, "아침과 저녁에 2회씩 흡입하십시오."),
        ("ko_KR", PATCH, "72시간마다 패치 1매를 붙이십시오."),
        ("es", STORE, "Conservar por debajo de 25 °C."),
        ("ar", GEL, "ضع الجل على جلد نظيف."),
        ("fr", WATER, "Prenez-le avec de l'eau."),
    ],
)
def test_a_clause_after_a_semicolon_left_out_is_a_warning(catalogs, locale, source, translation):
    found = [f for f in catalogs.findings(source, translation, check="length", locale=locale) if "clause" in f.message]
    finding = only(found)
    assert finding.severity == "warning"
    assert finding.message.startswith(
        "the source has 2 clauses (its sentences and the parts after a ';'), the translation 1"
    )
    assert "a clause may be missing" in finding.message


def test_the_clause_left_out_is_named_when_the_lengths_tell_it(catalogs):
    finding = only(catalogs.findings(STORE, "Conservar por debajo de 25 °C.", check="length", locale="es"))
    assert finding.message.endswith(
        ': "keep the bottle tightly closed and out of …" (clause 2) seems to have no counterpart'
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # Merged with a comma or "and", as translators do: as long as what they say.
        ("zh_TW", PUFFS, "早晚各吸2下，之後請漱口。"),
        ("zh_TW", PUFFS, "早晚各吸2下；之後請漱口。"),  # the full-width semicolon kept
        ("zh_TW", "Take 1 tablet a day; this can be increased to 2 tablets a day.", "每天1錠，可增加至每天2錠。"),
        ("ko_KR", PUFFS, "아침과 저녁에 2회씩 흡입하고, 그 후에 입을 헹구십시오."),
        ("ko_KR", PATCH, "72시간마다 패치 1매를 붙이되, 새 패치를 붙이기 전에 이전 패치를 떼어 내십시오."),
        ("ko_KR", "Take it with a meal; it lowers your fasting blood sugar.", "식후에 복용하며, 공복 혈당을 낮춥니다."),
        (
            "es",
            STORE,
            "Conservar por debajo de 25 °C en el envase original, con el frasco bien cerrado y fuera de la vista "
            "de los niños.",
        ),
        ("es", "Swallow the tablet whole; do not chew it.", "Trague el comprimido entero, sin masticarlo."),
        ("ar", GEL, "ضع الجل على جلد نظيف وجاف، واغسل يديك جيدًا بعد كل استخدام."),
        ("ar", "Swallow the tablet whole; do not chew it.", "ابلع القرص كاملًا دون مضغه."),
        ("fr", WATER, "Prenez-le avec un grand verre d'eau et restez debout 30 minutes ensuite."),
        ("de", "Swallow the tablet whole; do not chew.", "Schlucken Sie die Tablette unzerkaut."),
        ("pt_BR", "Take it at night; take it properly, every day.", "Tome à noite, direitinho, todos os dias."),
    ],
)
def test_clauses_merged_into_one_pass(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, check="length", locale=locale) == []


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "72시간마다 패치 1매를 붙이십시오."),
        ("es", "Aplique un parche cada 72 horas."),
    ],
)
def test_a_sentence_left_out_is_still_the_error_not_the_clause_warning(catalogs, locale, translation):
    source = "Apply one patch every 72 hours. Remove the old patch before applying a new one."
    finding = only(catalogs.findings(source, translation, check="length", locale=locale))
    assert finding.severity == "error"
    assert finding.message.startswith("the source has 2 sentences, the translation 1")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (PUFFS, 2),
        ("早晚各吸2下；之後請漱口。", 2),
        ("يؤخذ مع الطعام؛ لا تمضغه.", 2),
        ("Rest. See https://example.org/a;b for more.", 2),  # no space after: no clause
        ("Week 1: 40 mg; week 2: 30 mg; week 3: 20 mg.", 3),
    ],
)
def test_clauses_are_cut_at_semicolons_only(text, parts):
    assert len(clauses(sentences(text))) == parts


WAIT = (
    "Take the tablet in the morning, at least 30 minutes before breakfast, with a full glass of plain water. "
    "Wait 30 minutes. Do not take it with milk."
)


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        (
            "es",
            "Tome el comprimido por la mañana, como mínimo 30 minutos antes de desayunar, acompañado de un vaso "
            "grande lleno de agua sin gas. No lo tome nunca junto con leche.",
        ),
        ("zh_TW", "請於早上早餐前至少30分鐘，用一整杯白開水服用藥錠。請勿與牛奶一起服用。"),
    ],
)
def test_a_sentence_left_out_with_its_number_is_an_error_above_the_length_floor(catalogs, locale, translation):
    """As long as a merge would be, but the numbers tell it: the other sentences pair number for
    number, and the translation writes 30 once where a merge keeps both."""
    finding = only(catalogs.findings(WAIT, translation, check="length", locale=locale))
    assert (finding.severity, finding.message) == (
        "error",
        'the English has 3 sentences, the translation 2: "Wait 30 minutes." (English sentence 2) has no '
        "counterpart; the others pair with its sentences number for number, and it writes 30 fewer times, where "
        "sentences merged into one keep their numbers: a sentence is missing",
    )


@pytest.mark.parametrize(
    ("locale", "source", "merged"),
    [
        (
            "es",
            WAIT,
            "Tome el comprimido por la mañana, como mínimo 30 minutos antes de desayunar, acompañado de un vaso "
            "grande lleno de agua sin gas. Espere 30 minutos y no lo tome nunca junto con leche.",
        ),
        (
            "es",
            WAIT,
            "Tome el comprimido por la mañana, como mínimo 30 minutos antes de desayunar, acompañado de un vaso "
            "grande lleno de agua sin gas. Espere treinta minutos y no lo tome nunca junto con leche.",
        ),
        ("zh_TW", WAIT, "請於早上早餐前至少30分鐘，用一整杯白開水服用藥錠。服藥後等待三十分鐘，且勿與牛奶一起服用。"),
        (
            "ko_KR",
            WAIT,
            "아침 식사 최소 30분 전에 맹물 한 컵을 가득 따라 정제를 복용하십시오. "
            "30분 동안 기다리고 우유와 함께 복용하지 마십시오.",
        ),
        # The 2 said in words: its sentence is kept, merged, though only the 1 pairs by digits.
        (
            "ko_KR",
            "Take 1 tablet each morning. Do not take more than 2 tablets a day.",
            "매일 아침 1정을 복용하되, 하루에 두 알을 넘기지 마십시오.",
        ),
    ],
)
def test_sentences_merged_with_their_numbers_pass(catalogs, locale, source, merged):
    assert catalogs.findings(source, merged, check="length", locale=locale) == []
