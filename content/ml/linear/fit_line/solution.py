"""Centre both variables first: the slope is the covariance of x and y over the
variance of x, and the intercept makes the line pass through the point of means
$(\\bar x, \\bar y)$. Centring is also the numerically careful way: $\\sum x_i y_i -
n \\bar x \\bar y$ subtracts two large numbers when the x values are large (timestamps,
prices in cents) and loses digits.

Common wrong approaches: fitting through the origin, $\\sum x y / \\sum x^2$, which
forgets the intercept; swapping x and y (regressing x on y gives a different line);
and dividing by zero for a constant x instead of returning the horizontal line.
"""

import numpy as np


def fit_line(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    dx, dy = x - x.mean(), y - y.mean()
    spread = float(dx @ dx)
    slope = float(dx @ dy) / spread if np.ptp(x) > 0 else 0.0
    return slope, float(y.mean() - slope * x.mean())
