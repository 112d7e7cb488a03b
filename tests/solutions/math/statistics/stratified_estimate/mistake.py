# expect: plain mean of the sample
import numpy as np


def stratified_mean(values, strata, population):
    # Ignores the strata: the plain mean and its textbook standard error.
    return float(np.mean(values)), float(np.std(values, ddof=1) / np.sqrt(len(values)))
