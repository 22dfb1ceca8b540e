"""Metrics: stated targets (不低于95%) and achieved figures (公示率达88.59%).

>>> [(m.comparator.value, str(m.value), m.unit) for m in find_metrics(fold("办结率达95%以上,配备不少于3名"))]
[('>=', '95', '%'), ('>=', '3', '名')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from decimal import Decimal

import attrs

from govplan.model import Comparator, Metric, MetricKind, Span
from govplan.text.fold import CN_DIGIT_VALUES, cn_to_int
from govplan.text.fold import fold as fold  # for the doctest

_UNITS = (
    "个百分点|万立方米|万平方米|平方公里|平方米|万人次|人次|场次|件次|批次|户次|家次|车次|万亩|万吨|亿元|万元|万人|元|学时|课时|小时|个工作日|工作日|个月"
    "|万件|万户|万家|万个|万项|万次|万条|万份|万名"  # counts in ten thousands: 1.2万件
    "|分钟|天|名|人|件|次|期|项|个|户|家|份|条|起|部|台|场|批|所|座|篇|套|处|宗|辆|卷|册|公里|亩|吨|分|日|倍|%"
    # measures of the environment, energy and the like a plan's goals set (PM2.5浓度35微克/立方米以下,
    # 婴儿死亡率5‰以下, 人均预期寿命78岁)
    "|微克/立方米|毫克/立方米|亿立方米|立方米|万千瓦时|亿千瓦时|千瓦时|万千瓦|千瓦|兆瓦|万吨标准煤|吨标准煤|万公顷|公顷"
    "|公斤|千克|千米|米|万株|株|万辆|张|岁|‰"
    "|万头|头|万只|只"  # livestock: 肉牛存栏6000头
)
# the longest unit first: the first alternative that matches is taken (吨标准煤, not 吨)
_UNITS = "|".join(sorted(_UNITS.split("|"), key=len, reverse=True))
Locate = Callable[[int, int], "Span | None"]  # offsets in the text → its source span

_CN_DIGITS = "一二两三四五六七八九十"
# An Arabic number (12, 2.5) or a Chinese one of one to three characters (两, 十五). It opens with a
# set of characters, not an alternation, so the regex engine can skip ahead to the next digit cheaply;
# the first character decides which kind of number follows. An Arabic number starts where a run of
# digits starts and takes all of it (possessive *+, ++): a shorter cut of the run is never followed by
# a unit, and without this a long run of digits would be tried again from each of its digits. Groups
# of three digits after a comma belong to it (1,256件).
_NUMBER = (
    rf"(?P<n>[0-9{_CN_DIGITS}]"
    rf"(?:(?<=[0-9])(?<![0-9][0-9])[0-9]*+(?:,[0-9]{{3}}(?![0-9]))*+(?:\.[0-9]++)?"
    rf"|(?<=[{_CN_DIGITS}])[{_CN_DIGITS}]{{0,2}}))"
)
# Words that put a bound before the number, longest first.
_BEFORE = (
    ("不低于", Comparator.GE),
    ("不少于", Comparator.GE),
    ("不小于", Comparator.GE),
    ("至少", Comparator.GE),
    ("最少", Comparator.GE),
    ("达到", Comparator.GE),
    ("超过", Comparator.GT),
    ("突破", Comparator.GT),  # 律师人数突破200人
    ("逾", Comparator.GT),  # 费用逾20万元, 审查合同超185份: more than
    ("超", Comparator.GT),
    ("高于", Comparator.GT),
    ("多于", Comparator.GT),
    ("大于", Comparator.GT),
    ("不超过", Comparator.LE),
    ("不高于", Comparator.LE),
    ("不多于", Comparator.LE),
    ("最多", Comparator.LE),  # 每人最多3次, 至多2名
    ("至多", Comparator.LE),
    # 不得少于 / 不应低于: as 不少于, 不低于 (without them 少于 would read "fewer than")
    ("不得少于", Comparator.GE),
    ("不得低于", Comparator.GE),
    ("不应少于", Comparator.GE),
    ("不应低于", Comparator.GE),
    ("不得超过", Comparator.LE),
    ("不得高于", Comparator.LE),
    ("不得多于", Comparator.LE),
    ("不应超过", Comparator.LE),
    # the signs (达标率≥95%; ＞ and ＜ fold to > and <)
    ("≥", Comparator.GE),
    ("≤", Comparator.LE),
    (">", Comparator.GT),
    ("<", Comparator.LT),
    ("控制在", Comparator.LE),
    ("不足", Comparator.LT),  # 执法人员不足3名
    ("不到", Comparator.LT),
    ("低于", Comparator.LT),
    ("少于", Comparator.LT),
    ("小于", Comparator.LT),
    ("保持", Comparator.EQ),
    ("稳定在", Comparator.EQ),
    ("维持在", Comparator.EQ),
    ("提高到", Comparator.EQ),
    ("提升到", Comparator.EQ),
    ("增长至", Comparator.EQ),
    ("增长到", Comparator.EQ),
    ("增加到", Comparator.EQ),
    ("增加至", Comparator.EQ),
    ("提高至", Comparator.EQ),
    ("提升至", Comparator.EQ),
    ("压减至", Comparator.EQ),  # 审批时间压减至1个工作日
    ("压减到", Comparator.EQ),
    ("缩减至", Comparator.EQ),
    ("缩减到", Comparator.EQ),
    ("压缩至", Comparator.EQ),
    ("压缩到", Comparator.EQ),
    ("缩短至", Comparator.EQ),
    ("缩短到", Comparator.EQ),
    ("减少至", Comparator.EQ),
    ("减少到", Comparator.EQ),
    ("降低至", Comparator.EQ),
    ("降低到", Comparator.EQ),
    ("下降至", Comparator.EQ),
    ("下降到", Comparator.EQ),
    ("降至", Comparator.EQ),
    ("完成", Comparator.EQ),
    ("达", Comparator.GE),
)
# Both maps are also the bound words of a table's value cells (govplan.text.tables). 约 bounds a figure it
# stands just before (约3亿元), where no other word has: looked for there, not as a cue words may follow
# (约谈企业3家).
BOUND_BEFORE = {**dict(_BEFORE), "约": Comparator.APPROX}
_ABOUT_NOT = frozenset("节制集签履违公契预")  # 节约3万元, 签约5个: no "about"
BOUND_AFTER = {
    "以上": Comparator.GE,
    "及以上": Comparator.GE,
    "以内": Comparator.LE,
    "以下": Comparator.LE,
    "内": Comparator.LE,
    "左右": Comparator.APPROX,
    "之内": Comparator.LE,
}

# A figure: a number and its unit, perhaps a bound after it (以上, 以内, 左右).
# The lookahead rejects at once the many numerals no unit follows (统一, 进一步) before the alternation
# of units is tried one by one.
_UNIT_FIRST = "".join(sorted({u[0] for u in _UNITS.split("|")}))
# 1200余件 / 20多家: a count given as more than its number (in a report; a plan's target names its bound);
# 1.2万余件: in ten thousands, the 万 before the 余 (its unit is 万件)
_FIGURE = re.compile(
    rf"{_NUMBER}\s*(?=[{re.escape(_UNIT_FIRST)}余多])(?P<wan>万(?=[余多]))?(?P<more>余|多)?(?P<unit>{_UNITS})"
    r"(?P<after>及以上|以上|以内|之内|以下|左右|内)?"
)
# A share written in words (百分之九十以上, 百分之百): its unit is %, written before the number. Its groups
# are named as _FIGURE's are, so that _scan reads the matches of both.
_PERCENT_WORDS = "百分之"
_IN_WORDS = re.compile(
    rf"(?P<unit>百分)之(?P<n>[{_CN_DIGITS}百]{{1,4}}(?:点[〇零{_CN_DIGITS}]{{1,3}})?|[0-9]++(?:\.[0-9]++)?)(?P<wan>)(?P<more>)"
    r"(?P<after>及以上|以上|以内|之内|以下|左右)?"
)
# A bound word before the figure, with at most four characters of verb and object between
# (至少组织开展1次). Looked for only just before a figure: scanning for it everywhere costs the most.
# 完成率达到100%, 水质达标率保持100%: 完成 and 达 are then the measure's name, not its bound
# No sign stands between a bound word and its number: in 达标率≥95% the bound is the sign, not 达.
_NAMING = {"完成": "率", "达": "标"}  # the character after a bound word that makes it part of a name
# bound words that bound only the number just after them: 最多跑一次 is a slogan, no bound on a count
_TIGHT = frozenset(("最多", "至多", "最少", "逾", "超"))  # (超市5家, 超标排放3次: no bound on the count)
_CUE_ALT = "|".join(
    w + (f"(?!{_NAMING[w]})" if w in _NAMING else "") + ("(?= ?$)" if w in _TIGHT else "")
    for w, _ in sorted(_BEFORE, key=lambda p: -len(p[0]))
)
# (a space before the number is none of the four: 至少组织开展 1 次, as a page made from a Word file sets it)
_CUE = re.compile(rf"(?P<cue>{_CUE_ALT})[^\d,;。:、()≥≤<>{_CN_DIGITS}]{{0,4}} ?$")
_CUE_REACH = 3 + 4 + 1
_SPANS_OF_TIME = frozenset(("小时", "分钟", "天", "日", "个月", "个工作日", "工作日"))
_CLAUSE_BREAK = re.compile(r"[,;。:!?]")
_UP_TO_LAST_BREAK = re.compile(r"(?s:.*)[,;。:!?]")
_JOINER = re.compile(r"[、和及与]?")
_FROM_FIGURE = re.compile(r"[由从][^0-9,;。]{0,4}[0-9]")  # 由20个工作日, 由原来的30天, 从5个
# A range: two figures, or a number and a figure, parted by one mark (60%-65%, 5～6个, 85%至90%); its ends
# bound the measure from below and above. (～ and － fold to ~ and -.)
RANGE_MARKS = "-~—至到"  # a table's value cells part a range's ends so too (govplan.text.tables)
_LOWER_END = re.compile(r"(?<![0-9.:/\-])[0-9]+(?:\.[0-9]+)?$")  # 5 of 5-6%, not of 2024-01-20 or 0551-12345


@attrs.define  # not frozen: creating frozen instances costs twice as much
class _Found:
    start: int
    end: int
    words_start: int  # where the words between a bound and its number start (完成造林2.5万亩: 造林)
    number_start: int
    value: Decimal
    unit_start: int
    unit_end: int
    comparator: Comparator
    continues: bool
    more_at: int  # where a 余 or 多 stands inside the unit (1.2万余件), or -1
    upper: bool = False  # the upper end of a range whose lower end is the figure before (60%-65%)


def _cn_number(digits: str) -> int | str | None:
    """A Chinese numeral, perhaps with decimals after 点 (六点二 → "6.2"); None when it is none."""
    whole, _, decimals = digits.partition("点")
    n = cn_to_int(whole)
    if n is None or not decimals:
        return n
    return f"{n}." + "".join(str(CN_DIGIT_VALUES.get(ch, "")) for ch in decimals)


def _qualifies(folded: str, end: int, following: re.Match[str] | None) -> bool:
    """Whether a figure bounded after its number (2000万元以上, 3岁以下) names a kind of what follows it
    (…企业达到50家, …婴幼儿托位数达到4.5个): a noun follows it at once, and the clause's own figure after."""
    if following is None or following.start() <= end + 1:  # a noun stands between them
        return False
    if not "\u4e00" <= folded[end] <= "\u9fff" or folded[end] in _NO_NOUN:
        return False
    return _CLAUSE_BREAK.search(folded, end, following.start()) is None


_NO_NOUN = frozenset("的并且和或及与")  # 90%以上的村: the share of them, a target


def _scan(folded: str, achieved: bool, figures: list[re.Match[str]]) -> Iterator[_Found]:
    previous: _Found | None = None
    taken = 0  # where the previous figure ended: a bound word is not shared
    for i, m in enumerate(figures):
        start, end = m.span()  # read once: each call on a match object costs as much as the test it serves
        if start > 0 and folded[start - 1] == "第":
            continue  # an ordinal (第2名, 第3次会议, 第1批) counts nothing
        digits, unit, after, more, wan = m.group("n", "unit", "after", "more", "wan")
        c = _CUE.search(folded, max(taken, start - _CUE_REACH), start)
        if (
            c is None
            and after in _KIND_BOUNDS
            and _qualifies(folded, end, figures[i + 1] if i + 1 < len(figures) else None)
        ):
            continue  # 年销售收入2000万元以上企业达到50家: the companies' kind, no figure of its own
        taken_before, taken = taken, end
        cue, cue_start = (c["cue"], c.start()) if c else (None, start)
        if c is None and start and folded[start - 1] == "约" and folded[start - 2 : start - 1] not in _ABOUT_NOT:
            cue, cue_start = "约", start - 2 if folded[start - 2 : start - 1] == "大" else start - 1  # 总投资约3亿元
        number: str | int = digits.replace(",", "")  # made a Decimal only once the figure is kept
        if digits[0] in "0123456789":
            if start > 0 and folded[start - 1] in "〔[(.":  # 〔2016〕22号-like runs
                continue
        else:
            n = _cn_number(digits)
            # A Chinese numeral counts only with a bound on it (每年至少举办一期, 两次以上), or as a share in
            # words (百分之五).
            if n is None or not (cue or after or unit == "百分") or unit == "%":
                continue
            number = n
        if after == "内" and unit not in _SPANS_OF_TIME:
            after = None
        # 30日 is a span of time only with a bound on it (不少于30日, 15日内); else it is a date's day
        if unit == "日" and (not (cue or after) or folded[start - 1 : start] == "月"):
            continue
        upper = start > 1 and folded[start - 1] in RANGE_MARKS and not cue
        if upper and not (previous is not None and previous.end == start - 1):
            # 保持在5-6%: the lower end a bare number, of the upper end's unit
            low = _LOWER_END.search(folded, max(0, start - 13), start - 1)
            upper = low is not None and (previous is None or previous.end <= low.start())
            if low is not None and upper:
                if low.start() and folded[low.start() - 1] == "第":
                    continue  # 第1-3批: ordinals
                low_cue = _CUE.search(folded, max(taken_before, low.start() - _CUE_REACH), low.start())
                # a range counts where a figure would: bounded (保持在5-6%), a share, or in a report (a
                # plan's 选取2—3家 is a bare count)
                if not (low_cue or after or unit in ("%", "个百分点") or achieved):
                    previous = None
                    continue
                lower_start = low_cue.start() if low_cue else low.start()
                words_start = low_cue.end("cue") if low_cue else low.start()
                unit_start, unit_end = m.span("unit")
                # the whole range is the lower end's text (5-6万人): its number alone would say nothing
                previous = _Found(
                    lower_start, end, words_start, low.start(), Decimal(low[0]), unit_start, unit_end,
                    Comparator.GE, False, -1,
                )  # fmt: skip
                yield previous
        # A year, a date or a count with nothing bounding it is a figure only in a report.
        bounded = bool(cue or after)
        continues = upper or (
            previous is not None
            and cue_start - previous.end <= 2
            and _JOINER.fullmatch(folded, previous.end, cue_start) is not None
        )
        if not (bounded or unit in ("%", "个百分点", "百分") or achieved or continues):
            previous = None
            continue
        if upper:
            comparator = Comparator.LE
        elif cue:
            comparator = BOUND_BEFORE[cue]
        elif after:
            comparator = BOUND_AFTER[after]
        elif continues and previous is not None:
            comparator = previous.comparator
        else:
            comparator = Comparator.EQ
        if after and after != "内" and comparator is Comparator.EQ:
            comparator = BOUND_AFTER[after]  # 完成2.5万亩以上: the bound after the number is the stronger word
        elif more and comparator is Comparator.EQ:
            comparator = Comparator.GE  # a figure of a report, read as at least its number
        words_start = c.end("cue") if c else start
        unit_start, unit_end = m.span("unit")
        more_at = -1
        if wan:
            unit_start, more_at = m.start("wan"), m.start("more")
        found = _Found(
            cue_start, end, words_start, start, Decimal(number), unit_start, unit_end, comparator, continues, more_at,
            upper,
        )  # fmt: skip
        previous = found
        yield found


_KIND_BOUNDS = frozenset(("以上", "以下", "及以上"))

# Words before a subject that are no part of it: a verb of intent, a preposition, a time (每年, 全年) or a
# time limit (2025年6月底前, 到2025年, 年底前).
_LIMIT_FIRST = (
    r"(?:到|在|于|至)?(?:[0-9]{4}年(?!度)(?:[0-9]{1,2}月)?(?:底|末)?|(?:今年|年)(?:底|末))(?:前|之前|以前)?,?"
)
_LIMIT_LAST = re.compile(_LIMIT_FIRST.removesuffix(",?") + "$")  # after it: 资金支付进度年底前达到90%
_LIMIT_ENDS = frozenset("前底末年")
# An item's label inside a paragraph (②, (2), 二是) is no part of a subject either.
_LEADING = re.compile(
    rf"(?:确保|力争|实现|推动|使|让|将|对|在|于|其中|累计|共计|合计|每年|每人每年|每季度|每半年|每月|每周|每学期|全年|年内|{_LIMIT_FIRST}"
    r"|[\u2460-\u2473]|\([0-9]{1,2}\)|[一二三四五六七八九十]是)+"
)
_BRACKETS = (("(", ")"), ("【", "】"), ("[", "]"))
_SUBJECT_REACH = 60  # the longest subjects in the corpus run to 48 characters
# How often, or within what time, after the subject (常务会议每季度至少学法一次): no part of it, unless it
# is all there is (每人不少于40学时)
_HOW_OFTEN = ("每年", "每季度", "每半年", "每月", "每周", "全年", "年内", "每人")
# in the order they stand back from the figure: 均实现在 drops 在, then 实现, then 均
_TRAILING_WORDS = (
    "由",  # 覆盖率由85%提高到95%: the figure it is brought from
    "从",
    "仅有",  # 司法所平均仅有1.5名, 共有/共计/合计/累计: a count's verb
    "只有",
    "共有",
    "共计",
    "合计",
    "累计",
    "在",
    "实现",
    "分别为",  # 满意度分别为85%和90%
    "分别",
    "均",
    "皆",
    "要",
    "全部",
    "已",
    "都",
    "应",
    "应当",
    "一般",
    "原则上",
    *_HOW_OFTEN,
)
# the words by their last character, each with its place in the order above
_TRAILING_BY_END: dict[str, tuple[tuple[int, str], ...]] = {}
for _k, _word in enumerate(_TRAILING_WORDS):
    _TRAILING_BY_END[_word[-1]] = (*_TRAILING_BY_END.get(_word[-1], ()), (_k, _word))
del _k, _word
_MEASURE_ENDS = "率例数量额值度比"  # the last character of a measure's name: 办结率, 比例, 人数, 总量


def _subject(folded: str, original: str, found: _Found, floor: int = 0, ceiling: int | None = None) -> str | None:
    """The noun phrase a figure measures: before it, from the last clause break (涉法涉诉信访办结率达95%
    → 涉法涉诉信访办结率) or the figure before it (建议128件、提案156件 → 提案); when nothing stands there,
    the words after it (在5小时内发布权威信息), else those between its bound and its number (完成造林2.5万亩)."""
    start, end = found.start, found.end
    # A subject is a noun phrase: looked for within _SUBJECT_REACH characters of the figure, so that a
    # paragraph without punctuation does not give every figure in it the whole paragraph.
    reach = max(floor, start - _SUBJECT_REACH)
    last_break = _UP_TO_LAST_BREAK.match(folded, reach, start)
    cut = last_break.end() if last_break else reach
    while cut < start and folded[cut] in "、 ":  # the list a figure before it stands in
        cut += 1
    # a note before the clause ((县委党校负责)举办…, 【牵头单位:县委党校】举办…, whose colon was taken for
    # the clause's break) is no part of it
    for opener, closer in _BRACKETS:
        close = folded.find(closer, cut, start)
        if close >= 0 and folded.find(opener, cut + 1, close) < 0:
            cut = close + 1
    lead = _LEADING.match(folded, cut)  # pattern.match anchors at cut; a ^ would only match at 0
    if lead:
        cut = lead.end()
    stop = start
    allowed = 0  # each word is dropped once at most, in their order
    while stop > cut:
        words = _TRAILING_BY_END.get(folded[stop - 1])  # most subjects end in none of them
        if words is None:
            break
        for k, word in words:
            if (
                k >= allowed
                and folded.endswith(word, cut, stop)
                and (stop - len(word) > cut or word not in _HOW_OFTEN)
                and not (word == "均" and folded[stop - 2 : stop - 1] in ("人", "平"))  # 人均, 平均: a measure's name
            ):
                stop, allowed = stop - len(word), k + 1
                break
        else:
            break
    # 资金支付进度年底前达到90%: a time limit after the measure's name is no part of it either
    if folded[stop - 1 : stop] in _LIMIT_ENDS:
        time_limit = _LIMIT_LAST.search(folded, cut, stop)
        if time_limit is not None and time_limit.start() - cut >= 2:
            stop = time_limit.start()
    # 纠错率为12.5%: the copula after a measure's name is no part of it (违法行为12起 keeps its 为)
    if stop - 1 > cut and folded[stop - 1] == "为" and folded[stop - 2] in _MEASURE_ENDS:
        stop -= 1
    # 办结时限由20个工作日压缩至10个工作日: the figure it is brought from is no part of it
    if "由" in folded[cut:stop] or "从" in folded[cut:stop]:
        frm = _FROM_FIGURE.search(folded, cut, stop)
        if frm is not None:
            stop = frm.start()
    before = original[cut:stop].strip()
    # a bare verb (接受) or a time clause (事件发生后, 自受理之日起) is no subject: the object follows
    if len(before) > 2 and not folded[cut:stop].strip().endswith(("后", "前", "时", "内", "起")):
        return before
    # the words after it run to the clause's end, or to the next figure (12个司法所中有5个: 司法所中有)
    limit = min(len(folded) if ceiling is None else ceiling, end + _SUBJECT_REACH)
    m = _CLAUSE_BREAK.search(folded, end, limit)
    # words that open with 、 list the next figure (废止7件、修改3件), they name nothing this one measures
    after = "" if folded.startswith("、", end) else original[end : m.start() if m else limit].strip().removeprefix("的")
    if len(after) == 1 and folded[end] in RANGE_MARKS:
        after = ""  # the mark before a range's upper end (60%-65%)
    between = original[found.words_start : found.number_start].strip()
    return after or (between if len(between) >= 2 else None) or before or None


def _unit(folded: str, original: str, found: _Found) -> str:
    """The figure's unit as written: % for a share in words or a full-width ％, 万件 for 1.2万余件."""
    if folded.startswith(_PERCENT_WORDS, found.unit_start) or folded[found.unit_start] == "%":
        return "%"  # a share in words, or a full-width ％
    if found.more_at >= 0:
        return original[found.unit_start : found.more_at] + original[found.more_at + 1 : found.unit_end]
    return original[found.unit_start : found.unit_end]


def find_metrics(
    folded: str, original: str | None = None, *, achieved: bool = False, locate: Locate | None = None
) -> list[Metric]:
    """Every metric in a piece of text. ``achieved`` reads a report: bare figures count too."""
    first = _FIGURE.search(folded)
    in_words = "百" in folded and _PERCENT_WORDS in folded  # one character is looked for faster than three
    if first is None and not in_words:
        return []  # most paragraphs: nothing more to do, and no iterator or list made to learn it
    figures = [first, *_FIGURE.finditer(folded, first.end())] if first else []
    if in_words:
        figures = sorted([*figures, *_IN_WORDS.finditer(folded)], key=lambda m: m.start())
    original = folded if original is None else original
    kind = MetricKind.ACHIEVED if achieved else MetricKind.TARGET
    out: list[Metric] = []
    floor = 0  # where the figure before ends: a subject does not reach back over it
    starts = [m.start() for m in figures]
    listed: list[_Found] = []  # the figures listed one after another (80%、70%), this one last
    for f in _scan(folded, achieved, figures):
        if not f.continues:
            if len(listed) > 1:
                _respectively(folded, out, listed)
            listed = []
        listed.append(f)
        following = bisect.bisect_left(starts, f.end)  # the figure after this one, whose words end its own
        ceiling = starts[following] if following < len(starts) else None
        subject = out[-1].subject if f.continues and out else _subject(folded, original, f, floor, ceiling)
        if f.upper and out and out[-1].comparator in (Comparator.EQ, Comparator.GE):
            out[-1] = attrs.evolve(out[-1], comparator=Comparator.GE)  # 保持在60%-65%: at least its lower end
        floor = f.end
        out.append(
            Metric(
                value=f.value,
                comparator=f.comparator,
                unit=_unit(folded, original, f),
                subject=subject,
                kind=kind,
                text=original[f.start : f.end],
                span=locate(f.start, f.end) if locate else None,
            )
        )
    if len(listed) > 1:
        _respectively(folded, out, listed)
    return out


_RESPECTIVELY_REACH = 6  # 分别 stands just before the first figure, or before its verb (分别下降15%)
_LIST_MARKS = ("、", "和", "与", "及")


def _respectively(folded: str, out: list[Metric], listed: list[_Found]) -> None:
    """Figures listed after 分别 (the metrics ending ``out``): each measures its own part of the subject
    (纠错率和调解率分别达到80%、70%), and a bound written only after the last bounds each (分别下降15%和10%以上).

    A subject whose parts cannot be told apart stays whole, as a list without 分别 keeps it.
    """
    first, last = listed[0], listed[-1]
    if last.upper or "分别" not in folded[max(0, first.start - _RESPECTIVELY_REACH) : first.start]:
        return
    metrics = out[-len(listed) :]
    if first.start == first.number_start and last.end > last.unit_end:  # no bound before the first, one after the last
        metrics = [
            m if f.start < f.number_start or f.end > f.unit_end else attrs.evolve(m, comparator=metrics[-1].comparator)
            for f, m in zip(listed, metrics, strict=True)
        ]
    subject = metrics[0].subject or ""
    at = fold(subject).rfind("分别")  # before a verb that is no bound (分别下降15%): the verb each figure's
    verb = subject[at + 2 :] if at >= 0 else ""
    named = subject[:at] if at >= 0 else subject
    subjects = _subject_parts(named, len(listed)) or [named] * len(listed)
    if subjects[0] + verb != subject:
        metrics = [attrs.evolve(m, subject=s + verb) for m, s in zip(metrics, subjects, strict=True)]
    out[-len(listed) :] = metrics


def _subject_parts(subject: str, n: int) -> list[str] | None:
    """A subject listing ``n`` measures, each as a subject of its own, or None when they cannot be told.

    >>> _subject_parts("市级、县级公职律师覆盖率", 2), _subject_parts("纠错率和调解率", 2)
    (['市级公职律师覆盖率', '县级公职律师覆盖率'], ['纠错率', '调解率'])
    """
    mark = next((m for m in _LIST_MARKS if m in subject), None)
    parts = subject.split(mark) if mark else []
    if len(parts) != n or not all(parts):
        return None
    # short modifiers of one measure named once after the last (城镇和农村居民收入): each takes its words
    width = len(parts[0])
    if width <= 3 and all(len(p) == width for p in parts[:-1]) and len(parts[-1]) > width:
        shared = parts[-1][width:]
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    # measures named in full (办结率、满意度)
    if all(fold(p)[-1] in _MEASURE_ENDS for p in parts):
        return parts
    return None
