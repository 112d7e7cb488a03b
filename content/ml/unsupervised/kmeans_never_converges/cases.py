import numpy as np

from mldojo.grading.casekit import Case, short

RTOL, ATOL = 1e-9, 1e-12


def _blobs(rng, n, d, k, spread=6.0):
    centres = rng.normal(0, spread, size=(k, d))
    return centres[rng.integers(0, k, size=n)] + rng.normal(size=(n, d))


def _case(name, X, init, **kwargs):
    return Case(name, (X, init), kwargs=kwargs, rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for _ in range(2):
        n, d, k = int(rng.integers(30, 80)), int(rng.integers(2, 4)), int(rng.integers(2, 5))
        X = _blobs(rng, n, d, k)
        out.append(_case(f"random {n} rows, k={k}, started at random rows", X,
                         X[rng.choice(n, size=k, replace=False)].copy()))
    X = _blobs(rng, 40, 2, 2)
    far = np.vstack([X[rng.choice(40, size=2, replace=False)], X.max(axis=0) + 50.0])
    out.append(_case("a starting centroid far from all the data", X, far))
    X = _blobs(rng, 30, 2, 3)
    start = X[rng.choice(30, size=2, replace=False)]
    out.append(_case("two identical starting centroids", X, np.vstack([start[0], start])))
    X = np.repeat(rng.normal(0, 5, size=(3, 2)), 10, axis=0) + rng.normal(0, 0.01, size=(30, 2))
    out.append(_case("five clusters asked of data with three", X, rng.normal(0, 5, size=(5, 2))))
    X = _blobs(rng, 50, 2, 3)
    bad = X[np.argsort(X[:, 0])[:3]].copy()  # three starts crowded on one side
    out.append(_case("stopped by max_iter=1 from a poor start", X, bad, max_iter=1))
    X = _blobs(rng, 40, 2, 3)
    out.append(_case("tol = 0: stop when nothing moves at all", X, X[:3].copy(), tol=0.0))
    centres = rng.normal(0, 8, size=(3, 3))
    X = centres[np.arange(45) % 3] + rng.normal(size=(45, 3))
    out.append(_case("a loose tol=2.0, started near the answer", X,
                     centres + rng.normal(0, 0.15, size=(3, 3)), tol=2.0))
    out.append(_case("one row, two centroids", rng.normal(size=(1, 2)), rng.normal(size=(2, 2))))
    centres = np.array([[-6.0], [6.0]]) + rng.normal(size=(2, 1))
    X = centres[np.arange(30) % 2] + rng.normal(size=(30, 1))
    out.append(_case("every centroid starts to the right of its cluster (all moves negative)",
                     X, centres + rng.uniform(1.0, 2.0, size=(2, 1))))
    # Started a hair from the answer (two far-apart groups, so the assignment is settled):
    # whether the default tol = 1e-8 counts the first move as converged decides n_iter.
    X = np.array([[-8.0, 0.0], [8.0, 0.0]])[np.arange(30) % 2] + rng.normal(size=(30, 2))
    means = np.array([X[0::2].mean(axis=0), X[1::2].mean(axis=0)])
    for offset, words in ((1.5e-8, "just over"), (0.6e-8, "just under")):
        out.append(_case(f"started {words} the default tol from the answer", X,
                         means + np.array([[offset, 0.0], [0.0, 0.0]])))
    # Every coordinate of both centroids moves 0.4 on the first step: the largest single
    # move (0.4) is within tol = 0.5, a norm of the move (0.57 or 0.8) is not.
    X = np.array([[-8.0, 0.0], [8.0, 0.0]])[np.arange(30) % 2] + rng.normal(size=(30, 2))
    means = np.array([X[0::2].mean(axis=0), X[1::2].mean(axis=0)])
    out.append(_case("every coordinate 0.4 from the answer, tol=0.5 (the largest single move)",
                     X, means + np.array([[0.4, 0.4], [0.4, -0.4]]), tol=0.5))
    X = _blobs(rng, 25, 1, 2)
    out.append(_case("one feature, a centroid beyond the data", X,
                     np.array([[X.min()], [X.max() + 30.0]]), max_iter=50))
    out.append(_case("a cluster that wins rows, then loses them all", *_emptied_later(rng)))
    return out


def _lloyd(X, init, max_iter=100, tol=1e-8, *, back_to_start=False, shift_as="max"):
    """The reference loop; with back_to_start, an empty cluster's centroid returns to
    its starting point instead of staying where it was."""
    centroids = np.array(init, dtype=np.float64)
    for n_iter in range(1, max_iter + 1):
        labels = np.linalg.norm(X[:, None, :] - centroids[None, :, :], axis=-1).argmin(axis=1)
        new = centroids.copy()
        for j in range(len(centroids)):
            if np.any(labels == j):
                new[j] = X[labels == j].mean(axis=0)
            elif back_to_start:
                new[j] = init[j]
        move = new - centroids
        shift = {"max": lambda: np.abs(move).max(),
                 "norm": lambda: np.linalg.norm(move),
                 "row_norm": lambda: np.linalg.norm(move, axis=1).max(),
                 "row_sum": lambda: np.abs(move).sum(axis=1).max()}[shift_as]()
        centroids = new
        if shift <= tol:
            break
    return centroids, labels, n_iter


def _labels_stop(X, init, max_iter):
    """The iteration count of a loop that stops once the labels repeat the previous ones."""
    centroids, previous = np.array(init, dtype=np.float64), None
    for n_iter in range(1, max_iter + 1):
        labels = np.linalg.norm(X[:, None, :] - centroids[None, :, :], axis=-1).argmin(axis=1)
        if previous is not None and np.array_equal(labels, previous):
            return n_iter
        previous = labels
        for j in range(len(centroids)):
            if np.any(labels == j):
                centroids[j] = X[labels == j].mean(axis=0)
    return max_iter


def _emptied_later(rng):
    """Data with three groups and five starting centroids, drawn until one centroid
    moves to the mean of rows it won and later loses every one of them (about one draw
    in fifty): only there does 'stays where it is' differ from 'back to its start'."""
    for _ in range(2000):
        X = rng.normal(0, 5, size=(3, 2)).repeat(10, axis=0) + rng.normal(size=(30, 2))
        init = rng.normal(0, 5, size=(5, 2))
        right, back = _lloyd(X, init), _lloyd(X, init, back_to_start=True)
        if not np.allclose(right[0], back[0], rtol=1e-3, atol=1e-3):
            return X, init
    raise AssertionError("no start found whose cluster empties after moving")


def compare(case, expected, got):
    X, init = case.args
    k, d = init.shape
    if not (isinstance(got, tuple) and len(got) == 3):
        return f"return a tuple (centroids, labels, n_iter), got {short(got)}"
    centroids, labels, n_iter = got
    if not isinstance(centroids, np.ndarray) or centroids.shape != (k, d):
        shape = getattr(centroids, "shape", type(centroids).__name__)
        extra = ("; an empty cluster must keep its centroid, not be dropped"
                 if isinstance(centroids, np.ndarray) and centroids.ndim == 2
                 and len(centroids) < k else "")
        return f"centroids should have shape {(k, d)}, got {shape}{extra}"
    if centroids.dtype != np.float64:
        return f"centroids should be float64, got {centroids.dtype}"
    if np.isnan(centroids).any():
        return ("the centroids still contain nan: a cluster with no rows gets the mean of an "
                "empty set. Keep that centroid where it was instead of recomputing it (a "
                "nan-tolerant stopping test only hides this)")
    empty = [j for j in range(k) if not np.any(expected[1] == j)]
    for j in empty:
        if not np.allclose(centroids[j], expected[0][j], rtol=RTOL, atol=ATOL):
            if np.allclose(centroids[j], init[j], rtol=RTOL, atol=ATOL):
                return (f"cluster {j} won rows, moved, then lost them all, and its centroid "
                        "went back to its starting point: an empty cluster's centroid stays "
                        "where it was in the iteration before, not where it started")
            if np.allclose(centroids[j], 0.0):
                return (f"cluster {j} ends with no rows and its centroid was set to 0: an "
                        "empty cluster keeps its old centroid (np.nan_to_num is not the fix)")
            return (f"cluster {j} ends with no rows, so its centroid should be where it was "
                    f"before, not {short(centroids[j])}")
    if not isinstance(labels, np.ndarray) or labels.shape != (len(X),):
        return f"labels should be an array of shape ({len(X)},), got {short(labels)}"
    if labels.dtype != np.int64:
        return f"labels should be int64, got {labels.dtype}"
    if not np.allclose(centroids, expected[0], rtol=RTOL, atol=ATOL):
        return ("the centroids differ from the ones Lloyd's algorithm reaches from this "
                f"start: expected {short(expected[0])}, got {short(centroids)}; each "
                "iteration assigns every row to its nearest centroid, then moves each "
                "non-empty cluster's centroid to the mean of its rows")
    if not np.array_equal(labels, expected[1]):
        i = int(np.flatnonzero(labels != expected[1])[0])
        return (f"labels[{i}] should be {expected[1][i]}, got {labels[i]}: return the "
                "labels from the last assignment step")
    if isinstance(n_iter, bool) or not isinstance(n_iter, int | np.integer):
        return f"n_iter should be an int, got {type(n_iter).__name__} {short(n_iter)}"
    max_iter = case.kwargs.get("max_iter", 100)
    if n_iter != expected[2] and n_iter == max_iter:
        return (f"n_iter should be {expected[2]}, got {n_iter}: the loop ran to max_iter "
                "although the centroids stopped moving; the test is 'largest move <= tol', "
                "which must hold when nothing moves, even with tol = 0")
    if n_iter != expected[2]:
        for shift_as in ("norm", "row_norm", "row_sum"):
            if n_iter == _lloyd(X, init, **case.kwargs, shift_as=shift_as)[2]:
                return (f"n_iter should be {expected[2]}, got {n_iter}: the stopping test "
                        "compares the largest move of any single coordinate with tol, "
                        "np.abs(new - old).max() <= tol, not a norm of the centroids' moves "
                        "(which is larger when several coordinates move)")
        if n_iter == _labels_stop(X, init, case.kwargs.get("max_iter", 100)):
            return (f"n_iter should be {expected[2]}, got {n_iter}: the loop stopped when the "
                    "labels stopped changing; the test is on the centroids' moves, "
                    "np.abs(new - old).max() <= tol, checked in the iteration that made them "
                    "(it also honours a loose tol)")
        tol = case.kwargs.get("tol", "1e-8, the default")
        return (f"n_iter should be {expected[2]}, got {n_iter}: count every iteration run, "
                f"including the last one, whose largest centroid move was <= tol (here "
                f"{tol}), or stop at max_iter")
    return None
