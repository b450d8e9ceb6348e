"""Fixtures: a tiny leaflets project in tmp_path, and a catalog writer for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Project, load_project
from tests.checks.helpers import LEAFLETS_TOML, Catalogs


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / "leaflets.toml").write_text(LEAFLETS_TOML, encoding="utf-8")
    (tmp_path / "source").mkdir()
    for stem in ("ivig-ten", "ivig-dermatology"):
        (tmp_path / "source" / f"{stem}.md").write_text("# Leaflet\n", encoding="utf-8")
    return load_project(tmp_path)


@pytest.fixture
def catalogs(project: Project) -> Catalogs:
    return Catalogs(project)
