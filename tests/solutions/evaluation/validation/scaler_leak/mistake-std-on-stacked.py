# expect: half of the leak is left: the std is still computed on train and test
import numpy as np


def standardize_split(X_train, X_test):
    # The mean now comes from the training rows, but the spread still sees the test rows.
    X_all = np.vstack([X_train, X_test])
    mean = X_train.mean(axis=0)
    std = X_all.std(axis=0)
    std[std == 0] = 1.0
    return (X_train - mean) / std, (X_test - mean) / std
