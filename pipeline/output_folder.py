"""The two folders a build writes: ``build/`` for drafts, ``dist/`` for patients.

A draft folder is written in place, each file whole (temporary file, then
rename), and its manifest last. A release is built complete in a new folder
beside ``dist/`` (unchanged pages are hard links, no bytes copied) and swapped
in with one atomic exchange of the two folders: whatever fails or is killed
before that moment, ``dist/`` is the previous release, whole and linked. What a
killed build leaves behind is removed by the next one.

One build at a time per folder: a second waits for the first (a lock file).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline import files
from pipeline.cache import write as cache_write
from pipeline.config import Project
from pipeline.errors import LeafletError
from pipeline.fingerprint import digest
from pipeline.manifest import INDEX_NAME, MANIFEST_NAME, Manifest, OutputFile, read_manifest

_STAGING_PREFIX = ".dist.new-"


class WriteError(LeafletError):
    """The folder could not be written (disk full, read-only, no permission)."""


class Folder:
    """What both folders offer the build's write stage."""

    def __init__(self, project: Project, path: Path, leftovers: tuple[str, ...] = ()):
        self.project = project
        self.path = path
        self.name = project.relative(path)
        self.leftovers = leftovers  # notes: what a killed build had left, removed or put back before this one
        self.previous: Manifest = self._read_manifest()
        self._verified = _Verified(project, self.name)

    def _read_manifest(self) -> Manifest:
        return read_manifest(self.path, f"{self.name}/{MANIFEST_NAME}")

    def listing(self) -> list[str]:
        """Every file the folder holds now, relative to it."""
        if not self.path.is_dir():
            return []
        return sorted(p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file())

    def holds(self, record: OutputFile) -> bool:
        """The folder holds exactly the file ``record`` describes (not one a killed build left).

        Its bytes are hashed unless this very file (same size, modification and
        change times, inode) was hashed to that digest before: any write to it,
        by any program, changes its change time."""
        path = self.path / record.path
        try:
            stat = path.stat()
            if stat.st_size != record.size:
                return False
            if self._verified.knows(record.path, stat, record.sha256):
                return True
            held = digest(path.read_bytes()) == record.sha256
        except OSError:
            return False
        if held:
            self._verified.add(record.path, stat, record.sha256)
        return held

    def remember_verified(self) -> None:
        self._verified.save()

    def current(self, name: str) -> bytes | None:
        try:
            return (self.path / name).read_bytes()
        except OSError:
            return None

    def write(self, relpath: str, data: bytes) -> None:
        raise NotImplementedError

    def keep(self, relpath: str) -> None:
        raise NotImplementedError

    def carry(self, relpath: str) -> None:
        raise NotImplementedError

    def archive(self, relpath: str, archived: str) -> None:
        raise NotImplementedError

    def remove(self, relpath: str) -> None:
        raise NotImplementedError

    def commit(self, index: bytes | None, manifest: Manifest) -> None:
        raise NotImplementedError

    def _failed(self, name: str, exc: OSError, consequence: str) -> WriteError:
        reason = exc.strerror or str(exc)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            reason += " (free some space and build again)"
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason += f" (is {self.name}/ writable?)"
        elif exc.errno in (errno.EEXIST, errno.ENOTDIR, errno.EISDIR):
            # A folder put where a page goes (by hand, by a sync tool): the page and the files
            # kept inside that folder cannot both be there.
            reason += f" (a file and a folder of one name on its path: move what is in the way out of {self.name}/)"
        return WriteError(f"cannot write: {reason}; {consequence}", name)


class DraftFolder(Folder):
    def _read_manifest(self) -> Manifest:
        """A draft folder whose manifest cannot be read is rebuilt from scratch."""
        try:
            return read_manifest(self.path, f"{self.name}/{MANIFEST_NAME}", draft=True)
        except LeafletError:
            return Manifest()

    def write(self, relpath: str, data: bytes) -> None:
        self._guard(relpath, lambda: files.atomic_write(self.path / relpath, data))
        self._verified.written(relpath, self.path / relpath, data)

    def keep(self, relpath: str) -> None:
        """Nothing to do: the file stays where it is."""

    def carry(self, relpath: str) -> None:
        """Nothing to do: files the build does not manage stay where they are."""

    def archive(self, relpath: str, archived: str) -> None:
        raise AssertionError("drafts are never withdrawn")

    def remove(self, relpath: str) -> None:
        """A page that no longer shows what it is made from: gone in one step (nothing half-removed)."""
        self._guard(relpath, lambda: files.remove_file(self.path / relpath))

    def commit(self, index: bytes | None, manifest: Manifest) -> None:
        if index is not None:
            self._guard(INDEX_NAME, lambda: files.write_if_changed(self.path / INDEX_NAME, index))
        self._guard(MANIFEST_NAME, lambda: files.write_if_changed(self.path / MANIFEST_NAME, manifest.to_json()))

    def abort(self) -> None:
        """Each file written so far is whole; the old manifest does not vouch for them."""

    def _guard(self, relpath: str, action: Callable[[], object]) -> None:
        try:
            action()
        except OSError as exc:
            raise self._failed(
                f"{self.name}/{relpath}", exc, "files written before it are whole; build again when it can be written"
            ) from None


class ReleaseFolder(Folder):
    def __init__(self, project: Project, path: Path, leftovers: tuple[str, ...] = ()):
        super().__init__(project, path, leftovers)
        self._staging: Path | None = None

    @property
    def staging(self) -> Path:
        if self._staging is None:
            self._staging = self._do(
                self.name, lambda: files.make_temporary_directory(self.project.root, _STAGING_PREFIX)
            )
        return self._staging

    def write(self, relpath: str, data: bytes) -> None:
        self._do(relpath, lambda: files.atomic_write(self.staging / relpath, data))
        self._verified.written(relpath, self.staging / relpath, data)  # the same file once swapped in

    def keep(self, relpath: str) -> None:
        """The new release holds the same file (a hard link, not a copy)."""
        self._do(relpath, lambda: files.link_or_copy(self.path / relpath, self.staging / relpath))

    carry = keep  # a file the build does not manage (robots.txt) or already archived

    def archive(self, relpath: str, archived: str) -> None:
        """Withdraw a page: the new release holds it under archive/ only."""
        self._do(archived, lambda: files.link_or_copy(self.path / relpath, self.staging / archived))

    def remove(self, relpath: str) -> None:
        raise AssertionError("a release never deletes a page: it withdraws it to the archive")

    def commit(self, index: bytes | None, manifest: Manifest) -> None:
        """The manifest last; then the new folder takes the old one's place in one step."""
        if index is not None:
            self.write(INDEX_NAME, index)
        self.write(MANIFEST_NAME, manifest.to_json())
        staging = self.staging
        try:
            files.exchange(staging, self.path)
        except OSError as exc:
            raise self._failed(self.name, exc, f"{self.name}/ still holds the previous release") from None
        files.remove_tree(staging)  # now the previous release; if this fails, the next build removes it
        self._staging = None

    def abort(self) -> None:
        if self._staging is not None:
            files.remove_tree(self._staging)
            self._staging = None

    def _do(self, relpath: str, action: Callable[[], object]):
        try:
            return action()
        except OSError as exc:
            raise self._failed(
                f"{self.name}/{relpath}", exc, f"{self.name}/ still holds the previous release, whole"
            ) from None


class _Verified:
    """The files of a folder whose bytes were hashed, with the ``stat`` they had then
    (``build/.cache/verified-<folder>.json``); saved only when it grew."""

    def __init__(self, project: Project, name: str):
        self.path = project.build_dir / ".cache" / f"verified-{name.replace('/', '-')}.json"
        try:
            self.known: dict[str, list] = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            self.known = {}
        if not isinstance(self.known, dict):
            self.known = {}
        self.changed = False

    @staticmethod
    def _signature(stat: os.stat_result, sha256: str) -> list:
        return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev, sha256]

    def knows(self, relpath: str, stat: os.stat_result, sha256: str) -> bool:
        return self.known.get(relpath) == self._signature(stat, sha256)

    def add(self, relpath: str, stat: os.stat_result, sha256: str) -> None:
        self.known[relpath] = self._signature(stat, sha256)
        self.changed = True

    def written(self, relpath: str, path: Path, data: bytes) -> None:
        """A file this build wrote whole: its bytes are known without reading them back."""
        with contextlib.suppress(OSError):
            self.add(relpath, path.stat(), digest(data))

    def save(self) -> None:
        if self.changed:
            with contextlib.suppress(OSError):  # only time is lost: the next build hashes again
                cache_write(self.path, json.dumps(self.known, sort_keys=True).encode("utf-8"))
            self.changed = False


@contextmanager
def open_folder(project: Project, release: bool, waiting: Callable[[str], None]) -> Iterator[Folder]:
    """The folder, locked against a concurrent build and cleaned of what a killed
    build left; a release not committed is thrown away, leaving ``dist/`` as it was."""
    path = project.dist_dir if release else project.build_dir
    lock = project.root / ".dist.lock" if release else path / ".lock"
    with _locked(lock, lambda: waiting(f"waiting for another build of {project.relative(path)}/ to finish")):
        if release:
            _refuse_a_linked_release_folder(project, path)
        leftovers = _remove_leftovers(project, path, release)
        folder = (ReleaseFolder if release else DraftFolder)(project, path, tuple(leftovers))
        try:
            yield folder
        finally:
            folder.abort()
            folder.remember_verified()


@contextmanager
def _locked(lock: Path, waiting: Callable[[], None]) -> Iterator[None]:
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise WriteError(f"cannot write: {exc.strerror or exc}", str(lock)) from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            waiting()
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # releases the lock


def _refuse_a_linked_release_folder(project: Project, path: Path) -> None:
    """A release takes dist/'s place whole: a dist/ that is a symbolic link (to a web server's
    folder) would be moved aside with it, and the folder it leads to keep the previous release,
    pages withdrawn since included, for good."""
    if not path.is_symlink():
        return
    name = project.relative(path)
    raise WriteError(
        f"is a symbolic link (to {os.readlink(path)}); a release replaces {name}/ whole, so the folder it "
        f"leads to would keep the previous release, pages withdrawn since included: make {name}/ a folder "
        f'and copy it to the site without its archive/ (README, "Deploying a release")',
        name,
    )


def _remove_leftovers(project: Project, path: Path, release: bool) -> list[str]:
    """Temporary files and half-built releases of a killed build, each told in a note.
    A release killed between the two renames of a system without an atomic
    exchange left no ``dist/``: the previous release, moved aside, is put back first."""
    if not release:
        return [_removed(project, p) for p in files.remove_temporary_files(path)]
    notes = []
    stagings = sorted(p for p in project.root.glob(f"{_STAGING_PREFIX}*") if not files.is_aside(p))
    for staging in stagings:
        try:
            recovered = files.recover_exchange(staging, path)
        except OSError as exc:
            aside = project.relative(files.aside_of(staging))
            raise WriteError(
                f"cannot put the previous release back from {aside}: {exc.strerror or exc}; "
                f"rename it to {project.relative(path)}/ by hand",
                project.relative(path),
            ) from None
        if recovered:
            notes.append(
                f"put the previous release back in {project.relative(path)}/ from "
                f"{project.relative(files.aside_of(staging))}: a release was stopped while swapping it in"
            )
    for leftover in sorted(project.root.glob(f"{_STAGING_PREFIX}*")):
        files.remove_tree(leftover)
        notes.append(_removed(project, leftover))
    return notes


def _removed(project: Project, leftover: Path) -> str:
    return f"removed {project.relative(leftover)}, left by a build that was stopped"
