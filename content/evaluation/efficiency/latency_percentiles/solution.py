"""Latency is summarised by percentiles, not by the mean: users feel the slow
requests, and a service-level objective is written as "p95 under 50 ms". The
warm-up requests (lazy imports, JIT compilation, cold caches, the first CUDA
kernel launches) are dropped first because they measure start-up, not serving;
everything after them is kept, spikes included, since the tail is what the
percentiles are there to show. Nanoseconds become milliseconds with one
division by 1e6, done once on the float array, and `np.percentile` with its
default linear interpolation gives the stated definition.

Common wrong approaches: reporting the mean, or "mean + 2 sd", which a few
garbage-collection pauses move a lot while saying nothing about how often they
happen; "cleaning" the slow outliers out before taking p99 (the tail is the
answer, not noise); forgetting the warm-up, so p99 and max measure the cold
start; and a unit slip (1e3 instead of 1e6), which reports microseconds as
milliseconds.
"""

import numpy as np


def latency_summary(timings_ns, warmup: int = 0) -> dict:
    ms = np.asarray(timings_ns, dtype=np.float64)[warmup:] / 1e6
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    return {
        "n": int(ms.size),
        "mean_ms": float(ms.mean()),
        "p50_ms": float(p50),
        "p95_ms": float(p95),
        "p99_ms": float(p99),
        "max_ms": float(ms.max()),
    }
