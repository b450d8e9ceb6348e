"""Hostile and mistaken inputs are refused with file and line, never followed or guessed at.

Regression tests for issue 7, cases 4, 8, 9 (reviewed_on), 10 (the English
source) and 11 (ids, BOM, hrefs), and for the size limit (deliverable 8).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta

import pikepdf
import polib
import pytest

from pipeline.errors import SourceError
from pipeline.source import latest_date, parse_leaflet
from tests.conftest import LEAFLET, REPO
from tests.test_build import Page, pdf_text

FRONT = textwrap.dedent("""\
    ---
    id: demo
    title: "A title"
    summary: "A summary."
    reviewed_by: "Dr. A"
    reviewed_on: 2026-10-01
    references:
      - "Ref one. https://doi.org/10.1/x"
    ---

    """)


def parse(text: str, file_id: str = "demo", latest: date | None = None):
    return parse_leaflet(text, f"source/{file_id}.md", file_id, latest)


def refused(text: str, file_id: str = "demo", latest: date | None = None) -> SourceError:
    with pytest.raises(SourceError) as caught:
        parse(text, file_id, latest)
    return caught.value


# -- ids -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_id, suggestion",
    [
        ("My Leaflet", "my-leaflet"),
        ("IVIG", "ivig"),
        ("ivig_ten", "ivig-ten"),
        ("-ivig", "ivig"),
        ("ivig--ten", "ivig-ten"),
        ("ivig.ten", "ivig-ten"),
        ("../../etc/passwd", "etc-passwd"),
        ("한국어", None),
    ],
)
def test_a_leaflet_id_outside_the_documented_pattern_is_refused_on_its_line(bad_id, suggestion):
    text = FRONT.replace("id: demo", f'id: "{bad_id}"') + "Text.\n"
    error = refused(text, bad_id)
    assert (error.file, error.line) == (f"source/{bad_id}.md", 2)
    assert "is not a leaflet id: use lowercase letters a-z, digits and single hyphens" in error.message
    assert (f"e.g. {suggestion!r}" in error.message) == bool(suggestion)


@pytest.mark.parametrize("reserved", ["common", "messages", "index"])
def test_reserved_names_are_refused(reserved):
    error = refused(FRONT.replace("id: demo", f"id: {reserved}") + "Text.\n", reserved)
    assert error.line == 2 and f"'{reserved}' is reserved" in error.message


def test_a_leaflet_called_common_cannot_overwrite_the_templates_catalog(translated):
    """Case 4: `update` made every template translation obsolete, exit 0."""
    common_po = translated.po("common")
    before = {e.msgid: e.msgstr or e.msgstr_plural for e in polib.pofile(str(common_po))}
    translated.path("source/common.md").write_text(LEAFLET.replace("id: demo", "id: common"), encoding="utf-8")
    code, _, err = translated.run("extract")
    assert code == 1
    assert "source/common.md:2: id 'common' is reserved" in err
    assert translated.run("update")[0] == 0
    catalog = polib.pofile(str(common_po))
    assert {e.msgid: e.msgstr or e.msgstr_plural for e in catalog} == before
    assert not catalog.obsolete_entries() and catalog.percent_translated() == 100


def test_a_selection_that_is_not_an_id_is_a_usage_error(project):
    code, _, err = project.run("build", "--leaflet", "../README")
    assert code == 2 and "is not a leaflet id" in err


def test_every_href_in_built_pages_is_a_plain_relative_or_web_address(translated):
    """Case 11: an id with spaces or capitals gave unencoded hrefs; now such ids never get that far."""
    translated.path("source/My Leaflet.md").write_text(
        LEAFLET.replace("id: demo", 'id: "My Leaflet"'), encoding="utf-8"
    )
    code, _, err = translated.run("build", "--only", "html")
    assert code == 1 and "source/My Leaflet.md:2: id 'My Leaflet' is not a leaflet id" in err
    for page in translated.path("build").rglob("*.html"):
        for attrs, _ in Page(page.read_text(encoding="utf-8")).links:
            href = attrs.get("href", "")
            assert re.fullmatch(
                r"(\.\./)?([a-z]{2,3}(_[A-Z]{2})?/)?[a-z0-9-]+\.(html|pdf)|https://\S+|#[\w-]+", href
            ), (page.name, href)


# -- front matter values ---------------------------------------------------------


def test_an_impossible_review_date_is_one_error_on_its_line_and_the_others_still_extract(project):
    """Case 9: `reviewed_on: 2026-13-45` aborted all of extract with a traceback."""
    other = LEAFLET.replace("id: demo", "id: other").replace("2026-10-01", "2026-13-45")
    project.path("source/other.md").write_text(other, encoding="utf-8")
    project.path("source/demo.md").write_text(LEAFLET + "\nA new paragraph.\n", encoding="utf-8")
    code, out, err = project.run("extract")
    assert code == 1
    assert err == "source/other.md:6: reviewed_on '2026-13-45' is not a date in the calendar (month must be in 1..12)\n"
    assert "wrote locales/demo.pot" in out


@pytest.mark.parametrize(
    "value, words",
    [
        ("2026-02-30", "not a date in the calendar"),
        ("next week", "must be an ISO date"),
        ("2026-10-01 10:00", "must be an ISO date"),
        ("20261001", "must be an ISO date"),
    ],
)
def test_review_dates_must_be_real_iso_dates(value, words):
    error = refused(FRONT.replace("2026-10-01", value) + "Text.\n")
    assert error.line == 6 and words in error.message


@pytest.mark.parametrize(
    "value, message",
    [
        ("", "reviewed_on is empty: write the day of the clinical review, e.g. 2026-10-01"),
        ('""', "reviewed_on is empty: write the day of the clinical review, e.g. 2026-10-01"),
        ("[2026-10-01]", "reviewed_on must be an ISO date (YYYY-MM-DD), not a list"),
        ("yes", "reviewed_on must be an ISO date (YYYY-MM-DD), not a yes/no value"),
    ],
)
def test_a_review_date_left_empty_or_not_text_is_named_as_the_writer_wrote_it(project, value, message):
    """An empty date was "…must be an ISO date (YYYY-MM-DD), not None": Python's word, not the writer's."""
    other = LEAFLET.replace("id: demo", "id: other").replace("reviewed_on: 2026-10-01", f"reviewed_on: {value}")
    project.path("source/other.md").write_text(other, encoding="utf-8")
    code, out, err = project.run("extract")
    assert code == 1 and err == f"source/other.md:6: {message}\n"
    assert "None" not in err and "True" not in err


def test_a_review_date_still_to_come_is_refused_on_its_line_and_the_others_still_build(project):
    """A page would tell patients the leaflet was reviewed on a day that has not come."""
    future = (datetime.now(UTC) + timedelta(days=365)).date().isoformat()
    other = LEAFLET.replace("id: demo", "id: other").replace("2026-10-01", future)
    project.path("source/other.md").write_text(other, encoding="utf-8")
    code, out, err = project.run("build", "--only", "html")
    assert code == 1
    assert (
        f"source/other.md:6: reviewed_on {future} is a day that has not come yet: write the day the clinical "
        "review took place (the page tells patients the leaflet was reviewed on that day)"
    ) in err
    assert project.path("build/en/demo.html").exists() and not project.path("build/en/other.html").exists()


def test_a_review_date_is_accepted_once_that_day_has_begun_anywhere_on_earth():
    """A writer in Seoul writes today's date while it is still yesterday in UTC; the day after is refused."""
    seoul_morning = datetime(2026, 12, 1, 23, 0, tzinfo=UTC)  # 08:00 on 2 December in Seoul
    latest = latest_date(seoul_morning)
    assert latest == date(2026, 12, 2)
    assert parse(FRONT.replace("2026-10-01", "2026-12-02") + "Text.\n", latest=latest).reviewed_on == latest
    error = refused(FRONT.replace("2026-10-01", "2026-12-03") + "Text.\n", latest=latest)
    assert error.line == 6 and "reviewed_on 2026-12-03 is a day that has not come yet" in error.message
    assert latest_date(datetime(2026, 12, 1, 9, 59, tzinfo=UTC)) == date(2026, 12, 1)  # not yet 2 December anywhere


def test_an_unquoted_version_that_yaml_would_turn_into_another_number_is_refused():
    error = refused(FRONT.replace("reviewed_on:", "version: 1.10\nreviewed_on:") + "Text.\n")
    assert error.line == 6 and 'version must be text in quotes, e.g. version: "1.10"' in error.message
    assert parse(FRONT.replace("reviewed_on:", 'version: "1.10"\nreviewed_on:') + "Text.\n").version == "1.10"


def test_a_byte_order_mark_is_accepted_and_not_content():
    """Case 11: a BOM was reported as "a leaflet starts with YAML front matter"."""
    leaflet = parse("\ufeff" + FRONT + "Text.\n")
    assert leaflet.id == "demo" and leaflet.title.msgid == "A title"


def test_a_leaflet_that_is_not_utf8_names_the_line_of_the_bad_byte(project):
    project.path("source/demo.md").write_bytes(LEAFLET.replace("Fever", "Fi\xe8vre").encode("latin-1"))
    code, _, err = project.run("extract")
    line = next(n for n, text in enumerate(LEAFLET.splitlines(), 1) if "Fever" in text)
    assert code == 1 and err == f"source/demo.md:{line}: not UTF-8 (byte 0xe8); save the file as UTF-8\n"


# -- the English source: links and images (case 10) ------------------------------


@pytest.mark.parametrize(
    "markdown, line, words",
    [
        ("Text.\n\n![a rash](rash.png)\n", 13, "images are not supported"),
        (
            "See [this](javascript:alert(1)).\n",
            11,
            "link address 'javascript:alert(1)' is refused: a javascript: address",
        ),
        ("See [this](java&#x73;cript:alert(1)).\n", 11, "'javascript:alert(1)' is refused"),
        ("See <javascript:alert(1)>.\n", 11, "'javascript:alert(1)' is refused"),
        ("See [this](file:///etc/passwd).\n", 11, "a file: address"),
        ("See [this](data:text/html;base64,PHNjcmlwdD4=).\n", 11, "a data: address"),
        ("See [this](vbscript:x).\n", 11, "a vbscript: address"),
        ("See [this](other.html).\n", 11, "not a full address"),
        ("See [this](//evil.example/x).\n", 11, "not a full address"),
        ("First line\nthen [this](file:///etc/passwd).\n", 12, "a file: address"),
        ("See [the study][r].\n\n[r]: https://doi.org/10.1/x\n", 11, "a reference link"),
        ("See [r].\n\n[r]: https://doi.org/10.1/x\n", 11, "a reference link"),
    ],
)
def test_the_english_source_refuses_images_and_unsafe_links_with_file_and_line(markdown, line, words):
    error = refused(FRONT + markdown)
    assert (error.file, error.line) == ("source/demo.md", line)
    assert words in error.message


@pytest.mark.parametrize(
    "markdown",
    [
        "See [the study](https://doi.org/10.1/x).",
        "Write to <care@example.org> or [call us](tel:+18005550100).",
        "Mail [us](mailto:care@example.org).",
        "Not a link: [brackets] and 5 < 6 > 4.",
    ],
)
def test_ordinary_links_and_brackets_are_accepted(markdown):
    assert parse(FRONT + markdown + "\n").body_units


# -- the English source: Markdown that would drop words or leave them in English ----

# Each mistake after the demo leaflet's last line, and the line the refusal names.
END = len(LEAFLET.splitlines())
LOSES_WORDS = [
    (
        "\n| Strength | Tablets |\n|---|---|\n| 500 mg | 2 | Never more than 8 a day |\n",
        END + 4,
        "this table row has 3 cells and its header row 2: 'Never more than 8 a day' would be left off the page "
        "and out of the catalogs; give the header row a heading and the |---| row a --- for each column, or write "
        "the words in the row's 2 cells",
    ),
    (
        "\n| Strength | Tablets |\n| 500 mg | 2 |\n",
        END + 2,
        "'| Strength | Tablets |' makes no table here: the page would show the pipes as text; a table starts with "
        "a header row, | Heading | Heading |, then |---|---|, and every row has as many cells as the header",
    ),
    (
        "\nTake it at night.\n\n    Do not drive after taking it.\n",
        END + 4,
        "this line is indented by four spaces (or a tab) or more, so it is a code block: no translator sees it and "
        "every translated page would show it in English; remove the indentation (a leaflet has no code; a "
        "paragraph under a list item is indented as far as the item's text)",
    ),
    (
        "\nTake it at night.\n\n```\nDo not drive after taking it.\n```\n",
        END + 4,
        "'```' starts a code block: no translator sees it and every translated page would show it in English; "
        "delete the ``` lines (a leaflet has no code)",
    ),
]


@pytest.mark.parametrize("mistake, line, message", LOSES_WORDS)
def test_markdown_that_would_lose_words_or_leave_them_in_english_is_refused_and_nothing_written(
    project, mistake, line, message
):
    """Each passed extract (exit 0): the words were in no catalog, and missing from, or in English on, every page."""
    project.path("source/other.md").write_text(LEAFLET.replace("id: demo", "id: other") + mistake, encoding="utf-8")
    code, _, err = project.run("extract")
    assert (code, err) == (1, f"source/other.md:{line}: {message}\n")
    assert project.path("locales/demo.pot").exists() and not project.path("locales/other.pot").exists()
    code, _, err = project.run("build", "--only", "html")
    assert code == 1 and f"source/other.md:{line}: {message}\n" in err
    assert project.path("build/en/demo.html").exists() and not project.path("build/en/other.html").exists()


# -- files that lead elsewhere (case 8) ------------------------------------------


def test_a_symlink_to_a_file_outside_source_is_refused_by_its_relative_path(translated, tmp_path):
    outside = tmp_path / "outside" / "secret.md"
    outside.parent.mkdir()
    outside.write_text(LEAFLET.replace("id: demo", "id: outside"), encoding="utf-8")
    translated.path("source/outside.md").symlink_to(outside)
    translated.path("source/passwd.md").symlink_to("/etc/passwd")
    for command in (("extract",), ("build", "--release", "--only", "html")):
        code, out, err = translated.run(*command)
        assert code == 1
        assert "source/outside.md: is a symbolic link to a file outside source/" in err
        assert "source/passwd.md: is a symbolic link to a file outside source/" in err
        assert str(tmp_path) not in out + err and "/etc/passwd" not in out + err and "root:" not in out + err
    assert not translated.path("dist/en/outside.html").exists() and not translated.path("dist/en/passwd.html").exists()
    assert not translated.path("locales/outside.pot").exists()


def test_a_symlink_inside_source_is_followed(translated):
    translated.path("source/drafts").mkdir()
    translated.path("source/demo.md").rename(translated.path("source/drafts/demo.md"))
    translated.path("source/demo.md").symlink_to("drafts/demo.md")
    assert translated.run("extract")[0] == 0


def test_a_source_folder_linked_outside_the_project_is_refused(project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    project.path("source").rename(elsewhere)
    project.path("source").symlink_to(elsewhere)
    code, _, err = project.run("extract")
    assert (
        code == 1 and "source/demo.md: is in source/, which is a symbolic link to a folder outside the project" in err
    )


def test_a_catalog_linked_outside_locales_is_refused_everywhere(translated, tmp_path):
    po = translated.po("demo")
    outside = tmp_path / "stolen.po"
    outside.write_bytes(po.read_bytes())
    po.unlink()
    po.symlink_to(outside)
    code, out, _ = translated.run("check")
    assert (
        code == 1
        and "locales/ko_KR/LC_MESSAGES/demo.po:1: error[syntax]: the catalog is a symbolic link to "
        "a file outside locales/"
        in out
    )
    code, _, err = translated.run("update")
    assert code == 1 and "locales/ko_KR/LC_MESSAGES/demo.po: is a symbolic link to a file outside locales/" in err
    assert outside.read_bytes() == po.read_bytes()  # not rewritten through the link
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "locales/ko_KR/LC_MESSAGES/demo.po:1: error[syntax]: the catalog is a symbolic link" in err
    assert not translated.path("dist/ko_KR/demo.html").exists()
    assert str(tmp_path) not in err


def test_a_template_linked_outside_templates_stops_extract_and_build(project):
    project.path("templates/stolen.html").symlink_to("/etc/hostname")
    for command in (("extract",), ("build", "--only", "html")):
        code, _, err = project.run(*command)
        assert code == 1
        assert "templates/stolen.html: is a symbolic link leading outside templates/" in err
        assert "/etc/hostname" not in err


def test_a_fifo_in_source_is_refused_without_hanging(project):
    os.mkfifo(project.path("source/pipe.md"))
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract"],
        cwd=project.root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 1 and "source/pipe.md: is not a regular file" in result.stderr


# -- files the system will not let us read ------------------------------------------


def refuse_to_read(monkeypatch, path) -> None:
    """Reading ``path`` fails as a file without read permission does (the tests run as root,
    which chmod cannot stop)."""
    import pathlib

    refused = os.path.realpath(path)
    open_file, read_bytes = pathlib.Path.open, pathlib.Path.read_bytes

    def deny(file: pathlib.Path) -> None:
        if os.path.realpath(file) == refused:
            raise PermissionError(13, "Permission denied", str(file))

    def open_unless_refused(self, *args, **kwargs):
        deny(self)
        return open_file(self, *args, **kwargs)

    def read_bytes_unless_refused(self):
        deny(self)
        return read_bytes(self)

    monkeypatch.setattr(pathlib.Path, "open", open_unless_refused)
    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes_unless_refused)


def test_an_unreadable_source_is_one_line_naming_it_in_build_and_status(translated, monkeypatch):
    refuse_to_read(monkeypatch, translated.path("source/demo.md"))
    code, _, err = translated.run("build", "--only", "html")
    assert code == 1 and "source/demo.md: cannot be read: Permission denied\n" in err
    assert not translated.path("build/en/demo.html").exists()
    code, out, _ = translated.run("status")
    assert "problem: source/demo.md: cannot be read: Permission denied\n" in out


def test_an_unreadable_catalog_is_an_error_naming_it_in_build_check_and_status(translated, monkeypatch):
    """Not an empty catalog: the build says what check and status say, and builds no page from it."""
    refuse_to_read(monkeypatch, translated.po("demo"))
    said = "locales/ko_KR/LC_MESSAGES/demo.po:1: error[syntax]: the catalog cannot be read: Permission denied\n"
    code, out, err = translated.run("build", "--only", "html")
    assert code == 1 and said in err
    assert "built en/demo" in out and not translated.path("build/ko_KR/demo.html").exists()
    code, out, _ = translated.run("check")
    assert code == 1 and said in out
    assert said in translated.run("status")[1]


# -- size (deliverable 8) --------------------------------------------------------


def test_a_leaflet_over_the_size_limit_is_refused_and_the_others_still_build(project):
    config = project.path("leaflets.toml")
    config.write_text(
        config.read_text().replace(
            'bugs_address = "translations@leaflets.invalid"',
            'bugs_address = "translations@leaflets.invalid"\nmax_leaflet_kb = 4',
        )
    )
    huge = LEAFLET.replace("id: demo", "id: huge") + "\n".join(
        f"Paragraph {n} of a long leaflet.\n" for n in range(400)
    )
    project.path("source/huge.md").write_text(huge, encoding="utf-8")
    code, out, err = project.run("build", "--only", "html")
    assert code == 1
    assert re.search(
        r"^source/huge\.md: \d+ KiB is more than the 4 KiB a leaflet may have \(max_leaflet_kb in "
        r"leaflets\.toml\); split it into several leaflets$",
        err,
        re.MULTILINE,
    ), err
    assert "built en/demo" in out and not project.path("build/en/huge.html").exists()


# -- hostile translations never reach a released page (case 10) -------------------


@pytest.mark.parametrize(
    "hostile",
    [
        "<img src=x onerror=alert(1)>발열",
        "발열 [자세히](java&#x73;cript:alert(1))",
        "발열 <javascript:alert(1)>",
        "발열 [자세히][r]",
        "발열 &lt;script&gt;alert(1)&lt;/script&gt;",
    ],
)
def test_markup_a_page_would_show_as_literal_text_refuses_the_release(translated, hostile):
    translated.translate("demo", {"Fever": hostile})
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "refused ko_KR/demo" in err and "markup" in err
    assert not translated.path("dist/ko_KR/demo.html").exists()
    assert translated.run("build", "--only", "html")[0] == 0
    draft = Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8"))
    assert "Fever" in draft.marked and "발열" not in draft.text  # shown in English, marked


# What a hostile or careless translator might write, one per message of the demo leaflet; no
# digit in them, as the [numbers] check would refuse an added "1" on its own.
HOSTILE_MARKUP = {
    "How IVIG is given": 'IVIG <a title="<b" onmouseover=alert(document.domain)>투여 방법',  # "<" in an attribute
    "Headache": "두통 <b_x onclick=alert(document.domain)>",  # a tag name a browser reads whole
    "Fever": "발열 [자세히](<javascript:alert(document.domain)>)",  # an address in angle brackets
    "Diagnosis": "진단 &#x3C;script&#x3E;alert(document.domain)&#x3C;/script&#x3E;",  # an entity-encoded tag
    "Skin affected": "영향을 받은 피부 <https://evil.example>",  # an autolink the source lacks
    "More than 30%": "30% 초과 <!-- 숨김",  # an HTML comment never closed
    "Call 911 in an emergency.": "응급 상황에서는 911에 전화하세요. ![추적](https://evil.example/p.png)",
}


def test_hostile_markup_reaches_neither_the_page_nor_the_pdf(translated):
    """Each is refused: the draft shows the English, marked, in the HTML and in the PDF; a
    look-alike of "<" (fullwidth ＜) is no tag anywhere and is shown as the text it is."""
    look_alike = "*피부* 반응에 쓰는 IVIG ＜주의＞"
    translated.translate("demo", {**HOSTILE_MARKUP, "IVIG for *skin* reactions": look_alike})
    code, _, err = translated.run("build", "--release")
    assert code == 1 and "refused ko_KR/demo" in err
    assert translated.run("build")[0] == 0
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    pdf = translated.path("build/ko_KR/demo.pdf")
    page, printed = Page(html), pdf_text(pdf)
    assert set(HOSTILE_MARKUP) <= set(page.marked)
    for shown in (html, printed):
        assert not [word for word in ("alert(", "evil.example", "숨김", "투여 방법") if word in shown], shown
    assert "＜주의＞" in page.text and "＜주의＞" in printed
    assert not [a for a, _ in page.links if "evil" in a.get("href", "") or "script" in a.get("href", "").lower()]
    with pikepdf.open(pdf) as document:
        uris = {str(link.A.URI) for page in document.pages for link in page.get("/Annots", []) if "/A" in link}
    assert not [uri for uri in uris if "evil" in uri or "script" in uri.lower()], uris


# Text a browser would read as a tag or decode, which the page shows as typed; long enough in Korean
# that only [markup] refuses it (2026-12-03).
SHOWN_AS_TYPED = {
    "Headache": "두통이 심하면 의료진에게 바로 알리세요 <bé onclick=alert(document.domain)>",  # HTML's tag "bé"
    "Fever": "열이 나면 의료진에게 바로 알리세요 &#60script&#62",  # HTML decodes "&#60" without its ";"
    "Diagnosis": "진단 결과는 의료진이 알려 드립니다 &amp;lt;b&amp;gt;",  # escaped twice: "&lt;b&gt;" shown
}


def test_markup_a_page_would_show_as_typed_never_reaches_it_but_a_title_in_angle_brackets_does(translated):
    """The page renders no raw HTML and decodes a reference once: each of these would show code as
    text; Korean's title in < >, HTML's tag "b형" but without behaviour, is shown as written."""
    title = "영향을 받은 피부 <B형 간염 안내서>"
    translated.translate("demo", {**SHOWN_AS_TYPED, "Skin affected": title})
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "refused ko_KR/demo" in err and "markup" in err
    assert translated.run("build", "--only", "html")[0] == 0
    page = Page(translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8"))
    assert set(SHOWN_AS_TYPED) <= set(page.marked)  # shown in English, marked
    assert not [shown for shown in ("alert(", "&#60", "&lt;", "bé") if shown in page.text], page.text
    assert title in page.text and "Skin affected" not in page.marked
    assert all(tag.isascii() for tag in page.tags), page.tags  # no element of a translator's text


def test_a_translation_whose_page_would_show_another_dose_never_reaches_a_page(translated):
    """Review as a new user: an override before "1.9" printed "9.1" while every check read 1.9."""
    english = "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."
    korean = "**\u202e1 g/kg/day\u202c**를 3일 동안 맞습니다. [연구](https://doi.org/10.1001/archderm.139.1.26)를 참고하세요."
    translated.translate("demo", {english: korean})
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "refused ko_KR/demo" in err and "invisible" in err
    assert not translated.path("dist/ko_KR/demo.html").exists()
    assert translated.run("build", "--only", "html")[0] == 0
    draft = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    assert "\u202e" not in draft and "3일 동안" not in Page(draft).text  # shown in English, marked
    assert "You get" in Page(draft).marked


@pytest.mark.parametrize("control", ["\x00", "\x1b", "\x7f", "\x85", "\x9f"])
def test_a_control_character_in_the_source_is_named_on_its_line(control):
    error = refused(FRONT + f"First.\n\nSecond{control} paragraph.\n")
    assert error.line == 13 and f"control character U+{ord(control):04X}" in error.message


@pytest.mark.parametrize("hidden", ["\u202e", "\u2066", "\U000e0041"])
def test_an_invisible_character_that_reorders_or_hides_text_in_the_source_is_named_on_its_line(hidden):
    error = refused(FRONT + f"First.\n\nTake 1.{hidden}5 g.\n")
    assert error.line == 13 and f"the invisible character U+{ord(hidden):04X}" in error.message, error
    assert error.message.endswith("; delete it")


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_the_text_quoted_around_an_invisible_character_stays_on_its_line(ending):
    """A message is one line: the lines before and after the character are not quoted with it."""
    source = (FRONT + "First.\n\n# \u202eTitle\nLast.\n").replace("\n", ending)
    error = refused(source)
    assert error.line == 13 and '"# <U+202E>Title"' in error.message, error
    assert "\n" not in error.message and "\r" not in error.message


@pytest.mark.parametrize(
    "front, words",
    [
        ("---\nid: " + "[" * 5000 + "\n---\nText.\n", "malformed front matter"),
        ("---\n? [a]\n: b\n---\nText.\n", "malformed front matter"),
        ("---\n1: x\nid: demo\n---\nText.\n", "unknown front matter key 1"),
    ],
)
def test_hostile_front_matter_is_one_error_not_a_traceback(front, words):
    assert words in refused(front).message


def test_a_catalog_over_the_size_limit_is_refused_before_it_is_parsed(translated):
    config = translated.path("leaflets.toml")
    config.write_text(
        config.read_text().replace(
            'bugs_address = "translations@leaflets.invalid"',
            'bugs_address = "translations@leaflets.invalid"\nmax_leaflet_kb = 2',
        )
    )
    translated.translate("demo", {"Fever": "발열 " * 5000})
    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 1
    assert re.search(
        r"locales/ko_KR/LC_MESSAGES/demo\.po:1: error\[syntax\]: the catalog is \d+ KiB, more than "
        r"the 8 KiB allowed \(4 times max_leaflet_kb in leaflets\.toml\)",
        out,
    ), out
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "the catalog is" in err and not translated.path("dist/ko_KR/demo.html").exists()


@pytest.mark.parametrize("make", ["dangling link", "folder"])
def test_a_named_leaflet_that_is_there_but_cannot_be_read_says_what_it_is(project, tmp_path, make):
    """A second review: a dangling link named with --leaflet was "no such leaflet 'x'; did you mean 'x'?"."""
    path = project.path("source/broken.md")
    if make == "folder":
        path.mkdir()
    else:
        path.symlink_to(tmp_path / "gone.md")
    for command in (
        ("check", "--leaflet", "broken"),
        ("build", "--leaflet", "broken"),
        ("status", "--leaflet", "broken"),
    ):
        code, _, err = project.run(*command)
        assert code == 2 and "leaflet 'broken' cannot be read: source/broken.md " in err, (command, err)
        assert "did you mean" not in err
    code, _, err = project.run("review", "en", "broken", "--by", "Dr. A")
    assert code == 2 and "cannot be read" in err
