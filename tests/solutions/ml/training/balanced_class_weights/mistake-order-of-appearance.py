# expect: classes must be sorted
import numpy as np
import pandas as pd


def balanced_weights(y):
    cl = pd.unique(y)
    counts = np.array([(y == c).sum() for c in cl])
    w = len(y) / (len(cl) * counts)
    return cl.astype(np.int64), w, w[np.array([list(cl).index(v) for v in y])]
