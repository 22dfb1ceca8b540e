"""Markdown exporter for govplan: headings for sections, a list item per task with its units,
deadlines and metrics."""

from __future__ import annotations

import govplan
from govplan import Plan, Role, Section, Task

__version__ = "0.1.0"

_ROLE = {Role.LEAD: "牵头", Role.RESPONSIBLE: "责任", Role.SUPPORT: "配合", Role.UNDERTAKE: "承办"}


def _task(task: Task, depth: int, out: list[str]) -> None:
    head = " ".join(x for x in (task.label, task.title or task.text.split("\n")[0]) if x)
    out.append(f"{'  ' * depth}- {head}")
    pad = "  " * (depth + 1)
    for role in Role:
        units = [r.unit for r in task.responsibilities if r.role is role]
        if units:
            out.append(f"{pad}- {_ROLE[role]}：{'、'.join(units)}")
    for d in task.deadlines:
        out.append(f"{pad}- 时限：{d.text}" + (f"（{d.date.isoformat()}）" if d.date else ""))
    for m in task.metrics:
        out.append(f"{pad}- 指标：{m.subject or ''} {m.comparator.value} {m.value}{m.unit}".replace("  ", " "))
    for sub in task.subtasks:
        _task(sub, depth + 1, out)


def _section(section: Section, depth: int, out: list[str]) -> None:
    out += ["", f"{'#' * min(depth + 1, 6)} {section.label or ''}{section.title}".rstrip()]
    if section.text:
        out += ["", section.text]
    _children(section.children(), depth, out)


def _children(children: tuple[Task | Section, ...], depth: int, out: list[str]) -> None:
    """Tasks as lists and sections as headings one level below ``depth``, in reading order."""
    in_list = False
    for child in children:
        if isinstance(child, Task):
            if not in_list:
                out.append("")  # a list opens after a blank line
            _task(child, 0, out)
        else:
            _section(child, depth + 1, out)
        in_list = isinstance(child, Task)


def to_markdown(plan: Plan) -> str:
    """The plan as Markdown."""
    out = [f"# {plan.title or '（无标题）'}", ""]
    facts = [
        ("发文机关", "、".join(plan.issuers)),
        ("发文字号", plan.doc_number or ""),
        ("成文日期", plan.date.isoformat() if plan.date else ""),
    ]
    out += [f"- {k}：{v}" for k, v in facts if v]
    if plan.preamble:
        out += ["", plan.preamble]
    _children(plan.children(), 0, out)
    if plan.closing:  # the requirements after the last item, addressed to all
        out += ["", plan.closing]
    return "\n".join(out).strip() + "\n"


def dump(plan: Plan) -> bytes:
    return to_markdown(plan).encode("utf-8")


@govplan.hookimpl
def govplan_formats() -> list[govplan.Format]:
    return [
        govplan.Format(
            name="markdown",
            extensions=(".md", ".markdown"),
            media_type="text/markdown",
            description="the plan as a Markdown outline",
            dump=dump,
        )
    ]
