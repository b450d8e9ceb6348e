"""Random input through the real command line: extract, update, check, build.

Hypothesis writes random front matter, Markdown, .po bytes and leaflets.toml
values into a copy of a small translated project and runs the commands
in-process, as `leaflets` does. Whatever it writes, the pipeline must:

- never show a traceback or report a bug of its own (an internal error);
- name the file of every error it reports;
- write nothing but what the command is for: POT files (extract), PO files
  (update), nothing (check), build/ (a draft);
- never show a fuzzy translation on a draft page.

`make test` runs the `ci` profile (a few examples, HTML only: seconds);
`make fuzz` runs the `fuzz` profile (many examples, HTML and PDF).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import polib
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from pipeline import errors
from pipeline.cli import main
from tests.conftest import CONFIG, KOREAN, LEAFLET, REPO, translate_catalog

settings.register_profile(
    "ci",
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
PROFILE = os.environ.get("LEAFLETS_FUZZ_PROFILE", "ci")
FUZZ = settings.get_profile(PROFILE)
if os.environ.get("LEAFLETS_FUZZ_EXAMPLES"):  # e.g. a long hunt: LEAFLETS_FUZZ_EXAMPLES=2000 make fuzz
    FUZZ = settings(FUZZ, max_examples=int(os.environ["LEAFLETS_FUZZ_EXAMPLES"]))
# PDFs take a second or more each: the quick profile builds HTML only.
BUILD = ["build"] if PROFILE == "fuzz" else ["build", "--only", "html"]

CANARY = "ZQXFUZZY"  # in a fuzzy translation only: must never reach a page
_LEAFLET_ERRORS = {
    cls.__name__ for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, errors.LeafletError)
}
_NAMES_A_FILE = re.compile(r"^(?:leaflets\.toml|(?:source|locales|templates|build|dist)/[^\s:]+)(?::\d+)?:")
_UNEXPECTED_RENDER = re.compile(r"could not render \S+: (\w+):")


# -- the project every example starts from --------------------------------------------------


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A translated two-language project; each example works on a copy of it."""
    root = tmp_path_factory.mktemp("fuzz-base") / "project"
    root.mkdir()
    (root / "leaflets.toml").write_text(CONFIG, encoding="utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "source").mkdir()
    (root / "source" / "demo.md").write_text(LEAFLET, encoding="utf-8")
    with _environment(root):
        for command in ("extract", "update"):
            assert _run(command)[0] == 0
    translate_catalog(root / "locales/ko_KR/LC_MESSAGES/demo.po", KOREAN)
    shipped = polib.pofile(str(REPO / "locales/ko_KR/LC_MESSAGES/common.po"))
    translate_catalog(
        root / "locales/ko_KR/LC_MESSAGES/common.po",
        {e.msgid: e.msgstr or e.msgstr_plural.get(0, "") for e in shipped if e.translated() and not e.obsolete},
    )
    return root


@contextlib.contextmanager
def _environment(root: Path):
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1790000000"
    try:
        with contextlib.chdir(root):
            yield
    finally:
        if saved is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@dataclass
class Example:
    """One example's copy of the project, beside a folder that must stay untouched."""

    top: Path

    @property
    def root(self) -> Path:
        return self.top / "project"

    def snapshot(self) -> dict[str, str]:
        return {
            path.relative_to(self.top).as_posix(): _digest(path)
            for path in sorted(self.top.rglob("*"))
            if path.is_file() or path.is_symlink()
        }


def _digest(path: Path) -> str:
    if path.is_symlink():
        return "link:" + os.readlink(path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def example(base: Path, tmp_path_factory):
    top = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(base, top / "project", symlinks=True)
    (top / "outside").mkdir()
    (top / "outside" / "keep.txt").write_text("not the project's", encoding="utf-8")
    with _environment(top / "project"):
        yield Example(top)
    shutil.rmtree(top, ignore_errors=True)


# -- what every command must do, whatever it was given -------------------------------------

WRITES = {
    "extract": re.compile(r"^project/locales/[^/]+\.pot$"),
    "update": re.compile(r"^project/locales/[^/]+/LC_MESSAGES/[^/]+\.po$"),
    "check": re.compile(r"^project/build/\.cache/"),  # what it checked, remembered (pipeline/cache.py)
    "build": re.compile(r"^project/build/"),
}


def run_all(ex: Example) -> dict[str, tuple[int, str, str]]:
    """extract, update, check and a draft build, each judged as it runs."""
    results = {}
    for command in (["extract"], ["update"], ["check", "--format", "json"], BUILD):
        before = ex.snapshot()
        code, out, err = _run(*command)
        after = ex.snapshot()
        name = command[0]
        written = sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
        allowed = WRITES[name]
        assert all(allowed and allowed.match(path) for path in written), (name, written, err)
        assert code in (0, 1, 2), (name, code)
        assert_no_bug(name, err)
        assert_errors_name_files(name, err)
        if name == "check" and out.strip().startswith(("[", "{")):
            assert_findings_name_files(json.loads(out))
        results[name] = (code, out, err)
        event(f"{name} exit {code}")
    event(f"Korean page built: {(ex.root / 'build/ko_KR/demo.html').exists()}")
    assert_no_fuzzy_shown(ex)
    return results


def assert_no_bug(command: str, err: str) -> None:
    assert "Traceback" not in err, err
    assert "this is a bug in leaflets" not in err, err
    assert "internal error in the" not in err, err
    for name in _UNEXPECTED_RENDER.findall(err):
        assert name in _LEAFLET_ERRORS, f"{command}: an unexpected {name} while rendering:\n{err}"


def assert_errors_name_files(command: str, err: str) -> None:
    for line in err.splitlines():
        text = line.removeprefix("leaflets: ").removeprefix("  - ").strip()
        if not text or (
            line.startswith(("note: ", "refused ", "release refused ", "  ")) and not line.startswith("  - ")
        ):
            continue
        assert _NAMES_A_FILE.match(text), f"{command}: an error that names no file: {line!r}\n{err}"


def assert_findings_name_files(report) -> None:
    catalogs = report if isinstance(report, list) else report.get("catalogs", [])
    for catalog in catalogs:
        for finding in catalog.get("findings", []):
            assert finding["file"].startswith("locales/") and finding["line"] >= 1, finding


def assert_no_fuzzy_shown(ex: Example) -> None:
    for page in (ex.root / "build").rglob("*.html"):
        assert CANARY not in page.read_text(encoding="utf-8", errors="replace"), page


# -- random input ---------------------------------------------------------------------------

# Pieces a hostile or careless writer, translator or tool might produce.
SPECIAL = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "{{ 7*7 }}",
        "{% raw %}",
        "%s",
        "%(count)s",
        "{emergency}",
        "{language_line}",
        "{0}",
        "\x00",
        "\ufeff",
        "\u202e",
        "\u200b",
        "../",
        "..\\",
        "---",
        "...",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "[a](https://example.org)",
        "[a](file:///etc/passwd)",
        "![i](x.png)",
        "<!-- i18n: note -->",
        "<!--",
        "\r\n",
        "\r",
        "\n",
        "#",
        "|",
        "\\",
        '"',
        "'",
        ":",
        "- ",
        "```",
        "\t",
        "&amp;",
        "&#0;",
        "1 g/kg",
        "911",
        "38.5 °C",
        "https://doi.org/10.1/x",
        "한국어",
        "العربية",
        "𝐀",
        "\U0001f600",
        "ǅ",
        "İ",
        "ß",
        "\u0301",
        "*",
        "**",
        "_",
        "[",
        "]",
        "(",
        ")",
        "<",
        ">",
        "%",
        "{",
        "}",
    ]
)
TEXT = st.lists(st.one_of(SPECIAL, st.text(max_size=12)), max_size=6).map("".join)
LINE_TEXT = TEXT.map(lambda text: text.replace("\n", " ").replace("\r", " "))

BLOCK = st.one_of(
    LINE_TEXT,
    LINE_TEXT.map(lambda t: "## " + t),
    st.integers(1, 7).flatmap(lambda level: LINE_TEXT.map(lambda t: "#" * level + " " + t)),
    st.lists(LINE_TEXT, min_size=1, max_size=3).map(lambda items: "\n".join("- " + i for i in items)),
    st.lists(LINE_TEXT, min_size=1, max_size=3).map(
        lambda items: "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))
    ),
    LINE_TEXT.map(lambda t: "> " + t),
    st.tuples(LINE_TEXT, LINE_TEXT).map(lambda cells: f"| {cells[0]} | x |\n|---|---|\n| {cells[1]} | y |"),
    LINE_TEXT.map(lambda t: f"```\n{t}\n```"),
    LINE_TEXT.map(lambda t: f"<!-- i18n: {t} -->\n{t}"),
    st.just("---"),
    st.just("<div>raw</div>"),
    st.just("[ref]: https://example.org"),
)
MARKDOWN = st.lists(BLOCK, max_size=6).map("\n\n".join)

YAML_VALUE = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True),
        TEXT,
        st.dates(),
        st.sampled_from(
            ["2026-10-01", "2026-02-30", "2.1", "1.0", "yes", "~", "[", "*x", "&a", "!!python/object:os.system"]
        ),
    ),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(TEXT, children, max_size=3)),
    max_leaves=6,
)
FRONT_KEYS = ["id", "title", "summary", "reviewed_by", "reviewed_on", "version", "references"]


def _front_matter(draw) -> str:
    fields = {
        "id": "demo",
        "title": "IVIG for *skin* reactions",
        "summary": "What IVIG is.",
        "reviewed_by": "Dr. Mina Cho",
        "reviewed_on": "2026-10-01",
        "version": "2.1",
        "references": ["Prins, C. (2003). Treatment of TEN. https://doi.org/10.1001/archderm.139.1.26"],
    }
    for key in draw(st.lists(st.sampled_from([*FRONT_KEYS, "extra"]), max_size=3, unique=True)):
        if draw(st.booleans()):
            fields.pop(key, None)
        else:
            fields[key] = draw(YAML_VALUE)
    text = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)
    if draw(st.booleans()):  # damage it as an editor might: a line lost, doubled or typed over
        lines = text.splitlines()
        index = draw(st.integers(0, max(len(lines) - 1, 0)))
        edit = draw(st.sampled_from(["drop", "double", "replace", "insert"]))
        if lines and edit == "drop":
            del lines[index]
        elif lines and edit == "double":
            lines.insert(index, lines[index])
        elif lines and edit == "replace":
            lines[index] = draw(LINE_TEXT)
        else:
            lines.insert(index, draw(LINE_TEXT))
        text = "\n".join(lines) + "\n"
    return text


@st.composite
def leaflets(draw) -> str:
    fence = draw(st.sampled_from(["---", "---", "---", "--- ", "+++", ""]))
    body = draw(st.one_of(st.just(LEAFLET.split("---\n", 2)[2]), MARKDOWN))
    return f"{fence}\n{_front_matter(draw)}---\n{body}"


FUZZY_FLAGS = st.sampled_from(
    [
        "#, fuzzy",
        "#,fuzzy",
        "#, fuzzy, python-format",
        "#, no-python-format, fuzzy",
        "#,  fuzzy ",
        "#, no-wrap\n#, fuzzy",
        "#, fuzzy python-format",  # white space separates flags too, for GNU gettext
        "#, no-wrap fuzzy",
        "#,\tfuzzy",
    ]
)
PO_LINES = st.sampled_from(
    [
        'msgid ""',
        'msgstr ""',
        '"\\n"',
        'msgid "Fever"',
        'msgstr "발열"',
        'msgstr[0] "x"',
        'msgstr[1] "y"',
        'msgid_plural "z"',
        'msgctxt "c"',
        '#~ msgid "old"',
        '#~ msgstr "옛"',
        '#| msgid "previous"',
        "#, fuzzy",
        '"Content-Type: text/plain; charset=latin-1\\n"',
        '"Content-Type: text/plain; charset=bogus\\n"',
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
        '"Plural-Forms: nplurals=0; plural=;\\n"',
        '"Language: xx\\n"',
        "msgid",
        'msgstr "unterminated',
        '"\\',
        "",
        "#",
        "# translator",
        "#. extracted",
        "#: source/demo.md:1",
    ]
)


@st.composite
def catalogs(draw, original: bytes, damage: bool = True) -> tuple[bytes, int]:
    """A damaged catalog and how many fuzzy canaries it holds (``damage=False``: only msgstrs changed)."""
    lines = original.decode("utf-8").split("\n")
    for _ in range(draw(st.integers(0, 4))):
        index = draw(st.integers(0, len(lines)))
        edit = draw(st.sampled_from(["drop", "insert", "msgstr", "text"] if damage else ["msgstr"]))
        if edit == "drop" and index < len(lines):
            del lines[index]
        elif edit == "insert":
            lines.insert(index, draw(PO_LINES))
        elif edit == "msgstr":
            msgstrs = [
                n
                for n, line in enumerate(lines)
                if line.startswith("msgstr") and (damage or lines[n - 1] != 'msgid ""')
            ]  # the header's, unless damaging
            if msgstrs:
                at = draw(st.sampled_from(msgstrs))
                keyword = lines[at].split(" ", 1)[0]
                lines[at] = f"{keyword} {json.dumps(draw(TEXT), ensure_ascii=False)}"
        else:
            lines.insert(index, draw(LINE_TEXT))
    # Last, so no later edit can detach a flag from its entry: some entries made fuzzy, a canary in their msgstr.
    canaries = 0
    entries = [
        n
        for n, line in enumerate(lines)
        if line.startswith('msgid "')
        and line != 'msgid ""'
        and n + 1 < len(lines)
        and lines[n + 1].startswith("msgstr ")
    ]
    for at in sorted(
        draw(st.lists(st.sampled_from(entries), unique=True, min_size=0 if damage else 1, max_size=3))
        if entries
        else [],
        reverse=True,
    ):
        lines[at + 1] = f'msgstr "{CANARY} {draw(LINE_TEXT).replace(chr(92), "").replace(chr(34), "")}"'
        lines.insert(at, draw(FUZZY_FLAGS))
        canaries += 1
    data = "\n".join(lines).encode("utf-8")
    if damage and draw(st.integers(0, 9)) == 0:  # bytes no editor would write
        position = draw(st.integers(0, len(data)))
        data = data[:position] + draw(st.binary(max_size=8)) + data[position:]
    return data, canaries


CONFIG_VALUE = st.one_of(
    st.sampled_from(
        [
            '"A4"',
            '"Letter"',
            '"A4 landscape"',
            '"210mm 297mm"',
            '"0mm"',
            '"huge"',
            '"US"',
            '"KR"',
            '"keep-all"',
            '"normal"',
            '["Noto Sans CJK KR"]',
            "[]",
            '["DejaVu Sans", 3]',
            "3",
            "true",
            '"../../outside"',
            '"ko_KR"',
            '"ko-KR"',
            '"en"',
            '"x\\u0000"',
            '"}\\"; body{display:none"',
            "1979-05-27",
            "{ a = 1 }",
            '"Noto Sans\'; src: url(file:///etc/passwd)"',
        ]
    ),
    TEXT.map(json.dumps),
)
CONFIG_KEYS = st.sampled_from(
    [
        ("locales.ko_KR", "page_size"),
        ("locales.ko_KR", "font_family"),
        ("locales.ko_KR", "line_break"),
        ("locales.ko_KR", "region"),
        ("locales.en", "page_size"),
        ("project", "source_locale"),
        ("project", "name"),
        ("project", "max_leaflet_kb"),
        ("glossary", "do_not_translate"),
        ("locales.ko_KR", "unknown"),
        ("regions.US", "emergency"),
        ("regions.US", "page_size"),
        ('locales."../../outside"', "page_size"),
        ("locales.ko", "font_family"),
        ('locales."ko_KR/../../outside"', "region"),
    ]
)


@st.composite
def configs(draw) -> str:
    text = CONFIG + '\n[regions.US]\nemergency = "911"\npage_size = "Letter"\n'
    for table, key in draw(st.lists(CONFIG_KEYS, min_size=1, max_size=3)):
        value = draw(CONFIG_VALUE)
        header = f"[{table}]"
        if header in text and draw(st.booleans()):
            text = text.replace(header + "\n", f"{header}\n{key} = {value}\n", 1)
        else:
            text += f"\n{header}\n{key} = {value}\n"
    return text


# -- the properties -------------------------------------------------------------------------


@FUZZ
@given(source=leaflets())
def test_random_leaflets(base, tmp_path_factory, source):
    with example(base, tmp_path_factory) as ex:
        (ex.root / "source" / "demo.md").write_text(source, encoding="utf-8")
        run_all(ex)


@FUZZ
@given(data=st.data())
def test_random_catalogs(base, tmp_path_factory, data):
    with example(base, tmp_path_factory) as ex:
        canaries = 0
        for domain in data.draw(st.lists(st.sampled_from(["demo", "common"]), min_size=1, max_size=2, unique=True)):
            po = ex.root / "locales/ko_KR/LC_MESSAGES" / f"{domain}.po"
            damaged, count = data.draw(catalogs(po.read_bytes()))
            po.write_bytes(damaged)
            canaries += count
        run_all(ex)


@FUZZ
@given(data=st.data())
def test_a_draft_never_shows_a_fuzzy_translation(base, tmp_path_factory, data):
    """Readable catalogs with fuzzy entries (every spelling of the flag GNU gettext reads), translated or not."""
    with example(base, tmp_path_factory) as ex:
        po = ex.root / "locales/ko_KR/LC_MESSAGES/demo.po"
        damaged, canaries = data.draw(catalogs(po.read_bytes(), damage=False))
        assert canaries
        po.write_bytes(damaged)
        run_all(ex)  # a translation may still stop its page (a {placeholder} the region lacks): never shown fuzzy


@FUZZ
@given(config=configs())
def test_random_config_values(base, tmp_path_factory, config):
    with example(base, tmp_path_factory) as ex:
        (ex.root / "leaflets.toml").write_text(config, encoding="utf-8")
        run_all(ex)


@FUZZ
@given(source=leaflets(), data=st.data())
def test_random_everything_at_once(base, tmp_path_factory, source, data):
    with example(base, tmp_path_factory) as ex:
        (ex.root / "source" / "demo.md").write_text(source, encoding="utf-8")
        po = ex.root / "locales/ko_KR/LC_MESSAGES/demo.po"
        po.write_bytes(data.draw(catalogs(po.read_bytes()))[0])
        (ex.root / "leaflets.toml").write_text(data.draw(configs()), encoding="utf-8")
        run_all(ex)


def test_a_fuzzy_canary_would_be_seen(base, tmp_path_factory):
    """The control: the same canary in a translation that is not fuzzy does reach the page,
    so the fuzzy properties above would notice one that did."""
    with example(base, tmp_path_factory) as ex:
        po = ex.root / "locales/ko_KR/LC_MESSAGES/demo.po"
        po.write_text(
            po.read_text(encoding="utf-8").replace('msgstr "두통"', f'msgstr "두통 {CANARY}"'), encoding="utf-8"
        )
        assert _run(*BUILD)[0] in (0, 1)
        assert CANARY in (ex.root / "build/ko_KR/demo.html").read_text(encoding="utf-8")
        with pytest.raises(AssertionError):
            assert_no_fuzzy_shown(ex)
