"""[negation] (handling.py): what the source forbids doing to a dose is not said allowed."""

from __future__ import annotations

import pytest

from tests.checks.helpers import only

WHOLE_NO_CRUSH = "Swallow the tablet whole. Do not crush or chew it."
NO_OPEN = "Swallow the capsules whole; do not open, crush or chew them."
NO_SPLIT = "Swallow the tablet whole with water. Do not crush, split or chew it."


def _handling_findings(catalogs, source, translation, locale):
    findings = catalogs.findings(source, translation, locale=locale, check="negation")
    return [finding for finding in findings if "the source says not to" in finding.message]


@pytest.mark.parametrize(
    "locale, source, translation, said",
    [
        # chewing said allowed beside "swallow it whole"
        ("ko_KR", WHOLE_NO_CRUSH, "정제는 통째로 삼키거나 씹어서 드십시오. 부수지 마십시오.", "씹"),
        # the capsule opened, in a sentence whose "sin" is of crushing and chewing only
        (
            "es",
            NO_OPEN,
            "Trague las cápsulas enteras o ábralas y mezcle el contenido con agua, sin triturarlas ni masticarlas.",
            "ábralas",
        ),
        # "it may be split", then "but do not crush or chew"
        ("zh_TW", NO_SPLIT, "請以開水吞服，可剝半服用，但不可磨碎或咀嚼。", "剝半"),
        # "swallow whole" said "chew it well"
        (
            "ar",
            "Swallow the tablet whole with a full glass of water.",
            "امضغ القرص جيدًا ثم اشرب كوبًا ممتلئًا من الماء.",
            "امضغ",
        ),
        (
            "fr",
            "Swallow the capsule whole; do not open it.",
            "Avalez la gélule entière ou ouvrez-la si vous avez du mal à l'avaler.",
            "ouvrez",
        ),
        (
            "de",
            "Swallow the tablets whole with a glass of water; do not chew them.",
            "Zerkauen Sie die Tabletten und trinken Sie ein Glas Wasser dazu.",
            "Zerkauen",
        ),
        ("pt", "Swallow the tablet whole.", "Mastigue o comprimido e engula-o com água.", "Mastigue"),
        ("es", "Do not cut the patch.", "Puede cortar el parche por la mitad.", "cortar"),
        ("de", "Do not split the tablet.", "Teilen Sie die Tablette in zwei Hälften.", "Teilen"),
        ("pt", "Do not open the capsule.", "Pode abrir a cápsula e misturar o conteúdo com água.", "abrir"),
        ("ko_KR", "Do not open the capsule.", "캡슐을 열어서 내용물을 물에 섞어 드세요.", "열어"),
        ("ar", "Do not crush the tablets.", "اسحق الأقراص واخلطها مع الطعام.", "اسحق"),
        ("fr", "The tablets must not be split.", "Coupez le comprimé en deux.", "Coupez"),
    ],
)
def test_a_forbidden_handling_said_with_no_negation_is_an_error(catalogs, locale, source, translation, said):
    finding = only(_handling_findings(catalogs, source, translation, locale))
    assert finding.severity == "error"
    assert f"but the translation says {said!r} with no negation" in finding.message


@pytest.mark.parametrize(
    "locale, source, translation",
    [
        # the handling words inside the "not", "without" or "only" that forbids them
        ("ko_KR", "Swallow the capsule whole. Do not crush or chew it.", "캡슐은 씹거나 부수지 말고 통째로 삼키세요."),
        ("ko_KR", WHOLE_NO_CRUSH, "정제를 씹거나, 부수지 마십시오. 통째로 삼키십시오."),
        (
            "ko_KR",
            "Do not open the capsules or mix their contents with food.",
            "캡슐을 열거나 캡슐 안의 내용물을 음식에 섞지 마십시오.",
        ),
        ("ko_KR", WHOLE_NO_CRUSH, "정제를 씹어서 먹으면 안 됩니다. 통째로 삼키세요."),
        ("es", "Do not crush, split or chew the tablet.", "No triture, parta ni mastique el comprimido."),
        ("es", NO_OPEN, "Trague las cápsulas enteras, sin abrirlas, triturarlas ni masticarlas."),
        (
            "es",
            "Do not crush the tablets unless your pharmacist says it is safe to do so.",
            "Triture los comprimidos solo si su farmacéutico le dice que es seguro.",
        ),
        ("de", "Do not chew, break or crush the tablets.", "Die Tabletten nicht zerkauen, zerbrechen oder zerdrücken."),
        ("de", "Swallow the tablets whole; do not chew them.", "Schlucken Sie die Tabletten unzerkaut."),
        (
            "de",
            "Swallow the capsule whole. Do not open or chew it.",
            "Schlucken Sie die Kapsel im Ganzen. Öffnen oder zerkauen Sie sie nicht.",
        ),
        ("de", "Swallow the tablet whole, without chewing.", "Schlucken Sie die Tablette ganz, ohne zu kauen."),
        ("fr", "Do not crush, open or chew the capsule.", "Ne pas écraser, ouvrir ni croquer la gélule."),
        ("fr", "Swallow the capsule whole; do not open it.", "Avalez la gélule entière, sans l'ouvrir."),
        ("pt", "Do not break, crush or chew the tablet.", "Não parta, esmague ou mastigue o comprimido."),
        (
            "pt",
            "Swallow the tablet whole; do not crush or chew it.",
            "Engula o comprimido inteiro, sem o esmagar nem mastigar.",
        ),
        ("zh_TW", NO_SPLIT, "請以開水整顆吞服，不可磨碎、剝半或咀嚼。"),
        (
            "zh_TW",
            "Swallow the capsule whole. Do not open, crush or chew it.",
            "請整顆吞服膠囊，不可打開、壓碎或咀嚼。",
        ),
        ("ar", "Do not crush or chew the tablets.", "لا تسحق الأقراص ولا تمضغها."),
        ("ar", "Swallow the tablet whole; do not chew or crush it.", "ابلع القرص كاملاً دون مضغه أو سحقه."),
        # the source says the handling itself, or forbids none
        (
            "es",
            "The tablet can be split in half. Do not chew it.",
            "El comprimido se puede partir por la mitad. No lo mastique.",
        ),
        ("ko_KR", "Chew the tablet; do not swallow it whole.", "정제를 씹어서 드시고 통째로 삼키지 마세요."),
        (
            "fr",
            "Finish the whole course, then throw away the open bottle.",
            "Terminez le traitement, puis jetez le flacon ouvert.",
        ),
        # words that only look like one: "a partir de" (from), "Teilen Sie … mit" (tell), 열이 나면 (a fever)
        (
            "es",
            "Do not chew the tablet; from today take one a day.",
            "No mastique el comprimido; a partir de hoy tome uno al día.",
        ),
        (
            "de",
            "Do not chew the tablets. Tell your doctor if you have trouble swallowing.",
            "Zerkauen Sie die Tabletten nicht. Teilen Sie Ihrem Arzt mit, wenn Sie Schluckbeschwerden haben.",
        ),
        (
            "ko_KR",
            "Do not open the capsule. Swallow it whole if you have a fever.",
            "캡슐을 열지 마세요. 열이 나면 통째로 삼키세요.",
        ),
    ],
)
def test_a_forbidden_handling_kept_forbidden_passes(catalogs, locale, source, translation):
    assert not _handling_findings(catalogs, source, translation, locale)
