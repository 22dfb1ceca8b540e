"""Tables: a header row naming what each column holds, then a row for each task or indicator.

A task table (任务分工表) gives the number, the task, its measures, the units by role, the leader and
the time limit; a Word table and one copied from a web page are read by the same columns. A page's
table comes with its cells parted by tabs, a row to a line, or with each cell on a line of its own (as a
page's text is often taken), its rows then told apart by their numbers, with its cells parted by runs
of spaces (text taken from a PDF's layout), a row to a line, or between pipes (| 1 | 开展清理 |). An
indicator table (主要指标) gives each indicator's unit, target and nature.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

import attrs

from govplan.model import Comparator
from govplan.text.deadlines import find_deadlines
from govplan.text.fold import INVISIBLE, fold
from govplan.text.lines import Line, cleaned, piece
from govplan.text.metadata import date_only, is_organ
from govplan.text.metrics import BOUND_AFTER, BOUND_BEFORE, RANGE_MARKS
from govplan.text.notes import is_time_limit, units_like
from govplan.text.numbering import ATTACHMENT_WORDS, NUMBER_HEADS, parse_label

# The unit and leader columns in the order a note names them, with the role heading that names each.
NOTE_WORDS = (
    ("leader", "牵头领导"),
    ("lead", "牵头单位"),
    ("responsible", "责任单位"),
    ("support", "配合单位"),
    ("undertake", "承办单位"),
)
_HEADER_WORDS = {
    "number": re.compile("|".join(f"^{word}$" for word in NUMBER_HEADS)),
    "section": re.compile(r"类别|领域|板块|方面|部分|项目类别"),
    "task": re.compile(r"任务|事项|工作内容"),
    "measures": re.compile(r"措施|举措|具体内容|工作要求|目标要求"),
    "leader": re.compile(r"牵头领导|责任领导|分管领导|责任人"),
    "lead": re.compile(r"牵头(?:单位|部门|科室|处室)"),
    "responsible": re.compile(r"责任(?:单位|部门|科室|处室|股室|主体)|主责单位|落实单位|实施单位|主办单位"),
    "support": re.compile(r"(?:配合|协办|协同|参与)(?:单位|部门|科室|处室)"),
    "undertake": re.compile(r"承办(?:单位|部门)"),
    "deadline": re.compile(r"时限|期限|时间节点|完成时间|时间安排|进度安排"),
}


def task_table_columns(header: list[str]) -> dict[str, int] | None:
    """Which column holds what, when a header row is that of a task table (任务分工表), else None.

    >>> task_table_columns(["序号", "重点任务", "牵头单位", "完成时限"])
    {'number': 0, 'task': 1, 'lead': 2, 'deadline': 3}
    """
    columns: dict[str, int] = {}
    for i, cell in enumerate(header):
        text = fold(cell).replace(" ", "").replace("\n", "")
        for key, pattern in _HEADER_WORDS.items():
            if key in columns:
                continue
            # unit and leader columns first: 牵头单位 must not count as a 任务 column
            if key in ("task", "measures", "section") and any(
                _HEADER_WORDS[k].search(text) for k in ("leader", "lead", "responsible", "support", "undertake")
            ):
                continue
            if pattern.search(text):
                columns[key] = i
                break
    has_units = any(k in columns for k in ("lead", "responsible", "support", "undertake"))
    if ("task" in columns or "measures" in columns) and (has_units or "deadline" in columns):
        return columns
    return None


def cells(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each tab-parted cell of a row, spaces stripped; an empty cell keeps its place.

    >>> cells("1\\t 开展清理 \\t\\t市司法局")
    [(0, 1), (3, 7), (9, 9), (10, 14)]
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for cell in text.split("\t"):
        stripped = cell.strip()
        start = pos + cell.find(stripped) if stripped else pos
        out.append((start, start + len(stripped)))
        pos += len(cell) + 1
    return out


# An indicator table (主要指标) of a 规划: the indicator, its unit, a value for the base year and one for
# the target year, and whether the target is 预期性 or 约束性.
_INDICATOR_WORDS = {
    "number": _HEADER_WORDS["number"],
    "name": re.compile(r"^指标$|指标名称|主要指标|指标内容|具体指标"),
    "unit": re.compile(r"^单位$|^计量单位$"),
    "nature": re.compile(r"属性|性质"),
}
_TARGET_COLUMN = re.compile(r"(?:19|20)[0-9]{2}年|目标")


def indicator_table_columns(header: list[str]) -> dict[str, int] | None:
    """Which column holds what, when a header row is that of an indicator table, else None. The target
    is the last column naming a year or a 目标.

    >>> indicator_table_columns(["序号", "指标名称", "单位", "2020年", "2025年", "属性"])
    {'number': 0, 'name': 1, 'unit': 2, 'target': 4, 'nature': 5}
    """
    columns: dict[str, int] = {}
    target = None
    for i, cell in enumerate(header):
        text = fold(cell).replace(" ", "")
        for key, pattern in _INDICATOR_WORDS.items():
            if key not in columns and pattern.search(text):
                columns[key] = i
                break
        else:
            if _TARGET_COLUMN.search(text):
                target = i
    if "name" not in columns or target is None:
        return None
    columns["target"] = target
    return dict(sorted(columns.items(), key=lambda kv: kv[1]))


# A value cell's bound: a sign before the number (≥ ≤ > < are a sentence's bounds too), or the words a
# sentence would use before or after it.
_BEFORE = {">=": Comparator.GE, "<=": Comparator.LE, **BOUND_BEFORE}
_AFTER = BOUND_AFTER
_NUMBER_VALUE = r"[0-9]+(?:\.[0-9]+)?"
_VALUE = re.compile(
    rf"[\[(]?\s*(?P<before>{'|'.join(map(re.escape, sorted(_BEFORE, key=len, reverse=True)))})?\s*"
    rf"(?P<n>{_NUMBER_VALUE})\s*%?\s*(?P<after>{'|'.join(sorted(_AFTER, key=len, reverse=True))})?\s*[\])]?"
)
# a range in a value cell, its ends parted as a sentence parts them: 5.5-6, 5.5%～6%, [85-90]
_RANGE_VALUE = re.compile(
    rf"[\[(]?\s*(?P<low>{_NUMBER_VALUE})\s*%?\s*[{re.escape(RANGE_MARKS)}]\s*(?P<high>{_NUMBER_VALUE})\s*%?\s*[\])]?"
)


def table_values(folded: str) -> list[tuple[Comparator, Decimal]]:
    """The comparators and numbers of a value cell (100, ≥98, 95以上, [90], 5左右; a range 5.5-6 gives its
    two ends), none when the cell holds no number (—, 持续提升): a target is never invented.

    >>> [[(c.value, str(n)) for c, n in table_values(cell)] for cell in ("≥98", "5.5-6", "—")]
    [[('>=', '98')], [('>=', '5.5'), ('<=', '6')], []]
    """
    cell = folded.strip()
    m = _VALUE.fullmatch(cell)
    if m is None:
        r = _RANGE_VALUE.fullmatch(cell)
        return [(Comparator.GE, Decimal(r["low"])), (Comparator.LE, Decimal(r["high"]))] if r else []
    if m["before"]:
        comparator = _BEFORE[m["before"]]
    elif m["after"]:
        comparator = _AFTER[m["after"]]
    else:
        comparator = Comparator.EQ
    return [(comparator, Decimal(m["n"]))]


_MAX_CELLS = 40  # a row with more cells than this is no table's (nor read cell by cell)


@attrs.define
class TableLine:
    """A line of a table: its header (or a line of it), a row, or a line of a row read at the row's first
    line. A row's cells are listed by column, each as the pieces of lines that hold it (none: empty)."""

    kind: str  # "task" or "indicator"
    columns: dict[str, int] | None = None  # a row's: which column holds what
    cells: list[list[Line]] = attrs.Factory(list)
    header: bool = False

    def cell(self, key: str) -> list[Line]:
        """The pieces of the cell in the column ``key``: none where the table or the row has no such cell."""
        col = None if self.columns is None else self.columns.get(key)
        return self.cells[col] if col is not None and col < len(self.cells) else []


def find_tables(text: str, lines: list[Line]) -> dict[int, TableLine]:
    """The lines of the tables in a text by where each starts (its offset: the paragraphs of a page run
    together share a line's number): the header (a task table's names a task column and a unit or
    time-limit column, an indicator table's an indicator and a target year) and the rows after it."""
    found: dict[int, TableLine] = {}
    if "\t" in text:
        _tab_tables(text, lines, found)
    if "|" in text:
        _pipe_tables(lines, found)
    # one character is looked for far faster than two: 序号 (序號) or 编号 (編號)
    if "序" in text or "编" in text or "編" in text:
        for i, ln in enumerate(lines):
            if not ln.folded.startswith(NUMBER_HEADS) or ln.start in found:
                continue
            if len(ln.folded) == 2:
                _cell_table(lines, i, found)  # a header a cell to a line
            elif "  " in ln.folded:
                _spaced_table(lines, i, found)  # a header of cells parted by runs of spaces
            elif " " in ln.folded:
                _spaced_table(lines, i, found, _SPACE)  # or by single spaces, each cell's words unspaced
    return found


def _header_columns(header: list[str]) -> tuple[str, dict[str, int]] | None:
    task = task_table_columns(header)
    if task is not None:
        return "task", task
    indicator = indicator_table_columns(header)
    return None if indicator is None else ("indicator", indicator)


def _tab_tables(text: str, lines: list[Line], found: dict[int, TableLine]) -> None:
    """Tables whose cells are parted by tabs: a header row, then the rows with tabs that follow it."""

    def row(ln: Line) -> tuple[list[str], list[list[Line]]] | None:
        if "\t" not in ln.text or ln.text.count("\t") > _MAX_CELLS:
            return None
        return [ln.text[a:b] for a, b in cells(ln.text)], _tab_cells(text, ln)

    _rows_under_headers(lines, found, row)


def _rows_under_headers(
    lines: list[Line], found: dict[int, TableLine], row: Callable[[Line], tuple[list[str], list[list[Line]]] | None]
) -> None:
    """The tables whose lines ``row`` reads (a line's words cell by cell and the cells as pieces of the
    source, None for a line of no such table): a header row, then the rows that follow it; a rule under
    the header (| --- |) is the header's."""
    table: tuple[str, dict[str, int]] | None = None
    width = 0  # the header's cells, up to its last named one
    above: list[list[Line]] = []  # the cells of the row before
    for ln in lines:
        read = row(ln)
        if read is None:
            table = None
            continue
        words, pieces = read
        if table is not None and all(_RULE_CELL.fullmatch(w) for w in words):
            found[ln.start] = TableLine(table[0], header=True)
            continue
        if table is None or not words[0].isdigit():  # a numbered row: no header starts so
            named = _header_columns(words)
            if named is not None:
                table, above = named, []
                width = max(i for i, w in enumerate(words) if w.strip()) + 1
                found[ln.start] = TableLine(named[0], header=True)
                continue
        if table is not None:
            kind, columns = table
            if kind == "task" and 1 < len(words) < width:
                pieces = _merged_down(pieces, columns, width, above)
            elif 1 < len(words) < width:  # an indicator's row under a category merged down: the first cells
                pieces = [[] for _ in range(width - len(words))] + pieces
            found[ln.start] = TableLine(kind, columns, pieces)
            above = pieces


def _merged_down(
    pieces: list[list[Line]], columns: dict[str, int], width: int, above: list[list[Line]]
) -> list[list[Line]]:
    """A row of fewer cells than its header's, as a page's table copied as text gives a row some of whose
    cells are merged with those of the rows above (a category, a task, a lead unit or a time limit shared
    by several rows): its cells put in their columns by their kind, and each column it has no cell for
    holding the cell of the row above, as a merged cell of a Word table does."""
    given = list(pieces)
    row: list[list[Line]] = [[] for _ in range(width)]
    merged = [True] * width
    number = columns.get("number")
    if number == 0 and given[0] and _number(given[0][0].folded) is not None:
        row[0], merged[0] = given.pop(0), False
    # From the right: a merged cell is one of the first of its kind (a category before the task, a
    # task before its measures, a lead unit before the supporting ones), the rows grouped by it. An
    # empty cell is the one of the column it stands in, merged with none.
    kinds = _column_kinds(columns)
    col = width - 1
    for cell in reversed(given):
        kind = _cell_kind(cell[0].folded, columns) if cell else None
        while col >= 0 and kind is not None and kinds.get(col) != kind:
            col -= 1
        if col < 0:
            return pieces  # a cell out of any place: the row is read as it stands
        row[col], merged[col] = cell, False
        col -= 1
    return [above[col] if merged[col] and col < len(above) else cell for col, cell in enumerate(row)]


def _tab_cells(text: str, ln: Line) -> list[list[Line]]:
    """A row's cells as the source holds them: the line's stripped spaces may have taken an empty first
    or last cell with them."""
    start = text.rfind("\n", 0, ln.start) + 1
    end = text.find("\n", ln.end)
    raw = text[start : end if end >= 0 else len(text)].rstrip("\r")
    folded = fold(raw)
    out: list[list[Line]] = []
    for a, b in cells(raw):
        cell = Line(ln.no, start + a, start + b, raw[a:b], folded[a:b]) if a < b else None
        if cell is not None and ("&" in cell.text or INVISIBLE in cell.folded):
            cell = cleaned(cell)  # as the line was
        out.append([cell] if cell is not None else [])
    return out


def _pipe_cells(ln: Line) -> list[Line] | None:
    """The cells of a line written as a table's row between pipes (| 1 | 开展清理 | 县司法局 |), as pieces of
    the line, None when the line is none; an empty cell is an empty piece."""
    folded = ln.folded
    if not (folded.startswith("|") and folded.endswith("|")) or folded.count("|") > _MAX_CELLS:
        return None
    out: list[Line] = []
    pos = 1
    while (end := folded.find("|", pos)) >= 0:
        cell = folded[pos:end]
        a = pos + len(cell) - len(cell.lstrip())
        b = max(a, pos + len(cell.rstrip()))
        out.append(piece(ln, a, b))  # where the source has it, past what the line skips
        pos = end + 1
    return out if len(out) >= 3 else None


_RULE_CELL = re.compile(r":?-{3,}:?")  # a pipe table's rule under its header: | --- | :--: |


def _pipe_tables(lines: list[Line], found: dict[int, TableLine]) -> None:
    """Tables written between pipes, a row to a line (as text converted from a page or a document by a
    tool often holds them): a header row, perhaps the rule under it, then the rows."""

    def row(ln: Line) -> tuple[list[str], list[list[Line]]] | None:
        pipe_cells = _pipe_cells(ln) if ln.folded[0] == "|" and ln.start not in found else None
        if pipe_cells is None:
            return None
        return [cell.folded for cell in pipe_cells], [[cell] if cell.text else [] for cell in pipe_cells]

    _rows_under_headers(lines, found, row)


# Cells parted by runs of spaces, as text taken from a PDF's layout or some pages' tables holds them (a
# full-width space folds to a space; one space alone may stand inside a cell: 县司法局 县财政局).
_SPACES = re.compile(r"  +")
_SPACE = re.compile(r" +")
_HEADER_CELL = 8  # a header's cell names its column in a few words: 序号 工作任务 牵头单位 完成时限


def _spaced_cells(ln: Line, gap: re.Pattern[str] = _SPACES) -> list[Line]:
    """The cells of a line whose cells are parted by runs of spaces (``gap``), as pieces of the line."""
    out: list[Line] = []
    pos = 0
    for m in [*gap.finditer(ln.folded), None]:
        end = m.start() if m else len(ln.folded)
        if end > pos:
            out.append(piece(ln, pos, end))
        pos = m.end() if m else end
    return out


def _spaced_table(lines: list[Line], i: int, found: dict[int, TableLine], gap: re.Pattern[str] = _SPACES) -> None:
    """The table whose header at line ``i`` has its cells parted by runs of spaces (``gap``: two at least,
    or one where no cell's words are spaced), a row to a line: the rows numbered 1, 2, … that follow
    it; a row with fewer cells than the header (an empty cell's spaces run into its neighbours') has its
    cells put in their columns by their kind, as a row read cell by cell has."""
    header = _spaced_cells(lines[i], gap)
    if header[0].folded not in NUMBER_HEADS or len(header) > _MAX_CELLS:
        return  # the number column's header is a cell of its own, as each row's number is
    if gap is _SPACE and any(len(cell.folded) > _HEADER_CELL for cell in header):
        return  # a line of words, not a header
    named = _header_columns([cell.folded for cell in header])
    if named is None or named[1].get("number") != 0:
        return
    kind, columns = named
    found[lines[i].start] = TableLine(kind, header=True)
    number = 1
    for row in lines[i + 1 :]:
        cells = _spaced_cells(row, gap) if " " in row.folded and "\t" not in row.text else []
        if len(cells) < 2 or _number(cells[0].folded) != number or row.start in found:
            break
        if len(cells) > len(header):
            break  # more cells than columns: words spaced inside a cell, which single spaces cannot tell
        found[row.start] = TableLine(kind, columns, [cells[:1], *_aligned(cells[1:], columns, len(header) - 1)])
        number += 1


_NUMBER_CELL = re.compile(r"[0-9]{1,4}[.、]?")


def _time_like(folded: str) -> bool:
    """Whether a cell is a time limit (2024年6月底前, 2024年6月, 每季度, 长期坚持), not a task that names a
    year (完成2024年度清理)."""
    return len(folded) <= 24 and (is_time_limit(folded) or bool(find_deadlines(folded, whole_limit=True)))


def _number(folded: str) -> int | None:
    return int(folded.rstrip(".、")) if _NUMBER_CELL.fullmatch(folded) else None


def _cell_table(lines: list[Line], i: int, found: dict[int, TableLine]) -> None:
    """The table whose header opens at line ``i``, if a task or indicator table's header runs from there
    to a line holding the number 1."""
    first = i + 1  # the first row's number follows the header's last cell
    while first < len(lines) and first - i <= _MAX_CELLS and len(lines[first].folded) <= 12:
        if _number(lines[first].folded) == 1 or lines[first].folded in NUMBER_HEADS:
            break
        first += 1
    if first == len(lines) or _number(lines[first].folded) != 1:
        return
    named = _header_columns([ln.folded for ln in lines[i:first]])
    if named is None:
        return
    kind, columns = named
    width = first - i
    for ln in lines[i:first]:
        found[ln.start] = TableLine(kind, header=ln is lines[i])
    i, number = first, 1
    while i < len(lines) and _number(lines[i].folded) == number:
        end = i + 1  # the row runs to the next number, the last one across a row's width at most
        while end < len(lines) and end - i < 3 * width and _number(lines[end].folded) != number + 1:
            end += 1
        if end == len(lines) or _number(lines[end].folded) != number + 1:
            end = _last_row_end(lines, i, min(end, i + 3 * width), columns, width)
        pieces = lines[i + 1 : end]
        found[lines[i].start] = TableLine(kind, columns, [[lines[i]], *_aligned(pieces, columns, width - 1)])
        for ln in pieces:
            found[ln.start] = TableLine(kind)
        i, number = end, number + 1


_UNIT_COLUMNS = ("lead", "responsible", "support", "undertake")


def _last_row_end(lines: list[Line], start: int, limit: int, columns: dict[str, int], width: int) -> int:
    """Where the table's last row ends: before a date or the organs signing above it, a heading of the
    document's upper layers (三、 / (三); a cell's own items are numbered 1. or (1)) or an attachment's
    line; a row's width after its number, or further while lines of its last column's kind (a time
    limit, units) still follow (a long cell before them over several lines)."""
    stop = limit
    for i in range(start + 1, limit):
        folded = lines[i].folded
        label = parse_label(folded)
        if (
            (label is not None and label.level <= 2)
            or folded.startswith(ATTACHMENT_WORDS)
            or date_only(folded) is not None
            or (i + 1 < len(lines) and is_organ(folded) and date_only(lines[i + 1].folded) is not None)
        ):
            stop = i
            break
    end = min(stop, start + width)
    last = max(columns, key=columns.__getitem__)
    for i in range(end, stop):
        folded = lines[i].folded
        if (last == "deadline" and _time_like(folded)) or (last in _UNIT_COLUMNS and units_like(folded)):
            end = i + 1
    return end


def _aligned(pieces: list[Line], columns: dict[str, int], width: int) -> list[list[Line]]:
    """The lines of a row after its number, put in their columns (1 … width). One cell to a line fills
    the row; more lines than cells are a long cell's paragraphs (the measures', else the task's), with
    the cells before it and after it each in its place; fewer leave some cells empty (a category merged
    down from the row above, measures or a unit not given), and each line goes to the next column of its
    kind: a time limit, units, or words of the work."""
    row: list[list[Line]] = [[] for _ in range(width)]
    if len(pieces) >= width:
        long = columns.get("measures", columns.get("task", 1)) - 1
        after = width - 1 - long
        for col, piece in enumerate(pieces[:long]):
            row[col].append(piece)
        row[long] = pieces[long : len(pieces) - after]
        for col, piece in enumerate(pieces[len(pieces) - after :], start=long + 1):
            row[col].append(piece)
        return row
    kinds = {col - 1: kind for col, kind in _column_kinds(columns).items()}
    words = [p for p in pieces if _cell_kind(p.folded, columns) == "words"]
    section = columns.get("section", 0) - 1
    # A category stands first and is short; where the row holds fewer words than there are columns for
    # them, a first word that is not so is the task's, the category merged down from the row above.
    if section >= 0 and len(words) < sum(kind == "words" for kind in kinds.values()):
        if not (len(words) >= 2 and len(words[0].folded) <= 6 < len(words[1].folded)):
            kinds.pop(section)
    col = 0
    for piece in pieces:
        kind = _cell_kind(piece.folded, columns)
        while col < width and kinds.get(col) != kind:
            col += 1
        if col == width:
            break  # a cell out of its place: the row is read as far as it goes
        row[col].append(piece)
        col += 1
    return row


def _column_kinds(columns: dict[str, int]) -> dict[int, str]:
    """The kind of cell each column of a task table holds, but its number's: a time limit, units, or words."""
    return {
        col: ("units" if key in _UNIT_COLUMNS else key if key == "deadline" else "words")
        for key, col in columns.items()
        if key != "number"
    }


def _cell_kind(folded: str, columns: dict[str, int]) -> str:
    if "deadline" in columns and _time_like(folded) and not units_like(folded):
        return "deadline"
    return "units" if units_like(folded) else "words"
