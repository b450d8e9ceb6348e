"""PDF from a rendered page: with its patches (weasyprint_patches/), the only module that imports WeasyPrint.

Every PDF is tagged PDF/UA-1: a structure tree a screen reader can follow, the
document's language and title, link descriptions. WeasyPrint is patched at
import for what it does not do right yet (pipeline/weasyprint_patches/).
"""

from __future__ import annotations

import logging

from pipeline import weasyprint_patches
from pipeline.line_breaking import strip_browser_hints

weasyprint_patches.apply()

from weasyprint import CSS, HTML, URLFetcher  # noqa: E402 (patched first, above)
from weasyprint.text.fonts import FontConfiguration  # noqa: E402

PDF_VARIANT = "pdf/ua-1"

# Pages are self-contained: nothing may be fetched, not even local files, so a
# link or image smuggled into a translation cannot read the build machine.
_FETCHER = URLFetcher(allowed_protocols=("data",), allow_redirects=False)

logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)


def render_pdf(html: str, print_css: str, font_config: FontConfiguration | None = None) -> bytes:
    """``font_config``: one per worker process, reused page after page (None: a new one)."""
    # WeasyPrint keeps Korean words whole itself; joiners would only clutter the text.
    # No base URL: nothing is fetched, and a relative link would otherwise be
    # written into the PDF as file:///<the build machine's working directory>/...
    document = HTML(string=strip_browser_hints(html), base_url=None, url_fetcher=_FETCHER).render(
        stylesheets=[CSS(string=print_css, url_fetcher=_FETCHER, font_config=font_config)],
        font_config=font_config,
        pdf_variant=PDF_VARIANT,
    )
    return document.write_pdf(pdf_variant=PDF_VARIANT)


def font_configuration() -> FontConfiguration:
    return FontConfiguration()
