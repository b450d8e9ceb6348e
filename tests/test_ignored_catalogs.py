"""Catalogs saved where no command reads them (under a locale folder leaflets.toml does not
declare, outside LC_MESSAGES, under a leaflet id that does not exist): every command that
reads catalogs says it ignores them, in one wording, and none fails for it."""

import json
import shutil

import pytest

NOTE = (
    "locales/ko: ko is not declared in leaflets.toml; its catalogs are ignored "
    "(leaflets init ko --force declares it); did you mean ko_KR?"
)


def saved_under(project, folder: str, name: str = "demo.po") -> None:
    """A translator's catalog saved under locales/<folder>/LC_MESSAGES/ (as Poedit or Weblate would)."""
    target = project.path(f"locales/{folder}/LC_MESSAGES")
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(project.po("demo"), target / name)


def test_check_notes_the_folder_on_stderr_and_changes_neither_its_json_nor_its_exit(translated):
    before = translated.run("check", "--format", "json")
    saved_under(translated, "ko")
    code, out, err = translated.run("check", "--format", "json")
    assert (code, out) == before[:2] and code == 0
    assert f"note: {NOTE}\n" in err
    code, _, err = translated.run("check", "--locale", "ko_KR")
    assert code == 0 and f"note: {NOTE}\n" in err


def test_status_notes_the_folder_in_its_text_its_json_and_its_page(project):
    saved_under(project, "ko")
    code, out, _ = project.run("status")
    assert code == 0 and f"\nnote: {NOTE}\n" in out
    code, out, _ = project.run("status", "--format", "json", "--locale", "ko_KR")
    assert code == 0 and json.loads(out)["notes"] == [NOTE]
    assert f"Note: {NOTE}" in project.path("build/status.html").read_text(encoding="utf-8")


def test_build_update_and_compile_note_the_folder_in_the_same_words(project):
    saved_under(project, "ko")
    for command in (("build", "--only", "html"), ("update",), ("compile",)):
        code, _, err = project.run(*command)
        assert code == 0 and err.count(f"note: {NOTE}\n") == 1, (command, err)
    assert not project.path("build/ko").exists()


def test_a_folder_of_an_undeclared_language_or_spelling_says_how_to_declare_it(project):
    saved_under(project, "fr")
    saved_under(project, "ko-KR")
    saved_under(project, "hmn")  # a language CLDR has no data for was passed over in silence
    _, _, err = project.run("check")
    notes = [line for line in err.splitlines() if "is not declared" in line]
    assert notes == [
        "note: locales/fr: fr is not declared in leaflets.toml; its catalogs are ignored (leaflets init fr declares it)",
        "note: locales/hmn: hmn is not declared in leaflets.toml; its catalogs are ignored (leaflets init hmn "
        "--name … --plural-forms … --script … --formats-like … declares it)",
        # init refuses the spelling ko-KR, so it is not offered; the declared locale it means is
        "note: locales/ko-KR: ko-KR is not declared in leaflets.toml; its catalogs are ignored; did you mean ko_KR?",
    ]


@pytest.mark.parametrize("command", [("check",), ("status",), ("update",)])
def test_folders_holding_no_catalog_and_folders_no_locale_is_named_like_pass_unremarked(project, command):
    project.path("locales/ko/LC_MESSAGES").mkdir(parents=True)  # empty
    saved_under(project, ".ko")  # hidden: an editor's or a tool's own
    saved_under(project, "backup")  # not a locale
    saved_under(project, "ko_KR.old")  # a copy kept aside (Babel reads the name as ko_KR)
    project.path("locales/fr/LC_MESSAGES").mkdir(parents=True)
    project.path("locales/fr/LC_MESSAGES/demo.mo").write_bytes(b"")  # no catalog to translate
    code, out, err = project.run(*command)
    assert code == 0 and "is not declared" not in out + err


def test_a_catalog_outside_lc_messages_or_named_for_no_leaflet_is_named_with_where_it_belongs(translated):
    """Review as a new user, continued: these were ignored without a word too."""
    shutil.copy(translated.po("demo"), translated.path("locales/demo.po"))
    shutil.copy(translated.po("demo"), translated.path("locales/ko_KR/demo.po"))
    shutil.copy(translated.po("demo"), translated.po("dmeo"))
    outside = "a catalog outside a locale's LC_MESSAGES folder is ignored; catalogs are read from "
    expected = [
        f"note: locales/demo.po: {outside}locales/<locale>/LC_MESSAGES/<leaflet id>.po",
        f"note: locales/ko_KR/demo.po: {outside}locales/<locale>/LC_MESSAGES/<leaflet id>.po",
        "note: locales/ko_KR/LC_MESSAGES/dmeo.po: there is no leaflet 'dmeo' (source/dmeo.md), so this catalog "
        "is ignored; did you mean demo.po?",
    ]
    for command in (("check",), ("update",), ("build", "--only", "html")):
        code, _, err = translated.run(*command)
        assert code == 0 and [line for line in err.splitlines() if "is ignored" in line] == expected, (command, err)
    code, out, _ = translated.run("status", "--format", "json")
    assert code == 0 and json.loads(out)["notes"] == [line.removeprefix("note: ") for line in expected]


def test_a_tools_hidden_folder_inside_a_locale_passes_unremarked(translated):
    hidden = translated.path("locales/ko_KR/.backup")
    hidden.mkdir()
    shutil.copy(translated.po("demo"), hidden / "demo.po")
    for side_file in (".#demo.po", "._demo.po"):  # an editor's lock file, macOS's resource fork
        shutil.copy(translated.po("demo"), translated.po("demo").with_name(side_file))
    code, _, err = translated.run("check")
    assert code == 0 and "is ignored" not in err


def test_a_leaflet_given_a_new_id_is_pointed_to_its_old_catalog_not_given_a_new_one(translated):
    """An adopter renamed a leaflet (git mv of the English, a new id:): every command said
    "run extract, then update", and update made new catalogs, every entry fuzzy, the review lost."""
    old = translated.path("source/demo.md")
    english = old.read_text(encoding="utf-8")
    assert "\nid: demo\n" in english
    translated.path("source/renamed.md").write_text(english.replace("\nid: demo\n", "\nid: renamed\n"), "utf-8")
    old.unlink()
    catalog = translated.po("demo").read_bytes()
    move = "git mv locales/ko_KR/LC_MESSAGES/demo.po locales/ko_KR/LC_MESSAGES/renamed.po, then leaflets update"
    assert translated.run("extract")[0] == 0
    code, out, _ = translated.run("status", "--format", "json")
    assert code == 0 and any(move in note for note in json.loads(out)["notes"])
    for command in (("build", "--only", "html"), ("update",)):
        code, out, err = translated.run(*command)
        assert "it translates the English of 'renamed', renamed?" in err and move in err, (command, err)
    assert "locales/ko_KR/LC_MESSAGES/renamed.po: not created, as locales/ko_KR/LC_MESSAGES/demo.po" in err
    assert not translated.po("renamed").exists() and translated.po("demo").read_bytes() == catalog
    translated.po("demo").rename(translated.po("renamed"))
    code, _, err = translated.run("update")
    assert code == 0 and "is ignored" not in err, err
    kept = translated.po("renamed").read_text(encoding="utf-8")
    assert "#, fuzzy" not in kept.split("\n\n", 1)[1] and kept.count('msgstr ""\n\n') == catalog.decode().count(
        'msgstr ""\n\n'
    )
