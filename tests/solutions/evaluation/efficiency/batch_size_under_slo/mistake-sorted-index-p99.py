# expect: qualifies but was rejected: its p99 is np.percentile
# Wrong: the p99 read off the sorted latencies by index, not np.percentile's interpolation.
import numpy as np


def best_batch_size(latencies_ms, p99_target_ms):
    best = (None, 0.0)
    for size in sorted(latencies_ms):
        times = np.sort(latencies_ms[size])
        p99 = times[min(int(0.99 * len(times)), len(times) - 1)]
        if p99 > p99_target_ms:
            continue
        throughput = size / (float(np.mean(times)) / 1000.0)
        if throughput > best[1]:
            best = (size, throughput)
    return best
