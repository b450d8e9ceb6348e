"""Input files are read only from inside the project's own folders.

A leaflet, catalog or template that is a symbolic link to somewhere else
(``source/x.md -> /etc/passwd``), or that sits in a linked folder leading out
of the project, would be read and could be published; a FIFO or device would
hang the build. Such a file is refused, and named by its path inside the
project, never by where it points.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pipeline.errors import UnsafePathError


def input_problem(
    path: Path, folder: Path, root: Path, max_kb: int | None = None, limit_setting: str = ""
) -> str | None:
    """Why ``path`` (inside ``folder``, inside ``root``, at most ``max_kb`` KiB) must not be read; None if it may."""
    try:
        resolved = path.resolve(strict=True)
    except FileNotFoundError:
        return "is a symbolic link to a file that does not exist" if path.is_symlink() else None
    except (OSError, RuntimeError):  # a loop of links, or a path that cannot be followed
        return "is a symbolic link that cannot be followed (a loop?)"
    home = folder.resolve()
    if not _within(home, root.resolve()):
        return f"is in {folder.name}/, which is a symbolic link to a folder outside the project"
    if not _within(resolved, home):
        return f"is a symbolic link to a file outside {folder.name}/; inputs are read only from inside it"
    mode = resolved.stat().st_mode
    if not stat.S_ISREG(mode):
        return "is not a regular file"
    size = resolved.stat().st_size
    if max_kb is not None and size > max_kb * 1024:
        return f"is {size / 1024:,.0f} KiB, more than the {max_kb:,} KiB allowed ({limit_setting})"
    return None


def read_input(path: Path, most: int = -1) -> tuple[bytes | None, str]:
    """An input's bytes (at most ``most``), and why it cannot be read: ``(data, "")``; ``(None, "")``
    when there is no such file (whether that is a problem is the caller's to say: a catalog not
    made yet is not); ``(None, "cannot be read: Permission denied")`` when it is there but cannot
    be read, which the caller reports with the file's name. The build, ``check`` and ``status``
    read their inputs with it, so each says the same of a file it cannot read. It does not refuse
    a link out or a FIFO: ask :func:`input_problem` first."""
    try:
        with path.open("rb") as handle:
            return handle.read(most), ""
    except FileNotFoundError:
        return None, ""
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror or exc}"


def escaping_entries(folder: Path, root: Path) -> list[Path]:
    """Every entry under ``folder`` that is a link leading outside it, or neither a file nor a folder."""
    if not folder.exists():
        return []
    if not _within(folder.resolve(), root.resolve()):
        return [folder]
    home = folder.resolve()
    found = []
    for directory, names, files in os.walk(folder):  # links to folders are listed, not followed
        for name in sorted(names + files):
            path = Path(directory) / name
            if path.is_symlink():
                try:
                    inside = _within(path.resolve(strict=True), home)
                except (OSError, RuntimeError):
                    inside = False
                if not inside:
                    found.append(path)
            elif not (path.is_dir() or path.is_file()):
                found.append(path)
    return found


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_folder(folder: Path, root: Path) -> None:
    """Refuse a whole folder (templates/) when anything in it leads outside it."""
    for path in escaping_entries(folder, root):
        where = path.relative_to(root).as_posix() if root in path.parents else path.name
        raise UnsafePathError(
            f"is a symbolic link leading outside {folder.name}/ (or to nothing), or not a "
            "regular file; inputs are read only from inside the project",
            where,
        )
