"""Content digests of what pages are made from: the build's cache keys.

An output is up to date when the digests of its inputs equal those its
folder's manifest recorded when it was written; the names of the inputs that
differ say why it is rebuilt ("catalog", "fonts", ...). The machine's part of
the inputs, the :class:`Environment`, is computed once per process: the
pipeline's own code, the libraries text goes through, and the installed fonts.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import hashlib
import json
import os
import platform
import subprocess
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline import installed

# Python libraries every page goes through (sources, catalogs, checks, HTML),
# and those only the PDF does. A new version of any of them may change a page.
PAGE_LIBRARIES = ("babel", "jinja2", "markupsafe", "markdown-it-py", "mdurl", "polib", "pyyaml", "fonttools")
PDF_LIBRARIES = ("weasyprint", "pydyf", "tinycss2", "cssselect2", "tinyhtml5", "pyphen", "pillow", "cffi")
# System libraries WeasyPrint lays text out with: (library, function, returns).
PDF_SYSTEM_LIBRARIES = (
    ("pango-1.0", "pango_version_string", ctypes.c_char_p),
    ("harfbuzz", "hb_version_string", ctypes.c_char_p),
    ("fontconfig", "FcGetVersion", ctypes.c_int),
)


# What a manifest names in clear text beside the digests (manifest.Tools): the tools a page's words
# and layout go through, by the name a reader knows them by.
NAMED_TOOLS = ("weasyprint", "pydyf", "fonttools", "babel", "jinja2")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest_of(value: object) -> str:
    """The digest of a JSON-able value, independent of dict order."""
    return digest(
        json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=repr).encode("utf-8")
    )


@dataclass(frozen=True)
class Environment:
    """What this machine contributes to a page, as digests."""

    code: str  # the pipeline package's own files
    libraries: str  # PAGE_LIBRARIES and the Python version
    pdf_libraries: str  # PDF_LIBRARIES, the system libraries, zlib
    fonts: str  # every font fontconfig lists: file, size, modification time

    @property
    def digest(self) -> str:
        return digest_of(asdict(self))


@functools.cache
def environment() -> Environment:
    """This process's environment (cached: a build worker computes it once)."""
    return Environment(
        code=code_digest(), libraries=libraries_digest(), pdf_libraries=_pdf_libraries_digest(), fonts=fonts_digest()
    )


@functools.cache
def code_digest() -> str:
    """The pipeline package's own files: its code and its data (language data, lexicons)."""
    return _code_digest()


@functools.cache
def libraries_digest() -> str:
    """:data:`PAGE_LIBRARIES` and the Python version."""
    return _libraries_digest()


def fonts_digest() -> str:
    """The installed fonts, as fontconfig lists them (remembered per fontconfig configuration)."""
    return _fonts_digest_under(os.environ.get("FONTCONFIG_FILE", ""), os.environ.get("FONTCONFIG_PATH", ""))


@functools.cache
def _fonts_digest_under(file: str, path: str) -> str:
    return _fonts_digest()


def tool_versions() -> dict[str, str]:
    """This process's leaflets, Python, :data:`NAMED_TOOLS` and the text layout libraries, by version
    (``{"weasyprint": "70.0", "pango": "1.50.12", ...}``): what :class:`Environment` digests, readable."""
    return dict(_tool_versions())


@functools.cache
def _tool_versions() -> tuple[tuple[str, str], ...]:
    versions = {"leaflets": installed.shown_version("leaflets"), "python": platform.python_version()}
    versions |= {name: installed.shown_version(name) for name in NAMED_TOOLS}
    for library, function, returns in PDF_SYSTEM_LIBRARIES:
        found = _system_library_version(library, function, returns).rpartition(": ")[2]
        if library == "fontconfig" and found.isdigit():  # FcGetVersion: 21400 for 2.14.0
            found = f"{int(found) // 10000}.{int(found) // 100 % 100}.{int(found) % 100}"
        versions[library.removesuffix("-1.0")] = found
    return tuple(versions.items())


def _code_digest() -> str:
    package = Path(__file__).resolve().parent
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return digest_of([(p.relative_to(package).as_posix(), digest(p.read_bytes())) for p in files])


def _libraries_digest() -> str:
    return digest_of(
        {"python": platform.python_version(), **{name: installed.shown_version(name) for name in PAGE_LIBRARIES}}
    )


def _pdf_libraries_digest() -> str:
    versions = {name: installed.shown_version(name) for name in PDF_LIBRARIES}
    for library, function, returns in PDF_SYSTEM_LIBRARIES:
        versions[library] = _system_library_version(library, function, returns)
    versions["zlib"] = zlib.ZLIB_RUNTIME_VERSION  # PDF streams are deflated
    return digest_of(versions)


def _system_library_version(library: str, function: str, returns: type) -> str:
    name = ctypes.util.find_library(library)
    if not name:
        return "not found"
    try:
        call = getattr(ctypes.CDLL(name), function)
    except (OSError, AttributeError):
        return f"{name}: unknown version"
    call.restype = returns
    version = call()
    return f"{name}: {version.decode() if isinstance(version, bytes) else version}"


def _fonts_digest() -> str:
    """Installing, removing or upgrading any font changes this (fontconfig's list)."""
    try:
        listing = subprocess.run(
            ["fc-list", "--format", "%{file}\n"], capture_output=True, text=True, check=True, timeout=120
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return "fc-list unavailable: font changes are not detected"
    # What fontconfig reads (FONTCONFIG_FILE may point WeasyPrint at other fonts), then every font.
    fonts: list = [(os.environ.get("FONTCONFIG_FILE", ""), os.environ.get("FONTCONFIG_PATH", ""))]
    for file in sorted(set(listing.splitlines())):
        try:
            stat = os.stat(file)
            fonts.append((file, stat.st_size, stat.st_mtime_ns))
        except OSError:
            fonts.append((file, None, None))
    return digest_of(fonts)
