r"""Worker $w$ holds $g_w = \frac1{b_w}\sum_{i \in w} \nabla \ell_i$, so
$b_w g_w$ is its *sum* of per-example gradients; adding those sums and dividing
by the total count gives exactly the full-batch gradient. This is what
all-reduce implementations do when they are told the counts: all-reduce the
weighted sums and the counts, then divide.

Workers with no examples are skipped rather than weighted by 0, because
`0 * NaN` is `NaN` in IEEE arithmetic: a zero weight does not remove a NaN,
it spreads it into every parameter. The sums are accumulated in float64 and
cast back to float32 once, so the result does not depend on the order of the
workers more than it must.

The common wrong approach is the plain mean over workers, which is right only
when every batch has the same size; with a short last batch it over-weights
the few examples of that worker. Others: `np.nansum`, which would hide a NaN
from a worker that did see data (a real divergence you want to notice);
returning float64 (the optimiser then upcasts the weights); and dividing by
the number of workers instead of the number of examples.
"""

import numpy as np


def average_gradients(grads: list[list[np.ndarray]], batch_sizes: list[int]) -> list[np.ndarray]:
    total = sum(batch_sizes)
    out = []
    for p, first in enumerate(grads[0]):
        acc = np.zeros(first.shape, dtype=np.float64)
        for worker, size in zip(grads, batch_sizes, strict=True):
            if size > 0:
                acc += size * worker[p].astype(np.float64)
        out.append((acc / total if total else acc).astype(np.float32))
    return out
