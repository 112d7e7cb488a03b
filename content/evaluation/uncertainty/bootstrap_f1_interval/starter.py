import numpy as np


def bootstrap_f1_ci(y_true, y_pred, n_resamples: int = 1000, level: float = 0.95,
                    seed: int = 0) -> tuple[float, float, float]:
    """Return (f1, low, high): the F1 of the data and a percentile bootstrap interval.

    Resamples: rows = np.random.default_rng(seed).integers(0, n, size=(n_resamples, n)),
    the same rows for labels and predictions; F1 is 0.0 when TP == 0.
    """
    # TODO: compute F1 on the data, then on every resample, then the percentiles.
    raise NotImplementedError("bootstrap_f1_ci is not written yet")
