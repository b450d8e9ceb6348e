"""Every command the guides and the README show, run as their reader would run it.

A guide shows what to type in fenced blocks of three kinds, which this test
runs in document order, one fresh copy of the project per guide (``source/``,
``locales/``, ``templates/``, ``leaflets.toml``, made a git repository so that
``git diff`` works as it does in a clone):

````
```console
$ leaflets check --locale ko_KR      # exit 1
error[numbers]: 400 in the source is missing from the translation
```
````
    Each ``$ `` line is a command (a trailing ``\\`` continues it), run with
    bash in the copy with this project's ``leaflets`` (and ``python``) first on
    PATH. It must exit 0, or the status a ``# exit N`` comment on its line
    states. The lines shown after it are output: each must appear in what the
    command prints (``...`` stands for lines left out, ``…`` in a line for any
    text, such as a line number that depends on the catalog's comments).

````
```markdown file=source/hand-washing.md
```
````
    The block is the whole file: written to that path (any language tag).

````
```po edit=locales/ko_KR/LC_MESSAGES/ivig-ten.po
```
````
    Entries as a translator leaves them: each replaces the entry with the same
    ``msgid`` in that catalog, as saving it in Poedit would. A msgid the
    catalog lacks fails the test: the guide is out of date.

````
```console
$ leaflets serve --locale ko_KR --leaflet ivig-ten
serving the drafts on http://127.0.0.1:8000/ko_KR/ivig-ten.html (Ctrl-C stops)
```
````
    A command that runs until Ctrl-C (:data:`SERVERS`; not with ``# exit N``,
    which runs to its end as any other) is started in the background, as in a
    terminal of its own, and keeps running while the guide's next steps run.
    Once it prints the address it serves, that page is fetched over HTTP: it
    must be the draft page of that path in ``build/``, in the language of the
    locale the path names. The port a guide shows (8000 unless ``--port``) is
    replaced by a free one, and written back as the guide's in what is
    compared, so the suite never depends on (or takes) a fixed port.

````
```console
changed: locales/ko_KR/LC_MESSAGES/ivig-ten.po
^C
```
````
    A block that starts with output and no ``$``: what the running command's
    terminal shows after the steps above (each line must appear within
    :data:`SERVER_WAIT` seconds), and the served page is fetched again. ``^C`` is Ctrl-C: SIGINT to
    the command, which must then exit 0. A command still running at the end of
    the guide fails the test: the guide must say how to stop it.

A few commands cannot run here; :data:`NOT_RUN` names them and says why. A
block of any other kind (``text``, ``toml``, a ``po`` without ``edit=``) is an
illustration and is not run.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GUIDES = ("README.md", "docs/writer.md", "docs/translator.md", "docs/reviewer.md")
PROJECT_FILES = ("source", "locales", "templates", "leaflets.toml")
# The leaflets of this environment: the .venv the suite runs in.
BIN = Path(sys.executable).parent
TIMEOUT = 600  # seconds per command; a release build of everything takes about a minute

# Commands a guide shows that this test must not run, by how they start, and why.
NOT_RUN = {
    "make all": "makes the .venv this suite runs in (pip from the lock) and builds every page: "
    "minutes, and the suite cannot run without it having run",
    "make test": "runs this test suite: the test would run itself",
}

# Commands that run until Ctrl-C, by how they start, and the port they serve on unless told `--port N`.
SERVERS = {"leaflets serve": 8000}
INTERRUPT = "^C"  # Ctrl-C, as a terminal echoes it
SERVER_WAIT = 120  # seconds for a server's output to appear (its first build included)

_FENCE = re.compile(r"^(?P<indent> {0,8})(?P<fence>```+|~~~+)(?P<info>.*)$")  # indented inside a list item
_EXIT = re.compile(r"#\s*exit\s+(?P<status>\d+)\s*$")
_MSGID = re.compile(r'^msgid ".*"$', re.MULTILINE)


@dataclass
class Command:
    line: int
    text: str
    status: int = 0
    shown: list[str] = field(default_factory=list)


@dataclass
class Step:
    """One thing the reader does: run a command, write a file, or edit catalog entries."""

    line: int
    command: Command | None = None
    path: str = ""
    content: str = ""
    edit: bool = False
    terminal: list[str] | None = None  # more output of the command still running (``^C``: stop it)


def guide_steps(text: str) -> list[Step]:
    """The steps a guide shows, in reading order."""
    steps: list[Step] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        index += 1
        if not opening:
            continue
        indent, fence, info = opening["indent"], opening["fence"], opening["info"].split()
        start = index
        while index < len(lines) and not lines[index].lstrip().startswith(fence):
            index += 1
        body = [line.removeprefix(indent) for line in lines[start:index]]
        first = start + 1  # the 1-based line of the block's first line
        index += 1
        options = dict(word.split("=", 1) for word in info[1:] if "=" in word)
        if info and info[0] == "console":
            shown = list(itertools.takewhile(lambda line: not line.startswith("$ "), body))
            if any(line.strip() for line in shown):
                steps.append(Step(first, terminal=[line.strip() for line in shown if line.strip() not in ("", "...")]))
            steps += [Step(command.line, command=command) for command in _commands(body, first)]
        elif "file" in options:
            steps.append(Step(first, path=options["file"], content="\n".join(body) + "\n"))
        elif "edit" in options:
            steps.append(Step(first, path=options["edit"], content="\n".join(body), edit=True))
    return steps


def _commands(body: list[str], first: int) -> list[Command]:
    commands: list[Command] = []
    continued = False
    for offset, line in enumerate(body):
        if continued:
            commands[-1].text += "\n" + line
            continued = line.endswith("\\")
        elif line.startswith("$ "):
            commands.append(Command(first + offset, line[2:]))
            continued = line.endswith("\\")
        elif commands and line.strip() and line.strip() != "...":
            commands[-1].shown.append(line.strip())
    for command in commands:
        status = _EXIT.search(command.text)
        if status:
            command.status = int(status["status"])
    return commands


def _project_copy(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    for name in PROJECT_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("*.mo"))
        else:
            shutil.copy2(source, project / name)
    # `. .venv/bin/activate`, as the guides say after `make all`: this suite's own environment.
    (project / ".venv").symlink_to(BIN.parent, target_is_directory=True)
    (project / ".gitignore").write_text("/.venv\n/build/\n/dist/\n*.mo\n", encoding="utf-8")
    for git in (["init", "--quiet"], ["add", "--all"], ["commit", "--quiet", "--message", "as cloned"]):
        subprocess.run(["git", *git], cwd=project, env=_env(), check=True, capture_output=True)
    return project


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.pop("PYTHONPATH", None)
    env.update(
        GIT_AUTHOR_NAME="Reader",
        GIT_AUTHOR_EMAIL="reader@leaflets.invalid",
        GIT_COMMITTER_NAME="Reader",
        GIT_COMMITTER_EMAIL="reader@leaflets.invalid",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
    )
    return env


class Reader:
    """The reader of one guide, in their copy of the project: runs its commands, and its servers in the background."""

    def __init__(self, project: Path):
        self.project = project
        self.ports: dict[int, int] = {}  # a port the guide shows -> the free one used here
        self.server: Server | None = None

    def run(self, command: Command, where: str) -> None:
        text = command.text
        if any(text.startswith(start) for start in NOT_RUN):
            return
        server = next((start for start in SERVERS if text.startswith(start)), None)
        if server:
            text = self._on_free_port(text, server)
        if server and not _EXIT.search(command.text):
            assert self.server is None, f"{where}: start `{command.text}` after stopping the one running (^C)"
            self.server = Server(command, text, self.project, self._as_shown)
            self.server.wait_for(command.shown, where)
            self.server.check_page(where)
            return
        result = subprocess.run(
            ["bash", "-c", text],
            check=False,
            cwd=self.project,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        output = result.stdout + result.stderr
        if server:
            output = self._as_shown(output)
        assert result.returncode == command.status, (
            f"{where}: `{command.text}` exited {result.returncode}, the guide says {command.status}:\n{output}"
        )
        _assert_shown(command.text, command.shown, output, where)

    def terminal(self, shown: list[str], where: str) -> None:
        """More output of the server running; ``^C`` stops it."""
        assert self.server is not None, f"{where}: output shown with no `$` command and nothing running"
        interrupt = INTERRUPT in shown
        self.server.wait_for([line for line in shown if line != INTERRUPT], where)
        self.server.check_page(where)
        if interrupt:
            self.server.interrupt(where)
            self.server = None

    def close(self) -> None:
        if self.server is not None:
            self.server.kill()

    def _on_free_port(self, text: str, start: str) -> str:
        given = re.search(r"\s--port[ =](\d+)", text)
        port = int(given[1]) if given else SERVERS[start]
        if port == 0:  # any free port: nothing to replace
            return text
        if port not in self.ports:
            self.ports[port] = _free_port()
        if given:
            text = text.replace(given[0], "", 1)
        return text.replace(start, f"{start} --port {self.ports[port]}", 1)

    def _as_shown(self, output: str) -> str:
        for shown, real in self.ports.items():
            output = re.sub(rf"\b{real}\b", str(shown), output)
        return output


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _default_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Server:
    """A command that runs until Ctrl-C, in the background, as in a terminal of its own."""

    def __init__(self, command: Command, text: str, project: Path, as_shown):
        self.command, self.project, self.as_shown = command, project, as_shown
        self.process = subprocess.Popen(
            ["bash", "-c", text],
            cwd=project,
            env={**_env(), "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # its own process group, as a terminal's foreground job
            # and Ctrl-C acts as in a terminal, even when this suite runs with SIGINT ignored
            # (a job started with `&` or nohup, as CI may): children inherit SIG_IGN.
            preexec_fn=_default_interrupt,
        )
        self.lines: list[str] = []
        self.lines_read = 0  # lines a step has already waited for: not news of the next change
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    def output(self) -> str:
        return self.as_shown("".join(self.lines))

    def wait_for(self, shown: list[str], where: str) -> None:
        """Until the lines printed since the last wait show ``shown``, in order.

        The first build's "rebuilt 1 page(s)" is already there when a catalog is saved: counting
        it would fetch the page before the rebuild that the change starts has written it.
        """
        deadline = time.monotonic() + SERVER_WAIT
        while True:
            printed = len(self.lines)
            news = self.as_shown("".join(self.lines[self.lines_read : printed]))
            if _shown_in_order(shown, news):
                self.lines_read = printed
                return
            exited = self.process.poll() is not None
            if exited or time.monotonic() > deadline:
                time.sleep(0.2)  # the last lines of an exited process
                why = f"exited {self.process.returncode}" if exited else f"still running after {SERVER_WAIT} s"
                raise AssertionError(
                    f"{where} ({why}): `{self.command.text}` did not print, in this order, what the guide shows:\n"
                    + "\n".join(f"  {line}" for line in shown)
                    + f"\nIt printed since the last step:\n{self.as_shown(''.join(self.lines[self.lines_read :]))}"
                )
            time.sleep(0.1)

    def check_page(self, where: str) -> None:
        """The page the server says it serves is the draft in build/, in its locale's language."""
        from pipeline.config import load_project
        from pipeline.serve import RELOAD_SCRIPT

        url = re.findall(r"(http://127\.0\.0\.1:\d+/\S*)", "".join(self.lines))
        assert url, f"{where}: `{self.command.text}` did not say where it serves:\n{self.output()}"
        with urllib.request.urlopen(url[-1], timeout=30) as response:
            served = response.read().decode("utf-8")
        path = url[-1].split("/", 3)[3] or "index.html"
        built = (self.project / "build" / path).read_text(encoding="utf-8")
        assert served.replace(RELOAD_SCRIPT, "", 1) == built, f"{where}: {url[-1]} is not build/{path}"
        code = path.partition("/")[0] if "/" in path else ""
        if code:
            lang = re.search(r'<html lang="([^"]+)"', served)
            assert lang and lang[1] == load_project(self.project).locale(code).bcp47, (
                f"{where}: {url[-1]} is not a page in {code}: <html lang={lang[1] if lang else None}>"
            )

    def interrupt(self, where: str) -> None:
        os.killpg(self.process.pid, signal.SIGINT)
        try:
            status = self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"{where}: `{self.command.text}` did not stop on Ctrl-C") from None
        assert status == 0, f"{where}: `{self.command.text}` exited {status} on Ctrl-C:\n{self.output()}"

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def _assert_shown(command: str, shown: list[str], output: str, where: str) -> None:
    missing = [line for line in shown if not _shows(line, output)]
    assert not missing, (
        f"{where}: `{command}` did not print what the guide shows:\n"
        + "\n".join(f"  {line}" for line in missing)
        + f"\nIt printed:\n{output}"
    )


def _shown_pattern(line: str) -> re.Pattern:
    """``line`` as a guide shows it, where ``…`` stands for any text (a line number, a count)."""
    return re.compile("[^\n]*".join(re.escape(part) for part in line.split("…")))


def _shows(line: str, output: str) -> bool:
    return _shown_pattern(line).search(output) is not None


def _shown_in_order(shown: list[str], output: str) -> bool:
    """Whether ``output`` has the lines of ``shown`` one after another."""
    position = 0
    for line in shown:
        found = _shown_pattern(line).search(output, position)
        if found is None:
            return False
        position = found.end()
    return True


def _edit_entries(catalog: Path, entries: str, where: str) -> None:
    """Replace each entry of ``entries`` in ``catalog``, found by its msgid."""
    text = catalog.read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    for entry in entries.strip().split("\n\n"):
        msgid = _MSGID.search(entry)
        assert msgid, f"{where}: an edited entry needs a msgid line:\n{entry}"
        found = [
            i
            for i, block in enumerate(blocks)
            if msgid.group() in block.splitlines() and not block.lstrip().startswith("#~")
        ]
        assert found, f"{where}: {catalog.name} has no entry {msgid.group()}"
        blocks[found[0]] = entry.strip("\n") + ("\n" if blocks[found[0]].endswith("\n") else "")
    catalog.write_text("\n\n".join(blocks), encoding="utf-8")


def _steps_of(guide: str) -> list[Step]:
    return guide_steps((REPO / guide).read_text(encoding="utf-8"))


@pytest.mark.parametrize("guide", GUIDES)
def test_every_command_a_guide_shows_runs_as_shown(guide, tmp_path):
    steps = _steps_of(guide)
    project = _project_copy(tmp_path)
    reader = Reader(project)
    try:
        for step in steps:
            where = f"{guide}:{step.line}"
            if step.command:
                reader.run(step.command, where)
            elif step.terminal is not None:
                reader.terminal(step.terminal, where)
            elif step.edit:
                _edit_entries(project / step.path, step.content, where)
            else:
                (project / step.path).parent.mkdir(parents=True, exist_ok=True)
                (project / step.path).write_text(step.content, encoding="utf-8")
        running = reader.server
        assert running is None, f"{guide}: `{running.command.text}` still runs at the end: show how it stops (^C)"
    finally:
        reader.close()


@pytest.mark.parametrize("guide", GUIDES[1:])
def test_each_role_guide_shows_commands(guide):
    """A guide whose blocks lost their ``console`` tag would pass the test above by running nothing."""
    assert any(step.command for step in _steps_of(guide)), f"{guide} shows no command in a console block"


def _commands_of_leaflets() -> set[str]:
    from pipeline.cli import _parser

    subcommands = next(action for action in _parser()._actions if action.dest == "command")
    return set(subcommands.choices or ())


@pytest.mark.parametrize("guide", GUIDES)
def test_every_leaflets_command_a_guide_names_exists(guide):
    """Prose names commands too (`leaflets review`): each must be one the program has."""
    named = set(
        re.findall(r"`(?:leaflets|python -m pipeline) ([a-z][a-z-]*)", (REPO / guide).read_text(encoding="utf-8"))
    )
    unknown = sorted(named - _commands_of_leaflets())
    assert not unknown, f"{guide} names commands leaflets does not have: {', '.join(unknown)}"


# What each role does, shown as a command its guide runs (not only named in prose).
ROLE_COMMANDS = {
    "docs/writer.md": ("leaflets extract", "leaflets update", "leaflets readability"),
    "docs/translator.md": (
        "leaflets update",
        "leaflets check",
        "leaflets status",
        "--bilingual",
        "--large-print",
        "leaflets init",
        "leaflets doctor",
        "leaflets serve",
    ),
    "docs/reviewer.md": (
        "leaflets status",
        "leaflets check",
        "--bilingual",
        "leaflets review",
        "leaflets review ko_KR common",
        "--release",
    ),
}


@pytest.mark.parametrize("guide", sorted(ROLE_COMMANDS))
def test_each_role_guide_runs_what_that_role_does(guide):
    commands = [step.command.text for step in _steps_of(guide) if step.command]
    missing = [part for part in ROLE_COMMANDS[guide] if not any(part in command for command in commands)]
    assert not missing, f"{guide} shows no command with: {', '.join(missing)}"


def test_the_translators_guide_says_what_every_check_means():
    """A new check reaches translators with the program: its row says what it tells them and how to fix it."""
    from pipeline.checks.runner import CHECK_IDS

    text = (REPO / "docs/translator.md").read_text(encoding="utf-8")
    section = text.split("## What each check means", 1)[1].split("\n## ", 1)[0]
    first_cells = re.findall(r"^\|([^|]*)\|", section, re.MULTILINE)
    rows = {check for cell in first_cells for check in re.findall(r"`([a-z-]+)`", cell)}
    missing = [check for check in CHECK_IDS if check not in rows]
    assert not missing, f"docs/translator.md has no row for: {', '.join(missing)}"


def test_guides_are_linked_from_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for guide in GUIDES[1:]:
        assert f"({guide})" in readme, f"README.md does not link to {guide}"


def test_the_reader_of_the_blocks_understands_each_kind():
    text = textwrap.dedent("""\
        ```console
        $ leaflets check --locale ko_KR   # exit 1
        error[numbers]: 400 in the source
        ...
        $ leaflets build \\
            --only html
        ```
        ```markdown file=source/x.md
        ---
        ```
        ```po edit=locales/ko_KR/LC_MESSAGES/x.po
        msgid "a"
        ```
        ```text
        $ not a command
        ```
        1. In a list:
           ```console
           $ leaflets doctor
           ```
        ```console
        changed: x.po
        ...
        ^C
        $ leaflets status
        ```
        """)
    steps = guide_steps(text)
    assert [(s.line, s.command.text if s.command else s.path or s.terminal) for s in steps] == [
        (2, "leaflets check --locale ko_KR   # exit 1"),
        (5, "leaflets build \\\n    --only html"),
        (9, "source/x.md"),
        (12, "locales/ko_KR/LC_MESSAGES/x.po"),
        (19, "leaflets doctor"),
        (22, ["changed: x.po", "^C"]),
        (25, "leaflets status"),
    ]
    assert steps[0].command.status == 1 and steps[0].command.shown == ["error[numbers]: 400 in the source"]
    assert steps[1].command.status == 0
    assert steps[2].content == "---\n" and not steps[2].edit and steps[3].edit


def test_a_server_step_waits_for_its_lines_in_order():
    """A rebuild's lines count only after the change that starts it (the first build's do not)."""
    first_build = "rebuilt 1 page(s) in 2.10 s\nserving the drafts on http://127.0.0.1:8000/ (Ctrl-C stops)\n"
    shown = ["changed: locales/ko_KR/LC_MESSAGES/ivig-ten.po", "rebuilt 1 page(s) in … s"]
    assert not _shown_in_order(shown, first_build + "changed: locales/ko_KR/LC_MESSAGES/ivig-ten.po\n")
    assert _shown_in_order(
        shown, first_build + "changed: locales/ko_KR/LC_MESSAGES/ivig-ten.po\nrebuilt 1 page(s) in 0.4 s\n"
    )
