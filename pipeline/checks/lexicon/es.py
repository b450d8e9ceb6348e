"""Spanish: negation, limits, numbers in words, calls."""

from __future__ import annotations

import re
from fractions import Fraction

from pipeline.checks.lexicon.model import AT_LEAST, AT_MOST, Lexicon, Spans

_W = r"(?<![\wáéíóúñü])"  # a word start: \b does not know that á is a letter in every mode
_E = r"(?![\wáéíóúñü])"
# "no" but not the "no" of "antiinflamatorios no esteroideos" (non-steroidal).
_STRONG = rf"{_W}(?:no(?!\s+esteroide)|nunca|jamás|nadie|nada|ni|tampoco|ningún|ninguno|ninguna){_E}"
# ... and "sin" (without), and the verbs that forbid without a "no": evite
# (avoid), absténgase (refrain), prohibido (not "deje de", stop: "do not stop"
# as "deje de" is the very error to find).
_ALL = _STRONG + rf"|{_W}(?:sin|evit\w*|absténgase|abstenerse|prohibid\w*){_E}"

_CARDINALS: dict[str, int | Fraction] = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "docena": 12,
    "veinte": 20,
    "treinta": 30,
    "cien": 100,
    "ciento": 100,
    "mil": 1000,
    "millón": 10**6,
    "medio": Fraction(1, 2),
    "media": Fraction(1, 2),
    "mitad": Fraction(1, 2),
}
_NUMBER = re.compile(rf"{_W}(?:{'|'.join(sorted(_CARDINALS, key=len, reverse=True))}){_E}", re.IGNORECASE)


def numerals(text: str) -> Spans:
    """Spanish number words, read generously: "un tipo" (1), "diez" (10), "la mitad" (1/2)."""
    for match in _NUMBER.finditer(text):
        yield match.start(), match.end(), Fraction(_CARDINALS[match.group().lower()])


LEXICON = Lexicon(
    code="es",
    negation=_ALL,
    strong_negation=_STRONG,
    limits_before={
        "no más de": AT_MOST,
        "no más del": AT_MOST,
        "como máximo": AT_MOST,
        "un máximo de": AT_MOST,
        "máximo de": AT_MOST,
        "hasta": AT_MOST,
        "menos de": AT_MOST,
        "menos del": AT_MOST,
        "dentro de": AT_MOST,
        "dentro de las": AT_MOST,
        "dentro de los": AT_MOST,
        "en menos de": AT_MOST,
        "inferior a": AT_MOST,
        "inferior al": AT_MOST,
        "por debajo de": AT_MOST,
        "por debajo del": AT_MOST,
        "en un plazo de": AT_MOST,
        "al menos": AT_LEAST,
        "por lo menos": AT_LEAST,
        "más de": AT_LEAST,
        "más del": AT_LEAST,
        "como mínimo": AT_LEAST,
        "un mínimo de": AT_LEAST,
        "no menos de": AT_LEAST,
        "superior a": AT_LEAST,
        "superior al": AT_LEAST,
        "por encima de": AT_LEAST,
        "por encima del": AT_LEAST,
        "después de": AT_LEAST,
        "después de las": AT_LEAST,
        "pasadas": AT_LEAST,
        # "no exceda 4 g", "no supere 4 g": the "no" before it turns it around
        "exceda": AT_LEAST,
        "exceder": AT_LEAST,
        "supere": AT_LEAST,
        "superar": AT_LEAST,
        "sobrepase": AT_LEAST,
    },
    limits_after={
        "o más": AT_LEAST,
        "o menos": AT_MOST,
        "como máximo": AT_MOST,
        "como mínimo": AT_LEAST,
        "o mayor": AT_LEAST,
        "o menor": AT_MOST,
    },
    numerals=numerals,
    call_before=("llame al", "llame a", "llamar al", "llamar a", "marque el", "marque", "llame inmediatamente al"),
    ignore_case=True,
)
