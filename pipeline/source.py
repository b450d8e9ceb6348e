"""Read ``source/<id>.md``: YAML front matter plus a Markdown body -> Leaflet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from pipeline.config import Project
from pipeline.errors import LeafletError, SourceError
from pipeline.markdown import fold_white_space, segment
from pipeline.model import SUMMARY, TITLE, Leaflet, Unit
from pipeline.regions import check_source_text

REQUIRED_KEYS = ("id", "title", "summary", "reviewed_by", "reviewed_on", "references")
OPTIONAL_KEYS = ("version",)
FENCE = "---"


def leaflet_paths(source_dir: Path) -> list[Path]:
    return sorted(source_dir.glob("*.md"))


def load_leaflets(project: Project) -> tuple[list[Leaflet], list[LeafletError]]:
    """Every readable leaflet, and the error of each one that is not."""
    leaflets: list[Leaflet] = []
    problems: list[LeafletError] = []
    for path in leaflet_paths(project.source_dir):
        try:
            leaflets.append(read_leaflet(path, project.relative(path)))
        except LeafletError as exc:
            problems.append(exc)
    return leaflets, problems


def read_leaflet(path: Path, relpath: str) -> Leaflet:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 ({exc.reason})", relpath) from None
    return parse_leaflet(text, relpath, expected_id=path.stem)


def parse_leaflet(text: str, relpath: str, expected_id: str | None = None) -> Leaflet:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != FENCE:
        raise SourceError("a leaflet starts with YAML front matter between '---' lines", relpath, 1)
    try:
        closing = next(i for i in range(1, len(lines)) if lines[i].rstrip() == FENCE)
    except StopIteration:
        raise SourceError("the front matter opened on line 1 is never closed with '---'", relpath, 1) from None
    front_text = "".join(lines[1:closing])
    fields, key_lines = _parse_front_matter(front_text, relpath)
    body_line = closing + 2  # 1-based line after the closing fence

    def line_of(key: str) -> int:
        return key_lines.get(key, 1)

    missing = [key for key in REQUIRED_KEYS if key not in fields]
    if missing:
        raise SourceError(f"front matter lacks required key(s): {', '.join(missing)}", relpath, closing + 1)
    unknown = sorted(set(fields) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise SourceError(f"unknown front matter key {unknown[0]!r}", relpath, line_of(unknown[0]))

    leaflet_id = _text(fields, "id", relpath, line_of)
    if expected_id is not None and leaflet_id != expected_id:
        raise SourceError(f"id {leaflet_id!r} does not match the file name {expected_id!r}", relpath, line_of("id"))
    references = fields["references"]
    if not isinstance(references, list) or not all(isinstance(r, str) and r.strip() for r in references):
        raise SourceError("references must be a list of strings", relpath, line_of("references"))
    if not references:
        raise SourceError("references must name at least one source", relpath, line_of("references"))
    version = fields.get("version")
    reviewed_on = _date(fields["reviewed_on"], relpath, line_of("reviewed_on"))
    body = "".join(lines[closing + 1:])
    body_units = segment(body, body_line, relpath)
    if not body_units:
        raise SourceError("the leaflet has no text after its front matter", relpath, body_line)
    title = Unit(fold_white_space(_text(fields, "title", relpath, line_of)), line_of("title"), TITLE)
    summary = Unit(fold_white_space(_text(fields, "summary", relpath, line_of)), line_of("summary"), SUMMARY)
    for unit in (title, summary, *body_units):
        check_source_text(unit.msgid, relpath, unit.line)
    return Leaflet(
        id=leaflet_id,
        path=relpath,
        title=title,
        summary=summary,
        reviewed_by=_text(fields, "reviewed_by", relpath, line_of),
        reviewed_on=reviewed_on,
        references=tuple(r.strip() for r in references),
        body=body,
        body_line=body_line,
        body_units=body_units,
        version=str(version) if version is not None else None,
    )


def _parse_front_matter(front_text: str, relpath: str) -> tuple[dict, dict[str, int]]:
    """The front matter's mapping and the file line of each key."""
    try:
        node = yaml.compose(front_text, Loader=yaml.SafeLoader)
        fields = yaml.safe_load(front_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        context = getattr(exc, "context_mark", None)
        if context and (mark.line >= front_text.count("\n") or "quoted scalar" in (exc.context or "")):
            mark = context  # an unclosed quote or bracket: name where it opened, not where the file ends
        line = mark.line + 2 if mark else 1  # +1 for 1-based, +1 for the opening fence
        problem = getattr(exc, "problem", None) or str(exc)
        if "expected" in problem:
            problem += " (is a quote or bracket on this or the line above left open?)"
        raise SourceError(f"malformed front matter: {problem}", relpath, line) from None
    if not isinstance(fields, dict) or not isinstance(node, yaml.MappingNode):
        raise SourceError("front matter must be a YAML mapping of keys to values", relpath, 2)
    key_lines = {key.value: key.start_mark.line + 2 for key, _ in node.value}
    return fields, key_lines


def _text(fields: dict, key: str, relpath: str, line_of) -> str:
    value = fields[key]
    if not isinstance(value, str) or not value.strip():
        raise SourceError(f"{key} must be non-empty text", relpath, line_of(key))
    return value.strip()


def _date(value, relpath: str, line: int) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise SourceError(f"reviewed_on must be an ISO date (YYYY-MM-DD), not {value!r}", relpath, line) from None
