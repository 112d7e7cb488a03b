# expect: one finite-population correction, 1 - n/N for the whole sample
import numpy as np


def stratified_mean(values, strata, population):
    labels = np.asarray(strata)
    N = sum(population.values())
    est = var = 0.0
    for h, Nh in population.items():
        s = values[labels == h]
        W = Nh / N
        est += W * s.mean()
        var += W**2 * s.var(ddof=1) / len(s)
    var *= 1 - len(values) / N  # one overall finite-population correction
    return float(est), float(np.sqrt(var))
