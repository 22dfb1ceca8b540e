"""Any input gives a Plan or a GovplanError, and pathological lines do not blow up."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govplan
from tests.conftest import FIXTURES

PIECES = [
    "一、",
    "(一)",
    "(1)",
    "1.",
    "①",
    "第一章",
    "。",
    ",",
    "(",
    ")",
    "(牵头单位:",
    "责任单位:",
    "、",
    "等",
    "\n",
    "2023年底前",
    "每年2月底前",
    "不低于95%",
    "达到",
    "以上",
    "分别达到80%、70%",
    "20__年",
    "〔2022〕45号",
    "《",
    "》",
    "关于印发",
    "的通知",
    "实施方案",
    "当前位置",
    "版权所有",
    "牵头",
    "承办",
    "——",
    "执(zhí)法",
    "\u3000",
    "市司法局",
    # tables, a cell to a line or parted by tabs, and what this round's readers look for
    "序号\n",
    "重点任务\n",
    "牵头单位\n",
    "完成时限\n",
    "\n1\n",
    "\n2\n",
    "\t",
    "2024年6月",
    "㈠",
    "⑵",
    # a page's markup left in the text
    "<p>",
    "</p>",
    "&nbsp;",
    "<br/>",
    # units without a role word, 落实, and a plan's closing words
    "。(县司法局)",
    "(县司法局牵头,各乡镇落实)",
    "各部门要于2023年11月30日前报送。",
    "(牵头)",
    "。牵头单位:",
    "猜你喜欢\n",
    "某县人民政府\n2024年1月1日\n",
    # notes after a block, units and roles in a sentence, boxes, shares in words, a page's foot
    "以上两项责任单位:",
    "市委编办牵头,市司法局配合。",
    "专栏1 ",
    "百分之九十",
    "1.2万余件",
    "今年6月底前",
    "前后",
    "相关文件:\n",
    "某县人民政府办公室主办\n",
    # a table whose cells are parted by runs of spaces
    "序号    重点任务    牵头单位    完成时限\n",
    "序号 重点任务    牵头单位\n",
    "1    健全制度    县司法局    2024年6月底前\n",
    "2　　任务　　县财政局\n",
]


def _parse(data: bytes | str) -> None:
    try:
        plan = govplan.loads(data, "text")
    except govplan.GovplanError:
        return
    govplan.loads(govplan.dumps(plan, "json"), "json")  # whatever is read can be written and read back


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    _parse(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    _parse(data)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80))
def test_plan_like_fragments(pieces: list[str]) -> None:
    _parse("".join(pieces))


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False), st.sampled_from(sorted(FIXTURES.glob("*.txt"))))
def test_mutated_fixtures(rnd: random.Random, path: object) -> None:
    text = list(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    for _ in range(rnd.randint(1, 30)):
        op = rnd.random()
        i = rnd.randrange(len(text))
        if op < 0.4:
            del text[i]
        elif op < 0.8:
            text.insert(i, rnd.choice(PIECES))
        else:
            j = rnd.randrange(len(text))
            text[i], text[j] = text[j], text[i]
    _parse("".join(text))


@pytest.mark.parametrize("char", ["(", "一", "1", "达", "年", "、", "《", "—", "x", "<", "&"])
def test_a_megabyte_line_of_one_character(char: str) -> None:
    # A catastrophically backtracking pattern would not finish here: in the header, and as a paragraph
    # of the body, where metrics, limits and notes are looked for.
    _parse(char * 1_000_000)
    _parse("一、主要任务\n(一)做好工作。" + char * 1_000_000 + "\n")


def _one_paragraph(piece: str, count: int) -> govplan.Plan:
    return govplan.loads("一、主要任务\n(一)做好工作。" + piece * count + "\n", "text")


@pytest.mark.parametrize(
    ("piece", "kind"),
    [
        ("12月底", "deadlines"),
        ("2023年底前", "deadlines"),
        ("今年6月底前", "deadlines"),
        ("不低于95%", "metrics"),
        ("达到5次", "metrics"),
        ("百分之九十以上", "metrics"),
        ("不少于1.2万余件", "metrics"),
    ],
)
def test_a_paragraph_of_one_limit_or_metric_repeated(piece: str, kind: str) -> None:
    # Tens of thousands in one paragraph: each must cost the same, not more the more there are before
    # it, and each is still found.
    count = 200_000 // len(piece)
    (task,) = _one_paragraph(piece, count).iter_tasks()
    assert len(getattr(task, kind)) == count


@pytest.mark.parametrize(
    "piece",
    [
        "(牵头单位:甲)",
        "【牵头单位:甲】",
        "(乙【牵头单位:甲】)",
        "《甲办法》",
        "1.",
        "。(县司法局)",
        "(甲牵头,县财政局)",
        "【牵头单位】甲",
        "1,234件",
    ],
)
def test_a_paragraph_of_one_note_or_citation_repeated(piece: str) -> None:
    plan = _one_paragraph(piece, 200_000 // len(piece))
    (task,) = plan.iter_tasks()
    if "牵头" in piece:  # each unit once, however many times named
        assert [r.unit for r in task.responsibilities] == ["甲", "县财政局"] if "财政" in piece else ["甲"]
    if piece.startswith("《"):
        assert [r.title for r in plan.references] == ["甲办法"]


def test_many_paragraphs_of_one_item_each_with_its_own_limit() -> None:
    # a limit named again in a later paragraph is dropped; the ones before are looked up, not scanned
    lines = "".join(f"{2000 + n // 12}年{n % 12 + 1}月底前完成。\n" for n in range(30_000))
    (task,) = govplan.loads("某县计划\n一、任务\n" + lines + lines[:200], "text").iter_tasks()
    assert len(task.deadlines) == 30_000


def test_a_paragraph_broken_over_many_lines_of_one_width() -> None:
    # joined once it is whole: joined a line at a time, the paragraph would be copied again for each
    line = "依法行政" * 7 + "推进"  # 30 characters, ending no sentence
    plan = govplan.loads("某县计划\n一、任务\n1." + "\n".join([line] * 30_000) + "。\n", "text")
    (task,) = plan.iter_tasks()
    assert len(task.title or "") == 30 * 30_000 and task.span is not None and task.span.end_line == 30_002


def test_a_megabyte_line_of_table_cells() -> None:
    _parse("一、任务\n" + "序号\t重点任务\t责任单位\t" * 100_000 + "\n1\t任务\t甲\n")
    _parse("一、任务\n序号\t重点任务\t责任单位\n" + "1\t任务\t甲\t" * 100_000 + "\n")
    # each of many rows costs the same, and each is still read
    plan = govplan.loads("一、任务\n序号\t指标名称\t2025年\n" + "1\t指标\t≥98\n" * 50_000, "text")
    (item,) = plan.iter_tasks()  # the plan's one item, of one layer only: a task
    assert len(item.metrics) == 50_000


def test_many_paragraphs_run_together_into_one_line() -> None:
    # each is looked back from for its indent no further than an indent goes (it was looked back from to
    # the line's start: the square of the line's length), and each section ends where its words do
    items = "".join(f"\u3000\u3000（{n % 9 + 1}）开展执法检查。（责任单位：县司法局）" for n in range(20_000))
    text = "某县工作要点" + "".join(f"\u3000\u3000{n}、重点任务{n}" for n in "一二三") + items
    plan = govplan.loads(text, "text")
    assert len(list(plan.iter_tasks())) == 20_000
    last = plan.sections[1]
    assert last.span is not None and text[last.span.start : last.span.end] == "二、重点任务二"


def test_many_rows_of_a_table_a_cell_to_a_line() -> None:
    rows = "".join(f"{n}\n任务{n}\n甲局\n2024年底前\n" for n in range(1, 9_001))
    plan = govplan.loads("一、任务\n序号\n重点任务\n牵头单位\n完成时限\n" + rows, "text")
    tasks = list(plan.iter_tasks())
    assert len(tasks) == 9_000 and all(t.units() == ("甲局",) and len(t.deadlines) == 1 for t in tasks)
    # a header with no row after it, repeated: no table, and no line read twice
    _parse("一、任务\n" + "序号\n重点任务\n牵头单位\n" * 30_000)


def test_deeply_repeated_brackets() -> None:
    _parse("一、任务\n(一)" + "(" * 200_000 + "牵头单位:甲" + ")" * 200_000 + "\n")
    _parse("一、任务\n" + "(1)" * 100_000)
    _parse("一、任务\n" + "(牵头单位:甲、" * 50_000)


def test_a_unit_cell_with_a_megabyte_of_spaces_before_another_list() -> None:
    # a run of spaces before a role heading was tried from each of its spaces: the square of its length
    row = "1\t任务\t甲" + " " * 1_000_000 + "丁 配合单位:乙:丙\n"
    plan = govplan.loads("一、任务\n序号\t重点任务\t牵头单位\n" + row, "text")
    (task,) = plan.iter_tasks()
    assert [(r.role.value, r.unit[-1]) for r in task.responsibilities] == [("lead", "丁"), ("support", "丙")]
