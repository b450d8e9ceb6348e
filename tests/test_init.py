"""`leaflets init`: a new language as gettext tools name it, with the font of its script (issue 7, case 11)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib

import polib
import pytest

needs_fontconfig = pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig is installed by make test")


def declared(project, locale: str) -> dict:
    return tomllib.loads(project.path("leaflets.toml").read_text(encoding="utf-8"))["locales"][locale]


def test_init_zh_tw_writes_the_gettext_code_that_its_own_check_accepts(project):
    """`init zh_TW` wrote `Language: zh_Hant_TW`, which check called an error."""
    code, _, err = project.run("init", "zh_TW")
    assert code == 0, err
    for domain in ("common", "demo"):
        assert polib.pofile(str(project.po(domain, "zh_TW"))).metadata["Language"] == "zh_TW"
    code, out, _ = project.run("check", "--locale", "zh_TW")
    assert "error[header]" not in out
    if shutil.which("msgfmt"):
        result = subprocess.run(
            ["msgfmt", "-c", "-o", "/dev/null", str(project.po("demo", "zh_TW"))], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "locale, families, extra",
    [
        ("zh_TW", ["Noto Sans CJK TC"], {}),
        ("zh_HK", ["Noto Sans CJK HK"], {}),
        ("zh_CN", ["Noto Sans CJK SC"], {}),
        ("ja", ["Noto Sans CJK JP"], {}),
        ("ar", ["Noto Naskh Arabic", "Noto Sans"], {}),
        ("ko", ["Noto Sans CJK KR"], {"line_break": "keep-all"}),
        ("es", ["DejaVu Sans"], {}),
    ],
)
def test_init_picks_the_font_of_the_scripts_locale(project, locale, families, extra):
    assert project.run("init", locale, *(["--force"] if locale == "ko" else []))[0] == 0  # beside ko_KR
    settings = declared(project, locale)
    assert settings["font_family"] == families
    assert {key: settings[key] for key in extra} == extra


# Persian words with lam-alef (لا), which Noto Sans Arabic draws as one glyph.
PERSIAN = {"Skin affected": "پوست مبتلا", "Call 911 in an emergency.": "در شرایط اضطراری بلافاصله با 911 تماس بگیرید."}


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")
def test_a_new_arabic_script_language_gets_fonts_whose_pdf_text_reads_as_written(project):
    """`init fa` set Persian in Noto Sans Arabic: the PDF looked right, but its text (what a screen
    reader reads, search, copy) gave back no word with a lam-alef as written ("مبتال" for "مبتلا")."""
    assert project.run("init", "fa")[0] == 0
    project.translate("demo", PERSIAN, locale="fa")
    code, _, err = project.run("build", "--locale", "fa", "--only", "pdf")
    assert code == 0, err
    text = subprocess.run(
        ["pdftotext", str(project.path("build/fa/demo.pdf")), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = re.findall(r"[\u0621-\u06ff]+", text)
    for word in ("مبتلا", "بلافاصله"):
        assert word in words, (word, words)


@needs_fontconfig
@pytest.mark.parametrize(
    "locale, fever",
    [("pa", "ਬੁਖ਼ਾਰ"), ("gu", "તાવ"), ("te", "జ్వరం"), ("kn", "ಜ್ವರ")],
    ids=["Punjabi", "Gujarati", "Telugu", "Kannada"],
)
def test_init_gives_a_language_fonts_that_show_its_script(project, locale, fever):
    """`init pa` declared DejaVu Sans, which has no Gurmukhi: doctor then called its first translation
    tofu (as it did for Gujarati, Telugu, Kannada, Malayalam, Odia, Tibetan ...)."""
    assert project.run("init", locale)[0] == 0
    project.translate("demo", {"Fever": fever}, locale=locale)
    _, out, _ = project.run("doctor")
    lines = out.splitlines()
    said = lines[lines.index(next(line for line in lines if line.startswith(f"{locale}: PDFs set in"))) + 1]
    assert said.startswith("  ok: covers all"), said


@pytest.mark.parametrize("locale, page_size", [("es", "A4"), ("en_US", "Letter"), ("es_MX", "Letter"), ("ar", "A4")])
def test_without_regions_the_page_size_is_the_paper_of_the_locales_territory(project, locale, page_size):
    assert project.run("init", locale)[0] == 0
    assert declared(project, locale)["page_size"] == page_size


@pytest.mark.parametrize(
    "written, meant",
    [("zh-TW", "zh_TW"), ("zh_Hant_TW", "zh_TW"), ("ko_kr", "ko_KR"), ("pt-BR", "pt_BR"), ("sr_Latn", "sr@latin")],
)
def test_init_suggests_the_gettext_spelling_and_changes_nothing(project, written, meant):
    config = project.path("leaflets.toml").read_text(encoding="utf-8")
    code, _, err = project.run("init", written)
    assert code == 2  # a usage error, as a mistyped --locale is
    assert err == f"leaflets: {written!r} is written {meant!r} by gettext tools; did you mean {meant}?\n"
    assert project.path("leaflets.toml").read_text(encoding="utf-8") == config
    assert not project.path(f"locales/{written}").exists()


def test_init_refuses_the_source_language(project):
    config = project.path("leaflets.toml").read_text(encoding="utf-8")
    code, _, err = project.run("init", "en")
    assert code == 2 and "'en' is the source language" in err
    assert project.path("leaflets.toml").read_text(encoding="utf-8") == config
    assert not project.path("locales/en").exists()


def test_a_locale_with_a_script_modifier_is_declared_so_the_config_still_loads(project):
    assert project.run("init", "sr@latin")[0] == 0
    assert declared(project, "sr@latin")["font_family"] == ["DejaVu Sans"]
    assert polib.pofile(str(project.po("demo", "sr@latin"))).metadata["Language"] == "sr@latin"
    code, _, err = project.run("build", "--only", "html", "--locale", "sr@latin")
    assert code == 0, err
    assert 'lang="sr-Latn"' in project.path("build/sr@latin/demo.html").read_text(encoding="utf-8")


@needs_fontconfig
def test_init_says_when_the_font_it_picked_is_not_installed(project, tmp_path, monkeypatch):
    dejavu = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True).stdout
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{dejavu.rsplit("/", 1)[0]}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))
    code, _, err = project.run("init", "zh_TW")
    assert code == 0
    assert "note: font 'Noto Sans CJK TC' for zh_TW is not installed; install the Debian package fonts-noto-cjk" in err


def test_init_of_a_declared_locale_says_so(project):
    code, out, err = project.run("init", "ko_KR")
    assert code == 0 and "file(s) already up to date" in out
    assert "note: ko_KR is already declared in leaflets.toml: only catalogs it lacks are created" in err


def test_init_of_a_second_locale_of_a_declared_language_is_refused_without_force(project):
    """`init ko` beside ko_KR declared a second Korean, with only a note: every switcher then
    listed both. Refused now, naming the locale that translates it and how to add it anyway."""
    config = project.path("leaflets.toml").read_bytes()
    code, out, err = project.run("init", "ko")
    assert code == 2 and out == "", err
    assert err == (
        "leaflets: ko_KR already translates Korean: ko would be a second locale of it, which every language "
        "switcher and the index list apart; to translate into ko_KR, no init is needed (leaflets update "
        "--locale ko_KR); for Korean for other readers beside it: leaflets init ko --force\n"
    )
    assert project.path("leaflets.toml").read_bytes() == config
    assert not project.path("locales/ko").exists()
    code, _, err = project.run("init", "ko", "--force")
    assert code == 0 and "[locales.ko]" in project.path("leaflets.toml").read_text(encoding="utf-8")
    assert "note: ko_KR already translates Korean: ko is a second locale of it" in err
    assert "if you meant ko_KR, delete [locales.ko] from leaflets.toml and its catalogs" in err
    _, _, err = project.run("init", "es")
    assert "already translates" not in err


def test_the_second_locale_note_names_the_language_the_first_one_translates(project):
    """`init vi_VN` beside vi said "vi already translates Vietnamese (Vietnam)": vi is not for Vietnam's
    readers alone; it translates the language, which the note names."""
    assert project.run("init", "vi")[0] == 0
    _, _, err = project.run("init", "vi_VN", "--force")
    assert "note: vi already translates Vietnamese: vi_VN is a second locale of it" in err


@pytest.mark.parametrize(
    "written, message",
    [
        (
            "korean",
            "'korean' is not a locale code; Korean is written ko (a locale code is written like ko_KR, es or hmn)",
        ),
        (
            "Spanish",
            "'Spanish' is not a locale code; Spanish is written es (a locale code is written like ko_KR, es or hmn)",
        ),
        ("x-klingon", "'x-klingon' is not a locale code (a locale code is written like ko_KR, es or hmn)"),
        ("xx_YY", "'xx_YY' names no region CLDR knows: YY (a region is written like KR, US or 419)"),
        ("ko_XX", "'ko_XX' names no region CLDR knows: XX (a region is written like KR, US or 419)"),
    ],
)
def test_init_of_no_locale_code_is_a_usage_error_naming_the_forms(project, written, message):
    config = project.path("leaflets.toml").read_bytes()
    code, out, err = project.run("init", written)
    assert (code, out, err) == (2, "", f"leaflets: {message}\n")
    assert project.path("leaflets.toml").read_bytes() == config
