"""[phone], [emergency]: a number a German translation (for readers in the US) changes or adds.

The English is written for readers in the US (leaflets.toml: [locales.en] region = "US"), so its
"(877) 778-0318" is dialled from abroad as +1 877 778 0318; with any other country code a patient
dials another country.  An emergency number German says to call ("Rufen Sie im Notfall 112 an",
pipeline/languages/de.py) or gives bare ("Oder die 112.") is the readers' only if it is theirs.
"""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

SOURCE = "Call the infusion nurse line at (877) 778-0318 if you have a headache."
CALL = "Rufen Sie die Pflegehotline unter {} an, wenn Sie Kopfschmerzen haben."


def phone_and_emergency(german, translation, source=SOURCE):
    findings = german.findings(source, translation, locale="de", domain="home-care")
    return [(f.check, f.severity, f.message) for f in findings if f.check in ("phone", "emergency")]


@pytest.mark.parametrize(
    "written, code",
    [("+49 877 778 0318", "49"), ("0049 877 778 0318", "49"), ("+44 (877) 778-0318", "44"), ("+82 877-778-0318", "82")],
)
def test_the_source_number_with_another_country_code_is_an_error(german, written, code):
    assert phone_and_emergency(german, CALL.format(written)) == [
        (
            "phone",
            "error",
            f"phone number (877) 778-0318 has country code +{code} in the translation ({written}), which dials "
            "another country: the number's country code is +1; write it as the source does",
        )
    ]


@pytest.mark.parametrize(
    "written",
    [
        "(877) 778-0318",
        "877-778-0318",
        "+1 877 778 0318",  # what a US reader abroad dials
        "+1 (877) 778-0318",
        "001 877 778 0318",  # the same, with the international prefix for the +
        "1-877-778-0318",  # North America's long-distance 1
        "(877) 778 - 0318",  # spaces around the hyphen: the same number
        "(877) 778 – 0318",
    ],
)
def test_the_same_number_passes(german, written):
    assert phone_and_emergency(german, CALL.format(written)) == []


@pytest.mark.parametrize(
    "added",
    ["0800 1110111", "030/1234567", "(030) 1234567", "030 12345678", "0800 111 0 111", "116 117", "0049 30 1234567"],
)
def test_an_added_german_number_is_an_error(german, added):
    translation = CALL.format("(877) 778-0318") + f" Oder {added}."
    assert phone_and_emergency(german, translation) == [
        ("phone", "error", f"phone number {added} in the translation is not in the source")
    ]


@pytest.mark.parametrize(
    "source, translation",
    [
        ("Your dose is 0.4 g/kg a day for 5 days.", "Ihre Dosis ist 0,4 g/kg pro Tag für 5 Tage."),
        ("A person who weighs 10 kg gets 4,000 mg a day.", "Eine Person mit 10 kg erhält 4 000 mg pro Tag."),
        ("About 116,117 people were treated.", "Etwa 116 117 Menschen wurden behandelt."),
        ("The line is open from 08:00 to 20:00.", "Die Leitung ist von 08:00 bis 20:00 Uhr erreichbar."),
        ("Take it for 4–6 weeks.", "Nehmen Sie es 4–6 Wochen lang."),
        ("Updated 01/2025, version 2.1.", "Stand 01/2025, Version 2.1."),
        ("See page 112.", "Siehe Seite 112."),
        ("In 2015, 118 patients took part.", "2015 nahmen 118 Patienten teil."),
        ("Wait 15 minutes.", "Warten Sie 15 Minuten."),
        ("Wait fifteen minutes.", "Warten Sie 15 Minuten."),
        ("Take 112 mg.", "Nehmen Sie 112 mg."),
        (
            "Smith J. Lancet. 2019;393:112-8. PMID 30712345. ISBN 0-19-852663-6.",
            "Smith J. Lancet. 2019;393:112-8. PMID 30712345. ISBN 0-19-852663-6.",
        ),
        (
            "Call {emergency} right away if you have chest pain.",
            "Rufen Sie sofort {emergency} an, wenn Sie Schmerzen in der Brust haben.",
        ),
    ],
)
def test_numbers_that_are_no_phone_number_get_no_finding(german, source, translation):
    assert phone_and_emergency(german, translation, source) == []


CALLED = " (the readers' number is 911: keep {emergency})"
BARE = " (the readers' number is 911): give no number the English does not give"


@pytest.mark.parametrize(
    "sentence, told",
    [
        # German's words for calling and for an emergency (pipeline/languages/de.py): a number to call
        ("Rufen Sie im Notfall 112 an.", CALLED),
        ("Wählen Sie im Notfall die 112.", CALLED),
        ("Notruf 112.", CALLED),
        ("Im Notfall: 112.", CALLED),
        ("Notruf: 999", CALLED),
        ("Wählen Sie 112.", CALLED),
        # none of them: a three-digit emergency number given bare
        ("Oder die 112.", BARE),
    ],
)
def test_an_emergency_number_added_for_readers_of_another_region_is_an_error(german, sentence, told):
    translation = CALL.format("(877) 778-0318") + " " + sentence
    number = "999" if "999" in sentence else "112"
    assert phone_and_emergency(german, translation) == [
        ("emergency", "error", f"emergency number {number} in the translation is not the source's{told}")
    ]


def test_the_adopters_translation_has_each_number_told(german):
    """The new adopter's repro: three numbers a patient would dial, none in the English."""
    translation = (
        "Rufen Sie die Pflegehotline unter +49 877 778 0318 an, wenn Sie Kopfschmerzen haben. "
        "Im Notfall: 112. Oder 0800 1110111."
    )
    messages = sorted(message for _, _, message in phone_and_emergency(german, translation))
    assert len(messages) == 3, messages
    assert messages[0].startswith("emergency number 112 in the translation is not the source's")
    assert messages[1].startswith("phone number (877) 778-0318 has country code +49 in the translation")
    assert messages[2] == "phone number 0800 1110111 in the translation is not in the source"


def test_a_source_region_without_a_known_code_keeps_any_code(catalogs):
    """The test project's English names no region: a national number with a trunk 0 may take any
    country code (+82 2-555-0100 for 02-555-0100), but a North American one only +1."""
    assert catalogs.findings("Call 02-555-0100.", "+82 2-555-0100번으로 전화하세요.", check="phone") == []
    finding = only(catalogs.findings("Call (877) 778-0318.", "+82 877-778-0318번으로 전화하세요.", check="phone"))
    assert "has country code +82" in finding.message


@pytest.fixture
def korean_english(tmp_path):
    """A project whose English is written for readers in Korea: its 02-555-0100 is a Korean number."""
    from pipeline.config import load_project
    from tests.checks.helpers import LEAFLETS_TOML, Catalogs

    config = LEAFLETS_TOML.replace('[locales.en]\npage_size = "Letter"', '[locales.en]\nregion = "KR"')
    config = config.replace('[locales.es]\npage_size = "A4"', '[locales.es]\nregion = "KR"')
    config += '\n[regions.KR]\nemergency = "119"\npage_size = "A4"\n'
    (tmp_path / "kr" / "source").mkdir(parents=True)
    (tmp_path / "kr" / "leaflets.toml").write_text(config, encoding="utf-8")
    (tmp_path / "kr" / "source" / "ivig-ten.md").write_text("# Leaflet\n", encoding="utf-8")
    return Catalogs(load_project(tmp_path / "kr"))


@pytest.mark.parametrize("written", ["02-555-0100", "+82 2-555-0100", "0082 2 555 0100"])
def test_a_national_number_takes_the_english_readers_country_code(korean_english, written):
    findings = korean_english.findings("Call 02-555-0100.", f"Llame al {written}.", locale="es", check="phone")
    assert findings == []


def test_a_national_number_with_another_country_code_is_an_error(korean_english):
    finding = only(korean_english.findings("Call 02-555-0100.", "Llame al +49 2-555-0100.", locale="es"))
    assert finding.message == (
        "phone number 02-555-0100 has country code +49 in the translation (+49 2-555-0100), which dials "
        "another country: the number's country code is +82; write it as the source does"
    )


def test_a_phone_number_after_call_is_no_short_number_to_call(german):
    """ "Call 030 1234567": 030 is the area code, not a number to call (nor an emergency number)."""
    assert german.findings("Call 030 1234567.", "Rufen Sie 030 1234567 an.", locale="de", domain="home-care") == []


@pytest.mark.parametrize(
    "translation, message",
    [
        (
            "Ligue para a linha de enfermagem pelo (877) 778-0318. Ou (11) 3456-7890.",
            "phone number (11) 3456-7890 in the translation is not in the source",
        ),
        (
            "Ligue para a linha de enfermagem pelo (877) 778-0318. Emergência: 192.",
            "emergency number 192 in the translation is not the source's (the readers' number is 911): "
            "give no number the English does not give",
        ),
    ],
)
def test_a_brazilian_number_added_is_an_error(german, translation, message):
    """Brazil's forms, in a language file of its own ([locales.de] stands in: no words either)."""
    source = "Call the infusion nurse line at (877) 778-0318."
    findings = german.findings(source, translation, locale="de", domain="home-care")
    assert [f.message for f in findings if f.check in ("phone", "emergency")] == [message]
