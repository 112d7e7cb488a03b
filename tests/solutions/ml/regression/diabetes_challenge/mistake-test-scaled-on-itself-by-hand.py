# expect: standardised with its own mean and standard deviation.*training data only
# The same leak written out by hand: each set centred and scaled with its own column
# means and standard deviations, then least squares. It used to pass.
import numpy as np


def fit_predict(X_train, y_train, X_test):
    def standardise(X):
        return (X - X.mean(axis=0)) / X.std(axis=0)

    A = np.column_stack([np.ones(len(X_train)), standardise(X_train)])
    coef, *_ = np.linalg.lstsq(A, y_train, rcond=None)
    return np.column_stack([np.ones(len(X_test)), standardise(X_test)]) @ coef
