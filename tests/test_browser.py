"""Every built page in a real browser: Debian's Chromium, axe-core, at desktop and phone widths.

One Chromium process opens every page of a draft build (build/) and a release
build (dist/) of the shipped leaflets, at 1280 and 390 CSS pixels
(tests/browser/check_pages.mjs). Screenshots go to build/screenshots/ for
people to look at. Skipped, saying why, only where Chromium or Node.js cannot
be installed (`make test` installs them: scripts/system-deps --test, `npm ci`).
"""

from __future__ import annotations

from tests.shipped import SCREENSHOTS

# The report comes from tests/shipped.py (browser_report): one Chromium for every page.


def describe(result: dict) -> str:
    return f"{result['name']} at {result['width']}px"


def test_no_wcag_22_aa_violation_at_any_impact(browser_report):
    failures = {
        describe(r): [(v["id"], v["impact"], v["help"], v["nodes"]) for v in r["violations"]]
        for r in browser_report
        if r["violations"]
    }
    assert not failures, failures


def test_no_page_scrolls_sideways(browser_report):
    # "wide" names the elements past the edges, to say what to fix (a box that scrolls on its own may hold some).
    wide = {
        describe(r): r["overflow"]
        for r in browser_report
        if r["overflow"]["scrollWidth"] > r["overflow"]["clientWidth"]
    }
    assert not wide, wide


def test_no_console_errors(browser_report):
    errors = {describe(r): r["consoleErrors"] for r in browser_report if r["consoleErrors"]}
    assert not errors, errors


def test_screenshots_show_the_page(browser_report):
    for result in browser_report:
        shot = result["screenshot"]
        assert shot.startswith(str(SCREENSHOTS)) and result["textShown"] > 100, describe(result)
        # A blank page compresses to almost nothing; a page of text does not.
        assert (SCREENSHOTS / shot[len(str(SCREENSHOTS)) + 1 :]).stat().st_size > 20_000, shot
