# expect: the score is the one that centroids fitted on every row give
# The selection moved into the loop, but the centroids still see the test fold's labels.
import numpy as np


def top_k_features(X: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    r = (Xc.T @ yc) / (np.sqrt((Xc**2).sum(axis=0)) * np.sqrt((yc**2).sum()))
    return np.argsort(-np.abs(r))[:k]


def nearest_centroid_predict(X_train: np.ndarray, y_train: np.ndarray,
                             X_test: np.ndarray) -> np.ndarray:
    c0 = X_train[y_train == 0].mean(axis=0)
    c1 = X_train[y_train == 1].mean(axis=0)
    d0 = ((X_test - c0) ** 2).sum(axis=1)
    d1 = ((X_test - c1) ** 2).sum(axis=1)
    return (d1 < d0).astype(np.int64)


def cv_accuracy(X: np.ndarray, y: np.ndarray, k: int, n_splits: int = 5) -> float:
    fold = np.arange(len(y)) % n_splits
    scores = []
    for f in range(n_splits):
        train, test = fold != f, fold == f
        cols = top_k_features(X[train], y[train], k)  # chosen without the test rows
        pred = nearest_centroid_predict(X[:, cols], y, X[test][:, cols])
        scores.append(np.mean(pred == y[test]))
    return float(np.mean(scores))
