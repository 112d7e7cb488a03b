# expect: the sign is flipped
# Wrong: the gain as accuracy(A) - accuracy(B), the old model minus the new one.
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
    diff = correct_a.astype(float) - correct_b.astype(float)
    gains = diff[rows].mean(axis=1)
    low, high = np.percentile(gains, [50 * (1 - level), 50 * (1 + level)])
    return float(diff.mean()), float(low), float(high)
