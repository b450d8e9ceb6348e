"""Arabic (pipeline/languages/ar.py)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from pipeline.checks.number_words import number_spans
from pipeline.checks.numerals import number_words
from pipeline.checks.people import groups_named
from pipeline.languages import language_for
from pipeline.languages.language import AT_LEAST, AT_MOST
from pipeline.languages.scripts import ARABIC
from tests.languages.helpers import amounts, markers, values, ways


def test_arabic_is_its_script():
    assert language_for("ar").script is ARABIC and "م" in ARABIC and "a" not in ARABIC


@pytest.mark.parametrize(
    ("text", "value"), [("٣ أيام", 3), ("١٢٫٥", Fraction(25, 2)), ("مليون", 1_000_000), ("2 مليون", 2_000_000)]
)
def test_arabic_numbers(text, value):
    assert Fraction(value) in values(text, "ar")


@pytest.mark.parametrize(
    ("text", "amount"), [("1 إلى 3 أسابيع", (1, "week")), ("48 ساعة", (48, "hour")), ("400 ملغ", (400, "mg"))]
)
def test_arabic_quantities(text, amount):
    assert (Fraction(amount[0]), amount[1]) in amounts(text, "ar")


def test_per_day():
    assert markers("400 ملغ يوميًا", "ar") == ["day"]


def test_per_kg_after_the_dose():
    assert markers("1 غرام لكل كيلوغرام", "ar") == ["kg"]
    assert markers("1 غرام لكل كغ من وزن الجسم", "ar") == ["kg"]
    assert markers("1 غرام لكل كلغ من وزن الجسم", "ar") == ["kg"]  # كلغ, as Maghrebi labels write kg


def test_a_daily_or_weekly_dose_but_not_two_days():
    assert markers("جرعة يومية 400 ملغ", "ar") == ["day"]
    assert markers("الجرعة اليومية 400 ملغ", "ar") == ["day"]
    assert markers("الجرعة الأسبوعية 400 ملغ", "ar") == ["week"]
    assert markers("لمدة يومين", "ar") == []


def test_negations_also_after_a_conjunction_and_not_non_steroidal():
    ar = language_for("ar")
    assert ar.search("negation", "ولم تجر") and ar.search("negation", "لا تتناول")
    assert ar.search("negation", "مضادات الالتهاب غير الستيرويدية") is None


def test_limits():
    ar = language_for("ar")
    assert ar.limits_before["لا يزيد عن"] == AT_MOST and ar.limits_after["أو أكثر"] == AT_LEAST


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("لمدة ثلاثة أيام", [("ثلاثة", 3)]),
        ("لثلاثة أيام", [("لثلاثة", 3)]),  # for three days: ل on the number
        ("أربع وعشرين ساعة", [("أربع وعشرين", 24)]),
        ("أربعًا وعشرين ساعة", [("أربعًا وعشرين", 24)]),  # with its tanween
        ("خمسة وثلاثون", [("خمسة وثلاثون", 35)]),
        ("ثلاثة عشر يوما", [("ثلاثة عشر", 13)]),
        ("اثنا عشر شهرا", [("اثنا عشر", 12)]),
        ("ثلاثمائة", [("ثلاثمائة", 300)]),
        ("ثلاثة آلاف", [("ثلاثة آلاف", 3000)]),
        ("مرتين في اليوم", [("مرتين", 2)]),  # twice: the dual of مرة
        ("مرّتين", [("مرّتين", 2)]),  # with a shadda
        ("مرة واحدة في اليوم", [("مرة واحدة", 1)]),
        ("مرة في اليوم", [("مرة", 1)]),
        ("ثلاث مرات", [("ثلاث", 3)]),
        ("قرصين", [("قرصين", 2)]),
        ("نصف قرص", [("نصف", Fraction(1, 2))]),
        ("ربع قرص", [("ربع", Fraction(1, 4))]),
        ("ثلث قرص", [("ثلث", Fraction(1, 3))]),
        ("ثلثي قرص", [("ثلثي", Fraction(2, 3))]),
        ("ثلاثة أرباع قرص", [("ثلاثة أرباع", Fraction(3, 4))]),
        ("ربع ساعة", []),  # a quarter of an hour: 15 minutes (number_words), no quarter of a dose
        ("أربع ساعات", [("أربع", 4)]),  # four: no ربع in it
        ("واحد من كل عشرة", [("واحد", 1), ("عشرة", 10)]),
        # words that hold a number's letters and are none
        ("مرة أخرى", []),  # again
        ("لست متأكدا", []),  # I am not sure: no ست (6)
        ("ستتناول الدواء", []),  # you will take
        ("يوم الثلاثاء", []),  # Tuesday
        ("يوم الاثنين", []),  # Monday
        ("لا أحد", []),  # no one
        ("في منتصف الليل", []),  # midnight: no نصف
        # ordinals: day 3, the first dose, day 11, 13, 20, 25
        ("اليوم الثالث", [("الثالث", 3)]),
        ("الجرعة الأولى", [("الأولى", 1)]),
        ("اليوم الحادي عشر", [("الحادي عشر", 11)]),
        ("اليوم الثالث عشر", [("الثالث عشر", 13)]),
        ("الأسبوع العشرين", [("العشرين", 20)]),
        ("اليوم الخامس والعشرين", [("الخامس والعشرين", 25)]),
        ("الأولوية", []),  # priority
        ("العلاج الأولي", []),  # primary
        ("الحادي", []),
    ],
)
def test_arabic_numbers_in_words(text, said):
    assert [(text[start:end], value) for start, end, value in language_for("ar").number_spans(text)] == said


@pytest.mark.parametrize(
    ("text", "amount"),
    [("يوم واحد", (1, "day")), ("يومين", (2, "day")), ("أسبوعين", (2, "week")), ("ثلاثة أيام", (3, "day"))],
)
def test_one_or_two_of_a_period_said_with_the_noun(text, amount):
    assert (Fraction(amount[0]), amount[1]) in amounts(text, "ar")


def test_one_is_said_by_the_noun():
    """قرصًا is "a tablet" and "one tablet": [number-words] asks an Arabic translation for no word for one."""
    assert language_for("ar").one_by_the_noun and not language_for("es").one_by_the_noun


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("قبل الأكل بساعة", [("بساعة", "hour")]),
        ("تناول قرصًا لمدة يوم", [("قرصًا", "dose"), ("يوم", "day")]),
        ("انتظر أسبوعًا", [("أسبوعًا", "week")]),
        # the dual, the plural, the article, an adjective: no singular noun that says one
        ("بساعتين، 3 أيام، الساعة 8، يوميًا، قرصين", []),
    ],
)
def test_the_singular_nouns_that_say_one(text, said):
    singular_nouns = language_for("ar").singular_nouns
    assert singular_nouns is not None
    assert [(text[start:end], kind) for start, end, kind in singular_nouns(text)] == said


# -- directions ([comparison]) --


@pytest.mark.parametrize(
    "text, said",
    [
        ("تزيد احتمالية الإصابة. هل أنا أكثر عرضة؟", {"more/less": "more"}),
        ("تستدعي مزيدا من الخلايا والارتفاع", {"more/less": "more"}),
        ("يخفف الالتهاب. وتقل الاحتمالية. أقل عرضة", {"more/less": "less"}),
        ("أخبر فريقك الطبي قبل العلاج. من قبل", {"before/after": "before"}),
        ("أثناء كل تسريب وبعده. في الأيام التي تلي التسريب", {"before/after": "after"}),
        # not directions: worries, at least, at most, the commonest, a limit next to a number
        ("يقلق، على الأقل، على الأكثر، الأكثر شيوعا، أكثر من 30%", {}),
    ],
)
def test_directions(text, said):
    assert ways(text, "ar") == said


@pytest.mark.parametrize(
    ("text", "forbids"),
    [
        ("يُمنع التوقف عن تناوله.", True),
        ("ممنوع إيقاف الدواء.", True),
        ("تجنب التوقف عن تناوله.", True),
        ("توقف عن تناوله.", False),
        ("يمكنك التوقف عن تناوله.", False),
    ],
)
def test_a_prohibition_of_stopping_is_read(text, forbids):
    """A word that forbids without a "not", said of stopping, says to keep on ([comparison])."""
    regex = language_for("ar").pattern("prohibits")
    assert regex is not None
    assert bool(regex.search(text)) is forbids


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the dual of a unit, a dose form, a million: two of it
        ("لترين", [("لترين", 2)]),
        ("مليلترين", [("مليلترين", 2)]),
        ("غرامين", [("غرامين", 2)]),
        ("بختين", [("بختين", 2)]),
        ("مليونين", [("مليونين", 2_000_000)]),
        # with a clitic or the article before it, the accusative's alif after it
        ("ليومين", [("يومين", 2)]),
        ("اليومين", [("يومين", 2)]),
        ("وبساعتين", [("ساعتين", 2)]),
        ("الواحد", [("واحد", 1)]),
        ("مليونًا", [("مليون", 1_000_000)]),
        # a number word inside a longer word is none: a millionaire, a quarter of an hour in "four hour"
        ("مليونير", []),
        ("أربع ساعة", [("أربع", 4)]),
        # nor is every word ending in -ين a dual: adults, smokers (plurals), a laxative (مل + ين)
        ("البالغين", []),
        ("المدخنين", []),
        ("ملين", []),
    ],
)
def test_arabic_duals_and_whole_number_words(text, said):
    assert [(text[n.start : n.end], n.value) for n in number_spans(text, language_for("ar"))] == said


def test_a_month_and_a_half_is_not_read_inside_three_and_a_half_months():
    """شهر ونصف (1.5 months) inside أشهر ونصف: "1.5 months" as ثلاثة أشهر ونصف passed ([units])."""
    assert [(value, unit) for _, _, value, unit in number_words("ثلاثة أشهر ونصف", language_for("ar"))] == []
    assert [(value, unit) for _, _, value, unit in number_words("شهر ونصف", language_for("ar"))] == [
        (Fraction(3, 2), "month")
    ]


@pytest.mark.parametrize("text", ["في الأشهر 0 و1 و6", "في الشهر 0 و1 و6"])
def test_a_period_before_a_list_of_numbers_is_each_one_s(text):
    """في الأشهر 0 و1 و6 (in the months 0, 1 and 6): each number is that many months (red32 c176)."""
    assert {(Fraction(0), "month"), (Fraction(1), "month"), (Fraction(6), "month")} <= amounts(text, "ar")


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("إذا حملت زوجتك، فأخبر طبيبك.", ["pregnant", "partners"]),
        ("تحمل شريكتك", ["pregnant", "partners"]),
        ("فإذا حملتِ أثناء العلاج", ["pregnant"]),
        # the same letters carrying (the products carry a boxed warning), bearing (lactose
        # intolerance; if the patient tolerated the first dose) and an order not to carry
        ("في الولايات المتحدة، تحمل منتجات IVIG تحذيرا مؤطرا.", []),
        ("قد يسبب عدم تحمل اللاكتوز ألمًا في البطن.", []),
        ("إذا تحمل المريض الجرعة الأولى جيدًا، تُزاد الجرعة.", []),
        ("لا تحملي أشياء ثقيلة بعد الحقن.", []),
    ],
)
def test_the_verb_of_a_pregnancy_is_read_only_where_it_cannot_be_carrying(text, groups):
    assert groups_named(text, language_for("ar")) == groups
