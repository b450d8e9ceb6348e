"""Translation review sign-off: recorded in the catalog, shown on the page, required by a release,
stale as soon as the English or the translation changes, naming what changed."""

import itertools
import json
import os
import re
import subprocess
import time
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import polib
import pytest

from pipeline.catalogs.catalog import Catalog, Message
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.release import gate
from pipeline.review import record
from pipeline.translations import table_from_catalog
from tests.conftest import KOREAN
from tests.test_build import Page, pdf_text

REVIEWER = "Ji-woo Park"


@pytest.fixture
def required(translated_unreviewed):
    """The demo project translated into Korean, not yet reviewed, with the default sign_off (required)."""
    assert "sign_off" not in translated_unreviewed.path("leaflets.toml").read_text(encoding="utf-8")
    return translated_unreviewed


@pytest.fixture
def optional(translated_unreviewed):
    """The same, in a project that says its Korean translations need no review."""
    config = translated_unreviewed.path("leaflets.toml")
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace('line_break = "keep-all"\n', 'line_break = "keep-all"\nsign_off = "optional"\n'), encoding="utf-8"
    )
    assert 'sign_off = "optional"' in config.read_text(encoding="utf-8")
    return translated_unreviewed


def review(project, domain="demo", by=REVIEWER):
    return project.run("review", "ko_KR", domain, "--by", by)


def signed(project):
    for domain in ("demo", "common"):
        code, _, err = review(project, domain)
        assert code == 0, err


def release(project):
    code, _, err = project.run("build", "--release", "--only", "html")
    return code, err


def test_a_release_needs_a_review_and_names_the_command_that_records_it(required):
    code, err = release(required)
    assert code == 1 and "refused ko_KR/demo:" in err
    assert (
        "locales/ko_KR/LC_MESSAGES/demo.po: no translation review recorded; once a second translator has "
        'reviewed it: leaflets review ko_KR demo --by "NAME"'
    ) in err
    assert "leaflets review ko_KR common" in err  # the page text and disclaimer are reviewed too
    assert not required.path("dist/ko_KR/demo.html").exists()
    assert required.path("dist/en/demo.html").exists()  # English never waits for a translation


# UTC-12 and UTC+14: at every hour of the day, one of them is on another calendar day than UTC.
FAR_APART = ("Etc/GMT+12", "Etc/GMT-14")


@pytest.fixture
def time_zone(monkeypatch):
    """Sets this machine's time zone (TZ) for the test, as a reviewer's computer has its own."""
    before = os.environ.get("TZ")
    monkeypatch.delenv("SOURCE_DATE_EPOCH")

    def set_zone(name: str) -> date:
        os.environ["TZ"] = name
        time.tzset()
        return datetime.now(ZoneInfo(name)).date()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_review_is_dated_by_the_reviewers_calendar_not_by_utcs(required, time_zone):
    """Recorded in UTC, a review signed at 7 pm in New York said it was the next day, on the
    page patients read ("Translation reviewed ... on DATE") and in the clinical review's date."""
    for zone in FAR_APART:
        today = time_zone(zone)
        code, _, err = review(required, by=f"Reviewer in {zone}")
        assert code == 0, err
        recorded = polib.pofile(str(required.po("demo"))).metadata["X-Translation-Reviewed-On"]
        assert recorded in {today.isoformat(), datetime.now(ZoneInfo(zone)).date().isoformat()}, zone
        code, _, err = required.run("review", "en", "demo", "--by", f"Clinician in {zone}")
        assert code == 0, err
        source = required.path("source/demo.md").read_text(encoding="utf-8")
        reviewed_on = re.search(r"^reviewed_on: (\S+)$", source, re.MULTILINE).group(1)
        assert reviewed_on in {today.isoformat(), datetime.now(ZoneInfo(zone)).date().isoformat()}, zone


def test_the_review_is_recorded_in_x_header_fields_that_update_msgfmt_and_polib_keep(required):
    signed(required)
    po = required.po("demo")
    header = polib.pofile(str(po)).metadata
    assert header["X-Translation-Reviewer"] == REVIEWER
    assert header["X-Translation-Reviewed-On"] == "2026-09-21"  # SOURCE_DATE_EPOCH of the tests
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", header["X-Translation-Reviewed-Source"])
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", header["X-Translation-Reviewed-Hash"])
    before = po.read_bytes()
    assert required.run("extract")[0] == 0 and required.run("update")[0] == 0
    assert po.read_bytes() == before  # update keeps the sign-off, byte for byte
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], check=True)
    # A tool that rewrites the whole file (polib, as Poedit and Weblate do) keeps it valid.
    catalog = polib.pofile(str(po))
    catalog.metadata["Last-Translator"] = "Someone Else"
    catalog.save()
    code, err = release(required)
    assert code == 0, err


def test_the_page_says_who_reviewed_the_translation_apart_from_the_english_clinical_review(required):
    signed(required)
    assert release(required)[0] == 0
    korean = Page(required.path("dist/ko_KR/demo.html").read_text(encoding="utf-8"))
    assert f"이 번역은 2026년 9월 21일에 {REVIEWER} 님이 검토했습니다." in korean.text
    assert "영어판 의학 감수 Dr. Mina Cho" in korean.text  # the English clinical review, labelled as such
    assert "아직 검토를 거치지 않았습니다" not in korean.text
    english = Page(required.path("dist/en/demo.html").read_text(encoding="utf-8"))
    assert REVIEWER not in english.text


def test_a_changed_translation_makes_the_review_stale_and_the_release_names_the_passage(required):
    signed(required)
    required.translate("demo", {"Fever": "열이 남"})
    code, err = release(required)
    assert code == 1
    assert (
        f"demo.po: the translation review by {REVIEWER} on 2026-09-21 is stale: the translation of 1 passage "
        '("Fever") changed since'
    ) in err
    assert "the English of" not in err


def change_english(project, old, new):
    """The writer changes the English, a clinician reviews it, and the catalogs are updated."""
    source = project.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    project.review_english()
    assert project.run("extract")[0] == 0 and project.run("update")[0] == 0


@pytest.mark.parametrize(
    "old, new, said",
    [
        ("- Headache\n- Fever\n", "- Fever\n- Headache\n", "passages reordered"),
        ("- Headache\n- Fever\n", "- A bad headache\n", "English changed in 1 passage, 1 passage removed"),
    ],
    ids=["reordered", "one edited, one removed"],
)
def test_status_says_how_the_english_changed_since_the_review(required, old, new, said):
    """Passages put in another order were called "passages removed"; an edit with a deletion beside it
    did not say that one passage had gone."""
    signed(required)
    change_english(required, old, new)
    required.translate("demo", {"A bad headache": "심한 두통"})
    code, out, _ = required.run("status", "--format", "json")
    pair = next(p for p in json.loads(out)["pairs"] if (p["locale"], p["leaflet"]) == ("ko_KR", "demo"))
    assert pair["review"] == f"stale: {said} since the review of 2026-09-21"


def test_a_changed_english_makes_the_review_stale_in_release_status_and_the_draft_banner(required):
    signed(required)
    change_english(required, "- Headache", "- A bad headache")
    required.translate("demo", {"A bad headache": "심한 두통"})  # translated again, not yet reviewed again
    code, err = release(required)
    assert code == 1
    assert 'is stale: the English of 1 passage ("A bad headache") changed since' in err
    # status names it with its line in the English source.
    code, out, _ = required.run("status", "--format", "json")
    pair = next(p for p in json.loads(out)["pairs"] if (p["locale"], p["leaflet"]) == ("ko_KR", "demo"))
    assert pair["review"].startswith("stale: English changed in 1 passage since the review of 2026-09-21")
    assert any(re.search(r'source/demo\.md:\d+: "A bad headache"', note) for note in pair["notes"]), pair
    # The draft banner names it too, in English.
    required.run("build", "--only", "html", "--locale", "ko_KR")
    banner = re.search(
        r'<div class="draft-banner review-changes".*?</div>',
        required.path("build/ko_KR/demo.html").read_text(encoding="utf-8"),
        re.DOTALL,
    )
    assert banner and "A bad headache" in Page(banner.group()).text and "Fever" not in banner.group()
    # It says that the English changed, in Korean, and lists the English as English.
    assert ENGLISH_CHANGED_KO in Page(banner.group()).text
    assert re.search(r'<ul lang="en">\s*<li>A bad headache</li>', banner.group()), banner.group()
    # A stale review is no review: the page does not name the reviewer.
    notice = Page(re.search(r'<p class="translation-notice">.*?</p>', banner.string, re.DOTALL).group()).text
    assert "이 번역은 아직 검토를 거치지 않았습니다." in notice and REVIEWER not in notice
    # Reviewed again, it releases.
    assert review(required)[0] == 0
    assert release(required)[0] == 0


ENGLISH_CHANGED_KO = "2026년 9월 21일에 번역을 검토한 뒤 영어 원문이 바뀐 부분이 1곳 있습니다:"
TRANSLATION_CHANGED_KO = (
    "2026년 9월 21일에 검토한 뒤 번역이 바뀐 부분이 2곳 있습니다. 영어 원문은 바뀌지 않았습니다. "
    "지금의 번역은 다음과 같습니다:"
)


def review_banner(html: str) -> str:
    return re.search(r'<div class="draft-banner review-changes".*?</div>', html, re.DOTALL).group()


def test_a_stale_review_of_a_changed_translation_lists_the_translation_a_reviewer_must_read_again(required):
    """The English unchanged, the translation changed after its review: the banner said "2 passages
    changed after the translation was reviewed" and listed the English ("Fever"), which had not changed
    and is not what the reviewer must read again. It says that the translation changed and the English
    did not, and lists each passage as translated now, in the page's language; a translation the page
    does not show (held back by a check) is listed as the page shows it, in English and marked."""
    signed(required)
    required.translate("demo", {"Fever": "열이 남", "Headache": "[두통](https://evil.example/)"})  # a link added
    assert required.run("build", "--locale", "ko_KR")[0] == 0
    html = required.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    banner = review_banner(html)
    assert TRANSLATION_CHANGED_KO in Page(banner).text, Page(banner).text
    items = re.findall(r"<li\b([^>]*)>(.*?)</li>", banner, re.DOTALL)
    assert [Page(text).text for _, text in items] == ["(번역이 검사를 통과하지 못해 표시되지 않음) Headache", "열이 남"]
    held, changed = items
    assert 'lang="en"' in held[0]  # the English the page shows, after why in Korean (its own lang)
    assert 'class="untranslated"' not in banner  # a list about passages, not passages: counted once, in the body
    assert "lang=" not in changed[0] and not re.search(r"<ul[^>]*lang=", banner)  # Korean: the page's language
    assert "evil.example" not in html and "Fever" not in banner
    assert "영어 원문이 바뀐" not in banner  # the English did not change
    # On paper: page 1 says the same, with the new translation, and never the English "Fever".
    printed = pdf_text(required.path("build/ko_KR/demo.pdf"))
    flat = " ".join(printed.split())
    assert "영어 원문은 바뀌지 않았습니다." in flat and "• 열이 남" in flat and "Fever" not in flat
    assert "• (번역이 검사를 통과하지 못해 표시되지 않음) Headache" in flat  # why English, said on paper too


def test_a_fuzzy_entry_shows_the_previous_english_beside_the_new_in_the_draft(translated):
    change_english(translated, "for 3 days", "for 5 days")
    entry = polib.pofile(str(translated.po("demo"))).find(
        "You get **1 g/kg/day** for 5 days. See the [study](https://doi.org/10.1001/archderm.139.1.26)."
    )
    assert "fuzzy" in entry.flags and entry.previous_msgid
    translated.run("build", "--only", "html", "--locale", "ko_KR")
    html = translated.path("build/ko_KR/demo.html").read_text(encoding="utf-8")
    table = re.search(r'<section class="draft-banner english-changes".*?</section>', html, re.DOTALL).group()
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", table, re.DOTALL)
    assert len(rows) == 1
    before, now = rows[0]
    assert "<del>3 </del>" in before and "<ins>5 </ins>" in now
    assert "영어 원문에서 바뀐 내용" in table  # its heading in the page's language
    # Under the page's title: no heading before the h1, and none skips a level (screen readers' outline).
    levels = [int(level) for level in re.findall(r"<h([1-6])\b", html)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(after - before <= 1 for before, after in itertools.pairwise(levels))
    # A release page never shows it.
    translated.translate("demo", {entry.msgid: KOREAN[entry.previous_msgid].replace("3일", "5일")})
    translated.review_all()
    assert release(translated)[0] == 0
    assert '<section class="draft-banner english-changes"' not in translated.path("dist/ko_KR/demo.html").read_text(
        encoding="utf-8"
    )


def test_review_refuses_a_translation_that_is_not_complete_and_writes_nothing(project):
    before = project.po("demo").read_bytes()
    code, _, err = review(project)
    assert code == 1
    assert "not translated" in err and "not signed off" in err
    assert project.po("demo").read_bytes() == before


def test_review_refuses_a_fuzzy_entry_naming_its_line(translated):
    catalog = polib.pofile(str(translated.po("demo")))
    catalog.find("Fever").flags.append("fuzzy")
    catalog.save()
    code, _, err = review(translated)
    assert code == 1 and re.search(r"demo\.po:\d+: fuzzy: \"Fever\"", err), err


@pytest.mark.parametrize("name", ["", "  ", "Ji-woo\nX-Injected: yes"])
def test_a_reviewer_name_is_one_line_of_text(required, name):
    code, _, err = review(required, by=name)
    assert code == 2 and "--by" in err
    assert "X-Translation-Reviewer" not in required.po("demo").read_text(encoding="utf-8")


def test_a_reviewer_name_is_text_on_the_page_never_markup(required):
    for domain in ("demo", "common"):
        assert review(required, domain, by="<b>Kim</b>")[0] == 0
    assert release(required)[0] == 0
    html = required.path("dist/ko_KR/demo.html").read_text(encoding="utf-8")
    assert "<b>Kim</b>" not in html and "&lt;b&gt;Kim&lt;/b&gt;" in html


def test_review_of_an_unknown_leaflet_or_locale_is_refused(translated):
    # (review en common is the page text's clinical review: tests/test_page_text_review.py)
    code, _, err = translated.run("review", "ko_KR", "nope", "--by", REVIEWER)
    assert code == 2 and "no such leaflet 'nope'" in err
    code, _, err = translated.run("review", "ko", "demo", "--by", REVIEWER)  # as check --locale ko: a usage error
    assert code == 2 and err.rstrip().endswith(
        "locale 'ko' is not configured in leaflets.toml (configured: en, ko_KR); did you mean ko_KR?"
    )


def test_a_hand_edited_sign_off_that_cannot_be_read_refuses_the_release(required):
    signed(required)
    po = required.po("demo")
    po.write_text(
        po.read_text(encoding="utf-8").replace("Reviewed-On: 2026-09-21", "Reviewed-On: yesterday"), encoding="utf-8"
    )
    code, err = release(required)
    assert code == 1 and "the translation review in its header cannot be read" in err


def test_a_review_day_that_has_not_come_yet_is_refused_in_the_header_and_by_the_command(required, monkeypatch):
    """A hand-edited 2099-01-01 was published: "reviewed on 1 January 2099" on every page."""
    signed(required)
    po = required.po("demo")
    po.write_text(
        po.read_text(encoding="utf-8").replace("Reviewed-On: 2026-09-21", "Reviewed-On: 2099-01-01"), encoding="utf-8"
    )
    code, err = release(required)
    assert (
        code == 1
        and (
            "the translation review in its header cannot be read (X-Translation-Reviewed-On 2099-01-01 is a day "
            "that has not come yet)"
        )
        in err
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "4102444800")  # 2100-01-01
    code, _, err = review(required)
    assert code == 2 and "SOURCE_DATE_EPOCH gives 2100-01-01, a day that has not come yet" in err


def test_a_reviewer_who_is_the_catalogs_last_translator_is_told_to_ask_a_second_linguist(required):
    po = polib.pofile(str(required.po("demo")))
    po.metadata["Last-Translator"] = f"{REVIEWER} <jw@example.org>"
    po.save()
    code, _, err = review(required)
    assert code == 0
    assert (
        f"the catalog's Last-Translator is '{REVIEWER} <jw@example.org>': a translation is reviewed by a second "
        "linguist who did not translate it (docs/reviewer.md)"
    ) in err
    assert "Last-Translator" not in review(required, by="Min-seo Kim")[2]


@pytest.mark.parametrize("translator", ["FULL NAME <EMAIL@ADDRESS>", ""])
def test_a_sign_off_over_a_catalog_whose_last_translator_names_no_one_says_so(required, translator):
    """A new user signed off a catalog whose Last-Translator was still the template's: nothing shows a
    second linguist reviewed it. Said, not refused (the sign-off is the reviewer's word)."""
    po = polib.pofile(str(required.po("demo")))
    po.metadata["Last-Translator"] = translator
    po.save()
    code, _, err = review(required)
    assert code == 0
    assert f"the catalog's Last-Translator is {translator or 'empty'!r}, no one's name" in err
    po.metadata["Last-Translator"] = "Ji-woo Park <jw@example.org>"
    po.save()
    assert "no one's name" not in review(required, by="Min-seo Kim")[2]


def test_a_reviewer_name_that_would_show_in_another_order_is_refused_on_the_command_line_and_in_the_header(required):
    """Review as a new user: a RIGHT-TO-LEFT OVERRIDE in --by went onto every page unchanged."""
    code, _, err = review(required, by="Park \u202eevil")
    assert code == 2 and "--by: the reviewer's name holds U+202E RIGHT-TO-LEFT OVERRIDE, which reorders" in err
    assert "X-Translation-Reviewer" not in required.po("demo").read_text(encoding="utf-8")
    signed(required)
    po = required.po("demo")
    text = po.read_text(encoding="utf-8")
    assert f"{REVIEWER}\\n" in text
    po.write_text(text.replace(f"{REVIEWER}\\n", "Ji-woo \u202eParkk\\n", 1), encoding="utf-8")
    code, err = release(required)
    assert code == 1 and "the translation review in its header cannot be read (the reviewer's name holds" in err


def test_sign_off_optional_releases_without_a_review_and_the_page_says_it_is_not_reviewed(optional):
    code, err = release(optional)
    assert code == 0, err
    korean = Page(optional.path("dist/ko_KR/demo.html").read_text(encoding="utf-8"))
    assert "이 번역은 아직 검토를 거치지 않았습니다." in korean.text


def test_without_a_required_review_a_warning_that_may_reverse_the_meaning_is_not_released_unread(optional):
    """[negation] and [limits] are warnings (some right translations look like that), so a person
    must decide: with sign_off optional no one has, and the release refuses until someone does."""
    optional.translate("demo", {"Headache": "두통이 아닙니다"})  # "it is not a headache"
    code, err = release(optional)
    assert code == 1 and "refused ko_KR/demo:" in err, err
    assert re.search(
        r"locales/ko_KR/LC_MESSAGES/demo\.po: 1 warning that the translation may not say what the English says "
        r"\(a denial, limit, comparison, unit, amount, urgency, instruction or dose taken only when needed\), "
        r"and no second translator has read it \(sign_off is optional\), first line \d+: negation: .*"
        r'leaflets review ko_KR demo --by "NAME"',
        err,
    ), err
    assert not optional.path("dist/ko_KR/demo.html").exists()
    status = {
        (p["locale"], p["leaflet"]): p for p in json.loads(optional.run("status", "--format", "json")[1])["pairs"]
    }
    assert not status[("ko_KR", "demo")]["releasable"]
    # The reviewer is shown the warning as they sign off; then it is theirs, and the page is released.
    code, _, err = review(optional)
    assert code == 0 and re.search(
        r"signed off over a warning that it may not say what the English says: .*warning\[negation\]", err
    )
    assert release(optional)[0] == 0 and optional.path("dist/ko_KR/demo.html").exists()


def test_a_required_review_signs_off_the_warnings_it_is_shown(required):
    required.translate("demo", {"Headache": "두통이 아닙니다"})
    code, _, err = review(required)
    assert code == 0 and "signed off over a warning that it may not say what the English says" in err
    code, _, _ = review(required, "common")
    assert code == 0 and release(required)[0] == 0


def test_sign_off_takes_required_or_optional_only(optional):
    config = optional.path("leaflets.toml")
    config.write_text(
        config.read_text(encoding="utf-8").replace('sign_off = "optional"', 'sign_off = "no"'), encoding="utf-8"
    )
    code, _, err = optional.run("status")
    assert code == 1
    assert re.search(r"leaflets\.toml:\d+: \[locales\.ko_KR\] sign_off is 'required' or 'optional', not 'no'", err)


def test_sign_off_optional_is_refused_for_a_language_no_meaning_check_reads(optional):
    """Released unreviewed, an Italian page stands on [negation], [limits] and [comparison], none of
    which reads Italian (no data in pipeline/languages/): "do not take" said as "take" would go out."""
    config = optional.path("leaflets.toml")
    config.write_text(
        config.read_text(encoding="utf-8") + '\n[locales.it]\nregion = "US"\nsign_off = "optional"\n', encoding="utf-8"
    )
    line = len(config.read_text(encoding="utf-8").splitlines())  # Italian's sign_off, the last line
    code, _, err = optional.run("status")
    assert code == 1
    assert f'leaflets.toml:{line}: [locales.it] sign_off = "optional" releases pages no second translator' in err
    assert "none of them reads Italian (no data in pipeline/languages/)" in err
    assert "ko_KR" not in err  # Korean, which they read, may still go out unreviewed


def require_sign_off_again(project) -> None:
    """The project can review again: the sign_off line goes, and "required" is the default."""
    config = project.path("leaflets.toml")
    config.write_text(config.read_text(encoding="utf-8").replace('sign_off = "optional"\n', ""), encoding="utf-8")


def korean_record(project) -> dict:
    data = json.loads(project.path("dist/manifest.json").read_text(encoding="utf-8"))
    return next(p for p in data["pairs"] if (p["locale"], p["leaflet"]) == ("ko_KR", "demo"))["files"]["html"]


def forget_what_pages_were_released_under(project) -> None:
    """dist/manifest.json as a leaflets from before it recorded reviews wrote it."""
    path = project.path("dist/manifest.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    for pair in data["pairs"]:
        for page in pair["files"].values():
            del page["review"], page["reviewed_by"]
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("selected", [(), ("--locale", "en")], ids=["every locale", "Korean not selected"])
def test_a_page_released_unreviewed_is_withdrawn_once_sign_off_is_required_again(optional, selected):
    code, err = release(optional)
    assert code == 0, err
    assert korean_record(optional)["review"] == "not reviewed" and korean_record(optional)["reviewed_by"] == []
    page = optional.path("dist/ko_KR/demo.html").read_bytes()
    require_sign_off_again(optional)
    code, _, err = optional.run("build", "--release", "--only", "html", *selected)
    assert code == (0 if selected else 1) and ("refused ko_KR/demo:" in err) != bool(selected)
    assert (
        'withdrew ko_KR/demo: it was released without a translation review (sign_off was "optional") and ko_KR '
        "now requires one; dist/ko_KR/demo.html moved to dist/archive/ko_KR/demo/2.1/"
    ) in err
    assert not optional.path("dist/ko_KR/demo.html").exists()
    archived = optional.path("dist/archive/ko_KR/demo/2.1/demo.html").read_text("utf-8")
    assert Page(archived).text == Page(page.decode("utf-8")).text  # as published, its links made inert
    data = json.loads(optional.path("dist/manifest.json").read_text(encoding="utf-8"))
    assert [w["files"] for w in data["withdrawn"]] == [["archive/ko_KR/demo/2.1/demo.html"]]
    for published in ("dist/index.html", "dist/en/demo.html"):
        assert not any("ko_KR" in a["href"] for a, _ in Page(optional.path(published).read_text("utf-8")).links)


def test_a_page_released_reviewed_stays_while_its_next_translation_awaits_review(optional):
    signed(optional)  # reviewed although the project did not require it
    assert release(optional)[0] == 0
    assert korean_record(optional)["review"] == "reviewed"
    assert korean_record(optional)["reviewed_by"] == [f"{REVIEWER} on 2026-09-21"] * 2  # its catalog's, common's
    page = optional.path("dist/ko_KR/demo.html").read_bytes()
    require_sign_off_again(optional)
    optional.translate("demo", {"Fever": "열"})  # the translator's edit, not reviewed yet
    code, err = release(optional)
    assert code == 1 and "refused ko_KR/demo:" in err and "review by Ji-woo Park on 2026-09-21 is stale" in err
    assert "withdrew" not in err and optional.path("dist/ko_KR/demo.html").read_bytes() == page


@pytest.mark.parametrize("settings_changed", [False, True], ids=["same settings", "sign_off changed"])
def test_a_manifest_that_does_not_say_how_a_page_was_released_is_read_conservatively(optional, settings_changed):
    if not settings_changed:
        require_sign_off_again(optional)  # released as it is required now, reviewed
        signed(optional)
    assert release(optional)[0] == 0
    forget_what_pages_were_released_under(optional)
    page = optional.path("dist/ko_KR/demo.html").read_bytes()
    require_sign_off_again(optional)
    optional.translate("demo", {"Fever": "열"})  # refused: not reviewed, or its review is stale
    code, err = release(optional)
    assert code == 1 and "refused ko_KR/demo:" in err
    if settings_changed:  # released under sign_off = "optional": nothing says it was reviewed
        assert (
            "withdrew ko_KR/demo: dist/manifest.json does not record whether it was reviewed (released by an "
            "earlier leaflets, under other settings of ko_KR) and ko_KR requires a translation review"
        ) in err
        assert not optional.path("dist/ko_KR/demo.html").exists()
    else:  # released under the settings of now, which let out only a reviewed page
        assert "withdrew" not in err and optional.path("dist/ko_KR/demo.html").read_bytes() == page


# -- the release gate itself, without the build in front of it ---------------------------------

LEAFLET_PO, COMMON_PO = "locales/ko_KR/LC_MESSAGES/demo.po", "locales/ko_KR/LC_MESSAGES/common.po"


def _catalogs(signed: bool) -> tuple[Catalog, Catalog]:
    """A complete Korean leaflet and page text, with or without a review of each."""
    leaflet = Catalog(messages=(Message("Take 2 tablets", msgstr="2정을 드세요"),))
    common = Catalog(messages=(Message("Disclaimer", msgstr="면책"),))
    if signed:
        on = date(2026, 11, 30)
        leaflet = record(leaflet, REVIEWER, on, ["Take 2 tablets"])
        common = record(common, REVIEWER, on, ["Disclaimer"])
    return leaflet, common


def _gate(table, common_table, findings=(), **switch):
    return gate(
        catalog_file=LEAFLET_PO,
        catalog_exists=True,
        msgids=["Take 2 tablets"],
        table=table,
        findings=list(findings),
        common_file=COMMON_PO,
        common_msgids=["Disclaimer"],
        common_table=common_table,
        common_findings=[],
        disclaimer_msgids=["Disclaimer"],
        **switch,
    ).reasons


def test_the_gate_requires_a_review_of_the_leaflet_and_of_the_page_text_unless_told_otherwise():
    """A caller that says nothing gets the safe rule: no review, no release."""
    leaflet, common = _catalogs(signed=False)
    unsigned = _gate(table_from_catalog("ko_KR", leaflet), table_from_catalog("ko_KR", common))
    assert [reason.split(":")[0] for reason in unsigned] == [LEAFLET_PO, COMMON_PO]
    assert all("no translation review recorded" in reason for reason in unsigned)
    assert (
        _gate(table_from_catalog("ko_KR", leaflet), table_from_catalog("ko_KR", common), review_required=False) == []
    )  # sign_off = "optional"
    leaflet, common = _catalogs(signed=True)
    assert _gate(table_from_catalog("ko_KR", leaflet), table_from_catalog("ko_KR", common)) == []


@pytest.mark.parametrize(
    "check", ["negation", "limits", "comparison", "units", "numbers", "urgency", "opposites", "as-needed"]
)
def test_without_a_required_review_the_gate_refuses_a_warning_that_the_meaning_changed(check):
    """Under sign_off = "optional", each check whose warning may mean the page says something else
    ("right away" left out, as well as a "not" dropped) holds the page until a person has read it."""
    leaflet, common = _catalogs(signed=False)
    warning = Finding(LEAFLET_PO, 3, WARNING, check, "ko_KR", "demo", "Take 2 tablets", "check it")
    reasons = _gate(
        table_from_catalog("ko_KR", leaflet), table_from_catalog("ko_KR", common), [warning], review_required=False
    )
    assert len(reasons) == 1 and reasons[0].startswith(f"{LEAFLET_PO}: 1 warning that the translation may not say")
    assert f"first line 3: {check}: check it" in reasons[0]
    length = replace(warning, check="length")  # a warning of a check whose warnings hold no page back
    assert (
        _gate(
            table_from_catalog("ko_KR", leaflet), table_from_catalog("ko_KR", common), [length], review_required=False
        )
        == []
    )


def test_the_gate_refuses_a_review_of_another_translation():
    leaflet, common = _catalogs(signed=True)
    changed = replace(leaflet, messages=(Message("Take 2 tablets", msgstr="3정을 드세요"),))  # header kept
    reasons = _gate(table_from_catalog("ko_KR", changed), table_from_catalog("ko_KR", common))
    assert len(reasons) == 1 and reasons[0].startswith(f"{LEAFLET_PO}: the translation review by {REVIEWER}")
    assert 'the translation of 1 passage ("Take 2 tablets") changed since' in reasons[0]


def test_a_missing_review_is_one_more_reason_never_the_only_one_kept():
    leaflet, common = _catalogs(signed=False)
    error = Finding(LEAFLET_PO, 3, ERROR, "numbers", "ko_KR", "demo", "Take 2 tablets", "a dose changed")
    reasons = gate(
        catalog_file=LEAFLET_PO,
        catalog_exists=True,
        msgids=["Take 2 tablets"],
        table=table_from_catalog("ko_KR", leaflet),
        findings=[error],
        common_file=COMMON_PO,
        common_msgids=["Disclaimer"],
        common_table=table_from_catalog("ko_KR", common),
        common_findings=[],
        disclaimer_msgids=["Disclaimer"],
    ).reasons
    assert [reason.split(":")[0] for reason in reasons] == [LEAFLET_PO, LEAFLET_PO, COMMON_PO]
    assert "no translation review recorded" not in reasons[0]
    assert all("no translation review recorded" in reason for reason in reasons[1:])


@pytest.mark.parametrize(
    "check, refused",
    [
        ("negation", True),
        ("limits", True),
        ("comparison", True),
        ("units", True),
        ("numbers", True),
        ("glossary", False),
    ],
)
def test_without_a_required_review_the_gate_refuses_unread_only_a_warning_that_may_say_the_opposite(check, refused):
    """A [comparison] warning ("more likely" said as "less likely") is one a person must read, as a
    [negation] or [limits] one, and so is a [units] one (how often a dose is given, or a unit symbol in
    words, in a language with no data, could not be read) and a [numbers] one ("1 million" as 1 triệu);
    another warning ([glossary]) does not hold the page back."""
    leaflet, common = _catalogs(signed=False)
    warning = Finding(LEAFLET_PO, 3, "warning", check, "ko_KR", "demo", "Take 2 tablets", "may say the opposite")
    reasons = _gate(
        table_from_catalog("ko_KR", leaflet), table_from_catalog("ko_KR", common), [warning], review_required=False
    )
    assert bool(reasons) == refused
    if refused:
        assert f"first line 3: {check}: may say the opposite" in reasons[0]


def test_two_passages_changed_together_are_each_shown_against_their_own_reviewed_text():
    """Both doses of a list changed: status showed each against the other's old text ("[-0.4-]{+0.75+}
    ... [-(2-]{+(3+} g/kg in total)"), telling the reviewer each total dose changed when neither did."""
    from pipeline.review import STALE, ReviewState, english_changes

    reviewed = ["1 g/kg a day for 3 days (3 g/kg in total)", "0.4 g/kg a day for 5 days (2 g/kg in total)"]
    now = ["0.75 g/kg a day for 4 days (3 g/kg in total)", "0.5 g/kg a day for 4 days (2 g/kg in total)"]
    changes = english_changes(ReviewState(STALE, english_changed=tuple(now)), now, reviewed, {}, "source/demo.md")
    assert [(change.now, change.reviewed) for change in changes] == list(zip(now, reviewed, strict=True))


def test_a_reviewer_name_with_a_character_no_page_shows_is_refused(required):
    code, _, err = review(required, by="Ji-woo\u200bPark")
    assert code == 2 and "--by: the reviewer's name holds U+200B ZERO WIDTH SPACE, which no page shows" in err
    assert review(required, by="\u0645\u06cc\u0646\u0627\u200c\u06cc\u06cc")[0] == 0  # a Persian name's ZWNJ
