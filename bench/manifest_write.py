"""How long writing a build's manifest takes: ``Manifest.to_json`` on a manifest of N pairs.

Every build that changes something writes ``build/manifest.json`` (or ``dist/``'s) whole. The
manifest is made of records shaped as a real build's (``en`` and ``ko_KR`` pairs, an HTML and a
PDF each, every input's digest), its size printed beside the times. CPU seconds of this process,
median and minimum of the rounds. Not a test: run it by hand,
``python bench/manifest_write.py --pairs 200``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import time

from pipeline.manifest import LAID_OUT, Assessment, Checks, Manifest, OutputFile, PairRecord

INPUTS = ("mode", "source", "catalog", "common", "template messages", "config", "locale", "glossary")
INPUTS += ("code", "libraries", "fonts")


def digest(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def manifest(pairs: int) -> Manifest:
    records = {}
    for n in range(pairs):
        locale, leaflet = ("en", "ko_KR")[n % 2], f"ivig-ten-{n // 2:03d}"
        inputs = {name: digest(name, leaflet, locale) for name in INPUTS} | {"cited settings": "leaflets.toml:42"}
        title = "정맥 면역글로불린(IVIG)으로 독성 표피 괴사용해(TEN) 치료하기"
        assessment = Assessment(inputs, "ready", (), "2.1", title, 100, Checks(0, 3))
        made = dict(inputs, templates=digest("templates"), links="en ko_KR")
        files = {
            fmt: OutputFile(
                f"{locale}/{leaflet}.{fmt}",
                fmt,
                digest(fmt, leaflet, locale),
                40_000,
                made | ({LAID_OUT: digest("page", leaflet), "pdf libraries": digest("pdf")} if fmt == "pdf" else {}),
                "2.1",
                title,
                100,
                Checks(0, 3),
                "2026-12-01T22:39:09Z",
                0.41,
            )
            for fmt in ("html", "pdf")
        }
        records[(locale, leaflet)] = PairRecord(locale, leaflet, assessment, files)
    return Manifest(pairs=records)


def seconds(action, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.process_time()
        action()
        times.append(time.process_time() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    made = manifest(args.pairs)
    data = made.to_json()
    assert len(json.loads(data)["pairs"]) == args.pairs
    lines = data.count(b"\n")
    for name, action in (("to_json", made.to_json), ("json.loads", lambda: json.loads(data))):
        times = seconds(action, args.rounds)
        print(
            f"{name}: {args.pairs} pairs, {len(data) / 1024:.0f} KiB, {lines} lines: "
            f"median {statistics.median(times) * 1000:.1f} ms, min {min(times) * 1000:.1f} ms ({args.rounds} rounds)"
        )


if __name__ == "__main__":
    main()
