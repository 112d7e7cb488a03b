import math

import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-9, 1e-12


def _labels(rng, n, rate=0.4):
    y = (rng.random(n) < rate).astype(np.int64)
    y[rng.choice(n, size=2, replace=False)] = [0, 1]  # both classes always present
    return y


def _scores(rng, y, separation=1.0):
    return y * separation + rng.normal(size=len(y))


def _case(name, y, s, hidden=False):
    return Case(name, (y, s), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(3):
        n = int(rng.integers(20, 200))
        y = _labels(rng, n, rng.uniform(0.2, 0.6))
        out.append(
            _case(f"random {n} rows, continuous scores", y, _scores(rng, y, rng.uniform(0.3, 2.0)))
        )
    y = _labels(rng, 60)
    out.append(
        _case(
            "probabilities rounded to 1 decimal (many ties)",
            y,
            np.round(1 / (1 + np.exp(-_scores(rng, y))), 1),
        )
    )
    y = _labels(rng, 40)
    out.append(
        _case(
            "integer risk points 0 to 4",
            y,
            np.clip(np.round(_scores(rng, y) + 2), 0, 4).astype(np.int64),
        )
    )
    # Unsigned scores: -s wraps around (-1 is 255 in uint8), so sorting by -s puts the
    # rows scored 0 first, as if they were the most likely positives.
    y = _labels(rng, 50)
    points = np.clip(np.round(2.5 * _scores(rng, y, 1.5) + 3), 0, 10).astype(np.uint8)
    points[np.flatnonzero(y == 0)[0]] = 0  # at least one row scored 0
    out.append(_case("unsigned 8-bit risk points 0 to 10 (uint8)", y, points))
    y = _labels(rng, 50)
    out.append(
        _case(
            "few distinct integer scores, heavy ties (hidden)",
            y,
            rng.integers(0, 3, size=50),
            hidden=True,
        )
    )
    y = _labels(rng, 12)
    out.append(_case("every score tied", y, np.full(12, 0.7)))
    y = np.sort(_labels(rng, 15))[::-1].copy()
    out.append(_case("perfect ranking", y, np.linspace(1.0, 0.0, 15)))
    out.append(_case("reversed ranking", y, np.linspace(0.0, 1.0, 15)))
    y = np.zeros(30, dtype=np.int64)
    y[int(rng.integers(30))] = 1
    out.append(_case("a single positive", y, _scores(rng, y)))
    y = _labels(rng, 25)
    out.append(_case("bool labels, logits with large values", y.astype(bool), _scores(rng, y) * 50))
    y = _labels(rng, 10)
    out.append(_case("plain Python lists", y.tolist(), np.round(_scores(rng, y), 1).tolist()))
    out.append(_case("two rows", np.array([0, 1]), np.array([0.2, 0.9])))
    return out


def _staircase(y, s):
    """One point per row (ties not grouped), rows of equal score in the given order."""
    y = np.asarray(y, dtype=bool)
    order = np.argsort(-np.asarray(s, dtype=float), kind="stable")
    tp = np.cumsum(y[order])
    fp = np.arange(1, len(y) + 1) - tp
    return np.r_[0, fp] / fp[-1], np.r_[0, tp] / tp[-1]


def _first_of_run(y, s):
    """The points with each tie run cut after its first row (and P, N from the cuts)."""
    y = np.asarray(y, dtype=bool)
    s = np.asarray(s, dtype=float)
    order = np.argsort(-s, kind="stable")
    y, s = y[order], s[order]
    first = np.r_[0, np.flatnonzero(np.diff(s)) + 1]
    tp = np.cumsum(y)[first]
    fp = first + 1 - tp
    P, N = y.sum(), (~y).sum()
    return np.r_[0, fp] / N, np.r_[0, tp] / P


def _as_wrapped(y, raw, fpr, tpr, auc):
    """Whether the answer is the reference's after sorting by -scores in the scores' own
    unsigned dtype, where -0 is 0 and -1 wraps to the top (255 in uint8): the points and
    the AUC, since the AUC alone can match another slip's."""
    y = np.asarray(y, dtype=bool)
    order = np.argsort(-raw, kind="stable")  # wraps: this is the slip being reproduced
    y, s = y[order], raw[order].astype(np.int64)
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]
    tp = np.cumsum(y)[last]
    fp = last + 1 - tp
    w_tpr, w_fpr = np.r_[0, tp] / tp[-1], np.r_[0, fp] / fp[-1]
    return (
        fpr.shape == w_fpr.shape
        and tpr.shape == w_tpr.shape
        and np.allclose(fpr, w_fpr)
        and np.allclose(tpr, w_tpr)
        and math.isclose(auc, float(np.trapezoid(w_tpr, w_fpr)), rel_tol=1e-9, abs_tol=1e-12)
    )


def _ties_split(y, s, auc):
    """Whether auc counts every positive-negative pair ranked right as 1, wrong as 0, and
    some but not all tied pairs as 1 and the rest as 0 (not one half each)."""
    y = np.asarray(y, dtype=bool)
    s = np.asarray(s, dtype=float)
    pos, neg = s[y], s[~y]
    wins = int((pos[:, None] > neg[None, :]).sum())
    ties = int((pos[:, None] == neg[None, :]).sum())
    counted = auc * len(pos) * len(neg) - wins  # the tied pairs counted as wins
    whole = round(counted)
    return abs(counted - whole) < 1e-6 and 0 < whole < ties and 2 * whole != ties


def diagnose(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 3):
        return "return a tuple of three things: (fpr, tpr, auc)"
    fpr, tpr, auc = got
    if not (isinstance(fpr, np.ndarray) and isinstance(tpr, np.ndarray)):
        return "fpr and tpr should be NumPy float64 arrays"
    e_fpr, e_tpr, e_auc = expected
    if any(getattr(v, "dtype", None) == np.float32 for v in got):
        return "keep float64 throughout: float32 loses the precision the check needs"
    try:
        auc = float(auc)
    except (TypeError, ValueError):
        return "auc should be a single float"
    if math.isnan(auc) or not (np.all(np.isfinite(fpr)) and np.all(np.isfinite(tpr))):
        return (
            "NaN in the result: a division by zero; divide the counts by P and N, the "
            "numbers of actual positives and negatives (y.sum() and len(y) - y.sum()), "
            "which are never 0 here"
        )
    raw = np.asarray(case.args[1])
    if raw.dtype.kind == "u" and _as_wrapped(case.args[0], raw, fpr, tpr, auc):
        return (
            "the scores are unsigned integers (here uint8): negating them wraps around "
            "(-1 becomes 255) while 0 stays 0, so sorting by -scores puts the rows scored "
            "0 first. Convert the scores to float before negating, or sort ascending and "
            "reverse"
        )
    same_shape = fpr.shape == e_fpr.shape and tpr.shape == e_tpr.shape
    if (
        same_shape
        and np.allclose(fpr[1:], e_fpr[:-1])
        and np.allclose(tpr[1:], e_tpr[:-1])
        and not (np.isclose(fpr[-1], 1) and np.isclose(tpr[-1], 1))
    ):
        return (
            "every point is one threshold late, and the curve stops short of (1, 1): at "
            "threshold t the rows with score >= t are predicted positive, not score > t. "
            "With >, the highest score predicts no row positive and the lowest never "
            "predicts them all, so the rows at each threshold are left out of its point "
            "and the area is too small"
        )
    if same_shape:
        y_bool = np.asarray(case.args[0], dtype=bool)
        n, n_pos = len(y_bool), int(y_bool.sum())
        n_neg = n - n_pos
        for rate, right, wrong, count, name in (
            ("FPR", e_fpr, fpr, n_neg, "negatives (N = len(y) - y.sum())"),
            ("TPR", e_tpr, tpr, n_pos, "positives (P = y.sum())"),
        ):
            other_right = np.allclose(tpr, e_tpr) if rate == "FPR" else np.allclose(fpr, e_fpr)
            if (
                other_right
                and not np.allclose(wrong, right)
                and np.allclose(wrong, right * count / n)
            ):
                return (
                    f"{rate} is divided by the number of rows: divide by the number of "
                    f"actual {name}, so that it runs from 0 to 1; divided by all n rows "
                    "it ends short of 1, the curve never reaches (1, 1), and the AUC "
                    "shrinks with the class balance instead of measuring the ranking"
                )
    if (
        fpr.shape == e_tpr.shape
        and np.allclose(fpr, e_tpr)
        and np.allclose(tpr, e_fpr)
        and not np.allclose(e_fpr, e_tpr)
    ):
        return "fpr and tpr are swapped: FPR = FP / N goes on the x axis, TPR = TP / P on y"
    if (
        not math.isclose(e_auc, 0.5)
        and math.isclose(auc, 1 - e_auc, rel_tol=1e-6)
        and fpr.shape == e_fpr.shape
        and np.allclose(fpr, e_fpr)
        and np.allclose(tpr, e_tpr)
    ):
        return (
            "the points are right but the AUC is 1 - the right one: that is the area to "
            "the left of the curve. np.trapezoid(y, x) takes the heights first: "
            "np.trapezoid(tpr, fpr)"
        )
    if not math.isclose(e_auc, 0.5) and math.isclose(auc, 1 - e_auc, rel_tol=1e-6):
        return (
            "the AUC is 1 - the right one: the rows were sorted with the lowest score "
            "first. Sort by decreasing score, so each prefix is 'score >= threshold'"
        )
    y, s = case.args
    n = len(y)
    if fpr.shape == (n + 1,) and e_fpr.shape != (n + 1,):
        values, counts = np.unique(np.asarray(s, dtype=float), return_counts=True)
        tied = float(values[np.argmax(counts)])
        rows = np.flatnonzero(np.asarray(s, dtype=float) == tied)[:4].tolist()
        example = (
            ""
            if case.hidden
            else f" (here {int(counts.max())} rows, e.g. rows {rows}, share the score {tied!r}"
            f", and there {'are' if len(values) > 1 else 'is'} {len(values)} distinct score"
            f"{'s' if len(values) > 1 else ''}, so {len(values) + 1} points)"
        )
        return (
            "one point per row, but some scores are tied: tied rows must change side "
            f"together, so a run of equal scores makes a single point{example}"
        )
    if fpr.shape == (len(e_fpr) - 1,) and np.allclose(fpr, e_fpr[1:]):
        return "the curve must start at the point (0, 0), before any threshold"
    if fpr.shape == e_fpr.shape and np.allclose(fpr, e_fpr) and np.allclose(tpr, e_tpr):
        step = float(np.sum(np.diff(e_fpr) * e_tpr[1:]))
        low = float(np.sum(np.diff(e_fpr) * e_tpr[:-1]))
        if math.isclose(auc, step) or math.isclose(auc, low):
            return (
                "the points are right, but the area gives each tied positive-negative "
                "pair whole credit or none instead of one half: a sum of rectangles "
                "does that, and so does an AUC from ranks that breaks ties (argsort "
                "gives tied scores distinct ranks). Use the trapezoidal rule over the "
                "points, or give tied scores their average rank"
            )
        if _ties_split(case.args[0], case.args[1], auc):
            return (
                "the points are right, but the AUC counts some tied positive-negative "
                "pairs as wins and others as losses, as ranks from argsort do: tied "
                "scores get distinct ranks, in whatever order the sort left them, so the "
                "AUC depends on how the rows were stored. Tied scores must share their "
                "average rank (a tied pair then counts one half), or take the area under "
                "the points by the trapezoidal rule"
            )
        return "the points are right; the area under them is not (use the trapezoidal rule)"
    first_fpr, first_tpr = _first_of_run(y, s)
    if fpr.shape == first_fpr.shape and np.allclose(fpr, first_fpr) and np.allclose(tpr, first_tpr):
        return (
            "each point was cut after the first row of a run of equal scores: the cut "
            "goes after the last row of the run, so every tied row is on the positive "
            "side together (and the curve ends at (1, 1))"
        )
    st_fpr, st_tpr = _staircase(y, s)
    if math.isclose(auc, float(np.trapezoid(st_tpr, st_fpr))) and not math.isclose(auc, e_auc):
        return "the AUC changes with the order of tied rows: group equal scores into one threshold"
    return None
