"""``leaflets withdraw``: a published page found to be wrong is taken from patients by the next
release, and stays withdrawn while a page would show the text withdrawn; a corrected translation
is published again, the record kept (pipeline/withdrawals.py)."""

import datetime
import shutil
import subprocess

import pytest

from tests.test_build import Page
from tests.test_release import links, manifest, pair, unresolved

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

WHY = "the fever warning says 'if the fever goes', not 'if the fever comes back'"
TODAY = datetime.date.today().isoformat()


def withdraw(project, locale: str = "ko_KR", *more: str) -> tuple[int, str, str]:
    return project.run("withdraw", locale, "demo", "--reason", WHY, "--by", "Dr. Ana Ruiz", *more)


def korean_text(project) -> str:
    return Page(project.path("dist/ko_KR/demo.html").read_text(encoding="utf-8")).text


def test_a_withdrawn_translation_is_taken_down_though_its_correction_is_refused(translated):
    assert translated.run("build", "--release")[0] == 0
    translated.translate("demo", {"Fever": "열이 남"})  # the correction, not yet reviewed: refused
    code, _, err = translated.run("build", "--release")
    assert code == 1 and "refused ko_KR/demo" in err and "withdrew" not in err  # kept, by design

    code, out, err = withdraw(translated)

    assert code == 0, err
    assert f"wrote withdrawals.toml:6: dist/ko_KR/demo.html withdrawn by Dr. Ana Ruiz: {WHY}" in out
    record = translated.path("withdrawals.toml").read_text(encoding="utf-8")
    published = pair(manifest(translated), "ko_KR")["files"]["html"]["inputs"]
    assert f'translation = "{published["translation shown"]}"' in record
    assert f'english = "{published["english shown"]}"' in record and f'on = "{TODAY}"' in record

    code, _, err = translated.run("build", "--release")

    assert code == 1
    said = f"withdrawn on purpose (withdrawals.toml:6, by Dr. Ana Ruiz on {TODAY}): {WHY}"
    assert f"withdrew ko_KR/demo: {said}; dist/ko_KR/demo.html, dist/ko_KR/demo.pdf moved to " in err
    assert not translated.path("dist/ko_KR/demo.html").exists() and not translated.path("dist/ko_KR/demo.pdf").exists()
    assert translated.path("dist/archive/ko_KR/demo/2.1/demo.html").exists()
    assert links(translated, "dist/index.html") == {"en/demo.html", "en/demo.pdf"}
    english = Page(translated.path("dist/en/demo.html").read_text(encoding="utf-8"))
    assert not [a for a, _ in english.links if a.get("hreflang") == "ko-KR"]
    assert unresolved(translated.path("dist")) == []
    [withdrawn] = manifest(translated)["withdrawn"]
    assert withdrawn["reason"] == said and withdrawn["republished"] == {}

    # The correction reviewed: published again, the withdrawal kept as the record.
    translated.review_all()
    code, _, err = translated.run("build", "--release")
    assert code == 0, err
    assert "열이 남" in korean_text(translated)
    [withdrawn] = manifest(translated)["withdrawn"]
    assert set(withdrawn["republished"]) == {"ko_KR/demo.html", "ko_KR/demo.pdf"}
    assert translated.path("withdrawals.toml").read_text(encoding="utf-8") == record


def test_a_withdrawal_holds_while_the_page_would_show_the_text_withdrawn(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    assert withdraw(translated)[0] == 0
    assert translated.run("build", "--release", "--only", "html")[0] == 1

    # Nothing changed: the same text is refused again, not published, by every release.
    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1
    assert "refused ko_KR/demo:" in err and "withdrawn on purpose (withdrawals.toml:6" in err
    assert not translated.path("dist/ko_KR/demo.html").exists()
    assert "withdrawals.toml:6" in translated.run("status")[1]
    code, _, err = translated.run("check")
    assert code == 0 and "note: withdrawals.toml:6: ko_KR/demo withdrawn" in err


def test_withdrawing_the_english_withdraws_the_leaflet_in_every_language(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0

    code, out, err = withdraw(translated, "en")
    assert code == 0, err
    assert "dist/en/demo.html and its translations, in every language, withdrawn" in out
    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1
    assert "withdrew en/demo: withdrawn on purpose" in err and "withdrew ko_KR/demo: withdrawn on purpose" in err
    assert not translated.path("dist/en/demo.html").exists() and not translated.path("dist/ko_KR/demo.html").exists()
    assert links(translated, "dist/index.html") == set()


def test_withdrawing_what_is_not_published_or_does_not_exist_is_an_error(translated):
    code, _, err = withdraw(translated)
    assert code == 1 and "dist/ publishes no page of ko_KR/demo: there is nothing to withdraw" in err
    assert translated.run("withdraw", "xx", "demo", "--reason", WHY, "--by", "A")[0] == 2
    code, _, err = translated.run("withdraw", "ko_KR", "dmeo", "--reason", WHY, "--by", "A")
    assert code == 2 and "no such leaflet 'dmeo'" in err
    code, _, err = translated.run("withdraw", "ko_KR", "demo", "--reason", " ", "--by", "A")
    assert code == 2 and "--reason" in err
    assert not translated.path("withdrawals.toml").exists()

    assert translated.run("build", "--release", "--only", "html")[0] == 0
    assert withdraw(translated)[0] == 0
    code, _, err = withdraw(translated)
    assert code == 1 and "withdrawals.toml:6 already withdraws the text dist/ko_KR/demo.html shows" in err


@pytest.mark.parametrize(
    "entry, where, said",
    [
        ('locale = "ko_KR"\nleaflet = "gone"\n', 3, "no such leaflet 'gone'"),
        ('locale = "fr"\nleaflet = "demo"\n', 3, "locale 'fr' is not configured"),
        ('locale = "ko_KR"\nleaflet = "demo\n', 5, "cannot be read"),
    ],
)
def test_a_withdrawal_that_cannot_be_honoured_stops_the_release_naming_its_line(translated, entry, where, said):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    published = translated.path("dist/ko_KR/demo.html").read_bytes()
    text = f'# a hand-written record\n\n[[withdrawal]]\n{entry}reason = "wrong"\nby = "A"\non = 2026-12-04\nenglish = "x"\n'
    translated.path("withdrawals.toml").write_text(text.replace("[[withdrawal]]\n", "[[withdrawal]]\n", 1))

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1 and f"leaflets: withdrawals.toml:{where}: {said}" in err, err
    assert "Traceback" not in err
    assert translated.path("dist/ko_KR/demo.html").read_bytes() == published
    code, _, err = translated.run("check")
    assert code == 1 and f"withdrawals.toml:{where}: {said}" in err


def test_who_withdrew_is_the_git_user_unless_given(translated, monkeypatch):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    code, _, err = translated.run("withdraw", "ko_KR", "demo", "--reason", WHY)
    assert code == 2 and '--by "NAME": who decided' in err  # no git user.name to take it from
    subprocess.run(["git", "init", "-q"], cwd=translated.root, check=True)
    subprocess.run(["git", "config", "user.name", "Dr. Ana Ruiz"], cwd=translated.root, check=True)

    code, out, err = translated.run("withdraw", "ko_KR", "demo", "--reason", WHY)

    assert code == 0, err
    assert "withdrawn by Dr. Ana Ruiz" in out
    assert 'by = "Dr. Ana Ruiz"' in translated.path("withdrawals.toml").read_text(encoding="utf-8")
