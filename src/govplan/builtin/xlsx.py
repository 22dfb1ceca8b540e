"""The Excel task ledger (任务分工台账) a legal-affairs office uses to carry out a plan.

Sheets: 任务清单 (one row per task, subtasks included, in reading order), 指标 (every metric, a section's
own ones too), 单位分工, 文件信息, and 长文本 when a text is longer than an Excel cell holds. Every text
is written as text, never as a formula, and the same Plan always gives the same bytes.

    >>> from govplan.model import Plan, Task
    >>> dump(Plan(title="示例", tasks=(Task(text="=1+1"),)))[:2]
    b'PK'
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from typing import Any

import attrs
import xlsxwriter

from govplan.format import Format
from govplan.hookspecs import hookimpl
from govplan.model import Comparator, Deadline, Metric, MetricKind, Plan, Recurrence, Role, Section, Task

EXCEL_CELL_LIMIT = 32_767
# A cell keeps this much of an over-long text, then points to where the whole text is.
_KEEP = 32_000
_FIXED_TIME = dt.datetime(2000, 1, 1)
_FONT = "SimSun"
STATUSES = ("未开始", "推进中", "已完成", "已逾期")

TASK_COLUMNS: tuple[tuple[str, int], ...] = (
    ("序号", 12),
    ("任务编号", 11),
    ("所属部分", 22),
    ("任务", 30),
    ("具体内容", 50),
    ("牵头领导", 10),
    ("牵头单位", 18),
    ("责任单位", 18),
    ("配合单位", 22),
    ("承办单位", 18),
    ("完成时限", 14),
    ("指标", 26),
    ("原文出处", 11),
    ("进展情况", 24),
    ("状态", 9),
    ("备注", 16),
)
_ROLE_COLUMN = {
    Role.LEAD: "牵头单位",
    Role.RESPONSIBLE: "责任单位",
    Role.SUPPORT: "配合单位",
    Role.UNDERTAKE: "承办单位",
}
_ROLE_NAME = {Role.LEAD: "牵头", Role.RESPONSIBLE: "责任", Role.SUPPORT: "配合", Role.UNDERTAKE: "承办"}
_RECURRENCE_NAME = {Recurrence.YEARLY: "每年", Recurrence.QUARTERLY: "每季度", Recurrence.MONTHLY: "每月"}
_KIND_NAME = {MetricKind.TARGET: "目标", MetricKind.ACHIEVED: "完成"}
_COMPARATOR_SIGN = {
    Comparator.GE: "≥",
    Comparator.LE: "≤",
    Comparator.EQ: "=",
    Comparator.GT: ">",
    Comparator.LT: "<",
    Comparator.APPROX: "≈",
}


@attrs.frozen
class LedgerRow:
    """One task of the ledger with where it stands in the plan."""

    number: str  # 二.(一).1
    task_id: str
    part: str  # section titles from the top
    task: Task


def _own_number(label: str | None, place: int) -> str:
    """A task's or section's own part of its number: its label's numeral, or #place without one."""
    return (label or "").strip().rstrip("、.．,，:： ") or f"#{place}"


def ledger_rows(plan: Plan) -> list[LedgerRow]:
    """Every task in reading order with its hierarchical number and a stable id.

    >>> from govplan.model import Plan, Section, Task
    >>> plan = Plan(sections=(Section(label="二、", title="任务", sections=(
    ...     Section(label="(一)", title="甲", tasks=(Task(label="1.", text="x"),)),)),))
    >>> [r.number for r in ledger_rows(plan)]
    ['二.(一).1']
    """
    rows: list[LedgerRow] = []

    def add_task(task: Task, own: str, prefix: list[str], part: list[str]) -> None:
        number = ".".join([*prefix, own])
        # The id depends on where the task stands and what it says, not on row order, so a ledger
        # exported again after an unrelated edit keeps its ids.
        digest = hashlib.sha1(f"{number}\n{task.title}\n{task.text}".encode()).hexdigest()[:8]
        rows.append(LedgerRow(number, f"T{digest.upper()}", " / ".join(part), task))
        for i, sub in enumerate(task.subtasks, start=1):
            add_task(sub, _own_number(sub.label, i), [*prefix, own], part)

    def walk(children: tuple[Task | Section, ...], prefix: list[str], part: list[str]) -> None:
        for child, own in _numbered(children):
            if isinstance(child, Task):
                add_task(child, own, prefix, part)
            else:
                walk(child.children(), [*prefix, own], [*part, child.title])

    walk(plan.children(), [], [])
    return rows


def _numbered(children: tuple[Task | Section, ...]) -> Iterator[tuple[Task | Section, str]]:
    """Each task or section with its own number: its label's, else its place among those of its kind."""
    counts = {Task: 0, Section: 0}
    for child in children:
        counts[type(child)] += 1
        yield child, _own_number(child.label, counts[type(child)])


def metric_rows(plan: Plan, rows: list[LedgerRow]) -> list[tuple[str, str, Metric]]:
    """(任务编号, 序号, metric) in reading order. A section's own metrics (the targets of a goal part, the
    rows of an indicator table) come before its tasks' and carry no task id.

    >>> from govplan.model import Metric, Plan, Section
    >>> plan = Plan(sections=(Section(label="一、", title="目标", metrics=(Metric(value=95, unit="%"),)),))
    >>> [(task_id, number) for task_id, number, _ in metric_rows(plan, ledger_rows(plan))]
    [('', '一')]
    """
    by_task = {id(r.task): r for r in rows}
    out: list[tuple[str, str, Metric]] = []

    def add_task(task: Task) -> None:
        row = by_task[id(task)]
        out.extend((row.task_id, row.number, m) for m in task.metrics)
        for sub in task.subtasks:
            add_task(sub)

    def walk(children: tuple[Task | Section, ...], prefix: list[str]) -> None:
        for child, own in _numbered(children):
            if isinstance(child, Task):
                add_task(child)
            else:
                path = [*prefix, own]
                out.extend(("", ".".join(path), m) for m in child.metrics)
                walk(child.children(), path)

    walk(plan.children(), [])
    return out


def metric_text(m: Metric) -> str:
    """A metric as a reader writes it: 涉法涉诉信访办结率 ≥ 95 %."""
    value = format(m.value, "f")
    return " ".join(p for p in (m.subject or "", _COMPARATOR_SIGN[m.comparator], value + (m.unit or "")) if p)


def deadline_text(d: Deadline) -> str:
    if d.recurrence is not None:
        return f"{d.text}（{_RECURRENCE_NAME[d.recurrence]}）"
    return d.text


def _source_text(task: Task) -> str:
    if task.span is None:
        return ""
    if task.span.end_line != task.span.line:
        return f"第{task.span.line}–{task.span.end_line}行"
    return f"第{task.span.line}行"


class _Writer:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.buffer = io.BytesIO()
        self.book = xlsxwriter.Workbook(
            self.buffer,
            {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
        )
        self.book.set_properties({"title": plan.title, "created": _FIXED_TIME, "comments": "govplan"})
        base = {"font_name": _FONT, "font_size": 10, "valign": "top", "text_wrap": True, "border": 1}
        self.header = self.book.add_format({**base, "bold": True, "bg_color": "#D9E1F2", "align": "center"})
        self.cell = self.book.add_format(base)
        self.date = self.book.add_format({**base, "num_format": "yyyy-mm-dd"})
        self.long_texts: list[tuple[str, str]] = []  # (where, full text)

    # every text goes through here: never a formula, never silently cut
    def text(self, sheet: Any, row: int, col: int, value: str, *where: str) -> None:
        """Write ``value``; ``where`` names the cell for the 长文本 sheet (joined only when needed)."""
        if len(value) > EXCEL_CELL_LIMIT:
            self.long_texts.append((" ".join(where), value))
            value = value[:_KEEP] + f"……（全文见「长文本」表第{len(self.long_texts) + 1}行）"
        sheet.write_string(row, col, value, self.cell)

    def sheet(self, name: str, columns: tuple[tuple[str, int], ...]) -> Any:
        sheet = self.book.add_worksheet(name)
        for col, (title, width) in enumerate(columns):
            sheet.write_string(0, col, title, self.header)
            sheet.set_column(col, col, width, self.cell)  # empty cells take the column's format
        sheet.freeze_panes(1, 0)
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
        sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        return sheet

    def write(self) -> bytes:
        rows = ledger_rows(self.plan)
        self.tasks_sheet(rows)
        self.metrics_sheet(metric_rows(self.plan, rows))
        self.units_sheet(rows)
        self.info_sheet()
        if self.long_texts:
            self.long_sheet()
        self.book.close()
        return self.buffer.getvalue()

    def tasks_sheet(self, rows: list[LedgerRow]) -> None:
        sheet = self.sheet("任务清单", TASK_COLUMNS)
        names = [c for c, _ in TASK_COLUMNS]
        for r, row in enumerate(rows, start=1):
            t = row.task
            by_role: dict[str, list[str]] = {}
            for resp in t.responsibilities:
                by_role.setdefault(_ROLE_COLUMN[resp.role], []).append(resp.unit)
            leaders = sorted({resp.leader for resp in t.responsibilities if resp.leader})
            values = {
                "序号": row.number,
                "任务编号": row.task_id,
                "所属部分": row.part,
                "任务": t.title or "",
                "具体内容": t.text,
                "牵头领导": "、".join(leaders),
                **{col: "、".join(units) for col, units in by_role.items()},
                "指标": "；".join(metric_text(m) for m in t.metrics),
                "原文出处": _source_text(t),
            }
            sheet.set_row(r, _row_height(values, TASK_COLUMNS))
            for c, name in enumerate(names):
                if name == "完成时限":
                    self.deadline_cell(sheet, r, c, t.deadlines, row.number)
                elif values.get(name):
                    self.text(sheet, r, c, values[name], "任务清单", row.number, name)
        last = max(len(rows), 1)
        status = names.index("状态")
        sheet.data_validation(1, status, last, status, {"validate": "list", "source": list(STATUSES)})
        sheet.autofilter(0, 0, last, len(names) - 1)

    def deadline_cell(self, sheet: Any, r: int, c: int, deadlines: tuple[Deadline, ...], number: str) -> None:
        if len(deadlines) == 1 and deadlines[0].date is not None:
            d = deadlines[0].date
            sheet.write_datetime(r, c, dt.datetime(d.year, d.month, d.day), self.date)
        elif deadlines:
            parts = [f"{d.date.isoformat()}（{d.text}）" if d.date else deadline_text(d) for d in deadlines]
            self.text(sheet, r, c, "；".join(parts), "任务清单", number, "完成时限")

    def metrics_sheet(self, entries: list[tuple[str, str, Metric]]) -> None:
        columns = (
            ("任务编号", 11),
            ("序号", 12),
            ("指标对象", 30),
            ("比较", 6),
            ("数值", 10),
            ("单位", 8),
            ("类型", 6),
            ("原文", 40),
            ("属性", 8),
        )
        sheet = self.sheet("指标", columns)
        r = 0
        for task_id, number, m in entries:
            r += 1
            values = [task_id, number, m.subject or "", _COMPARATOR_SIGN[m.comparator]]
            for c, v in enumerate(values):
                self.text(sheet, r, c, v, "指标", f"第{r + 1}行")
            # A number cell keeps the figure usable in formulas; exact digits stay in 原文.
            sheet.write_number(r, 4, float(m.value), self.cell)
            self.text(sheet, r, 5, m.unit, "指标", f"第{r + 1}行")
            self.text(sheet, r, 6, _KIND_NAME[m.kind], "指标", f"第{r + 1}行")
            self.text(sheet, r, 7, m.text, "指标", f"第{r + 1}行")
            self.text(sheet, r, 8, m.nature or "", "指标", f"第{r + 1}行")
        sheet.autofilter(0, 0, max(r, 1), len(columns) - 1)

    def units_sheet(self, rows: list[LedgerRow]) -> None:
        columns = (
            ("单位", 24),
            ("角色", 6),
            ("牵头领导", 10),
            ("序号", 12),
            ("任务编号", 11),
            ("任务", 40),
            ("完成时限", 18),
        )
        sheet = self.sheet("单位分工", columns)
        r = 0
        for row in rows:
            t = row.task
            for resp in t.responsibilities:
                r += 1
                values = [
                    resp.unit,
                    _ROLE_NAME[resp.role],
                    resp.leader or "",
                    row.number,
                    row.task_id,
                    t.title or t.text[:60],
                    "；".join(deadline_text(d) for d in t.deadlines),
                ]
                for c, v in enumerate(values):
                    self.text(sheet, r, c, v, "单位分工", f"第{r + 1}行")
        sheet.autofilter(0, 0, max(r, 1), len(columns) - 1)

    def info_sheet(self) -> None:
        p = self.plan
        sheet = self.sheet("文件信息", (("项目", 14), ("内容", 90)))
        period = ""
        if p.period is not None:
            period = f"{p.period.start or ''}—{p.period.end or ''}"
        source = ""
        if p.source is not None:
            source = " ".join(x for x in (p.source.name, p.source.format, p.source.sha256) if x)
        items = [
            ("标题", p.title),
            ("文种", p.doc_type or ""),
            ("发文机关", "、".join(p.issuers)),
            ("发文字号", p.doc_number or ""),
            ("成文日期", p.date.isoformat() if p.date else ""),
            ("发布时间", p.published.isoformat(sep=" ") if p.published else ""),
            ("索引号", p.index_number or ""),
            ("有效性", p.validity or ""),
            ("规划期", period),
            ("主送机关", "、".join(p.addressees)),
            (
                "引用文件",
                "\n".join(f"《{r.title}》" + (f"（{r.doc_number}）" if r.doc_number else "") for r in p.references),
            ),
            ("来源", source),
            ("诊断", "\n".join(f"第{d.line}行：{d.message}" if d.line else d.message for d in p.diagnostics)),
        ]
        for r, (key, value) in enumerate(items, start=1):
            self.text(sheet, r, 0, key, "文件信息", key)
            self.text(sheet, r, 1, value, "文件信息", key)

    def long_sheet(self) -> None:
        sheet = self.sheet("长文本", (("位置", 24), ("全文（按单元格续接）", 80)))
        for r, (where, value) in enumerate(self.long_texts, start=1):
            sheet.write_string(r, 0, where, self.cell)
            for k, chunk in enumerate(_chunks(value, EXCEL_CELL_LIMIT)):
                sheet.write_string(r, 1 + k, chunk, self.cell)


def _display_width(text: str) -> int:
    # A CJK character takes about two character widths of a column, an ASCII one one.
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def _row_height(values: dict[str, str], columns: tuple[tuple[str, int], ...]) -> float:
    """A height that shows every wrapped line: xlsxwriter does not size rows, and viewers do not either."""
    lines = 1
    for name, width in columns:
        text = values.get(name) or ""
        for para in text.split("\n"):
            lines = max(lines, -(-_display_width(para) // max(width - 1, 1)))
    return min(13.5 * lines + 2, 409)  # 409 points is Excel's largest row height


def _chunks(text: str, size: int) -> Iterator[str]:
    for i in range(0, len(text), size):
        yield text[i : i + size]


def dump(plan: Plan) -> bytes:
    """The plan's task ledger as an .xlsx workbook."""
    return _Writer(plan).write()


@hookimpl
def govplan_formats() -> list[Format]:
    return [
        Format(
            name="xlsx",
            extensions=(".xlsx",),
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            description="Excel task ledger (任务分工台账)",
            dump=dump,
        )
    ]
