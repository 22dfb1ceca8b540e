"""Heading labels of GB/T 9704 documents and their relatives.

A label's layer is decided from its shape before its numeral is read: (一) and (1) differ only in the
numeral's script, and 一、 / (一) / 1. / (1) are layers 1 to 4.

    >>> lab = parse_label(fold("（二）全面深化行政执法改革。"))
    >>> lab.level, lab.ordinal, lab.style
    (2, 2, 'paren-cn')
"""

from __future__ import annotations

import re

import attrs

from govplan.text.fold import CN_NUMERALS, cn_to_int
from govplan.text.fold import fold as fold  # for the doctest

_CN = f"[{CN_NUMERALS}]{{1,4}}"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Labels of one character that Word and some sites print: ㈠ for (一), ⑴ for (1), ⒈ for 1.
_ENCLOSED_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
STOP_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_ENCLOSED_ORDINAL = {
    ch: i + 1 for chars in (CIRCLED, _ENCLOSED_CN, PAREN_DIGITS, STOP_DIGITS) for i, ch in enumerate(chars)
}

# The header of a table's number column: a row's number stands under it (1, 2, …), no heading's label.
NUMBER_HEADS = ("序号", "编号")
# The words an attachment's line opens with: 附件1, 附表, 附录
ATTACHMENT_WORDS = ("附件", "附表", "附录")

# (style, level, pattern, the characters it can open with). Each pattern captures the numeral as "n";
# order matters: longer shapes first. 第X章 / 第X节 stand above the GB/T 9704 layers: their levels (below
# 1) order the nesting, and the reader numbers the sections of such documents by depth instead. 第X条 is
# a peer of 一、: articles hold (一) items. A one-character label is of its spelt-out peer's style. Some
# pages type 丶 for 、 (一丶总体要求).
_STYLES: tuple[tuple[str, int, re.Pattern[str], str], ...] = (
    ("part", -1, re.compile(rf"^第(?P<n>{_CN}|\d{{1,3}})(?:部分|编|章)\s*"), "第"),
    ("section", 0, re.compile(rf"^第(?P<n>{_CN}|\d{{1,3}})节\s*"), "第"),
    ("article", 1, re.compile(rf"^第(?P<n>{_CN}|\d{{1,3}})条\s*"), "第"),
    ("cn", 1, re.compile(rf"^(?P<n>{_CN})\s*[、.丶]\s*"), CN_NUMERALS),
    ("paren-cn", 2, re.compile(rf"^\(\s*(?P<n>{_CN})\s*\)\s*[、.]?\s*"), "("),
    ("paren-cn", 2, re.compile(rf"^(?P<n>[{_ENCLOSED_CN}])\s*[、.]?\s*"), _ENCLOSED_CN),
    ("arabic", 3, re.compile(r"^(?P<n>\d{1,3})\s*(?:[、丶]|\.(?!\d))\s*"), "0123456789"),
    ("arabic", 3, re.compile(rf"^(?P<n>[{STOP_DIGITS}])\s*"), STOP_DIGITS),
    ("paren-arabic", 4, re.compile(r"^\(\s*(?P<n>\d{1,3})\s*\)\s*[、.]?\s*"), "("),
    ("paren-arabic", 4, re.compile(rf"^(?P<n>[{PAREN_DIGITS}])\s*[、.]?\s*"), PAREN_DIGITS),
    ("half-paren", 4, re.compile(r"^(?P<n>\d{1,3})\)\s*"), "0123456789"),
    ("circled", 5, re.compile(rf"^(?P<n>[{CIRCLED}])\s*"), CIRCLED),
    # a box of a 规划 (专栏1 重点工程): the reader gives it its layer from where it stands
    ("box", 1, re.compile(rf"^专栏\s*(?P<n>{_CN}|\d{{1,2}})\s*:?\s*"), "专"),
)


# A line is tried against the styles its first character allows (one or two) instead of all of them.
_BY_FIRST: dict[str, tuple[tuple[str, int, re.Pattern[str]], ...]] = {}
for _style, _level, _pattern, _first in _STYLES:
    for _ch in _first:
        _BY_FIRST[_ch] = (*_BY_FIRST.get(_ch, ()), (_style, _level, _pattern))
del _style, _level, _pattern, _first, _ch


@attrs.define  # not frozen: creating frozen instances costs twice as much
class Label:
    style: str
    level: int  # GB/T 9704 layer (1 一、 … 4 (1)); below 1 for 章/节, which nest above them
    ordinal: int
    end: int  # where the heading's own text starts in the line


def parse_label(folded: str) -> Label | None:
    """The label a folded line starts with, or None."""
    styles = _BY_FIRST.get(folded[:1])
    if styles is None:
        return None
    for style, level, pattern in styles:
        m = pattern.match(folded)
        if not m:
            continue
        n = m["n"]
        ordinal = _ENCLOSED_ORDINAL.get(n) or cn_to_int(n)
        if ordinal is None or ordinal == 0:
            continue
        # every pattern ends in \s*, so a label followed by spaces only ends the line
        end = m.end()
        if end == len(folded):
            return None
        after = folded[end]
        if (after in _NOT_A_HEADING_FIRST or after.isdecimal()) and _NOT_A_HEADING.match(folded, end):
            return None
        return Label(style, level, ordinal, end)
    return None


# 一、二季度 / 1.5倍 / 2、3月 and the like: a numeral list, not a label.
_LIST_NUMERALS = "一二三四五六七八九十"
_LIST_WORDS = ("季度", "月份", "月", "日", "年", "倍", "%")
_NOT_A_HEADING = re.compile(rf"(?:[{_LIST_NUMERALS}\d]{{1,2}}[、,]?)?(?:{'|'.join(_LIST_WORDS)})")
# The characters such a list can open with (besides any decimal digit, \d): most labels are followed
# by none of them, and are spared the match.
_NOT_A_HEADING_FIRST = _LIST_NUMERALS + "".join(w[0] for w in _LIST_WORDS)


# The brackets and quotation marks a colon ending a title must not stand inside: a note's, a book title's,
# a quotation's
_PAIRS = (("(", ")"), ("【", "】"), ("[", "]"), ("《", "》"), ("“", "”"))


def _inside_brackets(folded: str, at: int) -> bool:
    """Whether position ``at`` lies inside brackets or quotation marks opened before it."""
    return any(folded.count(o, 0, at) > folded.count(c, 0, at) for o, c in _PAIRS if o in folded)


# The key of an item written as fields (1.任务名称:开展清理 / 工作措施:… / 责任单位:…): its value is the title
TITLE_KEYS = frozenset(("任务名称", "任务", "工作任务", "重点任务", "任务内容", "事项名称", "工作事项", "项目名称"))


def split_title(text: str, folded: str) -> tuple[str, str, str]:
    """Split a heading's text into title and run-on text (the title ends at the first 。, or at a colon
    before it, but for a field's key that names the task: 任务名称:开展清理); the title's folded form
    comes third. Folding keeps every offset, and a character strips
    exactly when its folded form does, so one cut serves both.

    >>> split_title("指導思想。全面貫徹。", "指导思想。全面贯彻。")
    ('指導思想', '全面貫徹。', '指导思想')
    """
    cut = folded.find("。")
    # 加强组织领导:各单位要… — a colon ends the title too, unless it stands in a note or a quotation
    # ((牵头单位:…), 《…》, “…”); 动员部署阶段(2023年3月):… ends at it
    if ":" in folded:  # a test without a call: most headings hold no colon
        end = cut if cut >= 0 else len(folded)
        colon = folded.find(":", 0, end)
        # words must follow it: a colon ending the heading is stripped below
        if colon > 0 and folded[colon + 1 : end].strip(" \t:;") and not _inside_brackets(folded, colon):
            if folded[:colon].strip() in TITLE_KEYS:  # 任务名称:开展清理。… — the title is the field's value
                head = folded[colon + 1 : end]
                start = colon + 1 + len(head) - len(head.lstrip())
                stop = colon + 1 + len(head.rstrip())
                return text[start:stop], text[end + 1 :].strip(), folded[start:stop]
            cut = colon
    if cut < 0:
        head, run_on = folded.rstrip(":;"), ""  # folded: ：and ；are : and ; here
    else:
        head, run_on = folded[:cut], text[cut + 1 :].strip()
    start, end = len(head) - len(head.lstrip()), len(head.rstrip())
    return text[start:end], run_on, head[start:end]


# A table's row: its number (or the number column's header) first, then its cells, parted by a tab or a
# run of spaces (a full-width space folds to a space)
_ROW_FIRST = "0123456789" + "".join(head[0] for head in NUMBER_HEADS)
_CELL_GAP = re.compile(r"\t|  ")


def table_row(folded: str) -> bool:
    """Whether a (folded) line is a table's row: its number or 序号 first, then two cells of words at least,
    parted by tabs or runs of spaces, or standing between pipes. A page's numbers (1 2 3 下一页) are none.

    >>> table_row("1  依法决策  县司法局"), table_row("1  2  3  下一页  尾页"), table_row("1 依法决策")
    (True, False, False)
    >>> table_row("| 1 | 依法决策 | 10分 |"), table_row("| 首页 | 政务公开 | 政务服务 |")
    (True, False)
    """
    if folded[:1] == "|":
        tokens = [cell.strip() for cell in folded.strip("| ").split("|")]
    elif folded[:1] not in _ROW_FIRST or _CELL_GAP.search(folded) is None:
        return False
    else:
        tokens = folded.split()
    first = tokens[0]
    return (
        (first in NUMBER_HEADS or (len(first) <= 3 and first.isdigit()))
        and sum(not token.isdigit() for token in tokens[1:]) >= 2
        and not any(token.endswith("页") for token in tokens)
    )
