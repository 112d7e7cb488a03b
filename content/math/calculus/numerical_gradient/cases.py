import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-6, 1e-8


def loss(w, X, y):
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def _problem(rng, n, d, w=None):
    X = rng.normal(scale=1.5, size=(n, d))
    y = rng.integers(0, 2, size=n).astype(np.float64)
    if w is None:
        w = rng.normal(size=d)
    return w, X, y


def cases(rng):
    out = []
    for _ in range(4):
        n, d = int(rng.integers(5, 40)), int(rng.integers(2, 7))
        out.append(
            Case(f"random {n} examples, {d} weights", _problem(rng, n, d), rtol=RTOL, atol=ATOL)
        )
    out.append(
        Case("a single weight", _problem(rng, int(rng.integers(5, 20)), 1), rtol=RTOL, atol=ATOL)
    )
    out.append(Case("w of zeros", _problem(rng, 12, 3, np.zeros(3)), rtol=RTOL, atol=ATOL))
    d = int(rng.integers(3, 6))
    w_int = rng.integers(-2, 3, size=d)
    w_int[0] = 1  # at least one nonzero weight, so integer rounding shows
    out.append(Case("integer w", _problem(rng, 15, d, w_int), rtol=RTOL, atol=ATOL))
    out.append(
        Case(
            "a coarse step h = 0.1, passed by name",
            _problem(rng, 20, 4),
            kwargs={"h": 0.1},
            rtol=RTOL,
            atol=ATOL,
        )
    )
    out.append(
        Case("h = 0.05 passed by position", (*_problem(rng, 20, 3), 0.05), rtol=RTOL, atol=ATOL)
    )
    out.append(Case("one example", _problem(rng, 1, 4), rtol=RTOL, atol=ATOL))
    X = rng.normal(scale=3000.0, size=(25, 3))  # amounts in money, counts in thousands
    w = rng.normal(scale=1 / 3000.0, size=3)
    y = rng.integers(0, 2, size=25).astype(np.float64)
    out.append(
        Case(
            "features in the thousands (the default step h = 1e-5 shows)",
            (w, X, y),
            rtol=RTOL,
            atol=ATOL,
        )
    )
    return out


def _step(case):
    if "h" in case.kwargs:
        return case.kwargs["h"]
    return case.args[3] if len(case.args) > 3 else 1e-5


def _central(w, X, y, h):
    w = np.asarray(w, dtype=np.float64)
    return np.array([(loss(w + e, X, y) - loss(w - e, X, y)) / (2 * h) for e in h * np.eye(w.size)])


def _drifting(w, X, y, h):
    """Nudging w in place without restoring it: w[j] ends at w[j] - h."""
    w = np.array(w, dtype=np.float64)
    g = np.empty(w.size)
    for j in range(w.size):
        w[j] += h
        up = loss(w, X, y)
        w[j] -= 2 * h
        g[j] = (up - loss(w, X, y)) / (2 * h)
    return g


def _mistakes(w, X, y, h):
    wf = np.asarray(w, dtype=np.float64)
    base = loss(wf, X, y)
    one_sided = np.array([(loss(wf + e, X, y) - base) / h for e in h * np.eye(wf.size)])
    backward = np.array([(base - loss(wf - e, X, y)) / h for e in h * np.eye(wf.size)])
    exact = X.T @ (1.0 / (1.0 + np.exp(-(X @ wf))) - y) / len(y)
    yield (
        exact,
        f"these values match the exact gradient (or a central difference with a "
        f"much smaller step), not the central difference with this case's h = {h!r}: use "
        f"the step you are given and call loss; with a large h the two differ by O(h^2)",
    )
    yield (
        one_sided,
        "this is the forward difference (L(w + h e_j) - L(w)) / h, whose error "
        "is O(h); use the central difference (L(w + h e_j) - L(w - h e_j)) / (2h)",
    )
    yield (
        backward,
        "this is the backward difference (L(w) - L(w - h e_j)) / h, whose error "
        "is O(h); use the central difference (L(w + h e_j) - L(w - h e_j)) / (2h)",
    )
    yield (
        -_central(w, X, y, h),
        "every value has the wrong sign: the difference is "
        "L(w + h e_j) minus L(w - h e_j), the upper point first",
    )
    yield (
        _central(w, X, y, h) / 2,
        "every value is half the expected one: evaluate at "
        "w + h e_j and w - h e_j (2h apart) and divide by 2h",
    )
    yield (
        2 * _central(w, X, y, h),
        "every value is twice the expected one: the two "
        "evaluations are 2h apart, so divide by 2h, not h",
    )
    yield (
        _drifting(w, X, y, h),
        "it looks like w is nudged in place and not put back: "
        "after weight j, w[j] stays at w[j] - h and every later weight is evaluated at "
        "the wrong point; step a copy (w + h e_j) instead",
    )
    if h != 1e-5:
        yield (
            _central(w, X, y, 1e-5),
            f"this is the central difference with h = 1e-5, but "
            f"this case passes h = {h!r}: use the step you are given",
        )
    else:
        for other in (1e-3, 1e-4, 2e-5, 5e-6, 1e-6, 1e-7, 1e-8):
            yield (
                _central(w, X, y, other),
                f"this is the central difference with h = "
                f"{other!r}; this case passes no step, so use the default, h = 1e-5",
            )


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol, check_dtype=case.check_dtype)
    if problem is None:
        return None
    w, X, y = case.args[:3]
    if not isinstance(got, np.ndarray):
        return problem + "; return a float64 NumPy array of shape (d,), one entry per weight"
    if got.shape != expected.shape:
        return problem + f"; return one derivative per weight: shape ({len(w)},)"
    if got.dtype != expected.dtype:
        return problem + "; build the result as float64 (np.float64 is NumPy's default float)"
    if np.isnan(got).any():
        return problem + "; the result holds NaN: check the division and the steps"
    for wrong, advice in _mistakes(w, X, y, _step(case)):
        if np.allclose(got, wrong, rtol=1e-8, atol=1e-11):
            return f"{problem}; {advice}"
    if np.allclose(got, expected, rtol=1e-2, atol=1e-6):
        return (
            problem + "; the values agree to only a few digits: keep every step in "
            "float64 (a float32 copy of w or of the step rounds the small difference "
            "L(w + h e_j) - L(w - h e_j) away) and use exactly the step h given"
        )
    if w.dtype.kind in "iu":
        return (
            problem + "; w arrives here as an integer array, and a copy of it stays "
            "integer: w_copy[j] += h is rounded back to an integer and the step is lost. "
            "Convert first: np.asarray(w, dtype=float)"
        )
    return problem + "; entry j must be (loss(w + h e_j) - loss(w - h e_j)) / (2h)"
