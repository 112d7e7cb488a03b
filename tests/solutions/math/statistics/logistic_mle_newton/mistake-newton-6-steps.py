# expect: gradient X\^T \(y - p\) there is still clearly nonzero. Iterate until the Newton step
# Newton with a fixed small number of steps (6), no convergence test.
import numpy as np
def logistic_mle(X, y):
    w = np.zeros(X.shape[1])
    for _ in range(6):
        p = 1 / (1 + np.exp(-(X @ w)))
        H = X.T @ (X * (p * (1 - p))[:, None])
        w = w + np.linalg.solve(H, X.T @ (y - p))
    p = 1 / (1 + np.exp(-(X @ w)))
    H = X.T @ (X * (p * (1 - p))[:, None])
    return w, np.sqrt(np.diag(np.linalg.inv(H)))
