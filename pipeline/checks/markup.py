"""[markup] The translation renders with the same structure as the source.

Errors, because the page changes or becomes unsafe:
- link targets differ (another multiset of ``[text](url)`` / image URLs);
- link syntax with an address the renderer refuses (``javascript:``,
  ``vbscript:``, ``file:``, ``data:``): never a link, it shows as raw text;
- raw HTML that the source does not have (``<script>``, ``<img onerror=...>``):
  leaflets are rendered with raw HTML enabled, so a translation could inject
  markup into the page;
- a block construct in a one-block message: a translation that starts with
  ``# ``, ``- ``, ``1. ``, ``> ``, a code fence, four spaces, ``---``, a table
  row, or contains a blank line would turn a paragraph into a heading, a
  list, a block quote, code or two paragraphs.

Warnings, because the text is still right but loses emphasis:
- emphasis, strong emphasis, code spans or raw HTML of the source missing.
  The typical Korean case is ``**주의:**하세요``, which CommonMark does not
  read as bold (see the message).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from markdown_it import MarkdownIt

from pipeline.checks.context import EntryContext
from pipeline.checks.inline import BLOCK_CONSTRUCTS, normalise_tag
from pipeline.findings import ERROR, WARNING, Finding

CHECK = "markup"
_MARKDOWN = MarkdownIt("commonmark")
_LINK_SYNTAX = re.compile(r"\]\(\s*<?([^\s)>]+)")

_UNREAD_DELIMITER_HINT = (
    ": Markdown does not read the {marks} in it as emphasis (a closing {marks} right after punctuation "
    "must be followed by a space or punctuation, e.g. write **주의**: or **주의:** 하세요)"
)


def check_markup(ctx: EntryContext) -> Iterator[Finding]:
    yield from _links(ctx)
    yield from _refused_links(ctx)
    yield from _raw_html(ctx)
    yield from _blocks(ctx)
    yield from _emphasis(ctx)
    yield from _code_spans(ctx)


def _links(ctx: EntryContext) -> Iterator[Finding]:
    source = Counter(ctx.source_view.link_targets)
    translation = Counter(ctx.translation_view.link_targets)
    for target in sorted((source - translation).elements()):
        yield ctx.finding(CHECK, ERROR, f"link target {target} is missing from the translation")
    for target in sorted((translation - source).elements()):
        yield ctx.finding(CHECK, ERROR, f"link target {target} in the translation is not in the source")


def _refused_links(ctx: EntryContext) -> Iterator[Finding]:
    for target in _LINK_SYNTAX.findall(ctx.translation):
        if not _MARKDOWN.validateLink(_MARKDOWN.normalizeLink(target)):
            yield ctx.finding(CHECK, ERROR, f"link address {target} is refused (its scheme is not allowed); "
                                            "the page would show the Markdown as text")


def _raw_html(ctx: EntryContext) -> Iterator[Finding]:
    source = Counter(normalise_tag(tag) for tag in ctx.source_view.html_tags)
    written = {normalise_tag(tag): tag for tag in ctx.translation_view.html_tags}
    translation = Counter(normalise_tag(tag) for tag in ctx.translation_view.html_tags)
    added = sorted(set(translation - source))
    for tag in added:
        if tag.startswith("</") and any(other.startswith(f"<{tag[2:].rstrip('>').strip()}") for other in added):
            continue  # "<script>" says it; "</script>" would only repeat it
        message = f"raw HTML {written[tag]} in the translation is not in the source (HTML injection risk)"
        yield ctx.finding(CHECK, ERROR, message)
    for tag in sorted(set(source - translation)):
        yield ctx.finding(CHECK, WARNING, f"raw HTML {tag} of the source is missing from the translation")


def _blocks(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = ctx.source_view, ctx.translation_view
    added = Counter(translation.blocks) - Counter(source.blocks)
    # Raw HTML blocks are reported above, with the tag that starts them.
    constructs = [BLOCK_CONSTRUCTS[kind] for kind in translation.blocks if kind in BLOCK_CONSTRUCTS and added[kind]]
    if constructs:
        yield ctx.finding(
            CHECK, ERROR, f"the translation starts {constructs[0]}, but the source is one block of inline text"
        )
    elif translation.paragraphs > max(source.paragraphs, 1):
        yield ctx.finding(CHECK, ERROR, "the translation contains a blank line, which splits the block into paragraphs")
    elif translation.looks_like_table_row and not source.looks_like_table_row:
        yield ctx.finding(CHECK, ERROR, "the translation looks like a table row (| ... |), which breaks the table")


def _emphasis(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = ctx.source_view, ctx.translation_view
    for kind, marks, lost in (
        ("strong emphasis (**...**)", "**", source.strong - translation.strong),
        ("emphasis (*...*)", "*", source.emphasis - translation.emphasis),
    ):
        if lost > 0:
            hint = _UNREAD_DELIMITER_HINT.format(marks=marks) if marks in translation.prose else ""
            yield ctx.finding(CHECK, WARNING, f"{kind} of the source is missing from the translation{hint}")


def _code_spans(ctx: EntryContext) -> Iterator[Finding]:
    missing = Counter(ctx.source_view.code_spans) - Counter(ctx.translation_view.code_spans)
    for code in sorted(missing.elements()):
        yield ctx.finding(CHECK, WARNING, f"code span `{code}` of the source is missing from the translation")
