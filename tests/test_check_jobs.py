"""``leaflets check --jobs N``: the same report, byte for byte, whatever N.

The shipped project (4 languages x 3 catalogs, two sources) with findings of many kinds
put into its catalogs is checked with nothing remembered, in this process (``--jobs 1``)
and in worker processes (``--jobs 2``, with the size from which check shares work out
lowered to nothing, so that the workers really check it).
"""

from __future__ import annotations

import gc
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline import check_command
from pipeline.executors import ProcessExecutor
from pipeline.readability import dictionary
from tests.conftest import REPO, Project


@pytest.fixture
def shipped_with_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    root = tmp_path / "project"
    root.mkdir()
    for folder in ("source", "locales", "templates"):
        shutil.copytree(REPO / folder, root / folder, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy2(REPO / "leaflets.toml", root / "leaflets.toml")
    ten = (root / "source/ivig-ten.md").read_text(encoding="utf-8")  # a third source, without catalogs yet
    (root / "source/ivig-ten-copy.md").write_text(ten.replace("id: ivig-ten", "id: ivig-ten-copy"), encoding="utf-8")
    messages = root / "locales"
    _edit(messages / "ko_KR/LC_MESSAGES/ivig-ten.po", r'(msgstr ".*?)(\d+)', lambda m: m[1] + str(int(m[2]) + 1))
    _edit(messages / "es/LC_MESSAGES/ivig-dermatology.po", r'\nmsgstr "[^"]+"\n\n', lambda m: '\nmsgstr ""\n\n')
    _edit(messages / "zh_TW/LC_MESSAGES/ivig-ten.po", r"\n#: ", lambda m: "\n#, fuzzy\n#: ")
    _edit(messages / "ar/LC_MESSAGES/common.po", r'\nmsgstr "', lambda m: '\nmsgstr "broken')
    _edit(messages / "ar/LC_MESSAGES/ivig-ten.po", r"\nmsgid ", lambda m: "\nmsgid msgid ")  # not a catalog
    return Project(root, monkeypatch)


def _edit(path: Path, pattern: str, replacement) -> None:
    text = path.read_text(encoding="utf-8")
    changed = re.sub(pattern, replacement, text, count=1)
    assert changed != text, path
    path.write_text(changed, encoding="utf-8")


def _check(project: Project, *argv: str) -> tuple[int, str, str]:
    shutil.rmtree(project.path("build"), ignore_errors=True)  # nothing remembered
    return project.run("check", *argv)


@pytest.fixture
def workers_used(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The files whose jobs were handed to worker processes, a list a run (check shares out even a
    small project); their results come back last first, as workers may finish them in any order."""
    monkeypatch.setattr(check_command, "SHARED_OUT_FROM", 0)
    handed: list[list[str]] = []
    run = ProcessExecutor.run

    def counted(self, function, jobs, events):
        handed.append([job.label for together in jobs for job in together.jobs])  # handed out two at a time
        return reversed(list(run(self, function, jobs, events)))

    monkeypatch.setattr(ProcessExecutor, "run", counted)
    return handed


@pytest.mark.parametrize("report_format", ["text", "json"])
def test_check_in_workers_says_what_check_in_one_process_says(shipped_with_findings, workers_used, report_format):
    alone = _check(shipped_with_findings, "--format", report_format, "--jobs", "1")
    assert workers_used == []
    shared = _check(shipped_with_findings, "--format", report_format, "--jobs", "2")
    # The catalogs and the sources, all but the first leaflet's catalog and the first source, in one
    # run: a worker done with the catalogs goes on to the sources. The first locale's page text
    # (common, first in order) is a worker's first job.
    assert len(workers_used) == 1
    assert [Path(file).suffix for file in workers_used[0]] == [".po"] * 11 + [".md"] * 2
    assert Path(workers_used[0][0]).stem == "common"
    assert shared == alone
    code, out, _ = alone
    assert code == 1
    for kind in ("numbers", "untranslated", "fuzzy", "syntax", "readability"):
        assert f"[{kind}]" in out or f'"check": "{kind}"' in out, kind


def test_what_the_workers_find_they_remember_and_the_next_check_checks_nothing(
    shipped_with_findings, workers_used, monkeypatch
):
    # Each worker writes down what it found (build/.cache/) as its job ends: this process only
    # takes the reports back. The next check says the same, each catalog's report and each
    # source's readability taken from what the workers wrote, nothing checked or measured again.
    from pipeline.cache import Cache

    first = _check(shipped_with_findings, "--format", "json", "--jobs", "2")
    assert len(workers_used) == 1
    remembered = Cache(SimpleNamespace(build_dir=shipped_with_findings.path("build")))
    assert sorted(path.parent.name for path in remembered.folder.glob("*/*.json")).count("checks") == 12

    def nothing_again(*args, **kwargs):
        raise AssertionError("checked or measured again")

    monkeypatch.setattr(check_command, "check_remembering", nothing_again)
    monkeypatch.setattr(check_command, "parse_source", nothing_again)
    again = shipped_with_findings.run("check", "--format", "json", "--jobs", "2")
    assert again == first and workers_used[1:] in ([], [[]])  # no job left to hand out


def test_a_missing_dictionary_in_the_workers_is_the_same_note(shipped_with_findings, workers_used, monkeypatch):
    """The dictionary found for the first source (measured in this process) and missing for the
    others (measured in the workers, which fork with this process's count of calls)."""

    def found_once(calls: list[int]) -> bool:
        calls.append(1)
        return len(calls) == 1

    monkeypatch.setattr(dictionary, "installed", lambda: found_once(calls))
    calls: list[int] = []
    alone = _check(shipped_with_findings, "--jobs", "1")
    calls = []
    shared = _check(shipped_with_findings, "--jobs", "2")
    assert [file for file in workers_used[-1] if file.endswith(".md")] == [  # the other two sources
        "source/ivig-ten-copy.md",
        "source/ivig-ten.md",
    ]
    assert shared == alone
    assert "note: readability not measured: the CMU Pronouncing Dictionary" in alone[2]
    assert "[readability]" not in alone[1] and "[numbers]" in alone[1]


def test_check_leaves_the_garbage_collector_as_it_found_it(shipped_with_findings, workers_used):
    """check collects garbage less often and freezes what it loaded while it runs (and its workers
    with it); a process that goes on (serve, a caller of the library) gets its collector back, and
    what it had frozen itself stays frozen."""
    before = gc.get_threshold()
    for jobs in ("1", "2"):
        _check(shipped_with_findings, "--jobs", jobs)
        assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    kept = [[number] for number in range(100)]  # what a caller froze stays frozen
    gc.freeze()
    try:
        _check(shipped_with_findings, "--jobs", "1")
        assert gc.get_freeze_count() >= len(kept)  # not given back to the collector (0)
    finally:
        gc.unfreeze()


def test_a_small_project_is_checked_in_this_process(shipped_with_findings, monkeypatch):
    handed: list[int] = []
    monkeypatch.setattr(ProcessExecutor, "run", lambda self, function, jobs, events: handed.append(len(jobs)))
    assert _check(shipped_with_findings, "--jobs", "2")[0] == 1
    assert handed == []  # the shipped project is less than SHARED_OUT_FROM: workers would cost more


@pytest.mark.parametrize("workers", [1, 2, 3, 8])
@pytest.mark.parametrize("count", [0, 1, 2, 3, 7, 100, 201, 1000])
def test_jobs_are_handed_out_in_shrinking_shares_down_to_single_jobs(count, workers):
    sizes = check_command.handed_out_together(count, workers)
    assert sum(sizes) == count and all(size >= 1 for size in sizes)
    assert sizes == sorted(sizes, reverse=True)
    # the workers finish within a job of each other: the last hand-outs are single jobs
    assert all(size == 1 for size in sizes[-min(workers, len(sizes)) :])
    # few hand-outs: each costs this process and the worker a millisecond (one or two jobs at a
    # time handed 200 jobs out in 100 or 200 hand-outs)
    if count >= 100:
        assert len(sizes) <= 12 * workers


def test_a_job_moved_first_still_gives_its_value_to_its_place_and_failures_keep_the_values_order():
    # check runs a leaflet's catalog before the page text's (common, first in order) before its
    # workers fork: the report keeps the catalogs' order, and of two that fail, the one first in
    # that order is the one raised, whichever ran first.
    batch = check_command._Batch()
    for name in ("common", "leaflet", "other"):
        batch.add(None, lambda name=name: name, 1)
    batch.move_first(lambda job: job != "common")
    assert batch.take(1) == [("leaflet", 1)]
    assert batch.take() == [("common", 0), ("other", 2)]
    batch.failed[1] = first_run = ValueError("leaflet")
    assert batch.first_failure() is first_run
    batch.failed[0] = ValueError("common")
    assert batch.first_failure() is batch.failed[0]
    unmoved = check_command._Batch()
    unmoved.add(None, lambda: "common", 1)
    unmoved.move_first(lambda job: job != "common")  # none other: the order is kept
    assert unmoved.take() == [("common", 0)]
