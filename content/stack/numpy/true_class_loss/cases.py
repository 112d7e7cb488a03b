import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12


def _probs(rng, n, k):
    logits = rng.normal(scale=2.0, size=(n, k))
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _labels(rng, n, k, ignored=0.0):
    y = rng.integers(0, k, size=n).astype(np.int64)
    y[rng.random(n) < ignored] = -100
    return y


def _case(name, P, y, hidden=False, **kwargs):
    return Case(name, (P, y), kwargs=kwargs, rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(2):
        n, k = int(rng.integers(5, 40)), int(rng.integers(2, 12))
        out.append(_case(f"random #{i + 1} ({n} examples, {k} classes)", _probs(rng, n, k),
                         _labels(rng, n, k)))
    out.append(_case("padding labels among 5 classes", _probs(rng, 8, 5),
                     _labels(rng, 8, 5, ignored=0.4)))
    out.append(_case("a vocabulary of 150 classes: -100 is a valid column", _probs(rng, 12, 150),
                     _labels(rng, 12, 150, ignored=0.3)))
    n = 6
    out.append(_case("square P (n = k): P[:, y] has n*n elements", _probs(rng, n, n),
                     _labels(rng, n, n)))
    P = _probs(rng, 4, 3)
    y = np.array([0, 1, 2, 0])
    P[2, 2] = 0.0
    out.append(_case("a probability of exactly 0 (clipped, not inf)", P, y))
    # An over-confident model: true-class probabilities close to the 1e-15 floor, on both
    # sides of it. max(p, 1e-15) leaves those above it alone; log(p + 1e-15) shifts them.
    P = _probs(rng, 5, 3)
    y = np.array([0, 1, 2, 0, 1])
    tiny = np.array([3e-16, 2e-15, 1e-14, 1e-13, 1e-15])
    P[np.arange(5), y] = 0.0
    P *= (1.0 - tiny)[:, None] / P.sum(axis=1, keepdims=True)  # rows still sum to 1
    P[np.arange(5), y] = tiny
    out.append(_case("true-class probabilities near the 1e-15 floor", P, y))
    out.append(_case("another ignore_index", _probs(rng, 6, 4),
                     np.array([0, -1, 3, -1, 2, 1]), ignore_index=-1))
    y = _labels(rng, 10, 8, ignored=0.4)
    y[y == -100] = 255
    out.append(_case("ignore_index=255 (the segmentation convention)", _probs(rng, 10, 8), y,
                     ignore_index=255))
    out.append(_case("every label ignored", _probs(rng, 3, 4), np.full(3, -100)))
    out.append(_case("one class", np.ones((4, 1)), np.array([0, 0, -100, 0])))
    out.append(_case("no examples", np.zeros((0, 3)), np.zeros(0, dtype=np.int64)))
    out.append(_case("random with padding (hidden)", _probs(rng, 30, 200),
                     _labels(rng, 30, 200, ignored=0.2), hidden=True))
    return out


def compare(case, expected, got):
    P, y = case.args
    n = len(y)
    if isinstance(got, np.ndarray) and got.shape == (n, n) and n != 1:
        return ("expected one loss per example, shape (n,), got an (n, n) matrix: P[:, y] "
                "takes every row for each label; pair rows with labels: P[np.arange(n), y]")
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "the losses do not match"
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return problem
    if got.dtype != expected.dtype:
        return f"{problem}; the losses must stay float64, like P: do not cast them"
    ignore = case.kwargs.get("ignore_index", -100)
    ignored = y == ignore
    if np.any(np.isinf(got)):
        return f"{problem}; clip the probabilities at 1e-15 before the log"
    if ignored.any() and not np.allclose(got[ignored], 0.0):
        return (f"{problem}; where y == ignore_index the loss must be 0.0: a negative label "
                "is a valid index from the end of the row, so mask it out")
    picked = P[np.arange(n)[~ignored], y[~ignored]]
    added = -np.log(picked + 1e-15)
    if np.allclose(got[~ignored], added, rtol=1e-9, atol=1e-12) and not np.allclose(
            added, expected[~ignored], rtol=1e-9, atol=1e-12):
        return (f"{problem}; log(p + 1e-15) shifts every small probability, not only the "
                "zeros: clip with np.maximum(p, 1e-15), which changes only p below 1e-15")
    with np.errstate(divide="ignore"):
        unclipped = -np.log(picked)
    if (picked < 1e-15).any() and np.allclose(got[~ignored], unclipped, rtol=1e-9, atol=1e-12):
        return (f"{problem}; the probabilities below 1e-15 were not clipped: clip at 1e-15 "
                "before the log, with np.maximum(p, 1e-15)")
    if (~ignored).any() and np.isfinite(got[~ignored]).all():
        floor = float(np.exp(-got[~ignored].max()))
        clipped = -np.log(np.clip(picked, floor, 1.0 - floor if floor < 0.5 else 1.0))
        if floor > 1.01e-15 and np.allclose(got[~ignored], clipped, rtol=1e-9, atol=1e-12):
            return (f"{problem}; the probabilities were clipped at about {floor:.0e}, not at "
                    "1e-15: use np.maximum(p, 1e-15)")
    if not np.allclose(got[~ignored], expected[~ignored], rtol=1e-9, atol=1e-12):
        return f"{problem}; each loss is -log P[i, y[i]], the row's own true class"
    return problem
