"""Make targets a user runs by hand do what their names promise, and nothing more."""

import shutil
import subprocess

import pytest

from tests.conftest import REPO


@pytest.mark.skipif(not shutil.which("make"), reason="make is installed with build-essential")
def test_make_clean_removes_the_drafts_but_keeps_the_release_and_its_archive(tmp_path):
    shutil.copy(REPO / "Makefile", tmp_path / "Makefile")
    files = {
        "build/en/demo.html": "draft",
        "locales/ko_KR/LC_MESSAGES/demo.mo": "compiled",
        "locales/ko_KR/LC_MESSAGES/demo.po": "catalog",
        "dist/en/demo.html": "published",
        "dist/manifest.json": "{}",
        "dist/archive/ko_KR/demo/1.0/demo.html": "withdrawn, as patients read it",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")

    done = subprocess.run(["make", "clean"], cwd=tmp_path, capture_output=True, text=True)

    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "build").exists()
    assert not (tmp_path / "locales/ko_KR/LC_MESSAGES/demo.mo").exists()
    for kept in ("locales/ko_KR/LC_MESSAGES/demo.po", "dist/en/demo.html", "dist/manifest.json"):
        assert (tmp_path / kept).read_text(encoding="utf-8") == files[kept]
    archived = "dist/archive/ko_KR/demo/1.0/demo.html"
    assert (tmp_path / archived).read_text(encoding="utf-8") == files[archived]
    assert "kept dist/" in done.stdout
