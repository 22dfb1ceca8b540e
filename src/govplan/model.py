"""The plan model: Plan → Section → Task → Responsibility / Metric / Deadline.

Every class is a frozen, slotted attrs class; collections are tuples so that a Plan is a value that
can be hashed, compared and shared between threads. Edit with :func:`attrs.evolve`::

    >>> import attrs
    >>> from govplan.model import Plan
    >>> plan = Plan(title="淮北市推进法治政府建设率先突破三年行动计划")
    >>> attrs.evolve(plan, doc_type="行动计划").doc_type
    '行动计划'
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterator
from decimal import Decimal

import attrs


class Role(str, enum.Enum):
    """What a unit has to do with a task."""

    LEAD = "lead"  # 牵头
    RESPONSIBLE = "responsible"  # 责任 / 负责
    SUPPORT = "support"  # 配合 / 协同 / 协办 / 参与
    UNDERTAKE = "undertake"  # 承办


class Comparator(str, enum.Enum):
    """How a metric's value bounds its subject."""

    GE = ">="
    LE = "<="
    EQ = "="
    GT = ">"
    LT = "<"
    APPROX = "≈"  # 左右


class MetricKind(str, enum.Enum):
    TARGET = "target"  # what a plan sets out to reach
    ACHIEVED = "achieved"  # what a report says was reached


class Recurrence(str, enum.Enum):
    YEARLY = "yearly"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"


@attrs.frozen
class Span:
    """Where an element came from: 1-based lines and 0-based character offsets into the decoded text."""

    line: int
    end_line: int
    start: int
    end: int


@attrs.frozen
class Diagnostic:
    """A warning about the source that the reader may want to check by hand."""

    message: str
    line: int | None = None
    level: str = "warning"


@attrs.frozen
class Source:
    """The document a Plan was read from."""

    name: str | None = None
    format: str | None = None
    sha256: str | None = None


@attrs.frozen
class Jurisdiction:
    """Where a plan applies: a region and its administrative level (国家级, 省级, 市级, 县级, 乡级)."""

    region: str | None = None
    level: str | None = None


@attrs.frozen
class Period:
    start: int | None = None
    end: int | None = None


@attrs.frozen
class Reference:
    """A document the plan cites: 《法治政府建设实施纲要(2015—2020年)》(中发〔2015〕36号)."""

    title: str
    doc_number: str | None = None
    span: Span | None = None


@attrs.frozen
class DocNumber:
    """The parsed parts of a 发文字号 such as 淮政〔2022〕45号."""

    text: str
    agency: str
    year: int
    serial: int


_DOC_NUMBER = re.compile(
    r"^\s*(?P<agency>\S+?)\s*[〔\[［﹝(（【]\s*(?P<year>\d{4})\s*[〕\]］﹞)）】]\s*(?P<serial>\d+)\s*[号號]"
)


def parse_doc_number(text: str) -> DocNumber | None:
    """Split a 发文字号 into agency code, year and serial.

    >>> parse_doc_number("淮政〔2022〕45号")
    DocNumber(text='淮政〔2022〕45号', agency='淮政', year=2022, serial=45)
    """
    m = _DOC_NUMBER.match(text)
    if not m:
        return None
    return DocNumber(text, m["agency"], int(m["year"]), int(m["serial"]))


@attrs.frozen
class Responsibility:
    """One unit and its role in a task, as a task ledger records it."""

    unit: str
    role: Role
    leader: str | None = None  # 牵头领导, a person or a post
    qualifier: str | None = None  # 按职责分工负责
    collective: bool = False  # 各乡镇政府, 市级各有关部门
    inherited: bool = False  # taken from a note on a parent block of items
    span: Span | None = None
    canonical: str | None = None  # the unit's full name from a jurisdiction profile; unit stays as written


@attrs.frozen
class Metric:
    """A stated target or achieved figure: 不低于95% → subject ≥ 95 %."""

    value: Decimal
    comparator: Comparator = Comparator.EQ
    unit: str = ""
    subject: str | None = None
    kind: MetricKind = MetricKind.TARGET
    nature: str | None = None  # 预期性 / 约束性
    text: str = ""
    span: Span | None = None


@attrs.frozen
class Deadline:
    """A time limit: 2023年底前 → 2023-12-31; 每年2月底前 → yearly, no date."""

    text: str
    date: dt.date | None = None
    recurrence: Recurrence | None = None
    span: Span | None = None


@attrs.frozen
class Task:
    """A unit of assigned work."""

    text: str = ""
    label: str | None = None
    ordinal: int | None = None
    title: str | None = None
    responsibilities: tuple[Responsibility, ...] = ()
    metrics: tuple[Metric, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    subtasks: tuple[Task, ...] = ()
    span: Span | None = None

    def walk(self) -> Iterator[Task]:
        """This task and its subtasks, depth first."""
        yield self
        for sub in self.subtasks:
            yield from sub.walk()

    def units(self) -> tuple[str, ...]:
        """The units named by this task (not its subtasks), in order."""
        return tuple(r.unit for r in self.responsibilities)


@attrs.frozen
class Section:
    """A numbered heading with its text, child sections and tasks."""

    title: str = ""
    label: str | None = None
    ordinal: int | None = None
    level: int | None = None
    text: str = ""
    sections: tuple[Section, ...] = ()
    tasks: tuple[Task, ...] = ()
    metrics: tuple[Metric, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    span: Span | None = None

    def walk(self) -> Iterator[Section]:
        """This section and its descendants, depth first."""
        yield self
        for child in self.sections:
            yield from child.walk()

    def children(self) -> tuple[Task | Section, ...]:
        """This section's tasks and child sections in reading order (a part may hold items that are
        tasks and items that are sections in turn: (一) a task, (二) a section of items, (三) a task).

        >>> s = Section(tasks=(Task(text="甲", span=Span(1, 1, 0, 1)),), sections=(Section(span=Span(2, 2, 2, 3)),))
        >>> [type(c).__name__ for c in s.children()]
        ['Task', 'Section']
        """
        return _in_reading_order(self.tasks, self.sections)

    def iter_tasks(self) -> Iterator[Task]:
        """Every task in this section and below, subtasks included, in reading order."""
        for child in self.children():
            yield from child.walk() if isinstance(child, Task) else child.iter_tasks()


def _in_reading_order(tasks: tuple[Task, ...], sections: tuple[Section, ...]) -> tuple[Task | Section, ...]:
    """Tasks and sections by where each starts in the source, when all of them know it; else the tasks
    first (as a model built by hand lists them)."""
    items: tuple[Task | Section, ...] = (*tasks, *sections)
    if not tasks or not sections or any(item.span is None for item in items):
        return items
    return tuple(sorted(items, key=lambda item: item.span.start if item.span else 0))


@attrs.frozen
class Plan:
    """A government plan or report.

    >>> plan = Plan(title="示例方案", sections=(Section(title="主要任务", tasks=(Task(text="做好工作"),)),))
    >>> [t.text for t in plan.iter_tasks()]
    ['做好工作']
    """

    title: str = ""
    doc_type: str | None = None
    issuers: tuple[str, ...] = ()
    doc_number: str | None = None
    date: dt.date | None = None
    published: dt.datetime | None = None
    index_number: str | None = None
    validity: str | None = None
    period: Period | None = None
    addressees: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()
    preamble: str = ""
    tasks: tuple[Task, ...] = ()  # tasks that stand outside any section
    sections: tuple[Section, ...] = ()
    # what follows the last item, addressed to all (各乡镇、各部门要…于11月底前报送落实情况)
    closing: str = ""
    diagnostics: tuple[Diagnostic, ...] = ()
    source: Source | None = None
    jurisdiction: Jurisdiction | None = None

    @property
    def doc_number_parts(self) -> DocNumber | None:
        """The parsed 发文字号, derived from :attr:`doc_number`."""
        return parse_doc_number(self.doc_number) if self.doc_number else None

    def iter_sections(self) -> Iterator[Section]:
        """Every section, depth first."""
        for section in self.sections:
            yield from section.walk()

    def children(self) -> tuple[Task | Section, ...]:
        """The plan's top-level tasks and sections in reading order (see :meth:`Section.children`)."""
        return _in_reading_order(self.tasks, self.sections)

    def iter_tasks(self) -> Iterator[Task]:
        """Every task, subtasks included, in reading order."""
        for child in self.children():
            yield from child.walk() if isinstance(child, Task) else child.iter_tasks()

    def tasks_for(self, unit: str, role: Role | None = None) -> list[Task]:
        """Tasks that name ``unit`` (exactly as written), optionally in one role.

        >>> t = Task(text="x", responsibilities=(Responsibility("市司法局", Role.RESPONSIBLE),))
        >>> len(Plan(tasks=(t,)).tasks_for("市司法局"))
        1
        """
        return [
            t
            for t in self.iter_tasks()
            if any(r.unit == unit and (role is None or r.role is role) for r in t.responsibilities)
        ]
