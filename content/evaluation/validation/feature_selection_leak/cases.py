import math

import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-9, 1e-12


def _noise(rng, n, d):
    return rng.normal(size=(n, d)), rng.integers(0, 2, size=n)


def _signal(rng, n, d, informative, strength):
    y = rng.integers(0, 2, size=n)
    X = rng.normal(size=(n, d))
    cols = rng.choice(d, size=informative, replace=False)
    X[:, cols] += strength * (2 * y[:, None] - 1)
    return X, y


def _case(name, X, y, k, n_splits=None, hidden=False):
    kwargs = {} if n_splits is None else {"n_splits": n_splits}
    return Case(name, (X, y, k), kwargs, rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(2):
        n, d = int(rng.integers(60, 100)), int(rng.integers(500, 1000))
        out.append(_case(f"pure noise, {n} rows, {d} features, k=10", *_noise(rng, n, d), 10))
    n = int(rng.integers(80, 120))
    out.append(_case(f"5 informative features among 300, {n} rows, k=5",
                     *_signal(rng, n, 300, 5, 0.8), 5))
    out.append(_case("weak signal, k=20, 3 folds", *_signal(rng, 90, 400, 10, 0.3), 20, 3))
    out.append(_case("pure noise, k=1, 10 folds, 73 rows (unequal folds)",
                     *_noise(rng, 73, 600), 1, 10))
    X, y = _noise(rng, 50, 8)
    out.append(_case("k equal to the number of features (nothing to select)", X, y, 8))
    out.append(_case("pure noise, 2 folds", *_noise(rng, 64, 800), 15, 2))
    out.append(_case("pure noise, k=3 (hidden)", *_noise(rng, 70, 900), 3, 4, hidden=True))
    return out


def _score(X, y, k, n_splits, *, select="train", contiguous=False, centroids_on_all=False):
    def top(Xs, ys):
        Xc, yc = Xs - Xs.mean(axis=0), ys - ys.mean()
        # A test fold of one class (a wrong answer replayed on small folds) gives 0 / 0.
        with np.errstate(invalid="ignore", divide="ignore"):
            r = (Xc.T @ yc) / (np.sqrt((Xc**2).sum(axis=0)) * np.sqrt((yc**2).sum()))
        return np.argsort(-np.abs(r))[:k]

    def predict(Xtr, ytr, Xte):
        c0, c1 = Xtr[ytr == 0].mean(axis=0), Xtr[ytr == 1].mean(axis=0)
        return (((Xte - c1) ** 2).sum(axis=1) < ((Xte - c0) ** 2).sum(axis=1)).astype(int)

    fold = np.arange(len(y)) % n_splits
    if contiguous:
        fold = np.repeat(np.arange(n_splits), [len(a) for a in np.array_split(y, n_splits)])
    scores, hits = [], 0
    for f in range(n_splits):
        train, test = fold != f, fold == f
        rows = {"train": train, "test": test, "all": slice(None), "first": fold != 0}[select]
        cols = top(X[rows], y[rows])
        fit = slice(None) if centroids_on_all else train
        pred = predict(X[fit][:, cols], y[fit], X[test][:, cols])
        scores.append(np.mean(pred == y[test]))
        hits += int(np.sum(pred == y[test]))
    return float(np.mean(scores)), hits / len(y)


def diagnose(case, expected, got):
    try:
        value = float(got)
    except (TypeError, ValueError):
        return "return the mean accuracy over the folds, as a single float"
    if math.isnan(value):
        return "the result is nan: does every training fold still have both classes?"
    X, y, k = case.args
    n_splits = case.kwargs.get("n_splits", 5)
    if math.isclose(value, _score(X, y, k, n_splits, select="all")[0], rel_tol=1e-9):
        return ("the features are still chosen with every row's label, the test folds' "
                "included: choose them inside the loop, from the training rows only")
    if math.isclose(value, _score(X, y, k, n_splits, select="test")[0], rel_tol=1e-9):
        return ("the features are chosen on the test fold's rows: that reads exactly the "
                "labels being predicted. Choose them on the training rows")
    if math.isclose(value, _score(X, y, k, n_splits, select="first")[0], rel_tol=1e-9):
        return ("the features are chosen once, on the first fold's training rows, and reused "
                "for every fold: those rows are the other folds' test rows. Choose them "
                "again inside the loop, from each fold's training rows")
    if math.isclose(value, _score(X, y, k, n_splits, centroids_on_all=True)[0], rel_tol=1e-9):
        return ("the features are chosen on the training rows now, but the score is the one "
                "that centroids fitted on every row give, the test fold's labels included: "
                "fit them on the training rows too. (Fold accuracies are coarse, so another "
                "slip can land on the same score: if your centroids already use the "
                "training rows only, look for any other step fitted on every row)")
    if math.isclose(value, _score(X, y, k, n_splits)[1], rel_tol=1e-9):
        return ("this is the accuracy pooled over all rows; return the mean of the folds' "
                "accuracies, as the starter does")
    if math.isclose(value, _score(X, y, k, n_splits, contiguous=True)[0], rel_tol=1e-9):
        return "keep the folds of the starter: row i is in fold i % n_splits"
    # Another splitter's folds (KFold, StratifiedKFold, shuffled or not) give a score that
    # fold accuracies this coarse cannot tell from another slip, so name what to check.
    return ("no usual mistake gives this score; check first that row i is in fold "
            "i % n_splits, as the statement and the starter have it (KFold or "
            "StratifiedKFold, shuffled or not, make other folds, and so other scores), then "
            "that nothing (a scaler, the centroids, the feature choice) is fitted on rows "
            "outside each fold's training rows")
