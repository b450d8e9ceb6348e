"""[length]: a translation far shorter or longer than its source."""

from __future__ import annotations

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
