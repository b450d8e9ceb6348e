"""Making the build's changes to its folders fail, one at a time, as a full disk,
a read-only file system or a missing permission would, or as a kill would."""

from __future__ import annotations

import errno
import os

import pytest

from pipeline import files

# Every change a build makes to build/ and dist/ goes through one of these; a release makes
# every one but remove_file (it withdraws a page to its archive, never deletes one).
OPERATIONS = ("atomic_write", "link_or_copy", "make_temporary_directory", "exchange", "remove_file")
RELEASE_OPERATIONS = tuple(name for name in OPERATIONS if name != "remove_file")
_ORIGINAL = {name: getattr(files, name) for name in (*OPERATIONS, "remove_tree")}


class Faults:
    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.monkeypatch = monkeypatch
        self.calls: list[str] = []
        self.targets: list[object] = []  # each operation's first argument: the file or folder it changes

    def count(self) -> None:
        """Only count the operations (how many a build makes)."""
        self._install(None, None)

    def fail_at(self, n: int, error: BaseException) -> None:
        """The ``n``-th operation (1-based) raises ``error`` instead of acting."""
        self._install(n, error)

    def kill_at(self, n: int) -> None:
        """The process "dies" at the ``n``-th operation: nothing after it runs, not
        even the clean-up a failure would do."""
        self._install(n, KeyboardInterrupt())
        self.monkeypatch.setattr(files, "remove_tree", lambda path: None)

    def _install(self, n: int | None, error: BaseException | None) -> None:
        self.calls, self.targets = [], []
        self.monkeypatch.setattr(files, "remove_tree", _ORIGINAL["remove_tree"])
        for name in OPERATIONS:
            self.monkeypatch.setattr(files, name, self._wrap(name, _ORIGINAL[name], n, error))

    def _wrap(self, name, original, n, error):
        def operation(*args, **kwargs):
            self.calls.append(name)
            self.targets.append(args[0] if args else None)
            if n is not None and len(self.calls) == n:
                raise error
            return original(*args, **kwargs)

        return operation


def os_error(code: int, path: str = "") -> OSError:
    return OSError(code, os.strerror(code), path)


FULL_DISK = errno.ENOSPC
NO_PERMISSION = errno.EACCES
READ_ONLY = errno.EROFS


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> Faults:
    return Faults(monkeypatch)
