# expect: mean of the per-batch throughputs
# Wrong: throughput as the mean of b / latency over the batches, not b / mean latency.
import numpy as np


def best_batch_size(
    latencies_ms: dict[int, np.ndarray], p99_target_ms: float
) -> tuple[int | None, float]:
    allowed = [
        (float(np.mean(size / (times / 1000.0))), -size)
        for size, times in latencies_ms.items()
        if np.percentile(times, 99) <= p99_target_ms
    ]
    if not allowed:
        return None, 0.0
    throughput, negative_size = max(allowed)
    return -negative_size, throughput
