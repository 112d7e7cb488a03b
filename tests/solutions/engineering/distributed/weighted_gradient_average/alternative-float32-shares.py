# Weighted mean accumulated in float32 with precomputed shares b_w / total: float32 rounding, within the tolerance.
from __future__ import annotations
import numpy as np
def average_gradients(grads: list[list[np.ndarray]], batch_sizes: list[int]) -> list[np.ndarray]:
    total = sum(batch_sizes)
    if total == 0:
        return [np.zeros(g.shape, dtype=np.float32) for g in grads[0]]
    shares = [np.float32(b / total) for b in batch_sizes]
    out = []
    for p in range(len(grads[0])):
        acc = np.zeros(grads[0][p].shape, dtype=np.float32)
        for w, share in enumerate(shares):
            if batch_sizes[w] == 0:
                continue
            acc = acc + share * grads[w][p]
        out.append(acc.astype(np.float32))
    return out
