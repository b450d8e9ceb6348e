"""Run mutmut's mutants of a function that runs only at import time, by hand.

mutmut chooses a mutant when a function is called, in a process that has
already imported the code under test, so a function called only while its
module is imported (``markdown._parser``, which builds the module's three
parsers) is never called with a mutant active: mutmut reports all its mutants
as survivors. This script copies the repository, writes each mutant (as
``mutmut run`` generated it in ``mutants/``) in place of the function, runs the
given tests in a fresh process, and prints each mutant as killed or SURVIVED,
after checking that the unmutated copy passes them.

    .venv/bin/python bench/import_time_mutants.py _parser pipeline/markdown.py TESTS...
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_tests(copy: Path, tests: list[str]) -> bool:
    environment = {**os.environ, "PYTHONPATH": str(copy)}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    return subprocess.run(command, cwd=copy, env=environment, capture_output=True).returncode == 0


def main(function: str, module: str, tests: list[str]) -> int:
    generated = (ROOT / "mutants" / module).read_text(encoding="utf-8")
    original = (ROOT / module).read_text(encoding="utf-8")
    definition = re.search(rf"^def {function}\(.*?(?=^\S)", original, re.S | re.M)
    mutants = re.finditer(rf"^def x_{function}__mutmut_(\d+)\(.*?(?=^\S)", generated, re.S | re.M)
    if definition is None:
        print(f"{module} has no function {function}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "repo"
        ignored = shutil.ignore_patterns(".venv*", "mutants", "build", "dist", ".git", "__pycache__")
        shutil.copytree(ROOT, copy, ignore=ignored)
        if not run_tests(copy, tests):
            print("the tests fail without a mutant: nothing to measure", file=sys.stderr)
            return 2
        survivors = 0
        for mutant in mutants:
            number, body = mutant[1], mutant[0].replace(f"def x_{function}__mutmut_{mutant[1]}(", f"def {function}(", 1)
            (copy / module).write_text(original.replace(definition[0], body, 1), encoding="utf-8")
            killed = not run_tests(copy, tests)
            survivors += not killed
            print(
                f"{module.removesuffix('.py').replace('/', '.')}.x_{function}__mutmut_{number}: "
                f"{'killed' if killed else 'SURVIVED'}",
                flush=True,
            )
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
