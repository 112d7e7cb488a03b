import numpy as np
from scipy.special import gammaln, xlogy

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-9


def _days(rng, k, p, low=0, high=2000):
    shown = rng.integers(low, high, size=k)
    return rng.binomial(shown, p).astype(np.int64), shown.astype(np.int64)


def _case(name, clicks, shown, hidden=False):
    return Case(name, (np.asarray(clicks, dtype=np.int64), np.asarray(shown, dtype=np.int64)),
                hidden=hidden, rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for i in range(4):
        k, p = int(rng.integers(3, 15)), float(rng.uniform(0.01, 0.2))
        out.append(_case(f"random #{i + 1} ({k} days)", *_days(rng, k, p, low=1)))
    clicks, shown = _days(rng, 6, 0.05, low=1)
    clicks[2] = shown[2] = 0
    out.append(_case("a day with no impressions", clicks, shown))
    out.append(_case("never clicked", np.zeros(4), rng.integers(5, 500, size=4)))
    shown = rng.integers(1, 30, size=3)
    out.append(_case("every impression clicked", shown, shown))
    out.append(_case("a single day", *_days(rng, 1, 0.1, low=50)))
    shown = np.array([int(rng.integers(20000, 50000)), 3, 2, 4])
    clicks = np.array([int(rng.binomial(shown[0], 0.02)), 2, 1, 3])
    out.append(_case("one busy day and three quiet ones", clicks, shown, hidden=True))
    out.append(_case("millions of impressions", *_days(rng, 5, 0.003, 10**6, 3 * 10**6)))
    return out


def _variants(clicks, shown):
    c, m = clicks.astype(float), shown.astype(float)
    C, M = c.sum(), m.sum()
    p = C / M
    ll = float(xlogy(C, p) + xlogy(M - C, 1 - p))
    with np.errstate(all="ignore"):
        rates = c / m
        yield (float(np.mean(rates)), None, "p_hat looks like the average of the daily rates "
               "c_i / m_i. That is not the MLE: it weighs a day with 3 impressions like a day "
               "with 30,000 (and a day with none is 0/0). Pool the counts first")
        yield (float(np.nanmean(rates)), None, "p_hat looks like the average of the daily "
               "rates, skipping empty days. That is not the MLE: pool the counts first")
    log_binom = float(np.sum(gammaln(m + 1) - gammaln(c + 1) - gammaln(m - c + 1)))
    yield (p, ll + log_binom, "log_lik includes the log binomial coefficients; the task "
           "asks for the sum without them")
    yield (p, -ll, "log_lik has the wrong sign: return the log-likelihood itself (never "
           "positive), not the negative log-likelihood that a training loss minimises")
    yield (p, ll / M, "log_lik is averaged over impressions; return the sum")
    yield (p, ll / len(c), "log_lik is averaged over days; return the sum")


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:  # same()'s words would show the hidden case's expected values
        problem = "the values differ"
    if not isinstance(got, tuple) or len(got) != 2:
        return problem + "; return a tuple of two floats, (p_hat, log_lik)"
    try:
        p_got, ll_got = float(got[0]), float(got[1])
    except (TypeError, ValueError):
        return problem + "; both p_hat and log_lik must be plain numbers"
    if np.isclose(p_got, expected[0], rtol=case.rtol, atol=case.atol) and np.isclose(
            ll_got, expected[1], rtol=case.rtol, atol=case.atol):
        return problem  # the values are right; same() has said what type is wrong
    clicks, shown = case.args
    for p_wrong, ll_wrong, advice in _variants(clicks, shown):
        p_ok = np.isclose(p_got, p_wrong, rtol=1e-9, atol=1e-12)
        ll_ok = ll_wrong is None or np.isclose(ll_got, ll_wrong, rtol=1e-9, atol=1e-9)
        if ll_wrong is not None and np.isclose(ll_wrong, expected[1], rtol=1e-9, atol=1e-9):
            continue  # on this input the mistake gives the right log_lik: it says nothing
        if p_ok and ll_ok and not (np.isclose(p_got, expected[0], rtol=1e-9, atol=1e-12)
                                   and ll_wrong is None):
            return f"{problem}; {advice}"
    if np.isnan(p_got):
        return problem + "; p_hat is NaN: a division by zero somewhere (a day with m_i = 0?)"
    if np.isnan(ll_got):
        return (problem + "; log_lik is NaN: with p_hat = 0 or 1, a term is 0 * log(0), which "
                "NumPy computes as nan; by convention it is 0 (scipy.special.xlogy does this)")
    if np.isclose(p_got, expected[0], rtol=case.rtol, atol=case.atol):
        return problem + "; p_hat is right: check log_lik = sum c_i log p + (m_i - c_i) log(1 - p)"
    return problem + "; solve d(log_lik)/dp = 0 for p"
