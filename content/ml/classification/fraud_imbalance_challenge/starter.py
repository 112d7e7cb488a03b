import numpy as np


def fit_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray) -> np.ndarray:
    """Train on (X_train, y_train) and return a 0/1 fraud prediction per row of X_test."""
    # TODO: fit a real model that does not ignore the rare class. This baseline
    # predicts the most common class (legitimate) for everyone.
    majority = np.bincount(y_train).argmax()
    return np.full(len(X_test), majority)
