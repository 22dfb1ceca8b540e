"""Split text into lines that keep their place in the source.

>>> [(l.no, l.text) for l in split_lines("一、总体目标\\n\\n  执(zhí)法。\\n")]
[(1, '一、总体目标'), (3, '执法。')]
"""

from __future__ import annotations

import re

import attrs

from govplan.text.fold import fold

# The bracket comes first, the character before it is checked after: a pattern that opens with a set of
# characters lets the regex engine skip to the next bracket instead of trying every position.
_PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"
_PINYIN = re.compile(rf"[(（](?<=[\u4e00-\u9fff][(（])[{_PINYIN_LETTERS}]{{1,8}}[)）]")
# Run first, on the folded line: a pattern that opens with one literal character is scanned for many
# times faster than one that opens with a set, and most lines hold brackets but no gloss.
_PINYIN_HINT = re.compile(rf"\((?=[{_PINYIN_LETTERS}])")
# Sites that copy documents insert their name mid-sentence: 本文來源:文秘站 (matched on folded text).
_INLINE_AD = re.compile(r"(?:本文来源|文章来源|转载自)\s*:\s*[^\s,。;]{1,20}\s?")
_STRIP = " \t\u3000\u00a0\ufeff\u200b\r\x0b\x0c"
# The spaces of a page's markup left in text taken from its source (&nbsp;&nbsp;一、总体要求): read as
# as many spaces, so that every offset still points into the text as given.
_ENTITY_SPACES = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288|#x3000);?", re.IGNORECASE)


# Not frozen: a frozen attrs class costs twice as much to create, and one is made per line.
@attrs.define
class Line:
    """One non-empty line: its number, its offsets in the decoded text, its text and folded text."""

    no: int
    start: int
    end: int
    text: str
    folded: str


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, stripped, with inline pinyin glosses (執(zhí)法) removed."""
    if "&" in text:
        text = _ENTITY_SPACES.sub(lambda m: " " * len(m[0]), text)
    out: list[Line] = []
    folded_text = fold(text)  # one call for the whole text: translate() per line costs more
    # Most pages hold no pinyin gloss: one search of the whole text spares every line its own.
    glosses = _PINYIN_HINT.search(folded_text) is not None
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
        # A short line naming its source is furniture as a whole; the words are looked for before the
        # pattern runs because the pattern costs more.
        if len(folded) > 60 and ("来源" in folded or "转载自" in folded) and _INLINE_AD.search(folded):
            spans = [m.span() for m in _INLINE_AD.finditer(folded)]
            stripped = "".join(stripped[a:b] for a, b in _gaps(spans, len(stripped)))
            folded = fold(stripped)
        if glosses and "(" in folded and _PINYIN_HINT.search(folded) and _PINYIN.search(stripped):  # （ folds to (
            clean = _PINYIN.sub("", stripped)
            out.append(Line(no, begin, end, clean, fold(clean)))
        else:
            out.append(Line(no, begin, end, stripped, folded))
    return out


def _gaps(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of 0..length outside ``spans``."""
    out, pos = [], 0
    for a, b in spans:
        out.append((pos, a))
        pos = b
    out.append((pos, length))
    return out
