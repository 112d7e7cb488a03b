import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-7, 1e-10


def _case(name, logits, labels, hidden=False):
    return Case(
        name, (logits, np.asarray(labels, dtype=np.int64)), hidden=hidden, rtol=RTOL, atol=ATOL
    )


def cases(rng):
    out = []
    for i in range(3):
        n, k = int(rng.integers(3, 12)), int(rng.integers(2, 7))
        out.append(
            _case(
                f"random #{i + 1} ({n} examples, {k} classes)",
                rng.normal(scale=2.0, size=(n, k)),
                rng.integers(0, k, size=n),
            )
        )
    n = int(rng.integers(3, 7))
    out.append(
        _case(
            "square logits (n == k)", rng.normal(scale=2.0, size=(n, n)), rng.integers(0, n, size=n)
        )
    )
    out.append(_case("one example", rng.normal(size=(1, 4)), [int(rng.integers(0, 4))]))
    out.append(_case("two classes", rng.normal(scale=3.0, size=(6, 2)), rng.integers(0, 2, size=6)))
    out.append(
        _case(
            "large logits (around 1000)",
            rng.normal(1000.0, 5.0, size=(5, 3)),
            rng.integers(0, 3, size=5),
        )
    )
    z = rng.normal(size=(4, 3))
    z[:, 0] += 2000.0
    out.append(_case("the true class is hopeless (probability underflows)", z, [1, 2, 1, 2]))
    z = rng.normal(size=(4, 3)) + np.array([[1000.0], [-1000.0], [0.0], [3000.0]])
    out.append(
        _case(
            "rows of very different scales (+1000, -1000, 0, +3000)", z, rng.integers(0, 3, size=4)
        )
    )
    out.append(_case("all logits equal", np.zeros((3, 5)), [0, 4, 2], hidden=True))
    out.append(
        _case("integer logits", rng.integers(-5, 6, size=(5, 4)), rng.integers(0, 4, size=5))
    )
    out.append(
        _case(
            "float32 logits, as a model outputs them (grad is still float64)",
            rng.normal(scale=4.0, size=(6, 5)).astype(np.float32),
            rng.integers(0, 5, size=6),
        )
    )
    labels = np.array([1, 1, 1, 1])
    out.append(
        _case("every example has the same label", rng.normal(size=(4, 3)), labels, hidden=True)
    )
    return out


def _softmax(z, axis):
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def _variants(logits, labels):
    z = np.asarray(logits, dtype=float)
    n = z.shape[0]
    rows = np.arange(n)
    p = _softmax(z, 1)
    onehot = np.zeros_like(p)
    onehot[rows, labels] = 1.0
    yield "grad", p - onehot, "the gradient is not divided by n: the loss is a mean over the batch"
    yield (
        "grad",
        (onehot - p) / n,
        "the gradient has the wrong sign: it is p - onehot, not onehot - p",
    )
    cols = p.copy()
    cols[:, labels] -= 1.0
    yield (
        "grad",
        cols / n,
        (
            "1 was subtracted in whole columns (p[:, labels] -= 1); subtract it "
            "at one entry per row: p[np.arange(n), labels] -= 1"
        ),
    )
    p0 = _softmax(z, 0)
    on0 = p0.copy()
    on0[rows, labels] -= 1.0
    yield (
        "grad",
        on0 / n,
        (
            "the softmax was taken along axis 0 (over the examples); each "
            "example's probabilities run over its classes, axis=1"
        ),
    )
    yield "grad", p / n, "the gradient is missing the -1 at the true class"
    with np.errstate(all="ignore"):
        log_p = np.log(p)  # may hold -inf where p underflows
        yield (
            "loss",
            -log_p[rows, labels].sum(),
            ("the loss is summed over the batch; the task asks for the mean"),
        )


# Where a clip or an added epsilon usually comes from: powers of ten and machine limits.
EPSILONS = [10.0**-j for j in range(1, 309)] + [
    float(np.finfo(np.float64).eps),
    float(np.finfo(np.float32).eps),
    float(np.finfo(np.float64).tiny),
    float(np.finfo(np.float32).tiny),
]


def _capped_at(logits, labels, loss):
    """The eps of a loss computed as mean(-log(max(p, eps))) or mean(-log(p + eps)) of the
    true class's probability p, where that differs from the true loss; else None."""
    z = np.asarray(logits, dtype=float)
    rows = np.arange(z.shape[0])
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    nll = -log_p[rows, labels]  # each example's loss, right even where p underflows
    true = nll.mean()
    for eps in EPSILONS:
        cap = -np.log(eps)
        clipped = np.minimum(nll, cap).mean()
        added = -np.log(np.exp(-nll) + eps).mean()
        for wrong in (clipped, added):
            if not np.isclose(wrong, true, rtol=1e-7, atol=1e-10) and np.isclose(
                loss, wrong, rtol=1e-7, atol=1e-10
            ):
                return eps
    return None


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:  # same()'s words would show the hidden case's expected values
        problem = "the values differ"
    logits, labels = case.args
    if not (isinstance(got, tuple) and len(got) == 2):
        return problem + "; return a tuple (loss, grad)"
    loss, grad = got
    if not isinstance(grad, np.ndarray) or grad.shape != expected[1].shape:
        return problem + f"; grad must be a float64 array of shape {expected[1].shape}, like logits"
    if grad.dtype != np.float64:
        return (
            problem + f"; grad is {grad.dtype}: convert the logits with np.asarray(logits, "
            "dtype=np.float64) first (float32 logits, what a model outputs, keep only "
            "about 7 digits, and the gradient must be float64)"
        )
    single = [
        np.array_equal(g.astype(np.float32).astype(np.float64), g) for g in (grad, expected[1])
    ]
    if np.asarray(logits).dtype == np.float32 and single == [True, False]:
        return (
            problem + "; every value of grad is a float32 number: the work was done in "
            "float32, the dtype of the logits, which keeps about 7 digits. Convert the "
            "logits to float64 first (their float32 values are exact in float64)"
        )
    try:
        loss = float(loss)
    except (TypeError, ValueError):
        return problem + "; loss must be a single float"
    if not np.isfinite(loss) or not np.all(np.isfinite(grad)):
        z = np.asarray(logits, dtype=float)
        low = z.max(axis=1) < z.max() - 700  # exp(row - global max) is 0 for every class
        bad = ~np.isfinite(grad).all(axis=1)
        if low.any() and np.array_equal(bad, low):
            return (
                f"{problem}; the rows whose logits are far below the batch's largest one "
                f"(rows {np.flatnonzero(low).tolist()}) are not finite: shifting by "
                "the maximum of the whole batch sends every exp of such a row to 0. "
                "Shift each row by its own maximum"
            )
        if np.isinf(loss) and loss > 0 and np.all(np.isfinite(grad)):
            return (
                f"{problem}; the gradient is finite but the loss is inf: a true class's "
                "probability underflowed to 0 (exp of a logit far below its row's "
                "maximum), and log(0) is -inf. Subtracting the maximum keeps exp from "
                "overflowing but not p from underflowing: compute the log-probability "
                "directly, z - max - log(sum(exp(z - max))), instead of log(p)"
            )
        return (
            problem + "; the result is not finite: exp overflows beyond about 710. Subtract "
            "each row's maximum before exp, and compute log-probabilities directly "
            "(z - max - log(sum(exp(z - max)))) rather than log(softmax), which is "
            "log(0) for a probability that underflows"
        )
    loss_right = np.isclose(loss, expected[0], rtol=case.rtol, atol=case.atol)
    for which, wrong, advice in _variants(logits, labels):
        if which == "loss" and loss_right:  # one example: its sum is its mean
            continue
        value = grad if which == "grad" else loss
        if np.allclose(value, wrong, rtol=1e-7, atol=1e-10):
            return f"{problem}; {advice}"
    eps = None if loss_right else _capped_at(logits, labels, loss)
    if eps is not None:
        return (
            f"{problem}; each example's loss is capped at -log({eps:.0e}) = "
            f"{-np.log(eps):.1f}, what clipping p (or adding {eps:.0e} to it) before the "
            "log does: an example whose true class has probability e^-2000 has a loss of "
            "about 2000, and the cap reports it as no worse than a merely poor one, hiding "
            "a hopeless prediction (and a diverging run) in the mean. Compute the "
            "log-probability directly, z - max - log(sum(exp(z - max))), which needs no "
            "clip"
        )
    if loss_right:
        return (
            problem + "; the loss is right but the gradient is not: for one example it is "
            "p_j - [j == y], and the batch mean divides it by n"
        )
    return problem + "; the loss is the mean over examples of -log p(true class)"
