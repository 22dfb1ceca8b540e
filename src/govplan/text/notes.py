"""Responsibility notes: (牵头单位:A、B), (责任单位:A,配合单位:B), (A牵头,B承办), 牵头领导:…

>>> [(r.unit, r.role.value) for r in parse_note(fold("责任单位:市司法局;配合单位:市人大常委会法工委等"))]
[('市司法局', 'responsible'), ('市人大常委会法工委', 'support')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from govplan.model import Responsibility, Role
from govplan.text.fold import fold as fold  # for the doctest
from govplan.text.metadata import FIELD_KEY

_ROLE_WORDS = {
    "牵头": Role.LEAD,
    "主责": Role.RESPONSIBLE,
    "责任": Role.RESPONSIBLE,
    "负责": Role.RESPONSIBLE,
    "主办": Role.RESPONSIBLE,
    "配合": Role.SUPPORT,
    "协同": Role.SUPPORT,
    "协办": Role.SUPPORT,
    "协助": Role.SUPPORT,
    "指导": Role.SUPPORT,  # (县政府办公室牵头,县司法局指导): a unit that guides the work takes part in it
    "协作": Role.SUPPORT,
    "参与": Role.SUPPORT,
    "参加": Role.SUPPORT,
    "承办": Role.UNDERTAKE,
    "落实": Role.RESPONSIBLE,  # 各乡镇、县直各部门落实; 落实单位:
}
# The last character of a unit's name (县司法局, 市发改委, 县直各执法部门, 各县区), for what has no note's words
UNIT_LAST = frozenset("局委办府院门部会室处科股心组队所站行司厅团联社镇乡街区县市位")
_PLACE_LAST = frozenset("县市区镇乡街")
_ROLE_ALT = "|".join(_ROLE_WORDS)
_BEFORE_LUOSHI = "等责工能"  # 落实 after a list's 等 or a qualifier: 按职责落实, 按分工落实, 按职能落实
LUOSHI_QUALIFIERS = ("具体", "分别", "共同")  # and after these: 县直各单位具体落实
# words a role verb may carry: A牵头实施, A牵头负责, A牵头抓总, B协同推进
_ROLE_TAILS = ("实施", "落实", "负责", "推进", "抓总")
_TAIL_ALT = "|".join(_ROLE_TAILS)
_UNIT_BREAKS = "、,;"
# What follows a role word in a heading: the kind of unit (责任单位, 责任主体, 责任处室), perhaps with
# another in brackets (责任单位(部门)), or a person (牵头领导, 责任人: a leader, not a unit).
_KINDS = "单位|部门|领导|处室|科室|股室|主体|机关|人"
_ALSO_KIND = r"(?:\((?:单位|部门|处室|科室|股室)\))?"
_LEADER_KINDS = ("领导", "人")
# A heading's role may be qualified (主要责任单位, 具体负责单位), and 实施 names one only as a heading's
# (实施单位:A; …组织实施 ends prose as often as a note); so do 分管 and 联系 a leader (分管领导:, the lead
# units' leader).
_HEADING_ROLES = {**_ROLE_WORDS, "实施": Role.RESPONSIBLE, "分管": Role.LEAD, "联系": Role.LEAD}
_HEADING_FIRST = frozenset((*_HEADING_ROLES, "主要", "具体"))  # the two characters a heading opens with
_QUALIFIED = "(?:主要|具体)?"
_HEADING_ROLE_ALT = rf"{_ROLE_ALT}|实施(?={_KINDS})|分管(?=领导)|联系(?=领导)"
# 牵头单位: / 责任部门: / 配合单位 : — a role heading that the units follow.
_HEADING = re.compile(rf"^\s*{_QUALIFIED}(?P<role>{_HEADING_ROLE_ALT})(?P<kind>{_KINDS})?{_ALSO_KIND}\s*:\s*")
# A中 unit list that ends with its role: A、B牵头 / C按职责分工负责.
# The words before the role that say how the units share the work: 按职责分工, 按照“谁执法谁普法”
# 责任制分工, 根据职能分工, 分别, 共同, 具体, 协同 (协同配合), 积极.
_TRAILING = re.compile(
    rf"(?P<qual>(?:按照?|根据|依据)[^,;、()\s]{{0,16}}?|分别|共同|具体|协同|积极|密切|全力|予以|给予|做好)?"
    rf"(?P<role>{_ROLE_ALT})(?:{_TAIL_ALT})?\s*$"
)
_SPLIT = re.compile(f"[{_UNIT_BREAKS}]")
# A list of units naming its role after 为: 县司法局为牵头单位, 县财政局为配合单位 (its groups named as
# _TRAILING's are, the qualifier always empty)
_AS_ROLE = re.compile(rf"(?P<qual>)为(?P<role>{_ROLE_ALT})(?:{_KINDS})\s*$")
_AS_ROLE_ENDS = ("单位", "部门")
_MARKED_ROLE_IN = re.compile(rf"\((?P<role>{_ROLE_ALT})(?:{_KINDS})?\)")
_MARKED_ROLE = re.compile(_MARKED_ROLE_IN.pattern + "$")
_COLLECTIVE = re.compile(r"^各|各(?:有关|相关|成员)?(?:部门|单位)|有关部门|相关部门|有关单位|相关单位|各级")

# What a note looks like inside brackets: it opens with a role heading or a list ending in a role.
# A role heading's words (牵头单位, 责任单位(部门), 责任人, 主要责任单位, 实施单位), and with its colon
_ROLE_NAME = rf"{_QUALIFIED}(?:{_HEADING_ROLE_ALT})(?:{_KINDS})?{_ALSO_KIND}"
_ROLE_HEADING = _ROLE_NAME + r"\s*:"
NOTE_START = re.compile(rf"^\s*{_ROLE_HEADING}")
_LATER_HEADING = re.compile(rf"[;,]\s*{_ROLE_HEADING}")
# A field's key after a space: 牵头单位:市司法局 配合单位:市财政局 holds two lists, not one unit; so does
# 责任单位:市市场监管局 完成时限:2024年底前 (a unit, then another field).
# A run of spaces is tried once, from its start and all of it: tried from each of its spaces, or given
# back a space at a time, a long run would cost the square of its length.
_SPACED_HEADING = re.compile(rf"(?<!\s)\s++(?=(?:{_ROLE_ALT})(?:{_KINDS}){_ALSO_KIND}\s*:|[\u4e00-\u9fff]{{2,6}}\s*:)")
# A time limit a note may end with: (A牵头,B按职责分工负责,2024年底前完成), (A负责,长期坚持), or how
# often the work is done (A负责,每半年), (A负责,全年).
_TIME_WORDS = ("年底", "年内", "全年", "每年", "每半年", "每季", "每月", "每周")
_ONGOING_WORDS = ("长期", "持续", "常态化")
_TIME_LIMIT = re.compile(
    rf"\s*(?:[0-9]{{4}}年|[0-9]{{1,2}}月|{'|'.join(_TIME_WORDS)}|(?:{'|'.join(_ONGOING_WORDS)})(?:坚持|推进|开展)?\s*$)"
)
# what the pattern can open with after spaces
_TIME_LIMIT_FIRST = frozenset("0123456789") | {w[0] for w in (*_TIME_WORDS, *_ONGOING_WORDS)}


def is_time_limit(token: str) -> bool:
    """Whether a note's token is its time limit; most tokens are units, spared the pattern."""
    return token.lstrip()[:1] in _TIME_LIMIT_FIRST and _TIME_LIMIT.match(token) is not None


def looks_like_bracketed_note(folded: str) -> bool:
    """True when text in brackets is a note, perhaps with a 。 between its fields or after them:
    (A牵头,B负责。2023年底前完成), (责任单位:A。完成时限:…), (A负责。); its 。 then parts them as a ; does."""
    return looks_like_note(folded) if "。" not in folded else _fields_of_a_note(folded, looks_like_note)


def _fields_of_a_note(folded: str, first: Callable[[str], bool]) -> bool:
    """Whether the sentences of a text are a note's fields: the first a note as ``first`` tells one, the
    others notes, time limits or other fields (完成时限:…)."""
    parts = [part for part in folded.split("。") if part.strip()]
    return (
        0 < len(parts) <= 3
        and first(parts[0])
        and all(is_time_limit(part) or FIELD_KEY.match(part) or looks_like_note(part) for part in parts[1:])
    )


def looks_like_note(folded: str) -> bool:
    """True when bracketed (or standalone) text is a responsibility note rather than prose."""
    if "。" in folded or len(folded) > 300:
        return False
    if NOTE_START.match(folded):
        return True
    if len(folded) > 120:
        return False
    if ":" in folded and _LATER_HEADING.search(folded):
        return True  # a role heading after another field: (督办单位:A;责任单位:B), (完成时限:…;牵头单位:A)
    if _ends_with_role(folded) or _as_role(folded) is not None:
        return True
    if ")" in folded and _MARKED_ROLE_IN.search(folded) and "(" not in _MARKED_ROLE_IN.sub("", folded):
        return True  # (市发展改革委(牵头)、市财政局): units, one of them marked with its role
    # the note's last field may be its time limit, or units without a role of their own (A牵头,B、C):
    # what stands before it decides
    cut = max(folded.rfind(","), folded.rfind(";"))
    if cut <= 0:
        return False
    last, before = folded[cut + 1 :], folded[:cut]
    if is_time_limit(last):
        # (A牵头,B配合,2024年底前完成), or units alone before the limit: (市司法局,市直各部门;持续推进)
        return _ends_with_role(before) or (len(before) >= _UNITS_BEFORE_LIMIT and units_like(before))
    return _ends_with_role(before) and units_like(last)


_UNITS_BEFORE_LIMIT = 4  # the shortest units' list read before a time limit (市、县,2023年 is none)


def units_like(folded: str) -> bool:
    """Whether text names units only: 县司法局 / 市发改委、市财政局 / 县直各执法部门 (no field, no title;
    各县〔市、区〕政府 is one, its brackets folded to [])."""
    if ":" in folded or "【" in folded or "《" in folded:
        return False
    parts = [part.strip().removesuffix("等") for part in _SPLIT.split(folded)]
    return all(0 < len(part) <= 20 and _unit_name_end(part) in UNIT_LAST for part in parts)


def _unit_name_end(part: str) -> str:
    """The last character of a unit's name, before the kinds it adds in brackets: 各乡镇(街道), 各村[社区]."""
    if part[-1] in ")]" and (i := part.rfind("[" if part[-1] == "]" else "(")) > 0:
        return part[i - 1]
    return part[-1]


def _split_units(original: str, folded: str) -> list[tuple[str, str]]:
    """Tokens of a note split on 、,; outside brackets: (original, folded) pairs."""
    out: list[tuple[str, str]] = []
    # no brackets: a plain split, and the original cut at the same places
    if "(" not in folded and "《" not in folded and "[" not in folded:
        pos = 0
        for token in _SPLIT.split(folded):
            out.append((original[pos : pos + len(token)], token))
            pos += len(token) + 1
        return out
    cuts = []
    depth = 0
    for i, ch in enumerate(folded):
        if ch in "(《[":  # 各县〔市、区〕政府 is one unit (〔〕 fold to [])
            depth += 1
        elif ch in ")》]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _UNIT_BREAKS:
            cuts.append(i)
    start = 0
    for i in cuts:
        out.append((original[start:i], folded[start:i]))
        start = i + 1
    out.append((original[start:], folded[start:]))
    return out


# Others after 等 that a note does not name: 等有关单位, 等12个部门, 等成员单位
_AND_OTHERS = re.compile(r"等(?:有关|相关|其他)?(?:[0-9一二三四五六七八九十]+个)?(?:成员)?(?:单位|部门)$")
# The items a note names before its units, and the 由 that brings them: (以上两项由A牵头,B配合)
_BLOCK_BY = re.compile(r"(?:以上|上述)[^由,;:、()]{0,8}由")


def _read_unit(original: str, folded: str, role: Role, qualifier: str | None = None) -> Responsibility | None:
    name = original.strip()
    fname = folded.strip()
    if fname.startswith(("以上", "上述")) and (block := _BLOCK_BY.match(fname)) is not None:
        name, fname = name[block.end() :].lstrip(), fname[block.end() :].lstrip()  # (以上两项由A牵头)
    elif fname.startswith("由") and len(fname) > 3:  # (由市司法局牵头)
        name, fname = name[1:].lstrip(), fname[1:].lstrip()
    if fname.endswith("等"):
        name, fname = name[:-1].rstrip(), fname[:-1].rstrip()
    elif "等" in fname and (other := _AND_OTHERS.search(fname)) is not None and other.start() > 1:
        # 县司法局等有关单位, 县财政局等12个部门: the units named, as a trailing 等 leaves them
        name, fname = name[: other.start()].rstrip(), fname[: other.start()].rstrip()
    # 责任单位:市发展改革委(牵头)、市财政局 — a unit's own role, marked after its name
    marked = _MARKED_ROLE.search(fname) if fname.endswith(")") else None
    if marked:
        role = _ROLE_WORDS[marked["role"]]
        name, fname = name[: marked.start()].rstrip(), fname[: marked.start()].rstrip()
    if not name or is_time_limit(fname):
        return None  # nothing, or the note's time limit (责任单位:A,2024年底前完成)
    collective = ("各" in fname or "有关" in fname or "相关" in fname) and _COLLECTIVE.search(fname) is not None
    return Responsibility(unit=name, role=role, qualifier=qualifier, collective=collective)


def _as_role(token: str) -> re.Match[str] | None:
    """The role a list of units names after 为 (县司法局为牵头单位), tested on its last words first."""
    return _AS_ROLE.search(token) if token.rstrip().endswith(_AS_ROLE_ENDS) else None


def _marked(token: str) -> bool:
    """Whether the token is a unit with its own role after it: 市发展改革委(牵头)."""
    end = token.rstrip()
    return end.endswith(")") and _MARKED_ROLE.search(end) is not None


def _ends_with_role(token: str) -> bool:
    """Whether the token ends with a role word, perhaps followed by 实施/落实, then whitespace (the
    words are all two characters long). A pattern ending in $ would be tried at every position."""
    end = token.rstrip()
    last = end[-2:]
    if last == "落实" and end[-4:-2] not in _ROLE_WORDS:  # 县直各部门落实, 按职责落实; not 认真抓好落实
        return len(end) > 2 and (end[-3] in UNIT_LAST or end[-3] in _BEFORE_LUOSHI or end[-4:-2] in LUOSHI_QUALIFIERS)
    return last in _ROLE_WORDS or (last in _ROLE_TAILS and end[-4:-2] in _ROLE_WORDS)


def _settled(
    pending: list[tuple[str, str]],
    role: Role | None,
    marked: bool,
    unit: Callable[[str, str, Role], Responsibility | None],
) -> list[Responsibility]:
    """The units named before their list's role: they take the list's role; in a list without one, where
    another unit is marked with its own (A(牵头)、B), they take part in that unit's work."""
    if role is None and not marked:
        return []
    return [r for o, f in pending if (r := unit(o, f, role or Role.SUPPORT))]


# Spaces between two units' names (县司法局 县财政局); each name at least three characters long, so that a
# name spaced out in itself (县 司法局) stays one
_UNIT_END = "".join(sorted(UNIT_LAST))
_SPACED_UNITS = re.compile(rf"(?<=[^\s、,;:]{{2}}[{_UNIT_END}]) +(?=[^\s、,;:]{{2,}}?[{_UNIT_END}](?:[\s、,;]|$))")


def _parted_units(m: re.Match[str]) -> str:
    return "、" * len(m[0])


# A role heading in a note (牵头单位:, 责任部门:, 牵头领导:) or its time limit's key, and what may stand
# before one that opens a field
_HEADING_AT = re.compile(
    rf"(?:{_QUALIFIED}(?:{_HEADING_ROLE_ALT})(?:{_KINDS}){_ALSO_KIND}|完成时限|完成时间|时间节点)\s*:$"
)
_FIELD_BREAKS = " \t、,;:([【"  # what stands before a heading that is not run on
_HEADING_REACH = 12  # the longest heading: 主要责任单位(部门):


def _run_on_headings(folded: str) -> list[int]:
    """Where a note's headings after its first start with no break before them. Each colon's words back to
    the break before them are tested first: in most notes they are a heading whole (…,配合单位:)."""
    cuts = []
    colon = folded.find(":")
    while (colon := folded.find(":", colon + 1)) >= 0:
        words = 1 + max(folded.rfind(ch, 0, colon) for ch in _FIELD_BREAKS)
        if _HEADING_AT.fullmatch(folded, words, colon + 1):
            continue
        m = _HEADING_AT.search(folded, max(words, colon - _HEADING_REACH), colon + 1)
        if m is None or not (p := m.start()):
            continue
        if folded[p - 1] not in _FIELD_BREAKS and folded[p - 2 : p] not in ("主要", "具体"):
            cuts.append(p)
    return cuts


def _with_breaks(text: str, cuts: list[int]) -> str:
    """``text`` with a ; put in at each of ``cuts`` (in order)."""
    return ";".join(text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True))


def _parted(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span made of ; (the length kept, so the original is cut at the same places)."""
    pieces: list[str] = []
    pos = 0
    for start, end in spans:
        pieces += (text[pos:start], ";" * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


# 会同 after a unit's name: 怀化市会同县 is a place, 会同县 at a list's start a county's name
_TOGETHER = re.compile("(?<=[" + "".join(sorted(UNIT_LAST - _PLACE_LAST)) + "])会同")


# 及 or 以及 between two units' names (市司法局及各县区): parted as a 、 parts them. Not 和 or 与, which
# stand inside names (市文化和旅游局, 市住房和城乡建设局); nor 县级及以上 (no unit on either side).
_UNIT_LAST_SET = "[" + "".join(sorted(UNIT_LAST)) + "]"
_AND_UNITS = re.compile(
    rf"(?<={_UNIT_LAST_SET})以?及(?=[^、,;:()\s]{{1,20}}?{_UNIT_LAST_SET}(?:[、,;()\s]|$|{_ROLE_ALT}|按|根据|依据))"
)

# a slash between two units' names (县委依法治县办/县司法局), as some pages list them
_SLASHED_UNITS = re.compile(rf"(?<={_UNIT_LAST_SET})/(?=[^、,;:()\s/]{{1,20}}?{_UNIT_LAST_SET}(?:[、,;()\s/]|$))")


def _and_parts(m: re.Match[str]) -> str:
    return "、" * len(m[0])


# A remark that the unit listed first leads (列第一位的为牵头单位, 排在首位的为牵头部门), perhaps with 下同,
# holds for the notes below it too. The words before its 为牵头 are looked at where a 牵头 stands: a
# pattern opening with them would be tried at every position of every paragraph.
_FIRST_BEFORE = re.compile(r"(?:第一位?|第一个|首位)的?(?:单位|部门)?$")
_SAME_BELOW = frozenset(("下同", "以下同"))


def names_first_lead(folded: str) -> bool:
    """Whether a text says that the unit listed first leads: 列第一位的为牵头单位, 排在首位的是牵头部门.

    >>> names_first_lead("市司法局、市财政局,列第一位的为牵头单位,下同"), names_first_lead("市司法局为牵头单位")
    (True, False)
    """
    i = folded.find("牵头")
    while i > 0:
        if folded[i - 1] in "为是" and _FIRST_BEFORE.search(folded, max(0, i - 10), i - 1):
            return True
        i = folded.find("牵头", i + 2)
    return False


# A remark that units, named once, take part in every task below (以下均需各县区人民政府落实,不再列出;
# 具体任务均涉及相关市(州)人民政府,不再做分工,下同), which some plans add to their first item's note: no
# part of that note.
_ALL_BELOW = re.compile(
    r"[。;,]?\s*(?:(?:以下|下列)(?:各项)?(?:任务)?(?:均|都|也)?(?:需|由|需要|要|请)?|(?:具体|各项)?任务均(?:涉及|需|由)?)"
    r"(?P<units>(?:[^。();,]|\([^()]{1,6}\)){2,40}?)"
    r"(?:(?:负责)?(?:组织)?落实\s*[,;]?\s*不再(?:一一|重复|单独)?列出|\s*[,;]\s*不再(?:做|作)?分工)\s*(?:[,;]\s*下同)?\s*。?"
)


def all_below_remark(folded: str) -> re.Match[str] | None:
    """The remark in a text that units take part in every task below it, its units as group "units".

    >>> all_below_remark("责任单位:市司法局,各县区。以下均需各县区落实,不再列出")["units"]
    '各县区'
    """
    if "不再" not in folded:
        return None
    return _ALL_BELOW.search(folded)


UnitMemo = dict[tuple[str, str, Role, "str | None"], "Responsibility | None"]


def parse_note(
    folded: str, original: str | None = None, memo: UnitMemo | None = None, first_leads: bool = False
) -> list[Responsibility]:
    """Responsibilities in one note (without its brackets). ``original`` keeps the units' script.

    ``memo`` is shared by the notes of one document: a plan names the same units in note after note,
    and each is read (and its Responsibility made) once. ``first_leads``: the document says that the
    unit listed first leads (列第一位的为牵头单位), and where a note names no lead unit its first
    responsible unit is one.
    """
    original = folded if original is None else original
    memo = {} if memo is None else memo

    def _unit(original: str, folded: str, role: Role, qualifier: str | None = None) -> Responsibility | None:
        key = (original, folded, role, qualifier)
        if key not in memo:
            memo[key] = _read_unit(original, folded, role, qualifier)
        return memo[key]

    # two headings at least: one run on after the other's units (牵头领导:张三副局长责任部门:A、B, as text
    # taken from a PDF joins them) parts them as a ; would
    if folded.count(":") > 1:
        cuts = _run_on_headings(folded)
        if cuts:
            folded, original = _with_breaks(folded, cuts), _with_breaks(original, cuts)
    # two headings at least, and a space (fold makes a full-width space " ")
    if folded.count(":") > 1 and (" " in folded or "\t" in folded):
        # lists side by side: the space before a role heading parts them as a ; would
        spans = [m.span() for m in _SPACED_HEADING.finditer(folded)]
        if spans:
            folded, original = _parted(folded, spans), _parted(original, spans)
    if "会同" in folded:  # A会同B负责: both units, parted as a 、 parts them (the text keeps its length)
        folded = _TOGETHER.sub("、、", folded)
    if "及" in folded:
        folded = _AND_UNITS.sub(_and_parts, folded)
    if "/" in folded:
        folded = _SLASHED_UNITS.sub(_and_parts, folded)
    if " " in folded:  # 县司法局 县财政局: units parted by spaces are parted as a 、 parts them
        folded = _SPACED_UNITS.sub(_parted_units, folded)
    result: list[Responsibility] = []
    leaders: list[str] = []
    role: Role | None = None
    is_leader = False
    marked = False  # a unit of a note without role headings carried its own role: A(牵头)
    pending: list[tuple[str, str]] = []
    for orig, fold_tok in _split_units(original, folded):
        # the remark that the first unit leads, or that it holds below: no unit (tested without a call first)
        if ("第" in fold_tok or "首" in fold_tok) and names_first_lead(fold_tok):
            continue
        if "下同" in fold_tok and fold_tok.strip() in _SAME_BELOW:
            continue
        # a role heading opens with a two-character role word: the pattern only confirms it
        head = _HEADING.match(fold_tok) if ":" in fold_tok and fold_tok.lstrip()[:2] in _HEADING_FIRST else None
        if head:
            if pending:
                result += _settled(pending, role, marked, _unit)
            pending = []
            role = _HEADING_ROLES[head["role"]]
            is_leader = head["kind"] in _LEADER_KINDS
            orig, fold_tok = orig[head.end() :], fold_tok[head.end() :]
        if not fold_tok.strip():
            continue
        if not head and ":" in fold_tok:
            # another field of the note (完成时限:2023年底前): no unit, and it ends the role's list
            if pending:
                result += _settled(pending, role, marked, _unit)
            pending, role = [], None
            continue
        tail = _TRAILING.search(fold_tok) if _ends_with_role(fold_tok) else None
        if tail is None and not head and role is None:
            tail = _as_role(fold_tok)
        # a unit's own role word after its name (A牵头,B配合) holds, and under the generic 责任单位: too
        # (责任单位:县司法局牵头,县财政局配合)
        if tail and (not head or (role is Role.RESPONSIBLE and not is_leader)) and (role is None or tail.start() > 0):
            unit_orig, unit_fold = orig[: tail.start()], fold_tok[: tail.start()]
            qualifier = orig[tail.start() :].strip() if tail["qual"] else None
            verb_role = _ROLE_WORDS[tail["role"]]
            units = [*pending, (unit_orig, unit_fold)] if unit_fold.strip() else pending
            result.extend(r for o, f in units if (r := _unit(o, f, verb_role, qualifier)))
            pending = []
            role = None
            continue
        if role is None and _marked(fold_tok):
            r = _unit(orig, fold_tok, Role.RESPONSIBLE)  # the role it is marked with replaces this one
            if r:
                result.append(r)
                marked = True
            continue
        if role is None:
            pending.append((orig, fold_tok))
        else:
            if tail and tail.start() > 0:  # 牵头单位:县司法局负责: the heading names the role, the verb repeats it
                orig, fold_tok = orig[: tail.start()], fold_tok[: tail.start()]
            if is_leader:
                leaders.append(orig.strip())
                continue
            r = _unit(orig, fold_tok, role)
            if r:
                result.append(r)
    if pending:
        if role is None and not marked and all(units_like(f) or is_time_limit(f) for _, f in pending):
            # units without a role word: alone ((县司法局) after the last sentence) they are responsible;
            # after the lists with roles, (A牵头,B、C) names B and C the units responsible, and after
            # the responsible or the supporting units they support
            role = Role.RESPONSIBLE if not result or result[-1].role is Role.LEAD else Role.SUPPORT
        result += _settled(pending, role, marked, _unit)
    if first_leads and not any(r.role is Role.LEAD for r in result):
        first = next((k for k, r in enumerate(result) if r.role is Role.RESPONSIBLE), None)
        if first is not None:
            result[first] = attrs.evolve(result[first], role=Role.LEAD)
    if leaders:
        lead_units = [r for r in result if r.role is Role.LEAD] or result
        leader = "、".join(leaders)
        if lead_units:
            result = [attrs.evolve(r, leader=leader) if r in lead_units else r for r in result]
        else:
            result = [Responsibility(unit=leader, role=Role.LEAD, leader=leader)]
    return result


def find_notes(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each bracketed note in a paragraph, brackets included: in (), or in 【】 or []
    as some pages print them (〔〕 and ［］ fold to [])."""
    spans = _notes_in_parentheses(folded) if "(" in folded else []
    if "【" in folded or "[" in folded:
        square = _notes_in_square_brackets(folded)
        if square:  # one kind of bracket inside the other: the outer note holds the inner
            both = sorted(spans + square, key=lambda sp: (sp[0], -sp[1]))
            spans, reach = [], -1
            # by start, the longer first: a span lies inside another one before it if one reaches past it
            for sp in both:
                if sp[1] > reach:
                    spans.append(sp)
                    reach = sp[1]
    return spans


def _notes_in_square_brackets(folded: str) -> list[tuple[int, int]]:
    spans = []
    tail = len(folded.rstrip())
    for opener, closer in (("【", "】"), ("[", "]")):
        i = folded.find(opener)
        while i >= 0:
            j = folded.find(closer, i + 1)
            if j < 0:
                break
            inner = folded[i + 1 : j]
            # most are a doc number's year: [2023]; units after the last sentence are a note (…。【县司法局】)
            if not inner.isdigit() and (looks_like_bracketed_note(inner) or _closing_units(folded, i, j, tail)):
                spans.append((i, j + 1))
            i = folded.find(opener, j + 1)
    return spans


def _notes_in_parentheses(folded: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    tail = len(folded.rstrip())
    i = folded.find("(")
    stack: list[int] = []
    # bracket by bracket with str.find, which skips the text between far faster than a regex scan
    j = folded.find(")", i)
    while i >= 0 or j >= 0:
        if i >= 0 and (j < 0 or i < j):
            stack.append(i)
            i = folded.find("(", i + 1)
            continue
        if stack:
            start = stack.pop()
            if not stack and (
                looks_like_bracketed_note(folded[start + 1 : j]) or _closing_units(folded, start, j, tail)
            ):
                spans.append((start, j + 1))
        j = folded.find(")", j + 1)
    return spans


def _closing_units(folded: str, start: int, end: int, tail: int) -> bool:
    """Units in brackets (``start`` to ``end``, the closing one) after a paragraph's last sentence, with
    no role word (…完成轮训。(县司法局)): the units responsible for it. ``tail``: where the paragraph's
    trailing spaces start."""
    return (
        start > 0
        and folded[start - 1] == "。"
        and (end + 1 == tail or (end + 2 == tail and folded[end + 1] == "。"))
        and units_like(folded[start + 1 : end])
    )


# A note standing after its paragraph's last sentence, without brackets: …动态调整。牵头单位:市政务服务局
_AFTER_SENTENCE = re.compile(rf"。\s*(?={_ROLE_HEADING})")


def trailing_note(folded: str) -> tuple[int, int] | None:
    """(start, end) of a note that follows a paragraph's sentences without brackets, a sentence or
    more each opening with a role heading (牵头单位:A。配合单位:B。), the closing 。 left out; None when
    there is none. Within it a 。 parts lists as a ; does."""
    m = _AFTER_SENTENCE.search(folded)
    if m is None:
        return None
    start = end = pos = m.end()
    while True:
        stop = folded.find("。", pos)
        stop = len(folded.rstrip()) if stop < 0 else stop
        if not standalone_note(folded[pos:stop]):
            break
        end = stop
        after = _AFTER_SENTENCE.match(folded, stop)
        if after is None:
            break
        pos = after.end()
    return (start, end) if end > start else None


_CLAUSE = re.compile("[,;]")


def end_before_full_stop(folded: str) -> int:
    """Where a paragraph's text ends, its trailing spaces and a closing 。 left out."""
    end = len(folded.rstrip())
    return end - 1 if folded.endswith("。", 0, end) else end


# A time limit in a sentence of its own after the units' (…市司法局配合。2023年3月底前完成。), and the
# last characters it may end with (2023年底前, 2023年12月底, 长期坚持, 持续推进, 常态化开展)
_LIMIT_SENTENCE = 16
_LIMIT_ENDS = "前成底月持进展化"
# The last characters of the role words and the words they may carry (牵头, 负责, 牵头实施), and of a time
# limit after them: a paragraph ending in none of them (before its 。) holds no sentence naming units
# and roles.
ROLE_ENDS = frozenset((*(w[-1] for w in (*_ROLE_WORDS, *_ROLE_TAILS)), *_LIMIT_ENDS))


def units_and_roles(folded: str) -> tuple[int, int] | None:
    """(start, end) of a paragraph's last sentence when it names units and their roles and nothing else,
    without brackets or role headings (…不少于10名。市委编办牵头,市司法局、各县区政府配合。), its closing
    。 left out; None otherwise. Each of its clauses is a list of units' names and a role word: a
    sentence of prose ending in one (各部门要密切配合) names no unit.

    A time limit may follow in a sentence of its own.

    >>> units_and_roles("推动执法力量下沉。市委编办牵头,市司法局配合。")
    (9, 22)
    >>> units_and_roles("推动执法力量下沉。市委编办牵头。2024年底前完成。")
    (9, 15)
    """
    end = end_before_full_stop(folded)
    if not _ends_with_role(folded[:end]):
        # the sentence before a time limit's (…市司法局配合。2023年3月底前完成。)
        limit = folded.rfind("。", 0, end) + 1
        if not (0 < end - limit <= _LIMIT_SENTENCE and is_time_limit(folded[limit:end])):
            return None
        end = limit - 1
        if not _ends_with_role(folded[:end]):
            return None
    start = folded.rfind("。", 0, end) + 1
    sentence = folded[start:end]
    if len(sentence) > 120 or ":" in sentence:
        return None
    for clause in _CLAUSE.split(sentence):
        tail = _TRAILING.search(clause) if _ends_with_role(clause) else None
        if tail is None or not units_like(clause[: tail.start()]):
            return None
    return start, end


# A role heading set in square brackets instead of ending in a colon: 【责任单位】A、B【完成时限】2024年底前
_BRACKETED_HEADING = re.compile(f"【{_ROLE_NAME}】")


def bracketed_headings_note(folded: str) -> str | None:
    """The note that runs from a paragraph's first role heading in 【】 to its end, written as parse_note
    reads one (each 【 a ; and each 】 a :, so the original is cut at the same places); None when the
    paragraph holds no such heading.

    >>> bracketed_headings_note("加强管理。【责任单位】县司法局【完成时限】2024年底前")
    ';责任单位:县司法局;完成时限:2024年底前'
    """
    m = _BRACKETED_HEADING.search(folded)
    if m is None:
        return None
    return folded[m.start() :].replace("【", ";").replace("】", ":")


def standalone_note(folded: str) -> bool:
    """A line that is only a note: 牵头单位:县编办 standing after its item."""
    return bool(NOTE_START.match(folded)) and looks_like_note(folded)


# 以上两项责任单位: / 上述任务的牵头单位: — a note after a block of items that names them first
_BLOCK_PREFIX = re.compile(rf"\s*(?:以上|上述)[^\s:,;。、()]{{0,8}}?(?={_ROLE_HEADING})")


def note_line(folded: str) -> tuple[int, int] | None:
    """(start, end) of the note that a line holds and nothing else, or None: 牵头单位:县编办 standing
    after its item, perhaps closed by a 。, or naming the items it applies to first.

    >>> note_line("以上两项责任单位:县司法局,配合单位:县政府各部门。")
    (4, 25)
    """
    start = 0
    if folded.lstrip()[:2] in ("以上", "上述"):
        m = _BLOCK_PREFIX.match(folded)
        if m is None:
            return None
        start = m.end()
    end = end_before_full_stop(folded)
    note = folded[start:end]
    # 牵头单位:A。配合单位:B — its fields may be sentences of their own
    found = _fields_of_a_note(note, standalone_note) if "。" in note else standalone_note(note)
    return (start, end) if found else None
