import numpy as np


def latency_summary(timings_ns, warmup: int = 0) -> dict:
    """Summarise per-request durations (nanoseconds) after dropping the first `warmup`.

    Returns {"n", "mean_ms", "p50_ms", "p95_ms", "p99_ms", "max_ms"}; percentiles by
    np.percentile's default linear interpolation, in milliseconds.
    """
    # TODO: drop the warm-up, convert to milliseconds, then summarise.
    raise NotImplementedError("latency_summary is not written yet")
