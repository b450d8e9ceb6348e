"""Words the meaning checks read, one module per language.

[negation], [limits], [number-words] and [emergency] are written once; what
each language says "not", "at least" or "a hundred" with is here, as data:
``for_language("ko")`` gives Korean's :class:`Lexicon`.  A language without a
module gets an empty one, and those checks then say nothing for it (rather
than guess).

Kept apart from pipeline/languages/ (scripts, numbers and units) on purpose,
so both can move into per-language packages together.
"""

from __future__ import annotations

from pipeline.checks.lexicon import ar, en, es, ko, zh
from pipeline.checks.lexicon.model import AT_LEAST, AT_MOST, Lexicon

_BY_CODE = {module.LEXICON.code: module.LEXICON for module in (en, ko, es, zh, ar)}
EMPTY = Lexicon(code="")


def for_language(code: str) -> Lexicon:
    """The lexicon of an ISO 639 language code (``ko``), empty when there is none."""
    return _BY_CODE.get(code, EMPTY)


__all__ = ["AT_LEAST", "AT_MOST", "EMPTY", "Lexicon", "for_language"]
