"""``leaflets serve``: the draft pages on http://127.0.0.1:PORT/, rebuilt and reloaded as files change.

A translator saves a catalog in Poedit; within a second the page in the
browser shows it. The pieces:

* **watch** ``source/``, ``locales/``, ``templates/`` and ``leaflets.toml``
  with watchfiles (inotify, not polling);
* **rebuild** only the pages a change affects (:func:`affected`): a leaflet's
  catalog rebuilds that leaflet in that language, ``common`` every leaflet in
  that language, a source every language of that leaflet, a template or the
  config everything. HTML only: a preview is read on screen (``leaflets
  build`` makes the PDFs);
* **reload** every open page through Server-Sent Events: the server adds a
  few lines of inline script to each page it serves (never to the files in
  ``build/``), which reload the page when its file was written again (not when
  it came out the same: a translator's comment), or show what went wrong when
  it could not be. Nothing is fetched from another site.

A page that could not be built (a catalog left with an open ``"``) is removed
from ``build/``, as ``leaflets build`` removes it: it no longer shows its
catalog. The open page is not reloaded: it stays on screen, the error over it,
until the catalog is fixed. Opened afresh, it is a short page saying it is not
built, with the error, which loads the page once it is.

Bound to 127.0.0.1 only: drafts are not for the network.
"""

from __future__ import annotations

import errno
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path, PurePosixPath

from pipeline.build import HTML, BuildOptions, build
from pipeline.config import COMMON_DOMAIN, CONFIG_NAME, Project, load_project
from pipeline.errors import LeafletError

HOST = "127.0.0.1"
EVENTS = "/__leaflets/events"
KEEPALIVE_SECONDS = 15
_WATCHED_SUFFIXES = {".po", ".md", ".html", ".css"}

# Added before </body> of every page served: reload when the page was rebuilt;
# say what is wrong when the build failed. textContent: a message is never markup.
RELOAD_SCRIPT = """<script>
(function () {
  var source = new EventSource("__EVENTS__");
  source.onmessage = function (event) {
    var news = JSON.parse(event.data), here = location.pathname.replace(/^\\/+/, "") || "index.html";
    var box = document.getElementById("leaflets-serve-problems");
    if (news.problems.length) {
      if (!box) {
        box = document.createElement("pre");
        box.id = "leaflets-serve-problems";
        box.setAttribute("role", "alert");
        box.style.cssText = "position:fixed;bottom:0;left:0;right:0;margin:0;padding:1em;max-height:40vh;" +
          "overflow:auto;background:#7f1d1d;color:#fff;white-space:pre-wrap;z-index:9999";
        document.body.appendChild(box);
      }
      box.textContent = news.problems.join("\\n");
    } else if (box) {
      box.remove();
    }
    if (news.pages.indexOf(here) >= 0) { location.reload(); }
  };
})();
</script>
""".replace("__EVENTS__", EVENTS)

# What a page build/ does not hold is served as (404): the reload script shows why
# (the last build's problems) and loads the page as soon as a rebuild writes it.
NOT_BUILT = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Not built</title></head>
<body>
<p>This page is not in build/: it has not been built, or it could not be
(the problem, if any, is below). It loads by itself once it is built.</p>
</body>
</html>
"""


@dataclass(frozen=True)
class Rebuild:
    """What a batch of changed files makes stale: None means every one selected."""

    locales: frozenset[str] | None
    leaflets: frozenset[str] | None
    config: bool = False  # leaflets.toml changed: read it again first


def affected(changed: Iterable[str]) -> Rebuild | None:
    """The pages that changed files affect (paths relative to the project root), or None for none."""
    locales: set[str] = set()
    leaflets: set[str] = set()
    everything, config = False, False
    for name in changed:
        path = PurePosixPath(name)
        parts = path.parts
        if name == CONFIG_NAME:
            everything = config = True
        elif parts[:1] == ("templates",) and path.suffix in (".html", ".css"):
            everything = True
        elif len(parts) == 2 and parts[0] == "source" and path.suffix == ".md":
            locales.add("*")
            leaflets.add(path.stem)
        elif len(parts) == 4 and parts[0] == "locales" and parts[2] == "LC_MESSAGES" and path.suffix == ".po":
            locales.add(parts[1])
            leaflets.add("*" if path.stem == COMMON_DOMAIN else path.stem)
    if everything:
        return Rebuild(None, None, config)
    if not locales:
        return None
    # A source change is every language of that leaflet; a common.po change every leaflet of that language.
    # Both at once: the union of the two, which is conservative.
    return Rebuild(None if "*" in locales else frozenset(locales), None if "*" in leaflets else frozenset(leaflets))


def options_for(rebuild: Rebuild, locales: tuple[str, ...], leaflets: tuple[str, ...]) -> BuildOptions | None:
    """A draft HTML build of what is stale within what the user asked to serve; None when nothing is."""

    def narrowed(stale: frozenset[str] | None, chosen: tuple[str, ...]) -> tuple[str, ...] | None:
        if stale is None:
            return chosen
        return tuple(sorted(stale & set(chosen))) if chosen else tuple(sorted(stale)) or None

    wanted_locales, wanted_leaflets = narrowed(rebuild.locales, locales), narrowed(rebuild.leaflets, leaflets)
    if (rebuild.locales is not None and not wanted_locales) or (rebuild.leaflets is not None and not wanted_leaflets):
        return None
    return BuildOptions(locales=wanted_locales or (), leaflets=wanted_leaflets or (), formats=(HTML,))


def pages(project: Project, options: BuildOptions) -> list[str]:
    """The pages a build of ``options`` renders, as URL paths, and the index: they reload, but
    those whose file the build left as it was (:func:`_rebuild`)."""
    codes = options.locales or tuple(loc.code for loc in project.locales)
    ids = options.leaflets or tuple(p.stem for p in sorted(project.source_dir.glob("*.md")))
    return [f"{code}/{leaflet}.html" for code in codes for leaflet in ids] + ["index.html"]


class Broadcast:
    """The latest news for every open page: a counter that event streams wait on."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._generation = 0
        self._news = ""
        self.problems: list[str] = []  # of the last build: a page loaded since shows them too
        self.closed = False

    def send(self, pages: list[str], problems: list[str]) -> None:
        with self._condition:
            self._generation += 1
            self._news = json.dumps({"pages": pages, "problems": problems}, ensure_ascii=False)
            self.problems = list(problems)
            self._condition.notify_all()

    def close(self) -> None:
        with self._condition:
            self.closed = True
            self._condition.notify_all()

    def wait(self, seen: int, timeout: float) -> tuple[int, str | None]:
        """The next news after generation ``seen``, or None on a timeout (time for a keep-alive)."""
        with self._condition:
            self._condition.wait_for(lambda: self._generation != seen or self.closed, timeout)
            if self._generation == seen or self.closed:
                return seen, None
            return self._generation, self._news

    @property
    def generation(self) -> int:
        with self._condition:
            return self._generation


class _Handler(SimpleHTTPRequestHandler):
    """Files from build/, each HTML page with the reload script; the event stream."""

    broadcast: Broadcast

    def do_GET(self) -> None:
        if self.path.split("?")[0] == EVENTS:
            self._events()
            return
        if any(part.startswith(".") for part in self.path.split("?")[0].split("/")):
            # build/.cache/ and the like: the build's own files, never a page
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        local = Path(self.translate_path(self.path))
        if local.is_dir():
            local = local / "index.html"
        if local.suffix == ".html":
            if local.is_file():
                self._page(HTTPStatus.OK, local.read_bytes())
            else:
                self._page(HTTPStatus.NOT_FOUND, NOT_BUILT.encode("utf-8"))
            return
        super().do_GET()

    def _page(self, status: HTTPStatus, data: bytes) -> None:
        head, marker, tail = data.rpartition(b"</body>")
        body = head + RELOAD_SCRIPT.encode("utf-8") + marker + tail if marker else data + RELOAD_SCRIPT.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")  # a reload always shows the page as rebuilt
        super().end_headers()

    def _events(self) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.end_headers()
        seen = self.broadcast.generation
        try:
            self.wfile.write(b": connected\n\n")
            if self.broadcast.problems:  # a page loaded after a failed rebuild says so too
                last = json.dumps({"pages": [], "problems": self.broadcast.problems}, ensure_ascii=False)
                self.wfile.write(f"data: {last}\n\n".encode())
            self.wfile.flush()
            while not self.broadcast.closed:
                seen, news = self.broadcast.wait(seen, KEEPALIVE_SECONDS)
                self.wfile.write(f"data: {news}\n\n".encode() if news is not None else b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the page was closed

    def log_message(self, format: str, *args) -> None:
        pass  # one line per request would drown what the rebuilds say


class PortInUse(LeafletError):
    pass


def start_server(build_dir: Path, port: int, broadcast: Broadcast) -> ThreadingHTTPServer:
    handler = type("Handler", (_Handler,), {"broadcast": broadcast})
    try:
        server = ThreadingHTTPServer((HOST, port), partial(handler, directory=str(build_dir)))
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise PortInUse(
                f"port {port} on {HOST} is already in use (another `leaflets serve`?); "
                f"choose another with --port, or --port 0 for any free one"
            ) from None
        raise
    server.daemon_threads = True
    return server


def serve(
    project: Project,
    locales: tuple[str, ...],
    leaflets: tuple[str, ...],
    port: int,
    say: Callable[[str], None],
    stop: threading.Event | None = None,
) -> None:
    """Build the drafts, serve them, and rebuild on every change until ``stop`` is set (or Ctrl-C)."""
    from watchfiles import watch

    # Ctrl-C is how a preview ends: watchfiles would log "KeyboardInterrupt caught,
    # stopping watch" to the terminal, as if something had gone wrong.
    logging.getLogger("watchfiles.main").setLevel(logging.ERROR)
    stop = stop or threading.Event()
    broadcast = Broadcast()
    project.build_dir.mkdir(parents=True, exist_ok=True)
    server = start_server(project.build_dir, port, broadcast)
    _rebuild(project, BuildOptions(locales=locales, leaflets=leaflets, formats=(HTML,)), say, broadcast)
    _write_status(project, say)
    thread = threading.Thread(target=server.serve_forever, name="leaflets-serve", daemon=True)
    thread.start()
    host, bound = str(server.server_address[0]), server.server_address[1]
    first = f"{locales[0]}/{leaflets[0]}.html" if locales and leaflets else ""
    watched = [
        p
        for p in (project.source_dir, project.locales_dir, project.templates_dir, project.root / CONFIG_NAME)
        if p.exists()
    ]
    serving = False
    try:
        # The watcher starts when the loop first asks for changes: "serving" is said once it has
        # (its first answer, empty after a tenth of a second), so a file saved the moment the
        # preview says it is serving is not missed. Each later empty answer is only a tick.
        for changes in watch(
            *watched,
            watch_filter=_relevant,
            stop_event=stop,
            debounce=400,
            step=50,
            rust_timeout=_READY_AFTER_MS,
            yield_on_timeout=True,
            raise_interrupt=False,
        ):
            if not serving:
                serving = True
                say(f"serving the drafts on http://{host}:{bound}/{first} (Ctrl-C stops)")
            if not changes:
                continue
            names = sorted({project.relative(Path(path)) for _, path in changes})
            rebuild = affected(names)
            if rebuild is None:
                continue
            say(f"changed: {', '.join(names)}")
            if rebuild.config:
                try:
                    project = load_project(project.root)
                except LeafletError as exc:
                    broadcast.send([], [str(exc)])
                    say(f"leaflets: {exc}")
                    continue
            options = options_for(rebuild, locales, leaflets)
            if options is not None:
                _rebuild(project, options, say, broadcast)
    finally:
        broadcast.close()
        server.shutdown()
        server.server_close()


_READY_AFTER_MS = 100


def _relevant(change, path: str) -> bool:
    name = Path(path)
    return name.name == CONFIG_NAME or name.suffix in _WATCHED_SUFFIXES


def _rebuild(project: Project, options: BuildOptions, say: Callable[[str], None], broadcast: Broadcast) -> None:
    started = time.perf_counter()
    unchanged: set[str] = set()
    failed: set[str] = set()
    removed: list[str] = []
    held_back: list[str] = []
    held = 0  # translations held back
    try:
        outcome = build(project, options)
    except LeafletError as exc:  # a broken template or config: the message, and the server goes on
        problems = [str(exc)]
    else:
        problems = list(outcome.problems)
        for refusal in outcome.refused:
            problems += refusal.reasons
        # Translations the page does not show, as they fail a check: told here and in the page's box.
        held_back = [finding.format() for finding in outcome.held_back]
        if held_back:
            held_back.append(outcome.held_back_note(preview=True))
        held = outcome.translations_held_back
        # Errors no page shows (a catalog's header: a Plural-Forms that shows the wrong forms): the page
        # looks right, and only this says that a release refuses it, as `leaflets build` says.
        if outcome.unshown_errors:
            held_back.append(f"note: {outcome.unshown_errors_note()}")
        # Up to date, or rendered and the same bytes (a comment saved): the file was not written.
        unchanged = {f"{label}.html" for label in outcome.unchanged}
        # Not built: not reloaded, so the open page stays on screen under its problems (build/ no longer holds it).
        failed = {f"{label}.html" for label in outcome.failed}
        # It rebuilds the page itself once the file is saved: "build again" is not for its user.
        removed = [f"removed {', '.join(removal.files)}: {removal.in_preview()}" for removal in outcome.removed]
    for line in (*problems, *held_back, *removed):
        say(line)
    rebuilt = pages(project, options)
    reloaded = [page for page in rebuilt if page not in unchanged | failed]
    same = sum(page in unchanged for page in rebuilt)
    say(
        f"rebuilt {len(rebuilt) - 1} page(s) in {time.perf_counter() - started:.2f} s"
        + (f", {same} of them unchanged (not reloaded)" if same else "")
        + (f", {len(problems)} problem(s)" if problems else "")
        + (f", {held} translation(s) held back" if held else "")
    )
    broadcast.send(reloaded, problems + held_back)


def _write_status(project: Project, say: Callable[[str], None]) -> None:
    from pipeline import status

    try:
        status.write_page(project, status.project_status(project))
    except LeafletError as exc:
        say(str(exc))
