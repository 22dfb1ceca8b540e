"""Document metadata: title, doc type, issuer, 发文字号, dates, period, addressees, cited documents.

>>> doc_type_of("淮北市推进法治政府建设率先突破三年行动计划(2022—2024年)")
'行动计划'
>>> inner_title(fold("淮北市人民政府关于印发淮北市推进法治政府建设行动计划的通知"))
(11, 26)
"""

from __future__ import annotations

import datetime as dt
import re

from govplan.model import Period
from govplan.text.fold import cn_digits_to_int, cn_to_int
from govplan.text.fold import fold as fold  # for the doctest

DOC_TYPES = (
    "实施方案",
    "行动计划",
    "行动方案",
    "工作要点",
    "工作安排",
    "工作计划",
    "工作方案",
    "工作总结",
    "情况报告",
    "实施意见",
    "指导意见",
    "实施细则",
    "实施纲要",
    "规划纲要",
    "任务清单",
    "任务台账",
    "任务分工表",
    "分工方案",
    "任务分工",
    "责任分工",
    "分工表",
    "重点任务",
    "工作任务",
    "任务分解",
    "若干措施",
    "规划",
    "意见",
    "报告",
    "总结",
    "要点",
    "方案",
    "计划",
    "办法",
    "通知",
    "决定",
    "纲要",
    "清单",
    "台账",
    "责任书",
    "细则",
    "规则",
    "规定",
    "措施",
)
# Found at every position (a lookahead matches nothing): 重点任务 must not hide the 任务清单 it overlaps.
_DOC_TYPE = re.compile("(?=(" + "|".join(DOC_TYPES) + "))")
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[\[(【]\s*\d{4}\s*[\])】]\s*\d{1,4}\s*号")
_DATE = re.compile(
    r"^(?P<y>\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$"
)
_PUBLISHED = re.compile(
    r"(?:发布时间|发表时间|发布日期|更新时间|(?<![文])时间|(?<![文])日期)\s*:\s*(?P<y>\d{4})[-/年.](?P<m>\d{1,2})[-/月.](?P<d>\d{1,2})日?"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
_KEYS = (
    "索引号",
    "发文字号",
    "文件编号",
    "发文编号",
    "文号",
    "发文机关",
    "制发机关",
    "发文单位",
    "发文机构",
    "发布机构",
    "成文日期",
    "成文时间",
    "发文日期",
    "印发日期",
    "有效性",
    "时效性",
    "是否有效",
    "主题分类",
    "标题",
    "名称",
    "发布日期",
    "主题词",
    # read and passed over: a disclosure table's other rows
    "公开方式",
    "公开范围",
    "公开部门",
    "公开对象",
    "所属主题",
    "发文类型",
    "有效时间",
    "状态",
    "公开时限",
    "体裁分类",
    "组配分类",
    "服务对象",
    "公文种类",
    "信息分类",
    "内容分类",
    "生效日期",
    "废止日期",
    "失效日期",
    "所属机构",
    "关键词",
    "登记号",
    "统一编号",
    "生成日期",
    "分类",
)
# Pages space a key out to the width of the table's column: 索  引  号 / 文    号
_SPACED_KEYS = "|".join(r"\s*".join(key) for key in _KEYS)
_KEY = re.compile(rf"(?P<key>{_SPACED_KEYS})\s*:\s*")
# The words an organ's name ends with, longest first.
_ORGAN_WORDS = (
    "人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|街道办事处|办事处|政府|党委|委|局|厅|院|部|署|中心|会"
)
_ORGAN = re.compile(rf"^(?P<org>[\u4e00-\u9fff()]{{2,40}}?(?:{_ORGAN_WORDS}))")
# issuers at a title's head, joint ones parted by a space: names up to the organ word 关于 follows
_ISSUER_PREFIX = re.compile(
    rf"(?P<org>[\u4e00-\u9fff() ]{{2,60}}?(?:{_ORGAN_WORDS})) ?(?=关于|印发|转发|贯彻|落实|\d{{4}}年)"
)
# 2022—2024年, 2023年至2025年, and in brackets without 年: (2023~2025)
_PERIOD = re.compile(r"(?P<a>\d{4})\s*(?:年)?\s*[—\-–~至到]+\s*(?P<b>\d{4})\s*(?:年|(?=\)))")
# a year the title names on its own (2023年工作要点); 到2025年 names a plan's end, not its one year
_ONE_YEAR = re.compile(r"(?<![0-9到至])([0-9]{4})\s*年")
# “十四五” and the like (十一五 to 十九五), quoted as titles quote them or followed by 规划, 时期 or 期间,
# and 第十四个五年规划
_FIVE_YEAR_PLAN = re.compile(r"十(?P<n>[一二三四五六七八九])(?:五(?=”|\"|规划|时期|期间)|个五年)")
_REFERENCE = re.compile(r"《(?P<title>[^《》]{2,80})》(?:\((?P<num>[^()]{0,30}?[\[]\d{4}[\]]\s*\d+号)\))?")


_CITED = re.compile(r"[《〈][^《》〈〉]*[》〉]")  # the titles a title cites name none of its own kind or years
_CITED_OR_REMARK = re.compile(_CITED.pattern + r"|\([^()]{0,20}\)")


def _masked(pattern: re.Pattern[str], folded: str) -> str:
    """``folded`` with what ``pattern`` matches made # (the length kept)."""
    return pattern.sub(lambda m: "#" * len(m[0]), folded)


def doc_type_of(title: str) -> str | None:
    """The kind of document its title names: the last doc-type word outside cited titles and remarks in
    brackets (实施方案(征求意见稿) is a 实施方案).

    >>> doc_type_of("某县法治政府建设实施方案（征求意见稿）")
    '实施方案'
    """
    folded = _masked(_CITED_OR_REMARK, fold(title))
    found = [(m.end(1), m.start(), m[1]) for m in _DOC_TYPE.finditer(folded)]
    if not found:
        return None
    end = max(e for e, _, _ in found)
    return min((s, w) for e, s, w in found if e == end)[1]


def reports_on_work(title: str) -> bool:
    """Whether a title names a report on work done, alone or beside a plan for the work to come
    (2023年工作总结和2024年工作计划, 关于2023年法治政府建设情况的报告); cited titles do not count.

    >>> reports_on_work("某局2023年工作总结和2024年工作计划"), reports_on_work("贯彻《工作报告》的实施方案")
    (True, False)
    """
    folded = _masked(_CITED, fold(title))
    return "总结" in folded or "报告" in folded or "情况" in folded


# A field's key at a line's (or a sentence's) start: 完成时限:, 抄送:, 牵头单位:, 工作目标:
FIELD_KEY = re.compile(r"\s*[\u4e00-\u9fff]{2,6}\s*:")
# A page's own title, the site's name after the document's: …工作要点_某县人民政府, …的通知-某县人民政府网
_SITE_SUFFIX = re.compile(r"\s*[-_|—–]+\s*[^\s\-_|—–]{2,20}(?:人民政府|政府|政府网|网站|门户网站|门户|网)$")


def site_suffix(folded: str) -> int | None:
    """Where the site's name a page's own title adds to the document's starts, or None.

    >>> site_suffix("某县2024年工作要点 - 某县人民政府"), site_suffix("某县工作要点(2021—2025年)")
    (11, None)
    """
    m = _SITE_SUFFIX.search(folded) if "-" in folded or "_" in folded or "|" in folded or "—" in folded else None
    return m.start() if m else None


def inner_title(folded: str) -> tuple[int, int] | None:
    """For a notice that wraps a plan (关于印发《X》的通知), the (start, end) of X; a notice's title quoted
    whole quotes X in single book brackets (《…关于印发〈X〉的通知》).

    >>> inner_title("某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知")
    (14, 29)
    """
    m = re.search(r"(?:印发|转发|颁布)(?:(?P<q>《)|(?P<q1>〈))?(?P<t>.+?)(?(q)》)(?(q1)〉)的?(?:通知|决定)$", folded)
    if not m:
        return None
    return m.start("t"), m.end("t")


def issuer_from_title(folded: str) -> int:
    """Length of the issuing bodies' names at the head of a title, or 0: 淮北市人民政府关于印发… → 7;
    中共某县委办公室 某县人民政府办公室关于… → 17 (the names run to the organ word that 关于 follows)."""
    m = _ISSUER_PREFIX.match(folded)
    return m.end("org") if m else 0


def is_organ(folded: str) -> bool:
    """A line that is only an organ's name, as in a signature."""
    # the whole line: the pattern's shortest match would stop at the first organ word (中共某县委|办公室)
    return len(folded) <= 40 and _ORGAN.fullmatch(folded) is not None


def split_issuers(text: str) -> tuple[str, ...]:
    """Joint issuers printed side by side: 中共XX县委  XX县人民政府."""
    return tuple(p for p in re.split(r"[\s、]+", text.strip()) if p)


def date_only(folded: str) -> dt.date | None:
    """The date a line consists of (2022年12月28日, 二〇二二年十二月二十八日), or None."""
    m = _DATE.match(folded.replace(" ", ""))
    if not m:
        return None
    y, mo, d = cn_digits_to_int(m["y"]), cn_to_int(m["m"]), cn_to_int(m["d"])
    if y is None or mo is None or d is None:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    m = re.search(r"(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})", text)
    if not m:
        return date_only(text.strip())
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def ends_with_publication_time(folded: str) -> bool:
    """Whether a line ends with a page's publication time (…发布时间:2017-08-24 16:15:53): it ends there.

    >>> ends_with_publication_time("发布时间:2017-08-24 16:15:53"), ends_with_publication_time("发布时间:2017")
    (True, False)
    """
    m = _PUBLISHED.search(folded) if ":" in folded else None
    return m is not None and m.end() == len(folded.rstrip())


def published(folded: str) -> dt.datetime | None:
    """The page's publication time from 发布时间:2017-08-24 16:15:53 and the like."""
    if ":" not in folded:  # the pattern (its lookbehinds) is tried at every position
        return None
    m = _PUBLISHED.search(folded)
    if not m:
        return None
    try:
        return dt.datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0), int(m["S"] or 0))
    except ValueError:
        return None


_KEY_ONLY = re.compile(rf"^(?:[•·●▪■◆]\s*)?(?P<key>{_SPACED_KEYS})\s*:?$")  # a bullet may stand before it


def key_only(folded: str) -> str | None:
    """The key of a disclosure table whose value stands on the next line: 索引号 / 索引号:."""
    m = _KEY_ONLY.match(folded.strip())
    return re.sub(r"\s", "", m["key"]) if m else None


_BARE_KEY = re.compile(rf"(?:^|(?<=\s))(?P<key>{_SPACED_KEYS})(?:\s+|$)")
_CELL_EDGES = re.compile(r"[^|\t]+")


def key_values(folded: str, original: str) -> list[tuple[str, str]]:
    """``key: value`` runs of a disclosure table, several to a line; its row's cells parted by tabs or
    pipes (索引号 | 0001/2025-48086 | 主题分类 | 司法 |); or keys and values parted by spaces on a line that
    opens with a key: [(key, value as written)].

    >>> key_values("发文字号 | 某政[2025]33号 | 制发机构 | |", "发文字号 | 某政〔2025〕33号 | 制发机构 | |")
    [('发文字号', '某政〔2025〕33号')]
    """
    if "|" in folded or "\t" in folded:
        cells = _cell_key_values(folded, original)
        if cells:
            return cells
    found = list(_KEY.finditer(folded))
    if not found and " " in folded and "|" not in folded:
        # keys parted from their values by spaces only (索  引  号 0001/2021-00428 公开方式 主动公开), the
        # line opening with one
        if _BARE_KEY.match(folded) is None:  # the line opens with a key: looked for there first, cheaply
            return []
        found = list(_BARE_KEY.finditer(folded))
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(folded)
        out.append((re.sub(r"\s", "", m["key"]), original[m.end() : end].strip()))
    return out


def _cell_key_values(folded: str, original: str) -> list[tuple[str, str]]:
    """A table's row whose first cell is a key: each key's value is the cell after it (none where that is
    another key or empty)."""
    cells = [(m.start(), m.end()) for m in _CELL_EDGES.finditer(folded) if m[0].strip()]
    # a key may stand in brackets: [ 索引号 ] | 0001/2024-00007 |
    keys = [_KEY_ONLY.match(folded[a:b].strip(" []【】")) is not None for a, b in cells]
    if not (keys and keys[0]):
        return []
    out = []
    for i, (a, b) in enumerate(cells[:-1]):
        if keys[i] and not keys[i + 1]:
            key = re.sub(r"[\s:\[\]【】]", "", folded[a:b])
            out.append((key, original[cells[i + 1][0] : cells[i + 1][1]].strip()))
    return out


def period_of(title: str) -> Period | None:
    """The years a title names outside cited titles: 三年行动计划(2022—2024年) → 2022, 2024; a five-year
    plan's number stands for its years: “十四五”规划 → 2021, 2025; a one-year plan's title its year.

    >>> period_of("某市“十四五”法治政府建设规划")
    Period(start=2021, end=2025)
    >>> period_of("某县2023年法治政府建设工作要点")
    Period(start=2023, end=2023)
    """
    folded = _masked(_CITED, fold(title))
    m = _PERIOD.search(folded)
    if m:
        a, b = int(m["a"]), int(m["b"])
        return Period(a, b) if a <= b else None
    five = _FIVE_YEAR_PLAN.search(folded)
    if five:
        # the third plan began in 1966 and each one since has run five years (十一五 2006—2010)
        start = 1966 + 5 * (10 + "一二三四五六七八九".index(five["n"]) + 1 - 3)
        return Period(start, start + 4)
    years = set(_ONE_YEAR.findall(folded))
    if len(years) == 1:
        year = int(years.pop())
        return Period(year, year)
    return None


def doc_number_line(folded: str) -> bool:
    """A line that is only a 发文字号 (two other characters at most)."""
    line = folded.strip()
    if "号" not in line:
        return False
    # The pattern opens with a repeat, so a search would try it at every position of the line; the
    # first match leaves at most two characters outside only if it starts at one of the first three.
    for start in range(3):
        m = DOC_NUMBER.match(line, start)
        if m:
            return len(line) - len(m[0]) <= 2
    return False


def find_references(folded: str, original: str) -> list[tuple[str, str | None, int, int]]:
    """Cited documents: (title, doc number or None, start, end)."""
    return [
        (
            original[m.start("title") : m.end("title")],
            original[m.start("num") : m.end("num")] if m["num"] else None,
            m.start(),
            m.end(),
        )
        for m in _REFERENCE.finditer(folded)
    ]
