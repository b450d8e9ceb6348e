"""The safety core, each layer tested on its own, without the layers in front of it.

The checks refuse a hostile translation before it reaches the renderer, so a
test that goes through `leaflets build` cannot see whether the renderer itself
is safe. Each test here calls one layer directly (the page renderer, the PDF
fetcher, the release gate, the plural lookup, the file writer) and fails when
that layer's rule is broken, whatever the others do. Issue 12 lists the
mutants that once survived the whole suite; docs of each test name its own.
"""

from __future__ import annotations

import errno
import http.server
import io
import os
import threading
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pikepdf
import pytest
from PIL import Image
from pypdf import PdfReader

from pipeline import files
from pipeline.catalogs.catalog import Catalog, Message
from pipeline.config import load_project
from pipeline.files import atomic_write, write_if_changed
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.markdown import render_body, render_body_blocks, render_inline
from pipeline.model import Rendition
from pipeline.release import gate
from pipeline.render_html import Renderer
from pipeline.review import record
from pipeline.source import load_leaflets
from pipeline.translations import TranslationTable, table_from_catalog, table_from_entries

# What a translator (or whoever controls a .po file) could type to run code,
# load something or escape the page, in every spelling markdown-it knows.
HOSTILE = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    '<iframe src="https://evil.example/"></iframe>',
    '<a href="javascript:alert(1)">click</a>',
    "<svg onload=alert(1)>",
    '<object data="file:///etc/passwd"></object>',
    "<style>body { display: none }</style>",
    "![x](file:///etc/passwd)",
    "![x](https://evil.example/pixel.png)",
    "[click](javascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](file:///etc/passwd)",
    "<javascript:alert(1)>",
    "<!-- a comment --> text",
    "<div>block</div>",
]
# Elements a rendered passage may contain: inline Markdown, nothing that loads or runs.
INLINE_TAGS = {"a", "strong", "em", "code", "br", "p"}
SAFE_SCHEMES = ("https:", "http:", "mailto:", "tel:")


class Elements(HTMLParser):
    """Every element and attribute of an HTML fragment, as a browser would parse it."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(name, value or "") for name, value in attrs]

    def handle_comment(self, data):
        self.tags.append("<!--")


def assert_inert(html: str, allowed_tags: set[str]) -> None:
    elements = Elements(html)
    assert set(elements.tags) <= allowed_tags, html
    assert not [name for name, _ in elements.attrs if name.startswith("on")], html
    for name, value in elements.attrs:
        if name in ("href", "src", "data", "action", "formaction"):
            assert value.startswith(SAFE_SCHEMES) or value.startswith(("#", "../", "./")) or ":" not in value, html


@pytest.mark.parametrize("hostile", HOSTILE)
def test_the_body_renderer_shows_a_hostile_translation_as_text(hostile):
    """Mutant: the page's Markdown parser with raw HTML or images enabled."""
    html = render_body("A plain passage.\n", 1, "source/demo.md", lambda unit: Rendition(hostile, True), "en")
    assert_inert(html, INLINE_TAGS)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_titles_and_summaries_render_a_hostile_translation_as_text(hostile):
    assert_inert(render_inline(hostile), INLINE_TAGS)


def test_raw_html_in_a_translation_reaches_the_page_escaped_not_dropped():
    html = render_body(
        "A plain passage.\n", 1, "source/demo.md", lambda unit: Rendition("<b>bold</b> and ![x](y.png)", True), "en"
    )
    assert "&lt;b&gt;bold&lt;/b&gt;" in html  # the reader sees what the translator typed
    assert "<b>" not in html and "<img" not in html


def test_a_whole_page_rendered_from_hostile_tables_loads_and_runs_nothing(project):
    """The page renderer given hostile text for every passage and template string, no check in front."""
    proj = load_project(project.root)
    leaflets, problems = load_leaflets(proj)
    assert not problems
    leaflet = leaflets[0]
    hostile = " ".join(HOSTILE)
    table = TranslationTable("ko_KR", {unit.msgid: hostile for unit in leaflet.units})

    class HostileCommon(TranslationTable):
        def resolve(self, msgid):
            return Rendition(hostile, True)

        def gettext(self, msgid):
            return hostile

        def ngettext(self, singular, plural, count):
            return hostile

    page = Renderer(proj).leaflet(leaflet, proj.locale("ko_KR"), table, HostileCommon("ko_KR"), [], draft=False)
    elements = Elements(page.html)
    assert not {"script", "img", "iframe", "object", "embed", "svg", "form", "input"} & set(elements.tags)
    assert elements.tags.count("style") == 1  # the template's own
    assert not [name for name, _ in elements.attrs if name.startswith("on")]
    for name, value in elements.attrs:
        if name in ("href", "src"):
            assert value.startswith(SAFE_SCHEMES) or ":" not in value.split("/")[0], value
    assert "evil.example/pixel.png" not in page.print_css


# -- the PDF path fetches nothing ---------------------------------------------------------------

LEAK = "LEAKEDFROMTHEMACHINE"


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self):
        type(self).requests.append(self.path)
        body, kind = (
            (_png(), "image/png")
            if self.path.endswith(".png")
            else (f'body::after {{ content: "{LEAK}" }}'.encode(), "text/css")
        )
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 0, 0)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def server():
    _Recorder.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _hostile_document(folder: Path, web: str) -> tuple[str, str]:
    """A page and print CSS that reach for local files and the network in every way WeasyPrint follows."""
    (folder / "leak.css").write_text(f'body::before {{ content: "{LEAK}" }}', encoding="utf-8")
    (folder / "leak.png").write_bytes(_png())
    local = (folder / "leak").as_uri()
    html = f"""<!doctype html><html lang="en"><head><title>t</title>
<link rel="stylesheet" href="{local}.css">
<link rel="stylesheet" href="{web}/page.css">
<link rel="stylesheet" href="leak.css">
<style>@import url("{local}.css"); p {{ background: url("{web}/style.png") }}</style>
</head><body><p>Text.</p>
<img src="{local}.png" alt="a"><img src="{web}/img.png" alt="b"><img src="leak.png" alt="c">
<div style="background-image: url('{local}.png'); height: 10px"></div>
<object data="{local}.png" type="image/png"></object><embed src="{web}/embed.png" type="image/png">
</body></html>"""
    css = f"""@import url("{web}/print.css"); @import url("{local}.css");
@font-face {{ font-family: Leak; src: url("{web}/font.ttf"), url("{local}.css") }}
@page {{ background: url("{local}.png") }} body {{ list-style-image: url("{web}/bullet.png") }}"""
    return html, css


def _images(pdf: bytes) -> int:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return sum(1 for obj in document.objects if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image")


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_path_reads_no_file_and_no_url(tmp_path, monkeypatch, server):
    """Mutant: the PDF fetcher allowing every protocol (render_pdf.py's allowed_protocols)."""
    from pipeline.render_pdf import render_pdf

    monkeypatch.chdir(tmp_path)  # relative addresses resolve against the working directory
    html, css = _hostile_document(tmp_path, server)
    pdf = render_pdf(html, css)
    assert _Recorder.requests == []
    assert LEAK not in _text(pdf)
    assert _images(pdf) == 0
    assert "Text." in _text(pdf)


def test_the_hostile_document_does_reach_out_when_fetching_is_allowed(tmp_path, monkeypatch, server):
    """The control: the same document with WeasyPrint's default fetcher reads files and URLs,
    so the test above would see a fetch if one happened."""
    from weasyprint import CSS, HTML, URLFetcher

    monkeypatch.chdir(tmp_path)
    html, css = _hostile_document(tmp_path, server)
    fetcher = URLFetcher()
    pdf = HTML(string=html, base_url=".", url_fetcher=fetcher).write_pdf(
        stylesheets=[CSS(string=css, url_fetcher=fetcher)]
    )
    assert _Recorder.requests
    assert LEAK in _text(pdf)
    assert _images(pdf) > 0


# -- the release gate ---------------------------------------------------------------------------


def _finding(file: str, severity: str = ERROR) -> Finding:
    # a warning of a check whose warnings hold no page back ([length]; not release.py's REVERSAL_CHECKS)
    return Finding(
        file,
        12,
        severity,
        "numbers" if severity == ERROR else "length",
        "ko_KR",
        file.rsplit("/", 1)[-1][:-3],
        "Take 2 tablets",
        "the number 2 is missing from the translation",
    )


def _gate(**changes) -> list[str]:
    leaflet_po, common_po = "locales/ko_KR/LC_MESSAGES/demo.po", "locales/ko_KR/LC_MESSAGES/common.po"
    arguments = dict(
        catalog_file=leaflet_po,
        catalog_exists=True,
        msgids=["Take 2 tablets"],
        table=TranslationTable("ko_KR", {"Take 2 tablets": "2정을 드세요"}),
        findings=[],
        common_file=common_po,
        common_msgids=["Disclaimer", "Contents"],
        common_table=TranslationTable("ko_KR", {"Disclaimer": "면책", "Contents": "목차"}),
        common_findings=[],
        disclaimer_msgids=["Disclaimer"],
        review_required=False,
    )  # the translation review has its own tests (tests/test_review.py)
    arguments.update(changes)
    return gate(**arguments).reasons


def test_the_gate_releases_a_complete_clean_pair():
    assert _gate() == []


def test_a_check_error_in_the_common_catalog_refuses_the_pair():
    """Mutant: the release gate ignoring check errors in `common`."""
    reasons = _gate(common_findings=[_finding("locales/ko_KR/LC_MESSAGES/common.po")])
    assert len(reasons) == 1
    assert reasons[0].startswith("locales/ko_KR/LC_MESSAGES/common.po: 1 check error")
    assert "line 12: numbers" in reasons[0]


def test_a_check_error_in_the_leaflet_catalog_refuses_the_pair():
    reasons = _gate(findings=[_finding("locales/ko_KR/LC_MESSAGES/demo.po")] * 3)
    assert reasons == [
        "locales/ko_KR/LC_MESSAGES/demo.po: 3 check errors, first line 12: numbers: "
        "the number 2 is missing from the translation (and 2 more)"
    ]


def test_warnings_alone_do_not_refuse_a_pair():
    assert _gate(findings=[_finding("demo.po", WARNING)], common_findings=[_finding("common.po", WARNING)]) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"catalog_exists": False}, "locales/ko_KR/LC_MESSAGES/demo.po does not exist"),
        ({"table": TranslationTable("ko_KR")}, "demo.po: 1 passage missing from the catalog"),
        ({"table": TranslationTable("ko_KR", reasons={"Take 2 tablets": "fuzzy"})}, "1 passage fuzzy"),
        ({"common_table": TranslationTable("ko_KR", {"Contents": "목차"})}, "the medical disclaimer is not translated"),
        ({"common_table": TranslationTable("ko_KR", {"Disclaimer": "면책"})}, "common.po: 1 template string"),
    ],
)
def test_anything_missing_refuses_the_pair(changes, expected):
    assert any(expected in reason for reason in _gate(**changes)), _gate(**changes)


def test_a_stale_review_names_the_changed_passages_up_to_five_and_the_command_that_records_a_new_one():
    """What the release says of a review the English and the translation moved away from."""
    english = [f"Step {n}." for n in range(1, 7)]
    kept = [f"Note {n}." for n in range(1, 6)]
    reviewed = record(
        Catalog(messages=tuple(Message(m, msgstr=f"옛 {m}") for m in english + kept)),
        "Ji-woo Park",
        date(2026, 11, 30),
        english + kept,
    )
    now = [f"Step {n} today." for n in range(1, 7)]  # six English passages rewritten
    changed = replace(  # the sign-off's header kept, five translations changed
        reviewed, messages=tuple(Message(m, msgstr=f"새 {m}") for m in now + kept)
    )
    reasons = _gate(msgids=now + kept, table=table_from_catalog("ko_KR", changed), review_required=True)
    shown_english = "; ".join(f'"{m}"' for m in now[:5])
    shown_translation = "; ".join(f'"{m}"' for m in kept)
    assert reasons[0] == (
        "locales/ko_KR/LC_MESSAGES/demo.po: the translation review by Ji-woo Park on 2026-11-30 is stale: "
        f"the English of 6 passages ({shown_english}; and 1 more) and the translation of 5 passages "
        f'({shown_translation}) changed since; review them, then: leaflets review ko_KR demo --by "NAME"'
    )


def test_a_review_of_passages_since_removed_from_the_leaflet_is_stale():
    msgids = ["Take 2 tablets.", "Drink water."]
    reviewed = record(
        Catalog(messages=tuple(Message(m, msgstr=f"번역 {m}") for m in msgids)),
        "Ji-woo Park",
        date(2026, 11, 30),
        msgids,
    )
    reasons = _gate(msgids=msgids[:1], table=table_from_catalog("ko_KR", reviewed), review_required=True)
    assert reasons[:1] == [
        "locales/ko_KR/LC_MESSAGES/demo.po: the translation review by Ji-woo Park on 2026-11-30 is stale: "
        '1 passage was removed since; review them, then: leaflets review ko_KR demo --by "NAME"'
    ]


def test_a_review_of_passages_since_put_in_another_order_is_stale_and_says_so():
    """The page reads in another order than the one reviewed: it was called 'passages were removed'
    when none was, and the reviewer looked for a deletion."""
    msgids = ["Take 2 tablets.", "Drink water.", "Rest."]
    reviewed = record(
        Catalog(messages=tuple(Message(m, msgstr=f"번역 {m}") for m in msgids)),
        "Ji-woo Park",
        date(2026, 11, 30),
        msgids,
    )
    moved = [msgids[1], msgids[0], msgids[2]]
    reasons = _gate(msgids=moved, table=table_from_catalog("ko_KR", reviewed), review_required=True)
    assert reasons[:1] == [
        "locales/ko_KR/LC_MESSAGES/demo.po: the translation review by Ji-woo Park on 2026-11-30 is stale: "
        'passages were put in another order since; review them, then: leaflets review ko_KR demo --by "NAME"'
    ]


# -- plural lookup ------------------------------------------------------------------------------


def test_ngettext_picks_the_form_the_catalogs_rule_names():
    """Mutant: ngettext always returning form 0."""

    entry = Message("%(n)s tablet", msgid_plural="%(n)s tablets", msgstr_plural=("ONE", "FEW", "MANY"))
    table = table_from_entries(
        "ru",
        [entry],
        plural_forms=(
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        ),
    )
    assert [table.ngettext("%(n)s tablet", "%(n)s tablets", n) for n in (1, 2, 5, 11, 21, 22)] == [
        "ONE",
        "FEW",
        "MANY",
        "MANY",
        "ONE",
        "FEW",
    ]


# -- atomic writes ------------------------------------------------------------------------------


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    """Mutant: atomic_write writing in place."""
    page = tmp_path / "dist" / "ko_KR" / "demo.html"
    page.parent.mkdir(parents=True)
    page.write_bytes(b"the released page")

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        atomic_write(page, b"half of a new page")
    assert page.read_bytes() == b"the released page"
    assert sorted(p.name for p in page.parent.iterdir()) == ["demo.html"]  # no temporary left behind


def test_an_interrupt_just_after_the_rename_keeps_the_new_file_and_says_interrupted(tmp_path, monkeypatch):
    """Ctrl-C as the new page takes its name: the page is whole and new, and the
    person who pressed it is told the build was interrupted, not of a missing file."""
    page = tmp_path / "demo.html"
    page.write_bytes(b"old")
    real_replace = os.replace

    def replace_then_interrupt(source, target):
        real_replace(source, target)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", replace_then_interrupt)
    with pytest.raises(KeyboardInterrupt) as caught:
        atomic_write(page, b"new")
    assert caught.value.__context__ is None  # the clean-up raised nothing of its own
    assert page.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["demo.html"]


def test_a_reader_holding_the_old_file_never_sees_a_mix(tmp_path):
    page = tmp_path / "demo.pdf"
    page.write_bytes(b"old" * 1000)
    with page.open("rb") as reader:
        atomic_write(page, b"new")
        assert reader.read() == b"old" * 1000  # a new file replaced the name; the old one is untouched
    assert page.read_bytes() == b"new"


def test_an_output_that_is_a_link_is_replaced_not_written_through(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"not ours")
    page = tmp_path / "build" / "demo.html"
    page.parent.mkdir()
    page.symlink_to(outside)
    assert write_if_changed(page, b"the page")
    assert outside.read_bytes() == b"not ours"
    assert not page.is_symlink() and page.read_bytes() == b"the page"
    assert oct(page.stat().st_mode & 0o777) == "0o644"


def test_a_half_written_file_is_hidden_beside_its_final_name(tmp_path, monkeypatch):
    """Written beside the page (same file system: the rename is atomic) under a hidden .tmp name,
    so a web server or a `*.html` listing never sees it."""
    page = tmp_path / "build" / "ko_KR" / "demo.html"
    renamed = []
    real_replace = os.replace

    def replace(source, target):
        renamed.append((Path(source), Path(target)))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    atomic_write(page, b"page")
    [(temporary, final)] = renamed
    assert final == page and temporary.parent == page.parent
    assert temporary.name.startswith(".demo.html.") and temporary.name.endswith(".tmp")
    assert page.read_bytes() == b"page" and not temporary.exists()


def test_write_if_changed_leaves_an_unchanged_file_alone(tmp_path):
    page = tmp_path / "demo.html"
    atomic_write(page, b"same")
    before = page.stat().st_ino
    assert not write_if_changed(page, b"same")
    assert page.stat().st_ino == before
    assert write_if_changed(page, b"other") and page.read_bytes() == b"other"


# -- whole folders: the release swapped in one step -----------------------------------------------


def _folder(root: Path, name: str, page: bytes) -> Path:
    folder = root / name
    (folder / "ko_KR").mkdir(parents=True)
    (folder / "ko_KR" / "demo.html").write_bytes(page)
    return folder


def _page(folder: Path) -> bytes:
    return (folder / "ko_KR" / "demo.html").read_bytes()


@pytest.mark.parametrize("in_one_step", [True, False], ids=["renameat2", "two renames"])
def test_exchange_swaps_the_new_release_in_and_keeps_the_old_one_aside(tmp_path, monkeypatch, in_one_step):
    """Readers of dist/ see the old release or the new one; afterwards the new
    release's folder holds the old one (for the build to remove)."""
    if not in_one_step:  # a system without renameat2(RENAME_EXCHANGE)
        monkeypatch.setattr(files, "_exchange_in_one_step", lambda new, current: False)
    dist, new = _folder(tmp_path, "dist", b"old release"), _folder(tmp_path, ".dist.new", b"new release")
    files.exchange(new, dist)
    assert (_page(dist), _page(new)) == (b"new release", b"old release")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dist.new", "dist"]


def test_exchange_into_nothing_is_a_rename(tmp_path):
    new = _folder(tmp_path, ".dist.new", b"first release")
    files.exchange(new, tmp_path / "dist")
    assert _page(tmp_path / "dist") == b"first release"
    assert not new.exists()


def test_the_first_step_is_undone_when_the_second_fails(tmp_path, monkeypatch):
    """Without renameat2 the old release is moved aside first; if the new one cannot
    take its name, the old one comes back: dist/ is never left empty."""
    monkeypatch.setattr(files, "_exchange_in_one_step", lambda new, current: False)
    dist, new = _folder(tmp_path, "dist", b"old release"), _folder(tmp_path, ".dist.new", b"new release")
    real_rename = os.rename

    def rename(source, target):
        if Path(source) == new:
            raise OSError(30, "Read-only file system")
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(OSError):
        files.exchange(new, dist)
    assert (_page(dist), _page(new)) == (b"old release", b"new release")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dist.new", "dist"]


def test_renameat2_is_asked_to_exchange_the_two_folders(tmp_path, monkeypatch):
    """The one step is renameat2(AT_FDCWD, new, AT_FDCWD, current, RENAME_EXCHANGE)."""
    calls = []

    class Libc:
        def renameat2(self, *arguments):
            calls.append(arguments)
            return 0

    monkeypatch.setattr(files.ctypes, "CDLL", lambda name, use_errno: Libc())
    assert files._exchange_in_one_step(tmp_path / "new", tmp_path / "dist") is True
    assert calls == [(-100, os.fsencode(tmp_path / "new"), -100, os.fsencode(tmp_path / "dist"), 2)]


@pytest.mark.parametrize("code", [errno.EINVAL, errno.ENOSYS, errno.ENOTSUP])
def test_a_system_that_cannot_exchange_falls_back_to_two_renames(tmp_path, monkeypatch, code):
    class Libc:
        def renameat2(self, *arguments):
            return -1

    monkeypatch.setattr(files.ctypes, "CDLL", lambda name, use_errno: Libc())
    monkeypatch.setattr(files.ctypes, "get_errno", lambda: code)
    assert files._exchange_in_one_step(tmp_path / "new", tmp_path / "dist") is False


def test_a_system_without_renameat2_falls_back_to_two_renames(tmp_path, monkeypatch):
    class OldLibc:
        pass

    monkeypatch.setattr(files.ctypes, "CDLL", lambda name, use_errno: OldLibc())
    assert files._exchange_in_one_step(tmp_path / "new", tmp_path / "dist") is False


def test_a_real_failure_to_exchange_names_the_release_folder(tmp_path):
    """Not a missing feature but an error (here: no new folder): raised, with errno and path."""
    dist = _folder(tmp_path, "dist", b"old release")
    with pytest.raises(OSError) as caught:
        files._exchange_in_one_step(tmp_path / "missing", dist)
    assert (caught.value.errno, caught.value.strerror, caught.value.filename) == (
        errno.ENOENT,
        os.strerror(errno.ENOENT),
        str(dist),
    )
    assert _page(dist) == b"old release"


def test_link_or_copy_shares_the_file_and_makes_its_folder(tmp_path):
    page = tmp_path / "build" / "demo.html"
    page.parent.mkdir()
    page.write_bytes(b"page")
    target = tmp_path / "dist" / "ko_KR" / "demo.html"
    files.link_or_copy(page, target)
    assert target.read_bytes() == b"page" and target.stat().st_ino == page.stat().st_ino
    second = tmp_path / "build" / "demo.pdf"
    second.write_bytes(b"pdf")
    files.link_or_copy(second, target.with_name("demo.pdf"))  # into the folder the first one made
    assert target.with_name("demo.pdf").read_bytes() == b"pdf"


@pytest.mark.parametrize("code", [errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP])
def test_link_or_copy_copies_where_there_are_no_hard_links(tmp_path, monkeypatch, code):
    page = tmp_path / "demo.html"
    page.write_bytes(b"page")
    os.utime(page, (1_700_000_000, 1_700_000_000))

    def no_links(source, target):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "dist" / "demo.html"
    files.link_or_copy(page, target)
    assert target.read_bytes() == b"page" and target.stat().st_ino != page.stat().st_ino
    assert target.stat().st_mtime == 1_700_000_000  # copied with its metadata


def test_link_or_copy_raises_a_real_failure(tmp_path, monkeypatch):
    page = tmp_path / "demo.html"
    page.write_bytes(b"page")

    def full(source, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "link", full)
    with pytest.raises(OSError):
        files.link_or_copy(page, tmp_path / "dist" / "demo.html")
    assert not (tmp_path / "dist" / "demo.html").exists()


def test_a_temporary_release_folder_is_new_empty_and_readable_by_the_web_server(tmp_path):
    made = files.make_temporary_directory(tmp_path, ".dist.")
    assert made.parent == tmp_path and made.name.startswith(".dist.")
    assert list(made.iterdir()) == []
    assert oct(made.stat().st_mode & 0o777) == "0o755"
    assert files.make_temporary_directory(tmp_path, ".dist.") != made


def test_remove_tree_removes_what_it_can_and_never_raises(tmp_path):
    old = _folder(tmp_path, ".dist.old", b"old release")
    files.remove_tree(old)
    assert not old.exists()
    files.remove_tree(tmp_path / "never-made")  # nothing there: no error


def test_only_the_temporary_files_a_killed_write_left_are_removed(tmp_path):
    (tmp_path / "ko_KR").mkdir()
    left = [tmp_path / ".index.html.x1y2.tmp", tmp_path / "ko_KR" / ".demo.pdf.a8b9.tmp"]
    kept = [tmp_path / "index.html", tmp_path / "ko_KR" / "notes.tmp", tmp_path / "ko_KR" / ".hidden.html"]
    for path in left + kept:
        path.write_bytes(b"x")
    (tmp_path / ".folder.tmp").mkdir()  # a folder, not a file a write left
    assert sorted(files.remove_temporary_files(tmp_path)) == sorted(left)
    assert all(path.exists() for path in kept) and (tmp_path / ".folder.tmp").is_dir()
    assert not any(path.exists() for path in left)
    assert files.remove_temporary_files(tmp_path / "no-such-folder") == []


def test_a_swap_killed_between_its_two_renames_gets_the_old_release_back(tmp_path):
    """The first rename moved dist/ aside and the process died: the next build puts it
    back, and the aside folder is not taken for a release in the making."""
    new = _folder(tmp_path, ".dist.new", b"new release")
    aside = files.aside_of(new)
    _folder(tmp_path, aside.name, b"old release")
    assert files.is_aside(aside) and not files.is_aside(new)
    assert files.recover_exchange(new, tmp_path / "dist") is True
    assert _page(tmp_path / "dist") == b"old release"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dist.new", "dist"]


def test_recovery_moves_nothing_when_no_swap_was_cut_short(tmp_path):
    new = _folder(tmp_path, ".dist.new", b"new release")
    assert files.recover_exchange(new, tmp_path / "dist") is False  # nothing aside
    assert not (tmp_path / "dist").exists()
    dist, aside = _folder(tmp_path, "dist", b"current"), _folder(tmp_path, files.aside_of(new).name, b"aside")
    assert files.recover_exchange(new, dist) is False  # dist/ is there: the aside is a leftover
    assert (_page(dist), _page(aside)) == (b"current", b"aside")
    files.remove_tree(dist)
    files.remove_tree(aside)
    aside.write_bytes(b"not a folder")
    assert files.recover_exchange(new, dist) is False
    assert not dist.exists()


# -- marking what is not translated -------------------------------------------------------------

MIXED = (
    "## Head\n\n<!-- i18n: keep -->\nPara one.\n\n- a\n- b\n\n1. loose\n\n2. list\n\n> quote\n\n"
    "| x | y |\n|---|---|\n| c | d |\n\nAfter.\n"
)
MARK = 'class="untranslated" lang="en" dir="ltr" data-reason="fuzzy" aria-describedby="untranslated-note"'


def test_a_draft_marks_exactly_the_passages_shown_in_the_source_language():
    """Each passage is replaced by its rendition; those not translated are marked on the element a reader
    sees (the list item of a tight list, the cell of a table) with the source language, its direction,
    the reason and the banner that explains it to screen readers."""
    seen = []

    def resolve(unit):
        seen.append((unit.msgid, unit.kind, unit.line))
        return Rendition(f"T:{unit.msgid}", unit.msgid not in ("Para one.", "a", "loose", "c"), "fuzzy")

    html = render_body(MIXED, 10, "source/demo.md", resolve, "en", "ltr")
    assert html == (
        f"<h2>T:Head</h2>\n<p {MARK}>T:Para one.</p>\n<ul>\n<li {MARK}>T:a</li>\n<li>T:b</li>\n</ul>\n"
        f"<ol>\n<li>\n<p {MARK}>T:loose</p>\n</li>\n<li>\n<p>T:list</p>\n</li>\n</ol>\n"
        "<blockquote>\n<p>T:quote</p>\n</blockquote>\n"
        "<table>\n<thead>\n<tr>\n<th>T:x</th>\n<th>T:y</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        f"<td {MARK}>T:c</td>\n<td>T:d</td>\n</tr>\n</tbody>\n</table>\n<p>T:After.</p>\n"
    )
    assert seen == [
        ("Head", "heading", 10),
        ("Para one.", "paragraph", 13),
        ("a", "list item", 15),
        ("b", "list item", 16),
        ("loose", "list item", 18),
        ("list", "list item", 20),
        ("quote", "block quote", 22),
        ("x", "table cell", 24),
        ("y", "table cell", 24),
        ("c", "table cell", 26),
        ("d", "table cell", 26),
        ("After.", "paragraph", 28),
    ]


def test_a_page_of_the_same_direction_gives_no_dir_and_the_reason_is_told():
    """A translation held back by a check is described by the banner that names the check, and
    begins with its own words for screen readers, not those of a passage not translated yet."""
    html = render_body(
        "Para.\n",
        1,
        "source/demo.md",
        lambda unit: Rendition(unit.msgid, False, "check failed"),
        "en",
        mark="(not translated) ",
        held_mark="(held back) ",
    )
    assert html == (
        '<p class="untranslated" lang="en" data-reason="check failed" aria-describedby="held-back-note">'
        "(held back) Para.</p>\n"
    )


def test_line_breaks_and_rules_of_the_source_reach_the_page():
    """An address's lines and a section rule, in the translation's words."""
    body = "Write to:\\\nCare Team\\\n1 Main St\n\n---\n\nAfter.\n"
    html = render_body(body, 1, "source/demo.md", lambda unit: Rendition(unit.msgid.upper(), True), "en")
    assert html == "<p>WRITE TO:<br />\nCARE TEAM<br />\n1 MAIN ST</p>\n<hr />\n<p>AFTER.</p>\n"


def test_a_hostile_source_is_refused_by_the_renderer_too():
    from pipeline.errors import SourceError

    with pytest.raises(SourceError) as refused:
        render_body("Fine.\n\n<script>x</script>\n", 5, "source/demo.md", lambda unit: Rendition("x", True), "en")
    assert (refused.value.file, refused.value.line) == ("source/demo.md", 7)


def test_the_pdf_has_the_print_css_and_is_tagged_pdf_ua(tmp_path, monkeypatch):
    from pipeline.render_pdf import render_pdf

    monkeypatch.chdir(tmp_path)
    pdf = render_pdf(
        '<html lang="en"><head><title>T</title></head><body><p>Text.</p></body></html>', "@page { size: A5 }"
    )
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert [round(float(side)) for side in document.pages[0].mediabox] == [0, 0, 420, 595]
        assert document.Root.MarkInfo.Marked
        assert document.open_metadata().get("pdfuaid:part") == "1"


def test_a_relative_link_in_a_pdf_never_names_the_build_machine(tmp_path, monkeypatch):
    """A page's relative address stays relative in its PDF: no file:///home/... of whoever built it."""
    from pipeline.render_pdf import render_pdf

    monkeypatch.chdir(tmp_path)
    pdf = render_pdf(
        '<html lang="en"><head><title>T</title></head><body><p><a href="../ko_KR/demo.html">한국어</a>'
        ' <a href="https://example.org/">web</a></p></body></html>',
        "",
    )
    with pikepdf.open(io.BytesIO(pdf)) as document:
        uris = [str(link.A.URI) for page in document.pages for link in page.get("/Annots", []) if "/A" in link]
    assert "https://example.org/" in uris
    assert not [uri for uri in uris if uri.startswith("file:") or str(tmp_path) in uri], uris


def test_a_bilingual_page_gets_each_top_level_block_whole_and_in_order():
    """One string per heading, paragraph, list, rule, quote and table (its caption inside),
    marked like the page; together they are the page's body."""
    body = "## Head\n\nPara.\n\n- a\n- b\n\n---\n\n> quote\n\nTable: Doses\n\n| x | y |\n|---|---|\n| c | d |\n"

    def resolve(unit):
        return Rendition(f"T:{unit.msgid}", unit.msgid != "a", "fuzzy")

    blocks = render_body_blocks(body, 1, "source/demo.md", resolve, "en", "ltr")
    assert blocks == [
        "<h2>T:Head</h2>\n",
        "<p>T:Para.</p>\n",
        f"<ul>\n<li {MARK}>T:a</li>\n<li>T:b</li>\n</ul>\n",
        "<hr />\n",
        "<blockquote>\n<p>T:quote</p>\n</blockquote>\n",
        "<table>\n<caption>T:Table: Doses</caption>\n<thead>\n<tr>\n<th>T:x</th>\n<th>T:y</th>\n</tr>\n</thead>\n"
        "<tbody>\n<tr>\n<td>T:c</td>\n<td>T:d</td>\n</tr>\n</tbody>\n</table>\n",
    ]
    assert "".join(blocks) == render_body(body, 1, "source/demo.md", resolve, "en", "ltr")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_the_bilingual_blocks_show_a_hostile_translation_as_text(hostile):
    blocks = render_body_blocks("A plain passage.\n", 1, "source/demo.md", lambda unit: Rendition(hostile, True), "en")
    assert len(blocks) == 1
    assert_inert(blocks[0], INLINE_TAGS)


def test_a_bilingual_block_left_in_english_is_marked_without_a_direction_on_a_page_of_the_same():
    blocks = render_body_blocks(
        "Para.\n", 1, "source/demo.md", lambda unit: Rendition(unit.msgid, False, "fuzzy"), "en"
    )
    assert blocks == [
        '<p class="untranslated" lang="en" data-reason="fuzzy" aria-describedby="untranslated-note">Para.</p>\n'
    ]


def test_a_hostile_source_is_refused_by_the_bilingual_renderer_on_its_line():
    from pipeline.errors import SourceError

    with pytest.raises(SourceError) as refused:
        render_body_blocks(
            "Fine.\n\n<script>x</script>\n", 5, "source/demo.md", lambda unit: Rendition("x", True), "en"
        )
    assert (refused.value.file, refused.value.line) == ("source/demo.md", 7)


def test_a_caption_left_in_english_is_marked_on_the_caption():
    """The ``Table:`` paragraph becomes the table's caption with its marks: a reader of the
    draft sees which caption is still English, and a screen reader hears why."""
    body = "Table: Doses\n\n| x | y |\n|---|---|\n| c | d |\n"

    def resolve(unit):
        return Rendition(f"T:{unit.msgid}", unit.msgid != "Table: Doses", "fuzzy")

    assert render_body(body, 1, "source/demo.md", resolve, "en", "ltr") == (
        f"<table>\n<caption {MARK}>T:Table: Doses</caption>\n<thead>\n<tr>\n<th>T:x</th>\n<th>T:y</th>\n"
        "</tr>\n</thead>\n<tbody>\n<tr>\n<td>T:c</td>\n<td>T:d</td>\n</tr>\n</tbody>\n</table>\n"
    )


def test_a_list_items_own_words_are_never_taken_for_a_caption():
    """In a tight list an item's text is no paragraph of its own: a table right under
    "- Table: ..." stays in the item, and the item keeps its words."""
    body = "- Table: Doses\n  | x | y |\n  |---|---|\n  | c | d |\n"
    html = render_body(body, 1, "source/demo.md", lambda unit: Rendition(f"T:{unit.msgid}", True), "en")
    assert html == (
        "<ul>\n<li>T:Table: Doses\n<table>\n<thead>\n<tr>\n<th>T:x</th>\n<th>T:y</th>\n</tr>\n</thead>\n"
        "<tbody>\n<tr>\n<td>T:c</td>\n<td>T:d</td>\n</tr>\n</tbody>\n</table>\n</li>\n</ul>\n"
    )
