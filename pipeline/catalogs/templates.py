"""Templates (POT): the messages of a leaflet or of the page templates, and new catalogs' headers.

Pure but for Babel's Jinja2 extraction, which reads ``templates/``.  The
headers are the ones Babel writes (``pybabel extract``/``init``), field for
field, so catalogs made before this module existed stay byte-identical.
"""

from __future__ import annotations

import os
import string
from datetime import UTC, date, datetime

from babel.messages.catalog import PYTHON_FORMAT

from pipeline.catalogs.catalog import FUZZY, HEADER_ID, Catalog, Message
from pipeline.config import COMMON_DOMAIN, Project
from pipeline.errors import ConfigError, TemplateError
from pipeline.model import Leaflet
from pipeline.plurals import preferred_rule
from pipeline.safe_paths import check_folder

TEMPLATE_PATTERNS = (("**.html", "jinja2.ext:babel_extract"), ("**.css", "jinja2.ext:babel_extract"))
# Comments in templates that start with this reach translators as "#." lines.
TEMPLATE_COMMENT_TAGS = ("i18n:",)
# silent=false: a template with a syntax error is reported, not skipped (its
# messages would quietly drop out of common.pot, and translators lose them).
JINJA_OPTIONS = {"trimmed": "true", "extensions": "jinja2.ext.i18n", "silent": "false"}
GENERATED_BY = "Generated-By"


def build_time() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            raise ConfigError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {epoch!r}") from None
    return datetime.now(UTC).replace(microsecond=0)


def review_today() -> date:
    """The day a review recorded now took place: the reviewer's calendar day, in this machine's
    time zone, not UTC's (a US reviewer signing off at 7 pm Eastern is past midnight UTC, and the
    page would tell patients the review was the next day); ``SOURCE_DATE_EPOCH``'s day when set."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return build_time().date()
    return datetime.now().astimezone().date()


def format_date(moment: datetime) -> str:
    """As PO headers write dates: ``2026-11-23 17:04+0000``."""
    return moment.strftime("%Y-%m-%d %H:%M%z")


def generated_by() -> str:
    """The tool that made the catalog's content: Babel extracts the templates and
    gives the plural rules.  Read at call time: a new Babel names itself."""
    from babel.messages import catalog as babel_catalog

    return f"Babel {babel_catalog.VERSION}"


# -- templates -----------------------------------------------------------------


def leaflet_template(project: Project, leaflet: Leaflet, created: datetime) -> Catalog:
    """One message per unit of the leaflet, in reading order; a repeated unit is
    one message with every reference."""
    messages: dict[str, Message] = {}
    for unit in leaflet.units:
        # Leaflet text is never %-formatted: "10% of" is not "%o". Say so, as
        # xgettext does, only where a tool would guess otherwise. Braces are
        # region placeholders ("{emergency}", pipeline.regions) filled in when
        # a page is rendered: flagged, msgfmt checks translations keep them.
        flags: tuple[str, ...] = ("no-python-format",) if PYTHON_FORMAT.search(unit.msgid) else ()
        flags = (("python-brace-format",) if _looks_like_brace_format(unit.msgid) else ()) + flags
        _add(
            messages,
            Message(
                unit.msgid,
                flags=flags,
                extracted_comments=(unit.kind, *unit.notes),
                references=(f"{leaflet.path}:{unit.line}",),
            ),
        )
    return Catalog(_template_header(project, leaflet.id, created), tuple(messages.values()))


def common_template(project: Project, created: datetime) -> Catalog:
    """The page templates' messages, found by Babel's Jinja2 extractor.

    Babel flags a message ``python-format`` (or ``python-brace-format``) when
    its text looks like one: Jinja2 formats every translation of a template
    with ``%`` (``newstyle`` gettext), so here the guess is right, and it is
    what tells msgfmt to check the translation.
    """
    # Imported here: Babel's extractors and Jinja2 are for `extract`; reading a catalog (check) needs neither.
    from babel.messages.extract import extract_from_dir
    from jinja2 import TemplateSyntaxError

    messages: dict[str, Message] = {}
    check_folder(project.templates_dir, project.root)
    prefix = project.relative(project.templates_dir)
    reading = [""]  # the template being extracted, for a syntax error's message
    try:
        extracted = list(
            extract_from_dir(
                project.templates_dir,
                method_map=list(TEMPLATE_PATTERNS),
                options_map={pattern: dict(JINJA_OPTIONS) for pattern, _ in TEMPLATE_PATTERNS},
                comment_tags=TEMPLATE_COMMENT_TAGS,
                strip_comment_tags=True,
                callback=lambda filename, method, options: reading.__setitem__(0, filename),
            )
        )
    except TemplateSyntaxError as exc:
        raise TemplateError(f"template syntax error: {exc.message}", f"{prefix}/{reading[0]}", exc.lineno) from None
    for filename, lineno, text, comments, context in extracted:
        ids = (text,) if isinstance(text, str) else tuple(text)
        flags: tuple[str, ...] = ("python-brace-format",) if any(_looks_like_brace_format(i) for i in ids) else ()
        flags += ("python-format",) if any(PYTHON_FORMAT.search(i) for i in ids) else ()
        _add(
            messages,
            Message(
                ids[0],
                msgid_plural=ids[1] if len(ids) > 1 else None,
                msgstr_plural=("", "") if len(ids) > 1 else (),
                msgctxt=context,
                flags=flags,
                extracted_comments=tuple(comments),
                references=(f"{prefix}/{filename}:{lineno}",),
            ),
        )
    return Catalog(_template_header(project, COMMON_DOMAIN, created), tuple(messages.values()))


def _add(messages: dict, message: Message) -> None:
    """Add a message, or merge it into the one with the same text (as Babel's
    ``Catalog.add`` does): references, notes and flags of both, references sorted."""
    key = message.key
    current = messages.get(key)
    if current is None:
        messages[key] = message
        return
    plural = current if current.is_plural else message
    messages[key] = Message(
        current.msgid,
        msgid_plural=plural.msgid_plural,
        msgstr_plural=plural.msgstr_plural,
        msgctxt=current.msgctxt,
        flags=tuple(sorted({*current.flags, *message.flags})),
        extracted_comments=tuple(dict.fromkeys(current.extracted_comments + message.extracted_comments)),
        references=tuple(sorted(dict.fromkeys(current.references + message.references), key=_reference_key)),
    )


def _reference_key(reference: str) -> tuple[str, int]:
    path, _, line = reference.rpartition(":")
    return (path, int(line)) if line.isdigit() else (reference, -1)


def _looks_like_brace_format(text: str) -> bool:
    """``{name}`` as ``str.format`` reads it (Babel's rule, python-babel/babel#333)."""
    if "{" not in text:
        return False
    try:
        return any(field is not None for _, field, _, _ in string.Formatter().parse(text))
    except ValueError:
        return False


def _template_header(project: Project, domain: str, created: datetime) -> Message:
    comments = (
        f"Translations template for the {project.name} domain {domain!r}.",
        f"Copyright (C) {project.copyright_holder}",
        "Generated by `leaflets extract`: edit the source, not this file.",
        "",
    )
    return _header(
        comments,
        (FUZZY,),
        (
            ("Project-Id-Version", f"{project.name} {domain}"),
            ("Report-Msgid-Bugs-To", project.bugs_address),
            ("POT-Creation-Date", format_date(created)),
            ("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE"),
            ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"),
            ("Language-Team", "LANGUAGE <LL@li.org>"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "8bit"),
            (GENERATED_BY, generated_by()),
        ),
    )


def translation_header(project: Project, template: Catalog, domain: str, locale: str, created: datetime) -> Message:
    """The header of a new catalog for ``locale``: the plural rule GNU gettext
    gives the language (else CLDR's), so ``init`` writes the same header whatever
    Babel is installed, and ``Language`` as gettext writes it (``zh_TW``)."""
    rule = preferred_rule(locale, project.declared_plural_rule(locale))
    fields = [
        ("Project-Id-Version", f"{project.name} {domain}"),
        ("Report-Msgid-Bugs-To", project.bugs_address),
        ("POT-Creation-Date", template.header_value("POT-Creation-Date") or format_date(created)),
        ("PO-Revision-Date", format_date(created)),
        ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"),
        ("Language", locale),
        ("Language-Team", f"{locale} <LL@li.org>"),
    ]
    if rule:
        fields.append(("Plural-Forms", rule.header))
    fields += [
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "8bit"),
        (GENERATED_BY, generated_by()),
    ]
    comments = (
        f"{project.english_name(locale)} translation of the {project.name} domain {domain!r}.",
        f"Copyright (C) {created.year} {project.copyright_holder}",
        "",
    )
    return _header(comments, (), tuple(fields))


def _header(comments: tuple[str, ...], flags: tuple[str, ...], fields: tuple[tuple[str, str], ...]) -> Message:
    return Message(
        HEADER_ID,
        msgstr="".join(f"{name}: {value}\n" for name, value in fields),
        flags=flags,
        translator_comments=comments,
    )
