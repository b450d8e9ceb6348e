"""Run the test suite against the newest allowed versions and name what changed.

`make test-latest` installs the newest versions pyproject.toml allows into
.venv-latest, then runs this with that environment's Python. It prints every
package whose version differs from requirements.lock, runs pytest, and when
the suite fails, ends with one line naming those upgrades: the suspects.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", re.MULTILINE)


def locked_versions(lock: Path) -> dict[str, str]:
    return {_normal(name): version for name, version in _PIN.findall(lock.read_text(encoding="utf-8"))}


def installed_versions() -> dict[str, str]:
    return {_normal(dist.metadata["Name"]): dist.version for dist in metadata.distributions()}


def drift(locked: dict[str, str], installed: dict[str, str]) -> list[str]:
    """'babel 2.19.0 -> 2.20.0' for every locked package installed at another version."""
    return [
        f"{name} {locked[name]} -> {installed[name]}"
        for name in sorted(locked)
        if name in installed and installed[name] != locked[name]
    ]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def main(argv: list[str]) -> int:
    lock = Path(argv[1] if len(argv) > 1 else "requirements.lock")
    changes = drift(locked_versions(lock), installed_versions())
    print("test-latest: newer than the lock:", *(changes or ["nothing"]), sep="\n  ")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", *argv[2:]], check=False)
    if result.returncode != 0:
        suspects = ", ".join(changes) or "no package version changed (a system package or font, then)"
        print(
            f"test-latest: FAILED against the newest allowed versions; upgraded since the lock: {suspects}",
            file=sys.stderr,
        )
    else:
        print(
            "test-latest: the suite passes against the newest allowed versions"
            + ("; `make lock` would take them" if changes else "")
        )
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
