"""docx import of a ~30 KB plan against text import of the same content.

python benchmarks/bench_docx.py [FILE]     # goal: ratio <= 1.5
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from _timing import best_of_each  # benchmarks/ is on sys.path when a script runs

import govplan

ROOT = Path(__file__).resolve().parents[1]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def as_docx(text: str) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in text.split("\n"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else ROOT / "tests/fixtures/notice_plan.txt"
    text = path.read_text(encoding="utf-8")
    while len(text.encode()) < 30_000:
        text += "\n" + text
    data_text, data_docx = text.encode(), as_docx(text)
    t_text, t_docx = best_of_each(
        [lambda: govplan.loads(data_text, "text"), lambda: govplan.loads(data_docx, "docx")], repeat=25
    )
    print(f"plan text {len(data_text) / 1000:.0f} KB, docx {len(data_docx) / 1000:.0f} KB")
    print(f"text import  {t_text * 1000:7.2f} ms")
    print(f"docx import  {t_docx * 1000:7.2f} ms")
    print(f"ratio        {t_docx / t_text:7.2f} x   (goal <= 1.5)")


if __name__ == "__main__":
    main(sys.argv[1:])
