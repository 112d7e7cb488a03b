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
    # Identity layers, so S is X itself: a true class 999.5 below the other (its
    # probability underflows to 0) and logits past exp's overflow at about 709.
    eye = {"W1": np.eye(2), "b1": np.zeros(2), "W2": np.eye(2), "b2": np.zeros(2)}
    out.append(_case("logits 1000 apart, the true class the low one",
                     eye, np.array([[1000.0, 0.5], [0.5, 1.0], [1000.0, 1001.0]]), [1, 0, 1]))
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
    if np.isnan(loss):
        return ("the loss is nan: exp of a logit above about 709 overflows to inf, and "
                "inf / inf is nan; compute log-softmax as S - logsumexp(S) per row, which "
                "never overflows")
    if not np.isfinite(loss):
        return ("the loss is infinite: a true class far below the row's top logit has a "
                "softmax probability that underflows to 0, and log(0) is -inf; take the "
                "log-softmax directly as S - logsumexp(S) per row, never the log of a "
                "softmax")
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
    return _first_wrong_step(params, X, y, grads, wrong)


BACKWARD = ("b2", "W2", "b1", "W1")  # the order the backward pass computes them in


def _first_wrong_step(params, X, y, grads, wrong):
    """Walk the backward pass from the loss down and name the first gradient that is wrong,
    with what it is built from (and the usual slip, when it is recognised)."""
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0)
    key = next(k for k in BACKWARD if k in wrong)
    later = [k for k in BACKWARD if k in wrong and k != key]
    tail = f" (then {', '.join(later)} may be wrong only because of it)" if later else ""
    dS = _dS(params, X, y)
    if key == "b2":
        mean = ("; yours is dS.mean(axis=0), n times too small: dS already holds the 1/n"
                if _close(grads["b2"], dS.mean(0)) else "")
        return ("grads['b2'] is wrong, so dL/dS, where the backward pass starts, is already "
                "wrong: dS = (softmax(S) - one_hot(y)) / n, and grads['b2'] is its column "
                f"sums, dS.sum(axis=0){mean}{tail}")
  # grads["b2"] is right: the learner's dS very likely is too
    if key == "W2":
        if not _close(Z1, H) and _close(grads["W2"], Z1.T @ dS):
            why = ("it was built from Z1, the pre-activations: use H = relu(Z1), the input "
                   "the second layer saw")
        else:
            why = "check which activations and which transpose go into it"
        return ("grads['b2'] is right, so dL/dS very likely is; grads['W2'] is the first wrong "
                "gradient: "
                f"it is H.T @ dS, with H = relu(X @ W1 + b1); {why}{tail}")
    dZ1 = dS @ W2.T * (Z1 > 0)
    if key == "b1":
        if W2.shape[0] == W2.shape[1] and _close(grads["b1"], (dS @ W2 * (Z1 > 0)).sum(0)):
            why = "dS @ W2 was used where dS @ W2.T is meant (it only runs because W2 is square)"
        elif _close(grads["b1"], (dS @ W2.T).sum(0)):
            why = "yours skips the ReLU: multiply by the mask (Z1 > 0) before summing"
        elif _close(grads["b1"], dZ1.mean(0)):
            why = ("yours is dZ1.mean(axis=0), n times too small: dS already holds the 1/n, "
                   "so sum over the rows")
        elif _close(grads["b1"], (dS @ W2.T * H).sum(0)):
            why = ("yours multiplies by H, the ReLU's output; its derivative is the mask "
                   "(Z1 > 0), 1 where the unit is on and 0 elsewhere")
        else:
            why = "check the product with W2.T, then the mask (Z1 > 0)"
        return ("grads['W2'] and grads['b2'] are right, so the error is in going back through "
                "W2 and the ReLU: grads['b1'] is dZ1.sum(axis=0), with "
                f"dZ1 = (dS @ W2.T) * (Z1 > 0); {why}{tail}")
    if dZ1.shape[1] == X.shape[1] and _close(grads["W1"], dZ1.T @ X):
        why = "yours is transposed (dZ1.T @ X); the shapes only agree because d = h"
    else:
        why = "check that it is X, the network's input, on the left"
    return ("grads['b1'], grads['W2'] and grads['b2'] are right, so dZ1 is; grads['W1'] is the "
            f"first wrong gradient: it is X.T @ dZ1; {why}")


def _dS(params, X, y):
    W1, b1, W2, b2 = (params[k] for k in KEYS)
    S = np.maximum(X @ W1 + b1, 0) @ W2 + b2
    S = S - S.max(1, keepdims=True)
    P = np.exp(S) / np.exp(S).sum(1, keepdims=True)
    P[np.arange(len(X)), y] -= 1
    return P / len(X)
