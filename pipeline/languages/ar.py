"""Arabic: script and digits (Arabic-Indic digits are read generically) are
sure; the unit words are a first draft to be reviewed with the Arabic
translators.

Also its negations and limits for the meaning checks; numbers in words are
not read (see docs/checks.md).
"""

from __future__ import annotations

from pipeline.languages.language import AT_LEAST, AT_MOST, Language, frozen
from pipeline.languages.scripts import ARABIC, char_class, ranges

_ARABIC = char_class("Arab")  # Unicode's Arabic script (scripts.py)
# Every letter of the script (not its marks or digits): what may not follow an abbreviation.
_ARABIC_LETTERS = tuple(c for low, high in ranges("Arab") for c in map(chr, range(low, high + 1)) if c.isalpha())
# A particle alone or after the conjunctions و/ف ("ولم تجر": and have not been
# done); not غير in "غير الستيرويدية" (non-steroidal).  Not أبدا (ever): it
# completes a لا or لم ("لا تتناوله أبدا") and says no "not" alone: "تناوله
# مرة أخرى أبدا" has lost the "never" of its source.
_STRONG = rf"(?<![{_ARABIC}])[وف]?(?:لا|لم|لن|ليس|ليست|ليسوا|لستم|ألا)(?![{_ARABIC}])"
# ... and "without", "non-", "lack of", and the verbs that forbid without one:
# تجنب (avoid), امتنع (refrain); not توقف (stop).
_ALL = _STRONG + (
    rf"|(?<![{_ARABIC}])[وف]?(?:غير(?!\s+الستيرويد)|بدون|بلا|دون|عدم|إلا)(?![{_ARABIC}])"
    r"|تجنب|تجنبي|امتنع|امتنعي"
)


LANGUAGE = Language(
    code="ar",
    english_name="Arabic",
    script=ARABIC,
    unit_words=frozen(
        {
            "بالمائة": "percent",
            "بالمئة": "percent",
            "ساعات": "hour",
            "ساعة": "hour",
            "دقائق": "minute",
            "دقيقة": "minute",
            "أيام": "day",
            "يوم": "day",
            "أسابيع": "week",
            "أسبوع": "week",
            "أشهر": "month",
            "شهر": "month",
            # Doses in words and their abbreviations, as Levantine (ملغ, غرام) and Egyptian
            # (مجم, جرام) print write them: without them a dose the translation adds in words
            # went unseen ([units] rule 3).
            "ميكروغرام": "ug",
            "ملغ": "mg",
            "ملغم": "mg",
            "مجم": "mg",
            "ملجم": "mg",
            "مليغرام": "mg",
            "ملليغرام": "mg",
            "ميليغرام": "mg",
            "مليجرام": "mg",
            "ملليجرام": "mg",
            "غ": "g",  # the gram's abbreviation on Levantine labels: 500 غ
            "غرام": "g",
            "غرامات": "g",
            "جرام": "g",
            "جرامات": "g",
            "جم": "g",
            "كغ": "kg",
            "كجم": "kg",
            "كيلوغرام": "kg",
            "كيلوغرامات": "kg",
            "كيلوجرام": "kg",
            "مل": "ml",
            "مليلتر": "ml",
            "ملليلتر": "ml",
            "لتر": "l",
            "لترات": "l",
        }
    ),
    # An abbreviation is no unit at the start of a longer word: "100 مليون" is a hundred
    # million, not 100 mL, "2 ملعقة" two spoons, "3 جمل" three sentences, "2 غرفة" two rooms.
    unit_word_exclusions=frozen(
        {word: _ARABIC_LETTERS for word in ("مل", "ملغ", "مجم", "ملجم", "جم", "غ", "كغ", "كجم")}
    ),
    scale_words=frozen({"ألف": 10**3, "آلاف": 10**3, "مليون": 10**6, "ملايين": 10**6, "مليار": 10**9}),
    scale_needs_space=True,
    # "مريض واحد" (1 patient), "من كل مليون" (in every 1 million).
    number_words=frozen({"واحد": (("1", None),), "واحدة": (("1", None),), "مليون": (("1000000", None),)}),
    per_words=frozen(
        {
            # and the adjectives of a dose: جرعة يومية (a daily dose), الجرعة الأسبوعية
            "day": ("يوميًا", "يوميا", "يومياً", "في اليوم", "باليوم", "كل يوم", "يومية", "اليومية", "يومي", "اليومي"),
            "week": (
                "أسبوعيًا",
                "أسبوعيا",
                "أسبوعياً",
                "في الأسبوع",
                "بالأسبوع",
                "كل أسبوع",
                "أسبوعية",
                "الأسبوعية",
                "أسبوعي",
                "الأسبوعي",
            ),
            "hour": ("في الساعة", "بالساعة", "كل ساعة"),
            "month": ("شهريًا", "شهريا", "شهرياً", "في الشهر", "بالشهر", "كل شهر", "شهرية", "الشهرية", "شهري", "الشهري"),
            # after the dose: "1 غرام لكل كيلوغرام", "1 غرام لكل كغ من وزن الجسم"
            "kg": ("لكل كيلوغرام", "لكل كيلوجرام", "لكل كيلو", "لكل كغ", "لكل كجم"),
        }
    ),
    range_words=("إلى", "الى"),
    total_words=("في المجموع", "المجموع", "بإجمالي", "إجمالي", "الإجمالي", "إجمالا"),
    # Measured on the shipped ar catalogs (bench/results/length_calibration.md,
    # 2026-12-01: common, ivig-ten, ivig-dermatology): 188 messages of 20+
    # characters, translation/source ratios 0.62 to 2.18 (median 0.95).  Warn
    # outside 0.75 x min .. 2 x max of an earlier, smaller measurement (still
    # outside all of these).  The 61 with 2+ sentences have written ratios
    # (checks.length.written_ratio) of 0.68 and up, lower quartile 0.91: fewer
    # sentences than the source and under 0.95 x that minimum, or under the
    # quartile and naming a do-not-translate term less often: a sentence is
    # missing.
    length_ratio=(0.46, 3.5),
    dropped_sentence_ratio=0.64,
    dropped_term_ratio=0.9,
    # --- meaning: [negation], [limits], [number-words], [emergency] ---
    # tablets, pills, capsules, drops, puffs, doses, sachets, patches (singular and plural)
    dose_forms=tuple(
        rf"{form}(?![{_ARABIC}])"
        for form in (
            "قرص",
            "أقراص",
            "اقراص",
            "حبة",
            "حبات",
            "حبوب",
            "كبسولة",
            "كبسولات",
            "قطرة",
            "قطرات",
            "بخة",
            "بخات",
            "جرعة",
            "جرعات",
            "كيس",
            "أكياس",
            "لصقة",
            "لصقات",
        )
    ),
    negation=_ALL,
    strong_negation=_STRONG,
    # لا تتوقف عن (do not stop: keep taking), لا تنس (do not forget), تجنب التوقف
    # (avoid stopping).
    negated_stop=(
        rf"(?<![{_ARABIC}])[وف]?(?:لا|لم|لن)\s+(?:تتوقف|يتوقف|توقف|تنس|تنسى|تنسي|تنسوا|تقطع|تترك|تهمل|تفوت)\w*"
        r"|(?:تجنب|تجنبي)\s+(?:التوقف|نسيان|قطع|ترك)"
    ),
    limits_before=frozen(
        {
            "لا يزيد عن": AT_MOST,
            "لا يزيد على": AT_MOST,
            "لا تزيد عن": AT_MOST,
            "لا تزيد على": AT_MOST,
            "لا يتجاوز": AT_MOST,
            "لا تتجاوز": AT_MOST,
            "ما لا يزيد عن": AT_MOST,
            "ما لا يزيد على": AT_MOST,
            "أقل من": AT_MOST,
            "حتى": AT_MOST,
            "تصل إلى": AT_MOST,
            "يصل إلى": AT_MOST,
            "خلال": AT_MOST,
            "في غضون": AT_MOST,
            "بحد أقصى": AT_MOST,
            "على الأكثر": AT_MOST,
            "كحد أقصى": AT_MOST,
            "أكثر من": AT_LEAST,
            "على الأقل": AT_LEAST,
            "لا يقل عن": AT_LEAST,
            "لا تقل عن": AT_LEAST,
            "ما لا يقل عن": AT_LEAST,
            "بحد أدنى": AT_LEAST,
            "كحد أدنى": AT_LEAST,
            "يزيد على": AT_LEAST,
            "يزيد عن": AT_LEAST,
            "تزيد على": AT_LEAST,
            "تزيد عن": AT_LEAST,
            "يتجاوز": AT_LEAST,
            "تتجاوز": AT_LEAST,
            "فوق": AT_LEAST,
            "بعد": AT_LEAST,
            "بعد مرور": AT_LEAST,
            # the plainer words: higher/lower than, under, right after
            "أعلى من": AT_LEAST,
            "أدنى من": AT_MOST,
            "تحت": AT_MOST,
            "عقب": AT_LEAST,
        }
    ),
    limits_after=frozen(
        {
            "أو أكثر": AT_LEAST,
            "أو أقل": AT_MOST,
            "على الأقل": AT_LEAST,
            "على الأكثر": AT_MOST,
            "كحد أقصى": AT_MOST,
            "كحد أدنى": AT_LEAST,
        }
    ),
    emergency_words=("طوارئ", "الطوارئ", "طارئة", "طارئ", "إسعاف", "الإسعاف"),
    call_before=(
        "اتصل بالرقم",
        "اتصل بـ",
        "اتصل ب",
        "اتصلي بـ",
        "اتصل على",
        "الاتصال بالرقم",
        "الاتصال بـ",
        "اتصل فورا بـ",
        "اتصل فورًا بـ",
    ),
)
