# expect: should be NaN: worker \d+ saw examples
# Detects an empty worker by its gradients being all NaN instead of by its batch size:
# a worker that saw examples and diverged on a whole parameter is silently dropped.
import numpy as np


def average_gradients(grads, batch_sizes):
    out = []
    for p, first in enumerate(grads[0]):
        acc = np.zeros(first.shape, dtype=np.float64)
        total = 0
        for worker, size in zip(grads, batch_sizes):
            g = worker[p]
            if np.isnan(g).all():
                continue
            acc += size * g.astype(np.float64)
            total += size
        out.append((acc / total if total else acc).astype(np.float32))
    return out
