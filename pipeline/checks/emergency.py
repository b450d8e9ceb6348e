"""[emergency] The emergency number is the readers' own, and the source's.

A locale is written for readers in a region (leaflets.toml: ``region``), and
the region gives the emergency number (``[regions.US] emergency = "911"``).
Leaflet text writes ``{emergency}`` and each page shows its region's number.
Two things send a reader to a number that does not answer, both errors:

- A number the translation gives as an emergency number (one of the world's
  emergency numbers, next to the language's words for "call": 119에 전화,
  llame al 112, 撥打 110, اتصل بـ 999; or anywhere in a text about calling
  for help) that is neither in the source nor the region's number.  A
  three-digit one needs no such words: "Bel in een noodgeval 112", "Alarmnummer:
  112." in a language pipeline/languages/ has no words for (Dutch) are told
  too, unless the source has its value (in digits or words: "118 patients",
  "one hundred and twelve") or a unit or counter follows it (112 mg, 118명).
  15, 17 and 18 (France) only with such words, as counts of years and minutes
  are written so.
- A source that writes an emergency number itself ("call 911") for a locale
  whose readers are in a region with another one (Korean for readers in
  Korea, 119): the translation cannot be right; the source should write
  ``{emergency}``.

A number written out in place of ``{emergency}``, or beside it, is
[placeholders]'s error; one added in a "call" phrase that [phone] already reads
(English, Korean), or called in place of the source's number to call ("llame
al 112" for "call 999": *emergency number 999 is missing from the translation
(the translation has 112)*), is [phone]'s; neither is repeated here.  Nor is
a group of a phone number (the 112 of ``+34 91 112 34 56``) an emergency number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.checks import patterns
from pipeline.checks.contacts import _quantity_follows as quantity_follows
from pipeline.checks.contacts import _short_numbers_to_call as short_numbers_to_call
from pipeline.checks.contacts import short_numbers_reported, source_has_value
from pipeline.checks.context import EntryContext
from pipeline.checks.number_words import check_number_words
from pipeline.checks.numbers import check_numbers
from pipeline.checks.numerals import _scaled_numbers as scaled_numbers
from pipeline.checks.placeholders import EMERGENCY_NUMBERS, region_literals
from pipeline.findings import ERROR, Finding
from pipeline.regions import placeholders

CHECK = "emergency"
# Two or three digits alone: not part of a longer number, nor a group of one written with spaces (912 000).
_SHORT = re.compile(r"(?<![\d.,:/])(?<!\d[ \u00a0\u202f])\d{2,3}(?![\d.,:/]?\d|[ \u00a0\u202f]\d{3}(?!\d))")


def check_emergency(ctx: EntryContext) -> Iterator[Finding]:
    source = patterns.blank_out(ctx.normalised_source, phones=False, placeholders=True)
    translation = patterns.blank_out(ctx.normalised_translation, phones=False, placeholders=True)
    if not patterns.has_digit(source) and not patterns.has_digit(translation):
        return  # every finding below is of a number (most messages have none)
    source_calls = patterns.emergency_numbers(source)
    region = ctx.emergency

    if region:
        for number in dict.fromkeys(source_calls):
            if number != region:
                yield ctx.finding(
                    CHECK,
                    ERROR,
                    (
                        f"the source says to call {number}, but this locale's readers are in {ctx.region} "
                        f"(emergency number {region}): write {{emergency}} in the source, which each page fills "
                        "with its readers' number"
                    ),
                )

    # Not a group of a phone number (+34 91 112 34 56): [phone] reports the number whole.
    source_digits = set(_SHORT.findall(patterns.without_phone_numbers(source)))
    allowed = source_digits | ({region} if region else set())
    added = [
        match
        for match in _SHORT.finditer(patterns.without_phone_numbers(translation))
        if match.group() in EMERGENCY_NUMBERS and match.group() not in allowed
    ]
    if not added:
        return  # no emergency number the source lacks (most messages): what [phone] tells need not be read
    already = set(short_numbers_to_call(translation, ctx)) | short_numbers_reported(ctx)  # [phone] reports these
    already |= region_literals(ctx.source, ctx.translation, "emergency")  # and [placeholders] these
    about_emergency = (
        bool(source_calls)
        or "emergency" in placeholders(ctx.source)
        or _near_emergency_word(source.lower(), ctx.source_language.emergency_words)
    )
    target = ctx.language
    for match in added:
        number = match.group()
        if number in already:
            continue
        if about_emergency or _is_called(translation, match, target):
            mine = f" (the readers' number is {region}: keep {{emergency}})" if region else ""
            yield ctx.finding(CHECK, ERROR, f"emergency number {number} in the translation is not the source's{mine}")
        elif _given_bare(ctx, translation, match):
            mine = f" (the readers' number is {region})" if region else ""
            yield ctx.finding(
                CHECK,
                ERROR,
                f"emergency number {number} in the translation is not the source's{mine}: "
                "give no number the English does not give",
            )


def _given_bare(ctx: EntryContext, translation: str, match: re.Match) -> bool:
    """Whether a three-digit emergency number the translation adds is one to call, with no word for
    "call" this project knows ("Im Notfall: 112.", "Wählen Sie die 112."): not a quantity, whose
    value the source gives ("118 patients", "one hundred and twelve") or that a unit or counter
    follows (112 mg, 118명)."""
    # Read with its placeholders, which ``translation`` blanks out: "100%%" is 100 percent.
    written = ctx.normalised_translation
    if len(match.group()) != 3 or quantity_follows(written, match.end(), ctx.language, ctx.source_language):
        return False
    if any(start <= match.start() < end for start, end, *_ in scaled_numbers(translation, ctx.language)):
        return False  # 100만, 100 萬: a million
    if source_has_value(ctx, int(match.group())):
        return False
    # Written where a number of the source is missing ("1 trong 100" for "one in ten"): [numbers]' or
    # [number-words]' error, with this number as what the translation has instead; one mistake, told once.
    instead = f"(the translation has {match.group()})"
    return not any(
        instead in finding.message for check in (check_numbers, check_number_words) for finding in check(ctx)
    )


def _is_called(text: str, match: re.Match, words) -> bool:
    before = text[max(0, match.start() - 24) : match.start()].rstrip(" :")
    after = text[match.end() : match.end() + 12]
    return (
        any(before.lower().endswith(word.lower()) for word in words.call_before)
        or any(after.lstrip().startswith(word) or after.startswith(word) for word in words.call_after)
        # "응급 시 119", "emergencias: 112", "緊急電話 119", "응급 전화번호(119)": given as the number for help
        or _near_emergency_word(before.lower(), words.emergency_words)
    )


def _near_emergency_word(text: str, words: tuple[str, ...]) -> bool:
    return any(word.lower() in text for word in words)
