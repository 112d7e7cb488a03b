import numpy as np


def fit_predict(X_train, y_train, X_test):
    # Ordinary least squares with an intercept, via lstsq.
    A = np.column_stack([np.ones(len(X_train)), X_train])
    coef, *_ = np.linalg.lstsq(A, y_train, rcond=None)
    return np.column_stack([np.ones(len(X_test)), X_test]) @ coef
