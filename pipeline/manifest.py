"""The manifest of a build folder: ``build/manifest.json`` and ``dist/manifest.json``.

One concept for both folders. For every leaflet-locale pair it records

* the **assessment**: what the current inputs said when last read (may the pair
  be rendered or released, its title and progress), with the digest of each
  input, so an unchanged pair is never read, checked or gated again;
* its **files**: every page the folder holds for the pair, with what it was made
  from (the English source's digest and version, the English text that version
  names, the catalogs' digests, the templates, config, fonts, code and library
  versions), its check summary,
  the switcher links it carries, when it was rendered and its own digest. A
  PDF's record also names the page it was laid out from (:data:`LAID_OUT`), and the
  fonts it is set in, by file and version (:class:`UsedFont`).

Once, at the top, the versions of the tools that made its pages (:class:`Tools`), in
clear text beside the digests the pages' inputs record.

``dist/manifest.json`` adds the history of ``dist/archive/``: the pages **withdrawn** from
patients (each page a later release published again marked ``republished``, with when) and
the published pages a release **replaced** with other content, and where each is kept. What
is published now is ``pairs``' files alone. Each page records the clinical review of the
English it was made from (:class:`EnglishReview`) and the git commit the release was made
from, so that a release can refuse to put an English with an older review back in place.
The manifest is written after everything it describes, so a file it records with a
digest is exactly that file. It is written one line per record (:meth:`Manifest.to_json`);
any JSON layout of the same data is read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline import review
from pipeline.errors import LeafletError
from pipeline.findings import Finding
from pipeline.fingerprint import digest_of

MANIFEST_NAME = "manifest.json"
INDEX_NAME = "index.html"
FORMAT = 1

# Among a PDF's inputs: the digest of the HTML and print stylesheet WeasyPrint laid it out
# from, the only way its catalogs and source reach it. Known once the page is made again,
# it lets a build keep a PDF whose page comes out the same (pipeline.plan.same_page).
LAID_OUT = "page laid out"
# Among a page's inputs: the digest of the English the templates give it (page text, disclaimer).
TEMPLATE_MESSAGES = "template messages"
# Among a page's inputs: the digest of the English of its leaflet that it shows (source.shown_digest),
# which a note to translators, a comment or a line break in the source does not change. A release
# keeps a translation while it is the English's now; a record without it is judged by ``source``.
ENGLISH_SHOWN = "english shown"
# Among a translated page's inputs: the digest of what its catalogs (its leaflet's and common) give
# it (translations.shown_digest), which a translator's comment, the catalog's line wrapping or a
# header field no page reads does not change. A release keeps a page beside pages of its pair
# rendered now while it is theirs; a record without it is judged by its catalogs' bytes. It sums
# up other inputs (the catalogs, the glossary through the checks): the build renders by those.
TRANSLATION_SHOWN = "translation shown"

# Assessment verdicts.
READY = "ready"  # render it (a release: every check passed, everything translated)
REFUSED = "refused"  # a release may not publish it; the reasons say why
BROKEN = "broken"  # a catalog it needs cannot be read

# What a page was released under (OutputFile.review): the words pipeline.review uses.
REVIEWED, NOT_REVIEWED, SOURCE_LANGUAGE = review.REVIEWED, review.NOT_REVIEWED, review.SOURCE_LANGUAGE
UNKNOWN = ""


@dataclass(frozen=True)
class Checks:
    """Findings of the pair's catalog and the templates' catalog (common) together."""

    errors: int = 0
    warnings: int = 0


@dataclass(frozen=True)
class EnglishReview:
    """The clinical review of the English a page was made from (its front matter: pipeline/clinical_review.py)."""

    reviewed_by: str = ""
    reviewed_on: str = ""  # ISO 8601 date
    reviewed_text: str = ""  # the digest the review is bound to ("": none recorded)

    def describe(self, version: str | None, commit: str) -> str:
        """``Dr. Mina Cho on 2026-10-01, version 2.1, commit 1a2b3c4d5e6f``: as a refusal names it."""
        said = f"{self.reviewed_by} on {self.reviewed_on}, version {version or '(none)'}"
        return (
            f"{said}, commit {commit[:12]}{' (uncommitted changes)' if commit.endswith(DIRTY) else ''}"
            if commit
            else said
        )


@dataclass(frozen=True)
class UsedFont:
    """A font a PDF is set in, as its record names it: the family and style the PDF embeds
    (``Noto Sans CJK KR``, ``Bold``), the font file fontconfig gives for them and the version its
    name table states (pipeline/used_fonts.py); ``file`` "": no installed font has that name now."""

    family: str
    style: str
    file: str = ""  # its name, not where it is: NotoSansCJK-Bold.ttc
    version: str = ""  # Version 2.004;hotconv 1.0.118;makeotfexe 2.5.65603


@dataclass(frozen=True)
class Tools:
    """The tools of the build that last wrote the manifest, in clear text (fingerprint.tool_versions),
    and their digests as its pages' ``inputs`` record them (``libraries``, ``pdf libraries``): a page
    whose inputs name the same digests was made with these versions; one kept from an earlier build
    (a release's page it could not make again) names other digests. Empty in a manifest an earlier
    leaflets wrote."""

    versions: dict[str, str] = field(default_factory=dict)
    libraries: str = ""
    pdf_libraries: str = ""


# Marks a commit the release was made from whose working tree had uncommitted changes.
DIRTY = "-dirty"


@dataclass(frozen=True)
class Assessment:
    inputs: dict[str, str]  # input name -> digest
    verdict: str
    reasons: tuple[str, ...] = ()
    version: str | None = None  # the English version (front matter ``version``)
    title: str = ""  # as the page shows it
    percent: int = 100  # passages translated (a draft shows the rest in English)
    checks: Checks = Checks()
    font_gaps: tuple[str, ...] = ()  # characters its PDF's fonts cannot show (refuses the PDF's release)
    missing_characters: str = ""  # those characters, which a draft's page names in its banner
    missing_at: str = ""  # where the first of them is written, file:line (a catalog entry, the English)
    title_translated: bool = True  # False: the title is shown in the source language
    review: str = ""  # a release's: what its pages would be released under (see OutputFile.review)
    reviewed_by: tuple[str, ...] = ()
    # What its pages show of the English (ENGLISH_SHOWN): made from ``inputs``' source, so known
    # whenever the assessment is; "" in one an earlier leaflets recorded.
    english_shown: str = ""
    # What its catalogs give its pages (TRANSLATION_SHOWN), for a translation; "" for the English,
    # and in one an earlier leaflets recorded.
    translation_shown: str = ""
    # The digest of its leaflet's English text as a version names it (text_version.text_digest: the
    # passages and references, not the review's claim); "" in one an earlier leaflets recorded.
    english_text: str = ""
    # The errors of each translation its page would show that fails a check (its catalog's, and
    # common's page text): held back, the English shown instead; a draft says so every build.
    held_back: tuple[Finding, ...] = ()
    # The clinical review of the English it is made from; None in one an earlier leaflets recorded.
    english_review: EnglishReview | None = None
    # A release's: each catalog of the page reviewed by its own translator (review.own_translator),
    # which it publishes all the same and names in a note.
    own_translator: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return digest_of(self.inputs)

    def font_gaps_where(self, elsewhere: str) -> list[tuple[str, str]]:
        """Each font gap with where to fix it: the gap of characters no font covers (fonts.problems
        gives it last) where the first of them is written (a catalog entry, the English), the
        others (a font not installed) ``elsewhere``."""
        return [
            (self.missing_at if self.missing_at and gap == self.font_gaps[-1] else elsewhere, gap)
            for gap in self.font_gaps
        ]


@dataclass(frozen=True)
class OutputFile:
    """One file of the folder and exactly what it was made from."""

    path: str  # relative to the folder: ko_KR/ivig-ten.html
    format: str  # html or pdf
    sha256: str
    size: int
    inputs: dict[str, str]  # input name -> digest (``links``: the locales its switcher links)
    version: str | None
    title: str
    percent: int
    checks: Checks
    built: str  # when it was rendered, ISO 8601
    seconds: float = 0.0  # how long it took (the next build schedules the longest first)
    title_translated: bool = True  # False: the index shows the title in the source language, and says so
    # What a release published it under: REVIEWED, by ``reviewed_by`` (the reviews of its catalog
    # and of common, "Ji-woo Park on 2026-12-01"), or NOT_REVIEWED, its language's sign_off being
    # "optional"; SOURCE_LANGUAGE for the English. "" (UNKNOWN): not recorded, by a draft or by a
    # release older than this field, which pipeline.plan treats as possibly not reviewed.
    review: str = UNKNOWN
    reviewed_by: tuple[str, ...] = ()
    # The English text its ``version`` named when it was made (Assessment.english_text): a release
    # refuses to publish another text under the same version (pipeline/text_version.py); "": not recorded.
    english_text: str = ""
    # The clinical review of the English it was made from; None: not recorded (an earlier leaflets).
    english_review: EnglishReview | None = None
    # The git commit (HEAD) of the release that made it, DIRTY added when the working tree had
    # uncommitted changes; "": not recorded, a draft, or not a git repository.
    commit: str = ""
    # A PDF's: the fonts it is set in (UsedFont), named when it was written or made again; ():
    # an HTML page (the reader's browser sets it), or not recorded (an earlier leaflets).
    fonts: tuple[UsedFont, ...] = ()

    @property
    def key(self) -> str:
        return digest_of(self.inputs)

    @property
    def source(self) -> str:
        """The digest of the English source this page was made from."""
        return self.inputs.get("source", "")

    @property
    def locale_settings(self) -> str:
        """The digest of its locale's settings in leaflets.toml when it was made (sign_off among them)."""
        return self.inputs.get("locale", "")


@dataclass(frozen=True)
class PairRecord:
    locale: str
    leaflet: str
    assessment: Assessment | None = None
    files: dict[str, OutputFile] = field(default_factory=dict)  # format -> file

    @property
    def published(self) -> bool:
        """The folder holds a page for it (what switchers and the index link)."""
        return "html" in self.files


@dataclass(frozen=True)
class WithdrawnRecord:
    locale: str
    leaflet: str
    version: str | None  # the English version the pages were made from
    source: str  # its digest ("" when no record said)
    files: tuple[str, ...]  # where they are now, under archive/
    reason: str
    withdrawn: str  # when, ISO 8601
    english_text: str = ""  # the English text its version named (OutputFile.english_text); "": not recorded
    # Each of its pages (``ko_KR/ivig-ten.html``) a later release published again -> when, ISO 8601.
    # A page not in it is still withdrawn (or withdrawn again since: a later record says so).
    # A record an earlier leaflets wrote gets it from the first release that reads it: "by then".
    republished: dict[str, str] = field(default_factory=dict)
    # What its pages show (their ENGLISH_SHOWN and TRANSLATION_SHOWN digests): a withdrawal on purpose
    # is of that text, and a checkout whose withdrawals.toml lacks it must still know it; "": not recorded
    english_shown: str = ""
    translation_shown: str = ""

    @property
    def pages(self) -> tuple[str, ...]:
        """Where its pages were published: ``ko_KR/ivig-ten.html`` for ``archive/ko_KR/ivig-ten/2.1/ivig-ten.html``."""
        return tuple(f"{self.locale}/{file.rpartition('/')[2]}" for file in self.files)


@dataclass(frozen=True)
class ReplacedRecord:
    """Published pages a release replaced with pages of other content (a new English, a corrected
    translation, a rollback), kept under archive/ as patients were shown them. Not withdrawn: the
    pair is published still, by the pages that replaced them."""

    locale: str
    leaflet: str
    version: str | None  # the English version the replaced pages were made from
    source: str  # its digest
    files: tuple[str, ...]  # where they are now, under archive/
    reason: str  # what changed
    replaced: str  # when, ISO 8601


Pair = tuple[str, str]  # (locale, leaflet id)


@dataclass(frozen=True)
class Manifest:
    release: bool = False
    pairs: dict[Pair, PairRecord] = field(default_factory=dict)
    withdrawn: tuple[WithdrawnRecord, ...] = ()
    replaced: tuple[ReplacedRecord, ...] = ()
    tools: Tools = Tools()
    # (a release) the clinical review of the page text and medical disclaimer its pages were made
    # with (templates/clinical_review.toml): a later release must not put an older one back
    # (pipeline/page_text_review.py); None: a draft, or a release by an earlier leaflets
    page_text_review: EnglishReview | None = None
    # (a release) the git commit (HEAD, DIRTY added for uncommitted changes) of the release that made
    # the folder as it is: a release from a strict ancestor of it would put back what changed since
    # (pipeline/checkout_order.py); "": a draft, not in git, or a release by an earlier leaflets
    commit: str = ""
    # (a release whose ``commit`` is DIRTY) the digest of its uncommitted changes
    # (review_history.uncommitted_changes): a release of the same commit without them is refused
    # (pipeline/checkout_order.py); "": committed, a draft, or not recorded (an earlier leaflets)
    uncommitted: str = ""
    # with it, each path those changes touch and a short digest of what it held: for a refusal to name
    # the paths where a checkout's changes differ (review_history.WorkingChanges); empty: none recorded
    uncommitted_paths: dict[str, str] = field(default_factory=dict)

    def files(self) -> dict[str, OutputFile]:
        """Every file recorded, by its path in the folder."""
        return {f.path: f for record in self.pairs.values() for f in record.files.values()}

    def with_pair(self, record: PairRecord) -> Manifest:
        return replace(self, pairs={**self.pairs, (record.locale, record.leaflet): record})

    def to_json(self) -> bytes:
        """One line per record: a pair and its assessment, each of its files, each withdrawal and replacement.

        Each line is encoded compactly by ``json``'s C encoder (an ``indent`` makes it use the
        pure-Python one, three times slower: bench/results/manifest_write.md). A diff still
        names the records that changed. The same JSON as indented manifests: :func:`read_manifest`
        reads both, and so does any earlier version."""
        pairs = sorted(self.pairs.values(), key=lambda r: (r.leaflet, r.locale))
        page_text = f'"page_text_review": {_encode(self.page_text_review)}, ' if self.page_text_review else ""
        commit = f'"commit": {_encode(self.commit)}, ' if self.commit else ""
        uncommitted = f'"uncommitted": {_encode(self.uncommitted)}, ' if self.uncommitted else ""
        if self.uncommitted_paths:
            uncommitted += f'"uncommitted_paths": {_encode(dict(sorted(self.uncommitted_paths.items())))}, '
        lines = [
            f'{{"manifest": {FORMAT}, "release": {_encode(self.release)}, "tools": {_encode(self.tools)}, '
            f'{page_text}{commit}{uncommitted}"pairs": ['
        ]
        for n, record in enumerate(pairs, start=1):
            lines.append(
                f'{{"locale": {_encode(record.locale)}, "leaflet": {_encode(record.leaflet)}, '
                f'"assessment": {_encode(record.assessment)}, "files": {{'
            )
            lines += _items([f"  {_encode(fmt)}: {_encode(f)}" for fmt, f in sorted(record.files.items())])
            lines.append("}}" if n == len(pairs) else "}},")
        lines.append('], "withdrawn": [')
        lines += _items([_encode(w) for w in self.withdrawn])
        lines.append('], "replaced": [')
        lines += _items([_encode(r) for r in self.replaced])
        lines.append("]}")
        return ("\n".join(lines) + "\n").encode("utf-8")


def read_manifest(folder: Path, relative: str, *, draft: bool = False) -> Manifest:
    """The folder's manifest; an empty one when there is none yet.

    ``relative`` names the file in messages. A manifest that cannot be read is
    an error, never silently replaced: it is the only record of what a release
    was made from. A release's (``draft`` False) says to restore it, never to move
    it away: that would lose the record of what was released and withdrawn; a
    draft's is a cache, rebuilt without it.
    """
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return Manifest()
    try:
        data = json.loads(path.read_bytes())
        if data.get("manifest") != FORMAT:
            raise ValueError(f"format {data.get('manifest')!r}, this version reads {FORMAT}")
        return Manifest(
            release=bool(data["release"]),
            pairs={(p["locale"], p["leaflet"]): _pair_from(p) for p in data["pairs"]},
            withdrawn=tuple(
                _known(
                    WithdrawnRecord, {**w, "files": tuple(w["files"]), "republished": dict(w.get("republished", {}))}
                )
                for w in data["withdrawn"]
            ),
            # An earlier leaflets archived no replaced page.
            replaced=tuple(_known(ReplacedRecord, {**r, "files": tuple(r["files"])}) for r in data.get("replaced", ())),
            # An earlier leaflets named no tools.
            tools=_known(Tools, {**data.get("tools", {}), "versions": dict(data.get("tools", {}).get("versions", {}))}),
            # An earlier leaflets did not record it.
            page_text_review=_known(EnglishReview, data["page_text_review"]) if data.get("page_text_review") else None,
            commit=str(data.get("commit", "")),  # an earlier leaflets did not record it
            uncommitted=str(data.get("uncommitted", "")),  # nor this
            uncommitted_paths={
                str(path): str(state) for path, state in dict(data.get("uncommitted_paths", {})).items()
            },
        )
    except (ValueError, KeyError, TypeError) as exc:
        if draft:
            raise LeafletError(
                f"cannot read the build manifest ({exc}); move it away to rebuild everything", relative
            ) from None
        raise LeafletError(unreadable_release_manifest(relative, exc), relative) from None


def unreadable_release_manifest(relative: str, exc: Exception) -> str:
    """Why a release's manifest cannot be read, and how to get it back (README, Deploying a release:
    dist/ is kept with the project's records, and copied to the web server with its manifest)."""
    dist = relative.rpartition("/")[0] or "."
    return (
        f"cannot read the release manifest ({exc}); it is the only record of what {dist}/ released and "
        f"withdrew, so do not move it away: restore it from the copy of {dist}/ kept with your records, or "
        f"from the web server the last release was copied to (README: Deploying a release); a release "
        f"refuses until it can be read"
    )


# ``json.dumps`` with no indent: the C encoder; one encoder, not one per record. A record
# (a frozen dataclass, its checks one too) is encoded as its fields, in their order; tuples as lists.
_encode = json.JSONEncoder(ensure_ascii=False, default=vars).encode


def _items(lines: list[str]) -> list[str]:
    """JSON members, one a line: a comma after each but the last."""
    return [line + "," for line in lines[:-1]] + lines[-1:]


def _pair_from(data: dict) -> PairRecord:
    assessment = data["assessment"]
    if assessment is not None:
        assessment = _known(
            Assessment,
            {
                **assessment,
                "reasons": tuple(assessment.get("reasons", ())),
                "checks": Checks(**assessment.get("checks", {})),
                "font_gaps": tuple(assessment.get("font_gaps", ())),
                "reviewed_by": tuple(assessment.get("reviewed_by", ())),
                "held_back": tuple(_known(Finding, f) for f in assessment.get("held_back", ())),
                "english_review": _english_review(assessment.get("english_review")),
                "own_translator": tuple(assessment.get("own_translator", ())),
            },
        )
    files = {
        fmt: _known(
            OutputFile,
            {
                **f,
                "checks": Checks(**f["checks"]),
                "reviewed_by": tuple(f.get("reviewed_by", ())),
                "english_review": _english_review(f.get("english_review")),
                "fonts": tuple(_known(UsedFont, font) for font in f.get("fonts", ())),
            },
        )
        for fmt, f in data["files"].items()
    }
    return PairRecord(data["locale"], data["leaflet"], assessment, files)


def _english_review(value: dict | None) -> EnglishReview | None:
    return None if value is None else _known(EnglishReview, value)


def _known(kind, values: dict):
    """A record from a manifest written by another version: fields it lacks take their defaults."""
    return kind(**{name: value for name, value in values.items() if name in kind.__dataclass_fields__})
