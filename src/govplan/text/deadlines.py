"""Deadlines: 2023年底前 → 2023-12-31; 每年2月底前 → yearly; 20__年 → no date invented.

>>> [(d.text, d.date, d.recurrence) for d in find_deadlines(fold("2022年11月底前完成,每年第一季度报送"))]
[('2022年11月底前', datetime.date(2022, 11, 30), None), ('每年第一季度', None, <Recurrence.YEARLY: 'yearly'>)]
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from govplan.model import Deadline, Recurrence, Span
from govplan.text.fold import fold as fold  # for the doctest

Locate = Callable[[int, int], "Span | None"]

_YEAR = r"(?P<year>\d{4}|20[_＿*×xX]{1,2}|[_＿*×]{2,4})"
_DAY_END = ("日前", "日之前", "日以前")
_MONTH_END = ("月底", "月末")
_YEAR_END = ("年底", "年末")
# (kind, pattern, words one of which every match holds). Looking for the words costs little next to
# running the pattern, and most paragraphs hold none of them.
_PATTERNS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    (
        "recurring",
        re.compile(
            r"每(?P<every>年|季度|半年|月)(?:(?P<rmonth>\d{1,2})月(?:(?P<rday>\d{1,2})日|底|末|份)?前?"
            r"|第[一二三四1-4]季度|(?:年底|年末|底|末)前?|次月(?:\d{1,2}日)?前?|\d{1,2}日前)?"
        ),
        ("每",),
    ),
    ("day", re.compile(_YEAR + r"年(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:前|之前|以前)"), _DAY_END),
    (
        "month",
        re.compile(_YEAR + r"年(?P<month>\d{1,2})月(?:底|末|份)?(?:前|之前|以前|底)"),
        ("月底", "月末", "月份", "月前", "月之前", "月以前"),
    ),
    ("year", re.compile(r"(?:到|至|于|在)?" + _YEAR + r"年(?:年)?(?:底|末)(?:前|之前|以前)?"), _YEAR_END),
    ("year", re.compile(r"(?:到|至)" + _YEAR + r"年(?!\d|[—\-~至到]|度)"), ("到", "至")),
    ("year", re.compile(_YEAR + r"年(?:前|之前|以前)"), ("年前", "年之前", "年以前")),
    ("bare-day", re.compile(r"(?<![\d年])(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:前|之前|以前)"), _DAY_END),
    # 6月底前 / 年底前 in a plan for one year: the year comes from the context
    ("bare-month", re.compile(r"(?<![\d年每])(?P<month>\d{1,2})月(?:底|末)(?:前|之前|以前)?"), _MONTH_END),
    ("bare-year-end", re.compile(r"(?<![\d_*×年])(?<!每)(?:今年|本年|年)(?:底|末)(?:前|之前|以前)"), _YEAR_END),
)
_CUTOFF = re.compile(r"(?:截至|截止|截止到|截至到)$")
# A year that opens a goal or a clause: ——2023年为…年 / 2022年,基本建成… / …升级,2025年,基本建成…
# The year is found first (a pattern opening with a digit is quick to scan for); what may stand before
# it, back to the start of the clause, is checked by _opens_clause.
_OPENING_YEAR = re.compile(r"(?P<year>[0-9][0-9]{3})年(?=[,为是:])")
_OPENING_WORDS = ("年,", "年为", "年是", "年:")
_NAMED_YEAR = re.compile(r"(\d{4})年")


def _opens_clause(folded: str, at: int) -> bool:
    """True when only (——|-{1,2}|—)? whitespace (到|至)? stand between a clause's start and ``at``."""
    i = at
    if i and folded[i - 1] in "到至":
        i -= 1
    while i and folded[i - 1].isspace():
        i -= 1
    if i >= 2 and folded[i - 2 : i] in ("——", "--"):
        i -= 2
    elif i and folded[i - 1] in "-—":
        i -= 1
    return i == 0 or folded[i - 1] in ",;。"


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:
        if word in text:
            return True
    return False


def _last_day(year: int, month: int) -> dt.date | None:
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _date(kind: str, m: re.Match[str], context_year: int | None) -> dt.date | None:
    groups = m.groupdict()
    year_text = groups.get("year")
    year = int(year_text) if year_text and year_text.isdigit() else None
    if kind.startswith("bare-"):
        year = context_year
    if year is None:
        return None
    try:
        if kind in ("day", "bare-day"):
            return dt.date(year, int(groups["month"]), int(groups["day"]))
        if kind in ("month", "bare-month"):
            return _last_day(year, int(groups["month"]))
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
) -> list[Deadline]:
    """Every time limit in a piece of text, in order; overlapping matches keep the first found.

    A limit that names no year (6月底前, 年底前) falls in the last year the text names, else in
    ``context_year``.
    """
    if "年" not in folded and "月" not in folded and "每" not in folded:
        return []  # every pattern needs one of them
    original = folded if original is None else original
    found: list[tuple[int, int, Deadline]] = []

    def overlaps(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e, _ in found)

    def add(start: int, end: int, date: dt.date | None, recurrence: Recurrence | None) -> None:
        # 截至2016年年末 dates a figure; it sets no limit.
        before = folded[max(0, start - 4) : start + (folded[start] in "至到")]
        if _CUTOFF.search(before):
            return
        if not overlaps(start, end):
            span = locate(start, end) if locate else None
            found.append((start, end, Deadline(original[start:end], date, recurrence, span)))

    bare_year: list[int | None] | None = None
    if opening and _holds_any(folded, _OPENING_WORDS):
        for m in _OPENING_YEAR.finditer(folded):
            if _opens_clause(folded, m.start()):
                add(m.start(), m.end(), dt.date(int(m["year"]), 12, 31), None)
    for kind, pattern, needed in _PATTERNS:
        for word in needed:  # inline: this loop runs for every paragraph naming a year or month
            if word in folded:
                break
        else:
            continue
        for m in pattern.finditer(folded):
            if kind == "recurring":
                # 每年 alone ("每人每年接受培训") sets no limit; 每年2月底前 / 每季度 do.
                if m["every"] == "年" and m.end() - m.start() <= 2:
                    continue
                if m["every"] == "月" and m.end() - m.start() <= 2:
                    continue
                recurrence = _RECURRENCE[m["every"]]
                if recurrence is None:
                    continue
                add(m.start(), m.end(), None, recurrence)
            elif kind.startswith("bare-"):
                if bare_year is None:  # the last year the text names, else the context's
                    named = _NAMED_YEAR.findall(folded)
                    bare_year = [int(named[-1]) if named else context_year]
                add(m.start(), m.end(), _date(kind, m, bare_year[0]), None)
            else:
                add(m.start(), m.end(), _date(kind, m, None), None)
    found.sort(key=lambda f: f[0])
    return [d for _, _, d in found]


def is_placeholder(deadline: Deadline) -> bool:
    """A limit whose year is a blank to fill in (20__年, 20*年)."""
    return deadline.date is None and deadline.recurrence is None and bool(re.search(r"[_＿*×xX]", deadline.text))
