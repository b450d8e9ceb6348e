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
