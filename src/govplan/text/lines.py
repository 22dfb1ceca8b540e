"""Split text into lines that keep their place in the source.

>>> [(l.no, l.text) for l in split_lines("一、总体目标\\n\\n  执(zhí)法。\\n")]
[(1, '一、总体目标'), (3, '执法。')]
"""

from __future__ import annotations

import re

import attrs

from govplan.text.fold import fold

_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,8}[)）]")
_STRIP = " \t\u3000\u00a0\ufeff\u200b\r\x0b\x0c"


@attrs.frozen
class Line:
    """One non-empty line: its number, its offsets in the decoded text, its text and folded text."""

    no: int
    start: int
    end: int
    text: str
    folded: str


def split_lines(text: str) -> list[Line]:
    """Non-empty lines, stripped, with inline pinyin glosses (執(zhí)法) removed."""
    out: list[Line] = []
    folded_text = fold(text)  # one call for the whole text: translate() per line costs more
    pos = 0
    for no, raw in enumerate(text.split("\n"), start=1):
        start = pos
        pos += len(raw) + 1
        stripped = raw.strip(_STRIP)
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip(_STRIP))
        begin, end = start + lead, start + lead + len(stripped)
        if ("(" in stripped or "（" in stripped) and _PINYIN.search(stripped):
            clean = _PINYIN.sub("", stripped)
            out.append(Line(no, begin, end, clean, fold(clean)))
        else:
            out.append(Line(no, begin, end, stripped, folded_text[begin:end]))
    return out
