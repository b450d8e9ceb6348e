"""``leaflets status`` and build/status.html, as a translator or a release manager reads them."""

import json
import re
import subprocess
import xml.etree.ElementTree as ET

import polib
import weasyprint

from tests.conftest import KOREAN


def status_json(project) -> dict:
    code, out, err = project.run("status", "--format", "json")
    assert code == 0, err
    return {(p["locale"], p["leaflet"]): p for p in json.loads(out)["pairs"]}


def test_an_untranslated_leaflet_is_zero_percent_and_would_not_release_naming_why(project):
    pairs = status_json(project)
    korean = pairs[("ko_KR", "demo")]
    assert korean["percent"] == 0 and korean["translated"] == 0 and korean["untranslated"] == korean["passages"]
    assert not korean["releasable"]
    assert any(re.search(r"demo\.po: \d+ passages untranslated", r) for r in korean["reasons"]), korean
    english = pairs[("en", "demo")]
    assert english["percent"] == 100 and english["releasable"]


def test_a_fuzzy_translation_is_never_counted_as_translated(translated):
    catalog = polib.pofile(str(translated.po("demo")))
    catalog.find("Headache").flags.append("fuzzy")
    catalog.save()
    korean = status_json(translated)[("ko_KR", "demo")]
    assert korean["fuzzy"] == 1
    assert korean["translated"] == korean["passages"] - 1 and korean["percent"] < 100
    assert not korean["releasable"]
    assert any("1 passage fuzzy" in r for r in korean["reasons"]), korean


def test_check_errors_are_counted_and_stop_the_release_as_the_release_gate_says(translated):
    translated.translate("demo", {"Fever": "발열 (1 g/kg/day)"})  # a dose the English does not have
    korean = status_json(translated)[("ko_KR", "demo")]
    assert korean["errors"] >= 1 and not korean["releasable"]
    assert any("check error" in r for r in korean["reasons"]), korean["reasons"]
    # The release itself refuses for the same reason.
    code, _, err = translated.run("build", "--release", "--only", "html")
    assert code == 1 and "check error" in err


def test_a_complete_translation_is_shown_as_releasable(translated):
    pairs = status_json(translated)
    assert pairs[("ko_KR", "demo")]["percent"] == 100
    assert pairs[("ko_KR", "common")]["percent"] == 100


def test_the_text_report_has_a_row_per_pair_and_the_reasons_under_it(project):
    code, out, _ = project.run("status")
    assert code == 0
    rows = {tuple(line.split()[:2]) for line in out.splitlines()}
    assert {("demo", "en"), ("demo", "ko_KR"), ("common", "ko_KR")} <= rows
    assert "ko_KR/demo:" in out and "passages untranslated" in out
    assert "0 of 2 leaflet pages would be released" not in out  # English always releases
    assert re.search(r"1 of 2 leaflet pages would be released", out), out


def test_status_shows_only_the_rows_asked_for_and_still_writes_the_whole_page(project):
    code, out, _ = project.run("status", "--locale", "ko_KR", "--leaflet", "demo", "--format", "json")
    assert code == 0
    assert [(p["locale"], p["leaflet"]) for p in json.loads(out)["pairs"]] == [("ko_KR", "demo")]
    code, out, _ = project.run("status", "--locale", "ko_KR")
    rows = {tuple(line.split()[:2]) for line in out.splitlines()[1:] if line and not line.startswith(" ")}
    assert {("demo", "ko_KR"), ("common", "ko_KR")} <= rows and ("demo", "en") not in rows
    assert "0 of 1 leaflet pages would be released" in out
    page = project.path("build/status.html").read_text(encoding="utf-8")
    assert ">en<" in page  # the page is the whole project's
    code, _, err = project.run("status", "--locale", "ko-KR")
    assert code == 2 and "did you mean ko_KR?" in err


def test_the_status_page_has_an_inline_svg_chart_and_fetches_nothing(project):
    project.translate("demo", dict(list(KOREAN.items())[:4]))
    assert project.run("status")[0] == 0
    html = project.path("build/status.html").read_text(encoding="utf-8")
    svg = ET.fromstring(re.search(r"<svg.*?</svg>", html, re.DOTALL).group())
    bars = {}
    for group in svg.iter("{http://www.w3.org/2000/svg}g"):
        label = group.find("{http://www.w3.org/2000/svg}title").text
        widths = [float(rect.get("width")) for rect in group.iter("{http://www.w3.org/2000/svg}rect")]
        bars[label.split(":")[0]] = widths
    translated, fuzzy, untranslated = bars["ko_KR · demo"]
    assert translated > 0 and untranslated > 0 and fuzzy == 0
    assert abs(sum(bars["en · demo"]) - sum(bars["ko_KR · demo"])) < 0.5  # every bar is the same length
    assert bars["en · demo"][1:] == [0, 0]
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing from another site
    assert "<script" not in html


def test_the_draft_index_links_to_the_status_page_and_a_draft_build_writes_it(project):
    _, out, err = project.run("build", "--only", "html")
    assert "wrote build/status.html" in out, (out, err)
    index = project.path("build/index.html").read_text(encoding="utf-8")
    assert 'href="status.html"' in index
    assert project.path("build/status.html").is_file()


def test_status_writes_no_file_a_translator_touches(translated):
    before = {p: p.read_bytes() for p in translated.path("locales").rglob("*.po*")}
    assert translated.run("status")[0] == 0
    assert {p: p.read_bytes() for p in translated.path("locales").rglob("*.po*")} == before


def test_the_printed_status_page_keeps_the_whole_table_on_paper(project, tmp_path):
    """Printed or saved as PDF, the table's last columns (the review and the release
    with its reasons) were cut off at the right edge of a portrait page."""
    assert project.run("status")[0] == 0
    pdf = tmp_path / "status.pdf"
    weasyprint.HTML(str(project.path("build/status.html"))).write_pdf(str(pdf))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    words = " ".join(text.split())
    assert "Release" in words  # the last column's head
    assert "passages untranslated" in words  # a reason of the Korean row, in that column


def test_a_catalog_that_cannot_be_read_is_shown_as_unreadable_not_as_unreviewed(translated):
    # A `"` left open in a text editor: the review recorded in its header is still there, unread.
    po = translated.po("demo")
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "두통"', 'msgstr "두통', 1), encoding="utf-8")
    korean = status_json(translated)[("ko_KR", "demo")]
    assert korean["review"] == "catalog unreadable" and not korean["releasable"]
    assert any("error[syntax]" in r for r in korean["reasons"]), korean["reasons"]
    _, out, _ = translated.run("status")
    row = next(line for line in out.splitlines() if line.split()[:2] == ["demo", "ko_KR"])
    assert "catalog unreadable" in row and "not reviewed" not in row


def test_a_leaflet_asked_about_that_cannot_be_read_fails_the_command(project):
    """Its English cannot be read, so no row says anything of it: "0 of 0 would be released" with
    exit 0 read as success to a reviewer's script."""
    broken = project.path("source/broken.md")
    broken.write_text(project.path("source/demo.md").read_text().replace("id: demo", "id: broken") + "\n<b>x</b>\n")
    code, out, _ = project.run("status", "--leaflet", "broken", "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert report["unreadable"] == ["broken"] and report["pairs"] == []
    assert any(problem.startswith("source/broken.md:") for problem in report["problems"])
    code, out, _ = project.run("status", "--leaflet", "demo", "--format", "json")
    assert code == 0 and json.loads(out)["unreadable"] == []  # another leaflet's problem is not this one's
    assert project.run("status")[0] == 1  # the whole project: one of its leaflets has no row


def test_a_reason_every_leaflet_of_a_locale_shares_is_given_in_full_once(translated_unreviewed):
    """common.po's missing review stops every leaflet of its locale: said in full under
    ko_KR/common, then named under each leaflet, so each leaflet's own reasons stand out."""
    _, out, _ = translated_unreviewed.run("status")
    full = "locales/ko_KR/LC_MESSAGES/common.po: no translation review recorded; once a second translator"
    assert out.count(full) == 1, out
    under_demo = out.split("ko_KR/demo:\n", 1)[1].split("\n\n", 1)[0]
    assert (
        "  - locales/ko_KR/LC_MESSAGES/common.po: no translation review recorded (in full under ko_KR/common above)"
        in under_demo
    )
    assert "locales/ko_KR/LC_MESSAGES/demo.po: no translation review recorded; once a second translator" in under_demo


def test_the_json_a_ci_reads_has_the_fields_the_readme_documents_and_no_other(translated):
    """`status --format json` is what a content repository's CI gates on (README, "For CI"): every
    field the README names is there, and a field added without a line there fails this test."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### For CI: what to gate on", 1)[1].split("\n### ", 1)[0]
    pair_table = section.split("Each pair has:", 1)[1]
    documented = {
        name
        for cell in re.findall(r"^\| ([^|]+) \|", pair_table, re.MULTILINE)
        for name in re.findall(r"`([a-z_]+)`", cell)
    }
    code, out, _ = translated.run("status", "--format", "json")
    shown = json.loads(out)
    assert code == 0 and set(shown) == {"pairs", "problems", "unreadable", "notes"}
    assert all(f"`{key}`" in section for key in shown)
    for pair in shown["pairs"]:
        assert set(pair) == documented, pair
        assert pair["releasable"] == (not pair["reasons"])
