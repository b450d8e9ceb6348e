"""How noisy are the meaning checks in a language?  Run on real translations.

The translations of the system's programs (``/usr/share/locale/<lang>/LC_MESSAGES/*.mo``:
coreutils, apt, gtk, postgres ...) are correct translations by people, of short English
texts full of "not", "at least", "more", "before" and numbers in words.  Every finding of
[negation], [limits], [comparison] or [number-words] on them is a false alarm or a real
slip of those translators; the rate per 1,000 pairs says how noisy a language's module is,
and Spanish (es), the model the others are built on, is the baseline to stay under.

Each language is measured twice: with its module (``after``) and as a language without one
(``before``: what ``leaflets init`` gives a new language, where only the digits of
[number-words] are read).

    .venv/bin/python bench/meaning_noise.py es fr pt pt_BR [--show CHECK]

Prints a table (Markdown) and, with ``--show``, the findings of one check to read them.
Not a test: the numbers describe the modules, they do not gate them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.checks.comparison import check_comparison  # noqa: E402
from pipeline.checks.context import EntryContext  # noqa: E402
from pipeline.checks.limits import check_limits  # noqa: E402
from pipeline.checks.negation import check_negation  # noqa: E402
from pipeline.checks.number_words import check_number_words  # noqa: E402
from pipeline.findings import Finding  # noqa: E402
from pipeline.languages import ENGLISH, Language, language_for  # noqa: E402
from pipeline.languages.language import ABBREVIATIONS_WRITTEN_ALIKE  # noqa: E402

CHECKS: dict[str, Callable[[EntryContext], Iterator[Finding]]] = {
    "negation": check_negation,
    "limits": check_limits,
    "comparison": check_comparison,
    "number-words": check_number_words,
}
LOCALE_DIR = Path("/usr/share/locale")


def pairs(locale: str) -> list[tuple[str, str, str]]:
    """(file, msgid, msgstr) of every translated message of the locale's system catalogs, each
    pair once (the same message in two programs is one translation)."""
    seen: dict[tuple[str, str], str] = {}
    for path in sorted((LOCALE_DIR / locale / "LC_MESSAGES").glob("*.mo")):
        if path.name.startswith("iso_"):
            continue  # names of countries, languages and currencies: no sentences to read
        try:
            catalog = polib.mofile(str(path))
        except (OSError, ValueError):
            continue
        for entry in catalog:
            translation = entry.msgstr or (entry.msgstr_plural or {}).get(0, "")
            if entry.msgid and translation and "\x04" not in entry.msgid:
                seen.setdefault((entry.msgid, translation), path.name)
    return [(file, msgid, msgstr) for (msgid, msgstr), file in seen.items()]


def without_module(language: Language) -> Language:
    """The language as one without a module reads it: no words, only CLDR's number marks."""
    bare = Language(code=language.code, english_name=language.english_name, abbreviations=ABBREVIATIONS_WRITTEN_ALIKE)
    return replace(bare, decimal_symbol=language.decimal_symbol, group_symbol=language.group_symbol)


def findings(locale: str, language: Language, messages: list[tuple[str, str, str]]) -> Iterator[tuple[Finding, str]]:
    """Each finding of the meaning checks, with the translation it is of."""
    for file, msgid, msgstr in messages:
        ctx = EntryContext(
            file=file,
            line=0,
            locale=locale,
            domain=file,
            msgid=msgid,
            source=msgid,
            translation=msgstr,
            language=language,
            source_language=ENGLISH,
        )
        for check in CHECKS.values():
            for finding in check(ctx):
                yield finding, msgstr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("locales", nargs="+")
    parser.add_argument("--show", help="print the findings of this check (with the module)")
    args = parser.parse_args(argv)
    print("| locale | pairs | module | " + " | ".join(f"[{check}]" for check in CHECKS) + " | all |")
    print("|---|---:|---|" + "---:|" * (len(CHECKS) + 1))
    shown: list[tuple[Finding, str]] = []
    for locale in args.locales:
        messages = pairs(locale)
        language = language_for(locale)
        for label, read_as in (("before", without_module(language)), ("after", language)):
            counted: Counter[str] = Counter()
            for finding, translation in findings(locale, read_as, messages):
                counted[finding.check] += 1
                if label == "after" and finding.check == args.show:
                    shown.append((finding, translation))
            rate = {check: 1000 * counted[check] / max(len(messages), 1) for check in CHECKS}
            cells = " | ".join(f"{rate[check]:.1f}" for check in CHECKS)
            print(f"| {locale} | {len(messages)} | {label} | {cells} | {sum(rate.values()):.1f} |")
    for finding, translation in shown:
        print(f"\n{finding.domain} [{finding.severity}] {finding.message}")
        print(f"  msgid:  {finding.msgid!r}\n  msgstr: {translation!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
