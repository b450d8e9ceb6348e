"""A page's links to its other languages, changed without rendering it again.

A page links the same leaflet in the other languages published beside it, by
relative address (:func:`page_href`), from its language switcher and from
``<link rel="alternate">`` in its head. A release that keeps a page as it was
published (a refused pair's earlier page, a leaflet it did not select, an
English page whose new text is not yet clinically reviewed) or moves one to the
archive cannot render it again (its translation is not the one the catalog
holds now), nor does a draft render a page of a pair it did not select
(``build --locale ko_KR`` that removes the Korean page keeps the English), so:

* a page kept loses its links to pages that are no longer published
  (:func:`without_links`): a patient must never be sent to a page that was
  withdrawn;
* a page kept gains a switcher entry and an alternate for each page of its
  leaflet published beside it that it does not link yet (:func:`with_links`),
  as a render would write them (the language named in itself, its BCP 47 tag,
  ``dir`` where its direction is not the page's) and where (in the order of the
  configured languages): a reader of the kept Korean page reaches the Spanish
  page published since as a reader of a page rendered now does;
* an archived page is the record of what patients could read, not a page of
  the site: its switcher keeps the names of the languages it offered, as text
  with no address, and its alternates go (:func:`inert`). Its addresses led
  to pages beside it that are not in its archive folder (one folder holds one
  withdrawal); pointing them at today's pages, or at other withdrawals' copies,
  would pair it with translations of another English. It gains none.

Pure: bytes in, bytes out. The markup matched is what templates/leaflet.html
writes; an address a changed template writes otherwise loses its ``href``
attribute, so that no link to it is left either way. A page whose switcher or
head a changed template wrote otherwise, with no entry to place a new one
beside, gains none there (:func:`links_to` says whether it did).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import escape


@dataclass(frozen=True)
class Alternate:
    """One entry of the language switcher."""

    name: str  # the language in its own name: 한국어, English
    lang: str  # BCP 47
    dir: str  # its direction: "rtl" for العربية
    href: str
    current: bool


def page_href(locale: str, leaflet: str) -> str:
    """The address a page links its leaflet in another language by: ``../ko_KR/ivig-ten.html``."""
    return f"../{locale}/{leaflet}.html"


_ANY_PAGE = r"\.\./[^\"/]+/[^\"/]+\.html"
_ALTERNATE = r'<link rel="alternate" hreflang="[^"]*" href="{href}">\n?'
_SWITCHER_LINK = r'<a href="{href}" hreflang="[^"]*"([^>]*)>([^<]*)</a>'
# Whole lines, as templates/leaflet.html writes them: a new one goes before or after one of these.
_ALTERNATE_LINE = r'^<link rel="alternate" hreflang="[^"]*" href="{href}">\n'
_SWITCHER_LINE = r"^([ \t]*)<li>{entry}</li>\n"
_OWN_ENTRY = r'<span aria-current="page"[^>]*>[^<]*</span>'
_MODIFIED_LINE = r'^<meta name="dcterms\.modified" content="[^"]*">\n'  # the alternates follow it


def without_links(page: bytes, hrefs: Iterable[str]) -> bytes:
    """The page without its switcher entries and alternates that link ``hrefs``; otherwise as it was."""
    html = page.decode("utf-8")
    for href in hrefs:
        address = re.escape(href)
        html = re.sub(_ALTERNATE.format(href=address), "", html)
        html = re.sub(rf"^[ \t]*<li>{_SWITCHER_LINK.format(href=address)}</li>\n?", "", html, flags=re.MULTILINE)
        html = _unlinked(html, address)
    return html.encode("utf-8")


def with_links(page: bytes, alternates: Sequence[Alternate]) -> bytes:
    """The page with a switcher entry and an alternate for each of ``alternates`` it does not link;
    otherwise as it was. ``alternates``: the switcher a render of the page would write now, in
    order, its own language (``current``) among them. A new line goes after the line of the
    nearest language before it that the page has, or else before the nearest after it."""
    html = page.decode("utf-8")
    own = next(alt for alt in alternates if alt.current)
    for index, alt in enumerate(alternates):
        if alt.current:
            continue
        before, after = alternates[:index][::-1], alternates[index + 1 :]
        html = _placed(
            html,
            _switcher_line(alt),
            _switcher_entry(alt, own),
            after_one_of=[_switcher_line(other) for other in before],
            before_one_of=[_switcher_line(other) for other in after],
        )
        html = _placed(
            html,
            _alternate_line(alt),
            f'<link rel="alternate" hreflang="{escape(alt.lang)}" href="{escape(alt.href)}">',
            # with no alternate yet, the first goes where the template starts them
            after_one_of=[*(_alternate_line(other) for other in before if not other.current), _MODIFIED_LINE],
            before_one_of=[_alternate_line(other) for other in after],
        )
    return html.encode("utf-8")


def links_to(page: bytes, href: str) -> bool:
    """The page's language switcher links ``href``."""
    entry = _SWITCHER_LINE.format(entry=_SWITCHER_LINK.format(href=re.escape(href)))
    return re.search(entry, page.decode("utf-8"), re.MULTILINE) is not None


def inert(page: bytes) -> bytes:
    """An archived page: each switcher link made the language's name alone, the alternates gone."""
    html = re.sub(_ALTERNATE.format(href=_ANY_PAGE), "", page.decode("utf-8"))
    html = re.sub(_SWITCHER_LINK.format(href=_ANY_PAGE), r"<span\1>\2</span>", html)
    return _unlinked(html, _ANY_PAGE).encode("utf-8")


def _unlinked(html: str, address: str) -> str:
    """Any other ``href`` to ``address`` (a template that writes the switcher otherwise) removed."""
    return re.sub(rf'\s+href="{address}"', "", html)


def _switcher_entry(alt: Alternate, own: Alternate) -> str:
    """A link in the switcher, as templates/leaflet.html writes it on the page of ``own``."""
    direction = f' dir="{escape(alt.dir)}"' if alt.dir != own.dir else ""
    return (
        f'<li><a href="{escape(alt.href)}" hreflang="{escape(alt.lang)}" lang="{escape(alt.lang)}"{direction}>'
        f"{escape(alt.name)}</a></li>"
    )


def _switcher_line(alt: Alternate) -> str:
    entry = _OWN_ENTRY if alt.current else _SWITCHER_LINK.format(href=re.escape(str(escape(alt.href))))
    return _SWITCHER_LINE.format(entry=entry)


def _alternate_line(alt: Alternate) -> str:
    return _ALTERNATE_LINE.format(href=re.escape(str(escape(alt.href))))


def _placed(html: str, line: str, markup: str, after_one_of: list[str], before_one_of: list[str]) -> str:
    """``html`` with ``markup`` as a line of its own, unless a line matches ``line``: after the first
    line of ``after_one_of`` it has, or else before the first of ``before_one_of``, indented as that
    line is. As it was when it has none of them (a template that writes them otherwise)."""
    if re.search(line, html, re.MULTILINE):
        return html
    for patterns, after in ((after_one_of, True), (before_one_of, False)):
        for pattern in patterns:
            found = re.search(pattern, html, re.MULTILINE)
            if found is not None:
                text = found.group()
                indent = text[: len(text) - len(text.lstrip(" \t"))]
                at = found.end() if after else found.start()
                return f"{html[:at]}{indent}{markup}\n{html[at:]}"
    return html
