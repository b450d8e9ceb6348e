"""The command line contract: commands, output formats and exit codes."""

import json
import subprocess
import sys

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


def test_check_json_is_one_array_of_findings_naming_the_msgid(translated):
    translated.translate("demo", {DOSE: KOREAN[DOSE].replace("3일", "5일")})
    code, out, _ = translated.run("check", "--format", "json", "--leaflet", "demo", "--locale", "ko_KR")
    findings = json.loads(out)
    assert code == 1 and isinstance(findings, list) and findings
    error = next(f for f in findings if f["severity"] == "error")
    assert {"severity", "check", "locale", "domain", "file", "line", "msgid", "message"} <= error.keys()
    assert (error["check"], error["msgid"], error["domain"], error["locale"]) == ("numbers", DOSE, "demo", "ko_KR")


def test_bad_usage_exits_2(project):
    assert project.run("check", "--format", "xml")[0] == 2
    assert project.run("frobnicate")[0] == 2
    assert project.run("update", "--locale", "ko")[0] == 2
    assert project.run("check", "--locale", "xx_YY")[0] == 2


def test_python_dash_m_pipeline_is_the_leaflets_program(translated):
    result = subprocess.run([sys.executable, "-m", "pipeline", "check", "--format", "json"],
                            cwd=translated.root, capture_output=True, text=True,
                            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_outside_a_project_is_a_one_line_error(tmp_path, monkeypatch):
    from tests.conftest import Project

    code, _, err = Project(tmp_path, monkeypatch).run("build")
    assert code == 1 and "no leaflets.toml found" in err and "Traceback" not in err
