# expect: mean latency meets the target but its p99 does not
import numpy as np


def best_batch_size(latencies_ms, p99_target_ms):
    # Judges the target with the mean latency: heavy tails slip through.
    allowed = [(size / (np.mean(t) / 1000.0), -size) for size, t in latencies_ms.items()
               if np.mean(t) <= p99_target_ms]
    if not allowed:
        return None, 0.0
    rate, neg = max(allowed)
    return -neg, float(rate)
