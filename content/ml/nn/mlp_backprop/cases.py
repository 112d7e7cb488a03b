import numpy as np

from mldojo.grading.casekit import Case, short

RTOL, ATOL = 1e-6, 1e-10
KEYS = ("W1", "b1", "W2", "b2")


def _params(rng, d, h, C, scale=1.0):
    return {"W1": rng.normal(0, scale / np.sqrt(d), size=(d, h)),
            "b1": rng.normal(0, 0.1, size=h),
            "W2": rng.normal(0, scale / np.sqrt(h), size=(h, C)),
            "b2": rng.normal(0, 0.1, size=C)}


def _case(name, params, X, y, hidden=False):
    return Case(name, (params, X, np.asarray(y, dtype=np.int64)), rtol=RTOL, atol=ATOL,
                hidden=hidden)


def cases(rng):
    out = []
    for _ in range(3):
        n, d, h, C = (int(rng.integers(5, 30)), int(rng.integers(2, 6)),
                      int(rng.integers(3, 9)), int(rng.integers(2, 5)))
        out.append(_case(f"random: {n} rows, {d} inputs, {h} hidden units, {C} classes",
                         _params(rng, d, h, C), rng.normal(size=(n, d)),
                         rng.integers(0, C, size=n)))
    out.append(_case("one row", _params(rng, 3, 4, 3), rng.normal(size=(1, 3)), [2]))
    out.append(_case("square layers (d = h = C = 4): transposes do not raise",
                     _params(rng, 4, 4, 4), rng.normal(size=(12, 4)), rng.integers(0, 4, 12)))
    p = _params(rng, 3, 5, 3)
    p["b1"][:2] = -50.0                         # two hidden units never fire
    out.append(_case("dead hidden units", p, rng.normal(size=(10, 3)), rng.integers(0, 3, 10)))
    p = _params(rng, 3, 4, 3, scale=1.0)
    p["W2"] *= 400.0
    out.append(_case("logits in the thousands", p, rng.normal(size=(8, 3)) * 3,
                     rng.integers(0, 3, 8)))
    out.append(_case("a class that never appears in y", _params(rng, 2, 3, 4),
                     rng.normal(size=(9, 2)), rng.choice([0, 2, 3], size=9)))
    # Integer-valued weights and inputs: some pre-activations are exactly 0.
    p = {"W1": rng.integers(-1, 2, size=(3, 4)).astype(float), "b1": np.zeros(4),
         "W2": rng.normal(size=(4, 2)), "b2": rng.normal(size=2)}
    X = rng.integers(-1, 2, size=(10, 3)).astype(float)
    out.append(_case("pre-activations exactly 0 (the ReLU's derivative there is 0)",
                     p, X, rng.integers(0, 2, 10)))
    p = {"W1": np.array([[1.0, -1.0, 0.5], [0.0, 2.0, -1.0]]), "b1": np.array([0.0, 0.0, 0.5]),
         "W2": np.array([[1.0, -1.0], [0.5, 0.5], [-1.0, 2.0]]), "b2": np.array([0.0, 0.1])}
    out.append(_case("a small fixed network", p, np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),
                     [0, 1, 1], hidden=True))
    return out


def _variant(params, X, y, *, mask_ge=False, no_mean=False, no_mask=False, mean_twice=False):
    W1, b1, W2, b2 = (params[k] for k in KEYS)
    n = len(X)
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0)
    S = H @ W2 + b2
    S = S - S.max(1, keepdims=True)
    P = np.exp(S) / np.exp(S).sum(1, keepdims=True)
    dS = P.copy()
    dS[np.arange(n), y] -= 1
    dS = dS if no_mean else dS / n
    if mean_twice:
        dS = dS / n
    dH = dS @ W2.T
    dZ1 = dH if no_mask else dH * ((Z1 >= 0) if mask_ge else (Z1 > 0))
    return {"W1": X.T @ dZ1, "b1": dZ1.sum(0), "W2": H.T @ dS, "b2": dS.sum(0)}


def _close(a, b):
    return a.shape == b.shape and np.allclose(a, b, rtol=1e-5, atol=1e-9)


def compare(case, expected, got):
    params, X, y = case.args
    if not (isinstance(got, tuple) and len(got) == 2):
        return f"return a tuple (loss, grads), got {short(got)}"
    loss, grads = got
    if isinstance(loss, bool) or not isinstance(loss, float | int | np.floating):
        return f"loss should be a float, got {type(loss).__name__} {short(loss)}"
    if not np.isfinite(loss):
        return ("the loss is not finite: compute log-softmax as S - logsumexp(S) per row, "
                "which never overflows, instead of log(exp(S) / exp(S).sum())")
    if not np.isclose(float(loss), expected[0], rtol=RTOL, atol=ATOL):
        shown = "" if case.hidden else f": expected {expected[0]!r}, got {float(loss)!r}"
        return (f"the loss is wrong{shown}; it is the MEAN over rows of -log softmax(S)[y], "
                "with S = relu(X @ W1 + b1) @ W2 + b2")
    if not isinstance(grads, dict) or set(grads) != set(KEYS):
        keys = sorted(grads) if isinstance(grads, dict) else type(grads).__name__
        return f"grads should be a dict with the keys W1, b1, W2, b2; got {keys}"
    for key in KEYS:
        g, e = grads[key], expected[1][key]
        if not isinstance(g, np.ndarray) or g.shape != e.shape:
            shape = getattr(g, "shape", type(g).__name__)
            hint = "; it looks transposed" if shape == e.shape[::-1] and e.ndim == 2 else ""
            return f"grads[{key!r}] should have the shape of {key}, {e.shape}; got {shape}{hint}"
        if g.dtype != np.float64:
            return f"grads[{key!r}] should be float64, got {g.dtype}"
        if not np.all(np.isfinite(g)):
            return (f"grads[{key!r}] has inf or nan: compute the probabilities from the stable "
                    "log-softmax, np.exp(S - logsumexp(S))")
    wrong = [k for k in KEYS if not np.allclose(grads[k], expected[1][k], rtol=RTOL, atol=ATOL)]
    if not wrong:
        return None
    for kwargs, why in (
        ({"no_mean": True}, "the gradients are n times too large: the loss is a mean, so "
                            "dL/dS = (P - Y) / n"),
        ({"mean_twice": True}, "the gradients are n times too small: divide by n once, in "
                               "dL/dS, not again later"),
        ({"mask_ge": True}, "where Z1 is exactly 0 the ReLU's derivative is 0: mask with "
                            "Z1 > 0, not Z1 >= 0"),
        ({"no_mask": True}, "the gradient is not masked by the ReLU: multiply dH by (Z1 > 0)"),
    ):
        variant = _variant(params, X, y, **kwargs)
        if all(_close(grads[k], variant[k]) for k in KEYS):
            return why
    key = wrong[0]
    first = ", ".join(wrong)
    layer = "second" if key in ("W2", "b2") else "first"
    return (f"the gradients for {first} are wrong (the {layer} layer first); check the chain: "
            "dS = (P - Y)/n; dW2 = H.T @ dS; db2 = dS.sum(0); dH = dS @ W2.T; "
            "dZ1 = dH * (Z1 > 0); dW1 = X.T @ dZ1; db1 = dZ1.sum(0)")
