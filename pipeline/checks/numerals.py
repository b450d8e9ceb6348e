"""Reading numbers as any language writes them, for [numbers] and [units].

Digits of any script, the locale's separators (CLDR), large-number words
(1 million, 100만, 1만 2천), times, fractions (1/2, ½), native numerals
before counters (두 번) and words that are numbers (이틀, 절반): the values a
source *must* keep (:func:`source_mentions`) and every value a translation
*can* be read as saying (:func:`translation_values`).  Pure functions of
text and :class:`~pipeline.languages.Language` data; no findings here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from pipeline.checks import patterns
from pipeline.checks.context import EntryContext
from pipeline.checks.inline import inline_view
from pipeline.invisible import DIRECTION_MARKS
from pipeline.languages import Language
from pipeline.languages.scripts import block, char_class, script_of
from pipeline.literals import longest_first

# Punctuation that other scripts write differently; compatibility unit
# symbols (㎎, ㎖, common in Korean texts) are expanded by NFKC below.
_PUNCTUATION = str.maketrans(
    {
        "，": ",",
        "．": ".",
        "％": "%",
        "٪": "%",
        "٫": ".",
        "٬": ",",
        "～": "~",
        "〜": "~",
        "－": "-",
        "−": "-",
        "／": "/",
        "：": ":",
        # The spaces typesetting puts between a number and its unit ("1\u2009g/kg"):
        # no-break, narrow no-break, thin, six-per-em, figure and hair space.
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2006": " ",
        "\u2007": " ",
        "\u200a": " ",
    }
)
# A number word inside a longer Korean word is not a number ("반드시" is not "반").
_HANGUL = char_class("Hang")


def normalise(text: str) -> str:
    """Digits of any script as ASCII, and the punctuation numbers are written with."""
    if text.isascii():
        return text  # nothing ASCII is changed (the English, asked about by every check, is mostly ASCII)
    return text.translate(_NORMALISED)


def as_written(written: str, normalised: str) -> str:
    """The text to quote a span of ``normalised`` from: ``written`` itself (٠١٠, ４０, as a
    translator wrote them) when normalising kept every character in its place, which it
    does but for a direction mark it drops; else ``normalised``."""
    return written if len(written) == len(normalised) else normalised


class _NormalisedChars(dict):
    """What :func:`normalise` makes of each character, worked out the first time it is
    seen (a translation table for ``str.translate``: Korean text is all non-ASCII)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in DIRECTION_MARKS:  # no width, no letter: "5<RLM> أيام" is 5 days ([invisible] judges the mark)
            self[code] = ""
            return ""
        if not char.isascii():
            digit = unicodedata.decimal(char, None)  # not superscripts: they are category No
            if digit is not None:
                char = str(digit)
            elif block(char) == "CJK Compatibility":  # unit symbols in one character: ㎎, ㎖, ㎏, ㍺ (IU)
                char = unicodedata.normalize("NFKC", char)
        self[code] = normalised = char.translate(_PUNCTUATION)
        return normalised


_NORMALISED = _NormalisedChars()


def _plain(symbol: str) -> str:
    """A separator as it is after normalise(): no-break spaces are spaces."""
    return symbol.translate(_PUNCTUATION)


@lru_cache(maxsize=64)
def number_pattern(decimal: str, group: str, whole_runs: bool = False) -> str:
    """A regex for one number.  Grouping is only ``group`` + exactly three digits,
    so "1,2" is two numbers and "1,000" is one (for English separators).

    With ``whole_runs``, a number is never a piece of a longer run of digits and
    separators: "0,2" is no number with English separators (it is 0.2 with Spanish
    ones), and "0.4" holds no 4. What a translation says is read so: read in pieces,
    "0,2 g/kg" had the 2 of "2 g/kg", and "0.4 g/kg" the 4 g/kg of "4 g/kg".

    With no ``group``, ``decimal`` is a mark that groups thousands too (Arabic written with Latin
    digits: 2,5 and 1,000), read as a decimal mark only before other than three digits."""
    g, d = re.escape(_plain(group)), re.escape(_plain(decimal))
    if not group:  # a decimal mark that also groups (Arabic's comma: 2,5 and 1,000): never before three digits
        return _number_with(rf"\d+(?:{d}(?!\d{{3}}(?!\d))\d+)?", whole_runs)
    return _number_with(rf"(?:\d{{1,3}}(?:{g}\d{{3}})+(?!\d)|\d+)(?:{d}\d+)?", whole_runs)


def _number_with(number: str, whole_runs: bool) -> str:
    """``number`` as one number in a text (see :func:`number_pattern`)."""
    if whole_runs:
        return rf"(?<!\d)(?<!\d[.,]){number}(?![.,]?\d)"
    return rf"(?<!\d){number}"


def shown_value(value: Fraction) -> str:
    """A value as a message says it: 2, 1.5."""
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"


def parse_number(text: str, decimal: str, group: str) -> Fraction:
    """The value of a match of number_pattern(decimal, group)."""
    return Fraction(text.replace(_plain(group), "").replace(_plain(decimal), "."))


@lru_cache(maxsize=64)
def compiled_number_pattern(decimal: str, group: str, whole_runs: bool = False) -> re.Pattern:
    """:func:`number_pattern` compiled, once per pair of separators: what [numbers], [units]
    and [number-words] find a language's numbers in digits with (its value: :func:`parse_number`)."""
    return re.compile(number_pattern(decimal, group, whole_runs))


# Digits joined by points or commas: one number, or pieces of several ("1,2,3"), or neither.
_SEPARATED_RUN = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)+")


@lru_cache(maxsize=64)
def number_conventions(language: Language) -> tuple[tuple[str, str], ...]:
    """The (decimal, group) separators a translation in ``language`` may write a number
    with: its own (CLDR), English's (a translator may keep "0.5"), and, where the
    language groups thousands by a space too (:func:`groups_by_space`), a space with
    either decimal mark.  A space groups only three digits, so "1 2 3" stays three
    numbers and "2 3-mg tablets" or "in 5 10-minute steps" two; "2 300" is read both
    ways (2300, and 2 and 300), as a translation is read generously."""
    conventions = [(language.decimal_symbol, language.group_symbol), (".", ",")]
    if groups_by_space(language):
        conventions += [(language.decimal_symbol, " "), (".", " ")]
    if language.comma_decimal_too:  # 2,5 مل is 2.5 mL; 1,000 still a thousand (number_pattern)
        conventions.append((",", ""))
    return tuple(dict.fromkeys(conventions))


def groups_by_space(language: Language) -> bool:
    """Whether ``language``'s readers meet thousands grouped by a space ("4 000", with a space, a
    no-break or a narrow no-break space): where its group mark is a space (French), and wherever
    its decimal mark is the comma (German, Portuguese, Spanish: the SI's and ISO 80000's form,
    DIN 5008's, the RAE's "150 000"), where [numbers] itself tells a translator who kept "4,000"
    to write "4 000". Not only where CLDR's group mark is a space: German's and Brazilian
    Portuguese's is a point, and "5 000 mg" was read as 5 and 000 there."""
    return _plain(language.decimal_symbol) == "," or _plain(language.group_symbol) == " "


@dataclass(frozen=True)
class NumberMention:
    """A number of the source, and the sets of values that would render it."""

    text: str
    alternatives: tuple[frozenset[Fraction], ...]
    # a mixed number's whole (the 1 of 1 1/2), which no fraction of the translation may answer
    whole: Fraction | None = None

    def found_in(self, values: set[Fraction]) -> bool:
        return any(alternative <= values for alternative in self.alternatives)


def prose(ctx: EntryContext, text: str) -> str:
    """Visible, normalised text without addresses, phone numbers or placeholders."""
    return _prose(text, ctx.is_template)


@lru_cache(maxsize=8192)  # read by [numbers], [units] and [limits] alike
def _prose(text: str, placeholders: bool) -> str:
    return patterns.blank_out(normalise(inline_view(text).prose), placeholders=placeholders)


# --- reading the source ---------------------------------------------------------

_TIME_RE = re.compile(r"(?<![\d:.])(\d{1,2}):(\d{2})(?![\d:])")
_FRACTION_RE = re.compile(r"(?<![\d/.,])(\d+)/(\d+)(?![\d/])")
# A whole number and a fraction after it: one space and a fraction in digits (1 1/2, not 11/2,
# eleven halves), or a fraction character, a space before it or none (1½, 1 ½).
_MIXED_RE = re.compile(r"(?<![\d/.,])(\d+)(?: (\d+)/(\d+)(?![\d/.,])| ?([^\x00-\x7f]))")


@lru_cache(maxsize=1024)
def _idiom_re(idiom: str) -> re.Pattern:
    return re.compile(rf"(?<!\d){re.escape(idiom)}(?!\d)")


def source_mentions(text: str, language: Language) -> list[NumberMention]:
    """The numbers a translation must keep, in source order, without repeats."""
    found: list[tuple[int, NumberMention]] = []

    def take(regex: re.Pattern, make) -> None:
        nonlocal text
        taken = []
        for match in regex.finditer(text):
            mention = make(match)
            if mention:
                found.append((match.start(), mention))
                taken.append(match.span())
        text = patterns.blanked(text, taken)

    # Each pattern only where the text holds what it must match (most hold no idiom, time or fraction).
    for idiom, alternatives in language.number_idioms.items():
        if idiom in text:
            take(_idiom_re(idiom), lambda m, a=alternatives: NumberMention(m.group(), a))
    if ":" in text:
        take(_TIME_RE, _time_mention)
    dotted = _dotted_time_re(language)
    if dotted is not None and "." in text:  # "8.30 pm", "2.30 in the afternoon": a time, not 8.3
        take(dotted, _dotted_time_mention)
    mixed = mixed_numbers(text)
    for start, end, whole, fraction in mixed:
        # one and a half: 1,5 / 1.5 / 1 1/2 / 1½, or its whole and its half in words (1 comprimido y medio)
        total: Fraction = whole + fraction
        readings = (frozenset({total}), frozenset({whole, fraction}))
        found.append((start, NumberMention(text[start:end], readings, whole)))
    text = patterns.blanked(text, (span[:2] for span in mixed))
    if "/" in text:
        take(_FRACTION_RE, _fraction_mention)
    scaled = list(_scaled_numbers(text, language))
    for start, _, spelled, value, _ in scaled:
        found.append((start, NumberMention(spelled, (frozenset({value}),))))
    text = patterns.blanked(text, (span[:2] for span in scaled))
    for start, char, value in _vulgar_fractions(text):
        found.append((start, NumberMention(char, (frozenset({value}),))))
    if language.ordinals is not None:  # "the second dose", kept as "the 2nd dose" is
        for start, end, value in language.ordinals(text):
            found.append((start, NumberMention(f"'{text[start:end]}' ({value})", (frozenset({value}),))))
    number_re = compiled_number_pattern(language.decimal_symbol, language.group_symbol)
    # Most texts have no digit: the pattern of a number in digits need not run.
    for match in number_re.finditer(text) if patterns.has_digit(text) else ():
        value = parse_number(match.group(), language.decimal_symbol, language.group_symbol)
        found.append((match.start(), NumberMention(match.group(), (frozenset({value}),))))

    unique: dict[tuple, NumberMention] = {}
    for _, mention in sorted(found, key=lambda item: item[0]):
        unique.setdefault(mention.alternatives, mention)
    return list(unique.values())


def mixed_numbers(text: str) -> list[tuple[int, int, Fraction, Fraction]]:
    """Where ``text`` writes a whole number and a fraction less than one after it (1 1/2, 1½, 1 ½:
    one and a half): start, end, the whole number and the fraction.  Read as one number, or "Take
    1 1/2 tablets" as "1,5 comprimidos" loses its 1 and its 1/2, and "2 1/2 comprimidos" keeps both
    (the 1 of 1/2).  A fraction alone still reads as its two numbers too (a translation's 2/1 must
    still be read, as upside down); [numbers] asks for a mixed number's whole outside every fraction
    (``NumberMention.whole``), so "1/2 comprimido" does not keep the 1 of "1 1/2"."""
    if not patterns.has_digit(text) or ("/" not in text and text.isascii()):
        return []  # most texts: no fraction to follow a number
    found = []
    for match in _MIXED_RE.finditer(text):
        whole, numerator, denominator, character = match.groups()
        if character is not None:
            fraction = _fraction_value(character)
        else:
            fraction = Fraction(int(numerator), int(denominator)) if int(denominator) else None
        if fraction is not None and 0 < fraction < 1:
            found.append((match.start(), match.end(), Fraction(int(whole)), fraction))
    return found


def _time_mention(match: re.Match) -> NumberMention | None:
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 24 or minute > 59:
        return None  # a ratio or a score, read as two plain numbers
    # 8:00 pm may become 오후 8시 or 20:00; the minutes, if any, must stay.
    hours = {hour, hour - 12 if hour > 12 else hour + 12}
    extra = {Fraction(minute)} if minute else set()
    return NumberMention(match.group(), tuple(frozenset({Fraction(h), *extra}) for h in sorted(hours)))


@lru_cache(maxsize=64)
def _dotted_time_re(language: Language) -> re.Pattern | None:
    """An hour and its minutes written with a point, a half of the day right after them: "8.30 pm",
    "8.30 in the evening" (the source language's ``day_halves``), or after the other end of their
    range ("between 7.30 and 8.30 a.m.", "7.30-8.30am": the half says both are times). Not a point
    alone: "8.30" may be a number (8.3), as both of "between 2.30 and 3.50 mmol/L" are."""
    if not language.day_halves:
        return None
    am, pm = language.day_halves
    words = "|".join(map(re.escape, dict.fromkeys((*language.range_words, *language.alternative_words))))
    joiner = rf"[-–]|\b(?:{words})\b" if words else "[-–]"
    other_end = rf"\s*(?:{joiner})\s*\d{{1,2}}\.\d\d"
    return re.compile(rf"(?<![\d:.,])(\d{{1,2}})\.(\d{{2}})(?=(?:{other_end})?\s?(?:{am}|{pm}))", re.IGNORECASE)


def _dotted_time_mention(match: re.Match) -> NumberMention | None:
    """A time written with a point: its hour and minutes as a time with a colon is (20.30 Uhr,
    halb neun, ocho y media, 오후 8시 30분 for "8.30 pm"), or its digits kept as they are (8.30)."""
    time = _time_mention(match)
    if time is None:
        return None
    return NumberMention(match.group(), (*time.alternatives, frozenset({parse_number(match.group(), ".", ",")})))


def clock_times_with_a_point(text: str, language: Language) -> Iterator[tuple[int, int, int, int]]:
    """The times ``text`` writes with a point where its readers tell the time on the 24-hour
    clock, the language's ``clock_hour`` after them (20.30 Uhr, 8.30 h): start and end of the
    hour, hour, minutes. A number otherwise (20.3), which :func:`translation_values` also reads."""
    marker = language.pattern("clock_hour")
    if marker is None or "." not in text:
        return
    said_so = language.pattern("clock_time_with_a_point")  # um 20.30 ein: no Uhr, its words say a time
    for match in _TIME_WITH_A_POINT.finditer(text):
        hour, minutes = int(match.group(1)), int(match.group(2))
        if hour > 24 or minutes > 59:
            continue
        if marker.match(text, match.end()) or (said_so is not None and said_so.match(text, match.start())):
            yield match.start(1), match.end(1), hour, minutes


_TIME_WITH_A_POINT = re.compile(r"(?<![\d.,:])(\d{1,2})\.(\d{2})(?![.,]?\d)")


def slash_fractions(text: str) -> list[tuple[int, int, int, int]]:
    """Fractions written with a slash (1/2, 1／4 once normalised): start, end, numerator, denominator.
    Their order is what they say, as words may not show it (Korean 2분의 1 is one half)."""
    if "/" not in text:
        return []
    return [(m.start(), m.end(), int(m.group(1)), int(m.group(2))) for m in _FRACTION_RE.finditer(text)]


def _fraction_mention(match: re.Match) -> NumberMention | None:
    numerator, denominator = int(match.group(1)), int(match.group(2))
    parts = frozenset({Fraction(numerator), Fraction(denominator)})
    if denominator == 0:
        return NumberMention(match.group(), (parts,))
    value = frozenset({Fraction(numerator, denominator)})
    if (numerator, denominator) == (1, 2):
        # A half (of a tablet, a teaspoon): that value, written 1/2, ½, 반, 2분의 1, medio, demi, 半.
        # Not its two numbers, which let "1 bis 2 Tabletten" answer "1/2 to 1 tablet" (four times
        # the dose). Other fractions may still be their numbers: a date (5/12), a ratio (24/7), and
        # thirds and quarters in words not read as values in every language (tres cuartos).
        return NumberMention(match.group(), (value,))
    return NumberMention(match.group(), (parts, value))


_NOT_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def fraction_characters(text: str) -> list[tuple[int, Fraction]]:
    """Where ``text`` writes a fraction as one character (½, ¼, ⅓), and its value."""
    return [(start, value) for start, _, value in _vulgar_fractions(text)]


def _vulgar_fractions(text: str) -> Iterator[tuple[int, str, Fraction]]:
    if text.isascii():
        return
    for match in _NOT_ASCII_RE.finditer(text):  # ½ and its kind are not ASCII
        value = _fraction_value(match.group())
        if value is not None:
            yield match.start(), match.group(), value


@lru_cache(maxsize=8192)  # asked of every character that is not ASCII: Korean text is all such
def _fraction_value(char: str) -> Fraction | None:
    """The value of a one-character fraction (½, ⅓), None for any other character."""
    if "FRACTION" not in unicodedata.name(char, ""):
        return None
    value = unicodedata.numeric(char, None)
    return Fraction(value).limit_denominator(1000) if value is not None else None


@lru_cache(maxsize=64)
def _scale_re(language: Language) -> re.Pattern | None:
    if not language.scale_words:
        return None
    number = number_pattern(language.decimal_symbol, language.group_symbol)
    gap = r"\s" if language.scale_needs_space else r"\s?"
    boundary = r"(?![A-Za-z])" if language.scale_needs_space else ""

    def alternation(words: Iterable[str]) -> str:
        return longest_first(words)

    small = rf"(?:{gap}(?P<small>{alternation(language.small_scale_words)}))?" if language.small_scale_words else ""
    big = rf"(?:{gap}(?P<big>{alternation(language.scale_words)}){boundary})?"
    return re.compile(rf"(?P<number>{number}){small}{big}")


@lru_cache(maxsize=64)
def _scale_words(language: Language) -> tuple[str, ...]:
    """Every word :func:`_scale_re` scales a number by (1 million, 2천), as it matches them (case and all)."""
    return (*language.small_scale_words, *language.scale_words)


def _scaled_numbers(text: str, language: Language) -> Iterator[tuple[int, int, str, Fraction, tuple[Fraction, ...]]]:
    """Numbers written with large-number words: 1 million, 100만, 1만 2천, 3천만.

    Segments joined only by white space combine when their large-number words
    go down, as the language reads them: 1억 2,000만 = 120,000,000.  Yields
    the span, its text, the total and the value of each part (1만 2천 also
    says 10,000 and 2,000).
    """
    regex = _scale_re(language)
    if regex is None or not any(word in text for word in _scale_words(language)) or not patterns.has_digit(text):
        return  # a number in digits is scaled only by a word of the language's: most texts have neither
    segments = []
    for match in regex.finditer(text):
        small, big = match.groupdict().get("small"), match.group("big")
        if not small and not big:
            continue
        number = parse_number(match.group("number"), language.decimal_symbol, language.group_symbol)
        small_factor = language.small_scale_words.get(small, 1) if small else 1
        big_factor = language.scale_words.get(big, 1) if big else 1
        segments.append((match.start(), match.end(), number * small_factor, big_factor))

    run: list[tuple[int, int, Fraction, int]] = []
    for segment in [*segments, None]:
        joins = segment is not None and run and not text[run[-1][1] : segment[0]].strip() and run[-1][3] > segment[3]
        if joins and segment is not None:
            run.append(segment)
            continue
        if run:
            start, end = run[0][0], run[-1][1]
            parts = tuple(value * factor for _, _, value, factor in run)
            yield start, end, text[start:end], sum(parts, Fraction(0)), parts
        run = [segment] if segment is not None else []


# --- reading the translation ----------------------------------------------------


def translation_values(text: str, language: Language, source_language: Language) -> set[Fraction]:
    """Every value the translation can be read as saying, read generously.

    Both the target's and the source's number conventions are tried (a
    Spanish translator may keep "0.5"), and words are understood as well as
    digits.  Reading too much can only hide a defect, never invent one.
    """
    return set(_translation_values(text, language, source_language))  # a set of its own: callers add to it


@lru_cache(maxsize=4096)  # read by [numbers], [units], [number-words], [phone] and rates alike
def _translation_values(text: str, language: Language, source_language: Language) -> frozenset[Fraction]:
    values: set[Fraction] = set()
    text = _blank_rate_periods(text, language)  # 하루에 두 번: the 하루 is "a day", not 1
    mixed = mixed_numbers(text)
    for _, _, whole, fraction in mixed:  # 2 1/2: two and a half, not the 1 of 1/2
        values.update((whole + fraction, whole, fraction))
    text = patterns.blanked(text, (span[:2] for span in mixed))
    conventions = number_conventions(language)
    read_whole = set()
    digits = patterns.has_digit(text)  # most texts have none: no pattern of a number in digits need run
    for convention in conventions if digits else ():
        for match in compiled_number_pattern(*convention, whole_runs=True).finditer(text):
            values.add(parse_number(match.group(), *convention))
            read_whole.add(match.span())
    for _, _, hour, minutes in clock_times_with_a_point(text, language) if digits else ():
        values.update((Fraction(hour), Fraction(minutes)))  # 20.30 Uhr: 20 and 30, not only 20.3
    for run in _SEPARATED_RUN.finditer(text) if digits else ():
        if run.span() not in read_whole:  # no convention reads it as one number: each piece may be one
            for convention in conventions:
                values.update(
                    parse_number(m.group(), *convention)
                    for m in compiled_number_pattern(*convention).finditer(run.group())
                )
    for lang in (language, source_language):
        for *_, total, parts in _scaled_numbers(text, lang):
            values.update((total, *parts))
    for match in _FRACTION_RE.finditer(text) if digits else ():
        numerator, denominator = int(match.group(1)), int(match.group(2))
        if denominator:
            values.add(Fraction(numerator, denominator))
    values.update(value for *_, value in _vulgar_fractions(text))
    values.update(value for _, _, value, _ in native_numbers(text, language))
    values.update(value for _, _, value, _ in number_words(text, language))
    # Numbers in words: 백 명, 천만, 한 종류 (the language's ``numerals``).
    values.update(value for _, _, value in language.number_spans(text))
    if language.ordinals is not None:  # el tercer día for "day 3": a value, never a count
        values.update(value for _, _, value in language.ordinals(text))
    return frozenset(values)


@lru_cache(maxsize=64)
def _native_re(language: Language) -> re.Pattern | None:
    if not language.counters or not (language.native_units or language.native_tens):
        return None

    def alternation(words: Iterable[str]) -> str:
        return longest_first(words)

    tens, units = alternation(language.native_tens), alternation(language.native_units)
    counters = alternation(language.counters)
    return re.compile(
        rf"(?<![{_HANGUL}])(?:(?P<tens>{tens})(?P<units>{units})?|(?P<only_units>{units}))"
        rf"\s?(?P<counter>{counters})"
    )


def native_numbers(text: str, language: Language) -> Iterator[tuple[int, int, Fraction, str]]:
    """Native numerals before a counter: 두 번 (2), 세 시간 (3 hours), 열두 살 (12)."""
    regex = _native_re(language)
    if regex is None:
        return
    for match in regex.finditer(text):
        value = language.native_tens.get(match.group("tens") or "", 0)
        value += language.native_units.get(match.group("units") or match.group("only_units") or "", 0)
        yield match.start(), match.end(), Fraction(value), match.group("counter")


@lru_cache(maxsize=8192)  # read by [number-words], [limits], [numbers] and [units] alike
def number_words(text: str, language: Language) -> tuple[tuple[int, int, Fraction, str | None], ...]:
    """Words that are numbers by themselves: 이틀 (2 days), 일주일 (1 week), 반 (1/2)."""
    return tuple(
        (match.start(), match.end(), Fraction(value), unit)
        for word, readings in language.number_words.items()
        if word in text  # each regex finds its word as written: most texts hold none of the words
        for match in _number_word_re(language, word).finditer(text)
        for value, unit in readings
    )


@lru_cache(maxsize=4096)
def _number_word_re(language: Language, word: str) -> re.Pattern:
    """The regex of one word of ``language.number_words``, compiled when a text first holds the
    word: compiling every word's at once took 14 ms of a cold check, most of them for words
    no text of it held."""
    # A one-syllable word (반) must also stand alone, or "반드시" (surely) would read as one half.
    after = r"(?![^\s\d.,)])" if len(word) == 1 else ""
    if script_of(word[0]) in _SPACED_WORD_SCRIPTS:
        return re.compile(_whole_word(word, language))
    return re.compile(rf"(?:{_before_number_word(language)}){re.escape(word)}{after}")


@lru_cache(maxsize=64)
def _before_number_word(language: Language) -> str:
    """What may stand before a word of ``language.number_words`` written without spaces: not
    inside a longer word, except right after another word of a number of periods: days run
    together say "one or the other" (하루이틀, a day or two; 이틀사흘), each day a number."""
    periods = [word for word, readings in language.number_words.items() if len(word) > 1 and readings[0][1]]
    return "|".join([rf"(?<![{_HANGUL}])", *(rf"(?<={re.escape(word)})" for word in periods)])


# Scripts that write a space between words: a number word of theirs is a whole word.
_SPACED_WORD_SCRIPTS = frozenset({"Latn", "Arab"})


def _whole_word(word: str, language: Language) -> str:
    """``word`` not inside a longer word of its script, save for the language's clitics before it
    and endings after it (Arabic ليومين, the article in اليومين; مليونا): مليون is no number in
    مليونير, nor ربع ساعة (a quarter of an hour) in أربع ساعة."""
    first, last = (f"[{char_class(script_of(char))}]" for char in (word[0], word[-1]))
    clitics = "".join(rf"|(?<={re.escape(c)})(?<!{first}{re.escape(c)})" for c in language.word_clitics)
    endings = "|".join(map(re.escape, language.word_endings))
    return rf"(?:(?<!{first}){clitics}){re.escape(word)}(?=(?:{endings})?(?!{last}))"


# --- rates: "a day" said with a word for one day ------------------------------


def word_guards(word: str) -> tuple[str, str]:
    """What may not stand right before and after ``word`` for it to be that word:
    a digit before 1일 (21일), a letter before 하루 or "diario"; Latin and Arabic
    words end at a word boundary ("a week" is not in "a weekend").  Chinese
    writes no spaces: 每天 may follow any character, 一天 no numeral (十一天)."""
    first, last = word[0], word[-1]
    if first.isdigit():
        before = r"(?<![\d.,])"
    elif script_of(first) == "Hani":
        before = r"(?<![\d第一二兩两三四五六七八九十百千萬万])"
    else:
        before = r"(?<![\w])"
    after = r"(?![\w])" if script_of(last) in ("Latn", "Arab") else ""
    return before, after


@lru_cache(maxsize=64)
def _rate_period_re(language: Language) -> re.Pattern | None:
    if not language.period_words or not language.rate_after:
        return None
    words = "|".join(_guarded_behind(word) for word in sorted(language.period_words, key=len, reverse=True))
    return re.compile(rf"(?P<word>{words})(?:{language.rate_after})")


def _guarded_behind(word: str) -> str:
    """``word`` with what may not stand before it (:func:`word_guards`) tested once the word is
    found: "하루(?<!\\w하루)" finds what "(?<!\\w)하루" does, but a pattern that begins with its
    words lets the regex engine skip to where one of their first characters is, instead of
    testing each guard at every position of the text (most of [units]' time on Korean texts)."""
    before = word_guards(word)[0]
    assert before.startswith("(?<!") and before.endswith(")"), before
    return rf"{re.escape(word)}(?<!{before[4:-1]}{re.escape(word)})"


@lru_cache(maxsize=8192)  # read by [numbers], [number-words], [limits] and [units] alike
def rate_periods(text: str, language: Language) -> tuple[tuple[int, int, str], ...]:
    """Words for one period said as a rate: 하루에, 하루 두 번, 일주일에, 一天兩次
    (start, end, canonical unit; the span ends after the particle: 하루에)."""
    regex = _rate_period_re(language)
    if regex is None:
        return ()
    return tuple(
        (match.start(), match.end(), language.period_words[match.group("word")]) for match in regex.finditer(text)
    )


def _blank_rate_periods(text: str, language: Language) -> str:
    return patterns.blanked(text, (span[:2] for span in rate_periods(text, language)))


def in_rate_period(start: int, end: int, text: str, language: Language) -> bool:
    """Whether text[start:end] overlaps a word for a period said as a rate (not a number then)."""
    return any(start < rate_end and rate_start < end for rate_start, rate_end, _ in rate_periods(text, language))
