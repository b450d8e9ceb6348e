"""A locale is a language and the readers it is for: the region's values, as a reader sees them."""

import json
import shutil
import textwrap

import pytest

from pipeline.config import parse_project
from pipeline.errors import ConfigError, SourceError
from pipeline.source import parse_leaflet
from tests.conftest import CONFIG, LEAFLET
from tests.test_build import Page, pdf_text
from tests.test_release import assert_korean_withdrawn

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

REGIONS = textwrap.dedent("""\
    [regions.US]
    emergency = "911"
    page_size = "Letter"

    [regions.KR]
    emergency = "119"
    page_size = "A4"
    """)

EMERGENCY_LINE = "Call {emergency} in an emergency."
KOREAN_EMERGENCY_LINE = "응급 상황에서는 {emergency}에 전화하세요."


def with_readers(config: str, english: str, korean: str) -> str:
    """The tests' config with regions declared and each locale's readers placed."""
    config = config.replace('[locales.en]\npage_size = "Letter"\n', f'[locales.en]\nregion = "{english}"\n')
    config = config.replace('[locales.ko_KR]\npage_size = "A4"\n', f'[locales.ko_KR]\nregion = "{korean}"\n')
    assert config.count("region =") == 2
    return REGIONS + "\n" + config


@pytest.fixture
def regional(project):
    """The demo project whose emergency sentence names {emergency}, translated into Korean."""
    source = project.path("source/demo.md")
    source.write_text(
        source.read_text(encoding="utf-8").replace("Call 911 in an emergency.", EMERGENCY_LINE), encoding="utf-8"
    )
    assert project.run("extract")[0] == 0 and project.run("update")[0] == 0
    from tests.conftest import KOREAN

    korean = {key: value for key, value in KOREAN.items() if "911" not in key}
    project.translate("demo", {**korean, EMERGENCY_LINE: KOREAN_EMERGENCY_LINE})
    project.translate_common_from_repo()
    return project


def build_for(project, english: str, korean: str) -> tuple[Page, Page]:
    project.path("leaflets.toml").write_text(with_readers(CONFIG, english, korean), encoding="utf-8")
    code, _out, err = project.run("build")
    assert code == 0, err
    pages = [Page(project.path(f"build/{loc}/demo.html").read_text(encoding="utf-8")) for loc in ("en", "ko_KR")]
    return pages[0], pages[1]


def test_korean_for_readers_in_the_us_calls_911_named_as_the_us_number_on_letter(regional):
    english, korean = build_for(regional, english="US", korean="US")
    assert "Call 911 in an emergency." in english.text  # English in the US: no gloss
    assert "call 911 right away" in english.text  # the disclaimer uses the region too
    assert "응급 상황에서는 911(미국 응급 전화번호)에 전화하세요." in korean.text
    assert "바로 911(미국 응급 전화번호)에 전화하세요" in korean.text  # disclaimer
    assert "119" not in korean.text and not korean.marked
    assert _page_size(regional, "ko_KR") == (612, 792)  # US Letter
    assert "911(미국응급전화번호)에전화하세요" in _flat_pdf_text(regional, "ko_KR")


def test_korean_for_readers_in_korea_calls_119_on_a4_from_the_same_catalogs(regional):
    english, korean = build_for(regional, english="US", korean="KR")
    assert "응급 상황에서는 119에 전화하세요." in korean.text
    assert "바로 119에 전화하세요" in korean.text  # disclaimer
    assert "911" not in korean.text and "미국" not in korean.text and not korean.marked
    assert _page_size(regional, "ko_KR") == (595, 842)  # A4
    printed = _flat_pdf_text(regional, "ko_KR")
    assert "119에전화하세요" in printed and "911" not in printed
    assert "Call 911 in an emergency." in english.text


def test_english_for_readers_in_korea_names_the_country_beside_119(regional):
    english, _ = build_for(regional, english="KR", korean="KR")
    assert "Call 119 (emergency number, South Korea) in an emergency." in english.text


def test_a_release_keeps_no_page_that_gives_its_readers_an_emergency_number_no_longer_theirs(regional):
    """A refused pair keeps its published page while it translates the English published now; but
    a page kept as it was still says 911 after its readers were placed in Korea (or the region's
    number changed): it is withdrawn, as a page of an earlier English is."""
    regional.path("leaflets.toml").write_text(with_readers(CONFIG, "US", "US"), encoding="utf-8")
    regional.review_english()
    regional.review_all()
    code, _, err = regional.run("build", "--release", "--only", "html")
    assert code == 0, err
    assert "911(미국 응급 전화번호)" in Page(regional.path("dist/ko_KR/demo.html").read_text(encoding="utf-8")).text
    regional.path("leaflets.toml").write_text(with_readers(CONFIG, "US", "KR"), encoding="utf-8")
    regional.translate("demo", {"Fever": ""})  # and the translator's new edit is incomplete: the pair is refused

    code, _, err = regional.run("build", "--release", "--only", "html")

    assert code == 1
    assert_korean_withdrawn(
        regional,
        err,
        "the emergency number or language-help line it shows is no longer that of ko_KR's readers (its "
        "region, or the region's values, changed in leaflets.toml since it was made)",
    )
    english = Page(regional.path("dist/en/demo.html").read_text(encoding="utf-8"))
    assert "Call 911 in an emergency." in english.text  # the English readers are still in the US
    assert not [a for a, _ in english.links if a.get("hreflang") == "ko-KR"]


def test_a_build_only_html_removes_a_pdf_that_gives_the_emergency_number_its_readers_no_longer_have(regional):
    build_for(regional, english="US", korean="US")
    regional.path("leaflets.toml").write_text(with_readers(CONFIG, "US", "KR"), encoding="utf-8")
    code, _, err = regional.run("build", "--only", "html")
    assert code == 0, err
    assert "119에 전화하세요" in Page(regional.path("build/ko_KR/demo.html").read_text(encoding="utf-8")).text
    assert not regional.path("build/ko_KR/demo.pdf").exists()  # it said 911 beside a page saying 119
    assert "removed build/ko_KR/demo.pdf: it showed the text as it was before build/ko_KR/demo.html" in err
    assert regional.path("build/en/demo.pdf").exists()  # its readers are where they were


def test_a_build_only_pdf_makes_again_a_page_that_gives_the_emergency_number_its_readers_no_longer_have(regional):
    build_for(regional, english="US", korean="US")
    page = regional.path("build/en/demo.html")
    before = (page.read_bytes(), page.stat().st_mtime_ns)
    regional.path("leaflets.toml").write_text(with_readers(CONFIG, "US", "KR"), encoding="utf-8")
    code, _, err = regional.run("build", "--only", "pdf")
    assert code == 0, err
    assert "119에 전화하세요" in pdf_text(regional.path("build/ko_KR/demo.pdf"))
    assert "119에 전화하세요" in Page(regional.path("build/ko_KR/demo.html").read_text(encoding="utf-8")).text
    assert "also made build/ko_KR/demo.html again: it showed the text as it was before build/ko_KR/demo.pdf" in err
    assert (page.read_bytes(), page.stat().st_mtime_ns) == before  # its readers are where they were
    assert "also made build/en/demo.html" not in err


# What leaflets wrote as each locale's settings digest (manifest "locale") for with_readers(CONFIG,
# "US", "US") before pages recorded their region (55b7cc2). A change to the tests' CONFIG changes
# them; a change to how leaflets digests settings must not.
SETTINGS_DIGEST_BEFORE_REGIONS_WERE_RECORDED = {
    "en": "092b8b51f22c82897f4e2865bee5efdd486685d5369b067c040c6597eeea2cec",
    "ko_KR": "622d458e5ddc6e2b694a714b27f28fed19dac6c0434c2fba391e04fd2d2bf007",
}


def test_a_page_an_earlier_leaflets_published_is_withdrawn_for_what_is_not_known_of_its_region(regional):
    """A record made before pages recorded their region says nothing of it: the page is kept while
    its locale's settings are as they were (a release of this leaflets with nothing changed in
    leaflets.toml withdrew every such page), and withdrawn once they changed (here only its fonts),
    the reason saying its region is not known, never that the region changed, which it did not."""
    config = with_readers(CONFIG, "US", "US")
    regional.path("leaflets.toml").write_text(config, encoding="utf-8")
    regional.review_english()
    regional.review_all()
    assert regional.run("build", "--release", "--only", "html")[0] == 0
    manifest = regional.path("dist/manifest.json")
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    assert {pair["locale"] for pair in recorded["pairs"] if pair["files"]} == {"en", "ko_KR"}
    for pair in recorded["pairs"]:
        for page in pair["files"].values():
            del page["inputs"]["region"]  # as an earlier leaflets wrote it
            # ... with the digest of the locale's settings it wrote for this config, before
            # leaflets had settings for languages CLDR lacks: a setting added later that a
            # locale does not use must not move it, or every such page would be withdrawn.
            page["inputs"]["locale"] = SETTINGS_DIGEST_BEFORE_REGIONS_WERE_RECORDED[pair["locale"]]
    manifest.write_text(json.dumps(recorded), encoding="utf-8")
    regional.translate("demo", {"Fever": ""})  # the pair is refused: its published page is kept or withdrawn

    code, _, err = regional.run("build", "--release", "--only", "html")
    assert code == 1 and "withdrew ko_KR/demo" not in err
    assert regional.path("dist/ko_KR/demo.html").exists()

    fonts = 'font_family = ["Noto Sans CJK KR"]'
    regional.path("leaflets.toml").write_text(config.replace(fonts, fonts[:-1] + ', "DejaVu Sans"]'), encoding="utf-8")
    code, _, err = regional.run("build", "--release", "--only", "html")
    assert (
        code == 1
        and (
            "withdrew ko_KR/demo: its record (made by an earlier leaflets) does not say which emergency number "
            "and language-help line it shows, and ko_KR's settings in leaflets.toml changed since it was made"
        )
        in err
    )
    assert "is no longer that of" not in err and not regional.path("dist/ko_KR/demo.html").exists()


def _flat_pdf_text(project, locale: str) -> str:
    return "".join(pdf_text(project.path(f"build/{locale}/demo.pdf")).split())


def _page_size(project, locale: str) -> tuple[int, int]:
    """The PDF's page size in points: (612, 792) is US Letter, (595, 842) A4."""
    from pypdf import PdfReader

    box = PdfReader(project.path(f"build/{locale}/demo.pdf")).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_a_page_naming_a_value_its_region_lacks_is_not_built_and_says_what_to_add(regional):
    source = regional.path("source/demo.md")
    source.write_text(
        source.read_text(encoding="utf-8") + "\nFor help in your language, call {language_line}.\n", encoding="utf-8"
    )
    regional.path("leaflets.toml").write_text(with_readers(CONFIG, "US", "US"), encoding="utf-8")
    code, _out, err = regional.run("build", "--only", "html")
    assert code == 1
    line = source.read_text(encoding="utf-8").splitlines().index("For help in your language, call {language_line}.") + 1
    assert f"source/demo.md:{line}: {{language_line}}" in err
    assert "add language_line to [regions.US] in leaflets.toml" in err
    # Given the value, the page builds and shows it.
    config = regional.path("leaflets.toml")
    config.write_text(
        config.read_text().replace('emergency = "911"\n', 'emergency = "911"\nlanguage_line = "1-800-555-0100"\n'),
        encoding="utf-8",
    )
    assert regional.run("build", "--only", "html")[0] == 0
    english = Page(regional.path("build/en/demo.html").read_text(encoding="utf-8"))
    # (Page.text puts a space after each element's text: the number is in a no-wrap span, kept on one line.)
    assert "For help in your language, call 1-800-555-0100" in english.text


def test_a_locale_without_a_region_says_local_emergency_number_and_cannot_fill_emergency(regional):
    code, _, err = regional.run("build", "--only", "html")  # the tests' config places no readers
    assert code == 1
    assert "{emergency} needs the readers' region: give [locales.en] a region" in err
    source = regional.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace(f"> {EMERGENCY_LINE}\n", ""), encoding="utf-8")
    assert regional.run("build", "--only", "html")[0] == 0
    english = Page(regional.path("build/en/demo.html").read_text(encoding="utf-8"))
    assert "call your local emergency number right away" in english.text


# -- configuration -----------------------------------------------------------------


def config(text: str):
    import tomllib
    from pathlib import Path

    return parse_project(Path("."), tomllib.loads(REGIONS + textwrap.dedent(text)))


def test_the_region_gives_the_page_size_and_a_locale_may_override_it():
    project = config("""\
        [locales.en]
        region = "US"
        [locales.ko_KR]
        region = "KR"
        [locales.es]
        region = "US"
        page_size = "A4"
        """)
    sizes = {loc.code: (loc.page_size, loc.region.code) for loc in project.locales}
    assert sizes == {"en": ("Letter", "US"), "ko_KR": ("A4", "KR"), "es": ("A4", "US")}


@pytest.mark.parametrize(
    "text, message",
    [
        ('[locales.en]\nregion = "UK"\n', "[locales.en] region 'UK' has no [regions.UK] table (declared: KR, US)"),
        (
            '[locales.en]\nregion = "us"\n',
            "[locales.en] region 'us' has no [regions.us] table (declared: KR, US) (did you mean 'US'?)",
        ),
        (
            '[locales.en]\n[regions.GB]\nemergancy = "999"\npage_size = "A4"\n',
            "unknown setting 'emergancy' in [regions.GB] (did you mean 'emergency'?)",
        ),
        ('[locales.en]\n[regions.GB]\npage_size = "A4"\n', "[regions.GB] needs emergency"),
        ('[locales.en]\n[regions.GB]\nemergency = 999\npage_size = "A4"\n', "[regions.GB] emergency must be text"),
        (
            '[locales.en]\n[regions.GB]\nemergency = "nine-nine-nine"\npage_size = "A4"\n',
            "[regions.GB] emergency is the number to dial, digits only",
        ),
        (
            '[locales.en]\n[regions.XY]\nemergency = "999"\npage_size = "A4"\n',
            "[regions.XY]: 'XY' is not a region code CLDR knows",
        ),
        (
            '[locales.en]\n[regions.GB]\nemergency = "999"\npage_size = "A4"\nlanguage_line = "ask at the desk"\n',
            "[regions.GB] language_line is a phone number",
        ),
        # One digit off: every page in every language would send patients to a dead number.
        (
            '[locales.en]\n[regions.GB]\nemergency = "990"\npage_size = "A4"\n',
            '[regions.GB] emergency "990" is not an emergency number of GB that leaflets knows (it knows 112, 999)',
        ),
        (
            '[locales.en]\n[regions.GB]\nemergency = "119"\npage_size = "A4"\n',  # Korea's, not Britain's
            'If "119" is right, confirm it in [regions.GB]: emergency_confirmed = "119"',
        ),
        (
            '[locales.en]\n[regions.GL]\nemergency = "112"\npage_size = "A4"\n',  # a region the list does not have
            '[regions.GL] emergency "112" is not an emergency number of GL that leaflets knows (it knows none)',
        ),
        (  # a confirmation is of one number: editing the number undoes it
            '[locales.en]\n[regions.GB]\nemergency = "990"\nemergency_confirmed = "999"\npage_size = "A4"\n',
            '[regions.GB] emergency_confirmed "999" is not the emergency number "990"',
        ),
    ],
)
def test_region_mistakes_are_named(text, message):
    with pytest.raises(ConfigError) as raised:
        config(text)
    assert message in str(raised.value)


@pytest.mark.parametrize(
    "code, table",
    [
        ("GB", 'emergency = "112"\npage_size = "A4"\n'),  # listed for the region
        ("GL", 'emergency = "112"\nemergency_confirmed = "112"\npage_size = "A4"\n'),  # confirmed
    ],
)
def test_a_listed_or_confirmed_emergency_number_is_accepted(code, table):
    project = config(f'[locales.en]\nregion = "{code}"\n[regions.{code}]\n{table}')
    assert project.locale("en").region.emergency == "112"


def test_a_mistyped_emergency_number_stops_every_command_at_its_line(regional):
    settings = regional.path("leaflets.toml")
    settings.write_text(with_readers(CONFIG, "US", "US").replace('emergency = "911"', 'emergency = "912"'))
    line = settings.read_text(encoding="utf-8").splitlines().index('emergency = "912"') + 1
    for command in (["check"], ["build", "--only", "html"]):
        code, out, err = regional.run(*command)
        assert code != 0 and f'leaflets.toml:{line}: [regions.US] emergency "912" is not an emergency number' in err
    assert not list(regional.path("build").rglob("*.html"))  # no page was made with it


# -- source ----------------------------------------------------------------------------

FRONT = LEAFLET.split("## How IVIG is given")[0]


def test_a_placeholder_that_is_no_region_value_is_refused_with_its_line():
    with pytest.raises(SourceError) as raised:
        parse_leaflet(FRONT + "## Help\n\nCall {emergancy} now.\n", "source/demo.md", "demo")
    error = str(raised.value)
    assert error.startswith(f"source/demo.md:{FRONT.count(chr(10)) + 3}: {{emergancy}} is not a region value")
    assert "did you mean 'emergency'?" in error and "write \\{ for a literal brace" in error


def test_an_escaped_brace_is_text_not_a_placeholder(regional):
    source = regional.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8") + "\nWrite \\{name} on the form.\n", encoding="utf-8")
    english, _ = build_for(regional, english="US", korean="US")
    assert "Write {name} on the form." in english.text


def test_init_places_a_new_languages_readers_where_the_source_readers_are(regional):
    regional.path("leaflets.toml").write_text(with_readers(CONFIG, "US", "KR"), encoding="utf-8")
    code, out, _ = regional.run("init", "es")
    assert code == 0 and "check its readers' region and fonts" in out
    assert '[locales.es]\nregion = "US"\n' in regional.path("leaflets.toml").read_text()
    assert regional.run("build", "--only", "html", "--locale", "es")[0] == 0  # {emergency} fills: 911


@pytest.mark.parametrize(
    "korean_readers, translation, english_said",
    [
        ("US", "", "Call 911 in an emergency."),
        ("KR", "", "Call 119 (emergency number, South Korea) in an emergency."),
        # Held back: a link added fails [links], and the English is shown in its place.
        ("US", "응급 상황에서는 [{emergency}](https://evil.example/)에 전화하세요.", "Call 911 in an emergency."),
    ],
    ids=["not translated, US readers", "not translated, Korean readers", "held back"],
)
def test_an_english_passage_on_a_translated_draft_names_the_emergency_number_in_english(
    regional, korean_readers, translation, english_said
):
    """A passage a draft shows in English (not translated, or held back) said "Call 911 (미국 응급 전화번호)
    in an emergency." inside lang="en": the number's gloss came from the page's language, and a screen
    reader read Korean words in an English voice. The English passage is English throughout."""
    regional.translate("demo", {EMERGENCY_LINE: translation})
    _, korean = build_for(regional, english="US", korean=korean_readers)
    [passage] = [p for p in korean.passages if any("emergency" in text for _, text in p)]
    english = [text for lang, text in passage if lang == "en"]
    assert " ".join(english) == english_said, passage
    assert "미국" not in " ".join(english) and "응급 전화번호" not in " ".join(english)
    # The page's own sentences keep the gloss in Korean (the disclaimer).
    if korean_readers == "US":
        assert "바로 911(미국 응급 전화번호)에 전화하세요" in korean.text
