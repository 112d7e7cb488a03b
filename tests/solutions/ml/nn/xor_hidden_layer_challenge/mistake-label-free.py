# expect: lower end .* is below 0\.8
import numpy as np


def fit_predict(X_train, y_train, X_test):
    # No training label used: the statement's units give the two signal columns away
    # (the one centred far from 0, the one with the smallest spread), and "XOR-like" is
    # read as "1 when both sit on the same side of their median".
    X = np.vstack([X_train, X_test])
    wide = int(np.argmax(np.abs(np.median(X, axis=0))))
    narrow = int(np.argmin(X.std(axis=0)))
    a = X_test[:, wide] - np.median(X[:, wide])
    b = X_test[:, narrow] - np.median(X[:, narrow])
    return (a * b > 0).astype(np.int64)
