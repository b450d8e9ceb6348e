"""CSS ``word-break: keep-all`` for WeasyPrint, through Pango's allow-breaks attribute.

WeasyPrint 70 accepts only ``normal`` and ``break-all``, and Pango breaks
Korean between any two syllables. Korean readers expect lines to break only
between words, at the spaces. This patch:

* accepts ``word-break: keep-all``;
* gives every Pango layout of such text an ``allow_breaks=FALSE`` attribute over
  each Korean word (``pipeline.line_breaking.kept_ranges``: ``표피괴사용해증(TEN)의``,
  ``"가짜"는``, ``IVIG를``), so Pango never breaks inside it;
* applies the same rule where WeasyPrint decides, without Pango, whether a line
  may break between two inline boxes (``<a>연구</a>에서``): the style of the
  box whose children are being laid out decides, as in CSS.

The text and the box tree are untouched, so the cost is a few attributes per
text box (bench/keep_all.py measures it) and the PDF's text and structure keep
their plain spaces.

Stronger than CSS keep-all, on purpose: CSS keeps only letters together and
lets a line start with the particle after ``)`` or a closing quote; here a
Korean word is everything between two spaces. Tables size their columns to
the longest word. A word wider than a whole line (a translator's 50 syllables
without a space) breaks where it must, as CSS ``overflow-wrap: break-word``
asks: kept whole it ran off the paper, and its end was lost to the reader.
"""

from __future__ import annotations

import contextvars
import functools

from weasyprint.css.tokens import get_single_keyword
from weasyprint.css.validation import properties as validation
from weasyprint.formatting_structure import boxes
from weasyprint.layout import inline, preferred
from weasyprint.text import line_break
from weasyprint.text.ffi import ffi, pango

from pipeline.line_breaking import KEEP_ALL, kept_ranges

ffi.cdef("PangoAttribute * pango_attr_allow_breaks_new (gboolean allow_breaks);")

# The style of the inline box whose children WeasyPrint is laying out.
_parent_style: contextvars.ContextVar = contextvars.ContextVar("keep_all_parent_style", default=None)
# Set while a line that overflowed with its words kept whole is laid out again without.
_words_may_break: contextvars.ContextVar = contextvars.ContextVar("keep_all_words_may_break", default=False)
# The width of the line box being filled: what a word must be wider than to break.
_line_width: contextvars.ContextVar = contextvars.ContextVar("keep_all_line_width", default=None)


def _validate_word_break(tokens):
    keyword = get_single_keyword(tokens)
    if keyword in ("normal", "break-all", KEEP_ALL):
        return keyword
    return None


_validate_word_break.wants_base_url = False  # type: ignore[attr-defined]  # WeasyPrint reads it off its validators


def _set_text(original):
    def set_text(self, text, justify=False):
        original(self, text, justify)
        if self.style["word_break"] != KEEP_ALL or not self.text or _words_may_break.get():
            return
        ranges = _kept_byte_ranges(self.text)
        if not ranges:
            return
        attributes = pango.pango_layout_get_attributes(self.layout)
        if attributes == ffi.NULL:
            attributes = ffi.gc(pango.pango_attr_list_new(), pango.pango_attr_list_unref)
        # The layout is reused with other text: forget earlier ranges first.
        reset = pango.pango_attr_allow_breaks_new(True)
        reset.start_index, reset.end_index = 0, 0xFFFFFFFF
        pango.pango_attr_list_change(attributes, reset)
        for start, end in ranges:
            attribute = pango.pango_attr_allow_breaks_new(False)
            attribute.start_index, attribute.end_index = start, end
            pango.pango_attr_list_change(attributes, attribute)
        pango.pango_layout_set_attributes(self.layout, attributes)

    return set_text


@functools.lru_cache(maxsize=4096)
def _kept_byte_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """``kept_ranges`` in UTF-8 offsets, as Pango counts; WeasyPrint lays out the same text many times.
    Each offset is counted on from the one before, so a long text of many words costs its length once."""
    offsets, character, byte = [], 0, 0
    for start, end in kept_ranges(text):
        byte += len(text[character:start].encode())
        begins = byte
        byte += len(text[start:end].encode())
        offsets.append((begins, byte))
        character = end
    return tuple(offsets)


def _split_first_line(original):
    """A line that starts with a word wider than the line breaks inside it (CSS overflow-wrap):
    a Korean word kept whole, or a piece of text held on one line (``.nowrap``: a web address's
    piece between two ``/``) that no line is wide enough for."""

    def split_first_line(text, style, context, max_width, justification_spacing, is_line_start=True, minimum=False):
        result = original(text, style, context, max_width, justification_spacing, is_line_start, minimum)
        held = style["white_space"] == "nowrap"
        line_width = _line_width.get()
        if (
            (style["word_break"] != KEEP_ALL and not held)
            or style["overflow_wrap"] not in ("break-word", "anywhere")
            or minimum
            or max_width is None
            or line_width is None
            # Only at the start of the line (WeasyPrint's is_line_start is also true inside an inline box
            # that starts mid-line), and only for a word no line can hold: any other goes to the next line.
            or max_width < line_width - 0.01
            or result[3] <= line_width + 0.01
            or _words_may_break.get()
        ):
            return result
        if held:
            style = style.copy()
            style["white_space"] = "normal"
        token = _words_may_break.set(True)
        try:
            return original(text, style, context, max_width, justification_spacing, is_line_start, minimum)
        finally:
            _words_may_break.reset(token)

    return split_first_line


def _can_break_text(original):
    def can_break_text(text, lang):
        style = _parent_style.get()
        if style is None or style["word_break"] != KEEP_ALL or not text or len(text) < 2:
            return original(text, lang)
        ranges = kept_ranges(text)
        if not ranges:
            return original(text, lang)
        log_attrs = line_break.get_log_attrs(text, lang)
        kept = {position for start, end in ranges for position in range(start + 1, end)}
        return any(log_attrs[i].is_line_break and i not in kept for i in range(1, len(text)))

    return can_break_text


def _with_parent_style(original):
    """Run ``original(context, box, …)`` with ``box``'s style as the deciding one."""

    def wrapper(context, box, *args, **kwargs):
        token = _parent_style.set(box.style)
        try:
            return original(context, box, *args, **kwargs)
        finally:
            _parent_style.reset(token)

    return wrapper


def _with_line_width(original):
    """``split_inline_box(context, box, position_x, max_x, …)`` of a line box: its width is the line's."""

    def split_inline_box(context, box, position_x, max_x, *args, **kwargs):
        if not isinstance(box, boxes.LineBox):
            return original(context, box, position_x, max_x, *args, **kwargs)
        token = _line_width.set(max_x - position_x)
        try:
            return original(context, box, position_x, max_x, *args, **kwargs)
        finally:
            _line_width.reset(token)

    return split_inline_box


def _can_break_inside(original):
    def can_break_inside(box):
        token = _parent_style.set(box.style)
        try:
            return original(box)
        finally:
            _parent_style.reset(token)

    return can_break_inside


def apply() -> None:
    validation.PROPERTIES["word-break"] = _validate_word_break
    line_break.Layout.set_text = _set_text(line_break.Layout.set_text)
    can_break_text = _can_break_text(line_break.can_break_text)
    inline.can_break_text = can_break_text
    preferred.can_break_text = can_break_text
    inline.split_inline_box = _with_line_width(_with_parent_style(inline.split_inline_box))
    preferred.inline_line_widths = _with_parent_style(preferred.inline_line_widths)
    inline.can_break_inside = _can_break_inside(inline.can_break_inside)
    # Where lines are made, not where a table measures its words (preferred.py): columns stay as wide
    # as their longest word.
    inline.split_first_line = _split_first_line(inline.split_first_line)
