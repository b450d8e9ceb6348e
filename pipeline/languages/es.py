"""Spanish: Latin script (judged by the identical-text rules only), unit
words, "mil"/"millón", ranges "de 3 a 5 días"."""

from __future__ import annotations

from pipeline.languages.language import Language, frozen

LANGUAGE = Language(
    code="es",
    english_name="Spanish",
    unit_words=frozen(
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
    scale_words=frozen({"mil": 10**3, "millón": 10**6, "millones": 10**6}),
    scale_needs_space=True,
    per_words=frozen({"day": ("al día", "diario", "diaria"), "week": ("a la semana", "semanal")}),
    range_words=("a", "y"),
    # Measured on the shipped es catalogs (bench/results/length_calibration.md,
    # 2026-12-01): 100 messages of 20+ characters, translation/source ratios
    # 0.81 to 2.19 (median 1.20); the 29 with 2+ sentences, 1.00 and up.
    # Warn outside 0.75 x min .. 2 x max; fewer sentences than the source and
    # under 0.9 x the 2+ sentence minimum: a sentence is missing.
    length_ratio=(0.6, 4.4),
    dropped_sentence_ratio=0.9,
)
