"""The checks, the source's parse and the page skip markdown-it's inline parser for plain text
(pipeline/markdown.py): what they get must be exactly what markdown-it gives, for every message
and source we ship and for text next to each markup character (a character left out of the
shortcut's list would read "**x**" as plain text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.rules_core import inline as inline_parsed_every_time

from pipeline import markdown
from pipeline.catalogs.pofile import read_file

ROOT = Path(__file__).resolve().parent.parent


def markdown_its_own(parser: MarkdownIt) -> MarkdownIt:
    """``parser`` with markdown-it's own core inline rule: the inline parser run on every passage."""
    parser.core.ruler.at("inline", inline_parsed_every_time)
    return parser


SAFE = markdown_its_own(markdown._parser(html=False, images=False))
PROBE = markdown_its_own(markdown._parser(html=False, any_address=True))
SOURCE = markdown_its_own(markdown._parser(html=True))
MARKUP = "\n\r\0!#$%&*+-:<=>@[\\]^_`{}~"
EDGES = [
    "",
    " ",
    "a",
    " a",
    "a ",
    "    code",
    "\ta",
    "1. Take",
    "1) Take",
    "2024 was",
    "Ω",
    "x\u3000",
    "\u00a0x",
    "a | b",
    # Characters markdown-it's text rule stops at, which start no rule of ours: still one text token.
    "Take 2-3 tablets: 10% (>= 5 mg/kg) + fluids = #1 @ home, $5 ^ {name}",
    "-:%+=>#@$^{}",
]


def _shipped_messages() -> set[str]:
    texts: set[str] = set()
    for path in sorted(ROOT.glob("locales/**/*.po")):
        for message in read_file(path, str(path)).messages:
            texts.update((message.msgid, message.msgid_plural or "", *message.forms))
    return texts


TEXTS = sorted(
    _shipped_messages()
    | set(EDGES)
    | {f"Take {char}2 tablets{char} daily" for char in MARKUP}
    | {f"{char}{char}Stop{char}{char}" for char in MARKUP}
)


@pytest.mark.parametrize("text", TEXTS)
def test_every_parse_is_markdown_its_own(text: str) -> None:
    safe = SAFE.parseInline(text, {})
    probe = PROBE.parseInline(text, {})
    assert markdown.render_inline_tokens(text) == (safe[0].children or [] if safe else [])
    assert markdown.probe_inline_tokens(text) == (probe[0].children or [] if probe else [])
    assert markdown.parse_inline_as_written(text) == SOURCE.parseInline(text)
    assert markdown.parse_as_written(text) == SOURCE.parse(text)
    assert markdown._SAFE_PARSER.render(text) == SAFE.render(text)


@pytest.mark.parametrize("path", sorted(ROOT.glob("source/*.md")), ids=lambda path: path.name)
def test_every_source_parses_as_markdown_it_parses_it(path: Path) -> None:
    """A leaflet's passages are plain text but for a few: each is read as markdown-it reads it."""
    text = path.read_text(encoding="utf-8")
    assert markdown._SOURCE_PARSER.parse(text) == SOURCE.parse(text)
    assert markdown._SAFE_PARSER.render(text) == SAFE.render(text)


def test_most_messages_take_the_shortcut() -> None:
    """Otherwise it saves nothing: most leaflet messages have no markup at all."""
    messages = _shipped_messages() - {""}
    assert sum(map(markdown.is_plain_text, messages)) > len(messages) / 2
    assert not markdown.is_plain_text("Take **2** tablets")


# Lines that open a block other than a paragraph, and lines next to them that do not.
BLOCK_EDGES = [
    "# Dose",
    "#Dose",
    "- one",
    "* one",
    "+ one",
    "1. one",
    "1) one",
    "٣. one",
    "---",
    "***",
    "___",
    "> quoted",
    "```",
    "~~~",
    "<div>x</div>",
    "<!-- note -->",
    "[a]: https://example.org",
    "[a](https://example.org) and **b**",
    "| a | b |",
    "=== x",
    "    code",
    "\tcode",
    "  - one",
    "**1 g/kg** for *3* days",
    "Take **2**\n- tablets",
    "Take **2**\r# tablets",
    "Take **2**  ",
    "\u3000**2**",
]
BLOCK_TEXTS = sorted(set(TEXTS) | set(BLOCK_EDGES) | {f"{char}**2** x" for char in MARKUP + " \t0123456789|."})


@pytest.mark.parametrize("text", BLOCK_TEXTS)
def test_block_types_are_markdown_its_own(text: str) -> None:
    """The checks do not parse a one-line message that opens no block as a document (a paragraph)."""
    parsed = SOURCE.parse(text)
    assert markdown.block_types(text) == tuple(
        token.type for token in parsed if token.level == 0 and token.nesting >= 0
    )


# Links and images as the renderer refuses or drops them, where the checks stop skipping the probe.
LINK_TEXTS = sorted(
    set(BLOCK_TEXTS)
    | {
        "Take **2** ![x](https://example.org/a.png)",
        "Take *2* <javascript:alert(1)> daily",
        "Take *2* [here](javascript:alert(1))",
        "Take *2* [here][ref] and [there]( data:text/html,x )",
        "Take *2* &lt;javascript:alert(1)&gt; &#91;x&#93;(javascript:alert(1))",
    }
)


@pytest.mark.parametrize("text", LINK_TEXTS)
def test_what_the_checks_read_of_a_message_is_what_the_whole_parse_gives(text: str, monkeypatch) -> None:
    """[markup] probes only a message with a "[" or "<" for links and images, and every check reads
    a message of one text token without looking at its tokens: they read what they would with both."""
    from pipeline.checks import inline, markup

    shortcut_view, shortcut_rendered = inline._inline_view(text), markup._rendered(text)
    monkeypatch.setattr(inline, "is_one_text", lambda text: False)
    monkeypatch.setattr(markup, "_LINK_OR_IMAGE_START", re.compile(""))
    assert inline._inline_view(text) == shortcut_view
    assert markup._rendered(text) == shortcut_rendered
