# expect: same divisor
# Wrong: np.cov (divides by n - 1) over np.var (divides by n).
import numpy as np
def fit_line(x, y):
    if np.ptp(x) == 0:
        return 0.0, float(y.mean())
    s = np.cov(x, y)[0, 1] / np.var(x)
    return float(s), float(y.mean() - s * x.mean())
