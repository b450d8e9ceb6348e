"""The length floor for a Latin-script language with no calibration (checks/sentence_loss.py).

A language ``leaflets init`` added has no measured length limits; a
translation of it with fewer sentences than its English is an error when its
own words (``pipeline.checks.length.written_ratio``) are shorter than
``LATIN_FLOOR`` times the English's.  That floor must pass every right
translation, merged sentences included, so this measures the Latin-script
translations there are, of the English passages of 2+ sentences: Spanish
(the shipped catalogs) and French and German (tests/data/uncalibrated/fr_de.toml,
written for the passages whose Spanish is shortest).  And what the floor
catches: each translation with one of its sentences left out.  Writes
bench/results/length_floor.md.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pipeline.catalogs.pofile import read_file
from pipeline.checks.length import MIN_SOURCE_LENGTH, sentences, written_ratio
from pipeline.checks.sentence_loss import LATIN_FLOOR
from pipeline.config import COMMON_DOMAIN, load_project
from pipeline.languages import language_for

ROOT = Path(__file__).resolve().parent.parent
WRITTEN = ROOT / "tests" / "data" / "uncalibrated" / "fr_de.toml"
RESULTS = ROOT / "bench" / "results"


def shipped(locale: str) -> list[tuple[str, str]]:
    """(English, translation) of the shipped catalogs' translated messages of 2+ sentences."""
    project, english = load_project(ROOT), language_for("en")
    pairs = []
    for path in sorted(project.po_path(locale, COMMON_DOMAIN).parent.glob("*.po")):
        for message in read_file(path, project.relative(path)).messages:
            source = message.msgid.strip()
            if message.translated and len(source) >= MIN_SOURCE_LENGTH and len(sentences(source, english)) >= 2:
                pairs.append((source, message.forms[0].strip()))
    return pairs


def written(locale: str) -> list[tuple[str, str]]:
    passages = tomllib.loads(WRITTEN.read_text(encoding="utf-8"))["passage"]
    return [(passage["en"], passage[locale]) for passage in passages]


def measure(locale: str, pairs: list[tuple[str, str]]) -> dict:
    language = language_for(locale)
    ratios = sorted(written_ratio(source, translation) for source, translation in pairs)
    drops = []  # every translation with one of its sentences left out
    for source, translation in pairs:
        kept = sentences(translation, language)
        drops += [written_ratio(source, " ".join(kept[:i] + kept[i + 1 :])) for i in range(len(kept)) if len(kept) > 1]
    return {
        "passages": len(pairs),
        "min": ratios[0],
        "p05": ratios[round(0.05 * (len(ratios) - 1))],
        "median": ratios[len(ratios) // 2],
        "under_floor": sum(ratio < LATIN_FLOOR for ratio in ratios),
        "drops": len(drops),
        "drops_caught": sum(ratio < LATIN_FLOOR for ratio in drops),
    }


def main() -> None:
    rows = {"es (shipped)": measure("es", shipped("es"))}
    rows |= {f"{locale} (written)": measure(locale, written(locale)) for locale in ("fr", "de")}
    lines = [
        "# Length floor of a Latin-script language with no calibration",
        "",
        "Written ratios (`pipeline.checks.length.written_ratio`) of translations of English passages",
        f"of 2+ sentences, and what `LATIN_FLOOR` = {LATIN_FLOOR} (checks/sentence_loss.py) does with them:",
        "right translations under it (each would be a false error) and translations with one sentence",
        "left out under it (an error; the others are a warning to read).",
        "",
        "| translations | passages | min | p5 | median | right ones under the floor | one sentence left out: caught |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, data in rows.items():
        lines.append(
            f"| {name} | {data['passages']} | {data['min']:.2f} | {data['p05']:.2f} | {data['median']:.2f} | "
            f"{data['under_floor']} | {data['drops_caught']} of {data['drops']} |"
        )
    lines += [
        "",
        "Tried by hand, not in the table: terse Vietnamese (0.82 to 0.94) and Swedish (0.72, 1.08)",
        "translations of the same passages. The floor is under every right translation measured,",
        "with a margin for a terser language or translator; a translation above it with a sentence",
        "fewer than its English is still a warning to read.",
    ]
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "length_floor.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
