"""What a check reports: one problem in one catalog entry, with its location."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from pipeline.controls import printable

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    file: str  # relative to the project root, e.g. locales/ko_KR/LC_MESSAGES/ivig-ten.po
    line: int  # 1-based line of the entry (or of the syntax error) in ``file``
    severity: str  # ERROR or WARNING
    check: str  # short stable id, e.g. "numbers"
    locale: str
    domain: str
    msgid: str  # "" for findings about the whole catalog (header, syntax)
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_dict(self) -> dict:
        return asdict(self)

    def format(self) -> str:
        """Compiler style: ``file:line: error[check]: message``, a control character the message
        quotes from a translation written as its code (pipeline/controls.py)."""
        return f"{self.file}:{self.line}: {self.severity}[{self.check}]: {printable(self.message)}"
