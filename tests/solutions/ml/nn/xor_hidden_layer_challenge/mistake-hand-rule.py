# expect: lower end .* is below 0\.8
import numpy as np


def fit_predict(X_train, y_train, X_test):
    # No training at all: a rule written from a statement that once named the signal
    # columns (0 and 1) and their centres (100 and 0).
    return ((X_test[:, 0] - 100) * X_test[:, 1] > 0).astype(np.int64)
