"""What keeping Korean words whole costs in the PDF, side by side with WeasyPrint alone.

Renders the shipped Korean pages (their final HTML and print CSS, as the build
makes them), each round in a fresh process per way of rendering, and
writes bench/results/keep_all.json and keep_all.md:

* ``floor``: WeasyPrint 70 as released, no keep-all treatment at all (Korean
  then breaks between any two syllables);
* ``spans``: the previous treatment, every Hangul word in a no-break span;
* ``keep_all``: the Pango allow-breaks patch (pipeline/weasyprint_patches/keep_all.py) alone;
* ``floor_ua`` and ``pipeline``: the same two with PDF/UA-1 tagging, the
  second being exactly what ``leaflets build`` runs (every patch).

Times are CPU seconds of the rendering process (not wall time: the machine is
shared), median and minimum over fresh processes, the modes interleaved so that
a busy spell of the machine hits them all. Not a test: ``make bench`` runs it.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
MODES = ("floor", "spans", "keep_all", "floor_ua", "pipeline")
_HANGUL_WORD = re.compile(r"[^\s<>]*[\uac00-\ud7a3][^\s<>]*")
_PARTS = re.compile(r"(<head\b.*?</head>|<[^>]*>)", re.DOTALL | re.IGNORECASE)


def previous_spans(html: str) -> str:
    """The treatment this replaces (pipeline/line_breaking.py before it): a no-break span per Hangul word."""
    parts = _PARTS.split(html)
    return "".join(
        p if i % 2 else _HANGUL_WORD.sub(r'<span style="white-space: nowrap">\g<0></span>', p)
        for i, p in enumerate(parts)
    )


def render_pages(mode: str, pages: Path) -> dict:
    """In this process: render every page once, the way ``mode`` says, after one page to warm up."""
    if mode == "pipeline":
        from pipeline.render_pdf import render_pdf
    else:
        if mode == "keep_all":
            from pipeline.weasyprint_patches import keep_all

            keep_all.apply()
        from weasyprint import CSS, HTML

        def render_pdf(html: str, css: str) -> bytes:
            variant = "pdf/ua-1" if mode == "floor_ua" else None
            return HTML(string=html).render(stylesheets=[CSS(string=css)]).write_pdf(pdf_variant=variant)

    inputs = []
    for html_file in sorted(pages.glob("*.html")):
        html = html_file.read_text(encoding="utf-8")
        if mode != "pipeline":
            html = html.replace("\u2060", "")
        if mode == "spans":
            html = previous_spans(html)
        inputs.append((html, html_file.with_suffix(".css").read_text(encoding="utf-8")))
    render_pdf(*inputs[0])  # fonts and caches warm, as in a build of many pages
    start = time.process_time()
    sizes = [len(render_pdf(html, css)) for html, css in inputs]
    return {
        "cpu_s": time.process_time() - start,
        "pages": len(inputs),
        "pdf_bytes": sum(sizes),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def final_pages(directory: Path) -> None:
    """The shipped Korean pages' final HTML and print CSS, as ``leaflets build`` renders them."""
    from pipeline.config import load_project
    from pipeline.jobs import load_catalog
    from pipeline.render_html import Renderer
    from pipeline.source import load_leaflets

    project = load_project(ROOT)
    leaflets, _ = load_leaflets(project)
    renderer = Renderer(project)
    for loc in project.locales:
        if loc.line_break != "keep-all":
            continue
        common = load_catalog(project, loc.code, "common").table
        for leaflet in leaflets:
            page = renderer.leaflet(
                leaflet, loc, load_catalog(project, loc.code, leaflet.id).table, common, [], draft=True
            )
            (directory / f"{loc.code}-{leaflet.id}.html").write_text(page.html, encoding="utf-8")
            (directory / f"{loc.code}-{leaflet.id}.css").write_text(page.print_css, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="fresh processes per mode (default 5)")
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--pages", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(render_pages(args.mode, args.pages)))
        return
    results: dict = {"python": platform.python_version(), "machine": platform.machine()}
    runs: dict[str, list[dict]] = {mode: [] for mode in MODES}
    with tempfile.TemporaryDirectory() as temp:
        final_pages(Path(temp))
        for round_number in range(args.rounds):  # modes interleaved, so a busy spell hits them all
            for mode in MODES:
                out = subprocess.run(
                    [sys.executable, __file__, "--mode", mode, "--pages", temp],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=ROOT,
                )
                runs[mode].append(json.loads(out.stdout))
            print(f"round {round_number + 1}/{args.rounds}", flush=True)
    for mode, samples in runs.items():
        pages = samples[0]["pages"]
        results[mode] = {
            "cpu_s_per_page": round(statistics.median(s["cpu_s"] for s in samples) / pages, 4),
            "min_cpu_s_per_page": round(min(s["cpu_s"] for s in samples) / pages, 4),
            "rounds": len(samples),
            "pages": pages,
            "pdf_bytes": samples[0]["pdf_bytes"],
            "peak_rss_mib": max(s["peak_rss_mib"] for s in samples),
        }
        print(f"{mode:10} {results[mode]}")
    floor, floor_ua = results["floor"]["cpu_s_per_page"], results["floor_ua"]["cpu_s_per_page"]
    results["ratios"] = {
        "spans / floor": round(results["spans"]["cpu_s_per_page"] / floor, 2),
        "keep_all / floor": round(results["keep_all"]["cpu_s_per_page"] / floor, 2),
        "pipeline / floor_ua": round(results["pipeline"]["cpu_s_per_page"] / floor_ua, 2),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "keep_all.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    rows = "\n".join(
        f"| {m} | {results[m]['cpu_s_per_page']} | {results[m]['min_cpu_s_per_page']} | "
        f"{results[m]['pdf_bytes']} | {results[m]['peak_rss_mib']} |"
        for m in MODES
    )
    ratios = "\n".join(f"| {name} | {value}× |" for name, value in results["ratios"].items())
    (RESULTS / "keep_all.md").write_text(
        "# Keeping Korean words whole: cost per page\n\n"
        f"`python bench/keep_all.py`, {results['floor']['pages']} shipped Korean pages, "
        f"{args.rounds} fresh processes per mode, modes interleaved; CPU seconds of rendering, per page.\n\n"
        "| mode | CPU s per page (median) | (min) | PDF bytes (all pages) | peak RSS MiB |\n|---|---|---|---|---|\n"
        f"{rows}\n\n| ratio | |\n|---|---|\n{ratios}\n\n"
        "The target (issue 9) is keep_all / floor ≤ 1.15.\n",
        encoding="utf-8",
    )
    print(f"written to {RESULTS.relative_to(ROOT)}/keep_all.json and keep_all.md")


if __name__ == "__main__":
    main()
