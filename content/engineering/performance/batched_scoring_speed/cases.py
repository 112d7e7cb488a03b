import numpy as np

from mldojo.grading.casekit import Case

# Relative, as the statement says, for tiny probabilities too: (1 + tanh(z / 2)) / 2 is
# off by about 1e-17 absolute at p = 1e-9, which a looser atol of 1e-15 let through. The
# atol only covers where exp(-z) overflows (z below -709): the reference then gives 0.0
# and a stable sigmoid (scipy's expit) a subnormal number below 1e-300.
RTOL, ATOL = 1e-9, 1e-300


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
    # One hidden unit that passes x through, so the logit is x - 1000: from -1000 to
    # 1000 in steps of about 10. exp(z) overflows above 709 (e^z / (1 + e^z) is then
    # inf / inf = NaN), and near z = -20 and -30 the probability is 1e-9 to 1e-13,
    # where a sigmoid that subtracts from 1 ((1 + tanh(z / 2)) / 2, 1 - 1 / (1 + e^z))
    # keeps no relative precision.
    z = np.abs(np.arange(201.0) * 10.0 + rng.uniform(-1.0, 1.0, size=201))
    out.append(_case("extreme logits, from -1000 to 1000 (probabilities saturate)",
                     z[:, None], (np.ones((1, 1)), np.zeros(1), np.ones(1), -1000.0)))
    # More rows than a chunk of a few thousand, and no multiple of one.
    out.append(_case("a large batch of 4099 requests", rng.normal(size=(4099, d)),
                     _model(rng, d, h)))
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
    with np.errstate(over="ignore"):
        no_relu = 1 / (1 + np.exp(-((X @ W1 + b1) @ w2 + b2)))
    if (len(X) and np.allclose(got, no_relu, rtol=case.rtol, atol=case.atol)
            and not np.allclose(expected, no_relu, rtol=case.rtol, atol=case.atol)):
        return "the ReLU is missing: np.maximum(X @ W1 + b1, 0.0)"
    with np.errstate(over="ignore"):
        bias_after = 1 / (1 + np.exp(-((np.maximum(X @ W1, 0.0) + b1) @ w2 + b2)))
    if (len(X) and np.allclose(got, bias_after, rtol=case.rtol, atol=case.atol)
            and not np.allclose(expected, bias_after, rtol=case.rtol, atol=case.atol)):
        return ("b1 is added after the ReLU; it belongs inside it: "
                "np.maximum(X @ W1 + b1, 0.0)")
    if np.isnan(got).any():
        return ("some probabilities are NaN: np.exp(z) overflows to inf for z above 709, "
                "and inf / (1 + inf) is NaN. Compute 1 / (1 + np.exp(-z)), which only "
                "goes to 1 / inf = 0, or scipy.special.expit")
    wrong = ~np.isclose(got, expected, rtol=case.rtol, atol=case.atol)
    off = np.abs(got - expected)[wrong]
    floor = got[wrong]
    if (wrong.sum() > 1 and len(np.unique(floor)) == 1 and (floor > expected[wrong]).all()
            and (expected[wrong] < 1e-6).all()):
        return (f"every probability that should be below {floor[0]:.1e} comes back as that same "
                "value: the logits were clipped (np.clip(z, -30, 30), say), which puts a floor "
                "under p. "
                "A tiny p is a real value here, as its log-loss needs: compute "
                "1 / (1 + np.exp(-z)) on the unclipped z, under np.errstate(over=\"ignore\")")
    if wrong.any() and (expected[wrong] < 1e-6).all() and (off < 1e-12).all():
        return ("only probabilities near 0 are off, each by less than 1e-12: that sigmoid "
                "subtracts from 1 ((1 + tanh(z / 2)) / 2, or 1 - 1 / (1 + exp(z))), which "
                "keeps no relative precision for a tiny p. Compute 1 / (1 + np.exp(-z))")
    rows = np.flatnonzero(wrong)
    if len(rows) and rows[0] > 0 and np.array_equal(rows, np.arange(rows[0], len(got))):
        return (f"the first {rows[0]} rows are right and the last {len(rows)} are not: if you "
                "score in chunks, the last, partial chunk was never scored")
    with np.errstate(over="ignore"):  # a value beyond float32's range is no float32 result
        float32 = np.array_equal(got, got.astype(np.float32).astype(np.float64))
    if float32 and np.allclose(got, expected, rtol=1e-5, atol=1e-7):
        return ("close, but only to about 7 digits: something was computed in float32. "
                "Keep the whole computation in float64")
    return None
