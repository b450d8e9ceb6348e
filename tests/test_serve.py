"""``leaflets serve``: a real server on a free port; a catalog saved, the page changes and the browser is told."""

import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pipeline.config import load_project
from pipeline.serve import Rebuild, affected, options_for, serve
from tests.conftest import REPO
from tests.test_build import Page


def test_a_catalog_rebuilds_its_leaflet_in_its_language_only():
    assert affected(["locales/ko_KR/LC_MESSAGES/demo.po"]) == Rebuild(frozenset({"ko_KR"}), frozenset({"demo"}))
    assert affected(["locales/ko_KR/LC_MESSAGES/common.po"]) == Rebuild(frozenset({"ko_KR"}), None)
    assert affected(["source/demo.md"]) == Rebuild(None, frozenset({"demo"}))
    assert affected(["templates/leaflet.html"]) == Rebuild(None, None)
    assert affected(["leaflets.toml"]) == Rebuild(None, None, config=True)
    assert affected(["locales/demo.pot", "locales/ko_KR/glossary.tsv", "locales/ko_KR/LC_MESSAGES/demo.mo"]) is None


def test_a_rebuild_stays_within_what_is_served():
    stale = affected(["locales/ko_KR/LC_MESSAGES/demo.po"])
    assert options_for(stale, ("ko_KR",), ()).locales == ("ko_KR",)
    assert options_for(stale, ("es",), ()) is None  # not served: nothing to rebuild
    assert options_for(stale, (), ("other",)) is None
    everything = options_for(Rebuild(None, None), ("ko_KR",), ("demo",))
    assert (everything.locales, everything.leaflets, everything.formats) == (("ko_KR",), ("demo",), ("html",))


class Server:
    """``leaflets serve`` in its own process, as a translator starts it."""

    def __init__(self, root: Path, *args: str):
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPO)}  # this checkout's pipeline
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "serve", *args],
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            # Ctrl-C works as in a terminal, even when the tests run in a background job,
            # whose shell makes its children ignore SIGINT.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        self.lines: list[str] = []
        # Read by a thread, so a line that never comes fails the test at its timeout, not hangs it.
        self._pending: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.url = self.wait_for(r"serving the drafts on (http://\S+)").group(1)
        self.base = re.match(r"http://[^/]+/", self.url).group()

    def wait_for(self, pattern: str, timeout: float = 120) -> re.Match:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._pending.get(timeout=left)
            except queue.Empty:
                break
            if not line:  # the server's output ended
                break
            self.lines.append(line)
            match = re.search(pattern, line)
            if match:
                return match
        raise AssertionError(f"no {pattern!r} in:\n{''.join(self.lines)}")

    def _read(self) -> None:
        for line in self.process.stdout:
            self._pending.put(line)
        self._pending.put("")

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.base + path, timeout=30) as response:
            return response.read().decode("utf-8")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture
def server(translated):
    running = Server(translated.root, "--port", "0", "--locale", "ko_KR", "--leaflet", "demo")
    yield running
    running.stop()


def test_a_saved_catalog_changes_the_served_page_and_tells_the_open_page_to_reload(translated, server):
    assert server.url.startswith("http://127.0.0.1:") and server.url.endswith("/ko_KR/demo.html")
    page = server.get("ko_KR/demo.html")
    assert "발열" in Page(page).text
    assert 'new EventSource("/__leaflets/events")' in page  # the reload script, served inline
    assert "EventSource" not in translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert not re.search(r"""src=["']?(https?:)?//""", page)  # nothing from another site
    events = urllib.request.urlopen(server.base + "__leaflets/events", timeout=60)
    assert events.headers["Content-Type"].startswith("text/event-stream")
    assert events.readline() == b": connected\n"
    translated.translate("demo", {"Fever": "고열"})  # as Poedit saves it
    saved = time.monotonic()
    while True:
        line = events.readline().decode("utf-8")
        if line.startswith("data: "):
            break
    news = json.loads(line[len("data: ") :])
    took = time.monotonic() - saved
    assert "ko_KR/demo.html" in news["pages"] and news["problems"] == []
    assert "고열" in Page(server.get("ko_KR/demo.html")).text
    print(f"catalog saved -> page rebuilt and reload sent: {took:.2f} s")

    po = translated.po("demo")  # a translator's note: rebuilt, the same bytes, so no reload
    po.write_text(po.read_text(encoding="utf-8").replace("\n\n#", "\n\n# checked\n#", 1), encoding="utf-8")
    line = ""
    while not line.startswith("data: "):
        line = events.readline().decode("utf-8")
    news = json.loads(line[len("data: ") :])
    assert "ko_KR/demo.html" not in news["pages"] and news["problems"] == []
    server.wait_for(r"rebuilt 1 page\(s\) in [\d.]+ s, 1 of them unchanged \(not reloaded\)")
    events.close()


def test_the_builds_own_files_are_not_served(translated, server):
    assert translated.path("build/.cache").is_dir()
    for path in (".cache/", ".cache/index/", "ko_KR/.hidden.html"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            server.get(path)
        assert refused.value.code == 404, path
    assert "발열" in Page(server.get("ko_KR/demo.html")).text


def test_a_broken_catalog_is_reported_to_the_page_and_the_server_goes_on(translated, server):
    """The open page stays on screen (it is not told to reload) with the error over it; build/
    no longer holds it, as after `leaflets build`, so a page opened afresh says it is not built,
    with the error, and loads itself once the catalog is fixed."""
    events = urllib.request.urlopen(server.base + "__leaflets/events", timeout=60)
    events.readline()
    po = translated.po("demo")
    good = po.read_text(encoding="utf-8")
    po.write_text(good + '\nmsgid "unterminated\n', encoding="utf-8")
    line = ""
    while not line.startswith("data: "):
        line = events.readline().decode("utf-8")
    news = json.loads(line[len("data: ") :])
    assert any("demo.po" in problem for problem in news["problems"]), news
    assert "ko_KR/demo.html" not in news["pages"]  # the page on screen stays, under the error
    server.wait_for(r"removed build/ko_KR/demo.html: it showed locales/ko_KR/LC_MESSAGES/demo.po before its error")
    assert not translated.path("build/ko_KR/demo.html").exists()
    with pytest.raises(urllib.error.HTTPError) as not_built:
        server.get("ko_KR/demo.html")
    page = not_built.value.read().decode("utf-8")
    assert not_built.value.code == 404 and "not in build/" in page and 'new EventSource("/__leaflets/events")' in page
    po.write_text(good.replace('msgstr "발열"', 'msgstr "미열"'), encoding="utf-8")
    line = ""
    while not line.startswith("data: "):
        line = events.readline().decode("utf-8")
    news = json.loads(line[len("data: ") :])
    assert news["problems"] == [] and "ko_KR/demo.html" in news["pages"]
    assert "미열" in Page(server.get("ko_KR/demo.html")).text
    events.close()


def test_a_port_in_use_is_said_plainly(translated):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, _, err = translated.run("serve", "--port", str(port))
    assert code == 1
    assert err == (
        f"leaflets: port {port} on 127.0.0.1 is already in use (another `leaflets serve`?); "
        "choose another with --port, or --port 0 for any free one\n"
    )


def test_the_server_listens_on_localhost_only(translated):
    from pipeline.serve import Broadcast, start_server

    server = start_server(translated.path("build"), 0, Broadcast())
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_ctrl_c_stops_the_server_quietly(translated):
    """Ctrl-C ends a preview (the translators' guide shows nothing after ``^C``): no
    traceback, and not watchfiles' "KeyboardInterrupt caught, stopping watch"."""
    running = Server(translated.root, "--port", "0", "--locale", "ko_KR", "--leaflet", "demo")
    events = urllib.request.urlopen(running.base + "__leaflets/events", timeout=60)
    events.readline()
    translated.translate("demo", {"Fever": "고열"})  # a save, seen: the server is watching
    while not events.readline().startswith(b"data: "):
        pass
    events.close()
    running.process.send_signal(signal.SIGINT)
    rest, _ = running.process.communicate(timeout=60)
    assert running.process.returncode == 0
    said = [line for line in rest.splitlines() if not line.startswith(("changed: ", "rebuilt 1 page"))]
    assert said == [], rest


def test_a_catalog_saved_the_moment_the_preview_says_it_is_serving_is_not_missed(translated):
    """Serve said "serving" before it watched the files: a catalog saved at once (a test, a quick
    translator) changed nothing, and a test waiting for the rebuild hung. The save here happens
    inside "serving"'s own line, the earliest a user could make it."""
    stop, said = threading.Event(), []

    def say(line: str) -> None:
        said.append(line)
        if line.startswith("serving the drafts"):
            translated.translate("demo", {"Fever": "열이 남"})
        elif line.startswith("changed:"):
            stop.set()

    thread = threading.Thread(target=serve, args=(load_project(translated.root), (), (), 0, say, stop))
    thread.start()
    thread.join(timeout=30)
    stop.set()
    thread.join(timeout=30)
    assert "changed: locales/ko_KR/LC_MESSAGES/demo.po" in said, said


def test_the_preview_says_what_to_do_about_a_removed_page_in_its_own_terms(translated):
    """Serve said "fix it and build again" of a page it rebuilds by itself when the catalog is
    saved; of the PDF it does not make, it names the command that does."""
    assert translated.run("build", "--locale", "ko_KR")[0] == 0  # the page and its PDF
    stop, said = threading.Event(), []
    po = translated.po("demo")
    good = po.read_text(encoding="utf-8")

    def say(line: str) -> None:
        said.append(line)
        rebuilt = [other for other in said if other.startswith("rebuilt ")]
        if line.startswith("serving the drafts"):
            po.write_text(good + '\nmsgid "unterminated\n', encoding="utf-8")
        elif line.startswith("rebuilt ") and len(rebuilt) == 2:
            po.write_text(good.replace('msgstr "발열"', 'msgstr "미열"'), encoding="utf-8")
        elif line.startswith("rebuilt ") and len(rebuilt) == 3:
            stop.set()

    thread = threading.Thread(target=serve, args=(load_project(translated.root), ("ko_KR",), ("demo",), 0, say, stop))
    thread.start()
    thread.join(timeout=60)
    stop.set()
    thread.join(timeout=30)
    assert (
        "removed build/ko_KR/demo.html, build/ko_KR/demo.pdf: they showed locales/ko_KR/LC_MESSAGES/demo.po "
        "before its error; fix it and save it: this preview rebuilds the page (the PDF: leaflets build "
        "--locale ko_KR --leaflet demo)"
    ) in said, said
    assert not [line for line in said if "build again" in line], said
    assert said[-1].startswith("rebuilt 1 page(s) in ") and "problem" not in said[-1], said
    assert "미열" in translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert not translated.path("build/ko_KR/demo.pdf").exists()


def test_the_preview_removes_a_pdf_left_showing_the_text_before_a_correction_and_says_so_once(translated):
    """Serve makes the page alone: the PDF beside it kept the old translation, linked from the index."""
    assert translated.run("build", "--locale", "ko_KR")[0] == 0  # the page and its PDF
    stop, said = threading.Event(), []

    def say(line: str) -> None:
        said.append(line)
        rebuilt = [other for other in said if other.startswith("rebuilt ")]
        if line.startswith("serving the drafts"):
            translated.translate("demo", {"Fever": "고열"})
        elif line.startswith("rebuilt ") and len(rebuilt) == 2:
            translated.translate("demo", {"Fever": "미열"})  # saved again
        elif line.startswith("rebuilt ") and len(rebuilt) == 3:
            stop.set()

    thread = threading.Thread(target=serve, args=(load_project(translated.root), ("ko_KR",), ("demo",), 0, say, stop))
    thread.start()
    thread.join(timeout=60)
    stop.set()
    thread.join(timeout=30)
    removed = [line for line in said if line.startswith("removed ")]
    assert removed == [
        "removed build/ko_KR/demo.pdf: it showed the text as it was before build/ko_KR/demo.html was made again, "
        "and this build did not make it (--only html); to make it again: leaflets build --locale ko_KR "
        "--leaflet demo --only pdf"
    ], said
    assert not translated.path("build/ko_KR/demo.pdf").exists()
    assert "ko_KR/demo.pdf" not in translated.path("build/index.html").read_text(encoding="utf-8")


def test_a_translation_held_back_by_a_check_is_told_in_the_terminal_and_the_problem_box(translated, server):
    """The page reloads with the English passage in place of the translation, and the box over it
    and the terminal say which check it fails, as `leaflets build` does; fixed, the box goes."""
    from tests.test_held_back import DOSE, FINDING, RIGHT, WRONG

    events = urllib.request.urlopen(server.base + "__leaflets/events", timeout=60)
    events.readline()

    def news() -> dict:
        line = ""
        while not line.startswith("data: "):
            line = events.readline().decode("utf-8")
        return json.loads(line[len("data: ") :])

    translated.translate("demo", {DOSE: WRONG})
    held = news()
    assert "ko_KR/demo.html" in held["pages"]  # rebuilt: it reloads, showing the English, marked
    assert [line for line in held["problems"] if FINDING.fullmatch(line)], held
    assert any(line.startswith("held back 1 translation that fails a check") for line in held["problems"]), held
    assert any(line.endswith("correct it and save it: this preview rebuilds the page") for line in held["problems"])
    server.wait_for(r"locales/ko_KR/LC_MESSAGES/demo\.po:\d+: error\[numbers\]: 3 in the source")
    server.wait_for(r"rebuilt 1 page\(s\) in [\d.]+ s, 1 translation\(s\) held back")
    page = Page(server.get("ko_KR/demo.html"))
    assert "5일" not in page.text and page.passages and 'id="held-back-note"' in server.get("ko_KR/demo.html")

    translated.translate("demo", {DOSE: RIGHT})
    fixed = news()
    assert fixed["problems"] == [] and "ko_KR/demo.html" in fixed["pages"]
    assert "3일" in Page(server.get("ko_KR/demo.html")).text
    events.close()


def test_catalog_errors_no_page_shows_are_told_in_the_terminal_and_the_problem_box(translated):
    """Spanish common.po with its plural forms swapped: the page says "1 partes" and looks right
    otherwise; the preview says, as `leaflets build` does, that a release refuses it."""
    from tests.test_release import publish_spanish

    publish_spanish(translated)
    common = translated.po("common", "es")
    common.write_text(
        common.read_text(encoding="utf-8").replace("plural=(n != 1);", "plural=(n == 1);"), encoding="utf-8"
    )
    running = Server(translated.root, "--port", "0", "--locale", "es", "--leaflet", "demo")
    try:
        [told] = [line.strip() for line in running.lines if line.startswith("note: the catalogs of es/demo (1 error)")]
        events = urllib.request.urlopen(running.base + "__leaflets/events", timeout=60)
        assert events.readline() == b": connected\n"
        line = ""
        while not line.startswith("data: "):
            line = events.readline().decode("utf-8")
        problems = json.loads(line[len("data: ") :])["problems"]
        assert problems == [told], problems
        assert "a release refuses that page; leaflets check --locale es --leaflet demo lists them" in told
        events.close()
    finally:
        running.stop()
