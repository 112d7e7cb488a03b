import numpy as np

from mldojo.grading.casekit import Call, Case, same

IGNORE = -100
RTOL, ATOL = 1e-4, 1e-6


# A fresh Call each time: compare() finds a call's place in its case by identity.
def _gradients():
    return Call("gradients")


def _loss():
    return Call("loss")


def _reset():
    return Call("reset")


def _weights(rng, d, k):
    return {"weight": rng.normal(size=(k, d)).astype(np.float32),
            "bias": rng.normal(size=k).astype(np.float32)}


def _add(rng, m, d, k, pad=0.0):
    X = rng.normal(size=(m, d)).astype(np.float32)
    y = rng.integers(0, k, size=m).astype(np.int64)
    y[rng.random(m) < pad] = IGNORE
    return Call("add", (X, y))


def _case(rng, name, d, k, calls, hidden=False):
    return Case(name, (_weights(rng, d, k),), calls=tuple(calls), rtol=RTOL, atol=ATOL,
                hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        d, k = int(rng.integers(2, 5)), int(rng.integers(2, 5))
        adds = [_add(rng, int(rng.integers(1, 8)), d, k, pad=0.3)
                for _ in range(int(rng.integers(3, 6)))]
        out.append(_case(rng, f"random uneven micro-batches #{i + 1}", d, k,
                         [*adds, _gradients(), _loss(), _gradients()]))
    d, k = 3, 3
    out.append(_case(rng, "equal sizes, no padding", d, k,
                     [_add(rng, 4, d, k) for _ in range(3)] + [_gradients()]))
    out.append(_case(rng, "uneven sizes (5, 5, 1), no padding", d, k,
                     [_add(rng, m, d, k) for m in (5, 5, 1)] + [_gradients(), _loss()]))
    adds = [_add(rng, 6, d, k) for _ in range(3)]
    for j, n_pad in enumerate((0, 4, 2)):  # the same rows, different numbers of counted targets
        adds[j].args[1][:n_pad] = IGNORE
    out.append(_case(rng, "equal sizes, different amounts of padding", d, k,
                     [*adds, _gradients(), _loss()]))
    all_pad = _add(rng, 3, d, k)
    all_pad.args[1][:] = IGNORE
    out.append(_case(rng, "a micro-batch that is all padding", d, k,
                     [_add(rng, 4, d, k), all_pad, _add(rng, 2, d, k), _loss(), _gradients()]))
    out.append(_case(rng, "reset between two accumulation windows", d, k,
                     [_add(rng, 3, d, k, 0.3), _add(rng, 5, d, k, 0.3), _gradients(), _reset(),
                      _add(rng, 2, d, k), _gradients(), _loss(), _add(rng, 4, d, k), _gradients(),
                      _loss()]))
    # Asked right after reset(), before any add: a reset left to the next add (zeroing the
    # gradients lazily there) still answers with the old window.
    out.append(_case(rng, "gradients and loss right after a reset", d, k,
                     [_add(rng, 4, d, k), _add(rng, 3, d, k, 0.3), _gradients(), _reset(),
                      _gradients(), _loss(), _add(rng, 2, d, k), _gradients(), _loss()]))
    out.append(_case(rng, "one micro-batch", 2, 4, [_add(rng, 6, 2, 4, 0.2), _gradients()]))
    lone = _add(rng, 3, 3, 3)
    lone.args[1][1:] = IGNORE
    padded = _add(rng, 2, 3, 3)
    padded.args[1][:] = IGNORE
    out.append(_case(rng, "a single counted target in the window", 3, 3,
                     [padded, lone, _gradients(), _loss()]))
    out.append(_case(rng, "nothing added yet", 2, 3,
                     [_gradients(), _loss(), _add(rng, 3, 2, 3), _gradients()], hidden=True))
    nothing = _add(rng, 4, 2, 2)
    nothing.args[1][:] = IGNORE
    out.append(_case(rng, "no target counts", 2, 2, [nothing, _loss(), _gradients()], hidden=True))
    return out


def _window(case, call, since_start=False):
    """The add calls since the last reset (or since the start), before this call."""
    index = next(i for i, c in enumerate(case.calls) if c is call)
    window = []
    for c in case.calls[:index]:
        if c.method == "reset" and not since_start:
            window = []
        elif c.method == "add":
            window.append(c.args)
    return window


def _row_losses(weights, X, y):
    """Each counted target's cross-entropy (in float64), for reading a wrong loss()."""
    W, b = weights["weight"].astype(float), weights["bias"].astype(float)
    z = X @ W.T + b
    z = z - z.max(1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(1, keepdims=True))
    counted = y != IGNORE
    return -log_p[counted, y[counted]]


def _loss_words(weights, window, got):
    """The usual wrong loss() read from its value, or None."""
    sums = [float(_row_losses(weights, X, y).sum()) for X, y in window]
    counts = [int((y != IGNORE).sum()) for _, y in window]
    means = [t / c for t, c in zip(sums, counts, strict=True) if c]
    rows = sum(len(y) for _, y in window)
    guesses = (
        (sum(means), "you added up the micro-batches' mean losses: that sum of means grows "
         "with the number of micro-batches; keep the summed loss and divide by the total count"),
        (sum(means) / max(len(means), 1), "you averaged the micro-batches' mean losses: that "
         "is the big batch's mean only when every micro-batch counts the same number of "
         "targets; divide the summed loss by the total count"),
        (sum(means) / max(len(window), 1), "you averaged the micro-batches' mean losses: that "
         "is the big batch's mean only when every micro-batch counts the same number of "
         "targets; divide the summed loss by the total count"),
        (sum(sums) / max(rows, 1), "you divided by the number of rows, padding included: "
         "divide the summed loss by the number of counted targets (y != -100)"),
    )
    for value, words in guesses:
        if np.isclose(got, value, rtol=1e-3, atol=1e-6) and not np.isclose(
                got, sum(sums) / max(sum(counts), 1), rtol=1e-3, atol=1e-6):
            return words
    return None


def _grad(weights, X, y, scale_rows):
    """Per-row gradient contributions of the summed loss, times scale_rows (per row)."""
    W, b = weights["weight"].astype(float), weights["bias"].astype(float)
    z = X @ W.T + b
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    counted = y != IGNORE
    err = p.copy()
    err[counted, y[counted]] -= 1.0
    err[~counted] = 0.0
    err *= scale_rows[:, None]
    return {"weight": err.T @ X, "bias": err.sum(0)}


def _combine(weights, window, scale):
    total = {"weight": 0.0, "bias": 0.0}
    for j, (X, y) in enumerate(window):
        g = _grad(weights, X, y, np.full(len(y), scale(j, X, y)))
        total = {key: total[key] + g[key] for key in total}
    return total


def _matches(got, cand):
    return all(np.allclose(got[key], cand[key], rtol=1e-3, atol=1e-5) for key in cand)


def compare(case, expected, got, call):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = _veil(problem)
    if call.method in ("add", "reset"):
        return problem + f"; {call.method} returns None"
    if call.method == "loss":
        if isinstance(got, float) and np.isnan(got):
            return (problem + "; NaN: a micro-batch whose targets are all ignored has a mean "
                    "loss of 0/0; sum the loss and divide once, by the total count")
        if not isinstance(got, float):
            return problem + "; loss() returns a Python float (use .item())"
        window = _window(case, call)
        words = _loss_words(case.args[0], window, got) if window else None
        if words:
            return f"{problem}; {words}"
        return (problem + "; the loss is the mean over all counted targets since the last "
                "reset: the summed loss divided by the total count")
    if not (isinstance(got, dict) and set(got) == {"weight", "bias"}
            and all(isinstance(v, np.ndarray) for v in got.values())):
        return problem + '; gradients() returns {"weight": tensor, "bias": tensor}'
    if any(got[key].shape != expected[key].shape for key in expected):
        return problem
    if any(np.isnan(v).any() for v in got.values()):
        return (problem + "; NaN: a micro-batch whose targets are all ignored has a mean loss "
                "of 0/0; sum the loss instead and divide once, by the total count")
    (weights,) = case.args
    window = _window(case, call)
    if not window:
        before = case.calls[:next(i for i, c in enumerate(case.calls) if c is call)]
        if any(c.method == "reset" for c in before):
            return (problem + "; nothing was added since the last reset: return zeros. "
                    "reset() must zero every p.grad itself; zeroing them later, in the next "
                    "add, leaves the old window's gradients in place until then")
        return problem + "; nothing was added since the start or the last reset: return zeros"
    counted = [int((y != IGNORE).sum()) for _, y in window]
    nonempty = [c for c in counted if c]
    per_batch_mean = (lambda j, X, y: 1.0 / counted[j] if counted[j] else 0.0)
    averaged = ("the micro-batch means were averaged: that equals the big batch only when "
                "every micro-batch has the same number of counted targets; divide the summed "
                "loss by the total count instead")
    guesses = (
        (lambda j, X, y: per_batch_mean(j, X, y),
         "each micro-batch's mean loss was added up: the result is a sum of means, too large"),
        (lambda j, X, y: per_batch_mean(j, X, y) / max(len(nonempty), 1), averaged),
        (lambda j, X, y: per_batch_mean(j, X, y) / len(window), averaged),
        (lambda j, X, y: per_batch_mean(j, X, y) * len(y) / sum(len(v) for _, v in window),
         "each micro-batch was weighted by its number of rows: rows of padding do not count; "
         "weight by counted targets"),
        (lambda j, X, y: 1.0 / max(sum(counted), 1) if j == len(window) - 1 else 0.0,
         "only the last micro-batch is in the gradient: do not zero the gradients between "
         "micro-batches, only in reset"),
    )
    for scale, words in guesses:
        if _matches(got, _combine(weights, window, scale)):
            return f"{problem}; {words}"
    total = max(sum(counted), 1)
    rows = sum(len(y) for _, y in window)
    if rows != sum(counted) and _matches(got, _combine(weights, window, lambda j, X, y: 1 / rows)):
        return (f"{problem}; you divided the summed gradient by the number of rows, padding "
                "included: divide by the number of counted targets (y != -100)")
    if _matches(got, _combine(weights, window, lambda j, X, y: 1 / total**2)):
        return (f"{problem}; this gradients() call was divided twice: an earlier call changed "
                "p.grad in place (p.grad /= n); return p.grad / n, a new tensor, and leave the "
                "accumulated gradients as they are")
    history = _window(case, call, since_start=True)
    if len(history) > len(window) and _matches(
            got, _combine(weights, history, lambda j, X, y: 1 / total)):
        return (f"{problem}; the gradients still hold the micro-batches added before the last "
                "reset(): reset must zero every p.grad, not only the running loss and count")
    return problem


def _veil(problem):
    """A hidden case's message names the kind of difference, never the expected values."""
    if "values differ" in problem:
        return problem.split("; the first")[0]
    if problem.startswith(("expected shape", "expected dtype")):
        return problem
    return "the value is wrong"
