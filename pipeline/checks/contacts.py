"""[phone], [email], [urls]: ways to reach help must reach the same place.

A reader who dials a mistyped number or opens a changed address gets no
help, so each of these is an error.  Phone numbers are compared by their
digits (``(877) 778-0318`` = ``877-778-0318``; adding the +1 country code is
fine, dropping it is not).  E-mail addresses and URLs are compared as exact
strings: ``example.org/ko`` is another page than ``example.org``.

Link targets (``[text](url)``) are compared by [markup]; here it is what the
reader sees in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.checks import patterns
from pipeline.checks.context import EntryContext
from pipeline.checks.numbers import normalise
from pipeline.findings import ERROR, Finding


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _same_phone(digits: str, other: str) -> bool:
    """The same digits, or the same number with a country code (up to 3 digits) added in front."""
    return other == digits or (other.endswith(digits) and len(other) - len(digits) <= 3)


def check_phone(ctx: EntryContext) -> Iterator[Finding]:
    # Digits in a URL or e-mail address are not a phone number.
    source = patterns.blank_out(normalise(ctx.source_view.prose), phones=False)
    translation = patterns.blank_out(normalise(ctx.translation_view.prose), phones=False)
    translated = [_digits(phone) for phone in patterns.phone_numbers(translation)]
    for phone in patterns.phone_numbers(source):
        digits = _digits(phone)
        if not any(_same_phone(digits, other) for other in translated):
            yield ctx.finding("phone", ERROR, f"phone number {phone} is missing from the translation")
    for number in patterns.emergency_numbers(source):
        if not re.search(rf"(?<!\d){number}(?!\d)", translation):
            yield ctx.finding("phone", ERROR, f"emergency number {number} is missing from the translation")


def check_email(ctx: EntryContext) -> Iterator[Finding]:
    yield from _exact_strings(ctx, "email", "e-mail address", patterns.emails)


def check_urls(ctx: EntryContext) -> Iterator[Finding]:
    yield from _exact_strings(ctx, "urls", "URL", patterns.urls)


def _exact_strings(ctx: EntryContext, check: str, what: str, find) -> Iterator[Finding]:
    wanted = Counter(find(ctx.source_view.prose))
    if not wanted:
        return
    have = Counter(find(ctx.translation_view.prose))
    unexpected = sorted((have - wanted).elements())
    for missing in sorted((wanted - have).elements()):
        hint = f" (the translation has {unexpected.pop(0)})" if unexpected else ""
        yield ctx.finding(check, ERROR, f"{what} {missing} is missing from the translation{hint}")
