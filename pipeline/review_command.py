"""``leaflets review LOCALE LEAFLET --by NAME``: record a translation review in the catalog;
``leaflets review en LEAFLET --by NAME`` (the source language): the clinical review, in the leaflet;
``leaflets review en common --by NAME``: the clinical review of the page text, in templates/clinical_review.toml.

A sign-off says that a second translator read this translation against this
English and approved it. So it is recorded only for a catalog a release could
publish: up to date with the English, every passage translated, nothing fuzzy,
no check error. What is recorded is pipeline/review.py's.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date

from pipeline import catalogs, clinical_review, page_text_review, review, review_history, text_version
from pipeline.cache import page_text_messages
from pipeline.catalogs.catalog import Message
from pipeline.catalogs.commands import write_catalog
from pipeline.checks import check_parsed, language_data_note
from pipeline.checks.header import unreadable_review
from pipeline.checks.sentence_loss import may_miss_a_sentence
from pipeline.checks.template import english_not_in_template, template_file
from pipeline.config import COMMON_DOMAIN, Project
from pipeline.errors import CatalogError, SourceError, TemplateError, UsageError
from pipeline.files import write_if_changed
from pipeline.model import Leaflet
from pipeline.outcome import Outcome
from pipeline.release import BRING_IN_THE_ENGLISH, REVERSAL_CHECKS
from pipeline.source import latest_date, parse_leaflet, read_leaflet, read_source, review_day, review_day_problem


def record_review(project: Project, locale: str, domain: str, reviewer: str) -> Outcome:
    outcome = Outcome()
    reviewer = _reviewer_name(reviewer)
    project.locale(locale)  # refuses a locale leaflets.toml does not declare
    leaflet = _leaflet(project, domain)
    msgids = (
        list(dict.fromkeys(u.msgid for u in leaflet.units))
        if leaflet
        else [m.msgid for m in catalogs.common_template(project, catalogs.build_time()).messages]
    )
    path = project.po_path(locale, domain)
    file = project.relative(path)
    if not path.is_file():
        raise CatalogError(f"no catalog to review ({BRING_IN_THE_ENGLISH})", file)
    unsafe = project.catalog_problem(path)
    if unsafe:
        raise CatalogError(f"the catalog {unsafe}", file, 1)
    catalog = catalogs.read_po(path.read_bytes(), file)
    report = check_parsed(project, locale, domain, file, catalog)
    entries = {m.msgid: m for m in catalog.messages}
    missing = [m for m in msgids if m not in entries]
    fuzzy = [entries[m] for m in msgids if m in entries and entries[m].fuzzy]
    empty = [entries[m] for m in msgids if m in entries and not entries[m].fuzzy and not entries[m].translated]
    errors = [f for f in report.findings if f.is_error and not unreadable_review(f)]  # the review is written anew
    # What changed in the English since the last review, with the English reviewed when git has it.
    changes = (
        review_history.changes_since_review(project, leaflet, review.catalog_review(catalog))[1] if leaflet else ()
    )
    how = {
        change.now: f'; since the review, {review.DIFF_LEGEND}: "{change.diff}"' for change in changes if change.diff
    }
    if missing:
        outcome.problems.append(
            f"{file}: {len(missing)} passage(s) of the English are not in the catalog yet "
            f'({BRING_IN_THE_ENGLISH}), e.g. "{review.shorten(missing[0])}"'
        )
    outcome.problems += [f'{file}:{m.line}: fuzzy: "{review.shorten(m.msgid)}"{how.get(m.msgid, "")}' for m in fuzzy]
    outcome.problems += [
        f'{file}:{m.line}: not translated: "{review.shorten(m.msgid)}"{how.get(m.msgid, "")}' for m in empty
    ]
    outcome.problems += [finding.format() for finding in errors]
    if outcome.problems:
        outcome.problems.append(
            f"{file}: not signed off: a review is recorded only for a complete translation "
            "with no fuzzy entry and no check error"
        )
        return outcome
    on = _translation_review_day(review.catalog_review(catalog).signoff)
    outcome.written(file, write_catalog(review.record(catalog, reviewer, on, msgids), path))
    outcome.notes.append(
        f"{file}: translation reviewed by {reviewer} on {on.isoformat()}, "
        f"against {len(dict.fromkeys(msgids))} English passages"
    )
    outcome.notes += [f"{file}: signed off the English changed since the last review: {c.describe()}" for c in changes]
    written = {m.msgid: m for m in catalogs.read_po(path.read_bytes(), file).messages}  # the lines now, header grown
    outcome.notes += _translations_kept(file, review.catalog_review(catalog).signoff, changes, written)
    outcome.notes += _warnings_signed_off(report.findings, file, locale, domain)
    translator = catalog.header_value("Last-Translator") or ""
    if review.same_person(reviewer, translator):
        outcome.notes.append(
            f"{file}: the catalog's Last-Translator is {translator!r}: a translation is reviewed by a second "
            "linguist who did not translate it (docs/reviewer.md); ask one to review it: until then `status` "
            "warns on it, and every release that publishes it says so"
        )
    if _nobody(translator):
        outcome.notes.append(
            f"{file}: the catalog's Last-Translator is {translator or 'empty'!r}, no one's name: nothing shows "
            "that the reviewer is not its translator (docs/reviewer.md); the translator's tool writes it "
            "(Poedit: Preferences, General; Weblate: each save)"
        )
    unchecked = language_data_note(project, locale)  # what this sign-off vouches for that no check read
    if unchecked:
        outcome.notes.append(f"{file}: {unchecked}")
    return outcome


def _translations_kept(
    file: str, signoff: review.SignOff | None, changes: Iterable[review.EnglishChange], entries: dict[str, Message]
) -> list[str]:
    """A note for each passage whose English changed since the last review while its translation is the
    one reviewed then: byte for byte the translation of the old English, signed off for the new. Known
    only where git has the English reviewed (pipeline/review_history.py)."""
    return [
        f"{file}:{entries[change.now].line}: the translation of this passage did not change when its English "
        f'did: "{review.shorten(entries[change.now].forms[0])}" is the translation reviewed against the English '
        f"before ({change.describe()}); you signed it off for the English now"
        for change in review.kept_translations(signoff, changes, entries)
    ]


def _translation_review_day(previous: review.SignOff | None) -> date:
    """The day a translation review recorded now took place (today, or SOURCE_DATE_EPOCH's day), refused
    when no review can have taken place on it: a day to come, a mistyped year, or a day before the
    review this one follows (every page tells patients the day)."""
    on = catalogs.review_today()
    given = "SOURCE_DATE_EPOCH gives" if os.environ.get("SOURCE_DATE_EPOCH") else "this machine's clock says it is"
    problem = review_day_problem(on, latest_date())
    if not problem and previous is not None and on < previous.reviewed_on:
        problem = (
            f"a day before the translation review it follows, by {previous.reviewer} on "
            f"{previous.reviewed_on.isoformat()}"
        )
    if problem:
        raise UsageError(f"{given} {on.isoformat()}, {problem}: a review is recorded on the day it takes place")
    return on


def _warnings_signed_off(findings, file: str, locale: str, domain: str) -> list[str]:
    """The warnings the reviewer has just signed off, so a sign-off is never given over them
    unseen: each one that may mean the translation does not say what the English says (the
    opposite, another unit or amount), each one that it may lack a sentence
    (checks/sentence_loss.py), and how many others there are."""
    warnings = [f for f in findings if not f.is_error]
    reversals = [f for f in warnings if f.check in REVERSAL_CHECKS]
    notes = [
        f"{file}: signed off over a warning that it may not say what the English says: {f.format()}" for f in reversals
    ]
    missing = [f for f in warnings if may_miss_a_sentence(f)]  # a language with no length calibration
    notes += [f"{file}: signed off over a warning that a sentence may be missing: {f.format()}" for f in missing]
    others = len(warnings) - len(reversals) - len(missing)
    if others:
        notes.append(
            f"{file}: signed off over {others} other check warning{'s' if others != 1 else ''} "
            f"(leaflets check --locale {locale} --leaflet {domain})"
        )
    return notes


def _nobody(translator: str) -> bool:
    """Whether ``Last-Translator`` names no one: empty, the template's placeholder, or no name."""
    template = any(placeholder in translator for placeholder in ("FULL NAME", "EMAIL@ADDRESS"))
    return template or review.name_problem(translator.split("<")[0]) is not None


def _reviewer_name(by: str) -> str:
    """``--by``, as every page will show it (its spaces made single); a name that cannot be is refused."""
    problem = review.name_problem(by)
    if problem:
        raise UsageError(f"--by: {problem}; {NAME_HINT}")
    return " ".join(by.split())


NAME_HINT = 'give the name of the person who reviewed it, as every page will show it, e.g. --by "Dr. Mina Cho, PharmD"'


def _leaflet(project: Project, domain: str) -> Leaflet | None:
    """The leaflet as it is now; None for the page text (``common``)."""
    if domain == COMMON_DOMAIN:
        return None
    path = project.source_dir / f"{domain}.md"
    if not path.is_file():
        raise UsageError(f"no such leaflet {domain!r}", f"{project.relative(project.source_dir)}/{domain}.md")
    return read_leaflet(path, project.relative(path), project)  # a broken leaflet: its error, file and line


def record_clinical_review(project: Project, domain: str, reviewer: str, on: date) -> Outcome:
    """``leaflets review en ID --by NAME [--on DATE]``: bind the clinical review to the English.

    Rewrites only the front matter lines ``reviewed_by``, ``reviewed_on`` and ``reviewed_text``
    (pipeline/clinical_review.py); every other byte of the leaflet stays as it was."""
    name = _reviewer_name(reviewer)
    if domain == COMMON_DOMAIN:
        return record_page_text_review(project, name, on)
    leaflet = _leaflet(project, domain)
    assert leaflet is not None
    path = project.source_dir / f"{domain}.md"
    file = project.relative(path)
    reviewed = _last_review(project, leaflet)
    previous = _of_an_earlier_english(leaflet, reviewed)
    if previous is not None:
        earlier = date.fromisoformat(previous.reviewed_on)
        _refuse_a_day_before(
            on, previous.reviewed_by, earlier, f"an earlier English (git {previous.commit[:12]})", "English"
        )
    _refuse_a_kept_version(project, leaflet, reviewed)
    data, problem = read_source(path, project)
    if data is None:
        raise SourceError(problem, file)
    text = data.decode("utf-8")  # read_leaflet has read it as UTF-8
    digest = clinical_review.text_digest(leaflet, name, on)
    values = {"reviewed_by": clinical_review.quoted(name), "reviewed_on": on.isoformat()}
    # A claim that says the same stays as written, quoting and all.
    if name == leaflet.reviewed_by:
        del values["reviewed_by"]
    if on == leaflet.reviewed_on:
        del values["reviewed_on"]
    values[clinical_review.KEY] = clinical_review.quoted(digest)
    new = clinical_review.rewrite_front_matter(text, values, after="reviewed_on")
    written = parse_leaflet(new, file, expected_id=domain)
    # What is recorded covers exactly the English reviewed: anything else is a bug, never written.
    if (
        clinical_review.state(written) != clinical_review.REVIEWED
        or [u.msgid for u in written.units] != [u.msgid for u in leaflet.units]
        or written.references != leaflet.references
    ):
        raise SourceError("could not record the clinical review (a bug in leaflets)", file)
    outcome = Outcome()
    outcome.written(file, write_if_changed(path, new.encode("utf-8")))
    outcome.notes.append(
        f"{file}: clinical review by {name} on {on.isoformat()} recorded for this English "
        f"({len(dict.fromkeys(u.msgid for u in leaflet.units))} passages, {_references(len(leaflet.references))})"
    )
    if leaflet.reviewed_text is None:
        outcome.notes.append(
            f"{file}: {clinical_review.KEY} added to the front matter: the lines below it moved down one; "
            "run leaflets extract and leaflets update so the catalogs point at them"
        )
    outcome.notes += _version_notes(leaflet, reviewed)
    outcome.notes += _not_extracted(project, leaflet)
    return outcome


def _refuse_a_day_before(on: date, reviewed_by: str, reviewed_on: date, of: str, what: str) -> None:
    """A clinical review of a changed text recorded on a day before the review of the text it replaced
    (a leaflet's English, the page text): no such review can have taken place."""
    if on < reviewed_on:
        raise UsageError(
            f"--on: {on.isoformat()} is a day before the clinical review recorded before this one, by "
            f"{reviewed_by} on {reviewed_on.isoformat()} of {of}: this {what} was reviewed on that day or later"
        )


def record_page_text_review(project: Project, name: str, on: date) -> Outcome:
    """``leaflets review en common --by NAME [--on DATE]``: bind the clinical review to the English
    page text and medical disclaimer the templates give every page (pipeline/page_text_review.py),
    in ``templates/clinical_review.toml``, written whole."""
    path = project.templates_dir / page_text_review.FILE
    file = project.relative(path)
    earlier = page_text_review.read(project)
    messages = page_text_messages(project)  # a template that cannot be read: its error, file and line
    if isinstance(earlier, page_text_review.Recorded):
        covers_this = page_text_review.judge(earlier, messages, file, project.source_locale).reviewed
        if not covers_this:
            _refuse_a_day_before(
                on, earlier.reviewed_by, earlier.reviewed_on, f"earlier page text ({file})", "page text"
            )
    text = page_text_review.render(name, on, page_text_review.text_digest(messages, name, on))
    # What is recorded covers exactly the page text reviewed: anything else is a bug, never written.
    written = page_text_review.parse(text, file)
    if not page_text_review.judge(written, messages, file, project.source_locale).reviewed:
        raise TemplateError("could not record the clinical review of the page text (a bug in leaflets)", file)
    outcome = Outcome()
    outcome.written(file, write_if_changed(path, text.encode("utf-8")))
    outcome.notes.append(
        f"{file}: clinical review by {name} on {on.isoformat()} recorded for the English page text and "
        f"medical disclaimer ({len({m[1] for m in messages})} messages of the templates)"
    )
    return outcome


def _last_review(project: Project, leaflet: Leaflet) -> review_history.Reviewed | None:
    """The version of the leaflet the clinical review recorded before (``reviewed_text``) covered, as
    git has it (``msgids`` None, and why, when git does not); None when no review was recorded or it
    covers the leaflet as it is now (recording it again may correct its day)."""
    if leaflet.reviewed_text is None or clinical_review.state(leaflet) == clinical_review.REVIEWED:
        return None
    return review_history.clinically_reviewed(project, leaflet.path, leaflet.reviewed_text)


def _of_an_earlier_english(
    leaflet: Leaflet, reviewed: review_history.Reviewed | None
) -> review_history.Reviewed | None:
    """The review recorded before, when the English it covered is not the English now: a review of
    this English is a later one. None when it is not known or covered this very English."""
    if reviewed is None or reviewed.msgids is None or not reviewed.reviewed_on:
        return None
    return None if text_version.same_text(leaflet, reviewed) else reviewed


def _refuse_a_kept_version(project: Project, leaflet: Leaflet, reviewed: review_history.Reviewed | None) -> None:
    """Refuses, on the ``version`` line, to record a review of an English that differs from the
    English the last review covered and keeps its version (pipeline/text_version.py): two
    different texts would be published under one version. The leaflet is left as it is."""
    kept = text_version.kept(leaflet, reviewed)
    if not kept:
        return
    assert reviewed is not None  # kept() is "" without it
    changed = clinical_review.judge(leaflet, project.source_locale, reviewed).changed
    since = f"; changed since that review (git {reviewed.commit[:12]}): {changed}" if changed else ""
    raise SourceError(
        f"the clinical review is not recorded: {kept}; {text_version.what_to_do(leaflet, reviewed)}, "
        f"then record the review again{since}",
        leaflet.path,
        text_version.line(leaflet),
    )


def _version_notes(leaflet: Leaflet, reviewed: review_history.Reviewed | None) -> list[str]:
    """What the sign-off says of the version the pages will carry: none at all, or that git could not
    show whether it was raised since the review recorded before."""
    if leaflet.version is None:
        return [
            f"{leaflet.path}: this English has no version:, so its pages carry none and only the review's "
            'date tells two printouts of different texts apart; add one (e.g. version: "1.0") to name it'
        ]
    if reviewed is not None and reviewed.msgids is None:
        return [
            f"{leaflet.path}:{leaflet.version_line}: could not check that version: was raised since the clinical "
            f"review recorded before: {reviewed.problem}; if this English differs from the English it covered, "
            "give it a new version"
        ]
    return []


def _not_extracted(project: Project, leaflet: Leaflet) -> list[str]:
    """A note when the leaflet's template lacks passages of the English just reviewed: translators
    work from it, so until it is extracted again no translation of the change can start (and every
    translated page stays refused, missing those passages)."""
    template = template_file(project, leaflet.id)
    behind = english_not_in_template(project, leaflet, template)
    if not behind:
        return []
    if not behind[0].msgid:  # no template at all
        return [f"{leaflet.path}: {behind[0].message}"]
    return [
        f"{template.file}: {len(behind)} passage(s) of this English are not in the template yet, so no "
        f'translator has them, e.g. "{review.shorten(behind[0].msgid)}": {BRING_IN_THE_ENGLISH}'
    ]


def review_date(value: str | None) -> date:
    """``--on``: the day of a clinical review, validated as ``reviewed_on`` is; today when not given."""
    if value is None:
        return catalogs.review_today()
    try:
        return review_day(value, "--on", 0, latest_date())
    except SourceError as exc:
        raise UsageError(f"--on: {exc.message}") from None


def _references(count: int) -> str:
    return f"{count} reference" if count == 1 else f"{count} references"
