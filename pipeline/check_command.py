"""``leaflets check``: every catalog's findings, and the English sources' readability and clinical review
(the leaflets' and the page text's).

A catalog or a source checked before with the same inputs is taken from build/.cache/
(pipeline/cache.py). The others are checked in ``--jobs`` worker processes forked from
this one, which has imported the checks already, or in this process when they are too
little to share out (:data:`SHARED_OUT_FROM`). The report is the same whatever the number
of workers: results are put back in the order of the catalogs and sources, and what a
check finds in an entry does not depend on the process that checks it
(``same_content_checked_once`` saves work within one process, and a worker starts with what
this one had checked when it forked).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pipeline import clinical_review, page_text_review
from pipeline.cache import (
    Cache,
    catalog_inputs,
    catalog_key,
    check_remembering,
    english_behind_templates,
    parse_catalog,
    remember_check,
    remember_review_state,
    remember_source,
    remembered_entries,
    remembered_readability,
    remembered_review_state,
    report_from_json,
    report_to_json,
)
from pipeline.checks import CatalogReport
from pipeline.checks.runner import catalogs_to_check, project_domains, same_content_checked_once
from pipeline.checks.template import EnglishFile, TemplateFile, english_not_in_template, read_english, template_file
from pipeline.config import COMMON_DOMAIN, Project
from pipeline.errors import LeafletError
from pipeline.executors import Executor, ProcessExecutor, SerialExecutor
from pipeline.findings import ERROR, Finding
from pipeline.jobs import CatalogJob
from pipeline.progress import Progress
from pipeline.readability.dictionary import DictionaryMissing
from pipeline.release import BRING_IN_THE_ENGLISH
from pipeline.source import parse_source

# Bytes to check (catalogs and sources not remembered) from which worker processes pay: with
# less, starting them and sending the findings back costs more than the other cores save.
SHARED_OUT_FROM = 400_000


@dataclass(frozen=True)
class SourceJob:
    """Parsing one English source: for its readability, its clinical review and its template."""

    project: Project
    english: EnglishFile  # as read: what is measured is what the findings are remembered under

    @property
    def label(self) -> str:
        return self.english.file


@dataclass(frozen=True)
class CatalogCheckJob:
    """One catalog to check, and the keys what is found is remembered under (pipeline/cache.py):
    the process that checks it writes them down itself, so that a worker's findings are on disk
    when its job ends and this process only takes its report back."""

    job: CatalogJob
    key: str  # cache.catalog_key: its report's
    entries_key: str  # Cache.entries_key of its locale: its entries' findings'

    @property
    def label(self) -> str:
        return self.job.label


def catalog_report(check: CatalogCheckJob) -> dict:
    """One catalog's check report (as build/.cache/ keeps it: plain data, cheap to send back),
    remembered with its entries' content findings. Entries whose findings the job remembers
    from the catalog's last check are not checked again."""
    job = check.job
    parsed = parse_catalog(job.file, job.data, job.unsafe)
    report, entries = check_remembering(
        job.project, job.locale, job.domain, job.file, parsed, job.remembered, job.template
    )
    found = report_to_json(report)
    remember_check(Cache(job.project), job.locale, job.domain, check.key, found, entries, check.entries_key)
    return found


def measure_source(job: SourceJob) -> list[dict]:
    """What ``check`` says of one source's readability (nothing for a source that cannot be
    read: ``check`` reports its catalogs), remembered with whether its clinical review covers it
    and whether its template holds every passage of it (the parse is the cost of all three);
    raises DictionaryMissing."""
    from pipeline.readability.project import source_findings

    english, project = job.english, job.project
    try:
        leaflet = parse_source(english.data, english.problem, english.file, english.leaflet_id)
    except LeafletError:
        return []
    findings = source_findings(leaflet, project)
    assert english.data is not None  # parse_source reads no source without bytes
    remember_source(
        Cache(project),
        project,
        english.leaflet_id,
        english.file,
        english.data,
        english.template,
        findings=findings,
        review_state=clinical_review.state(leaflet),
        template_covers=not english_not_in_template(project, leaflet, english.template),
    )
    return findings


@dataclass
class Checked:
    reports: list[CatalogReport]
    english: list[Finding] = field(default_factory=list)  # the sources: readability, review, template
    not_measured: DictionaryMissing | None = None  # why the readability was not measured


class _Batch:
    """Values of one kind (catalogs' reports, sources' findings) in order, each from the
    cache or from a job (which remembers what it finds itself)."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self.jobs: list[Any] = []
        self._places: list[int] = []  # where each job's value goes in ``values``
        self._sizes: list[int] = []  # bytes each job checks
        self._done = 0  # jobs run so far
        self.failed: dict[int, BaseException] = {}  # what the jobs run so far raised, by place

    def add(self, known: Any, job: Callable[[], Any], size: int) -> None:
        """The value remembered (``known``), or else the one the job ``job()`` makes."""
        self.values.append(known)
        if known is None:
            self.jobs.append(job())
            self._places.append(len(self.values) - 1)
            self._sizes.append(size)

    @property
    def size_left(self) -> int:
        return sum(self._sizes[self._done :])

    def move_first(self, wanted: Callable[[Any], bool]) -> None:
        """The first job not handed out yet for which ``wanted`` holds (if any) handed out first;
        its value still goes to its place."""
        for index in range(self._done, len(self.jobs)):
            if wanted(self.jobs[index]):
                for items in (self.jobs, self._places, self._sizes):
                    items.insert(self._done, items.pop(index))
                return

    def first_failure(self) -> BaseException | None:
        """What the first of the jobs run so far that failed raised, in the order of the values."""
        return self.failed[min(self.failed)] if self.failed else None

    def take(self, most: int | None = None) -> list[tuple[Any, int]]:
        """The next ``most`` jobs not handed out yet (all of them: None), each with its place;
        they are not handed out again."""
        end = None if most is None else self._done + most
        taken = list(zip(self.jobs[self._done : end], self._places[self._done : end], strict=True))
        self._done += len(taken)
        return taken


@dataclass(frozen=True)
class _Job:
    """One job of a batch, as handed to a worker: what to run it with, and where its value goes."""

    function: Callable[[Any], Any]
    job: Any
    batch: int  # its batch's index in the run
    place: int  # where its value goes in its batch's values

    @property
    def label(self) -> str:
        return self.job.label


def handed_out_together(count: int, workers: int) -> list[int]:
    """How many jobs of ``count`` each hand-out gives a worker, in order ("guided" scheduling):
    a share of what is left, from a large one down to single jobs. Handing a job out and taking
    its findings back costs this process and the worker about as much as checking a catalog of
    text checked before (a millisecond), so few hand-outs save that; the last ones are single
    jobs, so the workers finish within a job of each other however unlike the jobs' costs are."""
    sizes, left = [], count
    while left:
        size = max(1, -(-left // (2 * max(1, workers))))  # rounded up
        sizes.append(size)
        left -= size
    return sizes


@dataclass(frozen=True)
class _Jobs:
    """Jobs handed to a worker together, run in their order."""

    jobs: tuple[_Job, ...]

    @property
    def label(self) -> str:
        return self.jobs[0].label


def _run_jobs(jobs: _Jobs) -> list:
    """Each job's value, or the exception it raised: one job's failure is that job's alone."""
    results: list = []
    for job in jobs.jobs:
        try:
            results.append(job.function(job.job))
        except Exception as exc:
            results.append(exc)
    return results


def _run(executor: Executor, work: Sequence[tuple[_Batch, Callable[[Any], Any]]], most: int | None = None) -> list:
    """Each batch's jobs not run yet (the next ``most`` of each), handed out as one stream in the
    order of the batches (a worker done with the catalogs goes on to the sources, never idle
    while the other finishes); the first exception of each batch's jobs run so far, in the order of its
    values (:meth:`_Batch.first_failure`), or None."""
    jobs = [
        _Job(function, job, number, place)
        for number, (batch, function) in enumerate(work)
        for job, place in batch.take(most)
    ]
    together, start = [], 0
    for size in handed_out_together(len(jobs), getattr(executor, "workers", 1)):
        together.append(_Jobs(tuple(jobs[start : start + size])))
        start += size
    for handed, results in executor.run(_run_jobs, together, Progress()):
        # An exception for all of them: their worker stopped (pipeline/executors.py says why).
        each = [results] * len(handed.jobs) if isinstance(results, BaseException) else results
        for job, result in zip(handed.jobs, each, strict=True):
            if isinstance(result, BaseException):
                work[job.batch][0].failed[job.place] = result
            else:
                work[job.batch][0].values[job.place] = result
    return [batch.first_failure() for batch, _ in work]


def check(
    project: Project,
    workers: int,
    locales: Sequence[str] | None = None,
    domains: Sequence[str] | None = None,
    sources: Sequence[str] | None = (),
) -> Checked:
    """The reports :func:`pipeline.checks.check_project` makes, in its order, and the readability
    findings of every source (of those named; ``None``: not asked for), in the order of their files."""
    cache = Cache(project)
    wanted = catalogs_to_check(project, locales, domains)
    # Each source and template read once for all that is said of them: those of the catalogs
    # checked, and the sources asked for (their readability and clinical review).
    domains_checked = {domain for _, domain in wanted}
    english = read_english(project, lambda leaflet_id: leaflet_id in domains_checked or _asked(leaflet_id, sources))
    catalogs = _catalogs(project, cache, wanted, {source.leaflet_id: source.template for source in english})
    asked = [e for e in english if _asked(e.leaflet_id, sources)]
    readability = _readability(project, cache, asked)
    checked = Checked([])
    with same_content_checked_once():  # in this process; a worker does so for its life
        # A catalog and the first source are checked here, so that what the checks load once (word
        # lists, compiled patterns, the syllable table, the hyphenation patterns) is loaded before the
        # workers fork, and they all have it. A leaflet's catalog, not the page text's (common, first
        # in order): a leaflet's text needs most of the patterns (doses, times, directions), the page
        # text few, and each worker compiled the others again for its first leaflet catalog (the cloned
        # corpus: 90 ms of CPU in each); after a leaflet's, the page text's takes 30 ms, not 130.
        here = SerialExecutor()
        work: list[tuple[_Batch, Callable[[Any], Any]]] = [(catalogs, catalog_report), (readability, measure_source)]
        catalogs.move_first(lambda check: check.job.domain != COMMON_DOMAIN)
        first = _run(here, work, most=1)
        not_measured = _not_measured(first[1])
        if not_measured:
            readability.take()  # no source can be measured (each would fail alike): the catalogs still are
        executor = _executor(workers, catalogs.size_left + readability.size_left)
        try:
            with fewer_collections():
                rest = _run(executor, work)
        finally:
            executor.close()
    if rest[0]:
        raise rest[0]  # the first in the catalogs' order of those that failed, here or in the workers
    checked.not_measured = not_measured or _not_measured(rest[1])
    checked.reports = [report_from_json(report) for report in catalogs.values]
    if not checked.not_measured:
        checked.english = [Finding(**finding) for found in readability.values for finding in found]
    checked.english += _clinical_reviews(project, cache, asked)
    # Every catalog of a leaflet whose template is behind its English passes, yet a release
    # refuses each translated page for it.
    checked.english += english_behind_templates(project, cache, english)
    return checked


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The garbage collector while the checks run (and in the workers forked meanwhile): what is
    loaded by then (the checks' word lists, tables and patterns, which the catalog and source
    checked first loaded) frozen, never gone through again, unless a caller froze its own already; and
    young objects collected in batches of 20,000 allocations rather than 700. The checks make
    millions of short-lived objects and few cycles: collections were a tenth of their CPU, and
    the peak memory is the same. As it was when done, for a process that goes on (serve, a test
    run, a caller of the library)."""
    threshold = gc.get_threshold()
    freezing = gc.get_freeze_count() == 0
    if freezing:
        gc.freeze()
    gc.set_threshold(20_000, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if freezing:
            gc.unfreeze()


def missing_catalog_findings(
    project: Project, locales: Sequence[str] | None = None, domains: Sequence[str] | None = None
) -> list[Finding]:
    """A [template] error, on line 1 of the file, for each catalog ``check`` was asked about
    (every target locale's, or those of ``locales`` and ``domains``) that does not exist: a
    leaflet's added since the last ``update``, or one lost in a merge. A note alone was not
    enough: ``check --format json`` printed ``[]`` and both formats exited 0 (the note went to
    stderr), so CI passed a pair every release refuses for that very file."""
    codes = [locale.code for locale in project.target_locales if locales is None or locale.code in locales]
    every = project_domains(project)
    # The page text (common) is on every page of a leaflet: a project with no leaflet yet has no page to leave out.
    every = every if len(every) > 1 else []
    names = [domain for domain in every if domains is None or domain in domains]
    return [
        Finding(
            file,
            1,
            ERROR,
            "template",
            locale,
            domain,
            "",
            f"this catalog {'is not a file' if path.exists() else 'does not exist'}, so nothing of it is "
            f"checked and a release leaves out {_pages_of(domain)}; {BRING_IN_THE_ENGLISH}",
        )
        for locale in codes
        for domain in names
        if not (path := project.po_path(locale, domain)).is_file()
        for file in [project.relative(path)]
    ]


def _pages_of(domain: str) -> str:
    """The pages a release refuses while ``domain``'s catalog of a language is missing."""
    if domain == COMMON_DOMAIN:
        return "every page of the language (each shows this page text)"
    return "the page"


def _asked(leaflet_id: str, sources: Sequence[str] | None) -> bool:
    """Whether what is said of a leaflet's English itself is asked for (``sources``: those
    named; empty: every one; None: none)."""
    return sources is not None and (not sources or leaflet_id in sources)


def _clinical_reviews(project: Project, cache: Cache, english: Sequence[EnglishFile]) -> list[Finding]:
    """An error on the ``reviewed_on`` line of each source whose clinical review does not
    cover its English as it is now (pipeline/clinical_review.py). Not remembered with the
    readability: what it shows of the English reviewed comes from git. A source whose review
    covers it, as remembered for its bytes, is not parsed again."""
    found = []
    for source in english:
        file, data = source.file, source.data
        if (
            data is not None
            and remembered_review_state(cache, source.leaflet_id, file, data) == clinical_review.REVIEWED
        ):
            continue
        try:
            leaflet = parse_source(data, source.problem, file, source.leaflet_id)
        except LeafletError:
            continue  # english_behind_templates names what is wrong with it
        if data is not None:
            remember_review_state(cache, source.leaflet_id, file, data, clinical_review.state(leaflet))
        verdict = clinical_review.assess(project, leaflet, cache)
        if verdict.state != clinical_review.REVIEWED:
            found.append(clinical_review.finding(leaflet, verdict, project.source_locale))
            found += clinical_review.version_findings(leaflet, verdict, project.source_locale)
    return found


def page_text_findings(project: Project) -> list[Finding]:
    """A [clinical-review] error, where the review is written, while the English page text and
    medical disclaimer are not the text their clinical review covers (pipeline/page_text_review.py)."""
    verdict = page_text_review.assess(project)
    return [] if verdict.reviewed else [page_text_review.finding(verdict, project.source_locale)]


def _catalogs(
    project: Project, cache: Cache, wanted: Sequence[tuple[str, str]], templates: dict[str, TemplateFile]
) -> _Batch:
    """The check reports of the catalogs ``wanted`` ((locale, domain) pairs); ``templates``: those
    read already, by domain (the others are read here, each once whatever the number of locales)."""

    batch = _Batch()
    templates = dict(templates)
    for locale, domain in wanted:
        file, data, unsafe = catalog_inputs(project, locale, domain)
        if domain not in templates:
            templates[domain] = template_file(project, domain)
        template = templates[domain]

        entries_key = cache.entries_key(locale)
        key = catalog_key(project, locale, domain, file, data, unsafe, template=template, entries=entries_key)

        def job(
            locale: str = locale,
            domain: str = domain,
            file: str = file,
            data=data,
            unsafe=unsafe,
            template=template,
            key: str = key,
            entries_key: str = entries_key,
        ) -> CatalogCheckJob:
            # What its entries were found to be at its last check: only the entries edited since are checked.
            remembered = remembered_entries(cache, project, locale, domain)
            catalog = CatalogJob(project, locale, domain, file, data, unsafe, remembered=remembered, template=template)
            return CatalogCheckJob(catalog, key, entries_key)

        batch.add(cache.get("checks", [locale, domain], key), job, len(data or b""))
    return batch


def _readability(project: Project, cache: Cache, english: Sequence[EnglishFile]) -> _Batch:
    """The readability findings of the sources."""

    batch = _Batch()
    for source in english:

        def job(source: EnglishFile = source) -> SourceJob:
            return SourceJob(project, source)

        known = remembered_readability(cache, project, source.leaflet_id, source.file, source.data)
        batch.add(known, job, len(source.data or b""))
    return batch


def _not_measured(failed: BaseException | None) -> DictionaryMissing | None:
    """Why the sources were not measured (the catalogs are still checked), if they were not;
    another exception is raised."""
    if failed is None or isinstance(failed, DictionaryMissing):
        return failed
    raise failed


def _executor(workers: int, size: int) -> Executor:
    if workers <= 1 or size < SHARED_OUT_FROM:
        return SerialExecutor()
    # A job takes milliseconds: each worker has its next share waiting, not idle while this
    # process takes in the last one's findings.
    return ProcessExecutor(workers, start_method="fork", jobs_ahead=workers)
