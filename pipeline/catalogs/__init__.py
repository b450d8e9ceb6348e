"""Gettext catalogs: one model, one reader, one writer, and the commands that use them.

The shape is Babel's ``babel.messages``:

``catalog.py``   :class:`Message` and :class:`Catalog`, the model: frozen, no I/O
``pofile.py``    ``read_po``/``write_po``: the only PO parser and writer, and why
                 they are not Babel's or polib's (the upstream issues)
``mofile.py``    ``write_mo``
``templates.py`` POT contents: leaflets' units, the page templates' messages (Babel's
                 Jinja2 extractor), new catalogs' headers
``merge.py``     a catalog updated to its template, as msgmerge would
``commands.py``  ``extract``, ``update``, ``init``, ``compile``: the files on disk
"""

from pipeline.catalogs.catalog import Catalog, Message
from pipeline.catalogs.pofile import read_file, read_po, write_po
from pipeline.catalogs.templates import build_time, common_template, leaflet_template, review_today

__all__ = [
    "Catalog",
    "Message",
    "build_time",
    "common_template",
    "leaflet_template",
    "read_file",
    "read_po",
    "review_today",
    "write_po",
]
