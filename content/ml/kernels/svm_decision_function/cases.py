import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-7, 1e-10


def _fit(rng, X, y, C, gamma):
    """A real SVC fit; returns its parameters and the gamma it used."""
    from sklearn.svm import SVC

    svc = SVC(kernel="rbf", C=C, gamma=gamma).fit(X, y)
    used = 1.0 / (X.shape[1] * X.var()) if gamma == "scale" else float(gamma)
    return (svc.support_vectors_.copy(), svc.dual_coef_[0].copy(), float(svc.intercept_[0]),
            float(used))


def _blobs(rng, n, d, sep=2.0):
    y = rng.integers(0, 2, size=n)
    X = rng.normal(size=(n, d)) + sep * np.outer(y - 0.5, rng.normal(size=d))
    return X, y


def _rings(rng, n):
    """Two concentric rings: not linearly separable, the RBF kernel's home ground."""
    y = rng.integers(0, 2, size=n)
    angle = rng.uniform(0, 2 * np.pi, size=n)
    radius = 1.0 + 1.5 * y + rng.normal(0, 0.2, size=n)
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]), y


def _case(name, params, X, hidden=False):
    return Case(name, (*params, X), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(2):
        n, d = int(rng.integers(40, 100)), int(rng.integers(2, 6))
        X, y = _blobs(rng, n, d)
        C = float(10 ** rng.uniform(-1, 1))
        out.append(_case(f"blobs: {n} rows, {d} features, C={C:.2g}, gamma='scale'",
                         _fit(rng, X, y, C, "scale"), rng.normal(size=(15, d)) * 2))
    X, y = _rings(rng, 120)
    out.append(_case("two rings, gamma=1", _fit(rng, X, y, 1.0, 1.0),
                     rng.uniform(-3, 3, size=(20, 2))))
    X, y = _blobs(rng, 60, 3)
    out.append(_case("a large gamma=20 (each support vector reaches only nearby points)",
                     _fit(rng, X, y, 1.0, 20.0), np.vstack([X[:5], rng.normal(size=(5, 3))])))
    X, y = _blobs(rng, 60, 2)
    out.append(_case("a small gamma=0.01 (nearly linear)", _fit(rng, X, y, 10.0, 0.01),
                     rng.normal(size=(10, 2)) * 3))
    X, y = _blobs(rng, 50, 4)
    out.append(_case("points far from every support vector (kernel values underflow to 0)",
                     _fit(rng, X, y, 1.0, "scale"), rng.normal(size=(4, 4)) + 60.0))
    X, y = _blobs(rng, 40, 2)
    out.append(_case("no rows to score", _fit(rng, X, y, 1.0, "scale"), np.zeros((0, 2))))
    X, y = _blobs(rng, 50, 1)
    out.append(_case("one feature", _fit(rng, X, y, 1.0, 0.5), rng.normal(size=(8, 1)) * 2))
    params = (np.array([[0.0, 0.0], [1.0, 1.0], [3.0, 0.0]]), np.array([-0.7, 0.2, 0.5]),
              -0.25, 0.8)
    out.append(_case("hand-made support vectors", params,
                     np.array([[0.5, 0.5], [2.0, 0.0], [0.0, 0.0]]), hidden=True))
    return out


def _variant(sv, coef, b, gamma, X, *, plain=False, divide=False, no_b=False, wrong_sign=False):
    sq = ((X[:, None] - sv[None]) ** 2).sum(-1)
    dist = np.sqrt(sq) if plain else sq
    K = np.exp(-dist / gamma) if divide else np.exp(-gamma * dist)
    f = K @ coef
    f = -f if wrong_sign else f
    return f if no_b else f + b


def compare(case, expected, got):
    X = case.args[-1]
    if not isinstance(got, np.ndarray) or got.shape != (len(X),):
        shape = getattr(got, "shape", type(got).__name__)
        return f"expected a float64 array of shape ({len(X)},), one value per row; got {shape}"
    if got.dtype != np.float64:
        return f"expected float64, got dtype {got.dtype}"
    if np.allclose(got, expected, rtol=RTOL, atol=ATOL):
        return None
    for kwargs, why in (
        ({"plain": True}, "this uses the plain distance: the RBF kernel uses the SQUARED "
                          "distance, exp(-gamma * ||u - v||^2)"),
        ({"divide": True}, "this divides by gamma: the kernel is exp(-gamma * d^2), gamma "
                           "multiplies"),
        ({"no_b": True}, "the intercept is missing: add it to the weighted sum"),
        ({"wrong_sign": True}, "the sign is flipped: dual_coef already holds alpha_i * y_i, "
                               "use it as it is"),
    ):
        if np.allclose(got, _variant(*case.args, **kwargs), rtol=1e-6, atol=1e-9):
            return why
    sv, coef, b, gamma, _ = case.args
    sq = ((X[:, None] - sv[None]) ** 2).sum(-1)
    for other, why in (
        (np.sign(expected), "these are the predicted classes (the sign): return f(x) itself, "
                            "its size says how far the point is from the boundary"),
        (expected - 2 * b, "the intercept is subtracted: f(x) = sum + intercept"),
        (np.exp(-sq) @ coef + b, "gamma is missing: the kernel is exp(-gamma * ||u - v||^2)"),
        ((np.exp(-gamma * sq) * coef).mean(axis=1) + b,
         "the weighted kernel values are averaged: f(x) is their sum, K @ dual_coef"),
        (np.exp(-gamma * sq) @ np.abs(coef) + b,
         "the weights lost their signs: dual_coef holds alpha_i * y_i, negative for the "
         "negative class; use it as it is"),
    ):
        if np.allclose(got, other, rtol=1e-6, atol=1e-9):
            return why
    i = int(np.flatnonzero(~np.isclose(got, expected, rtol=RTOL, atol=ATOL))[0])
    shown = "" if case.hidden else f": expected {float(expected[i])!r}, got {float(got[i])!r}"
    return (f"the value for row {i} is wrong{shown}; f(x) = sum_i dual_coef[i] * "
            "exp(-gamma * ||sv_i - x||^2) + intercept")
