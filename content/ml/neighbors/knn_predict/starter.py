import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> np.ndarray:
    """Predict a label for each row of X_test by a majority vote of its k nearest
    training rows (Euclidean distance).

    Equally distant training rows: the lower index comes first.
    Tied vote: the smallest label wins.
    Returns an int64 array of shape (len(X_test),).
    """
    # TODO: compute the distances from each test row to every training row,
    # take the k nearest (stable order), and vote.
    raise NotImplementedError("knn_predict is not written yet")
