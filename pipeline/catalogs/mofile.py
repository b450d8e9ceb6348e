"""Writing MO files: the binary catalogs gettext's runtime reads.

The format is GNU gettext's (``info gettext "MO Files"``): a header, two
tables of (length, offset) pairs, then the strings, each NUL-terminated;
keys sorted by their bytes, which the runtime's binary search relies on.
As ``msgfmt`` does, fuzzy and untranslated messages are left out (the
runtime then shows the source text), and so are obsolete ones.
"""

from __future__ import annotations

import codecs
import struct

from pipeline.catalogs.catalog import Catalog, Message

MAGIC = 0x950412DE
_HEADER_SIZE = 7 * 4


def write_mo(catalog: Catalog) -> bytes:
    encoding = codecs.lookup(catalog.charset).name
    pairs = []
    if catalog.header is not None:
        pairs.append((b"", catalog.header.msgstr.encode(encoding)))
    pairs += [
        (_key(m, encoding), b"\0".join(f.encode(encoding) for f in m.forms)) for m in catalog.messages if _usable(m)
    ]
    pairs.sort()
    count = len(pairs)
    keys_table = _HEADER_SIZE
    values_table = keys_table + 8 * count
    data_start = values_table + 8 * count
    key_entries, value_entries, data = [], [], bytearray()
    for key, _ in pairs:
        key_entries.append((len(key), data_start + len(data)))
        data += key + b"\0"
    for _, value in pairs:
        value_entries.append((len(value), data_start + len(data)))
        data += value + b"\0"
    out = struct.pack("<7I", MAGIC, 0, count, keys_table, values_table, 0, 0)
    out += b"".join(struct.pack("<2I", *entry) for entry in key_entries + value_entries)
    return out + bytes(data)


def _usable(message: Message) -> bool:
    return bool(message.msgid) and message.translated


def _key(message: Message, encoding: str) -> bytes:
    key = message.msgid.encode(encoding)
    if message.msgid_plural is not None:
        key += b"\0" + message.msgid_plural.encode(encoding)
    if message.msgctxt is not None:
        key = message.msgctxt.encode(encoding) + b"\x04" + key
    return key
