"""Write bench/results/mutation.md from the last `mutmut run` (run by `make mutate`).

The score per module, then every mutant the tests did not kill, with its diff
and, when one is written in bench/mutation_notes.toml, why it may live (an
equivalent mutant, or one killed outside mutmut). A survivor without a note
is work to do: kill it with a behavioural test or explain it there.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "mutation.md"
NOTES = ROOT / "bench" / "mutation_notes.toml"
MUTMUT = [sys.executable, "-m", "mutmut"]
KILLED = ("killed", "timeout")  # a mutant that hangs the tests is caught too


def mutmut(*args: str) -> str:
    return subprocess.run([*MUTMUT, *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def commit() -> str:
    described = subprocess.run(["git", "log", "-1", "--format=%h %s"], cwd=ROOT, capture_output=True, text=True)
    return described.stdout.strip()[:100] or "unknown"


def main() -> int:
    statuses: dict[str, str] = {}
    for line in mutmut("results", "--all", "true").splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            statuses[name] = status
    if not statuses:
        print("no mutmut results: run `make mutate`", file=sys.stderr)
        return 1
    notes = tomllib.loads(NOTES.read_text(encoding="utf-8")) if NOTES.exists() else {}
    by_module: dict[str, Counter] = {}
    for name, status in statuses.items():
        by_module.setdefault(name.split(".x", 1)[0], Counter())[status] += 1
    total = Counter(statuses.values())
    judged = sum(count for status, count in total.items() if status not in ("not checked", "skipped"))
    killed = sum(total.get(status, 0) for status in KILLED)
    survivors = sorted(name for name, status in statuses.items() if status in ("survived", "no tests"))
    explained = [name for name in survivors if name in notes]
    by_hand = [name for name in explained if notes[name].startswith("Killed outside mutmut")]
    lines = [
        "# Mutation testing of the safety core",
        "",
        "`make mutate` runs mutmut (`[tool.mutmut]` in pyproject.toml) over the modules that decide what a",
        "patient sees: the release gate (`release.py`), translation lookup, fuzzy and failed entries, plurals",
        "(`translations.py`), atomic writes and the release swap (`files.py`), URL fetching (`render_pdf.py`),",
        "the rendering of translations and the English source's refusals (`markdown.py`), and the checks' error",
        "paths (`checks/runner.py`, `checks/report.py`, `checks/completeness.py`), each mutant against the fast",
        "tests that reach it; then this script writes this file.",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on `{commit()}`.",
        "",
        f"**Score: {killed} of {judged} mutants killed by the tests ({100 * killed / max(judged, 1):.1f}%)**; "
        f"{len(survivors)} survive: {len(by_hand)} killed outside mutmut (import-time code, "
        f"`bench/import_time_mutants.py`), {len(explained) - len(by_hand)} explained below as equivalent or "
        f"left for a decision, {len(survivors) - len(explained)} not explained.",
        "",
        "| module | " + " | ".join(sorted(total)) + " |",
        "|---|" + "---|" * len(total),
    ]
    for module, counts in sorted(by_module.items()):
        lines.append(f"| {module} | " + " | ".join(str(counts.get(status, 0)) for status in sorted(total)) + " |")
    lines += ["", "## Surviving mutants", ""]
    if not survivors:
        lines.append("None.")
    for name in survivors:
        note = notes.get(name, "")
        try:
            shown = mutmut("show", name)
        except subprocess.CalledProcessError:
            shown = ""  # its source changed since the run: `make mutate` again
        diff = (
            "\n".join(
                line
                for line in shown.splitlines()[1:]
                if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
            )
            or "(diff not available)"
        )
        lines += [
            f"### `{name}` ({statuses[name]})",
            "",
            "```diff",
            diff,
            "```",
            "",
            note or "**Not explained: kill it or explain it.**",
            "",
        ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {
                "killed": killed,
                "judged": judged,
                "survivors": len(survivors),
                "unexplained": len(survivors) - len(explained),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
