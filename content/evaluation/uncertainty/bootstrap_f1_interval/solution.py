r"""All the resamples are drawn at once as an `(n_resamples, n)` array of row
indices, and the **same** indices pick both the labels and the predictions: a
resample is a new test set of whole rows, each row keeping its label and its
prediction together. F1 then comes from three counts per resample, summed along
the rows, so the whole bootstrap is a handful of array operations instead of a
Python loop. The interval is read off the sorted resampled scores with
`np.percentile` at $50(1 - \text{level})$ and $50(1 + \text{level})$; the point
estimate is the F1 of the data as observed, not the mean of the resamples.

Why bootstrap at all: F1 is not a mean over rows, so there is no simple formula
for its standard error, and with a rare positive class it is much noisier than
the test set's size suggests. Common wrong versions: resampling `y_true` and
`y_pred` with two different index draws (that pairs labels with other rows'
predictions and measures a random classifier); drawing without replacement
(every resample is the test set again, so the interval has width 0); the normal
approximation F1 $\pm 1.96\,\text{sd}$, which can leave $[0, 1]$ and ignores the
skew near 0 and 1; and hard-coding the 2.5 and 97.5 percentiles whatever the
level.
"""

import numpy as np


def bootstrap_f1_ci(y_true, y_pred, n_resamples: int = 1000, level: float = 0.95,
                    seed: int = 0) -> tuple[float, float, float]:
    t = np.asarray(y_true, dtype=bool)
    p = np.asarray(y_pred, dtype=bool)

    def f1(t, p):
        tp = np.sum(t & p, axis=-1)
        wrong = np.sum(t != p, axis=-1)  # FP + FN
        return np.where(tp > 0, 2 * tp / np.maximum(2 * tp + wrong, 1), 0.0)

    rng = np.random.default_rng(seed)
    rows = rng.integers(0, len(t), size=(n_resamples, len(t)))
    scores = f1(t[rows], p[rows])
    low, high = np.percentile(scores, [50 * (1 - level), 50 * (1 + level)])
    return float(f1(t, p)), float(low), float(high)
