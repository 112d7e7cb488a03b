import numpy as np

from mldojo.grading.casekit import Case, short

RTOL, ATOL = 1e-9, 1e-12


def _blobs(rng, n, d, k):
    centres = rng.normal(0, 5, size=(k, d))
    return centres[rng.integers(0, k, size=n)] + rng.normal(size=(n, d))


def _case(name, X, centroids, hidden=False):
    return Case(name, (X, centroids), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(3):
        n, d, k = int(rng.integers(20, 80)), int(rng.integers(2, 5)), int(rng.integers(2, 6))
        X = _blobs(rng, n, d, k)
        out.append(_case(f"random {n} rows, {d} features, k={k} (centroids: random rows)",
                         X, X[rng.choice(n, size=k, replace=False)].copy()))
    X = _blobs(rng, 30, 2, 2)
    far = np.vstack([X[:2], X.max(axis=0) + 100.0])
    out.append(_case("a centroid far from every row (its cluster is empty)", X, far))
    X = _blobs(rng, 25, 3, 3)
    twin = X[rng.choice(25, size=2, replace=False)]
    out.append(_case("two identical centroids (ties go to the lower index)",
                     X, np.vstack([twin[0], twin[0], twin[1]])))
    X = _blobs(rng, 40, 2, 4)
    out.append(_case("more centroids than clusters, k=6", X, rng.normal(0, 5, size=(6, 2))))
    X = _blobs(rng, 15, 3, 1)
    out.append(_case("k = 1 (the new centroid is the mean of X)", X, rng.normal(size=(1, 3))))
    out.append(_case("one row", rng.normal(size=(1, 4)), rng.normal(size=(3, 4))))
    X = _blobs(rng, 20, 1, 2)
    out.append(_case("one feature", X, rng.normal(0, 5, size=(3, 1))))
    X = rng.integers(-3, 4, size=(30, 2)).astype(np.float64)
    out.append(_case("integer-valued points with exact distance ties", X,
                     np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0]])))
    X = np.array([[0.0, 0.0], [4.0, 0.0], [2.0, 3.0], [2.0, 1.0]])
    out.append(_case("a row exactly between two centroids", X,
                     np.array([[0.0, 0.0], [4.0, 0.0]]), hidden=True))
    return out


def _variant(X, C, *, plain=False, after=False, nan_empty=False):
    sq = ((X[:, None] - C[None]) ** 2).sum(-1)
    labels = sq.argmin(1)
    new = C.astype(float).copy()
    for j in range(len(C)):
        if np.any(labels == j) or nan_empty:
            with np.errstate(all="ignore"):
                new[j] = X[labels == j].mean(0) if np.any(labels == j) else np.nan
    ref = new if after else C
    dist = ((X - ref[labels]) ** 2).sum(-1)
    return labels, new, float((np.sqrt(dist) if plain else dist).sum())


def compare(case, expected, got):
    X, C = case.args
    n, k = len(X), len(C)
    if not (isinstance(got, tuple) and len(got) == 3):
        return f"return a tuple of three items (labels, new_centroids, inertia), got {short(got)}"
    labels, new, inertia = got
    if not isinstance(labels, np.ndarray) or labels.shape != (n,):
        shape = getattr(labels, "shape", type(labels).__name__)
        hint = ("; argmin over axis=0 gives one index per centroid: use axis=1"
                if shape == (k,) else "")
        return f"labels should be an array of shape ({n},), one per row; got {shape}{hint}"
    if labels.dtype != np.int64:
        return f"labels should be int64, got {labels.dtype}"
    if not np.array_equal(labels, expected[0]):
        i = int(np.flatnonzero(labels != expected[0])[0])
        wrong = (f"labels[{i}] is wrong, got {labels[i]}" if case.hidden else
                 f"labels[{i}] should be {expected[0][i]}, got {labels[i]} (row {short(X[i])})")
        return (f"{wrong}: each row goes to the nearest centroid by Euclidean distance, the "
                "lowest index on a tie")
    if not isinstance(new, np.ndarray) or new.shape != (k, X.shape[1]):
        return f"new_centroids should be an array of shape {(k, X.shape[1])}, got {short(new)}"
    if new.dtype != np.float64:
        return f"new_centroids should be float64, got {new.dtype}"
    if np.isnan(new).any():
        return ("new_centroids contains nan: a cluster with no rows must keep its old "
                "centroid (the mean of an empty set is nan)")
    if not np.allclose(new, expected[1], rtol=RTOL, atol=ATOL):
        j = int(np.flatnonzero(~np.isclose(new, expected[1], rtol=RTOL, atol=ATOL).all(1))[0])
        members = int((expected[0] == j).sum())
        if members == 0:
            return (f"cluster {j} got no rows, so its centroid must stay where it was; got "
                    f"{short(new[j])}")
        return (f"new_centroids[{j}] should be the mean of the {members} rows labelled {j}"
                + ("" if case.hidden else f", {short(expected[1][j])}; got {short(new[j])}"))
    if not isinstance(inertia, float):
        return f"inertia should be a Python float, got {type(inertia).__name__} {short(inertia)}"
    if np.isclose(inertia, expected[2], rtol=RTOL, atol=ATOL):
        return None
    for kwargs, why in (({"plain": True}, "this sums plain distances: square them"),
                        ({"after": True}, "this is measured against the new centroids: "
                                          "measure against the centroids you were given"),
                        ({"plain": True, "after": True}, "this sums plain distances to the "
                                                         "new centroids")):
        if np.isclose(inertia, _variant(X, C, **kwargs)[2], rtol=1e-7):
            return f"the inertia is wrong: {why}"
    if n > 1 and np.isclose(inertia * n, expected[2], rtol=1e-7):
        return ("the inertia is wrong: this is the mean of the squared distances; the "
                "inertia is their sum")
    shown = "" if case.hidden else f" {expected[2]!r}, got {inertia!r}"
    return ("the inertia should be the sum of squared distances from each row to its "
            f"assigned (given) centroid{':' if shown else ''}{shown}")
