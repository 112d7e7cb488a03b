# expect: throughput comes from the mean latency, not the median
# Wrong: throughput from the median latency, which leaves out the time the slow batches take.
import numpy as np


def best_batch_size(latencies_ms, p99_target_ms):
    allowed = [
        (b / (float(np.median(t)) / 1000.0), -b)
        for b, t in latencies_ms.items()
        if np.percentile(t, 99) <= p99_target_ms
    ]
    if not allowed:
        return None, 0.0
    tp, nb = max(allowed)
    return -nb, tp
