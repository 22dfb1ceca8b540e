"""A Word document's body as the logical lines the text reader parses, with heading-level hints.

Paragraphs become lines (runs joined, fields and hyperlinks reduced to their text, soft breaks kept as
line breaks), automatic numbering is rendered into the line as Word shows it, headings by style give
level hints, and a task table (任务分工表) becomes numbered task lines with responsibility notes, so
every parsing rule stays in the text reader.
"""

from __future__ import annotations

import re

import attrs
from lxml import etree

from govplan.docx.numbering import _W, Numbering, as_int
from govplan.docx.package import Package
from govplan.errors import ParseError
from govplan.text.fold import fold
from govplan.text.tables import NOTE_WORDS, indicator_table_columns, task_table_columns


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _xml(data: bytes, part: str, name: str | None) -> etree._Element:
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise ParseError(f"{part} declares a DOCTYPE or entities; refused", path=name)
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        raise ParseError(f"damaged {part}: {e.msg}", path=name) from None


# Qualified names, made once: a document has thousands of paragraphs.
_T, _TAB, _BR, _CR, _NO_BREAK_HYPHEN = (_W + t for t in ("t", "tab", "br", "cr", "noBreakHyphen"))
_PPR, _PSTYLE, _NUMPR = (_W + t for t in ("pPr", "pStyle", "numPr"))
_NUMID, _ILVL, _OUTLINE = (_W + t for t in ("numId", "ilvl", "outlineLvl"))
_VAL, _TYPE = _W + "val", _W + "type"
_P, _TXBX = _W + "p", _W + "txbxContent"
# Text written twice: a drawing for Word and again for older readers (mc:Choice, mc:Fallback: the same
# text box), and text a tracked change moved (w:moveFrom, where it stood; w:moveTo holds it now).
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_MOVE_FROM = _W + "moveFrom"


def _fallback(el: etree._Element) -> set[etree._Element]:
    """The elements under ``el`` that only repeat text: a drawing's copy for older readers, text moved away."""
    return {x for copy in el.iter(_FALLBACK, _MOVE_FROM) for x in copy.iter()}


def _boxes(p: etree._Element, fallback: set[etree._Element]) -> list[etree._Element]:
    """The text boxes anchored in paragraph ``p`` (a red header's 某县人民政府文件 may stand in one)."""
    return [box for box in p.iter(_TXBX) if box not in fallback]


@attrs.frozen
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    num_id: str | None
    ilvl: int | None


_HEADING_NAME = re.compile(r"^(?:heading|标题|標題)\s*(\d)$", re.IGNORECASE)


def _styles(root: etree._Element | None) -> dict[str, _Style]:
    out: dict[str, _Style] = {}
    if root is None:
        return out
    for st in root.findall(_W + "style"):
        sid = st.get(_W + "styleId", "")
        name_el = st.find(_W + "name")
        based = st.find(_W + "basedOn")
        ppr = st.find(_W + "pPr")
        outline = num_id = ilvl = None
        if ppr is not None:
            o = ppr.find(_W + "outlineLvl")
            if o is not None:
                outline = as_int(o.get(_W + "val"), 9)
            num = ppr.find(_W + "numPr")
            if num is not None:
                nid, lvl = num.find(_W + "numId"), num.find(_W + "ilvl")
                num_id = nid.get(_W + "val") if nid is not None else None
                ilvl = as_int(lvl.get(_W + "val"), 0) if lvl is not None else None
        out[sid] = _Style(
            name_el.get(_W + "val", "") if name_el is not None else sid,
            based.get(_W + "val") if based is not None else None,
            outline,
            num_id,
            ilvl,
        )
    return out


class _Body:
    def __init__(self, package: Package, name: str | None) -> None:
        parts = package.parts
        self.name = name
        self.document = _xml(parts["word/document.xml"], "word/document.xml", name)
        styles = parts.get("word/styles.xml")
        self.styles = _styles(_xml(styles, "word/styles.xml", name) if styles else None)
        numbering = parts.get("word/numbering.xml")
        if numbering is not None:
            _xml(numbering, "word/numbering.xml", name)  # the same refusal of DOCTYPEs
        self.numbering = Numbering(numbering, _parser())
        self.lines: list[str] = []
        self.hints: dict[int, int] = {}
        self._defaults: dict[str | None, tuple[str | None, int, int | None]] = {}

    # ------------------------------------------------------------------ styles
    def _style_chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            chain.append(self.styles[style_id])
            style_id = self.styles[style_id].based_on
        return chain

    def _heading_level(self, chain: list[_Style]) -> int | None:
        for st in chain:
            m = _HEADING_NAME.match(st.name.strip())
            if m:
                return int(m[1])
            if st.outline is not None and st.outline < 9:
                return st.outline + 1
        return None

    # ------------------------------------------------------------------ paragraphs
    def paragraph_text(self, p: etree._Element, aside: set[etree._Element] | None = None) -> str:
        """The paragraph's own text, without the elements ``aside`` (its text boxes, read as paragraphs
        of their own, and the fallback copies of its drawings)."""
        out: list[str] = []
        for el in p.iter(_T, _TAB, _BR, _CR, _NO_BREAK_HYPHEN):
            if aside and el in aside:
                continue
            tag = el.tag
            if tag == _T:
                out.append(el.text or "")
            elif tag == _TAB:
                out.append(" ")
            elif tag == _NO_BREAK_HYPHEN:
                out.append("-")
            elif el.get(_TYPE) in (None, "textWrapping"):
                out.append("\n")  # a soft line break is kept
        return "".join(out)

    def _style_defaults(self, style_id: str | None) -> tuple[str | None, int, int | None]:
        """Numbering id, numbering level and heading level a paragraph style gives (looked up once)."""
        found = self._defaults.get(style_id)
        if found is None:
            chain = self._style_chain(style_id)
            found = (
                next((st.num_id for st in chain if st.num_id is not None), None),
                next((st.ilvl for st in chain if st.ilvl is not None), 0),
                self._heading_level(chain),
            )
            self._defaults[style_id] = found
        return found

    def paragraph(self, p: etree._Element) -> None:
        ppr = p.find(_PPR)
        style_id = None
        num_id: str | None = None
        ilvl: int | None = None
        outline: int | None = None
        if ppr is not None:
            ps = ppr.find(_PSTYLE)
            style_id = ps.get(_VAL) if ps is not None else None
            num = ppr.find(_NUMPR)
            if num is not None:
                nid, lvl = num.find(_NUMID), num.find(_ILVL)
                num_id = nid.get(_VAL) if nid is not None else None
                ilvl = as_int(lvl.get(_VAL), 0) if lvl is not None else None
            o = ppr.find(_OUTLINE)
            if o is not None:
                outline = as_int(o.get(_VAL), 9)
        style_num_id, style_ilvl, heading_level = self._style_defaults(style_id)
        if num_id is None:
            num_id = style_num_id
        if ilvl is None:
            ilvl = style_ilvl
        aside = _fallback(p)
        if p.find(".//" + _TXBX) is not None:
            for box in _boxes(p, aside):  # a text box's paragraphs stand before the one it is anchored in
                aside.update(box.iter())
                for inner in box.iter(_P):
                    self.paragraph(inner)
        text = self.paragraph_text(p, aside)
        label = self.numbering.next_label(num_id, ilvl) if num_id is not None and text.strip() else None
        if label:
            text = label + text
        level = outline + 1 if outline is not None and outline < 9 else heading_level
        self.add(text, level if label is None else None)

    def add(self, text: str, level: int | None = None) -> None:
        for k, piece in enumerate(text.split("\n")):
            self.lines.append(piece)
            if level is not None and k == 0 and piece.strip():
                self.hints[len(self.lines)] = level

    # ------------------------------------------------------------------ tables
    def cell_text(self, tc: etree._Element) -> str:
        fallback = _fallback(tc)  # its paragraphs, a text box's among them, once each
        return "\n".join(self.paragraph_text(p, fallback) for p in tc.iter(_P) if p not in fallback).strip()

    def table_rows(self, tbl: etree._Element) -> list[list[str]]:
        """Cell texts by grid column; a vertically merged cell repeats the text of the cell it continues."""
        rows: list[list[str]] = []
        for tr in tbl.findall(_W + "tr"):
            row: list[str] = []
            for tc in tr.findall(_W + "tc"):
                tcpr = tc.find(_W + "tcPr")
                span = 1
                merged = False
                if tcpr is not None:
                    gs = tcpr.find(_W + "gridSpan")
                    span = as_int(gs.get(_W + "val"), 1) if gs is not None else 1
                    vm = tcpr.find(_W + "vMerge")
                    merged = vm is not None and vm.get(_W + "val", "continue") != "restart"
                col = len(row)
                if merged and rows and col < len(rows[-1]):
                    text = rows[-1][col]
                else:
                    text = self.cell_text(tc)
                row.extend([text] * max(span, 1))
            rows.append(row)
        return rows

    def table(self, tbl: etree._Element) -> None:
        rows = self.table_rows(tbl)
        columns = task_table_columns(rows[0]) if rows else None
        if columns is None:
            if rows and indicator_table_columns(rows[0]) is not None:
                for row in rows:  # cells parted by tabs, as a page copies them: the text reader's metrics
                    self.add("\t".join(c.replace("\n", "") for c in row))
                return
            for row in rows:  # neither: its text belongs to its section
                self.add("  ".join(c for c in row if c))
            return
        section = None
        for row in rows[1:]:

            def get(key: str, row: list[str] = row) -> str:
                col = columns.get(key)
                return row[col].strip() if col is not None and col < len(row) else ""

            if get("section") and get("section") != section:
                section = get("section")
                self.add(section.replace("\n", ""), 2)
            task = get("task").replace("\n", "")
            measures = get("measures").replace("\n", "")
            if not task and not measures:
                continue
            body = "。".join(x.rstrip("。;；") for x in (task, measures) if x) + "。"
            note = ";".join(f"{word}:{get(key)}" for key, word in NOTE_WORDS if get(key))
            number = re.sub(r"\D", "", fold(get("number")))
            line = (f"{number}. " if number else "") + body + (f"({note})" if note else "")
            if get("deadline"):
                line += f"完成时限:{get('deadline')}"
            self.add(line)

    # ------------------------------------------------------------------ body
    def read(self) -> tuple[str, dict[int, int]]:
        body = self.document.find(_W + "body")
        if body is None:
            raise ParseError("word/document.xml has no body", path=self.name)
        for el in body:
            if el.tag == _W + "p":
                self.paragraph(el)
            elif el.tag == _W + "tbl":
                self.table(el)
            elif el.tag == _W + "sdt":
                for inner in el.iter(_W + "p"):
                    self.paragraph(inner)
        return "\n".join(self.lines), self.hints


def read_document(package: Package, name: str | None = None) -> tuple[str, dict[int, int]]:
    """The body's logical lines joined by newlines, and level hints by 1-based line number."""
    return _Body(package, name).read()
