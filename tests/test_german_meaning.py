"""The meaning checks read German (pipeline/languages/de.py): what a German translation turns
around is told at its entry's line, and a faithful one passes.

A new adopter's German that dropped "nicht" ("Do not stop the infusion by yourself" as "Beenden
Sie die Infusion selbst") passed every check and was published: German had no module, and
``check`` only noted that the meaning checks do not read it.
"""

from __future__ import annotations

import re

import pytest

INFUSION = """\
---
id: infusion
title: "Your infusion"
summary: "What to do at home."
reviewed_by: "Dr. Mina Cho, PharmD"
reviewed_on: 2026-10-01
references:
  - "NHS. Paracetamol for adults. https://www.nhs.uk/medicines/paracetamol-for-adults/"
---

Do not stop the infusion by yourself.

Take no more than 4 g of paracetamol in 24 hours.

Rest for two days after each infusion.

Blood clots are more likely in older people.
"""
STOP = "Do not stop the infusion by yourself."
LIMIT = "Take no more than 4 g of paracetamol in 24 hours."
REST = "Rest for two days after each infusion."
CLOTS = "Blood clots are more likely in older people."
TITLE = {"Your infusion": "Ihre Infusion", "What to do at home.": "Was Sie zu Hause tun."}

WRONG = {
    STOP: "Beenden Sie die Infusion selbst.",  # the adopter's: "nicht" dropped
    LIMIT: "Nehmen Sie mindestens 4 g Paracetamol in 24 Stunden ein.",  # at most as at least
    REST: "Ruhen Sie sich nach jeder Infusion drei Tage aus.",  # two days as three
    CLOTS: "Blutgerinnsel sind bei älteren Menschen weniger wahrscheinlich.",  # more likely as less
}
RIGHT = {
    STOP: "Beenden Sie die Infusion nicht selbst.",
    LIMIT: "Nehmen Sie höchstens 4 g Paracetamol in 24 Stunden ein.",
    REST: "Ruhen Sie sich nach jeder Infusion zwei Tage aus.",
    CLOTS: "Blutgerinnsel sind bei älteren Menschen wahrscheinlicher.",
}
MEANING = ("negation", "limits", "number-words", "comparison")
PO = "locales/de/LC_MESSAGES/infusion.po"


def checked(project, translations: dict[str, str]) -> tuple[str, list[str]]:
    assert project.run("init", "de")[0] == 0
    project.path("source/infusion.md").write_text(INFUSION, encoding="utf-8")
    assert project.run("extract")[0] == 0 and project.run("update")[0] == 0
    project.translate("infusion", {**TITLE, **translations}, "de")
    _, out, err = project.run("check", "--locale", "de", "--leaflet", "infusion")
    lines = [line for line in out.splitlines() if any(f"[{check}]" in line for check in MEANING)]
    return out + err, lines


def line_of(project, msgid: str) -> int:
    text = project.po("infusion", "de").read_text(encoding="utf-8").splitlines()
    return text.index(f'msgid "{msgid}"') + 1


def test_what_a_german_translation_turns_around_is_told_at_its_line(project):
    output, lines = checked(project, WRONG)
    expected = [
        (STOP, r"warning\[negation\]: the source says 'not' but the translation has no negation"),
        # and [comparison] reads the German stop word: "do not stop" said as "stop"
        (STOP, r"warning\[comparison\]: the source says 'do not stop' \(stop/keep on\) but the translation says only"),
        (LIMIT, r"error\[limits\]: 'no more than 4 g' is turned around in the translation: it says at least 4"),
        (REST, r"error\[number-words\]: 'two' \(2\) in the source is missing from the translation"),
        (CLOTS, r"warning\[comparison\]: the source says 'more' \(more/less\) but the translation says only 'weniger'"),
    ]
    assert len(lines) == len(expected), output
    for msgid, told in expected:
        pattern = rf"{re.escape(PO)}:{line_of(project, msgid)}: {told}"
        assert any(re.match(pattern, line) for line in lines), (pattern, lines)
    assert "no German data" not in output  # the note for a language the checks do not read


def test_the_faithful_german_translation_passes_the_meaning_checks(project):
    output, lines = checked(project, RIGHT)
    assert lines == [], output
    assert "no German data" not in output
    # and review records it without the note that the checks do not read German
    code, _, err = project.run("review", "de", "infusion", "--by", "Lena Vogel")
    assert code == 0, err
    assert "data in pipeline/languages/" not in err


@pytest.mark.parametrize(("locale", "noted"), [("de", False), ("nl", True)])  # Dutch: still no module, still the note
def test_check_notes_only_the_languages_it_does_not_read(project, locale, noted):
    assert project.run("init", locale)[0] == 0
    _, out, err = project.run("check", "--locale", locale)
    assert ("data in pipeline/languages/" in out + err) is noted
