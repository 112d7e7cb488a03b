# expect: not sorted: return them in ascending order
# Wrong: the classes in order of first appearance (pd.unique), not sorted.
import numpy as np
import pandas as pd
from scipy.special import logsumexp


def gaussian_nb_log_proba(X_train, y_train, X_test, var_smoothing=1e-9):
    classes = pd.unique(y_train)
    epsilon = var_smoothing * X_train.var(axis=0).max()
    rows = [X_train[y_train == c] for c in classes]
    prior = np.array([len(r) for r in rows]) / len(y_train)
    mean = np.array([r.mean(axis=0) for r in rows])
    var = np.array([r.var(axis=0) for r in rows]) + epsilon
    diff = X_test[:, None, :] - mean[None, :, :]
    jll = np.log(prior) - 0.5 * np.sum(np.log(2 * np.pi * var) + diff**2 / var, axis=2)
    return np.asarray(classes, dtype=np.int64), jll - logsumexp(jll, axis=1, keepdims=True)
