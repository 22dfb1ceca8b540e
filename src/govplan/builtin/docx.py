"""The ``docx`` importer: Word documents, through the same rules as the text importer."""

from __future__ import annotations

from govplan import plugins
from govplan.docx.document import read_document
from govplan.docx.package import OLE_SIGNATURE, open_package
from govplan.format import Format
from govplan.hookspecs import hookimpl
from govplan.jurisdictions import furniture_pattern
from govplan.model import Plan
from govplan.text.reader import read_text


def load(data: bytes, name: str | None = None) -> Plan:
    """Read a .docx: its logical lines and heading hints go to the text reader."""
    text, hints = read_document(open_package(data, name), name)
    return read_text(
        text, name, level_hints=hints, source_format="docx", extra_furniture=furniture_pattern(plugins.profiles())
    )


def sniff(head: bytes) -> bool:
    # A zip whose first entry is usually [Content_Types].xml; word/ parts follow. An old binary Word
    # file is claimed too, so that loading it says what to do with it (convert it to .docx).
    return (head.startswith(b"PK\x03\x04") and (b"word/" in head or b"[Content_Types].xml" in head)) or head.startswith(
        OLE_SIGNATURE
    )


@hookimpl
def govplan_formats() -> list[Format]:
    return [
        Format(
            name="docx",
            extensions=(".docx",),
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            description="Word document: styles, automatic numbering and task tables",
            load=load,
            sniff=sniff,
        )
    ]
