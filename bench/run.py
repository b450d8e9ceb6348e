"""The build benchmark (issue 9): a synthetic corpus, built the ways a team builds it.

``make bench`` runs this, then bench/keep_all.py. In a temporary directory it
clones the shipped leaflets (and their catalogs) under new ids, and measures,
in one run on this machine:

* ``leaflets build`` from nothing, with ``--jobs 1`` and ``--jobs 2``, on 100
  leaflets x (en, ko_KR) = 200 pairs, and on 50 leaflets x 4 locales;
* the floor: WeasyPrint alone (as released, no patch, no keep-all treatment,
  untagged and tagged PDF/UA-1) rendering the very HTML the build wrote, split
  over as many processes as the build has workers;
* a rebuild with nothing changed, and one after editing one catalog;
* ``leaflets check`` against ``msgfmt -c`` and ``leaflets update`` against
  ``msgmerge``, on the same catalogs; ``check`` also on the corpus with every
  clone's text varied (:func:`vary_corpus`), where no clone shares a sentence
  or an entry with another, as real leaflets do not;
* the peak memory of every build worker;
* the cost per pair of a full build at several corpus sizes (50 to 400 pairs);
* a profile (pyinstrument) of a rebuild with one translation changed, of one with
  nothing changed, of a serial full build, and of ``check --jobs 1`` on the varied
  corpus with nothing remembered.

Every command runs in a fresh process through bench/observe.py, which is the
command line itself plus a note of its workers' memory and CPU time. Wall
times are what a user waits; CPU times (the process and its workers) are what
the work costs, and are the fairer figure on a shared machine: the load
average before and after each step is recorded beside it. Results:
bench/results/build.json and bench/results/build.md.

``--check-only ROUNDS`` runs only the rows of ``check`` with nothing remembered
against ``msgfmt -c`` (both corpora, no build), alternated ROUNDS times, each
ratio taken within its round: bench/results/check.json and check.md, in a few
minutes.

    .venv/bin/python bench/run.py [--sizes 50,100,200,400] [--quick] [--check-only ROUNDS]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
OBSERVE = Path(__file__).resolve().parent / "observe.py"
SOURCE_LOCALE = "en"
_SUMMARY = re.compile(
    r"built (\d+), up to date (\d+), (?:PDFs kept \d+, )?(?:rendered the same \d+, )?"
    r"refused (\d+), withdrawn (\d+), failed (\d+) in ([\d.]+) s"
)
_LOCALE_TABLE = re.compile(r"^\[locales\.([A-Za-z_]+)\]")


# -- the corpus ---------------------------------------------------------------


def make_corpus(target: Path, leaflets: int, locales: tuple[str, ...]) -> Path:
    """A project in ``target``: this one's settings, templates and glossaries, the
    shipped leaflets cloned to ``leaflets`` ids (``ivig-ten-007``...), each with
    a copy of its catalog in every locale, and only ``locales`` configured."""
    target.mkdir(parents=True)
    shutil.copytree(ROOT / "templates", target / "templates")
    (target / "leaflets.toml").write_text(
        _only_locales((ROOT / "leaflets.toml").read_text(encoding="utf-8"), locales), encoding="utf-8"
    )
    shipped = sorted((ROOT / "source").glob("*.md"))
    (target / "source").mkdir()
    (target / "locales").mkdir()
    shutil.copy2(ROOT / "locales" / "common.pot", target / "locales" / "common.pot")
    for code in locales:
        if code == SOURCE_LOCALE:
            continue
        shutil.copytree(
            ROOT / "locales" / code, target / "locales" / code, ignore=shutil.ignore_patterns("*.mo", "*.po")
        )
        shutil.copy2(
            ROOT / "locales" / code / "LC_MESSAGES" / "common.po",
            target / "locales" / code / "LC_MESSAGES" / "common.po",
        )
    for number in range(leaflets):
        original = shipped[number % len(shipped)]
        clone = f"{original.stem}-{number:03d}"
        _copy_renamed(original, target / "source" / f"{clone}.md", original.stem, clone)
        _copy_renamed(
            ROOT / "locales" / f"{original.stem}.pot", target / "locales" / f"{clone}.pot", original.stem, clone
        )
        for code in locales:
            if code != SOURCE_LOCALE:
                _copy_renamed(
                    ROOT / "locales" / code / "LC_MESSAGES" / f"{original.stem}.po",
                    target / "locales" / code / "LC_MESSAGES" / f"{clone}.po",
                    original.stem,
                    clone,
                )
    return target


# -- a corpus whose clones do not share their text ---------------------------------

_PLAIN_WORD = re.compile(r"[a-z]+")
_VARIED_EVERY = 5  # a word is added after every fifth plain word of a line
_PLAIN_TRANSLATED_WORD = re.compile(r"[^\W\d_]{2,}")  # letters only: Hangul, Latin, Arabic, Han


def vary_corpus(project: Path) -> Path:
    """Make every clone of ``project`` (:func:`make_corpus`) say something of its own: a word from
    the shipped leaflets' vocabulary added after every fifth plain word of its title, summary and
    body, the word and the places depending on the clone's number, and its catalogs' msgids the
    English units extracted again, each translation with a word of its language's shipped
    translations added the same way. Caches keyed by content (a sentence's
    counts, an entry's findings) then miss as they would on leaflets that are really different.
    Each clone's clinical review is recorded again for its new English, as
    ``leaflets review en ID --by NAME --on DATE`` would: distinct leaflets each have their own
    review, and a corpus of stale reviews would measure the error path (asking git, once a leaflet)."""
    sources = sorted((project / "source").glob("*.md"))
    vocabulary = sorted(
        {
            word
            for path in (ROOT / "source").glob("*.md")
            for word in re.findall(r"\b[a-z]{3,}\b", path.read_text(encoding="utf-8"))
        }
    )
    for number, path in enumerate(sources):
        lines = path.read_text(encoding="utf-8").split("\n")
        closing = lines.index("---", 1)
        for index, line in enumerate(lines):
            if index > closing or line.startswith(("title:", "summary:")):
                lines[index] = _varied(line, number, index, vocabulary)
        path.write_text("\n".join(lines), encoding="utf-8")
    _reviewed_again(project, sources)
    subprocess.run([sys.executable, "-m", "pipeline", "extract"], cwd=project, check=True, capture_output=True)
    import polib

    translated_words = {  # each locale's, from the shipped catalogs
        folder.name: sorted(
            {
                word
                for catalog in folder.glob("LC_MESSAGES/*.po")
                for entry in polib.pofile(str(catalog))
                for word in _PLAIN_TRANSLATED_WORD.findall(entry.msgstr)
            }
        )
        for folder in (ROOT / "locales").iterdir()
        if folder.is_dir()
    }
    for number, path in enumerate(sources):
        extracted: dict[tuple[str, str], list[str]] = {}  # a table row's cells share a line: in order
        for entry in polib.pofile(str(project / "locales" / f"{path.stem}.pot")):
            for occurrence in entry.occurrences:
                extracted.setdefault(occurrence, []).append(entry.msgid)
        for catalog in project.glob(f"locales/*/LC_MESSAGES/{path.stem}.po"):
            po, taken = polib.pofile(str(catalog), wrapwidth=0), dict.fromkeys(extracted, 0)
            for entry in po:
                if entry.occurrences and entry.occurrences[0] in extracted:
                    msgids = extracted[entry.occurrences[0]]
                    entry.msgid = msgids[min(taken[entry.occurrences[0]], len(msgids) - 1)]
                    taken[entry.occurrences[0]] += 1
                    # The translations differ too, as really different leaflets' do: the clones'
                    # catalogs sharing every msgstr would let a cache of what was found in a
                    # translation hit on every clone.
                    entry.msgstr = _varied_translation(entry.msgstr, number, translated_words[catalog.parts[-3]])
            po.save(str(catalog))
    return project


def _reviewed_again(project: Path, sources: list[Path]) -> None:
    """Each source's clinical review recorded for its English as it is now (reviewer and day kept),
    as ``leaflets review en ID --by NAME --on DATE`` records it."""
    sys.path.insert(0, str(ROOT))
    from pipeline.config import load_project
    from pipeline.review_command import record_clinical_review
    from pipeline.source import read_leaflet

    loaded = load_project(project)
    for path in sources:
        leaflet = read_leaflet(path, f"source/{path.name}", loaded)
        record_clinical_review(loaded, path.stem, leaflet.reviewed_by, leaflet.reviewed_on)


def _varied(line: str, number: int, line_index: int, vocabulary: list[str]) -> str:
    words, out = line.split(" "), []
    for index, word in enumerate(words):
        out.append(word)
        if index % _VARIED_EVERY == number % _VARIED_EVERY and _PLAIN_WORD.fullmatch(word):
            out.append(vocabulary[(31 * number + 7 * index + 13 * line_index) % len(vocabulary)])
    return " ".join(out)


def _varied_translation(text: str, number: int, vocabulary: list[str]) -> str:
    """``text`` with a word of the shipped translations added after every fifth word written in
    letters only (no digit, markup or punctuation is moved or added), the word and the places
    depending on the clone's number."""
    words, out = text.split(" "), []
    for index, word in enumerate(words):
        out.append(word)
        if index % _VARIED_EVERY == number % _VARIED_EVERY and _PLAIN_TRANSLATED_WORD.fullmatch(word):
            out.append(vocabulary[(31 * number + 7 * index) % len(vocabulary)])
    return " ".join(out)


def _only_locales(config: str, locales: tuple[str, ...]) -> str:
    """``leaflets.toml`` without the ``[locales.X]`` tables of other locales."""
    kept, keeping = [], True
    for line in config.splitlines(keepends=True):
        if line.startswith("["):
            table = _LOCALE_TABLE.match(line)
            keeping = not table or table.group(1) in locales
        if keeping:
            kept.append(line)
    return "".join(kept)


def _copy_renamed(source: Path, target: Path, old_id: str, new_id: str) -> None:
    text = source.read_text(encoding="utf-8")
    text = text.replace(f"id: {old_id}\n", f"id: {new_id}\n").replace(f"source/{old_id}.md", f"source/{new_id}.md")
    text = text.replace(f"leaflets {old_id}\\n", f"leaflets {new_id}\\n").replace(f"'{old_id}'", f"'{new_id}'")
    target.write_text(text, encoding="utf-8")


def edit_one_catalog(project: Path, locale: str) -> str:
    """A translator's edit to one catalog: a comment in its first entry (the pages do not change, the digest does)."""
    catalog = max((project / "locales" / locale / "LC_MESSAGES").glob("*.po"))
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace("\n\n#.", "\n\n# bench: one comma fixed\n#.", 1), encoding="utf-8")
    return catalog.stem


def edit_one_translation(project: Path, locale: str) -> str:
    """A translator fixing one comma: the first translation with ", " in the first catalog loses
    that comma (its page changes, so it is really rendered again)."""
    catalog = min((project / "locales" / locale / "LC_MESSAGES").glob("*-*.po"))
    lines = catalog.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith('msgstr "') and ", " in line and i > 20)
    lines[number] = lines[number].replace(", ", " ", 1)
    catalog.write_text("\n".join(lines), encoding="utf-8")
    return catalog.stem


# -- running a command --------------------------------------------------------


def leaflets(project: Path, *args: str) -> dict:
    """One ``leaflets`` command in a fresh process: wall and CPU time, memory, output."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as note:
        note_path = Path(note.name)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(OBSERVE), str(note_path), *args], cwd=project, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    observed = json.loads(note_path.read_text(encoding="utf-8")) if note_path.stat().st_size else {}
    note_path.unlink()
    workers = observed.get("workers", {})
    cpu = observed.get("cpu_s", 0.0) + sum(w["cpu_s"] or 0.0 for w in workers.values())
    result = {
        "command": "leaflets " + " ".join(args),
        "exit": done.returncode,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "main_peak_rss_mib": observed.get("peak_rss_mib"),
        "worker_peak_rss_mib": sorted(w["peak_rss_mib"] for w in workers.values()),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }
    summary = _SUMMARY.search(done.stdout + done.stderr)
    if summary:
        result.update(
            zip(("built", "up_to_date", "refused", "withdrawn", "failed"), map(int, summary.groups()[:5]), strict=True)
        )
    if args[0] == "build" and (not summary or result["failed"]):
        raise SystemExit(
            f"bench: {result['command']} failed in {project}:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        )
    print(
        f"  {result['command']:40} {wall:7.1f} s wall {cpu:7.1f} s CPU  "
        f"(load {result['load_before']} -> {result['load_after']})",
        flush=True,
    )
    return result


def gettext_tools(project: Path, tools: tuple[str, ...] = ("msgfmt -c", "msgmerge")) -> dict:
    """``msgfmt -c`` and ``msgmerge`` on every catalog, one process each, as a script would run them."""
    catalogs = sorted(project.glob("locales/*/LC_MESSAGES/*.po"))
    results = {}
    commands = {
        "msgfmt -c": lambda po: ["msgfmt", "-c", "--check-format", "-o", os.devnull, str(po)],
        "msgmerge": lambda po: [
            "msgmerge",
            "--quiet",
            "-o",
            os.devnull,
            str(po),
            str(project / "locales" / f"{po.stem}.pot"),
        ],
    }
    for tool in tools:
        command = commands[tool]
        before, started = os.times(), time.perf_counter()
        for po in catalogs:
            subprocess.run(command(po), check=True, capture_output=True)
        after = os.times()
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        results[tool] = {
            "catalogs": len(catalogs),
            "wall_s": round(time.perf_counter() - started, 2),
            "cpu_s": round(cpu, 2),
        }
        print(f"  {tool:40} {results[tool]['wall_s']:7.1f} s wall {cpu:7.1f} s CPU", flush=True)
    return results


# -- the floor: WeasyPrint alone on the same HTML -----------------------------


def floor(project: Path, workers: int, variant: str | None) -> dict:
    """Every PDF the build made, rendered again by WeasyPrint as released from the
    build's own HTML (word joiners removed: no keep-all treatment at all) and the
    print CSS the build used, split over ``workers`` fresh processes."""
    pages = project / ".floor"
    if not pages.exists():
        subprocess.run([sys.executable, __file__, "--final-pages", str(project)], check=True, cwd=project)
    listed = sorted(p.stem for p in pages.glob("*.html"))
    shares = [listed[i::workers] for i in range(workers)]
    started = time.perf_counter()
    running = [
        subprocess.Popen(
            [sys.executable, __file__, "--floor-render", str(pages), variant or "", *share],
            stdout=subprocess.PIPE,
            text=True,
            cwd=project,
        )
        for share in shares
    ]
    outputs = [json.loads(process.communicate()[0]) for process in running]
    wall = time.perf_counter() - started
    result = {
        "pages": len(listed),
        "processes": workers,
        "wall_s": round(wall, 2),
        "cpu_s": round(sum(o["cpu_s"] for o in outputs), 2),
        "cpu_total_s": round(sum(o["cpu_total_s"] for o in outputs), 2),
        "peak_rss_mib": max(o["peak_rss_mib"] for o in outputs),
        "pdf_variant": variant or "none",
    }
    print(f"  {'floor ' + (variant or 'untagged'):40} {wall:7.1f} s wall {result['cpu_s']:7.1f} s CPU", flush=True)
    return result


def final_pages(project_dir: Path) -> None:
    """The print CSS of every PDF the build made, beside a copy of its HTML, in .floor/."""
    sys.path.insert(0, str(ROOT))
    from pipeline.config import load_project
    from pipeline.jobs import load_catalog
    from pipeline.render_html import Renderer
    from pipeline.source import load_leaflets

    project = load_project(project_dir)
    leaflets, _ = load_leaflets(project)
    renderer = Renderer(project)
    out = project_dir / ".floor"
    out.mkdir()
    for loc in project.locales:
        common = load_catalog(project, loc.code, "common").table
        for leaflet in leaflets:
            html = project.build_dir / loc.code / f"{leaflet.id}.html"
            if not (html.with_suffix(".pdf")).exists():
                continue
            page = renderer.leaflet(
                leaflet, loc, load_catalog(project, loc.code, leaflet.id).table, common, [], draft=True
            )
            (out / f"{loc.code}-{leaflet.id}.html").write_text(
                html.read_text(encoding="utf-8").replace("\u2060", ""), encoding="utf-8"
            )
            (out / f"{loc.code}-{leaflet.id}.css").write_text(page.print_css, encoding="utf-8")


def floor_render(pages: Path, variant: str, names: list[str]) -> None:
    """In this process: WeasyPrint as released renders ``names``; prints CPU time and peak memory."""
    import resource

    from weasyprint import CSS, HTML

    start = time.process_time()  # after Python and WeasyPrint are loaded: the render alone
    for name in names:
        HTML(string=(pages / f"{name}.html").read_text(encoding="utf-8")).render(
            stylesheets=[CSS(string=(pages / f"{name}.css").read_text(encoding="utf-8"))], pdf_variant=variant or None
        ).write_pdf(pdf_variant=variant or None)
    print(
        json.dumps(
            {
                "cpu_s": time.process_time() - start,
                # The whole process, as the build's workers are counted: Python, importing WeasyPrint, rendering.
                "cpu_total_s": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
                "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            }
        )
    )


# -- profiles -----------------------------------------------------------------


def profile(project: Path, name: str, *args: str) -> str:
    """A pyinstrument profile of one command, as text in bench/results/."""
    target = RESULTS / f"profile-{name}.txt"
    subprocess.run(
        [sys.executable, "-m", "pyinstrument", "--renderer", "text", "--outfile", str(target), "-m", "pipeline", *args],
        cwd=project,
        check=False,
        capture_output=True,
    )
    if not target.exists() or not target.read_text(encoding="utf-8").strip():
        raise SystemExit(f"the profile of leaflets {' '.join(args)} is empty: {target.relative_to(ROOT)}")
    print(f"  profile of leaflets {' '.join(args)} -> {target.relative_to(ROOT)}", flush=True)
    return target.relative_to(ROOT).as_posix()


# -- the run ------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="50,100,200,400",
        help="pairs (en + ko_KR) of the full builds that show the cost per pair (default 50,100,200,400)",
    )
    parser.add_argument("--leaflets", type=int, default=100, help="leaflets of the main corpus (default 100)")
    parser.add_argument(
        "--quick", action="store_true", help="a small run to try the benchmark: 10 leaflets, sizes 20,40"
    )
    parser.add_argument(
        "--check-only",
        type=int,
        metavar="ROUNDS",
        help="only the rows of check with nothing remembered against msgfmt -c, on both corpora, alternated "
        "ROUNDS times (medians; no build): bench/results/check.json and check.md",
    )
    parser.add_argument("--final-pages", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--floor-render", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.final_pages:
        final_pages(args.final_pages)
        return
    if args.floor_render:
        floor_render(Path(args.floor_render[0]), args.floor_render[1], args.floor_render[2:])
        return
    if args.check_only:
        check_only(args.leaflets, args.check_only)
        return
    count, sizes = (10, [20, 40]) if args.quick else (args.leaflets, [int(s) for s in args.sizes.split(",")])
    results: dict = {
        "machine": {
            "python": platform.python_version(),
            "cpu": platform.machine(),
            "cores": os.cpu_count(),
            "load_at_start": [round(x, 2) for x in os.getloadavg()],
            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "arguments": " ".join(sys.argv[1:]) or "(none: the full run)",
        },
    }
    with tempfile.TemporaryDirectory(prefix="leaflets-bench-") as temp:
        main_corpus = make_corpus(Path(temp) / "two", count, (SOURCE_LOCALE, "ko_KR"))
        print(f"{count} leaflets x (en, ko_KR) in {main_corpus}", flush=True)
        runs = results["two_locales"] = {"leaflets": count, "pairs": 2 * count}
        runs["full_jobs_1"] = leaflets(main_corpus, "build", "--jobs", "1")
        shutil.rmtree(main_corpus / "build")
        runs["full_jobs_2"] = leaflets(main_corpus, "build", "--jobs", "2")
        runs["floor"] = floor(main_corpus, 2, None)
        runs["floor_ua"] = floor(main_corpus, 2, "pdf/ua-1")
        runs["no_op"] = [leaflets(main_corpus, "build", "--jobs", "2") for _ in range(3)]
        edited = edit_one_catalog(main_corpus, "ko_KR")
        runs["one_catalog"] = leaflets(main_corpus, "build", "--jobs", "2")
        runs["one_catalog"]["edited"] = f"locales/ko_KR/LC_MESSAGES/{edited}.po"
        edited = edit_one_translation(main_corpus, "ko_KR")
        runs["one_translation"] = leaflets(main_corpus, "build", "--jobs", "2")
        runs["one_translation"]["edited"] = f"locales/ko_KR/LC_MESSAGES/{edited}.po"
        runs["status"] = leaflets(main_corpus, "status")
        # What the builds checked is remembered (build/.cache/), and so is the readability of each
        # source they read: the check after them measures nothing again, nor does the second.
        runs["check_after_build"] = leaflets(main_corpus, "check")
        runs["check"] = leaflets(main_corpus, "check")
        for kind in _CHECK_REMEMBERS:
            shutil.rmtree(main_corpus / "build" / ".cache" / kind, ignore_errors=True)
        runs["check_cold"] = leaflets(main_corpus, "check")  # every catalog checked afresh
        runs["update"] = leaflets(main_corpus, "update")
        runs["gettext"] = gettext_tools(main_corpus)
        # The clones share their text, and check measures and checks each distinct sentence and
        # entry once: clones are nearly free. The same corpus with every clone's text varied
        # (vary_corpus) costs what leaflets that are really different cost.
        varied = vary_corpus(make_corpus(Path(temp) / "varied", count, (SOURCE_LOCALE, "ko_KR")))
        runs["check_varied"] = leaflets(varied, "check")  # nothing remembered: no build/ at all
        runs["check_varied"]["msgfmt -c"] = gettext_tools(varied, ("msgfmt -c",))["msgfmt -c"]
        # Where that check's time goes, in one process: what it remembered removed, all checked again.
        shutil.rmtree(varied / "build", ignore_errors=True)
        check_profile = profile(varied, "check-varied-jobs-1", "check", "--jobs", "1")
        shutil.rmtree(varied)
        edit_one_translation(main_corpus, "ko_KR")
        results["profiles"] = [
            profile(main_corpus, "one-translation", "build"),
            profile(main_corpus, "no-op", "build"),
            profile(
                make_corpus(Path(temp) / "profiled", 5, (SOURCE_LOCALE, "ko_KR")), "full-jobs-1", "build", "--jobs", "1"
            ),
            check_profile,
        ]

        four = make_corpus(Path(temp) / "four", count // 2, (SOURCE_LOCALE, "ko_KR", "es", "zh_TW"))
        print(f"{count // 2} leaflets x (en, ko_KR, es, zh_TW) in {four}", flush=True)
        results["four_locales"] = {
            "leaflets": count // 2,
            "pairs": 4 * (count // 2),
            "full_jobs_2": leaflets(four, "build", "--jobs", "2"),
            "no_op": leaflets(four, "build", "--jobs", "2"),
        }
        shutil.rmtree(four)

        scaling = results["cost_per_pair"] = []
        for pairs in sizes:
            if pairs == 2 * count:
                run = runs["full_jobs_2"]
            else:
                corpus = make_corpus(Path(temp) / f"scale-{pairs}", pairs // 2, (SOURCE_LOCALE, "ko_KR"))
                print(f"{pairs // 2} leaflets x (en, ko_KR)", flush=True)
                run = leaflets(corpus, "build", "--jobs", "2")
                shutil.rmtree(corpus)
            scaling.append(
                {
                    "pairs": pairs,
                    "wall_s": run["wall_s"],
                    "cpu_s": run["cpu_s"],
                    "wall_s_per_pair": round(run["wall_s"] / pairs, 3),
                    "cpu_s_per_pair": round(run["cpu_s"] / pairs, 3),
                    "load_before": run["load_before"],
                }
            )
    results["machine"]["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["targets"] = targets(results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "build.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (RESULTS / "build.md").write_text(report(results), encoding="utf-8")
    print(report(results))
    print("written to bench/results/build.json and bench/results/build.md")


_CHECK_REMEMBERS = ("checks", "entries", "sources")  # the kinds of build/.cache/ check writes


def check_only(count: int, rounds: int) -> None:
    """The rows "check, nothing remembered" of the full run, on the cloned and the varied corpus,
    each beside ``msgfmt -c`` on the same catalogs, alternated ``rounds`` times: a shared
    machine's load changes within a minute, and a ratio is fair only between runs side by side.
    The cloned corpus is checked once first and then has what check remembers removed before
    each round, as the full run leaves it after its builds; the varied one has no build/ at all."""
    results: dict = {
        "machine": {
            "python": platform.python_version(),
            "cores": os.cpu_count(),
            "load_at_start": [round(x, 2) for x in os.getloadavg()],
            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "arguments": " ".join(sys.argv[1:]),
        },
    }
    with tempfile.TemporaryDirectory(prefix="leaflets-bench-") as temp:
        cloned = make_corpus(Path(temp) / "two", count, (SOURCE_LOCALE, "ko_KR"))
        varied = vary_corpus(make_corpus(Path(temp) / "varied", count, (SOURCE_LOCALE, "ko_KR")))
        leaflets(cloned, "check")  # what a build leaves in build/.cache/ besides what check remembers
        rows: dict[str, list[dict]] = {
            "check_cold": [],
            "cloned msgfmt -c": [],
            "check_varied": [],
            "varied msgfmt -c": [],
        }
        for _ in range(rounds):
            for kind in _CHECK_REMEMBERS:
                shutil.rmtree(cloned / "build" / ".cache" / kind, ignore_errors=True)
            rows["check_cold"].append(leaflets(cloned, "check"))
            rows["cloned msgfmt -c"].append(gettext_tools(cloned, ("msgfmt -c",))["msgfmt -c"])
            shutil.rmtree(varied / "build", ignore_errors=True)
            rows["check_varied"].append(leaflets(varied, "check"))
            rows["varied msgfmt -c"].append(gettext_tools(varied, ("msgfmt -c",))["msgfmt -c"])
    results["rounds"] = rows
    results["machine"]["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
    median = {
        name: {m: statistics.median(r[m] for r in runs) for m in ("wall_s", "cpu_s")} for name, runs in rows.items()
    }
    results["medians"] = median

    def ratio(check: str, tool: str, measure: str) -> float:
        """The median of each round's ratio: a round's two commands ran side by side, under one load."""
        return round(
            statistics.median(c[measure] / t[measure] for c, t in zip(rows[check], rows[tool], strict=True)), 2
        )

    results["targets"] = [
        _target(
            f"{what} / msgfmt -c (wall, median of the {rounds} rounds' ratios; CPU {ratio(check, tool, 'cpu_s')}×)",
            "≤ 3",
            ratio(check, tool, "wall_s"),
            ratio(check, tool, "wall_s") <= 3,
        )
        for check, tool, what in (
            ("check_cold", "cloned msgfmt -c", "check, nothing remembered"),
            ("check_varied", "varied msgfmt -c", "check, nothing remembered, every clone's text varied"),
        )
    ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "check.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    machine = results["machine"]
    lines = [
        "# check with nothing remembered, against msgfmt -c",
        "",
        f"`bench/run.py {machine['arguments']}` on {machine['cores']} cores, Python {machine['python']}, started "
        f"{machine['started']}; load average {machine['load_at_start']} at the start, {machine['load_at_end']} at "
        f"the end (a shared machine: wall times include other people's work; CPU times are the commands' own). "
        f"{count} leaflets × (en, ko_KR); each round runs the four commands below one after the other.",
        "",
        "| measure | target | reached | met |",
        "|---|---|---|---|",
        *(f"| {t['measure']} | {t['target']} | {t['reached']} | {t['met']} |" for t in results["targets"]),
        "",
        "| run | wall s, each round | CPU s, each round | median wall s | median CPU s |",
        "|---|---|---|---|---|",
        *(
            f"| {name} | {', '.join(str(r['wall_s']) for r in runs)} | {', '.join(str(r['cpu_s']) for r in runs)} | "
            f"{median[name]['wall_s']} | {median[name]['cpu_s']} |"
            for name, runs in rows.items()
        ),
        "",
    ]
    (RESULTS / "check.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def targets(results: dict) -> list[dict]:
    """Issue 9's targets, each with what this run reached."""
    runs = results["two_locales"]
    pairs = runs["pairs"]
    full, floor_cpu = runs["full_jobs_2"], runs["floor"]["cpu_s"]
    no_op = statistics.median(r["wall_s"] for r in runs["no_op"])
    msgmerge = runs["gettext"]["msgmerge"]["wall_s"]
    workers = [mib for run in (runs["full_jobs_2"], runs["one_catalog"]) for mib in run["worker_peak_rss_mib"]]
    per_pair = [row["cpu_s_per_pair"] for row in results["cost_per_pair"]]
    return [
        _target(f"full build, {pairs} pairs, --jobs 2 (wall)", "≤ 40 s", full["wall_s"], full["wall_s"] <= 40),
        _target(
            "full build --jobs 2 wall / (floor CPU / 2)",
            "≤ 1.15",
            round(full["wall_s"] / (floor_cpu / 2), 2),
            full["wall_s"] <= 1.15 * floor_cpu / 2,
        ),
        _target(
            "full build CPU / floor CPU (untagged)",
            "(pipeline's cost over WeasyPrint alone)",
            round(full["cpu_s"] / floor_cpu, 2),
            None,
        ),
        _target(
            "full build CPU / floor CPU (tagged PDF/UA-1)",
            "(the same, both tagged)",
            round(full["cpu_s"] / runs["floor_ua"]["cpu_s"], 2),
            None,
        ),
        _target(
            "full build --jobs 1 CPU / floor process CPU (tagged)",
            "(the same, one process)",
            round(runs["full_jobs_1"]["cpu_s"] / runs["floor_ua"]["cpu_total_s"], 2),
            None,
        ),
        _target(
            "full build CPU / floor process CPU (tagged, with Python and WeasyPrint loading)",
            "(the same, both whole programs)",
            round(full["cpu_s"] / runs["floor_ua"]["cpu_total_s"], 2),
            None,
        ),
        _target("no-op rebuild (median of 3, wall)", "< 1 s", no_op, no_op < 1),
        _target(
            "no-op rebuild (median of 3, CPU)",
            "(< 1 s)",
            statistics.median(r["cpu_s"] for r in runs["no_op"]),
            statistics.median(r["cpu_s"] for r in runs["no_op"]) < 1,
        ),
        *(
            _target(
                f"{what} (wall; CPU {runs[name]['cpu_s']} s)", "< 3 s", runs[name]["wall_s"], runs[name]["wall_s"] < 3
            )
            for name, what in (
                ("one_catalog", "one catalog changed, pages the same (a comment)"),
                ("one_translation", "one translation changed (a comma), its page rendered again"),
            )
        ),
        *(
            _target(
                f"{what} / msgfmt -c (wall; CPU {round(runs[name]['cpu_s'] / _msgfmt(runs, name, 'cpu_s'), 2)}×)",
                "≤ 3",
                round(runs[name]["wall_s"] / _msgfmt(runs, name, "wall_s"), 2),
                runs[name]["wall_s"] <= 3 * _msgfmt(runs, name, "wall_s"),
            )
            for name, what in (
                ("check_after_build", "check after a build (catalogs and readability remembered)"),
                ("check", "check, nothing changed since the last check"),
                (
                    "check_cold",
                    "check, nothing remembered (what check remembers in build/.cache/ removed)",
                ),
                ("check_varied", "check, nothing remembered, every clone's text varied (no text shared)"),
            )
        ),
        _target("update / msgmerge (wall)", "(reported)", round(runs["update"]["wall_s"] / msgmerge, 2), None),
        _target("peak memory per worker (MiB)", "< 400", max(workers, default=0), max(workers, default=0) < 400),
        _target(
            "CPU per pair, largest / smallest corpus",
            "flat (≈ 1)",
            round(per_pair[-1] / per_pair[0], 2) if per_pair else None,
            bool(per_pair) and per_pair[-1] / per_pair[0] <= 1.15,
        ),
    ]


def _msgfmt(runs: dict, name: str, measure: str) -> float:
    """``msgfmt -c`` on the same catalogs: measured beside the run when it carries its own."""
    return max(runs[name].get("msgfmt -c", runs["gettext"]["msgfmt -c"])[measure], 0.01)


def _target(name: str, target: str, reached, met: bool | None) -> dict:
    return {
        "measure": name,
        "target": target,
        "reached": reached,
        "met": "n/a" if met is None else "yes" if met else "no",
    }


def report(results: dict) -> str:
    runs, four = results["two_locales"], results["four_locales"]
    machine = results["machine"]

    def row(name: str, run: dict) -> str:
        counts = f"{run.get('built', '')} / {run.get('up_to_date', '')}" if "built" in run else ""
        return (
            f"| {name} | {run['wall_s']} | {run['cpu_s']} | {counts} | "
            f"{', '.join(map(str, run.get('worker_peak_rss_mib', []))) or '—'} | "
            f"{run.get('load_before', '')} → {run.get('load_after', '')} |"
        )

    lines = [
        "# Build benchmark",
        "",
        (
            f"`bench/run.py {machine.get('arguments', '')}` on {machine['cores']} cores, Python {machine['python']}, started "
            f"{machine['started']}; load average {machine['load_at_start']} at the start, "
            f"{machine['load_at_end']} at the end (a shared machine: wall times include other people's work; "
            "CPU times are this build's own processes and workers)."
        ),
        "",
        "## Targets (issue 9)",
        "",
        "| measure | target | reached | met |",
        "|---|---|---|---|",
        *(f"| {t['measure']} | {t['target']} | {t['reached']} | {t['met']} |" for t in results["targets"]),
        "",
        f"## {runs['leaflets']} leaflets × (en, ko_KR) = {runs['pairs']} pairs",
        "",
        "| run | wall s | CPU s | built / up to date | worker peak MiB | load |",
        "|---|---|---|---|---|---|",
        row("full build --jobs 1", runs["full_jobs_1"]),
        row("full build --jobs 2", runs["full_jobs_2"]),
        *(row(f"no-op rebuild ({i + 1})", run) for i, run in enumerate(runs["no_op"])),
        row(f"one catalog changed, a comment ({runs['one_catalog']['edited']})", runs["one_catalog"]),
        row(f"one translation changed, a comma ({runs['one_translation']['edited']})", runs["one_translation"]),
        row("leaflets status", runs["status"]),
        row("leaflets check (after the builds: catalogs and readability remembered)", runs["check_after_build"]),
        row("leaflets check (again: everything remembered)", runs["check"]),
        row("leaflets check (nothing remembered)", runs["check_cold"]),
        row("leaflets check (nothing remembered, every clone's text varied)", runs["check_varied"]),
        (
            f"| msgfmt -c on each of the varied corpus's {runs['check_varied']['msgfmt -c']['catalogs']} catalogs | "
            f"{runs['check_varied']['msgfmt -c']['wall_s']} | {runs['check_varied']['msgfmt -c']['cpu_s']} | | | |"
        ),
        row("leaflets update", runs["update"]),
        *(
            f"| {tool} on each of {r['catalogs']} catalogs | {r['wall_s']} | {r['cpu_s']} | | | |"
            for tool, r in runs["gettext"].items()
        ),
        *(
            f"| floor: WeasyPrint alone, {r['pages']} PDFs, {r['pdf_variant']}, {r['processes']} processes | "
            f"{r['wall_s']} | {r['cpu_s']} (whole processes: {r['cpu_total_s']}) | | {r['peak_rss_mib']} | |"
            for r in (runs["floor"], runs["floor_ua"])
        ),
        "",
        f"## {four['leaflets']} leaflets × (en, ko_KR, es, zh_TW) = {four['pairs']} pairs",
        "",
        "| run | wall s | CPU s | built / up to date | worker peak MiB | load |",
        "|---|---|---|---|---|---|",
        row("full build --jobs 2", four["full_jobs_2"]),
        row("no-op rebuild", four["no_op"]),
        "",
        "## Cost per pair (full build, --jobs 2, en + ko_KR)",
        "",
        "| pairs | wall s | CPU s | wall s per pair | CPU s per pair | load before |",
        "|---|---|---|---|---|---|",
        *(
            f"| {r['pairs']} | {r['wall_s']} | {r['cpu_s']} | {r['wall_s_per_pair']} | {r['cpu_s_per_pair']} | "
            f"{r['load_before']} |"
            for r in results["cost_per_pair"]
        ),
        "",
        "## Profiles",
        "",
        *(f"- [{Path(p).name}]({Path(p).name})" for p in results["profiles"]),
        "",
        (
            "Keeping Korean words whole, against the floor: [keep_all.md](keep_all.md) (bench/keep_all.py, "
            "run by `make bench` after this)."
        ),
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
