"""Languages CLDR (Babel) has no data for, which US hospitals must serve: Hmong, Dari, Karen,
Chuukese, Marshallese. `init` and leaflets.toml refused them as "not a locale Babel knows"; the
project now declares what CLDR would give (README, "Languages CLDR lacks"), and nothing is guessed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib

import polib
import pytest

from tests.conftest import REPO
from tests.test_build import Page
from tests.test_release import SPANISH

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")
needs_msgfmt = pytest.mark.skipif(not shutil.which("msgfmt"), reason="gettext is installed by make test")

# (code, name in itself, Plural-Forms, script, formats_like, dir)
LANGUAGES = {
    "hmn": ("Hmoob", "nplurals=1; plural=0;", "Latn", "en", "ltr"),
    "prs": ("دری", "nplurals=2; plural=(n > 1);", "Arab", "fa_AF", "rtl"),
    "kar": ("ကညီကျိာ်", "nplurals=1; plural=0;", "Mymr", "my", "ltr"),
    "chk": ("Chuuk", "nplurals=2; plural=(n != 1);", "Latn", "en", "ltr"),
    "mh": ("Kajin M̧ajeļ", "nplurals=2; plural=(n != 1);", "Latn", "en", "ltr"),
}


def init(project, code: str) -> tuple[int, str, str]:
    name, plural_forms, script, formats_like, _ = LANGUAGES[code]
    return project.run(
        "init", code, "--name", name, "--plural-forms", plural_forms, "--script", script, "--formats-like", formats_like
    )


def page(project, path: str) -> Page:
    return Page(project.path(path).read_text(encoding="utf-8"))


def switcher_entry(project, code: str) -> tuple[str, dict]:
    """The English page's link to ``code``: (its text, its attributes)."""
    return next(
        (text, attrs) for attrs, text in page(project, "build/en/demo.html").links if attrs.get("hreflang") == code
    )


def test_init_of_a_language_cldr_lacks_asks_for_what_cldr_would_give_and_changes_nothing(project):
    config = project.path("leaflets.toml").read_text(encoding="utf-8")
    code, _, err = project.run("init", "hmn", "--name", "Hmoob")
    assert code == 2
    assert err.startswith("leaflets: CLDR (Babel ") and "has no data for 'hmn'; say what it would give: " in err
    assert "--name" not in err.partition("give:")[2]
    for option in ("--plural-forms", "--script", "--formats-like"):
        assert option in err
    assert project.path("leaflets.toml").read_text(encoding="utf-8") == config
    assert not project.path("locales/hmn").exists()


def test_init_refuses_a_declaration_it_cannot_use(project):
    code, _, err = project.run(
        "init", "hmn", "--name", "Hmoob", "--plural-forms", "nplurals=1; plural=0;", "--script", "Latin",
        "--formats-like", "en",
    )  # fmt: skip
    assert code == 2
    assert (
        err == 'leaflets: --script is the ISO 15924 code of a Unicode script ("Latn", "Arab", "Mymr"), not \'Latin\'\n'
    )
    code, _, err = project.run("init", "es", "--name", "Español")
    assert code == 2 and "CLDR has the data of 'es', which its pages use: --name is for a language it lacks" in err


def test_init_of_a_second_variant_by_the_same_name_leaves_leaflets_toml_as_it_was(project):
    """Two languages by one name in every switcher: refused before leaflets.toml is written."""
    assert init(project, "hmn")[0] == 0
    config = project.path("leaflets.toml").read_bytes()
    name, plural_forms, script, formats_like, _ = LANGUAGES["hmn"]
    variant = ("--plural-forms", plural_forms, "--script", script, "--formats-like", formats_like)
    code, _, err = project.run("init", "hmn_US", "--name", name, *variant, "--force")  # a second Hmong: asked for
    assert (code, err) == (
        2,
        "leaflets: leaflets.toml left as it was: [locales.hmn_US] name 'Hmoob' is also the name of hmn: readers "
        "choosing a language could not tell them apart; name the territory too, e.g. 'Hmoob (…)'\n",
    )
    assert project.path("leaflets.toml").read_bytes() == config
    assert not project.path("locales/hmn_US").exists()
    assert project.run("init", "hmn_US", "--name", "Hmoob (Meskas)", *variant, "--force")[0] == 0


def test_a_second_locale_of_a_language_cldr_lacks_is_refused_without_force(project):
    """`init ko` beside ko_KR is refused without --force; `init hmn_US` beside hmn was not, as CLDR
    has no data to tell their language by: the code tells it (hmn)."""
    assert init(project, "hmn")[0] == 0
    config = project.path("leaflets.toml").read_bytes()
    name, plural_forms, script, formats_like, _ = LANGUAGES["hmn"]
    declared = ("--name", "Hmoob (Meskas)", "--plural-forms", plural_forms, "--script", script)
    code, out, err = project.run("init", "hmn_US", *declared, "--formats-like", formats_like)
    assert (code, out) == (2, "")
    assert err.startswith("leaflets: hmn already translates Hmong: hmn_US would be a second locale of it, "), err
    assert err.endswith("for Hmong for other readers beside it: leaflets init hmn_US --force\n"), err
    assert project.path("leaflets.toml").read_bytes() == config


@needs_msgfmt
@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_a_language_cldr_lacks_gets_catalogs_msgfmt_accepts_and_pages_in_its_name_and_direction(project, code):
    name, plural_forms, script, formats_like, direction = LANGUAGES[code]
    status, _, err = init(project, code)
    assert status == 0, err
    declared = tomllib.loads(project.path("leaflets.toml").read_text(encoding="utf-8"))["locales"][code]
    assert declared["script"] == script and declared["formats_like"] == formats_like
    for domain in ("common", "demo"):
        po = project.po(domain, code)
        metadata = polib.pofile(str(po)).metadata
        assert (metadata["Language"], metadata["Plural-Forms"]) == (code, plural_forms)
        result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    status, out, err = project.run("check", "--locale", code)
    assert status == 0 and "error[" not in out, out + err
    status, _, err = project.run("build", "--only", "html")
    assert status == 0, err
    assert page(project, f"build/{code}/demo.html").root_attrs == {"lang": code, "dir": direction}
    text, attrs = switcher_entry(project, code)
    assert text.strip() == name and attrs["lang"] == code
    status, out, err = project.run("status", "--format", "json")
    assert status == 0, err
    assert any(row["locale"] == code for row in json.loads(out)["pairs"]), out


@needs_poppler
@pytest.mark.parametrize(
    "code, words",
    [
        ("kar", ["ကညီကျိာ်"]),  # its name in itself, for its Myanmar-script letters
        ("prs", ["تب", "سردرد"]),  # fever, headache
        ("hmn", ["Mob", "taub", "hau"]),  # headache, in RPA (tones written as final consonants)
        ("mh", ["Kajin", "M̧ajeļ"]),  # its name in itself: m and l with cedillas
    ],
)
def test_a_language_cldr_lacks_gets_a_font_that_covers_its_letters_and_pdf_text_that_reads_as_written(
    project, code, words
):
    assert init(project, code)[0] == 0
    project.translate("demo", {"Fever": words[0], "Headache": " ".join(words[1:]) or words[0]}, locale=code)
    _, out, _ = project.run("doctor")
    lines = out.splitlines()
    said = lines[lines.index(next(line for line in lines if line.startswith(f"{code}: PDFs set in"))) + 1]
    assert said.startswith("  ok: covers all"), said
    status, _, err = project.run("build", "--locale", code, "--only", "pdf")
    assert status == 0, err
    text = subprocess.run(
        ["pdftotext", str(project.path(f"build/{code}/demo.pdf")), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = re.sub("[\u202a-\u202e]", "", text)  # the embeddings poppler wraps right-to-left lines in
    # poppler puts a space before a Myanmar vowel sign (ကညီကျ ိာ်); the letters are there, in order
    for word in words:
        assert word in text.split() if code != "kar" else word in "".join(text.split()), (word, text)


def test_a_catalog_whose_plural_forms_differ_from_the_declared_rule_is_named(project):
    assert init(project, "hmn")[0] == 0
    po = project.po("demo", "hmn")
    po.write_text(po.read_text(encoding="utf-8").replace("nplurals=1; plural=0;", "nplurals=2; plural=(n != 1);"))
    _, out, _ = project.run("check", "--locale", "hmn")
    assert "Plural-Forms 'nplurals=2; plural=(n != 1);' is not a rule known for hmn" in out
    assert "leaflets.toml plural_forms: nplurals=1; plural=0;" in out


@pytest.mark.parametrize(
    "code, name, plural_forms",
    [("tl", "Tagalog", None), ("tw", "Twi", "nplurals=2; plural=(n > 1);")],  # Akan's rule, which CLDR gives Twi
)
def test_a_code_cldr_files_under_another_language_is_accepted_as_written_and_named_as_itself(
    project, code, name, plural_forms
):
    """`init tl` said "'tl' is written 'fil_PH' by gettext tools": Babel reads tl as an old alias and
    adds a territory; gettext, glibc (tl_PH) and ISO 639-1 write Tagalog tl. `init tw` said "'tw' is
    Akan, which gettext tools write 'ak'": Twi is a current ISO 639-1 code, which CLDR files under Akan."""
    status, _, err = project.run("init", code)
    assert status == 0, err
    metadata = polib.pofile(str(project.po("demo", code))).metadata
    assert metadata["Language"] == code
    assert plural_forms is None or metadata["Plural-Forms"] == plural_forms
    assert project.run("build", "--only", "html")[0] == 0
    assert page(project, f"build/{code}/demo.html").root_attrs["lang"] == code
    assert switcher_entry(project, code)[0].strip() == name
    _, out, err = project.run("check", "--locale", code)
    assert f"note: {code}: no {name} data in pipeline/languages/" in out + err  # not CLDR's Filipino, Akan
    assert f"note: no {name} data in pipeline/languages/" in project.run("doctor")[1]


@pytest.mark.parametrize(
    "written, name, meant",
    [("iw", "Hebrew", "he"), ("iw_IL", "Hebrew", "he_IL"), ("in", "Indonesian", "id"), ("mo", "Romanian", "ro")],
)
def test_an_old_code_is_refused_with_the_modern_one_and_no_territory_added(project, written, name, meant):
    code, _, err = project.run("init", written)
    assert code == 2
    assert err == f"leaflets: {written!r} is {name}, which gettext tools write {meant!r}; did you mean {meant}?\n"


def test_the_direction_follows_the_declared_script_not_the_locale_of_its_formats(project):
    """Dari with English dates is still written right to left; a right-to-left mark in it is no stray."""
    status, _, err = project.run(
        "init", "prs", "--name", "دری", "--plural-forms", "nplurals=2; plural=(n > 1);", "--script", "Arab",
        "--formats-like", "en",
    )  # fmt: skip
    assert status == 0, err
    project.translate("demo", {"TEN": "\u200eTEN\u200e"}, locale="prs")  # the term kept left to right
    _, out, _ = project.run("check", "--locale", "prs")
    assert "[invisible" not in out, out
    assert project.run("build", "--only", "html", "--locale", "prs")[0] == 0
    assert page(project, "build/prs/demo.html").root_attrs["dir"] == "rtl"


# Spanish stands in for Chuukese text (both Latin script): what is under test is the pipeline
# (review, the release gate, dist/ and its switchers), which reads the declaration, not the words.
STAND_IN = SPANISH  # tests/test_release.py's


def test_a_declared_language_is_reviewed_and_released_like_any_other(project):
    assert init(project, "chk")[0] == 0
    project.translate("demo", STAND_IN, locale="chk")
    shipped = polib.pofile(str(REPO / "locales" / "es" / "LC_MESSAGES" / "common.po"))
    project.translate(
        "common", {e.msgid: dict(e.msgstr_plural) if e.msgid_plural else e.msgstr for e in shipped}, "chk"
    )
    assert {("chk", "demo"), ("chk", "common")} <= set(project.review_all())
    status, _, err = project.run("build", "--release", "--locale", "en", "--locale", "chk")
    assert status == 0, err
    assert page(project, "dist/chk/demo.html").root_attrs == {"lang": "chk", "dir": "ltr"}
    text, attrs = next(
        (text, attrs) for attrs, text in page(project, "dist/en/demo.html").links if attrs.get("hreflang") == "chk"
    )
    assert text == "Chuuk" and attrs["href"] == "../chk/demo.html"
