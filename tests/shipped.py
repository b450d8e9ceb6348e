"""Fixtures shared by the tests that measure rendered output: built once per test run.

``shipped_outputs``: the repository's own leaflets built as `make` builds them,
a draft (build/) and a release (dist/). ``browser_report``: every page of both
opened in Debian's Chromium at 1280 and 390 px (tests/browser/check_pages.mjs),
with axe-core's findings, overflow, console errors, the rendered lines, and a
screenshot in build/screenshots/. Skipped, saying why, only where Chromium or
Node.js cannot be installed (`make all` installs them).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.signoff import review_all

REPO = Path(__file__).resolve().parent.parent
WIDTHS = (1280, 390)
CHECK_PAGES = REPO / "tests" / "browser" / "check_pages.mjs"
SCREENSHOTS = REPO / "build" / "screenshots"


@dataclass(frozen=True)
class ShippedOutputs:
    """The repository's own leaflets built as `make` builds them: a draft (build/) and a release (dist/)."""

    root: Path

    @property
    def build(self) -> Path:
        return self.root / "build"

    @property
    def dist(self) -> Path:
        return self.root / "dist"

    def pdfs(self, locale: str = "*") -> list[Path]:
        return sorted([*self.build.glob(f"{locale}/*.pdf"), *self.dist.glob(f"{locale}/*.pdf")])


@pytest.fixture(scope="session")
def shipped_outputs(tmp_path_factory: pytest.TempPathFactory) -> ShippedOutputs:
    """Built once per test run and shared: the browser, typography and print layout tests read it."""
    root = tmp_path_factory.mktemp("shipped")
    for name in ("source", "locales", "templates"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(REPO / "leaflets.toml", root / "leaflets.toml")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1790000000"}
    # The shipped catalogs have no translation review yet; a (test) reviewer signs off the complete ones,
    # so that the release holds the translated pages these tests measure.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", env["SOURCE_DATE_EPOCH"])
        assert review_all(root), "no shipped catalog could be signed off"
    for argv in (["build"], ["build", "--release"]):
        # tests/test_shipped.py asserts that the release refuses nothing; here only that both outputs exist.
        done = subprocess.run(
            [sys.executable, "-m", "pipeline", *argv], cwd=root, env=env, check=False, capture_output=True, text=True
        )
        assert done.returncode in (0, 1) and (root / argv_output(argv) / "index.html").exists(), done.stderr
    return ShippedOutputs(root)


def argv_output(argv: list[str]) -> str:
    return "dist" if "--release" in argv else "build"


def browser_or_skip() -> tuple[str, str]:
    """Chromium and Node.js, or a skip that says what is missing."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    node = shutil.which("node")
    if not chromium or not node:
        missing = " ".join(name for name, path in (("chromium", chromium), ("nodejs", node)) if not path)
        pytest.skip(
            f"the real-browser test needs Debian's chromium and nodejs (scripts/system-deps --test installs them "
            f"as root); missing: {missing}"
        )
    version = subprocess.run([node, "--version"], check=False, capture_output=True, text=True).stdout.strip()
    if int(version.lstrip("v").split(".")[0] or 0) < 20:
        pytest.skip(f"playwright-core needs Node.js 20 or newer; this machine has {version}")
    if not all((REPO / "node_modules" / name).is_dir() for name in ("playwright-core", "axe-core")):
        pytest.fail("node_modules/ lacks playwright-core or axe-core: `make test` installs them (npm ci)")
    return chromium, node


def check_pages(pages: list[str], widths: str, out_dir: Path = SCREENSHOTS) -> list[dict]:
    """Run tests/browser/check_pages.mjs on ``NAME=PATH`` pages; its JSON report."""
    chromium, node = browser_or_skip()
    out_dir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [node, str(CHECK_PAGES), chromium, str(out_dir), widths, *pages],
        check=False,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=1800,
    )  # a loaded 2-core machine: minutes
    assert done.returncode == 0, _without_browser_log(done.stderr)[:3000]
    return json.loads(done.stdout)


# Chromium's own log, which Playwright appends to an error ("[pid=9140][err] ... vkCreateInstance
# failed"): pages of it, which buried the error's first line ("page.screenshot: Target crashed").
_BROWSER_LOG_LINE = re.compile(r"^.*\[pid=\d+\]\[(?:err|out)\].*\n?", re.MULTILINE)


def _without_browser_log(stderr: str) -> str:
    return _BROWSER_LOG_LINE.sub("", stderr)


@pytest.fixture(scope="session")
def browser_report(shipped_outputs: ShippedOutputs) -> list[dict]:
    browser_or_skip()
    pages = [
        f"{folder.name}/{page.relative_to(folder).with_suffix('').as_posix()}={page}"
        for folder in (shipped_outputs.build, shipped_outputs.dist)
        for page in sorted(folder.rglob("*.html"))
    ]
    report = check_pages(pages, ",".join(map(str, WIDTHS)))
    # Every page of both builds, at every width: the drafts, the releases and both indexes.
    assert len(report) == len(pages) * len(WIDTHS) and len(pages) >= 12
    return report
