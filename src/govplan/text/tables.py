"""Task tables (任务分工表): a header row naming what each column holds, then a row for each task.

A Word table and a table copied from a web page (its cells parted by tabs) are read by the same
columns: the number, the task, its measures, the units by role, the leader and the time limit.

    >>> task_table_columns(["序号", "重点任务", "牵头单位", "完成时限"])
    {'number': 0, 'task': 1, 'lead': 2, 'deadline': 3}
"""

from __future__ import annotations

import re

from govplan.text.fold import fold

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
