"""How noisy are the meaning checks in a language?  Real translations, not ours.

The meaning checks ([negation], [limits], [comparison], [number-words]) read a language's words
from its module in pipeline/languages/.  A new module is measured here on the translations this
machine already has: every compiled gettext catalog of the language in /usr/share/locale
(coreutils, apt, bash ...: user-interface strings by other translators, none of them ours),
each msgid paired with its msgstr (and msgid_plural with msgstr[1]), the checks run on each pair
as ``check`` runs them.  Nearly every pair is a faithful translation, so each warning or error
is close to a false alarm: the count per 1,000 pairs is the module's noise, compared with
Spanish's (the baseline, a module whose noise reviewers accept).

    .venv/bin/python bench/meaning_noise.py de es [--examples N]

Writes bench/results/meaning_noise_<codes>.md; not a test: the numbers describe the modules.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from babel.messages.mofile import read_mo

from pipeline.checks.comparison import check_comparison
from pipeline.checks.context import EntryContext
from pipeline.checks.limits import check_limits
from pipeline.checks.negation import check_negation
from pipeline.checks.number_words import check_number_words
from pipeline.languages import ENGLISH, language_for

LOCALE_DIR = Path("/usr/share/locale")
CHECKS = {
    "negation": check_negation,
    "limits": check_limits,
    "comparison": check_comparison,
    "number-words": check_number_words,
}
RESULTS = Path(__file__).resolve().parent / "results"


def pairs(code: str) -> Iterator[tuple[str, str, str]]:
    """(catalog, English, translation) of every translated message of the language's catalogs."""
    for mo in sorted((LOCALE_DIR / code / "LC_MESSAGES").glob("*.mo")):
        try:
            with mo.open("rb") as file:
                catalog = read_mo(file)
        except Exception:  # a catalog babel cannot read is skipped, as msgunfmt would refuse it
            continue
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            ids = tuple(message.id) if isinstance(message.id, (tuple, list)) else (message.id,)
            strings = tuple(message.string) if isinstance(message.string, (tuple, list)) else (message.string,)
            for source, translation in zip(ids, strings, strict=False):
                if source and translation:
                    yield mo.stem, source, translation


def measure(code: str, examples: int) -> tuple[int, Counter, dict[str, list[str]]]:
    language = language_for(code)
    counts: Counter = Counter()
    shown: dict[str, list[str]] = {check: [] for check in CHECKS}
    total = 0
    for domain, source, translation in pairs(code):
        total += 1
        ctx = EntryContext(
            file=f"{domain}.mo",
            line=0,
            locale=code,
            domain=domain,
            msgid=source,
            source=source,
            translation=translation,
            language=language,
            source_language=ENGLISH,
        )
        for name, check in CHECKS.items():
            for finding in check(ctx):
                counts[(name, finding.severity)] += 1
                if len(shown[name]) < examples:
                    shown[name].append(f"{domain}: {source!r} -> {translation!r}: {finding.message}")
    return total, counts, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("codes", nargs="+")
    parser.add_argument("--examples", type=int, default=0, help="print this many findings of each check")
    args = parser.parse_args()
    rows = ["| language | pairs | " + " | ".join(f"[{name}] w/e per 1,000" for name in CHECKS) + " | all per 1,000 |"]
    rows.append("|" + "---|" * (len(CHECKS) + 3))
    for code in args.codes:
        total, counts, shown = measure(code, args.examples)
        cells = [
            f"{1000 * counts[(name, 'warning')] / total:.2f} / {1000 * counts[(name, 'error')] / total:.2f}"
            for name in CHECKS
        ]
        rows.append(f"| {code} | {total} | " + " | ".join(cells) + f" | {1000 * sum(counts.values()) / total:.2f} |")
        for name, lines in shown.items():
            for line in lines:
                print(f"[{code}] [{name}] {line}")
    table = "\n".join(rows)
    print(table)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"meaning_noise_{'_'.join(args.codes)}.md"
    out.write_text(
        "# Meaning checks on real translations (/usr/share/locale)\n\n"
        "Written by bench/meaning_noise.py: warnings / errors per 1,000 msgid-msgstr pairs of the "
        "machine's compiled catalogs (user-interface strings, nearly all faithful: each finding is "
        "close to a false alarm).\n\n" + table + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
