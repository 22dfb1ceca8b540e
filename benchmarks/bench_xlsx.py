"""A 1,000-task ledger written by govplan, as a ratio to a bare xlsxwriter loop writing the same rows.

python benchmarks/bench_xlsx.py        # goal: ratio <= 1.5
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import xlsxwriter
from _timing import best_of_each  # benchmarks/ is on sys.path when a script runs

import govplan
from govplan import Deadline, Metric, Plan, Responsibility, Role, Section, Task
from govplan.builtin.xlsx import ledger_rows


def make_plan(n: int = 1000) -> Plan:
    tasks = tuple(
        Task(
            label=f"{i}.",
            title=f"第{i}项任务：完善行政规范性文件动态清理机制",
            text="推进政务服务标准化规范化便利化，建立健全工作机制。" * 3,
            responsibilities=(Responsibility("市司法局", Role.RESPONSIBLE), Responsibility("市财政局", Role.SUPPORT)),
            metrics=(Metric(Decimal("95"), unit="%", subject="办结率"),),
            deadlines=(Deadline("2023年底前", dt.date(2023, 12, 31)),),
        )
        for i in range(1, n + 1)
    )
    return Plan(title="基准方案", sections=(Section(label="一、", title="主要任务", tasks=tasks),))


def bare(plan: Plan) -> bytes:
    """The same cells with nothing but xlsxwriter calls: the floor to compare with."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    sheet = book.add_worksheet("任务清单")
    for r, row in enumerate(ledger_rows(plan), start=1):
        t = row.task
        for c, v in enumerate(
            [
                row.number,
                row.task_id,
                row.part,
                t.title or "",
                t.text,
                "",
                "",
                t.responsibilities[0].unit,
                t.responsibilities[1].unit,
                "",
                "2023-12-31",
                "办结率 = 95%",
                "第1行",
                "",
                "",
                "",
            ]
        ):
            sheet.write_string(r, c, v)
    metrics = book.add_worksheet("指标")
    units = book.add_worksheet("单位分工")
    for r, row in enumerate(ledger_rows(plan), start=1):
        for c, v in enumerate([row.task_id, row.number, "办结率", "=", "95", "%", "目标", "办结率达95%"]):
            metrics.write_string(r, c, v)
        for k, resp in enumerate(row.task.responsibilities):
            for c, v in enumerate([resp.unit, "责任", "", row.number, row.task_id, row.task.title or "", "2023年底前"]):
                units.write_string(2 * r + k, c, v)
    book.close()
    return buf.getvalue()


def main() -> None:
    plan = make_plan()
    t_govplan, t_bare = best_of_each([lambda: govplan.dumps(plan, "xlsx"), lambda: bare(plan)], repeat=15)
    print(f"govplan ledger (1,000 tasks) {t_govplan * 1000:8.1f} ms")
    print(f"bare xlsxwriter loop         {t_bare * 1000:8.1f} ms")
    print(f"ratio                        {t_govplan / t_bare:8.2f} x   (goal <= 1.5)")


if __name__ == "__main__":
    main()
