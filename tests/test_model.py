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
