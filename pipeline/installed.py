"""The version of an installed Python distribution, as ``importlib.metadata.version`` gives it.

Every command needs a few (the cache keys name the libraries the checks run on), and
importing ``importlib.metadata`` imports the e-mail package to parse METADATA files: a
fiftieth of a second at the start of every command, before ``check`` can share out its
work. A wheel installs ``NAME-VERSION.dist-info/METADATA``, whose ``Version:`` line is
near the top; it is read here directly. Anything else (an ``.egg-info``, a METADATA
without that line) is left to ``importlib.metadata``, whose answer is the definition
(tests/test_installed.py compares the two).
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache


def version(distribution: str) -> str | None:
    """The installed version of ``distribution`` (None when it is not installed)."""
    found = _from_dist_info(_normalized(distribution))
    if found is not None:
        return found
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


@cache  # asked for every source and every page; the installed files are read each time
def shown_version(distribution: str) -> str:
    """:func:`version` as cache keys and manifests write it: "not installed" for None."""
    return version(distribution) or "not installed"


def _normalized(name: str) -> str:
    """A distribution name as importlib.metadata compares them (PEP 503, "-" as "_")."""
    return re.sub(r"[-_.]+", "_", name).lower()


def _from_dist_info(name: str) -> str | None:
    """The ``Version:`` of ``name``'s ``.dist-info`` on sys.path, where importlib.metadata would
    read it; None to leave the answer to importlib.metadata (an ``.egg-info`` first, two folders
    of one name, a zip file on the path, a METADATA without the line)."""
    for entry in sys.path:
        folders = _metadata_folders(entry or ".")
        if folders is None:
            return None
        if name not in folders:
            continue
        folder = folders[name]
        if folder is None or not folder.endswith(".dist-info"):
            return None
        return _version_line(os.path.join(entry or ".", folder, "METADATA"))
    return None


@cache
def _metadata_folders(entry: str) -> dict[str, str | None] | None:
    """The ``.dist-info`` and ``.egg-info`` folders of a sys.path entry by normalized name, None for a
    name that has two (which one importlib.metadata meets first is the file system's order); None
    for an entry that is a file (a zip: importlib.metadata looks inside)."""
    if os.path.isfile(entry):
        return None
    try:
        names = os.listdir(entry)
    except OSError:
        return {}
    folders: dict[str, str | None] = {}
    for folder in names:
        stem, dot, suffix = folder.rpartition(".")
        if not dot or suffix not in ("dist-info", "egg-info"):
            continue
        name = _normalized(stem.rsplit("-", 1)[0] if "-" in stem else stem)
        folders[name] = None if name in folders else folder
    return folders


def _version_line(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as metadata:
            for line in metadata:
                if line.startswith("Version:"):
                    return line.removeprefix("Version:").strip()
                if not line.strip():
                    return None  # the headers end here: no version among them
    except (OSError, UnicodeDecodeError):
        return None
    return None
