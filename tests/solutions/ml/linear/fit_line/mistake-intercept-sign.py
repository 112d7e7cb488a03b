# expect: slope is right but the intercept is not
# Wrong: the intercept adds slope * mean(x) instead of subtracting it; the slope is
# right, and the message used to blame cancellation in the slope.
import numpy as np
def fit_line(x, y):
    if np.ptp(x) == 0:
        return 0.0, float(y.mean())
    dx, dy = x - x.mean(), y - y.mean()
    s = (dx @ dy) / (dx @ dx)
    return float(s), float(y.mean() + s * x.mean())
