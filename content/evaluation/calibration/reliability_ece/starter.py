import numpy as np


def reliability_bins(y_true, prob, n_bins: int = 10):
    """Return (counts, mean_prob, frac_pos, ece) for equal-width bins on [0, 1].

    counts is int64; mean_prob and frac_pos are float64 with nan in empty bins;
    p == 1.0 belongs to the last bin; ece weights each bin by its share of rows.
    """
    # TODO: give each row its bin index, count and average per bin,
    # then combine the gaps into the ECE.
    raise NotImplementedError("reliability_bins is not written yet")
