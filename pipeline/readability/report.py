"""``leaflets readability`` output: a table for people, JSON for tools."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence

from pipeline.findings import Finding
from pipeline.readability.measure import GRADE_LIMIT, LOWEST_GRADE, LeafletReadability

_SENTENCE_WIDTH = 100
LOWEST_FOOTNOTE = (
    f"grades below {LOWEST_GRADE:.1f} (the formula's result for the simplest text) are shown as "
    f"{LOWEST_GRADE:.1f}, the lowest grade"
)


def format_text(results: Sequence[LeafletReadability], findings: Sequence[Finding] = ()) -> str:
    lines = [finding.format() for finding in findings]
    if lines:
        lines.append("")
    for result in results:
        lines.append(
            f"{result.id} ({result.path}): {_score(result.grade)} Flesch-Kincaid grade, "
            f"{_score(result.smog)} SMOG; {result.counts.sentences} sentences, {result.counts.words} words"
            + (f"  ABOVE GRADE {GRADE_LIMIT:g}" if result.too_hard else "")
        )
        rows = [("line", "grade", "SMOG", "sentences", "section")]
        rows += [
            (
                str(s.line),
                _score(s.counts.grade),
                _score(s.counts.smog),
                str(s.counts.sentences),
                s.title + ("  (above grade 8)" if s.counts.too_hard else ""),
            )
            for s in result.sections
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(4)]
        for row in rows:
            lines.append(
                "  " + "  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[4]
            )
        lines.append("  hardest sentences (Flesch-Kincaid grade of the sentence alone):")
        for sentence in result.hardest:
            shown = textwrap.shorten(sentence.text, _SENTENCE_WIDTH, placeholder=" …")
            lines.append(f"  {sentence.grade:5.1f}  {result.path}:{sentence.line}  {shown}")
        if _shows_lowest_grade(result):
            lines.append(f"  {LOWEST_FOOTNOTE}")
        lines.append("")
    lines.append(f"{len(results)} leaflet(s); {sum(r.too_hard for r in results)} above grade {GRADE_LIMIT:g}")
    return "\n".join(lines) + "\n"


def format_json(results: Sequence[LeafletReadability]) -> str:
    return json.dumps([result.to_dict() for result in results], ensure_ascii=False, indent=2)


def _shows_lowest_grade(result: LeafletReadability) -> bool:
    """Whether a grade the text shows of ``result`` is the formula's raised to the lowest grade."""
    shown = [result.counts, *(section.counts for section in result.sections), *(s.counts for s in result.hardest)]
    return any(counts.below_lowest_grade for counts in shown)


def _score(score: float | None) -> str:
    return "-" if score is None else f"{score:.1f}"
