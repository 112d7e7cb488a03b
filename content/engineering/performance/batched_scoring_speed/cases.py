import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-9, 1e-15


def _model(rng, d, h, logit_scale=1.0):
    W1 = rng.normal(size=(d, h)) / np.sqrt(d)
    b1 = rng.normal(scale=0.5, size=h)
    w2 = logit_scale * rng.normal(size=h) / np.sqrt(h)
    return W1, b1, w2, float(rng.normal())


def _case(name, X, model):
    W1, b1, w2, b2 = model
    return Case(name, (X, W1, b1, w2, b2), rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for i in range(3):
        n, d, h = int(rng.integers(5, 60)), int(rng.integers(2, 10)), int(rng.integers(4, 32))
        out.append(_case(f"random batch #{i + 1} ({n} requests, d = {d}, h = {h})",
                         rng.normal(size=(n, d)), _model(rng, d, h)))
    d, h = 5, 16
    out.append(_case("a single request", rng.normal(size=(1, d)), _model(rng, d, h)))
    out.append(_case("an empty batch", np.zeros((0, d)), _model(rng, d, h)))
    out.append(_case("large logits (probabilities near 0 and 1)", rng.normal(size=(20, d)),
                     _model(rng, d, h, logit_scale=15.0)))
    X = np.asfortranarray(rng.normal(size=(30, d)))
    out.append(_case("a column-major X (as pandas' .to_numpy() often gives)", X,
                     _model(rng, d, h)))
    return out


def timing(rng):
    return _case("timing", rng.normal(size=(40_000, 8)), _model(rng, 8, 16))


def diagnose(case, expected, got):
    if not isinstance(got, np.ndarray):
        return "return a NumPy array of shape (n,)"
    if got.shape != expected.shape:
        if got.ndim == 2 and got.shape == (expected.shape[0], 1):
            return "return shape (n,), not (n, 1): multiply by w2 as a 1-D vector, or ravel"
        return f"return one probability per request: shape {expected.shape}"
    if got.dtype != np.float64:
        return "keep float64: casting to float32 costs precision and buys little on a CPU"
    X, W1, b1, w2, b2 = case.args
    if len(X) and np.allclose(got, 1 / (1 + np.exp(-((X @ W1 + b1) @ w2 + b2))), rtol=1e-9):
        return "the ReLU is missing: np.maximum(X @ W1 + b1, 0.0)"
    if np.allclose(got, expected, rtol=1e-5, atol=1e-7):
        return ("close, but only to about 7 digits: something was computed in float32. "
                "Keep the whole computation in float64")
    return None
