# expect: multiplies first and subtracts the means after
# Wrong (numerically): (X.T @ X - outer(sums, sums) / n) / (n - 1) cancels most digits
# when the means are large; the message used to repeat only the formula.
import numpy as np
def covariance_matrix(X):
    n = X.shape[0]
    S = X.T @ X
    s = X.sum(0)
    return (S - np.outer(s, s) / n) / (n - 1)
