"""Check results remembered in build/.cache/: never a stale answer.

Each input the checks read is changed in turn; the cached answer must change
with it and be exactly what checking afresh says, and with nothing changed the
checks must not run again."""

from __future__ import annotations

import dataclasses
import json
import shutil

import polib
import pytest

from pipeline import cache
from pipeline.catalogs.catalog import Message
from pipeline.checks import check_catalog, runner
from pipeline.checks.context import EntryContext
from pipeline.checks.template import TemplateFile
from pipeline.config import load_project
from pipeline.languages import language_for
from tests.test_incremental import saved_while_building
from tests.test_readability import HARD


@pytest.fixture
def counted(monkeypatch):
    """How many catalogs were really checked (not answered from the cache)."""
    calls: list[tuple[str, str]] = []
    original = cache.check_parsed

    def check_parsed(project, locale, domain, file, parsed, entries=None, template=None):
        calls.append((locale, domain))
        return original(project, locale, domain, file, parsed, entries, template)

    monkeypatch.setattr(cache, "check_parsed", check_parsed)  # the build's, check's and status's (check_remembering)
    return calls


def fresh_and_cached(project):
    """The demo catalog's report checked afresh, and as the cache answers."""
    loaded = load_project(project.root)
    return check_catalog(loaded, "ko_KR", "demo"), cache.checked_catalog(loaded, "ko_KR", "demo")


def same(a, b) -> bool:
    return (a.findings, a.entries, a.translated, a.fuzzy, a.untranslated, a.parse_failed) == (
        b.findings,
        b.entries,
        b.translated,
        b.fuzzy,
        b.untranslated,
        b.parse_failed,
    )


def test_an_unchanged_catalog_is_checked_once(translated, counted):
    first = fresh_and_cached(translated)[1]
    again = fresh_and_cached(translated)[1]
    assert counted == [("ko_KR", "demo")]
    assert same(first, again) and again.catalog is not None  # the build and status still get the parsed catalog


def edit_catalog(project):
    project.translate("demo", {"Fever": "발열 (1 g/kg/day)"})  # a dose the English does not have


def edit_glossary(project):
    project.path("locales/ko_KR/glossary.tsv").write_text(
        "English term\tapproved translation\tnote\nHeadache\t머리 아픔\t\n", encoding="utf-8"
    )


def edit_settings(project):
    config = project.path("leaflets.toml")
    config.write_text(
        config.read_text(encoding="utf-8").replace('"SJS/TEN"]', '"SJS/TEN", "Headache"]'), encoding="utf-8"
    )


def edit_pot(project):
    """The English gains a passage and `leaflets extract` runs; the catalog is not touched."""
    source = project.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
    assert project.run("extract")[0] == 0


def edit_code(project, monkeypatch):
    monkeypatch.setattr(cache, "code_digest", lambda: "another version of the checks")


def edit_libraries(project, monkeypatch):
    monkeypatch.setattr(cache, "libraries_digest", lambda: "another Babel")


def edit_word_lists(project, monkeypatch):
    monkeypatch.setattr(cache, "word_lists_digest", lambda *locales: "another /usr/share/dict")


@pytest.mark.parametrize("edit", [edit_catalog, edit_glossary, edit_settings, edit_pot])
def test_a_changed_input_is_checked_again_and_answers_as_a_fresh_check(translated, counted, edit):
    before = fresh_and_cached(translated)[1]
    edit(translated)
    fresh, cached = fresh_and_cached(translated)
    assert counted == [("ko_KR", "demo")] * 2
    assert same(fresh, cached)
    assert not same(before, cached)  # the edit matters: the findings say so


@pytest.mark.parametrize("edit", [edit_code, edit_libraries, edit_word_lists])
def test_new_checks_check_again(translated, counted, monkeypatch, edit):
    fresh_and_cached(translated)
    edit(translated, monkeypatch)
    fresh_and_cached(translated)
    assert counted == [("ko_KR", "demo")] * 2


@pytest.fixture
def content_checked(monkeypatch):
    """The msgid of every entry content really checked (not answered from memory); the checks unchanged."""
    seen: list[str] = []
    first_id, first_check = runner.CONTENT_CHECKS[0]

    def noting(context):
        seen.append(context.msgid)
        return first_check(context)

    monkeypatch.setattr(runner, "CONTENT_CHECKS", ((first_id, noting), *runner.CONTENT_CHECKS[1:]))
    return seen


def test_an_edited_catalog_has_only_its_changed_entry_checked_again(translated, content_checked):
    fresh_and_cached(translated)
    entries = len(content_checked) // 2  # the fresh check and the cached one each checked every entry
    del content_checked[:]
    edit_catalog(translated)
    loaded = load_project(translated.root)
    cached = cache.checked_catalog(loaded, "ko_KR", "demo")
    assert content_checked == ["Fever"] and entries > 5
    assert same(check_catalog(loaded, "ko_KR", "demo"), cached)  # and says what checking it all says
    assert "error[units]" in "".join(f.format() for f in cached.findings)


def test_a_build_checks_only_the_changed_entry_of_an_edited_catalog(translated, content_checked):
    assert translated.run("build", "--only", "html", "--jobs", "1")[0] == 0
    del content_checked[:]
    edit_catalog(translated)
    assert translated.run("build", "--only", "html", "--jobs", "1")[0] == 0
    assert content_checked == ["Fever"]
    remembered = translated.run("check")  # what the build found, from the cache
    for file in translated.path("build/.cache").rglob("*.json"):
        file.unlink()
    assert "error[units]" in remembered[1] and translated.run("check") == remembered


def test_check_checks_only_the_changed_entry_of_an_edited_catalog(translated, content_checked):
    first = translated.run("check")
    del content_checked[:]
    edit_catalog(translated)
    remembered = translated.run("check")
    assert content_checked == ["Fever"] and "error[units]" in remembered[1] and remembered != first
    for file in translated.path("build/.cache").rglob("*.json"):
        file.unlink()
    assert translated.run("check") == remembered


@pytest.mark.parametrize("edit", [edit_glossary, edit_settings])
def test_remembered_entries_do_not_outlive_the_settings_or_glossary(translated, content_checked, edit):
    fresh_and_cached(translated)
    entries = len(content_checked) // 2
    del content_checked[:]
    edit(translated)
    cache.checked_catalog(load_project(translated.root), "ko_KR", "demo")
    assert len(content_checked) == entries  # every entry checked again


@pytest.mark.parametrize("edit", [edit_code, edit_libraries, edit_word_lists])
def test_remembered_entries_do_not_outlive_the_checks(translated, content_checked, monkeypatch, edit):
    fresh_and_cached(translated)
    entries = len(content_checked) // 2
    del content_checked[:]
    edit(translated, monkeypatch)
    cache.checked_catalog(load_project(translated.root), "ko_KR", "demo")
    assert len(content_checked) == entries


def test_remembered_entries_edited_by_hand_are_checked_again(translated, content_checked):
    edit_catalog(translated)  # a finding to remember for "Fever"
    fresh_and_cached(translated)
    for file in translated.path("build/.cache/entries").glob("*.json"):
        text = file.read_text(encoding="utf-8")
        assert '"severity"' in text
        file.write_text(text.replace('"severity"', '"rank"'), encoding="utf-8")  # findings no longer read
    translated.translate("demo", {"Headache": "머리가 아파요"})  # the catalog changed, "Fever" did not
    del content_checked[:]
    fresh, cached = fresh_and_cached(translated)
    assert same(fresh, cached) and content_checked.count("Fever") == 2


def test_every_field_a_check_reads_is_in_the_entry_digest_or_the_locale_key():
    """A field added to EntryContext must be digested per entry or covered by cache.entries_key:
    otherwise an entry's remembered findings would outlive a change to it."""
    named = runner.PLACE_FIELDS + runner.ENTRY_FIELDS + runner.LOCALE_FIELDS
    assert sorted(named) == sorted(f.name for f in dataclasses.fields(EntryContext))


@pytest.mark.parametrize(
    "change",
    [
        {"msgid": "Fevers"},
        {"source": "Fevers"},
        {"translation": "열이 나요"},
        {"flags": frozenset({"python-format"})},
        {"is_template": True},
        {"formatted_with": frozenset({"%"})},
        {"translated": False},
        {"plural_form": 0},
        {"locale": "es"},
        {"language": language_for("es")},
        {"region": "KR"},
        {"emergency": "119"},
    ],
)
def test_the_entry_digest_follows_each_field_of_an_entry(change):
    english = language_for("en")
    entry = EntryContext("", 0, "ko_KR", "", "Fever", "Fever", "열", language_for("ko_KR"), english)
    assert set(change) <= set(runner.ENTRY_FIELDS + runner.LOCALE_FIELDS)
    assert runner.content_digest(dataclasses.replace(entry, **change)) != runner.content_digest(entry)


def test_the_word_lists_digest_follows_the_files(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "DICTIONARY_DIR", tmp_path)
    (tmp_path / "american-english").write_text("kidney\n", encoding="utf-8")
    cache.word_lists_digest.cache_clear()
    before = cache.word_lists_digest("ko_KR", "en")
    (tmp_path / "american-english").write_text("kidney\nliver\n", encoding="utf-8")
    cache.word_lists_digest.cache_clear()
    assert cache.word_lists_digest("ko_KR", "en") != before
    cache.word_lists_digest.cache_clear()


def test_a_catalog_that_no_longer_parses_is_not_answered_from_the_cache(translated, counted):
    fresh_and_cached(translated)
    translated.po("demo").write_text('msgid "Fever"\nmsgstr "열\n', encoding="utf-8")
    fresh, cached = fresh_and_cached(translated)
    assert cached.parse_failed and same(fresh, cached)


def test_check_status_and_build_share_the_results_and_say_what_a_fresh_run_says(translated, counted):
    code, out, _ = translated.run("check")
    assert code == 0 and len(counted) == 2  # common and demo
    assert translated.run("check")[:2] == (code, out)
    assert len(counted) == 2
    statuses = translated.run("status", "--format", "json")[1]
    assert translated.run("build", "--only", "html", "--jobs", "1")[0] == 0
    assert len(counted) == 2  # status and build asked the cache
    edit_catalog(translated)
    code, out, _ = translated.run("check")
    assert code == 1 and "error[units]" in out and len(counted) == 3  # only the edited catalog
    assert translated.run("status", "--format", "json")[1] != statuses
    cache_folder = translated.path("build/.cache")
    for file in cache_folder.rglob("*.json"):
        file.unlink()
    assert translated.run("check")[1] == out  # the same words as checking everything afresh


def test_a_cache_that_cannot_be_read_or_written_only_costs_time(translated, counted):
    translated.path("build").mkdir(exist_ok=True)
    translated.path("build/.cache").write_text("not a folder", encoding="utf-8")
    first = translated.run("check")
    assert first[0] == 0 and translated.run("check") == first
    assert len(counted) == 4  # checked both times


@pytest.fixture
def measured(monkeypatch) -> list[str]:
    """The leaflets whose readability was really measured (not answered from the cache)."""
    from pipeline.readability import project as readability_project

    calls: list[str] = []
    original = readability_project.measure_leaflet

    def measure(leaflet, values=None):
        calls.append(leaflet.id)
        return original(leaflet, values)

    monkeypatch.setattr(readability_project, "measure_leaflet", measure)  # check's and the build's
    return calls


def test_the_readability_of_an_unchanged_source_is_measured_once(translated, measured):
    first = translated.run("check")
    assert translated.run("check") == first and measured == ["demo"]
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("Headache", "Bad headache"), encoding="utf-8")
    translated.run("check")
    assert measured == ["demo", "demo"]


def test_a_build_remembers_the_readability_check_would_measure(translated, measured):
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8") + f"\n{HARD}\n", encoding="utf-8")
    assert translated.run("extract")[0] == 0 and translated.run("update")[0] == 0
    assert translated.run("build", "--only", "html", "--jobs", "1")[0] == 0
    assert measured == ["demo"]  # the build parsed the source: it measured it once
    code, out, _ = translated.run("check")
    assert measured == ["demo"] and "warning[readability]" in out  # check asked the cache
    assert translated.run("build", "--only", "html", "--jobs", "1")[0] == 0
    assert measured == ["demo"]  # nor is it measured again by the next build
    for file in translated.path("build/.cache/sources").rglob("*.json"):  # its readability and the rest
        file.unlink()
    assert translated.run("check")[:2] == (code, out)  # the same words as measuring afresh
    assert measured == ["demo", "demo"]


def test_a_source_saved_during_a_build_is_measured_by_check_as_it_was_saved(translated, measured, monkeypatch):
    """The build remembers the readability of the text it parsed, under that text's bytes only."""
    source = translated.path("source/demo.md")
    saved_while_building(monkeypatch, source, source.read_text(encoding="utf-8") + f"\n{HARD}\n")
    assert translated.run("build", "--only", "html", "--jobs", "1")[0] == 0
    assert measured == ["demo"]  # the text the build read
    code, out, _ = translated.run("check")
    assert measured == ["demo", "demo"] and "warning[readability]" in out  # the text saved, measured by check
    for file in translated.path("build/.cache/sources").rglob("*.json"):  # its readability and the rest
        file.unlink()
    assert translated.run("check")[:2] == (code, out)  # the same words as measuring afresh


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The sources check parsed (their Markdown: the cost of measuring and of judging the clinical review)."""
    from pipeline import check_command

    calls: list[str] = []
    original = check_command.parse_source

    def parse(data, problem, file, leaflet_id):
        calls.append(file)
        return original(data, problem, file, leaflet_id)

    monkeypatch.setattr(check_command, "parse_source", parse)
    return calls


def test_check_parses_an_unchanged_source_once_for_what_it_says_of_the_english(translated, parsed):
    first = translated.run("check")
    # One parse tells its readability, its clinical review and whether its template has every passage.
    assert parsed == ["source/demo.md"]
    assert translated.run("check") == first and len(parsed) == 1
    for file in translated.path("build/.cache/sources").rglob("*.json"):  # its readability and the rest
        file.unlink()
    assert translated.run("check") == first and len(parsed) == 2
    source = translated.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("1 g/kg/day", "2 g/kg/day"), encoding="utf-8")
    code, out, _ = translated.run("check")
    assert code == 1 and "error[clinical-review]" in out
    # A review that does not cover the English is judged afresh each time (its message reads git), never skipped.
    assert translated.run("check")[:2] == (code, out)


def test_after_a_build_check_parses_no_source(translated, parsed):
    assert translated.run("build", "--only", "html", "--jobs", "1")[0] == 0
    code, out, _ = translated.run("check")
    assert parsed == []  # the build remembered the readability, clinical review and template of what it parsed
    shutil.rmtree(translated.path("build/.cache/sources"))  # its readability, clinical review and template
    assert translated.run("check")[:2] == (code, out) and parsed == ["source/demo.md"]


def test_a_build_without_the_dictionary_builds_and_check_says_why(translated, monkeypatch, tmp_path):
    from pipeline.readability import dictionary

    monkeypatch.setattr(dictionary, "folder", lambda _prefix=None: dictionary.data_dir(tmp_path) / dictionary.RESOURCE)
    assert translated.run("build", "--only", "html", "--jobs", "1")[0] == 0
    remembered = [json.loads(file.read_bytes()) for file in translated.path("build/.cache").glob("sources/*.json")]
    assert remembered and not [record for record in remembered if "readability" in record["value"]]
    code, _, err = translated.run("check")
    assert code == 0 and "readability not measured" in err and "make all" in err


def test_keys_differ_for_each_catalog(translated):
    loaded = load_project(translated.root)
    data = translated.po("demo").read_bytes()
    pot = TemplateFile("locales/demo.pot", translated.path("locales/demo.pot").read_bytes())
    keys = {
        cache.catalog_key(loaded, locale, domain, file, data, template=template)
        for locale, domain, file, template in [
            ("ko_KR", "demo", "a.po", pot),
            ("es", "demo", "a.po", pot),
            ("ko_KR", "common", "a.po", pot),
            ("ko_KR", "demo", "b.po", pot),
            ("ko_KR", "demo", "a.po", TemplateFile("locales/demo.pot", pot.data + b"\n")),
            ("ko_KR", "demo", "a.po", TemplateFile("locales/demo.pot", None)),
        ]
    }
    assert len(keys) == 6


def edit_source(project):
    source = project.path("source/demo.md")
    source.write_text(source.read_text(encoding="utf-8").replace("- Fever\n", "- Fever\n- Rash\n"), encoding="utf-8")


def edit_common(project):
    catalog = polib.pofile(str(project.po("common")))
    catalog.translated_entries()[0].flags.append("fuzzy")
    catalog.save()


def edit_template(project):
    page = project.path("templates/leaflet.html")
    page.write_text(
        page.read_text(encoding="utf-8").replace("</footer>", "<p>{{ _('A new line') }}</p></footer>"), encoding="utf-8"
    )


def edit_fonts(project):
    project._monkeypatch.setenv("FONTCONFIG_FILE", str(project.path("no-fonts.conf")))
    project.path("no-fonts.conf").write_text("<?xml version='1.0'?><fontconfig></fontconfig>", encoding="utf-8")


@pytest.mark.parametrize(
    "edit", [edit_catalog, edit_glossary, edit_settings, edit_source, edit_common, edit_template, edit_fonts]
)
def test_status_from_the_cache_is_what_a_fresh_status_says(translated, edit):
    before = translated.run("status", "--format", "json")[1]
    edit(translated)
    cached = translated.run("status", "--format", "json")[1]
    for file in translated.path("build/.cache").rglob("*.json"):
        file.unlink()
    assert cached == translated.run("status", "--format", "json")[1]
    assert cached != before


def test_a_catalog_broken_for_a_moment_keeps_what_its_entries_were_found_to_be(translated, content_checked):
    fresh_and_cached(translated)
    good = translated.po("demo").read_text(encoding="utf-8")
    translated.po("demo").write_text(good + '\nmsgid "Rash"\nmsgstr "발진\n', encoding="utf-8")  # a quote left open
    loaded = load_project(translated.root)
    assert cache.checked_catalog(loaded, "ko_KR", "demo").parse_failed
    translated.po("demo").write_text(good, encoding="utf-8")
    edit_catalog(translated)  # and one entry changed as the translator fixed it
    del content_checked[:]
    cache.checked_catalog(load_project(translated.root), "ko_KR", "demo")
    assert content_checked == ["Fever"]


def test_check_compares_with_the_template_as_it_is_now_not_as_remembered(translated):
    """Review of the translator workflow, 3: the result depends on the .pot, so a changed
    template is checked again even though the catalog and everything else are the same."""
    assert translated.run("check", "--locale", "ko_KR")[0] == 0
    edit_pot(translated)
    code, out, _ = translated.run("check", "--locale", "ko_KR")
    assert code == 1 and 'error[template]: the passage "A new paragraph."' in out
    for file in translated.path("build/.cache").rglob("*.json"):
        file.unlink()
    assert translated.run("check", "--locale", "ko_KR") == (code, out, "")  # what checking afresh says


def test_check_reads_each_source_and_template_once(translated, monkeypatch):
    """Readability, clinical review, the template's coverage of the English and the catalogs'
    [template] check all use one read of each file, checked afresh or answered from the cache."""
    from pipeline.checks import template

    reads: list[str] = []

    def counting(original):
        def reading(path, *args):
            reads.append(path.name)
            return original(path, *args)

        return reading

    for name in ("read_source", "read_input"):  # a source's read, a template's
        monkeypatch.setattr(template, name, counting(getattr(template, name)))
    for _ in ("nothing remembered", "everything remembered"):
        reads.clear()
        translated.run("check")
        assert sorted(reads) == ["common.pot", "demo.md", "demo.pot"]


def test_an_entry_placed_nowhere_is_the_entry_with_its_place_blanked():
    # The content checks run on the entry placed nowhere (file, line and domain blanked), copied
    # without dataclasses.replace: the copy must be the very value replace makes.
    entry = EntryContext(
        "locales/ko_KR/LC_MESSAGES/ivig-ten.po",
        12,
        "ko_KR",
        "ivig-ten",
        "Take %(count)s tablet",
        "Take %(count)s tablets",
        "%(count)s정을 드세요",
        language_for("ko_KR"),
        language_for("en"),
        flags=frozenset({"python-format"}),
        plural_form=0,
        region="KR",
    )
    nowhere = runner.placed_nowhere(entry)
    assert nowhere == dataclasses.replace(entry, file="", line=0, domain="")
    assert hash(nowhere) == hash(dataclasses.replace(entry, file="", line=0, domain=""))
    assert (entry.file, entry.line, entry.domain) == ("locales/ko_KR/LC_MESSAGES/ivig-ten.po", 12, "ivig-ten")
    assert not hasattr(EntryContext, "__post_init__")  # what makes a copy of the fields the same value


def test_what_is_found_of_a_source_is_one_file_each_part_under_its_own_key(translated):
    # Its readability, clinical review state and template cover: one file a leaflet (creating files
    # is what costs in writing them down), a part written alone keeping the others.
    project = load_project(translated.root)
    remembered = cache.Cache(project)
    file, data = "source/demo.md", translated.path("source/demo.md").read_bytes()
    cache.remember_readability(remembered, project, "demo", file, data, [{"said": "grade 9"}])
    cache.remember_review_state(remembered, "demo", file, data, "reviewed")
    assert cache.remembered_readability(remembered, project, "demo", file, data) == [{"said": "grade 9"}]
    assert cache.remembered_review_state(remembered, "demo", file, data) == "reviewed"
    assert len(list(translated.path("build/.cache/sources").glob("*.json"))) == 1
    edited = data + b"\nA new paragraph.\n"  # each part is of the bytes it was found in
    assert cache.remembered_readability(remembered, project, "demo", file, edited) is None
    assert cache.remembered_review_state(remembered, "demo", file, edited) is None
    assert cache.remembered_review_state(remembered, "other", file, data) is None  # another leaflet's


@pytest.mark.parametrize(
    "entry",
    [
        Message("Take 2 tablets.", "2정을 드세요.", extracted_comments=("paragraph",), line=4),
        Message("Call {emergency}.", "{emergency}에 전화하세요.", flags=("fuzzy",), line=9),
        Message("%(count)s tablet", msgid_plural="%(count)s tablets", msgstr_plural=("%(count)s정", ""), line=12),
        Message("Untranslated", line=20),
    ],
)
@pytest.mark.parametrize("domain", ["ivig-ten", "common"])
def test_an_entry_context_made_without_its_init_is_the_one_its_init_makes(entry, domain):
    # _entry_context makes the context without EntryContext's __init__ (its defaults updated with each
    # field): it must be the very value the __init__ makes, every field set, none left out.
    assert not hasattr(EntryContext, "__post_init__")
    assert all(f.default_factory is dataclasses.MISSING for f in dataclasses.fields(EntryContext))
    shared = {
        "file": f"locales/ko_KR/LC_MESSAGES/{domain}.po",
        "locale": "ko_KR",
        "domain": domain,
        "language": language_for("ko_KR"),
        "source_language": language_for("en"),
        "glossary": ("IVIG",),
        "terms": (),
        "terms_file": "locales/ko_KR/glossary.tsv",
        "region": "US",
        "emergency": "911",
        "language_line": "",
        "source_region": "US",
    }
    made = runner._entry_context(shared, entry)
    flags = frozenset(entry.flags)
    expected = EntryContext(
        line=entry.line,
        msgid=entry.msgid,
        source=entry.msgid,
        translation=entry.forms[0] if entry.forms else "",
        flags=flags,
        is_template=domain == "common" or "{" in entry.msgid,
        formatted_with=runner._formatted_with(domain, flags),
        translated=entry.translated,
        empty_forms=runner._empty_forms(entry),
        **shared,
    )
    assert made == expected
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)
    assert set(vars(made)) == {f.name for f in dataclasses.fields(EntryContext)}


def test_a_worker_forked_during_a_run_starts_with_what_the_run_knows():
    # check's workers are forked while its run of same_content_checked_once lasts: each starts with
    # the contents the run checked before it forked (what it finds in them is the same in any
    # process), not with nothing. A worker's first steps run in a context of their own.
    import contextvars

    def worker_knows() -> dict | None:
        runner.check_same_content_once_in_this_process()
        return runner._SAME_CONTENT.get()

    assert contextvars.Context().run(worker_knows) == {}
    with runner.same_content_checked_once():
        known = runner._SAME_CONTENT.get()
        assert known is not None
        known["an entry's content"] = ((), "")  # as _content_findings notes one
        assert contextvars.Context().run(worker_knows) is known
    assert contextvars.Context().run(worker_knows) == {}
