# expect: the ratios lost their digits.*centre X
# Wrong: the covariance as E[x x^T] - E[x] E[x]^T, never centring the data; on columns
# around 10^6 with spreads of 1 the subtraction cancels most of the digits.
import numpy as np


def components_for_variance(X, target):
    n, d = X.shape
    mu = X.mean(axis=0)
    cov = X.T @ X / n - np.outer(mu, mu)  # E[x x^T] - E[x] E[x]^T
    eig = np.sort(np.clip(np.linalg.eigvalsh(cov), 0, None))[::-1][: min(n, d)]
    ratios = eig / eig.sum()
    k = int(np.argmax(np.cumsum(ratios) >= target - 1e-12)) + 1
    return k, ratios
