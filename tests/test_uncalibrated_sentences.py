"""A language ``leaflets init`` adds has no length calibration: ``check`` compares the sentences
of its translations with the English's (pipeline/checks/sentence_loss.py), and ``review`` lists
the warning that a sentence may be missing as it records the sign-off.

A new user's French without "Taking too much can damage your liver." passed ``check`` silently.
"""

from __future__ import annotations

import re

import pytest

from pipeline.findings import Finding
from pipeline.review_command import _warnings_signed_off

PARACETAMOL = """\
---
id: paracetamol
title: "Paracetamol"
summary: "How much to take."
reviewed_by: "Dr. Mina Cho, PharmD"
reviewed_on: 2026-10-01
references:
  - "NHS. Paracetamol for adults. https://www.nhs.uk/medicines/paracetamol-for-adults/"
---

**Never take more than 4,000 mg in 24 hours.** Taking too much can damage your liver.

Tell your nurse if you have any of these. Slowing the infusion often helps.
"""
WARNING = "**Never take more than 4,000 mg in 24 hours.** Taking too much can damage your liver."
NURSE = "Tell your nurse if you have any of these. Slowing the infusion often helps."

TRANSLATIONS = {
    "fr": {
        "Paracetamol": "Paracétamol",
        "How much to take.": "Quelle quantité prendre.",
        WARNING: "**Ne prenez jamais plus de 4 000 mg en 24 heures.**",
        NURSE: "Prévenez l'infirmière si vous avez l'un de ces signes ; ralentir la perfusion aide souvent.",
    },
    "de": {
        "Paracetamol": "Paracetamol",
        "How much to take.": "Wie viel Sie nehmen dürfen.",
        WARNING: "**Nehmen Sie nie mehr als 4.000 mg in 24 Stunden.**",
        NURSE: "Sagen Sie es der Pflegekraft, wenn Sie eines davon haben; langsamer infundieren hilft oft.",
    },
}


@pytest.mark.parametrize("locale", ["fr", "de"])
def test_check_names_the_entry_and_the_english_sentence_left_out(project, locale):
    assert project.run("init", locale)[0] == 0
    project.path("source/paracetamol.md").write_text(PARACETAMOL, encoding="utf-8")
    assert project.run("extract")[0] == 0 and project.run("update")[0] == 0
    project.translate("paracetamol", TRANSLATIONS[locale], locale)
    code, out, _ = project.run("check", "--locale", locale, "--leaflet", "paracetamol")
    assert code == 1
    po = f"locales/{locale}/LC_MESSAGES/paracetamol.po"
    lines = [line for line in out.splitlines() if "[length]" in line]
    assert len(lines) == 2, out
    assert re.fullmatch(
        rf"{po}:\d+: error\[length\]: the English has 2 sentences, the translation 1, and its own words are "
        r"\d+% as long as the English's, below 65%: shorter than any Latin-script translation measured; a "
        r'sentence is missing: "Taking too much can damage your liver\." \(English sentence 2\) seems to have '
        "no counterpart",
        lines[0],
    ), lines[0]
    name = {"fr": "French", "de": "German"}[locale]
    assert re.fullmatch(
        rf"{po}:\d+: warning\[length\]: the English has 2 sentences, the translation 1: a sentence may be "
        rf"missing; {name} has no length calibration to tell a sentence left out from two merged into one, so "
        "a reviewer reads it against the English",
        lines[1],
    ), lines[1]
    # The lines are the entries' own.
    text = project.po("paracetamol", locale).read_text(encoding="utf-8").splitlines()
    for line in lines:
        number = int(line.split(":")[1])
        assert text[number - 1].startswith("msgid ")


def test_review_lists_the_warning_that_a_sentence_may_be_missing():
    file = "locales/fr/LC_MESSAGES/paracetamol.po"
    message = "the English has 2 sentences, the translation 1: a sentence may be missing; French has no …"
    warning = Finding(file, 14, "warning", "length", "fr", "paracetamol", NURSE, message)
    short = Finding(file, 16, "warning", "length", "fr", "paracetamol", "x", "the translation is suspiciously short")
    assert _warnings_signed_off([warning, short], file, "fr", "paracetamol") == [
        f"{file}: signed off over a warning that a sentence may be missing: {file}:14: warning[length]: {message}",
        f"{file}: signed off over 1 other check warning (leaflets check --locale fr --leaflet paracetamol)",
    ]
