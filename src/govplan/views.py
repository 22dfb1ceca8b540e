"""Plans for people at a terminal: an outline tree, and counts across plans.

>>> from govplan.model import Plan, Section, Task, Responsibility, Role
>>> plan = Plan(title="示例", sections=(Section(label="一、", title="任务", tasks=(
...     Task(label="1.", title="做好工作", responsibilities=(Responsibility("县司法局", Role.LEAD),)),)),))
>>> print(outline(plan))
示例
一、任务
  1. 做好工作
     牵头: 县司法局
"""

from __future__ import annotations

import collections
import unicodedata
from collections.abc import Iterable, Iterator

import attrs

from govplan.model import Metric, Plan, Role, Section, Task
from govplan.text.fold import fold

ROLE_NAMES = {Role.LEAD: "牵头", Role.RESPONSIBLE: "责任", Role.SUPPORT: "配合", Role.UNDERTAKE: "承办"}
_SIGN = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<", "≈": "≈"}


def _metric(m: Metric) -> str:
    return " ".join(p for p in ("指标:", m.subject or "", _SIGN[m.comparator.value], f"{m.value}{m.unit}") if p)


def _has_unit(task: Task, unit: str) -> bool:
    want = fold(unit)
    return any(fold(r.unit) == want or (r.canonical and fold(r.canonical) == want) for r in task.responsibilities)


def _task_lines(task: Task, indent: str, unit: str | None) -> Iterator[str]:
    subtasks = [line for sub in task.subtasks for line in _task_lines(sub, indent + "  ", unit)]
    if unit is not None and not _has_unit(task, unit) and not subtasks:
        return
    head = task.title or task.text.split("\n")[0]
    yield f"{indent}{task.label + ' ' if task.label else '· '}{head}"
    pad = indent + "   "
    roles = collections.defaultdict(list)
    for r in task.responsibilities:
        roles[r.role].append(r.unit + (f"（{r.leader}）" if r.leader else ""))
    if roles:
        yield pad + "  ".join(f"{ROLE_NAMES[role]}: {'、'.join(units)}" for role, units in roles.items())
    for d in task.deadlines:
        when = d.date.isoformat() if d.date else (d.recurrence.value if d.recurrence else "日期未定")
        yield f"{pad}时限: {d.text} → {when}"
    for m in task.metrics:
        yield pad + _metric(m)
    yield from subtasks


def _section_lines(section: Section, indent: str, unit: str | None) -> Iterator[str]:
    body = [line for child in section.children() for line in _lines(child, indent + "  ", unit)]
    if unit is not None and not body:
        return
    yield f"{indent}{section.label or ''}{section.title}"
    if unit is None:
        for m in section.metrics:
            yield indent + "   " + _metric(m)
        for d in section.deadlines:
            yield f"{indent}   时限: {d.text} → {d.date.isoformat() if d.date else '日期未定'}"
    yield from body


def _lines(child: Task | Section, indent: str, unit: str | None) -> Iterator[str]:
    return _task_lines(child, indent, unit) if isinstance(child, Task) else _section_lines(child, indent, unit)


def outline(plan: Plan, unit: str | None = None) -> str:
    """The plan as an indented tree: sections, tasks with their units, deadlines and metrics.

    With ``unit``, only the tasks that name that unit (as written or canonical, either script).
    """
    facts = [
        plan.doc_type or "",
        "、".join(plan.issuers),
        plan.doc_number or "",
        plan.date.isoformat() if plan.date else "",
    ]
    lines = [plan.title or "（无标题）"]
    if any(facts):
        lines.append("  ".join(f for f in facts if f))
    for child in plan.children():
        lines.extend(_lines(child, "", unit))
    if unit is None and plan.diagnostics:
        lines.append("诊断:")
        lines.extend(f"  第{d.line}行: {d.message}" if d.line else f"  {d.message}" for d in plan.diagnostics)
    return "\n".join(lines)


@attrs.frozen
class Stats:
    """Counts over one or more plans."""

    plans: int
    tasks: int
    by_unit: dict[str, dict[str, int]]  # unit → role → tasks
    deadlines_by_year: dict[str, int]  # "2023", "每年" (recurring), "未定"
    metrics_by_kind: dict[str, int]


def stats(plans: Iterable[Plan]) -> Stats:
    """Tasks per unit and role, deadlines per year and metrics per kind, over all ``plans``."""
    n_plans = n_tasks = 0
    by_unit: dict[str, dict[str, int]] = collections.defaultdict(lambda: collections.Counter())
    years: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    for plan in plans:
        n_plans += 1
        for task in plan.iter_tasks():
            n_tasks += 1
            for r in task.responsibilities:
                by_unit[r.canonical or r.unit][ROLE_NAMES[r.role]] += 1
            for d in task.deadlines:
                years[str(d.date.year) if d.date else ("周期" if d.recurrence else "未定")] += 1
            for m in task.metrics:
                kinds[m.kind.value] += 1
    return Stats(n_plans, n_tasks, {u: dict(c) for u, c in by_unit.items()}, dict(sorted(years.items())), dict(kinds))


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def table(header: list[str], rows: list[list[str]]) -> str:
    """A plain text table that lines up with Chinese text (wide characters count double)."""
    widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(r: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def stats_report(s: Stats) -> str:
    """:func:`stats` as three tables."""
    roles = list(ROLE_NAMES.values())
    units = sorted(s.by_unit.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    parts = [
        f"{s.plans} plan(s), {s.tasks} task(s)",
        "",
        table(
            ["单位", *roles, "合计"], [[u, *(str(c.get(r, 0)) for r in roles), str(sum(c.values()))] for u, c in units]
        ),
        "",
        table(["时限年份", "数量"], [[y, str(n)] for y, n in s.deadlines_by_year.items()]),
        "",
        table(["指标类型", "数量"], [[k, str(n)] for k, n in sorted(s.metrics_by_kind.items())]),
    ]
    return "\n".join(parts)
