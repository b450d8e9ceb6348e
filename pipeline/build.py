"""``leaflets build``: the stages in order.

1. **read** every input's bytes and digest (sources, catalogs, templates, config,
   this machine's fonts, libraries and code) and what the folder holds, as its
   manifest records it;
2. **assess** the pairs whose inputs changed since the manifest was written:
   parse their sources, read and check their catalogs (jobs, in parallel), apply
   the release gate. Every other pair keeps its recorded assessment: an
   unchanged catalog is not read again;
3. **decide** every page's fate (:mod:`pipeline.plan`): render, up to date, keep,
   withdraw, forget; and so which pages every switcher and the index link;
4. **render** the pages that are not up to date (jobs, in parallel), each written
   as it comes: whole, in place for a draft, into the new folder for a release;
5. **finish**: pages kept, withdrawn pages moved to the archive, the index, and
   the manifest last; a release's new folder then replaces ``dist/`` in one step.

Nothing is written before every input has been read, a problem in one leaflet
or catalog never stops the others, and a page is recorded as made from its
inputs only once it is whole on disk.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pipeline import catalogs, clinical_review, fonts, relink, review, review_history, variants
from pipeline.cache import (
    Cache,
    catalog_inputs,
    catalog_key,
    parse_catalog,
    remember_check,
    remember_readability,
    remembered_entries,
    remembered_readability,
    template_messages,
)
from pipeline.cache import font_problems as cached_font_problems
from pipeline.checks.runner import same_content_checked_once
from pipeline.checks.template import TemplateFile, template_file
from pipeline.config import COMMON_DOMAIN, LocaleSettings, Project
from pipeline.errors import LeafletError
from pipeline.executors import Executor, SerialExecutor
from pipeline.fingerprint import Environment, code_digest, digest, digest_of, environment, libraries_digest
from pipeline.jobs import CatalogJob, CatalogState, RenderedPair, RenderJob, read_catalog, render_pair
from pipeline.manifest import (
    BROKEN,
    LAID_OUT,
    NOT_REVIEWED,
    READY,
    REFUSED,
    REVIEWED,
    SOURCE_LANGUAGE,
    UNKNOWN,
    Assessment,
    Checks,
    Manifest,
    OutputFile,
    Pair,
    PairRecord,
    WithdrawnRecord,
)
from pipeline.markdown import inline_plain_text
from pipeline.model import Leaflet
from pipeline.outcome import Outcome, Refusal, Withdrawal
from pipeline.output_folder import Folder, open_folder
from pipeline.plan import (
    CURRENT,
    FORGET,
    HTML,
    KEEP,
    PDF,
    RENDER,
    WITHDRAW,
    Facts,
    Fate,
    Plan,
    Scope,
    after_failures,
    decide,
    refusal,
    withdrawals,
)
from pipeline.progress import Progress
from pipeline.release import refusal_reasons
from pipeline.render_html import Renderer, read_templates, templates_used
from pipeline.safe_paths import check_folder, read_input
from pipeline.source import leaflet_paths, parse_source, read_source
from pipeline.terminology import glossary_path
from pipeline.translations import TranslationTable, source_table

__all__ = ["HTML", "PDF", "BuildOptions", "build"]
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
class BuildOptions:
    locales: tuple[str, ...] = ()  # empty: every configured locale
    leaflets: tuple[str, ...] = ()  # empty: every leaflet in source/
    release: bool = False
    formats: tuple[str, ...] = (HTML, PDF)
    force: bool = False  # render every selected page, up to date or not


def build(
    project: Project, options: BuildOptions, progress: Progress | None = None, executor: Executor | None = None
) -> Outcome:
    progress = progress or Progress()
    executor = executor or SerialExecutor()
    outcome = Outcome()
    scope = Scope(
        release=options.release,
        formats=tuple(f for f in (HTML, PDF, *variants.FORMATS) if f in options.formats),
        source_locale=project.source_locale,
        locales=tuple(loc.code for loc in project.locales),
        leaflets=frozenset(options.leaflets),
        selected_locales=frozenset(options.locales),
        force=options.force,
        presets=frozenset((loc.code, fmt) for loc in project.locales for fmt in variants.formats(loc.pdf_variants)),
        sign_off_required=frozenset(loc.code for loc in project.target_locales if loc.sign_off == review.REQUIRED),
    )
    with open_folder(project, options.release, progress.message) as folder:
        outcome.notes += list(folder.leftovers)
        inputs = read_inputs(project, folder, options.release)
        reader = Reader(project, inputs, executor, progress)
        facts = assess(project, scope, inputs, folder.previous, reader, outcome)
        plan = decide(scope, facts, inputs.file_inputs(facts.assessments))
        records, plan = render(project, scope, inputs, facts, plan, reader, folder, executor, progress, outcome)
        finish(project, scope, inputs, facts, plan, records, reader, folder, outcome)
    reader.remember_readability()
    return outcome


# -- 1. read --------------------------------------------------------------------


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
    glossaries: dict[str, str]  # locale -> digest of its glossary.tsv (the checks read it)
    # locale -> the leaflets.toml:LINE its assessment's messages cite (its font_family): an edit
    # above it moves the line, and the recorded message must not name the old one.
    cited: dict[str, str]
    environment: Environment
    listing: frozenset[str]  # every file the folder holds
    held: frozenset[str]  # recorded files whose bytes are what the manifest says

    def assessment_inputs(self, pair: Pair, source_locale: str) -> dict[str, str]:
        """What a pair's assessment (and so every page of it) depends on."""
        locale, leaflet = pair
        translated = locale != source_locale
        return {
            "mode": self.mode,
            "source": self.sources[leaflet].digest,
            "catalog": self.catalogs[(locale, leaflet)].digest if translated else "the source language",
            "common": self.catalogs[(locale, COMMON_DOMAIN)].digest if translated else "the source language",
            "template messages": digest_of([self.common_msgids, self.disclaimer_msgids]),
            "config": self.config,
            "locale": self.locales[locale],
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
        glossaries={
            loc.code: _digest(*read_input(glossary_path(project.locales_dir, loc.code)))
            for loc in project.target_locales
        },
        cited={loc.code: project.setting("locales", loc.code, "font_family") for loc in project.locales},
        environment=environment(),
        listing=frozenset(folder.listing()),
        held=frozenset(path for path, record in folder.previous.files().items() if folder.holds(record)),
    )


def _locale_digest(loc: LocaleSettings) -> str:
    """What a locale's pages are made from in leaflets.toml; not which PDFs it gets
    (large_print): turning that on renders the new PDFs, and nothing else again."""
    settings = dataclasses.asdict(loc)
    del settings["large_print"]
    return digest_of(settings)


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

    def remember_readability(self) -> None:
        """Measure the readability of each source this build parsed, unless it is remembered,
        and remember it (build/.cache/readability/) for ``check``, which would otherwise parse
        every source again to measure it. The build itself neither shows nor gates on it."""
        if not self._leaflets:
            return  # a build that parsed nothing does not load the readability code either
        from pipeline.readability import DictionaryMissing
        from pipeline.readability.project import source_findings

        for leaflet_id, leaflet in self._leaflets.items():
            source = self.inputs.sources[leaflet_id]
            if not isinstance(leaflet, Leaflet):
                continue  # check finds nothing to measure in it either
            if remembered_readability(self.cache, self.project, leaflet_id, source.file, source.data) is not None:
                continue
            try:
                findings = source_findings(leaflet, self.project)
            except DictionaryMissing:
                return  # check says so
            except Exception:  # a bug in measuring: check meets it again and says so; the build is done
                _log.debug("measuring the readability of %s failed", source.file, exc_info=True)
                return
            remember_readability(self.cache, self.project, leaflet_id, source.file, source.data, findings)

    def read_catalogs(self, keys: Iterable[tuple[str, str]]) -> None:
        jobs = []
        for locale, domain in sorted(set(keys) - set(self._catalogs)):
            if locale == self.project.source_locale:
                self._catalogs[(locale, domain)] = CatalogState("", True, source_table(locale))
            else:
                file = self.inputs.catalogs[(locale, domain)]
                pot = self.inputs.pots[domain]
                key = catalog_key(self.project, locale, domain, file.file, file.data, file.unsafe, template=pot)
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
        batches = ((SerialExecutor(), here), (self.executor, elsewhere))
        with same_content_checked_once():  # in this process; a worker process does so for its life
            results = [
                result for executor, batch in batches for result in executor.run(read_catalog, batch, self.progress)
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
                key = catalog_key(self.project, job.locale, job.domain, job.file, job.data, job.unsafe, template=pot)
                remember_check(self.cache, self.project, job.locale, job.domain, key, state.checked, state.entries)
            self.progress.finished(job.label, f"read {job.file}", failed=bool(state.broken))

    def catalog(self, locale: str, domain: str) -> CatalogState:
        self.read_catalogs([(locale, domain)])
        return self._catalogs[(locale, domain)]


# -- 2. assess ------------------------------------------------------------------


def assess(
    project: Project, scope: Scope, inputs: Inputs, previous: Manifest, reader: Reader, outcome: Outcome
) -> Facts:
    """Every selected pair's assessment: recorded if its inputs are unchanged, made now if not."""
    selected = [
        (loc, leaflet)
        for leaflet in inputs.sources
        if scope.selects_leaflet(leaflet)
        for loc in scope.locales
        if scope.selects_locale(loc)
    ]
    assessments: dict[Pair, Assessment] = {}
    changed = []
    for pair in selected:
        record = previous.pairs.get(pair)
        wanted = inputs.assessment_inputs(pair, project.source_locale)
        if record and record.assessment and record.assessment.inputs == wanted and not scope.force:
            assessments[pair] = record.assessment
        else:
            changed.append(pair)
    broken_sources = {}
    for leaflet_id in sorted({leaflet for _, leaflet in changed}):
        leaflet = reader.leaflet(leaflet_id)
        if isinstance(leaflet, LeafletError):
            broken_sources[leaflet_id] = str(leaflet)
            outcome.problem(str(leaflet))
            if any(record.files for (_, lid), record in previous.pairs.items() if lid == leaflet_id):
                outcome.notes.append(
                    f"{leaflet_id}: not rebuilt, {inputs.sources[leaflet_id].file} cannot be "
                    f"read; what {'dist' if scope.release else 'build'}/ held for it stays as it was"
                )
    changed = [pair for pair in changed if pair[1] not in broken_sources]
    unreviewed = _clinically_unreviewed(project, scope, {leaflet for _, leaflet in selected}, reader)
    reader.read_catalogs([key for loc, leaflet in changed for key in ((loc, leaflet), (loc, COMMON_DOMAIN))])
    for pair in changed:
        assessments[pair] = _assess_pair(project, scope, inputs, pair, reader, unreviewed.get(pair[1]))
    for pair in selected:
        if pair in assessments:
            _report(scope, pair, assessments[pair], inputs.sources[pair[1]].file, outcome)
    return Facts(
        sources={leaflet: source.digest for leaflet, source in inputs.sources.items()},
        broken_sources=broken_sources,
        assessments=assessments,
        previous=previous,
        held=inputs.held,
        listing=inputs.listing,
        locale_settings=inputs.locales,
        unreviewed={leaflet: verdict.reviewed_source for leaflet, verdict in unreviewed.items()},
    )


def _clinically_unreviewed(
    project: Project, scope: Scope, leaflets: Iterable[str], reader: Reader
) -> dict[str, clinical_review.Verdict]:
    """A release: each leaflet whose clinical review does not cover its English as it is now
    (pipeline/clinical_review.py); no page of it is released."""
    if not scope.release:
        return {}
    found = {}
    for leaflet_id in sorted(leaflets):
        leaflet = reader.leaflet(leaflet_id)
        if isinstance(leaflet, Leaflet) and clinical_review.state(leaflet) != clinical_review.REVIEWED:
            found[leaflet_id] = clinical_review.assess(project, leaflet, reader.cache)
    return found


def _assess_pair(
    project: Project,
    scope: Scope,
    inputs: Inputs,
    pair: Pair,
    reader: Reader,
    clinical: clinical_review.Verdict | None = None,
) -> Assessment:
    locale, leaflet_id = pair
    leaflet = reader.leaflet(leaflet_id)
    assert isinstance(leaflet, Leaflet)  # pairs of unreadable sources are not assessed
    state, common = reader.catalog(locale, leaflet_id), reader.catalog(locale, COMMON_DOMAIN)
    reasons = [s.broken for s in (state, common) if s.broken]
    verdict = BROKEN if reasons else READY
    if scope.release and not reasons and clinical is not None:  # every page of it, English too
        reasons = [clinical_review.reason(leaflet, clinical)]
    if scope.release and verdict == READY:
        review_required = project.locale(locale).sign_off == "required"
        # What changed in the English since the review, shown in the refusal (from git; the
        # verdict never depends on it, so a recorded assessment keeps it until its inputs change).
        changes = (
            review_history.changes_since_review(project, leaflet, state.table.review, reader.cache)[1]
            if review_required
            else ()
        )
        reasons += refusal_reasons(
            catalog_file=state.file,
            catalog_exists=state.exists,
            msgids=[u.msgid for u in leaflet.units],
            table=state.table,
            findings=state.findings,
            common_file=common.file,
            common_msgids=inputs.common_msgids,
            common_table=common.table,
            common_findings=common.findings,
            disclaimer_msgids=inputs.disclaimer_msgids,
            review_required=review_required,
            english_changes=changes,
        )
        verdict = REFUSED if reasons else READY
    progress = state.table.progress(u.msgid for u in leaflet.units)
    findings = (*state.findings, *common.findings)
    gaps, missing = (
        ([], "")
        if state.broken or common.broken
        else font_problems(project, project.locale(locale), leaflet, state, common, inputs.common_msgids)
    )
    shown_in = [  # the source locale has no catalogs
        (inputs.catalogs[(locale, domain)], read.table)
        for domain, read in ((leaflet_id, state), (COMMON_DOMAIN, common))
        if (locale, domain) in inputs.catalogs
    ]
    title = state.table.resolve(leaflet.title.msgid)
    released_under, reviewed_by = (
        _released_under(project, locale, [u.msgid for u in leaflet.units], state, common, inputs.common_msgids)
        if scope.release and verdict == READY
        else (UNKNOWN, ())
    )
    return Assessment(
        inputs=inputs.assessment_inputs(pair, project.source_locale),
        verdict=verdict,
        reasons=tuple(reasons),
        version=leaflet.version,
        title=inline_plain_text(title.text),
        title_translated=title.translated,
        percent=100 * (progress.total - len(progress.missing)) // max(progress.total, 1),
        checks=Checks(errors=sum(f.is_error for f in findings), warnings=sum(not f.is_error for f in findings)),
        font_gaps=tuple(gaps),
        missing_characters=missing,
        missing_at=where_written(missing, shown_in, leaflet) if missing else "",
        review=released_under,
        reviewed_by=reviewed_by,
    )


def _released_under(
    project: Project,
    locale: str,
    msgids: list[str],
    state: CatalogState,
    common: CatalogState,
    common_msgids: tuple[str, ...],
) -> tuple[str, tuple[str, ...]]:
    """What a page the gate lets out is released under, for the manifest (and for pipeline.plan,
    which keeps it for a pair refused later only while its language's sign_off would let it out):
    reviewed, and by whom (its catalog's review and common's), or not (sign_off = "optional")."""
    if locale == project.source_locale:
        return SOURCE_LANGUAGE, ()
    judged = [review.judge(table.review, ids) for table, ids in ((state.table, msgids), (common.table, common_msgids))]
    if not all(j.valid and j.signoff for j in judged):
        return NOT_REVIEWED, ()
    return REVIEWED, tuple(f"{j.signoff.reviewer} on {j.signoff.reviewed_on.isoformat()}" for j in judged if j.signoff)


def font_problems(
    project: Project,
    loc: LocaleSettings,
    leaflet: Leaflet,
    state: CatalogState,
    common: CatalogState,
    common_msgids: tuple[str, ...],
) -> tuple[list[str], str]:
    """Why the pair's PDF would show tofu (fonts not installed, characters not covered), and those characters."""
    characters = fonts.page_characters(leaflet, loc, state.table, common.table, common_msgids)
    return cached_font_problems(project, loc, characters, slot=[loc.code, leaflet.id])


def where_written(characters: str, catalogs: Iterable[tuple[CatalogFile, TranslationTable]], leaflet: Leaflet) -> str:
    """``file:line`` of the first text on the page that holds one of ``characters``: the entry of a
    catalog whose translation the page shows (the translator's to change), else the English
    passage; "" when neither holds one (the front matter, a date). Asked only of a page whose
    fonts lack a character, so the catalogs are parsed again here rather than kept."""
    wanted = set(characters)
    for file, table in catalogs:
        catalog = parse_catalog(file.file, file.data, file.unsafe)
        if isinstance(catalog, LeafletError):
            continue
        for entry in catalog.messages:
            shown = entry.msgid in table.strings or entry.msgid in table.plurals
            if entry.msgid and shown and wanted.intersection("".join((entry.msgstr, *entry.msgstr_plural))):
                return f"{file.file}:{entry.line}"
    unit = next((u for u in leaflet.units if wanted.intersection(u.msgid)), None)
    return f"{leaflet.path}:{unit.line}" if unit else ""


def _report(scope: Scope, pair: Pair, assessment: Assessment, source: str, outcome: Outcome) -> None:
    locale, leaflet = pair
    if assessment.verdict == BROKEN:
        for reason in assessment.reasons:
            outcome.problem(reason)
        if not scope.release:
            outcome.failed.append(f"{locale}/{leaflet}")
    if scope.release and refusal(scope, pair, assessment):
        outcome.refused.append(Refusal(locale, leaflet, refusal(scope, pair, assessment)))
    if not scope.release and scope.makes_pdf(locale):  # no tofu: the draft is rendered, and the build fails
        for where, gap in assessment.font_gaps_where(source):
            outcome.problem(f"{where}: {locale} PDF: {gap}")


# -- 4. render ------------------------------------------------------------------


def render(
    project: Project,
    scope: Scope,
    inputs: Inputs,
    facts: Facts,
    plan: Plan,
    reader: Reader,
    folder: Folder,
    executor: Executor,
    progress: Progress,
    outcome: Outcome,
) -> tuple[dict[str, OutputFile], Plan]:
    """Render what the plan says, writing each page as it comes. A pair that fails
    falls back (:func:`pipeline.plan.after_failures`) and the pages linking it are
    rendered again without the link. Returns the records of the pages written,
    and the plan as it stands at the end."""
    records: dict[str, OutputFile] = {}
    built: set[Pair] = set()
    unchanged: set[Pair] = set()  # rendered, but every file came out as the folder held it
    fates_done: dict[str, str] = {}  # path -> WRITTEN, SAME or KEPT (the last render of its pair)
    failed: dict[Pair, str] = {}
    built_at = catalogs.build_time().isoformat().replace("+00:00", "Z")
    inputs_for = inputs.file_inputs(facts.assessments)
    todo = plan.to_render()
    while todo:
        jobs, failures = _render_jobs(project, scope, inputs, facts, plan, todo, reader)
        progress.phase("rendering", len(todo))
        for pair, error in failures.items():
            progress.finished(_label(pair), f"failed {_label(pair)}: {error}", failed=True)
        for job, result in executor.run(render_pair, jobs, progress):
            pair = (job.locale.code, job.leaflet.id)
            error = _failure(result, inputs.environment)
            if error or isinstance(result, BaseException):
                failures[pair] = error
                progress.finished(job.label, f"failed {job.label}: {error}", failed=True)
                continue
            links = tuple(loc.code for loc in job.links)
            done: dict[str, str] = {}  # format -> WRITTEN, SAME or KEPT
            for fate in todo[pair]:
                made_from = inputs_for(pair, fate.format, links)
                if fate.format in result.laid_out:
                    made_from[LAID_OUT] = result.laid_out[fate.format]
                assessment = facts.assessments[pair]
                data = result.files.get(fate.format)
                if data is None:  # laid out from the same page as the file the folder holds: that file
                    folder.keep(fate.path)
                    records[fate.path] = _kept(fate, made_from, assessment)
                    done[fate.format] = KEPT
                elif fate.path not in records and _holds(facts, fate, data):  # the file the folder holds
                    folder.keep(fate.path)
                    records[fate.path] = _kept(fate, made_from, assessment, result.seconds[fate.format])
                    done[fate.format] = SAME
                else:
                    folder.write(fate.path, data)
                    records[fate.path] = _record(
                        fate.path, fate.format, data, made_from, assessment, built_at, result.seconds[fate.format]
                    )
                    done[fate.format] = WRITTEN
            (built if WRITTEN in done.values() else unchanged).add(pair)
            fates_done |= {fate.path: done[fate.format] for fate in todo[pair]}
            progress.finished(job.label, _rendered_line(job.label, todo[pair], done))
        if not failures:
            break
        for pair, error in failures.items():
            outcome.problem(f"{inputs.sources[pair[1]].file}: could not build {pair[0]}: {error}")
        failed |= failures
        before, plan = plan, after_failures(scope, facts, plan, failed)
        todo = {
            pair: fates
            for pair, fates in plan.to_render().items()
            if pair not in failed and plan.links.get(pair[1]) != before.links.get(pair[1])
        }
    outcome.kept += [path for path, what in fates_done.items() if what == KEPT]
    outcome.same += [path for path, what in fates_done.items() if what == SAME]
    outcome.failed += [_label(pair) for pair in sorted(failed)]
    outcome.changed += [_label(pair) for pair in sorted(built - set(failed))]
    current = ({f.pair for f in plan.fates if f.action == CURRENT} | unchanged) - built - set(failed)
    outcome.unchanged += [_label(pair) for pair in sorted(current)]
    return records, plan


def _label(pair: Pair) -> str:
    return f"{pair[0]}/{pair[1]}"


# What became of each file of a pair rendered.
WRITTEN = "written"  # its bytes changed: written whole
SAME = "same"  # rendered, and its bytes are the file's in the folder: left untouched (its mtime too)
KEPT = "kept"  # a PDF not rendered: laid out from the same page as the file the folder holds


def _rendered_line(label: str, fates: tuple[Fate, ...], done: Mapping[str, str]) -> str:
    """``built ko_KR/ivig-ten (html; pdf kept, its page is the same): catalog changed``; when
    nothing was written, ``up to date ko_KR/ivig-ten (html came out the same; ...)``. Each
    format's reason when they differ (print.css changed too: the PDF's reason is not the page's)."""
    formats = {what: [fate.format for fate in fates if done[fate.format] == what] for what in (WRITTEN, SAME, KEPT)}
    parts = []
    if formats[WRITTEN]:
        parts.append(", ".join(formats[WRITTEN]))
    if formats[SAME]:
        parts.append(f"{', '.join(formats[SAME])} came out the same")
    if formats[KEPT]:
        kept = formats[KEPT]
        parts.append(f"{', '.join(kept)} kept, {'its page is' if len(kept) == 1 else 'their pages are'} the same")
    whys = dict.fromkeys(fate.why for fate in fates)
    why = fates[0].why if len(whys) == 1 else "; ".join(f"{fate.format}: {fate.why}" for fate in fates)
    return f"{'built' if formats[WRITTEN] else 'up to date'} {label} ({'; '.join(parts)}): {why}"


def _render_jobs(
    project: Project, scope: Scope, inputs: Inputs, facts: Facts, plan: Plan, todo: dict[Pair, tuple], reader: Reader
) -> tuple[list[RenderJob], dict[Pair, str]]:
    """A job per pair (all its formats at once: the PDF is made from the page's HTML),
    and the pairs that cannot even be started, with why."""
    reader.read_catalogs([key for loc, leaflet in todo for key in ((loc, leaflet), (loc, COMMON_DOMAIN))])
    templates = tuple(sorted(inputs.templates.items()))
    jobs, unbuildable = [], {}
    for pair, fates in todo.items():
        locale, leaflet_id = pair
        leaflet = reader.leaflet(leaflet_id)
        state, common = reader.catalog(locale, leaflet_id), reader.catalog(locale, COMMON_DOMAIN)
        if isinstance(leaflet, LeafletError) or state.broken or common.broken:
            unbuildable[pair] = str(leaflet) if isinstance(leaflet, LeafletError) else state.broken or common.broken
            continue
        jobs.append(
            RenderJob(
                project,
                templates,
                leaflet,
                project.locale(locale),
                state.table,
                common.table,
                tuple(project.locale(code) for code in plan.links.get(leaflet_id, ())),
                draft=not scope.release,
                formats=tuple(f.format for f in fates),
                font_gaps="" if scope.release else facts.assessments[pair].missing_characters,
                same_pages=tuple((f.format, f.same_page) for f in fates if f.same_page),
            )
        )
    # The longest first, so that no worker is left with a long page at the end.
    return sorted(jobs, key=lambda job: -_expected_seconds(facts, job)), unbuildable


def _expected_seconds(facts: Facts, job: RenderJob) -> float:
    record = facts.previous.pairs.get((job.locale.code, job.leaflet.id))
    if record and record.files:
        return sum(f.seconds for f in record.files.values())
    return len(job.leaflet.body) / 10_000 * (3 if PDF in job.formats else 1)


def _failure(result: RenderedPair | BaseException, own: Environment) -> str:
    if isinstance(result, BaseException):
        _log.debug("rendering failed", exc_info=result)  # shown by --debug (a worker's traceback as its cause)
        return f"{type(result).__name__}: {result}"
    parts = _ENVIRONMENT_PARTS[PDF if PDF in result.files else HTML]
    differs = [name for part, name in parts.items() if getattr(result.environment, part) != getattr(own, part)]
    if differs:
        return (
            f"the worker {result.worker} has other {' and '.join(differs)} than this machine; "
            "its page would differ from a local build"
        )
    return ""


# What a worker's pages depend on of its machine: each must be this machine's.
_ENVIRONMENT_PARTS = {HTML: {"code": "pipeline code", "libraries": "Python libraries"}}
_ENVIRONMENT_PARTS[PDF] = {**_ENVIRONMENT_PARTS[HTML], "pdf_libraries": "PDF libraries", "fonts": "fonts"}


def _record(
    path: str, fmt: str, data: bytes, inputs: dict[str, str], assessment: Assessment, built: str, seconds: float
) -> OutputFile:
    return OutputFile(
        path=path,
        format=fmt,
        sha256=digest(data),
        size=len(data),
        inputs=inputs,
        version=assessment.version,
        title=assessment.title,
        percent=assessment.percent,
        checks=assessment.checks,
        built=built,
        seconds=round(seconds, 3),
        title_translated=assessment.title_translated,
        review=assessment.review,
        reviewed_by=assessment.reviewed_by,
    )


def _holds(facts: Facts, fate: Fate, data: bytes) -> bool:
    """The folder holds a file with exactly these bytes at the page's path: its record says
    so, and the file is still the one recorded (not one a killed build or a hand edit left).
    Asked only before this build wrote the path: a page rendered again without the link to a
    pair that failed may come out as the recorded file, and the file there is the first render."""
    record = fate.record
    return (
        record is not None and record.path in facts.held and record.size == len(data) and record.sha256 == digest(data)
    )


def _kept(fate: Fate, inputs: dict[str, str], assessment: Assessment, seconds: float | None = None) -> OutputFile:
    """The record of a file kept as the folder holds it: the same file (``built``: when it was written),
    made from these inputs, and what the pair's assessment says now. ``seconds``: it was
    rendered again and came out the same, in that time; None: a PDF not rendered, whose
    page is the one it was laid out from."""
    assert fate.record is not None
    assert seconds is not None or fate.record.inputs.get(LAID_OUT) == inputs[LAID_OUT]
    return dataclasses.replace(
        fate.record,
        inputs=inputs,
        version=assessment.version,
        title=assessment.title,
        percent=assessment.percent,
        checks=assessment.checks,
        seconds=fate.record.seconds if seconds is None else round(seconds, 3),
        title_translated=assessment.title_translated,
        review=assessment.review,
        reviewed_by=assessment.reviewed_by,
    )


# -- 5. finish ------------------------------------------------------------------


def finish(
    project: Project,
    scope: Scope,
    inputs: Inputs,
    facts: Facts,
    plan: Plan,
    records: dict[str, OutputFile],
    reader: Reader,
    folder: Folder,
    outcome: Outcome,
) -> None:
    """Pages kept, pages withdrawn, files carried over; the index; the manifest last."""
    relinked = _relinked(plan, folder) if scope.release else {}
    kept = {path: _relinked_record(fate, data, gone) for path, (fate, data, gone) in relinked.items()}
    manifest = _manifest(scope, facts, plan, records | kept, outcome)
    index = _index(project, inputs, manifest, reader, folder, draft=not scope.release)
    moves = [fate for fate in plan.fates if fate.action == WITHDRAW]
    unchanged = manifest == folder.previous and folder.current("manifest.json") is not None  # as it was read
    if not records and not moves and unchanged and folder.current("index.html") == index:
        return  # nothing changed: a release is not swapped, a draft not touched
    for fate in plan.fates:
        if fate.path in relinked:
            _, data, gone = relinked[fate.path]
            folder.write(fate.path, data)
            outcome.notes.append(
                f"dist/{fate.path}: kept as published, but for its links to {', '.join(gone)}, no longer published"
            )
        elif fate.action in (KEEP, CURRENT):
            folder.keep(fate.path)
        elif fate.action == WITHDRAW:
            page = folder.current(fate.path) if fate.format == HTML else None
            if page is None:
                folder.archive(fate.path, fate.archive)
            else:  # for the record: its links led to pages beside it, not in its archive folder
                folder.write(fate.archive, relink.inert(page))
    for path in plan.carry:
        folder.carry(path)
    folder.commit(index, manifest)


def _relinked(plan: Plan, folder: Folder) -> dict[str, tuple[Fate, bytes, tuple[str, ...]]]:
    """The pages kept as published whose language switcher links pages no longer published,
    without those links (pipeline.relink): they cannot be rendered again."""
    relinked = {}
    for fate in plan.fates:
        if fate.action != KEEP or fate.format != HTML or fate.record is None:
            continue
        leaflet = fate.pair[1]
        linked = fate.record.inputs.get("links", "").split()
        gone = tuple(loc for loc in linked if loc not in plan.links.get(leaflet, ()))
        page = folder.current(fate.path) if gone else None
        if page is not None:
            data = relink.without_links(page, [relink.page_href(loc, leaflet) for loc in gone])
            relinked[fate.path] = (fate, data, gone)
    return relinked


def _relinked_record(fate: Fate, data: bytes, gone: tuple[str, ...]) -> OutputFile:
    """The record of a page kept but for links taken out: its new bytes, and the links it still carries."""
    assert fate.record is not None
    carried = [loc for loc in fate.record.inputs["links"].split() if loc not in gone]
    return dataclasses.replace(
        fate.record,
        sha256=digest(data),
        size=len(data),
        inputs={**fate.record.inputs, "links": " ".join(carried)},
    )


def _manifest(scope: Scope, facts: Facts, plan: Plan, records: dict[str, OutputFile], outcome: Outcome) -> Manifest:
    """``records``: the pages this build wrote (rendered, or kept but for their links)."""
    files: dict[Pair, dict[str, OutputFile]] = {}
    for fate in plan.fates:
        record = (
            records.get(fate.path)
            if fate.action == RENDER or fate.path in records
            else fate.record
            if fate.action in (KEEP, CURRENT)
            else None
        )
        if record is not None:
            files.setdefault(fate.pair, {})[fate.format] = record
    assessments = {
        pair: record.assessment
        for pair, record in facts.previous.pairs.items()
        if record.assessment and pair[1] in facts.sources and pair[0] in scope.locales
    }
    assessments |= facts.assessments
    pairs = {
        pair: PairRecord(pair[0], pair[1], assessments.get(pair), files.get(pair, {}))
        for pair in sorted(set(files) | set(assessments))
    }
    withdrawn = list(facts.previous.withdrawn) if scope.release else []
    when = catalogs.build_time().isoformat().replace("+00:00", "Z")
    for (pair, version, source), fates in withdrawals(plan.fates).items():
        folder = fates[0].archive.rpartition("/")[0]  # one folder holds all of a withdrawal's pages
        withdrawn.append(
            WithdrawnRecord(
                pair[0], pair[1], version, source or "", tuple(f.archive for f in fates), fates[0].why, when
            )
        )
        outcome.withdrawn.append(
            Withdrawal(pair[0], pair[1], tuple(f"dist/{f.path}" for f in fates), f"dist/{folder}/", fates[0].why)
        )
    for fate in plan.fates:
        if fate.action == FORGET and fate.record is not None and fate.why.startswith("source/"):
            outcome.notes.append(
                f"build/{fate.path}: no leaflet {fate.why.removesuffix(' was removed')} any more; "
                "it is no longer linked (delete it to remove it)"
            )
    return Manifest(release=scope.release, pairs=pairs, withdrawn=tuple(withdrawn))


def _recorded_path(record: PairRecord, variant: str) -> str | None:
    recorded = record.files.get(variants.FORMAT_OF[variant])
    return recorded.path if recorded is not None else None


def _index(project: Project, inputs: Inputs, manifest: Manifest, reader: Reader, folder: Folder, draft: bool) -> bytes:
    """Every page the folder holds, by language, as the manifest records them; each
    language's section in that language (its ``common`` catalog). The folder's own index
    when it was made from the same inputs: a build that changed nothing reads no catalog."""
    shown = {
        loc.code: [
            _index_item(leaflet, record)
            for (code, leaflet), record in sorted(manifest.pairs.items(), key=lambda item: item[0][1])
            if code == loc.code and record.published
        ]
        for loc in project.locales
    }
    translated = sorted(code for code, items in shown.items() if items and code != project.source_locale)
    key = digest_of(
        {
            "items": shown,
            # What a language's section is made from: its common catalog and what judges it,
            # as for each of its pages (Inputs.assessment_inputs).
            "common": {
                code: [inputs.catalogs[(code, COMMON_DOMAIN)].digest, inputs.glossaries[code]] for code in translated
            },
            "locales": inputs.locales,
            "config": inputs.config,
            "template messages": digest_of([inputs.common_msgids, inputs.disclaimer_msgids]),
            "templates": inputs.templates_digest["index"],
            "code": inputs.environment.code,
            "libraries": inputs.environment.libraries,
            "draft": draft,
        }
    )
    slot = "draft" if draft else "release"
    current = folder.current("index.html")
    if current is not None and reader.cache.get("index", slot, key) == digest(current):
        return current  # rendering it again would give these bytes
    # Every section's common catalog in one batch: one progress line, not one per language.
    reader.read_catalogs((code, COMMON_DOMAIN) for code, items in shown.items() if items)
    sections = [
        {"locale": loc, "items": shown[loc.code], "common": reader.catalog(loc.code, COMMON_DOMAIN).table}
        for loc in project.locales
        if shown[loc.code]
    ]
    source = project.locale(project.source_locale)
    html = (
        Renderer(project, inputs.templates)
        .index(sections, draft=draft, common=source_table(source.code), locale=source)
        .encode("utf-8")
    )
    reader.cache.put("index", slot, key, digest(html))
    return html


def _index_item(leaflet: str, record: PairRecord) -> dict:
    page = record.files[HTML]
    return {
        "id": leaflet,
        "title": page.title,
        "percent": page.percent,
        "title_translated": page.title_translated,
        "pdf": PDF in record.files,
        # the other PDFs' paths as recorded (variants.py names them), or None
        "large_print": _recorded_path(record, variants.LARGE_PRINT),
        "bilingual": _recorded_path(record, variants.BILINGUAL),
    }
