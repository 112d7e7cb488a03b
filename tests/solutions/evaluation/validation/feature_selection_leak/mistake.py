# expect: features are still chosen with every row's label
import numpy as np


def top_k_features(X, y, k):
    """Indices of the k columns of X most correlated with y (absolute Pearson r)."""
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    r = (Xc.T @ yc) / (np.sqrt((Xc**2).sum(axis=0)) * np.sqrt((yc**2).sum()))
    return np.argsort(-np.abs(r))[:k]


def nearest_centroid_predict(X_train, y_train, X_test):
    """Predict, for each test row, the class (0 or 1) whose training mean is closest."""
    c0 = X_train[y_train == 0].mean(axis=0)
    c1 = X_train[y_train == 1].mean(axis=0)
    d0 = ((X_test - c0) ** 2).sum(axis=1)
    d1 = ((X_test - c1) ** 2).sum(axis=1)
    return (d1 < d0).astype(np.int64)


def cv_accuracy(X, y, k, n_splits=5):
    fold = np.arange(len(y)) % n_splits
    scores = []
    for f in range(n_splits):
        train, test = fold != f, fold == f
        # Moved into the loop, but still fitted on every row.
        cols = top_k_features(X, y, k)
        pred = nearest_centroid_predict(X[train][:, cols], y[train], X[test][:, cols])
        scores.append(np.mean(pred == y[test]))
    return float(np.mean(scores))
