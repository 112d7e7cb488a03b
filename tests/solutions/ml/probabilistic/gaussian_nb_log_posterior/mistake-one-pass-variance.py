# expect: E\[x\^2\] - E\[x\]\^2 cancels
# Wrong: the variance as the mean of the squares minus the square of the mean, in one pass;
# on a feature around 10^6 with a spread of 1 the subtraction keeps only a few digits.
import numpy as np
from scipy.special import logsumexp


def gaussian_nb_log_proba(X_train, y_train, X_test, var_smoothing=1e-9):
    classes = np.unique(y_train)

    def var(A):  # E[x^2] - E[x]^2, in one pass
        return (A**2).mean(axis=0) - A.mean(axis=0) ** 2

    epsilon = var_smoothing * var(X_train).max()
    rows = [X_train[y_train == c] for c in classes]
    prior = np.array([len(r) for r in rows]) / len(y_train)
    mean = np.array([r.mean(axis=0) for r in rows])
    v = np.array([var(r) for r in rows]) + epsilon
    diff = X_test[:, None, :] - mean[None, :, :]
    jll = np.log(prior) - 0.5 * np.sum(np.log(2 * np.pi * v) + diff**2 / v, axis=2)
    return classes, jll - logsumexp(jll, axis=1, keepdims=True)
