import numpy as np

from mldojo.grading.casekit import Case, same

RTOL = 1e-7


def _case(name, X, hidden=False):
    Xf = np.asarray(X, dtype=np.float64)
    scale = float(np.var(Xf, axis=0, ddof=1).max()) if Xf.shape[0] > 1 else 1.0
    return Case(name, (X,), hidden=hidden, rtol=RTOL, atol=1e-9 * max(scale, 1e-12))


def _correlated(rng, n, d, mean_scale=3.0):
    mixing = rng.normal(size=(d, d))
    return rng.normal(size=(n, d)) @ mixing + rng.normal(scale=mean_scale, size=d)


def cases(rng):
    out = []
    for i in range(4):
        n, d = int(rng.integers(5, 40)), int(rng.integers(2, 6))
        out.append(_case(f"random #{i + 1} ({n} examples, {d} correlated features)",
                         _correlated(rng, n, d)))
    d = int(rng.integers(3, 6))
    out.append(_case(f"square X ({d} examples, {d} features)", _correlated(rng, d, d)))
    out.append(_case("two examples", _correlated(rng, 2, 3)))
    out.append(_case("one feature", rng.normal(loc=5.0, size=(int(rng.integers(4, 12)), 1))))
    out.append(_case("integer features", rng.integers(-20, 50, size=(10, 3))))
    out.append(_case("fewer examples than features", _correlated(rng, 3, 5)))
    X = _correlated(rng, 30, 3, mean_scale=0.0) + np.array([2.0e6, -3.5e6, 1.0e6])
    out.append(_case("features with means in the millions", X))
    X = _correlated(rng, 8, 3)
    X[:, 1] = 4.0
    out.append(_case("a constant feature", X, hidden=True))
    return out


def _variants(X):
    X = np.asarray(X, dtype=np.float64)
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    rows = X - X.mean(axis=1, keepdims=True)
    m = X.mean(axis=0)
    yield Xc.T @ Xc / n, "this divides by n; the sample covariance divides by n - 1"
    yield (X.T @ X / (n - 1), "the columns were not centred: subtract each column's mean "
           "before the product")
    if X.shape[1] > 1:
        yield (rows @ rows.T / (X.shape[1] - 1), "this is the covariance of the rows "
               "(examples), like np.cov(X) with its default rowvar=True; the features are "
               "the columns")
    yield (rows.T @ rows / (n - 1), "each row was centred (mean over axis=1); centre each "
           "column, with the mean over the examples (axis=0)")
    yield (Xc @ Xc.T / (n - 1), "this is Xc @ Xc.T, an n x n matrix over the examples; the "
           "feature covariance is Xc.T @ Xc")
    yield ((X.T @ X - n * np.outer(m, m)) / (n - 1),
           "the one-pass formula (X^T X - n m m^T) / (n - 1) subtracts two huge, nearly "
           "equal numbers when the means are large, and most digits cancel: centre the "
           "columns first, then multiply")


TOO_SLOW = ("a dot product per pair of features is d * d Python steps: centre X once and take "
            "the one matrix product centred.T @ centred")


def timing(rng):
    return _case("timing", _correlated(rng, 500, 150))


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:  # same()'s words would show the hidden case's expected values
        problem = "the values differ"
    X = case.args[0]
    d = X.shape[1]
    if not isinstance(got, np.ndarray):
        return problem + f"; return a float64 NumPy array of shape ({d}, {d})"
    if got.shape != expected.shape:
        hint = f"; the result must be ({d}, {d}), one row and one column per feature"
        if got.ndim == 0:
            hint += " (np.cov returns a 0-d array for one feature)"
        elif got.shape == (X.shape[0], X.shape[0]):
            hint += ": this looks like a matrix over the examples (rows) instead"
        return problem + hint
    if got.dtype != np.float64:
        return problem + "; convert to float64 first (integer X must give a float result)"
    for wrong, advice in _variants(X):
        if wrong.shape == got.shape and np.allclose(got, wrong, rtol=1e-9, atol=case.atol):
            return f"{problem}; {advice}"
    single = [np.array_equal(v.astype(np.float32).astype(np.float64), v) for v in (got, expected)]
    if got.size > 1 and single == [True, False]:
        return (problem + "; every value is a float32 number: the arithmetic was done in "
                "float32, which keeps about 7 significant digits (and far fewer of a spread "
                "around a large mean). Convert X to float64 before centring and multiplying")
    Xf = np.asarray(X, dtype=np.float64)
    if (np.abs(Xf.mean(axis=0)).max() > 1e3 * Xf.std(axis=0).max() > 0
            and np.allclose(got, expected, rtol=1e-2, atol=case.atol)):
        return (problem + "; close but not exact, on features with large means: a formula "
                "that multiplies first and subtracts the means after (X.T @ X minus an outer "
                "product of sums or means) cancels most digits; centre the columns first, "
                "then multiply")
    if not np.allclose(got, got.T, rtol=1e-9, atol=case.atol):
        return problem + "; a covariance matrix is symmetric, and this result is not"
    return problem + "; S = (X - mean)^T (X - mean) / (n - 1), with one mean per column"
