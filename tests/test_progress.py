"""What a build tells its user while it runs: a bar on a terminal, plain lines
anywhere else, and a summary at the end."""

import io
import os
import subprocess
import sys

from pipeline.progress import HEARTBEAT, PlainProgress, TerminalProgress, progress_for
from tests.conftest import REPO


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_off_a_terminal_one_line_per_pair_a_heartbeat_for_a_long_page_and_a_summary():
    out, clock = io.StringIO(), Clock()
    progress = progress_for(out)
    assert isinstance(progress, PlainProgress)
    progress.clock = clock
    progress.phase("rendering", 2)
    progress.started("ko_KR/ivig-ten")
    progress.started("en/ivig-ten")
    progress.step("ko_KR/ivig-ten", "Step 5 - Creating layout - Page 2")
    progress.finished("en/ivig-ten", "built en/ivig-ten (html, pdf): new")
    clock.now += HEARTBEAT - 1
    progress.tick()
    assert "still working" not in out.getvalue()  # a page is not mentioned before it has taken a while
    clock.now += 1
    progress.tick()
    progress.finished("ko_KR/ivig-ten", "failed ko_KR/ivig-ten: MemoryError", failed=True)
    progress.close("built 1, up to date 0, refused 0, withdrawn 0, failed 1 in 16.0 s")
    assert out.getvalue().splitlines() == [
        "rendering: 2",
        "[1/2] built en/ivig-ten (html, pdf): new",
        "  still working on ko_KR/ivig-ten (15 s): Step 5 - Creating layout - Page 2",
        "[2/2] failed ko_KR/ivig-ten: MemoryError",
        "built 1, up to date 0, refused 0, withdrawn 0, failed 1 in 16.0 s",
    ]


def test_reading_catalogs_is_counted_without_a_line_each_but_its_failures_are_named():
    out = io.StringIO()
    progress = PlainProgress(out)
    progress.phase("reading and checking catalogs", 3)
    progress.finished("ko_KR/common", "read ko_KR/common")
    progress.finished("ko_KR/demo", "ko_KR/demo: locales/ko_KR/LC_MESSAGES/demo.po:7: syntax error", failed=True)
    assert out.getvalue().splitlines() == [
        "reading and checking catalogs: 3",
        "ko_KR/demo: locales/ko_KR/LC_MESSAGES/demo.po:7: syntax error",
    ]


def test_on_a_terminal_a_bar_with_pairs_done_the_current_pair_and_the_summary():
    out = Terminal()
    progress = progress_for(out)
    assert isinstance(progress, TerminalProgress)
    progress.phase("rendering", 2)
    progress.started("ko_KR/ivig-ten")
    progress.step("ko_KR/ivig-ten", "Step 5 - Creating layout")
    assert "ko_KR/ivig-ten Step 5 - Creating layout" in progress.bar.tasks[0].fields["current"]
    progress.finished("ko_KR/ivig-ten", "built ko_KR/ivig-ten (pdf): catalog changed")
    progress.started("en/ivig-ten")
    progress.finished("en/ivig-ten", "failed en/ivig-ten: bad", failed=True)
    progress.close("built 1, up to date 0, refused 0, withdrawn 0, failed 1 in 3.0 s")
    shown = out.getvalue()
    assert "\x1b[" in shown  # drawn for a terminal
    assert "2/2" in shown and "rendering" in shown
    assert "failed en/ivig-ten: bad" in shown  # failures stay on screen above the bar
    assert "built ko_KR/ivig-ten (pdf): catalog changed" in shown  # and so does each page's line, as off a terminal
    assert shown.rstrip().endswith("built 1, up to date 0, refused 0, withdrawn 0, failed 1 in 3.0 s")


def test_off_a_terminal_the_lines_come_in_the_order_things_happen(project):
    """The draft index shows each language's section in its language. A build of the Korean page
    read the other languages' page text one catalog at a time ("reading and checking catalogs: 1"
    once per language), then in one batch, but after the last page was built: "reading and
    checking catalogs: 2" came below "[1/1] built ko_KR/demo". It is read before rendering now,
    in one batch; the summary is last."""
    for code in ("es", "fr"):
        assert project.run("init", code)[0] == 0
    assert project.run("build", "--only", "html")[0] == 0
    project.translate("demo", {"Fever": "발열"})
    code, out, err = project.run("build", "--locale", "ko_KR", "--only", "html")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "reading and checking catalogs: 2", out  # the Korean page's, to judge it
    assert lines[1] == "reading and checking catalogs: 2", out  # the page text the index shows in es and fr
    assert lines[2:4] == ["rendering: 1", "[1/1] built ko_KR/demo (html): catalog changed"], out
    assert lines[4] == "wrote build/status.html"
    assert lines[5].startswith("built 1, up to date 0, refused 0, withdrawn 0, failed 0 in ") and len(lines) == 6


def test_on_a_terminal_reading_catalogs_has_no_line_each_and_a_stopped_bar_is_not_drawn_again():
    out = Terminal()
    progress = TerminalProgress(out)
    progress.phase("reading and checking catalogs", 1)
    progress.finished("ko_KR/common", "read ko_KR/common")
    progress.stop()
    assert "read ko_KR/common" not in out.getvalue()
    drawn = out.getvalue()
    print("note: something the build says after its pages", file=out)
    assert (
        not progress.bar.live.is_started
        and out.getvalue() == drawn + "note: something the build says after its pages\n"
    )


def test_in_a_log_of_both_streams_the_status_page_is_written_last_before_the_summary(translated):
    """A CI log (stdout and stderr in one file) said "wrote build/status.html" before "removed
    build/ko_KR/demo.html", which the build did first: the status page is written once the pages are."""
    assert translated.run("build", "--only", "html")[0] == 0
    po = translated.po("demo")
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "unterminated\n', encoding="utf-8")
    log = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--only", "html"],
        cwd=translated.root,
        env={**{k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines = log.stdout.splitlines()
    assert log.returncode == 1, log.stdout
    removed = next(i for i, line in enumerate(lines) if line.startswith("removed build/ko_KR/demo.html: "))
    assert lines[removed + 1 :] == [
        "wrote build/status.html",
        lines[-1],
    ] and lines[-1].startswith("built 1, up to date 0, refused 0, withdrawn 0, failed 1, problems 1 in "), log.stdout
