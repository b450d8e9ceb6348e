"""A release never quietly puts back an English whose clinical review is older than the one
``dist/`` publishes.

A release made from an old checkout, or from a branch, would otherwise replace the reviewed
and published English (0.75 g/kg) with a superseded one (1 g/kg) and its translations, with
nothing to warn anyone. Every page's record says which clinical review its English had
(manifest.EnglishReview) and which commit the release was made from, so a release compares,
for each leaflet, the review of its English now with the review of the English published:

* a **later** ``reviewed_on``: a new review, released;
* the **same review** (``reviewed_text``, which binds the text and the claim): released;
* an **earlier** ``reviewed_on``: refused;
* the **same day, another text**: released when the text published is in this checkout's
  git history of the leaflet (a correction reviewed again the day it was published
  descends from it); refused when it is not (another branch's text reviewed that day, an
  older checkout, a release made from uncommitted changes): which is the later cannot be
  told, and the safe side is the English patients have. A project not in git has no
  branches or checkouts to mix up: its same-day correction is released.

A refused leaflet keeps every page dist/ publishes, as a leaflet the release did not select.
``leaflets build --release --roll-back ID --reason WHY`` releases it on purpose: the pages it
replaces are archived, and the manifest records the rollback and why.

Pure: git is asked through ``in_history``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.manifest import REVIEWED, TRANSLATION_SHOWN, EnglishReview, Manifest, OutputFile
from pipeline.model import Leaflet

OLDER, SAME_DAY = "older", "same day"


@dataclass(frozen=True)
class Reviewed:
    """An English's clinical review, with the version and commit it comes with."""

    review: EnglishReview
    version: str | None
    commit: str  # "": not known

    def describe(self) -> str:
        return self.review.describe(self.version, self.commit)


def english_review(leaflet: Leaflet) -> EnglishReview:
    """The clinical review its front matter claims, as a page's record keeps it."""
    return EnglishReview(leaflet.reviewed_by, leaflet.reviewed_on.isoformat(), leaflet.reviewed_text or "")


def published(previous: Manifest, leaflet: str, source_locale: str) -> Reviewed | None:
    """The review of the English ``dist/`` publishes for ``leaflet``: its English HTML page's record
    (any page of it when that has none); None when no page records one (an earlier leaflets)."""
    english = previous.pairs.get((source_locale, leaflet))
    records = [english.files.get("html")] if english else []
    records += [
        f for pair, record in sorted(previous.pairs.items()) if pair[1] == leaflet for f in record.files.values()
    ]
    for record in records:
        if record is not None and record.english_review is not None and record.english_review.reviewed_on:
            return Reviewed(record.english_review, record.version, record.commit)
    return None


def compare(now: Reviewed, before: Reviewed, in_history: Callable[[str], bool | None]) -> str:
    """OLDER or SAME_DAY when releasing ``now`` would put back an English older than ``before``
    (or not known to be later); "" when it may be released. ``in_history(reviewed_text)``: whether
    this checkout's git history of the leaflet holds the English that review is bound to (None:
    the project is not in git)."""
    if now.review.reviewed_text == before.review.reviewed_text or now.review.reviewed_on > before.review.reviewed_on:
        return ""
    if now.review.reviewed_on < before.review.reviewed_on:
        return OLDER
    return SAME_DAY if in_history(before.review.reviewed_text) is False else ""


def refusal(where: str, leaflet: str, source_locale: str, how: str, now: Reviewed, before: Reviewed) -> str:
    """Why a release refuses every page of the leaflet, naming both reviews and what to do."""
    if how == OLDER:
        what = "is older than that of the English dist/ publishes"
    else:
        what = (
            "was made the same day as that of the English dist/ publishes, of another text, which is not in "
            "this checkout's git history (another branch's, or released uncommitted): which is the later is not known"
        )
    return (
        f"{where}: the clinical review of this English ({now.describe()}) {what} ({before.describe()}); "
        f"releasing it would put a superseded English (and its translations) back in front of patients, so "
        f"dist/ keeps the pages it publishes of {leaflet}. Release from the checkout that has the English "
        f"published, or once a clinician has reviewed this English: "
        f'leaflets review {source_locale} {leaflet} --by "NAME"; or, to put it back on purpose: '
        f'leaflets build --release --roll-back {leaflet} --reason "WHY"'
    )


def rolled_back(leaflet: str, why: str, now: Reviewed, before: Reviewed) -> str:
    """What the manifest records of a rollback made on purpose, for each page it replaces or withdraws."""
    return (
        f"rolled back on purpose (--roll-back {leaflet}: {why}): the English reviewed by {now.describe()} "
        f"put back in place of the English reviewed by {before.describe()}"
    )


def published_page(previous: Manifest, locale: str, leaflet: str) -> OutputFile | None:
    """The record of the HTML page ``dist/`` publishes of ``leaflet`` in ``locale`` (None: none)."""
    record = previous.pairs.get((locale, leaflet))
    return record.files.get("html") if record is not None else None


def may_be_older(page: OutputFile | None, shown_now: str) -> bool:
    """Whether a translation showing ``shown_now`` may replace a published page (``page``, its HTML's
    record) reviewed under a later review: the page was released reviewed, and of other text."""
    return page is not None and page.review == REVIEWED and page.inputs.get(TRANSLATION_SHOWN, shown_now) != shown_now


def older_translation(
    locale: str, leaflet: str, now: Sequence[tuple[str, str]], shown_now: str, page: OutputFile | None
) -> str:
    """Why a release refuses a translation whose review is older than the review of the page ``dist/``
    publishes (``page``, its HTML's record) and that would show other text: "" when it may be released.

    The English has its rule above; a translation needs its own, as a release from an older
    checkout or another branch would otherwise put back a superseded translation (the warning a
    reviewer corrected, mistranslated again), reviewed and complete, with nothing said. ``now``:
    each catalog the page shows (its own, then ``common``) and the day of the translation review
    that covers it now (``""``: none). Compared catalog by catalog with the reviews the page was
    released under (``reviewed_by``, in the same order); the same text (a release made again)
    and a page released unreviewed are not compared."""
    if not may_be_older(page, shown_now):
        return ""
    assert page is not None
    for (file, day), then in zip(now, page.reviewed_by, strict=False):
        if not isinstance(then, str):
            continue  # a manifest edited by hand: no review to compare with
        if day and day < then.rpartition(" on ")[2]:
            domain = file.rpartition("/")[2].removesuffix(".po")
            return (
                f"{file}: its translation review of {day} is older than the review ({then}) of the translation "
                f"dist/{page.path} publishes, which this one would replace with other text; releasing it would put "
                f"a superseded translation back in front of patients, so dist/ keeps the page it publishes. Release "
                f"from the checkout that has the translation published, or once a second translator has reviewed "
                f'this one (which puts it back on purpose): leaflets review {locale} {domain} --by "NAME"'
            )
    return ""
