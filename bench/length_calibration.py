"""Length ratios and sentence counts of the shipped translations, per language.

The [length] check's limits for each language (``length_ratio`` and
``dropped_sentence_ratio`` in pipeline/languages/<code>.py) are set from what
this prints: every translated, non-fuzzy message of the shipped catalogs
(leaflets and templates) whose English is at least 20 characters.  The
ratios of whole texts set the warning (``length_ratio``); the written ratios
(without what source and translation share verbatim, nor spaces:
``pipeline.checks.length.written_ratio``) of the messages with 2+ sentences
set the dropped-sentence error (``dropped_sentence_ratio`` from their minimum,
``dropped_term_ratio`` from their lower quartile).  Writes
bench/results/length_calibration.json and .md.  Run it again after a large
new translation, and move the limits if the real data moved.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.catalogs.pofile import read_file
from pipeline.checks.length import MIN_SOURCE_LENGTH, sentence_count, written_ratio
from pipeline.config import COMMON_DOMAIN, load_project
from pipeline.languages import language_for

RESULTS = Path(__file__).resolve().parent / "results"


def quantile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[round(share * (len(ordered) - 1))]


def measure(project, locale: str) -> dict:
    ratios, fewer_sentences, several = [], [], []
    source_language, language = language_for(project.source_locale), language_for(locale)
    files = sorted(project.po_path(locale, COMMON_DOMAIN).parent.glob("*.po"))
    for path in files:
        for message in read_file(path, project.relative(path)).messages:
            source, translation = message.msgid.strip(), (message.forms[0] if message.forms else "").strip()
            if not message.translated or len(source) < MIN_SOURCE_LENGTH:
                continue
            ratio = len(translation) / len(source)
            ratios.append(ratio)
            sentences = sentence_count(source, source_language)
            written = written_ratio(source, translation)
            if sentences >= 2:  # the population the dropped-sentence rule judges
                several.append(written)
            if sentence_count(translation, language) < sentences:
                fewer_sentences.append(written)
    return {
        "catalogs": [project.relative(path) for path in files],
        "messages": len(ratios),
        "ratio": {
            "min": min(ratios),
            "p05": quantile(ratios, 0.05),
            "median": quantile(ratios, 0.5),
            "p95": quantile(ratios, 0.95),
            "max": max(ratios),
        },
        "several_sentences": {
            "messages": len(several),
            "min_ratio": min(several, default=None),
            "p25_ratio": quantile(several, 0.25) if several else None,
        },
        "fewer_sentences": {"messages": len(fewer_sentences), "min_ratio": min(fewer_sentences, default=None)},
    }


def main() -> None:
    project = load_project()
    results = {settings.code: measure(project, settings.code) for settings in project.target_locales}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "length_calibration.json").write_text(
        json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    header = (
        "| locale | messages | min | p5 | median | p95 | max | 2+ sentences (min, p25 written ratio) "
        "| fewer sentences than the source (min written ratio) |"
    )
    lines = [
        "# Translation length per language (shipped catalogs)",
        "",
        "Ratios of translation to source length in characters. The written ratio leaves out what both",
        "share verbatim (links, IVIG, numbers) and spaces (`pipeline.checks.length.written_ratio`).",
        "",
        header,
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for code, data in results.items():
        r = data["ratio"]
        several, fewer = data["several_sentences"], data["fewer_sentences"]
        several_cell = (
            f"{several['messages']} ({several['min_ratio']:.2f}, {several['p25_ratio']:.2f})"
            if several["min_ratio"] is not None
            else f"{several['messages']}"
        )
        fewer_cell = (
            f"{fewer['messages']} ({fewer['min_ratio']:.2f})"
            if fewer["min_ratio"] is not None
            else f"{fewer['messages']}"
        )
        lines.append(
            f"| {code} | {data['messages']} | {r['min']:.2f} | {r['p05']:.2f} | {r['median']:.2f} | "
            f"{r['p95']:.2f} | {r['max']:.2f} | {several_cell} | {fewer_cell} |"
        )
    (RESULTS / "length_calibration.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
