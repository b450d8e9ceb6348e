"""[glossary]: the locale's glossary (locales/<locale>/glossary.tsv), its approved translations."""

from __future__ import annotations

import pytest

from pipeline.checks import check_project
from tests.checks.helpers import only

GLOSSARY = (
    "English term\tapproved translation\tnote\n"
    "aseptic meningitis\t무균성 수막염\tNot 무균성 뇌수막염.\n"
    "thrombocytopenia\t혈소판 감소증\n"
    "immune thrombocytopenia\t면역 혈소판 감소증\n"
    "open sores\t헐다\tSkin that has broken down.\n"
    "antibody\t항체\n"
    "blood clots\t혈전\n"
    "Kawasaki disease\t가와사키병\n"
)


@pytest.fixture
def glossary(project):
    path = project.locales_dir / "ko_KR" / "glossary.tsv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


def test_a_term_without_its_approved_translation_is_a_warning_naming_the_glossary_line(catalogs, glossary):
    source = "A rare side effect is aseptic meningitis."
    finding = only(catalogs.findings(source, "드문 부작용으로 무균성 뇌수막염이 있습니다.", check="glossary"))
    assert (finding.severity, finding.msgid, finding.file) == (
        "warning",
        source,
        "locales/ko_KR/LC_MESSAGES/ivig-ten.po",
    )
    assert finding.message == (
        "glossary term 'aseptic meningitis' is not translated as '무균성 수막염' (locales/ko_KR/glossary.tsv:2)"
    )


@pytest.mark.parametrize(
    "source, translation",
    [
        # particles and endings follow the approved term
        ("A rare side effect is aseptic meningitis.", "드문 부작용으로 무균성 수막염이 생길 수 있습니다."),
        # a compound spaced the other way
        ("Thrombocytopenia means few platelets.", "혈소판감소증은 혈소판이 적은 상태입니다."),
        # the longer term holds the shorter one: one term, one approved translation
        ("IVIG treats immune thrombocytopenia.", "IVIG는 면역 혈소판 감소증을 치료합니다."),
        # a verb in its dictionary form, conjugated (ㄹ dropped before ㄴ)
        ("Open sores in the mouth", "입안이 허는 증상"),
        ("Open sores in the mouth", "입안이 헐고 아픈 증상"),
        ("Skin with open sores", "헌 피부"),
        # singular term, plural in the text
        ("Your body makes antibodies.", "몸이 항체를 만듭니다."),
        # a plural term does not match the singular verb
        ("Platelets help the blood clot.", "혈소판은 피가 굳도록 돕습니다."),
        # whole words only, capitals as written
        ("Antibodyless text: kawasaki-style.", "관계없는 문장."),
    ],
)
def test_correct_translations_get_no_glossary_warning(catalogs, glossary, source, translation):
    assert catalogs.findings(source, translation, check="glossary") == []


def test_a_locale_without_a_glossary_is_checked_as_before(catalogs):
    assert catalogs.findings("A rare side effect is aseptic meningitis.", "드문 부작용.", check="glossary") == []


def test_rows_that_cannot_be_used_are_named_by_line_once_per_locale(catalogs, project, glossary):
    glossary.write_text(GLOSSARY + "lonely term\n" + "aseptic meningitis\t다른 번역\n", encoding="utf-8")
    catalogs.write(domain="common")
    catalogs.write(domain="ivig-ten")
    findings = [
        f
        for report in check_project(project, locales=["ko_KR"])
        for f in report.findings
        if f.file.endswith("glossary.tsv")
    ]
    assert [(f.file, f.line, f.severity, f.check, f.locale, f.domain, f.msgid) for f in findings] == [
        ("locales/ko_KR/glossary.tsv", 9, "warning", "glossary", "ko_KR", "common", ""),
        ("locales/ko_KR/glossary.tsv", 10, "warning", "glossary", "ko_KR", "common", ""),
    ]
    assert "already listed on line 2" in findings[1].message


def test_shipped_korean_catalogs_use_every_approved_term():
    from pipeline.config import load_project
    from tests.conftest import REPO

    reports = check_project(load_project(REPO), locales=["ko_KR"])
    assert [f.format() for r in reports for f in r.findings if f.check == "glossary"] == []
