import numpy as np

from mldojo.grading.casekit import Case, short

RTOL, ATOL = 1e-6, 1e-10


def _data(rng, n, d, *, y_shift=0.0, noise=0.5):
    """Features with non-zero means and different scales, and a linear target."""
    X = rng.normal(size=(n, d)) * rng.uniform(0.5, 3.0, size=d) + rng.normal(0, 5, size=d)
    w = rng.normal(0, 2, size=d)
    y = X @ w + rng.normal(0, 10) + y_shift + rng.normal(0, noise, size=n)
    return X, y


def _case(name, X, y, alpha):
    return Case(name, (X, y, float(alpha)), rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for _ in range(3):
        n, d = int(rng.integers(30, 60)), int(rng.integers(2, 7))
        alpha = 10 ** rng.uniform(-1, 2)
        out.append(_case(f"random {n}x{d}, alpha={alpha:.3g}", *_data(rng, n, d), alpha))
    out.append(_case("alpha = 0 (ordinary least squares)", *_data(rng, 40, 3), 0.0))
    out.append(_case("one feature", *_data(rng, int(rng.integers(10, 30)), 1),
                     10 ** rng.uniform(-1, 1)))
    out.append(_case("targets far from zero (y around 1000)",
                     *_data(rng, 30, 3, y_shift=1000.0), 10 ** rng.uniform(0, 1.5)))
    out.append(_case("more features than rows", *_data(rng, 8, 12), 10 ** rng.uniform(-1, 0.5)))
    out.append(_case("huge alpha (weights near 0)", *_data(rng, 25, 4), 1e8))
    return out


def _penalised_intercept(X, y, alpha):
    Xa = np.column_stack([X, np.ones(len(X))])
    coef = np.linalg.lstsq(Xa.T @ Xa + alpha * np.eye(Xa.shape[1]), Xa.T @ y, rcond=None)[0]
    return coef[:-1], coef[-1]


def _uncentred(X, y, alpha):
    w = np.linalg.lstsq(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y, rcond=None)[0]
    return w, y.mean() - X.mean(axis=0) @ w


def _alpha_times_n(X, y, alpha):
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc + alpha * len(X) * np.eye(X.shape[1]), Xc.T @ yc)
    return w, y.mean() - X.mean(axis=0) @ w


def _scaled_alpha(X, y, alpha, factor):
    return _alpha_times_n(X, y, alpha * factor / len(X))


def _standardised(X, y, alpha):
    sd = X.std(axis=0)
    Z = (X - X.mean(axis=0)) / sd
    v = np.linalg.solve(Z.T @ Z + alpha * np.eye(X.shape[1]), Z.T @ (y - y.mean()))
    w = v / sd
    return w, y.mean() - X.mean(axis=0) @ w


def _matches(got, candidate):
    w, b = candidate
    return (np.allclose(np.ravel(got[0]), w, rtol=1e-5, atol=1e-9)
            and np.isclose(float(got[1]), b, rtol=1e-5, atol=1e-9))


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2:
        return "return a tuple (weights, intercept)"
    X, y, alpha = case.args
    weights, intercept = got
    if not isinstance(weights, np.ndarray):
        return "weights should be a NumPy array of shape (d,)"
    if weights.size == X.shape[1] + 1:
        return ("weights has d + 1 entries: the intercept goes in the second item of the "
                "tuple, not at the end of the weights")
    if weights.shape != expected[0].shape:
        if weights.size == X.shape[1]:
            return f"weights has shape {weights.shape}: flatten it to ({X.shape[1]},)"
        return None
    try:
        float(intercept)
    except (TypeError, ValueError):
        return f"the intercept should be a single float, got {short(intercept)}"
    if alpha > 0 and _matches(got, _penalised_intercept(X, y, alpha)):
        return ("this is the fit with the intercept penalised (a column of ones treated like "
                "any feature), so the intercept is shrunk toward 0: centre X and y, fit the "
                "weights on the centred data, and compute the intercept from the means")
    if alpha > 0 and _matches(got, _alpha_times_n(X, y, alpha)):
        return "the penalty looks multiplied by n: use alpha * I as written, not alpha * n * I"
    for factor in (0.5, 2.0):
        if alpha > 0 and _matches(got, _scaled_alpha(X, y, alpha, factor)):
            return (f"the penalty looks multiplied by {factor:g}: minimising the sum of squares "
                    "plus alpha * ||w||^2 gives (Xc^T Xc + alpha * I) w = Xc^T yc, with alpha "
                    "as it is")
    if alpha > 0 and X.std(axis=0).min() > 0 and _matches(got, _standardised(X, y, alpha)):
        return ("the weights were fitted on standardised X (each column divided by its "
                "spread), which penalises other weights: only centre X and y, do not scale them")
    if _matches(got, _uncentred(X, y, alpha)):
        return ("the weights were fitted on X and y without centring them first, which "
                "forces the fit through the origin: centre X and y, then solve")
    if np.allclose(weights, expected[0], rtol=1e-5, atol=1e-9):
        if np.isclose(float(intercept), y.mean()):
            return ("the weights are right but the intercept is just mean(y): subtract "
                    "mean(X, axis=0) @ weights")
        return "the weights are right but the intercept is not: b = mean(y) - mean(X) @ w"
    return None
