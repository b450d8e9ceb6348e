"""Where a locale's readers are, and the values that depend on it.

A locale is a language *and* the readers it is written for: Korean for readers
in the United States (call 911, Letter paper, a US interpreter line) is not
Korean for readers in Korea (call 119, A4). ``leaflets.toml`` declares each
region once, as ``[regions.US]``, and every locale names its readers' region
with ``region = "US"``.

Leaflet text refers to a region's values by name, ``{emergency}``: the name
stays a placeholder in the catalogs (checked like any placeholder), and each
page shows the value of the region its locale serves. Only the names in
:data:`FIELDS` are placeholders; ``\\{`` writes a literal brace.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from babel import Locale
from babel.languages import get_official_languages

from pipeline.errors import SourceError

# Region values that leaflet text and templates may name, and what each one is.
FIELDS: Mapping[str, str] = {
    "emergency": "the emergency phone number",
    "language_line": "the phone line for free language help",
}
REQUIRED_KEYS = ("emergency", "page_size")

# "{emergency}", not "\{emergency}" (a literal brace in CommonMark).
PLACEHOLDER_RE = re.compile(r"(?<!\\)\{([A-Za-z_][A-Za-z0-9_]*)\}")
_EMERGENCY_NUMBER = re.compile(r"\d{2,6}")
_PHONE_LINE = re.compile(r"\+?[\d ()./-]*\d[\d ()./-]*")
_TERRITORY = re.compile(r"[A-Z]{2}")
# ASCII punctuation is escaped with a backslash so a value is text, never Markdown.
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


@dataclass(frozen=True)
class Region:
    """Where readers are: a territory as CLDR names it (``US``, ``KR``) and its values."""

    code: str
    emergency: str
    page_size: str
    language_line: str = ""

    def value(self, field: str) -> str:
        """A field's value, "" when the region does not give it."""
        return getattr(self, field, "") if field in FIELDS else ""

    def name_in(self, language: Locale) -> str:
        """The region named in the page's language: 미국, United States."""
        return language.territories.get(self.code, self.code)

    def is_home_of(self, language: str) -> bool:
        """Whether ``language`` (ISO 639: ``ko``, ``hmn``) is an official (or de facto) language of the region.

        A page in another language names the region beside its numbers: a Korean
        reader in the United States may know 119 and not 911.
        """
        return language in get_official_languages(self.code, de_facto=True)


def placeholders(text: str) -> list[str]:
    """The names of the placeholders in ``text``, in order: ``["emergency"]``."""
    return PLACEHOLDER_RE.findall(text)


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in placeholders(text) if name not in FIELDS]


def check_source_text(text: str, file: str, line: int) -> None:
    """Refuse a placeholder the pipeline cannot fill, naming where it is."""
    for name in unknown_placeholders(text):
        known = ", ".join(f"{{{field}}}" for field in FIELDS)
        raise SourceError(
            f"{{{name}}} is not a region value ({known}{_did_you_mean(name, FIELDS)}); write \\{{ for a literal brace",
            file,
            line,
        )


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` (inline Markdown) with each placeholder replaced by its value, as text.

    Raises KeyError naming a placeholder that ``values`` does not give.
    """

    def value(match: re.Match) -> str:
        name = match.group(1)
        if not values.get(name):
            raise KeyError(name)
        return _MARKDOWN_PUNCTUATION.sub(r"\\\1", values[name])

    return PLACEHOLDER_RE.sub(value, text)


# Checks of one value each, an error message or None: pipeline/config.py's
# schema validates [regions.*] with them, naming the line.


def region_code_problem(code: object) -> str | None:
    if (
        not isinstance(code, str)
        or not _TERRITORY.fullmatch(code)
        or code == "ZZ"
        or code not in Locale("en").territories
    ):
        return f"{code!r} is not a region code CLDR knows (two capital letters: US, KR)"
    return None


def _text_problem(key: str, value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"must be text, e.g. {_EXAMPLES[key]}"
    return None


def emergency_problem(value: object) -> str | None:
    problem = _text_problem("emergency", value)
    if problem or not isinstance(value, str):
        return problem
    if not _EMERGENCY_NUMBER.fullmatch(value):
        return 'is the number to dial, digits only, e.g. "911"'
    return None


def language_line_problem(value: object) -> str | None:
    problem = _text_problem("language_line", value)
    if problem or not isinstance(value, str):
        return problem
    if not _PHONE_LINE.fullmatch(value):
        return f"is a phone number, e.g. {_EXAMPLES['language_line']}"
    return None


_EXAMPLES = {"emergency": '"911"', "language_line": '"1-800-555-0100"'}


def _did_you_mean(word: str, choices) -> str:
    by_lower = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(word.lower(), list(by_lower), n=1)
    return f"; did you mean {by_lower[close[0]]!r}?" if close else ""
