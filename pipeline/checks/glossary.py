"""[glossary] Do-not-translate terms stay as written; approved terms are used.

Two rules under one check id, both warnings (a reviewer may rephrase on purpose):

* a do-not-translate term of the source is missing from the translation;
* a term of the locale's glossary (``locales/<locale>/glossary.tsv``, see
  :mod:`pipeline.terminology`) occurs in the source and its approved
  translation does not occur in the translation.

Do-not-translate terms come from ``[glossary] do_not_translate`` in leaflets.toml.  A term
matches as a whole term: "TEN" is not found in "often" or in "ten days"
(acronyms match case-sensitively), "IL-2" is not found in "IL-23".  Korean
particles may follow directly ("IVIG는"), since only Latin letters and digits
continue a term.  An all-lowercase term (a drug name) also matches
capitalised at the start of a sentence; the translation may then use either
spelling.  A warning: the term may be legitimately rephrased by a reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from pipeline.checks import patterns
from pipeline.checks.context import EntryContext
from pipeline.findings import WARNING, Finding
from pipeline.terminology import has_approved, terms_in

CHECK = "glossary"


@lru_cache(maxsize=1024)
def term_re(term: str) -> re.Pattern:
    flags = re.IGNORECASE if term.islower() else 0
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", flags)


def blank_terms(text: str, terms: Iterable[str]) -> str:
    """``text`` with every glossary term replaced by spaces (longest first, so SJS/TEN before TEN)."""
    for term in sorted(terms, key=len, reverse=True):
        text = term_re(term).sub(lambda m: " " * len(m.group()), text)
    return text


def check_glossary(ctx: EntryContext) -> Iterator[Finding]:
    if not ctx.glossary:
        return
    source = patterns.blank_out(ctx.source_view.prose)
    translation = patterns.blank_out(ctx.translation_view.prose)
    for term in ctx.glossary:
        written = {match.group() for match in term_re(term).finditer(source)}
        if not written:
            continue
        accepted = written | {term}
        if not any(match.group() in accepted for match in term_re(term).finditer(translation)):
            yield ctx.finding(CHECK, WARNING, f"do-not-translate term {term} is missing from the translation")


def check_approved_terms(ctx: EntryContext) -> Iterator[Finding]:
    kept_as_written = set(ctx.glossary)  # checked above, one warning is enough
    terms = [term for term in ctx.terms if term.english not in kept_as_written]
    if not terms:
        return
    translation = ctx.translation_view.prose
    for term in terms_in(ctx.source_view.prose, terms):
        if not has_approved(term, translation):
            yield ctx.finding(
                CHECK,
                WARNING,
                f"glossary term {term.english!r} is not translated as {term.approved!r} ({ctx.terms_file}:{term.line})",
            )
