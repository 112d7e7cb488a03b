import math

import numpy as np

from mldojo.grading.casekit import Case


def _labels(rng, n, rate):
    return (rng.random(n) < rate).astype(np.int64)


def _noisy(rng, y, flip):
    """Predictions that agree with y except on a random fraction `flip` of rows."""
    return np.where(rng.random(len(y)) < flip, 1 - y, y)


def cases(rng):
    out = []
    for _ in range(3):
        n = int(rng.integers(30, 300))
        y = _labels(rng, n, rng.uniform(0.2, 0.6))
        out.append(Case(f"random {n} labels", (y, _noisy(rng, y, rng.uniform(0.1, 0.4)))))
    n = int(rng.integers(200, 500))
    y = _labels(rng, n, 0.03)
    out.append(Case("rare positives (3 %)", (y, _noisy(rng, y, 0.05))))
    y = _labels(rng, 40, 0.5)
    out.append(Case("bool arrays", (y.astype(bool), _noisy(rng, y, 0.3).astype(bool))))
    y = _labels(rng, int(rng.integers(8, 15)), 0.5)
    out.append(Case("plain Python lists", (y.tolist(), _noisy(rng, y, 0.3).tolist())))
    y = _labels(rng, 20, 0.4)
    y[0] = 1
    out.append(Case("no predicted positives", (y, np.zeros_like(y))))
    pred = _labels(rng, 20, 0.4)
    pred[0] = 1
    out.append(Case("no actual positives", (np.zeros_like(pred), pred)))
    out.append(Case("no positives at all", (np.zeros(15, dtype=np.int64),
                                            np.zeros(15, dtype=np.int64))))
    y = _labels(rng, 25, 0.5)
    y[:2] = [0, 1]
    out.append(Case("every prediction right", (y, y.copy())))
    out.append(Case("every prediction wrong", (y, 1 - y)))
    out.append(Case("empty input", (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))))
    n = int(rng.integers(600, 900))
    y = _labels(rng, n, 0.5).astype(np.int8)
    out.append(Case(f"int8 labels, {n} rows (over 127 true positives)",
                    (y, _noisy(rng, y, 0.2).astype(np.int8))))
    # Counts where a guard with a sign slip (`if tp - fp`, `tp + fp - fn`, `tp - fp + fn`)
    # reads 0 although the true denominator does not.
    for name, tp, fp, fn in (("as many false alarms as hits", 2, 2, 4),
                             ("more false alarms than hits and misses", 1, 3, 2)):
        y_true = np.array([1] * tp + [0] * fp + [1] * fn + [0] * 3, dtype=np.int64)
        y_pred = np.array([1] * (tp + fp) + [0] * (fn + 3), dtype=np.int64)
        order = rng.permutation(len(y_true))
        out.append(Case(name, (y_true[order], y_pred[order])))
    return out


def diagnose(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 3:
        return "return a tuple of three floats: (precision, recall, f1)"
    try:
        values = [float(v) for v in got]
    except (TypeError, ValueError):
        return "each of the three items should be a single float"
    if any(math.isnan(v) for v in values):
        return ("a 0/0 came back as nan: by the stated convention, a ratio whose "
                "denominator is 0 is 0.0; test the denominator before dividing")
    p, r, f = expected
    if all(math.isclose(v, e, rel_tol=1e-7, abs_tol=1e-12)
           for v, e in zip(values, expected, strict=True)):
        return None  # the values are right; the type message above says what differs
    y_true, y_pred = (np.asarray(a, dtype=bool) for a in case.args)
    tp = int(np.sum(y_true & y_pred))
    fp = int(np.sum(~y_true & y_pred))
    fn = int(np.sum(y_true & ~y_pred))
    if tp + fp == 0 and values[0] != 0.0:
        return ("nothing is predicted positive here, so precision is 0/0, which the "
                "convention makes 0.0")
    if tp + fn == 0 and values[1] != 0.0:
        return ("nothing is actually positive here, so recall is 0/0, which the "
                "convention makes 0.0")
    if math.isclose(values[0], r) and math.isclose(values[1], p) and not math.isclose(p, r):
        return ("precision and recall are swapped: precision divides by the predicted "
                "positives (TP + FP), recall by the actual positives (TP + FN)")
    if math.isclose(values[0], p) and math.isclose(values[1], r):
        if math.isclose(values[2], (p + r) / 2) and not math.isclose(f, (p + r) / 2):
            return "F1 is the harmonic mean of precision and recall, not their average"
        return "precision and recall are right; check F1 = 2 TP / (2 TP + FP + FN)"
    if y_true.size and math.isclose(values[0], float(np.mean(y_true == y_pred))):
        return "the first value looks like accuracy: precision is TP / (TP + FP)"
    if np.asarray(case.args[0]).dtype.itemsize < 8 and np.asarray(case.args[0]).dtype != bool:
        return (f"the labels here are {np.asarray(case.args[0]).dtype} and there are "
                f"{tp} true positives: a count made in that dtype (`y_true @ y_pred`, "
                "`np.dot`, a sum with its dtype) wraps around past its maximum; count "
                "with np.sum or np.count_nonzero on boolean masks, or convert to int64 first")
    if isinstance(case.args[0], list) and values == [0.0, 0.0, 0.0]:
        return ("the inputs here are Python lists: `y_true == 1` on a list is a single "
                "False, not a mask; convert both with np.asarray first")
    return None
