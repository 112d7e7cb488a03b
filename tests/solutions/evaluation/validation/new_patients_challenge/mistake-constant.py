# expect: every visit gets the same score
# No model: the training rate for everyone. It used to fail with no word on why.
import numpy as np


def fit_predict(X_train, y_train, groups_train, X_test):
    return np.full(len(X_test), y_train.mean())
