"""A strict lexical scan of PO files.

polib and Babel both accept some broken files silently (an unterminated
string is read as if it were closed, minus its last character), which would
put a changed text in front of a patient. This scan reports what GNU msgfmt
would refuse, with the line, before anything else reads the file.
"""

from __future__ import annotations

import re

_KEYWORD = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\])\s+(".*)$')
_STRING = re.compile(r'^"(?:[^"\\]|\\.)*"\s*$')
_ESCAPE = re.compile(r'\\(.)')
_VALID_ESCAPES = set('ntrbfva\\"01234567x?\'')


def syntax_errors(text: str) -> list[tuple[int, str]]:
    """(line, problem) for every line GNU gettext would not parse."""
    problems = []
    expect_string = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("#~"):
            line = line[2:].strip()
            if not line or line.startswith("#"):
                continue
        if not line or line.startswith("#"):
            expect_string = False
            continue
        keyword = _KEYWORD.match(line)
        string = keyword.group(2) if keyword else line
        if not keyword and not (expect_string and line.startswith('"')):
            problems.append((number, f"unexpected text {line[:30]!r}: expected msgid, msgstr or a quoted string"))
            continue
        if not _STRING.match(string):
            problems.append((number, "string is not terminated with '\"' on this line"))
            continue
        bad = [e for e in _ESCAPE.findall(string[1:-1].rstrip()) if e not in _VALID_ESCAPES]
        if bad:
            problems.append((number, f"invalid escape sequence '\\{bad[0]}'"))
        expect_string = True
    return problems
