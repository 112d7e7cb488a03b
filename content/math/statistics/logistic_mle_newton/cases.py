import numpy as np
from scipy.special import expit

from mldojo.grading.casekit import Case, same

# Newton stopped once its step is below 1e-10 is accurate to about 1e-11 here; these
# tolerances ask for that convergence, with a margin for rounding.
RTOL, ATOL = 1e-8, 1e-10


def _newton(X, y, iters=100):
    w = np.zeros(X.shape[1])
    for _ in range(iters):
        p = expit(X @ w)
        H = X.T @ (X * (p * (1 - p))[:, None])
        step = np.linalg.solve(H, X.T @ (y - p))
        w = w + step
        if np.max(np.abs(step)) < 1e-10:
            return w, True
    return w, False


def _problem(rng, n, make_X, coef):
    """Redraw until Newton converges to a moderate MLE (the data is then not separable)."""
    for _ in range(50):
        X = make_X()
        y = (rng.random(n) < expit(X @ coef)).astype(np.int64)
        if 0 < y.sum() < n:
            w, ok = _newton(X, y.astype(float))
            if ok and np.all(np.abs(w) < 15):
                return X, y
    raise RuntimeError("could not draw a non-separable problem")


def _case(name, X, y, hidden=False):
    return Case(name, (X, y), hidden=hidden, rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for i in range(3):
        n, d = int(rng.integers(100, 300)), int(rng.integers(2, 5))
        coef = rng.normal(scale=0.8, size=d)

        def make(n=n, d=d):
            return np.column_stack([np.ones(n), rng.normal(size=(n, d - 1))])

        features = f"{d - 1} feature{'s' if d > 2 else ''}"
        out.append(
            _case(
                f"random #{i + 1} ({n} examples, intercept + {features})",
                *_problem(rng, n, make, coef),
            )
        )
    n = int(rng.integers(40, 120))
    y = (rng.random(n) < rng.uniform(0.2, 0.8)).astype(np.int64)
    y[:2] = [0, 1]
    out.append(_case("intercept only", np.ones((n, 1)), y))

    def scaled(n=200):
        return np.column_stack([np.ones(n), rng.normal(50, 100, size=n), rng.normal(size=n)])

    out.append(
        _case(
            "features of very different scales",
            *_problem(rng, 200, scaled, np.array([0.3, 0.01, -0.8])),
        )
    )

    def correlated(n=150):
        a = rng.normal(size=n)
        return np.column_stack([np.ones(n), a, a + 0.3 * rng.normal(size=n)])

    out.append(
        _case(
            "two strongly correlated features",
            *_problem(rng, 150, correlated, np.array([-0.2, 1.0, -0.5])),
        )
    )

    def rare(n=400):
        return np.column_stack([np.ones(n), rng.normal(size=(n, 2))])

    out.append(
        _case("rare positives (about 5%)", *_problem(rng, 400, rare, np.array([-3.2, 0.8, -0.5])))
    )

    def very_rare(n=3000):
        return np.column_stack([np.ones(n), rng.normal(size=(n, 2))])

    out.append(
        _case(
            "very rare positives (about 0.3%: Newton needs more steps)",
            *_problem(rng, 3000, very_rare, np.array([-6.0, 0.7, -0.5])),
        )
    )
    out.append(
        _case(
            "two features, no intercept column (the model has none)",
            *_problem(rng, 120, lambda: rng.normal(size=(120, 2)), np.array([0.9, -0.6])),
        )
    )
    out.append(
        _case(
            "one feature, no intercept",
            *_problem(rng, 80, lambda: rng.normal(size=(80, 1)), np.array([1.5])),
            hidden=True,
        )
    )
    return out


def explain_error(case, error):
    """A singular H: X has full column rank here, so a column was repeated."""
    kinds = {error.get("type"), *(error.get("kinds") or ())}
    if "LinAlgError" in kinds and "ingular" in str(error.get("message", "")):
        return (
            "H is singular though X has full column rank, so a column is repeated: most often "
            "a column of ones added although X already holds its intercept column (the "
            "statement says not to add one); a repeated column makes H singular, and lstsq or "
            "pinv would only hide it. Fit on X as given"
        )
    return None


def _stats(X, w):
    p = expit(X @ w)
    H = X.T @ (X * (p * (1 - p))[:, None])
    return H


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:  # same()'s words would show the hidden case's expected values
        problem = "the values differ"
    X, y = case.args
    d = X.shape[1]
    if not (isinstance(got, tuple) and len(got) == 2):
        return problem + "; return a tuple (w, se)"
    w, se = got
    if isinstance(w, np.ndarray) and w.shape == (d + 1,):
        return problem + (
            f"; w has {d + 1} entries for the {d} column{'s' if d > 1 else ''} of X, as if a "
            "column of ones were added, but X already holds its intercept column where the model has one (do not add "
            "one); a second column of ones repeats the first, which makes H singular "
            "(np.linalg.solve then raises LinAlgError: Singular matrix)"
        )
    for name, value in (("w", w), ("se", se)):
        if not isinstance(value, np.ndarray) or value.shape != (d,):
            return problem + f"; {name} must be a float64 array of shape ({d},)"
    if not np.all(np.isfinite(w)) or not np.all(np.isfinite(se)):
        return problem + "; the result is not finite: check the step and the sigmoid"
    w_ok = np.allclose(w, expected[0], rtol=case.rtol, atol=case.atol)
    if not w_ok:
        if np.allclose(w, expected[0], rtol=1e-4, atol=1e-6):
            return (
                problem + "; w is near the maximum of the log-likelihood but stops short "
                "of it: the checks ask for the converged MLE (a relative tolerance of "
                "1e-8), so iterate until the Newton step is below 1e-10. A fixed number "
                "of steps, or a general-purpose optimiser with its default tolerance, "
                "stops earlier"
            )
        Xf = np.asarray(X, dtype=float)
        grad = Xf.T @ (y - expit(Xf @ w))
        scale = np.abs(Xf).sum(axis=0)
        if np.max(np.abs(grad) / scale) > 1e-7:
            return (
                problem + "; w is not the maximum of the log-likelihood: the gradient "
                "X^T (y - p) there is still clearly nonzero. Iterate until the Newton step "
                "is negligible (gradient descent converges far too slowly for this "
                "tolerance, above all when the features have different scales), and add no "
                "penalty (scikit-learn's LogisticRegression has one by default)"
            )
        return (
            problem + "; w should maximise the log-likelihood, without a penalty or added columns"
        )
    H = _stats(np.asarray(X, dtype=float), expected[0])
    n = X.shape[0]
    wrong = [
        (
            1 / np.sqrt(np.diag(H)),
            "these are 1 / sqrt(H_jj): one over the diagonal, not the "
            "diagonal of the inverse. With correlated features they differ: take "
            "np.diag(np.linalg.inv(H))",
        ),
        (
            np.sqrt(np.diag(np.linalg.inv(H / n))),
            "these are sqrt(n) times too large: H must "
            "be the Hessian of the summed log-likelihood, not of the mean",
        ),
        (
            np.sqrt(np.diag(np.linalg.inv(H))) / np.sqrt(n),
            "these are divided by sqrt(n) once "
            "too often: H = X^T diag(p(1 - p)) X already grows with n",
        ),
        (
            np.diag(np.linalg.inv(H)),
            "these are the variances; the standard errors are their square roots",
        ),
        (np.sqrt(np.diag(H)), "se comes from the inverse of H, not from H itself"),
    ]
    for value, advice in wrong:
        if np.allclose(se, value, rtol=1e-6, atol=1e-10):
            return f"{problem}; w is right, but {advice}"
    return (
        problem + "; w is right; se_j = sqrt((H^-1)_jj) with H = X^T diag(p (1 - p)) X "
        "evaluated at the MLE"
    )
