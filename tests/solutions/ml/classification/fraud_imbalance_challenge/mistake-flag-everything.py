# expect: every transaction is flagged as fraud
import numpy as np


def fit_predict(X_train, y_train, X_test):
    # Recall 1.0: no fraud gets through.
    return np.ones(len(X_test), dtype=np.int64)
