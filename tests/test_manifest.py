"""build/manifest.json and dist/manifest.json as files: one line per record, read back whole,
and a manifest written indented (by earlier versions) read as it was."""

import json
import shutil
from dataclasses import replace

import pytest
import weasyprint

import pipeline
from pipeline.errors import LeafletError
from pipeline.manifest import (
    LAID_OUT,
    Assessment,
    Checks,
    EnglishReview,
    Manifest,
    OutputFile,
    PairRecord,
    ReplacedRecord,
    Tools,
    UsedFont,
    WithdrawnRecord,
    read_manifest,
)
from pipeline.used_fonts import split_name, weight_and_slant


def a_manifest() -> Manifest:
    inputs = {"source": "1" * 64, "catalog": "2" * 64, "links": "en ko_KR"}
    page = OutputFile("ko_KR/demo.html", "html", "3" * 64, 100, inputs, "2.1", '발열 "quoted"', 90, Checks(1, 2), "t")
    reviewed = EnglishReview("Dr. Mina Cho", "2026-10-01", "sha256:" + "7" * 64)
    page = replace(page, english_review=reviewed, commit="8" * 40 + "-dirty")
    pdf = OutputFile(
        "ko_KR/demo.pdf", "pdf", "4" * 64, 200, inputs | {LAID_OUT: "5" * 64}, "2.1", "발열", 90, Checks(), "t"
    )
    korean = UsedFont("Noto Sans CJK KR", "Bold", "NotoSansCJK-Bold.ttc", "Version 2.004")
    pdf = replace(pdf, fonts=(korean, UsedFont("Gone Sans", "")))
    assessed = Assessment(inputs, "refused", ("a reason",), "2.1", "발열", 90, Checks(1, 2), ("\u0629",), "\u0629")
    assessed = replace(assessed, english_review=reviewed)
    return Manifest(
        release=True,
        pairs={
            ("ko_KR", "demo"): PairRecord("ko_KR", "demo", assessed, {"html": page, "pdf": pdf}),
            ("en", "demo"): PairRecord("en", "demo", None, {}),
            ("es", "other"): PairRecord("es", "other", assessed, {"html": replace(page, path="es/other.html")}),
        },
        withdrawn=(
            WithdrawnRecord("ko_KR", "old", "1.0", "6" * 64, ("archive/ko_KR/old/1.0/old.html",), "why", "t"),
            WithdrawnRecord("ko_KR", "gone", None, "", ("archive/ko_KR/gone/unknown/gone.pdf",), "why", "t"),
            WithdrawnRecord(
                "es", "other", "1.0", "6" * 64, ("archive/es/other/1.0/other.html",), "why", "t", {"es/other.html": "u"}
            ),
        ),
        replaced=(ReplacedRecord("ko_KR", "demo", "2.0", "9" * 64, ("archive/ko_KR/demo/2.0/demo.html",), "why", "t"),),
        tools=Tools({"weasyprint": "70.0", "pango": "1.50.12"}, "a" * 64, "b" * 64),
        commit="8" * 40 + "-dirty",
        uncommitted="sha256:" + "c" * 64,
        uncommitted_paths={"notes.txt": "d" * 16, "leaflets.toml": "e" * 16, "caf\\xe9.txt": "f" * 16},
    )


@pytest.mark.parametrize("made", [a_manifest(), Manifest()])
def test_the_manifest_is_read_back_as_written_one_line_per_record(tmp_path, made):
    data = made.to_json()
    (tmp_path / "manifest.json").write_bytes(data)
    assert read_manifest(tmp_path, "build/manifest.json") == made
    lines = data.decode("utf-8").splitlines()
    records = len(made.withdrawn) + len(made.replaced) + sum(1 + len(record.files) for record in made.pairs.values())
    assert len(lines) == 4 + records + len(made.pairs)  # the head, "withdrawn", "replaced", the end; each pair's end
    written = json.loads(data)
    for pair in written["pairs"]:  # each file alone on its line: a diff names the file that changed
        for fmt, record in pair["files"].items():
            line = f"  {json.dumps(fmt)}: {json.dumps(record, ensure_ascii=False)}"
            assert lines.count(line) + lines.count(line + ",") == 1
    assert ("발열" in data.decode("utf-8")) == bool(made.pairs)  # readable, not \\u escapes


def test_a_manifest_written_indented_by_an_earlier_version_is_read_the_same(tmp_path):
    made = a_manifest()
    (tmp_path / "manifest.json").write_text(json.dumps(json.loads(made.to_json()), indent=2, ensure_ascii=False))
    assert read_manifest(tmp_path, "build/manifest.json") == made


def test_a_manifest_an_earlier_version_wrote_is_read_with_the_new_fields_empty(tmp_path):
    """No "replaced" list, no "republished", no English review, commit or fonts on a page, no tools:
    read, not refused."""
    data = json.loads(a_manifest().to_json())
    del data["replaced"], data["tools"], data["commit"], data["uncommitted"], data["uncommitted_paths"]
    for withdrawn in data["withdrawn"]:
        del withdrawn["republished"]
    for pair in data["pairs"]:
        for page in pair["files"].values():
            del page["english_review"], page["commit"], page["fonts"]
    (tmp_path / "manifest.json").write_text(json.dumps(data))
    read = read_manifest(tmp_path, "dist/manifest.json")
    assert read.replaced == () and all(w.republished == {} for w in read.withdrawn)
    page = read.pairs[("ko_KR", "demo")].files["html"]
    assert page.english_review is None and page.commit == ""
    assert read.withdrawn[0].pages == ("ko_KR/old.html",)
    assert read.tools == Tools() and read.pairs[("ko_KR", "demo")].files["pdf"].fonts == ()
    assert (read.commit, read.uncommitted, read.uncommitted_paths) == ("", "", {})


@pytest.mark.parametrize("broken", [["leaflets.toml"], "leaflets.toml", 7])
def test_a_manifest_whose_uncommitted_paths_are_not_a_mapping_is_an_error_not_a_crash(tmp_path, broken):
    data = json.loads(a_manifest().to_json())
    data["uncommitted_paths"] = broken
    (tmp_path / "manifest.json").write_text(json.dumps(data))
    with pytest.raises(LeafletError, match="cannot read the release manifest"):
        read_manifest(tmp_path, "dist/manifest.json")


@pytest.mark.parametrize("command", [("build", "--release", "--only", "html"), ("status",), ("check",)])
def test_an_unreadable_release_manifest_is_to_be_restored_never_moved_away(translated, command):
    """dist/manifest.json is the only record of what was released and withdrawn: the advice was to move
    it away 'to rebuild everything', which loses it (the next release would withdraw nothing it records)."""
    translated.path("dist").mkdir(exist_ok=True)
    translated.path("dist/manifest.json").write_text('{"release": true', encoding="utf-8")

    code, _, err = translated.run(*command)

    assert code == 1
    assert "leaflets: dist/manifest.json: cannot read the release manifest (" in err
    assert (
        "it is the only record of what dist/ released and withdrew, so do not move it away: restore it from "
        "the copy of dist/ kept with your records, or from the web server the last release was copied to "
        "(README: Deploying a release); a release refuses until it can be read"
    ) in err
    assert "move it away to rebuild" not in err and "Traceback" not in err


def test_an_unreadable_draft_manifest_keeps_its_advice(tmp_path):
    (tmp_path / "manifest.json").write_text("{", encoding="utf-8")
    with pytest.raises(LeafletError, match=r"cannot read the build manifest .*; move it away to rebuild everything"):
        read_manifest(tmp_path, "build/manifest.json", draft=True)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")
def test_a_build_folder_with_an_indented_manifest_is_not_rebuilt(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    manifest = translated.path("build/manifest.json")
    manifest.write_text(json.dumps(json.loads(manifest.read_bytes()), indent=2, ensure_ascii=False) + "\n")
    code, out, _ = translated.run("build", "--only", "html")
    assert code == 0 and "built 0, up to date 2, refused 0" in out
    translated.translate("demo", {"Fever": "열"})
    code, out, _ = translated.run("build", "--only", "html")
    assert code == 0 and "built 1, up to date 1" in out
    assert json.loads(manifest.read_bytes())["pairs"] and not manifest.read_text().startswith("{\n")


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")
def test_a_releases_manifest_names_its_tools_and_each_pdfs_fonts_in_clear_text(translated):
    code, _, err = translated.run("build", "--release", "--locale", "ko_KR", "--locale", "en")
    assert code == 0, err
    manifest = translated.path("dist/manifest.json")
    data = json.loads(manifest.read_bytes())
    tools = data["tools"]["versions"]
    assert tools["weasyprint"] == weasyprint.__version__ and tools["leaflets"] == pipeline.__version__
    assert {"python", "pango", "pydyf", "fonttools", "babel", "jinja2"} <= set(tools) and tools["pango"][0].isdigit()
    korean = next(p for p in data["pairs"] if p["locale"] == "ko_KR")["files"]
    assert data["tools"]["pdf_libraries"] == korean["pdf"]["inputs"]["pdf libraries"]  # made with these
    fonts = {(font["family"], font["style"]): font for font in korean["pdf"]["fonts"]}
    assert {family for family, _ in fonts} == {"Noto Sans CJK KR"}  # leaflets.toml's, no fallback
    assert {("Noto Sans CJK KR", "Regular"), ("Noto Sans CJK KR", "Bold")} <= set(fonts)
    regular = fonts[("Noto Sans CJK KR", "Regular")]
    assert regular["file"].startswith("NotoSansCJK") and regular["file"].endswith((".ttc", ".otf"))
    assert regular["version"].startswith("Version ")
    assert "fonts" not in korean["html"] or korean["html"]["fonts"] == []  # a browser sets it
    written = manifest.stat().st_mtime_ns, manifest.read_bytes()

    code, out, err = translated.run("build", "--release", "--locale", "ko_KR", "--locale", "en")

    assert code == 0, err
    assert (manifest.stat().st_mtime_ns, manifest.read_bytes()) == written  # nothing changed: not rewritten


@pytest.mark.parametrize(
    ("name", "family", "style", "weight_slant"),
    [
        ("Noto-Sans-CJK-KR", "Noto Sans CJK KR", "Regular", (80, 0)),
        ("Noto-Sans-CJK-KR-Bold-Oblique", "Noto Sans CJK KR", "Bold-Oblique", (200, 110)),
        ("Noto-Sans-Semi-Bold", "Noto Sans", "Semi-Bold", (180, 0)),  # not "Noto Sans Semi", bold
        ("Gone-Sans-Italic", "Gone Sans Italic", "", (80, 100)),  # not installed: named as the PDF does
    ],
)
def test_a_pdfs_font_name_is_read_as_its_family_and_style(name, family, style, weight_slant):
    installed = ("Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK", "DejaVu Sans")
    assert split_name(name, installed) == (family, style)
    assert weight_and_slant(style or name) == weight_slant
