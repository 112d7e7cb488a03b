# expect: test the x values themselves \(np.ptp\(x\) == 0\)
import numpy as np


def fit_line(x, y):
    dx, dy = x - x.mean(), y - y.mean()
    spread = float(dx @ dx)
    slope = float(dx @ dy) / spread if spread > 0 else 0.0
    return slope, float(y.mean() - slope * x.mean())
