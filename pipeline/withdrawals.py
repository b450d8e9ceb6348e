"""Pages taken from patients on purpose: ``withdrawals.toml``, which ``leaflets withdraw`` writes.

A released page may turn out to be wrong (a mistranslated warning). A release keeps a published
page while the translation that would replace it is refused (a translator's unfinished edit does
not unpublish a good translation), so nothing else takes a wrong one down. ``leaflets withdraw
LOCALE ID --reason WHY`` records the decision in this committed file, with the text withdrawn:
the digest of the English its page shows (``english``) and, for a translation, of what its
catalogs give it (``translation``), as dist/manifest.json records them for the page. Every
``build --release`` then withdraws the page to the archive, and publishes none of it, until a
decision ends the withdrawal (:func:`standing`):

- a **review** dated on or after the withdrawal day signs off the text the page would show: for a
  translation, a translation review of each catalog it shows (its leaflet's and ``common``), for
  the English page a clinical review of the leaflet's English (``leaflets review``). A review of
  the very text withdrawn (the one recorded the morning it was withdrawn) ends nothing; or
- it is **lifted**: ``leaflets withdraw --lift LOCALE ID --reason WHY`` appends a ``[[lift]]``
  table, which ends every withdrawal of that page above it in the file.

Any other change to the page's catalogs (a typo corrected elsewhere, ``leaflets update`` wrapping
lines again, ``common`` edited) ends nothing. A withdrawal of the English page (the source locale)
withdraws the leaflet in every language: each page of it.

The file is read and judged here; the plan (pipeline/plan.py), ``status`` and ``check`` ask
:func:`holding` and :func:`standing` (``status`` and ``check`` of the :func:`text_now` of a page).
No I/O but :func:`load` and :func:`_append`.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline import clinical_review, review
from pipeline.errors import LeafletError
from pipeline.manifest import ENGLISH_SHOWN, TRANSLATION_SHOWN, WithdrawnRecord
from pipeline.model import Leaflet
from pipeline.source import shown_digest
from pipeline.translations import TranslationTable, page_shown_digest

FILE_NAME = "withdrawals.toml"
WITHDRAWAL, LIFT = "withdrawal", "lift"
_HEADERS = {name: re.compile(rf"^\s*\[\[\s*{name}\s*\]\]\s*(?:#.*)?$") for name in (WITHDRAWAL, LIFT)}
_KEYS = {
    WITHDRAWAL: ("locale", "leaflet", "reason", "by", "on", "english", "translation"),
    LIFT: ("locale", "leaflet", "reason", "by", "on"),
}
_OPTIONAL = {"translation"}  # "" for the English page
_PREAMBLE = (
    "# Pages withdrawn from patients on purpose (leaflets withdraw LOCALE ID --reason WHY).\n"
    "# Each [[withdrawal]] holds until a review dated on or after its day signs off the page's text (its\n"
    "# catalogs' translation reviews; the English's clinical review), or a [[lift]] below it ends it\n"
    "# (leaflets withdraw --lift LOCALE ID --reason WHY); no other edit does. Keep every entry: the record.\n"
)

HOLDS, REVIEWED, LIFTED = "holds", "ended by review", "lifted"
RELEASED_RECORD = "dist/manifest.json"
# What Withdrawal.describe() wrote as a withdrawn record's reason in the release manifest
_DESCRIBED = re.compile(
    rf"withdrawn on purpose \({re.escape(FILE_NAME)}:\d+, by (?P<by>.+) on (?P<on>\d{{4}}-\d{{2}}-\d{{2}})\): (?P<reason>.*)",
    re.DOTALL,
)
UNJUDGED = "not judged"  # a page a release keeps without reading what its pair would show now


@dataclass(frozen=True)
class Lift:
    """A decision that the withdrawals of a page above it in the file are over."""

    locale: str
    leaflet: str
    reason: str
    by: str
    on: str  # ISO 8601 date
    line: int = 0  # of its [[lift]] header in withdrawals.toml

    @property
    def where(self) -> str:
        return f"{FILE_NAME}:{self.line}"


@dataclass(frozen=True)
class Withdrawal:
    """One decision to take a page from patients, and the text it takes."""

    locale: str
    leaflet: str
    reason: str
    by: str
    on: str  # ISO 8601 date
    english: str  # digest of the English the page shows (ENGLISH_SHOWN)
    translation: str  # digest of what its catalogs give it (TRANSLATION_SHOWN); "" for the English page
    line: int = 0  # of its [[withdrawal]] header in withdrawals.toml
    lift: Lift | None = None  # the [[lift]] below it that ends it
    # Known only from the release manifest (:func:`missing_from_file`): withdrawals.toml lacks it
    unrecorded: bool = False

    @property
    def where(self) -> str:
        return RELEASED_RECORD if self.unrecorded else f"{FILE_NAME}:{self.line}"

    def describe(self) -> str:
        """Why a page is withdrawn, as a release records it and status shows it."""
        said = f"withdrawn on purpose ({self.where}, by {self.by} on {self.on}): {self.reason}"
        if self.unrecorded:
            said += (
                f"; {FILE_NAME} here lacks it (an older checkout, another branch, a revert, a deleted entry): "
                f"put its [[withdrawal]] back from git (git log -p {FILE_NAME})"
            )
        return said

    def takes(self, locale: str, leaflet: str, shown: Mapping[str, str], source_locale: str) -> bool:
        """Whether a page of ``locale``/``leaflet`` that shows ``shown`` (a page's inputs, or what a
        page made now would show) is the text withdrawn. A page that does not say what it shows (made
        by an earlier leaflets) is not: a withdrawal is always recorded of a page that says."""
        if leaflet != self.leaflet or shown.get(ENGLISH_SHOWN) != self.english:
            return False
        if self.locale == source_locale:  # the English withdrawn: every page of that English
            return True
        return locale == self.locale and shown.get(TRANSLATION_SHOWN) == self.translation


@dataclass(frozen=True)
class Signed:
    """A review of text a page shows: a catalog's translation review, or a leaflet's clinical review."""

    file: str  # the catalog, or the leaflet's source
    by: str = ""  # "" when no review covers its text now
    on: str = ""  # ISO 8601 date; "" likewise

    def describe(self) -> str:
        return f"{self.file}: {self.by} on {self.on}" if self.on else f"{self.file}: no review covers its text now"


@dataclass(frozen=True)
class TextNow:
    """What a page of a pair made now would show (its ENGLISH_SHOWN and TRANSLATION_SHOWN digests),
    and the reviews that sign that text off, as a release and ``status`` both read them."""

    english: str
    translation: str  # "" for the English page
    clinical: Signed  # of the leaflet's English
    translation_reviews: tuple[Signed, ...] = ()  # of each catalog a translation shows; () for the English

    @property
    def shown(self) -> dict[str, str]:
        return {ENGLISH_SHOWN: self.english, TRANSLATION_SHOWN: self.translation}

    @property
    def translation_review_days(self) -> list[tuple[str, str]]:
        """Each catalog the translation shows, with the day of the review covering it now ("": none)."""
        return [(signed.file, signed.on) for signed in self.translation_reviews]

    def to_json(self) -> dict:
        return {
            "english": self.english,
            "translation": self.translation,
            "clinical": vars(self.clinical),
            "translation_reviews": [vars(signed) for signed in self.translation_reviews],
        }

    @classmethod
    def from_json(cls, value: dict) -> TextNow:
        return cls(
            value["english"],
            value["translation"],
            Signed(**value["clinical"]),
            tuple(Signed(**signed) for signed in value["translation_reviews"]),
        )


def translation_signed(file: str, table: TranslationTable, msgids: Iterable[str]) -> Signed:
    """The translation review of catalog ``file`` (read as ``table``) when it covers the text of
    ``msgids`` as it is now (pipeline/review.py)."""
    judged = review.judge(table.review, msgids)
    if not judged.valid or judged.signoff is None:
        return Signed(file)
    return Signed(file, judged.signoff.reviewer, judged.signoff.reviewed_on.isoformat())


def clinically_signed(leaflet: Leaflet) -> Signed:
    """The clinical review of ``leaflet``'s English when it covers the English as it is now."""
    if clinical_review.state(leaflet) != clinical_review.REVIEWED:
        return Signed(leaflet.path)
    return Signed(leaflet.path, leaflet.reviewed_by, leaflet.reviewed_on.isoformat())


@dataclass(frozen=True)
class PageCatalogs:
    """The catalogs a translated page shows, as read (with the check errors that hold translations
    back): its leaflet's and ``common``'s, each with its file, and the msgids of ``common`` it shows."""

    file: str
    table: TranslationTable
    common_file: str
    common_table: TranslationTable
    common_msgids: Sequence[str]


def text_now(leaflet: Leaflet, catalogs: PageCatalogs | None = None) -> TextNow:
    """What a page of ``leaflet`` made now would show, and the reviews that sign that text off: the
    English page (``catalogs`` None) or a translated page that shows ``catalogs``. ``status`` judges
    the withdrawals of each of its rows by it and ``check`` those it notes (:func:`standing`)."""
    english, clinical = shown_digest(leaflet), clinically_signed(leaflet)
    if catalogs is None:
        return TextNow(english, "", clinical)
    msgids = [u.msgid for u in leaflet.units]
    return TextNow(
        english,
        page_shown_digest(catalogs.table, msgids, catalogs.common_table, catalogs.common_msgids),
        clinical,
        (
            translation_signed(catalogs.file, catalogs.table, msgids),
            translation_signed(catalogs.common_file, catalogs.common_table, catalogs.common_msgids),
        ),
    )


@dataclass(frozen=True)
class Standing:
    """Whether a withdrawal takes a page: HOLDS, REVIEWED (ended by review) or LIFTED, and in words."""

    withdrawal: Withdrawal
    state: str
    said: str

    @property
    def holds(self) -> bool:
        return self.state == HOLDS


def standing(
    withdrawal: Withdrawal,
    locale: str,
    page: Mapping[str, str] | None,
    now: TextNow | None,
    source_locale: str,
) -> Standing:
    """Whether ``withdrawal`` takes the page of ``locale`` that shows ``page`` (its inputs; None: the
    page a release would make now), given what a page made now would show (``now``; None: not known,
    its source or catalogs not read). Only a decision ends it: a lift, or a review dated on or after
    the withdrawal day of the very text the page shows, other than the text withdrawn."""
    if withdrawal.lift is not None:
        lift = withdrawal.lift
        return Standing(withdrawal, LIFTED, f"lifted by {lift.by} on {lift.on} ({lift.where}): {lift.reason}")
    english = withdrawal.locale == source_locale
    until = _what_ends_it(withdrawal, english)

    def holds(why: str) -> Standing:
        return Standing(withdrawal, HOLDS, f"holds ({why}) until {until}")

    if now is None:  # a release that did not select the pair, or cannot read its source: the page's text decides
        if page is None or withdrawal.takes(locale, withdrawal.leaflet, page, source_locale):
            return holds("the page shows the text withdrawn")
        return Standing(withdrawal, UNJUDGED, "the page shows other text; judged when its leaflet is released")
    shown = page if page is not None else now.shown
    if shown.get(ENGLISH_SHOWN) != now.english or (not english and shown.get(TRANSLATION_SHOWN) != now.translation):
        return holds("the page shows other text than its catalogs give it now")
    if withdrawal.takes(locale, withdrawal.leaflet, now.shown, source_locale):
        return holds("its text is still the text withdrawn; no review of that text ends it")
    reviews = (now.clinical,) if english else now.translation_reviews
    missing = [signed for signed in reviews if not signed.on or signed.on < withdrawal.on]
    if missing or not reviews:
        first = missing[0] if missing else now.clinical
        why = first.describe() if not first.on else f"{first.file}: reviewed by {first.by} on {first.on}, before it"
        return holds(why)
    said = "; ".join(signed.describe() for signed in reviews)
    return Standing(withdrawal, REVIEWED, f"ended by the review of {max(s.on for s in reviews)} ({said})")


def _what_ends_it(withdrawal: Withdrawal, english: bool) -> str:
    what = f"{withdrawal.locale} {withdrawal.leaflet}"
    # Known only from dist/manifest.json: --lift needs the entry, which describe() says to put back.
    lift = (
        f"its [[withdrawal]] put back in {FILE_NAME} from git and then lifted"
        if withdrawal.unrecorded
        else "it is lifted"
    )
    review = (
        f"a clinical review of its English dated {withdrawal.on} or later (leaflets review {what})"
        if english
        else f"a translation review dated {withdrawal.on} or later signs off its text "
        f"(leaflets review {what}, and {withdrawal.locale} common)"
    )
    return f"{review}, or {lift} (leaflets withdraw --lift {what} --reason WHY)"


def standings(
    withdrawals: Iterable[Withdrawal],
    locale: str,
    leaflet: str,
    page: Mapping[str, str] | None,
    now: TextNow | None,
    source_locale: str,
) -> list[Standing]:
    """How each withdrawal of a page of ``locale``/``leaflet`` stands (:func:`standing`)."""
    return [
        standing(w, locale, page, now, source_locale)
        for w in withdrawals
        if applies_to(w, locale, leaflet, source_locale)
    ]


def holding(
    withdrawals: Iterable[Withdrawal],
    locale: str,
    leaflet: str,
    page: Mapping[str, str] | None,
    now: TextNow | None,
    source_locale: str,
) -> Standing | None:
    """The first withdrawal that still takes such a page, as it stands, or None."""
    return next((s for s in standings(withdrawals, locale, leaflet, page, now, source_locale) if s.holds), None)


def load(root: Path, locales: Iterable[str], leaflets: Iterable[str]) -> tuple[Withdrawal, ...]:
    """The project's withdrawals (none without the file), each with the lift that ends it. One that
    cannot be read, names a locale or leaflet that does not exist, or a lift that ends no withdrawal,
    is an error naming its line: a release must not publish a page someone meant to withdraw because
    the record of it was mistyped. A file written before lifts existed reads as it did."""
    path = root / FILE_NAME
    if not path.is_file():
        return ()
    try:
        text = path.read_bytes().decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise LeafletError(f"is not UTF-8 ({exc.reason} at byte {exc.start})", FILE_NAME) from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        said = re.sub(r" \(at line.*", "", str(exc))
        raise LeafletError(f"cannot be read: {said}", FILE_NAME, int(found[1]) if found else None) from None
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise LeafletError(
            f"unknown key {unknown[0]!r} (each entry is a [[withdrawal]] or a [[lift]] table)", FILE_NAME
        )
    known = set(locales), set(leaflets)
    read: dict[str, list] = {}
    for kind in _KEYS:
        entries = data.get(kind, [])
        lines = [number for number, line in enumerate(text.splitlines(), start=1) if _HEADERS[kind].match(line)]
        if not isinstance(entries, list) or len(lines) != len(entries):
            raise LeafletError(f"each {kind} must be a [[{kind}]] table on a line of its own", FILE_NAME)
        read[kind] = [_entry(kind, entry, line, *known) for entry, line in zip(entries, lines, strict=True)]
    return _lifted(read[WITHDRAWAL], read[LIFT])


def missing_from_file(
    released: Iterable[WithdrawnRecord],
    decided: Iterable[Withdrawal],
    locales: Iterable[str],
    leaflets: Iterable[str],
    source_locale: str,
) -> tuple[Withdrawal, ...]:
    """The withdrawals on purpose that a release made and that still hold in dist/ (their pages
    archived, none published again since) but that ``decided`` (withdrawals.toml as this checkout
    has it) lacks: a release from an older checkout or another branch, after a ``git revert`` of the
    withdrawal or with its entry deleted, would otherwise publish the wrong page again, with nothing
    said. They hold as the file's would; no lift ends them (a lift needs the entry back), a review
    dated on or after them does, but not one of the very text withdrawn (the digests of what its
    pages showed; a record written before they were kept names none, and then any such review does).
    Who withdrew it, when and why are read from the reason the release recorded.

    The file has it when an entry of the file is that decision (:func:`_same_decision`): an entry of
    the page's locale whose reason or name was corrected since is still that decision, and the file's
    lifts then decide; another decision about the page (an earlier withdrawal, lifted; a later one, of
    the English) is not. An English entry stands for the translations' records by its reason, so
    one corrected since is not found for them: they hold, on the safe side, until it is put back."""
    decided = tuple(decided)
    known = set(locales), set(leaflets)
    missing: dict[tuple[str, ...], Withdrawal] = {}
    for record in released:
        found = _DESCRIBED.fullmatch(record.reason) if isinstance(record.reason, str) else None
        if found is None or record.republished or record.locale not in known[0] or record.leaflet not in known[1]:
            continue
        if any(_same_decision(w, record.locale, record.leaflet, found, source_locale) for w in decided):
            continue
        missing.setdefault(
            (record.locale, record.leaflet, found["by"], found["on"], found["reason"]),
            Withdrawal(
                record.locale,
                record.leaflet,
                found["reason"],
                found["by"],
                found["on"],
                record.english_shown,
                record.translation_shown,
                unrecorded=True,
            ),
        )
    return tuple(missing.values())


def _same_decision(entry: Withdrawal, locale: str, leaflet: str, recorded: re.Match[str], source_locale: str) -> bool:
    """Whether ``entry`` of withdrawals.toml is the withdrawal a release recorded for the page of
    ``locale``/``leaflet`` (``recorded``: its reason, as described): of that leaflet and day, and of
    that locale, or the English withdrawal that took every language's page, by its reason."""
    if entry.leaflet != leaflet or entry.on != recorded["on"]:
        return False
    return entry.locale == locale or (entry.locale == source_locale and entry.reason == recorded["reason"])


def _lifted(withdrawals: list[Withdrawal], lifts: list[Lift]) -> tuple[Withdrawal, ...]:
    """Each withdrawal with the first lift of its page below it; a lift that ends none is an error."""
    ended: dict[int, Lift] = {}
    for lift in sorted(lifts, key=lambda lift: lift.line):
        ends = [
            w.line
            for w in withdrawals
            if w.line < lift.line and w.line not in ended and (w.locale, w.leaflet) == (lift.locale, lift.leaflet)
        ]
        if not ends:
            raise LeafletError(
                f"this lift ends no withdrawal: none of {lift.locale}/{lift.leaflet} above it is in force; "
                "remove it, or move it below the withdrawal it ends",
                FILE_NAME,
                lift.line,
            )
        ended |= dict.fromkeys(ends, lift)
    return tuple(replace(w, lift=ended.get(w.line)) for w in withdrawals)


def _entry(kind: str, entry: dict, line: int, locales: set[str], leaflets: set[str]) -> Withdrawal | Lift:
    def fail(message: str) -> LeafletError:
        return LeafletError(message, FILE_NAME, line)

    keys = _KEYS[kind]
    unknown = sorted(set(entry) - set(keys))
    if unknown:
        raise fail(f"unknown key {unknown[0]!r} (a {kind} has {', '.join(keys)})")
    values: dict[str, str] = {}
    for key in keys:
        value = entry.get(key, "" if key in _OPTIONAL else None)
        if isinstance(value, date):
            value = value.isoformat()
        if not isinstance(value, str) or (key not in _OPTIONAL and not value.strip()):
            raise fail(f"{key!r} must be a non-empty string")
        values[key] = value.strip()
    try:
        date.fromisoformat(values["on"])
    except ValueError:
        raise fail(f"'on' {values['on']!r} is not a date (YYYY-MM-DD)") from None
    if values["locale"] not in locales:
        raise fail(
            f"locale {values['locale']!r} is not configured in leaflets.toml "
            f"(configured: {', '.join(sorted(locales))}); remove the entry, or declare the locale"
        )
    if values["leaflet"] not in leaflets:
        raise fail(f"no such leaflet {values['leaflet']!r} in source/; remove the entry, or restore the leaflet")
    if kind == LIFT:
        return Lift(**values, line=line)
    locale, leaflet, reason, by, on, english, translation = (values[key] for key in _KEYS[WITHDRAWAL])
    return Withdrawal(locale, leaflet, reason, by, on, english, translation, line=line)


def _append(root: Path, kind: str, fields: list[tuple[str, str]]) -> int:
    """Add a ``[[kind]]`` table of ``fields`` at the end of the file (made, with a note on what it is,
    if there is none); the line of its header. What is there is never rewritten: it is the record."""
    path = root / FILE_NAME
    before = path.read_text(encoding="utf-8") if path.is_file() else _PREAMBLE
    if before and not before.endswith("\n"):
        before += "\n"
    # JSON's string escapes are TOML's basic string's (\" \\ \n \uXXXX).
    entry = f"\n[[{kind}]]\n" + "".join(f"{key} = {json.dumps(value, ensure_ascii=False)}\n" for key, value in fields)
    path.write_text(before + entry, encoding="utf-8")
    return len((before + "\n").splitlines()) + 1


def append(root: Path, withdrawal: Withdrawal) -> int:
    """Add ``withdrawal`` at the end of the file; the line of its header."""
    fields = [(key, getattr(withdrawal, key)) for key in _KEYS[WITHDRAWAL] if key != "translation"]
    if withdrawal.translation:
        fields.append(("translation", withdrawal.translation))
    return _append(root, WITHDRAWAL, fields)


def withdraw(project, locale: str, leaflet: str, reason: str, by: str, on: date) -> tuple[Withdrawal, str]:
    """``leaflets withdraw``: record that the page dist/ publishes of ``locale``/``leaflet`` is to be
    taken from patients, with the text it shows (its record in dist/manifest.json); the withdrawal
    and the line it is written at. An error when dist/ publishes no such page, or its record does
    not say what it shows (published by an earlier leaflets: release once, then withdraw)."""
    from pipeline.manifest import read_manifest

    dist = project.relative(project.dist_dir)
    published = read_manifest(project.dist_dir, f"{dist}/manifest.json").pairs.get((locale, leaflet))
    page = published.files.get("html") if published else None
    if page is None:
        raise LeafletError(f"{dist}/ publishes no page of {locale}/{leaflet}: there is nothing to withdraw")
    english = page.inputs.get(ENGLISH_SHOWN, "")
    translation = "" if locale == project.source_locale else page.inputs.get(TRANSLATION_SHOWN, "")
    if not english or (locale != project.source_locale and not translation):
        raise LeafletError(
            f"{dist}/manifest.json does not say which text {dist}/{page.path} shows (an earlier leaflets "
            f"published it): run `leaflets build --release` once, then withdraw it"
        )
    withdrawal = Withdrawal(locale, leaflet, reason, by, on.isoformat(), english, translation)
    existing = load(project.root, (loc.code for loc in project.locales), leaflet_ids(project))
    same = next(
        (w for w in existing if w.lift is None and w.takes(locale, leaflet, page.inputs, project.source_locale)), None
    )
    if same is not None:
        raise LeafletError(f"{same.where} already withdraws the text {dist}/{page.path} shows: {same.reason}")
    line = append(project.root, withdrawal)
    return replace(withdrawal, line=line), f"{dist}/{page.path}"


def lift(project, locale: str, leaflet: str, reason: str, by: str, on: date) -> tuple[Lift, tuple[Withdrawal, ...]]:
    """``leaflets withdraw --lift``: record that the withdrawals of ``locale``/``leaflet`` in force are
    over (the release gate decides its page as usual from then on); the lift and what it ends. An
    error when none is in force: one of the English is lifted as the English's."""
    existing = load(project.root, (loc.code for loc in project.locales), leaflet_ids(project))
    ends = tuple(w for w in existing if w.lift is None and (w.locale, w.leaflet) == (locale, leaflet))
    if not ends:
        english = next(
            (w for w in existing if w.lift is None and applies_to(w, locale, leaflet, project.source_locale)), None
        )
        also = (
            f"; {english.where} withdraws its English, and so every language: lift that one "
            f"(leaflets withdraw --lift {english.locale} {leaflet})"
            if english is not None
            else ""
        )
        raise LeafletError(f"{FILE_NAME} holds no withdrawal of {locale}/{leaflet} in force to lift{also}")
    made = Lift(locale, leaflet, reason, by, on.isoformat())
    line = _append(project.root, LIFT, [(key, getattr(made, key)) for key in _KEYS[LIFT]])
    return replace(made, line=line), ends


def leaflet_ids(project) -> list[str]:
    return [path.stem for path in project.source_dir.glob("*.md")]


def project_withdrawals(project) -> tuple[tuple[Withdrawal, ...], str]:
    """The project's withdrawals and "", or () and why withdrawals.toml cannot be honoured
    (``check`` and ``status`` say so; a release stops on it)."""
    try:
        return load(project.root, (loc.code for loc in project.locales), leaflet_ids(project)), ""
    except LeafletError as exc:
        return (), str(exc)


def note(withdrawal: Withdrawal, source_locale: str, said: str = "") -> str:
    """What ``check`` and ``status`` say of a withdrawal: ``said``, how it stands (``status``
    judges it; ``check``, which notes only withdrawals that hold, says what ends it)."""
    english = withdrawal.locale == source_locale
    what = f"{withdrawal.locale}/{withdrawal.leaflet}"
    if english:
        what += " (its English, and so every language)"
    if not said:
        said = f"it holds until {_what_ends_it(withdrawal, english)}; status says whether it still holds"
    return f"{withdrawal.where}: {what} withdrawn by {withdrawal.by} on {withdrawal.on}: {withdrawal.reason}; {said}"


def lost_entry(judged: Standing, source_locale: str) -> str:
    """What ``check`` says of a withdrawal that holds and that only dist/manifest.json records (its entry
    lost from withdrawals.toml): an error, in the words with which a release refuses its page for it."""
    withdrawal = judged.withdrawal
    what = f"{withdrawal.locale}/{withdrawal.leaflet}"
    if withdrawal.locale == source_locale:
        what += " (its English, and so every language)"
    return f"{withdrawal.where}: a release refuses {what}: {withdrawal.describe()}; it {judged.said}"


def applies_to(withdrawal: Withdrawal, locale: str, leaflet: str, source_locale: str) -> bool:
    """Whether ``withdrawal`` is of a page of ``locale``/``leaflet``, whatever its text."""
    return leaflet == withdrawal.leaflet and withdrawal.locale in (locale, source_locale)
