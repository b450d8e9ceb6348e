"""[numbers] Digits the translation's readers do not read as the value every check reads.

Every check reads a digit by its value, whatever its script (``٤`` and ``４`` are 4), so
that an Arabic translation may write ``٤ غ`` for "4 g". But a reader reads the digits of
the language's own script and 0-9, not the others: a Bengali ``৪`` is 4 to the checks and
looks like 8 to a reader of Korean or Spanish (``৪00 mg/kg`` passes as 400 mg/kg and reads
800), Devanagari ``४`` looks like a Latin 8 or a letter. And within one number two
systems of digits read as something else: in ``4٠0`` the Arabic-Indic zero is a small dot,
so the page reads 4.0 where the checks read 400.

So each number of the translation (digits, joined by points and commas) must be written
in 0-9 (or its full-width and mathematical forms, which look the same) or in the digits
of the language's own script (Unicode's Script_Extensions: Arabic-Indic and Extended
Arabic-Indic digits for Arabic, Persian or Urdu; Devanagari for Hindi), and in one of
them only. Pure functions of the text and the language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.checks.context import EntryContext
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
from pipeline.languages.scripts import script_extensions, script_name, script_of

# A number as a reader meets it: decimal digits of any script (re's \d), joined by
# the marks numbers are written with (the point, the comma, Arabic's decimal and
# thousands separators).
_NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")
WESTERN = "0-9"


@dataclass(frozen=True)
class MisreadNumber:
    written: str  # as the translation writes it: "৪00"
    value: str  # in 0-9: "400"
    foreign: str  # the script whose digits the readers do not read ("Bengali"), or ""
    systems: tuple[str, ...]  # the digit systems it mixes ("0-9", "Arabic"), or one


def digit_system(char: str) -> str:
    """Which digits ``char`` is one of: "0-9" for ASCII and the forms that look like it
    (full-width ``４``, mathematical ``𝟒``), else its script's name ("Arabic", "Bengali")."""
    if unicodedata.normalize("NFKC", char).isascii():
        return WESTERN
    return script_name(script_of(char))


def readers_read(char: str, language: Language) -> bool:
    """Whether readers of ``language`` read the digit ``char``: 0-9, or a digit of its own script."""
    if digit_system(char) == WESTERN:
        return True
    script = language.script
    return script is not None and not script_extensions(char).isdisjoint(script.scripts)


def misread_numbers(text: str, language: Language) -> Iterator[MisreadNumber]:
    """The numbers of ``text`` written in digits its readers do not read, or in two systems of digits."""
    if text.isascii():
        return
    for match in _NUMBER.finditer(text):
        written = match.group()
        if written.isascii():
            continue
        digits = [char for char in written if char.isdecimal()]
        systems = tuple(dict.fromkeys(digit_system(char) for char in digits))
        foreign = next((char for char in digits if not readers_read(char, language)), "")
        if foreign or len(systems) > 1:
            value = "".join(str(unicodedata.decimal(char, char)) if char.isdecimal() else char for char in written)
            yield MisreadNumber(written, value, digit_system(foreign) if foreign else "", systems)


def check_digit_scripts(ctx: EntryContext, check: str) -> Iterator[Finding]:
    """An error for the numbers of the translation its readers would not read as the checks do: one
    for those in digits of another script, one for those mixing two systems, each naming the first
    (a message with thousands of them is one mistake to fix, not thousands of findings)."""
    found = list(dict.fromkeys(misread_numbers(ctx.translation, ctx.language)))
    for kind in ([n for n in found if n.foreign], [n for n in found if not n.foreign]):
        if kind:
            first, rest = kind[0], kind[1:]
            more = f" (and {len(rest)} more so written: {', '.join(n.written for n in rest[:3])}" + (
                ", …)" if len(rest) > 3 else ")"
            )
            yield ctx.finding(check, ERROR, _message(first, ctx.language) + (more if rest else ""))


def _message(number: MisreadNumber, language: Language) -> str:
    if number.foreign:
        return (
            f"{number.written} in the translation is written in {number.foreign} digits, which readers of "
            f"{language.name} do not read: the checks read {number.value}, a reader "
            f"may take a digit for another one or for a letter; write {number.value}"
        )
    # Arabic-Indic and Extended Arabic-Indic zero: a small dot or diamond beside 0-9.
    dot = next((char for char in number.written if char in "٠۰"), "")
    why = f" ({dot} beside 0-9 looks like a decimal point)" if dot else ""
    return (
        f"{number.written} in the translation mixes {' and '.join(number.systems)} digits in one number: "
        f"the checks read {number.value}, a reader may not{why}; write {number.value} or "
        f"{_in_its_own_digits(number)}"
    )


def _in_its_own_digits(number: MisreadNumber) -> str:
    """The number in the digits of the language's script it mixes with 0-9: 4٠0 -> ٤٠٠."""
    zero = next(
        chr(ord(char) - unicodedata.decimal(char))
        for char in number.written
        if char.isdecimal() and digit_system(char) != WESTERN
    )
    return "".join(chr(ord(zero) + int(char)) if char.isdigit() else char for char in number.value)
