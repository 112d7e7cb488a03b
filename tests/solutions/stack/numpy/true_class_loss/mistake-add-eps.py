# expect: log\(p \+ 1e-15\) shifts every small probability
import numpy as np


def per_example_loss(P, y, ignore_index=-100):
    ignored = y == ignore_index
    picked = P[np.arange(len(y)), np.where(ignored, 0, y)]
    return np.where(ignored, 0.0, -np.log(picked + 1e-15))
