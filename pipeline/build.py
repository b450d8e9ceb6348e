"""``leaflets build``: the stages in order.

1. read every input (sources, catalogs, their check findings);
2. decide which leaflet-locale pairs to render (a release build gates them);
3. render every page in memory (HTML, then PDF from the same HTML);
4. write the outputs, each file whole or not at all.

Nothing is written before every input has been read, and a problem in one
leaflet or catalog never stops the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import catalogs, fonts
from pipeline.checks import check_parsed
from pipeline.config import COMMON_DOMAIN, LocaleSettings, Project
from pipeline.errors import CatalogError
from pipeline.files import atomic_write
from pipeline.findings import Finding
from pipeline.markdown import inline_plain_text
from pipeline.model import Leaflet
from pipeline.outcome import Outcome, Refusal
from pipeline.release import refusal_reasons
from pipeline.render_html import Renderer, alternates_for
from pipeline.render_pdf import render_pdf
from pipeline.source import load_leaflets
from pipeline.translations import TranslationTable, source_table, table_from_catalog

HTML, PDF = "html", "pdf"
_log = logging.getLogger(__name__)


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


def load_catalog(project: Project, locale: str, domain: str) -> CatalogState:
    """One catalog read, parsed and checked once: the table comes from the same parse the checks saw."""
    path = project.po_path(locale, domain)
    file = project.relative(path)
    if locale == project.source_locale:
        return CatalogState(file, True, source_table(locale))
    if not path.exists():
        return CatalogState(file, False, TranslationTable(locale))
    unsafe = project.catalog_problem(path)
    try:
        parsed: catalogs.Catalog | CatalogError = (CatalogError(f"the catalog {unsafe}", file, 1) if unsafe
                                                   else catalogs.read_po(path.read_bytes(), file))
    except CatalogError as exc:
        parsed = exc
    except OSError as exc:
        parsed = CatalogError(f"cannot read the catalog: {exc.strerror or exc}", file, 1)
    report = check_parsed(project, locale, domain, file, parsed)
    if isinstance(parsed, CatalogError):
        first = next((f for f in report.findings if f.is_error), None)
        return CatalogState(file, True, TranslationTable(locale), report.findings,
                            broken=first.format() if first else f"{file}: cannot be read")
    table = table_from_catalog(locale, parsed, report.failed_msgids)
    return CatalogState(file, True, table, report.findings)


@dataclass(frozen=True)
class Inputs:
    """Everything a build reads, read once before anything is written."""

    leaflets: tuple[Leaflet, ...]  # every readable leaflet, so the index stays whole
    wanted: frozenset[str]  # the leaflet ids to render
    selected: tuple[LocaleSettings, ...]  # the locales to render
    catalogs: dict[tuple[str, str], CatalogState]  # (locale, domain) -> state
    common_msgids: tuple[str, ...]  # what the templates use, as extracted now
    disclaimer_msgids: tuple[str, ...]

    def wants(self, leaflet: Leaflet, locale: LocaleSettings) -> bool:
        return leaflet.id in self.wanted and locale in self.selected


def build(project: Project, options: BuildOptions, log: Callable[[str], None] = lambda _: None) -> Outcome:
    result = Outcome()
    inputs = read_inputs(project, options, result)
    plan = decide(project, options, inputs, result)
    outputs = render(project, options, inputs, plan, result, log)
    write(project, options, inputs, plan, outputs, result)
    return result


def read_inputs(project: Project, options: BuildOptions, result: Outcome) -> Inputs:
    leaflets, problems = load_leaflets(project)
    source = project.relative(project.source_dir)
    wanted = set(options.leaflets) or {leaflet.id for leaflet in leaflets}
    wanted_files = {f"{source}/{w}.md" for w in wanted}
    result.problems += [str(p) for p in problems if not options.leaflets or p.file in wanted_files]
    template = catalogs.common_template(project, catalogs.build_time()).messages
    return Inputs(
        leaflets=tuple(leaflets),
        wanted=frozenset(wanted),
        selected=tuple(project.locale(code) for code in options.locales) or project.locales,
        catalogs={
            (loc.code, domain): load_catalog(project, loc.code, domain)
            for loc in project.locales
            for domain in [COMMON_DOMAIN, *(leaflet.id for leaflet in leaflets)]
        },
        common_msgids=tuple(m.msgid for m in template),
        disclaimer_msgids=tuple(m.msgid for m in template if any("disclaimer" in c for c in m.extracted_comments)),
    )


@dataclass(frozen=True)
class Plan:
    """What to render, and which pages readers may be sent to (switchers, index)."""

    render: tuple[tuple[Leaflet, LocaleSettings], ...]
    linked: dict[str, tuple[LocaleSettings, ...]]  # leaflet id -> locales with a page
    # (leaflet id, locale) -> characters a draft's fonts cannot show: its page says so.
    font_gaps: dict[tuple[str, str], str] = field(default_factory=dict)


def decide(project: Project, options: BuildOptions, inputs: Inputs, result: Outcome) -> Plan:
    """Which pairs to render, and which pages exist once this build is written.

    Decided for every configured locale, not only the selected ones, so a
    language switcher and the index link exactly to the pages that exist: those
    rendered now, those an earlier build left that are still good, and, in a
    release, an earlier release that this one refused to replace.
    """
    out_dir = project.dist_dir if options.release else project.build_dir
    to_render: list[tuple[Leaflet, LocaleSettings]] = []
    linked: dict[str, list[LocaleSettings]] = {}
    font_gaps: dict[tuple[str, str], str] = {}
    for leaflet in inputs.leaflets:
        linked[leaflet.id] = []
        for loc in project.locales:
            state, common = inputs.catalogs[(loc.code, leaflet.id)], inputs.catalogs[(loc.code, COMMON_DOMAIN)]
            reasons = [s.broken for s in (state, common) if s.broken]
            if reasons and inputs.wants(leaflet, loc):
                result.problems.extend(r for r in reasons if r not in result.problems)
            if options.release and not reasons:
                reasons = refusal_reasons(
                    catalog_file=state.file, catalog_exists=state.exists,
                    msgids=[u.msgid for u in leaflet.units], table=state.table, findings=state.findings,
                    common_file=common.file, common_msgids=inputs.common_msgids, common_table=common.table,
                    common_findings=common.findings, disclaimer_msgids=inputs.disclaimer_msgids)
            if not reasons and PDF in options.formats and inputs.wants(leaflet, loc):
                # No tofu: a release refuses the pair; a draft is rendered and the build fails, naming them.
                gaps, missing = font_problems(project, loc, leaflet, state, common, inputs.common_msgids)
                if options.release:
                    reasons = gaps
                else:
                    result.problems += [f"{leaflet.path}: {loc.code} PDF: {gap}" for gap in gaps]
                    if missing:
                        font_gaps[(leaflet.id, loc.code)] = missing
            if reasons and options.release and inputs.wants(leaflet, loc):
                result.refused.append(Refusal(loc.code, leaflet.id, tuple(reasons)))
            exists = (out_dir / loc.code / f"{leaflet.id}.html").exists()
            if not reasons and inputs.wants(leaflet, loc):
                to_render.append((leaflet, loc))
                linked[leaflet.id].append(loc)
            elif exists and (not reasons or options.release):
                linked[leaflet.id].append(loc)
    return Plan(tuple(to_render), {key: tuple(value) for key, value in linked.items()}, font_gaps)


def font_problems(project: Project, loc: LocaleSettings, leaflet: Leaflet, state: CatalogState,
                  common: CatalogState, common_msgids: tuple[str, ...]) -> tuple[list[str], str]:
    """Why the pair's PDF would show tofu (fonts not installed, characters not covered), and those characters."""
    characters = fonts.page_characters(leaflet, loc, state.table, common.table, common_msgids)
    fontconfig = fonts.Fontconfig()
    locale_fonts = fontconfig.locale_fonts(loc)
    return (fonts.problems(project, loc, locale_fonts, characters, fontconfig),
            "".join(fonts.uncovered(characters, locale_fonts.covered)) if locale_fonts.faces else "")


def render(project: Project, options: BuildOptions, inputs: Inputs, plan: Plan,
           result: Outcome, log: Callable[[str], None]) -> dict[Path, bytes]:
    """Every planned page, in memory: HTML, then the PDF from the same HTML."""
    renderer = Renderer(project)
    out_dir = project.dist_dir if options.release else project.build_dir
    outputs: dict[Path, bytes] = {}
    for leaflet, loc in plan.render:
        state, common = inputs.catalogs[(loc.code, leaflet.id)], inputs.catalogs[(loc.code, COMMON_DOMAIN)]
        try:
            page = renderer.leaflet(leaflet, loc, state.table, common.table,
                                    alternates_for(leaflet.id, loc.code, list(plan.linked[leaflet.id])),
                                    draft=not options.release, font_gaps=plan.font_gaps.get((leaflet.id, loc.code), ""))
            base = out_dir / loc.code / leaflet.id
            if HTML in options.formats:
                outputs[base.with_suffix(".html")] = page.html.encode("utf-8")
            if PDF in options.formats:
                outputs[base.with_suffix(".pdf")] = render_pdf(page.html, page.print_css)
        except Exception as exc:  # one page's failure must not stop the others
            _log.debug("rendering %s/%s failed", loc.code, leaflet.id, exc_info=True)  # shown by --debug
            result.problems.append(f"{leaflet.path}: could not render {loc.code}: {type(exc).__name__}: {exc}")
        else:
            untranslated = f" ({page.missing} passages in English)" if page.missing else ""
            log(f"rendered {loc.code}/{leaflet.id}{untranslated}")
    return outputs


def write(project: Project, options: BuildOptions, inputs: Inputs, plan: Plan, outputs: dict[Path, bytes],
          result: Outcome) -> None:
    """Each file whole or not at all; then the index of what the folder now holds."""
    for path, data in outputs.items():
        atomic_write(path, data)
        result.changed.append(project.relative(path))
    out_dir = project.dist_dir if options.release else project.build_dir
    known = {leaflet.id for leaflet in inputs.leaflets}
    for page in sorted(out_dir.glob("*/*.html")):
        if page.stem not in known and not (project.source_dir / f"{page.stem}.md").exists():
            result.notes.append(f"{project.relative(page)}: no leaflet source/{page.stem}.md any more; "
                                "delete the page (and its PDF) to unpublish it")
    if HTML in options.formats:
        index = out_dir / "index.html"
        atomic_write(index, _index(project, inputs, plan, out_dir, options.release).encode("utf-8"))
        result.changed.append(project.relative(index))


def _index(project: Project, inputs: Inputs, plan: Plan, out_dir: Path, release: bool) -> str:
    sections = []
    for loc in project.locales:
        items = []
        for leaflet in inputs.leaflets:
            if loc not in plan.linked[leaflet.id] or not (out_dir / loc.code / f"{leaflet.id}.html").exists():
                continue
            table = inputs.catalogs[(loc.code, leaflet.id)].table
            progress = table.progress(u.msgid for u in leaflet.units)
            percent = 100 * (progress.total - len(progress.missing)) // max(progress.total, 1)
            title = table.resolve(leaflet.title.msgid)
            items.append({"id": leaflet.id, "title": inline_plain_text(title.text), "percent": percent,
                          "title_translated": title.translated,
                          "pdf": (out_dir / loc.code / f"{leaflet.id}.pdf").exists()})
        if items:  # each section in its own language
            sections.append({"locale": loc, "items": items, "common": inputs.catalogs[(loc.code, COMMON_DOMAIN)].table})
    source = project.locale(project.source_locale)
    return Renderer(project).index(sections, draft=not release, common=source_table(source.code), locale=source)
