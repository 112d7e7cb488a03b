# expect: np.percentile takes a percent from 0 to 100
# Wrong: np.percentile(latencies, 0.99), a fraction where np.percentile takes a percent, so
# sizes qualify on their fastest batches.
import numpy as np


def best_batch_size(latencies_ms, p99_target_ms):
    best, best_tp = None, 0.0
    for b in sorted(latencies_ms):
        l = latencies_ms[b]
        if np.percentile(l, 0.99) > p99_target_ms:
            continue
        tp = 1000.0 * b * len(l) / float(np.sum(l))
        if best is None or tp > best_tp:
            best, best_tp = b, tp
    return best, best_tp
