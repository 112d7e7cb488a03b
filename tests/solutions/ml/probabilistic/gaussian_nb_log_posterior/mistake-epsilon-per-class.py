# expect: epsilon is one number for every class|epsilon is missing, or was computed per class
# Epsilon from each class's own largest variance instead of X_train's: it used to get a
# bare "values differ" on most cases.
import numpy as np
from scipy.special import logsumexp


def gaussian_nb_log_proba(X_train, y_train, X_test, var_smoothing=1e-9):
    classes = np.unique(y_train)
    scores = []
    for c in classes:
        Xc = X_train[y_train == c]
        mu = Xc.mean(0)
        v = Xc.var(0) + var_smoothing * Xc.var(0).max()
        scores.append(
            np.log(len(Xc) / len(X_train))
            - 0.5 * np.sum(np.log(2 * np.pi * v) + (X_test - mu) ** 2 / v, axis=1)
        )
    joint = np.array(scores).T
    return classes, joint - logsumexp(joint, axis=1, keepdims=True)
