# expect: by its position among the classes
import numpy as np


def balanced_weights(y):
    c, cnt = np.unique(y, return_counts=True)
    w = len(y) / (len(c) * cnt)
    return c, w, w[np.clip(y, 0, len(c) - 1)]
