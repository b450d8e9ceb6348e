"""Translation review sign-off: who reviewed a translation, when, and against which English.

Medical translation is translated by one linguist and revised by a second
(ISO 17100); the record of that revision belongs with the translation. A
sign-off is a set of ``X-`` fields in the catalog's header, which Poedit,
Weblate and ``leaflets update`` keep as they are::

    X-Translation-Reviewer: Ji-woo Park
    X-Translation-Reviewed-On: 2026-12-01
    X-Translation-Reviewed-Source: sha256:…   the English passages reviewed against
    X-Translation-Reviewed-Hash: sha256:…     the translations reviewed
    X-Translation-Reviewed-Passages: 1a2b3c4d:5e6f7a8b …

The two hashes decide: a sign-off holds while the English passages and their
translations are exactly those reviewed. The last field holds, per passage,
a short digest of its English and of its translation, only to *name* what
changed since the review (a hash alone says that something did, not what).

Pure: functions of catalogs, message ids and dates; the command that writes
the header is :func:`record` plus the catalog writer.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from pipeline import word_diff
from pipeline.catalogs.catalog import Catalog, Message
from pipeline.catalogs.merge import closest_pairs
from pipeline.invisible import draws_nothing, reordering
from pipeline.source import latest_date, review_day_problem

_JOINERS = "\u200c\u200d"  # ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER: part of how Persian or Hindi names are written
REVIEWER = "X-Translation-Reviewer"
REVIEWED_ON = "X-Translation-Reviewed-On"
SOURCE_HASH = "X-Translation-Reviewed-Source"
TRANSLATION_HASH = "X-Translation-Reviewed-Hash"
PASSAGES = "X-Translation-Reviewed-Passages"
FIELDS = (REVIEWER, REVIEWED_ON, SOURCE_HASH, TRANSLATION_HASH, PASSAGES)

REVIEWED, NOT_REVIEWED, STALE, SOURCE_LANGUAGE = "reviewed", "not reviewed", "stale", "source language"

_SHORT = 8  # hex digits per passage digest: enough to name a passage, never to decide
MAX_NAME = 200


@dataclass(frozen=True)
class SignOff:
    """A recorded review, as the header says it."""

    reviewer: str
    reviewed_on: date
    source_hash: str
    translation_hash: str
    passages: tuple[tuple[str, str], ...] = ()  # (English digest, translation digest), in reading order


@dataclass(frozen=True)
class CatalogReview:
    """What a catalog says about its review: the sign-off, and its translations' digests now."""

    signoff: SignOff | None
    problem: str = ""  # a sign-off that cannot be read (a hand-edited header), said as a reason
    translations: Mapping[str, str] = field(default_factory=dict)  # msgid -> digest of its forms and state
    previous: Mapping[str, str] = field(default_factory=dict)  # fuzzy msgid -> its "#| msgid" (the old English)
    translator: str = ""  # the header's Last-Translator, which the translator's tool writes


@dataclass(frozen=True)
class ReviewState:
    """A sign-off judged against the English and the translation as they are now."""

    state: str  # REVIEWED, NOT_REVIEWED or STALE
    signoff: SignOff | None = None
    english_changed: tuple[str, ...] = ()  # msgids whose English is new or changed since the review
    translation_changed: tuple[str, ...] = ()  # msgids whose English is as reviewed but whose translation is not
    removed: int = 0  # passages reviewed that the English no longer has
    reordered: bool = False  # the passages still there, in another order than reviewed
    problem: str = ""

    @property
    def valid(self) -> bool:
        return self.state == REVIEWED


# -- digests -------------------------------------------------------------------


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def translation_digest(message: Message | None) -> str:
    """A translation as a reader would get it: every form, and whether it is fuzzy."""
    if message is None:
        return _sha("missing")
    return _sha(json.dumps([list(message.forms), message.fuzzy], ensure_ascii=False))


def source_hash(msgids: Iterable[str]) -> str:
    """The English passages, in reading order: what a reviewer compared the translation with."""
    return "sha256:" + _sha(json.dumps(list(dict.fromkeys(msgids)), ensure_ascii=False))


def translation_hash(msgids: Iterable[str], translations: Mapping[str, str]) -> str:
    """Every passage's translation, keyed by its English."""
    pairs = [[msgid, translations.get(msgid, _sha("missing"))] for msgid in dict.fromkeys(msgids)]
    return "sha256:" + _sha(json.dumps(pairs, ensure_ascii=False))


def passage_digests(msgids: Iterable[str], translations: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (_sha(msgid)[:_SHORT], _sha(msgid + "\0" + translations.get(msgid, _sha("missing")))[:_SHORT])
        for msgid in dict.fromkeys(msgids)
    )


def translation_kept(signoff: SignOff, reviewed_english: str, message: Message) -> bool:
    """Whether ``message``'s translation is the one ``signoff`` recorded for ``reviewed_english``, the
    English its own English replaced: the English changed since the review and the translation did not
    (a fuzzy mark cleared without an edit, or an English change the translator judged needs none)."""
    english = _sha(reviewed_english)[:_SHORT]
    translation = _sha(reviewed_english + "\0" + translation_digest(message))[:_SHORT]
    return (english, translation) in signoff.passages


def kept_translations(
    signoff: SignOff | None, changes: Iterable[EnglishChange], entries: Mapping[str, Message]
) -> list[EnglishChange]:
    """The ``changes`` (passages whose English changed since ``signoff``) whose translation now,
    in ``entries`` by msgid, is :func:`translation_kept`: known only where the English reviewed is."""
    if signoff is None:
        return []
    return [
        change
        for change in changes
        if change.reviewed is not None
        and change.now in entries
        and translation_kept(signoff, change.reviewed, entries[change.now])
    ]


# -- reading and writing the header --------------------------------------------


def catalog_review(catalog: Catalog) -> CatalogReview:
    """The sign-off a catalog records (if any) and its translations now."""
    translations = {m.msgid: translation_digest(m) for m in catalog.messages if m.msgid}
    previous = {m.msgid: m.previous_msgid for m in catalog.messages if m.fuzzy and m.previous_msgid}
    signoff, problem = None, ""
    values = {name: catalog.header_value(name) for name in FIELDS}
    if any(values.values()):
        try:
            signoff = _parse(values)
        except ValueError as exc:
            problem = f"the translation review in its header cannot be read ({exc}); record it again"
    return CatalogReview(signoff, problem, translations, previous, catalog.header_value("Last-Translator") or "")


def own_translator(review: CatalogReview | None, file: str) -> str:
    """A warning, naming ``file``, while the recorded reviewer is the catalog's Last-Translator: a
    translation is revised by a second linguist (ISO 17100). Not a refusal: a reviewer who mends a
    typo in Poedit becomes its Last-Translator. "" when the reviewer is someone else."""
    if review is None or review.signoff is None or not same_person(review.signoff.reviewer, review.translator):
        return ""
    return (
        f"{file}: reviewed by its own translator ({review.signoff.reviewer}, the catalog's Last-Translator "
        f"{review.translator!r}): a second linguist should review it (docs/reviewer.md)"
    )


def signoff_problem(values: Mapping[str, str | None]) -> str:
    """Why a header's review fields (by name) cannot be read as a sign-off; "" when they can, or when
    there is none."""
    if not any(values.get(name) for name in FIELDS):
        return ""
    try:
        _parse(values)
    except ValueError as exc:
        return str(exc)
    return ""


def _parse(values: Mapping[str, str | None]) -> SignOff:
    missing = [name for name in FIELDS[:4] if not values.get(name)]
    if missing:
        raise ValueError(f"{', '.join(missing)} missing")
    problem = name_problem(values[REVIEWER] or "")  # the header may be edited by hand
    if problem:
        raise ValueError(problem)
    try:
        reviewed_on = date.fromisoformat(values[REVIEWED_ON] or "")
    except ValueError:
        raise ValueError(f"{REVIEWED_ON} {values[REVIEWED_ON]!r} is not a date (YYYY-MM-DD)") from None
    problem = review_day_problem(reviewed_on, latest_date())  # every page tells patients the day
    if problem:  # edited by hand, or a clock wrong
        raise ValueError(f"{REVIEWED_ON} {reviewed_on.isoformat()} is {problem}")
    passages = []
    for item in (values.get(PASSAGES) or "").split():
        english, _, translation = item.partition(":")
        passages.append((english, translation))
    return SignOff(
        values[REVIEWER] or "", reviewed_on, values[SOURCE_HASH] or "", values[TRANSLATION_HASH] or "", tuple(passages)
    )


# What the tools print, and gettext's templates write, where a person's name goes: pasted as
# printed (`leaflets review es ivig-ten --by "NAME"`), it would be published as the reviewer.
PLACEHOLDERS = frozenset(
    {
        "name",
        "full name",
        "full name <email@address>",
        "your name",
        "reviewer",
        "reviewer name",
        "reviewer's name",
        "reviewers name",
        "first last",
        "firstname lastname",
        "first name last name",
        "name surname",
        "translator",
        "clinician",
        "who",
        "someone",
        "todo",
        "tbd",
        "xxx",
    }
)


def person_key(name: str) -> str:
    """A name as written by anyone: its e-mail part dropped ("Mei Wang <mei@example.org>"), case
    and the width of its characters ignored, every run of spaces and punctuation one space."""
    return _words(name.split("<")[0])


def same_person(one: str, other: str) -> bool:
    """Whether two names name one person, however each is written: "Wang Mei" and "mei wang
    <mei@example.org>", "Kim Min-ji" and "Kim Minji", "王 美" and "王美". Never of a name that is
    none (empty, a placeholder)."""
    a, b = person_key(one), person_key(other)
    if not a or not b or a in _PLACEHOLDER_WORDS or b in _PLACEHOLDER_WORDS:
        return False
    return sorted(a.split()) == sorted(b.split()) or a.replace(" ", "") == b.replace(" ", "")


def _words(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.replace("'", "")).split())


_PLACEHOLDER_WORDS = frozenset(_words(p) for p in PLACEHOLDERS)


def name_problem(name: str, what: str = "the reviewer's name") -> str | None:
    """Why ``name`` cannot be recorded as a person's name (``what``: whose, in the message);
    None when it can. Refused besides: the placeholders the tools print where a name goes, a
    "name" with no letter in it, and one character: every page shows it as the reviewer."""
    if not name.strip():
        return f"{what} is empty"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return f"{what} must be one line of text"
    if len(name) > MAX_NAME:
        return f"{what} is longer than {MAX_NAME} characters"
    shown = " ".join(name.split())
    if _words(shown) in _PLACEHOLDER_WORDS:
        return f"{what} {shown!r} is a placeholder, not a person's name"
    if not any(ch.isalpha() for ch in name):
        return f"{what} {shown!r} has no letter in it, so it names no one"
    if len("".join(name.split())) < 2:
        return f"{what} {shown!r} is one character, so it names no one"
    hidden = reordering(name)  # every page shows the name
    if hidden:
        return f"{what} holds {hidden.named}, which {hidden.why}: {hidden.in_context(name)}"
    # A character that draws nothing makes two names that look the same differ ("Ana<U+200B>Maria"):
    # only the joiners some scripts' names need (ZWJ, ZWNJ) may be in one.
    unseen = next((ch for ch in name if draws_nothing(ch) and not ch.isspace() and ch not in _JOINERS), None)
    if unseen is not None:
        return f"{what} holds U+{ord(unseen):04X} {unicodedata.name(unseen, '')}, which no page shows"
    return None


def record(catalog: Catalog, reviewer: str, on: date, msgids: Iterable[str]) -> Catalog:
    """The catalog with a sign-off of ``msgids`` (the English passages, in reading order) by ``reviewer``."""
    msgids = list(dict.fromkeys(msgids))
    current = catalog_review(catalog).translations
    values = {
        REVIEWER: " ".join(reviewer.split()),
        REVIEWED_ON: on.isoformat(),
        SOURCE_HASH: source_hash(msgids),
        TRANSLATION_HASH: translation_hash(msgids, current),
        PASSAGES: " ".join(f"{e}:{t}" for e, t in passage_digests(msgids, current)),
    }
    for name, value in values.items():
        catalog = catalog.with_header(name, value)
    return catalog


# -- judging -------------------------------------------------------------------


def judge(review: CatalogReview | None, msgids: Iterable[str]) -> ReviewState:
    """Does the recorded sign-off cover these English passages and their translations as they are now?"""
    msgids = list(dict.fromkeys(msgids))
    if review is None or review.signoff is None:
        return ReviewState(NOT_REVIEWED, problem=review.problem if review else "")
    signoff = review.signoff
    if signoff.source_hash == source_hash(msgids) and signoff.translation_hash == translation_hash(
        msgids, review.translations
    ):
        return ReviewState(REVIEWED, signoff)
    english = {e for e, _ in signoff.passages}
    pairs = set(signoff.passages)
    english_changed, translation_changed = [], []
    digests_now = passage_digests(msgids, review.translations)
    for msgid, digests in zip(msgids, digests_now, strict=True):
        if digests[0] not in english:
            english_changed.append(msgid)
        elif digests not in pairs:
            translation_changed.append(msgid)
    # A passage deleted, or moved, changes the page as an edit does: say which it was. A reviewed
    # passage gone is an edited one while a changed passage is there to account for it.
    now = [e for e, _ in digests_now]
    kept = [e for e in dict.fromkeys(e for e, _ in signoff.passages) if e in set(now)]
    removed = max(0, len(english) - len(kept) - len(english_changed))
    reordered = kept != [e for e in now if e in english]
    return ReviewState(STALE, signoff, tuple(english_changed), tuple(translation_changed), removed, reordered)


def describe(state: ReviewState) -> str:
    """The state in a few words, for ``leaflets status``."""
    signoff = state.signoff
    if state.state == REVIEWED and signoff:
        return f"reviewed by {signoff.reviewer} on {signoff.reviewed_on.isoformat()}"
    if state.state == STALE and signoff:
        parts = []
        if state.english_changed:
            parts.append(f"English changed in {_passages(len(state.english_changed))}")
        if state.translation_changed:
            parts.append(f"translation changed in {_passages(len(state.translation_changed))}")
        if state.removed:
            parts.append(f"{_passages(state.removed)} removed")
        if state.reordered:
            parts.append("passages reordered")
        since = ", ".join(parts) or "passages changed"
        return f"stale: {since} since the review of {signoff.reviewed_on.isoformat()}"
    return "unreadable" if state.problem else "not reviewed"


def _passages(count: int) -> str:
    return f"{count} passage" if count == 1 else f"{count} passages"


def shorten(text: str, limit: int = 60) -> str:
    """A passage named in a message: its first words, on one line."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- what changed in the English since the review --------------------------------


DIFF_LEGEND = "[-...-] is the English as reviewed, {+...+} the English now"
TRANSLATION_DIFF_LEGEND = "[-...-] is the translation as reviewed, {+...+} the translation now"


@dataclass(frozen=True)
class EnglishChange:
    """One passage whose English changed since the review: the English reviewed and the English now."""

    where: str  # "source/<id>.md:LINE"
    now: str
    reviewed: str | None = None  # None when not known (not found in git: pipeline/review_history.py) or new
    diff: str = ""  # word_diff.plain: the English now with [-removed-]{+added+}; "" when reviewed is None
    new: bool = False  # the English reviewed is known and had no passage this one replaced

    def to_json(self) -> dict:
        return {"where": self.where, "reviewed": self.reviewed, "now": self.now, "diff": self.diff, "new": self.new}

    def describe(self) -> str:
        """``where: "the diff"``, or the passage's first words when there is no diff to show."""
        if self.diff:
            return f'{self.where}: "{self.diff}"'
        return f'{self.where}: "{shorten(self.now)}"' + (" (new since the review)" if self.new else "")


def english_changes(
    state: ReviewState, msgids: Iterable[str], reviewed: Iterable[str] | None, where: Mapping[str, str], file: str
) -> tuple[EnglishChange, ...]:
    """Each passage whose English changed since the review (of ``msgids``, the English now),
    with the reviewed passage it replaced when ``reviewed`` (the English reviewed) is known:
    the closest of those no longer in the English, as ``leaflets update`` pairs a changed
    message with its old text for ``#| msgid`` (pipeline/catalogs/merge.py). ``where``:
    each passage's place in the source; ``file`` for a passage without one."""
    if reviewed is None:
        return tuple(EnglishChange(where.get(m, file), m) for m in state.english_changed)
    current = set(msgids)
    gone: dict[str, None] = {m: None for m in reviewed if m not in current}
    # One reviewed passage explains one passage now, the closest pairs first (two doses changed together
    # are each shown against their own old text, not crossed).
    pairs = closest_pairs({msgid: msgid for msgid in state.english_changed}, gone, reuse=False)
    changes = []
    for msgid in state.english_changed:
        match = pairs.get(msgid)
        if match is None:  # new since the review, or rewritten past recognition: all of it is to read
            changes.append(EnglishChange(where.get(msgid, file), msgid, new=True))
            continue
        old = match[1]
        changes.append(EnglishChange(where.get(msgid, file), msgid, old, word_diff.plain(old, msgid)))
    return tuple(changes)
