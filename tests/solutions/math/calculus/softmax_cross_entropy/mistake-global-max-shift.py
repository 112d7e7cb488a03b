# expect: shifting by the maximum of the whole batch
# Stabilised with the GLOBAL maximum instead of each row's maximum.
import numpy as np


def softmax_cross_entropy(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    n = z.shape[0]
    s = z - z.max()
    log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    r = np.arange(n)
    g = np.exp(log_p)
    g[r, labels] -= 1.0
    return float(-log_p[r, labels].mean()), g / n
