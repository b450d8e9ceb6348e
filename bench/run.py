"""Benchmarks: how long extraction, checks and rendering take on this corpus.

Writes bench/results/latest.json and prints a summary. Timings belong here,
never in unit tests: CI machines are small and noisy.
"""

from __future__ import annotations

import json
import platform
import resource
import statistics
import time
from pathlib import Path

from pipeline.build import load_catalog
from pipeline.config import load_project
from pipeline.render_html import Renderer, alternates_for
from pipeline.render_pdf import render_pdf
from pipeline.source import load_leaflets

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


def timed(function, repeat: int = 5) -> dict:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return {"median_s": round(statistics.median(samples), 4), "min_s": round(min(samples), 4), "runs": repeat}


def main() -> None:
    project = load_project()
    leaflets, _ = load_leaflets(project)
    renderer = Renderer(project)
    results = {"python": platform.python_version(), "machine": platform.machine()}
    results["read_sources"] = timed(lambda: load_leaflets(project))
    for loc in project.locales:
        common = load_catalog(project, loc.code, "common")
        results[f"check_and_load_catalogs[{loc.code}]"] = timed(
            lambda: [load_catalog(project, loc.code, leaflet.id) for leaflet in leaflets])  # noqa: B023 (run now)
        for leaflet in leaflets:
            table = load_catalog(project, loc.code, leaflet.id).table
            page = renderer.leaflet(leaflet, loc, table, common.table,
                                    alternates_for(leaflet.id, loc.code, list(project.locales)), draft=True)
            results[f"html[{loc.code}/{leaflet.id}]"] = timed(
                lambda: renderer.leaflet(leaflet, loc, table, common.table, [], draft=True))  # noqa: B023 (run now)
            results[f"pdf[{loc.code}/{leaflet.id}]"] = timed(
                lambda: render_pdf(page.html, page.print_css), 3)  # noqa: B023 (timed() runs it now)
    results["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for name, value in results.items():
        print(f"{name:45} {value}")
    print(f"written to {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")


if __name__ == "__main__":
    main()
