"""`check` reaches GNU `msgfmt -c`'s verdict on a corpus of broken catalogs.

Every file of tests/data/msgfmt-verdicts is run through the real ``msgfmt -c``
and through :func:`check_catalog`: what msgfmt calls fatal must be an error
in ``check`` (a catalog that passes ``check`` always compiles), and what it
accepts must pass, except the ``stricter-`` cases, where the page would be
wrong although gettext can compile the file (see the corpus's README).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.checks import check_catalog
from tests.checks.helpers import MSGFMT

CORPUS = Path(__file__).resolve().parent.parent / "data" / "msgfmt-verdicts"
CASES = sorted(CORPUS.glob("*/*.po"))


def test_the_corpus_covers_every_verdict():
    prefixes = {path.name.split("-")[0] for path in CASES}
    assert prefixes == {"fatal", "ok", "stricter"}
    assert len(CASES) >= 60


@pytest.mark.parametrize("case", CASES, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_check_agrees_with_msgfmt(catalogs, case):
    assert MSGFMT, "GNU gettext's msgfmt is needed (scripts/system-deps installs it)"
    verdict = case.name.split("-")[0]
    gettext = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(case)], capture_output=True, text=True)
    assert (gettext.returncode == 0) == (verdict != "fatal"), f"msgfmt -c says of {case.name}:\n{gettext.stderr}"

    domain = case.parent.name
    target = catalogs.path("ko_KR", domain)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(case, target)
    errors = [f for f in check_catalog(catalogs.project, "ko_KR", domain).findings if f.severity == "error"]
    if verdict == "ok":
        assert errors == []
    else:
        assert errors, f"check passes {case.name}; msgfmt -c says:\n{gettext.stderr}"
        assert all(f.file == "locales/ko_KR/LC_MESSAGES/" + f"{domain}.po" and f.line >= 1 for f in errors)
