import math


def _percentile(ordered, p):
    # Linear interpolation between the two nearest ranks, as np.percentile does by default.
    rank = p / 100 * (len(ordered) - 1)
    lo, hi = math.floor(rank), math.ceil(rank)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (rank - lo)


def latency_summary(timings_ns, warmup=0):
    kept = [int(t) / 1_000_000 for t in list(timings_ns)[warmup:]]
    ordered = sorted(kept)
    return {
        "n": len(kept),
        "mean_ms": math.fsum(kept) / len(kept),
        "p50_ms": _percentile(ordered, 50),
        "p95_ms": _percentile(ordered, 95),
        "p99_ms": _percentile(ordered, 99),
        "max_ms": ordered[-1],
    }
