import numpy as np


def fit_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray) -> np.ndarray:
    """Train on (X_train, y_train) and return a class (0, 1 or 2) per row of X_test."""
    # TODO: fit a real model. This baseline predicts the most common cultivar for every wine.
    majority = np.bincount(y_train).argmax()
    return np.full(len(X_test), majority)
