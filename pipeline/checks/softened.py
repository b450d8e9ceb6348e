"""[negation] A prohibition of the source is not softened into a limit, a wish or a ban on excess.

"Do not drink alcohol while taking this medicine." rendered as "Reduzca el consumo
de alcohol" (drink less), 음주를 줄이십시오, 服用期間請減少飲酒, قلّل من شرب الكحول:
the patient reads that some alcohol is fine.  As "Trinken Sie möglichst keinen
Alkohol" (if possible no alcohol), 가능하면 마시지 마십시오, 盡量不要飲酒, "En lo
posible, no beba": the "not" is kept, so [negation] passes, and the ban is left to
the patient.  And "Avoid alcohol" as "avoid heavy drinking" (과음을 피하십시오,
避免過量飲酒, "Evite el consumo excesivo", "Évitez l'excès d'alcool", "Vermeiden
Sie übermäßigen Alkoholkonsum"): only too much is forbidden.  Read in a source
sentence that forbids (the source language's ``prohibition``: do not, never, must
not, should not, avoid) and says none of these itself (its ``softened``,
``if_possible``, ``excess``: "drink less", "if possible", "heavy drinking"), by
each target's words of them:

- ``softened`` (reduzca, limite, menos; réduisez, limitez; reduzieren,
  einschränken, weniger; reduza, menos; 減少, 限制, 適量; 줄이, 제한, 적게; قلّل,
  الحد من, أقل) in a translation with no "not" and no word that forbids (its
  ``prohibits``: evite, 避免, تجنب) nor an advice [negation] reports already
  (its ``advice``: con moderación, avec modération, 적당히): an error where the source says "do not",
  "never" or "must not", a warning where it says "avoid" or "should not",
  itself softer;
- ``if_possible`` (en lo posible, si possible, möglichst, se possível, 盡量,
  가능하면, قدر الإمكان): the same, error or warning;
- ``excess`` (excesivo, en exceso, trop, zu viel, übermäßig, 過量, 過多, 과음, 너무
  많이, الإفراط, لا تُكثر): an error where the source says "do not", "never" or
  "must not" ("Do not drink alcohol" as لا تُكثر من شرب الكحول, do not drink too
  much: some is allowed), a warning where it says "avoid" or "should not" (the
  translator of "Avoid alcohol" may have meant the same, a reviewer reads it).

An order softened the same way: "Women … must use reliable contraception" as
"Frauen … sollten nach Möglichkeit zuverlässig verhüten": a source sentence that
orders (its ``obligation``: must, have to, need to, are required to) and forbids
nothing, whose translation says ``if_possible``, is an error: the patient reads
that the order may be skipped.  Not where the source says "if possible" itself,
nor for the "가능한 한" of 가능한 한 빨리 (as soon as possible: ``as_soon_as_possible``,
read by [urgency]), nor in an order of an amount ("You must drink plenty of water" as
盡量多喝水: as much as possible).  A "must" said as "should" alone is not read: translators
rightly say many orders so.

Sentence by sentence when source and translation have as many sentences, as
[negation] pairs them, else the whole entry.  Most entries forbid nothing: a source
with no "not", "n't", "never", "avoid" nor "refrain" (a substring test) is not read
further, and one with no "must", "have to", "has to", "need" nor "required" (its
``obligation_hints``) is not read for an order.  A language without ``softened`` is
not checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.checks.context import EntryContext
from pipeline.checks.sentences import sentence_pairs
from pipeline.findings import ERROR, WARNING, Finding
from pipeline.languages import Language
from pipeline.literals import blank_matches
from pipeline.review import shorten

CHECK = "negation"


def check_prohibition_softened(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    prohibition = source_words.pattern("prohibition")
    if prohibition is None or target.pattern("negation") is None or not _reads_softening(source_words):
        return
    if not _reads_softening(target):
        return
    if not source_words.may_forbid(ctx.source):
        return  # no prohibition in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        forbids = prohibition.search(source_part)
        if forbids is None or any(_said(source_part, kind, source_words) for kind in _KINDS):
            continue
        said = " ".join(forbids.group().split()).lower()
        soft = source_words.search("soft_prohibition", source_part) is not None
        strength = WARNING if soft else ERROR
        softened = _said(translation_part, "softened", target)
        if softened and not _forbids(translation_part, target) and not _advises(translation_part, target):
            yield ctx.finding(
                CHECK,
                strength,
                f"the source forbids it ({said!r}) but the translation says {softened!r} (less, a limit) and no "
                f"'not': it allows some ({shorten(source_part)!r})",
            )
            continue
        if_possible = _said(translation_part, "if_possible", target)
        if if_possible:
            yield ctx.finding(
                CHECK,
                strength,
                f"the source forbids it ({said!r}) but the translation says {if_possible!r} (if possible): it "
                f"leaves the prohibition to the patient ({shorten(source_part)!r})",
            )
            continue
        excess = _said(translation_part, "excess", target)
        if excess:
            # the translator of "Avoid alcohol" may have meant the same: a reviewer reads it
            verdict = "check that it does not forbid only excess" if soft else "it forbids only excess and allows some"
            yield ctx.finding(
                CHECK,
                strength,
                f"the source forbids it ({said!r}) but the translation says {excess!r} (too much): {verdict} "
                f"({shorten(source_part)!r})",
            )


def check_obligation_softened(ctx: EntryContext) -> Iterator[Finding]:
    source_words, target = ctx.source_language, ctx.language
    obligation, prohibition = source_words.pattern("obligation"), source_words.pattern("prohibition")
    if obligation is None or prohibition is None or not _reads_softening(source_words) or not _reads_softening(target):
        return
    if not source_words.may_say("obligation_hints", ctx.source):
        return  # no order in the source (most entries): neither text need be read
    for source_part, translation_part in sentence_pairs(ctx.source_view.prose, ctx.translation_view.prose):
        ordered = obligation.search(source_part)
        if ordered is None or prohibition.search(source_part) or _said(source_part, "if_possible", source_words):
            continue  # a prohibition is read above; an order the source leaves to the patient is its own
        if source_words.search("amount_ordered", source_part):
            continue  # "drink plenty of water" said "as much as possible": the order strengthened
        soon = target.pattern("as_soon_as_possible")
        if_possible = _said(blank_matches(soon, translation_part) if soon else translation_part, "if_possible", target)
        if if_possible:
            yield ctx.finding(
                CHECK,
                ERROR,
                f"the source says it must be done ({ordered.group()!r}) but the translation says {if_possible!r} "
                f"(if possible): it leaves the order to the patient ({shorten(source_part)!r})",
            )


_KINDS = ("softened", "if_possible", "excess")


def _reads_softening(language: Language) -> bool:
    return all(language.softening_res.get(kind) is not None for kind in _KINDS)


def _said(text: str, kind: str, language: Language) -> str:
    regex = language.softening_res[kind]
    assert regex is not None
    match = regex.search(text)
    return " ".join(match.group().split()) if match else ""


def _advises(text: str, language: Language) -> bool:
    """Whether ``text`` says one of the language's ``advice`` (con moderación, avec modération,
    적당히): [negation] reports that prohibition said as an advice itself."""
    return language.search("advice", text) is not None


def _forbids(text: str, language: Language) -> bool:
    """Whether ``text`` says a "not" or a word that forbids (evite, 避免, تجنب)."""
    if language.search("negation", text):
        return True
    return language.search("prohibits", text) is not None
