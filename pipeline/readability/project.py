"""Readability of every leaflet of a project, and what ``check`` says about it."""

from __future__ import annotations

from pipeline.config import Project
from pipeline.errors import ConfigError, LeafletError
from pipeline.findings import WARNING, Finding
from pipeline.model import Leaflet
from pipeline.readability.measure import GRADE_LIMIT, LeafletReadability, measure_leaflet
from pipeline.source import load_leaflets

CHECK = "readability"


def source_values(project: Project) -> dict[str, str]:
    """The values the source language's readers see for ``{emergency}`` and the like."""
    try:
        region = project.locale(project.source_locale).region
    except ConfigError:
        return {}
    return {"emergency": region.emergency, "language_line": region.language_line} if region else {}


def project_readability(
    project: Project, leaflets: tuple[str, ...] = ()
) -> tuple[list[LeafletReadability], list[LeafletError]]:
    """Every leaflet's readability (or only those named), and each leaflet that could not be read."""
    found, problems = load_leaflets(project)
    values = source_values(project)
    chosen = [leaflet for leaflet in found if not leaflets or leaflet.id in leaflets]
    wanted_problems = [p for p in problems if not leaflets or any(f"/{name}.md" in (p.file or "") for name in leaflets)]
    return [measure_leaflet(leaflet, values) for leaflet in chosen], wanted_problems


def source_findings(leaflet: Leaflet, project: Project) -> list[dict]:
    """What ``check`` says of one leaflet's readability, as build/.cache/ keeps it (plain data);
    raises DictionaryMissing."""
    found = readability_findings(measure_leaflet(leaflet, source_values(project)), project.source_locale)
    return [finding.to_dict() for finding in found]


def readability_findings(result: LeafletReadability, source_locale: str = "en") -> list[Finding]:
    """A warning for a leaflet above grade 8, and one for each section above it (3 sentences or more)."""
    findings = []
    if result.too_hard:
        findings.append(
            Finding(
                result.path,
                result.line,
                WARNING,
                CHECK,
                source_locale,
                result.id,
                "",
                f"the leaflet reads above grade {GRADE_LIMIT:g} ({_scores(result.grade, result.smog)}); "
                "aim for grade 6 to 8: shorter sentences, everyday words (`leaflets readability` lists the "
                "hardest sentences)",
            )
        )
    for section in result.sections:
        if section.counts.too_hard:
            findings.append(
                Finding(
                    result.path,
                    section.line,
                    WARNING,
                    CHECK,
                    source_locale,
                    result.id,
                    "",
                    f"section {section.title!r} reads above grade {GRADE_LIMIT:g} "
                    f"({_scores(section.counts.grade, section.counts.smog)})",
                )
            )
    return findings


def _scores(grade: float | None, smog: float | None) -> str:
    parts = [
        f"Flesch-Kincaid grade {grade:.1f}" if grade is not None else None,
        f"SMOG {smog:.1f}" if smog is not None else None,
    ]
    return ", ".join(part for part in parts if part)
