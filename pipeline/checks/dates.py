"""[dates] A date of the source is said in the translation with its day, month and year.

"Your appointment is on 3 March 2025" said as `el 3 de mayo de 2025` keeps every number ([numbers]
sees 3 and 2025) and sends the patient on another day.  The source's dates (3 March 2025, March 3,
2025, Monday 3 March, on 12 May, 2025-03-03, and a month with its year: "in March 2025") are looked
for in the translation in any form its readers read: a month by its name in the locale's CLDR data
(Babel: wide and abbreviated, format and stand-alone; Arabic's Levantine names too, أيار beside
مايو) next to a day or a year (`3 de mayo de 2025`, `le 3 mars 2025`, `am 3. März 2025`, `٣ مارس
٢٠٢٥`), a month by its number (`2025年3月3日`, `2025년 3월 3일`), or all in digits (`3.3.2025`,
`03/03/2025` day first, `2025/3/3` and `2025. 3. 3.` year first).

- No date in the translation, or none with the source's month, day (when it gives one) and year
  (when both give one): an error.  [numbers] does not also read the numbers of the dates [dates]
  reads, in the source or the translation (``without_dates``): a date is one finding, and a right
  one in another form (`03.03.2025` for 2025-03-03) none.
- Only a slash date in digits may be read two ways: where the readers' region writes the month
  first (the US) and the locale the day first, `03/05/2025` is a warning when it is the source's
  date read one way and not the other (write the month in words); `13/05/2025` is read one way.
- A weekday of the source said as another in the translation: an error.  One left out is not
  reported: the date still says the day.

Most entries give no date, so a source with no month name and no ISO date is not read further.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from pipeline.checks.context import EntryContext, once_per_entry
from pipeline.findings import ERROR, WARNING, Finding

CHECK = "dates"

# Regions whose readers write a date's month first (CLDR: en_US "M/d/yy"): 03/05 is March to them.
_MONTH_FIRST_REGIONS = frozenset({"US"})
# Other names a language's readers use for the months: Levantine Arabic's (أيار for مايو).
_MORE_MONTH_LOCALES = {"ar": ("ar_SY",), "de": ("de_AT",), "pt": ("pt_PT",)}
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>\d{4})"


@dataclass(frozen=True)
class Date:
    text: str
    month: int
    day: int | None = None
    year: int | None = None
    weekday: int | None = None  # 0 for Monday, as Babel counts
    # The first day of a range the date ends ("3 to 5 March 2025"): 2025年3月3日至5日 names it with the month
    first_day: int | None = None


def _names(kinds: list[Mapping[int, str]], digits: bool = False) -> dict[str, int]:
    """Each name of ``kinds`` (Babel's month or day names) lowercased, with its number."""
    return {
        name.lower().rstrip("."): number
        for names in kinds
        for number, name in names.items()
        if len(name.rstrip(".")) > 1 and (digits or not any(char.isdigit() for char in name))
    }


@lru_cache(maxsize=16)
def _locale_names(locale: str) -> tuple[dict[str, int], dict[str, int]] | None:
    """The month and weekday names of ``locale`` and its language's other regions listed in
    _MORE_MONTH_LOCALES, lowercased; None for a locale Babel does not know."""
    language = locale.split("_")[0]
    months: dict[str, int] = {}
    days: dict[str, int] = {}
    for name in (locale, *_MORE_MONTH_LOCALES.get(language, ())):
        try:
            Locale.parse(name)
        except (UnknownLocaleError, ValueError):
            return None
        months |= _names(
            [
                get_month_names(width, context, locale=name)
                for width in ("wide", "abbreviated")
                for context in ("format", "stand-alone")
            ]
        )
        days |= _names([get_day_names("wide", context, locale=name) for context in ("format", "stand-alone")])
    return months, days


def _alternation(names: dict[str, int]) -> str:
    """The ``names`` as a regex, longest first; one that matches nothing for none (Korean's months
    are numbered: 3월)."""
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=4)
def _source_date_re(locale: str) -> tuple[re.Pattern, dict[str, int], dict[str, int]] | None:
    """The English's dates: [Monday] 3 March [2025], [Monday,] March 3[, 2025], March 2025, 2025-03-03.
    Month names capitalised only: "may" is a verb."""
    names = _locale_names(locale)
    if names is None:
        return None
    months, days = names
    month = "|".join(re.escape(name.capitalize()) for name in sorted(months, key=len, reverse=True))
    weekday = rf"(?:(?P<weekday>{'|'.join(name.capitalize() for name in days)}),?\s+(?:the\s+)?)?"
    ordinal = r"(?:st|nd|rd|th)?"
    regex = re.compile(
        rf"(?<![\w-]){weekday}(?:"
        rf"(?:(?P<first_day>[0-3]?\d){ordinal}\s*(?:-|–|—|to|and|or|through|until)\s*)?"
        rf"{_DAY}{ordinal}\s+(?:of\s+)?(?P<month>{month})\.?(?:,?\s+{_YEAR})?"
        rf"|(?P<month2>{month})\.?\s+(?P<day2>[0-3]?\d){ordinal}(?:,\s*(?P<year2>\d{{4}}))?"
        rf"|(?P<month3>{month})\.?,?\s+(?P<year3>\d{{4}})"
        rf"|(?P<iso_year>\d{{4}})-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)"
        rf")(?![\w-])"
    )
    return regex, months, days


def source_dates(text: str, locale: str = "en") -> list[Date]:
    """The dates ``text`` (English) gives."""
    compiled = _source_date_re(locale)
    if compiled is None:
        return []
    regex, months, days = compiled
    if not _may_give_a_date(text, tuple(months)):
        return []
    found = []
    for match in regex.finditer(text):
        group = match.groupdict()
        weekday = days[group["weekday"].lower()] if group["weekday"] else None
        if group["iso_year"]:
            month = int(group["iso_month"])
            day: int | None = int(group["iso_day"])
            year: int | None = int(group["iso_year"])
        else:
            name = group["month"] or group["month2"] or group["month3"]
            month = months[name.lower()]
            day_text = group["day"] or group["day2"]
            year_text = group["year"] or group["year2"] or group["year3"]
            day, year = (int(day_text) if day_text else None), (int(year_text) if year_text else None)
        if 1 <= month <= 12 and (day is None or 1 <= day <= 31):
            first_day = int(group["first_day"]) if group["first_day"] else None
            found.append(Date(match.group().strip().rstrip("."), month, day, year, weekday, first_day))
    return found


def _may_give_a_date(text: str, months: tuple[str, ...]) -> bool:
    """A cheap test first: whether ``text`` has a month's name (each name holds its abbreviation's
    first three letters: Mar of March, Sept) or an ISO date's dash, capitalised."""
    return "-" in text or _month_starts_re(months).search(text) is not None


@lru_cache(maxsize=4)
def _month_starts_re(months: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(sorted({name[:3].capitalize() for name in months})))


@dataclass(frozen=True)
class _TranslationDates:
    dates: list[Date]
    # Slash dates in digits read both ways (03/05/2025: 3 May, March 5), each reading a Date
    two_ways: list[tuple[Date, Date]]
    weekdays: list[tuple[str, int]]
    # Every year the translation writes: one said apart from its date (`3 مارس من عام 2025`) is said
    years: frozenset[int] = frozenset()


@lru_cache(maxsize=16)
def _translation_res(locale: str) -> tuple[re.Pattern, re.Pattern, dict[str, int], dict[str, int]] | None:
    names = _locale_names(locale)
    if names is None:
        return None
    months, days = names
    month = rf"(?P<month>{_alternation(months)})\.?(?:\s*[/(]\s*(?:{_alternation(months)})\.?\s*\)?)?"
    named = re.compile(
        rf"(?:(?<!\d){_DAY}(?:\.?º|\.|er|°)?\s*(?:de\s+|of\s+)?)?(?<!\w){month}(?!\w)"
        rf"(?:(?:,?\s*(?:de|del|of)?\s*){_YEAR}|\s+(?P<day_after>[0-3]?\d)(?!\d))?",
        re.IGNORECASE,
    )
    weekdays = re.compile(rf"(?<!\w)(?:{_alternation(days)})(?!\w)", re.IGNORECASE)
    return named, weekdays, months, days


# Chinese numerals a date may be written in: 三月三日, 二〇二五年
_YEARS_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)")
_HAN_DIGITS = {char: value for value, char in enumerate("〇一二三四五六七八九")} | {"零": 0}
_HAN = "〇零一二三四五六七八九十"
# 2025年3月3日, 二〇二五年三月三日, 2025년 3월 3일, 3月3號, 3월 (a month said by its number; not 3개월, 3個月:
# lengths of time)
_NUMBERED_MONTH = re.compile(
    rf"(?:(?P<year>\d{{4}}|[{_HAN}]{{4}})\s*[年년]\s*)?(?<![\d{_HAN}個个개])(?P<month>[01]?\d|[{_HAN}]{{1,2}})\s*[月월]"
    rf"(?:\s*(?P<day>[0-3]?\d|[{_HAN}]{{1,3}})\s*[日일號号])?"
)
# 2025/3/3, 2025. 3. 3., 2025-03-03: the year first, then the month
_YEAR_FIRST = re.compile(
    r"(?<![\d./-])(?P<year>\d{4})(?P<mark>[./-])\s*(?P<month>[01]?\d)(?P=mark)\s*(?P<day>[0-3]?\d)(?!\d)"
)
# 3.3.2025, 03-03-2025, 03/03/25, and with no year 12/05 and (German) 12.05.: the day first, but for a
# month-first region's slash
_DAY_FIRST = (
    re.compile(
        r"(?<![\d./-])(?P<first>[0-3]?\d)(?P<mark>[./-])(?P<second>[0-3]?\d)(?P=mark)(?P<year>\d{4}|\d\d)(?!\d|[./-]\d)"
    ),
    re.compile(r"(?<![\d./-])(?P<first>[0-3]?\d)(?P<mark>/)(?P<second>[0-3]?\d)(?!\d|[./-]\d)"),
    re.compile(r"(?<![\d./-])(?P<first>[0-3]?\d)(?P<mark>\.)(?P<second>[0-3]?\d)\.(?!\d)"),
)


def _translation_dates(text: str, locale: str, month_first_readers: bool) -> _TranslationDates:
    compiled = _translation_res(locale)
    dates: list[Date] = []
    two_ways: list[tuple[Date, Date]] = []
    if compiled is None:
        return _TranslationDates(dates, two_ways, [])
    named, weekday_re, months, days = compiled
    for match in named.finditer(text):
        day_text = match.group("day") or match.group("day_after")
        if not (day_text or match.group("year")):
            continue  # a month's name alone, or a word spelled as one (mar: the sea)
        month = months[match.group("month").lower().rstrip(".")]
        year = int(match.group("year")) if match.group("year") else None
        dates.append(Date(match.group().strip().rstrip("."), month, int(day_text) if day_text else None, year))
    for match in _NUMBERED_MONTH.finditer(text):
        numbered_month, numbered_day, numbered_year = (_number(match.group(part)) for part in ("month", "day", "year"))
        if numbered_month is not None and 1 <= numbered_month <= 12:
            dates.append(Date(match.group(), numbered_month, numbered_day, numbered_year))
    for match in _YEAR_FIRST.finditer(text):
        dates.append(Date(match.group(), int(match.group("month")), int(match.group("day")), int(match.group("year"))))
    for match in (match for regex in _DAY_FIRST for match in regex.finditer(text)):
        first, second = int(match.group("first")), int(match.group("second"))
        written_year = match.groupdict().get("year")
        full_year = None if written_year is None else int(written_year) + (2000 if len(written_year) == 2 else 0)
        day_first = Date(match.group(), second, first, full_year)
        month_first = Date(match.group(), first, second, full_year)
        if first > 12 and second > 12:
            continue  # no date: 25/30
        if second > 12:  # 05/13/2025: no month 13, so only the month first
            dates.append(month_first)
        elif match.group("mark") == "/" and month_first_readers and first <= 12 and first != second:
            two_ways.append((day_first, month_first))
        else:
            dates.append(day_first)
    weekdays = [(match.group(), days[match.group().lower()]) for match in weekday_re.finditer(text)]
    years = frozenset(int(year) for year in _YEARS_WRITTEN.findall(text)) | {date.year for date in dates if date.year}
    return _TranslationDates(dates, two_ways, weekdays, years)


def _number(written: str | None) -> int | None:
    """A date's number in digits or Chinese numerals (三, 十二, 二十三, 二〇二五); None for none."""
    if not written:
        return None
    if written.isdigit() and written.isascii():
        return int(written)
    if "十" not in written:
        return int("".join(str(_HAN_DIGITS[char]) for char in written))
    tens, _, units = written.partition("十")
    return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[units] if units else 0)


def _same(source: Date, said: Date, years: frozenset[int]) -> bool:
    return (
        said.month == source.month
        and (source.day is None or (said.day is not None and said.day in (source.day, source.first_day)))
        and (source.year is None or said.year == source.year or (said.year is None and source.year in years))
    )


def _differs(source: Date, said: Date) -> list[str]:
    """What ``said`` says otherwise than ``source``: "another day", "no year"."""
    return [
        f"another {what}" if theirs is not None else f"no {what}"
        for what, theirs, ours in (
            ("day", said.day, source.day),
            ("month", said.month, source.month),
            ("year", said.year, source.year),
        )
        if ours is not None and theirs != ours
    ]


@once_per_entry
def entry_dates(ctx: EntryContext) -> list[Date]:
    """The dates of the entry's source: [dates] compares their days and years, [numbers] does not."""
    source = ctx.normalised_source
    return source_dates(source) if any(char.isdigit() for char in source) else []


@once_per_entry
def dates_not_said(ctx: EntryContext) -> list[tuple[Date, Finding]]:
    """Each date of the source the translation does not say as it, with the finding that says so."""
    if not (dates := entry_dates(ctx)):
        return []  # most messages give no date
    text = ctx.normalised_translation
    month_first_readers = ctx.region in _MONTH_FIRST_REGIONS and not _month_first(ctx.locale)
    said = _translation_dates(text, ctx.locale, month_first_readers)
    findings = []
    for date in dict.fromkeys(dates):
        finding = _date_finding(ctx, date, said)
        if finding is not None:
            findings.append((date, finding))
    return findings


def _date_finding(ctx: EntryContext, date: Date, said: _TranslationDates) -> Finding | None:
    if any(_same(date, other, said.years) for other in said.dates):
        return _weekday_finding(ctx, date, said)
    both = [pair for pair in said.two_ways if any(_same(date, reading, said.years) for reading in pair)]
    if both:
        written = both[0][0].text
        return ctx.finding(
            CHECK,
            WARNING,
            f"{date.text} in the source is {written} in the translation, which a reader may take for "
            f"{_shown(both[0][0])} or for {_shown(both[0][1])}: write the month in words",
        )
    candidates = said.dates + [reading for pair in said.two_ways for reading in pair]
    if not candidates:
        return ctx.finding(CHECK, ERROR, f"the source gives the date {date.text}; the translation gives none")
    nearest = min(candidates, key=lambda other: len(_differs(date, other)) + (other.month != date.month))
    differs = _differs(date, nearest)
    return ctx.finding(
        CHECK,
        ERROR,
        f"{date.text} in the source is {nearest.text} in the translation: {', '.join(differs)}",
    )


def _weekday_finding(ctx: EntryContext, date: Date, said: _TranslationDates) -> Finding | None:
    if date.weekday is None or not said.weekdays or any(day == date.weekday for _, day in said.weekdays):
        return None
    return ctx.finding(
        CHECK,
        ERROR,
        f"{date.text} in the source is said on another weekday in the translation ({said.weekdays[0][0]})",
    )


def _shown(date: Date) -> str:
    english = get_month_names("wide", locale="en")[date.month]
    return f"{date.day} {english}" + (f" {date.year}" if date.year else "")


@lru_cache(maxsize=16)
def _month_first(locale: str) -> bool:
    """Whether ``locale``'s readers write a date's month before its day (CLDR's short date)."""
    try:
        pattern = Locale.parse(locale).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError):
        return False
    return pattern.find("M") < pattern.find("d")


def without_dates(ctx: EntryContext) -> EntryContext:
    """``ctx`` with the dates [dates] reads taken out of its source and translation, for [numbers]:
    their days, months and years are [dates]'s to compare, in any form, so "2025-03-03" as `03.03.2025`
    or "3 March 2025" as `03-03-2025` is no number missing, added or approximated, and a wrong date is
    one finding.  Each date as written, so the 3 of "Take 3 tablets on 3 May" is still counted."""
    if not (dates := entry_dates(ctx)):
        return ctx  # most messages give no date
    source, translation = ctx.source, ctx.translation
    for date in dates:
        source = source.replace(date.text, " ")
    month_first_readers = ctx.region in _MONTH_FIRST_REGIONS and not _month_first(ctx.locale)
    said = _translation_dates(ctx.normalised_translation, ctx.locale, month_first_readers)
    for date in [*said.dates, *(pair[0] for pair in said.two_ways)]:
        translation = translation.replace(date.text, " ")
    return replace(ctx, source=source, translation=translation)


def check_dates(ctx: EntryContext) -> Iterator[Finding]:
    for _, finding in dates_not_said(ctx):
        yield finding
    yield from _weekdays_changed(ctx)


# The English weekdays, capitalised, alone or plural: "on Wednesdays", "Monday to Friday".
_SOURCE_WEEKDAYS = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
_ENGLISH_DAYS = {
    name: number
    for number, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
}
# Other names Chinese readers use for the weekdays than CLDR's 星期三 and 週三: 禮拜三, 周三, 星期天.
_MORE_CHINESE_WEEKS = ("禮拜", "礼拜", "周")


def _weekdays_changed(ctx: EntryContext) -> Iterator[Finding]:
    """A weekday named with no date ("Appointments are on Wednesdays") said as another: `le lundi`.
    An error where the translation names a day the source does not and leaves out one it names; a
    day left out alone, or added alone ("Monday to Friday" said with its days listed), is not judged.
    A weekday of a date ("Monday 3 March") is the date's (:func:`_weekday_finding`)."""
    source = ctx.normalised_source
    if "day" not in source:
        return  # no weekday (nearly every entry)
    said = {_ENGLISH_DAYS[match.group(1)]: match.group() for match in _SOURCE_WEEKDAYS.finditer(source)}
    if not said or any(date.weekday is not None for date in entry_dates(ctx)):
        return
    regex = _weekday_re(ctx.locale)
    if regex is None:
        return
    rendered: dict[int, str] = {}
    for match in regex.finditer(ctx.normalised_translation):
        rendered.setdefault(int((match.lastgroup or "d0")[1:]), match.group())
    added = [words for day, words in rendered.items() if day not in said]
    lost = [words for day, words in said.items() if day not in rendered]
    if added and lost:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"the source names {', '.join(repr(words) for words in said.values())}, the translation "
            f"{', '.join(repr(words) for words in rendered.values())}: {' and '.join(map(repr, lost))} said as "
            f"{' and '.join(map(repr, added))}, another day of the week",
        )


@lru_cache(maxsize=16)
def _weekday_re(locale: str) -> re.Pattern | None:
    """The weekdays as the locale's readers write them, each in its group ``d<n>`` (0 for Monday): CLDR's
    wide names, in the plural too (les lundis, mittwochs, às quartas-feiras, às quartas); Chinese and
    Korean with no word boundary (水曜日 … 수요일마다, 星期三、週三), Arabic with its clitics (والخميس)."""
    try:
        parsed = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return None
    names: dict[int, set[str]] = {}
    for width in ("wide", "abbreviated") if parsed.language == "zh" else ("wide",):
        for context in ("format", "stand-alone"):
            for number, name in get_day_names(width, context, locale=locale).items():
                names.setdefault(number, set()).add(name.lower())
    if parsed.language == "zh":
        for number, day in list(names.items()):
            for name in [name for name in day if name.startswith("星期")]:
                day |= {week + name[2:] for week in _MORE_CHINESE_WEEKS}
                day |= {name[:-1] + "天"} if number == 6 else set()
    groups = "|".join(
        f"(?P<d{number}>{'|'.join(_weekday_written(name, parsed.language) for name in sorted(day, key=len, reverse=True))})"
        for number, day in names.items()
    )
    if parsed.language in ("ko", "zh", "ja"):
        return re.compile(groups)
    clitics = "(?:[وفبل]|ال)?" if parsed.language == "ar" else ""
    return re.compile(rf"(?<![\w-]){clitics}(?:{groups})(?![\w-])", re.IGNORECASE)


def _weekday_written(name: str, language: str) -> str:
    """A weekday's name as a regex, its plural too: lundis, mittwochs; Portuguese quartas-feiras and
    quartas (its -feira left out only in the plural: quarta alone is also the fourth); Arabic
    الاثنين written الإثنين."""
    if language == "pt" and name.endswith("-feira"):
        stem = re.escape(name.removesuffix("-feira"))
        return rf"{stem}s?-feiras?|{stem}s"
    if language == "ar":
        return re.escape(name).replace("الاثنين", "ال[اإ]ثنين")
    return rf"{re.escape(name)}s?" if language in ("fr", "de") else re.escape(name)
