"""Portuguese, of Brazil (pt_BR) and of Portugal (pt_PT): Latin script (judged by
the identical-text rules only), unit words, "mil"/"milhão", ranges "de 3 a 5 dias".

Also its negations ("não", with "não só" = not only and "anti-inflamatórios não
esteroides" left out), limits ("no máximo", "pelo menos"), numbers in words
("vinte e um", "cento e vinte") and calls ("ligue para o 192"), for the meaning
checks.  Where Brazil and Portugal write a word differently (dezesseis /
dezasseis, "pule" / "salte" a dose, equipe / equipa), both are listed.
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
    not_after_a_count,
    parts_of_a_whole,
    past_the_hour,
    word_values,
)
from pipeline.literals import lowered

_W = r"(?<![\w-])"  # a word start (a hyphen joins words: "meio-dia", "não-esteroide", "anti-inflamatório")
_E = r"(?![\w-])"
# The medicine the leaflet is of, or its dose, as its taking names it (tomar o medicamento, a
# tomada deste medicamento): not another's (tomar antiácidos)
_THIS_MEDICINE = (
    r"(?:(?:este|esta|estes|estas|o|a|os|as|seu|sua|seus|suas)\s+)?"
    r"(?:medicamento|remédio|dose|comprimidos?|cápsulas?)(?![\w-])"
)
# Where an instruction's clause starts: its infinitive there is the instruction (opposites: swallow)
_AT_A_CLAUSE_START = r"(?:^|(?<=\n)|(?<=[.;:!?]\s)|(?<=,\s)|(?<=\be\s)|(?<=\bdepois\s))"
_NUMBER_AHEAD = r"(?=\s*(?:\d|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte)\b)"

# "não" but not the "não" of "anti-inflamatórios não esteroides" (non-steroidal: não esteroidais,
# não-esteroides), nor "não só" / "não apenas" / "não somente" (not only).
_STRONG = (
    rf"{_W}(?:não(?!\s*-?\s*esteroi?d)(?!\s+(?:só|apenas|somente){_E})|nunca|jamais|nem|nenhum|nenhuma|nenhuns"
    rf"|nenhumas|nada|ninguém|tampouco){_E}"
)
# ... and "sem" (without), "impossível" ("cannot"), and the verbs that forbid without a "não": evite
# (avoid), abstenha-se / abster-se (refrain, its "-se" kept in the word), proibido (forbidden); not
# "pare de" (stop: "do not stop" as "pare de" is the very error to find).
# contraindicado (must not be used: "é contraindicado para menores de 2 anos" says the "não").
_ALL = _STRONG + (
    # ausência, na falta de (the lack: "Na ausência de melhoria", if there is no improvement), as sem
    rf"|{_W}(?:sem|ausência|(?:na|à)\s+falta\s+de|impossível|impossíveis|evit\w*|abstenha(?:-se)?|abster(?:-se)?"
    rf"|proibid\w*|contraindicad[oa]s?){_E}"
)
# What looks like a negation and is not: "não mais de 4 g", "nunca mais do que 4 g" (a limit,
# [limits]), "ou não" (whether or not).
_NOT_NEGATION = (
    rf"{_W}(?:não|nunca|jamais)\s+(?:[^\s.,;:!?()]+\s+){{0,3}}?(?:mais|menos)\s+(?:de|do\s+que|que)"
    rf"{_NUMBER_AHEAD}|{_W}ou\s+não{_E}"
)

# A "not" of what would break a dose: "não a mastigue", "não mastigue nem triture", "não deve ser
# partido" (swallow it whole).
_BREAKING = r"(?:mastig|tritur|part[aei]|quebr|abr[aie]|esmag|mord|cort)\w*"
_NEGATED_CHEWING = (
    rf"{_W}(?:não|nunca)\s+(?:(?:o|a|os|as|se|deve|devem|ser)\s+)*{_BREAKING}"
    rf"(?:\s+(?:nem|ou)\s+(?:(?:o|a|os|as)\s+)*{_BREAKING})*"
)

# Directions ([comparison]): mais / menos, maior / menor, aumentar / diminuir, subir / baixar;
# antes / depois.  Not "baixo" alone (also "under": "abaixo de", "baixo risco" is low, not lower).
# mais baixo, mais curto (lower, shorter): "mais" marks a comparison, the word after it says which way.
_LOW = r"(?:baix|curt|pequen|lent|fraco|fraca)\w*"
# A time said as passed, an at least ([limits]: "passadas 12 horas" for "within 12 hours" turns it round)
_ELAPSED = ("depois de", "após", "passadas", "decorridas")

_DIRECTIONS = {
    MORE_LESS: (
        rf"{_W}(?:mais(?!\s+{_LOW})(?!\s+(?:tarde|cedo){_E})|maior(?:es)?|superior(?:es)?|aument\w*|elev(?:a|am|ar|ou|aram)"
        rf"|sub(?:a|am|ir|iu|iram|ido)|sobe|sobem){_E}",
        rf"{_W}(?:menos|mais\s+{_LOW}|menor(?:es)?|inferior(?:es)?|diminu\w*|reduz\w*|redu[çc]\w*|baix(?:ar|ou|aram|e|em){_E}"
        rf"|desc(?:e|er|eu|eram|ida)){_E}",
    ),
    BEFORE_AFTER: (
        rf"{_W}(?:antes|prévi[oa]s?|previamente|anterior(?:es|mente)?|com\s+antecedência|mais\s+cedo|(?:que\s+)?(?:ante|pre)ced(?:e|em)|(?:ante|pre)cedendo){_E}",
        rf"{_W}(?:depois|após|mais\s+tarde|posterior(?:es|mente)?|seguintes?\s+(?:a|à|ao|às|aos)|que\s+se\s+seguem){_E}",
    ),
    # Not "para" (for), "suspensão" (also the dose form: suspensão oral).
    STOP_CONTINUE: (
        rf"{_W}(?:pare|parem|parar|deix(?:e|em|ar|ou|a)\s+de|suspend\w*|interromp\w*|interrupção|abandon(?:e|em|ar|ou)){_E}",
        rf"{_W}(?:continu(?:e|em|ar|ando|ou|a)|mantenha\s+o\s+uso|sig(?:a|am)\s+(?:tomando|usando)){_E}",
    ),
    # A condition kept (a menos que, a não ser que, salvo se) or ignored (mesmo que, mesmo se,
    # ainda que; not "o mesmo que", the same as).
    UNLESS_EVEN_IF: (
        rf"{_W}(?:a\s+menos\s+que|a\s+não\s+ser\s+que|salvo\s+(?:se|quando|orientação|indicação|prescrição)"
        rf"|exceto\s+(?:se|quando)){_E}",
        rf"{_W}(?:(?<!\bo\s)(?<!\bdo\s)(?<!\bno\s)(?<!\bao\s)mesmo\s+(?:que|se|quando)|ainda\s+que){_E}",
    ),
}
# [comparison]: to keep taking or using a medicine (continue a tomar, continue tomando, mantenha o
# tratamento); not "se a erupção continuar" (if it goes on).
_KEEP_TAKING = (
    rf"{_W}(?:(?:continu(?:e|em|ar|ando)|sig(?:a|am))\s+(?:a\s+(?:tomar|usar|utilizar|aplicar|receber|administrar)"
    r"|(?:tom|us|utiliz|aplic|receb)\w*ndo|(?:com\s+)?(?:o|a|este|esta|seu|sua)\s+(?:tratamento|medicamento"
    rf"|perfusão|creme))|mantenha\s+o\s+(?:uso|tratamento)){_E}"
)
# pelo menos, ao menos (at least), a menos que (unless), mais ou menos (about), o mais rápido
# possível, o quanto antes, o mais cedo possível (as soon as possible), nunca mais (never again),
# para mais informações, saiba mais (for more information), pessoas maiores, maiores de idade;
# and a limit next to a number (mais de 65 anos, menos de 10%), which [limits] judges.
_NOT_DIRECTION = (
    rf"{_W}(?:pelo|ao|a)\s+menos{_E}|{_W}mais\s+ou\s+menos{_E}|{_W}o\s+mais\s+(?:rápido|cedo|breve)\s+possível{_E}"
    rf"|{_W}o\s+quanto\s+antes{_E}|{_W}(?:nunca|jamais)\s+mais{_E}|{_W}(?:para\s+mais|saiba\s+mais|leia\s+mais){_E}"
    rf"|{_W}além\s+disso{_E}|{_W}(?:pessoas|adultos|pacientes)\s+maiores{_E}|{_W}maiores\s+de\s+idade{_E}"
    rf"|{_W}(?:maior(?:es)?|menor(?:es)?|superior(?:es)?|inferior(?:es)?|mais|menos)\s+(?:de|do\s+que|que|a)\s+(?=\d)"
)

# Number words: one word each, then joined by "e" (vinte e um, cento e vinte, mil e quinhentos).
_CARDINALS: dict[str, int] = {
    "zero": 0,
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    "onze": 11,
    "doze": 12,
    "treze": 13,
    "catorze": 14,
    "quatorze": 14,
    "quinze": 15,
    "dezesseis": 16,  # Brazil
    "dezasseis": 16,  # Portugal
    "dezessete": 17,
    "dezassete": 17,
    "dezoito": 18,
    "dezenove": 19,
    "dezanove": 19,
    "vinte": 20,
    "trinta": 30,
    "quarenta": 40,
    "cinquenta": 50,
    "cinqüenta": 50,  # Brazil before 2009
    "sessenta": 60,
    "setenta": 70,
    "oitenta": 80,
    "noventa": 90,
    "cem": 100,
    "cento": 100,
    "duzentos": 200,
    "duzentas": 200,
    "trezentos": 300,
    "trezentas": 300,
    "quatrocentos": 400,
    "quatrocentas": 400,
    "quinhentos": 500,
    "quinhentas": 500,
    "seiscentos": 600,
    "seiscentas": 600,
    "setecentos": 700,
    "setecentas": 700,
    "oitocentos": 800,
    "oitocentas": 800,
    "novecentos": 900,
    "novecentas": 900,
    "mil": 1000,
    "milhão": 10**6,
    "milhões": 10**6,
    "dúzia": 12,
}
_WORD = "|".join(sorted(_CARDINALS, key=len, reverse=True))
_RUN = re.compile(rf"{_W}(?:{_WORD})(?:(?:\s+e\s+|\s+)(?:{_WORD}))*{_E}", re.IGNORECASE)
_PARTS = re.compile(rf"(?<![\w])(?:{_WORD})(?![\w])", re.IGNORECASE)
# "A metade" (half); "meio" and "meia" (half a: meio comprimido, meia hora), not "meio-dia"
# (noon), "meia-noite" (midnight), "por meio de" (by means of), "no meio" (in the middle) nor
# "meio ambiente" (the environment).
_HALF = re.compile(
    rf"{_W}(?:metade|(?<!por\s)(?<!no\s)(?<!do\s)(?<!ao\s)(?<!pelo\s)(?<!o\s)mei[oa](?!\s+ambiente)){_E}",
    re.IGNORECASE,
)
# "Twice as likely" is "o dobro de": 2.  Only after o, do or ao: "uma dose dobrada" is no count.
_TWICE = re.compile(rf"{_W}(?:o|do|ao)\s+(dobro){_E}", re.IGNORECASE)
# "And another": "uma dose de manhã e outra à noite" says one dose twice, as "one in the morning
# and one in the evening" does.  Not "outra vez" (again), nor "uma ou outra" (either).
_AND_ANOTHER = re.compile(rf"{_W}e\s+(outr[oa])(?!\s+vez{_E}){_E}", re.IGNORECASE)
# One period said with no number, as "uma semana" says it: "a semana seguinte", "no mês após"
# (the following week, month), "outra semana" (one week more; "e outra" is _AND_ANOTHER's): the
# article or "outra" is its one.
_ONE_PERIOD = re.compile(
    rf"{_W}(?:(a|na|o|no)(?=\s+(?:mês|semana|ano)\s+(?:seguinte|posterior|após|depois){_E})"
    rf"|(?<!{_W}e\s)(outr[oa])(?=\s+(?:mês|semana|ano){_E}))",
    re.IGNORECASE,
)
# "And a half" after a number and its noun: um comprimido e meio (1.5), duas horas e meia (2.5);
# and a quarter, not of an hour: um comprimido e um quarto (1.25).
_AND_A_HALF = re.compile(
    rf"{_W}(?P<number>\d+|{_WORD})\s+(?:[\w]+\s+e\s+mei[oa]|(?!horas?{_E})[\w]+\s+e\s+um\s+(?P<part>quarto)){_E}",
    re.IGNORECASE,
)
_and_a_half = and_a_half(_AND_A_HALF, _CARDINALS, {"quarto": Fraction(1, 4)})
# A time of the clock after às or as: "às oito e meia" (8 and 30), "à uma e meia" (1 and 30), "às
# 8 horas e meia"; "duas horas e meia" alone is a length (2.5).
_PAST_THE_HOUR = re.compile(
    rf"{_W}(?:às|as|à)\s+(?P<hour>\d{{1,2}}|uma|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze)"
    rf"(?:\s+horas?)?\s+e\s+(?P<part>meia){_E}",
    re.IGNORECASE,
)
_past_the_hour = past_the_hour(_PAST_THE_HOUR, _CARDINALS, {"meia": 30})


# A quarter or a third of something, after its numerator and before "de": "um quarto de comprimido"
# (1/4), "três quartos da dose" (3/4), "um terço de" (1/3), "dois terços" (2/3).  Not "o quarto
# dia" (the fourth: an ordinal), "um quarto de hora" (15 minutes), nor "um quarto de hospital" (a
# room).
_PART = re.compile(
    rf"{_W}(?P<numerator>uma?|dois|duas|três)\s+(?P<part>quartos?|terços?)"
    rf"(?=\s+d[eoa]s?{_E})(?!\s+de\s+(?:hora|hospital|banho|casal){_E})",
    re.IGNORECASE,
)
_parts = parts_of_a_whole(
    _PART,
    {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3},
    {"quarto": 4, "quartos": 4, "terço": 3, "terços": 3},
)


def _compound(words: list[int]) -> list[int]:
    """The numbers a run of number words says: each word added to the number before it where
    Portuguese writes it so (vinte e um, cento e vinte, dois mil e quinhentos), else a new number
    begins ("dois três dias": 2, 3)."""
    numbers: list[int] = []
    total = current = last = 0
    for value in words:
        if value in (1000, 10**6) and 0 < current < 1000:  # dois mil, três milhões
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
    """Whether ``value`` adds to a number whose last word was ``last``: vinte e dois, cento e
    vinte, duzentos e cinco, mil e quinhentos."""
    if last >= 1000:
        return value < 1000
    if last >= 100:
        return value < 100
    return last >= 20 and value < 10


def numerals(text: str) -> Spans:
    """Portuguese number words, read generously: "zero" (0), "um efeito" (1), "dez" (10),
    "vinte e quatro" (24), "cento e vinte" (120), "dezesseis" / "dezasseis" (16), "a metade" and
    "meia hora" (1/2), "o dobro" (2), "um comprimido e meio" (3/2),
    "um quarto de" (1/4), "dois terços de" (2/3), "e outra" (1), "a semana seguinte" (1).  A run that says several
    numbers ("dois três dias") gives each its own span; "às oito e meia" (8 and 30)."""
    yield from _past_the_hour(text)
    for match in _RUN.finditer(text):
        parts = list(_PARTS.finditer(match.group()))
        values = _compound([_CARDINALS[lowered(part.group())] for part in parts])
        if len(values) == 1:
            yield match.start(), match.end(), Fraction(values[0])
            continue
        for part, value in zip(parts, values, strict=False):
            yield match.start() + part.start(), match.start() + part.end(), Fraction(value)
    for match in _HALF.finditer(text):
        yield match.start(), match.end(), Fraction(1, 2)
    for match in _TWICE.finditer(text):
        yield match.start(1), match.end(1), Fraction(2)
    yield from _and_a_half(text)
    yield from _parts(text)
    for match in _AND_ANOTHER.finditer(text):
        yield match.start(1), match.end(1), Fraction(1)
    for match in _ONE_PERIOD.finditer(text):
        yield match.start(), match.end(), Fraction(1)


# Ordinals, before their noun ("o terceiro dia" for "day 3", "a segunda dose"), in every gender
# and number: primeiro, primeira, primeiros ...
_ORDINAL_STEMS = {
    "primeir": 1,
    "segund": 2,
    "terceir": 3,
    "quart": 4,
    "quint": 5,
    "sext": 6,
    "sétim": 7,
    "oitav": 8,
    "non": 9,
    "décim": 10,
    "vigésim": 20,
}
_ORDINAL = re.compile(
    rf"{_W}(?P<stem>{'|'.join(sorted(_ORDINAL_STEMS, key=len, reverse=True))})(?:o|a|os|as){_E}", re.IGNORECASE
)


# Portuguese ordinals: "terceiro" (3), "segunda" (2), "décimo" (10).
ordinals = word_values(_ORDINAL, "stem", _ORDINAL_STEMS)


# The dose a limit may follow at the head of its clause: "Doses de mais de 4 g por dia não devem
# ser administradas", "Doses superiores a 4 g ..." (an article, a dose or an amount, "diária(s)",
# the "de" that ties the limit to it); never a verb.
_LIMIT_SUBJECT = (
    r"(?:(?:as|umas|a|uma)\s+)?(?:doses?|quantidades?|comprimidos?|c[aá]psulas?|gotas?|ampolas?)"
    r"(?:\s+diárias?)?(?:\s+de)?"
)
# A prohibition said after a limit that opens its clause ("Doses inferiores a 4 g por dia não devem
# ser administradas": at least 4 g): it denies the limit, where a plain "não" may deny something else.
_LIMIT_PROHIBITED = (
    rf"{_W}não\s+(?:se\s+)?(?:dev\w*|pod\w*)\s+(?:\w+mente\s+)?(?:ser\s+)?"
    r"(?:administr|dad|dar|tom|us|utiliz|receit|prescr|infund|injet|aplic|inger)\w*"
    rf"|{_W}não\s+(?:se\s+)?(?:recomend\w*|(?:são|é|estão|está)\s+(?:recomendad|permitid|indicad)\w*)"
)
# [limits]: permission to take more, as a clause of its own ("Se precisar, pode tomar mais", "você pode
# usar mais se a dor continuar"); not "não pode tomar mais", nor "pode tomar mais de 4 g" (a limit).
# So is a dose added or the dose raised past ("pode tomar uma dose adicional", "pode aumentar a dose",
# "pode ultrapassar esta dose").
_MORE_ALLOWED = (
    rf"(?<!não ){_W}pode\s+(?:(?:tomar|usar|utilizar|aplicar|administrar)\s+(?:um\s+pouco\s+)?mais"
    rf"(?=\s*(?:[.,;:!?)]|$|se{_E}|quando{_E}))"
    rf"|(?:tomar|usar|utilizar)\s+(?:uma\s+)?doses?\s+(?:adicional|adicionais|extra|extras){_E}"
    rf"|(?:aumentar|ultrapassar|exceder)\s+(?:a|esta|essa)\s+dose{_E})"
)
# [negation]: a permission (pode tomar, poderá, é permitido): said where the source forbids, with no
# "não" ("Pode tomar este medicamento se estiver grávida."), it tells a patient the opposite.
_PERMISSION = rf"{_W}(?:pode[ms]?|poderá|poderão|permitid[oa]s?){_E}"
# [negation]: a thing that need not be done ("não precisa", "não tem de", "não é necessário", "pode não
# conduzir": may choose not to); not "não deve" (must not).
_NOT_REQUIRED = (
    rf"{_W}(?:não\s+(?:precisa[ms]?|precisará|precisarão|necessita[ms]?|(?:tem|têm|terá|terão)\s+(?:de|que)"
    r"|é\s+(?:preciso|necessári[oa]|obrigatóri[oa])|há\s+necessidade|está[ms]?\s+obrigad[oa]s?|necessariamente)"
    rf"|(?:pode[ms]?|poderá|poderão)\s+não|desnecessári[oa]s?){_E}"
)
# [negation]: an obligation (deve, tem de, é necessário, precisa).
_OBLIGATION = (
    rf"{_W}(?:deve[ms]?|deverá|deverão|deveria[m]?|(?:tem|têm|terá|terão)\s+(?:de|que)"
    rf"|é\s+(?:necessári[oa]|obrigatóri[oa]|precis[oa]|imprescindível)|precisa[ms]?|precisará|obrigatóri[oa]s?){_E}"
)
# [negation]: an advice where a source forbids: ask a doctor first ("consulte o seu médico", "fale
# com o seu médico"), with caution ("com precaução", "tenha cuidado"; not "com cuidado", the
# "carefully" of handling), in moderation.
_ADVICE = (
    rf"{_W}(?:consult\w*\s+(?:o\s+)?(?:seu\s+)?(?:médico|farmacêutico)|(?:fale|converse)\s+com\s+o\s+(?:seu\s+)?(?:médico|farmacêutico)"
    rf"|pergunte\s+ao\s+(?:seu\s+)?(?:médico|farmacêutico)|com\s+(?:precaução|prudência|moderação)"
    rf"|tenha\s+(?:cuidado|precaução)|moderadamente){_E}"
)
_LIMIT_FORBIDDEN = rf"{_W}pro[ií]b\w*\s+(?:tomar|administrar|dar|usar|utilizar|aplicar|ingerir){_E}\s*$"

# Urgency ([urgency]): imediatamente, de imediato, imediato/imediata (assistência imediata), já, sem
# demora, o mais rápido / depressa / cedo possível, o mais breve possível (not "o mais breve" alone: the
# shortest), o quanto antes, assim que / logo que possível, urgente(mente), com urgência, rapidamente,
# agora (mesmo) (for "Call … now").
_URGENCY = (
    rf"{_W}(?:agora(?:\s+mesmo)?|imediat(?:amente|[oa]s?)|de\s+imediato|já|sem\s+(?:demora|demorar|esperar)|o\s+mais\s+(?:rápido|depressa|cedo)"
    rf"|o\s+mais\s+breve\s+possível"
    rf"|o\s+quanto\s+antes|(?:assim|logo)\s+que\s+possível|urgente(?:s|mente)?|com\s+urgência|rapidamente){_E}"
)
# A hurry softened ([urgency]): o mais rápido / depressa / cedo / breve possível, o quanto antes, assim /
# logo / tão logo que possível or puder, com a maior brevidade, quando puder.
_AS_SOON_AS_POSSIBLE = (
    rf"{_W}(?:o\s+mais\s+(?:rápido|rapidamente|depressa|cedo|breve)\s+(?:possível|que\s+puder)|o\s+quanto\s+antes"
    rf"|(?:assim|logo|tão\s+logo)\s+que\s+(?:possível|puder|possa)|tão\s+logo\s+(?:possível|puder)"
    rf"|com\s+a\s+maior\s+brevidade(?:\s+possível)?|quando\s+puder){_E}"
)
# Putting off ([urgency]): na sua próxima consulta / visita, na próxima semana, na semana que vem, nos
# próximos dias, daqui a alguns dias, mais tarde, quando for conveniente; not "se lembrar mais tarde"
# (remember later), "dias mais tarde" (days later), "não mais tarde que".
_DEFERRAL = (
    r"(?<![\w-])(?:próxim[ao]\s+(?:consulta|visita|semana|revisão)|semana\s+que\s+vem|próximos\s+dias"
    r"|daqui\s+a\s+(?:alguns|uns|poucos)\s+dias|mais\s+tarde|quando\s+(?:lhe\s+)?(?:for|seja)\s+conveniente"
    r"|quando\s+lhe\s+convier)(?![\w-])"
)
_NOT_DEFERRAL = (
    r"(?:lembr\w*(?:-se)?|record\w*(?:-se)?|aparec\w*|surg\w*|dias|semanas|horas|meses|minutos)\s+mais\s+tarde"
    r"|mais\s+tarde\s+(?:se\s+)?(?:lembr|record|aparec)\w*|não\s+mais\s+tarde|o\s+mais\s+tardar"
)
# A double dose ([negation]): uma dose dupla / dobrada / a dobrar / em dobro, dupla dose, dobrar a dose,
# duas doses de uma vez / ao mesmo tempo / juntas.
_DOUBLE_DOSE = (
    r"(?<![\w-])(?:(?:dose|quantidade)\s+(?:dobrada|dupla|em\s+dobro|a\s+dobrar)|dupla\s+dose|dobr\w*\s+(?:a\s+)?dose"
    r"|duas\s+doses\s+(?:de\s+uma\s+vez|ao\s+mesmo\s+tempo|juntas))(?![\w-])"
)
# [as-needed]: se necessário, quando necessário, conforme necessário, em caso de necessidade, se
# precisar; and a condition a dose is taken on (se, caso, em caso de, quando: "em caso de dor" for
# "for pain, if needed"), or the pain or fever it is for ("para dor").
_AS_NEEDED = rf"{_W}(?:necessári[oa]s?|necessidade|precis\w*|se|caso|quando|dor(?:es)?|febre){_E}"
# [dose-times]: "noite" is the evening as much as the night; not "amanhã" (tomorrow), "mais tarde" (later).
# A meal named is its time of day: café da manhã (its "manhã"), desjejum and pequeno-almoço the morning
# (not "almoço" after its hyphen), almoço midday, jantar the evening.
DAY_TIMES = {
    BEDTIME: rf"{_W}(?:ao\s+deitar(?:-se)?|antes\s+de\s+(?:se\s+)?deitar(?:-se)?"
    rf"|antes\s+de\s+dormir|na\s+hora\s+de\s+dormir){_E}",
    # on waking is the morning: "ao acordar", "ao levantar-se" (not "ao levantar", lifting)
    MORNING: rf"{_W}(?:manhãs?|desjejum|pequeno-almoço|ao\s+(?:acordar|despertar|levantar-se|se\s+levantar)){_E}",
    MIDDAY: rf"{_W}(?:meio-dia|almoços?|almoçar){_E}",
    # "à tarde" is the afternoon or the evening: "no início da tarde" for "in the early afternoon"
    f"{AFTERNOON}/{EVENING}": rf"{_W}(?:à|a|pela|de|da|na)\s+tarde{_E}",
    EVENING: rf"{_W}(?:jantar(?:es)?|janta){_E}",
    f"{EVENING}/{NIGHT}": rf"{_W}noites?{_E}",
    NIGHT: rf"{_W}meia-noite{_E}",
}


# [units] rule 10: "por" before a number of hours or days is "for" (por 4 horas, por 5 dias), but
# "per" after a count of times or doses, or after an amount (2 vezes por 24 horas, 4 doses por 24
# horas, 4 g por 24 horas: a rate, as "every 24 hours" is).
_NOT_A_RATE = not_after_a_count(("vez", "vezes", "dose", "doses", "toma", "tomas"), _W)
# [opposites]: "direito" is also a right (a patient's), read only where the source names a side.
_PERIOD = rf"(?:horas?|dias?|semanas?|m[eê]s(?:es)?|anos?){_E}"
# An infusion's rate, then up to three words before the verb that changes it ("a velocidade da
# perfusão será", "o ritmo pode ser") ([opposites]).
_RATE_THEN = r"(?:velocidade|ritmo|débito)(?:\s+d[ao]\s+(?:perfusão|infusão|gotejamento|injeção))?\s+(?:\w+\s+){0,3}?"

# A thigh, an arm or a leg, and the words that say a side of one ([opposites]): "a parte externa da coxa".
_LIMB = r"(?:coxas?|braços?|antebraços?|pernas?)"
_SIDE_PART = r"(?:parte|face|zona|lado|região|área|superfície)"
_OF_A_LIMB = rf"\s+(?:d[aeo]s?|de\s+(?:uma|um|sua|seu|cada))\s+{_LIMB}"
OPPOSITES = {
    WITH_FOOD: rf"{_W}(?:(?:junto\s+)?com|durante)\s+(?:(?:a|as|uma|o|os|alguma|algum)\s+)?"
    rf"(?:refeição|refeições|comida|alimentos?){_E}",
    # not a fasting blood test ("glicemia em jejum", "exame de sangue em jejum")
    EMPTY_STOMACH: rf"{_W}(?:(?<!glicemia\s)(?<!glicose\s)(?<!sangue\s)(?<!exame\s)em\s+jejum|estômago\s+vazio"
    rf"|entre\s+(?:as\s+)?refeições|(?:fora|longe|afastad[oa]s?|distante)\s+das\s+refeições){_E}",
    LEFT: rf"{_W}esquerd[oa]s?{_E}",
    RIGHT: rf"{_W}direit[oa]s?{_E}",
    BOTH_SIDES: rf"{_W}(?:amb[oa]s\s+(?:os|as)|(?:os|as)\s+du[ao]s|cada)\s+(?:olhos?|ouvidos?|orelhas?|narinas?|lados?"
    rf"|braços?|pernas?|mãos?|pés?){_E}",
    BY_MOUTH: rf"{_W}(?:(?:por\s+)?via\s+oral|uso\s+oral|pela\s+boca|oralmente){_E}",
    UNDER_THE_SKIN: rf"{_W}(?:(?:sob\s+a|debaixo\s+da)\s+pele|subcutâne[oa]s?|subcutaneamente){_E}",
    INTO_A_MUSCLE: rf"{_W}(?:no\s+músculo|em\s+um\s+músculo|intramusculares|intramuscular(?:mente)?){_E}",
    # "em uma veia" alone is in loose_route_words (um coágulo em uma veia); "Injete 10 unidades em uma
    # veia" (a dose at most between the verb and the vein), "injeção em uma veia" say where the
    # injection goes; not "a injeção pode causar dor em uma veia"
    INTO_A_VEIN: rf"{_W}(?:na\s+veia|em\s+uma\s+veia|(?:intra|endo)venos[oa]s?|(?:intra|endo)venosamente){_E}"
    rf"|{_W}(?:injet\w*(?:-(?:o|a|os|as))?(?:\s+\w+(?:[.,]\d+)?){{0,3}}?|injeç(?:ão|ões))\s+em\s+uma\s+veia{_E}",
    # "no ânus" said of where a dose is put: "Insira um supositório no ânus" (a dose at most between);
    # not the anus alone (coceira ao redor do ânus, an itch)
    RECTAL: rf"{_W}(?:retal|retais|retalmente|(?:pelo|no)\s+reto){_E}"
    rf"|{_W}(?:insir|inser|introduz)\w*(?:-(?:o|a|os|as))?(?:\s+\w+(?:[.,]\d+)?){{0,3}}?\s+no\s+ânus{_E}",
    REFRIGERATOR: rf"{_W}(?:geladeira|refrigerador|frigorífico|refriger(?:ar|ado|ada|ados|adas)){_E}",
    ROOM_TEMPERATURE: rf"{_W}temperatura\s+ambiente{_E}",
    FREEZER: rf"{_W}(?:congelador|freezer|congel\w*)",
    # "não são comuns" (not common) is rare, as "not common" is in English; not "não são tão comuns"
    # (not as common: a comparison) nor an adverb ("não frequentemente")
    RARE: rf"{_W}(?:rar[oa]s?|raramente|incomu(?:m|ns)|(?:pouco|menos)\s+(?:frequentes?|comu(?:m|ns))"
    rf"|não\s+(?:(?:é|são)\s+)?(?:muito\s+)?(?:frequentes?|comu(?:m|ns))){_E}",
    COMMON: rf"{_W}(?<!pouco\s)(?<!menos\s)(?:comu(?:m|ns)|frequentes?|frequentemente){_E}",
    # not "ao deitar" (at bedtime)
    UPRIGHT: rf"{_W}(?:em\s+pé|eret[oa]s?|posição\s+(?:vertical|ereta)){_E}",
    LYING_DOWN: rf"{_W}(?:deite-se|deitad[oa]s?){_E}",
    OUT_OF_REACH: rf"{_W}(?:fora|longe)\s+(?:da\s+vista\s+e\s+)?do\s+alcance{_E}",
    WITHIN_REACH: rf"{_W}ao\s+alcance{_E}",
    # one side ("uma narina", "um só olho") or the affected one ("o olho afetado"): not "um olho ou
    # ambos" (one or both)
    ONE_SIDE: rf"{_W}(?:(?:um|uma)\s+(?:só\s+|únic[oa]\s+)?(?:olho|ouvido|orelha|narina){_E}"
    rf"(?!\s+ou\s+(?:em\s+)?(?:ambos|ambas|os\s+dois|as\s+duas){_E})"
    rf"|(?:olho|ouvido|orelha|narina)\s+(?:afetad[oa]|acometid[oa]|doente){_E})",
    # the other side ("o outro olho", "o outro"): with one side, both ("em um olho e depois no outro")
    OTHER_SIDE: rf"{_W}(?:o|a|no|na)\s+outr[oa]{_E}(?:\s+(?:olho|ouvido|orelha|narina|lado){_E})?",
    EYE: rf"{_W}(?:olhos?|oftálmic[oa]s?|colírios?){_E}",
    EAR: rf"{_W}(?:ouvidos?|orelhas?|otológic[oa]s?){_E}",
    NOSE: rf"{_W}(?:nariz|narinas?|nasal|nasais){_E}",
    AFTER_A_MEAL: rf"{_W}(?:após|depois\s+d[ao]s?)\s+(?:(?:a|as|uma|cada)\s+)?(?:refeição|refeições|comer){_E}",
    # routes, read as [opposites] reads them: a swallow is by mouth where no "not" is said, a dose form
    # its route where no other is named beside it
    # engula, "Engolir o comprimido" (the infinitive of an instruction, at the start of its clause):
    # not engolir elsewhere (dificuldade para engolir)
    SWALLOWED: rf"{_W}(?:engula(?:-[oa]s?)?|{_AT_A_CLAUSE_START}engolir|{_AT_A_CLAUSE_START}engoli-l[oa]s?){_E}",
    UNDER_THE_TONGUE: rf"{_W}(?:(?:embaixo|debaixo|abaixo)\s+da\s+língua|sob\s+a\s+língua|sublingua(?:l|is)){_E}",
    VAGINAL: rf"{_W}(?:(?:por\s+)?via\s+vaginal|na\s+vagina|vaginalmente){_E}",
    # inale, inalar (not inalterado: unchanged)
    INHALED: rf"{_W}(?:inal(?:e|ar|á-lo|ação|ado|ada)|inspire|inspirar|respire){_E}",
    FOR_EXTERNAL_USE: rf"{_W}(?:uso\s+(?:externo|tópico|cutâneo)|via\s+(?:tópica|cutânea)){_E}",
    SUPPOSITORY: rf"{_W}supositórios?(?!\s+vagina){_E}",
    VAGINAL_DOSE_FORM: rf"{_W}(?:comprimidos?|supositórios?|óvulos?|cápsulas?)\s+vagina(?:l|is){_E}",
    # a spoon a dose is measured with; not "colher" alone, nor "colher de sobremesa" (a dessert spoon)
    TEASPOON: rf"{_W}(?:colher(?:es)?\s+\(?(?:de\s+)?chá|colherinhas?|colher(?:es)?\s+pequenas?){_E}",
    TABLESPOON: rf"{_W}(?:colher(?:es)?\s+\(?(?:de\s+)?sopa|colher(?:es)?\s+grandes?){_E}",
    DESSERT_SPOON: rf"{_W}colher(?:es)?\s+\(?(?:de\s+)?sobremesa{_E}",
    PREGNANCY: rf"{_W}(?:gravidez|grávidas?|gestação|gestantes?){_E}",
    BREAST_FEEDING: rf"{_W}(?:amamenta(?:ção|ndo|r|m)?|amamente|lactação|lactantes?){_E}",
    # nos 3 primeiros dias, nos primeiros 3 meses, nas últimas 24 horas, o último trimestre: an ordinal
    # before a period (a number between at most), not "a primeira dose", "a última dose"
    FIRST_PART: rf"{_W}primeir[oa]s?\s+(?:[\w-]+\s+)?{_PERIOD}|{_W}primeiro\s+trimestre{_E}",
    LAST_PART: rf"{_W}últim[oa]s?\s+(?:[\w-]+\s+)?{_PERIOD}|{_W}(?:último|terceiro)\s+trimestre{_E}",
    DIFFERENT_SITE: (
        rf"{_W}(?:(?:mude|troque|alterne|reveze)\s+(?:o\s+|os\s+|de\s+|a\s+|as\s+)?(?:local|locais|pontos?|áreas?)"
        rf"|(?:local|locais|pontos?|áreas?)\s+diferentes?|outr[oa]s?\s+(?:local|locais|pontos?|áreas?)){_E}"
    ),
    SAME_SITE: rf"{_W}mesm[oa]s?\s+(?:local|locais|pontos?|áreas?){_E}",
    # abrandar, desacelerar, reduzir a velocidade, mais devagar, lentamente; acelerar, aumentar a
    # velocidade, mais rápido; interromper, suspender, parar; a rate's change said after it too ("a
    # velocidade da perfusão será reduzida / aumentada")
    SLOWER: rf"{_W}(?:abrand\w*|desaceler\w*|(?:reduz|redu[çc]|diminu|baix)\w*\s+(?:d?a\s+)?(?:velocidade|ritmo)"
    rf"|mais\s+(?:lent\w*|devagar)|lentamente|devagar|{_RATE_THEN}(?:reduz|reduzi|diminu|baix)\w*){_E}",
    FASTER: rf"{_W}(?:aceler\w*|aument\w*\s+(?:a\s+)?(?:velocidade|ritmo)|mais\s+rápid\w*"
    rf"|{_RATE_THEN}(?:aument|elev|increment)\w*){_E}",
    INFUSION_STOPPED: rf"{_W}(?:interromp\w*|interrupção|suspend\w*|par(?:e|em|ar|ada|ado)){_E}",
    # escura; clara, pálida, descorada
    DARK: rf"{_W}escur\w*{_E}",
    PALE: rf"{_W}(?:clar[ao]s?|pálid[ao]s?|descorad[ao]s?|esbranquiçad[ao]s?){_E}",
    # uma dose mais baixa (menor, reduzida), reduzir a dose; uma dose mais alta (maior), aumentar a dose
    LOWER_DOSE: rf"{_W}(?:doses?\s+(?:mais\s+(?:baixas?|pequenas?|fracas?)|menor(?:es)?|inferior(?:es)?|reduzidas?|baixas?)"
    rf"|(?:reduz|redu[çc]|diminu|baix)\w*\s+(?:d?a\s+)?dose){_E}",
    HIGHER_DOSE: rf"{_W}(?:doses?\s+(?:mais\s+(?:altas?|elevadas?|fortes?)|maior(?:es)?|superior(?:es)?|aumentadas?|altas?"
    rf"|elevadas?)|aument\w*\s+(?:d?a\s+)?dose){_E}",
    # a parte (face, zona, lado) externa (exterior, lateral, de fora) da coxa, a coxa externa; a parte
    # interna (interior, medial, de dentro): only with the limb
    OUTER_SIDE: rf"{_W}(?:{_SIDE_PART}\s+(?:extern[ao]|exterior|lateral|de\s+fora){_OF_A_LIMB}"
    rf"|{_LIMB}\s+(?:extern[ao]|exterior)){_E}",
    INNER_SIDE: rf"{_W}(?:{_SIDE_PART}\s+(?:intern[ao]|interior|medial|de\s+dentro){_OF_A_LIMB}"
    rf"|{_LIMB}\s+(?:intern[ao]|interior)){_E}",
    # a parte da frente (anterior) da coxa; a parte de trás (posterior) do braço
    FRONT_SIDE: rf"{_W}{_SIDE_PART}\s+(?:anterior|frontal|da\s+frente|dianteira){_OF_A_LIMB}{_E}",
    BACK_SIDE: rf"{_W}{_SIDE_PART}\s+(?:posterior|de\s+trás|traseira){_OF_A_LIMB}{_E}",
}


# [opposites]: where an injection goes, read only beside an injection named (injete, injeção).
INJECTION_SITES = {
    UPPER_ARM: rf"{_W}(?:braços?|deltoide){_E}",
    THIGH: rf"{_W}coxas?{_E}",
    ABDOMEN: rf"{_W}(?:abdômen|abdome|abdominal|barriga|ventre|estômago(?!\s+vazio)){_E}",
    BUTTOCK: rf"{_W}(?:nádegas?|glúteos?|glútea|quadris?){_E}",
    INJECTED: rf"{_W}(?:injet\w*|injeç(?:ão|ões)){_E}",
}


# An immune system, or immunity, before a word of its state ([people]): "sistema imunitário", "defesas".
_IMMUNE = r"(?:sistemas?\s+imun(?:itário|ológico|e)s?|imunidade|defesas)"
# [people]: the groups of people an entry names, in the order they are read (pipeline/checks/people.py)
_PEOPLE_GROUPS = frozen(
    {
        "planning a pregnancy": r"\b(?:planeia|planeando|planeja|planejando|a\s+planear|pretende|tenciona|deseja|quer"
        r"|tenta|tentando|a\s+tentar|procura)\s+(?:\w+\s+){0,2}?(?:engravidar|ficar\s+grávida|(?:uma\s+)?gravidez"
        r"|ter\s+um\s+(?:filho|bebé|bebê))|planeamento\s+de\s+(?:uma\s+)?gravidez",
        "breastfeeding": r"amament\w*|aleitamento|lacta[çc][ãa]o|lactante|leite\s+materno|\bde\s+mamar",
        "pregnant": r"gr[áa]vidas?\b|gravidez|gestante|gesta[çc][ãa]o|engravid\w*",
        "older people": r"\bidos[oa]s?\b|pessoas\s+idosas|\bmais\s+de\s+6\d\s+anos|\b6\d\s+anos\s+ou\s+mais|\bacima\s+de\s+6\d",
        "children": r"crian[çc]as?|\bfilh[oa]s?\b|beb[éê]s?\b|adolescentes?|recém-nascidos?|\bmenores\s+de\s+\d+"
        r"|\bmenos\s+de\s+\d+\s+anos",
        "adults": r"\badult[oa]s?\b",
        # the patient's partner (a parceira, o companheiro, o cônjuge, a esposa, o marido): read before women and men
        "partners": r"\bparceir[ao]s?\b|\bcompanheir[ao]s?\b|\bc[ôo]njuges?\b|\bespos[ao]s?\b|\bmarido\b|\bnamorad[ao]s?\b",
        "women": r"\bmulher(?:es)?\b|\bmães?\b",
        "men": r"\bhomens?\b|\bhomem\b",
        "people with kidney problems": r"\brins?\b|\brenal\b|\brenais\b",
        "people with liver problems": r"f[íi]gado|hep[áa]tic\w*",
        # um sistema imunitário enfraquecido (as defesas baixas), imunodeprimido; um sistema imunitário
        # saudável (normal, forte), imunocompetente
        "people with a weakened immune system": rf"{_W}(?:{_IMMUNE}\s+(?:\w+\s+)?(?:enfraquecid|debilitad|frac|deprimid"
        rf"|comprometid|diminuíd|baix|suprimid)\w*|imuno(?:deprimid|comprometid|suprimid)\w*|defesas\s+baixas){_E}",
        "people with a healthy immune system": rf"{_W}(?:{_IMMUNE}\s+(?:(?!não{_E})\w+\s+)?(?:saudáve(?:l|is)|normal|normais"
        rf"|fortes?|intact[oa]s?|sã(?:o|s)?)|imunocompetentes?){_E}",
    }
)


# [negation]: what may be done to a dose (mastigar, triturar, esmagar, partir, abrir, dissolver),
# which a source may forbid; not "a partir de" (from), nor "parte" (a part).
_OBJECT = r"(?:-(?:o|a|os|as|se|lo|la|los|las))?"
_HANDLING = {
    CHEWING: rf"{_W}mastig\w*",
    CRUSHING: rf"{_W}(?:tritur|esmag|pulveriz)\w*",
    SPLITTING: (
        rf"(?<!a\s){_W}p[aá]rt(?:ir|a|am|ido|ida|idos|idas){_OBJECT}{_E}"
        rf"|{_W}(?:quebr\w*|c[oó]rt(?:ar|e|em|ado|ada){_OBJECT}{_E})"
    ),
    OPENING: rf"{_W}abr(?:ir|a|am|e|em|i){_OBJECT}{_E}",
    DISSOLVING: rf"{_W}dissolv\w*",
}

# [negation]: using a medicine a source may forbid: stopping it (parar, interromper, suspender,
# deixar de), keeping it in the fridge (frigorífico, geladeira) or freezing it (congelar).
_USES = {
    STOPPING: rf"{_W}(?:par(?:ar|e|em)|interromp\w*|suspend\w*|deix(?:ar|e|em)\s+de){_E}",
    REFRIGERATING: rf"{_W}(?:refriger\w*|frigorífico|geladeira)",
    FREEZING: rf"{_W}congel\w*",
}


LANGUAGE = Language(
    people_groups=_PEOPLE_GROUPS,
    not_people=r"idade\s+f[ée]rtil|\bpossam?\s+engravidar",
    code="pt",
    # cut in half: "Corte o comprimido ao meio", "pela metade", "em duas partes" ([number-words])
    how_a_tablet_is_cut=r"\bao meio\b|\bpela metade\b|\bem (?:duas|dois)(?:\s+(?:metades|partes|pedaços)\b|(?=\s*[.,;:]))",
    english_name="Portuguese",
    day_times=frozen(DAY_TIMES),
    opposites=frozen(OPPOSITES),
    injection_sites=frozen(INJECTION_SITES),
    # "Retire-a da geladeira 30 minutos antes", "fora da geladeira"
    # "um coágulo em uma veia", "dor em um músculo": a vein or a muscle a side effect is in, with its
    # "a"; a route's swap said by them alone is a warning ("na veia", "intramuscular": an error)
    loose_route_words=r"em\s+uma\s+veia|em\s+um\s+músculo",
    # stopped gradually or suddenly, at once
    gradually=(
        rf"{_W}(?:gradualmente|progressivamente|paulatinamente|aos\s+poucos|pouco\s+a\s+pouco|"
        rf"de\s+(?:forma|maneira)\s+(?:gradual|progressiva)){_E}"
    ),
    suddenly=(
        rf"{_W}(?:de\s+repente|repentinamente|bruscamente|abruptamente|subitamente|imediatamente|de\s+imediato|"
        rf"de\s+uma\s+(?:só\s+)?vez|de\s+(?:forma|maneira)\s+(?:brusca|repentina|abrupta|súbita)){_E}"
    ),
    # taken until the patient feels better or the symptoms go (the course cut short)
    until_better=(
        rf"{_W}até\s+(?:(?:que\s+)?(?:se\s+sinta|se\s+sentir|sentir-se|você\s+se\s+sentir)\s+melhor|"
        rf"(?:a\s+)?melhora|que\s+os\s+sintomas\s+(?:melhorem|desapareçam)){_E}"
    ),
    # shaken gently or hard
    gently=rf"{_W}(?:suavemente|delicadamente|levemente|com\s+cuidado){_E}",
    forcefully=rf"{_W}(?:vigorosamente|energicamente|com\s+força|fortemente|violentamente|bruscamente){_E}",
    # [opposites] (empty_stomach.py): a word of fasting anywhere in a sentence
    fasting=rf"{_W}(?:jejum|estômago\s+vazio){_E}",
    # [opposites]: fast- or slow-acting; weekdays or every day
    fast_acting=rf"{_W}(?:(?:ação|absorção|efeito)\s+(?:ultra)?rápida|(?:ação|efeito)\s+curta|rápida\s+(?:ação|absorção)"
    rf"|rapidamente\s+absorvid[oa]s?|açúcar(?:es)?\s+rápidos?){_E}",
    slow_acting=rf"{_W}(?:(?:ação|absorção|efeito)\s+(?:lenta|prolongada)|lenta\s+(?:ação|absorção)|lentamente\s+absorvid[oa]s?"
    rf"|açúcar(?:es)?\s+lentos?){_E}",
    working_days=rf"{_W}(?:dias\s+(?:úteis|de\s+semana)|(?:de\s+)?segunda(?:-feira)?\s+a\s+sexta(?:-feira)?){_E}",
    every_day_of_the_week=rf"{_W}(?:todos\s+os\s+dias|cada\s+dia|diariamente|(?:7|sete)\s+dias\s+por\s+semana){_E}",
    # através da roupa (por cima dela, sem a tirar); tirar a roupa, a pele nua
    through_clothing=rf"{_W}(?:(?:através\s+d[ao]s?|por\s+cima\s+d[ao]s?|sobre\s+a)\s+(?:sua\s+)?(?:roupas?|vestuário)"
    rf"|sem\s+(?:tirar|retirar|remover|despir)\s+(?:a\s+|as\s+|sua\s+)?roupas?){_E}",
    clothing_removed=rf"(?<!sem\s){_W}(?:(?:tir|retir|remov)\w*\s+(?:a\s+|as\s+|sua\s+|o\s+|as\s+suas\s+)?(?:roupas?|calças)"
    rf"|pele\s+nua|despi\w*){_E}",
    # stopped for a while or for good
    temporarily=rf"{_W}(?:temporariamente|provisoriamente|por\s+um\s+tempo|de\s+forma\s+temporária|pausa[r]?){_E}",
    permanently=rf"{_W}(?:definitivamente|permanentemente|para\s+sempre|de\s+forma\s+(?:definitiva|permanente)){_E}",
    dark_colour=OPPOSITES[DARK],
    pale_colour=OPPOSITES[PALE],
    urine=rf"{_W}urinas?{_E}",
    stools=rf"{_W}(?:fezes|evacuaç(?:ão|ões)){_E}",
    colour_ends=rf"{_W}(?:ou|e|mas){_E}",
    out_of_storage=(
        rf"{_W}(?:retir\w*|tir\w*)(?:-\w+)?\s+(?:\w+\s+){{0,3}}?(?:da|do)\s+(?:geladeira|refrigerador|frigorífico|congelador|freezer){_E}"
        rf"|{_W}fora\s+(?:da|do)\s+(?:geladeira|refrigerador|frigorífico){_E}"
        rf"|{_W}sem\s+(?:refrigeração|refrigerar){_E}"
    ),
    and_joints=rf"{_W}(?:e|então){_E}",
    whole_and_part=r"\s+e\s+(?:um\s+)?",  # 1 and 1/4: a whole and the fraction added to it
    meal_words=rf"{_W}(?:refeiç(?:ão|ões)|comer){_E}",  # a meal, none of the day's named
    # Not measured ([length] judges it by the sentences it keeps): the titles and Latin
    # shorthand many languages write alike, as before it had a module ("Dra. Cho", "aprox. 5").
    abbreviations=ABBREVIATIONS_WRITTEN_ALIKE,
    body_weight_words=("peso", "pesa", "pesam", "pese", "pesem", "pesar"),
    customary_periods=frozen({(15, "day"): (2, "week")}),  # a cada 15 dias: every two weeks
    # "nos 3 primeiros dias", "nos três últimos meses", "nas 2 próximas semanas", "os 5 seguintes dias"
    words_before_unit=(
        "primeiros",
        "primeiras",
        "últimos",
        "últimas",
        "próximos",
        "próximas",
        "seguintes",
    ),
    unit_words=frozen(
        {
            "por cento": "percent",
            "horas": "hour",
            "hora": "hour",
            "minutos": "minute",
            "minuto": "minute",
            "dias": "day",
            "dia": "day",
            "semanas": "week",
            "semana": "week",
            "meses": "month",
            "mês": "month",
            "anos": "year",
            "ano": "year",
            # Doses in words ("4 gramas", "500 mililitros"): a dose the translation adds in
            # words, or a unit it changes, is seen ([units] rule 3).
            "microgramas": "ug",
            "micrograma": "ug",
            "miligramas": "mg",
            "miligrama": "mg",
            "gramas": "g",
            "grama": "g",
            "quilogramas": "kg",
            "quilograma": "kg",
            "quilos": "kg",
            "quilo": "kg",
            "mililitros": "ml",
            "mililitro": "ml",
            "litros": "l",
            "litro": "l",
            "unidades internacionais": "iu",
            # international units, as English "units" are: 10 unidades de insulina, 10 UI (a unit
            # only right after a number, as every unit word)
            "unidades": "iu",
            "unidade": "iu",
            "UI": "iu",
            # 38 graus, as Spanish 38 grados: Celsius unless it says Fahrenheit
            "graus": "celsius",
            "grau": "celsius",
            "graus Celsius": "celsius",
            "graus Fahrenheit": "fahrenheit",
        }
    ),
    scale_words=frozen({"mil": 10**3, "milhão": 10**6, "milhões": 10**6}),
    scale_needs_space=True,
    # menos 20 °C, 20 °C abaixo de zero, 20 °C negativos; not "pelo menos 20", "ao menos" (at least),
    # "mais ou menos 20" (about); "negativos" only after a temperature's unit (20 testes negativos are tests)
    below_zero_before=r"(?<![\w-])(?<!ao\s)(?<!lo\s)(?<!o\s)(?<!os\s)(?<!ou\s)menos",
    below_zero_after=r"(?:\s?(?:[°º]\s?[CF]|℃|graus?(?:\s+(?:Celsius|Fahrenheit))?))?\s+abaixo\s+de\s+zero\b"
    r"|\s?(?:[°º]\s?[CF]|℃|graus?(?:\s+(?:Celsius|Fahrenheit))?)\s+negativos\b",
    every_other=frozen(
        {
            "day": r"\b(?:a\s+)?cada\s+(?:dois|2)\s+dias\b|\bdia\s+sim,?\s+dia\s+não\b|\bdias\s+alternados\b"
            r"|\bde\s+(?:dois|2)\s+em\s+(?:dois|2)\s+dias\b",
            "week": r"\b(?:a\s+)?cada\s+(?:duas|2)\s+semanas\b|\bsemana\s+sim,?\s+semana\s+não\b"
            r"|\bde\s+(?:duas|2)\s+em\s+(?:duas|2)\s+semanas\b"
            r"|\bquinzena(?:l|is|lmente)\b|\b(?:a\s+)?cada\s+quinzena\b|\b(?:a\s+)?cada\s+(?:quinze|15)\s+dias\b|\bde\s+(?:quinze|15)\s+em\s+(?:quinze|15)\s+dias\b",
            "month": r"\b(?:a\s+)?cada\s+(?:dois|2)\s+meses\b|\bbimestralmente\b|\bde\s+(?:dois|2)\s+em\s+(?:dois|2)\s+meses\b",
        }
    ),
    # de três em três dias (every three days, its number in words: interval_before reads digits)
    every_nth=frozen(
        {
            "day": r"\bde\s+(?P<n>\w+)\s+em\s+\w+\s+dias\b",
            "week": r"\bde\s+(?P<n>\w+)\s+em\s+\w+\s+semanas\b",
            "month": r"\bde\s+(?P<n>\w+)\s+em\s+\w+\s+meses\b",
        }
    ),
    # segunda-feira, às segundas, quartas e sextas; not "segunda" alone (second: a segunda dose)
    weekdays=rf"{_W}(?:(?:segunda|terça|terca|quarta|quinta|sexta)s?-feiras?|(?:segunda|terça|terca|quarta|quinta|sexta)s?"
    rf"(?=\s*,|\s+e\s|\s+ou\s)|s[áa]bados?|domingos?){_E}",
    # days 1, 8 and 15; days 1 to 15 ([units], day_lists.py)
    day_list=r"\bdias?\s+#(?:\s*(?:,|e)\s*(?:(?:o|no|nos)\s+)?(?:dia\s+)?#)+",
    day_range=(
        r"\bdo\s+(?:dia\s+)?#\s*(?:ao|até\s+ao?)\s+(?:dia\s+)?#|\bdias\s+#\s*(?:[-–—]|a|ao)\s*#"
        r"|\bdesde\s+o\s+(?:dia\s+)?#\s*até\s+ao?\s+(?:dia\s+)?#|\bentre\s+(?:o\s+"
        r"|os\s+)?(?:dias?\s+)?#\s*e\s+(?:o\s+)?(?:dia\s+)?#"
    ),
    # reduce it by 5 mg; reduce it to 5 mg ([units], dose_changes.py)
    change_by_before=r"(?:reduz|diminu|baix|aument|sub)\w*\s+(?:\w+\s+){0,3}?em\s+$",
    change_to_before=r"\b(?:para|até)\s+$",
    # 40 mg por dose, a dose máxima por tomada é de 40 mg ([units] rule 4)
    per_dose_words=(rf"{_W}(?:por|em\s+cada|a\s+cada)\s+(?:dose|tomada){_E}", rf"{_W}por\s+vez{_E}"),
    per_words=frozen(
        {
            "day": (
                "ao dia",
                "por dia",
                "cada dia",
                "todos os dias",
                "diário",
                "diária",
                "diários",
                "diárias",
                "diariamente",
                "e dia",
                # a day's most said over 24 hours ("4 g em 24 horas"): last, so that the
                # words of a day come first (bench/recall.py rewords a rate with the next one)
                "em 24 horas",
                "num período de 24 horas",
            ),
            "week": (
                "por semana",
                "cada semana",
                "todas as semanas",
                "semanal",
                "semanais",
                "semanalmente",
            ),
            # per kg and hour: "2 ml por kg e hora", "20 mg/kg e dia"
            "hour": ("por hora", "cada hora", "e hora"),
            "minute": ("por minuto", "cada minuto"),
            "month": ("ao mês", "por mês", "cada mês", "todos os meses", "mensal", "mensais", "mensalmente"),
            # after the dose: "1 grama por quilograma", "1 g por quilo de peso"
            "kg": ("por quilograma", "por quilo", "por kg", "por cada quilograma", "por cada quilo", "por cada kg"),
            # a level: "4 mmol por litro" (4 mmol/L)
            "l": ("por litro", "por l"),
            "dl": ("por decilitro", "por dl"),
            "ml": ("por ml", "por mililitro", "por cada ml"),
        }
    ),
    # "no dia seguinte" (the next day) needs no exclusion: "no dia" is no per word
    range_words=("a", "e"),
    periods_before_a_list=r"\b(?:(?P<month>meses|mês)|(?P<week>semanas|semana)|(?P<day>dias|dia))",  # nos meses 0, 1 e 6
    alternative_words=("ou", "a"),
    total_words=("no total", "ao todo", "total", "em conjunto"),
    rate_words=r"\b(?:velocidade|ritmo|taxa)\b",
    dose_words=r"\bdoses?\b|\bdosagem\b|\bposologia\b",
    unchanged_rate=r"\bmesm[oa]\s+(?:velocidade|ritmo|taxa)\b"
    r"|\b(?:velocidade|ritmo|taxa)\s+(?:\w+\s+){0,2}(?:inalterad[oa]|igual)\b"
    r"|\bsem\s+(?:alterar|mudar|modificar)\s+(?:a\s+velocidade|o\s+ritmo|a\s+taxa)\b",
    next_dose_soon=r"\bquase\s+(?:na\s+|a\s+)?hora\b|\bfalt(?:a|e|am|em|asse|assem)\s+pouco\b|\b(?:perto|próxim[oa])\s+da\s+hora\b",
    next_dose_far=r"\bfalt(?:a|e|am|em|asse|assem)\s+muito\b|\bmuito\s+tempo\s+(?:até|antes)\b|\blonge\s+da\s+hora\b",
    until_said=r"\baté\s+que\b",
    # --- meaning: [negation], [limits], [comparison], [urgency], [number-words], [emergency] ---
    part_of_dose=r"de\s+(?:uma?\s+)?",
    dose_forms=tuple(
        rf"{form}{_E}"
        for form in (
            "comprimidos?",
            "c[aá]psulas?",
            "pílulas?",
            "drágeas?",
            "gotas?",
            "sachês?",
            "saquetas?",
            "inalações",
            "inalação",
            "jatos?",
            "puffs?",
            "adesivos?",
            "ampolas?",
            "doses?",
            # spoonfuls (a syrup), suppositories, vials, sprays
            "colheres",
            "colher",
            "colherinhas?",
            "supositórios?",
            "óvulos?",
            "frascos?",
            "pulverizações",
            "pulverização",
            "borrifadas?",
        )
    ),
    negation=_ALL,
    # [negation] an order to stop: suspenda(-o), interrompa(-a), pare / deixe de tomar
    stop_orders=rf"{_W}(?:suspend|interromp)(?:a|am)(?:-(?:o|a|os|as))?{_E}|{_W}(?:par|deix)(?:e|em)\s+de\s+(?:tomar|usar"
    rf"|utilizar|aplicar|administrar|dar){_E}",
    strong_negation=_STRONG,
    not_negation=_NOT_NEGATION,
    # "nunca deixe de tomar" (never stop taking), "não se esqueça de", "não interrompa", "não
    # pule uma dose" (Brazil), "não salte uma dose" (Portugal); not "não deixe o medicamento ao
    # sol" (leave).
    negated_chewing=_NEGATED_CHEWING,
    negated_stop=(
        rf"{_W}(?:não|nunca|jamais)\s+(?:(?:deve|devem|deveria|deveriam|pode|podem)\s+)?(?:(?:se|o|a|os|as|lhe|me|te)\s+)?"
        rf"(?:deix\w*\s+de|esque[çc]\w*|interromp\w*|suspend\w*|abandon\w*|par(?:e|em|ar)\s+de"
        rf"|pul(?:e|em|ar){_E}|salt(?:e|em|ar){_E})"
    ),
    day_halves=(rf"da\s+(?:manhã|madrugada){_E}", rf"da\s+(?:tarde|noite){_E}"),
    clock_hour=rf"\s?h(?:\s?\d\d(?!\d))?(?![^\W\d_])|\s?horas?{_E}",  # 21h, 21h30, 21 horas
    parts_of_day=rf"{_W}(?:manhãs?|madrugadas?|meio-dia|tardes?|noites?|deitar){_E}",  # tarde: late too
    parts_of_day_of_a_noun=rf"{_W}(?:d[ao]\s+(?:manhã|madrugada|tarde|noite)|do\s+meio-dia){_E}",
    without=rf"{_W}sem{_E}",
    handling=frozen(_HANDLING),
    uses=frozen(_USES),
    # dia sim, dia também: an idiom of every day (not "dia não")
    every_day=rf"{_W}(?:todos\s+os\s+dias|cada\s+dia|diariamente|dia\s+sim,?\s+(?:e\s+)?(?:outro|dia)\s+também){_E}",
    any_day=rf"{_W}nenhum\s+dia{_E}",
    # [list-items]: ou, e, nem
    item_joins=rf"/|{_W}(?:ou|e|nem){_E}",
    # [negation] "unless" said as "if": se (not the pronoun of "não se esqueça"), caso, quando;
    # "only": só, somente, apenas
    plain_if=rf"(?<!não\s)(?<!nunca\s){_W}(?:se|caso|quando){_E}",
    only_if=rf"{_W}(?:só|somente|apenas|unicamente|exclusivamente){_E}",
    unconditional=rf"{_W}(?:sempre|em\s+qualquer\s+caso|em\s+todos\s+os\s+casos|de\s+qualquer\s+forma"
    rf"|todas\s+as\s+vezes|cada\s+vez|sem\s+exceção|obrigatoriamente){_E}",
    # [negation] one of two said as both: ao mesmo tempo, juntos, ambos (not em ambos os casos)
    both=rf"{_W}(?:ao\s+mesmo\s+tempo|simultaneamente|juntos|juntas|em\s+conjunto"
    rf"|(?:ambos|ambas|os\s+dois|as\s+duas)(?!\s+(?:os\s+|as\s+)?(?:casos|formas|modos|momentos))){_E}",
    # ... and the choice kept: ou, um/uma dos, só, apenas (not the uma of "de uma vez", at once)
    choice=rf"{_W}(?:ou|(?:um|uma)\s+d[oae]s?|só|somente|apenas|unicamente){_E}",
    # [negation] conditions joined by "or" said as joined by "and" (alternatives.py); nem (nor) keeps one
    condition_and=rf"{_W}e{_E}",
    condition_or=rf"{_W}(?:ou|nem){_E}",
    # [negation] a prohibition softened (softened.py); not the menos of "a menos que", "pelo menos"
    softened=rf"{_W}(?:reduza\w*|reduzir|limite\w*|limitar|diminua\w*|diminuir|modere\w*|moderação"
    rf"|(?<!\ba\s)(?<!\bao\s)(?<!\bpelo\s)menos(?!\s+de\s*(?:\d|um|uma|dois|duas|três))){_E}",
    if_possible=rf"{_W}(?:se\s+possível|na\s+medida\s+do\s+possível|sempre\s+que\s+possível){_E}",
    excess=rf"{_W}(?:excessiv\w*|em\s+excesso|excesso\s+de|demasiad\w*|grandes\s+quantidades){_E}",
    for_a_time=rf"{_W}(?:durante|por)(?=\s*\d)",
    # é proibido, evite, é desaconselhado parar de tomá-lo: keep on ([comparison])
    prohibits=rf"{_W}(?:proib\w*|proíb\w*|evit\w*|desaconselh\w*){_E}",
    # [negation] a "not" of a state (por abrir, não aberto: unopened), no prohibition
    negated_state=(
        rf"{_W}(?:(?:por|sem)\s+(?:abrir|usar|utilizar|diluir|reconstituir|tratar)"
        rf"|não\s+(?:abert|usad|utilizad|diluíd|tratad)[oa]s?){_E}"
    ),
    # pule, omita, and with their pronoun joined by a hyphen (pule-a, omita-a, pulá-la, omiti-la)
    skip_words=(
        rf"{_W}(?:pul(?:e|ar|em|á)|salt(?:e|ar|em|á)|ignor(?:e|ar|á)|omit(?:a|ir|i)|desconsider(?:e|ar|á))"
        rf"(?:-(?:[ao]s?|l[ao]s?|n[ao]s?))?{_E}"
    ),
    taken_now=rf"{_W}(?:(?:assim|logo)\s+que\s+se\s+lembrar|imediatamente|de\s+imediato){_E}",
    # "se" (if) only where its clause starts ("Se não melhorar pare"): elsewhere it is also the
    # pronoun ("não se esqueça", "e se sente").
    clause_joints=rf"{_W}(?:caso|quando|enquanto|até\s+que|a\s+menos\s+que){_E}|^\s*se{_E}",
    interval_before=rf"{_W}(?:cada|de\s+\d+\s+em)\s+$",  # (a) cada 4 horas, de 4 em 4 horas
    # durante 5 dias, por um período de 5 dias; not "por" alone: 1 comprimido por 24 horas is a rate
    # durante 5 dias, por um período de 5 dias, por 5 dias; not "por" after a count or an amount (a rate)
    duration_before=rf"{_W}(?:durante(?:\s+[oa]s)?|por\s+um\s+(?:período|prazo)\s+de|{_NOT_A_RATE}por)\s+$",
    one_negation_for_two=rf"{_W}(?:ou|nem){_E}",  # não interrompa nem pule uma dose: one "não" for both
    # depois de tomá-lo, antes da tomada, após a aplicação ([comparison]): this medicine's taking
    # only, its pronoun or its name; not "depois de tomar antiácidos" nor "a tomada de antiácidos",
    # another's taking, whose time is the source's before or after
    from_the_taking=(
        rf"{_W}(?:(?:antes|depois)\s+de\s+|após\s+)(?:tom|us|aplic|injet|administr)\w*"
        rf"(?:-(?:l[oa]s?)|\s+{_THIS_MEDICINE}){_E}"
        rf"|{_W}(?:(?:antes|depois)\s+d[ao]|após\s+[ao])\s+(?:tomada|dose|administração|aplicação|injeção|uso){_E}"
        rf"(?!\s+(?:d[eoa]s?|deste|desta)\s+(?!{_THIS_MEDICINE}))"
    ),
    eating=rf"{_W}(?:comer|coma|comam|refeiç(?:ão|ões)|almoç\w*|jantar){_E}",
    # [comparison] (event_times.py): what a before, an after or a while is said of
    events=(
        rf"{_W}(?:(?P<midnight>meia-noite)"
        r"|(?P<procedure>cirurgias?|opera(?:ção|ções)|procedimentos?|exames?|interven(?:ção|ções)|endoscopias?"
        r"|colonoscopias?|biópsias?|anestesias?)"
        r"|(?P<taking>tomar|tome|toma|tomando|tratamentos?|usar|use|uso|usando|utilizar|utiliza(?:ção|ções)"
        rf"|aplica(?:ção|ções))){_E}"
    ),
    during_words=rf"{_W}(?:durante|enquanto|ao\s+longo|no\s+decorrer){_E}",
    # [comparison] (until_from.py): until, from
    until_a_time=rf"{_W}até{_E}",
    from_a_time=rf"{_W}(?:a\s+partir\s+d|desde{_E})",
    directions=frozen(_DIRECTIONS),
    keep_taking=_KEEP_TAKING,
    not_direction=_NOT_DIRECTION,
    urgency=_URGENCY,
    deferral=_DEFERRAL,
    not_deferral=_NOT_DEFERRAL,
    as_soon_as_possible=_AS_SOON_AS_POSSIBLE,
    double_dose=_DOUBLE_DOSE,
    as_needed=_AS_NEEDED,
    or_both=rf"{_W}ou\s+(?:ambos|ambas|(?:os|as)\s+dois|(?:os|as)\s+duas|ambas\s+as\s+coisas){_E}",
    in_addition=rf"{_W}(?:além\s+disso|adicionalmente|e\s+também|e\s+ainda|bem\s+como){_E}",
    fixed_schedule=rf"{_W}(?:vezes|vez|doses?)\s+(?:ao|por|a\s+cada)\s+(?:dia|semana|mês){_E}"
    rf"|{_W}(?:a\s+)?cada\s+\S+\s+(?:a\s+\S+\s+)?(?:horas|dias|semanas){_E}|{_W}de\s+\S+\s+em\s+\S+\s+horas{_E}",
    # a condition no word of "if" says (em caso de: its caso is a plain_if): desde que, na falta de, a
    # gerund of a condition (persistindo a febre, havendo dor, não baixando)
    other_conditions=rf"{_W}(?:desde\s+que|na\s+falta\s+de|enquanto|havendo|persistindo|continuando|mantendo-se"
    rf"|baixando){_E}",
    # meia hora: 30 minutes; um quarto de hora: 15 minutes
    number_words=frozen(
        {
            "meia hora": (("30", "minute"),),
            "meia-hora": (("30", "minute"),),
            "quarto de hora": (("15", "minute"),),
            # ano e meio, hora e meia, with or without its "um"/"uma": 18 months, 90 minutes (uma hora e
            # meia is read so too)
            "ano e meio": (("3/2", "year"),),
            "hora e meia": (("90", "minute"),),
            # a quarter of a year (3 months: a trimester) and a half-year said by one word, as the part of a
            # year it is (as Korean 반년): a cada trimestre, "the last 3 months of pregnancy" as o terceiro
            # trimestre; not the plural alone, which may be two of them (os dois últimos trimestres)
            "trimestre": (("1/4", "year"),),
            "trimestral": (("1/4", "year"),),
            "trimestrais": (("1/4", "year"),),
            "trimestralmente": (("1/4", "year"),),
            "semestre": (("1/2", "year"),),
            "semestral": (("1/2", "year"),),
            "semestrais": (("1/2", "year"),),
            "semestralmente": (("1/2", "year"),),
        }
    ),
    # Who, not how much: "menores de 12 anos" (minors under 12), "maiores de 65 anos", "crianças com
    # menos de 12 anos", "pessoas com mais de 65 anos".  A "não" before one denies its verb ("não é
    # indicado para menores de 12 anos", "não dê a crianças com menos de 12 anos"), not the limit.
    group_limits=frozenset(
        {"menor de", "menores de", "maior de", "maiores de", "com menos de", "com mais de", "de menos de", "de mais de"}
    ),
    # "Não dirija por mais de 24 horas": at most 24 hours of driving ([limits])
    more_than_phrases=frozenset({"mais de", "mais do que", "mais que"}),
    # "três vezes ou mais", "pelo menos três vezes": 3 taken in, not "mais de" ([limits], [numbers]: count_bounds.py)
    inclusive_least_phrases=frozenset(
        {
            "ou mais",
            "pelo menos",
            "ao menos",
            "no mínimo",
            "um mínimo de",
            "mínimo de",
            "não menos de",
            "não menos do que",
        }
    ),
    most_phrases=frozenset({"no máximo", "um máximo de", "máximo de", "máximo"}),
    request_words=("por favor",),
    elapsed_limits=frozenset(_ELAPSED),
    # "Se não melhorar em 3 dias", "nas 24 horas seguintes à perfusão": within the time; not "em"
    # before anything else
    # "antes de passarem 12 horas", "no espaço de 2 dias": within, before a time only
    limits_before_a_time=frozen(
        {
            **{phrase: AT_LEAST for phrase in _ELAPSED},
            "em": AT_MOST,
            "nas": AT_MOST,
            "nos": AT_MOST,
            "na": AT_MOST,  # na meia hora seguinte (within 30 minutes)
            "antes de passarem": AT_MOST,
            "antes que passem": AT_MOST,
            "antes de decorridas": AT_MOST,
            "no espaço de": AT_MOST,
        }
    ),
    limits_before=frozen(
        {
            "não mais de": AT_MOST,
            "não mais do que": AT_MOST,
            "não mais que": AT_MOST,
            "no máximo": AT_MOST,
            "um máximo de": AT_MOST,
            "máximo de": AT_MOST,
            "máximo": AT_MOST,
            "máxima": AT_MOST,
            "até": AT_MOST,
            "menos de": AT_MOST,
            "menos do que": AT_MOST,
            "dentro de": AT_MOST,
            "em até": AT_MOST,
            "em menos de": AT_MOST,
            "no prazo de": AT_MOST,
            "dentro do prazo de": AT_MOST,  # "utilizar dentro do prazo de um mês": within
            "dentro de um prazo de": AT_MOST,
            "inferior a": AT_MOST,
            "inferiores a": AT_MOST,
            "abaixo de": AT_MOST,
            "pelo menos": AT_LEAST,
            "ao menos": AT_LEAST,
            "no mínimo": AT_LEAST,
            "um mínimo de": AT_LEAST,
            "mínimo de": AT_LEAST,
            "mínimo": AT_LEAST,
            "mínima": AT_LEAST,
            "não menos de": AT_LEAST,
            "não menos do que": AT_LEAST,
            "mais de": AT_LEAST,
            "mais do que": AT_LEAST,
            "mais que": AT_LEAST,
            "menos que": AT_MOST,
            "superior a": AT_LEAST,
            "superiores a": AT_LEAST,
            "acima de": AT_LEAST,
            "depois de": AT_LEAST,
            "após": AT_LEAST,
            "a partir de": AT_LEAST,
            "a partir dos": AT_LEAST,
            "a partir das": AT_LEAST,
            "menor de": AT_MOST,
            "menores de": AT_MOST,
            "com menos de": AT_MOST,
            "de menos de": AT_MOST,
            "com mais de": AT_LEAST,
            "de mais de": AT_LEAST,
            "maior de": AT_LEAST,
            "maiores de": AT_LEAST,
            "maior que": AT_LEAST,
            "maior do que": AT_LEAST,
            "maiores que": AT_LEAST,
            "maiores do que": AT_LEAST,
            "menores que": AT_MOST,
            "menores do que": AT_MOST,
            "menor que": AT_MOST,
            "menor do que": AT_MOST,
            # "não exceda 4 g", "não ultrapasse 4 g": the "não" before it turns it around
            "sem exceder": AT_MOST,  # sem denies the verb: without going over
            "sem ultrapassar": AT_MOST,
            # "se a febre passar de 38 °C" (goes above)
            "passar de": AT_LEAST,
            "passe de": AT_LEAST,
            "passa de": AT_LEAST,
            "exceda": AT_LEAST,
            "excede": AT_LEAST,
            "ultrapassa": AT_LEAST,
            "exceder": AT_LEAST,
            "ultrapasse": AT_LEAST,
            "ultrapassar": AT_LEAST,
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
    not_recommended=rf"{_W}(?:não\s+(?:é\s+)?(?:recomendad[oa]|recomendável|aconselhad[oa]|aconselhável|indicad[oa])"
    rf"|não\s+se\s+(?:recomenda|aconselha)|não\s+(?:recomendamos|aconselhamos)|(?:é\s+)?desaconselhad[oa]"
    rf"|desaconselha-se|é\s+preferível\s+não|(?:é\s+)?melhor\s+não){_E}",
    limits_after=frozen(
        {
            "ou mais": AT_LEAST,
            "ou menos": AT_MOST,
            "no máximo": AT_MOST,
            "no mínimo": AT_LEAST,
            # "2 horas pelo menos", "38 °C ou acima"
            "pelo menos": AT_LEAST,
            "ao menos": AT_LEAST,
            "ou acima": AT_LEAST,
            "ou abaixo": AT_MOST,
            "ou maior": AT_LEAST,
            "ou menor": AT_MOST,
            "ou superior": AT_LEAST,  # 38 °C ou superior
            "ou inferior": AT_MOST,
            # an age: "crianças de 12 anos em diante / ou mais velhas"; "ou mais novas" is not "ou mais"
            "em diante": AT_LEAST,
            **dict.fromkeys((f"{a} mais {w}" for a in ("ou", "e") for w in ("velhos", "velhas")), AT_LEAST),
            **dict.fromkeys((f"{a} mais {w}" for a in ("ou", "e") for w in ("novos", "novas", "jovens")), AT_MOST),
        }
    ),
    numerals=numerals,
    # "uma dose dobrada", "uma dose dupla", "uma dupla dose": twice an amount, no number
    twice_an_amount=r"\b(?:dose|quantidade)\s+(?:dobrada|dupla|em\s+dobro)\b|\bdupla\s+dose\b",
    another_words=("outro", "outra"),  # y otra / e outra: _AND_ANOTHER
    ordinals=ordinals,
    # SAMU (Brazil, 192), INEM (Portugal, 112)
    emergency_words=("emergência", "emergências", "urgência", "urgências", "samu", "inem", "ambulância"),
    call_before=(
        "ligue para o",
        "ligue para",
        "ligue imediatamente para o",
        "ligue imediatamente para",
        "ligue já para o",
        "ligue o",
        "ligue",
        "ligar para o",
        "ligar para",
        "telefone para o",
        "telefone para",
        "disque",
        "marque o",
        "chame o",
    ),
    extension_words=("ramal", "extensão"),
    menu_before=("pressione", "prima", "digite", "tecle", "carregue no", "marque"),
    text_words=("SMS", "mensagem de texto", "mensagem"),
    ignore_case=True,
)
