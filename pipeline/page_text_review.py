"""The clinical review of the English page text: what ``templates/`` give every page.

Every English page carries, besides its leaflet, the page text and the medical
disclaimer ("If you think you have a medical emergency, call 911 right away."):
the messages of the ``common`` domain, extracted from the templates. That advice
reaches patients as surely as a dose does, so, as a leaflet's English is bound
to its clinical review (pipeline/clinical_review.py), the page text is bound to
one, recorded by ``leaflets review en common --by NAME [--on DATE]`` in
``templates/clinical_review.toml``::

    reviewed_by = "Dr. Mina Cho, PharmD"
    reviewed_on = 2026-10-15
    reviewed_text = "sha256:…"

``reviewed_text`` hashes the page text's messages (context, text and plural
form of each, sorted: not the translators' comments, not where they are written,
not the markup around them) and the claim itself: a reworded disclaimer, a new
line on the page, or a ``reviewed_on`` moved by hand leaves it behind. The page
text is then

``REVIEWED`` the digest matches the page text as it is now;
``STALE``    it does not: a release publishes nothing (dist/ stays as the last
             release left it, whose pages show the page text reviewed then),
             a draft marks every page, ``check`` reports a [clinical-review] error;
``UNBOUND``  no review is recorded (no file, or it cannot be read), treated as stale.

The file is under ``templates/``, so it is among the templates every page is
made from: recording a review renders the pages again (a draft's mark goes).

Pure but for :func:`read` and :func:`assess`, which read the file and the templates.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from pipeline import review
from pipeline.config import COMMON_DOMAIN, Project
from pipeline.findings import ERROR, Finding
from pipeline.manifest import EnglishReview

FILE = "clinical_review.toml"  # in templates/
CHECK = "clinical-review"
REVIEWED, STALE, UNBOUND = "reviewed", "stale", "unbound"
_KEYS = ("reviewed_by", "reviewed_on", "reviewed_text")

# The header every written file starts with: whoever opens it learns what it is and how it is written.
HEADER = """\
# The clinical review of the English page text and medical disclaimer: the text the
# templates in this folder give every page (the messages of locales/common.pot).
# Written by `leaflets review en common --by "NAME" [--on YYYY-MM-DD]` once a clinician
# has reviewed that text; do not edit it by hand. reviewed_text is a digest of the
# page text reviewed (and of this claim): while the templates give other text, a
# release publishes nothing, a draft marks every page and `leaflets check` says so.
"""


# A message of the page text: (context, text, plural form); "" where it has none.
Message = tuple[str, str, str]


def text_digest(messages: Iterable[Message], reviewed_by: str, reviewed_on: date) -> str:
    """What a clinical review of the page text covers, as one digest: its messages in a stable
    order (sorted, each once: moving a template's line or its translators' note changes nothing)
    and the claim."""
    payload = {
        "page text": sorted({tuple(m) for m in messages}),
        "reviewed_by": reviewed_by,
        "reviewed_on": reviewed_on.isoformat(),
    }
    return "sha256:" + hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class Recorded:
    """The review as ``templates/clinical_review.toml`` says it."""

    reviewed_by: str
    reviewed_on: date
    reviewed_text: str
    line: int  # of reviewed_text, where a message points


@dataclass(frozen=True)
class Verdict:
    state: str
    file: str  # templates/clinical_review.toml, as users see it
    line: int  # where the review is written (1: the file, or where it cannot be read)
    message: str = ""  # "" when REVIEWED
    recorded: Recorded | None = None

    @property
    def reviewed(self) -> bool:
        return self.state == REVIEWED

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def command(source_locale: str) -> str:
    return f'leaflets review {source_locale} {COMMON_DOMAIN} --by "NAME"'


def parse(text: str, file: str) -> Recorded | tuple[int, str]:
    """The review the file records, or (line, why it cannot be read)."""
    lines = {key: n for n, line in enumerate(text.splitlines(), 1) for key in _KEYS if re.match(rf"\s*{key}\s*=", line)}
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # "Invalid value (at line 9, column 15)": no lineno before 3.14
        at = re.search(r"at line (\d+)", str(exc))
        return int(at.group(1)) if at else 1, f"{file} is not valid TOML ({exc})"
    missing = [key for key in _KEYS if key not in data]
    if missing:
        return 1, f"{file} does not say {', '.join(missing)}"
    by, on, digest = data["reviewed_by"], data["reviewed_on"], data["reviewed_text"]
    if not isinstance(by, str) or not by.strip():
        return lines.get("reviewed_by", 1), "reviewed_by must name the clinician who reviewed the page text"
    unnamed = review.name_problem(by, "reviewed_by")  # written by hand, or by an earlier leaflets from --by "NAME"
    if unnamed:
        return lines.get("reviewed_by", 1), f"{unnamed}: it must name the clinician who reviewed the page text"
    if not isinstance(on, date) or isinstance(on, datetime):
        return lines.get("reviewed_on", 1), "reviewed_on must be a day, such as 2026-10-15"
    if not isinstance(digest, str) or not digest.startswith("sha256:"):
        return lines.get("reviewed_text", 1), 'reviewed_text must be a digest ("sha256:…") written by leaflets review'
    return Recorded(by, on, digest, lines.get("reviewed_text", 1))


def judge(
    recorded: Recorded | tuple[int, str] | None, messages: Iterable[Message], file: str, source_locale: str
) -> Verdict:
    """The page text's clinical review (``recorded``: as :func:`parse` read it; None: no file)
    against the page text's ``messages`` now."""
    fix = command(source_locale)
    messages = tuple(messages)
    if recorded is None and not messages:
        return Verdict(REVIEWED, file, 1)  # no templates give any page text: nothing a clinician could review
    if recorded is None:
        return Verdict(
            UNBOUND,
            file,
            1,
            f"no clinical review of the English page text and medical disclaimer (templates/) is recorded "
            f"({file} does not exist); once a clinician has reviewed them: {fix}",
        )
    if isinstance(recorded, tuple):
        line, why = recorded
        return Verdict(UNBOUND, file, line, f"{why}; once a clinician has reviewed the page text: {fix}")
    if recorded.reviewed_text == text_digest(messages, recorded.reviewed_by, recorded.reviewed_on):
        return Verdict(REVIEWED, file, recorded.line, recorded=recorded)
    return Verdict(
        STALE,
        file,
        recorded.line,
        f"the English page text or medical disclaimer (templates/) is not the text {recorded.reviewed_by} "
        f"reviewed on {recorded.reviewed_on.isoformat()} (or the review was edited by hand): every page shows it, "
        f"so no page is released until a clinician has reviewed it; then: {fix}",
        recorded,
    )


def render(reviewed_by: str, reviewed_on: date, digest: str) -> str:
    """The file, as written: the header, then the three keys (JSON's string escapes are TOML's)."""
    return (
        f"{HEADER}\n"
        f"reviewed_by = {json.dumps(reviewed_by, ensure_ascii=False)}\n"
        f"reviewed_on = {reviewed_on.isoformat()}\n"
        f'reviewed_text = "{digest}"\n'
    )


# -- reading the project ---------------------------------------------------------


def read(project: Project) -> Recorded | tuple[int, str] | None:
    """The review ``templates/clinical_review.toml`` records; None when there is none."""
    from pipeline.safe_paths import read_input

    path = project.templates_dir / FILE
    file = project.relative(path)
    data, unsafe = read_input(path)
    if unsafe:
        return 1, f"{file} {unsafe}"
    if data is None:
        return None
    try:
        return parse(data.decode("utf-8"), file)
    except UnicodeDecodeError:
        return 1, f"{file} is not UTF-8"


def assess(project: Project) -> Verdict:
    """The page text's clinical review, as it stands now."""
    from pipeline.cache import page_text_messages

    return judge(read(project), page_text_messages(project), _file(project), project.source_locale)


def judge_templates(project: Project, templates: Mapping[str, str]) -> Verdict:
    """The page text's clinical review as a build read the templates (name -> text, this file
    among them): the review it judges is the one whose bytes the pages record."""
    text = templates.get(FILE)
    file = _file(project)
    recorded = None if text is None else parse(text, file)
    from pipeline.cache import page_text_messages

    return judge(recorded, page_text_messages(project), file, project.source_locale)


def release_gate(verdict: Verdict) -> list[str]:
    """Why a release publishes nothing and leaves dist/ as it is (empty: it may go on). Every page,
    English or translated, shows the page text: none is released while it is not the text reviewed,
    and dist/ keeps the pages of the last release, which show the page text reviewed then."""
    if verdict.reviewed:
        return []
    return [
        reason(verdict),
        "release refused: no page is published while the English page text is not the text its clinical "
        "review covers; dist/ is left exactly as the last release made it",
    ]


def older_than_published(verdict: Verdict, published: EnglishReview | None, dist: str, source_locale: str) -> list[str]:
    """Why a release publishes nothing because this page text's clinical review is older than that
    of the page text the last release published (empty: it may go on). A release from an older
    checkout or another branch would otherwise put a superseded medical disclaimer back on every
    page, with nothing said, as the English of a leaflet is kept from doing (pipeline/review_order.py).
    Not compared: the same review, a later one, one of the same day, or a dist/ that does not say."""
    now = verdict.recorded
    if not verdict.reviewed or now is None or published is None or not published.reviewed_on:
        return []
    if now.reviewed_text == published.reviewed_text or now.reviewed_on.isoformat() >= published.reviewed_on:
        return []
    return [
        f"{verdict.file}:{now.line}: the clinical review of this page text and medical disclaimer "
        f"({now.reviewed_by} on {now.reviewed_on.isoformat()}) is older than that of the page text {dist}/ publishes "
        f"({published.reviewed_by} on {published.reviewed_on}): releasing it would put a superseded disclaimer back "
        f"on every page. Release from the checkout that has the page text published, or once a clinician has "
        f"reviewed this one: {command(source_locale)}",
        f"release refused: no page is published while the English page text is older than the one {dist}/ "
        "publishes; dist/ is left exactly as the last release made it",
    ]


def _file(project: Project) -> str:
    return project.relative(project.templates_dir / FILE)


def finding(verdict: Verdict, source_locale: str) -> Finding:
    """What ``check`` reports: an error where the review is written."""
    return Finding(verdict.file, verdict.line, ERROR, CHECK, source_locale, COMMON_DOMAIN, "", verdict.message)


def reason(verdict: Verdict) -> str:
    """Why a release publishes nothing."""
    return f"{verdict.where}: {verdict.message}"


def draft_mark(verdict: Verdict, source_locale: str) -> str:
    """What a draft page says above everything else while the page text is not the text reviewed
    ("" while it is): in the source language, for the staff who read drafts."""
    if verdict.reviewed:
        return ""
    return (
        f"Not for patients: the page text or medical disclaimer of this page is not the text its clinical "
        f"review covers ({verdict.where}). A release publishes no page until a clinician has reviewed it "
        f"and it is recorded: {command(source_locale)}."
    )
