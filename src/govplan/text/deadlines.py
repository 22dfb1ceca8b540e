"""Deadlines: 2023年底前 → 2023-12-31; 每年2月底前 → yearly; 20__年 → no date invented.

>>> [(d.text, d.date, d.recurrence) for d in find_deadlines(fold("2022年11月底前完成,每年第一季度报送"))]
[('2022年11月底前', datetime.date(2022, 11, 30), None), ('每年第一季度', None, <Recurrence.YEARLY: 'yearly'>)]
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable

from govplan.model import Deadline, Recurrence, Span
from govplan.text.fold import cn_digits_to_int, cn_to_int
from govplan.text.fold import fold as fold  # for the doctest

Locate = Callable[[int, int], "Span | None"]

# Every pattern opens with a single character (or a choice of single characters): then the regex
# engine skips to the next place such a character stands instead of trying a match at every position.
# So a year's first character is taken before its three shapes (2023, 20__, ____) are told apart, and
# a lookbehind on what precedes a match comes after its first character.
# Digits are ASCII: text is width-folded first, and a set of plain characters is tested faster than
# the Unicode digit category.
_YEAR = r"(?P<year>[0-9_＿*×](?:(?<=[0-9])[0-9]{3}|(?<=2)0[_＿*×xX]{1,2}|(?<=[_＿*×])[_＿*×]{1,3}))"
# What a match needs in its paragraph: one of these pairs of characters (a 年, 月 or 日 and the
# character after it: 年底, 月份, 日之前 → 日之) or single characters. _gate_mask finds the ones a paragraph
# holds; a pattern runs only when the paragraph holds one of its own.
_DAY_END = frozenset(("日前", "日之", "日以"))
# The words of a limit: 前, 之前, 以前 (6月5日前后 is a time around a day, no limit)
_BEFORE = r"(?:前(?!后)|之前|以前)"
# How a quarter or half year ends as a limit: 末前, 底, 前, 内 …
_PART_END = r"(?:(?:末|底)" + _BEFORE + "?|" + _BEFORE + "|内)"
_MONTH_END = frozenset(("月底", "月末"))
# 11月中旬前: the ten days' last (the 10th, the 20th, the month's last day)
_XUN_GATES = frozenset(("月上", "月中", "月下"))
_XUN_LAST_DAY = {"上": 10, "中": 20}
_YEAR_END = frozenset(("年底", "年末"))
# A limit that is a field's value, named by its key (完成时限:2023年12月) or standing in a table's cell
# (…\t2023年12月\t): a bare year, month or day is then the limit itself. Its gates are the keys and the
# tab (a colon or any character of the keys stands in too many paragraphs). Each key is a branch of its
# own: a branch opening with a group would make the engine try the pattern at every position.
_FIELD_KEYS = ("时限", "期限", "节点", "完成时间")
# A bare year, month or day: a limit where it is a limit's value
# (or its half or quarter: 完成时限:2024年下半年, 2024年第三季度)
# or a span, whose end is the limit (2022—2024年, 2024年1-6月, 2024年10月至12月, 2024年10月至2025年3月)
_BARE_VALUE = (
    r"(?P<span_from>[0-9]{4}年?[—\-~至到])?"
    + _YEAR
    + r"年(?:(?:\d{1,2}[—\-~至到])?(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?"
    r"(?:[至到\-—~](?:(?P<to_year>[0-9]{4})年)?(?P<to_month>\d{1,2})月(?:(?P<to_day>\d{1,2})日)?)?"
    r"|(?P<half>上|下)半年|第?(?P<quarter>[一二三四1-4])季度)?"
)
_FIELD_LIMIT = re.compile(
    "(?:" + "".join(rf"{k}\s*[:】]|" for k in _FIELD_KEYS) + r"\t)\s*" + _BARE_VALUE + r"(?=\s*(?:$|[\t;,。)【】\]]))"
)
_BARE_LIMIT = re.compile(_BARE_VALUE)
# A bare year, month or day as a note's last field, after its units: the note's time limit
# (the separator is matched, not looked behind at: a pattern opening with a lookbehind is tried at every
# position; a field's limit starts at its year)
_NOTE_LIMIT = re.compile(r"[,;]\s*" + _BARE_VALUE + r"(?=(?:前|底前|底)?(?:完成)?\s*\))")
# A month with no year of its own (its first digit just matched), or after 今年, 本年 or 当年: the context's
# year is its year (not after 2023年, nor after 明年 or 次年)
_NO_YEAR = r"(?:(?<!年[0-9])|(?<=[今本当]年[0-9]))"
# The words that a year or a month the work is to be done in stands before (完成率 is a measure's name)
_DONE_WORDS = ("完成", "建成", "出台", "印发", "实现", "上线", "办结")
_DONE = "|".join(w + ("(?!率)" if w == "完成" else "") for w in _DONE_WORDS)
# (kind, pattern, gates one of which every match holds, characters that belong to a match when they
# stand just before it).
_PATTERNS: tuple[tuple[str, re.Pattern[str], frozenset[str], str], ...] = (
    (
        "recurring",
        re.compile(
            r"每(?P<every>年|季度|半年|月)(?:(?P<rmonth>\d{1,2})月(?:(?P<rday>\d{1,2})日|底|末|份)?前?"
            r"|第[一二三四1-4]季度|(?:年底|年末|底|末)前?|次月(?:\d{1,2}日)?前?|\d{1,2}日前)?"
        ),
        frozenset("每"),
        "",
    ),
    ("day", re.compile(_YEAR + r"年(?P<month>\d{1,2})月(?P<day>\d{1,2})日" + _BEFORE), _DAY_END, ""),
    (
        "month",
        re.compile(_YEAR + r"年(?P<month>\d{1,2})月(?:(?P<xun>上|中|下)旬|底|末|份)?(?:" + _BEFORE + "|底)"),
        frozenset(("月底", "月末", "月份", "月前", "月之", "月以", *_XUN_GATES)),
        "",
    ),
    # 2023年第三季度末前 / 2024年一季度前 / 2023年上半年前: the last day of the quarter or half
    (
        "quarter",
        re.compile(_YEAR + r"年(?:第)?(?P<quarter>[一二三四1-4])季度" + _PART_END),
        frozenset("季"),
        "到至于在",
    ),
    (
        "half",
        re.compile(_YEAR + r"年(?P<half>上|下)半年" + _PART_END),
        frozenset(("年上", "年下")),
        "到至于在",
    ),
    ("year", re.compile(_YEAR + r"年(?:年)?(?:底|末)" + _BEFORE + "?"), _YEAR_END, "到至于在"),
    # (2022年至2024年 is a span of years, not a limit)
    ("year", re.compile(r"(?:到|至)(?<!年到|年至)" + _YEAR + r"年(?!\d|[—\-~至到]|度)"), frozenset("到至"), ""),
    ("year", re.compile(_YEAR + r"年" + _BEFORE), frozenset(("年前", "年之", "年以")), ""),
    # a year in Chinese digits, as a signature writes it (二〇二四年底前, 二〇二四年六月底前): found before
    # the 年底前 it ends with is read as the context's year's end
    (
        "cn-year",
        re.compile(
            r"二[〇○零](?P<cn_year>[〇○零一二三四五六七八九]{2})年(?:(?P<cn_month>十[一二]?|[一二三四五六七八九])月)?(?:底|末)"
            + _BEFORE
            + "?"
        ),
        _YEAR_END | _MONTH_END,
        "到至于在",
    ),
    # 2023年内完成: within the year (not 2023年内部…)
    ("year", re.compile(_YEAR + r"年度?内(?!部)"), frozenset(("年内", "度内")), "到至于在"),  # 2024年度内
    (
        "bare-day",
        re.compile(r"(?P<month>[0-9](?<!\d[0-9])" + _NO_YEAR + r"[0-9]?)月(?P<day>\d{1,2})日" + _BEFORE),
        _DAY_END,
        "",
    ),
    # 6月底前 / 年底前 in a plan for one year: the year comes from the context
    (
        "bare-month",
        re.compile(
            r"(?P<month>[0-9](?<![\d每][0-9])" + _NO_YEAR + r"[0-9]?)月"
            r"(?:(?:底|末)" + _BEFORE + r"?|(?P<xun>上|中|下)旬" + _BEFORE + ")"
        ),
        _MONTH_END | _XUN_GATES,
        "",
    ),
    # 三季度末前 / 第一季度前 (not 每年第一季度, which recurs)
    (
        "bare-quarter",
        re.compile(r"(?P<quarter>[一二三四1-4])(?<![年每\d][一二三四1-4])(?<![年每]第[一二三四1-4])季度" + _PART_END),
        frozenset("季"),
        "第",
    ),
    (
        "bare-year-end",
        re.compile(
            r"(?:今(?<![\d_*×年]今)(?<!每今)年年?|本(?<![\d_*×年]本)(?<!每本)年年?|年(?<![\d_*×年]年)(?<!每年))"
            r"(?:底|末)" + _BEFORE
        ),
        _YEAR_END,
        "",
    ),
    # 年内完成 / 今年内 / 本年度内 in a plan for one year: within the context's year (not 三年内, 半年内: a span)
    (
        "bare-year-end",
        re.compile(
            r"年(?<![0-9_*×一二三四五六七八九十两几数半多近往历去明次前后全每跨当同上下隔该]年)度?内(?![部容外涵])"
        ),
        frozenset(("年内", "度内")),
        "今本于在",
    ),
    # in a plan, a year, a month or a quarter that the work is to be done in: 于2024年6月完成, 2024年第三季度
    # 建成, 2025年实现 (a report's 2023年6月完成了… dates what was done: read where limits are, see _find)
    (
        "done",
        re.compile(
            _YEAR
            + r"年(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日|份)?"
            + r"|第?(?P<quarter>[一二三四1-4])季度|(?P<half>上|下)半年)?(?="
            + _DONE
            + ")"
        ),
        frozenset((*(f"{a}{b[0]}" for a in "年月日" for b in _DONE_WORDS), "月份", "季", "年上", "年下")),
        "",
    ),
    ("field", _FIELD_LIMIT, frozenset((*_FIELD_KEYS, "\t")), ""),
    # the last field of a note in brackets: (A牵头,B负责;2023年6月), (…,2023年10月完成)
    ("field", _NOTE_LIMIT, frozenset(("年)", "月)", "日)", "成)")), ""),
)
_CUTOFF = re.compile(r"(?:截至|截止|截止到|截至到) ?$")
# A year that opens a goal or a clause: ——2023年为…年 / 2022年,基本建成… / …升级,2025年,基本建成…
# The year is found first (a pattern opening with a digit is quick to scan for); what may stand before
# it, back to the start of the clause, is checked by _opens_clause.
_OPENING_YEAR = re.compile(r"(?P<year>[0-9][0-9]{3})年(?=[,为是:])")
_OPENING_GATES = frozenset(("年,", "年为", "年是", "年:"))


# Each gate's bit in a paragraph's mask: bit i stands for _PATTERNS[i], the bit past them for the
# opening year. A paragraph's mask then picks the patterns to run in one lookup, where testing each
# pattern's gates against the paragraph's cost more than most searches.
_OPENING_BIT = 1 << len(_PATTERNS)
_GATE_BITS: dict[str, int] = dict.fromkeys(_OPENING_GATES, _OPENING_BIT)
for _i, (_kind, _pattern, _needed, _lead) in enumerate(_PATTERNS):
    for _gate in _needed:
        _GATE_BITS[_gate] = _GATE_BITS.get(_gate, 0) | 1 << _i
del _i, _kind, _pattern, _needed, _lead, _gate
# the gates other than a 年, 月 or 日 and the character after it, each looked for in the whole text; a
# field's key only where a colon or a 】 stands (one character is looked for far faster than two)
_SEARCHED_GATES = tuple(sorted(g for g in _GATE_BITS if (len(g) != 2 or g[0] not in "年月日") and g not in _FIELD_KEYS))


def _gate_mask(folded: str) -> int:
    """The bits of the gates a text holds: each 年, 月 and 日 with the character after it, and the
    others (每, 到, 季, 时限 …) anywhere."""
    bits = _GATE_BITS
    mask = 0
    for gate in _SEARCHED_GATES:
        if gate in folded:
            mask |= bits[gate]
    if ":" in folded or "】" in folded:  # 完成时限:, 【完成时限】
        for gate in _FIELD_KEYS:
            if gate in folded:
                mask |= bits[gate]
    last = len(folded) - 1
    for ch in "年月日":  # str.find skips ahead far faster than a regex scan for a set of characters
        i = folded.find(ch, 0, last)
        while i >= 0:
            mask |= bits.get(folded[i : i + 2], 0)
            i = folded.find(ch, i + 1, last)
    return mask


@functools.cache  # a few dozen masks occur: 2 ** len(_PATTERNS) at most
def _patterns_for(mask: int) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """The patterns a paragraph with these gates may match, in order."""
    return tuple((kind, pattern, lead) for i, (kind, pattern, _, lead) in enumerate(_PATTERNS) if mask & 1 << i)


_NAMED_YEAR = re.compile(r"([0-9][0-9]{3})年")


def named_years(folded: str) -> list[int]:
    """The years a text names, in order: 2023年工作要点 → [2023]."""
    return [int(y) for y in _NAMED_YEAR.findall(folded)]


def _opens_clause(folded: str, at: int) -> bool:
    """True when only (——|-{1,2}|—)? whitespace (到|至)? stand between a clause's start (or a note before
    it) and ``at``."""
    i = at
    if i and folded[i - 1] in "到至":
        i -= 1
    while i and folded[i - 1].isspace():
        i -= 1
    if i >= 2 and folded[i - 2 : i] in ("——", "--"):
        i -= 2
    elif i and folded[i - 1] in "-—":
        i -= 1
    return i == 0 or folded[i - 1] in ",;。】)"  # a note may stand before it: 【责任单位:…】2022年,…


def _last_day(year: int, month: int) -> dt.date | None:
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _date(kind: str, m: re.Match[str], context_year: int | None) -> dt.date | None:
    groups = m.groupdict()
    if kind == "cn-year":
        year, month = cn_digits_to_int(groups["cn_year"]), cn_to_int(groups["cn_month"] or "十二")
        return _last_day(2000 + year, month) if year is not None and month is not None else None
    year_text = groups.get("year")
    year = int(year_text) if year_text and year_text.isdigit() else None
    if kind.startswith("bare-"):
        year = context_year
    if year is None:
        return None
    if kind in ("done", "field"):  # 于2024年6月完成, 2024年上半年实现, 完成时限:2024年第三季度
        if groups.get("to_month"):  # 2024年10月至12月: the span's end
            year = int(groups["to_year"] or year)
            groups = {"month": groups["to_month"], "day": groups["to_day"]}
        parts = ("day", "month", "quarter", "half")
        kind = next((part for part in parts if groups.get(part)), "year")
    try:
        if kind in ("day", "bare-day"):
            return dt.date(year, int(groups["month"]), int(groups["day"]))
        if kind in ("month", "bare-month"):
            last = _last_day(year, int(groups["month"]))
            xun = groups.get("xun")
            return last.replace(day=_XUN_LAST_DAY[xun]) if last and xun in _XUN_LAST_DAY else last
        if kind in ("quarter", "bare-quarter"):
            return _last_day(year, 3 * ("一二三四".find(groups["quarter"]) + 1 or int(groups["quarter"])))
        if kind == "half":
            return _last_day(year, 6 if groups["half"] == "上" else 12)
        return dt.date(year, 12, 31)
    except ValueError:
        return None


_RECURRENCE = {"年": Recurrence.YEARLY, "半年": None, "季度": Recurrence.QUARTERLY, "月": Recurrence.MONTHLY}


def find_deadlines(
    folded: str,
    original: str | None = None,
    *,
    context_year: int | None = None,
    opening: bool = True,
    locate: Locate | None = None,
    whole_limit: bool = False,
) -> list[Deadline]:
    """Every time limit in a piece of text, in order; overlapping matches keep the first found.

    A limit that names no year (6月底前, 年底前) falls in the last year the text names, else in
    ``context_year``. ``whole_limit``: the text is a time limit's value (a table's cell), so a bare
    year, month or day (2023年12月) is the limit.
    """
    if "年" not in folded and "月" not in folded and "每" not in folded and "季" not in folded:
        return []  # every pattern needs one of them
    original = folded if original is None else original
    at: list[int] | None = None  # where each character of the text searched stands in the text given
    if " " in folded and (spaces := _date_spaces(folded)):
        # 2023 年 6 月底前: the spaces a page sets between digits and words (a Word file's runs of Latin and
        # Chinese type) are passed over, the limit's text and span still those of the text given
        passed = {i for a, b in spaces for i in range(a, b)}
        at = [i for i in range(len(folded)) if i not in passed]
        folded = "".join(folded[i] for i in at)
    if whole_limit:
        bare = _BARE_LIMIT.fullmatch(folded.rstrip())
        if bare is not None:
            end = at[bare.end() - 1] + 1 if at else bare.end()
            span = locate(0, end) if locate else None
            return [Deadline(original[:end], _date("field", bare, None), None, span)]
    # The search proper is a function of its own: its closure's cells cost something to make on entry,
    # and most paragraphs leave at the test above.
    return _find(folded, original, context_year, opening, locate, at)


# Spaces between a date's digits and its words, or before its digits after 到, 至 or 每: the pattern
# opens with the space, the character before it is looked at after (a lookbehind first would make the
# engine try every position)
_SPACE_RUN = re.compile(r" +(?=[0-9年月日季])")


def _date_spaces(folded: str) -> list[tuple[int, int]]:
    out = []
    for m in _SPACE_RUN.finditer(folded, 1):
        a, b = m.span()
        before, after = folded[a - 1], folded[b]
        if (after in "年月日季" and before in "0123456789") or (after in "0123456789" and before in "年月到至每于在"):
            out.append((a, b))
    return out


def _find(
    folded: str,
    original: str,
    context_year: int | None,
    opening: bool,
    locate: Locate | None,
    at: list[int] | None = None,
) -> list[Deadline]:
    mask = _gate_mask(folded)
    # The limits kept, in order of their start; they never overlap, so the one kept limit that could
    # overlap a new one is the last that starts before the new one ends (a scan of all would make a
    # paragraph of thousands of limits quadratic).
    starts: list[int] = []
    found: list[tuple[int, Deadline]] = []

    def add(start: int, end: int, date: dt.date | None, recurrence: Recurrence | None) -> None:
        # 截至2016年年末 dates a figure; it sets no limit.
        before = folded[max(0, start - 4) : start + (folded[start] in "至到")]
        if _CUTOFF.search(before):
            return
        i = bisect.bisect_left(starts, end)
        if i and found[i - 1][0] > start:
            return  # overlaps a limit already kept
        a, b = (at[start], at[end - 1] + 1) if at is not None else (start, end)
        span = locate(a, b) if locate else None
        starts.insert(i, start)
        found.insert(i, (end, Deadline(original[a:b], date, recurrence, span)))

    bare_year: int | None = None
    bare_year_known = False
    if opening and mask & _OPENING_BIT:
        for m in _OPENING_YEAR.finditer(folded):
            if _opens_clause(folded, m.start()):
                # 到2020年,基本建成…: the 到 belongs to the limit, as in 到2020年底
                start = m.start() - (m.start() > 0 and folded[m.start() - 1] in "到至")
                add(start, m.end(), dt.date(int(m["year"]), 12, 31), None)
    for kind, pattern, lead in _patterns_for(mask):
        if kind == "done" and not opening:
            continue  # a report's 2023年6月完成了… dates what was done
        last_end = 0
        for m in pattern.finditer(folded):
            start = m.start()
            if lead and start > last_end and folded[start - 1] in lead:
                start -= 1  # 到2020年底: the word belongs to the limit, unless the match before took it
            last_end = m.end()
            if kind == "recurring":
                # 每年 alone ("每人每年接受培训") sets no limit; 每年2月底前 / 每季度 do.
                if m["every"] == "年" and m.end() - m.start() <= 2:
                    continue
                if m["every"] == "月" and m.end() - m.start() <= 2:
                    continue
                recurrence = _RECURRENCE[m["every"]]
                if recurrence is None:
                    continue
                add(start, m.end(), None, recurrence)
            elif kind.startswith("bare-"):
                if not bare_year_known:  # the last year the text names, else the context's
                    named = named_years(folded)
                    bare_year, bare_year_known = (named[-1] if named else context_year), True
                add(start, m.end(), _date(kind, m, bare_year), None)
            elif kind == "field":
                value_start = m.start("span_from") if m["span_from"] else m.start("year")
                add(value_start, m.end(), _date(kind, m, None), None)  # the limit without its key
            else:
                add(start, m.end(), _date(kind, m, None), None)
    return [d for _, d in found]


def is_placeholder(deadline: Deadline) -> bool:
    """A limit whose year is a blank to fill in (20__年, 20*年)."""
    return deadline.date is None and deadline.recurrence is None and bool(re.search(r"[_＿*×xX]", deadline.text))
