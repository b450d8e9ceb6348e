"""WeasyPrint's C libraries open by their sonames: no search subprocesses, the same files as before."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sonames are Linux's")

LIBRARIES = ("libgobject-2.0", "libpango-1.0", "libharfbuzz", "libfontconfig", "libpangoft2-1.0")

# Run in a fresh interpreter: the libraries are opened once per process, at import.
_IMPORT = """
import ctypes.util, json, sys
searched = []
search = ctypes.util.find_library
def counted(name):
    searched.append(name)
    return search(name)
ctypes.util.find_library = counted
import {module}
with open("/proc/self/maps") as maps:
    paths = {{line.split()[-1] for line in maps if "/" in line}}
names = {names!r}
print(json.dumps({{"searched": searched, "opened": sorted(p for p in paths if p.rsplit("/", 1)[-1].startswith(names))}}))
"""


def _import(module: str) -> dict:
    code = _IMPORT.format(module=module, names=LIBRARIES)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_the_pipeline_opens_weasyprints_libraries_without_searching_and_opens_the_same_files():
    pipeline = _import("pipeline.render_pdf")
    plain = _import("weasyprint")

    assert pipeline["searched"] == []
    assert plain["searched"], "WeasyPrint alone searches: the comparison below would prove nothing"
    assert pipeline["opened"] == plain["opened"]
    opened = [path.rsplit("/", 1)[-1] for path in pipeline["opened"]]
    for library in LIBRARIES:
        assert any(name.startswith(library + ".so") for name in opened), (library, opened)


def test_the_search_is_back_for_everything_else_once_weasyprint_has_loaded():
    code = "import ctypes.util, pipeline.render_pdf; print(ctypes.util.find_library('c'))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().startswith("libc.so")
