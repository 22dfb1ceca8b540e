"""The text importer on whole documents written in the styles real pages use, in both scripts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import govplan
from govplan import Comparator, MetricKind, Period, Plan, Recurrence, Section, Task
from govplan.text.fold import fold
from tests.conftest import FIXTURES

SCRIPTS = ["", ".trad"]


def _load(name: str, script: str) -> Plan:
    return govplan.load(FIXTURES / f"{name}{script}.txt")


def _f(s: str | None) -> str:
    return fold(s or "")


def _task(plan: Plan, label: str) -> Task:
    return next(t for t in plan.iter_tasks() if t.label == label)


def _all_text(plan: Plan) -> str:
    """The text of the plan's preamble, sections and tasks (titles too), folded."""
    texts = [plan.preamble, *(s.text for s in plan.iter_sections())]
    texts += [t.text + (t.title or "") for t in plan.iter_tasks()]
    return _f(" ".join(texts))


def _units(task: Task) -> list[tuple[str, str]]:
    return [(_f(r.unit), r.role.value) for r in task.responsibilities]


@pytest.mark.parametrize("script", SCRIPTS)
def test_notice_metadata(script: str) -> None:
    plan = _load("notice_plan", script)
    assert _f(plan.title) == "青川市优化营商环境攻坚行动计划(2023—2025年)"
    assert plan.doc_type == "行动计划"
    assert [_f(i) for i in plan.issuers] == ["青川市人民政府"]
    assert _f(plan.doc_number) == "青政[2023]18号"
    assert plan.date == dt.date(2023, 3, 15)
    assert plan.published == dt.datetime(2023, 3, 20, 9, 30)
    assert plan.index_number == "11340600MB1234567X/2023-00012"
    assert _f(plan.validity) == "有效"
    assert plan.period is not None and (plan.period.start, plan.period.end) == (2023, 2025)
    assert [_f(a) for a in plan.addressees] == ["各县、区人民政府", "市政府各部门、各直属机构"]
    assert [(_f(r.title), _f(r.doc_number) or None) for r in plan.references] == [
        ("优化营商环境条例", None),
        ("青川省优化营商环境行动方案", "青发[2022]9号"),
    ]


@pytest.mark.parametrize("script", SCRIPTS)
def test_notice_outline_levels_and_titles(script: str) -> None:
    plan = _load("notice_plan", script)
    outline = [(s.level, s.label, _f(s.title)) for s in plan.iter_sections()]
    assert outline[:3] == [(1, "一、", "总体目标"), (1, "二、", "重点任务"), (2, "(一)", "提升政务服务效能")]
    assert (1, "三、", "保障措施") in outline
    # the plan's title printed again under the notice is neither preamble nor a section
    preamble_lines = [_f(line) for line in plan.preamble.splitlines()]
    assert preamble_lines[0].startswith("现将《") and preamble_lines[1].startswith("为深入贯彻")
    assert "青川市优化营商环境攻坚" not in preamble_lines and "行动计划(2023—2025年)" not in preamble_lines


@pytest.mark.parametrize("script", SCRIPTS)
def test_responsibility_forms(script: str) -> None:
    plan = _load("notice_plan", script)
    assert _units(_task(plan, "1.")) == [
        ("市数据资源局", "responsible"),
        ("市政府各部门", "support"),
        ("各县区人民政府", "support"),
    ]
    assert _units(_task(plan, "2.")) == [("市住房城乡建设局", "lead"), ("市自然资源局", "support")]  # 等 dropped
    assert _units(_task(plan, "3.")) == [("市政府办公室", "lead"), ("市数据资源局", "undertake")]
    six = _task(plan, "6.")
    assert _units(six) == [("甲区政府", "lead"), ("乙区政府", "lead"), ("市直有关部门", "responsible")]
    assert _f(six.responsibilities[2].qualifier) == "按职责分工负责"
    assert six.responsibilities[2].collective and not six.responsibilities[0].collective


@pytest.mark.parametrize("script", SCRIPTS)
def test_block_note_is_inherited_by_each_item(script: str) -> None:
    plan = _load("notice_plan", script)
    for label in ("(1)", "(2)", "(3)"):
        task = _task(plan, label)
        assert _units(task) == [("市发展改革委", "lead"), ("市市场监管局", "lead")]
        assert all(r.inherited for r in task.responsibilities)


@pytest.mark.parametrize("script", SCRIPTS)
def test_metrics(script: str) -> None:
    plan = _load("notice_plan", script)
    two = _task(plan, "2.")
    assert [(m.comparator, m.value, _f(m.unit)) for m in two.metrics] == [
        (Comparator.LE, Decimal(60), "个工作日"),
        (Comparator.GE, Decimal(30), "%"),
        (Comparator.GE, Decimal(40), "%"),  # 分别达到30%、40%: two metrics, one subject
    ]
    assert _f(two.metrics[1].subject) == _f(two.metrics[2].subject) == "审批材料精简率"
    four = _task(plan, "4.")
    assert [(m.comparator, m.value, _f(m.unit)) for m in four.metrics] == [
        (Comparator.GE, Decimal(40), "学时"),
        (Comparator.GE, Decimal(1), "次"),
    ]
    goals = next(s for s in plan.iter_sections() if s.label == "一、")
    assert [(m.comparator, m.value) for m in goals.metrics] == [
        (Comparator.GE, Decimal(98)),
        (Comparator.LE, Decimal(1)),
        (Comparator.GE, Decimal(90)),
    ]
    assert all(m.kind is MetricKind.TARGET for m in goals.metrics)


@pytest.mark.parametrize("script", SCRIPTS)
def test_deadlines(script: str) -> None:
    plan = _load("notice_plan", script)
    assert [(d.date, d.recurrence) for d in _task(plan, "1.").deadlines] == [(dt.date(2023, 12, 31), None)]
    assert [(d.date, d.recurrence) for d in _task(plan, "3.").deadlines] == [
        (None, Recurrence.YEARLY),
        (None, Recurrence.QUARTERLY),
    ]
    assert [d.date for d in _task(plan, "6.").deadlines] == [dt.date(2024, 6, 30), dt.date(2025, 12, 31)]
    goals = next(s for s in plan.iter_sections() if s.label == "一、")
    assert [d.date for d in goals.deadlines] == [dt.date(2023, 12, 31), dt.date(2024, 12, 31)]


@pytest.mark.parametrize("script", SCRIPTS)
def test_sections_without_notes_are_not_tasks_in_a_noted_plan(script: str) -> None:
    plan = _load("notice_plan", script)
    safeguards = next(s for s in plan.sections if s.label == "三、")
    assert [s.label for s in safeguards.sections] == ["(一)", "(二)"] and not safeguards.tasks


@pytest.mark.parametrize("script", SCRIPTS)
def test_web_page_furniture_is_dropped(script: str) -> None:
    plan = _load("web_page_plan", script)
    everything = _f(govplan.dumps(plan, "json").decode())
    for junk in (
        "当前位置",
        "首 页 │",
        "版权为",
        "ICP备",
        "网备",
        "县委决策 >",
        "字号",
        "保护色",
        "相关文件",
        "上一条",
        "浏览量",
    ):
        assert junk not in everything
    assert _f(plan.title) == "石门县依法行政工作实施方案(2019—2021年)"
    assert plan.published == dt.datetime(2019, 5, 6, 10, 12, 30)
    assert plan.date is None  # the page's time is not the date of issue
    # the requirement after the last item is the plan's closing, not more of that item
    assert _f(plan.closing) == "各乡镇人民政府及县直各部门要结合实际制定具体实施方案。"


@pytest.mark.parametrize("script", SCRIPTS)
def test_paragraphs_with_their_own_notes_become_subtasks(script: str) -> None:
    plan = _load("web_page_plan", script)
    one = _task(plan, "1.")
    assert _f(one.title) == "深化行政审批制度改革" and not one.responsibilities
    assert [_units(t) for t in one.subtasks] == [
        [("县编办", "lead"), ("县政务服务中心", "lead")],
        [("县发改局", "lead")],
        [("县发改局", "lead"), ("县审改办", "lead")],
    ]
    assert _f(one.subtasks[0].text).startswith("持续精简行政审批事项")
    two = _task(plan, "2.")  # one noted paragraph: the item itself is the task
    assert not two.subtasks and _units(two) == [("县政府办公室", "lead"), ("各乡镇政府", "lead")]
    three = _task(plan, "3.")  # a heading running into its paragraph
    assert _f(three.title) == "加强规范性文件管理,2020年底前完成全面清理"
    assert [d.date for d in three.deadlines] == [dt.date(2020, 12, 31)]
    section = next(s for s in plan.iter_sections() if s.label == "三、")
    assert [t.label for t in section.tasks] == ["(一)"]
    assert _f(section.tasks[0].metrics[0].subject) == "考核权重"
    goal = next(s for s in plan.iter_sections() if s.label == "一、")
    assert [d.date for d in goal.deadlines] == [dt.date(2021, 12, 31)]


@pytest.mark.parametrize("script", SCRIPTS)
def test_report(script: str) -> None:
    plan = _load("report", script)
    assert plan.doc_type == "报告"
    assert [_f(i) for i in plan.issuers] == ["东林区人民政府"]
    assert plan.date == dt.date(2019, 1, 28)
    assert plan.period == Period(2018, 2018)  # the one year the title names: the year reported on
    assert plan.published == dt.date(2019, 2, 20) or plan.published == dt.datetime(2019, 2, 20)
    assert [_f(a) for a in plan.addressees] == ["市政府"]
    one = _task(plan, "1.")
    assert [(m.comparator, m.value, _f(m.unit), m.kind) for m in one.metrics] == [
        (Comparator.EQ, Decimal(48), "项", MetricKind.ACHIEVED),
        (Comparator.GE, Decimal("92.5"), "%", MetricKind.ACHIEVED),
        (Comparator.EQ, Decimal(1260), "户", MetricKind.ACHIEVED),
    ]
    assert not one.deadlines  # 2018年,共取消… reports a year; it sets no limit
    two = _task(plan, "2.")
    assert [m.value for m in two.metrics] == [Decimal("4.1"), Decimal("21.3")]
    assert not two.deadlines  # 截至2018年年末 dates a figure
    # problems are sections; next year's work items are tasks
    problems = next(s for s in plan.sections if s.label == "二、")
    assert not list(problems.iter_tasks())
    next_steps = next(s for s in plan.sections if s.label == "三、")
    assert [t.label for t in next_steps.tasks] == ["(一)", "(二)"]
    for furniture in ("栏目名称", "您的位置", "【打印】"):
        assert furniture not in _f(govplan.dumps(plan, "json").decode())


@pytest.mark.parametrize("script", SCRIPTS)
def test_spans_point_back_to_the_source(script: str) -> None:
    path = FIXTURES / f"notice_plan{script}.txt"
    text = path.read_text(encoding="utf-8")
    plan = govplan.load(path)
    task = _task(plan, "4.")
    assert task.span is not None
    assert text.splitlines()[task.span.line - 1].startswith("4.")
    metric = task.metrics[0]
    assert metric.span is not None and text[metric.span.start : metric.span.end] == metric.text
    section = next(iter(plan.iter_sections()))
    assert section.span is not None and text.splitlines()[section.span.line - 1] == "一、" + section.title


def test_several_documents_on_one_page() -> None:
    text = "一、目标\n(一)甲\n二、任务\n(一)乙\n一、另一份文件\n(一)丙\n"
    plan = govplan.loads(text, "text")
    assert plan.doc_type == "合集"
    assert [s.label for s in plan.sections] == ["一、", "二、", "一、"]
    assert any("restarts" in d.message and d.line == 5 for d in plan.diagnostics)


def test_numbering_gap_is_a_diagnostic() -> None:
    plan = govplan.loads("一、目标\n(一)甲\n(三)乙\n", "text")
    assert [(d.line, "skips" in d.message) for d in plan.diagnostics] == [(3, True)]


def test_placeholder_year_is_never_invented() -> None:
    plan = govplan.loads("一、任务\n(一)20__年10月31日前完成评估。(牵头单位:区法制办)\n", "text")
    (task,) = plan.iter_tasks()
    assert [(d.text, d.date) for d in task.deadlines] == [("20__年10月31日前", None)]
    assert any("placeholder" in d.message for d in plan.diagnostics)


def test_target_without_a_number_is_not_invented() -> None:
    plan = govplan.loads("一、任务\n(一)群众满意度不低于全市平均水平。\n(二)乙。\n", "text")
    assert [m for t in plan.iter_tasks() for m in t.metrics] == []


def test_one_belt_one_road_is_not_numbered() -> None:
    plan = govplan.loads("一、任务\n(一)服务一带一路建设。(牵头单位:市商务局)\n", "text")
    assert "一带一路" in next(plan.iter_tasks()).title  # type: ignore[operator]


def test_unnumbered_plan_with_notes_has_top_level_tasks() -> None:
    plan = govplan.loads("某县工作要点\n做好甲工作。(责任单位:县司法局)\n做好乙工作。(责任单位:县财政局)\n", "text")
    assert [_units(t) for t in plan.tasks] == [[("县司法局", "responsible")], [("县财政局", "responsible")]]
    assert plan.title == "某县工作要点" and plan.doc_type == "工作要点"


def test_sections_are_sections() -> None:
    plan = govplan.loads(
        "一、总体要求\n(一)指导思想。坚持。\n(二)工作目标。到2025年,建成。\n二、任务\n(三)甲。\n", "text"
    )
    first = plan.sections[0]
    assert isinstance(first.sections[0], Section) and not list(first.iter_tasks())
    assert [d.date for d in first.sections[1].deadlines] == [dt.date(2025, 12, 31)]
    assert [t.label for t in plan.iter_tasks()] == ["(三)"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_task_table_copied_from_a_page(script: str) -> None:
    # a 任务分工表 copied from a web page: cells parted by tabs, a category column merged down
    plan = _load("task_table", script)
    text = (FIXTURES / f"task_table{script}.txt").read_text(encoding="utf-8")
    assert _f(plan.title) == "青川市2024年优化营商环境重点任务清单" and plan.doc_type == "任务清单"
    assert [_f(i) for i in plan.issuers] == ["青川市人民政府办公室"] and plan.date == dt.date(2024, 2, 20)
    (goals, work) = plan.sections
    assert _f(goals.title) == "总体要求" and not list(goals.iter_tasks())
    assert [_f(s.title) for s in work.sections] == ["政务服务", "市场监管"]
    one, two = work.sections[0].tasks
    assert (one.label, _f(one.title), _f(one.text)) == ("1", "推进“一网通办”", "网上可办率达到95%以上")
    assert _units(one) == [("市政务服务中心", "lead"), ("市直各部门", "support")]
    assert [d.date for d in one.deadlines] == [dt.date(2024, 6, 30)]
    assert [(m.comparator, m.value, m.unit) for m in one.metrics] == [(Comparator.GE, Decimal(95), "%")]
    assert [_f(m.subject) for m in one.metrics] == ["网上可办率"]  # a subject stays within its cell
    assert one.span is not None and text[one.span.start : one.span.end] == text.splitlines()[10]
    assert _units(two) == [("市政务服务中心", "lead")] and two.deadlines[0].date == dt.date(2024, 12, 31)
    three, four = work.sections[1].tasks  # the fourth row has no number: numbered by its place
    assert _units(three)[1:] == [("市发改委", "support"), ("市司法局", "support")] and not three.deadlines
    assert [_f(r.title) for r in plan.references] == ["青川市社会信用条例"]
    assert (four.label, four.ordinal, _f(four.title)) == (None, 2, "开展涉企检查“综合查一次”")
    assert _units(four) == [("市市场监管局", "lead"), ("各县(市、区)政府", "support")]
    assert [d.recurrence for d in four.deadlines] == [Recurrence.YEARLY]
    # the menu row, tabs and all, is furniture; the header row is no text
    everything = _all_text(plan)
    assert "互动交流" not in everything and "序号" not in everything
    assert not plan.diagnostics


@pytest.mark.parametrize("script", SCRIPTS)
def test_task_table_taken_a_cell_to_a_line(script: str) -> None:
    # the same kind of table as a page's text often holds it: each cell on a line of its own, the rows
    # told apart by their numbers; a long cell over two lines, a category merged down, empty cells
    plan = _load("task_table_cells", script)
    text = (FIXTURES / f"task_table_cells{script}.txt").read_text(encoding="utf-8")
    assert _f(plan.title) == "沧源县2024年法治政府建设重点任务分工表" and plan.doc_type == "任务分工表"
    assert [_f(i) for i in plan.issuers] == ["沧源县人民政府办公室"] and plan.date == dt.date(2024, 3, 12)
    assert [_f(s.title) for s in plan.sections] == ["依法决策", "严格执法"]
    one, two = plan.sections[0].tasks
    assert (one.label, _f(one.title)) == ("1", "健全重大行政决策程序")
    assert _f(one.text) == "制定年度重大行政决策事项目录。\n目录向社会公开率达到100%。"
    assert _units(one) == [("县司法局", "lead"), ("县政府办", "support")]
    assert [(d.text, d.date) for d in one.deadlines] == [("2024年6月", dt.date(2024, 6, 30))]
    assert [(_f(m.subject), m.comparator, m.value) for m in one.metrics] == [
        ("目录向社会公开率", Comparator.GE, Decimal(100))
    ]
    assert one.span is not None and _f(text[one.span.start : one.span.end]).startswith("1\n\n依法决策")
    assert _f(text[one.span.start : one.span.end]).endswith("2024年6月")
    # no category, no measures, no supporting unit: each cell still finds its column
    assert (two.label, _f(two.title), two.text) == ("2", "落实合法性审查机制", "")
    assert _units(two) == [("县司法局", "lead")] and [d.date for d in two.deadlines] == [dt.date(2024, 12, 31)]
    (three,) = plan.sections[1].tasks
    assert _units(three) == [("县司法局", "lead"), ("县直各执法部门", "support")] and not three.deadlines
    # the header is no text, and the signature after the last row is no cell of it
    everything = _all_text(plan)
    assert "序号" not in everything and "人民政府办公室" not in everything
    assert not plan.diagnostics


@pytest.mark.parametrize("script", SCRIPTS)
def test_five_year_plan_with_an_indicator_table(script: str) -> None:
    plan = _load("plan_indicators", script)
    assert plan.doc_type == "规划" and (plan.period and (plan.period.start, plan.period.end)) == (2021, 2025)
    basis, general, _tasks = plan.sections
    # figures under 发展基础 are what was achieved; 为 before a figure is no part of its subject
    assert [(_f(m.subject), m.comparator, m.kind) for m in basis.metrics] == [
        ("全市行政复议纠错率", Comparator.EQ, MetricKind.ACHIEVED),
        ("行政机关负责人出庭应诉率", Comparator.GE, MetricKind.ACHIEVED),
    ]
    (goals,) = general.sections
    # the box (专栏1) that holds the indicator table is a part of the goals'; the table's rows are its
    # targets, and a row without a number gives none
    (box,) = goals.sections
    assert (_f(box.label), _f(box.title)) == ("专栏1", "“十四五”法治政府建设主要指标")
    assert [(_f(m.subject), m.comparator, m.value, m.unit, _f(m.nature), m.kind) for m in box.metrics] == [
        ("行政机关负责人出庭应诉率", Comparator.EQ, Decimal(100), "%", "约束性", MetricKind.TARGET),
        ("行政复议案件办结率", Comparator.GE, Decimal(98), "%", "预期性", MetricKind.TARGET),
        ("政务服务事项网上可办率", Comparator.GE, Decimal(95), "%", "预期性", MetricKind.TARGET),
    ]
    text = (FIXTURES / f"plan_indicators{script}.txt").read_text(encoding="utf-8")
    assert [text[m.span.start : m.span.end] for m in box.metrics if m.span] == ["100", "≥98", "95以上"]
    (task,) = plan.iter_tasks()
    assert [(_f(m.subject), m.kind) for m in task.metrics] == [("清单事项精简率", MetricKind.TARGET)]
