"""[comparison]'s error for an "until" of a time said "from": "You may drink clear fluids until 2
hours before your procedure." said `시술 2시간 전부터 맑은 음료를 드셔도 됩니다` (from 2 hours before:
drinking allowed only in the last 2 hours, when the stomach must be empty).

The source's ``until_a_time`` is an "until" before a time (a number, midnight, noon, bedtime, "the
day"): "until 2 hours before", "until midnight"; not "until you know how it affects you".  The
translation says it with its ``from_a_time`` (부터, desde, a partir de, à partir de, dès, ab, von …
an, 從, 起, 開始, ابتداءً من) and none of its ``until_a_time`` (까지, hasta, jusqu'à, bis, até, 直到,
為止, حتى): an error, the time the instruction ends made the time it begins.

Not judged where a "not" is said on either side ("Do not drive until 24 hours after" is rightly
"drive only from 24 hours after", `Ne conduisez qu'à partir de …`), nor where the translation says
a stopping the source does not ("Keep taking it until 5 days before surgery" is `수술 5일 전부터
복용을 중단하세요`, stop from 5 days before).

Pure functions of a source, a translation and their languages; check_comparison (comparison.py)
asks :func:`until_said_from` and reports what it says.
"""

from __future__ import annotations

from pipeline.languages import Language
from pipeline.languages.language import STOP_CONTINUE
from pipeline.review import shorten


def until_said_from(source: str, translation: str, source_words: Language, target: Language) -> str | None:
    """What the translation says for the source's "until" of a time said only as a "from"; None
    where it says an "until", no "from", or a stopping of its own."""
    until = source_words.search("until_a_time", source)
    if until is None:
        return None  # no "until" of a time (nearly every sentence): the translation is not read
    said_from = target.search("from_a_time", translation)
    if said_from is None or target.search("until_a_time", translation) is not None:
        return None
    if any(target.direction_spans(translation, STOP_CONTINUE)[0]) and not any(
        source_words.direction_spans(source, STOP_CONTINUE)[0]
    ):
        return None  # "keep taking it until" said "stop from": the same end, told from the other side
    return (
        f"the source says '{' '.join(until.group().split())}' (until: the instruction holds up to that time), but "
        f"the translation says '{said_from.group().strip()}' (from) and no until: it begins at the time the "
        f"source ends it ({shorten(source)!r})"
    )
