# expect: not finite|log-sum-exp
import numpy as np


def gaussian_nb_log_proba(X_train, y_train, X_test, var_smoothing=1e-9):
    # Multiplies densities and normalises in linear space: underflows to 0/0.
    classes = np.unique(y_train)
    epsilon = var_smoothing * X_train.var(axis=0).max()
    probs = []
    for c in classes:
        rows = X_train[y_train == c]
        var = rows.var(axis=0) + epsilon
        density = np.exp(-((X_test - rows.mean(axis=0)) ** 2) / (2 * var)) / np.sqrt(
            2 * np.pi * var
        )
        probs.append(len(rows) / len(y_train) * density.prod(axis=1))
    probs = np.array(probs).T
    return classes, np.log(probs / probs.sum(axis=1, keepdims=True))
