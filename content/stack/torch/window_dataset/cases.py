import numpy as np

from mldojo.grading.casekit import Call, Case, same

L = Call("__len__")


def G(i):
    return Call("__getitem__", (int(i),))


def _series(rng, T, f):
    return np.round(rng.normal(size=(T, f)).cumsum(axis=0), 3)


def _n(T, window, horizon):
    return max(T - window - horizon + 1, 0)


def _case(rng, name, T, f, window, horizon, target, hidden=False):
    n = _n(T, window, horizon)
    picks = [] if n == 0 else sorted({0, n - 1, *rng.integers(0, n, size=min(n, 3)).tolist()})
    calls = (L, *(G(i) for i in picks), L)
    return Case(name, (_series(rng, T, f), window, horizon, target), calls=calls, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        T, f = int(rng.integers(15, 40)), int(rng.integers(1, 4))
        window, horizon = int(rng.integers(2, 7)), int(rng.integers(1, 4))
        out.append(_case(rng, f"random series #{i + 1} (T={T}, f={f}, window={window}, "
                         f"horizon={horizon})", T, f, window, horizon, int(rng.integers(0, f))))
    out.append(_case(rng, "horizon 1 (the next step)", 10, 2, 3, 1, 0))
    out.append(_case(rng, "horizon 2 (the step after next)", 12, 2, 3, 2, 1))
    out.append(_case(rng, "a long horizon, target in the last column", 20, 3, 4, 5, 2))
    out.append(_case(rng, "window of 1", 8, 2, 1, 1, 1))
    out.append(_case(rng, "exactly one sample (T = window + horizon)", 7, 2, 4, 3, 1))
    out.append(_case(rng, "a series shorter than the window (T=3, window=5)", 3, 2, 5, 1, 0))
    out.append(_case(rng, "a series too short for one sample", 5, 2, 4, 3, 0, hidden=True))
    return out


def compare(case, expected, got, call):
    problem = same(expected, got, rtol=1e-6, atol=1e-6)
    if problem is None:
        return None
    if case.hidden:
        problem = _veil(problem)
    series, window, horizon, target = case.args
    T = len(series)
    if call.method == "__len__":
        if isinstance(got, int) and got < 0:
            return (problem + "; a series too short for one window has 0 samples, not a "
                    "negative number")
        # With horizon 2, T - window is also one too many: only the off-by-one is sure then.
        if isinstance(got, int) and got == T - window and horizon != 2:
            return (problem + "; the horizon is missing from the count: the target step must "
                    "exist too")
        if isinstance(got, int) and got in (expected - 1, expected + 1):
            return (problem + f"; off by one, one sample too {'many' if got > expected else 'few'}"
                    ": the last sample's target is step T - 1, at i + window - 1 + horizon, so "
                    "there are T - window - horizon + 1 samples")
        return problem
    if not (isinstance(got, tuple) and len(got) == 2):
        return problem + "; __getitem__ returns a tuple (x, y) of tensors"
    x, y = got
    i = call.args[0]
    if not isinstance(x, np.ndarray) or not isinstance(y, np.ndarray):
        return problem + "; x and y must both be tensors"
    if x.dtype != np.float32 or y.dtype != np.float32:
        return problem + "; make the tensors float32: the series comes in as float64"
    if x.shape != (window, series.shape[1]):
        return problem + f"; x should hold the {window} steps i .. i+window-1, all features"
    if y.shape != ():
        return (problem + "; y should be a 0-d tensor: index the step and the column with two "
                "integers, so a batch of y has shape (batch,), not (batch, 1)")
    for step, words in ((i + window + horizon, "one step too late"),
                        (i + window - 2 + horizon, "one step too early"),
                        (i + window - 1, "inside the window, the last input step")):
        if 0 <= step < T and np.isclose(y, series[step, target], rtol=1e-6):
            return problem + f"; the target is {words}: it is step i + window - 1 + horizon"
    return problem


def _veil(problem):
    """A hidden case's message names the kind of difference, never the expected values."""
    if "values differ" in problem:
        return problem.split("; the first")[0]
    if problem.startswith(("expected shape", "expected dtype")):
        return problem
    return "the value is wrong"
