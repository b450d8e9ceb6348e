"""The one argument every check receives: a catalog entry with its surroundings."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, wraps
from typing import TypeVar

from pipeline.checks.inline import InlineView, inline_view
from pipeline.findings import Finding
from pipeline.languages import Language
from pipeline.plurals import PluralRule
from pipeline.terminology import Term

FUZZY = "fuzzy"
_T = TypeVar("_T")


@dataclass(frozen=True)
class EntryContext:
    """One message (one plural form of it) to check, and everything a check may need.

    ``source`` is the English text this ``translation`` renders: the msgid,
    or for plural forms other than the first the msgid_plural.  Findings are
    reported against ``msgid`` and ``line`` (the ``msgid`` line in the file).
    """

    file: str
    line: int
    locale: str
    domain: str
    msgid: str
    source: str
    translation: str
    language: Language  # the target language
    source_language: Language
    glossary: tuple[str, ...] = ()  # do-not-translate terms
    terms: tuple[Term, ...] = ()  # the locale's glossary: approved translations
    terms_file: str = ""  # where they come from, for messages
    flags: frozenset[str] = frozenset()
    is_template: bool = False  # placeholders are meaningful (common domain, *-format flags)
    # How the translation is filled in: "%" (Jinja2's newstyle gettext formats every
    # template translation with %; python-format), "{}" (python-brace-format); none: never.
    formatted_with: frozenset[str] = frozenset()
    translated: bool = True  # every form filled in and not fuzzy
    # The msgstr[n] left empty in a plural message that has others filled in (Russian's [1] and [2]
    # beside [0]): the translator who filled one form must learn which are missing.
    empty_forms: tuple[int, ...] = ()
    plural_form: int | None = None  # index of the msgstr[n] form, None for singular entries
    # Where the locale's readers are (leaflets.toml, pipeline/regions.py): "US", its emergency number and
    # its language-help line (none: not configured).
    region: str = ""
    emergency: str = ""
    language_line: str = ""
    # The English's readers' region: a phone number of the source is dialled as they dial it ([phone]).
    source_region: str = ""

    @property
    def fuzzy(self) -> bool:
        return FUZZY in self.flags

    # Read by most checks, several times each: worked out once per entry (a frozen dataclass's
    # cached_property writes to the instance's __dict__, not through __setattr__; it is no field,
    # so equality, hashing and dataclasses.replace do not see it).
    @cached_property
    def source_view(self) -> InlineView:
        return inline_view(self.source)

    @property
    def rendered_sources(self) -> tuple[str, ...]:
        """Every English text this translation stands for: ``source``, and with a
        single plural form (Korean: msgstr[0] is shown for every n) the msgid too."""
        if self.plural_form == 0 and self.source != self.msgid:
            return (self.msgid, self.source)
        return (self.source,)

    @cached_property
    def translation_view(self) -> InlineView:
        return inline_view(self.translation)

    # The visible text with digits of any script as ASCII (numerals.normalise): read by [untranslated-text],
    # [phone] and [emergency], and not quick to make of a text outside ASCII (a Korean translation).
    @cached_property
    def normalised_source(self) -> str:
        from pipeline.checks.numerals import normalise  # not at import: numerals imports this module

        return normalise(self.source_view.prose)

    @cached_property
    def normalised_translation(self) -> str:
        from pipeline.checks.numerals import normalise

        return normalise(self.translation_view.prose)

    def finding(self, check: str, severity: str, message: str) -> Finding:
        if self.plural_form is not None:
            message = f"msgstr[{self.plural_form}]: {message}"
        return Finding(self.file, self.line, severity, check, self.locale, self.domain, self.msgid, message)


def once_per_entry(analysis: Callable[[EntryContext], _T]) -> Callable[[EntryContext], _T]:
    """``analysis(ctx)`` worked out once per entry and remembered on it, for an analysis of an entry's
    content that several checks read ([phone] and [emergency] compare the same numbers to call):
    kept in the instance's ``__dict__`` as :class:`EntryContext`'s cached properties are (no field:
    equality, hashing and ``dataclasses.replace`` do not see it). Only for a pure function of the
    entry's content, whose result its readers do not change."""
    key = f"_once_{analysis.__module__}.{analysis.__qualname__}"

    @wraps(analysis)
    def remembered(ctx: EntryContext) -> _T:
        known = ctx.__dict__
        if key not in known:
            known[key] = analysis(ctx)
        return known[key]

    return remembered


def not_checked_without(ctx: EntryContext, words: str) -> str:
    """How a message ends that points a reviewer at what the checker cannot read in a language
    without those ``words`` in pipeline/languages/ (one ``leaflets init`` added): "not checked
    (pipeline/languages/ has no Vietnamese words for periods); read it against the English"."""
    name = ctx.language.english_name or ctx.locale
    return f"not checked (pipeline/languages/ has no {name} {words}); read it against the English"


@dataclass(frozen=True)
class HeaderContext:
    """The catalog header (the entry with an empty msgid) and what catalog-wide checks need."""

    file: str
    line: int
    locale: str  # from the directory name: locales/<locale>/LC_MESSAGES
    domain: str
    metadata: Mapping[str, str] = field(default_factory=dict)
    # (msgid line, number of msgstr[n] forms) of every live plural entry
    plural_entries: tuple[tuple[int, int], ...] = ()
    # (line, line of the first definition) of every obsolete entry that repeats a
    # live or an earlier obsolete one: msgfmt rejects such a catalog
    duplicates: tuple[tuple[int, int], ...] = ()
    # The Plural-Forms leaflets.toml declares for a language CLDR lacks (plural_forms)
    declared_rule: PluralRule | None = None
    # The header entry as written: its msgstr ("Name: value" lines), each field in order, its fuzzy flag
    text: str = ""
    fields: tuple[tuple[str, str], ...] = ()
    fuzzy: bool = False
    # The file line of each field (Catalog.header_field_lines), and of each line of ``text``
    field_lines: tuple[int, ...] = ()
    text_lines: tuple[int, ...] = ()

    def finding(self, check: str, severity: str, message: str, line: int | None = None) -> Finding:
        return Finding(self.file, line or self.line, severity, check, self.locale, self.domain, "", message)

    def field_line(self, name: str) -> int | None:
        """The line of the field whose value ``metadata`` holds (the last spelled ``name``, as a dict
        of ``fields`` keeps it); None when the header lacks it, whose finding names the header's line."""
        lines = [line for (key, _), line in zip(self.fields, self.field_lines, strict=False) if key == name]
        return lines[-1] if lines else None

    def text_line(self, offset: int) -> int | None:
        """The line of the character at ``offset`` in ``text``, when the file's lines are known."""
        index = self.text.count("\n", 0, offset)
        return self.text_lines[index] if index < len(self.text_lines) else None
