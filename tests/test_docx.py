from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govplan
from govplan import Plan, Section
from govplan.docx.numbering import fmt_number
from tests.conftest import FIXTURES, ROOT
from tests.docx_builder import cell, docx, docx_of_text, lvl, numbering, p, style, styles, table, text_box

CORPUS = ROOT.parent / "shared" / "corpus"
DOCUMENTS = sorted(FIXTURES.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))


def _without_provenance(obj: Any) -> Any:
    """The same value with every span and the source cleared."""
    if isinstance(obj, tuple):
        return tuple(_without_provenance(x) for x in obj)
    if attrs.has(type(obj)):
        changes: dict[str, Any] = {}
        for f in attrs.fields(type(obj)):
            if f.name in ("span", "source"):
                changes[f.name] = None
            elif f.name == "diagnostics":
                changes[f.name] = tuple(attrs.evolve(d, line=None) for d in getattr(obj, f.name))
            else:
                changes[f.name] = _without_provenance(getattr(obj, f.name))
        return attrs.evolve(obj, **changes)
    return obj


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_docx_of_a_document_gives_the_same_plan(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    from_text = govplan.loads(text.encode(), "text")
    from_docx = govplan.loads(docx_of_text(text), "docx", name="x.docx")
    assert from_docx.source is not None and from_docx.source.format == "docx"
    assert _without_provenance(from_docx) == _without_provenance(from_text)


NUMBERING_CN = numbering(
    {1: lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）") + lvl(2, "decimal", "%3.")},
    {1: (1, "")},
)


@pytest.mark.parametrize(
    ("goal", "heading", "item", "note"),
    [
        ("总体目标", "主要任务", "健全依法决策机制。", "（牵头单位：县司法局；配合单位：县政府办公室）"),
        ("總體目標", "主要任務", "健全依法決策機制。", "（牽頭單位：縣司法局；配合單位：縣政府辦公室）"),
    ],
)
def test_automatic_numbering_in_both_scripts(goal: str, heading: str, item: str, note: str) -> None:
    body = (
        p("某县法治政府建设实施方案")
        + p(goal, num=(1, 0))
        + p("到2025年,基本建成法治政府。")
        + p(heading, num=(1, 0))
        + p("依法履行政府职能", num=(1, 1))
        + p(item + note, num=(1, 2))
        + p("完善行政执法程序。" + note, num=(1, 2))
        + p("强化监督", num=(1, 1))
        + p("自觉接受监督。" + note, num=(1, 2))
    )
    plan = govplan.loads(docx(body, NUMBERING_CN), "docx")
    outline = [(s.level, s.label, s.title) for s in plan.iter_sections()]
    assert outline == [
        (1, "一、", goal),
        (1, "二、", heading),
        (2, "（一）", "依法履行政府职能"),
        (2, "（二）", "强化监督"),
    ]
    tasks = list(plan.iter_tasks())
    # 1. restarts under each (一)/(二): the default lvlRestart
    assert [t.label for t in tasks] == ["1.", "2.", "1."]
    assert [r.role.value for r in tasks[0].responsibilities] == ["lead", "support"]
    assert plan.sections[0].deadlines[0].date == dt.date(2025, 12, 31)


def test_level_that_never_restarts() -> None:
    nums = numbering({1: lvl(0, "chineseCounting", "（%1）") + lvl(1, "decimal", "%2.", restart=0)}, {1: (1, "")})
    body = p("甲", num=(1, 0)) + p("一。", num=(1, 1)) + p("乙", num=(1, 0)) + p("二。", num=(1, 1))
    plan = govplan.loads(docx(body, nums), "docx")
    assert [t.label for t in plan.iter_tasks()] == ["1.", "2."]


def test_start_values_and_overrides() -> None:
    nums = numbering(
        {1: lvl(0, "decimal", "%1.", start=3)},
        {1: (1, ""), 2: (1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride>')},
    )
    body = p("一、任务") + p("甲。", num=(1, 0)) + p("乙。", num=(1, 0)) + p("丙。", num=(2, 0))
    plan = govplan.loads(docx(body, nums), "docx")
    assert [t.label for t in plan.iter_tasks()] == ["3.", "4.", "7."]


def test_numbering_inherited_from_the_style() -> None:
    nums = numbering({5: lvl(0, "chineseCountingThousand", "%1、")}, {9: (5, "")})
    st = styles(style("H1", "heading 1", num=(9, 0)), style("MyHead", "我的标题", outline=1))
    body = p("某市工作要点") + p("总体要求", style="H1") + p("指导思想", style="MyHead") + p("重点工作", style="H1")
    plan = govplan.loads(docx(body, nums, st), "docx")
    assert [(s.level, s.label, s.title) for s in plan.iter_sections()] == [
        (1, "一、", "总体要求"),
        (2, None, "指导思想"),
        (1, "二、", "重点工作"),
    ]


def test_heading_styles_give_levels() -> None:
    st = styles(style("Heading1", "heading 1"), style("Heading2", "标题 2"))
    body = (
        p("某县方案")
        + p("主要任务", style="Heading1")
        + p("依法行政", style="Heading2")
        + p("做好工作。(牵头单位:县司法局)")
    )
    plan = govplan.loads(docx(body, None, st), "docx")
    (top,) = plan.sections
    assert (top.level, top.label, top.title) == (1, None, "主要任务")
    # the level-2 heading holds one noted paragraph, so it is that task
    (task,) = top.tasks
    assert task.title == "依法行政" and [r.unit for r in task.responsibilities] == ["县司法局"]


@pytest.mark.parametrize(
    ("n", "fmt", "shown"),
    [
        (1, "chineseCounting", "一"),
        (10, "chineseCounting", "十"),
        (21, "chineseCountingThousand", "二十一"),
        (3, "ideographTraditional", "丙"),
        (12, "decimalEnclosedCircle", "⑫"),
        (4, "upperRoman", "IV"),
        (27, "lowerLetter", "aa"),
        (5, "decimalFullWidth", "５"),
        (2, "decimalEnclosedParen", "⑵"),  # read back by the text reader as (2)
        (3, "decimalEnclosedFullstop", "⒊"),
    ],
)
def test_number_formats(n: int, fmt: str, shown: str) -> None:
    assert fmt_number(n, fmt) == shown


def test_task_table_with_merged_cells() -> None:
    header = [cell(h) for h in ("序号", "类别", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限")]
    rows = [
        header,
        [
            cell("1"),
            cell("（一）制度建设", "restart"),
            cell("清理规范性文件"),
            cell("全面清理现行文件"),
            cell("县司法局"),
            cell("县政府各部门"),
            cell("2024年底前"),
        ],
        [
            cell("2"),
            cell("", "continue"),
            cell("公布决策目录"),
            cell(""),
            cell("县政府办公室"),
            cell(""),
            cell("每年2月底前"),
        ],
        [
            cell("3"),
            cell("（二）执法监督", "restart"),
            cell("開展案卷評查"),
            cell("評查率達到100%"),
            cell("縣司法局"),
            cell("各鄉鎮政府"),
            cell(""),
        ],
    ]
    plan = govplan.loads(docx(p("某县任务分工方案") + table(rows)), "docx")
    sections = list(plan.iter_sections())
    assert [(s.label, s.title) for s in sections] == [("（一）", "制度建设"), ("（二）", "执法监督")]
    tasks = list(plan.iter_tasks())
    assert [(t.label, t.title) for t in tasks] == [
        ("1.", "清理规范性文件"),
        ("2.", "公布决策目录"),
        ("3.", "開展案卷評查"),
    ]
    assert [(r.unit, r.role.value) for r in tasks[0].responsibilities] == [
        ("县司法局", "lead"),
        ("县政府各部门", "support"),
    ]
    assert tasks[0].deadlines[0].date == dt.date(2024, 12, 31)
    assert tasks[1].deadlines[0].recurrence is not None
    assert tasks[2].metrics[0].value == 100
    assert isinstance(sections[1], Section) and sections[1].tasks == (tasks[2],)


def test_other_tables_stay_text_of_their_section() -> None:
    rows = [[cell("联系人"), cell("电话")], [cell("张三"), cell("1234567")]]
    plan = govplan.loads(docx(p("某方案") + p("一、目标") + table(rows)), "docx")
    assert "张三  1234567" in plan.sections[0].text


def test_a_text_box_is_read_once_as_a_paragraph_of_its_own() -> None:
    # a red header in a text box, its fallback copy beside it, anchored in the doc number's paragraph
    body = text_box("某县人民政府文件", anchor_text="某政〔2024〕3号") + p("某县2024年工作要点") + p("一、重点任务")
    body += p("1.加强执法监督。（责任单位：县司法局）")
    plan = govplan.loads(docx(body), "docx")
    assert (plan.title, plan.doc_number, plan.issuers) == ("某县2024年工作要点", "某政〔2024〕3号", ("某县人民政府",))
    # and in a table's cell
    rows = [[cell("联系人"), cell("电话")], [f"<w:tc>{text_box('张三')}</w:tc>", cell("1234567")]]
    plan = govplan.loads(docx(p("某方案") + p("一、目标") + table(rows)), "docx")
    assert "张三  1234567" in plan.sections[0].text and "张三张三" not in plan.sections[0].text


def test_tracked_changes_read_as_the_document_now_stands() -> None:
    # text moved by a tracked change stands where it went (w:moveTo), not also where it stood
    # (w:moveFrom); deleted text is gone, inserted text is there
    item = (
        '<w:p><w:moveFrom w:id="1" w:author="x"><w:r><w:t>（责任单位：县司法局）</w:t></w:r></w:moveFrom>'
        "<w:r><w:t>1.加强执法监督。</w:t></w:r>"
        '<w:moveTo w:id="2" w:author="x"><w:r><w:t>（责任单位：县司法局）</w:t></w:r></w:moveTo>'
        '<w:del w:id="3" w:author="x"><w:r><w:delText>删去的话。</w:delText></w:r></w:del>'
        '<w:ins w:id="4" w:author="x"><w:r><w:t>年内完成。</w:t></w:r></w:ins></w:p>'
    )
    (task,) = govplan.loads(docx(p("某县工作要点") + p("一、重点任务") + item), "docx").iter_tasks()
    assert (task.title, task.text, task.units()) == ("加强执法监督", "（责任单位：县司法局）年内完成。", ("县司法局",))


def test_an_indicator_table_gives_the_targets_of_its_section() -> None:
    rows = [
        [cell("指标"), cell("单位"), cell("2020年"), cell("2023年"), cell("属性")],
        [cell("覆盖率"), cell("%"), cell("80"), cell("≥95"), cell("约束性")],
    ]
    plan = govplan.loads(docx(p("某方案") + p("一、目标") + table(rows)), "docx")
    (metric,) = plan.sections[0].metrics
    assert (metric.subject, metric.comparator.value, metric.unit, metric.nature) == ("覆盖率", ">=", "%", "约束性")
    assert metric.value == 95


def test_fields_hyperlinks_and_breaks() -> None:
    w = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    body = (
        p("某方案")
        + '<w:p><w:r><w:t>一、</w:t></w:r><w:hyperlink xmlns:r="'
        + w
        + '" r:id="rId9"><w:r><w:t>任务</w:t></w:r>'
        "</w:hyperlink></w:p>"
        '<w:p><w:r><w:t>(一)见</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> REF _Ref1 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>附件</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>。</w:t><w:br/>'
        "<w:t>(牵头单位:县司法局)</w:t></w:r></w:p>"
    )
    plan = govplan.loads(docx(body), "docx")
    (task,) = plan.iter_tasks()
    assert plan.sections[0].title == "任务"
    assert task.title == "见附件" and "REF" not in task.text
    assert [r.unit for r in task.responsibilities] == ["县司法局"]


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old binary Word .doc.*convert-to docx"),
        (b"PK\x03\x04 damaged", "damaged"),
        (_zip({"word/styles.xml": b"<x/>"}), "no word/document.xml"),
        (docx(p("x"), extra={"word/vbaProject.bin": b"macro"}), "macro-enabled"),
        (_zip({"word/document.xml": b"<" + b" " * 50_000_000 + b"/>"}), "zip bomb"),
        (_zip({"word/document.xml": b"<w:document><w:body>"}), "damaged word/document.xml"),
        (_zip({"word/document.xml": b'<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><d>&e;</d>'}), "refused"),
    ],
    ids=["doc", "damaged-zip", "no-document", "macros", "zip-bomb", "bad-xml", "xxe"],
)
def test_bad_docx_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(govplan.ParseError, match=message) as info:
        govplan.loads(data, "docx", name="bad.docx")
    assert str(info.value).startswith("bad.docx")


def test_an_old_binary_word_file_says_to_convert_it_whatever_its_name() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    # named .doc, which no format claims: found by its first bytes
    with pytest.raises(govplan.ParseError, match=r"old binary Word \.doc.*convert"):
        govplan.loads(data, name="plan.doc")
    # named .txt: the text importer says what it is
    with pytest.raises(govplan.ParseError, match=r"old binary Office file.*convert it to \.docx"):
        govplan.loads(data, name="plan.txt")


def test_docx_by_extension_and_sniffing(tmp_path: Path) -> None:
    data = docx(p("某县方案") + p("一、任务") + p("(一)做好工作。(牵头单位:县司法局)"))
    (tmp_path / "plan.docx").write_bytes(data)
    (tmp_path / "plan.bin").write_bytes(data)
    assert govplan.load(tmp_path / "plan.docx").title == "某县方案"
    assert govplan.load(tmp_path / "plan.bin").title == "某县方案"


def test_plan_equality_helper_is_not_vacuous() -> None:
    a = govplan.loads("某方案\n一、任务\n", "text")
    b = govplan.loads("某方案\n一、目标\n", "text")
    assert _without_provenance(a) != _without_provenance(b)
    assert isinstance(_without_provenance(a), Plan)


@pytest.mark.parametrize(
    "bad",
    ['w:ilvl w:val="x"', 'w:numId w:val=""', 'w:start w:val="-"', 'w:lvlRestart w:val="q"', 'w:gridSpan w:val="z"'],
)
def test_malformed_attribute_values_are_a_clear_error(bad: str) -> None:
    nums = NUMBERING_CN.replace('w:start w:val="1"', bad if bad.startswith("w:start") else 'w:start w:val="1"')
    nums = (
        nums.replace("<w:lvlText", f"<w:{bad.split()[0][2:]} {bad.split()[1]}/><w:lvlText", 1)
        if "lvlRestart" in bad
        else nums
    )
    body = p("某方案") + p("目标", num=(1, 0)).replace(
        '<w:ilvl w:val="0"/>', f"<{bad}/>" if "ilvl" in bad else '<w:ilvl w:val="0"/>'
    )
    body += table([[f"<w:tc><w:tcPr><{bad}/></w:tcPr>{p('序号')}</w:tc>" if "gridSpan" in bad else cell("序号")]])
    try:
        govplan.loads(docx(body, nums), "docx", name="odd.docx")
    except govplan.ParseError as e:
        assert str(e).startswith("odd.docx")


@settings(max_examples=80, deadline=None)
@given(st.randoms(use_true_random=False))
def test_mutated_word_documents_give_a_plan_or_a_clear_error(rnd: random.Random) -> None:
    nums = NUMBERING_CN
    body = p("某县方案") + p("目标", num=(1, 0)) + p("任务", num=(1, 0))
    body += p("做好工作。(牵头单位:县司法局)", num=(1, 1))
    parts = {"document": bytearray(body.encode()), "numbering": bytearray(nums.encode())}
    for _ in range(rnd.randint(1, 8)):
        target = parts[rnd.choice(["document", "numbering"])]
        i = rnd.randrange(len(target))
        noise = bytes(rnd.choice(b'<>"=/0123456789abc w:') for _ in range(rnd.randint(0, 3)))
        target[i : i + rnd.randint(0, 3)] = noise
    try:
        data = docx(parts["document"].decode(errors="replace"), parts["numbering"].decode(errors="replace"))
        govplan.loads(data, "docx")
    except govplan.GovplanError:
        pass


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_task_table_an_attachment_line_heads_after_the_plans_text_is_a_part_of_its_own(script: str) -> None:
    title = "某市2024年重点任务分工表" if script == "simplified" else "某市2024年重點任務分工表"
    body = "".join(
        [
            p("某市2024年工作要点"),
            p("一、推进依法行政"),
            p("严格落实重大行政决策程序。"),
            p("二、强化监督"),
            p("支持人大监督。"),
            p("附件"),
            p(title),
            table(
                [
                    [cell("序号"), cell("重点任务"), cell("牵头单位"), cell("完成时限")],
                    [cell("1"), cell("公布决策事项目录"), cell("市政府办公室"), cell("2024年3月底前")],
                ]
            ),
        ]
    )
    plan = govplan.loads(docx(body), "docx")
    (attachment,) = plan.sections  # the plan's own items, of one layer and no notes, are tasks
    assert attachment.title == title and [t.title for t in attachment.tasks] == ["公布决策事项目录"]
    assert [t.text for t in plan.tasks] == ["严格落实重大行政决策程序。", "支持人大监督。"]
