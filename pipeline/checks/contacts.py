"""[phone], [email], [urls]: ways to reach help must reach the same place.

A reader who dials a mistyped number or opens a changed address gets no
help, so each of these is an error; so is one the translation adds (an extra
phone number, e-mail address, URL, or "119에 전화하세요" where the source says
911): a translation must not send a patient anywhere the source does not.  Phone numbers are compared by their
digits (``(877) 778-0318`` = ``877-778-0318``; adding the +1 country code is
fine, dropping it is not).  E-mail addresses and URLs are compared as exact
strings: ``example.org/ko`` is another page than ``example.org``.

Link targets (``[text](url)``) are compared by [markup]; here it is what the
reader sees in the text (link text and autolinks included), where an address
a link of the source points to may be spelled out.

A number written in place of ``{emergency}`` ("119에 전화하세요" for "call
{emergency}") is [placeholders]'s error, not repeated here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pipeline.checks import patterns
from pipeline.checks.context import EntryContext
from pipeline.checks.numerals import normalise
from pipeline.checks.placeholders import replaced_literals
from pipeline.findings import ERROR, Finding


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _same_phone(digits: str, other: str) -> bool:
    """The same digits, or the same number with a country code (up to 3 digits) added in front."""
    return other == digits or (other.endswith(digits) and len(other) - len(digits) <= 3)


def _short_numbers_to_call(text: str, ctx: EntryContext) -> list[str]:
    """ "Call 911" in English, "119에 전화하세요" in Korean: short numbers the text says to call."""
    numbers = patterns.emergency_numbers(text)
    pattern = ctx.language.call_number_pattern
    if pattern:
        without_phones = patterns.PHONE_RE.sub(lambda m: " " * len(m.group()), text)
        numbers += [match.group(1) for match in re.finditer(pattern, without_phones)]
    return list(dict.fromkeys(numbers))


def check_phone(ctx: EntryContext) -> Iterator[Finding]:
    # Digits in a URL or e-mail address are not a phone number.
    source = patterns.blank_out(normalise(ctx.source_view.prose), phones=False)
    translation = patterns.blank_out(normalise(ctx.translation_view.prose), phones=False)
    if not patterns.has_digit(source) and not patterns.has_digit(translation):
        return  # every finding below is of a number (most messages have none)
    source_phones = patterns.phone_numbers(source)
    translated = patterns.phone_numbers(translation)
    # A phone number written in place of {language_line} is [placeholders]'s finding: told once.
    written_for_placeholder = {
        _digits(phone) for phone in replaced_literals(ctx.source, ctx.translation, "language_line")
    }
    added = [
        phone
        for phone in translated
        if not any(_same_phone(_digits(wanted), _digits(phone)) for wanted in source_phones)
        and _digits(phone) not in written_for_placeholder
    ]
    for phone in source_phones:
        digits = _digits(phone)
        if not any(_same_phone(digits, _digits(other)) for other in translated):
            hint = f" (the translation has {added.pop(0)})" if added else ""
            yield ctx.finding("phone", ERROR, f"phone number {phone} is missing from the translation{hint}")
    for phone in added:
        yield ctx.finding("phone", ERROR, f"phone number {phone} in the translation is not in the source")

    wanted = patterns.emergency_numbers(source)
    # A short number the source has at all (an extension, a room) may be one to call.
    source_digits = set(re.findall(r"(?<!\d)\d{3}(?!\d)", source)) | {_digits(phone) for phone in source_phones}
    # 119 written in place of {emergency} is [placeholders]'s finding: one mistake, told once.
    source_digits |= replaced_literals(ctx.source, ctx.translation, "emergency")
    extra = [number for number in _short_numbers_to_call(translation, ctx) if number not in source_digits]
    for number in wanted:
        if not re.search(rf"(?<!\d){number}(?!\d)", translation):
            hint = f" (the translation has {extra.pop(0)})" if extra else ""
            yield ctx.finding("phone", ERROR, f"emergency number {number} is missing from the translation{hint}")
    for number in extra:
        yield ctx.finding("phone", ERROR, f"emergency number {number} in the translation is not in the source")


def _site(address: str) -> str:
    """``https://www.sjsupport.org/`` and ``www.sjsupport.org`` lead to the same page."""
    return re.sub(r"^(?:https?://)", "", address).rstrip("/")


def check_email(ctx: EntryContext) -> Iterator[Finding]:
    yield from _exact_strings(ctx, "email", "e-mail address", patterns.emails)


def check_urls(ctx: EntryContext) -> Iterator[Finding]:
    yield from _exact_strings(ctx, "urls", "URL", patterns.urls)


def _exact_strings(ctx: EntryContext, check: str, what: str, find) -> Iterator[Finding]:
    wanted = Counter(find(ctx.source_view.prose))
    have = Counter(find(ctx.translation_view.prose))
    # Spelling out where a link of the source goes is not adding an address.
    targets = " ".join(target.removeprefix("mailto:") for target in ctx.source_view.link_targets)
    linked = {_site(value) for value in find(targets)}
    unexpected = [value for value in sorted((have - wanted).elements()) if _site(value) not in linked]
    for missing in sorted((wanted - have).elements()):
        hint = f" (the translation has {unexpected.pop(0)})" if unexpected else ""
        yield ctx.finding(check, ERROR, f"{what} {missing} is missing from the translation{hint}")
    for added in unexpected:
        yield ctx.finding(check, ERROR, f"{what} {added} in the translation is not in the source")
