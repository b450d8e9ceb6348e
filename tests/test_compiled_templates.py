"""Compiled templates kept in build/.cache/jinja/: a new process compiles nothing it compiled
before, and the pages are what compiling afresh makes, whatever happened to the cache."""

from __future__ import annotations

import jinja2
import pytest

from pipeline import compiled_templates, jobs

PAGE = "build/ko_KR/demo.html"


@pytest.fixture
def compiled(monkeypatch):
    """The names of the templates Jinja2 really compiled (not loaded from the cache)."""
    names: list[str] = []
    original = jinja2.Environment.compile

    def compile(self, source, name=None, filename=None, raw=False, defer_init=False):
        names.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", compile)
    return names


def build_in_a_new_process(project) -> str:
    """A forced HTML build as a new process runs it: no renderer (no compiled template) kept in memory."""
    jobs._renderers.clear()
    jobs._tables.clear()
    code, out, err = project.run("build", "--only", "html", "--jobs", "1", "--force")
    assert code == 0, out + err
    return project.path(PAGE).read_text(encoding="utf-8")


def cached_files(project):
    return sorted(project.path("build/.cache/jinja").glob("*/*.cache"))


def test_a_new_process_loads_the_templates_compiled_before(translated, compiled):
    first = build_in_a_new_process(translated)
    assert "leaflet.html" in compiled and len(cached_files(translated)) >= 3
    del compiled[:]
    assert build_in_a_new_process(translated) == first
    assert compiled == []


def test_an_edited_template_is_compiled_again(translated, compiled):
    build_in_a_new_process(translated)
    template = translated.path("templates/leaflet.html")
    template.write_text(
        template.read_text(encoding="utf-8").replace("</footer>", "<p>Printed from the web</p></footer>"),
        encoding="utf-8",
    )
    del compiled[:]
    page = build_in_a_new_process(translated)
    assert compiled == ["leaflet.html"] and "Printed from the web" in page


def test_damaged_compiled_templates_are_compiled_again(translated, compiled):
    first = build_in_a_new_process(translated)
    for file in cached_files(translated):
        file.write_bytes(file.read_bytes()[:40])
    del compiled[:]
    assert build_in_a_new_process(translated) == first
    assert "leaflet.html" in compiled


def test_another_version_of_the_code_never_loads_the_old_ones_templates(translated, compiled, monkeypatch):
    """The compiled code depends on the environment's options, which are in the pipeline's code."""
    first = build_in_a_new_process(translated)
    old = {file.parent for file in cached_files(translated)}
    monkeypatch.setattr(compiled_templates, "code_digest", lambda: "another version of the pipeline")
    del compiled[:]
    assert build_in_a_new_process(translated) == first
    assert "leaflet.html" in compiled
    assert {file.parent for file in cached_files(translated)}.isdisjoint(old)  # the old folder is gone
    assert not any(folder.exists() for folder in old)


def test_a_cache_that_cannot_be_written_only_costs_the_compile(translated, compiled):
    first = build_in_a_new_process(translated)
    for file in cached_files(translated):
        file.unlink()
    jinja_folder = translated.path("build/.cache/jinja")
    for folder in jinja_folder.iterdir():
        folder.rmdir()
    jinja_folder.rmdir()
    jinja_folder.write_text("not a folder", encoding="utf-8")
    assert build_in_a_new_process(translated) == first
