"""Keep the space at a line break in the PDF's text, so words stay apart.

CSS removes the space at which a line wraps, and WeasyPrint 70 drops it from
the text it writes. Text extraction and screen readers then join the last word
of a line to the first of the next: ``독성`` + ``표피괴사용해증`` is read as one
word, in Korean (where nothing else separates them) and in English alike.
WeasyPrint also skips text boxes holding only a space (``</a> <em>``).

This patch keeps one space glyph at the end of such a line, drawn after the
last word and not counted in the line's width, so the layout is exactly as
before and the space is in the text layer: ``pdftotext``, ``pdfinfo
-struct-text`` and assistive technology get ``독성 표피괴사용해증``.

Right-to-left lines (Arabic) draw no such space: Pango would draw it at the
left, before the words, and move them. Their layout is marked instead
(``line_end_space``), and tags.py writes the space into the line's
``/ActualText``, the text assistive technology reads in its place.
"""

from __future__ import annotations

from weasyprint.draw import text as draw_text
from weasyprint.layout import inline
from weasyprint.text import line_break


def _first_line_metrics(original):
    def first_line_metrics(
        first_line, text, layout, resume_at, space_collapse, style, hyphenated=False, hyphenation_character=None
    ):
        result = original(first_line, text, layout, resume_at, space_collapse, style, hyphenated, hyphenation_character)
        if resume_at and space_collapse and not hyphenated:
            layout, length, resume_at, width, height, baseline = result
            kept_space = text.encode()[length : length + 1] == b" "
            if kept_space and length and not layout.text.endswith(" "):
                if _right_to_left(layout):
                    layout.line_end_space = True
                    return result
                # Drawn from layout.text; the width stays that of the words.
                layout.text += " "
                return layout, length + 1, resume_at, width, height, baseline
        return result

    return first_line_metrics


def _remove_last_whitespace(original):
    def remove_last_whitespace(context, line):
        box = line
        while isinstance(box, (inline.boxes.LineBox, inline.boxes.InlineBox)) and box.children:
            box = box.children[-1]
        before = box.text if isinstance(box, inline.boxes.TextBox) else None
        original(context, line)
        if before is None or box.text == before or not before.endswith(" "):
            return
        if _right_to_left(box.pango_layout):
            box.pango_layout.line_end_space = True
            return
        # Widths are now those without the space; draw it all the same.
        box.text = box.text + " "
        drawn, _, _ = inline.split_text_box(context, box, None, 0)
        if drawn is not None:
            box.pango_layout = drawn.pango_layout

    return remove_last_whitespace


def _right_to_left(layout) -> bool:
    """A right-to-left line draws its trailing space at its left, before the words: not drawn."""
    return bool(layout.first_line_direction % 2)


def ends_at_a_space(box) -> bool:
    """Whether the line of this right-to-left text box ends at a space that is not drawn."""
    return getattr(box.pango_layout, "line_end_space", False)


def _draw_first_line(original):
    def draw_first_line(stream, textbox, *args, **kwargs):
        if textbox.text and not textbox.text.strip(" "):
            # WeasyPrint skips a box holding only spaces; this one separates words.
            text, textbox.text = textbox.text, "x"
            try:
                return original(stream, textbox, *args, **kwargs)
            finally:
                textbox.text = text
        return original(stream, textbox, *args, **kwargs)

    return draw_first_line


def apply() -> None:
    line_break.first_line_metrics = _first_line_metrics(line_break.first_line_metrics)
    inline.remove_last_whitespace = _remove_last_whitespace(inline.remove_last_whitespace)
    draw_text.draw_first_line = _draw_first_line(draw_text.draw_first_line)
