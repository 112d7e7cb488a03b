import numpy as np

from mldojo.grading.casekit import Case, same, short


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
    for _ in range(3):
        n, d, m = int(rng.integers(20, 60)), int(rng.integers(2, 5)), int(rng.integers(5, 15))
        k = int(rng.choice([1, 3, 5, 7]))
        X, y = _blobs(rng, n, d, [0, 1, 2])
        out.append(Case(f"random {n} training rows, {d} features, k={k}",
                        (X, y, _queries(rng, m, d), k)))
    # A fixed grid on which scikit-learn's KNeighborsClassifier (every algorithm) orders
    # equally distant rows otherwise than by index, so its predictions differ.
    X = np.array([[2, 1], [1, 1], [2, 2], [1, 1], [2, 1], [2, 1], [1, 2], [0, 1], [2, 0],
                  [0, 1], [2, 2], [0, 2], [1, 0], [1, 1], [0, 1]], dtype=np.float64)
    y = np.array([0, 2, 2, 1, 2, 1, 1, 0, 1, 2, 2, 2, 2, 2, 0], dtype=np.int64)
    Q = np.array([[1, 0], [2, 2], [0, 1], [2, 1], [1, 0], [2, 0], [0, 0], [0, 0]],
                 dtype=np.float64)
    out.append(Case("a small integer grid, k=5 (ties at the k-th place)", (X, y, Q, 5)))
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
    largest = _is(got, _variant(*case.args, largest=True))
    counter = _is(got, _variant(*case.args, first_seen=True))
    if k <= len(X_train) and _is(got, _variant(*case.args, start=1)):
        return problem + _skipped(case, expected, got, largest, counter)
    if largest or counter:
        return f"{problem}; {_vote_rule(case, expected, got, largest, counter)}"
    if _is(got, _variant(*case.args, metric="manhattan")):
        return problem + "; this uses the Manhattan distance: use the Euclidean distance"
    # Where the first wrong row has equally distant rows across the k-th place, an unstable
    # sort (argpartition, scikit-learn's neighbours) can match k + 1 neighbours or a skipped
    # first one by chance: the tie rule is the explanation that always holds there.
    order = _distance_rule(case, expected, got)
    if order:
        also = ""
        if k < len(X_train) and _is(got, _variant(*case.args, extra=1)):
            also = f"; or, if the order is stable, this votes with k + 1 = {k + 1} neighbours"
        return f"{problem}; {order}{also}"
    if k < len(X_train) and _is(got, _variant(*case.args, extra=1)):
        return problem + f"; this votes with k + 1 = {k + 1} neighbours: take exactly k"
    return problem + ("; check the distance (Euclidean, between each test row and every "
                      "training row), the stable order of equal distances, and the vote")


def _skipped(case, expected, got, largest, counter):
    """The words for a result that skipping the nearest neighbour gives exactly: checked
    before the other mistakes, which can match it by chance on one case; where this case
    cannot tell them apart, all that fit are named."""
    X_train, _, _, k = case.args
    skip = ("the nearest neighbour was skipped (order[1:k+1]): that is only right in "
            "leave-one-out, when the test row is itself a training row; take order[:k]")
    others = []
    if k < len(X_train) and _is(got, _variant(*case.args, extra=1)):
        others.append(f"a vote with k + 1 = {k + 1} neighbours (take exactly k)")
    if largest or counter:
        others.append("a tied vote not given to the smallest label")
    if _distance_rule(case, expected, got):
        others.append("equally distant rows not taken in index order (use "
                      "np.argsort(distances, kind=\"stable\"))")
    if not others:
        return "; " + skip
    return ("; on this case the result fits more than one mistake: " + skip + "; or "
            + "; or ".join(others))


# Two rules decide ties: equally distant training rows are taken in index order, and a
# tied vote goes to the smallest label. Each message names the rule that was broken and
# shows it on the first wrong test row; a hidden case names the rule, not the data.


def _first_wrong(case, expected, got):
    X_train, _, X_test, _ = case.args
    i = int(np.flatnonzero(got != expected)[0])
    dist = np.sqrt(((X_train - X_test[i]) ** 2).sum(-1))
    return i, dist, np.argsort(dist, kind="stable")


def _vote_rule(case, expected, got, largest, counter):
    _, y_train, _, k = case.args
    how = {(True, False): "the largest tied label",
           (False, True): "the tied label met first among the neighbours, as "
                          "Counter.most_common picks",
           (True, True): "the largest tied label, which is also the one met first among the "
                         "neighbours (as Counter.most_common picks)"}[(largest, counter)]
    fix = ("sort the tied labels, or take np.argmax of the counts from np.unique, whose "
           "labels come sorted")
    if case.hidden:
        return f"a tied vote went to {how}; the smallest of the tied labels must win: {fix}"
    i, _, order = _first_wrong(case, expected, got)
    rows = order[:k]
    labels, counts = np.unique(y_train[rows], return_counts=True)
    tied = labels[counts == counts.max()].tolist()
    votes = int(counts.max())
    return (f"the vote tie rule is broken, first on test row {i}: its k = {k} nearest "
            f"training rows, {short(rows.tolist())}, have the labels "
            f"{short(y_train[rows].tolist())}, so {' and '.join(map(str, tied))} tie with "
            f"{votes} vote{'s' if votes > 1 else ''} each; the smallest tied label must win, "
            f"and you predicted {got[i]}, {how}; {fix}")


def _distance_rule(case, expected, got):
    """When the first wrong row has equally distant rows across the k-th place."""
    X_train, _, _, k = case.args
    i, dist, order = _first_wrong(case, expected, got)
    if k >= len(X_train) or dist[order[k - 1]] != dist[order[k]]:
        return None
    fix = "use np.argsort(distances, kind=\"stable\"); the default sort is not stable"
    if case.hidden:
        return ("equally distant training rows were not taken in index order: when several "
                f"rows are as far as the k-th nearest, the lower indices come first; {fix}")
    at = dist[order[k - 1]]
    equal = np.flatnonzero(dist == at).tolist()
    inside = [int(r) for r in order[:k] if dist[r] == at]
    return (f"the distance tie rule is broken, first on test row {i}: the training rows "
            f"{short(equal)} are all {at:.4g} away from it and only {len(inside)} of them fit "
            f"among the k = {k} nearest, so the lowest indices, {short(inside)}, must be the "
            f"ones taken; {fix}")
