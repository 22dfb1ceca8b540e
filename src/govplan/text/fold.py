"""Fold script and width for matching, one character for one.

Rules are written once, in simplified script and half-width punctuation, and matched against folded
text; because folding never changes the length, a match's offsets slice the original text, which is
what every element keeps.

    >>> fold("（責任單位：市司法局）")
    '(责任单位:市司法局)'
"""

from __future__ import annotations

import functools
import re

from govplan.text._t2s import SIMPLIFIED, TRADITIONAL

_TABLE: dict[int, str] = {ord(t): s for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True)}
# Full-width ASCII (！ to ～) to half-width.
_TABLE.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
_TABLE.update({ord(a): b for a, b in zip("\u3000\u00a0〔〕﹝﹞［］", "  [][][]", strict=True)})
# Characters that show nothing, left in a page by its editor or in text taken from a Word file: control
# characters (\x0b is Word's line break within a paragraph), zero-width spaces and joiners, soft hyphens,
# a byte-order mark mid-text. All fold to one, which the reader looks for once in a text and passes over
# (no XML document may hold a control character, and they would part a unit's name or a figure from its
# unit: 县司法局\u200b, 100\u200b卷).
INVISIBLE = "\x7f"
_INVISIBLE_CHARS = (
    "".join(chr(cp) for cp in range(0x20) if chr(cp) not in "\t\n\r")
    + "".join(chr(cp) for cp in range(0x7F, 0xA0) if cp != 0x85)  # DEL and C1 controls; NEL ends a line
    # the format characters (soft hyphen, zero-width spaces and joiners, marks of direction, BOM) but
    # those of Arabic and Syriac script; U+FFFE and U+FFFF are no characters at all
    + "\u00ad\u061c\u180e"
    + "".join(
        chr(cp)
        for lo, hi in ((0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F))
        for cp in range(lo, hi + 1)
    )
    + "\ufeff\ufff9\ufffa\ufffb\ufffe\uffff"
)
_TABLE.update(dict.fromkeys(map(ord, _INVISIBLE_CHARS), INVISIBLE))

# Runs of characters that fold to another. Text copied from a simplified page holds few of them, and
# replacing only those is several times faster than translating every character.
_FOLDS = "[" + re.escape("".join(sorted(map(chr, _TABLE)))) + "]"
# [x][x]*, not [x]+: a pattern that opens with a repeat is tried at every position, one that opens with a
# set lets the engine skip from one character of the set to the next (about three times faster here).
_RUNS = re.compile(_FOLDS + _FOLDS + "*")
_BLOCK = 4096
_SAMPLE = 256
_DENSE = 12  # runs in a block's sample above which the block is traditional (or full-width) throughout


@functools.cache
def _code_table() -> list[int]:
    """``_TABLE`` as a list indexed by code point: str.translate looks a list up faster than a dict."""
    table = list(range(max(_TABLE) + 1))
    for cp, to in _TABLE.items():
        table[cp] = ord(to)
    return table


def _fold_run(m: re.Match[str]) -> str:
    return m[0].translate(_TABLE)


def fold(text: str) -> str:
    """Simplified script and half-width punctuation, same length as ``text``."""
    if len(text) <= _SAMPLE:
        return text.translate(_code_table())  # a title or a cell: sampling would cost more
    if len(text) <= _BLOCK:
        return _fold_block(text)
    # block by block: a page may quote a simplified document beside a traditional one
    return "".join(_fold_block(text[i : i + _BLOCK]) for i in range(0, len(text), _BLOCK))


# Full-width punctuation, digits and spaces, which simplified pages use throughout: replaced one kind at a
# time (str.replace runs at memory speed), they leave such a page's folding sparse, where translating it
# character by character would cost four times as much.
_COMMON = tuple((ch, _TABLE[ord(ch)]) for ch in "，：；（）！？％／－．０１２３４５６７８９\u3000〔〕")


_COMMON_SET = re.compile("[" + "".join(wide for wide, _ in _COMMON) + "]")


def _fold_block(text: str) -> str:
    if len(_RUNS.findall(text, 0, _SAMPLE)) > _DENSE:
        sample = text[:_SAMPLE]
        for wide, narrow in _COMMON:
            sample = sample.replace(wide, narrow)
        if len(_RUNS.findall(sample)) > _DENSE:  # traditional script, not only wide punctuation
            return text.translate(_code_table())  # code points past the list's end stay as they are
    elif not _COMMON_SET.search(text, 0, _SAMPLE):
        return _RUNS.sub(_fold_run, text)  # most of a page typed in half-width
    for wide, narrow in _COMMON:
        text = text.replace(wide, narrow)  # the text itself, not a copy, where it holds none
    return _RUNS.sub(_fold_run, text)


# The value of each Chinese digit, as a year or a decimal part writes them digit by digit
CN_DIGIT_VALUES = {
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


@functools.lru_cache(maxsize=4096)  # labels and counts repeat: 一 to 二十 make most of them
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
            cur = CN_DIGIT_VALUES[ch]
    return total + cur


def cn_digits_to_int(s: str) -> int | None:
    """Digit-by-digit Chinese numerals as in written years: 二〇二二 → 2022."""
    if s.isdigit() and s.isascii():
        return int(s)
    if s and all(ch in CN_DIGIT_VALUES for ch in s):
        return int("".join(str(CN_DIGIT_VALUES[ch]) for ch in s))
    return cn_to_int(s)
