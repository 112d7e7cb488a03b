# expect: (?s)(?=.*raised LinAlgError.*H is singular though X has full column rank)(?=.*X already holds its intercept column.*makes H singular)
# Adds a column of ones although X already holds its intercept column: H is
# singular wherever X has one, and w gets one coefficient too many elsewhere.
import numpy as np
def logistic_mle(X, y):
    X = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(X.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-X @ w))
        H = X.T @ (X * (p * (1 - p))[:, None])
        step = np.linalg.solve(H, X.T @ (y - p))
        w = w + step
        if np.abs(step).max() < 1e-10:
            break
    return w, np.sqrt(np.diag(np.linalg.inv(H)))
