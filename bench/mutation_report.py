"""Write bench/results/mutation.md from the last `mutmut run` (run by `make mutate`).

The score per module, then every mutant the tests did not kill, with its diff
and, when one is written in bench/mutation_notes.toml, why it may live (an
equivalent mutant, or one killed outside mutmut). A survivor without a note
is work to do: kill it with a behavioural test or explain it there.

`make mutate` runs every module. A run of some modules only (`mutmut run
"pipeline.checks.numbers*"`, as after a change to one check) measures those;
the modules it did not run keep the row and surviving mutants the previous
file gives them, with the time they were measured, so the file always says
which module was measured when.
"""

from __future__ import annotations

import json
import re
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
NOT_RUN = ("not checked", "skipped")


def mutmut(*args: str) -> str:
    return subprocess.run([*MUTMUT, *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def commit() -> str:
    described = subprocess.run(["git", "log", "-1", "--format=%h %s"], cwd=ROOT, capture_output=True, text=True)
    return described.stdout.strip()[:100] or "unknown"


def module_of(mutant: str) -> str:
    return mutant.split(".x", 1)[0]


def measured_at(module: str) -> str:
    """When mutmut last saved a result of ``module``: its file in mutants/ (UTC)."""
    meta = ROOT / "mutants" / (module.replace(".", "/") + ".py.meta")
    return f"{datetime.fromtimestamp(meta.stat().st_mtime, UTC):%Y-%m-%d %H:%M} UTC"


def previous_results() -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """The previous file's row of each module (status or "measured" -> cell) and
    its section of each surviving mutant (name -> text)."""
    if not RESULTS.exists():
        return {}, {}
    text = RESULTS.read_text(encoding="utf-8")
    whole_run = re.search(r"^Measured (.+?) on `([0-9a-f]+)", text, re.MULTILINE)  # a file of one whole run
    rows: dict[str, dict[str, str]] = {}
    header: list[str] = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| module |"):
            header = cells
        elif header and line.startswith("| pipeline"):
            row = dict(zip(header, cells, strict=True))
            if "measured" not in row and whole_run:
                row["measured"] = f"{whole_run.group(1)}, `{whole_run.group(2)}`"
            rows[row["module"]] = row
    sections = {
        match.group(1): match.group(0).rstrip() + "\n"
        for match in re.finditer(r"^### `([^`]+)`.*?(?=^### |\Z)", text, re.MULTILINE | re.DOTALL)
    }
    return rows, sections


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
        by_module.setdefault(module_of(name), Counter())[status] += 1
    # A module none of whose mutants this run tested keeps what the previous file says of it.
    previous_rows, previous_sections = previous_results()
    carried = {
        module: previous_rows[module]
        for module, counts in by_module.items()
        if all(status in NOT_RUN for status in counts) and module in previous_rows
    }
    measured = {module: counts for module, counts in by_module.items() if module not in carried}
    statuses = {name: status for name, status in statuses.items() if module_of(name) not in carried}
    total = Counter(statuses.values())
    judged = sum(count for status, count in total.items() if status not in NOT_RUN)
    killed = sum(total.get(status, 0) for status in KILLED)
    survivors = sorted(name for name, status in statuses.items() if status in ("survived", "no tests"))
    explained = [name for name in survivors if name in notes]
    by_hand = [name for name in explained if notes[name].startswith("Killed outside mutmut")]
    columns = sorted(set(total) | {key for row in carried.values() for key in row} - {"module", "measured"})
    carried_judged = sum(
        int(row.get(status, 0)) for row in carried.values() for status in columns if status not in NOT_RUN
    )
    carried_killed = sum(int(row.get(status, 0)) for row in carried.values() for status in KILLED)
    lines = [
        "# Mutation testing of the safety core",
        "",
        "`make mutate` runs mutmut (`[tool.mutmut]` in pyproject.toml) over the modules that decide what a",
        "patient sees: the release gate (`release.py`), translation lookup, fuzzy and failed entries, plurals",
        "(`translations.py`), atomic writes and the release swap (`files.py`), URL fetching",
        "(`render_pdf.py`), the rendering of translations and the English source's refusals (`markdown.py`),",
        "and the checks' error paths (`checks/runner.py`, `checks/report.py`, `checks/completeness.py`), and",
        "the content checks that decide whether a changed phone number, e-mail address or URL",
        "(`checks/contacts.py`), a changed or added number or dose (`checks/numbers.py` and its",
        "`checks/numbers_*.py`), a broken or written-out placeholder (`checks/placeholders.py`), or HTML, a",
        "link, an image or a block a translation injects (`checks/markup.py`, reading each message as",
        "`checks/inline.py` parses it), or a dose whose unit or amount is changed, added or dropped",
        '(`checks/units.py`), or a limit turned around ("at most 4 g" as "at least 4 g", `checks/limits.py`,',
        "with `checks/limit_phrases.py`, `checks/source_limits.py` and `checks/limit_numbers.py`)",
        "is caught, each mutant against the fast tests that reach it; then this script writes this file.",
        "",
        f"Written {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on `{commit()}`."
        + (
            " Not one whole `make mutate`: the modules measured by an earlier run keep its results, as the"
            " column measured says (their code may have changed since). mutmut keeps a mutant's verdict until"
            " its function changes, so a module measured here may have been measured over several runs (its"
            " survivors run again by name); measured is when its last verdict was saved."
            if carried
            else ""
        ),
        "",
        f"**Score{' of the modules measured in this run' if carried else ''}: {killed} of {judged} mutants "
        f"killed by the tests ({100 * killed / max(judged, 1):.1f}%)**; "
        f"{len(survivors)} survive: {len(by_hand)} killed outside mutmut (import-time code, "
        f"`bench/import_time_mutants.py`, or run by hand as the note says), "
        f"{len(explained) - len(by_hand)} explained below as equivalent or "
        f"left for a decision, {len(survivors) - len(explained)} not explained.",
        "",
    ]
    if carried:
        all_killed, all_judged = killed + carried_killed, judged + carried_judged
        lines += [
            f"With the modules of earlier runs: {all_killed} of {all_judged} killed "
            f"({100 * all_killed / max(all_judged, 1):.1f}%).",
            "",
        ]
    lines += [
        "| module | " + " | ".join(columns) + " | measured |",
        "|---|" + "---|" * (len(columns) + 1),
    ]
    for module in sorted(measured):
        counts = measured[module]
        cells = [str(counts.get(status, 0)) for status in columns]
        lines.append(f"| {module} | " + " | ".join(cells) + f" | {measured_at(module)} |")
    for module, row in sorted(carried.items()):
        cells = [row.get(status, "0") for status in columns]
        lines.append(f"| {module} | " + " | ".join(cells) + f" | {row.get('measured', 'earlier')} |")
    lines += ["", "## Surviving mutants", ""]
    kept = {name: text for name, text in previous_sections.items() if module_of(name) in carried}
    if not survivors and not kept:
        lines.append("None.")
    for name in sorted([*survivors, *kept]):
        if name in kept:
            lines += [kept[name]]
            continue
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
