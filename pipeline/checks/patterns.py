"""Recognisers for things that must survive translation unchanged.

URLs, DOIs, e-mail addresses, phone numbers and format placeholders are
checked by their own rules and must be invisible to the others: the digits in
``https://doi.org/10.1056/NEJM2019`` are not numbers to find in the
translation, and ``%(page)s`` is not an English word left untranslated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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


def _spans(regex: re.Pattern, text: str, trim=None) -> Iterator[tuple[int, int, str]]:
    for match in regex.finditer(text):
        value = trim(match.group()) if trim else match.group()
        if value:
            yield match.start(), match.start() + len(value), value


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
    return [match.group().strip() for match in PHONE_RE.finditer(text)]


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
    regexes = [
        (EMAIL_RE, "@" in text),
        (URL_RE, "://" in text or "www." in text),
        (DOI_RE, "10." in text),
        (DOMAIN_PATH_RE, "/" in text),
        (PHONE_RE, phones and digits),
        (PERCENT_PLACEHOLDER_RE, placeholders and "%" in text),
        (BRACE_PLACEHOLDER_RE, placeholders and "{" in text),
    ]
    for regex, may_match in regexes:  # what each must contain, looked for first: most texts have none
        if may_match:
            text = regex.sub(_spaces, text)
    if phones and digits:
        # "call 911" -> "call    ": the verb stays prose, only the number goes.
        text = EMERGENCY_RE.sub(lambda m: m.group()[: m.start(1) - m.start()] + "   ", text)
    return text


def _spaces(match: re.Match) -> str:
    return " " * len(match.group())
