"""``leaflets build``: the stages in order.

1. **read** every input's bytes and digest (sources, catalogs, templates, config,
   this machine's fonts, libraries and code) and what the folder holds, as its
   manifest records it (:mod:`pipeline.build.read`); a release whose English page text
   no clinical review covers stops there, ``dist/`` as it was (:mod:`pipeline.page_text_review`);
2. **assess** the pairs whose inputs changed since the manifest was written:
   parse their sources, read and check their catalogs (jobs, in parallel), apply
   the release gate. Every other pair keeps its recorded assessment: an
   unchanged catalog is not read again (:mod:`pipeline.build.assess`);
3. **decide** every page's fate (:mod:`pipeline.plan`): render, up to date, keep,
   withdraw, remove, forget; and so which pages every switcher and the index link;
4. **render** the pages that are not up to date (jobs, in parallel), each written
   as it comes: whole, in place for a draft, into the new folder for a release
   (:mod:`pipeline.build.render`); a draft's pages of a pair that failed, which no
   longer show what they are made from, are removed first and as failures come;
5. **finish** (:mod:`pipeline.build.finish`): pages kept, withdrawn pages moved to
   the archive, the index, and the manifest last; a release's new folder then
   replaces ``dist/`` in one step.

Nothing is written before every input has been read, a problem in one leaflet
or catalog never stops the others, and a page is recorded as made from its
inputs only once it is whole on disk.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline import variants
from pipeline.config import REQUIRED, Project
from pipeline.executors import Executor, SerialExecutor
from pipeline.manifest import Manifest
from pipeline.outcome import Outcome
from pipeline.output_folder import open_folder
from pipeline.plan import HTML, PDF, Scope, decide, showing_old_page_text
from pipeline.progress import Progress

__all__ = ["HTML", "PDF", "BuildOptions", "build"]


@dataclass(frozen=True)
class BuildOptions:
    locales: tuple[str, ...] = ()  # empty: every configured locale
    leaflets: tuple[str, ...] = ()  # empty: every leaflet in source/
    release: bool = False
    formats: tuple[str, ...] = (HTML, PDF)
    force: bool = False  # render every selected page, up to date or not
    # (a release) leaflets whose English may replace an English with a later clinical review, and why
    roll_back: tuple[str, ...] = ()
    roll_back_reason: str = ""
    # (a release) publish from a checkout whose history does not include the one dist/ was released from
    # (pipeline/checkout_order.py)
    allow_older_checkout: bool = False


def build(
    project: Project, options: BuildOptions, progress: Progress | None = None, executor: Executor | None = None
) -> Outcome:
    # The stages are imported when a build runs, not with the package: `pipeline` exports build, and
    # a command that builds nothing (check) would load the renderer, the fonts and the manifest code.
    from pipeline.build import assess, finish, read, render

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
        sign_off_required=frozenset(loc.code for loc in project.target_locales if loc.sign_off == REQUIRED),
        roll_back=frozenset(options.roll_back),
        roll_back_reason=options.roll_back_reason,
    )
    with open_folder(project, options.release, progress.message) as folder:
        outcome.notes += list(folder.leftovers)
        inputs = read.read_inputs(project, folder, options.release)
        if options.release and (
            _older_checkout_refused(project, inputs, folder.previous, options, outcome)
            or _page_text_refused(project, inputs, folder.previous, outcome)
        ):
            return outcome  # nothing written: the release folder is thrown away, dist/ as it was
        if options.release:
            scope = _with_old_page_text(scope, inputs, folder.previous, outcome)
        reader = read.Reader(project, inputs, executor, progress)
        facts = assess.assess(project, scope, inputs, folder.previous, reader, outcome)
        plan = decide(scope, facts, inputs.file_inputs(facts.assessments))
        records, plan = render.render(project, scope, inputs, facts, plan, reader, folder, executor, progress, outcome)
        finish.finish(project, scope, inputs, facts, plan, records, reader, folder, outcome)
    reader.remember_for_check()
    return outcome


def _with_old_page_text(scope: Scope, inputs, previous: Manifest, outcome: Outcome) -> Scope:
    """A release of some leaflets (--leaflet) selects too every other leaflet whose published pages
    show the page text and medical disclaimer as they were before templates/ changed: kept as
    published, as other leaflets are, they would give patients the superseded disclaimer. Released
    as if selected, each page is made again, or kept or withdrawn as the release gate says."""
    added = showing_old_page_text(scope, previous, inputs.template_messages, inputs.sources)
    for leaflet in added:
        outcome.notes.append(
            f"{leaflet}: released too, though --leaflet did not select it: its pages in dist/ show the page text "
            "and medical disclaimer as they were before templates/ changed, which no page may keep giving"
        )
    return replace(scope, leaflets=scope.leaflets | set(added)) if added else scope


def _older_checkout_refused(
    project: Project, inputs, previous: Manifest, options: BuildOptions, outcome: Outcome
) -> bool:
    """A release from a checkout whose history does not include the commit dist/ was released from
    publishes nothing, unless told to (pipeline/checkout_order.py): what it would put back has no
    review to say it is older."""
    from pipeline import checkout_order

    if options.allow_older_checkout:
        return False
    refusal = checkout_order.project_refusal(project, inputs.commit, previous, inputs.uncommitted)
    for problem in refusal:
        outcome.problem(problem)
    return bool(refusal)


def _page_text_refused(project: Project, inputs, previous: Manifest, outcome: Outcome) -> bool:
    """The page text's release gate (pipeline/page_text_review.py), before anything is assessed:
    every page shows the page text, so while it is not the text reviewed, or its review is older
    than that of the page text dist/ publishes, no page is published."""
    from pipeline import page_text_review

    refusal = page_text_review.release_gate(inputs.page_text) or page_text_review.older_than_published(
        inputs.page_text, previous.page_text_review, project.relative(project.dist_dir), project.source_locale
    )
    for problem in refusal:
        outcome.problem(problem)
    return bool(refusal)
