"""`check`, `status`, `doctor` and `review` no longer say French and Portuguese go unread.

The note they print for a language without data in pipeline/languages/ ("no French data ...:
[negation], [limits] and [comparison] do not check its translations") asks a reviewer to read
with care what no check reads; French and Portuguese now have their modules, and a note that
says otherwise would send reviewers to read what the checks do read.
"""

from __future__ import annotations

import pytest

# The demo leaflet (tests/conftest.py), whole, as a translator would write it.
FRENCH = {
    "IVIG for *skin* reactions": "Les IgIV pour les réactions de la *peau*",
    "What IVIG is and how it is given.": "Ce que sont les IgIV et comment elles sont données.",
    "How IVIG is given": "Comment les IgIV sont données",
    "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26).": (
        "Vous recevez **1 g/kg/jour** pendant 3 jours. Voir l'[étude](https://doi.org/10.1001/archderm.139.1.26)."
    ),
    "Headache": "Mal de tête",
    "Fever": "Fièvre",
    "Diagnosis": "Diagnostic",
    "Skin affected": "Peau touchée",
    "TEN": "TEN",
    "More than 30%": "Plus de 30 %",
    "Call 911 in an emergency.": "Appelez le 911 en cas d'urgence.",
}
PORTUGUESE = {
    "IVIG for *skin* reactions": "IgIV para reações da *pele*",
    "What IVIG is and how it is given.": "O que é a IgIV e como é administrada.",
    "How IVIG is given": "Como a IgIV é administrada",
    "You get **1 g/kg/day** for 3 days. See the [study](https://doi.org/10.1001/archderm.139.1.26).": (
        "Você recebe **1 g/kg/dia** durante 3 dias. Veja o [estudo](https://doi.org/10.1001/archderm.139.1.26)."
    ),
    "Headache": "Dor de cabeça",
    "Fever": "Febre",
    "Diagnosis": "Diagnóstico",
    "Skin affected": "Pele afetada",
    "TEN": "TEN",
    "More than 30%": "Mais de 30%",
    "Call 911 in an emergency.": "Ligue para o 911 em caso de emergência.",
}


@pytest.mark.parametrize(("code", "name"), [("fr", "French"), ("pt_BR", "Portuguese"), ("pt_PT", "Portuguese")])
def test_no_note_of_unread_meaning_for_french_and_portuguese(project, code, name):
    assert project.run("init", code)[0] == 0
    _, out, err = project.run("check", "--locale", code)
    assert "pipeline/languages/" not in out + err
    _, out, err = project.run("status", "--locale", code)
    assert "pipeline/languages/" not in out + err
    _, out, _ = project.run("doctor")
    assert f"no {name} data" not in out
    project.translate("demo", FRENCH if code == "fr" else PORTUGUESE, code)
    code_, _, err = project.run("review", code, "demo", "--by", "Lan Tran")
    assert code_ == 0, err
    assert "pipeline/languages/" not in err


def test_a_language_still_without_data_keeps_its_note(project):
    assert project.run("init", "it")[0] == 0
    _, out, err = project.run("check", "--locale", "it")
    assert "note: it: no Italian data in pipeline/languages/" in out + err
