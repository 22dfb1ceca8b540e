from __future__ import annotations

import attrs
import pytest

from govplan import Plan, Responsibility, Role, Section, Task, parse_doc_number


def _plan() -> Plan:
    lead = Responsibility("市司法局", Role.RESPONSIBLE)
    support = Responsibility("市财政局", Role.SUPPORT)
    sub = Task(text="子任务", responsibilities=(support,))
    return Plan(
        title="示例",
        tasks=(Task(text="前言任务"),),
        sections=(
            Section(
                title="一",
                tasks=(Task(text="甲", responsibilities=(lead,), subtasks=(sub,)),),
                sections=(Section(title="二", tasks=(Task(text="乙", responsibilities=(lead, support)),)),),
            ),
        ),
    )


def test_iter_tasks_is_depth_first_in_reading_order() -> None:
    assert [t.text for t in _plan().iter_tasks()] == ["前言任务", "甲", "子任务", "乙"]


# a part whose items are a task, a section of items and a task in turn
MIXED = (
    "某县2024年工作要点\n一、重点任务\n（一）加强执法监督。（责任单位：县司法局）\n（二）推进政务公开。\n"
    "1.开展清理整合。（责任单位：县政府办）\n2.健全监管机制。（责任单位：县数据局）\n（三）强化复议应诉。（责任单位：县司法局）\n"
)


def test_tasks_and_sections_that_stand_in_turn_are_read_in_turn() -> None:
    import govplan

    plan = govplan.loads(MIXED, "text")
    (part,) = plan.sections
    assert [c.label for c in part.children()] == ["（一）", "（二）", "（三）"]
    assert [t.label for t in plan.iter_tasks()] == ["（一）", "1.", "2.", "（三）"]
    # as read back from JSON, whose lists keep tasks and sections apart
    again = govplan.loads(govplan.dumps(plan, "json"), "json")
    assert [t.label for t in again.iter_tasks()] == ["（一）", "1.", "2.", "（三）"]


def test_a_model_built_without_spans_lists_its_tasks_first() -> None:
    section = Section(tasks=(Task(text="甲"),), sections=(Section(title="乙"),))
    assert [type(c).__name__ for c in section.children()] == ["Task", "Section"]


def test_tasks_for_unit_and_role() -> None:
    plan = _plan()
    assert [t.text for t in plan.tasks_for("市财政局")] == ["子任务", "乙"]
    assert [t.text for t in plan.tasks_for("市司法局", Role.SUPPORT)] == []
    assert [t.text for t in plan.tasks_for("市司法局", Role.RESPONSIBLE)] == ["甲", "乙"]


def test_model_is_frozen_and_edited_with_evolve() -> None:
    plan = _plan()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        plan.title = "x"  # type: ignore[misc]
    assert attrs.evolve(plan, title="新").title == "新"
    assert plan.title == "示例"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("淮政〔2022〕45号", ("淮政", 2022, 45)),
        ("中发[2015]36号", ("中发", 2015, 36)),
        ("阜政办发﹝2016﹞23號", ("阜政办发", 2016, 23)),
        ("国办发〔2021〕 7号", ("国办发", 2021, 7)),
    ],
)
def test_doc_number_parts(text: str, parts: tuple[str, int, int]) -> None:
    parsed = Plan(doc_number=text).doc_number_parts
    assert parsed is not None
    assert (parsed.agency, parsed.year, parsed.serial) == parts


def test_doc_number_that_is_not_one() -> None:
    assert parse_doc_number("第三章") is None
    assert Plan().doc_number_parts is None
