"""Pages taken from patients on purpose: ``withdrawals.toml``, which ``leaflets withdraw`` writes.

A released page may turn out to be wrong (a mistranslated warning). A release keeps a published
page while the translation that would replace it is refused (a translator's unfinished edit does
not unpublish a good translation), so nothing else takes a wrong one down. ``leaflets withdraw
LOCALE ID --reason WHY`` records the decision in this committed file, with the text withdrawn:
the digest of the English its page shows (``english shown``) and, for a translation, of what its
catalogs give it (``translation shown``), as dist/manifest.json records them for the page. Every
``build --release`` then withdraws a page that shows that text to the archive, and publishes none
that would; the withdrawal holds only while the page would show the same text, so a corrected
(and, where its language requires, reviewed again) translation is published again without
deleting the record. A withdrawal of the English page (the source locale) withdraws the leaflet
in every language: each page of that English.

The file is read and matched here; the plan (pipeline/plan.py) asks :func:`holding`. No I/O
but :func:`load` and :func:`append`.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from pipeline.errors import LeafletError
from pipeline.manifest import ENGLISH_SHOWN, TRANSLATION_SHOWN

FILE_NAME = "withdrawals.toml"
_HEADER = re.compile(r"^\s*\[\[\s*withdrawal\s*\]\]\s*(?:#.*)?$")
_KEYS = ("locale", "leaflet", "reason", "by", "on", "english", "translation")
_PREAMBLE = (
    "# Pages withdrawn from patients on purpose (leaflets withdraw LOCALE ID --reason WHY).\n"
    "# Each holds while the page would show the text withdrawn (english: the digest of the English it\n"
    "# shows; translation: of what its catalogs give it): a release publishes no page that does.\n"
    "# A corrected translation is published again; keep the entry as the record.\n"
)


@dataclass(frozen=True)
class Withdrawal:
    """One decision to take a page from patients, and the text it takes."""

    locale: str
    leaflet: str
    reason: str
    by: str
    on: str  # ISO 8601 date
    english: str  # digest of the English the page shows (ENGLISH_SHOWN)
    translation: str  # digest of what its catalogs give it (TRANSLATION_SHOWN); "" for the English page
    line: int = 0  # of its [[withdrawal]] header in withdrawals.toml

    @property
    def where(self) -> str:
        return f"{FILE_NAME}:{self.line}"

    def describe(self) -> str:
        """Why a page is withdrawn, as a release records it and status shows it."""
        return f"withdrawn on purpose ({self.where}, by {self.by} on {self.on}): {self.reason}"

    def takes(self, locale: str, leaflet: str, shown: Mapping[str, str], source_locale: str) -> bool:
        """Whether a page of ``locale``/``leaflet`` that shows ``shown`` (a page's inputs, or what a
        page made now would show) is the text withdrawn. A page that does not say what it shows (made
        by an earlier leaflets) is not taken: a withdrawal is always recorded of a page that says."""
        if leaflet != self.leaflet or shown.get(ENGLISH_SHOWN) != self.english:
            return False
        if self.locale == source_locale:  # the English withdrawn: every page of that English
            return True
        return locale == self.locale and shown.get(TRANSLATION_SHOWN) == self.translation


def holding(
    withdrawals: Iterable[Withdrawal], locale: str, leaflet: str, shown: Mapping[str, str], source_locale: str
) -> Withdrawal | None:
    """The first withdrawal that takes such a page, or None."""
    return next((w for w in withdrawals if w.takes(locale, leaflet, shown, source_locale)), None)


def load(root: Path, locales: Iterable[str], leaflets: Iterable[str]) -> tuple[Withdrawal, ...]:
    """The project's withdrawals (none without the file). One that cannot be read, or names a locale
    or leaflet that does not exist, is an error naming its line: a release must not publish a page
    someone meant to withdraw because the record of it was mistyped."""
    path = root / FILE_NAME
    if not path.is_file():
        return ()
    try:
        text = path.read_bytes().decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise LeafletError(f"is not UTF-8 ({exc.reason} at byte {exc.start})", FILE_NAME) from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        said = re.sub(r" \(at line.*", "", str(exc))
        raise LeafletError(f"cannot be read: {said}", FILE_NAME, int(found[1]) if found else None) from None
    unknown = sorted(set(data) - {"withdrawal"})
    if unknown:
        raise LeafletError(f"unknown key {unknown[0]!r} (each withdrawal is a [[withdrawal]] table)", FILE_NAME)
    entries = data.get("withdrawal", [])
    lines = [number for number, line in enumerate(text.splitlines(), start=1) if _HEADER.match(line)]
    if not isinstance(entries, list) or len(lines) != len(entries):
        raise LeafletError("each withdrawal must be a [[withdrawal]] table on a line of its own", FILE_NAME)
    known_locales, known_leaflets = set(locales), set(leaflets)
    return tuple(_entry(entry, line, known_locales, known_leaflets) for entry, line in zip(entries, lines, strict=True))


def _entry(entry: dict, line: int, locales: set[str], leaflets: set[str]) -> Withdrawal:
    def fail(message: str) -> LeafletError:
        return LeafletError(message, FILE_NAME, line)

    unknown = sorted(set(entry) - set(_KEYS))
    if unknown:
        raise fail(f"unknown key {unknown[0]!r} (a withdrawal has {', '.join(_KEYS)})")
    values = {}
    for key in _KEYS:
        value = entry.get(key, "" if key == "translation" else None)
        if isinstance(value, date):
            value = value.isoformat()
        if not isinstance(value, str) or (key != "translation" and not value.strip()):
            raise fail(f"{key!r} must be a non-empty string")
        values[key] = value.strip()
    if values["locale"] not in locales:
        raise fail(
            f"locale {values['locale']!r} is not configured in leaflets.toml "
            f"(configured: {', '.join(sorted(locales))}); remove the entry, or declare the locale"
        )
    if values["leaflet"] not in leaflets:
        raise fail(f"no such leaflet {values['leaflet']!r} in source/; remove the entry, or restore the leaflet")
    return Withdrawal(**values, line=line)


def append(root: Path, withdrawal: Withdrawal) -> int:
    """Add ``withdrawal`` at the end of the file (made, with a note on what it is, if there is none);
    the line of its header. What is there is never rewritten: it is the record."""
    path = root / FILE_NAME
    before = path.read_text(encoding="utf-8") if path.is_file() else _PREAMBLE
    if before and not before.endswith("\n"):
        before += "\n"
    fields = [
        ("locale", withdrawal.locale),
        ("leaflet", withdrawal.leaflet),
        ("reason", withdrawal.reason),
        ("by", withdrawal.by),
        ("on", withdrawal.on),
        ("english", withdrawal.english),
    ]
    if withdrawal.translation:
        fields.append(("translation", withdrawal.translation))
    # JSON's string escapes are TOML's basic string's (\" \\ \n \uXXXX).
    entry = "\n[[withdrawal]]\n" + "".join(
        f"{key} = {json.dumps(value, ensure_ascii=False)}\n" for key, value in fields
    )
    path.write_text(before + entry, encoding="utf-8")
    return len((before + "\n").splitlines()) + 1


def withdraw(project, locale: str, leaflet: str, reason: str, by: str, on: date) -> tuple[Withdrawal, str]:
    """``leaflets withdraw``: record that the page dist/ publishes of ``locale``/``leaflet`` is to be
    taken from patients, with the text it shows (its record in dist/manifest.json); the withdrawal
    and the line it is written at. An error when dist/ publishes no such page, or its record does
    not say what it shows (published by an earlier leaflets: release once, then withdraw)."""
    from pipeline.manifest import read_manifest

    dist = project.relative(project.dist_dir)
    published = read_manifest(project.dist_dir, f"{dist}/manifest.json").pairs.get((locale, leaflet))
    page = published.files.get("html") if published else None
    if page is None:
        raise LeafletError(f"{dist}/ publishes no page of {locale}/{leaflet}: there is nothing to withdraw")
    english = page.inputs.get(ENGLISH_SHOWN, "")
    translation = "" if locale == project.source_locale else page.inputs.get(TRANSLATION_SHOWN, "")
    if not english or (locale != project.source_locale and not translation):
        raise LeafletError(
            f"{dist}/manifest.json does not say which text {dist}/{page.path} shows (an earlier leaflets "
            f"published it): run `leaflets build --release` once, then withdraw it"
        )
    withdrawal = Withdrawal(locale, leaflet, reason, by, on.isoformat(), english, translation)
    existing = load(project.root, (loc.code for loc in project.locales), _leaflet_ids(project))
    same = holding(existing, locale, leaflet, page.inputs, project.source_locale)
    if same is not None:
        raise LeafletError(f"{same.where} already withdraws the text {dist}/{page.path} shows: {same.reason}")
    line = append(project.root, withdrawal)
    return replace(withdrawal, line=line), f"{dist}/{page.path}"


def _leaflet_ids(project) -> list[str]:
    return [path.stem for path in project.source_dir.glob("*.md")]


def project_withdrawals(project) -> tuple[tuple[Withdrawal, ...], str]:
    """The project's withdrawals and "", or () and why withdrawals.toml cannot be honoured
    (``check`` and ``status`` say so; a release stops on it)."""
    try:
        return load(project.root, (loc.code for loc in project.locales), _leaflet_ids(project)), ""
    except LeafletError as exc:
        return (), str(exc)


def note(withdrawal: Withdrawal, source_locale: str) -> str:
    """What ``check`` and ``status`` say of a withdrawal in force."""
    what = f"{withdrawal.locale}/{withdrawal.leaflet}"
    if withdrawal.locale == source_locale:
        what += " (its English, and so every language)"
    return (
        f"{withdrawal.where}: {what} withdrawn by {withdrawal.by} on {withdrawal.on}: {withdrawal.reason}; "
        "a release publishes no page of the text withdrawn, and a corrected one as usual"
    )


def applies_to(withdrawal: Withdrawal, locale: str, leaflet: str, source_locale: str) -> bool:
    """Whether ``withdrawal`` is of a page of ``locale``/``leaflet``, whatever its text."""
    return leaflet == withdrawal.leaflet and withdrawal.locale in (locale, source_locale)
