from __future__ import annotations

from pathlib import Path

import govplan
from govplan import plugins

PLAN = "某县工作方案\n一、主要任务\n(一)完善制度\n1. 2024年底前完成清理。(牵头单位:县司法局;配合单位:县财政局)\n"


def test_found_through_its_entry_point() -> None:
    fmt = plugins.get_format("markdown")
    assert fmt.plugin == "govplan-markdown" and fmt.can_dump and not fmt.can_load


def test_writes_the_outline_with_units(tmp_path: Path) -> None:
    plan = govplan.loads(PLAN, "text")
    out = tmp_path / "plan.md"
    govplan.dump(plan, out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 某县工作方案\n")
    assert "## 一、主要任务" in text and "### (一)完善制度" in text
    assert "- 1. 2024年底前完成清理" in text
    assert "  - 牵头：县司法局" in text and "  - 配合：县财政局" in text
    assert "  - 时限：2024年底前（2024-12-31）" in text


def test_writes_the_preamble_and_the_closing_around_the_outline() -> None:
    text = "某县工作方案\n为推进依法行政，制定本方案。\n" + PLAN.split("\n", 1)[1] + "各部门要于年底前报送落实情况。\n"
    md = govplan.dumps(govplan.loads(text, "text"), "markdown").decode()
    assert md.index("为推进依法行政，制定本方案。") < md.index("## 一、主要任务")
    assert md.rstrip().endswith("各部门要于年底前报送落实情况。")


def test_items_that_are_tasks_and_sections_in_turn_are_written_in_turn() -> None:
    text = (
        "某县工作要点\n一、重点任务\n（一）加强执法监督。（责任单位：县司法局）\n（二）推进政务公开。\n"
        "1.开展清理整合。（责任单位：县政府办）\n（三）强化复议应诉。（责任单位：县司法局）\n"
    )
    md = govplan.dumps(govplan.loads(text, "text"), "markdown").decode()
    assert (
        md.index("加强执法监督")
        < md.index("### （二）推进政务公开")
        < md.index("开展清理整合")
        < md.index("强化复议应诉")
    )
