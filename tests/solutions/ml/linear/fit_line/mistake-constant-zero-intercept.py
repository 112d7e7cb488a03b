# expect: every x here is the same: return \(0\.0, mean of y\)
# Wrong: for constant x it returns (0.0, 0.0); the message used to say x was
# regressed on y, or that the slope lost digits.
import numpy as np
def fit_line(x, y):
    if np.ptp(x) == 0:
        return 0.0, 0.0
    dx, dy = x - x.mean(), y - y.mean()
    s = (dx @ dy) / (dx @ dx)
    return float(s), float(y.mean() - s * x.mean())
