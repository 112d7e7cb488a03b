# expect: the slowest requests were dropped
# Wrong: drops the warmup slowest timings (sorted) instead of the first warmup requests;
# passes whenever the cold starts happen to be the slowest requests of the run.
import numpy as np


def latency_summary(timings_ns, warmup=0):
    ms = np.sort(np.asarray(timings_ns, dtype=np.float64))[: len(timings_ns) - warmup] / 1e6
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    return {
        "n": int(ms.size),
        "mean_ms": float(ms.mean()),
        "p50_ms": float(p50),
        "p95_ms": float(p95),
        "p99_ms": float(p99),
        "max_ms": float(ms.max()),
    }
