"""What a build does with every page of its folder: pure decisions, no I/O.

Each page (a leaflet-locale pair in one format) gets one fate:

``RENDER``   render it now: new, or something it is made from changed (a PDF
             whose page comes out as the page it was laid out from is kept:
             only its record is new, see :func:`same_page`); or (``--only pdf``, a
             draft or a release) the HTML page beside PDFs this build makes, where the
             folder holds none that shows what they show (other words, changed or
             deleted by hand, never made): made again, not removed or withdrawn, as the
             index and the switchers link a PDF only beside its page (:func:`_with_its_page`);
``CURRENT``  up to date: the folder holds it, made from exactly these inputs;
``KEEP``     leave it as it is: its leaflet or locale was not selected, (a release)
             its source cannot be read, or (a release) the pair is refused now but
             the page translates the English that is still published (while the
             clinical review of the English now is stale or not recorded: the
             page shows the English the clinician reviewed, see ReviewedEnglish);
``WITHDRAW`` (a release) take it from patients: its English changed since it was
             translated, it gives the page text and disclaimer as they were before the
             templates changed (a translation, also of a leaflet a release cannot make
             again), its source or locale was removed, the emergency number
             or language-help line it shows is no longer its readers', nothing
             says what it was made from, or withdrawals.toml withdraws it and no
             review or lift has ended that (``leaflets withdraw``:
             :func:`_withdrawn_on_purpose`). It moves to ``archive/<locale>/<id>/<version>/``;
             nothing is deleted. A page a release renders where the folder holds a
             file no record vouches for (no manifest describes it, or it was changed
             outside leaflets) withdraws that file the same way first (``Fate.replaces``),
             unless the page comes out as that very file (pipeline.build.render); and
             one that replaces the published page its record describes with a page of
             other words archives that page (SUPERSEDED), not withdrawn: patients were
             shown it, and the archive is the record of what was published;
``REMOVE``   (a draft) take it out of the folder: its pair failed (a catalog or its
             English source that cannot be read, a render that failed) and the page
             no longer shows what it is made from; or nothing vouches for it and this build does not make
             it again: changed outside leaflets, of a language no longer configured,
             or named by no record at all (:func:`_unrecorded_draft_pages`); or a PDF
             (the usual one beside a build ``--only html``, a variant) this build did
             not make that shows other words than the pages of its pair it made
             (:func:`_not_asked_for`, the rule by which a release withdraws it). Left in
             place it would look current: a translator who opens it would take an old
             text for their own. A recorded page of a pair not selected is kept;
``FORGET``   (a draft) stop linking it; the file stays until it is built again (a
             removed leaflet or locale's page), or is gone already.

Then every switcher and the index link exactly the pages that exist after the
build, which is why links are decided before anything is rendered.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property

from pipeline import variants
from pipeline.files import TEMPORARY_SUFFIX
from pipeline.manifest import (
    ENGLISH_SHOWN,
    INDEX_NAME,
    LAID_OUT,
    MANIFEST_NAME,
    NOT_REVIEWED,
    READY,
    REVIEWED,
    TEMPLATE_MESSAGES,
    TRANSLATION_SHOWN,
    Assessment,
    Manifest,
    OutputFile,
    Pair,
)
from pipeline.withdrawals import TextNow, Withdrawal, holding

RENDER, CURRENT, KEEP, WITHDRAW, REMOVE, FORGET = "render", "current", "keep", "withdraw", "remove", "forget"
HTML, PDF = "html", "pdf"
FORMATS = (HTML, PDF, *variants.FORMATS)
ARCHIVE = "archive"

ENGLISH_CHANGED = "its English source changed since it was translated"
ENGLISH_PAGE_CHANGED = "its English source changed since the page was made"  # the source language's own page
PAGE_TEXT_CHANGED = "the English of its page text or medical disclaimer (templates/) changed since it was translated"
CATALOG_UNREADABLE = "its catalog cannot be read"
SOURCE_UNREADABLE = "its English source cannot be read"
NOT_CLINICALLY_REVIEWED = "it was not made from the English its clinical review covers"
UNRECORDED = "nothing records which English it was made from"
CHANGED_OUTSIDE = "it was changed or removed outside leaflets"
# (a draft) a page file in build/ that no record names and this build does not make
NOT_RECORDED = "no record says what it was made from"
# (a draft) a PDF (the usual one beside a build --only html, --large-print, --bilingual) showing other
# words than the pages of its pair a build made beside it, which did not make it (_not_asked_for)
PDF_NOT_MADE = "it shows the text as it was before the pages built now, and this build did not make it"
# Why a build --only pdf also made the HTML page of a pair whose PDF it made (Fate.made_beside): the page
# the folder held showed other words than the PDF, was changed or deleted by hand, or there was none
OLDER_TEXT, CHANGED_BY_HAND, DELETED_BY_HAND, NO_PAGE = "older text", "changed by hand", "deleted by hand", "no page"
# (a release) the page published at a path a page rendered now replaces, known once it is
# rendered to differ from it: archived, as what patients were shown, not withdrawn (Fate.replaces)
SUPERSEDED = "a page of other content replaced it"

# A PDF's inputs that reach it only through the page WeasyPrint lays out (the text on it).
# When nothing else changed (templates, settings, fonts, code, libraries), the same page
# laid out again makes the same file.
THROUGH_THE_PAGE = frozenset({"source", ENGLISH_SHOWN, "catalog", "common", "glossary"})


@dataclass(frozen=True)
class Scope:
    """What this build was asked to do."""

    release: bool
    formats: tuple[str, ...]
    source_locale: str
    locales: tuple[str, ...]  # configured, the source language first
    leaflets: frozenset[str]  # selected with --leaflet; empty: all
    selected_locales: frozenset[str]  # selected with --locale; empty: all
    force: bool = False
    # (locale, format): a PDF a locale always gets whenever its PDFs are built ([locales.X] large_print)
    presets: frozenset[tuple[str, str]] = frozenset()
    # Locales whose translations a release publishes only reviewed ([locales.X] sign_off = "required").
    sign_off_required: frozenset[str] = frozenset()
    # (a release) leaflets whose English may replace one with a later clinical review (--roll-back),
    # and why, as the manifest records it (pipeline/review_order.py)
    roll_back: frozenset[str] = frozenset()
    roll_back_reason: str = ""

    def formats_for(self, locale: str) -> tuple[str, ...]:
        """The formats of a locale's pages: those asked for, and its presets when a PDF is asked for."""
        preset = {fmt for code, fmt in self.presets if code == locale} if PDF in self.formats else set()
        return tuple(fmt for fmt in FORMATS if fmt in self.formats or fmt in preset)

    def makes_pdf(self, locale: str) -> bool:
        """The locale's pages include a PDF of some layout (the usual one or a variant)."""
        return any(
            fmt != HTML and variants.applies_to_format(fmt, locale, self.source_locale)
            for fmt in self.formats_for(locale)
        )

    def selects_leaflet(self, leaflet: str) -> bool:
        return not self.leaflets or leaflet in self.leaflets

    def selects_locale(self, locale: str) -> bool:
        # A release always brings the English page up to date: every translation is judged against it.
        return (
            not self.selected_locales
            or locale in self.selected_locales
            or (self.release and locale == self.source_locale)
        )


def showing_old_page_text(
    scope: Scope, previous: Manifest, template_messages: str, leaflets: Iterable[str]
) -> tuple[str, ...]:
    """(a release) The leaflets of ``leaflets`` that ``--leaflet`` did not select and whose pages the
    folder holds show the English page text and medical disclaimer (TEMPLATE_MESSAGES) as they were
    before the templates changed: kept as published, they would give a superseded disclaimer, so the
    release selects them too (pipeline.build). A page whose record does not say is not judged."""
    if not scope.release or not scope.leaflets or not template_messages:
        return ()
    present = set(leaflets)
    return tuple(
        sorted(
            {
                leaflet
                for (_, leaflet), record in previous.pairs.items()
                if leaflet in present
                and not scope.selects_leaflet(leaflet)
                and any(
                    f.inputs.get(TEMPLATE_MESSAGES, template_messages) != template_messages
                    for f in record.files.values()
                )
            }
        )
    )


@dataclass(frozen=True)
class Fate:
    pair: Pair
    format: str
    action: str
    record: OutputFile | None = None  # what the folder holds for it now
    why: str = ""  # RENDER: what changed; WITHDRAW, REMOVE, FORGET: the reason
    archive: str = ""  # WITHDRAW, or RENDER that replaces: where the file the folder holds goes, relative to it
    same_page: str = ""  # RENDER of a PDF: the page (LAID_OUT) whose PDF the folder holds; see same_page()
    # RENDER of the HTML page a build was not asked for (--only pdf), made beside the PDFs of its pair it
    # makes, which only the page and the index link (:func:`_with_its_page`): what was wrong with the page
    # the folder held (OLDER_TEXT, CHANGED_BY_HAND, DELETED_BY_HAND), or NO_PAGE
    made_beside: str = ""
    # RENDER (a release): why the file the folder holds at its path, which no record vouches for,
    # goes to the archive before the page rendered now takes its place; "" when none does, or
    # (known once it is rendered) the page came out byte for byte as that file
    replaces: str = ""

    @property
    def path(self) -> str:
        return page_path(self.pair, self.format)

    @property
    def has_page(self) -> bool:
        """The folder holds this page after the build (switchers and the index may link it)."""
        return self.action in (RENDER, CURRENT, KEEP)

    @property
    def archived_because(self) -> str:
        """Why the file the folder holds at its path goes to the archive: it is withdrawn, or a page
        rendered now replaces a file no record vouches for; "" when it does not."""
        if self.action == WITHDRAW:
            return self.why
        return self.replaces if self.action == RENDER else ""


@dataclass(frozen=True)
class Plan:
    fates: tuple[Fate, ...]
    links: dict[str, tuple[str, ...]]  # leaflet id -> locales with a page, in configured order
    carry: tuple[str, ...] = ()  # files a release keeps that are not pages (archive/, robots.txt)

    def to_render(self) -> dict[Pair, tuple[Fate, ...]]:
        pairs: dict[Pair, list[Fate]] = {}
        for fate in self.fates:
            if fate.action == RENDER:
                pairs.setdefault(fate.pair, []).append(fate)
        return {pair: tuple(fates) for pair, fates in pairs.items()}


def refusal(scope: Scope, pair: Pair, assessment: Assessment) -> tuple[str, ...]:
    """Why a pair may not be rendered (a draft: only a catalog that cannot be read)
    or released (anything the gate says, and characters the fonts of any of its
    PDFs lack: the usual layout, large print or bilingual)."""
    if assessment.verdict != READY:
        return assessment.reasons
    if not (scope.release and scope.makes_pdf(pair[0])):
        return ()
    # Characters no font covers are named where they are written, as a draft names them.
    return tuple(f"{where}: {pair[0]} PDF: {gap}" if where else gap for where, gap in assessment.font_gaps_where(""))


def page_path(pair: Pair, fmt: str) -> str:
    locale, leaflet = pair
    return f"{locale}/{leaflet}.{fmt}"


# What a page is made from, given the links it will carry (see build.file_inputs).
InputsFor = Callable[[Pair, str, tuple[str, ...]], dict[str, str]]


@dataclass(frozen=True)
class ReviewedEnglish:
    """The version of a leaflet's English its clinical review covers, found in git
    (pipeline/review_history.py), as a page's record names what it was made from."""

    source: str = ""  # the digest of that version's file ("": not known)
    shown: str = ""  # the digest of the English its pages show (ENGLISH_SHOWN; "": not known)

    def made(self, record: OutputFile) -> bool:
        """Whether ``record``'s page shows (or translates) the English reviewed: made from that very
        file, or from another whose pages show the same English (the reviewed one with only a note to
        translators or a comment edited since). A record that does not say what it shows, or no
        shown digest known of the version reviewed: only the very file, on the safe side."""
        if self.source and record.source == self.source:
            return True
        said = record.inputs.get(ENGLISH_SHOWN)
        return bool(said and self.shown) and said == self.shown


@dataclass(frozen=True)
class Facts:
    """What the build read: its inputs and what the folder holds."""

    sources: Mapping[str, str]  # leaflet id -> digest of its source file (readable or not)
    broken_sources: Mapping[str, str]  # leaflet id -> why it cannot be read
    assessments: Mapping[Pair, Assessment]  # every selected pair with a readable source
    previous: Manifest  # what the folder's manifest says it holds
    held: frozenset[str]  # recorded paths whose bytes are what their record says
    listing: frozenset[str]  # every file the folder holds
    locale_settings: Mapping[str, str] = field(default_factory=dict)  # locale -> digest of its settings now
    regions: Mapping[str, str] = field(default_factory=dict)  # locale -> what its pages say of its region now
    # digest of the English the templates give every page now ("": not known)
    template_messages: str = ""
    # leaflet id -> the digest of the English its pages show now (ENGLISH_SHOWN), for each leaflet assessed
    english_shown: Mapping[str, str] = field(default_factory=dict)
    # (a release) leaflet id -> its English as the clinician reviewed it, for each leaflet whose
    # clinical review does not cover its English now
    unreviewed: Mapping[str, ReviewedEnglish] = field(default_factory=dict)
    # (a release) leaflet id -> why its English may not replace the English dist/ publishes, whose
    # clinical review is later (pipeline/review_order.py): every page of it is kept as published
    older_review: Mapping[str, str] = field(default_factory=dict)
    # (a release) pair -> why its translation may not replace the one dist/ publishes, whose translation
    # review is later (pipeline/review_order.py): its pages are kept as published while they are true
    older_translation: Mapping[Pair, str] = field(default_factory=dict)
    # (a release) leaflet id -> the rollback made on purpose (--roll-back), as the pages it replaces record it
    rolled_back: Mapping[str, str] = field(default_factory=dict)
    # (a release) the pages taken from patients on purpose (withdrawals.toml, pipeline/withdrawals.py)
    withdrawals: tuple[Withdrawal, ...] = ()
    # (a release) what a page made now of each assessed pair a withdrawal is of would show, and the
    # reviews of that text (pipeline/withdrawals.py judges whether one ended the withdrawal)
    texts_now: Mapping[Pair, TextNow] = field(default_factory=dict)

    @cached_property
    def pages_held(self) -> Mapping[Pair, Mapping[str, str]]:
        """Every page file the folder holds, recorded or not: pair -> its path -> its format."""
        held: dict[Pair, dict[str, str]] = {}
        for path in sorted(self.listing):
            page = _page(path)
            if page:
                held.setdefault(page[0], {})[path] = page[1]
        return held


def decide(scope: Scope, facts: Facts, inputs_for: InputsFor) -> Plan:
    leaflets = sorted(set(facts.sources) | {leaflet for _, leaflet in facts.previous.pairs})
    fates = [
        fate
        for leaflet in leaflets
        for locale in _locales(scope, facts.previous, leaflet)
        for fate in _fates(scope, facts, (locale, leaflet))
    ]
    carry: tuple[str, ...] = ()
    if scope.release:
        fates = [_withdrawn_on_purpose(scope, facts, fate) for fate in fates]
        fates = [_replacing(facts, fate) for fate in fates] + _unrecorded_pages(facts, fates)
        carry = _not_pages(facts)
    else:
        fates += _unrecorded_draft_pages(scope, facts, fates)
    fates = _archive_paths(fates, facts.listing)
    links = links_of(scope, fates)
    return Plan(tuple(_render_or_current(scope, fate, links, inputs_for) for fate in fates), links, carry)


def links_of(scope: Scope, fates: Iterable[Fate]) -> dict[str, tuple[str, ...]]:
    has_page = {fate.pair for fate in fates if fate.format == HTML and fate.has_page}
    leaflets = sorted({leaflet for _, leaflet in has_page})
    return {leaflet: tuple(loc for loc in scope.locales if (loc, leaflet) in has_page) for leaflet in leaflets}


def after_failures(scope: Scope, facts: Facts, plan: Plan, failed: Mapping[Pair, str], inputs_for: InputsFor) -> Plan:
    """The plan once some pairs could not be rendered: a release falls back to the page
    the folder held, if that is still true; a draft keeps only the pages of the pair that
    show what they are made from now and removes the others. Pages whose switchers
    change because of it are rendered again."""
    if scope.release:
        fates = [
            _fallback(scope, facts, fate, failed[fate.pair]) if fate.action == RENDER and fate.pair in failed else fate
            for fate in plan.fates
        ]
    else:
        fates = [
            _true_or_removed(facts, fate, failed[fate.pair], inputs_for) if fate.pair in failed else fate
            for fate in plan.fates
        ]
        fates += [stray for pair in sorted(failed) for stray in _strays(facts, pair, fates, failed[pair])]
    fates = _archive_paths(fates, facts.listing)  # every withdrawal placed again, with the new ones
    links = links_of(scope, fates)
    again = [
        replace(fate, action=RENDER, why="the pages it links changed", same_page="")
        if fate.action in (RENDER, CURRENT)
        and fate.pair not in failed
        and links.get(fate.pair[1]) != plan.links.get(fate.pair[1])
        else fate
        for fate in fates
    ]
    return Plan(tuple(again), links, plan.carry)


# -- the rules -------------------------------------------------------------------


def _locales(scope: Scope, previous: Manifest, leaflet: str) -> list[str]:
    recorded = sorted({loc for loc, lid in previous.pairs if lid == leaflet} - set(scope.locales))
    return [*scope.locales, *recorded]


def _fates(scope: Scope, facts: Facts, pair: Pair) -> list[Fate]:
    locale, leaflet = pair
    record = facts.previous.pairs.get(pair)
    recorded = list(record.files.values()) if record else []
    english = facts.sources.get(leaflet)

    def gone(reason: str) -> list[Fate]:
        return [_taken_away(scope, facts, Fate(pair, f.format, WITHDRAW, f), reason) for f in recorded]

    def kept(f: OutputFile) -> Fate:
        return _kept(scope, facts, Fate(pair, f.format, KEEP, f))

    def kept_while_true(files: list[OutputFile], but: str = "", beside: Mapping[str, str] | None = None) -> list[Fate]:
        """A release keeps a page only while it translates the English being published, and (kept
        ``beside`` pages rendered now from those inputs) shows the text they show."""
        untrue = {
            f.path: (_english_since(scope, facts, pair, f, english) or _text_since(f, beside)) if scope.release else ""
            for f in files
        }
        return [
            _taken_away(scope, facts, Fate(pair, f.format, WITHDRAW, f), untrue[f.path] + but)
            if untrue[f.path]
            else kept(f)
            for f in files
        ]

    if locale not in scope.locales:
        return gone(not_configured(locale))
    if english is None:
        return gone(f"source/{leaflet}.md was removed")

    def kept_but_for_page_text(f: OutputFile) -> Fate:
        """A release keeps no translation giving the page text and disclaimer as they were before
        the templates changed, though its leaflet cannot be made again now (its source cannot be
        read, its English is not released). The English page stays as the clinician reviewed it:
        its disclaimer is the English one, reviewed in its day, and the leaflet is not taken from
        patients for it (docs/reviewer.md)."""
        if scope.release and _page_text_changed(scope, facts, pair, f):
            return _taken_away(scope, facts, Fate(pair, f.format, WITHDRAW, f), PAGE_TEXT_CHANGED)
        return kept(f)

    if leaflet in facts.broken_sources and not scope.release and scope.selects_locale(locale):
        # A draft: every page of it shows the English as it was before its source broke (a writer's
        # edit is not on it), as a broken catalog's pages show the catalog before its error.
        removed = [_removal(facts, Fate(pair, f.format, REMOVE, f), SOURCE_UNREADABLE) for f in recorded]
        return removed + _strays(facts, pair, removed, SOURCE_UNREADABLE)
    if leaflet in facts.broken_sources or not scope.selects_leaflet(leaflet) or leaflet in facts.older_review:
        # As a whole, as last built, its English page too: they agree with each other, as the
        # last release of it published them (a release of other leaflets publishes none of its new
        # English, nor a release whose English has an older clinical review than theirs).
        return [kept_but_for_page_text(f) for f in recorded]
    if scope.release and leaflet in facts.unreviewed:  # every page refused: only the English reviewed stays
        reviewed = facts.unreviewed[leaflet]
        return [
            _taken_away(scope, facts, Fate(pair, f.format, WITHDRAW, f), NOT_CLINICALLY_REVIEWED)
            if not reviewed.made(f)
            else kept_but_for_page_text(f)
            for f in recorded
        ]
    if not scope.selects_locale(locale):
        return kept_while_true(recorded)
    if refusal(scope, pair, facts.assessments[pair]) or pair in facts.older_translation:
        if scope.release:
            return kept_while_true(recorded, ", and the new translation may not be released")
        # A draft: every page of it shows the catalog as it was before it broke.
        removed = [_removal(facts, Fate(pair, f.format, REMOVE, f), CATALOG_UNREADABLE) for f in recorded]
        return removed + _strays(facts, pair, removed, CATALOG_UNREADABLE)
    formats = scope.formats_for(locale)
    rendered = [
        _to_render(facts, pair, fmt, record.files.get(fmt) if record else None)
        for fmt in formats
        if variants.applies_to_format(fmt, locale, scope.source_locale)
    ]
    others = [f for f in recorded if f.format not in formats]
    now = _words_of(facts.assessments[pair])
    if not scope.release:
        beside = [_not_asked_for(scope, facts, pair, f, english, now) for f in others]
    else:
        beside = kept_while_true(others, f"; only {'/'.join(formats)} was rebuilt", beside=now)
    # the page first, as a build of every format lists them, whichever it was asked for
    return sorted(rendered + _with_its_page(facts, pair, rendered, beside), key=lambda fate: fate.format != HTML)


def _with_its_page(facts: Facts, pair: Pair, rendered: list[Fate], beside: list[Fate]) -> list[Fate]:
    """The pages of a pair a build was not asked for (``beside``) once it makes PDFs of it (``rendered``):
    with its HTML page made too where the folder would otherwise not hold a true one beside them (it
    showed other words, was changed or deleted by hand, or was never made). The index and the language
    switchers link a PDF only beside its page: a PDF published alone (a release ``--only pdf`` withdrew
    the page of the older text) was reached from nothing, and a draft's was left unlinked beside a page
    removed as changed outside leaflets. The page passes the gate the PDF passed, is made from the same
    inputs, and is quick to make beside a PDF, which is laid out from it anyway."""
    if not rendered or any(fate.format == HTML for fate in rendered):
        return beside
    page = next((fate for fate in beside if fate.format == HTML), None)
    if page is None:
        return [*beside, replace(_to_render(facts, pair, HTML, None), made_beside=NO_PAGE)]
    if page.action in (KEEP, CURRENT) or page.action == RENDER:
        return beside
    record = page.record
    assert record is not None  # a page beside rendered ones is a recorded one (others)
    if record.path not in facts.listing:
        why = DELETED_BY_HAND
    elif record.path not in facts.held:
        why = CHANGED_BY_HAND
    else:
        why = OLDER_TEXT  # (a release) withdrawn for showing other words than the PDF made now
    made = replace(_to_render(facts, pair, HTML, record), made_beside=why)
    return [made if fate is page else fate for fate in beside]


def _not_asked_for(
    scope: Scope, facts: Facts, pair: Pair, record: OutputFile, english: str | None, beside: Mapping[str, str]
) -> Fate:
    """(a draft) A page of a format this build was not asked for, beside pages of its pair it makes:
    kept, as a release keeps it, only while it shows what they show (the same English, page text,
    translations, and emergency number). Otherwise a PDF (the usual one beside a build ``--only html``
    or ``leaflets serve``; ``--large-print``, ``--bilingual`` without their flags) is removed
    (PDF_NOT_MADE), as a release withdraws it, not left giving a reviewer the old text (and linked from
    the index) beside a corrected page. The HTML page beside a build ``--only pdf`` is made again
    instead (why: what changed, as for any page rendered): the language switchers and the index link
    pages, and a leaflet without one would vanish from both; the page is quick to make beside a PDF,
    which is laid out from it anyway (:func:`made_again_beside`)."""
    fate = _kept(scope, facts, Fate(pair, record.format, KEEP, record))
    if fate.action != KEEP or not _other_words(scope, facts, pair, record, english, beside):
        return fate
    if record.format == HTML:
        return replace(fate, action=RENDER, made_beside=OLDER_TEXT)
    return _removal(facts, fate, PDF_NOT_MADE)


def _other_words(
    scope: Scope, facts: Facts, pair: Pair, record: OutputFile, english: str | None, beside: Mapping[str, str]
) -> str:
    """Why a page no longer shows what pages of its pair made now from ``beside`` show (another
    English, page text, translation or emergency number); "" while it does."""
    return (
        _english_since(scope, facts, pair, record, english)
        or _text_since(record, beside)
        or _region_changed(facts, pair[0], record)
    )


def made_again_beside(scope: Scope, plan: Plan) -> list[tuple[Fate, tuple[str, ...]]]:
    """The pages a build made though not asked for (the HTML page a build ``--only pdf`` made beside
    the PDFs of its pair: :func:`_not_asked_for`, :func:`_with_its_page`), each with the pages of its
    pair the build was asked for (``ko_KR/ivig-ten.pdf``)."""
    return [
        (
            fate,
            tuple(
                other.path
                for other in plan.fates
                if other.pair == fate.pair
                and other.action in (RENDER, CURRENT)
                and other.format in scope.formats_for(fate.pair[0])
            ),
        )
        for fate in plan.fates
        if fate.action == RENDER and fate.made_beside
    ]


def _english_since(scope: Scope, facts: Facts, pair: Pair, record: OutputFile, english: str | None) -> str:
    """Why a published page no longer translates the English published now; "" while it does.
    A translated page shows the templates' English (its page text, the medical disclaimer) in its
    language too: once that English changed, a page kept as it was would give an old disclaimer.
    A page whose record does not say (made by an earlier leaflets) is judged by its source alone."""
    if _english_changed(facts, pair, record, english):
        return ENGLISH_PAGE_CHANGED if pair[0] == scope.source_locale else ENGLISH_CHANGED
    if pair[0] != scope.source_locale and _page_text_changed(scope, facts, pair, record):
        return PAGE_TEXT_CHANGED
    return ""


def _english_changed(facts: Facts, pair: Pair, record: OutputFile, english: str | None) -> bool:
    """Whether the English of its leaflet that a page shows changed since ``record`` was made: by
    what it shows (ENGLISH_SHOWN) when its record and the English now both say, so a note to
    translators edited alone withdraws nothing; by the whole source file when either does not (a
    page an earlier leaflets made), on the safe side."""
    if record.source == english:
        return False
    said, now = record.inputs.get(ENGLISH_SHOWN), facts.english_shown.get(pair[1])
    return not (said and now) or said != now


def _page_text_changed(scope: Scope, facts: Facts, pair: Pair, record: OutputFile) -> bool:
    """Whether the English the templates give a translated page (its page text, the medical
    disclaimer) changed since ``record`` was made (False when its record does not say)."""
    said = record.inputs.get(TEMPLATE_MESSAGES)
    return pair[0] != scope.source_locale and bool(said and facts.template_messages) and said != facts.template_messages


# What a page's words are made from besides its English source: a page kept beside pages rendered
# now must have been made from the same, or one pair's files give two texts (a corrected dose on the
# page, the superseded one in its PDFs).
_TEXT_INPUTS = ("catalog", "common", "glossary", TEMPLATE_MESSAGES)
# Of those, the files whose words reach a page only as its catalogs' translations (the glossary
# through the checks, which may hold one back): TRANSLATION_SHOWN says what they gave it.
_CATALOG_FILES = frozenset({"catalog", "common", "glossary"})


def _words_of(assessment: Assessment) -> dict[str, str]:
    """What the pages of a pair rendered now are made from, with what its catalogs give them."""
    if not assessment.translation_shown:
        return assessment.inputs
    return {**assessment.inputs, TRANSLATION_SHOWN: assessment.translation_shown}


def _text_since(record: OutputFile, beside: Mapping[str, str] | None) -> str:
    """Why a page kept beside pages rendered now from ``beside`` shows other words than they do; ""
    when it shows the same (or its record does not say). Its catalogs are judged by what they give
    the page (TRANSLATION_SHOWN) when its record and the pages now both say, so a translator's
    comment or a catalog wrapped again withdraws nothing; by their bytes when either does not (a
    page an earlier leaflets made), on the safe side."""
    if beside is None:
        return ""
    changed = [name for name in _TEXT_INPUTS if name in record.inputs and record.inputs[name] != beside.get(name)]
    said, now = record.inputs.get(TRANSLATION_SHOWN), beside.get(TRANSLATION_SHOWN)
    if said and now:
        files = [name for name in changed if name in _CATALOG_FILES]
        changed = [name for name in changed if name not in _CATALOG_FILES]
        if said != now:  # named by the files that changed (it sums them up)
            changed = (files or [TRANSLATION_SHOWN]) + changed
    if not changed:
        return ""
    what = {
        "catalog": "its catalog",
        "common": "the common catalog",
        "glossary": "the glossary",
        TRANSLATION_SHOWN: "the translations its catalogs give it",
    }
    named = [what.get(name, "the English of its page text or medical disclaimer (templates/)") for name in changed]
    return f"it shows the text as it was before the pages released now ({', '.join(named)} changed since it was made)"


def _to_render(facts: Facts, pair: Pair, fmt: str, record: OutputFile | None) -> Fate:
    if record is not None and record.path not in facts.held:
        return Fate(pair, fmt, RENDER, record, "the file in the folder was changed or removed")
    return Fate(pair, fmt, RENDER, record)


def _kept(scope: Scope, facts: Facts, fate: Fate) -> Fate:
    """A page kept must be the very file its record describes; and a release keeps a
    translation only while its language's sign_off would let it out as it was released."""
    if fate.record is None:
        return fate
    if fate.record.path not in facts.held:
        return _taken_away(scope, facts, fate, CHANGED_OUTSIDE)
    if not scope.release:
        return fate
    untrue = _not_signed_off(scope, facts, fate.pair[0], fate.record) or _region_changed(
        facts, fate.pair[0], fate.record
    )
    return _taken_away(scope, facts, fate, untrue) if untrue else fate


def _region_changed(facts: Facts, locale: str, record: OutputFile) -> str:
    """Why a published page no longer tells its readers the truth about where they are; "" while
    it does. A page names its readers' emergency number (and region) and language-help line as
    leaflets.toml gave them when it was made: once the locale's region, or that region's values,
    changed, a page kept as it was would tell readers in Korea to call 911. A page whose manifest
    does not say (made by an earlier leaflets) is judged by its locale's settings, which hold them."""
    now = facts.regions.get(locale)
    said = record.inputs.get("region")
    if now is None or said == now:
        return ""
    if said is None:
        if record.locale_settings == facts.locale_settings.get(locale):
            return ""
        # Its region may well be its readers' still: say what is known, not that the region changed.
        return (
            f"its record (made by an earlier leaflets) does not say which emergency number and language-help "
            f"line it shows, and {locale}'s settings in leaflets.toml changed since it was made"
        )
    return (
        f"the emergency number or language-help line it shows is no longer that of {locale}'s readers "
        f"(its region, or the region's values, changed in leaflets.toml since it was made)"
    )


def _not_signed_off(scope: Scope, facts: Facts, locale: str, record: OutputFile) -> str:
    """Why a published translation may no longer be kept under its language's sign_off; "" while
    it may: sign-off is optional, or the page was released reviewed (the review covered the very
    text it shows, which does not change while it is kept). A page whose manifest does not say
    (written by a release before the manifest recorded reviews) was released under the sign_off
    of its locale's settings then: while those are the settings now, it passed the gate it would
    pass now; once they changed, nothing says it was reviewed, and it is not kept."""
    if locale not in scope.sign_off_required or record.review == REVIEWED:
        return ""
    if record.review == NOT_REVIEWED:
        return f'it was released without a translation review (sign_off was "optional") and {locale} now requires one'
    if record.review or record.locale_settings == facts.locale_settings.get(locale):
        return ""  # the English (SOURCE_LANGUAGE), or released under the sign_off required now
    return (
        f"dist/manifest.json does not record whether it was reviewed (released by an earlier leaflets, "
        f"under other settings of {locale}) and {locale} requires a translation review"
    )


def not_configured(locale: str) -> str:
    """Why the pages of ``locale`` are taken away: leaflets.toml no longer declares it."""
    return f"{locale} is no longer a configured locale"


def _taken_away(scope: Scope, facts: Facts, fate: Fate, reason: str) -> Fate:
    """Withdrawn to the archive (a release), or only no longer linked (a draft, or nothing left to move).
    A draft removes a page no record vouches for (changed outside leaflets) and a page of a language no
    longer configured (a draft of another branch's language): build/ is the draft's own, and a page left
    there unlinked looked built, and was the page a reader found while its English page said it was no
    longer built (MkDocs cleans its site folder of pages it no longer builds, too)."""
    if scope.release and fate.path in facts.listing:
        return replace(fate, action=WITHDRAW, why=reason)
    if fate.path in facts.listing and (reason == CHANGED_OUTSIDE or fate.pair[0] not in scope.locales):
        return _removal(facts, fate, reason)
    return replace(fate, action=FORGET, why=reason)


def _unrecorded_draft_pages(scope: Scope, facts: Facts, fates: Iterable[Fate]) -> list[Fate]:
    """A draft's page files in build/ that no fate accounts for: no record names them, and this build
    does not make them (a pair or format it did not select, a leaflet no longer in source/). Nothing
    says what they show: a killed build's page, one copied in, one built on another branch (whose
    manifest recorded it); left in place, unlinked, it looks built, and `serve` serves it. Removed, as
    a recorded page changed outside leaflets is (:func:`_taken_away`); a recorded page of a pair not
    selected has a fate (kept) and stays: selecting some pairs never deletes the drafts of others."""
    covered = {fate.path for fate in fates}
    return [
        Fate(pair, fmt, REMOVE, None, not_configured(pair[0]) if pair[0] not in scope.locales else NOT_RECORDED)
        for pair, held in sorted(facts.pages_held.items())
        for path, fmt in held.items()
        if path not in covered
    ]


def _fallback(scope: Scope, facts: Facts, fate: Fate, error: str) -> Fate:
    """A release's page that could not be rendered: the page it published while that
    still translates the English published now."""
    record = fate.record
    if record is not None and not _english_since(scope, facts, fate.pair, record, facts.sources.get(fate.pair[1])):
        kept = _kept(scope, facts, replace(fate, action=KEEP, why=error))
        if kept.action == KEEP:
            return kept
    return _taken_away(scope, facts, fate, f"it could not be rebuilt ({error})")


def _true_or_removed(facts: Facts, fate: Fate, error: str, inputs_for: InputsFor) -> Fate:
    """A draft's page of a pair that could not be rendered, whatever its format: it stays while
    it is the file its record describes, made from exactly the inputs it would be made from now
    (but for the pages its switcher links, which are the other pages' to change: a --force
    render, a page whose links changed); any other is removed."""
    if fate.why == PDF_NOT_MADE:  # judged beside pages that were not made after all: it goes for their failure
        return replace(fate, why=error)
    if not fate.has_page:
        return fate
    record = fate.record
    if record is not None and record.path in facts.held:
        links = tuple(record.inputs.get("links", "").split())
        if not changed_inputs(record, inputs_for(fate.pair, fate.format, links)):
            return replace(fate, action=KEEP, why=error) if fate.action == RENDER else fate
    return _removal(facts, fate, error)


def _removal(facts: Facts, fate: Fate, reason: str) -> Fate:
    """Removed from a draft folder, or only no longer recorded when the folder does not hold it."""
    return replace(fate, action=REMOVE if fate.path in facts.listing else FORGET, why=reason, same_page="")


def _strays(facts: Facts, pair: Pair, fates: Iterable[Fate], reason: str) -> list[Fate]:
    """The page files of a failed draft pair that no record vouches for (an earlier leaflets left a
    failed pair's pages in place, unrecorded): nothing says what they show, so they go with it."""
    covered = {fate.path for fate in fates if fate.pair == pair}
    held = facts.pages_held.get(pair, {})
    return [Fate(pair, fmt, REMOVE, None, reason) for path, fmt in held.items() if path not in covered]


def _withdrawn_on_purpose(scope: Scope, facts: Facts, fate: Fate) -> Fate:
    """A release's page of a pair withdrawn on purpose (withdrawals.toml) is taken from patients,
    whatever else would keep it (a refused correction keeps the published page, by design, and so
    would keep the wrong one), until a decision ends the withdrawal: a review dated on or after it of
    the text the page shows, or a lift (pipeline/withdrawals.py). One rendered now is not made."""
    if fate.action in (KEEP, CURRENT) and fate.record is not None:
        page: Mapping[str, str] | None = fate.record.inputs
    elif fate.action == RENDER and fate.pair in facts.assessments:
        page = None  # the page made now: what facts.texts_now says it shows
    else:
        return fate
    decided = holding(facts.withdrawals, *fate.pair, page, facts.texts_now.get(fate.pair), scope.source_locale)
    if decided is None:
        return fate
    return replace(_taken_away(scope, facts, fate, decided.withdrawal.describe()), replaces="", same_page="")


def _replacing(facts: Facts, fate: Fate) -> Fate:
    """A release's page rendered where the folder holds a file: that file is what patients were
    shown, and it goes to the archive before the new page takes its place. One no record vouches
    for (no manifest describes it: moved away, deleted; or changed outside leaflets) is withdrawn;
    the published page its record describes is SUPERSEDED, unless the page comes out as it (the
    render stage knows: pipeline.build.render)."""
    if fate.action != RENDER or fate.path not in facts.listing:
        return fate
    if fate.record is None:
        return replace(fate, replaces=UNRECORDED)
    return replace(fate, replaces=CHANGED_OUTSIDE if fate.record.path not in facts.held else SUPERSEDED)


def _unrecorded_pages(facts: Facts, fates: list[Fate]) -> list[Fate]:
    """Pages in dist/ that no manifest describes (made before dist/manifest.json
    existed, or copied in by hand): nothing says which English they translate."""
    recorded = set(facts.previous.files())
    rendered = {fate.path for fate in fates if fate.action == RENDER}
    unknown = []
    for path in sorted(facts.listing - recorded - rendered):
        page = _page(path)
        if page:
            unknown.append(Fate(page[0], page[1], WITHDRAW, None, UNRECORDED))
    return unknown


def _not_pages(facts: Facts) -> tuple[str, ...]:
    """What a release carries over as it is: the archive, and files leaflets does not
    make (robots.txt, the web server's .htaccess); not the index and manifest (made anew)
    nor the temporary files a killed write left (``.<name>.<random>.tmp``)."""
    return tuple(
        sorted(
            path
            for path in facts.listing
            if not _page(path) and path not in (INDEX_NAME, MANIFEST_NAME) and not _temporary(path.rpartition("/")[2])
        )
    )


def _temporary(name: str) -> bool:
    return name.startswith(".") and name.endswith(TEMPORARY_SUFFIX)


def _page(path: str) -> tuple[Pair, str] | None:
    """``ko_KR/ivig-ten.pdf`` -> ((ko_KR, ivig-ten), pdf); None for anything else."""
    parts = path.split("/")
    if len(parts) != 2 or parts[0] == ARCHIVE:
        return None
    name = parts[1]
    for fmt in sorted(FORMATS, key=len, reverse=True):  # ivig-ten.bilingual.pdf before ivig-ten.pdf
        if name.endswith(f".{fmt}") and len(name) > len(fmt) + 1:
            return (parts[0], name[: -len(fmt) - 1]), fmt
    return None


def withdrawals(fates: Iterable[Fate]) -> dict[tuple[Pair, str | None, str | None], list[Fate]]:
    """The withdrawals of a plan: a pair's pages withdrawn (or replaced, unaccounted for) by one
    build and made from one English (its version and digest), each kept together in one archive folder."""
    return {key[:3]: group for key, group in _archived(fates).items() if not key[3]}


def replacements(fates: Iterable[Fate]) -> dict[tuple[Pair, str | None, str | None], list[Fate]]:
    """The published pages of a plan that pages of other content replace (SUPERSEDED), grouped as
    :func:`withdrawals` are, each group in an archive folder of its own."""
    return {key[:3]: group for key, group in _archived(fates).items() if key[3]}


def _archived(fates: Iterable[Fate]) -> dict[tuple[Pair, str | None, str | None, bool], list[Fate]]:
    grouped: dict[tuple[Pair, str | None, str | None, bool], list[Fate]] = {}
    for fate in fates:
        if fate.archived_because:
            made_from = (fate.record.version, fate.record.source) if fate.record else (None, None)
            grouped.setdefault((fate.pair, *made_from, fate.archived_because == SUPERSEDED), []).append(fate)
    return grouped


def _archive_paths(fates: list[Fate], listing: Iterable[str]) -> list[Fate]:
    """``archive/<locale>/<id>/<version>/<file>``, one folder per withdrawal (or replacement) and only a
    folder that holds nothing yet: a folder mixing two withdrawals would show pages of
    different Englishes as one record. A version already archived gets the digest of
    the English added (``1.0-3f2a9c1b``), then a number (``1.0-3f2a9c1b-2``)."""
    used = {ancestor for path in listing for ancestor in _with_ancestors(path)}
    folders: dict[str, str] = {}  # page path -> its withdrawal's folder
    # Withdrawals first: a replacement, which the render stage may find is none (the page came out
    # the same), never takes the folder a withdrawal of the same English would have had.
    for (pair, version, source, _), withdrawn in sorted(_archived(fates).items(), key=lambda item: item[0][3]):
        base = f"{ARCHIVE}/{pair[0]}/{pair[1]}"
        name = "unknown" if source is None else version or "unversioned"  # unknown: no record of the page
        digest = "unrecorded" if source is None else source[:8]
        candidates = itertools.chain((name, f"{name}-{digest}"), (f"{name}-{digest}-{n}" for n in itertools.count(2)))
        folder = next(f"{base}/{c}" for c in candidates if f"{base}/{c}" not in used)
        used.add(folder)
        folders |= {fate.path: folder for fate in withdrawn}
    return [
        replace(fate, archive=f"{folders[fate.path]}/{fate.path.rpartition('/')[2]}") if fate.archived_because else fate
        for fate in fates
    ]


def _with_ancestors(path: str) -> list[str]:
    """``a/b/c`` -> ``a/b/c``, ``a/b``, ``a``: a folder is used when anything is in it."""
    parts = path.split("/")
    return ["/".join(parts[:n]) for n in range(len(parts), 0, -1)]


def _render_or_current(scope: Scope, fate: Fate, links: Mapping[str, tuple[str, ...]], inputs_for: InputsFor) -> Fate:
    if fate.action != RENDER or fate.why:
        return fate
    inputs = inputs_for(fate.pair, fate.format, links.get(fate.pair[1], ()))
    why = stale(fate.record, inputs, scope.force)
    if not why:
        return replace(fate, action=CURRENT, made_beside="")
    # Its record is of the file the folder holds: one that is not was given its why before.
    return replace(fate, why=why, same_page="" if scope.force else same_page(fate.record, inputs))


def stale(record: OutputFile | None, inputs: Mapping[str, str], force: bool) -> str:
    """Why a page must be rendered again; empty when it is up to date."""
    if force:
        return "--force"
    if record is None:
        return "new"
    changed = changed_inputs(record, inputs)
    return f"{', '.join(changed)} changed" if changed else ""


def changed_inputs(record: OutputFile, inputs: Mapping[str, str]) -> list[str]:
    """The inputs that differ from the record's. Not the page a PDF was laid out from:
    that is known only once the page is made again, and is compared then (same_page); nor
    what a translation's catalogs give it (TRANSLATION_SHOWN), which sums up other inputs and
    changes only with them: their names say why."""
    names = (set(inputs) | set(record.inputs)) - {LAID_OUT, TRANSLATION_SHOWN}
    return sorted(name for name in names if inputs.get(name) != record.inputs.get(name))


def same_page(record: OutputFile | None, inputs: Mapping[str, str]) -> str:
    """The page a PDF was laid out from, when only what reaches it through that page changed
    (a translator's comment, a fuzzy entry still fuzzy): if the page comes out the same again,
    so would the PDF, and the render keeps the file (pipeline.jobs.render_pair). Empty: render it."""
    if record is None or LAID_OUT not in record.inputs:
        return ""
    return record.inputs[LAID_OUT] if set(changed_inputs(record, inputs)) <= THROUGH_THE_PAGE else ""
