"""Open a .docx package safely: sizes and compression ratios are checked before anything is read.

>>> import io, zipfile
>>> buf = io.BytesIO()
>>> with zipfile.ZipFile(buf, "w") as z:
...     z.writestr("word/document.xml", "<w:document/>")
>>> sorted(open_package(buf.getvalue()).parts)
['word/document.xml']
"""

from __future__ import annotations

import io
import zipfile

import attrs

from govplan.errors import ParseError

MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # XML compresses well, but not a thousandfold
_WANTED = ("word/document.xml", "word/numbering.xml", "word/styles.xml")


@attrs.frozen
class Package:
    parts: dict[str, bytes]


OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an Office 97-2003 file (Word .doc, WPS .wps)


def open_package(data: bytes, name: str | None = None) -> Package:
    """The parts govplan reads from a .docx; anything else a .docx should not be is a ParseError."""
    if data.startswith(OLE_SIGNATURE):
        raise ParseError(
            "this is an old binary Word .doc file; convert it to .docx first "
            "(Word: File > Save As > .docx, or: libreoffice --headless --convert-to docx FILE.doc)",
            path=name,
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ParseError("not a .docx file (not a zip archive, or a damaged one)", path=name) from None
    with archive:
        infos = {i.filename: i for i in archive.infolist()}
        if "word/vbaProject.bin" in infos:
            raise ParseError("macro-enabled Word documents are refused; save it as a plain .docx", path=name)
        if "word/document.xml" not in infos:
            raise ParseError("not a Word document: the package has no word/document.xml part", path=name)
        total = sum(i.file_size for i in infos.values())
        if total > MAX_TOTAL_BYTES:
            raise ParseError(f"the package unpacks to {total} bytes, more than govplan reads", path=name)
        parts: dict[str, bytes] = {}
        for part in _WANTED:
            info = infos.get(part)
            if info is None:
                continue
            if info.file_size > MAX_PART_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ParseError(f"{part} is suspiciously large for its compressed size (zip bomb?)", path=name)
            try:
                with archive.open(info) as f:
                    content = f.read(MAX_PART_BYTES + 1)
            except (zipfile.BadZipFile, OSError, EOFError) as e:
                raise ParseError(f"damaged part {part}: {e}", path=name) from None
            if len(content) > MAX_PART_BYTES:
                raise ParseError(f"{part} unpacks to more than declared (zip bomb?)", path=name)
            parts[part] = content
    return Package(parts)
