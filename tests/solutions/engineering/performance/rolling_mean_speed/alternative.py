import numpy as np


def rolling_mean(x, w):
    # A direct convolution with a box of ones: each window summed on its own, in C.
    return np.convolve(x, np.ones(w), mode="valid") / w
