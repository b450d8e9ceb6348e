"""``leaflets build``, stage 2, **assess**: each selected pair's assessment, recorded if its inputs are
unchanged, made now if not: its catalogs read and checked, the release gate applied, what the page is
released under, and why its PDF would show tofu."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pipeline import clinical_review, fonts, review, review_history, review_order, text_version, withdrawals
from pipeline.build.read import CatalogFile, Inputs, Reader
from pipeline.cache import font_problems as cached_font_problems
from pipeline.cache import parse_catalog
from pipeline.config import COMMON_DOMAIN, REQUIRED, LocaleSettings, Project
from pipeline.errors import LeafletError
from pipeline.jobs import CatalogState
from pipeline.manifest import (
    BROKEN,
    NOT_REVIEWED,
    READY,
    REFUSED,
    REVIEWED,
    SOURCE_LANGUAGE,
    UNKNOWN,
    Assessment,
    Checks,
    Manifest,
    Pair,
)
from pipeline.markdown import inline_plain_text
from pipeline.model import Leaflet
from pipeline.outcome import Outcome, Refusal
from pipeline.plan import Facts, ReviewedEnglish, Scope, refusal
from pipeline.release import GateJudgement, gate
from pipeline.review_order import english_review
from pipeline.source import shown_digest
from pipeline.translations import TranslationTable, page_shown_digest


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
    if len(changed) > 1:  # checked and rendered in the workers, which load WeasyPrint while the sources are parsed
        reader.executor.start()
    broken_sources = {}
    for leaflet_id in sorted({leaflet for _, leaflet in changed}):
        leaflet = reader.leaflet(leaflet_id)
        if isinstance(leaflet, LeafletError):
            broken_sources[leaflet_id] = str(leaflet)
            outcome.problem(str(leaflet))
            # A draft removes its pages instead, and says so (pipeline.plan, SOURCE_UNREADABLE).
            if scope.release and any(record.files for (_, lid), record in previous.pairs.items() if lid == leaflet_id):
                outcome.notes.append(
                    f"{leaflet_id}: not rebuilt, {inputs.sources[leaflet_id].file} cannot be "
                    "read; what dist/ held for it stays as it was"
                )
    changed = [pair for pair in changed if pair[1] not in broken_sources]
    unreviewed = _clinically_unreviewed(project, scope, {leaflet for _, leaflet in selected}, reader)
    older, rolled_back = _older_reviews(
        project,
        scope,
        sorted({leaflet for _, leaflet in selected} - set(unreviewed)),
        previous,
        reader,
        inputs,
        outcome,
    )
    reader.read_catalogs(
        [key for loc, leaflet in changed for key in ((loc, leaflet), (loc, COMMON_DOMAIN))],
        meanwhile=_ahead_of_assessing(changed, reader),
    )
    versions = _versions_taken(scope, {leaflet for _, leaflet in changed}, previous, reader)
    for pair in changed:
        assessments[pair] = _assess_pair(
            project, scope, inputs, pair, reader, unreviewed.get(pair[1]), versions.get(pair[1], "")
        )
    decided = (
        withdrawals.load(project.root, scope.locales, inputs.sources) if scope.release else ()
    )  # an entry that cannot be read stops the release: it may be the one that takes a wrong page down
    if scope.release:  # and one the release manifest says holds is not undone by a checkout that lacks it
        decided += withdrawals.missing_from_file(
            previous.withdrawn, decided, scope.locales, inputs.sources, project.source_locale
        )
    texts_now = {
        pair: _text_now(project, pair, assessments[pair], reader, inputs)
        for pair in selected
        if pair in assessments
        and any(withdrawals.applies_to(w, *pair, project.source_locale) and w.lift is None for w in decided)
    }
    older_translation = {
        pair: why
        for pair in selected
        if pair in assessments
        for why in _older_translation(project, scope, pair, assessments[pair], previous, reader, inputs)
    }
    for pair in selected:
        if pair in assessments:
            also: tuple[str, ...] = (older[pair[1]],) if pair[1] in older else ()
            withdrawn, recorded = _withdrawn(scope, pair, decided, texts_now.get(pair))
            also += withdrawn
            also += (older_translation[pair],) if pair in older_translation else ()
            on_purpose = withdrawn if recorded else ()
            _report(scope, pair, assessments[pair], inputs.sources[pair[1]].file, outcome, also, on_purpose)
    return Facts(
        sources={leaflet: source.digest for leaflet, source in inputs.sources.items()},
        broken_sources=broken_sources,
        assessments=assessments,
        previous=previous,
        held=inputs.held,
        listing=inputs.listing,
        locale_settings=inputs.locales,
        regions=inputs.regions,
        template_messages=inputs.template_messages,
        # Every assessment of a leaflet is of its source now (its digest is among their inputs).
        english_shown={leaflet: a.english_shown for (_, leaflet), a in assessments.items() if a.english_shown},
        unreviewed={
            leaflet: ReviewedEnglish(verdict.reviewed_source, verdict.reviewed_shown)
            for leaflet, verdict in unreviewed.items()
        },
        older_review=older,
        older_translation=older_translation,
        rolled_back=rolled_back,
        withdrawals=decided,
        texts_now=texts_now,
    )


def _older_translation(
    project: Project,
    scope: Scope,
    pair: Pair,
    assessment: Assessment,
    previous: Manifest,
    reader: Reader,
    inputs: Inputs,
) -> tuple[str, ...]:
    """Why a release refuses a translation reviewed before the one dist/ publishes of other text (an
    older checkout, another branch: pipeline/review_order.py); () when it does not.  Each catalog's
    own review is compared, as status compares it, whether or not the pair's every catalog is
    reviewed (a language whose sign-off is optional may release with one unreviewed)."""
    locale, _ = pair
    if not scope.release or locale == project.source_locale:
        return ()
    page = review_order.published_page(previous, *pair)
    if not review_order.may_be_older(page, assessment.translation_shown):
        return ()  # most pairs: no reviewed page of other text published, no review to read
    now = _text_now(project, pair, assessment, reader, inputs)
    why = review_order.older_translation(locale, pair[1], now.translation_review_days, now.translation, page)
    return (why,) if why else ()


def _withdrawn(
    scope: Scope, pair: Pair, decided: Iterable[withdrawals.Withdrawal], now: withdrawals.TextNow | None
) -> tuple[tuple[str, ...], bool]:
    """Why a release refuses a pair withdrawn on purpose that no review or lift has ended (pipeline.plan
    takes its page away), () when none holds; and whether withdrawals.toml records that withdrawal (one
    only the release manifest knows of is a record lost, which fails the release until put back)."""
    held = withdrawals.holding(decided, *pair, None, now, scope.source_locale)
    if held is None:
        return (), False
    return (f"{held.withdrawal.describe()}; it {held.said}",), not held.withdrawal.unrecorded


def _text_now(
    project: Project, pair: Pair, assessment: Assessment, reader: Reader, inputs: Inputs
) -> withdrawals.TextNow:
    """What a page of ``pair`` made now would show and the reviews of that text, for a pair a
    withdrawal is of (pipeline/withdrawals.py) or whose published page a translation reviewed
    before it may replace (:func:`_older_translation`): its catalogs' translation reviews that cover their
    text now, and the clinical review of its English when that covers the English now."""
    locale, leaflet_id = pair
    leaflet = reader.leaflet(leaflet_id)
    assert isinstance(leaflet, Leaflet)  # pairs of unreadable sources are not assessed
    reviews: tuple[withdrawals.Signed, ...] = ()
    if locale != project.source_locale:
        reviews = tuple(
            withdrawals.translation_signed(read.file, read.table, msgids)
            for read, msgids in (
                (reader.catalog(locale, leaflet_id), [u.msgid for u in leaflet.units]),
                (reader.catalog(locale, COMMON_DOMAIN), inputs.common_msgids),
            )
        )
    return withdrawals.TextNow(
        assessment.english_shown, assessment.translation_shown, withdrawals.clinically_signed(leaflet), reviews
    )


def _older_reviews(
    project: Project,
    scope: Scope,
    leaflets: Iterable[str],
    previous: Manifest,
    reader: Reader,
    inputs: Inputs,
    outcome: Outcome,
) -> tuple[dict[str, str], dict[str, str]]:
    """A release: each leaflet (its clinical review covering its English) whose English has an
    older review than the English dist/ publishes (pipeline/review_order.py), with why it is
    refused; and those --roll-back lets out, with the rollback as the pages it replaces record it."""
    if not scope.release:
        return {}, {}
    older, rolled_back = {}, {}
    for leaflet_id in leaflets:
        leaflet = reader.leaflet(leaflet_id)
        before = review_order.published(previous, leaflet_id, project.source_locale)
        if not isinstance(leaflet, Leaflet) or before is None:
            continue
        now = review_order.Reviewed(english_review(leaflet), leaflet.version, inputs.commit)

        def in_history(reviewed_text: str, file: str = leaflet.path) -> bool | None:
            if review_history.history_state(project.root) == "no git":
                return None
            return review_history.clinically_reviewed(project, file, reviewed_text, reader.cache).msgids is not None

        how = review_order.compare(now, before, in_history)
        if not how:
            continue
        if leaflet_id in scope.roll_back:
            rolled_back[leaflet_id] = review_order.rolled_back(leaflet_id, scope.roll_back_reason, now, before)
            outcome.notes.append(f"{leaflet.path}: {rolled_back[leaflet_id]}")
        else:
            where = f"{leaflet.path}:{leaflet.reviewed_on_line}"
            older[leaflet_id] = review_order.refusal(where, leaflet_id, project.source_locale, how, now, before)
    for leaflet_id in sorted(scope.roll_back - set(rolled_back)):
        outcome.notes.append(
            f"--roll-back {leaflet_id}: nothing to roll back (its English's clinical review is not older than "
            "the one dist/ publishes, or it was not released): released as usual"
        )
    return older, rolled_back


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


def _versions_taken(scope: Scope, leaflets: Iterable[str], published: Manifest, reader: Reader) -> dict[str, str]:
    """A release: each leaflet whose version dist/ published (or withdrew) with another English, and
    why (pipeline/text_version.py); no page of it is released."""
    if not scope.release:
        return {}
    found = {}
    for leaflet_id in sorted(leaflets):
        leaflet = reader.leaflet(leaflet_id)
        if isinstance(leaflet, Leaflet):
            reason = text_version.published_with_another_text(leaflet, published)
            if reason:
                found[leaflet_id] = reason
    return found


def _ahead_of_assessing(changed: list[Pair], reader: Reader) -> Iterator[None]:
    """What each leaflet's pages show of its English (a parse of its body, which every assessment
    of it names), a leaflet a step, for this process to take while the workers check the catalogs:
    it would wait idle, and then assess the pairs one by one. (Not the fonts of each language, which
    a build with its fonts' answers remembered never reads.)"""
    for leaflet_id in dict.fromkeys(leaflet_id for _, leaflet_id in changed):
        leaflet = reader.leaflet(leaflet_id)
        if isinstance(leaflet, Leaflet):
            shown_digest(leaflet)
            yield


def _assess_pair(
    project: Project,
    scope: Scope,
    inputs: Inputs,
    pair: Pair,
    reader: Reader,
    clinical: clinical_review.Verdict | None = None,
    version_taken: str = "",
) -> Assessment:
    locale, leaflet_id = pair
    leaflet = reader.leaflet(leaflet_id)
    assert isinstance(leaflet, Leaflet)  # pairs of unreadable sources are not assessed
    state, common = reader.catalog(locale, leaflet_id), reader.catalog(locale, COMMON_DOMAIN)
    reasons = [s.broken for s in (state, common) if s.broken]
    verdict = BROKEN if reasons else READY
    if scope.release and not reasons and clinical is not None:  # every page of it, English too
        reasons = [clinical_review.reason(leaflet, clinical), *clinical_review.version_reasons(leaflet, clinical)]
    if scope.release and verdict == READY and version_taken:  # every page of it, English too
        reasons.append(version_taken)
    judged: GateJudgement | None = None
    if scope.release and verdict == READY:
        review_required = project.locale(locale).sign_off == REQUIRED
        # What changed in the English since the review, shown in the refusal (from git; the
        # verdict never depends on it, so a recorded assessment keeps it until its inputs change).
        changes = (
            review_history.changes_since_review(project, leaflet, state.table.review, reader.cache)[1]
            if review_required
            else ()
        )
        judged = gate(
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
        reasons += judged.reasons
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
    # The page's passages and its page text whose translation fails a check, and why: a draft names them.
    held_back = sorted(
        {
            finding
            for read, msgids in ((state, [u.msgid for u in leaflet.units]), (common, inputs.common_msgids))
            for msgid in msgids
            for finding in read.table.failures.get(msgid, ())
        }
    )
    released_under, reviewed_by = (
        _released_under(project, locale, judged) if judged is not None and verdict == READY else (UNKNOWN, ())
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
        english_shown=shown_digest(leaflet),
        english_text=text_version.text_digest(leaflet),
        translation_shown=_translation_shown(project, locale, leaflet, state, common, inputs),
        held_back=tuple(held_back),
        english_review=english_review(leaflet),
        own_translator=_own_translator(state, common) if released_under == REVIEWED else (),
    )


def _own_translator(*catalogs: CatalogState) -> tuple[str, ...]:
    """Each of the page's catalogs whose recorded reviewer is its Last-Translator: published all the
    same (a reviewer who mends a typo becomes it), and said in a note every release."""
    return tuple(warning for state in catalogs if (warning := review.own_translator(state.table.review, state.file)))


def _translation_shown(
    project: Project, locale: str, leaflet: Leaflet, state: CatalogState, common: CatalogState, inputs: Inputs
) -> str:
    """What a translated page's catalogs give it (TRANSLATION_SHOWN): its passages, from its
    leaflet's, and its page text and disclaimer, from common; "" for the English, which has none."""
    if locale == project.source_locale:
        return ""
    return page_shown_digest(state.table, [u.msgid for u in leaflet.units], common.table, inputs.common_msgids)


def _released_under(project: Project, locale: str, judged: GateJudgement) -> tuple[str, tuple[str, ...]]:
    """What a page the gate lets out is released under, for the manifest (and for pipeline.plan,
    which keeps it for a pair refused later only while its language's sign_off would let it out):
    reviewed, and by whom (its catalog's review and common's, as the gate judged them), or not
    (sign_off = "optional")."""
    if locale == project.source_locale:
        return SOURCE_LANGUAGE, ()
    if judged.reviews is None or not all(j.valid and j.signoff for j in judged.reviews):
        return NOT_REVIEWED, ()
    return REVIEWED, tuple(
        f"{j.signoff.reviewer} on {j.signoff.reviewed_on.isoformat()}" for j in judged.reviews if j.signoff
    )


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


def _report(
    scope: Scope,
    pair: Pair,
    assessment: Assessment,
    source: str,
    outcome: Outcome,
    also: tuple[str, ...] = (),
    on_purpose: tuple[str, ...] = (),
) -> None:
    """``also``: reasons a release refuses the pair besides its assessment's (an older clinical review);
    ``on_purpose``: those of them that are withdrawals recorded in withdrawals.toml. A pair refused
    for those alone is withheld, not a failure of the release."""
    locale, leaflet = pair
    if assessment.verdict == BROKEN:
        for reason in assessment.reasons:
            outcome.problem(reason)
        if not scope.release:
            outcome.failed.append(f"{locale}/{leaflet}")
    if scope.release and (also or refusal(scope, pair, assessment)):
        reasons = also + refusal(scope, pair, assessment)
        withheld = bool(on_purpose) and all(reason in on_purpose for reason in reasons)
        outcome.refused.append(Refusal(locale, leaflet, reasons, on_purpose=withheld))
    elif scope.release and assessment.verdict == READY:  # published: said every release, not once
        for warning in assessment.own_translator:
            note = f"{warning}; {locale}/{leaflet} is published all the same"
            outcome.notes.append(note)
    if not scope.release:  # a release refuses the pair, naming them (pipeline/release.py)
        outcome.hold_back(assessment.held_back)
        unshown = assessment.checks.errors - sum(finding.is_error for finding in assessment.held_back)
        if unshown > 0 and assessment.verdict != BROKEN:
            outcome.unshown_errors[f"{locale}/{leaflet}"] = unshown
    if not scope.release and scope.makes_pdf(locale):  # no tofu: the draft is rendered, and the build fails
        for where, gap in assessment.font_gaps_where(source):
            outcome.problem(f"{where}: {locale} PDF: {gap}")
