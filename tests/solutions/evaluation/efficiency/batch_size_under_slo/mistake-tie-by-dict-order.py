# expect: return the smaller one, whatever order the dict lists them in
# Wrong: the exact-tie rule ("the smaller size") is left to max(), which keeps the
# first maximum in dict order; right only when the dict lists sizes ascending.
import numpy as np


def best_batch_size(latencies_ms, p99_target_ms):
    best, best_tp = None, 0.0
    for size, times in latencies_ms.items():
        if np.percentile(times, 99) > p99_target_ms:
            continue
        tp = size / (float(np.mean(times)) / 1000.0)
        if best is None or tp > best_tp:
            best, best_tp = int(size), tp
    return best, best_tp
