"""Every benchmark in one command; prints a Markdown report (docs/performance.md holds the last one).

python benchmarks/run_all.py > docs/performance-latest.md
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _run(script: str, *args: str) -> str:
    return subprocess.run(
        [sys.executable, str(HERE / script), *args], capture_output=True, text=True, check=True
    ).stdout.rstrip()


def cli_startup() -> float:
    govplan = shutil.which("govplan", path=str(Path(sys.executable).parent)) or "govplan"
    times = []
    for _ in range(10):
        start = time.perf_counter()
        subprocess.run([govplan, "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def batch(n: int = 1000, jobs: int = 2) -> tuple[float, int]:
    from govplan.batch import convert_many

    sample = (ROOT / "tests/fixtures/notice_plan.txt").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for i in range(n):
            (src / f"plan{i:04d}.txt").write_bytes(sample)
        start = time.perf_counter()
        outcomes = convert_many([src], to="json", out_dir=Path(tmp) / "out", jobs=jobs)
        return time.perf_counter() - start, sum(o.ok for o in outcomes)


def main() -> None:
    print("# govplan performance\n")
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}\n"
    )
    print("## Text import (one core)\n")
    corpus = sorted((ROOT.parent / "shared/corpus").glob("*.txt"))
    if corpus:
        print("On the real corpus:\n\n```\n" + _run("bench_text.py", *map(str, corpus)) + "\n```\n")
    print("On the page made of the test fixtures:\n\n```\n" + _run("bench_text.py", "--fixtures") + "\n```\n")
    print("By the shape of the text (one kind of line, repeated, in each part of a plan):\n")
    print("```\n" + _run("bench_shapes.py") + "\n```\n")
    print("## Formats\n\n```\n" + _run("bench_formats.py") + "\n```\n")
    print("## docx import against text import\n\n```\n" + _run("bench_docx.py") + "\n```\n")
    print("## Excel ledger against a bare xlsxwriter loop\n\n```\n" + _run("bench_xlsx.py") + "\n```\n")
    print(f"## CLI start-up\n\n`govplan --help`: {cli_startup() * 1000:.0f} ms (best of 10; goal <= 150 ms)\n")
    seconds, ok = batch()
    rate = 1000 / seconds
    print(f"## Batch\n\n1,000 documents on 2 processes: {seconds:.1f} s ({ok} converted, {rate:.0f} per second)\n")


if __name__ == "__main__":
    main()
