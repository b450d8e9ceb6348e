"""Korean: Hangul; numbers grouped by four digits (만, 억) with 천/백/십 inside
a group; native numerals before counters (두 번, 세 시간); words that are
numbers (이틀, 절반); particles after numbers (3에서 5일, 119에 전화하세요).

Also its negations (-지 않다, 못, 금지), limits (이하, 최대), numbers in words
(Sino-Korean 백 명 and native 한 종류) and calls (119에 전화), for the meaning checks.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import pairwise

from pipeline.languages.first_characters import lookahead
from pipeline.languages.language import (
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
    myriad_value,
)
from pipeline.languages.scripts import HANGUL, char_class

_HANGUL = char_class("Hang")  # Unicode's Hangul script (scripts.py)

# -지 않다 / 안 (short negation), -지 못하다 / 못, -지 마세요 / 말고 (prohibitive),
# 아니다, 금지, and not "-지 않는지/않은지" ("watch whether an infection
# starts": 감염이 생기지 않는지 지켜봅니다), which asks rather than denies.
_STRONG = (
    r"않(?!는지|은지|을까)"
    rf"|(?<=지 )못|(?<![{_HANGUL}])못(?=\s|하|한|합|했|할|해)"
    # 드시지 마세요, and with a particle on the 지: 거르지도 마세요 (do not skip either), 먹지는 마세요
    r"|(?:(?<=지 )|(?<=지[도는] ))(?:말(?:고|아|라|며|것|기|도록|자|게)|마(?:세요|십시오|시고|시기|라|요))"
    rf"|(?<![{_HANGUL}])(?:아니|아닌|아닙|아님)"
    r"|금지"
    rf"|(?<![{_HANGUL}])안\s(?=[{_HANGUL}])"  # "안 됩니다"; not 동안 (during), 안에 (inside)
)
# ... and the words of lack and not-knowing, 없다 (not 없애다, to remove) and
# 모르다, and the verbs that forbid without a "not": 삼가다 (refrain), 피하다
# (avoid): "Do not drink alcohol" may be 술을 삼가세요.  Not "stop" (중단하다):
# "do not stop" as "멈추세요" is the very error to find.
# Also the verbs that are a "not" of another: 갈리다/엇갈리다 (opinions are
# divided: "experts do not agree" = 의견이 갈립니다).
# 피하 before an injection, a tissue or a particle of place is the skin's underside (皮下: 피하에
# 주사하십시오, under the skin), not 피하다: no avoiding, nor a "not" to read.
_UNDER_THE_SKIN_NEXT = r"\s*(?:주사|투여|조직|로|에)"
_AVOID = rf"피하(?!{_UNDER_THE_SKIN_NEXT})|피해|피합"
# 금기 (contraindicated: "2세 미만 소아에게는 금기입니다" says the "not").  Not 관계없이, 상관없이
# (regardless: "식사와 관계없이" for "with or without food" denies nothing).
_LACK = r"(?<!관계)(?<!관계\s)(?<!상관)(?<!상관\s)없(?!애)"
# 금주, 금연, 금식 (no drinking, no smoking, no food: "Do not drink alcohol" as 금주하십시오, "Do not eat
# anything for 8 hours" as 8시간 동안 금식하세요) forbid as 금하다 does.
_ALL = _STRONG + rf"|{_LACK}|모르|몰라|모릅|몰랐|삼가|{_AVOID}|금하|금합|금기|금주|금연|금식|갈리|갈립|갈렸|엇갈"

# A limit that is the subject or object of its clause: its particle right after it ("4 g 미만은",
# "2 g 초과를") or the dose it is said of ("4 g을 초과하는 용량을", "4 g 미만의 용량은"), and the
# prohibition of the verb after that ("투여하면 안 됩니다", "투여하지 마십시오"): the limit is denied
# ("4 g 미만은 투여하면 안 됩니다": at least 4 g), or the taking of it ("4 g 초과 복용은 금지됩니다":
# taking more than 4 g is forbidden, at most 4 g).  Not "12세 미만 어린이에게는" (who: [limits]).
_LIMIT_SUBJECT = (
    r"(?:은|는|이|가|을|를|도)(?=\s)"
    r"|(?:의|인|하는|되는)?\s*(?:1회\s*|하루\s*|1일\s*)?"
    r"(?:용량|투여량|복용량|사용량|양|복용|투여|사용|섭취|주입)(?:은|는|이|가|을|를|도)(?=\s)"
)
# [limits]: permission to take more (더 복용해도 됩니다, 더 드셔도 돼요, 추가로 복용하셔도 됩니다); not
# 더 복용하면 안 됩니다 (a prohibition).
# So is the dose raised or passed (늘려도 됩니다, 초과해도 됩니다) and more said possible (더 복용할 수 있습니다).
# [negation]: a permission, a verb's -아도/-어도/-해도 with 되다, 괜찮다 or 좋다 (마셔도 됩니다, 복용해도
# 됩니다, 드셔도 괜찮습니다): said where the source forbids, with no 않/안/말, it tells a patient the
# opposite.
_PERMISSION = rf"[{_HANGUL}]*(?:[아어여해와워봐져줘돼셔쳐켜혀겨써러려라]|되어)도\s?(?:되|돼|됩|된|괜찮|좋)[{_HANGUL}]*"
# [negation]: a thing that need not be done: a "not" with a permission (운전하지 않아도 됩니다, 복용하지
# 않으셔도 됩니다, 안 드셔도 돼요) or no need said as an end (운전할 필요가 없습니다; not 처방이 필요 없는
# 약, a kind of medicine).
_NOT_REQUIRED = (
    rf"(?:지\s*않|(?<![{_HANGUL}])안\s+)[{_HANGUL}]*?(?:[아어여해와워봐져줘돼셔쳐켜혀겨써러려라]|되어)도\s?(?:되|돼|됩|괜찮|좋)[{_HANGUL}]*"
    r"|필요(?:가|는|도)?\s*없(?:습니다|어요|다|으며|고|으니)|필요하지\s*않(?:습니다|아요|다|으며|고|으니)"
)
# [negation]: an obligation, a verb's -아야/-어야 with 하다 or 되다 (머물러야 합니다, 받으셔야 해요), 반드시,
# 꼭 (must, surely), 필수, 필요합니다.
_OBLIGATION = (
    rf"[{_HANGUL}]야\s*(?:하|합|해|한|할|함|되|됩|돼)|반드시|(?<![{_HANGUL}])꼭(?![{_HANGUL}])|필수|필요합니다"
)
# [negation]: an advice where a source forbids: ask a doctor or pharmacist first (의사와 상의하세요,
# 약사에게 문의하세요), with caution (주의하여, 조심하세요, 신중하게; not 주의사항, the heading, nor 조심해서,
# the "carefully" of handling: 조심해서 다루세요), in moderation (적당히, 적당량, 절제).
_ADVICE = (
    r"(?:의사|약사|의료진|전문가)(?:와|과|에게|님과|님께|선생님과|선생님께)?\s*(?:먼저\s*)?(?:상의|상담|문의)"
    r"|주의(?:하여|해서|하세요|하십시오|해야|하면서|가\s*필요|를\s*기울)|조심(?:하세요|하십시오)"
    r"|신중(?:하게|히)|적당히|적당량|적정량|절제"
)
# [negation]: an action said possible, -ㄹ 수 있습니다 (마실 수 있습니다, 운전할 수 있습니다): a
# permission only for the action its source forbids by name ("Do not drink alcohol"), as the same
# form says what may happen (졸음을 느낄 수 있습니다).  Said as an end (있습니다, 있어요), not as 있는
# (마실 수 있는 양, the amount one can drink).
_CAN = r"\s*수\s*있(?:습니다|어요|다|으며|고)"
_ACTIONS_SAID_POSSIBLE = {
    DRINKING: rf"(?:마실|마시실|음주할|음주하실|음주를\s*하실|음주를\s*할){_CAN}",
    DRIVING: rf"(?:운전할|운전하실|운전을\s*할|운전을\s*하실){_CAN}",
}
_MORE_ALLOWED = (
    r"(?:(?:더|추가로)\s*(?:많이\s*)?(?:복용|사용|투여)?(?:하셔|해|드셔|먹어)|늘려|초과해|넘어)도\s*(?:됩니다|돼요|되며|괜찮)"
    r"|(?:더|추가로)\s*(?:많이\s*)?(?:복용|사용|투여)(?:하실|할)\s*수\s*있"
)
# A "not" that sets a condition or describes what follows it: 멈추지 않으면, 않으시면, 않았으면,
# 않는다면; 않는 경우, 않을 때, 낫지 않는 기침, 멈추지 않을 수 있습니다 (any noun but the 것 of "드시지 않는
# 것이 좋습니다", a recommendation); 안 멈추면, 멈추지 못하면.  A "must" said as a double "not" goes
# with it (누르지 않으면 안 됩니다: press for more than 10 minutes, at least still).
_MUST = r"(?:\s*안\s*(?:되|됩|돼)\w*)?"
_CONDITIONAL_NEGATION = (
    rf"(?:않(?:았|으셨|으시)?(?:으면|면|는다면)|못하면|못했으면|(?<![{_HANGUL}])안\s+(?!되|됩|돼)[{_HANGUL}]+면(?![{_HANGUL}])){_MUST}"
    rf"|(?:않|못하)[는은을](?=\s+(?!것)[{_HANGUL}])"
)

_LIMIT_PROHIBITED = (
    r"(?:면|서는|서도)\s*(?:절대로?\s*)?안\s*(?:되|됩|돼)"
    r"|지\s*(?:[도는]\s*)?(?:마(?:세요|십시오|시고|시기|라|요)|말(?:아|고|것|기|도록))"
    r"|금지|금기"
    r"|권장(?:하|되)지\s*않"  # 4 g 초과는 권장하지 않습니다 (not recommended)
)

# Directions ([comparison]): 더 / 덜 (more / less), 증가 / 감소, 늘다 / 줄다, 높다 / 낮다,
# 보다 많다 / 보다 적다; 전 / 후 (before / after), 뒤, 이후, 미리, 나중에.  Each word
# with what may follow it: not 오늘 (today), 바늘 (needle), 줄 수 (will give), 낮에
# (in the daytime), 전화 (phone), 안전 (safety), 증후군 (syndrome), 후유증.
_NOT_IN_A_WORD = rf"(?<![{_HANGUL}])"
_PARTICLE = r"(?:에|에는|에도|부터|까지|의|로|으로)?"
# 더 낮다, 더 적다 (lower, fewer): 더 marks a comparison, the word after it says which way
# (not 적극적, 작용: actively, action).
_LOW = "(?:낮|적(?:은|게|어|고|습|다|을)|작(?:은|게|아|고|습|다|을)|짧|줄(?:어|이|여)|드물|늦|느리)"
# 식전 / 식후 (before / after a meal): one word each, so 전 and 후 are not words of their own in
# it; also 매식후 (after each meal, as pharmacy labels write it).  Not inside another word (지식전달,
# knowledge transfer): only at a word's start or after 매.
_MEAL = rf"(?:{_NOT_IN_A_WORD}|(?<=매))식"
_DIRECTIONS = {
    MORE_LESS: (
        rf"{_NOT_IN_A_WORD}더(?:욱)?(?![{_HANGUL}])(?!\s*{_LOW})|증가|증대|상승"
        rf"|(?<![오하바마])늘(?:어|었|리|린|릴|립|려|고|면|는|난|날)"
        r"|높(?:아|았|은|을|게|이|여|다|고|습|으|일|인|입)|올라가|올라갑|올라간|올라갈|올랐|올리|올린|커지|커져|커집|커졌|커질"
        r"|보다\s?(?:많|높|잦|길)",
        rf"{_NOT_IN_A_WORD}(?:덜(?![{_HANGUL}])|더(?:욱)?\s*{_LOW})|감소|저하|하락"
        r"|줄(?:어|었|이|인|입|여|일|고\s|면|거나|며)"
        r"|낮(?:아|았|은|을|게|추|춘|춥|춰|출|다|고|습|으)|내려가|내려갑|내려간|내려갈|내렸|떨어지|떨어져|떨어집|떨어졌|떨어질"
        r"|보다\s?(?:적|작|낮|짧)",
    ),
    BEFORE_AFTER: (
        rf"{_NOT_IN_A_WORD}전{_PARTICLE}(?![{_HANGUL}])|{_NOT_IN_A_WORD}전날|이전|직전|미리|앞서|먼저"
        rf"|{_MEAL}전{_PARTICLE}(?![{_HANGUL}])",
        rf"{_NOT_IN_A_WORD}(?:이|직)?후{_PARTICLE}(?![{_HANGUL}])|{_NOT_IN_A_WORD}뒤{_PARTICLE}(?![{_HANGUL}])"
        rf"|{_MEAL}후{_PARTICLE}(?![{_HANGUL}])"
        r"|나서|나중|지나(?:서|면|고\s)",
    ),
    # 중단, 중지, 끊다 (not 끊임없이, ceaselessly), 멈추다, 그만 | 계속 (keep on; 계속되다, a symptom
    # that goes on, is the source's "continues" too).
    STOP_CONTINUE: (
        r"중단|중지|끊(?!임)|멈추|멈춰|멈춥|멈췄|그만",
        r"계속",
    ),
    # Unless: -지 않는 한, 지시가 없는 한, 않는 이상, 경우를 제외하고 (not -지 않으면, if not, whose "not"
    # an English "if … not" has too; nor 없이, without, which says "even if" with it too: 괜찮아도 상의
    # 없이).  Even if: -더라도, -지라도, a verb's -아도/-어도/-해도 (있어도, 좋아도, 지시해도, 같아도, 돼도),
    # -는 경우에도; not the -아도 of a permission (복용해도 됩니다, 드셔도 괜찮습니다: you may take it), nor
    # a limit's (적어도, at least; 늦어도, at the latest; 많아도, 길어도, at most; 못해도, at least).
    UNLESS_EVEN_IF: (
        rf"(?:않|없)는\s?(?:한|이상)(?![{_HANGUL}])|제외하고|제외하면|외에는",
        rf"(?<![{_HANGUL}])(?!(?:적어|늦어|많아|길어|못해)도)[{_HANGUL}]*(?:더라도|지라도"
        rf"|(?:[아어여해와워봐져줘돼셔쳐켜혀겨써러려]|되어)도(?![{_HANGUL}])(?!\s?(?:되|돼|됩|된|괜찮|좋|상관))|경우에도)",
    ),
}
# [comparison]: to keep taking or using a medicine, an instruction (계속 복용하세요, 계속 드시면서, 복용을
# 계속하세요); not 계속되면, 계속 나타나면 (if it goes on: no taking named).
_KEEP_TAKING = (
    r"계속(?:해서)?\s*(?:(?:이\s*)?(?:약|약물|치료제|크림|연고)(?:을|를)?\s*)?"
    r"(?:복용|사용|투여|투약|드시|드세|드십|드셔|먹|바르|발라|주사|맞으|치료|주입|쓰세|써)"
    r"|(?:복용|사용|투여|투약|치료|주입)(?:을|를)?\s*계속\s*(?:하|해)"
)
# 적어도 (at least: no direction), 최대한 (as much as possible), 전 세계 (the whole world: 전 is
# "whole" before these nouns, not "before")
_NOT_DIRECTION = r"적어도|최대한|가능한\s?한|전\s?(?:세계|과정|기간|생애|국민)"

_SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
_SINO_SMALL = {"십": 10, "백": 100, "천": 1000}
_SINO_BIG = {"만": 10**4, "억": 10**8, "조": 10**12}
# Counters and units a lone Sino-Korean digit is read before ("삼 일" = 3 days).
_SINO_COUNTERS = (
    "일",
    "주",
    "개월",
    "년",
    "분",
    "초",
    "시간",
    "회",
    "명",
    "세",
    "퍼센트",
    "밀리그램",
    "그램",
    "킬로그램",
    "밀리리터",
    "번째",
    "차",
)


def _led(pattern: str) -> re.Pattern:
    """``pattern`` compiled behind a lookahead of the syllables its matches can start with
    (first_characters, as language._led leads a field's pattern): ``re`` passes over every other
    position at once. The numerals are read in every Korean text, and most hold none: five of
    their patterns led so read the varied bench corpus' 8,290 texts in 0.046 s of CPU, not 0.078 s."""
    return re.compile(f"{lookahead(pattern)}(?:{pattern})")


_D, _S, _B = "".join(_SINO_DIGITS), "".join(_SINO_SMALL), "".join(_SINO_BIG)
# 백, 십만, 삼천, 이백오십, 백만: at least one of 십/백/천/만/억/조, not inside a word
# (백신, 천식, 만성, 백혈구 and 십이지장 are words, not numbers); a digit before a counter (삼 일),
# and the numerator of a fraction in words (이분의 일, one half: the 일 after 분의 and a space).
_SINO_WORD = _led(
    rf"(?<![{_HANGUL}\d])(?P<word>(?:[{_D}]?[{_S}])+[{_D}]?[{_B}]?|[{_D}]?[{_B}]|[{_D}](?=\s?(?:{'|'.join(_SINO_COUNTERS)}))|(?<=분의\s)[{_D}])"
    rf"(?=\s|$|[^{_HANGUL}]|(?:{'|'.join(_SINO_COUNTERS)}|중|당|분의)(?![{_HANGUL}]))"
)
# Native numerals before any noun ("한 종류", "두 사람"), and whole words; not
# after a number ("12세 미만": 세 is the counter of years of age there).
_NATIVE = {
    "한": 1,
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
    "열한": 11,
    "열두": 12,
    "스무": 20,
}
_NATIVE_BEFORE_NOUN = _led(
    rf"(?<![{_HANGUL}\d])(?P<word>{'|'.join(sorted(_NATIVE, key=len, reverse=True))})\s(?=[{_HANGUL}])"
)
# 석 (3) and 넉 (4), the forms of 세 and 네 before 달 (month), 되, 자 and 장: 석 달 = 3 months, 넉 장 =
# 4 sheets.  Before those words alone: 석 and 넉 are no numbers elsewhere.
_BEFORE_MEASURES = {"석": 3, "넉": 4}
_MEASURES = "달|되|자|장"
_NATIVE_BEFORE_A_MEASURE = _led(rf"(?<![{_HANGUL}\d])(?P<word>석|넉)\s?(?=(?:{_MEASURES}))")
_WHOLE_WORDS = {
    "하나": 1,
    "둘": 2,
    "셋": 3,
    "넷": 4,
    "한쪽": 1,
    "양쪽": 2,
    "한 쪽": 1,
    "열두": 12,
    "십여": 10,
}
# Two (or three) native numerals run together say "about that many": 한두 방울 (1 or 2
# drops), 두세 알 (2 or 3 tablets), 서너 번 (3 or 4 times).  Each part is read as its own
# number, so 한두 방울 renders "1 to 2 drops" and 두세 방울 does not.
_APPROXIMATE = {
    "한두": (("한", 1), ("두", 2)),
    "두세": (("두", 2), ("세", 3)),
    "두서너": (("두", 2), ("서", 3), ("너", 4)),
    "서너": (("서", 3), ("너", 4)),
    "너덧": (("너", 4), ("덧", 5)),
    "네댓": (("네", 4), ("댓", 5)),
    "네다섯": (("네", 4), ("다섯", 5)),
    "대여섯": (("대", 5), ("여섯", 6)),
    "대엿": (("대", 5), ("엿", 6)),
    "예닐곱": (("예", 6), ("닐곱", 7)),
    "일고여덟": (("일고", 7), ("여덟", 8)),
}
# The same pairs written with a space, as Korean usually spells them: 하루 이틀 (a day or two, as
# 하루이틀), 이틀 사흘, 사흘 나흘; 한 두 방울, 두 세 번 (for 한두, 두세: each part a number by itself).
_DAYS_IN_ORDER = ("하루", "이틀", "사흘", "나흘", "닷새", "엿새")
_SPACED_COUNTS = tuple(
    (parts[0][0], parts[1][0]) for parts in _APPROXIMATE.values() if all(part in _NATIVE for part, _ in parts)
)
_SPACED_ALTERNATIVES = (*pairwise(_DAYS_IN_ORDER), *_SPACED_COUNTS)
# Two Sino-Korean digits in a row before a unit or counter say "one or the other" too: 이삼일 (2 or
# 3 days), 삼사 주 (3 or 4 weeks), 일이 개월; only digits one apart (이삼, not 이사: 이사 is "moving
# house"), and only before the unit as a whole word (일이 일어나면, "if something happens", has no
# 1 or 2 in it).  Days run together (하루이틀, a day or two) are number words (number_words).
_SINO_IN_A_ROW = ("일이", "이삼", "삼사", "사오", "오륙", "육칠", "칠팔", "팔구")
_SINO_PAIR_RE = _led(
    rf"(?<![{_HANGUL}\d])(?P<word>{'|'.join(_SINO_IN_A_ROW)})"
    rf"(?=\s?(?:일|주일|주|개월|년|시간|분|회|번|명)(?:간|째|동안|에|이|은|을|의|만|씩|정도|쯤|까지)?(?![{_HANGUL}]))"
)
_APPROXIMATE_RE = _led(
    rf"(?<![{_HANGUL}])(?P<word>{'|'.join(sorted(_APPROXIMATE, key=len, reverse=True))})(?=\s|[^{_HANGUL}]|$)"
)
# "And a half" after a number and its counter: 한 알 반 (1.5 tablets), 1알 반, 두 시간 반
# (2.5 hours), 2주 반; after 시 (o'clock) the half is 30 minutes: 3시 반 is 3:30.
_HALF_COUNTERS = "알|정|캡슐|방울|포|패치|앰플|스푼|큰술|작은술|시간|일|주일|주|개월|달|년|살|배"
# The half, alone or with a particle (반을, 반씩, 반에, 반쯤): not 반드시 (surely), 반대 (opposite).
_HALF = rf"반(?:을|씩|만|이|은|의|에|에는|쯤|정도|까지|동안|간|후|뒤|전|부터|마다)?(?![{_HANGUL}])"
_AND_A_HALF = re.compile(
    rf"(?<![{_HANGUL}\d.,])(?P<number>\d+|{'|'.join(sorted(_NATIVE, key=len, reverse=True))}"
    rf"|(?:석|넉)(?=\s?(?:{_MEASURES})))"  # 석 달 반: 3.5 months
    rf"\s?(?:{_HALF_COUNTERS})\s?(?={_HALF})반"
)
_HALF_PAST = re.compile(
    rf"(?:\d|(?<![{_HANGUL}])(?:{'|'.join(sorted(_NATIVE, key=len, reverse=True))}))\s?시\s?(?={_HALF})(?P<half>반)"
)
# After a word for one period, what makes it "per <period>": 에 (하루에, 일주일에;
# not 하루에서, "from a day", nor 1시간에 걸쳐, "over an hour"), 당 or 마다, or a
# number of times or a dose (하루 두 번, 1일 1회, 하루 400 mg, 하루 최대 4 g; not
# 1시간 30분), or a word for the dose (1일 투여량, 하루 용량: a day's dose), or a per kg
# before the dose (하루 체중 kg당 0.4 g).
_RATE_COUNT = "|".join(  # 하루 두 세 번 too
    (
        *(f"{first} {second}" for first, second in _SPACED_COUNTS),
        "한두|두세|서너|다섯|여섯|일곱|여덟|아홉|열|한|두|세|네|여러|몇",
    )
)
_RATE_AFTER = (
    r"(?:에(?!서|\s?걸)|\s?당|마다)"
    r"|(?=\s?(?:(?:최대|최소|최고|약|총|평균|대략)\s?)?"  # 하루 최대 4 g: at most 4 g a day
    rf"(?:\d[\d,.]*(?:\s?[~\-–]\s?\d[\d,.]*)?|(?:{_RATE_COUNT})\s)\s?"
    r"(?:번|회|차례|알|정|캡슐|봉|포|잔|방울|(?i:mg|g|ml|l|µg|ug|mcg|iu|mmol|meq)(?![A-Za-z])"
    r"|ℓ|㎍|㎎|㎏|㎖|밀리그램|마이크로그램|킬로그램|그램|밀리리터|리터|밀리몰|국제\s?단위|단위))"
    r"|(?=\s?(?:(?:최대|최소|총)\s?)?(?:투여량|용량|복용량|섭취량|권장량))"  # 1일 총 용량: the day's whole dose
    # 하루 체중 kg당 0.4 g, 하루 체중 1 kg에 0.4 g: a day, then per kg, then the dose
    r"|(?=\s?(?:(?:체중|몸무게)\s?)?(?:1\s?)?(?i:kg|킬로그램|㎏)(?![A-Za-z])\s?(?:당|에(?=\s?\d)))"
)
_WHOLE = _led(rf"(?<![{_HANGUL}])(?P<word>{'|'.join(sorted(_WHOLE_WORDS, key=len, reverse=True))})")


def sino_value(word: str) -> int:
    """백 = 100, 삼천 = 3000, 이백오십 = 250, 백만 = 1,000,000, 십이만 = 120,000."""
    return myriad_value(word, _SINO_DIGITS, _SINO_SMALL, _SINO_BIG)


def numerals(text: str) -> Spans:
    """Numbers written in Korean words: 백 명 (100), 천만 (10,000,000), 삼 일 (3), 한 종류 (1), 하나 (1)."""
    for match in _SINO_WORD.finditer(text):
        yield match.start(), match.end(), Fraction(sino_value(match.group("word")))
    for match in _NATIVE_BEFORE_NOUN.finditer(text):
        yield match.start(), match.end("word"), Fraction(_NATIVE[match.group("word")])
    for match in _NATIVE_BEFORE_A_MEASURE.finditer(text):
        yield match.start(), match.end("word"), Fraction(_BEFORE_MEASURES[match.group("word")])
    for match in _WHOLE.finditer(text):
        yield match.start(), match.end(), Fraction(_WHOLE_WORDS[match.group("word")])
    for match in _APPROXIMATE_RE.finditer(text):
        start = match.start()
        for part, value in _APPROXIMATE[match.group("word")]:
            yield start, start + len(part), Fraction(value)
            start += len(part)
    for match in _SINO_PAIR_RE.finditer(text):
        word = match.group("word")
        yield match.start(), match.start() + 1, Fraction(_SINO_DIGITS[word[0]])
        yield match.start() + 1, match.end(), Fraction(_SINO_DIGITS[word[1]])
    for match in _AND_A_HALF.finditer(text):
        number = match.group("number")
        whole = int(number) if number.isdigit() else {**_NATIVE, **_BEFORE_MEASURES}[number]
        yield match.start(), match.end(), whole + Fraction(1, 2)
    for match in _HALF_PAST.finditer(text):
        yield match.start("half"), match.end("half"), Fraction(30)  # 3시 반: 3 and 30 minutes


# Urgency ([urgency]): 즉시, 즉각, 바로, 곧바로, 곧장, 당장, 지체 없이 / 지체하지 말고, 서둘러, 빨리,
# 신속히, 급히, 긴급히 (not 긴급 상황, an emergency: 응급실, the emergency room, says no hurry), 지금
# (for "Call … now").
_URGENCY = (
    r"지금|즉시|즉각|바로|곧장|당장|지체\s*없이|지체하지\s*(?:말고|마)|서둘러|빨리|신속(?:히|하게)|급히"
    r"|긴급(?:히|하게|한)(?!\s*상황)"
)
# A hurry softened ([urgency]): 가능한 (한) / 되도록 / 최대한 / 가급적 / 가능하면 빨리 (as soon as possible),
# 빠른 시일 / 시간 내에, 할 수 있을 때 (when you can).
_AS_SOON_AS_POSSIBLE = (
    r"(?:가능한\s*한|가능한|가능하면|가능한\s*대로|될\s*수\s*있는\s*(?:한|대로)|되도록|되도록이면|최대한|가급적|할\s*수\s*있는\s*한)"
    r"\s*(?:빨리|빠르게|신속(?:히|하게)|서둘러|일찍)|빠른\s*(?:시일|시간)\s*(?:내|안|이내)에|(?:할|하실)\s*수\s*있을\s*때"
)
# Putting off ([urgency]): 다음 진료 / 방문 / 외래 / 예약 / 검진 때 (at the next visit), 다음 주에 (next week;
# not 다음 주사, 다음 주입, 다음 주의 사항), 며칠 안에 (within a few days), 나중에 (later), 편할 때, 시간 날 때 (when
# convenient); not 나중에 생각나면 (if you remember later) nor 나중에 나타나는 (appearing later).
_DEFERRAL = (
    r"다음\s*(?:번\s*)?(?:진료|방문|외래|예약|진찰|검진|상담|내원)|다음\s*주(?:에|\s*중)|(?:앞으로\s*)?며칠\s*(?:안|내|이내)에"
    r"|나중에|편(?:할|하실)\s*때|시간\s*(?:날|있을)\s*때"
)
_NOT_DEFERRAL = r"나중에\s*(?:다시\s*)?(?:생각|기억|떠오|알게|나타|생기|발생)"
# A double dose ([negation]): 두 배 용량 / 복용량 / 분량, 용량을 두 배로, 2회분, 두 번 분량.
_DOUBLE_DOSE = (
    r"(?:두|2)\s*배\s*(?:의\s*)?(?:용량|복용량|투여량|분량|양)|(?:용량|복용량|투여량|양)을?\s*(?:두|2)\s*배로"
    r"|(?:두|2)\s*회\s*분(?!할)|두\s*번\s*분량"  # not 2회 분할 (divided in two)
)
# [as-needed]: 필요 시, 필요할 때, 필요한 경우, 필요하면, 필요에 따라; and a condition a dose is taken on
# (때, 경우, ~면: "통증이 있을 때" for "for pain, if needed"), or the pain or fever it is for (통증, 열).
_AS_NEEDED = r"통증|아플|아프|발열|열이|두통|필요|때|경우|(?<=\s)시(?=\s|에|,)|(?:으|하|이|되|있으|없으)면(?=\s|,|$)"
# [dose-times]: the time of day before its dose (아침에 1정); 자기 전, not 자기 (self) alone.
DAY_TIMES = {
    BEDTIME: r"취침|(?:자기|잠들기|잠자리에\s*들기|자러\s*가기)\s*(?:직)?전",
    # on waking is the morning: 기상 후, 기상 직후, 기상 시 (기상 alone is also the weather), 잠에서 깬
    MORNING: r"아침|오전|기상\s*(?:직후|후|시)|잠에서\s*깨",
    MIDDAY: r"점심|정오",
    # 오후 is "p.m." too, the evening's hours as well (오후 7시): the afternoon or the evening, as
    # Spanish "tarde" is
    f"{AFTERNOON}/{EVENING}": r"오후",
    EVENING: r"저녁",
    NIGHT: r"밤|자정",  # 자정: midnight
}


# 왼, 오른 (left, right) before a part of the body (오른눈, 왼손): not 오른 alone, also "risen" (혈압이 오른
# 경우), nor before 편 (혈압이 오른 편입니다: on the high side).
_SIDED_PART = r"(?:눈|귀|손|팔|발|다리)"
# [opposites]: not 식후 (after a meal), also "2 hours after a meal" on an empty stomach; not 직장 alone
# (also a workplace).
# A number of a period (첫 3개월, 마지막 2주에) or a week or a month (첫 주, 마지막 달); not 첫 주사 (injection)
_PERIOD = r"(?:\d+\s?(?:시간|일|주|개월|달|년)|주(?!사)|달)"
# Followed, in its sentence, by the verb of an injection or of giving a medicine (근육에 0.5 mL를
# 주사하십시오, 정맥에 투여합니다): where it goes.  투여 as a verb only: not 투여를 중단 (stop giving it),
# said after a side effect in a vein (정맥에 혈전이 생기면 투여를 중단하십시오).
_BEFORE_AN_INJECTION = r"(?=(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,20}?(?:주사|투여)\s*(?:하|해|합))"
# Followed, in its clause, by the verb of putting a dose in (항문에 좌약 1개를 넣으십시오, 삽입하십시오):
# where it goes.  Not across a comma: 항문이 가려우면, 질정을 넣으십시오 (if the anus itches, insert it).
_BEFORE_AN_INSERTION = r"(?=(?:[^.!?\n,]|(?<=\d)\.(?=\d)){0,20}?(?:넣|삽입|투여\s*(?:하|해|합)))"
# Take it (복용하십시오; 드세요, 드십시오: eat or drink it), by mouth but said of any medicine taken, as
# often of a suppository (좌약을 복용하십시오): not a swallow said outright ([opposites]).  드세요 as a
# word of its own: not 드시지 마세요 (a "not"), 드립니다 (to give), 가드세요
_TAKE_IT = rf"복용\s*(?:하세요|하십시오|하시오|하십시요|합니다)|{_NOT_IN_A_WORD}드(?:세요|십시오|시오)"

# A thigh, an (upper) arm or a leg, before or after a word of its side ([opposites]): 허벅지, 대퇴부, 위팔,
# 상완, 팔, 다리; 팔꿈치 안쪽 (the inner elbow) names none: its side word follows 꿈치, not 팔.
_LIMB = r"(?:허벅지|넓적다리|대퇴부?|위팔|윗팔|상완부?|팔뚝|팔|다리)"
OPPOSITES = {
    WITH_FOOD: r"(?:음식물?|식사)과\s*(?:함께|같이)|식사와\s*(?:함께|같이)|식사\s*(?:중|도중)(?!간)",
    # not 공복 혈당 (fasting blood sugar); 식간, 식사 중간, 식사 사이: between meals
    EMPTY_STOMACH: r"공복(?!\s*(?:시\s*)?(?:혈당|혈액|채혈|검사))|빈속|(?<!음)식간|식사\s*(?:중간|사이)",
    LEFT: rf"왼쪽|좌측|왼\s?{_SIDED_PART}",
    RIGHT: rf"오른쪽|우측|오른\s?{_SIDED_PART}",
    # 양쪽 (both sides), 양안 (both eyes), 양 눈, 두 눈, 각 눈 (each eye), 양쪽 콧구멍
    BOTH_SIDES: rf"양쪽|양측|양안|(?:양|두|각)\s?(?:{_SIDED_PART}|콧구멍)",
    BY_MOUTH: r"경구|입으로|내복(?:용|약)",  # 내복용, 내복약: for internal use (not 내복 alone, also underwear)
    UNDER_THE_SKIN: rf"피하(?={_UNDER_THE_SKIN_NEXT})",  # not 피하다 (avoid)
    # 근육에 … 주사하십시오 with the dose between ("위팔 근육에 0.5 mL를 주사하십시오"); not 근육에 통증 (pain)
    INTO_A_MUSCLE: rf"근육\s*(?:내|안|속)|근육\s*(?:주사|투여)|근육에{_BEFORE_AN_INJECTION}",
    # 정맥 alone is in loose_route_words (정맥 혈전, a clot in a vein; 정맥류, varicose veins); 정맥 주사,
    # 정맥 (내) 투여, 정맥에 … 주사하십시오 say where the injection goes: read as said outright (not 주사
    # 후 정맥 혈전, the injection before the vein)
    INTO_A_VEIN: rf"정맥\s*(?:내\s*)?(?:주사|투여)|정맥(?:\s*내)?(?:에|으로|로){_BEFORE_AN_INJECTION}|정맥",
    # 항문 alone is in loose_route_words (항문 가려움, an itch); 항문에 … 넣으십시오, 항문으로 삽입 say where
    # the dose goes: read as said outright; so 직장에 … 넣으십시오 (직장 alone is also a workplace)
    RECTAL: r"직장\s*(?:내|으로|투여)"
    rf"|(?:항문(?:\s*(?:안|내|속))?(?:에|으로|로|을\s*통해|을\s*통하여)|직장에){_BEFORE_AN_INSERTION}|항문",
    REFRIGERATOR: r"냉장",
    ROOM_TEMPERATURE: r"실온|상온",
    FREEZER: r"냉동|얼리",
    # 흔하다 (common), not 흔하지 (said with a "not" after it, 흔하지 않다: uncommon, however far the
    # 않 stands) nor 흔들다 (to shake)
    # 드묾: the noun form of a frequency table ("드묾: 1,000명 중 1명", "매우 드묾")
    RARE: r"드물|드뭅|드문|드묾|흔하지\s*않|흔치\s*않|덜\s*흔",
    COMMON: r"흔(?:하(?!지)|한|히|합|해|함)",
    UPRIGHT: r"똑바로\s*(?:앉|서|선)|(?:앉거나|앉은\s*채로?)\s*서|서\s*있거나|선\s*자세|직립"
    r"|상체를\s*(?:세|일으)|세운\s*(?:상태|자세)",
    LYING_DOWN: r"누워|누운|누우|눕",
    # 손이 닿지 않는 곳 (out of reach) says its "not", and is not read (a sentence with a "not"); not 닿는 범위
    # 밖 (outside the reach)
    OUT_OF_REACH: r"닿지\s*않",
    WITHIN_REACH: r"닿(?:는|을\s*수\s*있는)(?!\s*(?:곳|범위)\s*(?:의\s*)?밖)",
    # one side (한쪽, 한 측, 편측) or the affected one (아픈 눈, 해당 귀, 환측): not 한눈 (at a glance).  The
    # part of the body is left to EYE, EAR and NOSE, which read it with its particle (아픈 귀에: the ear)
    ONE_SIDE: r"한\s?쪽|한\s?측|편측|환측|(?:아픈|해당|감염된|이환된)(?=\s?(?:눈|귀|콧구멍))",
    # the other side (다른 쪽, 반대쪽): with one side, both (한쪽 눈에 넣고 다른 쪽 눈에도)
    OTHER_SIDE: r"다른\s?쪽|반대\s?(?:쪽|편)",
    # 눈 (the eye) before its particle, not 한눈에 (at a glance) nor 눈에 띄다 (to be noticed); 안약, 점안 (eye
    # drops, put in the eye); 귀 (the ear) before its particle, not 귀하 (you), 귀가 (going home); 점이 (put in
    # the ear) only as a verb or a kind of drops (점이 alone is also "a spot": 점이 생기다)
    EYE: rf"(?<![{_HANGUL}])눈(?:에(?!\s*띄)|의|을|\s?안|꺼풀)|안약|안구|점안",
    EAR: rf"(?<![{_HANGUL}])귀(?:에|의|를|\s?안|\s?속)|귓|외이도|점이(?=제|액|약|용|하)",
    NOSE: rf"(?<![{_HANGUL}])코(?:에|의|를|\s?안|\s?속)|콧|비강|점비",
    # after a meal, the way Korean and Chinese say "with food": never on an empty stomach
    AFTER_A_MEAL: r"(?:식후|식사\s*(?:후|뒤))(?!\s*(?:혈당|혈액|채혈|검사))",  # not 식후 혈당 (blood sugar after it)
    # routes, read as [opposites] reads them: a swallow is by mouth where no "not" is said, a dose form
    # its route where no other is named beside it
    # 삼키세요, 삼켜 드세요 (swallow): not 삼킨 (a child who swallowed it) nor 삼키기 (trouble swallowing)
    # 복용하십시오, 복용합니다 (take it: by mouth, as 服用 says), an instruction only: not 복용 중 (while taking)
    SWALLOWED: rf"삼키(?:세요|십시오|시오|고)|삼켜\s*(?:서|야|주세요|주십시오|드세요|드십시오|복용)|{_TAKE_IT}",
    UNDER_THE_TONGUE: rf"혀\s*(?:밑|아래)|{_NOT_IN_A_WORD}설하(?=\s*(?:정|로|에|투여|복용|투약))",  # not 개설하다
    # 질 안에, 질에 넣으세요: not 질 alone (also quality: 삶의 질에) nor 질 내 건조 (a side effect)
    VAGINAL: rf"{_NOT_IN_A_WORD}질\s*(?:안|내|속)(?:에|으로|로)|{_NOT_IN_A_WORD}질에\s*(?:넣|삽입|투여)",
    # 흡입 (흡입하십시오, 흡입기), 들이마시다, 들이쉬다 (breathe in)
    INHALED: r"흡입|들이마시|들이마셔|들이쉬",
    FOR_EXTERNAL_USE: rf"{_NOT_IN_A_WORD}외용",
    SUPPOSITORY: r"(?<!질)(?<!질\s)좌약",  # not 질 좌약 (vaginal)
    VAGINAL_DOSE_FORM: rf"{_NOT_IN_A_WORD}질(?:정|\s*좌약|\s*좌제)",
    # a spoon a dose is measured with; not 숟가락 or 스푼 alone (either), nor 계량스푼 (a measuring spoon)
    TEASPOON: r"찻숟가락|찻숟갈|티스푼|작은술|작은\s?스푼",
    TABLESPOON: r"큰술|큰\s?스푼|테이블\s?스푼|밥숟가락|밥숟갈",
    DESSERT_SPOON: r"디저트\s?(?:스푼|숟가락)",
    # 임신, 임부, 임산부; 수유, 수유부, 모유 수유
    PREGNANCY: r"임신|임부|임산부",
    BREAST_FEEDING: r"수유",
    # 첫 3개월, 처음 3일, 첫날, 임신 초기; 마지막 3개월, 임신 말기 (후기): not 첫 투여, 마지막 복용 (the
    # first, the last dose), nor 첫 주사 (the first injection)
    FIRST_PART: rf"(?:첫|처음|최초)\s?{_PERIOD}|첫\s?날|임신\s?(?:초기|1기|1분기)",
    LAST_PART: rf"마지막\s?{_PERIOD}|마지막\s?날|임신\s?(?:말기|후기|3기|3분기)",
    DIFFERENT_SITE: r"다른\s*(?:주사\s*)?(?:부위|곳|자리)|(?:부위|곳|자리)(?:를|을)?\s*(?:바꾸|바꿔|바꾼|변경|교체)|번갈아",
    SAME_SITE: r"(?:같은|동일한|동일)\s*(?:주사\s*)?(?:부위|곳|자리)",
    # 늦추다, 천천히, 느리게, 속도를 줄이다 (낮추다), 속도가 느려지다 (줄어들다); 빠르게, 속도를 높이다
    # (올리다), 속도가 빨라지다; 중단, 중지, 멈추다
    SLOWER: r"늦추|늦춰|늦춥|늦출|천천히|서서히|느리게|느린\s*속도|속도(?:를|가|는)?\s*(?:줄|낮추|낮춰|낮출|낮춥|낮아|느려|감소)"
    r"|감속",
    FASTER: r"빠르게|빨리|빠른\s*속도|속도(?:를|가|는)?\s*(?:높|올리|올려|올릴|올립|올라|빨라|증가)|가속",
    INFUSION_STOPPED: r"중단|중지|멈추|멈춰|멈춥|정지",
    # 진하다, 짙다, 어둡다, 검은; 옅다, 연한, 밝은, 맑은, 창백한, 흰
    DARK: r"진하|진한|진해|짙|어두|어둡|검은|검게|검어|거무",
    PALE: r"옅|연한|연하|연해|밝은|밝게|밝아|맑|창백|흰|하얀|회색",
    # 더 낮은 (적은) 용량, 저용량, 용량을 줄이다, 감량; 더 높은 (많은) 용량, 고용량, 용량을 늘리다, 증량
    LOWER_DOSE: r"(?:낮은|적은|작은)\s*(?:용량|투여량|복용량)|저용량|(?:용량|투여량|복용량)을?\s*(?:줄|낮추|낮춰|낮출|낮춥)|감량",
    HIGHER_DOSE: r"(?:높은|많은|큰)\s*(?:용량|투여량|복용량)|고용량"
    r"|(?:용량|투여량|복용량)을?\s*(?:늘|높이|높여|높일|올리|올려)|증량",
    # 허벅지 바깥쪽 (바깥 부분, 외측), 위팔의 바깥쪽, 바깥쪽 허벅지; 허벅지 안쪽 (안쪽 면, 내측): only with the
    # limb, and not 안 alone (허벅지 안에: into the thigh)
    OUTER_SIDE: rf"{_LIMB}\s*(?:의\s*)?(?:바깥|외측|외면)|(?:바깥쪽|외측)\s*(?:의\s*)?{_LIMB}",
    INNER_SIDE: rf"{_LIMB}\s*(?:의\s*)?(?:안쪽|안\s*(?:부분|면|부위)|내측|내면)|(?:안쪽|내측)\s*(?:의\s*)?{_LIMB}",
    # 허벅지 앞쪽 (앞부분, 전면); 위팔 뒤쪽 (뒷부분, 뒷면, 후면): only with the limb
    FRONT_SIDE: rf"{_LIMB}\s*(?:의\s*)?(?:앞쪽|앞\s*(?:부분|면|부위)|전면)|앞쪽\s*(?:의\s*)?{_LIMB}",
    BACK_SIDE: rf"{_LIMB}\s*(?:의\s*)?(?:뒤쪽|뒤\s*(?:부분|면|부위)|뒷(?:면|부분)|후면)|뒤쪽\s*(?:의\s*)?{_LIMB}",
}


# [opposites]: where an injection goes, read only beside 주사.  팔 only as a word of its own (위팔, 왼팔에,
# 팔 또는), not 팔꿈치 (the elbow); 배 only before a particle (배에, 배나), not 두 배 (twice) nor 배꼽.
INJECTION_SITES = {
    UPPER_ARM: rf"위팔|상완|삼각근|{_NOT_IN_A_WORD}(?:왼|오른)?팔(?=에|을|이나|이|과|와|의|\s*(?:또는|및|,|·))",
    THIGH: r"허벅지|대퇴",
    ABDOMEN: rf"복부|아랫배|뱃살|{_NOT_IN_A_WORD}(?<!두\s)(?<!세\s)배(?=에|를|나|와|과|의|\s*(?:또는|및|,|·|\())",
    BUTTOCK: r"엉덩이|둔부",
    INJECTED: r"주사",
}


# An immune system, or immunity, before a word of its state ([people]): 면역력이, 면역 체계가, 면역 기능은.
_IMMUNE = r"면역(?:력|계|\s*체계|\s*기능|\s*반응)?(?:이|가|은|는|의)?"
# [people]: the groups of people an entry names, in the order they are read (pipeline/checks/people.py)
_PEOPLE_GROUPS = frozen(
    {
        "planning a pregnancy": r"임신(?:을|할|하려(?:고|는)?|하고자|하기를)?\s*(?:계획|시도|준비|원하|희망|고려)"
        r"|임신하려(?:고|는)?|임신하고자",
        "breastfeeding": r"수유|모유|젖을\s*먹이",
        "pregnant": r"임신|임부|임산부",
        "older people": r"고령|노인|노년|어르신|[6-9]\d\s*세\s*(?:이상|초과|가\s*넘|를\s*넘)",
        "children": r"어린이|소아|아동|아이(?!스)|자녀|영아|유아|신생아|아기|청소년|미성년|\d+\s*세\s*(?:미만|이하)",
        "adults": r"성인|어른|성년",
        # the patient's partner (배우자, 파트너, 상대방, 남편, 아내, 여자 친구): read before women and men
        "partners": r"배우자|파트너|상대방|성\s*상대|남편|아내|(?:여자|남자)\s*친구|애인",
        # 남녀 (men and women) names both: looked ahead at, not blanked, so the men's words find it too
        "women": rf"여성|(?<![{_HANGUL}])여자|부녀|어머니|엄마|산모|(?=남녀)",
        "men": rf"남성|(?<![{_HANGUL}])남자|남녀",
        "people with kidney problems": r"신장|콩팥|신기능|신부전|신질환|신손상",
        "people with liver problems": rf"(?<![{_HANGUL}])간(?=\s|기능|질환|장애|손상|경변|염|수치|독성|부전|에|의|이|을|은|$)",
        # 면역력이 약한 (떨어진, 저하된), 면역 저하, 면역억제; 면역력이 정상인 (건강한), 건강한 면역: not
        # 정상적으로 작동하지 않는 (working not normally: weakened)
        "people with a weakened immune system": rf"{_IMMUNE}\s*(?:약|저하|억제|손상|떨어|결핍|부전|낮|감소|취약"
        r"|(?:제대로|정상적으로)\s*(?:작동|기능)하지\s*(?:않|못))",
        "people with a healthy immune system": rf"(?:{_IMMUNE}\s*(?:정상|건강|튼튼|강한|강하|온전)"
        r"|(?:건강한|정상적인|튼튼한|강한)\s*면역)(?![^.,]{0,15}(?:않|못|없))",
    }
)


# [negation]: what may be done to a dose (씹, 부수, 쪼개, 자르, 열, 녹이), which a source may forbid;
# not 부수적 (incidental), nor 열 (fever) before a particle: 열이 나면.
_HANDLING = {
    CHEWING: r"씹|깨물",
    CRUSHING: r"부수(?!적)|부숴|으깨|빻",
    SPLITTING: r"쪼개|쪼갠|자르|자른|잘라|깨뜨리|깨뜨려",
    OPENING: rf"(?<![{_HANGUL}])열(?:어|고|거나|지|면|기\s*전)|개봉하|개봉해",
    DISSOLVING: r"녹이|녹여|녹인|용해",
}

# [negation]: using a medicine a source may forbid: stopping (중단, 끊, 멈추, 그만), keeping it in the
# fridge (냉장) or freezing it (냉동, 얼리); and "can", -ㄹ 수 있다, after the verb.
_USES = {
    STOPPING: r"중단|중지|끊|멈추|멈춰|그만",
    REFRIGERATING: r"냉장",
    FREEZING: r"냉동|얼리|얼려",
}


LANGUAGE = Language(
    people_groups=_PEOPLE_GROUPS,
    not_people=r"가임|불임|(?:여성|남성)\s*호르몬",
    code="ko",
    # cut in half: 정제를 반으로 자르십시오, 절반으로 나누어; a patch folded: 반으로 접어 (not 절반으로
    # 줄이다, a dose halved)
    how_a_tablet_is_cut=r"(?:반|절반|두 조각)으로(?=\s*(?:잘라|자르|자른|쪼개|나누|나눠|분할|접))",
    negation_before_excluded=False,  # 아침이 아니라 오후에: the 아니 after what it excludes
    # ... with the rest of its word and its subject particle between (공복이 아니라, 냉장고가 아니라, 공복
    # 상태가 아니라, 음식과 함께가 아니고): not 아침뿐만 아니라, 아침만이 아니라 (not only in the morning,
    # but also), which exclude nothing
    not_after_excluded=r"(?:\s*상태)?(?!\S*만)\S*?[이가]\s*아니(?:라|고)",
    english_name="Korean",
    day_times=frozen(DAY_TIMES),
    opposites=frozen(OPPOSITES),
    injection_sites=frozen(INJECTION_SITES),
    # 냉장고에서 꺼내 (take out of the refrigerator), 냉장고 밖 (outside it)
    # 정맥 혈전 (a clot in a vein), 경구 피임약 (the pill), 항문 가려움 (an itch): a route's swap said by them alone is a warning
    loose_route_words=rf"정맥|경구|항문|{_TAKE_IT}",
    # stopped gradually (서서히, 점차) or suddenly, at once (갑자기, 즉시, 바로)
    gradually=r"서서히|점차|점진적|천천히|조금씩",
    suddenly=r"갑자기|즉시|바로|급격히|한꺼번에|급하게",
    # taken until the patient feels better or the symptoms go (좋아질 때까지: the course cut short)
    until_better=r"(?:좋아질|나아질|호전될|개선될|괜찮아질|사라질|없어질)\s*때까지",
    # shaken gently (가볍게, 살살) or hard (세게, 강하게)
    gently=r"가볍게|살살|부드럽게|살며시|조심해서|조심스럽게",  # 조심해서 다루세요: handle with care
    forcefully=r"세게|세차게|강하게|격렬하게|힘껏|심하게",
    # [opposites] (empty_stomach.py): a word of fasting anywhere in a sentence
    fasting=r"공복|빈속",
    # [opposites]: fast- or slow-acting; weekdays or every day
    fast_acting=r"속효|초속효|(?:빨리|빠르게)\s*(?:흡수|작용)(?:되는|하는)|(?:흡수|작용)(?:이|가)\s*빠른|단시간\s*작용",
    slow_acting=r"지효|(?:천천히|느리게|서서히)\s*(?:흡수|작용)(?:되는|하는)|(?:흡수|작용)(?:이|가)\s*느린|(?:장시간|지속)\s*작용|지속형",
    working_days=r"평일|주중|월요일\s*(?:부터|~|-|–)\s*금요일|월\s*[~\-–]\s*금|영업일|근무일",
    every_day_of_the_week=r"매일|날마다|연중무휴|주\s*7\s*일|365\s*일",
    # 옷 위로 (옷을 입은 채, 옷을 벗지 않고) 주사; 옷을 벗고 (걷어 올리고), 맨살에
    through_clothing=r"(?:옷|의복|바지)\s*위(?:로|에서|에)|(?:옷|의복|바지)[을를]?\s*(?:입은\s*(?:채|상태)|통(?:해|과)|벗지\s*않)",
    clothing_removed=r"(?:옷|의복|바지)[을를]?\s*(?:벗(?!지\s*않)|걷어|걷고|내리)|맨살|맨\s*피부|노출된\s*피부",
    # stopped for a while (일시적으로, 잠시) or for good (영구적으로)
    temporarily=r"일시적|일시\s*중단|잠시|잠깐",
    permanently=r"영구|영원히|완전히\s*중단",
    dark_colour=OPPOSITES[DARK],
    pale_colour=OPPOSITES[PALE],
    urine=r"소변|오줌",
    stools=r"대변|분변|배변|똥",
    colour_ends=r"또는|및|그리고|거나",
    out_of_storage=(
        r"(?:냉장고|냉동고|냉동실|냉장\s*보관|냉장)에서\s*(?:\S{1,4}\s*)?꺼|(?:냉장고|냉동고|냉동실)\s*밖"
        r"|냉장(?:고에\s*넣)?(?:하)?지\s*않"
    ),
    day_time_first=True,
    # 한 번씩, 1정씩 (once, one tablet, each time): 씩 right after the number or its counter
    each_after=r"[^\s\d.,;:!?]{0,3}?씩",
    and_joints=r"그리고|그\s*다음|(?<=\s)및(?=\s)",
    whole_and_part=r"\s*(?:과|와)\s*",  # 1 and 1/4: a whole and the fraction added to it
    # a meal, none of the day's named (매 식사, 식전, 식후): not 아침 식사 (breakfast), 점심, 저녁 식사
    meal_words=r"(?<!아침)(?<!아침\s)(?<!점심)(?<!점심\s)(?<!저녁)(?<!저녁\s)(?:식사|식전|식후)|끼니|밥",
    script=HANGUL,
    unit_words=frozen(
        {
            "퍼센트": "percent",
            "프로": "percent",
            "시간": "hour",
            "분": "minute",
            "일": "day",
            "주일": "week",
            "주": "week",
            "개월": "month",
            "달": "month",
            "년": "year",
            "세": "year",  # an age (2세 미만: under 2 years), as 살 is (두 살)
            "살": "year",
            "밀리그램": "mg",
            "마이크로그램": "ug",
            "킬로그램": "kg",
            "그램": "g",
            "밀리리터": "ml",
            "리터": "l",
            "밀리몰": "mmol",
            "국제단위": "iu",
            "단위": "iu",
            # "38.5도": Korea measures body temperature in Celsius ("화씨 100도" would say Fahrenheit).
            "도": "celsius",
        }
    ),
    # Korean groups digits by four: 만 (10^4), 억 (10^8), 조 (10^12) ...
    scale_words=frozen({"만": 10**4, "억": 10**8, "조": 10**12}),
    # ... with 천/백/십 inside a group: 1만 2천 = 12,000, 3천만 = 30,000,000.
    small_scale_words=frozen({"천": 1000, "백": 100, "십": 10}),
    native_tens=frozen({"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50}),
    native_units=frozen(
        {
            "하나": 1,
            "한": 1,
            "첫": 1,
            "둘": 2,
            "두": 2,
            "셋": 3,
            "세": 3,
            "석": 3,
            "넷": 4,
            "네": 4,
            "넉": 4,
            "다섯": 5,
            "여섯": 6,
            "일곱": 7,
            "여덟": 8,
            "아홉": 9,
        }
    ),
    ordinal_marks_after=("번째", "째"),  # 첫 번째 주입, 둘째 날: the first infusion, the second day
    counters=(
        "번째",
        "번",
        "회",
        "차례",
        "째",
        "가지",
        "개",
        "알",
        "정",
        "명",
        "사람",
        "분",
        "살",
        "시간",
        "시",
        "달",
        "주",
        "해",
        "잔",
        "장",
        "병",
        "방울",
        "군데",
        "단계",
    ),
    number_words=frozen(
        {
            # native words for a number of days; two run together (하루이틀, a day or two; 이틀사흘) are read
            # each, as one or the other (pipeline.checks.numerals.number_words)
            "하루": (("1", "day"),),
            "이틀": (("2", "day"),),
            "사흘": (("3", "day"),),
            "나흘": (("4", "day"),),
            "닷새": (("5", "day"),),
            "엿새": (("6", "day"),),
            "여드레": (("8", "day"),),
            "아흐레": (("9", "day"),),
            "열흘": (("10", "day"),),
            # Two days run into one word: 사나흘 (3 or 4 days), 네댓새 / 너덧새 (4 or 5), 대엿새 (5 or 6).
            "사나흘": (("3", "day"), ("4", "day")),
            "네댓새": (("4", "day"), ("5", "day")),
            "너덧새": (("4", "day"), ("5", "day")),
            "대엿새": (("5", "day"), ("6", "day")),
            "보름": (("15", "day"),),
            "일주일": (("1", "week"),),
            "일 년": (("1", None),),
            "절반": (("1/2", None), ("50", "percent")),
            "반": (("1/2", None), ("50", "percent")),
            # "반 시간" is half an hour: 30 minutes
            "반 시간": (("1/2", "hour"),),
            "반시간": (("1/2", "hour"),),
            # 반년, 반 년: half a year, 6 months
            "반년": (("1/2", "year"),),
            "반 년": (("1/2", "year"),),
            # a quarter of a year (3 months) said by one word, as the part of a year it is: 분기 (a quarter),
            # 임신 3기 / 임신 후기 (the third trimester: "the last 3 months of pregnancy"), 임신 초기 (the first)
            "분기": (("1/4", "year"),),
            "임신 3기": (("1/4", "year"),),
            "임신 후기": (("1/4", "year"),),
            "임신 초기": (("1/4", "year"),),
        }
    ),
    # 영하 20 °C, 마이너스 20도 (below zero)
    below_zero_before=rf"(?<![{_HANGUL}])(?:영하|마이너스)",
    every_other=frozen(
        {
            # 하루 건너 하루, 하루씩 걸러(서), 1일 걸러 (not 하루 건너뛰고, skip a day); not the 2 of 12일마다
            "day": r"격일|이틀(?:에\s*한\s*번|마다|\s*간격)|하루\s*(?:씩\s*)?(?:걸러|건너(?!\s*뛰))(?:\s*하루)?"
            r"|(?<![\d.])1\s*일\s*(?:씩\s*)?걸러|(?<![\d.])(?:2|두)\s*일(?:에\s*한\s*번|마다)",
            "week": r"격주|(?<![\d.])(?:2|두)\s*주(?:에\s*한\s*번|마다|\s*간격)|한\s*주\s*걸러",
            "month": r"격월|(?<![\d.])(?:2|두)\s*(?:달|개월)(?:에\s*한\s*번|마다|\s*간격)|한\s*달\s*걸러",
        }
    ),
    # 월요일, 월·수·금요일, 주말 (the weekend) ([units], alternate.py)
    weekdays=r"요일|주말",
    # days 1, 8 and 15; days 1 to 15 ([units], day_lists.py)
    day_list=(
        r"#(?:\s*일\s*(?:째|차)?)?(?:\s*(?:,|및|과|와|그리고)\s*#(?:\s*일\s*(?:째|차)?)?)*\s*(?:,|및|과|와"
        r"|그리고)\s*#\s*일"
    ),
    # 1일과 15일 사이: between days 1 and 15, a range
    day_range=(
        r"#\s*일\s*(?:째|차)?\s*(?:부터|에서)\s*#\s*일\s*(?:째|차)?\s*까지|#\s*(?:일\s*(?:째"
        r"|차)?\s*)?[~～\-–—]\s*#\s*일"
        r"|#\s*일\s*(?:째|차)?\s*(?:과|와)\s*#\s*일\s*(?:째|차)?\s*사이"
    ),
    # reduce it by 5 mg; reduce it to 5 mg ([units], dose_changes.py)
    # 만큼, not 씩 (each time: "250~500 mg씩 복용" is a dose, no change by it)
    change_by_after=r"\s?만큼",
    change_to_after=r"\s?(?:으로|로|까지)(?!\s?나누)",
    per_words=frozen(
        {
            # 아침저녁으로: every morning and evening, a daily schedule
            # and a day's most said over 24 hours: 24시간 이내에 4 g을 넘지 않게 (not 24시간 동안, for
            # 24 hours: one stretch, which "24 hours a day" is not)
            "day": ("매일", "일일", "날마다", "아침저녁으로", "24시간 이내에", "24시간 내에", "24시간당"),
            "week": ("매주", "주당", "주마다"),
            "hour": ("매시간",),
            "minute": ("매분",),  # and 분당 (a per suffix): without a word, a dropped per minute passed
            "month": ("매달", "매월", "달마다", "다달이"),
        }
    ),
    per_words_before_dose=True,  # 매일 400 mg
    # 1회 40 mg, 1회 최대 40 mg (per dose); not the count of 1일 1회, 하루 1회, 매일 1회, 주 1회, 월 1회
    per_dose_words=(r"(?<![일루주월])(?<![일루주월] )1\s?회(?:당|에)?(?![\d.,])",),
    per_word_exclusions=frozen({"매분": ("기",)}),  # 매분기: every quarter of a year
    # 하루 is "a day" in 하루에 한 번 and 하루 400 mg, one day in 하루 동안.
    period_words=frozen(
        {
            "하루": "day",
            "1일": "day",
            "일주일": "week",
            "1주일": "week",
            "1주": "week",
            "주": "week",  # 주 1회, 주 2회 (once, twice a week)
            "월": "month",  # 월 1회
            "한 주": "week",
            "한 달": "month",
            "1달": "month",
            "1개월": "month",
            "한 시간": "hour",
            "1시간": "hour",
            "1분": "minute",  # 1분에 12번 (12 times a minute)
        }
    ),
    rate_after=_RATE_AFTER,
    per_suffixes=("당",),
    per_suffixes_after_one=("에",),  # 체중 1 kg에 2 mL, 1 mL에 5 mg
    distributive_suffixes=("씩",),
    total_words=("총", "모두", "합계", "통틀어", "전체"),
    rate_words=r"속도|속력",
    dose_words=r"용량|투여량|복용량|투약량",
    unchanged_rate=r"(?:같은|동일한|똑같은|이전과\s*같은|변함없는|변경\s*없는)\s*(?:주입\s*|투여\s*|점적\s*)?속도"
    r"|속도(?:를|는|로)?\s*(?:그대로|유지|바꾸지|변경하지|변경\s*없이)",
    next_dose_soon=r"거의\s*(?:다\s*)?(?:되|됐|돼|다가)|임박|가까워|가까운|곧\s*(?:다음|복용|투여)",
    next_dose_far=r"한참\s*(?:남|멀)|많이\s*남|오래\s*남|아직\s*멀|한참\s*있",
    until_said=r"때까지",
    body_weight_words=("체중", "몸무게"),
    unit_word_exclusions=frozen(
        {"주": ("사", "입"), "분": ("의", "들", "께"), "달": ("러",), "프로": ("그",), "일": ("반",)}
    ),
    # 알/정 (tablets), 캡슐, 방울 (drops), 포 (sachets), 패치, 앰플; not 정도 (about), 포함 (including)
    # and spoonfuls of a syrup (큰술, 작은술, 숟가락, 스푼), suppositories, vials
    dose_forms=(
        "알",
        "정(?!도)",
        "캡슐",
        "방울",
        "포(?!함|기)",
        "패치",
        "앰플",
        "숟가락",
        "스푼",
        "티스푼",
        "큰술",
        "작은술",
        "좌약",
        "바이알",
    ),
    number_names=("번",),
    proportion_counters=("명", "사람", "건", "개", "회", "번"),
    proportion_words=("중", "가운데", "당"),
    proportion_particles=("에서", "에"),
    proportion_hedges=("약", "대략", "최대", "최소", "거의", "평균"),
    range_words=("에서", "부터"),
    list_joints=r"\s?(?:,|、|및|과|와)\s?",  # 0, 1, 6개월; 0, 1 및 6개월; 1과 6개월
    alternative_words=("또는", "혹은", "이나", "나", "에서", "내지"),
    spaced_alternatives=_SPACED_ALTERNATIVES,
    call_number_pattern=r"(?<![\d.\-])(\d{3})(?![\d.\-])\s?(?:번)?\s?(?:에|으로|로|에게)?\s?(?:전화|연락|신고|문자)",
    # Measured on the shipped ko_KR catalogs (bench/results/length_calibration.md,
    # 2026-12-01: common, ivig-ten, ivig-dermatology): 188 messages of 20+
    # characters, translation/source ratios 0.23 to 1.14 (median 0.56).  Warn
    # outside 0.75 x min .. 2 x max of an earlier, smaller measurement (still
    # outside all of these).  The 61 with 2+ sentences have written ratios
    # (checks.length.written_ratio) of 0.42 and up, lower quartile 0.50: fewer
    # sentences than the source and under 0.95 x that minimum, or under the
    # quartile and naming a do-not-translate term less often: a sentence is
    # missing.
    length_calibrated=True,
    length_ratio=(0.17, 2.3),
    dropped_sentence_ratio=0.39,
    dropped_term_ratio=0.5,
    # --- meaning: [negation], [limits], [comparison], [urgency], [number-words], [emergency] ---
    negation=_ALL,
    # [negation] an order to stop: 중단하십시오 (하세요), 중지하십시오, 끊으십시오, 멈추십시오
    stop_orders=r"(?:중단|중지)\s?하(?:십시오|세요)|끊으(?:십시오|세요)|멈추(?:십시오|세요)",
    strong_negation=_STRONG,
    # 끊지 마세요, 중단하지 마세요, 중단하면 안 됩니다 (do not stop: keep taking), 잊지 마세요 (remember),
    # 거르지/빼먹지 마세요 (do not skip), and -지 않으면 안 됩니다 (must).
    # 씹지 말고, 깨물지 않고, 씹거나 부수지 마세요 (do not chew, bite, crush: swallow it whole)
    negated_chewing=r"(?:씹|깨물|부수|부숴|으깨|쪼개|자르|빻)지(?:도|는)?\s*(?:말|마|않)",
    negated_stop=(
        r"(?:끊|멈추|멈춰|그만두|그만하|중단하|중지하|잊|잊어버리|빠뜨리|거르|빼먹|건너뛰)지\s*(?:[도는]\s*)?"
        r"(?:마|말|않(?!으면\s*안\s*(?:되|됩|돼)))\w*"
        r"|(?:끊|멈추|멈춰|그만두|그만둬|그만하|그만해|중단하|중단해|중지하|중지해)(?!지)\w{0,3}\s*안\s*(?:되|됩|돼)\w*"
        r"|그만\s*\S{1,4}?지\s*(?:[도는]\s*)?(?:마|말)\w*"  # 그만 먹지 마세요 (do not stop taking it)
        r"|지\s*않으면\s*안\s*(?:되|됩|돼)\w*"
    ),
    # One "not" for two verbs: 중단하거나 거르지 마세요 (do not stop or skip), 술이나 담배, 중단하지도 거르지도
    # 마세요 (neither stop nor skip).
    without=r"없이|않고|않은\s*채",
    handling=frozen(_HANDLING),
    uses=frozen(_USES),
    every_day=r"매일|날마다|하루도",
    any_day=r"하루도",
    may=rf"(?<=[{_HANGUL}])\s+수\s*있(?:습니다|어요|다|으며|고)",
    # [list-items]: 또는, 및, 혹은, 그리고, a noun's -이나/-나, -와/-과, -하고, -이랑/-랑, -든지, a verb's
    # -거나, -고, -며, -면서, -서 (당뇨병이나 신장 질환, 임신 중이거나 수유 중), the middle dot and 、
    item_joins=r"[·、/]|또는|및|혹은|그리고|(?<=\S)(?:이나|나|거나|와|과|하고|고|며|이며|면서|서|랑|이랑|든지|든가)(?=[\s,.;:!?)]|$)",
    # [negation] "unless" said as "if": a verb's -면 (의사가 지시하면; not 수면, 표면, 반면, nor the
    # -면 of -면 됩니다, enough to), 경우 (not 경우가 아니라면), 때 (not 때까지, until; 때문, because),
    # each ending its clause; "only": the particle 만 (지시할 때만, 경우에만; not 미만, under, nor 비만,
    # 불만), 오직, 단지, 에 한하여 (limited to)
    plain_if=rf"(?<=[{_HANGUL}])(?<![수표반측화정방내외국단평안])면(?![{_HANGUL}])(?!\s*(?:됩|되|돼))"
    r"|경우(?!가?\s*아니)|때(?!까지|문)",
    if_ends_its_clause=True,
    only_if=rf"(?<=[{_HANGUL}])(?<![미비불])만(?![{_HANGUL}])|오직|단지|한하여|한해|한정하여",
    # (늘 alone: not 늘어나면, increases)
    unconditional=rf"항상|반드시|꼭|언제나|(?<![{_HANGUL}])늘(?![{_HANGUL}])|매번|마다|무조건|어떤\s*경우에도",
    # [negation] one of two said as both: 둘 다, 두 가지 모두, 동시에, 한꺼번에, and 함께 or 같이 of an
    # object (크림과 연고를 함께; not 식사와 함께, with a meal)
    both=r"둘\s*다|둘\s*모두|두\s*가지\s*(?:다|모두)|동시에|한꺼번에|[을를]\s*(?:함께|같이)",
    # ... and the choice kept: 또는, 혹은, 이나/나, 거나, 든지, 중 하나, 한 가지만, 택일
    choice=rf"또는|혹은|이나|(?<=[{_HANGUL}])나(?=\s)|거나|든지|중\s*(?:하나|한\s*가지)|한\s*가지만|택일|골라",
    # [negation] conditions joined by "or" said as joined by "and" (alternatives.py): a verb's -면서, -고
    # (임신 중이면서, 임신 중이고), 및, 동시에; "or": 또는, 혹은, -거나, -이나, -든지
    # (not the 고 of -고 있다, -고 계시다: 복용하고 있다면, taking)
    condition_and=rf"(?<=[{_HANGUL}])(?:면서|고(?!\s*(?:있|계)))(?=\s)|및|동시에",
    condition_or=rf"또는|혹은|거나|이나|(?<=[{_HANGUL}])나(?=\s)|든지",
    # [negation] a prohibition softened (softened.py)
    softened=r"줄이|줄여|제한하|제한해|적게|적당히|절제",
    if_possible=r"가능하면|가급적|되도록|가능한\s*한",
    excess=r"과음|과량|과도|지나치|과다|너무\s*많이",
    for_a_time=r"동안|연속",
    # 중단을 금합니다, 중단은 금지되어 있습니다, 중단을 삼가세요, 중단을 피하세요: keep on ([comparison]);
    # not 금요일, 금식 (Friday, fasting)
    prohibits=rf"금(?:지|하|합|한|해)|삼가|{_AVOID}",
    # [negation] a "not" of a state before its noun (개봉하지 않은 펜: unopened), no prohibition
    negated_state=r"지\s*않은(?=\s)",
    skip_words=r"건너\s?뛰|거르|걸러|생략",  # 건너뛰세요, 거르세요, 생략하세요 (skip)
    taken_now=r"즉시|곧바로|바로",  # 생각난 즉시, 기억나는 즉시
    interval_before=rf"(?<![{_HANGUL}])매\s?$",  # 매 4시간(마다)
    interval_after=r"\s?(?:마다|간격|에\s?(?:한\s?번|1\s?회))",  # 4시간마다, 4시간 간격으로, 5일에 한 번
    duration_before=r"연속(?:으로|해서)?\s?$",  # 연속 5일
    duration_after=r"\s?(?:동안|간(?!격)|내내)|\s?연속",  # 5일 동안, 5일간, 4시간 내내 (throughout), 5일 연속
    clause_joints=rf"(?<=[{_HANGUL}])(?:고|며|면서|는데)\s",
    fahrenheit_before=("화씨",),
    one_negation_for_two=r"거나|이나|또는|혹은|든지|지도",
    # 오후 8시: before the hour.  Not 밤 (night), which says 2 am (밤 2시) as well as 10 pm.
    day_halves=(r"오전|아침|새벽", r"오후|저녁"),
    day_half_first=True,
    # 저녁 용량, 아침 약, 저녁 주사: a dose named by its part of the day, not the hour's half.  Not 약
    # before a number (저녁 약 9시: about 9 in the evening).
    parts_of_day_of_a_noun=r"(?:오전|아침|새벽|오후|저녁|밤)\s*(?:복용량|투여량|용량|복용분|주사|약(?!\s*\d))",
    denominator_first=r"\s*분의\s*",
    # 복용 후, 투여한 뒤, 약을 먹은 후 ([comparison]).  And 복용 30분 후 (30 minutes after taking it,
    # the time between) where the taking is this medicine's: it opens its clause, or follows a
    # topic (이 약은, 식사는) or 약; not 제산제 복용 2시간 후 (the antacid's taking, a bare noun before
    # it, or its object: 제산제를 복용), nor 또는 복용 4시간 전 (the antacid's still).
    from_the_taking=(
        r"(?:복용|투여|주사|사용)(?:\s*한)?\s*(?:후|전|뒤)|먹은\s*(?:후|뒤)"
        r"|(?:^|(?<=[.,;:!?])|(?<=[.,;:!?]\s)|(?<=[은는도]\s)(?<!또는\s)(?<!혹은\s)|(?<=약\s)|(?<=약을\s))"
        r"(?:복용|투여)(?:하고|한\s*지|하신\s*지)?\s*\d+(?:[.,]\d+)?\s*(?:분|시간)\s*(?:후|전|뒤)(?:에는|에도|에)?"
    ),
    eating=r"식사|밥|끼니",  # not 먹다, which takes a medicine too (약을 먹은 후)
    # [comparison] (event_times.py): what a before, an after or a while is said of, its way after it
    # (자정 이후, 수술 전, 복용하는 동안, 치료 중에는); not 중단 (stopping), 중이염
    events=(
        r"(?P<midnight>자정|밤\s?12시|밤\s?열두\s?시)|(?P<procedure>수술|시술|검사|내시경|촬영|마취)"
        r"|(?P<taking>복용|투여|투약|사용|치료|약을\s?(?:드시|먹))"
    ),
    direction_after_its_event=True,
    during_words=rf"동안|기간|도중|중(?:에는|에|엔|인|일\s?때)?(?![{_HANGUL}])|면서",
    # [comparison] (until_from.py): until, from (시술 2시간 전까지 | 전부터)
    until_a_time=r"까지",
    from_a_time=r"부터",
    directions=frozen(_DIRECTIONS),
    keep_taking=_KEEP_TAKING,
    time_after_its_direction=True,
    not_direction=_NOT_DIRECTION,
    urgency=_URGENCY,
    deferral=_DEFERRAL,
    not_deferral=_NOT_DEFERRAL,
    as_soon_as_possible=_AS_SOON_AS_POSSIBLE,
    double_dose=_DOUBLE_DOSE,
    as_needed=_AS_NEEDED,
    or_both=r"(?:또는|혹은|이나|거나)\s*(?:둘|두\s*가지|두\s*개)\s*(?:다|모두)",
    in_addition=r"그리고\s*또|추가로|추가하여|더불어|아울러",
    fixed_schedule=r"(?:하루|1일|매일|일주일|주)\s?(?:에\s?)?(?:\d+|한|두|세|네|다섯|여섯)\s?(?:번|회)"
    r"|시간\s?(?:마다|간격)|매\s?\d+\s?시간",
    # a condition no 면, 경우 nor 때 says: 발열 시, 시에는; -거든
    other_conditions=rf"(?<=[{_HANGUL}\s])시(?=\s|에|,)|(?<=[{_HANGUL}])거든(?![{_HANGUL}])",
    # "24시간 넘게 운전하지 마세요": at most 24 hours of driving ([limits]); not 이상, read either way
    more_than_phrases=frozenset({"초과", "넘게"}),
    # "세 번 이상" (3 or more: takes 3 in), not 초과, 넘게 ([limits], [numbers]: count_bounds.py)
    inclusive_least_phrases=frozenset({"이상", "최소", "최소한", "적어도"}),
    most_phrases=frozenset({"최대"}),
    limits_before=frozen(
        {
            "최대": AT_MOST,
            "최고": AT_MOST,
            "많아야": AT_MOST,
            "길어야": AT_MOST,
            "최소": AT_LEAST,
            "최소한": AT_LEAST,
            "적어도": AT_LEAST,
        }
    ),
    limits_after=frozen(
        {
            "이하": AT_MOST,
            "미만": AT_MOST,
            "아래": AT_MOST,  # "30% 아래" (below 30%)
            "까지": AT_MOST,
            "이내": AT_MOST,
            "안에": AT_MOST,
            "안으로": AT_MOST,
            "내에": AT_MOST,
            "내로": AT_MOST,
            "넘지 않": AT_MOST,
            "넘기지 않": AT_MOST,
            "넘지 말": AT_MOST,
            "넘지 마": AT_MOST,
            "넘기지 말": AT_MOST,
            "넘기지 마": AT_MOST,
            "초과하지 않": AT_MOST,
            "초과하지 말": AT_MOST,
            "초과하지 마": AT_MOST,
            "보다 적": AT_MOST,
            "보다 작": AT_MOST,
            "보다 짧": AT_MOST,
            "보다 낮": AT_MOST,
            # "12세가 안 된 어린이" (children not yet 12), "만 12세가 되지 않은"
            "가 안 된": AT_MOST,
            "이 안 된": AT_MOST,
            "가 되지 않은": AT_MOST,
            "이 되지 않은": AT_MOST,
            "이상": AT_LEAST,
            "초과": AT_LEAST,
            "넘는": AT_LEAST,
            "넘게": AT_LEAST,
            # "10분이 넘도록 멈추지 않으면" (does not stop until past 10 minutes; 지나도록 is read by 지나도)
            "넘도록": AT_LEAST,
            "넘으면": AT_LEAST,
            "넘을": AT_LEAST,
            "넘어": AT_LEAST,
            "넘은": AT_LEAST,
            # past and honorific: "65세를 넘었거나" (are over 65), "65세가 넘으셨으면", "3일을 넘겼으면"
            "넘었": AT_LEAST,
            "넘으셨": AT_LEAST,
            "넘으신": AT_LEAST,
            "넘긴": AT_LEAST,
            "넘겼": AT_LEAST,
            "보다 많": AT_LEAST,
            "보다 길": AT_LEAST,
            "보다 높": AT_LEAST,
            "보다 오래": AT_LEAST,
            "보다 크": AT_LEAST,
            # "after 24 hours" is at least 24 hours: said for "within 24 hours", a flip
            "후": AT_LEAST,
            "이후": AT_LEAST,
            "뒤": AT_LEAST,
            "지나서": AT_LEAST,
            "지난 뒤": AT_LEAST,
            "지난 후": AT_LEAST,
            # "12시간이 지나기 전에" (before 12 hours pass), "넘기 전에": within
            "지나기 전": AT_MOST,
            "넘기 전": AT_MOST,
            # "5일이 지나도 증상이 계속되면" (if it goes on even after 5 days pass): more than 5 days
            "지나도": AT_LEAST,
        }
    ),
    limit_subject=_LIMIT_SUBJECT,
    limit_prohibited=_LIMIT_PROHIBITED,
    more_allowed=_MORE_ALLOWED,
    permission=_PERMISSION,
    not_required=_NOT_REQUIRED,
    obligation=_OBLIGATION,
    advice=_ADVICE,
    not_recommended=r"(?:권장|권고|추천)(?:하|되)지\s*(?:않|말)|권하지\s*않|바람직하지\s*않"
    r"|지\s*(?:않는|마시는|말)\s*(?:것이|편이|게)\s*(?:좋|바람직|낫)",
    actions_said_possible=frozen(_ACTIONS_SAID_POSSIBLE),
    numerals=numerals,
    # 한쪽 또는 양쪽 눈, 한쪽 눈이나 양쪽 눈 (one or both eyes): a choice of sides, no count of 1 or 2
    one_or_both=r"한쪽\s*(?:눈|귀|콧구멍)?\s*(?:또는|혹은|이나|나)\s*양쪽",
    verb_final=True,
    conditional_negation=_CONDITIONAL_NEGATION,
    emergency_words=("응급", "긴급", "구급"),
    extension_words=("내선",),
    menu_after=("번을 누르", "번 버튼을 누르", "번을 선택"),
    text_words=("문자",),
    call_after=("에 전화", "로 전화", "으로 전화", "번에 전화", "에 연락", "로 연락", "에 신고", "번으로"),
)
