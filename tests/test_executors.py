"""Where jobs run: a pool of worker processes started ahead of its first jobs."""

from __future__ import annotations

import gc
import multiprocessing
import os
import subprocess
import sys
import time
from dataclasses import dataclass

from pipeline.executors import ProcessExecutor
from pipeline.progress import Progress


@dataclass(frozen=True)
class Square:
    number: int

    @property
    def label(self) -> str:
        return str(self.number)


def square(job: Square) -> tuple[int, int]:
    return job.number * job.number, os.getpid()


def test_workers_started_ahead_run_the_jobs_that_follow():
    executor = ProcessExecutor(2, start_method="fork")
    executor.start()
    executor.start()  # a second hint changes nothing
    try:
        results = {
            job.number: result for job, result in executor.run(square, [Square(n) for n in range(6)], Progress())
        }
    finally:
        executor.close()
    assert {n: value for n, (value, _) in results.items()} == {n: n * n for n in range(6)}
    assert os.getpid() not in {pid for _, pid in results.values()}  # in the workers, not here


def test_workers_started_ahead_and_never_used_are_gone_after_close(monkeypatch):
    executor = ProcessExecutor(2, start_method="fork")
    making = executor._ensure_pool

    def slowly():  # as a fork server importing WeasyPrint is: the build may be over first
        time.sleep(0.3)
        return making()

    monkeypatch.setattr(executor, "_ensure_pool", slowly)
    executor.start()
    executor.close()  # waits for the start, then shuts the pool down
    time.sleep(0.6)  # longer than the start takes
    assert executor._pool is None and not multiprocessing.active_children()


def test_one_worker_is_this_process_and_starts_nothing():
    executor = ProcessExecutor(1, start_method="fork")
    executor.start()
    assert executor._starting is None and executor._pool is None
    assert [result for _, (result, _) in executor.run(square, [Square(3)], Progress())] == [9]


def slow_square(job: Square) -> tuple[int, int]:
    time.sleep(0.2)
    return square(job)


def test_this_process_takes_its_own_steps_while_every_worker_is_busy():
    steps: list[float] = []

    def meanwhile():
        for _ in range(3):
            yield
            steps.append(time.perf_counter())

    executor = ProcessExecutor(2, start_method="fork")
    try:
        results = list(executor.run(slow_square, [Square(n) for n in range(6)], Progress(), meanwhile=meanwhile()))
        finished = time.perf_counter()
    finally:
        executor.close()
    assert sorted(value for _, (value, _) in results) == [n * n for n in range(6)]
    assert len(steps) == 3 and max(steps) < finished  # all taken while the jobs ran


def test_what_is_left_of_this_process_s_steps_is_the_caller_s():
    steps = iter(range(10))  # more than there are chances to take them: two quick jobs
    executor = ProcessExecutor(2, start_method="fork")
    try:
        assert len(list(executor.run(square, [Square(1), Square(2)], Progress(), meanwhile=steps))) == 2
    finally:
        executor.close()
    assert len(list(steps)) >= 8  # at most a step each time both workers had a job


class _Handed(Progress):
    """What the executor announced, in order: each job handed out, and each result taken in."""

    def __init__(self) -> None:
        super().__init__()
        self.order: list[str] = []

    def started(self, label: str) -> None:
        self.order.append("handed")


def _handed_before_the_first_result(executor: ProcessExecutor) -> int:
    events = _Handed()
    try:
        for _ in executor.run(slow_square, [Square(n) for n in range(8)], events):
            events.order.append("result")
    finally:
        executor.close()
    assert events.order.count("handed") == 8
    return events.order.index("result")


def test_jobs_ahead_are_handed_out_before_a_worker_is_free():
    """check's jobs take milliseconds: each worker has its next one waiting. A build's take seconds,
    and its display shows what is being rendered: one a worker. Either way, a job that finished is
    replaced before this process takes in its result (writing a page takes tens of milliseconds,
    which the worker would wait out idle): so before the first result, the first hand-out and a job
    for each that finished (one or both of the two that run at once)."""
    assert _handed_before_the_first_result(ProcessExecutor(2, start_method="fork")) in (3, 4)
    assert _handed_before_the_first_result(ProcessExecutor(2, start_method="fork", jobs_ahead=2)) in (5, 6, 7, 8)


def dies(job: Square) -> tuple[int, int]:
    if job.number == 3:
        os._exit(1)  # as a worker killed (out of memory) does: no exception, the process gone
    return slow_square(job)


def dies_at_once(job: Square) -> int:
    if job.number % 7 == 3:
        os._exit(1)
    return job.number * job.number


def test_a_worker_that_dies_among_jobs_of_milliseconds_never_stops_the_run():
    """check's jobs take milliseconds: a pool may know a worker died before any finished job says
    so, and a job handed to it then raises at once. The job goes to new workers instead (this
    failed in about half the runs, the whole check stopping with a traceback)."""
    for _ in range(8):
        executor = ProcessExecutor(4, start_method="fork", jobs_ahead=4)
        try:
            results = dict(executor.run(dies_at_once, [Square(n) for n in range(60)], Progress()))
        finally:
            executor.close()
        assert len(results) == 60
        assert all(isinstance(results[Square(n)], RuntimeError) for n in range(3, 60, 7))
        done = {job.number: value for job, value in results.items() if not isinstance(value, BaseException)}
        assert done and all(value == n * n for n, value in done.items())


def test_a_worker_that_dies_fails_its_jobs_and_the_others_go_on_in_new_workers():
    executor = ProcessExecutor(2, start_method="fork")
    try:
        results = {job.number: result for job, result in executor.run(dies, [Square(n) for n in range(8)], Progress())}
    finally:
        executor.close()
    assert isinstance(results[3], RuntimeError) and "out of memory" in str(results[3])
    # The job beside it in the broken pool may fail with it; every other job ran, in new workers.
    failed = {n for n, result in results.items() if isinstance(result, RuntimeError)}
    assert len(results) == 8 and 3 in failed and len(failed) <= 2
    assert all(results[n][0] == n * n for n in set(range(8)) - failed)


def frozen(job: Square) -> int:
    return gc.get_freeze_count()


def test_forked_workers_share_what_this_process_made_frozen_until_close():
    """What this process made before forking is frozen (gc.freeze): the workers' collections never
    go through it (nor copy its pages by writing to it); close() gives it back to this process's
    collector, which a long process (a test run, a library's caller) needs."""
    made_before = [[number] for number in range(1000)]  # objects the collector tracks
    executor = ProcessExecutor(2, start_method="fork")
    try:
        in_workers = [count for _, count in executor.run(frozen, [Square(n) for n in range(4)], Progress())]
        assert gc.get_freeze_count() >= len(made_before)  # here too, while the workers run
    finally:
        executor.close()
    assert min(in_workers) >= len(made_before)
    assert gc.get_freeze_count() == 0


def test_a_build_that_cannot_read_a_leaflet_leaves_no_semaphore_behind(project):
    """The command ends with os._exit, which frees nothing: the workers' progress queue is closed
    first, or multiprocessing's resource tracker warned of "leaked semaphore objects" after it."""
    source = project.path("source/demo.md")
    other = project.path("source/other.md")
    other.write_text(source.read_text(encoding="utf-8").replace("id: demo", "id: other"), encoding="utf-8")
    source.write_text(source.read_text(encoding="utf-8").replace("reviewed_by:", "reviewd_by:"), encoding="utf-8")
    env = {**os.environ, "PYTHONWARNINGS": "default"}
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--jobs", "2"],
        cwd=project.root,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 1 and "reviewd_by" in result.stderr
    assert "leaked semaphore" not in result.stderr, result.stderr
