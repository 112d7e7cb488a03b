# expect: percentile definition from the one asked: statistics.quantiles' default
import statistics


def latency_summary(timings_ns, warmup=0):
    ms = [t / 1e6 for t in list(timings_ns)[warmup:]]
    # default method: 'exclusive'
    q = ms * 99 if len(ms) == 1 else statistics.quantiles(ms, n=100)
    return {
        "n": len(ms),
        "mean_ms": statistics.fmean(ms),
        "p50_ms": statistics.median(ms),
        "p95_ms": q[94],
        "p99_ms": q[98],
        "max_ms": max(ms),
    }
