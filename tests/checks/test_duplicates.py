"""[duplicates]: an obsolete entry that repeats another is an error, as msgfmt says."""

from __future__ import annotations

from pipeline.checks import check_catalog
from tests.checks.helpers import header, only


def test_an_obsolete_copy_of_a_live_message_is_an_error_at_its_line(catalogs):
    body = '\nmsgid "Fever"\nmsgstr ""\n\n#~ msgid "Fever"\n#~ msgstr "발열"\n'
    catalogs.write_text(header() + body, gettext_valid=False)  # msgfmt: duplicate message definition
    finding = only(check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings, "duplicates")
    first = len(header().splitlines()) + 2
    assert (finding.severity, finding.line) == ("error", first + 3)
    assert finding.message.startswith(f"this obsolete (#~) entry repeats the message defined at line {first}")


def test_two_obsolete_copies_are_an_error(catalogs):
    body = (
        '\nmsgid "Fever"\nmsgstr "발열"\n\n#~ msgid "Rash"\n#~ msgstr "발진"\n\n#~ msgid "Rash"\n#~ msgstr "두드러기"\n'
    )
    catalogs.write_text(header() + body, gettext_valid=False)
    finding = only(check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings)
    first = len(header().splitlines()) + 5  # the first obsolete "Rash"
    assert (finding.check, finding.line) == ("duplicates", first + 3)
    assert finding.message.startswith(f"this obsolete (#~) entry repeats the message defined at line {first}")


def test_distinct_obsolete_entries_pass(catalogs):
    body = '\nmsgid "Fever"\nmsgstr "발열"\n\n#~ msgid "Rash"\n#~ msgstr "발진"\n'
    catalogs.write_text(header() + body)
    assert check_catalog(catalogs.project, "ko_KR", "ivig-ten").findings == ()
