"""[phone], [email], [urls]: ways to reach help must reach the same place.

A reader who dials a mistyped number or opens a changed address gets no
help, so each of these is an error; so is one the translation adds (an extra
phone number, e-mail address, URL, or "119에 전화하세요" where the source says
911): a translation must not send a patient anywhere the source does not.  Phone numbers are compared by their
digits (``(877) 778-0318`` = ``877-778-0318`` = ``(877) 778 - 0318``; adding the number's
own country code is fine, ``+1`` or ``001`` for a North American number, ``+82 2-555-0100``
for ``02-555-0100`` in an English for readers in Korea, and ``+44 (0)20`` for ``+44 20``, whose
bracketed trunk 0 a caller from abroad leaves out; dropping it is not, nor is another
country's code: ``+49 877 778 0318`` dials Germany, one error naming both codes).  E-mail addresses and URLs are compared as exact
strings, but for the case of the host (``ClinicalTrials.gov`` = ``clinicaltrials.gov``):
``example.org/ko`` is another page than ``example.org``.

Link targets (``[text](url)``) are compared by [markup]; here it is what the
reader sees in the text (link text and autolinks included), where an address
a link of the source points to may be spelled out.  An autolink's target is
the address it shows: a changed one is told here, once, and [markup] leaves it
(:func:`addresses_reported`).

A number written in place of ``{emergency}`` ("119에 전화하세요" for "call
{emergency}") or beside it is [placeholders]'s error, not repeated here; so is
a phone number written for ``{language_line}`` or beside it.  An emergency
number of the source called as another ("llame al 112" for "call 999") is
told here once, with what the translation has instead, and not by [emergency];
so is one of two ("call 999 or 112" as "llame al 999 o al 122").

An extension, a phone menu's choice or a text-message short code the
translation adds ("extensión 4521", "後按 2", "o envíe un mensaje de texto al
741741") is an error here too: a patient would dial, press or text what the
English never said.  One that takes the place of the source's is [numbers]'.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from fractions import Fraction
from functools import lru_cache

from pipeline.calling_codes import NANP, calling_code
from pipeline.checks import patterns
from pipeline.checks.context import EntryContext, once_per_entry
from pipeline.checks.number_words import number_spans
from pipeline.checks.numerals import as_written, normalise, prose, translation_values
from pipeline.checks.placeholders import EMERGENCY_NUMBERS, region_literals
from pipeline.checks.quantities import alternation
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
from pipeline.languages.symbols import UNIT_SYMBOLS
from pipeline.literals import blank_matches

_SHORT = re.compile(r"(?<!\d)\d{3}(?!\d)")  # three digits alone: 911, 112, an extension 204
# The same, not part of a number (1,112 or 112.5); "llame al 112." ends a sentence.
_SHORT_NUMBER = re.compile(r"(?<!\d)(?<!\d[.,])\d{3}(?![.,]?\d)")


def _digits(text: str) -> str:
    # ٠١٠ and ０１０ are 010; "(0)" is the trunk 0 a caller from abroad leaves out: +44 (0)20 is +44 20
    return re.sub(r"\D", "", normalise(text).replace("(0)", ""))


def _dialled(phone: str) -> tuple[bool, str]:
    """Whether ``phone`` is written for a caller abroad (``+49 30 …``, ``0049 30 …``: the 00 is the
    international prefix most of the world dials for the +), and its digits after the + or 00."""
    written, digits = normalise(phone).lstrip(), _digits(phone)
    if written[:1] in ("+", "\uff0b"):  # ＋, full width
        return True, digits
    if written.startswith("00"):  # no national number starts with 00: no area code starts with 0
        return True, digits[2:]
    return False, digits


def _north_american(digits: str) -> bool:
    """Ten digits of the North American Numbering Plan (no area code or exchange starts with 0 or 1)."""
    return re.fullmatch(r"[2-9]\d{2}[2-9]\d{6}", digits) is not None


def _north_american_core(digits: str) -> str:
    """The ten digits of a North American number, with or without its long-distance 1 ("" for another)."""
    core = digits[1:] if len(digits) == 11 and digits.startswith("1") else digits
    return core if _north_american(core) else ""


def _country_code_written(phone: str, other: str) -> str | None:
    """How ``other`` writes the number ``phone``: "" as the same number (the same digits, or North
    America's long-distance 1 before them: 1-877-778-0318), its country code when it is ``phone``'s
    national number written for a caller abroad (+1 877-778-0318 for 877-778-0318, +82 2-555-0100
    for 02-555-0100: the trunk 0 is not dialled from abroad), None when it is another number."""
    abroad, digits = _dialled(phone)
    other_abroad, others = _dialled(other)
    if others == digits and abroad == other_abroad:
        return ""
    if abroad:
        return None  # the source gives its country code: a translation without it, or another, changed it
    if not other_abroad:
        return "" if _north_american_core(others) == _north_american_core(digits) != "" else None
    # What a caller abroad dials after the country code: not the trunk 0, nor North America's 1.
    for national in dict.fromkeys((digits, digits.removeprefix("0"), _north_american_core(digits) or digits)):
        if others.endswith(national) and 1 <= len(others) - len(national) <= 3:
            return others[: -len(national)]
    return None


def _country_codes(phone: str, source_region: str) -> frozenset[str]:
    """The country codes ``phone`` of the source may be given with (none: any of up to three
    digits, as [phone] cannot tell).  A North American number (ten digits, no area code or
    exchange starting with 0 or 1) is dialled with +1 (what a US reader abroad dials); another
    number of an English written for readers in a region outside North America, with that
    region's code (+82 2-555-0100 for 02-555-0100 in a leaflet for readers in Korea).  A number of
    neither (02-555-0100 in a US leaflet, whose readers' numbers have no trunk 0) is of a country
    the English does not say."""
    if _north_american_core(_digits(phone)):
        return frozenset({NANP})
    code = calling_code(source_region)
    return frozenset({code}) if code and code != NANP else frozenset()


def _same_phone(phone: str, other: str, source_region: str = "") -> bool:
    """Whether ``other`` is the number ``phone``: the same digits, or with a country code the
    source's readers' region dials it with from abroad (:func:`_country_codes`)."""
    code = _country_code_written(phone, other)
    if code is None:
        return False
    allowed = _country_codes(phone, source_region)
    return code == "" or not allowed or code in allowed


def _another_country(phone: str, other: str, source_region: str) -> str:
    """The country code ``other`` writes ``phone``'s national number with when that code is not
    the number's (+49 877 778 0318 for a US leaflet's (877) 778-0318: a patient would dial
    Germany), "" otherwise."""
    code = _country_code_written(phone, other)
    return code if code and not _same_phone(phone, other, source_region) else ""


# Europe's harmonised service numbers, 116 000 to 116 199 (116 117, Germany's on-call doctors; 116 123,
# a helpline), alone.  Read by [phone] only, not blanked out as a phone number for the other checks:
# written so, a count (116 117 for 116,117) is a number [numbers] compares.
_SERVICE_NUMBER = re.compile(r"(?<![\d.,:/])116[ \u00a0\u202f]?[01]\d{2}(?![.,:/]?\d|[ \u00a0\u202f]\d)")


def _service_numbers(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _SERVICE_NUMBER.finditer(text)] if "116" in text else []


def _grouped_like_a_quantity(phone: str) -> bool:
    """Digits grouped in threes by spaces, as a count may be written (116 117): a number the
    source has as a quantity (116,117) is that quantity."""
    return re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", phone.strip()) is not None


def _short_numbers_to_call(text: str, ctx: EntryContext) -> list[str]:
    """ "Call 911" in English, "119에 전화하세요" in Korean: short numbers the text says to call."""
    numbers = patterns.emergency_numbers(text)
    pattern = ctx.language.call_number_pattern
    if pattern:
        numbers += [match.group(1) for match in re.finditer(pattern, _without_phones(text))]
    return list(dict.fromkeys(numbers))


@lru_cache(maxsize=64)  # asked of one entry's translation up to four times by [phone] and [emergency]
def _without_phones(text: str) -> str:
    return _phones_blanked(text)


# Apart from its cache: mutmut leaves decorated functions alone.
def _phones_blanked(text: str) -> str:
    return blank_matches(patterns.PHONE_RE, text)


@lru_cache(maxsize=64)
def _after_call_words_re(language: Language) -> re.Pattern | None:
    """Three digits right after the language's words for "call" ("llame al 112", "撥打 119"), not
    the first group of a longer number ("llame al 555-0143", "llame al 555 0143")."""
    if not language.call_before:
        return None
    flags = re.IGNORECASE if language.ignore_case else 0
    dashes = re.escape(patterns.HYPHENS + patterns.RANGE_DASHES)
    return re.compile(
        rf"(?:{alternation(language.call_before)})\s*(\d{{3}})(?!\d)(?![.{dashes}]\d|\s\d{{3,4}}(?!\d))", flags
    )


@once_per_entry  # read by [phone] and [emergency] (short_numbers_reported)
def _contact_texts(ctx: EntryContext) -> tuple[str, str]:
    return _texts_to_dial_from(ctx)


# Apart from its cache: mutmut leaves decorated functions alone.
def _texts_to_dial_from(ctx: EntryContext) -> tuple[str, str]:
    """The source and translation as [phone] reads them: digits in a URL or e-mail address are not
    a phone number."""
    source = patterns.blank_out(ctx.normalised_source, phones=False)
    return source, patterns.blank_out(ctx.normalised_translation, phones=False)


@once_per_entry
def _source_phones(ctx: EntryContext) -> tuple[str, ...]:
    """The phone numbers of the source as [phone] reads it (:func:`_contact_texts`)."""
    return tuple(patterns.phone_numbers(_contact_texts(ctx)[0]))


@once_per_entry  # [phone] tells these, and [emergency] leaves them to it (short_numbers_reported)
def _numbers_to_call_compared(ctx: EntryContext) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """:func:`_short_numbers_compared` of the entry as [phone] reads it."""
    source, translation = _contact_texts(ctx)
    missing, extra = _short_numbers_compared(ctx, source, translation, _source_phones(ctx))
    return tuple(missing), tuple(extra)


def check_phone(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = _contact_texts(ctx)
    if not patterns.has_digit(source) and not patterns.has_digit(translation):
        return  # every finding below is of a number (most messages have none)
    # A number is reported as the translation writes it, ٠١٠-١٢٣٤-٥٦٧٨ or （８００）５５５－０１９９.
    shown = as_written(ctx.translation_view.prose, translation)
    source_phones = _source_phones(ctx)
    translated = [shown[start:end] for start, end in patterns.phone_spans(translation)]
    # A phone number written in place of {language_line}, or beside it, is [placeholders]'s finding: told once.
    written_for_placeholder = {
        _digits(phone) for phone in region_literals(ctx.source, ctx.translation, "language_line")
    }
    region = ctx.source_region
    # The source's number with another country's code (+49 877 778 0318 for (877) 778-0318): told
    # as that, once, not as the number missing and another added.
    other_country = {
        other: (phone, code)
        for phone in source_phones
        if not any(_same_phone(phone, other, region) for other in translated)
        for other in translated
        if (code := _another_country(phone, other, region))
    }
    blanked = patterns.blank_out(translation)
    added = [
        phone
        for phone in translated
        + [shown[start:end] for start, end in _local_numbers(ctx, source, blanked)]
        + [shown[start:end] for start, end in _service_numbers(blanked)]
        if not any(_same_phone(wanted, phone, region) for wanted in source_phones)
        and phone not in other_country
        and _digits(phone) not in written_for_placeholder
        and not (_grouped_like_a_quantity(phone) and source_has_value(ctx, int(_digits(phone))))
    ]
    for other, (phone, code) in other_country.items():
        codes = " or ".join(f"+{allowed}" for allowed in sorted(_country_codes(phone, region)))
        yield ctx.finding(
            "phone",
            ERROR,
            f"phone number {phone} has country code +{code} in the translation ({other}), which dials "
            f"another country: the number's country code is {codes}; write it as the source does",
        )
    reported = {phone for phone, _ in other_country.values()}
    for phone in source_phones:
        if phone not in reported and not any(_same_phone(phone, other, region) for other in translated):
            hint = f" (the translation has {added.pop(0)})" if added else ""
            yield ctx.finding("phone", ERROR, f"phone number {phone} is missing from the translation{hint}")
    for phone in added:
        yield ctx.finding("phone", ERROR, f"phone number {phone} in the translation is not in the source")

    missing, extra = _numbers_to_call_compared(ctx)
    for number, instead in missing:
        hint = f" (the translation has {instead})" if instead else ""
        yield ctx.finding("phone", ERROR, f"emergency number {number} is missing from the translation{hint}")
    for number in extra:
        yield ctx.finding("phone", ERROR, f"emergency number {number} in the translation is not in the source")

    for kind, number in _added_numbers_to_reach(ctx):
        yield ctx.finding("phone", ERROR, f"{kind} {number} in the translation is not in the source")


def source_has_value(ctx: EntryContext, value: int) -> bool:
    """Whether the source gives ``value``, in digits or words ("118 patients", "one hundred and
    twelve"): a number of the translation with it is that quantity, not a number to call."""
    source = prose(ctx, ctx.source)
    return Fraction(value) in translation_values(source, ctx.source_language, ctx.source_language)


def _short_numbers_compared(
    ctx: EntryContext, source: str, translation: str, source_phones: Sequence[str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """The source's numbers to call ("call 999") the translation lacks, each with the number it has
    instead ("" when none), and the numbers to call it adds."""
    # A short number the source has at all (an extension, a room) may be one to call.
    source_digits = set(_SHORT.findall(source)) | {_digits(phone) for phone in source_phones}
    # 119 written in place of {emergency}, or beside it, is [placeholders]'s finding: one mistake, told once.
    source_digits |= region_literals(ctx.source, ctx.translation, "emergency")
    extra = [number for number in _short_numbers_to_call(translation, ctx) if number not in source_digits]
    # "llame al 112", "撥打 119" for "call 999": the number called instead, said as what the
    # translation has (and so not also [emergency]'s "not the source's").
    after_call = _after_call_words_re(ctx.language)
    called = after_call.findall(_without_phones(translation)) if after_call else []
    # "llame al 999 o al 122" for "call 999 or 112": an emergency number of some region, given
    # beside the one called, is the number the translation has instead too.
    called += [number for number in _SHORT_NUMBER.findall(_without_phones(translation)) if number in EMERGENCY_NUMBERS]
    instead = [number for number in dict.fromkeys(called) if number not in source_digits and number not in extra]
    missing = []
    for number in dict.fromkeys(patterns.emergency_numbers(source)):
        if _times_written(number, translation, ctx.language) < _times_written(number, source, ctx.source_language):
            missing.append((number, extra.pop(0) if extra else instead.pop(0) if instead else ""))
    return missing, extra


def _times_written(number: str, text: str, language: Language) -> int:
    """How many times ``text`` gives ``number``, in digits or in the language's words: a number
    to call the source also gives as a quantity ("Call 15 if a child under 15 has a fever") is
    dropped when the translation gives it once, as the age ("… jonger dan 15 …")."""
    digits = len(re.findall(rf"(?<!\d){number}(?!\d)", text))
    in_words = sum(
        1
        for span in number_spans(text, language)
        if span.value == int(number) and not any(char.isdigit() for char in text[span.start : span.end])
    )
    return digits + in_words


def _added_numbers_to_reach(ctx: EntryContext) -> list[tuple[str, str]]:
    """The extensions, menu choices and short codes the translation gives whose number the source
    does not give at all ("extensión 4521", "按 2", "741741로 문자"): a patient would dial, press
    or text what the English never said.  One that takes the place of the source's of its kind
    (ext. 4521 as 내선 4512) is [numbers]' (*4521 in the source is missing from the translation
    (the translation has 4512)*), not told again here."""
    translation = prose(ctx, ctx.translation)
    written = _numbers_to_reach(translation, ctx.language, ctx.source_language)
    if not written:
        return []  # most messages
    source = prose(ctx, ctx.source)
    given = translation_values(source, ctx.source_language, ctx.source_language)
    given |= {value for _, _, value in ctx.source_language.number_spans(source)}  # "press two"
    # Of each kind, how many of the source's the translation lacks: [numbers] tells each, with a
    # number of the translation in its place.
    changed = Counter(
        kind
        for kind, number in _numbers_to_reach(source, ctx.source_language, ctx.source_language)
        if (kind, number) not in written
    )
    added = []
    for kind, number in written:
        if Fraction(int(number)) in given:
            continue
        if changed[kind]:
            changed[kind] -= 1
        else:
            added.append((kind, number))
    return added


def _numbers_to_reach(text: str, language: Language, source_language: Language) -> list[tuple[str, str]]:
    """(kind, number) of each extension, menu choice and text-message short code ``text`` gives,
    in order; not a quantity (按 2 次, press twice; a short code of 150000 personas)."""
    says = _says_to_call_or_text_re(language)
    regexes = _numbers_to_reach_res(language)
    if says is not None and says.search(text):
        regexes = [*regexes, ("short code", _SHORT_CODE)]
    found = [
        (match.start("number"), kind, match.group("number"))
        for kind, regex in regexes
        for match in regex.finditer(text)
        if not _quantity_follows(text, match.end("number"), language, source_language)
    ]
    return [(kind, number) for _, kind, number in sorted(found)]


def _quantity_follows(text: str, end: int, language: Language, source_language: Language) -> bool:
    """Whether a unit, counter or dose form follows the number ending at ``end`` (按 2 次, press
    twice; 150000 personas).  In a language that writes its words apart ("1 million": Arabic,
    Spanish), a whole word: the ل of للغة (for the language) is no litre."""
    quantity = _quantity_after_re(language, source_language).match(text, end)
    if quantity is None:
        return False
    return not (language.scale_needs_space and text[quantity.end() : quantity.end() + 1].isalpha())


@lru_cache(maxsize=64)
def _numbers_to_reach_res(language: Language) -> list[tuple[str, re.Pattern]]:
    flags = re.IGNORECASE if language.ignore_case else 0
    word = r"(?<![^\W\d_])" if language.ignore_case else ""  # "press", not "express"; 後按 2 in Chinese
    regexes = []
    if language.extension_words:
        regexes.append(
            ("extension", rf"{word}(?:{alternation(language.extension_words)})\.?\s*(?P<number>\d{{1,6}})(?!\d)")
        )
    if language.menu_before:
        regexes.append(
            ("menu choice", rf"{word}(?:{alternation(language.menu_before)})\s*(?P<number>\d{{1,2}})(?!\d|[.,:/]\d)")
        )
    if language.menu_after:
        regexes.append(
            ("menu choice", rf"(?<![\d.,:/\-])(?P<number>\d{{1,2}})\s?(?:{alternation(language.menu_after)})")
        )
    return [(kind, re.compile(regex, flags)) for kind, regex in regexes]


# Five or six digits alone (not grouped, not part of a longer number): a text-message short code
# (741741) when the text says to call or text.
_SHORT_CODE = re.compile(
    rf"(?<![\d.,:/+{re.escape(patterns.HYPHENS + patterns.RANGE_DASHES)}])(?<!\d\s)(?P<number>\d{{5,6}})"
    r"(?!\d|[.,:/]\d|\s\d)"
)


@lru_cache(maxsize=64)
def _says_to_call_or_text_re(language: Language) -> re.Pattern | None:
    words = (*language.call_before, *language.call_after, *language.text_words)
    if not words:
        return None
    return re.compile(alternation(words), re.IGNORECASE if language.ignore_case else 0)


def short_numbers_reported(ctx: EntryContext) -> set[str]:
    """The short numbers [phone] reports: added after "call" (English, Korean), or given as what the
    translation has instead of the source's number to call. [emergency] leaves them to it."""
    missing, extra = _numbers_to_call_compared(ctx)
    return set(extra) | {instead for _, instead in missing if instead}


def _local_numbers(ctx: EntryContext, source: str, translation: str) -> list[tuple[int, int]]:
    """Where seven-digit local phone numbers are in ``translation`` (``555-0199``), told from ranges.

    A range is written the same way (``500-1000``, ``100-2000``), so a group of
    three and four digits is a phone number when its four digits start with 0
    (no quantity is written 0199), or else when it is no quantity (no unit,
    counter, dose form or percent sign after it: ``500-1000 mg``, ``500-1000명``,
    unless the text says to call it: ``555-1234번으로 전화``, ``llame al``) and the
    source does not say both its numbers (``100 to 2,000`` translated
    ``100-2000``).  Joined by a range's dash (``200–2000``, as a range is
    typeset), it is one only when its four digits start with 0 or the text says
    to call it.  Only additions: the source's own such group is not demanded
    ([numbers] compares its digits).
    """
    candidates = patterns.local_phone_numbers(translation)
    if not candidates:
        return []
    in_source = {_digits(match.group()) for match in patterns.local_phone_numbers(source)}
    quantity_after = _quantity_after_re(ctx.language, ctx.source_language)
    call_before, call_after = _call_words_res(ctx.language)
    source_values: set[Fraction] | None = None
    found = []
    for match in candidates:
        exchange, line = match.group(1), match.group(2)
        if exchange + line in in_source:
            continue
        if not line.startswith("0"):
            called = (call_before is not None and call_before.search(translation, 0, match.start())) or (
                call_after is not None and call_after.match(translation, match.end())
            )
            typeset_range = translation[match.end(1)] in patterns.RANGE_DASHES
            if (typeset_range or quantity_after.match(translation, match.end())) and not called:
                continue
            if source_values is None:
                source_values = translation_values(prose(ctx, ctx.source), ctx.source_language, ctx.source_language)
            if Fraction(int(exchange)) in source_values and Fraction(int(line)) in source_values:
                continue
        found.append(match.span())
    return found


@lru_cache(maxsize=64)
def _quantity_after_re(language: Language, source_language: Language) -> re.Pattern:
    """What makes a number before it a quantity: a unit (symbol or word), a counter, a dose form, %.
    Not a counter that also names a number (번: 555-1234번 is a phone number as much as a count)."""
    languages = (language, source_language)
    counters = [word for lang in languages for word in lang.counters if word not in lang.number_names]
    words = alternation([*UNIT_SYMBOLS, *(word for lang in languages for word in lang.unit_words), *counters])
    forms = "".join(f"|(?:{form})" for lang in languages for form in lang.dose_forms)
    return re.compile(rf"\s?(?:[%‰°]|(?:{words})(?![A-Za-z]){forms})", re.IGNORECASE)


@lru_cache(maxsize=64)
def _call_words_res(language: Language) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The language's words that say to call the number after them (at the end of a
    text searched up to the number: "llame al", "撥") or before them ("번으로 전화")."""
    flags = re.IGNORECASE if language.ignore_case else 0
    before = re.compile(rf"(?:{alternation(language.call_before)})\s*$", flags) if language.call_before else None
    after = re.compile(rf"\s?(?:{alternation(language.call_after)})", flags) if language.call_after else None
    return before, after


def _site(address: str) -> str:
    """``https://www.sjsupport.org/``, ``www.sjsupport.org`` and ``sjsupport.org`` lead to the same page."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", address).rstrip("/")


def check_email(ctx: EntryContext) -> Iterator[Finding]:
    yield from _exact_strings(ctx, "email", "e-mail address", patterns.emails, _mailbox)


def check_urls(ctx: EntryContext) -> Iterator[Finding]:
    yield from _exact_strings(ctx, "urls", "URL", patterns.urls, _address)


def addresses_reported(ctx: EntryContext) -> tuple[set[str], set[str]]:
    """The URLs and e-mail addresses [urls] and [email] report, as written: those of the source the
    translation lacks, and those the translation adds or has instead. [markup] leaves an autolink of
    one, <https://…>, to them: its address is the text the reader sees."""
    missing: set[str] = set()
    added: set[str] = set()
    for find, compared_as in ((patterns.urls, _address), (patterns.emails, _mailbox)):
        lacked, extra = _compared_strings(ctx, find, compared_as)
        missing |= {address for address, _ in lacked}
        added |= {instead for _, instead in lacked if instead} | set(extra)
    return missing, added


def _exact_strings(ctx: EntryContext, check: str, what: str, find, compared_as) -> Iterator[Finding]:
    missing, unexpected = _compared_strings(ctx, find, compared_as)
    for address, instead in missing:
        hint = f" (the translation has {instead})" if instead else ""
        yield ctx.finding(check, ERROR, f"{what} {address} is missing from the translation{hint}")
    for added in unexpected:
        yield ctx.finding(check, ERROR, f"{what} {added} in the translation is not in the source")


def _compared_strings(ctx: EntryContext, find, compared_as) -> tuple[list[tuple[str, str]], list[str]]:
    """The source's addresses the translation lacks, each with the one it has instead ("" when none),
    and the addresses it adds, as written."""
    source_text, translation_text = ctx.source_view.prose, ctx.translation_view.prose
    found, written = find(source_text), find(translation_text)
    if not found and not written:
        return [], []  # as most passages: nothing to compare
    source = {compared_as(value): value for value in reversed(found)}  # as first written
    translation = {compared_as(value): value for value in reversed(written)}
    wanted = Counter(compared_as(value) for value in found)
    have = Counter(compared_as(value) for value in written)
    # Spelling out where a link of the source goes is not adding an address (a mailto: target's too:
    # an e-mail address may follow a colon).
    targets = " ".join(ctx.source_view.link_targets)
    linked = {_site(compared_as(value)) for value in find(targets)}
    unexpected = [
        translation[key]
        for key in sorted((have - wanted).elements())
        if _site(key) not in linked and patterns.bare_domain_count(source_text, key) < have[key]
    ]
    missing = []
    for key in sorted((wanted - have).elements()):
        if patterns.bare_domain_count(translation_text, key) < wanted[key]:
            missing.append((source[key], unexpected.pop(0) if unexpected else ""))
    return missing, unexpected


# The scheme and host of an address (``https://ClinicalTrials.gov``), or all of it without a path.
_HOST = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*://)?[^/?#]*")


def _mailbox(value: str) -> str:
    """What an e-mail address reaches, to compare by: its domain in lower case, since DNS reads
    ``IVIG.org`` as ``ivig.org``; the name before the @ as written, where case may matter."""
    name, _, domain = value.rpartition("@")
    return f"{name}@{domain.lower()}"


def _address(value: str) -> str:
    """What a URL reaches, to compare by: its host in lower case, since DNS reads
    ``ClinicalTrials.gov`` as ``clinicaltrials.gov``; the rest as written, where case may
    matter: its path, an @ in it too (``medium.com/@sjsfoundation/Living-With-SJS``, which
    is no e-mail address)."""
    host = _HOST.match(value)
    end = host.end() if host else 0
    return value[:end].lower() + value[end:]
