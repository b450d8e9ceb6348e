"""Telling the user how a build is getting on.

On a terminal, a progress bar (rich): pairs done, the pair being rendered and
what WeasyPrint is doing with it, time left. Anywhere else (CI logs, pipes),
one plain line per pair, and a line now and then while a long page renders.
Either way, a last line sums the build up.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import TaskID

# Off a terminal, a page still rendering is mentioned this often (seconds).
HEARTBEAT = 15.0


class Progress:
    """Says nothing (the API default); the base of the two displays."""

    def phase(self, description: str, total: int) -> None:
        """A batch of ``total`` jobs begins (reading catalogs, rendering pairs)."""

    def message(self, line: str) -> None:
        """Something to say now, outside any count."""

    def started(self, label: str) -> None:
        pass

    def step(self, label: str, message: str) -> None:
        """What a long job is doing now ("Step 5 - Creating layout - Page 12")."""

    def tick(self) -> None:
        """Time passes while jobs run elsewhere."""

    def finished(self, label: str, line: str, failed: bool = False) -> None:
        """One job is done; ``line`` says what happened to it."""

    def stop(self) -> None:
        """The jobs are done: what is printed from now on goes below the display, not into it."""

    def close(self, summary: str) -> None:
        pass


class PlainProgress(Progress):
    def __init__(self, stream: TextIO, clock=time.monotonic):
        self.stream = stream
        self.clock = clock
        self.total = self.done = 0
        self.counting = False
        self.running: dict[str, float] = {}  # label -> when it started
        self.mentioned: dict[str, float] = {}  # label -> when we last said it is still running
        self.steps: dict[str, str] = {}

    def phase(self, description: str, total: int) -> None:
        self.total, self.done, self.counting = total, 0, description.startswith("render")
        self._say(f"{description}: {total}")

    def started(self, label: str) -> None:
        self.running[label] = self.mentioned[label] = self.clock()

    def step(self, label: str, message: str) -> None:
        self.steps[label] = message
        self.tick()

    def tick(self) -> None:
        now = self.clock()
        for label, since in list(self.running.items()):
            if now - self.mentioned[label] >= HEARTBEAT:
                self.mentioned[label] = now
                step = f": {self.steps[label]}" if label in self.steps else ""
                self._say(f"  still working on {label} ({now - since:.0f} s){step}")

    def finished(self, label: str, line: str, failed: bool = False) -> None:
        self.running.pop(label, None)
        self.steps.pop(label, None)
        self.done += 1
        if self.counting:
            width = len(str(self.total))
            self._say(f"[{self.done:>{width}}/{self.total}] {line}")
        elif failed:
            self._say(line)

    def message(self, line: str) -> None:
        self._say(line)

    def close(self, summary: str) -> None:
        self._say(summary)

    def _say(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


class TerminalProgress(Progress):
    def __init__(self, stream: TextIO):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        self.console = Console(file=stream)
        self.bar = Bar(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.fields[current]}", style="dim"),
            console=self.console,
            transient=False,
        )
        self.task: TaskID | None = None
        self.running: dict[str, str] = {}  # label -> what it is doing
        self.counting = False  # rendering: each page's line is printed, as off a terminal

    def phase(self, description: str, total: int) -> None:
        if self.task is not None:
            self.bar.update(self.task, visible=False)
        self.counting = description.startswith("render")
        self.bar.start()
        self.running.clear()
        self.task = self.bar.add_task(description, total=total, current="")

    def started(self, label: str) -> None:
        self.running[label] = ""
        self._show()

    def step(self, label: str, message: str) -> None:
        if label in self.running:
            self.running[label] = message
            self._show()

    def finished(self, label: str, line: str, failed: bool = False) -> None:
        self.running.pop(label, None)
        if failed or self.counting:  # above the bar, which stays at the bottom
            self.console.print(line, style="red" if failed else None, markup=False, highlight=False)
        if self.task is not None:
            self.bar.update(self.task, advance=1)
        self._show()

    def message(self, line: str) -> None:
        self.console.print(line, markup=False, highlight=False)

    def _show(self) -> None:
        current = ", ".join(f"{label} {doing}".strip() for label, doing in self.running.items())
        if self.task is not None:
            self.bar.update(self.task, current=current[:80])

    def stop(self) -> None:
        self.bar.stop()

    def close(self, summary: str) -> None:
        self.stop()
        self.console.print(summary, markup=False, highlight=False)


def progress_for(stream: TextIO) -> Progress:
    """A progress bar on a terminal, plain lines anywhere else."""
    return TerminalProgress(stream) if stream.isatty() else PlainProgress(stream)
