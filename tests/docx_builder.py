"""Build .docx files from raw WordprocessingML for the tests."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


def p(text: str, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    """A paragraph; ``num`` is (numId, ilvl)."""
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, restart: int | None = None) -> str:
    r = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{r}'
        f'<w:lvlText w:val="{escape(text)}"/></w:lvl>'
    )


def numbering(abstracts: dict[int, str], nums: dict[int, tuple[int, str]]) -> str:
    """abstracts: id → levels xml; nums: numId → (abstractId, overrides xml)."""
    body = "".join(f'<w:abstractNum w:abstractNumId="{a}">{x}</w:abstractNum>' for a, x in abstracts.items())
    body += "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{o}</w:num>' for n, (a, o) in nums.items())
    return f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">{body}</w:numbering>'


def styles(*defs: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">{"".join(defs)}</w:styles>'


def style(style_id: str, name: str, num: tuple[int, int] | None = None, outline: int | None = None) -> str:
    ppr = ""
    if num or outline is not None:
        ppr = "<w:pPr>"
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        if outline is not None:
            ppr += f'<w:outlineLvl w:val="{outline}"/>'
        ppr += "</w:pPr>"
    return f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>{ppr}</w:style>'


def text_box(text: str, anchor_text: str = "") -> str:
    """A paragraph anchoring a text box that holds ``text``, written as Word writes one: for Word
    (mc:Choice) and again for older readers (mc:Fallback)."""
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    wps = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    vml = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    inner = f"<w:txbxContent>{p(text)}</w:txbxContent>"
    own = f'<w:r><w:t xml:space="preserve">{escape(anchor_text)}</w:t></w:r>' if anchor_text else ""
    return (
        f'<w:p><w:r><mc:AlternateContent {mc}><mc:Choice Requires="wps"><w:drawing><wps:wsp {wps}><wps:txbx>'
        f"{inner}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape {vml}><v:textbox>"
        f"{inner}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>{own}</w:p>"
    )


def cell(text: str, vmerge: str | None = None) -> str:
    tcpr = ""
    if vmerge is not None:
        tcpr = (
            "<w:tcPr><w:vMerge/></w:tcPr>" if vmerge == "continue" else '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>'
        )
    return f"<w:tc>{tcpr}{p(text)}</w:tc>"


def table(rows: list[list[str]]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"


def docx(
    body: str, numbering_xml: str | None = None, styles_xml: str | None = None, extra: dict[str, bytes] | None = None
) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>',
        )
        if numbering_xml:
            z.writestr("word/numbering.xml", numbering_xml)
        if styles_xml:
            z.writestr("word/styles.xml", styles_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def docx_of_text(text: str) -> bytes:
    """A .docx holding the text one paragraph per line, as Word holds a pasted web page."""
    return docx("".join(p(line) for line in text.split("\n")))
