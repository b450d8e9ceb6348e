"""What a command did, for the command line to tell: one shape for every command.

``extract``, ``update``, ``init``, ``compile`` and ``build`` each return an
:class:`Outcome`. Catalog commands fill the file lists; a build also names the
pairs it refused or withdrew, and the draft pages it removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pipeline.findings import Finding


@dataclass(frozen=True)
class Refusal:
    """A leaflet-locale pair the release gate kept from patients, and why."""

    locale: str
    leaflet: str
    reasons: tuple[str, ...]
    # Kept out only by withdrawals recorded in withdrawals.toml: a decision carried out, not a failure
    # of the release, which exits 0 for it (README, "For CI: what to gate on").
    on_purpose: bool = False


WITHHELD = "withheld"  # how the command line heads a pair kept out only by a withdrawal on purpose


def refusal_lines(refused: Iterable[Refusal]) -> Iterator[str]:
    """The refusals as the command line prints them, each reason several pairs share (the
    English awaiting its clinical review stops the page in every language, with a diff of what
    changed) in full once: :class:`SharedReasons`. A pair withdrawn on purpose and kept out for
    nothing else is headed as withheld, not refused: the release does not fail for it."""
    shared = SharedReasons()
    for refusal in refused:
        pair = f"{refusal.locale}/{refusal.leaflet}"
        yield (
            f"{WITHHELD} {pair} (withdrawn on purpose; not a failure of the release):"
            if refusal.on_purpose
            else f"refused {pair}:"
        )
        yield from shared.lines(pair, refusal.reasons)


class SharedReasons:
    """Reasons listed under one heading after another (a pair, then the next): one several share
    is given in full the first time, then by its place and first words, so that what is each
    one's own stands out (``status`` gives common.po's missing review under every leaflet)."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}  # reason -> the heading it was given in full under

    def lines(self, heading: str, reasons: Iterable[str]) -> Iterator[str]:
        for reason in reasons:
            if reason in self._first:
                yield f"  - {_headline(reason)} (in full under {self._first[reason]} above)"
            else:
                self._first[reason] = heading
                yield f"  - {reason}"


_PLACE = re.compile(r"\S+?: ")  # the file (and line) a reason starts with


def _headline(reason: str) -> str:
    """``file:line: what happened: the details; what to do`` -> ``file:line: what happened``."""
    found = _PLACE.match(reason)
    place = found.group() if found else ""
    return place + reason[len(place) :].split(": ", 1)[0].split("; ", 1)[0]


@dataclass(frozen=True)
class Withdrawal:
    """A published page taken out of a release (moved to its archive, never deleted)."""

    locale: str
    leaflet: str
    files: tuple[str, ...]  # where the pages were, e.g. dist/ko_KR/ivig-ten.html
    archive: str  # where they are now, e.g. dist/archive/ko_KR/ivig-ten/1.0/
    reason: str


@dataclass(frozen=True)
class Removal:
    """A draft pair's pages taken out of build/: they no longer showed what they are made from,
    and could not be made again."""

    locale: str
    leaflet: str
    files: tuple[str, ...]  # build/ko_KR/ivig-ten.html, build/ko_KR/ivig-ten.pdf
    shown: str  # what they showed: "it showed locales/ko_KR/LC_MESSAGES/ivig-ten.po before its error"
    fix: str = ""  # what to fix first ("fix it"); empty: what ``shown`` names in brackets
    # nothing to fix, only the command that makes them again (a PDF a build did not make)
    again: str = ""

    @property
    def reason(self) -> str:
        """What they showed, and what to do: build again."""
        if self.again:
            return f"{self.shown}; {self.again}"
        return (
            f"{self.shown}; {self.fix} and build again" if self.fix else f"{self.shown}; build again once that is fixed"
        )

    def in_preview(self) -> str:
        """What they showed, and what to do in ``leaflets serve``, which rebuilds the page (never the
        PDF) as soon as a file it is made from is saved."""
        if self.again:
            return self.reason
        page = "the page"
        pdfs = [file for file in self.files if not file.endswith(".html")]
        if pdfs:
            page += f" (the PDF{'s' if len(pdfs) > 1 else ''}: leaflets build --locale {self.locale} --leaflet {self.leaflet})"
        if self.fix:
            return f"{self.shown}; {self.fix} and save it: this preview rebuilds {page}"
        return f"{self.shown}; once that is fixed, this preview rebuilds {page} when a file it is made from is saved"


@dataclass
class Outcome:
    changed: list[str] = field(default_factory=list)  # files written (a build: pairs rendered)
    unchanged: list[str] = field(default_factory=list)  # already up to date
    # a build: PDFs whose inputs changed but not the page they lay out, kept as they were
    kept: list[str] = field(default_factory=list)
    # a build: files rendered again whose bytes came out as the folder holds them, left untouched
    same: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # errors, as ``file:line: message``
    notes: list[str] = field(default_factory=list)  # worth knowing, not failures
    refused: list[Refusal] = field(default_factory=list)
    withdrawn: list[Withdrawal] = field(default_factory=list)
    # a release: published pages replaced by pages of other words, kept in the archive (still published)
    replaced: list[Withdrawal] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)  # a draft build
    failed: list[str] = field(default_factory=list)  # a build: pairs that could not be built
    # A draft build: errors of translations its pages do not show (each once), the English shown instead.
    # Not a failure: a draft renders everything (README, "Draft and release: the safety contract").
    held_back: list[Finding] = field(default_factory=list)
    # A draft build: "locale/leaflet" -> how many check errors its catalogs have that hold back no
    # passage of its page (a catalog's header, a changed msgid): the page looks right, a release refuses it.
    unshown_errors: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.failed_refusals and not self.failed

    @property
    def failed_refusals(self) -> list[Refusal]:
        """The pairs a release refused that fail it: every refusal but a withdrawal on purpose alone."""
        return [refusal for refusal in self.refused if not refusal.on_purpose]

    @property
    def withheld(self) -> list[Refusal]:
        """The pairs a release kept out only because they are withdrawn on purpose (withdrawals.toml)."""
        return [refusal for refusal in self.refused if refusal.on_purpose]

    def written(self, name: str, changed: bool) -> None:
        """A file a command wrote (``changed``) or found already as it would write it."""
        (self.changed if changed else self.unchanged).append(name)

    def hold_back(self, findings: tuple[Finding, ...]) -> None:
        """Record the errors that hold translations back, each once, however many pages show them."""
        self.held_back += [finding for finding in findings if finding not in self.held_back]

    @property
    def translations_held_back(self) -> int:
        """How many translations the held-back errors are of (one may fail two checks)."""
        return len({(finding.file, finding.msgid) for finding in self.held_back})

    def held_back_note(self, preview: bool = False) -> str:
        """What the held-back lines mean, and what to do; ``preview``: in ``leaflets serve``,
        which rebuilds the page when its catalog is saved."""
        count = self.translations_held_back
        what = "translation that fails" if count == 1 else "translations that fail"
        its, it = ("its", "it") if count == 1 else ("their", "them")
        again = "save it: this preview rebuilds the page" if preview else "build again"
        return (
            f"held back {count} {what} a check (above): the draft shows {its} English instead, "
            f"marked, and a release refuses {it}; correct {it} and {again}"
        )

    def unshown_errors_note(self) -> str:
        """What the errors no draft page shows are, where, and what to do; "" when there are none.
        Counted per page: an error of common is one of every page of its language."""
        if not self.unshown_errors:
            return ""
        pairs = ", ".join(
            f"{pair} ({count} error{'s' if count != 1 else ''})" for pair, count in sorted(self.unshown_errors.items())
        )
        pages, command = "those pages", "leaflets check"
        if len(self.unshown_errors) == 1:
            locale, leaflet = next(iter(self.unshown_errors)).split("/")
            pages, command = "that page", f"leaflets check --locale {locale} --leaflet {leaflet}"
        return (
            f"the catalogs of {pairs} fail checks in what no draft page shows (a header, an entry no "
            f"passage is shown from): a release refuses {pages}; {command} lists them"
        )

    def problem(self, message: str) -> None:
        """Record a problem once, however many pairs it stops."""
        if message not in self.problems:
            self.problems.append(message)
