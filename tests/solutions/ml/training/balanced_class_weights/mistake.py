# expect: frequency|inverse
import numpy as np


def balanced_weights(y):
    # The frequency instead of its inverse: the majority class weighs more.
    classes, position, counts = np.unique(y, return_inverse=True, return_counts=True)
    weights = counts / len(y)
    return classes, weights, weights[position]
