# expect: clipped at about 1e-07, not at 1e-15
import numpy as np


def per_example_loss(P, y, ignore_index=-100):
    ignored = y == ignore_index
    picked = P[np.arange(len(y)), np.where(ignored, 0, y)]
    return np.where(ignored, 0.0, -np.log(np.clip(picked, 1e-7, 1 - 1e-7)))
