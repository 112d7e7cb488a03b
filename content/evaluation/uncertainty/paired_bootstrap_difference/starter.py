import numpy as np


def paired_bootstrap(
    correct_a: np.ndarray,
    correct_b: np.ndarray,
    n_resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float, float]:
    """The accuracy gain of B over A and a paired bootstrap interval for it."""
    n = len(correct_a)
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, n, size=(n_resamples, n))
    # TODO: the gain on each resample (the same rows for both models), then the
    # percentile interval.
    raise NotImplementedError("paired_bootstrap is not written yet")
