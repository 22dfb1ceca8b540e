"""The rules of the text importer one by one, each in simplified and traditional script."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from decimal import Decimal

import pytest

import govplan
from govplan import Comparator, MetricKind, Period, Recurrence, Role
from govplan.text.deadlines import find_deadlines
from govplan.text.fold import fold
from govplan.text.metrics import find_metrics
from govplan.text.notes import parse_note
from govplan.text.numbering import parse_label


@pytest.mark.parametrize(
    ("line", "level", "ordinal"),
    [
        ("一、总体目标", 1, 1),
        ("十二、保障措施", 1, 12),
        ("（三）全面深化改革", 2, 3),
        ("(二十一)健全机制", 2, 21),
        ("1. 及时完善", 3, 1),
        ("12、加强队伍建设", 3, 12),
        ("3．优化机构", 3, 3),
        ("（1）健全制度", 4, 1),
        ("(12)建立台账", 4, 12),
        ("2)开展检查", 4, 2),
        ("③组织培训", 5, 3),
        ("第一章 总则", -1, 1),  # 章/节 nest above the four GB/T layers
        ("第二部分 主要任务", -1, 2),
        ("第三节 发展目标", 0, 3),
        ("第十条 本办法自发布之日起施行", 1, 10),
        ("（壹）", None, None),
        # one-character labels that Word and some sites print for (一), 1. and (1)
        ("㈡推进备案审查", 2, 2),
        ("⒊完善监督机制", 3, 3),
        ("⑿建立台账", 4, 12),
        # 丶 typed for 、
        ("一丶总体要求", 1, 1),
        ("3丶开展检查", 3, 3),
    ],
)
def test_labels(line: str, level: int | None, ordinal: int | None) -> None:
    label = parse_label(fold(line))
    if level is None:
        assert label is None
    else:
        assert label is not None and (label.level, label.ordinal) == (level, ordinal)


@pytest.mark.parametrize(
    "line", ["一是加强领导", "2023年底前完成", "1.5倍以上", "一、二季度完成", "12月4日宪法日", "一带一路"]
)
def test_not_labels(line: str) -> None:
    assert parse_label(fold(line)) is None


NOTES = [
    ("牵头单位:县编办、县政管办", "牽頭單位:縣編辦、縣政管辦", [("县编办", "lead"), ("县政管办", "lead")]),
    (
        "责任单位:市司法局,配合单位:市财政局",
        "責任單位:市司法局,配合單位:市財政局",
        [("市司法局", "responsible"), ("市财政局", "support")],
    ),
    (
        "责任单位:市司法局;配合单位:市财政局等",
        "責任單位:市司法局;配合單位:市財政局等",
        [("市司法局", "responsible"), ("市财政局", "support")],
    ),
    (
        "区法制办牵头,区政府各部门承办",
        "區法制辦牽頭,區政府各部門承辦",
        [("区法制办", "lead"), ("区政府各部门", "undertake")],
    ),
    (
        "市发改委、市商务局牵头,各县区按职责分工负责",
        "市發改委、市商務局牽頭,各縣區按職責分工負責",
        [("市发改委", "lead"), ("市商务局", "lead"), ("各县区", "responsible")],
    ),
    (
        "牵头部门:市公安局;协同部门:市交通局",
        "牽頭部門:市公安局;協同部門:市交通局",
        [("市公安局", "lead"), ("市交通局", "support")],
    ),
    (
        "责任部门:市教育局;协办单位:团市委",
        "責任部門:市教育局;協辦單位:團市委",
        [("市教育局", "responsible"), ("团市委", "support")],
    ),
    # two lists side by side, parted by a space only
    (
        "牵头单位:市司法局 配合单位:市委组织部、市人社局",
        "牽頭單位:市司法局\u3000配合單位:市委組織部、市人社局",
        [("市司法局", "lead"), ("市委组织部", "support"), ("市人社局", "support")],
    ),
    # a unit holding a list in 〔〕 brackets is one unit
    (
        "牵头单位:市司法局;责任单位:各县〔市、区〕政府",
        "牽頭單位:市司法局;責任單位:各縣〔市、區〕政府",
        [("市司法局", "lead"), ("各县[市、区]政府", "responsible")],
    ),
    # a time limit closing the note is no unit
    (
        "市司法局牵头,市直各执法部门按职责分工负责,2024年底前完成",
        "市司法局牽頭,市直各執法部門按職責分工負責,2024年底前完成",
        [("市司法局", "lead"), ("市直各执法部门", "responsible")],
    ),
    ("责任单位:市医保局,长期坚持", "責任單位:市醫保局,長期堅持", [("市医保局", "responsible")]),
    # other kinds of unit after the role word, and one more role word
    ("责任主体:市司法局", "責任主體:市司法局", [("市司法局", "responsible")]),
    ("责任单位(部门):市司法局", "責任單位(部門):市司法局", [("市司法局", "responsible")]),
    ("协作单位:市公安局", "協作單位:市公安局", [("市公安局", "support")]),
    # a unit's own role marked after its name: under a role heading, and in a list without one (the
    # units not marked then take part in the lead's work)
    (
        "责任单位:市发展改革委(牵头)、市财政局",
        "責任單位:市發展改革委(牽頭)、市財政局",
        [("市发展改革委", "lead"), ("市财政局", "responsible")],
    ),
    # 由 before the unit, a role word with 负责 after it, two units joined by 会同 (and a county of that name)
    ("由市司法局牵头", "由市司法局牽頭", [("市司法局", "lead")]),
    ("市司法局牵头负责", "市司法局牽頭負責", [("市司法局", "lead")]),
    (
        "市司法局会同市财政局负责",
        "市司法局會同市財政局負責",
        [("市司法局", "responsible"), ("市财政局", "responsible")],
    ),
    ("会同县人民政府负责", "會同縣人民政府負責", [("会同县人民政府", "responsible")]),
    # a unit's own role word after its name holds under the generic 责任单位: too
    (
        "责任单位:县司法局牵头,县财政局配合",
        "責任單位:縣司法局牽頭,縣財政局配合",
        [("县司法局", "lead"), ("县财政局", "support")],
    ),
    ("责任单位:各乡镇落实", "責任單位:各鄉鎮落實", [("各乡镇", "responsible")]),
    # a role word repeating its heading's is no part of the unit's name
    ("牵头单位:县司法局负责", "牽頭單位:縣司法局負責", [("县司法局", "lead")]),
    # 及 or 以及 between two units' names parts them; 县级及以上 is no unit's end
    (
        "责任单位:市司法局及各县区",
        "責任單位:市司法局及各縣區",
        [("市司法局", "responsible"), ("各县区", "responsible")],
    ),
    (
        "市应急管理局以及消防救援支队负责",
        "市應急管理局以及消防救援支隊負責",
        [("市应急管理局", "responsible"), ("消防救援支队", "responsible")],
    ),
    ("县级及以上人民政府负责", "縣級及以上人民政府負責", [("县级及以上人民政府", "responsible")]),
    (
        "市级各有关部门及各县市区政府按职责分工负责",
        "市級各有關部門及各縣市區政府按職責分工負責",
        [("市级各有关部门", "responsible"), ("各县市区政府", "responsible")],
    ),
    # a heading run on after the units before it, as text taken from a PDF joins them
    (
        "牵头单位:县发改委配合单位:县财政局、县统计局完成时限:2024年6月",
        "牽頭單位:縣發改委配合單位:縣財政局、縣統計局完成時限:2024年6月",
        [("县发改委", "lead"), ("县财政局", "support"), ("县统计局", "support")],
    ),
    (
        "牵头单位:县司法局主要责任单位:县财政局",
        "牽頭單位:縣司法局主要責任單位:縣財政局",
        [("县司法局", "lead"), ("县财政局", "responsible")],
    ),
    # so does a slash
    (
        "责任单位:县委依法治县办/县司法局",
        "責任單位：縣委依法治縣辦／縣司法局",
        [("县委依法治县办", "responsible"), ("县司法局", "responsible")],
    ),
    # another field after a space ends the unit list
    (
        "责任单位:市市场监管局 完成时限:2024年11月底前",
        "責任單位:市市場監管局　完成時限:2024年11月底前",
        [("市市场监管局", "responsible")],
    ),
    (
        "县住建局(牵头)、县自然资源局、县发改委",
        "縣住建局(牽頭)、縣自然資源局、縣發改委",
        [("县住建局", "lead"), ("县自然资源局", "support"), ("县发改委", "support")],
    ),
    # 落实 names the units responsible; units without a role word after a lead are the responsible ones
    (
        "县司法局牵头;各乡镇、县直各部门落实",
        "縣司法局牽頭;各鄉鎮、縣直各部門落實",
        [("县司法局", "lead"), ("各乡镇", "responsible"), ("县直各部门", "responsible")],
    ),
    ("落实单位:各乡镇", "落實單位:各鄉鎮", [("各乡镇", "responsible")]),
    (
        "县司法局牵头,各成员单位按职责落实",
        "縣司法局牽頭,各成員單位按職責落實",
        [("县司法局", "lead"), ("各成员单位", "responsible")],
    ),
    # units parted by spaces are parted; a name spaced out in itself stays one
    (
        "责任单位:县司法局 县财政局",
        "責任單位:縣司法局　縣財政局",
        [("县司法局", "responsible"), ("县财政局", "responsible")],
    ),
    ("责任单位:县 司法局", "責任單位:縣 司法局", [("县 司法局", "responsible")]),
    # 协助 and 指导 name the units that support; 协同 or 积极 before a role says how they work
    (
        "县政府办公室牵头,县司法局指导",
        "縣政府辦公室牽頭,縣司法局指導",
        [("县政府办公室", "lead"), ("县司法局", "support")],
    ),
    (
        "县司法局牵头,县财政局协助,县直各部门协同配合",
        "縣司法局牽頭,縣財政局協助,縣直各部門協同配合",
        [("县司法局", "lead"), ("县财政局", "support"), ("县直各部门", "support")],
    ),
    # how the units share the work, in any words after 按/根据, is no part of their names
    (
        "县委宣传部、县司法局按“谁执法谁普法”责任制分工负责",
        "縣委宣傳部、縣司法局按“誰執法誰普法”責任制分工負責",
        [("县委宣传部", "responsible"), ("县司法局", "responsible")],
    ),
    (
        "县司法局牵头,县直各部门根据职能分工负责",
        "縣司法局牽頭,縣直各部門根據職能分工負責",
        [("县司法局", "lead"), ("县直各部门", "responsible")],
    ),
    (
        "县政府办公室牵头,各承办单位",
        "縣政府辦公室牽頭,各承辦單位",
        [("县政府办公室", "lead"), ("各承办单位", "responsible")],
    ),
    # a bureau's offices: 科室, 股室, and names ending in 科 or 股
    (
        "牵头科室:法规科;配合科室:办公室",
        "牽頭科室:法規科;配合科室:辦公室",
        [("法规科", "lead"), ("办公室", "support")],
    ),
    ("责任股室:行政复议与应诉股", "責任股室:行政復議與應訴股", [("行政复议与应诉股", "responsible")]),
    ("法规科牵头,执法监督股", "法規科牽頭,執法監督股", [("法规科", "lead"), ("执法监督股", "responsible")]),
    # 具体落实, 抓总, 协同推进, 予以配合: words a role may carry or follow
    (
        "县委办、县政府办牵头,县直各单位具体落实",
        "縣委辦、縣政府辦牽頭,縣直各單位具體落實",
        [("县委办", "lead"), ("县政府办", "lead"), ("县直各单位", "responsible")],
    ),
    (
        "县司法局牵头抓总,各成员单位协同推进",
        "縣司法局牽頭抓總,各成員單位協同推進",
        [("县司法局", "lead"), ("各成员单位", "support")],
    ),
    (
        "由县司法局负责,县财政局予以配合",
        "由縣司法局負責,縣財政局予以配合",
        [("县司法局", "responsible"), ("县财政局", "support")],
    ),
    # 等 and the others it stands for (等有关单位, 等12个部门): the units named, as a trailing 等 leaves them
    ("责任单位:县司法局等有关单位", "責任單位:縣司法局等有關單位", [("县司法局", "responsible")]),
    (
        "责任单位:县发改局、县财政局等12个部门",
        "責任單位:縣發改局、縣財政局等12個部門",
        [("县发改局", "responsible"), ("县财政局", "responsible")],
    ),
    ("县司法局等单位按职责分工负责", "縣司法局等單位按職責分工負責", [("县司法局", "responsible")]),
    # the role named after 为
    (
        "县司法局为牵头单位,县财政局、县人社局为配合单位",
        "縣司法局為牽頭單位,縣財政局、縣人社局為配合單位",
        [("县司法局", "lead"), ("县财政局", "support"), ("县人社局", "support")],
    ),
]


@pytest.mark.parametrize(("simplified", "traditional", "expected"), NOTES)
def test_notes_in_both_scripts(simplified: str, traditional: str, expected: list[tuple[str, str]]) -> None:
    for note in (simplified, traditional):
        got = [(fold(r.unit), r.role.value) for r in parse_note(fold(note), note)]
        assert got == expected
    # units keep the script they were written in
    assert all(r.unit in traditional for r in parse_note(fold(traditional), traditional))


def test_leader_is_kept_with_the_lead_units() -> None:
    (lead, support) = parse_note(fold("牵头领导:副市长;牵头单位:市司法局;配合单位:市财政局"))
    assert (lead.unit, lead.leader, support.leader) == ("市司法局", "副市长", None)
    # a person named as 责任人 leads the units too; the person is no unit
    (unit,) = parse_note(fold("责任单位:市司法局;责任人:张三"))
    assert (unit.unit, unit.leader) == ("市司法局", "张三")
    # a role word after the leader's name is no part of it, nor makes the leader a unit of that role
    (unit,) = parse_note(fold("牵头领导:张三负责;牵头单位:市司法局"))
    assert (unit.unit, unit.role, unit.leader) == ("市司法局", Role.LEAD, "张三")


def test_collective_units_stay_as_written() -> None:
    units = parse_note(fold("责任单位:县政府各部门、各乡镇政府、市级各有关部门、县财政局"))
    assert [(r.unit, r.collective) for r in units] == [
        ("县政府各部门", True),
        ("各乡镇政府", True),
        ("市级各有关部门", True),
        ("县财政局", False),
    ]


METRICS = [
    ("网上可办率不低于95%", ">=", "95", "%"),
    ("辦結率達95%以上", ">=", "95", "%"),
    ("执行率达100%", ">=", "100", "%"),
    ("應訴率保持100%", "=", "100", "%"),
    ("不少于60學時", ">=", "60", "學時"),
    ("在5小時內发布", "<=", "5", "小時"),
    ("配備2名以上", ">=", "2", "名"),
    ("滿意度達95%以上", ">=", "95", "%"),
    ("至少组织1次", ">=", "1", "次"),
    ("增长6.2%左右", "≈", "6.2", "%"),
    ("粮食产量稳定在120万吨以上", ">=", "120", "万吨"),
    ("每年至少举办一期", ">=", "1", "期"),
    ("每年應當舉辦兩次以上", ">=", "2", "次"),
    ("不超过3个工作日", "<=", "3", "个工作日"),
    ("完成造林2.5万亩以上", ">=", "2.5", "万亩"),
    # counts in ten thousands, and scores
    ("年办件量不少于1.2万件", ">=", "1.2", "万件"),
    ("群众满意度达到90分以上", ">=", "90", "分"),
    ("群眾滿意度達到90分以上", ">=", "90", "分"),
    # spans of days and months: a day is a span only with a bound on it
    ("公开征求意见时间不少于30日", ">=", "30", "日"),
    ("自受理之日起15日內作出決定", "<=", "15", "日"),
    ("在6个月内办结", "<=", "6", "个月"),
    ("开展法治宣传活动不少于50场次", ">=", "50", "场次"),
    ("開展法治宣傳活動不少於50場次", ">=", "50", "場次"),
    # fewer than: 不足, 不到
    ("部分乡镇执法人员不足3名", "<", "3", "名"),
    ("部分鄉鎮執法人員不足3名", "<", "3", "名"),
    ("办理时间不到1个工作日", "<", "1", "个工作日"),
    # shares in words: 百分之九十以上
    ("群众满意度达到百分之九十以上", ">=", "90", "%"),
    ("群眾滿意度達到百分之九十以上", ">=", "90", "%"),
    ("覆蓋率保持百分之百", "=", "100", "%"),
    ("增长百分之六点二左右", "≈", "6.2", "%"),
    # more than a count in ten thousands: its unit is 万件; a multiple
    ("年办件量不少于1.2万余件", ">=", "1.2", "万件"),
    ("年辦件量不少於1.2萬餘件", ">=", "1.2", "萬件"),
    ("案件量较上年增长不少于1倍", ">=", "1", "倍"),
    # 不得/不应 before a bound: 不得少于 is at least (少于 alone is fewer than)
    ("培训时间不得少于40学时", ">=", "40", "学时"),
    ("培訓時間不得少於40學時", ">=", "40", "學時"),
    ("考核得分不应低于80分", ">=", "80", "分"),
    ("办结时限不得超过5个工作日", "<=", "5", "个工作日"),
    # a sign as the bound, and a full-width percent sign: the unit is %
    ("达标率≥95%", ">=", "95", "%"),
    ("達標率＞95％", ">", "95", "%"),
    ("错案率≤2%", "<=", "2", "%"),
    ("辦結率90％以上", ">=", "90", "%"),
    # about so many: 约 just before the figure
    ("总投资约3亿元", "≈", "3", "亿元"),
    ("培訓大約500人次", "≈", "500", "人次"),
    # 突破 passes a figure as 超过 does
    ("律师人数突破200人", ">", "200", "人"),
    ("律師人數突破200人", ">", "200", "人"),
    ("水质达标率保持100%", "=", "100", "%"),
    # at most, at least just before the number; 压减至 brings a figure down as 压缩至 does
    ("每人每年最多3次", "<=", "3", "次"),
    ("至多2名", "<=", "2", "名"),
    ("每個鄉鎮最少2名", ">=", "2", "名"),
    ("審批時間壓減至1個工作日", "=", "1", "個工作日"),
    # the measures of a plan's environmental, energy and health goals; the longest unit that matches
    ("PM2.5平均浓度控制在35微克/立方米以下", "<=", "35", "微克/立方米"),
    ("嬰兒死亡率控制在5‰以下", "<=", "5", "‰"),
    ("人均预期寿命达到78岁", ">=", "78", "岁"),
    ("新增装机容量达到50万千瓦", ">=", "50", "万千瓦"),
    ("能耗控制在0.5吨标准煤以内", "<=", "0.5", "吨标准煤"),
    ("每千人口床位數達到6.5張", ">=", "6.5", "張"),
    ("建成绿道100千米以上", ">=", "100", "千米"),
    # 逾 and 超 just before a figure: more than it
    ("每年支付律师代理费用逾20万元", ">", "20", "万元"),
    ("審查合同超185份", ">", "185", "份"),
    ("超 100 件", ">", "100", "件"),
    # a space before the number, as a page made from a Word file sets it
    ("至少组织开展 1 次旁听", ">=", "1", "次"),
    ("每年舉辦 2 期以上講座", ">=", "2", "期"),
]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("培训时间不得少于40学时", "培训时间"),
        ("达标率≥95%", "达标率"),
        ("達標率＞95％", "達標率"),
        # 达 of 达标率 names the measure: the bound is the word after it
        ("水源水质达标率保持100%", "水源水质达标率"),
        ("水源水質達標率保持100%", "水源水質達標率"),
    ],
)
def test_a_bound_word_or_sign_is_no_part_of_the_subject(text: str, subject: str) -> None:
    (metric,) = find_metrics(fold(text), text)
    assert metric.subject == subject


@pytest.mark.parametrize(("text", "comparator", "value", "unit"), METRICS)
def test_metric_forms(text: str, comparator: str, value: str, unit: str) -> None:
    (metric,) = find_metrics(fold(text), text)
    assert (metric.comparator.value, metric.value, metric.unit) == (comparator, Decimal(value), unit)
    assert metric.text in text


def test_respectively_gives_two_metrics_with_one_subject() -> None:
    text = "公職律師工作覆蓋率分別達到80%、70%"
    ms = find_metrics(fold(text), text)
    assert [(m.comparator, m.value) for m in ms] == [(Comparator.GE, Decimal(80)), (Comparator.GE, Decimal(70))]
    assert ms[0].subject == ms[1].subject == "公職律師工作覆蓋率"


@pytest.mark.parametrize(
    ("text", "subjects", "comparators"),
    [
        # modifiers of one measure named once: each takes the measure's name
        ("市级、县级公职律师工作覆盖率分别达到80%、70%", ["市级公职律师工作覆盖率", "县级公职律师工作覆盖率"], ">=,>="),
        ("城鎮和農村居民收入分別增長6%和7%", ["城鎮居民收入增長", "農村居民收入增長"], "=,="),
        # measures named in full; a bound after the last figure bounds each
        ("生产安全事故起数和死亡人数分别下降15%和10%以上", ["生产安全事故起数下降", "死亡人数下降"], ">=,>="),
        ("辦結率、滿意度分別為85%和90%", ["辦結率", "滿意度"], "=,="),
        # parts that cannot be told apart keep the whole subject
        ("执法人员和执法辅助人员培训率分别达到90%、80%", ["执法人员和执法辅助人员培训率"] * 2, ">=,>="),
    ],
)
def test_figures_listed_after_respectively_each_take_their_part_of_the_subject(
    text: str, subjects: list[str], comparators: str
) -> None:
    ms = find_metrics(fold(text), text)
    assert [m.subject for m in ms] == subjects
    assert [m.comparator.value for m in ms] == comparators.split(",")


@pytest.mark.parametrize("text", ["全年办理行政许可事项1,256件", "全年辦理行政許可事項1,256件", "共計受理12,345,678件"])
def test_a_figure_with_thousands_separators(text: str) -> None:
    (metric,) = find_metrics(fold(text), text, achieved=True)
    assert metric.value == Decimal(re.sub(r"\D", "", metric.text)) and "," in metric.text


def test_report_figures_are_achieved() -> None:
    text = "企业年报公示505户,公示率达88.59%,接收行政权力共计53项"
    ms = find_metrics(fold(text), text, achieved=True)
    assert [(m.value, m.unit, m.kind.value) for m in ms] == [
        (Decimal(505), "户", "achieved"),
        (Decimal("88.59"), "%", "achieved"),
        (Decimal(53), "项", "achieved"),
    ]


@pytest.mark.parametrize("text", ["存栏超过6000头,出栏9000余头,蛋鸡2万只", "存欄超過6000頭,出欄9000餘頭,蛋雞2萬隻"])
def test_a_reports_counts_of_livestock(text: str) -> None:
    ms = find_metrics(fold(text), text, achieved=True)
    assert [(m.comparator.value, m.value, fold(m.unit)) for m in ms] == [
        (">", Decimal(6000), "头"),
        (">=", Decimal(9000), "头"),
        ("=", Decimal(2), "万只"),
    ]


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        ("年销售收入2000万元以上企业达到50家", "年销售收入2000万元以上企业", 50),
        ("每千人口擁有3歲以下嬰幼兒托位數2025年達到4.5個", "每千人口擁有3歲以下嬰幼兒托位數", Decimal("4.5")),
        ("全镇50头以上黄牛养殖企业共有42家", "全镇50头以上黄牛养殖企业", 42),
    ],
)
def test_a_figure_that_names_a_kind_of_what_the_clause_counts_is_no_metric(
    text: str, subject: str, value: Decimal
) -> None:
    (metric,) = find_metrics(fold(text), text, achieved=True)
    assert (metric.subject, metric.value) == (subject, value)


@pytest.mark.parametrize("text", ["每年开展2次以上专题学习", "确保90%以上的村(社区)建成", "培训500人以上,覆盖率90%"])
def test_a_bounded_figure_before_what_it_counts_is_a_metric(text: str) -> None:
    assert find_metrics(fold(text), text)[0].comparator is Comparator.GE


@pytest.mark.parametrize("text", ["检查企业1200家次,出动车辆86车次", "檢查企業1200家次,出動車輛86車次"])
def test_a_reports_counts_of_visits_keep_their_unit(text: str) -> None:
    ms = find_metrics(fold(text), text, achieved=True)
    assert [(m.value, fold(m.unit)) for m in ms] == [(Decimal(1200), "家次"), (Decimal(86), "车次")]


@pytest.mark.parametrize("text", ["评查案卷1200余卷,服务企业20多家", "評查案卷1200餘卷,服務企業20多家"])
def test_a_report_figure_given_as_more_than_its_number(text: str) -> None:
    ms = find_metrics(fold(text), text, achieved=True)
    assert [(m.comparator, m.value, m.unit, m.text) for m in ms] == [
        (Comparator.GE, Decimal(1200), "卷", text[4:10]),
        (Comparator.GE, Decimal(20), "家", text[-4:]),
    ]
    assert find_metrics(fold(text), text) == []  # in a plan it names no target


@pytest.mark.parametrize(
    "text",
    [
        *("7×24小时不打烊", "新政办发〔2016〕24号", "1+4+N工作格局", "推进“八五”普法", "三年左右时间", "12348热线"),
        # 约 in a word (约谈, 节约, 签约) is no "about"
        *("约谈企业3家", "節約資金3萬元", "签约5个项目"),
        # 最多 bounds only the number just after it: 最多跑一次 is a slogan
        *("推进“最多跑一次”改革", "推進「最多跑一次」改革"),
        # 超 bounds only the number just after it (超市, 超标 are words)
        *("建成超市5家", "超標排放企業3家"),
    ],
)
def test_not_metrics_in_a_plan(text: str) -> None:
    assert find_metrics(fold(text), text) == []


@pytest.mark.parametrize(
    "text",
    [
        *("2018年3月17日召开会议", "于每月10日前报送", "2018年3月17日前完成", "於每月10日前報送"),
        # an ordinal counts nothing
        *("法治政府建设考核位列全市第2名", "第3次会议审议通过", "召开第一次全體會議"),
    ],
)
def test_the_day_of_a_date_or_an_ordinal_is_no_figure_even_in_a_report(text: str) -> None:
    assert find_metrics(fold(text), text, achieved=True) == []


DEADLINES = [
    ("2023年底前实现", dt.date(2023, 12, 31), None),
    ("2022年11月底前完成", dt.date(2022, 11, 30), None),
    ("2023年1月底前換發", dt.date(2023, 1, 31), None),
    ("2023年年底前", dt.date(2023, 12, 31), None),
    ("到2020年,基本建成", dt.date(2020, 12, 31), None),
    ("确保2020年前建成", dt.date(2020, 12, 31), None),
    ("2024年6月30日前完成", dt.date(2024, 6, 30), None),
    ("2024年2月底前", dt.date(2024, 2, 29), None),
    ("每年2月底前公開", None, Recurrence.YEARLY),
    ("每年第一季度報送", None, Recurrence.YEARLY),
    ("每季度通报", None, Recurrence.QUARTERLY),
    ("每月10日前报送", None, Recurrence.MONTHLY),
    ("——2023年為重點突破年", dt.date(2023, 12, 31), None),
    # a quarter or a half year: its last day
    ("2023年第三季度末前完成", dt.date(2023, 9, 30), None),
    ("2024年一季度前完成", dt.date(2024, 3, 31), None),
    ("2023年上半年前完成", dt.date(2023, 6, 30), None),
    ("到2023年第四季度末", dt.date(2023, 12, 31), None),
    # within a year, a quarter or a half year
    ("2023年内完成", dt.date(2023, 12, 31), None),
    ("於2023年內完成", dt.date(2023, 12, 31), None),
    ("2024年一季度内完成", dt.date(2024, 3, 31), None),
    ("2023年上半年內完成", dt.date(2023, 6, 30), None),
    # the first, middle or last ten days of a month: their last day
    ("2023年11月中旬前完成", dt.date(2023, 11, 20), None),
    ("2023年3月上旬前", dt.date(2023, 3, 10), None),
    ("2024年2月下旬前完成", dt.date(2024, 2, 29), None),
    # a bare month, year or day that is a time limit's value, after its key or in a table's cell
    ("(完成时限:2024年12月)", dt.date(2024, 12, 31), None),
    ("完成時限：2023年9月；", dt.date(2023, 9, 30), None),
    ("时间节点:2023年", dt.date(2023, 12, 31), None),
    ("完成时间:2023年6月15日", dt.date(2023, 6, 15), None),
    ("推行企业开办\t市市场监管局\t2023年6月", dt.date(2023, 6, 30), None),
    ("(完成时限:2024年下半年)", dt.date(2024, 12, 31), None),
    ("完成時限：2024年第三季度。", dt.date(2024, 9, 30), None),
    # a span as a time limit's value: its end
    ("(完成时限:2024年10月至12月)", dt.date(2024, 12, 31), None),
    ("完成時限：2024年1-6月", dt.date(2024, 6, 30), None),
    ("完成时限:2024年10月-2025年3月。", dt.date(2025, 3, 31), None),
    ("完成時限：2022—2024年", dt.date(2024, 12, 31), None),
    ("(縣司法局負責；2023年—2025年)", dt.date(2025, 12, 31), None),
    # in a plan, the month, quarter or year the work is to be done in
    ("于2024年6月完成清理", dt.date(2024, 6, 30), None),
    ("力爭2024年10月建成", dt.date(2024, 10, 31), None),
    ("2024年第三季度完成整合", dt.date(2024, 9, 30), None),
    ("2024年6月份出台实施意见", dt.date(2024, 6, 30), None),
    ("确保2025年实现全覆盖", dt.date(2025, 12, 31), None),
    ("2024年上半年實現第一批事項集成辦理", dt.date(2024, 6, 30), None),
    ("於2024年12月31日完成清理", dt.date(2024, 12, 31), None),
    # a year in Chinese digits
    ("二〇二四年底前完成", dt.date(2024, 12, 31), None),
    ("到二○二五年末", dt.date(2025, 12, 31), None),
    ("二〇二四年六月底前完成", dt.date(2024, 6, 30), None),
    # spaces between digits and words, as a page made from a Word file sets them
    ("2023 年 6 月底前完成", dt.date(2023, 6, 30), None),
    ("到 2025 年，基本建成", dt.date(2025, 12, 31), None),
    ("每年 2 月底前報送", None, Recurrence.YEARLY),
    ("（完成時限：2024 年 12 月）", dt.date(2024, 12, 31), None),
    ("2024 年 6 月 30 日前完成", dt.date(2024, 6, 30), None),
]


@pytest.mark.parametrize(("text", "date", "recurrence"), DEADLINES)
def test_deadline_forms(text: str, date: dt.date | None, recurrence: Recurrence | None) -> None:
    (d,) = find_deadlines(fold(text), text)
    assert (d.date, d.recurrence) == (date, recurrence)
    assert d.text in text


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_same_first_number_again_under_an_empty_heading_is_a_slip_not_a_new_document(script: str) -> None:
    text = (
        "某街道2022年度法治政府建设工作报告\n现将有关情况报告如下:\n一、2022年法治政府建设主要措施\n"
        "一、强化领导责任,夯实法治政府建设基础\n街道党政主要负责人认真履行第一责任人职责。\n"
        "二、规范行政行为\n严格落实重大行政决策程序。\n"
    )
    if script == "traditional":
        text = _traditional(text)
    plan = govplan.loads(text, "text")
    assert plan.doc_type == "报告"  # no 合集 of two documents
    assert [node.label for node in plan.children()] == ["一、", "一、", "二、"]
    assert any("restarts: 一、 is followed by 一、" in d.message for d in plan.diagnostics)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_plan_whose_page_spaces_its_digits_from_its_words(script: str) -> None:
    text = (
        "某县 2024 年法治政府建设工作要点\n一、重点工作\n1.开展清理。2024 年 6 月底前完成，清理率达到 100%。"
        "（责任单位：县司法局）\n某县人民政府办公室\n2024 年 3 月 1 日\n"
    )
    if script == "traditional":
        text = _traditional(text)
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某县 2024 年法治政府建设工作要点" and plan.period == Period(2024, 2024)
    assert plan.date == dt.date(2024, 3, 1)
    (task,) = plan.iter_tasks()
    (limit,) = task.deadlines
    assert limit.date == dt.date(2024, 6, 30) and limit.text == "2024 年 6 月底前"
    assert limit.span is not None and text[limit.span.start : limit.span.end] == limit.text
    assert [(m.value, m.unit) for m in task.metrics] == [(Decimal(100), "%")]


def test_within_a_year_is_no_limit_of_an_internal_audit() -> None:
    assert find_deadlines(fold("2023年内部审计全覆盖")) == []


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("年内完成土地处置", "年内"),
        ("力爭今年內建成", "今年內"),
        ("确保在年内全部组建到位", "在年内"),
        ("本年度內完成清理", "本年度內"),
        ("于2024年度内完成", "于2024年度内"),
    ],
)
def test_within_the_year_falls_in_the_context_year(text: str, limit: str) -> None:
    (d,) = find_deadlines(fold(text), text, context_year=2024)
    assert (d.text, d.date) == (limit, dt.date(2024, 12, 31))


@pytest.mark.parametrize(
    "text", ["三年内完成", "半年内办结", "兩年內建成", "全年内累计", "1年内", "年内容", "上年度内", "年度内部审计"]
)
def test_a_span_of_years_or_the_whole_year_is_no_limit(text: str) -> None:
    assert find_deadlines(fold(text), context_year=2024) == []


def test_a_year_opening_a_goal_keeps_its_to() -> None:
    # 到2020年,基本建成…: the limit is 到2020年, as 到2020年底 is
    (d,) = find_deadlines(fold("到2020年,基本建成法治政府"))
    assert (d.text, d.date) == ("到2020年", dt.date(2020, 12, 31))


def test_day_without_year_takes_the_year_from_context() -> None:
    (d,) = find_deadlines(fold("10月31日前完成"), context_year=2021)
    assert d.date == dt.date(2021, 10, 31)
    (x,) = find_deadlines(fold("11月中旬前完成"), context_year=2021)
    assert x.date == dt.date(2021, 11, 20)
    (q,) = find_deadlines(fold("三季度末前完成"), context_year=2021)
    assert q.date == dt.date(2021, 9, 30)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("今年6月底前完成", dt.date(2021, 6, 30)),
        ("本年6月30日前完成", dt.date(2021, 6, 30)),
        ("當年11月底前完成", dt.date(2021, 11, 30)),
        ("今年年底前完成", dt.date(2021, 12, 31)),
        # the next year's month is no month of the context's year: no date is invented
        ("明年6月底前完成", None),
        ("次年1月底前報送", None),
    ],
)
def test_a_month_of_this_year_takes_the_year_from_context(text: str, date: dt.date | None) -> None:
    assert [d.date for d in find_deadlines(fold(text), text, context_year=2021)] == ([date] if date else [])


@pytest.mark.parametrize("text", ["20__年10月31日前", "20*年底前", "20XX年6月底前"])
def test_placeholder_years(text: str) -> None:
    (d,) = find_deadlines(fold(text), text)
    assert d.date is None and d.text == text


@pytest.mark.parametrize(
    "text",
    [
        "每人每年接受培训",
        "2023年开始推行",
        "(2016—2020年)",
        "截至2016年年末",
        "截止 2016 年年末",
        "2023年第三季度,全市增长",
        "2022年至2024年每年开展一次",
        "2022年到2024年連續三年",
        "一、二季度",
        # a month in prose is a date, not a limit
        "2023年6月,市政府印发了方案",
        # 前后 is a time around a day, not a limit
        "2024年6月5日前后开展宣传活动",
        "6月5日前後開展宣傳活動",
        "2024年6月前后完成",
        # a measure's name, and a start
        "2024年完成率达到100%",
        "2024年6月啟動試點",
    ],
)
def test_not_deadlines(text: str) -> None:
    assert find_deadlines(fold(text), text) == []


SAMPLE = "某市工作方案\n一、主要任务\n(一)加强執法监督。(牵头单位:市司法局)\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings(encoding: str) -> None:
    plan = govplan.loads(SAMPLE.encode(encoding), "text")
    assert plan.title == "某市工作方案"
    assert [r.unit for t in plan.iter_tasks() for r in t.responsibilities] == ["市司法局"]


def test_big5() -> None:
    text = "某市工作方案\n一、主要任務\n(一)加強執法監督,建立健全行政執法協調監督工作體系。(牽頭單位:市司法局)\n"
    plan = govplan.loads(text.encode("big5"), "text")
    assert plan.title == "某市工作方案"
    assert [r.unit for t in plan.iter_tasks() for r in t.responsibilities] == ["市司法局"]


def test_utf16_big_endian_with_bom() -> None:
    plan = govplan.loads(codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "text")
    assert plan.title == "某市工作方案"


def test_binary_file_is_a_clear_error() -> None:
    with pytest.raises(govplan.ParseError, match=r"x.bin.*binary"):
        govplan.loads(b"PK\x03\x04\x00\x00binary", "text", name="x.bin")


@pytest.mark.parametrize(("encoding", "label"), [("utf-8", "UTF-8"), ("gb18030", "GB18030")])
def test_a_broken_byte_is_named_with_its_line(encoding: str, label: str) -> None:
    data = (SAMPLE * 3).encode(encoding)
    at = data.index("執".encode(encoding), len(SAMPLE.encode(encoding)))  # on line 6, in the second copy
    broken = data[:at] + b"\xff" + data[at + 1 :]
    with pytest.raises(govplan.ParseError, match=rf"^plan.txt:6: .*read as {label}, byte {at} \(ff\) is invalid"):
        govplan.loads(broken, "text", name="plan.txt")


def test_a_broken_utf16_text_is_named_with_its_line() -> None:
    data = ("\n" * 4 + "某市工作方案\n").encode("utf-16")
    with pytest.raises(govplan.ParseError, match=r"^plan.txt:5: invalid utf-16"):
        govplan.loads(data[:12] + b"\x00\xdc" + data[14:], "text", name="plan.txt")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_red_header_and_the_doc_number_over_the_title_are_no_part_of_it(script: str) -> None:
    text = "某县人民政府文件\n某政〔2024〕3号\n某县2024年法治政府建设工作要点\n一、重点任务\n"
    text += "1.加强执法监督。（责任单位：县司法局）\n"
    signed = (
        text.replace("某县人民政府文件", "中共某县委办公室 某县人民政府办公室文件") + "某县人民政府\n2024年3月1日\n"
    )
    if script == "traditional":
        text, signed = (
            t.replace("县", "縣").replace("号", "號").replace("设工作要点", "設工作要點") for t in (text, signed)
        )
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某县2024年法治政府建设工作要点" and _f(plan.doc_number or "") == "某政[2024]3号"
    assert [_f(i) for i in plan.issuers] == ["某县人民政府"]  # the header names the issuer failing a signature
    plan = govplan.loads(signed, "text")
    assert [_f(i) for i in plan.issuers] == ["某县人民政府"] and _f(plan.title) == "某县2024年法治政府建设工作要点"


@pytest.mark.parametrize("gloss", ["執(zhí)法", "執(zhí )法"])  # a site may end a gloss with a space
def test_pinyin_glosses_are_removed(gloss: str) -> None:
    plan = govplan.loads(f"某市方案\n一、任务\n(一)規範{gloss}行為。(牽頭單位:市司法局)\n", "text")
    assert next(plan.iter_tasks()).title == "規範執法行為"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_document_sharing_sites_thumbnails_counters_and_notices_are_no_text(script: str) -> None:
    text = (
        "司法局工作方案_第1页\n司法局工作方案_第2页\n已阅读5页,还剩10页未读 继续免费阅读\n\n下载本文档\n\n"
        "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n\n文档简介\n\n"
        "某县司法局2024年工作方案\n一、主要任务\n(一)优化公共法律服务。(责任单位:局公共法律服务科)\n"
    )
    if script == "traditional":
        text = text.replace("阅读", "閱讀").replace("下载本文档", "下載本文檔").replace("简介", "簡介")
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某县司法局2024年工作方案" and plan.preamble == ""


def test_disclosure_fields_on_separate_runs_and_twice() -> None:
    text = (
        "索引号:001-2023-01 发文字号:某政〔2023〕3号\n成文日期:2023年02月01日 有效性:有效\n"
        "发文字号:某政〔2023〕3号\n某市工作方案\n一、任务\n"
    )
    plan = govplan.loads(text, "text")
    assert (plan.index_number, plan.doc_number, plan.date, plan.validity) == (
        "001-2023-01",
        "某政〔2023〕3号",
        dt.date(2023, 2, 1),
        "有效",
    )


@pytest.mark.parametrize(
    "text",
    [
        "关于印发某县工作要点的通知\n各乡镇人民政府:\n现将工作要点印发给你们。\n某县人民政府办公室\n2024年3月5日\n"
        "某县工作要点\n一、任务\n(一)推行三项制度。(县司法局牵头,县直各执法部门按职责分工负责,2024年底前完成)\n",
        "關於印發某縣工作要點的通知\n各鄉鎮人民政府:\n現將工作要點印發給你們。\n某縣人民政府辦公室\n2024年3月5日\n"
        "某縣工作要點\n一、任務\n(一)推行三項制度。(縣司法局牽頭,縣直各執法部門按職責分工負責,2024年底前完成)\n",
    ],
)
def test_signature_of_a_notice_before_its_plan_and_a_note_ending_in_a_time_limit(text: str) -> None:
    plan = govplan.loads(text, "text")
    assert [fold(i) for i in plan.issuers] == ["某县人民政府办公室"] and plan.date == dt.date(2024, 3, 5)
    assert "办公室" not in fold(plan.preamble)  # the signature is no text of the plan
    (task,) = plan.iter_tasks()
    assert [(fold(r.unit), r.role.value) for r in task.responsibilities] == [
        ("县司法局", "lead"),
        ("县直各执法部门", "responsible"),
    ]
    assert task.deadlines[0].date == dt.date(2024, 12, 31)


@pytest.mark.parametrize(
    "signature",
    [
        "中共某县委员会  某县人民政府",
        "中共某县委员会\n某县人民政府",  # a line each
        "中共某縣委員會\u3000\u3000某縣人民政府",
    ],
)
def test_joint_issuers_from_the_signature(signature: str) -> None:
    text = f"某县方案\n一、任务\n(一)做好工作。\n{signature}\n2020年5月6日\n"
    plan = govplan.loads(text, "text")
    assert [_f(i) for i in plan.issuers] == ["中共某县委员会", "某县人民政府"] and plan.date == dt.date(2020, 5, 6)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_joint_issuers_a_title_runs_together_are_parted_as_their_signature_parts_them(script: str) -> None:
    text = (
        "中共某市委某市人民政府关于印发《某市法治政府建设实施方案》的通知\n各县区委、县区人民政府：\n"
        "现将《某市法治政府建设实施方案》印发给你们，请认真贯彻执行。\n中共某市委   某市人民政府\n2017年4月24日\n"
        "某市法治政府建设实施方案\n一、总体要求\n（一）指导思想。坚持依法行政。\n"
    )
    if script == "traditional":
        text = _traditional(text)
    plan = govplan.loads(text, "text")
    assert [_f(i) for i in plan.issuers] == ["中共某市委", "某市人民政府"]
    # a signature naming other organs gives none: the title's name stands
    other = govplan.loads(text.replace("中共某市委   某市人民政府", "某市司法局"), "text")
    assert [_f(i) for i in other.issuers] == ["中共某市委某市人民政府"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_disclosure_table_with_its_cells_parted_by_pipes_or_tabs_and_a_notices_title(script: str) -> None:
    rows = [
        "索 引 号 | 0001/2025-48086 | 主题分类 | 某政发 |",
        "发文字号 | 某政发〔2025〕33号 | 制发机构 | |",
        "有效性 | |||",
        "成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |",
        "标 题 | 某市人民政府关于印发《某市法治政府建设实施方案》的通知 |",
    ]
    body = (
        "各县区人民政府,市政府各部门:\n《某市法治政府建设实施方案》已经市政府同意,现印发给你们。\n"
        "某市人民政府\n2025年6月13日\n(此件公开发布)\n某市法治政府建设实施方案\n一、总体要求\n(一)指导思想。坚持依法行政。\n"
    )
    for table in ("\n".join(rows), "\n".join(row.replace(" | ", "\t").rstrip(" |") for row in rows)):
        text = f"{table}\n{body}"
        if script == "traditional":
            text = _traditional(text)
        plan = govplan.loads(text, "text")
        assert _f(plan.title) == "某市法治政府建设实施方案" and plan.doc_type == "实施方案"
        assert _f(plan.doc_number) == "某政发[2025]33号" and plan.index_number == "0001/2025-48086"
        assert plan.date == dt.date(2025, 6, 13) and plan.validity is None
        assert not any("标" in s.title for s in plan.sections)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_joint_issuers_a_line_each_over_a_notices_title_and_empty_disclosure_keys(script: str) -> None:
    text = (
        "索 引 号:104/2017-00780\n\n发文机关:\n\n发布时间:2017-03-22\n\n公开部门:\n\n状 态:\n\n"
        "某县政府门户网站 www.example.gov.cn 2017-03-22 00:00\n\n中共某县委\n\n某县人民政府\n\n"
        "关于印发《某县深入推进法治政府建设\n\n实施方案》的通知\n\n各镇党委和人民政府,县直机关各单位:\n\n"
        "现将《某县深入推进法治政府建设实施方案》印发给你们。\n\n某县深入推进法治政府建设实施方案\n\n一、总体要求\n\n"
        "(一)依法全面履行政府职能。深化行政审批制度改革。(牵头单位:县司法局)\n"
    )
    if script == "traditional":
        text = _traditional(text)
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某县深入推进法治政府建设实施方案"
    assert [_f(i) for i in plan.issuers] == ["中共某县委", "某县人民政府"]
    assert [_f(a) for a in plan.addressees] == ["各镇党委和人民政府", "县直机关各单位"]
    assert "www" not in plan.preamble and plan.index_number == "104/2017-00780"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_disclosure_table_parting_keys_by_spaces_and_a_doc_number_run_into_the_title(script: str) -> None:
    text = (
        "索  引  号 sjxx/2021-00428 公开方式 主动公开\n发布机构 某县人民政府 组配分类 某政发\n"
        "成文日期 2021-02-10 废止日期\n有效性 失效\n某政发〔2021〕1号关于印发2021年某县政府重要工作事项责任分工的通知\n"
        "分享\n各镇政府,县政府各部门:\n现将《2021年某县政府重要工作事项责任分工》印发给你们。\n一、主要预期目标\n"
        "地区生产总值增长7%以上。\n"
    )
    if script == "traditional":
        text = _traditional(text)
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "2021年某县政府重要工作事项责任分工" and plan.doc_type == "责任分工"
    assert _f(plan.doc_number) == "某政发[2021]1号" and plan.index_number == "sjxx/2021-00428"
    assert plan.date == dt.date(2021, 2, 10) and plan.validity == "失效"


@pytest.mark.parametrize(
    "notice",
    [
        "某县人民政府办公室 关于印发某县促进专业镇高质量发展 实施方案的通知",
        "某縣人民政府辦公室關於印發《某縣促進專業鎮高質量發展 實施方案》的通知",
    ],
)
def test_a_space_where_a_page_broke_a_notices_title_is_no_part_of_the_plans(notice: str) -> None:
    plan = govplan.loads(f"{notice}\n各乡镇人民政府:\n现印发给你们。\n一、指导思想\n坚持依法行政。\n", "text")
    assert fold(plan.title) == "某县促进专业镇高质量发展实施方案"


@pytest.mark.parametrize(
    ("header", "title", "number"),
    [
        # a doc number in brackets after the title
        ("2021年某县政府重点工作任务(某政发〔2021〕2号)", "2021年某县政府重点工作任务", "某政发〔2021〕2号"),
        # 无: a document with none
        ("文号: 无\n2021年某县政府重点工作任务", "2021年某县政府重点工作任务", None),
    ],
)
def test_a_doc_number_after_the_title_or_none(header: str, title: str, number: str | None) -> None:
    plan = govplan.loads(f"{header}\n各乡镇人民政府:\n一、强化责任落实。各单位要落实。\n", "text")
    assert (plan.title, plan.doc_number) == (title, number)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_disclosure_list_of_bulleted_keys_with_values_on_their_own_lines(script: str) -> None:
    text = (
        "返回顶部\n某县人民政府工作规则\n  • 索引号:\n\n    0001/2024-001005\n  • 主题分类:\n\n  • 发文机构:\n\n"
        "    县政府网站\n  • 发文字号:\n\n    某政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n"
        "  • 有效性:\n\n  • 发布日期:\n\n    2024年04月06日 16:34\n  • 内容概述:\n\n"
        "某县人民政府工作规则\n\n第一章 总则\n\n一、为规范县政府工作,制定本规则。\n"
    )
    if script == "traditional":
        text = _traditional(text)
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某县人民政府工作规则" and plan.doc_type == "规则"
    assert plan.index_number == "0001/2024-001005" and _f(plan.doc_number) == "某政发[2024]7号"
    assert plan.date == dt.date(2024, 4, 6) and plan.published == dt.datetime(2024, 4, 6, 16, 34)
    assert plan.validity is None and not plan.issuers  # a web site publishes, it issues nothing


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_notices_formula_contact_and_share_line_are_no_items_text(script: str) -> None:
    text = (
        "某县人民政府办公室\n关于印发〈某县2022年重点任务分工〉的通知\n各乡镇人民政府:\n"
        "一、各单位要高度重视重点任务落实工作。\n二、县政府督查室要加强日常调度,每月25日前报送进展。\n此通知\n"
        "附件:2022年重点任务落实推进情况表\n2022年2月21日\n(联系人:张三,联系电话:8812822)\n(此件公开发布)\n"
        "用微信扫描二维码分享至好友和朋友圈\n"
    )
    if script == "traditional":
        text = _traditional(text)
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某县2022年重点任务分工" and plan.date == dt.date(2022, 2, 21)
    two = plan.tasks[-1]
    assert two.label == "二、" and two.text == ""
    assert _f(plan.closing) == "此通知\n附件:2022年重点任务落实推进情况表"
    # 特此通知。 under a signed notice is its closing too
    signed = text.replace("此通知\n", "特此通知。\n").replace("2022年2月21日", "某县人民政府办公室\n2022年2月21日")
    assert _f(govplan.loads(signed, "text").closing).startswith("特此通知。")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_notice_opening_with_its_addressees_titles_the_plan_after_its_signature(script: str) -> None:
    text = (
        "各市(州)人民政府、省级有关部门(单位):\n经省政府同意,现将《某省现代流通体系建设实施方案》印发给你们。\n"
        "某省发展和改革委员会\n2022年10月18日\n某省现代流通体系建设实施方案\n为加快建设现代流通体系,制定本方案。\n"
        "一、深化市场化改革\n(一)加强市场体系建设。推进高标准市场体系建设。〔责任单位:省市场监管局〕\n"
    )
    if script == "traditional":
        text = _traditional(text)
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某省现代流通体系建设实施方案" and plan.doc_type == "实施方案"
    assert [_f(a) for a in plan.addressees] == ["各市(州)人民政府、省级有关部门(单位)"]
    assert "建设实施方案\n" not in _f(plan.preamble)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_remark_that_units_take_part_in_this_task_and_those_below(script: str) -> None:
    text = (
        "某省实施方案\n一、深化改革\n(一)加强市场体系建设。推进高标准市场体系建设。〔责任单位:省发展改革委、省市场监管局"
        "按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n(二)优化市场准入环境。实施改革。〔责任单位:"
        "省市场监管局〕\n"
    )
    if script == "traditional":
        text = _traditional(text)
    one, two = govplan.loads(text, "text").iter_tasks()
    assert [(_f(r.unit), r.inherited) for r in one.responsibilities] == [
        ("省发展改革委", False),
        ("省市场监管局", False),
        ("相关市(州)人民政府", True),
    ]
    assert [(_f(r.unit), r.inherited) for r in two.responsibilities] == [
        ("省市场监管局", False),
        ("相关市(州)人民政府", True),
    ]


def test_a_disclosure_table_of_keys_in_brackets_between_pipes() -> None:
    text = (
        "[ 索引号 ] | 0001/2024-00007 | [ 发文字号 ] | 某府发〔2024〕2号 |\n"
        "[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 公文 |\n"
        "[ 成文日期 ] | 2024-02-22 | [ 发布日期 ] | 2024-02-23 |\n某镇2024年工作要点\n一、重点工作\n(一)做好工作。\n"
    )
    plan = govplan.loads(text, "text")
    assert (plan.index_number, plan.doc_number) == ("0001/2024-00007", "某府发〔2024〕2号")
    assert plan.date == dt.date(2024, 2, 22)
    assert plan.title == "某镇2024年工作要点" and plan.published == dt.datetime(2024, 2, 23)


def test_a_disclosure_table_of_keys_with_colons_between_pipes() -> None:
    text = (
        "索 引 号: | 000014349/2023-91150 | 信息分类: | |\n发布机构: | 生成日期: | 2022-12-02 08:54:33 | |\n"
        "文 号: | 某府办发〔2022〕10号 | 是否有效: | 是 |\n"
        "名 称: | 市人民政府办公室关于印发某市新型基础设施建设三年行动方案(2022—2024年)的通知 |\n"
        "各区人民政府:\n现将《某市新型基础设施建设三年行动方案(2022—2024年)》印发给你们。\n(此件公开发布)\n"
        "某市新型基础设施建设三年行动方案(2022—2024年)\n一、主要目标\n到2024年,基本形成新型基础设施体系。\n"
    )
    plan = govplan.loads(text, "text")
    assert plan.title == "某市新型基础设施建设三年行动方案(2022—2024年)" and plan.doc_number == "某府办发〔2022〕10号"
    assert plan.index_number == "000014349/2023-91150" and plan.validity == "是"
    assert plan.issuers == ("市人民政府办公室",)


@pytest.mark.parametrize(
    "organ", ["中共某县委办公室", "某县委办公室", "中共某市委全面依法治市委员会办公室", "某縣人民政府辦公室"]
)
def test_an_organ_named_after_another_is_one_organ(organ: str) -> None:
    # the organ words come twice (委 … 办公室): the whole line is the name, not its first organ word
    plan = govplan.loads(f"某县方案\n一、任务\n(一)做好工作。\n{organ}\n2020年5月6日\n", "text")
    assert plan.issuers == (organ,)


@pytest.mark.parametrize(
    "text",
    [
        "索引号\n001-2023-02\n发文字号:\n某政办〔2023〕4号\n成文日期\n2023年03月05日\n有效性\n有效\n某市工作要点\n一、任务\n",
        "索引號\n001-2023-02\n發文字號:\n某政辦〔2023〕4號\n成文日期\n2023年03月05日\n有效性\n有效\n某市工作要點\n一、任務\n",
        # keys spaced out to the width of the table's column, and rows the reader passes over
        "索  引  号：001-2023-02    分    类：综合政务\n文    号：某政办〔2023〕4号  生成日期：2023-03-06\n"
        "成文日期：2023年03月05日  有 效 性：有效\n名    称：某市工作要点\n某市工作要点\n一、任务\n",
        "索  引  號：001-2023-02    分    類：綜合政務\n文    號：某政辦〔2023〕4號  生成日期：2023-03-06\n"
        "成文日期：2023年03月05日  有 效 性：有效\n名    稱：某市工作要點\n某市工作要點\n一、任務\n",
    ],
)
def test_disclosure_tables_with_values_on_their_own_lines_or_keys_spaced_out(text: str) -> None:
    plan = govplan.loads(text, "text")
    assert plan.index_number == "001-2023-02" and fold(plan.doc_number or "") == "某政办[2023]4号"
    assert plan.date == dt.date(2023, 3, 5) and fold(plan.validity or "") == "有效"
    assert fold(plan.title) == "某市工作要点"


def test_unbalanced_brackets_are_a_diagnostic() -> None:
    plan = govplan.loads("某方案\n一、任务\n(一)做好工作(牵头单位:县司法局。\n", "text")
    assert [(d.line, d.message) for d in plan.diagnostics] == [(3, "unbalanced brackets")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_note_lines_standing_after_each_item(script: str) -> None:
    text = (
        "某市工作要点\n一、重点工作\n1.推进政务服务“一网通办”，网上可办率达到98%以上。\n牵头领导：副市长\n"
        "牵头单位：市数据资源局\n配合单位：市直各部门\n完成时限：2023年12月底前\n2.落实第一责任人职责。\n牵头单位：市委组织部\n"
    )
    if script == "traditional":
        text = text.replace("领导", "領導").replace("单位", "單位").replace("头", "頭").replace("务", "務")
    one, two = govplan.loads(text, "text").iter_tasks()
    assert [(fold(r.unit), r.role.value, r.leader) for r in one.responsibilities] == [
        ("市数据资源局", "lead", "副市长"),
        ("市直各部门", "support", None),
    ]
    assert one.deadlines[0].date == dt.date(2023, 12, 31) and one.metrics[0].value == 98
    assert [fold(r.unit) for r in two.responsibilities] == ["市委组织部"]


def test_chapters_sections_and_layers_nest() -> None:
    text = (
        "某省数字政府建设规划(2021—2025年)\n第一章 总体要求\n第一节 发展目标\n到2025年,全程网办率达到90%以上。\n"
        "第二章 主要任务\n第一节 建设一体化平台\n(一)完善政务云。2022年底前建成。(责任单位:省大数据局)\n"
        "(二)推进数据共享。(责任单位:省大数据局)\n"
    )
    plan = govplan.loads(text, "text")
    assert [(s.level, s.label) for s in plan.iter_sections()] == [
        (1, "第一章"),
        (2, "第一节"),
        (1, "第二章"),
        (2, "第一节"),
    ]
    platform = plan.sections[1].sections[0]
    assert [t.label for t in platform.tasks] == ["(一)", "(二)"]
    assert plan.sections[0].sections[0].deadlines[0].date == dt.date(2025, 12, 31)


def test_report_lead_in_is_no_addressee_and_shortcomings_are_no_tasks() -> None:
    text = (
        "某县2022年法治政府建设年度报告\n市政府:\n2022年，我县深入推进依法行政，现将有关情况报告如下：\n"
        "一、主要成效\n（一）深化改革。全年取消行政许可事项15项。\n二、存在的不足\n（一）宣传教育还需加强。\n"
    )
    plan = govplan.loads(text, "text")
    assert plan.addressees == ("市政府",)
    assert [t.title for t in plan.iter_tasks()] == ["深化改革"]
    # a lead-in with no 。 before the first heading is the report's text, not header to drop
    assert plan.preamble == "2022年，我县深入推进依法行政，现将有关情况报告如下："


def test_limits_without_a_year_take_the_year_of_a_one_year_plan() -> None:
    text = "某市2023年法治政府建设工作要点\n一、重点工作\n1.6月底前完成清理;年底前全面完成。(牵头单位:市司法局)\n"
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert [(d.text, d.date) for d in task.deadlines] == [
        ("6月底前", dt.date(2023, 6, 30)),
        ("年底前", dt.date(2023, 12, 31)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "某市人民政府关于2022年法治政府建设情况的报告\n一、2022年主要成效\n(一)完成清理。\n"
        "二、2023年工作打算\n(一)深入推进依法行政。年底前完成规范性文件清理。\n",
        "某市人民政府關於2022年法治政府建設情況的報告\n一、2022年主要成效\n(一)完成清理。\n"
        "二、2023年工作打算\n(一)深入推進依法行政。年底前完成規範性文件清理。\n",
    ],
)
def test_limits_without_a_year_take_the_year_their_heading_names(text: str) -> None:
    # a 2022 report's plans for 2023: 年底前 under them is the end of 2023
    *_, task = govplan.loads(text, "text").iter_tasks()
    assert [(d.text, d.date) for d in task.deadlines] == [("年底前", dt.date(2023, 12, 31))]


@pytest.mark.parametrize("text", ["每年底前报送", "每月底前报送", "次年6月底前"])
def test_recurring_or_relative_limits_get_no_invented_date(text: str) -> None:
    assert all(d.date is None for d in find_deadlines(fold(text), text, context_year=2023))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("涉法涉诉信访办结率达95%以上", "涉法涉诉信访办结率"),
        ("在事件发生后5小时内发布权威信息", "发布权威信息"),
        ("每人每年接受不少于60学时的法律知识培训", "法律知识培训"),
        ("每年至少组织1次案卷评查", "案卷评查"),
        ("每學期至少開展1次法治講座", "法治講座"),
        ("群众满意率在90%以上", "群众满意率"),
        ("每季度至少召开1次联席会议", "联席会议"),
        ("確保考核權重不低於5%", "考核權重"),
        # the leading words go at the start of any clause, not only at the paragraph's
        ("加强能源管理,实现森林覆盖率增长至18.68%", "森林覆盖率"),
        ("搭建服務平臺,確保1名律師至少幫扶1家企業", "1名律師"),
        # the bound word, and a copula after a measure's name, are no part of the subject
        ("平均办理时限压缩至3.2个工作日", "平均办理时限"),
        ("平均辦理時限縮短至5個工作日以內", "平均辦理時限"),
        ("全市行政复议纠错率为12.5%", "全市行政复议纠错率"),
        ("查处违法行为12起以上", "查处违法行为"),
        # a time limit before the subject is no part of it (a year before 度 is); 完成率 is a name
        ("2025年6月底前开放数据集不少于500个", "开放数据集"),
        ("2022年11月底前涉法涉訴信訪辦結率達95%以上", "涉法涉訴信訪辦結率"),
        ("年底前完成率达到100%", "完成率"),
        ("2019年度抽查任务完成率达到100%", "2019年度抽查任务完成率"),
        # nothing before the bound, nothing after the figure: the words between them
        ("完成造林2.5万亩以上", "造林"),
        # 实现 before the figure is no part of the subject
        ("行政执法人员持证率实现100%", "行政执法人员持证率"),
        ("行政執法人員持證率實現100%", "行政執法人員持證率"),
        # a subject does not reach back over the figure before it
        ("办结人大代表建议不少于100件、政协委员提案不少于150件", "政协委员提案"),
        ("辦結人大代表建議不少於100件、政協委員提案不少於150件", "政協委員提案"),
        # a hedge before the bound is no part of the subject; a clause of time (之日起) is none
        ("公开征求意见时间一般不少于30日", "公开征求意见时间"),
        ("公開徵求意見時間原則上不少於30日", "公開徵求意見時間"),
        ("自受理之日起15日内作出决定", "作出决定"),
        # an item's label inside the paragraph is no part of the subject
        ("①实现全覆盖;②乡镇法律顾问覆盖率不低于90%", "乡镇法律顾问覆盖率"),
        ("（2）行政復議糾錯率控制在10%以內", "行政復議糾錯率"),
        ("二是按时报备率达95%以上", "按时报备率"),
        # 稳定在, 维持在 bound the figure as 保持在 does
        ("调解成功率稳定在98%以上", "调解成功率"),
        ("出庭應訴率維持在100%", "出庭應訴率"),
        # how often after the subject is no part of it
        ("区政府常务会议每季度至少学法一次", "区政府常务会议"),
        ("縣人民政府主要負責人每年至少聽取兩次", "縣人民政府主要負責人"),
        ("行政执法人员培训时间每人每年不少于60学时", "行政执法人员培训时间"),
        # the figure it is brought from is no part of it
        ("办结时限由20个工作日压缩至10个工作日", "办结时限"),
        ("審批時間由原來的30天縮短至15天", "審批時間"),
        ("覆盖率由85%提高到95%", "覆盖率"),
        ("覆蓋率從85%提高到95%", "覆蓋率"),
        # 其中 (among them) before it and 分别为 after it are no part of it
        ("粮食播种面积稳定在100万亩,其中大豆种植面积不少于8万亩", "大豆种植面积"),
        ("群眾滿意度分別為85%和90%", "群眾滿意度"),
        # a time limit after the measure's name is no part of it
        ("资金支付进度年底前达到90%", "资金支付进度"),
        ("覆蓋率2023年底前達到90%", "覆蓋率"),
        # 人均 and 平均 name a measure: their 均 is no "each"
        ("人均不少于1.5万元", "人均"),
        ("職工人均培訓不少於40學時", "職工人均培訓"),
    ],
)
def test_metric_subjects(text: str, subject: str) -> None:
    assert find_metrics(fold(text), text)[-1].subject == subject  # the last figure's


@pytest.mark.parametrize(
    ("text", "subject", "low", "high", "unit"),
    [
        ("城镇化率保持在60%-65%", "城镇化率", "60", "65", "%"),
        ("城鎮化率達到60%～65%", "城鎮化率", "60", "65", "%"),
        ("满意度稳定在85%至90%。", "满意度", "85", "90", "%"),
        ("地区生产总值增长5.5-6%", "地区生产总值", "5.5", "6", "%"),
        ("每年培训律师不少于5—6万人次", "培训律师", "5", "6", "万人次"),
    ],
)
def test_a_range_bounds_its_measure_from_below_and_above(
    text: str, subject: str, low: str, high: str, unit: str
) -> None:
    lower, upper = find_metrics(fold(text), text)
    assert (lower.comparator, lower.value, lower.unit) == (Comparator.GE, Decimal(low), unit)
    assert (upper.comparator, upper.value, upper.unit) == (Comparator.LE, Decimal(high), unit)
    assert lower.subject == upper.subject and subject in (lower.subject or "")


@pytest.mark.parametrize(
    "text", ["选取2—3家街道为示范单位", "選取2-3家", "第1-3批试点", "电话0551-1234567", "2024-01-20发布"]
)
def test_a_range_of_bare_counts_in_a_plan_or_numbers_that_are_no_range_are_no_metric(text: str) -> None:
    assert find_metrics(fold(text), text) == []


def test_a_reports_range_of_counts_is_a_metric() -> None:
    lower, upper = find_metrics(fold("再次安排1-2次调解"), achieved=True)
    assert (lower.value, upper.value, lower.unit, upper.unit) == (Decimal(1), Decimal(2), "次", "次")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("乡镇司法所平均仅有1.5名工作人员", "乡镇司法所平均"),
        ("接收、取消行政权力共计53项", "接收、取消行政权力"),
        ("罰沒款共計56.8萬元", "罰沒款"),
        ("全縣律師共有120名", "全縣律師"),
        # before the subject too
        ("累计提供免费法律咨询11085人次", "提供免费法律咨询"),
        ("共計受理案件12件", "受理案件"),
    ],
)
def test_a_counts_verb_is_no_part_of_a_reports_subject(text: str, subject: str) -> None:
    (metric,) = find_metrics(fold(text), text, achieved=True)
    assert metric.subject == subject


@pytest.mark.parametrize("text", ["受理群众来电1.2万余件", "受理群眾來電1.2萬餘件", "受理群众来电1.2万多件"])
def test_a_reports_count_of_more_than_so_many_ten_thousands(text: str) -> None:
    (metric,) = find_metrics(fold(text), text, achieved=True)
    assert (metric.comparator, metric.value, fold(metric.unit)) == (Comparator.GE, Decimal("1.2"), "万件")
    assert metric.text == text[-6:]


@pytest.mark.parametrize("text", ["开通6部法律援助热线24小时服务", "開通6部法律援助熱線24小時服務"])
def test_the_words_after_a_figure_stop_at_the_next_figure(text: str) -> None:
    first, _ = find_metrics(fold(text), text, achieved=True)
    assert first.subject == text[4:10]  # 法律援助热线, not …热线24小时服务


@pytest.mark.parametrize("text", ["开展清理，废止7件、修改3件", "開展清理，廢止7件、修改3件"])
def test_words_after_a_figure_that_open_a_list_name_the_next_figure(text: str) -> None:
    assert [m.subject for m in find_metrics(fold(text), text, achieved=True)] == [text[5:7], text[-4:-2]]


def test_a_subject_is_a_phrase_not_a_whole_unpunctuated_paragraph() -> None:
    text = "加强" + "行政执法规范化建设" * 30 + "办结率达到95%以上"
    (metric,) = find_metrics(fold(text), text)
    assert metric.subject is not None and metric.subject.endswith("办结率") and len(metric.subject) <= 60


def test_site_name_inserted_mid_sentence_is_cut_out_not_the_paragraph() -> None:
    text = (
        "某局方案\n一、任务\n(一)規范行政許可程序。以市行政服務中心窗口為主要行政審批場所,建立健全機構和人員,"
        "局有關行政審批的事項集中納入行政審本文來源:文秘站 批科,由窗口集中受理及辦理。\n"
    )
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert "文秘站" not in task.text and "集中納入行政審批科,由窗口集中受理" in task.text
    # what follows the cut still points to the text it came from
    (deadline,) = govplan.loads(text.replace("由窗口", "2023年底前由窗口"), "text").iter_tasks().__next__().deadlines
    assert (
        deadline.span is not None
        and text.replace("由窗口", "2023年底前由窗口")[deadline.span.start : deadline.span.end] == "2023年底前"
    )


@pytest.mark.parametrize(
    "text",
    [
        "某市工作要点\n一、重点任务\n1.推进依法决策(牵头单位:市司法局)。全面落实重大行政决策程序。\n"
        "2.加强执法监督。【牵头单位：市司法局；责任单位：各县区政府】\n3.规范文件管理。［责任单位：市政府办公室］\n"
        "4.推进政务公开。\n责任单位：市政府办公室、市数据局\n责任领导：副市长\n5.深化改革。\n牵头单位：\n市发改委\n"
        "配合单位：\n市财政局、市司法局\n",
        "某市工作要點\n一、重點任務\n1.推進依法決策（牽頭單位：市司法局）。全面落實重大行政決策程序。\n"
        "2.加強執法監督。【牽頭單位：市司法局；責任單位：各縣區政府】\n3.規範文件管理。［責任單位：市政府辦公室］\n"
        "4.推進政務公開。\n責任單位：市政府辦公室、市數據局\n責任領導：副市長\n5.深化改革。\n牽頭單位：\n市發改委\n"
        "配合單位：\n市財政局、市司法局\n",
    ],
)
def test_notes_in_square_brackets_before_the_title_ends_and_split_over_lines(text: str) -> None:
    one, two, three, four, five = govplan.loads(text, "text").iter_tasks()
    assert _f(one.title) == "推进依法决策" and _f(one.text) == "全面落实重大行政决策程序。"  # the note is no title
    assert [(_f(r.unit), r.role.value) for r in two.responsibilities] == [
        ("市司法局", "lead"),
        ("各县区政府", "responsible"),
    ]
    assert [(_f(r.unit), r.role.value) for r in three.responsibilities] == [("市政府办公室", "responsible")]
    # a leader named after units of which none leads is theirs
    assert [(_f(r.unit), _f(r.leader)) for r in four.responsibilities] == [
        ("市政府办公室", "副市长"),
        ("市数据局", "副市长"),
    ]
    # 牵头单位: alone on its line, its units on the next: one note, not a subtask each
    assert not five.subtasks
    assert [(_f(r.unit), r.role.value) for r in five.responsibilities] == [
        ("市发改委", "lead"),
        ("市财政局", "support"),
        ("市司法局", "support"),
    ]


def _f(s: str | None) -> str:
    return fold(s or "")


@pytest.mark.parametrize(
    "text",
    [
        "关于印发《某县2023年安全生产工作要点》的通知\n某政办发〔2023〕8号\n各乡镇人民政府，县直各部门：\n"
        "现将《某县2023年安全生产工作要点》印发给你们，并提出如下要求。\n一、提高思想认识。各单位要高度重视。\n"
        "二、强化督促落实。县安委办要加强督导。\n某县人民政府办公室\n2023年2月10日\n附件\n某县2023年安全生产工作要点\n"
        "一、总体要求\n坚持人民至上。\n二、重点任务\n（一）开展隐患排查治理。（牵头单位：县应急局）\n",
        "關於印發《某縣2023年安全生產工作要點》的通知\n某政辦發〔2023〕8號\n各鄉鎮人民政府，縣直各部門：\n"
        "現將《某縣2023年安全生產工作要點》印發給你們，並提出如下要求。\n一、提高思想認識。各單位要高度重視。\n"
        "二、強化督促落實。縣安委辦要加強督導。\n某縣人民政府辦公室\n2023年2月10日\n附件\n某縣2023年安全生產工作要點\n"
        "一、總體要求\n堅持人民至上。\n二、重點任務\n（一）開展隱患排查治理。（牽頭單位：縣應急局）\n",
    ],
)
def test_a_notice_with_requirements_of_its_own_before_the_plan_it_issues(text: str) -> None:
    plan = govplan.loads(text, "text")
    # one plan, not a page of two documents: the notice's own 一、二、 are its text
    assert plan.doc_type == "工作要点" and not plan.diagnostics
    assert [_f(s.title) for s in plan.sections] == ["总体要求", "重点任务"]
    assert "提高思想认识" in _f(plan.preamble) and "强化督促落实" in _f(plan.preamble)
    assert [_f(i) for i in plan.issuers] == ["某县人民政府办公室"] and plan.date == dt.date(2023, 2, 10)
    assert [_f(a) for a in plan.addressees] == ["各乡镇人民政府", "县直各部门"]  # parted by a full-width comma
    assert [_f(t.title) for t in plan.iter_tasks()] == ["开展隐患排查治理"]


@pytest.mark.parametrize(
    "text",
    [
        "某区2023年法治政府建设情况报告\n一、主要成效\n（一）深化改革。网上可办率达98.5%。\n"
        "二、2024年工作打算\n（一）加强培训。全年培训执法人员不少于500人次。\n",
        "某區2023年法治政府建設情況報告\n一、主要成效\n（一）深化改革。網上可辦率達98.5%。\n"
        "二、2024年工作打算\n（一）加強培訓。全年培訓執法人員不少於500人次。\n",
        # the report's parts as the rules for them name them, and a part naming the year after
        "某区2023年度法治政府建设情况报告\n一、2023年度推进法治政府建设的主要举措和成效\n（一）深化改革。网上可办率达98.5%。\n"
        "二、2024年度推进法治政府建设的主要安排\n（一）加强培训。全年培训执法人员不少于500人次。\n",
        "某區2023年度法治政府建設情況報告\n一、主要成效\n（一）深化改革。網上可辦率達98.5%。\n"
        "二、2024年重點工作\n（一）加強培訓。全年培訓執法人員不少於500人次。\n",
    ],
)
def test_a_reports_plans_for_next_year_state_targets(text: str) -> None:
    done, planned = govplan.loads(text, "text").iter_tasks()
    assert [(m.value, m.kind) for m in done.metrics] == [(Decimal("98.5"), MetricKind.ACHIEVED)]
    assert [(m.value, m.kind) for m in planned.metrics] == [(Decimal(500), MetricKind.TARGET)]


@pytest.mark.parametrize(
    "text", ["《某市法治政府建设实施方案》\n一、总体要求\n", "《某市法治政府建設實施方案》\n一、總體要求\n"]
)
def test_a_title_printed_in_book_brackets(text: str) -> None:
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某市法治政府建设实施方案" and plan.doc_type == "实施方案"


@pytest.mark.parametrize(
    ("title", "issuers"),
    [
        (
            "中共某县委办公室 某县人民政府办公室关于印发《某县法治建设实施方案》的通知",
            ["中共某县委办公室", "某县人民政府办公室"],
        ),
        (
            "中共某縣委全面依法治縣委員會辦公室關於印發《某縣法治宣傳教育實施方案》的通知",
            ["中共某县委全面依法治县委员会办公室"],
        ),
        ("某县人民政府办公室关于印发某县2023年政务公开工作要点的通知", ["某县人民政府办公室"]),
    ],
)
def test_issuers_named_at_the_head_of_a_title(title: str, issuers: list[str]) -> None:
    plan = govplan.loads(f"{title}\n一、总体要求\n坚持依法行政。\n", "text")
    assert [_f(i) for i in plan.issuers] == issuers


@pytest.mark.parametrize(
    "after",
    [
        "（此件公开发布）",
        "（此件公開發布）",
        "抄送：县委办，县人大办。\n某县人民政府办公室　2023年2月10日印发",
        "抄送：縣委辦，縣人大辦。\n某縣人民政府辦公室　2023年2月10日印發",
    ],
)
def test_what_follows_the_signature_is_no_text(after: str) -> None:
    text = f"某县工作要点\n一、重点任务\n（一）做好工作。\n某县人民政府办公室\n2023年2月10日\n{after}\n"
    plan = govplan.loads(text, "text")
    assert [_f(i) for i in plan.issuers] == ["某县人民政府办公室"] and plan.date == dt.date(2023, 2, 10)
    (task,) = plan.iter_tasks()
    assert task.text == ""


@pytest.mark.parametrize(
    "text",
    [
        "某县法治政府建设实施方案\n一、总体要求\n坚持依法行政。\n二、主要任务\n（一）推进依法决策。（牵头单位：县司法局）\n"
        "附件：某县重点任务分解表\n一、依法决策\n1.完善决策程序。（牵头单位：县政府办）\n",
        "某縣法治政府建設實施方案\n一、總體要求\n堅持依法行政。\n二、主要任務\n（一）推進依法決策。（牽頭單位：縣司法局）\n"
        "附件1\n某縣重點任務分解表\n一、依法決策\n1.完善決策程序。（牽頭單位：縣政府辦）\n",
    ],
)
def test_an_attachment_numbered_anew_is_the_plans_own_part(text: str) -> None:
    plan = govplan.loads(text, "text")
    assert plan.doc_type == "实施方案"  # not 合集: the attachment is the plan's own
    assert [_f(s.title) for s in plan.sections] == ["总体要求", "主要任务", "某县重点任务分解表"]
    # its items, under its title, keep their layers
    (item,) = plan.sections[-1].sections
    assert (_f(item.title), item.level, [_f(t.title or "") for t in item.tasks]) == ("依法决策", 1, ["完善决策程序"])


@pytest.mark.parametrize(
    "rows",
    ["公开方式：主动公开\n体裁分类：通知\n访问次数：1024", "公開方式：主動公開\n體裁分類：通知\n訪問次數：1024"],
)
def test_disclosure_rows_after_the_title_are_no_text(rows: str) -> None:
    # a line after the title that is read as nothing opens the plan's text; these are read, and passed over
    plan = govplan.loads(
        f"某县法治政府建设实施方案\n{rows}\n现将方案印发如下：\n一、总体要求\n坚持依法行政。\n", "text"
    )
    assert _f(plan.preamble) == "现将方案印发如下:"


@pytest.mark.parametrize(
    "text",
    [
        "某县行动方案\n一、重点任务\n㈠优化政务服务。（县数据资源局（牵头）、县直各相关部门；完成时限：2023年9月）\n",
        "某縣行動方案\n一、重點任務\n㈠優化政務服務。（縣數據資源局（牽頭）、縣直各相關部門；完成時限：2023年9月）\n",
    ],
)
def test_a_one_character_label_a_unit_marked_lead_and_a_bare_month_limit(text: str) -> None:
    (section,) = govplan.loads(text, "text").sections
    (task,) = section.tasks
    assert task.label == "㈠" and fold(task.title or "") == "优化政务服务"
    assert [(fold(r.unit), r.role.value) for r in task.responsibilities] == [
        ("县数据资源局", "lead"),
        ("县直各相关部门", "support"),
    ]
    assert [(d.text, d.date) for d in task.deadlines] == [("2023年9月", dt.date(2023, 9, 30))]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "1.精简许可事项。牵头单位：市政务服务局；配合单位：市直各部门。",
            [("市政务服务局", "lead"), ("市直各部门", "support")],
        ),
        (
            "1.精简許可事項。牽頭單位：市政務服務局；配合單位：市直各部門。",
            [("市政务服务局", "lead"), ("市直各部门", "support")],
        ),
        (
            "1.推进一件事一次办。责任单位：市政务服务局、市数据局",
            [("市政务服务局", "responsible"), ("市数据局", "responsible")],
        ),
        # one list to a sentence; a sentence of prose after the note is no unit
        ("1.完善复议机制。牵头单位：市司法局。配合单位：市财政局。", [("市司法局", "lead"), ("市财政局", "support")]),
        ("1.加强法治宣传。牵头单位：市司法局。各地要结合实际抓好落实。", [("市司法局", "lead")]),
        ("1.加強法治宣傳。牽頭單位：市司法局。各地要結合實際抓好落實。", [("市司法局", "lead")]),
        # the words of a sentence are no note
        ("1.加强协调。责任单位要切实履行职责。", []),
    ],
)
def test_a_note_after_the_last_sentence_without_brackets(item: str, expected: list[tuple[str, str]]) -> None:
    plan = govplan.loads(f"某市工作要点\n一、深化改革\n{item}\n", "text")
    (task,) = plan.iter_tasks()
    assert [(fold(r.unit), r.role.value) for r in task.responsibilities] == expected


@pytest.mark.parametrize(
    "foot",
    [
        "相关附件：\n1.某市营商环境工作方案.docx\n主办：某市人民政府办公室　承办：某市数据资源管理局\n"
        "地址：某市人民路1号　邮编：344000\n建议使用1024*768分辨率浏览本网站\n",
        "相關附件：\n1.某市營商環境工作方案.docx\n主辦：某市人民政府辦公室　承辦：某市數據資源管理局\n"
        "地址：某市人民路1號　郵編：344000\n建議使用1024*768分辨率瀏覽本網站\n",
    ],
)
def test_what_a_page_sets_under_the_signature_is_no_text(foot: str) -> None:
    text = "某市工作方案\n一、重点任务\n(一)提升服务效能。(牵头单位:市政务服务局)\n某市人民政府办公室\n2024年1月12日\n"
    plan = govplan.loads(text + foot, "text")
    assert [fold(i) for i in plan.issuers] == ["某市人民政府办公室"] and plan.date == dt.date(2024, 1, 12)
    (task,) = plan.iter_tasks()  # the file's link is no item, the 主办/承办 line no note
    assert [fold(r.unit) for r in task.responsibilities] == ["市政务服务局"]
    everything = " ".join([plan.preamble, *(s.text for s in plan.iter_sections()), task.text])
    assert "主办" not in fold(everything) and "邮编" not in fold(everything)


@pytest.mark.parametrize("number", ["-2-", "—2—", "·2·", "－ 2 －", "第2页", "第 2 页 共 3 页"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_printed_pages_number_between_items_is_no_part_of_either(number: str, script: str) -> None:
    items = f"1.加强行政复议工作。（责任单位：县司法局）\n{number}\n2.推进政务公开。（责任单位：县政府办）\n"
    if script == "traditional":
        items = items.replace("县", "縣").replace("单位", "單位").replace("责任", "責任")
    one, two = govplan.loads("某县工作要点\n一、重点任务\n" + items, "text").iter_tasks()
    assert one.text.endswith("）") and not two.text.startswith(number)  # the item's note ends its text
    assert [len(one.responsibilities), len(two.responsibilities)] == [1, 1]


@pytest.mark.parametrize(
    "line",
    [
        "（一）开展法治宣传月活动。（主办单位：市委宣传部；协办单位：市司法局）",
        "（一）開展法治宣傳月活動。（主辦單位：市委宣傳部；協辦單位：市司法局）",
        "（一）开展技术支持服务。（责任单位：市数据局）",
        "（一）政府网站年访问量达到500万人次以上。（责任单位：市数据局）",
        "（一）政府網站年訪問量達到500萬人次以上。（責任單位：市數據局）",
        "（一）推进行政执法数据联网备案。（责任单位：市司法局）",
        "（一）推进政府网站适老化和无障碍浏览改造（责任单位：市数据局）",
        "（一）認真辦理“我為政府網站找錯”平臺留言（責任單位：市政府辦公室）",
        # a report's counts of a site's visits
        "（一）政府网站全年访问量1200万次，信息发布2000条（责任单位：市数据局）",
        "（一）門戶網站點擊量12萬次，回覆留言300條（責任單位：市數據局）",
        # words of a page's foot and link lists
        "（一）推进政府网站支持IPv6改造（责任单位：市数据局）",
        "（一）开展法治书籍推荐阅读活动（责任单位：市司法局）",
    ],
)
def test_words_a_page_uses_too_do_not_make_an_item_furniture(line: str) -> None:
    # 主办单位, 技术支持, 访问量 and 网备 are the page's only where a page puts them
    plan = govplan.loads(f"某市工作方案\n一、重点任务\n{line}\n", "text")
    (task,) = plan.iter_tasks()
    assert task.label == "（一）" and task.responsibilities


@pytest.mark.parametrize(
    "text",
    [
        "某市行政执法监督办法\n第一章 总 则\n第一条 为了加强监督，制定本办法。\n"
        "第二章 附 则\n第二条 本办法自发布之日起施行。\n"
        "中共某市委办公室 某市人民政府办公室 某市政协办公室\n2023年12月1日\n",
        "某市行政執法監督辦法\n第一章 總 則\n第一條 為了加強監督，制定本辦法。\n"
        "第二章 附 則\n第二條 本辦法自發佈之日起施行。\n"
        "中共某市委辦公室 某市人民政府辦公室 某市政協辦公室\n2023年12月1日\n",
    ],
)
def test_spaced_out_headings_and_three_issuers_side_by_side_are_no_menu(text: str) -> None:
    plan = govplan.loads(text, "text")
    assert [fold(s.title) for s in plan.sections] == ["总 则", "附 则"]
    assert [fold(i) for i in plan.issuers] == ["中共某市委办公室", "某市人民政府办公室", "某市政协办公室"]
    assert plan.date == dt.date(2023, 12, 1)


@pytest.mark.parametrize("remark", ["（此件公开发布）", "（此件公開發佈）", "(此件主动公开)"])
def test_the_remark_on_publication_is_no_text_wherever_it_stands(remark: str) -> None:
    text = (
        "某市人民政府办公室关于印发某市行动方案的通知\n各县区人民政府:\n现将《某市行动方案》印发给你们。\n"
        f"2023年5月6日\n{remark}\n某市行动方案\n为优化营商环境,制定本方案。\n一、重点任务\n"
    )
    plan = govplan.loads(text, "text")
    assert "此件" not in plan.preamble and "为优化营商环境" in plan.preamble
    assert plan.date == dt.date(2023, 5, 6)


@pytest.mark.parametrize(
    ("text", "title", "doc_type"),
    [
        (
            "某市关于进一步优化营商环境的若干措施\n为优化营商环境,制定以下措施。\n一、提升效能\n",
            "某市关于进一步优化营商环境的若干措施",
            "若干措施",
        ),
        (
            "某市關於進一步優化營商環境的若干措施\n為優化營商環境,制定以下措施。\n一、提升效能\n",
            "某市关于进一步优化营商环境的若干措施",
            "若干措施",
        ),
        # 重点任务 names a kind of document, and does not hide the 任务清单 it overlaps
        ("某县2024年法治政府建设重点任务\n一、健全制度\n", "某县2024年法治政府建设重点任务", "重点任务"),
        ("某縣2024年法治政府建設重點任務清單\n一、健全制度\n", "某县2024年法治政府建设重点任务清单", "任务清单"),
        (
            "某县2024年法治政府建设重点工作任务分解\n一、健全制度\n",
            "某县2024年法治政府建设重点工作任务分解",
            "任务分解",
        ),
        ("某縣2024年法治政府建設重點工作任務\n一、健全制度\n", "某县2024年法治政府建设重点工作任务", "工作任务"),
        ("某县法治政府建设重点任务分工方案\n一、健全制度\n", "某县法治政府建设重点任务分工方案", "分工方案"),
        ("某縣法治政府建設重點任務分工方案\n一、健全制度\n", "某县法治政府建设重点任务分工方案", "分工方案"),
        # a plan's outline, a ledger of tasks and a pledge of responsibility are kinds of their own
        ("某市法治政府建设规划纲要\n一、总体要求\n", "某市法治政府建设规划纲要", "规划纲要"),
        ("某縣2024年法治工作任務台賬\n一、健全制度\n", "某县2024年法治工作任务台账", "任务台账"),
        ("某县2024年安全生产目标责任书\n一、目标任务\n", "某县2024年安全生产目标责任书", "责任书"),
        # a remark in brackets names no kind of document
        ("某县法治政府建设实施方案（征求意见稿）\n一、总体要求\n", "某县法治政府建设实施方案(征求意见稿)", "实施方案"),
        ("某縣法治政府建設實施方案（徵求意見稿）\n一、總體要求\n", "某县法治政府建设实施方案(征求意见稿)", "实施方案"),
        # a title naming no kind of document: the line of words just above the text
        (
            "首页 > 政策文件\n关于进一步做好农民工工资支付工作\n现就有关事项通知如下。\n一、压实责任\n",
            "关于进一步做好农民工工资支付工作",
            None,
        ),
        (
            "首頁 > 政策文件\n關於進一步做好農民工工資支付工作\n現就有關事項通知如下。\n一、壓實責任\n",
            "关于进一步做好农民工工资支付工作",
            None,
        ),
    ],
)
def test_titles_of_other_kinds_of_document(text: str, title: str, doc_type: str | None) -> None:
    plan = govplan.loads(text, "text")
    assert (fold(plan.title), plan.doc_type) == (title, doc_type)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_indicator_table_a_cell_to_a_line(script: str) -> None:
    text = (
        "某市法治政府建设规划\n一、发展目标\n主要指标如下：\n序号\n指标名称\n单位\n2020年\n2025年\n属性\n"
        "1\n行政复议纠错率\n%\n12.5\n≤10\n预期性\n2\n负责人出庭应诉率\n%\n90\n100\n约束性\n二、主要任务\n(一)健全制度。\n"
    )
    if script == "traditional":
        text = text.replace("复议纠错", "復議糾錯").replace("负责人出庭应诉", "負責人出庭應訴").replace("预期", "預期")
    (goals, _) = govplan.loads(text, "text").sections
    assert [(fold(m.subject or ""), m.comparator, m.value, fold(m.nature or "")) for m in goals.metrics] == [
        ("行政复议纠错率", Comparator.LE, Decimal(10), "预期性"),
        ("负责人出庭应诉率", Comparator.EQ, Decimal(100), "约束性"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "某市人民政府办公室关于印发某市重点任务清单的通知\n各县区人民政府：\n现将清单印发给你们。\n"
        "某市人民政府办公室\n2024年1月12日\n序号\n重点任务\n牵头单位\n完成时限\n1\n推行企业开办一日办结\n"
        "市市场监管局\n2024年6月\n",
        "某市人民政府辦公室關於印發某市重點任務清單的通知\n各縣區人民政府：\n現將清單印發給你們。\n"
        "某市人民政府辦公室\n2024年1月12日\n序號\n重點任務\n牽頭單位\n完成時限\n1\n推行企業開辦一日辦結\n"
        "市市場監管局\n2024年6月\n",
    ],
)
def test_a_table_under_a_notices_signature_is_the_documents(text: str) -> None:
    plan = govplan.loads(text, "text")
    # a short table: the signature is among the page's last lines, and what follows it is the table
    (task,) = plan.iter_tasks()
    assert (task.label, [fold(u) for u in task.units()]) == ("1", ["市市场监管局"])
    assert [d.date for d in task.deadlines] == [dt.date(2024, 6, 30)]


@pytest.mark.parametrize(
    ("lead", "foot"),
    [
        (
            "【导语】以下是小编整理的社区工作计划范文，欢迎阅读参考！",
            "本文由范文网整理，仅供参考，如有侵权请联系删除。\n更多工作计划范文请关注本站。\n猜你喜欢：\n"
            "社区2022年工作总结\n街道2023年普法计划\n热门推荐\n免责声明：本站文章来源于网络。\n",
        ),
        (
            "【導語】以下是小編整理的社區工作計劃範文，歡迎閱讀參考！",
            "本文由範文網整理，僅供參考，如有侵權請聯繫刪除。\n更多工作計劃範文請關注本站。\n猜你喜歡：\n"
            "社區2022年工作總結\n街道2023年普法計劃\n熱門推薦\n免責聲明：本站文章來源於網絡。\n",
        ),
        (
            "前言:本站为你精心整理了社区工作计划范文,希望能为你的创作提供参考价值,我们的客服老师可以帮助你,欢迎咨询。",
            "",
        ),
        ("導語:社區工作計劃一文來源於網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。", ""),
    ],
)
def test_what_a_site_copying_documents_adds_is_no_text(lead: str, foot: str) -> None:
    body = "社区2023年工作计划\n为推进法治社区建设，制定本计划。\n一、主要工作\n（一）开展宣传。每季度开展1次讲座。\n"
    text = f"{lead}\n{body}{foot}"
    plan = govplan.loads(text, "text")
    (task,) = plan.iter_tasks()
    assert fold(task.text) == "每季度开展1次讲座。"  # the links listed under 猜你喜欢 are no text either
    everything = fold(" ".join([plan.title, plan.preamble, *(s.text for s in plan.iter_sections())]))
    assert "小编" not in everything and "本站" not in everything and fold(plan.title) == "社区2023年工作计划"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_tables_last_row_with_a_cell_over_two_lines(script: str) -> None:
    text = (
        "某县重点任务分工表\n序号\n重点任务\n具体措施\n牵头单位\n完成时限\n1\n健全决策机制\n"
        "1.制定年度决策事项目录。\n2.目录向社会公开。\n县司法局\n2024年6月\n三、保障措施\n（一）加强组织领导。\n"
    )
    if script == "traditional":
        text = text.replace("决策", "決策").replace("目录", "目錄").replace("县司法局", "縣司法局")
    plan = govplan.loads(text, "text")
    task = next(plan.iter_tasks())
    assert fold(task.text) == "1.制定年度决策事项目录。\n2.目录向社会公开。"
    assert [fold(u) for u in task.units()] == ["县司法局"] and task.deadlines[0].date == dt.date(2024, 6, 30)
    assert [fold(s.title) for s in plan.sections] == ["保障措施"]  # the heading after the table is its own


@pytest.mark.parametrize(
    ("signature", "attachment"),
    [
        ("某市人民政府办公室\n2024年2月1日\n", "附件\n重点任务分工\n"),
        ("某市人民政府辦公室\n2024年2月1日\n", "附件：重點任務分工\n"),
    ],
)
def test_the_signature_above_the_attachments(signature: str, attachment: str) -> None:
    text = "某市工作要点\n一、重点任务\n(一)健全机制。(牵头单位:市司法局)\n二、保障措施\n加强组织领导。\n"
    plan = govplan.loads(text + signature + attachment, "text")
    assert [fold(i) for i in plan.issuers] == ["某市人民政府办公室"] and plan.date == dt.date(2024, 2, 1)
    assert "2024年2月1日" not in plan.sections[1].text and "办公室" not in fold(plan.sections[1].text)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_task_cell_naming_a_year_is_no_time_limit(script: str) -> None:
    text = (
        "某县重点任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n完成2024年度规范性文件清理\n县司法局\n2024年6月底前\n"
    )
    if script == "traditional":
        text = text.replace("规范性文件清理", "規範性文件清理").replace("县司法局", "縣司法局")
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert fold(task.title or "") == "完成2024年度规范性文件清理"
    assert [fold(u) for u in task.units()] == ["县司法局"] and task.deadlines[0].date == dt.date(2024, 6, 30)


@pytest.mark.parametrize(
    "closing",
    [
        "各乡镇、各部门要于2023年11月30日前将贯彻落实情况报送县司法局。",
        "各鄉鎮、各部門要於2023年11月30日前將貫徹落實情況報送縣司法局。",
    ],
)
def test_what_follows_the_last_noted_item_is_the_plans_closing(closing: str) -> None:
    text = (
        "某县2023年工作要点\n一、重点任务\n1.健全决策机制。（责任单位：县司法局）\n"
        "2.规范行政执法。（责任单位：县市场监管局）\n"
    )
    plan = govplan.loads(text + closing, "text")
    last = list(plan.iter_tasks())[-1]
    assert plan.closing == closing
    assert closing not in last.text and not last.deadlines  # the closing's limit is no item's
    # an item's own paragraph before its note stays the item's
    plan = govplan.loads(text.replace("2.规范行政执法。", "2.规范行政执法。\n开展案卷评查。") + closing, "text")
    assert "开展案卷评查" in list(plan.iter_tasks())[-1].text and plan.closing == closing


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_what_follows_items_noted_by_their_headings_note_and_addresses_the_units_is_the_closing(script: str) -> None:
    text = (
        "某市2023年政务公开工作要点\n一、强化平台建设\n（一）加强政务新媒体管理。（责任单位：市委网信办）\n"
        "1.开展清理整合。\n2.健全监管机制。\n"
    )
    closing = "各县区、各部门要于2023年11月30日前将落实情况报送市政府办公室。"
    body = "建立季度检查制度。"  # an item's own words, which address no one
    if script == "traditional":
        text, closing = text.replace("责任单位", "責任單位"), closing.replace("县区、各部门", "縣區、各部門")
    plan = govplan.loads(text + closing, "text")
    last = list(plan.iter_tasks())[-1]
    assert plan.closing == closing and last.units() and not last.deadlines
    plan = govplan.loads(text + body, "text")
    assert body in list(plan.iter_tasks())[-1].text and not plan.closing
    # under a heading without a note the words stay the last item's: they may be its own
    plan = govplan.loads(
        text.replace("（责任单位：市委网信办）", "").replace("（責任單位：市委网信办）", "") + closing, "text"
    )
    assert closing in list(plan.iter_tasks())[-1].text and not plan.closing


@pytest.mark.parametrize(
    "item",
    [
        "1.开展全员轮训。2024年底前完成轮训。\n责任单位：市司法局\n完成时限：2024年12月\n",
        "1.開展全員輪訓。2024年底前完成輪訓。\n責任單位：市司法局\n完成時限：2024年12月\n",
    ],
)
def test_a_limit_named_in_the_text_and_again_on_the_time_limit_line_is_one(item: str) -> None:
    plan = govplan.loads("某市行动计划\n一、重点任务\n" + item, "text")
    (task,) = plan.iter_tasks()
    assert [d.date for d in task.deadlines] == [dt.date(2024, 12, 31)]
    assert "完成时限" in fold(task.text) and not plan.closing  # the time limit's line is the item's


@pytest.mark.parametrize(
    "head",
    [
        "某市“十四五”法治政府建设规划\n某市人民政府\n2021年12月30日\n",
        "某市“十四五”法治政府建設規劃\n某市人民政府\n2021年12月30日\n",
    ],
)
def test_the_organs_and_date_printed_under_the_title_issue_it(head: str) -> None:
    plan = govplan.loads(head + "第一章 总体要求\n坚持依法行政。\n第二章 主要任务\n一、健全制度。\n", "text")
    assert plan.issuers == ("某市人民政府",) and plan.date == dt.date(2021, 12, 30)
    assert not plan.preamble and plan.sections[0].text == "坚持依法行政。"


@pytest.mark.parametrize(
    "rows",
    [
        "序号\t指标名称\t2020年\t2025年\t属性\n1\t行政复议纠错率（%）\t15.2\t≥12\t预期性\n2\t办理时限(个工作日)\t5\t3\t约束性\n",
        "序號\t指標名稱\t2020年\t2025年\t屬性\n1\t行政復議糾錯率（%）\t15.2\t≥12\t預期性\n2\t辦理時限(個工作日)\t5\t3\t約束性\n",
    ],
)
def test_an_indicator_tables_unit_named_after_the_indicator(rows: str) -> None:
    plan = govplan.loads("某市规划\n一、主要目标\n到2025年基本建成法治政府。\n" + rows, "text")
    assert [(fold(m.subject or ""), m.value, fold(m.unit)) for m in plan.sections[0].metrics] == [
        ("行政复议纠错率", Decimal(12), "%"),
        ("办理时限", Decimal(3), "个工作日"),
    ]


@pytest.mark.parametrize("cell", ["5.5-6", "5.5%～6%", "[5.5—6]", "5.5至6"])
def test_an_indicator_tables_range_gives_both_its_ends(cell: str) -> None:
    rows = f"序号\t指标名称\t单位\t2025年\t属性\n1\t地区生产总值年均增长\t%\t{cell}\t预期性\n"
    plan = govplan.loads("某市规划\n一、主要目标\n到2025年基本建成法治政府。\n" + rows, "text")
    assert [(m.subject, m.comparator, m.value, m.unit) for m in plan.sections[0].metrics] == [
        ("地区生产总值年均增长", Comparator.GE, Decimal("5.5"), "%"),
        ("地区生产总值年均增长", Comparator.LE, Decimal(6), "%"),
    ]


@pytest.mark.parametrize(
    ("item", "units"),
    [
        ("今年底前完成执法人员轮训。（县司法局）", ["县司法局"]),
        ("今年底前完成執法人員輪訓。（縣司法局、縣人社局）", ["县司法局", "县人社局"]),
        # or in square brackets
        ("今年底前完成执法人员轮训。【县司法局】", ["县司法局"]),
        ("今年底前完成執法人員輪訓。［縣司法局、縣人社局］", ["县司法局", "县人社局"]),
        # a unit in brackets inside the sentence is no note, nor are words ending in 落实
        ("由县委依法治县办（县司法局）统筹推进。", []),
        ("今年底前完成执法人员轮训（认真抓好落实）。", []),
    ],
)
def test_units_in_brackets_after_the_last_sentence_are_responsible(item: str, units: list[str]) -> None:
    (task,) = govplan.loads("某县工作计划\n一、重点任务\n1.加强培训。" + item, "text").iter_tasks()
    assert [(fold(r.unit), r.role.value) for r in task.responsibilities] == [(u, "responsible") for u in units]


@pytest.mark.parametrize("header", ["落实单位", "落實單位", "实施单位", "責任主體"])
def test_a_task_tables_responsible_column_under_other_names(header: str) -> None:
    text = (
        f"某县工作要点\n一、重点任务\n序号\t重点任务\t{header}\t完成时限\n1\t清理规范性文件\t县司法局\t2024年6月底前\n"
    )
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert [(fold(r.unit), r.role.value) for r in task.responsibilities] == [("县司法局", "responsible")]


@pytest.mark.parametrize(
    "item",
    [
        "1.严格落实决策程序。【责任单位】县政府办公室、县司法局【完成时限】2024年6月\n",
        "1.嚴格落實決策程序。【責任單位】縣政府辦公室、縣司法局【完成時限】2024年6月\n",
        "1.严格落实决策程序。【完成时限】2024年6月【牵头单位】县政府办公室；【配合单位】县司法局\n",
        "1.严格落实决策程序。【牵头单位：县政府办公室；配合单位：县司法局；时间节点：2024年6月】\n",
    ],
)
def test_role_headings_and_the_time_limit_in_square_brackets(item: str) -> None:
    (task,) = govplan.loads("某县工作要点\n一、重点任务\n" + item, "text").iter_tasks()
    roles = [r.role.value for r in task.responsibilities]
    assert [fold(r.unit) for r in task.responsibilities] == ["县政府办公室", "县司法局"]
    assert roles == (["lead", "support"] if "牵头" in item else ["responsible", "responsible"])
    assert [d.date for d in task.deadlines] == [dt.date(2024, 6, 30)]


@pytest.mark.parametrize(
    ("attachment", "title", "items"),
    [
        (
            "附件\n某市2024年重点任务分工表\n",
            "某市2024年重点任务分工表",
            "序号\t重点任务\t牵头单位\t完成时限\n1\t公布决策事项目录\t市政府办公室\t2024年3月底前\n",
        ),
        (
            "附件：某市2024年重點任務分工表\n",
            "某市2024年重點任務分工表",
            "序号\t重点任务\t牵头单位\t完成时限\n1\t公布决策事项目录\t市政府办公室\t2024年3月底前\n",
        ),
        # its items numbered below the plan's top layer, not a table
        (
            "附件\n某市2024年重点任务分工表\n",
            "某市2024年重点任务分工表",
            "1.公布决策事项目录。（牵头单位：市政府办公室）\n",
        ),
        (
            "附件\n某市2024年重點任務分工表\n",
            "某市2024年重點任務分工表",
            "1.公布决策事项目录。（牽頭單位：市政府辦公室）\n",
        ),
    ],
)
def test_a_table_an_attachment_line_heads_after_the_plans_text_is_a_part_of_its_own(
    attachment: str, title: str, items: str
) -> None:
    text = (
        "某市2024年工作要点\n一、推进依法行政\n严格落实重大行政决策程序。\n二、强化监督\n支持人大监督。\n"
        + attachment
        + items
    )
    plan = govplan.loads(text, "text")
    assert plan.doc_type == "工作要点"  # the attachment is the plan's own: no collection of documents
    (table,) = plan.sections  # the plan's own items, of one layer and no notes, are tasks
    assert plan.tasks[-1].text == "支持人大监督。" and (table.label, table.title) == (None, title)
    (task,) = table.tasks
    assert ((task.label or "").rstrip("."), task.title, [fold(u) for u in task.units()]) == (
        "1",
        "公布决策事项目录",
        ["市政府办公室"],
    )


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_text_broken_at_one_width_is_joined_into_its_paragraphs_again(script: str) -> None:
    item = "深入推进依法行政，政府工作人员法治培训合格率达到95%以上，加快建设法治政府。（责任单位：县司法局）"
    if script == "traditional":
        item = item.replace("责任单位", "責任單位").replace("县司法局", "縣司法局")
    items = "".join(f"{n}.{item}\n" for n in range(1, 13))
    whole = govplan.loads("某县工作要点\n一、重点任务\n" + items, "text")
    assert not whole.diagnostics and len(list(whole.iter_tasks())) == 12
    # broken at 30 characters, as text taken from a PDF is, with page numbers between two lines (one
    # with blank lines and the next page's form feed around it)
    lines = [line[i : i + 30] for line in items.splitlines() for i in range(0, len(line), 30)]
    lines[13:13] = ["", "— 3 —", "", "\x0c"]
    lines.insert(7, "— 2 —")
    lines[9] = lines[9][:10] + "本文来源：文秘站 " + lines[9][10:]  # a site's name inserted in a line
    text = "某县工作要点\n一、重点任务\n" + "\n".join(lines) + "\n"
    plan = govplan.loads(text, "text")
    assert [d.message for d in plan.diagnostics] == ["lines were wrapped at 30 characters: paragraphs joined again"]
    assert plan.diagnostics[0].line == 3  # the first paragraph joined
    tasks = list(plan.iter_tasks())
    assert [t.text for t in tasks] == [t.text for t in whole.iter_tasks()]  # the page number is dropped
    assert all([fold(u) for u in t.units()] == ["县司法局"] and t.metrics[0].value == 95 for t in tasks)
    # an element that crosses a break points to the text it came from, over the break
    metric = tasks[0].metrics[0]
    assert metric.span is not None and metric.span.line < metric.span.end_line
    assert text[metric.span.start : metric.span.end].replace("\n", "") == metric.text


@pytest.mark.parametrize("space", ["&nbsp;", "&emsp;", "&#12288;", "&NBSP"])
def test_spaces_of_a_pages_markup_left_in_the_text(space: str) -> None:
    text = f"某县法治政府建设实施方案\n{space * 4}一、总体要求\n{space * 2}坚持依法行政。\n{space * 4}二、主要任務\n"
    text += f"{space * 2}1.健全制度。（責任單位：縣司法局）\n"
    plan = govplan.loads(text, "text")
    assert [(s.label, fold(s.title)) for s in plan.sections] == [("一、", "总体要求"), ("二、", "主要任务")]
    (task,) = plan.iter_tasks()
    assert task.span is not None and text[task.span.start : task.span.end] == "1.健全制度。（責任單位：縣司法局）"
    assert [fold(u) for u in task.units()] == ["县司法局"]


def _wrapped(text: str, width: int) -> str:
    """``text`` broken into lines of ``width`` characters as a PDF breaks it: a paragraph's first line
    indented by two wide spaces, a signature set to the right."""
    out = []
    for line in text.splitlines():
        if line.startswith("某县人民政府") or line.startswith("2023年"):
            out.append("\u3000" * 20 + line)
            continue
        line = "\u3000\u3000" + line
        out += [line[i : i + width] for i in range(0, len(line), width)]
    return "\n".join(out) + "\n"


def test_a_wrapped_plan_reads_as_the_same_plan() -> None:
    items = [
        "健全依法决策机制，重大行政决策事项目录于每年3月底前向社会公布，公众参与率达到90%以上。（牵头单位：县政府办公室；配合单位：县司法局）",
        "规范行政执法行为，行政执法人员每人每年接受法律知识培训不少于60学时。（责任单位：县司法局、县直各执法部门）",
        "强化行政复议工作，行政复议案件按期办结率达到100%，纠错率控制在15%以内。（责任单位：县司法局）",
        "推进政务公开，2023年9月底前完成政府信息公开指南修订工作，主动公开率保持100%。（责任单位：县政府办公室）",
    ]
    body = "某县2023年法治政府建设工作要点\n一、重点任务\n"
    body += "".join(f"{n}.{item}\n" for n, item in enumerate(items * 3, start=1))
    body += "二、组织保障\n（一）加强组织领导。各乡镇、县直各部门要结合实际制定具体措施，"
    body += "于11月30日前将落实情况报送县司法局。\n"
    body += "某县人民政府\n2023年3月1日\n"
    whole = govplan.loads(body, "text")
    for width in (28, 33, 40):
        plan = govplan.loads(_wrapped(body, width), "text")
        assert plan.diagnostics[0].message.startswith(f"lines were wrapped at {width} characters")
        assert (plan.title, plan.issuers, plan.date, plan.closing) == (
            whole.title,
            whole.issuers,
            whole.date,
            whole.closing,
        )
        # a section's span runs over the lines its text was broken over
        wrapped = _wrapped(body, width)
        last = plan.sections[-1].sections[-1]  # a heading whose text runs on over the lines
        assert last.span is not None and wrapped[last.span.start : last.span.end].rstrip().endswith("县司法局。")
        for got, want in zip(plan.iter_tasks(), whole.iter_tasks(), strict=True):
            assert (got.label, got.title, got.text.replace("\n", "")) == (want.label, want.title, want.text)
            assert got.units() == want.units()
            assert [(m.value, m.unit) for m in got.metrics] == [(m.value, m.unit) for m in want.metrics]
            assert [d.date for d in got.deadlines] == [d.date for d in want.deadlines]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_wrapped_lines_label_out_of_its_turn_goes_on_the_sentence_broken_before_it(script: str) -> None:
    # broken at …相统一、 the next line opens with 一、, where 一、 has been: words, not a heading
    item = "坚持在法治中推进改革，实现立法和改革决策相统一、相衔接，做到重大改革于法有据。（责任单位：县司法局）"
    if script == "traditional":
        item = item.replace("责任单位", "責任單位").replace("县司法局", "縣司法局")
    cut = item.index("一、相衔接")
    body = "某县工作要点\n一、重点任务\n" + "".join(f"（{n}）{item}\n" for n in "一二三四五六七八九十")
    whole = govplan.loads(body, "text")
    width = len("\u3000\u3000（一）") + cut  # the first line of each item ends before 一、
    wrapped = _wrapped(body, width)
    assert "\n一、相衔接" in wrapped
    plan = govplan.loads(wrapped, "text")
    assert plan.diagnostics[0].message.startswith("lines were wrapped at")
    assert [s.label for s in plan.sections] == ["一、"]
    assert [t.text.replace("\n", "") for t in plan.iter_tasks()] == [t.text for t in whole.iter_tasks()]
    # a heading in its turn after a full line that ends a sentence is one
    two = body + "二、保障措施\n（一）加强组织领导。\n"
    assert [s.label for s in govplan.loads(_wrapped(two, width), "text").sections] == ["一、", "二、"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_wrapped_line_ending_with_brackets_inside_its_sentence_goes_on(script: str) -> None:
    # the line ends with …实施方案(2016—2020年): brackets inside the sentence, no note after it
    item = (
        "贯彻落实法治政府建设实施方案(2016—2020年)的各项部署，健全依法决策机制，严格落实重大行政决策程序，"
        "推进行政决策科学化民主化法治化，重大行政决策合法性审查率达到100%，决策后评估工作有序开展。"
        "（责任单位：县司法局）"
    )
    if script == "traditional":
        item = item.replace("责任单位", "責任單位").replace("实施方案", "實施方案")
    width = len("\u3000\u30001.") + item.index("的各项部署")  # the first line of each item ends at the )
    body = "某县工作要点\n一、重点任务\n" + "".join(f"{n}.{item}\n" for n in range(1, 13))
    wrapped = _wrapped(body, width)
    assert "2020年)\n的各项部署" in wrapped
    plan = govplan.loads(wrapped, "text")
    assert plan.diagnostics[0].message.startswith("lines were wrapped at")
    tasks = list(plan.iter_tasks())
    assert [t.text.replace("\n", "") for t in tasks] == [t.text for t in govplan.loads(body, "text").iter_tasks()]
    assert all(len(t.responsibilities) == 1 for t in tasks)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_tags_of_a_pages_markup_left_in_the_text(script: str) -> None:
    text = (
        '某县法治政府建设实施方案\n<p>一、总体要求</p>\n<p style="text-indent:2em">坚持依法行政。</p>\n'
        "<P>二、主要任务</P><br/>\n<span>1.健全制度。</span>（责任单位：县司法局）<br>\n"
    )
    if script == "traditional":
        text = text.replace("责任单位", "責任單位").replace("县司法局", "縣司法局")
    plan = govplan.loads(text, "text")
    assert [(s.label, s.title) for s in plan.sections] == [("一、", "总体要求"), ("二、", "主要任务")]
    assert plan.sections[0].text == "坚持依法行政。"
    (task,) = plan.iter_tasks()
    assert [fold(u) for u in task.units()] == ["县司法局"] and "<" not in task.text


@pytest.mark.parametrize(
    "text",
    [
        "某县法治政府建设实施方案\n一、完善制度\n1.加强规范性文件备案审查。\n2.开展规范性文件清理。\n"
        "以上两项责任单位：县司法局，配合单位：县政府各部门。\n3.推进政务公开。\n责任单位：县政务服务中心。\n",
        "某縣法治政府建設實施方案\n一、完善制度\n1.加強規範性文件備案審查。\n2.開展規範性文件清理。\n"
        "以上兩項責任單位：縣司法局，配合單位：縣政府各部門。\n3.推進政務公開。\n責任單位：縣政務服務中心。\n",
    ],
)
def test_a_note_line_naming_the_items_above_it_or_closed_by_a_full_stop(text: str) -> None:
    plan = govplan.loads(text, "text")
    one, two, three = plan.iter_tasks()
    for task in (one, two):  # 以上两项: the note applies to each item of the block
        assert [(_f(r.unit), r.role.value, r.inherited) for r in task.responsibilities] == [
            ("县司法局", "responsible", True),
            ("县政府各部门", "support", True),
        ]
    # a note line may end with a full stop, which is no part of the unit's name
    assert [_f(u) for u in three.units()] == ["县政务服务中心"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_box_sets_out_items_beside_the_part_it_stands_in(script: str) -> None:
    text = (
        "某县“十四五”法治政府建设规划\n一、主要任务\n（一）健全制度\n1.加强立法。每年不少于2件。\n"
        "2.加强备案。备案率保持100%。\n专栏1　重点工程\n1.示范创建工程。创建示范乡镇3个以上。\n"
        "2.能力提升工程。培训不少于300人次。\n（二）严格执法\n1.规范执法。\n专栏2：执法监督\n"
        "开展执法监督专项行动。\n（三）化解纠纷\n1.发挥复议作用。\n"
    )
    if script == "traditional":
        text = text.replace("专栏", "專欄").replace("规划", "規劃").replace("执法", "執法")
    plan = govplan.loads(text, "text")
    assert not plan.diagnostics  # a box's items number from 1 again, as a list of their own
    (tasks,) = plan.sections
    rules, box, enforce, disputes = tasks.sections
    # the item before the box stays a task; the box's items are tasks under it, not under that item
    assert [t.title for t in rules.tasks] == ["加强立法", "加强备案"]
    assert (_f(box.label), box.title, [t.title for t in box.tasks]) == (
        "专栏1",
        "重点工程",
        ["示范创建工程", "能力提升工程"],
    )
    assert [m.value for m in box.tasks[0].metrics] == [3]
    # a box without items stands beside the item before it, a part with its text, and the next
    # heading of the part closes it
    (item,) = enforce.tasks
    (box2,) = enforce.sections
    assert (_f(item.title), _f(box2.label), _f(box2.title), _f(box2.text)) == (
        "规范执法",
        "专栏2:",
        "执法监督",
        "开展执法监督专项行动。",
    )
    assert _f(disputes.title) == "化解纠纷"


@pytest.mark.parametrize(
    "text",
    [
        "某市2024年法治政府建设工作要点\n一、推进严格规范公正文明执法\n"
        "（一）深化综合执法改革。推动执法力量下沉，执法队伍人员不少于10名。市委编办牵头，市司法局、各县区政府配合。\n"
        "（二）规范执法行为。全面落实行政执法三项制度。\n市司法局牵头，市直各执法部门按职责分工负责。\n"
        "（三）加强协作。各部门要密切配合。\n",
        "某市2024年法治政府建設工作要點\n一、推進嚴格規範公正文明執法\n"
        "（一）深化綜合執法改革。推動執法力量下沉，執法隊伍人員不少於10名。市委編辦牽頭，市司法局、各縣區政府配合。\n"
        "（二）規範執法行為。全面落實行政執法三項制度。\n市司法局牽頭，市直各執法部門按職責分工負責。\n"
        "（三）加強協作。各部門要密切配合。\n",
    ],
)
def test_units_and_roles_named_in_a_sentence_of_their_own(text: str) -> None:
    plan = govplan.loads(text, "text")
    one, two, three = plan.iter_tasks()
    assert [(_f(r.unit), r.role.value) for r in one.responsibilities] == [
        ("市委编办", "lead"),
        ("市司法局", "support"),
        ("各县区政府", "support"),
    ]
    assert [(_f(r.unit), r.role.value) for r in two.responsibilities] == [
        ("市司法局", "lead"),
        ("市直各执法部门", "responsible"),
    ]
    assert one.metrics[0].value == 10  # the sentence before the note is read as before
    # a sentence of prose that ends in a role word names no unit
    assert three.responsibilities == ()


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_headings_note_over_items_without_notes_is_each_items(script: str) -> None:
    text = (
        "某市2024年法治政府建设工作要点\n一、健全依法决策机制\n"
        "（一）严格落实重大行政决策程序。（牵头单位：市司法局；责任单位：市政府各部门）\n"
        "1.编制公布年度重大行政决策事项目录。\n2.推行合法性审查全覆盖。\n"
        "（二）加强规范性文件管理。\n1.开展合法性审核。（责任单位：市司法局）\n"
    )
    if script == "traditional":
        text = text.replace("牵头单位", "牽頭單位").replace("责任单位", "責任單位").replace("决策", "決策")
    plan = govplan.loads(text, "text")
    (part,) = plan.sections
    decisions, files = part.sections
    assert [t.label for t in decisions.tasks] == ["1.", "2."]  # the heading makes no task of its own
    for task in decisions.tasks:
        assert [(_f(r.unit), r.role.value, r.inherited) for r in task.responsibilities] == [
            ("市司法局", "lead", True),
            ("市政府各部门", "responsible", True),
        ]
    assert [(_f(r.unit), r.inherited) for t in files.tasks for r in t.responsibilities] == [("市司法局", False)]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_report_on_one_year_beside_the_plan_for_the_next(script: str) -> None:
    text = (
        "某区司法局2023年工作总结和2024年工作计划\n一、2023年工作开展情况\n"
        "（一）公共法律服务提质增效。办理法律援助案件653件，同比增长12.8%。\n"
        "二、2024年工作计划\n（一）提升公共法律服务水平。法律援助案件办理数量不少于700件。\n"
    )
    if script == "traditional":
        text = (
            text.replace("总结", "總結").replace("计划", "計劃").replace("办理", "辦理").replace("开展情况", "開展情況")
        )
    plan = govplan.loads(text, "text")
    done, planned = plan.iter_tasks()
    # the year reported on: its figures were achieved; the year to come: its figures are targets
    assert [(m.value, m.kind) for m in done.metrics] == [
        (Decimal(653), MetricKind.ACHIEVED),
        (Decimal("12.8"), MetricKind.ACHIEVED),
    ]
    assert [(m.value, m.comparator, m.kind) for m in planned.metrics] == [
        (Decimal(700), Comparator.GE, MetricKind.TARGET)
    ]


@pytest.mark.parametrize(
    "foot",
    [
        "相关文件：\n南山市2022年法治政府建设工作要点\n南山市2021年法治政府建设情况报告\n",
        "相關文件：\n南山市2022年法治政府建設工作要點\n南山市2021年法治政府建設情況報告\n",
        "相关链接\n南山市2022年法治政府建设工作要点\n",
        # other words for a page's related pages; a link may name the kind of page it leads to
        "相关稿件\n图解：南山市2023年法治政府建设工作要点\n政策解读：南山市2023年法治政府建设工作要点\n",
        "相關稿件\n圖解：南山市2023年法治政府建設工作要點\n",
        "相关新闻\n南山市召开法治政府建设推进会\n",
    ],
)
def test_the_links_a_related_documents_line_heads_are_no_text(foot: str) -> None:
    text = (
        "南山市2023年法治政府建设工作要点\n一、主要任务\n"
        "（一）加强法治督察。年内开展督察不少于2次。（牵头单位：市司法局）\n"
    )
    plan = govplan.loads(text + foot, "text")
    (task,) = plan.iter_tasks()
    assert fold(task.text) == "年内开展督察不少于2次。(牵头单位:市司法局)"


@pytest.mark.parametrize(
    "foot",
    [
        "【我要纠错】\n分享：微信 微博 QQ空间\n扫码关注南山发布\n手机版\n政府网站找错\n网站支持IPv6\n"
        "建议使用1366×768分辨率 IE9以上版本浏览器\n适老化无障碍服务\n南山市人民政府办公室主办\n"
        "地址：南山市人民路1号 邮编：123000 电话：0123-1234567\n",
        "【我要糾錯】\n分享：微信 微博 QQ空間\n掃碼關注南山發布\n手機版\n政府網站找錯\n網站支持IPv6\n"
        "建議使用1366×768分辨率 IE9以上版本瀏覽器\n適老化無障礙服務\n南山市人民政府辦公室主辦  南山市大數據中心承辦\n"
        "地址：南山市人民路1號 郵編：123000 電話：0123-1234567\n",
    ],
)
def test_a_page_foot_of_site_services_is_no_text(foot: str) -> None:
    text = (
        "南山市2023年法治政府建设工作要点\n一、主要任务\n"
        "（一）推进无障碍环境建设。年内完成政务服务场所无障碍改造。（牵头单位：市住房城乡建设局）\n"
    )
    plan = govplan.loads(text + foot, "text")
    (task,) = plan.iter_tasks()
    # the plan's own words on 无障碍 stay; the site's foot is no text, and names no unit
    assert fold(task.text) == "年内完成政务服务场所无障碍改造。(牵头单位:市住房城乡建设局)"
    assert [fold(u) for u in task.units()] == ["市住房城乡建设局"]
    assert not plan.closing


@pytest.mark.parametrize("box", ["专栏3　重点工程", "專欄3　重點工程"])
def test_a_box_whose_items_are_of_the_parts_next_layer_stays_in_the_part(box: str) -> None:
    text = f"某县法治政府建设规划\n一、主要任务\n健全制度。\n{box}\n（一）示范创建工程。\n（二）能力提升工程。\n"
    text += "二、保障措施\n"
    plan = govplan.loads(text, "text")
    # not another document opening on the page: the box's number is no top-level heading's
    assert plan.doc_type == "规划" and not plan.diagnostics
    tasks, _safeguards = plan.sections
    assert [t.title for t in tasks.tasks] == ["示范创建工程", "能力提升工程"]
    assert [fold(s.title) for s in tasks.sections] == ["重点工程"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_colophons_date_is_the_date_of_issue_failing_others(script: str) -> None:
    body = "某局2024年法治建设工作要点\n一、主要任务\n1.加强学法。（责任单位：办公室）\n"
    colophon = "某局办公室　　2024年3月1日印发\n"
    signature = "某局\n2024年2月26日\n"
    if script == "traditional":
        body, colophon = body.replace("学法", "學法").replace("责任单位", "責任單位"), colophon.replace("印发", "印發")
    assert govplan.loads(body + colophon, "text").date == dt.date(2024, 3, 1)
    # the signature's date, or the disclosure table's 成文日期, comes first
    assert govplan.loads(body + signature + colophon, "text").date == dt.date(2024, 2, 26)
    assert govplan.loads("成文日期：2024年02月20日\n" + body + colophon, "text").date == dt.date(2024, 2, 20)


@pytest.mark.parametrize("key", ["成文日期", "發文日期"])
def test_a_limit_without_a_year_falls_in_the_year_the_disclosure_table_dates(key: str) -> None:
    text = f"{key}：2024年02月20日\n某局法治建设工作要点\n一、主要任务\n1.6月底前完成清理。（责任单位：办公室）\n"
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert [(d.text, d.date) for d in task.deadlines] == [("6月底前", dt.date(2024, 6, 30))]


@pytest.mark.parametrize("space", ["    ", "　　"])
def test_a_task_table_whose_cells_are_parted_by_runs_of_spaces(space: str) -> None:
    rows = [
        "序号|重点任务|牵头单位|配合单位|完成时限",
        "1|健全重大行政决策机制|县政府办|县司法局|2024年6月底前",
        "2|加强行政复议工作|县司法局||持续推进",  # no supporting unit: its cell's spaces run into the next
        "3|开展行政执法人员轮训|县司法局|各执法单位|2024年10月底前",
    ]
    text = "某县2024年法治政府建设重点任务分工表\n" + "\n".join(r.replace("|", space) for r in rows)
    text += "\n二、保障措施\n各单位要加强领导。\n"
    plan = govplan.loads(text, "text")
    one, two, three = plan.iter_tasks()
    assert [(t.label, t.title) for t in (one, two, three)] == [
        ("1", "健全重大行政决策机制"),
        ("2", "加强行政复议工作"),
        ("3", "开展行政执法人员轮训"),
    ]
    assert [(r.unit, r.role.value) for r in one.responsibilities] == [("县政府办", "lead"), ("县司法局", "support")]
    assert [(r.unit, r.role.value) for r in two.responsibilities] == [("县司法局", "lead")]
    assert [d.date for d in three.deadlines] == [dt.date(2024, 10, 31)]
    # the rows' numbers are the table's: 二、 after them opens no other document
    assert plan.doc_type == "任务分工表" and not plan.diagnostics
    span = one.deadlines[0].span
    assert span is not None and text[span.start : span.end] == "2024年6月底前"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_task_table_whose_cells_are_parted_by_single_spaces_under_an_attachments_title(script: str) -> None:
    text = (
        "某区2024年法治政府建设重点任务分工方案\n附件\n重点任务分工表\n序号 工作任务 牵头单位 配合单位 完成时限\n"
        "1 制定年度重大行政决策事项目录 区司法局 区政府办 2024年3月底前\n"
        "2 开展行政规范性文件清理 区司法局 区直各部门 2024年6月底前\n"
    )
    if script == "traditional":
        text = text.replace("牵头单位", "牽頭單位").replace("区司法局", "區司法局").replace("任务分工", "任務分工")
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某区2024年法治政府建设重点任务分工方案"  # not the 附件 and the table's name under it
    one, two = plan.iter_tasks()
    assert (_f(one.title), [(_f(r.unit), r.role.value) for r in one.responsibilities]) == (
        "制定年度重大行政决策事项目录",
        [("区司法局", "lead"), ("区政府办", "support")],
    )
    assert [d.date for d in two.deadlines] == [dt.date(2024, 6, 30)]


@pytest.mark.parametrize(
    "line",
    [
        "序号 一级指标 二级指标 考核内容及评分标准 分值",  # a header cell's words too many for single spaces
        "序号 依法行政是政府工作的基本准则 牵头单位 完成时限",
    ],
)
def test_a_line_of_words_parted_by_single_spaces_is_no_tables_header(line: str) -> None:
    text = f"某县工作要点\n一、重点任务\n{line}\n1 开展执法监督 县司法局 2024年底前\n"
    assert not any(t.responsibilities for t in govplan.loads(text, "text").iter_tasks())


def test_an_indicator_table_whose_cells_are_parted_by_runs_of_spaces() -> None:
    text = (
        "某市“十四五”法治政府建设规划\n第一章 主要目标\n到2025年，法治政府基本建成。\n"
        "序号    指标名称    单位    2020年    2025年    属性\n"
        "1    行政机关负责人出庭应诉率    %    95    100    约束性\n"
        "2    政务服务事项网上可办率    %    85    95以上    预期性\n第二章 主要任务\n"
    )
    goals = govplan.loads(text, "text").sections[0]
    assert [(m.subject, m.comparator, m.value, m.nature) for m in goals.metrics] == [
        ("行政机关负责人出庭应诉率", Comparator.EQ, Decimal(100), "约束性"),
        ("政务服务事项网上可办率", Comparator.GE, Decimal(95), "预期性"),
    ]


@pytest.mark.parametrize("space", ["    ", "　　"])
def test_a_spaced_tables_rows_in_wrapped_text_are_not_joined(space: str) -> None:
    # text taken from a PDF: paragraphs broken at one width, then a table as the layout sets it
    paragraph = "为深入推进法治政府建设，根据有关要求，结合本县实际，制定本方案。各乡镇、各部门要高度重视，认真实施。"
    rows = [
        "序号|重点任务|牵头单位|配合单位|完成时限",
        "1|健全重大行政决策机制|县政府办|县司法局|2024年6月底前",
        "2|规范性文件备案审查工作|县司法局|县政府各部门|长期坚持",
        "3|开展行政执法人员轮训工作|县司法局|各执法单位|2024年10月底前",
    ]
    text = "某县法治政府建设重点任务分工方案\n" + _wrapped("\n".join([paragraph] * 12), 30)
    text += "\n".join(row.replace("|", space) for row in rows) + "\n"
    plan = govplan.loads(text, "text")
    assert any("wrapped" in d.message for d in plan.diagnostics)
    assert [(t.label, t.units()) for t in plan.iter_tasks()] == [
        ("1", ("县政府办", "县司法局")),
        ("2", ("县司法局", "县政府各部门")),
        ("3", ("县司法局", "各执法单位")),
    ]


def test_a_spaced_header_whose_number_column_is_no_cell_of_its_own_is_no_table() -> None:
    # 序号 and 重点任务 parted by one space are one cell: the rows' numbers have no column to go in
    text = "某县任务分工方案\n序号 重点任务    牵头单位    完成时限\n1    健全制度    县司法局    2024年6月底前\n"
    plan = govplan.loads(text, "text")
    assert not any(t.responsibilities for t in plan.iter_tasks())
    # its lines are the document's text, none of them the title's
    assert plan.title == "某县任务分工方案" and "健全制度" in plan.preamble


@pytest.mark.parametrize(
    "remark", ["（2023年3月15日县政府第20次常务会议审议通过）", "（2023年3月15日縣政府第20次常務會議審議通過）"]
)
def test_a_remark_on_how_a_plan_was_adopted_is_no_part_of_its_title(remark: str) -> None:
    text = f"某县法治政府建设实施方案\n{remark}\n为推进法治政府建设，制定本方案。\n一、主要任务\n（一）健全制度。\n"
    plan = govplan.loads(text, "text")
    assert (plan.title, plan.period) == ("某县法治政府建设实施方案", None)  # the remark's year is no period
    assert remark in plan.preamble
    # the period under a title is the title's
    plan = govplan.loads(text.replace(remark, "（2023—2025年）"), "text")
    assert plan.title == "某县法治政府建设实施方案（2023—2025年）"


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("某县法治政府建设实施方案（2022—2024年）", (2022, 2024)),
        ("某縣2023年至2025年法治政府建設實施方案", (2023, 2025)),
        ("某县法治政府建设三年行动计划（2023~2025）", (2023, 2025)),  # no 年, in brackets
        ("某县“十四五”法治政府建设规划", (2021, 2025)),
        ("某县2024年法治政府建设工作要点", (2024, 2024)),
        ("某县法治政府建设实施方案", None),
    ],
)
def test_the_period_a_title_names(title: str, period: tuple[int, int] | None) -> None:
    plan = govplan.loads(f"{title}\n一、主要任务\n（一）健全制度。\n", "text")
    assert (plan.period and (plan.period.start, plan.period.end)) == period


@pytest.mark.parametrize("key", ["责任人", "責任人"])
def test_a_task_tables_person_responsible_column_names_the_units_leader(key: str) -> None:
    text = (
        f"某县2024年法治政府建设重点工作任务清单\n序号\t工作任务\t责任单位\t{key}\t完成时限\n"
        "1\t健全重大行政决策机制\t县政府办\t张三\t2024年6月底前\n"
    )
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert [(r.unit, r.role.value, r.leader) for r in task.responsibilities] == [("县政府办", "responsible", "张三")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_bureaus_task_table_names_its_offices_and_limits_in_words_of_its_own(script: str) -> None:
    text = (
        "某局2024年法治建设任务分工\n序号\t重点任务\t具体举措\t牵头科室\t配合科室\t完成期限\n"
        "1\t健全制度\t制定实施细则\t法规科\t办公室\t2024年6月底前\n"
        "2\t加强培训\t开展专题培训\t人事科\t\t2024年10月底前\n"
    )
    if script == "traditional":
        text = text.replace("牵头科室", "牽頭科室").replace("具体举措", "具體舉措")
    plan = govplan.loads(text, "text")
    assert plan.doc_type == "任务分工"
    one, two = plan.iter_tasks()
    assert (one.title, one.text) == ("健全制度", "制定实施细则")  # the measures' column
    assert [(r.unit, r.role.value) for r in one.responsibilities] == [("法规科", "lead"), ("办公室", "support")]
    assert [d.date for d in two.deadlines] == [dt.date(2024, 10, 31)]
    # a cell a line: the offices are told from the words of the work by their names' last character
    cells = text.replace("\t", "\n")
    assert [t.units() for t in govplan.loads(cells, "text").iter_tasks()] == [("法规科", "办公室"), ("人事科",)]


@pytest.mark.parametrize("sep", ["\t", "　　"])
def test_a_table_of_no_known_kind_stays_the_documents_text(sep: str) -> None:
    rows = ["序号|考核项目|考核内容|分值", "1|依法决策|决策程序履行情况|10分", "2|规范执法|三项制度落实情况|15分"]
    text = "某县法治政府建设考核细则\n一、考核内容\n" + "\n".join(r.replace("|", sep) for r in rows)
    part = next(govplan.loads(text + "\n二、考核方式\n", "text").iter_tasks())
    # its rows are no page menu: nothing of the document is lost
    assert [line.split()[1] for line in part.text.splitlines()] == ["考核项目", "依法决策", "规范执法"]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "（主要责任单位：县司法局；参与单位：县直各执法部门）",
            [("县司法局", "responsible"), ("县直各执法部门", "support")],
        ),
        (
            "（主要責任單位：縣司法局；參與單位：縣直各執法部門）",
            [("县司法局", "responsible"), ("县直各执法部门", "support")],
        ),
        ("（具体负责单位：县司法局）", [("县司法局", "responsible")]),
        ("（实施单位：县直各部门、各乡镇）", [("县直各部门", "responsible"), ("各乡镇", "responsible")]),
        ("（實施主體：縣直各部門、各鄉鎮）", [("县直各部门", "responsible"), ("各乡镇", "responsible")]),
        # 实施 alone names no role: prose in brackets ending in it is no note
        ("（由县政府组织实施）", []),
    ],
)
def test_role_headings_qualified_or_naming_the_units_that_carry_the_work_out(
    note: str, expected: list[tuple[str, str]]
) -> None:
    (task,) = govplan.loads("某县工作要点\n一、重点任务\n1.加强执法监督。" + note, "text").iter_tasks()
    assert [(fold(r.unit), r.role.value) for r in task.responsibilities] == expected


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_list_of_attachments_names_is_the_plans_closing_not_its_items(script: str) -> None:
    text = (
        "某县2024年法治政府建设工作计划\n一、重点任务\n1.完善依法决策机制。（牵头单位：县司法局）\n"
        "2.推进严格规范公正文明执法。（牵头单位：县市场监管局）\n"
        "附件：1.重点任务分工表\n      2.考核指标\n      3.自查报告模板\n某县人民政府办公室\n2024年2月1日\n"
        "附件1\n重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n1\t公布决策事项目录\t县政府办公室\t2024年3月底前\n"
    )
    if script == "traditional":
        text = text.replace("重点任务分工表", "重點任務分工表").replace("考核指标", "考核指標")
    plan = govplan.loads(text, "text")
    assert fold(plan.closing).splitlines() == ["附件:1.重点任务分工表", "2.考核指标", "3.自查报告模板"]
    assert [t.title for t in plan.iter_tasks()] == ["完善依法决策机制", "推进严格规范公正文明执法", "公布决策事项目录"]
    # the attachment itself is a part of the plan, named by its title
    assert [fold(s.title) for s in plan.sections] == ["重点任务", "重点任务分工表"]
    assert (plan.issuers, plan.date) == (("某县人民政府办公室",), dt.date(2024, 2, 1))


def test_one_attachment_named_with_a_number_heads_its_table_and_names_it() -> None:
    text = (
        "某县2024年工作计划\n一、重点任务\n1.完善依法决策机制。（牵头单位：县司法局）\n"
        "附件：1.重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n1\t公布决策事项目录\t县政府办公室\t2024年3月底前\n"
    )
    plan = govplan.loads(text, "text")
    assert plan.closing == ""
    assert [s.title for s in plan.sections] == ["重点任务", "重点任务分工表"]


@pytest.mark.parametrize(
    ("heading", "title", "text"),
    [
        ("（一）加强组织领导：各单位要履行第一责任人职责。", "加强组织领导", "各单位要履行第一责任人职责。"),
        ("（一）加強組織領導：各單位要履行第一責任人職責。", "加強組織領導", "各單位要履行第一責任人職責。"),
        ("（二）时间安排：2023年3月至12月", "时间安排", "2023年3月至12月"),
        # a colon after the first 。, in a note, in a quotation or ending the line leaves the title whole
        ("（三）完善制度。主要内容：决策程序。", "完善制度", "主要内容：决策程序。"),
        ("（四）推进依法决策（牵头单位：县司法局）", "推进依法决策", ""),
        ("（五）开展“法治讲堂：进万家”活动", "开展“法治讲堂：进万家”活动", ""),
        ("（六）主要目标：", "主要目标", ""),
        # brackets closed before the colon leave it the title's end
        ("（一）动员部署阶段（2023年3月）：制定方案。", "动员部署阶段（2023年3月）", "制定方案。"),
    ],
)
def test_a_headings_title_ends_at_its_first_full_stop_or_colon(heading: str, title: str, text: str) -> None:
    plan = govplan.loads(f"某县工作安排\n一、主要任务\n{heading}\n（七）其他\n", "text")
    item = plan.sections[0].sections[0] if plan.sections[0].sections else plan.sections[0].tasks[0]
    assert (item.title, item.text) == (title, text)


@pytest.mark.parametrize(
    ("item", "units", "dates"),
    [
        (
            "1.公布决策事项目录。市政府办公室牵头，市司法局配合。2023年3月底前完成。",
            ["市政府办公室", "市司法局"],
            [(2023, 3, 31)],
        ),
        (
            "1.公布決策事項目錄。市政府辦公室牽頭，市司法局配合。2023年3月底前完成。",
            ["市政府办公室", "市司法局"],
            [(2023, 3, 31)],
        ),
        ("1.规范执法行为。市司法局负责。长期坚持。", ["市司法局"], []),
        # a sentence opening with a year is no time limit of a note; prose ending in a role word names no unit
        ("1.规范执法行为。市司法局负责。2023年全面完成行政执法案卷评查工作。", [], []),
        ("1.规范执法行为。各部门要密切配合。2023年底前完成。", [], [(2023, 12, 31)]),
    ],
)
def test_units_and_roles_in_a_sentence_before_the_time_limits(
    item: str, units: list[str], dates: list[tuple[int, int, int]]
) -> None:
    (task,) = govplan.loads("某市2023年工作要点\n一、重点任务\n" + item, "text").iter_tasks()
    assert [_f(r.unit) for r in task.responsibilities] == units
    assert [d.date for d in task.deadlines] == [dt.date(*d) for d in dates]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("（县委办牵头，县直各单位具体落实）", [("县委办", "lead"), ("县直各单位", "responsible")]),
        ("（縣司法局牽頭抓總，各成員單位協同推進）", [("县司法局", "lead"), ("各成员单位", "support")]),
        ("（县司法局为牵头单位，县财政局为配合单位）", [("县司法局", "lead"), ("县财政局", "support")]),
        ("（縣司法局為牽頭單位，縣財政局為配合單位）", [("县司法局", "lead"), ("县财政局", "support")]),
        # prose in brackets ending in 落实 names no unit
        ("（要认真抓好落实）", []),
    ],
)
def test_notes_in_brackets_ending_in_a_roles_further_words_or_naming_it_after_wei(
    note: str, expected: list[tuple[str, str]]
) -> None:
    (task,) = govplan.loads("某县工作要点\n一、重点任务\n1.加强执法监督。" + note, "text").iter_tasks()
    assert [(fold(r.unit), r.role.value) for r in task.responsibilities] == expected


@pytest.mark.parametrize(
    "contents",
    [
        "目  录\n一、发展基础\n二、总体要求\n三、主要任务\n",
        "目　　錄\n一、發展基礎……………1\n二、總體要求……………3\n三、主要任務……………5\n",
        "目录\n第一章　发展基础　1\n第二章　总体要求　3\n第三章　主要任务　5\n",
    ],
)
def test_a_table_of_contents_is_no_part_of_the_outline(contents: str) -> None:
    body = (
        "一、发展基础\n全县行政复议纠错率12.5%。\n二、总体要求\n到2025年，基本建成法治政府。\n"
        "三、主要任务\n（一）深化改革。（牵头单位：县委编办）\n"
    )
    if "第一章" in contents:
        body = body.replace("一、", "第一章　").replace("二、", "第二章　").replace("三、", "第三章　")
    plan = govplan.loads("某县法治政府建设规划\n" + contents + body, "text")
    assert plan.doc_type == "规划"  # not a page of two documents
    assert [_f(s.title) for s in plan.sections] == ["发展基础", "总体要求", "主要任务"]
    assert plan.preamble == "" and [t.title for t in plan.iter_tasks()] == ["深化改革"]
    assert any("table of contents" in d.message for d in plan.diagnostics)


def test_headings_under_a_contents_heading_that_are_not_repeated_stay_headings() -> None:
    # a part titled 目录 (of documents, say) whose items are the document's own: no table of contents
    plan = govplan.loads(
        "某县工作方案\n目录\n一、总体要求\n二、主要任务\n（一）深化改革。（牵头单位：县委编办）\n", "text"
    )
    assert [_f(s.title) for s in plan.sections] == ["总体要求", "主要任务"]


_PLAN_THEN_INTERPRETATION = (
    "某县2024年法治政府建设工作要点\n一、主要任务\n（一）完善依法决策机制。严格落实决策程序。（牵头单位：县司法局）\n"
    "二、保障措施\n各部门要加强组织领导。\n某县人民政府办公室\n2024年3月1日\n"
    "{title}\n一、起草背景\n为贯彻落实上级部署，制定本要点。\n二、主要内容\n《要点》明确了1项主要任务。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "《某县2024年法治政府建设工作要点》政策解读",
        "《某縣2024年法治政府建設工作要點》政策解讀",
        "关于《某县2024年法治政府建设工作要点》的解读",
        "某县2024年法治政府建设工作要点解读",  # after the signature, without a book title
        "一图读懂《某县2024年法治政府建设工作要点》",
        "一圖看懂《某縣2024年法治政府建設工作要點》",
        "关于《某县2024年法治政府建设工作要点》的起草说明",
    ],
)
def test_an_interpretation_printed_after_the_document_is_no_part_of_it(title: str) -> None:
    plan = govplan.loads(_PLAN_THEN_INTERPRETATION.format(title=title), "text")
    assert plan.doc_type == "工作要点"  # not a page of two documents
    assert [s.title for s in plan.sections] == ["主要任务", "保障措施"]
    assert plan.sections[-1].text == "各部门要加强组织领导。"
    assert (plan.issuers, plan.date) == (("某县人民政府办公室",), dt.date(2024, 3, 1))
    assert any("interpretation" in d.message for d in plan.diagnostics)


def test_a_line_of_the_documents_own_ending_in_jiedu_keeps_what_follows() -> None:
    text = (
        "某县政务公开工作要点\n一、主要任务\n做好政策解读\n（一）加强解读。（牵头单位：县政府办）\n"
        "二、保障措施\n加强领导。\n"
    )
    plan = govplan.loads(text, "text")
    assert [s.title for s in plan.sections] == ["主要任务", "保障措施"]


def test_a_link_to_a_graphic_at_the_pages_foot_is_no_interpretation() -> None:
    text = _PLAN_THEN_INTERPRETATION.split("{title}")[0] + "图解：某县2024年法治政府建设工作要点\n"
    plan = govplan.loads(text, "text")
    assert not any("interpretation" in d.message for d in plan.diagnostics)
    assert (plan.issuers, plan.date) == (("某县人民政府办公室",), dt.date(2024, 3, 1))


@pytest.mark.parametrize(
    "note",
    [
        "（以上两项由区司法局牵头，各街道办事处配合）",
        "（以上兩項由區司法局牽頭，各街道辦事處配合）",
        "（牵头单位：区司法局；配合单位：各街道办事处）",
        "（上述任务由区司法局牵头，各街道办事处配合）。",
    ],
)
def test_a_note_in_brackets_alone_after_a_block_of_items_is_each_items(note: str) -> None:
    text = f"某区工作要点\n一、重点任务\n（一）深化执法改革\n1．推进乡镇综合执法。\n2．规范执法自由裁量权。\n{note}\n"
    one, two = govplan.loads(text, "text").iter_tasks()
    for task in (one, two):
        assert [(_f(r.unit), r.role.value, r.inherited) for r in task.responsibilities] == [
            ("区司法局", "lead", True),
            ("各街道办事处", "support", True),
        ]


@pytest.mark.parametrize(
    "note",
    [
        "牵头单位：市发展改革委\n配合单位：市财政局\n完成时限：长期坚持",
        "牽頭單位：市發展改革委\n配合單位：市財政局\n完成時限：2024年12月",
    ],
)
def test_note_lines_after_a_block_of_items_are_each_items_with_a_time_limit_after_them(note: str) -> None:
    text = (
        f"某市工作要点\n一、重点任务\n2.做好惠企政策公开。\n（1）集中公开惠企政策。\n（2）优化政策兑现服务。\n{note}\n"
    )
    one, two = govplan.loads(text, "text").iter_tasks()
    for task in (one, two):
        assert [(_f(r.unit), r.role.value, r.inherited) for r in task.responsibilities] == [
            ("市发展改革委", "lead", True),
            ("市财政局", "support", True),
        ]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_public_accounts_lead_in_byline_and_calls_are_no_text(script: str) -> None:
    text = (
        "点击上方蓝字 关注我们\n某县2024年法治政府建设工作要点\n某县司法局 某县普法 2024-03-08 08:30 发表于某省\n"
        "一、主要任务\n（一）加强行政立法。年内出台规范性文件不少于5件。（牵头单位：县司法局）\n"
        "来源：某县司法局\n编辑：李某\n审核：王某\n往期推荐\n某县召开2024年法治政府建设推进会\n"
        "点个“在看”，让更多人看到\n长按识别二维码关注我们\n阅读原文\n"
    )
    if script == "traditional":
        text = text.replace("点击上方蓝字", "點擊上方藍字").replace("审核", "審核").replace("长按识别", "長按識別")
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某县2024年法治政府建设工作要点"
    assert plan.preamble == ""
    (task,) = plan.iter_tasks()
    assert _f(task.text) == _f("年内出台规范性文件不少于5件。（牵头单位：县司法局）")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_plan_printed_under_its_notice_with_its_period_in_the_title(script: str) -> None:
    text = (
        "某县人民政府关于印发某县法治政府建设实施方案的通知\n各乡镇人民政府，县政府各部门：\n"
        "现将《某县法治政府建设实施方案》印发给你们，请认真贯彻执行。\n一、提高思想认识\n各部门要充分认识其重要意义。\n"
        "某县人民政府\n2023年5月10日\n某县法治政府建设实施方案（2023—2025年）\n"
        "一、总体要求\n到2025年，基本建成法治政府。\n二、主要任务\n（一）健全依法决策机制。（牵头单位：县司法局）\n"
    )
    if script == "traditional":
        text = text.replace("实施方案", "實施方案").replace("总体要求", "總體要求")
    plan = govplan.loads(text, "text")
    assert (_f(plan.title), plan.doc_type) == ("某县法治政府建设实施方案(2023—2025年)", "实施方案")
    assert plan.period is not None and (plan.period.start, plan.period.end) == (2023, 2025)
    assert (plan.issuers, plan.date) == (("某县人民政府",), dt.date(2023, 5, 10))
    assert [_f(s.title) for s in plan.sections] == ["总体要求", "主要任务"]  # the notice's items are its own
    assert "提高思想认识" in plan.preamble and plan.references == ()


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_notice_without_a_signature_above_its_plan_ends_at_the_attachment_line(script: str) -> None:
    text = (
        "某县人民政府办公室关于印发某县2024年依法行政工作要点的通知\n各乡镇人民政府，县政府各部门：\n"
        "《某县2024年依法行政工作要点》已经县政府同意，现印发给你们，并提出如下要求：\n"
        "一、加强组织领导。各单位要把依法行政摆上重要议事日程。\n二、强化督促落实。县司法局要加强跟踪督办。\n"
        "附件：某县2024年依法行政工作要点\n某县2024年依法行政工作要点\n"
        "一、推进依法决策\n（一）落实重大行政决策程序。（牵头单位：县政府办）\n"
        "某县人民政府办公室\n2024年3月5日\n"
    )
    if script == "traditional":
        text = text.replace("工作要点", "工作要點").replace("推进依法决策", "推進依法決策")
    plan = govplan.loads(text, "text")
    assert [_f(s.title) for s in plan.sections] == ["推进依法决策"]
    assert [t.title for t in plan.iter_tasks()] == ["落实重大行政决策程序"]
    assert "加强组织领导" in plan.preamble and not plan.diagnostics
    assert (plan.issuers, plan.date) == (("某县人民政府办公室",), dt.date(2024, 3, 5))


@pytest.mark.parametrize(
    ("note", "units", "dates"),
    [
        ("（市司法局，市直各部门；2023年10月底前完成）", ["市司法局", "市直各部门"], [(2023, 10, 31)]),
        ("（市司法局，市直各執法部門，持續推進）", ["市司法局", "市直各执法部门"], []),
        # a bare year or month as the note's last field is its time limit
        ("（市司法局牵头；各县区政府负责；2023年6月）", ["市司法局", "各县区政府"], [(2023, 6, 30)]),
        ("（市司法局，2023年10月完成）", ["市司法局"], [(2023, 10, 31)]),
        # two places and a year name no unit
        ("（市、县，2023年）", [], [(2023, 12, 31)]),
    ],
)
def test_units_without_a_role_before_a_notes_time_limit(
    note: str, units: list[str], dates: list[tuple[int, int, int]]
) -> None:
    (task,) = govplan.loads("某市2023年工作任务\n一、主要任务\n1.开展文件清理。" + note, "text").iter_tasks()
    assert [_f(r.unit) for r in task.responsibilities] == units
    assert [d.date for d in task.deadlines] == [dt.date(*d) for d in dates]


@pytest.mark.parametrize(
    ("remark", "first"),
    [
        (
            "1.加强立法。（责任单位：市司法局、市人大法工委，列第一位的为牵头单位，下同）\n",
            "（责任单位：市司法局、市财政局）",
        ),
        (
            "1.加強立法。（責任單位：市司法局、市人大法工委，排在第一位的為牽頭單位，下同）\n",
            "（責任單位：市司法局、市財政局）",
        ),
        ("注：各项任务中排在首位的为牵头单位。\n1.加强立法。（市司法局、市人大法工委）\n", "（市司法局、市财政局）"),
    ],
)
def test_a_remark_that_the_unit_listed_first_leads_holds_below_it(remark: str, first: str) -> None:
    last = "3.规范执法。（责任单位：市司法局；配合单位：市直各部门）\n"
    text = f"某市2023年工作任务\n一、主要任务\n{remark}2.清理文件。{first}\n{last}"
    one, two, three = govplan.loads(text, "text").iter_tasks()
    assert [(_f(r.unit), r.role.value) for r in one.responsibilities] == [
        ("市司法局", "lead"),
        ("市人大法工委", "responsible"),
    ]
    assert [r.role.value for r in two.responsibilities] == ["lead", "responsible"]
    assert [r.role.value for r in three.responsibilities] == ["lead", "support"]


def test_without_the_remark_units_listed_first_do_not_lead() -> None:
    text = "某市2023年工作任务\n一、主要任务\n1.清理文件。（责任单位：市司法局、市财政局）\n"
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert [r.role.value for r in task.responsibilities] == ["responsible", "responsible"]


@pytest.mark.parametrize(
    "item",
    [
        "1.【牵头单位：县委党校】举办领导干部法治专题培训班不少于2期。",
        "1.（县委党校负责）举办领导干部法治专题培训班不少于2期。",
        "1.（縣委黨校負責）舉辦領導幹部法治專題培訓班不少於2期。",
    ],
)
def test_a_note_before_an_items_words_is_no_part_of_its_title_or_subjects(item: str) -> None:
    (task,) = govplan.loads("某县普法工作要点\n一、主要任务\n" + item, "text").iter_tasks()
    assert _f(task.title or "") == "举办领导干部法治专题培训班不少于2期"
    assert [_f(r.unit) for r in task.responsibilities] == ["县委党校"]
    assert [_f(m.subject or "") for m in task.metrics] == ["举办领导干部法治专题培训班"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_table_written_between_pipes(script: str) -> None:
    text = (
        "某县2024年法治政府建设任务分工\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 公布重大行政决策事项目录 | 县政府办公室 | 县司法局 | 2024年3月底前 |\n"
        "| 2 | 开展行政执法案卷评查 | 县司法局 |  | 2024年10月底前 |\n"
    )
    if script == "traditional":
        text = text.replace("牵头单位", "牽頭單位").replace("完成时限", "完成時限")
    plan = govplan.loads(text, "text")
    assert plan.title == "某县2024年法治政府建设任务分工"
    one, two = plan.iter_tasks()
    assert one.title == "公布重大行政决策事项目录"
    assert [(r.unit, r.role.value) for r in one.responsibilities] == [("县政府办公室", "lead"), ("县司法局", "support")]
    assert [(r.unit, r.role.value) for r in two.responsibilities] == [("县司法局", "lead")]
    assert [d.date for d in two.deadlines] == [dt.date(2024, 10, 31)]


def test_a_menu_between_pipes_is_still_a_pages_menu() -> None:
    text = "| 首页 | 政务公开 | 政务服务 |\n某县工作要点\n一、主要任务\n（一）加强执法。（牵头单位：县司法局）\n"
    plan = govplan.loads(text, "text")
    assert plan.title == "某县工作要点" and plan.preamble == ""


def test_a_table_of_no_known_kind_between_pipes_stays_the_documents_text() -> None:
    rows = "| 序号 | 考核项目 | 分值 |\n| --- | --- | --- |\n| 1 | 依法决策 | 10分 |\n| 2 | 规范执法 | 15分 |\n"
    part = next(govplan.loads("某县考核细则\n一、考核内容\n" + rows + "二、考核方式\n", "text").iter_tasks())
    # its rows are no page menu (its rule under the header is markup)
    kept = ["| 序号 | 考核项目 | 分值 |", "| 1 | 依法决策 | 10分 |", "| 2 | 规范执法 | 15分 |"]
    assert part.text.splitlines() == kept


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_lines_broken_after_a_comma_are_one_paragraph(script: str) -> None:
    text = (
        "某县2024年工作要点\n一、\n重点任务\n1.完善依法决策机制，严格落实决策程序，\n"
        "公布决策事项目录，合法性审查率达到100%。（牵头单位：县司法局）\n"
        "2.推进执法规范化，落实行政执法三项制度、\n行政裁量权基准制度。（牵头单位：县司法局）\n"
    )
    if script == "traditional":
        text = text.replace("决策", "決策").replace("执法", "執法")
    plan = govplan.loads(text, "text")
    assert [_f(s.title) for s in plan.sections] == ["重点任务"]  # a label on a line of its own takes its title
    one, two = plan.iter_tasks()
    assert _f(one.title or "") == "完善依法决策机制,严格落实决策程序,公布决策事项目录,合法性审查率达到100%"
    assert [m.value for m in one.metrics] == [100] and one.units() == ("县司法局",)
    assert _f(two.title or "").endswith("行政裁量权基准制度")
    assert one.span is not None and (one.span.line, one.span.end_line) == (4, 5)


def test_a_line_ending_in_a_comma_before_a_label_stays_apart() -> None:
    plan = govplan.loads("某县工作要点\n一、重点任务\n各单位要做到以下几点，\n（一）加强领导。\n", "text")
    assert plan.sections[0].text == "各单位要做到以下几点，"


@pytest.mark.parametrize("after", ["table", "text"])
def test_an_attachment_numbered_as_a_document_is_a_part_under_its_title(after: str) -> None:
    plan_text = (
        "某县2024年工作计划\n一、重点任务\n1.完善依法决策机制。（牵头单位：县司法局）\n二、工作要求\n加强领导。\n"
    )
    table = "附件1\n重点任务分工表\n序号\t重点任务\t牵头单位\n1\t公布决策事项目录\t县政府办公室\n"
    second = "附件2\n某县法治政府建设考核指标\n一、依法决策（20分）\n二、规范执法（30分）\n"
    plan = govplan.loads(plan_text + (table if after == "table" else "") + second, "text")
    last = plan.sections[-1]
    assert (last.title, [t.title for t in last.tasks]) == (
        "某县法治政府建设考核指标",
        ["依法决策（20分）", "规范执法（30分）"],
    )
    assert plan.tasks == () and plan.doc_type == "工作计划"
    # the attachment's title is no text of the part before it
    assert all("考核指标" not in t.text for t in plan.iter_tasks()) and "考核指标" not in plan.sections[1].text


@pytest.mark.parametrize("word", ["附表", "附錄", "附表1"])
def test_an_attached_table_or_appendix_heads_its_part_as_an_attachment_does(word: str) -> None:
    text = (
        "某县2024年工作要点\n一、重点任务\n（一）完善依法决策机制。（牵头单位：县司法局）\n二、保障措施\n各单位要加强组织领导。\n"
        f"{word}\n重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n1\t公布决策事项目录\t县政府办\t2024年3月底前\n"
    )
    plan = govplan.loads(text, "text")
    assert [s.title for s in plan.sections] == ["重点任务", "保障措施", "重点任务分工表"]
    assert plan.sections[1].text == "各单位要加强组织领导。"


@pytest.mark.parametrize(
    "foot", ["附件：某市2024年政务公开重点任务分工\n", "附件：某市重點任務分工\n某市人民政府办公室\n2024年4月8日\n"]
)
def test_an_attachment_named_last_without_its_text_is_the_plans_closing(foot: str) -> None:
    text = "某市2024年政务公开工作要点\n一、主要任务\n（一）推进基层政务公开。（责任单位：各县区人民政府）\n" + foot
    plan = govplan.loads(text, "text")
    (task,) = plan.iter_tasks()
    assert _f(task.text) == "(责任单位:各县区人民政府)"
    assert _f(plan.closing).startswith("附件:某市")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_copied_tables_row_of_fewer_cells_shares_the_merged_ones_of_the_row_above(script: str) -> None:
    # a page's table copied as text leaves out the cells merged down from the rows above: a category,
    # a task over several measures, a lead unit; an empty cell keeps its tab
    text = (
        "某县2024年法治政府建设重点任务分工\n"
        "序号\t工作类别\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n"
        "1\t依法决策\t健全决策程序\t公布重大行政决策事项目录\t县政府办\t县司法局\t2024年3月底前\n"
        "2\t开展决策后评估\t县发展改革委\t2024年10月底前\n"
        "3\t严格执法\t推行执法三项制度\t开展行政执法案卷评查\t县司法局\t县直各执法部门\t每半年\n"
        "4\t组织执法人员培训\t县人社局\t\n"
    )
    if script == "traditional":
        text = text.replace("牵头单位", "牽頭單位").replace("具体措施", "具體措施").replace("县", "縣")
    plan = govplan.loads(text, "text")
    assert [_f(s.title or "") for s in plan.sections] == ["依法决策", "严格执法"]
    rows = [
        (_f(t.title or ""), _f(t.text), [(_f(r.unit), r.role.value) for r in t.responsibilities], t.deadlines)
        for t in plan.iter_tasks()
    ]
    assert [row[:3] for row in rows] == [
        ("健全决策程序", "公布重大行政决策事项目录", [("县政府办", "lead"), ("县司法局", "support")]),
        ("健全决策程序", "开展决策后评估", [("县政府办", "lead"), ("县发展改革委", "support")]),
        ("推行执法三项制度", "开展行政执法案卷评查", [("县司法局", "lead"), ("县直各执法部门", "support")]),
        ("推行执法三项制度", "组织执法人员培训", [("县司法局", "lead"), ("县人社局", "support")]),
    ]
    assert [[d.date for d in row[3]] for row in rows] == [[dt.date(2024, 3, 31)], [dt.date(2024, 10, 31)], [], []]


@pytest.mark.parametrize(
    ("note", "units"),
    [
        ("（县司法局负责，全年）", [("县司法局", "responsible")]),
        ("（县司法局牵头，县直各部门配合，每半年）", [("县司法局", "lead"), ("县直各部门", "support")]),
        ("（縣司法局，每月）", [("縣司法局", "responsible")]),
    ],
)
def test_a_note_may_end_with_how_often_the_work_is_done(note: str, units: list[tuple[str, str]]) -> None:
    (task,) = govplan.loads(f"某县2024年工作要点\n一、重点任务\n1.开展行政执法案卷评查。{note}\n", "text").iter_tasks()
    assert [(r.unit, r.role.value) for r in task.responsibilities] == units


@pytest.mark.parametrize(
    "first",
    [
        "1.加大政策解读力度。（责任单位：市政府各部门，各县区人民政府。以下均需各县区人民政府落实，不再列出）",
        "1.加大政策解讀力度。（責任單位：市政府各部門，各縣區人民政府。以下均需各縣區人民政府落實，不再列出）",
        "1.加大政策解读力度。（责任单位：市政府各部门，各县区人民政府）（以下均需各县区人民政府落实，不再一一列出）",
    ],
)
def test_a_remark_that_units_take_part_in_every_task_below_gives_them_to_each(first: str) -> None:
    text = (
        "某市2024年政务公开工作要点\n一、加强政策发布解读\n" + first + "\n"
        "2.做好政策咨询服务。（责任单位：市数据资源局）\n二、加强标准化建设\n3.动态调整公开目录。（责任单位：市政府办公室）\n"
        "4.规范依申请公开。（责任单位：各县区人民政府）\n"
    )
    one, two, three, four = govplan.loads(text, "text").iter_tasks()
    assert [_f(r.unit) for r in one.responsibilities] == ["市政府各部门", "各县区人民政府"]
    assert not any(r.inherited for r in one.responsibilities)
    # named once, not again; and where a task names them itself, as its note says
    for task, unit in ((two, "市数据资源局"), (three, "市政府办公室")):
        assert [(_f(r.unit), r.inherited) for r in task.responsibilities] == [(unit, False), ("各县区人民政府", True)]
    assert [(_f(r.unit), r.inherited) for r in four.responsibilities] == [("各县区人民政府", False)]


def test_a_remark_for_the_tasks_below_holds_in_its_own_document_only() -> None:
    text = (
        "某市2024年政务公开工作要点\n一、主要任务\n1.加大政策解读力度。（责任单位：市司法局。以下均需各县区落实，不再列出）\n"
        "2.做好政策咨询服务。（责任单位：市数据资源局）\n"
        "某市2024年普法工作要点\n一、主要任务\n1.开展宪法宣传。（责任单位：市司法局）\n"
    )
    _, second, other = govplan.loads(text, "text").iter_tasks()
    assert [(r.unit, r.inherited) for r in second.responsibilities] == [("市数据资源局", False), ("各县区", True)]
    assert [r.unit for r in other.responsibilities] == ["市司法局"]


@pytest.mark.parametrize(
    ("note", "units"),
    [
        # a role heading after another field of the note
        ("（督办单位：县委督查室；责任单位：县司法局）", [("县司法局", "responsible", None)]),
        ("（完成時限：2024年底前；牽頭單位：縣司法局）", [("縣司法局", "lead", None)]),
        # the lead units' leader under a heading of its own
        (
            "（分管领导：张三；牵头单位：县司法局；配合单位：县财政局）",
            [("县司法局", "lead", "张三"), ("县财政局", "support", None)],
        ),
        ("（聯繫領導：李四；責任單位：縣司法局）", [("縣司法局", "responsible", "李四")]),
        # units alone, one of them adding its kinds in brackets
        (
            "（各乡镇（街道）、县直有关部门）",
            [("各乡镇（街道）", "responsible", None), ("县直有关部门", "responsible", None)],
        ),
    ],
)
def test_notes_with_other_fields_first_leaders_and_units_adding_kinds(
    note: str, units: list[tuple[str, str, str | None]]
) -> None:
    (task,) = govplan.loads(f"某县2024年工作要点\n一、重点任务\n1.开展行政执法案卷评查。{note}\n", "text").iter_tasks()
    assert [(r.unit, r.role.value, r.leader) for r in task.responsibilities] == units


_RUN_TOGETHER = [
    "某县2024年法治政府建设工作要点",
    "某政办发〔2024〕8号",
    "为深入推进依法行政，加快建设法治政府，结合我县实际，制定本要点。",
    "一、总体要求",
    "2024年，全县法治政府建设取得新成效，行政执法人员持证率达到100%。",
    "二、重点任务",
    "（一）健全依法决策机制",
    "1.严格落实重大行政决策程序，重大行政决策合法性审查率达到100%。（牵头单位：县司法局；配合单位：县政府办）",
    "2.开展行政规范性文件清理，2024年9月底前完成。",
    "牵头单位：县司法局",
    "责任单位：县直各部门",
    "（二）严格规范公正文明执法",
    "3.组织行政执法人员培训，每人每年不少于60学时。（责任单位：县司法局，持续推进）",
    "4.全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度",
    "各执法部门要在2024年6月底前完成制度修订。（责任单位：县直各执法部门）",
    "某县人民政府办公室",
    "2024年3月1日",
]


# enough of traditional script for the lines above: the characters in them that it writes otherwise
_TRADITIONAL = str.maketrans(
    "县责单牵头执规范决织员训实进严达门务时际设结为导职证审开续学们体点长现坚级",
    "縣責單牽頭執規範決織員訓實進嚴達門務時際設結為導職證審開續學們體點長現堅級",
)


def _traditional(line: str) -> str:
    return line.translate(_TRADITIONAL)


@pytest.mark.parametrize("indent", ["\u3000\u3000", "\xa0\xa0\xa0\xa0", "&nbsp;&nbsp;&nbsp;&nbsp;"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_paragraphs_run_together_into_one_line_are_parted_at_their_indents(indent: str, script: str) -> None:
    lines = _RUN_TOGETHER if script == "simplified" else [_traditional(line) for line in _RUN_TOGETHER]
    one_a_line = govplan.loads("\n".join(lines), "text")
    run_together = govplan.loads(lines[0] + "\n" + "".join(indent + line for line in lines[1:]), "text")

    def outline(plan: govplan.Plan) -> list[object]:
        return [
            (t.title, t.text, [(r.unit, r.role) for r in t.responsibilities], t.metrics[:1] and t.metrics[0].value)
            for t in plan.iter_tasks()
        ] + [(s.title, s.text) for s in plan.sections]

    assert len(list(run_together.iter_tasks())) == 4
    assert outline(run_together) == outline(one_a_line)
    assert run_together.preamble == one_a_line.preamble
    # the doc number and the signature were lines of their own
    assert (run_together.doc_number, run_together.date) == (one_a_line.doc_number, dt.date(2024, 3, 1))
    assert [_f(i) for i in run_together.issuers] == [_f(i) for i in one_a_line.issuers] == ["某县人民政府办公室"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_pages_foot_run_together_with_a_plan_that_does_not_sign_leaves_no_unit(script: str) -> None:
    # the foot's 主办单位 is furniture; the 承办单位 and 联系电话 set beside it on its line are the page's too
    lines = [
        "某县2024年普法工作要点",
        "一、重点任务",
        "1.深入宣传宪法。以国家宪法日为契机，集中开展宪法宣传活动，开展宣讲活动不少于20场。（责任单位：县司法局）",
        "2.加强民法典宣传。组织民法典进机关、进乡村、进社区、进学校、进企业、进单位活动。（责任单位：县司法局、县妇联）",
        "3.加强宣讲阐释。组建宣讲团，深入机关、乡村、社区、学校、企业开展宣讲。（责任单位：县委宣传部）",
        "主办单位：某县人民政府办公室",
        "承办单位：某县大数据中心",
        "联系电话：0551-1234567",
    ]
    if script == "traditional":
        lines = [_traditional(line) for line in lines]
    plan = govplan.loads(lines[0] + "\n" + "".join("\u3000\u3000" + line for line in lines[1:]), "text")
    *_, task = plan.iter_tasks()
    assert [_f(u) for u in task.units()] == ["县委宣传部"]
    assert "大数据中心" not in task.text and "0551" not in task.text
    # a row of fields that stands alone after the item is still read as its note
    plan = govplan.loads("\n".join([*lines[:2], "1.加强民法典宣传。", "责任单位：县司法局"]), "text")
    assert [_f(u) for u in next(plan.iter_tasks()).units()] == ["县司法局"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("dash", ["-", "—", "－"])
def test_a_line_broken_inside_a_range_of_years_goes_on(script: str, dash: str) -> None:
    text = (
        "某县法治政府建设情况的报告\n市政府：\n按照《关于就〈某市法治政府建设实施方案（2016" + dash + "\n"
        "2020年）〉贯彻落实情况进行报告的通知》要求，现报告如下。\n一、主要工作\n（一）依法履职。全年办结案件12件。\n"
    )
    if script == "traditional":
        text = text.replace("报告", "報告").replace("实施", "實施").replace("贯彻", "貫徹")
    plan = govplan.loads(text, "text")
    assert _f(plan.title) == "某县法治政府建设情况的报告"
    assert plan.preamble.startswith("按照") and "2020年" in plan.preamble and plan.preamble.endswith("。")
    # a number's range only: a line ending in a dash after words stays as it is
    lines = govplan.loads("某县工作要点\n一、任务\n（一）依法履职——\n2020年完成清理。\n", "text")
    assert next(lines.iter_tasks()).title == "依法履职——"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_note_broken_after_its_role_heading_goes_on(script: str) -> None:
    text = "某市工作要点\n一、任务\n1.推行综合查一次改革。（责任单位：市司法局，配合单位：\n"
    text += "市政府有关部门、各县区人民政府）\n"
    if script == "traditional":
        text = text.replace("责任单位", "責任單位").replace("配合单位", "配合單位").replace("县区", "縣區")
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert [(_f(r.unit), r.role.value) for r in task.responsibilities] == [
        ("市司法局", "responsible"),
        ("市政府有关部门", "support"),
        ("各县区人民政府", "support"),
    ]
    # a colon that closes a sentence's lead-in, not a note's heading, ends its line as before
    plan = govplan.loads("某市工作要点\n一、任务\n1.开展清理。主要包括：\n（1）清理文件。\n", "text")
    assert [t.label for t in plan.iter_tasks()] == ["（1）"]


def test_a_long_line_with_spaces_inside_its_sentences_stays_one_paragraph() -> None:
    prose = "县司法局要会同有关部门  持续加强行政执法监督，" * 12 + "确保各项任务落到实处。"
    (task,) = govplan.loads(
        f"某县工作要点\n一、主要任务\n（一）加强执法监督。{prose}（责任单位：县司法局）\n", "text"
    ).iter_tasks()
    assert task.text.endswith("（责任单位：县司法局）") and prose in task.text


@pytest.mark.parametrize(
    "remark",
    ["（2024年3月12日）", "（二〇二四年三月十二日縣政府第15次常務會議審議通過）", "(2024年3月12日县政府常务会议通过)"],
)
def test_a_plan_without_a_signature_is_dated_by_the_remark_under_its_title(remark: str) -> None:
    plan = govplan.loads(
        f"某县2024年法治政府建设工作要点\n{remark}\n一、重点任务\n1.开展执法检查。（责任单位：县司法局）\n", "text"
    )
    assert plan.title == "某县2024年法治政府建设工作要点" and plan.date == dt.date(2024, 3, 12)


def test_the_signatures_date_comes_before_the_remark_under_the_title() -> None:
    text = (
        "某县2024年工作要点\n（2024年3月12日县政府常务会议通过）\n一、重点任务\n1.开展执法检查。（责任单位：县司法局）\n"
        "某县人民政府\n2024年3月20日\n"
    )
    assert govplan.loads(text, "text").date == dt.date(2024, 3, 20)


def test_paragraphs_run_together_around_a_copying_sites_name_keep_their_place_in_the_source() -> None:
    body = "".join("\u3000\u3000" + line for line in _RUN_TOGETHER[2:10])
    cut = body.index("重大行政决策合法性审查率")
    text = _RUN_TOGETHER[0] + "\n" + body[:cut] + "本文来源：文秘站 " + body[cut:] + "\n"
    plan = govplan.loads(text, "text")
    one, two = plan.iter_tasks()
    assert "文秘站" not in one.text and one.responsibilities[0].unit == "县司法局"
    spans = [(m.span, m.text) for m in one.metrics] + [(d.span, d.text) for d in two.deadlines]
    for span, words in spans:
        assert span is not None and text[span.start : span.end] == words
    assert two.span is not None and text[two.span.start : two.span.end].startswith("2.开展行政规范性文件清理")


@pytest.mark.parametrize(
    ("note", "units", "limit"),
    [
        (
            "（市司法局牵头，各县区政府、市直有关单位按职责分工负责。2023年底前完成）",
            [("市司法局", "lead"), ("各县区政府", "responsible"), ("市直有关单位", "responsible")],
            dt.date(2023, 12, 31),
        ),
        ("（責任單位：市司法局。完成時限：2023年6月底前）", [("市司法局", "responsible")], dt.date(2023, 6, 30)),
        (
            "（牵头单位：市司法局；配合单位：市委宣传部。长期坚持）",
            [("市司法局", "lead"), ("市委宣传部", "support")],
            None,
        ),
        ("（市司法局负责。）", [("市司法局", "responsible")], None),
    ],
)
def test_a_note_in_brackets_may_hold_a_full_stop_between_its_fields_or_after_them(
    note: str, units: list[tuple[str, str]], limit: dt.date | None
) -> None:
    (task,) = govplan.loads(f"某市2023年工作要点\n一、重点任务\n1.开展执法检查。{note}\n", "text").iter_tasks()
    assert [(_f(r.unit), r.role.value) for r in task.responsibilities] == units
    assert [d.date for d in task.deadlines] == ([limit] if limit else [])


def test_words_in_brackets_with_a_full_stop_are_no_note_unless_each_part_is_one() -> None:
    text = "某市2023年工作要点\n一、重点任务\n1.开展执法检查（详见附件。各单位要加强配合）。（责任单位：市司法局）\n"
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert [r.unit for r in task.responsibilities] == ["市司法局"]


@pytest.mark.parametrize(
    "note",
    [
        "牵头单位：市司法局。配合单位：市财政局。",
        "牽頭單位：市司法局。配合單位：市財政局",
        "牵头单位：市司法局；配合单位：市财政局。",
    ],
)
def test_a_note_on_a_line_of_its_own_may_give_each_field_a_sentence(note: str) -> None:
    (task,) = govplan.loads(f"某市2023年工作要点\n一、重点任务\n1.开展执法检查。\n{note}\n", "text").iter_tasks()
    assert [(_f(r.unit), r.role.value) for r in task.responsibilities] == [
        ("市司法局", "lead"),
        ("市财政局", "support"),
    ]


_REPORT = (
    "某县司法局2023年度法治政府建设工作情况报告\n一、主要工作及成效\n"
    "强化组织领导。局党组全年召开专题会议4次。\n深化普法宣传。开展“法律进乡村”活动86场次。\n"
    "加强行政执法监督。案卷合格率达96.2%。\n二、存在的问题\n基层法治宣传队伍力量薄弱。\n"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_headings_paragraphs_that_each_open_with_a_topic_are_a_task_each(script: str) -> None:
    text = _REPORT if script == "simplified" else _REPORT.replace("强化组织领导", "強化組織領導").replace("县", "縣")
    (part,) = govplan.loads(text, "text").tasks
    assert part.title == "主要工作及成效" and part.text == ""
    assert [_f(t.title) for t in part.subtasks] == ["强化组织领导", "深化普法宣传", "加强行政执法监督"]
    assert part.subtasks[0].text == "局党组全年召开专题会议4次。"
    assert [[m.value for m in t.metrics] for t in part.subtasks] == [[4], [86], [Decimal("96.2")]]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_items_noted_paragraphs_are_subtasks_titled_by_their_topic(script: str) -> None:
    text = (
        "某县2024年工作要点\n一、重点任务\n（一）规范执法行为\n加强执法监督。全面落实行政执法三项制度。（责任单位：县司法局）\n"
        "县直各执法部门要按照统一要求，做好执法公示工作。（责任单位：县直各执法部门）\n"
    )
    if script == "traditional":
        text = text.replace("责任单位", "責任單位").replace("县", "縣").replace("监督", "監督")
    (item,) = govplan.loads(text, "text").sections[0].tasks
    one, two = item.subtasks
    assert (_f(one.title), _f(one.text)) == ("加强执法监督", "全面落实行政执法三项制度。(责任单位:县司法局)")
    assert two.title is None and _f(two.text).startswith("县直各执法部门要按照统一要求,")  # no topic first


@pytest.mark.parametrize(
    "body",
    [
        # a heading whose text runs on from it: its paragraphs go on its text
        "一、主要工作及成效。全年工作扎实推进。\n强化组织领导。局党组全年召开专题会议4次。\n深化普法宣传。开展活动86场次。\n",
        # paragraphs whose first sentence is no topic
        "一、主要工作及成效\n局党组把法治政府建设纳入重要议事日程，全年召开专题会议4次。\n全年开展活动86场次，发放资料2万份。\n",
    ],
)
def test_paragraphs_that_do_not_each_open_with_a_topic_stay_their_headings_text(body: str) -> None:
    (part,) = govplan.loads("某县司法局2023年度工作情况报告\n" + body, "text").tasks
    assert part.subtasks == () and "全年" in part.text


@pytest.mark.parametrize(
    "text",
    [
        "【责任单位：市司法局】2022年，基本建成公共法律服务体系",
        "（責任單位：市司法局）2022年，基本建成公共法律服務體系",
    ],
)
def test_a_year_opening_a_goal_after_a_note_before_it_is_its_limit(text: str) -> None:
    (limit,) = find_deadlines(fold(text), text)
    assert (limit.text, limit.date) == ("2022年", dt.date(2022, 12, 31))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_item_written_as_fields_is_titled_by_its_tasks_name(script: str) -> None:
    item = (
        "1.任务名称：开展行政规范性文件清理\n工作措施：对现行有效的文件进行全面清理。\n"
        "责任单位：县司法局\n完成时限：2024年9月底前\n"
    )
    if script == "traditional":
        item = item.replace("任务名称", "任務名稱").replace("责任单位", "責任單位")
    (task,) = govplan.loads("某县2024年重点任务清单\n一、完善制度体系\n" + item, "text").iter_tasks()
    assert _f(task.title) == "开展行政规范性文件清理"
    assert [(r.unit, r.role.value) for r in task.responsibilities] == [("县司法局", "responsible")]
    assert [d.date for d in task.deadlines] == [dt.date(2024, 9, 30)]


@pytest.mark.parametrize(
    "head",
    [
        "某县2024年法治政府建设工作要点 - 某县人民政府\n",
        "關於印發某縣2024年法治政府建設工作要點的通知-某縣人民政府網\n某縣2024年法治政府建設工作要點\n",
        "某县2024年法治政府建设工作要点_某县人民政府门户网站\n首页 > 政务公开\n某县2024年法治政府建设工作要点\n",
    ],
)
def test_a_pages_own_title_adds_the_sites_name_which_is_no_part_of_the_documents(head: str) -> None:
    plan = govplan.loads(head + "一、重点任务\n1.开展执法检查。（责任单位：县司法局）\n", "text")
    assert _f(plan.title) == "某县2024年法治政府建设工作要点"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_indicator_tables_rows_under_a_category_merged_down_keep_their_columns(script: str) -> None:
    rows = (
        "类别\t指标名称\t单位\t2020年\t2025年\t属性\n"
        "依法决策\t重大行政决策合法性审查率\t%\t95\t100\t约束性\n"
        "行政规范性文件备案审查率\t%\t98\t100\t约束性\n"
        "严格执法\t行政执法人员持证率\t%\t90\t≥98\t预期性\n"
        "行政复议纠错率\t%\t12\t≤15\t预期性\n"
    )
    if script == "traditional":
        rows = rows.replace("指标名称", "指標名稱").replace("审查率", "審查率")
    text = (
        "某县“十四五”法治政府建设规划\n二、主要目标\n到2025年，法治政府基本建成。\n"
        + rows
        + "三、主要任务\n（一）健全制度。\n"
    )
    goals = govplan.loads(text, "text").sections[0]
    assert [(_f(m.subject), m.comparator.value, m.value) for m in goals.metrics] == [
        ("重大行政决策合法性审查率", "=", Decimal(100)),
        ("行政规范性文件备案审查率", "=", Decimal(100)),
        ("行政执法人员持证率", ">=", Decimal(98)),
        ("行政复议纠错率", "<=", Decimal(15)),
    ]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_disclosure_table_may_name_its_fields_otherwise(script: str) -> None:
    head = (
        "信息索引号：11341200MB1234567X/2024-00045\t公开方式：主动公开\n"
        "制发机关：某县人民政府办公室\t成文时间：2024年3月1日\n"
        "文件编号：某政办〔2024〕8号\t有效性：有效\n"
    )
    if script == "traditional":
        head = head.replace("制发机关", "制發機關").replace("文件编号", "文件編號").replace("成文时间", "成文時間")
    plan = govplan.loads(head + "某县2024年工作要点\n一、重点任务\n1.开展执法检查。（责任单位：县司法局）\n", "text")
    assert (plan.index_number, plan.issuers, plan.date, plan.doc_number) == (
        "11341200MB1234567X/2024-00045",
        ("某县人民政府办公室",),
        dt.date(2024, 3, 1),
        "某政办〔2024〕8号",
    )


def test_the_heads_of_a_collections_pieces_go_on_no_tasks_text() -> None:
    text = (
        "街道依法行政工作计划范文（精选2篇）\n篇一：街道依法行政工作计划\n一、主要任务\n（一）严格执法程序。全年开展执法培训不少于2次。\n"
        "篇二：社区依法行政工作计划\n一、工作任务\n（一）开展普法宣传。每季度开展一次法治讲座。\n"
    )
    plan = govplan.loads(text, "text")
    assert [t.text for t in plan.iter_tasks()] == ["全年开展执法培训不少于2次。", "每季度开展一次法治讲座。"]
    assert plan.doc_type == "合集" and "篇" not in plan.preamble


def test_a_notice_run_together_with_its_disclosure_fields_into_one_line() -> None:
    lines = [
        "索引号：11341200MB1234567X/2023-00045",
        "文　　号：某政办〔2023〕9号",
        "某县人民政府办公室关于印发某县2023年法治政府建设工作要点的通知",
        "各乡镇人民政府，县政府各部门：",
        "现将《某县2023年法治政府建设工作要点》印发给你们，请认真抓好贯彻落实。",
        "某县人民政府办公室",
        "2023年3月17日",
        "某县2023年法治政府建设工作要点",
        "一、重点任务",
        "1.严格落实重大行政决策程序，合法性审查率达到100%。（牵头单位：县司法局）",
        "2.全面推行行政执法三项制度，2023年6月底前完成制度修订。（责任单位：县直各执法部门）",
    ]
    one_a_line = govplan.loads("\n".join(lines), "text")
    run_together = govplan.loads("".join("\u3000\u3000" + line for line in lines), "text")
    for plan in (one_a_line, run_together):
        assert (plan.title, plan.doc_number, plan.index_number) == (
            "某县2023年法治政府建设工作要点",
            "某政办〔2023〕9号",
            "11341200MB1234567X/2023-00045",
        )
        assert plan.addressees == ("各乡镇人民政府", "县政府各部门") and plan.date == dt.date(2023, 3, 17)
    assert [(t.title, t.units()) for t in run_together.iter_tasks()] == [
        (t.title, t.units()) for t in one_a_line.iter_tasks()
    ]


def test_a_wrapped_page_opens_a_paragraph_at_an_indent_and_at_a_fields_key() -> None:
    # the title and a note's field are as wide as the page's lines: the indented line after the title
    # and the field after that one each open a paragraph
    title = "某县司法局2023年工作总结及2024年工作打算"
    width = len("\u3000\u3000" + title)
    units = "配合单位：县直各执法部门、县人民法院、县人民检察院、各乡镇人民政府"
    assert len("\u3000\u3000" + units) >= width
    units = units[: width - 2]
    item = "（{n}）开展行政执法案卷评查，全年评查案卷不少于100卷，评查结果纳入法治政府建设考核。"
    body = title + "\n全年在县委、县政府的坚强领导下，我局各项工作取得明显成效。\n一、主要工作\n"
    body += "".join(item.format(n=n) + "\n" for n in "一二三四五六七八九十")
    body += f"二、下一步工作\n（一）加强执法监督，全年开展监督检查不少于2次。\n牵头单位：县司法局\n{units}\n"
    body += "完成时限：2024年12月底前\n"
    wrapped = _wrapped(body, width)
    assert wrapped.startswith("\u3000\u3000" + title + "\n\u3000\u3000全年")
    plan = govplan.loads(wrapped, "text")
    assert plan.diagnostics[0].message.startswith("lines were wrapped at")
    assert plan.title == title and plan.doc_type == "工作总结"
    last = list(plan.iter_tasks())[-1]
    assert [r.role.value for r in last.responsibilities][:2] == ["lead", "support"]
    assert "完成时限" not in "".join(r.unit for r in last.responsibilities)
    assert [d.date for d in last.deadlines] == [dt.date(2024, 12, 31)]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_page_that_sets_a_blank_line_between_all_lines_sets_one_inside_a_broken_sentence(script: str) -> None:
    lines = [
        "某县2024年工作要点",
        "一、重点任务",
        "1.开展普法宣传，",
        "覆盖全县各乡镇。（责任单位：县司法局）",
        "2.开展执法检查。",
    ]
    if script == "traditional":
        lines = [line.replace("责任单位", "責任單位").replace("县司法局", "縣司法局") for line in lines]
    one, _ = govplan.loads("\n\n".join(lines), "text").iter_tasks()
    assert (one.title, [_f(u) for u in one.units()]) == ("开展普法宣传，覆盖全县各乡镇", ["县司法局"])
    # where lines follow each other, a blank line parts paragraphs
    one, *_ = govplan.loads("\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]), "text").iter_tasks()
    assert one.title is not None and "覆盖" not in one.title


def test_a_month_the_work_was_done_in_is_no_limit_in_a_report() -> None:
    text = "某县2023年法治政府建设情况报告\n一、主要工作\n（一）规范性文件清理。2023年6月完成清理工作，废止文件12件。\n"
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert task.deadlines == () and [m.value for m in task.metrics] == [12]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_pages_markup_with_its_paragraphs_on_one_line(script: str) -> None:
    # the page's publication line stands before the plan's first paragraph
    lines = [*_RUN_TOGETHER[:2], "发布时间：2024-03-01 10:20 来源：县司法局 浏览次数：321", *_RUN_TOGETHER[2:]]
    if script == "traditional":
        lines = [_traditional(line) for line in lines]
    one_a_line = govplan.loads("\n".join(lines), "text")
    markup = govplan.loads("".join(f"<p>{line}</p>" for line in lines), "text")
    assert (markup.title, markup.published, markup.preamble) == (
        one_a_line.title,
        one_a_line.published,
        one_a_line.preamble,
    )
    assert [(t.title, t.units()) for t in markup.iter_tasks()] == [
        (t.title, t.units()) for t in one_a_line.iter_tasks()
    ]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_pages_markup_writes_characters_as_entities(script: str) -> None:
    item = "1.深化&ldquo;一网通办&rdquo;改革&mdash;&mdash;2024年6月底前完成。（责任单位：县数据局&#12289;县政务中心）"
    if script == "traditional":
        item = item.replace("县", "縣").replace("责任单位", "責任單位")
    text = f"<p>某县工作要点</p>\n<p>一、重点任务</p>\n<p>{item}</p>\n"
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert _f(task.title) == "深化“一网通办”改革——2024年6月底前完成"
    assert "&" not in task.text and [_f(u) for u in task.units()] == ["县数据局", "县政务中心"]
    # the limit after the entities points at its place in the source, the task at all of its own
    (limit,) = task.deadlines
    assert limit.span is not None and text[limit.span.start : limit.span.end] == limit.text == "2024年6月底前"
    assert task.span is not None and text[task.span.start : task.span.end].startswith("1.深化&ldquo;")
    # an & that starts no entity it knows stays as written
    (other,) = govplan.loads(
        "某县工作要点\n一、任务\n1.推进R&D投入&foo;统计。（责任单位：县科技局）\n", "text"
    ).iter_tasks()
    assert "R&D投入&foo;统计" in (other.title or "") + other.text


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_characters_that_show_nothing_part_no_name_and_no_figure(script: str) -> None:
    # zero-width spaces and joiners, soft hyphens and a byte-order mark that a page's editor left in
    item = (
        "2.\ufeff开展案卷评查。评查案卷不少于100\u200b卷，2024年6月底\u200d前完成。"
        "（责任单位：\u200b县司法局\u00ad、县政府办\u2060）"
    )
    if script == "traditional":
        item = _traditional(item)
    text = f"某县工作要点\n\xa0\u200d\xa0 一、\u200b重点任务\n{item}\n"  # one among a heading's indent
    plan = govplan.loads(text, "text")
    (section,) = plan.sections
    (task,) = plan.iter_tasks()
    assert _f(section.title) == "重点任务" and _f(task.title) == "开展案卷评查"
    assert [_f(u) for u in task.units()] == ["县司法局", "县政府办"]
    (metric,) = task.metrics
    assert (metric.value, _f(metric.unit)) == (Decimal(100), "卷")
    # each element still points at its place in the source, the characters inside it counted
    (limit,) = task.deadlines
    assert limit.date == dt.date(2024, 6, 30)
    assert limit.span is not None and text[limit.span.start : limit.span.end] == "2024年6月底\u200d前"
    assert metric.span is not None and text[metric.span.start : metric.span.end] == "不少于100\u200b卷"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_control_characters_left_in_a_text_are_passed_over_and_it_writes_as_xml(script: str) -> None:
    # \x0b is Word's line break inside a paragraph, \x07 the end of a table's cell in its text
    text = "某县工作要点\n一、加强制度\x07建设\n1.健全\x0b规章制度。（责任单位：县\x1b司法局\x7f、县政府办）\n"
    if script == "traditional":
        text = _traditional(text)
    plan = govplan.loads(text, "text")
    (task,) = plan.iter_tasks()
    assert _f(plan.sections[0].title) == "加强制度建设" and _f(task.title) == "健全规章制度"
    assert [_f(u) for u in task.units()] == ["县司法局", "县政府办"]
    again = govplan.loads(govplan.dumps(plan, "xml"), "xml")  # XML holds no control character
    assert [t.units() for t in again.iter_tasks()] == [task.units()]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("between", "around"), [("\t", "{}"), ("  ", "{}"), (" | ", "| {} |")])
def test_a_tables_cells_are_read_as_lines_are_past_entities_and_characters_that_show_nothing(
    between: str, around: str, script: str
) -> None:
    header = around.format(between.join(["序号", "重点任务", "牵头单位", "完成时限"]))
    row = around.format(between.join(["1", "严格执\x1b法&ldquo;三项&rdquo;", "县司法\u200b局", "2024年6月底\u200b前"]))
    text = f"某县工作要点\n{header}\n{row}\n"
    if script == "traditional":
        text = _traditional(text)
    (task,) = govplan.loads(text, "text").iter_tasks()
    assert _f(task.title) == "严格执法“三项”" and [_f(u) for u in task.units()] == ["县司法局"]
    (limit,) = task.deadlines
    assert limit.span is not None and text[limit.span.start : limit.span.end] == "2024年6月底\u200b前"


def test_a_wrapped_pages_publication_line_as_wide_as_the_page_takes_no_title_line() -> None:
    when = "发布时间：2024-03-01 10:20:00"
    title = "某县法治政府建设实施方案（2024—2026年）"
    item = "（{n}）开展行政执法案卷评查，全年评查案卷不少于100卷，评查结果纳入法治政府建设考核。"
    body = f"{when}\n{title}\n一、主要任务\n" + "".join(item.format(n=n) + "\n" for n in "一二三四五六七八九十")
    width = len(when)  # broken without indents, so the publication line fills the page's width
    wrapped = "\n".join(line[i : i + width] for line in body.splitlines() for i in range(0, len(line), width))
    assert wrapped.startswith(f"{when}\n{title[:10]}")
    plan = govplan.loads(wrapped, "text")
    assert plan.diagnostics[0].message.startswith("lines were wrapped at")
    assert plan.title == title and plan.period is not None and plan.published is not None


def test_a_wrapped_pages_items_numbered_on_under_the_next_heading_are_headings() -> None:
    # 8. under (一), then (二) as wide as the page and 9.: the items' numbers go on, 9. is in its turn
    second = "（二）推进行政决策科学化、民主化、法治化"
    item = "{n}.履行重大行政决策程序。落实重大行政决策程序规定及其配套办法，保证决策制度科学、程序正当。"
    body = "某区法治政府建设情况的报告\n一、法治政府建设情况\n（一）依法全面履行政府职能\n"
    body += "".join(item.format(n=n) + "\n" for n in range(1, 9)) + second + "\n"
    body += "".join(item.format(n=n) + "\n" for n in range(9, 13))
    width = len(second)
    wrapped = "\n".join(line[i : i + width] for line in body.splitlines() for i in range(0, len(line), width))
    assert f"\n{second}\n9." in wrapped
    plan = govplan.loads(wrapped, "text")
    assert plan.diagnostics[0].message.startswith("lines were wrapped at")
    assert [t.label for t in plan.iter_tasks()] == [f"{n}." for n in range(1, 13)]
