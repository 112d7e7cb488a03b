"""Any valid grouped split passes: the checks test the rules, not one answer."""

import numpy as np

from mldojo.grading.casekit import Case


def _rows(rng, ids, sizes):
    """One row per visit: each id repeated by its size, rows shuffled."""
    groups = np.repeat(np.asarray(ids), sizes)
    return groups[rng.permutation(len(groups))]


def _patients(rng, n_groups):
    ids = np.array([f"p{int(i):03d}" for i in rng.choice(1000, size=n_groups, replace=False)])
    return _rows(rng, ids, rng.geometric(0.3, size=n_groups))


def cases(rng):
    out = []
    for _ in range(3):
        n_groups, k = int(rng.integers(8, 30)), int(rng.integers(2, 6))
        out.append(Case(f"{n_groups} patients with 1 to ~10 visits each, k={k}",
                        (_patients(rng, n_groups), k)))
    ids = rng.choice(np.arange(100, 200), size=12, replace=False)
    out.append(Case("integer group ids, one very large group, k=3",
                    (_rows(rng, ids, [40] + [int(s) for s in rng.integers(1, 5, size=11)]), 3)))
    out.append(Case("large and small groups alternating in id order, k=2",
                    (_rows(rng, np.arange(6), [20, 1, 20, 1, 20, 1]), 2)))
    out.append(Case("the large groups have the smallest ids, k=2",
                    (_rows(rng, np.arange(8), [10, 10, 10, 10, 1, 1, 1, 1]), 2)))
    out.append(Case("exactly k groups, k=4",
                    (_rows(rng, np.array(["a", "b", "c", "d"]), [3, 1, 5, 2]), 4)))
    out.append(Case("every row its own group, k=5",
                    (rng.permutation(23), 5)))
    out.append(Case("rows already sorted by group, k=3",
                    (np.repeat(np.arange(7), [5, 4, 4, 3, 3, 2, 9]), 3)))
    out.append(Case("hospitals of very unequal size, k=4 (hidden)",
                    (_rows(rng, np.arange(10), [30, 2, 25, 3, 3, 20, 1, 1, 2, 15]), 4),
                    hidden=True))
    return out


def _folds_problem(got, n, k, hidden=False):
    """The first rule a list of (train, test) pairs breaks, or None. For a hidden case the
    words name the rule only: no row count, row index or group size of its input."""
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
                return (f"fold {i}: {name} has dtype {idx.dtype}; row indices must be "
                        "integers (a boolean mask is not an index array)")
            if idx.size and (idx.min() < 0 or idx.max() >= n):
                where = "the rows' range" if hidden else f"0..{n - 1}"
                return f"fold {i}: {name} holds an index outside {where}"
            if np.any(np.diff(idx) <= 0):
                return (f"fold {i}: {name} must be sorted ascending without repeats "
                        "(np.sort, or build it from a mask)")
        train, test = pair
        if test.size == 0:
            return f"fold {i}: the test set is empty; every fold needs at least one group"
        if np.intersect1d(train, test).size:
            row = "a row" if hidden else f"row {int(np.intersect1d(train, test)[0])}"
            return f"fold {i}: {row} is in train and test"
        if train.size + test.size != n:
            if hidden:
                return f"fold {i}: train and test together should hold every row, once"
            return (f"fold {i}: train and test together should hold all {n} rows, "
                    f"they hold {train.size + test.size}")
        seen.append(test)
    every = np.sort(np.concatenate(seen))
    if not np.array_equal(every, np.arange(n)):
        counts = np.bincount(every, minlength=n)
        twice = np.flatnonzero(counts > 1)
        if twice.size:
            if hidden:
                return "a row is in several test sets: each row tests once"
            return f"row {int(twice[0])} is in {int(counts[twice[0]])} test sets: each row tests once"
        if hidden:
            return "a row is in no test set: each row tests once"
        return f"row {int(np.flatnonzero(counts == 0)[0])} is in no test set"
    return None


def compare(case, expected, got):
    groups, k = case.args
    groups = np.asarray(groups)
    problem = _folds_problem(got, len(groups), k, hidden=case.hidden)
    if problem:
        return problem
    for i, (train, test) in enumerate(got):
        shared = np.intersect1d(groups[train], groups[test])
        if shared.size:
            who = "a group" if case.hidden else f"group {shared[0].item()!r}"
            return (f"fold {i}: {who} has rows in both train and test. Choose the fold "
                    "per group, not per row, so the model is tested on groups it never saw")
    sizes = [len(test) for _, test in got]
    largest = int(np.unique(groups, return_counts=True)[1].max())
    if max(sizes) - min(sizes) > largest:
        if case.hidden:
            return ("the test folds' row counts differ by more than the largest group has "
                    "rows. Balance the folds by rows, not by number of groups: place the "
                    "largest groups first, each into the fold with the fewest rows so far")
        return (f"the test folds have {sizes} rows: they differ by {max(sizes) - min(sizes)}, "
                f"more than the largest group ({largest} rows). Balance the folds by rows, "
                "not by number of groups: place the largest groups first, each into the "
                "fold with the fewest rows so far")
    return None
