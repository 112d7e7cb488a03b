import numpy as np

from mldojo.grading.casekit import Case


def _regression(rng, n, noise, bias=0.0, scale=1.0):
    y = rng.normal(loc=rng.uniform(-20, 50), scale=rng.uniform(2, 15), size=n)
    return y, bias + scale * y + noise * rng.normal(size=n)


def cases(rng):
    out = []
    for _ in range(2):
        n = int(rng.integers(30, 200))
        out.append(Case(f"a good model, {n} examples", _regression(rng, n, noise=2.0)))
    out.append(
        Case(
            "over-predictions reach beyond the actual range",
            _regression(rng, 60, noise=1.0, bias=8.0, scale=1.3),
        )
    )
    out.append(
        Case("a model that predicts near the mean", _regression(rng, 50, noise=0.5, scale=0.05))
    )
    y = np.sort(rng.normal(size=40))
    out.append(Case("sorted actual values", (y, y + 0.3 * rng.normal(size=40))))
    out.append(Case("one example", (np.array([2.5]), np.array([3.0]))))
    return out


def diagnose(case, expected, got):
    if not isinstance(got, dict) or len(got.get("axes", ())) != 1:
        return None
    y_true, y_pred = case.args
    title = expected["axes"][0]["title"]
    if not got["axes"][0]["title"] and got.get("suptitle", "").strip().lower() == title.lower():
        return (
            f"{title!r} is the figure's title (fig.suptitle); the statement asks for the "
            "axes' title: ax.set_title"
        )
    axes = got["axes"][0]
    # a line through one point per example, not the two-point diagonal alone
    if not axes["scatter"] and any(len(line["x"]) == len(y_true) for line in axes["lines"]):
        return (
            "the predictions are drawn as a line: use ax.scatter, one unconnected dot per "
            "example (ax.plot joins the points in data order into a zigzag, and even with "
            "markers only it makes a line, not a scatter series)"
        )
    right = np.c_[y_true, y_pred]
    for series in axes["scatter"]:
        points = np.asarray(series["points"])
        if points.shape != right.shape or np.allclose(points, right):
            continue
        if np.allclose(points, np.c_[y_pred, y_true]):
            return "the axes are swapped: the actual value goes on x, the prediction on y"
        if np.allclose(points, np.c_[y_true, y_pred - y_true]):
            return "y is the residual y_pred - y_true; this plot puts the prediction itself on y"
        if np.allclose(points[np.lexsort(points.T[::-1])], right[np.lexsort(right.T[::-1])]):
            return (
                "the dots are right but not in the order given: scatter y_true and y_pred "
                "as they come, example by example, without sorting them"
            )
        if np.allclose(np.sort(points[:, 0]), np.sort(y_true)) and np.allclose(
            np.sort(points[:, 1]), np.sort(y_pred)
        ):
            return (
                "each dot must pair an example's actual value with its own prediction: "
                "sorting or shuffling y_true and y_pred separately breaks the pairs"
            )
    ends = [min(y_true.min(), y_pred.min()), max(y_true.max(), y_pred.max())]
    for line in axes["lines"]:
        x, y = np.asarray(line["x"]), np.asarray(line["y"])
        if (
            len(x) == 2
            and np.allclose(x, y)
            and np.allclose(x, ends[::-1])
            and not np.allclose(x, ends)
        ):
            return (
                "the diagonal's two points are right but reversed: draw it from "
                "(lo, lo) to (hi, hi), ax.plot([lo, hi], [lo, hi])"
            )
        if (
            len(x) == 2
            and np.allclose(x, y)
            and np.allclose(x, [0, 1])
            and not np.allclose(x, ends)
        ):
            return (
                "the diagonal runs from 0 to 1; it should span the data, from the "
                "smallest to the largest value found in either array"
            )
        if (
            len(x) == 2
            and not np.allclose(x, ends)
            and np.allclose(x, [y_pred.min(), y_pred.max()])
        ):
            return "the diagonal covers only the predicted values: take lo and hi over both arrays"
        if len(x) > 2 and np.allclose(x, y) and np.allclose([x.min(), x.max()], ends):
            return (
                "the diagonal is drawn through many points: make it the two points "
                "ax.plot([lo, hi], [lo, hi])"
            )
        if (
            len(x) == 2
            and not np.allclose(x, ends)
            and np.allclose(x, [y_true.min(), y_true.max()])
        ):
            return "the diagonal covers only the actual values: take lo and hi over both arrays"
    return None
