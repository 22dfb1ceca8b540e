"""Export and import times of each format that can do both, on the largest plan at hand.

    python benchmarks/bench_formats.py [FILE]

FILE defaults to the largest text document of ../shared/corpus (or tests/fixtures without it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from _timing import best  # benchmarks/ is on sys.path when a script runs

import govplan

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    if argv:
        source = Path(argv[0])
    else:
        found = sorted((ROOT.parent / "shared/corpus").glob("*.txt")) or sorted((ROOT / "tests/fixtures").glob("*.txt"))
        source = max(found, key=lambda p: p.stat().st_size)
    plan = govplan.load(source)
    print(f"plan: {source.name}, {sum(1 for _ in plan.iter_tasks())} tasks")
    print(f"{'format':8} {'bytes':>9} {'export ms':>10} {'import ms':>10}")
    for fmt in govplan.formats():
        if not (fmt.can_load and fmt.can_dump):
            continue
        data = govplan.dumps(plan, fmt.name)
        t_dump = best(lambda f=fmt.name: govplan.dumps(plan, f))
        t_load = best(lambda f=fmt.name, d=data: govplan.loads(d, f))
        print(f"{fmt.name:8} {len(data):9d} {t_dump * 1000:10.2f} {t_load * 1000:10.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
