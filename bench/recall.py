"""How many broken translations does ``check`` catch?  A recall corpus made by
mutating the shipped catalogs.

Every translated, non-fuzzy message of every shipped catalog is broken the
ways translations break, one defect at a time:

- ``drop_sentence``: one sentence of a translation with two or more removed;
- ``half_english``: one sentence of a translation with two or more replaced by
  the English sentence it translates (as many sentences in both);
- ``change_digit``: one digit of a number the source also has changed;
- ``swap_unit``: the unit after a number replaced by another of the same
  kind (mg→g, mL→L, 시간→일, °C→°F ...);
- ``swap_rate``: a rate the source says ("once a day", "1 g/kg a day") said
  per another period in the translation (하루에 → 일주일에, al día → a la
  semana, 每天 → 每週, يوميا → أسبوعيا); ``drop_rate``: said per no period;
- ``swap_script``: the translation replaced by another language's translation
  of the same message (Korean by Chinese, Spanish by Arabic ...), or left as
  the English source (``keep_english``);
- ``turn_direction``: where the source says a comparison or a time one way only
  ("more likely", "before treatment"), each word of that way in the
  translation turned to the other (더 → 덜, antes → después, 之前 → 之後,
  قبل → بعد).

A mutant counts as caught when ``check`` reports an *error* for it (what the
release gate refuses); warnings do not count.  False positives are measured
on the unmutated messages and on benign edits that keep the meaning
(``benign_merge``: two sentences joined by a comma; ``benign_fullwidth``:
digits written full-width; ``benign_rate``: a rate said with another word for
the same period, 하루에 → 매일, al día → por día).  Each message is checked alone, with its catalog's
header, through the public :func:`pipeline.checks.check_parsed`.

A second table counts what a release without a required review refuses unread: an error, or a
warning that the translation may say the opposite (release.REVERSAL_CHECKS: [negation],
[limits], [comparison], [units], [numbers], [urgency], [opposites]).  It is the recall of
``turn_direction``, which [comparison] finds with a warning, and the false alarms of those
warnings on the unmutated and benign edits.
``turn_direction`` turns the words the language modules list, so its rate shows the rule
holds on real sentences, not how often a reversal in other words is found.

Writes bench/results/recall.json and recall.md (``make recall``); not a test:
the numbers describe the checks, they do not gate them.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from pipeline.catalogs.catalog import Catalog, Message
from pipeline.catalogs.pofile import read_file
from pipeline.checks import check_parsed
from pipeline.checks.length import sentence_count
from pipeline.checks.quantities import Marker, per_markers
from pipeline.config import load_project
from pipeline.languages import Language, language_for
from pipeline.languages.symbols import UNIT_SYMBOLS
from pipeline.release import REVERSAL_CHECKS

RESULTS = Path(__file__).resolve().parent / "results"

_SENTENCE = re.compile(r".+?(?:[.!?؟](?=[\"'”’)\]]*(?:\s|$))[\"'”’)\]]*|[。！？]|$)\s*", re.DOTALL)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A unit of the same kind that changes the amount: what a slip of the keyboard
# or of the translator's attention does.
_SWAPS = {
    "mg": "g",
    "g": "mg",
    "kg": "g",
    "ug": "mg",
    "ml": "l",
    "l": "ml",
    "dl": "l",
    "iu": "mg",
    "hour": "day",
    "day": "week",
    "week": "month",
    "month": "week",
    "minute": "hour",
    "percent": "mg",
    "celsius": "fahrenheit",
    "fahrenheit": "celsius",
    "mmhg": "mg",
    "mmol": "mg",
}
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def sentences(text: str) -> list[str]:
    return [piece for piece in _SENTENCE.findall(text) if piece.strip()]


def drop_sentence(source: str, translation: str, locale: str) -> list[str]:
    parts = sentences(translation)
    if len(parts) < 2 or sentence_count(translation, language_for(locale)) < 2:
        return []
    return ["".join(parts[:index] + parts[index + 1 :]).strip() for index in range(len(parts))]


def half_english(source: str, translation: str, locale: str) -> list[str]:
    """One sentence of a translation replaced by the English sentence it translates (as many
    sentences in both): a passage left half translated, "Do not stop the infusion. Bitte."."""
    parts, english = sentences(translation), sentences(source)
    if len(parts) < 2 or len(parts) != len(english):
        return []
    return [
        "".join([*parts[:index], english[index].strip() + " ", *parts[index + 1 :]]).strip()
        for index in range(len(parts))
    ]


def change_digit(source: str, translation: str, locale: str) -> list[str]:
    source_numbers = set(_NUMBER.findall(source))
    mutants = []
    for match in _NUMBER.finditer(translation):
        if match.group() not in source_numbers:
            continue
        last = match.end() - 1
        digit = int(translation[last])
        mutants.append(translation[:last] + str((digit + 1) % 10) + translation[last + 1 :])
    return mutants


def _unit_words(locale: str) -> dict[str, str]:
    """Every way ``locale`` writes a unit after a number: written form -> canonical unit."""
    words = {symbol: unit for symbol, unit in UNIT_SYMBOLS.items()}
    words.update(language_for(locale).unit_words)
    return words


def swap_unit(source: str, translation: str, locale: str) -> list[str]:
    words = _unit_words(locale)
    by_unit: dict[str, list[str]] = defaultdict(list)
    for written, unit in words.items():
        by_unit[unit].append(written)
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    mutants = []
    for match in re.finditer(rf"(?<=\d)(\s?)({alternation})(?![A-Za-z])", translation, re.IGNORECASE):
        written = match.group(2)
        unit = words.get(written) or words.get(written.lower())
        target = _SWAPS.get(unit or "")
        if not target:
            continue
        same_script = [w for w in by_unit[target] if w.isascii() == written.isascii()] or by_unit[target]
        if not same_script:
            continue
        replacement = min(same_script, key=len)
        if written.isupper() or written[:1].isupper():
            replacement = replacement.upper() if replacement in ("l", "iu") else replacement
        mutants.append(translation[: match.start(2)] + replacement + translation[match.end(2) :])
    return mutants


# A rate read as per another period: "a day" as a week, "an hour" as a day.
_RATE_SWAPS = {"day": "week", "week": "day", "hour": "day", "month": "week"}


def _rates(text: str, language: Language) -> list[Marker]:
    """The words of ``text`` that say "per <period>" (a day, 하루에, 每天), not a unit's /day or kg당."""
    return [m for m in per_markers(text, (language,)) if m.unit in _RATE_SWAPS and not (m.slash or m.suffixed)]


def _said_per(language: Language, written: str, unit: str, target: str) -> str | None:
    """``written`` (a word for "per ``unit``") said per ``target`` the same way: 하루에 → 일주일에 (a
    period word keeps its particle), 매일 → 매주, al día → a la semana; None if the language has none."""
    for word, period in sorted(language.period_words.items(), key=lambda item: -len(item[0])):
        if period == unit and written.startswith(word):
            # in the same writing: 하루 → 일주일, 1일 → 1주일
            others = [w for w, p in language.period_words.items() if p == target]
            others.sort(key=lambda w: (w[:1].isdigit() != word[:1].isdigit(), -len(w)))
            return others[0] + written[len(word) :] if others else None
    return next(iter(language.per_words.get(target, ())), None)


def _rate_mutants(source: str, translation: str, locale: str, target_of) -> list[str]:
    """The translation with each of its rate words said as ``target_of(unit, written)`` says
    (None: left as is), where the source says a rate."""
    if not _rates(source, language_for("en")):
        return []
    language = language_for(locale)
    mutants = []
    for marker in _rates(translation, language):
        replacement = target_of(language, marker.unit, translation[marker.start : marker.end])
        if replacement is not None:
            mutant = translation[: marker.start] + replacement + translation[marker.end :]
            mutants.append(re.sub(r"\s+(?=[.,;:。，、،؛])", "", re.sub(r"\s{2,}", " ", mutant)).strip())
    return mutants


def swap_rate(source: str, translation: str, locale: str) -> list[str]:
    return _rate_mutants(
        source,
        translation,
        locale,
        lambda language, unit, written: _said_per(language, written, unit, _RATE_SWAPS[unit]),
    )


def drop_rate(source: str, translation: str, locale: str) -> list[str]:
    return _rate_mutants(source, translation, locale, lambda language, unit, written: "")


def benign_rate(source: str, translation: str, locale: str) -> list[str]:
    """Each rate word said with another word of the language for the same period (하루에 → 매일)."""

    def another_word(language: Language, unit: str, written: str) -> str | None:
        return next((word for word in language.per_words.get(unit, ()) if word.lower() != written.lower()), None)

    return _rate_mutants(source, translation, locale, another_word)


# A word of one way of a comparison or a time (its start, as the language module reads it)
# and the word of the other way written in its place: what a slip of the translator's
# attention makes of "more likely" or "before treatment".
_OPPOSITE_WORDS = {
    "ko_KR": {
        "더": "덜",
        "덜": "더",
        "높": "낮",
        "낮": "높",
        "늘어": "줄어",
        "줄어": "늘어",
        "늘리": "줄이",
        "줄이": "늘리",
        "줄입": "늘립",
        "증가": "감소",
        "감소": "증가",
        "전": "후",
        "후": "전",
        "뒤": "전",
        "이전": "이후",
        "이후": "이전",
    },
    "es": {
        "más": "menos",
        "menos": "más",
        "mayor": "menor",
        "menor": "mayor",
        "aumenta": "disminuye",
        "disminuye": "aumenta",
        "reduce": "aumenta",
        "antes": "después",
        "después": "antes",
        "tras": "antes de",
        "siguientes": "anteriores",
    },
    "zh_TW": {
        "較容易": "較少",
        "較高": "較低",
        "較低": "較高",
        "較多": "較少",
        "較少": "較多",
        "增": "減",
        "減": "增",
        "升高": "降低",
        "降": "升",
        "之前": "之後",
        "之後": "之前",
        "以前": "以後",
        "以後": "以前",
        "前": "後",
        "後": "前",
    },
    "ar": {
        "أكثر": "أقل",
        "أقل": "أكثر",
        "أعلى": "أدنى",
        "أدنى": "أعلى",
        "تزيد": "تقل",
        "يزيد": "يقل",
        "زيادة": "انخفاض",
        "مزيد": "قليل",
        "انخفاض": "زيادة",
        "يخفف": "يزيد",
        "قبل": "بعد",
        "بعد": "قبل",
        "تلي": "تسبق",
    },
}


def turn_direction(source: str, translation: str, locale: str) -> list[str]:
    """Where the source says a kind of comparison one way only, the translation with every word
    of that way turned to the other ([] when it has none, or one this bench cannot turn)."""
    language, english = language_for(locale), language_for("en")
    opposites = _OPPOSITE_WORDS.get(locale, {})
    mutants = []
    for kind, (one_way, other_way) in english.directions_said(source).items():
        if bool(one_way) == bool(other_way) or kind not in language.directions:
            continue
        flags = re.IGNORECASE if language.ignore_case else 0
        idioms = (
            [m.span() for m in re.finditer(language.not_direction, translation, flags)]
            if language.not_direction
            else []
        )
        way = language.directions[kind][0 if one_way else 1]
        matches = [
            match
            for match in re.finditer(way, translation, flags)
            if not any(start < match.end() and match.start() < end for start, end in idioms)  # "personas mayores"
        ]
        turned = [_turned(match.group(), opposites) for match in matches]
        if not matches or None in turned:
            continue
        mutant = translation
        for match, word in reversed(list(zip(matches, turned, strict=True))):
            mutant = mutant[: match.start()] + str(word) + mutant[match.end() :]
        mutants.append(mutant)
    return mutants


def _turned(word: str, opposites: dict[str, str]) -> str | None:
    """``word`` with the longest listed word in it turned to the other way (a prefix or a
    particle around it kept: وبعده → وقبله, 전에 → 후에); None when none is listed."""
    for listed in sorted(opposites, key=len, reverse=True):
        if listed in word.lower():
            start = word.lower().index(listed)
            return word[:start] + opposites[listed] + word[start + len(listed) :]
    return None


def benign_merge(source: str, translation: str, locale: str) -> list[str]:
    parts = sentences(translation)
    if len(parts) < 2:
        return []
    first = parts[0].rstrip()
    joined = first[:-1] + ("，" if first.endswith("。") else ",") + " " + parts[1].lstrip()
    return ["".join([joined, *parts[2:]]).strip()]


def benign_fullwidth(source: str, translation: str, locale: str) -> list[str]:
    changed = translation.translate(_FULLWIDTH)
    return [changed] if changed != translation and not re.search(r"https?://|@", translation) else []


DEFECTS = {
    "drop_sentence": drop_sentence,
    "half_english": half_english,
    "change_digit": change_digit,
    "swap_unit": swap_unit,
    "swap_rate": swap_rate,
    "drop_rate": drop_rate,
    "turn_direction": turn_direction,
}
BENIGN = {"benign_merge": benign_merge, "benign_fullwidth": benign_fullwidth, "benign_rate": benign_rate}
UNMUTATED_AND_BENIGN = ["unmutated", *BENIGN]
# The kinds of the first table (caught: an error) and of the second (refused unread: an error or a
# reversal warning); turn_direction is found with a warning only, so it is in the second alone.
ERROR_KINDS = [
    "drop_sentence",
    "half_english",
    "change_digit",
    "swap_unit",
    "swap_rate",
    "drop_rate",
    "swap_script",
    "keep_english",
]
ERROR_KINDS += UNMUTATED_AND_BENIGN
REFUSAL_KINDS = ["turn_direction", *UNMUTATED_AND_BENIGN]


def flagged(
    project, locale: str, domain: str, file: str, header, message: Message, translation: str
) -> tuple[set[str], set[str]]:
    """The checks that report an error for the message translated so, and those that report a
    warning that it may say the opposite (REVERSAL_CHECKS)."""
    mutated = replace(message, msgstr=translation)
    report = check_parsed(project, locale, domain, file, Catalog(header=header, messages=(mutated,)))
    found = [finding for finding in report.findings if finding.msgid]
    return (
        {finding.check for finding in found if finding.severity == "error"},
        {finding.check for finding in found if finding.severity == "warning" and finding.check in REVERSAL_CHECKS},
    )


class Tally:
    """Mutants tried and caught, per (locale, kind)."""

    def __init__(self, project):
        self.project = project
        self.tried: Counter = Counter()
        self.caught: Counter = Counter()
        self.caught_by: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.refused: Counter = Counter()  # an error or a reversal warning: refused unread without a review
        self.refused_by: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.missed: dict[tuple[str, str], list[dict]] = defaultdict(list)

    def judge(self, where: tuple, kind: str, mutant: str) -> None:
        locale, domain, file, header, message = where
        found, reversals = flagged(self.project, locale, domain, file, header, message, mutant)
        self.tried[(locale, kind)] += 1
        if found:
            self.caught[(locale, kind)] += 1
            self.caught_by[(locale, kind)].update(found)
        if found or reversals:
            self.refused[(locale, kind)] += 1
            self.refused_by[(locale, kind)].update(found | {f"{check} (warning)" for check in reversals})
        # turn_direction, found with a warning only, is missed when nothing holds the page back
        caught_here = (found or reversals) if kind not in ERROR_KINDS else found
        if not caught_here and len(self.missed[(locale, kind)]) < 5:
            self.missed[(locale, kind)].append(
                {"file": file, "line": message.line, "source": message.msgid[:120], "mutant": mutant[:120]}
            )


def other_language(catalogs: dict, locales: list[str], locale: str, domain: str, message: Message) -> str | None:
    """The same message's translation in the first other language of another script."""
    for other in locales:
        other_catalog = catalogs.get((other, domain), (None, None))[1]
        found = other_catalog.get(message.msgid, message.msgctxt) if other_catalog else None
        if (
            other != locale
            and found is not None
            and found.translated
            and language_for(other).script != language_for(locale).script
            and any(char.isalpha() for char in found.msgstr)
        ):
            return found.msgstr
    return None


def main() -> None:
    project = load_project()
    locales = [settings.code for settings in project.target_locales]
    catalogs = {}
    for locale in locales:
        for path in sorted(project.po_path(locale, "common").parent.glob("*.po")):
            catalogs[(locale, path.stem)] = (project.relative(path), read_file(path, project.relative(path)))
    tally = Tally(project)
    for (locale, domain), (file, catalog) in catalogs.items():
        for message in catalog.messages:
            if not message.translated or message.is_plural or "fuzzy" in message.flags:
                continue
            source, translation = message.msgid, message.msgstr
            where = (locale, domain, file, catalog.header, message)
            tally.judge(where, "unmutated", translation)
            for kind, mutate in {**DEFECTS, **BENIGN}.items():
                for mutant in dict.fromkeys(mutate(source, translation, locale)):
                    if mutant != translation:
                        tally.judge(where, kind, mutant)
            if source.strip() and any(ch.isalpha() for ch in source):
                tally.judge(where, "keep_english", source)
            other = other_language(catalogs, locales, locale, domain, message)
            if other is not None:
                tally.judge(where, "swap_script", other)
    tried, caught, refused = tally.tried, tally.caught, tally.refused
    table = {}
    for locale in locales:
        for kind in [*ERROR_KINDS, *REFUSAL_KINDS]:
            n = tried[(locale, kind)]
            if n:
                table[f"{locale}/{kind}"] = {
                    "mutants": n,
                    "errors": caught[(locale, kind)],
                    "rate": round(caught[(locale, kind)] / n, 3),
                    "caught_by": _by_count(tally.caught_by[(locale, kind)]),
                    "refused_unread": refused[(locale, kind)],
                    "refused_by": _by_count(tally.refused_by[(locale, kind)]),
                    "missed_examples": tally.missed[(locale, kind)],
                }
    totals = {
        kind: {
            "mutants": sum(tried[(loc, kind)] for loc in locales),
            "errors": sum(caught[(loc, kind)] for loc in locales),
            "refused_unread": sum(refused[(loc, kind)] for loc in locales),
        }
        for kind in [*ERROR_KINDS, *REFUSAL_KINDS]
    }
    for data in totals.values():
        data["rate"] = round(data["errors"] / data["mutants"], 3) if data["mutants"] else None
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "recall.json").write_text(
        json.dumps({"totals": totals, "by_locale": table}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    lines = [
        "# Recall of `check` on mutated shipped catalogs",
        "",
        "Made by `make recall` (bench/recall.py). A mutant is caught when `check` reports an error.",
        "Defects: the rate is the recall. Unmutated and benign edits: the rate is the false-positive rate.",
        "",
        *_table(locales, ERROR_KINDS, tried, caught),
        "",
        "## Refused unread without a required review",
        "",
        "A mutant counts when `check` reports an error or a warning that the translation may say the",
        f"opposite ({', '.join(f'[{check}]' for check in sorted(REVERSAL_CHECKS))}), which a release without a",
        "required review refuses until a second translator has read it. `turn_direction`: a comparison or a time turned around",
        "(더 → 덜, antes → después, 之前 → 之後, قبل → بعد), found by [comparison] with a warning. Its",
        "mutants turn the words the language module lists into words of the other way, mostly listed",
        "too: the rate shows the rule holds on real sentences, not how many reversals said in other",
        "words it finds (docs/checks.md, What the checks do not catch).",
        "",
        *_table(locales, REFUSAL_KINDS, tried, refused),
        "",
        "Missed defects (first examples) are listed in recall.json.",
    ]
    (RESULTS / "recall.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def _by_count(counter: Counter) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def _table(locales: list[str], kinds: list[str], tried: Counter, counted: Counter) -> list[str]:
    """A Markdown table of ``counted`` out of ``tried`` mutants, per kind and locale and in all."""
    lines = ["| kind | " + " | ".join(locales) + " | all |", "|---" * (len(locales) + 2) + "|"]
    for kind in kinds:
        pairs = [(tried[(locale, kind)], counted[(locale, kind)]) for locale in locales]
        pairs.append((sum(n for n, _ in pairs), sum(k for _, k in pairs)))
        lines.append(f"| {kind} | " + " | ".join(f"{k}/{n} ({k / n:.0%})" if n else "-" for n, k in pairs) + " |")
    return lines


if __name__ == "__main__":
    main()
