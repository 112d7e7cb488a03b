import math

import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-9, 1e-12


def _labels(rng, n, rate):
    return (rng.random(n) < rate).astype(np.int64)


def _predictions(rng, y, flip):
    return np.where(rng.random(len(y)) < flip, 1 - y, y)


def _case(name, y, p, hidden=False, **kwargs):
    return Case(name, (y, p), kwargs, rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(2):
        n = int(rng.integers(100, 400))
        y = _labels(rng, n, rng.uniform(0.2, 0.5))
        out.append(_case(f"{n} rows, default settings", y, _predictions(rng, y, 0.2)))
    y = _labels(rng, 300, 0.05)
    out.append(_case("rare positives (5%), resamples with no positive at all", y,
                     _predictions(rng, y, 0.04), n_resamples=500, seed=7))
    y = _labels(rng, 150, 0.4)
    out.append(_case("90% level", y, _predictions(rng, y, 0.25), level=0.9, seed=3))
    y = _labels(rng, 80, 0.5)
    out.append(_case("another seed and 2000 resamples", y, _predictions(rng, y, 0.3),
                     n_resamples=2000, seed=int(rng.integers(1, 1000))))
    y = _labels(rng, 40, 0.5)
    out.append(_case("every prediction right", y, y.copy()))
    y = _labels(rng, 30, 0.4)
    y[0] = 1
    out.append(_case("the model never predicts positive", y, np.zeros_like(y), n_resamples=200))
    y = _labels(rng, 20, 0.5)
    out.append(_case("bool arrays", y.astype(bool), _predictions(rng, y, 0.3).astype(bool)))
    y = _labels(rng, 12, 0.5)
    out.append(_case("plain Python lists, 99% level", y.tolist(),
                     _predictions(rng, y, 0.3).tolist(), level=0.99))
    out.append(_case("a single row", [1], [1], n_resamples=50))
    y = np.zeros(20, dtype=np.int64)
    y[int(rng.integers(20))] = 1
    out.append(_case("one positive in 20 rows, found without a false alarm", y, y.copy(),
                     n_resamples=300))
    y = _labels(rng, 60, 0.3)
    out.append(_case("80% level (hidden)", y, _predictions(rng, y, 0.2), level=0.8, seed=11,
                     hidden=True))
    return out


def _f1(t, p):
    tp = np.sum(t & p, axis=-1)
    wrong = np.sum(t != p, axis=-1)
    return np.where(tp > 0, 2 * tp / np.maximum(2 * tp + wrong, 1), 0.0)


def _variants(case):
    """What the usual mistakes return, each with what to say about it."""
    y, p = (np.asarray(a, dtype=bool) for a in case.args)
    B = case.kwargs.get("n_resamples", 1000)
    level = case.kwargs.get("level", 0.95)
    seed = case.kwargs.get("seed", 0)
    n = len(y)
    q = [50 * (1 - level), 50 * (1 + level)]
    rows = np.random.default_rng(seed).integers(0, n, size=(B, n))
    scores = _f1(y[rows], p[rows])
    point = float(_f1(y, p))
    out = []
    out.append(((point, *np.percentile(scores, [2.5, 97.5])),
                "the percentiles are those of a 95% interval whatever the level: use "
                "50 * (1 - level) and 50 * (1 + level)"))
    out.append(((point, *np.percentile(scores, [100 * (1 - level), 100 * level])),
                "the tails are twice too wide: each tail holds (1 - level) / 2 of the "
                "resamples, so the percentiles are 50 * (1 - level) and 50 * (1 + level)"))
    out.append(((float(scores.mean()), *np.percentile(scores, q)),
                "the interval is right but the first value is the mean of the resamples: "
                "report the F1 of the data as given"))
    sd = float(scores.std())
    z = {0.95: 1.959963984540054, 0.9: 1.6448536269514722}.get(level, 1.96)
    out.append(((point, point - z * sd, point + z * sd),
                "this is the normal approximation, F1 ± z·sd: take the percentiles of "
                "the resampled scores instead"))
    rng = np.random.default_rng(seed)
    rows_y = rng.integers(0, n, size=(B, n))
    rows_p = rng.integers(0, n, size=(B, n))
    out.append(((point, *np.percentile(_f1(y[rows_y], p[rows_p]), q)),
                "labels and predictions were resampled with different indices, which pairs "
                "each label with another row's prediction: index both with the same rows"))
    with np.errstate(invalid="ignore", divide="ignore"):
        tp, fp, fn = ((y[rows] & p[rows]).sum(1), (~y[rows] & p[rows]).sum(1),
                      (y[rows] & ~p[rows]).sum(1))
        nan_scores = 2 * tp / (2 * tp + fp + fn)
    if np.isnan(nan_scores).any():
        out.append(((point, *np.nanpercentile(nan_scores, q)),
                    "the resamples without any positive were dropped (or gave nan): by the "
                    "stated convention their F1 is 0.0, and they must count"))
    return out


def _picked_by_position(case, low, high):
    """Whether each end is a sorted resampled F1 read off at a rounded position."""
    y, p = (np.asarray(a, dtype=bool) for a in case.args)
    B = case.kwargs.get("n_resamples", 1000)
    level = case.kwargs.get("level", 0.95)
    rows = np.random.default_rng(case.kwargs.get("seed", 0)).integers(0, len(y), size=(B, len(y)))
    scores = np.sort(_f1(y[rows], p[rows]))
    for end, tail in ((low, (1 - level) / 2), (high, (1 + level) / 2)):
        at = int(B * tail)  # scores[int(B * q)] and scores[int(B * q) - 1]
        picks = [np.percentile(scores, 100 * tail, method=method)
                 for method in ("nearest", "lower", "higher")]
        picks += [scores[min(max(i, 0), B - 1)] for i in (at, at - 1)]
        if not np.any(np.isclose(end, picks, rtol=1e-9, atol=1e-12)):
            return False
    return True


def diagnose(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 3):
        return "return a tuple of three floats: (f1, low, high)"
    try:
        values = [float(v) for v in got]
    except (TypeError, ValueError):
        return "each of the three values should be a single float"
    if any(math.isnan(v) for v in values):
        return ("a value is nan: a resample with TP = 0 has F1 0.0 by the stated "
                "convention, never 0/0")
    f1, low, high = expected
    for candidate, advice in _variants(case):
        if all(math.isclose(v, c, rel_tol=1e-9, abs_tol=1e-12)
               for v, c in zip(values, candidate, strict=True)):
            return advice
    if math.isclose(values[0], f1) and values[1] == values[2] == f1 and low != high:
        return ("the interval has width 0: every resample was the test set itself. Draw "
                "rows with replacement (rng.integers), not a permutation")
    if math.isclose(values[0], f1) and _picked_by_position(case, values[1], values[2]):
        return ("each end is one of the resampled scores, picked by position (a sorted "
                "index, or np.percentile with method='nearest', 'lower' or 'higher'); "
                "np.percentile's default, which the statement asks for, interpolates "
                "linearly between the two sorted scores around that position")
    if math.isclose(values[0], f1) and not (math.isclose(values[1], low)
                                            and math.isclose(values[2], high)):
        return ("F1 is right, the interval is not: use np.random.default_rng(seed) and draw "
                "all resamples with one call, rng.integers(0, n, size=(n_resamples, n))")
    return None
