"""Read ``source/<id>.md``: YAML front matter plus a Markdown body -> Leaflet."""

from __future__ import annotations

import contextlib
import difflib
import logging
import re
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import yaml

from pipeline.config import COMMON_DOMAIN, CONFIG_NAME, Project
from pipeline.controls import first_control
from pipeline.errors import LeafletError, SourceError
from pipeline.fingerprint import digest_of
from pipeline.invisible import reordering
from pipeline.markdown import fold_white_space, segment, shown
from pipeline.model import SUMMARY, TITLE, Leaflet, Unit
from pipeline.regions import check_source_text
from pipeline.safe_paths import input_problem, read_input

REQUIRED_KEYS = ("id", "title", "summary", "reviewed_by", "reviewed_on", "references")
OPTIONAL_KEYS = ("version", "reviewed_text")  # reviewed_text: written by `leaflets review en ID`
FENCE = "---"
_log = logging.getLogger(__name__)
_EARLIEST_TIME_ZONE = timedelta(hours=14)  # Kiribati's Line Islands: the first place a day begins
# No review of a leaflet of this pipeline's took place before this day: an earlier one is a mistyped
# year (1900-01-01, 0226-10-01), and every page would tell patients it.
EARLIEST_REVIEW = date(2000, 1, 1)
# YAML values that are not text, named as a writer knows them (not as Python shows them)
_YAML_KINDS = {list: "list", dict: "mapping", set: "set", bool: "yes/no value", bytes: "binary value"}
# A leaflet id names files, catalog domains and URLs: lowercase ASCII letters
# and digits in words joined by single hyphens, so it never needs escaping.
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 64
# Names a leaflet may not take: catalog domains and pages the pipeline uses itself.
RESERVED_IDS = frozenset(
    {
        COMMON_DOMAIN,  # the templates' catalog, locales/<locale>/LC_MESSAGES/common.po
        "messages",  # gettext's default domain: tools would take the leaflet for the project's catalog
        "index",  # the index pages
    }
)


def id_problem(leaflet_id: str) -> str | None:
    """Why ``leaflet_id`` cannot be a leaflet's id; None when it can."""
    if leaflet_id in RESERVED_IDS:
        return (
            f"{leaflet_id!r} is reserved (used by the pipeline itself: {', '.join(sorted(RESERVED_IDS))}); "
            "choose another id"
        )
    if len(leaflet_id) > MAX_ID_LENGTH or not ID_PATTERN.match(leaflet_id):
        suggestion = "-".join(re.findall(r"[a-z0-9]+", leaflet_id.lower()))[:MAX_ID_LENGTH]
        hint = f" (e.g. {suggestion!r})" if suggestion and suggestion != leaflet_id else ""
        return (
            f"{leaflet_id!r} is not a leaflet id: use lowercase letters a-z, digits and single hyphens, "
            f"at most {MAX_ID_LENGTH} characters{hint}"
        )
    return None


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML without implicit dates: ``reviewed_on: 2026-13-45`` stays text
    and is reported on its line, instead of PyYAML raising from deep inside."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# libyaml (PyYAML's C parser) reads front matter about 13 times faster, but it is not the same
# parser: it takes tabs where PyYAML refuses them ("id: demo\t", "~]~\t"), drops byte order marks
# PyYAML keeps as text, takes "|#", and words its errors otherwise. So it reads only front matter
# of the plain shape every leaflet has, where the two agree (tests/test_front_matter_loaders.py
# compares them on that shape and around it): lines "key: value", "key:" and "  - value", each
# value a double-quoted string without escapes, or a word of letters, digits, ".", "-" and "_"
# that does not start with "." "-" or "_". Anything else, and anything libyaml refuses, is read
# by PyYAML's own parser, whose findings and messages are the ones the writer sees.
_QUOTED = r'"[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*"'
_WORD = r"[A-Za-z0-9][A-Za-z0-9._-]*"
_PLAIN_SHAPE = re.compile(
    rf"(?:(?:[A-Za-z_][A-Za-z0-9_]{{0,63}}:(?: (?:{_QUOTED}|{_WORD}))?|  - (?:{_QUOTED}|{_WORD}))\n)*"
)


def _libyaml_loader() -> type | None:
    """_FrontMatterLoader's resolvers on libyaml's parser; None when PyYAML was built without libyaml
    (the wheels have it), and then PyYAML's own parser reads every front matter."""
    if not yaml.__with_libyaml__:
        return None

    class CFrontMatterLoader(yaml.CSafeLoader):
        pass

    CFrontMatterLoader.yaml_implicit_resolvers = _FrontMatterLoader.yaml_implicit_resolvers
    return CFrontMatterLoader


_CFrontMatterLoader = _libyaml_loader()


def leaflet_paths(source_dir: Path) -> list[Path]:
    return sorted(source_dir.glob("*.md"))


# What a writer may save a leaflet as that no command reads: only source/<id>.md is one.
_LEAFLET_LIKE = frozenset({".md", ".markdown", ".mdown", ".mkd", ".txt"})


def ignored_source_notes(project: Project) -> list[str]:
    """A note for each file under source/ that looks like a leaflet but is read by no command:
    in a folder of its own (source/cardio/heparin.md) or with another extension
    (source/aspirin.markdown, source/ASPIRIN.MD). It had no catalog and no page, and nothing said so."""
    folder = project.source_dir
    if not folder.is_dir():
        return []
    read = set(leaflet_paths(folder))
    return [
        f"{project.relative(path)} is not read: a leaflet is source/<id>.md, in source/ itself "
        f"(as source/{path.stem}.md it would be)"
        for path in sorted(folder.rglob("*"))
        if path.suffix.lower() in _LEAFLET_LIKE
        and path not in read
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.is_file()
    ]


def load_leaflets(project: Project) -> tuple[list[Leaflet], list[LeafletError]]:
    """Every readable leaflet, and the error of each one that is not."""
    leaflets: list[Leaflet] = []
    problems: list[LeafletError] = []
    for path in leaflet_paths(project.source_dir):
        try:
            leaflets.append(read_leaflet(path, project.relative(path), project))
        except LeafletError as exc:
            problems.append(exc)
        except Exception as exc:  # a bug: name the leaflet, keep the others; --debug shows the traceback
            _log.debug("reading %s failed", project.relative(path), exc_info=True)
            problems.append(
                SourceError(
                    f"could not be read: {type(exc).__name__}: {exc} (a bug in leaflets; --debug shows where)",
                    project.relative(path),
                )
            )
    return leaflets, problems


def read_leaflet(path: Path, relpath: str, project: Project) -> Leaflet:
    """``source/<id>.md`` read (:func:`read_source`) and parsed (:func:`parse_source`)."""
    data, problem = read_source(path, project)
    return parse_source(data, problem, relpath, path.stem)


def read_source(path: Path, project: Project) -> tuple[bytes | None, str]:
    """A source's bytes and ""; or None and why they must not be read: a link out of source/ or
    not a regular file, more than max_leaflet_kb (of a file that big, no more than one byte over
    the limit is read), or it cannot be read. The build keeps these bytes, hashes them and parses
    them (:func:`parse_source`): its page is made from exactly the bytes its manifest records."""
    problem = input_problem(path, project.source_dir, project.root)
    if problem:
        return None, problem
    limit = project.max_leaflet_kb * 1024
    data, problem = read_input(path, limit + 1)
    if data is None:
        return None, problem or "cannot be read: No such file or directory"  # removed since it was listed
    if len(data) > limit:
        size = len(data)
        with contextlib.suppress(OSError):
            size = max(size, path.stat().st_size)
        return None, (
            f"{size / 1024:,.0f} KiB is more than the {project.max_leaflet_kb:,} KiB a leaflet "
            f"may have (max_leaflet_kb in {CONFIG_NAME}); split it into several leaflets"
        )
    return data, ""


# Within one command (:func:`each_source_parsed_once`, pipeline/cli.py): the leaflet each source's
# bytes made, by (bytes, file, id, the day). Parts of a command read the same sources: a build and
# the status page written after it, check's readability, clinical review and template coverage,
# update's extraction and its note of templates behind: 100 leaflets' Markdown is most of a second.
_PARSED: ContextVar[dict[tuple[bytes, str, str, date], Leaflet] | None] = ContextVar("parsed", default=None)
# Within the same scope: the units of each Markdown body, by (body, its first line). Sources of
# different ids often share their body (a leaflet cloned for another region or product, ...), and
# the body's parse is most of a source's: check spent 0.8 s of CPU parsing 100 bodies of 2 kinds.
_SEGMENTED: ContextVar[dict[tuple[str, int], tuple[Unit, ...]] | None] = ContextVar("segmented", default=None)
# Within the same scope: each leaflet's shown_digest (a Leaflet is immutable: equal, the same digest).
_SHOWN: ContextVar[dict[Leaflet, str] | None] = ContextVar("shown", default=None)


@contextlib.contextmanager
def each_source_parsed_once() -> Iterator[None]:
    """While this lasts, the same bytes of a source are parsed once. Scoped to one command, not
    the process (``leaflets serve`` lives for days): a Leaflet is immutable, and what it is made
    of is in the key, the day included (a review dated tomorrow is refused until it is today)."""
    token, segmented, shown_digests = _PARSED.set({}), _SEGMENTED.set({}), _SHOWN.set({})
    try:
        yield
    finally:
        _SHOWN.reset(shown_digests)
        _SEGMENTED.reset(segmented)
        _PARSED.reset(token)


def parse_source(data: bytes | None, problem: str, relpath: str, leaflet_id: str) -> Leaflet:
    """A source's bytes as :func:`read_source` gives them (None: ``problem`` says why they must
    not be read), parsed; raises SourceError naming ``relpath`` (and the line) when they cannot be."""
    if data is None:
        raise SourceError(problem, relpath)
    parsed = _PARSED.get()
    if parsed is None:
        return _parse_bytes(data, relpath, leaflet_id)
    key = (data, relpath, leaflet_id, latest_date())
    if key not in parsed:
        parsed[key] = _parse_bytes(data, relpath, leaflet_id)
    return parsed[key]


def _parse_bytes(data: bytes, relpath: str, leaflet_id: str) -> Leaflet:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(f"not UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8", relpath, line) from None
    return parse_leaflet(text, relpath, expected_id=leaflet_id)


def shown_digest(leaflet: Leaflet) -> str:
    """The digest of the English every page of ``leaflet`` shows, in English or translated: its
    title, summary and body as the page lays them out, and what its front matter prints (the
    references, who reviewed it and when, its version). Not what the source holds for its writers
    and translators only: notes to translators, comments, line breaks, the recorded review digest.
    A release keeps a published translation while this is the English's now (pipeline/plan.py)."""
    # A build asks for it once for each of a leaflet's languages and its status page once more:
    # each time a parse of the whole body (a hundred leaflets: a second of a build's serial work).
    known = _SHOWN.get()
    if known is not None and leaflet in known:
        return known[leaflet]
    found = digest_of(
        {
            "title": leaflet.title.msgid,
            "summary": leaflet.summary.msgid,
            "body": shown(leaflet.body, leaflet.body_line, leaflet.path),
            "references": list(leaflet.references),
            "reviewed_by": leaflet.reviewed_by,
            "reviewed_on": leaflet.reviewed_on.isoformat(),
            "version": leaflet.version,
        }
    )
    if known is not None:
        known[leaflet] = found
    return found


def parse_leaflet(text: str, relpath: str, expected_id: str | None = None, latest: date | None = None) -> Leaflet:
    """The leaflet ``text`` holds; ``latest``: the last day a review may have taken place
    (:func:`latest_date`, the wall clock: SOURCE_DATE_EPOCH stamps a build, it does not say
    what day it is for the patients who read the page)."""
    text = text.removeprefix("\ufeff")  # a byte order mark some Windows editors write: not content
    # Lines end as Markdown reads them (\r\n of Windows, \r of old Macs): every line number
    # below counts \n.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    control = first_control(text)
    if control:
        # A NUL ends a string in an MO file; other controls are invisible on the page.
        line = text.count("\n", 0, control.start()) + 1
        raise SourceError(f"control character U+{ord(control.group()):04X} in the text; delete it", relpath, line)
    hidden = reordering(text)
    if hidden:
        line = text.count("\n", 0, hidden.index) + 1
        raise SourceError(f"{hidden.describe()}: {hidden.in_context(text)}; delete it", relpath, line)
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != FENCE:
        raise SourceError("a leaflet starts with YAML front matter between '---' lines", relpath, 1)
    try:
        closing = next(i for i in range(1, len(lines)) if lines[i].rstrip() == FENCE)
    except StopIteration:
        raise SourceError("the front matter opened on line 1 is never closed with '---'", relpath, 1) from None
    front_text = "".join(lines[1:closing])
    fields, key_lines, repeated = _parse_front_matter(front_text, relpath)
    body_line = closing + 2  # 1-based line after the closing fence

    def line_of(key: str) -> int:
        return key_lines.get(key, 1)

    # A misspelt key first: "sumary" is the reason "summary" is missing, and must be named.
    unknown = next((key for key in fields if key not in REQUIRED_KEYS + OPTIONAL_KEYS), None)
    if unknown is not None:
        raise SourceError(_unknown_key_message(unknown), relpath, line_of(str(unknown)))
    if repeated:  # YAML keeps the last value and drops the first without a word
        key, first, second = repeated
        raise SourceError(f"{key} is given twice, on line {first} and here; keep one", relpath, second)
    missing = [key for key in REQUIRED_KEYS if key not in fields]
    if missing:
        raise SourceError(
            f"front matter lacks required key(s): {', '.join(missing)}{_before_review(missing, fields.get('id'))}",
            relpath,
            closing + 1,
        )

    leaflet_id = _text(fields, "id", relpath, line_of)
    problem = id_problem(leaflet_id)
    if problem:
        raise SourceError(f"id {problem}", relpath, line_of("id"))
    if expected_id is not None and leaflet_id != expected_id:
        raise SourceError(f"id {leaflet_id!r} does not match the file name {expected_id!r}", relpath, line_of("id"))
    references = fields["references"]
    if not isinstance(references, list) or not all(isinstance(r, str) and r.strip() for r in references):
        raise SourceError("references must be a list of strings", relpath, line_of("references"))
    if not references:
        raise SourceError("references must name at least one source", relpath, line_of("references"))
    version = fields.get("version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, (str, int))):
        # YAML reads 1.10 as the number 1.1: the page would show another version.
        raise SourceError(
            'version must be text in quotes, e.g. version: "1.10" (unquoted, YAML reads 1.10 as the number 1.1)',
            relpath,
            line_of("version"),
        )
    reviewed_on = review_day(fields["reviewed_on"], relpath, line_of("reviewed_on"), latest or latest_date())
    reviewed_text = fields.get("reviewed_text")
    if reviewed_text is not None and not isinstance(reviewed_text, str):
        raise SourceError(
            "reviewed_text must be the text `leaflets review en ID --by NAME` writes; record the clinical review again",
            relpath,
            line_of("reviewed_text"),
        )
    body = "".join(lines[closing + 1 :])
    body_units = _segmented(body, body_line, relpath)
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
        reviewed_text=reviewed_text.strip() if reviewed_text is not None else None,
        reviewed_on_line=line_of("reviewed_on"),
        version_line=line_of("version") if version is not None else 0,
        reviewed_by_line=line_of("reviewed_by"),
    )


def _segmented(body: str, body_line: int, relpath: str) -> tuple[Unit, ...]:
    """:func:`~pipeline.markdown.segment`, once per distinct body and first line while
    :func:`each_source_parsed_once` lasts. The units are made of the body and its first line
    alone (their lines count from it); ``relpath`` only names the file in a SourceError, and a
    body that raises one is not remembered, so each source's error names its own file."""
    known = _SEGMENTED.get()
    if known is None:
        return segment(body, body_line, relpath)
    key = (body, body_line)
    units = known.get(key)
    if units is None:
        units = known[key] = segment(body, body_line, relpath)
    return units


def _before_review(missing: list[str], leaflet_id: object) -> str:
    """What to write in a leaflet no clinician has reviewed yet: `leaflets review en` rewrites the
    review's lines, it does not add them, so a writer drafting a new leaflet needs telling."""
    if not {"reviewed_by", "reviewed_on"} & set(missing):
        return ""
    shown = leaflet_id if isinstance(leaflet_id, str) and id_problem(leaflet_id) is None else "ID"
    return (
        "; before the clinical review, write the clinician who will review it and today's date "
        f'(reviewed_by: "NAME", reviewed_on: YYYY-MM-DD): until `leaflets review en {shown} --by "NAME"` '
        "records the review, every page of it is marked and no release publishes it"
    )


def _unknown_key_message(key: object) -> str:
    known = REQUIRED_KEYS + OPTIONAL_KEYS
    close = difflib.get_close_matches(str(key), known, n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"the keys are {', '.join(known)}"
    return f"unknown front matter key {key!r}; {hint}"


# A key written twice: (the key, the file line of its first and of its second time).
Repeated = tuple[str, int, int]


def _parse_front_matter(front_text: str, relpath: str) -> tuple[dict, dict[str, int], Repeated | None]:
    """The front matter's mapping, the file line of each key (its first time), and a key written twice."""
    loaded = _load_plain_front_matter(front_text)
    try:
        fields, key_lines, repeated = loaded or _load_front_matter(front_text, _FrontMatterLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        context = getattr(exc, "context_mark", None)
        if context and (
            mark is None
            or mark.line >= front_text.count("\n")
            or "quoted scalar" in (getattr(exc, "context", None) or "")
        ):
            mark = context  # an unclosed quote or bracket: name where it opened, not where the file ends
        line = mark.line + 2 if mark else 1  # +1 for 1-based, +1 for the opening fence
        problem = getattr(exc, "problem", None) or str(exc)
        if "expected" in problem:
            problem += " (is a quote or bracket on this or the line above left open?)"
        elif "mapping values are not allowed" in problem:  # title: After IVIG: what next
            problem += "; text with a colon in it must be in quotes" + _quoted_example(front_text, line - 2)
        elif "'\\t'" in problem:  # YAML indents with spaces only
            problem += "; indent with spaces, not tabs"
        raise SourceError(f"malformed front matter: {problem}", relpath, line) from None
    except (ValueError, TypeError, RecursionError, OverflowError) as exc:  # a value PyYAML cannot build
        raise SourceError(f"malformed front matter: {exc}", relpath, 2) from None
    if not isinstance(fields, dict) or key_lines is None:
        raise SourceError("front matter must be a YAML mapping of keys to values", relpath, 2)
    return fields, key_lines, repeated


Loaded = tuple[object, dict[str, int] | None, Repeated | None]


def _load_plain_front_matter(front_text: str) -> Loaded | None:
    """libyaml's reading of front matter of the plain shape (_PLAIN_SHAPE); None for any other
    front matter, and for one libyaml refuses or cannot build: PyYAML's parser reads those."""
    if _CFrontMatterLoader is None or not _PLAIN_SHAPE.fullmatch(front_text):
        return None
    try:
        return _load_front_matter(front_text, _CFrontMatterLoader)
    except Exception:  # PyYAML reads it again, and its error is the one reported
        return None


def _quoted_example(front_text: str, index: int) -> str:
    """The line ``index`` of the front matter with its value in quotes, when it is ``key: value``."""
    lines = front_text.splitlines()
    match = re.fullmatch(r"([A-Za-z_]\w*):\s+(.+?)\s*", lines[index]) if 0 <= index < len(lines) else None
    if match is None:
        return ""
    value = match.group(2).replace("\\", "\\\\").replace('"', '\\"')
    return f': {match.group(1)}: "{value}"'


def _load_front_matter(front_text: str, loader_class: type) -> Loaded:
    """The data of ``front_text``, the line of each key and a key written twice, read with
    ``loader_class`` (safe: plain data only)."""
    loader = loader_class(front_text)
    try:
        # Read once: the nodes give the key lines, then the data is built from them (as yaml.load
        # builds it; merge keys rewrite the nodes as they are built, so the lines are taken first).
        node = loader.get_single_node()
        key_lines, repeated = _key_lines(node)
        return (loader.construct_document(node) if node is not None else None), key_lines, repeated
    finally:
        loader.dispose()


def _key_lines(node: yaml.Node | None) -> tuple[dict[str, int] | None, Repeated | None]:
    """The file line of each key of a mapping node (None for any other node), and the first
    key written twice: read from the nodes the data is built from, so it costs no second parse."""
    if not isinstance(node, yaml.MappingNode):
        return None, None
    lines: dict[str, int] = {}
    repeated = None
    for key, _ in node.value:
        name, line = str(key.value), key.start_mark.line + 2  # +1 for 1-based, +1 for the opening fence
        if name in lines and repeated is None:
            repeated = (name, lines[name], line)
        lines.setdefault(name, line)
    return lines, repeated


def _text(fields: dict, key: str, relpath: str, line_of) -> str:
    value = fields[key]
    if not isinstance(value, str) or not value.strip():
        raise SourceError(f"{key} must be non-empty text", relpath, line_of(key))
    return value.strip()


def latest_date(now: datetime | None = None) -> date:
    """The latest day that has begun anywhere on Earth (UTC+14): a writer east of UTC may
    write today's date while it is still yesterday in UTC."""
    return ((now or datetime.now(UTC)) + _EARLIEST_TIME_ZONE).date()


def review_day_problem(day: date, latest: date) -> str:
    """Why ``day`` cannot be the day of a review, said after it ("2099-01-01 is a day that has not
    come yet"); "" when it can. Of the clinical review (``reviewed_on``, ``review en --on``) and
    of a translation review (its catalog header, the day ``review`` records)."""
    if day > latest:
        return "a day that has not come yet"
    if day < EARLIEST_REVIEW:
        return (
            f"a day before {EARLIEST_REVIEW.isoformat()}, earlier than any review of these leaflets (a mistyped year?)"
        )
    return ""


def review_day(value, relpath: str, line: int, latest: date) -> date:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise SourceError("reviewed_on is empty: write the day of the clinical review, e.g. 2026-10-01", relpath, line)
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            reviewed = date.fromisoformat(value.strip())
        except ValueError as exc:  # 2026-13-45
            raise SourceError(f"reviewed_on {value!r} is not a date in the calendar ({exc})", relpath, line) from None
        problem = review_day_problem(reviewed, latest)
        if problem:
            # The page tells patients the leaflet was reviewed on that day.
            raise SourceError(
                f"reviewed_on {value.strip()} is {problem}: write the day the clinical "
                "review took place (the page tells patients the leaflet was reviewed on that day)",
                relpath,
                line,
            )
        return reviewed
    kind = _YAML_KINDS.get(type(value))
    shown = f"a {kind}" if kind else repr(value)  # text, a number
    raise SourceError(f"reviewed_on must be an ISO date (YYYY-MM-DD), not {shown}", relpath, line)
