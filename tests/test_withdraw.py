"""``leaflets withdraw``: a published page found to be wrong is taken from patients by the next
release, and stays withdrawn until a decision ends it: a review dated on or after the withdrawal
of the text the page would show, or ``withdraw --lift``; status judges each as the release does
(pipeline/withdrawals.py)."""

import datetime
import json
import shutil
import subprocess

import pytest

from tests.signoff import as_a_writer_edits
from tests.test_build import Page
from tests.test_release import links, manifest, pair, unresolved
from tests.test_review_history import git, repository  # noqa: F401 (a fixture)

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by make test")

WHY = "the fever warning says 'if the fever goes', not 'if the fever comes back'"
TODAY = (
    datetime.datetime.fromtimestamp(1790000000, datetime.UTC).date().isoformat()
)  # SOURCE_DATE_EPOCH (conftest): a review's day too


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


def test_a_withdrawal_holds_while_nothing_changed(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    assert withdraw(translated)[0] == 0
    assert translated.run("build", "--release", "--only", "html")[0] == 0  # a withdrawal alone fails no release

    # Nothing changed: the same text is withheld again, not published, by every release.
    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 0, err
    assert "withheld ko_KR/demo (withdrawn on purpose; not a failure of the release):" in err
    assert "withdrawn on purpose (withdrawals.toml:6" in err and "refused ko_KR/demo" not in err
    assert not translated.path("dist/ko_KR/demo.html").exists()
    assert "withdrawals.toml:6" in translated.run("status")[1]
    code, _, err = translated.run("check")
    assert code == 0 and "note: withdrawals.toml:6: ko_KR/demo withdrawn" in err


def test_a_withdrawal_alone_does_not_fail_the_release_a_deploy_is_gated_on(repository):  # noqa: F811
    """`leaflets build --release && rsync dist/ ...` (README, "For CI: what to gate on") must deploy the
    withdrawal: the page withheld only because it is withdrawn on purpose is no failure of the release,
    every release until the withdrawal ends; a real refusal beside it still fails the release."""
    assert repository.run("build", "--release", "--only", "html")[0] == 0
    assert withdraw(repository)[0] == 0
    git(repository, "add", "withdrawals.toml")
    git(repository, "commit", "-q", "-m", "withdraw the Korean demo")

    code, out, err = repository.run("build", "--release", "--only", "html")

    assert code == 0, err
    assert "withheld ko_KR/demo (withdrawn on purpose; not a failure of the release):" in err
    assert "withdrew ko_KR/demo: withdrawn on purpose (withdrawals.toml:6" in err
    assert "refused ko_KR/demo" not in err and "release refused" not in err  # nor "dist/ keeps an earlier page"
    assert "note: 1 leaflet-locale pair(s) withheld as withdrawn on purpose (withdrawals.toml): " in err
    assert "refused 0, withdrawn 1, withheld 1, failed 0" in out + err
    assert not repository.path("dist/ko_KR/demo.html").exists()

    code, out, err = repository.run("build", "--release", "--only", "html")  # every later release too
    assert code == 0 and "refused 0, withdrawn 0, withheld 1, failed 0" in out + err, err

    repository.translate("demo", {"Fever": "열이 남"})  # a correction not yet reviewed: a real refusal
    code, out, err = repository.run("build", "--release", "--only", "html")
    assert code == 1
    assert "refused ko_KR/demo:\n  - " in err and "withheld ko_KR/demo" not in err
    assert "withdrawn on purpose (withdrawals.toml:6" in err
    assert "reviewed if its language requires it, and no withdrawal holds for it" in err


def test_withdrawing_the_english_withdraws_the_leaflet_in_every_language(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0

    code, out, err = withdraw(translated, "en")
    assert code == 0, err
    assert "dist/en/demo.html and its translations, in every language, withdrawn" in out
    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 0, err
    assert "withdrew en/demo: withdrawn on purpose" in err and "withdrew ko_KR/demo: withdrawn on purpose" in err
    assert not translated.path("dist/en/demo.html").exists() and not translated.path("dist/ko_KR/demo.html").exists()
    assert links(translated, "dist/index.html") == set()


def test_withdrawing_what_is_not_published_or_does_not_exist_is_an_error(translated):
    code, _, err = withdraw(translated)
    assert code == 1 and "dist/ publishes no page of ko_KR/demo: there is nothing to withdraw" in err
    assert translated.run("withdraw", "xx", "demo", "--reason", WHY, "--by", "Dr. Ana Lee")[0] == 2
    code, _, err = translated.run("withdraw", "ko_KR", "dmeo", "--reason", WHY, "--by", "Dr. Ana Lee")
    assert code == 2 and "no such leaflet 'dmeo'" in err
    code, _, err = translated.run("withdraw", "ko_KR", "demo", "--reason", " ", "--by", "Dr. Ana Lee")
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


# -- what ends a withdrawal: a decision, not an edit ----------------------------------------------------

DAY = 86400
EPOCH = 1790000000  # SOURCE_DATE_EPOCH (tests/conftest.py): the day the fixtures' reviews are dated


def day_of(epoch: int) -> str:
    return datetime.datetime.fromtimestamp(epoch, datetime.UTC).date().isoformat()


def korean_row(project) -> dict:
    code, out, err = project.run("status", "--format", "json")
    assert code in (0, 1), err
    return next(row for row in json.loads(out)["pairs"] if (row["locale"], row["leaflet"]) == ("ko_KR", "demo"))


def released(project) -> bool:
    """Whether a release publishes ko_KR/demo, after saying so (status agrees, or the test fails)."""
    said = korean_row(project)
    project.run("build", "--release", "--only", "html")
    published = project.path("dist/ko_KR/demo.html").exists()
    assert said["releasable"] == published, (said["reasons"], said["withdrawals"])
    return published


def noted(project) -> bool:
    """Whether `check` notes the withdrawal at withdrawals.toml:6: each one in force is a decision to
    make; one that a review or a lift ended asks for none."""
    code, _, err = project.run("check")
    assert code in (0, 1) and "Traceback" not in err, err
    return "note: withdrawals.toml:6: " in err and "; status says whether it still holds" in err


def optional_sign_off(project) -> None:
    config = project.path("leaflets.toml")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('line_break = "keep-all"\n', 'line_break = "keep-all"\nsign_off = "optional"\n'))


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda p: p.translate("demo", {"Headache": "머리가 아픔"}), id="another passage"),
        pytest.param(lambda p: p.translate("common", {"Large print PDF": "큰 글씨 PDF 파일"}), id="common"),
    ],
)
def test_an_edit_that_is_no_decision_does_not_end_a_withdrawal(translated, edit):
    optional_sign_off(translated)  # where nothing else would hold the edited page back
    assert released(translated)
    assert withdraw(translated)[0] == 0
    assert not released(translated)

    edit(translated)

    assert not released(translated)
    code, _, err = translated.run("build", "--release", "--only", "html")
    withheld = "withheld ko_KR/demo (withdrawn on purpose; not a failure of the release):\n"
    assert code == 0 and withheld + "  - withdrawn on purpose (withdrawals.toml:6" in err
    said = err.split("  - withdrawn on purpose (withdrawals.toml:6", 1)[1].split("\n  - ", 1)[0]
    assert "; it holds (locales/ko_KR/LC_MESSAGES/" in said and "no review covers its text now) until" in said, said
    assert f"a translation review dated {TODAY} or later signs off its text" in said
    assert "or it is lifted (leaflets withdraw --lift ko_KR demo --reason WHY)" in said


def test_a_review_dated_before_the_withdrawal_does_not_end_it_and_one_dated_on_or_after_does(translated, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 2 * DAY))
    assert released(translated)
    assert withdraw(translated)[0] == 0
    assert f'on = "{day_of(EPOCH + 2 * DAY)}"' in translated.path("withdrawals.toml").read_text(encoding="utf-8")
    translated.translate("demo", {"Fever": "열이 남"})  # the correction

    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + DAY))  # reviewed the day before it was withdrawn
    assert translated.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")[0] == 0
    assert translated.run("review", "ko_KR", "common", "--by", "Ji-woo Park")[0] == 0
    [withdrawal] = korean_row(translated)["withdrawals"]
    assert withdrawal["standing"] == "holds"
    assert f"reviewed by Ji-woo Park on {day_of(EPOCH + DAY)}, before it" in withdrawal["said"]
    assert not released(translated)
    assert noted(translated)

    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 2 * DAY))  # the correction reviewed that day: a decision
    assert translated.run("review", "ko_KR", "demo", "--by", "Ji-woo Park")[0] == 0
    assert not released(translated)  # common's review is still of the day before: the page shows it too
    assert translated.run("review", "ko_KR", "common", "--by", "Ji-woo Park")[0] == 0

    [withdrawal] = korean_row(translated)["withdrawals"]
    assert withdrawal["standing"] == "ended by review"
    on = day_of(EPOCH + 2 * DAY)
    assert withdrawal["said"] == (
        f"ended by the review of {on} (locales/ko_KR/LC_MESSAGES/demo.po: Ji-woo Park on {on}; "
        f"locales/ko_KR/LC_MESSAGES/common.po: Ji-woo Park on {on})"
    )
    assert not noted(translated)  # check judges it as status does: nothing left to decide
    assert released(translated)
    assert "열이 남" in korean_text(translated)
    code, out, _ = translated.run("status")
    assert f"withdrawals.toml:6: ko_KR/demo withdrawn by Dr. Ana Ruiz on {day_of(EPOCH + 2 * DAY)}" in out
    assert f"ended by the review of {on} (locales/ko_KR/LC_MESSAGES/demo.po: Ji-woo Park on {on}" in out
    assert not noted(translated)  # nor after the release that published the correction

    translated.translate("demo", {"Fever": "발열"})  # back to the text withdrawn: it holds again
    assert korean_row(translated)["withdrawals"][0]["standing"] == "holds"
    assert noted(translated)


def test_a_review_of_the_text_withdrawn_does_not_end_it(translated):
    assert released(translated)
    assert withdraw(translated)[0] == 0  # the same day as the fixture's review of that text

    translated.review_all()  # recorded again that day, of the very text withdrawn

    assert not released(translated)
    [withdrawal] = korean_row(translated)["withdrawals"]
    assert withdrawal["standing"] == "holds" and "its text is still the text withdrawn" in withdrawal["said"]
    assert noted(translated)  # check judges the text as status does: a review of this text ends nothing


def test_a_lift_ends_a_withdrawal_on_purpose_and_is_recorded_below_it(translated):
    assert released(translated)
    assert withdraw(translated)[0] == 0
    assert not released(translated)
    assert "note: withdrawals.toml:6: ko_KR/demo withdrawn" in translated.run("check")[2]  # a decision to make
    record = translated.path("withdrawals.toml").read_text(encoding="utf-8")

    code, out, err = translated.run(
        "withdraw", "--lift", "ko_KR", "demo", "--reason", "the clinician read it again: it is right", "--by", "Dr. Lee"
    )

    assert code == 0, err
    assert "wrote withdrawals.toml:15: the withdrawal of ko_KR/demo (withdrawals.toml:6) lifted by Dr. Lee" in out
    now = translated.path("withdrawals.toml").read_text(encoding="utf-8")
    assert now.startswith(record)  # the history kept: the withdrawal as it was, the lift after it
    assert now[len(record) :] == (
        '\n[[lift]]\nlocale = "ko_KR"\nleaflet = "demo"\nreason = "the clinician read it again: it is right"\n'
        f'by = "Dr. Lee"\non = "{TODAY}"\n'
    )
    [withdrawal] = korean_row(translated)["withdrawals"]
    assert withdrawal["standing"] == "lifted" and withdrawal["lifted"]["by"] == "Dr. Lee"
    assert withdrawal["said"].startswith(f"lifted by Dr. Lee on {TODAY} (withdrawals.toml:15)")
    assert released(translated)
    assert "lifted by Dr. Lee" in translated.run("status")[1]
    # Said once, by the lift: with nothing left to decide, no check notes it again.
    for _ in range(2):
        code, _, err = translated.run("check")
        assert code == 0 and "withdrawals.toml" not in err

    # Nothing left to lift; a new withdrawal below the lift holds again.
    code, _, err = translated.run("withdraw", "--lift", "ko_KR", "demo", "--reason", "again", "--by", "Dr. Ana Lee")
    assert code == 1 and "withdrawals.toml holds no withdrawal of ko_KR/demo in force to lift" in err
    assert withdraw(translated)[0] == 0
    assert not released(translated)


def test_the_english_withdrawn_is_lifted_as_the_english(translated):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    assert withdraw(translated, "en")[0] == 0
    code, _, err = translated.run("withdraw", "--lift", "ko_KR", "demo", "--reason", "fine", "--by", "Dr. Ana Lee")
    assert code == 1 and "withdrawals.toml:6 withdraws its English, and so every language: lift that one" in err
    assert not released(translated)
    assert translated.run("withdraw", "--lift", "en", "demo", "--reason", "fine", "--by", "Dr. Ana Lee")[0] == 0
    assert released(translated) and translated.path("dist/en/demo.html").exists()


def test_the_english_withdrawn_ends_by_a_clinical_review_of_its_day_or_later(translated, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 20 * DAY))  # 2026-10-11, after the English's review
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    assert withdraw(translated, "en")[0] == 0
    source = translated.path("source/demo.md")
    before = source.read_text(encoding="utf-8")
    source.write_text(as_a_writer_edits(before, before.replace("for 3 days", "for 5 days")), encoding="utf-8")

    assert translated.run("review", "en", "demo", "--by", "Dr. Mina Cho", "--on", day_of(EPOCH + 19 * DAY))[0] == 0
    code, out, _ = translated.run("status", "--format", "json")
    english = next(row for row in json.loads(out)["pairs"] if (row["locale"], row["leaflet"]) == ("en", "demo"))
    assert not english["releasable"] and english["withdrawals"][0]["standing"] == "holds"
    assert noted(translated)
    assert translated.run("build", "--release", "--only", "html")[0] == 1
    assert not translated.path("dist/en/demo.html").exists()

    assert translated.run("review", "en", "demo", "--by", "Dr. Mina Cho", "--on", day_of(EPOCH + 20 * DAY))[0] == 0
    code, out, _ = translated.run("status", "--format", "json")
    english = next(row for row in json.loads(out)["pairs"] if (row["locale"], row["leaflet"]) == ("en", "demo"))
    assert english["releasable"] and english["withdrawals"][0]["standing"] == "ended by review"
    assert not noted(translated)
    translated.run("build", "--release", "--only", "html")
    assert "5 days" in Page(translated.path("dist/en/demo.html").read_text(encoding="utf-8")).text
    assert not noted(translated)  # nor after the release that published the English again

    source.write_text(before, encoding="utf-8")  # back to the English withdrawn, and its review before it
    code, out, _ = translated.run("status", "--format", "json")
    english = next(row for row in json.loads(out)["pairs"] if (row["locale"], row["leaflet"]) == ("en", "demo"))
    assert english["withdrawals"][0]["standing"] == "holds"
    assert noted(translated)


def test_a_withdrawals_file_written_before_lifts_existed_still_reads_and_holds(translated):
    assert released(translated)
    published = pair(manifest(translated), "ko_KR")["files"]["html"]["inputs"]
    translated.path("withdrawals.toml").write_text(
        "# Pages withdrawn from patients on purpose (leaflets withdraw LOCALE ID --reason WHY).\n"
        "# Each holds while the page would show the text withdrawn (english: the digest of the English it\n"
        "# shows; translation: of what its catalogs give it): a release publishes no page that does.\n"
        "# A corrected translation is published again; keep the entry as the record.\n"
        "\n[[withdrawal]]\n"
        f'locale = "ko_KR"\nleaflet = "demo"\nreason = "{WHY}"\nby = "Dr. Ana Ruiz"\non = {TODAY}\n'
        f'english = "{published["english shown"]}"\ntranslation = "{published["translation shown"]}"\n',
        encoding="utf-8",
    )
    translated.translate("demo", {"Headache": "머리가 아픔"})  # this alone ended it before; no longer
    assert not released(translated)
    translated.review_all()

    assert released(translated)  # reviewed that day, of other text: a decision
    translated.translate("demo", {"Headache": "두통"})
    optional_sign_off(translated)
    assert not released(translated)  # edited again, and no review covers it now: it holds
    code, _, err = translated.run("check")
    assert code == 0 and "note: withdrawals.toml:6: ko_KR/demo withdrawn by Dr. Ana Ruiz" in err


@pytest.mark.parametrize(
    "entry, where, said",
    [
        (
            '[[lift]]\nlocale = "ko_KR"\nleaflet = "demo"\nreason = "r"\nby = "A"\non = 2026-12-04\n',
            3,
            "ends no withdrawal",
        ),
        ('[[lift]]\nlocale = "ko_KR"\nleaflet = "demo"\nreason = "r"\nby = "A"\non = "someday"\n', 3, "is not a date"),
        (
            '[[lift]]\nlocale = "ko_KR"\nleaflet = "demo"\nreason = "r"\nwho = "A"\non = 2026-12-04\n',
            3,
            "unknown key 'who'",
        ),
    ],
)
def test_a_lift_that_cannot_be_honoured_stops_the_release_naming_its_line(translated, entry, where, said):
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    translated.path("withdrawals.toml").write_text(f"# a hand-written record\n\n{entry}", encoding="utf-8")

    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1 and f"leaflets: withdrawals.toml:{where}: " in err and said in err, err
    assert "Traceback" not in err


def test_a_page_kept_as_published_is_withdrawn_though_the_correction_was_reviewed(translated):
    """The review covers the text now, not the wrong page dist/ still publishes: a release that
    refuses the correction (here for its PDF's font) and would keep that page withdraws it."""
    assert translated.run("build", "--release")[0] == 0
    assert withdraw(translated)[0] == 0  # no release since: dist/ publishes the wrong page
    translated.translate("demo", {"Fever": "열이 남 𓀀"})  # a character no font of its PDF has
    translated.review_all()
    assert korean_row(translated)["withdrawals"][0]["standing"] == "ended by review"
    code, out, _ = translated.run("status")
    assert "withdrawals.toml:6: it still holds for the page dist/ko_KR/demo.html, which shows other text" in out

    code, _, err = translated.run("build", "--release")

    assert code == 1 and "refused ko_KR/demo:" in err and "Egyptian Hieroglyphs" in err
    assert "withdrew ko_KR/demo: withdrawn on purpose (withdrawals.toml:6" in err
    assert not translated.path("dist/ko_KR/demo.html").exists() and not translated.path("dist/ko_KR/demo.pdf").exists()


def test_a_checkout_that_lacks_the_withdrawal_does_not_publish_the_page_again(translated):
    """A release from an older checkout, another branch, or after `git revert` of the withdrawal has a
    withdrawals.toml without it: dist/manifest.json still says the page was withdrawn on purpose and
    never published again, so the release keeps it withdrawn, and says what to put back."""
    assert released(translated)
    assert withdraw(translated)[0] == 0
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    record = translated.path("withdrawals.toml").read_text(encoding="utf-8")

    translated.path("withdrawals.toml").unlink()  # as the checkout before `leaflets withdraw` has it
    code, _, err = translated.run("build", "--release", "--only", "html")

    assert code == 1, err  # a record lost, not a decision carried out: the release fails until it is put back
    assert not translated.path("dist/ko_KR/demo.html").exists()
    assert "refused ko_KR/demo:\n  - withdrawn on purpose (dist/manifest.json, by Dr. Ana Ruiz on " in err
    assert f"): {WHY}; withdrawals.toml here lacks it (an older checkout, another branch, a revert" in err
    assert "put its [[withdrawal]] back from git (git log -p withdrawals.toml)" in err
    assert links(translated, "dist/index.html") == {"en/demo.html"}
    row = korean_row(translated)
    assert not row["releasable"] and "withdrawn on purpose (dist/manifest.json" in row["reasons"][0]

    # The entry put back and lifted: a decision, which a checkout that lacks both no longer undoes.
    translated.path("withdrawals.toml").write_text(record, encoding="utf-8")
    lifted = translated.run("withdraw", "--lift", "ko_KR", "demo", "--reason", "it is right", "--by", "Dr. Lee")
    assert lifted[0] == 0, lifted[2]
    assert released(translated)
    translated.path("withdrawals.toml").unlink()
    assert released(translated)


def test_check_says_a_withdrawal_the_file_lacks_as_the_release_that_refuses_it(translated):
    """A withdrawal that only dist/manifest.json records (its entry deleted by hand, or lost in a merge):
    status and a release said so, and the release failed, while check said nothing and passed."""
    assert released(translated)
    assert withdraw(translated)[0] == 0
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    translated.path("withdrawals.toml").unlink()

    code, _, err = translated.run("check")

    assert code == 1, err
    said = f"withdrawn on purpose (dist/manifest.json, by Dr. Ana Ruiz on {TODAY}): {WHY}; withdrawals.toml here lacks"
    assert f"dist/manifest.json: a release refuses ko_KR/demo: {said} it (an older checkout," in err
    assert "put its [[withdrawal]] back from git (git log -p withdrawals.toml)" in err
    release = translated.run("build", "--release", "--only", "html")
    assert release[0] == 1 and f"refused ko_KR/demo:\n  - {said}" in release[2]
    assert said in korean_row(translated)["reasons"][0]


def test_a_withdrawal_the_file_lacks_is_told_apart_by_its_page_not_its_words(translated):
    """Review findings: the file's withdrawal of another page with the same reason, name and day does
    not stand in for the one it lacks; an entry of the page whose reason was corrected since does, and
    its lift then decides; and the way to lift one the file lacks starts with putting it back."""
    assert released(translated)
    assert withdraw(translated)[0] == 0 and withdraw(translated, "en")[0] == 0
    assert translated.run("build", "--release", "--only", "html")[0] == 0
    both = translated.path("withdrawals.toml").read_text(encoding="utf-8")

    # The checkout lacks the English one: the Korean entry, alike in its words, is no English withdrawal.
    translated.path("withdrawals.toml").write_text(
        both[: both.index('[[withdrawal]]\nlocale = "en"')], encoding="utf-8"
    )
    assert translated.run("build", "--release", "--only", "html")[0] == 1
    assert not translated.path("dist/en/demo.html").exists()

    # Lacking both: the reason names what to put back before lifting.
    translated.path("withdrawals.toml").unlink()
    row = korean_row(translated)
    assert not row["releasable"] and "put back in withdrawals.toml from git and then lifted" in row["reasons"][0]

    # Both entries back, the Korean one's reason corrected since, and lifted: the page's own decision
    # (the English withdrawal, of every language's page, is the file's again).
    corrected = both.replace(WHY, WHY + " (corrected)", 1)
    assert corrected != both
    translated.path("withdrawals.toml").write_text(corrected, encoding="utf-8")
    lifted = translated.run("withdraw", "--lift", "ko_KR", "demo", "--reason", "it is right", "--by", "Dr. Lee")
    assert lifted[0] == 0, lifted[2]
    row = korean_row(translated)
    assert not any("dist/manifest.json" in reason for reason in row["reasons"]), row["reasons"]


def test_another_decision_about_the_page_does_not_stand_in_for_the_one_the_file_lacks():
    """Review finding: the release recorded a Korean withdrawal of 2026-11-01; a checkout lacks it but
    has a later English withdrawal of the same leaflet (another decision, which may be lifted on its
    own): the Korean one must still hold. The same decision with its reason corrected is the file's."""
    from pipeline.manifest import WithdrawnRecord
    from pipeline.withdrawals import Withdrawal, missing_from_file

    recorded = WithdrawnRecord(
        "ko_KR",
        "demo",
        "2.1",
        "",
        (),
        "withdrawn on purpose (withdrawals.toml:6, by Dr. Ana Ruiz on 2026-11-01): the dose is mistranslated",
        "2026-11-01T09:00:00Z",
    )
    english_later = Withdrawal("en", "demo", "English dose typo", "Dr. Lee", "2026-11-03", "e", "")
    same_corrected = Withdrawal(
        "ko_KR", "demo", "the dose is mistranslated (12 mg)", "Dr. Ana Ruiz", "2026-11-01", "e", "t"
    )
    english_same = Withdrawal("en", "demo", "the dose is mistranslated", "Dr. Ana Ruiz", "2026-11-01", "e", "")
    args = (["en", "ko_KR"], ["demo"], "en")

    assert [w.locale for w in missing_from_file([recorded], [english_later], *args)] == ["ko_KR"]
    assert missing_from_file([recorded], [same_corrected], *args) == ()
    assert missing_from_file([recorded], [english_same], *args) == ()  # the English withdrawal took it
