import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-12, 1e-15


def _case(name, y, hidden=False):
    return Case(name, (np.asarray(y, dtype=np.int64),), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(2):
        k = int(rng.integers(2, 6))
        p = rng.dirichlet(np.ones(k) * 0.5)
        y = rng.choice(k, size=int(rng.integers(30, 300)), p=p)
        y[:k] = np.arange(k)
        out.append(_case(f"random imbalanced labels #{i + 1}", rng.permutation(y)))
    out.append(_case("the statement's example", [0, 0, 0, 1]))
    y = np.zeros(400, dtype=np.int64)
    y[rng.choice(400, size=2, replace=False)] = 1
    out.append(_case("fraud: 2 positives in 400", y))
    out.append(_case("labels that are not 0..k-1", rng.choice([-1, 10, 20], size=50,
                                                             p=[0.7, 0.2, 0.1])))
    out.append(_case("balanced classes: every weight is 1", [2, 1, 2, 1, 3, 3]))
    out.append(_case("a single class", [7, 7, 7]))
    out.append(_case("random labels (hidden)", rng.choice(4, size=120, p=[0.6, 0.25, 0.1, 0.05]),
                     hidden=True))
    return out


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "the weights do not match"
    if not (isinstance(got, tuple) and len(got) == 3):
        return f"{problem}; return a tuple (classes, class_weights, sample_weights)"
    (y,) = case.args
    classes, counts = np.unique(y, return_counts=True)
    weights = got[1]
    listed = got[0]
    if (isinstance(listed, np.ndarray) and listed.shape == classes.shape
            and not np.array_equal(listed, classes)
            and np.array_equal(np.sort(listed), classes)):
        return (f"{problem}; the classes must be sorted (np.unique sorts them), with the "
                "weights in the same order")
    if isinstance(listed, np.ndarray) and listed.dtype != np.int64:
        return f"{problem}; return the classes as int64, the labels themselves"
    samples = got[2]
    if (isinstance(samples, np.ndarray) and samples.shape == y.shape
            and np.isclose(samples.sum(), 1.0) and len(y) > 1):
        return (f"{problem}; the sample weights add up to 1: each example gets its class's "
                "weight n / (k n_c), and together they add up to n")
    if (isinstance(weights, np.ndarray) and np.allclose(weights, expected[1], rtol=1e-12)
            and isinstance(samples, np.ndarray) and samples.shape == y.shape
            and not np.allclose(samples, expected[2], rtol=1e-12)):
        return (f"{problem}; the class weights are right but not every example got its own "
                "class's weight: look each label up by its position among the classes "
                "(np.unique(..., return_inverse=True) or np.searchsorted), not by its value")
    if isinstance(weights, np.ndarray) and weights.shape == counts.shape:
        n = len(y)
        for wrong, advice in (
            (counts / n, "that is each class's frequency: the weight is its inverse, scaled, "
             "n / (k n_c), so the rare class weighs more"),
            (1.0 / counts, "1 / n_c has the right ratios but the wrong total: multiply by "
             "n / k, so that all the weights add up to n"),
            (n / counts, "divide by the number of classes too: n / (k n_c)"),
            (counts.max() / counts, "max(n_c) / n_c has the right ratios but the wrong total: "
             "use n / (k n_c), so that all the weights add up to n"),
        ):
            if np.allclose(weights, wrong, rtol=1e-12) and not np.allclose(wrong, expected[1]):
                return f"{problem}; {advice}"
    return problem
