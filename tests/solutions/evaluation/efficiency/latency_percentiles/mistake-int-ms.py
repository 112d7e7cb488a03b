# expect: cut to whole milliseconds.*integer division
# Wrong: integer division of the nanoseconds by 10**6 before the statistics.
import numpy as np


def latency_summary(timings_ns, warmup=0):
    ms = (np.asarray(timings_ns, dtype=np.int64)[warmup:] // 10**6).astype(float)
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    return {
        "n": int(ms.size),
        "mean_ms": float(ms.mean()),
        "p50_ms": float(p50),
        "p95_ms": float(p95),
        "p99_ms": float(p99),
        "max_ms": float(ms.max()),
    }
