"""Chinese, Traditional (Taiwan) and Simplified spellings alike.  Chinese writes
large numbers in groups of four digits, as Korean does: 100 萬 = 1,000,000."""

from __future__ import annotations

from pipeline.languages.language import Language, frozen
from pipeline.languages.scripts import HAN

LANGUAGE = Language(
    code="zh",
    english_name="Chinese",
    script=HAN,
    unit_words=frozen(
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
    scale_words=frozen({"萬": 10**4, "万": 10**4, "億": 10**8, "亿": 10**8}),
    per_words=frozen({"day": ("每天", "每日", "一天"), "week": ("每週", "每周"), "hour": ("每小時", "每小时")}),
    range_words=("至", "到", "～"),
    # Measured on the shipped zh_TW catalogs (bench/results/length_calibration.md,
    # 2026-12-01): 100 messages of 20+ characters, translation/source ratios
    # 0.18 to 1.00 (median 0.38); the 29 with 2+ sentences, 0.25 and up.
    # Warn outside 0.75 x min .. 2 x max; fewer sentences than the source and
    # under 0.9 x the 2+ sentence minimum: a sentence is missing.
    length_ratio=(0.13, 2.0),
    dropped_sentence_ratio=0.22,
)
