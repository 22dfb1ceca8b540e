from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import govplan
from govplan import Deadline, Metric, Plan, Recurrence, Responsibility, Role, Section, Task
from govplan.builtin.xlsx import EXCEL_CELL_LIMIT, STATUSES, TASK_COLUMNS
from tests.conftest import FIXTURES


def _book(plan: Plan) -> Any:
    return openpyxl.load_workbook(io.BytesIO(govplan.dumps(plan, "xlsx")))


def _rows(sheet: Any) -> list[dict[str, Any]]:
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def test_task_ledger_of_a_plan() -> None:
    plan = govplan.load(FIXTURES / "notice_plan.txt")
    book = _book(plan)
    assert book.sheetnames == ["任务清单", "指标", "单位分工", "文件信息"]
    rows = _rows(book["任务清单"])
    assert list(rows[0]) == [c for c, _ in TASK_COLUMNS]
    assert len(rows) == len(list(plan.iter_tasks()))
    first = rows[0]
    assert first["序号"] == "二.(一).1"
    assert first["所属部分"] == "重点任务 / 提升政务服务效能"
    assert first["任务"] == "2023年底前实现政务服务事项“一网通办”"
    assert first["责任单位"] == "市数据资源局"
    assert first["配合单位"] == "市政府各部门、各县区人民政府"
    assert first["完成时限"] == dt.datetime(2023, 12, 31)
    assert first["原文出处"] == "第19行"
    by_number = {r["序号"]: r for r in rows}
    assert by_number["二.(一).3"]["牵头单位"] == "市政府办公室"
    assert by_number["二.(一).3"]["承办单位"] == "市数据资源局"
    assert by_number["二.(一).3"]["完成时限"] == "每年2月底前（每年）；每季度（每季度）"
    assert (
        by_number["二.(一).2"]["指标"]
        == "工程建设项目审批时间 ≤ 60个工作日；审批材料精简率 ≥ 30%；审批材料精简率 ≥ 40%"
    )
    assert by_number["二.(二).5.(2)"]["牵头单位"] == "市发展改革委、市市场监管局"  # inherited from the block note
    assert [r["进展情况"] for r in rows] == [None] * len(rows)


def test_the_ledger_lists_tasks_in_reading_order_where_sections_stand_between_them() -> None:
    from tests.test_model import MIXED

    rows = _rows(_book(govplan.loads(MIXED, "text"))["任务清单"])
    assert [r["序号"] for r in rows] == ["一.（一）", "一.（二）.1", "一.（二）.2", "一.（三）"]


def test_task_ids_are_stable_across_exports() -> None:
    plan = govplan.load(FIXTURES / "notice_plan.txt")
    ids = [r["任务编号"] for r in _rows(_book(plan)["任务清单"])]
    again = [r["任务编号"] for r in _rows(_book(govplan.load(FIXTURES / "notice_plan.txt"))["任务清单"])]
    assert ids == again and len(set(ids)) == len(ids)
    assert all(i.startswith("T") and len(i) == 9 for i in ids)


def test_metrics_units_and_info_sheets() -> None:
    plan = govplan.load(FIXTURES / "report.txt")
    book = _book(plan)
    metrics = _rows(book["指标"])
    assert metrics[0]["数值"] == 48 and metrics[0]["单位"] == "项" and metrics[0]["类型"] == "完成"
    assert metrics[1]["比较"] == "≥" and metrics[1]["数值"] == 92.5
    info = {r["项目"]: r["内容"] for r in _rows(book["文件信息"])}
    assert info["标题"] == "东林区人民政府2018年法治政府建设情况的报告"
    assert info["成文日期"] == "2019-01-28" and info["发文机关"] == "东林区人民政府"
    units = _rows(_book(govplan.load(FIXTURES / "notice_plan.txt"))["单位分工"])
    assert any(u["单位"] == "市司法局" and u["角色"] == "责任" and u["序号"] == "二.(二).4" for u in units)
    assert all(u["角色"] in ("牵头", "责任", "配合", "承办") for u in units)


def test_looks_right_when_opened_and_printed() -> None:
    sheet = _book(govplan.load(FIXTURES / "notice_plan.txt"))["任务清单"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:P")
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    # fit to one page wide (1 is the file format's default, so it may be left out), any number tall
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$1:$1"
    assert sheet["A1"].font.b and sheet["A1"].font.name == "SimSun"
    assert sheet["E2"].alignment.wrap_text
    assert sheet.column_dimensions["E"].width > sheet.column_dimensions["A"].width
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list" and validation.formula1 == '"' + ",".join(STATUSES) + '"'
    assert "O2" in validation.sqref


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "=1+1"])
def test_formula_looking_text_is_written_as_text(text: str) -> None:
    plan = Plan(title=text, tasks=(Task(text=text, title=text, responsibilities=(Responsibility(text, Role.LEAD),)),))
    book = _book(plan)
    row = _rows(book["任务清单"])[0]
    assert row["任务"] == text and row["具体内容"] == text and row["牵头单位"] == text
    assert book["任务清单"]["D2"].data_type == "s"


def test_over_long_text_is_kept_whole_elsewhere() -> None:
    long = "长" * (EXCEL_CELL_LIMIT + 5000)
    book = _book(Plan(tasks=(Task(text=long),)))
    cell = _rows(book["任务清单"])[0]["具体内容"]
    assert len(cell) <= EXCEL_CELL_LIMIT and "长文本" in cell
    (kept,) = list(book["长文本"].iter_rows(min_row=2, values_only=True))
    assert kept[0] == "任务清单 #1 具体内容"
    assert "".join(v for v in kept[1:] if v) == long


def test_output_is_deterministic() -> None:
    plan = govplan.load(FIXTURES / "notice_plan.txt")
    assert govplan.dumps(plan, "xlsx") == govplan.dumps(govplan.load(FIXTURES / "notice_plan.txt"), "xlsx")


def test_dates_and_recurrences() -> None:
    task = Task(
        text="x",
        deadlines=(Deadline("2023年底前", dt.date(2023, 12, 31)), Deadline("每年2月底前", None, Recurrence.YEARLY)),
        metrics=(Metric(Decimal("95"), unit="%", subject="办结率"),),
    )
    row = _rows(_book(Plan(sections=(Section(label="一、", title="任务", tasks=(task,)),)))["任务清单"])[0]
    assert row["完成时限"] == "2023-12-31（2023年底前）；每年2月底前（每年）"
    assert row["序号"] == "一.#1" and row["指标"] == "办结率 = 95%"


def test_cli_writes_a_ledger(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from govplan.cli import main

    out = tmp_path / "ledger.xlsx"
    result = CliRunner().invoke(main, ["convert", str(FIXTURES / "web_page_plan.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(out).sheetnames[0] == "任务清单"


def test_xlsx_cannot_be_read_back() -> None:
    with pytest.raises(govplan.FormatError, match="can write plans but not read"):
        govplan.loads(b"PK", "xlsx")


def test_a_sections_own_metrics_are_in_the_ledger() -> None:
    # a 规划's targets stand in its goal part and indicator table, not in any task: they are listed
    # too, in reading order, with no task id and with the section's number
    metrics = _rows(_book(govplan.load(FIXTURES / "plan_indicators.txt"))["指标"])
    assert [(m["任务编号"], m["序号"], m["指标对象"], m["类型"]) for m in metrics[:2]] == [
        ("", "第一章", "全市行政复议纠错率", "完成"),
        ("", "第一章", "行政机关负责人出庭应诉率", "完成"),
    ]
    table = [m for m in metrics if m["属性"]]
    assert [(m["序号"], m["指标对象"], m["比较"], m["数值"], m["属性"]) for m in table] == [
        ("第二章.第一节.专栏1", "行政机关负责人出庭应诉率", "=", 100, "约束性"),
        ("第二章.第一节.专栏1", "行政复议案件办结率", "≥", 98, "预期性"),
        ("第二章.第一节.专栏1", "政务服务事项网上可办率", "≥", 95, "预期性"),
    ]
    assert metrics[-1]["任务编号"] and metrics[-1]["指标对象"] == "清单事项精简率"
