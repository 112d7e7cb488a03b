"""Per example, the gain is `b - a`, which is -1, 0 or +1; the gain in accuracy on any
set of examples is the mean of those differences. So the paired bootstrap is the
bootstrap of one array, `diff[rows].mean(axis=1)`: indexing with the whole
`(n_resamples, n)` matrix of rows at once resamples every replicate in one step. The
examples both models get right (or both wrong) contribute 0 to every resample, which
is why the interval is narrow: only the disagreements vary.

Common wrong approaches: drawing separate rows for A and B (an unpaired bootstrap:
the interval then includes the variation of which examples were easy, which says
nothing about the difference); two separate intervals, one per model, compared for
overlap; and reporting the mean of the resampled gains instead of the observed gain.
"""

import numpy as np


def paired_bootstrap(
    correct_a: np.ndarray,
    correct_b: np.ndarray,
    n_resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float, float]:
    n = len(correct_a)
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, n, size=(n_resamples, n))
    diff = correct_b.astype(float) - correct_a.astype(float)
    gains = diff[rows].mean(axis=1)
    low, high = np.percentile(gains, [50 * (1 - level), 50 * (1 + level)])
    return float(diff.mean()), float(low), float(high)
