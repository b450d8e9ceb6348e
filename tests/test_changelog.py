"""CHANGELOG.md: Keep a Changelog's shape, and the version pyproject.toml carries."""

import re
import tomllib

from tests.conftest import REPO

CHANGELOG = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
RELEASE = re.compile(r"^## \[(?P<version>\d+\.\d+\.\d+)\] - (?P<date>\d{4}-\d{2}-\d{2})$")
SECTIONS = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def _headings(level: str) -> list[str]:
    return [line for line in CHANGELOG.splitlines() if line.startswith(level + " ")]


def test_releases_are_newest_first_with_iso_dates_and_unreleased_on_top():
    releases = _headings("##")
    assert releases[0] == "## [Unreleased]"
    parsed = [RELEASE.match(heading) for heading in releases[1:]]
    assert all(parsed), releases
    versions = [tuple(int(part) for part in match["version"].split(".")) for match in parsed if match]
    assert versions == sorted(versions, reverse=True)
    dates = [match["date"] for match in parsed if match]
    assert dates == sorted(dates, reverse=True)


def test_only_keep_a_changelog_sections():
    assert {heading.removeprefix("### ") for heading in _headings("###")} <= SECTIONS


def test_the_version_in_pyproject_is_released_or_announced():
    released = [match["version"] for heading in _headings("##") if (match := RELEASE.match(heading))]
    assert VERSION in released or f"To be released as {VERSION}," in CHANGELOG
