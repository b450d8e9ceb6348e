"""The leaflets and translations this repository ships are release-ready."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, Project

SHIPPED = sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")) + sorted((REPO / "locales").glob("*.pot"))


@pytest.fixture
def unreviewed_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """A copy of the shipped repository as it is: its translations not reviewed by anyone yet."""
    root = tmp_path / "repo"
    for name in ("source", "locales", "templates"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(REPO / "leaflets.toml", root / "leaflets.toml")
    return Project(root, monkeypatch)


@pytest.fixture
def repo_copy(unreviewed_copy: Project) -> Project:
    """The copy with every complete catalog signed off by a (test) reviewer, as a release needs."""
    unreviewed_copy.review_all()
    return unreviewed_copy


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.relative_to(REPO).as_posix())
def test_gnu_msgfmt_accepts_every_shipped_catalog(path):
    result = subprocess.run(
        ["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_shipped_catalogs_are_up_to_date_and_update_changes_nothing(repo_copy):
    before = {p: p.read_bytes() for p in repo_copy.path("locales").rglob("*.po*")}
    assert repo_copy.run("extract")[0] == 0
    assert repo_copy.run("update")[0] == 0
    after = {p: p.read_bytes() for p in repo_copy.path("locales").rglob("*.po*")}
    changed = [p.name for p in before if before[p] != after[p]]
    assert not changed, f"run `make update` and commit: {changed}"


def test_shipped_translations_have_no_check_errors(repo_copy):
    code, out, _ = repo_copy.run("check")
    assert code == 0, out


def release(project: Project) -> None:
    """``build --release`` of the shipped repository: every leaflet in every language goes out, nothing refused."""
    code, _, err = project.run("build", "--release")
    assert not re.findall(r"^refused \S+:", err, re.MULTILINE), err
    assert code == 0, err


def test_every_shipped_leaflet_releases_in_every_language(repo_copy):
    release(repo_copy)
    leaflets = sorted(p.stem for p in repo_copy.path("source").glob("*.md"))
    assert len(leaflets) >= 2
    for locale in ("en", "ko_KR", "es", "zh_TW", "ar"):
        for leaflet in leaflets:
            for suffix in ("html", "pdf"):
                assert repo_copy.path(f"dist/{locale}/{leaflet}.{suffix}").stat().st_size > 0


def test_shipped_korean_pages_are_for_readers_in_the_us(repo_copy):
    """ko_KR serves the publisher's Korean-speaking patients in the US: 911, named as the US number, on Letter."""
    from pypdf import PdfReader

    from tests.test_build import Page

    release(repo_copy)
    for leaflet in ("ivig-ten", "ivig-dermatology"):
        korean = Page(repo_copy.path(f"dist/ko_KR/{leaflet}.html").read_text(encoding="utf-8"))
        calls = re.findall(r"\d{3}\S*", " ".join(t for t in korean.texts if "전화" in t))
        assert calls and set(calls) == {"911(미국"}, calls  # every number to call is 911, named as the US one
        # The clinical review is the English version's, and says so.
        assert "영어판 의학 감수 Dr. Mina Cho" in korean.text
        assert korean.text.count("의학 감수") == korean.text.count("영어판 의학 감수")
        english = Page(repo_copy.path(f"dist/en/{leaflet}.html").read_text(encoding="utf-8"))
        assert "call 911" in english.text and "emergency number, " not in english.text
        for locale in ("en", "ko_KR"):
            box = PdfReader(repo_copy.path(f"dist/{locale}/{leaflet}.pdf")).pages[0].mediabox
            assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter


# Renderings the Korean medical review rejected (2026-11-30); locales/ko_KR/glossary.tsv has the approved ones.
REJECTED_KOREAN = {
    "무균성 뇌수막염": "aseptic meningitis is 무균성 수막염",
    "괴사성 황색육아종": "necrobiotic is 괴사생물성",
    "중복형": "SJS/TEN overlap is 중첩형",
    "증례": "a case report is 사례 보고",
    "거주 지역": "the local emergency number is where the reader is now",
    "잘 모르겠는": "ungrammatical",
    "여러 기증자": "many donors is 많은 기증자",
    "아주 많은 기증자": "many donors is 많은 기증자",
    "에 걸렸": "TEN is not caught",
}


@pytest.mark.parametrize("path", sorted((REPO / "locales" / "ko_KR").rglob("*.po")), ids=lambda p: p.name)
def test_shipped_korean_has_none_of_the_rejected_renderings(path):
    import polib

    found = [
        (rejected, why, entry.msgid)
        for entry in polib.pofile(str(path))
        for rejected, why in REJECTED_KOREAN.items()
        if rejected in entry.msgstr
    ]
    assert not found, found


def test_korean_glossary_is_a_three_column_table_with_a_header():
    import csv

    with (REPO / "locales" / "ko_KR" / "glossary.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    assert rows[0] == ["English term", "approved translation", "note"]
    assert all(len(row) in (2, 3) and row[0].strip() and row[1].strip() for row in rows[1:])
    terms = [row[0].lower() for row in rows[1:]]
    assert len(terms) == len(set(terms)), "a term is listed twice"
    approved = {row[0]: row[1] for row in rows[1:]}
    assert approved["aseptic meningitis"] == "무균성 수막염" and approved["thrombocytopenia"] == "혈소판 감소증"


def test_the_shipped_translations_have_no_review_yet_so_only_english_is_released(unreviewed_copy):
    """No second translator has signed off the shipped catalogs: a release of the repository as it is
    publishes the English pages only, and names the command that records a review."""
    code, _, err = unreviewed_copy.run("build", "--release", "--only", "html")
    assert code == 1
    refused = set(re.findall(r"^refused (\w+)/([\w-]+):", err, re.MULTILINE))
    leaflets = sorted(p.stem for p in unreviewed_copy.path("source").glob("*.md"))
    assert refused == {(locale, leaflet) for locale in ("ko_KR", "es", "zh_TW", "ar") for leaflet in leaflets}
    for locale in ("ko_KR", "es", "zh_TW", "ar"):
        assert (
            f"no translation review recorded; once a second translator has reviewed it: leaflets review "
            f"{locale} common --by" in err
        )
    assert sorted(
        p.relative_to(unreviewed_copy.path("dist")).as_posix() for p in unreviewed_copy.path("dist").glob("*/*.html")
    ) == [f"en/{leaflet}.html" for leaflet in leaflets]
