# expect: forced through the origin
import numpy as np


def fit_line(x, y):
    # No centring: the line through the origin, and no intercept.
    slope = float(np.sum(x * y) / np.sum(x * x)) if np.any(x) else 0.0
    return slope, 0.0
