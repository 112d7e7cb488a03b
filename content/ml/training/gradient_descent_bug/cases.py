import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-6, 1e-9


def _data(rng, n, d, *, bias=0.0, float_labels=False):
    X = rng.normal(size=(n, d))
    logits = X @ rng.normal(0, 2, size=d) + bias
    y = (rng.random(n) < 1 / (1 + np.exp(-logits))).astype(np.int64)
    return X, (y.astype(float) if float_labels else y)


def _case(name, X, y, lr, epochs):
    return Case(name, (X, y, float(lr), int(epochs)), rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for _ in range(3):
        n, d = int(rng.integers(40, 120)), int(rng.integers(2, 6))
        lr, epochs = rng.uniform(0.05, 0.5), int(rng.integers(50, 200))
        out.append(_case(f"random {n}x{d}, lr={lr:.2f}, {epochs} epochs",
                         *_data(rng, n, d), lr, epochs))
    out.append(_case("a single epoch", *_data(rng, 30, 3), rng.uniform(0.1, 1.0), 1))
    out.append(_case("unbalanced labels (the bias matters)",
                     *_data(rng, 80, 2, bias=3.0), rng.uniform(0.1, 0.5), 100))
    out.append(_case("one feature, float labels", *_data(rng, 50, 1, float_labels=True),
                     rng.uniform(0.1, 0.5), int(rng.integers(20, 80))))
    out.append(_case("zero epochs", *_data(rng, 20, 3), 0.1, 0))
    return out


def _train(X, y, lr, epochs, *, sign=1.0, mean=True, bias=True, stale=False, bias_sign=1.0,
           bias_first=False, squared=False):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    scale = n if mean else 1
    with np.errstate(over="ignore"):
        for _ in range(epochs):
            error = sign * (1 / (1 + np.exp(-(X @ w + b))) - y)
            if squared:  # the gradient of the squared error (p - y)^2 / 2 through p
                p = 1 / (1 + np.exp(-(X @ w + b)))
                error = error * p * (1 - p)
            if bias_first:  # the bias moves first, and p is recomputed for the weights
                b = b - lr * error.sum() / scale
                error = sign * (1 / (1 + np.exp(-(X @ w + b))) - y)
                w = w - lr * (X.T @ error) / scale
                continue
            w = w - lr * (X.T @ error) / scale
            if stale:  # the bias step recomputes p with the new w
                error = sign * (1 / (1 + np.exp(-(X @ w + b))) - y)
            if bias:
                b = b - bias_sign * lr * error.sum() / scale
    return w, b


def _per_example(X, y, lr, epochs, scale):
    """Stochastic updates: one step per row, each from that row's own p."""
    w, b = np.zeros(X.shape[1]), 0.0
    with np.errstate(over="ignore"):
        for _ in range(epochs):
            for i in range(len(y)):
                error = 1 / (1 + np.exp(-(X[i] @ w + b))) - y[i]
                w = w - lr * error * X[i] / scale
                b = b - lr * error / scale
    return w, b


def _matches(got, candidate):
    w, b = candidate
    return (np.allclose(got[0], w, rtol=1e-5, atol=1e-8)
            and np.isclose(float(got[1]), b, rtol=1e-5, atol=1e-8))


def diagnose(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 2 and isinstance(got[0], np.ndarray)):
        return "return a tuple (w, b): w a float64 array of shape (d,), b a float"
    X, y, lr, epochs = case.args
    if got[0].shape != (X.shape[1],):
        return f"w should have shape ({X.shape[1]},), one weight per feature"
    if got[0].dtype != np.float64:
        return (f"w came back as {got[0].dtype}: keep the weights float64, as np.zeros(d) "
                "makes them, and do not cast X or y")
    try:
        float(got[1])
    except (TypeError, ValueError):
        return "b should be a single float"
    if _matches(got, _train(X, y, lr, epochs, sign=-1.0)):
        return ("this is still gradient ascent: each step moves the weights uphill on the "
                "loss. Check the sign of the gradient")
    if _matches(got, _train(X, y, lr, epochs, bias_sign=-1.0)):
        return ("the weights step downhill now, but the bias still steps with y - p: its "
                "gradient is the mean of (p - y), with the same sign as the weights'")
    if _matches(got, _train(X, y, lr, epochs, mean=False)):
        return ("the gradient is summed over the rows instead of averaged, so each step is "
                "n times too large: divide by n")
    if _matches(got, _train(X, y, lr, epochs, bias=False)):
        return "b is never updated: step the bias with the mean of (p - y) as well"
    if _matches(got, _train(X, y, lr, epochs, stale=True)):
        return ("the bias step uses p recomputed after w moved: compute p once per epoch "
                "and take both steps from it")
    if _matches(got, _train(X, y, lr, epochs, bias_first=True)):
        return ("the weight step uses p recomputed after b moved: compute p once per epoch "
                "and take both steps from it")
    if any(_matches(got, _per_example(X, y, lr, epochs, scale)) for scale in (1, len(y))):
        return ("this steps once per row, each from that row's p (stochastic gradient "
                "descent): make one full-batch step per epoch, with p computed for all rows "
                "from the same w and b")
    if _matches(got, _train(X, y, lr, epochs, squared=True)):
        return ("the extra factor p * (1 - p) is the gradient of the squared error, not of "
                "the cross-entropy: for the mean cross-entropy the gradient is X^T (p - y) / n")
    for other in (epochs - 1, epochs + 1):
        if other >= 0 and _matches(got, _train(X, y, lr, other)):
            return f"this is the result after {other} epochs, not {epochs}: count the steps"
    return None
