"""[negation]: a double dose the source forbids, named in a translation with no negation, is an error.

The wrong translations keep the double dose and drop the "not", which tells a patient to take it;
the faithful ones keep a negation or say it with a verb that forbids.
"""

from __future__ import annotations

import pytest

from pipeline.languages import language_for
from tests.checks.helpers import only

MISSED = "Do not take a double dose to make up for a forgotten dose."
NEVER = "Never double up on doses."
AT_ONCE = "Don't take two doses at once to make up for a missed one."


@pytest.mark.parametrize(
    ("locale", "source", "translation", "named"),
    [
        ("ko_KR", MISSED, "잊은 용량을 보충하려면 두 배 용량을 복용하세요.", "두 배 용량"),
        ("ko_KR", MISSED, "잊은 용량을 보충하기 위해 2회분을 한꺼번에 복용하세요.", "2회분"),
        ("es", MISSED, "Tome una dosis doble para compensar la dosis olvidada.", "dosis doble"),
        ("es", AT_ONCE, "Tome dos dosis a la vez para compensar la olvidada.", "dos dosis a la vez"),
        ("fr", MISSED, "Prenez une dose double pour compenser la dose oubliée.", "dose double"),
        ("de", MISSED, "Nehmen Sie die doppelte Dosis ein, um die vergessene Dosis auszugleichen.", "doppelte Dosis"),
        ("pt_BR", MISSED, "Tome uma dose dupla para compensar a dose esquecida.", "dose dupla"),
        ("pt_PT", NEVER, "Tome uma dose a dobrar.", "dose a dobrar"),
        ("zh_TW", MISSED, "請服用雙倍劑量以補足漏服的劑量。", "雙倍"),
        ("ar", MISSED, "تناول جرعة مضاعفة لتعويض الجرعة المنسية.", "جرعة مضاعفة"),
    ],
)  # fmt: skip
def test_a_forbidden_double_dose_said_as_an_order_is_an_error(catalogs, locale, source, translation, named):
    finding = only(catalogs.findings(source, translation, locale=locale, check="negation"))
    assert finding.severity == "error"
    assert f"but the translation names one ({named!r}) with no negation" in finding.message


def test_the_message_names_what_the_source_forbids_and_what_the_translation_says(catalogs):
    finding = only(catalogs.findings(MISSED, "잊은 용량을 보충하려면 두 배 용량을 복용하세요.", check="negation"))
    assert finding.message == (
        "the source forbids a double dose ('not take a double dose') but the translation names one ('두 배 용량') "
        "with no negation: it tells a patient to take it ('Do not take a double dose to make up for a forgotten dose.')"
    )


@pytest.mark.parametrize(
    ("locale", "source", "translation"),
    [
        # the "not" kept, or a verb that forbids
        ("ko_KR", MISSED, "잊은 용량을 보충하기 위해 두 배 용량을 복용하지 마세요."),
        ("ko_KR", MISSED, "잊은 용량을 보충하려고 두 배 용량을 복용하는 것은 피하세요."),
        ("ko_KR", MISSED, "두 배 용량 복용 금지."),
        ("es", MISSED, "No tome una dosis doble para compensar la dosis olvidada."),
        ("es", NEVER, "Nunca tome una dosis doble."),
        ("fr", MISSED, "Évitez de prendre une dose double pour compenser la dose oubliée."),
        ("fr", MISSED, "Ne prenez pas de dose double pour compenser la dose que vous avez oublié de prendre."),
        ("de", MISSED, "Nehmen Sie keine doppelte Dosis ein, um die vergessene Dosis auszugleichen."),
        ("pt_BR", MISSED, "Não tome uma dose dupla para compensar a dose esquecida."),
        ("zh_TW", MISSED, "不要服用雙倍劑量以補足漏服的劑量。"),
        ("zh_TW", MISSED, "切勿服用兩倍劑量。"),
        ("ar", MISSED, "لا تأخذ جرعة مضاعفة لتعويض الجرعة المنسية."),
        ("ar", MISSED, "يُمنع تناول جرعة مضاعفة لتعويض الجرعة المنسية."),
        # the same said with no double dose named: [negation]'s warning, not this error
        ("es", MISSED, "Tome la dosis siguiente a su hora habitual."),
        # a double dose the source does not forbid
        ("es", "If you take a double dose by mistake, do not panic.", "Si toma una dosis doble por error, mantenga la calma."),
        ("ko_KR", "Do not worry if you took a double dose.", "두 배 용량을 복용했더라도 걱정하지 마세요."),
        ("de", "Your doctor may double the dose.", "Ihr Arzt kann die Dosis verdoppeln."),
    ],
)  # fmt: skip
def test_a_double_dose_forbidden_or_not_forbidden_is_no_error(catalogs, locale, source, translation):
    findings = catalogs.findings(source, translation, locale=locale, check="negation")
    assert not [finding for finding in findings if finding.severity == "error"], findings


@pytest.mark.parametrize(
    "text",
    [
        MISSED,
        NEVER,
        AT_ONCE,
        "Avoid doubling the dose.",
        "You must not take twice the usual dose.",
        "Do not take two doses together.",
    ],
)
def test_every_english_forbidden_double_dose_is_read(text):
    assert language_for("en").search("double_dose_forbidden", text)


@pytest.mark.parametrize(
    "text",
    [
        "If you take a double dose by mistake, do not panic.",
        "Do not worry if you took a double dose.",
        "Your doctor may double the dose.",
        "Do not take it with food and double the dose.",
        "Double vision is not common.",
    ],
)
def test_what_forbids_no_double_dose_in_english(text):
    assert language_for("en").search("double_dose_forbidden", text) is None


# A double dose the source never names: "If you miss a dose, take it as soon as you remember" as
# `…下一次服藥時一併補服，服用兩倍劑量` (take a double dose with the next one) passed.
REMEMBER = "If you miss a dose, take it as soon as you remember."


@pytest.mark.parametrize(
    "locale, translation, named",
    [
        ("zh_TW", "如果忘記服藥，請在下一次服藥時一併補服，服用兩倍劑量。", "兩倍"),
        ("ko_KR", "복용을 잊은 경우 다음 복용 때 두 배 용량을 복용하십시오.", "두 배 용량"),
        ("es", "Si olvida una dosis, tome una dosis doble la próxima vez.", "dosis doble"),
        ("de", "Wenn Sie eine Dosis vergessen, nehmen Sie beim nächsten Mal die doppelte Dosis.", "doppelte Dosis"),
    ],
)
def test_a_double_dose_the_source_never_names_is_an_error(catalogs, locale, translation, named):
    finding = only(catalogs.findings(REMEMBER, translation, locale=locale), "negation")
    assert finding.severity == "error"
    assert "the source names no double dose" in finding.message and named in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        ("zh_TW", "Your doctor may double the dose.", "醫師可能會將劑量加倍。"),
        ("zh_TW", "The risk is twice as high.", "風險是兩倍。"),
        ("ko_KR", "Take two doses a day.", "하루에 2회분을 복용하십시오."),
        ("fr", "If you miss a dose, skip it.", "Si vous oubliez une dose, ne prenez pas de dose double."),
        ("zh_TW", REMEMBER, "如果忘記服藥，請在想起時立即補服。"),
        # several doses in the source: 兩劑 may count two of them
        ("zh_TW", "Leave at least 4 weeks between doses.", "兩劑之間至少間隔4週。"),
        ("zh_TW", "You need both doses.", "您需要這兩劑。"),
    ],
)
def test_a_double_dose_the_source_names_or_the_translation_forbids_passes(catalogs, locale, source, translation):
    assert catalogs.findings(source, translation, locale=locale, check="negation") == []
