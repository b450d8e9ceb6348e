"""[length]: a translation far shorter or longer than its source."""

from __future__ import annotations

import pytest

from pipeline.checks.length import sentence_count
from pipeline.languages import language_for
from tests.checks.helpers import only

LONG = "Tell your care team right away if you notice any of these signs."


def test_a_truncated_translation_is_a_warning(catalogs):
    finding = only(catalogs.findings(LONG, "알리세요.", check="length"))
    assert finding.severity == "warning"
    assert finding.message == "the translation is suspiciously short (8% of the source length)"


def test_a_translation_with_extra_text_is_a_warning(catalogs):
    translation = "다음과 같은 증상이 있으면 바로 의료진에게 알리세요. " * 8
    finding = only(catalogs.findings(LONG, translation.strip(), check="length"))
    assert finding.message.startswith("the translation is suspiciously long")


def test_korean_is_shorter_than_english_without_a_warning(catalogs):
    # 28 Korean characters for 65 English ones: a ratio of 0.43 is normal.
    assert catalogs.findings(LONG, "다음과 같은 증상이 있으면 바로 의료진에게 알리세요.", check="length") == []
    assert catalogs.findings("Headache", "두통", check="length") == []  # too short to judge


TWO_SENTENCES = "IVIG is made from the plasma of many donors. Each batch is tested for viruses before it is used."


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "IVIG는 많은 기증자의 혈장으로 만듭니다."),
        ("es", "La IVIG se hace con el plasma de muchos donantes."),
        ("zh_TW", "IVIG 由許多捐血者的血漿製成。"),
        ("ar", "يصنع IVIG من بلازما العديد من المتبرعين."),
    ],
)
def test_a_dropped_sentence_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(TWO_SENTENCES, translation, check="length", locale=locale))
    assert finding.severity == "error"
    assert finding.message.startswith("the source has 2 sentences, the translation 1, and it is ")
    assert finding.message.endswith("a sentence is missing")


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("ko_KR", "IVIG는 많은 기증자의 혈장으로 만들며, 쓰기 전에 한 병씩 바이러스 검사를 합니다."),
        ("ko_KR", "IVIG는 많은 기증자의 혈장으로 만듭니다. 쓰기 전에 한 병씩 바이러스 검사를 합니다."),
        ("es", "La IVIG se hace con el plasma de muchos donantes y cada lote se analiza antes de usarlo."),
        ("zh_TW", "IVIG 由許多捐血者的血漿製成，每批在使用前都會檢驗病毒。"),
        ("ar", "يصنع IVIG من بلازما العديد من المتبرعين، وتفحص كل دفعة بحثا عن الفيروسات قبل استخدامها."),
    ],
)
def test_sentences_merged_into_one_pass(catalogs, locale, translation):
    assert catalogs.findings(TWO_SENTENCES, translation, check="length", locale=locale) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Reviewed by Dr. Mina Cho, PharmD", 1),
        ("Ask J. Smith, e.g. by phone.", 1),
        ("Take 2.5 mg. Then rest.", 2),
        ("發燒。出疹。", 2),
        ("See www.example.org for more", 1),
        ("هل هو معتمد؟ نعم.", 2),
        ('He said "stop." Then', 2),
    ],
)
def test_sentences_are_counted_as_readers_see_them(text, count):
    assert sentence_count(text, language_for("en")) == count
