"""Template text shown in the source language for want of a translation (the ``common`` domain).

A draft shows an untranslated sentence of the page's templates in English,
declared so: ``<span lang="en">``, and ``dir="ltr"`` on a page of the other
direction. Two more things make it read right on a right-to-left page:

* An element that holds nothing but such English (the short disclaimer, the
  translation notice, the footer, a draft's banner) is itself declared
  ``lang="en" dir="ltr"``: an English paragraph, laid out left to right. English
  sentences isolated one by one inside a right-to-left paragraph are placed right
  to left, one after another: read left to right, the second sentence came
  first, and a sentence that wraps was split around the next one.
* It is marked as an untranslated passage is (``data-page-text``, templates/untranslated_page_text.css):
  a reviewer sees which of the page's own text is not translated yet, as the banner promises.
* A date in a sentence (or beside a label) is written in the language of that sentence: "Translated
  from the English version 2.1 of October 1, 2026." A date in the page's
  language inside an English sentence is of no use to a reader of that sentence,
  and in Arabic script it scrambles it: after Arabic letters its year becomes an
  Arabic number, so "1 اکتبر 2026" shows as "1 2026 اکتبر".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from babel import Locale
from babel.dates import format_date
from markupsafe import Markup, escape

from pipeline.bidi import TAG, VOID_ELEMENTS, held_on_every_line
from pipeline.translations import TranslationTable

FENCE_OPEN, FENCE_CLOSE = "\ue000", "\ue001"  # private use: never in a template or a translation
NO_FENCES = dict.fromkeys(map(ord, FENCE_OPEN + FENCE_CLOSE))
_FENCED = re.compile(f"{FENCE_OPEN}(.*?){FENCE_CLOSE}", re.DOTALL)
_FENCE = re.compile(f"([{FENCE_OPEN}{FENCE_CLOSE}])")
_TAG_OR_HEAD = re.compile(r"(<head\b.*?</head>|<[^>]*>)", re.DOTALL | re.IGNORECASE)
_LANG_OR_DIR = re.compile(r"(?<![\w:-])(?:lang|dir)\s*=", re.IGNORECASE)
_BLANK = re.compile(r"(?:\s|&nbsp;|&#160;)*")


@dataclass(frozen=True)
class SentenceDate:
    """A date a page shows, written in the language of the sentence it sits in.

    Shown on its own (``{{ reviewed_on }}``) it is in the page's language.
    """

    day: date
    page_language: Locale
    source_language: Locale

    def __str__(self) -> str:
        return self.said(translated=True)

    def said(self, translated: bool) -> str:
        """In a translated sentence, or in one shown in the source language."""
        return format_date(self.day, "long", locale=self.page_language if translated else self.source_language)

    def beside(self, translated: bool) -> Markup:
        """Shown on its own beside a label, ``translated`` or not: in the language of the label's words, the
        source language's declared (and marked) as the label is, "Date of the English review: October 1,
        2026", never "4 tháng 12, 2026" after English words."""
        return _sentence("%(date)s", translated, {"date": self})


def template_callables(common: TranslationTable) -> tuple[Callable[..., Markup], Callable[..., Markup]]:
    """``gettext`` and ``ngettext`` for HTML templates (Jinja's new style: the variables are passed in).

    Jinja trusts translations as HTML under autoescape; a translator's text is
    data, so it is escaped (and the variables with it). Text shown in the source
    language is fenced, to be declared as such (:func:`mark_fallbacks`).
    """

    # Positional only: a template's variables may be called anything, "count" included.
    def gettext(message: str, /, **variables: object) -> Markup:
        rendition = common.resolve(message)
        return _sentence(rendition.text, rendition.translated, variables)

    def ngettext(singular: str, plural: str, number: int, /, **variables: object) -> Markup:
        variables.setdefault("num", number)
        translated = common.is_source or singular in common.plurals
        return _sentence(common.ngettext(singular, plural, number), translated, variables)

    return gettext, ngettext


def css_callables(common: TranslationTable, fallback_dir: str) -> tuple[Callable[..., str], Callable[..., str]]:
    """``gettext`` and ``ngettext`` for CSS templates (the PDF's running footer): text shown in the
    source language keeps its direction on every line on a page of the other direction."""

    def shown(text: str, translated: bool) -> str:
        return text if translated or not fallback_dir else held_on_every_line(text, fallback_dir)

    def gettext(message: str) -> str:
        rendition = common.resolve(message)
        return shown(rendition.text, rendition.translated)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return shown(common.ngettext(singular, plural, count), common.is_source or singular in common.plurals)

    return gettext, ngettext


def _sentence(text: str, translated: bool, variables: dict[str, object]) -> Markup:
    values = {
        name: value.said(translated) if isinstance(value, SentenceDate) else value for name, value in variables.items()
    }
    template = escape(text) if translated else Markup(f"{FENCE_OPEN}{escape(text)}{FENCE_CLOSE}")
    return template % values


# Template text shown in the source language is marked as a passage shown in it is (leaflet.css: outlined on
# screen, "[EN]" before it on paper and in the PDF): the banner says English on a draft is "marked", and a
# reviewer must see which of the page's own text, the disclaimer among it, is not translated yet. On the
# outermost element that holds nothing else (one mark for the whole disclaimer, not one per sentence), or
# else on the English itself. A page whose text is all translated has none: a released page is unchanged.
UNTRANSLATED_PAGE_TEXT = ' data-page-text="untranslated"'


def mark_fallbacks(html: str, lang: str, direction: str) -> str:
    """Template text shown in the source language, declared so: ``<span lang="en">`` (and its ``dir``
    on a page of the other direction), so a screen reader reads English as English, and marked
    (:data:`UNTRANSLATED_PAGE_TEXT`). An element holding nothing else carries the mark itself, and on
    a page of the other direction says its language and direction itself. In attribute values and the
    ``<head>`` no element can say it, and the fences are only dropped."""
    if FENCE_OPEN not in html:
        return html
    parts = _TAG_OR_HEAD.split(html)
    dir_attribute = f' dir="{direction}"' if direction else ""
    if direction:  # the element says it: the fences inside it go
        parts = _declare_whole_elements(
            parts, f' lang="{lang}"{dir_attribute}{UNTRANSLATED_PAGE_TEXT}', lambda text: text.translate(NO_FENCES)
        )
    else:  # its English keeps its spans, unmarked (the element is)
        parts = _declare_whole_elements(
            parts,
            UNTRANSLATED_PAGE_TEXT,
            lambda text: _FENCED.sub(lambda m: f'<span lang="{lang}">{m.group(1)}</span>', text),
        )
    return "".join(
        part.translate(NO_FENCES)
        if index % 2
        else _FENCED.sub(
            lambda m: f'<span lang="{lang}"{dir_attribute}{UNTRANSLATED_PAGE_TEXT}>{m.group(1)}</span>', part
        )
        for index, part in enumerate(parts)
    )


@dataclass
class _Open:
    """An element open at this point of the page, and what text it has held so far."""

    name: str
    start: int  # index of its start tag among the parts
    free: bool  # no lang or dir of its own, which ours would replace
    fenced: bool = False
    other: bool = False  # text that is not fenced


def _declare_whole_elements(parts: list[str], attributes: str, inside: Callable[[str], str]) -> list[str]:
    """``parts`` (text and markup, alternating) with ``attributes`` on every outermost element whose
    text is all fenced, and its text made ``inside`` makes it. Elements with a lang or dir of their own
    are left."""
    stack: list[_Open] = []
    whole: list[tuple[int, int]] = []  # [start tag, end tag] of each, outermost only
    fenced = False  # inside a fence
    for index, part in enumerate(parts):
        if index % 2 == 0:
            held_fenced, held_other, fenced = _text_held(part, fenced)
            for element in stack:
                element.fenced |= held_fenced
                element.other |= held_other
            continue
        tag = TAG.fullmatch(part)
        if tag is None:
            continue  # a comment, a doctype, the head
        closing, name, attributes_written, self_closing = tag.groups()
        name = name.lower()
        if not closing:
            if not self_closing and name not in VOID_ELEMENTS:
                stack.append(_Open(name, index, free=not _LANG_OR_DIR.search(attributes_written)))
            continue
        depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d].name == name), None)
        if depth is None:
            continue
        element = stack[depth]
        del stack[depth:]
        if element.free and element.fenced and not element.other:
            whole = [(start, end) for start, end in whole if start < element.start] + [(element.start, index)]
    out = list(parts)
    for start, end in whole:
        out[start] = re.sub(r"\s*(/?)>$", rf"{attributes}\1>", out[start], count=1)
        for index in range(start + 1, end, 2):
            out[index] = inside(out[index])
    return out


def _text_held(text: str, fenced: bool) -> tuple[bool, bool, bool]:
    """Whether ``text`` holds fenced text, text outside fences, and whether it ends inside a fence."""
    held_fenced = held_other = False
    for piece in _FENCE.split(text):
        if piece in (FENCE_OPEN, FENCE_CLOSE):
            fenced = piece == FENCE_OPEN
        elif not _BLANK.fullmatch(piece):
            held_fenced |= fenced
            held_other |= not fenced
    return held_fenced, held_other, fenced
