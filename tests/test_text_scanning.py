"""The faster ways the text rules scan a paragraph find exactly what the plain rules describe.

Each shortcut (folding only the runs that fold, finding brackets with str.find, finding an opening
year before checking what precedes it, skipping patterns whose words are absent) is checked here
against a plain statement of the rule, over arbitrary text as well as over examples.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govplan.model import Role, Section, Span, Task
from govplan.text._t2s import SIMPLIFIED, TRADITIONAL
from govplan.text.deadlines import _OPENING_YEAR, _opens_clause, find_deadlines
from govplan.text.fold import cn_to_int, fold
from govplan.text.furniture import is_furniture
from govplan.text.metadata import DOC_NUMBER, doc_number_line
from govplan.text.notes import _ROLE_TAILS, _ROLE_WORDS, LUOSHI_QUALIFIERS, UNIT_LAST, _ends_with_role, find_notes
from govplan.text.numbering import TITLE_KEYS, parse_label, split_title, table_row
from govplan.text.reader import read_text

# ---------------------------------------------------------------- folding

_FOLDS = dict(zip(TRADITIONAL, SIMPLIFIED, strict=True))
_FOLDS.update({chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
_FOLDS.update(dict(zip("\u3000\u00a0〔〕﹝﹞［］", "  [][][]", strict=True)))
# what shows nothing: control characters but tab, line ends and NEL; format characters but those of Arabic
# and Syriac script; the two non-characters of the plane
_FOLDS.update(
    (chr(cp), "\x7f")
    for cp in range(0x10000)
    if (unicodedata.category(chr(cp)) == "Cc" and chr(cp) not in "\t\n\r\x85")
    or (unicodedata.category(chr(cp)) == "Cf" and not 0x600 <= cp < 0x900)
    or cp in (0xFFFE, 0xFFFF)
)


def _fold_char_by_char(text: str) -> str:
    return "".join(_FOLDS.get(ch, ch) for ch in text)


_SIMPLIFIED_PROSE = "全面推进依法行政,加快建设法治政府。(牵头单位:县司法局)2023年底前完成。\n"
_TRADITIONAL_PROSE = "全面推進依法行政，加快建設法治政府。（牽頭單位：縣司法局）２０２３年底前完成。\n"
# simplified script typed with wide punctuation and digits, as most pages are
_WIDE_PROSE = "全面推进依法行政，加快建设法治政府。（牵头单位：县司法局；完成时限：２０２３年）\n"
_pieces = st.sampled_from(
    [
        *(_SIMPLIFIED_PROSE, _TRADITIONAL_PROSE, _WIDE_PROSE, "執法", "\u3000", "\u00a0", "〔2022〕", "Ａ１"),
        *("％／－．！？", "\u200b", "\x0b", "\ufeff"),
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_pieces, max_size=400), st.text(max_size=50))
def test_fold_maps_every_character_as_its_table_says(pieces: list[str], noise: str) -> None:
    # Long mixed pages cross the block size and take both ways of folding (sparse and dense blocks).
    text = "".join(pieces) + noise
    assert fold(text) == _fold_char_by_char(text)


def test_fold_of_a_page_mixing_simplified_and_traditional_documents() -> None:
    page = _SIMPLIFIED_PROSE * 300 + _TRADITIONAL_PROSE * 300 + _WIDE_PROSE * 300 + _SIMPLIFIED_PROSE * 3
    folded = fold(page)
    assert len(folded) == len(page)
    assert folded == _fold_char_by_char(page)
    assert "牽頭" not in folded and "（" not in folded


# ---------------------------------------------------------------- notes


def _notes_by_the_rule(folded: str) -> list[tuple[int, int]]:
    """Top-level bracket pairs whose content reads as a note, or names units after the paragraph's last
    sentence, found character by character."""
    from govplan.text.notes import looks_like_bracketed_note, units_like

    spans, stack = [], []
    for i, ch in enumerate(folded):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            inner = folded[start + 1 : i]
            closing = start and folded[start - 1] == "。" and folded[i + 1 :].strip() in ("", "。")
            if not stack and (looks_like_bracketed_note(inner) or (closing and units_like(inner))):
                spans.append((start, i + 1))
    # 【…】 and […] notes: each opener with the first closer after it; an outer note holds an inner one
    for opener, closer in (("【", "】"), ("[", "]")):
        for i, ch in enumerate(folded):
            if ch != opener or (i and opener in folded[:i] and closer not in folded[folded.rfind(opener, 0, i) : i]):
                continue
            j = folded.find(closer, i + 1)
            closing = i and folded[i - 1] == "。" and folded[j + 1 :].strip() in ("", "。")
            if j >= 0 and (looks_like_bracketed_note(folded[i + 1 : j]) or (closing and units_like(folded[i + 1 : j]))):
                spans.append((i, j + 1))
    spans.sort()
    return [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]


_NOTE_PIECES = ["(", ")", "【", "】", "[", "]", "牵头单位:县司法局", "、县编办", "县财政局", "配合", "等", "。", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NOTE_PIECES), max_size=30))
@example(["【", "【", "牵头单位:县司法局", "】"])  # an opener inside an open bracket opens nothing
@example(["x", "。", "【", "县财政局", "】"])  # units after the last sentence
@example(["(", "【", "牵头单位:县司法局", "】", ")"])
def test_notes_found_as_the_bracket_rule_says(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert find_notes(text) == _notes_by_the_rule(text)


# 落实 alone ends a note only after a unit's name or a qualifier (县直各部门落实, 按职责落实; not 认真抓好落实)
_ROLES = "|".join(_ROLE_WORDS)
_TAILS = "|".join(_ROLE_TAILS)
_OTHER_ROLES = "|".join(w for w in _ROLE_WORDS if w != "落实")
_ENDS_WITH_ROLE_RULE = re.compile(
    rf"(?:(?:{_OTHER_ROLES})(?:{_TAILS})?|(?:{_ROLES})(?:{_TAILS})|(?<=[{''.join(sorted(UNIT_LAST))}等责工能])落实"
    rf"|(?:{'|'.join(LUOSHI_QUALIFIERS)})落实)\s*$"
)


_NOTE_ENDS = [*_ROLE_WORDS, *_ROLE_TAILS, *LUOSHI_QUALIFIERS, "县司法局", "、", "牵", " ", "\u3000", "\n", "等", "认真"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NOTE_ENDS), max_size=8))
def test_a_role_word_ending_a_note_found_as_the_pattern_says(pieces: list[str]) -> None:
    # (A、B牵头实施) reads as a note by its last words, tested without a regex scan of the note
    text = "".join(pieces)
    assert _ends_with_role(text) == bool(_ENDS_WITH_ROLE_RULE.search(text))


def test_a_note_holding_brackets_is_one_note() -> None:
    text = "加强执法。(牵头单位:县司法局(含执法局)、县编办)其后(说明)"
    (span,) = find_notes(text)
    assert text[span[0] : span[1]] == "(牵头单位:县司法局(含执法局)、县编办)"


# ---------------------------------------------------------------- doc numbers


def _doc_number_line_by_the_rule(folded: str) -> bool:
    m = DOC_NUMBER.search(folded)
    return bool(m) and len(folded.strip()) - len(m[0]) <= 2  # type: ignore[index]


_DOC_NUMBER_PIECES = ["淮政", "县政办发", "[2022]", "(2023)", "【2021】", "45号", "号", " ", "—", "。", "关于", "2022"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DOC_NUMBER_PIECES), max_size=8))
def test_doc_number_lines_found_as_the_search_says(pieces: list[str]) -> None:
    # a line that is only a 发文字号, told by trying the pattern at the line's first three positions
    text = "".join(pieces)
    assert doc_number_line(text) == _doc_number_line_by_the_rule(text)


def test_a_doc_number_line_and_a_sentence_citing_one() -> None:
    assert doc_number_line("淮政[2022]45号")
    assert doc_number_line(" 县政办发[2023]7号 ")
    assert not doc_number_line("根据县政办发[2023]7号文件要求")
    assert doc_number_line("——淮政[2022]45号")  # two other characters at most
    assert not doc_number_line("———淮政[2022]45号")


# ---------------------------------------------------------------- deadlines

# The opening-year rule as a pattern: a year at a clause's start, perhaps after a dash, spaces, 到 or 至.
_OPENING_PIECES = [
    *("——", "—", "-", "--", " ", "\u3000", "到", "至", ",", ";", "。"),
    *("2023年", "2022", "年", "为", ":", "市"),
]
_OPENING_RULE = re.compile(r"(?:^|(?<=[,;。]))(?:——|-{1,2}|—)?\s*(?:到|至)?(?P<year>\d{4})年(?=[,为是:])")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_PIECES), max_size=12))
def test_opening_years_found_as_the_pattern_says(pieces: list[str]) -> None:
    text = fold("".join(pieces))
    expected = [m.start("year") for m in _OPENING_RULE.finditer(text)]
    # the year is found first, what stands before it back to the clause's start is checked after
    assert [m.start() for m in _OPENING_YEAR.finditer(text) if _opens_clause(text, m.start())] == expected
    # and each such year is a limit, its 到 or 至 with it
    found = find_deadlines(text, locate=lambda start, end: Span(1, 1, start, end))
    for start in expected:
        (d,) = [d for d in found if d.span and d.span.start <= start < d.span.end]
        assert d.date == dt.date(int(text[start : start + 4]), 12, 31)
        assert d.span is not None and d.span.start == start - (start > 0 and text[start - 1] in "到至")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("——2023年为重点突破年", 2023),
        ("2022年,基本建成法治政府", 2022),
        ("完成系统升级,2025年,基本建成", 2025),
        ("—— 2025年,全面实现", 2025),
        ("——到2024年:基本形成", 2024),
    ],
)
def test_a_year_opening_a_clause_is_a_limit(text: str, year: int) -> None:
    assert [d.date for d in find_deadlines(fold(text))] == [dt.date(year, 12, 31)]


@pytest.mark.parametrize("text", ["全市2022年,完成整改", "———2023年为突破年", "截至2016年,共计办理"])
def test_a_year_inside_a_clause_is_no_opening_limit(text: str) -> None:
    assert find_deadlines(fold(text)) == []


_LONG = "深入推进政务公开标准化规范化建设,统一公开标准和流程。" * 8


@pytest.mark.parametrize(
    ("form", "date"),
    [
        ("2023年10月31日前", dt.date(2023, 10, 31)),
        ("2022年11月底前", dt.date(2022, 11, 30)),
        ("2023年年底前", dt.date(2023, 12, 31)),
        ("到2020年", dt.date(2020, 12, 31)),
        ("2020年之前", dt.date(2020, 12, 31)),
        ("10月31日以前", dt.date(2021, 10, 31)),
        ("6月末", dt.date(2021, 6, 30)),
        ("年底前", dt.date(2021, 12, 31)),
    ],
)
def test_every_limit_form_is_found_inside_a_long_paragraph(form: str, date: dt.date) -> None:
    # A pattern runs only when the words it needs are in the paragraph: none may be left out.
    text = fold(_LONG + form + "完成" + _LONG)
    (d,) = find_deadlines(text, context_year=2021)
    assert (d.text, d.date) == (form, date)


def test_a_limit_without_a_year_falls_in_the_year_its_paragraph_names() -> None:
    (d,) = find_deadlines(fold("2022年启动试点,6月底前完成评估"), context_year=2020)
    assert (d.text, d.date) == ("6月底前", dt.date(2022, 6, 30))


# ------------------------------------------------------------------ the reader's own shortcuts

_FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.txt"))


@pytest.mark.parametrize("path", _FIXTURES, ids=lambda p: p.name)
def test_every_element_found_in_a_paragraph_points_at_its_own_line(path: Path) -> None:
    # Spans of metrics, limits and citations are made without a search of the line table, on the
    # grounds that a paragraph lies within one line: each must still slice its text from the source
    # and name the line that holds it.
    text = path.read_text(encoding="utf-8")
    plan = read_text(text)
    found: list[tuple[str, Span | None]] = [(f"《{r.title}》", r.span) for r in plan.references]
    items: list[Section | Task] = [*plan.iter_sections(), *plan.iter_tasks()]
    for item in items:
        found += [(m.text, m.span) for m in item.metrics] + [(d.text, d.span) for d in item.deadlines]
    assert len(found) >= 3
    for words, span in found:
        assert span is not None
        assert text[span.start : span.end].startswith(words)
        assert span.line == span.end_line == text.count("\n", 0, span.start) + 1
    # a task's or section's span runs from its first line to the line where its text ends
    for item in items:
        assert item.span is not None
        assert item.span.line == text.count("\n", 0, item.span.start) + 1
        assert item.span.end_line == text.count("\n", 0, max(item.span.start, item.span.end - 1)) + 1
        if isinstance(item, Section):  # a section runs to the end of its last line
            assert item.span.end == len(text) or text[item.span.end] == "\n"


def test_a_note_repeated_under_many_items_is_read_for_each() -> None:
    # Parsed notes are reused within a plan: every item still gets its own units, and an inherited
    # note does not spill its mark onto items that repeat the same note text directly.
    items = "".join(f"({i})做好第{i}项工作。(牵头单位:县司法局、县财政局)\n" for i in range(1, 5))
    plan = read_text(
        "XX县实施方案\n一、主要任务\n" + items + "二、保障措施\n(1)甲。\n(2)乙。\n牵头单位:县司法局、县财政局\n"
    )
    tasks = list(plan.iter_tasks())
    assert len(tasks) == 6
    for t in tasks:
        assert [(r.unit, r.role, r.inherited) for r in t.responsibilities][:2] in (
            [("县司法局", Role.LEAD, False), ("县财政局", Role.LEAD, False)],
            [("县司法局", Role.LEAD, True), ("县财政局", Role.LEAD, True)],
        )
    assert [t.responsibilities[0].inherited for t in tasks] == [False] * 4 + [True] * 2


def test_a_note_repeated_in_the_other_script_keeps_its_own_script() -> None:
    # The two notes fold to the same text: a reused note must still give each its own units' names.
    plan = read_text("XX县实施方案\n一、主要任务\n(一)甲。(牵头单位:县司法局)\n(二)乙。(牽頭單位:縣司法局)\n")
    assert [t.responsibilities[0].unit for t in plan.iter_tasks()] == ["县司法局", "縣司法局"]


def test_a_read_leaves_no_reference_cycles() -> None:
    # The reader's outline has no links back to parents, so a read's memory is returned as soon as
    # the Plan is made rather than when the cycle collector next runs.
    text = _FIXTURES[0].read_text(encoding="utf-8")
    gc.collect()
    read_text(text)
    assert gc.collect() == 0


# ------------------------------------------------------------------ furniture

_SIGNS = ["│", "┃", "|", "｜", "»", ">", "首页", "ICP备", "icp证", "Icp备", "CopyRight", "copyright ", "版权所有"]
_WORDS = [
    "县政府",
    "工作动态",
    "打印",
    " ",
    "\t",
    "。",
    ",",
    "x",
    "P",
    "信息公开",
    "作者:",
    "2023",
    "政策解读",
    "【",
    "浏览:",
    "适老化",
    "网站地图",
    "1.",
]


def _furniture_by_the_rules(folded: str) -> bool:
    """is_furniture's rules one by one, each checked over the whole line."""
    from govplan.text import furniture as f

    if len(folded) > 100 and "。" in folded:
        return False
    lower = folded.lower()
    if f._KEYWORDS.search(folded) or f._TOOLS.match(folded) or folded in f._LINKS or f._BYLINE.match(folded):
        return True
    # words a plan uses too: the page's only outside a sentence and a labelled item
    if f._PAGE_WORDS.search(folded) and not re.search("[。,]", folded) and parse_label(folded) is None:
        return True
    if "icp备" in lower or "icp证" in lower or "copyright" in lower:
        return True
    if sum(folded.count(c) for c in "│┃|｜»") >= 2 or folded.count(">") >= 2 or f._HOME.match(folded):
        return True
    if f._PIECE_HEAD.match(folded) or f.PAGE_NUMBER.fullmatch(folded):
        return True
    # a date's numbers spaced from its words (某县 2024 年工作要点, 2024 年 3 月 1 日) are part of them
    tokens = re.sub(r" *([0-9]{1,4}) *(?=[年月日])", r"\1", folded).split()
    # a row of menu items: neither a heading with its words spaced out nor a table's row
    menu = len(tokens) >= 3 and all(len(t) <= 12 for t in tokens) and not re.search(r"[。,;:!?]", folded)
    return menu and parse_label(folded) is None and not table_row(folded)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SIGNS + _WORDS), max_size=8))
def test_furniture_found_as_its_rules_say(pieces: list[str]) -> None:
    # One search stands for the keywords, the separators and the breadcrumb's ">"; ICP and copyright
    # are looked for only where a p stands.
    line = "".join(pieces).strip()
    assert is_furniture(line) == _furniture_by_the_rules(line)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("县政府>工作动态>正文", True),
        ("县政府>工作动态", False),
        ("县政府│工作动态│政策", True),
        ("县政府»工作动态", False),
        ("县政府|工作动态｜政策", True),
        ("皖ICP备05001234号", True),
        ("CopyRight 2023 XX县人民政府", True),
        ("Icp证字", True),
        ("网站首页 机构概况 政务公开", True),
        ("【字號：大 中 小】", True),
        ("視力保護色", True),
        ("附件下載：實施方案.doc", True),
        ("瀏覽量：1234", True),
        ("阅读：56次", True),
        ("上一条：关于印发某方案的通知", True),
        ("政策解讀", True),
        ("附件：1.某市实施方案", False),
        ("(此件公开发布)", False),
        ("一、总体要求", False),
        # a table's row is the document's; a page's numbers are not
        ("1\t依法决策\t决策程序履行情况\t10分", False),
        ("序號　　考核項目　　考核內容", False),
        ("1  2  3  4  下一页  尾页", True),
        ("1\t2\t3\t下一頁", True),
        # a page's foot: a scan-to-read call, a visitor counter, reading tools, a news page's credits
        ("篇二：社区依法行政工作计划", True),
        ("【篇三】", True),
        ("篇幅不长的文件", False),
        ("第一篇　总体要求", False),
        ("扫码查看", True),
        ("掃碼閱讀", True),
        ("您是第12345位访客", True),
        ("字号：T|T", True),
        ("朗读  无障碍  English  繁体", True),
        ("文字：张三  图片：李四", True),
        ("通訊員：王五", True),
        # an encyclopedia page's heads over a document it copies
        ("全文", True),
        ("基本介紹", True),
        ("全文公布后实施", False),
        # a plan's words that name them stay
        ("加强网站无障碍建设，推进适老化改造", False),
        ("图片、视频等信息应及时发布。", False),
    ],
)
def test_furniture_signs_each_rule_covers(line: str, furniture: bool) -> None:
    assert is_furniture(fold(line)) is furniture


# ------------------------------------------------------------------ labels


def _label_by_the_rule(folded: str) -> tuple[str, int, int, int] | None:
    """parse_label with the numeral-list test run after every label."""
    from govplan.text import numbering as nb

    for style, level, pattern, _ in nb._STYLES:
        m = pattern.match(folded)
        if not m:
            continue
        n = m["n"]
        ordinal = nb._ENCLOSED_ORDINAL.get(n) or cn_to_int(n)
        if not ordinal:
            continue
        if m.end() == len(folded) or nb._NOT_A_HEADING.match(folded, m.end()):
            return None
        return (style, level, ordinal, m.end())
    return None


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(["一、", "(二)", "3.", "(4)", "5)", "①", "㈦", "⒏", "⑼", "第六条", "十一、"]),
    st.lists(
        st.sampled_from(["二", "3", "٣", "、", ",", "季度", "月", "份", "日", "年", "倍", "%", "加强", " "]), max_size=5
    ),
)
def test_labels_found_as_the_rule_says(label: str, rest: list[str]) -> None:
    # The numeral-list test (一、二季度, 1.5倍) is run only where the character after the label can
    # open such a list.
    line = label + "".join(rest)
    found = parse_label(line)
    assert (None if found is None else (found.style, found.level, found.ordinal, found.end)) == _label_by_the_rule(line)


def _title_by_the_rule(text: str) -> tuple[str, str, str]:
    """split_title cutting the original and the folded text each on its own."""
    folded = fold(text)

    def cut(s: str) -> tuple[str, str]:
        f = fold(s)
        at = f.find("。")
        end = at if at >= 0 else len(f)
        # a colon before it ends the title where words follow it and no note or quotation has opened
        colon = f.find(":", 0, end)
        opened = any(f[:colon].count(o) > f[:colon].count(c) for o, c in ("()", "【】", "[]", "《》", "“”"))
        if colon > 0 and f[colon + 1 : end].strip(" :;") and not opened:
            if f[:colon].strip() in TITLE_KEYS:  # the key names the task: its value is the title
                return s[colon + 1 : end].strip(), s[end + 1 :].strip()
            at = colon
        return (s.rstrip(":：;；").strip(), "") if at < 0 else (s[:at].strip(), s[at + 1 :].strip())

    (title, run_on), (folded_title, _) = cut(text), cut(folded)
    return title, run_on, folded_title


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "指導思想",
                "總體目標",
                "：",
                ":",
                "；",
                "\u3000",
                "\u00a0",
                " ",
                "。",
                "推進",
                "（",
                "）",
                "《",
                "》",
                "任務名稱",
            ]
        ),
        max_size=8,
    )
)
def test_a_heading_title_cut_once_for_both_scripts(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert split_title(text, fold(text)) == _title_by_the_rule(text)


def test_every_branch_of_the_furniture_search_opens_with_one_character() -> None:
    # The search runs on most lines of a page: with a literal first character in every branch the
    # engine skips to the next place one stands; one branch opening with a group or a set makes it try
    # every position of every line (a corpus read cost 8% more when (?:浏览|阅读)… slipped in).
    from re import _parser  # type: ignore[attr-defined]

    from govplan.text.furniture import _ANYWHERE

    ((kind, (_, branches)),) = _parser.parse(_ANYWHERE.pattern)
    assert str(kind) == "BRANCH" and all(str(branch[0][0]) == "LITERAL" for branch in branches)


def test_every_time_limit_pattern_can_skip_ahead() -> None:
    # A pattern with a first character (or a set of them) is scanned for; one opening with a group in
    # one of its branches, a repeat or a lookbehind is tried at every position (the field limits'
    # pattern cost a corpus read 2% more when its keys stood in a group of their own).
    from re import _compiler, _parser  # type: ignore[attr-defined]

    from govplan.text.deadlines import _OPENING_YEAR, _PATTERNS

    for pattern in (*(p for _, p, _, _ in _PATTERNS), _OPENING_YEAR):
        parsed = _parser.parse(pattern.pattern)
        assert _compiler._get_literal_prefix(parsed, 0)[0] or _compiler._get_charset_prefix(parsed, 0), pattern
