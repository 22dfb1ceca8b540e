"""The timing helpers the benchmarks share."""

from __future__ import annotations

import time
from collections.abc import Callable


def best(fn: Callable[[], object], repeat: int = 7) -> float:
    """The fastest of ``repeat`` runs, in seconds: the least disturbed by the rest of the machine."""
    return best_of_each([fn], repeat)[0]


def best_of_each(fns: list[Callable[[], object]], repeat: int = 15) -> list[float]:
    """The fastest run of each function, running them in turn ``repeat`` times.

    For a ratio: on a shared machine the speed drifts over seconds, and running the two sides one
    after the other in each round lets both meet the same drift.
    """
    times = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            times[i] = min(times[i], time.perf_counter() - start)
    return times
