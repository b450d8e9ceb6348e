"""Write bench/results/mutation.md from the last `mutmut run` (run by `make mutate`).

The score per module, then every mutant the tests did not kill, with its diff
and, when one is written in bench/mutation_notes.toml, why it may live (an
equivalent mutant, or a change no reader can see). A survivor without a note
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


def mutmut(*args: str) -> str:
    return subprocess.run([*MUTMUT, *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


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
        module = name.split(".x", 1)[0]
        by_module.setdefault(module, Counter())[status] += 1
    total = Counter(statuses.values())
    judged = sum(count for status, count in total.items() if status not in ("not checked", "skipped"))
    killed = total["killed"] + total.get("timeout", 0)
    survivors = sorted(name for name, status in statuses.items() if status in ("survived", "no tests"))
    explained = [name for name in survivors if name in notes]
    lines = [
        "# Mutation testing of the safety core",
        "",
        f"`make mutate` (mutmut, configured in pyproject.toml `[tool.mutmut]`), {datetime.now(UTC):%Y-%m-%d %H:%M} UTC.",
        "",
        f"**Score: {killed} of {judged} mutants killed ({100 * killed / max(judged, 1):.1f}%)**; "
        f"{len(survivors)} survive, {len(explained)} of them explained below as harmless.",
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
        note = notes.get(name, {}).get("why", "") if isinstance(notes.get(name), dict) else notes.get(name, "")
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
            f"Why it may live: {note}" if note else "**Not explained: kill it or explain it.**",
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
