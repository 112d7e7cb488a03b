# expect: one mean and one std were computed over the whole array
import numpy as np


def standardize_split(X_train, X_test):
    mean = np.mean(X_train)
    std = np.std(X_train)
    if std == 0:
        std = 1.0
    return (X_train - mean) / std, (X_test - mean) / std
