# expect: lost digits to cancellation.*centre x first
# Wrong (numerically): the uncentred textbook formula
# (n*Sxy - Sx*Sy) / (n*Sxx - Sx^2), which the reference's note says loses digits
# when x is large (timestamps).
import numpy as np


def fit_line(x, y):
    n = len(x)
    sx, sy, sxy, sxx = x.sum(), y.sum(), (x * y).sum(), (x * x).sum()
    den = n * sxx - sx * sx
    if den == 0:
        return 0.0, float(y.mean())
    slope = (n * sxy - sx * sy) / den
    return float(slope), float((sy - slope * sx) / n)
