"""One base error for everything a user can get wrong; each carries its location."""

from __future__ import annotations

from pipeline.controls import printable


class LeafletError(Exception):
    """A problem in the user's input, reported as ``file:line: message``."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        """``file:line: message``; a control character a message quotes (from leaflets.toml, a file
        name) is written as its code, as findings write theirs: none reaches the terminal."""
        where = self.file or ""
        if self.file and self.line:
            where = f"{self.file}:{self.line}"
        return printable(f"{where}: {self.message}" if where else self.message)


class UsageError(LeafletError):
    """The command line names something that does not exist (exit status 2)."""


class ConfigError(LeafletError):
    """leaflets.toml is missing, malformed or inconsistent."""


class ConfigErrors(ConfigError):
    """Several problems in leaflets.toml, reported together, one per line."""

    def __init__(self, errors: list[ConfigError]):
        super().__init__("; ".join(error.message for error in errors), errors[0].file, errors[0].line)
        self.errors = errors

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


class SourceError(LeafletError):
    """A leaflet's Markdown or front matter is malformed."""


class UnsafePathError(LeafletError):
    """An input is a link leading out of its folder, or not a regular file."""


class TemplateError(LeafletError):
    """A page template cannot be read (a Jinja syntax error)."""


class CatalogError(LeafletError):
    """A .po or .pot file cannot be read."""
