import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-6, 1e-9


def _data(rng, n, d, spread=1.0):
    scales = 10.0 ** rng.uniform(-spread, spread, size=d)
    X = rng.normal(size=(n, d)) * scales
    y = X @ (rng.normal(size=d) / scales) + rng.normal(scale=0.5, size=n)
    return X, y


def _one_hot(rng, n, scales):
    """Each row sets one column (a category indicator times a value), so X^T X is
    exactly diagonal and np.linalg.eigvals returns H's eigenvalues in column order."""
    d = len(scales)
    groups = np.concatenate([np.arange(d), rng.integers(0, d, size=n - d)])
    rng.shuffle(groups)
    X = np.zeros((n, d))
    X[np.arange(n), groups] = rng.uniform(0.8, 1.2, size=n) * np.asarray(scales)[groups]
    y = X @ rng.normal(size=d) + rng.normal(scale=0.5, size=n)
    return X, y


def _case(name, X, y, alpha, epochs, hidden=False):
    return Case(name, (X, y, float(alpha), int(epochs)), hidden=hidden, rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for i in range(3):
        n, d = int(rng.integers(20, 60)), int(rng.integers(2, 6))
        alpha, epochs = float(rng.uniform(0.01, 1.0)), int(rng.integers(50, 300))
        out.append(
            _case(
                f"features of different scales #{i + 1} ({n}x{d}, alpha={alpha:.2f}, "
                f"{epochs} epochs)",
                *_data(rng, n, d),
                alpha,
                epochs,
            )
        )
    out.append(_case("no penalty (alpha = 0)", *_data(rng, 40, 3), 0.0, 200))
    out.append(_case("one step", *_data(rng, 30, 4), float(rng.uniform(0.1, 1.0)), 1))
    out.append(_case("zero epochs", *_data(rng, 10, 3), 0.5, 0))
    X, y = _data(rng, 25, 1, spread=0.0)
    out.append(_case("one feature, with a penalty", X, y, float(rng.uniform(0.5, 2.0)), 100))
    out.append(_case("more features than examples", *_data(rng, 6, 10), 0.3, 150))
    # The largest curvature is neither the first nor the last column: eigvals/eig
    # return the diagonal in column order, and eigvalsh sorts ascending.
    jitter = rng.uniform(0.9, 1.1, size=4)
    X, y = _one_hot(rng, 40, [2.0, 6.0, 0.5, 3.0] * jitter)
    out.append(_case("one-hot features of different scales", X, y, 0.1, 40))
    X, y = _data(rng, 50, 3, spread=0.3)
    out.append(
        _case("many epochs (converged)", X, y, float(rng.uniform(0.05, 0.5)), 3000, hidden=True)
    )
    return out


def _fit(
    X,
    y,
    alpha,
    epochs,
    *,
    which=-1,
    ridge=2.0,
    factor=1.0,
    hess_ridge=2.0,
    hess_data=None,
    data=None,
    lr=None,
):
    n, d = X.shape
    hess_data = 2.0 / n if hess_data is None else hess_data
    data = 2.0 / n if data is None else data
    H = hess_data * X.T @ X + hess_ridge * alpha * np.eye(d)
    if lr is None:
        lr = factor / np.linalg.eigvalsh(H)[which]
    w = np.zeros(d)
    with np.errstate(all="ignore"):
        for _ in range(epochs):
            w = w - lr * (data * X.T @ (X @ w - y) + ridge * alpha * w)
    return w


def _close(got, w):
    return bool(np.all(np.isfinite(w)) and np.allclose(got, w, rtol=1e-6, atol=1e-9))


def diagnose(case, expected, got):
    X, y, alpha, epochs = case.args
    d = X.shape[1]
    if not isinstance(got, np.ndarray) or got.shape != (d,):
        return f"return w as a float64 array of shape ({d},)"
    n = X.shape[0]
    H = 2.0 / n * X.T @ X + 2.0 * alpha * np.eye(d)
    # The smallest is left out: eigvalsh(H)[0] takes it too, a mistake the explosion
    # message covers; a middle one comes only from an unsorted eigvals or eig.
    low, top = np.linalg.eigvalsh(H)[[0, -1]]
    for where, first in (("first", 0), ("last", -1)):
        unsorted = {np.linalg.eigvals(H)[first].real, np.linalg.eig(H)[0][first].real}
        for value in unsorted:
            middle = abs(value - top) > 1e-6 * top and abs(value - low) > 1e-6 * top
            if middle and _close(got, _fit(X, y, alpha, epochs, lr=1.0 / value)):
                return (
                    f"the learning rate uses the {where} value np.linalg.eigvals (or eig) "
                    "returns, which is not the largest here: eigvals and eig return the "
                    "eigenvalues in no particular order. Take their max(), or use "
                    "np.linalg.eigvalsh, which sorts them in ascending order"
                )
    if alpha > 0 and _close(got, _fit(X, y, alpha, epochs, ridge=-2.0)):
        return (
            "the penalty's gradient has the wrong sign: the gradient of alpha * ||w||^2 is "
            "+2 * alpha * w, and the step subtracts the whole gradient"
        )
    if _close(got, _fit(X, y, alpha, epochs, data=2.0)):
        return (
            "the data term's gradient is summed over the rows, n times too large: the loss "
            "is the mean (1/n) ||X w - y||^2, whose gradient is (2/n) X^T (X w - y)"
        )
    with np.errstate(all="ignore"):
        exploded = np.max(np.abs(got), initial=0.0) > 1e3 * (np.max(np.abs(expected)) + 1.0)
    if not np.all(np.isfinite(got)) or exploded:
        return (
            "the weights overflowed or exploded: the step is too large for the steepest "
            "direction of the loss. Which eigenvalue of the Hessian does the learning rate use?"
        )
    if _close(got, _fit(X, y, alpha, epochs, ridge=1.0)):
        return (
            "the steps are stable now, but the gradient of alpha * ||w||^2 is 2 * alpha * w: "
            "with alpha * w the solver converges to the minimiser of a different loss"
        )
    if _close(got, _fit(X, y, alpha, epochs, factor=2.0)):
        return (
            "the learning rate is 2 / lambda_max, the edge of stability where the steepest "
            "direction oscillates without shrinking; the task uses 1 / lambda_max of the "
            "Hessian H = (2/n) X^T X + 2 alpha I, with both factors 2"
        )
    if _close(got, _fit(X, y, alpha, epochs, data=1.0 / n)):
        return (
            "the gradient of (1/n) ||X w - y||^2 is (2/n) X^T (X w - y): the factor 2 is "
            "missing from the data term"
        )
    if _close(got, _fit(X, y, alpha, epochs, hess_data=1.0, hess_ridge=0.0)) or _close(
        got, _fit(X, y, alpha, epochs, hess_data=1.0)
    ):
        return (
            "the learning rate comes from the eigenvalues of X^T X; the Hessian of the loss "
            "is H = (2/n) X^T X + 2 alpha I, and lr = 1 / its largest eigenvalue"
        )
    if epochs > 0 and not case.hidden:
        closed = np.linalg.solve(X.T @ X / n + alpha * np.eye(d), X.T @ y / n)
        if _close(got, closed):
            return (
                f"this is the exact minimiser (the closed form), but the checks compare w "
                f"after exactly {epochs} gradient-descent steps from w = 0, which has not "
                "converged yet: keep it a gradient-descent loop"
            )
    if alpha > 0 and _close(got, _fit(X, y, alpha, epochs, hess_ridge=1.0)):
        return "the Hessian of alpha * ||w||^2 is 2 * alpha * I; the learning rate uses it"
    if alpha > 0 and _close(got, _fit(X, y, alpha, epochs, hess_ridge=0.0)):
        return (
            "the learning rate ignores the penalty: the Hessian of the whole loss is "
            "(2/n) X^T X + 2 alpha I"
        )
    for other in (epochs - 1, epochs + 1):
        if other >= 0 and _close(got, _fit(X, y, alpha, other)):
            return f"this is w after {other} steps, not {epochs}: count the steps"
    return (
        "w differs from gradient descent with lr = 1 / (largest eigenvalue of H) and the "
        "gradient (2/n) X^T (X w - y) + 2 alpha w"
    )
