"""The build's independent jobs: pure functions of what they are given.

A job carries its inputs (the bytes of a catalog; a parsed leaflet, its
translation tables and the templates' sources), so it gives the same answer in
this process, in a worker process or on another machine of a Dask cluster. What
a job cannot carry, the installed fonts and libraries, it names: every page
comes back with the worker's :class:`~pipeline.fingerprint.Environment`,
and the build refuses a page made in an environment other than its own.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline import variants
from pipeline.cache import check_remembering, parse_catalog, report_from_json, report_to_json
from pipeline.catalogs import Catalog
from pipeline.checks.runner import check_same_content_once_in_this_process
from pipeline.checks.template import TemplateFile, template_file
from pipeline.config import LocaleSettings, Project
from pipeline.errors import CatalogError
from pipeline.findings import Finding
from pipeline.fingerprint import Environment, digest_of, environment
from pipeline.model import Leaflet
from pipeline.translations import TranslationTable, source_table, table_from_catalog

if TYPE_CHECKING:  # imported where a page is rendered: a check's workers render none (Jinja2 and all)
    from pipeline.render_html import Renderer

HTML, PDF = "html", "pdf"


# -- reading a catalog ---------------------------------------------------------


@dataclass(frozen=True)
class CatalogState:
    """One domain in one locale, read and checked."""

    file: str
    exists: bool
    table: TranslationTable
    findings: tuple[Finding, ...] = ()
    broken: str = ""  # why it could not be read at all
    checked: dict | None = None  # the check report made now (JSON), for the build to remember
    entries: dict | None = None  # and its entries' content findings (EntryFindings.to_json)


@dataclass(frozen=True)
class CatalogJob:
    project: Project
    locale: str
    domain: str
    file: str  # names it in findings: locales/ko_KR/LC_MESSAGES/ivig-ten.po
    data: bytes | None  # None: there is no such file (or it must not be read)
    unsafe: str = ""  # why it must not be read: a link out of locales/, too big
    known: dict | None = None  # its check report from an earlier run with the same inputs (pipeline.cache)
    remembered: dict | None = None  # when not known: its entries' content findings from its last check
    template: TemplateFile | None = None  # the domain's template, which [template] compares the catalog with

    @property
    def label(self) -> str:
        return self.file


def read_catalog(job: CatalogJob) -> CatalogState:
    """Parse once, check that parse (unless the checks' answer is known), and make the table from it."""
    if job.data is None and not job.unsafe:
        return CatalogState(job.file, False, TranslationTable(job.locale))
    parsed = parse_catalog(job.file, job.data, job.unsafe)
    checked = entries = None
    if job.known is not None and isinstance(parsed, Catalog) != report_from_json(job.known).parse_failed:
        report = report_from_json(job.known)
    else:
        report, entries = check_remembering(
            job.project, job.locale, job.domain, job.file, parsed, job.remembered, job.template
        )
        checked = report_to_json(report)
    if isinstance(parsed, CatalogError):
        first = next((f for f in report.findings if f.is_error), None)
        return CatalogState(
            job.file,
            True,
            TranslationTable(job.locale),
            report.findings,
            broken=first.format() if first else f"{job.file}: cannot be read",
            checked=checked,
        )
    table = table_from_catalog(job.locale, parsed, report.failed_msgids, report.findings)
    return CatalogState(job.file, True, table, report.findings, checked=checked, entries=entries)


def load_catalog(project: Project, locale: str, domain: str) -> CatalogState:
    """One catalog as it is on disk now, outside a build (``leaflets doctor``)."""
    if locale == project.source_locale:
        return CatalogState("", True, source_table(locale))
    path = project.po_path(locale, domain)
    unsafe = project.catalog_problem(path) if path.exists() or path.is_symlink() else None
    data = path.read_bytes() if path.is_file() and not unsafe else None
    template = template_file(project, domain)
    return read_catalog(
        CatalogJob(project, locale, domain, project.relative(path), data, unsafe or "", template=template)
    )


# -- rendering a pair ----------------------------------------------------------


@dataclass(frozen=True)
class RenderJob:
    project: Project
    templates: tuple[tuple[str, str], ...]  # name -> source, as the build read and hashed them
    leaflet: Leaflet
    locale: LocaleSettings
    table: TranslationTable
    common: TranslationTable
    links: tuple[LocaleSettings, ...]  # the language switcher: every locale with a page
    draft: bool
    formats: tuple[str, ...]
    font_gaps: str = ""  # characters its PDF's fonts lack: a draft's banner names them
    # A translation its language requires a review of, with none that covers it now: a draft's banner says so.
    not_reviewed: bool = False
    # (format, page laid out): a PDF the folder holds, laid out from that page (pipeline.plan.same_page)
    same_pages: tuple[tuple[str, str], ...] = ()
    # The page text is not the text its clinical review covers (pipeline/page_text_review.py): a draft says so.
    page_text_mark: str = ""

    @property
    def label(self) -> str:
        return f"{self.locale.code}/{self.leaflet.id}"


@dataclass(frozen=True)
class RenderedPair:
    files: dict[str, bytes]  # format -> bytes; a PDF whose page is its same_pages one is not made again
    seconds: dict[str, float]  # format -> time it took
    missing: int  # passages shown in English
    environment: Environment  # the worker's
    worker: str  # host:pid, for the benchmark's memory per worker
    peak_rss_kib: int
    laid_out: dict[str, str] = field(default_factory=dict)  # PDF format -> the page it is laid out from


def laid_out(html: str, print_css: str) -> str:
    """What a PDF is laid out from (manifest.LAID_OUT): everything of the page render_pdf is given.
    Its metadata (title, language) comes from the HTML; no date or other input is added."""
    return digest_of([html, print_css])


def render_pair(job: RenderJob) -> RenderedPair:
    _current_job[:] = [job.label]
    from pipeline.render_html import alternates_for

    renderer = _renderer(job.project, job.templates)
    started = time.perf_counter()
    alternates = alternates_for(job.leaflet.id, job.locale.code, list(job.links))
    common = _seen_table(job.common)

    def lay_out(variant: str = ""):  # the page, or one of its variants (pipeline/variants.py)
        return renderer.leaflet(
            job.leaflet,
            job.locale,
            job.table,
            common,
            alternates,
            draft=job.draft,
            font_gaps=job.font_gaps,
            not_reviewed=job.not_reviewed,
            variant=variant,
            page_text_mark=job.page_text_mark,
        )

    page = lay_out()
    files, seconds, pages = {}, {}, {}
    if HTML in job.formats:
        files[HTML], seconds[HTML] = page.html.encode("utf-8"), time.perf_counter() - started
    same = dict(job.same_pages)
    for fmt in job.formats:
        if fmt != PDF and fmt not in variants.VARIANT_OF:
            continue
        started = time.perf_counter()
        # The page itself, or the same page laid out another way (pipeline/variants.py).
        printed = page if fmt == PDF else lay_out(variants.VARIANT_OF[fmt])
        pages[fmt] = laid_out(printed.html, printed.print_css)
        if pages[fmt] == same.get(fmt):
            continue  # the folder's PDF is what WeasyPrint would make of it again
        from pipeline.render_pdf import render_pdf  # WeasyPrint loads in the processes that render PDFs

        files[fmt] = render_pdf(printed.html, printed.print_css, _font_configuration())
        seconds[fmt] = time.perf_counter() - started
    return RenderedPair(
        files,
        seconds,
        page.missing,
        environment(),
        f"{os.uname().nodename}:{os.getpid()}",
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        pages,
    )


# -- what a worker process keeps between jobs -----------------------------------

_renderers: dict[tuple, Renderer] = {}
_tables: list[TranslationTable] = []  # the page text (common) tables the renderer has environments for
_TABLES_KEPT = 32  # a few per locale: a long-lived process (leaflets serve) sees each edit of common.po
_font_configurations: list = []
_current_job: list[str] = []


def _renderer(project: Project, templates: tuple[tuple[str, str], ...]) -> Renderer:
    """One renderer per project and templates: its Jinja environments compile each template once."""
    from pipeline.render_html import Renderer

    key = (project, templates)
    if key not in _renderers:
        _renderers.clear()
        _tables.clear()
        _renderers[key] = Renderer(project, dict(templates))
    return _renderers[key]


def _seen_table(table: TranslationTable) -> TranslationTable:
    """The equal table an earlier job of this process brought, if any: a job arrives in a
    worker as a copy, and the renderer keeps one Jinja environment (its templates compiled)
    per table object, so without this a worker compiled the templates again for every page."""
    for seen in _tables:
        if seen == table:
            return seen
    del _tables[: -_TABLES_KEPT + 1]
    _tables.append(table)
    return table


def _font_configuration():
    """One WeasyPrint font configuration per process, reused page after page."""
    if not _font_configurations:
        from pipeline.render_pdf import font_configuration

        _font_configurations.append(font_configuration())
    return _font_configurations[0]


# -- telling the build how a long page is getting on ------------------------------


class _StepRelay(logging.Handler):
    """WeasyPrint's progress messages ("Step 5 - Creating layout - Page 12"), passed on
    with the job they belong to."""

    def __init__(self, send: Callable[[str, str], None]):
        super().__init__(logging.INFO)
        self.send = send

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):  # progress is never worth a failed page
            self.send(_current_job[0] if _current_job else "", record.getMessage())


def relay_steps(send: Callable[[str, str], None] | None) -> None:
    """Send this process's page-rendering steps to ``send(job label, message)``;
    None stops them."""
    steps = logging.getLogger("weasyprint.progress")
    for handler in [h for h in steps.handlers if isinstance(h, _StepRelay)]:
        steps.removeHandler(handler)
    if send is not None:
        steps.addHandler(_StepRelay(send))
        steps.setLevel(logging.INFO)
        steps.propagate = False
    else:
        steps.setLevel(logging.NOTSET)
        steps.propagate = True


def start_worker(queue) -> None:
    """A worker process's initializer: its steps go to the build through ``queue``; it lives
    for one build, and checks the same entry content once (see same_content_checked_once)."""
    relay_steps(lambda label, message: queue.put((label, message)))
    check_same_content_once_in_this_process()
    # What the worker has loaded (WeasyPrint, the pipeline, their tables) is frozen out of the
    # collector's way: a full collection no longer goes through it after each page's garbage
    # (1-3% less CPU a page rendered, the same peak memory; frozen before any page, whose own
    # garbage it would keep).
    gc.freeze()
