"""pipeline.installed reads a wheel's version as importlib.metadata does, without its imports."""

from __future__ import annotations

from importlib import metadata

import pytest

from pipeline import fingerprint, installed
from pipeline.cache import READABILITY_LIBRARIES


@pytest.mark.parametrize(
    "distribution",
    sorted(
        {
            "leaflets",
            *fingerprint.PAGE_LIBRARIES,
            *fingerprint.PDF_LIBRARIES,
            *fingerprint.NAMED_TOOLS,
            *READABILITY_LIBRARIES,
            "Markdown_It.py",  # spelled as people write it: normalized as importlib.metadata does
            "pip",
        }
    ),
)
def test_every_version_the_cache_keys_and_manifests_name_is_importlib_metadatas(distribution):
    assert installed.version(distribution) == metadata.version(distribution)


def test_a_distribution_not_installed_has_no_version():
    with pytest.raises(metadata.PackageNotFoundError):
        metadata.version("no-such-distribution-here")
    assert installed.version("no-such-distribution-here") is None


def test_an_egg_info_first_on_the_path_is_left_to_importlib_metadata(tmp_path, monkeypatch):
    # A checkout where setuptools once wrote leaflets.egg-info: importlib.metadata reads it first.
    egg = tmp_path / "pyyaml.egg-info"
    egg.mkdir()
    (egg / "PKG-INFO").write_text("Metadata-Version: 2.1\nName: PyYAML\nVersion: 0.0.1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    installed._metadata_folders.cache_clear()
    try:
        assert installed.version("pyyaml") == metadata.version("pyyaml") == "0.0.1"
    finally:
        installed._metadata_folders.cache_clear()


def test_a_dist_info_first_on_the_path_is_the_one_read(tmp_path, monkeypatch):
    info = tmp_path / "polib-9.9.9.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: polib\nVersion: 9.9.9\n\nText\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    installed._metadata_folders.cache_clear()
    try:
        assert installed.version("polib") == metadata.version("polib") == "9.9.9"
    finally:
        installed._metadata_folders.cache_clear()
