"""Stacking the requests turns n vector-matrix products `x_i @ W1` (each a
separate call with its own overhead, and each reading all of `W1` again) into
one matrix product `X @ W1`, which BLAS computes in cache-sized blocks that reuse
every loaded piece of `W1` many times. The bias, the ReLU, the second layer and
the sigmoid become single array operations over the whole batch. The arithmetic
is the same; what disappears is n times the fixed cost of a call, which is why
batching pays even more on a GPU, where that fixed cost is a kernel launch of
several microseconds.

Rows are independent, so the batched result matches the per-row one to the last
bits (BLAS may sum in a different order: differences of about 1e-16). Keep
`w2` one-dimensional so that `H @ w2` gives shape `(n,)`, not `(n, 1)`. The sigmoid
is written `1 / (1 + exp(-z))`: for a very negative z, `exp(-z)` overflows to inf
(with a warning) and the result is the right 0.0, and a tiny p keeps its relative
precision; `exp(z) / (1 + exp(z))` gives inf / inf = NaN for z above 709, and
`(1 + tanh(z / 2)) / 2` loses relative precision as p shrinks (about seven digits
left at p = 1e-9, none below 1e-16).

A common half-fix is a list comprehension over the rows: it removes none of the
per-call cost. Another is casting to float32 for speed: here it breaks the
tolerance, and on a CPU the gain is small next to batching. For very large n,
serve in batches of a few thousand rows so the hidden layer fits in cache (and
on a GPU, in memory), trading a little throughput for bounded latency.
"""

import numpy as np


def score_requests(X, W1, b1, w2, b2):
    hidden = np.maximum(X @ W1 + b1, 0.0)
    return 1.0 / (1.0 + np.exp(-(hidden @ w2 + b2)))
