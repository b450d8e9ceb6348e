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


@pytest.mark.parametrize(
    ("folder", "file", "metadata_text", "distribution"),
    [
        # A checkout where setuptools once wrote an .egg-info: importlib.metadata reads it first.
        ("pyyaml.egg-info", "PKG-INFO", "Metadata-Version: 2.1\nName: PyYAML\nVersion: 0.0.1\n", "pyyaml"),
        # A wheel's .dist-info earlier on the path than the one installed: it is the one read.
        ("polib-0.0.1.dist-info", "METADATA", "Metadata-Version: 2.1\nName: polib\nVersion: 0.0.1\n\nText\n", "polib"),
    ],
)
def test_the_first_metadata_folder_on_the_path_gives_the_version(
    tmp_path, monkeypatch, folder, file, metadata_text, distribution
):
    (tmp_path / folder).mkdir()
    (tmp_path / folder / file).write_text(metadata_text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    installed._metadata_folders.cache_clear()
    try:
        assert installed.version(distribution) == metadata.version(distribution) == "0.0.1"
    finally:
        installed._metadata_folders.cache_clear()
