"""A page kept as published gains links to the pages of its leaflet published beside it since
(pipeline.relink.with_links), as templates/leaflet.html writes them: read as a browser reads it."""

from __future__ import annotations

from html.parser import HTMLParser

from pipeline import relink
from pipeline.config import load_project
from pipeline.relink import Alternate
from pipeline.render_html import alternates_for


class LanguageLinks(HTMLParser):
    """What a page offers in its other languages: its switcher's entries, in order, and its head's alternates."""

    def __init__(self, html: str):
        super().__init__()
        self.switcher: list[tuple[str, dict]] = []  # (the name shown, the attributes of its <a> or <span>)
        self.alternates: list[tuple[str, str]] = []  # (hreflang, href) of each <link rel="alternate">
        self._in_switcher = False
        self._entry: dict | None = None
        self._name = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "alternate":
            self.alternates.append((attrs["hreflang"], attrs["href"]))
        elif tag == "nav" and "language-switcher" in (attrs.get("class") or "").split():
            self._in_switcher = True
        elif self._in_switcher and tag in ("a", "span"):
            self._entry, self._name = attrs, ""

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_switcher = False
        elif self._entry is not None and tag in ("a", "span"):
            self.switcher.append((self._name, self._entry))
            self._entry = None

    def handle_data(self, data):
        if self._entry is not None:
            self._name += data

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.switcher]

    def entry(self, name: str) -> dict:
        return dict(self.switcher)[name]


# A Korean page as templates/leaflet.html writes it when only the English was published beside it.
KOREAN_PAGE = """\
<!DOCTYPE html>
<html lang="ko-KR" dir="ltr">
<head>
<meta charset="utf-8">
<title>*피부* 반응에 쓰는 IVIG</title>
<meta name="dcterms.modified" content="2026-10-01">
<link rel="alternate" hreflang="en" href="../en/demo.html">
<style>
</style>
</head>
<body>
<header class="site-header">
  <nav class="language-switcher" aria-label="다른 언어">
    <ul>
      <li><a href="../en/demo.html" hreflang="en" lang="en">English</a></li>
      <li><span aria-current="page" lang="ko-KR">한국어</span></li>
    </ul>
  </nav>
</header>
<main id="content"><p>다른 언어로 된 <a href="https://example.org/">안내</a></p></main>
</body>
</html>
""".encode()

ENGLISH = Alternate("English", "en", "ltr", "../en/demo.html", current=False)
ARABIC = Alternate("العربية", "ar", "rtl", "../ar/demo.html", current=False)
SPANISH = Alternate("Español", "es", "ltr", "../es/demo.html", current=False)
KOREAN = Alternate("한국어", "ko-KR", "ltr", "../ko_KR/demo.html", current=True)
CHINESE = Alternate("中文 (繁體)", "zh-TW", "ltr", "../zh_TW/demo.html", current=False)
# The switcher a render of the Korean page writes now: five languages, in the configured order.
NOW = [ENGLISH, ARABIC, SPANISH, KOREAN, CHINESE]


def test_a_kept_page_gains_each_language_published_since_where_a_render_writes_it():
    relinked = relink.with_links(KOREAN_PAGE, NOW)
    page = LanguageLinks(relinked.decode("utf-8"))
    assert page.names == ["English", "العربية", "Español", "한국어", "中文 (繁體)"]
    assert page.alternates == [
        ("en", "../en/demo.html"),
        ("ar", "../ar/demo.html"),
        ("es", "../es/demo.html"),
        ("zh-TW", "../zh_TW/demo.html"),
    ]
    # named in itself, tagged with its language; right to left said only where it is not the page's direction
    assert page.entry("العربية") == {"href": "../ar/demo.html", "hreflang": "ar", "lang": "ar", "dir": "rtl"}
    assert page.entry("Español") == {"href": "../es/demo.html", "hreflang": "es", "lang": "es"}
    assert page.entry("한국어") == {"aria-current": "page", "lang": "ko-KR"}
    # the rest of the page byte for byte: each new line is one the template writes, indented as it does
    new = [line for line in relinked.split(b"\n") if line not in KOREAN_PAGE.split(b"\n")]
    assert new == [
        b'<link rel="alternate" hreflang="ar" href="../ar/demo.html">',
        b'<link rel="alternate" hreflang="es" href="../es/demo.html">',
        b'<link rel="alternate" hreflang="zh-TW" href="../zh_TW/demo.html">',
        b'      <li><a href="../ar/demo.html" hreflang="ar" lang="ar" dir="rtl">\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8'
        b"\xa8\xd9\x8a\xd8\xa9</a></li>",
        '      <li><a href="../es/demo.html" hreflang="es" lang="es">Español</a></li>'.encode(),
        '      <li><a href="../zh_TW/demo.html" hreflang="zh-TW" lang="zh-TW">中文 (繁體)</a></li>'.encode(),
    ]
    assert relink.without_links(relinked, [ARABIC.href, SPANISH.href, CHINESE.href]) == KOREAN_PAGE


def test_a_page_that_links_every_language_published_is_left_as_it_was():
    relinked = relink.with_links(KOREAN_PAGE, NOW)
    assert relink.with_links(relinked, NOW) == relinked
    assert relink.with_links(KOREAN_PAGE, [ENGLISH, KOREAN]) == KOREAN_PAGE


def test_the_first_other_language_of_a_page_goes_where_the_template_starts_them():
    """A page published alone: no alternate or switcher link yet to place the new one beside."""
    alone = relink.without_links(KOREAN_PAGE, [ENGLISH.href])
    assert LanguageLinks(alone.decode("utf-8")).alternates == []
    # after <meta name="dcterms.modified">, and before the page's own entry
    assert relink.with_links(alone, [ENGLISH, KOREAN]) == KOREAN_PAGE
    page = LanguageLinks(relink.with_links(alone, [KOREAN, CHINESE]).decode("utf-8"))
    assert page.names == ["한국어", "中文 (繁體)"] and page.alternates == [("zh-TW", CHINESE.href)]


def test_an_arabic_page_says_left_to_right_for_a_latin_name_and_not_for_its_own_script():
    arabic_page = KOREAN_PAGE.replace(b'lang="ko-KR" dir="ltr"', b'lang="ar" dir="rtl"').replace(
        '<li><span aria-current="page" lang="ko-KR">한국어</span></li>'.encode(),
        '<li><span aria-current="page" lang="ar">العربية</span></li>'.encode(),
    )
    here = [ENGLISH, Alternate("العربية", "ar", "rtl", ARABIC.href, current=True), SPANISH]
    page = LanguageLinks(relink.with_links(arabic_page, here).decode("utf-8"))
    assert page.names == ["English", "العربية", "Español"]
    assert page.entry("Español")["dir"] == "ltr"


def test_every_switcher_entry_of_every_shipped_page_is_written_back_as_the_template_wrote_it(shipped_outputs):
    """The repository's own leaflets in every language, both directions: each link taken out of a
    page released (pipeline.relink.without_links) and given back is the page byte for byte."""
    project = load_project(shipped_outputs.root)
    pages = sorted(shipped_outputs.dist.glob("*/*.html"))
    languages = set()
    for path in pages:
        locale, leaflet = path.parent.name, path.stem
        published = [loc for loc in project.locales if (shipped_outputs.dist / loc.code / f"{leaflet}.html").is_file()]
        now = alternates_for(leaflet, locale, published)
        page = path.read_bytes()
        for other in published:
            if other.code != locale:
                languages.add(other.code)
                assert (
                    relink.with_links(relink.without_links(page, [relink.page_href(other.code, leaflet)]), now) == page
                )
        all_others = [alt.href for alt in now if not alt.current]
        assert relink.with_links(relink.without_links(page, all_others), now) == page
    assert {"ar", "en", "ko_KR"} <= languages  # both directions, and Korean's own line breaking
