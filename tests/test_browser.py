"""Every built page in a real browser: Debian's Chromium, axe-core, at desktop and phone widths.

One Chromium process opens every page of a draft build (build/) and a release
build (dist/) of the shipped leaflets, at 1280 and 390 CSS pixels
(tests/browser/check_pages.mjs). Screenshots go to build/screenshots/ for
people to look at. Skipped, saying why, only where Chromium or Node.js cannot
be installed (`make all` installs them: scripts/system-deps, `npm ci`).
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.conftest import REPO

WIDTHS = (1280, 390)
SCRIPT = REPO / "tests" / "browser" / "check_pages.mjs"
SCREENSHOTS = REPO / "build" / "screenshots"


def browser_or_skip() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    node = shutil.which("node")
    if not chromium or not node:
        pytest.skip("the real-browser test needs Debian's chromium and nodejs (scripts/system-deps installs "
                    f"them as root); missing: {' '.join(n for n, p in (('chromium', chromium), ('node', node)) if not p)}")
    version = subprocess.run([node, "--version"], check=False, capture_output=True, text=True).stdout.strip()
    if int(version.lstrip("v").split(".")[0]) < 20:
        pytest.skip(f"playwright-core needs Node.js 20 or newer; this machine has {version}")
    if not (REPO / "node_modules" / "playwright-core").is_dir() or not (REPO / "node_modules" / "axe-core").is_dir():
        pytest.fail("node_modules/ lacks playwright-core or axe-core: `make test` installs them (npm ci)")
    return chromium, node


@pytest.fixture(scope="module")
def report(shipped_outputs):
    chromium, node = browser_or_skip()
    pages = [f"{folder.name}/{page.relative_to(folder).with_suffix('').as_posix()}={page}"
             for folder in (shipped_outputs.build, shipped_outputs.dist) for page in sorted(folder.rglob("*.html"))]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([node, str(SCRIPT), chromium, str(SCREENSHOTS), ",".join(map(str, WIDTHS)), *pages],
                          check=False, capture_output=True, text=True, cwd=REPO, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout)
    # Every page of both builds, at every width: the drafts, the releases and both indexes.
    assert len(results) == len(pages) * len(WIDTHS) and len(pages) >= 12
    return results


def describe(result: dict) -> str:
    return f"{result['name']} at {result['width']}px"


def test_no_wcag_21_aa_violation_at_any_impact(report):
    failures = {describe(r): [(v["id"], v["impact"], v["help"], v["nodes"]) for v in r["violations"]]
                for r in report if r["violations"]}
    assert not failures, failures


def test_no_page_scrolls_sideways(report):
    # "wide" names the elements past the edges, to say what to fix (a box that scrolls on its own may hold some).
    wide = {describe(r): r["overflow"] for r in report if r["overflow"]["scrollWidth"] > r["overflow"]["clientWidth"]}
    assert not wide, wide


def test_no_console_errors(report):
    errors = {describe(r): r["consoleErrors"] for r in report if r["consoleErrors"]}
    assert not errors, errors


def test_screenshots_show_the_page(report):
    for result in report:
        shot = result["screenshot"]
        assert shot.startswith(str(SCREENSHOTS)) and result["textShown"] > 100, describe(result)
        # A blank page compresses to almost nothing; a page of text does not.
        assert (SCREENSHOTS / shot[len(str(SCREENSHOTS)) + 1:]).stat().st_size > 20_000, shot
