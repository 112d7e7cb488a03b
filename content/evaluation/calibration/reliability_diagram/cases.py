import numpy as np

from mldojo.grading.casekit import Case
from mldojo.grading.checks import with_diagnosis
from mldojo.grading.figures import suptitle_as_title

RTOL, ATOL = 1e-9, 1e-12


def _scores(rng, n, power):
    """Predictions p and outcomes drawn with probability p**power: over-confident when
    power > 1, under-confident when power < 1."""
    p = rng.beta(0.7, 0.7, size=n)
    y = (rng.random(n) < p**power).astype(np.int64)
    return p, y  # not rounded: no probability lands on an inexact edge such as 0.3


def _case(name, probs, y, n_bins=10, hidden=False):
    # n_bins=None leaves it out of the call, so the statement's default of 10 is checked too.
    kwargs = {} if n_bins is None else {"n_bins": int(n_bins)}
    return Case(name, (probs, y), kwargs=kwargs, rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = [
        _case("an over-confident model, default n_bins", *_scores(rng, 500, 2.0), n_bins=None),
        _case("an under-confident model, 15 bins", *_scores(rng, 400, 0.5), n_bins=15),
    ]
    out.append(
        _case(
            "the statement's example",
            np.array([0.05, 0.1, 0.42, 0.47, 0.9, 1.0]),
            np.array([0, 0, 1, 0, 1, 1]),
            n_bins=4,
        )
    )
    out.append(
        _case(
            "probabilities of exactly 0 and 1, and empty bins",
            np.array([0.0, 0.0, 1.0, 1.0, 0.5]),
            np.array([0, 1, 1, 1, 0]),
            n_bins=5,
        )
    )
    out.append(
        _case(
            "predictions exactly on bin edges",
            np.array([0.25, 0.5, 0.75, 0.5, 0.25]),
            np.array([0, 1, 1, 0, 0]),
            n_bins=4,
        )
    )
    # An edge probability b/B goes to the bin above it: with right-closed bins (sklearn's
    # calibration_curve, np.digitize(..., right=True)) 0.25 and 0.75 join other neighbours
    # here, where in the case above they only moved between bins of their own.
    out.append(
        _case(
            "a prediction on an inner edge belongs to the bin above it",
            np.array([0.1, 0.25, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.125, 0.625]),
            np.array([0, 0, 1, 1, 0, 1, 1, 1, 0, 0]),
            n_bins=4,
        )
    )
    out.append(
        _case(
            "inner edges with 8 bins",
            np.array([0.125, 0.2, 0.375, 0.3, 0.5, 0.55, 0.875, 0.95, 0.05]),
            np.array([1, 0, 0, 1, 1, 0, 1, 1, 0]),
            n_bins=8,
        )
    )
    out.append(_case("one bin", *_scores(rng, 50, 1.0), n_bins=1))
    out.append(_case("a calibrated model (hidden)", *_scores(rng, 300, 1.0), hidden=True))
    return out


def _points(probs, y, n_bins, *, right_closed):
    """The model line's points under a binning rule (for the messages only)."""
    if right_closed:  # (b/B, (b+1)/B], the first bin also holding 0
        bins = np.searchsorted(np.linspace(0.0, 1.0, n_bins + 1)[1:-1], probs, side="left")
    else:
        bins = np.minimum((probs * n_bins).astype(int), n_bins - 1)
    full = [b for b in range(n_bins) if (bins == b).any()]
    return (
        np.array([probs[bins == b].mean() for b in full]),
        np.array([y[bins == b].mean() for b in full]),
    )


def _bins(probs, n_bins):
    return np.minimum((probs * n_bins).astype(int), n_bins - 1)


def _is_diagonal(line):
    x, y = np.asarray(line["x"], dtype=float), np.asarray(line["y"], dtype=float)
    return len(x) >= 2 and np.allclose(x, y) and np.isclose(x.min(), 0) and np.isclose(x.max(), 1)


def _model_line(axes):
    """The line labelled 'model', or the only line that is not the diagonal."""
    for line in axes["lines"]:
        if (line["label"] or "").strip().lower() == "model":
            return line
    others = [line for line in axes["lines"] if not _is_diagonal(line)]
    return others[0] if len(others) == 1 else None


def _same(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=1e-9, atol=1e-12))


def _model_problem(case, axes):
    """A guess at the slip behind a wrong 'model' line (or a missing one)."""
    probs, y = case.args
    n_bins = case.kwargs.get("n_bins", 10)
    for line in axes["lines"]:
        if (
            (line["label"] or "").strip().lower() == "perfect calibration"
            and len(line["x"]) != 2
            and _is_diagonal(line)
        ):
            return (
                "draw 'perfect calibration' as the two points x = [0, 1], y = [0, 1]: "
                "ax.plot([0, 1], [0, 1])"
            )
    line = _model_line(axes)
    if line is None:
        if axes["scatter"] or axes["bars"]:
            return (
                "draw the model as a line through the bins' points, ax.plot(x, y, "
                "marker='o', label='model'), not with ax.scatter or ax.bar"
            )
        return None
    gx, gy = np.asarray(line["x"], dtype=float), np.asarray(line["y"], dtype=float)
    bins = _bins(probs, n_bins)
    full = [b for b in range(n_bins) if (bins == b).any()]
    xs = np.array([probs[bins == b].mean() for b in full])
    fs = np.array([y[bins == b].mean() for b in full])
    if len(gx) != len(xs):
        empty = (
            "skip the empty bins: a bin with no predictions has no mean (0/0 is NaN) "
            "and gets no point"
        )
        if np.isnan(gx).any() or np.isnan(gy).any():
            return empty
        if (probs == 1.0).any() and len(gx) == len(xs) + 1 and np.isclose(gx[-1], 1.0):
            return (
                "a probability of exactly 1.0 belongs to the last bin, [(B-1)/B, 1]: "
                "np.digitize(probs, edges) with the top edge 1.0 gives it a bin of its own"
            )
        if len(gx) == n_bins:
            return empty
        if "n_bins" not in case.kwargs:
            for other in range(1, 31):
                bo = _bins(probs, other)
                if other != n_bins and len(gx) == len(np.unique(bo)):
                    ox = [probs[bo == b].mean() for b in np.unique(bo)]
                    if _same(gx, ox):
                        return (
                            f"this is the diagram with {other} bins; called without "
                            "n_bins, the function must use the default, n_bins=10"
                        )
        return None
    if _same(gx, fs) and _same(gy, xs):
        return (
            "x and y are swapped: x is the mean predicted probability of each bin, y "
            "the fraction of positives in it"
        )
    if not _same(gx, xs):
        if _same(gx, (np.array(full) + 0.5) / n_bins):
            return (
                "x is the bin's centre; it should be the mean predicted probability of "
                "the predictions in the bin, which sits where the model's predictions "
                "really are"
            )
        if _same(gx, [np.median(probs[bins == b]) for b in full]):
            return "x is the median of each bin's predictions; it should be their mean"
    elif not _same(gy, fs):
        if _same(gy, 1.0 - fs):
            return (
                "y is the fraction of negatives; it should be the fraction of positives "
                "(y == 1) in each bin"
            )
        counts = np.array([y[bins == b].sum() for b in full], dtype=float)
        if y.sum() > 0 and _same(gy, counts / y.sum()):
            return (
                "y is each bin's share of all the positives; it should be the fraction "
                "of positives within the bin: positives in the bin / predictions in it"
            )
        if _same(gy, counts):
            return (
                "y counts the positives of each bin; divide by the bin's number of "
                "predictions to get the fraction of positives"
            )
        if _same(gy, counts / len(y)):
            return (
                "y is each bin's positives over all the predictions; it should be the "
                "fraction of positives within the bin: positives in the bin / predictions "
                "in it"
            )
    return None


def diagnose(case, expected, got):
    """Name right-closed bins, which differ from the statement's only on inner edges, and
    the usual slips behind a wrong 'model' line."""
    if not isinstance(got, dict) or len(got.get("axes", ())) != 1:
        return None
    problem = _model_problem(case, got["axes"][0])
    if problem:
        return problem
    probs, y = case.args
    n_bins = case.kwargs.get("n_bins", 10)
    x_wrong, y_wrong = _points(probs, y, n_bins, right_closed=True)
    x_right, _ = _points(probs, y, n_bins, right_closed=False)
    if len(x_wrong) == len(x_right) and np.allclose(x_wrong, x_right):
        return None  # no edge matters in this case
    for line in got["axes"][0]["lines"]:
        x, yy = np.asarray(line["x"], dtype=float), np.asarray(line["y"], dtype=float)
        if (
            x.shape == x_wrong.shape
            and np.allclose(x, x_wrong, rtol=1e-9, atol=1e-12)
            and np.allclose(yy, y_wrong, rtol=1e-9, atol=1e-12)
        ):
            return (
                "a probability on an inner edge b/B belongs to the bin above it: bin b is "
                "[b/B, (b+1)/B), closed on the left. Right-closed bins (sklearn's "
                "calibration_curve, np.digitize(..., right=True)) put it in "
                "the bin below; use np.minimum((probs * n_bins).astype(int), "
                "n_bins - 1)"
            )
    return None


def compare(case, expected, got):
    # The statement says "title it": a figure title on the only axes reads the same.
    return with_diagnosis(diagnose)(case, expected, suptitle_as_title(got))
