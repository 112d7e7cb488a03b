import numpy as np

from mldojo.grading.casekit import Case, same, tensor

RTOL, ATOL = 1e-5, 1e-6


def _batch(rng, batch, T, d, *, lengths=None, pad=None):
    x = rng.normal(size=(batch, T, d)).astype(np.float32)
    if lengths is None:
        lengths = rng.integers(1, T + 1, size=batch)
    lengths = np.asarray(lengths, dtype=np.int64)
    padding = np.arange(T)[None, :] >= lengths[:, None]
    if pad is None:  # large, varied garbage: averaging it in cannot go unnoticed
        x[padding] = rng.uniform(50, 100, size=(int(padding.sum()), d)).astype(np.float32)
    else:
        x[padding] = pad
    return x, lengths


def _case(name, x, lengths, hidden=False):
    return Case(name, (x, lengths), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        batch, T, d = int(rng.integers(2, 7)), int(rng.integers(3, 9)), int(rng.integers(1, 5))
        out.append(_case(f"random batch #{i + 1} ({batch}x{T}x{d})", *_batch(rng, batch, T, d)))
    out.append(_case("some sequences fill every step, some only one",
                     *_batch(rng, 4, 5, 3, lengths=[5, 1, 5, 2])))
    out.append(_case("a sequence of length 0", *_batch(rng, 3, 4, 2, lengths=[2, 0, 4])))
    out.append(_case("padding holds NaN", *_batch(rng, 3, 5, 2, lengths=[3, 5, 1], pad=np.nan)))
    out.append(_case("padding holds inf", *_batch(rng, 2, 4, 3, lengths=[1, 3], pad=np.inf),
                     hidden=True))
    x, lengths = _batch(rng, 3, 5, 2, lengths=[2, 5, 4])
    out.append(_case("tensors in, as a model's layer hands them over", tensor(x), tensor(lengths)))
    out.append(_case("no padding at all", *_batch(rng, 3, 4, 2, lengths=[4, 4, 4])))
    out.append(_case("one sequence, one step", *_batch(rng, 1, 1, 4, lengths=[1])))
    out.append(_case("every sequence empty", *_batch(rng, 2, 3, 2, lengths=[0, 0], pad=7.0),
                     hidden=True))
    return out


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = _veil(problem)
    x, lengths = case.args
    if not isinstance(got, np.ndarray):
        return problem + "; return a torch.Tensor of shape (batch, d)"
    if got.shape != expected.shape:
        return problem + "; average over the time axis (dim=1) of (batch, T, d)"
    if got.dtype != expected.dtype:
        return (problem + "; keep float32: build the divisor from the int64 lengths in torch "
                "(float32 / int64 stays float32), not from a float64 NumPy array")
    bad_rows = ~np.isclose(got, expected, rtol=RTOL, atol=ATOL, equal_nan=True).all(axis=1)
    with np.errstate(invalid="ignore", over="ignore"):
        if np.isfinite(x).all() and np.allclose(got, x.mean(axis=1), rtol=1e-4):
            return problem + "; the padding was averaged in: use only the first lengths[b] steps"
    if np.isnan(got).any():
        empty = lengths == 0
        if np.isnan(got[empty]).any() and not np.isnan(got[~empty]).any():
            return (problem + "; a sequence of length 0 came out as NaN (0 / 0): divide by "
                    "the length clamped to at least 1, so its row is 0")
        return (problem + "; NaN leaked in from the padding: the padding steps reach the sum, "
                "and multiplying by a 0/1 mask does not remove them (NaN * 0 is NaN); replace "
                "the padding with masked_fill or torch.where")
    summed = expected * np.maximum(lengths, 1)[:, None]
    if np.allclose(got, summed, rtol=RTOL, atol=ATOL):
        return problem + "; this is the sum over the real steps: divide it by the length"
    if bad_rows.any() and (lengths[bad_rows] < x.shape[1]).all():
        return (problem + f"; only sequences shorter than T={x.shape[1]} are wrong: the padding "
                "leaks into the sum or the divisor is T instead of the length")
    return problem


def _veil(problem):
    """A hidden case's message names the kind of difference, never the expected values."""
    if "values differ" in problem:
        return problem.split("; the first")[0]
    if problem.startswith(("expected shape", "expected dtype")):
        return problem
    return "the value is wrong"
