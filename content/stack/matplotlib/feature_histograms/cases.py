import numpy as np

from mldojo.grading.casekit import Case

NAMES = ["age", "income", "tenure", "visits", "spend", "clicks", "score", "height", "weight"]


def _features(rng, n, d, missing=0.0):
    columns = []
    for j in range(d):
        kind = j % 3
        if kind == 0:
            col = rng.normal(loc=rng.uniform(-5, 50), scale=rng.uniform(0.5, 10), size=n)
        elif kind == 1:
            col = rng.lognormal(mean=rng.uniform(1, 8), sigma=rng.uniform(0.3, 1.2), size=n)
        else:
            col = rng.poisson(rng.uniform(1, 15), size=n).astype(float)
        columns.append(col)
    X = np.column_stack(columns)
    if missing:
        holes = rng.random(X.shape) < missing
        holes[:2] = False  # at least two values per feature
        X[holes] = np.nan
    return X


def _names(rng, d):
    return [str(s) for s in rng.choice(NAMES, size=d, replace=False)]


def cases(rng):
    out = []
    for d in (5, 3, 7):
        n = int(rng.integers(100, 400))
        out.append(Case(f"{d} features, {n} rows", (_features(rng, n, d), _names(rng, d))))
    out.append(
        Case(
            "missing values (NaN) in every feature",
            (_features(rng, 200, 4, missing=0.15), _names(rng, 4)),
        )
    )
    out.append(Case("one feature", (_features(rng, 150, 1), _names(rng, 1))))
    out.append(Case("two features (a single row of two)", (_features(rng, 80, 2), _names(rng, 2))))
    out.append(Case("six features (a full 2 x 3 grid)", (_features(rng, 120, 6), _names(rng, 6))))
    return out


def diagnose(case, expected, got):
    if not isinstance(got, dict) or "axes" not in got:
        return None
    X, names = case.args
    d = len(names)
    have = got["axes"]
    if len(have) > d:
        return (
            f"there are {len(have)} axes for {d} features: remove the unused cells of the "
            "grid with fig.delaxes(ax)"
        )
    if len(have) == 1 and d > 1:
        return "give each feature its own axes in a grid (plt.subplots(nrows, ncols))"
    if len(have) < d:
        return f"there should be one axes per feature ({d})"
    titles = [a["title"] for a in have]
    if sorted(titles) == sorted(names) and titles != names:
        return "the axes are in the wrong order: feature j goes in cell j, row by row"
    for j, axes in enumerate(have):
        bars = axes["bars"]
        if axes["lines"] and not bars:
            return "a distribution is drawn with ax.hist (bars), not as a line"
        if not bars:
            return (
                f"the axes of {names[j]!r} holds no bars: draw the histogram as bars, "
                "ax.hist's default histtype='bar'; an outline (histtype='step' or "
                "'stepfilled', ax.stairs) draws no bars to read the counts from"
            )
        if len(bars) == 1 and len(bars[0]["height"]) != 20:
            return f"the histogram of {names[j]!r} has {len(bars[0]['height'])} bars: use bins=20"
        if (
            len(bars) == 1
            and np.isclose(np.sum(bars[0]["height"]), len(X))
            and np.isnan(X[:, j]).any()
        ):
            return "missing values were counted: drop the NaNs, do not replace them"
        complete = int((~np.isnan(X).any(axis=1)).sum())
        present = int((~np.isnan(X[:, j])).sum())
        if (
            len(bars) == 1
            and complete != present
            and np.isclose(np.sum(bars[0]["height"]), complete)
        ):
            return (
                f"the histogram of {names[j]!r} counts only the rows with no NaN in any "
                "feature: drop each feature's own NaNs, so a gap in one column does not "
                "remove values from the others"
            )
        problem = _bars_problem(names[j], X[:, j], bars, expected["axes"][j]["bars"])
        if problem:
            return problem
    return None


def _bars_problem(name, column, bars, want_bars):
    """A guess at why one feature's 20 bars are wrong: normalised, cumulative, or binned over
    a range that is not the feature's own."""
    if len(bars) != 1 or len(want_bars) != 1 or len(bars[0]["height"]) != 20:
        return None
    height = np.asarray(bars[0]["height"], dtype=float)
    x = np.asarray(bars[0]["x"], dtype=float)
    want = np.asarray(want_bars[0]["height"], dtype=float)
    want_x = np.asarray(want_bars[0]["x"], dtype=float)
    if want.shape != height.shape:
        return None
    values = column[~np.isnan(column)]
    width = (values.max() - values.min()) / 20
    if not np.allclose(height, want):
        if np.isclose(height.sum(), 1.0) or np.isclose(height.sum() * width, 1.0):
            return (
                f"the histogram of {name!r} is normalised: the y axis is a count, so "
                "leave out density=True and weights="
            )
        if np.allclose(height, np.cumsum(want)):
            return (
                f"the histogram of {name!r} is cumulative: each bar counts only the "
                "values in its own bin (leave out cumulative=True)"
            )
    if (
        not np.allclose(x, want_x)
        and np.allclose(np.diff(x), np.diff(x)[0])
        and not np.isclose(np.diff(x)[0], width)
    ):
        return (
            f"the bins of {name!r} do not span its own values: its 20 bins run from "
            "the smallest to the largest non-NaN value of that feature, not over a range "
            "shared with the other features or chosen by hand"
        )
    return None
