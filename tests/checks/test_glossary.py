"""[glossary]: do-not-translate terms stay exactly as written."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only


def test_a_translated_term_is_a_warning(catalogs):
    source = "IVIG is made from antibodies collected from many donors."
    finding = only(
        catalogs.findings(source, "정맥 주사 면역글로불린은 여러 기증자에게서 모은 항체로 만듭니다.", check="glossary")
    )
    assert (finding.severity, finding.msgid) == ("warning", source)
    assert finding.message == "do-not-translate term IVIG is missing from the translation"


def test_a_term_with_changed_case_is_a_warning(catalogs):
    finding = only(catalogs.findings("Your IgG level is checked.", "IGG 수치를 확인합니다.", check="glossary"))
    assert finding.message == "do-not-translate term IgG is missing from the translation"


@pytest.mark.parametrize(
    "source, translation",
    [
        ("IVIG is made from antibodies.", "IVIG는 항체로 만듭니다."),  # a Korean particle may follow directly
        ("SJS/TEN overlap", "SJS/TEN 중복형"),
        ("Proteins such as TNF-α and IL-2", "TNF-α와 IL-2 같은 단백질"),
        ("Lamotrigine can cause TEN.", "lamotrigine은 TEN을 일으킬 수 있습니다."),
        ("Lamotrigine can cause TEN.", "Lamotrigine은 TEN을 일으킬 수 있습니다."),
        # whole terms only: "ten" and "often" do not contain the term TEN
        ("It often takes ten days.", "보통 열흘이 걸립니다."),
        ("Take it for 10 days.", "10일 동안 복용하세요."),
    ],
)
def test_kept_terms_and_non_terms_pass(catalogs, source, translation):
    assert catalogs.findings(source, translation, check="glossary") == []
