"""Half of the 442 patients train, the other half are scored; the split is drawn from the seed.

Half, not the usual 30%, because the target is noisy: with 221 scored rows the bootstrap
interval of R² is narrow enough that a tuned ridge clears the bar on every split while
the mean predictor never does (measured over seeds 0 to 499: reference lower end 0.235 to
0.510, mean-predictor lower end -0.275 to -0.020, bar 0.1).
"""

import numpy as np
from sklearn.datasets import load_diabetes

from mldojo.grading.casekit import Challenge


def challenge(rng):
    X, y = load_diabetes(return_X_y=True, scaled=False)  # raw units: age in years, sex 1/2, ...
    test = np.zeros(len(y), dtype=bool)
    test[rng.choice(len(y), size=len(y) // 2, replace=False)] = True
    return Challenge(args=(X[~test], y[~test], X[test]), labels=y[test])
