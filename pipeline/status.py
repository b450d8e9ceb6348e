"""``leaflets status``: where every leaflet stands in every language.

For each leaflet and locale: how much is translated (a fuzzy entry is never
counted as translated), what is fuzzy or missing, the check errors and
warnings of its catalog, the state of its translation review, and whether
``build --release`` would publish it, with the release gate's own reasons when
not. The page text and disclaimer (``common``) have a row per locale too:
every page needs them.

Read-only: it reads the sources and catalogs and writes nothing but the
page :func:`write_page` is asked for.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from pipeline import (
    checkout_order,
    clinical_review,
    fonts,
    page_text_review,
    review,
    review_history,
    review_order,
    withdrawals,
    word_diff,
)
from pipeline.cache import (
    Cache,
    catalog_inputs,
    catalog_key,
    checked_catalog,
    font_problems,
    settings_digest,
    template_messages,
)
from pipeline.checks import CatalogReport, unchecked_languages
from pipeline.checks.template import template_file
from pipeline.config import COMMON_DOMAIN, OPTIONAL, REQUIRED, LocaleSettings, Project
from pipeline.errors import LeafletError, SourceError
from pipeline.files import write_if_changed
from pipeline.fingerprint import code_digest, digest, digest_of, fonts_digest, libraries_digest
from pipeline.ignored_catalogs import ignored_catalog_notes
from pipeline.manifest import MANIFEST_NAME, EnglishReview, Manifest, read_manifest
from pipeline.model import Leaflet
from pipeline.outcome import SharedReasons
from pipeline.release import BRING_IN_THE_ENGLISH, gate, review_reasons
from pipeline.review import EnglishChange
from pipeline.source import ignored_source_notes, leaflet_paths, read_leaflet
from pipeline.translations import TranslationTable, table_from_catalog


@dataclass(frozen=True)
class PairStatus:
    """One leaflet (or ``common``) in one locale."""

    leaflet: str  # a leaflet id, or "common" for the page text and disclaimer
    locale: str
    file: str  # the catalog, or the English source for the source language
    passages: int  # what the English has to translate now
    translated: int  # complete and not fuzzy (a translation that fails a check is counted in errors)
    fuzzy: int
    untranslated: int  # empty, or not in the catalog yet (release.BRING_IN_THE_ENGLISH)
    errors: int
    warnings: int
    review: str  # the translation review's state, in words
    releasable: bool
    reasons: tuple[str, ...] = ()  # why `build --release` would refuse it
    notes: tuple[str, ...] = ()  # worth knowing, not refusals
    # The passages whose English changed since the translation review, each with the English
    # reviewed (from git: pipeline/review_history.py) when known, and the commit that holds it.
    english_changes: tuple[EnglishChange, ...] = ()
    reviewed_english_commit: str = ""
    # The clinical review of the leaflet's English (pipeline/clinical_review.py): reviewed,
    # stale or unbound (not recorded); "" for common. Not reviewed: no page of the leaflet is released.
    clinical_review: str = ""
    # What a page of it made now would show and the reviews of that text (pipeline/withdrawals.py);
    # None for common. Judges the withdrawals of its page, as a release does.
    text_now: withdrawals.TextNow | None = None
    # How each withdrawal of its page stands (withdrawals.toml): where, who, when, why, and
    # "holds", "ended by review" or "lifted", in words too.
    withdrawals: tuple[dict, ...] = ()
    # Worth acting on, though a release publishes it: a translation reviewed by its own translator.
    review_warnings: tuple[str, ...] = ()

    @property
    def percent(self) -> int:
        """Whole percent translated, rounded down: 99.6% is not 100%."""
        return 100 * self.translated // self.passages if self.passages else 100

    def to_dict(self) -> dict:
        said = {key: value for key, value in self.to_json().items() if key != "text_now"}
        return {**said, "percent": self.percent}

    def to_json(self) -> dict:
        return {
            **asdict(self),
            "reasons": list(self.reasons),
            "notes": list(self.notes),
            "review_warnings": list(self.review_warnings),
            "english_changes": [change.to_json() for change in self.english_changes],
            "text_now": self.text_now.to_json() if self.text_now is not None else None,
            "withdrawals": list(self.withdrawals),
        }

    @classmethod
    def from_json(cls, value: dict) -> PairStatus:
        return cls(
            **{
                **value,
                "reasons": tuple(value["reasons"]),
                "notes": tuple(value["notes"]),
                "review_warnings": tuple(value.get("review_warnings", ())),
                "english_changes": tuple(EnglishChange(**c) for c in value.get("english_changes", ())),
                "text_now": withdrawals.TextNow.from_json(value["text_now"]) if value.get("text_now") else None,
                "withdrawals": tuple(value.get("withdrawals", ())),
            }
        )


@dataclass(frozen=True)
class Status:
    pairs: tuple[PairStatus, ...]
    problems: tuple[str, ...] = field(default=())  # leaflets that cannot be read at all
    unreadable: tuple[str, ...] = field(default=())  # their ids: no row says anything of them
    # The project's, worth knowing: catalogs no row is made from, languages the checks have no data for.
    notes: tuple[str, ...] = field(default=())

    @property
    def leaflet_pairs(self) -> tuple[PairStatus, ...]:
        return tuple(p for p in self.pairs if p.leaflet != COMMON_DOMAIN)


def project_status(project: Project) -> Status:
    """Every leaflet in every configured locale, and ``common`` in every target locale.

    A leaflet's rows are remembered (build/.cache/status/) under the digest of
    what they are made from: its source's bytes, its catalogs' and the ``common``
    catalogs' check keys (:func:`pipeline.cache.catalog_key`), the templates'
    messages, the installed fonts and the code. A status after one catalog
    changed reads that one leaflet and checks that one catalog.
    """
    cache = Cache(project)
    common_msgids, disclaimer = template_messages(project)
    fonts_key = digest_of([fonts_digest(), _fontconfig_configuration()])
    templates_key = digest_of([common_msgids, disclaimer])
    common_keys = {loc.code: _catalog_key(project, loc.code, COMMON_DOMAIN) for loc in project.target_locales}
    history = review_history.history_state(project.root)  # where the English a review approved is found
    commons: dict[str, tuple[CatalogReport, TranslationTable]] = {}

    def common(code: str) -> tuple[CatalogReport, TranslationTable]:
        if code not in commons:
            report = _report(project, code, COMMON_DOMAIN, cache)
            commons[code] = report, _table(code, report)
        return commons[code]

    common_rows: dict[str, PairStatus] = {}
    leaflet_rows: list[PairStatus] = []
    englishes: dict[str, dict] = {}  # leaflet id -> its English's clinical review (_english_of)
    problems: list[str] = []
    unreadable: list[str] = []
    for loc in project.target_locales:
        key = digest_of({"common": common_keys[loc.code], "templates": templates_key})
        known = cache.get("status", [loc.code, COMMON_DOMAIN], key)
        if known is None:
            report, table = common(loc.code)
            reasons = _common_reasons(report, table, common_msgids, disclaimer, loc.sign_off)
            if loc.sign_off == REQUIRED and _exists(report) and not report.parse_failed:
                reasons += review_reasons(report.file, table, common_msgids)
            row = _counted(
                COMMON_DOMAIN,
                loc,
                project.relative(project.po_path(loc.code, COMMON_DOMAIN)),
                common_msgids,
                report,
                table,
                reasons=reasons,
            )
            cache.put("status", [loc.code, COMMON_DOMAIN], key, row.to_json())
        else:
            row = PairStatus.from_json(known)
        common_rows[loc.code] = row
    for path in leaflet_paths(project.source_dir):
        file = project.relative(path)
        try:
            data: bytes | None = path.read_bytes()
        except OSError:
            data = None
        key = digest_of(
            {
                "source": digest(data) if data is not None else None,
                "file": file,
                "catalogs": {loc.code: _catalog_key(project, loc.code, path.stem) for loc in project.target_locales},
                "common": common_keys,
                "templates": templates_key,
                "fonts": fonts_key,
                "settings": settings_digest(project),
                "code": code_digest(),
                "libraries": libraries_digest(),
                "history": history,
            }
        )
        known = cache.get("status", ["leaflet", path.stem], key)
        if known is None:
            known = _leaflet_rows(project, path, file, common, common_msgids, disclaimer, cache)
            cache.put("status", ["leaflet", path.stem], key, known)
        if known.get("english"):
            englishes[path.stem] = known["english"]
        if known["problem"]:
            problems.append(known["problem"])
            unreadable.append(path.stem)
        leaflet_rows += [PairStatus.from_json(row) for row in known["rows"]]
    ordered = [
        row
        for loc in project.locales
        for row in ([common_rows[loc.code]] if loc.code in common_rows else [])
        + [row for row in leaflet_rows if row.locale == loc.code]
    ]
    # A language the meaning checks have no data for: its 0 errors promise less, and the
    # reviewer who signs it off is the one to know (the note asks them to read with care).
    notes = (*ignored_source_notes(project), *ignored_catalog_notes(project), *unchecked_languages(project))
    ordered = _older_review_gate(project, ordered, englishes, cache)
    decided, unreadable_withdrawals = withdrawals.project_withdrawals(project)
    if unreadable_withdrawals:  # a release stops on it
        problems.append(unreadable_withdrawals)
    rows = _withdrawal_gate(project, _older_translation_gate(project, _page_text_gate(project, ordered)), decided)
    rows = _older_checkout_gate(project, rows)
    return Status(tuple(rows), tuple(problems), unreadable=tuple(unreadable), notes=notes)


def _withdrawal_gate(
    project: Project, rows: list[PairStatus], decided: Sequence[withdrawals.Withdrawal]
) -> list[PairStatus]:
    """Each row with how the withdrawals of its page (withdrawals.toml) stand, judged as a release
    judges them (pipeline/withdrawals.py), and refused, first for that reason, while one holds.
    Not remembered with the rows: it is withdrawals.toml's and dist/manifest.json's as much."""
    published = _published(project)
    decided = with_lost_entries(project, decided, published, _leaflet_ids(rows))
    if not decided:
        return rows
    return [_withdrawals_of(project, row, decided, published) if row.text_now is not None else row for row in rows]


def _published(project: Project) -> Manifest:
    return read_manifest(project.dist_dir, f"{project.relative(project.dist_dir)}/{MANIFEST_NAME}")


def with_lost_entries(
    project: Project, decided: Sequence[withdrawals.Withdrawal], published: Manifest, leaflets: Iterable[str]
) -> tuple[withdrawals.Withdrawal, ...]:
    """``decided`` (withdrawals.toml) and, as a release holds them, the withdrawals dist/ holds that this
    checkout's withdrawals.toml lacks (deleted by hand, lost in a merge: withdrawals.missing_from_file)."""
    locales = [loc.code for loc in project.locales]
    lost = withdrawals.missing_from_file(published.withdrawn, decided, locales, leaflets, project.source_locale)
    return (*decided, *lost)


def _leaflet_ids(rows: Sequence[PairStatus]) -> set[str]:
    return {row.leaflet for row in rows}


def _withdrawals_of(
    project: Project, row: PairStatus, decided: Sequence[withdrawals.Withdrawal], published: Manifest
) -> PairStatus:
    source = project.source_locale
    judged = withdrawals.standings(decided, row.locale, row.leaflet, None, row.text_now, source)
    if not judged:
        return row
    holding = next((s for s in judged if s.holds), None)  # the reason the pair is refused; the others, notes
    notes = [withdrawals.note(s.withdrawal, source, s.said) for s in judged if s is not holding]
    # A refused pair keeps the page dist/ publishes: a release judges that page, whose text a review
    # of the text now may not cover (it takes it away; pipeline.plan).
    kept = published.pairs.get((row.locale, row.leaflet))
    page = kept.files.get("html") if kept is not None else None
    if not row.releasable and page is not None and not any(s.holds for s in judged):
        held = withdrawals.holding(decided, row.locale, row.leaflet, page.inputs, row.text_now, source)
        if held is not None:
            notes.append(
                f"{held.withdrawal.where}: it still holds for the page {project.relative(project.dist_dir)}/"
                f"{page.path}, which shows other text than the review covers: a release withdraws it"
            )
    reasons = (f"{holding.withdrawal.describe()}; it {holding.said}",) if holding is not None else ()
    return replace(
        row,
        releasable=row.releasable and holding is None,
        reasons=reasons + row.reasons,
        notes=row.notes + tuple(notes),
        withdrawals=tuple(_said(s) for s in judged),
    )


def withdrawals_in_force(project: Project, decided: Sequence[withdrawals.Withdrawal]) -> list[withdrawals.Standing]:
    """The withdrawals of ``decided`` (withdrawals.toml), and those dist/manifest.json holds that it lacks
    (:func:`with_lost_entries`, as status and a release find them), that still take their page, each
    judged as a row of status judges it (:func:`withdrawals.standing`, of the text a page of its locale
    and leaflet made now would show): ``check`` says these, each a decision to make (or, one the file
    lacks, an entry to put back). One lifted or ended by a review asks for none. Reads only their
    leaflets and catalogs (the catalogs' checks as remembered), and renders nothing."""
    decided = with_lost_entries(project, decided, _published(project), withdrawals.leaflet_ids(project))
    cache = Cache(project)
    known: dict[tuple[str, str], withdrawals.TextNow | None] = {}

    def now(locale: str, leaflet: str) -> withdrawals.TextNow | None:
        if (locale, leaflet) not in known:
            known[locale, leaflet] = _text_now_of(project, locale, leaflet, cache)
        return known[locale, leaflet]

    judged = (
        withdrawals.standing(w, w.locale, None, now(w.locale, w.leaflet), project.source_locale)
        for w in decided
        if w.lift is None
    )
    return [standing for standing in judged if standing.holds]


def _text_now_of(project: Project, locale: str, leaflet_id: str, cache: Cache) -> withdrawals.TextNow | None:
    """What a page of ``locale``/``leaflet_id`` made now would show, read as :func:`_leaflet_rows` reads
    it; None when its source cannot be read (a withdrawal then holds, on the safe side)."""
    path = project.source_dir / f"{leaflet_id}.md"
    try:
        leaflet = read_leaflet(path, project.relative(path), project)
    except LeafletError:  # check reports the source itself
        return None
    if locale == project.source_locale:
        return withdrawals.text_now(leaflet)
    report, common_report = _report(project, locale, leaflet_id, cache), _report(project, locale, COMMON_DOMAIN, cache)
    catalogs = withdrawals.PageCatalogs(
        report.file,
        _table(locale, report),
        common_report.file,
        _table(locale, common_report),
        template_messages(project)[0],
    )
    return withdrawals.text_now(leaflet, catalogs)


def _said(judged: withdrawals.Standing) -> dict:
    """A withdrawal as ``status --format json`` gives it."""
    w = judged.withdrawal
    return {
        "where": w.where,
        "locale": w.locale,
        "leaflet": w.leaflet,
        "by": w.by,
        "on": w.on,
        "reason": w.reason,
        "standing": judged.state,
        "said": judged.said,
        "lifted": {"by": w.lift.by, "on": w.lift.on, "reason": w.lift.reason, "where": w.lift.where}
        if w.lift is not None
        else None,
    }


def _older_translation_gate(project: Project, rows: list[PairStatus]) -> list[PairStatus]:
    """Every translation row refused whose translation review is older than that of the page dist/
    publishes, of other text (pipeline/review_order.py), as a release refuses it."""
    published = read_manifest(project.dist_dir, f"{project.relative(project.dist_dir)}/{MANIFEST_NAME}")
    judged = []
    for row in rows:
        page = review_order.published_page(published, row.locale, row.leaflet)
        now = row.text_now
        why = (
            review_order.older_translation(row.locale, row.leaflet, now.translation_review_days, now.translation, page)
            if now is not None and page is not None and row.locale != project.source_locale
            else ""
        )
        judged.append(replace(row, releasable=False, reasons=(why, *row.reasons)) if why else row)
    return judged


def _older_review_gate(
    project: Project, rows: list[PairStatus], englishes: dict[str, dict], cache: Cache
) -> list[PairStatus]:
    """Every row of a leaflet refused whose English has an older clinical review than the English
    dist/ publishes (pipeline/review_order.py), as a release refuses it unless ``--roll-back``.
    Not remembered with the rows: it is dist/manifest.json's as much as the leaflet's."""
    if not englishes:
        return rows
    published = read_manifest(project.dist_dir, f"{project.relative(project.dist_dir)}/{MANIFEST_NAME}")
    refused = {
        leaflet: why
        for leaflet, english in englishes.items()
        if (why := _older_review(project, published, leaflet, english, cache))
    }
    return [
        replace(row, releasable=False, reasons=(refused[row.leaflet], *row.reasons)) if row.leaflet in refused else row
        for row in rows
    ]


def _older_review(project: Project, published: Manifest, leaflet: str, english: dict, cache: Cache) -> str:
    """Why a release would refuse ``leaflet`` for its English's older review; "" when it would not."""
    before = review_order.published(published, leaflet, project.source_locale)
    if before is None:
        return ""
    # No commit: status is not a release, and what a release would record is not known yet.
    now = review_order.Reviewed(EnglishReview(**english["review"]), english["version"], "")

    def in_history(reviewed_text: str) -> bool | None:
        if review_history.history_state(project.root) == "no git":
            return None
        return review_history.clinically_reviewed(project, english["file"], reviewed_text, cache).msgids is not None

    how = review_order.compare(now, before, in_history)
    return review_order.refusal(english["where"], leaflet, project.source_locale, how, now, before) if how else ""


def _english_of(leaflet: Leaflet) -> dict:
    """What :func:`_older_review_gate` needs of a leaflet whose clinical review covers its English,
    remembered with its rows so that no status parses it again to know."""
    return {
        "review": asdict(review_order.english_review(leaflet)),
        "version": leaflet.version,
        "file": leaflet.path,
        "where": f"{leaflet.path}:{leaflet.reviewed_on_line}",
    }


def _older_checkout_gate(project: Project, rows: list[PairStatus]) -> list[PairStatus]:
    """Every row refused, first for that reason, while this checkout is older than the commit dist/ was
    released from (pipeline/checkout_order.py): a release then publishes no page (without
    --allow-older-checkout). Not remembered with the rows: it is git's and dist/manifest.json's."""
    published = read_manifest(project.dist_dir, f"{project.relative(project.dist_dir)}/{MANIFEST_NAME}")
    if not published.release:
        return rows
    refusal = checkout_order.project_refusal(project, checkout_order.release_commit(project), published)
    if not refusal:
        return rows
    return [replace(row, releasable=False, reasons=(refusal[0], *row.reasons)) for row in rows]


def _page_text_gate(project: Project, rows: list[PairStatus]) -> list[PairStatus]:
    """Every row refused, first for that reason, while the English page text is not the text its
    clinical review covers (pipeline/page_text_review.py): a release then publishes no page.
    Not remembered with the rows: it is the templates' and templates/clinical_review.toml's."""
    verdict = page_text_review.assess(project)
    if verdict.reviewed:  # a release also refuses a page text with an older review than dist/ publishes
        dist = project.relative(project.dist_dir)
        published = read_manifest(project.dist_dir, f"{dist}/{MANIFEST_NAME}").page_text_review
        older = page_text_review.older_than_published(verdict, published, dist, project.source_locale)
        if not older:
            return rows
        why = older[0]
    else:
        why = page_text_review.reason(verdict)
    return [replace(row, releasable=False, reasons=(why, *row.reasons)) for row in rows]


def _leaflet_rows(
    project: Project,
    path: Path,
    file: str,
    common,
    common_msgids: tuple[str, ...],
    disclaimer: tuple[str, ...],
    cache: Cache,
) -> dict:
    """One leaflet's rows in every locale, or why its source cannot be read."""
    try:
        leaflet = read_leaflet(path, file, project)
    except LeafletError as exc:
        return {"rows": [], "problem": str(exc)}
    except Exception as exc:  # a bug: name the leaflet, keep the others (as load_leaflets does)
        return {
            "rows": [],
            "problem": str(
                SourceError(
                    f"could not be read: {type(exc).__name__}: {exc} (a bug in leaflets; --debug shows where)", file
                )
            ),
        }
    rows = []
    clinical = clinical_review.assess(project, leaflet, cache)
    refused = (
        [clinical_review.reason(leaflet, clinical), *clinical_review.version_reasons(leaflet, clinical)]
        if clinical.state != clinical_review.REVIEWED
        else []
    )
    for loc in project.locales:
        if loc.code == project.source_locale:
            shown = withdrawals.text_now(leaflet)
            rows.append(replace(_source_status(loc, leaflet, clinical, refused), text_now=shown).to_json())
            continue
        common_report, common_table = common(loc.code)
        report = _report(project, loc.code, leaflet.id, cache)
        table = _table(loc.code, report)
        msgids = [u.msgid for u in leaflet.units]
        reviewed, changes = review_history.changes_since_review(project, leaflet, table.review, cache)
        before = _translations_reviewed(project, report.file, table, msgids, cache)
        reasons = refused + (
            _broken(report, common_report)
            or gate(
                catalog_file=report.file,
                catalog_exists=_exists(report),
                msgids=msgids,
                table=table,
                findings=report.findings,
                common_file=common_report.file,
                common_msgids=common_msgids,
                common_table=common_table,
                common_findings=common_report.findings,
                disclaimer_msgids=disclaimer,
                review_required=loc.sign_off == REQUIRED,
                english_changes=changes,
            ).reasons
        )
        if not reasons:  # as the release decides: no tofu in its PDF
            characters = fonts.page_characters(leaflet, loc, table, common_table, common_msgids)
            reasons = font_problems(project, loc, characters, slot=[loc.code, leaflet.id])[0]
        lines = {u.msgid: f"{leaflet.path}:{u.line}" for u in leaflet.units}
        row = _counted(leaflet.id, loc, report.file, msgids, report, table, reasons, lines, changes, reviewed, before)
        now = withdrawals.text_now(
            leaflet, withdrawals.PageCatalogs(report.file, table, common_report.file, common_table, common_msgids)
        )
        rows.append(replace(row, clinical_review=clinical.state, text_now=now).to_json())
    # A leaflet its clinical review does not cover is refused for that already (as a release does).
    english = _english_of(leaflet) if clinical.state == clinical_review.REVIEWED else None
    return {"rows": rows, "problem": None, "english": english}


def _translations_reviewed(
    project: Project, file: str, table: TranslationTable, msgids: list[str], cache: Cache
) -> dict[str, str]:
    """Each passage whose translation (not its English) changed since the review, with the translation
    the review approved, from git (pipeline/review_history.py); {} when none changed or git has none."""
    state = review.judge(table.review, msgids)
    if not state.translation_changed or state.signoff is None:
        return {}
    return review_history.reviewed_translations(project, file, state.signoff, state.translation_changed, cache)[0]


def _fontconfig_configuration() -> tuple[str, str]:
    return os.environ.get("FONTCONFIG_FILE", ""), os.environ.get("FONTCONFIG_PATH", "")


def _catalog_key(project: Project, locale: str, domain: str) -> str:
    path = project.po_path(locale, domain)
    if not path.exists() and not path.is_symlink():
        return "no catalog"
    inputs = catalog_inputs(project, locale, domain, path)
    return catalog_key(project, locale, domain, *inputs, template=template_file(project, domain))


def _report(project: Project, locale: str, domain: str, cache: Cache) -> CatalogReport:
    path = project.po_path(locale, domain)
    if not path.exists() and not path.is_symlink():
        return CatalogReport(locale, domain, project.relative(path), ())
    return checked_catalog(project, locale, domain, cache=cache)


def _table(locale: str, report: CatalogReport) -> TranslationTable:
    if report.catalog is None:
        return TranslationTable(locale)
    # With the errors that hold translations back, as a build reads it: a page's text names them.
    return table_from_catalog(locale, report.catalog, report.failed_msgids, report.findings)


def _broken(*reports: CatalogReport) -> list[str]:
    """A catalog that cannot be read refuses every page that needs it, with its first error."""
    return [next(f.format() for f in r.findings if f.is_error) for r in reports if r.parse_failed]


def _common_reasons(
    report: CatalogReport, table: TranslationTable, msgids: tuple[str, ...], disclaimer: tuple[str, ...], sign_off: str
) -> list[str]:
    """What keeps every page of a locale from release because of its page text and disclaimer."""
    if not _exists(report):
        return [f"{report.file} does not exist ({BRING_IN_THE_ENGLISH})"]
    return (
        _broken(report)
        or gate(
            catalog_file=report.file,
            catalog_exists=True,
            msgids=(),
            table=table,
            findings=(),
            common_file=report.file,
            common_msgids=msgids,
            common_table=table,
            # With sign-off required its review is the caller's to judge, once, and with it the
            # warnings an unreviewed release refuses (release.REVERSAL_CHECKS): only errors here.
            common_findings=report.findings if sign_off != REQUIRED else [f for f in report.findings if f.is_error],
            disclaimer_msgids=disclaimer,
            review_required=False,
        ).reasons
    )


UNREADABLE = "catalog unreadable"  # the review column of a catalog that cannot be read


def _exists(report: CatalogReport) -> bool:
    return report.catalog is not None or report.parse_failed


def _counted(
    leaflet: str,
    loc: LocaleSettings,
    file: str,
    msgids,
    report: CatalogReport,
    table: TranslationTable,
    reasons: list[str],
    lines: dict[str, str] | None = None,
    changes: tuple[EnglishChange, ...] = (),
    reviewed: review_history.Reviewed | None = None,
    translations_reviewed: dict[str, str] | None = None,
) -> PairStatus:
    msgids = list(dict.fromkeys(msgids))
    entries = {m.msgid: m for m in report.catalog.messages} if report.catalog is not None else {}
    translated = sum(1 for m in msgids if m in entries and entries[m].translated)
    fuzzy = sum(1 for m in msgids if m in entries and entries[m].fuzzy)
    state = review.judge(table.review, msgids)
    lines = lines or {}
    notes = [f"English changed since the translation review: {change.describe()}" for change in changes] or [
        f'English changed since the translation review: {lines.get(m, file)}: "{review.shorten(m)}"'
        for m in state.english_changed
    ]
    if reviewed is not None and reviewed.problem:
        notes.append(f"what changed in the English cannot be shown: {reviewed.problem}")
    notes += [  # a fuzzy mark switched off without an edit, or a change judged to need none: read it again
        f"the translation did not change when its English did: {change.describe()}; it is the translation "
        "reviewed against the English before"
        for change in review.kept_translations(state.signoff, changes, entries)
    ]
    notes += [
        _translation_changed(m, lines.get(m, file), entries.get(m), translations_reviewed or {})
        for m in state.translation_changed
    ]
    optional = " (optional)" if loc.sign_off == OPTIONAL else ""
    own = review.own_translator(table.review, file) if not report.parse_failed else ""
    return PairStatus(
        leaflet=leaflet,
        locale=loc.code,
        file=file,
        passages=len(msgids),
        translated=translated,
        fuzzy=fuzzy,
        untranslated=len(msgids) - translated - fuzzy,
        errors=report.errors,
        warnings=report.warnings,
        # An unreadable catalog's review is neither there nor missing: the file must be mended first.
        review=UNREADABLE
        if report.parse_failed
        else review.describe(state) + (" (own translator)" if own else "") + optional,
        releasable=not reasons,
        reasons=tuple(reasons),
        notes=tuple(notes),
        english_changes=changes,
        reviewed_english_commit=reviewed.commit if reviewed is not None else "",
        review_warnings=(own,) if own else (),
    )


def _translation_changed(msgid: str, where: str, entry, reviewed: dict[str, str]) -> str:
    """A passage whose translation changed since the review: how, word by word, when the translation
    reviewed is known (git), as the English is shown; else its English's first words."""
    if msgid in reviewed and entry is not None:
        diff = word_diff.plain(reviewed[msgid], " | ".join(entry.forms))
        return f'translation changed since the review: {where}: "{diff}" ({review.TRANSLATION_DIFF_LEGEND})'
    return f'translation changed since the review: {where}: "{review.shorten(msgid)}"'


def _source_status(
    loc: LocaleSettings, leaflet: Leaflet, clinical: clinical_review.Verdict, reasons: list[str]
) -> PairStatus:
    """The source language is always complete; released while its clinical review covers it."""
    passages = len(dict.fromkeys(u.msgid for u in leaflet.units))
    return PairStatus(
        leaflet=leaflet.id,
        locale=loc.code,
        file=leaflet.path,
        passages=passages,
        translated=passages,
        fuzzy=0,
        untranslated=0,
        errors=int(clinical.state != clinical_review.REVIEWED),  # check's [clinical-review] error, one a leaflet
        warnings=int(bool(clinical.version)),  # check's [version] warning: raise it before the review
        review=clinical.short or review.SOURCE_LANGUAGE,
        releasable=not reasons,
        reasons=tuple(reasons),
        notes=tuple(f"changed since the clinical review: {change}" for change in clinical.changes),
        clinical_review=clinical.state,
    )


# -- output --------------------------------------------------------------------

_COLUMNS = ("leaflet", "locale", "translated", "fuzzy", "untranslated", "errors", "warnings", "review", "release")


def selected(status: Status, locales: Sequence[str] = (), leaflets: Sequence[str] = ()) -> Status:
    """Only the rows of ``locales`` and ``leaflets`` (``common`` among them), each all when empty,
    and of the unreadable leaflets those of ``leaflets``."""
    return replace(
        status,
        pairs=tuple(
            pair
            for pair in status.pairs
            if (not locales or pair.locale in locales) and (not leaflets or pair.leaflet in leaflets)
        ),
        unreadable=tuple(leaflet for leaflet in status.unreadable if not leaflets or leaflet in leaflets),
        notes=tuple(note for note in status.notes if not _of_another_locale(note, status, locales)),
    )


def _of_another_locale(note: str, status: Status, locales: Sequence[str]) -> bool:
    """Whether ``note`` is about a language other than ``locales`` (all when empty): a language's
    note begins with its code ("pt_BR: no Portuguese data …", checks.unchecked_languages)."""
    others = {pair.locale for pair in status.pairs} - set(locales) if locales else set()
    return any(note.startswith(f"{code}: ") for code in others)


def format_text(status: Status) -> str:
    """A table, then every reason a pair would not release, under its name."""
    rows = [_COLUMNS]
    for pair in status.pairs:
        rows.append(
            (
                pair.leaflet,
                pair.locale,
                f"{pair.percent}% ({pair.translated}/{pair.passages})",
                str(pair.fuzzy),
                str(pair.untranslated),
                str(pair.errors),
                str(pair.warnings),
                pair.review,
                "yes" if pair.releasable else "no",
            )
        )
    widths = [max(len(row[c]) for row in rows) for c in range(len(_COLUMNS))]
    numeric = {2, 3, 4, 5, 6}
    lines = [
        "  ".join(
            cell.rjust(w) if c in numeric else cell.ljust(w)
            for c, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
    refused = [p for p in status.pairs if p.reasons or p.notes or p.review_warnings]
    if refused:
        lines.append("")
    legend = True  # said once, under the first page that shows what changed in its English
    shared = SharedReasons()  # common.po's reasons are every leaflet's of its locale too
    for pair in refused:
        lines.append(f"{pair.locale}/{pair.leaflet}:")
        lines += shared.lines(f"{pair.locale}/{pair.leaflet}", pair.reasons)
        lines += [f"  warning: {warning}" for warning in pair.review_warnings]
        lines += [f"  note: {note}" for note in pair.notes]
        if legend and any(change.diff for change in pair.english_changes):
            lines.append(f"  ({review.DIFF_LEGEND})")
            legend = False
    lines.append("")
    lines += [f"note: {note}" for note in status.notes]
    lines += [f"problem: {problem}" for problem in status.problems]
    ready = [p for p in status.leaflet_pairs if p.releasable]
    lines.append(f"{len(ready)} of {len(status.leaflet_pairs)} leaflet pages would be released")
    return "\n".join(lines) + "\n"


def format_json(status: Status) -> str:
    return (
        json.dumps(
            {
                "pairs": [p.to_dict() for p in status.pairs],
                "problems": list(status.problems),
                "unreadable": list(status.unreadable),
                "notes": list(status.notes),
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


STATUS_PAGE = "status.html"


def write_page(project: Project, status: Status) -> Path:
    """``build/status.html``: the table and its bar chart, for anyone on the team."""
    from pipeline.render_html import Renderer, english_change

    changes = [
        (
            pair,
            [(c, english_change(c.reviewed, c.now) if c.reviewed is not None else None) for c in pair.english_changes],
        )
        for pair in status.pairs
        if pair.english_changes
    ]
    html = Renderer(project).status(
        {"project": project, "status": status, "chart": bar_chart(status.pairs), "english_changes": changes}
    )
    path = project.build_dir / STATUS_PAGE
    write_if_changed(path, html.encode("utf-8"))
    return path


@dataclass(frozen=True)
class Bar:
    """One row of the chart: a label and three widths out of ``BAR_WIDTH``."""

    label: str
    y: int
    translated: float
    fuzzy: float
    untranslated: float
    percent: int
    releasable: bool


BAR_WIDTH, BAR_HEIGHT, BAR_GAP, LABEL_WIDTH = 360, 18, 8, 200


def bar_chart(pairs) -> dict:
    """The chart's geometry: one stacked bar per pair (translated, fuzzy, untranslated)."""
    bars = []
    for index, pair in enumerate(pairs):
        scale = BAR_WIDTH / pair.passages if pair.passages else 0
        bars.append(
            Bar(
                f"{pair.locale} · {pair.leaflet}",
                index * (BAR_HEIGHT + BAR_GAP),
                round(pair.translated * scale, 1),
                round(pair.fuzzy * scale, 1),
                round(pair.untranslated * scale, 1),
                pair.percent,
                pair.releasable,
            )
        )
    return {
        "bars": bars,
        "width": LABEL_WIDTH + BAR_WIDTH + 110,
        "bar_width": BAR_WIDTH,
        "label_width": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
        "height": max(len(bars) * (BAR_HEIGHT + BAR_GAP), BAR_HEIGHT) + 24,
    }
