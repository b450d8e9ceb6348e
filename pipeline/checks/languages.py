"""Everything the checks know about particular languages, in one place.

The checks are written once, for every language; what differs between
languages (script, how numbers and units are written, which words mean
"day") is data here.  Korean is the first target language and has the fullest
data; Spanish, Arabic and Chinese have enough for the generic rules not to be noisy.
A language without an entry still gets every language-independent rule.

Data is mostly *permissive*: a word listed here can only make a number or
unit count as present in a translation, never demand one, so a wrong entry
can hide a defect but not produce a false alarm.  The exceptions find what a
translation *adds* or leaves in English, and each has no-noise tests: unit
words and symbols (a dose the source does not give), ``call_number_pattern``
(an emergency number the source does not give) and ``function_words`` (a run
of English sentence text).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import cache
from types import MappingProxyType

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol


def _frozen(mapping: dict) -> Mapping:
    return MappingProxyType(mapping)


@dataclass(frozen=True)
class Script:
    """The letters a language is written in, for the "wrong script" rule."""

    name: str
    ranges: tuple[tuple[int, int], ...]
    # How much one letter of this script counts against one Latin letter.  A
    # Hangul syllable block carries about as much text as two or three Latin
    # letters, so counting it as 1 would let a few English words in
    # parentheses outweigh a whole Korean sentence.
    weight: float = 1.0

    def __contains__(self, char: str) -> bool:
        code = ord(char)
        return any(low <= code <= high for low, high in self.ranges)


HANGUL = Script(
    "Hangul",
    (
        (0x1100, 0x11FF),  # Jamo
        (0x3130, 0x318F),  # compatibility Jamo
        (0xA960, 0xA97F),  # Jamo extended-A
        (0xAC00, 0xD7A3),  # syllables
        (0xD7B0, 0xD7FF),  # Jamo extended-B
    ),
    weight=2.0,
)

HAN = Script(
    "Han",
    ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F)),
    weight=2.0,  # as much text as a Hangul syllable (see weight)
)

ARABIC = Script(
    "Arabic",
    ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
)


# Unit symbols written the same way in every language, mapped to one
# canonical name.  Compared case-insensitively (mL = ml).
UNIT_SYMBOLS: Mapping[str, str] = _frozen(
    {
        "mg": "mg",
        "g": "g",
        "kg": "kg",
        "mcg": "ug",
        "µg": "ug",  # micro sign
        "μg": "ug",  # Greek mu
        "ug": "ug",
        "ml": "ml",
        "l": "l",
        "dl": "dl",
        "mmol": "mmol",
        "iu": "iu",
        "%": "percent",
        "h": "hour",
        "hr": "hour",
        "hrs": "hour",
        "min": "minute",
    }
)


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639 language code: "ko", "en"
    english_name: str = ""
    script: Script | None = None
    # Number formatting conventions, filled in from CLDR by language_for().
    decimal_symbol: str = "."
    group_symbol: str = ","
    # Words that name a unit after a number ("시간" in "24시간"): word -> canonical unit.
    unit_words: Mapping[str, str] = field(default_factory=lambda: _frozen({}))
    # Large-number words that multiply the number before them (100만, 1 million).
    scale_words: Mapping[str, int] = field(default_factory=lambda: _frozen({}))
    # Korean writes 1만 2천 (groups of four digits with 천/백/십 inside a group).
    small_scale_words: Mapping[str, int] = field(default_factory=lambda: _frozen({}))
    scale_needs_space: bool = False  # "1 million" but "100만"
    # Native numerals that are numbers only in front of a counter ("두 번", "세 시간").
    native_tens: Mapping[str, int] = field(default_factory=lambda: _frozen({}))
    native_units: Mapping[str, int] = field(default_factory=lambda: _frozen({}))
    counters: tuple[str, ...] = ()
    # Whole words that stand for numbers, each reading optionally with a unit
    # ("이틀" = 2 days; "절반" = 1/2 or 50%).
    number_words: Mapping[str, tuple[tuple[str, str | None], ...]] = field(default_factory=lambda: _frozen({}))
    # Words that say "per <unit>" without the unit symbol ("하루" for /day).
    per_words: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _frozen({}))
    # Suffixes that make any unit a "per" unit: Korean "kg당", "시간당".
    per_suffixes: tuple[str, ...] = ()
    # Unit words that are not units when these letters follow them: Korean
    # "주사" (injection) is not "주" (weeks), "10분의 1" is a tenth, not minutes.
    unit_word_exclusions: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _frozen({}))
    # "N in 100" written as a proportion: "100명 중 5명" (= 5%).  Counters after
    # both numbers, the words for "out of", and hedges allowed before the part.
    proportion_counters: tuple[str, ...] = ()
    proportion_words: tuple[str, ...] = ()
    proportion_hedges: tuple[str, ...] = ()
    # Words that join the two numbers of a range, besides "to" and the marks
    # ~ - – ("de 3 a 5 días", "1 至 3 週"): the unit after the second number is
    # the first one's too.
    range_words: tuple[str, ...] = ()
    # A short number the text says to call, written the language's way: Korean
    # puts the verb after it ("119에 전화하세요").  Group 1 is the number.
    call_number_pattern: str = ""
    # Suspicious translation/source length ratios (characters), outside (low, high).
    length_ratio: tuple[float, float] = (0.15, 3.0)
    # --- data used when the language is the *source* language ---
    # Frequent words that show a unit is prose to translate, not a proper name.
    common_words: frozenset[str] = frozenset()
    # Lower-case words that may appear inside names ("Academy of Dermatology").
    name_particles: frozenset[str] = frozenset()
    # Closed-class words (articles, prepositions, pronouns, auxiliaries) and the
    # commonest verbs: a run of words with several of them is a sentence, not
    # a term.  "Read more in the guide" has three; "tumor necrosis factor" none.
    function_words: frozenset[str] = frozenset()
    # Numbers written as words in running text ("one", "half"), read with word
    # boundaries: a translation may write them as digits ("1 g" for "one gram").
    cardinal_words: Mapping[str, Fraction] = field(default_factory=lambda: _frozen({}))
    # Fixed expressions whose digits need not all reappear: "24/7" -> "24시간".
    number_idioms: Mapping[str, tuple[frozenset[int], ...]] = field(default_factory=lambda: _frozen({}))

    def __hash__(self) -> int:
        # The mappings are read-only views; a language is identified by its
        # code and number conventions (used as a cache key for regexes).
        return hash((self.code, self.decimal_symbol, self.group_symbol))

    @property
    def has_unit_words(self) -> bool:
        return bool(self.unit_words)


ENGLISH = Language(
    code="en",
    english_name="English",
    unit_words=_frozen(
        {
            "percent": "percent",
            "per cent": "percent",
            "hours": "hour",
            "hour": "hour",
            "minutes": "minute",
            "minute": "minute",
            "days": "day",
            "day": "day",
            "weeks": "week",
            "week": "week",
            "months": "month",
            "month": "month",
            "milligrams": "mg",
            "milligram": "mg",
            "grams": "g",
            "gram": "g",
            "kilograms": "kg",
            "kilogram": "kg",
            "milliliters": "ml",
            "milliliter": "ml",
            "millilitres": "ml",
            "millilitre": "ml",
        }
    ),
    scale_words=_frozen({"thousand": 10**3, "million": 10**6, "billion": 10**9}),
    scale_needs_space=True,
    per_words=_frozen(
        {
            "day": ("daily", "a day", "per day", "each day", "every day"),
            "week": ("weekly", "a week", "per week"),
            "hour": ("hourly", "an hour", "per hour"),
            "kg": ("per kg", "per kilogram", "of body weight"),
        }
    ),
    common_words=frozenset(
        """
        a about after again all also an answers any are ask at back be before being benefits
        by call can care cause causes check contact contents could date disclaimer do doctor
        does dosage dose during each effects every find for from further get go has have help
        how i if important information into is it its keep last learn may me might more most
        must my need next no not now only or other our out overview page patient patients
        please previous print questions reading references resources risk risks see should
        side signs skip some start stop summary symptoms take taking tell than that the their
        them there these they this those to treatment treatments updated us use used using
        version very warning warnings was we what when where which while who why will with
        without you your
        adults causes children condition conditions day days disease diseases doses draft
        effect fever headache infection infections infusion medicine medicines nausea note
        notes pain people rash reaction reactions results review step steps studies study
        table tests tips week weeks
        """.split()
    ),
    name_particles=frozenset({"of", "and", "for", "the", "de", "la", "van", "von", "&"}),
    function_words=frozenset(
        """
        a an the this that these those it its is are was were be been being am has have had
        do does did done can could may might must shall should will would not no nor
        and or but if then than so as at by for from in into of off on onto out over to
        under up with within without about after before between during through until upon
        i me my you your yours we us our they them their he him his she her who whom whose
        what which when where why how here there all any each every some more most much
        many other such only also very just too again please
        read see call ask tell get go take keep find learn visit click use need make let
        """.split()
    ),
    number_idioms=_frozen({"24/7": (frozenset({24, 7}), frozenset({24}))}),
    cardinal_words=_frozen(
        {
            **{
                word: Fraction(value)
                for value, word in enumerate(
                    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                    "fifteen sixteen seventeen eighteen nineteen twenty".split()
                )
            },
            "thirty": Fraction(30), "forty": Fraction(40), "fifty": Fraction(50), "hundred": Fraction(100),
            "thousand": Fraction(1000), "half": Fraction(1, 2), "quarter": Fraction(1, 4),
            "once": Fraction(1), "twice": Fraction(2),
        }
    ),
)

KOREAN = Language(
    code="ko",
    english_name="Korean",
    script=HANGUL,
    unit_words=_frozen(
        {
            "퍼센트": "percent",
            "프로": "percent",
            "시간": "hour",
            "분": "minute",
            "일": "day",
            "주일": "week",
            "주": "week",
            "개월": "month",
            "달": "month",
            "밀리그램": "mg",
            "마이크로그램": "ug",
            "킬로그램": "kg",
            "그램": "g",
            "밀리리터": "ml",
            "리터": "l",
            "국제단위": "iu",
            "단위": "iu",
        }
    ),
    # Korean groups digits by four: 만 (10^4), 억 (10^8), 조 (10^12) ...
    scale_words=_frozen({"만": 10**4, "억": 10**8, "조": 10**12}),
    # ... with 천/백/십 inside a group: 1만 2천 = 12,000, 3천만 = 30,000,000.
    small_scale_words=_frozen({"천": 1000, "백": 100, "십": 10}),
    native_tens=_frozen({"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50}),
    native_units=_frozen(
        {
            "하나": 1, "한": 1, "첫": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3,
            "넷": 4, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
        }
    ),
    counters=(
        "번째", "번", "회", "차례", "째", "가지", "개", "알", "정", "명", "사람", "분",
        "살", "시간", "시", "달", "주", "해", "잔", "장", "병", "방울", "군데", "단계",
    ),
    number_words=_frozen(
        {
            # native words for a number of days
            "하루": (("1", "day"),), "이틀": (("2", "day"),), "사흘": (("3", "day"),),
            "나흘": (("4", "day"),), "닷새": (("5", "day"),), "엿새": (("6", "day"),),
            "여드레": (("8", "day"),), "아흐레": (("9", "day"),), "열흘": (("10", "day"),),
            "보름": (("15", "day"),),
            "일주일": (("1", "week"),), "일 년": (("1", None),),
            "절반": (("1/2", None), ("50", "percent")), "반": (("1/2", None), ("50", "percent")),
            # "반 시간" is half an hour: 30 minutes
            "반 시간": (("1/2", "hour"),), "반시간": (("1/2", "hour"),),
        }
    ),
    per_words=_frozen(
        {
            "day": ("하루", "매일", "일일", "1일", "날마다"),
            "week": ("매주", "주당", "1주"),
            "hour": ("매시간",),
        }
    ),
    per_suffixes=("당",),
    unit_word_exclusions=_frozen(
        {"주": ("사", "입"), "분": ("의", "들", "께"), "달": ("러",), "프로": ("그",), "일": ("반",)}
    ),
    proportion_counters=("명", "사람", "건", "개", "회", "번"),
    proportion_words=("중", "가운데", "당"),
    proportion_hedges=("약", "대략", "최대", "최소", "거의", "평균"),
    call_number_pattern=r"(?<![\d.\-])(\d{3})(?![\d.\-])\s?(?:번)?\s?(?:에|으로|로|에게)?\s?(?:전화|연락|신고|문자)",
    # Korean is usually shorter than English in characters (about 0.4-0.7).
    length_ratio=(0.15, 3.0),
)

SPANISH = Language(
    code="es",
    english_name="Spanish",
    unit_words=_frozen(
        {
            "por ciento": "percent",
            "horas": "hour",
            "hora": "hour",
            "minutos": "minute",
            "minuto": "minute",
            "días": "day",
            "día": "day",
            "semanas": "week",
            "semana": "week",
            "meses": "month",
            "mes": "month",
        }
    ),
    scale_words=_frozen({"mil": 10**3, "millón": 10**6, "millones": 10**6}),
    scale_needs_space=True,
    per_words=_frozen({"day": ("al día", "diario", "diaria"), "week": ("a la semana", "semanal")}),
    range_words=("a", "y"),
    length_ratio=(0.3, 3.0),
)

# Arabic: script and digits (handled generically) are sure; the unit words are
# a first draft to be reviewed with the Arabic translators.
ARABIC_LANGUAGE = Language(
    code="ar",
    english_name="Arabic",
    script=ARABIC,
    unit_words=_frozen(
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
            "ملغ": "mg",
            "مل": "ml",
            "كغ": "kg",
        }
    ),
    scale_words=_frozen({"ألف": 10**3, "آلاف": 10**3, "مليون": 10**6, "ملايين": 10**6, "مليار": 10**9}),
    scale_needs_space=True,
    # "مريض واحد" (1 patient), "من كل مليون" (in every 1 million).
    number_words=_frozen(
        {"واحد": (("1", None),), "واحدة": (("1", None),), "مليون": (("1000000", None),)}
    ),
    per_words=_frozen({"day": ("يوميًا", "يوميا", "في اليوم", "كل يوم")}),
    range_words=("إلى", "الى"),
)

# Chinese, Traditional (Taiwan) and Simplified spellings alike.  Chinese writes
# large numbers in groups of four digits, as Korean does: 100 萬 = 1,000,000.
CHINESE = Language(
    code="zh",
    english_name="Chinese",
    script=HAN,
    unit_words=_frozen(
        {
            "小時": "hour",
            "小时": "hour",
            "分鐘": "minute",
            "分钟": "minute",
            "天": "day",
            "日": "day",
            "週": "week",
            "周": "week",
            "星期": "week",
            "個月": "month",
            "个月": "month",
            "毫克": "mg",
            "公克": "g",
            "克": "g",
            "公斤": "kg",
            "千克": "kg",
            "毫升": "ml",
            "公升": "l",
        }
    ),
    scale_words=_frozen({"萬": 10**4, "万": 10**4, "億": 10**8, "亿": 10**8}),
    per_words=_frozen({"day": ("每天", "每日", "一天"), "week": ("每週", "每周"), "hour": ("每小時", "每小时")}),
    range_words=("至", "到", "～"),
)

_LANGUAGES: Mapping[str, Language] = _frozen(
    {language.code: language for language in (ENGLISH, KOREAN, SPANISH, ARABIC_LANGUAGE, CHINESE)}
)


@cache
def language_for(locale_code: str) -> Language:
    """The data for a gettext locale code (``ko_KR`` -> Korean), never failing.

    Number separators come from CLDR for the exact locale, so a later
    ``es_ES`` reads ``1.000,5`` correctly without any data here.
    """
    try:
        locale = Locale.parse(locale_code)
    except (ValueError, TypeError, UnknownLocaleError):
        return Language(code=locale_code)
    base = _LANGUAGES.get(locale.language) or Language(
        code=locale.language, english_name=locale.get_display_name("en") or locale.language
    )
    return replace(
        base,
        decimal_symbol=get_decimal_symbol(locale),
        group_symbol=get_group_symbol(locale),
    )
