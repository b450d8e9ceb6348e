"""Markdown in and out: split a leaflet body into units, and render it back.

The only module that imports markdown-it-py, and the one place its settings
are chosen (:func:`_parser`: CommonMark with GFM tables; the parsers differ
only in what it is given).  Two parsers are kept apart on purpose: the source
parser sees raw HTML (so it can find ``<!-- i18n: -->`` notes and reject other
HTML), while everything that reaches a page, English or translated, is parsed
again with raw HTML disabled, so a translation can never inject markup.  The
checks read a message "as written" with the source parser's settings
(:func:`parse_as_written`), so raw HTML in a translation shows up as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.common.utils import mdTrim
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.rules_block.table import escapedSplit, getLine, table
from markdown_it.rules_core.state_core import StateCore
from markdown_it.token import Token

from pipeline.errors import SourceError
from pipeline.model import (
    CHECK_FAILED,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    TABLE_CELL,
    Rendition,
    Unit,
)


def _parser(*, html: bool, images: bool = True, any_address: bool = False) -> MarkdownIt:
    """Every markdown-it parser of the pipeline: CommonMark with GFM tables (each row's cells kept as written)."""
    parser = MarkdownIt("commonmark", {"html": html}).enable("table")
    # The same rule, in the same chains (a table may interrupt a paragraph), keeping each row's cells.
    chains = [
        chain
        for chain in ("paragraph", "reference", "blockquote", "list")
        if table in parser.block.ruler.getRules(chain)
    ]
    parser.block.ruler.at("table", _table_keeping_cells, {"alt": chains})
    parser.core.ruler.at("inline", _inline_plain_text_made_directly)
    if not images:
        parser.disable("image")
    if any_address:
        parser.validateLink = lambda url: True  # type: ignore[method-assign]
    return parser


def _table_keeping_cells(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """markdown-it's GFM table rule, each row's cells as written kept in its ``tr_open``'s
    ``meta["cells"]``: the rule makes as many cells of a row as the header has, and drops the
    others without a word (:func:`_check_structure` refuses a row whose dropped cells hold words)."""
    first = len(state.tokens)
    if not table(state, start_line, end_line, silent):
        return False
    for token in state.tokens[first:]:
        if token.type == "tr_open" and token.map:
            token.meta["cells"] = _row_cells(getLine(state, token.map[0]))
    return True


def _inline_plain_text_made_directly(state: StateCore) -> None:
    """markdown-it's core inline rule (each inline token's children parsed from its content),
    with the one text token plain text gives made directly, as :func:`_parse_inline` makes it:
    nineteen in twenty passages of a leaflet are plain, and running the inline parser on each was
    a fifth of parsing a source."""
    parse = state.md.inline.parse
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            if token.content and not _INLINE_MARKUP_CHARACTERS.search(token.content):
                token.children.append(_text_token(token.content))
            else:
                parse(token.content, state.md, state.env, token.children)


def _row_cells(row: str) -> list[str]:
    """A table row's cells as the table rule splits them (an escaped pipe is text; the pipes
    at either end enclose the row)."""
    cells = escapedSplit(mdTrim(row))
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return [mdTrim(cell) for cell in cells]


_SOURCE_PARSER = _parser(html=True)
# Images are off: a translation must not make the page (or WeasyPrint) fetch anything.
_SAFE_PARSER = _parser(html=False, images=False)
# Sees every link and image as written, whatever its address: markdown-it's
# own validateLink would turn a javascript: link into plain text, unnoticed.
_PROBE_PARSER = _parser(html=False, any_address=True)
# The same, with escapes kept apart from the text around them (text_join off): link syntax
# markdown-it did not take, "[call](tel:call us)", is left in one text token, while a writer's
# "\[1\](a)" is escaped brackets, tokens of their own.
_LITERAL_PARSER = _parser(html=False, any_address=True).disable("text_join")
_LITERAL_LINK = re.compile(r"\]\(")
# The source parser's blocks without the inline parse of their text: the blocks are found before
# it and it changes none (block_types reads them, half the cost of a parse saved).
_BLOCKS_PARSER = _parser(html=True)
_BLOCKS_PARSER.core.ruler.disable(["inline", "text_join"])
# Addresses a leaflet may link to: the web, e-mail and telephone numbers.
LINK_SCHEMES = ("https", "http", "mailto", "tel")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# A number as RFC 3966 writes it: an optional leading +, digits and their visual separators (and
# spaces), three digits at least (911); an extension ";ext=123" may follow.
_PHONE = re.compile(r"\+?[\d ().-]+(?:;ext=\d+)?")
_PHONE_DIGITS = 3
# Plausible, not RFC 5322: something, an @, and a domain with a dot (nobody@localhost reaches no patient).
_EMAIL = re.compile(r"[^@\s,?]+@[^@\s.,?]+(?:\.[^@\s.,?]+)+")

UNTRANSLATED_NOTE_ID = "untranslated-note"
HELD_BACK_NOTE_ID = "held-back-note"  # the banner naming the checks a held-back translation fails


def note_id(reason: str) -> str:
    """The id of the draft banner that explains a passage shown in the source language for ``reason``."""
    return HELD_BACK_NOTE_ID if reason == CHECK_FAILED else UNTRANSLATED_NOTE_ID


_NOTE = re.compile(r"^<!--\s*i18n:\s*(?P<note>.*?)\s*-->\s*$", re.DOTALL)
# Comments and nothing else: "<!-- a --> text <!-- b -->" is not one (its text would be lost),
# so a comment's body never runs past its first "-->".
_COMMENT = re.compile(r"^(?:\s*<!--(?:(?!-->).)*-->)+\s*$", re.DOTALL)
_ONE_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LOOKS_LIKE_NOTE = re.compile(r"^\s*<!--\s*i18n\b", re.IGNORECASE)
_WHITE_SPACE = re.compile(r"\s+")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)\n")
HARD_BREAK = "\\\n"


def fold_white_space(text: str) -> str:
    return _WHITE_SPACE.sub(" ", text).strip()


# White space fold_white_space changes: a run of two, or one that is not a plain space.
_UNFOLDED_WHITE_SPACE = re.compile(r"\s\s|[^\S ]")


def fold_inline(text: str) -> str:
    """A block's inline Markdown as a message: white space folded, hard line
    breaks kept in one spelling (backslash, newline) that translators copy."""
    if not _UNFOLDED_WHITE_SPACE.search(text) and text[:1] != " " and text[-1:] != " ":
        return text  # one line, single spaces between words (most passages): nothing to fold
    return HARD_BREAK.join(fold_white_space(part) for part in _HARD_BREAK.split(text))


def segment(body: str, first_line: int, path: str) -> tuple[Unit, ...]:
    """The body's translation units in reading order (repeats included)."""
    tokens = _parse_source(body, first_line, path)
    return tuple(unit for _, unit in _units(tokens, first_line))


def shown(body: str, first_line: int, path: str) -> list[list]:
    """What a page shows of ``body``, as plain data: every token the renderer renders, in order,
    with its element and attributes, an inline token as its message (white space folded, as
    :func:`segment` gives it). Not a comment (a note to translators is on no page), nor what
    only the source holds: on which line a block was written, how a list or a mark was spelt."""
    return [
        [
            token.type,
            token.tag,
            token.nesting,
            sorted(token.attrs.items()),
            token.hidden,
            token.info,
            fold_inline(token.content) if token.type == "inline" else token.content,
        ]
        for token in _parse_source(body, first_line, path)
        if token.type != "html_block"
    ]


def render_body(
    body: str,
    first_line: int,
    path: str,
    resolve: Callable[[Unit], Rendition],
    fallback_lang: str,
    fallback_dir: str = "",
    mark: str = "",
    held_mark: str = "",
) -> str:
    """HTML for the body, each unit replaced by ``resolve(unit)``.

    A unit that is not a real translation keeps the source text and is marked
    with ``class="untranslated"`` and the source language's ``lang`` (and its
    ``dir``, given when it differs from the page's: English on an Arabic page),
    and begins with ``mark``, HTML that screen readers say ("(not translated)" in
    the page's language, pipeline/render_html.py); one whose translation is held
    back, as it fails a check, begins with ``held_mark`` instead, and is described
    by the banner that names the checks (:func:`note_id`).
    """
    tokens = _resolved_tokens(body, first_line, path, resolve, fallback_lang, fallback_dir, mark, held_mark)
    return _SAFE_PARSER.renderer.render(tokens, _SAFE_PARSER.options, {})


def render_body_blocks(
    body: str,
    first_line: int,
    path: str,
    resolve: Callable[[Unit], Rendition],
    fallback_lang: str,
    fallback_dir: str = "",
) -> list[str]:
    """As :func:`render_body`, but one HTML string per top-level block (a heading, a
    paragraph, a whole list, table or quote), in reading order: the passages a
    bilingual page sets side by side. The same body gives the same blocks in every
    language, as only the units' text differs."""
    tokens = _resolved_tokens(body, first_line, path, resolve, fallback_lang, fallback_dir, "", "")
    blocks, start, depth = [], 0, 0
    for index, token in enumerate(tokens):
        depth += token.nesting
        if depth == 0 and token.nesting <= 0:  # a top-level block ends here (a caption stays in its table)
            blocks.append(_SAFE_PARSER.renderer.render(tokens[start : index + 1], _SAFE_PARSER.options, {}))
            start = index + 1
    return blocks


def _resolved_tokens(
    body: str,
    first_line: int,
    path: str,
    resolve: Callable[[Unit], Rendition],
    fallback_lang: str,
    fallback_dir: str,
    mark: str,
    held_mark: str,
) -> list[Token]:
    tokens = [t for t in _parse_source(body, first_line, path) if t.type != "html_block"]
    for index, unit in _units(tokens, first_line):
        rendition = resolve(unit)
        children = render_inline_tokens(rendition.text)
        said = held_mark if rendition.reason == CHECK_FAILED else mark
        if not rendition.translated and said:  # HTML of the project's own template, never a translator's text
            children = [Token("html_inline", "", 0, content=said), *children]
        tokens[index].children = children
        if not rendition.translated:
            holder = _block_holding(tokens, index)
            holder.attrJoin("class", "untranslated")
            holder.attrSet("lang", fallback_lang)
            if fallback_dir:
                holder.attrSet("dir", fallback_dir)
            holder.attrSet("data-reason", rendition.reason)
            # The banner's explanation, for a screen reader that reads descriptions (NVDA's
            # browse mode reads none of a paragraph's: ``mark`` is what it says).
            holder.attrSet("aria-describedby", note_id(rendition.reason))
    return _captions(tokens)


# A paragraph the writer begins with this, right before a table, is the table's caption.
CAPTION_MARK = "Table:"


def _captions(tokens: list[Token]) -> list[Token]:
    """Each ``Table: …`` paragraph just before a table moved into it as its ``<caption>``.

    Told by the source text, so a translation ("표: …") is the caption too; the
    paragraph's marks (untranslated, its language) go with it.
    """
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        window = tokens[index : index + 4]
        if (
            [t.type for t in window] == ["paragraph_open", "inline", "paragraph_close", "table_open"]
            and not window[0].hidden
            and window[1].content.lstrip().startswith(CAPTION_MARK)
        ):
            opener = Token("caption_open", "caption", 1, attrs=dict(window[0].attrs), block=True)
            out += [window[3], opener, window[1], Token("caption_close", "caption", -1, block=True)]
            index += 4
            continue
        out.append(tokens[index])
        index += 1
    return out


def render_inline(text: str) -> str:
    """One unit's inline Markdown as HTML, raw HTML escaped."""
    return _SAFE_PARSER.renderInline(text)


def render_inline_tokens(text: str) -> list[Token]:
    """One passage's inline tokens exactly as its page renders them (alone, raw HTML and images off)."""
    parsed = _parse_inline(_SAFE_PARSER, text)
    return parsed[0].children or [] if parsed else []


def probe_inline_tokens(text: str) -> list[Token]:
    """One passage's inline tokens with every link and image kept, whatever its address:
    what the writer meant, where :func:`render_inline_tokens` is what readers get."""
    parsed = _parse_inline(_PROBE_PARSER, text)
    return parsed[0].children or [] if parsed else []


def parse_as_written(text: str) -> list[Token]:
    """``text``'s block tokens as the source parser reads them (raw HTML is HTML)."""
    if is_plain_text(text) and text == text.strip() and not text[0].isdigit():
        # One line, no marker a block could start with ("1." would be a list): one paragraph.
        inline = Token("inline", "", 0, map=[0, 1], level=1, children=[_text_token(text)], content=text, block=True)
        return [
            Token("paragraph_open", "p", 1, map=[0, 1], block=True),
            inline,
            Token("paragraph_close", "p", -1, block=True),
        ]
    return _SOURCE_PARSER.parse(text)


# What a line must start with to open a block other than a paragraph: a heading (#), a list
# (- * + or a digit: "1."), a thematic break (*** --- ___), a block quote (>), a fence (``` ~~~),
# raw HTML (<), a link reference definition ([a]: /url), a table (|), indented code (white space).
_BLOCK_STARTS = frozenset("#*+-_>`~<[|=")


def block_types(text: str) -> tuple[str, ...]:
    """The types of ``text``'s top-level blocks as the source parser reads them: ("paragraph_open",)
    for one paragraph, "bullet_list_open", "heading_open", "html_block" ... for what else it opens."""
    one_line = "\n" not in text and "\r" not in text
    if one_line and text and text[0] not in _BLOCK_STARTS and not text[0].isdigit() and text == text.strip():
        return ("paragraph_open",)  # a line that opens no other block: a paragraph, not parsed again to say so
    return tuple(token.type for token in _BLOCKS_PARSER.parse(text) if token.level == 0 and token.nesting >= 0)


def parse_inline_as_written(text: str) -> list[Token]:
    """``text``'s inline tokens as the source parser reads them (raw HTML is HTML)."""
    return _parse_inline(_SOURCE_PARSER, text)


# markdown-it's inline rules (emphasis, links, code, entities, escapes, HTML, line breaks) start
# only at these characters (its text rule stops at them); it rewrites "\r" and NUL before parsing.
_MARKUP_CHARACTERS = re.compile(r"[\n\r\0!#$%&*+\-:<=>@\[\\\]^_`{}~]")


def is_plain_text(text: str) -> bool:
    """Whether markdown-it reads ``text`` as one run of text, markup-free (three in four
    messages): then the checks need not run the parser on it, and they read it often."""
    return bool(text) and not _MARKUP_CHARACTERS.search(text)


# Of those, the characters an inline rule of the pipeline's parsers (CommonMark: no strikethrough, no
# linkify, no typographer) can start at: "-", ":", "%", "+", "=", ">" and the others stop markdown-it's
# text rule but start no rule, and markdown-it gathers them into the one text token all the same.
# A message with a hyphen or a colon (most of those the list above sends to the parser) is one text.
_INLINE_MARKUP_CHARACTERS = re.compile(r"[\n\r\0!&*<\[\\\]_`~]")


def is_one_text(text: str) -> bool:
    """Whether each parser reads inline ``text`` as one text token, its content ``text`` itself
    (nineteen in twenty messages): what :func:`parse_inline_as_written` and the others give it is then
    known without making any token."""
    return bool(text) and not _INLINE_MARKUP_CHARACTERS.search(text)


def _parse_inline(parser: MarkdownIt, text: str) -> list[Token]:
    """``parser.parseInline(text)``, with what it gives plain text (one text token) made directly."""
    if is_one_text(text):
        return [Token("inline", "", 0, map=[0, 1], children=[_text_token(text)], content=text)]
    return parser.parseInline(text, {})


def _text_token(text: str) -> Token:
    return Token("text", "", 0, content=text)


def shown_link(href: str) -> str:
    """A rendered (percent-encoded) address as people write it: https://example.org/안내."""
    return _SAFE_PARSER.normalizeLinkText(href)


def renderer_allows(href: str) -> bool:
    """Whether the page renderer makes a link of ``href`` (it refuses javascript:, file:, data: ...)."""
    return _SAFE_PARSER.validateLink(href)


# The tokens a check below reads (the others, two in three, open or close a block: only
# inline tokens have children, where raw HTML would be).
_TOKENS_CHECKED_IN_SOURCE = frozenset(("inline", "html_block", "code_block", "fence", "heading_open"))


def _parse_source(body: str, first_line: int, path: str) -> list[Token]:
    tokens = _SOURCE_PARSER.parse(body)
    for index, token in enumerate(tokens):
        if token.type not in _TOKENS_CHECKED_IN_SOURCE:
            continue
        line = first_line + (token.map[0] if token.map else 0)
        if token.type == "html_block" and token.content.startswith("<!--") and not _ONE_COMMENT.match(token.content):
            raise SourceError(
                "this HTML comment is never closed with '-->': everything after it would be dropped from the page "
                "and from the catalogs",
                path,
                line,
            )
        if token.type == "html_block" and token.content.startswith("<!--") and not _COMMENT.match(token.content):
            raise SourceError(
                "text on the same line as an HTML comment is dropped from the page and from the catalogs; "
                "put the comment on a line of its own",
                path,
                line + token.content[: _text_after_comments(token.content)].count("\n"),
            )
        if token.type == "html_block" and not _COMMENT.match(token.content.strip()):
            raise SourceError("raw HTML is not allowed in a leaflet; write it in Markdown", path, line)
        if (
            token.type == "html_block"
            and _LOOKS_LIKE_NOTE.match(token.content)
            and not _NOTE.match(token.content.strip())
        ):
            raise SourceError("a translator note is written <!-- i18n: note -->; this one would be lost", path, line)
        if token.type == "code_block":
            raise SourceError(
                "this line is indented by four spaces (or a tab) or more, so it is a code block: no translator sees it and "
                "every translated page would show it in English; remove the indentation (a leaflet has no code; "
                "a paragraph under a list item is indented as far as the item's text)",
                path,
                line,
            )
        if token.type == "fence":
            raise SourceError(
                f"{token.markup!r} starts a code block: no translator sees it and every translated page would "
                f"show it in English; delete the {token.markup} lines (a leaflet has no code)",
                path,
                line,
            )
        if token.type == "heading_open" and token.tag == "h1":
            raise SourceError("the title comes from the front matter; start sections at '##'", path, line)
        _check_inline_html(token, line, path)
        if token.type == "inline":
            _check_links(token, line, path)
            opens_item = index >= 2 and tokens[index - 2].type == "list_item_open"  # its paragraph's first words
            _check_other_markdown(token, line, path, starts_list_item=opens_item)
    _check_structure(tokens, first_line, path)
    return tokens


# Markdown of other flavours (GitHub's, Pandoc's) that CommonMark leaves as text: the page would
# show the marks as written, and "~~10 mg~~ 5 mg" would read as two doses.
_STRIKETHROUGH = re.compile(r"~~[^~\s](?:[^~]*[^~\s])?~~")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]")
_TASK = re.compile(r"\[[ xX]\]\s")
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$", re.MULTILINE)
# A line that starts and ends with a pipe, left in a paragraph: a header with no |---| row under it,
# a |---| row of fewer cells than the header, a row cut off from its table by a blank line.
# A pipe within a sentence, "1 | 2", or escaped, "\|", is text.
_TABLE_ROW = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.MULTILINE)
_NO_TABLE = (
    "{found!r} makes no table here: the page would show the pipes as text; a table starts with a header "
    "row, | Heading | Heading |, then |---|---|, and every row has as many cells as the header"
)
_OTHER_MARKDOWN = (
    (
        _STRIKETHROUGH,
        "{found!r} (strikethrough) is not supported: the page would show the tildes and the struck text as "
        "written; delete what is not meant",
    ),
    (
        _FOOTNOTE,
        "{found!r} (a footnote) is not supported: the page would show it as written; say it in the text, or "
        "list the source under references:",
    ),
    (_DELIMITER_ROW, _NO_TABLE),
    (_TABLE_ROW, _NO_TABLE),
)


# What each of _OTHER_MARKDOWN and _TASK needs in a passage's content: a tilde (strikethrough), a
# bracket (a footnote, a task), a pipe (a table row); "&" as an entity such as "&#126;" is one in
# the text the first two are searched in.
_MAY_BE_OTHER_MARKDOWN = re.compile(r"[~\[|&]")


def _check_other_markdown(token: Token, line: int, path: str, starts_list_item: bool) -> None:
    """Strikethrough, footnotes, task lists and tables markdown-it did not take, refused on their line."""
    content = token.content
    if not _MAY_BE_OTHER_MARKDOWN.search(content):
        return  # none of them without a tilde, a bracket or a pipe (nor an entity that reads as one)
    text = "".join(child.content for child in token.children or () if child.type == "text")
    for regex, message in _OTHER_MARKDOWN:
        found = regex.search(content if regex in (_DELIMITER_ROW, _TABLE_ROW) else text)
        if found:
            written = found.group().strip()
            at = content.find(written)
            raise SourceError(
                message.format(found=written), path, line + (content.count("\n", 0, at) if at >= 0 else 0)
            )
    if starts_list_item and _TASK.match(content):
        raise SourceError(
            f"{content[:3]!r} (a task list) is not supported: the page would show the brackets; write the item "
            "without them",
            path,
            line,
        )


def _check_inline_html(token: Token, line: int, path: str) -> None:
    """No HTML inside a block's text, comments included.

    A comment on lines of its own is a note (``<!-- i18n: ... -->``) or a
    remark for writers, and the reader never sees it.  Inside a paragraph,
    heading, list item or table cell it is part of the text: it would reach
    translators in the msgid and, with raw HTML off on the page, show as
    "<!-- ... -->" in the English; dropping it silently instead would lose
    what the writer meant to tell someone.
    """
    html = next((child.content for child in token.children or () if child.type == "html_inline"), None)
    if html is None:
        return
    # The first HTML is refused, on the line it is on (the children are parsed from the content).
    where = line + token.content[: token.content.find(html)].count("\n")
    if _COMMENT.match(html):
        raise SourceError(
            "an HTML comment inside a passage would reach translators and show on the page as text; "
            "write it on a line of its own before the block (a note for translators is <!-- i18n: note -->)",
            path,
            where,
        )
    raise SourceError(f"raw HTML {html!r} is not allowed in a leaflet; write it in Markdown", path, where)


def _text_after_comments(block: str) -> int:
    """Where the first text that is not a comment starts in an HTML block."""
    position = 0
    for comment in _ONE_COMMENT.finditer(block):
        if block[position : comment.start()].strip():
            break
        position = comment.end()
    return position + len(block[position:]) - len(block[position:].lstrip())


def link_scheme_problem(href: str) -> str | None:
    """Why a leaflet may not link to ``href`` (decoded, as the page would have it); None if it may."""
    scheme = _SCHEME.match(href)
    if scheme and scheme[1].lower() in LINK_SCHEMES:
        return None
    if scheme:
        return f"a {scheme[1].lower()}: address"
    return "not a full address (a leaflet is also a PDF: write https://…)"


def link_address_problem(href: str) -> str | None:
    """Why a ``mailto:`` or ``tel:`` address (decoded) reaches no one; None if it may, or is another scheme."""
    scheme, _, rest = href.partition(":")
    if scheme.lower() == "tel" and not (_PHONE.fullmatch(rest) and sum(c.isdigit() for c in rest) >= _PHONE_DIGITS):
        return (
            "a tel: link must be a phone number: digits, an optional leading +, and spaces, hyphens, dots or brackets"
        )
    if scheme.lower() == "mailto" and not all(_EMAIL.fullmatch(a.strip()) for a in rest.split("?")[0].split(",")):
        return "a mailto: link must be an e-mail address, name@example.org"
    return None


def _check_links(token: Token, line: int, path: str) -> None:
    """Links and images exactly as each passage will be rendered on its own.

    Every passage is rendered alone (translations replace it), so a
    reference link ``[text][ref]`` whose definition is elsewhere in the file
    would reach the page as raw brackets.
    """
    if "[" not in token.content and "<" not in token.content:
        return  # no link or image without one: [text](…), ![alt](…), <https://…> (most passages)
    probed = probe_inline_tokens(token.content)
    if any(child.type == "text" and _LITERAL_LINK.search(child.content) for child in probed):
        _check_literal_links(token, line, path)  # parsed again only then: escaped brackets are text here too
    for child in probed:
        if child.type == "image":
            raise SourceError(
                f"images are not supported in a leaflet (![{child.content}](…)); the page "
                "would show a stray '!' and a link. Describe the picture in words",
                path,
                line,
            )
        if child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            written = token.content.find(href)
            at = line + (token.content.count("\n", 0, written) if written >= 0 else 0)
            if child.attrs.get("title"):
                raise SourceError(
                    f"the link title {child.attrs['title']!r} is refused: a title is a tooltip, on no printed page "
                    "and read by few screen readers; put its words in the text, [text](https://…)",
                    path,
                    at,
                )
            problem = link_scheme_problem(href)
            if problem:
                raise SourceError(
                    f"link address {href!r} is refused: {problem}; links may use "
                    f"{', '.join(s + ':' for s in LINK_SCHEMES)}",
                    path,
                    at,
                )
            problem = link_address_problem(unquote(href))
            if problem:
                raise SourceError(f"link address {href!r} is refused: {problem}", path, at)
    in_source = sum(1 for child in token.children or () if child.type == "link_open")
    alone = sum(1 for child in render_inline_tokens(fold_inline(token.content)) if child.type == "link_open")
    if in_source != alone:
        raise SourceError(
            "a reference link ([text][label] or [label]) is not kept: each passage is translated "
            "and shown on its own; write the address in the link, [text](https://…)",
            path,
            line,
        )


def _check_literal_links(token: Token, line: int, path: str) -> None:
    """Link syntax markdown-it did not make a link of (a space in the address, a bracket left
    open): the page would show "[call](tel:call us)" as it is written."""
    for child in _LITERAL_PARSER.parseInline(token.content, {})[0].children or ():
        literal = _LITERAL_LINK.search(child.content) if child.type == "text" else None
        if literal:
            opened = child.content.rfind("[", 0, literal.start())
            written = child.content[max(opened, 0) : child.content.find(")", literal.end()) + 1 or None]
            at = token.content.find(written)
            raise SourceError(
                f"{written!r} is not a link: the page would show it as it is written; an address has no spaces "
                "(write %20) and its brackets must be closed, [text](https://…)",
                path,
                line + (token.content.count("\n", 0, at) if at >= 0 else 0),
            )


def _check_structure(tokens: list[Token], first_line: int, path: str) -> None:
    """Headings that skip a level, empty headings and empty list items confuse screen readers;
    a table row with more cells than its header would lose the words of the others."""
    level = 1  # the title
    columns = 0  # of the table being read: its header row's cells
    for index, token in enumerate(tokens):
        line = first_line + (token.map[0] if token.map else 0)
        if token.type == "table_open":
            columns = 0
        if token.type == "tr_open":
            cells = token.meta.get("cells", [])
            columns = columns or len(cells)
            dropped = [cell for cell in cells[columns:] if cell]
            if dropped:
                raise SourceError(
                    f"this table row has {len(cells)} cells and its header row {columns}: "
                    f"{' | '.join(dropped)!r} would be left off the page and out of the catalogs; give the header "
                    f"row a heading and the |---| row a --- for each column, or write the words in the row's "
                    f"{columns} cells",
                    path,
                    line,
                )
        if token.type == "heading_open":
            new = int(token.tag[1])
            if new > level + 1:
                raise SourceError(f"heading jumps from h{level} to h{new}; use {'#' * (level + 1)}", path, line)
            level = new
            if not tokens[index + 1].content.strip():
                raise SourceError(
                    f"empty heading: a screen reader announces a heading with nothing in it; write its words "
                    f"after the '{token.markup}' or delete the line",
                    path,
                    line,
                )
        if token.type == "list_item_open" and tokens[index + 1].type == "list_item_close":
            raise SourceError("empty list item", path, line)


def _units(tokens: list[Token], first_line: int) -> Iterator[tuple[int, Unit]]:
    """(index of the inline token, unit) for every translatable block."""
    containers: list[str] = []  # open list items and block quotes, innermost last
    note: str | None = None  # waiting for the next block
    note_level = 0
    noted_until: int | None = None  # nesting level whose close ends the noted block
    active_note: str | None = None
    for index, token in enumerate(tokens):
        if token.type == "html_block":
            match = _NOTE.match(token.content.strip())
            if match:
                note, note_level = match["note"], token.level
            continue
        if note is not None and token.level == note_level and token.nesting >= 0:
            # The note belongs to this block; a block with no text (a rule) drops it.
            active_note, note = (note if token.nesting == 1 or token.type == "inline" else None), None
            noted_until = token.level if token.nesting == 1 else None
        if token.type in ("list_item_open", "blockquote_open"):
            containers.append(token.type)
        elif token.type in ("list_item_close", "blockquote_close"):
            containers.pop()
        elif token.type == "inline" and token.map is not None:
            unit = Unit(
                msgid=fold_inline(token.content),
                line=first_line + token.map[0],
                kind=_kind(tokens[index - 1].type, containers),
                notes=(active_note,) if active_note else (),
            )
            if unit.msgid:
                yield index, unit
            if noted_until is None:
                active_note = None
        if noted_until is not None and token.nesting == -1 and token.level == noted_until:
            active_note, noted_until = None, None


def _kind(opener: str, containers: list[str]) -> str:
    if opener == "heading_open":
        return HEADING
    if opener in ("th_open", "td_open"):
        return TABLE_CELL
    if containers and containers[-1] == "list_item_open":
        return LIST_ITEM
    if containers:
        return QUOTE
    return PARAGRAPH


def _block_holding(tokens: list[Token], index: int) -> Token:
    """The element that visibly holds the inline token at ``index``.

    A tight list's paragraphs are not rendered, so mark the list item instead.
    """
    opener = tokens[index - 1]
    if opener.type == "paragraph_open" and opener.hidden:
        for candidate in reversed(tokens[: index - 1]):
            if candidate.type == "list_item_open":
                return candidate
    return opener


def inline_plain_text(text: str) -> str:
    """The words of one unit without markup, for <title>, metadata and footers."""
    if text and not _INLINE_MARKUP_CHARACTERS.search(text):
        return fold_white_space(text)  # one text token (_parse_inline): its words are the text
    parts = []
    for token in render_inline_tokens(text):
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return fold_white_space("".join(parts))
