"""Tables: a header row naming what each column holds, then a row for each task or indicator.

A task table (任务分工表) gives the number, the task, its measures, the units by role, the leader and
the time limit; a Word table and one copied from a web page (its cells parted by tabs) are read by the
same columns. An indicator table (主要指标) gives each indicator's unit, target and nature.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govplan.model import Comparator
from govplan.text.fold import fold
from govplan.text.metrics import BOUND_AFTER, BOUND_BEFORE

# The unit and leader columns in the order a note names them, with the role heading that names each.
NOTE_WORDS = (
    ("leader", "牵头领导"),
    ("lead", "牵头单位"),
    ("responsible", "责任单位"),
    ("support", "配合单位"),
    ("undertake", "承办单位"),
)
_HEADER_WORDS = {
    "number": re.compile(r"^序号$|^编号$"),
    "section": re.compile(r"类别|领域|板块|方面|部分|项目类别"),
    "task": re.compile(r"任务|事项|工作内容"),
    "measures": re.compile(r"措施|具体内容|工作要求|目标要求"),
    "leader": re.compile(r"牵头领导|责任领导|分管领导"),
    "lead": re.compile(r"牵头单位|牵头部门"),
    "responsible": re.compile(r"责任单位|责任部门|主责单位"),
    "support": re.compile(r"配合单位|配合部门|协办单位|协同单位|参与单位"),
    "undertake": re.compile(r"承办单位"),
    "deadline": re.compile(r"时限|时间节点|完成时间|进度安排"),
}


def task_table_columns(header: list[str]) -> dict[str, int] | None:
    """Which column holds what, when a header row is that of a task table (任务分工表), else None.

    >>> task_table_columns(["序号", "重点任务", "牵头单位", "完成时限"])
    {'number': 0, 'task': 1, 'lead': 2, 'deadline': 3}
    """
    columns: dict[str, int] = {}
    for i, cell in enumerate(header):
        text = fold(cell).replace(" ", "").replace("\n", "")
        for key, pattern in _HEADER_WORDS.items():
            if key in columns:
                continue
            # unit and leader columns first: 牵头单位 must not count as a 任务 column
            if key in ("task", "measures", "section") and any(
                _HEADER_WORDS[k].search(text) for k in ("leader", "lead", "responsible", "support", "undertake")
            ):
                continue
            if pattern.search(text):
                columns[key] = i
                break
    has_units = any(k in columns for k in ("lead", "responsible", "support", "undertake"))
    if ("task" in columns or "measures" in columns) and (has_units or "deadline" in columns):
        return columns
    return None


def cells(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each tab-parted cell of a row, spaces stripped; an empty cell keeps its place.

    >>> cells("1\\t 开展清理 \\t\\t市司法局")
    [(0, 1), (3, 7), (9, 9), (10, 14)]
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for piece in text.split("\t"):
        stripped = piece.strip()
        start = pos + piece.find(stripped) if stripped else pos
        out.append((start, start + len(stripped)))
        pos += len(piece) + 1
    return out


# An indicator table (主要指标) of a 规划: the indicator, its unit, a value for the base year and one for
# the target year, and whether the target is 预期性 or 约束性.
_INDICATOR_WORDS = {
    "number": _HEADER_WORDS["number"],
    "name": re.compile(r"^指标$|指标名称|主要指标|指标内容|具体指标"),
    "unit": re.compile(r"^单位$|^计量单位$"),
    "nature": re.compile(r"属性|性质"),
}
_TARGET_COLUMN = re.compile(r"(?:19|20)[0-9]{2}年|目标")


def indicator_table_columns(header: list[str]) -> dict[str, int] | None:
    """Which column holds what, when a header row is that of an indicator table, else None. The target
    is the last column naming a year or a 目标.

    >>> indicator_table_columns(["序号", "指标名称", "单位", "2020年", "2025年", "属性"])
    {'number': 0, 'name': 1, 'unit': 2, 'target': 4, 'nature': 5}
    """
    columns: dict[str, int] = {}
    target = None
    for i, cell in enumerate(header):
        text = fold(cell).replace(" ", "")
        for key, pattern in _INDICATOR_WORDS.items():
            if key not in columns and pattern.search(text):
                columns[key] = i
                break
        else:
            if _TARGET_COLUMN.search(text):
                target = i
    if "name" not in columns or target is None:
        return None
    columns["target"] = target
    return dict(sorted(columns.items(), key=lambda kv: kv[1]))


# A value cell's bound: a sign before the number, or the words a sentence would use before or after it.
_BEFORE = {
    "≥": Comparator.GE,
    ">=": Comparator.GE,
    "≤": Comparator.LE,
    "<=": Comparator.LE,
    ">": Comparator.GT,
    "<": Comparator.LT,
    **BOUND_BEFORE,
}
_AFTER = BOUND_AFTER
_VALUE = re.compile(
    rf"[\[(]?\s*(?P<before>{'|'.join(map(re.escape, sorted(_BEFORE, key=len, reverse=True)))})?\s*"
    rf"(?P<n>[0-9]+(?:\.[0-9]+)?)\s*%?\s*(?P<after>{'|'.join(sorted(_AFTER, key=len, reverse=True))})?\s*[\])]?"
)


def table_value(folded: str) -> tuple[Comparator, Decimal] | None:
    """The comparator and number of a value cell (100, ≥98, 95以上, [90], 5左右), or None when the cell
    holds no number (—, 持续提升): a target is never invented.

    >>> table_value("≥98"), table_value("95以上"), table_value("—")
    ((<Comparator.GE: '>='>, Decimal('98')), (<Comparator.GE: '>='>, Decimal('95')), None)
    """
    m = _VALUE.fullmatch(folded.strip())
    if m is None:
        return None
    if m["before"]:
        comparator = _BEFORE[m["before"]]
    elif m["after"]:
        comparator = _AFTER[m["after"]]
    else:
        comparator = Comparator.EQ
    return comparator, Decimal(m["n"])
