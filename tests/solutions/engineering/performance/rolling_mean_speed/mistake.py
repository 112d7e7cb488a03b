# expect: a running total .*still holds the 1e12
import numpy as np


def rolling_mean(x, w):
    # The textbook O(n) trick: differences of one cumulative sum.
    c = np.concatenate(([0.0], np.cumsum(x)))
    return (c[w:] - c[:-w]) / w
