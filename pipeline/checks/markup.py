"""[markup] The translation renders with the same structure as the source.

Links and raw HTML are judged on what the page will *render*: each message is
parsed by the page's own parser (pipeline.markdown: raw HTML and images off,
every passage on its own, entities decoded), so a spelling that hides from a
pattern (``java&#x73;cript:``, ``&lt;img&gt;``, ``[x][ref]``) is seen as the
reader would see it.

Errors, because the page changes or becomes unsafe:
- link targets differ: the multiset of rendered ``href`` (links and
  autolinks) of the translation is not that of the source; an autolink whose
  address [urls] or [email] reports is theirs to tell;
- a link address the renderer refuses (``javascript:``, ``vbscript:``,
  ``file:``, ``data:``, however it is spelled): never a link, it shows as text;
- an image (``![alt](src)``): images are off, the page shows ``!`` and a link;
- HTML-looking text the source does not have (``<script>``,
  ``<img src=x onerror=...>``, ``&lt;b&gt;``, ``<bé onclick=...>``): shown as
  literal tags, or worse wherever a page were ever rendered with raw HTML on;
- a character reference the page shows as typed (``&#60script&#62``, whose
  ";" HTML does not need but the renderer does; ``&amp;lt;``, escaped twice);
- link syntax that does not render as a link (``[text][ref]``: each passage
  is rendered alone, so reference links never resolve);
- a code span the source does not have (a dose or a phone number in backticks):
  every check leaves code spans out, so what one says would reach the page unchecked;
- a block construct in a one-block message: a translation that starts with
  ``# ``, ``- ``, ``1. ``, ``> ``, a code fence, four spaces, ``---``, a table
  row, or contains a blank line would turn a paragraph into a heading, a
  list, a block quote, code or two paragraphs.

Warnings, because the text is still right but loses emphasis:
- emphasis, strong emphasis, code spans or HTML-looking text of the source
  missing. The typical Korean case is ``**주의:**하세요``, which CommonMark
  does not read as bold (see the message).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from html.entities import html5
from itertools import pairwise

from pipeline.checks.contacts import addresses_reported
from pipeline.checks.context import EntryContext
from pipeline.checks.inline import BLOCK_CONSTRUCTS, normalise_tag
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.markdown import is_plain_text, probe_inline_tokens, render_inline_tokens, renderer_allows, shown_link

CHECK = "markup"
# Text a browser (or a reader) takes for HTML: a tag, a closing tag, a comment, a declaration or a
# processing instruction. "<50", "<오십>" and "a < b" are not. A tag is read as HTML's tokenizer reads
# one: an ASCII letter, then a name that runs to white space, "/" or ">" whatever its letters
# (<b_x onclick=...>, <bé onclick=...> are elements). A quoted attribute value may hold "<" or ">"
# (<a title="<b" onclick=...>); it is matched atomically, and the name possessively, so that text
# full of quotes cannot make the pattern backtrack for ever.
_HTML_LIKE = re.compile(
    r"<!--.*?(?:-->|$)|<![A-Za-z\[][^>]*>?|<\?[^>]*>?"
    r"|</?(?P<name>[A-Za-z][^\t\n\f\r />]*+)(?>\"[^\"]*\"|'[^']*'|[^<>])*+(?:>|$)",
    re.DOTALL,
)
# What HTML reads as a character reference: "&#60;", "&#x3C;" and "&lt;", and without their ";"
# numbers and a few names ("&#60", "&lt"): a browser decodes them in a page's text.
_REFERENCE_LIKE = re.compile(r"&(?:#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?")
_DECODED_ONCE = "a character reference is decoded once, and only with its ';' (write the character itself)"
# Link syntax that is still text after rendering: [text][label], [text][], ![...
_UNRENDERED_LINK = re.compile(r"!?\[[^\[\]]*\]\s?\[[^\[\]]*\]|!?\[[^\[\]]*\]\(")

# Where markdown-it's rules start a link or an image ("[text](…)", "![alt](…)", "[text][ref]", an
# autolink "<https://…>"): linkify is off, so a message with neither character has no link to probe.
_LINK_OR_IMAGE_START = re.compile(r"[\[<]")

_UNREAD_DELIMITER_HINT = (
    ": Markdown does not read the {marks} in it as emphasis (a closing {marks} right after punctuation "
    "must be followed by a space or punctuation, e.g. write **주의**: or **주의:** 하세요)"
)


@dataclass(frozen=True)
class Rendered:
    """One message as its page renders it, and what its writer meant."""

    links: tuple[str, ...]  # rendered href of every link and autolink
    text: str  # what the reader sees: text and code, entities decoded
    refused: tuple[str, ...]  # link addresses the renderer turns into text
    images: tuple[str, ...]  # ![alt](src) written
    # (href, the address shown) of each autolink, <https://…>, <name@example.org>; last, so that the
    # mutants of the fields above keep their numbers in bench/mutation_notes.toml
    autolinks: tuple[tuple[str, str], ...]
    titles: tuple[str, ...] = ()  # [text](href "title"): a tooltip no check reads, on no printed page


@lru_cache(maxsize=8192)
def rendered(message: str) -> Rendered:
    return _rendered(message)


# Apart from its cache: mutmut leaves decorated functions alone, and this is the check's core.
def _rendered(message: str) -> Rendered:
    tokens = render_inline_tokens(message)
    # What the writer meant is read only for its links and images (refused, images), and those
    # start at a "[" or "<": of the messages with markup, nine in ten have neither to probe.
    probed = probe_inline_tokens(message) if _LINK_OR_IMAGE_START.search(message) else []
    return Rendered(
        links=tuple(str(t.attrs["href"]) for t in tokens if t.type == "link_open"),
        text="".join(t.content if t.type in ("text", "code_inline", "text_special") else " " for t in tokens),
        refused=tuple(
            str(t.attrs["href"]) for t in probed if t.type == "link_open" and not renderer_allows(str(t.attrs["href"]))
        ),
        images=tuple(str(t.attrs.get("src", "")) for t in probed if t.type == "image"),
        autolinks=tuple(
            (str(t.attrs["href"]), shown.content)
            for t, shown in pairwise(tokens)
            if t.type == "link_open" and t.markup == "autolink"
        ),
        titles=tuple(str(t.attrs["title"]) for t in tokens if t.type == "link_open" and t.attrs.get("title")),
    )


def check_markup(ctx: EntryContext) -> Iterator[Finding]:
    if is_plain_text(ctx.source) and is_plain_text(ctx.translation):
        # No link, image, HTML, emphasis or code span in either (three in four messages):
        # only a block the translation starts ("1. " is a list) can be wrong.
        yield from _blocks(ctx)
        return
    yield from _links(ctx)
    yield from _refused_links(ctx)
    yield from _images(ctx)
    yield from _link_titles(ctx)
    yield from _unrendered_links(ctx)
    yield from _html_like(ctx)
    yield from _undecoded_references(ctx)
    yield from _blocks(ctx)
    yield from _emphasis(ctx)
    yield from _code_spans(ctx)


def _links(ctx: EntryContext) -> Iterator[Finding]:
    source = Counter(rendered(ctx.source).links)
    translation = Counter(rendered(ctx.translation).links)
    missing, added = source - translation, translation - source
    if not missing and not added:
        return  # as most passages
    told_missing, told_added = _autolinks_told_by_contacts(ctx)
    for target in sorted(missing.elements()):
        if target not in told_missing:
            yield ctx.finding(CHECK, ERROR, f"link target {shown_link(target)} is missing from the translation")
    for target in sorted(added.elements()):
        if target not in told_added:
            yield ctx.finding(CHECK, ERROR, f"link target {shown_link(target)} in the translation is not in the source")


def _autolinks_told_by_contacts(ctx: EntryContext) -> tuple[set[str], set[str]]:
    """The targets of autolinks whose address [urls] or [email] reports missing (of the source's)
    or added (of the translation's). An autolink goes where the text it shows says: [urls]'s one
    finding, "URL … is missing from the translation (the translation has …)", tells it all, and
    [markup]'s "link target … missing" and "… not in the source" would say it twice more. Asked
    of [urls] itself, so that what it does not report (an address it does not read) stays here."""
    missing, added = addresses_reported(ctx)
    return _autolinked(ctx.source, missing), _autolinked(ctx.translation, added)


def _autolinked(message: str, addresses: set[str]) -> set[str]:
    return {href for href, shown in rendered(message).autolinks if shown in addresses}


def _refused_links(ctx: EntryContext) -> Iterator[Finding]:
    for target in rendered(ctx.translation).refused:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"link address {shown_link(target)} is refused (its scheme is not "
            "allowed); the page would show the Markdown as text",
        )


def _images(ctx: EntryContext) -> Iterator[Finding]:
    for src in sorted(set(rendered(ctx.translation).images) - set(rendered(ctx.source).images)):
        yield ctx.finding(
            CHECK,
            ERROR,
            f"image ![…]({shown_link(src)}) in the translation: pages show no images, "
            "the reader would see a stray '!' and a link",
        )


def _link_titles(ctx: EntryContext) -> Iterator[Finding]:
    for title in rendered(ctx.translation).titles:
        yield ctx.finding(
            CHECK,
            ERROR,
            f"link title {title!r} in the translation: a title is a tooltip, on no printed page, and no check "
            'reads what it says (a dose, a phone number); remove it, [text](https://…) with no "…" after the address',
        )


def _unrendered_links(ctx: EntryContext) -> Iterator[Finding]:
    if rendered(ctx.translation).refused or rendered(ctx.translation).images:
        return  # said above, with the reason
    source = Counter(_UNRENDERED_LINK.findall(rendered(ctx.source).text))
    for syntax in sorted(set(Counter(_UNRENDERED_LINK.findall(rendered(ctx.translation).text)) - source)):
        yield ctx.finding(
            CHECK,
            ERROR,
            f"{syntax}… is not a link on the page, the reader would see the brackets: "
            "write [text](address) with an address of the source",
        )


def _html_like(ctx: EntryContext) -> Iterator[Finding]:
    source = Counter(normalise_tag(tag) for tag in _tags(rendered(ctx.source).text))
    written = {normalise_tag(tag): tag for tag in _tags(rendered(ctx.translation).text)}
    translation = Counter(normalise_tag(tag) for tag in _tags(rendered(ctx.translation).text))
    # A refused autolink, <javascript:...>, is text on the page too: said above, with the reason.
    refused = {normalise_tag(f"<{target}>") for target in rendered(ctx.translation).refused}
    added = sorted(set(translation - source) - refused)
    for tag in added:
        if tag.startswith("</") and any(other.startswith(f"<{tag[2:].rstrip('>').strip()}") for other in added):
            continue  # "<script>" says it; "</script>" would only repeat it
        message = f"raw HTML {written[tag]} in the translation is not in the source (HTML injection risk)"
        yield ctx.finding(CHECK, ERROR, message)
    for tag in sorted(set(source - translation)):
        yield ctx.finding(CHECK, WARNING, f"raw HTML {tag} of the source is missing from the translation")


def _tags(text: str) -> list[str]:
    """The HTML-looking runs of ``text`` that are markup (:func:`_is_markup`), as written."""
    return [found[0] for found in _HTML_LIKE.finditer(text) if _is_markup(found)]


def _is_markup(found: re.Match) -> bool:
    """All that HTML reads as markup but a tag named with letters past ASCII and given no value:
    HTML reads Korean's way of writing a title, "<B형 간염 안내서>", as a tag "b형", but one no
    browser gives a script, a link or a style without an attribute value ("="), and the page
    shows it as the title it is. "<bé onclick=...>" and "<a한 href=...>" have one."""
    name = found["name"]
    return name is None or name.isascii() or "=" in found[0]


def _undecoded_references(ctx: EntryContext) -> Iterator[Finding]:
    added = Counter(_references(rendered(ctx.translation).text)) - Counter(_references(rendered(ctx.source).text))
    if added:  # listed as first written
        meant = " ".join(html.unescape(reference) for reference in added)
        message = f"the reader would see {', '.join(added)} on the page, not {meant}: " + _DECODED_ONCE
        yield ctx.finding(CHECK, ERROR, message)


def _references(shown: str) -> list[str]:
    """The character references in text as a page shows it: the renderer decodes "&lt;" and "&#60;"
    once, so one left in its text ("&#60" without its ";", "&amp;lt;" escaped twice) is shown as
    typed, where a browser would decode it. "Q&A", "AT&T" and "&notice" are none."""
    return [found for found in _REFERENCE_LIKE.findall(shown) if found[1] == "#" or found[1:] in html5]


def _blocks(ctx: EntryContext) -> Iterator[Finding]:
    source, translation = ctx.source_view, ctx.translation_view
    # The same blocks (one paragraph each, nearly always) add none: no Counters to compare.
    added = Counter() if translation.blocks == source.blocks else Counter(translation.blocks) - Counter(source.blocks)
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
    source, translation = Counter(ctx.source_view.code_spans), Counter(ctx.translation_view.code_spans)
    for code in sorted((source - translation).elements()):
        yield ctx.finding(CHECK, WARNING, f"code span `{code}` of the source is missing from the translation")
    # Every check reads the prose and leaves code spans out (a source's code is kept as written), so
    # what a code span of the translation's own says reaches the page unread: `8 g`, `119`, an address.
    # (A code fence, read inline as one, is a block construct, already an error of _blocks.)
    added = sorted(set(translation) - set(source)) if "fence" not in ctx.translation_view.blocks else []
    if added:  # one finding, however many: a message with thousands of them is one mistake to fix
        more = f" (and {len(added) - 1} more: {', '.join(_shown_code(code) for code in added[1:4])}" + (
            ", …)" if len(added) > 4 else ")"
        )
        yield ctx.finding(
            CHECK,
            ERROR,
            f"code span {_shown_code(added[0])} in the translation is not in the source: the page shows it, but no "
            "check reads a code span, so a dose, number, phone number or address in it would reach the reader "
            f"unchecked; write it as text, without the backticks{more if len(added) > 1 else ''}",
        )


def _shown_code(code: str, limit: int = 60) -> str:
    """A code span as a message quotes it, cut short: a translation may hold one of any length."""
    return f"`{code if len(code) <= limit else code[: limit - 1] + '…'}`"
