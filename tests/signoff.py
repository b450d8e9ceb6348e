"""A translation review recorded for tests that are about something else.

A release needs a translation review of every catalog it publishes (pipeline/review.py).
Tests of other stages (layout, typography, the browser, variants) release
translated pages, so they record one the way a reviewer does, by running
``leaflets review``, under a name that says it is a test's.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from pipeline.cli import main

TEST_REVIEWER = "Test Reviewer (tests only)"


def review_all(root: Path, by: str = TEST_REVIEWER) -> list[tuple[str, str]]:
    """`leaflets review LOCALE DOMAIN --by BY` for every catalog under ``root``; the (locale, domain) signed off.

    A catalog that cannot be signed off (not complete, fuzzy, a check error) is left as it is,
    so a release still refuses it for that reason."""
    signed = []
    with contextlib.chdir(root):
        for po in sorted(Path("locales").glob("*/LC_MESSAGES/*.po")):
            locale, domain = po.parent.parent.name, po.stem
            if main(["review", locale, domain, "--by", by], stdout=io.StringIO(), stderr=io.StringIO()) == 0:
                signed.append((locale, domain))
    return signed
