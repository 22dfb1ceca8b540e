"""Fold script and width for matching, one character for one.

Rules are written once, in simplified script and half-width punctuation, and matched against folded
text; because folding never changes the length, a match's offsets slice the original text, which is
what every element keeps.

    >>> fold("（責任單位：市司法局）")
    '(责任单位:市司法局)'
"""

from __future__ import annotations

from govplan.text._t2s import SIMPLIFIED, TRADITIONAL

_TABLE: dict[int, str] = {ord(t): s for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True)}
# Full-width ASCII (！ to ～) to half-width.
_TABLE.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
_TABLE.update({ord(a): b for a, b in zip("\u3000\u00a0〔〕﹝﹞［］", "  [][][]", strict=True)})


def fold(text: str) -> str:
    """Simplified script and half-width punctuation, same length as ``text``."""
    return text.translate(_TABLE)


_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_NUMERALS = "零〇○一二两三四五六七八九十百"


def cn_to_int(s: str) -> int | None:
    """A Chinese or Arabic numeral as an int; None when it is neither.

    >>> cn_to_int("二十三"), cn_to_int("十"), cn_to_int("12"), cn_to_int("第")
    (23, 10, 12, None)
    """
    if s.isdigit() and s.isascii():
        return int(s)
    if not s or len(s) > 6 or any(ch not in CN_NUMERALS for ch in s):
        return None
    total, cur = 0, 0
    for ch in s:
        if ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = _CN_DIGITS[ch]
    return total + cur


def cn_digits_to_int(s: str) -> int | None:
    """Digit-by-digit Chinese numerals as in written years: 二〇二二 → 2022."""
    if s.isdigit() and s.isascii():
        return int(s)
    if s and all(ch in _CN_DIGITS for ch in s):
        return int("".join(str(_CN_DIGITS[ch]) for ch in s))
    return cn_to_int(s)
