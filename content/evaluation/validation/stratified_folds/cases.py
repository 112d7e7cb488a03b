"""Any valid stratified split passes: the checks test the rules, not one answer."""

import numpy as np

from mldojo.grading.casekit import Case


def _shuffled(rng, counts, labels=None):
    labels = list(range(len(counts))) if labels is None else labels
    y = np.repeat(np.array(labels), counts)
    return y[rng.permutation(len(y))]


def cases(rng):
    out = []
    for _ in range(3):
        k = int(rng.integers(3, 6))
        counts = rng.integers(k, 40, size=int(rng.integers(2, 4)))
        out.append(
            Case(f"random labels, {len(counts)} classes, k={k}", (_shuffled(rng, counts), k))
        )
    counts = [int(rng.integers(60, 90)), 4]
    out.append(Case("a rare class (4 rows), k=5", (_shuffled(rng, counts), 5)))
    y = np.repeat([0, 1, 2], [12, 9, 7])
    out.append(Case("rows sorted by label (as files often are), k=3", (y, 3)))
    out.append(
        Case(
            "three classes whose leftovers all fall on fold 0 if dealt per class",
            (_shuffled(rng, [11, 6, 16]), 5),
        )
    )
    y = _shuffled(rng, [7, 13, 5], ["cat", "dog", "eel"])
    out.append(Case("string labels, k=4", (y, 4)))
    y = _shuffled(rng, [6, 4])
    out.append(Case("k equal to the number of rows (leave-one-out)", (y, 10)))
    out.append(Case("one class only, k=4", (np.zeros(10, dtype=np.int64), 4)))
    out.append(
        Case(
            "leftovers of four classes, k=6 (hidden)",
            (_shuffled(rng, [13, 7, 19, 1]), 6),
            hidden=True,
        )
    )
    return out


def _folds_problem(got, n, k):
    """The first rule a list of (train, test) pairs breaks, or None."""
    if not isinstance(got, list):
        return f"return a list of {k} (train_idx, test_idx) tuples, got {type(got).__name__}"
    if len(got) != k:
        return f"expected {k} folds (one per split), got {len(got)}"
    seen = []
    for i, pair in enumerate(got):
        if not (isinstance(pair, tuple) and len(pair) == 2):
            return f"fold {i} should be a tuple (train_idx, test_idx)"
        for name, idx in zip(("train_idx", "test_idx"), pair, strict=True):
            if not isinstance(idx, np.ndarray) or idx.ndim != 1:
                return f"fold {i}: {name} should be a 1-D NumPy array"
            if idx.dtype.kind not in "iu":
                return (
                    f"fold {i}: {name} has dtype {idx.dtype}; row indices must be "
                    "integers (a boolean mask is not an index array)"
                )
            if idx.size and (idx.min() < 0 or idx.max() >= n):
                return f"fold {i}: {name} holds an index outside 0..{n - 1}"
            if np.any(np.diff(idx) <= 0):
                return (
                    f"fold {i}: {name} must be sorted ascending without repeats "
                    "(np.sort, or build it from a mask)"
                )
        train, test = pair
        if test.size == 0:
            return f"fold {i}: the test set is empty"
        if np.intersect1d(train, test).size:
            return f"fold {i}: row {int(np.intersect1d(train, test)[0])} is in train and test"
        if train.size + test.size != n:
            return (
                f"fold {i}: train and test together should hold all {n} rows, "
                f"they hold {train.size + test.size}"
            )
        seen.append(test)
    every = np.sort(np.concatenate(seen))
    if not np.array_equal(every, np.arange(n)):
        counts = np.bincount(every, minlength=n)
        twice = np.flatnonzero(counts > 1)
        if twice.size:
            return (
                f"row {int(twice[0])} is in {int(counts[twice[0]])} test sets: each row tests once"
            )
        return f"row {int(np.flatnonzero(counts == 0)[0])} is in no test set"
    return None


def compare(case, expected, got):
    y, k = case.args
    y = np.asarray(y)
    problem = _folds_problem(got, len(y), k)
    if problem:
        if isinstance(got, list) and all(isinstance(p, tuple) and len(p) == 2 for p in got):
            swapped = [(test, train) for train, test in got]
            if _folds_problem(swapped, len(y), k) is None:
                return (
                    f"{problem}; the pairs look swapped. Each tuple is (train_idx, test_idx), "
                    "in that order: the test set is the small one, about n / k rows"
                )
        return problem
    for c in np.unique(y):
        n_c = int(np.sum(y == c))
        low, high = n_c // k, -(-n_c // k)
        for i, (_, test) in enumerate(got):
            have = int(np.sum(y[test] == c))
            if not low <= have <= high:
                where = "" if case.hidden else f" of class {c.item()!r}"
                return (
                    f"test fold {i} holds {have} rows{where}, but with {n_c} such rows "
                    f"and k={k} each test fold should hold {low}"
                    + (f" or {high}" if high != low else "")
                    + ": deal each class out evenly across the folds"
                )
    sizes = [len(test) for _, test in got]
    if max(sizes) - min(sizes) > 1:
        return (
            f"the test folds have sizes {sizes}: they must differ by at most 1. If each "
            "class starts dealing at fold 0, their leftovers pile up in the first folds; "
            "keep dealing where the previous class stopped"
        )
    return None
