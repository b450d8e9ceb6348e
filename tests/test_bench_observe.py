"""bench/observe.py runs a build as the command line does, and notes its workers: the benchmark's
every figure comes through it, so a change to how executors are called must not break it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.test_incremental import add_second_leaflet

OBSERVE = Path(__file__).resolve().parent.parent / "bench" / "observe.py"


def test_observe_runs_a_build_in_workers_and_notes_them(translated, tmp_path):
    add_second_leaflet(translated)
    note = tmp_path / "note.json"
    done = subprocess.run(
        [sys.executable, str(OBSERVE), str(note), "build", "--only", "html", "--jobs", "2"],
        cwd=translated.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "built 4, up to date 0" in done.stdout
    observed = json.loads(note.read_text(encoding="utf-8"))
    assert observed["exit"] == 0 and observed["workers"]
    assert sum(worker["pages"] for worker in observed["workers"].values()) == 4
