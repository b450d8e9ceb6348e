"""Recognisers for things that must survive translation unchanged.

URLs, DOIs, e-mail addresses, phone numbers and format placeholders are
checked by their own rules and must be invisible to the others: the digits in
``https://doi.org/10.1056/NEJM2019`` are not numbers to find in the
translation, and ``%(page)s`` is not an English word left untranslated.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from pipeline.languages import Language
from pipeline.languages.scripts import char_class
from pipeline.languages.symbols import UNIT_SYMBOLS

# Only ASCII may belong to a URL here: Korean writes particles straight after
# it ("https://example.org에서"), and they are not part of the address.
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
URL_RE = re.compile(rf"(?<![A-Za-z0-9@.])(?:https?://|ftp://|www\.){_URL_CHARS}+")
# An address written without its scheme or www, which a reader types as it is
# ("example.org/ivig"): a domain whose last label is letters, then a path.  A
# domain without a path is BARE_DOMAIN_RE's, which asks more of it.
DOMAIN_PATH_RE = re.compile(rf"(?<![A-Za-z0-9@./\-])(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{{2,}}/{_URL_CHARS}*")
# A bare domain, with no scheme, www. or path ("call-us.com", "ivig-help.kr"): a
# reader types it as it is.  Its last label must be a top-level domain of the
# lists below, and the domain not joined to a longer word: not after a letter of
# another word (Latin or accented: "médico.es") nor before one; a Korean
# particle, as after a URL, may follow ("call-us.com에").  Abbreviations ("e.g.",
# "p.m.", "U.S.", "EE.UU.", "v.gr."), file names ("leaflet.pdf") and a sentence run
# on after its full stop ("dose.It") must be none, so each list asks its own:
_GENERIC_TLDS = "com org net edu gov mil int info biz health care clinic doctor hospital help online example invalid"
# Country codes (ISO 3166, as IANA delegates them), less those in _WORD_TLDS.
_COUNTRY_TLDS = (
    "ac ad ae af ag ai aq ar au aw ax az ba bb bd bf bg bh bi bj bm bn bo br bs bt bw bz "
    "ca cc cd cf cg ch ci ck cl cn co cr cu cv cw cx cy cz dj dk dm dz ec ee eg er es et eu "
    "fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn ht hu "
    "ie il im io iq ir je jm jo jp ke kh ki km kn kp kr kw ky kz lb lc li lk lr ls lt lu lv ly "
    "ma mc mh mk mn mp mq mr mt mu mv mw mx mz na nc ne nf ng ni nl np nr nu nz om "
    "pa pe pf pg ph pk pn pr pt pw qa re ro ru rw sa sb sc sd sg sk sl sm sn sr ss sv sx sy sz "
    "tc td tf tg th tj tk tl tm tn tr tt tv tw tz ua uk uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw"
)
# Country codes that are also a unit (mg, ml, kg, ug, cm, mm, ms, hr, am, pm), a file
# name's extension (md, py, sh, ps, rs, pl, mo, st) or a short English or Spanish
# word a missing space joins to a sentence ("folleto.de la clínica", "tableta.no la
# deje"): such a domain ("ivig.it", "ayuda.de") is one only in lower case, after a
# label of three characters or more that is no unit ("mcg.kg"), and not followed by
# a space and a word, as a word of a sentence run on would be.
_WORD_TLDS = (
    "mg ml kg ug cm mm ms hr am pm "  # units
    "md py sh ps rs pl mo st "  # file extensions
    "in is it at be by do me my no so to us as id de la al se si su"  # words
)
TOP_LEVEL_DOMAINS = frozenset((_GENERIC_TLDS + " " + _COUNTRY_TLDS).split())
WORD_TOP_LEVEL_DOMAINS = frozenset(_WORD_TLDS.split())
_LATIN_LETTER = char_class("Latn")  # a letter of a Latin word, accented too ("médico.es")


def _longest_first(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=lambda word: (-len(word), word)))


_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
_UPPER_CASE_LABEL = r"[A-Z0-9](?:[A-Z0-9\-]*[A-Z0-9])?"
_LOWER_CASE_LABEL = r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?"
_TLDS = _longest_first(TOP_LEVEL_DOMAINS)
_GENERIC = _longest_first(_GENERIC_TLDS.split())
_UNITS = _longest_first(UNIT_SYMBOLS)
# A top-level domain in lower case, after a label (of any case) of two characters or
# more with a letter ("SJSupport.org"), or of one letter before a generic one ("x.com").
_LOWER_CASE_DOMAIN = (
    rf"(?:{_LABEL}\.)*(?:(?=[A-Za-z0-9\-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z0-9]\.(?:{_TLDS})"
    rf"|[A-Za-z]\.(?:{_GENERIC}))"
)
# All in capitals ("CALL-US.COM", "X.COM"), after a label of three characters or more,
# or of one letter before a generic one: "EE.UU.", "FF.CC." are Spanish abbreviations.
_CAPITALS_DOMAIN = (
    rf"(?:{_UPPER_CASE_LABEL}\.)*(?:(?=[A-Z0-9\-]*[A-Z])[A-Z0-9][A-Z0-9\-]+[A-Z0-9]\.(?:{_TLDS.upper()})"
    rf"|[A-Z]\.(?:{_GENERIC.upper()}))"
)
# A top-level domain that is also a word, a unit or an extension: see _WORD_TLDS.
_WORD_DOMAIN = (
    rf"(?:{_LOWER_CASE_LABEL}\.)*(?!(?:{_UNITS})\.)(?=[a-z0-9\-]*[a-z])[a-z0-9][a-z0-9\-]+[a-z0-9]"
    rf"\.(?:{_longest_first(WORD_TOP_LEVEL_DOMAINS)})(?!\s+[{_LATIN_LETTER}])"
)
# Where a bare domain begins and ends: not inside a longer word, address or path.
_BARE_DOMAIN_BEFORE = rf"(?<![{_LATIN_LETTER}0-9_@./\-])"
_BARE_DOMAIN_AFTER = rf"(?![{_LATIN_LETTER}0-9_\-@/]|\.[A-Za-z0-9])"
BARE_DOMAIN_RE = re.compile(
    rf"{_BARE_DOMAIN_BEFORE}(?:{_LOWER_CASE_DOMAIN}|{_CAPITALS_DOMAIN}|{_WORD_DOMAIN}){_BARE_DOMAIN_AFTER}"
)
# What every bare domain has (a letter or digit, a dot, a letter): few texts
# do, and BARE_DOMAIN_RE is looked for only in those.
_MAY_BE_DOMAIN = re.compile(r"[A-Za-z0-9]\.[A-Za-z]")
DOI_RE = re.compile(r"\b(?:doi:\s?)?10\.\d{4,9}/[A-Za-z0-9\-._;()/:]+", re.IGNORECASE)
EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# What a match of each address pattern must contain, looked for first: most texts
# have none, and a plain substring test costs a fraction of running the pattern.
_CLUES: dict[re.Pattern, Callable[[str], bool]] = {
    EMAIL_RE: lambda folded: "@" in folded,
    URL_RE: lambda folded: "://" in folded or "www." in folded,
    DOI_RE: lambda folded: "10." in folded,
    DOMAIN_PATH_RE: lambda folded: "/" in folded,
    BARE_DOMAIN_RE: lambda folded: _MAY_BE_DOMAIN.search(folded) is not None,
}

_BARE_ADDRESS = re.compile(r"[a-z0-9.\-]+")  # as contacts.py compares addresses: a host in lower case


def bare_domain_count(text: str, address: str) -> int:
    """How often ``text`` writes ``address`` when it is a bare domain (no scheme, path or @),
    in any case and wherever it stands, within the boundaries BARE_DOMAIN_RE gives one: a
    domain whose top-level domain is a word (``ivig.it``) is found by that pattern only where
    no word follows it, so the same domain may be found on one side and not the other
    (``ivig.it에서``, ``ivig.it para``)."""
    if not _BARE_ADDRESS.fullmatch(address):
        return 0
    return len(_written_anywhere(address).findall(_folded(text)[0]))


@lru_cache(maxsize=256)
def _written_anywhere(address: str) -> re.Pattern:
    return re.compile(rf"{_BARE_DOMAIN_BEFORE}{re.escape(address)}{_BARE_DOMAIN_AFTER}", re.IGNORECASE)


# Hyphens of every kind join a phone number's groups (the figure dash is
# typography's own for them, 555‒0199); so do a range's dashes (en dash, em
# dash, horizontal bar), which a translator may type for one (555–0199).
HYPHENS = "-\u2010\u2011\u2012"  # hyphen-minus, hyphen, non-breaking hyphen, figure dash
RANGE_DASHES = "\u2013\u2014\u2015"  # en dash, em dash, horizontal bar
_DASHES = re.escape(HYPHENS + RANGE_DASHES)  # inside a character class
# One space, dot or hyphen between two groups, or a hyphen with a space on either side, as a
# translator may type one: (877) 778 - 0318 is the same number as (877) 778-0318.
_SEPARATOR = rf"(?:[ \u00a0]?[{_DASHES}][ \u00a0]?|[\s.])"
# North American numbers, optionally with +1, any +<country> number, and a
# national number as Korea, Taiwan and most countries outside North America
# write it: a trunk 0 and hyphens (02-555-0100, 010-1234-5678, 0912-345-678,
# (02) 2345-6789), so a local number a translator adds is one too.  The 0 and
# the hyphens keep ranges (10-30), dates and decimals out.
PHONE_RE = re.compile(
    r"(?<![\d+])(?:"
    rf"(?:\+?1{_SEPARATOR}?)?(?:\(\d{{3}}\)\s?|\d{{3}}{_SEPARATOR})\d{{3}}{_SEPARATOR}\d{{4}}"
    rf"|\+\d{{1,3}}(?:{_SEPARATOR}?\(?\d{{1,4}}\)?){{2,5}}"
    # The same with the international prefix most of the world dials for the +: 0049 30 1234567.
    rf"|00[1-9]\d{{0,2}}{_SEPARATOR}\(?\d{{1,4}}\)?(?:{_SEPARATOR}?\(?\d{{1,4}}\)?){{1,4}}"
    rf"|(?:0\d{{1,3}}[{_DASHES}]|\(0\d{{1,3}}\)\s?)\d{{3,4}}[{_DASHES}]\d{{3,4}}"
    # The same in groups of digits and spaces, as Britain writes one (0800 123 4567, 020 7946
    # 0958, 07700 900123): the trunk 0, and a last group of four or six, keep counts out.
    r"|0\d{1,4}[ \u00a0]\d{3,4}[ \u00a0]\d{4}|0\d{4}[ \u00a0]\d{6}"
    # As Germany and much of Europe write one: the area code with its trunk 0, then the subscriber
    # number whole or in groups of any length (0800 1110111, 030/1234567, (030) 1234567, 030 12345678,
    # 0800 111 0 111).  No quantity is written with a leading 0 and then a space or a slash, and
    # seven digits at least keep a date (01/2025) out.
    r"|(?<![\d.,:])(?=[\d()/ \u00a0]{11})(?:0\d{2,4}[ \u00a0]?/[ \u00a0]?|0\d{2,4}[ \u00a0]|\(0\d{2,4}\)[ \u00a0]?)"
    r"\d{1,8}(?:[ \u00a0]\d{1,4}){0,3}(?![.,:/]\d)"
    # As Brazil writes one: a two-digit area code in brackets, four or five digits, a hyphen, four
    # ((11) 3456-7890, (11) 93456-7890).
    rf"|\(\d{{2}}\)\s?\d{{4,5}}[{_DASHES}]\d{{4}}"
    # As Spain writes one (91 234 56 78, 912 34 56 78, 912 345 678; its numbers start with 6 to 9 and
    # have no trunk 0) and France (01 23 45 67 89, 01.23.45.67.89).  Groups of two are no thousands
    # grouping, so 2 3 veces or 10 20 mg stay numbers; three groups of three are a number grouped
    # by spaces (700 000 000) unless the last group is no round thousands (912 345 678).
    r"|[6-9]\d[ \u00a0]\d{3}(?:[ \u00a0]\d{2}){2}|[6-9]\d{2}(?:[ \u00a0]\d{2}){3}"
    rf"|[6-9]\d{{2}}([ \u00a0{_DASHES}])\d{{3}}\1(?!000)\d{{3}}"
    r"|0[1-9](?:([ \u00a0.])\d{2})(?:\2\d{2}){3}"
    # A local number of seven digits (555-0199) whose four start with 0: no quantity or range is
    # written 0199 (LOCAL_PHONE_RE below has the others, which may be a range).
    rf"|(?<![\d.,:/~{_DASHES}])(?<!\d\s)[2-9]\d{{2}}[ {_DASHES}]0\d{{3}}(?![.,:]\d|\s?[~/{_DASHES}]\s?\d|\s\d)"
    # Run together: a North American number (8005550199; its area code and exchange
    # never start with 0 or 1, so 1000000000 is a quantity) or a national one
    # with its trunk 0 (01012345678).
    r"|1?[2-9]\d{2}[2-9]\d{6}|0\d{9,10}"
    r")(?!\d)"
)
# A local number of seven digits, three and four, as North America writes one
# without its area code ("555-0199", "555 0199").  A range looks the same
# ("500-1000", "100-2000", "200–2000"), so contacts.py asks more of it before it
# is a phone number: here only its shape.  A hyphen, a dash or one space between
# the groups (a tilde joins a range, never a phone number), the exchange does not
# start with 0 or 1, and no digit, decimal mark or third group on either side.
LOCAL_PHONE_RE = re.compile(
    rf"(?<![\d.,:/+~{_DASHES}])(?<!\d\s)([2-9]\d{{2}})[ {_DASHES}](\d{{4}})(?!\d|[.,:]\d|\s?[~/{_DASHES}]\s?\d|\s\d)"
)
# Short numbers are phone numbers only when the text says to call them; not the first
# three digits of a longer one ("call 877-778-0318", "call 555 0199"): a translation
# that writes that one in another form (+1 877 ...) has not dropped a number to call.
EMERGENCY_RE = re.compile(
    rf"\b(?:call|dial|phone|ring|text)\s+(?:(?:the|at)\s+)?(\d{{3}})(?!\d)(?![.{_DASHES}]\d|\s\d{{3,4}}(?!\d))",
    re.IGNORECASE,
)
# The two-digit emergency numbers (France: 15 medical, 17 police, 18 fire; EMERGENCY_NUMBERS of
# placeholders.py) after the same words, and not a quantity: "call 15 minutes before" is no number to call.
_TWO_DIGITS = r"(1[578])(?!\d|[.,:/]\d|\s?[-–—~]\s?\d|\s+to\s+\d|\s+(?:or|and)\s+(?:more|less|fewer|over|under)\b)"
_QUANTITY_AFTER = (
    r"(?!\s*%|\s*(?:percent|per\s+cent|mg|ml|g|kg|mcg|µg|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
    r"|years?|times|doses?|tablets?|capsules?|drops?|puffs?|people|patients|persons|children|adults)\b)"
)
_TWO_DIGITS_CALLED_RE = re.compile(
    rf"\b(?:call|dial|phone|ring)\s+(?:(?:the|at)\s+)?{_TWO_DIGITS}{_QUANTITY_AFTER}", re.IGNORECASE
)
# Another short number the same call words give ("call 999 or 112", "dial 111, 999", "call 15 or
# 18"): each is a number to call, and a translation that drops or changes the second has not said
# the source.
_ALSO_CALLED_RE = re.compile(
    rf"(?:\s*,\s*|\s+or\s+|\s*/\s*)(?:(?:call|dial)\s+)?"
    rf"(?:(\d{{3}})(?!\d)(?![.{_DASHES}]\d|\s\d{{3,4}}(?!\d))|{_TWO_DIGITS}{_QUANTITY_AFTER})",
    re.IGNORECASE,
)

# Python %-format.  Unlike Babel's detector (which reads "10% of" as the
# directive "% o"), a space flag is not accepted: no template here uses it
# and English prose is full of "% " followed by a letter.
PERCENT_PLACEHOLDER_RE = re.compile(
    r"%(?:\((?P<name>[A-Za-z_]\w*)\))?[#0+\-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<type>[diouxXeEfFgGcrsa%])"
)
BRACE_PLACEHOLDER_RE = re.compile(r"(?<!\{)\{(?P<field>[A-Za-z_]\w*|\d*)(?:![rsa])?(?::[^{}]*)?\}(?!\})")

_TRAILING_PUNCTUATION = ".,;:!?'\""
_DIGIT_RE = re.compile(r"\d")


def _trim_url(url: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets from the end."""
    while url:
        unbalanced = any(url[-1] == close and url.count(open_) < url.count(close) for open_, close in ("()", "[]"))
        if url[-1] in _TRAILING_PUNCTUATION or unbalanced:
            url = url[:-1]
        else:
            break
    return url


@lru_cache(maxsize=8192)  # the same text is read by several checks
def _folded(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``text`` with compatibility forms folded (NFKC: ``＠`` → ``@``, ``ｅｘａｍｐｌｅ`` →
    ``example``, ``（`` → ``(``), and where each folded character comes from in ``text``
    (None when nothing folds).  A full-width address is found as any other, and
    reported as it is written."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text, None
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        folded = unicodedata.normalize("NFKC", char)
        chars.append(folded)
        where.extend([index] * len(folded))
    where.append(len(text))
    return "".join(chars), tuple(where)


def _written(where: tuple[int, ...] | None, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` a span of its folded form comes from."""
    return (start, end) if where is None else (where[start], where[end - 1] + 1)


# What a match of the patterns that find things by their own rules must contain: every phone number
# has digits (blank_out asks has_digit of its own, and looks for no phone number then).
_SPAN_CLUES: dict[re.Pattern, Callable[[str], bool]] = {
    **_CLUES,
    PHONE_RE: lambda folded: _DIGIT_RE.search(folded) is not None,
}


def _spans(regex: re.Pattern, text: str, trim=None) -> Iterator[tuple[int, int, str]]:
    """Each match of ``regex`` in the folded ``text``: its span and value as ``text`` writes it."""
    folded, where = _folded(text)
    clue = _SPAN_CLUES.get(regex)
    if clue is not None and not clue(folded):
        return
    for match in regex.finditer(folded):
        value = trim(match.group()) if trim else match.group()
        if value:
            start, end = _written(where, match.start(), match.start() + len(value))
            yield start, end, text[start:end]


def emails(text: str) -> list[str]:
    return [value for _, _, value in _spans(EMAIL_RE, text)]


def urls(text: str) -> list[str]:
    """Bare URLs, DOIs and addresses without a scheme (with a path or a known top-level
    domain), in order, not counting the domain of an e-mail address."""
    folded = _folded(text)[0]
    if not any(clue(folded) for clue in _CLUES.values()):
        return []  # none of the address patterns can match (most texts): none is run
    taken = [(start, end) for start, end, _ in _spans(EMAIL_RE, text)]
    found = []
    for regex in (URL_RE, DOI_RE, DOMAIN_PATH_RE, BARE_DOMAIN_RE):
        for start, end, value in _spans(regex, text, _trim_url):
            if not any(start < t_end and t_start < end for t_start, t_end in taken):
                taken.append((start, end))
                found.append((start, value))
    return [value for _, value in sorted(found)]


def phone_numbers(text: str) -> list[str]:
    return [value.strip() for _, _, value in _spans(PHONE_RE, text)]


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where each phone number of ``text`` is (without the spaces around it)."""
    return [
        (start + len(value) - len(value.lstrip()), end - len(value) + len(value.rstrip()))
        for start, end, value in _spans(PHONE_RE, text)
    ]


def without_phone_numbers(text: str) -> str:
    """``text`` with its phone numbers replaced by spaces: the 112 of ``+34 91 112 34 56`` is no
    emergency number."""
    return blanked(text, phone_spans(text)) if has_digit(text) else text


def local_phone_numbers(text: str) -> list[re.Match]:
    """Each three-and-four-digit group that may be a local phone number (see ``LOCAL_PHONE_RE``)."""
    return list(LOCAL_PHONE_RE.finditer(text))


def emergency_numbers(text: str) -> list[str]:
    """The short numbers ``text`` says to call ("call 911"): not the area code of a phone number
    after "call" ("Call 030 1234567")."""
    called = list(_numbers_to_call(text)) if has_digit(text) else []  # each number called is digits
    if not called:
        return []  # most texts say to call no number: where their phone numbers are is not needed
    phones = phone_spans(text)
    return [
        text[start:end]
        for start, end in called
        if not any(phone_start <= start < phone_end for phone_start, phone_end in phones)
    ]


def _numbers_to_call(text: str) -> Iterator[tuple[int, int]]:
    """Where each short number the text says to call is: "call 911", "call 15", and each of "call
    999 or 112"."""
    called = sorted(
        [*EMERGENCY_RE.finditer(text), *_TWO_DIGITS_CALLED_RE.finditer(text)], key=lambda match: match.start()
    )
    spans = []
    for match in called:
        spans.append(match.span(1))
        also = _ALSO_CALLED_RE.match(text, match.end())
        while also:
            spans.append(also.span(also.lastindex or 1))
            also = _ALSO_CALLED_RE.match(text, also.end())
    yield from dict.fromkeys(spans)  # "call 999 or call 15": the 15 is found twice


def percent_placeholders(text: str) -> list[str]:
    return [m.group() for m in PERCENT_PLACEHOLDER_RE.finditer(text) if m.group() != "%%"]


def brace_placeholders(text: str) -> list[str]:
    return [m.group() for m in BRACE_PLACEHOLDER_RE.finditer(text)]


def has_digit(text: str) -> bool:
    """Whether ``text`` has a digit (of any script): phone, emergency and other numbers need one."""
    return _DIGIT_RE.search(text) is not None


def blank_out(text: str, *, placeholders: bool = False, phones: bool = True) -> str:
    """``text`` with addresses (and optionally placeholders) replaced by spaces.

    Replacing by a space rather than deleting keeps the words on either side
    apart and keeps "call 911" from turning into "call911".
    """
    folded = _folded(text)[0]
    # Asked of each text by several checks, with options that change nothing in most texts:
    # remembered under those that apply (placeholders without a % or {, phones without a digit, do not).
    return _blanked_out(text, placeholders and ("%" in folded or "{" in folded), phones and has_digit(text))


@lru_cache(maxsize=8192)
def _blanked_out(text: str, placeholders: bool, phones: bool) -> str:
    folded, where = _folded(text)
    regexes = [
        *((regex, clue(folded)) for regex, clue in _CLUES.items()),
        (PHONE_RE, phones),
        (PERCENT_PLACEHOLDER_RE, placeholders and "%" in folded),
        (BRACE_PLACEHOLDER_RE, placeholders and "{" in folded),
    ]
    taken: list[tuple[int, int]] = []
    for regex, may_match in regexes:  # what each must contain, looked for first: most texts have none
        if may_match:
            found = [match.span() for match in regex.finditer(folded)]
            taken += found
            folded = blanked(folded, found)  # each regex after sees what the ones before took
    if phones:
        # "call 911" -> "call    ": the verb stays prose, only the number goes.
        taken += list(_numbers_to_call(folded))
    return blanked(text, [_written(where, start, end) for start, end in taken])


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each span (start, end) made spaces: what is read after it no longer sees
    those words, and every offset stays where it was (:func:`pipeline.literals.blank_matches` for a pattern's)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# Where a clause ends, in the scripts of the languages the checks read.
CLAUSE_END = re.compile(r"[.,;:!?。，；：！？،؛]")


def own_clause(text: str, start: int, end: int, language: Language) -> str:
    """The part of its clause a "not" of ``text[start:end]`` stands in: before it, back to the
    clause's start or the last of the language's ``clause_joints`` (if, si, 如果, إذا); in a
    verb-final language after it, up to the clause's end or the first joint (중단하고 …)."""
    joints = language.pattern("clause_joints")
    if language.verb_final:
        clause = CLAUSE_END.split(text[end:])[0]
        joint = joints.search(clause) if joints is not None else None
        return clause[: joint.start()] if joint else clause
    clause = CLAUSE_END.split(text[:start])[-1]
    starts = [joint.end() for joint in joints.finditer(clause)] if joints is not None else []
    return clause[starts[-1] :] if starts else clause
