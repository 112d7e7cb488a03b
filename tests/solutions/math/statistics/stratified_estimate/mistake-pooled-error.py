# expect: standard error of the plain mean of the pooled sample
import numpy as np


def stratified_mean(values, strata, population):
    # right estimate, but the SE of a simple random sample of the pooled values
    labels = np.asarray(strata)
    N = sum(population.values())
    est = sum(Nh / N * values[labels == h].mean() for h, Nh in population.items())
    se = values.std(ddof=1) / np.sqrt(len(values))
    return float(est), float(se)
