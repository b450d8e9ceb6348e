"""``leaflets build``, stage 4, **render**: the pages the plan says are not up to date (jobs, in
parallel), each written as it comes, and the record of each file written or kept as the folder holds it.
A draft's pages that no longer show what they are made from, of a pair that failed, are removed
first, and as each failure comes: none stays in place looking current while the others render."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping

from pipeline import catalogs, page_text_review
from pipeline.build.read import Inputs, Reader
from pipeline.config import COMMON_DOMAIN, REQUIRED, Project
from pipeline.errors import LeafletError
from pipeline.executors import Executor
from pipeline.fingerprint import Environment, digest
from pipeline.jobs import RenderedPair, RenderJob, render_pair
from pipeline.manifest import LAID_OUT, Assessment, OutputFile, Pair
from pipeline.outcome import Outcome
from pipeline.output_folder import Folder
from pipeline.plan import (
    CURRENT,
    HTML,
    PDF,
    REMOVE,
    RENDER,
    SUPERSEDED,
    Facts,
    Fate,
    Plan,
    Scope,
    after_failures,
    changed_inputs,
)
from pipeline.progress import Progress
from pipeline.release import awaiting_review
from pipeline.used_fonts import used_fonts

_log = logging.getLogger(__name__)


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
    _remove(plan, folder)
    records: dict[str, OutputFile] = {}
    built: set[Pair] = set()
    unchanged: set[Pair] = set()  # rendered, but every file came out as the folder held it
    fates_done: dict[str, str] = {}  # path -> WRITTEN, SAME or KEPT (the last render of its pair)
    failed: dict[Pair, str] = {}
    # A release's pages rendered where the folder holds a file (Fate.replaces) that came out as that
    # very file, byte for byte, or (the page published) with only the languages its switcher links
    # changed: that file is not archived, as patients are shown the same words.
    same_words: set[str] = set()
    built_at = catalogs.build_time().isoformat().replace("+00:00", "Z")
    inputs_for = inputs.file_inputs(facts.assessments)
    todo = plan.to_render()
    # The index shows each language's section in its own page text: read with the pages' catalogs,
    # before the first page is rendered, not after the last (where its progress line would come).
    index = [(code, COMMON_DOMAIN) for code in dict.fromkeys(code for codes in plan.links.values() for code in codes)]
    while todo:
        jobs, failures = _render_jobs(project, scope, inputs, facts, plan, todo, reader, index)
        progress.phase("rendering", len(todo))
        for pair, error in failures.items():
            progress.finished(_label(pair), f"failed {_label(pair)}: {error}", failed=True)
        # While every worker renders, this process remembers what `check` needs (it would idle).
        for job, result in executor.run(render_pair, jobs, progress, meanwhile=reader.remembering()):
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
                    same_words.add(fate.path)
                    folder.keep(fate.path)
                    records[fate.path] = _kept(fate, made_from, assessment)
                    done[fate.format] = KEPT
                elif fate.path not in records and _holds(facts, fate, data):  # the file the folder holds
                    same_words.add(fate.path)
                    folder.keep(fate.path)
                    records[fate.path] = _kept(fate, made_from, assessment, result.seconds[fate.format])
                    done[fate.format] = SAME
                else:
                    if fate.replaces and (folder.current(fate.path) == data or _links_alone(fate, made_from)):
                        same_words.add(fate.path)
                    else:  # rendered again (its links changed since): the last render is what replaces it
                        same_words.discard(fate.path)
                    folder.write(fate.path, data)
                    records[fate.path] = _record(
                        fate.path, fate.format, data, made_from, assessment, built_at, result.seconds[fate.format]
                    )
                    done[fate.format] = WRITTEN
                if fate.format != HTML:
                    records[fate.path] = _fonts_named(records[fate.path], data, folder)
            (built if WRITTEN in done.values() else unchanged).add(pair)
            fates_done |= {fate.path: done[fate.format] for fate in todo[pair]}
            progress.finished(job.label, _rendered_line(job.label, todo[pair], done))
        if not failures:
            break
        for pair, error in failures.items():
            outcome.problem(f"{inputs.sources[pair[1]].file}: could not build {pair[0]}: {error}")
        failed |= failures
        before, plan = plan, after_failures(scope, facts, plan, failed, inputs_for)
        _remove(plan, folder)
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
    # Every page made now (written, or made again the same) is made from the commit checked out.
    records = {path: dataclasses.replace(record, commit=inputs.commit) for path, record in records.items()}
    return records, _not_replacing(plan, same_words)


def _links_alone(fate: Fate, made_from: Mapping[str, str]) -> bool:
    """The published page its record describes is made again only for the languages its switcher
    links (a language published or withdrawn beside it): the same words, which the archive does not
    keep again (the manifest records the links)."""
    return (
        fate.replaces == SUPERSEDED and fate.record is not None and changed_inputs(fate.record, made_from) == ["links"]
    )


def _fonts_named(record: OutputFile, data: bytes | None, folder: Folder) -> OutputFile:
    """A PDF's record with the fonts it is set in (pipeline/used_fonts.py): of ``data``, the PDF
    made now; of the file the folder holds (None: kept, its page the same) when its record names none."""
    pdf = data if data is not None else None if record.fonts else folder.current(record.path)
    return dataclasses.replace(record, fonts=used_fonts(pdf)) if pdf is not None else record


def _not_replacing(plan: Plan, same_words: set[str]) -> Plan:
    """The plan with the files at ``same_words`` paths no longer archived: the page rendered there
    now is byte for byte the file the folder held (the page published; or one no record vouched for,
    a release without its manifest), or the page published with other language links alone.
    Archived, it would be a copy of a page still published (and, unrecorded, withdrawn in the
    report); only a file that differs is what patients were shown and no longer are."""
    if not same_words:
        return plan
    fates = tuple(
        dataclasses.replace(fate, replaces="", archive="")
        if fate.action == RENDER and fate.path in same_words
        else fate
        for fate in plan.fates
    )
    return dataclasses.replace(plan, fates=fates)


def _remove(plan: Plan, folder: Folder) -> None:
    """The pages the plan removes (each one unlink: a reader finds the whole page or none). Before
    the manifest that no longer records them: a build killed between the two leaves the old
    manifest recording a file the folder does not hold, which the next build renders again."""
    for fate in plan.fates:
        if fate.action == REMOVE:
            folder.remove(fate.path)


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
    project: Project,
    scope: Scope,
    inputs: Inputs,
    facts: Facts,
    plan: Plan,
    todo: dict[Pair, tuple],
    reader: Reader,
    also: list[tuple[str, str]],
) -> tuple[list[RenderJob], dict[Pair, str]]:
    """A job per pair (all its formats at once: the PDF is made from the page's HTML),
    and the pairs that cannot even be started, with why; the catalogs ``also`` read in the same batch."""
    reader.read_catalogs([key for loc, leaflet in todo for key in ((loc, leaflet), (loc, COMMON_DOMAIN))] + also)
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
                not_reviewed=not scope.release
                and locale != project.source_locale
                and project.locale(locale).sign_off == REQUIRED
                and awaiting_review(state.table, [u.msgid for u in leaflet.units], common.table, inputs.common_msgids),
                same_pages=tuple((f.format, f.same_page) for f in fates if f.same_page),
                page_text_mark=""
                if scope.release
                else page_text_review.draft_mark(inputs.page_text, scope.source_locale),
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
    """The record of a page written now (its ``commit`` is the build's: :func:`render` adds it)."""
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
        english_text=assessment.english_text,
        english_review=assessment.english_review,
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
        english_text=assessment.english_text,
        english_review=assessment.english_review,
    )
