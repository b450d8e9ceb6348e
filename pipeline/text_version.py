"""A changed English text gets a new version.

Every page prints its leaflet's ``version`` ("Version 2.1", "Translated from the English
version 2.1 of ..."): a pharmacist comparing two printouts, a patient asking which one is
theirs and a recall notice naming a version all go by it. Two different English texts
published as the same version cannot be told apart, in English or in any translation. So an
English that differs from the one the last clinical review covered (found in git,
pipeline/review_history.py) must carry another ``version`` than that one had:

* ``leaflets review en ID`` refuses to record the review while it does not;
* ``check`` warns on the ``version`` line, and ``status`` and a release say so, as soon as
  the English differs from the English reviewed: before the clinician is asked.

"Differs" is what the clinical review covers of the text: its passages, in order, and its
references. Not the claim (correcting the day of a review is not a new text), nor notes to
translators, comments or line breaks, which no page shows.

A leaflet whose reviewed English had no ``version`` may go on without one: its pages carry
none (only the review's date tells two printouts apart), and the sign-off says so. One whose
reviewed English had a version may not drop it: printouts that patients hold say "version
2.1", and a recall notice or a pharmacist needs a name for the text that replaces it.

Pure: the English reviewed is given (review_history.Reviewed).
"""

from __future__ import annotations

import re

from pipeline.model import Leaflet

CHECK = "version"
_LAST_NUMBER = re.compile(r"(\d+)(?!.*\d)")


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
        f"and this English differs from it: two different texts would both say version {before} on every page, "
        "in every language"
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
