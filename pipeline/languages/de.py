"""German: Latin script (judged by the identical-text rules only), unit words
("24 Stunden", "500 Milligramm"), "Million"/"Mio.", ranges "3 bis 5 Tage".

Also its negations ("nicht", "kein", "nie"; not "nicht nur", "nichtsteroidal",
"kein Wunder"), limits ("höchstens", "nicht mehr als", "mindestens"),
directions, numbers in words (one word however long: "einundzwanzig",
"zweihundertfünfzig", "zweieinhalb", "zweimal") and calls ("rufen Sie die
112"), for the meaning checks.
"""

from __future__ import annotations

import re
from fractions import Fraction

from pipeline.languages.language import (
    ABBREVIATIONS_WRITTEN_ALIKE,
    ABDOMEN,
    AFTER_A_MEAL,
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
    parts_of_a_whole,
)
from pipeline.literals import lowered

_L = r"[\wäöüß]"
_W = rf"(?<!{_L})"  # a word start: \b does not know that ä is a letter in every mode
_E = rf"(?!{_L})"
_ANY = rf"{_L}+\s+"  # one word and the space after it: "Beenden Sie (die Infusion) nicht"

# "nicht" but not the "Nicht-" of a name ("Nicht-Hodgkin-Lymphom") nor "nicht steroidal"
# (non-steroidal: "nichtsteroidale Antirheumatika" is one word, no "nicht" in it).
_STRONG = (
    rf"{_W}(?:nicht(?!-{_L})(?!\s+steroid)|nie|niemals|nimmer|kein|keine|keinen|keinem|keiner|keines|keinerlei"
    rf"|keinesfalls|keineswegs|nichts|niemand|niemanden|niemandem|weder|nirgends|nirgendwo){_E}"
)
# ... and "ohne" (without), and the verbs that forbid without a "nicht": vermeiden and meiden
# (avoid: "Meiden Sie Alkohol"), verzichten (refrain), verboten, untersagt, unterlassen (not "aufhören" or "absetzen", stop:
# "do not stop" as "setzen Sie ... ab" is the very error to find).
# kontraindiziert (must not be used: "ist bei Kindern unter 2 Jahren kontraindiziert").
_ALL = (
    _STRONG
    # the lack of a betterment or an effect ("Bei fehlender Besserung", "bei Ausbleiben der Wirkung": if
    # there is no improvement), as ohne; not "die fehlende Dosis" (the missed dose)
    + rf"|{_W}(?:(?:fehlende|ausbleibende)[rnms]?\s+(?:Besserung|Verbesserung|Wirkung|Linderung)|Ausbleiben"
    + r"|ohne|(?:ver)?meid\w*|(?:ver|ge)mieden|verzicht\w*"
    + rf"|verboten|untersagt|unterlass\w*|kontraindiziert\w*){_E}"
)

# The participles that deny what is done to a dose by their prefix: unzerkaut / ungekaut (do not
# chew), unzerkleinert, unzerdrückt, unzerstoßen, unzermörsert (do not crush), unzerbissen,
# unzerteilt / ungeteilt (do not split), unzerbrochen, unverdünnt (do not dilute), unaufgelöst.  Not
# every un- participle: unerwünscht (unwanted: "unerwünschte Wirkungen", side effects), unverändert.
_NEGATED_PARTICIPLE = (
    rf"{_W}un(?:(?:zer|ge)(?:kaut|kleinert|drückt|stoßen|stossen|mörsert|bissen|teilt|brochen)|verdünnt|aufgelöst)"
    rf"(?:e[nmrs]?)?{_E}"
)

# A "nicht" of what would break a dose: "nicht kauen", "nicht zerkauen oder zerbeißen", "zerkauen Sie
# sie nicht" (swallow it whole).
_BREAKING = r"(?:zer)?(?:kau|beiß|beiss|kleiner|drück|brech|teil|öffne|lutsch|stoß|stoss|mörser)\w*"
_NEGATED_CHEWING = (
    rf"{_W}(?:nicht|keinesfalls|nie)\s+(?:zu\s+)?{_BREAKING}(?:\s+(?:oder|und)\s+{_BREAKING})*"
    rf"|{_W}{_BREAKING}\s+Sie\s+(?:{_ANY}){{0,4}}?(?:nicht|keinesfalls|nie){_E}"
)

# What looks like a negation and is none: nicht nur (not only), nicht zuletzt (not least), kein
# Wunder (no wonder), ob ... oder nicht (whether or not), nicht selten (often); and a limit said
# with one, "nicht mehr als 4 g", "höchstens ... nicht überschreiten", which [limits] judges: the
# "do not" of "do not take more than 4 g" is blanked in the English too.
_NUMBER_AHEAD = r"(?=(?:etwa\s+|ca\.\s+)?(?:\d|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf))"
_NOT_NEGATION = (
    rf"{_W}(?:nicht\s+nur|nicht\s+zuletzt|nicht\s+selten|kein\s+Wunder|ob\s+(?:{_ANY}){{0,6}}?oder\s+nicht){_E}"
    rf"|{_W}(?:nicht|nie|niemals|keinesfalls)\s+(?:{_ANY}){{0,4}}?(?:mehr|weniger|länger|kürzer|später|öfter"
    rf"|häufiger)\s+als\s+{_NUMBER_AHEAD}"
    rf"|{_W}(?:nicht|nie|niemals|keinesfalls)\s+(?:zu\s+)?(?:überschreiten|überschritten|unterschreiten|unterschritten)"
    rf"{_E}|{_W}(?:überschreiten|unterschreiten)\s+Sie\s+(?:{_ANY}){{0,5}}?(?:nicht|nie|niemals|keinesfalls){_E}"
)

# A "nicht" said of stopping, forgetting or skipping: "nicht absetzen", "Vergessen Sie nicht",
# "Beenden Sie die Einnahme nicht", "Setzen Sie das Arzneimittel nicht ab", "Lassen Sie keine
# Dosis aus"; not "Setzen Sie sich nicht ans Steuer" (do not drive): "setzen" only with its "ab".
_STOP_AFTER = (
    r"(?:abzusetzen|absetzen|abgesetzt|abbrechen|abzubrechen|abgebrochen|beenden|beendet|vergessen"
    r"|aufhören|aufzuhören|unterbrechen|zu\s+unterbrechen|unterbrochen|auslassen|auszulassen|ausgelassen"
    r"|weglassen|wegzulassen|zu\s+beenden|stoppen|zu\s+stoppen|gestoppt)"
)
# The particle of a separable verb ends its clause: "Setzen Sie das Arzneimittel nicht ohne
# Rücksprache mit Ihrem Arzt ab." ("Hören Sie auf Ihren Arzt", listen to your doctor, is none).
_PARTICLE_ENDS = rf"(?=\s*(?:[.,;:!?)]|$)|\s+(?:und|oder|sobald|wenn|falls|bevor){_E})"
# A separable verb of stopping with its particle: setzen … ab, brechen … ab, hören … auf (not
# "Brechen Sie die Kapsel auf", break it open).
_SEPARATED_STOP = r"(?:(?:setzen|brechen)\s+(?:{any}){{0,{reach}}}?ab|hören\s+(?:{any}){{0,{reach}}}?auf)"
_NEGATED_STOP = (
    rf"{_W}(?:nicht|nie|niemals|keinesfalls)\s+(?:{_ANY}){{0,3}}?{_STOP_AFTER}{_E}"
    rf"|{_W}(?:beenden|unterbrechen|vergessen|vergiss|stoppen)\s+(?:{_ANY}){{0,5}}?(?:nicht|nie|niemals|keinesfalls){_E}"
    rf"|{_W}(?:setzen|brechen|hören|lassen)\s+(?:{_ANY}){{0,5}}?(?:nicht|nie|niemals|keinesfalls|keine\w*)\s+"
    rf"(?:{_ANY}){{0,4}}?(?:ab|auf|aus){_E}"
    # ... with a longer "ohne Rücksprache mit Ihrem Arzt" before the particle that ends the clause
    rf"|{_W}(?=(?:setzen|brechen|hören)\s+(?:{_ANY}){{0,5}}?(?:nicht|nie|niemals|keinesfalls)\s)"
    rf"{_SEPARATED_STOP.format(any=_ANY, reach=15)}{_PARTICLE_ENDS}"
)

# Directions ([comparison]).  Some comparatives are also a plain adjective before a masculine
# noun ("ein niedriger Blutdruck", a low blood pressure; "ein häufiger Fehler", a common one):
# those are read as comparatives only when no capitalised noun follows them.
_NO_NOUN_AFTER = r"(?!\s+(?-i:[A-ZÄÖÜ]))"
# A time said as passed, an at least ([limits]: "erst nach 12 Stunden" for "within 12 hours" turns it round)
_ELAPSED = ("nach", "erst nach")

_DIRECTIONS = {
    MORE_LESS: (
        rf"{_W}(?:mehr|höher\w*|größer\w*|wahrscheinlicher\w*|häufiger{_NO_NOUN_AFTER}|häufigere[nmrs]?|öfter"
        rf"|erhöh\w*|steig(?:t|en|ert?|ern|erung\w*)|gestiegen|ansteig\w*|anstieg\w*|zunehm\w*|zunahme"
        rf"|vermehrt\w*){_E}",
        rf"{_W}(?:weniger|unwahrscheinlicher\w*|senk(?:t|en|ung\w*)|gesenkt\w*|sink(?:t|en)|gesunken|verringer\w*"
        rf"|reduzier\w*|reduktion|verminder\w*|rückgang|(?:niedriger|geringer|kleiner|seltener){_NO_NOUN_AFTER}"
        rf"|(?:niedriger|geringer|kleiner|seltener)e[nmrs]?){_E}",
    ),
    BEFORE_AFTER: (
        rf"{_W}(?:vor|vorher|zuvor|vorab|bevor|früher\w*|vorherig\w*|im\s+voraus|vorangehend\w*){_E}",
        rf"{_W}(?:nach|nachdem|nachher|danach|später\w*|anschließend\w*|im\s+anschluss|hinterher){_E}",
    ),
    # absetzen, aufhören, beenden, abbrechen, unterbrechen, stoppen, and the separable verbs with
    # their particle at the clause's end ("Setzen Sie das Arzneimittel ab", "Hören Sie mit der
    # Einnahme auf"); not "Hören Sie auf Ihren Arzt" (listen) nor "Setzen Sie sich" (sit).  Keep on:
    # weiter einnehmen, weiterhin, fortsetzen, "Nehmen Sie es weiter ein".
    STOP_CONTINUE: (
        rf"{_W}(?:abzusetzen|absetzen|abgesetzt|aufhören|aufzuhören|aufgehört|beenden|beendet|zu\s+beenden"
        rf"|abbrechen|abzubrechen|abgebrochen|abbruch|unterbrechen|zu\s+unterbrechen|unterbrochen|unterbrechung"
        rf"|stoppen|zu\s+stoppen|gestoppt|stoppt){_E}"
        rf"|{_W}{_SEPARATED_STOP.format(any=_ANY, reach=12)}{_PARTICLE_ENDS}",
        rf"{_W}(?:weiterhin|weiter\s+(?:ein|an)?(?:nehmen|zunehmen|wenden|zuwenden|geben|zugeben)"
        rf"|weiterzunehmen|weiterführen|weiterzuführen|fortsetzen|fortzusetzen|fortführen|fortzuführen"
        rf"|fortgesetzt|fortgeführt|fortsetzung){_E}"
        rf"|{_W}(?:nehmen\s+(?:{_ANY}){{0,8}}?weiter\s+ein|wenden\s+(?:{_ANY}){{0,8}}?weiter\s+an"
        rf"|(?:setzen|führen)\s+(?:{_ANY}){{0,8}}?fort){_PARTICLE_ENDS}",
    ),
    # A condition kept (es sei denn, außer wenn) or ignored (auch wenn, selbst wenn, sogar wenn; not
    # "auch, wenn": also when).
    UNLESS_EVEN_IF: (
        rf"{_W}(?:es\s+sei\s+denn|au(?:ß|ss)er\s+(?:wenn|falls|auf)){_E}",
        rf"{_W}(?:auch|selbst|sogar)\s+(?:dann\s*,?\s+)?(?:wenn|falls){_E}",
    ),
}
# [comparison]: to keep taking or using a medicine (nehmen Sie es weiter ein, weiterhin einnehmen, setzen
# Sie die Behandlung fort); not "wenn die Beschwerden weiterhin bestehen" (if they go on).
_KEEP_TAKING = (
    rf"{_W}(?:weiter(?:hin)?\s+(?:ein|an)?(?:nehmen|zunehmen|wenden|zuwenden|geben|zugeben)|weiterzunehmen"
    rf"|weiterführen|weiterzuführen|fortsetzen|fortzusetzen|fortführen|fortzuführen){_E}"
    rf"|{_W}(?:nehmen\s+(?:{_ANY}){{0,8}}?weiter(?:hin)?\s+ein|wenden\s+(?:{_ANY}){{0,8}}?weiter(?:hin)?\s+an"
    rf"|(?:setzen|führen)\s+(?:{_ANY}){{0,8}}?fort){_PARTICLE_ENDS}"
)
# Said with a direction word, saying none: mehr oder weniger (more or less), nicht mehr / keine
# ... mehr (no longer), mehr erfahren / mehr dazu (read more), vor allem (above all), nach wie
# vor (still), je nach (depending on), nach Bedarf (as needed), nach Hause, Schutz vor (protection
# from), vor Licht schützen; and a limit next to a number (mehr als 65, weniger als 10 %), which
# [limits] judges.
_NOT_DIRECTION = (
    rf"{_W}(?:mehr\s+oder\s+weniger|umso\s+mehr|(?:nicht|nie|niemals|kein\w*(?:\s+{_L}+){{0,2}})\s+mehr"
    rf"|mehr\s+(?:erfahren|dazu|zum\s+thema|informationen|über)|vor\s+allem|nach\s+wie\s+vor|je\s+nach"
    rf"|nach\s+(?:bedarf|hause|anweisung|angaben|möglichkeit|oben|unten|vorn|vorne|hinten|links|rechts|außen"
    rf"|innen|ansicht|meinung|rücksprache|absprache|vorschrift|verordnung|ärztlicher|maßgabe|art)"
    rf"|nach\s+und\s+nach|vor\s+(?:licht|feuchtigkeit|nässe|hitze|kälte|frost|sonne\w*|direkter|ort)"
    rf"|(?:schutz|schütz\w*|geschützt|angst|furcht|warn\w*|bewahr\w*|sicher|respekt)\s+(?:{_ANY}){{0,3}}?vor"
    rf"|(?:such\w*|frag\w*|riech\w*|schmeck\w*|verlang\w*|sortier\w*|nachfrage)\s+(?:{_ANY}){{0,3}}?nach){_E}"
    rf"|{_W}(?:mehr|weniger|höher|niedriger|größer|kleiner|länger|kürzer|später|früher)\s+als\s+{_NUMBER_AHEAD}"
)

# Numbers in words.  German writes a number below a million as one word: "einundzwanzig" (21),
# "zweihundertfünfzig" (250), "dreitausendfünfhundert" (3500); each is read whole.
_DIGITS = {"null": 0, "ein": 1, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5}
_DIGITS |= {"sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16}
_TEENS |= {"siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60}
_TENS |= {"siebzig": 70, "achtzig": 80, "neunzig": 90}


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_ONES = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"  # before "und", "hundert", "tausend"
_ALONE = [word for word in (*_DIGITS, *_TEENS, *_TENS) if word != "ein"]  # "ein" alone: the article
_BELOW_100 = rf"(?:(?:{_ONES})und(?:{_alternation(_TENS)})|{_alternation(_ALONE)})"
_BELOW_1000 = rf"(?:(?:{_ONES})?hundert(?:und)?{_BELOW_100}?|{_BELOW_100})"
_WHOLE = rf"(?:(?:ein|{_BELOW_1000})?tausend(?:und)?(?:{_BELOW_1000})?|{_BELOW_1000})"
_ONE = re.compile(rf"(?:(?P<unit>{_ONES})und(?P<tens>{_alternation(_TENS)}))?(?P<word>.*)")


def _below_100(word: str) -> int:
    match = _ONE.fullmatch(word)
    assert match is not None
    if match.group("unit"):
        return _DIGITS[match.group("unit")] + _TENS[match.group("tens")]
    return {**_DIGITS, **_TEENS, **_TENS}.get(match.group("word"), 0)


def _below_1000(word: str) -> int:
    if "hundert" not in word:
        return _below_100(word)
    hundreds, _, rest = word.partition("hundert")
    rest = rest.removeprefix("und")
    return (_DIGITS[hundreds] if hundreds else 1) * 100 + (_below_100(rest) if rest else 0)


def whole_number(word: str) -> int:
    """The value of a German number word below a million: "einundzwanzig" 21, "hundertzwei" 102,
    "zweitausendfünfhundert" 2500 (lower case, as :data:`_NUMBER` finds it)."""
    if "tausend" not in word:
        return _below_1000(word)
    thousands, _, rest = word.partition("tausend")
    rest = rest.removeprefix("und")
    return (_below_1000(thousands) if thousands else 1) * 1000 + (_below_1000(rest) if rest else 0)


# "Eine" and its forms are the article too, read generously as one (as Spanish "un" is); not "ein"
# ending a clause, the particle of "Nehmen Sie die Tablette ein." (einnehmen: take).  Not "Acht" of
# "Geben Sie Acht", "außer Acht lassen", "in Acht nehmen" (attention): a capital Acht is eight
# only before its noun ("Acht Tage").
_ARTICLE = r"eine|einen|einem|einer|eines|ein(?!\s*(?:[.,;:!?)]|und\b|$))"
_ATTENTION = r"(?-i:Acht)(?!\s+(?-i:[A-ZÄÖÜ]))|acht\s+(?:zu\s+)?(?:geben|gegeben)\b"
# An age said as one adjective, its number in words: "zweijährige Kinder" (2 years old), "ein
# fünfjähriges Kind", "einjährige", "sechsmonatige Säuglinge"; a length the same way ("eine
# dreitägige Behandlung", "zweistündige Infusion"); the number ends where the adjective
# of its unit begins (unit_words read "jährige" after it, as after "2-"). Not minderjährig,
# volljährig, vierteljährlich: no number word ends right before their "jährig".
_AGED = re.compile(
    rf"{_W}(?P<aged>ein|{_WHOLE})(?=(?:jährig|monatig|tägig|wöchig|stündig|minütig)(?:e|en|er|es|em)?{_E})",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    rf"{_W}(?:(?P<and_a_half>ein|{_BELOW_100})einhalb|(?P<anderthalb>anderthalb)"
    rf"|(?P<times>ein|{_WHOLE})\s?mal"
    rf"|(?P<article>{_ARTICLE})"
    rf"|(?!{_ATTENTION})(?P<whole>{_WHOLE})"
    rf"|(?P<both>beide|beiden|beider)"  # "die beiden" (the two)
    rf"|(?P<half>halb|halbe|halben|halber|halbes|hälfte)"
    rf"|(?P<twice>doppelt(?=\s+so{_E})|(?<=das\s)doppelte|(?<=dem\s)doppelten"
    # "die doppelte Menge", "der doppelten Dosis": twice the amount, the dose (not "eine doppelte
    # Dosis", a double dose, no count of two doses)
    rf"|(?<=die\s)doppelte|(?<=der\s)doppelten|(?<=den\s)doppelten)"
    # one period said with no number, as "eine Woche" says it: "die folgende Woche", "im folgenden
    # Monat" (the following week, month)
    rf"|(?P<following>(?:(?<=die\s)|(?<=der\s)|(?<=den\s)|(?<=dem\s)|(?<=im\s))folgenden?"
    rf"(?=\s+(?:Woche|Monat|Jahr){_E}))"
    # ... and "in der Woche nach dem Absetzen", "im Monat danach" (the week, the month after)
    rf"|(?P<period_after>die|der|den|dem|im)(?=\s+(?:Woche|Monat)\s+(?:nach|danach){_E})){_E}",
    re.IGNORECASE,
)


# A quarter or a third after its numerator, as a noun or before one: "ein Viertel einer Tablette",
# "eine viertel Tablette" (1/4), "drei Viertel", "dreiviertel" (3/4), "zwei Drittel" (2/3).  Not
# "eine Viertelstunde" nor "eine viertel Stunde" (15 minutes: number_words), nor a Vierteljahr.
_PART = re.compile(
    rf"{_W}(?P<numerator>{_ARTICLE}|zwei|drei)\s*(?P<part>viertel|drittel){_E}(?!\s*stunde)", re.IGNORECASE
)
_NUMERATORS = {"eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "ein": 1, "zwei": 2, "drei": 3}
_parts = parts_of_a_whole(_PART, _NUMERATORS, {"viertel": 4, "drittel": 3})


# A time of the clock said by its next hour: "halb neun" is 8.30, "Viertel vor neun" 8.45, "Viertel
# nach acht" 8.15 (the hour of the clock, 1 to 12, in words: "halb 9" is left to its digit, 9).
_CLOCK_HOURS = {"ein": 1, "eins": 1, **{word: value for word, value in _DIGITS.items() if value}}
_CLOCK_HOURS |= {"zehn": 10, "elf": 11, "zwölf": 12}
_PAST_OR_TO = {"halb": (-1, 30), "viertel nach": (0, 15), "viertel vor": (-1, 45)}
_TIME_BY_THE_HOUR = re.compile(
    rf"{_W}(?P<part>halb|viertel\s+nach|viertel\s+vor)\s+(?P<hour>{_alternation(_CLOCK_HOURS)}){_E}", re.IGNORECASE
)


def _times_by_the_hour(text: str) -> Spans:
    """ "halb neun" as its minutes (30) and its hour (8), each a span of its own."""
    for match in _TIME_BY_THE_HOUR.finditer(text):
        shift, minutes = _PAST_OR_TO[" ".join(lowered(match.group("part")).split())]
        hour = (_CLOCK_HOURS[lowered(match.group("hour"))] + shift - 1) % 12 + 1  # halb eins: 12.30
        yield match.start("part"), match.end("part"), Fraction(minutes)
        yield match.start("hour"), match.end("hour"), Fraction(hour)


def numerals(text: str) -> Spans:
    """German number words, read generously: "eine Tablette" (1), "zehn" (10), "einundzwanzig" (21),
    "zweihundertfünfzig" (250), "zweimal" (2), "zweieinhalb" (5/2), "anderthalb" (3/2), "die
    Hälfte" (1/2), "doppelt so", "die doppelte Menge" (2), "die folgende Woche" (1), "ein Viertel"
    (1/4), "zwei Drittel" (2/3); "halb neun" (8 and 30: its neun is no 9, or "halb acht" would keep
    8.30)."""
    times = list(_times_by_the_hour(text))
    yield from times
    for match in _NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end, _ in times):
            continue
        if match.group("and_a_half"):
            value = whole_number(lowered(match.group("and_a_half"))) + Fraction(1, 2)
        elif match.group("anderthalb"):
            value = Fraction(3, 2)
        elif match.group("times"):
            value = Fraction(whole_number(lowered(match.group("times"))))
        elif match.group("article") or match.group("following") or match.group("period_after"):
            value = Fraction(1)
        elif match.group("half"):
            value = Fraction(1, 2)
        elif match.group("twice") or match.group("both"):
            value = Fraction(2)
        else:
            value = Fraction(whole_number(lowered(match.group("whole"))))
        yield match.start(), match.end(), value
    yield from _parts(text)
    for match in _AGED.finditer(text):
        yield match.start(), match.end(), Fraction(whole_number(lowered(match.group("aged"))))


# Ordinals, before their noun ("am dritten Tag" for "day 3", "die zweite Dosis"), in every ending:
# erste, ersten, erster, erstes, erstem ...
_ORDINAL_STEMS = {
    "erst": 1,
    "zweit": 2,
    "dritt": 3,
    "viert": 4,
    "fünft": 5,
    "sechst": 6,
    "siebt": 7,
    "siebent": 7,
    "acht": 8,
    "neunt": 9,
    "zehnt": 10,
    "elft": 11,
    "zwölft": 12,
    "zwanzigst": 20,
}
_ORDINAL = re.compile(rf"{_W}(?P<stem>{_alternation(_ORDINAL_STEMS)})(?:e|er|en|em|es){_E}", re.IGNORECASE)


def ordinals(text: str) -> Spans:
    """German ordinals: "dritten" (3), "zweite" (2), "zehnter" (10)."""
    for match in _ORDINAL.finditer(text):
        if lowered(match.group()) in ("achten", "achte"):  # also "achten" (pay attention): not read
            continue
        yield match.start(), match.end(), Fraction(_ORDINAL_STEMS[lowered(match.group("stem"))])


# Who a limit says ("Kinder unter 12 Jahren", people over 65): a "nicht" before it denies the
# verb ("Geben Sie es nicht Kindern unter 12 Jahren"), not the limit.
_PEOPLE = (
    "Kinder Kindern Säuglinge Säuglingen Jugendliche Jugendlichen Erwachsene Erwachsenen Personen "
    "Menschen Patienten Patientinnen Frauen Männer Männern Alter"
).split()
_GROUP_LIMITS = {
    f"{who} {limit}": direction
    for who in _PEOPLE
    for limit, direction in (("unter", AT_MOST), ("von unter", AT_MOST), ("über", AT_LEAST), ("ab", AT_LEAST))
} | {"älter als": AT_LEAST, "jünger als": AT_MOST}

# The dose a limit may follow at the head of its clause: "Dosen über 4 g pro Tag dürfen nicht
# gegeben werden", "Tagesdosen von mehr als 4 g ...", "Einzelne Tabletten über 500 mg ..." (an
# article, a dose or an amount, the "von" that ties the limit to it); never a verb.
_LIMIT_SUBJECT = (
    r"(?:(?:die|eine|einzelne|alle|solche)\s+)?"
    r"(?:[\w-]*(?:dosis|dosen)|mengen?|(?:film|brause|lutsch|schmelz|kau)?tabletten?|kapseln?|tropfen"
    r"|ampullen?|zäpfchen|beutel)(?:\s+von)?"
)
# A prohibition said after a limit that opens its clause ("Dosen unter 4 g pro Tag dürfen nicht
# gegeben werden": at least 4 g): it denies the limit, where a plain "nicht" may deny something else
# ("Mehr als 30 % der Patienten sprechen nicht an").
_LIMIT_PROHIBITED = (
    rf"{_W}(?:dürf\w*|darf|soll\w*|könn\w*|kann)\s+(?:\w+\s+){{0,3}}?(?:nicht|nie|niemals|keinesfalls)"
    r"\s+(?:\w+\s+){0,3}?(?:gegeben|eingenommen|genommen|verabreicht|angewendet|angewandt|verwendet|gespritzt"
    r"|injiziert|infundiert|verordnet|geschluckt)"
    rf"|{_W}(?:sind|werden|ist|wird)\s+nicht\s+(?:empfohlen|erlaubt|zulässig)"
)
# A prohibition right before a limit, its comma between ("Es ist verboten, mehr als 4 g pro Tag
# einzunehmen": taking more than 4 g is forbidden, at most 4 g); the taking comes after, as zu-infinitive.
# So for avoiding it ("Vermeiden Sie es, innerhalb von 24 Stunden Auto zu fahren": no driving for at
# least 24 hours), a zu-infinitive after its comma too; not "Vermeiden Sie Alkohol" (no comma).
# [limits]: permission to take more ("können Sie mehr nehmen", "dürfen Sie auch mehr davon
# einnehmen"); not "nicht mehr", nor "mehr als 4 g" (a limit).
# So is the dose raised past ("können Sie die Dosis erhöhen", "dürfen Sie diese Dosis überschreiten").
_MORE_ALLOWED = (
    rf"{_W}(?:können|dürfen)\s+sie\s+(?:(?:auch\s+|ruhig\s+)?mehr\s+(?:davon\s+)?(?:nehmen|einnehmen|anwenden|verwenden)"
    rf"|(?:die|diese)\s+(?:Tages)?dosis\s+(?:erhöhen|überschreiten)){_E}"
)
# [negation]: a permission (Sie dürfen, darf, können Sie, erlaubt, gestattet): said where the source
# forbids, with no "nicht" ("Sie dürfen Alkohol trinken."), it tells a patient the opposite.  Not a
# dürfen with a "nicht" or "kein" later in its clause: "Sie dürfen es nicht zu einer Mahlzeit
# einnehmen" is must not (where other languages' "may not", 可以不, "pode não", is need not).
_PERMISSION = (
    rf"{_W}(?:(?:dürfen|darf)(?![^,.;:!?]*{_W}(?:nicht|kein\w*){_E})|können\s+Sie|Sie\s+können|erlaubt|gestattet){_E}"
)
# [negation]: a thing that need not be done, a "nicht" or "kein" of müssen or brauchen in its clause
# ("Sie müssen in den 24 Stunden kein Auto fahren und keine Maschinen bedienen", "Sie brauchen nicht
# zu fasten"; not past an "und dürfen": "Sie müssen sie schlucken und dürfen sie nicht kauen"), "nicht
# nötig", "nicht erforderlich"; not "Sie dürfen nicht" (must not).
_NO = r"(?:nicht|kein(?:e[nmrs]?)?)"
_NOT_REQUIRED = (
    rf"{_W}(?:(?:müssen|muss|müsst|brauchen|braucht)(?:(?!{_W}(?:und|oder|dürfen|darf|sollen|sollten){_E})[^,.;:!?])*?"
    rf"{_W}{_NO}{_E}(?:[^,.;:!?]*?{_W}(?:und|oder)\s+(?:auch\s+)?{_NO}{_E})*"
    rf"|{_NO}\s+(?:nötig|notwendig|erforderlich|zwingend|verpflichtet)|unnötig){_E}"
)
# [negation]: an obligation (müssen, sollen, erforderlich, notwendig, unbedingt).
_OBLIGATION = (
    rf"{_W}(?:müssen|muss|musst|müssten|müsste|sollen|soll|sollten|sollte|erforderlich|notwendig|nötig|verpflichtet"
    rf"|unbedingt|zwingend){_E}"
)
# [negation]: an advice where a source forbids: ask a doctor first ("sprechen Sie mit Ihrem Arzt",
# "fragen Sie Ihren Arzt", "Rücksprache"), with caution ("mit Vorsicht", "Vorsicht"; not "vorsichtig",
# the "carefully" of handling: "vorsichtig schwenken"), in moderation ("in Maßen", "mäßig").
_ADVICE = (
    rf"{_W}(?:(?:sprechen|besprechen)\s+Sie\s+(?:\w+\s+){{0,3}}?mit\s+Ihrem\s+(?:Arzt|Apotheker)"
    rf"|fragen\s+Sie\s+(?:\w+\s+){{0,2}}?Ihren\s+(?:Arzt|Apotheker)|Rücksprache|Vorsicht|in\s+Maßen|mäßig|maßvoll){_E}"
)
_LIMIT_FORBIDDEN = (
    rf"{_W}(?:verboten|untersagt|nicht\s+(?:erlaubt|gestattet|zulässig)|vermeiden\s+sie(?:\s+es)?)\s*,\s*$"
)

_LIMITS_BEFORE = {
    "nicht mehr als": AT_MOST,
    "nie mehr als": AT_MOST,
    "höchstens": AT_MOST,
    "maximal": AT_MOST,
    "max.": AT_MOST,
    "bis zu": AT_MOST,
    "bis maximal": AT_MOST,
    "bis höchstens": AT_MOST,
    "bis spätestens": AT_MOST,
    # "Erwachsene bis 65 Jahre", "bis 4 g am Tag": up to, as bis zu; "2 bis 4 Tabletten", a range,
    # says its last number's most the same way
    "bis": AT_MOST,
    "weniger als": AT_MOST,
    "unter": AT_MOST,
    "unterhalb von": AT_MOST,
    "innerhalb von": AT_MOST,
    "innerhalb": AT_MOST,
    "binnen": AT_MOST,
    "spätestens": AT_MOST,
    "spätestens nach": AT_MOST,
    "nicht länger als": AT_MOST,
    "nicht später als": AT_MOST,
    "nicht über": AT_MOST,
    "nicht älter als": AT_MOST,
    "kürzer als": AT_MOST,
    "niedriger als": AT_MOST,
    "geringer als": AT_MOST,
    "kleiner als": AT_MOST,
    "Höchstdosis von": AT_MOST,
    "eine Höchstdosis von": AT_MOST,
    # the noun says the limit: "Die Höchstdosis beträgt 4 g", "Die maximale Tagesdosis liegt bei 4 g"
    "Höchstdosis": AT_MOST,
    "Tageshöchstdosis": AT_MOST,
    "Höchstmenge": AT_MOST,
    "Tageshöchstmenge": AT_MOST,
    "maximale": AT_MOST,
    "maximalen": AT_MOST,
    "überschreiten Sie nicht": AT_MOST,
    "Mindestdosis": AT_LEAST,
    # the minimum said by its noun or adjective, as the maximum is ("Minimale Tagesdosis: 6 Tabletten")
    "Mindesttagesdosis": AT_LEAST,
    "Tagesmindestdosis": AT_LEAST,
    "Mindestmenge": AT_LEAST,
    "minimale": AT_LEAST,
    "minimalen": AT_LEAST,
    "mindestens": AT_LEAST,
    "mind.": AT_LEAST,
    "wenigstens": AT_LEAST,
    "zumindest": AT_LEAST,
    "zumindestens": AT_LEAST,
    "nicht weniger als": AT_LEAST,
    "nicht kürzer als": AT_LEAST,
    "nicht jünger als": AT_LEAST,
    "mehr als": AT_LEAST,
    "über": AT_LEAST,
    "oberhalb von": AT_LEAST,
    "länger als": AT_LEAST,
    "höher als": AT_LEAST,
    "größer als": AT_LEAST,
    "ab": AT_LEAST,
    "frühestens": AT_LEAST,
    "frühestens nach": AT_LEAST,
    "Mindestdosis von": AT_LEAST,
    # "wenn die Dosis 4 g überschreitet" after it; "überschreitet 2 Blöcke" before
    "überschreitet": AT_LEAST,
    "übersteigt": AT_LEAST,
    # "wenn das Fieber über 39 °C steigt"; "sinkt der Blutzucker unter 4 mmol/l"
    "steigt über": AT_LEAST,
    "sinkt unter": AT_MOST,
    "fällt unter": AT_MOST,
    **_GROUP_LIMITS,
}
_LIMITS_AFTER = {
    "oder mehr": AT_LEAST,
    "und mehr": AT_LEAST,
    # "dreimal oder öfter" (three times or more often): a least of a count of times
    "oder öfter": AT_LEAST,
    "oder häufiger": AT_LEAST,
    "oder länger": AT_LEAST,
    "oder älter": AT_LEAST,
    "und älter": AT_LEAST,
    "oder darüber": AT_LEAST,
    "oder mehrere": AT_LEAST,
    "oder größer": AT_LEAST,
    "und größer": AT_LEAST,
    "überschreitet": AT_LEAST,
    "übersteigt": AT_LEAST,
    "und darüber": AT_LEAST,
    "oder höher": AT_LEAST,
    "und höher": AT_LEAST,
    "und länger": AT_LEAST,
    "oder weniger": AT_MOST,
    "und weniger": AT_MOST,
    "und niedriger": AT_MOST,
    "oder kürzer": AT_MOST,
    "oder jünger": AT_MOST,
    "und jünger": AT_MOST,
    "oder darunter": AT_MOST,
    "oder kleiner": AT_MOST,
    "und darunter": AT_MOST,
    "oder niedriger": AT_MOST,
    # "4 g pro Tag nicht überschreiten", "... darf nicht überschritten werden"
    "nicht überschreiten": AT_MOST,
    "nicht zu überschreiten": AT_MOST,
    "nicht überschritten": AT_MOST,
    "nicht unterschreiten": AT_LEAST,
    "nicht unterschritten": AT_LEAST,
}


# Urgency ([urgency]): sofort (sofortig), umgehend, unverzüglich, gleich, so schnell / so bald wie möglich,
# schnellstmöglich, baldmöglichst, möglichst schnell / bald, schnell(stens), dringend, ohne Verzögerung,
# ohne zu zögern, rasch, jetzt (for "Call … now").
_URGENCY = (
    rf"{_W}(?:jetzt|sofort(?:ig\w*)?|umgehend\w*|unverzüglich\w*|gleich|so\s+(?:schnell|bald)\s+wie\s+möglich"
    rf"|schnellstmöglich\w*|baldmöglichst\w*|möglichst\s+(?:schnell|bald)|schnell(?:stens)?|dringend\w*"
    rf"|ohne\s+(?:Verzögerung|zu\s+zögern)|rasch){_E}"
)
# A hurry softened ([urgency]): so bald / schnell / rasch wie (als) möglich, sobald (wie) möglich,
# baldmöglichst, schnellstmöglich, möglichst bald / schnell / rasch / zeitnah, sobald / wenn Sie können.
_AS_SOON_AS_POSSIBLE = (
    rf"{_W}(?:so\s+(?:bald|schnell|rasch)\s+(?:wie|als)\s+möglich|sobald\s+(?:wie\s+|als\s+)?möglich|baldmöglichst\w*"
    rf"|schnellstmöglich\w*|möglichst\s+(?:bald|schnell|rasch|zeitnah)|(?:sobald|wenn)\s+Sie\s+(?:es\s+)?können){_E}"
)
# Putting off ([urgency]): beim nächsten Arzttermin / Termin / Besuch, nächste Woche, in den nächsten
# Tagen, in ein paar Tagen, später, bei Gelegenheit, wenn es Ihnen passt; not "wenn Sie sich später
# daran erinnern" (remember later), "zwei Tage später" (days later), "nicht später als".
_DEFERRAL = (
    rf"{_W}(?:nächste[nmrs]?\s+(?:Arzttermin|Termin|Besuch|Arztbesuch|Praxisbesuch|Kontrolltermin|Kontrolle"
    r"|Sprechstunde|Untersuchung|Woche)|in\s+den\s+nächsten\s+(?:Tagen|Wochen)|in\s+ein\s+paar\s+Tagen|später"
    rf"|bei\s+Gelegenheit|wenn\s+es\s+Ihnen\s+passt){_E}"
)
_NOT_DEFERRAL = (
    r"(?:Tage|Wochen|Stunden|Monate|Minuten|Jahre)\s+später|nicht\s+später\s+als"
    r"|später\s+(?:daran\s+|wieder\s+)?(?:erinner|einfäll|einfall|auftret|auftrit|bemerk)\w*"
)
# A double dose ([negation]): eine doppelte / zweifache Dosis oder Menge, Doppeldosis, die Dosis
# verdoppeln, zwei Dosen auf einmal / gleichzeitig / zusammen.
_DOUBLE_DOSE = (
    rf"{_W}(?:(?:doppelte|zweifache)[nrs]?\s+(?:Menge|Dosis)|Doppeldosis|verdoppel\w*"
    rf"|zwei\s+Dosen\s+(?:auf\s+einmal|gleichzeitig|zusammen)){_E}"
)
# [as-needed]: bei Bedarf, nach Bedarf, falls / wenn nötig, erforderlich, gegebenenfalls (ggf.),
# nötigenfalls; and a condition a dose is taken on (wenn, falls, bei: "bei Schmerzen" for "for pain,
# if needed"), or the pain or fever it is for ("gegen Kopfschmerzen", within a compound).
_AS_NEEDED = (
    rf"{_W}(?:bedarf|nötig|notwendig|erforderlich|gegebenenfalls|ggf\.|nötigenfalls|erforderlichenfalls|benötig{_L}*"
    rf"|brauch{_L}*|wenn|falls|bei|sobald){_E}|schmerz|fieber"
)
# [dose-times]: "zur Nacht" is at bedtime (listed first); "morgen" is tomorrow, "Morgen" the morning,
# and so is "Vormittag" (the late morning: no word of its own in English).
# A meal named is its time of day: Frühstück the morning, Mittagessen midday, Abendessen and
# Abendbrot the evening.
DAY_TIMES = {
    BEDTIME: rf"{_W}(?:zur\s+nacht|vor\s+dem\s+(?:schlafen(?:gehen)?|zubettgehen)|beim\s+zubettgehen|zur\s+schlafenszeit){_E}",
    # Vormittag (the late morning) in any place: "am Vormittag", "am späten Vormittag"
    # on waking is the morning: "beim Aufstehen", "nach dem Aufwachen"
    MORNING: rf"{_W}(?:morgens|vormittags?|(?:am|jeden)\s+(?-i:Morgen)|frühstück(?:s|en)?"
    rf"|(?:beim|nach\s+dem)\s+(?:aufstehen|aufwachen)){_E}",
    MIDDAY: rf"{_W}(?:mittags|(?:am|jeden|zum)\s+mittag(?:essen)?|mittagessen){_E}",
    AFTERNOON: rf"{_W}nachmittags?{_E}",
    EVENING: rf"{_W}(?:abends|(?:am|jeden)\s+abend|abendessens?|abendbrots?){_E}",
    NIGHT: rf"{_W}(?:nachts|(?:in\s+der|jede)\s+nacht|mitternachts?){_E}",
}


# [opposites]: not "zu essen" (to eat: "ohne etwas zu essen" is on an empty stomach); "rechte" is also
# rights (a patient's), read only where the source names a side.
_PERIOD = rf"(?:stunden?|tag(?:e|en)?|wochen?|monat(?:e|en)?|jahr(?:e|en)?){_E}"
# An infusion's rate (not "Präparate": a rate only as Infusionsrate, Tropfrate ...), and one said with
# the verb that changes it, before or up to four words after it ("die Geschwindigkeit verringern",
# "wird die Infusionsgeschwindigkeit alle 30 Minuten erhöht") ([opposites]).  Its first letters named,
# not any letter, so the terms keep their filter of first characters (tests/languages/test_first_characters.py).
_RATE = r"(?:infusions|tropf|lauf|durchfluss|einlauf)?(?:geschwindigkeit|rate)"


def _rate_changed(verbs: str, participles: str) -> str:
    """The rate said with one of ``verbs`` (stems) before it or ``participles`` after it."""
    return rf"(?:{verbs}){_L}*\s+(?:sie\s+)?(?:die\s+)?{_RATE}|{_RATE}\s+(?:{_L}+\s+){{0,4}}?(?:{participles})"


_THIRD_OF_PREGNANCY = rf"(?:schwangerschaftsdrittel|trimenon|trimester){_E}"

# A thigh, an arm or a leg, and the words before one that say a side of it ([opposites]): "die
# Außenseite des Oberschenkels".
_LIMB = r"(?:oberschenkel|oberarm|unterarm|arm|bein)"
_OF_A_LIMB = rf"(?:des|ihres|eines|am|an\s+(?:ihrem|dem|einem))\s+{_LIMB}{_L}*"
OPPOSITES = {
    WITH_FOOD: rf"{_W}(?:(?:mit|während)\s+(?:(?:einer|den|der|dem|einem)\s+)?(?:mahlzeit(?:en)?|essen|nahrung)"
    rf"|zu\s+(?:einer|den|der)\s+mahlzeit(?:en)?|zum\s+essen|zur\s+mahlzeit){_E}",
    # "nüchtern" alone only as it is taken ("nüchtern einnehmen"): also sober, and a fasting blood test
    EMPTY_STOMACH: rf"{_W}(?:nüchtern(?:en|em)?\s+magen|leere[nm]?\s+magen"
    rf"|nüchtern\s+(?:ein|einnehmen|einzunehmen|eingenommen|anwenden|schlucken)|zwischen\s+(?:den\s+)?mahlzeiten"
    rf"|außerhalb\s+(?:der|von)\s+mahlzeiten|mit\s+(?:zeitlichem\s+)?abstand\s+zu\s+den\s+mahlzeiten){_E}",
    LEFT: rf"{_W}(?:linke[nmrs]?|links){_E}",
    RIGHT: rf"{_W}(?:rechte[nmrs]?|rechts){_E}",
    BOTH_SIDES: rf"{_W}(?:beide[n]?|jede[nmrs]?)\s+(?:augen?|ohr(?:en)?|nasenl(?:och|öcher[n]?)|seiten?|arme?|beine?"
    rf"|hände[n]?|hand|füße[n]?|fuß){_E}",
    BY_MOUTH: rf"{_W}(?:(?:durch|über)\s+den\s+mund|oral){_E}",
    UNDER_THE_SKIN: rf"{_W}(?:unter\s+(?:die|der)\s+haut|subkutan(?:e[nmrs]?)?){_E}",
    # "in den Oberarmmuskel": into the muscle of a body part
    INTO_A_MUSCLE: rf"{_W}(?:in\s+(?:den|einen|ihren)\s+(?:oberarm|oberschenkel|gesäß|delta|schulter)?muskel"
    rf"|intramuskulär(?:e[nmrs]?)?){_E}",
    INTO_A_VEIN: rf"{_W}(?:in\s+(?:die|eine)\s+vene|intravenös(?:e[nmrs]?)?){_E}",
    RECTAL: rf"{_W}(?:rektal(?:e[nmrs]?)?|in\s+den\s+(?:after|enddarm|mastdarm)){_E}",
    REFRIGERATOR: rf"{_W}(?:kühlschrank\w*|gekühlt){_E}",
    ROOM_TEMPERATURE: rf"{_W}(?:raum|zimmer)temperatur{_E}",
    FREEZER: rf"{_W}(?:gefrierschrank|gefrierfach|eisfachs?|tiefkühl\w*|einfrieren|eingefroren|gefroren\w*){_E}",
    # gelegentlich: "uncommon" in a package leaflet's frequencies (häufig, gelegentlich, selten)
    # "nicht häufig", "nicht oft" (not common) is rare, as "not common" is in English; not "nicht so
    # häufig" (not as common: a comparison) nor "nicht häufiger" (not more often: a limit)
    RARE: rf"{_W}(?:selten(?:e[nmrs]?)?|gelegentlich(?:e[nmrs]?)?|weniger\s+häufig(?:e[nmrs]?)?"
    rf"|nicht\s+(?:sehr\s+)?(?:häufig(?:e[nms]?)?|oft)){_E}",
    COMMON: rf"{_W}(?<!weniger\s)häufig(?:e[nmrs]?)?{_E}",
    UPRIGHT: rf"{_W}(?:aufrecht{_L}*|(?:im\s+)?(?:sitzen|stehen)\s+oder\s+(?:sitzen|stehen)|sitzend\s+oder\s+stehend"
    rf"|stehend\s+oder\s+sitzend){_E}",
    LYING_DOWN: rf"{_W}(?:hinlegen|hinzulegen|legen\s+sie\s+sich|im\s+liegen|liegen\s+bleiben|bleiben\s+sie\s+liegen"
    rf"|flach\s+liegen){_E}",
    OUT_OF_REACH: rf"{_W}(?:unzugänglich|außerhalb\s+der\s+reichweite){_E}",
    WITHIN_REACH: rf"{_W}(?:(?<!un)zugänglich|in\s+(?:der\s+)?reichweite){_E}",
    # one side ("ein Nasenloch", "in eines der Augen") or the affected one ("das betroffene Auge")
    ONE_SIDE: rf"{_W}(?:(?:ein|eine[mnrs]?)\s+(?:einzige[nmrs]?\s+)?(?:auge|ohr|nasenloch){_E}"
    rf"|eine[ms]\s+der\s+(?:augen|ohren|nasenlöcher){_E}"
    rf"|(?:betroffene[nmrs]?|erkrankte[nmrs]?)\s+(?:auge|ohr|nasenloch){_E})",
    # the other side ("das andere Auge", "das andere"): with one side, both ("in ein Auge, dann in das andere")
    OTHER_SIDE: rf"{_W}(?:das|dem|den|die|der)\s+andere[nmrs]?{_E}(?:\s+(?:auge|ohr|nasenloch|seite){_E})?",
    # not "Augenblick" (a moment)
    EYE: rf"{_W}(?!augenblick)aug(?:e|en){_L}*{_E}",
    EAR: rf"{_W}ohr(?:en)?{_L}*{_E}",
    NOSE: rf"{_W}(?:nase|nasen{_L}*|nasal{_L}*){_E}",
    AFTER_A_MEAL: rf"{_W}nach\s+(?:(?:dem|einer|den|jeder)\s+)?(?:essen|mahlzeit(?:en)?){_E}",
    # routes, read as [opposites] reads them: a swallow is by mouth where no "not" is said, a dose form
    # its route where no other is named beside it
    # not "beim Schlucken" (Schmerzen beim Schlucken, a side effect) nor verschlucken (by mistake)
    # "unzerkaut einnehmen" (take it unchewed): swallowed whole
    SWALLOWED: rf"{_W}(?:(?<!beim\s)(?<!zum\s)(?<!das\s)(?:hinunter|herunter)?schlucken|unzerkaut){_E}",
    UNDER_THE_TONGUE: rf"{_W}(?:unter\s+(?:die|der|ihre|ihrer)\s+zunge|sublingual(?:e[nmrs]?)?){_E}",
    VAGINAL: rf"{_W}(?:in\s+die\s+(?:scheide|vagina)|zur\s+vaginalen\s+anwendung|vaginal\s+(?:anwenden|einführen)){_E}",
    # inhalieren, einatmen (not Inhalt: the contents)
    # "Atmen Sie (tief) durch den Mund ein": the verb split around what is said of it
    INHALED: rf"{_W}(?:inhalier(?:en|t|te)|inhalation|einatmen|eingeatmet|atmen\s+sie(?:\s+{_L}+){{0,5}}?\s+ein){_E}",
    FOR_EXTERNAL_USE: (
        rf"{_W}(?:zur\s+äußerlichen\s+anwendung|äußerlich\s+(?:anwenden|anzuwenden|verwenden)"
        rf"|zur\s+anwendung\s+auf\s+der\s+haut){_E}"
    ),
    SUPPOSITORY: rf"{_W}(?:zäpfchens?|suppositori(?:um|en)){_E}",
    VAGINAL_DOSE_FORM: rf"{_W}vaginal(?:zäpfchen|tablette|tabletten|kapsel|kapseln|creme|gel)s?{_E}",
    # a spoon a dose is measured with; not "Löffel" alone, nor "Messlöffel" (a measuring spoon)
    TEASPOON: rf"{_W}(?:tee|kaffee)-?löffel(?:n|s|voll)?{_E}",
    TABLESPOON: rf"{_W}(?:e(?:ss|ß)|suppen)-?löffel(?:n|s|voll)?{_E}",
    DESSERT_SPOON: rf"{_W}dessert-?löffel(?:n|s|voll)?{_E}",
    PREGNANCY: rf"{_W}schwanger(?:schaft(?:en)?|e[nmrs]?)?{_E}",
    # not "die Blutung stillen" (to stop a bleeding): the nursing period, a nursing woman, "wenn Sie stillen"
    BREAST_FEEDING: rf"{_W}(?:stillzeit|stillende[nmrs]?|stillens|(?:sie|die)\s+stillen){_E}",
    # die ersten 3 Tage, in den letzten 3 Monaten, am ersten Tag, im letzten Schwangerschaftsdrittel:
    # an ordinal before a period (a number between at most), not "die erste Dosis", "die letzte Einnahme"
    FIRST_PART: rf"{_W}erste[nmrs]?\s+(?:{_L}+\s+)?{_PERIOD}|{_W}erste[nmrs]?\s+{_THIRD_OF_PREGNANCY}",
    LAST_PART: rf"{_W}(?:letzte|dritte)[nmrs]?\s+{_THIRD_OF_PREGNANCY}|{_W}letzte[nmrs]?\s+(?:{_L}+\s+)?{_PERIOD}",
    DIFFERENT_SITE: (
        rf"{_W}(?:wechseln\s+sie\s+(?:die\s+)?{_L}*stellen?|andere[nmrs]?\s+{_L}*stellen?|(?:injektions|einstich)?stellen?\s+wechseln"
        rf"|abwechselnd){_E}"
    ),
    SAME_SITE: rf"{_W}(?:dieselbe|derselben|(?:die|der)\s+(?:gleiche|gleichen|selbe|selben)|gleiche[nmrs]?)\s+{_L}*stellen?{_E}",
    # verlangsamen, langsamer, langsam, drosseln; beschleunigen, schneller; abbrechen, stoppen, unterbrechen; the
    # rate lowered or raised (die Infusionsgeschwindigkeit verringern, erhöhen)
    SLOWER: rf"{_W}(?:verlangsam\w*|langsam\w*|drossel\w*|gedrosselt"
    rf"|{_rate_changed('verringer|reduzier|senk|vermind', 'verringert|reduziert|gesenkt|herabgesetzt|vermindert')}){_E}",
    FASTER: rf"{_W}(?:beschleunig\w*|schneller\w*|{_rate_changed('erhöh|steiger', 'erhöht|gesteigert|heraufgesetzt')}){_E}",
    INFUSION_STOPPED: rf"{_W}(?:abbrechen|abzubrechen|abgebrochen|abbruch|unterbrechen|zu\s+unterbrechen"
    rf"|unterbrochen|unterbrechung|stoppen|zu\s+stoppen|gestoppt|stoppt|beenden|beendet){_E}",
    # dunkel, dunkler; hell, blass, entfärbt
    DARK: rf"{_W}dunk(?:el|l){_L}*{_E}",
    PALE: rf"{_W}(?:hell{_L}*|blass{_L}*|entfärbt{_L}*){_E}",
    # eine niedrigere (geringere, reduzierte) Dosis, die Dosis verringern; eine höhere Dosis, die Dosis erhöhen
    LOWER_DOSE: rf"{_W}(?:(?:niedriger|geringer|kleiner|reduziert|verringert|niedrig)e[nmrs]?\s+{_L}*dosi[sen]+"
    rf"|dosisreduktion|dosisverringerung|dosis\s+(?:{_L}+\s+){{0,2}}(?:verringer|reduzier|gesenkt|senk|herabgesetzt){_L}*){_E}",
    HIGHER_DOSE: rf"{_W}(?:(?:höher|größer|erhöht|stärker|hoh)e[nmrs]?\s+{_L}*dosi[sen]+"
    rf"|dosiserhöhung|dosissteigerung|dosis\s+(?:{_L}+\s+){{0,2}}(?:erhöh|steiger|gesteigert){_L}*){_E}",
    # die Außenseite des Oberschenkels, die Oberschenkelaußenseite, der äußere Oberschenkel, außen am
    # Oberarm; die Innenseite, innere, innen: only with the limb
    OUTER_SIDE: rf"{_W}(?:au(?:ß|ss)enseite\s+{_OF_A_LIMB}|{_LIMB}au(?:ß|ss)enseite{_L}*|äu(?:ß|ss)ere[nmrs]?\s+{_LIMB}{_L}*"
    rf"|au(?:ß|ss)en\s+(?:am|an\s+(?:ihrem|dem|einem))\s+{_LIMB}){_E}",
    INNER_SIDE: rf"{_W}(?:innenseite\s+{_OF_A_LIMB}|{_LIMB}innenseite{_L}*|innere[nmrs]?\s+{_LIMB}{_L}*"
    rf"|innen\s+(?:am|an\s+(?:ihrem|dem|einem))\s+{_LIMB}){_E}",
    # die Vorderseite des Oberschenkels, der vordere Oberschenkel; die Rückseite des Oberarms
    FRONT_SIDE: rf"{_W}(?:vorderseite\s+{_OF_A_LIMB}|{_LIMB}vorderseite{_L}*|vordere[nmrs]?\s+{_LIMB}{_L}*){_E}",
    BACK_SIDE: rf"{_W}(?:rückseite\s+{_OF_A_LIMB}|{_LIMB}rückseite{_L}*|hintere[nmrs]?\s+{_LIMB}{_L}*){_E}",
}


# [opposites]: where an injection goes, read only beside an injection named (spritzen, Injektion),
# also in a word of its own ("in den Oberschenkelmuskel", Bauchdecke).  Not "Bauchschmerzen" (pain),
# nor "arm an" (low in).
INJECTION_SITES = {
    UPPER_ARM: rf"{_W}(?:oberarm{_L}*|deltamuskel|arm(?:e|es|s)?(?!\s+an{_E})){_E}",
    THIGH: rf"{_W}oberschenkel{_L}*",
    ABDOMEN: rf"{_W}(?:bauch(?:decke|haut|bereich|raum|es|s)?|abdomen){_E}",
    BUTTOCK: rf"{_W}(?:gesäß{_L}*|hüften?){_E}",
    INJECTED: rf"{_W}(?:spritz{_L}*|injizier{_L}*|injektion{_L}*){_E}",
}


# An immune system, or the body's defences ([people]): "Immunsystem", "Immunabwehr", "Abwehrkräfte".
_IMMUNE = r"(?:immunsystem|immunabwehr|abwehrkräfte|abwehrsystem|immunität)"
# [people]: the groups of people an entry names, in the order they are read (pipeline/checks/people.py)
_PEOPLE_GROUPS = frozen(
    {
        "planning a pregnancy": r"schwanger\s+zu\s+werden|schwanger\s+werden\s+(?:möchten|möchte|wollen|will)"
        r"|Schwangerschaft\s+(?:planen|plant|geplant|anstreben)|\b(?:planen|plant)\s+(?:\w+\s+){0,2}?Schwangerschaft"
        r"|Kinderwunsch",
        "breastfeeding": r"\b(?:ge)?still(?:en|t|te|zeit|ende\w*|ung)\b|Muttermilch",
        "pregnant": r"schwanger\w*",
        "older people": r"\bältere[nr]?\s+(?:Menschen|Patient\w*|Personen|Erwachsene\w*|Männer|Frauen)|Senior\w*"
        r"|\b(?:über|ab|älter\s+als)\s+6\d\b",
        "children": r"\bKind\w*|Säugling\w*|\bBabys?\b|Jugendlich\w*|Neugeboren\w*|\bunter\s+\d+\s+Jahren"
        r"|\bjünger\s+als\s+\d+",
        "adults": r"Erwachsen\w*",
        # the patient's partner (die Partnerin, der Partner, die Ehefrau, der Lebensgefährte): read before women and men
        "partners": r"partner\w*|\behe(?:frau|mann|gatt\w*)\b|lebensgefährt\w*|\bfreundin\b",
        "women": r"\bFrau(?:en)?\b|\bMütter\b|\bMutter\b",
        "men": r"\bMänner\b|\bMann\b",
        "people with kidney problems": r"Niere\w*|\brenal\w*",
        "people with liver problems": r"Leber\w*",
        # ein geschwächtes Immunsystem (geschwächte Abwehrkräfte), immungeschwächt, Immunschwäche; ein
        # gesundes (normales, intaktes) Immunsystem, immunkompetent: not "nicht normal"
        "people with a weakened immune system": rf"{_W}(?:(?:geschwächt|schwach|beeinträchtigt|unterdrückt|gestört|vermindert"
        rf"|herabgesetzt)e[nmrs]?\s+{_IMMUNE}{_L}*|immunschwäche{_L}*|(?:immun|abwehr)(?:geschwächt|supprimiert){_L}*"
        rf"|{_IMMUNE}{_L}*\s+(?:(?!nicht{_E}|kein){_L}+\s+){{0,2}}(?:geschwächt|schwach|beeinträchtigt|unterdrückt)){_E}",
        "people with a healthy immune system": rf"{_W}(?:(?:gesund|normal|intakt|stark|funktionierend)e[nmrs]?\s+{_IMMUNE}{_L}*"
        rf"|immunkompetent{_L}*|{_IMMUNE}{_L}*\s+(?:(?!nicht{_E}|kein){_L}+\s+){{0,2}}(?:gesund|normal|intakt)){_E}",
    }
)


# [negation]: what may be done to a dose (kauen, zerkleinern, teilen, brechen, öffnen, auflösen),
# which a source may forbid; not unzerkaut (its "un" denies it), "Teilen Sie Ihrem Arzt mit"
# (tell), "brechen Sie … ab" (stop), "nach dem Öffnen" (once opened), Erbrechen (vomiting).
_HANDLING = {
    CHEWING: rf"{_W}(?:zer)?kau(?:en|t|e|st){_E}|{_W}(?:zer)?bei(?:ß|ss)(?:en|t|e){_E}",
    CRUSHING: rf"{_W}(?:zerkleiner|zerdrück|zersto(?:ß|ss)|zermahl|zerreib|mörser)\w*",
    SPLITTING: (
        rf"{_W}(?:zer|durch)?brech(?:en|t|e){_E}(?![^.;:!?,]*{_W}ab{_E})"
        rf"|{_W}(?:halbier|zerschneid|durchschneid|schneid|zerteil)\w*"
        rf"|{_W}teil(?:en|t|e){_E}(?![^.;:!?,]*{_W}mit{_E})"
    ),
    OPENING: rf"(?<!dem\s)(?<!beim\s){_W}öffne(?:n|t|st)?{_E}|{_W}aufmach\w*",
    DISSOLVING: rf"{_W}(?:auflös\w*|aufgelöst)",
}

# [negation]: using a medicine a source may forbid: stopping it (absetzen, abbrechen, beenden,
# aufhören), keeping it in the fridge (Kühlschrank, kühlen) or freezing it (einfrieren).
_USES = {
    STOPPING: rf"{_W}(?:absetz|abbrech|beend|aufhör|unterbrech)\w*",
    REFRIGERATING: rf"{_W}(?:Kühlschrank\w*|kühl(?:en|t){_E})",
    FREEZING: rf"{_W}(?:einfrier|einzufrier|eingefror|gefrier)\w*",
}


LANGUAGE = Language(
    people_groups=_PEOPLE_GROUPS,
    not_people=r"gebärfähig\w*|schwanger\s+werden\s+könn\w*",
    code="de",
    # cut in half: "Teilen Sie die Tablette in zwei Hälften"; a patch folded: "zur Hälfte
    # zusammenfalten", "in der Mitte falten" ([number-words])
    how_a_tablet_is_cut=(
        r"(?i:\bin (?:zwei|2) (?:Hälften|Teile|Stücke)\b)"
        r"|(?i:\b(?:zur Hälfte|in der Mitte)(?=\s+(?:zusammen)?(?:ge)?(?:falt|knick)))"
    ),
    english_name="German",
    day_times=frozen(DAY_TIMES),
    opposites=frozen(OPPOSITES),
    injection_sites=frozen(INJECTION_SITES),
    # stopped gradually (also "ausschleichen", tapered off) or suddenly, at once
    gradually=rf"{_W}(?:schrittweise|allmählich|langsam|stufenweise|nach\s+und\s+nach|ausschleich\w*|ausgeschlichen){_E}",
    suddenly=rf"{_W}(?:plötzlich|abrupt\w*|sofort|sofortig\w*|schlagartig|auf\s+einmal|unvermittelt){_E}",
    # taken until the patient feels better or the symptoms go (the course cut short)
    until_better=(
        rf"{_W}bis\s+(?:Sie\s+sich\s+(?:besser|wohler)\s+fühlen|es\s+Ihnen\s+besser\s+geht|zur\s+Besserung|"
        rf"(?:sich\s+)?(?:die|Ihre)\s+(?:Beschwerden|Symptome)\s+(?:sich\s+)?(?:bessern|abklingen|verschwinden|nachlassen)){_E}"
    ),
    # shaken gently or hard
    gently=rf"{_W}(?:vorsichtig|sanft|leicht|behutsam){_E}",
    forcefully=rf"{_W}(?:kräftig|stark|heftig|fest|energisch|kraftvoll){_E}",
    # [opposites] (empty_stomach.py): a word of fasting anywhere in a sentence
    fasting=rf"{_W}(?:nüchtern\w*|leere[nm]?\s+Magen){_E}",
    # [opposites]: fast- or slow-acting; weekdays or every day
    fast_acting=rf"{_W}(?:(?:schnell|rasch|kurz)[\s-]*(?:wirksam|wirkend|resorbierbar|verfügbar)\w*"
    rf"|schnell[\s-]*(?:aufgenommen|aufnehmbar)\w*|schnelle[nr]?\s+(?:Zucker|Kohlenhydrat\w*)){_E}",
    slow_acting=rf"{_W}(?:(?:langsam|lang)[\s-]*(?:wirksam|wirkend|resorbierbar|verfügbar)\w*"
    rf"|langsam[\s-]*(?:aufgenommen|aufnehmbar)\w*|langsame[nr]?\s+(?:Zucker|Kohlenhydrat\w*)){_E}",
    working_days=rf"{_W}(?:werktags|wochentags|an\s+(?:Werk|Wochen)tagen|(?:von\s+)?Montag\s+bis\s+Freitag|montags\s+bis\s+freitags"
    rf"|Mo\.?\s*[-–]\s*Fr\.?){_E}",
    every_day_of_the_week=rf"{_W}(?:jeden\s+Tag|täglich|tagtäglich|(?:7|sieben)\s+Tage\s+die\s+Woche){_E}",
    # durch die Kleidung (ohne sie auszuziehen); die Kleidung ausziehen, die Hose herunterziehen, auf die
    # nackte Haut
    through_clothing=rf"{_W}(?:durch\s+(?:(?:die|ihre)\s+)?(?:kleidung|hose|kleider)|über\s+der\s+kleidung"
    rf"|ohne\s+(?:(?:die|ihre)\s+)?(?:kleidung|hose)\s+auszuziehen|ohne\s+sich\s+auszuziehen){_E}",
    clothing_removed=rf"(?<!ohne\s)(?<!ohne\sdie\s)(?<!ohne\sihre\s){_W}(?:(?:kleidung|hose|kleider)\s+(?:{_L}+\s+){{0,2}}"
    rf"(?:aus|ab|herunter|runter)(?:zu)?zieh{_L}*|zieh{_L}*\s+sie\s+(?:{_L}+\s+){{0,5}}(?:kleidung|hose|kleider)\s+"
    rf"(?:aus|ab|herunter|runter)|nackte{_L}*\s+haut|entkleid{_L}*){_E}",
    # stopped for a while or for good
    temporarily=rf"{_W}(?:vorübergehend\w*|zeitweise|kurzzeitig|pausier\w*|unterbrech\w*|unterbrochen|Pause){_E}",
    permanently=rf"{_W}(?:endgültig\w*|dauerhaft\w*|für\s+immer|auf\s+Dauer){_E}",
    dark_colour=OPPOSITES[DARK],
    pale_colour=OPPOSITES[PALE],
    urine=rf"{_W}(?:Urin{_L}*|Harns?){_E}",
    stools=rf"{_W}Stuhl{_L}*{_E}",
    colour_ends=rf"{_W}(?:oder|und|aber){_E}",
    # "aus dem Kühlschrank nehmen", "außerhalb des Kühlschranks"
    out_of_storage=(rf"{_W}(?:aus\s+dem|außerhalb\s+des)\s+(?:kühlschrank|gefrierschrank|gefrierfach)\w*"),
    # unzerkaut (unchewed): swallowed whole, but said beside a "take" (unzerkaut einnehmen) as often as
    # beside a swallow: not a swallow said outright ([opposites])
    loose_route_words=r"unzerkaut",
    and_joints=rf"{_W}(?:und|dann|danach){_E}",
    whole_and_part=r"\s+und\s+(?:ein\s+)?",  # 1 and 1/4: a whole and the fraction added to it
    meal_words=rf"{_W}(?:mahlzeit(?:en)?|essen){_E}",  # a meal, none of the day's named
    body_weight_words=("gewicht", "wiegt", "wiegen"),  # and Körpergewicht: read inside a word ([limits])
    unit_words=frozen(
        {
            "Prozent": "percent",
            "Stunden": "hour",
            "Stunde": "hour",
            "Std.": "hour",
            "Minuten": "minute",
            "Minute": "minute",
            "Min.": "minute",
            "Tagen": "day",
            "Tage": "day",
            "Tag": "day",
            "Wochen": "week",
            "Woche": "week",
            "Monaten": "month",
            "Monate": "month",
            "Monat": "month",
            "Jahren": "year",
            "Jahre": "year",
            "Jahr": "year",
            # an age said as an adjective after its number: ein 2-jähriges Kind, 6-monatige Säuglinge
            **dict.fromkeys(("jährig", "jährige", "jährigen", "jähriger", "jähriges"), "year"),
            **dict.fromkeys(("monatig", "monatige", "monatigen", "monatiger", "monatiges"), "month"),
            # a length said as an adjective the same way: ein 28-tägiger Zyklus, eine 2-stündige Infusion
            **dict.fromkeys(("tägig", "tägige", "tägigen", "tägiger", "tägiges"), "day"),
            **dict.fromkeys(("wöchig", "wöchige", "wöchigen", "wöchiger", "wöchiges"), "week"),
            **dict.fromkeys(("stündig", "stündige", "stündigen", "stündiger", "stündiges"), "hour"),
            **dict.fromkeys(("minütig", "minütige", "minütigen", "minütiger", "minütiges"), "minute"),
            # Doses in words ("500 Milligramm", "4 Gramm"): German writes the plural as the singular.
            "Mikrogramm": "ug",
            "Milligramm": "mg",
            "Gramm": "g",
            "Kilogramm": "kg",
            "Kilo": "kg",
            "Milliliter": "ml",
            "Liter": "l",
            "Internationale Einheiten": "iu",
            "I.E.": "iu",
            "IE": "iu",
            "Einheiten": "iu",
            "Grad Celsius": "celsius",
        }
    ),
    scale_words=frozen(
        {"Tausend": 10**3, "Million": 10**6, "Millionen": 10**6, "Mio.": 10**6, "Milliarde": 10**9, "Milliarden": 10**9}
    ),
    scale_needs_space=True,
    # minus 20 °C, 20 Grad unter null, 20 °C unter dem Gefrierpunkt
    below_zero_before=r"(?<![\w-])(?<!plus/)(?<!plus\s)(?<![Pp]lus-)minus",  # not plus/minus (±)
    below_zero_after=r"(?:\s?(?:°\s?[CF]|℃|Grad(?:\s+(?:Celsius|Fahrenheit))?))?\s+unter\s+(?:null|dem\s+Gefrierpunkt)\b",
    interval_before=rf"{_W}(?<!für\s)alle\s+$",  # alle 4 Stunden; not für alle 5 Tage (for all 5 days)
    duration_before=rf"{_W}für\s+$",  # für 5 Tage
    duration_after=rf"\s+lang(?!{_L})",  # 5 Tage lang
    every_other=frozen(
        {
            "day": r"\bjeden\s+(?:zweiten|2\.)\s*Tag\b|\balle\s+(?:zwei|2)\s+Tage\b",
            "week": r"\bjede\s+(?:zweite|2\.)\s*Woche\b|\balle\s+(?:zwei|2)\s+Wochen\b|\balle\s+(?:vierzehn|14)\s+Tage\b"
            r"|\b(?:zwei|2-?)wöchentlich\b|\b(?:vierzehn|14-)täg(?:ig|lich)\w*",
            "month": r"\bjeden\s+(?:zweiten|2\.)\s*Monat\b|\balle\s+(?:zwei|2)\s+Monate\b|\b(?:zwei|2-?)monatlich\b",
        }
    ),
    # jeden dritten Tag, jede 3. Woche; not jeden einzelnen Tag (every single day: no number)
    every_nth=frozen(
        {
            "day": r"\bjeden\s+(?P<n>\w+|\d+\.)\s*Tag\b",
            "week": r"\bjede\s+(?P<n>\w+|\d+\.)\s*Woche\b",
            "month": r"\bjeden\s+(?P<n>\w+|\d+\.)\s*Monat\b",
        }
    ),
    # Montag, montags, am Mittwoch ([units], alternate.py)
    weekdays=rf"{_W}(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)s?{_E}",
    # days 1, 8 and 15; days 1 to 15 ([units], day_lists.py)
    day_list=(
        r"\bTag(?:en?)?\s+#(?:\s*(?:,|und)\s*(?:(?:am|an)\s+)?(?:Tag\s+)?#)+|\b(?:am"
        r"|an\s+den)\s+#\.?(?:\s*(?:,|und)\s*#\.?)+\s*Tag"
    ),
    day_range=(
        r"\bvom\s+(?:Tag\s+)?#\.?\s*(?:Tag\s+)?bis\s+(?:zum\s+)?(?:Tag\s+)?#"
        r"|\b(?:von\s+)?Tag(?:en?)?\s+#\s*(?:[-–—]|bis(?:\s+(?:zum\s+)?(?:Tag\s+)?)?)\s*#"
        r"|\bzwischen\s+(?:dem\s+"
        r"|den\s+)?(?:Tag(?:en)?\s+)?#\.?\s*(?:Tag\s+)?und\s+(?:dem\s+)?(?:Tag\s+)?#"
    ),
    # reduce it by 5 mg; reduce it to 5 mg ([units], dose_changes.py)
    change_by_before=r"\bum\s+$",
    change_to_before=r"\bauf\s+$",
    # 40 mg pro Einnahme, die Höchstdosis pro Einnahme beträgt 40 mg ([units] rule 4)
    # 20 mg pro kg Körpergewicht pro Einzelgabe, 40 mg als Einzelgabe
    per_dose_words=(
        rf"{_W}(?:pro|je)\s+(?:Einnahme|Dosis|Gabe|Anwendung|Einzelgabe|Einzeldosis){_E}",
        rf"{_W}als\s+Einzel(?:dosis|gabe){_E}",
    ),
    per_words=frozen(
        {
            "day": (
                "pro Tag",
                "am Tag",
                "je Tag",
                "jeden Tag",
                "täglich",
                "tägl.",
                "tägliche",
                "täglichen",
                "pro 24 Stunden",
                "in 24 Stunden",
                "innerhalb von 24 Stunden",
                "binnen 24 Stunden",
                # per kg and day: "20 mg pro kg Körpergewicht und Tag", "20 mg/kg KG und Tag"
                "und Tag",
                # a daily dose in one word: "Die Tagesdosis darf 4 g nicht überschreiten"
                "Tagesdosis",
                "Tagesdosen",
                "Tageshöchstdosis",
                "Tagesgesamtdosis",
                "Tagesmenge",
                "Tageshöchstmenge",
            ),
            "week": ("pro Woche", "in der Woche", "je Woche", "jede Woche", "wöchentlich", "wöchentliche"),
            # per kg and hour: "2 ml pro kg und Stunde"
            "hour": ("pro Stunde", "je Stunde", "jede Stunde", "stündlich", "und Stunde"),
            "minute": ("pro Minute", "je Minute", "jede Minute", "minütlich", "minütliche", "minütlichen"),
            "month": ("pro Monat", "im Monat", "je Monat", "jeden Monat", "monatlich", "monatliche"),
            # after the dose: "1 g pro Kilogramm Körpergewicht", "0,4 g/kg"
            "kg": ("pro Kilogramm", "pro kg", "je Kilogramm", "je kg", "pro Kilo"),
            # a level: "4 mmol pro Liter" (4 mmol/L)
            "l": ("pro Liter", "je Liter", "pro l", "je l"),
            "dl": ("pro Deziliter", "je Deziliter", "pro dl", "je dl"),
            "ml": ("pro ml", "je ml", "pro Milliliter", "je Milliliter"),
        }
    ),
    # "am Tag der Infusion", "am Tag davor" (on the day of, the day before): no rate;
    # "in der Woche danach" (in the week after).
    per_word_exclusions=frozen(
        {
            "am Tag": (" der", " des", " vor", " nach", " danach", " davor", " zuvor", " Ihrer", " Ihres", " eins"),
            "in der Woche": (" danach", " davor", " zuvor", " vor", " nach"),
        }
    ),
    range_words=("bis", "und"),
    # in den Monaten 0, 1 und 6
    periods_before_a_list=r"\b(?:(?P<month>Monaten|Monate|Monat)|(?P<week>Wochen|Woche)|(?P<day>Tagen|Tage|Tag))",
    alternative_words=("oder", "bis"),
    # "morgens, mittags und abends je eine Tablette" (one each morning, midday and evening): je or
    # jeweils right before the number says it for each time of day named ([number-words])
    each_before=rf"{_W}(?:je|jeweils)\s+",
    total_words=("insgesamt", "gesamt", "Gesamtdosis", "zusammen"),
    rate_words=r"geschwindigkeit|\b(?:infusions|tropf|lauf)?rate\b|\btempo\b",
    dose_words=r"dosis\b|\bdosen\b|dosierung",
    unchanged_rate=r"\b(?:unverändert|gleich|dieselb|derselb|demselb|selb)\w*\s+"
    r"(?:\w*geschwindigkeit|(?:infusions|tropf|lauf)?rate\b|tempo\b)"
    r"|(?:geschwindigkeit|\brate|\btempo)\s+(?:\w+\s+){0,2}(?:unverändert|gleich)\w*",
    next_dose_soon=r"\bfast\s+(?:schon\s+)?(?:an\s+der\s+)?Zeit\b|\bbald\s+(?:Zeit|fällig|an\s+der\s+Reihe)\b"
    r"|\bkurz\s+vor\s+(?:der|dem|Ihrer|Ihrem)\s+(?:nächsten|folgenden)\b",
    next_dose_far=r"\bnoch\s+(?:sehr\s+)?lange\b|\bnoch\s+viel\s+Zeit\b",
    until_said=r"\bbis\s+(?:sich|die|der|das|Ihre?|es|er|sie|Sie)\b",
    # Sentences: the shorthand of titles and of German prose whose period ends none ("Tel. 112",
    # "Nr. 5", "ggf. die", "max. 4 g"), and never one that often ends a sentence ("usw.", "etc.").
    abbreviations=ABBREVIATIONS_WRITTEN_ALIKE
    | frozenset({"nr", "tel", "max", "mind", "tägl", "gem", "lt", "zzgl", "bspw", "allg", "std", "abs", "str"}),
    # --- meaning: [negation], [limits], [comparison], [urgency], [number-words], [emergency] ---
    part_of_dose=r"einer\s+",
    dose_forms=tuple(
        rf"(?i:{form}){_E}"
        for form in (
            r"(?:film|brause|lutsch|schmelz|kau)?tabletten?",
            "kapseln?",
            "dragees?",
            "tropfen",
            "beutel",
            "sprühstöße",
            "sprühstoß",
            "hübe",
            "hub",
            "pflaster",
            "ampullen?",
            "dosen",
            "dosis",
            "inhalationen",
            "inhalation",
            "(?:ess|tee|mess)löffel",
            "zäpfchen",
            "durchstechflaschen?",
            "fertigspritzen?",
            "pens?",
        )
    ),
    negation=_ALL,
    # [negation] an order to stop: setzen / brechen Sie … ab, hören Sie … auf, beenden / unterbrechen / stoppen Sie
    stop_orders=rf"{_W}(?:(?:setzen|brechen)\s+Sie\s+(?:{_L}+\s+){{0,4}}?ab|hören\s+Sie\s+(?:{_L}+\s+){{0,4}}?auf"
    rf"|(?:beenden|unterbrechen|stoppen|pausieren)\s+Sie){_E}",
    strong_negation=_STRONG,
    not_negation=_NOT_NEGATION,
    negated_participle=_NEGATED_PARTICIPLE,
    negated_chewing=_NEGATED_CHEWING,
    negated_stop=_NEGATED_STOP,
    without=rf"{_W}ohne{_E}",
    handling=frozen(_HANDLING),
    uses=frozen(_USES),
    every_day=rf"{_W}(?:täglich|jeden\s+Tag|tagtäglich){_E}",
    any_day=rf"{_W}keinen\s+(?:einzigen\s+)?Tag{_E}",
    # [list-items]: oder, und, sowie, bzw., noch (weder … noch)
    item_joins=rf"/|{_W}(?:oder|und|sowie|bzw|noch){_E}",
    # [negation] "unless" said as "if": wenn, falls, sofern; "only": nur, erst (erst wenn: not
    # before), ausschließlich
    plain_if=rf"{_W}(?:wenn|falls|sofern){_E}",
    only_if=rf"{_W}(?:nur|erst|lediglich|ausschlie(?:ß|ss)lich){_E}",
    unconditional=rf"{_W}(?:immer|stets|jedes\s*[Mm]al|in\s+jedem\s+Fall|auf\s+jeden\s+Fall|grundsätzlich|unbedingt"
    rf"|ausnahmslos){_E}",
    # [negation] one of two said as both: gleichzeitig, zusammen (not zusammen mit, with), beide,
    # beides, sowohl (not in beiden Fällen)
    both=rf"{_W}(?:gleichzeitig|zusammen(?!\s+mit{_E})|beides|sowohl|beide[n]?(?!\s+Fällen)){_E}",
    # ... and the choice kept: oder, entweder, nur, eines davon (not "ein", a separable prefix)
    choice=rf"{_W}(?:oder|entweder|nur|(?:eines|eins|einen|eine)\s+(?:der|von|davon)){_E}",
    # [negation] conditions joined by "or" said as joined by "and" (alternatives.py)
    condition_and=rf"{_W}(?:und|sowie){_E}",
    condition_or=rf"{_W}oder{_E}",  # not noch: "und noch stillen" (still), and weder … noch is a negation
    # [negation] a prohibition softened (softened.py)
    softened=rf"{_W}(?:reduzier\w*|verringer\w*|einschränk\w*|schränken|begrenz\w*|weniger|in\s+Maßen|mäßig){_E}",
    if_possible=rf"{_W}(?:möglichst|wenn\s+möglich|nach\s+Möglichkeit|soweit\s+möglich|wenn\s+es\s+geht){_E}",
    excess=rf"{_W}(?:übermäßig\w*|zu\s+viel\w*|große(?:n|r)?\s+Mengen|exzessiv\w*){_E}",
    # "Vermeiden Sie ein Absetzen", "Es ist verboten abzusetzen": keep on ([comparison]); not read across
    # a comma ("Es ist verboten, die Einnahme abzubrechen")
    prohibits=rf"{_W}(?:verboten|untersagt|(?:ver)?meid\w*){_E}",
    # [negation] a "not" of a state (nicht geöffnet: unopened; ungeöffnet has none), no prohibition
    negated_state=rf"{_W}nicht\s+(?:geöffnet|angebrochen|verwendet|benutzt|verdünnt)\w*",
    # auslassen, überspringen, weglassen, and "lassen Sie die vergessene Dosis aus/weg"
    skip_words=(
        rf"{_W}(?:auslassen|auszulassen|ausgelassen|überspring\w*|übersprungen|weglassen|wegzulassen){_E}"
        rf"|{_W}lassen\s+Sie\s+[^.;!?]*?{_W}(?:aus|weg){_E}"
    ),
    taken_now=rf"{_W}(?:sobald\s+Sie\s+(?:sich\s+)?(?:daran\s+)?(?:denken|erinnern)|sofort|umgehend|unverzüglich){_E}",
    # Not "bis" (also "up to": bis zu 4 g is a limit).
    clause_joints=rf"{_W}(?:wenn|falls|sofern|sobald|solange){_E}",
    day_halves=(
        rf"(?:Uhr\s+)?(?:morgens|vormittags|früh|in\s+der\s+Früh|am\s+Morgen|am\s+Vormittag){_E}",
        rf"(?:Uhr\s+)?(?:nachmittags|abends|am\s+Nachmittag|am\s+Abend){_E}",
    ),
    clock_hour=rf"\s?Uhr{_E}",  # 8 Uhr, 8.00 Uhr
    # um 20.30 ein, um 20.30 einnehmen, um 20.30 und …: at a time; not um 2.50 mg (by 2.5 mg)
    clock_time_with_a_point=(
        rf"(?<={_W}um\s)\d{{1,2}}\.\d\d(?=\s*(?:[.,;!?)]|$)|\s+(?:ein\w*|und|oder|bis|abends|morgens|nachts|"
        rf"anwenden|geben|nehmen|spritzen|injizieren){_E})"
    ),
    # morgens, am Abend, Abendessen, nachts, früh (8 Uhr abends is also a day half's word)
    parts_of_day=rf"{_W}(?:morgen|vormittag|früh|mittag|nachmittag|abend|nacht|schlafengehen)",
    # the first part of a word that goes on (Abenddosis, abendliche Dosis, Morgentablette), not
    # the adverb (abends, nachts) nor the noun alone (am Abend)
    parts_of_day_of_a_noun=rf"{_W}(?:morgen|vormittag|früh|mittag|nachmittag|abend|nacht)(?!s{_E}){_L}",
    one_negation_for_two=rf"{_W}(?:oder|weder){_E}",  # nicht absetzen oder auslassen: one "nicht" for both
    # nach der Einnahme, vor der Anwendung, nachdem Sie es eingenommen haben ([comparison]): this
    # medicine's taking only, said alone or of it; not "nach der Einnahme von Antazida" nor
    # "nachdem Sie Antazida eingenommen haben", another's taking, whose time is the source's way
    from_the_taking=(
        rf"{_W}(?:(?:vor|nach)\s+(?:der|Ihrer|jeder)\s+(?:Einnahme|Anwendung|Injektion|Gabe|Dosis){_E}"
        rf"(?!\s+(?:von|vom|eines|einer|anderer|des|der)\s+(?!(?:Arzneimittels|Medikaments|Tablette|Tabletten|Kapsel|Kapseln){_E}))"
        rf"|nachdem\s+Sie\s+(?:es|sie|(?:dieses|das)\s+(?:Arzneimittel|Medikament))"
        rf"\s+(?:eingenommen|angewendet|gespritzt|injiziert){_E})"
    ),
    eating=rf"{_W}(?:(?:mittag|abend)?essen|mahlzeit(?:en)?|frühstück\w*){_E}",
    # [comparison] (event_times.py): what a before, an after or a while is said of
    events=(
        rf"{_W}(?:(?P<midnight>mitternacht)"
        r"|(?P<procedure>operation(?:en)?|op|eingriff(?:s|es|e)?|untersuchung(?:en)?|narkose|endoskopie"
        r"|darmspiegelung|magenspiegelung|biopsie)"
        rf"|(?P<taking>einnahme|einnehmen|anwendung|anwenden|behandlung|therapie|gebrauch|verwendung|verwenden)){_E}"
    ),
    during_words=rf"{_W}(?:während|solange|im\s+(?:verlauf|laufe)){_E}",
    # [comparison] (until_from.py): until, from (ab Mitternacht, von … an; not the ab of "setzen Sie … ab",
    # which ends its clause)
    until_a_time=rf"{_W}bis{_E}",
    from_a_time=rf"{_W}ab(?=\s+[\w\d])|{_W}von\s+(?:\S+\s+){{0,5}}?an(?=\s*[.,;:!?]|\s*$)",
    directions=frozen(_DIRECTIONS),
    keep_taking=_KEEP_TAKING,
    not_direction=_NOT_DIRECTION,
    urgency=_URGENCY,
    deferral=_DEFERRAL,
    not_deferral=_NOT_DEFERRAL,
    as_soon_as_possible=_AS_SOON_AS_POSSIBLE,
    double_dose=_DOUBLE_DOSE,
    as_needed=_AS_NEEDED,
    or_both=rf"{_W}oder\s+(?:auch\s+)?(?:beides|beide|beiden|beide\s+zusammen){_E}",
    in_addition=rf"{_W}(?:zusätzlich|außerdem|und\s+auch|sowie){_E}",
    fixed_schedule=rf"mal\s+(?:täglich|wöchentlich|am\s+Tag|pro\s+Tag|pro\s+Woche|in\s+der\s+Woche){_E}"
    rf"|{_W}alle\s+\S+\s+(?:(?:bis|oder)\s+\S+\s+)?(?:Stunden|Tage|Wochen){_E}",
    # a condition no word of "if" says: bei, sobald, im Fall(e); a sentence or clause its verb opens
    # ("Ist das Fieber nach 6 Stunden nicht gesunken, geben Sie …")
    other_conditions=rf"{_W}(?:bei|beim|sobald|im\s+Falle?|solange|vorausgesetzt){_E}"
    rf"|(?:^|(?<=[.!?:;]\s))(?:Ist|Sind|Hat|Haben|Sollte|Sollten|Bleibt|Bleiben|Sinkt|Tritt|Treten|Besteht|Bestehen"
    rf"|Kommt|Kommen|Geht|Steigt|Liegt|Wird|Werden){_E}",
    # eine Viertelstunde (15 minutes), eine halbe Stunde (30 minutes), eine Dreiviertelstunde
    number_words=frozen(
        {
            "Viertelstunde": (("15", "minute"),),
            "halbe Stunde": (("30", "minute"),),
            "Dreiviertelstunde": (("45", "minute"),),
            # a quarter of a year (3 months) and a half-year said by one word, as the part of a year it is
            # (as Korean 반년): vierteljährlich, einmal pro Quartal, "the last 3 months of pregnancy" as im
            # letzten Schwangerschaftsdrittel; not its dative plural (in den letzten beiden
            # Schwangerschaftsdritteln: 6 months)
            "Quartal": (("1/4", "year"),),
            "Quartals": (("1/4", "year"),),
            "Vierteljahr": (("1/4", "year"),),
            "vierteljährlich": (("1/4", "year"),),
            "vierteljährliche": (("1/4", "year"),),
            "vierteljährlichen": (("1/4", "year"),),
            "vierteljährlicher": (("1/4", "year"),),
            "Schwangerschaftsdrittel": (("1/4", "year"),),
            "Schwangerschaftsdrittels": (("1/4", "year"),),
            "Halbjahr": (("1/2", "year"),),
            "halbjährlich": (("1/2", "year"),),
            "halbjährliche": (("1/2", "year"),),
            "halbjährlichen": (("1/2", "year"),),
            "halbjährlicher": (("1/2", "year"),),
        }
    ),
    group_limits=frozenset(phrase.lower() for phrase in _GROUP_LIMITS),
    # "Fahren Sie nicht für mehr als 24 Stunden": at most 24 hours of driving ([limits])
    more_than_phrases=frozenset({"mehr als", "länger als", "über"}),
    # "dreimal oder öfter", "mindestens dreimal": 3 taken in, not "mehr als" ([limits], [numbers]: count_bounds.py)
    inclusive_least_phrases=frozenset(
        {
            "oder mehr",
            "und mehr",
            "oder öfter",
            "oder häufiger",
            "mindestens",
            "wenigstens",
            "zumindest",
            "nicht weniger als",
        }
    ),
    most_phrases=frozenset({"höchstens", "maximal", "max.", "bis maximal", "bis höchstens"}),
    request_words=("bitte",),
    elapsed_limits=frozenset(_ELAPSED),
    # "bevor 12 Stunden vergangen sind": within, before a time only
    limits_before_a_time=frozen({"bevor": AT_MOST, **{phrase: AT_LEAST for phrase in _ELAPSED}}),
    limits_before=frozen(_LIMITS_BEFORE),
    limits_after=frozen(_LIMITS_AFTER),
    limit_subject=_LIMIT_SUBJECT,
    limit_prohibited=_LIMIT_PROHIBITED,
    limit_forbidden=_LIMIT_FORBIDDEN,
    more_allowed=_MORE_ALLOWED,
    permission=_PERMISSION,
    not_required=_NOT_REQUIRED,
    obligation=_OBLIGATION,
    advice=_ADVICE,
    not_recommended=rf"{_W}(?:nicht\s+(?:zu\s+)?empfohlen|nicht\s+zu\s+empfehlen|nicht\s+ratsam|abgeraten"
    rf"|(?:besser|lieber)\s+nicht){_E}",
    numerals=numerals,
    # "ein oder beide Augen", "in einem oder beiden Ohren": a choice of sides, no count of 1 or 2
    one_or_both=r"\b(?:ein|eine|einem|einen|einer)\s+(?:(?:Auge|Ohr|Nasenloch)\s+)?oder\s+(?:beide|beiden)\b",
    # "die zweifache Menge", "eine doppelte Dosis", "eine Doppeldosis": twice an amount, no number
    twice_an_amount=r"\b(?:doppelte|zweifache)[nrs]?\s+(?:Menge|Dosis)\b|\bDoppeldosis\b",
    ordinals=ordinals,
    one_in_each_before=r"\bjede[rsnm]?\s+$",  # "jeder vierte Patient" (1 in 4), "bei jedem zehnten"
    emergency_words=(
        "Notfall",
        "Notfällen",
        "Notruf",
        "Notarzt",
        "Rettungsdienst",
        "Rettungswagen",
        "Notaufnahme",
        "Krankenwagen",
    ),
    call_before=(
        "rufen Sie die",
        "rufen Sie sofort die",
        "rufen Sie umgehend die",
        "rufen Sie",
        "wählen Sie die",
        "wählen Sie sofort die",
        "wählen Sie",
        "unter der Nummer",
        "unter der Rufnummer",
        "anrufen unter",
        "Anruf unter",
    ),
    extension_words=("Durchwahl", "Nebenstelle", "Apparat", "App"),
    menu_before=("drücken Sie die", "drücken Sie", "Taste", "wählen Sie die"),
    text_words=("SMS", "Textnachricht", "Kurznachricht"),
    ignore_case=True,
)
