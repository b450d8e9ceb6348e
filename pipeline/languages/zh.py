"""Chinese, Traditional (Taiwan) and Simplified spellings alike.  Chinese writes
large numbers in groups of four digits, as Korean does: 100 萬 = 1,000,000.

Also its negations (不, 別, 勿), limits (最多, 以下), numerals (一百, 兩) and calls
(撥打), in both spellings, for the meaning checks.
"""

from __future__ import annotations

import re
from fractions import Fraction

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
from pipeline.languages.scripts import HAN

# 不/別/勿/未/非 and 沒/無 (there is no), but not in words that only look
# negative: 是否 (whether), 不同 (different), 不僅/不只/不但 (not only), 不良
# (adverse), 不適/不舒服 (unwell), 不斷 (constantly), 不久 (soon), 不錯 (good),
# 不少 (many), 不過 (however), 不論/不管/無論 (whatever), 無力 (weak), 非常
# (very), 非類固醇 (non-steroidal), 否則 (otherwise), 非用餐時間 (a time outside meals: on an
# empty stomach, as 空腹 says with no 非), 不動 after what holds a thing still (按住不動, 保持不動,
# 固定不動, 靜止不動: hold it still; "Do not move it" is 不要移動).
_LOOKS_NEGATIVE = (
    "不同|不僅|不仅|不只|不但|不良|不適|不适|不舒服|不斷|不断|不久|不錯|不错|不少|不過|不过|不論|不论|不管"
    "|(?<=[住持定止])不[動动]"
    "|無力|无力|無論|无论|非常|非類固醇|非类固醇|否則|否则"
    "|非(?:用餐|進食|进食|吃飯|吃饭)(?:時|时)"
)
# 莫 (do not) denies in its set phrases only (切莫, 莫要, 千萬莫, 請莫, 莫忘): alone it is mostly a
# sound of a transliterated name (安莫西林 and 阿莫西林 amoxicillin, 莫西沙星 moxifloxacin, 替莫唑胺),
# which says no "not".
_MO_DENIES = "切莫|莫要|千萬莫|千万莫|請莫|请莫|莫忘"
# 別 (do not) is no "not" as the second character of a word: 分別 (respectively), 區別, 差別
# (difference), 特別 (especially), 個別, 告別, 識別, 辨別, 類別, 級別, 性別.
_BIE = "(?<![分區区差特個个告識识辨類类級级性])[別别]"
_STRONG = rf"(?<!是)(?!{_LOOKS_NEGATIVE})(?:不|{_BIE}|勿|未|非|否)|{_MO_DENIES}"
# ... and 沒/無 (there is no), and the verbs that forbid without one: 避免
# (avoid), 禁止 (forbid), 禁用/禁服 (must not be used/taken), 嚴禁 (strictly
# forbidden), 切忌 (never), 禁酒/禁菸 (no alcohol, no smoking: "Avoid alcohol."), 禁食/禁水 (no food,
# no water: "Do not eat anything for 8 hours" as 禁食8小時), 戒酒/戒菸 (give up
# alcohol, smoking: "Do not drink alcohol" as 治療期間請戒酒); not 停止 (stop).
_ALL = (
    rf"(?<!是)(?!{_LOOKS_NEGATIVE})(?:不|{_BIE}|勿|未|非|否|沒|没|無|无)|{_MO_DENIES}"
    r"|避免|禁止|禁用|禁服|嚴禁|严禁|切忌|禁酒|禁菸|禁煙|禁烟|禁食|禁水|禁飲|禁饮|戒酒|戒菸|戒煙|戒烟"
    r"|禁忌"  # contraindicated: 2歲以下兒童禁忌使用 says the "not"
)
# A limit that says its bound with a "not" (不到 4: under 4, 未滿 12 歲: under 12, 不少於: no less
# than), before its number: no denial, as "no more than" is none in English ([limits] reads it).
_NOT_NEGATION = (
    r"(?:不超過|不超过|不到|未滿|未满|不滿|不满|不足|不少於|不少于|不低於|不低于|不多於|不多于|不高於|不高于)"
    r"\s*(?=[\d一二兩两三四五六七八九十半])"
)

# Directions ([comparison]), both spellings: 更 (more: 更高, 更常, 更容易, but 更少 is less),
# 較多/較高, 增加, 升高, 提高, 比平常多 / 較少/較低, 減少, 降低, 下降, 比平常少; 之前, 以前, 前 / 之後, 以後, 後.
# Not 更換/更改/更新 (change, renew), 毫升 (mL), 目前 (now), 前往 (go to), 後果 (outcome),
# 後遺症 (sequela), 最後 (last).
_DIRECTIONS = {
    MORE_LESS: (
        r"更(?!少|低|小|短|慢|弱|輕|轻|差|換|换|改|新|正|衣|年)|較多|较多|較高|较高|較大|较大|較常|较常|較容易|较容易|較易|较易"
        r"|增|(?<![公毫])升(?!級|级)|提高|調高|调高|加量|加重|變多|变多|變高|变高|多於|多于|高於|高于"
        r"|比(?!較|较|例|如|率)[^，,。；、少低小]{1,8}?(?:多|高|大)",
        r"更(?:少|低|小|短|慢|弱|輕|轻)|較少|较少|較低|较低|較小|较小|減|减|降|調低|调低|變少|变少|變低|变低|少於|少于|低於|低于"
        r"|比(?!較|较|例|如|率)[^，,。；、多高大]{1,8}?(?:少|低|小)",
    ),
    BEFORE_AFTER: (
        r"(?<![目眼面])前(?!往|來|来|述|面|臂|列|額|额|者|進|进|天|夕|胸|端|景)|事先|預先|预先|提早",
        r"(?<![最背])(?:後|后)(?!果|遺|遗|悔|代|方|面|者|續|续|腦|脑|背|天)|稍後|稍后",
    ),
    # Not 持續 (lasting: 持續發燒, a fever that goes on), which a translator adds where the source
    # says no "continue".
    STOP_CONTINUE: (r"停止|停用|停藥|停药|停服|中止|中斷|中断", r"繼續|继续"),
    # A condition kept (除非) or ignored (即使, 就算, 即便, 哪怕, 縱使).
    UNLESS_EVEN_IF: (r"除非", r"即使|即便|就算|哪怕|縱使|纵使|縱然|纵然"),
}
# [comparison]: to keep taking or using a medicine (繼續服藥, 继续使用, 繼續治療); not 症狀繼續 (if it goes on).
_KEEP_TAKING = r"(?:繼續|继续)\s*(?:服|使用|用藥|用药|吃|塗|涂|注射|治療|治疗|接受|輸注|输注|點|点|噴|喷|投)"
# 至少 (at least), 最多 (at most), 盡快/儘快 (as soon as possible); and a limit next to a number
# (高於 38 °C), which [limits] judges.
_NOT_DIRECTION = r"至少|最多|至多|盡快|儘快|尽快|(?:多|少|高|低)(?:於|于)\s*(?=\d)"

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "兩": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"萬": 10**4, "万": 10**4, "億": 10**8, "亿": 10**8}
_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_BIG)
# A number, and a decimal in words after it, 一點九 (1.9), 零點五 (0.5): one digit a place after
# 點. Not a time of day, 兩點三十分 (2:30), 兩點三分 (2:03), nor 一點點 (a little): digits end there.
# Nor the points of a list before a word that starts with 一: 以下兩點一定要記住 (two points one
# must remember: 一定, surely), 這三點一起 (together), 兩點一刻 (a quarter past two).
_ONE_WORDS = "定起些下般直樣样旦切致同併并律再共刻"
_NUMBER = re.compile(
    f"([{_NUMERAL_CHARS}]+)(?:[點点](?!一[{_ONE_WORDS}])([{''.join(_DIGITS)}]+)(?![{_NUMERAL_CHARS}分點点]))?"
)


# After a word for one period, a number of times or a dose makes it "per
# <period>": 一天兩次, 一天 3 次, 一天 400 mg, 一天最多 4 g (not 一天內, 一天後), also with
# the verb between them: 一天吃三次, 一天服用 2 次, and two numbers for one or the other
# (一天三、四次, 一天三到四次, 一天 3 至 4 次).
_CHINESE_COUNT = "[一二兩两三四五六七八九十半]+"
_RATE_AFTER = (
    r"(?=\s?(?:吃|服用|服|使用|用|喝|擦|塗|涂|噴|喷|點|点)?\s?"
    # 一天不可超過8下: at most 8 puffs a day
    r"(?:最多|最少|至多|至少|約|约|大約|大约|共|總共|总共|平均|(?:不可|不得|不要|不宜|勿|請勿|请勿)?(?:超過|超过))?\s?"
    rf"(?:\d[\d,.]*(?:\s?[~\-–至到、或]\s?\d[\d,.]*)?|{_CHINESE_COUNT}(?:\s?[~\-–至到、或]\s?{_CHINESE_COUNT})?)\s?"
    r"(?:次|回|片|粒|顆|颗|錠|锭|劑|剂|包|下(?!午)|噴|喷|毫克|公克|克|毫升|(?i:mg|g|ml|l|µg|ug|mcg|iu|mmol|meq)(?![A-Za-z])))"
)


def chinese_value(word: str) -> int:
    """十 = 10, 一百 = 100, 三千 = 3000, 一百萬 = 1,000,000, 兩 = 2."""
    return myriad_value(word, _DIGITS, _SMALL, _BIG)


# Two digits in a row, the second one more, say "about that many": 一兩滴 (1 or 2 drops),
# 兩三天 (2 or 3 days), 三四十 (30 or 40).  Each is read as its own number.
_APPROXIMATE = re.compile(f"([{''.join(_DIGITS)}])([{''.join(_DIGITS)}])([{''.join(_SMALL)}{''.join(_BIG)}]?)")
# "And a half" after a number and its counter: 一片半 (1.5 tablets), 三個半小時 (3.5 hours),
# 兩天半, 1 片半; not 一半 (a half).  After 點 (o'clock) the half is 30 minutes: 三點半 is 3:30.
_AND_A_HALF = re.compile(
    rf"(\d+|[{_NUMERAL_CHARS}]+)\s?(?:個|个|片|粒|顆|颗|錠|锭|滴|包|劑|剂|匙|天|日|週|周|星期|年|歲|岁|倍)半"
)
_HALF_PAST = re.compile(rf"(?<=[\d{_NUMERAL_CHARS}])[點点](半)")


def numerals(text: str) -> Spans:
    """Chinese numerals, read generously (一 in 一起 reads as 1: it can only hide a defect)."""
    for match in _NUMBER.finditer(text):
        whole, places = match.groups()
        approximate = _APPROXIMATE.fullmatch(whole) if not places else None
        if approximate and _DIGITS[approximate[2]] == _DIGITS[approximate[1]] + 1:
            scale = chinese_value("一" + approximate[3]) if approximate[3] else 1
            yield match.start(), match.start() + 1, Fraction(_DIGITS[approximate[1]] * scale)
            yield match.start() + 1, match.end(), Fraction(_DIGITS[approximate[2]] * scale)
            continue
        decimals = Fraction(int("".join(str(_DIGITS[char]) for char in places)), 10 ** len(places)) if places else 0
        yield match.start(), match.end(), Fraction(chinese_value(whole)) + decimals
    for match in re.finditer("半", text):
        yield match.start(), match.end(), Fraction(1, 2)
    for match in _AND_A_HALF.finditer(text):
        number = match.group(1)
        whole = int(number) if number.isdigit() else chinese_value(number)
        yield match.start(), match.end(), whole + Fraction(1, 2)
    for match in _HALF_PAST.finditer(text):
        yield match.start(1), match.end(1), Fraction(30)  # 三點半: 3 and 30 minutes


# Urgency ([urgency]), both spellings: 立即, 立刻, 馬上, 盡快/儘快, 即刻, 趕快, 趕緊, 儘速/盡速,
# 迅速, 及時, 緊急 (not 緊急醫療狀況, 緊急狀況, 緊急電話: an emergency, its number); 即 alone after 請, 當,
# 須 or 應 (請即停藥, 當即就醫, 應即時就醫) or before the verb of an instruction (即致電), not 即使 (even
# if), 即可 (then may: 症狀應即可改善), 即將 (about to: 當即將用完藥物時, when it is about to run out),
# 即是 / 即為 (that is); 現在 (for "Call … now").
_URGENCY = (
    r"現在|现在|立即|立刻|馬上|马上|盡快|儘快|尽快|即刻|趕快|赶快|趕緊|赶紧|儘速|盡速|尽速|迅速|及時|及时"
    r"|(?:請|请|當|当|須|须|應|应)即(?!使|可|將|将|是|為|为|便)"
    r"|即(?=停|撥|拨|致電|致电|就醫|就医|求醫|求医|送醫|送医|告知|告訴|告诉|通知|聯絡|联络|聯繫|联系|前往)"
    r"|(?:緊急|紧急)(?!醫療狀況|医疗状况|狀況|状况|情況|情况|電話|电话|號碼|号码|救護|救护|事故)"
)
# A hurry softened ([urgency]), both spellings: 盡快 / 儘快, 盡速 / 儘速, 盡早 / 儘早, 及早 (as soon as
# possible), 越快越好.
_AS_SOON_AS_POSSIBLE = r"[盡儘尽][快速早]|及早|[越愈]快越好|[越愈]快愈好|[越愈]早越好|[越愈]早愈好"
# Putting off ([urgency]), both spellings: 下次回診 / 就診 / 看診 / 門診 / 複診時 (at the next visit; not
# 下次服藥, the next dose), 下週, 下星期, 稍後, 晚點, 改天, 方便時, 有空時, 未來幾天; not 稍後想起
# (remember later) nor 稍後出現 (appear later), nor 以後 / 之後 (after: 服藥以後再進食).
_DEFERRAL = (
    r"下(?:次|回|一次)(?:的)?(?:回診|回诊|就診|就诊|看診|看诊|門診|门诊|複診|复诊|約診|约诊|預約|预约|看醫生|看医生)"
    r"|下(?:週|周|星期|禮拜|礼拜)|稍後|稍后|晚(?:一)?(?:點|点)|改天"
    r"|(?:方便|有空)(?:的)?(?:時|时)|(?:未來|未来|接下來|接下来)(?:的)?(?:幾|几)天"
)
_NOT_DEFERRAL = r"(?:稍後|稍后)(?:才)?(?:想起|記起|记起|出現|出现|發生|发生)"
# A double dose ([negation]): 雙倍劑量, 兩倍劑量, 加倍 (the dose), 兩劑 (two doses), both spellings.
_DOUBLE_DOSE = r"雙倍|双倍|兩倍|两倍|加倍|兩劑|两剂|兩次(?:的)?(?:劑量|剂量)|两次(?:的)?剂量"
# [as-needed]: 必要時, 需要時, 有需要, 視需要, 按需; and a condition a dose is taken on (如果, 若, 如有,
# 時 but not 小時 nor 時間: "疼痛時" for "for pain, if needed"), or the pain or fever it is for (止痛).
_AS_NEEDED = r"痛|發燒|发烧|發熱|发热|必要|需要|按需|如果|若|如有|假如|(?<!小)時(?!間)|(?<!小)时(?!间)"
# [dose-times]: the time of day before its dose (早上2錠); 晚上 and 每晚 are the evening as much as the
# night, but 每晚餐 is every dinner.  A meal named is its time of day: 早餐 the morning, 午餐 midday,
# 晚餐 the evening.
DAY_TIMES = {
    BEDTIME: r"睡前|睡覺前|睡觉前|就寢前|就寝前|就寢時|就寝时|臨睡前|临睡前|入睡前",
    # on waking is the morning: 起床後, 醒來後
    MORNING: r"早上|早晨|清晨|上午|晨間|晨间|每早(?![餐飯饭])|早餐|早飯|早饭|起床|醒來後|醒来后",
    MIDDAY: r"中午|午餐|午飯|午饭|正午",
    AFTERNOON: r"下午",
    # 傍晚 is the late afternoon or dusk: it answers "in the late afternoon" and "in the evening"
    f"{AFTERNOON}/{EVENING}": r"傍晚",
    EVENING: r"晚餐|晚飯|晚饭",
    f"{EVENING}/{NIGHT}": r"晚上|晚間|晚间|每晚(?![餐飯饭])|今晚(?![餐飯饭])",
    NIGHT: r"夜間|夜间|夜裡|夜里|半夜|夜晚|午夜",  # 午夜: midnight
}

# The dose a limit that opens its clause may be said of, before it ("每日少於4公克的劑量不得給予":
# daily, less than 4 g; "劑量超過4公克"), and the prohibition after it that denies the limit (不得給予,
# 請勿服用, 不建議): at least 4 g.  Not "12歲以下兒童不可使用" (an age: who).
_LIMIT_SUBJECT = r"(?:(?:每日|每天|一天|一日|每次|單次|单次|單日|单日)的?)?(?:(?:總|总)?(?:劑量|剂量|用量))?"
_LIMIT_PROHIBITED = (
    r"(?:不得|不可|不能|不應|不应|不宜|不要|請勿|请勿|切勿|勿|禁止|嚴禁|严禁)(?:再|以|被)?"
    r"(?:給予|给予|給|给|服用|使用|投予|投與|投与|投藥|投药|施打|注射|輸注|输注|吃)"
    r"|不(?:建議|建议|推薦|推荐)"
)
# [limits]: permission to take more (可以多吃, 可多服用, 可以再多服一些); not 不可多服 (must not take more).
# So is the dose raised or passed (可以增加劑量, 可以超過).
# [negation]: a permission (可以, 允許): said where the source forbids, with no 不 or 勿 (服藥期間可以喝酒:
# you may drink alcohol), it tells a patient the opposite.
_PERMISSION = r"可以|允許|允许"
# [negation]: a thing that need not be done (不必, 不需要, 無須, 毋須, 不一定要, 可以不, 不用隨餐服用); not
# the 不用 of 不用時 ("when not in use").
_NOT_REQUIRED = r"不必|不需要?|無須|无须|無需|无需|毋須|毋须|毋需|不一定要|可以不|不用(?![時时])"
# [negation]: an obligation (必須, 務必, 一定要, 須, 應, 需要); not the 應 of 反應 (a reaction), 適應, 應用.
_OBLIGATION = r"必須|必须|務必|务必|一定要|須|须|(?<![反適适供相對对響响效])(?:應|应)(?!用)|需要|需"
# [negation]: an advice where a source forbids: ask a doctor first (諮詢醫師, 與醫師討論), with
# caution (留意, 謹慎, 小心使用; 注意 but not 注意事項, the heading; not 小心 alone, the "carefully" of
# handling: 小心擠壓), in moderation (適量, 適度).
_ADVICE = (
    r"(?:諮詢|咨询|詢問|询问|請教|请教|徵詢|征询)(?:您的)?(?:醫師|医师|醫生|医生|藥師|药师)"
    r"|(?:與|与|和)(?:您的)?(?:醫師|医师|醫生|医生|藥師|药师)(?:討論|讨论|商量)"
    r"|留意|小心(?:使用|服用|飲用|饮用)|謹慎|谨慎|注意(?!事項|事项)|適量|适量|適度|适度"
)
_MORE_ALLOWED = r"(?<![不勿])可(?:以)?(?:(?:再)?多(?:吃|服|用)|超過|超过|增加劑量|增加剂量|加量)"
_LIMIT_FORBIDDEN = r"(?:禁止|嚴禁|严禁)[^，。；,;]{0,12}?(?:服用|使用|給予|给予|投予|注射)\s*$"

# [opposites]: not 左右 (about, "10分鐘左右"), which names no side.
# How many of a period, and the period, as [opposites] reads the first or the last of them: 3天, 三個月, 幾週
_HOW_MANY = r"(?:\d+|[一二兩两三四五六七八九十幾几]+)"
_PERIOD = r"(?:個|个)?\s?(?:小時|小时|天|日|週|周|星期|月|年)"

OPPOSITES = {
    WITH_FOOD: r"隨餐|随餐|(?:與|与|和)食物(?:一起|同)|(?:進|进|用)餐時|(?:進|进|用)餐时|與餐|与餐",
    # not 空腹血糖 (fasting blood sugar); 兩餐之間, 飯間: between meals; 非用餐時間: away from meals
    EMPTY_STOMACH: r"空腹(?!血|抽血|檢|检)|空胃|兩餐之?間|两餐之?间|飯間|饭间|非(?:進|进|用)餐(?:時|时)",
    LEFT: r"左(?!右)",
    RIGHT: r"(?<!左)右",
    # 雙眼, 兩耳, 左右眼 (both eyes), 每眼 (each eye), 兩側鼻孔
    BOTH_SIDES: r"[雙双兩两每](?:隻|只|個|个|側|侧)?(?:眼|耳|鼻孔)|左右(?:兩|两)?(?:眼|耳)|[雙双兩两]側|[雙双兩两]侧",
    BY_MOUTH: r"口服|經口|经口|內服|内服",
    # 皮下 alone is in loose_route_words (皮下瘀血, a bruise); 皮下注射 says where the injection goes
    UNDER_THE_SKIN: r"皮下(?:注射|注入)|皮下",
    # 注射於上臂肌肉, 注射到大腿肌肉: injected into the muscle of a body part
    INTO_A_MUSCLE: r"肌肉注射|肌肉內|肌肉内|肌內|肌内|肌注|(?:注射|注入)(?:於|于|到|至|在)[^。，,；;]{0,4}肌肉",
    # 靜脈 alone is in loose_route_words (深層靜脈栓塞, a clot in a vein); 靜脈注射, 注射到靜脈 say where
    # the injection goes: read as said outright
    INTO_A_VEIN: r"(?:靜脈|静脉)(?:內|内)?(?:注射|注入|輸注|输注|滴注)"
    r"|(?:注射|注入)(?:於|于|到|至|入)[^。，,；;]{0,4}?(?:靜脈|静脉)|靜脈|静脉",
    # 肛門, 直腸 alone are in loose_route_words (肛門刺激, 直腸出血); 塞入肛門, 放入直腸, 肛門內塞入 say
    # where the dose goes: read as said outright, as 塞入陰道 is
    RECTAL: r"(?:塞|放|置|插|推)(?:入|進|进|到)(?:肛門|肛门|直腸|直肠)"
    r"|(?:肛門|肛门|直腸|直肠)(?:內|内)?(?:塞入|放入|置入|插入|推入|給藥|给药|用藥|用药)|直腸|直肠|肛門|肛门",
    REFRIGERATOR: r"冰箱|冷藏",
    ROOM_TEMPERATURE: r"室溫|室温|常溫|常温",
    FREEZER: r"冷凍|冷冻|冰凍|冰冻",
    RARE: r"罕見|罕见|少見|少见|不常見|不常见|不太常見|不太常见|很少發生|很少发生",
    COMMON: r"(?<!不)(?<!不太)常見|(?<!不)(?<!不太)常见|經常發生|经常发生",
    UPRIGHT: r"直立|坐直|挺直|站立|坐姿|站姿|坐著或站著|坐着或站着|站著或坐著|站着或坐着",
    LYING_DOWN: r"躺|臥床|卧床|平臥|平卧",
    # not 可取得範圍之外 (outside the reach)
    OUT_OF_REACH: r"無法取得|无法取得|拿不到|取不到|碰不到|觸及不到|触及不到|伸手不及",
    WITHIN_REACH: r"(?<![無无不])(?:可以|能夠|能够|可|能)(?:取得|拿到|碰到|觸及|触及)(?![^，。]{0,6}[之以]外)|拿得到|伸手可及",
    # one side (單眼, 一側鼻孔, 其中一眼) or the affected one (患眼, 患耳, 患側)
    ONE_SIDE: r"患(?:眼|耳|側|侧)|[單单](?:隻|只|個|个|側|侧)?(?:眼|耳|鼻孔)|[單单](?:側|侧)"
    r"|(?:其中)?一(?:隻|只|個|个|側|侧)(?:眼|耳|鼻孔)|其中一(?:眼|耳)",
    # the other side (另一眼, 另一側): with one side, both
    OTHER_SIDE: r"另一?(?:隻|只|個|个|側|侧|邊|边)?(?:眼|耳|鼻孔)|另一(?:側|侧|邊|边)",
    EYE: r"眼",
    EAR: r"耳",
    NOSE: r"鼻",
    AFTER_A_MEAL: r"(?:飯後|饭后|餐後|餐后|食後|食后)(?!血|抽血|檢|检)",  # not 餐後血糖 (blood sugar after it)
    # routes, read as [opposites] reads them: a swallow is by mouth where no "not" is said, a dose form
    # its route where no other is named beside it
    SWALLOWED: r"(?<!誤)(?<!误)吞(?:服|下)",  # not 誤吞 (swallowed by mistake)
    UNDER_THE_TONGUE: r"舌下",
    # not 陰道 alone (陰道出血, a side effect)
    VAGINAL: r"(?:塞入|放入|置入|插入|推入)(?:陰道|阴道)|(?:陰道|阴道)(?:內|内|給藥|给药|用藥|用药)|經陰道|经阴道",
    INHALED: r"吸入",
    FOR_EXTERNAL_USE: r"外用",
    SUPPOSITORY: r"(?<!陰道)(?<!阴道)栓[劑剂]",  # not 陰道栓劑 (vaginal)
    VAGINAL_DOSE_FORM: r"(?:陰道|阴道)(?:栓[劑剂]|錠|锭|片)",
    # a spoon a dose is measured with; not 匙 alone, nor 量匙 (a measuring spoon)
    TEASPOON: r"茶匙|小匙",
    TABLESPOON: r"湯匙|汤匙|大匙",
    DESSERT_SPOON: r"甜品匙|甜點匙|甜点匙|點心匙|点心匙",
    PREGNANCY: r"懷孕|怀孕|妊娠|孕婦|孕妇|孕期",
    # not 哺乳動物 (a mammal)
    BREAST_FEEDING: r"哺乳(?!動物|动物|類|类)|授乳|餵奶|喂奶|餵母乳|喂母乳|哺餵|哺喂",
    # 前3天, 頭3天, 最初幾週, 第一天, 懷孕初期; 最後3個月, 最後一天, 懷孕後期: of a period only, not 最後一次用藥
    # (the last dose), 首次使用 (the first use); 前 only where it opens the phrase (在前3天), not 服藥前3天 nor
    # 懷孕前3個月 (3 days before taking it, 3 months before pregnancy)
    FIRST_PART: rf"(?:最初|起初|頭|头|首|(?:^|(?<=[在於于的，。、：\s]))前)\s?{_HOW_MANY}\s?{_PERIOD}"
    r"|第一(?:天|日|週|周|個月|个月)|(?:懷孕|怀孕|妊娠)(?:初期|早期)|第一孕期",
    LAST_PART: rf"(?:最後|最后)\s?{_HOW_MANY}\s?{_PERIOD}|(?:懷孕|怀孕|妊娠)(?:後期|后期|晚期|末期)|第三孕期",
    DIFFERENT_SITE: r"不同(?:的)?(?:注射)?部位|(?:更換|更换|換|换)(?:注射)?部位|輪換|轮换|輪流|轮流",
    SAME_SITE: r"(?:同一|相同)(?:的|個|个)?(?:注射)?(?:部位|處|处)",
    # 減慢, 放慢, 減緩, 緩慢, 慢慢; 加快, 加速, 提高速度; 停止, 中止, 暫停; a rate's change said after it
    # too (輸注速度會降低, 速率將提高)
    SLOWER: r"減慢|减慢|放慢|減緩|减缓|緩慢|缓慢|慢慢|調慢|调慢|(?:降低|減低|减低|減少|减少|調低|调低)(?:輸注|输注|注射)?速"
    r"|速(?:度|率)[^，。；,;]{0,4}?(?:降低|減低|减低|減少|减少|調低|调低|下調|下调)",
    FASTER: r"加快|加速|調快|调快|(?:提高|加大|增加|調高|调高)(?:輸注|输注|注射)?速"
    r"|速(?:度|率)[^，。；,;]{0,4}?(?:提高|加大|增加|調高|调高|上調|上调|提升)",
    INFUSION_STOPPED: r"停止|中止|暫停|暂停|停用|中斷|中断",
    # 深色, 變深, 暗, 黑, 濃茶色; 淺色, 淡, 蒼白, 灰白, 清澈
    DARK: r"深|暗|黑|濃|浓",
    PALE: r"淺|浅|淡|蒼白|苍白|灰白|清澈",
    # 較低 (較小) 的劑量, 低劑量, 減少劑量, 減量; 較高 (較大) 的劑量, 高劑量, 增加劑量, 加量
    LOWER_DOSE: r"(?:較低|较低|較小|较小|較少|较少|更低|更小|更少)的?(?:劑量|剂量)|低(?:劑量|剂量)"
    r"|(?:減少|减少|降低|減低|减低|調降|调降)(?:劑量|剂量)|(?:減量|减量)",
    HIGHER_DOSE: r"(?:較高|较高|較大|较大|較多|较多|更高|更大|更多)的?(?:劑量|剂量)|高(?:劑量|剂量)"
    r"|(?:增加|提高|加大|調高|调高)(?:劑量|剂量)|加量",
    # 大腿外側, 上臂的外側, 外側大腿; 大腿內側, 手臂內側: only with the limb (臂, 腿)
    OUTER_SIDE: r"[臂腿]的?(?:外側|外侧|外面|外緣|外缘)|(?:外側|外侧)的?(?:大腿|上臂|手臂|前臂|小腿)",
    INNER_SIDE: r"[臂腿]的?(?:內側|内侧|裡側|里侧|內面|内面)|(?:內側|内侧)的?(?:大腿|上臂|手臂|前臂|小腿)",
    # 大腿前側 (前面); 上臂後側 (後面, 背側): only with the limb (臂, 腿)
    FRONT_SIDE: r"[臂腿]的?(?:前側|前侧|前面|前方)|(?:前側|前侧)的?(?:大腿|上臂|手臂|前臂|小腿)",
    BACK_SIDE: r"[臂腿]的?(?:後側|后侧|後面|后面|後方|后方|背側|背侧)|(?:後側|后侧)的?(?:大腿|上臂|手臂|前臂|小腿)",
}


# [opposites]: where an injection goes, read only beside 注射 or 打針.  Not 腹 alone (空腹, 腹瀉).
INJECTION_SITES = {
    UPPER_ARM: r"上臂|手臂|三角肌",
    THIGH: r"大腿",
    ABDOMEN: r"腹部|肚子|肚皮",
    BUTTOCK: r"臀|屁股",
    INJECTED: r"注射|打針|打针",
}


# [people]: the groups of people an entry names, in the order they are read (pipeline/checks/people.py)
_PEOPLE_GROUPS = frozen(
    {
        "planning a pregnancy": r"(?:計劃|計畫|计划|打算|準備|准备|想要|希望|嘗試|尝试|試圖|试图|想|欲|有意)"
        r"\s*(?:懷孕|怀孕|受孕|生育|生小孩)"
        r"|備孕|备孕",
        "breastfeeding": r"哺|母乳|授乳|餵奶|喂奶|泌乳",
        "pregnant": r"孕|妊娠",
        "older people": r"老年|老人|長者|长者|年長|年长|高齡|高龄|銀髮|年老|[6-9]\d\s*歲\s*(?:以上|或以上)"
        r"|(?:超過|超过|逾|大於)\s*[6-9]\d\s*歲",
        "children": r"[兒儿]|童|孩|嬰|婴|寶寶|宝宝|青少年|未成年|未滿|未满",
        "adults": r"成人|成年|大人",
        # the patient's partner (伴侶, 配偶, 另一半, 丈夫, 妻子, 女友): read before women and men
        "partners": r"伴侶|伴侣|配偶|另一半|丈夫|妻子|太太|老婆|老公|(?:男|女)(?:朋)?友",
        # 男女 (men and women) names both: looked ahead at, not blanked, so the men's words find it too
        "women": r"女性|婦|妇|女士|女人|母親|母亲|媽媽|妈妈|女子|(?=男女)",
        "men": r"男性|男士|男人|男子|男女",
        "people with kidney problems": r"[腎肾]",
        "people with liver problems": r"肝",
        # 免疫力較弱 (低下, 不全, 受損, 缺乏), 免疫系統就很弱, 免疫抑制; 免疫功能正常 (健全), 健康的免疫系統:
        # not 不正常
        "people with a weakened immune system": r"免疫(?:力|系統|系统|功能|機能|机能)?(?:就|都|也|本來就|本来就)?"
        r"(?:較|较|比較|比较|很|已|非常)?"
        r"(?:弱|差|低|不全|不正常|不佳|受損|受损|受抑制|抑制|缺陷|缺損|缺损|缺乏|不足|下降|降低|減弱|减弱)",
        "people with a healthy immune system": r"免疫(?:力|系統|系统|功能|機能|机能)?(?:正常|健全|健康|良好|較強|较强|強|强)"
        r"|(?<!不)(?:健康|正常|健全)的?免疫",
    }
)


# [negation]: what may be done to a dose (咀嚼, 磨碎, 剝半, 打開, 溶解), which a source may forbid;
# not 咬 alone (a bite), nor 開封 (once opened).
_HANDLING = {
    CHEWING: r"咀嚼|嚼|咬碎|咬開|咬开|咬破",
    CRUSHING: r"磨碎|磨成粉|壓碎|压碎|研磨|研碎|碾碎|搗碎|捣碎|弄碎",
    SPLITTING: r"剝半|剥半|剝開|剥开|掰|切開|切开|切半|切斷|切断|分半|折斷|折断|剪開|剪开",
    OPENING: r"打開|打开|拆開|拆开",
    DISSOLVING: r"溶解|溶於|溶于|化開|化开",
}

# [negation]: using a medicine a source may forbid: stopping (停藥, 停止, 停用), keeping it in the
# fridge (冷藏, 冰箱) or freezing it (冷凍); and 可 (may) right before a verb, not 可能 (possibly), 可疑.
_USES = {
    STOPPING: r"停藥|停药|停止|停用|中斷|中断|中止",
    REFRIGERATING: r"冷藏|冰箱",
    FREEZING: r"冷凍|冷冻|冰凍|冰冻",
}


LANGUAGE = Language(
    people_groups=_PEOPLE_GROUPS,
    not_people=r"避孕|不孕|育齡|育龄|(?:女|男)性(?:荷爾蒙|激素)",
    code="zh",
    # cut in half: 對半切開, 一分為二, 切成兩半; a patch folded in half: 對折, 對摺 ([number-words])
    how_a_tablet_is_cut=r"對半|对半|對[折摺]|对折|一分為二|一分为二|[成為为][兩两]半",
    english_name="Chinese",
    day_times=frozen(DAY_TIMES),
    opposites=frozen(OPPOSITES),
    injection_sites=frozen(INJECTION_SITES),
    # 從冰箱取出 (take out of the refrigerator), 冰箱外 (outside it)
    # 深層靜脈栓塞 (a clot in a vein), 皮下瘀血 (a bruise), 直腸出血, 肛門刺激: a route's swap said by them alone is a warning
    loose_route_words=r"靜脈|静脉|皮下|直腸|直肠|肛門|肛门",
    # stopped gradually (逐漸, 慢慢) or suddenly, at once (突然, 立即, 馬上)
    gradually=r"逐漸|逐渐|逐步|慢慢|漸進|渐进|循序",
    suddenly=r"突然|驟然|骤然|立即|立刻|馬上|马上|一下子|貿然|贸然",
    # taken until the patient feels better or the symptoms go (直到症狀好轉: the course cut short)
    until_better=r"直到[^。，,；;]{0,8}?(?:好轉|好转|改善|緩解|缓解|痊癒|痊愈|消失|好一點|好一点|好些)|(?:好轉|好转|改善|緩解|缓解)(?:為止|为止)",
    # shaken gently (輕輕) or hard (用力, 劇烈)
    gently=r"輕輕|轻轻|輕柔|轻柔|輕微|轻微|小心(?!不)",  # 請小心擠壓: with care; not 小心不要 (careful not to)
    forcefully=r"用力|大力|劇烈|剧烈|猛烈|使勁|使劲",
    # [opposites] (empty_stomach.py): a word of fasting anywhere in a sentence
    fasting=r"空腹|空胃",
    # [opposites]: fast- or slow-acting; weekdays or every day
    fast_acting=r"速效|短效|快速(?:吸收|作用|起效)|吸收(?:快|迅速)|作用(?:快|迅速)",
    slow_acting=r"長效|长效|緩效|缓效|(?:緩慢|缓慢|慢速)(?:吸收|作用|起效)|吸收(?:慢|緩慢|缓慢)|作用(?:慢|緩慢|缓慢)",
    working_days=r"平日|工作日|上班日|(?:週|周|星期)一至(?:週|周|星期)?五",
    every_day_of_the_week=r"每天|每日|天天|全年無休|全年无休|(?:每週|每周|一週|一周)\s*(?:7|七)\s*天",
    # 隔著衣物 (透過衣服, 不必脫衣) 注射; 脫去衣物, 裸露的皮膚
    through_clothing=r"隔[著着](?:衣|褲|裤)|透[過过](?:衣|褲|裤)|穿[著着](?:衣|褲|裤)|(?:不必|不需|無需|无需|不用)(?:要)?(?:先)?[脫脱]",
    clothing_removed=r"(?<![不必需無无用])[脫脱](?:去|掉|下)?(?:衣|褲|裤)|裸露的?(?:皮膚|皮肤)",
    # stopped for a while (暫時, 暫停) or for good (永久)
    temporarily=r"暫時|暂时|暫停|暂停|一時|一时",
    permanently=r"永久|永遠|永远|徹底|彻底|終身|终身",
    dark_colour=OPPOSITES[DARK],
    pale_colour=OPPOSITES[PALE],
    urine=r"尿|小便",
    stools=r"糞|粪|大便",
    colour_ends=r"或|和|及|與|与|並|并",
    out_of_storage=(
        r"[從从自](?:冰箱|冷凍庫|冷冻库|冷藏室?|冷藏庫|冷藏库)(?:中|裡|里|內|内)?(?:取出|拿出)|(?:冰箱|冷凍庫|冷冻库)外"
        r"|(?:不需|無需|无需|不必|不用)冷藏"
    ),
    day_time_first=True,
    # 早晚各服用一次 (once in the morning and once in the evening): 各 and up to a verb of three
    # characters before the number, no punctuation between
    each_before=r"各[^\s\d，。、；：,.;:]{0,3}",
    mornings_and_evenings=("早晚",),
    and_joints=r"然後|然后|再",
    whole_and_part=r"\s*又\s*",  # 1 and 1/4: a whole and the fraction added to it
    # a meal, none of the day's named (每餐, 餐前, 飯後, 進食): not 早餐, 午飯, 晚餐
    meal_words=r"(?<![早午晚])(?:餐|飯|饭)|進食|进食",
    script=HAN,
    body_weight_words=("體重", "体重"),
    # A quarter of a year (3 months) said by one word, as the part of a year it is: 每季, 季度 (a
    # quarter), and the third and first trimester of a pregnancy (懷孕第三期, 妊娠後期, 懷孕初期) for
    # "the last (first) 3 months of pregnancy".  Not 季 alone: 季節, 四季 are seasons.
    number_words=frozen(
        {
            word: (("1/4", "year"),)
            for word in (
                "每季",
                "季度",
                "懷孕第三期",
                "怀孕第三期",
                "懷孕後期",
                "怀孕后期",
                "妊娠後期",
                "妊娠后期",
                "懷孕初期",
                "怀孕初期",
                "妊娠初期",
            )
        }
    ),
    unit_words=frozen(
        {
            "小時": "hour",
            "小时": "hour",
            "分鐘": "minute",
            "分钟": "minute",
            "天": "day",
            "日": "day",
            "週": "week",
            "周": "week",
            "星期": "week",
            "個星期": "week",  # 兩個星期 (two weeks)
            "个星期": "week",
            "個月": "month",
            "个月": "month",
            "週歲": "year",  # full years of age (未滿2週歲: under 2 years), no weeks
            "周歲": "year",
            "周岁": "year",
            "足歲": "year",
            "足岁": "year",
            "歲": "year",  # an age (2歲以下: under 2 years)
            "岁": "year",
            "年": "year",
            "毫克": "mg",
            "微克": "ug",
            "微公克": "ug",
            "公克": "g",
            "克": "g",
            "公斤": "kg",
            "千克": "kg",
            "毫升": "ml",
            "公升": "l",
            # international units, as English "units" are: 10單位胰島素, 10國際單位
            "國際單位": "iu",
            "国际单位": "iu",
            "單位": "iu",
            "单位": "iu",
            "升": "l",  # 2升水 (not 升高, rises)
            # 38度, 攝氏38度, 38攝氏度: temperatures are Celsius (華氏 100 度 would say Fahrenheit)
            "度": "celsius",
            "攝氏度": "celsius",
            "摄氏度": "celsius",
            "華氏度": "fahrenheit",
            "华氏度": "fahrenheit",
        }
    ),
    # 升 is a litre (2升水), not in 升高 (rises)
    # 度 is no temperature in 2度燒傷 (a second-degree burn) or 2度房室傳導阻滯 (heart block)
    unit_word_exclusions=frozen({"升": ("高",), "度": ("燒", "烧", "灼", "傷", "伤", "房")}),
    scale_words=frozen({"萬": 10**4, "万": 10**4, "億": 10**8, "亿": 10**8}),
    # 零下 20 °C, 負 20 °C (below zero)
    below_zero_before=r"零下|(?<![正勝胜])(?:負|负)",  # not 正負 (±), 勝負 (a match's result)
    every_other=frozen(
        {
            # not the 2 of 12天一次 (every 12 days)
            "day": r"每隔\s*(?:一|1)\s*(?:天|日)|每(?:兩|两|2)\s*(?:天|日)|(?<![\d.])(?:兩|两|2)\s*(?:天|日)一次",
            "week": r"隔週|隔周|每隔(?:一|1)\s*(?:週|周|星期)|每(?:兩|两|2)\s*(?:週|周|星期)"
            r"|(?<![\d.])(?:兩|两|2)\s*(?:週|周)一次",
            "month": r"隔月|每隔(?:一|1)\s*(?:個|个)?月|每(?:兩|两|2)\s*(?:個|个)月"
            r"|(?<![\d.])(?:兩|两|2)\s*(?:個|个)月一次",
        }
    ),
    # 每隔三天: every third day to some, every fourth (three days between) to others
    every_nth_apart=frozen(
        {
            "day": r"每隔\s*(?P<n>[\d二三四五六七八九十兩两]+)\s*(?:天|日)",
            "week": r"每隔\s*(?P<n>[\d二三四五六七八九十兩两]+)\s*(?:個|个)?(?:週|周|星期)",
        }
    ),
    # 三天一次 (once in three days); not 每隔三天, which some read as every third day, some every fourth
    every_nth=frozen(
        {
            "day": r"(?<![\d.])(?P<n>[\d一二三四五六七八九十]+)\s*(?:天|日)(?:一|1)次",
            "week": r"(?<![\d.])(?P<n>[\d一二三四五六七八九十]+)\s*(?:週|周|星期)(?:一|1)次",
        }
    ),
    # 隔天 / 隔日 / 隔一天 are every other day, and as often (in Taiwan mostly) "the next day":
    # 隔天早上, 隔日到貨, 如果忘記服藥，請在隔天服用.  Never with 再 (again) after it: 隔天再塗抹 is
    # "apply it again the next day", one more time.
    every_other_loose=frozen({"day": r"(?:隔天|隔日|(?<!每)隔\s*(?:一|1)\s*(?:天|日))(?!\s*再)"}),
    # 星期一, 週一, 周三, 禮拜五 ([units], alternate.py)
    weekdays=r"星期[一二三四五六日天]|[週周][一二三四五六日]|禮拜|礼拜",
    # days 1, 8 and 15; days 1 to 15 ([units], day_lists.py)
    day_list=r"第\s*#\s*(?:天|日)?(?:\s*(?:、|，|,|和|及|與|与|以及)\s*(?:第\s*)?#\s*(?:天|日)?)+",
    # 第1天和第15天之間: between days 1 and 15, a range
    day_range=(
        r"第\s*#\s*(?:天|日)?\s*(?:至|到|~|～|-|–|—)\s*(?:第\s*)?#\s*(?:天|日)"
        r"|第\s*#\s*(?:天|日)?\s*(?:和|與|与|及)\s*(?:第\s*)?#\s*(?:天|日)\s*(?:之間|之间)"
    ),
    # reduce it by 5 mg; reduce it to 5 mg ([units], dose_changes.py)
    change_by_before=r"(?:減少|减少|減|减|降低|增加|加|提高|調降|调降)\s*$",
    change_to_before=r"(?:減至|减至|減到|减到|降至|降到|增至|增到|增加到|增加至|減少到|减少到|減少至|减少至|降低至|降低到|提高至|提高到|調整為|调整为|調降至|调降至)\s*$",
    per_words=frozen(
        {
            # and 日劑量 (a daily dose), as 每日劑量
            # and a day's most said over 24 hours: 24小時內不超過 4 g
            "day": ("每天", "每日", "日劑量", "日剂量", "24小時內", "24小时内", "每24小時", "每24小时"),
            "week": ("每週", "每周", "每星期"),
            "hour": ("每小時", "每小时"),
            # 每分鐘每公斤 0.8 mL: per minute per kg, both before the dose
            "minute": ("每分鐘", "每分钟"),
            "month": ("每月", "每個月", "每个月"),
            # before the dose, as Korean 체중 1 kg당: 每公斤 1 公克, 每公斤體重 1 公克
            "kg": ("每公斤", "每千克", "每 kg", "每kg"),
            # a level: 每公升 4 mmol (4 mmol/L); not 每升高 (each rise of)
            "l": ("每公升", "每升", "每 1 公升", "每1公升"),
            "ml": ("每毫升", "每 mL", "每mL", "每 ml", "每ml", "每 1 毫升", "每1毫升"),
            "dl": ("每分升", "每公合"),
        }
    ),
    per_words_before_dose=True,
    # 每次 40 毫克, 單次最多 40 mg (per dose, at a time)
    per_dose_words=("每次", "單次", "单次"),
    per_word_exclusions=frozen({"每升": ("高",)}),  # 每升高 1 °C: each 1 °C it rises
    # 一天 is "a day" in 一天兩次 and 一天 400 mg, one day in 一天內.
    period_words=frozen(
        {
            "一天": "day",
            "一日": "day",
            "1天": "day",
            "1日": "day",
            "一週": "week",
            "一周": "week",
            "一星期": "week",
            "一個星期": "week",
            "一个星期": "week",
            "1週": "week",
            "1周": "week",
            "一個月": "month",
            "一个月": "month",
            "1個月": "month",
            "1个月": "month",
            "一小時": "hour",
            "一小时": "hour",
            "1小時": "hour",
            "1小时": "hour",
            "一分鐘": "minute",
            "一分钟": "minute",
            "1分鐘": "minute",
            "1分钟": "minute",
        }
    ),
    rate_after=_RATE_AFTER,
    total_words=("共", "總共", "总共", "總計", "总计", "合計", "合计", "總量", "总量", "總劑量", "总剂量"),
    rate_words=r"速度|速率|滴速|流速",
    dose_words=r"劑量|剂量|藥量|药量|用量",
    unchanged_rate=r"(?:相同|同樣|同样|一樣|一样|不變|不变)的?(?:輸注|输注|滴注|注射)?(?:速度|速率|滴速|流速)"
    r"|原速|(?:速度|速率|滴速|流速)(?:保持)?(?:不變|不变)|(?:維持|维持|保持)(?:原|相同)的?(?:速度|速率|滴速|流速)",
    next_dose_soon=r"快到|接近|即將|即将|將近|将近|臨近|临近|馬上就到|马上就到",
    next_dose_far=r"還很久|还很久|還早|还早|還有很長|还有很长|遠未|远未|還有好幾|还有好几",
    until_said=r"直到|等到",
    range_words=("至", "到", "～"),
    list_joints=r"\s?(?:、|，|,|和|及|與|以及)\s?",  # 第0、1、6個月, 0、1及6個月
    alternative_words=("或者", "或", "至", "到"),
    listed_alternative="、",  # 三、四次: three or four times
    listed_ordinal="第",
    # Measured on the shipped zh_TW catalogs (bench/results/length_calibration.md,
    # 2026-12-01: common, ivig-ten, ivig-dermatology): 188 messages of 20+
    # characters, translation/source ratios 0.15 to 1.00 (median 0.38).  Warn
    # outside 0.75 x min .. 2 x max of an earlier, smaller measurement (still
    # outside all of these).  The 61 with 2+ sentences have written ratios
    # (checks.length.written_ratio) of 0.30 and up, lower quartile 0.40: fewer
    # sentences than the source and under 0.95 x that minimum, or under the
    # quartile and naming a do-not-translate term less often: a sentence is
    # missing.
    length_calibrated=True,
    length_ratio=(0.13, 2.0),
    dropped_sentence_ratio=0.28,
    dropped_term_ratio=0.4,
    # --- meaning: [negation], [limits], [comparison], [urgency], [number-words], [emergency] ---
    # 片/粒/顆/錠 (tablets, capsules), 滴 (drops), 包 (sachets), 劑 (doses); not 片刻 (a moment)
    # and spoonfuls of a syrup (湯匙, 茶匙, 匙), suppositories (栓劑), vials (瓶 is too wide)
    dose_forms=(
        "片(?!刻)",
        "粒",
        "顆",
        "颗",
        "錠",
        "锭",
        "滴",
        "包",
        "劑",
        "剂",
        "膠囊",
        "胶囊",
        "湯匙",
        "汤匙",
        "茶匙",
        "大匙",
        "小匙",
        "匙",
        "栓劑",
        "栓剂",
    ),
    negation=_ALL,
    # [negation] an order to stop: (請)停用, 停止服用 (使用), 停藥, not after a "not" (請勿停藥) nor said of
    # a time (停藥後, 停藥時)
    stop_orders=r"(?<![勿不別别])(?<!不要)(?<!不可)(?<!不能)(?<!不得)(?:停用|停止(?:服用|使用)|停藥|停药)(?![後后時时期的])",
    strong_negation=_STRONG,
    not_negation=_NOT_NEGATION,
    # 不要停止 / 別忘記 / 不要漏掉 (keep on, remember), and a double negation
    # 不可不 / 不能不 / 不得不 (must).
    # 不可咀嚼, 不要嚼碎或剝半, 請勿咬碎 (do not chew, crush, split: swallow it whole)
    negated_chewing=(
        r"(?:不可以|不可|不要|不能|不得|不宜|請勿|请勿|切勿|勿|別|别)\s*"
        r"(?:咀嚼|嚼|咬|壓碎|压碎|磨碎|研磨|研碎|弄碎|碾碎|剝|剥|掰|打開|打开|切|折)"
    ),
    negated_stop=(
        # 不可因症狀改善而自行停藥 (do not stop because you feel better): a reason between, in its 因 … 而
        r"(?:不要|不可以|不可|不能|不得|不應|不应|別|别|勿|絕不|绝不|從不|从不)\s*再?\s*(?:因[^，,。；;、]{1,12}?而)?\s*"
        r"(?:自行|擅自|隨意|随意|任意|突然|自己)?\s*"
        r"(?:停止|停用|停藥|停药|停掉|中斷|中断|中止|間斷|间断|忘記|忘记|忘了|忘|漏掉|漏服|遺漏|遗漏|跳過|跳过)"
        r"|不可不|不能不|不得不|不會不|不会不"
    ),
    # One 不 for two verbs: 不要停藥或漏服, 不要吸菸、喝酒, 不要吸菸和喝酒.
    without=r"尚未|未(?![滿满])|沒有|没有|無|无|不經|不经",
    handling=frozen(_HANDLING),
    uses=frozen(_USES),
    every_day=r"每天|每日|天天",
    any_day=r"任何一天|一天都",
    may=r"可(?![能疑見见是惜靠樂乐愛爱口])|能夠|能够",
    # [list-items]: 或, 和, 及, 與, 以及, 並, 跟, 同, 還是, 且, 又 (又厚又硬), the list comma 、
    item_joins=r"[、/]|或|和|及|與|与|並|并|跟|同|還是|还是|且|又",
    says_pairs_side_by_side=True,
    # [negation] "unless" said as "if": 如果, 若, 假如, 倘若, 要是; "only": 只有, 只能, 才, 僅
    plain_if=r"如果|若(?!干)|假如|倘若|要是",
    # not 才能 (so that … can: 這樣才能治好感染)
    only_if=r"只有|只能|只在|只可|唯有|才(?!能)|僅|仅",
    unconditional=r"一律|務必|务必|都|總是|总是|始終|始终|一定|每次|無論|无论|不論|不论|隨時|随时",
    # [negation] one of two said as both: 同時, 兩者, 一併, 併用 (not 一起, which 與食物一起 says with food)
    both=r"同時|同时|兩者|两者|兩種都|两种都|一併|一并|併用|並用|并用",
    # ... and the choice kept: 或, 擇一, 其中一, 之一, 任一, 只
    choice=r"或|擇一|择一|其中一|之一|任一|二選一|二选一|只",
    # [negation] conditions joined by "or" said as joined by "and" (alternatives.py): 且, 並 (not 並非,
    # 並不: a "not"), 同時; not 和, 及, 與, which join the nouns of one period (孕期及哺乳期: either);
    # a condition said with no 如果 ends at 期間, 時 (懷孕且哺乳期間)
    condition_and=r"且|並(?![非不未沒])|并(?![非不未没])|同時|同时",
    condition_or=r"或|抑或",
    # [negation] a prohibition softened (softened.py)
    softened=r"減少|减少|限制|少喝|少吃|少用|適量|适量|節制|节制",
    if_possible=r"盡量|尽量|盡可能|尽可能",
    excess=r"過量|过量|過度|过度|大量|過多|过多|酗酒|太多",
    # not the 時 of 小時 (hour), 同時 (at the same time), 時間 (time)
    condition_ends=r"期間|期间|(?<!小)(?<!同)時(?!間)|(?<!小)(?<!同)时(?!间)|的話|的话",
    for_a_time=r"期間|期间|持續|持续|連續|连续|為期|为期",
    prohibits=r"禁止|嚴禁|严禁|切忌|避免",  # 禁止停藥, 避免突然停藥: keep on ([comparison])
    # [negation] a "not" of a state (未開封: unopened), no prohibition
    negated_state=r"未(?:開封|开封|開啟|开启|使用|用過|用过|稀釋|稀释|經治療|经治疗|治療|治疗)",
    skip_words=r"跳過|跳过|略過|略过|省略",  # 跳過忘記的那一劑 (skip)
    taken_now=r"立即|立刻|馬上|马上|一想起",  # 想起時立即服用
    interval_before=r"每(?:隔)?\s*$",  # 每4小時, 每隔4小時
    # 連續5天, 持續5天; not 內 (5天內: within 5 days, neither)
    duration_before=r"(?:連續|连续|持續|持续|為期|为期)\s*$",
    clause_joints=r"如果|若是|假如|要是|一旦|除非",  # not 當 (當天, 應當, 相當於)
    fahrenheit_before=("華氏", "华氏"),
    one_negation_for_two=r"或|、|和|與|与|及",
    # 晚上8點: before the hour.  Not 夜間/夜裡 (at night), which may be 2 am too.
    day_halves=(r"上午|早上|早晨|清晨|凌晨", r"下午|晚上|傍晚"),
    day_half_first=True,
    # 晚上的劑量, 早上的藥, 晚間注射: a dose named by its part of the day, not the hour's half.
    parts_of_day_of_a_noun=(
        r"(?:上午|早上|早晨|清晨|凌晨|下午|晚上|傍晚|晚間|晚间)(?:的|之)?(?:劑量|剂量|藥物|药物|藥|药|注射|針劑|针剂)"
    ),
    denominator_first=r"\s*分之\s*",
    # 服藥後, 用藥前, 注射後, 服用本藥後 ([comparison]); not 服用制酸劑後, another's taking
    # 服藥30分鐘後 (30 minutes after taking the medicine, the time between); not 服用制酸劑2小時後,
    # the antacid's taking (服用 with its object)
    from_the_taking=(
        r"(?:服藥|服药|服用|用藥|用药|注射|使用)(?:本藥|本药|此藥|此药)?(?:後|后|前)"
        r"|(?:服藥|服药|用藥|用药)\s*\d+(?:\.\d+)?\s*(?:分鐘|分钟|小時|小时)\s*(?:後|后|前)"
    ),
    eating=r"進食|进食|餐|飯|饭",  # 用餐, 進餐, 早餐, 吃飯
    # [comparison] (event_times.py): what a before, an after or a while is said of, its way after it
    # (午夜過後, 手術前, 服用本藥期間, 服藥時); not the 時 of 小時 (hours) nor of 何時
    events=(
        r"(?P<midnight>午夜|半夜|子夜|凌晨(?:12|十二)[點点]|晚上(?:12|十二)[點点])"
        r"|(?P<procedure>手術|手术|處置|处置|檢查|检查|內視鏡|内视镜|麻醉|掃描|扫描)"
        r"|(?P<taking>服用|服藥|服药|用藥|用药|使用|治療|治疗|吃藥|吃药|療程|疗程)"
    ),
    direction_after_its_event=True,
    during_words=r"期間|期间|(?<=[用藥药療疗術术查])(?:時|时)|的時候|的时候|過程中|过程中|之際|之际",
    # [comparison] (until_from.py): until, from (直到處置前兩小時為止 | 從…起, 前2小時開始); 起 only
    # after a time (引起, 起床 are no from)
    until_a_time=r"直到|為止|为止|截至|之前|以前",
    from_a_time=r"從|从|(?<=[時时天點点週周前後后])起|開始|开始",
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
    or_both=r"或(?:是)?(?:兩者|两者|兩種|两种|二者|同時|同时|一起|併用|并用)",
    in_addition=r"並且|并且|再加上|另外再|此外|外加|以及",
    fixed_schedule=r"每\s*(?:隔\s*)?[\d一二兩两三四五六八十至到\-~～ ]+\s*(?:個|个)?\s*(?:小時|小时|鐘頭|钟头|天|日)"
    r"|(?:每|一)\s*(?:日|天|週|周)[^\d一二兩两三四五六，。；]{0,6}[\d一二兩两三四五六]+\s*次",
    # a condition no word of "if" says: 一旦, 如有, 萬一, 只要
    other_conditions=r"一旦|如有|如出現|如出现|萬一|万一|只要",
    # "不要開車超過24小時": at most 24 hours of driving ([limits]); not 以上, read either way
    more_than_phrases=frozenset({"超過", "超过", "多於", "多于"}),
    # "三次以上", "至少三次": 3 taken in, not 超過 ([limits], [numbers]: count_bounds.py)
    inclusive_least_phrases=frozenset({"以上", "或更多", "至少", "最少"}),
    most_phrases=frozenset({"最多", "至多"}),
    limits_before=frozen(
        {
            "最多": AT_MOST,
            "至多": AT_MOST,
            # the noun says the limit: 最大劑量為 4 g (the maximum dose is 4 g)
            "最大劑量": AT_MOST,
            "最大剂量": AT_MOST,
            "最高劑量": AT_MOST,
            "最高剂量": AT_MOST,
            "最大用量": AT_MOST,
            "最高用量": AT_MOST,
            # 最低劑量為 2 錠 (the minimum dose is 2 tablets)
            "最低劑量": AT_LEAST,
            "最低剂量": AT_LEAST,
            "最小劑量": AT_LEAST,
            "最小剂量": AT_LEAST,
            "最低用量": AT_LEAST,
            "最小用量": AT_LEAST,
            "不超過": AT_MOST,
            "不超过": AT_MOST,
            "少於": AT_MOST,
            "少于": AT_MOST,
            "低於": AT_MOST,
            "低于": AT_MOST,
            "不到": AT_MOST,
            "未滿": AT_MOST,
            "未满": AT_MOST,
            "不滿": AT_MOST,
            "不满": AT_MOST,
            "小於": AT_MOST,
            "小于": AT_MOST,
            "最長": AT_MOST,
            "最长": AT_MOST,
            "至少": AT_LEAST,
            "最少": AT_LEAST,
            "超過": AT_LEAST,
            "超过": AT_LEAST,
            "多於": AT_LEAST,
            "多于": AT_LEAST,
            "高於": AT_LEAST,
            "高于": AT_LEAST,
            "大於": AT_LEAST,
            "大于": AT_LEAST,
            "逾": AT_LEAST,
            "滿": AT_LEAST,  # "滿 24 小時" (a full 24 hours), "滿 65 歲"
            "满": AT_LEAST,
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
    not_recommended=r"不建議|不建议|不推薦|不推荐|不鼓勵|不鼓励|最好不要|最好別|最好别|最好勿|不宜",
    limits_after=frozen(
        {
            "以下": AT_MOST,
            "以內": AT_MOST,
            "以内": AT_MOST,
            "之內": AT_MOST,
            "之内": AT_MOST,
            "內": AT_MOST,
            "内": AT_MOST,
            "為限": AT_MOST,
            "为限": AT_MOST,
            "為上限": AT_MOST,  # 每天 4 克為上限 (4 g a day the upper limit)
            "为上限": AT_MOST,
            "為下限": AT_LEAST,
            "为下限": AT_LEAST,
            # 4 克或更多 (or more), 38°C 或更高 (or higher)
            "或更多": AT_LEAST,
            "或更高": AT_LEAST,
            "或更長": AT_LEAST,
            "或更长": AT_LEAST,
            "或更少": AT_MOST,
            "或更低": AT_MOST,
            "或更短": AT_MOST,
            "以上": AT_LEAST,
            "後": AT_LEAST,
            "后": AT_LEAST,
            "以後": AT_LEAST,
            "以后": AT_LEAST,
            "之後": AT_LEAST,
            "之后": AT_LEAST,
        }
    ),
    numerals=numerals,
    # 單眼或雙眼, 一側或兩側 (one or both eyes, sides): a choice of sides, no count of 1 or 2
    one_or_both=r"[單一](?:眼|耳|側|邊)或[雙兩](?:眼|耳|側|邊)",
    # 雙倍劑量, 加倍的劑量 (a double dose): twice an amount, no number
    twice_an_amount=r"雙倍|加倍",
    emergency_words=("緊急", "紧急", "急救", "急診", "急诊", "救護車", "救护车"),
    call_before=("撥打", "拨打", "致電", "致电", "打電話給", "打电话给", "撥", "拨"),
    extension_words=("分機", "分机"),
    menu_before=("按", "按下"),
    text_words=("簡訊", "简讯", "短信", "短訊", "短讯"),
)
