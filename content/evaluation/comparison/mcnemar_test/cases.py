import math

import numpy as np
from scipy import stats

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-9, 1e-300


def _models(rng, n, classes, acc_a, acc_b, agree=0.7):
    """Labels and two models whose errors are correlated (as real models' are)."""
    y = rng.choice(classes, size=n)
    shared = rng.random(n) < agree  # on these rows B copies A's right/wrong
    right_a = rng.random(n) < acc_a
    right_b = np.where(shared, right_a, rng.random(n) < acc_b)

    def wrong_label(rows):
        others = rng.choice(len(classes) - 1, size=n)
        idx = np.searchsorted(classes, y)
        return np.where(rows, y, np.asarray(classes)[(idx + 1 + others) % len(classes)])

    return y, wrong_label(right_a), wrong_label(right_b)


def _case(name, *args, hidden=False):
    return Case(name, args, rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(2):
        n = int(rng.integers(200, 600))
        out.append(
            _case(f"{n} rows, binary labels", *_models(rng, n, np.array([0, 1]), 0.78, 0.84))
        )
    out.append(_case("A is the better model", *_models(rng, 300, np.array([0, 1]), 0.9, 0.8)))
    out.append(
        _case(
            "three string classes", *_models(rng, 150, np.array(["bird", "cat", "dog"]), 0.7, 0.75)
        )
    )
    y, a, b = _models(rng, 12, np.array([0, 1, 2]), 0.6, 0.6, agree=0.0)
    out.append(_case("plain Python lists", y.tolist(), a.tolist(), b.tolist()))
    y = rng.integers(0, 2, size=40)
    a = np.where(rng.random(40) < 0.2, 1 - y, y)
    out.append(_case("identical models (no disagreement)", y, a, a.copy()))
    y = rng.integers(0, 2, size=30)
    a, b = y.copy(), y.copy()
    a[[0, 1, 2]] = 1 - y[[0, 1, 2]]
    b[[5, 6, 7]] = 1 - y[[5, 6, 7]]
    out.append(_case("as many wins each way (b = c)", y, a, b))
    y = rng.integers(0, 2, size=50)
    b_pred = y.copy()
    a_pred = y.copy()
    a_pred[rng.choice(50, size=5, replace=False)] ^= 1
    out.append(_case("B wins every disagreement (b = 0)", y, a_pred, b_pred))
    # An exception raised in the learner's code gets no words from diagnose: the name says
    # what this case is there for, next to the OverflowError of 2.0 ** n.
    out.append(
        _case(
            "6,000 rows, about 1,500 disagreements (2.0 ** n overflows past "
            "n = 1023: keep to Python ints or scipy.stats)",
            *_models(rng, 6000, np.array([0, 1]), 0.75, 0.77, agree=0.4),
        )
    )
    out.append(
        _case("a close call (hidden)", *_models(rng, 400, np.array([0, 1]), 0.8, 0.83), hidden=True)
    )
    return out


def _counts(case):
    y, a, b = (np.asarray(v) for v in case.args)
    ra, rb = a == y, b == y
    return (
        int(np.sum(ra & ~rb)),
        int(np.sum(~ra & rb)),
        int(np.sum(~ra & ~rb)),
        len(y),
        int(ra.sum()),
        int(rb.sum()),
    )


def _variants(case):
    b, c, both_wrong, n, right_a, right_b = _counts(case)
    m = b + c
    out = []
    if m:
        tail = stats.binom.cdf(min(b, c), m, 0.5)
        out.append(
            (
                2 * tail,
                "the doubled tail can exceed 1 (when b and c are close): cap the p-value at 1",
            )
        )
        out.append(
            (
                tail,
                "that is a one-sided p-value: the question is whether the models "
                "differ, in either direction, so double the smaller tail",
            )
        )
        out.append(
            (
                stats.chi2.sf((abs(b - c) - 1) ** 2 / m, 1),
                "that is the chi-square approximation with continuity correction; the "
                "task asks for the exact binomial p-value",
            )
        )
        out.append(
            (
                stats.chi2.sf((b - c) ** 2 / m, 1),
                "that is the chi-square approximation; the task asks for the exact "
                "binomial p-value",
            )
        )
        m2 = m + both_wrong
        out.append(
            (
                min(1.0, 2 * stats.binom.cdf(min(b, c) + both_wrong, m2, 0.5)),
                "the rows both models get wrong were counted: only the rows where "
                "exactly one model is right enter the test",
            )
        )
    pa, pb = right_a / n, right_b / n
    pooled = (right_a + right_b) / (2 * n)
    se = math.sqrt(2 * pooled * (1 - pooled) / n) if 0 < pooled < 1 else 0
    if se:
        out.append(
            (
                2 * stats.norm.sf(abs(pa - pb) / se),
                "that is an unpaired test of the two accuracies: both models ran on the "
                "same rows, so compare them row by row (b against c)",
            )
        )
    return out


def diagnose(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 3):
        return "return a tuple (b, c, p): two ints and a float"
    b, c, p = expected
    try:
        gb, gc, gp = int(got[0]), int(got[1]), float(got[2])
    except (TypeError, ValueError, OverflowError):
        return "b and c should be ints and p a float"
    if (gb, gc) == (c, b) and b != c:
        return (
            "b and c are swapped: b counts the rows only model A gets right, c the rows "
            "only model B gets right"
        )
    y, pa, pb = (np.asarray(v) for v in case.args)
    split = int(np.sum((pa != pb) & (pa != y) & (pb != y)))  # both wrong, in different ways
    if split and (gb, gc) in ((b, c + split), (b + split, c), (c, b + split), (c + split, b)):
        return (
            "b and c count rows where the two models merely disagree: with more than two "
            "classes both can be wrong in different ways, and such a row is won by "
            "neither. b is A right and B wrong, c is A wrong and B right"
        )
    if (gb, gc) != (b, c):
        return (
            "b and c are wrong: a prediction is right when it equals y_true; b counts "
            "A right and B wrong, c counts A wrong and B right"
        )
    if type(got[2]) is int and got[2] == 1 and p == 1.0:
        return (
            "p is the int 1, not the float 1.0: min(1, x) hands back its int argument "
            "when the doubled tail reaches 1; write min(1.0, x) or float(...)"
        )
    if math.isnan(gp):
        return "p is nan: with b + c = 0 it is 1.0, and large b + c needs exact integers"
    if gp == 0.0 and p > 0 and b + c > 1000:
        return (
            "p came out 0: 2.0 ** (b + c) overflows to inf for more than 1,023 "
            "disagreements. Use Python integers (math.comb, 2 ** n) or scipy.stats"
        )
    if gp > 1:
        return (
            "a p-value cannot exceed 1: cap the doubled tail at 1 (and when b + c = 0 "
            "the models never disagree, so p = 1.0)"
        )
    if (
        b + c
        and min(b, c) > 0
        and math.isclose(gp, min(1.0, 2 * stats.binom.cdf(min(b, c) - 1, b + c, 0.5)), rel_tol=1e-9)
    ):
        return "the tail stops one short: it runs from i = 0 up to and including min(b, c)"
    for value, advice in _variants(case):
        if math.isclose(gp, value, rel_tol=1e-9, abs_tol=1e-300) and not math.isclose(gp, p):
            return advice
    return None
