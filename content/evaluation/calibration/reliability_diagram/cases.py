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
    out = [_case("an over-confident model, default n_bins", *_scores(rng, 500, 2.0),
                 n_bins=None),
           _case("an under-confident model, 15 bins", *_scores(rng, 400, 0.5), n_bins=15)]
    out.append(_case("the statement's example", np.array([0.05, 0.1, 0.42, 0.47, 0.9, 1.0]),
                     np.array([0, 0, 1, 0, 1, 1]), n_bins=4))
    out.append(_case("probabilities of exactly 0 and 1, and empty bins",
                     np.array([0.0, 0.0, 1.0, 1.0, 0.5]), np.array([0, 1, 1, 1, 0]), n_bins=5))
    out.append(_case("predictions exactly on bin edges", np.array([0.25, 0.5, 0.75, 0.5, 0.25]),
                     np.array([0, 1, 1, 0, 0]), n_bins=4))
    # An edge probability b/B goes to the bin above it: with right-closed bins (sklearn's
    # calibration_curve, np.digitize(..., right=True)) 0.25 and 0.75 join other neighbours
    # here, where in the case above they only moved between bins of their own.
    out.append(_case("a prediction on an inner edge belongs to the bin above it",
                     np.array([0.1, 0.25, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.125, 0.625]),
                     np.array([0, 0, 1, 1, 0, 1, 1, 1, 0, 0]), n_bins=4))
    out.append(_case("inner edges with 8 bins", np.array([0.125, 0.2, 0.375, 0.3, 0.5, 0.55,
                                                            0.875, 0.95, 0.05]),
                     np.array([1, 0, 0, 1, 1, 0, 1, 1, 0]), n_bins=8))
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
    return (np.array([probs[bins == b].mean() for b in full]),
            np.array([y[bins == b].mean() for b in full]))


def diagnose(case, expected, got):
    """Name right-closed bins, which differ from the statement's only on inner edges."""
    if not isinstance(got, dict) or len(got.get("axes", ())) != 1:
        return None
    probs, y = case.args
    n_bins = case.kwargs.get("n_bins", 10)
    x_wrong, y_wrong = _points(probs, y, n_bins, right_closed=True)
    x_right, _ = _points(probs, y, n_bins, right_closed=False)
    if len(x_wrong) == len(x_right) and np.allclose(x_wrong, x_right):
        return None  # no edge matters in this case
    for line in got["axes"][0]["lines"]:
        x, yy = np.asarray(line["x"], dtype=float), np.asarray(line["y"], dtype=float)
        if x.shape == x_wrong.shape and np.allclose(x, x_wrong, rtol=1e-9, atol=1e-12) \
                and np.allclose(yy, y_wrong, rtol=1e-9, atol=1e-12):
            return ("a probability on an inner edge b/B belongs to the bin above it: bin b is "
                    "[b/B, (b+1)/B), closed on the left. Right-closed bins (sklearn's "
                    "calibration_curve, np.digitize(..., right=True)) put it in "
                    "the bin below; use np.minimum((probs * n_bins).astype(int), "
                    "n_bins - 1)")
    return None


def compare(case, expected, got):
    # The statement says "title it": a figure title on the only axes reads the same.
    return with_diagnosis(diagnose)(case, expected, suptitle_as_title(got))
