# expect: (?m)\A(?!.*^[^\n]*values differ(?:(?!normalise per row)[^\n])*$).*row's log-sum-exp
import numpy as np


def gaussian_nb_log_proba(X_train, y_train, X_test, var_smoothing=1e-9):
    classes = np.unique(y_train)
    eps = var_smoothing * X_train.var(axis=0).max()
    jll = []
    for c in classes:
        R = X_train[y_train == c]
        mu, var = R.mean(0), R.var(0) + eps
        jll.append(
            np.log(len(R) / len(y_train))
            - 0.5 * (np.log(2 * np.pi * var) + (X_test - mu) ** 2 / var).sum(1)
        )
    jll = np.column_stack(jll)
    return classes, jll - jll.max(axis=1, keepdims=True)  # "normalised": best class at 0
