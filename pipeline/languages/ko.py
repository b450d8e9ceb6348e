"""Korean: Hangul; numbers grouped by four digits (만, 억) with 천/백/십 inside
a group; native numerals before counters (두 번, 세 시간); words that are
numbers (이틀, 절반); particles after numbers (3에서 5일, 119에 전화하세요)."""

from __future__ import annotations

from pipeline.languages.language import Language, frozen
from pipeline.languages.scripts import HANGUL

LANGUAGE = Language(
    code="ko",
    english_name="Korean",
    script=HANGUL,
    unit_words=frozen(
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
            # "38.5도": Korea measures body temperature in Celsius ("화씨 100도" would say Fahrenheit).
            "도": "celsius",
        }
    ),
    # Korean groups digits by four: 만 (10^4), 억 (10^8), 조 (10^12) ...
    scale_words=frozen({"만": 10**4, "억": 10**8, "조": 10**12}),
    # ... with 천/백/십 inside a group: 1만 2천 = 12,000, 3천만 = 30,000,000.
    small_scale_words=frozen({"천": 1000, "백": 100, "십": 10}),
    native_tens=frozen({"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50}),
    native_units=frozen(
        {
            "하나": 1,
            "한": 1,
            "첫": 1,
            "둘": 2,
            "두": 2,
            "셋": 3,
            "세": 3,
            "석": 3,
            "넷": 4,
            "네": 4,
            "넉": 4,
            "다섯": 5,
            "여섯": 6,
            "일곱": 7,
            "여덟": 8,
            "아홉": 9,
        }
    ),
    counters=(
        "번째",
        "번",
        "회",
        "차례",
        "째",
        "가지",
        "개",
        "알",
        "정",
        "명",
        "사람",
        "분",
        "살",
        "시간",
        "시",
        "달",
        "주",
        "해",
        "잔",
        "장",
        "병",
        "방울",
        "군데",
        "단계",
    ),
    number_words=frozen(
        {
            # native words for a number of days
            "하루": (("1", "day"),),
            "이틀": (("2", "day"),),
            "사흘": (("3", "day"),),
            "나흘": (("4", "day"),),
            "닷새": (("5", "day"),),
            "엿새": (("6", "day"),),
            "여드레": (("8", "day"),),
            "아흐레": (("9", "day"),),
            "열흘": (("10", "day"),),
            "보름": (("15", "day"),),
            "일주일": (("1", "week"),),
            "일 년": (("1", None),),
            "절반": (("1/2", None), ("50", "percent")),
            "반": (("1/2", None), ("50", "percent")),
            # "반 시간" is half an hour: 30 minutes
            "반 시간": (("1/2", "hour"),),
            "반시간": (("1/2", "hour"),),
        }
    ),
    per_words=frozen(
        {
            "day": ("하루", "매일", "일일", "1일", "날마다"),
            "week": ("매주", "주당", "1주"),
            "hour": ("매시간",),
        }
    ),
    per_suffixes=("당",),
    body_weight_words=("체중", "몸무게"),
    unit_word_exclusions=frozen(
        {"주": ("사", "입"), "분": ("의", "들", "께"), "달": ("러",), "프로": ("그",), "일": ("반",)}
    ),
    proportion_counters=("명", "사람", "건", "개", "회", "번"),
    proportion_words=("중", "가운데", "당"),
    proportion_particles=("에서", "에"),
    proportion_hedges=("약", "대략", "최대", "최소", "거의", "평균"),
    range_words=("에서", "부터"),
    call_number_pattern=r"(?<![\d.\-])(\d{3})(?![\d.\-])\s?(?:번)?\s?(?:에|으로|로|에게)?\s?(?:전화|연락|신고|문자)",
    # Measured on the shipped ko_KR catalogs (bench/results/length_calibration.md,
    # 2026-12-01): 178 messages of 20+ characters, translation/source ratios
    # 0.23 to 1.14 (median 0.56); the 58 with 2+ sentences, 0.43 and up.
    # Warn outside 0.75 x min .. 2 x max; fewer sentences than the source and
    # under 0.9 x the 2+ sentence minimum: a sentence is missing.
    length_ratio=(0.17, 2.3),
    dropped_sentence_ratio=0.38,
)
