import numpy as np


def fit_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray) -> np.ndarray:
    """Train on (X_train, y_train) and return a float prediction per row of X_test."""
    # TODO: fit a real model, with its regularisation strength chosen on the training
    # rows only. This baseline predicts the training mean for every patient.
    return np.full(len(X_test), y_train.mean())
