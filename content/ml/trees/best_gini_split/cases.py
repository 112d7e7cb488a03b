import numpy as np

from mldojo.grading.casekit import Case, short

RTOL, ATOL = 1e-9, 1e-12


def _labelled(rng, x, n_classes):
    """Labels that depend on x (so good splits exist) plus noise."""
    cuts = np.sort(rng.choice(x, size=n_classes - 1, replace=False))
    y = np.searchsorted(cuts, x)
    flip = rng.random(len(x)) < 0.25
    y[flip] = rng.integers(0, n_classes, size=flip.sum())
    return y.astype(np.int64)


def _case(name, x, y, hidden=False):
    return Case(
        name,
        (np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.int64)),
        rtol=RTOL,
        atol=ATOL,
        hidden=hidden,
    )


def cases(rng):
    out = []
    for _ in range(3):
        n, c = int(rng.integers(20, 200)), int(rng.integers(2, 4))
        x = np.round(rng.normal(0, 2, size=n), 1)  # one decimal: some repeated values
        out.append(_case(f"random {n} rows, {c} classes", x, _labelled(rng, x, c)))
    x = rng.integers(0, 6, size=40).astype(float)
    out.append(_case("integer-valued x with many repeats, unsorted", x, _labelled(rng, x, 2)))
    x = rng.normal(size=30)
    out.append(_case("labels -1, 5 and 9", x, np.array([-1, 5, 9])[_labelled(rng, x, 3)]))
    x = rng.normal(size=20)
    out.append(_case("labels -1 and 1", x, np.array([-1, 1])[_labelled(rng, x, 2)]))
    out.append(_case("all x equal: no split", np.full(8, 3.5), rng.integers(0, 2, size=8)))
    out.append(_case("one row", rng.normal(size=1), np.array([1])))
    two = np.sort(rng.normal(size=2))[::-1].copy()
    out.append(_case("two rows, two distinct values: one candidate", two, np.array([0, 1])))
    out.append(_case("pure labels: every split scores 0", rng.normal(size=12), np.full(12, 4)))
    x = rng.normal(size=25)
    y = np.zeros(25, dtype=np.int64)
    y[np.argmax(x)] = 1
    out.append(_case("one odd row at the top end", x, y))
    out.append(
        _case(
            "a perfect cut would separate equal values", [1.0, 0.0, 1.0, 2.0, 1.0], [0, 0, 1, 1, 1]
        )
    )
    out.append(
        _case(
            "two tied thresholds: the smaller wins", [3.0, 1.0, 4.0, 2.0], [1, 0, 0, 1], hidden=True
        )
    )
    # 2.5 and 4.5 tie: 31/60 both, computed along paths that differ in the last bit.
    out.append(
        _case(
            "a tie that only rounding breaks: the smaller threshold wins",
            [2.0, 1.0, 0.0, 7.0, 5.0, 4.0, 6.0, 3.0],
            [1, 1, 0, 2, 2, 1, 0, 2],
        )
    )
    x = rng.normal(size=100_000)
    out.append(_case("100,000 rows (a quadratic scan is too slow)", x, _labelled(rng, x, 3)))
    return out


def _scores(
    x, y, *, allow_equal=False, unweighted=False, entropy=False, one_more=False, kind="stable"
):
    """(thresholds, impurities) of every position in the sorted order, for diagnosis.
    `one_more`: the counts on the left of the cut after sorted row i include row i + 1,
    which depends on how the sort ordered equal values of x (`kind`)."""
    order = np.argsort(x, kind=kind)
    xs = x[order]
    _, codes = np.unique(y[order], return_inverse=True)
    onehot = np.eye(codes.max() + 1)[codes]
    left = np.cumsum(onehot, axis=0)[1:] if one_more else np.cumsum(onehot, axis=0)[:-1]
    right = onehot.sum(0) - left
    n = len(x)

    def impurity(counts):
        p = counts / np.maximum(counts.sum(-1, keepdims=True), 1)
        if entropy:
            with np.errstate(all="ignore"):
                return -np.nansum(np.where(p > 0, p * np.log2(p), 0.0), axis=-1)
        return 1.0 - (p**2).sum(-1)

    nl = np.arange(2, n + 1) if one_more else np.arange(1, n)
    if unweighted:
        w = (impurity(left) + impurity(right)) / 2
    else:
        w = (nl * impurity(left) + (n - nl) * impurity(right)) / n
    if not allow_equal:
        w[xs[1:] == xs[:-1]] = np.inf
    return (xs[:-1] + xs[1:]) / 2, w


ONE_MORE = (
    "the left side of each cut holds one row too many: the cut after sorted row i has "
    "i + 1 rows on its left (rows 0..i), but the class counts used also include row i + 1, "
    "so each threshold is scored with the impurity of the next cut and the tree splits "
    "one row away from where the data supports it; check which rows each entry of the "
    "cumulative counts covers, and that n_L matches it"
)


def _pick(t, w, largest=False):
    ok = np.flatnonzero(w <= w.min() + 1e-12)
    i = ok[-1] if largest else ok[0]
    return float(t[i]), float(w[i])


def compare(case, expected, got):
    x, y = case.args
    if not (isinstance(got, tuple) and len(got) == 2):
        return f"return a tuple (threshold, impurity), got {short(got)}"
    threshold, impurity = got
    if expected[0] is None:
        if threshold is not None:
            return (
                f"x has fewer than two distinct values, so there is no split: return "
                f"(None, gini(y)), got threshold {short(threshold)}"
            )
    elif threshold is None:
        return "there is a valid split here (x has at least two distinct values); got None"
    for name, value in (("threshold", threshold), ("impurity", impurity)):
        if value is None and name == "threshold":
            continue
        if isinstance(value, bool) or not isinstance(value, float | int | np.floating):
            return f"the {name} should be a float, got {type(value).__name__} {short(value)}"
    if not np.isclose(float(impurity), expected[1], rtol=RTOL, atol=ATOL):
        if expected[0] is None:
            return (
                "with no split, the impurity is the Gini impurity of all the labels, "
                "1 - sum of squared class shares"
                + ("" if case.hidden else f": expected {expected[1]!r}, got {impurity!r}")
            )
        if len(x) > 1:
            # Labels used as indices (np.eye(k)[y] with k = y.max() + 1): a negative label
            # counts from the end and lands in another class's column.
            k = int(y.max()) + 1
            if (y < 0).any() and (y >= -k).all():
                merged = sorted({int(v) for v in y[y < 0]})
                said = ", ".join(f"{v} counted as {v + k}" for v in merged)
                _, w = _pick(*_scores(x, np.where(y < 0, y + k, y)))
                if np.isclose(float(impurity), w, rtol=1e-7, atol=1e-10):
                    return (
                        "the labels were used as indices (np.eye(k)[y], counts[y] += 1): a "
                        "negative label indexes from the end and lands in another "
                        "class's column"
                        + ("" if case.hidden else f" (here {said})")
                        + ", so two classes merge and the split looks purer than it is. "
                        "Labels can be any integers (-1/1, or -1 for 'unknown', are "
                        "common): map them to 0..c-1 first, for instance with "
                        "np.unique(y, return_inverse=True)"
                    )
            variants = [
                (
                    {"allow_equal": True},
                    "this split separates two equal values of x, which "
                    "no threshold can do: only cut between distinct values",
                ),
                (
                    {"unweighted": True},
                    "this averages the two sides' impurities without "
                    "weighting them by their sizes n_L/n and n_R/n",
                ),
                (
                    {"entropy": True},
                    "this looks like entropy: use the Gini impurity 1 - sum(p_c^2)",
                ),
                ({"one_more": True}, ONE_MORE),
                ({"one_more": True, "kind": "quicksort"}, ONE_MORE),  # np.argsort's default
            ]
            picks = [(_pick(*_scores(x, y, **kwargs)), why) for kwargs, why in variants]
            # The split a variant picks, threshold and impurity, names it best; two variants
            # can reach the same impurity at different thresholds.
            for (t, w), why in picks:
                if (
                    threshold is not None
                    and np.isclose(float(impurity), w, rtol=1e-7, atol=1e-10)
                    and np.isclose(float(threshold), t, rtol=RTOL, atol=ATOL)
                ):
                    return why
            for (_, w), why in picks:
                if np.isclose(float(impurity), w, rtol=1e-7, atol=1e-10):
                    return why
        shown = "" if case.hidden else f": expected {expected[1]!r}, got {float(impurity)!r}"
        return (
            f"the impurity of the best split is wrong{shown}; it is "
            "(n_L * G_L + n_R * G_R) / n at the best candidate"
        )
    if expected[0] is not None and not np.isclose(
        float(threshold), expected[0], rtol=RTOL, atol=ATOL
    ):
        t, w = _scores(x, y)
        tied = t[w <= w.min() + 1e-12]
        if np.any(np.isclose(float(threshold), tied, rtol=RTOL, atol=ATOL)):
            if np.ptp(w[w <= w.min() + 1e-12]) > 0:
                return (
                    "several thresholds tie for the lowest impurity, but rounding makes "
                    "their impurities differ in the last bit, so an exact argmin picks "
                    "whichever it favours: treat impurities within 1e-12 of the lowest "
                    "as tied and return the smallest threshold"
                )
            return (
                "several thresholds tie for the lowest impurity: return the smallest "
                "(compare impurities within 1e-12)"
            )
        for kind in ("stable", "quicksort"):
            shifted, _ = _pick(*_scores(x, y, one_more=True, kind=kind))
            if np.isclose(float(threshold), shifted, rtol=RTOL, atol=ATOL):
                return ONE_MORE
        xs = np.unique(x)
        if np.any(np.isclose(float(threshold), xs, rtol=RTOL, atol=ATOL)):
            return (
                "the threshold is a value of x: use the midpoint (a + b) / 2 between "
                "consecutive distinct sorted values"
            )
        shown = "" if case.hidden else f": expected {expected[0]!r}, got {float(threshold)!r}"
        return f"the impurity is right but the threshold is not{shown}"
    return None
