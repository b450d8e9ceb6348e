"""Arabic: script and digits (Arabic-Indic digits are read generically) are
sure; the unit words are a first draft to be reviewed with the Arabic
translators.

Also its negations and limits for the meaning checks, and its numbers in
words (cardinals, once and twice, the dual of a period or dose form).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from pipeline.languages.language import (
    ABDOMEN,
    AFTER_A_MEAL,
    AFTERNOON,
    AT_LEAST,
    AT_MOST,
    BACK_SIDE,
    BEDTIME,
    BEFORE_AFTER,
    BOTH_SIDES,
    BREAST_FEEDING,
    BUTTOCK,
    BY_MOUTH,
    CHEWING,
    COMMON,
    CRUSHING,
    DARK,
    DESSERT_SPOON,
    DIFFERENT_SITE,
    DISSOLVING,
    EAR,
    EMPTY_STOMACH,
    EVENING,
    EYE,
    FASTER,
    FIRST_PART,
    FOR_EXTERNAL_USE,
    FREEZER,
    FREEZING,
    FRONT_SIDE,
    HIGHER_DOSE,
    INFUSION_STOPPED,
    INHALED,
    INJECTED,
    INNER_SIDE,
    INTO_A_MUSCLE,
    INTO_A_VEIN,
    LAST_PART,
    LEFT,
    LOWER_DOSE,
    LYING_DOWN,
    MIDDAY,
    MORE_LESS,
    MORNING,
    NIGHT,
    NOSE,
    ONE_SIDE,
    OPENING,
    OTHER_SIDE,
    OUT_OF_REACH,
    OUTER_SIDE,
    PALE,
    PREGNANCY,
    RARE,
    RECTAL,
    REFRIGERATING,
    REFRIGERATOR,
    RIGHT,
    ROOM_TEMPERATURE,
    SAME_SITE,
    SLOWER,
    SPLITTING,
    STOP_CONTINUE,
    STOPPING,
    SUPPOSITORY,
    SWALLOWED,
    TABLESPOON,
    TEASPOON,
    THIGH,
    UNDER_THE_SKIN,
    UNDER_THE_TONGUE,
    UNLESS_EVEN_IF,
    UPPER_ARM,
    UPRIGHT,
    VAGINAL,
    VAGINAL_DOSE_FORM,
    WITH_FOOD,
    WITHIN_REACH,
    Language,
    Spans,
    frozen,
)
from pipeline.languages.scripts import ARABIC, char_class, ranges

_ARABIC = char_class("Arab")  # Unicode's Arabic script (scripts.py)
# Food or a meal, a word of its own (الطعام, الأكل, وجبة): what is eaten.  Taking it (تناول الطعام) is
# eating, not the taking of the medicine ([comparison])
_FOOD = rf"(?:ال)?(?:طعام|أكل|وجبة|وجبات|إفطار)(?![{_ARABIC}])"
# Every letter of the script (not its marks or digits): what may not follow an abbreviation.
_ARABIC_LETTERS = tuple(c for low, high in ranges("Arab") for c in map(chr, range(low, high + 1)) if c.isalpha())
# A particle alone or after the conjunctions و/ف ("ولم تجر": and have not been
# done); not غير in "غير الستيرويدية" (non-steroidal).  Not أبدا (ever): it
# completes a لا or لم ("لا تتناوله أبدا") and says no "not" alone: "تناوله
# مرة أخرى أبدا" has lost the "never" of its source.
_STRONG = rf"(?<![{_ARABIC}])[وف]?(?:لا|لم|لن|ليس|ليست|ليسوا|لستم|ألا)(?![{_ARABIC}])"
# ... and "without", "non-", "lack of", and the verbs that forbid without one:
# تجنب (avoid, also with its shadda: تجنّب), امتنع and الامتناع (refrain, its noun: يجب الامتناع عن
# الكحول); not توقف (stop); and "is forbidden":
# ممنوع, محظور, يُحظر, and يُمنع with its damma or before a use (يمنع استخدامه: its use is
# forbidden), for unmarked يمنع is as often "prevents" (يمنع هذا الدواء تجلط الدم).
_SHADDA = "\u0651"
_ALL = _STRONG + (
    rf"|(?<![{_ARABIC}])[وف]?(?:غير(?!\s+الستيرويد)|بدون|بلا|دون|عدم|إلا)(?![{_ARABIC}])"
    rf"|تجن{_SHADDA}?بي?|امتنع|امتنعي|الامتناع"
    rf"|(?<![{_ARABIC}])[وف]?(?:ممنوع|محظور|[يت]ُ?حظر|[يت]ُمنع|[يت]منع(?=\s+(?:ال)?(?:استخدام|استعمال|تناول|إعطاء|أخذ)))"
    # إياك أن (beware of ever: "never")
    rf"|(?<![{_ARABIC}])[وف]?إياك(?:م|ي)?(?![{_ARABIC}])"
)
# A limit that says its bound with a "not" (لا يقل عن 4: no less than 4, لا يتجاوز 4: not
# over 4) or دون before a number (دون 12 عاما: under 12, not "without"): no denial, as "no more
# than" is none in English ([limits] reads it).
_NOT_NEGATION = (
    rf"(?<![{_ARABIC}])(?:[وف]?(?:ما\s+)?لا\s+(?:يزيد|تزيد|يقل|تقل|يتجاوز|تتجاوز)(?:\s+(?:عن|على))?|(?:ما\s+)?دون)"
    r"\s+(?=[\d٠١٢٣٤٥٦٧٨٩])"
)


# Directions ([comparison]): أكثر / أقل (more / less), أعلى / أدنى, زيادة / انخفاض, يرتفع /
# ينخفض, يقلل, the imperatives زد / قلل, خفف (increase / reduce the dose); قبل / بعد, سابقا /
# لاحقا, تلي (following).  After و ف ب ل ك and ال; stems with the pronouns
# after them (ارتفاعها), short words only as they are (يقل, not يقلق: worries).
_PREFIX = rf"(?<![{_ARABIC}])(?:[وفبلك]|ال|وال|بال|فال|لل)?"
_DIRECTIONS = {
    MORE_LESS: (
        rf"{_PREFIX}(?:أكثر|أكبر|أعلى|مزيد|زياد|ازدياد|يزداد|تزداد|ارتفاع|يرتفع|ترتفع|ارتفع|يرفع|ترفع|تزيد|يزيد|زاد)"
        rf"[{_ARABIC}]*|(?<![{_ARABIC}])[وف]?زد(?![{_ARABIC}])",
        rf"{_PREFIX}(?:أقل|أصغر|أدنى|انخفاض|ينخفض|تنخفض|انخفض|يخفض|تخفض|خفض|تخفيض|تخفيف|يخفف|تخفف|تقليل|يقلل|تقلل"
        rf"|نقص|ينقص|تنقص|تراجع|يتراجع|هبوط)[{_ARABIC}]*"
        rf"|{_PREFIX}(?:يقل|تقل|قل|قلل|خفف)(?![{_ARABIC}])",
    ),
    BEFORE_AFTER: (
        rf"{_PREFIX}(?:قبل(?:ه|ها|هم|ك|كم)?|سابق[{_ARABIC}]*|مسبق[{_ARABIC}]*)(?![{_ARABIC}])",
        rf"{_PREFIX}(?:بعد(?:ه|ها|هم|ك|كم|ما)?|لاحق[{_ARABIC}]*|عقب|إثر|تلي|يلي)(?![{_ARABIC}])",
    ),
    # Not تابع/متابعة (follow up: a check-up), which is no "keep taking", nor يتوقف … على (depends
    # on: تتوقف مدة العلاج على استجابتك; but تتوقف عن … على الفور stops, immediately).  Keep on: استمر, واصل, داوم على, واظب على.
    STOP_CONTINUE: (
        rf"{_PREFIX}(?:توقف[{_ARABIC}]*|أوقف[{_ARABIC}]*|إيقاف[{_ARABIC}]*|(?:يتوقف|تتوقف)(?!(?!\s+عن)(?:\s+\S+){{0,3}}\s+على))",
        rf"{_PREFIX}(?:استمر[{_ARABIC}]*|واصل[{_ARABIC}]*|مواصلة|داوم[{_ARABIC}]*|واظب[{_ARABIC}]*|المداومة|المواظبة)",
    ),
    # A condition kept (إلا إذا, ما لم) or ignored (حتى لو, حتى وإن, حتى إذا).
    UNLESS_EVEN_IF: (
        rf"(?<![{_ARABIC}])(?:[إا]لا\s+[إا]ذا|ما\s+لم)(?![{_ARABIC}])",
        rf"(?<![{_ARABIC}])حتى\s+(?:لو|ولو|و[إا]ن|[إا]ذا)(?![{_ARABIC}])",
    ),
}
# [comparison]: to keep taking or using a medicine (استمر في تناول الدواء, واصل استخدامه, داوم على
# العلاج); not إذا استمر الطفح (if it goes on), written without its marks.
_KEEP_TAKING = (
    rf"{_PREFIX}(?:استمر|واصل|مواصلة|داوم|واظب|المداومة|المواظبة)[{_ARABIC}]*\s+(?:(?:في|على)\s+)?ب?"
    r"(?:تناول|استخدام|استعمال|أخذ|العلاج|الدواء|تلقي|حقن)"
)
# على الأقل (at least), على الأكثر (at most), في أقرب وقت (as soon as possible), الأكثر شيوعا
# (the commonest: a superlative, no comparison); and a limit next to a number (أكثر من 65), which
# [limits] judges.
_NOT_DIRECTION = rf"على\s+(?:الأقل|الأكثر)|الأكثر\s+شيوع[{_ARABIC}]*|(?:أكثر|أقل)\s+من\s+(?=\d)"

# Who a limit says: الأطفال فوق 12 عاما (children over 12), للأطفال دون 12 (for children under
# 12).  A negation before it denies the verb ("يجب ألا يتناول الأطفال فوق 12 عاما هذا الدواء":
# children over 12 must not take it), not the limit.
_GROUP_LIMITS = {
    f"{who} {limit}": direction
    for who in ("الأطفال", "أطفال", "الأشخاص", "أشخاص", "المرضى", "مرضى", "البالغين", "البالغون", "الرضع", "النساء")
    for limit, direction in (("فوق", AT_LEAST), ("دون", AT_MOST), ("تحت", AT_MOST))
}

# Who weighs under or over a number: "الأطفال الذين يقل وزنهم عن 10 كغ" (children weighing less than
# 10 kg), "من يزيد وزنه على 40 كغ"; with its own "not" (لا يقل وزنه عن: no less than, at least).
# Who, as an age is: a negation before it denies the verb ("لا ينبغي إعطاء هذا الدواء للأطفال
# الذين يقل وزنهم عن 10 كغ"), not the weight.
_WEIGHT_LIMITS = {
    f"{negation}{verb} {weight} {tie}": direction
    for verb, said, denied, ties in (
        ("يقل", AT_MOST, AT_LEAST, ("عن",)),
        ("تقل", AT_MOST, AT_LEAST, ("عن",)),
        ("يزيد", AT_LEAST, AT_MOST, ("عن", "على")),
        ("تزيد", AT_LEAST, AT_MOST, ("عن", "على")),
    )
    for weight in ("وزنه", "وزنها", "وزنهم", "وزنك", "أوزانهم")
    for tie in ties
    for negation, direction in (("", said), ("لا ", denied))
}

# The dose a limit that opens its clause may be said of ("الجرعات الأقل من 4 غ": the doses less than
# 4 g, its ال on the limit's word), and the prohibition after it that denies the limit ("لا يجوز
# إعطاؤها", "يجب عدم إعطائها", "لا تُعطى"): at least 4 g.
_LIMIT_SUBJECT = r"(?:ال)?(?:جرعة|جرعات|كمية|كميات)(?:\s+(?:ال)?يومية)?(?:\s+(?:التي|الذي))?(?:\s+ال)?"
_GIVEN = r"(?:ب?إعطا[ءؤئ]|تناول|استخدام|استعمال|أخذ|حقن|وصف)"
_LIMIT_PROHIBITED = (
    rf"(?<![{_ARABIC}])(?:لا|ألا)\s+(?:يجوز|يجب|ينبغي|يمكن|يُسمح|يسمح)\s+(?:\S+\s+)?{_GIVEN}"
    rf"|(?<![{_ARABIC}])يجب\s+(?:عدم|ألا)\s+(?:\S+\s+)?(?:{_GIVEN}|تُعطى|تعطى|يُعطى|يعطى)"
    rf"|(?<![{_ARABIC}])لا\s+(?:تُعطى|تعطى|يُعطى|يعطى|تؤخذ|تُؤخذ|تستخدم|تُستخدم)"
    r"|يُمنع|يمنع|ممنوع"
)
# [limits]: permission to take more (يمكنك تناول المزيد, يمكنك أخذ كمية أكبر); not لا يمكنك (you cannot).
# So is a dose added or the dose raised past (يمكنك تناول جرعة إضافية, يمكنك زيادة الجرعة, يمكنك تجاوز).
_MORE_ALLOWED = (
    rf"(?<!لا )(?<![{_ARABIC}])[وف]?يمكنك\s+(?:(?:تناول|أخذ|استخدام)\s+(?:المزيد|كمية\s+أكبر|جرعة\s+إضافية)"
    r"|زيادة\s+الجرعة|تجاوز)"
)
# [negation]: a permission (يمكنك, بإمكانك, يجوز, مسموح): said where the source forbids, with no لا
# ("يمكنك شرب الكحول": you may drink alcohol), it tells a patient the opposite.
_PERMISSION = rf"(?<![{_ARABIC}])[وف]?(?:يمكنك|يمكنكِ|يمكنكم|بإمكانك|يجوز|مسموح)"
# [negation]: a thing that need not be done (لا داعي, لا حاجة, لا يلزم, ليس عليك, ليس من الضروري, لست
# مضطرًا, غير ضروري, يمكنك ألا: may choose not to); not لا يجب, which says "must not" as often.
_NOT_REQUIRED = (
    rf"(?<![{_ARABIC}])[وف]?(?:لا\s+(?:داعي|حاجة|يلزم|يلزمك|يتعين|يتعيّن|يشترط|تحتاج|تحتاجين|تحتاجون)"
    r"|ليس\s+(?:عليك|عليكِ|من\s+الضروري|ضروري|ضروريا|ضروريًا|لازما|لازمًا|مطلوبا|مطلوبًا|إلزاميا|إلزاميًا)"
    rf"|لست\s+(?:مضطر|ملزم|بحاجة)|(?:يمكنك|يمكنكِ|بإمكانك)\s+(?:أن\s+)?(?:لا|ألا)(?![{_ARABIC}])"
    r"|غير\s+(?:ضروري|لازم|مطلوب|إلزامي))"
)
# [negation]: an obligation (يجب, ينبغي, عليك, يتعين, لا بد, يلزم, ضروري).
_OBLIGATION = (
    rf"(?<![{_ARABIC}])[وف]?(?:يجب|ينبغي|عليك|عليكِ|عليكم|يتعين|يتعيّن|يتوجب|يتوجّب|يلزم|لا\s*بد|لابد|ضروري|إلزامي)"
)
# [negation]: an advice where a source forbids: ask a doctor first (استشر طبيبك, تحدث إلى طبيبك),
# with caution (بحذر, بحيطة, انتبه), in moderation (باعتدال).
_ADVICE = (
    rf"(?<![{_ARABIC}])[وف]?(?:ب?حذر|الحذر|بحيطة|احتياط|انتبه|انتبهي|باعتدال|استشر|استشيري|استشارة"
    r"|(?:تحدث|تحدثي|تكلم)\s+(?:إلى|مع)\s+طبيب|اسأل\s+طبيب|راجع\s+طبيب)"
)
_LIMIT_FORBIDDEN = rf"(?<![{_ARABIC}])[وف]?(?:يُ?منع|ممنوع|يُ?حظر|محظور)\s+{_GIVEN}\s*$"

# --- numbers in words -----------------------------------------------------------
# Arabic says one and two with the noun alone: مرة (once), مرتين (twice, the dual
# of مرة), يومين (two days), قرصين (two tablets); three to ten before the noun
# (ثلاثة أيام), the unit before the ten (أربع وعشرين ساعة, 24 hours).  The cardinals
# in their masculine and feminine forms, nominative (-ون, -ان) and oblique (-ين).
_UNITS: dict[str, int] = {
    "واحد": 1,
    "واحدة": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "ثلاث": 3,
    "ثلاثة": 3,
    "أربع": 4,
    "أربعة": 4,
    "اربع": 4,
    "اربعة": 4,
    "خمس": 5,
    "خمسة": 5,
    "ست": 6,
    "ستة": 6,
    "سبع": 7,
    "سبعة": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانية": 8,
    "تسع": 9,
    "تسعة": 9,
}
_TENS: dict[str, int] = {
    "عشرون": 20,
    "عشرين": 20,
    "ثلاثون": 30,
    "ثلاثين": 30,
    "أربعون": 40,
    "أربعين": 40,
    "اربعين": 40,
    "خمسون": 50,
    "خمسين": 50,
    "ستون": 60,
    "ستين": 60,
    "سبعون": 70,
    "سبعين": 70,
    "ثمانون": 80,
    "ثمانين": 80,
    "تسعون": 90,
    "تسعين": 90,
}
# The dose forms in the singular, which say one by themselves (قرص: a tablet, below) and two in
# their dual.
_DOSE_FORMS = ("قرص", "حبة", "كبسولة", "قطرة", "بخة", "جرعة", "كيس", "لصقة", "ملعقة", "تحميلة", "أمبولة")


def _duals(singular: str) -> tuple[str, str]:
    """The dual of a noun, oblique and nominative: لتر لترين لتران, جرعة جرعتين جرعتان (its ة a ت)."""
    stem = singular[:-1] + "ت" if singular.endswith("ة") else singular
    return stem + "ين", stem + "ان"


# Single words: ten, eleven and twelve, the hundreds and thousands, parts, and the
# duals and "once" that count without a numeral.  Not أحد alone (anyone; الأحد,
# Sunday) nor الاثنين (Monday): no article is read before a number.
_WORDS: dict[str, int | Fraction] = {
    "عشر": 10,
    "عشرة": 10,
    "أحد عشر": 11,
    "إحدى عشرة": 11,
    "احدى عشرة": 11,
    "اثنا عشر": 12,
    "اثني عشر": 12,
    "اثنتا عشرة": 12,
    "اثنتي عشرة": 12,
    "مائة": 100,
    "مئة": 100,
    "مائتان": 200,
    "مائتين": 200,
    "مئتان": 200,
    "مئتين": 200,
    "ألف": 1000,
    "ألفان": 2000,
    "ألفين": 2000,
    # half, and a third or a quarter of a tablet (not of an hour: ربع ساعة is 15 minutes, in
    # number_words); English gives its "a quarter" to [numbers] (parts_in_words), so ربع قرص is no
    # dose the source does not give
    "نصف": Fraction(1, 2),
    "نصفا": Fraction(1, 2),  # نصفاً واحداً, one half (the accusative: what is taken)
    "ربع": Fraction(1, 4),
    "ثلث": Fraction(1, 3),
    "ثلثي": Fraction(2, 3),  # two thirds, the dual
    "ثلثا": Fraction(2, 3),
    "ثلاثة أرباع": Fraction(3, 4),  # three quarters
    "ثلاث أرباع": Fraction(3, 4),
    # once, twice (مرتين, the dual of مرة, a time); "مرة أخرى" is "again", not a count
    "مرة واحدة": 1,
    "مرتين": 2,
    "مرتان": 2,
    # twice as much, twice as likely (also ضعف, weakness: read generously, as a 2 that may be there)
    "ضعف": 2,
    "ضعفي": 2,
    "ضعفين": 2,
    # two tablets, pills, capsules, doses, drops, puffs, sachets, patches, spoonfuls,
    # suppositories, ampoules, injections (the dual of the dose form: قرصين, بختين)
    **{dual: 2 for form in (*_DOSE_FORMS, "حقنة") for dual in _duals(form)},
    # two people, patients, children, types, years, nights, stages, cases, reasons, things
    "شخصين": 2,
    "شخصان": 2,
    "مريضين": 2,
    "مريضان": 2,
    "طفلين": 2,
    "طفلان": 2,
    "نوعين": 2,
    "نوعان": 2,
    "سنتين": 2,
    "سنتان": 2,
    "عامين": 2,
    "عامان": 2,
    "ليلتين": 2,
    "ليلتان": 2,
    "مرحلتين": 2,
    "مرحلتان": 2,
    "حالتين": 2,
    "حالتان": 2,
    "سببين": 2,
    "سببان": 2,
    "أمرين": 2,
    "أمران": 2,
}
_LETTER = rf"[{_ARABIC}]"
# A letter or a digit of a word, no mark that ends a clause (، ؛ . ,) ([opposites]).
_IN_A_CLAUSE = r"[^\s،؛.,]"
# Short vowels, tanween and shadda may be written on any letter (مرّتين, أربعًا):
# marks of Unicode's Inherited script, which every script's letters may carry. They
# are taken out before the words are looked for, so the words are written without them.
_MARK = re.compile(f"[{char_class('Zinh')}]")


def _longest_first(words) -> str:
    """An alternation of ``words``, longest first, a space in one as any space."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


# دون before an age or a count in words is "under" too, as before a number (_NOT_NEGATION): دون سن
# السنتين, دون عمر 6 أشهر (under the age of ...), دون السنتين, دون اثني عشر عاما.  A limit ([limits]
# reads it), no "without" (دون وصفة طبية, دون مضغ): "يُعطى للأطفال دون سن السنتين" has lost its "not".
_UNDER_AN_AGE = (
    rf"(?<!{_LETTER})(?:ما\s+)?دون\s+"
    rf"(?=(?:سن|عمر|(?:ال)?(?:{_longest_first([*_UNITS, *_TENS, *_WORDS, 'سنة', 'عام'])}))(?!{_LETTER}))"
)


# A word may carry و (and), ف, ب or ل (for: لثلاثة أيام) when it has three letters
# or more: لست (you are not) is no ست (six).
_CONJUNCTION = r"(?:[وفبل](?=\S{3}))?"
_NUMBER = re.compile(
    rf"(?<!{_LETTER}){_CONJUNCTION}(?:"
    # 24, 35: the unit, و, the ten (أربع وعشرين, أربعًا وعشرين, خمسة وثلاثون)
    rf"(?P<unit>{_longest_first(_UNITS)})ا?\s+و(?P<ten>{_longest_first(_TENS)})"
    # 13 to 19: the unit, then عشر or عشرة
    rf"|(?P<teen>{_longest_first(k for k, v in _UNITS.items() if v >= 3)})\s+عشرة?"
    # 300 to 900 (ثلاثمائة, ثلاث مئة) and 3000 to 10000 (ثلاثة آلاف)
    rf"|(?P<hundreds>{_longest_first(k for k, v in _UNITS.items() if v >= 3)})\s?(?:مائة|مئة)"
    rf"|(?P<thousands>{_longest_first([*(k for k, v in _UNITS.items() if v >= 3), 'عشرة'])})\s+آلاف"
    rf"|(?P<word>{_longest_first([*_WORDS, *_TENS])})"
    rf"|(?P<single>{_longest_first(_UNITS)})ا?"
    rf"|(?P<once>مرة)(?!\s+(?:أخرى|اخرى))"
    rf")(?!{_LETTER})"
)


# An hour after a part of it: ربع ساعة, ثلث الساعة (a quarter, a third of an hour).
_AN_HOUR = re.compile(r"\s+(?:ال)?ساع")


# Ordinals, as "day 3" and "the second dose" are translated (اليوم الثالث, الجرعة الثانية):
# after their noun, with its article, masculine and feminine (الثالث, الثالثة; الأول, الأولى),
# the teens with عشر (الحادي عشر, الثالثة عشرة), the tens as the cardinal with the article
# (العشرون) and after a unit (الخامس والعشرون); أول also before its noun (أول جرعة), and the
# others there too (ordinals() below).  Read as their numbers, as Chinese 第三天 and Korean 셋째
# 날 are: an ordinal never counts a medicine.
_ORDINAL_STEMS: dict[str, int] = {
    "أول": 1,
    "اول": 1,
    "ثاني": 2,
    "ثالث": 3,
    "رابع": 4,
    "خامس": 5,
    "سادس": 6,
    "سابع": 7,
    "ثامن": 8,
    "تاسع": 9,
    "عاشر": 10,
    "حادي": 1,  # only in 11, 21 ...
}
_ORDINAL = re.compile(
    rf"(?<!{_LETTER})(?:(?:[وفب]?ال|لل)(?:"
    rf"(?P<stem>{_longest_first(_ORDINAL_STEMS)})(?:ة|ى)?"
    rf"(?:\s+(?P<teen>عشرة?)|\s+وال(?P<ten>{_longest_first(_TENS)}))?"
    rf"|(?P<tens>{_longest_first(_TENS)}))"
    rf"|(?P<first>أول|اول))(?!{_LETTER})"
)
# Before its noun, masculine whatever the noun: ثاني جرعة, ثالث يوم (the second dose, the third day).
_ORDINAL_BEFORE_NOUN = re.compile(
    rf"(?<!{_LETTER})(?P<stem>{_longest_first(stem for stem in _ORDINAL_STEMS if stem != 'حادي')})(?=\s+{_LETTER})"
)


def ordinals(text: str) -> Spans:
    """Ordinals before their noun (ثاني جرعة: 2): values a translation says, never a count of
    doses, so not ``numerals`` (which [numbers] counts medicines with)."""
    plain, where = _without_marks(text)
    for match in _ORDINAL_BEFORE_NOUN.finditer(plain):
        yield where[match.start()], where[match.end()], Fraction(_ORDINAL_STEMS[match.group("stem")])


def _ordinals(plain: str) -> Iterator[tuple[int, int, int]]:
    for match in _ORDINAL.finditer(plain):
        if match.group("tens"):
            value = _TENS[match.group("tens")]
        elif match.group("first"):
            value = 1
        else:
            value = _ORDINAL_STEMS[match.group("stem")]
            if match.group("teen"):
                value += 10
            elif match.group("ten"):
                value += _TENS[match.group("ten")]
            elif match.group("stem") == "حادي":
                continue  # الحادي alone is no ordinal
        yield match.start(), match.end(), value


# A number of ones and tens after a definite plural noun, as its adjective, each word with the
# article: الساعات الأربع والعشرين الأولى (the first 24 hours), الساعات الثماني والأربعين (48).  Read
# by its structure (one word of ones, و, one word of tens), not listed in ``number_words`` as the
# tens alone are (الدقائق الثلاثين): its tens alone would read as an ordinal (العشرين: the 20th).
_ONES_AND_TENS = rf"ال(?P<unit>{_longest_first(_UNITS)})\s+وال(?P<ten>{_longest_first(_TENS)})(?!{_LETTER})"
_DEFINITE_ONES_AND_TENS = re.compile(rf"(?<!{_LETTER}){_ONES_AND_TENS}")

# "And a half" after a noun: قرص ونصف (a tablet and a half, one by the noun alone), ساعتين
# ونصف (2.5 hours, the dual), ثلاث ساعات ونصف or 3 ساعات ونصف (3.5 hours, after a number).
# After an ordinal, the hour of a clock, it is half past: الساعة الثالثة والنصف (3:30).
_AND_A_HALF = re.compile(rf"(?<!{_LETTER})(?P<noun>{_LETTER}+)\s+و\s?(?P<half>(?:ال)?نصفا?)(?!{_LETTER})")
# Adverbs of a time of day or a rate (marks stripped): "قرصًا واحدًا صباحًا ونصف قرص" is one tablet in
# the morning and half a tablet, no "one and a half mornings".
_NOT_COUNTED_BEFORE_A_HALF = frozenset({"صباحا", "مساء", "مساءا", "ليلا", "ظهرا", "عصرا", "فجرا", "يوميا", "اسبوعيا"})
_DUAL_ENDINGS = ("تين", "تان", "ين", "ان")


def _and_a_half(
    plain: str, numbers: list[tuple[int, int, Fraction]], ordinals: list[tuple[int, int, int]]
) -> Iterator[tuple[int, int, Fraction]]:
    for match in _AND_A_HALF.finditer(plain):
        if match.group("noun") in _NOT_COUNTED_BEFORE_A_HALF:
            continue
        if any(start == match.start() for start, _, _ in ordinals):
            yield match.start("half"), match.end("half"), Fraction(30)
            continue
        before = [
            (start, value)
            for start, end, value in numbers
            if end <= match.start() and not plain[end : match.start()].strip()
        ]
        if before:
            start, whole = before[-1]
        else:
            start, whole = match.start(), Fraction(2 if match.group("noun").endswith(_DUAL_ENDINGS) else 1)
        yield start, match.end(), whole + Fraction(1, 2)


# "Following" after a period, masculine and feminine: الأسبوع التالي, السنة التالية (number_words below).
_FOLLOWING = ("التالي", "اللاحق", "الذي يلي")
_FOLLOWING_FEMININE = ("التالية", "اللاحقة", "التي تلي")


def numerals(text: str) -> Spans:
    """Arabic numbers in words: ثلاثة أيام (3), أربع وعشرين ساعة (24), مرتين (twice),
    مرة واحدة and مرة في اليوم (once), قرصين (two tablets), نصف (1/2), ربع (1/4), ثلاثة آلاف (3000),
    and ordinals: اليوم الثالث (day 3), الجرعة الثانية (the second dose)."""
    plain, where = _without_marks(text)
    compounds = [
        (match.start(), match.end(), _UNITS[match.group("unit")] + _TENS[match.group("ten")])
        for match in (_DEFINITE_ONES_AND_TENS.finditer(plain) if "وال" in plain else ())
    ]
    ordinals = [
        (start, end, ordinal)
        for start, end, ordinal in _ordinals(plain)
        if not any(start < compound_end and compound_start < end for compound_start, compound_end, _ in compounds)
    ]
    read = [*compounds, *ordinals]  # no number inside either
    for start, end, number in read:
        yield where[start], where[end], Fraction(number)
    numbers = [(match.start(), match.end(), Fraction(match.group())) for match in re.finditer(r"\d+", plain)]
    for match in _NUMBER.finditer(plain):
        if any(start < match.end() and match.start() < end for start, end, _ in read):
            continue  # the عشر of الثالث عشر (the 13th) is no 10
        groups = {name: value for name, value in match.groupdict().items() if value}
        if "ten" in groups:
            value: int | Fraction = _UNITS[groups["unit"]] + _TENS[groups["ten"]]
        elif "teen" in groups:
            value = 10 + _UNITS[groups["teen"]]
        elif "hundreds" in groups:
            value = 100 * _UNITS[groups["hundreds"]]
        elif "thousands" in groups:
            value = 1000 * _UNITS.get(groups["thousands"], 10)
        elif "word" in groups:
            word = re.sub(r"\s+", " ", groups["word"])
            value = _WORDS[word] if word in _WORDS else _TENS[word]
            if value < 1 and value != Fraction(1, 2) and _AN_HOUR.match(plain, match.end()):
                continue  # ربع ساعة: 15 minutes (number_words), no quarter of a dose
        elif "single" in groups:
            value = _UNITS[groups["single"]]
        else:
            value = 1
        numbers.append((match.start(), match.end(), Fraction(value)))
        yield where[match.start()], where[match.end()], Fraction(value)
    for start, end, value in _and_a_half(plain, sorted(numbers), ordinals):
        yield where[start], where[end], value


# The singular nouns that say one by themselves (قبل الأكل بساعة: an hour before eating; تناول
# قرصًا: take a tablet), with و ف ب ل before them (بساعة, لمدة يوم takes none) and the accusative's
# alif (يومًا, قرصًا; ساعةً has none); not after the article (الساعة 8 is 8 o'clock).
_SINGULAR_NOUNS: dict[str, str] = {
    "دقيقة": "minute",
    "ساعة": "hour",
    "يوم": "day",
    "أسبوع": "week",
    "شهر": "month",
    "سنة": "year",
    "عام": "year",
    **dict.fromkeys(_DOSE_FORMS, "dose"),
}
_SINGULAR_NOUN = re.compile(
    rf"(?<!{_LETTER})[وفبل]?(?P<noun>{_longest_first(_SINGULAR_NOUNS)})(?:(?<!ة)ا)?(?!{_LETTER})"
)


# The year with its article after a word of an age limit is one year of age: دون السنة (under a
# year), قبل السنة, أقل من السنة, دون سن السنة (before the age of one); الشهر, الأسبوع are not
# said so.
_AN_AGE_OF_ONE_YEAR = re.compile(
    rf"(?<!{_LETTER})(?:دون|قبل|أقل\s+من)\s+(?:سن\s+)?(?P<noun>ال(?:سنة|عام))(?!{_LETTER})"
)


def singular_nouns(text: str) -> Iterator[tuple[int, int, str]]:
    """The nouns said in the singular, each one of what it names (ساعة: an hour, "hour"; السنة
    after دون: a year of age)."""
    plain, where = _without_marks(text)
    for match in _SINGULAR_NOUN.finditer(plain):
        yield where[match.start()], where[match.end()], _SINGULAR_NOUNS[match.group("noun")]
    for match in _AN_AGE_OF_ONE_YEAR.finditer(plain):
        yield where[match.start("noun")], where[match.end("noun")], "year"


# The nouns of units whose dual says two of the unit by itself (اشرب لترين: drink 2 litres),
# as يومين says two days: the full words of ``unit_words`` below, not their abbreviations (ملين,
# the dual-looking مل + ين, is a laxative), nor درجة (درجتين is as often two grades, of a burn).
# Each has a broken plural (لترات, غرامات): its -ين form is the dual, never a plural as the -ين
# of البالغين (adults) is, which is why no other word ending in -ين is read as two.
_UNIT_NOUNS_WITH_A_DUAL = (
    "ميكروغرام",
    "ميكروجرام",
    "مليغرام",
    "ملليغرام",
    "ميليغرام",
    "مليجرام",
    "ملليجرام",
    "غرام",
    "جرام",
    "كيلوغرام",
    "كيلوجرام",
    "مليلتر",
    "ملليلتر",
    "لتر",
    "ليتر",
    "ديسيلتر",
    "وحدة",
)


def _without_marks(text: str) -> tuple[str, list[int]]:
    """``text`` without its marks, and where each of its characters is in ``text``, and one
    more: the end. A span of it ends where the next letter starts, after the marks of its last."""
    if not _MARK.search(text):
        return text, list(range(len(text) + 1))
    kept = [index for index, char in enumerate(text) if not _MARK.match(char)]
    return "".join(text[index] for index in kept), [*kept, len(text)]


# Urgency ([urgency]): فورا (with its tanween either side of the alif), فوري/فورية (immediate), على
# الفور, في الحال, حالا, دون / بدون تأخير, بسرعة, في أسرع / أقرب وقت (ممكن) and بأسرع وقت (the standard
# "as soon as possible"), على وجه السرعة, عاجل/عاجلة, مباشرة (straight away; not مباشرة بعد / قبل, "immediately
# after / before", a time, as the source's "immediately after a meal" is none), after و, ف or ب; the
# adjectives also with the article: الرعاية الطبية العاجلة / الفورية; الآن (for "Call … now").
_URGENCY = (
    rf"(?<![{_ARABIC}])[وفب]?(?:الآن|الان|فور(?:ًا|اً|ا)|على\s+الفور|في\s+الحال|حال(?:ًا|اً|ا)"
    rf"|(?:ال)?(?:فور(?:ي|ية|يا|يًا|يّة)|عاجل(?:ة|ًا|اً|ا)?)"
    rf"|(?:دون|بدون)\s+(?:أي\s+)?تأخير|بسرعة|(?:في\s+|ب)[أا](?:سرع|قرب)\s+وقت|على\s+وجه\s+السرعة"
    rf"|مباشر(?:ةً|ة)(?!\s+(?:بعد|قبل|عقب)(?![{_ARABIC}])))(?![{_ARABIC}])"
)
# A hurry softened ([urgency]): في أقرب / أسرع وقت (ممكن), بأقرب / بأسرع وقت (as soon as possible), في أقرب
# فرصة, حالما / عندما / متى تستطيع or يمكنك (when you can).
_AS_SOON_AS_POSSIBLE = (
    rf"(?<![{_ARABIC}])[وف]?(?:(?:في\s+|ب)[أا](?:قرب|سرع)\s+(?:وقت|فرصة)(?:\s+ممكنة?)?"
    rf"|(?:حالما|عندما|متى|حين)\s+(?:تستطيع|يمكنك|تتمكن|استطعت|أمكنك|أمكن))(?![{_ARABIC}])"
)
# Putting off ([urgency]): في موعدك / زيارتك / مراجعتك القادمة (at the next visit), الأسبوع القادم,
# الأيام القادمة, لاحقًا, في وقت لاحق, عندما يناسبك; not تذكرتها لاحقًا (remember later) nor تظهر لاحقًا.
_DEFERRAL = (
    rf"(?<![{_ARABIC}])(?:(?:موعد|زيار[ةت]|مراجع[ةت]|الموعد|الزيارة|المراجعة)(?:ك|كم)?\s+(?:الطبي(?:ة)?\s+)?"
    r"(?:القادم|القادمة|التالي|التالية|المقبل|المقبلة)|الأسبوع\s+(?:القادم|المقبل)|الأيام\s+(?:القادمة|المقبلة)"
    rf"|[وف]?لاحق(?:ًا|اً|ا)|في\s+وقت\s+لاحق|عندما\s+يناسبك|في\s+الوقت\s+المناسب\s+لك)(?![{_ARABIC}])"
)
_NOT_DEFERRAL = rf"(?<![{_ARABIC}])(?:[وف]?(?:تذكر|تتذكر|يظهر|تظهر|يحدث|تحدث)\w*)\s+لاحق(?:ًا|اً|ا)"
# A double dose ([negation]): جرعة مضاعفة, الكمية المضاعفة, ضاعف الجرعة, جرعتين معًا / في نفس الوقت.
_DOUBLE_DOSE = (
    rf"(?<![{_ARABIC}])(?:(?:جرعة|كمية)\s+مضاعفة|(?:الجرعة|الكمية)\s+المضاعفة|[وف]?[تيأ]?ضاعف\w*\s+الجرعة"
    r"|جرعتين\s+(?:معًا|معا|في\s+(?:نفس|ذات)\s+الوقت|مرة\s+واحدة))"
)
# [as-needed]: عند الحاجة, عند الضرورة, حسب الحاجة, إذا لزم الأمر, إذا احتجت; and a condition a dose
# is taken on (عند, إذا, إن, عندما: "عند الشعور بالألم" for "for pain, if needed"), or the pain or
# fever it is for (لتخفيف الألم, within its word's particles).
_AS_NEEDED = (
    rf"ألم|آلام|حمى|حرارة"
    rf"|(?<![{_ARABIC}])[وف]?(?:الحاجة|حاجة|الضرورة|ضرورة|لزم|احتجت\w*|عند|عندما|إذا|إن|لو|حين)(?![{_ARABIC}])"
)
# [dose-times] (read in text whose digits are ASCII): ليل only as a word of its own (not قليل, a
# little; دليل, a guide); not الظهر alone, which is also the back.  A meal named is its time of day:
# الفطور (breakfast) the morning (not الإفطار, also the iftar at sunset), الغداء midday, العشاء
# (dinner) the evening; each a word of its own after its particles (مع العشاء, بعد الفطور, للعشاء).
_MEAL_START = rf"(?<!{_LETTER})[وفبل]{{0,2}}(?:ال)?"
DAY_TIMES = {
    BEDTIME: r"(?:عند|قبل|وقت)\s+(?:الخلود\s+إلى\s+)?(?:ال)?نوم",
    # on waking is the morning: عند الاستيقاظ, بعد الاستيقاظ
    MORNING: rf"{_MEAL_START}صباح|{_MEAL_START}فطور(?!{_LETTER})|(?:عند|بعد)\s+(?:ال)?استيقاظ",
    AFTERNOON: rf"بعد\s+(?:ال)?ظه(?:ر|يرة)(?!{_LETTER})",  # not midday: after it (not بعد الظهور, after it appears)
    MIDDAY: rf"الظهيرة|(?<!{_LETTER})[وفب]?ظهر(?:ًا|اً|ا)(?!{_LETTER})|(?:ال)?غداء",
    EVENING: rf"مساء|{_MEAL_START}عشاء(?!{_LETTER})",
    NIGHT: rf"(?<!{_LETTER})[وفب]?(?:ال)?ليل(?:ًا|اً|ا|ة)?(?!{_LETTER})",
}

# The plurals of the periods, which a definite number word may follow (الأيام الثلاثة), and the
# number words, three to nineteen, in both genders (the number's gender is the noun's opposite, and
# not every translator keeps it: الساعات الثلاث, الأيام الثلاثة), and the tens (الدقائق الثلاثين
# الأولى: the first 30 minutes).
_PERIOD_PLURALS = {
    "ساعات": "hour",
    "دقائق": "minute",
    "أيام": "day",
    "أسابيع": "week",
    "أشهر": "month",
    "شهور": "month",
    "سنوات": "year",
    "أعوام": "year",
}
_DEFINITE_COUNTS = {
    **{word: value for word, value in _UNITS.items() if value >= 3},
    "عشر": 10,
    "عشرة": 10,
    # 13 to 19: الأيام الأربعة عشر الأخيرة (the last 14 days)
    **{f"{word} {ten}": value + 10 for word, value in _UNITS.items() if value >= 3 for ten in ("عشر", "عشرة")},
    **_TENS,
}

# A number of ones and tens after one of them, read by its structure (_ONES_AND_TENS).
_PERIOD_AND_ONES_AND_TENS = re.compile(rf"(?<=ال)(?P<noun>{'|'.join(_PERIOD_PLURALS)})\s+{_ONES_AND_TENS}")


def ones_and_tens_after_a_period(text: str) -> Iterator[tuple[int, int, Fraction, str]]:
    """A number of ones and tens after the definite plural of its period (الساعات الأربع والعشرين:
    24 hours): start, end, value, unit."""
    plain, where = _without_marks(text)
    for match in _PERIOD_AND_ONES_AND_TENS.finditer(plain) if "وال" in plain else ():  # most say none
        value = _UNITS[match.group("unit")] + _TENS[match.group("ten")]
        yield where[match.start()], where[match.end()], Fraction(value), _PERIOD_PLURALS[match.group("noun")]


# The words for units after a number (Language.unit_words), named here for the duals of their
# nouns (_UNIT_NOUNS_WITH_A_DUAL), which say their units too.
_UNIT_WORDS = frozen(
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
        "سنوات": "year",
        "سنين": "year",
        "سنة": "year",
        "أعوام": "year",
        "عام": "year",
        # Doses in words and their abbreviations, as Levantine (ملغ, غرام) and Egyptian
        # (مجم, جرام) print write them: without them a dose the translation adds in words
        # went unseen ([units] rule 3).
        "ميكروغرام": "ug",
        "ميكروغرامات": "ug",
        "ميكروجرام": "ug",  # Egyptian and Gulf spelling
        "ميكروجرامات": "ug",
        "ميكروغم": "ug",
        "مكغ": "ug",
        "مكجم": "ug",  # Egyptian: ميكروجرام
        "ملغ": "mg",
        "ملغم": "mg",
        "مغ": "mg",  # beside ملغ and ملغم on Levantine and Iraqi labels: 500 مغ
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
        "كلغ": "kg",  # Maghrebi and Levantine: 70 كلغ
        "كجم": "kg",
        "كيلوغرام": "kg",
        "كيلوغرامات": "kg",
        "كيلوجرام": "kg",
        "مل": "ml",
        "مليلتر": "ml",
        "ملليلتر": "ml",
        "لتر": "l",
        "لترات": "l",
        "ليتر": "l",
        "ليترات": "l",
        # a level per litre or decilitre, as lab reports abbreviate them: 7 غ/ل, 200 ملغ/دل
        "ل": "l",
        "دل": "dl",
        "ديسيلتر": "dl",
        # 38 درجة مئوية, 38 درجة: temperatures are Celsius (درجة فهرنهايت says otherwise)
        "درجة": "celsius",
        "درجات": "celsius",
        "درجة مئوية": "celsius",
        "درجات مئوية": "celsius",
        "درجة سيليزية": "celsius",
        "° مئوية": "celsius",  # 38° مئوية
        "°م": "celsius",  # 38°م, م for مئوية (not the م of a word: °مع)
        "° م": "celsius",
        # 20 تحت الصفر (20 below zero) is how a temperature under zero is said without a unit,
        # in Celsius as a bare درجة is; its sign is read too ([numbers]: below_zero_after), so a
        # source's −20 °F or +20 °C for it is still an error.
        "تحت الصفر": "celsius",
        "درجة فهرنهايت": "fahrenheit",
        "درجات فهرنهايت": "fahrenheit",
        # international units, as English "units" are: 1000 وحدة دولية, 10 وحدات
        "وحدة دولية": "iu",
        "وحدات دولية": "iu",
        "وحدة": "iu",
        "وحدات": "iu",
        "ملمول": "mmol",  # 4 ملمول/لتر (4 mmol/L, a blood sugar)
        "مليمول": "mmol",
        "ميليمول": "mmol",
    }
)

# [opposites]: not أيسر alone (also "easier"), nor المستقيم alone (also "straight").
# The periods [opposites] reads the first or the last of: plural and definite (الأيام, للأيام), or
# after أول and آخر (أول 3 أيام, آخر يوم).
_PERIODS_DEFINITE = rf"(?:ال|لل)(?:{'|'.join(_PERIOD_PLURALS)})"
_PERIODS = rf"(?:{'|'.join([*_PERIOD_PLURALS, 'يوم', 'أسبوع', 'شهر'])})"

# A thigh, an arm or a leg, after or before a word of its side ([opposites]): الفخذ, الذراع, العضد, الساق.
_LIMB = r"(?:فخذ|ذراع|عضد|ساق)"
OPPOSITES = {
    # with a meal, or during one (أثناء الوجبات)
    WITH_FOOD: r"(?:مع|أثناء|خلال)\s+(?:تناول\s+)?(?:ال)?(?:طعام|أكل|وجبة|وجبات)",
    # بين الوجبات: between meals; بعيدًا عن الطعام: away from food (written without its marks)
    EMPTY_STOMACH: r"معدة\s+(?:فارغة|خاوية)|على\s+الريق|بين\s+(?:ال)?(?:وجبات|وجبتين)"
    r"|بعيدا?\s+عن\s+(?:ال)?(?:طعام|أكل|وجبات|وجبة)",
    LEFT: r"اليسرى|يسرى|الأيسر|اليسار|يسار",
    RIGHT: r"اليمنى|يمنى|الأيمن|اليمين|يمين",
    # the two eyes, ears, nostrils (a dual: العينين, أذنيك, فتحتي الأنف), each eye (كل عين)
    BOTH_SIDES: rf"(?<!{_LETTER})(?:ال)?(?:عينين|عينيك|أذنين|أذنيك|جانبين)(?!{_LETTER})|فتحتي\s+الأنف"
    rf"|كل\s+(?:عين|أذن|فتحة)(?!{_LETTER})",
    BY_MOUTH: r"عن\s+طريق\s+الفم|بالفم|فموي",
    UNDER_THE_SKIN: r"تحت\s+الجلد",
    INTO_A_MUSCLE: r"في\s+العضل|في\s+عضلة|عضلي",  # في عضلة الذراع: into the muscle of the arm
    # الوريد alone is in loose_route_words (جلطة في الوريد, a clot in a vein); احقن 10 وحدات في الوريد,
    # حقن وريدي, الحقن في الوريد say where the injection goes: read as said outright (a dose at most
    # between the verb and the vein; the noun right before it: not بعد الحقن قد تشعر بألم في الوريد)
    INTO_A_VEIN: rf"(?<!{_LETTER})(?:(?:ا|ي|ت|ن)حقن{_LETTER}*(?:\s+{_IN_A_CLAUSE}+){{0,3}}?|(?:ال|بال)?حقن(?:ة|ه)?)\s+"
    rf"(?:في\s+الوريد|وريدي)(?!{_LETTER})|الوريد|وريدي",
    # الشرج alone is in loose_route_words (حكة حول الشرج, an itch); أدخلي تحميلة واحدة في الشرج, إدخال
    # التحميلة في فتحة الشرج say where the dose goes: read as said outright (a dose at most between)
    RECTAL: rf"(?<!{_LETTER})(?:[أاإيتن]دخل|[إا]دخال){_LETTER}*(?:\s+{_IN_A_CLAUSE}+){{0,3}}?\s+"
    rf"(?:في|داخل)\s+(?:فتحة\s+)?الشرج(?!{_LETTER})|الشرج|شرجي|في\s+المستقيم",
    REFRIGERATOR: r"الثلاجة|ثلاجة|البراد|مبرد",
    ROOM_TEMPERATURE: r"درجة\s+حرارة\s+الغرفة",
    FREEZER: r"المجمد|الفريزر|تجميد|تجمد|مجمد",
    # not common (غير شائع, ليس شائعًا, ليست شائعة) is rare
    RARE: r"نادر|(?:غير|ليست?)\s+(?:ال)?شائع",
    COMMON: r"(?<!غير\s)(?<!غير\sال)(?<!ليس\s)(?<!ليست\s)شائع",
    UPRIGHT: rf"منتصب{_LETTER}*|وضع\s+(?:مستقيم|عمودي)|وضعية\s+(?:مستقيمة|عمودية)"
    rf"|جالس{_LETTER}*\s+أو\s+واقف|واقف{_LETTER}*\s+أو\s+جالس",
    LYING_DOWN: rf"استلق{_LETTER}*|تستلق{_LETTER}*|مستلق{_LETTER}*|الاستلقاء|اضطجع{_LETTER}*",
    OUT_OF_REACH: r"بعيد\S*\s+عن\s+(?:متناول|أيدي)|خارج\s+متناول",
    WITHIN_REACH: r"في\s+متناول",
    # one side (إحدى العينين, one of the two eyes; عين واحدة) or the affected one (العين المصابة)
    ONE_SIDE: r"إحدى\s+(?:ال)?(?:عينين|عينيك|أذنين|أذنيك|فتحتي)"
    rf"|(?<!{_LETTER})(?:ال)?(?:عين|أذن|فتحة\s+(?:ال)?أنف)\s+(?:ال)?(?:مصابة|واحدة)(?!{_LETTER})",
    # the other side (العين الأخرى): with one side, both
    OTHER_SIDE: rf"(?<!{_LETTER})(?:ال)?(?:عين|أذن|فتحة)\s+(?:ال)?أخرى(?!{_LETTER})",
    # the eye (عين: not معين, specific), the ear (أذن with its hamza above: إذن is permission), the nose
    EYE: rf"(?<!{_LETTER})[وفبل]?(?:ال)?(?:عين|عينين|عيني|عينيك|عينك|عيون|عينا)(?!{_LETTER})",
    EAR: rf"(?<!{_LETTER})[وفبل]?(?:ال)?(?:أذن|أذنين|أذني|أذنيك|أذنك|آذان)(?!{_LETTER})",
    NOSE: rf"(?<!{_LETTER})[وفبل]?(?:ال)?(?:أنف|أنفك|أنفي|أنفية)(?!{_LETTER})",
    AFTER_A_MEAL: r"بعد\s+(?:تناول\s+)?(?:ال)?(?:طعام|أكل|وجبة|وجبات)",
    # routes, read as [opposites] reads them: a swallow is by mouth where no "not" is said, a dose form
    # its route where no other is named beside it
    SWALLOWED: rf"(?<!{_LETTER})(?:ابلع|ابتلع)(?:ه|ها|هما|هم)?(?!{_LETTER})",  # the imperative: not البلع (swallowing)
    UNDER_THE_TONGUE: r"تحت\s+(?:ال)?لسان",
    # not مهبلي alone (نزيف مهبلي, a side effect)
    VAGINAL: r"(?:في|داخل)\s+المهبل|(?:عن\s+طريق|بطريق)\s+المهبل|مهبليًا|مهبلياً",
    # تنفس (breathe, the verb): not التنفس (breathing, a side effect's)
    INHALED: rf"استنشق|استنشاق|بالاستنشاق|(?<!{_LETTER})تنفس(?!{_LETTER})",
    FOR_EXTERNAL_USE: r"(?:استعمال|استخدام)\s+(?:ال)?خارجي",  # للاستعمال الخارجي
    SUPPOSITORY: rf"(?<!{_LETTER})(?:ال)?(?:تحميلة|تحميلات|تحاميل|لبوس)(?!{_LETTER})(?!\s+(?:ال)?مهبلي)",
    VAGINAL_DOSE_FORM: (
        rf"(?<!{_LETTER})(?:ال)?(?:تحميلة|تحميلات|تحاميل|لبوس|أقراص|قرص|كبسولة)\s+(?:ال)?مهبلي(?:ة)?(?!{_LETTER})"
    ),
    # a spoon a dose is measured with: small or of tea, large or of food; not ملعقة alone (either)
    TEASPOON: r"(?:ال)?(?:ملعقة|ملعقتين|ملعقتان|ملاعق)\s+(?:ال)?(?:صغيرة|صغيرتين|صغيرتان|صغار|شاي)",
    TABLESPOON: r"(?:ال)?(?:ملعقة|ملعقتين|ملعقتان|ملاعق)\s+(?:ال)?(?:كبيرة|كبيرتين|كبيرتان|كبار|طعام|أكل|شوربة)",
    DESSERT_SPOON: r"(?:ال)?(?:ملعقة|ملعقتين|ملعقتان|ملاعق)\s+(?:ال)?(?:حلويات|حلوى|حلو|متوسطة|متوسطتين|متوسطتان)",
    # الحمل with its article (not حمل, to carry, nor الحملة, a campaign), حامل, الحوامل; الرضاعة, مرضع
    PREGNANCY: r"الحمل(?!ة)|حامل(?!ة)|حوامل",
    BREAST_FEEDING: r"(?:ال)?رضاعة|(?:ال)?إرضاع|مرضع|ترضعين|ترضع",
    # الأيام الثلاثة الأولى, الأشهر الثلاثة الأخيرة (a number word between), اليوم الأول, أول 3 أيام, آخر
    # 3 أشهر, الثلث الأخير من الحمل: of a period only, not الجرعة الأولى, الجرعة الأخيرة (the first, the
    # last dose), nor آخر alone (also "another": دواء آخر)
    FIRST_PART: rf"{_PERIODS_DEFINITE}\s+(?:ال{_LETTER}+\s+)?(?:الأولى|الأوائل)(?!{_LETTER})"
    rf"|(?:اليوم|الأسبوع|الشهر)\s+الأول(?!{_LETTER})|(?<!{_LETTER})أول\s+(?:\S+\s+)?{_PERIODS}(?!{_LETTER})"
    r"|الثلث\s+الأول\s+من\s+الحمل",
    LAST_PART: rf"{_PERIODS_DEFINITE}\s+(?:ال{_LETTER}+\s+)?الأخيرة(?!{_LETTER})"
    rf"|(?:اليوم|الأسبوع|الشهر)\s+الأخير(?!{_LETTER})|(?<!{_LETTER})آخر\s+(?:\S+\s+)?{_PERIODS}(?!{_LETTER})"
    r"|الثلث\s+(?:الأخير|الثالث)\s+من\s+الحمل",
    DIFFERENT_SITE: (
        r"(?:غيّر|غير|بدّل|بدل)\s+(?:ال)?(?:مكان|موضع|موقع)|(?:مكان|موضع|موقع)(?:ًا|اً)?\s+(?:مختلف|آخر)"
        r"|(?:أماكن|مواضع|مواقع)\s+مختلفة|بالتناوب"
    ),
    SAME_SITE: r"(?:نفس|ذات)\s+(?:ال)?(?:مكان|موضع|موقع)|(?:ال)?(?:مكان|موضع|موقع)\s+(?:نفسه|ذاته)",
    # إبطاء, تبطئ, ببطء, أبطأ, the rate lowered (تخفيض السرعة, ستخفض سرعة التسريب, تقليل المعدل); تسريع, تسرع
    # (not أسرع, بسرعة: as soon as possible), the rate raised (زيادة السرعة, ستزاد سرعة التسريب, رفع المعدل);
    # إيقاف, توقف (written without their marks)
    SLOWER: rf"بط[ءئأؤ]|بطي[ءئ]|(?<![{_ARABIC}])[وف]?(?:تخفيض|خفض|س?[يت]خفض|تقليل|س?[يت]قلل|إنقاص|س?[يت]نقص)"
    r"\s+(?:من\s+)?(?:ال)?(?:سرع|معدل)",
    FASTER: rf"تسريع|(?<![{_ARABIC}])[وف]?[يت]سرع(?![{_ARABIC}])|زياد\S*\s+(?:ال)?(?:سرع|معدل)"
    rf"|(?<![{_ARABIC}])[وف]?(?:رفع|س?[يت]رفع|س?[يت]زاد|س?[يت]زيد)\s+(?:من\s+)?(?:ال)?(?:سرع|معدل)",
    INFUSION_STOPPED: r"توقف|أوقف|إيقاف|يوقف|توقيف",
    # داكن, غامق, قاتم; فاتح, باهت, شاحب, صاف
    DARK: r"داكن|غامق|قاتم",
    PALE: r"فاتح|باهت|شاحب|صاف",
    # جرعة أقل (أدنى, أصغر, منخفضة), تقليل الجرعة; جرعة أعلى (أكبر, مرتفعة), زيادة الجرعة (written without
    # their marks)
    LOWER_DOSE: r"(?:ال)?جرع(?:ة|ات)\s+(?:ال)?(?:أقل|أدنى|أصغر|منخفضة|مخفضة)|(?:تقليل|خفض|تخفيض|إنقاص)\s+(?:ال)?جرع",
    HIGHER_DOSE: r"(?:ال)?جرع(?:ة|ات)\s+(?:ال)?(?:أعلى|أكبر|مرتفعة|عالية)|(?:زيادة|رفع)\s+(?:ال)?جرع",
    # الجزء (الجانب) الخارجي من الفخذ, الجانب الخارجي للذراع, الفخذ الخارجي; الداخلي, الداخلية: only with
    # the limb, and not داخل alone (في داخل الفخذ: into the thigh)
    OUTER_SIDE: rf"(?:ال)?خارجي(?:ة)?\s+(?:من\s+)?(?:ال|لل|ل)?{_LIMB}|{_LIMB}{_LETTER}*\s+(?:ال)?خارجي",
    INNER_SIDE: rf"(?:ال)?داخلي(?:ة)?\s+(?:من\s+)?(?:ال|لل|ل)?{_LIMB}|{_LIMB}{_LETTER}*\s+(?:ال)?داخلي",
    # الجزء الأمامي من الفخذ; الجزء الخلفي من الذراع: only with the limb
    FRONT_SIDE: rf"(?:ال)?أمامي(?:ة)?\s+(?:من\s+)?(?:ال|لل|ل)?{_LIMB}|{_LIMB}{_LETTER}*\s+(?:ال)?أمامي",
    BACK_SIDE: rf"(?:ال)?خلفي(?:ة)?\s+(?:من\s+)?(?:ال|لل|ل)?{_LIMB}|{_LIMB}{_LETTER}*\s+(?:ال)?خلفي",
}


# [opposites]: where an injection goes, read only beside an injection named (احقن، الحقن، حقنة).
INJECTION_SITES = {
    UPPER_ARM: r"ذراع|العضد|عضد",
    THIGH: r"فخذ",
    ABDOMEN: rf"(?<!{_LETTER})(?:ال)?بطن",
    BUTTOCK: rf"(?<!{_LETTER})(?:ال)?(?:أرداف|ردف|ألية|إلية|ورك)",
    INJECTED: r"حقن",
}


# An immune system, or immunity ([people]): جهاز المناعة, الجهاز المناعي, المناعة, مناعتك.
_IMMUNE = r"(?:(?:ال)?جهاز\S*\s+(?:ال)?مناع|(?:ال)?مناع)"
# The verb of a pregnancy: حملت (she, or you, became pregnant), تحملين, تحمل (becomes).  Its letters
# also say carrying (تحمل منتجات IVIG تحذيرًا, the products carry a warning) and تحمل bearing (عدم
# تحمل, intolerance; إذا تحمل المريض, if the patient tolerated), so the verb says a pregnancy only
# after "if" or "when" (إذا حملت, عندما تحملين; not bare تحمل) or before the woman who becomes
# pregnant (حملت زوجتك, تحمل شريكتك).
_BECOMES_PREGNANT = (
    rf"(?<![{_ARABIC}])[وف]?(?:إذا|لو|عندما|حينما|متى)\s+(?:(?:ما|لم|قد)\s+)?(?:حملت|حملتي|تحملين|تحملي)(?![{_ARABIC}])"
    rf"|(?<![{_ARABIC}])(?:حملت|تحمل)(?=\s+(?:زوجت|شريكت|المرأة|امرأة))"
)
# [people]: the groups of people an entry names, in the order they are read (pipeline/checks/people.py)
_PEOPLE_GROUPS = frozen(
    {
        "planning a pregnancy": r"(?:تخطط|التخطيط|تنوي|ترغب|تحاول|تسع|تريد|تفكر)\S*\s+(?:\S+\s+){0,2}?\S*(?:حمل|حامل)\S*",
        "breastfeeding": r"رضاع|[تيأن]رضع|مرضع|إرضاع|ارضاع|حليب\s+الأم|لبن\s+الأم",
        "pregnant": rf"حامل|حوامل|الحمل|للحمل|بالحمل|حملك|(?<![{_ARABIC}])حمل(?![{_ARABIC}])|{_BECOMES_PREGNANT}",
        "older people": r"كبار\s+السن|المسن|مسن|الشيخوخة|المتقدمين\s+في\s+السن"
        # an age, with its years: not "لا تزيد عن 60 ملغ" (a dose)
        r"|(?:فوق|أكثر\s+من|على|عن)\s+[6٦]\d\s*(?:عامًا|عاما|سنة|سنوات|عام)"
        r"|[6٦]\d\s+(?:عامًا|عاما|سنة)\s+(?:فأكثر|أو\s+أكثر|وما\s+فوق)",
        "children": r"طفل|ابن|ابنة|أبناء|أطفال|رضيع|رضع|مراهق|قاصر|صغار|دون\s+سن|أقل\s+من\s+\S+\s+(?:سنة|سنوات|عام|أعوام)",
        "adults": r"بالغ|راشد|الكبار",
        # the patient's partner (شريكك, شريكتك, زوجتك, الزوج), not زوج of a pair (زوج من): read before women and men
        "partners": rf"شريك|زوجت|زوجة|زوجك|(?<![{_ARABIC}])(?:ال|ل)?زوج(?:ين|ان)?(?![{_ARABIC}]|\s+من)",
        "women": r"نساء|امرأة|المرأة|سيدات|أمهات|إناث",
        "men": r"رجال|ذكور",
        # كليتك, كليتيك (your kidneys); not الكلية (total: "الجرعة اليومية الكلية")
        "people with kidney problems": r"كلى|كليت|كلوي",
        "people with liver problems": r"كبد",
        # ضعف (نقص, تثبيط) المناعة, جهاز مناعة ضعيف, المناعة الضعيفة; جهاز مناعة سليم (طبيعي, قوي),
        # المناعة السليمة (written without their marks)
        "people with a weakened immune system": rf"(?:ضعف|ضعيف|ضعاف|نقص|قصور|تثبيط|كبت|خلل|منقوص|مثبط)\S*\s+(?:في\s+)?{_IMMUNE}"
        rf"|{_IMMUNE}\S*\s+(?:ال)?(?:ضعيف|مضعف|مثبط|منخفض|ناقص|منقوص)",
        "people with a healthy immune system": rf"{_IMMUNE}\S*\s+(?:ال)?(?:سليم|طبيعي|قوي|صحي|جيد)",
    }
)


# [negation]: what may be done to a dose (مضغ, سحق, كسر, قسم, فتح, أذاب), which a source may
# forbid, as a whole word (امضغ, وتمضغه, المضغ); not قسم alone (a department: قسم الطوارئ), نقص
# (lack), فتحة (an opening).
_LED = rf"(?<![{_ARABIC}])[وف]?(?:ال|[اتين])?"
_HANDLING = {
    CHEWING: rf"{_LED}(?:مضغ|قضم)[{_ARABIC}]*",
    CRUSHING: rf"{_LED}(?:سحق|طحن|هرس)[{_ARABIC}]*",
    SPLITTING: (
        rf"{_LED}(?:كسر|كسّر|قسّم|قطّع)[{_ARABIC}]*"
        rf"|(?<![{_ARABIC}])[وف]?(?:[اتي]قسم[{_ARABIC}]*|[اتي]?قص(?:ه|ها)?(?![{_ARABIC}]))"
    ),
    OPENING: rf"(?<![{_ARABIC}])[وف]?[اتي]?فتح(?!ة)[{_ARABIC}]*",
    DISSOLVING: rf"{_LED}(?:أذب|أذيب|إذابة|تذويب|ذوّب)[{_ARABIC}]*",
}

# [negation]: using a medicine a source may forbid: stopping it (التوقف, إيقاف), keeping it in the
# fridge (الثلاجة, التبريد) or freezing it (التجميد, المجمد).
_USES = {
    STOPPING: rf"{_LED}(?:توقف|إيقاف|ايقاف)[{_ARABIC}]*",
    REFRIGERATING: rf"{_LED}(?:ثلاجة|براد|تبريد)[{_ARABIC}]*",
    FREEZING: rf"{_LED}(?:تجميد|مجمد|فريزر)[{_ARABIC}]*",
}


LANGUAGE = Language(
    people_groups=_PEOPLE_GROUPS,
    not_people=r"سن\s+الإنجاب",
    code="ar",
    # cut in half: إلى نصفين, إلى قسمين (two halves, two parts: the dual) ([number-words])
    how_a_tablet_is_cut=r"نصفين|قسمين|جزأين|جزئين",
    comma_decimal_too=True,  # 2,5 مل beside ٢٫٥ and 2.5
    english_name="Arabic",
    day_times=frozen(DAY_TIMES),
    opposites=frozen(OPPOSITES),
    injection_sites=frozen(INJECTION_SITES),
    # أخرجه من الثلاجة (take it out of the refrigerator), خارج الثلاجة (outside it)
    # جلطة في الوريد (a clot in a vein), آلام عضلية (muscle pain), حكة شرجية (an itch): a route's swap
    # said by them alone is a warning
    loose_route_words=r"الوريد|وريدي|عضلي|الشرج|شرجي",
    # stopped gradually (تدريجيًا, بالتدريج) or suddenly, at once (فجأة, فورًا, على الفور)
    gradually=r"تدريجي|بالتدريج|شيئ\S*\s+فشيئ",
    suddenly=r"فجأ|فور|مفاجئ|مباشرة",
    # taken until the patient feels better or the symptoms go (the course cut short)
    until_better=r"حتى\s+(?:تشعر|يشعر)\s+بتحسن|حتى\s+تتحسن|حتى\s+(?:تحسن|زوال|تختفي)\s+(?:الأعراض)?",
    # shaken gently (برفق, بلطف) or hard (بقوة, بشدة)
    gently=r"برفق|بلطف|بهدوء|برقة",
    forcefully=r"بقوة|بشدة|بعنف",
    # [opposites] (empty_stomach.py): a word of fasting anywhere in a sentence
    fasting=r"معدة\s+(?:فارغة|خاوية)|الريق|صائم|الصيام",
    # [opposites]: fast- or slow-acting; weekdays or every day
    fast_acting=rf"(?<![{_ARABIC}])(?:سريع(?:ة)?\s+(?:المفعول|الامتصاص|التأثير)|قصير(?:ة)?\s+المفعول)(?![{_ARABIC}])",
    slow_acting=rf"(?<![{_ARABIC}])(?:بطي(?:ء|ئة)\s+(?:المفعول|الامتصاص|التأثير)|طويل(?:ة)?\s+المفعول|ممتد(?:ة)?\s+المفعول)(?![{_ARABIC}])",
    working_days=rf"(?<![{_ARABIC}])(?:أيام\s+العمل|(?<!طوال\s)(?<!جميع\s)(?<!كل\s)أيام\s+الأسبوع"
    rf"|(?:من\s+)?(?:الاثنين|الإثنين)\s+(?:إلى|حتى)\s+الجمعة|(?:من\s+)?الأحد\s+(?:إلى|حتى)\s+الخميس)(?![{_ARABIC}])",
    every_day_of_the_week=rf"(?<![{_ARABIC}])(?:كل\s+يوم|يومي(?:ًا|اً|ا)|طوال\s+أيام\s+الأسبوع|جميع\s+أيام\s+الأسبوع)(?![{_ARABIC}])",
    # من خلال الملابس (فوقها, دون خلعها); اخلع الملابس, الجلد العاري (written without their marks)
    through_clothing=r"(?:خلال|فوق|عبر)\s+(?:ال)?ملابس|(?:دون|بدون|غير)\s+(?:خلع|نزع|إزالة)\s+(?:ال)?ملابس",
    clothing_removed=r"(?<!دون\s)(?<!غير\s)(?:اخلع|خلع|انزع|نزع|إزالة|أزل|تخلع|تنزع)\S*\s+(?:ال)?ملابس|(?:ال)?جلد\s+(?:ال)?عار",
    # stopped for a while (مؤقتًا) or for good (نهائيًا, بشكل دائم)
    temporarily=r"مؤقت|لفترة\s+قصيرة",
    permanently=r"نهائي|بشكل\s+دائم|للأبد",
    dark_colour=OPPOSITES[DARK],
    pale_colour=OPPOSITES[PALE],
    # a word's own letters, not a prefix (و, ف, ب, ل, ال) before it: not the بول of قبول (acceptance)
    urine=rf"(?<![{_ARABIC}])(?:[وفبل]?(?:ال|لل)?)بول",
    stools=rf"(?<![{_ARABIC}])(?:[وفبل]?(?:ال|لل)?)(?:براز|غائط)",
    colour_ends=rf"(?<![{_ARABIC}])أو(?![{_ARABIC}])",
    out_of_storage=(
        r"(?:أخرج|اخرج|إخراج|يخرج|تخرج)\S*\s+(?:\S+\s+){0,2}?من\s+(?:ال)?(?:ثلاجة|براد|مجمد|فريزر)|خارج\s+(?:ال)?(?:ثلاجة|براد)"
        r"|(?:دون|بدون)\s+تبريد"
    ),
    and_joints=r"(?<!\S)(?:و(?=\s|في\s|عند\s|قبل\s|قرص|حب|كبسول|[0-9])|ثم(?=\s))",
    whole_and_part=r"\s+و\s*",  # 1 and 1/4: a whole and the fraction added to it
    meal_words=r"وجبة|وجبات|طعام|أكل",  # a meal, none of the day's named
    script=ARABIC,
    # وزنه, وزنهم (his, their weight): the suffix is read with the word ([limits])
    body_weight_words=("وزن",),
    unit_words=_UNIT_WORDS,
    # An abbreviation is no unit at the start of a longer word: "100 مليون" is a hundred
    # million, not 100 mL, "2 ملعقة" two spoons, "3 جمل" three sentences, "2 غرفة" two rooms.
    unit_word_exclusions=frozen(
        {
            word: _ARABIC_LETTERS
            for word in ("مل", "ملغ", "مغ", "مجم", "ملجم", "جم", "غ", "كغ", "كلغ", "كجم", "مكجم", "دل", "°م", "° م")
        }
        # ... and ل is no litre where it is the preposition "to", drawn out or on a number: 3 لـ 5, 3 ل5
        | {"ل": (*_ARABIC_LETTERS, "\u0640", *"0123456789٠١٢٣٤٥٦٧٨٩")}
        # ... nor a period the first letters of its adjective: "مرتين يوميًا", "قرصين أسبوعيًا" (twice
        # daily, two tablets weekly) are no 2 days nor 2 weeks; يومين (two days) is still read
        | {word: ("يا", "يً", "يّ", "ية") for word in ("يوم", "أسبوع", "شهر")}
    ),
    scale_words=frozen({"ألف": 10**3, "آلاف": 10**3, "مليون": 10**6, "ملايين": 10**6, "مليار": 10**9}),
    scale_needs_space=True,
    # و (and), ف (then), ب (with, in), ل (for), ك (as) and the article, alone or together, on a
    # number word (ليومين, اليومين, وبساعتين); the accusative's alif after it (مليونًا).
    word_clitics=("و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فل", "وك"),
    word_endings=("ا",),
    # "مريض واحد" (1 patient), "من كل مليون" (in every 1 million); one or two of a
    # period, said with the noun alone (يوم واحد, يومين: 1 day, 2 days).
    number_words=frozen(
        {
            "واحد": (("1", None),),
            "واحدة": (("1", None),),
            "مليون": (("1000000", None),),
            "يوم واحد": (("1", "day"),),
            "ساعة واحدة": (("1", "hour"),),
            "ربع ساعة": (("15", "minute"),),  # a quarter of an hour
            "دقيقة واحدة": (("1", "minute"),),
            "أسبوع واحد": (("1", "week"),),
            "شهر واحد": (("1", "month"),),
            # the following week, month, year (الأسبوع التالي, الشهر الذي يلي آخر جرعة): one of it, as
            # أسبوع alone is; not اليوم التالي (the next day: a day, no length of one)
            **{
                f"{period} {following}": (("1", unit),)
                for period, unit, followings in (
                    ("الأسبوع", "week", _FOLLOWING),
                    ("الشهر", "month", _FOLLOWING),
                    ("العام", "year", _FOLLOWING),
                    ("السنة", "year", _FOLLOWING_FEMININE),
                )
                for following in followings
            },
            "يومين": (("2", "day"),),
            "يومان": (("2", "day"),),
            "ساعتين": (("2", "hour"),),
            "ساعتان": (("2", "hour"),),
            # one of a period said by the bare noun after بـ, how long before or after: قبل الوجبة بساعة
            # (an hour before the meal), قبل الجراحة بيوم, بعد الجرعة الأولى بشهر; as بساعتين is two hours
            "بساعة": (("1", "hour"),),
            "بيوم": (("1", "day"),),
            "بأسبوع": (("1", "week"),),
            "بشهر": (("1", "month"),),
            "دقيقتين": (("2", "minute"),),
            "دقيقتان": (("2", "minute"),),
            "أسبوعين": (("2", "week"),),
            "أسبوعان": (("2", "week"),),
            "شهرين": (("2", "month"),),
            # the last (first) third of a pregnancy: its last (first) 3 months, a quarter of a year
            "الثلث الأخير من الحمل": (("1/4", "year"),),
            "الثلث الأول من الحمل": (("1/4", "year"),),
            "شهران": (("2", "month"),),
            "سنة واحدة": (("1", "year"),),
            "عام واحد": (("1", "year"),),
            "سنتين": (("2", "year"),),
            "سنتان": (("2", "year"),),
            "عامين": (("2", "year"),),
            "عامان": (("2", "year"),),
            # three to ninety after a definite plural of a period, as its adjective: الأشهر الثلاثة
            # الأخيرة (the last 3 months), الأيام الثلاثة الأولى (the first 3 days); the noun
            # without its article here, which is read as a clitic (الأيام, للأيام, بالأيام).  The
            # cardinal, not the ordinal: الشهر الثالث is the third month.
            **{
                f"{noun} ال{count}": ((str(value), unit),)
                for noun, unit in _PERIOD_PLURALS.items()
                for count, value in _DEFINITE_COUNTS.items()
            },
            # two million (ألفين, two thousand, is a numeral of ``numerals``)
            "مليونين": (("2000000", None),),
            "مليونان": (("2000000", None),),
            # two litres, two grams, two units: لترين, غرامين, وحدتين
            **{
                dual: (("2", _UNIT_WORDS[singular]),)
                for singular in _UNIT_NOUNS_WITH_A_DUAL
                for dual in _duals(singular)
            },
            # a period and a half, one or two by the noun alone: ساعة ونصف (1.5 hours)
            **{
                f"{noun} ونصف": ((f"{count}/2", unit),)
                for noun, count, unit in (
                    ("ساعة", 3, "hour"),
                    ("ساعتين", 5, "hour"),
                    ("ساعتان", 5, "hour"),
                    ("يوم", 3, "day"),
                    ("يومين", 5, "day"),
                    ("يومان", 5, "day"),
                    ("أسبوع", 3, "week"),
                    ("أسبوعين", 5, "week"),
                    ("أسبوعان", 5, "week"),
                    ("شهر", 3, "month"),
                    ("شهرين", 5, "month"),
                    ("شهران", 5, "month"),
                    ("سنة", 3, "year"),  # سنة ونصف: 18 months
                    ("سنتين", 5, "year"),
                    ("سنتان", 5, "year"),
                    ("عام", 3, "year"),
                    ("عامين", 5, "year"),
                    ("عامان", 5, "year"),
                )
            },
        }
    ),
    # سالب 20 (minus 20), 20 درجة تحت الصفر (20 degrees below zero)
    below_zero_before=rf"(?<![{_ARABIC}])(?:سالب|ناقص)",
    below_zero_after=r"(?:\s?(?:°\s?[CF]|℃|درجات|درجة)(?:\s+(?:مئوية|سيليزية|فهرنهايت))?)?\s+تحت\s+الصفر",
    every_other=frozen(
        {
            "day": r"كل\s+يومين|كل\s+ثاني\s+يوم|كل\s+48\s+ساعة|يوم[اًا]*\s+نعم\s+و\s?يوم[اًا]*\s+لا",
            "week": r"كل\s+أسبوعين",
            "month": r"كل\s+شهرين",
        }
    ),
    # يومًا بعد يوم is every other day, and in Modern Standard Arabic as often "day after day, day
    # by day" (ستشعر بتحسن يومًا بعد يوم); أسبوعًا بعد أسبوع likewise.
    every_other_loose=frozen({"day": r"يوم[اًا]*\s+بعد\s+يوم", "week": r"أسبوع[اًا]*\s+بعد\s+أسبوع"}),
    # يوم الاثنين, الأربعاء, الجمعة ([units], alternate.py); الاثنين is also "both": a weekday at
    # most suppresses a finding, never raises one
    weekdays=r"الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد",
    # days 1, 8 and 15; days 1 to 15 ([units], day_lists.py)
    day_list=r"(?:ال)?(?:يوم|يومين|يومي|أيام)\s+#(?:\s*[،,]?\s*(?:و\s*)?(?:(?:ال)?يوم\s+)?#)+",
    day_range=(
        r"من\s+(?:ال)?(?:يوم|أيام)\s+#\s*(?:حتى|إلى|الى|لغاية)\s+(?:(?:ال)?يوم\s+)?#"
        r"|(?:ال)?أيام\s+(?:من\s+)?#\s*(?:[-–—]|إلى|الى|حتى)\s*#"
        r"|بين\s+(?:ال)?يوم(?:ين)?\s+#\s*و\s*(?:(?:ال)?يوم\s+)?#"
    ),
    # reduce it by 5 mg; reduce it to 5 mg ([units], dose_changes.py)
    change_by_before=r"بمقدار\s*$",
    change_to_before=r"(?:إلى|الى|حتى)\s*$",
    # 40 ملغ للجرعة الواحدة, لكل جرعة, في المرة الواحدة: per dose, at a time ([units] rule 4)
    per_dose_words=(r"(?:لل|في ال)(?:جرعة|مرة) الواحدة", r"لكل جرعة"),
    per_words=frozen(
        {
            # and the adjectives of a dose: جرعة يومية (a daily dose), الجرعة الأسبوعية
            # and a day's most said over 24 hours: خلال 24 ساعة
            "day": (
                "يوميًا",
                "يوميا",
                "يومياً",
                "في اليوم",
                "باليوم",
                "كل يوم",
                "يومية",
                "اليومية",
                "يومي",
                "اليومي",
                "خلال 24 ساعة",
                "في 24 ساعة",
            ),
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
            "minute": ("في الدقيقة", "بالدقيقة", "كل دقيقة"),
            "month": ("شهريًا", "شهريا", "شهرياً", "في الشهر", "بالشهر", "كل شهر", "شهرية", "الشهرية", "شهري", "الشهري"),
            # after the dose: "1 غرام لكل كيلوغرام", "1 غرام لكل كغ من وزن الجسم"
            "kg": ("لكل كيلوغرام", "لكل كيلوجرام", "لكل كيلو", "لكل كغ", "لكل كلغ", "لكل كجم"),
            # a level: "4 ملمول لكل لتر" (4 mmol/L), not bound to a dose as a per kg is
            "l": ("لكل لتر", "لكل ليتر", "في كل لتر"),
            "dl": ("لكل ديسيلتر",),
            "ml": ("لكل مل", "لكل ملليلتر", "لكل مليلتر", "في كل مل"),
        }
    ),
    # في اليوم نفسه / ذاته (on the same day), في اليوم التالي / السابق (the next, the day before):
    # a day, not "a day".
    # في الساعة before a time of the clock is "at" it (في الساعة 9:00 مساءً, في الساعة التاسعة), no "per hour"
    per_word_exclusions=frozen(
        {
            "في اليوم": (" نفسه", " ذاته", " التالي", " السابق"),
            "في الساعة": (
                r"\s*\d{1,2}(?:[:.]\d{2}|\s*(?:صباح|مساء|ظهر|ليل))",
                r"\s+(?:ال)?(?:واحدة|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة|تاسعة|عاشرة|حادية)",
            ),
        }
    ),
    range_words=("إلى", "الى", "و"),  # بين 2 و8 درجات: the و written on the second number
    # في الأشهر 0 و1 و6, في الشهر 0 و1 و6 (in the months 0, 1 and 6)
    periods_before_a_list=r"(?<!\w)(?:ال)?(?:(?P<month>أشهر|شهور|شهر)|(?P<week>أسابيع|أسبوع)|(?P<day>أيام|يوم))",
    alternative_words=("أو", "او", "إلى", "الى"),
    total_words=("في المجموع", "المجموع", "بإجمالي", "إجمالي", "الإجمالي", "إجمالا"),
    rate_words=r"معدل|سرع[ةه]",
    dose_words=r"جرع",
    unchanged_rate=r"(?:ب|و)?نفس\s+(?:ال)?(?:معدل|سرع[ةه])|\S*(?:معدل|سرع[ةه])\s+(?:نفس|ذات)(?:ه|ها)"
    r"|(?:دون|بدون|من\s+غير)\s+تغيير\s+(?:ال)?(?:معدل|سرع[ةه])",
    next_dose_soon=r"اقترب|يقترب|اقتراب|قرب\s+موعد|قريب(?:ًا|اً|ا)?\s+من\s+موعد|أوشك|شارف|حان\s+تقريب",
    next_dose_far=r"وقت\s+طويل|مدة\s+طويلة|فترة\s+طويلة|بعيد\S*\s+عن\s+(?:ال)?موعد",
    # حتى before a verb (حتى يبدو, حتى تختفي) or أن: until; not حتى لو, حتى وإن, حتى إذا, حتى مع (even)
    until_said=rf"(?<![{_ARABIC}])حتى(?=\s+(?:أن\s|[يتن]))",
    # Measured on the shipped ar catalogs (bench/results/length_calibration.md,
    # 2026-12-01: common, ivig-ten, ivig-dermatology): 188 messages of 20+
    # characters, translation/source ratios 0.62 to 2.18 (median 0.95).  Warn
    # outside 0.75 x min .. 2 x max of an earlier, smaller measurement (still
    # outside all of these).  The 61 with 2+ sentences have written ratios
    # (checks.length.written_ratio) of 0.68 and up, lower quartile 0.91: fewer
    # sentences than the source and under 0.95 x that minimum, or under the
    # quartile and naming a do-not-translate term less often: a sentence is
    # missing.
    length_calibrated=True,
    length_ratio=(0.46, 3.5),
    dropped_sentence_ratio=0.64,
    dropped_term_ratio=0.9,
    # --- meaning: [negation], [limits], [comparison], [urgency], [number-words], [emergency] ---
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
            # two of them, in one word (the dual): "one tablet" as قرصين is an added dose
            *(dual for form in _DOSE_FORMS for dual in _duals(form)),
            # spoonfuls of a syrup, suppositories, ampoules
            "ملعقة",
            "ملاعق",
            "تحميلة",
            "تحاميل",
            "أمبولة",
            "أمبولات",
        )
    ),
    negation=_ALL,
    # [negation] an order to stop: توقف (توقفي) عن تناول / استخدام, أوقف (أوقفي) (written without their marks)
    stop_orders=rf"(?<![{_ARABIC}])[وف]?(?:توقف|توقفي|أوقف|أوقفي)\s+(?:عن\s+)?(?:تناول|استخدام|استعمال|أخذ|إعطاء)(?![{_ARABIC}])",
    strong_negation=_STRONG,
    not_negation=f"{_NOT_NEGATION}|{_UNDER_AN_AGE}",
    # لا تتوقف عن (do not stop: keep taking), لا تنس (do not forget), تجنب التوقف
    # (avoid stopping).
    # ولا تمضغها, لا تسحقها ولا تكسرها (do not chew, crush, break: swallow it whole)
    negated_chewing=rf"(?<![{_ARABIC}])[وف]?لا\s+(?:تمضغ|تقضم|تسحق|تكسر|تقسم|تفتح|تطحن|تهرس|تمص)",
    negated_stop=(
        rf"(?<![{_ARABIC}])[وف]?(?:(?:لا|لم|لن)\s+(?:(?:يجب|ينبغي|يمكن|يجوز)\s+(?:أن\s+)?)?|ألا\s+)(?:تتوقف|يتوقف|توقف|تنس|تنسى|تنسي|تنسوا|تقطع|تترك|تهمل|تفوت)\w*"
        r"|(?:تجنب|تجنبي)\s+(?:التوقف|نسيان|قطع|ترك)"
    ),
    without=rf"{_CONJUNCTION}(?:دون|بدون|غير)(?![{_ARABIC}])",
    handling=frozen(_HANDLING),
    uses=frozen(_USES),
    every_day=rf"(?<![{_ARABIC}])(?:يوميًا|يومياً|يوميا|كل\s+يوم)(?![{_ARABIC}])",
    any_day=rf"(?<![{_ARABIC}])أي\s+يوم(?![{_ARABIC}])",
    # [list-items]: أو, ثم, and the و that opens a word (حاملاً ومرضعة)
    item_joins=rf"/|(?<![{_ARABIC}])(?:أو|أم|ثم)(?![{_ARABIC}])|(?<![{_ARABIC}])و(?=[{_ARABIC}]{{2}})",
    # [negation] "unless" said as "if": إذا, لو, في حال, عندما; "only": فقط, and the إلا of لا ... إلا
    plain_if=rf"(?<![{_ARABIC}])[وف]?(?:[إا]ذا|لو|في\s+حال[ةه]?|عندما)(?![{_ARABIC}])",
    only_if=rf"(?<![{_ARABIC}])(?:فقط|[إا]لا)(?![{_ARABIC}])",
    unconditional=rf"(?<![{_ARABIC}])(?:دائمًا|دائما|دائماً|دومًا|دوما|في\s+(?:كل|جميع)\s+الأحوال|(?:في\s+)?كل\s+مرة"
    rf"|بأي\s+حال|على\s+أي\s+حال|في\s+أي\s+حال|مهما)(?![{_ARABIC}])",
    # [negation] one of two said as both: معًا, كلاهما, في نفس الوقت (not مع, with)
    both=rf"(?<![{_ARABIC}])(?:معًا|معا|كلاهما|كليهما|في\s+(?:نفس|ذات)\s+الوقت|في\s+الوقت\s+(?:نفسه|ذاته))(?![{_ARABIC}])",
    # ... and the choice kept: أو, إما, أحد/إحدى, فقط
    choice=rf"(?<![{_ARABIC}])(?:(?:أو|او|إما|اما|فقط)(?![{_ARABIC}])|أحد|إحدى)",
    # [negation] conditions joined by "or" said as joined by "and" (alternatives.py): the و before a word
    # (حاملاً ومرضعة), أو
    condition_and=rf"(?<![{_ARABIC}])و(?=[{_ARABIC}]{{3}})",
    condition_or=rf"(?<![{_ARABIC}])(?:أو|او)(?![{_ARABIC}])",
    # [negation] a prohibition softened (softened.py)
    softened=rf"(?<![{_ARABIC}])[وف]?(?:قلل|قلّل|قلِّل|التقليل|خفف|خفّف|التخفيف|حد\s+من|حدّ\s+من|الحد\s+من|أقل)(?![{_ARABIC}])",
    if_possible=r"قدر\s+الإمكان|إن\s+أمكن|إذا\s+أمكن",
    # and the verbs: لا تُكثر / تفرط من (do not drink too much)
    excess=(
        rf"(?<![{_ARABIC}])(?:الإفراط|الإكثار|المفرط|المفرطة|بكثرة|كميات\s+كبيرة"
        rf"|[تي]ُ?كثر(?:ي|وا)?|[تي]ُ?فرط(?:ي|وا)?)(?![{_ARABIC}])"
    ),
    for_a_time=r"لمدة|على\s+مدى",
    # يُمنع التوقف, ممنوع التوقف, يُحظر إيقاف, تجنب التوقف (forbidden, avoid stopping): keep on ([comparison])
    prohibits=rf"(?<![{_ARABIC}])[وف]?(?:يُ?منع|ممنوع|يُ?حظر|محظور|تجنب|تجنبي|امتنع|امتنعي)(?![{_ARABIC}])",
    # [negation] a "not" of a state (غير المفتوحة: unopened), no prohibition
    negated_state=rf"(?<![{_ARABIC}])غير\s+(?:ال)?(?:مفتوح|مستخدم|مستعمل|مخفف|معالج)[{_ARABIC}]*",
    taken_now=rf"(?<![{_ARABIC}])(?:بمجرد\s+(?:أن\s+)?تتذكر|فور\s+تذكر\w*|فورًا|فورا|على\s+الفور)(?![{_ARABIC}])",
    skip_words=r"تخط|تجاوز|تجاهل|اترك|أسقط",  # فتخطَّ الجرعة الفائتة, تجاوز (skip), تجاهل (ignore)
    interval_before=r"(?<!\w)كل\s*$",  # كل 4 ساعات
    # بساعتين, بأربع ساعات, بـ 30 دقيقة: how long before or after (قبل الوجبة بساعتين: two hours
    # before the meal); a word's first letter, not the last of يجب
    time_difference_mark=r"(?<!\S)بـ?\s?",
    duration_before=r"(?<!\w)[وف]?(?:لمدة|على\s+مدى)\s*$",  # لمدة 5 أيام; not طوال (all along: طوال 24 ساعة)
    clause_joints=r"إذا|عندما|حين|ما\s+لم",
    one_negation_for_two=rf"(?<![{_ARABIC}])أو(?![{_ARABIC}])",
    # 8 صباحًا, 8 مساءً: after the hour.  Not ليلًا (at night), which may be 2 am too.
    day_halves=("صباح|فجر", "مساء|عصر|ظهر"),  # لا تتوقف أو تفوّت: one لا for both
    # بعد تناوله, قبل تناول الدواء, بعد الحقن ([comparison])
    # بعد 30 دقيقة من تناوله (30 minutes after taking it, the time between): its ه is this
    # medicine; not من تناول مضادات الحموضة, another's taking
    from_the_taking=(
        rf"(?<![{_ARABIC}])(?:قبل|بعد)\s+(?:تناول|أخذ|استخدام|حقن)(?:ه|ها|\s+الدواء)?(?![{_ARABIC}])(?!\s+{_FOOD})"
        rf"|(?<![{_ARABIC}])(?:قبل|بعد)\s+\d+\s+(?:دقيقة|دقائق|ساعة|ساعات|ساعتين)\s+من\s+"
        rf"(?:تناول|أخذ|استخدام|حقن)(?:ه|ها|\s+الدواء)(?![{_ARABIC}])"
    ),
    eating=rf"(?<![{_ARABIC}]){_FOOD}",
    # [comparison] (event_times.py): what a before, an after or a while is said of (السابقة للعملية,
    # أثناء فترة العلاج)
    events=(
        rf"{_PREFIX}(?:(?P<midnight>منتصف\s+الليل)"
        r"|(?P<procedure>عملية|جراحة|إجراء|فحص|تنظير|منظار|تخدير|خزعة)"
        rf"|(?P<taking>(?:تناول|تتناول|استخدام|تستخدم|استعمال|علاج|أخذ|تأخذ)[{_ARABIC}]*))(?![{_ARABIC}])"
    ),
    during_words=rf"{_PREFIX}(?:أثناء|خلال|طوال|طيلة|طالما)(?![{_ARABIC}])",
    # [comparison] (until_from.py): until (حتى, إلى, لغاية, لحين), from (ابتداءً من, اعتبارًا من, منذ);
    # not من alone, of every sense
    until_a_time=rf"{_PREFIX}(?:حتى|إلى|الى|لغاية|لحين)(?![{_ARABIC}])",
    from_a_time=rf"(?<![{_ARABIC}])(?:ابتداء|بدء|اعتبار){_IN_A_CLAUSE}*\s+من(?![{_ARABIC}])|(?<![{_ARABIC}])منذ(?![{_ARABIC}])",
    directions=frozen(_DIRECTIONS),
    keep_taking=_KEEP_TAKING,
    time_after_its_direction=True,
    not_direction=_NOT_DIRECTION,
    urgency=_URGENCY,
    deferral=_DEFERRAL,
    not_deferral=_NOT_DEFERRAL,
    as_soon_as_possible=_AS_SOON_AS_POSSIBLE,
    double_dose=_DOUBLE_DOSE,
    as_needed=_AS_NEEDED,
    or_both=rf"(?<![{_ARABIC}])أو\s+(?:كليهما|كلاهما|كلتيهما|الاثنين|الاثنتين|معًا|معا)(?![{_ARABIC}])",
    in_addition=rf"(?<![{_ARABIC}])(?:وأيضًا|وأيضا|بالإضافة\s+إلى|بالإضافة\s+لذلك|إضافة\s+إلى|علاوة\s+على)(?![{_ARABIC}])",
    fixed_schedule=rf"(?<![{_ARABIC}])(?:مرات|مرة|مرتين|مرتان)\s+(?:يوميًا|يومياً|يوميا|في\s+اليوم|أسبوعيًا|أسبوعياً|أسبوعيا|في\s+الأسبوع)"
    rf"|(?<![{_ARABIC}])كل\s+\S+\s+(?:(?:إلى|أو)\s+\S+\s+)?(?:ساعات|ساعة|أيام|يوم)(?![{_ARABIC}])",
    # a condition no word of "if" says: عند, إن, متى, حين, لدى, طالما
    other_conditions=rf"(?<![{_ARABIC}])[وف]?(?:عند|إن|متى|حين|حينما|لدى|طالما|كلما)(?![{_ARABIC}])",
    group_limits=frozenset(
        {"دون", "تقل أعمارهم عن", "يقل عمره عن", "تزيد أعمارهم عن", "تزيد أعمارهم على", "يزيد عمره عن", "يزيد عمره على"}
        | set(_GROUP_LIMITS)
        | set(_WEIGHT_LIMITS)
    ),
    # "لا تقد السيارة لأكثر من 24 ساعة": at most 24 hours of driving ([limits])
    more_than_phrases=frozenset({"أكثر من", "يزيد عن", "يزيد على", "تزيد عن", "تزيد على"}),
    # "ثلاث مرات أو أكثر", "ثلاث مرات على الأقل": 3 taken in, not "أكثر من" ([limits], [numbers]: count_bounds.py)
    inclusive_least_phrases=frozenset(
        {"أو أكثر", "فأكثر", "فما فوق", "على الأقل", "كحد أدنى", "بحد أدنى", "لا يقل عن", "لا تقل عن", "ما لا يقل عن"}
    ),
    most_phrases=frozenset({"على الأكثر", "كحد أقصى", "بحد أقصى", "أقصاها", "أقصاه"}),
    # A time said as passed, an at least no "not" turns ([limits]: "بعد مرور 12 ساعة" for "within 12
    # hours" turns it round): بعد before any number (limits_before), بعد مرور before a time
    elapsed_limits=frozenset({"بعد", "بعد مرور"}),
    # قبل مرور 12 ساعة, قبل انقضاء (before 12 hours pass): within, before a time only
    limits_before_a_time=frozen({"قبل مرور": AT_MOST, "قبل انقضاء": AT_MOST, "بعد مرور": AT_LEAST}),
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
            # "لمدة أقصاها 24 ساعة", "بجرعة أقصاها 4 غرامات": a time or a dose whose most is it
            "أقصاها": AT_MOST,
            "أقصاه": AT_MOST,
            "أدناها": AT_LEAST,
            # the noun says the limit: الجرعة القصوى 4 غ (the maximum dose), الحد الأقصى للجرعة
            "الجرعة القصوى": AT_MOST,
            "الحد الأقصى": AT_MOST,
            # الجرعة اليومية القصوى (the maximum daily dose); الجرعة الدنيا, الحد الأدنى (the minimum)
            "الجرعة اليومية القصوى": AT_MOST,
            "الجرعة الدنيا": AT_LEAST,
            "الجرعة اليومية الدنيا": AT_LEAST,
            "الحد الأدنى": AT_LEAST,
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
            # دون 12 عاما (under 12), الذين تقل أعمارهم عن 12 (whose age is under 12), إذا تجاوزت
            # حرارتك 38 (if your temperature goes over 38: تجاوز in every person and tense)
            "دون": AT_MOST,
            "تقل أعمارهم عن": AT_MOST,
            "يقل عمره عن": AT_MOST,
            "تزيد أعمارهم عن": AT_LEAST,
            "تزيد أعمارهم على": AT_LEAST,
            "يزيد عمره عن": AT_LEAST,
            "يزيد عمره على": AT_LEAST,
            "تجاوز": AT_LEAST,
            **_GROUP_LIMITS,
            **_WEIGHT_LIMITS,
        }
    ),
    limit_subject=_LIMIT_SUBJECT,
    limit_prohibited=_LIMIT_PROHIBITED,
    limit_forbidden=_LIMIT_FORBIDDEN,
    more_allowed=_MORE_ALLOWED,
    permission=_PERMISSION,
    not_required=_NOT_REQUIRED,
    obligation=_OBLIGATION,
    advice=_ADVICE,
    not_recommended=rf"(?<![{_ARABIC}])(?:لا\s+(?:يُنصح|ينصح|يُوصى|يوصى|يُستحسن|يستحسن|يُفضَّل|يُفضل|يفضل)"
    rf"|(?:يُفضَّل|يُفضل|يفضل|يُستحسن|يستحسن|من\s+الأفضل|الأفضل)\s+(?:ألا|الا|أن\s+لا|عدم)"
    rf"|غير\s+(?:مستحسن|مُستحسن|موصى|مستحب))(?![{_ARABIC}])",
    limits_after=frozen(
        {
            "أو أكثر": AT_LEAST,
            "أو أقل": AT_MOST,
            "أو أعلى": AT_LEAST,  # 38 درجة أو أعلى (or higher)
            "أو أدنى": AT_MOST,
            "على الأقل": AT_LEAST,
            "على الأكثر": AT_MOST,
            "كحد أقصى": AT_MOST,
            "كحد أدنى": AT_LEAST,
            "بحد أقصى": AT_MOST,
            "بحد أدنى": AT_LEAST,
            # 12 عامًا فأكثر (12 years and over), فما فوق (and above); فأقل, فما دون (and under)
            "فأكثر": AT_LEAST,
            "فما فوق": AT_LEAST,
            "فأقل": AT_MOST,
            "فما دون": AT_MOST,
        }
    ),
    emergency_words=("طوارئ", "الطوارئ", "طارئة", "طارئ", "إسعاف", "الإسعاف"),
    numerals=numerals,
    # جرعة مضاعفة, بالكمية المضاعفة (a double dose, amount): twice an amount, no number
    twice_an_amount=r"(?:جرعة|كمية)\s+مضاعفة|(?:الجرعة|الكمية)\s+المضاعفة",
    ordinals=ordinals,
    one_by_the_noun=True,
    singular_nouns=singular_nouns,
    ones_and_tens_after_a_period=ones_and_tens_after_a_period,
    without_marks=_without_marks,  # [opposites]: ملعقةً كبيرةً is ملعقة كبيرة
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
    extension_words=("التحويلة", "تحويلة", "الرقم الداخلي"),
    menu_before=("اضغط على الرقم", "اضغط على", "اضغط", "اضغطي على", "اضغطي"),
    text_words=("رسالة نصية", "رسالة"),
)
