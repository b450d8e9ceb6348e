"""WeasyPrint's C libraries opened by their Linux sonames, without a search per name.

WeasyPrint 70 (``weasyprint/text/ffi.py``) opens GObject, Pango, HarfBuzz,
fontconfig and PangoFT2 by trying names in turn: Windows and generic names
first (``libgobject-2.0-0``, ``gobject-2.0``), the Linux soname
(``libgobject-2.0.so.0``) near the end.  cffi hands each name that is not a
file to ``ctypes.util.find_library``, which on Linux runs ``ldconfig -p`` and,
when that finds nothing, ``gcc`` and ``ld`` as subprocesses: 22 searches,
about 0.3 s of CPU and 0.5 s of wall time in every process that renders a PDF,
a sixth of rebuilding one page.  The sonames need no search: ``dlopen`` finds
them along the loader's own path, and they are the very files those searches
would have named.  So while WeasyPrint loads, every search answers "not
found" at once and the soname is what opens.  Other systems keep the search:
their names are not sonames.
"""

from __future__ import annotations

import ctypes.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def sonames_only() -> Iterator[None]:
    """Within the block, ``ctypes.util.find_library`` finds nothing (on Linux; elsewhere unchanged)."""
    if not sys.platform.startswith("linux"):
        yield
        return
    search = ctypes.util.find_library
    ctypes.util.find_library = _not_searched
    try:
        yield
    finally:
        ctypes.util.find_library = search


def _not_searched(name: str) -> None:
    return None
