"""[template]: a catalog compared with its template, ``locales/<domain>.pot``.

A translator who deletes an entry, or edits the English of one (its
``msgid``), leaves a catalog that reads well and whose every translation
passes, but whose page misses a passage: the draft shows it in English and a
release refuses the page (``pipeline/release.py``, NOT_IN_CATALOG). This
check says so where the translator looks, with the line:

* a passage of the template that the catalog lacks is an error (the
  release refuses the page for it);
* a msgid the template does not have, paired with the template's passage
  most like it as ``leaflets update`` pairs them (difflib ratio, the same
  cut-off), is an error at the edited line: the English was edited there,
  or changed since the last ``update``, and that passage is missing;
* a msgid the template does not have and nothing missing resembles is a
  warning: its passage was removed from the English (``update`` keeps it as
  obsolete, ``#~``); the release does not read it.

Obsolete (``#~``) entries are not compared: they are not in the page.

The template itself can be behind the English: a writer who edits
``source/<id>.md`` and forgets ``leaflets extract`` leaves a template, and so
every catalog, without the new passage. Every catalog then passes, yet the
release refuses every translated page (it reads the English, not the
template). :func:`passages_not_in_template` names each such passage on its
line of the English, for ``check`` and ``update`` to say what to run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.catalogs.catalog import Catalog, Message
from pipeline.catalogs.merge import closest_message, match_key
from pipeline.catalogs.pofile import read_po
from pipeline.config import Project
from pipeline.errors import CatalogError, LeafletError
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.model import Leaflet, Unit
from pipeline.review import shorten
from pipeline.safe_paths import read_input
from pipeline.source import leaflet_paths, read_source

CHECK = "template"
UNREADABLE = "source"  # an English source that cannot be read
_PAIRED_AT_MOST = 200  # msgids not in the template: pairing more would cost seconds for a catalog of another leaflet


@dataclass(frozen=True)
class TemplateFile:
    """A domain's template as read for the checks: what they compare with, and what their result depends on."""

    file: str  # as messages name it: locales/ivig-ten.pot
    data: bytes | None  # None: there is none (or it must not be read): nothing is compared

    def parsed(self) -> Catalog | CatalogError | None:
        return None if self.data is None else _parse(self.file, self.data)


def template_file(project: Project, domain: str) -> TemplateFile:
    """The template of ``domain`` as it is on disk now; one that is a link out of locales/
    or too big is not read (``update`` refuses it, naming why)."""
    path = project.pot_path(domain)
    file = project.relative(path)
    if project.catalog_problem(path):
        return TemplateFile(file, None)
    return TemplateFile(file, read_input(path)[0])


@dataclass(frozen=True)
class EnglishFile:
    """A leaflet's English source and its template, each read once by ``check`` (or ``update``)
    for everything it says of them: readability, clinical review, a template behind the English."""

    leaflet_id: str
    file: str  # as users see it: source/ivig-ten.md
    data: bytes | None  # as read_source gave them
    problem: str  # why they must not be read (data is None)
    template: TemplateFile


def read_english(project: Project, wanted: Callable[[str], bool] = lambda leaflet_id: True) -> list[EnglishFile]:
    """The English of every leaflet (whose id is ``wanted``), in the order of their files."""
    return [
        EnglishFile(path.stem, project.relative(path), *read_source(path, project), template_file(project, path.stem))
        for path in leaflet_paths(project.source_dir)
        if wanted(path.stem)
    ]


# Every locale's catalog of a domain is compared with the same template, and check compares the
# English with it too: room for the templates of a few hundred leaflets (each about 80 KB parsed).
@lru_cache(maxsize=256)
def _parse(file: str, data: bytes) -> Catalog | CatalogError:
    try:
        return read_po(data, file)
    except CatalogError as exc:
        return exc


def check_template(
    catalog: Catalog, template: TemplateFile | None, file: str, locale: str, domain: str
) -> list[Finding]:
    """The findings of comparing ``catalog`` (read from ``file``) with its template."""
    parsed = template.parsed() if template is not None else None
    if parsed is None or template is None:
        return []
    if isinstance(parsed, CatalogError):
        unreadable = f"cannot compare the catalog with its template: {parsed.message} (run `leaflets extract`)"
        return [Finding(template.file, parsed.line or 1, WARNING, CHECK, locale, domain, "", unreadable)]

    def finding(line: int, severity: str, msgid: str, message: str) -> Finding:
        return Finding(file, line, severity, CHECK, locale, domain, msgid, message)

    have = {message.key: message for message in catalog.messages}
    wanted = {message.key for message in parsed.messages}
    extra = [message for message in catalog.messages if message.key not in wanted]
    # What update would pair a template passage with (merge.closest_message), each at most once.
    pairable: dict[str, Message] = {}
    for entry in extra[:_PAIRED_AT_MOST]:
        pairable.setdefault(match_key(entry.msgid), entry)
    paired: set[tuple[str | None, str]] = set()
    findings = []
    previous_line = 1  # where a missing passage belongs: after the template's passage before it
    for passage in parsed.messages:
        present = have.get(passage.key)
        if present is not None:
            previous_line = present.line or previous_line
            continue
        closest = closest_message(match_key(passage.msgid), pairable) if pairable else None
        if closest is not None:
            edited = pairable.pop(closest[1])
            paired.add(edited.key)
            findings.append(finding(edited.line, ERROR, edited.msgid, _edited(edited, passage, template.file)))
        else:
            findings.append(finding(previous_line, ERROR, passage.msgid, _missing(passage, template.file)))
    findings += [finding(m.line, WARNING, m.msgid, _removed(template.file)) for m in extra if m.key not in paired]
    return findings


def _edited(edited: Message, passage: Message, template: str) -> str:
    kept = "the translation, marked fuzzy" if edited.has_translation else "the entry"
    if edited.msgid == passage.msgid:  # the same English under another context: msgctxt added, changed or removed
        return (
            f"this entry's msgctxt is {_context(edited)}, the template's ({template}:{passage.line}) is "
            f"{_context(passage)}: the context was edited here. Edit only msgstr; `leaflets update` puts the "
            f"template's back and keeps {kept}"
        )
    return (
        f'this msgid is not in the template; the nearest is {template}:{passage.line} "{shorten(passage.msgid)}": '
        "the English was edited here, or has changed since the last `leaflets update`. Edit only msgstr; "
        f"`leaflets update` puts the template's English back and keeps {kept}"
    )


def _context(message: Message) -> str:
    return "none" if message.msgctxt is None else repr(message.msgctxt)


def _missing(passage: Message, template: str) -> str:
    return (
        f'the passage "{shorten(passage.msgid)}" ({template}:{passage.line}) is missing from this catalog, '
        "so the page shows it in English and a release leaves the page out; `leaflets update` adds it back"
    )


def _removed(template: str) -> str:
    return (
        f"this msgid is not in the template {template}: its passage was removed from the English, or the "
        "English was edited here; `leaflets update` keeps the entry as obsolete (#~), which no page shows"
    )


def english_not_in_template(project: Project, leaflet: Leaflet, template: TemplateFile) -> list[Finding]:
    """What ``check`` says of a leaflet's template being behind its English: each passage it
    lacks, or that there is none yet."""
    if not project.pot_path(leaflet.id).is_file():
        return [no_template_yet(leaflet, template.file, project.source_locale)]
    return passages_not_in_template(leaflet, template, project.source_locale)


def passages_not_in_template(leaflet: Leaflet, template: TemplateFile, source_locale: str) -> list[Finding]:
    """An error on the line of each passage of the English that ``template`` lacks (none when
    there is no template to read: ``update`` and the catalogs' [template] warning say so)."""
    parsed = template.parsed()
    if not isinstance(parsed, Catalog):
        return []
    have = {message.msgid for message in parsed.messages}
    missing: dict[str, Unit] = {}  # a passage written twice is one message: named where it is first
    for unit in leaflet.units:
        if unit.msgid not in have:
            missing.setdefault(unit.msgid, unit)
    return [
        Finding(
            leaflet.path,
            unit.line,
            ERROR,
            CHECK,
            source_locale,
            leaflet.id,
            unit.msgid,
            _not_extracted(unit.msgid, template.file),
        )
        for unit in missing.values()
    ]


def unreadable_english(english: EnglishFile, problem: LeafletError, source_locale: str) -> Finding:
    """The error of a leaflet whose English cannot be read (malformed front matter, raw HTML ...):
    ``extract`` cannot bring it into its template and no page of it can be built, in any language."""
    message = f"{problem.message}; no page of this leaflet can be built, in any language, until this is fixed"
    where = problem.file or english.file
    return Finding(where, problem.line or 1, ERROR, UNREADABLE, source_locale, english.leaflet_id, "", message)


def no_template_yet(leaflet: Leaflet, template: str, source_locale: str) -> Finding:
    """The error of a leaflet ``extract`` has not made a template for: no language has its catalog."""
    message = (
        f"there is no template {template} for this leaflet yet, so no language has a catalog of it and a "
        "release publishes none of its translations; run `leaflets extract`, then `leaflets update`"
    )
    return Finding(leaflet.path, 1, ERROR, CHECK, source_locale, leaflet.id, "", message)


def _not_extracted(msgid: str, template: str) -> str:
    return (
        f'the passage "{shorten(msgid)}" is not in the template {template}: the English changed after the '
        "last `leaflets extract`, so no catalog has it, every translated page shows it in English and a "
        "release leaves those pages out; run `leaflets extract`, then `leaflets update`"
    )
