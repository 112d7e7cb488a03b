r"""One bin index per row, $\min(\lfloor p \cdot B \rfloor, B - 1)$, turns the whole
table into three `np.bincount` calls (counts, sums of probabilities, sums of
labels): no loop over bins, no masks. Dividing the sums by the counts gives the
per-bin means, and `0/0` gives exactly the `nan` an empty bin should show (the
`errstate` only silences the warning). The ECE needs no division at all:
$\frac{n_b}{n}\,\lvert \bar y_b - \bar p_b \rvert = \lvert \sum y - \sum p \rvert_b / n$,
and empty bins add 0.

Common wrong versions: averaging the gaps over bins without weights (a bin with
three rows then counts as much as one with three thousand, so ECE jumps around
between retrainings); dropping the rows with $p = 1.0$ because $\lfloor 1.0 \cdot B
\rfloor = B$ is out of range (those are the most confident predictions, exactly
the ones calibration is about); and filling empty bins with 0, which invents a
point on the reliability diagram.
"""

import numpy as np


def reliability_bins(y_true, prob, n_bins: int = 10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(prob, dtype=float)
    bins = np.minimum((p * n_bins).astype(np.int64), n_bins - 1)
    counts = np.bincount(bins, minlength=n_bins)
    sum_p = np.bincount(bins, weights=p, minlength=n_bins)
    sum_y = np.bincount(bins, weights=y, minlength=n_bins)
    with np.errstate(invalid="ignore"):
        mean_prob, frac_pos = sum_p / counts, sum_y / counts
    ece = float(np.abs(sum_y - sum_p).sum() / len(p))
    return counts, mean_prob, frac_pos, ece
