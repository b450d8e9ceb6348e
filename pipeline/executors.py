"""Where a build's jobs run: in this process, in worker processes, or on a Dask cluster.

Each executor takes a job function from :mod:`pipeline.jobs` and a list of jobs,
and yields ``(job, result)`` as jobs finish; a job that raised yields the
exception instead, so one failure never stops the others. The build does not
care which executor ran a job: jobs are pure, and pages are checked for the
environment that made them.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import queue as queues
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

from pipeline import jobs as job_functions
from pipeline.errors import LeafletError, UsageError

_log = logging.getLogger(__name__)


class Labelled(Protocol):
    @property
    def label(self) -> str: ...  # what the progress display calls the job


Job = TypeVar("Job", bound=Labelled)
Result = TypeVar("Result")

# How often a waiting build looks at its workers' progress messages (seconds).
_POLL = 0.2
_DONE = object()  # what next() gives of a ``meanwhile`` that has no step left


class Events(Protocol):
    """What an executor tells the progress display while jobs run."""

    def started(self, label: str) -> None: ...

    def step(self, label: str, message: str) -> None: ...

    def tick(self) -> None: ...


class Executor(Protocol):
    def run(
        self,
        function: Callable[[Job], Result],
        jobs: Sequence[Job],
        events: Events,
        meanwhile: Iterator[object] | None = None,
    ) -> Iterator[tuple[Job, Result | BaseException]]: ...

    def start(self) -> None: ...  # get ready for many jobs, without waiting: a hint

    def close(self) -> None: ...


def available_cores() -> int:
    """The cores this process may use (its CPU affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class SerialExecutor:
    """Every job in this process, one after another. ``meanwhile`` (this process's own work,
    a step at a time, for while workers are busy) is left to the caller: there are none."""

    def run(
        self,
        function: Callable[[Job], Result],
        jobs: Sequence[Job],
        events: Events,
        meanwhile: Iterator[object] | None = None,
    ) -> Iterator[tuple[Job, Result | BaseException]]:
        job_functions.relay_steps(events.step)
        try:
            for job in jobs:
                events.started(job.label)
                result: Result | BaseException
                try:
                    result = function(job)
                except Exception as exc:  # reported for that job; the others go on
                    result = exc
                yield job, result
        finally:
            job_functions.relay_steps(None)

    def start(self) -> None:
        pass

    def close(self) -> None:
        pass


class ProcessExecutor:
    """Jobs in worker processes that live for the whole build.

    A build's workers start from a fork server that has already imported the
    pipeline and WeasyPrint, and keep their font configuration and compiled
    templates from one job to the next. ``check``'s are forked from this process
    (``start_method="fork"``), which has imported the checks: they start in
    milliseconds and render nothing. No more jobs are handed out than there are
    workers, so the display shows what is really being rendered; ``jobs_ahead``
    more for jobs of milliseconds (``check``'s), so that no worker waits idle while
    this process takes in the last one's result. A batch of one job runs in this
    process: starting workers would cost more than it saves.
    """

    def __init__(self, workers: int, start_method: str = "forkserver", jobs_ahead: int = 0):
        self.workers = workers
        self.jobs_ahead = jobs_ahead
        self._pool: ProcessPoolExecutor | None = None
        self._context = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            self._context.set_forkserver_preload(["pipeline.jobs", "pipeline.render_pdf"])
        self._steps: Any = None  # the workers' progress messages (a multiprocessing queue)
        self._pool_lock = threading.Lock()
        self._starting: threading.Thread | None = None
        self._frozen = False  # gc.freeze() before forking workers (see _ensure_pool)

    def start(self) -> None:
        """Start the workers in a thread of this process and return at once. The first job
        handed to a new pool waits until the fork server has imported WeasyPrint (half a second);
        started early, that happens on another core while this process reads and parses the
        sources. Nothing is lost if no job follows but that half second of the other core."""
        if self.workers <= 1 or self._pool is not None or self._starting is not None:
            return
        self._starting = threading.Thread(target=self._start_workers, name="leaflets-start-workers", daemon=True)
        self._starting.start()

    def _start_workers(self) -> None:
        try:
            pool = self._ensure_pool()
            for _ in range(self.workers):
                pool.submit(os.getpid)  # a job does what starting workers does not: forks each one
        except Exception:  # a hint only: run() starts them again and says what fails
            _log.debug("starting the workers ahead failed", exc_info=True)

    def run(
        self,
        function: Callable[[Job], Result],
        jobs: Sequence[Job],
        events: Events,
        meanwhile: Iterator[object] | None = None,
    ) -> Iterator[tuple[Job, Result | BaseException]]:
        """``meanwhile``: this process's own work, a step at a time, taken while every worker has a
        job (a step is short: a worker that finishes meanwhile waits that long for its next job);
        what is left of it when the jobs are done is the caller's."""
        if len(jobs) <= 1 or self.workers <= 1:
            yield from SerialExecutor().run(function, jobs, events)
            return
        pending = list(reversed(jobs))  # popped from the end: first job first
        running: dict[Future, tuple[Job, ProcessPoolExecutor]] = {}  # each job, and the pool that runs it

        def hand_out() -> None:
            while pending and len(running) < self.workers + self.jobs_ahead:
                pool = self._ensure_pool()
                try:
                    future = pool.submit(function, job := pending[-1])
                except BrokenProcessPool:  # a worker died, and the pool knows before any job's result says so
                    self._drop(pool)
                    continue  # the job goes to new workers
                pending.pop()
                running[future] = job, pool
                events.started(job.label)

        hand_out()
        while running:
            if meanwhile is not None and len(running) >= self.workers and next(meanwhile, _DONE) is _DONE:
                meanwhile = None
            done, _ = wait(running, timeout=_POLL, return_when=FIRST_COMPLETED)
            self._relay(events)
            events.tick()
            finished = [(future, *running.pop(future)) for future in done]
            for pool in {pool for future, _, pool in finished if _broke(future)}:
                self._drop(pool)  # a worker died (killed, or out of memory): new ones take the next jobs
            # The next jobs go out before this process takes in the results (a page written,
            # its fonts named: tens of milliseconds), which a worker would otherwise wait out idle.
            hand_out()
            for future, job, _ in finished:
                try:
                    yield job, future.result()
                except BrokenProcessPool:
                    yield (
                        job,
                        RuntimeError(
                            "a worker process stopped while rendering this or a page "
                            "rendered beside it (out of memory?)"
                        ),
                    )
                except Exception as exc:
                    yield job, exc

    def _ensure_pool(self) -> ProcessPoolExecutor:
        with self._pool_lock:  # start() may be making it in its thread
            if self._pool is None:
                if self._context.get_start_method() == "fork" and not self._frozen:
                    # A forked worker shares this process's objects until it writes to one, and the
                    # garbage collector writes to every object it looks at: frozen before the fork,
                    # what this process made is never looked at again, in the workers (no copies of
                    # its pages, no collection going through its word lists and tables) nor here
                    # until close() (check: 7% less CPU in alternated runs).
                    gc.freeze()
                    self._frozen = True
                self._steps = self._context.Queue()
                self._pool = ProcessPoolExecutor(
                    self.workers,
                    mp_context=self._context,
                    initializer=job_functions.start_worker,
                    initargs=(self._steps,),
                )
            return self._pool

    def _drop(self, pool: ProcessPoolExecutor) -> None:
        """A pool one of whose workers died: never handed a job again (its other workers are ended)."""
        with self._pool_lock:
            if pool is self._pool:
                self._pool = None
        pool.shutdown(wait=False)

    def _relay(self, events: Events) -> None:
        while self._steps is not None:
            try:
                label, message = self._steps.get_nowait()
            except (queues.Empty, OSError, ValueError):
                return
            events.step(label, message)

    def close(self) -> None:
        if self._starting is not None:
            self._starting.join()  # a pool it makes after this would outlive the build
            self._starting = None
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._steps is not None:
            # Its locks and semaphore are the resource tracker's until they are freed here: the
            # command ends with os._exit (cli.leave), which frees nothing, and the tracker then
            # warned of "leaked semaphore objects" after a build whose leaflet could not be read.
            self._steps.close()
            self._steps.join_thread()
            self._steps = None
        if self._frozen:
            gc.unfreeze()  # a process that goes on (a test run, a library's caller) collects them again
            self._frozen = False


def _broke(future: Future) -> bool:
    """The job could not finish because its pool did: a worker died (killed, or out of memory)."""
    return not future.cancelled() and isinstance(future.exception(), BrokenProcessPool)


class DaskExecutor:
    """Jobs on an existing Dask distributed cluster (``pip install 'leaflets[dask]'``).

    Every worker needs this version of leaflets and the same fonts: a page made
    in another environment is refused by the build, never written.
    """

    def __init__(self, scheduler: str):
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("--executor dask needs Dask: install leaflets[dask]") from None
        try:
            self.client = Client(scheduler, timeout="20s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise LeafletError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None

    def run(
        self,
        function: Callable[[Job], Result],
        jobs: Sequence[Job],
        events: Events,
        meanwhile: Iterator[object] | None = None,  # left to the caller
    ) -> Iterator[tuple[Job, Result | BaseException]]:
        from distributed import as_completed

        futures = {}
        for job in jobs:
            futures[self.client.submit(function, job, pure=False)] = job
            events.started(job.label)
        for future in as_completed(futures, loop=self.client.loop):
            job = futures[future]
            try:
                yield job, future.result()
            except Exception as exc:
                yield job, exc
            events.tick()

    def start(self) -> None:
        pass  # the cluster's workers are running already

    def close(self) -> None:
        self.client.close()
