"""Text import throughput on one core, and its ratio to one bare regex scan over the same text.

    python benchmarks/bench_text.py [FILE ...]

Without files it reads a 2 MB page made by repeating the test fixtures: short documents in which
nearly every line is a heading, a task or a note. A read costs by the line far more than by the
character, so that page reads several times slower by the megabyte than real plans (benchmarks/
run_all.py also times the real corpus when ../shared/corpus is present). Goal: >= 10 MB/s.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from _timing import best_of_each  # benchmarks/ is on sys.path when a script runs

from govplan.text.reader import read_text

ROOT = Path(__file__).resolve().parents[1]


def main(paths: list[str]) -> None:
    if paths:
        text = "\n".join(Path(p).read_text(encoding="utf-8") for p in paths)
    else:
        base = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures").glob("*.txt")))
        text = "\n".join([base] * max(1, 2_000_000 // len(base.encode())))
    size_mb = len(text.encode("utf-8")) / 1e6
    scan = re.compile(r"[(（][^()（）]*[)）]")
    # About ten seconds of reading whatever the size: on a shared machine the best of many short runs
    # is the one least disturbed, and a small text needs many runs to meet a quiet moment.
    start = time.perf_counter()
    read_text(text)
    repeat = max(5, min(200, int(10 / (time.perf_counter() - start))))
    t_regex, t_import = best_of_each(
        [lambda: sum(1 for _ in scan.finditer(text)), lambda: read_text(text)], repeat=repeat
    )
    print(f"text size            {size_mb:8.2f} MB")
    print(f"bare regex scan      {size_mb / t_regex:8.1f} MB/s")
    print(f"text import          {size_mb / t_import:8.2f} MB/s")
    print(f"ratio import/regex   {t_import / t_regex:8.1f} x")


if __name__ == "__main__":
    main(sys.argv[1:])
