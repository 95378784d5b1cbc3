"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def timed(fn: Callable[[], Any], runs: int) -> list[float]:
    """Milliseconds per call over `runs` calls."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(name: str, samples: list[float]) -> None:
    """One line: median, p95 and max in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(
        f"{name:<50} n={len(samples):<5} median={statistics.median(samples):7.3f} ms  "
        f"p95={p95:7.3f} ms  max={ordered[-1]:7.3f} ms"
    )
