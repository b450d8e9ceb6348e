"""Running the checks over catalogs: which check sees which entry, and when.

- A catalog that does not parse gets one [syntax] error and nothing else;
  the other catalogs are still checked.
- A fuzzy or untranslated entry gets its completeness warning and nothing
  else (its content is a draft).
- Every other entry is checked by the history checks (what its ``#|`` lines
  and comments say: [fuzzy-cleared]), then once per msgstr form by each
  content check.
- A check that raises (a bug) becomes an error finding for that entry, so
  one bug never hides the findings of the other checks or catalogs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import MISSING, dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.catalogs.catalog import Catalog, Message
from pipeline.catalogs.pofile import BYTE_ORDER_MARK_FOUND, read_file
from pipeline.checks.added_orders import check_need_not_added, check_prohibition_added, check_stop_added
from pipeline.checks.alternatives import (
    check_either_condition_said_as_both,
    check_not_both_said_or_both,
    check_one_of_two_said_as_both,
)
from pipeline.checks.as_needed import check_as_needed
from pipeline.checks.comparison import check_comparison
from pipeline.checks.completeness import check_fuzzy, check_fuzzy_cleared, check_untranslated
from pipeline.checks.conditions import (
    check_condition_added_to_always,
    check_only_if_dropped,
    check_unless_said_as_if,
    check_unless_said_as_only_if,
)
from pipeline.checks.contacts import check_email, check_phone, check_urls
from pipeline.checks.context import EntryContext, HeaderContext
from pipeline.checks.dates import check_dates
from pipeline.checks.dose_times import check_dose_times
from pipeline.checks.duplicates import check_duplicates, check_merged_translations
from pipeline.checks.emergency import check_emergency
from pipeline.checks.empty_stomach import check_empty_stomach_dropped
from pipeline.checks.glossary import check_approved_terms, check_glossary
from pipeline.checks.handling import check_forbidden_handling
from pipeline.checks.header import check_header
from pipeline.checks.invisible_text import check_invisible
from pipeline.checks.length import check_length
from pipeline.checks.limits import check_limits
from pipeline.checks.list_items import check_list_items
from pipeline.checks.markup import check_markup
from pipeline.checks.negation import check_negation
from pipeline.checks.number_words import check_number_words
from pipeline.checks.numbers import check_numbers
from pipeline.checks.opposites import check_opposites
from pipeline.checks.people import check_people
from pipeline.checks.placeholders import check_placeholders
from pipeline.checks.report import CatalogReport
from pipeline.checks.sentence_loss import UNMARKED_SCRIPTS
from pipeline.checks.softened import check_obligation_softened, check_prohibition_softened
from pipeline.checks.template import TemplateFile, check_template, template_file
from pipeline.checks.too_long import check_too_long
from pipeline.checks.units import check_units
from pipeline.checks.untranslated_text import check_untranslated_text, degraded
from pipeline.checks.urgency import check_urgency
from pipeline.checks.whitespace import check_line_breaks, check_whitespace
from pipeline.config import COMMON_DOMAIN, Project
from pipeline.errors import CatalogError
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.fingerprint import digest
from pipeline.languages import LANGUAGES, Language, language_for
from pipeline.plurals import PluralRule
from pipeline.regions import Region
from pipeline.regions import placeholders as region_placeholders
from pipeline.terminology import Glossary, glossary_path, load_glossary

EntryCheck = Callable[[EntryContext], Iterable[Finding]]
# A check of what a catalog says about an entry's history (``#|``, translator comments), beyond its
# content: run on every translated entry each time, never remembered by content (EntryFindings).
HistoryCheck = Callable[[EntryContext, Message], Iterable[Finding]]

COMPLETENESS_CHECKS: tuple[tuple[str, EntryCheck], ...] = (
    ("fuzzy", check_fuzzy),
    ("untranslated", check_untranslated),
)
HISTORY_CHECKS: tuple[tuple[str, HistoryCheck], ...] = (("fuzzy-cleared", check_fuzzy_cleared),)
CONTENT_CHECKS: tuple[tuple[str, EntryCheck], ...] = (
    ("duplicates", check_merged_translations),
    ("untranslated-text", check_untranslated_text),
    ("numbers", check_numbers),
    ("dates", check_dates),
    ("number-words", check_number_words),
    ("limits", check_limits),
    ("dose-times", check_dose_times),
    ("negation", check_negation),
    ("negation", check_unless_said_as_if),
    ("negation", check_unless_said_as_only_if),
    ("negation", check_only_if_dropped),
    ("negation", check_condition_added_to_always),
    ("negation", check_one_of_two_said_as_both),
    ("negation", check_not_both_said_or_both),
    ("negation", check_either_condition_said_as_both),
    ("negation", check_prohibition_softened),
    ("negation", check_forbidden_handling),
    ("negation", check_obligation_softened),
    ("negation", check_stop_added),
    ("negation", check_prohibition_added),
    ("negation", check_need_not_added),
    ("comparison", check_comparison),
    ("urgency", check_urgency),
    ("as-needed", check_as_needed),
    ("list-items", check_list_items),
    ("people", check_people),
    ("opposites", check_opposites),
    ("opposites", check_empty_stomach_dropped),
    ("units", check_units),
    ("phone", check_phone),
    ("emergency", check_emergency),
    ("email", check_email),
    ("urls", check_urls),
    ("markup", check_markup),
    ("invisible", check_invisible),
    ("placeholders", check_placeholders),
    ("glossary", check_glossary),
    ("glossary", check_approved_terms),
    ("whitespace", check_whitespace),
    ("whitespace", check_line_breaks),
    ("length", check_length),
)
CHECK_IDS: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            "syntax",
            "header",
            "duplicates",
            "template",
            *(check_id for check_id, _ in COMPLETENESS_CHECKS),
            *(check_id for check_id, _ in HISTORY_CHECKS),
            *(check_id for check_id, _ in CONTENT_CHECKS),
        )
    )
)

_FORMAT_FLAGS = {"python-format", "python-brace-format"}
_NO_GLOSSARY = Glossary("")


def check_catalog(project: Project, locale: str, domain: str, path: Path | None = None) -> CatalogReport:
    path = path if path is not None else project.po_path(locale, domain)
    file = project.relative(path)
    unsafe = project.catalog_problem(path)
    if unsafe:
        return check_parsed(project, locale, domain, file, CatalogError(f"the catalog {unsafe}", file, 1))
    try:
        parsed: Catalog | CatalogError = read_file(path, file)
    except CatalogError as exc:
        parsed = exc
    return check_parsed(project, locale, domain, file, parsed, template=template_file(project, domain))


def check_parsed(
    project: Project,
    locale: str,
    domain: str,
    file: str,
    parsed: Catalog | CatalogError,
    entries: EntryFindings | None = None,
    template: TemplateFile | None = None,
) -> CatalogReport:
    """Check a catalog already read, or report why it could not be (``file`` names it in findings).
    ``entries``: the content findings of entries remembered from the catalog's last check, and
    where this check's are noted (:class:`EntryFindings`). ``template``: the domain's template,
    compared with the catalog ([template]; None: not compared)."""
    if isinstance(parsed, CatalogError):
        finding = Finding(file, parsed.line or 1, ERROR, "syntax", locale, domain, "", parsed.message)
        return CatalogReport(locale, domain, file, (finding,), parse_failed=True)

    findings: list[Finding] = []
    catalog_context = _header_context(parsed, file, locale, domain, project.declared_plural_rule(locale))
    findings += _run("header", check_header, catalog_context)
    findings += _run("duplicates", check_duplicates, catalog_context)
    if parsed.byte_order_mark:
        findings.append(Finding(file, 1, ERROR, "syntax", locale, domain, "", BYTE_ORDER_MARK_FOUND))
    findings += _run("template", lambda _: check_template(parsed, template, file, locale, domain), catalog_context)
    glossary = locale_glossary(project, locale)
    if domain == COMMON_DOMAIN:  # reported once per locale, with the catalog every check includes
        findings += [
            Finding(glossary.file, line, WARNING, "glossary", locale, domain, "", message)
            for line, message in glossary.problems
        ]
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    shared = _catalog_fields(project, locale, domain, file, glossary)
    for entry in parsed.messages:
        base = _entry_context(shared, entry)
        counts["fuzzy" if base.fuzzy else "translated" if base.translated else "untranslated"] += 1
        draft = [f for check_id, check in COMPLETENESS_CHECKS for f in _run(check_id, check, base)]
        if draft:
            findings += draft
            continue
        findings += [f for check_id, check in HISTORY_CHECKS for f in _run(check_id, check, base, entry)]
        for context in _form_contexts(base, entry):
            findings += _content_findings(context, entries)
    return CatalogReport(
        locale,
        domain,
        file,
        tuple(sorted(findings)),
        entries=len(parsed.messages),
        translated=counts["translated"],
        fuzzy=counts["fuzzy"],
        untranslated=counts["untranslated"],
        catalog=parsed,
    )


def degraded_checks(project: Project) -> list[str]:
    """What the checks cannot do at full strength on this machine, to be said once
    per run (``check``, ``build``): a missing word list weakens [untranslated-text]."""
    problem = degraded(language_for(project.source_locale))
    return [f"[untranslated-text] runs degraded: {problem} (see leaflets doctor)"] if problem else []


def language_data_note(project: Project, locale: str) -> str:
    """What the checks cannot do in a language that has no module in pipeline/languages/
    ("" for one that has): a new language added by ``leaflets init`` must not look
    checked at full strength when its meaning checks say nothing."""
    if language_for(locale).code in LANGUAGES:
        return ""
    name = project.english_name(locale)  # Tagalog, which CLDR's data of fil would call Filipino
    passes_unseen = (
        'a dropped "not", a limit turned around ("no more than" as "at least"), "more likely" said as "less likely", '
        'a "right away" left out, a dose moved to another time of day ("1 in the morning, 2 at night" as "2 in the '
        'morning, 1 at night"), a course said as an interval ("for 5 days" as "every 5 days"), "with food" said as '
        '"on an empty stomach"'
    )
    to_read = (
        'whether a dose keeps its period ("once a week", "/day"), a unit written in words ("every 6 hours", '
        '"400 mg" as a word after 400) or a large number in words ("1 million") is a warning to read, never checked'
    )
    script = language_for(locale).script
    if script and script.code in UNMARKED_SCRIPTS:  # no full stops to count sentences by
        length = (
            "[length] has no measure of how long its translations run nor of their sentences "
            f"({script.name} writes no full stops)"
        )
        unseen = (
            f"{passes_unseen}, a number in words changed into other words or a sentence left out passes unseen, "
            f"and {to_read}"
        )
    else:  # checks/sentence_loss.py
        length = "[length] has no measure of how long its translations run, only of how many sentences they keep"
        unseen = (
            f"{passes_unseen} or a number in words changed into other words passes unseen, a sentence fewer "
            "than the English is a warning to read (left out, or two merged into one?) and an error only where "
            f"no merge explains it, and {to_read}"
        )
    return (
        f"no {name} data in pipeline/languages/: [negation], [limits], [comparison], [urgency], [as-needed], "
        "[dose-times] and [opposites] do not check its translations, [number-words] reads only its digits, "
        f"[units] does not read its unit words and {length}, "
        f"so {unseen}; a reviewer reads those passages against the English with care"
    )


def unchecked_languages(project: Project, locales: Sequence[str] | None = None) -> list[str]:
    """:func:`language_data_note` of each target locale (of ``locales``, when given) that has one."""
    return [
        f"{loc.code}: {note}"
        for loc in project.target_locales
        if not locales or loc.code in locales
        if (note := language_data_note(project, loc.code))
    ]


def project_domains(project: Project) -> list[str]:
    """``common`` first, then one domain per leaflet (``source/*.md`` stems), sorted."""
    stems = sorted(path.stem for path in project.source_dir.glob("*.md")) if project.source_dir.is_dir() else []
    return [COMMON_DOMAIN, *(stem for stem in stems if stem != COMMON_DOMAIN)]


def check_project(
    project: Project,
    locales: Sequence[str] | None = None,
    domains: Sequence[str] | None = None,
    check: Callable[[Project, str, str], CatalogReport] | None = None,
) -> list[CatalogReport]:
    """Every existing catalog of every target locale (or of those given), in a stable order:
    locales as configured, then domains as :func:`project_domains` lists them. ``check``
    checks one catalog (default :func:`check_catalog`; ``check`` passes a cached one)."""
    check = check or check_catalog
    with same_content_checked_once():
        return _check_project(project, check, locales, domains)


def _check_project(
    project: Project,
    check: Callable[[Project, str, str], CatalogReport],
    locales: Sequence[str] | None,
    domains: Sequence[str] | None,
) -> list[CatalogReport]:
    return [check(project, locale, domain) for locale, domain in catalogs_to_check(project, locales, domains)]


def catalogs_to_check(
    project: Project, locales: Sequence[str] | None = None, domains: Sequence[str] | None = None
) -> list[tuple[str, str]]:
    """The (locale, domain) of every existing catalog :func:`check_project` checks, in its order."""
    configured = [settings.code for settings in project.target_locales]
    if locales is None:
        codes = configured
    else:
        wanted = set(locales)
        codes = [code for code in configured if code in wanted] + sorted(wanted.difference(configured))
    known = project_domains(project)
    if domains is None:
        names = known
    else:
        wanted_domains = set(domains)
        names = [name for name in known if name in wanted_domains] + sorted(wanted_domains.difference(known))
    return [(locale, domain) for locale in codes for domain in names if project.po_path(locale, domain).is_file()]


def _header_context(
    catalog: Catalog, file: str, locale: str, domain: str, declared_rule: PluralRule | None
) -> HeaderContext:
    plural_entries = tuple((m.line, len(m.msgstr_plural)) for m in catalog.messages if m.is_plural)
    line = catalog.header.line if catalog.header is not None else 1
    first = {message.key: message.line for message in catalog.messages}
    duplicates = []
    for message in catalog.obsolete:
        if message.key in first:
            duplicates.append((message.line, first[message.key]))
        else:
            first[message.key] = message.line
    header = catalog.header
    return HeaderContext(
        file,
        line,
        locale,
        domain,
        dict(catalog.headers),
        plural_entries,
        tuple(duplicates),
        declared_rule,
        text=header.msgstr if header is not None else "",
        fields=catalog.headers,
        fuzzy=header is not None and header.fuzzy,
        field_lines=catalog.header_field_lines,
        text_lines=catalog.header_lines,
    )


def locale_glossary(project: Project, locale: str) -> Glossary:
    """``locales/<locale>/glossary.tsv``, or an empty glossary when the locale has none."""
    path = glossary_path(project.locales_dir, locale)
    return load_glossary(path, project.relative(path))


def _catalog_fields(
    project: Project, locale: str, domain: str, file: str, glossary: Glossary = _NO_GLOSSARY
) -> dict[str, Any]:
    """The fields of :class:`EntryContext` every entry of a catalog shares: looked up once per
    catalog, not once per entry (a cold check spent a tenth of its time on such bookkeeping)."""
    region = _region(project, locale)
    return {
        "file": file,
        "locale": locale,
        "domain": domain,
        "language": _language(project, locale),
        "source_language": language_for(project.source_locale),
        "glossary": project.do_not_translate,
        "terms": glossary.terms,
        "terms_file": glossary.file,
        "region": region.code if region else "",
        "emergency": region.emergency if region else "",
        "language_line": region.language_line if region else "",
        "source_region": source_region.code if (source_region := _region(project, project.source_locale)) else "",
    }


def _entry_context(shared: dict[str, Any], entry: Message) -> EntryContext:
    """The context of ``entry`` in the catalog whose :func:`_catalog_fields` are ``shared``."""
    flags = frozenset(entry.flags)
    domain = shared["domain"]
    # Every template message (common), flagged or not: Jinja2 formats it all the
    # same (_formatted_with); and leaflet text naming "{emergency}" (no "{", no placeholder: not searched).
    is_template = (
        bool(flags & _FORMAT_FLAGS)
        or domain == COMMON_DOMAIN
        or ("{" in entry.msgid and bool(region_placeholders(entry.msgid)))
    )
    forms = entry.forms
    # EntryContext(**fields), without the frozen dataclass's __init__, which sets its 22 fields one
    # object.__setattr__ at a time (half of the 12 us this took an entry; a cold check of the cloned
    # corpus makes 9,400): as placed_nowhere copies one, its defaults updated with every field given.
    context = object.__new__(EntryContext)
    fields = context.__dict__
    fields.update(_ENTRY_DEFAULTS)
    fields.update(shared)
    fields["line"] = entry.line
    fields["msgid"] = fields["source"] = entry.msgid
    fields["translation"] = forms[0] if forms else ""
    fields["flags"] = flags
    fields["is_template"] = is_template
    fields["formatted_with"] = _formatted_with(domain, flags)
    fields["translated"] = entry.translated
    fields["empty_forms"] = _empty_forms(entry)
    return context


# Every field of an EntryContext that has a default, at it (_entry_context gives the others).
_ENTRY_DEFAULTS = {
    name: value.default for name, value in EntryContext.__dataclass_fields__.items() if value.default is not MISSING
}


def _language(project: Project, locale: str) -> Language:
    """The checks' data for a locale; a language CLDR lacks has the script and number
    separators leaflets.toml declares (script, formats_like)."""
    declared = next((loc.declared for loc in project.locales if loc.code == locale), None)
    if declared is None:
        return language_for(locale)
    return language_for(locale, declared.script, declared.formats_like)


def _region(project: Project, locale: str) -> Region | None:
    """Where ``locale``'s readers are (its emergency number is for [emergency])."""
    return next((settings.region for settings in project.locales if settings.code == locale), None)


def _formatted_with(domain: str, flags: frozenset[str]) -> frozenset[str]:
    """How a translation is filled in: Jinja2's newstyle gettext formats every
    template translation with ``%``, so a ``no-python-format`` written into the
    common catalog by hand changes what msgfmt checks, not what the page does
    (``update`` writes the template's flags back); a format flag says so of any
    message (and makes msgfmt check it)."""
    formats = set()
    if "python-format" in flags or domain == COMMON_DOMAIN:
        formats.add("%")
    if "python-brace-format" in flags:
        formats.add("{}")
    return frozenset(formats)


def _empty_forms(entry: Message) -> tuple[int, ...]:
    """The empty msgstr[n] of a plural message some of whose forms are filled in; () otherwise."""
    if not entry.is_plural or not any(entry.forms):
        return ()
    return tuple(index for index, text in enumerate(entry.forms) if not text)


def _form_contexts(base: EntryContext, entry: Message) -> list[EntryContext]:
    """One context per msgstr form.  With several forms, form 0 renders the
    msgid (n = 1 in most languages) and the others the msgid_plural; with one
    form (Korean) it renders every n, so it is compared with the msgid_plural."""
    if not entry.is_plural:
        return [base]
    forms = entry.msgstr_plural
    contexts = []
    for index, text in enumerate(forms):
        source = entry.msgid if index == 0 and len(forms) > 1 else entry.msgid_plural or entry.msgid
        contexts.append(replace(base, source=source, translation=text, plural_form=index))
    return contexts


# Within one run over many catalogs (:func:`same_content_checked_once`): the content checks'
# findings for each distinct entry content, placed nowhere (file "", line 0, domain "").
# Each with its content_digest ("" until one is asked for).
_SAME_CONTENT: ContextVar[dict[EntryContext, tuple[tuple[Finding, ...], str]] | None] = ContextVar(
    "same_content", default=None
)
_SAME_CONTENT_LIMIT = 50_000  # entries remembered at most (a few hundred bytes each)


# What the run of :func:`same_content_checked_once` in progress in this process knows (None: no run):
# a worker forked meanwhile (check's) starts from it (:func:`check_same_content_once_in_this_process`).
_RUN_KNOWS: dict[EntryContext, tuple[tuple[Finding, ...], str]] | None = None


@contextmanager
def same_content_checked_once() -> Iterator[None]:
    """While this lasts, an entry whose content was checked before (the same English,
    translation, flags and locale in another leaflet: a shared heading, a cloned
    leaflet) gets the findings of that check, at its own file and line.

    The content checks read an entry's content only: what its domain means to them
    is in ``is_template`` and ``formatted_with``, and they run with file, line and
    domain blanked, so that a check cannot come to depend on them by accident.
    Scoped to one run, not to the process: what the checks read besides the entry
    (the installed word lists) is the same throughout a run.
    """
    global _RUN_KNOWS
    known: dict[EntryContext, tuple[tuple[Finding, ...], str]] = {}
    token = _SAME_CONTENT.set(known)
    outer, _RUN_KNOWS = _RUN_KNOWS, known
    try:
        yield
    finally:
        _RUN_KNOWS = outer
        _SAME_CONTENT.reset(token)


def check_same_content_once_in_this_process() -> None:
    """:func:`same_content_checked_once` for the rest of this process: a build's worker,
    which lives for one build. A worker forked during a run of it (check's) starts with
    what that run knew when it forked (in its own memory, a copy): started with nothing, a
    worker of check on the cloned corpus checked again what the first leaflet's catalog had
    (57 ms of CPU for its first catalog of that leaflet, 3.5 ms for each next one)."""
    _SAME_CONTENT.set(_RUN_KNOWS if _RUN_KNOWS is not None else {})


# What the content checks read of an entry, beyond its place (file, line, domain: blanked, see
# same_content_checked_once). ENTRY_FIELDS differ between the entries of one catalog and are in
# content_digest; LOCALE_FIELDS are the same for every entry of a locale and come from the settings,
# the locale's glossary and the code, which the key of remembered entries covers
# (pipeline.cache.entries_key). tests/test_check_cache.py fails on a field in neither.
PLACE_FIELDS = ("file", "line", "domain")
ENTRY_FIELDS = (
    "msgid",
    "source",
    "translation",
    "flags",
    "is_template",
    "formatted_with",
    "translated",
    "empty_forms",
    "plural_form",
)
LOCALE_FIELDS = (
    "locale",
    "language",
    "source_language",
    "glossary",
    "terms",
    "terms_file",
    "region",
    "emergency",
    "language_line",
    "source_region",
)


def content_digest(context: EntryContext) -> str:
    """The digest of an entry's content as the content checks read it (its ENTRY_FIELDS, and the
    locale fields that are plain text), under which its findings are remembered between runs.
    Python's repr of a tuple of text, numbers and booleans is exact and the same in every run,
    and four times quicker than JSON, which a cold check paid for every entry."""
    return digest(
        repr(
            (
                context.msgid,
                context.source,
                context.translation,
                tuple(sorted(context.flags)),
                context.is_template,
                tuple(sorted(context.formatted_with)),
                context.translated,
                context.empty_forms,
                context.plural_form,
                context.locale,
                context.language.code,
                context.source_language.code,
                context.region,
                context.emergency,
                context.language_line,
                context.source_region,
            )
        ).encode("utf-8")
    )[:32]


@dataclass
class EntryFindings:
    """The content checks' findings per entry content (:func:`content_digest`), placed nowhere:
    ``remembered`` from the catalog's last check (JSON, as :meth:`to_json` wrote it), and
    ``found`` by this one, to be remembered for the next. A translator's edit to one entry then
    has that entry checked again, not the whole catalog (pipeline.cache)."""

    remembered: dict[str, list[dict]] = field(default_factory=dict)
    found: dict[str, tuple[Finding, ...]] = field(default_factory=dict)

    def recall(self, digest: str) -> tuple[Finding, ...] | None:
        """The findings remembered for an entry content; None when there are none to trust (a
        cache file edited by hand is checked again, never believed)."""
        try:
            return tuple(Finding(**finding) for finding in self.remembered[digest])
        except (KeyError, TypeError):
            return None

    def to_json(self) -> dict[str, list[dict]]:
        return {digest: [finding.to_dict() for finding in found] for digest, found in sorted(self.found.items())}


def _content_findings(context: EntryContext, entries: EntryFindings | None = None) -> list[Finding]:
    """Every content check's findings for ``context``."""
    anywhere = placed_nowhere(context)
    known = _SAME_CONTENT.get()
    same = known.get(anywhere) if known is not None else None
    digest = ""
    if entries is not None:
        # The digest of a content checked before in this run is that content's: not made again
        # (a cold check of cloned leaflets spent a tenth of its catalogs' time on it).
        digest = same[1] if same is not None and same[1] else content_digest(anywhere)
    found = entries.recall(digest) if entries is not None else None
    if found is None and same is not None:
        found = same[0]
    if found is None:
        # A text too long to be a translation is not read as one: the other checks would only
        # repeat it, and over a megabyte of "[" they took half a minute.
        found = tuple(_run("length", check_too_long, anywhere)) or tuple(
            finding for check_id, check in CONTENT_CHECKS for finding in _run(check_id, check, anywhere)
        )
        if known is not None and len(known) < _SAME_CONTENT_LIMIT:
            known[anywhere] = (found, digest)
    if entries is not None:
        entries.found[digest] = found
    return [replace(finding, file=context.file, line=context.line, domain=context.domain) for finding in found]


def placed_nowhere(context: EntryContext) -> EntryContext:
    """``replace(context, file="", line=0, domain="")``, without running the dataclass's __init__
    field by field again for every entry (it cost as much as looking up the entry's known findings):
    EntryContext is frozen, derives no field and has no __post_init__ (tests/test_check_cache.py
    holds it to that), so a copy of its fields is the same value."""
    nowhere = object.__new__(EntryContext)
    nowhere.__dict__.update(context.__dict__, file="", line=0, domain="")
    return nowhere


def _run(check_id: str, check: Callable, context, *more: Any) -> list[Finding]:
    """``check(context, *more)``'s findings; a check that raises gives one error naming it."""
    try:
        return list(check(context, *more))
    except Exception as exc:  # a check must never stop the run; report the bug instead
        message = f"internal error in the {check_id} check ({type(exc).__name__}: {exc}); please report it"
        return [context.finding(check_id, ERROR, message)]
