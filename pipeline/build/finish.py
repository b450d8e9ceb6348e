"""``leaflets build``, stage 5, **finish**: pages kept, withdrawn pages moved to the archive, files
carried over, the index, and the manifest last; a release's new folder then replaces ``dist/`` in one step."""

from __future__ import annotations

import dataclasses

from pipeline import catalogs, checkout_order, relink, variants
from pipeline.build.read import Inputs, Reader
from pipeline.config import COMMON_DOMAIN, Project
from pipeline.fingerprint import digest, digest_of, tool_versions
from pipeline.manifest import (
    BROKEN,
    DIRTY,
    ENGLISH_SHOWN,
    INDEX_NAME,
    MANIFEST_NAME,
    TEMPLATE_MESSAGES,
    TRANSLATION_SHOWN,
    EnglishReview,
    Manifest,
    OutputFile,
    Pair,
    PairRecord,
    ReplacedRecord,
    Tools,
    WithdrawnRecord,
)
from pipeline.outcome import Outcome, Removal, Withdrawal
from pipeline.output_folder import Folder
from pipeline.plan import (
    CHANGED_BY_HAND,
    CHANGED_OUTSIDE,
    CURRENT,
    DELETED_BY_HAND,
    FORGET,
    HTML,
    KEEP,
    NO_PAGE,
    NOT_RECORDED,
    OLDER_TEXT,
    PDF,
    PDF_NOT_MADE,
    REMOVE,
    RENDER,
    SOURCE_UNREADABLE,
    SUPERSEDED,
    Facts,
    Fate,
    Plan,
    Scope,
    made_again_beside,
    not_configured,
    replacements,
    withdrawals,
)
from pipeline.render_html import Renderer, alternates_for
from pipeline.review_history import WorkingChanges
from pipeline.translations import source_table


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
    # A page kept (a release's published page that cannot be rendered again, a draft's page of a
    # pair not selected) still links its other languages: what is there now, not what was.
    relinked = _relinked(project, plan, folder)
    kept = {path: _relinked_record(page) for path, page in relinked.items()}
    tools = Tools(tool_versions(), inputs.environment.libraries, inputs.environment.pdf_libraries)
    page_text = inputs.page_text.recorded if scope.release else None  # a release passed its gate: it has one
    moves = [fate for fate in plan.fates if fate.archived_because]
    # The commit dist/ was released from (pipeline/checkout_order.py): this release's, once it published
    # or withdrew a page; one that only refused keeps the commit of the release whose pages dist/ holds.
    # With it, the uncommitted changes it was made with, if any.
    published = records or moves
    commit = (inputs.commit if published else folder.previous.commit) if scope.release else ""
    uncommitted = WorkingChanges()
    if scope.release:
        released = WorkingChanges(folder.previous.uncommitted, folder.previous.uncommitted_paths)
        uncommitted = inputs.uncommitted if published else released
        if published and inputs.commit.endswith(DIRTY):
            outcome.notes.append(_released_uncommitted(folder.name, inputs.commit, uncommitted))
    manifest = dataclasses.replace(
        _manifest(scope, facts, plan, records | kept, outcome),
        tools=tools,
        page_text_review=EnglishReview(
            page_text.reviewed_by, page_text.reviewed_on.isoformat(), page_text.reviewed_text
        )
        if page_text is not None
        else None,
        commit=commit,
        uncommitted=uncommitted.digest,
        uncommitted_paths=uncommitted.paths,
    )
    outcome.removed += _removals(inputs, facts, plan)  # removed by the render stage, as soon as known
    outcome.notes += _made_again_beside(scope, plan, folder.name, written=set(records) - set(outcome.same))
    index = _index(project, inputs, manifest, reader, folder, outcome, draft=not scope.release)
    outcome.notes += _replaced(plan, missing=folder.current(MANIFEST_NAME) is None)
    # as it was read; a release that changes nothing is not swapped for its commit alone: dist/ is still what
    # the release it names made (pipeline/checkout_order.py)
    as_before = dataclasses.replace(
        manifest,
        commit=folder.previous.commit,
        uncommitted=folder.previous.uncommitted,
        uncommitted_paths=folder.previous.uncommitted_paths,
    )
    unchanged = as_before == folder.previous and folder.current("manifest.json") is not None
    if not records and not moves and unchanged and folder.current("index.html") == index:
        return  # nothing changed: a release is not swapped, a draft not touched
    for fate in plan.fates:
        if fate.path in relinked:
            folder.write(fate.path, relinked[fate.path].data)
            done = "published" if scope.release else "built"
            changes = relinked[fate.path].changes(done)
            if changes:
                outcome.notes.append(f"{folder.name}/{fate.path}: kept as {done}, but {changes}")
        elif fate.action in (KEEP, CURRENT):
            folder.keep(fate.path)
        elif fate.archived_because:  # withdrawn, or a file no record vouches for that a page rendered now replaces
            page = folder.current(fate.path) if fate.format == HTML else None
            if page is None:
                folder.archive(fate.path, fate.archive)
            else:  # for the record: its links led to pages beside it, not in its archive folder
                folder.write(fate.archive, relink.inert(page))
    for path in plan.carry:
        folder.carry(path)
    folder.commit(index, manifest)


@dataclasses.dataclass(frozen=True)
class _Relinked:
    """A page kept as published, its links to the other languages changed (pipeline.relink)."""

    fate: Fate
    data: bytes
    gone: tuple[str, ...]  # locales it linked that are no longer published
    added: tuple[str, ...]  # locales published beside it that it did not link
    links: tuple[str, ...]  # the locales it links now, its own among them

    def changes(self, done: str) -> str:
        """What changed, ``done``: what the folder's pages are ("published", "built")."""
        said = []
        if self.gone:
            said.append(f"for its links to {', '.join(self.gone)}, no longer {done}")
        if self.added:
            said.append(f"with links to {', '.join(self.added)}, {done} since")
        return ", and ".join(said)


def _released_uncommitted(dist: str, commit: str, changes: WorkingChanges) -> str:
    """The note of a release made from uncommitted changes: no commit holds what it published, and a
    release of the same commit without them is refused (pipeline/checkout_order.py)."""
    here = commit.removesuffix(DIRTY)[:12]
    named = checkout_order.listed(sorted(changes.paths))
    return (
        f"{dist}/manifest.json: released from commit {here} with uncommitted changes"
        + (f" ({named})" if named else "")
        + f": commit them and release that commit; a release of {here} without them (after git stash or "
        f"git checkout -- .) publishes nothing, as they may hold a correction no commit does"
    )


def _relinked(project: Project, plan: Plan, folder: Folder) -> dict[str, _Relinked]:
    """The pages kept as they are whose language switcher links pages no longer in the folder, or
    lacks pages beside them, as a render would link them now (pipeline.relink): a release's
    published page cannot be rendered again, a draft's page of a pair not selected is not."""
    relinked = {}
    for fate in plan.fates:
        if fate.action != KEEP or fate.format != HTML or fate.record is None:
            continue
        locale, leaflet = fate.pair
        linked = fate.record.inputs.get("links", "").split()
        published = plan.links.get(leaflet, ())
        gone = tuple(loc for loc in linked if loc not in published)
        added = tuple(loc for loc in published if loc not in linked and loc != locale)
        page = folder.current(fate.path) if gone or added else None
        if page is None:
            continue
        data = relink.without_links(page, [relink.page_href(loc, leaflet) for loc in gone])
        data = relink.with_links(data, alternates_for(leaflet, locale, [project.locale(loc) for loc in published]))
        # what it links as written: a page an earlier template wrote otherwise may have no place for an entry
        links = tuple(
            loc for loc in published if loc == locale or relink.links_to(data, relink.page_href(loc, leaflet))
        )
        added = tuple(loc for loc in added if loc in links)
        if data != page or set(links) != set(linked):
            relinked[fate.path] = _Relinked(fate, data, gone, added, links)
    return relinked


def _relinked_record(page: _Relinked) -> OutputFile:
    """The record of a page kept but for its links: its new bytes, and the links it carries now."""
    assert page.fate.record is not None
    return dataclasses.replace(
        page.fate.record,
        sha256=digest(page.data),
        size=len(page.data),
        inputs={**page.fate.record.inputs, "links": " ".join(page.links)},
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
    when = catalogs.build_time().isoformat().replace("+00:00", "Z")
    published = {f.path for record in pairs.values() for f in record.files.values()}
    withdrawn = [_republished(w, published, when) for w in facts.previous.withdrawn] if scope.release else []
    replaced = list(facts.previous.replaced) if scope.release else []
    for (pair, version, source), fates in replacements(plan.fates).items():
        # what patients were shown is kept; said once per pair, by the reason the first page was made again
        why = facts.rolled_back.get(pair[1]) or f"made again: {fates[0].why}"
        replaced.append(
            ReplacedRecord(pair[0], pair[1], version, source or "", tuple(f.archive for f in fates), why, when)
        )
        folder = fates[0].archive.rpartition("/")[0]
        outcome.replaced.append(
            Withdrawal(pair[0], pair[1], tuple(f"dist/{f.path}" for f in fates), f"dist/{folder}/", why)
        )
    for (pair, version, source), fates in withdrawals(plan.fates).items():
        folder = fates[0].archive.rpartition("/")[0]  # one folder holds all of a withdrawal's pages
        withdrawn.append(
            WithdrawnRecord(
                pair[0],
                pair[1],
                version,
                source or "",
                tuple(f.archive for f in fates),
                fates[0].archived_because,
                when,
                fates[0].record.english_text if fates[0].record else "",
                english_shown=fates[0].record.inputs.get(ENGLISH_SHOWN, "") if fates[0].record else "",
                translation_shown=fates[0].record.inputs.get(TRANSLATION_SHOWN, "") if fates[0].record else "",
            )
        )
        outcome.withdrawn.append(
            Withdrawal(
                pair[0], pair[1], tuple(f"dist/{f.path}" for f in fates), f"dist/{folder}/", fates[0].archived_because
            )
        )
    for fate in plan.fates:
        if fate.action == FORGET and fate.record is not None and fate.why.startswith("source/"):
            outcome.notes.append(
                f"build/{fate.path}: no leaflet {fate.why.removesuffix(' was removed')} any more; "
                "it is no longer linked (delete it to remove it)"
            )
    return Manifest(release=scope.release, pairs=pairs, withdrawn=tuple(withdrawn), replaced=tuple(replaced))


def _republished(record: WithdrawnRecord, published: set[str], when: str) -> WithdrawnRecord:
    """A withdrawal's record with each of its pages published again (by this release, or, in a
    record an earlier leaflets wrote, by then) marked so: ``withdrawn`` is the history of the
    archive, and a page live again must not read as taken down. A page withdrawn again since has
    a later record of its own; this one keeps when it came back."""
    back = {page: when for page in record.pages if page in published and page not in record.republished}
    return dataclasses.replace(record, republished={**record.republished, **back}) if back else record


def _replaced(plan: Plan, missing: bool) -> list[str]:
    """A note for each page a release made again where dist/ held a file no record vouched for,
    archived first (pipeline.plan, Fate.replaces); ``missing``: there was no manifest at all."""
    lost = (
        f"; dist/{MANIFEST_NAME} was missing: if it was moved away, keep it with your records, as it says why each "
        "page archived before this release was withdrawn"
        if missing
        else ""
    )
    return [
        f"dist/{fate.path}: made again in place of a file dist/{MANIFEST_NAME} does not describe, which is kept in "
        f"dist/{fate.archive.rpartition('/')[0]}/{lost}"
        for fate in plan.fates
        if fate.action == RENDER and fate.replaces and fate.replaces != SUPERSEDED
    ]


def _removals(inputs: Inputs, facts: Facts, plan: Plan) -> list[Removal]:
    """Each draft pair whose pages were removed: which, what they showed, and what to do."""
    removed: dict[tuple[Pair, str], list[str]] = {}
    for fate in plan.fates:
        if fate.action == REMOVE:
            removed.setdefault((fate.pair, fate.why), []).append(f"build/{fate.path}")
    said = []
    for ((locale, leaflet), why), paths in removed.items():
        they, are = ("they", "are") if len(paths) > 1 else ("it", "is")
        assessment = facts.assessments.get((locale, leaflet))
        if why == PDF_NOT_MADE:  # (plan._not_asked_for) --only html, or no --large-print/--bilingual
            said.append(_not_made_removal(plan, (locale, leaflet), tuple(paths)))
        elif why == not_configured(locale):  # (plan._taken_away) a draft of another branch's language, say
            said.append(Removal(locale, leaflet, tuple(paths), f"{why} in leaflets.toml", "declare it"))
        elif why == CHANGED_OUTSIDE and _made(plan, (locale, leaflet)):  # a PDF a build --only html did not make
            said.append(_not_made_removal(plan, (locale, leaflet), tuple(paths), why))
        elif why == CHANGED_OUTSIDE:  # of a pair this build did not select: not made again
            said.append(
                Removal(
                    locale,
                    leaflet,
                    tuple(paths),
                    f"{they} {'were' if len(paths) > 1 else 'was'} changed outside leaflets, and this build did not "
                    f"select {'them' if len(paths) > 1 else 'it'}",
                    f"select {locale}/{leaflet} (--locale {locale} --leaflet {leaflet})",
                )
            )
        elif why == NOT_RECORDED:  # a page this build does not make, of a pair selected or not
            them, show = ("them", "show") if len(paths) > 1 else ("it", "shows")
            said.append(
                Removal(
                    locale,
                    leaflet,
                    tuple(paths),
                    f"build/{MANIFEST_NAME} does not record {them}, so nothing says what {they} {show}, "
                    f"and this build did not make {them}",
                    f"select {locale}/{leaflet} (--locale {locale} --leaflet {leaflet})"
                    if leaflet in facts.sources
                    else f"write source/{leaflet}.md",
                )
            )
        elif why == SOURCE_UNREADABLE:  # the error is said above them, with its file and line
            said.append(
                Removal(
                    locale,
                    leaflet,
                    tuple(paths),
                    f"{they} showed {inputs.sources[leaflet].file} before its error",
                    "fix it",
                )
            )
        elif assessment is not None and assessment.verdict == BROKEN:  # the catalogs whose errors the assessment names
            broken = [
                catalog.file
                for domain in (leaflet, COMMON_DOMAIN)
                if (catalog := inputs.catalogs.get((locale, domain)))
                and any(reason.startswith(f"{catalog.file}:") for reason in assessment.reasons)
            ] or ["its catalogs"]
            its, it = ("their errors", "them") if len(broken) > 1 else ("its error", "it")
            said.append(
                Removal(
                    locale, leaflet, tuple(paths), f"{they} showed {' and '.join(broken)} before {its}", f"fix {it}"
                )
            )
        else:
            shown = f"{they} no longer showed what {they} {are} made from and could not be made again ({why})"
            said.append(Removal(locale, leaflet, tuple(paths), shown))
    return said


def _made(plan: Plan, pair: Pair) -> bool:
    """Whether this build selected ``pair``: it made (or found up to date) pages of it."""
    return any(f.pair == pair and f.action in (RENDER, CURRENT) for f in plan.fates)


def _not_made_removal(plan: Plan, pair: Pair, paths: tuple[str, ...], why: str = PDF_NOT_MADE) -> Removal:
    """``removed build/ko_KR/ivig-ten.large.pdf: it showed the text as it was before build/ko_KR/ivig-ten.html,
    build/ko_KR/ivig-ten.pdf were made again, and this build did not make it (no --large-print); to make it
    again: leaflets build --locale ko_KR --leaflet ivig-ten --only pdf --large-print``; the usual PDF beside
    a build ``--only html``: ``… did not make it (--only html); to make it again: leaflets build --locale
    ko_KR --leaflet ivig-ten --only pdf``; a PDF changed by hand (CHANGED_OUTSIDE) of a pair the build
    selected: ``it was changed outside leaflets (it is not what build/manifest.json records), and this
    build did not make it (--only html); to make it again: …``"""
    locale, leaflet = pair
    removed = [f for f in plan.fates if f.pair == pair and f.action == REMOVE and f.why == why]
    flags = " ".join(f"--{variants.VARIANT_OF[fate.format]}" for fate in removed if fate.format in variants.VARIANT_OF)
    # The usual PDF is left only by a build that made no PDF: --only html (leaflets serve builds that way too)
    not_asked = ", ".join(
        ([f"--only {HTML}"] if any(f.format == PDF for f in removed) else []) + ([f"no {flags}"] if flags else [])
    )
    they, them = ("they", "them") if len(paths) > 1 else ("it", "it")
    rendered = [f"build/{f.path}" for f in plan.fates if f.pair == pair and f.action == RENDER]
    made = ", ".join(rendered) or f"the pages beside {them}"
    command = f"leaflets build --locale {locale} --leaflet {leaflet} --only pdf" + (f" {flags}" if flags else "")
    if why == PDF_NOT_MADE:
        shown = f"{they} showed the text as it was before {made} {'was' if len(rendered) == 1 else 'were'} made again"
    else:  # CHANGED_OUTSIDE: a PDF changed by hand, of a pair this build made other pages of
        were, are = ("were", "they are") if len(paths) > 1 else ("was", "it is")
        shown = f"{they} {were} changed outside leaflets ({are} not what build/{MANIFEST_NAME} records)"
    return Removal(
        locale,
        leaflet,
        paths,
        f"{shown}, and this build did not make {them} ({not_asked})",
        again=f"to make {them} again: {command}",
    )


def _made_again_beside(scope: Scope, plan: Plan, folder: str, written: set[str]) -> list[str]:
    """``also made build/ko_KR/ivig-ten.html again: it showed the text as it was before
    build/ko_KR/ivig-ten.pdf was made``: a page a build made though not asked for (``--only pdf``),
    said, as it was written (one that came out the same showed what the PDF shows after all), with
    what was wrong with the page the folder held (``it was changed by hand …``), or that there was none."""
    said = []
    for fate, beside in made_again_beside(scope, plan):
        if fate.path not in written:
            continue
        made = ", ".join(f"{folder}/{path}" for path in beside) or "the PDFs of its pair"
        was = "was" if len(beside) == 1 else "were"
        linked = f"without it {made} would be linked from nothing but the index"
        why = {
            OLDER_TEXT: f"it showed the text as it was before {made} {was} made",
            CHANGED_BY_HAND: f"it was changed outside leaflets (it is not the page {folder}/{MANIFEST_NAME} "
            f"records), and {linked}",
            DELETED_BY_HAND: f"it was deleted outside leaflets, and {linked}",
            NO_PAGE: f"there was none, and {linked}",
        }[fate.made_beside]
        again = "" if fate.made_beside == NO_PAGE else " again"
        said.append(f"also made {folder}/{fate.path}{again}: {why}")
    return said


def _recorded_path(record: PairRecord, variant: str) -> str | None:
    recorded = record.files.get(variants.FORMAT_OF[variant])
    return recorded.path if recorded is not None else None


def _index(
    project: Project,
    inputs: Inputs,
    manifest: Manifest,
    reader: Reader,
    folder: Folder,
    outcome: Outcome,
    draft: bool,
) -> bytes:
    """Every page the folder holds, by language, as the manifest records them; each
    language's section in that language (its ``common`` catalog; in English, and said so,
    while that cannot be read). The folder's own index when it was made from the same
    inputs: a build that changed nothing reads no catalog."""
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
            TEMPLATE_MESSAGES: inputs.template_messages,
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
    for code in (loc.code for loc in project.locales if shown[loc.code]):
        broken = reader.catalog(code, COMMON_DOMAIN).broken
        if broken and broken not in outcome.problems:  # pages of it kept, not built: nothing else says so
            outcome.notes.append(f"{folder.name}/{INDEX_NAME}: its {code} section is in English: {broken}")
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
