"""The command line contract: commands, output formats and exit codes."""

import io
import json
import os
import shlex
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import KOREAN, REPO

DOSE = "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."


def test_check_is_clean_on_a_correct_translation(translated):
    code, out, _ = translated.run("check")
    assert code == 0
    assert "0 errors" in out


def test_check_reports_like_a_compiler_and_exits_1_on_an_error(translated):
    translated.translate("demo", {DOSE: KOREAN[DOSE].replace("1 g/kg/day", "1 mg/kg/day")})
    code, out, _ = translated.run("check")
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith("locales/ko_KR/LC_MESSAGES/demo.po:")
    assert ": error[units]: " in first
    assert "demo" in out and "ko_KR" in out  # the summary table


def test_check_reports_a_course_of_days_said_as_an_interval(translated):
    # "for 3 days" as 3일마다 (every 3 days): every number and unit kept, a 3-day course made one dose every 3 days.
    translated.translate("demo", {DOSE: KOREAN[DOSE].replace("3일 동안", "3일마다")})
    code, out, _ = translated.run("check", "--leaflet", "demo", "--locale", "ko_KR")
    assert code == 1
    errors = [line for line in out.splitlines() if ": error[" in line]
    assert len(errors) == 1 and ": error[units]: " in errors[0]
    assert errors[0].endswith(
        "'for 3 days' in the source is '3일마다' in the translation: every 3 days (an interval), "
        "not for 3 days (a duration)"
    )


def test_check_json_is_one_array_of_findings_naming_the_msgid(translated):
    translated.translate("demo", {DOSE: KOREAN[DOSE].replace("3일", "5일")})
    code, out, _ = translated.run("check", "--format", "json", "--leaflet", "demo", "--locale", "ko_KR")
    findings = json.loads(out)
    assert code == 1 and isinstance(findings, list) and findings
    error = next(f for f in findings if f["severity"] == "error")
    assert {"severity", "check", "locale", "domain", "file", "line", "msgid", "message"} <= error.keys()
    assert (error["check"], error["msgid"], error["domain"], error["locale"]) == ("numbers", DOSE, "demo", "ko_KR")


def test_check_fails_on_a_dose_bound_to_another_time_of_day_and_passes_it_reordered(translated):
    """[dose-times]: the same numbers bound to the other times of day passed every check."""
    dose = "Take 1 tablet in the morning and 2 tablets at bedtime."
    leaflet = translated.path("source/demo.md")
    leaflet.write_text(leaflet.read_text(encoding="utf-8") + f"\n{dose}\n", encoding="utf-8")
    assert translated.run("extract")[0] == 0 and translated.run("update")[0] == 0
    translated.translate("demo", {dose: "아침에 2정, 자기 전에 1정을 복용하세요."})
    code, out, _ = translated.run("check", "--format", "json", "--leaflet", "demo", "--locale", "ko_KR")
    moved = [f for f in json.loads(out) if f["check"] == "dose-times"]
    assert code == 1 and [(f["severity"], f["msgid"]) for f in moved] == [("error", dose)]
    assert (
        "the source gives 1 'morning' and 2 'bedtime', the translation 2 '아침' and 1 '자기 전'" in moved[0]["message"]
    )
    translated.translate("demo", {dose: "자기 전에 2정, 아침에 1정을 복용하세요."})
    code, out, _ = translated.run("check", "--leaflet", "demo", "--locale", "ko_KR")
    assert "dose-times" not in out, out


def test_bad_usage_exits_2(project):
    assert project.run("check", "--format", "xml")[0] == 2
    assert project.run("frobnicate")[0] == 2
    assert project.run("update", "--locale", "ko")[0] == 2
    assert project.run("check", "--locale", "xx_YY")[0] == 2


NOT_CONFIGURED = "is not configured in leaflets.toml (configured: en, ko_KR); did you mean ko_KR?"


@pytest.mark.parametrize(
    "argv, message",
    [
        (("review", "ko", "demo", "--by", "A"), f"locale 'ko' {NOT_CONFIGURED}"),
        (("review", "ko-KR", "common", "--by", "A"), f"locale 'ko-KR' {NOT_CONFIGURED}"),
        (("review", "ko_KR", "dmeo", "--by", "A"), "source/dmeo.md: no such leaflet 'dmeo'; did you mean 'demo'?"),
        (("init", "ko-KR"), "'ko-KR' is written 'ko_KR' by gettext tools; did you mean ko_KR?"),
        (("init", "xx"), "CLDR (Babel "),
        (("init", "Korean"), "'Korean' is not a locale code"),
        (("init", "en"), "'en' is the source language: its pages are built from source/ and it has no catalogs"),
        (("update", "--locale", "en"), "'en' is the source language: its pages are built from source/"),
        (("update", "--locale", "ko"), f"locale 'ko' {NOT_CONFIGURED}"),
        (("check", "--locale", "ko"), f"locale 'ko' {NOT_CONFIGURED}"),
        (("status", "--leaflet", "dmeo"), "no such leaflet 'dmeo'; did you mean 'demo'?"),
        (("build", "--locale", "ko"), f"locale 'ko' {NOT_CONFIGURED}"),
        (("serve", "--locale", "ko"), f"locale 'ko' {NOT_CONFIGURED}"),
        (("readability", "--leaflet", "dmeo"), "no such leaflet 'dmeo'; did you mean 'demo'?"),
    ],
)
def test_naming_what_the_project_lacks_is_a_usage_error_in_every_command(project, argv, message):
    """Exit 2, as a mistyped option: a script tells "you asked for something that is not there"
    from "what you asked for failed" (exit 1) in every command alike, and nothing is written."""
    config = project.path("leaflets.toml").read_bytes()
    code, out, err = project.run(*argv)
    assert code == 2, err
    assert err.startswith("leaflets: ") and message in err and "Traceback" not in out + err
    assert project.path("leaflets.toml").read_bytes() == config
    assert sorted(p.name for p in project.path("locales").iterdir()) == ["common.pot", "demo.pot", "ko_KR"]


@pytest.mark.parametrize(
    "argv, message",
    [
        (
            ("check", "locales/ko_KR/LC_MESSAGES/demo.po"),
            "check takes no file names (locales/ko_KR/LC_MESSAGES/demo.po); "
            "to select what they name: leaflets check --locale ko_KR --leaflet demo",
        ),
        (
            ("status", "locales/ko_KR/LC_MESSAGES/common.po"),
            "to select what they name: leaflets status --locale ko_KR --leaflet common",
        ),
        (
            ("build", "--only", "html", "source/demo.md"),
            "to select what they name: leaflets build --only html --leaflet demo",
        ),
        (("readability", "source/demo.md"), "to select what they name: leaflets readability --leaflet demo"),
        (("update", "locales/ko_KR/LC_MESSAGES/demo.po"), "to select what they name: leaflets update --locale ko_KR"),
        (("check", "--leaflet", "demo.po"), "--leaflet 'demo.po' is a file name; give the leaflet's id: demo"),
        (
            ("status", "--leaflet", "locales/ko_KR/LC_MESSAGES/demo.po"),
            "is a file name (a catalog of locale ko_KR); give the leaflet's id: demo",
        ),
        (("review", "ko_KR", "demo.po", "--by", "A"), "LEAFLET 'demo.po' is a file name; give the leaflet's id: demo"),
    ],
)
def test_a_file_named_where_a_locale_or_leaflet_is_wanted_is_answered_with_the_options(project, argv, message):
    """Translators run msgfmt -c and pofilter on a file: `leaflets check that.po` says what
    to type instead, not "unrecognized arguments", nor an id made up from the path."""
    code, out, err = project.run(*argv)
    assert code == 2, err
    assert err.startswith("leaflets: ") and message in err and "Traceback" not in out + err
    assert "unrecognized arguments" not in err and "-po'" not in err


def test_an_argument_that_names_no_file_gets_argparse_s_own_message(project, capsys):
    assert project.run("check", "frobnicate")[0] == 2
    assert "unrecognized arguments: frobnicate" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv, hint",
    [
        (("check", "ko_KR"), "check does not take ko_KR; did you mean --locale ko_KR? (leaflets check --locale ko_KR)"),
        (("serve", "ko_KR"), "serve does not take ko_KR; did you mean --locale ko_KR? (leaflets serve --locale ko_KR)"),
        (("check", "ko"), "did you mean --locale ko_KR? (leaflets check --locale ko_KR)"),
        (("status", "demo"), "did you mean --leaflet demo? (leaflets status --leaflet demo)"),
        (("check", "common"), "did you mean --leaflet common? (leaflets check --leaflet common)"),
        (("build", "--relase"), "build does not take --relase; did you mean --release? (leaflets build --release)"),
        (
            ("build", "--relase", "ko_KR", "--only", "html"),
            "did you mean --release --locale ko_KR? (leaflets build --release --locale ko_KR --only html)",
        ),
        (("build", "--loacle=ko_KR"), "did you mean --locale=ko_KR? (leaflets build --locale=ko_KR)"),
    ],
)
def test_a_locale_leaflet_or_option_mistyped_is_answered_with_the_option_meant(project, argv, hint, capsys):
    """README: an options hint in every command: a locale or leaflet id given bare, as msgfmt takes a
    file, names the option that selects it; a misspelt option, the closest the command takes."""
    code, out, err = project.run(*argv)
    assert code == 2, err
    *said, last = err.splitlines()
    assert last.startswith("leaflets: ") and hint in last and "Traceback" not in out + err
    assert "unrecognized arguments" in "\n".join(said)  # argparse's own message stays, above the hint
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("argv", [("extract", "ko_KR"), ("build", "common"), ("check", "frobnicate")])
def test_no_option_is_suggested_that_the_command_does_not_take(project, argv, capsys):
    """extract selects nothing; build takes no --leaflet common; a word near nothing gets no guess."""
    code, _, err = project.run(*argv)
    assert code == 2 and "did you mean" not in err + capsys.readouterr().err


def test_python_dash_m_pipeline_is_the_leaflets_program(translated):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "check", "--format", "json"],
        cwd=translated.root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_a_reader_that_stops_reading_gets_no_error_message(translated):
    """`leaflets status | head -1`: the pipe closes before the table is written; that is the reader's
    choice, not a failure to report ("leaflets: Broken pipe" on the terminal)."""
    result = subprocess.run(
        f"{shlex.quote(sys.executable)} -m pipeline status --format text | true",
        shell=True,
        cwd=translated.root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    assert "Broken pipe" not in result.stderr and "Traceback" not in result.stderr, result.stderr


# What `check` runs without: the PDF code, and textstat and NLTK (the readability measure counts as
# textstat does without importing it). Importing NLTK alone costs a third of a second of CPU.
_NOT_FOR_CHECK = ("weasyprint", "pipeline.render_pdf", "textstat", "nltk")
_LOADED = textwrap.dedent("""\
    import importlib, json, sys
    from pipeline.cli import main
    for name in sys.argv[2:]:
        importlib.import_module(name)
    code = main(sys.argv[1:2])
    print(json.dumps([code, sorted(set(sys.modules) & set(json.loads(sys.stdin.read())))]), file=sys.stderr)
    """)


def test_check_loads_neither_the_pdf_code_nor_nltk(translated):
    def loaded(*argv: str) -> tuple[int, list[str]]:
        done = subprocess.run(
            [sys.executable, "-c", _LOADED, *argv],
            cwd=translated.root,
            input=json.dumps(_NOT_FOR_CHECK),
            capture_output=True,
            text=True,
        )
        code, modules = json.loads(done.stderr.splitlines()[-1])
        return code, modules

    assert loaded("check") == (0, [])
    assert loaded("check", "textstat", "pipeline.render_pdf") == (0, sorted(_NOT_FOR_CHECK))  # the names are true


def test_the_public_api_is_there_when_asked_for():
    import pipeline
    from pipeline import BuildOptions, Finding, Outcome, build, check_project, load_project

    assert [getattr(pipeline, name) for name in pipeline.__all__]
    assert callable(build) and callable(check_project) and callable(load_project)
    assert BuildOptions().release is False and Finding and Outcome
    assert isinstance(pipeline.__version__, str)
    with pytest.raises(AttributeError):
        pipeline.no_such_name  # noqa: B018


def test_outside_a_project_is_a_one_line_error(tmp_path, monkeypatch):
    from tests.conftest import Project

    code, _, err = Project(tmp_path, monkeypatch).run("build")
    assert code == 1 and "no leaflets.toml found" in err and "Traceback" not in err


def test_version_is_the_installed_package_version():
    import tomllib
    from importlib import metadata

    from pipeline.cli import main

    out = io.StringIO()
    assert main(["--version"], stdout=out) == 0
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert metadata.version("leaflets") == declared
    result = subprocess.run([sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == f"leaflets {declared}\n"


def test_the_command_ends_with_its_code_and_all_it_wrote_though_python_does_not_tear_down():
    # leave() skips the interpreter's teardown (and with it Python's own flush on exit): what is
    # still buffered, printed or logged, must come out, and the code is the command's.
    script = (
        "import logging, sys\n"
        "from pipeline.cli import leave\n"
        "logging.getLogger('pipeline').addHandler(logging.StreamHandler(sys.stderr))\n"
        "print('findings', end='')\n"
        "logging.getLogger('pipeline').error('logged')\n"
        "leave(3)\n"
    )
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, env=buffered)
    assert (result.returncode, result.stdout, result.stderr) == (3, "findings", "logged\n")


def test_a_profiled_command_still_writes_its_profile(tmp_path):
    # leave() skips the interpreter's teardown, when a profiler writes its report; the benchmark
    # profiles commands this way (bench/run.py, profile) and got empty files.
    report = tmp_path / "profile.txt"
    profiler = [sys.executable, "-m", "pyinstrument", "--renderer", "text", "--outfile", str(report)]
    result = subprocess.run([*profiler, "-m", "pipeline", "--version"], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0 and result.stdout.startswith("leaflets ")
    assert "Program:" in report.read_text(encoding="utf-8")


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(project, monkeypatch):
    from pipeline.catalogs import commands as catalog_commands

    def broken(project):
        raise KeyError("boom")

    monkeypatch.setattr(catalog_commands, "extract", broken)
    code, _, err = project.run("extract")
    assert code == 1
    assert err == (
        "leaflets: extract failed: KeyError: 'boom' (this is a bug in leaflets; run again with --debug to see where)\n"
    )
    code, _, err = project.run("extract", "--debug")
    assert code == 1 and "Traceback (most recent call last)" in err and "raise KeyError" in err
    assert project.run("--debug", "extract")[0] == 1


def test_a_file_the_system_refuses_is_one_line_naming_it(project, monkeypatch):
    from pipeline.catalogs import commands as catalog_commands

    def unwritable(project):
        raise PermissionError(13, "Permission denied", str(project.root / "locales" / "demo.pot"))

    monkeypatch.setattr(catalog_commands, "extract", unwritable)
    code, _, err = project.run("extract")
    assert code == 1 and err == "leaflets: Permission denied: locales/demo.pot\n"


def test_a_bug_while_reading_one_leaflet_names_it_and_the_others_go_on(project, monkeypatch):
    import pipeline.source

    real = pipeline.source.parse_leaflet

    def fragile(text, relpath, expected_id=None):
        if "other" in relpath:
            raise ZeroDivisionError("division by zero")
        return real(text, relpath, expected_id)

    other = project.path("source/demo.md").read_text().replace("id: demo", "id: other")
    project.path("source/other.md").write_text(other, encoding="utf-8")
    monkeypatch.setattr(pipeline.source, "parse_leaflet", fragile)
    code, _out, err = project.run("extract")
    assert code == 1 and "Traceback" not in err
    assert err == (
        "source/other.md: could not be read: ZeroDivisionError: division by zero "
        "(a bug in leaflets; --debug shows where)\n"
    )
    code, _, err = project.run("extract", "--debug")
    assert "Traceback (most recent call last)" in err and "ZeroDivisionError" in err


def test_a_template_syntax_error_names_the_template_and_line(project):
    template = project.path("templates/index.html")
    lines = template.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "{% trans %}Broken {{ x }{% endtrans %}")
    template.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for command in ("extract", "build"):
        code, _, err = project.run(command)
        assert code == 1
        assert err == "leaflets: templates/index.html:3: template syntax error: unexpected '}'\n"


@pytest.mark.parametrize("written", ["ko-KR", "ko_kr", "ko"])
def test_a_locale_spelled_another_way_is_named_as_configured(project, written):
    code, _, err = project.run("check", "--locale", written)
    assert code == 2 and f"locale {written!r} is not configured in leaflets.toml" in err
    assert err.rstrip().endswith("did you mean ko_KR?")
    _, _, err = project.run("check", "--locale", "fr")
    assert "did you mean" not in err


def test_check_can_be_asked_for_the_page_text_alone(translated):
    """`check --leaflet common` was refused ("'common' is reserved"), though translators edit common.po."""
    translated.translate("demo", {"Fever": "열 <script>"})
    code, out, err = translated.run("check", "--locale", "ko_KR", "--leaflet", "common")
    assert code == 0, err
    assert "0 errors, 0 warnings in 1 catalog" in out and "common  ko_KR" in out and "demo" not in out
    code, _, _ = translated.run("check", "--locale", "ko_KR", "--leaflet", "common", "--leaflet", "demo")
    assert code == 1  # the leaflet named beside it is checked too


@pytest.mark.parametrize(
    "argv, what",
    [
        (("build", "--leaflet", "common"), "build renders it into every leaflet's pages: build with no --leaflet"),
        (("build", "--release", "--leaflet", "common"), "build with no --leaflet (or any leaflet's id)"),
        (("serve", "--leaflet", "common"), "serve shows it on every leaflet's page: serve with no --leaflet"),
        (("readability", "--leaflet", "common"), "readability scores the leaflets' English in source/"),
        (
            ("build", "--release", "--roll-back", "common", "--reason", "x"),
            "--roll-back publishes again a leaflet's English",
        ),
        (("withdraw", "ko_KR", "common", "--reason", "x", "--by", "Ann Lee"), "withdraw takes one leaflet's page"),
    ],
)
def test_common_where_a_leaflet_is_wanted_is_said_to_be_the_page_text_not_a_name_to_change(project, argv, what):
    """`build --leaflet common` said "'common' is reserved (…); choose another id": the user names no new
    leaflet. It says what common is, what the command does with it, and which commands take it."""
    code, out, err = project.run(*argv)
    assert code == 2, err
    assert "'common' is no leaflet: it is the page text and disclaimer every page shows" in err and what in err
    assert "check, status, update, compile (--leaflet common) and review (LEAFLET common) take it" in err
    assert "choose another id" not in err and "Traceback" not in out + err


def test_check_fails_on_a_catalog_it_was_asked_about_that_does_not_exist(translated):
    """A leaflet added since the last update, or a catalog lost in a merge, has no catalog: `check`
    of it said "0 errors, 0 warnings" of a file it never read (later a note on stderr, still exit 0,
    and `[]` in JSON), while a release refuses the pair for that file. Now an error in both formats."""
    text = translated.path("source/demo.md").read_text(encoding="utf-8")
    translated.path("source/second.md").write_text(text.replace("id: demo", "id: second"), encoding="utf-8")
    translated.run("extract")
    missing = (
        "locales/ko_KR/LC_MESSAGES/second.po:1: error[template]: this catalog does not exist, so nothing of "
        "it is checked and a release leaves out the page; run `leaflets extract`, then `leaflets update`"
    )
    code, out, err = translated.run("check", "--locale", "ko_KR", "--leaflet", "second")
    assert code == 1 and missing in out.splitlines(), out
    assert out.rstrip().endswith("1 error, 0 warnings in 1 catalog; 1 catalog missing"), out  # common.po is there
    assert "does not exist" not in err  # said once, as a finding, not as a note beside it

    code, out, _ = translated.run("check", "--locale", "ko_KR", "--leaflet", "second", "--format", "json")
    assert code == 1
    assert json.loads(out) == [
        {
            "file": "locales/ko_KR/LC_MESSAGES/second.po",
            "line": 1,
            "severity": "error",
            "check": "template",
            "locale": "ko_KR",
            "domain": "second",
            "msgid": "",
            "message": missing.split(": error[template]: ")[1],
        }
    ]
    assert translated.run("check")[0] == 1 and missing in translated.run("check")[1]
    assert translated.run("check", "--leaflet", "demo")[0] == 0  # not asked about
    translated.run("update")
    code, out, _ = translated.run("check", "--locale", "ko_KR", "--leaflet", "second")
    assert code == 0 and "does not exist" not in out and "missing" not in out


def test_check_fails_on_a_missing_page_text_catalog_naming_every_page(translated):
    translated.po("common").unlink()
    code, out, _ = translated.run("check", "--locale", "ko_KR", "--format", "json")
    [finding] = json.loads(out)
    assert code == 1 and (finding["file"], finding["check"], finding["severity"]) == (
        "locales/ko_KR/LC_MESSAGES/common.po",
        "template",
        "error",
    )
    assert "a release leaves out every page of the language" in finding["message"]


def test_a_build_that_exits_1_for_a_leaflet_it_cannot_read_says_so_in_its_last_line(translated):
    leaflet = translated.path("source/demo.md")
    leaflet.write_text(leaflet.read_text(encoding="utf-8").replace("2026-10-01", "2026-02-30"), encoding="utf-8")
    code, out, err = translated.run("build", "--only", "html")
    assert code == 1
    assert "source/demo.md:6: reviewed_on '2026-02-30' is not a date in the calendar" in err
    last = out.rstrip().splitlines()[-1]
    assert last.startswith("built 0, up to date 0, refused 0, withdrawn 0, failed 0, problems 1 in "), out


def _second_leaflet(project) -> None:
    text = project.path("source/demo.md").read_text(encoding="utf-8")
    project.path("source/second.md").write_text(text.replace("id: demo", "id: second"), encoding="utf-8")
    assert project.run("extract")[0] == 0


def test_update_and_compile_take_leaflet_as_check_and_build_do(project):
    """`update` and `compile` had no --leaflet: a translator of one leaflet updated and compiled
    every catalog. As `check --leaflet`: that leaflet's catalogs and the page text's (common)."""
    _second_leaflet(project)
    code, out, err = project.run("update", "--leaflet", "demo")
    assert (code, out) == (0, "2 file(s) already up to date\n"), err  # demo.po and common.po
    assert not project.po("second").exists()
    code, out, _ = project.run("update", "--leaflet", "second", "--locale", "ko_KR")
    assert (code, out) == (0, "wrote locales/ko_KR/LC_MESSAGES/second.po\n1 file(s) already up to date\n")
    code, out, _ = project.run("compile", "--leaflet", "second")
    assert code == 0
    assert out == "wrote locales/ko_KR/LC_MESSAGES/common.mo\nwrote locales/ko_KR/LC_MESSAGES/second.mo\n"
    assert not project.po("demo").with_suffix(".mo").exists()
    code, out, _ = project.run("compile", "--locale", "ko_KR", "--leaflet", "common")
    assert (code, out) == (0, "1 file(s) already up to date\n")
    for command in ("update", "compile"):
        help_text = subprocess.run(
            [sys.executable, "-m", "pipeline", command, "--help"], capture_output=True, text=True, cwd=REPO
        ).stdout
        assert "--locale L" in help_text and "--leaflet ID" in help_text, help_text


@pytest.mark.parametrize("command", ["update", "compile", "check", "build", "status"])
def test_an_unknown_leaflet_id_is_a_usage_error_listing_the_leaflets(project, command):
    _second_leaflet(project)
    before = sorted(str(path) for path in project.path("locales").rglob("*"))
    code, out, err = project.run(command, "--leaflet", "zzz")
    assert (code, out) == (2, "")
    assert err == "leaflets: source/zzz.md: no such leaflet 'zzz' (the leaflets in source/: demo, second)\n"
    code, _, err = project.run(command, "--leaflet", "dmeo")
    assert code == 2 and err == (
        "leaflets: source/dmeo.md: no such leaflet 'dmeo'; did you mean 'demo'? (the leaflets in source/: demo, second)\n"
    )
    assert sorted(str(path) for path in project.path("locales").rglob("*")) == before


def test_a_leaflet_saved_where_no_command_reads_it_is_named(project):
    """Only source/<id>.md is a leaflet: one in a folder of its own or with another extension had
    no catalog and no page, and no command said so."""
    leaflet = project.path("source/demo.md").read_text(encoding="utf-8")
    (project.path("source/cardio")).mkdir()
    project.path("source/cardio/heparin.md").write_text(leaflet.replace("id: demo", "id: heparin"), encoding="utf-8")
    project.path("source/aspirin.markdown").write_text(leaflet.replace("id: demo", "id: aspirin"), encoding="utf-8")
    project.path("source/.draft.md.swp").write_text("", encoding="utf-8")  # an editor's file: not a leaflet
    for command in ("extract", "check", "status"):
        _, out, err = project.run(command)  # status says its notes in its report
        notes = [line for line in (out + err).splitlines() if " is not read: " in line]
        assert notes == [
            "note: source/aspirin.markdown is not read: a leaflet is source/<id>.md, in source/ itself "
            "(as source/aspirin.md it would be)",
            "note: source/cardio/heparin.md is not read: a leaflet is source/<id>.md, in source/ itself "
            "(as source/heparin.md it would be)",
        ], command
