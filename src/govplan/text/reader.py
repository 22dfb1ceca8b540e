"""Text → Plan: the header (metadata and furniture), the numbered outline, then tasks.

>>> plan = read_text("XX县实施方案\\n一、主要任务\\n(一)做好工作。(牵头单位:县司法局)\\n")
>>> plan.title, [t.title for t in plan.iter_tasks()]
('XX县实施方案', ['做好工作'])
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable

import attrs

from govplan.model import (
    Deadline,
    Diagnostic,
    Metric,
    MetricKind,
    Plan,
    Reference,
    Responsibility,
    Role,
    Section,
    Source,
    Span,
    Task,
)
from govplan.text import metadata as meta
from govplan.text.deadlines import find_deadlines, is_placeholder, named_years
from govplan.text.furniture import SENTENCE_MARKS, heads_link_list, is_furniture, link_line
from govplan.text.lines import Line, join_broken_clauses, locate, split_lines, unwrap, wrap_width
from govplan.text.metrics import find_metrics
from govplan.text.notes import (
    ROLE_ENDS,
    UnitMemo,
    all_below_remark,
    bracketed_headings_note,
    end_before_full_stop,
    find_notes,
    names_first_lead,
    note_line,
    parse_note,
    trailing_note,
    units_and_roles,
)
from govplan.text.numbering import ATTACHMENT_WORDS, Label, parse_label, split_title, table_row
from govplan.text.tables import NOTE_WORDS, TableLine, find_tables, table_values

_SENTENCE = "。"
# a field of an item's note on a line of its own: 完成时限:长期坚持, 工作目标:…
_GOAL_WORDS = (
    "指导思想|总体目标|工作目标|主要目标|发展目标|创建目标|目标任务|基本原则|工作原则|总体要求|评价标准|总体思路|"
    "存在的问题|存在问题|主要问题|问题和不足|困难和问题|不足之处|存在的不足|主要不足|目标$|原则$"
)
# The headings of what a plan says has been done (发展基础, 主要成效): the figures under them are
# achieved, not targets; and of what a report says will be done (下一步工作打算): targets, not achieved.
# They head the top two layers of a document.
_TENSE_WORDS = {
    **dict.fromkeys(
        ("发展基础", "发展现状", "现状", "回顾", "主要成效", "工作成效", "主要成绩", "工作成绩", "基本情况"), "past"
    ),
    **dict.fromkeys(("下一步", "工作打算", "工作计划", "工作安排", "主要安排", "工作思路", "今后", "明年"), "future"),
}
# All in one search, each branch opening with a literal character: a heading is scanned once.
_HEADING_WORDS = re.compile(_GOAL_WORDS + "|" + "|".join(sorted(_TENSE_WORDS, key=len, reverse=True)))
# What follows a signature: the remark on publication (此件公开发布), the copy list (抄送:…), the line
# naming who printed the document when (某县人民政府办公室 2023年2月10日印发).
_PUBLICATION_REMARK = re.compile(r"\((?:此件|本件)[^()]{0,12}\)$")
_NUMBER_BEFORE = re.compile(rf"(?P<number>{meta.DOC_NUMBER.pattern})\s*(?=关于|印发)")
_NUMBER_AFTER = re.compile(rf"\((?P<number>{meta.DOC_NUMBER.pattern})\)$")
_SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
# (a contact under the signature, (联系人:张三,联系电话:…), is read as the colophon is: passed over)
_COLOPHON = re.compile(
    _PUBLICATION_REMARK.pattern
    + r"|抄送:|\(?联系(?:人|电话)\s*:|.{0,40}?(?P<printed>[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)\s*印发$"
)
# The formula a notice or a report closes with, on a line of its own after its last item
_FORMULAS = frozenset(("特此通知", "此通知", "特此报告", "特此函告", "特此函复", "特此批复", "特此公告", "现予印发"))
_ATTACHMENT_WORD = rf"(?:{'|'.join(ATTACHMENT_WORDS)})\s*[0-9一二三四五六七八九十]*\s*"
_ATTACHMENT = re.compile(_ATTACHMENT_WORD + r"(?::.{0,60})?$")  # 附件 / 附件1 / 附件:某某表
_ATTACHMENT_LABEL = re.compile(_ATTACHMENT_WORD + r":?\s*")  # the words before its title
# 主送机关 end in an organ's name: 各县区人民政府,市政府各部门: — not 现将有关情况报告如下:
# (perhaps with its kinds in brackets after it: 省级有关部门(单位), 各县(市、区)人民政府(管委会))
_ADDRESSEE_END = re.compile(
    r"(?:政府|部门|机构|单位|委员会|党委|委|局|办|厅|处|室|院|会|组|街道|乡镇)(?:\([^()]{1,12}\))?$"
)
_MAX_LINKS = 20  # the links a page lists under one heading
# A remark under a title on how the document was adopted or issued ((2023年3月15日县政府常务会议审议
# 通过)): no part of the title, as its period ((2023—2025年)) or its edition ((试行)) is
_ADOPTED = re.compile(r"月[0-9一二三四五六七八九十]{1,3}日|通过|会议|审议|印发|发布")
_TITLE_SUFFIX = 16  # the characters a title printed over its plan may add to the notice's: (2023—2025年)
_PAGE_FOOT = 12  # the lines under a signature looked at for it: a page's foot is short
_FOOT_FIELD = 40  # a field of a page's foot (承办单位:某县大数据中心, 联系电话:…) is short
_ADDRESSING = ("各", "请各")  # how a plan's closing words address the units that carry it out
# an indicator's unit in brackets after its name: 行政复议纠错率(%), 办理时限(个工作日)
_UNIT_IN_NAME = re.compile(r"\(\s*(?P<unit>[^()0-9\s]{1,6})\s*\)$")
_TITLE_ENDS = "。;；"  # stripped from a task cell to give the task's title
_BOX_REACH = 40  # the lines after a box's heading looked at for its first item
# Labels numbered apart from the document's headings: a box's (专栏3) and a table row's numbers neither
# open another document nor count among the top-level headings' (a table of rows 1…5, then 二、)
_OWN_NUMBERING = ("box", "table-row")


@attrs.define
class _Para:
    """A paragraph (or the run-on text of a heading) with its responsibility notes found."""

    text: str
    folded: str
    start: int  # offset in the decoded text
    line: int
    notes: tuple[Responsibility, ...]  # a tuple: most paragraphs share the empty one
    standalone: bool = False
    heading: bool = False
    run_on: str = ""  # a heading's text after its title (the title ends at the first 。)
    metrics: tuple[Metric, ...] = ()  # an indicator table's row: a metric read from its cells
    note_at: int = -1  # a heading's: where its first bracketed note starts
    limit: bool = False  # a table's time-limit cell: a bare year or month in it is the limit
    breaks: tuple[tuple[int, int, int], ...] = ()  # of a paragraph joined from wrapped lines (Line.breaks)
    end: int = -1  # where its line ends in the source (a gloss cut from it counted), or -1: not known

    def span(self, start: int, end: int) -> Span:
        """The span of offsets relative to the paragraph, which lies within one line. Handed to the
        finders as a bound method, which costs a fifth of what a closure costs to make."""
        line, offset = self.line, self.start
        return Span(line, line, offset + start, offset + end)

    def span_over_breaks(self, start: int, end: int) -> Span:
        """``span`` for a paragraph joined from wrapped lines: the lines and offsets the text came from."""
        first, at = self.locate(start)
        last, before_end = self.locate(max(start, end - 1))
        return Span(first, last, at, before_end + (end > start))

    def locate(self, i: int) -> tuple[int, int]:
        """The line and the offset in the decoded text of the paragraph's character ``i``."""
        return locate(self.breaks, i, self.line, self.start)


@attrs.define
class _Node:
    label: Label
    label_text: str
    title: str
    line: Line
    # No link to the parent: the tree stays free of reference cycles, so it is freed as soon as the
    # Plan is made instead of being left to the cycle collector (which costs a read a few per cent).
    depth: int  # 1 for a top-level node
    root_level: int  # the label level of its top-level ancestor
    paras: list[_Para] = attrs.Factory(list)
    children: list[_Node] = attrs.Factory(list)
    goalish: bool = False  # a goal, guiding thought, principle or problem, or under one
    # "past": what a plan says has been done (发展基础, 主要成效); "future": what a report says will be
    # done (下一步工作打算); or under such a part. Its figures are achieved ones, or targets.
    tense: str = ""
    year: int | None = None  # the year its heading names (2023年工作打算), or its parent's
    noted: bool = False  # a paragraph of the node or of a node below it carries a note

    @property
    def ordinal_next(self) -> int:
        return self.label.ordinal + 1

    @property
    def last_line(self) -> tuple[int, int, int]:
        """The number of the node's last line (its own or a descendant's), an offset within it and where
        the line ends (-1: where the source's line ends; several lines of a page run together share one)."""
        last = self.children[-1].last_line if self.children else (self.line.no, self.line.start, self.line.end)
        # paragraphs come in the order of their lines (an inherited note is added after the item's own);
        # one joined from wrapped lines ends on its last line
        if self.paras:
            p = self.paras[-1]
            if p.breaks:
                _, source, no = p.breaks[-1]
                if no > last[0]:
                    return no, source, p.end
            elif p.line > last[0] or (p.line == last[0] and p.start > last[1]):
                return p.line, p.start, p.end
        return last


@attrs.define
class _Segment:
    """One document of a page: a page holding several restarts its numbering."""

    roots: list[_Node] = attrs.Factory(list)
    attachment: bool = False  # an attachment of the document before it (附件 stands before its start)
    # units a remark says take part in every task below it (以下均需A落实,不再列出), by its offset
    below: list[tuple[int, tuple[Responsibility, ...]]] = attrs.Factory(list)


_TOPIC_LONGEST = 16  # the words of a paragraph's topic before its 。: 强化组织领导, 深化行政执法体制改革


def _topic_end(folded: str) -> int:
    """Where the topic a paragraph opens with ends (the 。 after 强化组织领导), 0 where it opens with none:
    a few words without a comma, and more after them."""
    stop = folded.find("。")
    return stop if 2 <= stop <= _TOPIC_LONGEST and stop < len(folded) - 1 and "," not in folded[:stop] else 0


def _topic_led(paras: list[_Para]) -> bool:
    """Whether a heading alone (no text runs on from it) holds paragraphs that each open with a topic of
    a few words (强化组织领导。局党组…), as a report sets out what was done: each is a unit of work."""
    if len(paras) < 3 or not paras[0].heading or paras[0].run_on or any(p.notes or p.heading for p in paras[1:]):
        return False
    return all(_topic_end(p.folded) for p in paras[1:])


def _dated_remark(folded: str) -> dt.date | None:
    """The date a remark in brackets under a title opens with: (2024年3月12日), (二〇二四年三月十二日县政府第15次
    常务会议审议通过), as a document without a signature is dated."""
    day = folded.find("日")
    return meta.date_only(folded[1 : day + 1]) if day > 0 and folded.endswith(")") else None


def _unquoted(text: str) -> str:
    """A line that is one title in book brackets without them; any other line as it is."""
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1 and text.count("》") == 1:
        return text[1:-1]
    return text


def _organs_only(folded: str) -> bool:
    """A line naming one organ or several side by side, as a signature does."""
    if meta.is_organ(folded):
        return True
    names = meta.split_issuers(folded)
    return bool(names) and all(meta.is_organ(p) for p in names)


def _note_or_field(p: _Para) -> bool:
    """Whether a paragraph is a note alone on its line, or a field of one (完成时限:长期坚持)."""
    if p.notes:
        return p.standalone
    return ":" in p.folded and meta.FIELD_KEY.match(p.folded) is not None


def _in_block(sib: _Node, item: _Node) -> bool:
    """Whether ``sib``, an item before ``item``, stands in the block a note after ``item`` covers: a leaf
    of ``item``'s style that carries no note of its own."""
    return not sib.children and not sib.noted and sib.label.style == item.label.style


def _red_header(folded: str) -> str | None:
    """The organs a document's red header names (某县人民政府文件, 中共某县委办公室 某县人民政府办公室文件),
    or None when the line is none."""
    if not folded.endswith("文件") or len(folded) > 60:
        return None
    organs = folded[:-2].rstrip()
    return organs if organs and _organs_only(organs) else None


def _field_beside(furniture: Line, ln: Line) -> bool:
    """Whether ``ln`` is a field that a page's furniture sets beside it on one line (主办单位:…  承办单位:…
    联系电话:…), parted from it where the page ran its lines together: the page's too, though its key
    (承办单位) may name a role."""
    folded = ln.folded
    return (
        ln.no == furniture.end_no
        and not ln.breaks
        and len(folded) <= _FOOT_FIELD
        and _SENTENCE not in folded
        and meta.FIELD_KEY.match(folded) is not None
    )


def _bare_first_heading(roots: list[_Node]) -> bool:
    """Whether a document's only top-level heading so far is its first and holds nothing: the same number
    again after it (一、主要措施 / 一、强化领导责任) is a slip of the numbering, no new document."""
    return len(roots) == 1 and not roots[0].children and not any(p.run_on or not p.heading for p in roots[0].paras)


def _signature_at(body: list[Line], i: int) -> bool:
    """Whether line ``i`` and the next are a signature: organs on one, the date on the other."""
    if i + 1 >= len(body):
        return False
    date = body[i + 1].folded
    # a date line ends in 日: the cheap test first, the organ names' pattern last
    return date.endswith("日") and meta.date_only(date) is not None and _organs_only(body[i].folded)


# The title of an interpretation printed after the document: 《…》政策解读, 关于《…》的解读 or 起草说明,
# 一图读懂《…》
# (a line ending in 解读 without a book title heads one only after the document's signature: 做好政策解读
# may be a heading of the document's own)
_INTERPRETATION = re.compile(
    r"^(?:关于)?《[^《》]{2,80}》\s*(?:的)?(?:(?:政策)?解读|起草说明|编制说明)\s*$|^一图(?:读|看)懂"
)
_ENDS_IN_INTERPRETATION = re.compile(r"^[^。]{2,80}解读\s*$")
# A page number after a heading in a table of contents: ……3, …… 12, ．．．5, or spaces before it
_PAGE_NUMBER_AFTER = re.compile(r"(?:[.…·．\s]{2,}|\s)[0-9]{1,3}\s*$")


def _entry_words(folded: str) -> str:
    """An entry of a table of contents without its page number, as _bare gives a heading's words."""
    return _bare(_PAGE_NUMBER_AFTER.sub("", folded))


def _contents_line(folded: str) -> bool:
    """Whether a line heads a table of contents: 目录, 目 录."""
    return folded.startswith("目") and _bare(folded) == "目录"


def _contents_entry(folded: str) -> bool:
    """Whether a line may be an entry of a table of contents: a heading's label and its title (no
    sentence), perhaps with a page number."""
    return len(folded) <= 60 and _SENTENCE not in folded and parse_label(folded) is not None


def _reprinted_title(ln: Line, plan_title: str) -> bool:
    """Whether line ``ln`` is the plan's title (``plan_title``, bare) printed again over the plan,
    perhaps with its period or edition added: 某县…实施方案(2023—2025年)."""
    bare = _bare(ln.folded)
    longer = plan_title in bare and len(bare) <= len(plan_title) + _TITLE_SUFFIX
    return bool(bare) and (bare in plan_title or longer) and _SENTENCE not in ln.folded


def _bare(folded: str) -> str:
    """A title's words without punctuation or spaces: a title printed again is known by them."""
    return re.sub(r"\W", "", folded)


def _without_link_lists(body: list[Line], kept: list[Line], heads: set[int]) -> list[Line]:
    """``kept`` (``body`` without its furniture) without the links listed under a page's list heading
    (猜你喜欢, 相关推荐 …, by id in ``heads``): the short lines with no sentence that follow it, each
    another page's title."""
    links: set[int] = set()
    for i, ln in enumerate(body):
        if id(ln) not in heads:
            continue
        for ln in body[i + 1 : i + 1 + _MAX_LINKS]:
            if id(ln) in links or not link_line(ln.folded):
                break
            links.add(id(ln))
    return [ln for ln in kept if id(ln) not in links]


def _joined(pieces: list[Line]) -> str:
    """A table cell's text; a cell over several lines is joined with the units' own 、."""
    return "、".join(piece.text for piece in pieces)


_Place = Callable[[Label, str, str, str, Line], None]


class _Reader:
    # Slots, not an instance dict: a reader holds more attributes than an instance keeps inline (21 in
    # CPython 3.11), and past them every self.… in the reader's loops became a dictionary lookup.
    __slots__ = (
        "achieved",
        "addressees",
        "attachment_at",
        "attachment_names",
        "below",
        "closing",
        "date",
        "dated_under_title",
        "diagnostics",
        "extra_furniture",
        "field_lines",
        "fields",
        "first_leads",
        "issuers",
        "level_hints",
        "lines",
        "link_lists",
        "name",
        "parsed_notes",
        "plain_notes",
        "preamble",
        "printed",
        "references",
        "segments",
        "source_format",
        "table_base",
        "table_section",
        "tables",
        "text",
        "title",
        "units",
        "year_hint",
    )

    def __init__(
        self,
        text: str,
        name: str | None,
        level_hints: dict[int, int] | None = None,
        source_format: str = "text",
        extra_furniture: re.Pattern[str] | None = None,
    ) -> None:
        self.extra_furniture = extra_furniture
        self.text = text
        self.name = name
        self.level_hints = level_hints or {}
        self.source_format = source_format
        self.diagnostics: list[Diagnostic] = []
        self.lines = split_lines(text)
        # Text taken from a PDF comes broken into lines of one width, a paragraph over several: its
        # notes, figures and limits would be split. Its paragraphs are joined again, and the reader told.
        width = wrap_width(self.lines, text)
        if width is not None:
            self.lines = unwrap(self.lines, width, text)
            first = next((ln.no for ln in self.lines if ln.breaks), None)
            self.warn(f"lines were wrapped at {width} characters: paragraphs joined again", first)
        self.lines = join_broken_clauses(self.lines)
        self.fields: dict[str, object] = {}
        self.field_lines: set[int] = set()  # header lines that were disclosure-table keys or values
        self.title = ""
        self.issuers: tuple[str, ...] = ()
        self.addressees: tuple[str, ...] = ()
        self.date: dt.date | None = None  # the signature's
        self.printed: dt.date | None = None  # the colophon's (…2023年2月10日印发): the date of issue failing others
        self.dated_under_title: dt.date | None = None  # (2024年3月12日县政府常务会议审议通过): failing even that
        self.preamble: list[_Para] = []
        self.closing: list[_Para] = []
        self.attachment_names: list[_Para] = []  # 附件:1.… / 2.…, after the plan's text: its closing's
        self.segments: list[_Segment] = [_Segment()]
        self.below: list[tuple[int, tuple[Responsibility, ...]]] = []  # the segment's being made a Plan's
        self.achieved = False
        self.year_hint: int | None = None
        self.references: dict[tuple[str, str | None], Reference] = {}  # cited documents, first citation kept
        # A plan repeats its notes ((牵头单位:县司法局) under item after item); responsibilities are
        # frozen, so the ones parsed for a note are handed out again.
        self.parsed_notes: dict[tuple[str, str, bool], tuple[Responsibility, ...]] = {}
        # the document has said that the unit listed first leads (列第一位的为牵头单位): from there on
        self.first_leads = False
        self.units: UnitMemo = {}  # and so are the units they name, note after note
        # the parsed notes (by id: each is kept in parsed_notes) that name no unit twice and no leader
        self.plain_notes: set[int] = set()
        # Tables copied from a page, by where each line starts: each line of a header or of a row
        self.tables = find_tables(text, self.lines)
        self.link_lists: set[int] = set()  # the furniture lines that head a list of links (猜你喜欢), by id
        self.table_section: str | None = None  # the category of the table rows read last
        self.table_base = 0  # the level of the section a table stands in (0: none)
        # the node an 附件 line was read into, where in its paragraphs, and the line: a table after it
        # is the attachment's (until a heading opens a part of the attachment's own)
        self.attachment_at: tuple[_Node, int, Line] | None = None

    def warn(self, message: str, line: int | None) -> None:
        self.diagnostics.append(Diagnostic(message, line))

    # ------------------------------------------------------------------ header
    def read(self) -> Plan:
        body = self.read_header()
        body = self.without_interpretation(body)
        body = self.read_signature(body)
        body = self.read_notice(body)
        body = self.without_contents(body)
        self.build_outline(body)
        self.take_closing()
        return self.to_plan()

    def read_notice(self, body: list[Line]) -> list[Line]:
        """A notice that issues a plan (关于印发《…》的通知) may set out requirements of its own (一、提高
        认识 …), sign, and then print the plan under its title. What stands before that signature is
        the notice's: it joins the preamble instead of opening the plan's outline; the plan's text
        starts after the signature (an 附件 line and the reprinted title are passed over there). A
        notice that does not sign above the plan ends at the 附件 line over its title."""
        if "notice" not in self.fields or not self.title:
            return body
        plan_title = _bare(meta.fold(self.title))
        for i in range(len(body) - 2):
            if not _signature_at(body, i):
                continue
            after = i + 2
            if _ATTACHMENT.match(body[after].folded) and after + 1 < len(body):
                after += 1
            if _reprinted_title(body[after], plan_title):
                self.take_notice(body[:i], body[after], plan_title)
                self.sign(body, i)
                return body[after:]
        for i in range(len(body) - 1):
            ln = body[i]
            if ln.folded.startswith(ATTACHMENT_WORDS) and _ATTACHMENT.match(ln.folded):
                if _reprinted_title(body[i + 1], plan_title):
                    self.take_notice(body[:i], body[i + 1], plan_title)
                    return body[i + 1 :]
                break  # the notice's first attachment is not the plan
        return body

    def take_notice(self, lines: list[Line], title: Line, plan_title: str) -> None:
        """The notice's lines (before its signature or the 附件 over the plan) are the preamble; the
        title printed over the plan, where it says more than the notice's (``plan_title``, bare), is the
        plan's title."""
        for ln in lines:
            if not self.read_front_matter(ln):
                self.preamble.append(self.para(ln))
        # after the notice's paragraphs: the notice naming the plan by the title it wrote is no citation
        if len(_bare(title.folded)) > len(plan_title):
            self.title = title.text.strip()

    def without_interpretation(self, body: list[Line]) -> list[Line]:
        """``body`` up to the interpretation a page may print after the document (《…》政策解读, 一图读懂…,
        关于《…》的起草说明): another document, about this one, whose headings would open a document of
        their own."""
        # Each of its words holds 解, 懂 or 说: one character is looked for many times faster than two.
        if "解" not in self.text and "懂" not in self.text and "说" not in self.text:
            return body
        seen_heading = False
        for i, ln in enumerate(body):
            if not seen_heading:
                seen_heading = self.label_of(ln) is not None
                continue
            folded = ln.folded
            # (a line 图解:… alone is a link to a page's graphic, as likely at its foot as a heading)
            words = ("解" in folded and "解读" in folded) or "懂" in folded or ("说" in folded and "说明" in folded)
            if words and self._interpretation_at(body, i):
                lines = f"lines {ln.no}–{body[-1].no}"
                self.warn(f"an interpretation of the document ({lines}) is no part of it", ln.no)
                return body[:i]
        return body

    def _interpretation_at(self, body: list[Line], i: int) -> bool:
        """Whether line ``i`` titles an interpretation: 《…》政策解读 or 一图读懂… anywhere after a heading, a
        title ending in 解读 under the document's signature date."""
        folded = body[i].folded
        if _SENTENCE in folded or self.label_of(body[i]) is not None:
            return False
        signed = meta.date_only(body[i - 1].folded) is not None
        return _INTERPRETATION.match(folded) is not None or (
            signed and _ENDS_IN_INTERPRETATION.match(folded) is not None
        )

    def without_contents(self, body: list[Line]) -> list[Line]:
        """``body`` without its table of contents (目录, then the headings, perhaps with page numbers):
        its headings stand again below, where each opens its part; read here, they would open a
        document of their own before the plan's."""
        if "录" not in self.text and "錄" not in self.text:  # one scan of the text spares most pages the loop
            return body
        for i, ln in enumerate(body[:-2]):
            if ln.folded[0] != "目" or not _contents_line(ln.folded):  # the test without a call first
                continue
            # the entries, up to the first printed again as the heading that opens the text
            first = _entry_words(body[i + 1].folded)
            end = i + 1
            while end < len(body) and _contents_entry(body[end].folded):
                end += 1
                if end < len(body) and _bare(body[end].folded).startswith(first):
                    break
            if end - i > 2 and any(_bare(later.folded).startswith(first) for later in body[end:]):
                self.warn(f"a table of contents (lines {ln.no}–{body[end - 1].no}) is no part of the outline", ln.no)
                return body[:i] + body[end:]
        return body

    def furniture(self, line: Line) -> bool:
        if not is_furniture(line.folded, self.extra_furniture):
            return False
        if heads_link_list(line.folded):
            self.link_lists.add(id(line))  # the links under it are looked for once the page is read
        return True

    def _is_body_line(self, line: Line) -> bool:
        """A heading, a sentence, or the table of contents' 目录, which stands under the title."""
        folded = line.folded
        return self.label_of(line) is not None or _SENTENCE in folded or (folded[0] == "目" and _contents_line(folded))

    def label_of(self, line: Line) -> Label | None:
        """The line's label; an unlabelled heading (a Word heading style) gets one from its level hint."""
        label = parse_label(line.folded)
        if label is None and line.no in self.level_hints:
            return Label("heading", self.level_hints[line.no], 0, 0)
        return label

    def read_header(self) -> list[Line]:
        lines = self.lines
        # Each header line's furniture test is kept for the loop below: a page's menus make the header
        # long, and the test costs the most of the line's checks.
        furniture: list[bool] = []
        body_start = len(lines)
        tables = self.tables
        for i, ln in enumerate(lines):
            if tables and ln.start in tables:  # a task table's header row: a page menu looks much the same
                body_start = i
                break
            furniture.append(self.furniture(ln))
            if not furniture[i] and self._is_body_line(ln) and not meta.key_values(ln.folded, ln.text):
                body_start = i
                break
        candidates: list[int] = []
        others: list[int] = []  # lines read as nothing: neither a field, nor furniture, nor a title
        organs: list[int] = []  # lines that name organs only
        pending_key: str | None = None
        for i, ln in enumerate(lines[:body_start]):
            key, pending_key = pending_key, None
            # a table printed as key and value on separate lines (a key whose value is empty is followed
            # by the next key)
            if key is not None and meta.key_only(ln.folded) is None and not meta.key_values(ln.folded, ln.text):
                self.set_field(key, ln.text.strip())
                self.field_lines.add(i)
                continue
            key_only = meta.key_only(ln.folded)
            if key_only is not None:
                pending_key = key_only
                self.field_lines.add(i)
                continue
            if self.read_fields(ln) or furniture[i]:
                continue
            if self.read_front_matter(ln):
                continue
            if self._title_like(ln.folded):
                candidates.append(i)
            elif _organs_only(ln.folded):  # an issuer printed under the title is no text either
                organs.append(i)
            else:
                others.append(i)
        # An attachment's title (附件 / 重点任务分工表) under the document's is the attachment's: it and the
        # lines after it are text
        attachment = next((i for i in others if _ATTACHMENT.match(lines[i].folded)), None)
        if attachment is not None and any(i < attachment for i in candidates):
            others = sorted([*others, *(i for i in candidates if i > attachment)])
            candidates = [i for i in candidates if i < attachment]
        if not candidates and self.fields.get("title"):
            # the disclosure table's 标题 is the only title over the text: read as a title line is (the
            # plan's own title when it names a notice that wraps it)
            self.set_title_text(str(self.fields["title"]))
            return lines[body_start:]
        if not candidates:
            # a title naming no kind of document (关于进一步做好某项工作): the last line of words just
            # above the text, when it looks like a title otherwise
            near = [i for i in others if i >= body_start - 3 and self._title_like(lines[i].folded, typed=False)]
            if not near:
                return lines[body_start:]
            candidates.append(near[-1])
            others.remove(near[-1])
        title_end = self.set_title(lines, candidates[-1], body_start)
        # the organs printed just under the title (松原市人民政府 / 2021年12月30日) issue it
        under = next((i for i in organs if i > title_end), None)
        if under is not None and under - title_end <= 2 and not self.issuers:
            self.issuers = meta.split_issuers(lines[under].text)
        # The plan's text may open with lines that are no sentence (现将有关情况报告如下:): what follows
        # its title and was read as nothing is its text.
        lead = next((i for i in others if i > title_end), None)
        if lead is None:
            return lines[body_start:]
        return [ln for i, ln in enumerate(lines[lead:body_start], lead) if i in others] + lines[body_start:]

    def _title_like(self, folded: str, typed: bool = True) -> bool:
        """Whether a header line may be the title: short, no sentence, no table's row (序号 重点任务 …),
        and (``typed``) naming a kind of document."""
        folded = _unquoted(folded)
        return (
            4 <= len(folded) <= 120
            and (not typed or meta.doc_type_of(folded) is not None)
            and not SENTENCE_MARKS.search(folded)
            and not table_row(folded)
        )

    def set_title(self, lines: list[Line], index: int, body_start: int) -> int:
        """The title from the candidate line ``index`` and the lines it spans; returns the last one's index."""
        first = index
        # A title split over two or three lines: short, unpunctuated lines just above it.
        while first > 0 and index - first < 2:
            prev = lines[first - 1]
            if (
                first - 1 in self.field_lines
                or self.furniture(prev)
                or meta.key_values(prev.folded, prev.text)
                or len(prev.folded) > 40
                or re.search(r"[。,;:!?>]", prev.folded)
                or meta.date_only(prev.folded)
                or meta.published(prev.folded)
                or meta.doc_number_line(prev.folded)  # a red header's lines stand over the title
                or _red_header(prev.folded) is not None
                or _ATTACHMENT.match(prev.folded) is not None  # as 附件 over an attachment's title
                or prev.folded == lines[index].folded
                or meta.site_suffix(prev.folded) is not None  # the page's own title, over the document's
            ):
                break
            first -= 1
        last = index
        while last + 1 < body_start and last - index < 2:
            nxt = lines[last + 1].folded
            if (
                len(nxt) <= 30
                and not re.search(r"[。,;:]", nxt)
                and ((nxt.startswith("(") and not _ADOPTED.search(nxt)) or meta.doc_type_of(nxt))
                and not table_row(nxt)  # a table's header under the title (序号 重点任务 …) is none of it
            ):
                last += 1
            else:
                break
        self.set_title_text("".join(ln.text for ln in lines[first : last + 1]))
        # joint issuers a line each over a title (中共某县委 / 某县人民政府 / 关于印发…): all of them issue
        # it, where the title's head names the last alone
        top = first
        while top > 0 and index - top < 4 and _organs_only(lines[top - 1].folded):
            top -= 1
        organs = top
        while organs < index and _organs_only(lines[organs].folded):
            organs += 1
        if organs - top > 1 and lines[organs].folded.startswith("关于"):
            self.issuers = tuple(name for ln in lines[top:organs] for name in meta.split_issuers(ln.text))
        if last + 1 < len(lines) and lines[last + 1].folded.startswith("("):
            self.dated_under_title = _dated_remark(lines[last + 1].folded)
        return last

    def set_title_text(self, title: str) -> None:
        title = _unquoted(title.strip())  # a title printed in book brackets: 《某市法治政府建设实施方案》
        folded = meta.fold(title)
        suffix = meta.site_suffix(folded)
        if suffix is not None:  # a page's own title: the document's, then the site's name
            title, folded = title[:suffix], folded[:suffix]
        # a doc number run into the title (某政发〔2021〕1号关于印发…) or in brackets after it (…(某政发〔2021〕2号))
        number = _NUMBER_BEFORE.match(folded) or _NUMBER_AFTER.search(folded)
        if number is not None:
            self.fields.setdefault("doc_number", title[number.start("number") : number.end("number")])
            cut = number.end() if number.start() == 0 else number.start()
            title, folded = (title[cut:], folded[cut:]) if number.start() == 0 else (title[:cut], folded[:cut])
        inner = meta.inner_title(folded)
        issuer_len = meta.issuer_from_title(folded)
        if issuer_len and not self.issuers:
            self.issuers = meta.split_issuers(title[:issuer_len])
        if inner:
            self.fields["notice"] = title
            # a space in it is where the page broke the notice's title (…高质量发展 / 实施方案的通知)
            title = _SPACE_IN_WORDS.sub("", title[inner[0] : inner[1]])
        self.title = title.strip()

    def read_fields(self, ln: Line) -> bool:
        """Disclosure-table fields and the page's publication time; True when the line held some."""
        found = False
        when = meta.published(ln.folded)
        if when is not None and "published" not in self.fields:
            self.fields["published"] = when
            found = True
        for key, value in meta.key_values(ln.folded, ln.text):
            found = True
            self.set_field(key, value)
        return found

    def set_field(self, key: str, value: str) -> None:
        """One disclosure-table field; the first value given wins (pages print them twice)."""
        if not value:
            return
        if key in ("发文字号", "文号", "文件编号", "发文编号"):
            if meta.fold(value) not in ("无", "无文号", "-", "/"):  # a document without one
                self.fields.setdefault("doc_number", value)
        elif key in ("成文日期", "成文时间", "发文日期", "印发日期"):
            self.fields.setdefault("date", meta.parse_date(meta.fold(value)))
        elif key == "索引号":
            self.fields.setdefault("index_number", value)
        elif key in ("有效性", "时效性", "是否有效"):
            self.fields.setdefault("validity", value)
        elif key in ("发文机关", "制发机关", "发文单位", "发文机构", "发布机构"):
            if not meta.fold(value).endswith(("网站", "网")):  # 县政府网站: the page's publisher, no organ
                self.fields.setdefault("issuers", meta.split_issuers(value))
        elif key == "发布日期" and "published" not in self.fields:  # its value on a line of its own
            when = meta.published(meta.fold(f"{key}:{value}"))
            if when is not None:
                self.fields["published"] = when
        elif key in ("标题", "名称"):
            self.fields.setdefault("title", value)

    def read_front_matter(self, ln: Line) -> bool:
        """Doc number, addressees, dates and the remark on publication ((此件公开发布)) standing on their
        own lines; True when the line was one."""
        if ln.folded.endswith(")") and _PUBLICATION_REMARK.match(ln.folded):
            return True
        if meta.doc_number_line(ln.folded):
            self.fields.setdefault("doc_number", ln.text.strip())
            return True
        if "文件" in ln.folded and (organs := _red_header(ln.folded)) is not None:
            # who issues the document, failing a signature or a disclosure table
            self.fields.setdefault("issuers", meta.split_issuers(ln.text[: len(organs)]))
            return True
        day = meta.date_only(ln.folded)
        if day is not None:
            self.date = self.date or day
            return True
        if (
            ln.folded.endswith(":")
            and len(ln.folded) <= 80
            and parse_label(ln.folded) is None
            and not re.search(r"[。]", ln.folded)
            and _ADDRESSEE_END.search(ln.folded[:-1])
            and not self.addressees
        ):
            # Split on commas only: 各县、区人民政府 is one addressee. The folded line finds them (，
            # folds to ,), the original gives the names.
            cuts = [m.start() for m in re.finditer(r"[,;]", ln.folded[:-1])]
            names = (ln.text[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(ln.folded) - 1], strict=True))
            self.addressees = tuple(name.strip() for name in names if name.strip())
            return True
        return False

    # ------------------------------------------------------------------ signature
    def read_signature(self, body: list[Line]) -> list[Line]:
        tables = self.tables  # a table's rows look like a page menu: short cells side by side
        # Joint issuers signing side by side look like a menu of links: the date under them tells.
        kept: list[Line] = []
        dropped: Line | None = None  # the furniture line just before
        for i, ln in enumerate(body):
            in_table = tables and ln.start in tables
            page_words = not in_table and (self.furniture(ln) or (dropped is not None and _field_beside(dropped, ln)))
            if page_words and not _signature_at(body, i):
                dropped = ln
                continue
            kept.append(ln)
            dropped = None
        body = _without_link_lists(body, kept, self.link_lists) if self.link_lists else kept
        # What a page sets under the document's signature (主办/承办 lines, an address, links to its
        # files) is the page's, whether or not its words are known: no sentence, no attachment, no
        # heading and no table of the document's.
        for i in range(len(body) - 2, max(-1, len(body) - _PAGE_FOOT), -1):
            if _signature_at(body, i):
                if not any(self._document_line(ln) for ln in body[i + 2 :]):
                    del body[i + 2 :]
                break
        organs: tuple[str, ...] = ()
        while body and (
            meta.date_only(body[-1].folded)
            or _COLOPHON.match(body[-1].folded)
            # units under a role heading (牵头单位: / 市司法局) are no signature
            or (_organs_only(body[-1].folded) and not (len(body) > 1 and body[-2].folded.endswith(":")))
        ):
            ln = body.pop()
            day = meta.date_only(ln.folded)
            if day is not None:
                self.date = self.date or day
            elif (colophon := _COLOPHON.match(ln.folded)) is not None:
                if colophon["printed"]:  # 某县人民政府办公室 2023年2月10日印发
                    self.printed = meta.parse_date(colophon["printed"])
                continue
            else:
                organs = meta.split_issuers(ln.text) + organs  # joint issuers may sign a line each
        self.signed_by(organs)
        return body

    def signed_by(self, organs: tuple[str, ...]) -> None:
        """The issuers a signature names, unless the title or the page's fields named them; where the
        title ran joint issuers together (中共某市委某市人民政府关于…), the signature parts them."""
        issuers = self.issuers
        if len(issuers) == 1 and len(organs) > 1 and meta.fold("".join(organs)) == meta.fold(issuers[0]):
            issuers = ()
        self.issuers = issuers or organs

    def issued(self) -> dt.date | None:
        """The date of issue: the signature's, else the disclosure table's 成文日期, else the colophon's, else
        that of a remark in brackets under the title."""
        field = self.fields.get("date")
        return self.date or (field if isinstance(field, dt.date) else None) or self.printed or self.dated_under_title

    def _document_line(self, ln: Line) -> bool:
        """A line that only a document holds, not a page's foot."""
        folded = ln.folded
        return (
            _SENTENCE in folded
            or folded.startswith(ATTACHMENT_WORDS)
            or ln.start in self.tables
            or parse_label(folded) is not None
        )

    # ------------------------------------------------------------------ outline
    def para(self, ln: Line, text_start: int = 0, heading: bool = False) -> _Para:
        text, folded = ln.text[text_start:], ln.folded[text_start:]
        whole = text, folded
        notes: tuple[Responsibility, ...] = ()
        if "牵" in folded and ("第" in folded or "首" in folded) and not self.first_leads and names_first_lead(folded):
            self.first_leads = True  # in a note or a remark of its own: (注:排在第一位的为牵头单位)
        remark = all_below_remark(folded) if "再" in folded else None  # a test without a call, for most lines
        if remark is not None:  # the notes are looked for in the text without it
            s, e = remark.span()
            below = self.read_note(remark["units"], text[remark.start("units") : remark.end("units")])
            at = ln.start + text_start + s
            if not remark[0].lstrip("。;, ").startswith(("以下", "下列")):
                at = ln.start - 1  # 具体任务均涉及A,不再做分工,下同: this task's too
            self.segments[-1].below.append((at, tuple(attrs.evolve(r, inherited=True) for r in below)))
            text, folded = (x[:s] + " " * (e - s) + x[e:] for x in whole)
        # Tests that cost one scan of the line spare most lines the calls: a standalone note's role
        # heading ends in ":", a bracketed note needs a "(" (or a 【 or [ on some pages).
        opens, cites = "(" in folded, "《" in whole[1]
        line_note = note_line(folded) if not heading and ":" in folded else None
        standalone = line_note is not None
        if line_note is not None:
            s, e = line_note
            notes = self.read_note(folded[s:e], text[s:e])
        first_note = last_note_end = -1
        if not standalone and (opens or "【" in folded or "[" in folded):
            for s, e in find_notes(folded):
                notes += self.read_note(folded[s + 1 : e - 1], text[s + 1 : e - 1])
                if first_note < 0:
                    first_note = s
                last_note_end = e
            # a note in brackets alone on its line stands after its item as 牵头单位:… does
            alone = first_note == 0 and last_note_end >= end_before_full_stop(folded)
            standalone = not heading and alone and bool(notes)
        if not (standalone or notes) and ":" in folded and _SENTENCE in folded:
            after = trailing_note(folded)  # …动态调整。牵头单位:市政务服务局。配合单位:市直各部门
            if after is not None:
                s, e = after
                notes = self.read_note(folded[s:e], text[s:e])
        if not notes and "】" in folded:
            keyed = bracketed_headings_note(folded)  # 【责任单位】县司法局【完成时限】2024年底前
            if keyed is not None:
                notes = self.read_note(keyed, text[len(text) - len(keyed) :])
        # …人员不少于10名。市委编办牵头,市司法局配合。: the last character before the 。 tells most
        # paragraphs apart at once
        if not notes and folded[-2:].rstrip(_SENTENCE)[-1:] in ROLE_ENDS:
            named = units_and_roles(folded)
            if named is not None:
                s, e = named
                notes = self.read_note(folded[s:e], text[s:e])
                standalone = not heading and s == 0 and bool(notes)  # the line is the note
        # where the text starts in the source: past whatever a break skips (a character cut from the line)
        no, start = ln.locate(text_start) if ln.breaks else (ln.no, ln.start + text_start)
        p = _Para(*whole, start, no, notes, standalone, heading)
        p.end = ln.end
        if ln.breaks:
            p.breaks = tuple((at - text_start, source, no) for at, source, no in ln.breaks if at > text_start)
        if heading and first_note >= 0:
            p.note_at = first_note
        if cites:
            self.cite(p)
        folded = p.folded
        if ((opens or ")" in folded) and folded.count("(") != folded.count(")")) or (
            (cites or "》" in folded) and folded.count("《") != folded.count("》")
        ):
            self.warn("unbalanced brackets", ln.no)
        return p

    def box_label(self, label: Label, stack: list[_Node], body: list[Line], i: int) -> Label:
        """A box (专栏1 重点工程, at line ``i``) sets out items of the part it stands in: it takes the layer
        of the deepest open heading above its first item's, so that its items fall under it and the
        part's next heading closes it. A first label numbered past 1 is that next heading: a box without
        items stands beside the open heading, or under it in a part of goals (its indicators are the
        goals')."""
        first = next((lab for ln in body[i + 1 : i + _BOX_REACH] if (lab := self.label_of(ln)) is not None), None)
        level = stack[-1].label.level
        if first is not None and first.ordinal == 1:
            level = next((n.label.level for n in reversed(stack) if n.label.level < first.level), level)
        elif stack[-1].goalish:
            level += 1
        # it stays in the part it stands in: one whose items are of the layer just below the part's
        # own leaves the box empty, and does not take it out of the part
        return attrs.evolve(label, level=max(level, stack[0].label.level + 1))

    def cut_note_from_title(self, node: _Node, note_at: int, folded: str) -> None:
        """A heading whose note stands before its first 。 (1.推进依法决策(牵头单位:市司法局)。): the
        title ends where the note begins, or begins where it ends when the note comes first. ``folded``
        is the heading's text after its label, ``note_at`` where its first note starts in it."""
        title_start = len(folded) - len(folded.lstrip())
        if title_start < note_at < title_start + len(node.title):
            node.title = node.title[: note_at - title_start].rstrip()
        elif note_at == title_start:  # 1.【牵头单位:县委宣传部】将…纳入…: the title follows its note
            end = find_notes(folded)[0][1] - title_start
            if end < len(node.title):
                node.title = node.title[end:].lstrip()

    def sign(self, body: list[Line], i: int) -> None:
        """The issuers and the date of the signature at line ``i`` (organs, then the date), unless the
        page's disclosure fields or an earlier signature gave them."""
        self.signed_by(meta.split_issuers(body[i].text))
        self.date = self.date or meta.date_only(body[i + 1].folded)

    def read_notice_signature(self, body: list[Line], i: int) -> bool:
        """The signature of a notice that wraps its plan: organs on one line, the date on the next,
        both before the plan's own text. True when line ``i`` is those organs."""
        if not _signature_at(body, i):
            return False
        self.sign(body, i)
        return True

    def read_signature_before_attachment(self, body: list[Line], i: int, node: _Node) -> None:
        """The document's signature (organs, then the date) standing just above its attachments (附件
        at line ``i``): it gives the issuers and the date, and is no text of the part it closes (whose
        last two paragraphs it became)."""
        paras = node.paras
        if i < 2 or len(paras) < 2 or (paras[-2].line, paras[-1].line) != (body[i - 2].no, body[i - 1].no):
            return
        if not _signature_at(body, i - 2):
            return
        del paras[-2:]
        self.sign(body, i - 2)

    def read_note(self, folded: str, text: str) -> tuple[Responsibility, ...]:
        """parse_note, once for each note text in the plan. A 。 between a note's fields (A牵头,B负责。
        2023年底前完成; 牵头单位:A。配合单位:B) parts them as a ; does."""
        folded = folded.replace(_SENTENCE, ";")  # the same length: text is cut at the same places
        key = (folded, text, self.first_leads)
        found = self.parsed_notes.get(key)
        if found is None:
            found = self.parsed_notes[key] = tuple(parse_note(folded, text, self.units, self.first_leads))
            if len({(r.unit, r.role) for r in found}) == len(found) and not any(r.leader for r in found):
                self.plain_notes.add(id(found))  # a task noted by it alone has these responsibilities
        return found

    def build_outline(self, body: list[Line]) -> None:
        stack: list[_Node] = []
        last_top: int | None = None
        plan_title = _bare(meta.fold(self.title))
        seen_heading = False
        notice_signed = False  # the signature of a notice that wraps the plan has been read
        # the last node of each label style in each list of siblings (keyed by the list's id)
        last_of_style: dict[tuple[int, str], _Node] = {}
        attachment_opened = False  # an 附件 line has stood since the last top-level heading

        def place(label: Label, label_text: str, title: str, folded_title: str, ln: Line) -> None:
            """A node for a heading: below the nearest node of a higher layer, its numbering checked."""
            nonlocal last_top, attachment_opened
            while stack and stack[-1].label.level >= label.level:
                stack.pop()
            if stack:
                root_level = stack[0].root_level
            elif label.style == "heading":
                # an attachment's title over items numbered as a document (level 0) stands above their
                # layers, which keep their numbers (level_of)
                root_level = max(label.level, 1)
            else:
                root_level = label.level
            node = _Node(label, label_text, title, ln, len(stack) + 1, root_level)
            segment = self.segments[-1]
            siblings = stack[-1].children if stack else segment.roots
            if label.style == "heading":  # numbered by its place: it carries no numeral to check
                node.label = label = attrs.evolve(label, ordinal=len(siblings) + 1)
                node.label_text = ""
            prev = last_of_style.get((id(siblings), label.style))
            top = segment.roots[0].label.level if segment.roots else None
            if (
                not stack
                and label.style not in _OWN_NUMBERING
                and top is not None
                and last_top is not None
                and label.level <= top
                and label.ordinal <= last_top
                and not _bare_first_heading(segment.roots)  # 一、主要措施 / 一、强化领导责任: a slip
            ):
                if attachment_opened:
                    self.warn(f"numbering restarts at {node.label_text}: an attachment", ln.no)
                else:
                    self.warn(f"numbering restarts at {node.label_text}: a new document on the same page", ln.no)
                self.segments.append(_Segment(attachment=attachment_opened))
                segment = self.segments[-1]
                siblings = segment.roots
                prev = None
            elif prev is not None and label.style != "heading" and label.ordinal != prev.ordinal_next:
                kind = "restarts" if label.ordinal <= prev.label.ordinal else "skips"
                self.warn(f"numbering {kind}: {prev.label_text} is followed by {node.label_text}", ln.no)
            if stack:
                node.goalish, node.tense, node.year = stack[-1].goalish, stack[-1].tense, stack[-1].year
            if "年" in folded_title:
                years = named_years(folded_title)
                if len(years) == 1:  # a period (2021—2025年) names no one year
                    node.year = years[0]
            m = _HEADING_WORDS.search(folded_title)
            while m is not None:
                if m[0] in _TENSE_WORDS:
                    if len(stack) < 2 and len(folded_title) <= 40:  # a deeper or longer heading is an item
                        node.tense = _TENSE_WORDS[m[0]]
                else:
                    node.goalish = True
                m = _HEADING_WORDS.search(folded_title, m.end())
            siblings.append(node)
            last_of_style[(id(siblings), label.style)] = node
            self.attachment_at = None  # an attachment's own headings open its part
            if not stack and label.style not in _OWN_NUMBERING:
                last_top = label.ordinal
                attachment_opened = False
            stack.append(node)

        tables = self.tables
        role_heading: _Para | None = None  # 牵头单位: alone on its line, its units on the next
        names_end = 0  # the line after a list of attachments' names
        for i, ln in enumerate(body):
            if i < names_end:
                self.attachment_names.append(self.para(ln))
                continue
            if tables and ln.start in tables:
                seen_heading = True
                self.table_line(ln, stack, place)
                continue
            label = self.label_of(ln)
            if role_heading is not None:
                heading_para, role_heading = role_heading, None
                if label is None and _SENTENCE not in ln.folded and stack:
                    notes = self.read_note(heading_para.folded + ln.folded, heading_para.text + ln.text)
                    if notes:
                        stack[-1].paras.append(
                            _Para(ln.text, ln.folded, ln.start, ln.no, notes, standalone=True, breaks=ln.breaks)
                        )
                        for n in stack:
                            n.noted = True
                        continue
            if label is None:
                if not seen_heading:
                    if self.read_front_matter(ln):
                        continue
                    if self.read_notice_signature(body, i):
                        notice_signed = True
                        continue
                    if notice_signed and not self.title and self._title_like(ln.folded):
                        # a notice without a title line of its own (the page opens with its addressees):
                        # the plan's title follows its signature
                        self.set_title_text(ln.text)
                        plan_title = _bare(meta.fold(self.title))
                        continue
                    if plan_title and _SENTENCE not in ln.folded:
                        bare = _bare(ln.folded)
                        if bare and bare in plan_title:
                            continue  # the plan's title printed again under the notice that wraps it
                p = self.para(ln)
                if not stack:
                    self.preamble.append(p)
                    continue
                if ln.folded.startswith(ATTACHMENT_WORDS):
                    if (names_end := i + self.attachment_list(body, i)) > i:
                        self.attachment_names.append(p)
                        continue
                    if _ATTACHMENT.match(ln.folded):
                        attachment_opened = True
                        self.read_signature_before_attachment(body, i, stack[-1])
                        if i == len(body) - 1:  # 附件:某某分工表 last, its table not printed: a name only
                            self.attachment_names.append(p)
                            continue
                        # after the part's own text, or after a table's row; under a bare heading it is
                        # that part's
                        part = stack[-1]
                        if part.line.start in self.tables or any(q.run_on if q.heading else q.text for q in part.paras):
                            self.attachment_at = (part, len(part.paras), ln)
                if p.standalone and not p.notes and p.folded.endswith(":"):
                    role_heading = p
            else:
                seen_heading = True
                text, folded = ln.text[label.end :], ln.folded[label.end :]
                title, run_on, folded_title = split_title(text, folded)
                if label.style == "box" and stack:
                    label = self.box_label(label, stack, body, i)
                if self.attachment_at is not None and stack:
                    if label.level > stack[0].label.level:
                        # the attachment's items (1. …), which would stand under the part before it
                        self.open_attachment(stack, place)
                    elif last_top is not None and label.ordinal <= last_top and label.style not in _OWN_NUMBERING:
                        # numbered as a document (附件2 / 考核指标 / 一、…): its title heads its items
                        self.open_attachment(stack, place, level=label.level - 1)
                place(label, ln.text[: label.end].strip(), title, folded_title, ln)
                if not text.strip():
                    continue
                p = self.para(ln, label.end, heading=True)
                p.run_on = run_on
                if p.note_at >= 0:
                    self.cut_note_from_title(stack[-1], p.note_at, folded)
            # every paragraph under a node is added here: a note marks the node and its ancestors
            stack[-1].paras.append(p)
            if p.notes:
                for n in stack:
                    n.noted = True

    def take_closing(self) -> None:
        """The paragraphs after the last item's note that carry no note of their own are the plan's
        closing (各乡镇、各部门要…于11月30日前报送落实情况), not more of that item: a noted item ends with
        its note, and no item follows them. An item noted by its heading's note ((四)…(责任单位:A) / 1.… /
        2.…) ends with its own heading: words after it that address the units (各县区、各部门要…, 请各…)
        are the closing too."""
        roots = self.segments[-1].roots
        if not roots:
            return
        parent, node = None, roots[-1]
        while node.children:  # a node's paragraphs stand before its first child's heading
            parent, node = node, node.children[-1]
        paras = node.paras
        formula: list[_Para] = []  # 特此通知。: the notice's closing, whatever stands before it
        while len(paras) > 1 and not paras[-1].heading and paras[-1].folded.rstrip("。.") in _FORMULAS:
            formula.insert(0, paras.pop())
        self.closing = [*self._closing_words(parent, node), *formula]

    def _closing_words(self, parent: _Node | None, node: _Node) -> list[_Para]:
        """The paragraphs of the last item ``node`` that are the plan's closing, taken from it."""
        paras = node.paras
        end = len(paras)
        while end and not (paras[end - 1].notes or paras[end - 1].heading or paras[end - 1].metrics):
            end -= 1
        if not (end < len(paras) and end):
            return []
        # closing words are sentences; a field of the item's note (完成时限:2024年12月) is none
        if not all(_SENTENCE in p.folded and not meta.FIELD_KEY.match(p.folded) for p in paras[end:]):
            return []
        handed_down = (
            parent is not None
            and not node.noted
            and not any(c.noted for c in parent.children)
            and sum(1 for p in parent.paras if p.notes) == 1
        )
        if not (paras[end - 1].notes or (handed_down and paras[end].folded.startswith(_ADDRESSING))):
            return []
        closing = paras[end:]
        del paras[end:]
        return closing

    def indicator_row(self, row: TableLine, node: _Node) -> None:
        """An indicator table's row: a target metric of the section the table stands in."""
        name, unit, target, nature = (_joined(row.cell(key)) for key in ("name", "unit", "target", "nature"))
        values = table_values(meta.fold(target)) if target else []
        if not values or not name:
            return  # no number: the target is not invented
        cell = row.cell("target")[0]  # its first line: a value is a line long
        unit = unit.strip("—-/ ")
        if not unit:  # a table with no unit column names the unit after the indicator: 审核率(%)
            m = _UNIT_IN_NAME.search(meta.fold(name))
            if m:
                name, unit = name[: m.start()].rstrip(), name[m.start("unit") : m.end("unit")]
        metrics = tuple(
            Metric(
                value=value,
                comparator=comparator,
                unit=unit,
                subject=name,
                kind=MetricKind.TARGET,  # made achieved where figures are (_measure)
                nature=nature or None,
                text=cell.text,
                span=Span(cell.no, cell.no, cell.start, cell.end),
            )
            for comparator, value in values
        )
        node.paras.append(_Para("", "", cell.start, cell.no, (), metrics=metrics))

    def attachment_list(self, body: list[Line], i: int) -> int:
        """The number of lines of the list of attachments' names that line ``i`` opens (附件:1.评估指标 /
        2.自查报告模板, numbered as GB/T 9704 numbers several), 0 where it opens none: its items are no
        headings of the plan, nor is the list an attachment's text."""
        own = _ATTACHMENT_LABEL.match(body[i].folded)
        first = parse_label(body[i].folded[own.end() :]) if own and ":" in own[0] else None
        if first is None or first.ordinal != 1:
            return 0
        n = 1
        while i + n < len(body):
            label = self.label_of(body[i + n])
            if label is None or label.style != first.style or label.ordinal != n + 1 or _SENTENCE in body[i + n].folded:
                break
            n += 1
        return n if n > 1 else 0

    def open_attachment(self, stack: list[_Node], place: _Place, level: int = 1) -> None:
        """A table or items that an 附件 line heads after the plan's text (附件 / 重点任务分工表 / 序号 …)
        are a part of their own: a section named by the attachment's title, not more of the section they
        follow. (An 附件 line just under a heading, 二、重点任务 / 附件:分工表, names that part's own table.)
        An attachment numbered as a document (一、…) has its section a ``level`` above its items'."""
        node, index, line = self.attachment_at or (None, 0, None)
        if node is None or line is None:
            return
        paras = node.paras[index:]
        del node.paras[index:]
        own = _ATTACHMENT_LABEL.match(line.folded)
        start = own.end() if own else 0
        number = parse_label(line.folded[start:])  # 附件:1.重点任务分工表, the first of a list of one
        title = line.text[start + (number.end if number else 0) :].strip() or "".join(p.text for p in paras[1:3])
        self.segments.append(_Segment(attachment=True))
        del stack[:]
        place(Label("heading", level, 0, 0), "", title, meta.fold(title), line)
        self.attachment_at = None

    def table_line(self, ln: Line, stack: list[_Node], place: _Place) -> None:
        """A line of a table copied from a page. An indicator table's rows are metrics of the section it
        stands in. A task table's header names the columns; each row below it becomes a task (and a new
        entry in a category column a section above the rows), in the top-level section the table stands
        in. A row is read at its first line; its other lines are passed over."""
        row = self.tables[ln.start]
        if row.kind == "indicator":
            if row.columns is not None and stack:  # a table before any heading has no section to hold it
                self.indicator_row(row, stack[-1])
            return
        if row.header:
            if self.attachment_at is not None:
                self.open_attachment(stack, place)
            else:
                del stack[1:]
            self.table_section = None
            self.table_base = stack[0].label.level if stack else 0
            return
        if row.columns is None:
            return
        base = self.table_base
        section = _joined(row.cell("section"))
        if section and section != self.table_section:
            self.table_section = section
            place(Label("heading", base + 1, 0, 0), "", section, "", ln)
        task, measures = row.cell("task"), row.cell("measures")
        if not (task or measures):
            return  # a row with no work in it (a subtotal, a blank row)
        number = _joined(row.cell("number"))
        digits = re.sub(r"\D", "", meta.fold(number))
        if digits:
            place(Label("table-row", base + 2, int(digits), 0), number, "", "", ln)
        else:  # numbered by its place
            place(Label("heading", base + 2, 0, 0), "", "", "", ln)
        node = stack[-1]
        node.title = task[0].text.rstrip(_TITLE_ENDS) if task else ""
        # the row's cells from its task on are measured (a time limit has a column of its own); only
        # the measures are the task's text, the title being the task itself
        start = row.columns["task" if task else "measures"]
        run_on = "\n".join(piece.text for piece in measures)
        for key, col in row.columns.items():
            if col < start or key in ("number", "section"):
                continue
            for piece in row.cell(key):
                p = _Para(piece.text, piece.folded, piece.start, piece.no, (), heading=True, limit=key == "deadline")
                p.breaks = piece.breaks  # a cell cut from a line that skips something: where the source goes on
                p.run_on, run_on = run_on, ""  # the first paragraph's: the task's text
                if "《" in p.folded:
                    self.cite(p)
                node.paras.append(p)
        units = [(word, row.cell(key)) for key, word in NOTE_WORDS]
        note = ";".join(f"{word}:{_joined(pieces)}" for word, pieces in units if pieces)
        if note:
            notes = self.read_note(meta.fold(note), note)
            first_unit = min((pieces[0] for _, pieces in units if pieces), key=lambda piece: piece.start)
            node.paras.append(_Para("", "", first_unit.start, first_unit.no, notes))
            if notes:
                for n in stack:
                    n.noted = True

    # ------------------------------------------------------------------ model
    def to_plan(self) -> Plan:
        doc_type = meta.doc_type_of(self.title) if self.title else None
        if sum(not s.attachment for s in self.segments) > 1:
            doc_type = "合集"  # a page holding several documents (a plan's attachments are its own)
        self.achieved = meta.reports_on_work(self.title)
        # The year a limit without one (6月底前, 年底前) falls in: a one-year plan's title names it
        # (2023年工作要点); otherwise the year of issue.
        title_years = named_years(meta.fold(self.title))
        if len(title_years) == 1:
            self.year_hint = title_years[0]
        else:
            issued = self.issued()
            self.year_hint = issued.year if issued else None
        plan_tasks, rest = self.tasks_of_paras(self.preamble)
        sections: list[Section] = []
        for segment in self.segments:
            self.below = segment.below
            has_notes = any(n.noted for n in segment.roots)
            depth_one = all(not n.children for n in segment.roots)
            for root in segment.roots:
                converted = self.convert(root, [], has_notes, depth_one, top_level=root.label.level)
                if isinstance(converted, Section):
                    sections.append(converted)
                else:
                    plan_tasks.append(converted)
        preamble = self._text(rest)
        doc_number = self.fields.get("doc_number")
        return Plan(
            title=self.title or str(self.fields.get("title") or ""),
            doc_type=doc_type,
            issuers=self.issuers or tuple(self.fields.get("issuers") or ()),  # type: ignore[arg-type]
            doc_number=str(doc_number) if doc_number else None,
            date=self.issued(),
            published=self.fields.get("published"),  # type: ignore[arg-type]
            index_number=self.fields.get("index_number"),  # type: ignore[arg-type]
            validity=self.fields.get("validity"),  # type: ignore[arg-type]
            period=meta.period_of(self.title) if self.title else None,
            addressees=self.addressees,
            references=tuple(self.references.values()),
            preamble=preamble,
            tasks=tuple(plan_tasks),
            sections=tuple(sections),
            closing=self._text([*self.closing, *self.attachment_names]),
            diagnostics=tuple(sorted(self.diagnostics, key=lambda d: d.line or 0)),
            source=Source(self.name, self.source_format, hashlib.sha256(self.text.encode("utf-8")).hexdigest()),
        )

    def convert(
        self, node: _Node, siblings: list[_Node], has_notes: bool, depth_one: bool, top_level: int
    ) -> Section | Task:
        """A node with children is a section (its own noted paragraphs become its tasks). A leaf is a
        task when it carries a note (several noted paragraphs: one subtask each), or, in a document
        whose items carry notes, when its siblings do; in a document without notes, when it lies below
        the top layer (or the document has one layer only). Goals, guiding thoughts, principles and
        problems stay sections, as do boxes (专栏)."""
        self.apply_inherited(node)
        if node.children:
            self.hand_down_note(node)
            own_tasks, rest = self.tasks_of_paras(node.paras, node)
            children = [self.convert(c, node.children, has_notes, depth_one, top_level) for c in node.children]
            return self.section(
                node,
                rest,
                tasks=own_tasks + [c for c in children if isinstance(c, Task)],
                sections=[c for c in children if isinstance(c, Section)],
            )
        if has_notes and node.noted:
            units, rest = self.units_of(node.paras)
            if len(units) == 1:
                return self.task(node, node.paras, [])
            return self.task(node, rest, [self.task_of_unit(u, node) for u in units])
        if node.goalish or node.label.style == "box":  # a box without items is a heading with its text
            return self.section(node, node.paras)
        if has_notes:
            if any(s.noted for s in siblings if not s.children) and node.label.level > top_level:
                return self.task(node, node.paras, [])
            return self.section(node, node.paras)
        if node.label.level > top_level or depth_one:
            if _topic_led(node.paras):  # 一、主要工作 / 强化组织领导。… / 深化普法宣传。…: a task each
                return self.task(node, node.paras[:1], [self.task_of_unit([p], node) for p in node.paras[1:]])
            return self.task(node, node.paras, [])
        return self.section(node, node.paras)

    def apply_inherited(self, node: _Node) -> None:
        """One note after a block of items ((1)…(4)) applies to each item of the block, fields after it
        (完成时限:…) or not."""
        children = node.children
        for i, child in enumerate(children):
            paras = child.paras
            if not paras or child.children or not i:
                continue
            last = paras[-1]
            if (not last.standalone if last.notes else ":" not in last.folded) or not _in_block(children[i - 1], child):
                continue  # most items: no note of their own after their text, or the one before has one
            # the note: the item's last paragraphs, a line each (牵头单位:A / 配合单位:B), fields among
            # them or after them (完成时限:长期坚持)
            k = len(paras)
            while k > 0 and _note_or_field(paras[k - 1]):
                k -= 1
            note = [p for p in paras[k:] if p.notes]
            if not note or any(p.notes for p in paras[:k]):
                continue
            j = i - 1
            while j >= 0 and _in_block(children[j], child):
                j -= 1
            for p in note:
                p.notes = tuple(attrs.evolve(r, inherited=True) for r in p.notes)
            inherited = tuple(r for p in note for r in p.notes)
            first = note[0]
            for sib in children[j + 1 : i]:
                sib.paras.append(_Para("", "", first.start, first.line, inherited, standalone=True))
                sib.noted = True  # its ancestors are: the note's own item is among their descendants

    def hand_down_note(self, node: _Node) -> None:
        """A heading's one note over items that carry none ((一)严格落实决策程序。(牵头单位:A) / 1.… / 2.…)
        is each item's, as one after a block of them is: the items are the work it assigns, and the
        heading makes no task of its own."""
        noted = [p for p in node.paras if p.notes]
        if len(noted) != 1 or any(c.noted for c in node.children):
            return
        (p,) = noted
        inherited = tuple(attrs.evolve(r, inherited=True) for r in p.notes)
        p.notes = ()
        pending = list(node.children)
        while pending:
            child = pending.pop()
            if child.children:
                pending += child.children
                continue
            child.paras.append(_Para("", "", p.start, p.line, inherited, standalone=True))
            child.noted = True

    def units_of(self, paras: list[_Para]) -> tuple[list[list[_Para]], list[_Para]]:
        """Group paragraphs into units of work: each ends with a noted paragraph (so every unit holds a
        note); the rest is left over."""
        units: list[list[_Para]] = []
        pending: list[_Para] = []
        heading_text: list[_Para] = []
        for p in paras:
            if p.heading and not p.notes:
                heading_text.append(p)  # a heading's own words stay with the heading
                continue
            if p.standalone and p.notes:
                if pending:
                    units.append([*pending, p])
                    pending = []
                elif units:
                    units[-1].append(p)
                else:
                    units.append([p])
            elif p.notes:
                units.append([*pending, p])
                pending = []
            elif p.standalone and units and not pending:
                units[-1].append(p)  # a role heading whose units stand on the next line: one note
            else:
                pending.append(p)
        return units, heading_text + pending

    def tasks_of_paras(self, paras: list[_Para], part: _Node | None = None) -> tuple[list[Task], list[_Para]]:
        units, rest = self.units_of(paras)
        tasks = [self.task_of_unit(u, part) for u in units]
        return tasks, rest

    def _text(self, paras: Iterable[_Para]) -> str:
        return "\n".join([p.text for p in paras if p.text])  # a list: join makes one of a generator anyway

    def _span(self, paras: list[_Para], line: Line | None = None) -> Span | None:
        """From ``line`` (a heading's) or the first paragraph with text to the end of the paragraph that
        ends last. Each paragraph lies within its line, or the lines it was joined from, so the lines
        come from the paragraphs."""
        if line is not None:
            first_line, start, end, end_line = line.no, line.start, line.end, line.end_no
        else:
            for first in paras:  # a loop, not next() over a generator: most tasks' first paragraph has text
                if first.text:
                    break
            else:
                return None
            first_line, start = first.line, first.start
            end, end_line = start, first_line
        for p in paras:
            if not p.text:
                continue
            if p.breaks:  # joined from wrapped lines: it ends on the last of them
                at, source, no = p.breaks[-1]
                if source + len(p.text) - at > end:
                    end, end_line = source + len(p.text) - at, no
            elif p.start + len(p.text) > end:
                end, end_line = p.start + len(p.text), p.line
        return Span(first_line, end_line, start, end)

    def _measure(self, paras: list[_Para], part: _Node | None = None) -> tuple[list[Metric], list[Deadline]]:
        """Metrics and deadlines of paragraphs, in the part of the document they stand in: its tense (a
        figure in a report, or under a plan's 发展基础, is an achieved one; under a report's 下一步 a target)
        and the year its headings name (a limit without one, 年底前, falls in it)."""
        metrics: list[Metric] = []
        deadlines: list[Deadline] = []
        tense = part.tense if part else ""
        achieved = (tense == "past") if tense else self.achieved
        year = (part.year if part else None) or self.year_hint
        if achieved and not tense and part and part.year and self.year_hint and part.year > self.year_hint:
            achieved = False  # a report's part for a later year (四、2023年度…) sets targets
        dates_before: set[dt.date] = set()  # of the paragraphs before
        for p in paras:
            if not p.text:
                if p.metrics:
                    metrics += [attrs.evolve(m, kind=MetricKind.ACHIEVED) for m in p.metrics] if achieved else p.metrics
                continue
            locate = p.span_over_breaks if p.breaks else p.span
            metrics += find_metrics(p.folded, p.text, achieved=achieved, locate=locate)
            found = find_deadlines(
                p.folded, p.text, context_year=year, opening=not achieved, locate=locate, whole_limit=p.limit
            )
            for d in found:
                if is_placeholder(d):
                    self.warn(f"placeholder year in {d.text!r}: no date given", p.line)
                # a limit the item's text names and its 完成时限 line repeats is one limit
                elif d.date in dates_before:
                    continue
                deadlines.append(d)
            for d in found:
                if d.date is not None:
                    dates_before.add(d.date)
        return metrics, deadlines

    def _responsibilities(self, paras: list[_Para]) -> tuple[Responsibility, ...]:
        noted: tuple[Responsibility, ...] = ()
        for p in paras:
            if p.notes:
                if noted:
                    break
                noted = p.notes
        else:  # most tasks: one note, read once for the plan and handed out as it is
            if not noted or id(noted) in self.plain_notes:
                return noted
        seen: dict[tuple[str, Role], Responsibility] = {}
        for p in paras:
            for r in p.notes:
                seen.setdefault((r.unit, r.role), r)
        found = list(seen.values())
        # 牵头领导 on a line of its own, apart from 牵头单位: it names the lead units' leader, not a unit.
        # A loop, not a comprehension: in most tasks it finds none, and a comprehension makes a function.
        leaders = []
        for r in found:
            if r.leader is not None and r.unit == r.leader:
                leaders.append(r)
        if not leaders:
            return tuple(found)
        # the leader of the lead units, or of all units where none leads (责任单位:…; 责任领导:…)
        leads = [r for r in found if r.role is Role.LEAD and r not in leaders] or [r for r in found if r not in leaders]
        if leads:
            name = "、".join(r.leader for r in leaders if r.leader)
            found = [attrs.evolve(r, leader=r.leader or name) if r in leads else r for r in found if r not in leaders]
        return tuple(found)

    def _with_below(self, found: tuple[Responsibility, ...], start: int) -> tuple[Responsibility, ...]:
        """A task's responsibilities (its text starting at offset ``start``) and those of the units a remark
        before it says take part in every task below (以下均需A落实,不再列出) that it does not name."""
        if not self.below or start <= self.below[0][0]:
            return found  # most plans make no such remark
        named = {meta.fold(r.unit) for r in found}  # in either script
        added = [r for at, units in self.below if at < start for r in units if meta.fold(r.unit) not in named]
        return (*found, *added) if added else found

    def task_of_unit(self, paras: list[_Para], part: _Node | None = None) -> Task:
        """The paragraphs of one unit of work (its text, then its note) as a task; one that opens with its
        topic (加强执法监督。全面落实…) is titled by it, as a numbered heading that runs on is."""
        metrics, deadlines = self._measure(paras, part)
        text = self._text(paras)
        stop = _topic_end(paras[0].folded)
        return Task(
            text=text[stop + 1 :].lstrip() if stop else text,
            title=text[:stop] if stop else None,
            responsibilities=self._with_below(self._responsibilities(paras), paras[0].start),
            metrics=tuple(metrics),
            deadlines=tuple(deadlines),
            span=self._span(paras),
        )

    def _own_text(self, paras: list[_Para]) -> str:
        """A heading's run-on text and the text of the paragraphs under it."""
        texts: list[str] = []
        run_on_seen = False
        for p in paras:
            if p.heading:
                if not run_on_seen:  # the first heading paragraph's (a node has one)
                    run_on_seen = True
                    if p.run_on:
                        texts.insert(0, p.run_on)
            elif p.text:
                texts.append(p.text)
        return "\n".join(texts)

    def task(self, node: _Node, paras: list[_Para], subtasks: list[Task]) -> Task:
        metrics, deadlines = self._measure(paras, node)
        return Task(
            label=node.label_text or None,
            ordinal=node.label.ordinal,
            title=node.title or None,
            text=self._own_text(paras),
            responsibilities=self._with_below(self._responsibilities(paras), node.line.start),
            metrics=tuple(metrics),
            deadlines=tuple(deadlines),
            subtasks=tuple(subtasks),
            span=self._span(paras, node.line),
        )

    def section(
        self, node: _Node, paras: list[_Para], tasks: Iterable[Task] = (), sections: Iterable[Section] = ()
    ) -> Section:
        metrics, deadlines = self._measure(paras, node)
        end_line, offset, end = node.last_line
        if end < 0:  # a section runs to the end of its last line
            end = self.text.find("\n", offset)
            end = len(self.text) if end < 0 else end
        return Section(
            title=node.title,
            label=node.label_text or None,
            ordinal=node.label.ordinal,
            level=self.level_of(node),
            text=self._own_text(paras),
            sections=tuple(sections),
            tasks=tuple(tasks),
            metrics=tuple(metrics),
            deadlines=tuple(deadlines),
            span=Span(node.line.no, end_line, node.line.start, end),
        )

    def level_of(self, node: _Node) -> int:
        """GB/T 9704 layer of the label (a skipped layer keeps its number); in a document built of
        章/节 the depth in the outline instead, since those stand above the four layers."""
        if node.root_level < 1 or node.label.level < 1:
            return node.depth
        return node.label.level

    def cite(self, p: _Para) -> None:
        """Collect the documents a paragraph cites; paragraphs arrive in the order of the text."""
        references = self.references
        for title, number, s, e in meta.find_references(p.folded, p.text):
            # the notice naming the plan it issues is no citation; a document cited again keeps its
            # first citation (and no Reference is made only to be thrown away)
            if title != self.title and (title, number) not in references:
                span = p.span_over_breaks(s, e) if p.breaks else p.span(s, e)
                references[title, number] = Reference(title, number, span)


def read_text(
    text: str,
    name: str | None = None,
    *,
    level_hints: dict[int, int] | None = None,
    source_format: str = "text",
    extra_furniture: re.Pattern[str] | None = None,
) -> Plan:
    """Parse the text of a plan (as copied from a web page) into a :class:`Plan`.

    ``extra_furniture`` matches further lines of web-page furniture (from jurisdiction profiles).
    ``level_hints`` maps line numbers to heading levels for lines that are headings without a label
    (a Word paragraph in a heading style); other readers hand their logical lines in this way.
    """
    if "\n" not in text:
        text = text.replace("\r", "\n")  # old Mac line ends; \r\n is handled line by line
    return _Reader(text, name, level_hints, source_format, extra_furniture).read()
