"""How long `leaflets serve` takes from a saved catalog to the browser's reload event.

Starts ``leaflets serve`` on a copy of this repository (a fresh temporary
folder, port 0), listens to its event stream as the page's script does, then
saves a changed translation into a Korean catalog, as Poedit does, and times
the moment the save is done to the moment the reload event arrives naming the
page. Each round changes one passage of ``ko_KR/ivig-ten.po`` (a leaflet's own
catalog: that one page is rebuilt); rounds alternate two translations so every
save is a real change. The issue asks for "within a second".

Wall-clock seconds (this is what the translator waits for), median and range
over the rounds, the first after start-up not counted; and the CPU seconds the
server spent on each (from /proc: on a machine shared with other work the wall
time stretches with the load, the CPU time much less). ``--code PATH`` runs
another checkout's pipeline on the same pages (``--code`` at main, say, for
the time before a change). Not a test: run it by hand or by `make bench`; it
writes bench/results/serve.md and serve.json.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
EVENTS = "/__leaflets/events"


class EventStream:
    """The server's Server-Sent Events, read on a thread: each ``data:`` line with the time it arrived."""

    def __init__(self, port: int):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.connection.request("GET", EVENTS)
        self.response = self.connection.getresponse()
        self.events: list[tuple[float, dict]] = []
        self.arrived = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for raw in self.response:
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("data: "):
                with self.arrived:
                    self.events.append((time.perf_counter(), json.loads(line[6:])))
                    self.arrived.notify_all()

    def next_after(self, count: int, timeout: float) -> tuple[float, dict]:
        with self.arrived:
            if not self.arrived.wait_for(lambda: len(self.events) > count, timeout):
                raise TimeoutError(f"no reload event within {timeout} s")
            return self.events[count]


def save_like_an_editor(path: Path, text: str) -> float:
    """Write the catalog as a text editor or Poedit does (a new file renamed over the old); when it was saved."""
    temporary = path.with_name(path.name + ".tmp~")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return time.perf_counter()


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(project: Path, argv: list[str], code: Path) -> tuple[subprocess.Popen, int, list[str]]:
    server = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "serve", "--port", "0", *argv],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(code), "PYTHONUNBUFFERED": "1"},  # that checkout's pipeline
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    said: list[str] = []
    assert server.stdout is not None
    for line in server.stdout:
        said.append(line.rstrip())
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if found:
            threading.Thread(target=lambda: said.extend(x.rstrip() for x in server.stdout), daemon=True).start()
            return server, int(found.group(1)), said
    raise RuntimeError("leaflets serve did not start:\n" + "\n".join(said))


def edited_on_the_page(catalog_text: str, catalog: str) -> str:
    """One translated passage that the leaflet's page shows, changed by a word: a real edit of one
    msgstr. Of the page text (common.po), one of templates/leaflet.html's: the first entries of
    common.po are the index's, and a page that does not change is rightly not reloaded."""
    for entry in re.finditer(r"(?:^#.*\n)*^msgid .*\n(?:^\".*\n)*^msgstr \"(.+)\"$", catalog_text, re.MULTILINE):
        if not catalog.endswith("common.po") or "#: templates/leaflet.html" in entry.group():
            at, end = entry.start(1), entry.end(1)
            return catalog_text[:at] + catalog_text[at:end] + " (수정)" + catalog_text[end:]
    raise AssertionError(f"{catalog}: no translated passage of the page")


def measure(argv: list[str], catalog: str, page: str, rounds: int, code: Path = ROOT) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        for name in ("source", "locales", "templates"):
            shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("*.mo"))
        shutil.copy(ROOT / "leaflets.toml", project / "leaflets.toml")
        started = time.perf_counter()
        server, port, said = start(project, argv, code)
        ready = time.perf_counter() - started
        try:
            stream = EventStream(port)
            time.sleep(0.5)  # the stream is open before the first save
            path = project / catalog
            original = path.read_text(encoding="utf-8")
            edited = edited_on_the_page(original, catalog)
            times, cpu, seen = [], [], len(stream.events)
            for n in range(rounds + 1):
                before = cpu_seconds(server.pid)
                saved = save_like_an_editor(path, edited if n % 2 == 0 else original)
                arrived, news = stream.next_after(seen, 30)
                seen += 1
                assert page in news["pages"] and not news["problems"], news
                if n:  # the first round warms up what start-up did not
                    times.append(arrived - saved)
                    cpu.append(cpu_seconds(server.pid) - before)
                time.sleep(0.7)  # after watchfiles' debounce: each save its own rebuild
        finally:
            server.terminate()
            server.wait(10)
        rebuilt = [line for line in said if line.startswith("rebuilt ")]
    return {
        "argv": argv,
        "catalog": catalog,
        "ready_s": round(ready, 2),
        "times": times,
        "cpu": cpu,
        "load": os.getloadavg()[0],
        "server_said": rebuilt[-3:],
    }


SCENARIOS = (
    ((), "locales/ko_KR/LC_MESSAGES/ivig-ten.po"),  # everything served; one leaflet's catalog saved
    (("--locale", "ko_KR", "--leaflet", "ivig-ten"), "locales/ko_KR/LC_MESSAGES/ivig-ten.po"),
    ((), "locales/ko_KR/LC_MESSAGES/common.po"),  # the page text: every Korean page
)
PAGE = "ko_KR/ivig-ten.html"


def report(runs: list[dict], rounds: int, baseline: str | None) -> str:
    lines = [
        "# `leaflets serve`: from a saved catalog to the browser's reload event",
        "",
        f"`python bench/serve_reload.py --rounds {rounds}{' --baseline ' + Path(baseline).name if baseline else ''}` "
        f"on a {os.cpu_count()}-core machine shared with other work; Python {platform.python_version()}. "
        "A copy of the repository in a temporary folder, `leaflets serve --port 0` started as a translator "
        "starts it, the event stream read as the page's script reads it; each round saves a changed `msgstr` "
        "into the catalog (a new file renamed over the old, as editors save) and times the save to the "
        "`data:` event naming the page. *Wall*: what the translator waits for, which stretches with the "
        "machine's load (its 1-minute load average is given); *CPU*: what the server spent on the round. "
        "The first round after start-up is not counted."
        + (
            " With `--baseline`, each case is run with the baseline checkout's pipeline and this one's, "
            "one after the other, so both meet the same load."
            if baseline
            else ""
        ),
        "",
        "| served | catalog saved | pipeline | rounds | wall median s | wall min–max s | CPU median s | load |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        served = " ".join(run["argv"]) or "(everything)"
        code = "baseline" if run["baseline"] else "this checkout"
        lines.append(
            f"| `leaflets serve {served}` | `{run['catalog']}` | {code} | {len(run['times'])} | "
            f"{statistics.median(run['times']):.2f} | {min(run['times']):.2f}–{max(run['times']):.2f} | "
            f"{statistics.median(run['cpu']):.2f} | {run['load']:.1f} |"
        )
    lines += [
        "",
        "Where a rebuild's time goes (pyinstrument, one rebuild of `ko_KR/ivig-ten.html` after a save, at the "
        "time of writing). The baseline re-checked, on every rebuild, the saved catalog, the page text of its "
        "language and the page text of every language the index lists, extracted the templates' messages and "
        "parsed every template. Now check results are remembered per catalog in `build/.cache/` "
        "(pipeline/cache.py, keyed by everything the checks read), and so are the templates' messages and "
        "digests, so a rebuild checks only the saved catalog. About two thirds of what is left is the checks "
        "of that catalog (every entry, as `leaflets check` does); then the page's rendering, the leaflet's "
        "parse and the index. The rebuild is HTML only: `leaflets build` makes the PDFs.",
    ]
    lines += ["", "The server's own last lines (its rebuild, without the file watcher's wait):", ""]
    for run in runs:
        served = " ".join(run["argv"]) or "(everything)"
        code = "baseline" if run["baseline"] else "this checkout"
        lines += [f"* `{served}`, `{run['catalog'].rsplit('/', 1)[-1]}`, {code}: " + "; ".join(run["server_said"])]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--baseline", metavar="PATH", help="another checkout whose pipeline to measure alongside")
    args = parser.parse_args()
    codes = [(True, Path(args.baseline).resolve()), (False, ROOT)] if args.baseline else [(False, ROOT)]
    runs = []
    for argv, catalog in SCENARIOS:
        for is_baseline, code in codes:
            runs.append({**measure(list(argv), catalog, PAGE, args.rounds, code), "baseline": is_baseline})
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = report(runs, args.rounds, args.baseline)
    (RESULTS / "serve.json").write_text(json.dumps(runs, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "serve.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
