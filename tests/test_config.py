"""leaflets.toml is validated when it is loaded: every mistake is one line naming file and line."""

from __future__ import annotations

import tomllib

import pytest

from tests.conftest import CONFIG, REPO, Project


@pytest.fixture
def bare(tmp_path, monkeypatch) -> Project:
    """A project with only its configuration: enough for every config mistake."""
    return Project(tmp_path, monkeypatch)


def run_with_config(bare: Project, text: str | bytes, *argv: str) -> tuple[int, str, str]:
    path = bare.path("leaflets.toml")
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return bare.run(*(argv or ("check",)))


def line_of(text: str, fragment: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if fragment in line)


@pytest.mark.parametrize(
    "typo, meant",
    [
        ('page_size = "A4"', "page_size"),
        ('line_break = "keep-all"', "line_break"),
    ],
)
def test_a_misspelled_locale_setting_is_an_error_that_suggests_the_right_name(bare, typo, meant):
    wrong = typo.replace("page_size", "pagesize").replace("line_break", "line_brake")
    config = CONFIG.replace(typo, wrong)
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert err == (
        f"leaflets: leaflets.toml:{line_of(config, wrong)}: unknown setting "
        f"{wrong.split()[0]!r} in [locales.ko_KR] (did you mean {meant!r}?); "
        "known: page_size, font_family, line_break, region, large_print, sign_off, text_scale, "
        "name, plural_forms, script, formats_like\n"
    )


def test_a_misspelled_table_of_named_tables_is_named_on_its_line(bare):
    """[locale.pt_BR] defines [locale] without a line of its own: the message names the header's."""
    config = CONFIG.replace("[locales.ko_KR]", "[locale.ko_KR]")
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert (
        f"leaflets: leaflets.toml:{line_of(config, '[locale.ko_KR]')}: unknown table [locale] (did you mean 'locales'?)"
        in err
    )


def test_a_misspelled_glossary_is_an_error_not_a_glossary_switched_off(bare):
    config = CONFIG.replace("do_not_translate", "do_not_translte")
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert (
        f"leaflets.toml:{line_of(config, 'do_not_translte')}: unknown setting 'do_not_translte' "
        "in [glossary] (did you mean 'do_not_translate'?)" in err
    )


def test_a_misspelled_table_is_named_with_the_tables_there_are(bare):
    config = CONFIG.replace("[glossary]", "[glosary]")
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert f"leaflets.toml:{line_of(config, '[glosary]')}: unknown table [glosary] (did you mean 'glossary'?)" in err


def test_every_mistake_is_reported_at_once_each_on_its_line(bare):
    config = CONFIG.replace('page_size = "A4"', 'pagesize = "A4"').replace("line_break", "line_brake")
    code, _, err = run_with_config(bare, config)
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith("leaflets: leaflets.toml:") for line in lines)
    assert "'pagesize'" in lines[0] and "'line_brake'" in lines[1]


@pytest.mark.parametrize(
    "size, suggestion",
    [
        ("A44", "did you mean 'A4'?"),
        ("A4 lanscape", "did you mean 'A4 landscape'?"),
        ("Leter", "did you mean 'letter'?"),
        ("auto", ""),
        ("10em 20em", ""),
    ],
)
def test_a_page_size_css_does_not_allow_is_an_error_not_a4(bare, size, suggestion):
    config = CONFIG.replace('page_size = "A4"', f'page_size = "{size}"')
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert err.startswith(
        f"leaflets: leaflets.toml:{line_of(config, size)}: [locales.ko_KR] page_size "
        f"{size!r} is not a page size CSS allows"
    )
    assert suggestion in err


@pytest.mark.parametrize("size", ["A4 landscape", "landscape A5", "letter", "210mm 297mm", "JIS-B5"])
def test_page_sizes_css_allows_are_accepted(bare, size):
    code, _, err = run_with_config(bare, CONFIG.replace('page_size = "A4"', f'page_size = "{size}"'))
    assert code == 0, err


@pytest.mark.parametrize(
    "value, words",
    [
        ("3", "font_family must be a list of font family names"),
        ("[]", "font_family must name at least one font family"),
        ('["Noto Sans CJK KR", 3]', "item 2 (3) must be text in quotes"),
        ('""', "must be non-empty text"),
    ],
)
def test_font_family_of_the_wrong_type_is_an_error(bare, value, words):
    config = CONFIG.replace('font_family = ["Noto Sans CJK KR"]', f"font_family = {value}")
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert err.startswith(f"leaflets: leaflets.toml:{line_of(config, 'font_family = ' + value)}: ")
    assert words in err and "Traceback" not in err


def test_line_break_allows_two_values_and_suggests_the_spelling(bare):
    config = CONFIG.replace('line_break = "keep-all"', 'line_break = "keep_all"')
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert "line_break is 'normal' or 'keep-all', not 'keep_all' (did you mean 'keep-all'?)" in err


@pytest.mark.parametrize(
    "setting, message",
    [
        ('large_print = "yes"', "[locales.ko_KR] large_print is true or false (no quotes), not 'yes'"),
        ("large_print = 1", "[locales.ko_KR] large_print is true or false (no quotes), not 1"),
        ("large-print = true", "unknown setting 'large-print' in [locales.ko_KR] (did you mean 'large_print'?)"),
        ("largeprint = true", "unknown setting 'largeprint' in [locales.ko_KR] (did you mean 'large_print'?)"),
    ],
)
def test_the_large_print_preset_is_true_or_false_and_named_on_its_line(bare, setting, message):
    config = CONFIG.replace('line_break = "keep-all"', f'line_break = "keep-all"\n{setting}')
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert f"leaflets: leaflets.toml:{line_of(config, setting)}: {message}" in err, err


def test_a_locale_written_another_way_than_gettext_is_refused_with_its_gettext_form(bare):
    config = CONFIG + '\n[locales.zh-TW]\npage_size = "A4"\n'
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert (
        f"leaflets.toml:{line_of(config, 'zh-TW')}: [locales.zh-TW]: 'zh-TW' is written 'zh_TW' by gettext "
        "tools; did you mean zh_TW?" in err
    )


# A language CLDR has no data for (hmn): tests/test_languages_cldr_lacks.py has the rest.
def test_leaflets_toml_names_what_a_language_cldr_lacks_still_needs(bare):
    config = CONFIG + '\n[locales.hmn]\nname = "Hmoob"\nfont_family = ["DejaVu Sans"]\n'
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert f"leaflets.toml:{line_of(config, '[locales.hmn]')}: [locales.hmn]: CLDR (Babel " in err
    assert "has no data for 'hmn'; declare plural_forms (" in err and "script (" in err and "formats_like (" in err
    assert "declare name" not in err and "Traceback" not in err


def test_leaflets_toml_refuses_declaring_what_cldr_gives(bare):
    config = CONFIG.replace(
        'line_break = "keep-all"', 'line_break = "keep-all"\nplural_forms = "nplurals=1; plural=0;"'
    )
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert (
        f"leaflets.toml:{line_of(config, 'plural_forms')}: [locales.ko_KR] plural_forms: CLDR has the data of ko_KR, "
        "which its pages use; delete plural_forms" in err
    )


HMONG = 'plural_forms = "nplurals=1; plural=0;"\nscript = "Latn"\nformats_like = "en"\nfont_family = ["DejaVu Sans"]\n'


def test_two_declared_languages_of_one_name_are_refused_on_the_second_name(bare):
    """Two variants of Hmong both "Hmoob": a switcher listing two languages by one name."""
    config = CONFIG + f'\n[locales.hmn]\nname = "Hmoob"\n{HMONG}\n[locales.hmn_US]\nname = "Hmoob"\n{HMONG}'
    code, _, err = run_with_config(bare, config)
    assert code == 1
    second_name = config.index('name = "Hmoob"', config.index("[locales.hmn_US]"))
    assert (
        f"leaflets.toml:{config[:second_name].count(chr(10)) + 1}: [locales.hmn_US] name 'Hmoob' is also the name "
        "of hmn: readers choosing a language could not tell them apart; name the territory too" in err
    )
    assert "[locales.hmn] name" not in err and "Traceback" not in err  # the later name is the one to change
    told_apart = config.replace('[locales.hmn_US]\nname = "Hmoob"', '[locales.hmn_US]\nname = "Hmoob (Meskas)"')
    assert run_with_config(bare, told_apart)[0] == 0


def test_a_declared_name_that_is_another_locales_cldr_name_is_refused(bare):
    config = CONFIG + f'\n[locales.hmn]\nname = "한국어"\n{HMONG}'
    code, _, err = run_with_config(bare, config)
    assert code == 1 and "[locales.hmn] name '한국어' is also the name of ko_KR" in err
    config = CONFIG + f'\n[locales.hmn]\nname = "english"\n{HMONG}'  # one name to a reader, whatever the case
    code, _, err = run_with_config(bare, config)
    assert code == 1 and "[locales.hmn] name 'english' is also the name of en" in err


def test_a_source_locale_without_its_table_is_an_error_on_its_line(bare):
    config = CONFIG.replace('source_locale = "en"', 'source_locale = "fr"')
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert f"leaflets.toml:{line_of(config, 'source_locale')}: source_locale 'fr' needs a [locales.fr] table" in err


def test_a_file_that_is_not_utf8_is_named_with_the_line_of_the_first_bad_byte(bare):
    config = CONFIG.replace('copyright_holder = "Leaflets project"', 'copyright_holder = "Caf\xe9"')
    code, _, err = run_with_config(bare, config.encode("latin-1"))
    assert code == 1
    assert err == (
        f"leaflets: leaflets.toml:{line_of(config, 'copyright_holder')}: not UTF-8 (byte 0xe9); "
        "save the file as UTF-8\n"
    )


def test_a_byte_order_mark_is_accepted(bare):
    code, _, err = run_with_config(bare, "\ufeff" + CONFIG)
    assert code == 0, err


@pytest.mark.parametrize(
    "broken, fragment, words",
    [
        ('name = "leaflets', 'name = "leaflets', "not valid TOML"),
        ('[glossary]\ndo_not_translate = [\n  "IVIG",\n  IgG,\n]', "IgG,", "not valid TOML: Invalid value"),
    ],
)
def test_toml_syntax_errors_name_the_line(bare, broken, fragment, words):
    config = (
        CONFIG.replace('name = "leaflets"', broken)
        if "name" in broken
        else CONFIG.split("[glossary]")[0] + broken + "\n"
    )
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert err.startswith(f"leaflets: leaflets.toml:{line_of(config, fragment)}: {words}")


def test_a_key_defined_twice_is_named_on_the_second_line(bare):
    config = CONFIG.replace('line_break = "keep-all"', 'line_break = "keep-all"\npage_size = "A5"')
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert err.startswith(f"leaflets: leaflets.toml:{line_of(config, 'A5')}: not valid TOML: Cannot overwrite a value")


def test_the_shipped_configuration_is_valid():
    from pipeline.config import read_config, validate

    data, lines = read_config((REPO / "leaflets.toml").read_bytes())
    assert validate(data, lines) == []
    assert data == tomllib.loads((REPO / "leaflets.toml").read_text(encoding="utf-8"))


def test_a_landscape_page_size_gives_landscape_pdf_pages(project):
    from pypdf import PdfReader

    config = project.path("leaflets.toml")
    config.write_text(config.read_text().replace('page_size = "Letter"', 'page_size = "Letter landscape"'))
    code, _, err = project.run("build", "--only", "pdf", "--locale", "en")
    assert code == 0, err
    box = PdfReader(project.path("build/en/demo.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)


def test_region_settings_are_validated_like_every_other_table_with_their_line(bare):
    config = CONFIG + '\n[regions.GB]\nemergency = "999"\npage_size = "A4 lanscape"\n'
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert err.startswith(
        f"leaflets: leaflets.toml:{line_of(config, 'lanscape')}: [regions.GB] page_size "
        "'A4 lanscape' is not a page size CSS allows"
    )
    config = CONFIG.replace("[locales.ko_KR]\n", '[locales.ko_KR]\nregion = "KR"\n')
    code, _, err = run_with_config(bare, config)
    assert (
        code == 1
        and f"leaflets.toml:{line_of(config, 'region =')}: [locales.ko_KR] region 'KR' has no "
        "[regions.KR] table (declared: none)"
        in err
    )


@pytest.mark.parametrize("value", ["\x1b[2J", "\x1e", "KR\x85"])
def test_a_control_character_in_a_setting_reaches_the_terminal_as_its_code(bare, value):
    """An ESC in leaflets.toml would clear the terminal the error is printed on; a record
    separator or NEL would split the message, its second half naming no file."""
    escaped = "".join(f"\\u{ord(character):04x}" for character in value)  # as TOML writes it
    config = CONFIG.replace("[locales.ko_KR]\n", f'[locales.ko_KR]\nregion = "{escaped}"\n')
    code, _, err = run_with_config(bare, config)
    control = next(character for character in value if not character.isalnum() and character != "[")
    assert code == 1 and control not in err
    assert f"<U+{ord(control):04X}>" in err
    lines = err.split("\n")[:-1]
    assert lines and all(line.startswith(f"leaflets: leaflets.toml:{line_of(config, 'region =')}: ") for line in lines)


@pytest.mark.parametrize("value", ["2", "0.5", '"1.2"', "true"])
def test_a_text_scale_is_a_number_in_reason_named_on_its_line(bare, value):
    setting = f"text_scale = {value}"
    config = CONFIG.replace('line_break = "keep-all"', f'line_break = "keep-all"\n{setting}')
    code, _, err = run_with_config(bare, config)
    assert code == 1
    assert (
        f"leaflets.toml:{line_of(config, setting)}: [locales.ko_KR] text_scale must be a number from 0.8 to 1.5" in err
    )


def test_arabic_is_set_larger_unless_its_table_says_otherwise(bare):
    from pipeline.config import load_project

    config = CONFIG + '\n[locales.ar]\nfont_family = ["Noto Naskh Arabic"]\n'
    bare.path("leaflets.toml").write_text(config, encoding="utf-8")
    scales = {locale.code: locale.text_size_scale for locale in load_project(bare.root).locales}
    assert scales["ar"] == 1.2 and scales["ko_KR"] == 1.0
    bare.path("leaflets.toml").write_text(config + "text_scale = 1\n", encoding="utf-8")
    assert {locale.code: locale.text_size_scale for locale in load_project(bare.root).locales}["ar"] == 1.0
