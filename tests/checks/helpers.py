"""Helpers to write catalogs into a tiny test project and check them.

Every catalog a test writes is also compiled with GNU ``msgfmt -c
--check-format``: one the test considers valid must be accepted (our checks
must never pass what gettext cannot compile, nor tests rely on catalogs it
would reject), one it calls malformed (``gettext_valid=False``) must be
rejected, so our [syntax]/[placeholders] findings agree with gettext's.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from babel.messages.plurals import get_plural

from pipeline.checks import CatalogReport, check_catalog
from pipeline.config import Project

MSGFMT = shutil.which("msgfmt")

LEAFLETS_TOML = """\
[project]
name = "leaflets-test"
source_locale = "en"
copyright_holder = "Test"
bugs_address = "translations@leaflets.invalid"

[locales.en]
page_size = "Letter"

[locales.ko_KR]
page_size = "A4"

[locales.es]
page_size = "A4"

[locales.ar]
page_size = "A4"

[locales.zh_TW]
page_size = "A4"

[glossary]
do_not_translate = ["IVIG", "IgG", "SJS", "TEN", "SJS/TEN", "IL-2", "TNF-α", "lamotrigine"]
"""


def cldr_plural_forms(locale: str) -> str:
    """The rule the installed Babel derives from CLDR: it changes between Babel releases."""
    rule = get_plural(locale)
    return f"nplurals={rule.num_plurals}; plural={rule.plural_expr};"


# GNU gettext's rules (gettext-tools/src/plural-table.c), what msginit and Poedit
# write; stable for decades, so they may be written out here. GNU has no Arabic rule.
GNU_PLURAL_FORMS = {
    "ko_KR": "nplurals=1; plural=0;",
    "es": "nplurals=2; plural=(n != 1);",
}


def header(locale: str = "ko_KR", **overrides: str) -> str:
    fields = {
        "Project-Id-Version": "leaflets 0.1",
        "Report-Msgid-Bugs-To": "translations@leaflets.invalid",
        "POT-Creation-Date": "2025-01-01 00:00+0000",
        "PO-Revision-Date": "2025-01-02 00:00+0000",
        "Last-Translator": "Translator <t@leaflets.invalid>",
        "Language-Team": "Korean <ko@leaflets.invalid>",
        "Language": locale,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": cldr_plural_forms(locale),
    }
    fields.update({key.replace("_", "-"): value for key, value in overrides.items()})
    lines = ['msgid ""', 'msgstr ""']
    lines += [f'"{key}: {value}\\n"' for key, value in fields.items() if value is not None]
    return "\n".join(lines) + "\n"


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


@dataclass(frozen=True)
class Entry:
    msgid: str
    msgstr: str | list[str] = ""
    flags: tuple[str, ...] = ()
    msgid_plural: str | None = None

    def render(self) -> str:
        lines = [f"#, {', '.join(self.flags)}"] if self.flags else []
        lines.append(f"msgid {quote(self.msgid)}")
        if self.msgid_plural is not None:
            lines.append(f"msgid_plural {quote(self.msgid_plural)}")
            forms = self.msgstr if isinstance(self.msgstr, list) else [self.msgstr]
            lines += [f"msgstr[{index}] {quote(form)}" for index, form in enumerate(forms)]
        else:
            lines.append(f"msgstr {quote(self.msgstr)}")
        return "\n".join(lines) + "\n"


def msgfmt_verdict(path: Path) -> tuple[bool, str]:
    """Whether ``msgfmt -c --check-format`` accepts the catalog, and what it said."""
    result = subprocess.run(
        [MSGFMT, "-c", "--check-format", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    return result.returncode == 0, result.stderr


def assert_msgfmt_agrees(path: Path, valid: bool | None) -> None:
    """``valid``: True, msgfmt must accept the file; False, it must reject it; None: not run."""
    if MSGFMT is None or valid is None:
        return
    accepted, stderr = msgfmt_verdict(path)
    if valid:
        assert accepted, f"msgfmt rejects {path.name}, which the test considers valid:\n{stderr}"
    else:
        assert not accepted, f"msgfmt accepts {path.name}, which the test considers malformed"


class Catalogs:
    """Writes catalogs into the test project and checks them."""

    def __init__(self, project: Project):
        self.project = project

    def path(self, locale: str = "ko_KR", domain: str = "ivig-ten") -> Path:
        return self.project.po_path(locale, domain)

    def write_text(
        self, text: str, locale: str = "ko_KR", domain: str = "ivig-ten", *, gettext_valid: bool | None = True
    ) -> Path:
        path = self.path(locale, domain)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        assert_msgfmt_agrees(path, gettext_valid)
        return path

    def write(
        self,
        *entries: Entry,
        locale: str = "ko_KR",
        domain: str = "ivig-ten",
        gettext_valid: bool | None = True,
        **header_fields,
    ) -> Path:
        text = header(locale, **header_fields) + "".join("\n" + entry.render() for entry in entries)
        return self.write_text(text, locale, domain, gettext_valid=gettext_valid)

    def check(
        self,
        *entries: Entry,
        locale: str = "ko_KR",
        domain: str = "ivig-ten",
        gettext_valid: bool | None = True,
        **header_fields,
    ) -> CatalogReport:
        self.write(*entries, locale=locale, domain=domain, gettext_valid=gettext_valid, **header_fields)
        return check_catalog(self.project, locale, domain)

    def findings(
        self,
        msgid: str,
        msgstr,
        *,
        check: str | None = None,
        locale: str = "ko_KR",
        domain: str = "ivig-ten",
        flags=(),
        msgid_plural=None,
        gettext_valid: bool | None = True,
    ):
        """Findings for one message (optionally of one check only); the header must be clean."""
        entry = Entry(msgid, msgstr, tuple(flags), msgid_plural)
        report = self.check(entry, locale=locale, domain=domain, gettext_valid=gettext_valid)
        assert not [f for f in report.findings if f.check in ("syntax", "header")], report.findings
        return [f for f in report.findings if check is None or f.check == check]


def msgid_line(path: Path, msgid: str) -> int:
    target = f"msgid {quote(msgid)}"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line == target:
            return number
    raise AssertionError(f"{msgid!r} not in {path}")


def field_line(path: Path, name: str) -> int:
    """The line of the header field ``name``: the string line that begins ``"Name:``."""
    for number, line in enumerate(path.read_bytes().decode("utf-8", "replace").splitlines(), start=1):
        if line.startswith(f'"{name}:'):
            return number
    raise AssertionError(f"no {name} field in {path}")


def only(findings, check: str | None = None):
    """The single finding (of ``check``), failing with the full list otherwise."""
    chosen = [f for f in findings if check is None or f.check == check]
    assert len(chosen) == 1, chosen
    return chosen[0]
