"""Recognisers for things that must survive translation unchanged.

URLs, DOIs, e-mail addresses, phone numbers and format placeholders are
checked by their own rules and must be invisible to the others: the digits in
``https://doi.org/10.1056/NEJM2019`` are not numbers to find in the
translation, and ``%(page)s`` is not an English word left untranslated.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Only ASCII may belong to a URL here: Korean writes particles straight after
# it ("https://example.org에서"), and they are not part of the address.
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
URL_RE = re.compile(rf"(?<![A-Za-z0-9@.])(?:https?://|ftp://|www\.){_URL_CHARS}+")
# An address written without its scheme or www, which a reader types as it is
# ("example.org/ivig"): a domain whose last label is letters, then a path.  Not
# a bare domain ("e.g.", "U.S." and abbreviations look too much like one).
DOMAIN_PATH_RE = re.compile(rf"(?<![A-Za-z0-9@./\-])(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{{2,}}/{_URL_CHARS}*")
DOI_RE = re.compile(r"\b(?:doi:\s?)?10\.\d{4,9}/[A-Za-z0-9\-._;()/:]+", re.IGNORECASE)
EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

# North American numbers, optionally with +1, any +<country> number, and a
# national number as Korea, Taiwan and most countries outside North America
# write it: a trunk 0 and hyphens (02-555-0100, 010-1234-5678, 0912-345-678,
# (02) 2345-6789), so a local number a translator adds is one too.  The 0 and
# the hyphens keep ranges (10-30), dates and decimals out.
PHONE_RE = re.compile(
    r"(?<![\d+])(?:"
    r"(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}"
    r"|\+\d{1,3}(?:[\s.\-]?\(?\d{1,4}\)?){2,5}"
    r"|(?:0\d{1,3}-|\(0\d{1,3}\)\s?)\d{3,4}-\d{3,4}"
    # Run together: a North American number (8005550199; its area code and exchange
    # never start with 0 or 1, so 1000000000 is a quantity) or a national one
    # with its trunk 0 (01012345678).
    r"|1?[2-9]\d{2}[2-9]\d{6}|0\d{9,10}"
    r")(?!\d)"
)
# Short numbers are phone numbers only when the text says to call them.
EMERGENCY_RE = re.compile(r"\b(?:call|dial|phone|ring|text)\s+(?:(?:the|at)\s+)?(\d{3})(?!\d)", re.IGNORECASE)

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


def _spans(regex: re.Pattern, text: str, trim=None) -> Iterator[tuple[int, int, str]]:
    """Each match of ``regex`` in the folded ``text``: its span and value as ``text`` writes it."""
    folded, where = _folded(text)
    for match in regex.finditer(folded):
        value = trim(match.group()) if trim else match.group()
        if value:
            start, end = _written(where, match.start(), match.start() + len(value))
            yield start, end, text[start:end]


def emails(text: str) -> list[str]:
    return [value for _, _, value in _spans(EMAIL_RE, text)]


def urls(text: str) -> list[str]:
    """Bare URLs, DOIs and addresses without a scheme, in order, not counting the domain of an e-mail address."""
    taken = [(start, end) for start, end, _ in _spans(EMAIL_RE, text)]
    found = []
    for regex in (URL_RE, DOI_RE, DOMAIN_PATH_RE):
        for start, end, value in _spans(regex, text, _trim_url):
            if not any(start < t_end and t_start < end for t_start, t_end in taken):
                taken.append((start, end))
                found.append((start, value))
    return [value for _, value in sorted(found)]


def phone_numbers(text: str) -> list[str]:
    return [value.strip() for _, _, value in _spans(PHONE_RE, text)]


def emergency_numbers(text: str) -> list[str]:
    return [match.group(1) for match in EMERGENCY_RE.finditer(text)]


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
    digits = has_digit(text)
    folded, where = _folded(text)
    regexes = [
        (EMAIL_RE, "@" in folded),
        (URL_RE, "://" in folded or "www." in folded),
        (DOI_RE, "10." in folded),
        (DOMAIN_PATH_RE, "/" in folded),
        (PHONE_RE, phones and digits),
        (PERCENT_PLACEHOLDER_RE, placeholders and "%" in folded),
        (BRACE_PLACEHOLDER_RE, placeholders and "{" in folded),
    ]
    blanked: list[tuple[int, int]] = []
    for regex, may_match in regexes:  # what each must contain, looked for first: most texts have none
        if may_match:
            blanked += [match.span() for match in regex.finditer(folded)]
            folded = regex.sub(_spaces, folded)
    if phones and digits:
        # "call 911" -> "call    ": the verb stays prose, only the number goes.
        blanked += [match.span(1) for match in EMERGENCY_RE.finditer(folded)]
    for start, end in blanked:
        start, end = _written(where, start, end)
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _spaces(match: re.Match) -> str:
    return " " * len(match.group())
