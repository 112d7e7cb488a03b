# expect: separates two equal values
import numpy as np


def best_split(x, y):
    order = np.argsort(x, kind="stable")
    xs = x[order]
    _, codes = np.unique(y[order], return_inverse=True)
    onehot = np.eye(codes.max() + 1)[codes]
    total = onehot.sum(axis=0)
    n = len(x)

    def gini(counts):
        shares = counts / np.maximum(counts.sum(axis=-1, keepdims=True), 1)
        return 1.0 - (shares**2).sum(axis=-1)

    if n < 2 or xs[0] == xs[-1]:
        return None, float(gini(total))
    left = np.cumsum(onehot, axis=0)[:-1]
    right = total - left
    n_left = np.arange(1, n)
    weighted = (n_left * gini(left) + (n - n_left) * gini(right)) / n
    best = int(np.argmin(weighted))  # every position, between equal values too
    return float((xs[best] + xs[best + 1]) / 2), float(weighted[best])
