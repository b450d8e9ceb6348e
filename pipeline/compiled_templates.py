"""Jinja2's compiled templates, kept in ``build/.cache/jinja/`` between runs.

Compiling the page, index and status templates costs a build that renders one
page (a translator's fix) about a tenth of a second, every run. Jinja2 files a
compiled template under its name and checks the checksum of its source when it
loads it, so an edited template is compiled again. What Jinja2 does not check
is the :class:`~jinja2.Environment` the code was compiled for (autoescape,
``finalize``, the i18n extension): those are set in this package, so the folder
is named by the digest of the pipeline's code and the libraries it runs on, and
a new version never loads the old one's code. A cache that cannot be read or
written costs the compile, nothing else.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from jinja2.bccache import Bucket, BytecodeCache

from pipeline.cache import CACHE_DIR, write
from pipeline.fingerprint import code_digest, digest_of, libraries_digest

FOLDER = "jinja"


class CompiledTemplates(BytecodeCache):
    """``build/.cache/jinja/<code and libraries digest>/<template key>.cache``. A template's
    name decides the environment that compiles it (``.css``: the CSS one), so one name is
    never compiled with two environments' options."""

    def __init__(self, build_dir: Path):
        self.root = build_dir / CACHE_DIR / FOLDER
        self.folder = self.root / digest_of([code_digest(), libraries_digest()])[:16]

    def _path(self, bucket: Bucket) -> Path:
        return self.folder / f"{bucket.key}.cache"

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            bucket.bytecode_from_string(self._path(bucket).read_bytes())
        except Exception:  # missing, unreadable or damaged: compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        if not self.folder.is_dir():  # a new version of the code: the old ones' code is never loaded again
            with contextlib.suppress(OSError):
                for old in self.root.iterdir():
                    shutil.rmtree(old, ignore_errors=True)
        with contextlib.suppress(OSError):  # a read-only build/: compiled again next time
            write(self._path(bucket), bucket.bytecode_to_string())
