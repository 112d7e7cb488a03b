import numpy as np

from mldojo.grading.casekit import Case

RIGHT_BOUND = 1e-7  # the error of a correct gradient is rounding noise, below this
RTOL = 1e-3


def _problem(rng, n, d):
    while True:
        X = rng.normal(size=(n, d))
        y = (rng.random(n) < 0.5).astype(float)
        w = rng.normal(size=d) * 0.3
        if np.abs(_grad(X, y, w)).min() > 0.01:
            return X, y, w  # else a component near 0 has a relative error that is all noise


def _confident(rng, n, d):
    """Every example 14 to 16 units of margin from the boundary: loss and gradient ~1e-6."""
    while True:
        X = rng.normal(size=(n, d))
        w = rng.normal(size=d)
        margin = rng.uniform(14, 16, size=n) * np.where(rng.random(n) < 0.5, 1.0, -1.0)
        X += np.outer(margin - X @ w, w) / (w @ w)  # move each row along w to its margin
        y = (margin > 0).astype(float)
        g = np.abs(_grad(X, y, w))
        if g.min() > 0.01 * g.max():
            return X, y, w


def _grad(X, y, w):
    p = 1.0 / (1.0 + np.exp(-(X @ w)))
    return X.T @ (p - y) / len(y)


def _tiny_column(rng, n, d, size=3.5e-9):
    """A confident model plus a feature whose weight is 0 and whose gradient is `size`."""
    X, y, w = _confident(rng, n, d)
    column = rng.uniform(0.5, 1.5, size=n)
    X = np.column_stack([X, column * size / abs(_grad(np.c_[X, column], y, np.r_[w, 0.0])[d])])
    return X, y, np.r_[w, 0.0]


def _case(name, X, y, w, grad, hidden=False, **kwargs):
    return Case(name, (X, y, w, np.asarray(grad, dtype=float)), kwargs, hidden=hidden)


def cases(rng):
    out = []
    for i in range(2):
        X, y, w = _problem(rng, int(rng.integers(20, 80)), int(rng.integers(2, 8)))
        out.append(_case(f"a correct gradient #{i + 1}", X, y, w, _grad(X, y, w)))
    X, y, w = _problem(rng, 40, 5)
    g = _grad(X, y, w)
    g[int(rng.integers(0, 5))] *= -1
    out.append(_case("one component with the wrong sign", X, y, w, g))
    X, y, w = _problem(rng, 40, 4)
    out.append(_case("the gradient without the 1/n", X, y, w, _grad(X, y, w) * len(y)))
    X, y, w = _problem(rng, 30, 3)
    g = _grad(X, y, w)
    g[1] *= 1.001
    out.append(_case("one component 0.1% off", X, y, w, g))
    out.append(_case("tol = 1e-3: a gradient 0.1% off passes", X, y, w, g, tol=1e-3))
    X, y, w = _confident(rng, 50, 4)
    out.append(_case("a confident model (tiny loss): a correct gradient", X, y, w, _grad(X, y, w)))
    out.append(
        _case("a confident model (tiny loss): a gradient 10% off", X, y, w, 1.1 * _grad(X, y, w))
    )
    # The default tol, from both sides: a component scaled by 1 + delta has the error
    # delta / (2 + delta); on the largest component of a confident model the rounding
    # noise is far below the gap between tol and that error.
    X, y, w = _confident(rng, 40, 3)
    for delta, side in ((3e-6, "just above"), (1.5e-6, "just under")):
        g = _grad(X, y, w)
        g[np.argmax(np.abs(g))] *= 1 + delta
        out.append(
            _case(
                f"the largest component {delta:g} off: an error {side} the default tol", X, y, w, g
            )
        )
    X, y, w = _tiny_column(rng, 40, 3)
    g = _grad(X, y, w)
    g[-1] *= -1
    out.append(
        _case(
            "a component of 3.5e-9 with the wrong sign: the 1e-8 floor sets its error", X, y, w, g
        )
    )
    X, y, w = _problem(rng, 10, 3)
    out.append(
        _case(
            "a constant loss (X = 0): the zero gradient is right",
            np.zeros_like(X),
            y,
            w,
            np.zeros(3),
        )
    )
    out.append(
        _case(
            "tol = 0 and a constant loss: an error of exactly 0 passes",
            np.zeros_like(X),
            y,
            w,
            np.zeros(3),
            tol=0.0,
        )
    )
    X, y, w = _problem(rng, 25, 1)
    out.append(_case("one weight", X, y, w, _grad(X, y, w)))
    X, y, w = _problem(rng, 60, 6)
    out.append(
        _case(
            "a gradient of another loss (hidden)",
            X,
            y,
            w,
            X.T @ (1.0 / (1.0 + np.exp(-(X @ w)))) / len(y),
            hidden=True,
        )
    )
    return out


def compare(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 2):
        return "return a tuple (ok, error)"
    ok, error = got
    if not isinstance(ok, bool):
        return f"ok should be a Python bool, not {type(ok).__name__}: bool(error <= tol)"
    if isinstance(error, bool) or not isinstance(error, float):
        return f"error should be a Python float, not {type(error).__name__}"
    want_ok, want_error = expected
    tol = case.kwargs.get("tol", 1e-6)
    if np.isnan(error):
        return (
            "the error is NaN: a coordinate where both gradients are 0 gives 0/0; floor "
            "the denominator at 1e-8"
        )
    if want_ok and want_error <= RIGHT_BOUND:  # a right gradient: its error is rounding noise
        if ok and error <= RIGHT_BOUND:
            return None
        if error <= RIGHT_BOUND:
            return (
                f"the error {error:.3g} is within tol = {tol:g}, yet ok is False: "
                "ok = error <= tol, with the tol argument"
            )
        if abs(error - 1 / 3) < 1e-3:  # |a - 2a| / (|a| + |2a|): m is twice a
            return (
                "this gradient is correct, but the check says error = 1/3: the "
                "numerical estimate is twice the gradient; the central difference "
                "divides by 2h, (L(w+h) - L(w-h)) / (2h)"
            )
        slip = _slip(case, error, want_error)
        if slip == "naive loss":
            return f"this gradient is correct, but the check says error = {error:.3g}: {NAIVE}"
        if slip == "one-sided":
            return (
                f"this gradient is correct, but the check says error = {error:.3g}: a "
                "one-sided difference (L(w+h) - L(w)) / h is off by about h/2 times the "
                "second derivative; use the central difference (L(w+h) - L(w-h)) / (2h) "
                "with h = 1e-6"
            )
        return (
            f"this gradient is correct, but the check says error = {error:.3g}: the "
            "numerical estimate is off; use the central difference (L(w+h) - L(w-h)) / "
            "(2h) with h = 1e-6, on the starter's _loss"
        )
    close = abs(error - want_error) <= RTOL * want_error
    if ok != want_ok and close:
        return (
            f"the error is right, but ok is {ok}: ok = error <= tol with the tol argument "
            f"(here tol = {tol:g}; its default is 1e-6)"
        )
    if ok and not want_ok:
        small = "tiny loss" in case.name or case.hidden
        return "this gradient is wrong, but the check accepts it" + (
            ": an absolute tolerance means nothing when every component is tiny; divide "
            "by |a| + |m| (floored at 1e-8) to get a relative error"
            if small
            else ": compare every coordinate, with a relative error"
        )
    if close and ok == want_ok:
        return None
    shown = "" if case.hidden else f" (expected about {want_error:.4g})"
    if _slip(case, error, want_error) == "naive loss":
        return f"the error is {error:.4g}{shown}: {NAIVE}"
    return (
        f"the error is {error:.4g}{shown}: err_j = |a_j - m_j| / "
        "max(|a_j| + |m_j|, 1e-8), and the error is the largest err_j"
    )


NAIVE = (
    "the loss lost its digits: log(1 + exp(z)) - y z, written out, rounds away most "
    "of exp(z) in 1 + exp(z), and cancels in log(1 + exp(z)) - z, when the loss is tiny "
    "(a confident model), so the differences of the loss are noise; keep the starter's "
    "_loss (np.logaddexp)"
)


def _stable_loss(X, y, w):
    z = X @ w
    return float(np.mean(np.where(y > 0, np.logaddexp(0.0, -z), np.logaddexp(0.0, z))))


def _naive_loss(X, y, w):
    z = X @ w
    with np.errstate(over="ignore"):
        return float(np.mean(np.log(1.0 + np.exp(z)) - y * z))


def _error_of(case, loss, central, h):
    X, y, w, grad = case.args
    m = np.array(
        [
            (loss(X, y, w + h * e) - loss(X, y, w - h * e if central else w))
            / ((2 if central else 1) * h)
            for e in np.eye(len(w))
        ]
    )
    return float(np.max(np.abs(grad - m) / np.maximum(np.abs(grad) + np.abs(m), 1e-8)))


def _slip(case, error, want_error):
    """The usual slip whose error is closest to `error` (within a factor of 3), among those
    that change the error on this case: a one-sided difference (with the asked-for step
    or the starter's), or a central one on a loss written out naively, which only breaks
    when the loss is tiny."""
    models = [("naive loss", _error_of(case, _naive_loss, True, 1e-6))]
    models += [("one-sided", _error_of(case, _stable_loss, False, h)) for h in (1e-6, 1e-4)]
    if not error > 0:
        return None
    right = max(want_error, RIGHT_BOUND)  # a right error is at most rounding noise
    gaps = [
        (abs(np.log(e / error)), name)
        for name, e in models
        if e > 0 and abs(np.log(e / right)) > np.log(3)
    ]
    gap, name = min(gaps, default=(np.inf, None))
    return name if gap < np.log(3) else None
