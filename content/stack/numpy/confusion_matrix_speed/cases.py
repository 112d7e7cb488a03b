import numpy as np

from mldojo.grading.casekit import Case, same


def _labels(rng, n, k, accuracy=0.7, dtype=np.int64):
    t = rng.integers(0, k, size=n)
    p = np.where(rng.random(n) < accuracy, t, rng.integers(0, k, size=n))
    return t.astype(dtype), p.astype(dtype)


def cases(rng):
    out = []
    for i in range(3):
        n, k = int(rng.integers(20, 300)), int(rng.integers(2, 8))
        out.append(Case(f"random predictions #{i + 1} (n={n}, {k} classes)", (*_labels(rng, n, k), k)))
    out.append(Case("the statement's example",
                    (np.array([0, 0, 1, 2, 2, 2]), np.array([0, 1, 1, 2, 2, 0]), 3)))
    t, p = _labels(rng, 50, 5)
    t[t == 3], p[p == 3] = 4, 4  # class 3 never occurs
    out.append(Case("a class that never occurs", (t, p, 5)))
    t, p = _labels(rng, 40, 4)
    t[t == 3], p[p == 3] = 2, 2  # the last class never occurs: the matrix keeps its size
    out.append(Case("the last class never occurs", (t, p, 4)))
    out.append(Case("uint8 labels, 30 classes", (*_labels(rng, 2000, 30, dtype=np.uint8), 30)))
    out.append(Case("int32 labels", (*_labels(rng, 100, 6, dtype=np.int32), 6)))
    # NumPy gives int64 combined with uint64 the type float64, which bincount refuses:
    # casting only y_true to int64 breaks here.
    out.append(Case("uint64 labels (int64 combined with uint64 gives float64)",
                    (*_labels(rng, 80, 4, dtype=np.uint64), 4)))
    out.append(Case("a perfect classifier", (*_labels(rng, 60, 3, accuracy=1.0), 3)))
    out.append(Case("one example", (np.array([1]), np.array([0]), 2)))
    out.append(Case("no examples", (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), 3),
                    hidden=True))
    return out


TOO_SLOW = ("count in one pass over the examples: a Python loop (or a Counter) is too slow, "
            "and so are loop-free routes that do more work per example than counting: a sort "
            "(np.unique), binning floats (np.histogram2d) or a one-hot matrix product. Give "
            "each (true, predicted) pair one flat cell number, true * k + pred in int64, and "
            "count them with np.bincount (or np.add.at)")


def timing(rng):
    # One call per timed run (number = 1): with three calls on the same arrays, a Python
    # loop (a Counter over the pairs) that remembered its last result passed 10x. Measured
    # with one call: bincount about 13x, np.add.at about 12x, a Counter loop about 5x.
    return Case("timing", (*_labels(rng, 900_000, 10, dtype=np.uint8), 10))


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        return None
    if case.hidden:  # the judge adds which hidden case this is
        if problem.startswith("expected shape"):
            return problem + "; the matrix is (n_classes, n_classes) whatever the labels hold"
        return problem if problem.startswith("expected dtype") else "the counts do not match"
    y_true, y_pred, k = case.args
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return problem + f"; return the ({k}, {k}) matrix, a row per true class"
    if got.dtype != expected.dtype:
        return problem + "; return int64 counts"
    if got.max(initial=0) <= 1 and expected.max(initial=0) > 1:
        return (problem + "; no cell counts above 1: cm[y_true, y_pred] += 1 writes each "
                "repeated pair once instead of adding; count with np.bincount or np.add.at")
    if np.array_equal(got, expected.T):
        return problem + "; the matrix is transposed: rows are the true classes"
    if got.sum() == expected.sum() and y_true.dtype.itemsize == 1:
        return (problem + f"; the counts landed in the wrong cells: y_true * {k} computed in "
                f"{y_true.dtype} wraps around; cast to int64 first")
    return problem
