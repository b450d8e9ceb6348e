"""Command line: parse arguments, call the pipeline, print what happened.

``main(argv, stdout, stderr)`` is what both the ``leaflets`` script and
``python -m pipeline`` run (through :func:`run`); tests call it directly.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import logging
import os
import shlex
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from pipeline import __version__, variants
from pipeline.config import COMMON_DOMAIN, CONFIG_NAME, load_project
from pipeline.errors import LeafletError, UsageError
from pipeline.executors import available_cores
from pipeline.file_arguments import named_file
from pipeline.manifest import MANIFEST_NAME
from pipeline.outcome import Outcome, refusal_lines
from pipeline.plan import HTML, PDF
from pipeline.source import each_source_parsed_once, id_problem, ignored_source_notes

# Each command imports what it runs (in its function below): `check` does not load the status
# page, doctor, the review command or the PDF code.

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # as a shell reports Ctrl-C


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leaflets",
        description=(
            "Patient leaflets from English Markdown to checked, translated HTML and PDF. "
            "Run in the project directory (the one holding leaflets.toml)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="on an unexpected error, show the Python traceback")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("extract", help="write locales/<domain>.pot from source/ and templates/")
    update = commands.add_parser("update", help="merge every POT into every locale's catalogs")
    _add_selection(update, leaflet_help=_CATALOGS_OF_LEAFLET)
    init = commands.add_parser(
        "init", help="create the catalogs of a new locale, declaring it in leaflets.toml if it is not yet"
    )
    init.add_argument("locale", metavar="LOCALE", help="e.g. es or ar")
    # What CLDR gives a language, for one it has no data for (hmn, kar): declared_languages.DECLARED_KEYS.
    init.add_argument("--name", help="a language CLDR lacks: its name in itself, e.g. Hmoob")
    init.add_argument("--plural-forms", help='a language CLDR lacks: its Plural-Forms, e.g. "nplurals=1; plural=0;"')
    init.add_argument("--script", help="a language CLDR lacks: the ISO 15924 code of its script (Latn, Arab, Mymr)")
    init.add_argument("--formats-like", help="a language CLDR lacks: the locale whose dates and numbers it uses")
    init.add_argument(
        "--force",
        action="store_true",
        help="declare it even beside a locale of the same language (ko beside ko_KR): every switcher lists both",
    )
    compile_cmd = commands.add_parser("compile", help="write .mo files beside the .po files")
    _add_selection(compile_cmd, leaflet_help=_CATALOGS_OF_LEAFLET)

    build_cmd = commands.add_parser("build", help="render HTML and PDF (draft into build/, --release into dist/)")
    _add_selection(build_cmd)
    build_cmd.add_argument(
        "--release",
        action="store_true",
        help="write to dist/ only what is completely translated, passes every check and "
        "has a current translation review (unless the locale's sign_off is optional), "
        "of leaflets whose clinical review covers their English",
    )
    build_cmd.add_argument("--only", choices=(HTML, PDF), help="render only HTML or only PDF")
    build_cmd.add_argument(
        "--bilingual",
        action="append_const",
        dest="variants",
        const=variants.BILINGUAL,
        default=[],
        help="also write <locale>/<id>.bilingual.pdf: the English and the "
        "translation side by side, passage by passage (translated locales)",
    )
    build_cmd.add_argument(
        "--large-print",
        action="append_const",
        dest="variants",
        const=variants.LARGE_PRINT,
        help="also write <locale>/<id>.large.pdf: the same leaflet with 16 pt body text, "
        "for readers with low vision (always, with the PDFs, for a locale with "
        "large_print = true in leaflets.toml)",
    )
    build_cmd.add_argument("--force", action="store_true", help="render every selected page, even if up to date")
    build_cmd.add_argument(
        "--roll-back",
        action="append",
        default=[],
        metavar="ID",
        help="with --release: publish this leaflet's English even though its clinical review is older than "
        "that of the English dist/ publishes (a rollback on purpose; repeatable); needs --reason",
    )
    build_cmd.add_argument(
        "--reason",
        metavar="WHY",
        help="with --roll-back: why, as dist/manifest.json records it with the pages replaced",
    )
    build_cmd.add_argument(
        "--allow-older-checkout",
        action="store_true",
        help="with --release: publish even from a commit whose history does not include the one dist/ was "
        "released from (an older commit, as after git checkout HEAD~1; a branch forked before it; a rebase), "
        "or from that commit without the uncommitted changes it was released with (after git stash): "
        "a rollback on purpose",
    )
    _add_jobs(build_cmd, "render in N worker processes")
    build_cmd.add_argument(
        "--executor",
        choices=("local", "dask"),
        default="local",
        help="where pages are rendered: this machine, or a Dask cluster (leaflets[dask])",
    )
    build_cmd.add_argument(
        "--scheduler", metavar="ADDRESS", help="the Dask scheduler of --executor dask, e.g. tcp://10.0.0.5:8786"
    )

    commands.add_parser(
        "doctor",
        help="say, per locale, which fonts will set its PDFs and whether they "
        "cover every character (and what to install when not)",
    )
    check = commands.add_parser("check", help="check every catalog for errors that could harm a patient")
    _add_selection(check, leaflet_help=_CATALOGS_OF_LEAFLET)
    check.add_argument("--format", choices=("text", "json"), default="text")
    _add_jobs(check, "check catalogs and sources in N worker processes when there are enough of them to share out")
    review = commands.add_parser(
        "review",
        help="record that a second translator reviewed a translation "
        "(X- fields in its catalog header; a release needs it), or, for the source language, "
        "that a clinician reviewed the leaflet's English (its front matter) or, as common, the page "
        "text and disclaimer (templates/clinical_review.toml)",
    )
    review.add_argument("locale", metavar="LOCALE", help="e.g. ko_KR")
    review.add_argument("leaflet", metavar="LEAFLET", help="a leaflet id, or common for the page text and disclaimer")
    review.add_argument("--by", required=True, metavar="NAME", help="the reviewer's name, as the page will show it")
    review.add_argument(
        "--on",
        metavar="YYYY-MM-DD",
        help="the source language only (the clinical review): the day of the review (default: today)",
    )
    withdraw = commands.add_parser(
        "withdraw",
        help="take a published page from patients: recorded in withdrawals.toml (commit it); every "
        "build --release withdraws the page until a review dated on or after that day signs off its text, or "
        "--lift ends it; the English (the source locale) withdraws the leaflet in every language",
    )
    withdraw.add_argument("locale", metavar="LOCALE", help="e.g. es, or the source locale for every language")
    withdraw.add_argument("leaflet", metavar="LEAFLET", help="the leaflet's id")
    withdraw.add_argument("--reason", required=True, metavar="WHY", help="why, as the manifest and archive record it")
    withdraw.add_argument("--by", metavar="NAME", help="who decided (default: the git user.name)")
    withdraw.add_argument(
        "--lift",
        action="store_true",
        help="end the page's withdrawal on purpose (recorded below it in withdrawals.toml): the release gate "
        "decides the page as usual again",
    )
    serve = commands.add_parser(
        "serve",
        help="serve the drafts on http://127.0.0.1:PORT/, rebuilding a page and "
        "reloading the browser when a catalog, source, template or the config "
        "changes",
    )
    _add_selection(serve)
    serve.add_argument("--port", type=int, default=8000, help="the port on 127.0.0.1 (default 8000; 0: any free one)")
    status = commands.add_parser(
        "status",
        help="every leaflet in every language: translated, fuzzy, errors, "
        "review, and whether it would release (also writes build/status.html)",
    )
    _add_selection(status, leaflet_help="only this leaflet's rows, or common for the page text (repeatable)")
    status.add_argument("--format", choices=("text", "json"), default="text")

    readable = commands.add_parser(
        "readability",
        help="Flesch-Kincaid grade and SMOG of each English leaflet and section, and its hardest sentences",
    )
    readable.add_argument("--leaflet", action="append", default=[], metavar="ID", help="only this leaflet (repeatable)")
    readable.add_argument("--format", choices=("text", "json"), default="text")
    return parser


# What --leaflet selects in the commands that read catalogs: every leaflet's page shows the page text too.
_CATALOGS_OF_LEAFLET = "only this leaflet's catalogs and the page text's (common), or common alone (repeatable)"


def _add_jobs(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument(
        "--jobs",
        type=_positive,
        default=available_cores(),
        metavar="N",
        help=f"{what} (default: the cores available, %(default)s)",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def _add_selection(command: argparse.ArgumentParser, leaflet_help: str = "only this leaflet (repeatable)") -> None:
    command.add_argument("--locale", action="append", default=[], metavar="L", help="only this locale (repeatable)")
    command.add_argument("--leaflet", action="append", default=[], metavar="ID", help=leaflet_help)


def _stop_writing(stdout: TextIO) -> None:
    """Point standard output at /dev/null: what is left in its buffer would meet the closed pipe
    again when Python flushes it on exit, and print a second error (Python's signal docs)."""
    if stdout is sys.stdout:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def run() -> NoReturn:
    """The ``leaflets`` command and ``python -m pipeline``: :func:`main`, then :func:`leave`."""
    leave(main())


def leave(code: int) -> NoReturn:
    """End this process with ``code``, its output flushed, without Python's teardown of the
    interpreter: freeing, one object at a time, every word list, syllable table, hyphenation
    pattern and compiled regex a command loaded took a third of a second after ``check`` had
    printed its findings. Nothing is lost: every file a command writes is whole and closed
    before :func:`main` returns (pipeline/files.py, the cache's writer is joined), its worker
    processes are shut down, and its log handlers are flushed here."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: what it did not take is not wanted
            stream.flush()
    if any(name in sys.modules for name in _REPORT_AT_EXIT):
        sys.exit(code)  # a profiler or coverage writes its report as the interpreter ends: let it
    os._exit(code)


# Tools that measure a command from inside its process and write what they measured when the
# interpreter ends (``python -m pyinstrument -m pipeline ...``, as bench/run.py profiles).
_REPORT_AT_EXIT = ("pyinstrument", "cProfile", "coverage", "yappi")


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    # --debug is accepted anywhere on the line, before or after the command.
    debug = "--debug" in argv
    argv = [arg for arg in argv if arg != "--debug"]
    parser = _parser()
    try:
        args, unrecognized = parser.parse_known_args(argv)
        if unrecognized:
            instead = _selection_for_files(parser, args.command, argv, unrecognized)
            if instead is None:
                hint = _meant_options(parser, args.command, argv, unrecognized)
                if hint is None:
                    parser.parse_args(argv)  # argparse's own message, and exit 2
                said = io.StringIO()
                with contextlib.redirect_stderr(said), contextlib.suppress(SystemExit):
                    parser.parse_args(argv)  # argparse's own message, then what was meant
                print(said.getvalue(), end="", file=stderr)
                instead = hint
            print(f"leaflets: {instead}", file=stderr)
            return EXIT_USAGE
    except SystemExit as exc:  # argparse has printed the usage message (or --version, --help)
        return EXIT_OK if exc.code == 0 else EXIT_USAGE
    # --debug: the traceback of every error the pipeline reports and goes on from.
    handler = logging.StreamHandler(stderr)
    if debug:
        logging.getLogger("pipeline").addHandler(handler)
        logging.getLogger("pipeline").setLevel(logging.DEBUG)
    # A command parses each source's bytes once, whichever of its parts reads them (a build and
    # the status page after it; check's readability, clinical review and template coverage);
    # not `serve`, which lives for days and would keep every version saved meanwhile.
    parsed_once = contextlib.nullcontext() if args.command == "serve" else each_source_parsed_once()
    try:
        project = load_project()
        with parsed_once:
            code = _COMMANDS[args.command](project, args, stdout, stderr)
        stdout.flush()  # here, where a closed pipe is caught, not in Python's flush on exit
        return code
    except LeafletError as exc:
        for line in str(exc).split("\n"):  # only a newline parts its messages (ConfigErrors: one per line)
            print(f"leaflets: {line}", file=stderr)
        return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_FAILED
    except KeyboardInterrupt:
        print("leaflets: interrupted; build/ holds only whole files, and dist/ one whole release", file=stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `leaflets check | head`: the reader took what it wanted and left
        _stop_writing(stdout)
        return EXIT_FAILED
    except OSError as exc:  # the disk, not the input: name the file, never the traceback
        where = f": {_shown_path(exc.filename)}" if exc.filename else ""
        print(f"leaflets: {exc.strerror or exc}{where}", file=stderr)
        if debug:
            traceback.print_exc(file=stderr)
        return EXIT_FAILED
    except Exception as exc:  # a bug: one line, the traceback only on request
        print(
            f"leaflets: {args.command} failed: {type(exc).__name__}: {exc} "
            "(this is a bug in leaflets; run again with --debug to see where)",
            file=stderr,
        )
        if debug:
            traceback.print_exc(file=stderr)
        return EXIT_FAILED
    finally:
        logging.getLogger("pipeline").removeHandler(handler)


def _selection_for_files(parser, command: str, argv: list[str], unrecognized: list[str]) -> str | None:
    """For ``leaflets check locales/vi/LC_MESSAGES/ivig-ten.po``, as msgfmt and pofilter are
    run: the command line that selects what those files name, when the command takes it."""
    named = [named_file(argument) for argument in unrecognized]
    if any(file is None for file in named):
        return None
    files = [file for file in named if file is not None]
    rest = [argument for argument in argv if argument not in unrecognized]
    locales = [*dict.fromkeys(file.locale for file in files if file.locale)]
    # The page text's catalog is selected as --leaflet common only where a command reads it apart.
    takes_common = command in {"check", "status", "update", "compile"}
    leaflets = [*dict.fromkeys(f.leaflet for f in files if f.leaflet != COMMON_DOMAIN or takes_common)]
    by_locale = [option for locale in locales for option in ("--locale", locale)]
    by_leaflet = [option for leaflet in leaflets for option in ("--leaflet", leaflet)]
    for options in (by_locale + by_leaflet, by_leaflet, by_locale):
        if not options:
            continue
        with contextlib.redirect_stderr(io.StringIO()):  # a trial: argparse must not print its usage
            try:
                parser.parse_args([*rest, *options])
            except SystemExit:
                continue
        return (
            f"{command} takes no file names ({' '.join(unrecognized)}); "
            f"to select what they name: leaflets {shlex.join([*rest, *options])}"
        )
    return None


def _meant_options(parser, command: str, argv: list[str], unrecognized: list[str]) -> str | None:
    """For ``leaflets check ko_KR`` or ``leaflets build --relase``: the option meant, "did you mean
    --locale ko_KR?", "did you mean --release?", and the command line with it when that parses;
    None when no argument is near one (argparse's own message is all there is to say).
    A bare word is a locale the project declares, or the id of one of its leaflets (or one
    close to either); an option, the closest option the command takes."""
    from pipeline.locale_codes import same_language

    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[command]
    options = sorted(option for option in sub._option_string_actions if option.startswith("--"))
    locales, leaflets = _project_names(command)
    takes = {option: option in options for option in ("--locale", "--leaflet")}
    meant: dict[str, list[str]] = {}
    for argument in unrecognized:
        if argument.startswith("-"):
            name, equals, value = argument.partition("=")
            close = difflib.get_close_matches(name, options, n=1)
            if close:
                meant[argument] = [close[0] + equals + value]
            continue
        locale = [argument] if argument in locales else same_language(argument, locales)  # ko, ko-KR: ko_KR
        leaflet = [argument] if argument in leaflets else difflib.get_close_matches(argument, leaflets, n=1)
        if takes["--locale"] and len(locale) == 1:
            meant[argument] = ["--locale", locale[0]]
        elif takes["--leaflet"] and leaflet:
            meant[argument] = ["--leaflet", leaflet[0]]
    if not meant:
        return None
    said = " ".join(shlex.join(words) for words in meant.values())
    hint = f"{command} does not take {' '.join(unrecognized)}; did you mean {said}?"
    line = [word for argument in argv for word in meant.get(argument, [argument])]
    if len(meant) == len(unrecognized):
        with contextlib.redirect_stderr(io.StringIO()):  # a trial: argparse must not print its usage
            try:
                parser.parse_args(line)
            except SystemExit:
                return hint
        hint += f" ({'leaflets ' + shlex.join(line)})"
    return hint


def _project_names(command: str) -> tuple[list[str], list[str]]:
    """The locales the project here declares and its leaflets' ids (common too where ``command``
    selects its catalogs by --leaflet common), for a hint; none where there is no project to read."""
    try:
        project = load_project()
    except (LeafletError, OSError):
        return [], []
    locales = [loc.code for loc in project.locales]
    leaflets = sorted(path.stem for path in project.source_dir.glob("*.md") if not id_problem(path.stem))
    return locales, [*leaflets, *([COMMON_DOMAIN] if command in _TAKE_COMMON else [])]


_TAKE_COMMON = {"update", "compile", "check", "status"}  # --leaflet common: its catalogs (_validate_selection)


def _shown_path(filename) -> str:
    """A path relative to the working directory, or only its name."""
    path = Path(str(filename))
    try:
        return path.absolute().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.name  # never a path outside the project


def _extract(project, args, stdout, stderr) -> int:
    from pipeline.catalogs import commands as catalog_commands

    return _report(catalog_commands.extract(project), stdout, stderr)


def _update(project, args, stdout, stderr) -> int:
    from pipeline.catalogs import commands as catalog_commands

    _validate_selection(project, args, common=True)
    return _report(catalog_commands.update(project, tuple(args.locale), _domains(args)), stdout, stderr)


def _init(project, args, stdout, stderr) -> int:
    from pipeline.catalogs import commands as catalog_commands

    declared = {"name": args.name, "plural_forms": args.plural_forms, "script": args.script}
    declared["formats_like"] = args.formats_like
    return _report(catalog_commands.init(project, args.locale, declared, args.force), stdout, stderr)


def _compile(project, args, stdout, stderr) -> int:
    from pipeline.catalogs import commands as catalog_commands

    _validate_selection(project, args, common=True)
    return _report(catalog_commands.compile_catalogs(project, tuple(args.locale), _domains(args)), stdout, stderr)


def _domains(args) -> tuple[str, ...] | None:
    """The catalogs ``--leaflet`` selects, as ``check`` reads them: the page text's (common, which
    every leaflet's page shows) and each leaflet's; None for every one."""
    if not args.leaflet:
        return None
    return tuple(dict.fromkeys([COMMON_DOMAIN, *args.leaflet]))


def _report(outcome: Outcome, stdout: TextIO, stderr: TextIO) -> int:
    for name in outcome.changed:
        print(f"wrote {name}", file=stdout)
    if outcome.unchanged:
        print(f"{len(outcome.unchanged)} file(s) already up to date", file=stdout)
    for note in outcome.notes:
        print(f"note: {note}", file=stderr)
    for problem in outcome.problems:
        print(problem, file=stderr)
    return EXIT_OK if outcome.ok else EXIT_FAILED


def _validate_roll_back(project, args) -> None:
    """--roll-back is a release's, names leaflets, and says why: the manifest records it."""
    if not args.roll_back:
        if args.reason is not None:
            raise UsageError("--reason goes with --roll-back ID")
        return
    if not args.release:
        raise UsageError("--roll-back goes with --release: a draft replaces nothing patients are shown")
    if not (args.reason or "").strip():
        raise UsageError('--roll-back needs --reason "WHY": dist/manifest.json records it with the pages it replaces')
    _validate_selection(project, argparse.Namespace(leaflet=args.roll_back), leaflet_label="--roll-back")


def _validate_selection(project, args, common: bool = False, leaflet_label: str = "--leaflet") -> None:
    """Unknown names are errors before anything runs: a typo must not pass a gate.
    ``common``: the page text's catalogs may be named as a leaflet (``check --leaflet common``);
    ``leaflet_label``: how the command line names the leaflet (``review``'s LEAFLET)."""
    from pipeline.locale_codes import did_you_mean
    from pipeline.safe_paths import input_problem

    known = {loc.code for loc in project.locales}
    for code in getattr(args, "locale", ()):
        if code not in known:
            raise UsageError(
                f"locale {code!r} is not configured in leaflets.toml (configured: {', '.join(sorted(known))})"
                + did_you_mean(code, known)
            )
    for leaflet in getattr(args, "leaflet", ()):
        if common and leaflet == COMMON_DOMAIN:
            continue
        if leaflet == COMMON_DOMAIN:  # no new id being named: say what the command does with common
            raise UsageError(_common_is_no_leaflet(leaflet_label, getattr(args, "command", "")))
        file = named_file(leaflet)
        if file is not None:  # ivig-ten.po, source/ivig-ten.md: the id is in the name
            locale = f" (a catalog of locale {file.locale})" if file.locale else ""
            raise UsageError(
                f"{leaflet_label} {leaflet!r} is a file name{locale}; give the leaflet's id: {file.leaflet}"
            )
        problem = id_problem(leaflet)
        if problem:  # also keeps "../x" from naming a file outside source/
            raise UsageError(f"{leaflet_label} {problem}")
        path = project.source_dir / f"{leaflet}.md"
        if not path.is_file():
            where = f"{project.relative(project.source_dir)}/{leaflet}.md"
            if path.is_symlink() or path.exists():  # there, but not a file to read: say what it is
                unreadable = input_problem(path, project.source_dir, project.root) or "is not a regular file"
                raise UsageError(f"leaflet {leaflet!r} cannot be read: {where} {unreadable}", where)
            raise UsageError(f"no such leaflet {leaflet!r}" + _meant_leaflet(project, leaflet), where)


def _common_is_no_leaflet(label: str, command: str) -> str:
    """Why ``common`` is refused where a leaflet is wanted (``build --leaflet common``): what it is,
    what the command does with it, and the commands that take it."""
    what = {
        "build": "build renders it into every leaflet's pages: build with no --leaflet (or any leaflet's id)",
        "serve": "serve shows it on every leaflet's page: serve with no --leaflet (or any leaflet's id)",
        "readability": "readability scores the leaflets' English in source/: leave out --leaflet for all of them",
        "--roll-back": "--roll-back publishes again a leaflet's English: name that leaflet",
        "withdraw": "withdraw takes one leaflet's page down: name that leaflet",
    }.get(command or label, "name a leaflet")
    return (
        f"{label} {COMMON_DOMAIN!r} is no leaflet: it is the page text and disclaimer every page shows "
        f"(templates/, common.po); {what}. check, status, update, compile (--leaflet common) and review "
        f"(LEAFLET common) take it, to select its catalogs"
    )


def _meant_leaflet(project, leaflet: str) -> str:
    """ "; did you mean 'ivig-after-care'?" for ivig-aftercare, and the leaflets there are
    (the first ten), from source/."""
    import difflib

    ids = sorted(path.stem for path in project.source_dir.glob("*.md") if not id_problem(path.stem))
    close = difflib.get_close_matches(leaflet, ids, n=1)
    meant = f"; did you mean {close[0]!r}?" if close else ""
    more = f" and {len(ids) - _LISTED} more" if len(ids) > _LISTED else ""
    where = project.relative(project.source_dir)
    there = f"the leaflets in {where}/: {', '.join(ids[:_LISTED])}{more}" if ids else f"{where}/ holds no leaflet"
    return f"{meant} ({there})"


_LISTED = 10  # leaflet ids named in a message, at most


def _build(project, args, stdout, stderr) -> int:
    from pipeline import status
    from pipeline.build import BuildOptions, build
    from pipeline.checks import degraded_checks
    from pipeline.executors import DaskExecutor, ProcessExecutor
    from pipeline.ignored_catalogs import ignored_catalog_notes
    from pipeline.progress import progress_for

    _validate_selection(project, args)
    if (args.executor == "dask") != bool(args.scheduler):
        raise UsageError("--executor dask and --scheduler ADDRESS go together")
    _validate_roll_back(project, args)
    if args.allow_older_checkout and not args.release:
        raise UsageError("--allow-older-checkout goes with --release: a draft replaces nothing patients are shown")
    options = BuildOptions(
        locales=tuple(args.locale),
        leaflets=tuple(args.leaflet),
        release=args.release,
        formats=((args.only,) if args.only else (HTML, PDF)) + variants.formats(args.variants),
        force=args.force,
        roll_back=tuple(args.roll_back),
        roll_back_reason=(args.reason or "").strip(),
        allow_older_checkout=args.allow_older_checkout,
    )
    started = time.monotonic()
    progress = progress_for(stdout)
    executor = DaskExecutor(args.scheduler) if args.executor == "dask" else ProcessExecutor(args.jobs)
    try:
        outcome = build(project, options, progress, executor)
    finally:
        executor.close()
        progress.stop()  # the notes below must not be drawn into a live bar
    # The release gate and the draft marks check too; no page is built from an undeclared locale's catalogs.
    for note in (
        *degraded_checks(project),
        *ignored_source_notes(project),
        *ignored_catalog_notes(project),
        *outcome.notes,
    ):
        print(f"note: {note}", file=stderr)
    for problem in outcome.problems:
        print(problem, file=stderr)
    for finding in outcome.held_back:  # a draft shows the English instead: said, though the build succeeds
        print(finding.format(), file=stderr)
    if outcome.held_back:
        print(f"note: {outcome.held_back_note()}", file=stderr)
    if outcome.unshown_errors:
        print(f"note: {outcome.unshown_errors_note()}", file=stderr)
    for line in refusal_lines(outcome.refused):
        print(line, file=stderr)
    for removal in outcome.removed:
        print(f"removed {', '.join(removal.files)}: {removal.reason}", file=stderr)
    for withdrawal in outcome.withdrawn:
        print(
            f"withdrew {withdrawal.locale}/{withdrawal.leaflet}: {withdrawal.reason}; "
            f"{', '.join(withdrawal.files)} moved to {withdrawal.archive}",
            file=stderr,
        )
    for replaced in outcome.replaced:
        print(
            f"archived {replaced.locale}/{replaced.leaflet}: {', '.join(replaced.files)} as published before "
            f"this release replaced them ({replaced.reason}), in {replaced.archive}",
            file=stderr,
        )
    if outcome.withdrawn or outcome.replaced:  # inside dist/: a copy of dist/ as it is would put it back online
        print(
            "note: dist/archive/ keeps withdrawn and replaced pages as they were published, for the record, "
            "not for patients: "
            'copy dist/ to the web server without it (README, "Deploying a release")',
            file=stderr,
        )
    refused = outcome.failed_refusals
    if refused:
        print(
            f"release refused {len(refused)} leaflet-locale pair(s): dist/ keeps an earlier page of a "
            "refused pair only while it was made from the current English (or, while the current English awaits "
            "its clinical review, from the English last reviewed), reviewed if its language requires it, and "
            "no withdrawal holds for it",
            file=stderr,
        )
    if outcome.withheld:  # a decision carried out: dist/ is true, and a deploy that follows takes the page down
        print(
            f"note: {len(outcome.withheld)} leaflet-locale pair(s) withheld as withdrawn on purpose "
            "(withdrawals.toml): dist/ publishes no page of them, and the release does not fail for them; "
            "copy dist/ to the web server to take them down there too",
            file=stderr,
        )
    # Last, as it is made: from the pages and catalogs as the build left them (the lines above say what it did).
    if not args.release and args.only != PDF and _status_page_stale(project, outcome):  # the draft index links it
        page = status.write_page(project, status.project_status(project))
        os.utime(page)  # when it was last computed, even if its bytes did not change
        print(f"wrote {project.relative(page)}", file=stdout, flush=True)
    progress.close(
        f"built {len(outcome.changed)}, up to date {len(outcome.unchanged)}, "
        + (f"PDFs kept {len(outcome.kept)}, " if outcome.kept else "")
        + (f"rendered the same {len(outcome.same)}, " if outcome.same else "")
        + f"refused {len(refused)}, withdrawn {len(outcome.withdrawn)}, "
        + (f"withheld {len(outcome.withheld)}, " if outcome.withheld else "")
        + f"failed {len(outcome.failed)}"
        # What fails the build without failing a page (a leaflet that cannot be read, a font that
        # lacks a character): counted, so the line says why the command exits 1.
        + (f", problems {len(outcome.problems)}" if outcome.problems else "")
        + f" in {time.monotonic() - started:.1f} s"
    )
    return EXIT_OK if outcome.ok else EXIT_FAILED


def _status_page_stale(project, outcome: Outcome) -> bool:
    """Whether build/status.html may no longer say what is true: the build rendered or
    failed something, or a file it is made from is newer (it checks every catalog:
    a build that changed nothing must not pay for that)."""
    from pipeline import status

    page = project.build_dir / status.STATUS_PAGE
    if outcome.changed or outcome.failed or not page.is_file():
        return True
    inputs = [
        project.root / CONFIG_NAME,
        *project.source_dir.glob("*.md"),
        *project.locales_dir.rglob("*"),
        *project.templates_dir.rglob("*"),
    ]
    written = page.stat().st_mtime_ns
    return any(path.stat().st_mtime_ns >= written for path in inputs if path.exists())


def _check(project, args, stdout, stderr) -> int:
    from pipeline import check_command, withdrawals
    from pipeline.checks import degraded_checks, format_json, format_text, unchecked_languages
    from pipeline.ignored_catalogs import ignored_catalog_notes

    _validate_selection(project, args, common=True)
    # The page text and disclaimers (common) belong to every leaflet, so they are always checked.
    named = [leaflet for leaflet in args.leaflet if leaflet != COMMON_DOMAIN]
    domains = list(_domains(args) or ()) or None
    for note in (
        *degraded_checks(project),
        *unchecked_languages(project, args.locale or None),
        *ignored_source_notes(project),  # leaflets saved where no command reads them
        *ignored_catalog_notes(project),  # catalogs no check reads
    ):
        print(f"note: {note}", file=stderr)
    # Each catalog's findings and each source's readability are remembered in build/.cache/
    # (pipeline/cache.py): only what changed is checked again, in --jobs worker processes.
    # The English source's readability: a warning, shown unless only other locales were asked for.
    sources = named if not args.locale or project.source_locale in args.locale else None
    if args.leaflet and not named:
        sources = None  # only common: it has no English source
    checked = check_command.check(project, args.jobs, args.locale or None, domains, sources)
    if checked.not_measured:  # the catalogs are still checked
        print(f"note: readability not measured: {checked.not_measured}", file=stderr)
    reports, source = checked.reports, checked.english
    if not args.locale or project.source_locale in args.locale:  # the English page text every page shows
        source = [*check_command.page_text_findings(project), *source]
    # A catalog asked about that does not exist: an error of its own, as the release refuses its pages.
    missing = check_command.missing_catalog_findings(project, args.locale or None, domains)
    output = (
        format_json(reports, source, missing)
        if args.format == "json"
        else format_text(reports, source, sources is not None, missing)
    )
    print(output, file=stdout)
    # The pages taken from patients on purpose: noted; a withdrawals.toml a release cannot honour, an error.
    # A withdrawal in force asks for a decision (a review or a lift), so every check notes it; one lifted
    # or ended by a review asks for nothing (`withdraw --lift` said the lift once; status lists them all).
    # Judged as status judges it, with those dist/manifest.json holds that withdrawals.toml lacks (its
    # entry deleted, or lost in a merge), as status and a release find them: a release fails on such a
    # record lost, not withheld as for a decision carried out, so check says it as an error, in its words.
    decided, unreadable = withdrawals.project_withdrawals(project)
    lost = False
    if project.dist_dir.joinpath(MANIFEST_NAME).is_file() or decided:  # most checks have neither
        from pipeline.status import withdrawals_in_force

        for standing in withdrawals_in_force(project, decided):
            if standing.withdrawal.unrecorded:
                lost = True
                print(withdrawals.lost_entry(standing, project.source_locale), file=stderr)
            else:
                print(f"note: {withdrawals.note(standing.withdrawal, project.source_locale)}", file=stderr)
    if unreadable:
        print(unreadable, file=stderr)
    failed = any(report.errors for report in reports) or any(finding.is_error for finding in (*source, *missing))
    return EXIT_FAILED if failed or unreadable or lost else EXIT_OK


def _review(project, args, stdout, stderr) -> int:
    from pipeline.review_command import record_clinical_review, record_review, review_date

    # The locale and leaflet checked as --locale and --leaflet are: a usage error, naming what was meant.
    named = [] if args.leaflet == COMMON_DOMAIN else [args.leaflet]
    _validate_selection(project, argparse.Namespace(locale=[args.locale], leaflet=named), leaflet_label="LEAFLET")
    if args.locale == project.source_locale:  # the clinical review of the English
        return _report(record_clinical_review(project, args.leaflet, args.by, review_date(args.on)), stdout, stderr)
    if args.on is not None:
        raise UsageError(
            f"--on is for the clinical review of the English (leaflets review {project.source_locale} …): "
            "a translation review is recorded as of today"
        )
    return _report(record_review(project, args.locale, args.leaflet, args.by), stdout, stderr)


def _withdraw(project, args, stdout, stderr) -> int:
    from pipeline.catalogs import review_today
    from pipeline.review import name_problem
    from pipeline.review_history import git_user_name
    from pipeline.withdrawals import lift, withdraw

    _validate_selection(
        project,
        argparse.Namespace(locale=[args.locale], leaflet=[args.leaflet], command="withdraw"),
        leaflet_label="LEAFLET",
    )
    reason, by = args.reason.strip(), (args.by or git_user_name(project.root)).strip()
    if not reason:
        raise UsageError('--reason "WHY" is what the manifest and the archive record: it may not be empty')
    if not by:
        raise UsageError('--by "NAME": who decided (no git user.name to take it from)')
    problem = name_problem(by, "the name of who decided")  # the archive and manifest record it
    if problem:
        given = "--by" if args.by else "git user.name"
        raise UsageError(f'{given}: {problem}; give your own name, e.g. --by "Dr. Mina Cho, PharmD"')
    # The day a review is dated by (SOURCE_DATE_EPOCH's when set): a withdrawal ends by a review of
    # its day or later, so both are read from one calendar.
    today = review_today()
    if args.lift:
        made, ended = lift(project, args.locale, args.leaflet, reason, by, today)
        lines = ", ".join(w.where for w in ended)
        print(
            f"wrote {made.where}: the withdrawal of {args.locale}/{args.leaflet} ({lines}) lifted by {by}: {reason}",
            file=stdout,
        )
        print(
            "note: the next `leaflets build --release` publishes the page again once it passes the release gate. "
            "Commit withdrawals.toml: it is the record",
            file=stderr,
        )
        return EXIT_OK
    withdrawal, page = withdraw(project, args.locale, args.leaflet, reason, by, today)
    every = " and its translations, in every language," if args.locale == project.source_locale else ""
    print(f"wrote {withdrawal.where}: {page}{every} withdrawn by {by}: {reason}", file=stdout)
    review = (
        f"a clinical review of its English dated {withdrawal.on} or later"
        if args.locale == project.source_locale
        else f"a translation review dated {withdrawal.on} or later signs off its text"
    )
    print(
        "note: every `leaflets build --release` takes it from patients, to dist/archive/, until "
        f"{review}, or `leaflets withdraw --lift {args.locale} {args.leaflet}` ends it; no other edit does. "
        "Commit withdrawals.toml: it is the record",
        file=stderr,
    )
    return EXIT_OK


def _serve(project, args, stdout, stderr) -> int:
    _validate_selection(project, args)
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port} is not a port (0 to 65535)")
    from pipeline.serve import serve  # watchfiles is loaded only to serve

    def say(line: str) -> None:
        print(line, file=stdout, flush=True)

    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how a preview ends
        serve(project, tuple(args.locale), tuple(args.leaflet), args.port, say)
    return EXIT_OK


def _status(project, args, stdout, stderr) -> int:
    from pipeline import status

    _validate_selection(project, args, common=True)
    current = status.project_status(project)
    page = status.write_page(project, current)  # the whole project's, whatever rows are asked for
    shown = status.selected(current, args.locale, args.leaflet)
    print(status.format_json(shown) if args.format == "json" else status.format_text(shown), file=stdout, end="")
    print(f"wrote {project.relative(page)}", file=stderr)
    # A leaflet asked about whose English cannot be read has no row: "0 of 0 would be released"
    # must not read as success to a script.
    return EXIT_FAILED if shown.unreadable else EXIT_OK


def _readability(project, args, stdout, stderr) -> int:
    from pipeline import readability

    _validate_selection(project, args)
    results, problems = readability.project_readability(project, tuple(args.leaflet))
    findings = [f for result in results for f in readability.readability_findings(result, project.source_locale)]
    if args.format == "json":
        print(readability.format_json(results), file=stdout)
    else:
        print(readability.format_text(results, findings), end="", file=stdout)
    for problem in problems:
        print(problem, file=stderr)
    return EXIT_FAILED if problems else EXIT_OK


def _doctor(project, args, stdout, stderr) -> int:
    from pipeline.doctor import doctor

    reports = doctor(project)
    for report in reports:
        for line in report.lines():
            print(line, file=stdout)
    return EXIT_FAILED if any(report.problems for report in reports) else EXIT_OK


_COMMANDS = {
    "extract": _extract,
    "update": _update,
    "init": _init,
    "compile": _compile,
    "build": _build,
    "check": _check,
    "doctor": _doctor,
    "status": _status,
    "readability": _readability,
    "review": _review,
    "withdraw": _withdraw,
    "serve": _serve,
}
