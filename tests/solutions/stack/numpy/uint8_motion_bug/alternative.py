import numpy as np


def motion_score(prev, cur, threshold):
    # The larger minus the smaller never goes below zero, so uint8 is safe here.
    change = np.maximum(cur, prev) - np.minimum(cur, prev)
    return float(np.count_nonzero(change > threshold) / change.size), float(np.mean(change))
