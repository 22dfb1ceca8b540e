"""Word's automatic numbering, rendered the way Word displays it.

numbering.xml holds abstract numberings (w:abstractNum: one w:lvl per level with w:start, w:numFmt,
w:lvlText such as "%1、" or "（%1）", w:lvlRestart) and numbering instances (w:num) that point to one
and may override a level's start. A paragraph takes a numbering from its own w:numPr or from its style.

    >>> fmt_number(12, "chineseCounting"), fmt_number(3, "decimalEnclosedCircle"), fmt_number(2, "ideographTraditional")
    ('十二', '③', '乙')
"""

from __future__ import annotations

import attrs
from lxml import etree

from govplan.text.numbering import CIRCLED, PAREN_DIGITS, STOP_DIGITS

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"

_CN = "〇一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def _chinese(n: int) -> str:
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if rest == 0:
            return _CN[hundreds] + "百"
        return _CN[hundreds] + "百" + ("零" + _CN[rest] if rest < 10 else ("一" if rest < 20 else "") + _chinese(rest))
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter: a … z, aa … zz.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def fmt_number(n: int, num_fmt: str) -> str:
    """One counter value in a w:numFmt."""
    if num_fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "chineseLegalSimplified",
        "ideographDigital",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
    ):
        return _chinese(n)
    if num_fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10]
    if num_fmt == "decimalEnclosedCircle" or num_fmt == "decimalEnclosedCircleChinese":
        return CIRCLED[n - 1] if 1 <= n <= len(CIRCLED) else str(n)
    if num_fmt == "decimalEnclosedParen":  # ⑴, with its own brackets: lvlText is "%1"
        return PAREN_DIGITS[n - 1] if 1 <= n <= len(PAREN_DIGITS) else f"({n})"
    if num_fmt == "decimalEnclosedFullstop":  # ⒈
        return STOP_DIGITS[n - 1] if 1 <= n <= len(STOP_DIGITS) else f"{n}."
    if num_fmt == "decimalFullWidth" or num_fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if num_fmt == "lowerLetter":
        return _letters(n)
    if num_fmt == "upperLetter":
        return _letters(n).upper()
    if num_fmt == "lowerRoman":
        return _roman(n).lower()
    if num_fmt == "upperRoman":
        return _roman(n)
    if num_fmt == "decimalZero":
        return f"{n:02d}"
    if num_fmt in ("none", "bullet"):
        return ""
    return str(n)


@attrs.frozen
class Level:
    start: int = 1
    num_fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 never


def as_int(text: str | None, default: int) -> int:
    """An integer attribute, or ``default`` when it is missing or malformed (as Word tolerates)."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _val(el: etree._Element | None, default: str | None = None) -> str | None:
    if el is None:
        return default
    return el.get(_W + "val", default)


def _levels(el: etree._Element) -> dict[int, Level]:
    out = {}
    for lvl in el.findall(_W + "lvl"):
        ilvl = as_int(lvl.get(_W + "ilvl"), 0)
        restart = as_int(_val(lvl.find(_W + "lvlRestart")), -1)  # -1: absent or malformed
        out[ilvl] = Level(
            start=as_int(_val(lvl.find(_W + "start")), 1),
            num_fmt=_val(lvl.find(_W + "numFmt"), "decimal") or "decimal",
            text=_val(lvl.find(_W + "lvlText"), "") or "",
            restart=restart if restart >= 0 else None,
        )
    return out


class Numbering:
    """The counters of one document, advanced paragraph by paragraph in reading order."""

    def __init__(self, numbering_xml: bytes | None, parser: etree.XMLParser) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        if numbering_xml:
            root = etree.fromstring(numbering_xml, parser)
            for a in root.findall(_W + "abstractNum"):
                self.abstract[a.get(_W + "abstractNumId", "")] = _levels(a)
            for num in root.findall(_W + "num"):
                num_id = num.get(_W + "numId", "")
                abstract_id = _val(num.find(_W + "abstractNumId"), "") or ""
                overrides: dict[int, Level] = {}
                starts: dict[int, int] = {}
                for o in num.findall(_W + "lvlOverride"):
                    ilvl = as_int(o.get(_W + "ilvl"), 0)
                    start = _val(o.find(_W + "startOverride"))
                    if start is not None:
                        starts[ilvl] = as_int(start, 1)
                    replaced = _levels(o)  # a whole level redefined for this instance
                    if replaced:
                        overrides[ilvl] = next(iter(replaced.values()))
                self.nums[num_id] = (abstract_id, overrides, starts)
        # counters per list: numbering instances of one abstract numbering continue one another unless
        # an instance restarts a level with w:startOverride, which makes it a list of its own
        self.counters: dict[str, dict[int, int]] = {}

    def level(self, num_id: str, ilvl: int) -> Level | None:
        if num_id not in self.nums:
            return None
        abstract_id, overrides, _ = self.nums[num_id]
        return overrides.get(ilvl) or self.abstract.get(abstract_id, {}).get(ilvl)

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter of (num_id, ilvl) and render its label, or None when there is none."""
        if num_id in ("", "0") or num_id not in self.nums:
            return None
        abstract_id, _, starts = self.nums[num_id]
        key = f"num:{num_id}" if starts else f"abstract:{abstract_id}"
        counters = self.counters.setdefault(key, {})
        level = self.level(num_id, ilvl)
        if level is None:
            return None
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = starts.get(ilvl, level.start)
        for deeper in [k for k in counters if k > ilvl]:
            deeper_level = self.level(num_id, deeper)
            restart = deeper_level.restart if deeper_level else None
            # lvlRestart 0: never restart; n: restart only after level n (1-based) or a higher one
            if restart == 0 or (restart is not None and ilvl + 1 > restart):
                continue
            del counters[deeper]
        text = level.text
        for k in range(9):
            placeholder = f"%{k + 1}"
            if placeholder in text:
                lvl_k = self.level(num_id, k)
                value = counters.get(k, (starts.get(k) or (lvl_k.start if lvl_k else 1)))
                text = text.replace(placeholder, fmt_number(value, lvl_k.num_fmt if lvl_k else "decimal"))
        return text
