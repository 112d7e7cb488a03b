# expect: those are the intercept and the slope: return \(slope, intercept\)
# Wrong: returns (intercept, slope), the reverse order.
import numpy as np
def fit_line(x, y):
    if np.ptp(x) == 0:
        return float(y.mean()), 0.0
    dx, dy = x - x.mean(), y - y.mean()
    s = (dx @ dy) / (dx @ dx)
    return float(y.mean() - s * x.mean()), float(s)
