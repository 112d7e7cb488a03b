import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12


def _net(rng, d, h, k, scale=1.0):
    return (rng.normal(size=(d, h)) / np.sqrt(d), rng.normal(scale=0.1, size=h),
            rng.normal(size=(h, k)) * scale / np.sqrt(h), rng.normal(scale=0.1, size=k))


def _case(name, X, net, hidden=False):
    return Case(name, (X, *net), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        n, d, h, k = (int(v) for v in rng.integers([1, 2, 3, 2], [30, 10, 20, 8]))
        out.append(_case(f"random network #{i + 1} ({d} -> {h} -> {k})",
                         rng.normal(size=(n, d)), _net(rng, d, h, k)))
    out.append(_case("the statement's example", np.array([[1.0, -1.0]]),
                     (np.eye(2), np.zeros(2), 2 * np.eye(2), np.array([0.0, 1.0]))))
    out.append(_case("a confident network: logits in the thousands",
                     rng.normal(size=(6, 4)), _net(rng, 4, 8, 3, scale=2000.0)))
    out.append(_case("very negative logits (every exp underflows without the shift)",
                     np.ones((2, 2)),
                     (np.eye(2), np.zeros(2), np.eye(2), np.array([-1e4, -1e4 + 3]))))
    # Identity layers, so Z is X: one row's logits past exp's overflow, the other's 1000
    # below them (a shift by the largest logit of the whole matrix gives that row 0 / 0).
    out.append(_case("rows 1000 apart: shift each row by its own largest logit",
                     np.array([[0.0, 1.0], [1000.0, 1001.0]]),
                     (np.eye(2), np.zeros(2), np.eye(2), np.zeros(2))))
    out.append(_case("every hidden unit off (ReLU of negatives)", -np.abs(rng.normal(size=(3, 2))),
                     (np.eye(2) * 5, np.zeros(2), rng.normal(size=(2, 4)), rng.normal(size=4))))
    out.append(_case("square shapes (n = d = h = k)", rng.normal(size=(4, 4)), _net(rng, 4, 4, 4)))
    out.append(_case("one class", rng.normal(size=(3, 2)), _net(rng, 2, 3, 1)))
    out.append(_case("a random network (hidden)", rng.normal(size=(12, 5)),
                     _net(rng, 5, 16, 6, scale=30.0), hidden=True))
    return out


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "the probabilities do not match"
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return problem
    X, W1, b1, W2, b2 = case.args
    if not np.all(np.isfinite(got)):
        Z = np.maximum(0.0, X @ W1 + b1) @ W2 + b2
        with np.errstate(all="ignore"):
            E = np.exp(Z - Z.max())
            global_shift = E / E.sum(axis=1, keepdims=True)
        if np.array_equal(np.isfinite(got), np.isfinite(global_shift)):
            return (f"{problem}; NaN: the shift used the largest logit of the whole matrix, so "
                    "a row far below it underflows to 0 / 0; subtract each row's own largest "
                    "logit (a maximum over axis=1, keeping the dimension)")
        return (f"{problem}; NaN or inf: exp overflows for logits above about 710, and a row "
                "whose logits are all below about -745 underflows to 0 / 0; subtract each "
                "row's largest logit before np.exp")
    if np.allclose(got.sum(axis=0), 1.0) and not np.allclose(got.sum(axis=1), 1.0):
        return f"{problem}; the softmax normalised each column: sum over axis=1, each row"
    if np.any(got < 0):
        return (f"{problem}; some values are negative: these look like log-probabilities; "
                "return the probabilities themselves, exp(Z - max) / sum")
    if not np.allclose(got.sum(axis=1), 1.0, rtol=1e-9, atol=1e-9):
        return (f"{problem}; the rows do not sum to 1: the softmax divides each exp by its "
                "row's sum (a sigmoid squashes each logit on its own)")
    H = np.maximum(0.0, X @ W1 + b1)
    for Z, words in (
        ((X @ W1 + b1) @ W2 + b2, "apply the ReLU, max(0, .), to the hidden layer"),
        (np.maximum(0.0, X @ W1) @ W2 + b1 @ W2 + b2,
         "the ReLU came before adding b1: H = max(0, X W1 + b1), the bias inside"),
        (H @ W2, "b2 is missing from the logits: Z = H W2 + b2"),
        (np.maximum(0.0, X @ W1) @ W2 + b2, "b1 is missing from the hidden layer"),
        (np.maximum(0.0, H @ W2 + b2), "a ReLU was applied to the logits too: only the "
         "hidden layer has one; Z = H W2 + b2 goes into the softmax as it is, negative "
         "values included"),
        *((np.where(X @ W1 + b1 > 0, X @ W1 + b1, a * (X @ W1 + b1)) @ W2 + b2,
           "the hidden layer lets negative values leak through (a leaky ReLU): "
           "H = max(0, X W1 + b1) sets them to 0") for a in (0.01, 0.1, 0.2, 0.02, 0.05)),
    ):
        if np.allclose(got, _softmax(Z), rtol=1e-9, atol=1e-12):
            return f"{problem}; {words}"
    with np.errstate(over="ignore"):
        Z = H @ W2 + b2
        clipped = np.exp(np.clip(Z, -700, 700))
        clipped = clipped / clipped.sum(axis=1, keepdims=True)
    if np.allclose(got, clipped, rtol=1e-9, atol=1e-12):
        return (f"{problem}; clipping the logits before np.exp changes them: subtract each "
                "row's largest logit instead, which leaves the softmax unchanged")
    return problem


def _softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)
