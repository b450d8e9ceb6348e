"""A changed English text gets a new version.

Every translated page names the English ``version`` it translates ("Translated from the
English version 2.1 of ..."), dist/manifest.json records it for every page and dist/archive/
files withdrawn pages under it: a pharmacist comparing two printouts, a patient asking which
one is theirs and a recall notice naming a version all go by it. Two different English texts
published as the same version cannot be told apart, nor can their translations. So an
English that differs from the one the last clinical review covered (found in git,
pipeline/review_history.py) must carry another ``version`` than that one had:

* ``leaflets review en ID`` refuses to record the review while it does not;
* ``check`` warns on the ``version`` line, and ``status`` and a release say so, as soon as
  the English differs from the English reviewed: before the clinician is asked;
* a release refuses every page of a leaflet whose version ``dist/`` published (or withdrew)
  with another text, as ``dist/manifest.json`` records it (:func:`published_with_another_text`):
  a review recorded where git could not tell, or a version set back by hand after the review
  (``reviewed_text`` does not cover the version), is caught before patients see it.

"Differs" is what the clinical review covers of the text: its passages, in order, and its
references. Not the claim (correcting the day of a review is not a new text), nor notes to
translators, comments or line breaks, which no page shows.

A leaflet whose reviewed English had no ``version`` may go on without one: its pages carry
none (only the review's date tells two printouts apart), and the sign-off says so. One whose
reviewed English had a version may not drop it: printouts that patients hold say "version
2.1", and a recall notice or a pharmacist needs a name for the text that replaces it.

Pure: the English reviewed (review_history.Reviewed) and the manifest are given.
"""

from __future__ import annotations

import re

from pipeline.fingerprint import digest_of
from pipeline.manifest import Manifest
from pipeline.model import Leaflet

CHECK = "version"
_LAST_NUMBER = re.compile(r"(\d+)(?!.*\d)")


def text_digest(leaflet: Leaflet) -> str:
    """The digest of what a version names: the passages, in order, and the references (a page's
    record keeps it, ``english_text``, so a release can tell two texts under one version apart)."""
    return digest_of(
        {"passages": list(dict.fromkeys(u.msgid for u in leaflet.units)), "references": list(leaflet.references)}
    )


def published_with_another_text(leaflet: Leaflet, published: Manifest) -> str:
    """Why a release may publish no page of ``leaflet``: ``published`` (dist/manifest.json) records
    a page of it, in the folder or withdrawn to the archive, made from another English under the
    version it has now. "" when none does, it has no version, or no record says its text."""
    if leaflet.version is None:
        return ""
    now = text_digest(leaflet)
    pages = [
        f"dist/{page.path}"
        for (_, of), record in sorted(published.pairs.items())
        if of == leaflet.id
        for page in record.files.values()
        if page.version == leaflet.version and page.english_text and page.english_text != now
    ]
    pages += [
        f"dist/{w.files[0]}"
        for w in published.withdrawn
        if w.leaflet == leaflet.id and w.version == leaflet.version and w.english_text and w.english_text != now
    ]
    if not pages:
        return ""
    more = f" and {len(pages) - 1} more" if len(pages) > 1 else ""
    after = next_version(leaflet.version)
    example = f'"{leaflet.version}" → "{after}"' if after else '"2.0" → "2.1"'
    return (
        f'{leaflet.path}:{line(leaflet)}: version "{leaflet.version}" was published with another English '
        f"({pages[0]}{more}): two different texts would both be published as version {leaflet.version}; "
        f"raise version: (e.g. {example})"
    )


def same_text(leaflet: Leaflet, reviewed) -> bool:
    """Whether ``leaflet`` says what the version ``reviewed`` (review_history.Reviewed, found) said."""
    now = tuple(dict.fromkeys(u.msgid for u in leaflet.units))
    return (tuple(reviewed.msgids), tuple(reviewed.references)) == (now, leaflet.references)


def kept(leaflet: Leaflet, reviewed) -> str:
    """Why this English may not be reviewed under the ``version`` it has: it differs from the
    English the last clinical review covered (``reviewed``, review_history.Reviewed) and keeps that
    English's version, or drops it. "" when it may: a new version, the same text, no version
    before, or the English reviewed is not known (``reviewed`` is None or was not found)."""
    if reviewed is None or reviewed.msgids is None or reviewed.version is None or same_text(leaflet, reviewed):
        return ""
    before = reviewed.version
    if leaflet.version is None:
        return (
            f"version: is missing, but the English the clinical review of {reviewed.reviewed_on} covered was "
            f'version "{before}", and this English differs from it: the printouts patients hold say version '
            f"{before}, and nothing would name the text that replaces it"
        )
    if leaflet.version != before:
        return ""
    return (
        f'version: "{before}" is the version of the English the clinical review of {reviewed.reviewed_on} covered, '
        f"and this English differs from it: two different texts would both be published as version {before} "
        "(every translated page names the English version it translates)"
    )


def before_the_review(leaflet: Leaflet, reviewed) -> str:
    """What ``check``, ``status`` and a release tell the writer on the ``version`` line while the
    English awaits its clinical review: :func:`kept`, and what to do first; "" when nothing is kept."""
    problem = kept(leaflet, reviewed)
    return f"{what_to_do(leaflet, reviewed)} before the clinical review: {problem}" if problem else ""


def what_to_do(leaflet: Leaflet, reviewed) -> str:
    """Raise ``version:`` (add it, when it was dropped), with the next version as an example."""
    before = reviewed.version if reviewed is not None and reviewed.version is not None else ""
    after = next_version(before)
    example = f'"{before}" → "{after}"' if after else '"2.0" → "2.1"'
    verb = "raise" if leaflet.version is not None else "add"
    return f"{verb} version: (e.g. {example})"


def next_version(version: str) -> str:
    """``version`` with its last number one higher ("2.1" → "2.2", "1.9" → "1.10", "v3" → "v4");
    "" when it has no number."""
    found = _LAST_NUMBER.search(version)
    if not found:
        return ""
    number = found.group(1)
    raised = str(int(number) + 1).zfill(len(number))
    return version[: found.start(1)] + raised + version[found.end(1) :]


def line(leaflet: Leaflet) -> int:
    """Where to tell it: the ``version`` line; the ``reviewed_on`` line when there is none."""
    return leaflet.version_line or leaflet.reviewed_on_line
