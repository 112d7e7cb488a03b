# expect: p95_ms and p99_ms use a nearest-rank rule
# Nearest rank for p95 and p99, np.median for p50: the nearest-rank advice used to come
# only where p50 also took a rank, about half the cases.
import numpy as np


def latency_summary(timings_ns, warmup=0):
    t = np.asarray(timings_ns)[warmup:] / 1e6
    s = np.sort(t)
    n = len(s)

    def rank(q):
        return float(s[min(n - 1, int(np.ceil(q * n)) - 1)])

    return {
        "n": n,
        "mean_ms": float(t.mean()),
        "p50_ms": float(np.median(t)),
        "p95_ms": rank(0.95),
        "p99_ms": rank(0.99),
        "max_ms": float(t.max()),
    }
