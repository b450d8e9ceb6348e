"""[length] in a language with no length calibration (French, German: no module in
pipeline/languages/, as ``leaflets init`` adds them): the sentences a translation keeps.

A new user's French without "Taking too much can damage your liver." passed ``check`` with
no finding.  Now one sentence fewer is a warning to read, naming the English sentence that
seems to have no counterpart; an error where no merge explains it (checks/sentence_loss.py).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pipeline.checks.length import sentence_count, sentences
from pipeline.checks.sentence_loss import numbers_in, unmatched_sentence
from pipeline.languages import language_for
from tests.checks.helpers import msgid_line, only

BOLD_WARNING = "**Never take more than 4,000 mg in 24 hours.** Taking too much can damage your liver."
LIVER = '"Taking too much can damage your liver." (English sentence 2) seems to have no counterpart'
REALISTIC = tomllib.loads(
    (Path(__file__).parent.parent / "data" / "uncalibrated" / "fr_de.toml").read_text(encoding="utf-8")
)["passage"]


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("fr", "**Ne prenez jamais plus de 4 000 mg en 24 heures.**"),
        ("de", "**Nehmen Sie nie mehr als 4.000 mg in 24 Stunden.**"),
    ],
)
def test_the_sentence_after_a_warning_in_bold_left_out_is_an_error(catalogs, locale, translation):
    finding = only(catalogs.findings(BOLD_WARNING, translation, check="length", locale=locale))
    assert finding.severity == "error"
    assert finding.message.startswith("the English has 2 sentences, the translation 1, and its own words are ")
    assert finding.message.endswith(
        "as long as the English's, below 65%: shorter than any Latin-script translation measured; "
        f"a sentence is missing: {LIVER}"
    )
    assert finding.line == msgid_line(catalogs.path(locale), BOLD_WARNING)


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("fr", "**Ne prenez jamais plus de 4 000 mg en 24 heures.** Une dose trop forte peut abîmer le foie."),
        ("de", "**Nehmen Sie nie mehr als 4.000 mg in 24 Stunden.** Zu viel kann Ihre Leber schädigen."),
    ],
)
def test_the_whole_warning_passes(catalogs, locale, translation):
    assert catalogs.findings(BOLD_WARNING, translation, check="length", locale=locale) == []


RISKS = (
    "Blood clots and kidney problems are more likely in people who are older than 65 or who have had a blood "
    "clot before. They are also more likely in people who have heart disease, kidney disease, or diabetes, who "
    "take estrogen, or who do not drink enough fluids. Tell your care team before treatment if any of these "
    "apply to you."
)


@pytest.mark.parametrize(
    "locale, translation",
    [
        (
            "fr",
            "Les caillots sanguins et les problèmes rénaux sont plus probables après 65 ans ou après un premier "
            "caillot. Ils le sont aussi en cas de maladie du cœur, des reins ou de diabète, de prise d'œstrogènes "
            "ou si vous ne buvez pas assez.",
        ),
        (
            "de",
            "Blutgerinnsel und Nierenprobleme sind bei Menschen über 65 oder nach einem früheren Blutgerinnsel "
            "wahrscheinlicher. Sie sind auch wahrscheinlicher bei Menschen mit Herzkrankheiten, Nierenkrankheiten "
            "oder Diabetes, die Östrogen nehmen oder nicht genug trinken.",
        ),
    ],
)
def test_a_sentence_left_out_of_a_translation_long_enough_for_a_merge_is_a_warning_naming_it(
    catalogs, locale, translation
):
    """Its 65 ties the first sentences together, and the lengths of the others say which one
    the translation has no counterpart of: the one that says what to do."""
    finding = only(catalogs.findings(RISKS, translation, check="length", locale=locale))
    name = {"fr": "French", "de": "German"}[locale]
    assert (finding.severity, finding.message) == (
        "warning",
        'the English has 3 sentences, the translation 2: "Tell your care team before treatment if any …" '
        f"(English sentence 3) seems to have no counterpart; {name} has no length calibration to tell a "
        "sentence left out from two merged into one, so a reviewer reads it against the English",
    )


NURSE = "Tell your nurse if you have any of these. Slowing the infusion often helps."


@pytest.mark.parametrize(
    "locale, merged",
    [
        ("fr", "Prévenez l'infirmière si vous avez l'un de ces signes ; ralentir la perfusion aide souvent."),
        ("de", "Sagen Sie es der Pflegekraft, wenn Sie eines davon haben; langsamer infundieren hilft oft."),
    ],
)
def test_two_sentences_merged_with_a_semicolon_are_a_warning_to_read_never_an_error(catalogs, locale, merged):
    """A translator may merge two short sentences: nothing tells that from one left out without a
    calibration, so a reviewer reads it (no numbers tell which one would be missing)."""
    finding = only(catalogs.findings(NURSE, merged, check="length", locale=locale))
    assert finding.severity == "warning"
    assert finding.message.startswith("the English has 2 sentences, the translation 1: a sentence may be missing; ")


def test_half_the_sentences_gone_is_an_error_even_at_a_merges_length(catalogs):
    """Every shipped translation with fewer sentences than its English (18, in four languages)
    lost exactly one: two and half of them is more than merging explains."""
    source = "Rest in bed for a day. Drink plenty of water. Call us if the fever rises. Do not drive."
    merged = "Restez au lit un jour et buvez beaucoup d'eau. Appelez-nous si la fièvre monte, et ne conduisez pas."
    finding = only(catalogs.findings(source, merged, check="length", locale="fr"))
    assert (finding.severity, finding.message) == (
        "error",
        "the English has 4 sentences, the translation 2: half or more of them are gone, where sentences merged "
        "in a translation lose one; a sentence is missing",
    )


@pytest.mark.parametrize("passage", REALISTIC, ids=lambda passage: passage["en"][:30])
@pytest.mark.parametrize("locale", ["fr", "de"])
def test_realistic_french_and_german_translations_get_no_error(catalogs, passage, locale):
    """Written for the passages whose Spanish is shortest (tests/data/uncalibrated/fr_de.toml): a
    merge among them is a warning to read, never an error; the rest pass."""
    source, translation = passage["en"], passage[locale]
    findings = catalogs.findings(source, translation, check="length", locale=locale)
    merged = sentence_count(translation, language_for(locale)) < sentence_count(source, language_for("en"))
    assert [finding.severity for finding in findings] == (["warning"] if merged else [])


@pytest.mark.parametrize(
    "locale, translation",
    [
        ("fr", "Prenez 2,5 mg, p. ex. au petit-déjeuner. Le Dr. Cho contrôlera votre sang, c.-à-d. vos plaquettes."),
        ("de", "Nehmen Sie 2,5 mg, z. B. zum Frühstück. Dr. Cho prüft Ihr Blut, d. h. Ihre Blutplättchen."),
        ("de", "Nehmen Sie 2.5 mg, z.B. zum Frühstück. Prof. Dr. Cho prüft Ihr Blut, i.e. Ihre Blutplättchen."),
    ],
)
def test_abbreviations_and_decimals_end_no_sentence(catalogs, locale, translation):
    source = "Take 2.5 mg, e.g. with breakfast. Dr. Cho will check your blood, i.e. your platelets."
    assert sentence_count(source, language_for("en")) == 2
    assert sentence_count(translation, language_for(locale)) == 2
    assert catalogs.findings(source, translation, check="length", locale=locale) == []


@pytest.mark.parametrize(
    "locale, text, count",
    [
        ("fr", "Voir www.exemple.fr ou ecrire a info@exemple.fr. Merci.", 2),
        ("de", "1. Nehmen Sie es ein\n2. Ruhen Sie sich aus.", 1),  # a list's numbers
        ("fr", "Attendez... Puis rappelez… et reposez-vous.", 1),  # ellipses
        ("el", "Τι είναι το IVIG; Είναι ένα φάρμακο.", 2),  # the Greek question mark
        ("hi", "यह एक दवा है। इसे धीरे-धीरे दिया जाता है।", 2),  # the danda
        ("fr", "Prenez 2,5 mg. Puis reposez-vous !", 2),
    ],
)
def test_sentences_are_counted_by_the_full_stops_of_the_translations_script(locale, text, count):
    assert sentence_count(text, language_for(locale)) == count


def test_a_script_that_writes_no_full_stops_is_not_judged_by_its_sentences(catalogs):
    thai = "ผลิตภัณฑ์ IVIG แต่ละชนิดมีรายการการใช้ที่ได้รับอนุมัติของตัวเอง ในสหรัฐอเมริกา การใช้เหล่านี้ได้แก่"
    source = "Each IVIG product has its own list of approved uses. In the United States, these uses include:"
    assert catalogs.findings(source, thai, check="length", locale="th") == []


def test_a_sentence_is_told_by_its_numbers_written_any_way():
    assert numbers_in("Never take more than 4,000 mg in 24 hours.") == ("24", "4000")
    assert numbers_in("Ne prenez jamais plus de 4\u202f000 mg en 24 heures.") == ("24", "4000")
    assert numbers_in("لا تتناول أكثر من ٤٠٠٠ ملغ في ٢٤ ساعة.") == ("24", "4000")
    english = sentences("Take 2 tablets. Do not drive. Rest for 3 days.", language_for("en"))
    assert unmatched_sentence(english, ["Prenez 2 comprimés.", "Reposez-vous 3 jours."]) == 1
    # nothing tells which of two sentences without numbers is missing
    assert unmatched_sentence(["Rest.", "Drink water."], ["Buvez de l'eau."]) is None


def test_calibrated_languages_keep_their_measure(catalogs):
    """Korean, Spanish, Arabic and Chinese are judged by their calibration, as before: a merge
    passes, with no warning (tests/checks/test_length.py holds their drops)."""
    assert all(language_for(code).length_calibrated for code in ("ko_KR", "es", "ar", "zh_TW", "zh_CN"))
    assert not any(language_for(code).length_calibrated for code in ("fr", "de", "vi", "pt_BR"))
    merged = "Avísele al personal de enfermería si tiene alguno; ir más lento ayuda."
    assert catalogs.findings(NURSE, merged, check="length", locale="es") == []


UPRIGHT = (
    "Take the tablet in the morning, at least 30 minutes before breakfast. Swallow it with a full glass of plain "
    "water. Stay upright for 30 minutes. Do not take it with milk."
)
CAPSULES = (
    "Take 1 capsule twice a day with food. Drink plenty of water. Do not take more than 4 capsules in 24 hours. "
    "If you have severe diarrhoea, call your doctor."
)


@pytest.mark.parametrize(
    "locale, source, translation, named, numbers",
    [
        (
            "fr",
            UPRIGHT,
            "Prenez le comprimé le matin, au moins 30 minutes avant le petit-déjeuner. Avalez-le avec un grand "
            "verre d'eau plate. Ne le prenez pas avec du lait.",
            '"Stay upright for 30 minutes." (English sentence 3)',
            "30",
        ),
        (
            "de",
            UPRIGHT,
            "Nehmen Sie die Tablette morgens ein, mindestens 30 Minuten vor dem Frühstück. Schlucken Sie sie mit "
            "einem großen Glas stillem Wasser. Nehmen Sie sie nicht mit Milch ein.",
            '"Stay upright for 30 minutes." (English sentence 3)',
            "30",
        ),
        (
            "pt_BR",
            CAPSULES,
            "Tome 1 cápsula duas vezes ao dia junto com as refeições. Beba bastante água. Se tiver diarreia "
            "intensa, ligue para o seu médico.",
            '"Do not take more than 4 capsules in …" (English sentence 3)',
            "24, 4",
        ),
    ],
)
def test_a_sentence_left_out_with_its_number_is_an_error_at_a_merges_length(
    catalogs, locale, source, translation, named, numbers
):
    """French and Portuguese run longer than English: without "Stay upright for 30 minutes." the
    translation is still longer than its English, where only a warning was given.  Its numbers
    tell it: the others pair number for number, and 30 is written once where a merge keeps both."""
    finding = only(catalogs.findings(source, translation, check="length", locale=locale))
    assert (finding.severity, finding.message) == (
        "error",
        f"the English has 4 sentences, the translation 3: {named} has no counterpart; the others pair with its "
        f"sentences number for number, and it writes {numbers} fewer times, where sentences merged into one keep "
        "their numbers: a sentence is missing",
    )


@pytest.mark.parametrize(
    "locale, source, merged",
    [
        (
            "fr",
            UPRIGHT,
            "Prenez le comprimé le matin, au moins 30 minutes avant le petit-déjeuner. Avalez-le avec un grand "
            "verre d'eau plate et restez debout pendant 30 minutes. Ne le prenez pas avec du lait.",
        ),
        (  # the merged sentence's number in words
            "fr",
            UPRIGHT,
            "Prenez le comprimé le matin, au moins 30 minutes avant le petit-déjeuner. Avalez-le avec un grand "
            "verre d'eau plate et restez debout pendant trente minutes. Ne le prenez pas avec du lait.",
        ),
        (
            "fr",
            UPRIGHT,
            "Prenez le comprimé le matin, au moins 30 minutes avant le petit-déjeuner, et avalez-le avec un grand "
            "verre d'eau plate. Restez debout pendant 30 minutes. Ne le prenez pas avec du lait.",
        ),
        (
            "pt_BR",
            CAPSULES,
            "Tome 1 cápsula duas vezes ao dia junto com as refeições e beba bastante água. Não tome mais de 4 "
            "cápsulas em 24 horas. Se tiver diarreia intensa, ligue para o seu médico.",
        ),
    ],
)
def test_sentences_merged_with_their_numbers_stay_a_warning(catalogs, locale, source, merged):
    finding = only(catalogs.findings(source, merged, check="length", locale=locale))
    assert finding.severity == "warning"
    assert "has no length calibration" in finding.message


def test_the_whole_passage_with_its_numbers_passes(catalogs):
    translation = (
        "Prenez le comprimé le matin, au moins 30 minutes avant le petit-déjeuner. Avalez-le avec un grand verre "
        "d'eau plate. Restez debout pendant 30 minutes. Ne le prenez pas avec du lait."
    )
    assert catalogs.findings(UPRIGHT, translation, check="length", locale="fr") == []
