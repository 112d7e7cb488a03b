# expect: not a sorted latency picked by index, nor the slowest one
# Wrong: sizes qualify on their slowest batch (the maximum), stricter than the p99.
import numpy as np


def best_batch_size(latencies_ms, p99_target_ms):
    best, best_tp = None, 0.0
    for b in sorted(latencies_ms):
        l = latencies_ms[b]
        if np.max(l) > p99_target_ms:
            continue
        tp = 1000.0 * b * len(l) / float(np.sum(l))
        if best is None or tp > best_tp:
            best, best_tp = b, tp
    return best, best_tp
