"""Every step of the loop has a whole-array form along `axis=1`, with `keepdims=True`
so the row maxima and row sums broadcast back against their rows. Subtracting
each row's maximum keeps `exp` from overflowing (`exp(1000)` is inf and inf/inf is
NaN), and casting to float64 first keeps float16 or float32 logits from rounding
the probabilities. The random numbers come from one call, `rng.random(n)`: a
Generator's stream is the same whether it is drawn one number at a time or n at a
time, so the samples match the loop's exactly. For each row, the number of
cumulative probabilities `<= u` is where `u` would be inserted on the right:
`searchsorted(cdf, u, side="right")`, for all rows at once.

Common slips: `logits.max()` or `axis=0` (the maximum of the whole array or of each
column, which overflows or changes nothing visible until a row's values are far
from the others), forgetting `keepdims` (shapes (n, k) and (n,) do not broadcast,
or broadcast wrongly when n == k), drawing with the legacy global `np.random`
instead of the seeded Generator, and drawing `rng.random((n, k))`, which uses up k
numbers per row and gives different samples.
"""

import numpy as np


def sample_classes(logits: np.ndarray, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    cdf = np.cumsum(p, axis=1)
    u = rng.random(len(z))
    # The last entry is 1 in exact arithmetic and every u < 1, so only the first k - 1
    # are counted: the last may round to just below 1, and counting it could give k.
    return (cdf[:, :-1] <= u[:, None]).sum(axis=1).astype(np.int64)
