"""English, the source language: what a translation must keep of it, and how
its text is recognised when a translation leaves it in place (common and
function words, name particles), and its numbers written as words.

Also what it says "not", "at most" and "at least" with, and its counts in
words ("one in ten", "twice"), for the meaning checks.
"""

from __future__ import annotations

import re
from fractions import Fraction

from pipeline.languages.language import (
    ABDOMEN,
    AFTERNOON,
    AT_LEAST,
    AT_MOST,
    BACK_SIDE,
    BEDTIME,
    BEFORE_AFTER,
    BOTH_SIDES,
    BREAST_FEEDING,
    BUTTOCK,
    BY_MOUTH,
    CHEWING,
    COMMON,
    CRUSHING,
    DARK,
    DESSERT_SPOON,
    DIFFERENT_SITE,
    DISSOLVING,
    DRINKING,
    DRIVING,
    EAR,
    EMPTY_STOMACH,
    EVENING,
    EYE,
    FASTER,
    FIRST_PART,
    FOR_EXTERNAL_USE,
    FREEZER,
    FREEZING,
    FRONT_SIDE,
    HIGHER_DOSE,
    INFUSION_STOPPED,
    INHALED,
    INJECTED,
    INNER_SIDE,
    INTO_A_MUSCLE,
    INTO_A_VEIN,
    LAST_PART,
    LEFT,
    LOWER_DOSE,
    LYING_DOWN,
    MIDDAY,
    MORE_LESS,
    MORNING,
    NIGHT,
    NOSE,
    ONE_SIDE,
    OPENING,
    OTHER_SIDE,
    OUT_OF_REACH,
    OUTER_SIDE,
    PALE,
    PREGNANCY,
    RARE,
    RECTAL,
    REFRIGERATING,
    REFRIGERATOR,
    RIGHT,
    ROOM_TEMPERATURE,
    SAME_SITE,
    SLOWER,
    SPLITTING,
    STOP_CONTINUE,
    STOPPING,
    SUPPOSITORY,
    SWALLOWED,
    TABLESPOON,
    TEASPOON,
    THIGH,
    UNDER_THE_SKIN,
    UNDER_THE_TONGUE,
    UNLESS_EVEN_IF,
    UPPER_ARM,
    UPRIGHT,
    VAGINAL,
    VAGINAL_DOSE_FORM,
    WITH_FOOD,
    WITHIN_REACH,
    Language,
    Spans,
    frozen,
)
from pipeline.literals import literal_pattern, lowered, may_hold

# Grammatical negation.  "no more than", "not only", "whether or not" and the
# like are not denials (the first is a limit, read by [limits]).
# The apostrophe of "don't" typed or typographic (’): a leaflet written in a word processor
# or with smart quotes says "Don’t stop", which was read as no negation at all.
# "over 65" said of who ("people over 65", "children aged over 12") is no limit on an amount: a
# "not" before it denies the verb ("Do not give it to people over 65").
_NOT_OF_WHO = "".join(
    rf"(?<!\b{who}\s)"
    for who in "children child kids babies infants adults people persons patients women men anyone those aged age ages".split()
)
NEGATION = r"\b(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot|can['’]t|won['’]t|\w+n['’]t)\b"
NOT_NEGATION = (
    r"\b(?:no|not)\s+(?:more|less|fewer|later|longer|sooner|earlier|greater|higher|lower)\s+than\b"
    r"|\bnot\s+(?:only|exceed\w*|to\s+exceed)\b|\bwhether\s+or\s+not\b|\bno\.\s*\d|\bno\s+matter\b"
    # "with or without food": either way, no denial; said as "regardless of meals" (unabhängig von den
    # Mahlzeiten, independientemente de las comidas), "during or outside meals" (pendant ou en dehors
    # des repas), "with food or on an empty stomach" (與食物併服或空腹服用)
    r"|\bwith\s+or\s+without\b"
    # "unless your doctor tells you not to": "unless told otherwise", salvo que le indique lo contrario,
    # es sei denn, Ihr Arzt rät davon ab
    r"|\bunless\s+(?:\w+\s+){0,3}?(?:tells?|told|says?|advises?|asks?)\s+you\s+not\s+to\b"
    # "do not take more than 4 g", "never use more than 8 puffs", "do not take over 4 g": a limit on
    # the amount, which a translation says as "at most 4 g" (최대 4 g까지만, 最多 4 g) and [limits] judges
    r"|(?:\bnot|\bnever|n['’]t)\s+(?:(?!(?:if|when|unless|until|while)\b)[a-z]+\s+){0,4}?"
    rf"(?:(?:more|less|fewer|longer)\s+than|exceed\w*|{_NOT_OF_WHO}(?:over|above))\s+"
    r"(?=(?:about\s+|around\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b))"
)
# The negations that deny a verb, counted one by one by [negation]: "Do not stop and do not skip
# a dose" denies two.  Not "no", "without", "nothing": a translation may say them without a "not"
# (不要空腹服用 for "do not take it without food").
DENIAL = r"\b(?:not|never|cannot|can['’]t|won['’]t|\w+n['’]t)\b"
# Words that mean something negative without a "not": a translation may say
# them with one (unknown = 알려지지 않은, lack = 없다, few = 거의 없다, only =
# ~밖에 없다, unless = ~하지 않는 한, stop = 멈추다 or 더 이상 ~하지 않다).
NEGATIVE_MEANING = (
    r"\b(?:un(?!der|til|it|ion|ique|iversal|iform|iversit|ited)[a-z]{3,}|unless|until|lack\w*|absen\w*|fail\w*"
    r"|few|fewer|little|rare\w*|seldom|hardly|only|avoid\w*|stop\w*|instead|rather|except|free|missing|loss|lose"
    r"|los(?:ing|t)|in(?:ability|complete|correct|effective|sufficient|active|adequate|visible|tolerant)"
    r"|im(?:possible|proper|mature|balance)|dis(?:agree|allow|continu\w*|like|order\w*|ease\w*)|off-label"
    r"|refus\w*|deny|denied|prevent\w*|protect\w*|less|keep\s+(?:\w+\s+){0,3}?dry"
    # "skip the missed dose": ne prenez pas la dose oubliée, 복용하지 마세요 (not "missed": "take the
    # missed dose" said "do not take it" says the opposite)
    r"|skip\w*"
    # "Keep out of the sight and reach of children": 손이 닿지 않는 곳, 看不到也拿不到的地方
    r"|out\s+of\s+(?:the\s+)?(?:sight|reach)"
    # a limit, which a translation may say with a negation ("4 g을 넘지 마세요",
    # "2 g 이상 드시지 마세요"): [limits] compares its direction
    r"|exceed\w*|more\s+than|fewer\s+than|longer\s+than|at\s+most|up\s+to"
    # a maximum, said "No tome más de seis comprimidos", "Ne pas dépasser 6 comprimés", "6정을 넘지 마세요"
    r"|max|maximum|maximal"
    # "Do not take over 4 g" said "No tome más de 4 g" or "4 g 이하"; not who ("people over 65")
    rf"|{_NOT_OF_WHO}(?:over|above)(?=\s+\d)"
    # "Store below 25 °C" said "Nicht über 25 °C lagern", "ne dépassant pas 25 °C", "25 °C를 넘지 않는
    # 곳": the same limit, said as a denied "over"; not who ("children under 12")
    rf"|{_NOT_OF_WHO}(?:below|under)(?=\s+\d))\b"
)

# Words of stopping, skipping, forgetting or keeping on: a source that says one
# may be translated with "do not stop" (끊지 마세요, no deje de) for "keep taking".
STOP_WORDS = (
    r"\b(?:stop\w*|quit\w*|ceas\w*|discontinu\w*|interrupt\w*|halt\w*|pause\w*|end|ends|ended|ending"
    r"|forg[eo]t\w*|skip\w*|miss\w*|keep\w*|kept|continu\w*|remember\w*|sure|give\s+up)\b"
)
# An instruction to stop a medicine: "Stop taking it", "…, stop using it", "and stop the medicine", a
# verb of stopping that opens its clause (or follows and, then, or, please, immediately) with what
# is stopped after it.  Not "If you stop taking it" nor "when to stop" (no instruction), "then stop
# for 7 days" (a pause, 휴약, descanse), "stop working", "stop bleeding".
STOP_INSTRUCTION = (
    r"(?:^|[.;:!?,(]\s*|\b(?:and|then|or|please|immediately|also)\s+)(?:stop|discontinue|quit)\s+"
    r"(?:taking|using|giving|applying|having|the|this|that|your|it|them|treatment)\b"
)
# A condition ignored that says to keep on: "Take it for 5 days, even if you feel better", "even
# when your symptoms go away" (not "even if you miss a dose": no getting better).
KEEP_ON_EVEN_IF = (
    r"\beven\s+(?:if|when|though|after)\b[^.;:!?,]{0,40}?\b(?:better|well|fine|improv(?:e|es|ed|ing)"
    r"|go(?:es)?\s+away|gone|disappear(?:s|ed)?|clear(?:s|ed)?\s+up)\b"
)
# Of those, the words that say to keep on: keep (on) taking, continue, carry on, remember to.  A
# translation says them as "do not stop", "do not forget" (Setzen Sie es nicht ab, no deje de
# tomarlo, 끊지 마세요, 不要停藥, لا تتوقف عن تناوله): no "not" added.  Not "keep it dry", "keep it
# in the fridge": "keep" with a verb in -ing only.
KEEP_ON = (
    r"\b(?:keep|keeps|keeping|kept)\s+(?:on\s+)?[a-z]+ing\b|\bcontinu(?:e|es|ed|ing)\b"
    rf"|\bcarr(?:y|ies|ied|ying)\s+on\b|\bremember(?:s|ed|ing)?\s+to\b|{KEEP_ON_EVEN_IF}"
)
# A "not" of stopping, skipping or forgetting ("do not stop taking it", "never skip a dose", "don't
# forget"): it says to keep on.  [comparison] reads those of stopping as "keep on" (the target
# languages' negated_stop likewise), so that "Do not stop taking it without talking to your
# doctor" said as "stop taking it without talking" is found, "without" on both sides.
NEGATED_STOP = (
    r"\b(?:(?:do|does|did|should|must|will|would|can|could|may)\s*(?:not|n['’]t)|cannot|can['’]t|won['’]t|never|not\s+to)"
    r"\s+(?:ever\s+|suddenly\s+|just\s+|yet\s+)?(?:stop|quit|discontinu|forg[eo]t|skip|miss)\w*"
)
# The words that forbid without a "not" ("Avoid stopping this medicine suddenly", "Stopping it is
# prohibited", "You are advised against stopping"): said of a word of stopping beside them, they
# say to keep on, as the targets' evite, évitez, 피하세요, 避免 do ([comparison]); without them the
# source read "stop" and every faithful translation warned.  "Avoid the sun and stop taking it"
# still says stop: the "and" between is another verb's (comparison.py).
PROHIBITS = (
    r"\b(?:avoid(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|forbid(?:s|den|ding)?|forbade"
    r"|refrain(?:s|ed|ing)?\s+from|advised?\s+against|advises\s+against|discouraged?\s+from)\b"
)
# Of those, an order to the reader ([negation]'s ``forbids``): "avoid" or "refrain from" where a
# sentence or clause begins, or after "please", "also", "should", "must", "try to"; not "to avoid
# infection, wash your hands" nor "it helps avoid", which a translation says with no "not" (para
# prevenir, pour prévenir); nor after "and", which as often joins a noun ("the heart and avoid
# lungs" in the bench's varied corpus), unless the sentence opens with an order ("Use a sunscreen
# with SPF 30 or higher and avoid sunbeds.": two orders).  The verb is the pattern's last group.
_AN_ORDER = (
    r"(?:use|take|wear|apply|put|drink|eat|keep|stay|rest|wash|store|protect|cover|check|tell|ask|call"
    r"|wait|try|stop|sit|lie|get|see|go|make|follow|read|remove)"
)
FORBIDS = (
    r"(?:^|(?<=[.!?,;:])|\b(?:please|also|always|should|must|try\s+to))\s*"
    r"(avoid|refrain\s+from)\b"
    rf"|(?:^|(?<=[.!?]))\s*(?:please\s+)?{_AN_ORDER}\b[^.!?;]*?\band\s+(avoid|refrain\s+from)\b"
)
# A sentence that forbids the reader something ([negation]'s ``prohibition``): "do not", "don't",
# "never" where a sentence or clause begins (after "please", "and", "then", "also", "but": "If it is
# cloudy, do not use it."), "must not", "should not" of anyone ("It must not be frozen."),
# or an order of ``FORBIDS`` ("Avoid alcohol.").  Not a statement ("It does not contain gluten.", "You
# do not need to fast": no order).
PROHIBITION = (
    r"(?:^|(?<=[.!?,;:])|\b(?:please|and|then|also|but|so))\s*(?:do\s+not|don['’]t|never)\b"
    r"|\b(?:must|should)\s+(?:not|never)\b|\b(?:mustn|shouldn)['’]t\b|\bis\s+not\s+to\s+be\b"
    rf"|{FORBIDS}"
)
# [list-items]: two alternatives, "diabetes or kidney disease", "pregnant or breastfeeding" (its
# groups the words either side of the "or"; "and" joins clauses too often, "It attaches to them and
# stops them", which translations say with a verb's ending); and a series of three or more items,
# "a rash, swelling of the face, or difficulty breathing", each of up to four words, whose commas
# are two or whose last comes before the "and" or "or" ("If you get a rash, stop it and call your
# doctor" joins clauses).  An item has no word of a clause (a pronoun, a verb "be", "have", "can"
# ...) or an aside: "In the worst cases, organs can stop working, and TEN can lead to death" and
# "A reaction, usually to a medicine, that causes blisters" list nothing.
_CLAUSE_WORD = (
    r"(?:that|which|who|usually|often|sometimes|especially|including|such|if|when|because|as|they|it|you|we"
    r"|he|she|there|can|could|may|might|will|would|shall|should|must|is|are|was|were|be|been|has|have|had"
    r"|do|does|did)\b"
)
_ITEM_WORD = rf"(?!{_CLAUSE_WORD})[A-Za-z][\w'-]*"
_ITEM = rf"{_ITEM_WORD}(?:\s+{_ITEM_WORD}){{0,3}}"
ALTERNATIVES = r"\b([A-Za-z][\w'-]*)\s+or\s+([A-Za-z][\w'-]*)\b"
# One comma before the "or" ("a high fever, a stiff neck or confusion"): three items, unless what
# comes after the comma, or after the "or", is an order ("If you feel dizzy, sit down or lie down";
# "For more information, visit the SJS Foundation or call"), an aside ("called CIDP or MMN"), an
# adjective one of two of its noun ("firm, yellowish patches or lumps"), or the comma ends a time
# ("twice a day, morning or evening").  Only "or": "and" joins clauses too often.
_ORDER_WORD = (
    r"(?:sit|lie|stop|call|phone|visit|take|tell|ask|see|contact|go|get|keep|store|use|wait|rest|seek|talk"
    r"|speak|check|throw|return|put|wash|remove|apply|repeat|try|avoid|let|make|then|do|don't|never|please"
    r"|also|just|drink|eat|inject|read|follow|bring|write|text|email|come|called|known|named|like)\b"
    r"|[A-Za-z]+(?:ish|ful)\s+[A-Za-z]"
)
_TIME_BEFORE_COMMA = r"(?<!\bday)(?<!\bdaily)(?<!\bweek)(?<!\bnight)(?<!\bmorning)(?<!\bevening)(?<!\bmeal)"
SERIES_ONE_COMMA = rf"\b{_ITEM}{_TIME_BEFORE_COMMA}\s*,\s*(?!{_ORDER_WORD}){_ITEM}\s+or\s+(?!{_ORDER_WORD}){_ITEM}"
# Two symptoms or states a condition joins with "and" ("if you have a fever and a sore throat", "when
# you are pregnant and breastfeeding"): the one "and" pair read as two items, its group the pair; a
# translation that drops one asks a patient to act on one where the source asks for both.  Only
# after "if"/"when" and a verb of having or being: elsewhere "and" joins clauses too often.  Not two
# numbers ("if you have one and a half tablets left").
CONDITION_PAIR = (
    r"\b(?:if|when|whenever|unless)\s+(?:you|your\s+child|they)\s+(?:have|has|get|develop|notice|feel|experience"
    r"|are|is|become)\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|half)\b)"
    rf"({_ITEM}\s+and\s+{_ITEM})"
)
# What opens a sentence with a clause or a phrase its comma ends ("If you have a fever, …", "For more
# information, …"): a one-comma series after it is a list only if a comma ends it too ("If you have a
# high fever, a stiff neck or confusion, call 911"), else its comma may be the opener's.
SENTENCE_OPENER = (
    r"\s*(?:if|when|whenever|while|before|after|unless|until|once|as\s+soon\s+as|for|in|at|during|on|to"
    r"|with|from|by)\b"
)
SERIES = (
    rf"\b{_ITEM}(?:\s*,\s*{_ITEM}){{2,}}\s*,?\s+(?:and|or)\s+{_ITEM}|\b{_ITEM}\s*,\s*{_ITEM}\s*,\s+(?:and|or)\s+{_ITEM}"
)
# What only looks like items: two numbers ("one or two tablets", "a day or two", "between 2 and 8"), a
# limit ("38 °C or higher", "12 years and older"), and idioms of one meaning ("with or without food",
# "whether or not", "safe or not", "more or less", "sooner or later", "and/or").
_COUNTED = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an|half|\d+)"
NOT_ITEMS = (
    rf"\b{_COUNTED}\s+(?:\w+\s+)?(?:and|or)\s+{_COUNTED}\b|\bbetween\b[^,.;:]*"
    r"|\b(?:and|or)\s+(?:higher|more|above|over|less|lower|below|under|older|younger|later|earlier|longer"
    r"|shorter|so|up|greater|fewer|after|before)\b"
    r"|\bwith\s+or\s+without\b|\bor\s+not\b|\bmore\s+or\s+less\b|\bsooner\s+or\s+later\b|\band/or\b"
)
# An order to skip a dose ([negation]'s ``skip_words``), where a sentence or clause begins or
# after "and", "please", "then": "If it is almost time for your next dose, skip the missed dose.";
# a dose or "it" after it, a few words on: not "Skip to the leaflet" (a link of the page).
SKIP_WORDS = (
    r"(?:^|(?<=[.!?,;:])|\b(?:and|please|then|just|simply))\s*(skip)\s+"
    r"(?:it\b|(?:[a-z]+\s+){0,3}?(?:doses?|tablets?|capsules?|injections?|one)\b)"
)

# Directions ([comparison]): "more likely" / "less likely", "higher" / "lower", "increase" /
# "decrease", "before" / "after".  Not "drops" (eye drops), "fall" (fall asleep) or "raised" (raised bumps).
# After "a minute", "an hour": a moment before or after something ("an hour after eating"), no
# rate, unless a number follows in its clause ("2 mL a minute after 30 minutes").
_A_MOMENT = r"\s+(?:after|before|later|earlier|ago|beforehand|afterwards?)(?![\w])(?![^.,;:!?\n]*\d)"
_GO = r"(?:go|goes|going|gone|went|come|comes|came|coming)\s+(?:back\s+)?"
DIRECTIONS = {
    MORE_LESS: (
        rf"\b(?:more|greater|higher|larger|bigger|increas\w*|ris(?:e|es|ing|en)|rose|rais(?:e|es|ing)|{_GO}up)\b",
        rf"\b(?:less|lessen\w*|fewer|lower\w*|smaller|decreas\w*|reduc\w*|declin\w*|dropp(?:ed|ing)|{_GO}down)\b",
    ),
    BEFORE_AFTER: (
        r"\b(?:before|beforehand|earlier|prior\s+to|ahead\s+of|previously|in\s+advance)\b",
        r"\b(?:after|afterwards?|later)\b",
    ),
    STOP_CONTINUE: (
        r"\b(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|discontinu\w*)\b",
        r"\b(?:continu(?:e|es|ed|ing)|keep\s+(?:on\s+)?(?:taking|using|giving|having)|carry\s+on|go\s+on\s+(?:taking|using))\b",
    ),
    # A condition kept or ignored: "Do not stop unless your doctor tells you to" said "even if your
    # doctor tells you to" tells the patient to ignore the doctor; "Keep taking it even if you feel
    # better" said "unless you feel better" tells the patient to stop.
    UNLESS_EVEN_IF: (
        r"\b(?:unless|except\s+(?:if|when|where))\b",
        r"\beven\s+(?:if|when|though)\b",
    ),
}
# Said with a direction word, saying none ("at least", "for more information", "looks after"),
# or a limit next to a number ("more than 30%", "no later than 24 hours", "5% or more"), which
# [limits] reads.
NOT_DIRECTION = (
    r"\b(?:at\s+(?:the\s+)?(?:least|most)|more\s+or\s+less|any\s*more|(?:for|learn|read|find\s+out|know)\s+more"
    r"|look(?:s|ed|ing)?\s+after)\b"
    r"|\b(?:(?:no|not)\s+)?(?:more|less|fewer|greater|higher|lower|later|earlier|sooner)\s+than\b"
    r"(?=\s+(?:about\s+|around\s+|approximately\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+))"
    r"|\b(?:no|not)\s+(?:more|less|fewer|greater|higher|lower|later|earlier|sooner)\s+than\b"
    # a limit after a number: "5% or more", "38 °C or higher", "2 tablets or fewer"
    r"|(?<=[\d%])(?:\s*(?:°\s?[CF]|℃|[A-Za-zµ]+))?\s+(?:or|and)\s+"
    r"(?:more|less|fewer|greater|higher|lower|longer|shorter|over|under|above|below|older|younger)\b"
)

# Urgency ([urgency]): the words that say to act without waiting, whose loss in a translation
# ("Call your doctor right away" as "... next week", or with it left out) delays care.  Not "as
# soon as" before a clause ("as soon as they suspect TEN", a time).
_URGENCY_WORDS = (
    r"(?:right\s+away|straight\s+away|immediately|at\s+once|urgent(?:ly)?|without\s+(?:any\s+)?delay"
    r"|as\s+soon\s+as\s+(?:possible|you\s+can))"
)
# "Now" only after an instruction to act that opens its clause ("Call your doctor now", "Stop taking
# it now", "If it spreads, go to the emergency room now"): elsewhere it says the time ("You can now
# …", "now that …", "Now, …", "from now on", "for now": for the time being, "up to now").
_ACT_NOW = (
    r"(?:^|(?<=[.;:!?,(\n])\s*|(?<=\band\s)|(?<=\bor\s)|(?<=\bthen\s)|(?<=\bplease\s)|(?<=\bso\s))"
    r"(?:call|phone|ring|dial|stop|go|get|seek|contact|tell|see|visit|ask)\b[^.;:!?,()]{0,60}?"
    r"(?<!\bfor\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\bby\s)(?<!\bjust\s)(?<!\bto\s)"
    r"\bnow\b(?!\s+(?:that|on\b|and\s+(?:then|again)))"
)
URGENCY = rf"\b{_URGENCY_WORDS}\b|{_ACT_NOW}"
# Said with an urgency word, saying no hurry: "at once" after a count is "together" ("Do not take
# two doses at once"); "urgent care" is a place; "immediately after a meal" (or before) says when
# a dose is taken, which translations say as 식사 직후, مباشرة بعد, without a word of hurry; "an
# urgent need (urge) to pass urine" is a symptom (절박뇨, 尿急), as "urinary urgency" is (not read:
# "urgency" is no urgency word).
NOT_URGENCY = (
    r"\b(?:\d+|one|two|three|four|five|six|both|all|several|many|more|double|doses|tablets|capsules|pills|puffs"
    r"|drops|medicines|things)\b[^.;:!?,]{0,40}?\bat\s+once\b"
    r"|\burgent\s+care\b|\bimmediately\s+(?:after|before|following|prior\s+to)\b"
    r"|\burgent(?:ly)?\s+(?:need(?:s|ing)?|urges?|desire)\s+to\s+(?:pass\s+(?:urine|water|stools?)|urinate|pee|wee"
    r"|go\s+to\s+the\s+(?:toilet|bathroom|loo|lavatory)|empty\s+(?:your|the|their)\s+(?:bladder|bowels?)"
    r"|have\s+a\s+bowel\s+movement|open\s+(?:your|the|their)\s+bowels?)\b"
    r"|\burgent\s+(?:urination|micturition|bowel\s+movements?)\b"
    # an urgency word denied by a "not" before it in its clause says what does not happen, no
    # instruction ("This medicine does not work straight away", "The rash may not appear right
    # away"): the clause ends at a mark, a conjunction or the verb of a new instruction ("If it
    # does not stop call your nurse right away" is still read), and "do not wait / hesitate /
    # delay" is an urgency of its own
    r"|(?:\bnot\b|n['’]t\b)(?!\s+(?:hesitate|wait|delay)\b)"
    r"(?:(?!\b(?:and|or|but|if|when|then|so|until|because|unless|call|phone|ring|dial|tell|go|seek|get|contact"
    r"|visit|see|ask|inform|report|stop|give|use|remove|apply|bring|take(?!\s+effect))\b)[^.;:!?,()\u2013\u2014])*?"
    rf"\b{_URGENCY_WORDS}\b"
)
# A hurry softened ([urgency]): the urgency words that say now (immediately, right away, straight away,
# at once, "Call … now"), whose rendering as "as soon as possible" waits for the patient's chance; not
# urgently or without delay, which such a phrase may render.
IMMEDIACY = r"\b(?:right\s+away|straight\s+away|immediately|at\s+once|now)\b"
AS_SOON_AS_POSSIBLE = r"\bas\s+soon\s+as\s+(?:possible|you\s+can)\b|\bwhen(?:ever)?\s+you\s+can\b"
# Putting off ([urgency]): at the next visit, appointment, consultation or check-up, next week, in or
# within the coming days, later, when convenient.  A source that names such a time itself ("Call right
# away if …; tell your doctor at your next visit if …", "if you get a fever within a few days") is not
# held to a translation's.
DEFERRAL = (
    r"\bnext\s+(?:(?:clinic|doctor['’]s|routine|regular|scheduled|follow-up)\s+)?(?:visit|appointment|consultation"
    r"|check-?up|review)\b|\bnext\s+week\b|\b(?:in|within)\s+(?:the\s+)?(?:next|coming)\s+(?:few\s+)?(?:days|weeks)\b"
    r"|\b(?:in|within)\s+a\s+few\s+days\b|\blater\b|\bwhen(?:ever)?\s+(?:it\s+is\s+)?convenient\b|\bat\s+your\s+convenience\b"
)
# A call for emergency help ([urgency]): call 911 (any three digits, or the {emergency} placeholder),
# an ambulance or the emergency services; go to the emergency room, department, ER or A&E.  As urgent
# as "right away" though said with no word of hurry: only its putting off is read (a translation may
# rightly say "call 119" with no word of hurry).
EMERGENCY_CALL = (
    r"\b(?:call|dial|phone)\s+(?:\d{3}\b|\{emergency\}|%\(emergency\)s|an\s+ambulance\b|(?:the\s+)?emergency"
    r"\s+services\b)|\bgo\s+(?:straight\s+)?to\s+(?:the\s+|your\s+)?(?:nearest\s+)?(?:emergency\s+(?:room|department)"
    r"|ER\b|A&E\b)"
)
# A double dose forbidden ([negation]): "Do not take a double dose", "Never double up", "Avoid doubling
# the dose", "Don't take two doses at once"; the "not" or "avoid" before it in its clause, not in
# another ("If you take a double dose by mistake, do not panic"; "Do not worry if you took a double dose").
# A double dose named, anything doubled or taken twice, or doses in the plural or both of them: a
# source that says none gives a translation no reason to name a double dose ([negation]); one that
# speaks of several doses may be counting two (`兩劑之間` for "between doses", `這兩劑` for "both doses").
DOUBLE_DOSE = r"\b(?:doubl\w*|twice|twofold|two-fold|2-fold|(?:two|2)[\s-]+(?:times|doses?)|doses|both)\b"
DOUBLE_DOSE_FORBIDDEN = (
    r"(?:\b(?:not|never|avoid|refrain\s+from)|n['’]t)\b"
    r"(?:(?!\b(?:if|when|unless|because|but|and|or|worry|panic)\b)[^.;:!?,()])*?"
    r"\b(?:doubl(?:e|ed|ing)\s+(?:(?:a|the|your|this|that|a\s+missed|the\s+next)\s+)?(?:doses?|dosage|amount)"
    r"|doubl(?:e|ing)\s+up|twice\s+the\s+(?:(?:usual|normal|prescribed)\s+)?(?:dose|amount)"
    r"|two\s+doses\s+(?:at\s+once|together|at\s+the\s+same\s+time))\b"
)
# What every urgency word holds (lower case): a text with none says no urgency.
URGENCY_HINTS = (
    *("right away", "straight away", "immediate", "at once", "urgent", "delay", "as soon as", "now"),
    *("call", "dial", "phone", "emergency", "ambulance", " er", "a&e"),  # EMERGENCY_CALL's
)
# [as-needed]: a dose taken only when it is needed: if / as / when needed, necessary or required
# ("if it is needed"), "when you need it", PRN; not "if you need to" (any instruction's condition:
# "If you need to stop, ask your doctor"), nor "as directed".
AS_NEEDED = (
    r"\b(?:if|as|when|whenever)\s+(?:(?:it|they)\s+(?:is|are)\s+)?(?:needed|necessary|required)\b"
    r"|\b(?:if|when|whenever)\s+you\s+need\s+(?:it|them|one|a\s+dose)\b|\bPRN\b|\bp\.r\.n\.|\bon\s+demand\b"
)
AS_NEEDED_HINTS = ("need", "necessary", "required", "prn", "p.r.n", "demand")

LIMITS_BEFORE = {
    "no more than": AT_MOST,
    "not more than": AT_MOST,
    "no longer than": AT_MOST,
    "not longer than": AT_MOST,
    "at most": AT_MOST,
    "at the most": AT_MOST,
    "at the very most": AT_MOST,
    "max": AT_MOST,
    "up to": AT_MOST,
    "within": AT_MOST,
    "less than": AT_MOST,
    "fewer than": AT_MOST,
    "shorter than": AT_MOST,
    "under": AT_MOST,
    "below": AT_MOST,
    "a maximum of": AT_MOST,
    "maximum of": AT_MOST,
    "maximum": AT_MOST,
    "not exceeding": AT_MOST,
    "not to exceed": AT_MOST,
    "no later than": AT_MOST,
    "not later than": AT_MOST,
    "lower than": AT_MOST,
    "at least": AT_LEAST,
    "at the very least": AT_LEAST,
    "at a minimum": AT_LEAST,
    "no less than": AT_LEAST,
    "not less than": AT_LEAST,
    "no fewer than": AT_LEAST,
    "more than": AT_LEAST,
    "greater than": AT_LEAST,
    "longer than": AT_LEAST,
    "higher than": AT_LEAST,
    "over": AT_LEAST,
    "above": AT_LEAST,
    "a minimum of": AT_LEAST,
    "minimum of": AT_LEAST,
    "minimum": AT_LEAST,
    "exceeding": AT_LEAST,
    # "do not exceed 4 g": the negation before it turns it around (limit_phrases.py)
    "exceed": AT_LEAST,
    "exceeds": AT_LEAST,
    "go over": AT_LEAST,
    "going over": AT_LEAST,
}
# The dose a limit that opens its clause may be said of ("Doses of more than 4 g", "A daily dose
# above 4 g"), and the prohibition after it that denies the limit ("... must not be given").
LIMIT_SUBJECT = (
    r"(?:(?:the|a|any|such)\s+)?(?:daily\s+|single\s+|total\s+)?"
    r"(?:doses?|amounts?|quantit(?:y|ies)|tablets?|capsules?|drops?|infusions?|injections?)(?:\s+of)?"
)
LIMIT_PROHIBITED = (
    r"\b(?:(?:must|should|may|can|could|shall)\s+(?:[a-z]+ly\s+)?(?:not|never)|(?:must|should|may|could|shall)n['’]t"
    r"|cannot|can['’]t)\s+(?:[a-z]+ly\s+)?be\s+"
    r"(?:given|taken|used|prescribed|administered|infused|injected|applied|swallowed)\b"
    r"|\b(?:is|are)\s+(?:[a-z]+ly\s+)?(?:not|never)\s+(?:[a-z]+ly\s+)?(?:recommended|safe|allowed|permitted)\b"
)
# [limits]: the source allows more itself ("If needed, you may take more", "Your doctor may increase
# the dose", "The dose may be increased to 8 tablets", "take another dose"): a translation may say so too.
MORE_ALLOWED = (
    r"\b(?:may|can|could|might)\s+(?:\w+\s+){0,3}?(?:take|use|have|give)\s+(?:\w+\s+){0,2}?"
    r"(?:more|extra|additional|another)\b|\b(?:may|can|could|might)\s+(?:\w+\s+)?(?:increase|raise|exceed|go\s+over)\b"
    r"|\b(?:may|can|could|might)\s+be\s+(?:\w+ly\s+)?(?:increased|raised)\b"
    # a dose more said as an order ("If you vomit within 30 minutes, take another dose")
    r"|\b(?:take|use|have|give)\s+(?:an?\s+)?(?:another|extra|additional|second)\s+(?:dose|tablet|capsule|puff)"
)
# [negation]: the words that allow ("you may feel dizzy", "you can take it with or without food",
# "you might feel dizzy") and the "not" of an obligation, which allows too ("you do not need to
# fast", "it is not necessary"), and an "until", which says when what it forbids is allowed ("Do not drive until you
# know how it affects you" as "Puede conducir cuando sepa cómo le afecta"): a translation may say
# such a sentence with a permission and no negation.
_NEED_NOT = (
    r"\bneed(?:\s+not|n['’]t)\b|\bno\s+need\b|(?:\bnot|n['’]t)\s+(?:need|have)\s+to\b"
    r"|\bnot\s+(?:necessary|needed|required)\b"
)
PERMISSION = rf"\b(?:may|might|can(?!not|['’]t)|could|allowed|permitted|until)\b|{_NEED_NOT}"
# [negation]: the "not" of an obligation, the words that say a thing is not needed ("No dose
# adjustment is needed", "if you no longer need it", "optional"), and a "not" of worrying, which a
# translation says as well with a "need not" ("Do not worry" as 걱정하지 않으셔도 됩니다, no hace falta
# preocuparse, 不必擔心): such a sentence may be said with one.
NOT_REQUIRED = (
    rf"{_NEED_NOT}|(?:\bnot|n['’]t|\bno\s+longer)\s+need\b|\b(?:unnecessary|optional)\b"
    r"|\bno\s+(?:[a-z]+\s+){0,3}(?:is|are)\s+(?:needed|necessary|required)\b"
    r"|(?:\bnot|n['’]t)\s+(?:be\s+)?(?:worry|worried|alarmed|afraid|concerned|panic)\b"
)
# [negation]: an order ("You must stay in hospital", "You will have to", "You need to", "Patients are
# required to"); not "must not" (a "not"), "do not have to" or "may need to" (no order).
OBLIGATION = (
    r"\bmust\b(?!\s+(?:[a-z]+ly\s+)?(?:not|never)\b)|(?<!\bnot\s)(?<!n['’]t\s)\b(?:have|has)\s+to\b"
    r"|(?<!\bnot\s)(?<!n['’]t\s)(?<!\bmay\s)(?<!\bmight\s)\bneeds?\s+to\b|\b(?:is|are)\s+required\s+to\b"
)
# [negation]: the words of an advice ("talk to your doctor", "with caution", "in moderation",
# "Warning"), which a translation says with its own (의사와 상의하세요, con precaución, 適量).
ADVICE = (
    r"\b(?:doctors?|pharmacists?|nurses?|physicians?|health\s*care|consult\w*|ask|talk|speak|discuss|advice|advis\w*"
    r"|caution\w*|careful\w*|care|moderat\w*|limit\w*|warnings?|important|attention|watch|sparingly|less|reduce)\b"
)
# [negation]: an action forbidden by name, an order: its "not" or "avoid" right before the verb
# ("Do not drink alcohol", "You must not drive", "Avoid driving"); not a condition's ("if you do not
# drink"), nor a most ("do not drink more than 2 glasses": FORBIDS_MORE's and [limits]').
_ORDER_NOT = r"(?<!\byou\s)(?<!\bwho\s)(?<!\bthey\s)\b(?:do\s+not|don['’]t|never|must\s+not|should\s+not)\s+"
FORBIDDEN_ACTIONS = {
    DRINKING: rf"{_ORDER_NOT}drink\b(?!\s+(?:more|over)\b)|\bavoid\s+drinking\b(?!\s+(?:more|over)\b)",
    DRIVING: rf"{_ORDER_NOT}drive\b|\bavoid\s+driving\b",
}
# [negation]: what may be done to a dose, which a source forbids ("Do not open, crush or chew it",
# "must not be split", "without chewing") or rules out by "Swallow it whole" (chewing, crushing).
HANDLING = {
    CHEWING: r"\b(?:chew\w*|bite|biting|bitten)\b",
    CRUSHING: r"\b(?:crush\w*|grind\w*|powder(?:ed|ing)?)\b",
    SPLITTING: r"\b(?:split\w*|break|breaking|broken|halve[sd]?|halving|cut|cutting)\b",
    OPENING: r"\b(?:open|opens|opened|opening)\b",
    DISSOLVING: r"\bdissolv\w*",
}
_HANDLING_VERB = "|".join(HANDLING.values())
_HANDLED_ITEM = rf"(?:be\s+|being\s+)?(?:{_HANDLING_VERB})(?:\s+(?:it|them|the\s+\w+|this\s+\w+|your\s+\w+))?"
HANDLING_FORBIDDEN = (
    rf"(?:\bnot|\bnever|n['’]t|\bwithout)\s+{_HANDLED_ITEM}(?:\s*(?:,\s*|\bor\s+|\band\s+|\bnor\s+)+{_HANDLED_ITEM})*"
)
# [negation]: a use of a medicine the source forbids ("Do not stop taking it suddenly", "Avoid stopping
# it", "Do not refrigerate", "must not be frozen", "do not store it in the fridge").
_NOT = r"(?:\bnot|\bnever|n['’]t)\s+(?:to\s+)?(?:be\s+)?"
_STORED_IN = r"(?:store|keep|put|place)\w*\s+(?:(?:it|them|the\s+\w+)\s+)?in\s+(?:the\s+|a\s+)?"
USES_FORBIDDEN = {
    STOPPING: rf"{_NOT}(?:stop|discontinu|quit|interrupt)\w*|\bavoid\s+(?:stopping|discontinuing)\b",
    REFRIGERATING: rf"{_NOT}(?:refrigerat\w*|{_STORED_IN}(?:fridge|refrigerator))",
    FREEZING: rf"{_NOT}(?:freez\w*|frozen|{_STORED_IN}freezer)",
}
# "Swallow the tablet whole", "to be taken whole"; not "the whole course" nor "the whole tablet"
# (a noun after it).  A "not" before it in its clause ("Do not swallow it whole": chew it) is
# read by [negation].
SWALLOWED_WHOLE = (
    r"\b(?:swallow\w*|take[ns]?)\b[^.;:!?]{0,40}?"
    r"\b(?:whole|intact|in\s+one\s+piece)\b(?!\s+(?!with\b|and\b|or\b|without\b|on\b|at\b|before\b|after\b|in\b)[a-z])"
)
# [negation]: a "not" of exceeding or of more with no number ("Do not exceed the stated dose", "must
# not exceed", "never take more"), which NOT_NEGATION blanks for [limits]: a translation with a
# permission to take more and no negation ("Vous pouvez dépasser la dose") says the opposite.
FORBIDS_MORE = r"(?:\bnot|\bnever|n['’]t)\s+(?:to\s+)?(?:exceed\w*|(?:take|use|give|have)\s+(?:any\s+)?more)\b"
LIMIT_FORBIDDEN = r"\b(?:prohibited|forbidden)\s+to\s+(?:take|give|use|administer|apply)\s*$"

# Who a limit says ("children under 12", "people over 65"): a "not" before it denies the verb
# ("Do not give it to people over 65"), not the limit.  Not "children more than 5 mL" ("do not
# give children more than 5 mL" is at most 5 mL): only the words of an age.
_PEOPLE = "children child kids babies infants teenagers adults people persons patients women men anyone those".split()
GROUP_LIMITS = {
    f"{who} {limit}": direction
    for who in _PEOPLE
    for limit, direction in (
        ("under", AT_MOST),
        ("below", AT_MOST),
        ("younger than", AT_MOST),
        ("aged under", AT_MOST),
        ("over", AT_LEAST),
        ("above", AT_LEAST),
        ("older than", AT_LEAST),
        ("aged over", AT_LEAST),
    )
}
LIMITS_BEFORE.update(GROUP_LIMITS)
# The maximum said by the dose it names, the number right after it ("The maximum daily dose is 4
# g"): a translation that says the minimum (la dosis mínima, 최소 용량) turns it around.  Not "the
# maximum dose of 4 g": said after a "not" ("Do not exceed the maximum dose of 4 g"), the "not" is
# the verb's, and [limits] would read it as the limit's (at least 4 g).
_DOSE_KINDS = ("", "daily ", "single ", "total ", "recommended ", "recommended daily ")
DOSE_LIMITS = {
    f"{limit} {kind}{noun} is": direction
    for limit, direction in (("maximum", AT_MOST), ("minimum", AT_LEAST))
    for kind in _DOSE_KINDS
    for noun in ("dose", "amount")
}
LIMITS_BEFORE.update(DOSE_LIMITS)
# ... or as a label, its colon before the number ("Maximum daily dose: 6 tablets", "Maximum dose per
# day: 4 g", "Daily maximum: 8 tablets"): the label's own "maximum" says it, however far from the
# colon (source_limits.label_directions), so no phrase is listed for each label.
# An age said after its number ("children 2 years and older", "people 65 or older"): who, as
# "children under 2" is, so a "not" before it ("Do not give it to children 6 years and younger")
# denies the verb; and the number is an age, a quantity, even without "years".
AGE_LIMITS_AFTER = {
    "and older": AT_LEAST,
    "or older": AT_LEAST,
    "and up": AT_LEAST,  # "adults 18 and up"; not "and up to 4" (source_limits.py: what may follow it)
    "and younger": AT_MOST,
    "or younger": AT_MOST,
}
LIMITS_AFTER = {
    **AGE_LIMITS_AFTER,
    "or more": AT_LEAST,
    "or longer": AT_LEAST,
    "or over": AT_LEAST,
    "and over": AT_LEAST,
    "or above": AT_LEAST,
    "and above": AT_LEAST,
    "or greater": AT_LEAST,
    "or higher": AT_LEAST,
    "and higher": AT_LEAST,
    "or less": AT_MOST,
    "or fewer": AT_MOST,
    "or under": AT_MOST,
    "and under": AT_MOST,
    "or shorter": AT_MOST,
    "or below": AT_MOST,
    "or lower": AT_MOST,
    "and lower": AT_MOST,
    # Said either side of the number ("4 g at most", "4 g a day at most", "2 hours at least"): one
    # followed in its clause by another number or a rate ("4 g at most 3 times a day") is that one's.
    "at most": AT_MOST,
    "at the most": AT_MOST,
    "at the very most": AT_MOST,
    "maximum": AT_MOST,
    "max": AT_MOST,
    "at least": AT_LEAST,
    "at the very least": AT_LEAST,
    "at a minimum": AT_LEAST,
    "minimum": AT_LEAST,
}

# Numbers in words, the one list of them: [number-words] finds the counts
# written with them (numerals()), and [units] lets a translation write them as
# digits ("one gram" as "1 g", cardinal_words below).  Read in lower case or
# capitalised only: TEN is a disease.
CARDINALS = {
    **{
        word: value
        for value, word in enumerate(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty".split()
        )
    },
    **{
        tens: value
        for value, tens in zip(
            range(30, 100, 10), "thirty forty fifty sixty seventy eighty ninety".split(), strict=True
        )
    },
}
# "twenty-one", "ninety-nine": one number, as einundzwanzig, veintiuno, 二十一 are (never 20 and 1).
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNIT_WORDS = "one two three four five six seven eight nine".split()
# What a "two" counts when a noun follows it ("a day or two hours"), rather than the noun before it.
_COUNTED_PLURAL = (
    r"(?:minute|hour|day|week|month|year|time|dose|tablet|pill|capsule|drop|puff|injection|infusion|mg|g|ml)s?\b"
)
_COMPOUND = rf"(?:{'|'.join(_TENS_WORDS)})-(?:{'|'.join(_UNIT_WORDS)})"

SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
# "half a tablet", "a quarter of", "once a week", "twice a day".  numerals()
# reads a quarter nowhere: a translation says it as 25% as often as 1/4.
PARTS_AND_TIMES = {"half": Fraction(1, 2), "quarter": Fraction(1, 4), "once": Fraction(1), "twice": Fraction(2)}
_CARDINAL = "|".join(CARDINALS)
_SCALE = "|".join(SCALES)
# "one in ten", "two tablets", "a dozen", "a million", "half a tablet", "twice a day", "once a week".
NUMBER_WORDS = re.compile(
    rf"\b(?:(?P<and_a_half>{_CARDINAL})\s+and\s+a\s+half\b"  # one and a half: 3/2
    # "one hundred and twelve", "two hundred fifty", "a thousand and one": one number; not the
    # "one" of "one in a hundred and one in ten" nor the "two" of "a hundred and two hundred"
    rf"|(?P<count>{_CARDINAL}|a|an)\s+(?P<scale>{_SCALE})"
    rf"(?:(?P<rest>(?:\s+and)?\s+(?:{_COMPOUND}|{_CARDINAL}))(?![-\w])(?!\s+(?:in|out\s+of|{_SCALE})\b)|s?)"
    # "a day or two", "an hour or two", "a drop or two": 1 or 2, "a day" the 1 (not "a dozen or two",
    # nor "a day or two hours after food"); read with its noun, which also says what the 2 counts
    rf"|(?P<one_or_two>(?:an?|one)\s+[a-z]+)(?=\s+or\s+two\b(?!\s+{_COUNTED_PLURAL}))"
    rf"|(?P<compound>{_COMPOUND})(?![-\w])"
    rf"|(?P<one_half>one\s+half)\b(?!-li(?:fe|ves)\b)"  # one half: 1/2, its "one" the article of the half
    rf"|(?P<cardinal>{_CARDINAL})(?![-\w])"
    rf"|(?P<half>half)\b(?!-li(?:fe|ves)\b)"  # a half-life is a drug's, no half of anything
    rf"|(?P<twice>twice)\b"
    rf"|(?P<once>once)(?=\s+(?:a|an|per|each|every|daily|weekly|monthly|or\s+twice)\b))",
    re.IGNORECASE,
)
# "one of them", "no one", "one another", "one day" (some day), "the one": a
# word, not a count.  So is the one before a length of time it stands for the dose of ("then one 1
# month and one 6 months after the first": one dose, said by the "one" of a noun left out).
_NOT_A_COUNT = re.compile(
    r"^one\s+(?:of|another|day|way|or\s+another|by\s+one|thing|who|that|which)\b|^one\s*[,.;:)]|^one$"
    r"|^one\s+\d+(?:[.,]\d+)?\s*(?:hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
# A number after "the" names things said before ("between the two eye drops": `entre un colirio y otro`,
# each of them), no count of its own.
_NOT_A_COUNT_BEFORE = re.compile(r"\b(?:the|this|that|which)\s+$", re.IGNORECASE)
# ... nor is the "one" after a word that picks out which one ("no one", "every one", "the next one",
# "the other one", "another one", "a new one"): a pronoun for a noun said before, as "la siguiente",
# "l'autre", 다음 것, 下一劑 say it with no 1.  Only "one": after "every", "each", "no", "any" another
# number is a count ("every three months" said `cada cuatro meses` is a changed interval).
_ONE_PICKED_OUT_BEFORE = re.compile(
    r"\b(?:no|any|every|each|some|someone|anyone"
    r"|next|other|another|new|same|last|first|second|third|previous|missed|used|unused|old|right|wrong"
    r"|empty|fresh|remaining|following)\s+$",
    re.IGNORECASE,
)
# "Cut the tablet in half", "split it in two", "break into two halves", "fold the used patch in
# half": how a tablet is cut or a patch folded, no amount to take (a translation says it as 반으로,
# en deux, in zwei Hälften, إلى نصفين, 一分為二, 對折, and "take one half" says the half taken).  Not
# what cuts a dose ("cut your dose in half": half of it).
HOW_A_TABLET_IS_CUT = (
    r"(?i:\b(?:cut|cuts|cutting|split|splits|splitting|break|breaks|breaking|broken|divide|divides|divided|dividing"
    r"|fold|folds|folded|folding)"
    r"(?:\s+(?!(?:doses?|amounts?|in|into)\b)[a-z]+){0,3}"  # the tablet, it, the scored tablet
    # in half, not "half an hour"; in two pieces or alone, not "in two weeks", "in two doses"
    r"\s+(?:in|into)\s+(?P<how>half\b(?!-|\s+(?:a|an|of|the)\b)"
    r"|two\b(?=\s*(?:[.,;:)]|$|and\b|or\b|(?:equal\s+)?(?:halves|parts|pieces)\b))))"
)
_HOW_IT_IS_CUT = re.compile(HOW_A_TABLET_IS_CUT)


# Every match of NUMBER_WORDS holds one of these as a whole word, or a word starting with a scale
# ("two hundred", "a dozen", "millions"): a text with none is not searched (most texts).
_COUNT_WORDS = frozenset([*CARDINALS, *PARTS_AND_TIMES])
_SCALE_WORDS = tuple(SCALES)


def _compound_value(words: str) -> int:
    """The value of a cardinal or a tens-unit compound: "twelve" 12, "twenty-one" 21."""
    return sum(CARDINALS[lowered(word)] for word in words.split("-"))


# A word of the lowered text (a run of \w) that is a count word, or that starts with a scale word
# ("hundreds"): each word found with what may not stand before it tested once it is found, so the
# engine skips to the words' first letters (as numerals.py's rate periods).
_COUNT_OR_SCALE_WORD = re.compile(
    "|".join(
        [rf"{word}(?<!\w{word})(?!\w)" for word in sorted(_COUNT_WORDS, key=len, reverse=True)]
        + [rf"{word}(?<!\w{word})" for word in _SCALE_WORDS]
    )
)


def _may_say_a_number(text: str) -> bool:
    return _COUNT_OR_SCALE_WORD.search(lowered(text)) is not None


def numerals(text: str) -> Spans:
    """Counts written in words: "one in ten" (1, 10), "a dozen" (12), "half" (1/2), "twice" (2),
    "one and a half" (3/2), "twenty-one" (21), "a day or two" (1, 2)."""
    if not _may_say_a_number(text):
        return
    cased = _cased(text)
    # Every match holds such a word of the text it is found in: when only a word in capitals
    # said one (TEN, toxic epidermal necrolysis, hidden by _cased), there is none to find.
    if cased != text and not _may_say_a_number(cased):
        return
    how_it_is_cut = {match.span("how") for match in _HOW_IT_IS_CUT.finditer(cased)}
    for match in NUMBER_WORDS.finditer(cased):
        start, end = match.span()
        if (start, end) in how_it_is_cut:
            continue
        if match.group("and_a_half"):
            value = CARDINALS[lowered(match.group("and_a_half"))] + Fraction(1, 2)
        elif match.group("scale"):
            count = lowered(match.group("count"))
            value = Fraction(CARDINALS.get(count, 1) * SCALES[lowered(match.group("scale"))])
            if match.group("rest"):
                rest = _compound_value(match.group("rest").split()[-1])
                if rest < SCALES[lowered(match.group("scale"))]:
                    value += rest
                else:  # "a dozen and twenty": two counts
                    yield start, match.start("rest"), value
                    start, value = end - len(match.group("rest").split()[-1]), Fraction(rest)
        elif match.group("one_or_two"):
            value = Fraction(1)
        elif match.group("one_half"):
            value = Fraction(1, 2)
        elif match.group("compound"):
            value = Fraction(_compound_value(match.group("compound")))
        elif match.group("cardinal"):
            word = match.group("cardinal")
            if _NOT_A_COUNT.match(text[start : start + 30].strip()) or _NOT_A_COUNT_BEFORE.search(text[:start]):
                continue
            if lowered(word) == "one" and _ONE_PICKED_OUT_BEFORE.search(text, max(0, start - 16), start):
                continue
            value = Fraction(CARDINALS[lowered(word)])
        else:  # half, twice, once
            value = PARTS_AND_TIMES[lowered(match.group())]
        yield start, end, value


# "A quarter of a tablet", "three quarters", "one third", "two-thirds": parts of a whole the source
# gives (Language.parts_in_words), which numerals() does not demand (a quarter may be 25%).
_PARTS = re.compile(r"\b(?P<numerator>a|one|two|three)[\s-]+(?P<part>quarters?|thirds?)\b", re.IGNORECASE)
_PART_DENOMINATORS = {"quarter": 4, "quarters": 4, "third": 3, "thirds": 3}


def parts_in_words(text: str) -> Spans:
    """Parts of a whole in words: "a quarter" (1/4), "three quarters" (3/4), "two thirds" (2/3)."""
    for match in _PARTS.finditer(text):
        numerator = CARDINALS.get(lowered(match.group("numerator")), 1)
        yield match.start(), match.end(), Fraction(numerator, _PART_DENOMINATORS[lowered(match.group("part"))])


# Lengths of time said as a part of an hour, in words: "half an hour" is 30 minutes, "an hour and a
# half" 90, "a quarter of an hour" 15, as `eine halbe Stunde`, `una hora y media` and `un quart
# d'heure` are read.  Their half or quarter is part of the length, no half of a dose of its own: a
# translation says it as `30분`, `반 시간` or `半小時` (number_words).  Written as a sentence begins too.
_PARTS_OF_AN_HOUR = {
    "half an hour": "30",
    "half hour": "30",  # "a half hour before breakfast"; not "one and a half hours" (a whole word)
    "half-hour": "30",
    "an hour and a half": "90",
    "quarter of an hour": "15",
    "three quarters of an hour": "45",
}
LENGTHS_IN_WORDS = {
    said: ((minutes, "minute"),)
    for words, minutes in _PARTS_OF_AN_HOUR.items()
    for said in (words, words[0].upper() + words[1:])
}


# Words that make a count approximate, so that a translation may say it as 한두, 1~2 or 一兩
# ([numbers]): "a few drops", "several", "a couple of", "between 2 and 4", "2 or so", "up to";
# "about", "around", "approximately", "roughly", "nearly", "almost", "some" only before a number
# ("about 2 hours", not "talk to your doctor about it").
APPROXIMATE = (
    r"\b(?:few|couple|several|or\s+so|between|up\s+to)\b"
    rf"|\b(?:about|around|approximately|roughly|nearly|almost|some)\s+(?:\d|(?:{_CARDINAL})\b)"
)
# Ordinals in words, as a translation must keep them: "the second dose" is 두 번째 투여, 第二劑,
# الجرعة الثانية, la segunda dosis, as "the 2nd dose" is ([numbers]).  Not "first": a
# translation says it as often with a word for "at first" or "before all" (처음, 가장 먼저,
# 首次, 最先, en primer lugar) as with a number, and a false alarm blocks a correct leaflet.
ORDINALS = {
    **{
        word: value
        for value, word in enumerate(
            "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
            "fifteenth sixteenth seventeenth eighteenth nineteenth".split(),
            start=2,
        )
    },
    **{word: value for word, value in {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}.items()},
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_ORDINAL_UNITS = {"first": 1, **{word: value for word, value in ORDINALS.items() if value < 10}}
_ORDINAL_WORD = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})-(?P<unit>{'|'.join(_ORDINAL_UNITS)})|(?P<ordinal>{'|'.join(ORDINALS)}))\b(?!-)",
    re.IGNORECASE,
)
# Only after "the" or a possessive ("the second dose", "your third infusion"), or after such an
# ordinal ("the second or third day"): "a second dose" is another dose, "a second" a moment,
# "a third of" a fraction, "every second day" every other day (이틀에 한 번), "Second," an adverb.
_ORDINAL_AFTER = re.compile(r"\b(?:the|your|his|her|their|its|my|our)\s+$", re.IGNORECASE)
_ORDINAL_IN_A_LIST = re.compile(r"\s*(?:,|,?\s+(?:or|and|to|through))\s+$", re.IGNORECASE)
# Nouns after which an ordinal names no count a translation repeats: a second opinion, the
# third trimester (임신 후기, 妊娠晚期), the second half of the day, a third party, the fifth
# disease (eritema infeccioso).
_NOT_AN_ORDINAL_BEFORE = re.compile(
    r"\s+(?:opinions?|trimesters?|half|halves|party|parties|world|nature|thoughts?|hand|person|place|disease)\b",
    re.IGNORECASE,
)


# Every ordinal _ORDINAL_WORD finds holds one of these words ("twenty-first" its unit), looked for
# as plain text in the lowered text first (pipeline/literals.py): most texts have none, and this
# pattern of many words, each after a word boundary, is tried at every position of a text.
_ORDINAL_CLUES = literal_pattern([*ORDINALS, *_ORDINAL_UNITS])


def ordinals(text: str) -> Spans:
    """Ordinals in words a translation must keep: "the second dose" (2), "your third infusion" (3),
    "the twenty-first day" (21); not "first", "a second" or "the third trimester"."""
    if not may_hold(lowered(text), _ORDINAL_CLUES):
        return
    text = _cased(text)
    last_end = None
    for match in _ORDINAL_WORD.finditer(text):
        start = match.start()
        listed = last_end is not None and _ORDINAL_IN_A_LIST.fullmatch(text[last_end:start])
        after_the = _ORDINAL_AFTER.search(text, max(0, start - 16), start)
        if not (listed or after_the) or _NOT_AN_ORDINAL_BEFORE.match(text, match.end()):
            continue
        if match.group("ordinal"):
            value = ORDINALS[lowered(match.group("ordinal"))]
        else:
            value = _TENS[lowered(match.group("tens"))] + _ORDINAL_UNITS[lowered(match.group("unit"))]
        last_end = match.end()
        yield match.start(), match.end(), Fraction(value)


_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")


def _cased(text: str) -> str:
    """Words in capitals (TEN, ONE) hidden, keeping positions: they are names, not numbers."""
    return _CAPITALS.sub(lambda m: "#" * len(m.group()), text)


# [dose-times]: the times of day a dose is bound to ("1 tablet in the morning and 2 at bedtime").
# Bedtime first: "go to bed at night" names bedtime and night, each once.  A meal named is its time
# of day (breakfast the morning, lunch midday, dinner and supper the evening); "a meal" is none.
DAY_TIMES = {
    BEDTIME: r"\bbed\s?time\b|\b(?:before|going\s+to|go\s+to)\s+bed\b|\bbefore\s+(?:you\s+)?(?:go\s+to\s+)?sleep(?:ing)?\b",
    # on waking is the morning: "on waking", "when you wake up", "as soon as you get up" (not "if you
    # wake up", at night as well, nor "when you get up" alone: from a chair too)
    MORNING: r"\b(?:mornings?|breakfast(?:s|time)?|(?:up)?on\s+waking|after\s+waking(?:\s+up)?"
    r"|(?:when|after|as\s+soon\s+as)\s+you\s+(?:first\s+)?wake\s+up)\b",
    MIDDAY: r"\b(?:noon|midday|lunch(?:time)?)\b",  # not "afternoon"
    AFTERNOON: r"\bafternoons?\b",
    EVENING: r"\b(?:evenings?|(?:dinner|supper)(?:s|time)?)\b",
    NIGHT: r"\b(?:night(?:s|time|ly)?|midnight)\b",  # not "overnight"
    f"{EVENING}/{NIGHT}": r"\btonight\b",  # this evening or this night, as 今晚 and "esta noche" say
}
# What every phrase of DAY_TIMES holds, as it is written in running text (not "bed" alone, which
# "prescribed" holds): most texts hold none, and are not read further.
DAY_TIME_HINTS = (
    "orning",
    "noon",
    "Noon",
    "idday",
    "unch",
    "vening",
    "reakfast",
    "dinner",
    "Dinner",
    "supper",
    "Supper",
    "night",
    "Night",
    "edtime",
    "ed time",
    " bed",
    " sleep",
    "waking",
    "wake up",
)


# [opposites]: terms of one class that exclude each other.  "left" and "right" only before a part of
# the body, or before the other side and one ("the left or right eye"): not what is "left over", nor
# "right away".  Not "fasting" (a fasting blood test).
_BODY_PART = r"(?:eye|ear|side|arm|leg|hand|foot|feet|nostril|breast|lung|kidney|knee|hip|shoulder|thigh|buttock)s?\b"
# "Take the pen out of the refrigerator 30 minutes before" says to let it warm, not where it is kept:
# rightly said "let it reach room temperature".
_TAKEN_OUT_OF = r"(?<!out\sof\sthe\s)(?<!out\sof\syour\s)(?<!from\sthe\s)(?<!from\syour\s)"
# IV (intravenous) in capitals, after "an", "by" or "via" or before what is given by it: not a Roman
# four ("type IV", "stage IV"), nor IVIG.
_IV = (
    r"(?:(?<=\ban\s)|(?<=\bby\s)|(?<=\bvia\s))(?-i:IV)\b"
    r"|(?-i:\bIV\b)(?=\s+(?:infusion|injection|drip|line|bag|fluid)s?\b)"
)
# The muscle of a body part an injection goes into ("into the upper arm muscle", "into your thigh
# muscle"): into a muscle, as "into the muscle" is; not "muscle pain", a side effect.
_MUSCLE_OF = r"(?:upper\s+arm|arm|thigh|outer\s+thigh|deltoid|buttock|gluteal|shoulder|hip)"
# On the skin as an instruction of use, the external route: a verb of putting a medicine on, a few
# words, then on or to the skin ("Use this medicine only on the skin.", "Apply the cream to the
# skin.", "Rub it into your skin").  Not the skin where a rash is ("if you use it and get a rash on
# the skin": no "and", "if", "get", "have" ... between), under the skin (subcutaneous), skin
# reactions, nor "to clean the skin" (a verb, not what the skin is like: "clean" and "dry" are left out),
# nor a rash that spreads ("The rash may spread to the skin of the face": spread only with its object).
_PUT_ON = (
    r"\b(?:apply|applied|applying|use|used|using|rub|rubbed|rubbing|massage|smooth|put|dab"
    r"|spread(?!\s+(?:to|on|onto|into|over)\b))\b"
)
_PUT_ON_TO_SKIN = r"(?:\s+(?!(?:and|or|if|when|but|get|gets|have|has|may|develop|rash|inject\w*)\b)[\w'-]+){0,6}?"
_ON_THE_SKIN = (
    r"\s+(?:on|to|onto|into|over)\s+"
    r"(?:(?:the|your|affected|healthy|intact|exposed|broken|surrounding|nearby|areas?\s+of)[,\s]+(?:and\s+)?){0,3}skin\b"
)
# Chilled only as kept or stored so: "you may feel chilled" is a symptom.
_KEPT_CHILLED = r"\b(?:keep|keeps|kept|keeping|store|stores|stored|storing)\s+(?:(?:it|them|this|these)\s+)?chilled\b"
# How many of a period, and the period: the first [3] days, the last [few] months.
_HOW_MANY = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple\s+of)"
_PERIOD = r"(?:hours?|days?|weeks?|months?|years?)\b"
_BODY_SIDE = rf"(?=(?:\s+(?:or|and)\s+(?:the\s+)?(?:left|right))?[\s-]+{_BODY_PART})"
# A dose, after a word of its size: "a lower dose", "a higher starting dose", "a low-dose tablet".
_DOSE = r"(?:(?:starting|daily|initial|maintenance|total|single|weekly)\s+)?doses?\b"
# What a patient sees the colour of: urine, stools (not "a dark place", "protect from light").
_EXCRETA = r"(?:urine|pee|wee|stools?|poo|faeces|feces|bowel\s+motions?)\b"
# A thigh, an arm or a leg, after a word of its side: "the outer thigh", "the inner side of your upper arm".
_LIMB = r"(?:(?:upper|middle|mid|lower)[-\s]+)?(?:thighs?|arms?|forearms?|legs?)\b"
_OF_A_LIMB = rf"\s+of\s+(?:the|your|one|either|each|a)\s+{_LIMB}"
_SIDE_PART = r"(?:side|part|surface|face|aspect|area|portion)"
# The rate of an infusion or a drip ("the rate", "your infusion rate"; not "your heart rate") ([opposites]).
_INFUSION_RATE = r"(?:the|its|your)\s+(?:(?:infusion|drip)\s+)?rate\b"
OPPOSITES = {
    # during a meal is with it ("pendant les repas", 식사 중, 進餐時)
    WITH_FOOD: r"\bwith\s+(?:food|a\s+meal|meals|a\s+snack)\b|\bduring\s+(?:a\s+|your\s+|each\s+)?meals?\b",
    # between meals, away from meals, is when the stomach is empty (식간, entre las comidas, en dehors
    # des repas), never with food nor after it
    EMPTY_STOMACH: r"\bempty\s+stomach\b|\bbetween\s+meals\b|\baway\s+from\s+meals\b",
    LEFT: rf"\bleft{_BODY_SIDE}",
    RIGHT: rf"\bright{_BODY_SIDE}",
    # not "both side effects", "each side effect"
    BOTH_SIDES: rf"\b(?:both\s+(?:of\s+)?(?:your\s+|the\s+)?|each\s+){_BODY_PART}(?!\s+effect)",
    BY_MOUTH: r"\bby\s+mouth\b|\borally\b",
    UNDER_THE_SKIN: r"\bunder\s+the\s+skin\b|\bsubcutaneous(?:ly)?\b",
    INTO_A_MUSCLE: rf"\binto\s+(?:a|the|your)\s+(?:{_MUSCLE_OF}\s+)?muscle\b|\bintramuscular(?:ly)?\b",
    INTO_A_VEIN: rf"\binto\s+(?:a|the|your)\s+vein\b|\bintravenous(?:ly)?\b|{_IV}",
    RECTAL: r"\brectal(?:ly)?\b|\binto\s+the\s+(?:rectum|back\s+passage)\b",
    REFRIGERATOR: rf"{_TAKEN_OUT_OF}(?:\brefrigerator\b|\bfridge\b)|\brefrigerat(?:e|ed|ion)\b|{_KEPT_CHILLED}",
    ROOM_TEMPERATURE: r"\broom\s+temperature\b",
    FREEZER: rf"{_TAKEN_OUT_OF}\bfreezer\b|\bfreez(?:e|ing)\b|\bfrozen\b",
    # not "often", also how often a dose is taken; \bcommon is not the "common" of "uncommon"; "less
    # common", "not common" are rare ("más raros", "no es frecuente")
    RARE: r"\brare(?:ly)?\b|\buncommon(?:ly)?\b|\binfrequent(?:ly)?\b|\b(?:less|not(?:\s+very)?)\s+(?:common|frequent)\b",
    COMMON: r"\bcommon(?:ly)?\b|\bfrequent(?:ly)?\b",
    # routes, read as [opposites] reads them: a swallow is by mouth where no "not" is said, a dose form
    # its route where no other is named beside it
    # "Swallow it whole", not "hard to swallow" nor "chew or swallow" (after a "not")
    SWALLOWED: r"(?<!\bto\s)(?<!\bor\s)\bswallow\b",
    UNDER_THE_TONGUE: r"\bunder\s+(?:the|your)\s+tongue\b|\bsublingual(?:ly)?\b",
    # not "vaginal" alone (vaginal bleeding, a side effect)
    VAGINAL: r"\bvaginally\b|\binto\s+(?:the|your)\s+vagina\b|\bvaginal\s+use\b",
    # "Inhale the contents", "by inhalation", "for inhalation": not "inhaled steroids" (a kind of
    # medicine) nor the inhaler
    INHALED: r"\binhale\b|\b(?:by|for)\s+inhalation\b",
    FOR_EXTERNAL_USE: rf"\bexternal\s+use\b|\bexternally\b|\btopically\b|{_PUT_ON}{_PUT_ON_TO_SKIN}{_ON_THE_SKIN}",
    SUPPOSITORY: r"(?<!vaginal\s)\bsuppositor(?:y|ies)\b",
    VAGINAL_DOSE_FORM: r"\bvaginal\s+(?:tablet|suppositor(?:y|ie)|pessar(?:y|ie)|capsule|insert|cream|gel)s?\b",
    # a spoon a dose is measured with; not "spoon" nor "spoonful" alone (either)
    TEASPOON: r"\bteaspoon(?:s|ful|fuls|sful)?\b|\btsps?\b",
    TABLESPOON: r"\btablespoon(?:s|ful|fuls|sful)?\b|\btbsps?\b",
    # not "avoid lying down", upright said another way
    UPRIGHT: r"\bupright\b|\b(?:sit(?:ting)?|stand(?:ing)?)\s+or\s+(?:sit(?:ting)?|stand(?:ing)?)\b",
    LYING_DOWN: r"(?<!avoid\s)(?<!avoiding\s)\b(?:lie|lying|lay)\s+(?:down|flat|on\s+your\s+(?:side|back|front))\b",
    OUT_OF_REACH: r"\bout\s+of\s+(?:the\s+)?(?:sight\s+and\s+)?reach\b",
    WITHIN_REACH: r"\b(?:within|in)\s+(?:the\s+|easy\s+)?reach\b",
    # one side, where drops or a spray go ("one nostril", "the affected eye", "a single ear"): not
    # "one eye drop" (a drop), nor "the affected eye(s)", "one eye or both" (one or both sides)
    ONE_SIDE: r"\b(?:(?:the|your|an?)\s+affected|one|a\s+single|only\s+one)\s+(?:eye|ear|nostril)\b"
    r"(?!\s*\(s\)|\s*drops?\b|\s+or\s+(?:both|eyes|ears|nostrils)\b)",
    # the other side ("the other eye"): with one side, both ("in one eye, then the other eye")
    OTHER_SIDE: r"\bthe\s+other\s+(?:eye|ear|nostril|side)\b",
    # the eye, the ear, the nose (not "clear", "year": whole words)
    EYE: r"\beyes?(?:drops?)?\b",
    EAR: r"\bears?\b",
    NOSE: r"\bnose\b|\bnostrils?\b|\bnasal(?:ly)?\b",
    # "the first 3 days", "the last 3 months", "your first week": a number of a period (or one) with
    # a word before it that says whose, so not the verb ("symptoms last 2 days"); not "the last dose"
    FIRST_PART: rf"\b(?:the|your|its|their)\s+first\s+(?:{_HOW_MANY}\s+)?{_PERIOD}|\bfirst\s+trimester\b",
    LAST_PART: rf"\b(?:the|your|its|their)\s+(?:last|final)\s+(?:{_HOW_MANY}\s+)?{_PERIOD}"
    r"|\b(?:last|final|third)\s+trimester\b",
    # where each injection goes, one after another (not "a different medicine", nor "skin peeling in
    # new places"); "the same site" in a sentence with a "not" is a different one ("Do not inject into
    # the same site")
    DIFFERENT_SITE: (
        r"\b(?:change|rotate|alternate|switch)\s+(?:the\s+|your\s+)?(?:injection\s+)?(?:sites?|spots?|places?|areas?)\b"
        r"|\b(?:different|another)\s+(?:injection\s+)?(?:sites?|spots?|places?|areas?)\b"
    ),
    SAME_SITE: r"\bsame\s+(?:injection\s+)?(?:sites?|spots?|places?|areas?)\b",
    DESSERT_SPOON: r"\bdessert\s?spoon(?:s|ful|fuls|sful)?\b",
    # not "a pregnancy test" apart; "nursing" only of a mother (not a nursing home, nursing staff)
    PREGNANCY: r"\bpregnan(?:cy|cies|t)\b",
    BREAST_FEEDING: r"\bbreast[-\s]?(?:feed(?:s|ing)?|fed)\b|\blactat(?:ion|ing)\b"
    r"|\bnursing\b(?!\s+(?:homes?|staff|care|team|students?)\b)|\bchest[-\s]?feed(?:s|ing)?\b",
    # slow (it) down, slowed, slower, slowly, slow the infusion, reduce the rate ("the rate will be
    # lowered"); speed (it) up, sped up, faster, more quickly, increase the rate ("the infusion rate may
    # be raised"); an infusion stopped ("stop the infusion", "the infusion should be stopped", "slowed
    # down or stopped").  Only "the rate", an infusion's or a drip's: not a heart rate.
    SLOWER: r"\bslow(?:s|ed|ing)?\s+(?:(?:it|them|this|that|(?:the|your)\s+\w+)\s+)?down\b|\bslowed\b|\bslower\b"
    r"|\bslowly\b|\bslow(?:s|ing)?\s+(?:the|your|its)\s+(?:infusion|injection|drip|rate)\b"
    rf"|\b(?:reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|lower(?:s|ed|ing)?)\s+{_INFUSION_RATE}"
    rf"|{_INFUSION_RATE}\s+(?:\w+\s+){{0,3}}?(?:reduced|decreased|lowered)\b",
    FASTER: r"\bspeed(?:s|ed|ing)?\s+(?:(?:it|them|this|that|(?:the|your)\s+\w+)\s+)?up\b|\bsped\s+up\b|\bfaster\b"
    r"|\bquicker\b|\bmore\s+(?:quickly|rapidly)\b"
    rf"|\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing))\s+{_INFUSION_RATE}"
    rf"|{_INFUSION_RATE}\s+(?:\w+\s+){{0,3}}?(?:increased|raised)\b",
    INFUSION_STOPPED: r"\bstop(?:s|ped|ping)?\s+(?:the|your|an?|this)\s+(?:infusion|drip|transfusion)s?\b"
    r"|\b(?:infusion|drip|transfusion)s?\s+(?:\w+\s+){0,3}(?:stopped|interrupted)\b"
    r"|(?<=\bdown\sor\s)stop(?:s|ped|ping)?\b|(?<=\bslowed\sor\s)stopped\b",
    # dark or pale urine or stools, said before or after them ("your urine is dark", "pale stools")
    DARK: rf"\bdark(?:er)?(?:[-\s]colou?red)?\s+{_EXCRETA}|{_EXCRETA}\s+(?:\w+\s+){{0,3}}dark(?:er|ens|ened)?\b",
    PALE: rf"\b(?:pale|light)(?:r)?(?:[-\s]colou?red)?\s+{_EXCRETA}"
    rf"|{_EXCRETA}\s+(?:\w+\s+){{0,3}}(?:pale|light(?:[-\s]colou?red)?)(?:r)?\b",
    # a lower (smaller, reduced, low) dose, reduce the dose, the dose is lowered; a higher (larger,
    # increased, high) dose, increase the dose, the dose is raised
    LOWER_DOSE: rf"\b(?:lower|smaller|reduced|lesser|low)[-\s]+{_DOSE}|\b(?:reduc|lower|decreas)(?:e|es|ed|ing)\s+"
    rf"(?:the|your|this|a|their)\s+{_DOSE}|\bdoses?\s+(?:\w+\s+){{0,2}}(?:reduced|lowered|decreased)\b",
    HIGHER_DOSE: rf"\b(?:higher|larger|bigger|increased|greater|high)[-\s]+{_DOSE}|\b(?:increas|rais)(?:e|es|ed|ing)\s+"
    rf"(?:the|your|this|a|their)\s+{_DOSE}|\bdoses?\s+(?:\w+\s+){{0,2}}(?:increased|raised)\b",
    # the outer (lateral) thigh, the outer side of the arm, the outside of the thigh; the inner (medial)
    # thigh, the inside of the arm: only with the limb ("the outer carton", "inside the mouth" name none)
    OUTER_SIDE: rf"\b(?:outer|lateral)\s+(?:{_SIDE_PART}{_OF_A_LIMB}|{_LIMB})|\boutside(?:\s+{_SIDE_PART})?{_OF_A_LIMB}",
    INNER_SIDE: rf"\b(?:inner|medial)\s+(?:{_SIDE_PART}{_OF_A_LIMB}|{_LIMB})|\binside(?:\s+{_SIDE_PART})?{_OF_A_LIMB}",
    # the front of the thigh (the anterior thigh); the back (rear, posterior) of the upper arm: only with
    # the limb ("the upper arm or back" names none)
    FRONT_SIDE: rf"\b(?:front|anterior)(?:\s+{_SIDE_PART})?{_OF_A_LIMB}|\banterior\s+{_LIMB}",
    BACK_SIDE: rf"\b(?:back|rear|posterior)(?:\s+{_SIDE_PART})?{_OF_A_LIMB}|\bposterior\s+{_LIMB}",
}
# [opposites]: for each term of OPPOSITES (and INJECTED of INJECTION_SITES), substrings one of which
# every phrase the term matches holds, lower-case ("IV" in capitals, as its pattern reads it): a
# passage is read only for the terms whose hints it holds, and most passages hold none
# (tests/languages/test_en.py proves each term's hints on samples of every way it is said).  Where
# a pattern allows any space between two words ("room temperature", "lie down"), one word alone.
OPPOSITE_HINTS = {
    WITH_FOOD: ("food", "meal", "snack"),
    EMPTY_STOMACH: ("empty", "meals"),
    LEFT: ("left",),
    RIGHT: ("right",),
    BOTH_SIDES: ("both", "each"),
    BY_MOUTH: ("mouth", "orally"),
    UNDER_THE_SKIN: ("under", "subcutaneous"),
    INTO_A_MUSCLE: ("muscle", "intramuscular"),
    INTO_A_VEIN: ("vein", "intravenous", "IV"),
    RECTAL: ("rectal", "rectum", "passage"),
    REFRIGERATOR: ("refrigerat", "fridge", "chilled"),
    ROOM_TEMPERATURE: ("room",),
    FREEZER: ("freez", "frozen"),
    RARE: ("rare", "common", "frequent"),
    COMMON: ("common", "frequent"),
    SWALLOWED: ("swallow",),
    UNDER_THE_TONGUE: ("tongue", "sublingual"),
    VAGINAL: ("vagina",),
    # a medicine put on the skin, though a dermatology leaflet names the skin in many of its sentences
    FOR_EXTERNAL_USE: ("external", "topically", "skin"),
    INHALED: ("inhal",),
    SUPPOSITORY: ("suppositor",),
    VAGINAL_DOSE_FORM: ("vaginal",),
    TEASPOON: ("teaspoon", "tsp"),
    TABLESPOON: ("tablespoon", "tbsp"),
    UPRIGHT: ("upright", "sit", "stand"),
    LYING_DOWN: ("lie", "lying", "lay"),
    OUT_OF_REACH: ("reach",),
    WITHIN_REACH: ("reach",),
    EYE: ("eye",),
    EAR: ("ear",),
    NOSE: ("nose", "nostril", "nasal"),
    FIRST_PART: ("first",),
    LAST_PART: ("last", "final", "trimester"),
    DIFFERENT_SITE: ("site", "spot", "place", "area"),
    SAME_SITE: ("same",),
    DESSERT_SPOON: ("dessert",),
    PREGNANCY: ("pregnan",),
    BREAST_FEEDING: ("breast", "lactat", "nursing", "chest"),
    INJECTED: ("inject",),
    SLOWER: ("slow", "rate"),
    FASTER: ("speed", "sped", "faster", "quicker", "quickly", "rapidly", "rate"),
    INFUSION_STOPPED: ("stop", "interrupt"),
    LOWER_DOSE: ("low", "smaller", "reduc", "lesser", "decreas"),
    HIGHER_DOSE: ("high", "larger", "bigger", "increas", "greater", "rais"),
    OUTER_SIDE: ("outer", "lateral", "outside"),
    INNER_SIDE: ("inner", "medial", "inside"),
    FRONT_SIDE: ("front", "anterior"),
    BACK_SIDE: ("back", "rear", "posterior"),
    DARK: ("dark",),
    PALE: ("pale", "light"),
    ONE_SIDE: ("eye", "ear", "nostril"),
    OTHER_SIDE: ("other",),
}


# [opposites]: where an injection goes, read only beside an injection named ("Inject into the thigh
# or the abdomen"; not "pain in the arm").  The deltoid is the upper arm; the hip a buttock's site
# (ventrogluteal: 엉덩이, cadera); a stomach, not an empty one.
INJECTION_SITES = {
    UPPER_ARM: r"\b(?:upper\s+)?arms?\b|\bdeltoid\b",
    THIGH: r"\bthighs?\b",
    ABDOMEN: r"\babdomen\b|\babdominal\b|\bbelly\b|\btummy\b|(?<!\bempty\s)\bstomach\b",
    BUTTOCK: r"\bbuttocks?\b|\bgluteal\b|\bhips?\b",
    INJECTED: r"\binject(?:s|ed|ing|ion|ions)?\b",
}


# The nouns that count a dose of a medicine, singular -> plural: one list for "3 tablets" (a
# schedule's doses, ``dose_forms``), "1 tablet" and "the evening injection" (``counted_nouns``).
# Not "medicine": "2 medicines" are two medicines, not two doses of one.
DOSE_NOUNS = {
    "tablet": "tablets",
    "caplet": "caplets",
    "pill": "pills",
    "capsule": "capsules",
    "drop": "drops",
    "puff": "puffs",
    "spray": "sprays",
    "sachet": "sachets",
    "lozenge": "lozenges",
    "patch": "patches",
    "suppository": "suppositories",
    "pessary": "pessaries",
    "ampoule": "ampoules",
    "injection": "injections",
    "spoon": "spoons",
    "spoonful": "spoonfuls",
    "teaspoon": "teaspoons",
    "teaspoonful": "teaspoonfuls",
    "tablespoon": "tablespoons",
    "tablespoonful": "tablespoonfuls",
}

# [people]: the groups of people an entry names, in the order they are read (pipeline/checks/people.py)
# A kidney or liver names its group of people only as unwell ("if you have kidney problems", "patients
# with liver disease", "if your kidneys do not work well", "reduced kidney function"), not as an organ
# ("your kidneys", "kidney function tests").  "Kidney or liver problems" names both.
_ILL = r"(?:problems?|trouble|diseases?|impairment|failure|insufficiency|damage|conditions?)"
_UNWELL = rf"(?:{_ILL}|(?:do|does)\s+not\s+work|don['’]t\s+work|doesn['’]t\s+work)"
_WEAK = r"(?:reduced|poor|impaired|decreased|low|weak)"
# A weak immune system's words ([people]): "a weakened immune system", "your immune system is compromised".
_IMMUNE_WEAK = r"(?:weak(?:ened)?|low(?:ered)?|poor|impaired|compromised|suppressed|reduced|decreased|damaged)"
_PEOPLE_GROUPS = frozen(
    {
        "planning a pregnancy": r"\b(?:plan|planning|plans|intend|intending|intends|try|trying|tries|want|wanting|wants"
        r"|hope|hoping|hopes|wish|wishing)\s+(?:on\s+|for\s+)?(?:to\s+)?(?:become\s+|get\s+|getting\s+|becoming\s+"
        r"|have\s+|having\s+|a\s+)?(?:pregnant|pregnancy|baby|conceive)\b",
        "breastfeeding": r"\bbreast-?\s?fe(?:ed|d)\w*|\bnursing\s+(?:a\s+baby|your\s+baby|an\s+infant|mothers?|women)"
        r"|\bare\s+nursing\b|\bbreast\s?milk|\blactating\b",
        "pregnant": r"\bpregnan\w*",
        "older people": r"\bolder\s+(?:adults|people|patients|persons|men|women)\b|\belderly\b|\bseniors?\b"
        r"|\b(?:aged|over|older\s+than|above)\s+6\d\b|\b6\d\s+(?:years\s+)?(?:of\s+age\s+)?(?:and|or)\s+(?:older|over|above)\b",
        "children": r"\bchild\w*|\bkids?\b|\binfants?\b|\bbab(?:y|ies)\b|\btoddlers?\b|\badolescents?\b|\bteen(?:ager)?s?\b"
        r"|\b(?:under|younger\s+than|below)\s+(?:the\s+age\s+of\s+)?\d+\s*(?:years|yrs)\b|\bunder\s+the\s+age\s+of\b",
        "adults": r"\badults?\b|\bgrown-ups?\b",
        # the patient's partner: a pregnancy said of them is not the patient's own
        "partners": r"\bpartners?\b|\bspouses?\b|\bwi(?:fe|ves)\b|\bhusbands?\b|\b(?:girl|boy)friends?\b",
        "women": r"\bwom[ae]n\b|\bfemales?\b|\bmothers?\b",
        "men": r"\bmen\b|\bmales?\b",
        "people with kidney problems": rf"\b(?:kidneys?|renal)(?=(?:\s+(?:or|and)\s+\S+)?\s+{_UNWELL})"
        rf"|\b{_WEAK}\s+(?:kidney|renal)\s+function\b|\b{_ILL}\s+(?:with|of)\s+(?:your|the|their)\s+kidneys?\b|\bdialysis\b",
        "people with liver problems": rf"\b(?:liver|hepatic)(?=(?:\s+(?:or|and)\s+\S+)?\s+{_UNWELL})"
        rf"|\b{_WEAK}\s+(?:liver|hepatic)\s+function\b|\b{_ILL}\s+(?:with|of)\s+(?:your|the|their)\s+liver\b|\bcirrhosis\b",
        # a weak (weakened, lowered, compromised) immune system, immunocompromised; a healthy (normal,
        # strong) one, immunocompetent: a live vaccine is banned for the first and given to the second
        "people with a weakened immune system": rf"\b{_IMMUNE_WEAK}\s+(?:immune\s+(?:systems?|response|defen[cs]es)|immunity)\b"
        rf"|\bimmune\s+systems?\s+(?:is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?{_IMMUNE_WEAK}\b"
        r"|\bimmuno-?(?:compromised|suppressed|depressed)\b",
        "people with a healthy immune system": r"\b(?:healthy|normal|strong|intact)\s+(?:immune\s+systems?|immunity)\b"
        r"|\bimmune\s+systems?\s+(?:is|are|works?)\s+(?:healthy|normal(?:ly)?|strong|well)\b|\bimmunocompetent\b",
    }
)
# The organs of those groups, said of something else ("IVIG can harm your kidneys", "kidney function
# tests"), and one man of a case report ("an 83-year-old man"): not the group, and not a group the
# translation adds when it says the organ or the man (남성).
_PEOPLE_MENTIONS = frozen(
    {
        "men": r"\bman\b",
        "people with kidney problems": r"\bkidneys?\b|\brenal\b",
        "people with liver problems": r"\bliver\b|\bhepatic\b",
    }
)
_PEOPLE_HINTS = (
    "pregnan",
    "breast",
    "nursing",
    "lactat",
    "child",
    "kid",
    "infant",
    "bab",
    "toddler",
    "adolescent",
    "teen",
    "older",
    "elderly",
    "senior",
    "aged",
    "adult",
    "grown",
    "wom",
    "female",
    "mother",
    "men",
    "male",
    "kidney",
    "renal",
    "liver",
    "hepatic",
    "dialysis",
    "cirrhosis",
    "immun",
    "partner",
    "spouse",
    "wife",
    "wives",
    "husband",
    "friend",
    "under",
    "younger",
    "below",
    # an age the older people's words read: "over 65", "above 65"
    "over",
    "above",
)


LANGUAGE = Language(
    people_groups=_PEOPLE_GROUPS,
    people_mentions=_PEOPLE_MENTIONS,
    not_people=r"\b(?:could|can|may|might|able\s+to)\s+(?:become|get)\s+pregnant\b|\bchild-?bearing\b",
    people_hints=_PEOPLE_HINTS,
    code="en",
    how_a_tablet_is_cut=HOW_A_TABLET_IS_CUT,
    articles_of_one=("a", "an"),
    english_name="English",
    day_times=frozen(DAY_TIMES),
    day_time_hints=DAY_TIME_HINTS,
    opposites=frozen(OPPOSITES),
    injection_sites=frozen(INJECTION_SITES),
    # stopped gradually or suddenly ("Do not stop taking it suddenly", "the dose will be lowered gradually")
    gradually=r"\bgradual(?:ly)?\b|\bstep\s+by\s+step\b|\bbit\s+by\s+bit\b",
    suddenly=r"\bsudden(?:ly)?\b|\babrupt(?:ly)?\b|\ball\s+at\s+once\b",
    stopping=r"\bstop|\bdiscontinu|\bwithdraw|\breduc|\blower|\bdecreas|\btaper|\bcom(?:e|ing)\s+off\b",
    stop_pace_hints=("gradual", "sudden", "abrupt", "at once", "step by step", "bit by bit"),
    # taken until the pack or course is finished ("Keep taking the tablets until the pack is finished")
    until_finished=(
        r"\buntil\b[^.;]{0,40}?(?:\bfinish\w*|\bcomplet\w*|\bused\s+up\b|\ball\s+gone\b|\bempty\b|\brun\s+out\b)|"
        r"\b(?:finish|complete)\s+(?:the\s+|your\s+)?(?:whole\s+|full\s+|entire\s+)?(?:course|pack|prescription|treatment)"
    ),
    until_finished_hints=("finish", "complet", "used up", "all gone", "empty", "run out"),
    # shaken gently or hard ("Shake gently; do not shake hard")
    gently=r"\bgentl[ey]\b|\bsoftly\b|\blightly\b",
    forcefully=r"\bhard\b|\bvigorous(?:ly)?\b|\bforceful(?:ly)?\b|\bstrongly\b|\bviolent(?:ly)?\b",
    shaking=r"\bshak(?:e|en|ing)\b",
    shake_hints=("gentl", "softly", "lightly", "hard", "vigorous", "forceful", "strongly", "violent"),
    shaking_hints=("shak",),
    # [opposites] (empty_stomach.py): a time before a meal, beside which an empty stomach is its own word
    before_a_meal=r"\bbefore\s+(?:(?:a|your|each|the|any)\s+)?(?:breakfast|lunch|dinner|supper|meals?|food|eating)\b",
    # [opposites]: fast- or slow-acting; weekdays or every day
    fast_acting=r"\b(?:fast|rapid|quick|short)[\s-]+acting\b|\b(?:fast|rapidly|quickly)[\s-]+absorb(?:ed|ing)\b",
    slow_acting=r"\b(?:slow|long)[\s-]+acting\b|\bslow(?:ly)?[\s-]+absorb(?:ed|ing)\b",
    acting_hints=("acting", "absorb"),
    working_days=r"\bweekdays?\b|\bmonday\s+(?:to|through|-|–)\s+friday\b|\b(?:working|business)\s+days?\b",
    every_day_of_the_week=r"\bevery\s*day\b|\beach\s+day\b|\bdaily\b|\b(?:7|seven)\s+days\s+a\s+week\b",
    working_day_hints=(
        "weekday",
        "monday",
        "working day",
        "business day",
        "every day",
        "everyday",
        "each day",
        "daily",
        "days a week",
    ),
    # through clothing (over it, without taking it off) or with it taken off (bare skin): an
    # auto-injector may go through clothing, and an emergency is no time to undress
    through_clothing=r"\b(?:through|over)\s+(?:(?:your|the|light|thin|any)\s+)?(?:cloth(?:es|ing)|trousers|pants|garments?)\b"
    r"|\bwithout\s+(?:removing|taking\s+off)\s+(?:(?:your|any|the)\s+)?(?:cloth(?:es|ing)|trousers|pants)\b",
    clothing_removed=r"(?<!\bwithout\s)\b(?:remov(?:e|ing)|tak(?:e|ing)\s+off|pull(?:ing)?\s+(?:down|up))\s+"
    r"(?:(?:your|any|the)\s+)?(?:cloth(?:es|ing)|trousers|pants)\b|\bbare\s+skin\b|\bundress\w*",
    clothing_hints=("cloth", "trouser", "pants", "garment", "bare", "undress"),
    # stopped for a while (a pause, "temporarily") or for good ("permanently")
    temporarily=r"\btemporar(?:y|ily)\b|\bpaus(?:e|ed|es|ing)\b|\binterrupt\w*|\bfor\s+a\s+(?:while|short\s+time)\b",
    permanently=r"\bpermanent(?:ly)?\b|\bfor\s+good\b",
    pause_hints=("temporar", "paus", "interrupt", "for a while", "for a short time", "permanent", "for good"),
    temporary_stop_words=("paus",),
    # [opposites]: dark and pale urine or stools ("clay-coloured stools" are pale)
    dark_colour=r"\bdark(?:er|ens|ened|ening)?\b",
    pale_colour=r"\b(?:pale(?:r)?|light(?:er)?|clay[-\s]colou?red)\b",
    urine=r"\b(?:urine|pee|wee)\b",
    stools=r"\b(?:stools?|poo|faeces|feces|bowel\s+motions?)\b",
    colour_ends=r"\b(?:or|and|but)\b",
    colour_hints=("urin", "stool", "faeces", "feces", "bowel motion", "pee", "poo"),
    # out of the refrigerator is at room temperature ("Leave the vial outside the refrigerator for 30
    # minutes", "Once removed from refrigeration"), said so in a translation
    out_of_storage=(
        r"\b(?:out\s+of|outside(?:\s+of)?|from|removed\s+from|taken\s+from)\s+(?:the\s+|a\s+|your\s+)?"
        r"(?:refrigerator|fridge|refrigeration)\b|\bwithout\s+refrigeration\b|\bunrefrigerated\b"
    ),
    opposite_hints=frozen(OPPOSITE_HINTS),
    and_joints=r"\b(?:and|then|plus)\b",
    whole_and_part=r"\s+and\s+(?:a\s+)?",  # 1 and 1/4: a whole and the fraction added to it
    each_meal=r"\b(?:each|every)\s+meal\b",  # a dose at each of the day's three meals
    word_list="american-english",
    word_list_package="wamerican",
    body_weight_words=("weigh", "weight"),
    number_words=frozen(LENGTHS_IN_WORDS),
    unit_words=frozen(
        {
            "percent": "percent",
            "per cent": "percent",
            "hours": "hour",
            "hour": "hour",
            "minutes": "minute",
            "minute": "minute",
            "days": "day",
            "day": "day",
            "weeks": "week",
            "week": "week",
            "months": "month",
            "month": "month",
            "years": "year",  # an age ("children under 2 years") or a course ("for 2 years")
            "year": "year",
            "milligrams": "mg",
            "milligram": "mg",
            "grams": "g",
            "gram": "g",
            "kilograms": "kg",
            "kilogram": "kg",
            "milliliters": "ml",
            "milliliter": "ml",
            "millilitres": "ml",
            "millilitre": "ml",
            "liters": "l",
            "liter": "l",
            "litres": "l",
            "litre": "l",
            "micrograms": "ug",
            "microgram": "ug",
            "units": "iu",
            "unit": "iu",
            "degrees Celsius": "celsius",
            "degrees Fahrenheit": "fahrenheit",
        }
    ),
    scale_words=frozen({"thousand": 10**3, "million": 10**6, "billion": 10**9}),
    scale_needs_space=True,
    range_words=("to", "and"),
    alternative_words=("or", "to", "through"),
    approximate_words=APPROXIMATE,
    abbreviations=frozenset(
        {
            "dr",
            "mr",
            "mrs",
            "ms",
            "prof",
            "st",
            "vs",
            "etc",
            "e.g",
            "i.e",
            "no",
            "fig",
            "approx",
            "jr",
            "sr",
            "inc",
            "ltd",
            "co",
            "dept",
            "vol",
            "p",
            "pp",
            "ed",
            "eds",
            "al",
        }
    ),
    # "minus 20 °C", "20 degrees below zero" ([numbers]: a negative number said in words)
    below_zero_before=r"(?<![\w-])minus",
    below_zero_after=r"(?:\s?(?:°\s?[CF]|℃|degrees?(?:\s+(?:Celsius|Fahrenheit|C|F))?))?\s+below\s+zero\b",
    interval_before=r"\bevery\s+$",  # every 4 hours
    # for 5 days, for up to 3 days, for the next 2 weeks; not within, after (neither), nor over (over 2 hours)
    duration_before=r"\bfor\s+(?:(?:up\s+to|at\s+least|about|another|a\s+further|the\s+(?:next|first))\s+)?$",
    # a wait between doses: "Wait for 4 hours between doses", "Do not take another dose for 4 hours"
    dose_gap=r"\bwait(?:s|ing)?\b|\bbetween\s+(?:(?:each|two|your|the)\s+)?doses\b"
    r"|\b(?:another|the\s+next|your\s+next|a\s+second|a\s+further)\s+dose\b",
    every_other=frozen(
        {
            "day": r"\bevery\s+(?:other|second)\s+day\b|\balternate\s+days\b|\balternate-day\b",
            # Not "biweekly", which is also "twice a week".
            "week": r"\bevery\s+(?:other|second)\s+week\b|\balternate\s+weeks\b|\bfortnightly\b",
            "month": r"\bevery\s+(?:other|second)\s+month\b|\balternate\s+months\b",
        }
    ),
    # Monday, Mondays: a dose on named days ([units], alternate.py)
    weekdays=r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b",
    # days 1, 8 and 15; days 1 to 15 ([units], day_lists.py)
    day_list=r"\b(?<!between )days?\s+#(?:\s*,\s*(?:day\s+)?#)*\s*,?\s*(?:and|&)\s+(?:on\s+)?(?:day\s+)?#",
    day_range=(
        r"\b(?:from\s+)?days?\s+#\s*(?:to|through|thru|until|-|–|—)\s*(?:day\s+)?#"
        r"|\bbetween\s+days?\s+#\s+and\s+(?:day\s+)?#"
    ),
    # reduce it by 5 mg; reduce it to 5 mg ([units], dose_changes.py)
    change_by_before=r"\bby\s+$",
    # not the "to" of a range: "250 to 500 mg"
    change_to_before=r"(?<!\bup\s)(?<![\d.,]\s)(?<![\d.,])\bto\s+$",
    # the verbs of a dose changed: reduce, decrease, lower, increase, raise, taper, cut, go up or down,
    # drop, titrate ([units], dose_changes.py)
    change_verbs=r"\b(?:reduc|decreas|lower|increas|rais|taper|cut|go(?:es)?\s+(?:up|down)|drop|titrat)",
    per_words=frozen(
        {
            "day": ("daily", "a day", "per day", "each day", "every day"),
            "week": ("weekly", "a week", "per week", "each week", "every week"),
            "hour": ("hourly", "an hour", "per hour", "each hour", "every hour"),
            "minute": ("a minute", "per minute", "each minute", "every minute"),
            "month": ("monthly", "a month", "per month", "each month", "every month"),
            "kg": ("per kg", "per kilogram", "of body weight"),
        }
    ),
    # "Take 2 tablets a minute (an hour) after eating": a moment, not "per minute".  Not when
    # a number follows in the clause ("2 mL a minute after 30 minutes" is a rate), nor for a
    # day or a week ("2 tablets a day after meals" is a daily dose).
    per_word_exclusions=frozen({"a minute": (_A_MOMENT,), "an hour": (_A_MOMENT,)}),
    # "The total daily dose of 40 mg/kg", "Maximum dose per day: 4 g" ([units] rule 4)
    dose_nouns=r"doses?|amounts?|total|maximum",
    per_dose_words=(
        r"\b(?:per|each|every|a\s+single|one|in\s+one|as\s+one)\s+dose\b",
        r"\bsingle\s+doses?\b",
        r"\bat\s+(?:a|one|any\s+one)\s+time\b",
    ),
    common_words=frozenset(
        """
        a about after again all also an answers any are ask at back be before being benefits
        by call can care cause causes check contact contents could date disclaimer do doctor
        does dosage dose during each effects every find for from further get go has have help
        how i if important information into is it its keep last learn may me might more most
        must my need next no not now only or other our out overview page patient patients
        please previous print questions reading references resources risk risks see should
        side signs skip some start stop summary symptoms take taking tell than that the their
        them there these they this those to treatment treatments updated us use used using
        version very warning warnings was we what when where which while who why will with
        without you your
        """.split()
    ),
    name_particles=frozenset({"of", "and", "for", "the", "de", "la", "van", "von", "&"}),
    function_words=frozenset(
        """
        a an the this that these those it its is are was were be been being am has have had
        do does did done can could may might must shall should will would not no nor
        and or but if then than so as at by for from in into of off on onto out over to
        under up with within without about after before between during through until upon
        i me my you your yours we us our they them their he him his she her who whom whose
        what which when where why how here there all any each every some more most much
        many other such only also very just too again please
        read see call ask tell get go take keep find learn visit click use need make let
        """.split()
    ),
    times_words=("once", "twice", "thrice", "times"),
    # not "before taking food", which is eating
    from_the_taking=(
        r"\b(?:before|after)\s+(?:taking|using|injecting|applying|you\s+(?:take|use|inject|apply))\b"
        r"(?!\s+(?:(?:a|your|any)\s+)?(?:meals?|food|breakfast|lunch|dinner|supper)\b)"
    ),
    eating=r"\b(?:meals?|food|eat(?:ing)?|breakfast|lunch|dinner|supper)\b",
    # [comparison] (event_times.py): what a before, an after or a while is said of; not "taking food"
    events=(
        r"\b(?:(?P<midnight>midnight)"
        r"|(?P<procedure>operation|surgery|procedure|test|scan|examination|endoscopy|colonoscopy|biopsy"
        r"|an(?:a)?esthetic)s?"
        r"|(?P<taking>(?:tak(?:e|es|ing)|us(?:e|es|ing))"
        r"(?!\s+(?:(?:a|your|any|some)\s+)?(?:meals?|food|breakfast|lunch|dinner|supper|drinks?|alcohol)\b)"
        r"|treatment|therapy))\b"
    ),
    during_words=r"\b(?:while|whilst|during|throughout)\b",
    # [comparison] (until_from.py): an "until" before a time; not "until you know how it affects you"
    until_a_time=(
        r"\b(?:until|till)\s+(?:(?:about|around|at\s+least)\s+)?(?:\d[\d.:]*(?:\s*(?:hours?|minutes?|days?|weeks?|[ap]\.?m\b\.?))?"
        r"|midnight|noon|midday|bedtime"
        r"|the\s+(?:day|night|morning|evening)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
        r"|twelve|twenty|thirty|forty|forty-eight)\b)"
    ),
    event_hints=(
        "before",
        "after",
        "while",
        "during",
        "throughout",
        "prior",
        "ahead",
        "earlier",
        "later",
        "advance",
        "previous",
    ),
    time_then_direction=r"\b(?:hours?|minutes?|days?|weeks?)\s+(before|after)\b",
    schedule_steps=r"\bthen\b|\bfollowed by\b|\bafter that\b|\b(?:day|week|month)\s+\d",
    # What counts a medicine: "3 tablets" ([dose-times] reads a schedule's doses by them).
    dose_forms=tuple(rf"(?i:{re.escape(plural)}|{re.escape(noun)})\b" for noun, plural in DOSE_NOUNS.items()),
    # "1 hour", "1 tablet": what a language that says one by the noun alone (Arabic بساعة,
    # قرصًا) may render without a numeral; not units (1 mg keeps its 1).
    counted_nouns=frozen(
        {
            **{period: period for period in ("minute", "hour", "day", "week", "month", "year")},
            **dict.fromkeys(("dose", *DOSE_NOUNS), "dose"),
        }
    ),
    # a double dose, the time between doses, both doses, a two-dose course.  "Double" only
    # of a dose ("a double dose", "double the dose", "double up", "the dose is doubled"):
    # "double vision" or "a double-blind study" is no second dose, and lets no count of 2 pass.
    # "twice the amount", "twice your usual dose", "twice as much": a twice of an amount, which a
    # translation may say with its word for a double amount (una dosis doble); not "twice a day".
    twice_an_amount=r"\btwice\s+(?:(?:the|your|this|that)\s+(?:(?:usual|normal|prescribed|recommended)\s+)?"
    r"(?:amount|dose|dosage|quantity)|as\s+much)\b",
    # "one or both eyes", "one eye or both": a choice of sides, no count
    one_or_both=r"\bone\s+(?:(?:eye|ear|nostril)\s+)?or\s+both\b",
    # "Each mL of the solution", "every gram of the gel": one of the unit ([units])
    one_of_a_unit=r"\b(?:each|every)\s+(?P<unit>ml|millilitres?|milliliters?|g|grams?|grammes?)(?![\w/])",
    one_period_of_a_rate=r"\b(?:once|twice|times)\s+in\s+(?P<one>one)\s+(?P<period>day|week|month)\b",
    two_doses=(
        r"doubled?\s+(?:(?:a|the|your|this|that|a\s+missed|the\s+next)\s+)?(?:doses?|dosage|amount|up)",
        r"(?:doses?|dosage|amount)\s+(?:(?:is|are|was|were|may|might|can|could|should|will|must)\s+)?"
        r"(?:be\s+|being\s+|not\s+be\s+)?doubled",
        # "both tablets", "both doses": two of them (두 정제, 兩錠)
        r"(?:between|both)\s+(?:\w+\s+)?(?:doses|infusions|treatments|" + "|".join(DOSE_NOUNS.values()) + ")",
        r"two-(?:dose|infusion|injection)",
    ),
    total_words=("in total", "in all", "total", "whole dose", "whole course", "altogether"),
    # an infusion's rate: "the infusion rate", "the rate of the drip", "at half the rate", "at a slower rate"
    rate_words=r"\b(?:infusion|drip|flow|injection|pump)\s+(?:rate|speed)\b"
    r"|\b(?:rate|speed)\s+of\s+(?:the\s+|your\s+|this\s+)?(?:infusion|drip|flow|injection|transfusion)s?\b"
    r"|\bat\s+(?:(?:a|an|the|half|twice|double|its|this|that|same|slower|faster|lower|higher|reduced|usual|"
    r"original|previous|slow|fast|normal|much|bit|little|of)\s+){1,4}(?:rate|speed)\b",
    dose_words=r"\bdos(?:e|es|age|ing)\b",
    dose_sizes=r"\b(?:half|double|twice|same|lower|higher|reduced|increased|smaller|larger|bigger|full|usual)\s+"
    r"(?:(?:the|a|an|your|of|this)\s+){0,2}dos(?:e|es|age)\b",
    infusion_rate_hint=r"\brate|\bspeed|\bdos[ei]",
    unchanged_rate=r"\b(?:same|unchanged)\s+(?:infusion\s+)?(?:rate|speed)\b"
    r"|\b(?:rate|speed)\s+(?:\w+\s+){0,3}(?:unchanged|the\s+same)\b",
    next_dose_soon=r"\b(?:almost|nearly|near|close\s+to|soon)\s+(?:the\s+)?time\s+(?:for|of|to\s+take)\b"
    r"|\bnext\s+(?:dose|one)\s+is\s+(?:due\s+)?(?:soon|near|close)\b",
    next_dose_far=r"\b(?:a\s+)?long\s+(?:time\s+)?(?:until|before|to\s+go)\b|\bplenty\s+of\s+time\s+(?:until|before)\b",
    # not "divided into" (divided into 2 doses: how each day's dose may be given too)
    spread_words=("divided over", "divided across", "divided between", "spread over", "spread across", "split over"),
    number_idioms=frozen({"24/7": (frozenset({24, 7}), frozenset({24}))}),
    cardinal_words=frozen(
        {**{word: Fraction(value) for word, value in {**CARDINALS, **SCALES}.items()}, **PARTS_AND_TIMES}
    ),
    # --- meaning: [negation], [limits], [comparison], [urgency], [number-words], [emergency] ---
    negation=NEGATION,
    not_negation=NOT_NEGATION,
    without=r"\bwithout\b",  # [negation]: the source's "without", which a translation's sin, sem, دون says
    # [negation]: the plain conditions a translation's "if" may say, counted (not "even if", "as
    # if"), and the pieces of "unless", "except if" (UNLESS_EVEN_IF)
    plain_if=r"(?<!\beven\s)(?<!\bas\s)\b(?:if|when|whenever|in\s+case|once)\b",
    # ... and "only if": also an "only" that opens an instruction, its "if" a few words on ("Only take
    # this medicine if your doctor has prescribed it", "Only use it when")
    only_if=r"\bonly\s+(?:if|when|whenever|in\s+case)\b|\bonly\s+(?:take|use|give|apply|inject|restart|start|drive"
    r"|repeat|drink|eat)\b[^.;:!?]{0,60}?\b(?:if|when|whenever|in\s+case)\b",
    unless_hints=("unless", "except"),
    unconditional=r"\b(?:always|even\s+(?:if|when|though)|in\s+(?:any|every|all)\s+cases?|every\s+time"
    r"|at\s+all\s+times|whatever\s+happens|regardless)\b",
    until=r"\buntil\b",  # [negation]: "do not drive until", said "only when" (erst wenn, solo cuando)
    # [negation]: a choice of what to take or use, "either … or", and "both" or "together" (not
    # "not both", "never both": "either … or, but not both" forbids them)
    # ("take either … or", and "either take … or")
    either_or=r"\b(?:take|use|apply|inject|give|put|swallow|drink|inhale|insert|spray|rub|chew)\w*\b[^.;]*?\beither\b[^.;]*?\bor\b"
    r"|\beither\s+(?:take|use|apply|inject|give|put|swallow|drink|inhale|insert|spray|rub|chew)\w*\b[^.;]*?\bor\b",
    both=r"(?<!\bnot\s)(?<!\bnever\s)\b(?:both|together|at\s+the\s+same\s+time|simultaneously)\b",
    not_both=r"\b(?:not|never)\s+(?:both|together|at\s+the\s+same\s+time)\b",
    # [negation] conditions joined by "or" said as joined by "and" (alternatives.py)
    condition_and=r"\band\b",
    condition_or=r"\bor\b",
    # [negation] a prohibition softened (softened.py): the source's own "less", "if possible", "too much"
    softened=r"\b(?:reduce|limit\w*|cut\s+down|less|fewer|moderat\w*)\b",
    # (a "try to", "try not to", not a bare "try" nor a "do not try to", which forbids)
    if_possible=(
        r"\b(?:if\s+(?:at\s+all\s+)?possible|as\s+(?:much|far)\s+as\s+(?:you\s+can|possible)|where\s+possible"
        r"|(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bnever\s)try\s+(?:not\s+)?to)\b"
    ),
    excess=r"\b(?:heavy|heavily|excess\w*|too|large\s+amounts?|binge\w*|more\s+than)\b",
    soft_prohibition=r"\b(?:avoid|refrain|should)\b",
    negative_meaning=NEGATIVE_MEANING,
    clause_joints=r"\b(?:if|when|unless|until|whether|while|once)\b",
    negated_stop=NEGATED_STOP,
    prohibits=PROHIBITS,
    forbids=FORBIDS,
    prohibition=PROHIBITION,
    prohibition_hints=("not", "never", "n't", "n’t", "avoid", "refrain"),
    # unopened, unused, undiluted, unbroken; not united, under…
    said_with_a_not=r"\bun(?!it|der)[a-z]{2,}(?:ed|en)\b",
    # [list-items] go to hospital, get or seek emergency / urgent / immediate (medical) help
    urgent_care=(
        r"\bgo\s+(?:straight\s+)?to\s+(?:the\s+|a\s+)?(?:nearest\s+)?hospital\b"
        r"|\b(?:get|seek)\s+(?:emergency|urgent|immediate)\s+(?:medical\s+)?(?:help|care|attention|treatment)\b"
    ),
    forbidden_for_a_time=(
        r"\bfor\s+(?:(?:up\s+to|at\s+least|about|another|a\s+further|the\s+(?:next|first))\s+)?"
        r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few)\s+"
        r"(?:minutes?|hours?|days?|weeks?|months?)\b"
    ),
    alternatives=ALTERNATIVES,
    series=SERIES,
    series_one_comma=SERIES_ONE_COMMA,
    condition_pair=CONDITION_PAIR,
    condition_pair_hint=r"\b(?:if|when|whenever|unless)\b",
    joins_outside_a_list=r"(?<![,;:]\s)\b(?:and|or)\b",
    joins_in_a_series=r"(?<![,;:]\s)(?<!\bor\s)(?<!\band\s)\b(?:and|or)\b",
    sentence_opener=SENTENCE_OPENER,
    not_items=NOT_ITEMS,
    stop_instruction=STOP_INSTRUCTION,
    # [negation] a stop said otherwise than by stop_words (added_orders.py): a break, a rest, days off
    breaks_said=r"\b(?:break|breaks|rest|off|withh[oe]ld\w*|hold\w*|suspend\w*|withdraw\w*|switch\w*|replac\w*|instead)\b",
    skip_words=SKIP_WORDS,
    taken_now=r"\b(?:as\s+soon\s+as|immediately|straight\s+away|right\s+away|at\s+once|when\s+you\s+remember)\b",
    stop_words=STOP_WORDS,
    keep_on=KEEP_ON,
    keep_on_even_if=KEEP_ON_EVEN_IF,
    # a "not" of what is done to a dose: do not chew, crush, break, split, cut, bite, dilute,
    # dissolve (not "do not use undiluted", whose "not" is the use's)
    negated_participle=(
        r"\b(?:not|never|n['’]t)\s+(?:\w+\s+(?:or\s+)?){0,2}?(?:chew|crush|break|split|cut|bite|dilut|dissolv)\w*"
    ),
    # a dose swallowed whole, which a translation may say as a "not" of chewing ([negation])
    whole=r"\b(?:whole|intact|in\s+one\s+piece)\b",
    denial=DENIAL,
    day_halves=(
        r"a\.\s?m\.|am\b|in\s+the\s+morning\b",  # not the full stop of "at 8 am."
        r"p\.\s?m\.|pm\b|in\s+the\s+(?:afternoon|evening)\b",  # not "at night": 2 at night is 2 am
    ),
    directions=frozen(DIRECTIONS),
    not_direction=NOT_DIRECTION,
    urgency=URGENCY,
    not_urgency=NOT_URGENCY,
    urgency_hints=URGENCY_HINTS,
    deferral=DEFERRAL,
    emergency_call=EMERGENCY_CALL,
    immediacy=IMMEDIACY,
    as_soon_as_possible=AS_SOON_AS_POSSIBLE,
    double_dose=DOUBLE_DOSE,
    double_dose_forbidden=DOUBLE_DOSE_FORBIDDEN,
    as_needed=AS_NEEDED,
    as_needed_hints=AS_NEEDED_HINTS,
    group_limits=frozenset(GROUP_LIMITS) | frozenset(AGE_LIMITS_AFTER),
    limit_subject=LIMIT_SUBJECT,
    limit_prohibited=LIMIT_PROHIBITED,
    limit_forbidden=LIMIT_FORBIDDEN,
    more_allowed=MORE_ALLOWED,
    permission=PERMISSION,
    not_required=NOT_REQUIRED,
    obligation=OBLIGATION,
    obligation_hints=("must", "have to", "has to", "need", "required"),
    amount_ordered=r"\b(?:plenty|lots?|a\s+lot|much|more|many|large\s+amounts?)\b",
    advice=ADVICE,
    must_not=r"\bmust\s+(?:not|never)\b|\bmustn['’]t\b|^\s*(?:do\s+not|don['’]t|never)\b",
    not_recommended=r"\b(?:not\s+(?:be\s+)?(?:recommended|advised|advisable)|should\s*(?:not|n['’]t)|better\s+not"
    r"|best\s+not|prefer\w*|ought\s+not)\b",
    # Not "is not needed", "not required" nor "not necessary", said of a dose adjustment as often as of an action and
    # translated with a "not" that is no prohibition ("No se requiere ajuste de la dosis"); nor one
    # with an "unless" or "until" after it, whose condition a translation may say with a "not" ("You
    # need not see a doctor unless the symptoms last" as "… solo si los síntomas no desaparecen").
    need_not=r"(?:\bneed(?:\s+not|n['’]t)\b|\bno\s+need\s+to\b|(?:\bnot|n['’]t)\s+(?:need|have)\s+to\b)"
    r"(?!.*\b(?:unless|until|except)\b)",
    forbidden_actions=frozen(FORBIDDEN_ACTIONS),
    handling=frozen(HANDLING),
    handling_forbidden=HANDLING_FORBIDDEN,
    swallowed_whole=SWALLOWED_WHOLE,
    # "Do not crush it unless your pharmacist says so", "Do not open the sachet until you use it"
    uses_forbidden=frozen(USES_FORBIDDEN),
    # "never every day", "Do not take it daily" (not "Do not exceed 4 g daily": no number between)
    never_daily=r"(?:\bnever|\bnot|n['’]t)\s+(?:[a-z]+\s+){0,3}?(?:every\s+day|each\s+day|daily|on\s+consecutive\s+days)\b",
    handling_allowed_when=r"\b(?:unless|until|till|except)\b",
    handling_hints=(
        "chew",
        "bit",
        "crush",
        "grind",
        "powder",
        "split",
        "break",
        "broke",
        "halv",
        "cut",
        "open",
        "dissolv",
        "whole",
        "intact",
        "one piece",
    ),
    forbids_more=FORBIDS_MORE,
    # "for at least 24 hours", "for 24 hours at least", a wait ("Wait at least 4 hours"); not "for
    # more than 3 days", "for 3 days or more"
    least_duration=r"\b(?:for|wait(?:s|ing)?)\s+(?:(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than|at\s+a\s+minimum)\s+)?$",
    least_phrases=frozenset({"at least", "a minimum of", "no less than", "at a minimum", "minimum"}),
    # Of a whole count (count_bounds.py): "more than twice" leaves 2 out, "2 or more times" takes it in
    more_than_phrases=frozenset({"more than", "over", "above", "greater than"}),
    inclusive_least_phrases=frozenset(
        {"at least", "a minimum of", "no less than", "not less than", "no fewer than", "minimum", "or more", "or over"}
    ),
    whole_count_nouns=frozenset(
        "time times dose doses kind kinds type types sort sorts episode episodes occasion occasions".split()
    ),
    gap_after=r"\s+apart\b",  # "2 hours apart from antacids", "4 hours apart"
    both_ways_after=r"\s+(?:before\s+or\s+after|after\s+or\s+before|either\s+side)\b",  # "2 hours before or after"
    limits_before=frozen(LIMITS_BEFORE),
    limits_after=frozen(LIMITS_AFTER),
    numerals=numerals,
    parts_in_words=parts_in_words,
    # "a quarter of a tablet", "half a tablet", "half of one tablet": a part of a dose form ([numbers]).
    part_of_dose=r"(?:of\s+)?(?:an?|one)\s+",
    ordinals=ordinals,
    call_before=("call", "dial", "phone", "ring", "text"),
    extension_words=("extension", "ext"),
    menu_before=("press", "select"),
    text_words=("text", "SMS"),
    emergency_words=("emergency", "emergencies"),
    ignore_case=True,
)
