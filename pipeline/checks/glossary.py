"""[glossary] Do-not-translate terms stay as written; approved terms are used.

Two rules under one check id, both warnings (a reviewer may rephrase on purpose):

* a do-not-translate term of the source is missing from the translation;
* a term of the locale's glossary (``locales/<locale>/glossary.tsv``, see
  :mod:`pipeline.terminology`) occurs in the source and its approved
  translation does not occur in the translation.

Do-not-translate terms come from ``[glossary] do_not_translate`` in leaflets.toml.
Both rules find terms with :func:`pipeline.terminology.find_terms`, the one
matcher, which also decides the ``#.`` glossary notes ``update`` writes: a
term matches as a whole term: "TEN" is not found in "often" or in "ten days"
(acronyms match case-sensitively), "IL-2" is not found in "IL-23"; Korean
particles may follow directly ("IVIG는"), since only Latin letters and digits
continue a term; a longer term hides a shorter one inside it ("SJS/TEN", not
also "TEN"); a term inside a web address does not count.  An all-lowercase
term (a drug name) also matches capitalised at the start of a sentence; the
translation may then use either spelling.  A warning: the term may be
legitimately rephrased by a reviewer.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.inline import inline_view
from pipeline.findings import WARNING, Finding
from pipeline.terminology import approved_terms, approved_text_of, find_terms, has_approved_in, terms_in

CHECK = "glossary"


def check_glossary(ctx: EntryContext) -> Iterator[Finding]:
    if not ctx.glossary:
        return
    in_source = [
        found for text in ctx.rendered_sources for found in find_terms(inline_view(text).prose, ctx.glossary)[1]
    ]
    if not in_source:
        return  # (most messages) no term to look for in the translation
    _, in_translation = find_terms(ctx.translation_view.prose, ctx.glossary)
    for term in dict.fromkeys(occurrence.term for occurrence in in_source):
        # As the source writes it, or as leaflets.toml does ("ibuprofen" for "Ibuprofen").
        accepted = {occurrence.written for occurrence in in_source if occurrence.term == term} | {term}
        if not any(occurrence.term == term and occurrence.written in accepted for occurrence in in_translation):
            yield ctx.finding(CHECK, WARNING, f"do-not-translate term {term} is missing from the translation")


def check_approved_terms(ctx: EntryContext) -> Iterator[Finding]:
    terms = approved_terms(ctx.terms, ctx.glossary)  # do-not-translate terms: checked above, one warning is enough
    if not terms:
        return
    in_source = dict.fromkeys(
        term for text in ctx.rendered_sources for term in terms_in(inline_view(text).prose, terms)
    )
    if not in_source:
        return
    translation = approved_text_of(ctx.translation_view.prose)  # made once, not once per term
    for term in in_source:
        if not has_approved_in(term, translation):
            yield ctx.finding(
                CHECK,
                WARNING,
                f"glossary term {term.english!r} is not translated as {term.approved!r} ({ctx.terms_file}:{term.line})",
            )
