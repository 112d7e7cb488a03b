import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-5, 1e-6
SHAPES = [(3,), (2, 3), (4,), (1,), (2, 2, 2), (5, 1)]


def _grads(rng, sizes, shapes, scale=1.0):
    out = []
    for b in sizes:
        if b == 0:
            out.append([np.full(s, np.nan, dtype=np.float32) for s in shapes])
        else:
            out.append([(scale * rng.normal(size=s)).astype(np.float32) for s in shapes])
    return out


def _shapes(rng, p):
    return [SHAPES[int(i)] for i in rng.choice(len(SHAPES), size=p, replace=False)]


def _atol(grads, sizes):
    """ATOL times the largest gradient magnitude of the workers that saw data (at least 1):
    a float32 sum of large gradients that cancel is off by about that much, and passes."""
    live = [np.abs(a[np.isfinite(a)]).max(initial=0.0)
            for g, b in zip(grads, sizes) if b > 0 for a in g]
    return ATOL * max(1.0, float(max(live, default=0.0)))


def _case(name, grads, sizes, hidden=False):
    return Case(name, (grads, [int(b) for b in sizes]), rtol=RTOL, atol=_atol(grads, sizes),
                hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        w = int(rng.integers(2, 6))
        sizes = rng.integers(1, 64, size=w)
        shapes = _shapes(rng, int(rng.integers(1, 4)))
        out.append(_case(f"random workers #{i + 1} ({w} workers)", _grads(rng, sizes, shapes),
                         sizes))
    shapes = _shapes(rng, 2)
    sizes = [32, 32, 32, 5]
    out.append(_case("a short last batch on one worker", _grads(rng, sizes, shapes), sizes))
    sizes = [16, 0, 16]
    out.append(_case("a worker with no examples (its gradients are NaN)",
                     _grads(rng, sizes, shapes), sizes))
    sizes = [int(rng.integers(4, 40)), 0, int(rng.integers(4, 40))]
    grads = _grads(rng, sizes, shapes)
    p = int(rng.integers(len(shapes)))
    grads[2][p].flat[int(rng.integers(grads[2][p].size))] = np.nan
    out.append(_case("a NaN from a worker that saw examples stays NaN (a real divergence)",
                     grads, sizes))
    sizes = [int(rng.integers(4, 40)), 0, int(rng.integers(4, 40))]
    grads = _grads(rng, sizes, shapes)
    grads[0][0][...] = np.nan  # the whole parameter diverged, yet this worker saw examples
    out.append(_case("a worker that saw examples is NaN on a whole parameter (not empty)",
                     grads, sizes))
    sizes = [0, 0]
    out.append(_case("no worker has examples: zeros", _grads(rng, sizes, shapes), sizes))
    sizes = [int(rng.integers(1, 20))]
    out.append(_case("a single worker", _grads(rng, sizes, shapes), sizes))
    sizes = [8, 8, 8]
    out.append(_case("equal batches", _grads(rng, sizes, _shapes(rng, 3)), sizes))
    sizes = [int(b) for b in rng.integers(0, 40, size=5)]
    sizes[int(rng.integers(5))] = 0
    out.append(_case("random workers, one empty (hidden)", _grads(rng, sizes, _shapes(rng, 3)),
                     sizes, hidden=True))
    sizes = rng.integers(100, 1000, size=8)
    out.append(_case("large gradients", _grads(rng, sizes, [(64, 32), (32,)], scale=1e3), sizes))
    return out


def _weighted(grads, sizes, *, skip=True):
    total = sum(sizes)
    out = []
    for p in range(len(grads[0])):
        acc = np.zeros(grads[0][p].shape)
        for g, b in zip(grads, sizes):
            if b > 0 or not skip:
                acc = acc + b * g[p].astype(np.float64)
        out.append(acc / total if total else acc)
    return out


def _matches(got, candidate, atol=ATOL):
    return (isinstance(got, list) and len(got) == len(candidate)
            and all(isinstance(g, np.ndarray) and g.shape == c.shape
                    and np.allclose(g, c, rtol=RTOL, atol=atol, equal_nan=True)
                    for g, c in zip(got, candidate)))


def diagnose(case, expected, got):
    grads, sizes = case.args
    tol = _atol(grads, sizes)
    if not isinstance(got, list) or not all(isinstance(g, np.ndarray) for g in got):
        return "return a list of NumPy arrays, one per parameter"
    if len(got) != len(expected):
        return f"return one array per parameter: {len(expected)} here"
    for p, (g, e) in enumerate(zip(got, expected)):
        if g.shape != e.shape:
            return f"parameter {p} should keep its shape {e.shape}"
    for p, (g, e) in enumerate(zip(got, expected)):
        lost = np.isnan(e) & ~np.isnan(g)
        if lost.any():
            where = tuple(int(i) for i in np.argwhere(lost)[0])
            worker = next((w for w, (gw, b) in enumerate(zip(grads, sizes))
                           if b > 0 and np.isnan(gw[p][where])), "?")
            return (f"parameter {p} at {where} should be NaN: worker {worker} saw examples "
                    "and reported NaN there, a real divergence the step must not hide. "
                    "Skip only the workers with 0 examples, and leave every other NaN in "
                    "the sum (a NaN-ignoring sum drops it)")
    if any((np.isnan(g) & ~np.isnan(e)).any() for g, e in zip(got, expected)):
        return ("NaN in the result: a worker with 0 examples has NaN gradients, and "
                "0 * NaN is NaN; skip such workers instead of weighting them by 0")
    if _matches(got, expected, tol) and any(g.dtype != np.float32 for g in got):
        return "right values, wrong dtype: cast the result back to float32"
    live = [(g, b) for g, b in zip(grads, sizes) if b > 0]
    if live:
        plain = [np.mean([g[p].astype(np.float64) for g, _ in live], axis=0)
                 for p in range(len(expected))]
        if _matches(got, plain, tol):
            return ("that is the plain mean of the workers' gradients: weight each one by "
                    "its batch size, since a worker with 5 examples must count less than one "
                    "with 32")
        sums = _weighted(grads, sizes)
        total = sum(sizes)
        if _matches(got, [s * total for s in sums], tol):
            return "that is the weighted sum: divide it by the total number of examples"
        if _matches(got, [s * total / len(grads) for s in sums], tol):
            return "divide by the total number of examples, not by the number of workers"
    return None
