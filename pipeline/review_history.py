"""The English a translation review approved, found again in the project's git history.

A sign-off records the English it approved only as digests
(pipeline/review.py): enough to say *that* a passage changed since, not
*what* it said. While an entry is fuzzy its ``#| msgid`` keeps the earlier
English, but a translator who corrects it clears that too (Poedit drops
``#|`` with the fuzzy mark), so at re-review the reviewer would see only
the new text.

Where the reviewed English comes from, and why:

* Not the catalog header: a leaflet's English is kilobytes, in a file
  translators edit and Weblate rewrites; the header should stay a few lines.
* Not a file of our own beside the catalogs: one more file per leaflet and
  language to commit and keep in step, which a translator's tool does not
  know and a merge can part from its catalog.
* The leaflets live in git, which holds every English a writer committed.
  ``X-Translation-Reviewed-Source`` is the hash of exactly one list of
  passages, so the newest commit of ``source/<id>.md`` whose passages, read
  by this pipeline's own extractor, hash to it *is* the English reviewed:
  no guessing. (Weblate keeps the previous source string in its database;
  git is this project's database.)

When nothing matches (git missing, not a repository, a shallow clone, the
reviewed English never committed, or an extractor that reads old files
differently now) the answer says why, and the callers name the changed
passages as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import review
from pipeline.cache import Cache
from pipeline.catalogs.pofile import read_po
from pipeline.errors import LeafletError
from pipeline.fingerprint import code_digest, digest, digest_of
from pipeline.model import Leaflet
from pipeline.source import parse_leaflet, shown_digest

MAX_VERSIONS = 200  # commits of one leaflet read back at most: older reviews than that are named only
_TIMEOUT = 60


@dataclass(frozen=True)
class Reviewed:
    """The English passages a review approved, or why they cannot be shown."""

    msgids: tuple[str, ...] | None  # in reading order; None when not found
    commit: str = ""  # the newest commit holding exactly that English
    problem: str = ""  # why not found, said to the reviewer
    # That version's references and clinical review claim (pipeline/clinical_review.py)
    references: tuple[str, ...] = ()
    reviewed_by: str = ""
    reviewed_on: str = ""
    source_digest: str = ""  # the digest of that version's bytes, as a build records a page's source
    # The digest of the English that version's pages show (source.shown_digest, a page's ENGLISH_SHOWN):
    # a page made from another version that shows the same (a note to translators edited) is of it too
    shown_digest: str = ""
    version: str | None = None  # that version's front matter ``version`` (None: it had none)

    def to_json(self) -> dict:
        return {
            "msgids": list(self.msgids) if self.msgids is not None else None,
            "commit": self.commit,
            "problem": self.problem,
            "references": list(self.references),
            "reviewed_by": self.reviewed_by,
            "reviewed_on": self.reviewed_on,
            "source_digest": self.source_digest,
            "shown_digest": self.shown_digest,
            "version": self.version,
        }

    @classmethod
    def from_json(cls, value: dict) -> Reviewed:
        msgids = value.get("msgids")
        return cls(
            tuple(msgids) if msgids is not None else None,
            value.get("commit", ""),
            value.get("problem", ""),
            tuple(value.get("references", ())),
            value.get("reviewed_by", ""),
            value.get("reviewed_on", ""),
            value.get("source_digest", ""),
            value.get("shown_digest", ""),
            value.get("version"),
        )


def history_state(root: Path) -> str:
    """What the answers below depend on besides their arguments: the commit checked out and
    whether the clone is shallow (a later ``git fetch --unshallow`` may find more)."""
    result = _git(root, "rev-parse", "HEAD", "--is-shallow-repository")
    return result if result is not None else "no git"


def head_commit(root: Path, leave_out: tuple[str, ...] = ()) -> str:
    """The commit checked out, with manifest.DIRTY added when the working tree differs from it
    (a change not committed, a file not added; the paths ``leave_out``, relative to ``root``,
    aside: the folders a build writes); "" when there is none (not a git repository)."""
    from pipeline.manifest import DIRTY

    head = _git(root, "rev-parse", "--verify", "-q", "HEAD")
    if head is None or not head.strip():
        return ""
    excluded = [f":(exclude){path}" for path in leave_out]
    status = _git(root, "status", "--porcelain", "--untracked-files=normal", "--", ".", *excluded)
    # git that cannot say whether the tree is clean: marked, on the safe side
    return head.strip() + (DIRTY if status is None or status.strip() else "")


@dataclass(frozen=True)
class WorkingChanges:
    """What a working tree changes of the commit checked out (:func:`working_changes`)."""

    # the digest of all of it, "sha256:..."; "": git could not list the changes
    digest: str = ""
    # each path changed, with a short digest of what it holds now: only to name, in a message, the
    # paths two sets of changes differ in (the decision is the digest's)
    paths: dict[str, str] = field(default_factory=dict)


# What a working tree with no uncommitted change has: the digest of nothing.
NO_CHANGES = WorkingChanges("sha256:" + hashlib.sha256().hexdigest(), {})


def uncommitted_changes(root: Path, leave_out: tuple[str, ...] = ()) -> str:
    """The digest of what the working tree changes of the commit checked out (:func:`working_changes`)."""
    return working_changes(root, leave_out).digest


def working_changes(root: Path, leave_out: tuple[str, ...] = ()) -> WorkingChanges:
    """What the working tree changes of the commit checked out, the paths ``leave_out`` aside as
    :func:`head_commit` leaves them: each path a change touches (a tracked file changed, added or
    deleted, staged or not: ``git diff HEAD --name-only``; a file not added and not ignored), with
    what it holds in the working tree (its bytes and whether it is executable; a symbolic link by
    its target; a deleted file as deleted). Read from the files, not from a diff: staging a file, or
    the user's diff settings, change nothing. Two trees with the same changes have the same digest;
    "" (and no path) when git cannot list them (not a repository, no commit, an error)."""
    excluded = [f":(exclude){path}" for path in leave_out]
    settings = ("-c", "core.quotepath=off", "-c", "diff.autoRefreshIndex=true")
    tracked = _git_bytes(root, *settings, "diff", "HEAD", "--name-only", "-z", "--no-renames", "--", ".", *excluded)
    added = _git_bytes(root, "ls-files", "-z", "--others", "--exclude-standard", "--", ".", *excluded)
    if tracked is None or added is None:
        return WorkingChanges()
    digest = hashlib.sha256()
    paths: dict[str, str] = {}
    for name in sorted({path for path in (tracked + b"\0" + added).split(b"\0") if path}):
        state = _state(root / os.fsdecode(name))
        if state is None:
            return WorkingChanges()
        digest.update(b"%d\0%s\0%d\0%s" % (len(name), name, len(state), state))
        # named in messages and a manifest (JSON, UTF-8): a name in no encoding is shown escaped
        paths[name.decode("utf-8", "backslashreplace")] = hashlib.sha256(state).hexdigest()[:16]
    return WorkingChanges("sha256:" + digest.hexdigest(), paths)


def _state(file: Path) -> bytes | None:
    """What a changed path holds in the working tree, as :func:`working_changes` digests it; None:
    a file that cannot be read."""
    # a link's target, not what it leads to; a folder (a repository inside) by its name alone
    if file.is_symlink():
        return b"link\0" + os.fsencode(os.readlink(file))
    if file.is_file():
        try:
            content = file.read_bytes()
            executable = os.access(file, os.X_OK)
        except OSError:
            return None
        return b"file\0%d\0%d\0%s" % (executable, len(content), content)
    return b"folder" if file.is_dir() else b"deleted"


def comes_before(root: Path, older: str, newer: str) -> bool:
    """Whether commit ``older`` is a strict ancestor of commit ``newer`` in the project's git: False
    when they are the same, when neither descends from the other (another branch), and when git
    does not know one of them (a shallow clone, a commit of another repository) or is not there."""
    if not older or not newer or older == newer:
        return False
    return _git(root, "merge-base", "--is-ancestor", older, newer) is not None


def includes(root: Path, commit: str, head: str) -> bool | None:
    """Whether the history of ``head`` includes ``commit`` (the same commit, or an ancestor of it);
    None when git does not know ``commit`` (a shallow clone, a commit of another repository)."""
    if commit == head:
        return True
    if _git(root, "cat-file", "-e", f"{commit}^{{commit}}") is None:
        return None
    return _git(root, "merge-base", "--is-ancestor", commit, head) is not None


def git_user_name(root: Path) -> str:
    """``git config user.name`` where the project is; "" when none is set (or no git)."""
    return (_git(root, "config", "user.name") or "").strip()


def reviewed_english(project, file: str, signoff: review.SignOff, cache: Cache | None = None) -> Reviewed:
    """The English of ``file`` (``source/<id>.md``) as ``signoff`` approved it, from git."""
    return _found(project, file, signoff.source_hash, _english_hash, cache)


def clinically_reviewed(project, file: str, recorded: str, cache: Cache | None = None) -> Reviewed:
    """The version of ``file`` whose clinical review digest (``reviewed_text``) is ``recorded``, from git."""
    from pipeline.clinical_review import text_digest  # it judges with this module's answers

    return _found(project, file, recorded, text_digest, cache)


def _english_hash(leaflet: Leaflet) -> str:
    return review.source_hash(u.msgid for u in leaflet.units)


def _found(project, file: str, wanted: str, hashed: Callable[[Leaflet], str], cache: Cache | None) -> Reviewed:
    state = history_state(project.root)
    key = digest_of([state, code_digest()])
    slot = ["reviewed-english", file, wanted]  # the two digests hash different things: never the same
    if cache is not None:
        known = cache.get("reviewed-english", slot, key)
        if known is not None:
            return Reviewed.from_json(known)
    found = _search(project.root, file, wanted, state, hashed)
    if cache is not None:
        cache.put("reviewed-english", slot, key, found.to_json())
    return found


def _search(root: Path, file: str, wanted: str, state: str, hashed: Callable[[Leaflet], str]) -> Reviewed:
    if state == "no git":
        return Reviewed(None, problem="the project is not in a git repository (or git is not installed)")
    log = _git(root, "log", f"-{MAX_VERSIONS}", "--format=%H", "--raw", "--no-abbrev", "--no-renames", "--", file)
    if log is None:
        return Reviewed(None, problem=f"git cannot read the history of {file}")
    versions: list[tuple[str, str]] = []  # (commit, blob), newest first
    commit = ""
    for line in log.splitlines():
        if line.startswith(":"):
            fields = line.split()
            blob = fields[3] if len(fields) > 3 else ""
            if commit and blob.strip("0"):  # a commit that deleted the file has no English to read
                versions.append((commit, blob))
        elif line.strip():
            commit = line.strip()
    blobs = list(dict.fromkeys(blob for _, blob in versions))
    texts = _blobs(root, blobs)
    for commit, blob in versions:
        text = texts.get(blob)
        if text is None:
            continue
        try:
            leaflet = parse_leaflet(text, file)
        except LeafletError:
            continue  # a version that does not read any more (or never did) cannot be the one reviewed
        if hashed(leaflet) == wanted:
            msgids = tuple(dict.fromkeys(u.msgid for u in leaflet.units))
            return Reviewed(
                msgids,
                commit,
                "",
                leaflet.references,
                leaflet.reviewed_by,
                leaflet.reviewed_on.isoformat(),
                digest(text.encode("utf-8")),  # the bytes git holds: _blobs decoded them as UTF-8
                shown_digest(leaflet),
                leaflet.version,
            )
    shallow = state.split()[-1] == "true"
    if shallow:
        why = "this is a shallow clone (git fetch --unshallow may find it)"
    elif len(versions) >= MAX_VERSIONS:
        why = f"it is not among the last {MAX_VERSIONS} commits of {file}"
    else:
        why = f"no commit of {file} has it (reviewed before it was committed?)"
    return Reviewed(None, problem=f"the English as reviewed is not in git history: {why}")


def _blobs(root: Path, blobs: list[str]) -> dict[str, str]:
    """The text of each blob, read by one ``git cat-file --batch``; a blob that is not UTF-8 is left out."""
    if not blobs:
        return {}
    try:
        result = subprocess.run(
            ["git", "cat-file", "--batch"],
            cwd=root,
            input="".join(f"{blob}\n" for blob in blobs).encode(),
            capture_output=True,
            timeout=_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    out, texts, at = result.stdout, {}, 0
    while at < len(out):
        end = out.index(b"\n", at)
        header = out[at:end].split()
        at = end + 1
        if len(header) != 3:  # "<blob> missing"
            continue
        size = int(header[2])
        with contextlib.suppress(UnicodeDecodeError):
            texts[header[0].decode()] = out[at : at + size].decode("utf-8")
        at += size + 1
    return texts


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    try:
        return result.stdout.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _git_bytes(root: Path, *args: str) -> bytes | None:
    """What ``git ARGS`` writes, as bytes (a diff holds files in any encoding); None when it fails."""
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def changes_since_review(
    project, leaflet: Leaflet, catalog_review: review.CatalogReview | None, cache: Cache | None = None
) -> tuple[Reviewed | None, tuple[review.EnglishChange, ...]]:
    """The leaflet's passages whose English changed since its catalog's review, each with the
    English reviewed when git has it; (None, ()) when the English is as reviewed."""
    msgids = [u.msgid for u in leaflet.units]
    state = review.judge(catalog_review, msgids)
    if not state.english_changed or state.signoff is None:
        return None, ()
    found = reviewed_english(project, leaflet.path, state.signoff, cache)
    where: dict[str, str] = {}
    for unit in leaflet.units:
        where.setdefault(unit.msgid, f"{leaflet.path}:{unit.line}")
    return found, review.english_changes(state, msgids, found.msgids, where, leaflet.path)


def reviewed_translations(
    project, file: str, signoff: review.SignOff, msgids: Iterable[str], cache: Cache | None = None
) -> tuple[dict[str, str], str]:
    """Each of ``msgids`` (passages whose translation changed since ``signoff``) with its translation
    as the review approved it, from the versions of the catalog ``file`` git holds: the newest whose
    passage digests (``X-Translation-Reviewed-Passages``) are the review's. A passage not found is
    left out; the second value says why none could be looked for ("" when they could)."""
    wanted = list(dict.fromkeys(msgids))
    state = history_state(project.root)
    key = digest_of([state, code_digest()])
    slot = ["reviewed-translation", file, signoff.translation_hash, digest_of(wanted)]
    if cache is not None:
        known = cache.get("reviewed-translation", slot, key)
        if known is not None:
            return dict(known["found"]), known["problem"]
    found, problem = _search_translations(project.root, file, set(signoff.passages), wanted, state)
    if cache is not None:
        cache.put("reviewed-translation", slot, key, {"found": found, "problem": problem})
    return found, problem


def _search_translations(
    root: Path, file: str, pairs: set[tuple[str, str]], wanted: list[str], state: str
) -> tuple[dict[str, str], str]:
    if state == "no git":
        return {}, "the project is not in a git repository (or git is not installed)"
    log = _git(root, "log", f"-{MAX_VERSIONS}", "--format=%H", "--raw", "--no-abbrev", "--no-renames", "--", file)
    if log is None:
        return {}, f"git cannot read the history of {file}"
    blobs = [line.split()[3] for line in log.splitlines() if line.startswith(":") and len(line.split()) > 3]
    blobs = [blob for blob in dict.fromkeys(blobs) if blob.strip("0")]  # newest first; not a deletion
    texts = _blobs(root, blobs)
    found: dict[str, str] = {}
    for blob in blobs:
        text = texts.get(blob)
        if text is None:
            continue
        try:
            catalog = read_po(text.encode("utf-8"), file)
        except LeafletError:
            continue  # a version that does not read (a merge conflict committed) holds no review
        entries = {m.msgid: m for m in catalog.messages if m.msgid}
        for msgid in wanted:
            entry = entries.get(msgid)
            if msgid in found or entry is None:
                continue
            if review.passage_digests([msgid], {msgid: review.translation_digest(entry)})[0] in pairs:
                found[msgid] = " | ".join(entry.forms)
        if len(found) == len(wanted):
            break
    return found, ""
