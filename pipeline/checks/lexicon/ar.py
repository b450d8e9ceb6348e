"""Arabic: negation and limits.  Numbers in words are not read (see docs/checks.md)."""

from __future__ import annotations

from pipeline.checks.lexicon.model import AT_LEAST, AT_MOST, Lexicon

_ARABIC = "\u0600-\u06ff"
# A particle alone or after the conjunctions و/ف ("ولم تجر": and have not been
# done); not غير in "غير الستيرويدية" (non-steroidal).
_STRONG = rf"(?<![{_ARABIC}])[وف]?(?:لا|لم|لن|ليس|ليست|ليسوا|لستم|ألا|أبدا|أبدًا)(?![{_ARABIC}])"
# ... and "without", "non-", "lack of", and the verbs that forbid without one:
# تجنب (avoid), امتنع (refrain); not توقف (stop).
_ALL = _STRONG + (
    rf"|(?<![{_ARABIC}])[وف]?(?:غير(?!\s+الستيرويد)|بدون|بلا|دون|عدم|إلا)(?![{_ARABIC}])"
    r"|تجنب|تجنبي|امتنع|امتنعي"
)

LEXICON = Lexicon(
    code="ar",
    negation=_ALL,
    strong_negation=_STRONG,
    limits_before={
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
    },
    limits_after={
        "أو أكثر": AT_LEAST,
        "أو أقل": AT_MOST,
        "على الأقل": AT_LEAST,
        "على الأكثر": AT_MOST,
        "كحد أقصى": AT_MOST,
        "كحد أدنى": AT_LEAST,
    },
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
