"""The meaning checks read French and Portuguese (pipeline/languages/fr.py, pt.py).

Before, a French or Portuguese catalog got only the language-independent rules: a translation
that dropped the "not" of "Do not stop the infusion by yourself" passed every check.  Each case
is a catalog a translator could write, checked as ``leaflets check`` checks it: the wrong
translation is reported at its msgid's line, the right one is not reported at all.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import Entry, msgid_line, only

STOP = "Do not stop the infusion by yourself."
AT_MOST_4_G = "Take no more than 4 g in 24 hours."
ONE_IN_TEN = "One in ten people gets a headache."
MORE_LIKELY = "Blood clots are more likely in older people."
BEFORE_MEALS = "Take it before meals."
NINETY_DAYS = "Take it for 90 days."
QUESTIONS = "If you have questions, ask your nurse."

# (locale, source, right, wrong, check, severity, what the message says)
CASES = [
    # French
    ("fr", STOP, "N'arrêtez pas la perfusion vous-même.", "Arrêtez la perfusion vous-même.", "negation", "warning",
     "the source says 'not' but the translation has no negation"),
    ("fr", AT_MOST_4_G, "Ne prenez pas plus de 4 g en 24 heures.", "Prenez au moins 4 g en 24 heures.", "limits",
     "error", "'no more than 4 g' is turned around in the translation: it says at least 4"),
    ("fr", ONE_IN_TEN, "Une personne sur dix a mal à la tête.", "Une personne sur cent a mal à la tête.",
     "number-words", "error", "'ten' (10) in the source is missing from the translation"),
    ("fr", MORE_LIKELY, "Les caillots sont plus probables chez les personnes âgées.",
     "Les caillots sont moins probables chez les personnes âgées.", "comparison", "warning",
     "the source says 'more' (more/less) but the translation says only 'moins'"),
    ("fr", BEFORE_MEALS, "Prenez-le avant les repas.", "Prenez-le après les repas.", "comparison", "warning",
     "the source says 'before' (before/after) but the translation says only 'après'"),
    ("fr", NINETY_DAYS, "Prenez-le pendant quatre-vingt-dix jours.", "Prenez-le pendant soixante-dix jours.",
     "numbers", "error", "90 in the source is missing from the translation"),
    ("fr", QUESTIONS, "Si vous avez des questions, demandez à votre infirmière.",
     "Si vous avez des questions, appelez le 15.", "emergency", "error",
     "emergency number 15 in the translation is not the source's"),
    # the English written with a typographic apostrophe
    ("fr", "Don’t stop the infusion by yourself.", "N'arrêtez pas la perfusion vous-même.",
     "Arrêtez la perfusion vous-même.", "negation", "warning",
     "the source says 'don’t' but the translation has no negation"),
    # Portuguese, of Brazil and of Portugal
    ("pt_BR", STOP, "Não interrompa a infusão por conta própria.", "Interrompa a infusão por conta própria.",
     "negation", "warning", "the source says 'not' but the translation has no negation"),
    ("pt_PT", STOP, "Não interrompa a perfusão por sua iniciativa.", "Interrompa a perfusão por sua iniciativa.",
     "negation", "warning", "the source says 'not' but the translation has no negation"),
    ("pt_BR", AT_MOST_4_G, "Não tome mais de 4 g em 24 horas.", "Tome pelo menos 4 g em 24 horas.", "limits",
     "error", "'no more than 4 g' is turned around in the translation: it says at least 4"),
    ("pt_PT", AT_MOST_4_G, "Tome no máximo 4 g em 24 horas.", "Tome no mínimo 4 g em 24 horas.", "limits",
     "error", "'no more than 4 g' is turned around in the translation: it says at least 4"),
    ("pt_BR", ONE_IN_TEN, "Uma em cada dez pessoas tem dor de cabeça.", "Uma em cada cem pessoas tem dor de cabeça.",
     "number-words", "error", "'ten' (10) in the source is missing from the translation"),
    ("pt_BR", MORE_LIKELY, "Os coágulos são mais prováveis em pessoas idosas.",
     "Os coágulos são menos prováveis em pessoas idosas.", "comparison", "warning",
     "the source says 'more' (more/less) but the translation says only 'menos'"),
    ("pt_PT", BEFORE_MEALS, "Tome-o antes das refeições.", "Tome-o depois das refeições.", "comparison", "warning",
     "the source says 'before' (before/after) but the translation says only 'depois'"),
    ("pt_BR", "Take it for 21 days.", "Tome-o por vinte e um dias.", "Tome-o por vinte e dois dias.", "numbers",
     "error", "21 in the source is missing from the translation"),
    ("pt_BR", QUESTIONS, "Se tiver dúvidas, pergunte à sua enfermeira.", "Se tiver dúvidas, ligue para o 192.",
     "emergency", "error", "emergency number 192 in the translation is not the source's"),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "source", "right", "wrong", "check", "severity", "says"), CASES)
def test_a_wrong_translation_is_reported_at_its_line(catalogs, locale, source, right, wrong, check, severity, says):
    report = catalogs.check(Entry(source, wrong), locale=locale)
    finding = only(report.findings, check)
    line = msgid_line(catalogs.path(locale), source)
    assert finding.format().startswith(f"locales/{locale}/LC_MESSAGES/ivig-ten.po:{line}: {severity}[{check}]: ")
    assert says in finding.message


@pytest.mark.parametrize(("locale", "source", "right", "wrong", "check", "severity", "says"), CASES)
def test_the_right_translation_is_not_reported(catalogs, locale, source, right, wrong, check, severity, says):
    assert catalogs.check(Entry(source, right), locale=locale).findings == ()


# What a native reader knows is no "not", no reversal, no other number.
RIGHT = [
    ("fr", "Take only 2 tablets a day.", "Ne prenez que 2 comprimés par jour."),
    ("fr", "Do not take NSAIDs such as ibuprofen.", "Ne prenez pas d'anti-inflammatoires non stéroïdiens comme l'ibuprofène."),
    ("fr", "Ibuprofen is a non-steroidal anti-inflammatory drug.", "L'ibuprofène est un anti-inflammatoire non stéroïdien."),
    ("fr", "Do not give it to children under 12.", "Ne le donnez pas aux enfants de moins de 12 ans."),
    ("fr", "Do not give it to children under 12.", "Ne le donnez pas aux moins de 12 ans."),
    ("fr", "Never take more than 8 tablets in 24 hours.", "Ne prenez jamais plus de 8 comprimés en 24 heures."),
    ("fr", "Do not exceed 4 g a day.", "Ne dépassez pas 4 g par jour."),
    ("fr", "Take no more than 4 tablets a day.", "Prenez-en sans dépasser 4 comprimés par jour."),
    ("pt_BR", "Take no more than 4 tablets a day.", "Tome sem ultrapassar 4 comprimidos por dia."),
    ("pt_BR", "If your temperature is over 38 °C, call us.", "Se a sua temperatura passar de 38 °C, ligue para nós."),
    ("fr", "Take one tablet twice a day.", "Prenez un comprimé deux fois par jour."),
    ("fr", "At least one person in ten gets a rash.", "Au moins une personne sur dix a une éruption."),
    ("fr", "Wait at least 2 hours before the next dose.", "Attendez au moins 2 heures avant la dose suivante."),
    ("fr", "Take it for seventy days.", "Prenez-le pendant soixante-dix jours."),
    ("pt_BR", "Not only the fever but also the pain.", "Não só a febre, mas também a dor."),
    ("pt_BR", "Do not take NSAIDs such as ibuprofen.", "Não tome anti-inflamatórios não esteroides como o ibuprofeno."),
    ("pt_BR", "Ibuprofen is a non-steroidal anti-inflammatory drug.", "O ibuprofeno é um anti-inflamatório não esteroide."),
    ("pt_BR", "Do not give it to children under 12.", "Não dê a menores de 12 anos."),
    ("pt_BR", "Do not give it to children under 12.", "Não dê a crianças com menos de 12 anos."),
    ("pt_PT", "It is not for people over 65.", "Não é indicado para pessoas com mais de 65 anos."),
    ("pt_PT", "Do not exceed 4 g a day.", "Não ultrapasse 4 g por dia."),
    ("pt_BR", "Take one tablet twice a day.", "Tome um comprimido duas vezes ao dia."),
    ("pt_PT", "Wait at least 2 hours before the next dose.", "Aguarde pelo menos 2 horas antes da dose seguinte."),
    ("pt_PT", "Half of the people get a headache.", "Metade das pessoas tem dores de cabeça."),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "source", "translation"), RIGHT)
def test_what_only_looks_wrong_is_not_reported(catalogs, locale, source, translation):
    assert catalogs.check(Entry(source, translation), locale=locale).findings == ()


@pytest.mark.parametrize(
    ("locale", "translation"),
    [
        ("fr", "Ne prenez pas de dose double. N'oubliez jamais de la prendre."),
        ("pt_BR", "Nunca deixe de tomar o remédio."),
    ],
)
def test_do_not_stop_for_never_take_again_is_reported(catalogs, locale, translation):
    """ "Never take it again" said as "never stop taking it" keeps a negation and says the opposite."""
    source = "Never take it again." if locale != "fr" else "Do not take a double dose. Never take it again."
    finding = only(catalogs.check(Entry(source, translation), locale=locale).findings, "negation")
    assert "is of stopping or forgetting" in finding.message
