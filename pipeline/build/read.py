"""``leaflets build``, stage 1, **read**: every input's bytes and digest, read before anything is
written (:func:`read_inputs`), and the :class:`Reader` that parses sources and reads and checks
catalogs on demand, each at most once per build."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from pipeline import checkout_order, clinical_review, page_text_review, variants
from pipeline.cache import (
    Cache,
    catalog_inputs,
    catalog_key,
    remember_check,
    remember_source,
    remembered_entries,
    remembered_readability,
    remembered_review_state,
    remembered_template_covers,
    template_messages,
)
from pipeline.checks.runner import same_content_checked_once
from pipeline.checks.template import TemplateFile, english_not_in_template, template_file
from pipeline.config import COMMON_DOMAIN, LocaleSettings, Project
from pipeline.errors import LeafletError
from pipeline.executors import Executor, SerialExecutor
from pipeline.fingerprint import Environment, code_digest, digest, digest_of, environment, libraries_digest
from pipeline.jobs import CatalogJob, CatalogState, read_catalog
from pipeline.manifest import DIRTY, ENGLISH_SHOWN, TEMPLATE_MESSAGES, TRANSLATION_SHOWN, Assessment, Pair
from pipeline.model import Leaflet
from pipeline.output_folder import Folder
from pipeline.plan import HTML, PDF
from pipeline.progress import Progress
from pipeline.render_html import read_templates, templates_used
from pipeline.review_history import WorkingChanges
from pipeline.safe_paths import check_folder, read_input
from pipeline.source import leaflet_paths, parse_source, read_source
from pipeline.terminology import glossary_path
from pipeline.translations import TranslationTable, source_table

_log = logging.getLogger(__name__)


# An assessment input that no page is made from: where leaflets.toml sets what its messages cite.
CITED_SETTINGS = "cited settings"
# The templates each kind of output is made from (with what they include).
_ENTRY_TEMPLATES = {
    HTML: ("leaflet.html",),
    PDF: ("leaflet.html", "print.css"),
    "index": ("index.html",),
    variants.FORMAT_OF[variants.BILINGUAL]: ("leaflet.html", "print.css", "bilingual.html", "bilingual.css"),
    variants.FORMAT_OF[variants.LARGE_PRINT]: ("leaflet.html", "print.css", "large-print.css"),
}


@dataclass(frozen=True)
class SourceFile:
    """A source as this build read it: the bytes it hashes are the bytes it parses, so a source
    edited meanwhile is recorded as it was parsed, and the next build sees the edit."""

    file: str  # as users see it: source/ivig-ten.md
    data: bytes | None  # None: one that must not be read (at most max_leaflet_kb: kept for the build)
    digest: str
    unsafe: str = ""  # why it must not be read (a link out of source/, too big, unreadable)


@dataclass(frozen=True)
class CatalogFile:
    file: str
    data: bytes | None  # None: no such catalog, or one that must not be read
    digest: str
    unsafe: str = ""  # why it must not be read (a link out of locales/, too big)


@dataclass(frozen=True)
class Inputs:
    """Everything a build is made from, read before anything is written."""

    mode: str  # "release" or "draft"
    sources: dict[str, SourceFile]  # leaflet id -> its file
    catalogs: dict[tuple[str, str], CatalogFile]  # (locale, domain) -> its file
    pots: dict[str, TemplateFile]  # domain -> its template (locales/<domain>.pot), which the checks compare with
    templates: dict[str, str]  # name -> source
    templates_digest: dict[str, str]  # html, pdf, index -> digest of the templates it is made from
    common_msgids: tuple[str, ...]  # what the templates translate, as extracted now
    disclaimer_msgids: tuple[str, ...]
    config: str  # digest of the project's settings (not its locales')
    locales: dict[str, str]  # locale -> digest of its settings
    regions: dict[str, str]  # locale -> digest of what its pages tell readers of their region (region_digest)
    glossaries: dict[str, str]  # locale -> digest of its glossary.tsv (the checks read it)
    # locale -> the leaflets.toml:LINE its assessment's messages cite (its font_family): an edit
    # above it moves the line, and the recorded message must not name the old one.
    cited: dict[str, str]
    environment: Environment
    listing: frozenset[str]  # every file the folder holds
    held: frozenset[str]  # recorded files whose bytes are what the manifest says
    # The clinical review of the page text (pipeline/page_text_review.py): a release needs it, a draft
    # marks every page without it. Of templates/clinical_review.toml as read with the templates, so
    # the pages' records ("templates") hold the review they were judged by.
    page_text: page_text_review.Verdict
    # A release: the git commit it is made from, manifest.DIRTY added for uncommitted changes
    # ("": a draft, or not a git repository); each page it makes records it.
    commit: str = ""
    # A release with uncommitted changes: what they are (checkout_order.uncommitted), as dist/manifest.json
    # records them; their digest "": committed, a draft, or git could not list them.
    uncommitted: WorkingChanges = field(default_factory=WorkingChanges)

    @property
    def template_messages(self) -> str:
        """Digest of the English the templates give every page (its page text and disclaimer)."""
        return digest_of([self.common_msgids, self.disclaimer_msgids])

    def assessment_inputs(self, pair: Pair, source_locale: str) -> dict[str, str]:
        """What a pair's assessment (and so every page of it) depends on."""
        locale, leaflet = pair
        translated = locale != source_locale
        return {
            "mode": self.mode,
            "source": self.sources[leaflet].digest,
            "catalog": self.catalogs[(locale, leaflet)].digest if translated else "the source language",
            "common": self.catalogs[(locale, COMMON_DOMAIN)].digest if translated else "the source language",
            TEMPLATE_MESSAGES: self.template_messages,
            "config": self.config,
            "locale": self.locales[locale],
            "region": self.regions[locale],
            "glossary": self.glossaries[locale] if translated else "the source language",
            "code": self.environment.code,
            "libraries": self.environment.libraries,
            "fonts": self.environment.fonts,  # the font check (no tofu) is part of the assessment
            CITED_SETTINGS: self.cited[locale],
        }

    def file_inputs(self, assessments: Mapping[Pair, Assessment]):
        """``(pair, format, links) -> inputs`` of one page: its assessment's, and what rendering adds."""

        def inputs_for(pair: Pair, fmt: str, links: tuple[str, ...]) -> dict[str, str]:
            # Where a setting is written is in messages, never on a page: moving it renders nothing.
            assessed = {name: value for name, value in assessments[pair].inputs.items() if name != CITED_SETTINGS}
            inputs = {**assessed, "templates": self.templates_digest[fmt], "links": " ".join(links)}
            if assessments[pair].english_shown:
                inputs[ENGLISH_SHOWN] = assessments[pair].english_shown
            if assessments[pair].translation_shown:
                inputs[TRANSLATION_SHOWN] = assessments[pair].translation_shown
            if fmt == PDF:
                inputs |= {"pdf libraries": self.environment.pdf_libraries}
            return inputs

        return inputs_for


def read_inputs(project: Project, folder: Folder, release: bool) -> Inputs:
    """Bytes are hashed before anything is parsed from them, and a source's and a catalog's
    bytes are kept: they are what the build parses, so a page is made from what its manifest
    records. A file changed meanwhile is recorded as it was read, and the next build redoes it."""
    sources = {}
    for path in leaflet_paths(project.source_dir):
        data, unsafe = read_source(path, project)
        sources[path.stem] = SourceFile(project.relative(path), data, _digest(data, unsafe), unsafe)
    catalog_files = {}
    for loc in project.target_locales:
        for domain in (COMMON_DOMAIN, *sources):
            file, data, unsafe = catalog_inputs(project, loc.code, domain)
            catalog_files[(loc.code, domain)] = CatalogFile(file, data, _digest(data, unsafe), unsafe)
    pots = {domain: template_file(project, domain) for domain in (COMMON_DOMAIN, *sources)}
    check_folder(project.templates_dir, project.root)
    templates = read_templates(project.templates_dir)
    common_msgids, disclaimer_msgids = template_messages(project)
    settings = {
        f.name: getattr(project, f.name)
        for f in dataclasses.fields(project)
        if f.compare and f.name not in ("root", "locales")
    }
    commit = checkout_order.release_commit(project) if release else ""
    return Inputs(
        mode="release" if release else "draft",
        sources=sources,
        catalogs=catalog_files,
        pots=pots,
        templates=templates,
        templates_digest=_templates_digests(project, templates),
        common_msgids=common_msgids,
        disclaimer_msgids=disclaimer_msgids,
        config=digest_of(settings),
        locales={loc.code: _locale_digest(loc) for loc in project.locales},
        regions={loc.code: region_digest(loc) for loc in project.locales},
        glossaries={
            loc.code: _digest(*read_input(glossary_path(project.locales_dir, loc.code)))
            for loc in project.target_locales
        },
        cited={loc.code: project.setting("locales", loc.code, "font_family") for loc in project.locales},
        environment=environment(),
        listing=frozenset(folder.listing()),
        held=frozenset(path for path, record in folder.previous.files().items() if folder.holds(record)),
        page_text=page_text_review.judge_templates(project, templates),
        commit=commit,
        uncommitted=checkout_order.uncommitted(project) if commit.endswith(DIRTY) else WorkingChanges(),
    )


def _locale_digest(loc: LocaleSettings) -> str:
    """What a locale's pages are made from in leaflets.toml; not which PDFs it gets
    (large_print): turning that on renders the new PDFs, and nothing else again."""
    settings = dataclasses.asdict(loc)
    del settings["large_print"]
    # A setting leaflets added later is left out while unset, so the digest of a locale that does
    # not use it is the one earlier records hold: a release judges a page recorded before its
    # region digest by this one (pipeline.plan), and would withdraw every such page if it moved.
    for later in ("declared", "text_scale"):
        if settings[later] is None:
            del settings[later]
    return digest_of(settings)


def region_digest(loc: LocaleSettings) -> str:
    """What a locale's pages tell their readers of where they are: the region named, the
    emergency number, the language-help line. A release keeps a published page only while
    these are still its readers' (pipeline.plan): a page that says 911 to readers now in Korea
    is not kept."""
    region = loc.region
    return digest_of([region.code, region.emergency, region.language_line] if region else None)


def _templates_digests(project: Project, templates: dict[str, str]) -> dict[str, str]:
    """Per kind of output, the digest of the templates it is made from: those its
    entry templates use, and any template no entry uses (Python code may load it
    by name, as the renderer does region.html), which counts for every kind.
    Parsing the templates to see what includes what is remembered for the same
    templates and code (build/.cache/)."""
    cache = Cache(project)
    key = digest_of([templates, code_digest(), libraries_digest(), sorted(_ENTRY_TEMPLATES.items())])
    known = cache.get("templates", "kinds", key)
    if known is None:
        known = _used_templates_digests(templates)
        cache.put("templates", "kinds", key, known)
    return known


def _used_templates_digests(templates: dict[str, str]) -> dict[str, str]:
    used = {
        kind: {name for entry in entries for name in templates_used(templates, entry)}
        for kind, entries in _ENTRY_TEMPLATES.items()
    }
    unknown = set(templates) - set().union(*used.values())
    return {
        kind: digest_of({name: templates[name] for name in sorted(names | unknown)}) for kind, names in used.items()
    }


def _digest(data: bytes | None, unsafe: str = "") -> str:
    """Of an input as it was read: its bytes, no such file, or why it must not be read."""
    if unsafe:
        return digest_of(["refused", unsafe])
    return digest(data) if data is not None else "none"


# At most this many catalogs with known checks are parsed in the build's own process.
_PARSED_HERE = 50


class Reader:
    """Parses sources and reads catalogs on demand, each at most once per build;
    catalogs are read and checked as jobs, in parallel."""

    def __init__(self, project: Project, inputs: Inputs, executor: Executor, progress: Progress):
        self.project, self.inputs, self.executor, self.progress = project, inputs, executor, progress
        self.cache = Cache(project)  # check reports of earlier runs (status, check, other builds)
        self._leaflets: dict[str, Leaflet | LeafletError] = {}
        self._catalogs: dict[tuple[str, str], CatalogState] = {}
        self._remembered: set[str] = set()  # the sources remember_for_check is done with
        self._measuring = True  # False once readability cannot be measured (check says why)

    def leaflet(self, leaflet_id: str) -> Leaflet | LeafletError:
        if leaflet_id not in self._leaflets:
            source = self.inputs.sources[leaflet_id]
            try:
                self._leaflets[leaflet_id] = parse_source(source.data, source.unsafe, source.file, leaflet_id)
            except LeafletError as exc:
                self._leaflets[leaflet_id] = exc
            except Exception as exc:  # a bug: name the leaflet, keep the others; --debug shows the traceback
                _log.debug("reading %s failed", source.file, exc_info=True)
                self._leaflets[leaflet_id] = LeafletError(
                    f"could not be read: {type(exc).__name__}: {exc} (a bug in leaflets; --debug shows where)",
                    source.file,
                )
        return self._leaflets[leaflet_id]

    def remember_for_check(self) -> None:
        """Remember what ``check`` says of each source this build parsed (build/.cache/), unless
        remembered: whether its clinical review covers it, whether its template holds every
        passage of it, and its readability; ``check`` would otherwise parse every source again to
        know. The build neither shows nor gates on these (a release judges the review itself)."""
        for _ in self.remembering():
            pass

    def remembering(self) -> Iterator[None]:
        """:meth:`remember_for_check` a source at a time, a step after each ``yield``: the render
        stage takes steps while every worker has a page and this process would idle. A source
        is remembered once in a build, whichever pass takes its step; one parsed later (a page
        rendered again for its links) is taken by the next pass."""
        while True:
            leaflet_id = next((i for i in self._leaflets if i not in self._remembered), None)
            if leaflet_id is None:
                return
            yield
            self._remembered.add(leaflet_id)
            self._remember(leaflet_id, self._leaflets[leaflet_id])

    def _remember(self, leaflet_id: str, leaflet: Leaflet | LeafletError) -> None:
        """What check would find of the source parsed (its clinical review's state, that its
        template covers it, its readability), of what is not remembered yet, in one write."""
        source = self.inputs.sources[leaflet_id]
        if not isinstance(leaflet, Leaflet) or source.data is None:
            return  # check finds nothing to measure or judge in it either
        file, data, template = source.file, source.data, self.inputs.pots[leaflet.id]
        review_state = clinical_review.state(leaflet)
        new_state = (
            review_state if remembered_review_state(self.cache, leaflet.id, file, data) != review_state else None
        )
        covers = not remembered_template_covers(self.cache, leaflet.id, file, data, template) and not (
            english_not_in_template(self.project, leaflet, template)
        )
        findings = None
        if self._measuring and remembered_readability(self.cache, self.project, leaflet_id, file, data) is None:
            findings = self._measured(leaflet, file)
        remember_source(
            self.cache,
            self.project,
            leaflet_id,
            file,
            data,
            template,
            findings=findings,
            review_state=new_state,
            template_covers=covers,
        )

    def _measured(self, leaflet: Leaflet, file: str) -> list[dict] | None:
        """Its readability findings; None when they cannot be measured (check says why)."""
        from pipeline.readability import DictionaryMissing  # not loaded by a build that parsed nothing
        from pipeline.readability.project import source_findings

        try:
            return source_findings(leaflet, self.project)
        except DictionaryMissing:
            self._measuring = False  # check says so
        except Exception:  # a bug in measuring: check meets it again and says so; the build is done
            _log.debug("measuring the readability of %s failed", file, exc_info=True)
            self._measuring = False
        return None

    def read_catalogs(self, keys: Iterable[tuple[str, str]], meanwhile: Iterator[object] | None = None) -> None:
        """Read and check the catalogs of ``keys`` not read yet, in the workers; ``meanwhile``: this
        process's own work, a step at a time, taken while every worker checks one (else left undone)."""
        jobs = []
        for locale, domain in sorted(set(keys) - set(self._catalogs)):
            if locale == self.project.source_locale:
                self._catalogs[(locale, domain)] = CatalogState("", True, source_table(locale))
            else:
                file = self.inputs.catalogs[(locale, domain)]
                pot = self.inputs.pots[domain]
                key = catalog_key(
                    self.project,
                    locale,
                    domain,
                    file.file,
                    file.data,
                    file.unsafe,
                    template=pot,
                    entries=self.cache.entries_key(locale),
                )
                report = self.cache.get("checks", [locale, domain], key)
                remembered = None
                if report is None:  # checked again: only the entries not checked before
                    remembered = remembered_entries(self.cache, self.project, locale, domain)
                jobs.append(
                    CatalogJob(self.project, locale, domain, file.file, file.data, file.unsafe, report, remembered, pot)
                )
        if not jobs:
            return
        self.progress.phase("reading and checking catalogs", len(jobs))
        # A catalog whose checks are known is only parsed (milliseconds): a few of them are
        # read in this process rather than starting workers for them.
        known = sum(job.known is not None for job in jobs)
        here = [job for job in jobs if job.known is not None and known <= _PARSED_HERE]
        elsewhere = [job for job in jobs if job.known is None or known > _PARSED_HERE]
        with same_content_checked_once():  # in this process; a worker process does so for its life
            results = [
                *SerialExecutor().run(read_catalog, here, self.progress),
                *self.executor.run(read_catalog, elsewhere, self.progress, meanwhile=meanwhile),
            ]
        for job, state in results:
            if isinstance(state, BaseException):
                state = CatalogState(
                    job.file,
                    True,
                    TranslationTable(job.locale),
                    broken=f"{job.file}: could not be read: {type(state).__name__}: {state}",
                )
            self._catalogs[(job.locale, job.domain)] = state
            if state.checked is not None:
                pot = self.inputs.pots[job.domain]
                key = catalog_key(
                    self.project,
                    job.locale,
                    job.domain,
                    job.file,
                    job.data,
                    job.unsafe,
                    template=pot,
                    entries=self.cache.entries_key(job.locale),
                )
                remember_check(
                    self.cache,
                    job.locale,
                    job.domain,
                    key,
                    state.checked,
                    state.entries,
                    self.cache.entries_key(job.locale),
                )
            # Counted, never a line of its own: what is wrong with a catalog that cannot be read is
            # said once, where every problem of the build is (the pairs it stops, the index's note).
            self.progress.finished(job.label, f"read {job.file}")

    def catalog(self, locale: str, domain: str) -> CatalogState:
        self.read_catalogs([(locale, domain)])
        return self._catalogs[(locale, domain)]
