from __future__ import annotations

import numpy as np


def average_gradients(grads: list[list[np.ndarray]], batch_sizes: list[int]) -> list[np.ndarray]:
    # Weights b_w / total as a vector, contracted with the stacked float64 gradients.
    live = [w for w, b in enumerate(batch_sizes) if b > 0]
    if not live:
        return [np.zeros(g.shape, dtype=np.float32) for g in grads[0]]
    weights = np.array([batch_sizes[w] for w in live], dtype=np.float64)
    weights /= weights.sum()
    return [
        np.tensordot(weights, np.stack([grads[w][p] for w in live]).astype(np.float64), axes=1)
        .astype(np.float32)
        for p in range(len(grads[0]))
    ]
