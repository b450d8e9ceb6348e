"""PDF from a rendered page: the only module that imports WeasyPrint."""

from __future__ import annotations

import logging

from weasyprint import CSS, HTML, URLFetcher

# Pages are self-contained: nothing may be fetched, not even local files, so a
# link or image smuggled into a translation cannot read the build machine.
_FETCHER = URLFetcher(allowed_protocols=("data",), allow_redirects=False)

logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)


def render_pdf(html: str, print_css: str) -> bytes:
    document = HTML(string=html, base_url=".", url_fetcher=_FETCHER).render(
        stylesheets=[CSS(string=print_css, url_fetcher=_FETCHER)])
    return document.write_pdf()
