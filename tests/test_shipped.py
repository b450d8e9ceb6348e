"""The leaflets and translations this repository ships are release-ready."""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, Project

SHIPPED = sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")) + sorted((REPO / "locales").glob("*.pot"))


@pytest.fixture
def repo_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    root = tmp_path / "repo"
    for name in ("source", "locales", "templates"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(REPO / "leaflets.toml", root / "leaflets.toml")
    return Project(root, monkeypatch)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.relative_to(REPO).as_posix())
def test_gnu_msgfmt_accepts_every_shipped_catalog(path):
    result = subprocess.run(["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_shipped_catalogs_are_up_to_date_and_update_changes_nothing(repo_copy):
    before = {p: p.read_bytes() for p in repo_copy.path("locales").rglob("*.po*")}
    assert repo_copy.run("extract")[0] == 0
    assert repo_copy.run("update")[0] == 0
    after = {p: p.read_bytes() for p in repo_copy.path("locales").rglob("*.po*")}
    changed = [p.name for p in before if before[p] != after[p]]
    assert not changed, f"run `make update` and commit: {changed}"


def test_shipped_translations_have_no_check_errors(repo_copy):
    code, out, _ = repo_copy.run("check")
    assert code == 0, out


def test_every_shipped_leaflet_releases_in_every_language(repo_copy):
    code, out, err = repo_copy.run("build", "--release")
    assert code == 0, err
    leaflets = sorted(p.stem for p in repo_copy.path("source").glob("*.md"))
    assert len(leaflets) >= 2
    for locale in ("en", "ko_KR"):
        for leaflet in leaflets:
            for suffix in ("html", "pdf"):
                assert repo_copy.path(f"dist/{locale}/{leaflet}.{suffix}").stat().st_size > 0
