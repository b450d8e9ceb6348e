"""MO files as GNU msgfmt writes them: the runtime finds every usable translation."""

from __future__ import annotations

import gettext
import io
import shutil
import subprocess

import pytest

from pipeline.catalogs import read_po
from pipeline.catalogs.mofile import write_mo

PO = """msgid ""
msgstr ""
"Language: ko_KR\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

msgid "Fever"
msgstr "발열"

msgctxt "table"
msgid "Fever"
msgstr "열"

#, python-format
msgid "%(count)s day"
msgid_plural "%(count)s days"
msgstr[0] "%(count)s일"

#, fuzzy
msgid "Headache"
msgstr "두통?"

msgid "Rash"
msgstr ""

#~ msgid "Gone"
#~ msgstr "사라짐"
"""


def test_the_runtime_reads_every_usable_translation_and_nothing_else():
    translations = gettext.GNUTranslations(io.BytesIO(write_mo(read_po(PO.encode()))))
    assert translations.gettext("Fever") == "발열"
    assert translations.pgettext("table", "Fever") == "열"
    assert translations.ngettext("%(count)s day", "%(count)s days", 5) == "%(count)s일"
    assert translations.gettext("Headache") == "Headache"  # fuzzy: left out, as msgfmt does
    assert translations.gettext("Rash") == "Rash"
    assert translations.gettext("Gone") == "Gone"
    assert translations.info()["language"] == "ko_KR"


@pytest.mark.skipif(not shutil.which("msgunfmt"), reason="GNU gettext is installed by make test")
def test_gnu_reads_the_same_catalog_as_from_msgfmts_file(tmp_path):
    po, ours, theirs = tmp_path / "a.po", tmp_path / "ours.mo", tmp_path / "theirs.mo"
    po.write_text(PO, encoding="utf-8")
    ours.write_bytes(write_mo(read_po(PO.encode())))
    subprocess.run(["msgfmt", "-o", str(theirs), str(po)], check=True)
    unfmt = [subprocess.run(["msgunfmt", str(mo)], capture_output=True, check=True).stdout for mo in (ours, theirs)]
    assert unfmt[0] == unfmt[1]
