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

A few commands cannot run here; :data:`NOT_RUN` names them and says why. A
block of any other kind (``text``, ``toml``, a ``po`` without ``edit=``) is an
illustration and is not run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
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
    "leaflets serve": "serves pages until the user presses Ctrl-C: it never exits; "
    "`leaflets serve --help` is run instead, so the command must exist "
    "(the output a guide shows was copied from a real run; tests/test_serve.py tests the server)",
}

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


def _run(command: Command, project: Path, where: str) -> None:
    text = command.text
    skipped = next((start for start in NOT_RUN if text.startswith(start)), None)
    if skipped == "make all" or skipped == "make test":
        return
    if skipped:
        text = f"{skipped} --help"
    result = subprocess.run(
        ["bash", "-c", text], check=False, cwd=project, env=_env(), capture_output=True, text=True, timeout=TIMEOUT
    )
    output = result.stdout + result.stderr
    expected = 0 if skipped else command.status
    assert result.returncode == expected, (
        f"{where}: `{command.text}` exited {result.returncode}, the guide says {expected}:\n{output}"
    )
    if skipped:  # --help cannot print what the command itself prints
        return
    missing = [line for line in command.shown if not _shows(line, output)]
    assert not missing, (
        f"{where}: `{command.text}` did not print what the guide shows:\n"
        + "\n".join(f"  {line}" for line in missing)
        + f"\nIt printed:\n{output}"
    )


def _shows(line: str, output: str) -> bool:
    """Whether ``output`` has ``line``, where ``…`` in it stands for any text (a line number, a count)."""
    pattern = "[^\n]*".join(re.escape(part) for part in line.split("…"))
    return re.search(pattern, output) is not None


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
    for step in steps:
        where = f"{guide}:{step.line}"
        if step.command:
            _run(step.command, project, where)
        elif step.edit:
            _edit_entries(project / step.path, step.content, where)
        else:
            (project / step.path).parent.mkdir(parents=True, exist_ok=True)
            (project / step.path).write_text(step.content, encoding="utf-8")


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
    ),
    "docs/reviewer.md": ("leaflets status", "leaflets check", "--bilingual", "--release"),
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
        """)
    steps = guide_steps(text)
    assert [(s.line, s.command.text if s.command else s.path) for s in steps] == [
        (2, "leaflets check --locale ko_KR   # exit 1"),
        (5, "leaflets build \\\n    --only html"),
        (9, "source/x.md"),
        (12, "locales/ko_KR/LC_MESSAGES/x.po"),
        (19, "leaflets doctor"),
    ]
    assert steps[0].command.status == 1 and steps[0].command.shown == ["error[numbers]: 400 in the source"]
    assert steps[1].command.status == 0
    assert steps[2].content == "---\n" and not steps[2].edit and steps[3].edit
