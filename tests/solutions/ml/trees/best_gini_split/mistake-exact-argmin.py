# expect: an exact argmin picks whichever it favours
# Wrong: ties are taken with np.argmin (exact), not within 1e-12 as the README says;
# impurity computed as nL/n*GL + nR/n*GR (a different rounding path).
import numpy as np


def best_split(x, y):
    order = np.argsort(x, kind="stable")
    xs = x[order]
    _, codes = np.unique(y[order], return_inverse=True)
    onehot = np.eye(codes.max() + 1)[codes]
    total = onehot.sum(axis=0)
    n = len(x)
    if n < 2 or xs[0] == xs[-1]:
        p = total / n
        return None, float(1 - (p**2).sum())
    left = np.cumsum(onehot, axis=0)[:-1]
    right = total - left
    nl = np.arange(1, n)[:, None]
    gl = 1 - ((left / nl) ** 2).sum(1)
    gr = 1 - ((right / (n - nl)) ** 2).sum(1)
    w = nl[:, 0] / n * gl + (n - nl[:, 0]) / n * gr
    w[xs[1:] == xs[:-1]] = np.inf
    i = int(np.argmin(w))
    return float((xs[i] + xs[i + 1]) / 2), float(w[i])
