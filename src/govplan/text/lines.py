"""Split text into lines that keep their place in the source.

>>> [(l.no, l.text) for l in split_lines("一、总体目标\\n\\n  执(zhí)法。\\n")]
[(1, '一、总体目标'), (3, '执法。')]
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from operator import attrgetter

import attrs

from govplan.text.fold import INVISIBLE, fold
from govplan.text.furniture import PAGE_NUMBER
from govplan.text.metadata import FIELD_KEY, doc_type_of, ends_with_publication_time
from govplan.text.numbering import Label, parse_label, table_row

# The bracket comes first, the character before it is checked after: a pattern that opens with a set of
# characters lets the regex engine skip to the next bracket instead of trying every position.
_PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"
# (a space may end one: 會(huì ))
_PINYIN = re.compile(rf"[(（](?<=[\u4e00-\u9fff][(（])[{_PINYIN_LETTERS}]{{1,8}} ?[)）]")
# Run first, on the folded line: a pattern that opens with one literal character is scanned for many
# times faster than one that opens with a set, and most lines hold brackets but no gloss.
_PINYIN_HINT = re.compile(rf"\((?=[{_PINYIN_LETTERS}])")
# Sites that copy documents insert their name mid-sentence: 本文來源:文秘站 (matched on folded text).
_INLINE_AD = re.compile(r"(?:本文来源|文章来源|转载自)\s*:\s*[^\s,。;]{1,20}\s?")
_STRIP = " \t\u3000\u00a0\ufeff\u200b\r\x0b\x0c"
# The spaces of a page's markup left in text taken from its source (&nbsp;&nbsp;一、总体要求): read as
# as many spaces, so that every offset still points into the text as given.
_ENTITY_SPACES = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288|#x3000);?", re.IGNORECASE)
# and its tags around a paragraph or a run of words (<p>一、总体要求</p>, <br/>, <span style="…">)
_TAGS = re.compile(
    r"</?(?:p|br|span|div|strong|b|em|i|u|font|section|center|h[1-6]|li|ul|ol|td|tr|th|table|tbody|a)"
    r"(?:\s[^<>\n]{0,300})?/?>",
    re.IGNORECASE,
)


# Not frozen: a frozen attrs class costs twice as much to create, and one is made per line.
@attrs.define
class Line:
    """One non-empty line: its number, its offsets in the decoded text, its text and folded text. A
    paragraph broken over lines of one width is one Line again: ``breaks`` says where each further
    line's text begins in ``text``, that line's offset in the decoded text and its number."""

    no: int
    start: int
    end: int
    text: str
    folded: str
    breaks: tuple[tuple[int, int, int], ...] = ()

    @property
    def end_no(self) -> int:
        """The number of the line the text ends on."""
        return self.breaks[-1][2] if self.breaks else self.no

    def locate(self, i: int) -> tuple[int, int]:
        """The number of the line and the offset in the decoded text of the text's character ``i``."""
        return locate(self.breaks, i, self.no, self.start)


def locate(breaks: tuple[tuple[int, int, int], ...], i: int, no: int, start: int) -> tuple[int, int]:
    """The line and offset in the decoded text of character ``i`` of a text starting at ``start`` on line
    ``no``, whose ``breaks`` say where the source goes on (a wrapped line's next, past a character cut)."""
    source, at = start, 0
    for brk in breaks:
        if brk[0] > i:
            break
        at, source, no = brk
    return no, source + i - at


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, stripped, with inline pinyin glosses (執(zhí)法) and the names of the sites that
    copied the text (本文来源:文秘站) removed; a page's markup left in the text (&nbsp;, <p>) is spaces."""
    entities = "&" in text
    if entities:
        text = _ENTITY_SPACES.sub(_spaces, text)
        entities = "&" in text
    if "<" in text:
        text = _without_tags(text)
    out: list[Line] = []
    folded_text = fold(text)  # one call for the whole text: translate() per line costs more
    # Most pages hold no pinyin gloss: one search of the whole text spares every line its own.
    glosses = _PINYIN_HINT.search(folded_text) is not None
    invisible = INVISIBLE in folded_text
    pos = 0
    for no, raw in enumerate(text.split("\n"), start=1):
        start = pos
        pos += len(raw) + 1
        stripped = raw.strip(_STRIP)
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip(_STRIP)) if raw[0] in _STRIP else 0
        begin, end = start + lead, start + lead + len(stripped)
        folded = folded_text[begin:end]
        line = Line(no, begin, end, stripped, folded)
        # A short line naming its source is furniture as a whole (a wrapped one is cut when it is
        # joined); the words are looked for before the pattern runs because the pattern costs more.
        if len(folded) > 60 and _has_ad(folded):
            line = _without_ads(line) or line
        if (entities and "&" in line.text) or (invisible and INVISIBLE in line.folded):
            cut = cleaned(line)
            if cut is None:
                continue
            line = cut
        if glosses and "(" in folded and _PINYIN_HINT.search(folded) and _PINYIN.search(line.text):  # （ folds to (
            clean = _PINYIN.sub("", line.text)
            line = Line(no, begin, end, clean, fold(clean))
        elif len(folded) > _COLLAPSED and "  " in folded and "\t" not in folded:  # no table's row
            out += _paragraphs(line)
            continue
        out.append(line)
    return out


# A page whose paragraphs were run together into one line, each still opening with its indent (two wide
# spaces, runs of &nbsp;, the tags of a page's markup): a line this long is parted where such a run follows
# the end of a sentence, a heading or a title alone, a row of fields or a short line's words (an organ's
# name, a doc number, a date), or comes before a heading's label, a field's key (牵头单位:) or a date; a
# run inside a sentence, or one that spaces a word out (文  号:), parts nothing.
_COLLAPSED = 200
_INDENT_RUN = re.compile(r" {2,}(?=\S)")  # folded: a wide space and a no-break space fold to " "
_DATE_FIRST = re.compile(r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[〇○零一二三四五六七八九]{4}年")
_SHORT_LINE = 30
_HEADING_LONGEST = 60  # a heading alone, its label first, or a title
_CLAUSE_MARKS = re.compile(r"[,。]")


def _paragraphs(line: Line) -> list[Line]:
    """The paragraphs a line runs together, each a Line of its own."""
    folded = line.folded
    cuts: list[tuple[int, int]] = []
    pos = 0  # where the paragraph begins
    run: tuple[int, int] = (0, 0)  # the run before this one
    for m in _INDENT_RUN.finditer(folded):
        start, end = m.span()
        words = folded[run[1] : start]  # since the run before
        if len(words) < 2 and not words.isdigit():
            continue  # a word spaced out to a column's width (文  号:); a table row's number is a cell
        own_line = len(words) <= _HEADING_LONGEST and (
            ("。" not in words and parse_label(words) is not None)  # a heading alone
            or (
                _CLAUSE_MARKS.search(words) is None  # a title, a row of fields (发布时间:… 来源:…) or a short line
                and (len(words) <= _SHORT_LINE or doc_type_of(words) is not None or FIELD_KEY.match(words) is not None)
            )
        )
        if own_line and run[1] > pos:  # the words are a line of their own: the run before ends a paragraph
            cuts.append((pos, run[0]))
            pos = run[1]
        if (
            own_line
            or folded[start - 1] in _SENTENCE_ENDS
            or parse_label(folded[end : end + 12]) is not None
            or FIELD_KEY.match(folded, end) is not None
            or _DATE_FIRST.match(folded, end) is not None
        ):
            cuts.append((pos, start))
            pos = end
        run = (start, end)
    if not cuts:
        return [line]
    return [piece(line, a, b) for a, b in [*cuts, (pos, len(folded))]]


def piece(line: Line, a: int, b: int) -> Line:
    """The stretch ``a``…``b`` of a line as a Line, where the source has it (past a site's name cut from
    the line, ``breaks`` says where it goes on)."""
    if not line.breaks:
        return Line(line.no, line.start + a, line.start + b, line.text[a:b], line.folded[a:b])
    first = last = (0, line.start, line.no)  # the stretches of the source that hold a and b - 1
    for brk in line.breaks:
        if brk[0] <= a:
            first = brk
        if brk[0] <= b - 1:
            last = brk
    breaks = tuple((at - a, source, no) for at, source, no in line.breaks if a < at < b)
    start, end = first[1] + a - first[0], last[1] + b - last[0]
    return Line(first[2], start, end, line.text[a:b], line.folded[a:b], breaks)


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m[0])


def _without_tags(text: str) -> str:
    """``text`` with the tags of a page's markup made spaces. Each < is looked at where it stands (str.find
    skips to it far faster than a regex scan): a page may write one for a book bracket, <纲要>."""
    pieces: list[str] = []
    pos = 0
    i = text.find("<")
    while i >= 0:
        m = _TAGS.match(text, i)
        if m is None:
            i = text.find("<", i + 1)
            continue
        pieces += (text[pos:i], " " * (m.end() - i))
        pos = m.end()
        i = text.find("<", pos)
    return "".join(pieces) + text[pos:] if pieces else text


def _has_ad(folded: str) -> bool:
    # one character is looked for far faster than two: 源 and 载 first
    return (("源" in folded and "来源" in folded) or ("载" in folded and "转载自" in folded)) and (
        _INLINE_AD.search(folded) is not None
    )


def _without_ads(ln: Line) -> Line | None:
    """The line without the names of the sites that copied it (本文来源:文秘站), None when nothing else
    is left."""
    return _without(ln, _INLINE_AD.finditer(ln.folded))


def _without(ln: Line, cut: Iterable[re.Match[str]]) -> Line | None:
    """The line without the stretches ``cut`` matched, None when nothing else is left; where its text
    skips one, ``breaks`` says where the source goes on."""
    spans = [m.span() for m in cut]
    pieces = [piece(ln, a, b) for a, b in _gaps(spans, len(ln.text)) if a < b]
    return _joined(pieces) if pieces else None


# The characters of a page's markup written as entities (&ldquo;一网通办&rdquo;, &mdash;, &#12289;)
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,7}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});")


def _unescaped(ln: Line) -> Line:
    """The line with the entities of a page's markup written as the characters they stand for; ``breaks``
    says where the source goes on after each (the character itself stands where its entity starts)."""
    pieces: list[str] = []
    breaks: list[tuple[int, int, int]] = []
    pos = at = 0  # in the line's text as given, and in the new text
    for m in _ENTITY.finditer(ln.text):
        char = html.unescape(m[0])
        if char == m[0]:
            continue  # no entity it knows: kept as written
        a, b = m.span()
        pieces += (ln.text[pos:a], char)
        at += a - pos
        breaks += ((at, ln.start + a, ln.no), (at + len(char), ln.start + b, ln.no))
        at += len(char)
        pos = b
    if not pieces:
        return ln
    text = "".join(pieces) + ln.text[pos:]
    return Line(ln.no, ln.start, ln.end, text, fold(text), tuple(breaks))


# The characters that show nothing, as they fold (govplan.text.fold.INVISIBLE)
_INVISIBLE = re.compile(INVISIBLE + "+")


def cleaned(ln: Line) -> Line | None:
    """The line with the entities of a page's markup read as the characters they stand for and the
    characters that show nothing passed over; None when nothing else is left.

    >>> cleaned(Line(1, 0, 19, "县司法局\u200b&ldquo;", fold("县司法局\u200b&ldquo;"))).text
    '县司法局“'
    """
    if "&" in ln.text and not ln.breaks:
        ln = _unescaped(ln)
    if INVISIBLE not in ln.folded:
        return ln
    cut = _without(ln, _INVISIBLE.finditer(ln.folded))
    if cut is None:
        return None
    # spaces the characters that show nothing stood among (\u200d\xa0\xa0一、…) are the line's indent
    text = cut.text
    start, end = len(text) - len(text.lstrip(_STRIP)), len(text.rstrip(_STRIP))
    if start >= end:
        return None
    return piece(cut, start, end) if (start, end) != (0, len(text)) else cut


def _gaps(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of 0..length outside ``spans``."""
    out, pos = [], 0
    for a, b in spans:
        out.append((pos, a))
        pos = b
    out.append((pos, length))
    return out


WRAP_MIN = 20  # a line this long or longer may have been broken at a page's width
_INDENT = 4  # the most a paragraph's first line is indented by, in characters
_TEXT = attrgetter("text")
PARAGRAPH_ENDS = "。；;：:！!？?）)"
# and a paragraph run together with the next one ends at a closing quotation mark too
_SENTENCE_ENDS = PARAGRAPH_ENDS + "”"


def wrap_width(lines: list[Line], text: str) -> int | None:
    """The width ``text`` was broken at (as text taken from a PDF is, a paragraph over several lines of
    it); None for text of a line a paragraph, where lines are of many lengths.

    >>> text = "\\n".join(["依法行政" * 5] * 12)
    >>> wrap_width(split_lines(text), text)
    20
    """
    # Most documents have lines of many lengths, and a sample of them tells so (wrapped lines take one
    # width or the one below it, a third of the lines at least).
    sample = lines[::4]
    sampled = Counter(map(len, map(_TEXT, sample)))
    if not sampled or 10 * max(sampled.values()) < len(sample):
        return None
    # the lines that end no sentence: a paragraph's last line ends one, at any length
    lengths = Counter([_width(ln.start, ln.end, text) for ln in lines if ln.text[-1] not in PARAGRAPH_ENDS])
    width = max((n for n in lengths if n >= WRAP_MIN), key=lambda n: lengths[n] + lengths[n - 1], default=0)
    full = lengths[width] + lengths[width - 1]
    return width if full >= 10 and 3 * full >= len(lines) else None


def _width(start: int, end: int, text: str) -> int:
    """The width of a line of ``text`` from ``start`` to ``end``: a paragraph's indent is counted (two
    wide spaces, four narrow ones), a signature set far to the right is not."""
    return end - start + _indent(start, text)


def _indent(start: int, text: str) -> int:
    """The spaces before a line of ``text`` that starts at ``start``, as far as an indent goes (looked for
    no further back: a paragraph of a page run together starts far into its line)."""
    return min(_INDENT, start - text.rfind("\n", max(0, start - _INDENT - 1), start) - 1)


def unwrap(lines: list[Line], width: int, text: str) -> list[Line]:
    """Lines of ``text`` broken at ``width`` joined into their paragraphs: a full line that ends no
    sentence goes on on the next line, unless a label opens that line in its turn (一、 after a sentence
    broken at …相统一、 is no heading where 一、 has been); a page number between them is dropped."""
    groups: list[list[Line]] = []  # the lines of each paragraph, joined once it is whole
    open_brackets = 0  # in the last paragraph so far
    after = 0  # the number of the last line read, page numbers included
    page_break = False  # a page number was dropped just now: blank lines around it part nothing
    numbered: dict[int, int] = {}  # the last number of each layer the paragraphs opened with
    fresh: set[int] = set()  # the layers a layer above has opened a paragraph in since: they may restart
    # Where some lines are indented and most are not, an indent opens a paragraph: a line broken at the
    # page's width goes on at the margin.
    indented = [_indent(ln.start, text) >= 2 for ln in lines]
    indents_part = 0.05 * len(lines) < sum(indented) < 0.95 * len(lines)
    for ln, opens in zip(lines, indented, strict=True):
        if _has_ad(ln.folded):
            cut = _without_ads(ln)  # a site's name may stand in any line of a wrapped paragraph
            if cut is None:
                after = ln.no
                continue
            ln = cut
        last = groups[-1][-1] if groups else None
        if last is not None and PAGE_NUMBER.fullmatch(ln.folded) and after == last.no:
            after, page_break = ln.no, True
            continue
        adjacent = after == ln.no - 1 or page_break
        page_break = False
        label = parse_label(ln.folded)
        if (
            last is not None
            and adjacent
            and not (indents_part and opens)
            and (label is None or (_out_of_turn(label, numbered, fresh) and last.text[-1] not in PARAGRAPH_ENDS))
            and _goes_on(last, ln, width, text, open_brackets > 0)
        ):
            groups[-1].append(ln)
        else:
            groups.append([ln])
            open_brackets = 0
            if label is not None:
                numbered[label.level] = label.ordinal
                fresh.discard(label.level)
                fresh.update(level for level in numbered if level > label.level)
        open_brackets += ln.folded.count("(") - ln.folded.count(")")
        after = ln.no
    return [group[0] if len(group) == 1 else _joined(group) for group in groups]


_CLAUSE_ENDS = ",、"  # folded: ，and , end a clause, 、 an item of a list; neither ends a paragraph
_DASHES = "-—–~"  # folded: － and ～ fold to - and ~
_BREAKS_BEFORE = _CLAUSE_ENDS + _DASHES + ":"


def join_broken_clauses(lines: list[Line]) -> list[Line]:
    """Lines broken after a comma or an enumeration comma (a page's line break in mid-sentence, or a
    label on a line of its own: 一、 / 总体要求), inside a range of numbers (2016- / 2020年) or after a
    note's role heading (…配合单位: / 市财政局)), joined with the line after them (or the one after a blank
    line, where a page sets one between every two lines), unless that line opens with a label or is a
    table's row. No paragraph ends so.

    >>> [ln.text for ln in join_broken_clauses(split_lines("一、\\n总体要求\\n严格落实程序，\\n公布目录。"))]
    ['一、总体要求', '严格落实程序，公布目录。']
    """
    for ln in lines:  # a loop, not any() over a generator: most texts hold no such line, and it is faster
        if ln.folded[-1] in _BREAKS_BEFORE and _ends_mid_clause(ln.folded):
            break
    else:
        return lines
    # a page that sets a blank line between every two lines sets one inside a broken sentence too
    spaced = sum(b.no - a.end_no == 2 for a, b in pairwise(lines)) > 0.8 * (len(lines) - 1)
    step = 2 if spaced else 1
    groups: list[list[Line]] = []
    for ln in lines:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and last.folded[-1] in _BREAKS_BEFORE
            and _ends_mid_clause(last.folded)
            and (last.folded[-1] not in _DASHES or ln.folded[:1].isdigit())  # a range goes on with a number
            and ln.no - step <= last.end_no < ln.no
            and "\t" not in ln.text
            and "\t" not in last.text
            and parse_label(ln.folded) is None
            and not table_row(ln.folded)
        ):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return [group[0] if len(group) == 1 else _joined(group) for group in groups]


def _ends_mid_clause(folded: str) -> bool:
    """Whether a line that ends in one of _BREAKS_BEFORE ends inside its clause: after a comma, inside a
    range of numbers (实施方案(2016-) or after a note's role heading in its open bracket (…配合单位:)."""
    end = folded[-1]
    if end in _DASHES:
        return folded[-2:-1].isdigit()
    if end == ":":
        return folded.count("(") > folded.count(")")
    return True


def _joined(group: list[Line]) -> Line:
    breaks: list[tuple[int, int, int]] = [*group[0].breaks]
    at = len(group[0].text)
    for ln in group[1:]:
        breaks.append((at, ln.start, ln.no))
        breaks += ((at + i, source, no) for i, source, no in ln.breaks)
        at += len(ln.text)
    first = group[0]
    return Line(
        first.no,
        first.start,
        group[-1].end,
        "".join(ln.text for ln in group),
        "".join(ln.folded for ln in group),
        tuple(breaks),
    )


def _mid_sentence_bracket(folded: str) -> bool:
    """Whether a line's last bracket stands inside its sentence (…实施方案(2016-2020年) / 贯彻落实情况…), not
    after it as a note does (…。(责任单位:…))."""
    i = folded.rfind("(")
    return i > 0 and folded[i - 1] not in "。;!?"


def _out_of_turn(label: Label, numbered: dict[int, int], fresh: set[int]) -> bool:
    """Whether a label at a line's start is out of its layer's turn (一、 where 一、 has been, 三、 after 一、):
    words of a sentence broken there (…相统一、/ 一、相衔接), no heading. A layer's numbers go on under the
    next heading above it (8. / (二) / 9.), or start again at 1 there."""
    ordinal, level = label.ordinal, label.level
    return not (ordinal == numbered.get(level, 0) + 1 or (ordinal == 1 and (level in fresh or level not in numbered)))


def _goes_on(last: Line, ln: Line, width: int, text: str, in_brackets: bool) -> bool:
    """Whether the paragraph whose last line is ``last`` goes on on line ``ln``: ``last`` is full (its
    width as it stood, a site's name cut from it counted) and ends no sentence, or ends one inside
    brackets (责任单位: / 县司法局), or before the note of the sentence (…制度。/ (牵头单位:县发改局)), or
    ends with brackets inside its sentence (…实施方案(2016-2020年)); a table's row (cells parted by tabs
    or runs of spaces) neither goes on nor is gone on to, nor is a line opening with a field's key."""
    return (
        _width(last.start, last.end, text) >= width - 1
        and (
            last.text[-1] not in PARAGRAPH_ENDS
            or in_brackets
            or ln.folded.startswith("(")
            or (last.folded[-1] == ")" and _mid_sentence_bracket(last.folded))
        )
        and "\t" not in last.text
        and "\t" not in ln.text
        and not table_row(last.folded)
        and not table_row(ln.folded)
        # a field of its own (完成时限:…, 抄送:…) opens a line, unless a note's brackets are open
        and (in_brackets or FIELD_KEY.match(ln.folded) is None)
        and not ends_with_publication_time(last.folded)  # a page's line as wide as the page by chance
    )
