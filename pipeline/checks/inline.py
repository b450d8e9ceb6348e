"""What a message looks like to the Markdown renderer.

Leaflet messages are inline Markdown.  Reading them with the same parser as
the renderer (markdown-it, CommonMark + GFM tables) means the checks see
exactly what will reach the page: ``<img onerror=...>`` that markdown-it
passes through as raw HTML is reported, ``<5 mg`` (not a tag) is not; and
``**주의:**하세요``, which CommonMark does not read as bold (a closing ``**``
after punctuation must be followed by a space or punctuation), is reported as
lost emphasis instead of silently printing asterisks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.markdown import block_types, is_one_text, parse_inline_as_written

# Block constructs a one-block message must not grow, with how to describe them.
BLOCK_CONSTRUCTS = {
    "heading_open": "a heading (#)",
    "bullet_list_open": "a bulleted list (- , * or + )",
    "ordered_list_open": "a numbered list (1. or 1) )",
    "blockquote_open": "a block quote (>)",
    "fence": "a fenced code block (```)",
    "code_block": "an indented code block (four spaces)",
    "hr": "a thematic break (---)",
    "table_open": "a table",
}
_TABLE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")


@dataclass(frozen=True)
class InlineView:
    """One message as parsed Markdown; built once per distinct text (cached)."""

    prose: str  # visible text: text, link text, image alt; code spans blanked out
    code_spans: tuple[str, ...]
    link_targets: tuple[str, ...]  # href of links (and autolinks), src of images
    html_tags: tuple[str, ...]  # raw HTML as written, e.g. '<img src=x onerror=y>'
    emphasis: int  # *x* / _x_
    strong: int  # **x** / __x__
    blocks: tuple[str, ...]  # top-level block token types when read as a document
    looks_like_table_row: bool

    @property
    def paragraphs(self) -> int:
        return self.blocks.count("paragraph_open")


@lru_cache(maxsize=8192)
def inline_view(text: str) -> InlineView:
    return _inline_view(text)


# Apart from its cache: mutmut leaves decorated functions alone, and every check reads this.
def _inline_view(text: str) -> InlineView:
    if is_one_text(text):  # one text token, all prose: the loop below would find just that
        return InlineView(text, (), (), (), 0, 0, block_types(text), bool(_TABLE_ROW_RE.match(text)))
    prose: list[str] = []
    code_spans: list[str] = []
    targets: list[str] = []
    tags: list[str] = []
    emphasis = strong = 0
    for block in parse_inline_as_written(text):
        for token in block.children or ():
            kind = token.type
            if kind in ("text", "text_special"):
                prose.append(token.content)
            elif kind in ("softbreak", "hardbreak"):
                prose.append(" ")
            elif kind == "code_inline":
                code_spans.append(token.content)
                prose.append(" ")
            elif kind == "link_open":
                targets.append(str(token.attrs.get("href", "")))
            elif kind == "image":
                targets.append(str(token.attrs.get("src", "")))
                prose.append(token.content)  # alt text is read aloud; it is prose
            elif kind == "html_inline":
                tags.append(token.content)
                prose.append(" ")
            elif kind == "em_open":
                emphasis += 1
            elif kind == "strong_open":
                strong += 1
    return InlineView(
        prose="".join(prose),
        code_spans=tuple(code_spans),
        link_targets=tuple(targets),
        html_tags=tuple(tags),
        emphasis=emphasis,
        strong=strong,
        blocks=block_types(text),
        looks_like_table_row=bool(_TABLE_ROW_RE.match(text)),
    )


def normalise_tag(tag: str) -> str:
    """``<IMG  SRC=x>`` and ``<img src=x>`` are the same tag to a browser."""
    return re.sub(r"\s+", " ", tag.strip()).lower()
