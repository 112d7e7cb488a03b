import numpy as np

from mldojo.grading.casekit import Case, same

RTOL = 1e-6


def _case(name, X, y, hidden=False):
    return Case(
        name, (X, y), hidden=hidden, rtol=RTOL, atol=1e-8 * max(float(np.linalg.norm(y)), 1e-12)
    )


def _y(rng, X, noise=1.0):
    X = np.asarray(X, dtype=float)
    return X @ rng.normal(size=X.shape[1]) + rng.normal(scale=noise, size=X.shape[0])


def cases(rng):
    out = []
    for i in range(3):
        n, d = int(rng.integers(8, 40)), int(rng.integers(2, 6))
        X = np.column_stack([np.ones(n), rng.normal(size=(n, d - 1))])
        out.append(
            _case(f"random #{i + 1} ({n} rows, intercept + {d - 1} features)", X, _y(rng, X))
        )
    n = int(rng.integers(10, 30))
    base = rng.normal(size=(n, 3))
    X = np.column_stack([base, base[:, 1]])
    # An exception raised in the learner's code gets no words from compare: the names of
    # the cases where X^T X is exactly singular say what that means, next to the error.
    out.append(
        _case(
            "a duplicated feature column (X^T X has no inverse: use a least-squares solver)",
            X,
            _y(rng, X),
        )
    )
    base = rng.normal(size=(25, 2))
    X = np.column_stack([base, base[:, 0] + 1e-6 * rng.normal(size=25)])
    out.append(
        _case("nearly collinear features (a copy plus noise of 1e-6)", X, rng.normal(size=25))
    )
    groups = rng.integers(0, 3, size=15)
    groups[:3] = [0, 1, 2]
    onehot = (groups[:, None] == np.arange(3)).astype(float)
    X = np.column_stack([np.ones(15), rng.normal(size=15), onehot])
    out.append(
        _case(
            "intercept plus a full one-hot encoding (dummy trap: X^T X has no inverse)",
            X,
            _y(rng, X),
        )
    )
    X = rng.normal(size=(12, 3))
    X[:, 1] = 0.0
    out.append(
        _case("a column of zeros (X^T X has no inverse: use a least-squares solver)", X, _y(rng, X))
    )
    x = rng.normal(size=(9, 1))
    out.append(_case("one column (projection onto a line)", x, rng.normal(size=9)))
    X = rng.integers(-4, 5, size=(10, 3))
    out.append(_case("integer X", X, _y(rng, X)))
    X = rng.normal(size=(12, 3)).astype(np.float32)
    out.append(
        _case("float32 X and y (the result is still float64)", X, _y(rng, X).astype(np.float32))
    )
    base = rng.normal(size=(30, 3))
    X = np.column_stack([np.ones(30), base, base[:, 0] + 1e-5 * rng.normal(size=30)])
    X = X.astype(np.float32)
    out.append(
        _case(
            "float32 X with nearly collinear columns (solve in float64)",
            X,
            _y(rng, X).astype(np.float32),
        )
    )
    X = rng.normal(size=(5, 5))
    out.append(_case("square, invertible X (the projection is y itself)", X, rng.normal(size=5)))
    X = rng.normal(size=(4, 7))
    out.append(_case("more columns than rows", X, rng.normal(size=4), hidden=True))
    X = rng.normal(size=(10, 2))
    q, _ = np.linalg.qr(np.column_stack([X, rng.normal(size=(10, 1))]))
    out.append(
        _case(
            "y orthogonal to every column (the projection is zero)", X, 3.0 * q[:, 2], hidden=True
        )
    )
    return out


def _variants(X, y, hidden=False):
    X = np.asarray(X, dtype=float)
    q, _ = np.linalg.qr(X)
    yield (
        q @ (q.T @ y),
        (
            "for rank-deficient X the Q of a plain QR decomposition spans more "
            "than the column space of X; use a least-squares solver (lstsq, "
            "pinv) that handles dependent columns"
        ),
    )
    w, *_ = np.linalg.lstsq(X, y, rcond=None)
    yield y - X @ w, "this is the residual y - y_hat; return the projection y_hat itself"
    U, sv, _ = np.linalg.svd(X, full_matrices=False)
    for cutoff in (1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8):
        kept = sv > cutoff * sv[0] if sv.size else sv.astype(bool)
        if kept.sum() < np.linalg.matrix_rank(X):  # a direction of X's span is dropped
            B = U[:, kept]
            ratio = sv[~kept][0] / sv[0]
            size = "" if hidden else f", with a singular value {ratio:.0e} times the largest,"
            yield (
                B @ (B.T @ y),
                (
                    f"a direction the columns do span{size} was dropped: pinv or lstsq with a "
                    "large rcond, or scikit-learn's LinearRegression (its tol=1e-6 cuts there), "
                    "project onto too small a space. Only singular values at rounding level are "
                    "zero: np.linalg.lstsq(X, y, rcond=None)"
                ),
            )
    # scikit-learn's LinearRegression() as it comes: it centres X and y (fit_intercept=True)
    # and solves the centred problem with scipy's lstsq(cond=tol), tol=1e-6.
    Xc, mean = X - X.mean(axis=0), y.mean()
    Uc, svc, _ = np.linalg.svd(Xc, full_matrices=False)
    for cutoff in (1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8):
        kept = svc > cutoff * svc[0] if svc.size and svc[0] > 0 else np.zeros(svc.size, bool)
        if kept.sum() < np.linalg.matrix_rank(Xc):
            B = Uc[:, kept]
            ratio = svc[~kept][0] / svc[0]
            size = "" if hidden else f" (one {ratio:.0e} times the largest)"
            yield (
                mean + B @ (B.T @ (y - mean)),
                (
                    "this looks like scikit-learn's LinearRegression with its defaults, "
                    "wrong here for two reasons: it adds an intercept (fit_intercept=True), "
                    "where X already has whatever columns it needs, and its tol=1e-6 drops "
                    f"the directions with small singular values{size}, which the nearly "
                    "collinear columns do span. Use np.linalg.lstsq(X, y, rcond=None)"
                ),
            )
    Xi = np.column_stack([np.ones(len(y)), X])
    wi, *_ = np.linalg.lstsq(Xi, y, rcond=None)
    yield Xi @ wi, "an intercept column was added; X already has whatever columns it needs"


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:  # same()'s words would show the hidden case's expected values
        problem = "the values differ"
    X, y = case.args
    if not isinstance(got, np.ndarray):
        return problem + "; return a float64 NumPy array of shape (n,)"
    if got.shape != expected.shape:
        hint = f"; return one fitted value per row: shape ({len(y)},)"
        if got.shape == (X.shape[1],):
            hint += " (this looks like the coefficients w; return X @ w)"
        return problem + hint
    if got.dtype != np.float64:
        return problem + "; return float64 values"
    if not np.all(np.isfinite(got)):
        return problem + "; the result holds inf or NaN: is X^T X being inverted?"
    # Every value a float32 number: the work was done in float32 and cast at the end.
    single = [np.array_equal(v.astype(np.float32).astype(np.float64), v) for v in (got, expected)]
    if got.size > 1 and single == [True, False]:
        return (
            problem + "; every value is a float32 number: solving in float32 "
            "keeps about 7 digits, and this X is badly conditioned (condition number "
            f"about {np.linalg.cond(np.asarray(X, dtype=float)):.0e}), which costs "
            "most of them. Convert X and y to float64 before solving: their float32 "
            "values are exact in float64"
        )
    for wrong, advice in _variants(X, y, case.hidden):
        if np.allclose(got, wrong, rtol=1e-6, atol=case.atol):
            return f"{problem}; {advice}"
    Xf = np.asarray(X, dtype=float)
    rank = np.linalg.matrix_rank(Xf)
    if rank < Xf.shape[1]:
        return (
            problem + f"; X has {Xf.shape[1]} columns but rank {rank}: X^T X is singular "
            "here, so any formula that inverts it goes wrong. Use a least-squares solver"
        )
    cond = np.linalg.cond(Xf)
    if cond > 1e5:
        return (
            problem + f"; X is badly conditioned here (condition number about {cond:.0e}): "
            "forming X^T X squares that number and loses about twice as many digits. "
            "Solve the least-squares problem on X itself (lstsq, pinv)"
        )
    return problem + "; the residual y - y_hat should be orthogonal to every column of X"
