"""Where each key of a TOML file is written, so messages can name the line.

``tomllib`` gives values without positions. This is a line scanner for the
subset of TOML a settings file uses (tables, dotted and quoted keys, arrays
and strings over several lines); it only ever answers "which line", so a
construct it does not follow costs a less precise line, never a wrong value.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field

_TABLE = re.compile(r"^\s*\[(?!\[)\s*(?P<name>[^\]]+?)\s*\]\s*(?:#.*)?$")
_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*(?P<name>[^\]]+?)\s*\]\]\s*(?:#.*)?$")
_KEY_PART = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_KEY = re.compile(rf"^\s*(?P<key>{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
_PART = re.compile(_KEY_PART)


@dataclass(frozen=True)
class KeyLines:
    """The 1-based line of every table header and key, by dotted path."""

    lines: Mapping[tuple[str, ...], int] = field(default_factory=dict)
    duplicates: tuple[tuple[tuple[str, ...], int], ...] = ()  # (path, line of the second definition)

    def line_of(self, *path: str) -> int | None:
        """The line of ``path``, or of its nearest enclosing table or key."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None


def split_key(key: str) -> tuple[str, ...]:
    return tuple(_unquote(part) for part in _PART.findall(key))


def key_lines(text: str) -> KeyLines:
    lines: dict[tuple[str, ...], int] = {}
    duplicates: list[tuple[tuple[str, ...], int]] = []
    table: tuple[str, ...] = ()
    depth = 0  # open [ and { of a value that continues on the next lines
    in_string: str | None = None  # the delimiter of an open multi-line string
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string or depth:
            in_string, depth = _scan(line, in_string, depth)
            continue
        header = _TABLE.match(line) or _ARRAY_TABLE.match(line)
        if header:
            table = split_key(header["name"])
            if _TABLE.match(line) and table in lines and lines[table] != number:
                duplicates.append((table, number))
            lines.setdefault(table, number)
            for end in range(1, len(table)):  # [locale.pt_BR] makes [locale] too: a message about it names this line
                lines.setdefault(table[:end], number)
            continue
        key = _KEY.match(line)
        if key:
            path = table + split_key(key["key"])
            if path in lines:
                duplicates.append((path, number))
            lines.setdefault(path, number)
            in_string, depth = _scan(line[key.end() :], None, 0)
    return KeyLines(lines, tuple(duplicates))


def _scan(text: str, in_string: str | None, depth: int) -> tuple[str | None, int]:
    """Follow strings and brackets to the end of ``text``: what is still open."""
    index = 0
    while index < len(text):
        if in_string:
            if in_string == '"""' and text[index] == "\\":
                index += 2
                continue
            if text.startswith(in_string, index):
                index += len(in_string)
                in_string = None
                continue
            index += 1
            continue
        char = text[index]
        if char == "#":
            break
        if text.startswith('"""', index) or text.startswith("'''", index):
            in_string = text[index : index + 3]
            index += 3
            continue
        if char in "\"'":
            end = _string_end(text, index)
            index = end + 1
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth = max(depth - 1, 0)
        index += 1
    return in_string, depth


def _string_end(text: str, start: int) -> int:
    quote = text[start]
    index = start + 1
    while index < len(text):
        if quote == '"' and text[index] == "\\":
            index += 2
            continue
        if text[index] == quote:
            return index
        index += 1
    return len(text)


def _unquote(part: str) -> str:
    if part[:1] in "\"'" and part[-1:] == part[:1] and len(part) >= 2:
        if part[0] == '"' and "\\" in part:
            try:
                return next(iter(tomllib.loads(f"{part} = 0")))  # TOML's own escapes
            except tomllib.TOMLDecodeError:
                pass
        return part[1:-1]
    return part
