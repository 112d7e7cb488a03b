import numpy as np

from mldojo.grading.casekit import Case, same

# float32: where a unit saturates, 1 - tanh^2 keeps few digits, and two runs of the same
# code can differ by about 1e-6 there (BLAS sums in an order of its own)
RTOL, ATOL = 1e-4, 1e-5


def _net(rng, d, h, scale=1.0):
    W1 = (rng.normal(size=(h, d)) * scale).astype(np.float32)
    b1 = rng.normal(size=h).astype(np.float32)
    w2 = rng.normal(size=h).astype(np.float32)
    return W1, b1, w2, float(rng.normal())


def _case(name, net, X, hidden=False):
    return Case(name, (*net, X.astype(np.float32)), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        n, d, h = int(rng.integers(3, 9)), int(rng.integers(2, 6)), int(rng.integers(2, 8))
        out.append(_case(f"random batch #{i + 1} (n={n}, d={d}, h={h})",
                         _net(rng, d, h), rng.normal(size=(n, d))))
    out.append(_case("one example", _net(rng, 3, 4), rng.normal(size=(1, 3))))
    out.append(_case("one feature", _net(rng, 1, 5), rng.normal(size=(6, 1))))
    X = rng.normal(size=(5, 3))
    X[3] = X[1]
    out.append(_case("two identical examples", _net(rng, 3, 4), X))
    out.append(_case("saturated units (large inputs)", _net(rng, 2, 3, scale=3.0),
                     rng.normal(scale=3.0, size=(4, 2)), hidden=True))
    out.append(_case("a large batch", _net(rng, 4, 6), rng.normal(size=(64, 4))))
    return out


def timing(rng):
    return _case("timing", _net(rng, 8, 16), rng.normal(size=(1000, 8)))


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = _veil(problem)
    W1, b1, w2, b2, X = case.args
    n, d = X.shape
    if not isinstance(got, np.ndarray):
        return problem + "; return the gradient tensor of shape (n, d)"
    if got.shape != expected.shape and got.shape in ((1, d), (d,)):
        return (problem + "; that is one gradient for the whole batch: keep one row per "
                "example, the gradient with respect to X itself")
    if got.shape == W1.shape and got.shape != expected.shape:
        return problem + "; that looks like the gradient of W1: differentiate with respect to X"
    if got.shape != expected.shape:
        return problem
    if got.dtype != expected.dtype:
        return problem + "; keep float32, the dtype of the inputs"
    if n > 1 and np.allclose(got * n, expected, rtol=1e-3, atol=1e-5):
        return (problem + f"; every gradient is {n} times too small: the mean divides by n, "
                "differentiate the sum of the scores")
    if np.allclose(got, -expected, rtol=1e-3, atol=1e-5):
        return problem + "; the sign is flipped"
    return problem


def _veil(problem):
    """A hidden case's message names the kind of difference, never the expected values."""
    if "values differ" in problem:
        return problem.split("; the first")[0]
    if problem.startswith(("expected shape", "expected dtype", "the tensor returned still")):
        return problem
    return "the value is wrong"


TOO_SLOW = ("a backward pass per example costs the same each time: make one input tensor for "
            "the whole batch and differentiate the sum of the scores once")
