"""A translation review (and a clinical review of the English) recorded for tests that are about something else.

A release needs a translation review of every catalog it publishes (pipeline/review.py),
and a clinical review bound to the English of every leaflet (pipeline/clinical_review.py).
Tests of other stages (layout, typography, the browser, variants) release
translated pages, so they record one the way a reviewer does, by running
``leaflets review``, under a name that says it is a test's; the English keeps the
clinician and the date its front matter names.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from pipeline import clinical_review, page_text_review, text_version
from pipeline.cli import main
from pipeline.source import parse_leaflet

TEST_REVIEWER = "Test Reviewer (tests only)"


def review_all(root: Path, by: str = TEST_REVIEWER) -> list[tuple[str, str]]:
    """`leaflets review LOCALE DOMAIN --by BY` for every catalog under ``root``; the (locale, domain) signed off.

    A catalog that cannot be signed off (not complete, fuzzy, a check error) is left as it is,
    so a release still refuses it for that reason."""
    signed = review_english(root)
    with contextlib.chdir(root):
        for po in sorted(Path("locales").glob("*/LC_MESSAGES/*.po")):
            locale, domain = po.parent.parent.name, po.stem
            if main(["review", locale, domain, "--by", by], stdout=io.StringIO(), stderr=io.StringIO()) == 0:
                signed.append((locale, domain))
    return signed


def review_english(root: Path) -> list[tuple[str, str]]:
    """`leaflets review en ID --by NAME --on DATE` for every leaflet under ``root``, with the clinician
    and the date its front matter names: a test that changes the English for another reason has it
    reviewed again, as a writer would; the ("en", id) recorded."""
    signed = []
    with contextlib.chdir(root):
        for source in sorted(Path("source").glob("*.md")):
            leaflet = parse_leaflet(source.read_text(encoding="utf-8"), str(source))
            argv = ["review", "en", source.stem, "--by", leaflet.reviewed_by, "--on", leaflet.reviewed_on.isoformat()]
            if main(argv, stdout=io.StringIO(), stderr=io.StringIO()) == 0:
                signed.append(("en", source.stem))
    return signed


def clinically_reviewed(text: str) -> str:
    """A leaflet's text with the clinical review its front matter names bound to it (``reviewed_text``),
    as `leaflets review en ID --by NAME --on DATE` records it."""
    leaflet = parse_leaflet(text, "source/test.md")
    digest = clinical_review.quoted(clinical_review.text_digest(leaflet))
    return clinical_review.rewrite_front_matter(text, {clinical_review.KEY: digest}, after="reviewed_on")


def raise_version(text: str) -> str:
    """A leaflet's text with its front matter's version one higher ("2.1" -> "2.2"), as a writer marks
    a new text (pipeline/text_version.py)."""
    found = re.search(r'^version: "(.*)"$', text, re.MULTILINE)
    assert found, "the leaflet has no version to raise"
    return text.replace(found.group(), f'version: "{text_version.next_version(found.group(1))}"', 1)


def as_a_writer_edits(before: str, after: str) -> str:
    """``after``, an edit of the leaflet ``before``, with its version raised when the edit changed
    its text (a passage or a reference): not for a note to translators or the review's claim."""
    old, new = parse_leaflet(before, "source/test.md"), parse_leaflet(after, "source/test.md")
    return raise_version(after) if text_version.text_digest(old) != text_version.text_digest(new) else after


def review_page_text(root: Path, on: str = "") -> bool:
    """`leaflets review en common --by NAME --on DATE` with the clinician and the date (or ``on``) that
    templates/clinical_review.toml names: a test that changes the page text for another reason has it
    reviewed again, as a clinician would; True when it was recorded."""
    recorded = page_text_review.parse((root / "templates" / page_text_review.FILE).read_text(encoding="utf-8"), "")
    assert isinstance(recorded, page_text_review.Recorded), recorded
    argv = ["review", "en", "common", "--by", recorded.reviewed_by, "--on", on or recorded.reviewed_on.isoformat()]
    with contextlib.chdir(root):
        return main(argv, stdout=io.StringIO(), stderr=io.StringIO()) == 0
