import numpy as np
from scipy.special import log_softmax

from mldojo.grading.casekit import Case

T_RTOL, NLL_RTOL = 1e-3, 1e-6


def _logits(rng, n, k, confidence):
    """Labels drawn from softmax(z); the model reports z * confidence."""
    z = rng.normal(scale=2.0, size=(n, k))
    p = np.exp(log_softmax(z, axis=1))
    y = np.array([rng.choice(k, p=row) for row in p], dtype=np.int64)
    return z * confidence, y


def _case(name, logits, y, hidden=False):
    return Case(name, (logits, y), hidden=hidden)


def cases(rng):
    out = [_case("an over-confident network (10 classes)", *_logits(rng, 400, 10, 3.0)),
           _case("an under-confident network (3 classes)", *_logits(rng, 300, 3, 0.4)),
           _case("an already calibrated model", *_logits(rng, 500, 4, 1.0))]
    out.append(_case("the statement's example",
                     np.array([[4.0, 0.0], [4.0, 0.0], [4.0, 0.0], [0.0, 4.0]]),
                     np.array([0, 0, 1, 1])))
    out.append(_case("logits in the hundreds (a naive softmax overflows)",
                     *_logits(rng, 200, 5, 150.0)))
    out.append(_case("a binary classifier", *_logits(rng, 250, 2, 2.5)))
    # Minima outside [0.05, 20]: the NLL keeps falling up to an end, and the end is the answer.
    out.append(_case("squashed logits: the NLL falls all the way down to T = 0.05",
                     *_logits(rng, 300, 4, 0.01)))
    out.append(_case("logits that point away from the labels: the NLL falls up to T = 20",
                     *_logits(rng, 300, 4, -2.0)))
    out.append(_case("an over-confident network (hidden)", *_logits(rng, 300, 6, 4.0),
                     hidden=True))
    return out


def _nll(logits, y, t):
    return float(-log_softmax(logits / t, axis=1)[np.arange(len(y)), y].mean())


def compare(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 3):
        return "return a tuple (T, nll_before, nll_after) of three floats"
    for name, value in zip(("T", "nll_before", "nll_after"), got, strict=True):
        if isinstance(value, bool) or not isinstance(value, float | np.floating):
            return (f"{name} should be a float, not {type(value).__name__}: return a tuple "
                    "(T, nll_before, nll_after) of three floats (convert with float(...))")
    try:
        t, before, after = (float(v) for v in got)
    except (TypeError, ValueError):
        return "return three numbers: (T, nll_before, nll_after)"
    if any(np.isnan(v) or np.isinf(v) for v in (t, before, after)):
        return ("NaN or inf: compute the NLL with a log-softmax (subtract each row's maximum "
                "before exponentiating), never log(exp(z) / sum(exp(z)))")
    logits, y = case.args
    want_t, want_before, want_after = expected
    if abs(before - want_before) > NLL_RTOL * abs(want_before):
        shown = "" if case.hidden else f" (expected {want_before:.6g})"
        return (f"nll_before = {before:.6g} is not the NLL at T = 1{shown}: the mean over rows "
                "of -log softmax(z)[true class]")
    if not 0.05 * (1 - T_RTOL) <= t <= 20.0 * (1 + T_RTOL):
        return (f"T = {t:.4g} is outside [0.05, 20]: search only that interval; where the NLL "
                "keeps falling past one of its ends, that end is the answer")
    if abs(t - want_t) <= T_RTOL * want_t:
        if abs(after - _nll(logits, y, t)) <= NLL_RTOL * abs(want_after):
            return None
        return "nll_after should be the NLL at your fitted T"
    if abs(1 / t - want_t) <= T_RTOL * want_t:
        return (f"T = {t:.4g} is the inverse of the right temperature: divide the logits by T, "
                "do not multiply them")
    if _nll(logits, y, t) > want_after * (1 + 1e-6):
        hint = " (accuracy does not change with T: minimise the NLL)" if abs(t - 1) < 1e-9 else ""
        return (f"T = {t:.4g} is not the minimum of the NLL{hint}: search [0.05, 20], e.g. "
                "minimize_scalar(..., bounds=(0.05, 20), method='bounded', "
                "options={'xatol': 1e-7})")
    return (f"T = {t:.4g} is near the minimum (its NLL is within 1e-6 of the smallest), but "
            "the NLL is flat there and T must be within 0.1% of the minimiser: search more "
            "finely, e.g. minimize_scalar(..., bounds=(0.05, 20), method='bounded', "
            "options={'xatol': 1e-7})")
