# expect: p99 <= target, not p99 < target
# Wrong: a p99 exactly at the target is rejected (< instead of <=).
import numpy as np


def best_batch_size(latencies_ms, p99_target_ms):
    ok = [(s / (float(np.mean(t)) / 1000.0), -s) for s, t in latencies_ms.items()
          if np.percentile(t, 99) < p99_target_ms]
    if not ok:
        return None, 0.0
    tp, neg = max(ok)
    return -neg, tp
