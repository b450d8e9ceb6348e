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
    length_ratio=(0.3, 3.0),
)
