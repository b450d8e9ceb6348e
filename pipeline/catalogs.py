"""Gettext catalogs: extract POT files, merge them into PO files, compile MO files.

Wrapping and ordering policy (applied by every command that writes a catalog,
so a file saved by Poedit or passed through ``msgcat`` comes back to it):

* Entries are ordered by their first ``#:`` reference, that is in reading
  order of the source; obsolete (``#~``) entries follow, oldest first.
* Nothing is wrapped: each ``msgid``/``msgstr`` (split only after an embedded
  ``\\n``), ``#|`` previous msgid, note and ``#:`` reference list is one line,
  so a changed sentence is a one-line diff.
* A file is rewritten only when its content would change: headers that
  only name a tool version (``Generated-By``) never count, so another Babel
  release leaves every catalog byte-identical, and a POT's
  ``POT-Creation-Date`` moves only when its messages change. When set,
  ``SOURCE_DATE_EPOCH`` is the date written.
* New catalogs get GNU gettext's plural rule where it has one
  (pipeline.plurals), so ``init`` writes the same header whatever Babel is
  installed; ``update`` replaces a rule that is not known to be right for
  the language only when no translated plural form would be lost.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import polib
from babel import Locale
from babel.messages.catalog import PYTHON_FORMAT, Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, escape as _escape_quoted, read_po, write_po
from jinja2 import TemplateSyntaxError

from pipeline.config import COMMON_DOMAIN, Project
from pipeline.errors import CatalogError, ConfigError, TemplateError
from pipeline.files import write_if_changed
from pipeline.model import Leaflet
from pipeline.plurals import PluralFormsError, PluralRule, matching_rule, parse_plural_forms, preferred_rule
from pipeline.safe_paths import check_folder
from pipeline.po_reading import SyntaxProblem, read_catalog as read_strictly

TEMPLATE_PATTERNS = (("**.html", "jinja2.ext:babel_extract"), ("**.css", "jinja2.ext:babel_extract"))
# Comments in templates that start with this reach translators as "#." lines.
TEMPLATE_COMMENT_TAGS = ("i18n:",)
# silent=false: a template with a syntax error is reported, not skipped (its
# messages would quietly drop out of common.pot, and translators lose them).
JINJA_OPTIONS = {"trimmed": "true", "extensions": "jinja2.ext.i18n", "silent": "false"}
_NO_WRAP = 1 << 30
_BABEL_HEADERS = frozenset({
    "Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date", "Last-Translator",
    "Language", "Language-Team", "Plural-Forms", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
    "Generated-By",
})
_CREATION_DATE_LINE = re.compile(rb'^"POT-Creation-Date: [^"]*"\n', re.MULTILINE)
# Headers that name only the tool that wrote the file: never a reason to rewrite it.
_TOOL_VERSION_LINE = re.compile(rb'^"Generated-By: [^"]*"\n', re.MULTILINE)


def build_time() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise ConfigError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {epoch!r}") from None
    return datetime.now(timezone.utc).replace(microsecond=0)


# -- building templates (pure) -------------------------------------------------

def leaflet_template(project: Project, leaflet: Leaflet, created: datetime) -> Catalog:
    catalog = _new_template(project, leaflet.id, created)
    for unit in leaflet.units:
        # Leaflet text is prose, never a format string: "10% of" is not "%o". Say so,
        # as xgettext does, only where a tool would guess otherwise.
        flags = ["no-python-format"] if PYTHON_FORMAT.search(unit.msgid) else []
        catalog.add(unit.msgid, locations=[(leaflet.path, unit.line)],
                    auto_comments=[f"{unit.kind}", *unit.notes], flags=flags)
    _dedupe_comments(catalog)
    return catalog


def common_template(project: Project, created: datetime) -> Catalog:
    catalog = _new_template(project, COMMON_DOMAIN, created)
    templates = project.templates_dir
    check_folder(templates, project.root)
    prefix = project.relative(templates)
    reading = [""]  # the template being extracted, for a syntax error's message
    try:
        for filename, lineno, message, comments, context in extract_from_dir(
            templates,
            method_map=list(TEMPLATE_PATTERNS),
            options_map={pattern: dict(JINJA_OPTIONS) for pattern, _ in TEMPLATE_PATTERNS},
            comment_tags=TEMPLATE_COMMENT_TAGS,
            strip_comment_tags=True,
            callback=lambda filename, method, options: reading.__setitem__(0, filename),
        ):
            catalog.add(message, locations=[(f"{prefix}/{filename}", lineno)],
                        auto_comments=comments, context=context)
    except TemplateSyntaxError as exc:
        raise TemplateError(f"template syntax error: {exc.message}", f"{prefix}/{reading[0]}", exc.lineno) from None
    _dedupe_comments(catalog)
    return catalog


def _new_template(project: Project, domain: str, created: datetime) -> Catalog:
    return Catalog(
        domain=domain,
        project=project.name,
        version=domain,  # "Project-Id-Version: leaflets ivig-ten"
        copyright_holder=project.copyright_holder,
        msgid_bugs_address=project.bugs_address,
        creation_date=created,
        fuzzy=True,
        header_comment=(
            f"# Translations template for the {project.name} domain {domain!r}.\n"
            f"# Copyright (C) {project.copyright_holder}\n"
            f"# Generated by `leaflets extract`: edit the source, not this file.\n#"
        ),
    )


def _dedupe_comments(catalog: Catalog) -> None:
    # A unit repeated in a leaflet adds its kind comment once per occurrence.
    for message in catalog:
        message.auto_comments = list(dict.fromkeys(message.auto_comments))


def merge(catalog: Catalog, template: Catalog, previous_ids: dict[str, str] | None = None) -> Catalog:
    """``catalog`` updated to ``template``, as msgmerge would, losing nothing.

    Unchanged entries keep their translation, changed ones come back fuzzy
    with ``#|`` the previous msgid, removed ones become obsolete, and an
    obsolete entry whose msgid returns is revived with its translation.
    ``previous_ids`` are the catalog's "#| msgid" lines, which Babel's reader drops.
    """
    previous_ids = previous_ids or {}
    template_ids = {m.id for m in template if m.id}
    for msgid in [key for key in catalog.obsolete if key in template_ids and key not in catalog]:
        catalog[msgid] = catalog.obsolete.pop(msgid)
    catalog.update(template, update_header_comment=False, keep_user_comments=True,
                   update_creation_date=True)
    for message in catalog:
        # Babel forgets "#| msgid" when a still-fuzzy entry is merged again.
        if message.fuzzy and not message.previous_id and message.id in previous_ids:
            message.previous_id = [previous_ids[message.id]]
    return catalog


def new_translation(project: Project, template: Catalog, domain: str, locale: str,
                    created: datetime) -> Catalog:
    """A fresh catalog for ``locale``, with Plural-Forms from Babel's CLDR data."""
    catalog = Catalog(
        # The code as written (zh_TW), which Babel writes as the Language header;
        # a Locale object would be written in Babel's form, zh_Hant_TW.
        locale=locale,
        domain=domain,
        project=project.name,
        version=domain,
        copyright_holder=project.copyright_holder,
        msgid_bugs_address=project.bugs_address,
        creation_date=template.creation_date,
        revision_date=created,
        fuzzy=False,
        header_comment=(
            f"# {Locale.parse(locale).english_name} translation of the {project.name} domain {domain!r}.\n"
            f"# Copyright (C) {created.year} {project.copyright_holder}\n#"
        ),
    )
    rule = preferred_rule(locale)
    if rule:
        set_plural_rule(catalog, rule)
    return merge(catalog, template)


def set_plural_rule(catalog: Catalog, rule: PluralRule) -> None:
    catalog.mime_headers = [("Plural-Forms", rule.header)]


def repair_plural_rule(catalog: Catalog, stated: str | None, locale: str) -> str | None:
    """Replace a missing, unusable or unknown ``Plural-Forms`` by the preferred
    rule, unless a translated form would be lost; what was done, for the user."""
    preferred = preferred_rule(locale)
    if preferred is None:
        return None
    if stated:
        try:
            if matching_rule(parse_plural_forms(stated), locale):
                return None
        except PluralFormsError:
            pass
    lost = [m for m in catalog if m.pluralizable and isinstance(m.string, (list, tuple))
            and any(m.string[preferred.nplurals:])]
    if lost:
        return (f"Plural-Forms {stated!r} is not a rule known for {locale}, but replacing it with "
                f"{preferred.header!r} would drop translated forms of {len(lost)} message(s); fix it by hand")
    set_plural_rule(catalog, preferred)
    for message in catalog:
        if message.pluralizable and isinstance(message.string, (list, tuple)):
            forms = list(message.string[:preferred.nplurals])
            message.string = tuple(forms + [""] * (preferred.nplurals - len(forms)))
    was = f"Plural-Forms was {stated!r}" if stated else "the catalog had no Plural-Forms"
    return f"{was}; wrote {preferred.header!r} ({preferred.source})"


@dataclass(frozen=True)
class Extras:
    """What Babel's reader drops from a catalog and ``update`` must keep."""

    previous_msgids: dict[str, str]  # msgid -> the "#| msgid" beside a fuzzy entry
    headers: tuple[tuple[str, str], ...]  # X-Generator, a reviewer's sign-off, ...
    plural_forms: str | None = None  # as the file states it; Babel fills in its own when absent


def read_extras(path: Path) -> Extras:
    catalog = polib.pofile(str(path))
    return Extras(
        previous_msgids={e.msgid: e.previous_msgid for e in catalog if e.previous_msgid and not e.obsolete},
        headers=tuple((key, value) for key, value in catalog.metadata.items() if key not in _BABEL_HEADERS),
        plural_forms=catalog.metadata.get("Plural-Forms"),
    )


# -- files ---------------------------------------------------------------------

def serialize(catalog: Catalog, extra_headers: tuple[tuple[str, str], ...] = ()) -> bytes:
    for message in catalog:
        # Babel guesses python-format again on every read; the extractor's word wins.
        if "no-python-format" in message.flags:
            message.flags.discard("python-format")
    buffer = io.BytesIO()
    # Babel wraps comments at 76 columns even with width=0, and wraps a long
    # "#| msgid" without quoting its pieces, which corrupts the file. A width
    # no line reaches means no wrapping anywhere.
    write_po(buffer, catalog, width=_NO_WRAP, sort_by_file=True, ignore_obsolete=False,
             include_previous=True, include_lineno=True)
    data = buffer.getvalue()
    if extra_headers:
        # Babel writes only the headers it knows; the others follow them, in their order.
        end = data.index(b"\n\n", data.index(b'msgid ""'))
        lines = b"".join(b'\n"' + _escape(f"{key}: {value}\n").encode(catalog.charset or "utf-8") + b'"'
                         for key, value in extra_headers)
        data = data[:end] + lines + data[end:]
    return data


def read_catalog(path: Path, relpath: str, locale: str | None = None) -> Catalog:
    # Babel reads some broken files without a word (an unterminated string
    # loses its last character), so the strict scan goes first.
    problem = read_strictly(path)
    if isinstance(problem, SyntaxProblem):
        raise CatalogError(f"cannot parse: {problem.message}", relpath, problem.line)
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=locale, abort_invalid=True)
    except PoFileError as exc:
        raise CatalogError(f"cannot parse: {exc.args[0] if exc.args else exc}", relpath,
                           getattr(exc, "lineno", None)) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise CatalogError(f"cannot parse: {exc}", relpath) from None
    for message in [*catalog, *catalog.obsolete.values()]:
        # Babel reads a "#| msgid" line as a translator comment "| msgid";
        # read_extras() reads those lines properly.
        message.user_comments = [c for c in message.user_comments if not c.startswith("|")]
    return catalog


def _escape(text: str) -> str:
    return _escape_quoted(text)[1:-1]  # Babel's escape adds the quotes


def write_template(catalog: Catalog, path: Path) -> bool:
    """Write a POT unless only its POT-Creation-Date or tool version would change."""
    return _write_unless_same(path, serialize(catalog), (_CREATION_DATE_LINE, _TOOL_VERSION_LINE))


def write_catalog(catalog: Catalog, path: Path, extra_headers: tuple[tuple[str, str], ...] = ()) -> bool:
    """Write a PO file unless only the version of the tool writing it would change."""
    return _write_unless_same(path, serialize(catalog, extra_headers), (_TOOL_VERSION_LINE,))


def _write_unless_same(path: Path, new: bytes, ignored: tuple[re.Pattern[bytes], ...]) -> bool:
    """Like Babel's ``Catalog.is_identical``: a file differing only in ``ignored``
    header lines is the same file, and is left byte-identical."""
    if path.is_file() and not path.is_symlink():
        old = path.read_bytes()
        if _without(old, ignored) == _without(new, ignored):
            return False
    return write_if_changed(path, new)


def _without(data: bytes, patterns: tuple[re.Pattern[bytes], ...]) -> bytes:
    for pattern in patterns:
        data = pattern.sub(b"", data)
    return data


def compile_catalog(catalog: Catalog, path: Path) -> bool:
    """Write the MO file; fuzzy entries are left out, as msgfmt does."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return write_if_changed(path, buffer.getvalue())
