"""A file name typed where leaflets wants a leaflet id or a locale: what it names.

Translators' tools take the file (``msgfmt -c ivig-ten.po``, ``pofilter``, Poedit's
File > Open), and writers think of ``source/ivig-ten.md``; leaflets selects by
``--locale`` and ``--leaflet``. Read from such a name, the locale and leaflet let a
message say what to type instead, rather than "unrecognized arguments" or a made-up id
(``locales-vi-lc-messages-ivig-ten-po``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

# The files a leaflet is made of: its source, its template, its catalogs (and their .mo).
_SUFFIXES = frozenset({".md", ".pot", ".po", ".mo"})
# locales/<locale>/LC_MESSAGES/<id>.po, anywhere in the name (an absolute path, ./locales/...).
_CATALOG_FOLDER = re.compile(r"(?:^|/)locales/([^/]+)/LC_MESSAGES$")


@dataclass(frozen=True)
class NamedFile:
    leaflet: str  # the file's stem: a leaflet id, or common
    locale: str | None = None  # when the file is a catalog under locales/<locale>/LC_MESSAGES/


def named_file(argument: str) -> NamedFile | None:
    """The leaflet (and locale) a file name names; None for what is no such file name."""
    path = PurePosixPath(argument.replace("\\", "/"))
    if path.suffix not in _SUFFIXES or not path.stem:
        return None
    folder = _CATALOG_FOLDER.search(path.parent.as_posix())
    return NamedFile(path.stem, folder.group(1) if folder and path.suffix in {".po", ".mo"} else None)
