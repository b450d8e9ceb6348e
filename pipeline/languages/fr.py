"""French: Latin script (judged by the identical-text rules only), unit words,
"million", ranges "de 3 à 5 jours".

Also its negations ("ne ... pas", with "ne ... que" = only and "non
stéroïdien" left out), limits ("pas plus de", "au moins"), numbers in words
("soixante-dix", "quatre-vingt-dix", "vingt et un") and calls ("appelez le
15"), for the meaning checks.
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
    and_a_half,
    frozen,
    parts_of_a_whole,
    past_the_hour,
    word_values,
)
from pipeline.literals import lowered

_W = r"(?<![\w-])"  # a word start (a hyphen joins words: "avant-bras", "après-midi", "non-stéroïdien")
_E = r"(?![\w-])"
# The medicine the leaflet is of, or its dose, as its taking names it (avoir pris le médicament,
# la prise de ce médicament): not another's (avoir pris des antiacides)
_THIS_MEDICINE = (
    r"(?:(?:ce|cette|ces|le|la|les|votre|vos)\s+)?"
    r"(?:médicament|traitement|dose|comprimés?|gélules?)(?![\w-])"
)
# Where an instruction's clause starts: its infinitive there is the instruction (opposites: swallow)
_AT_A_CLAUSE_START = r"(?:^|(?<=\n)|(?<=[.;:!?]\s)|(?<=,\s)|(?<=\bet\s)|(?<=\bpuis\s))"
_A = "['’]"  # the apostrophe, typed or typographic: n'est, n’est
# After "à l'heure", what makes it a time of day or "on time", not "per hour" (à l'heure du coucher).
_NOT_PER_HOUR = (
    rf"\s*(?:d{_A}|qu{_A}|(?:du|de|des|où|que|à|au|aux|pour|habituelle|prévue|prescrite|indiquée|convenue"
    r"|fixée|exacte|précise|actuelle|même|dite|juste)(?![\w]))"
)
_NUMBER_AHEAD = r"(?=\s*(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente)\b)"

# Negation.  "ne"/"n'" with its second word in one match ("ne le prenez pas", "n'oubliez
# jamais", "ne pas écraser"): one negation, counted once.  Not "ne ... que" (only: "ne prenez
# que 2 comprimés") nor the "ne" of "avant qu'il ne soit trop tard", which have no second word.
# "plus" denies only after a "ne" ("ne prenez plus"); alone it is "more".  Not "personne" nor
# "point", which after a "ne ... que" are "a person" and "a point" more often than "nobody".
_NE = rf"{_W}n(?:e\s+|{_A}\s*)(?:[^\s.,;:!?()]+\s+){{0,4}}?(?:pas|plus|jamais|rien|aucun|aucune|guère|nullement){_E}"
# The second words alone ("pas de sucre", "jamais plus de 4 g", "aucun effet"); not "pas à pas"
# (step by step), "un pas" (a step), "si jamais" (if ever), "à jamais", "plus que jamais".
_ALONE = (
    rf"{_W}(?<!\bun\s)(?<!\ble\s)(?<!\bà\s)pas(?!\s+à\s+pas){_E}"
    rf"|{_W}(?<!\bsi\s)(?<!\bà\s)(?<!\bque\s)jamais{_E}"
    rf"|{_W}(?:aucun|aucune|rien|ni|nulle\s+part){_E}"
)
# Written French drops the "pas" after pouvoir, savoir, oser and cesser: "ne peut être lu" (cannot be
# read), "je ne sais", "n'ose".
_NE_ALONE = (
    rf"{_W}n(?:e\s+|{_A}\s*)(?:(?:le|la|les|l{_A}|en|y|se|s{_A}|me|m{_A}|te|t{_A}|vous|nous|lui|leur)\s*)*"
    rf"(?:peu[tx]|peuvent|pourr\w*|pouvai\w*|sai[st]|savent|saur\w*|os\w*){_E}"
)
_STRONG = f"{_NE}|{_NE_ALONE}|{_ALONE}"
# ... and "sans" (without), "impossible" and "introuvable" ("cannot", "cannot be found"), "non"
# (not "non-stéroïdien" nor "non stéroïdien", nor "non seulement": not only), and the verbs that
# forbid without a "ne": évitez (avoid), abstenez-vous (refrain), interdit (forbidden); not
# "arrêtez" (stop: "do not stop" as "arrêtez" is the very error to find).
_NON = r"non(?!\s*-?\s*st[ée]ro[ïi]d)(?!\s+seulement)"
_ALL = (
    _STRONG
    # contre-indiqué (must not be used: "est contre-indiqué chez l'enfant de moins de 2 ans")
    # absence (the lack: "En l'absence d'amélioration" for "If there is no improvement"), as sans
    + rf"|{_W}(?:sans|absence|impossibles?|incapables?|introuvables?|{_NON}|évit\w*|abstenez(?:-vous)?|abstenir|interdit\w*"
    + rf"|contre-indiqu[ée]e?s?){_E}"
)
# What looks like a negation and is not: "pas plus de 4 g" (no more than: a limit, [limits]),
# "non seulement" (not only), "que ... ou non" (whether or not), "ne ... pas que" (not only).
_NOT_NEGATION = (
    rf"{_W}(?:n(?:e\s+|{_A}\s*)(?:[^\s.,;:!?()]+\s+){{0,4}}?)?(?:pas|jamais)\s+(?:plus|moins)\s+(?:de|d{_A}|que)"
    rf"{_NUMBER_AHEAD}"
    rf"|{_W}non\s+seulement{_E}|{_W}ou\s+(?:non|pas){_E}|{_W}pas\s+(?:seulement|uniquement){_E}"
)

# A "not" of what would break a dose: "ne la croquez pas", "ne pas croquer ni écraser", "ne doit pas
# être mâché", "n'ouvrez pas la gélule" (swallow it whole).
_BREAKING = r"(?:croqu|mâch|mach|écras|ecras|cass|ouvr|coup|divis|suc)\w*"
_NEGATED_CHEWING = (
    rf"{_W}n(?:e\s+|{_A}\s*)(?:(?:les?|la|l{_A}|pas|jamais|doi\w*|faut|être)\s*)*{_BREAKING}(?:\s+(?:pas|jamais))?"
    rf"(?:\s*,?\s*(?:ni|ou)\s+(?:(?:les?|la|l{_A})\s*)?{_BREAKING})*"
)

# Directions ([comparison]): plus / moins, supérieur / inférieur, augmenter / diminuer, hausse /
# baisse; avant / après.  "Plus" before a word of low (plus bas, plus faible, plus court) says
# lower; "plus tôt" and "plus tard" are earlier and later.
_LOW = r"(?:bas|basse|basses|faibles?|courte?s?|petite?s?|lente?s?|rares?)"
# A time said as passed, an at least ([limits]: "après 12 heures" for "within 12 hours" turns it round)
_ELAPSED = ("après", "au bout de")

_DIRECTIONS = {
    MORE_LESS: (
        rf"{_W}(?:plus(?!\s+(?:{_LOW}|tôt|tard){_E})|davantage|supérieure?s?|augment\w*|hausse|accru\w*|accroî\w*){_E}",
        rf"{_W}(?:moins|moindres?|plus\s+{_LOW}|inférieure?s?|diminu\w*|rédui\w*|réduct\w*|baisse\w*|abaiss\w*){_E}",
    ),
    BEFORE_AFTER: (
        rf"{_W}(?:avant|auparavant|préalable\w*|plus\s+tôt|à\s+l{_A}avance|d{_A}avance|précédant|(?:qui\s+)?précèd(?:e|ent)){_E}",
        rf"{_W}(?:(?<!d{_A})après|plus\s+tard|ultérieure\w*|suivant\s+(?:la|le|les|l{_A})|qui\s+suiv(?:e|en)t|par\s+la\s+suite){_E}",
    ),
    STOP_CONTINUE: (
        rf"{_W}(?:arrêt\w*|cess\w*|interromp\w*|interruption|suspend\w*){_E}",
        rf"{_W}(?:continu(?:e|ez|er|ent|ons|ant)|poursuiv\w*|poursuite){_E}",
    ),
    # A condition kept (sauf si, sauf avis contraire, à moins que) or ignored (même si, quand bien même).
    UNLESS_EVEN_IF: (
        rf"{_W}(?:sauf\s+(?:si|s{_A}|avis|indication|prescription|contre-indication|lorsqu|quand|en\s+cas)"
        rf"|à\s+moins\s+(?:que|qu{_A}|de|d{_A})|excepté\s+si)",
        # the elided forms before their apostrophe (même s'il, même lorsqu'il): a letter follows it
        rf"{_W}(?:(?:même\s+(?:si|lorsque|quand|en\s+cas)|quand\s+bien\s+même){_E}|même\s+(?:s|lorsqu){_A})",
    ),
}
# [comparison]: to keep taking or using a medicine (continuez à le prendre, continuez le traitement,
# poursuivez le traitement); not "si l'éruption continue" (if it goes on).
_KEEP_TAKING = (
    rf"{_W}(?:continu\w*|poursuiv\w*)\s+(?:(?:à|de)\s+(?:(?:le|la|les)\s+|l['’]\s*)?(?:prendre|utiliser|appliquer"
    r"|administrer|recevoir|injecter|suivre)|(?:le|la|les|votre|vos|ce|cette|ces)\s+(?:traitement|médicament"
    rf"|perfusion|crème|prise|injections?)){_E}|{_W}poursuite\s+du\s+traitement{_E}"
)
# au moins, du moins (at least), à moins que (unless), plus ou moins (about), au plus (tôt|tard)
# (at the earliest / latest), le plus tôt possible, dès que possible, de plus, en plus, non plus
# (moreover, besides, neither), le plus, les moins (superlatives: the most common), pour plus
# d'informations, en savoir plus (for more information), avant tout (above all), "ne ... plus"
# (no longer: a negation), and a limit next to a number (plus de 65 ans, moins de 10 %), which
# [limits] judges.
_NOT_DIRECTION = (
    rf"{_W}(?:au|du|pour\s+le|tout\s+au)\s+(?:moins|plus){_E}(?:\s+(?:tôt|tard){_E})?"
    rf"|{_W}à\s+moins{_E}|{_W}plus\s+ou\s+moins{_E}|{_W}(?:le|la|les)\s+(?:plus|moins){_E}(?:\s+(?:tôt|vite))?"
    rf"|{_W}(?:de|en|non|pour)\s+plus{_E}|{_W}savoir\s+plus{_E}|{_W}avant\s+tout{_E}"
    rf"|{_W}n(?:e\s+|{_A}\s*)(?:[^\s.,;:!?()]+\s+){{0,3}}?plus{_E}"
    rf"|{_W}(?:plus|moins)\s+(?:de|d{_A}|que)\s*(?=\d)|{_W}(?:supérieure?s?|inférieure?s?)\s+(?:à|au)\s*(?=\d)"
)

# Number words: one word each, then joined by hyphens, spaces or "et" (vingt et un, soixante-dix,
# quatre-vingt-dix-neuf, deux cent cinquante); Belgian and Swiss septante, huitante, nonante.
_CARDINALS: dict[str, int] = {
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
    "million": 10**6,
    "millions": 10**6,
    "douzaine": 12,
}
_HALVES = {"demi": Fraction(1, 2), "demie": Fraction(1, 2), "moitié": Fraction(1, 2)}
# "Non-zero" is "non nul", "of zero size" "de taille nulle".
_ZERO = re.compile(rf"(?<![\w])(?<!nulle\s)nul(?:le)?s?{_E}(?!\s+part)", re.IGNORECASE)
_WORD = "|".join(sorted(_CARDINALS, key=len, reverse=True))
# A run of number words: "quatre-vingt-dix-neuf", "vingt et un", "deux cent cinquante".
# A run after "d'" starts at the apostrophe, so that "plus d" ends right before it: "plus d'un
# fichier" says more than one ([limits] ties a limit phrase to the number right after it).
_RUN = re.compile(
    rf"(?:(?<=[^\w-]d)['’]|(?<=^d)['’]|{_W})(?:{_WORD})(?:(?:-|\s+|\s+et\s+|-et-)(?:{_WORD}))*{_E}", re.IGNORECASE
)
_PARTS = re.compile(rf"(?:{_WORD})(?![\w])", re.IGNORECASE)
_HALF = re.compile(rf"{_W}(?:la\s+)?(?P<word>moitié|demie?)(?=-|\s|$|[.,;:!?)])", re.IGNORECASE)
# A quarter or a third of something, after its numerator: "un quart de comprimé" (1/4), "trois
# quarts de la dose" (3/4), "un tiers de comprimé" (1/3), "deux tiers" (2/3).  Only before "de" (a
# quantity of what follows), and not "un quart d'heure" (15 minutes: number_words), nor "un
# tiers" alone (a third party).
_PART = re.compile(
    rf"{_W}(?P<numerator>une?|deux|trois)\s+(?P<part>quarts?|tiers)(?=\s+(?:de|du|des){_E}|\s+d{_A}(?!heure))",
    re.IGNORECASE,
)
_parts = parts_of_a_whole(_PART, {"un": 1, "une": 1, "deux": 2, "trois": 3}, {"quart": 4, "quarts": 4, "tiers": 3})
# "Twice as likely" is "deux fois plus", already two; "le double de" (double the) is 2 too.
# Only after le, du or au: "une double dose" is no count of two doses.
_TWICE = re.compile(rf"{_W}(?:le|du|au)\s+(double){_E}", re.IGNORECASE)
# One period said with no number, as "une semaine" says it: "la semaine qui suit", "la semaine
# suivante", "le mois suivant son arrêt", "la semaine après l'arrêt" (the following week, month):
# the article is its one.
_ONE_PERIOD = re.compile(
    rf"{_W}(?:la|le|l['’])(?=\s*(?:semaine|mois|année)\s+(?:suivante?s?|qui\s+suit|après|d['’]après){_E})",
    re.IGNORECASE,
)
# "And a half" after a number and its noun: un comprimé et demi (1.5), deux heures et demie (2.5);
# and a quarter, not of an hour (a time of the clock, "deux heures et quart": _past_the_hour): un
# comprimé et quart (1.25).
_AND_A_HALF = re.compile(
    rf"{_W}(?P<number>\d+|{_WORD})\s+(?:[\w’']+\s+et\s+demie?|(?!heures?{_E})[\w’']+\s+et\s+(?P<part>quart)){_E}",
    re.IGNORECASE,
)
_and_a_half = and_a_half(_AND_A_HALF, _CARDINALS, {"quart": Fraction(1, 4)})
# A time of the clock after à, vers or dès: "à huit heures et demie" (8 and 30: also 8.5, read by
# _and_a_half), "vers une heure et quart" (1 and 15); "deux heures et demie" alone is a length.
_PAST_THE_HOUR = re.compile(
    rf"{_W}(?:à|vers|dès)\s+(?P<hour>\d{{1,2}}|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"
    rf"\s+heures?\s+et\s+(?P<part>demie|quart){_E}",
    re.IGNORECASE,
)
_past_the_hour = past_the_hour(_PAST_THE_HOUR, _CARDINALS, {"demie": 30, "quart": 15})


def _compound(words: list[int]) -> list[int]:
    """The numbers a run of number words says: each word added to the number before it
    where French writes it so (vingt + un, soixante + dix + sept, quatre + vingt, deux x cent,
    mille + cinq x cent), else a new number begins ("deux trois jours": 2, 3)."""
    numbers: list[int] = []
    total = current = last = 0
    for value in words:
        if current == 4 and value == 20 and last == 4:  # quatre-vingt(s): 80
            current, last = 80, 80
        elif value == 100 and 0 < current < 10 and last == current:  # deux cents
            current, last = current * 100, 100
        elif value in (1000, 10**6) and 0 < current < 1000:  # deux mille, trois millions
            total, current, last = total + current * value, 0, value
        elif last and _follows(last, value):
            current, last = current + value, value
        else:
            if total or current:
                numbers.append(total + current)
            total, current, last = (value, 0, value) if value >= 1000 else (0, value, value)
    numbers.append(total + current)
    return numbers


def _follows(last: int, value: int) -> bool:
    """Whether ``value`` adds to a number whose last word was ``last``: vingt-deux, dix-sept,
    soixante-dix, quatre-vingt-douze, cent vingt, mille deux."""
    if last >= 100:
        return value < 100 or (last >= 1000 and value < 1000)
    if last == 10:
        return 7 <= value <= 9
    if last in (60, 80):
        return value < 20
    return last >= 20 and value < 10


def numerals(text: str) -> Spans:
    """French number words, read generously: "zéro" and "nul" (0), "un effet" (1), "dix" (10), "vingt-quatre" (24),
    "soixante-dix" (70), "quatre-vingt-dix" (90), "vingt et un" (21), "la moitié" (1/2), "le
    double" (2), "un comprimé et demi" (3/2), "un quart de" (1/4), "deux tiers de" (2/3), "la
    semaine suivante" (1).  A run
    that says several numbers ("deux ou trois" is two runs; "deux trois" one of two numbers) gives
    each its own span; "à huit heures et demie" (8 and 30)."""
    yield from _past_the_hour(text)
    for match in _RUN.finditer(text):
        words = [_CARDINALS[lowered(part.group())] for part in _PARTS.finditer(match.group().lstrip("'’"))]
        values = _compound(words)
        if len(values) == 1:
            yield match.start(), match.end(), Fraction(values[0])
            continue
        # several numbers: each word its own span (the apostrophe, if any, is before the first)
        parts = list(_PARTS.finditer(match.group()))
        for part, value in zip(parts, values, strict=False):
            yield match.start() + part.start(), match.start() + part.end(), Fraction(value)
    for match in _ZERO.finditer(text):
        yield match.start(), match.end(), Fraction(0)
    for match in _HALF.finditer(text):
        yield match.start("word"), match.end("word"), _HALVES[lowered(match.group("word"))]
    for match in _TWICE.finditer(text):
        yield match.start(1), match.end(1), Fraction(2)
    yield from _and_a_half(text)
    yield from _parts(text)
    for match in _ONE_PERIOD.finditer(text):
        yield match.start(), match.end(), Fraction(1)


# Ordinals, before their noun ("le troisième jour" for "day 3", "la deuxième dose").
_ORDINAL_WORDS = {
    "premier": 1,
    "première": 1,
    "premiers": 1,
    "premières": 1,
    "second": 2,
    "seconde": 2,
    "deuxième": 2,
    "troisième": 3,
    "quatrième": 4,
    "cinquième": 5,
    "sixième": 6,
    "septième": 7,
    "huitième": 8,
    "neuvième": 9,
    "dixième": 10,
    "onzième": 11,
    "douzième": 12,
    "vingtième": 20,
}
_ORDINAL = re.compile(rf"{_W}(?P<word>{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))})s?{_E}", re.IGNORECASE)


# French ordinals: "troisième" (3), "deuxième" (2), "première" (1).
ordinals = word_values(_ORDINAL, "word", _ORDINAL_WORDS)


# The dose a limit may follow at the head of its clause: "Les doses de plus de 4 g par jour ne
# doivent pas être données", "Des doses supérieures à 4 g ..." (an article, a dose or an amount,
# "quotidienne(s)"); never a verb.
_LIMIT_SUBJECT = (
    r"(?:(?:les|des|une|la|de\s+telles)\s+)?(?:doses?|quantités?|comprimés?|gélules?|gouttes?|sachets?|ampoules?)"
    r"(?:\s+(?:quotidiennes?|journalières?))?"
)
# A prohibition said after a limit that opens its clause ("Des doses inférieures à 4 g par jour ne
# doivent pas être données": at least 4 g): it denies the limit, where a plain "ne ... pas" may deny
# something else ("Plus de 30 % des patients ne répondent pas").
_LIMIT_PROHIBITED = (
    rf"{_W}ne\s+(?:doi\w*|devr\w*|peu\w*|pourr\w*|faut)\s+(?:pas|jamais)\s+(?:\w+ment\s+)?(?:être\s+)?"
    r"(?:donn|administr|pri[st]|prendre|utilis|prescri|perfus|inject|appliqu|aval)\w*"
    rf"|{_W}ne\s+(?:sont|est)\s+pas\s+(?:recommandé|autorisé|permis)\w*"
)
# ... and avoiding it ("Évitez de prendre plus de 4 g", "Évitez de conduire dans les 24 heures")
# [limits]: permission to take more, as a clause of its own ("vous pouvez en prendre plus", "vous
# pouvez prendre davantage si besoin"); "vous ne pouvez pas en prendre plus" denies it, and "plus
# de 4 g" is a limit.
# So is a dose added or the dose raised past ("vous pouvez prendre une dose supplémentaire", "vous
# pouvez augmenter la dose", "vous pouvez dépasser cette dose").
_MORE_ALLOWED = (
    rf"{_W}(?:vous\s+pouvez|tu\s+peux|on\s+peut)\s+(?:(?:en\s+)?(?:prendre|utiliser|appliquer)\s+(?:un\s+peu\s+)?"
    rf"(?:plus|davantage)(?=\s*(?:[.,;:!?)]|$|si{_E}|en\s+cas{_E}))"
    rf"|prendre\s+une\s+dose\s+supplémentaire{_E}"
    rf"|(?:augmenter|dépasser)\s+(?:la|cette)\s+dose{_E})"
)
# [negation]: a permission (vous pouvez, tu peux, on peut, autorisé): said where the source forbids,
# with no "ne ... pas" ("Vous pouvez boire de l'alcool."), it tells a patient the opposite.  Not
# "permis" (also a driving licence).
_PERMISSION = rf"{_W}(?:vous\s+pouvez|vous\s+pourrez|pouvez-vous|tu\s+peux|on\s+peut|autorisée?s?){_E}"
# [negation]: a thing that need not be done ("vous pouvez ne pas conduire": may choose not to, "vous
# n'avez pas besoin de", "vous n'êtes pas obligé de", "il n'est pas nécessaire", "vous n'avez pas à",
# "inutile de"); not "vous ne devez pas" nor "il ne faut pas" (must not).
_NOT_REQUIRED = (
    rf"{_W}(?:(?:pouvez|pourrez|peut|peuvent|pourra|pourront)\s+ne\s+(?:pas|plus)"
    r"|pas\s+(?:besoin|obligée?s?|tenue?s?|nécessaire|obligatoire|indispensable)"
    r"|(?:avez|aurez|a|ont)\s+pas\s+à|inutile\s+d|facultati(?:f|ve)s?|pas\s+(?:forcément|nécessairement)"
    rf"|n['’](?:est|sera)\s+nécessaire){_E}"
)
# [negation]: an obligation (vous devez, il faut, nécessaire, obligatoire).
_OBLIGATION = (
    rf"{_W}(?:doi[st]|doivent|devez|devrez|devra|devront|devriez|devrait|devraient|faut|faudra|nécessaire|obligatoire"
    rf"|indispensable|impérativement|obligée?s?|tenue?s?\s+de|besoin){_E}"
)
# [negation]: an advice where a source forbids: ask a doctor first ("consultez votre médecin",
# "parlez-en à votre médecin", "demandez conseil"), with caution ("avec prudence", "faites
# attention", "utilisez-le avec précaution"; not "manipuler avec précaution", handling), in
# moderation ("avec modération").
_ADVICE = (
    rf"{_W}(?:consultez|parlez[- ]en|demandez\s+(?:conseil|l['’]avis)|avec\s+(?:prudence|modération)"
    r"|(?:utilis|administr|pren|employ)\w*(?:[- ]\w+){0,4}?\s+avec\s+précaution"
    rf"|prudemment|soyez\s+prudente?s?|faites\s+attention|modérément){_E}"
)
_LIMIT_FORBIDDEN = (
    rf"{_W}(?:interdi\w*|évite[zr]?)\s+d(?:e\s+|['’])(?:prendre|donner|administrer|utiliser|appliquer|conduire)"
    rf"{_E}\s*$"
)

# Urgency ([urgency]): immédiatement, immédiat(e), tout de suite, sans attendre, sans délai, sans tarder,
# au plus vite, dès que possible, le plus tôt possible, d'urgence / en urgence (not the service, the
# number or "en cas d'urgence": an emergency), aussitôt, rapidement, sur-le-champ, urgent(e),
# maintenant (for "Call … now").
_URGENCY = (
    rf"{_W}(?:maintenant|immédiat(?:ement|e|es|s)?|tout\s+de\s+suite|sans\s+(?:attendre|délai|tarder)|au\s+plus\s+vite"
    rf"|dès\s+que\s+(?:possible|vous\s+(?:le\s+)?(?:pouvez|pourrez))|le\s+plus\s+(?:tôt|vite|rapidement)\s+possible"
    rf"|en\s+urgence|aussitôt|rapidement|sur-le-champ|urgente?s?){_E}"
    rf"|(?<!service\s)(?<!services\s)(?<!numéro\s)(?<!cas\s)(?<!salle\s){_W}d['’]urgence{_E}"
)
# A hurry softened ([urgency]): dès que / aussitôt que possible, le plus tôt / vite / rapidement possible,
# au plus vite / tôt, dans les meilleurs / plus brefs délais, dès que / quand / lorsque vous (le) pouvez.
_AS_SOON_AS_POSSIBLE = (
    rf"{_W}(?:(?:dès|aussitôt)\s+que\s+possible|le\s+plus\s+(?:tôt|vite|rapidement)\s+possible|au\s+plus\s+(?:vite|tôt)"
    rf"|dans\s+les\s+(?:meilleurs|plus\s+brefs)\s+délais|(?:dès\s+que|quand|lorsque)\s+vous\s+(?:le\s+)?(?:pouvez|pourrez)){_E}"
)
# Putting off ([urgency]): lors de votre prochaine visite / consultation, au prochain rendez-vous, la
# semaine prochaine, dans les prochains jours, dans quelques jours, plus tard, à votre convenance, quand
# cela vous convient; not "vous vous en souvenez plus tard", "deux jours plus tard", "au plus tard".
_DEFERRAL = (
    r"(?<![\w-])(?:prochaine?s?\s+(?:visite|consultation|rendez-vous|semaine|jours)|semaine\s+prochaine"
    r"|dans\s+quelques\s+jours|plus\s+tard|à\s+votre\s+convenance|(?:quand|lorsque)\s+(?:cela|ça)\s+vous\s+convien\w*)"
    r"(?![\w-])"
)
_NOT_DEFERRAL = (
    r"(?:souven\w*|rappel\w*|appar\w*|survien\w*|jours|semaines|heures|mois|minutes)\s+plus\s+tard"
    r"|plus\s+tard\s+(?:vous\s+vous\s+(?:en\s+)?(?:souven|rappel)\w*)|au\s+plus\s+tard|pas\s+plus\s+tard"
)
# A double dose ([negation]): une dose double / doublée, une double dose, doubler la dose, deux doses à
# la fois / en même temps / ensemble.
_DOUBLE_DOSE = (
    r"(?<![\w-])(?:(?:dose|quantité)\s+(?:double|doublée)|double\s+dose|doubl\w*\s+(?:la\s+)?dose"
    r"|deux\s+doses\s+(?:à\s+la\s+fois|en\s+même\s+temps|ensemble|simultanément))(?![\w-])"
)
# [as-needed]: au besoin, si besoin, en cas de besoin, selon les besoins, si nécessaire, lorsque
# nécessaire, si vous en avez besoin; and a condition a dose is taken on (si, s'il, en cas de,
# lorsque, quand: "en cas de douleur" for "for pain, if needed"), or the pain or fever it is for
# ("pour la douleur").
_AS_NEEDED = (
    rf"{_W}(?:besoins?|nécessaires?|si|quand|lorsque|en\s+cas\s+de|douleurs?|fièvre|maux){_E}"
    rf"|{_W}(?:s['’]ils?|lorsqu['’]|en\s+cas\s+d['’])"
)
# [dose-times]: not "après-midi" (afternoon), a hyphenated word.  A meal named is its time of day:
# petit-déjeuner (or petit déjeuner) the morning, déjeuner midday, dîner and souper the evening.
DAY_TIMES = {
    BEDTIME: rf"{_W}(?:au\s+(?:moment\s+du\s+)?coucher|avant\s+(?:le\s+coucher|de\s+(?:vous\s+|te\s+)?coucher"
    rf"|d{_A}aller\s+(?:vous\s+)?coucher|de\s+dormir)){_E}",
    # on waking is the morning: "au réveil", "dès le réveil", "au lever"
    MORNING: rf"{_W}(?:matin(?:s|ée|ées)?|petits?[-\s]déjeuners?|(?:au|dès\s+le)\s+réveil|au\s+lever){_E}",
    MIDDAY: rf"{_W}(?:midi|(?<!petit\s)(?<!petits\s)déjeuners?){_E}",
    AFTERNOON: rf"{_W}après-midis?{_E}",
    EVENING: rf"{_W}(?:soir(?:s|ée|ées)?|dîners?|soupers?){_E}",
    NIGHT: rf"{_W}(?:nuits?|minuit){_E}",
}


# A spoon, or a spoonful (cuillerée), or a half of one ("une demi-cuillère à café"), as
# [opposites] reads a teaspoon and a tablespoon.
_SPOON = r"(?:demi-)?cuill(?:ère|er|erée)s?"
_PERIOD = rf"(?:heures?|jours?|journées?|semaines?|mois|ans|années?){_E}"
# An infusion's rate, then up to three words before the verb that changes it ("le débit de la perfusion
# sera", "la vitesse peut être") ([opposites]).
_RATE_THEN = r"(?:le\s+débit|la\s+vitesse)(?:\s+(?:de\s+(?:la\s+|l')?|d')(?:perfusion|injection))?\s+(?:\w+\s+){0,3}?"


# [opposites]: "droit" is also a right (a patient's), read only where the source names a side.
# A thigh, an arm or a leg, and the words that say a side of one ([opposites]): "la face externe de la cuisse".
_LIMB = r"(?:cuisses?|bras|avant-bras|jambes?)"
_SIDE_PART = r"(?:face|partie|côté|zone|région|surface)"
_OF_A_LIMB = rf"\s+(?:de\s+(?:la|l['’]|votre|vos|une|chaque)\s*|du\s+|des\s+){_LIMB}"
OPPOSITES = {
    WITH_FOOD: rf"{_W}(?:avec|pendant|au\s+cours\s+d(?:u|es|{_A}un))\s+(?:(?:le|les|un|des|de\s+la)\s+)?"
    rf"(?:repas|nourriture|aliments?){_E}",
    # not a fasting blood test ("glycémie à jeun", "prise de sang à jeun")
    EMPTY_STOMACH: rf"{_W}(?:(?<!glycémie\s)(?<!glucose\s)(?<!sang\s)(?<!bilan\s)à\s+jeun|estomac\s+vide"
    rf"|entre\s+(?:les\s+)?repas|(?:en\s+dehors|à\s+distance|loin)\s+des\s+repas){_E}",
    LEFT: rf"{_W}gauches?{_E}",
    RIGHT: rf"{_W}droite?s?{_E}",
    BOTH_SIDES: rf"{_W}(?:(?:les|des|aux|vos)\s+deux|chaque)\s+(?:yeux|œil|oeil|oreilles?|narines?|côtés?|bras"
    rf"|jambes?|mains?|pieds?){_E}",
    BY_MOUTH: rf"{_W}(?:par\s+voie\s+orale|par\s+la\s+bouche|oralement){_E}",
    UNDER_THE_SKIN: rf"{_W}(?:sous\s+la\s+peau|sous-cutané(?:e|s|es)?|sous-cutanée?ment){_E}",
    INTO_A_MUSCLE: rf"{_W}(?:dans\s+(?:le|un)\s+muscle|intramusculaires?){_E}",
    # "dans une veine" alone is in loose_route_words (un caillot dans une veine); "Injectez 10 unités
    # dans une veine" (a dose at most between the verb and the vein), "injection dans une veine" say
    # where the injection goes; not "l'injection peut causer une douleur dans une veine"
    INTO_A_VEIN: rf"{_W}(?:dans\s+(?:la|une)\s+veine|intraveineu(?:x|se|ses)|intraveineusement){_E}"
    rf"|{_W}(?:inject(?!ions?{_E})\w*(?:-(?:le|la|les))?(?:\s+\w+(?:[.,]\d+)?){{0,3}}?|injections?|piqûres?)"
    rf"\s+dans\s+une\s+veine{_E}",
    # "dans l'anus" said of where a dose is put: "Insérez un suppositoire dans l'anus" (a dose at most
    # between); not the anus alone (des démangeaisons autour de l'anus, an itch)
    RECTAL: rf"{_W}(?:rectale?s?|(?:par|dans)\s+le\s+rectum){_E}"
    rf"|{_W}(?:insér|introdui)\w*(?:-(?:le|la|les))?(?:\s+\w+(?:[.,]\d+)?){{0,3}}?\s+dans\s+l['’]anus{_E}",
    REFRIGERATOR: rf"{_W}(?:réfrigérateur|frigo|frigidaire|réfrigér(?:er|é|ée|és|ées)){_E}",
    ROOM_TEMPERATURE: rf"{_W}température\s+ambiante{_E}",
    FREEZER: rf"{_W}(?:congélateur|cong[eè]l\w*)",
    # not "courant" alone, also running or current (l'eau courante); "(ne sont) pas fréquents" (not
    # common) is rare, as "not common" is in English; not "pas aussi fréquents" (not as common: a
    # comparison) nor an adverb ("pas fréquemment", not "frequently" in English either)
    RARE: rf"{_W}(?:rares?|rarement|(?:peu|moins|pas|pas\s+très)\s+(?:fréquent(?:e|s|es)?|courant(?:e|s|es)?)){_E}",
    COMMON: rf"{_W}(?<!peu\s)(?<!moins\s)(?:fréquent(?:e|s|es)?|fréquemment){_E}",
    UPRIGHT: rf"{_W}(?:debout|position\s+(?:verticale|assise)|redressée?s?){_E}",
    LYING_DOWN: rf"{_W}(?:allongez-vous|couchez-vous|étendez-vous|allongée?s?|couchée?s?\s+sur|étendue?s?){_E}",
    OUT_OF_REACH: rf"{_W}hors\s+de\s+(?:la\s+vue\s+et\s+de\s+)?(?:la\s+)?portée{_E}",
    WITHIN_REACH: rf"{_W}à\s+(?:la\s+)?portée{_E}",
    # one side ("une narine", "un seul œil") or the affected one ("l'œil atteint"): not "un œil ou
    # les deux" (one or both)
    ONE_SIDE: rf"{_W}(?:(?:un|une)\s+(?:seule?\s+)?(?:œil|oeil|oreille|narine){_E}"
    rf"(?!\s+ou\s+(?:dans\s+)?(?:les\s+)?deux{_E})"
    rf"|(?:œil|oeil|oreille|narine)\s+(?:atteinte?|affectée?|malade|concernée?|touchée?){_E})",
    # the other side ("l'autre œil", "l'autre"): with one side, both ("dans un œil, puis dans l'autre")
    OTHER_SIDE: rf"{_W}l{_A}autre{_E}(?:\s+(?:œil|oeil|oreille|narine|côté){_E})?",
    EYE: rf"{_W}(?:œil|oeil|yeux|ophtalmiques?|collyres?){_E}",
    EAR: rf"{_W}(?:oreilles?|auriculaires?){_E}",
    NOSE: rf"{_W}(?:nez|narines?|nasale?s?){_E}",
    AFTER_A_MEAL: rf"{_W}après\s+(?:(?:le|les|un|chaque)\s+repas|avoir\s+mangé){_E}",
    # routes, read as [opposites] reads them: a swallow is by mouth where no "not" is said, a dose form
    # its route where no other is named beside it
    # avalez, à avaler, doit être avalé, "Avaler le comprimé" (the infinitive of an instruction, at
    # the start of its clause): not "si un enfant avale" (by mistake) nor "avant d'avaler"
    SWALLOWED: rf"{_W}(?:avalez(?:-les?|-la)?|à\s+avaler|(?:doit|doivent)\s+être\s+avalée?s?"
    rf"|{_AT_A_CLAUSE_START}avaler(?:-les?|-la)?){_E}",
    UNDER_THE_TONGUE: rf"{_W}(?:sous\s+la\s+langue|sublingua(?:le|les|l|ux)){_E}",
    VAGINAL: rf"{_W}(?:(?:par\s+)?voie\s+vaginale|dans\s+le\s+vagin|vaginalement){_E}",
    INHALED: rf"{_W}(?:inhal(?:ez|er|ation|é|ée)|inspirez|inspirer|respirez){_E}",
    FOR_EXTERNAL_USE: rf"{_W}(?:usage\s+(?:externe|cutané)|voie\s+cutanée){_E}",
    SUPPOSITORY: rf"{_W}suppositoires?(?!\s+vagina){_E}",
    VAGINAL_DOSE_FORM: rf"{_W}(?:comprimés?|suppositoires?|ovules?|capsules?)\s+vagina(?:le|les|l|ux){_E}",
    # a spoon a dose is measured with; not "cuillère" alone, nor "cuillère-mesure"
    TEASPOON: rf"{_W}(?:{_SPOON}\s+à\s+(?:café|thé)|petites?\s+{_SPOON}){_E}",
    TABLESPOON: rf"{_W}(?:{_SPOON}\s+à\s+(?:soupe|table)|grandes?\s+{_SPOON}){_E}",
    DESSERT_SPOON: rf"{_W}{_SPOON}\s+à\s+dessert{_E}",
    PREGNANCY: rf"{_W}(?:grossesses?|enceintes?){_E}",
    BREAST_FEEDING: rf"{_W}(?:allait(?:ement|ez|er|e|ent|ante|antes)|allaitez-vous){_E}",
    # les 3 premiers jours, les premières 24 heures, le dernier mois, le dernier trimestre: an ordinal
    # before a period (a number between at most), not "la première dose", "la dernière prise"
    FIRST_PART: rf"{_W}premi(?:er|ère)s?\s+(?:[\w-]+\s+)?{_PERIOD}|{_W}premier\s+trimestre{_E}",
    LAST_PART: rf"{_W}derni(?:er|ère)s?\s+(?:[\w-]+\s+)?{_PERIOD}|{_W}(?:dernier|troisième)\s+trimestre{_E}",
    DIFFERENT_SITE: (
        rf"{_W}(?:(?:changez|alternez)\s+(?:de\s+|le\s+|les\s+)?(?:sites?|endroits?|points?|zones?)"
        rf"|(?:sites?|endroits?|points?|zones?)\s+différente?s?|autres?\s+(?:sites?|endroits?|points?|zones?)){_E}"
    ),
    SAME_SITE: rf"{_W}mêmes?\s+(?:sites?|endroits?|points?|zones?){_E}",
    # ralentir, plus lentement; accélérer, plus vite; arrêter, interrompre, suspendre; a rate's change
    # said after it too ("le débit (de la perfusion) sera réduit / augmenté")
    SLOWER: rf"{_W}(?:ralent\w*|(?:rédui|diminu|baiss)\w*\s+(?:la\s+vitesse|le\s+débit)|plus\s+lentement|lentement"
    rf"|{_RATE_THEN}(?:rédui|diminu|baiss|abaiss)\w*){_E}",
    FASTER: rf"{_W}(?:accélér\w*|augment\w*\s+(?:la\s+vitesse|le\s+débit)|plus\s+(?:rapidement|vite)"
    rf"|{_RATE_THEN}(?:augment|accru|accrû|relev)\w*){_E}",
    INFUSION_STOPPED: rf"{_W}(?:arrêt\w*|interromp\w*|interruption|suspend\w*){_E}",
    # foncée, sombre; claire, pâle, décolorée
    DARK: rf"{_W}(?:fonc[ée]\w*|sombres?){_E}",
    PALE: rf"{_W}(?:claire?s?|pâles?|décoloré\w*){_E}",
    # une dose plus faible (réduite, inférieure), réduire la dose; une dose plus élevée (plus forte), augmenter la dose
    LOWER_DOSE: rf"{_W}(?:doses?\s+(?:plus\s+(?:faibles?|basses?|petites?)|réduites?|inférieures?|moindres?|faibles?)"
    rf"|(?:rédui|diminu|baiss)\w*\s+(?:la\s+|votre\s+)?dose){_E}",
    HIGHER_DOSE: rf"{_W}(?:doses?\s+(?:plus\s+(?:élevées?|fortes?|hautes?|importantes?|grandes?)|supérieures?|élevées?"
    rf"|fortes?)|augment\w*\s+(?:la\s+|votre\s+)?dose){_E}",
    # la face (partie, côté) externe (extérieure, latérale) de la cuisse, l'extérieur de la cuisse, la
    # cuisse externe; la face interne (intérieure, médiale), l'intérieur du bras: only with the limb
    OUTER_SIDE: rf"{_W}(?:{_SIDE_PART}\s+(?:externe|extérieure?|latérale?){_OF_A_LIMB}|l['’]\s*extérieur{_OF_A_LIMB}"
    rf"|{_LIMB}\s+externes?){_E}",
    INNER_SIDE: rf"{_W}(?:{_SIDE_PART}\s+(?:interne|intérieure?|médiale?){_OF_A_LIMB}|l['’]\s*intérieur{_OF_A_LIMB}"
    rf"|{_LIMB}\s+internes?){_E}",
    # la face antérieure (l'avant) de la cuisse; la face postérieure (l'arrière) du bras
    FRONT_SIDE: rf"{_W}(?:{_SIDE_PART}\s+(?:antérieure?|avant)|l['’]\s*avant){_OF_A_LIMB}{_E}",
    BACK_SIDE: rf"{_W}(?:{_SIDE_PART}\s+(?:postérieure?|arrière)|l['’]\s*arrière){_OF_A_LIMB}{_E}",
}


# [opposites]: where an injection goes, read only beside an injection named (injectez, piqûre).
INJECTION_SITES = {
    UPPER_ARM: rf"{_W}(?:bras|deltoïde){_E}",
    THIGH: rf"{_W}cuisses?{_E}",
    ABDOMEN: rf"{_W}(?:abdomen|abdominale?|ventre|estomac){_E}",
    BUTTOCK: rf"{_W}(?:fesses?|fessiers?|fessières?|hanches?){_E}",
    INJECTED: rf"{_W}(?:inject\w*(?:-(?:le|la|les))?|piqûres?){_E}",  # Injectez-le
}


# An immune system, or immunity, before a word of its state ([people]): "système immunitaire", "défenses".
_IMMUNE = r"(?:systèmes?\s+immunitaires?|immunité|défenses(?:\s+immunitaires)?)"
# [people]: the groups of people an entry names, in the order they are read (pipeline/checks/people.py)
_PEOPLE_GROUPS = frozen(
    {
        "planning a pregnancy": r"\b(?:envisag\w*|prévo\w*|planifi\w*|projet\w*|souhait\w*|essa\w*|cherch\w*|désir\w*"
        r"|voul\w*|veu\w*)\s+(?:\w+\s+){0,2}?(?:une\s+grossesse|(?:de\s+)?(?:tomber|devenir)\s+enceinte"
        r"|(?:d')?avoir\s+un\s+(?:enfant|bébé)|concevoir)|\bprojet\s+de\s+grossesse|\bdésir\s+de\s+grossesse",
        "breastfeeding": r"allait\w*|lait\s+maternel",
        "pregnant": r"\benceintes?\b|grossesse",
        "older people": r"personnes?\s+âgées|sujets?\s+âgés|patients?\s+âgés|\bseniors?\b|\bplus\s+de\s+6\d\s+ans"
        r"|\b6\d\s+ans\s+(?:et|ou)\s+plus",
        "children": r"\benfants?\b|nourrissons?|\bbébés?\b|adolescents?|nouveau-nés?|\bmoins\s+de\s+\d+\s+ans",
        "adults": r"\badultes?\b",
        # the patient's partner (le ou la partenaire, le conjoint, la compagne, l'épouse): read before women and men
        "partners": r"\bpartenaires?\b|\bconjointe?s?\b|\bcompagne\b|\bcompagnon\b|\bépou(?:se|x)\b|\bmari\b",
        "women": r"\bfemmes?\b|\bmères?\b",
        "men": r"\bhommes?\b",
        "people with kidney problems": r"\breins?\b|\brénal\w*",
        "people with liver problems": r"\bfoie\b|hépati\w*",
        # un système immunitaire affaibli (des défenses affaiblies), immunodéprimé; un système immunitaire
        # sain (normal, fort), immunocompétent
        "people with a weakened immune system": rf"{_W}(?:{_IMMUNE}\s+(?:\w+\s+)?(?:affaibli|faible|déprimé|diminué|compromis"
        rf"|altéré|réduit)\w*|immuno(?:déprimé|supprimé|compromis)\w*|(?:déficit|déficience|affaiblissement)\s+"
        rf"(?:du\s+système\s+)?immunitaire){_E}",
        "people with a healthy immune system": rf"{_W}(?:{_IMMUNE}\s+(?:(?!pas{_E}|ne{_E})\w+\s+)?(?:sain|normal|fort"
        rf"|intact)\w*|immunocompétent\w*){_E}",
    }
)


# [negation]: what may be done to a dose (croquer, mâcher, écraser, couper, ouvrir, dissoudre),
# which a source may forbid; not "jours ouvrables".
_HANDLING = {
    CHEWING: rf"{_W}(?:croqu\w*|mâch\w*|mach(?:er|ez|é|ée|és|ées){_E})",
    CRUSHING: rf"{_W}(?:écras|ecras|broy|pulvéris)\w*",
    SPLITTING: rf"{_W}(?:(?:coup|cass|divis)(?:er|ez|é|ée|és|ées){_E}|découp\w*)",
    OPENING: rf"{_W}ouvr(?!abl|ier)\w*",
    DISSOLVING: rf"{_W}(?:dissou|dissolv)\w*",
}

# [negation]: using a medicine a source may forbid: stopping it (arrêter, interrompre, cesser),
# keeping it in the fridge (réfrigérateur, frigo) or freezing it (congeler).
_USES = {
    STOPPING: rf"{_W}(?:arrêt|interromp|cess)\w*",
    REFRIGERATING: rf"{_W}(?:réfrigér|refriger|frigo)\w*",
    FREEZING: rf"{_W}congel\w*",
}


LANGUAGE = Language(
    people_groups=_PEOPLE_GROUPS,
    not_people=r"en\s+âge\s+de\s+procréer|susceptibles?\s+de\s+(?:tomber|devenir)\s+enceintes?",
    code="fr",
    # cut in half: "Coupez le comprimé en deux", "en deux moitiés" ([number-words])
    how_a_tablet_is_cut=r"\ben deux(?:\s+(?:moitiés|parties|morceaux|parts)\b|(?=\s*[.,;:]))|\bpar (?:la )?moitié\b",
    english_name="French",
    day_times=frozen(DAY_TIMES),
    opposites=frozen(OPPOSITES),
    injection_sites=frozen(INJECTION_SITES),
    # "Sortez-le du réfrigérateur 30 minutes avant", "hors du réfrigérateur"
    # "un caillot dans une veine", "une douleur dans un muscle": a vein or a muscle a side effect is in,
    # with its "a"; a route's swap said by them alone is a warning ("dans la veine": an error)
    loose_route_words=r"dans\s+une\s+veine|dans\s+un\s+muscle",
    # stopped gradually or suddenly, at once
    gradually=(
        rf"{_W}(?:progressivement|graduellement|petit\s+à\s+petit|peu\s+à\s+peu|"
        rf"de\s+(?:façon|manière)\s+(?:progressive|graduelle)){_E}"
    ),
    suddenly=(
        rf"{_W}(?:brusquement|soudainement|subitement|brutalement|immédiatement|tout\s+de\s+suite|"
        rf"d'un\s+(?:seul\s+)?coup|de\s+(?:façon|manière)\s+(?:brusque|brutale|soudaine)){_E}"
    ),
    # taken until the patient feels better or the symptoms go (the course cut short)
    until_better=(
        r"jusqu'à\s+ce\s+que\s+vous\s+vous\s+sentiez\s+mieux|"
        r"jusqu'à\s+ce\s+que\s+(?:les|vos)\s+symptômes\s+(?:s'améliorent|disparaissent)|"
        r"jusqu'à\s+(?:l'amélioration|la\s+guérison|la\s+disparition\s+des\s+symptômes)"
    ),
    # shaken gently or hard
    gently=rf"{_W}(?:doucement|délicatement|légèrement|avec\s+précaution){_E}",
    forcefully=rf"{_W}(?:vigoureusement|énergiquement|fortement|violemment|avec\s+force|brusquement){_E}",
    # [opposites] (empty_stomach.py): a word of fasting anywhere in a sentence
    fasting=rf"{_W}(?:à\s+jeun|estomac\s+vide){_E}",
    # [opposites]: fast- or slow-acting; weekdays or every day
    fast_acting=rf"{_W}(?:(?:action|absorption|effet)\s+(?:ultra-)?rapide|(?:action|effet)\s+court|(?:rapidement|vite)\s+absorbée?s?"
    rf"|sucres?\s+rapides?){_E}",
    slow_acting=rf"{_W}(?:(?:action|absorption|effet)\s+(?:lente|prolongée)|lentement\s+absorbée?s?|sucres?\s+lents?){_E}",
    working_days=rf"{_W}(?:jours\s+ouvr(?:ables|és)|en\s+semaine|(?:du\s+)?lundi\s+au\s+vendredi){_E}",
    every_day_of_the_week=rf"{_W}(?:tous\s+les\s+jours|chaque\s+jour|quotidiennement|7\s*j(?:ours)?\s*(?:/|sur)\s*7|sept\s+jours\s+sur\s+sept){_E}",
    # à travers les vêtements (par-dessus, sans les retirer); retirer les vêtements, la peau nue
    through_clothing=rf"{_W}(?:(?:à|au)\s+travers\s+(?:les|des|vos|de\s+vos)\s+vêtements|par-dessus\s+(?:les|vos)\s+vêtements"
    rf"|sans\s+(?:retirer|enlever|ôter)\s+(?:les|vos)\s+vêtements){_E}",
    clothing_removed=rf"(?<!sans\s){_W}(?:(?:retir|enlev|ôt|baiss|déboutonn)\w*\s+(?:les\s+|vos\s+|votre\s+|le\s+)?"
    rf"(?:vêtements?|pantalons?)|peau\s+nue|déshabill\w*){_E}",
    # stopped for a while or for good
    temporarily=rf"{_W}(?:temporairement|provisoirement|momentanément|de\s+façon\s+temporaire|pause){_E}",
    permanently=rf"{_W}(?:définitivement|pour\s+toujours|de\s+(?:façon|manière)\s+(?:définitive|permanente)){_E}",
    dark_colour=OPPOSITES[DARK],
    pale_colour=OPPOSITES[PALE],
    urine=rf"{_W}urines?{_E}",
    stools=rf"{_W}(?:selles?|matières\s+fécales){_E}",
    colour_ends=rf"{_W}(?:ou|et|mais){_E}",
    out_of_storage=(
        rf"{_W}(?:sort\w*|retir\w*)(?:-(?:le|la|les))?\s+(?:\w+\s+){{0,3}}?(?:du|de\s+la)\s+"
        rf"(?:réfrigérateur|frigo|frigidaire|congélateur){_E}|{_W}hors\s+du\s+(?:réfrigérateur|frigo){_E}"
        rf"|{_W}(?:non\s+réfrigérée?s?|sans\s+réfrigération){_E}"
    ),
    and_joints=rf"{_W}(?:et|puis|ensuite){_E}",
    whole_and_part=r"\s+et\s+(?:un\s+)?",  # 1 and 1/4: a whole and the fraction added to it
    meal_words=rf"{_W}(?:repas|manger){_E}",  # a meal, none of the day's named
    # Not measured ([length] judges it by the sentences it keeps): the titles and Latin
    # shorthand many languages write alike, as before it had a module ("Dr. Cho", "env. 5").
    abbreviations=ABBREVIATIONS_WRITTEN_ALIKE,
    body_weight_words=("poids", "pèse", "pèsent", "pesant"),
    customary_periods=frozen({(15, "day"): (2, "week")}),  # quinze jours: two weeks
    # "les 3 derniers mois", "les trois premiers jours", "les 2 prochaines semaines"
    words_before_unit=("premiers", "premières", "derniers", "dernières", "prochains", "prochaines"),
    unit_words=frozen(
        {
            "pour cent": "percent",
            "heures": "hour",
            "heure": "hour",
            "minutes": "minute",
            "minute": "minute",
            "jours": "day",
            "jour": "day",
            "journées": "day",
            "journée": "day",
            "semaines": "week",
            "semaine": "week",
            "mois": "month",
            "années": "year",
            "année": "year",
            "ans": "year",
            "an": "year",
            # Doses in words ("4 grammes", "500 millilitres"): a dose the translation adds in
            # words, or a unit it changes, is seen ([units] rule 3).
            "microgrammes": "ug",
            "microgramme": "ug",
            "milligrammes": "mg",
            "milligramme": "mg",
            "grammes": "g",
            "gramme": "g",
            "kilogrammes": "kg",
            "kilogramme": "kg",
            "kilos": "kg",
            "kilo": "kg",
            "millilitres": "ml",
            "millilitre": "ml",
            "litres": "l",
            "litre": "l",
            "unités internationales": "iu",
            # international units, as English "units" are: 10 unités d'insuline, 10 UI (a unit
            # only right after a number, as every unit word)
            "unités": "iu",
            "unité": "iu",
            "UI": "iu",
        }
    ),
    scale_words=frozen({"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9}),
    scale_needs_space=True,
    # moins 20 °C, 20 °C sous zéro; not "au moins 20" (at least), "du moins", "plus ou moins 20" (about)
    below_zero_before=r"(?<![\w-])(?<!au\s)(?<!du\s)(?<!le\s)(?<!ou\s)moins",
    below_zero_after=r"(?:\s?(?:°\s?[CF]|℃|degrés?(?:\s+(?:Celsius|Fahrenheit))?))?\s+(?:sous\s+zéro|(?:au|en)[\s-]dessous\s+de\s+zéro)",
    every_other=frozen(
        {
            "day": r"\btous\s+les\s+(?:deux|2)\s+jours\b|\b(?:un|1)\s+jour\s+sur\s+(?:deux|2)\b",
            "week": r"\btoutes\s+les\s+(?:deux|2)\s+semaines\b|\b(?:une|1)\s+semaine\s+sur\s+(?:deux|2)\b"
            r"|\btous\s+les\s+(?:quinze|15)\s+jours\b|\bchaque\s+quinzaine\b|\btoutes\s+les\s+quinzaines\b",
            "month": r"\btous\s+les\s+(?:deux|2)\s+mois\b|\b(?:un|1)\s+mois\s+sur\s+(?:deux|2)\b",
        }
    ),
    every_nth=frozen(
        {
            "day": r"\b(?:un|1)\s+jour\s+sur\s+(?P<n>\w+)",
            "week": r"\b(?:une|1)\s+semaine\s+sur\s+(?P<n>\w+)",
            "month": r"\b(?:un|1)\s+mois\s+sur\s+(?P<n>\w+)",
        }
    ),
    # lundi, les lundis ([units], alternate.py)
    weekdays=rf"{_W}(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?{_E}",
    # days 1, 8 and 15; days 1 to 15 ([units], day_lists.py)
    day_list=(
        r"(?:\bJ|\bjours?\s*)#(?:er|re|e|ème)?(?:\s*(?:,|et)\s*(?:(?:à|au|le)\s+)?(?:J"
        r"|jour\s*)?#(?:e|ème)?)+|\ble\s+#(?:er|re|e|ème)?\s+et\s+(?:le\s+)?#(?:e|ème)?\s+jours?"
    ),
    day_range=(
        r"\b(?:de|du|des)\s+(?:(?:J|jour\s*)#|#\s*(?:er|re|e|ème)?(?:\s+jour)?)\s*(?:à|au"
        r"|jusqu'(?:au|à))\s+(?:J|jour\s*)?#|(?:\bJ|\bjours\s*)#\s*(?:[-–—]|à)\s*J?#"
        r"|\bentre\s+(?:le\s+|les\s+)?(?:J|jours?\s*)#\s*et\s+(?:le\s+)?(?:J|jour\s*)?#"
    ),
    # reduce it by 5 mg; reduce it to 5 mg ([units], dose_changes.py)
    change_by_before=r"(?:diminu|rédui|réduis|baiss|augment|abaiss)\w*\s+(?:\w+\s+){0,3}?de\s+$",
    change_to_before=r"(?:\bà|\bjusqu'à)\s+$",
    # 40 mg par prise, la dose maximale par prise est de 40 mg ([units] rule 4)
    per_dose_words=(rf"{_W}(?:par|à\s+chaque)\s+(?:prise|dose|administration){_E}",),
    per_words=frozen(
        {
            "day": (
                "par jour",
                "chaque jour",
                "tous les jours",
                "quotidien",
                "quotidienne",
                "quotidiens",
                "quotidiennes",
                "quotidiennement",
                "journalier",
                "journalière",
                "journaliers",
                "journalières",
                # a day's most said over 24 hours ("4 g par 24 heures", "en 24 heures"): last, so that the
                # words of a day come first (bench/recall.py rewords a rate with the next one)
                "par 24 heures",
                "sur 24 heures",
                "en 24 heures",
            ),
            "week": (
                "par semaine",
                "chaque semaine",
                "toutes les semaines",
                "hebdomadaire",
                "hebdomadaires",
            ),
            "hour": ("par heure", "chaque heure", "toutes les heures", "à l'heure", "à l’heure"),
            "minute": ("par minute", "chaque minute", "toutes les minutes", "à la minute"),
            "month": ("par mois", "chaque mois", "tous les mois", "mensuel", "mensuelle", "mensuels", "mensuelles"),
            # after the dose: "1 gramme par kilogramme", "1 g par kilo de poids"
            "kg": ("par kilogramme", "par kilo", "par kg"),
            # a level: "4 mmol par litre" (4 mmol/L)
            "l": ("par litre", "par l"),
            "dl": ("par décilitre", "par dl"),
            "ml": ("par ml", "par millilitre"),
        }
    ),
    # Per hour, per minute only after an amount (2 mL à l'heure; not "soyez à l'heure", be on
    # time), and not before "du coucher" (2 comprimés à l'heure du coucher: at bedtime), "habituelle"
    # (at the usual time), "à votre rendez-vous" (on time), nor "à la minute près" (to the minute).
    per_words_after_amount=("à l'heure", "à l’heure", "à la minute"),
    per_word_exclusions=frozen(
        {
            "à l'heure": (_NOT_PER_HOUR,),
            "à l’heure": (_NOT_PER_HOUR,),
            "à la minute": (r"\s+(?:près|où|même|suivante|précédente)(?![\w])",),
        }
    ),
    range_words=("à", "et"),
    periods_before_a_list=r"\b(?:(?P<month>mois)|(?P<week>semaines|semaine)|(?P<day>jours|jour))",  # aux mois 0, 1 et 6
    alternative_words=("ou", "à"),
    total_words=("au total", "en tout", "total"),
    rate_words=r"\b(?:débit|vitesse|rythme)\b",
    dose_words=r"\bdoses?\b|\bposologie\b",
    unchanged_rate=r"\bmême\s+(?:débit|vitesse|rythme)\b"
    r"|\b(?:débit|vitesse|rythme)\s+(?:\w+\s+){0,2}(?:inchangée?|identique)\b"
    r"|\bsans\s+(?:changer|modifier)\s+(?:le\s+débit|la\s+vitesse|le\s+rythme)\b",
    next_dose_soon=r"\b(?:presque|bientôt|bientot|bient[oô]t)\s+l['’]heure\b|\bproche\s+de\s+l['’]heure\b"
    r"|\bl['’]heure\s+(?:\w+\s+){0,3}(?:est\s+)?(?:proche|imminente)\b",
    next_dose_far=r"\blongtemps\b|\bloin\s+de\s+l['’]heure\b",
    until_said=r"\bjusqu['’]\s?(?:à\s+ce\s+qu|au\s+moment\s+où)",
    # --- meaning: [negation], [limits], [comparison], [urgency], [number-words], [emergency] ---
    part_of_dose=r"(?:de\s+|d['’]\s*)(?:une?\s+)?",
    dose_forms=tuple(
        rf"{form}{_E}"
        for form in (
            "comprimés?",
            "gélules?",
            "capsules?",
            "cachets?",
            "pastilles?",
            "dragées?",
            "gouttes?",
            "sachets?",
            "inhalations?",
            "bouffées?",
            "patchs?",
            "timbres?",
            "ampoules?",
            "doses?",
            # spoonfuls (a syrup), suppositories, vials, sprays
            "cuillères?",
            "cuillerées?",
            "suppositoires?",
            "ovules?",
            "flacons?",
            "pulvérisations?",
        )
    ),
    negation=_ALL,
    # [negation] an order to stop: arrêtez, cessez, interrompez, suspendez (not after ne/n')
    stop_orders=rf"(?<!n{_A})(?<!ne\s){_W}(?:arrêtez|cessez|interrompez|suspendez){_E}",
    strong_negation=_STRONG,
    not_negation=_NOT_NEGATION,
    # "n'arrêtez pas de prendre" (do not stop taking), "n'oubliez pas", "ne sautez jamais de
    # dose", "ne pas interrompre": a "not" of stopping says to keep on.  Not "ne laissez pas le
    # médicament au soleil" (leave).
    negated_chewing=_NEGATED_CHEWING,
    negated_stop=(
        rf"{_W}n(?:e\s+|{_A}\s*)(?:(?:le|la|les|l{_A}|vous|en|y|pas|dev\w*|pouv\w*|faut)\s*)*"
        rf"(?:arrêt|interromp|oubli|saut|cess|abandonn|suspend)\w*(?:\s+(?:pas|jamais|plus){_E})?"
    ),
    day_halves=(rf"du\s+matin{_E}", rf"(?:de\s+l{_A}après-midi|du\s+soir){_E}"),
    clock_hour=rf"\s?h(?:\s?\d\d(?!\d))?(?![^\W\d_])|\s?heures?{_E}",  # 8 h, 8h30, 8 heures
    parts_of_day=rf"{_W}(?:matins?|matinées?|midi|après-midis?|soirs?|soirées?|nuits?|coucher){_E}",  # tous les soirs
    parts_of_day_of_a_noun=rf"{_W}(?:du|de\s+la|de\s+l{_A}|des)\s*(?:matin|matinée|midi|après-midi|soir|soirée|nuit|coucher){_E}",
    without=rf"{_W}sans{_E}",
    handling=frozen(_HANDLING),
    uses=frozen(_USES),
    every_day=rf"{_W}(?:tous\s+les\s+jours|chaque\s+jour|quotidiennement){_E}",
    any_day=rf"{_W}(?:aucun\s+jour|pas\s+un\s+(?:seul\s+)?jour){_E}",
    # [list-items]: ou, et, ni
    item_joins=rf"/|{_W}(?:ou|et|ni){_E}",
    # [negation] "unless" said as "if": si, s'il, lorsque, quand, en cas de; "only": seulement,
    # uniquement, ne ... que si, qu'à, qu'après ("N'arrêtez que si votre médecin vous le demande")
    plain_if=rf"{_W}(?:si{_E}|s{_A}(?=ils?{_E})|lorsque{_E}|lorsqu{_A}|quand{_E}|en\s+cas\s+d)",
    # (ne … que s'il: que before an elided si)
    unconditional=rf"{_W}(?:toujours|systématiquement|dans\s+tous\s+les\s+cas|en\s+tout\s+cas|chaque\s+fois"
    rf"|impérativement|sans\s+exception){_E}",
    only_if=rf"{_W}(?:seulement|uniquement){_E}|{_W}qu(?:e\s+(?:si|sur|lorsque|quand|après){_E}|e\s+s{_A}(?=ils?{_E})"
    rf"|{_A}(?:en|après|à))",
    # [negation] one of two said as both: à la fois, en même temps, ensemble, les deux (a pronoun:
    # not les deux cas, dans les deux yeux stands for a part of the body named)
    both=rf"{_W}(?:à\s+la\s+fois|en\s+même\s+temps|simultanément|ensemble|(?:tou(?:te)?s\s+)?les\s+deux(?=\s*(?:[,.;:!?]|$))){_E}",
    # ... and the choice kept: ou, soit, l'un, seul, seulement
    choice=rf"{_W}(?:ou|soit|l['’]une?|seule?|seulement|uniquement){_E}",
    # [negation] conditions joined by "or" said as joined by "and" (alternatives.py); ni (nor) keeps one
    condition_and=rf"{_W}et{_E}",
    condition_or=rf"{_W}(?:ou|ni){_E}",
    # [negation] a prohibition softened (softened.py); not the moins of "à moins que", "au moins"
    softened=rf"{_W}(?:réduisez|réduire|limitez|limiter|diminuez|diminuer|modérez|modérer|modération"
    rf"|(?<!\bà\s)(?<!\bau\s)(?<!\bdu\s)moins(?!\s+d(?:e\s*|['’]\s*)(?:\d|un|une|deux|trois))){_E}",
    if_possible=rf"{_W}(?:si\s+possible|dans\s+la\s+mesure\s+du\s+possible|autant\s+que\s+possible){_E}",
    excess=rf"{_W}(?:excès|excessi\w*|trop|grandes\s+quantités){_E}",
    for_a_time=rf"{_W}(?:pendant|durant)(?=\s*\d)",
    # il est déconseillé, évitez, il est interdit d'arrêter: keep on ([comparison]); not "conseillé"
    prohibits=rf"{_W}(?:déconseill\w*|évit\w*|interdi\w*|proscri\w*){_E}",
    # [negation] a "not" of a state (non ouvert: unopened), no prohibition
    negated_state=rf"{_W}non\s+(?:ouvert|utilisé|entamé|dilué|reconstitué|traité)\w*",
    # sautez la dose, and with its pronoun joined by a hyphen (sautez-la, omettez-la)
    skip_words=rf"{_W}(?:saut(?:ez|er)|omett(?:ez|re)|ignor(?:ez|er)|laissez\s+tomber)(?:-(?:la|le|les))?{_E}",
    taken_now=rf"{_W}(?:dès\s+que\s+vous\s+(?:vous\s+en\s+souvenez|y\s+pensez)|immédiatement|aussitôt|tout\s+de\s+suite){_E}",
    interval_before=rf"{_W}(?:tous|toutes)\s+les\s+$",  # tous les 5 jours, toutes les 4 heures
    duration_before=rf"{_W}(?:pendant|durant)\s+(?:les\s+)?$",  # pendant 5 jours, pendant les 3 premiers jours
    clause_joints=rf"{_W}(?:si|s{_A}(?=ils?\b)|quand|lorsque|tant\s+que|à\s+moins\s+que){_E}",
    one_negation_for_two=rf"{_W}(?:ou|ni){_E}",  # n'arrêtez pas ni ne sautez de dose: one "ne" for both
    # après l'avoir pris, avant de le prendre, après la prise ([comparison]): this medicine's taking
    # only, its pronoun or its name; not "après avoir pris des antiacides" nor "la prise d'un
    # antiacide", another's taking, whose time is the source's before or after
    from_the_taking=(
        rf"{_W}(?:(?:avant|après)\s+(?:(?:l['’]|les\s+)avoir\s+(?:pris|utilisé|appliqué|injecté)\w*"
        rf"|avoir\s+(?:pris|utilisé|appliqué|injecté)\s+{_THIS_MEDICINE})"
        rf"|avant\s+de\s+(?:le|la|les|l['’])\s*(?:prendre|utiliser|appliquer|injecter){_E}"
        rf"|(?:avant|après)\s+(?:la|sa|chaque)\s+(?:prise|dose|administration|injection|application){_E}"
        rf"(?!\s+(?:d['’]|de\s|des\s|du\s)(?!{_THIS_MEDICINE})))"
    ),
    eating=rf"{_W}(?:manger|mangez|repas|déjeuner|dîner){_E}",
    # [comparison] (event_times.py): what a before, an after or a while is said of
    events=(
        rf"{_W}(?:(?P<midnight>minuit)"
        r"|(?P<procedure>opérations?|interventions?|chirurgies?|examens?|procédures?|endoscopies?|coloscopies?"
        r"|biopsies?|anesthésies?)"
        rf"|(?P<taking>prendre|prenez|prises?|prenant|traitements?|utiliser|utilisez|utilisation|applications?)){_E}"
    ),
    during_words=rf"{_W}(?:pendant|durant|lors|au\s+cours|tout\s+au\s+long|tant\s+que){_E}",
    # [comparison] (until_from.py): until, from
    until_a_time=rf"{_W}jusqu",
    from_a_time=rf"{_W}(?:à\s+partir\s+d|dès{_E}|depuis{_E})",
    directions=frozen(_DIRECTIONS),
    keep_taking=_KEEP_TAKING,
    not_direction=_NOT_DIRECTION,
    urgency=_URGENCY,
    deferral=_DEFERRAL,
    not_deferral=_NOT_DEFERRAL,
    as_soon_as_possible=_AS_SOON_AS_POSSIBLE,
    double_dose=_DOUBLE_DOSE,
    as_needed=_AS_NEEDED,
    or_both=rf"{_W}ou\s+(?:(?:tou(?:te)?s\s+)?les\s+deux|bien\s+les\s+deux){_E}",
    in_addition=rf"{_W}(?:en\s+plus|de\s+plus|en\s+outre|et\s+aussi|et\s+également|ainsi\s+que){_E}",
    fixed_schedule=rf"{_W}fois\s+par\s+(?:jour|semaine|mois){_E}"
    rf"|{_W}toutes\s+les\s+\S+\s+(?:(?:à|ou)\s+\S+\s+)?(?:heures|jours|semaines){_E}",
    # a condition no word of "if" says: dès que, en présence de, à condition que, pour peu que
    other_conditions=rf"{_W}(?:dès\s+que|dès\s+qu|en\s+présence\s+d|à\s+condition\s+qu|pour\s+peu\s+qu|tant\s+qu)",
    # une demi-heure: 30 minutes; un quart d'heure: 15 minutes
    number_words=frozen(
        {
            "demi-heure": (("30", "minute"),),
            "quart d'heure": (("15", "minute"),),
            "quart d’heure": (("15", "minute"),),
            # a quarter of a year (3 months: a trimester) and a half-year said by one word, as the part of a
            # year it is (as Korean 반년): tous les trimestres, "the last 3 months of pregnancy" as le troisième
            # trimestre; not the plural alone, which may be two of them (les deux derniers trimestres)
            "trimestre": (("1/4", "year"),),
            "trimestriel": (("1/4", "year"),),
            "trimestrielle": (("1/4", "year"),),
            "trimestriels": (("1/4", "year"),),
            "trimestrielles": (("1/4", "year"),),
            "trimestriellement": (("1/4", "year"),),
            "tous les trimestres": (("1/4", "year"),),
            "semestre": (("1/2", "year"),),
            "semestriel": (("1/2", "year"),),
            "semestrielle": (("1/2", "year"),),
            "semestriels": (("1/2", "year"),),
            "semestrielles": (("1/2", "year"),),
            "semestriellement": (("1/2", "year"),),
            "tous les semestres": (("1/2", "year"),),
        }
    ),
    # Who, not how much: "les enfants de moins de 12 ans", "les personnes de plus de 65 ans".  The
    # "ne ... pas" around a verb before one denies the verb ("Ne le donnez pas aux enfants de moins
    # de 12 ans", "aux moins de 12 ans": to the under-12s), not the limit.
    group_limits=frozenset(
        {"de moins de", "de plus de", "aux moins de", "les moins de", "des moins de", "aux plus de", "les plus de"}
    ),
    # "Ne conduisez pas pendant plus de 24 heures": at most 24 hours of driving ([limits])
    more_than_phrases=frozenset({"plus de", "plus d", "au-delà de"}),
    # "trois fois ou plus", "au moins trois fois": 3 taken in, not "plus de" ([limits], [numbers]: count_bounds.py)
    inclusive_least_phrases=frozenset(
        {"ou plus", "et plus", "ou davantage", "au moins", "au minimum", "un minimum de", "pas moins de", "minimum"}
    ),
    most_phrases=frozenset({"au maximum", "au plus", "tout au plus", "un maximum de", "maximum"}),
    request_words=("veuillez",),
    elapsed_limits=frozenset(_ELAPSED),
    # "s'ils ne s'améliorent pas en 3 jours": within 3 days; not "en" before anything else
    # "en l'espace de 2 jours", "avant que 12 heures ne se soient écoulées": within, before a time only
    limits_before_a_time=frozen(
        {
            **{phrase: AT_LEAST for phrase in _ELAPSED},
            "en": AT_MOST,
            "dans la": AT_MOST,  # dans la demi-heure qui suit (within 30 minutes)
            "en l'espace de": AT_MOST,
            "dans l'espace de": AT_MOST,
            "avant que": AT_MOST,
        }
    ),
    limits_before=frozen(
        {
            "de moins de": AT_MOST,
            "de plus de": AT_LEAST,
            "aux moins de": AT_MOST,
            "les moins de": AT_MOST,
            "des moins de": AT_MOST,
            "aux plus de": AT_LEAST,
            "les plus de": AT_LEAST,
            # French denies a verb on both sides of it ("ne dépassez pas 4 g"): a "ne" before a
            # limit verb is not seen as denying it, so the denied verb is a phrase of its own.
            "ne dépassez pas": AT_MOST,
            "ne dépassez jamais": AT_MOST,
            "ne pas dépasser": AT_MOST,
            "ne dépasse pas": AT_MOST,
            "ne doit pas dépasser": AT_MOST,
            "ne doivent pas dépasser": AT_MOST,
            # the participle of storage and dose texts: "à une température ne dépassant pas 25 °C"
            "ne dépassant pas": AT_MOST,
            "ne dépassant jamais": AT_MOST,
            "n'excédant pas": AT_MOST,
            "n’excédant pas": AT_MOST,
            "n'excédez pas": AT_MOST,
            "n’excédez pas": AT_MOST,
            # "plus d" before "'un": the number "'un" starts at the apostrophe (numerals)
            "sans dépasser": AT_MOST,  # sans denies the verb: without going over
            "sans excéder": AT_MOST,
            "pas plus de": AT_MOST,
            "pas plus d": AT_MOST,
            "au maximum": AT_MOST,
            "au plus": AT_MOST,
            "tout au plus": AT_MOST,
            "un maximum de": AT_MOST,
            "maximum": AT_MOST,
            "maximale": AT_MOST,
            "jusqu'à": AT_MOST,
            "jusqu’à": AT_MOST,
            "moins de": AT_MOST,
            "moins d": AT_MOST,
            "dans les": AT_MOST,
            "dans un délai de": AT_MOST,
            "dans un délai d": AT_MOST,  # "dans un délai d'une heure": the number starts at the apostrophe
            "en moins de": AT_MOST,
            "inférieur à": AT_MOST,
            "inférieure à": AT_MOST,
            "inférieurs à": AT_MOST,
            "inférieures à": AT_MOST,
            "en dessous de": AT_MOST,
            "au-dessous de": AT_MOST,
            "au moins": AT_LEAST,
            "plus de": AT_LEAST,
            "plus d": AT_LEAST,
            **dict.fromkeys(
                (f"plus {word} que" for word in ("grand", "grande", "grands", "grandes", "long", "longue", "longs")),
                AT_LEAST,
            ),
            **dict.fromkeys(
                (f"plus {word} que" for word in ("petit", "petite", "petits", "petites", "court", "courte", "courts")),
                AT_MOST,
            ),
            "supérieur ou égal à": AT_LEAST,
            "supérieure ou égale à": AT_LEAST,
            "inférieur ou égal à": AT_MOST,
            "inférieure ou égale à": AT_MOST,
            "au-delà de": AT_LEAST,
            "dépassant": AT_LEAST,
            "au minimum": AT_LEAST,
            "un minimum de": AT_LEAST,
            "minimum": AT_LEAST,
            "minimale": AT_LEAST,
            "pas moins de": AT_LEAST,
            "supérieur à": AT_LEAST,
            "supérieure à": AT_LEAST,
            "supérieurs à": AT_LEAST,
            "supérieures à": AT_LEAST,
            "au-dessus de": AT_LEAST,
            "après": AT_LEAST,
            "à partir de": AT_LEAST,
            # "si la fièvre dépasse 38,5 °C"; "ne dépassez pas 4 g": the "ne" turns it around
            "dépasse": AT_LEAST,
            "dépassez": AT_LEAST,
            "dépasser": AT_LEAST,
            "excède": AT_LEAST,
            "excéder": AT_LEAST,
        }
    ),
    limit_subject=_LIMIT_SUBJECT,
    limit_prohibited=_LIMIT_PROHIBITED,
    limit_forbidden=_LIMIT_FORBIDDEN,
    more_allowed=_MORE_ALLOWED,
    permission=_PERMISSION,
    not_required=_NOT_REQUIRED,
    obligation=_OBLIGATION,
    advice=_ADVICE,
    not_recommended=rf"{_W}(?:(?:il\s+est\s+)?déconseillée?s?|on\s+(?:vous\s+)?déconseille"
    rf"|n['’]est\s+pas\s+(?:recommandée?|conseillée?)|il\s+est\s+(?:préférable|recommandé|conseillé)\s+de\s+ne\s+pas"
    rf"|(?:il\s+)?vaut\s+mieux\s+ne\s+pas|mieux\s+vaut\s+ne\s+pas){_E}",
    limits_after=frozen(
        {
            "ou plus": AT_LEAST,
            "ou moins": AT_MOST,
            "au maximum": AT_MOST,
            "au minimum": AT_LEAST,
            # "4 g par jour au plus", "2 heures au moins", "65 ans et plus"
            "au plus": AT_MOST,
            "tout au plus": AT_MOST,
            "au moins": AT_LEAST,
            "et plus": AT_LEAST,
            "ou davantage": AT_LEAST,
            "et moins": AT_MOST,
            "maximum": AT_MOST,
            "minimum": AT_LEAST,
            "ou supérieure": AT_LEAST,  # 38 °C ou supérieure
            "ou supérieur": AT_LEAST,
            "ou inférieure": AT_MOST,
            "ou inférieur": AT_MOST,
        }
    ),
    numerals=numerals,
    # "une dose double", "une quantité doublée", "une double dose": twice an amount, no number
    twice_an_amount=r"\b(?:dose|quantité)\s+(?:double|doublée)\b|\bdouble\s+dose\b",
    ordinals=ordinals,
    emergency_words=("urgence", "urgences", "samu", "ambulance", "pompiers"),
    call_before=(
        "appelez le",
        "appelez",
        "appeler le",
        "appelez immédiatement le",
        "appelez aussitôt le",
        "composez le",
        "composez",
        "composer le",
        "téléphonez au",
        "contactez le",
    ),
    extension_words=("poste",),
    menu_before=("tapez", "tapez le", "appuyez sur", "appuyez sur la touche", "faites le"),
    text_words=("SMS", "texto"),
    ignore_case=True,
)
