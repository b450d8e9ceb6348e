"""Run one ``leaflets`` command in this process and note what its build workers used.

For bench/run.py, which runs every measured command through this file:
``python bench/observe.py RESULT.json build --jobs 2`` behaves exactly as
``leaflets build --jobs 2`` (same code, same output) and then writes to
RESULT.json the exit code, this process's CPU time and peak memory, and, for
every worker process, its peak memory (reported by a build worker with each
page, read from /proc for ``check``'s) and its CPU time (read from /proc before
the workers are shut down). Nothing here changes what the command does.
"""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path

from pipeline import cli, executors

_workers: dict[str, dict] = {}  # "host:pid" -> {"peak_rss_mib", "cpu_s", "pages"}
_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float | None:
    """utime + stime of a live process (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS  # fields 14 and 15 of proc(5)


def _observed_run(run):
    def run_and_note(self, function, jobs, events, meanwhile=None):
        for job, result in run(self, function, jobs, events, meanwhile):
            worker = getattr(result, "worker", None)
            if worker:
                seen = _workers.setdefault(worker, {"peak_rss_mib": 0.0, "cpu_s": None, "pages": 0})
                seen["peak_rss_mib"] = max(seen["peak_rss_mib"], round(result.peak_rss_kib / 1024, 1))
                seen["pages"] += 1
            yield job, result

    return run_and_note


def _peak_rss_mib(pid: int) -> float:
    """The peak resident memory of a live process (Linux: VmHWM), 0 when it cannot be read."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    kib = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")), "0")
    return round(int(kib) / 1024, 1)


def _observed_close(close):
    def note_then_close(self):
        # check's workers (forked from this process) send back findings, not pages: their CPU and
        # memory are read from /proc like the build workers', found in the pool itself.
        for pid in list(getattr(self._pool, "_processes", None) or ()):
            _workers.setdefault(
                f"{os.uname().nodename}:{pid}", {"peak_rss_mib": _peak_rss_mib(pid), "cpu_s": None, "pages": 0}
            )
        for worker, seen in _workers.items():
            pid = int(worker.rpartition(":")[2])
            if pid != os.getpid():
                seen["cpu_s"] = _cpu_seconds(pid)
        close(self)

    return note_then_close


def main() -> int:
    result_path, argv = Path(sys.argv[1]), sys.argv[2:]
    executors.ProcessExecutor.run = _observed_run(executors.ProcessExecutor.run)
    executors.ProcessExecutor.close = _observed_close(executors.ProcessExecutor.close)
    code = cli.main(argv)
    own = os.times()
    for worker, seen in _workers.items():
        if int(worker.rpartition(":")[2]) == os.getpid():
            seen["cpu_s"] = None  # the pages were rendered here: counted as this process's time
    result_path.write_text(
        json.dumps(
            {
                "exit": code,
                "cpu_s": round(own.user + own.system, 2),
                "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "workers": _workers,
            }
        ),
        encoding="utf-8",
    )
    return code


if __name__ == "__main__":
    cli.leave(main())  # as the leaflets command ends, without the interpreter's teardown
