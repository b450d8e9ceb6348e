"""The clinical review of the English, bound to the English it reviewed.

Every page tells patients "Reviewed by Dr. … on …". That claim is true only of
the text the clinician read, so ``leaflets review en ID --by NAME`` records, beside
``reviewed_by`` and ``reviewed_on``, a digest of what the review covers::

    reviewed_text: "sha256:…"

It hashes every extracted passage (title, summary, body: the hash the translation
review records of the English, pipeline/review.py), the references, and the
claim itself (``reviewed_by``, ``reviewed_on``): a dose changed from 2 to 3 g/kg,
a warning deleted, a reference swapped, or a ``reviewed_on`` moved by hand to a
new date all leave the digest behind. A review is

``REVIEWED`` the digest matches the leaflet as it is now;
``STALE``    it does not: a release refuses every page of the leaflet, a draft marks them,
             ``check`` reports an error on the ``reviewed_on`` line;
``UNBOUND``  there is no digest: the claim is bound to no text, and is treated as stale.

The digest is one line: the front matter is the writer's, and git (which holds
every English a writer committed) shows what changed since the review
(pipeline/review_history.py), as it does for a translation review.

Pure but for :func:`assess`, which asks git what changed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pipeline import review, text_version
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.model import Leaflet

KEY = "reviewed_text"
CHECK = "clinical-review"
REVIEWED, STALE, UNBOUND = "reviewed", "stale", "unbound"
_SHOWN = 3  # changes told in one message; the rest are counted
_CLAIM = ("reviewed_by was ", "reviewed_on was ")  # how a change of the claim itself is told


def text_digest(leaflet: Leaflet, reviewed_by: str | None = None, reviewed_on: date | None = None) -> str:
    """What a clinical review of ``leaflet`` covers, as one digest (of its claim as given, or as written)."""
    payload = {
        "english": review.source_hash(u.msgid for u in leaflet.units),
        "references": list(leaflet.references),
        "reviewed_by": leaflet.reviewed_by if reviewed_by is None else reviewed_by,
        "reviewed_on": (leaflet.reviewed_on if reviewed_on is None else reviewed_on).isoformat(),
    }
    return "sha256:" + hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def state(leaflet: Leaflet) -> str:
    if leaflet.reviewed_text is None or _no_clinician(leaflet):  # a review by no one is none
        return UNBOUND
    return REVIEWED if leaflet.reviewed_text == text_digest(leaflet) else STALE


def command(leaflet: Leaflet, source_locale: str, on: str = "") -> str:
    when = f" --on {on}" if on else ""
    return f'leaflets review {source_locale} {leaflet.id} --by "NAME"{when}'


@dataclass(frozen=True)
class Verdict:
    """A clinical review judged against the leaflet now: what to tell, and what changed."""

    state: str
    message: str = ""  # "" when REVIEWED
    short: str = ""  # a few words, for a draft page's mark and ``status``'s review column
    changes: tuple[str, ...] = ()  # each change since the review, for a note
    # STALE: the digest of the source file as the clinician reviewed it (from git; "" when not
    # known): a release keeps a page made from it (pipeline/plan.py)
    reviewed_source: str = ""
    # STALE: the digest of the English that version's pages show (source.shown_digest; "" when not
    # known): a release keeps a page that shows it, whichever version of the file it was made from
    reviewed_shown: str = ""
    # STALE: what changed since the review, as ``message`` tells it ("" when it cannot be shown)
    changed: str = ""
    # STALE: what the writer must do on the ``version`` line before the review (pipeline/text_version.py):
    # the English differs from the English reviewed and keeps its version; "" when it does not
    version: str = ""
    line: int = 0  # where to tell it, when not the ``reviewed_on`` line (a reviewed_by that names no one)


def _no_clinician(leaflet: Leaflet) -> str:
    """Why ``reviewed_by`` names no clinician ("NAME", pasted from a printed command, or written by
    hand); "" when it names one."""
    return review.name_problem(leaflet.reviewed_by, "reviewed_by") or ""


def judge(leaflet: Leaflet, source_locale: str, reviewed=None) -> Verdict:
    """``reviewed``: the version of the leaflet the review covers, from git
    (review_history.Reviewed), or None when it was not looked for."""
    now = state(leaflet)
    if now == REVIEWED:
        return Verdict(REVIEWED)
    unnamed = _no_clinician(leaflet)
    if unnamed:
        return Verdict(
            UNBOUND,
            f"{unnamed}: no clinician is named as having reviewed this English, and every page would show it; "
            f"once a clinician has reviewed it: {command(leaflet, source_locale)} with their own name",
            "clinical review names no one",
            line=leaflet.reviewed_by_line,
        )
    if now == UNBOUND:
        on = leaflet.reviewed_on.isoformat()
        return Verdict(
            UNBOUND,
            f"no clinical review is bound to this English ({KEY} is missing): the review by {leaflet.reviewed_by} "
            f"on {on} that every page shows covers no recorded text; once a clinician has reviewed this English: "
            f"{command(leaflet, source_locale)} (or, if {leaflet.reviewed_by} reviewed exactly this text on {on}: "
            f'leaflets review {source_locale} {leaflet.id} --by "{leaflet.reviewed_by}" --on {on})',
            "clinical review not recorded",
        )
    found = reviewed if reviewed is not None and reviewed.msgids is not None else None
    on = found.reviewed_on if found else leaflet.reviewed_on.isoformat()
    changes, shown_diff = _changes(leaflet, found) if found else ((), False)
    if changes:
        more = f"; and {len(changes) - _SHOWN} more" if len(changes) > _SHOWN else ""
        what = f"{_count(len(changes))}: {'; '.join(changes[:_SHOWN])}{more}"
        if shown_diff:
            what += f" ({review.DIFF_LEGEND})"
    elif found:
        what = "its passages were reordered"
    else:
        why = reviewed.problem if reviewed is not None and reviewed.problem else "git was not asked"
        what = (
            "its passages, references, reviewed_by or reviewed_on differ from what the review recorded "
            f"(which cannot be shown: {why})"
        )
    if changes and all(c.startswith(_CLAIM) for c in changes):  # the text is as reviewed: only the claim moved
        return Verdict(
            STALE,
            f"reviewed_by or reviewed_on was edited by hand since the clinical review of {on} was recorded: "
            f"{what}; a review is recorded, for the text it covers, with {command(leaflet, source_locale, 'YYYY-MM-DD')}",
            f"clinical review stale (edited by hand since {on})",
            changes,
            found.source_digest if found else "",
            found.shown_digest if found else "",
        )
    return Verdict(
        STALE,
        f"the English changed since the clinical review of {on}: {what}; once a clinician has reviewed it: "
        f"{command(leaflet, source_locale)}",
        f"clinical review stale (English changed since {on})",
        changes,
        found.source_digest if found else "",
        found.shown_digest if found else "",
        what if changes else "",
        text_version.before_the_review(leaflet, found),
    )


def _count(n: int) -> str:
    return f"{n} change" if n == 1 else f"{n} changes"


def _changes(leaflet: Leaflet, reviewed) -> tuple[tuple[str, ...], bool]:
    """What differs from the version reviewed: passages (word by word), references, the claim;
    and whether a passage is shown word by word."""
    msgids = list(dict.fromkeys(u.msgid for u in leaflet.units))
    before = set(reviewed.msgids)
    changed = tuple(m for m in msgids if m not in before)
    where: dict[str, str] = {}
    for unit in leaflet.units:
        where.setdefault(unit.msgid, f"{leaflet.path}:{unit.line}")
    english = review.english_changes(
        review.ReviewState(review.STALE, english_changed=changed), msgids, reviewed.msgids, where, leaflet.path
    )
    told = [change.describe() for change in english]
    replaced = {change.reviewed for change in english if change.reviewed is not None}
    now = set(msgids)
    told += [
        f'removed since the review: "{review.shorten(m)}"'
        for m in reviewed.msgids
        if m not in now and m not in replaced
    ]
    told += _differences("reference", reviewed.references, leaflet.references)
    if reviewed.reviewed_by != leaflet.reviewed_by:
        told.append(f"reviewed_by was {reviewed.reviewed_by!r}, is now {leaflet.reviewed_by!r}")
    if reviewed.reviewed_on != leaflet.reviewed_on.isoformat():
        told.append(f"reviewed_on was {reviewed.reviewed_on}, is now {leaflet.reviewed_on.isoformat()}")
    return tuple(told), any(change.diff for change in english)


def _differences(noun: str, before: Sequence[str], now: Sequence[str]) -> list[str]:
    gone = [f'{noun} removed: "{review.shorten(r)}"' for r in before if r not in now]
    new = [f'{noun} added: "{review.shorten(r)}"' for r in now if r not in before]
    return gone + new


def assess(project, leaflet: Leaflet, cache=None) -> Verdict:
    """:func:`judge`, with the version reviewed from git when the review is stale."""
    if state(leaflet) != STALE:
        return judge(leaflet, project.source_locale)
    from pipeline import review_history  # it reads git, and hashes versions with text_digest

    assert leaflet.reviewed_text is not None
    found = review_history.clinically_reviewed(project, leaflet.path, leaflet.reviewed_text, cache)
    return judge(leaflet, project.source_locale, found)


def finding(leaflet: Leaflet, verdict: Verdict, source_locale: str) -> Finding:
    """What ``check`` reports: an error on the line that claims the review."""
    line = verdict.line or leaflet.reviewed_on_line
    return Finding(leaflet.path, line, ERROR, CHECK, source_locale, leaflet.id, "", verdict.message)


def version_findings(leaflet: Leaflet, verdict: Verdict, source_locale: str) -> list[Finding]:
    """What ``check`` also reports while the English awaits its review: a warning on the ``version``
    line when the English differs from the English reviewed and keeps its version (text_version.py)."""
    if not verdict.version:
        return []
    where = text_version.line(leaflet)
    return [Finding(leaflet.path, where, WARNING, text_version.CHECK, source_locale, leaflet.id, "", verdict.version)]


def version_reasons(leaflet: Leaflet, verdict: Verdict) -> list[str]:
    """The same, for a release's refusal and ``status``: what to do before the review, where."""
    return [f"{leaflet.path}:{text_version.line(leaflet)}: {verdict.version}"] if verdict.version else []


def reason(leaflet: Leaflet, verdict: Verdict) -> str:
    """Why a release refuses every page of the leaflet."""
    return f"{leaflet.path}:{verdict.line or leaflet.reviewed_on_line}: {verdict.message}"


def draft_mark(leaflet: Leaflet, source_locale: str) -> str:
    """What a draft page says above everything else when its clinical review does not cover
    its English ("" when it does). In the source language, on every page: it is for the staff
    who read drafts, and no patient reads it (a release refuses the page)."""
    now = state(leaflet)
    if now == REVIEWED:
        return ""
    where = f"{leaflet.path}:{leaflet.reviewed_on_line}"
    unnamed = _no_clinician(leaflet)
    if unnamed:
        why = f"{unnamed} ({leaflet.path}:{leaflet.reviewed_by_line})"
    elif now == UNBOUND:
        why = f"no clinical review is recorded for this English ({KEY} is missing in {where})"
    else:
        why = f"this English is not the English its clinical review covers ({where})"
    return (
        f"Not for patients: {why}, so the medical review shown on this page does not cover what it says. "
        f"A release refuses every page of this leaflet until a clinician has reviewed it and it is recorded: "
        f"{command(leaflet, source_locale)}."
    )


# -- recording -------------------------------------------------------------------


def rewrite_front_matter(text: str, values: dict[str, str], after: str) -> str:
    """``text`` with the front matter line of each key of ``values`` (and any indented lines
    continuing its value) replaced by ``key: value``; a key it lacks is inserted after the line(s)
    of ``after``. Every other byte stays as it was, line ends included."""
    lines = text.splitlines(keepends=True)
    closing = next(i for i in range(1, len(lines)) if lines[i].rstrip() == "---")
    end = re.search(r"\r?\n$", lines[0])
    newline = end.group() if end else "\n"

    def span(key: str) -> tuple[int, int] | None:
        start = next((i for i in range(1, closing) if re.match(rf"{re.escape(key)}\s*:", lines[i])), None)
        if start is None:
            return None
        stop = start + 1
        while stop < closing and lines[stop][:1] in (" ", "\t") and lines[stop].strip():
            stop += 1
        return start, stop

    for key, value in values.items():
        line = f"{key}: {value}{newline}"
        where = span(key)
        if where is None:
            anchor = span(after)
            assert anchor is not None  # a required key: the leaflet was read
            lines.insert(anchor[1], line)
            closing += 1
        else:
            lines[where[0] : where[1]] = [line]
            closing -= where[1] - where[0] - 1
    return "".join(lines)


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)
