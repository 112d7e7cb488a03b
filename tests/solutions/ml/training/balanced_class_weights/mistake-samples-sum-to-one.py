# expect: sample weights add up to 1
import numpy as np


def balanced_weights(y):
    c, pos, cnt = np.unique(y, return_inverse=True, return_counts=True)
    w = len(y) / (len(c) * cnt)
    s = w[pos]
    return c, w, s / s.sum()
