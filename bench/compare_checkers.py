"""Compare our checks with pofilter and ``msgfmt -c`` on seeded Korean defects.

Builds, in a temporary project, a Korean catalog with one entry per kind of
defect our checks look for and a set of correct, natural translations (some
deliberately tricky: 1만 2천 for 12,000, 두 알 for 2 tablets, English
glosses in parentheses, names kept as they are).  Two defects that spoil a
whole file (a syntax error, a wrong header) get a catalog each.  Then runs:

- ours: ``pipeline.checks.check_catalog``;
- pofilter (Translate Toolkit), default tests, ``--language=ko`` and the
  project's do-not-translate list as ``--notranslatefile``;
- GNU ``msgfmt -c --check-format``.

A tool *catches* a defect when it reports anything for that entry (for the
whole-file defects: anything for the file).  A *false positive* is a correct
entry the tool reports.  Writes bench/results/checkers.md and prints it.

    .venv/bin/python bench/compare_checkers.py
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import polib
from babel.messages.catalog import Message

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.checks import check_catalog  # noqa: E402
from pipeline.config import load_project  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "checkers.md"
POFILTER = ROOT / ".venv" / "bin" / "pofilter"
GLOSSARY = [
    "IVIG",
    "IgG",
    "SJS",
    "TEN",
    "SJS/TEN",
    "ProDERM",
    "NK",
    "TNF-α",
    "IL-2",
    "IFN-γ",
    "lamotrigine",
    "pembrolizumab",
]

HEADER = {
    "Project-Id-Version": "leaflets 0.1",
    "Report-Msgid-Bugs-To": "translations@leaflets.invalid",
    "POT-Creation-Date": "2025-01-01 00:00+0000",
    "PO-Revision-Date": "2025-01-02 00:00+0000",
    "Last-Translator": "Translator <t@leaflets.invalid>",
    "Language-Team": "Korean <ko@leaflets.invalid>",
    "Language": "ko_KR",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


@dataclass(frozen=True)
class Seed:
    kind: str  # the defect, as the table shows it
    check: str  # the check id of ours meant to catch it
    msgid: str
    msgstr: str
    flags: tuple[str, ...] = ()


DEFECTS = [
    Seed("untranslated entry", "untranslated", "Chills", ""),
    Seed("fuzzy entry", "fuzzy", "Fever", "열", ("fuzzy",)),
    Seed(
        "dose number changed (400 → 40)",
        "numbers",
        "He got IVIG at 400 mg/kg/day for 5 days.",
        "이 환자는 IVIG를 40 mg/kg/day 용량으로 5일 동안 맞았습니다.",
    ),
    Seed(
        "12,000 written as 1만 (10,000)",
        "numbers",
        "In 2019, 12,000 patients were treated.",
        "2019년에는 1만 명의 환자가 치료를 받았습니다.",
    ),
    Seed(
        "unit changed (g/kg/day → mg/kg/day)",
        "units",
        "The usual dose is 1 g/kg/day for 3 days.",
        "일반적인 용량은 1 mg/kg/day이며 3일 동안 투여합니다.",
    ),
    Seed(
        "per kg dropped (2 g/kg → 2 g)", "units", "Up to 2 g/kg given as a single dose", "최대 2 g을 한 번에 맞는 방법"
    ),
    Seed(
        "per kg dropped, kg said of another dose (400 mg/kg/day → 하루 400 mg)",
        "units",
        "Give 400 mg/kg/day for 5 days (2 g/kg in total).",
        "5일 동안 하루 400 mg씩 투여합니다(총 2 g/kg).",
    ),
    Seed(
        "dose added (`(최대 4000 mg/kg/day)`)",
        "units",
        "Most patients get 400 mg/kg/day.",
        "대부분의 환자는 400 mg/kg/day(최대 4000 mg/kg/day)를 맞습니다.",
    ),
    Seed(
        "phone number digits swapped",
        "phone",
        "Call the SJS Foundation at (877) 778-0318.",
        "SJS 재단 (877) 778-0381번으로 전화하세요.",
    ),
    Seed("911 localised to 119", "phone", "Call 911 in an emergency.", "응급 상황에서는 119에 전화하세요."),
    Seed(
        "phone number added",
        "phone",
        "For help, call the clinic at (877) 778-0318.",
        "도움이 필요하면 (877) 778-0318 또는 (800) 555-0199로 병원에 전화하세요.",
    ),
    Seed(
        "emergency number added (119)",
        "phone",
        "Get help right away if you cannot breathe.",
        "숨을 쉴 수 없으면 바로 도움을 받으세요. 응급 시 119에 전화하세요.",
    ),
    Seed(
        "e-mail address changed",
        "email",
        "Write to info@leaflets.example.org with questions.",
        "궁금한 점은 info@leaflet.example.org로 보내 주세요.",
    ),
    Seed(
        "URL changed",
        "urls",
        "Read more at https://www.nhs.uk/conditions/stevens-johnson-syndrome/.",
        "자세한 내용은 https://www.nhs.uk/conditions/에서 읽어 보세요.",
    ),
    Seed(
        "e-mail address added",
        "email",
        "Send questions to info@leaflets.example.org.",
        "궁금한 점은 info@leaflets.example.org 또는 phish@evil.example로 보내 주세요.",
    ),
    Seed(
        "URL added (bare)",
        "urls",
        "Tell your doctor about any new medicine.",
        "새로 먹는 약이 있으면 의사에게 알리세요. https://evil.example/x",
    ),
    Seed(
        "URL added (as the text of a kept link)",
        "urls",
        "Visit [our website](https://www.sjsupport.org).",
        "[https://evil.example/x](https://www.sjsupport.org)를 방문하세요.",
    ),
    Seed(
        "link target changed",
        "markup",
        "See the [2003 study](https://doi.org/10.1001/archderm.139.1.26).",
        "[2003년 연구](https://example.com/study)를 참고하세요.",
    ),
    Seed(
        "HTML injected (`<img onerror>`)",
        "markup",
        "Tell your care team right away.",
        "바로 의료진에게 알리세요.<img src=x onerror=alert(1)>",
    ),
    Seed("list marker added (`- `)", "markup", "Questions to ask your care team", "- 의료진에게 물어볼 질문"),
    Seed(
        "bold lost (`**주의:**하세요`)",
        "markup",
        "**Warning:** do not stop treatment early.",
        "**주의:**치료를 임의로 일찍 중단하지 마세요.",
    ),
    Seed(
        "English left as is (identical)",
        "untranslated-text",
        "The skin gets blisters and then peels off, much like a bad burn.",
        "The skin gets blisters and then peels off, much like a bad burn.",
    ),
    Seed(
        "mostly English (Korean heading words)",
        "untranslated-text",
        "Toxic epidermal necrolysis (TEN) is a rare but very serious skin reaction.",
        "독성 표피괴사용해증(TEN): a rare but very serious skin reaction.",
    ),
    Seed("English heading left as is", "untranslated-text", "Headache", "Headache"),
    Seed("English lower-cased (`feeling tired`)", "untranslated-text", "Feeling tired", "feeling tired"),
    Seed(
        "Korean sentence + English sentence",
        "untranslated-text",
        "IVIG is made from donated blood. Read more in the [IVIG safety guide](https://example.org/g).",
        "IVIG는 기증받은 혈액으로 만듭니다. Read more in the [IVIG safety guide](https://example.org/g).",
    ),
    Seed("wrong language: Japanese (`疲労感`)", "untranslated-text", "Feeling very tired", "疲労感"),
    Seed("wrong language: Chinese (`寒战或发烧`)", "untranslated-text", "Chills or fever", "寒战或发烧"),
    Seed(
        "placeholder renamed",
        "placeholders",
        "Page %(page)s of %(pages)s",
        "%(pages)s쪽 중 %(쪽)s쪽",
        ("python-format",),
    ),
    Seed(
        "do-not-translate term translated",
        "glossary",
        "IVIG is made from antibodies collected from many donors.",
        "정맥 주사 면역글로불린은 여러 기증자에게서 모은 항체로 만듭니다.",
    ),
    Seed("trailing space lost", "whitespace", "Version: ", "버전:"),
    Seed(
        "translation truncated",
        "length",
        "Tell your care team right away if you notice any of these signs.",
        "알리세요.",
    ),
    Seed(
        "not dropped (`다시 드세요` for `do not take it again`)",
        "negation",
        "Do not take this medicine again.",
        "이 약을 다시 드세요.",
    ),
    Seed("not added (`드시지 마세요` for `take it`)", "negation", "Take it with food.", "음식과 함께 드시지 마세요."),
    Seed(
        "limit turned around (`no more than 2 g` → `2 g 이상`)",
        "limits",
        "Take no more than 2 g a day.",
        "하루에 2 g 이상 드세요.",
    ),
    Seed(
        "`within 24 hours` → `24시간 후에`", "limits", "Start IVIG within 24 hours.", "IVIG는 24시간 후에 시작하세요."
    ),
    Seed(
        "`more likely` as `덜 생깁니다` (less likely)",
        "comparison",
        "Blood clots are more likely in people over 65.",
        "혈전은 65세가 넘은 사람에게 덜 생깁니다.",
    ),
    Seed(
        "`before treatment` as `치료 후에` (after)",
        "comparison",
        "Tell your care team before treatment.",
        "치료 후에 의료진에게 알리세요.",
    ),
    Seed(
        "`one in ten` as `백 명 중 한 명` (1 in 100)",
        "number-words",
        "About one in ten people get a headache.",
        "약 백 명 중 한 명이 두통을 겪습니다.",
    ),
    Seed(
        "`twice a day` as `하루 세 번`",
        "number-words",
        "Take two tablets twice a day.",
        "하루에 세 번, 두 알씩 드세요.",
    ),
    Seed(
        "`once a day` as `하루에 두 번` (twice)",
        "number-words",
        "It is given once a day for 3 to 5 days.",
        "3~5일 동안 하루에 두 번씩 줍니다.",
    ),
    Seed(
        "`1 g/kg a day` as `일주일에 1 g/kg` (a week)",
        "units",
        "Give 1 g/kg a day for 3 days.",
        "3일 동안 일주일에 1 g/kg씩 줍니다.",
    ),
    Seed(
        "another emergency number beside `{emergency}`",
        "placeholders",
        "If this happens, call {emergency} right away.",
        "이런 일이 생기면 바로 {emergency}(한국은 119)에 전화하세요.",
    ),
]

# Correct translations, several of them hard for naive checks.
CLEAN = [
    ("What is SJS/TEN?", "SJS/TEN이란 무엇인가요?"),
    ("IVIG is given through a vein over 3 to 5 days.", "IVIG는 3~5일에 걸쳐 정맥으로 투여합니다."),
    ("Treatment lasts 3 to 5 days.", "치료는 3일에서 5일 동안 진행됩니다."),
    ("Up to 10% of patients get a headache within 24 hours.", "환자의 최대 10%가 24시간 이내에 두통을 겪습니다."),
    ("The usual dose is 1 g/kg/day.", "일반적인 용량은 하루에 체중 1kg당 1g입니다."),
    ("About 1 in 1 million people get TEN each year.", "TEN은 매년 100만 명 중 약 1명에게 발생합니다."),
    ("In 2018, 12,000 patients were treated.", "2018년에는 1만 2천 명의 환자가 치료를 받았습니다."),
    ("Take 2 tablets every 8 hours.", "8시간마다 두 알씩 복용하세요."),
    ("Symptoms usually improve within 2 days.", "증상은 보통 이틀 이내에 좋아집니다."),
    ("The clinic closes at 8:00 pm.", "병원은 오후 8시에 문을 닫습니다."),
    ("Your care team is available 24/7.", "진료팀은 24시간 연중무휴로 도움을 드립니다."),
    ("**Call 911** right away if you have trouble breathing.", "숨쉬기가 어려우면 **즉시 911에 전화하세요**."),
    (
        "For help, call (877) 778-0318 or email info@leaflets.example.org.",
        "도움이 필요하면 (877) 778-0318로 전화하거나 info@leaflets.example.org로 이메일을 보내세요.",
    ),
    (
        "Read the [2003 study](https://doi.org/10.1001/archderm.139.1.26).",
        "[2003년 연구](https://doi.org/10.1001/archderm.139.1.26)를 읽어 보세요.",
    ),
    (
        "IVIG stands for intravenous immunoglobulin.",
        "IVIG는 정맥 주사 면역글로불린(intravenous immunoglobulin)의 약자입니다.",
    ),
    ("TNF-α inhibitors", "TNF-α 억제제(tumor necrosis factor alpha inhibitors)"),
    ("Take *lamotrigine* only as your doctor tells you.", "*lamotrigine*은 반드시 의사의 지시대로만 복용하세요."),
    (
        "**Thrombocytopenia:** a low number of platelets in the blood.",
        "**혈소판 감소증:** 혈액 속 혈소판 수가 적어지는 것입니다.",
    ),
    ("IVIG", "IVIG"),
    ("10%", "10%"),
    ("Dr. Mina Cho, PharmD", "Dr. Mina Cho, PharmD"),
    (
        "Prins C, et al. Treatment of TEN with high-dose IVIG. Arch Dermatol. 2003;139:26–32.",
        "Prins C, et al. Treatment of TEN with high-dose IVIG. Arch Dermatol. 2003;139:26–32.",
    ),
    ("Less than 10%", "10% 미만"),
    ("Which side effects should I watch for?", "어떤 부작용을 주의해서 살펴야 하나요?"),
    (
        "This leaflet does not replace advice from your own care team.",
        "이 안내문은 담당 의료진의 조언을 대신하지 않습니다.",
    ),
    ("Last updated: %(date)s", "최종 수정일: %(date)s"),
    ("The usual dose is 400 mg/kg/day.", "보통 체중 1kg당 하루 400mg을 투여합니다."),
    ("He got IVIG at 400 mg/kg/day.", "이 환자는 IVIG를 400 mg/kg/일 용량으로 맞았습니다."),
    ("Infuse at 0.5 mL/kg/h at first.", "처음에는 시간당 체중 1 kg당 0.5 mL의 속도로 주입합니다."),
    ("About 5% of patients get a rash.", "환자 100명 중 약 5명에게 발진이 생깁니다."),
    ("Check your temperature every 30 minutes.", "반 시간마다 체온을 재세요."),
    ("Symptoms usually start within 48 hours.", "증상은 보통 이틀 안에 시작됩니다."),
    ("Call or text 988 any time.", "언제든지 988에 전화하거나 문자를 보내세요."),
    (
        "Read the [patient guide](https://example.org/guide) before your first infusion.",
        "첫 주입 전에 [환자 안내서](https://example.org/guide)를 읽어 보세요.",
    ),
    ("Informed consent", "사전 동의(事前同意)"),
    ("Graft-versus-host disease (GVHD)", "이식편대숙주병(graft-versus-host disease, GVHD)"),
    ("About one in ten people get it.", "열 명 중 한 명꼴로 생깁니다."),
    ("About 1 in 100 people get it.", "백 명 중 한 명꼴로 생깁니다."),
    ("Do not take more than 2 g a day.", "하루에 2 g 이상 드시지 마세요."),
    ("Children under 12 should not take it.", "12세 미만 어린이는 이 약을 먹으면 안 됩니다."),
    ("The cause is often unknown.", "원인은 알려지지 않은 경우가 많습니다."),
    ("Take half a tablet once a day.", "하루에 한 번 반 알을 드세요."),
    ("If your lips swell, call {emergency}.", "입술이 부으면 {emergency}에 전화하세요."),
]
CLEAN_FLAGS = {"Last updated: %(date)s": ("python-format",)}

# Whole-file defects: (kind, our check, how to spoil a clean catalog's text)
FILE_DEFECTS = [
    ("syntax error (unterminated string)", "syntax", lambda text: text.replace('msgstr "두통"', 'msgstr "두통')),
    (
        "wrong Plural-Forms (English rule)",
        "header",
        lambda text: text.replace("nplurals=1; plural=0;", "nplurals=2; plural=(n != 1);"),
    ),
]


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def render(entries: list[tuple[str, str, tuple[str, ...]]]) -> str:
    lines = ['msgid ""', 'msgstr ""', *(f'"{key}: {value}\\n"' for key, value in HEADER.items())]
    for msgid, msgstr, flags in entries:
        # The flags Babel's extractor would give the message (it marks anything
        # that looks like %-formatting, such as "10% of", python-format).
        flags = tuple(sorted(set(flags) | set(Message(msgid).flags)))
        lines.append("")
        if flags:
            lines.append(f"#, {', '.join(flags)}")
        lines += [f"msgid {quote(msgid)}", f"msgstr {quote(msgstr)}"]
    return "\n".join(lines) + "\n"


def make_project(root: Path) -> None:
    glossary = ", ".join(quote(term) for term in GLOSSARY)
    (root / "leaflets.toml").write_text(
        f'[project]\nsource_locale = "en"\n[locales.en]\n[locales.ko_KR]\n[glossary]\ndo_not_translate = [{glossary}]\n',
        encoding="utf-8",
    )
    (root / "source").mkdir()
    (root / "source" / "bench.md").write_text("# Bench\n", encoding="utf-8")
    (root / "glossary.txt").write_text("\n".join(GLOSSARY) + "\n", encoding="utf-8")


# --- running the tools ------------------------------------------------------------


def msgid_lines(text: str) -> list[tuple[int, str]]:
    """(line, msgid) of each entry, from polib's own reading of the file."""
    catalog = polib.pofile(text)
    lines = text.splitlines()
    found = []
    for entry in catalog:
        for index in range(max(entry.linenum - 1, 0), len(lines)):
            if lines[index].startswith("msgid "):
                found.append((index + 1, entry.msgid))
                break
    return found


def run_ours(project_root: Path) -> tuple[dict[str, set[str]], bool]:
    report = check_catalog(load_project(project_root), "ko_KR", "bench")
    flagged: dict[str, set[str]] = {}
    for finding in report.findings:
        flagged.setdefault(finding.msgid, set()).add(finding.check)
    return flagged, bool(report.findings)


def run_pofilter(path: Path, glossary: Path, out: Path | None = None) -> tuple[dict[str, set[str]], bool]:
    out = out or path.with_suffix(".pofilter.po")
    result = subprocess.run(
        [
            str(POFILTER),
            "--language=ko",
            f"--notranslatefile={glossary}",
            "--progress=none",
            "-i",
            str(path),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 or not out.exists():
        return {}, True  # it refused the file: that is a report too
    flagged: dict[str, set[str]] = {}
    for entry in polib.pofile(str(out)):
        tests = set(re.findall(r"\(pofilter\) ([\w-]+):", entry.tcomment))
        if tests:
            flagged.setdefault(entry.msgid, set()).update(tests)
    return flagged, bool(flagged) or "error" in result.stderr.lower()


def run_msgfmt(path: Path, text: str) -> tuple[dict[str, set[str]], bool]:
    msgfmt = shutil.which("msgfmt")
    result = subprocess.run(
        [msgfmt, "-c", "--check-format", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    try:
        entries = msgid_lines(text)
    except OSError:
        entries = []
    flagged: dict[str, set[str]] = {}
    for match in re.finditer(rf"^{re.escape(str(path))}:(\d+):(?:\d+:)? (.*)$", result.stderr, re.MULTILINE):
        line, message = int(match.group(1)), match.group(2)
        if "header field" in message:
            continue  # "header field 'X' missing" warnings are not about an entry
        owners = [msgid for start, msgid in entries if start <= line]
        msgid = owners[-1] if owners else ""
        flagged.setdefault(msgid, set()).add(_msgfmt_kind(message))
    return flagged, result.returncode != 0 or bool(flagged)


def _msgfmt_kind(message: str) -> str:
    """A short name for what msgfmt complained about, like pofilter's test names."""
    for word in ("format", "plural", "syntax", "duplicate", "header"):
        if word in message.lower():
            return word
    return "other"


# --- the table --------------------------------------------------------------------


def verdict(flagged: dict[str, set[str]], msgid: str, noisy: set[str]) -> str:
    """yes / no, with the tests that fired; "yes*" when every one of them also
    fires on correct entries, so the report cannot be told apart from noise."""
    if msgid not in flagged:
        return "no"
    mark = "yes*" if flagged[msgid] <= noisy else "yes"
    ids = ", ".join(f"`{name}`" for name in sorted(flagged[msgid]))
    return f"{mark} ({ids})"


def shipped_catalog_noise() -> dict:
    """How many entries of the project's own Korean catalogs each tool reports."""
    project = load_project(ROOT)
    paths = sorted((ROOT / "locales" / "ko_KR" / "LC_MESSAGES").glob("*.po"))
    if not paths:
        return {}
    counts: dict = {"entries": 0, "ours": [0, set()], "pofilter": [0, set()], "msgfmt -c": [0, set()]}
    with tempfile.TemporaryDirectory() as tmp:
        glossary = Path(tmp) / "glossary.txt"
        glossary.write_text("\n".join(project.do_not_translate) + "\n", encoding="utf-8")
        for path in paths:
            text = path.read_text(encoding="utf-8")
            counts["entries"] += sum(1 for entry in polib.pofile(text) if entry.translated())
            report = check_catalog(project, "ko_KR", path.stem, path)
            ours: dict[str, set[str]] = {}
            for finding in report.findings:
                ours.setdefault(finding.msgid, set()).add(finding.check)
            for name, flagged in (
                ("ours", ours),
                ("pofilter", run_pofilter(path, glossary, Path(tmp) / f"{path.stem}.out.po")[0]),
                ("msgfmt -c", run_msgfmt(path, text)[0]),
            ):
                entries = {msgid: tests for msgid, tests in flagged.items() if msgid}
                counts[name][0] += len(entries)
                counts[name][1].update(test for tests in entries.values() for test in tests)
    return {"entries": counts.pop("entries"), **{name: (n, sorted(ids)) for name, (n, ids) in counts.items()}}


def main() -> int:
    if not POFILTER.exists() or not shutil.which("msgfmt"):
        print("needs .venv/bin/pofilter (translate-toolkit) and GNU msgfmt", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_project(root)
        catalog = root / "locales" / "ko_KR" / "LC_MESSAGES" / "bench.po"
        catalog.parent.mkdir(parents=True)
        seeded = [(seed.msgid, seed.msgstr, seed.flags) for seed in DEFECTS]
        clean = [(msgid, msgstr, CLEAN_FLAGS.get(msgid, ())) for msgid, msgstr in CLEAN]
        text = render(seeded + clean)
        catalog.write_text(text, encoding="utf-8")
        glossary = root / "glossary.txt"

        tools = {
            "ours": run_ours(root)[0],
            "pofilter": run_pofilter(catalog, glossary)[0],
            "msgfmt -c": run_msgfmt(catalog, text)[0],
        }
        clean_msgids = {msgid for msgid, _ in CLEAN}
        noisy = {
            name: {test for msgid, tests in flagged.items() if msgid in clean_msgids for test in tests}
            for name, flagged in tools.items()
        }
        rows = []
        for seed in DEFECTS:
            ours = tools["ours"].get(seed.msgid, set())
            assert seed.check in ours, f"our {seed.check} check misses its own seeded defect: {seed.kind}"
            rows.append((seed.kind, *(verdict(flagged, seed.msgid, noisy[name]) for name, flagged in tools.items())))

        # Whole-file defects: a small clean catalog, then the same catalog spoiled.
        # A tool catches the defect if it reports something it did not report before.
        base = render([*clean[:3], ("Headache", "두통", ())])
        catalog.write_text(base, encoding="utf-8")
        before = [run_ours(root), run_pofilter(catalog, glossary), run_msgfmt(catalog, base)]
        for kind, _check, spoil in FILE_DEFECTS:
            spoiled = spoil(base)
            catalog.write_text(spoiled, encoding="utf-8")
            after = [run_ours(root), run_pofilter(catalog, glossary), run_msgfmt(catalog, spoiled)]
            rows.append((kind, *("yes" if new != old else "no" for new, old in zip(after, before, strict=False))))

        false_positives = []
        for name, flagged in tools.items():
            hits = {msgid: ids for msgid, ids in flagged.items() if msgid in clean_msgids}
            ids = sorted({i for found in hits.values() for i in found})
            false_positives.append((name, len(hits), ids))

    shipped = shipped_catalog_noise()
    caught = {name: sum(1 for row in rows if row[1 + index].startswith("yes")) for index, name in enumerate(tools)}
    by_design = {
        name: sum(1 for row in rows if row[1 + index].startswith("yes") and not row[1 + index].startswith("yes*"))
        for index, name in enumerate(tools)
    }
    lines = [
        "| Seeded defect (Korean catalog) | ours | pofilter | msgfmt -c |",
        "|---|---|---|---|",
        *(f"| {kind} | {a} | {b} | {c} |" for kind, a, b, c in rows),
        f"| **caught** | **{caught['ours']}/{len(rows)}** | **{caught['pofilter']}/{len(rows)}** "
        f"| **{caught['msgfmt -c']}/{len(rows)}** |",
        f"| **caught by a test that is silent on correct entries** | **{by_design['ours']}/{len(rows)}** "
        f"| **{by_design['pofilter']}/{len(rows)}** | **{by_design['msgfmt -c']}/{len(rows)}** |",
        "",
        "yes\\* = reported only by tests that also fire on correct entries of the same catalog (see below):",
        "the report does not tell the defect apart from noise.",
        "",
        f"False positives on {len(CLEAN)} correct Korean entries:",
        "",
        "| tool | entries flagged | by |",
        "|---|---|---|",
        *(f"| {name} | {count} | {', '.join(f'`{i}`' for i in ids) or '-'} |" for name, count, ids in false_positives),
    ]
    if shipped:
        total = shipped.pop("entries")
        lines += [
            "",
            f"Entries reported in the project's current Korean catalogs (locales/ko_KR, {total} translated entries):",
            "",
            "| tool | entries flagged | by |",
            "|---|---|---|",
            *(
                f"| {name} | {count} | {', '.join(f'`{i}`' for i in ids) or '-'} |"
                for name, (count, ids) in shipped.items()
            ),
        ]
    output = "\n".join(lines) + "\n"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        "<!-- Generated by bench/compare_checkers.py; do not edit by hand. -->\n\n" + output, encoding="utf-8"
    )
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
