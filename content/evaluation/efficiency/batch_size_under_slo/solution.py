"""Two numbers per candidate, each answering its own question: the p99 says whether
the size is allowed (the target is on the tail, because the slowest requests are the
ones users notice), and the mean latency says how much work the size gets done
(throughput is a long-run average, so it comes from the mean, not the tail). `max`
over `(throughput, -batch_size)` picks the highest throughput and, on an exact tie,
the smaller batch, which has the lower latency.

Common wrong approaches: qualifying on the mean latency, which lets a size with a
heavy tail through (the 32 of the example); throughput from the p99 or from the
fastest batch; throughput as batches per second instead of items; and comparing
throughput before filtering, which returns the fastest size even when it breaks
the target.
"""

import numpy as np


def best_batch_size(
    latencies_ms: dict[int, np.ndarray], p99_target_ms: float
) -> tuple[int | None, float]:
    allowed = [
        (size / (float(np.mean(times)) / 1000.0), -size)
        for size, times in latencies_ms.items()
        if np.percentile(times, 99) <= p99_target_ms
    ]
    if not allowed:
        return None, 0.0
    throughput, negative_size = max(allowed)
    return -negative_size, throughput
