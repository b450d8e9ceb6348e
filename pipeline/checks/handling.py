"""[negation] What the source forbids doing to a dose is not said allowed.

"Swallow the tablet whole. Do not crush or chew it." rendered as "정제는 통째로
삼키거나 씹어서 드십시오" (swallow it whole or chewed), "do not open, crush or chew
them" as "Trague las cápsulas enteras o ábralas" (or open them), "Do not crush,
split or chew it" as "可剝半服用" (it may be split), "Swallow the tablet whole" as
"امضغ القرص جيدًا" (chew it well): a patient breaks a dose the source keeps whole
(a coated or slow-release tablet let out at once).  The source's ``handling_forbidden``
(a "not" or "without" and the verbs it denies: "do not open, crush or chew", "must
not be split", "without chewing") and ``swallowed_whole`` (which rules out chewing and
crushing) name what is forbidden; each target's ``handling`` words (씹, 부수, 쪼개, 열;
咀嚼, 磨碎, 剝半, 打開; masticar, triturar, partir, abrir; croquer, écraser, couper,
ouvrir; kauen, zerkleinern, teilen, öffnen; mastigar, esmagar, partir, abrir; مضغ,
سحق, كسر, فتح) say it.  Said in a clause with no negation, no "without", no verb that
forbids and no "only" (`不可磨碎或咀嚼`, `sin triturarlas ni masticarlas`, `ohne zu
kauen`, `씹지 말고`, `unzerkaut`, `Ne l'ouvrez que si…` pass), it is an error.

A clause ends at a full stop, a semicolon, a colon or a comma; a comma clause that
starts with a handling word continues the list before it (`No lo triture, parta ni
mastique`), and one that ends with a handling word the list after it (`씹거나, 부수지
마세요`).  Not where the source itself says the handling outside its "not" ("Swallow it
whole or chew it"), nor where it lifts the ban ("unless your pharmacist says so",
"until you use it").  Sentence by sentence when source and translation have as many
sentences, else the whole entry.  Most sources say none of the verbs (a substring
test of ``handling_hints``): they are not read further.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from pipeline.checks.context import EntryContext
from pipeline.checks.denied_clauses import undenied_clauses
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import ERROR, Finding
from pipeline.languages import Language
from pipeline.languages.language import CHEWING, CRUSHING
from pipeline.review import shorten

CHECK = "negation"
# Swallowed whole: neither chewed nor crushed (a split or an opened capsule may be allowed beside it).
_RULED_OUT_BY_WHOLE = (CHEWING, CRUSHING)


def check_forbidden_handling(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    if not target.handling or not source_words.may_forbid_handling(ctx.source):
        return  # most sources name no handling of a dose: neither text is read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        for handling, forbidding in _forbidden(source_part, source_words).items():
            said = _said_with_no_negation(translation_part, handling, target)
            if said:
                verb = handling.split(":", 1)[1]
                yield ctx.finding(
                    CHECK,
                    ERROR,
                    f"the source says not to {verb} it ({forbidding!r}) but the translation says {said!r} with no "
                    f"negation in its clause: it tells a patient to {verb} it ({shorten(source_part)!r})",
                )
                break  # one handling said allowed is enough to send a reviewer to the sentence


def _forbidden(source: str, source_words: Language) -> Mapping[str, str]:
    """Each handling ``source`` forbids, with the words that forbid it: a "not" or "without" of its
    verb ("Do not open, crush or chew them"), or "swallow … whole" for chewing and crushing (not
    after a "not" in its clause: "Do not swallow it whole" asks for chewing).  None where the source
    lifts the ban ("unless", "until"), and not a handling the source says outside its "not"."""
    forbids, whole, lifted = (
        source_words.pattern("handling_forbidden"),
        source_words.pattern("swallowed_whole"),
        source_words.pattern("handling_allowed_when"),
    )
    if forbids is None or (lifted is not None and lifted.search(source)):
        return {}
    verbs = source_words.handling_res
    forbidden: dict[str, str] = {}
    for denial in forbids.finditer(source):
        for handling, verb in verbs.items():
            if verb.search(denial.group()):
                forbidden.setdefault(handling, denial.group().strip())
    for swallowed in whole.finditer(source) if whole is not None else ():
        if not _denied_before(source, swallowed.start(), source_words):
            for handling in _RULED_OUT_BY_WHOLE:
                forbidden.setdefault(handling, swallowed.group().strip())
    if not forbidden:
        return {}
    elsewhere = forbids.sub(" ", source)
    return {handling: said for handling, said in forbidden.items() if not verbs[handling].search(elsewhere)}


def _denied_before(text: str, at: int, language: Language) -> bool:
    """Whether the clause of ``text`` up to ``at`` says a "not" ("Do not swallow it whole")."""
    clause = re.split(r"[,;:]", text[:at])[-1]
    return language.search("negation", clause) is not None


def _said_with_no_negation(translation: str, handling: str, target: Language) -> str:
    """The translation's first word of ``handling`` in a clause that denies nothing, or ""."""
    said = target.handling_res.get(handling)
    if said is None or not said.search(translation):
        return ""
    # a clause that starts or ends with a handling word goes on with the list across its comma
    for clause in undenied_clauses(translation, target, listed=target.handling_res.values()):
        found = said.search(clause)
        if found is not None:
            return found.group().strip()
    return ""
