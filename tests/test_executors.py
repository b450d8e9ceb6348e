"""Where jobs run: a pool of worker processes started ahead of its first jobs."""

from __future__ import annotations

import multiprocessing
import os
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
