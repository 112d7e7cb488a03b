import numpy as np

from mldojo.grading.casekit import Case

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
    out.append(_case("one bin", *_scores(rng, 50, 1.0), n_bins=1))
    out.append(_case("a calibrated model (hidden)", *_scores(rng, 300, 1.0), hidden=True))
    return out
