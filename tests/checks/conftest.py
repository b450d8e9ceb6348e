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


@pytest.fixture
def korea(tmp_path: Path) -> Catalogs:
    """Catalogs of a project whose Korean readers are in Korea (region KR: emergency number 119,
    language-help line 02-555-0100)."""
    config = LEAFLETS_TOML.replace('[locales.ko_KR]\npage_size = "A4"', '[locales.ko_KR]\nregion = "KR"')
    config += (
        '\n[regions.US]\nemergency = "911"\npage_size = "Letter"\n\n[regions.KR]\nemergency = "119"\npage_size = "A4"\n'
        'language_line = "02-555-0100"\n'
    )
    root = tmp_path / "korea"
    (root / "source").mkdir(parents=True)
    (root / "leaflets.toml").write_text(config, encoding="utf-8")
    (root / "source" / "ivig-ten.md").write_text("# Leaflet\n", encoding="utf-8")
    return Catalogs(load_project(root))


@pytest.fixture
def german(tmp_path: Path) -> Catalogs:
    """Catalogs of a project with German for the US publisher's readers (region US, emergency
    number 911), its English written for readers in the US too: a language pipeline/languages/
    has no words for, as `leaflets init de` makes it."""
    config = LEAFLETS_TOML.replace('[locales.en]\npage_size = "Letter"', '[locales.en]\nregion = "US"')
    config += '\n[locales.de]\nregion = "US"\n\n[regions.US]\nemergency = "911"\npage_size = "Letter"\n'
    root = tmp_path / "german"
    (root / "source").mkdir(parents=True)
    (root / "leaflets.toml").write_text(config, encoding="utf-8")
    (root / "source" / "home-care.md").write_text("# Leaflet\n", encoding="utf-8")
    return Catalogs(load_project(root))
