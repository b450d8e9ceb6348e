"""``leaflets build``: the stages in order.

1. read every input (sources, catalogs, their check findings);
2. decide which leaflet-locale pairs to render (a release build gates them);
3. render every page in memory (HTML, then PDF from the same HTML);
4. write the outputs, each file whole or not at all.

Nothing is written before every input has been read, and a problem in one
leaflet or catalog never stops the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import catalogs
from pipeline.catalog_entries import read_entries
from pipeline.checks import check_catalog
from pipeline.config import COMMON_DOMAIN, LocaleSettings, Project
from pipeline.errors import LeafletError
from pipeline.files import atomic_write
from pipeline.findings import Finding
from pipeline.markdown import inline_plain_text
from pipeline.model import Leaflet
from pipeline.release import refusal_reasons
from pipeline.render_html import Renderer, alternates_for
from pipeline.render_pdf import render_pdf
from pipeline.source import load_leaflets
from pipeline.translate import TranslationTable, source_table, table_from_entries

HTML, PDF = "html", "pdf"


@dataclass(frozen=True)
class BuildOptions:
    locales: tuple[str, ...] = ()  # empty: every configured locale
    leaflets: tuple[str, ...] = ()  # empty: every leaflet in source/
    release: bool = False
    formats: tuple[str, ...] = (HTML, PDF)


@dataclass(frozen=True)
class CatalogState:
    """One domain in one locale, read and checked."""

    file: str
    exists: bool
    table: TranslationTable
    findings: tuple[Finding, ...] = ()
    broken: str = ""  # why it could not be read at all


@dataclass(frozen=True)
class Refusal:
    locale: str
    leaflet: str
    reasons: tuple[str, ...]


@dataclass
class BuildResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.refused and not self.problems


def load_catalog(project: Project, locale: str, domain: str) -> CatalogState:
    path = project.po_path(locale, domain)
    file = project.relative(path)
    if locale == project.source_locale:
        return CatalogState(file, True, source_table(locale))
    if not path.exists():
        return CatalogState(file, False, TranslationTable(locale))
    report = check_catalog(project, locale, domain, path)
    if report.parse_failed:
        first = next((f for f in report.findings if f.is_error), None)
        return CatalogState(file, True, TranslationTable(locale), report.findings,
                            broken=first.format() if first else f"{file}: cannot be read")
    try:
        entries = read_entries(path, file)
    except LeafletError as exc:
        return CatalogState(file, True, TranslationTable(locale), report.findings, broken=str(exc))
    return CatalogState(file, True, table_from_entries(locale, entries, report.failed_msgids), report.findings)


def build(project: Project, options: BuildOptions, log: Callable[[str], None] = lambda _: None) -> BuildResult:
    result = BuildResult()
    out_dir = project.dist_dir if options.release else project.build_dir
    selected = [project.locale(code) for code in options.locales] or list(project.locales)

    # 1. Read everything (every leaflet, so the index stays whole when only some are rendered).
    leaflets, problems = load_leaflets(project)
    known = {leaflet.id for leaflet in leaflets}
    wanted = set(options.leaflets) or known
    source = project.relative(project.source_dir)
    result.problems = [str(p) for p in problems if not options.leaflets or p.file in {f"{source}/{w}.md" for w in wanted}]
    result.problems += [f"{source}/{w}.md: no such leaflet"
                        for w in sorted(wanted - known) if not (project.source_dir / f"{w}.md").exists()]
    template = catalogs.common_template(project, catalogs.build_time())
    common_msgids = [_singular(m.id) for m in template if m.id]
    disclaimer_msgids = [_singular(m.id) for m in template if m.id and any("disclaimer" in c for c in m.auto_comments)]
    states = {
        (loc.code, domain): load_catalog(project, loc.code, domain)
        for loc in project.locales
        for domain in [COMMON_DOMAIN, *(leaflet.id for leaflet in leaflets)]
    }

    # 2. Decide, for every configured locale, so the switcher links only to real pages.
    renderable: dict[str, list[LocaleSettings]] = {}
    for leaflet in leaflets:
        renderable[leaflet.id] = []
        for loc in project.locales:
            state, common = states[(loc.code, leaflet.id)], states[(loc.code, COMMON_DOMAIN)]
            broken = [s.broken for s in (state, common) if s.broken]
            if broken:
                if loc in selected and leaflet.id in wanted:
                    result.problems.extend(b for b in broken if b not in result.problems)
                    if options.release:
                        result.refused.append(Refusal(loc.code, leaflet.id, tuple(broken)))
                continue
            if options.release:
                reasons = refusal_reasons(
                    catalog_file=state.file, catalog_exists=state.exists,
                    msgids=[u.msgid for u in leaflet.units], table=state.table, findings=state.findings,
                    common_file=common.file, common_msgids=common_msgids, common_table=common.table,
                    common_findings=common.findings, disclaimer_msgids=disclaimer_msgids)
                if reasons:
                    if loc in selected and leaflet.id in wanted:
                        result.refused.append(Refusal(loc.code, leaflet.id, tuple(reasons)))
                    continue
            renderable[leaflet.id].append(loc)

    # 3. Render in memory.
    renderer = Renderer(project)
    outputs: dict[Path, bytes] = {}
    for leaflet in leaflets:
        for loc in renderable[leaflet.id]:
            if loc not in selected or leaflet.id not in wanted:
                continue
            state, common = states[(loc.code, leaflet.id)], states[(loc.code, COMMON_DOMAIN)]
            try:
                page = renderer.leaflet(leaflet, loc, state.table, common.table,
                                        alternates_for(leaflet.id, loc.code, renderable[leaflet.id]),
                                        draft=not options.release)
                base = out_dir / loc.code / leaflet.id
                if HTML in options.formats:
                    outputs[base.with_suffix(".html")] = page.html.encode("utf-8")
                if PDF in options.formats:
                    outputs[base.with_suffix(".pdf")] = render_pdf(page.html, page.print_css)
            except Exception as exc:  # one page's failure must not stop the others
                result.problems.append(f"{leaflet.path}: could not render {loc.code}: {type(exc).__name__}: {exc}")
            else:
                log(f"rendered {loc.code}/{leaflet.id}" + (f" ({page.missing} passages in English)"
                                                           if page.missing else ""))

    # 4. Write.
    for path, data in outputs.items():
        atomic_write(path, data)
        result.written.append(project.relative(path))
    if HTML in options.formats:
        index = out_dir / "index.html"
        atomic_write(index, _index(project, renderer, leaflets, states, out_dir, options.release).encode("utf-8"))
        result.written.append(project.relative(index))
    return result


def _singular(msgid: str | tuple[str, ...]) -> str:
    """Babel keys a plural message by (singular, plural); catalogs key it by the singular."""
    return msgid[0] if isinstance(msgid, tuple) else msgid


def _index(project: Project, renderer: Renderer, leaflets: list[Leaflet],
           states: dict, out_dir: Path, release: bool) -> str:
    sections = []
    for loc in project.locales:
        items = []
        for leaflet in leaflets:
            if not (out_dir / loc.code / f"{leaflet.id}.html").exists():
                continue
            table = states[(loc.code, leaflet.id)].table
            progress = table.progress(u.msgid for u in leaflet.units)
            percent = 100 * (progress.total - len(progress.missing)) // max(progress.total, 1)
            title = inline_plain_text(table.resolve(leaflet.title.msgid).text)
            items.append({"id": leaflet.id, "title": title, "percent": percent})
        if items:
            sections.append({"locale": loc, "items": items})
    source = project.locale(project.source_locale)
    return renderer.index(sections, draft=not release, common=source_table(source.code), locale=source)
