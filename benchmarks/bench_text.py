"""Text import throughput on one core, and its ratio to one bare regex scan over the same text.

    python benchmarks/bench_text.py [--fixtures | FILE ...]

Without arguments it reads the real documents of ../shared/corpus when they are there (goal: >= 10
MB/s, about 30 times one bare regex scan), else the page that --fixtures makes by repeating the test
fixtures to 2 MB. Those are short documents in which nearly every line is a heading, a task or a note,
their lines a third or a quarter as long as a real plan's paragraphs; a read costs by the line far more
than by the character, so that page reads several times slower by the megabyte. The average line
printed with the figures shows which kind of text was read.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from _timing import best_of_each  # benchmarks/ is on sys.path when a script runs

from govplan.text.reader import read_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def fixtures_page() -> str:
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures").glob("*.txt")))
    return "\n".join([base] * max(1, 2_000_000 // len(base.encode())))


def main(argv: list[str]) -> None:
    # the fixtures page when asked for, or when there are no files given and no corpus to read
    paths = [] if argv == ["--fixtures"] else argv or [str(p) for p in sorted(CORPUS.glob("*.txt"))]
    text = "\n".join(Path(p).read_text(encoding="utf-8") for p in paths) if paths else fixtures_page()
    size = len(text.encode("utf-8"))
    lines = sum(1 for line in text.splitlines() if line.strip())
    scan = re.compile(r"[(（][^()（）]*[)）]")
    # About ten seconds of reading whatever the size: on a shared machine the best of many short runs
    # is the one least disturbed, and a small text needs many runs to meet a quiet moment.
    start = time.perf_counter()
    read_text(text)
    repeat = max(5, min(200, int(10 / (time.perf_counter() - start))))
    t_regex, t_import = best_of_each(
        [lambda: sum(1 for _ in scan.finditer(text)), lambda: read_text(text)], repeat=repeat
    )
    print(f"text                 {'fixtures page' if not paths else f'{len(paths)} file(s)':>13}")
    print(f"text size            {size / 1e6:8.2f} MB")
    print(f"average line         {size / max(lines, 1):8.0f} bytes")
    print(f"bare regex scan      {size / 1e6 / t_regex:8.1f} MB/s")
    print(f"text import          {size / 1e6 / t_import:8.2f} MB/s")
    print(f"ratio import/regex   {t_import / t_regex:8.1f} x")


if __name__ == "__main__":
    main(sys.argv[1:])
