"""A page's links to its other languages, changed without rendering it again.

A page links the same leaflet in the other languages published beside it, by
relative address (:func:`page_href`), from its language switcher and from
``<link rel="alternate">`` in its head. A release that keeps a page as it was
published (a refused pair's earlier page, a leaflet it did not select) or
moves one to the archive cannot render it again (its translation is not the
one the catalog holds now), so:

* a page kept loses its links to pages that are no longer published
  (:func:`without_links`): a patient must never be sent to a page that was
  withdrawn. It does not gain links to pages published since; its next render does;
* an archived page is the record of what patients could read, not a page of
  the site: its switcher keeps the names of the languages it offered, as text
  with no address, and its alternates go (:func:`inert`). Its addresses led
  to pages beside it that are not in its archive folder (one folder holds one
  withdrawal); pointing them at today's pages, or at other withdrawals' copies,
  would pair it with translations of another English.

Pure: bytes in, bytes out. The markup matched is what templates/leaflet.html
writes; an address a changed template writes otherwise loses its ``href``
attribute, so that no link to it is left either way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def page_href(locale: str, leaflet: str) -> str:
    """The address a page links its leaflet in another language by: ``../ko_KR/ivig-ten.html``."""
    return f"../{locale}/{leaflet}.html"


_ANY_PAGE = r"\.\./[^\"/]+/[^\"/]+\.html"
_ALTERNATE = r'<link rel="alternate" hreflang="[^"]*" href="{href}">\n?'
_SWITCHER_LINK = r'<a href="{href}" hreflang="[^"]*"([^>]*)>([^<]*)</a>'


def without_links(page: bytes, hrefs: Iterable[str]) -> bytes:
    """The page without its switcher entries and alternates that link ``hrefs``; otherwise as it was."""
    html = page.decode("utf-8")
    for href in hrefs:
        address = re.escape(href)
        html = re.sub(_ALTERNATE.format(href=address), "", html)
        html = re.sub(rf"^[ \t]*<li>{_SWITCHER_LINK.format(href=address)}</li>\n?", "", html, flags=re.MULTILINE)
        html = _unlinked(html, address)
    return html.encode("utf-8")


def inert(page: bytes) -> bytes:
    """An archived page: each switcher link made the language's name alone, the alternates gone."""
    html = re.sub(_ALTERNATE.format(href=_ANY_PAGE), "", page.decode("utf-8"))
    html = re.sub(_SWITCHER_LINK.format(href=_ANY_PAGE), r"<span\1>\2</span>", html)
    return _unlinked(html, _ANY_PAGE).encode("utf-8")


def _unlinked(html: str, address: str) -> str:
    """Any other ``href`` to ``address`` (a template that writes the switcher otherwise) removed."""
    return re.sub(rf'\s+href="{address}"', "", html)
