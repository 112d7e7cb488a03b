import numpy as np

from mldojo.grading.casekit import Case, same


def _blobs(rng, n, d, labels):
    """Points around one centre per label, so neighbours mostly agree."""
    centres = rng.normal(0, 3, size=(len(labels), d))
    which = rng.integers(0, len(labels), size=n)
    return centres[which] + rng.normal(size=(n, d)), np.asarray(labels, dtype=np.int64)[which]


def _queries(rng, m, d):
    return rng.normal(0, 3, size=(m, d))


def _grid(rng, n, m):
    """Integer points on a small grid: many training rows are exactly as far as others."""
    X = rng.integers(0, 3, size=(n, 2)).astype(np.float64)
    y = rng.integers(0, 3, size=n).astype(np.int64)
    return X, y, rng.integers(0, 3, size=(m, 2)).astype(np.float64)


def _rings(rng, m, per_ring):
    """Around each query, `per_ring` training rows all exactly 1 away (unit steps along an
    axis), with random labels; the rings are far apart and their rows interleaved."""
    queries = np.arange(m)[:, None] * np.array([[10.0, 0.0]])
    steps = np.array([[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [0.0, -1.0]])
    X = np.repeat(queries, per_ring, axis=0) + steps[rng.integers(0, 4, size=m * per_ring)]
    y = rng.integers(0, 3, size=m * per_ring).astype(np.int64)
    order = rng.permutation(m * per_ring)
    return X[order], y[order], queries


def cases(rng):
    out = []
    for i in range(3):
        n, d, m = int(rng.integers(20, 60)), int(rng.integers(2, 5)), int(rng.integers(5, 15))
        k = int(rng.choice([1, 3, 5, 7]))
        X, y = _blobs(rng, n, d, [0, 1, 2])
        out.append(Case(f"random {n} training rows, {d} features, k={k}",
                        (X, y, _queries(rng, m, d), k)))
    X, y = _blobs(rng, 40, 2, [0, 1, 2])
    out.append(Case("even k = 4: tied votes go to the smallest label",
                    (X, y, _queries(rng, 30, 2), 4)))
    X, y, Q = _grid(rng, 60, 25)
    out.append(Case("points on an integer grid (many equal distances), k=5", (X, y, Q, 5)))
    out.append(Case("60 training rows equally far from each query, k=5",
                    (*_rings(rng, 10, 60), 5)))
    X, y = _blobs(rng, 30, 3, [-1, 1])
    out.append(Case("labels -1 and +1", (X, y, _queries(rng, 10, 3), 3)))
    X, y = _blobs(rng, 30, 2, [42, 3, 10])
    out.append(Case("labels 3, 10 and 42 (not 0..c-1)", (X, y, _queries(rng, 10, 2), 4)))
    X, y = _blobs(rng, 25, 3, [0, 1, 2])
    out.append(Case("k = 1 on the training rows themselves", (X, y, X.copy(), 1)))
    X, y = _blobs(rng, 12, 2, [0, 1, 2])
    out.append(Case("k = n: every row gets the overall majority", (X, y, _queries(rng, 5, 2), 12)))
    X, y = _blobs(rng, 20, 1, [0, 1])
    out.append(Case("one feature", (X, y, _queries(rng, 8, 1), 3)))
    X, y = _blobs(rng, 10, 2, [0, 1])
    out.append(Case("no test rows", (X, y, np.zeros((0, 2)), 3)))
    out.append(Case("one training row", (np.array([[1.0, 2.0]]), np.array([4], dtype=np.int64),
                                          _queries(rng, 3, 2), 1)))
    # Four rows at distance 1 from the query, listed with the larger labels first: a stable
    # sort takes rows 0 and 1 (labels 9 and 2), a tie broken toward 2.
    X = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0], [5.0, 5.0]])
    y = np.array([9, 2, 0, 0, 2], dtype=np.int64)
    out.append(Case("equally distant neighbours in index order", (X, y, np.zeros((1, 2)), 2),
                    hidden=True))
    return out


def _variant(X_train, y_train, X_test, k, *, kind="stable", start=0, largest=False,
             metric="euclidean", extra=0, first_seen=False):
    if metric == "euclidean":
        dist = np.sqrt(((X_test[:, None] - X_train[None]) ** 2).sum(-1))
    else:
        dist = np.abs(X_test[:, None] - X_train[None]).sum(-1)
    order = np.argsort(dist, axis=1, kind=kind)[:, start:start + k + extra]
    out = np.empty(len(X_test), dtype=np.int64)
    for i, rows in enumerate(order):
        labels, counts = np.unique(y_train[rows], return_counts=True)
        top = np.flatnonzero(counts == counts.max())
        if first_seen:  # Counter.most_common: the tied label met first among the neighbours
            tied = set(labels[top].tolist())
            out[i] = next(label for label in y_train[rows].tolist() if label in tied)
        else:
            out[i] = labels[top[-1] if largest else top[0]]
    return out


def _is(got, candidate):
    return (isinstance(got, np.ndarray) and got.shape == candidate.shape
            and np.array_equal(got, candidate))


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        return None
    if case.hidden:  # same() shows the expected labels; a hidden case keeps them back
        problem = "it does not match"
    X_train, y_train, X_test, k = case.args
    if isinstance(got, np.ndarray) and got.shape == expected.shape and got.dtype != np.int64:
        return problem + "; return the labels as an int64 array (np.int64, like y_train)"
    if isinstance(got, np.ndarray) and got.shape != expected.shape:
        if got.shape == (len(X_train),):
            return problem + "; there is one prediction per row of X_test, not of X_train"
        return problem + f"; return one label per test row, shape ({len(X_test)},)"
    if not isinstance(got, np.ndarray):
        return problem
    if got.size and np.all(np.isin(got, np.arange(len(X_train)))) and not np.all(
            np.isin(got, y_train)):
        return problem + "; these look like row indices: return y_train at the chosen rows"
    if not np.all(np.isin(got, y_train)):
        return problem + "; some predictions are not labels that occur in y_train"
    if _is(got, _variant(*case.args, largest=True)):
        return problem + ("; a tied vote went to the largest label: when several labels have "
                          "the most votes, predict the smallest")
    if _is(got, _variant(*case.args, first_seen=True)):
        return problem + ("; a tied vote went to the label seen first among the neighbours "
                          "(what Counter.most_common does): when several labels have the "
                          "most votes, predict the smallest")
    if k < len(X_train) and _is(got, _variant(*case.args, start=1)):
        return problem + ("; the nearest neighbour was skipped (order[1:k+1]): that is only "
                          "right in leave-one-out, when the test row is itself a training row")
    if k < len(X_train) and _is(got, _variant(*case.args, extra=1)):
        return problem + f"; this votes with k + 1 = {k + 1} neighbours: take exactly k"
    if _is(got, _variant(*case.args, metric="manhattan")):
        return problem + "; this uses the Manhattan distance: use the Euclidean distance"
    if _is(got, _variant(*case.args, kind="quicksort")):
        return problem + ("; equally distant neighbours came out of the sort in an arbitrary "
                          "order: use np.argsort(..., kind=\"stable\") so the lower index wins")
    return problem + ("; check the distance (Euclidean, between each test row and every "
                      "training row), the stable order of equal distances, and the vote")
