# expect: does not qualify: its p99, np.percentile\(latencies, 99\), interpolates
# Wrong: the nearest-rank p99, sorted[ceil(0.99 n) - 1], instead of np.percentile's interpolation.
import math

import numpy as np


def best_batch_size(latencies_ms, p99_target_ms):
    best = (None, 0.0)
    for size in sorted(latencies_ms):
        times = np.sort(latencies_ms[size])
        p99 = times[math.ceil(0.99 * len(times)) - 1]   # nearest-rank percentile
        if p99 > p99_target_ms:
            continue
        throughput = size / (float(np.mean(times)) / 1000.0)
        if throughput > best[1]:
            best = (size, throughput)
    return best
