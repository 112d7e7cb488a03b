# expect: labels -1 and 1: the labels were used as indices.*here -1 counted as 1\b
import numpy as np


def best_split(x, y):
    order = np.argsort(x, kind="stable")
    xs = x[order]
    codes = y[order]
    oh = np.eye(codes.max() + 1)[codes]
    n = len(x)

    def g(c):
        return 1 - ((c / np.maximum(c.sum(-1, keepdims=True), 1)) ** 2).sum(-1)

    if n < 2 or xs[0] == xs[-1]:
        return None, float(g(oh.sum(0)))
    L = np.cumsum(oh, 0)[:-1]
    R = oh.sum(0) - L
    nl = np.arange(1, n)
    w = (nl * g(L) + (n - nl) * g(R)) / n
    w[xs[1:] == xs[:-1]] = np.inf
    i = np.flatnonzero(w <= w.min() + 1e-12)[0]
    return float((xs[i] + xs[i + 1]) / 2), float(w[i])
