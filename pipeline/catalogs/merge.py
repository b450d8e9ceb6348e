"""A catalog updated to its template, as ``msgmerge`` would: pure, losing nothing.

* An unchanged message keeps its translation, flags and translator comments;
  its references and notes (``#.``) come from the template.
* A changed message takes the translation of the closest old one (difflib
  ratio at least 0.6, as Babel's ``Catalog.update``), marked ``fuzzy`` with
  the old text as ``#| msgid``. Unlike msgmerge, a ``#| msgid`` naming other
  English is kept on an entry whose fuzzy mark a tool cleared: it is what
  the [fuzzy-cleared] check holds the release back by.
* A removed message becomes obsolete (``#~``); an obsolete message whose
  text returns is revived with its translation and flags (a fuzzy one stays
  fuzzy), plural messages included. One nobody translated or commented on is
  dropped, as msgmerge drops it: there is nothing in it to keep.
* A new or untranslated message, or a changed one whose previous translation
  is a poorer match, takes a suggestion from the translation memory when one is given
  (``memory.py``: the locale's other catalogs, as ``msgmerge --compendium``),
  always ``fuzzy`` and with a comment naming where it came from.
* A ``Plural-Forms`` gettext cannot use, or not known for the language, is
  replaced by the language's rule *before* anything is merged (unless a
  translated form would be lost), so plural translations are judged by the
  rule the catalog will have: one with as many forms as it asks for stays as
  it was, never fuzzy.
* Format flags (``python-format``, ``no-python-format`` ...) come from the
  template: the extractor knows how the text is used.

What merge had to decide is returned as notes, each with the line of the
entry in the catalog as read, for the command to print.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from difflib import SequenceMatcher
from heapq import nlargest
from typing import TypeVar

from pipeline.catalogs.catalog import FUZZY, Catalog, Message
from pipeline.catalogs.memory import Suggestion, TranslationMemory, is_memory_comment
from pipeline.catalogs.templates import translation_header
from pipeline.config import Project
from pipeline.plurals import (
    PluralFormsError,
    PluralRule,
    forms_mismatch,
    matching_rule,
    parse_plural_forms,
    preferred_rule,
)

FUZZY_CUTOFF = 0.6  # Babel's and difflib's default: below it a match is more noise than help
K = TypeVar("K")


@dataclass(frozen=True)
class Note:
    line: int  # of the entry in the catalog as read; 0 for the whole catalog
    text: str
    problem: bool = False  # the catalog needs a translator's attention (the command fails)


@dataclass(frozen=True)
class Merged:
    catalog: Catalog
    notes: tuple[Note, ...] = ()


def merge(
    catalog: Catalog,
    template: Catalog,
    locale: str,
    memory: TranslationMemory | None = None,
    declared: PluralRule | None = None,
) -> Merged:
    """``catalog`` updated to ``template`` (see the module docstring); ``memory``
    suggests translations for what the catalog itself cannot fill; ``declared`` is the
    plural rule leaflets.toml gives a language CLDR lacks."""
    catalog, notes = _revive(catalog, template)
    # The rule is repaired before anything is measured against it: a plural translation with
    # as many forms as the repaired rule is right, and must not be marked fuzzy by the old one.
    catalog, repaired = repair_plural_rule(catalog, locale, declared)
    if repaired is not None:
        notes.insert(0, repaired)
    nplurals = stated_nplurals(catalog, locale, declared)
    old = {message.key: message for message in catalog.messages}
    candidates: dict[str, tuple[str | None, str]] = {}
    for message in catalog.messages:
        if message.msgid and message.has_translation:
            candidates[match_key(message.msgid)] = message.key
    pairing = closest_pairs(
        {new.key: match_key(new.msgid) for new in template.messages if new.key not in old}, candidates
    )
    exact, used = set(), set()
    merged = []
    suggested = 0
    for new in template.messages:
        if new.key in old:
            exact.add(new.key)
            carried = _carry(new, old[new.key], nplurals, changed=False)
            # The memory (every leaflet's) is asked only when the catalog cannot fill the entry.
            suggestion = None if carried.has_translation else _remembered(memory, new)
            if suggestion is not None:
                carried = _suggested(carried, suggestion)
                suggested += 1
            merged.append(carried)
            continue
        suggestion = _remembered(memory, new)
        closest = pairing.get(new.key)
        if suggestion is not None and (closest is None or suggestion.ratio > closest[0]):
            merged.append(_suggested(new, suggestion))
            suggested += 1
        elif closest is not None:
            source = old[candidates[closest[1]]]
            used.add(source.key)
            merged.append(_carry(new, source, nplurals, changed=True))
        else:
            merged.append(_untranslated(new, nplurals))
    obsolete = list(catalog.obsolete)
    for message in catalog.messages:
        if message.key in exact or message.key in used or not _worth_keeping(message):
            continue
        gone = _obsolete(message)
        same = next((index for index, o in enumerate(obsolete) if o.key == gone.key), None)
        if same is None:
            obsolete.append(gone)
        else:
            obsolete[same] = gone
    result = catalog.replace_messages(merged, obsolete)
    created = template.header_value("POT-Creation-Date")
    if created:
        result = result.with_header("POT-Creation-Date", created, after=("Report-Msgid-Bugs-To",))
    result, header_notes = _header_repaired(result, locale)
    notes += header_notes
    notes += _plural_form_notes(merged, nplurals)
    if suggested:
        notes.append(
            Note(
                0,
                f"{suggested} entr{'y' if suggested == 1 else 'ies'} filled from translation memory, "
                "marked fuzzy for a translator to check",
            )
        )
    return Merged(result, tuple(notes))


def _header_repaired(catalog: Catalog, locale: str) -> tuple[Catalog, list[Note]]:
    """The header fields the [header] check requires, set as gettext tools need them: the
    catalog's Language is its directory's locale, its charset UTF-8 (the text is re-encoded
    on writing, nothing of it changes)."""
    notes = []
    language = catalog.header_value("Language")
    if language is None:
        catalog = catalog.with_header("Language", locale, after=("Last-Translator",))
    elif language.replace("-", "_").lower() != locale.lower():
        catalog = catalog.with_header("Language", locale)
        notes.append(Note(0, f"Language was {language!r}; wrote {locale}, the locale of the catalog's folder"))
    charset = catalog.charset
    content_type = catalog.header_value("Content-Type")
    try:
        known = codecs.lookup(charset).name
    except LookupError:  # pofile read it as UTF-8: no tool here can read it as what it says
        known = ""
    if content_type is not None and known != "utf-8":
        catalog = catalog.with_header("Content-Type", re.sub(r"charset\s*=\s*[^\s;]+", "charset=utf-8", content_type))
        was = (
            f"was in {charset}"
            if known
            else f"declared charset {charset}, which Python does not know, and was read as UTF-8"
        )
        notes.append(Note(0, f"the catalog {was}; wrote it in UTF-8, the one charset catalogs here may have"))
    return catalog, notes


def new_translation(
    project: Project,
    template: Catalog,
    domain: str,
    locale: str,
    created: datetime,
    memory: TranslationMemory | None = None,
) -> Merged:
    """A fresh catalog for ``locale``: every message of ``template`` untranslated, but
    for the memory's suggestions."""
    empty = Catalog(translation_header(project, template, domain, locale, created))
    return merge(empty, template, locale, memory, project.declared_plural_rule(locale))


def stated_nplurals(catalog: Catalog, locale: str, declared: PluralRule | None = None) -> int:
    """How many msgstr[n] forms the catalog's plural messages should have."""
    stated = catalog.header_value("Plural-Forms")
    if stated:
        try:
            return parse_plural_forms(stated).nplurals
        except PluralFormsError:
            pass
    rule = preferred_rule(locale, declared)
    return rule.nplurals if rule else 2


def repair_plural_rule(
    catalog: Catalog, locale: str, declared: PluralRule | None = None
) -> tuple[Catalog, Note | None]:
    """Replace a missing, unusable or unknown ``Plural-Forms`` by the preferred
    rule, unless a translated form would be lost."""
    preferred = preferred_rule(locale, declared)
    if preferred is None:
        return catalog, None
    stated = catalog.header_value("Plural-Forms")
    if stated:
        try:
            if matching_rule(parse_plural_forms(stated), locale, declared):
                return catalog, None
        except PluralFormsError:
            pass
    lost = [m for m in catalog.messages if m.is_plural and any(m.msgstr_plural[preferred.nplurals :])]
    if lost:
        return catalog, Note(
            0,
            f"Plural-Forms {stated!r} is not a rule known for {locale}, but replacing it "
            f"with {preferred.header!r} would drop translated forms of {len(lost)} "
            "message(s); fix it by hand",
        )
    repaired = _with_rule(catalog, preferred)
    was = f"Plural-Forms was {stated!r}" if stated else "the catalog had no Plural-Forms"
    return repaired, Note(0, f"{was}; wrote {preferred.header!r} ({preferred.source})")


def _with_rule(catalog: Catalog, rule: PluralRule) -> Catalog:
    def fitted(message: Message) -> Message:
        if not message.is_plural:
            return message
        forms = message.msgstr_plural[: rule.nplurals]
        return replace(message, msgstr_plural=forms + ("",) * (rule.nplurals - len(forms)))

    catalog = catalog.with_header("Plural-Forms", rule.header, after=("Language-Team", "Language"))
    return catalog.replace_messages([fitted(m) for m in catalog.messages])


# -- revival and duplicates ------------------------------------------------------


def _revive(catalog: Catalog, template: Catalog) -> tuple[Catalog, list[Note]]:
    """Obsolete messages whose text is back become live again; an obsolete message
    that duplicates a live one or an earlier obsolete one (msgfmt rejects the file)
    gives its translation to an untranslated live one, and is dropped."""
    wanted = {message.key for message in template.messages}
    live = {message.key: message for message in catalog.messages}
    order = list(live)
    kept: dict[tuple[str | None, str], Message] = {}
    notes: list[Note] = []
    for old in catalog.obsolete:
        if old.key in live:
            current = live[old.key]
            if not current.has_translation and old.has_translation:
                live[old.key] = _revived(old, current)
                notes.append(
                    Note(
                        old.line,
                        f"the obsolete copy of the message at line {current.line} had its "
                        "translation; moved it back to the live message",
                    )
                )
            elif old.has_translation and old.forms != current.forms:
                notes.append(
                    Note(
                        old.line,
                        "dropped an obsolete duplicate of the message at line "
                        f"{current.line} (msgfmt rejects duplicates); its translation was "
                        f"{' | '.join(old.forms)!r}",
                    )
                )
        elif old.key in kept:
            first = kept[old.key]
            if old.has_translation and old.forms != first.forms:
                notes.append(
                    Note(
                        old.line,
                        f"dropped a second obsolete copy of the message at line {first.line}; "
                        f"its translation was {' | '.join(old.forms)!r}",
                    )
                )
        elif old.key in wanted:
            live[old.key] = _revived(old, old)
            order.append(old.key)
        elif _worth_keeping(old):
            kept[old.key] = old
    return catalog.replace_messages([live[key] for key in order], kept.values()), notes


def _revived(old: Message, place: Message) -> Message:
    """``old``'s translation, flags and comments, live again where ``place`` stands."""
    return replace(
        old,
        obsolete=False,
        references=place.references,
        extracted_comments=place.extracted_comments,
        line=place.line or old.line,
    )


def _worth_keeping(message: Message) -> bool:
    """Whether a message the template no longer has holds anything a translator wrote:
    a translation or a comment. One with neither is dropped, as msgmerge drops it: kept,
    every edit to a passage nobody had translated yet would leave an empty ``#~`` entry
    behind in every catalog that lacks it (a new language's, all of them)."""
    return message.has_translation or bool(message.translator_comments)


def _obsolete(message: Message) -> Message:
    """As msgmerge keeps a removed message: translation, flags, translator comments
    and previous strings; not its references and notes, which described the source."""
    return replace(message, obsolete=True, references=(), extracted_comments=())


# -- carrying translations over ------------------------------------------------------


def _carry(new: Message, old: Message, nplurals: int, changed: bool) -> Message:
    """``new`` (from the template) with ``old``'s translation; fuzzy when the text
    changed or the translation no longer fits its form (singular or plural)."""
    fuzzy = changed or old.fuzzy
    msgstr, forms = "", tuple[str, ...]()
    if new.is_plural and old.is_plural:
        forms = old.msgstr_plural
        fuzzy = fuzzy or len(forms) != nplurals
        # The forms the language has and the entry lacks, empty for the translator to fill (as msgmerge
        # adds them); a form too many is kept: it is a translator's text.
        forms += ("",) * (nplurals - len(forms))
    elif new.is_plural:
        forms, fuzzy = (old.msgstr,) + ("",) * (nplurals - 1), True
    elif old.is_plural:
        msgstr, fuzzy = (old.msgstr_plural[0] if old.msgstr_plural else ""), True
    else:
        msgstr = old.msgstr
    kept = [flag for flag in old.flags if flag != FUZZY and not _is_format_flag(flag)]
    comments = tuple(dict.fromkeys(old.translator_comments))
    if not fuzzy:  # a translator has checked the memory's suggestion: its note is history
        comments = tuple(comment for comment in comments if not is_memory_comment(comment))
    # Sorted, as Babel writes them, so the catalogs it wrote stay byte-identical.
    flags = sorted({*new.flags, *kept, *([FUZZY] if fuzzy else [])})
    previous: tuple[str | None, str | None, str | None]
    if changed:
        previous = (old.msgctxt, old.msgid, old.msgid_plural)
    elif fuzzy or old.previous_english_differs:
        # Kept on an entry no longer fuzzy too (msgmerge drops them there): a tool cleared its fuzzy
        # mark, and [fuzzy-cleared] keeps the release from publishing it until a translator has read
        # it against the new English and deleted them. A translator's own edit leaves none to keep.
        previous = (old.previous_msgctxt, old.previous_msgid, old.previous_msgid_plural)
    else:
        previous = (None, None, None)
    return replace(
        new,
        msgstr=msgstr,
        msgstr_plural=forms,
        flags=tuple(dict.fromkeys(flags)),
        translator_comments=comments or new.translator_comments,
        previous_msgctxt=previous[0],
        previous_msgid=previous[1],
        previous_msgid_plural=previous[2],
        line=old.line,
    )


def _remembered(memory: TranslationMemory | None, new: Message) -> Suggestion | None:
    """The memory's suggestion for ``new``: singular messages only."""
    return memory.suggest(new.msgid) if memory is not None and not new.is_plural else None


def _suggested(new: Message, suggestion: Suggestion) -> Message:
    """``new`` with the memory's translation, fuzzy, saying where it came from."""
    previous = None if suggestion.identical else suggestion.entry.msgid
    return replace(
        new,
        msgstr=suggestion.entry.msgstr,
        flags=tuple(sorted({*new.flags, FUZZY})),
        translator_comments=(*new.translator_comments, suggestion.comment()),
        previous_msgid=previous,
    )


def _untranslated(new: Message, nplurals: int) -> Message:
    if new.is_plural:
        return replace(new, msgstr_plural=("",) * nplurals)
    return new


def _is_format_flag(flag: str) -> bool:
    return flag.endswith("-format")  # python-format, no-python-format, c-format ...


def match_key(msgid: str) -> str:
    return msgid.lower().strip()


def closest_message(word: str, candidates: Mapping[str, object]) -> tuple[float, str] | None:
    """The candidate most like ``word`` (ratio >= FUZZY_CUTOFF), as Babel picks it, with its ratio."""
    best = nlargest(1, _scored(word, candidates))
    return best[0] if best else None


def closest_pairs(
    wanted: Mapping[K, str], candidates: Mapping[str, object], reuse: bool = True
) -> dict[K, tuple[float, str]]:
    """For each new message (key -> its text to match), the old text whose translation it takes.

    Closest pairs first, each old text given once: two list items changed together ("1 g/kg a day
    for 3 days" and "0.4 g/kg a day for 5 days", both doses new) each take their own old
    translation, not both the one that happens to score highest for the first. A message left
    without one takes its closest even if given already (a passage split in two), as msgmerge does,
    unless not ``reuse``.
    """
    scored = {key: _scored(text, candidates) for key, text in wanted.items()}
    pairs = sorted(
        ((ratio, candidate, key) for key, found in scored.items() for ratio, candidate in found),
        key=lambda pair: (-pair[0], pair[1], wanted[pair[2]]),
    )
    paired: dict[K, tuple[float, str]] = {}
    given: set[str] = set()
    for ratio, candidate, key in pairs:
        if key not in paired and candidate not in given:
            paired[key] = (ratio, candidate)
            given.add(candidate)
    for key, found in scored.items():
        if reuse and key not in paired and found:
            paired[key] = max(found)
    return paired


def _scored(word: str, candidates: Mapping[str, object]) -> list[tuple[float, str]]:
    """Every candidate like ``word`` (ratio >= FUZZY_CUTOFF) with its ratio.

    ``autojunk=False``: difflib's heuristic treats frequent characters as junk in
    texts over 200 characters, missing obvious matches (python/cpython#90825).
    """
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(word)
    scored = []
    for candidate in candidates:
        matcher.set_seq1(candidate)
        if (
            matcher.real_quick_ratio() >= FUZZY_CUTOFF
            and matcher.quick_ratio() >= FUZZY_CUTOFF
            and matcher.ratio() >= FUZZY_CUTOFF
        ):
            scored.append((matcher.ratio(), candidate))
    return scored


def _plural_form_notes(messages: list[Message], nplurals: int) -> list[Note]:
    return [
        Note(
            message.line,
            f"this plural message has {forms_mismatch(len(message.msgstr_plural), nplurals)}; msgfmt "
            "rejects the catalog and it cannot be released until a translator fixes it",
            problem=True,
        )
        for message in messages
        if message.is_plural and message.has_translation and len(message.msgstr_plural) != nplurals
    ]
