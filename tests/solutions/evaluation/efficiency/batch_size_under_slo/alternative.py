import numpy as np


def best_batch_size(latencies_ms, p99_target_ms):
    # Sorted by batch size, so a strict > keeps the smaller size on a tie.
    best, best_rate = None, 0.0
    for size in sorted(latencies_ms):
        times = np.asarray(latencies_ms[size], dtype=float)
        if np.quantile(times, 0.99) > p99_target_ms:
            continue
        rate = size * 1000.0 / times.mean()
        if best is None or rate > best_rate:
            best, best_rate = size, rate
    return best, float(best_rate)
