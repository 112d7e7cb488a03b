import numpy as np

from mldojo.grading.casekit import Case


def _seed(rng):
    return int(rng.integers(0, 2**31))


def cases(rng):
    out = []
    for i in range(3):
        n, k = int(rng.integers(20, 200)), int(rng.integers(2, 12))
        out.append(Case(f"random float64 logits #{i + 1} ({n}x{k})",
                        (rng.normal(scale=3.0, size=(n, k)), _seed(rng))))
    out.append(Case("float32 logits", (rng.normal(scale=3.0, size=(150, 6)).astype(np.float32),
                                       _seed(rng))))
    out.append(Case("float16 logits (compute in float64)",
                    (rng.normal(scale=3.0, size=(4000, 10)).astype(np.float16), _seed(rng))))
    out.append(Case("float32 logits with class 0's probability near u (compute in float64)",
                    _near_boundary(rng)))
    out.append(Case("large logits (exp overflows without the row maximum)",
                    (1000.0 + rng.normal(scale=5.0, size=(60, 5)), _seed(rng))))
    offsets = rng.choice([-400.0, 0.0, 400.0], size=(80, 1))
    out.append(Case("rows on very different scales (the maximum must be per row)",
                    (offsets + rng.normal(scale=2.0, size=(80, 4)), _seed(rng))))
    n = int(rng.integers(4, 9))
    out.append(Case("square logits, n == k (a silent broadcasting trap)",
                    (rng.normal(scale=3.0, size=(n, n)) + 50.0 * np.arange(n)[:, None],
                     _seed(rng))))
    masked = rng.normal(scale=2.0, size=(100, 6))
    masked[rng.random((100, 6)) < 0.4] = -np.inf
    masked[np.arange(100), rng.integers(0, 6, size=100)] = 0.0  # one finite entry per row
    out.append(Case("masked classes (-inf) are never drawn", (masked, _seed(rng))))
    out.append(Case("one class", (rng.normal(size=(10, 1)), _seed(rng))))
    out.append(Case("one row", (rng.normal(scale=3.0, size=(1, 8)), _seed(rng))))
    out.append(Case("no rows", (np.zeros((0, 4)), _seed(rng)), hidden=True))
    return out


def _near_boundary(rng, n=200):
    # Two classes, the second logit chosen so that class 0's probability lands within
    # about 1e-8 of the row's u: the float64 softmax decides each row cleanly (every gap
    # is kept above 1e-11), but a softmax computed in float32 (its rounding is about
    # 6e-8) flips dozens of the 200 rows on every seed.
    seed = _seed(rng)
    u = np.random.default_rng(seed).random(n)
    z1 = (np.log1p(-u) - np.log(u)).astype(np.float32)
    p0 = 1.0 / (1.0 + np.exp(z1.astype(np.float64)))
    z1[np.abs(p0 - u) < 1e-11] = 1.0  # too close to call in float64: an ordinary row
    return np.stack([np.zeros(n, dtype=np.float32), z1], axis=1), seed


def timing(rng):
    # One call per timed run (number = 1 in exercise.toml): with several calls on the
    # same arrays, a Python loop that remembers its last result passed the bar. The
    # input is large so that the child's fixed start-up cost inside the timed window
    # does not hide the vectorised version's speed (measured: reference about 11x).
    return Case("timing", (rng.normal(scale=3.0, size=(100_000, 8)).astype(np.float32),
                           _seed(rng)))


def _samples(logits, u, shift="row"):
    z = np.asarray(logits, dtype=np.float64)
    if shift == "row":
        z = z - z.max(axis=1, keepdims=True)
    elif shift == "all":
        z = z - z.max()
    elif shift == "column":
        z = z - z.max(axis=0, keepdims=True)
    with np.errstate(all="ignore"):  # the slips make inf and 0/0 on purpose
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
    cdf = np.cumsum(p, axis=1)
    cdf[:, -1] = 1.0
    return (cdf <= u[:, None]).sum(axis=1)


def diagnose(case, expected, got):
    if not isinstance(got, np.ndarray):
        return "return a NumPy array of class indices"
    if got.shape != expected.shape:
        return "return one sample per row, shape (n,)"
    if got.dtype != np.int64:
        return "return int64 class indices (.astype(np.int64))"
    logits, seed = case.args
    n = len(logits)
    if n == 0:
        return None
    if got.min() < 0 or got.max() >= logits.shape[1]:
        return ("some samples are not valid classes: NaN probabilities (from exp overflow or "
                "0/0) make every comparison False")
    finite = np.isfinite(logits)
    if not finite[np.arange(n), got].all():
        return "a masked class (-inf logit, probability 0) was drawn"
    if np.array_equal(got, _samples(logits, np.random.RandomState(seed).random_sample(n))):
        return ("these samples come from the legacy global generator: draw from "
                "np.random.default_rng(seed), which has a different stream")
    k = logits.shape[1]
    if np.array_equal(got, _samples(logits, np.random.default_rng(seed).random((n, k))[:, 0])):
        return ("rng.random((n, k)) uses up k numbers per row; the loop uses one number per "
                "row: rng.random(n)")
    u = np.random.default_rng(seed).random(n)
    for shift, words in (
        ("all", "the maximum of the whole array (logits.max())"),
        ("column", "each column's maximum (axis=0)"),
        ("none", "nothing (no maximum at all)"),
    ):
        if np.array_equal(got, _samples(logits, u, shift)):
            return (f"the softmax subtracted {words} instead of each row's own maximum "
                    "(z.max(axis=1, keepdims=True)): rows far below the largest logit "
                    "underflow to 0/0 and NaN, rows far above overflow")
    if logits.dtype != np.float64:
        return ("samples near the class boundaries differ: the probabilities must be "
                f"computed in float64, not in the logits' {logits.dtype}"
                + ("" if logits.dtype == np.float32 else " (nor in float32)"))
    wrong = int((got != expected).sum())
    return (f"{wrong} of {n} samples differ: compute the softmax per row (axis=1, "
            "keepdims=True, after subtracting each row's own maximum) and use one rng.random() "
            "per row, in row order")
