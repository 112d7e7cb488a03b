# expect: standard errors were added up.*add as variances
# Wrong: W_h times each stratum's standard error, summed, instead of one root of summed variances.
import numpy as np


def stratified_mean(values, strata, population):
    labels = np.asarray(strata)
    N = sum(population.values())
    est = se = 0.0
    for h, Nh in population.items():
        s = values[labels == h]
        W = Nh / N
        est += W * s.mean()
        se += W * np.sqrt((1 - len(s) / Nh) * s.var(ddof=1) / len(s))  # adds SEs, not variances
    return float(est), float(se)
