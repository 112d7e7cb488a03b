# expect: check first that row i is in fold i % n_splits, as the statement and the starter have it
# Features chosen on each training fold, rightly, but on StratifiedKFold's
# shuffled folds rather than the fold i % n_splits the statement gives.
import numpy as np


def top_k_features(X: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k columns of X most correlated with y (absolute Pearson r)."""
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    r = (Xc.T @ yc) / (np.sqrt((Xc**2).sum(axis=0)) * np.sqrt((yc**2).sum()))
    return np.argsort(-np.abs(r))[:k]


def nearest_centroid_predict(X_train: np.ndarray, y_train: np.ndarray,
                             X_test: np.ndarray) -> np.ndarray:
    """Predict, for each test row, the class (0 or 1) whose training mean is closest."""
    c0 = X_train[y_train == 0].mean(axis=0)
    c1 = X_train[y_train == 1].mean(axis=0)
    d0 = ((X_test - c0) ** 2).sum(axis=1)
    d1 = ((X_test - c1) ** 2).sum(axis=1)
    return (d1 < d0).astype(np.int64)
from sklearn.model_selection import StratifiedKFold
def cv_accuracy(X, y, k, n_splits=5):
    scores = []
    for train, test in StratifiedKFold(n_splits, shuffle=True, random_state=0).split(X, y):
        cols = top_k_features(X[train], y[train], k)
        pred = nearest_centroid_predict(X[train][:, cols], y[train], X[test][:, cols])
        scores.append(np.mean(pred == y[test]))
    return float(np.mean(scores))
