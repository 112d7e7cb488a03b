import numpy as np


def average_gradients(grads, batch_sizes):
    # np.average with the batch sizes as weights, over the workers that saw data.
    live = [w for w, b in enumerate(batch_sizes) if b > 0]
    result = []
    for p in range(len(grads[0])):
        if not live:
            result.append(np.zeros_like(grads[0][p], dtype=np.float32))
            continue
        stacked = np.stack([grads[w][p] for w in live]).astype(np.float64)
        weights = np.array([batch_sizes[w] for w in live], dtype=np.float64)
        result.append(np.average(stacked, axis=0, weights=weights).astype(np.float32))
    return result
