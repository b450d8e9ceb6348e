"""A draft owns build/: a page in it that no longer shows what leaflets built there is removed, and said.

After `git checkout` of a branch that does not declare a language (vi, am added on another
branch), its drafts stayed in build/ with no note, unlinked and looking built; and a page of a pair
the build did not select whose bytes were not those its record names (another branch's build) was
left in place while the English page's note said it was "no longer built". Like MkDocs, which
cleans its site folder of pages it no longer builds, a draft removes them and names them."""

from __future__ import annotations

CONFIG_ES = '[locales.es]\npage_size = "A4"\nfont_family = ["DejaVu Sans"]\n\n[glossary]'


def declare_spanish(project) -> None:
    config = project.path("leaflets.toml")
    config.write_text(config.read_text(encoding="utf-8").replace("[glossary]", CONFIG_ES), encoding="utf-8")
    assert project.run("update")[0] == 0


def undeclare_korean(project) -> None:
    config = project.path("leaflets.toml")
    text = config.read_text(encoding="utf-8")
    start = text.index("[locales.ko_KR]")
    config.write_text(text[:start] + text[text.index("[glossary]") :], encoding="utf-8")


def test_a_drafts_pages_of_a_language_no_longer_configured_are_removed_and_named(translated):
    assert translated.run("build", "--only", "html")[0] == 0
    korean = translated.path("build/ko_KR/demo.html")
    assert korean.exists()
    undeclare_korean(translated)  # as after `git checkout` of a branch without it
    code, out, err = translated.run("build", "--only", "html")
    assert code == 0, err
    assert not korean.exists()
    assert "removed build/ko_KR/demo.html: ko_KR is no longer a configured locale in leaflets.toml" in out + err
    assert 'href="../ko_KR/' not in translated.path("build/en/demo.html").read_text(encoding="utf-8")


def test_a_drafts_page_of_a_language_not_configured_that_no_record_names_is_removed(translated):
    """Built on another branch, whose manifest recorded it: this branch's manifest never did."""
    assert translated.run("build", "--only", "html")[0] == 0
    stray = translated.path("build/vi/demo.html")
    stray.parent.mkdir()
    stray.write_text("<p>a Vietnamese draft of another branch</p>", encoding="utf-8")
    code, out, err = translated.run("build", "--only", "html")
    assert code == 0, err
    assert not stray.exists()
    assert "removed build/vi/demo.html: vi is no longer a configured locale in leaflets.toml" in out + err


def test_a_page_not_selected_that_is_not_as_built_is_removed_as_the_english_page_says(translated):
    declare_spanish(translated)
    assert translated.run("build", "--only", "html")[0] == 0
    korean = translated.path("build/ko_KR/demo.html")
    korean.write_text(korean.read_text(encoding="utf-8") + "<!-- another branch's build -->", encoding="utf-8")
    code, out, err = translated.run("build", "--only", "html", "--locale", "es")
    assert code == 0, err
    # The English page, not selected, no longer links it: and it is indeed gone, not left looking built.
    assert "build/en/demo.html: kept as built, but for its links to ko_KR, no longer built" in out + err
    assert not korean.exists()
    assert "removed build/ko_KR/demo.html: it was changed outside leaflets, and this build did not select it" in (
        out + err
    )
    code, out, err = translated.run("build", "--only", "html", "--locale", "ko_KR")
    assert code == 0 and korean.exists()


def test_a_page_of_a_pair_not_selected_that_no_record_names_is_removed_and_named(translated):
    """A Spanish draft left by a build stopped before it wrote build/manifest.json, or copied in: a
    build of the Korean pages left it, unlinked but served by `leaflets serve`, looking built."""
    declare_spanish(translated)
    assert translated.run("build", "--only", "html", "--locale", "ko_KR")[0] == 0
    stray = translated.path("build/es/demo.html")
    stray.parent.mkdir()
    stray.write_text("<p>Recibe 2 g/kg/día</p>", encoding="utf-8")  # what it shows: nothing says

    code, out, err = translated.run("build", "--only", "html", "--locale", "ko_KR")

    assert code == 0, err
    assert not stray.exists()
    assert (
        "removed build/es/demo.html: build/manifest.json does not record it, so nothing says what it shows, "
        "and this build did not make it; select es/demo (--locale es --leaflet demo) and build again"
    ) in out + err
    assert "es/demo" not in translated.path("build/manifest.json").read_text(encoding="utf-8")
    assert 'href="es/demo.html"' not in translated.path("build/index.html").read_text(encoding="utf-8")
    assert translated.path("build/ko_KR/demo.html").is_file()
    code, out, err = translated.run("build", "--only", "html", "--locale", "es")
    assert code == 0 and stray.is_file() and "removed" not in out + err


def test_a_page_in_a_format_not_built_that_no_record_names_is_removed(translated):
    """--only html does not make the PDF: one no record names is removed, not left beside the page."""
    assert translated.run("build", "--only", "html", "--locale", "ko_KR")[0] == 0
    stray = translated.path("build/ko_KR/demo.pdf")
    stray.write_bytes(b"%PDF-1.7\n% a PDF of another checkout\n")
    code, out, err = translated.run("build", "--only", "html", "--locale", "ko_KR")
    assert code == 0, err
    assert not stray.exists()
    assert "removed build/ko_KR/demo.pdf: build/manifest.json does not record it" in out + err


def test_recorded_pages_of_pairs_not_selected_are_left_as_they_are(translated):
    """Selecting some pairs never deletes the drafts of others: a Spanish translator's pages, as
    built, stay byte for byte (their record names them) while the Korean pages are built."""
    declare_spanish(translated)
    assert translated.run("build", "--only", "html")[0] == 0
    spanish = translated.path("build/es/demo.html")
    before = spanish.read_bytes(), spanish.stat().st_mtime_ns
    translated.translate("demo", {"Fever": "열"})

    for selection in (("--locale", "ko_KR"), ("--locale", "ko_KR", "--leaflet", "demo")):
        code, out, err = translated.run("build", "--only", "html", *selection)
        assert code == 0, err
        assert "removed" not in out + err
        assert (spanish.read_bytes(), spanish.stat().st_mtime_ns) == before
    assert '"es"' in translated.path("build/manifest.json").read_text(encoding="utf-8")
