# expect: the largest batch size that meets the target, not the one with the highest throughput
# Wrong: returns the largest size whose p99 meets the target, assuming bigger batches
# always serve more items per second.
import numpy as np


def best_batch_size(latencies_ms, p99_target_ms):
    ok = [b for b in latencies_ms if np.percentile(latencies_ms[b], 99) <= p99_target_ms]
    if not ok:
        return None, 0.0
    b = max(ok)
    return b, b / (float(np.mean(latencies_ms[b])) / 1000)
