"""Writing output safely: whole files or nothing, whole folders or nothing, and no churn.

Every change the build makes to ``build/`` and ``dist/`` goes through these
few functions (called as ``files.name``), so a test can make any one of them
fail the way a full disk or a read-only file system would.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import tempfile
from pathlib import Path

TEMPORARY_SUFFIX = ".tmp"


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write only when the bytes differ; True when the file was written."""
    # Compare only with a regular file of our own: never read through a link or from a FIFO.
    if path.is_file() and not path.is_symlink() and path.read_bytes() == data:
        return False
    atomic_write(path, data)
    return True


def link_or_copy(source: Path, target: Path) -> None:
    """``target`` becomes the same file as ``source``: a hard link (no bytes copied),
    or a copy where the file system has no hard links. Pages are never changed in
    place, so the two names can share one file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
        shutil.copy2(source, target)


def remove_file(path: Path) -> None:
    """Gone in one step (one unlink): readers find the whole file or none."""
    path.unlink(missing_ok=True)


def make_temporary_directory(parent: Path, prefix: str) -> Path:
    """A new, empty directory readable by all (``mkdtemp`` would make it private)."""
    made = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    os.chmod(made, 0o755)
    return made


def remove_tree(path: Path) -> None:
    """Best effort: what cannot be removed now is removed by the next build. A symbolic link is
    removed itself, never followed (rmtree refuses one, and it would stay)."""
    if path.is_symlink():
        with contextlib.suppress(OSError):
            path.unlink()
        return
    shutil.rmtree(path, ignore_errors=True)


def remove_temporary_files(folder: Path) -> list[Path]:
    """Temporary files a killed write left behind (``.<name>.<random>.tmp``)."""
    removed = []
    for temp in folder.rglob(f".*{TEMPORARY_SUFFIX}") if folder.is_dir() else ():
        if temp.is_file():
            temp.unlink(missing_ok=True)
            removed.append(temp)
    return removed


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


_ASIDE_SUFFIX = ".old"


def exchange(new: Path, current: Path) -> None:
    """Swap two directories so readers of ``current`` see the old one or the new
    one, never a mix or nothing. On Linux one ``renameat2(RENAME_EXCHANGE)``
    does it; elsewhere two renames, the first undone if the second fails, and
    undone by the next build (``recover_exchange``) if the process was killed
    between them. Afterwards ``new`` holds what ``current`` held."""
    if not current.exists():
        os.rename(new, current)
        return
    if _exchange_in_one_step(new, current):
        return
    aside = aside_of(new)
    os.rename(current, aside)
    try:
        os.rename(new, current)
    except BaseException:
        os.rename(aside, current)
        raise
    os.rename(aside, new)


def aside_of(new: Path) -> Path:
    """Where the two-rename exchange keeps ``current`` between its two renames."""
    return new.with_name(new.name + _ASIDE_SUFFIX)


def is_aside(path: Path) -> bool:
    return path.name.endswith(_ASIDE_SUFFIX)


def recover_exchange(new: Path, current: Path) -> bool:
    """Undo a two-rename exchange that was killed between its renames (``current``
    gone, its old contents aside): put the old folder back. True when it did.
    Without this, the next build would remove the aside folder as a leftover and
    leave no ``current`` at all."""
    aside = aside_of(new)
    if current.exists() or not aside.is_dir():
        return False
    os.rename(aside, current)
    return True


def _exchange_in_one_step(new: Path, current: Path) -> bool:
    """True when done; False when this system cannot (then nothing was changed)."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(current), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(current))
