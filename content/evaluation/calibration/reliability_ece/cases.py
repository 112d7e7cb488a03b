import math

import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-9, 1e-12


def _overconfident(rng, n, power=2.0):
    """Labels drawn from a true probability q; the model reports q pushed toward 0 and 1."""
    q = rng.beta(2, 2, size=n)
    y = (rng.random(n) < q).astype(np.int64)
    logit = np.log(q / (1 - q)) * power
    return y, 1 / (1 + np.exp(-logit))


def _case(name, y, p, n_bins=None, hidden=False):
    kwargs = {} if n_bins is None else {"n_bins": n_bins}
    return Case(name, (y, p), kwargs, rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(2):
        n = int(rng.integers(100, 400))
        out.append(_case(f"overconfident model, {n} rows", *_overconfident(rng, n)))
    n = int(rng.integers(100, 300))
    out.append(
        _case(
            f"underconfident model, {n} rows, 15 bins",
            *_overconfident(rng, n, power=0.5),
            n_bins=15,
        )
    )
    q = rng.uniform(0.0, 1.0, size=300)
    out.append(
        _case(
            "well calibrated by construction, 5 bins",
            (rng.random(300) < q).astype(np.int64),
            q,
            n_bins=5,
        )
    )
    y, p = _overconfident(rng, 40)
    p[:4] = [1.0, 1.0, 0.0, 0.0]
    y[:4] = [1, 0, 0, 1]
    out.append(_case("probabilities of exactly 0.0 and 1.0", y, p))
    p = rng.choice([0.0, 0.25, 0.5, 0.75, 1.0], size=24)
    out.append(
        _case(
            "probabilities on the bin edges, 4 bins",
            (rng.random(24) < p).astype(np.int64),
            p,
            n_bins=4,
        )
    )
    p = rng.uniform(0.6, 0.7, size=20)
    out.append(
        _case("every row in one bin (the others empty)", (rng.random(20) < 0.5).astype(np.int64), p)
    )
    y, p = _overconfident(rng, 30)
    out.append(_case("default n_bins, bool labels as a list", y.astype(bool).tolist(), p))
    out.append(_case("a single row", np.array([1]), np.array([0.37])))
    # np.linspace(0, 1, 11) holds 0.30000000000000004 and 0.6000000000000001: edges
    # searched with np.digitize put these three rows one bin lower than floor(p * 10).
    out.append(
        _case("tenths on the edges of 10 bins", np.array([0, 1, 1]), np.array([0.3, 0.6, 0.7]))
    )
    y, p = _overconfident(rng, 60)
    p[rng.random(60) < 0.3] = 1.0
    out.append(_case("many rows at 1.0, 8 bins (hidden)", y, p, n_bins=8, hidden=True))
    return out


def _table(y, p, n_bins, *, bins=None):
    y, p = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    if bins is None:
        bins = np.minimum((p * n_bins).astype(np.int64), n_bins - 1)
    keep = (bins >= 0) & (bins < n_bins)
    counts = np.bincount(bins[keep], minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_p = np.bincount(bins[keep], weights=p[keep], minlength=n_bins) / counts
        frac = np.bincount(bins[keep], weights=y[keep], minlength=n_bins) / counts
    return counts, mean_p, frac


def _data_range_counts(p, n_bins):
    """Counts per bin when the bins span min(p)..max(p), by floor and by np.histogram."""
    lo, hi = float(p.min()), float(p.max())
    if hi <= lo:
        return []
    floored = np.minimum(((p - lo) / ((hi - lo) / n_bins)).astype(np.int64), n_bins - 1)
    return [np.bincount(floored, minlength=n_bins), np.histogram(p, bins=n_bins)[0]]


def _close(a, b):
    return np.allclose(np.asarray(a, dtype=float), np.asarray(b, dtype=float), equal_nan=True)


def diagnose(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 4):
        return "return a tuple of four things: (counts, mean_prob, frac_pos, ece)"
    counts, mean_p, frac, ece = got
    if not all(isinstance(a, np.ndarray) for a in (counts, mean_p, frac)):
        return "counts, mean_prob and frac_pos should be NumPy arrays"
    e_counts, e_mean, e_frac, e_ece = expected
    y, p = case.args
    n_bins = case.kwargs.get("n_bins", 10)
    p = np.asarray(p, dtype=float)
    if counts.shape == (n_bins + 1,) and np.any(p == 1.0):
        return (
            "the rows with p = 1.0 got a bin of their own: floor(1.0 * n_bins) is "
            "n_bins, one past the end, so cap the bin index at n_bins - 1"
        )
    if not counts.shape == mean_p.shape == frac.shape == e_counts.shape:
        return f"there should be one entry per bin in each array: shape ({n_bins},)"
    if counts.dtype.kind != "i" and _close(counts, e_counts):
        return "counts should be integers (int64): they count rows"
    if int(np.sum(counts)) == len(p) - int(np.sum(p == 1.0)) and np.any(p == 1.0):
        return (
            "the rows with p = 1.0 were dropped: floor(1.0 * n_bins) is n_bins, one past "
            "the end, so cap the bin index at n_bins - 1"
        )
    # Searching np.linspace's edges: 0.3 with 10 bins lands below its edge 0.30000000000000004.
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    searched = np.clip(np.digitize(p, edges) - 1, 0, n_bins - 1)
    if not np.array_equal(counts, e_counts) and np.array_equal(
        counts, _table(y, p, n_bins, bins=searched)[0]
    ):
        return (
            "a value on a bin edge went to the bin below (0.3 with 10 bins belongs to "
            "[0.3, 0.4)): the edges from np.linspace are rounded (its 0.3 is "
            "0.30000000000000004), so searching them (np.digitize, np.histogram) "
            "misplaces such values; compute the bin as floor(p * n_bins), capped at "
            "n_bins - 1"
        )
    right_closed = np.clip(np.ceil(p * n_bins).astype(np.int64) - 1, 0, n_bins - 1)
    if not np.array_equal(counts, e_counts) and np.array_equal(
        counts, _table(y, p, n_bins, bins=right_closed)[0]
    ):
        return (
            "a value on a bin edge went to the bin below: bins are closed on the left, "
            "so 0.25 with 4 bins belongs to [0.25, 0.5)"
        )
    rounded = np.minimum(np.round(p * n_bins).astype(np.int64), n_bins - 1)
    if not np.array_equal(counts, e_counts) and np.array_equal(
        counts, _table(y, p, n_bins, bins=rounded)[0]
    ):
        return (
            "the bin index was rounded to the nearest integer: a row belongs to bin "
            "floor(p * n_bins) (0.19 with 10 bins is in bin 1, [0.1, 0.2)), capped "
            "at n_bins - 1"
        )
    if not np.array_equal(counts, e_counts) and any(
        np.array_equal(counts, spread) for spread in _data_range_counts(p, n_bins)
    ):
        return (
            "the bins were spread over the data's own range (min(prob) to max(prob)) "
            "instead of [0, 1]: then a bin means something different for every model "
            "and every batch, so two reliability tables or two ECEs cannot be compared, "
            "and a model that only ever says 0.4 to 0.6 gets all its bins inside that "
            "range; use the fixed bins of width 1 / n_bins starting at 0"
        )
    empty = e_counts == 0
    if empty.any() and _close(mean_p[~empty], e_mean[~empty]) and not np.isnan(mean_p[empty]).all():
        return "an empty bin has nothing to average: give nan there, not 0"
    centres = (np.arange(n_bins) + 0.5) / n_bins
    if not _close(mean_p, e_mean) and _close(mean_p[~empty], centres[~empty]):
        return (
            "mean_prob holds each bin's centre, not the mean of the probabilities that "
            "fell in it: the gap ECE measures is between what the model said and what "
            "happened, and a bin [0.9, 1.0] whose rows all say 0.99 would be read as "
            "0.95, hiding exactly the overconfidence calibration is about; average prob "
            "over the rows of each bin"
        )
    if _close(mean_p, e_frac) and _close(frac, e_mean):
        return (
            "mean_prob and frac_pos are swapped: mean_prob averages the predictions, "
            "frac_pos the labels"
        )
    if not _close(frac, e_frac) and _close(frac, np.floor(e_frac)):
        return (
            "frac_pos came out as whole numbers (0 wherever a bin holds a negative): "
            "the positives and the rows are both counted in integers, and integer "
            "division (//, or storing into an integer array) rounds their ratio down; "
            "divide as floats, so 3 positives in 4 rows give 0.75. With the fractions "
            "at 0 the reliability diagram shows every bin as overconfident and ECE is "
            "little more than the mean predicted probability"
        )
    try:
        ece = float(ece)
    except (TypeError, ValueError):
        return "ece should be a single float"
    if math.isnan(ece):
        return "ece is nan: leave the empty bins out of the sum"
    full = ~empty
    gaps = np.abs(e_frac[full] - e_mean[full])
    if math.isclose(ece, float(gaps.mean()), rel_tol=1e-7) and not math.isclose(ece, e_ece):
        return (
            "ece is the plain mean of the bins' gaps: weight each bin by its share of rows, n_b / n"
        )
    filled = int(full.sum())
    if not math.isclose(ece, e_ece) and any(
        math.isclose(ece * k, e_ece, rel_tol=1e-7) for k in {filled, n_bins} if k > 1
    ):
        return (
            "ece is the weighted gaps averaged over the bins, so it comes out the number "
            "of bins times too small: the weights n_b / n already add up to 1, so add the "
            "weighted gaps up instead of taking their mean (np.mean, np.nanmean). An ECE "
            "divided by the bin count shrinks whenever bins are added and makes a badly "
            "calibrated model look fine"
        )
    if math.isclose(ece, float(gaps.max()), rel_tol=1e-7) and not math.isclose(ece, e_ece):
        return "that is the largest gap (the maximum calibration error); ECE is the weighted mean"
    signed = abs(float(np.sum(e_counts[full] * (e_frac[full] - e_mean[full]))) / len(p))
    if math.isclose(ece, signed, rel_tol=1e-7) and not math.isclose(ece, e_ece):
        return (
            "the gaps were summed with their signs, so over- and underconfident bins "
            "cancel: take the absolute gap in each bin"
        )
    return None
